<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ndiyo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tekeleza</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Weka upya</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Tupa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Puuza</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Komesha</translation>
    </message>
</context>
<context>
    <name>keying</name>
    <message>
        <source> and {0} more</source>
        <translation> na {0} zaidi</translation>
    </message>
    <message>
        <source>Not saved yet — the central database does not answer ({0}). Kept here and sent again every {1} s (F5: now): {2}{3}.</source>
        <translation>Haijahifadhiwa bado — hifadhidata kuu haijibu ({0}). Imehifadhiwa hapa na inatumwa tena kila sekunde {1} (F5: sasa): {2}{3}.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>hakuna jibu bado</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) not saved yet — the central database does not answer ({0}): {1}{2}.</source>
        <translation>
            <numerusform>Uamuzi %n haujahifadhiwa bado — hifadhidata kuu haijibu ({0}): {1}{2}.</numerusform>
            <numerusform>Maamuzi %n hayajahifadhiwa bado — hifadhidata kuu haijibu ({0}): {1}{2}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out now would lose them, so you stay signed in. They are kept on screen and sent again every 5 seconds (F5: now). Sign out once they are saved, or take them back with Ctrl+Z if you mean to drop them.</source>
        <translation>Kutoka sasa kungeyapoteza, kwa hivyo unabaki umeingia. Yanabaki kwenye skrini na yanatumwa tena kila sekunde 5 (F5: sasa). Toka yakishahifadhiwa, au yarudishe kwa Ctrl+Z ukitaka kuyaacha.</translation>
    </message>
    <message>
        <source>new value &apos;{0}&apos;</source>
        <translation>thamani mpya &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Msimamizi</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No discrepancies wait for you&lt;/h2&gt;&lt;p&gt;Every document you may adjudicate is decided. F5 asks the central database again; F9 shows the overview.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hakuna tofauti zinazokusubiri&lt;/h2&gt;&lt;p&gt;Kila hati unayoweza kuamua imeamuliwa. F5 inauliza hifadhidata kuu tena; F9 inaonyesha muhtasari.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fetching discrepancies…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Inaleta tofauti…&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Supervisor station: adjudication</source>
        <translation>Kituo cha msimamizi: uamuzi</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>Tatizo la kuhifadhi</translation>
    </message>
    <message>
        <source>Page snippet</source>
        <translation>Kipande cha ukurasa</translation>
    </message>
    <message>
        <source>The other row&apos;s snippet</source>
        <translation>Kipande cha safu nyingine</translation>
    </message>
    <message>
        <source>No discrepancies</source>
        <translation>Hakuna tofauti</translation>
    </message>
    <message>
        <source>{0} minor in the queue</source>
        <translation>{0} ndogo kwenye foleni</translation>
    </message>
    <message>
        <source>Final records written: {0}</source>
        <translation>Rekodi za mwisho zilizoandikwa: {0}</translation>
    </message>
    <message>
        <source>Adjudicating {0}: {1} of {2}</source>
        <translation>Inaamua {0}: {1} kati ya {2}</translation>
    </message>
    <message>
        <source>Held: {0} open in {1} documents</source>
        <translation>Zinashikiliwa: {0} wazi katika hati {1}</translation>
    </message>
    <message>
        <source>{0} ({1} minor first; {2} in the queue)</source>
        <translation>{0} ({1} ndogo kwanza; {2} kwenye foleni)</translation>
    </message>
    <message>
        <source>{0} ({1} minor; {2} in the queue)</source>
        <translation>{0} ({1} ndogo; {2} kwenye foleni)</translation>
    </message>
    <message>
        <source>NOT SAVED: {0} (retrying)</source>
        <translation>HAIJAHIFADHIWA: {0} (inajaribu tena)</translation>
    </message>
    <message>
        <source>Saving {0}</source>
        <translation>Inahifadhi {0}</translation>
    </message>
    <message>
        <source>decided next: the row beside it</source>
        <translation>inaamuliwa baadaye: safu iliyo kando yake</translation>
    </message>
    <message>
        <source>{0} · {1} · discrepancy {2} of {3} · {4} documents waiting</source>
        <translation>{0} · {1} · tofauti {2} kati ya {3} · hati {4} zinasubiri</translation>
    </message>
    <message>
        <source>{0} · discrepancy {2} of {3} · {4} waiting · {1}</source>
        <translation>{0} · tofauti {2} kati ya {3} · {4} zinasubiri · {1}</translation>
    </message>
    <message>
        <source>{0} · {2} of {3} · {4} waiting · {1}</source>
        <translation>{0} · {2} kati ya {3} · {4} zinasubiri · {1}</translation>
    </message>
    <message>
        <source>There is no pass C for this discrepancy.</source>
        <translation>Hakuna mzunguko C kwa tofauti hii.</translation>
    </message>
    <message>
        <source>A row is included or left out: A or B.</source>
        <translation>Safu inajumuishwa au kuachwa: A au B.</translation>
    </message>
    <message>
        <source>Not sent back: {0}.</source>
        <translation>Haijarudishwa: {0}.</translation>
    </message>
    <message>
        <source>Sending {0} back for a third keying…</source>
        <translation>Inarudisha {0} kwa uingizaji wa tatu…</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Hakuna cha kutendua.</translation>
    </message>
    <message>
        <source>Undone: {0} is open again.</source>
        <translation>Imetenduliwa: {0} iko wazi tena.</translation>
    </message>
    <message>
        <source>A / B{0}: take that value</source>
        <translation>A / B{0}: chukua thamani hiyo</translation>
    </message>
    <message>
        <source>N: new value</source>
        <translation>N: thamani mpya</translation>
    </message>
    <message>
        <source>I: illegible</source>
        <translation>I: haisomeki</translation>
    </message>
    <message>
        <source>Ctrl+Z: undo</source>
        <translation>Ctrl+Z: tendua</translation>
    </message>
    <message>
        <source>Ctrl+B: send back for a third keying</source>
        <translation>Ctrl+B: rudisha kwa uingizaji wa tatu</translation>
    </message>
    <message>
        <source>P: whole page</source>
        <translation>P: ukurasa mzima</translation>
    </message>
    <message>
        <source>F: this field across the batch</source>
        <translation>F: sehemu hii katika kundi lote</translation>
    </message>
    <message>
        <source>M: minor flags in bulk</source>
        <translation>M: tofauti ndogo kwa pamoja</translation>
    </message>
    <message>
        <source>Ctrl+M: minor first</source>
        <translation>Ctrl+M: ndogo kwanza</translation>
    </message>
    <message>
        <source>F1: keys</source>
        <translation>F1: vitufe</translation>
    </message>
    <message>
        <source>F1: every key (A, B, N, I, Ctrl+Z, Ctrl+B, P, F, M, Ctrl+M)</source>
        <translation>F1: kila kitufe (A, B, N, I, Ctrl+Z, Ctrl+B, P, F, M, Ctrl+M)</translation>
    </message>
    <message>
        <source>Take A&apos;s value (a row: include or leave out as A)</source>
        <translation>Chukua thamani ya A (safu: jumuisha au acha kama A)</translation>
    </message>
    <message>
        <source>Take B&apos;s value (a row: include or leave out as B)</source>
        <translation>Chukua thamani ya B (safu: jumuisha au acha kama B)</translation>
    </message>
    <message>
        <source>Take C&apos;s value (three passes)</source>
        <translation>Chukua thamani ya C (uingizaji mara tatu)</translation>
    </message>
    <message>
        <source>Type a new value (checked as keying does; F2/F3 markers allowed)</source>
        <translation>Andika thamani mpya (inakaguliwa kama uingizaji; alama za F2/F3 zinaruhusiwa)</translation>
    </message>
    <message>
        <source>Illegible (a reason may follow; Enter decides)</source>
        <translation>Haisomeki (sababu inaweza kufuata; Enter inaamua)</translation>
    </message>
    <message>
        <source>Undo the last decision of this document</source>
        <translation>Tendua uamuzi wa mwisho wa hati hii</translation>
    </message>
    <message>
        <source>Send the fields not decided back for a third keying (Enter confirms)</source>
        <translation>Rudisha sehemu zisizoamuliwa kwa uingizaji wa tatu (Enter inathibitisha)</translation>
    </message>
    <message>
        <source>Whole page / the field&apos;s zone</source>
        <translation>Ukurasa mzima / eneo la sehemu</translation>
    </message>
    <message>
        <source>This field across the batch (same-field mode)</source>
        <translation>Sehemu hii katika kundi lote (hali ya sehemu moja)</translation>
    </message>
    <message>
        <source>Minor flags of this field and kind in bulk (asks first; the same-field list)</source>
        <translation>Tofauti ndogo za sehemu hii na aina hii kwa pamoja (inauliza kwanza; orodha ya sehemu moja)</translation>
    </message>
    <message>
        <source>Minor flags first (the same-field list: minor flags only)</source>
        <translation>Tofauti ndogo kwanza (orodha ya sehemu moja: tofauti ndogo tu)</translation>
    </message>
    <message>
        <source>Keyboard help (this list)</source>
        <translation>Msaada wa kibodi (orodha hii)</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Thamani mpya:</translation>
    </message>
    <message>
        <source>Illegible — reason (optional), Enter decides:</source>
        <translation>Haisomeki — sababu (si lazima), Enter inaamua:</translation>
    </message>
    <message>
        <source>Read from the page</source>
        <translation>Imesomwa kutoka ukurasa</translation>
    </message>
    <message>
        <source>Both passes misread the page</source>
        <translation>Uingizaji wote miwili ulisoma ukurasa vibaya</translation>
    </message>
    <message>
        <source>Smudged or damaged on the page</source>
        <translation>Imechafuka au imeharibika kwenye ukurasa</translation>
    </message>
    <message>
        <source>Written over or crossed out</source>
        <translation>Imeandikwa juu au imefutwa kwa mstari</translation>
    </message>
    <message>
        <source>Outside the field&apos;s zone</source>
        <translation>Nje ya eneo la sehemu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Nyingine</translation>
    </message>
    <message>
        <source>Send back?</source>
        <translation>Rudisha?</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Thamani mpya</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(hakuna sababu)</translation>
    </message>
    <message>
        <source>Reason, in your words</source>
        <translation>Sababu, kwa maneno yako</translation>
    </message>
    <message>
        <source>reason in your words (optional)</source>
        <translation>sababu kwa maneno yako (si lazima)</translation>
    </message>
    <message>
        <source>Why the value is refused</source>
        <translation>Kwa nini thamani imekataliwa</translation>
    </message>
    <message>
        <source>This is the last field. Press F12 to finish the document.</source>
        <translation>Hii ni sehemu ya mwisho. Bonyeza F12 kumaliza hati.</translation>
    </message>
    <message>
        <source>{0} The document is not finished: correct this field first (or press F2 / F3).</source>
        <translation>{0} Hati haijamalizika: sahihisha sehemu hii kwanza (au bonyeza F2 / F3).</translation>
    </message>
    <message>
        <source>Entry form: {0}</source>
        <translation>Fomu ya kuingiza: {0}</translation>
    </message>
    <message>
        <source>Ctrl+Ins adds a row in a table; this field is not in a table.</source>
        <translation>Ctrl+Ins inaongeza safu kwenye jedwali; sehemu hii haiko kwenye jedwali.</translation>
    </message>
    <message>
        <source>{0}: at most {1} rows.</source>
        <translation>{0}: safu {1} zaidi.</translation>
    </message>
    <message>
        <source>Entry form</source>
        <translation>Fomu ya kuingiza</translation>
    </message>
    <message>
        <source>Next field (checks this one)</source>
        <translation>Sehemu inayofuata (inakagua hii)</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Sehemu iliyotangulia</translation>
    </message>
    <message>
        <source>Previous / next field; in a table the row above / below</source>
        <translation>Sehemu iliyotangulia / inayofuata; kwenye jedwali safu ya juu / ya chini</translation>
    </message>
    <message>
        <source>Illegible: the value cannot be read</source>
        <translation>Haisomeki: thamani haiwezi kusomwa</translation>
    </message>
    <message>
        <source>Blank on paper: nothing is written</source>
        <translation>Tupu kwenye karatasi: hakuna kilichoandikwa</translation>
    </message>
    <message>
        <source>Finish the document (runs the checks)</source>
        <translation>Maliza hati (inaendesha ukaguzi)</translation>
    </message>
    <message>
        <source>Add a table row below</source>
        <translation>Ongeza safu ya jedwali chini</translation>
    </message>
    <message>
        <source>Remove this table row</source>
        <translation>Ondoa safu hii ya jedwali</translation>
    </message>
    <message>
        <source>{0} — row {1}, {2}</source>
        <translation>{0} — safu {1}, {2}</translation>
    </message>
    <message>
        <source>Form title</source>
        <translation>Kichwa cha fomu</translation>
    </message>
    <message>
        <source>Checks that failed</source>
        <translation>Ukaguzi ulioshindwa</translation>
    </message>
    <message>
        <source>Main keys</source>
        <translation>Vitufe vikuu</translation>
    </message>
    <message>
        <source>Field instructions</source>
        <translation>Maelekezo ya sehemu</translation>
    </message>
    <message>
        <source>Focused field</source>
        <translation>Sehemu iliyolengwa</translation>
    </message>
    <message>
        <source>Instructions of the focused field</source>
        <translation>Maelekezo ya sehemu iliyolengwa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <source>Label: {0}</source>
        <translation>Lebo: {0}</translation>
    </message>
    <message>
        <source>Codes of {0}</source>
        <translation>Misimbo ya {0}</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>Fields of the form</source>
        <translation>Sehemu za fomu</translation>
    </message>
    <message>
        <source>F1 help  ·  F2 illegible  ·  F3 blank on paper  ·  F12 finish</source>
        <translation>F1 msaada  ·  F2 haisomeki  ·  F3 tupu kwenye karatasi  ·  F12 maliza</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(si lazima)</translation>
    </message>
    <message>
        <source>no such code — {0}</source>
        <translation>hakuna msimbo huo — {0}</translation>
    </message>
    <message>
        <source>Page flag to confirm</source>
        <translation>Alama ya ukurasa ya kuthibitisha</translation>
    </message>
    <message>
        <source>&lt;b&gt;Page {0} flagged: {1}.&lt;/b&gt; &lt;b&gt;Enter&lt;/b&gt; sends the document to a supervisor and opens the next one; &lt;b&gt;Ctrl+Z&lt;/b&gt; takes the flag back.</source>
        <translation>&lt;b&gt;Ukurasa {0} umewekwa alama: {1}.&lt;/b&gt; &lt;b&gt;Enter&lt;/b&gt; inatuma hati kwa msimamizi na kufungua inayofuata; &lt;b&gt;Ctrl+Z&lt;/b&gt; inaondoa alama.</translation>
    </message>
    <message>
        <source>A keyer whose measured accuracy on the form reaches the threshold has a document verified by a second pass only when it is drawn at the rate; other keyers, gold documents and keyers measured on too few fields are always verified. A document keyed once is final as pass 1 keyed it. {0}: the rate, {1}: the threshold, {2}: set them (admins), {3}: key twice in full again.</source>
        <translation>Mwingizaji ambaye usahihi wake uliopimwa kwenye fomu unafikia kiwango huthibitishiwa hati kwa mzunguko wa pili tu inapochaguliwa kwa kiwango; waingizaji wengine, hati za kielelezo na waingizaji waliopimwa kwa sehemu chache mno huthibitishwa kila mara. Hati iliyoingizwa mara moja ni ya mwisho kama mzunguko 1 ulivyoiingiza. {0}: kiwango, {1}: kizingiti, {2}: viweke (wasimamizi wakuu), {3}: ingiza mara mbili kamili tena.</translation>
    </message>
    <message>
        <source>drawn for verification</source>
        <translation>imechaguliwa kwa uthibitisho</translation>
    </message>
    <message>
        <source>not drawn: keyed once, not verified</source>
        <translation>haikuchaguliwa: imeingizwa mara moja, haijathibitishwa</translation>
    </message>
    <message>
        <source>keyer&apos;s accuracy below the threshold: verified</source>
        <translation>usahihi wa mwingizaji uko chini ya kiwango: imethibitishwa</translation>
    </message>
    <message>
        <source>keyer measured on too few fields: verified</source>
        <translation>mwingizaji amepimwa kwa sehemu chache mno: imethibitishwa</translation>
    </message>
    <message>
        <source>gold document: verified</source>
        <translation>hati ya kielelezo: imethibitishwa</translation>
    </message>
    <message>
        <source>pass 2 under way before the draw: verified</source>
        <translation>mzunguko 2 ulianza kabla ya uchaguzi: imethibitishwa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ndiyo</translation>
    </message>
    <message>
        <source>no: keyed once</source>
        <translation>hapana: imeingizwa mara moja</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Hati</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Imethibitishwa</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Uchaguzi</translation>
    </message>
    <message>
        <source>{0} is keyed twice in full (no verification sampling): residual error at most {1} per 1,000 fields.</source>
        <translation>{0} inaingizwa mara mbili kamili (hakuna sampuli ya uthibitisho): kosa lililobaki si zaidi ya {1} kwa sehemu 1,000.</translation>
    </message>
    <message>
        <source>{0} was verified by sampling at {1} % (seed {2}); it is keyed twice in full now.</source>
        <translation>{0} ilithibitishwa kwa sampuli ya {1} % (mbegu {2}); sasa inaingizwa mara mbili kamili.</translation>
    </message>
    <message>
        <source>{0}: keyers at {1} % or better on the form are verified at a rate of {2} % (seed {3}); the others are keyed twice.</source>
        <translation>{0}: waingizaji wenye {1} % au zaidi kwenye fomu wanathibitishwa kwa kiwango cha {2} % (mbegu {3}); wengine wanaingizwa mara mbili.</translation>
    </message>
    <message>
        <source>{0} {1} of {2} documents drawn were keyed once, not verified; expected errors in them {3} fields ({4} per 1,000), at most {5} with 95 % confidence. Estimated residual error of the whole batch: {6} per 1,000 fields.</source>
        <translation>{0} Hati {1} kati ya {2} zilizochaguliwa ziliingizwa mara moja, hazijathibitishwa; makosa yanayotarajiwa ndani yake sehemu {3} ({4} kwa 1,000), si zaidi ya {5} kwa uhakika wa 95 %. Kosa lililobaki linalokadiriwa la kundi zima: {6} kwa sehemu 1,000.</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampuli</translation>
    </message>
    <message>
        <source>Sampling summary</source>
        <translation>Muhtasari wa sampuli</translation>
    </message>
    <message>
        <source>Share of documents verified, percent</source>
        <translation>Sehemu ya hati zinazothibitishwa, asilimia</translation>
    </message>
    <message>
        <source>Keyer accuracy threshold, percent</source>
        <translation>Kiwango cha usahihi wa mwingizaji, asilimia</translation>
    </message>
    <message>
        <source>S&amp;et sampling</source>
        <translation>W&amp;eka sampuli</translation>
    </message>
    <message>
        <source>Set this batch&apos;s verification sampling</source>
        <translation>Weka sampuli ya uthibitisho ya kundi hili</translation>
    </message>
    <message>
        <source>Key t&amp;wice in full</source>
        <translation>Ingiza mara mbili kami&amp;li</translation>
    </message>
    <message>
        <source>Stop sampling: key this batch twice in full</source>
        <translation>Acha sampuli: ingiza kundi hili mara mbili kamili</translation>
    </message>
    <message>
        <source>Documents drawn (table)</source>
        <translation>Hati zilizochaguliwa (jedwali)</translation>
    </message>
    <message>
        <source>&amp;Rate verified</source>
        <translation>Kiwango kinachothibitishwa (&amp;R)</translation>
    </message>
    <message>
        <source>Acc&amp;uracy at least</source>
        <translation>U&amp;sahihi angalau</translation>
    </message>
    <message>
        <source>An admin sets the sampling (keying batch set-sampling).</source>
        <translation>Msimamizi mkuu huweka sampuli (keying batch set-sampling).</translation>
    </message>
    <message>
        <source>Setting the sampling of {0}…</source>
        <translation>Inaweka sampuli ya {0}…</translation>
    </message>
    <message>
        <source>Keying {0} twice in full again…</source>
        <translation>Inarudisha {0} kuingizwa mara mbili kamili…</translation>
    </message>
    <message numerus="yes">
        <source>Sampling set: {0} % verified for keyers at {1} % or better (seed {2}); %n document(s) drawn now.</source>
        <translation>
            <numerusform>Sampuli imewekwa: {0} % zinathibitishwa kwa waingizaji wenye {1} % au zaidi (mbegu {2}); hati %n imechaguliwa sasa.</numerusform>
            <numerusform>Sampuli imewekwa: {0} % zinathibitishwa kwa waingizaji wenye {1} % au zaidi (mbegu {2}); hati %n zimechaguliwa sasa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyed twice in full from now on; documents drawn already keep their draw.</source>
        <translation>Inaingizwa mara mbili kamili kuanzia sasa; hati zilizochaguliwa tayari zinabaki na uchaguzi wao.</translation>
    </message>
    <message>
        <source>It was not sampled.</source>
        <translation>Haikuwa na sampuli.</translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation>Haijabadilishwa: {0}</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Kundi</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Ukurasa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>Flagged by</source>
        <translation>Imewekwa alama na</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>haisomeki</translation>
    </message>
    <message>
        <source>wrong document</source>
        <translation>hati isiyo sahihi</translation>
    </message>
    <message>
        <source>needs rescan</source>
        <translation>inahitaji kuchanganuliwa upya</translation>
    </message>
    <message>
        <source>returned to keying</source>
        <translation>imerudishwa kwa uingizaji</translation>
    </message>
    <message>
        <source>withdrawn for a rescan</source>
        <translation>imeondolewa ili ichanganuliwe upya</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>imekataliwa</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Changanua upya</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Kataa</translation>
    </message>
    <message>
        <source>{0} leaves the batch ({1}). Why?</source>
        <translation>{0} inaondoka kwenye kundi ({1}). Kwa nini?</translation>
    </message>
    <message>
        <source>Reading the flagged pages…</source>
        <translation>Inasoma kurasa zenye alama…</translation>
    </message>
    <message>
        <source>Flagged pages, oldest first</source>
        <translation>Kurasa zilizowekwa alama, za zamani kwanza</translation>
    </message>
    <message>
        <source>Flag reason and note</source>
        <translation>Sababu ya alama na maelezo</translation>
    </message>
    <message>
        <source>Flagged pages message</source>
        <translation>Ujumbe wa kurasa zilizowekwa alama</translation>
    </message>
    <message>
        <source>Back to keying</source>
        <translation>Rudi kwa uingizaji</translation>
    </message>
    <message>
        <source>Rescan: the document leaves the batch</source>
        <translation>Changanua upya: hati inaondoka kwenye kundi</translation>
    </message>
    <message>
        <source>Reject: the document leaves the batch</source>
        <translation>Kataa: hati inaondoka kwenye kundi</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Flagged pages&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kurasa zenye alama&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Read the flagged pages again</source>
        <translation>Soma kurasa zenye alama tena</translation>
    </message>
    <message>
        <source>The flagged pages could not be read: {0}</source>
        <translation>Kurasa zenye alama hazikuweza kusomwa: {0}</translation>
    </message>
    <message>
        <source>No flagged page waits.</source>
        <translation>Hakuna ukurasa wenye alama unaosubiri.</translation>
    </message>
    <message>
        <source>{0}, page {1} of {2}: {3}{4} (flagged by {5})</source>
        <translation>{0}, ukurasa {1} kati ya {2}: {3}{4} (imewekwa alama na {5})</translation>
    </message>
    <message>
        <source>Select a flagged page first.</source>
        <translation>Chagua ukurasa wenye alama kwanza.</translation>
    </message>
    <message>
        <source>Not done: say why the document leaves the batch.</source>
        <translation>Haijafanyika: sema kwa nini hati inaondoka kwenye kundi.</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translation>Haijafanyika: {0}</translation>
    </message>
    <message>
        <source>Third keying: only the fields sent back are open ({0}).</source>
        <translation>Uingizaji wa tatu: sehemu zilizorudishwa pekee ndizo zimefunguliwa ({0}).</translation>
    </message>
    <message>
        <source>The form changes</source>
        <translation>Fomu inabadilika</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another form: {0}&lt;/b&gt; (batch {1}). Its fields are not those of the last document. &lt;b&gt;Press Enter&lt;/b&gt; to start keying it.</source>
        <translation>&lt;b&gt;Fomu nyingine: {0}&lt;/b&gt; (kundi {1}). Sehemu zake si zile za hati iliyopita. &lt;b&gt;Bonyeza Enter&lt;/b&gt; kuanza kuiingiza.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Dirisha</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Msaada wa kibodi</translation>
    </message>
    <message>
        <source>Keyboard shortcuts  —  Esc or F1 closes this list; Up, Down, Page Up and Page Down scroll it</source>
        <translation>Njia za mkato za kibodi  —  Esc au F1 inafunga orodha hii; Juu, Chini, Page Up na Page Down zinaisogeza</translation>
    </message>
    <message>
        <source>Keyboard help title</source>
        <translation>Kichwa cha msaada wa kibodi</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Njia za mkato za kibodi</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kundi</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Vitufe</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Kinachofanya</translation>
    </message>
    <message>
        <source>Page image</source>
        <translation>Picha ya ukurasa</translation>
    </message>
    <message>
        <source>Page image area</source>
        <translation>Eneo la picha ya ukurasa</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Namba ya ukurasa</translation>
    </message>
    <message>
        <source>Page damaged</source>
        <translation>Ukurasa umeharibika</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ukurasa mzima</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Upana kamili</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Kuza</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Punguza</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>Zungusha 90° kisaa</translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation>Sogeza kushoto</translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation>Sogeza kulia</translation>
    </message>
    <message>
        <source>Pan up</source>
        <translation>Sogeza juu</translation>
    </message>
    <message>
        <source>Pan down</source>
        <translation>Sogeza chini</translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation>Angavu zaidi</translation>
    </message>
    <message>
        <source>Darker</source>
        <translation>Giza zaidi</translation>
    </message>
    <message>
        <source>More contrast</source>
        <translation>Utofautishaji zaidi</translation>
    </message>
    <message>
        <source>Less contrast</source>
        <translation>Utofautishaji kidogo</translation>
    </message>
    <message>
        <source>Invert (white on black)</source>
        <translation>Geuza (nyeupe juu ya nyeusi)</translation>
    </message>
    <message>
        <source>Reset brightness, contrast and invert</source>
        <translation>Rejesha mwangaza, utofautishaji na ugeuzaji</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Ukurasa unaofuata</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Ukurasa uliotangulia</translation>
    </message>
    <message>
        <source>Flag this page (unreadable, wrong document, needs rescan)</source>
        <translation>Weka alama ukurasa huu (haisomeki, hati isiyo sahihi, inahitaji kuchanganuliwa upya)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Kuza</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Sogeza</translation>
    </message>
    <message>
        <source>drag with the mouse</source>
        <translation>buruta kwa kipanya</translation>
    </message>
    <message>
        <source>&lt;b&gt;Page damaged&lt;/b&gt;: {0}. Key what can be read, or press &lt;b&gt;{1}&lt;/b&gt; to flag the page for a supervisor.</source>
        <translation>&lt;b&gt;Ukurasa umeharibika&lt;/b&gt;: {0}. Ingiza kinachosomeka, au bonyeza &lt;b&gt;{1}&lt;/b&gt; kuweka alama ukurasa kwa msimamizi.</translation>
    </message>
    <message>
        <source>Page {0} of {1}   (Ctrl+PgUp / Ctrl+PgDn)</source>
        <translation>Ukurasa {0} kati ya {1}   (Ctrl+PgUp / Ctrl+PgDn)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Mwingizaji</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Msimamizi mkuu</translation>
    </message>
    <message>
        <source>keying main window</source>
        <translation>Dirisha kuu la keying</translation>
    </message>
    <message>
        <source>&amp;Keying</source>
        <translation>&amp;Uingizaji</translation>
    </message>
    <message>
        <source>Overview of documents</source>
        <translation>Muhtasari wa hati</translation>
    </message>
    <message>
        <source>Send and receive now</source>
        <translation>Tuma na pokea sasa</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Toka</translation>
    </message>
    <message>
        <source>Import scans as a new batch…</source>
        <translation>Leta picha zilizochanganuliwa kama kundi jipya…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <source>Key documents (keying station)</source>
        <translation>Ingiza hati (kituo cha kuingiza)</translation>
    </message>
    <message>
        <source>The overview could not be read from the central database</source>
        <translation>Muhtasari haukuweza kusomwa kutoka hifadhidata kuu</translation>
    </message>
    <message>
        <source>keying — {0} ({1})</source>
        <translation>keying — {0} ({1})</translation>
    </message>
    <message>
        <source>The current row&apos;s cut texts, whole</source>
        <translation>Maandishi yaliyokatwa ya safu iliyochaguliwa, kamili</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Batch: {0}</source>
        <translation>Kundi: {0}</translation>
    </message>
    <message>
        <source>Document {0} of {1} ({2})</source>
        <translation>Hati {0} kati ya {1} ({2})</translation>
    </message>
    <message>
        <source>Pass {0}</source>
        <translation>Uingizaji {0}</translation>
    </message>
    <message>
        <source>Keyed today: {0}</source>
        <translation>Zilizoingizwa leo: {0}</translation>
    </message>
    <message>
        <source>Sync: {0}</source>
        <translation>Usawazishaji: {0}</translation>
    </message>
    <message>
        <source>Not signed out: decisions not saved</source>
        <translation>Hujatoka: maamuzi hayajahifadhiwa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Keyer</source>
        <translation>Mwingizaji</translation>
    </message>
    <message>
        <source>Keystrokes / hour</source>
        <translation>Mibonyezo / saa</translation>
    </message>
    <message>
        <source>Fields / hour</source>
        <translation>Sehemu / saa</translation>
    </message>
    <message>
        <source>Seconds / document</source>
        <translation>Sekunde / hati</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Hati</translation>
    </message>
    <message>
        <source>Hours keyed</source>
        <translation>Saa za uingizaji</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Marekebisho</translation>
    </message>
    <message>
        <source>Fields re-entered</source>
        <translation>Sehemu zilizoingizwa tena</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Vituo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Siku</translation>
    </message>
    <message>
        <source>Errors / 1,000 fields</source>
        <translation>Makosa / sehemu 1,000</translation>
    </message>
    <message>
        <source>95 % low</source>
        <translation>95 % chini</translation>
    </message>
    <message>
        <source>95 % high</source>
        <translation>95 % juu</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Makosa</translation>
    </message>
    <message>
        <source>Fields checked</source>
        <translation>Sehemu zilizokaguliwa</translation>
    </message>
    <message>
        <source>Errors / 1,000 passes</source>
        <translation>Makosa / mizunguko 1,000</translation>
    </message>
    <message>
        <source>Discrepancy rate %</source>
        <translation>Kiwango cha tofauti %</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Tofauti</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Ndogo</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Muhimu</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Sehemu %</translation>
    </message>
    <message>
        <source>Keyed once</source>
        <translation>Imeingizwa mara moja</translation>
    </message>
    <message>
        <source>Keyed twice</source>
        <translation>Imeingizwa mara mbili</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>Imeamuliwa</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Mwisho</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Ilipofikia</translation>
    </message>
    <message>
        <source>being keyed</source>
        <translation>inaingizwa</translation>
    </message>
    <message>
        <source>waiting for a pass</source>
        <translation>inasubiri uingizaji</translation>
    </message>
    <message>
        <source>sent back — third keying</source>
        <translation>imerudishwa — uingizaji wa tatu</translation>
    </message>
    <message>
        <source>waits for a supervisor</source>
        <translation>inasubiri msimamizi</translation>
    </message>
    <message>
        <source>final</source>
        <translation>ya mwisho</translation>
    </message>
    <message>
        <source>page flagged — waits for a supervisor</source>
        <translation>ukurasa umewekwa alama — inasubiri msimamizi</translation>
    </message>
    <message>
        <source>out of the batch</source>
        <translation>nje ya kundi</translation>
    </message>
    <message>
        <source>{0} final</source>
        <translation>{0} za mwisho</translation>
    </message>
    <message>
        <source>{0} wait for a supervisor</source>
        <translation>{0} zinasubiri msimamizi</translation>
    </message>
    <message>
        <source>{0} still being keyed</source>
        <translation>{0} bado zinaingizwa</translation>
    </message>
    <message>
        <source>{0} out of the batch</source>
        <translation>{0} nje ya kundi</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Skani (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;Faili zote (*)</translation>
    </message>
    <message>
        <source>The central database refused the import: {0}</source>
        <translation>Hifadhidata kuu ilikataa uingizaji: {0}</translation>
    </message>
    <message>
        <source>Batch “{0}” ({1}) imported: {2}, {3} ({4} new page images stored).</source>
        <translation>Kundi “{0}” ({1}) limeingizwa: {2}, {3} (picha mpya {4} za kurasa zimehifadhiwa).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>hati %n</numerusform>
            <numerusform>hati %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>ukurasa %n</numerusform>
            <numerusform>kurasa %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n imerukwa:</numerusform>
            <numerusform>%n zimerukwa:</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was skipped.</source>
        <translation>Hakuna faili iliyorukwa.</translation>
    </message>
    <message>
        <source>Import scans as a new batch</source>
        <translation>Ingiza skani kama kundi jipya</translation>
    </message>
    <message>
        <source>Form: a stored form or a form definition file</source>
        <translation>Fomu: fomu iliyohifadhiwa au faili ya maelezo ya fomu</translation>
    </message>
    <message>
        <source>name@version, or a .yaml file</source>
        <translation>jina@toleo, au faili ya .yaml</translation>
    </message>
    <message>
        <source>Form fi&amp;le…</source>
        <translation>Fai&amp;li ya fomu…</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>Jina la kundi</translation>
    </message>
    <message>
        <source>Add a file or folder by its path</source>
        <translation>Ongeza faili au folda kwa njia yake</translation>
    </message>
    <message>
        <source>a file or folder; Enter adds it</source>
        <translation>faili au folda; Enter inaiongeza</translation>
    </message>
    <message>
        <source>Fil&amp;es…</source>
        <translation>Fa&amp;ili…</translation>
    </message>
    <message>
        <source>Browse for files to import</source>
        <translation>Vinjari faili za kuingiza</translation>
    </message>
    <message>
        <source>Fol&amp;der…</source>
        <translation>Fol&amp;da…</translation>
    </message>
    <message>
        <source>Browse for a folder to import</source>
        <translation>Vinjari folda ya kuingiza</translation>
    </message>
    <message>
        <source>Files and folders to import (Delete removes)</source>
        <translation>Faili na folda za kuingiza (Delete huondoa)</translation>
    </message>
    <message>
        <source>one document per file</source>
        <translation>hati moja kwa kila faili</translation>
    </message>
    <message>
        <source>Pages per document (0: one document per file)</source>
        <translation>Kurasa kwa kila hati (0: hati moja kwa kila faili)</translation>
    </message>
    <message>
        <source>Resolution PDF pages are rasterized at</source>
        <translation>Ubora ambao kurasa za PDF zinageuzwa kuwa picha</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Fomu:</translation>
    </message>
    <message>
        <source>Batch &amp;name:</source>
        <translation>&amp;Jina la kundi:</translation>
    </message>
    <message>
        <source>&amp;Add path:</source>
        <translation>&amp;Ongeza njia:</translation>
    </message>
    <message>
        <source>&amp;To import:</source>
        <translation>Za ku&amp;ingiza:</translation>
    </message>
    <message>
        <source>&amp;Pages per document:</source>
        <translation>&amp;Kurasa kwa hati:</translation>
    </message>
    <message>
        <source>PDF &amp;resolution:</source>
        <translation>&amp;Ubora wa PDF:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Maendeleo ya uingizaji</translation>
    </message>
    <message>
        <source>Summary of the import</source>
        <translation>Muhtasari wa uingizaji</translation>
    </message>
    <message>
        <source>The summary of the import shows here.</source>
        <translation>Muhtasari wa uingizaji unaonekana hapa.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Cancel the import, or close</source>
        <translation>Ghairi uingizaji, au funga</translation>
    </message>
    <message>
        <source>Form definition</source>
        <translation>Ufafanuzi wa fomu</translation>
    </message>
    <message>
        <source>Form definitions (*.yaml *.yml)</source>
        <translation>Ufafanuzi wa fomu (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Scans to import</source>
        <translation>Skani za kuingiza</translation>
    </message>
    <message>
        <source>Choose a form: a stored one, or a form definition file.</source>
        <translation>Chagua fomu: iliyohifadhiwa, au faili ya ufafanuzi wa fomu.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Inasoma faili…</translation>
    </message>
    <message>
        <source>Read {0} ({1} of {2} files).</source>
        <translation>Imesoma {0} (faili {1} kati ya {2}).</translation>
    </message>
    <message>
        <source>Imported: batch “{0}”. Esc closes.</source>
        <translation>Imeingizwa: kundi “{0}”. Esc inafunga.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation>Hakuna kilichoingizwa. {0}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Imeghairiwa: hakuna kilichoingizwa.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Inaghairi…</translation>
    </message>
    <message>
        <source>Your documents: {0}</source>
        <translation>Hati zako: {0}</translation>
    </message>
    <message>
        <source>Documents overview</source>
        <translation>Muhtasari wa hati</translation>
    </message>
    <message>
        <source>Overview summary</source>
        <translation>Muhtasari</translation>
    </message>
    <message>
        <source>Show the documents of batch</source>
        <translation>Onyesha hati za kundi</translation>
    </message>
    <message>
        <source>Show the documents whose status is</source>
        <translation>Onyesha hati ambazo hali yake ni</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>hali zote</translation>
    </message>
    <message>
        <source>Ba&amp;tch:</source>
        <translation>&amp;Kundi:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Hali:</translation>
    </message>
    <message>
        <source>Documents and their status</source>
        <translation>Hati na hali zake</translation>
    </message>
    <message>
        <source>Enter opens the document (read only)</source>
        <translation>Enter inafungua hati (kusoma tu)</translation>
    </message>
    <message>
        <source>Overview keys</source>
        <translation>Vitufe vya muhtasari</translation>
    </message>
    <message>
        <source>Send back for a third keying</source>
        <translation>Rudisha kwa uingizaji wa tatu</translation>
    </message>
    <message>
        <source>Enter opens the document (read only) · Ctrl+B sends a document that waits for a supervisor back for a third keying of its disputed fields</source>
        <translation>Enter inafungua hati (kusoma tu) · Ctrl+B inarudisha hati inayosubiri msimamizi kwa uingizaji wa tatu wa sehemu zinazobishaniwa</translation>
    </message>
    <message>
        <source>Your documents and their status</source>
        <translation>Hati zako na hali zake</translation>
    </message>
    <message>
        <source>all batches</source>
        <translation>makundi yote</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Language of the interface:</source>
        <translation>Lugha ya kiolesura:</translation>
    </message>
    <message>
        <source>Zoom the page to the focused field on / off</source>
        <translation>Kuza ukurasa hadi sehemu inayoingizwa washa / zima</translation>
    </message>
    <message>
        <source>Auto-advance when a field is full on / off</source>
        <translation>Songa mbele sehemu ikijaa washa / zima</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Maandishi makubwa zaidi</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Maandishi madogo zaidi</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Ukubwa wa kawaida wa maandishi</translation>
    </message>
    <message>
        <source>High-contrast colours on / off</source>
        <translation>Rangi za utofautishaji mkubwa washa / zima</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Lugha ya kiolesura</translation>
    </message>
    <message>
        <source>Text size {0} %.</source>
        <translation>Ukubwa wa maandishi {0} %.</translation>
    </message>
    <message>
        <source>High-contrast colours on.</source>
        <translation>Rangi za utofautishaji mkubwa zimewashwa.</translation>
    </message>
    <message>
        <source>High-contrast colours off.</source>
        <translation>Rangi za utofautishaji mkubwa zimezimwa.</translation>
    </message>
    <message>
        <source>Language: {0}.</source>
        <translation>Lugha: {0}.</translation>
    </message>
    <message>
        <source>Zoom to the focused field on.</source>
        <translation>Kuza hadi sehemu inayoingizwa kumewashwa.</translation>
    </message>
    <message>
        <source>Zoom to the focused field off.</source>
        <translation>Kuza hadi sehemu inayoingizwa kumezimwa.</translation>
    </message>
    <message>
        <source>Auto-advance when a field is full on.</source>
        <translation>Kusonga mbele sehemu ikijaa kumewashwa.</translation>
    </message>
    <message>
        <source>Auto-advance when a field is full off.</source>
        <translation>Kusonga mbele sehemu ikijaa kumezimwa.</translation>
    </message>
    <message>
        <source>Send {0} back for a third keying of {1}, by an operator who keyed neither pass? It cannot be undone. Enter sends it, Esc goes back.</source>
        <translation>Rudisha {0} kwa uingizaji wa tatu wa {1}, na mwingizaji ambaye hakuingiza uingizaji wowote? Haiwezi kutenduliwa. Enter inaituma, Esc inarudi.</translation>
    </message>
    <message>
        <source>keying — sign in</source>
        <translation>keying — ingia</translation>
    </message>
    <message>
        <source>Sign in to keying</source>
        <translation>Ingia kwenye keying</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Jina la kuingia</translation>
    </message>
    <message>
        <source>your login, e.g. op1</source>
        <translation>jina lako la kuingia, k.m. op1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Nenosiri</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Ujumbe wa kuingia</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Jina la kuingia</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Nenosiri</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Ingia</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ondoka</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>Andika jina lako la kuingia.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Inaingia…</translation>
    </message>
    <message>
        <source>Quitting when the central database answers or gives up…</source>
        <translation>Inafunga hifadhidata kuu itakapojibu au kukata tamaa…</translation>
    </message>
    <message>
        <source>The sign-in failed: {0}</source>
        <translation>Kuingia kumeshindikana: {0}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No documents to key&lt;/h2&gt;&lt;p&gt;Every document available to you is keyed. Press F9 for the overview, or Ctrl+Shift+Q to sign out.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hakuna hati za kuingiza&lt;/h2&gt;&lt;p&gt;Kila hati uliyopewa imeingizwa. Bonyeza F9 kwa muhtasari, au Ctrl+Shift+Q kutoka.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fetching documents…&lt;/h2&gt;&lt;p&gt;Asking the central database for work.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Inaleta hati…&lt;/h2&gt;&lt;p&gt;Inaomba kazi kutoka hifadhidata kuu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No documents here, and the central database does not answer&lt;/h2&gt;&lt;p&gt;Your finished work is kept on this PC. keying asks again every 30 seconds; F5 asks now.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hakuna hati hapa, na hifadhidata kuu haijibu&lt;/h2&gt;&lt;p&gt;Kazi yako iliyokamilika imehifadhiwa kwenye kompyuta hii. keying inauliza tena kila sekunde 30; F5 inauliza sasa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Haisomeki</translation>
    </message>
    <message>
        <source>Wrong document</source>
        <translation>Hati isiyo sahihi</translation>
    </message>
    <message>
        <source>Needs rescan</source>
        <translation>Inahitaji kuchanganuliwa upya</translation>
    </message>
    <message>
        <source>Choose a reason with Up / Down, then Enter</source>
        <translation>Chagua sababu kwa Juu / Chini, kisha Enter</translation>
    </message>
    <message>
        <source>Flag this page</source>
        <translation>Weka alama ukurasa huu</translation>
    </message>
    <message>
        <source>Why? (the document goes to a supervisor)</source>
        <translation>Kwa nini? (hati inaenda kwa msimamizi)</translation>
    </message>
    <message>
        <source>Operator station</source>
        <translation>Kituo cha mwingizaji</translation>
    </message>
    <message>
        <source>No documents to key</source>
        <translation>Hakuna hati za kuingiza</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Tatizo la kuhifadhi</translation>
    </message>
    <message>
        <source>Trying again every {0} s.</source>
        <translation>Inajaribu tena kila sekunde {0}.</translation>
    </message>
    <message>
        <source>The document cannot be finished until it is saved.</source>
        <translation>Hati haiwezi kumalizwa hadi ihifadhiwe.</translation>
    </message>
    <message>
        <source>The document is not finished: press F12 again later</source>
        <translation>Hati haijamalizika: bonyeza F12 tena baadaye</translation>
    </message>
    <message>
        <source>The page is not flagged</source>
        <translation>Ukurasa haujawekwa alama</translation>
    </message>
    <message>
        <source>The flag is taken back: key the document.</source>
        <translation>Alama imeondolewa: ingiza hati.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>Kompyuta</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>imekubaliana</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>thamani mpya</translation>
    </message>
    <message>
        <source>skipped a row kept</source>
        <translation>aliruka safu iliyobakizwa</translation>
    </message>
    <message>
        <source>keyed a row left out</source>
        <translation>aliingiza safu iliyoachwa</translation>
    </message>
    <message>
        <source>outvoted 2 of 3</source>
        <translation>alishindwa kura 2 kati ya 3</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>(hakuna safu)</translation>
    </message>
    <message>
        <source>(to decide)</source>
        <translation>(ya kuamua)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Thamani</translation>
    </message>
    <message>
        <source>How it was decided</source>
        <translation>Jinsi ilivyoamuliwa</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Lini (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Nani</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nini</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Mzunguko</translation>
    </message>
    <message>
        <source>Errors are charged to keyers when the final record is written.</source>
        <translation>Makosa yanahesabiwa kwa waingizaji rekodi ya mwisho inapoandikwa.</translation>
    </message>
    <message>
        <source>No error charged to a keyer: every pass kept agrees with the final record.</source>
        <translation>Hakuna kosa lililohesabiwa kwa mwingizaji: kila mzunguko uliobakizwa unakubaliana na rekodi ya mwisho.</translation>
    </message>
    <message>
        <source>Errors charged to keyers: {0} (a pass whose value differs from the final one)</source>
        <translation>Makosa yaliyohesabiwa kwa waingizaji: {0} (mzunguko ambao thamani yake inatofautiana na ya mwisho)</translation>
    </message>
    <message>
        <source>Document {0}, read only</source>
        <translation>Hati {0}, kusoma tu</translation>
    </message>
    <message>
        <source>Document and status</source>
        <translation>Hati na hali</translation>
    </message>
    <message>
        <source>Values and how each was decided</source>
        <translation>Thamani na jinsi kila moja ilivyoamuliwa</translation>
    </message>
    <message>
        <source>History of the document</source>
        <translation>Historia ya hati</translation>
    </message>
    <message>
        <source>Errors charged to keyers</source>
        <translation>Makosa yaliyohesabiwa kwa waingizaji</translation>
    </message>
    <message>
        <source>{0} — {1} (read only)</source>
        <translation>{0} — {1} (kusoma tu)</translation>
    </message>
    <message>
        <source>Final values</source>
        <translation>Thamani za mwisho</translation>
    </message>
    <message>
        <source>Values the passes agreed so far</source>
        <translation>Thamani ambazo mizunguko imekubaliana hadi sasa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>it is no longer stored</source>
        <translation>haijahifadhiwa tena</translation>
    </message>
    <message>
        <source>The document could not be opened: {0}</source>
        <translation>Hati haikuweza kufunguliwa: {0}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Kipengee</translation>
    </message>
    <message>
        <source>page flag</source>
        <translation>alama ya ukurasa</translation>
    </message>
    <message>
        <source>keying</source>
        <translation>uingizaji</translation>
    </message>
    <message>
        <source>Items the central database refused</source>
        <translation>Vipengee ambavyo hifadhidata kuu ilikataa</translation>
    </message>
    <message>
        <source>Keyings and page flags a workstation sent that the central database will never take (the reason says why). Each stays on its PC, kept, and is not sent again. F5 reads them again.</source>
        <translation>Uingizaji na alama za ukurasa ambazo kompyuta ilituma na hifadhidata kuu haitazikubali kamwe (sababu inaeleza). Kila kimoja kinabaki kwenye kompyuta yake, kimehifadhiwa, na hakitumwi tena. F5 inazisoma tena.</translation>
    </message>
    <message>
        <source>Refused items, by when, operator, PC and document</source>
        <translation>Vipengee vilivyokataliwa, kwa wakati, mwingizaji, kompyuta na hati</translation>
    </message>
    <message>
        <source>Refused items message</source>
        <translation>Ujumbe wa vipengee vilivyokataliwa</translation>
    </message>
    <message>
        <source>Read the refused items again</source>
        <translation>Soma tena vipengee vilivyokataliwa</translation>
    </message>
    <message>
        <source>The refused items could not be read: {0}</source>
        <translation>Vipengee vilivyokataliwa havikuweza kusomwa: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n refused item(s)</source>
        <translation>
            <numerusform>Kipengee %n kilichokataliwa</numerusform>
            <numerusform>Vipengee %n vilivyokataliwa</numerusform>
        </translation>
    </message>
    <message>
        <source>No item has been refused.</source>
        <translation>Hakuna kipengee kilichokataliwa.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Imechukuliwa</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Muda wa kushikilia</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>imeisha sasa hivi</translation>
    </message>
    <message>
        <source>expired {0} ago</source>
        <translation>imeisha {0} iliyopita</translation>
    </message>
    <message>
        <source>ends in under a minute</source>
        <translation>inaisha kabla ya dakika moja</translation>
    </message>
    <message>
        <source>ends in {0}</source>
        <translation>inaisha baada ya {0}</translation>
    </message>
    <message>
        <source>{0} ago</source>
        <translation>{0} iliyopita</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>sasa hivi</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>dakika {0}</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>saa {0}</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>siku {0}</translation>
    </message>
    <message>
        <source>adjudicate</source>
        <translation>kuamua</translation>
    </message>
    <message>
        <source>train</source>
        <translation>mafunzo</translation>
    </message>
    <message>
        <source>key pass {0}</source>
        <translation>ingiza mzunguko {0}</translation>
    </message>
    <message>
        <source>Release {0} of {1}, held by {2} on {3}?
Its draft stays on that PC. Reason (optional):</source>
        <translation>Achilia {0} ya {1}, inayoshikiliwa na {2} kwenye {3}?
Rasimu yake inabaki kwenye kompyuta hiyo. Sababu (si lazima):</translation>
    </message>
    <message>
        <source>Release this task</source>
        <translation>Achilia kazi hii</translation>
    </message>
    <message>
        <source>Reading the tasks held…</source>
        <translation>Inasoma kazi zilizoshikiliwa…</translation>
    </message>
    <message>
        <source>F5 reads them again · Delete releases the selected task</source>
        <translation>F5 inazisoma tena · Delete inaachilia kazi iliyochaguliwa</translation>
    </message>
    <message>
        <source>Tasks held, by operator, PC, claim and lease</source>
        <translation>Kazi zilizoshikiliwa, kwa mwingizaji, kompyuta, dai na muda</translation>
    </message>
    <message>
        <source>Tasks view message</source>
        <translation>Ujumbe wa kazi</translation>
    </message>
    <message>
        <source>Read the tasks held again</source>
        <translation>Soma tena kazi zinazoshikiliwa</translation>
    </message>
    <message>
        <source>Release the selected task</source>
        <translation>Achilia kazi iliyochaguliwa</translation>
    </message>
    <message>
        <source>The tasks held could not be read: {0}</source>
        <translation>Kazi zinazoshikiliwa hazikuweza kusomwa: {0}</translation>
    </message>
    <message>
        <source>{0} tasks held</source>
        <translation>Kazi {0} zinashikiliwa</translation>
    </message>
    <message>
        <source>No task is held.</source>
        <translation>Hakuna kazi inayoshikiliwa.</translation>
    </message>
    <message>
        <source>Select a task to release.</source>
        <translation>Chagua kazi ya kuachilia.</translation>
    </message>
    <message>
        <source>Releasing {0} of {1}…</source>
        <translation>Inaachilia {0} ya {1}…</translation>
    </message>
    <message>
        <source>Not released: {0}</source>
        <translation>Haijaachiliwa: {0}</translation>
    </message>
    <message>
        <source>Released {0} of {1}: it is back in the queue; the draft stays on {2}.</source>
        <translation>{0} ya {1} imeachiliwa: imerudi kwenye foleni; rasimu inabaki kwenye {2}.</translation>
    </message>
    <message>
        <source>its PC</source>
        <translation>kompyuta yake</translation>
    </message>
    <message>
        <source>A wrong character</source>
        <translation>Herufi moja si sahihi</translation>
    </message>
    <message>
        <source>Two characters swapped</source>
        <translation>Herufi mbili zimebadilishana</translation>
    </message>
    <message>
        <source>Characters left out</source>
        <translation>Herufi zimeachwa</translation>
    </message>
    <message>
        <source>Characters too many</source>
        <translation>Herufi zimezidi</translation>
    </message>
    <message>
        <source>Words in another order</source>
        <translation>Maneno kwa mpangilio mwingine</translation>
    </message>
    <message>
        <source>A different value</source>
        <translation>Thamani tofauti</translation>
    </message>
    <message>
        <source>Keyed where there is nothing, or nothing keyed</source>
        <translation>Imeingizwa pasipo kitu, au hakuna kilichoingizwa</translation>
    </message>
    <message>
        <source>A row left out</source>
        <translation>Safu imeachwa</translation>
    </message>
    <message>
        <source>A row too many</source>
        <translation>Safu imezidi</translation>
    </message>
    <message>
        <source>Marked illegible, or not marked</source>
        <translation>Imewekwa alama haisomeki, au haikuwekwa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>You keyed</source>
        <translation>Uliingiza</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Sahihi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kwa nini</translation>
    </message>
    <message>
        <source>right</source>
        <translation>sahihi</translation>
    </message>
    <message>
        <source>No mistakes</source>
        <translation>Hakuna makosa</translation>
    </message>
    <message>
        <source>Mistakes: %1</source>
        <translation>Makosa: %1</translation>
    </message>
    <message>
        <source>%1 of %2 values right (%3 %)</source>
        <translation>Thamani %1 kati ya %2 sahihi (%3 %)</translation>
    </message>
    <message>
        <source>%1 keystrokes an hour</source>
        <translation>Mibonyezo %1 kwa saa</translation>
    </message>
    <message>
        <source>Qualified! You may now key this form live (Ctrl+1).</source>
        <translation>Umefuzu! Sasa unaweza kuingiza fomu hii kama kazi halisi (Ctrl+1).</translation>
    </message>
    <message>
        <source>You are qualified on this form.</source>
        <translation>Umefuzu kwa fomu hii.</translation>
    </message>
    <message>
        <source>Last %1 of %2 documents: %3 right</source>
        <translation>Hati %1 za mwisho kati ya %2: %3 sahihi</translation>
    </message>
    <message>
        <source>to qualify: %1 % at %2 an hour</source>
        <translation>ili kufuzu: %1 % kwa %2 kwa saa</translation>
    </message>
    <message>
        <source>Training feedback</source>
        <translation>Maoni ya mafunzo</translation>
    </message>
    <message>
        <source>Training result</source>
        <translation>Matokeo ya mafunzo</translation>
    </message>
    <message>
        <source>Fields: what you keyed, what was right, why</source>
        <translation>Sehemu: ulichoingiza, kilichokuwa sahihi, kwa nini</translation>
    </message>
    <message>
        <source>The field on the page</source>
        <translation>Sehemu kwenye ukurasa</translation>
    </message>
    <message>
        <source>Up / Down: the fields · Enter: the next document</source>
        <translation>Juu / Chini: sehemu · Enter: hati inayofuata</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No training to do&lt;/h2&gt;&lt;p&gt;You are qualified on every form that asks for it, or no gold document is there to train on. Press Ctrl+1 to key documents.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hakuna mafunzo ya kufanya&lt;/h2&gt;&lt;p&gt;Umefuzu kwa kila fomu inayohitaji, au hakuna hati ya mfano ya kufanyia mazoezi. Bonyeza Ctrl+1 kuingiza hati.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fetching a training document…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Inaleta hati ya mafunzo…&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The central database does not answer&lt;/h2&gt;&lt;p&gt;Training needs it. F5 asks again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hifadhidata kuu haijibu&lt;/h2&gt;&lt;p&gt;Mafunzo yanaihitaji. F5 inauliza tena.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Mafunzo</translation>
    </message>
    <message>
        <source>Training — a gold document, not live work</source>
        <translation>Mafunzo — hati ya mfano, si kazi halisi</translation>
    </message>
    <message>
        <source>Training: %1 done</source>
        <translation>Mafunzo: %1 zimekamilika</translation>
    </message>
    <message>
        <source>Training: key this document as live work; F12 finishes.</source>
        <translation>Mafunzo: ingiza hati hii kama kazi halisi; F12 inamaliza.</translation>
    </message>
    <message>
        <source>Not saved: %1. F12 tries again.</source>
        <translation>Haijahifadhiwa: %1. F12 inajaribu tena.</translation>
    </message>
    <message>
        <source>Adjudicate discrepancies</source>
        <translation>Amua tofauti</translation>
    </message>
    <message>
        <source>Flagged pages</source>
        <translation>Kurasa zenye alama</translation>
    </message>
    <message>
        <source>Tasks held</source>
        <translation>Kazi zilizoshikiliwa</translation>
    </message>
    <message>
        <source>Refused items</source>
        <translation>Vitu vilivyokataliwa</translation>
    </message>
    <message>
        <source>Train on gold documents</source>
        <translation>Jifunze kwa hati za mfano</translation>
    </message>
    <message>
        <source>Trainees and qualifications</source>
        <translation>Wanafunzi na kufuzu</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Viwango</translation>
    </message>
    <message>
        <source>Trainees: documents, figures, qualified when</source>
        <translation>Wanafunzi: hati, takwimu, walipofuzu</translation>
    </message>
    <message>
        <source>Dashboard of keyer figures</source>
        <translation>Dashibodi ya takwimu za waingizaji</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Machi</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Aprili</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Julai</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agosti</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Septemba</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktoba</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Novemba</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Desemba</translation>
    </message>
    <message>
        <source>{0} is not a month</source>
        <translation>{0} si mwezi</translation>
    </message>
    <message>
        <source>there is no month {0}</source>
        <translation>hakuna mwezi {0}</translation>
    </message>
    <message>
        <source>{0} {1} has no day {2}</source>
        <translation>{0} {1} haina siku {2}</translation>
    </message>
    <message>
        <source>illegible</source>
        <translation>haisomeki</translation>
    </message>
    <message>
        <source>blank on paper</source>
        <translation>tupu kwenye karatasi</translation>
    </message>
    <message>
        <source>{0}: {1}. Correct it, or press F2 / F3.</source>
        <translation>{0}: {1}. Sahihisha, au bonyeza F2 / F3.</translation>
    </message>
    <message>
        <source>{0}: this value differs from the other keying. Look at the page again and key it once more.</source>
        <translation>{0}: thamani hii ni tofauti na uingizaji mwingine. Tazama ukurasa tena na uiingize mara nyingine.</translation>
    </message>
    <message>
        <source>{0} — recorded; keying goes on.</source>
        <translation>{0} — imerekodiwa; uingizaji unaendelea.</translation>
    </message>
    <message>
        <source>{0}: keyed as {1}.</source>
        <translation>{0}: imeingizwa kama {1}.</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <source>{0} is required: key the value, F3 if it is blank on paper, F2 if it cannot be read.</source>
        <translation>{0} inahitajika: ingiza thamani, F3 ikiwa ni tupu kwenye karatasi, F2 ikiwa haisomeki.</translation>
    </message>
    <message>
        <source>{0} failed — correct the fields, or press F12 again to finish as keyed (a supervisor will see the failed checks).</source>
        <translation>{0} umeshindwa — sahihisha sehemu, au bonyeza F12 tena kumaliza kama ilivyoingizwa (msimamizi ataona ukaguzi ulioshindwa).</translation>
    </message>
    <message>
        <source>Document finished.</source>
        <translation>Hati imekamilika.</translation>
    </message>
    <message>
        <source>1 check</source>
        <translation>Ukaguzi 1</translation>
    </message>
    <message>
        <source>{0} checks</source>
        <translation>Ukaguzi {0}</translation>
    </message>
    <message>
        <source>{0}, for example {1}</source>
        <translation>{0}, kwa mfano {1}</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>herufi kubwa</translation>
    </message>
    <message>
        <source>capital letters</source>
        <translation>herufi kubwa</translation>
    </message>
    <message>
        <source>small letter</source>
        <translation>herufi ndogo</translation>
    </message>
    <message>
        <source>small letters</source>
        <translation>herufi ndogo</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>tarakimu</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>tarakimu</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>herufi</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>herufi</translation>
    </message>
    <message>
        <source>space</source>
        <translation>nafasi</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>nafasi</translation>
    </message>
    <message>
        <source>a {0}</source>
        <translation>{0} moja</translation>
    </message>
    <message>
        <source>any character</source>
        <translation>herufi yoyote</translation>
    </message>
    <message>
        <source>any characters</source>
        <translation>herufi zozote</translation>
    </message>
    <message>
        <source>{0} if written</source>
        <translation>{0} ikiwa imeandikwa</translation>
    </message>
    <message>
        <source>any number of {0}</source>
        <translation>{0} kwa idadi yoyote</translation>
    </message>
    <message>
        <source>one or more {0}</source>
        <translation>{0} moja au zaidi</translation>
    </message>
    <message>
        <source>at least {0} {1}</source>
        <translation>angalau {1} {0}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{1} {0}</translation>
    </message>
    <message>
        <source>{0} to {1} {2}</source>
        <translation>{2} {0} hadi {1}</translation>
    </message>
    <message>
        <source>too long: at most {0} characters (this is {1})</source>
        <translation>ndefu mno: herufi {0} zaidi (hii ina {1})</translation>
    </message>
    <message>
        <source>write it as {0}</source>
        <translation>iandike kama {0}</translation>
    </message>
    <message>
        <source>not written as this field asks</source>
        <translation>haijaandikwa kama sehemu hii inavyotaka</translation>
    </message>
    <message>
        <source>below the minimum {0}</source>
        <translation>chini ya kiwango cha chini {0}</translation>
    </message>
    <message>
        <source>above the maximum {0}</source>
        <translation>juu ya kiwango cha juu {0}</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} au {1}</translation>
    </message>
    <message>
        <source>{0}, then {1}</source>
        <translation>{0}, kisha {1}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>not a value of this field</source>
        <translation>si thamani ya sehemu hii</translation>
    </message>
    <message>
        <source>Key exactly what is written.</source>
        <translation>Ingiza hasa kilichoandikwa.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ndiyo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hapana</translation>
    </message>
    <message>
        <source>Y (yes) or N (no)</source>
        <translation>Y (ndiyo) au N (hapana)</translation>
    </message>
    <message>
        <source>Type the code; its meaning shows beside the field.</source>
        <translation>Andika msimbo; maana yake inaonekana kando ya sehemu.</translation>
    </message>
    <message>
        <source>one of the codes {0}</source>
        <translation>mojawapo ya misimbo {0}</translation>
    </message>
    <message>
        <source>a date as {0}</source>
        <translation>tarehe kama {0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>A date as {0}.</source>
        <translation>Tarehe kama {0}.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>nambari</translation>
    </message>
    <message>
        <source>A number; a decimal point, no currency sign.</source>
        <translation>Nambari; nukta ya desimali, bila alama ya sarafu.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>nambari kamili</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Nambari kamili.</translation>
    </message>
    <message>
        <source>One row per written line; each cell as its column says.</source>
        <translation>Safu moja kwa kila mstari ulioandikwa; kila kisanduku kama safu wima yake inavyosema.</translation>
    </message>
    <message>
        <source>a time as HH:MM, 24-hour, for example 14:30</source>
        <translation>saa kama HH:MM, saa 24, kwa mfano 14:30</translation>
    </message>
    <message>
        <source>A time as HH:MM, 24-hour (14:30).</source>
        <translation>Saa kama HH:MM, saa 24 (14:30).</translation>
    </message>
    <message>
        <source>Reading the refused items…</source>
        <translation>Inasoma vitu vilivyokataliwa…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>final record written</source>
        <translation>rekodi ya mwisho imeandikwa</translation>
    </message>
    <message>
        <source>a page was flagged</source>
        <translation>ukurasa uliwekewa alama</translation>
    </message>
    <message>
        <source>1 discrepancy to decide</source>
        <translation>tofauti 1 ya kuamua</translation>
    </message>
    <message>
        <source>{0} discrepancies to decide</source>
        <translation>tofauti {0} za kuamua</translation>
    </message>
    <message>
        <source>pass 3 of the fields sent back is being keyed</source>
        <translation>mzunguko wa 3 wa sehemu zilizorudishwa unaingizwa</translation>
    </message>
    <message>
        <source>pass {0} in, waiting for pass {1}</source>
        <translation>mzunguko {0} umefika, unasubiri mzunguko {1}</translation>
    </message>
    <message>
        <source>no pass in yet</source>
        <translation>bado hakuna mzunguko uliofika</translation>
    </message>
    <message>
        <source>no values yet: the passes are still being compared</source>
        <translation>bado hakuna thamani: mizunguko bado inalinganishwa</translation>
    </message>
    <message>
        <source>values are shown once the document is final (keying is blind)</source>
        <translation>thamani zinaonyeshwa hati ikishakuwa ya mwisho (uingizaji ni wa upofu)</translation>
    </message>
    <message>
        <source>account disabled — {0} kept — tell your supervisor</source>
        <translation>akaunti imezimwa — {0} vimehifadhiwa — mwambie msimamizi wako</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>imesawazishwa</translation>
    </message>
    <message>
        <source>{0} to send</source>
        <translation>{0} za kutuma</translation>
    </message>
    <message>
        <source>offline — {0} waiting</source>
        <translation>nje ya mtandao — {0} zinasubiri</translation>
    </message>
    <message>
        <source>{0} — {1} refused</source>
        <translation>{0} — {1} zimekataliwa</translation>
    </message>
    <message>
        <source>Decide minor flags in bulk</source>
        <translation>Amua alama ndogo kwa pamoja</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decide 1 minor flag of {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Amua alama ndogo 1 ya {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decide {0} minor flags of {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Amua alama ndogo {0} za {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} — the same content written differently ({1}). Each is stored as a decision of its own (reason “bulk: minor”); Ctrl+Z right after takes them all back.</source>
        <translation>{0} — maudhui yale yale yameandikwa tofauti ({1}). Kila moja huhifadhiwa kama uamuzi wake (sababu “bulk: minor”); Ctrl+Z mara baada yake huzirudisha zote.</translation>
    </message>
    <message>
        <source>The minor flags to decide</source>
        <translation>Alama ndogo za kuamua</translation>
    </message>
    <message>
        <source>{0}’s form for all ({0})</source>
        <translation>Umbo la {0} kwa zote ({0})</translation>
    </message>
    <message>
        <source>{0}&apos;s form for all</source>
        <translation>Fomu ya {0} kwa zote</translation>
    </message>
    <message>
        <source>All keyers</source>
        <translation>Waingizaji wote</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>kasi ya kazi</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>usahihi</translation>
    </message>
    <message>
        <source>hot spots</source>
        <translation>maeneo ya makosa</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>maendeleo</translation>
    </message>
    <message>
        <source>sampling</source>
        <translation>sampuli</translation>
    </message>
    <message>
        <source>T&amp;hroughput</source>
        <translation>Kasi ya ka&amp;zi</translation>
    </message>
    <message>
        <source>&amp;Accuracy trend</source>
        <translation>Mwelekeo &amp;wa usahihi</translation>
    </message>
    <message>
        <source>Error hot &amp;spots</source>
        <translation>Maeneo ya ma&amp;kosa</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>Maen&amp;deleo</translation>
    </message>
    <message>
        <source>Sa&amp;mpling</source>
        <translation>Sam&amp;puli</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Hamisha takwimu</translation>
    </message>
    <message>
        <source>any</source>
        <translation>yoyote</translation>
    </message>
    <message>
        <source>From day (any: no limit)</source>
        <translation>Kuanzia siku (yoyote: bila kikomo)</translation>
    </message>
    <message>
        <source>To day (any: no limit)</source>
        <translation>Hadi siku (yoyote: bila kikomo)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Hamisha CSV…</translation>
    </message>
    <message>
        <source>Export the figures of this tab to CSV</source>
        <translation>Hamisha takwimu za kichupo hiki kwa CSV</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>Ku&amp;ndi</translation>
    </message>
    <message>
        <source>Ke&amp;yer</source>
        <translation>Mw&amp;ingizaji</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Ku&amp;anzia</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hadi</translation>
    </message>
    <message>
        <source>Batch summary</source>
        <translation>Muhtasari wa kundi</translation>
    </message>
    <message>
        <source>Keystrokes per hour, per keyer</source>
        <translation>Mibonyezo kwa saa, kwa kila mwingizaji</translation>
    </message>
    <message>
        <source>Errors per 1,000 fields, per keyer and day</source>
        <translation>Makosa kwa sehemu 1,000, kwa mwingizaji na siku</translation>
    </message>
    <message>
        <source>Errors per 1,000 passes: the ten worst fields</source>
        <translation>Makosa kwa mizunguko 1,000: sehemu kumi mbaya zaidi</translation>
    </message>
    <message>
        <source>Documents by stage</source>
        <translation>Hati kwa hatua</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashibodi</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>Takwimu za dashibodi</translation>
    </message>
    <message>
        <source>{0} (table)</source>
        <translation>{0} (jedwali)</translation>
    </message>
    <message>
        <source>Dashboard message</source>
        <translation>Ujumbe wa dashibodi</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>Soma takwimu tena</translation>
    </message>
    <message>
        <source>Reading the batches…</source>
        <translation>Inasoma makundi…</translation>
    </message>
    <message>
        <source>The batches could not be read: {0}</source>
        <translation>Makundi hayakuweza kusomwa: {0}</translation>
    </message>
    <message>
        <source>There is no batch yet.</source>
        <translation>Bado hakuna kundi.</translation>
    </message>
    <message>
        <source>The first day is after the last: nothing to show.</source>
        <translation>Siku ya kwanza iko baada ya ya mwisho: hakuna cha kuonyesha.</translation>
    </message>
    <message>
        <source>Reading the figures of {0}…</source>
        <translation>Inasoma takwimu za {0}…</translation>
    </message>
    <message>
        <source>The figures could not be read: {0}</source>
        <translation>Takwimu hazikuweza kusomwa: {0}</translation>
    </message>
    <message>
        <source>{0} (form {1}): {2} documents, {3} final; {4} discrepancies in {5} fields ({6} %); residual error at most {7} per 1,000 fields</source>
        <translation>{0} (fomu {1}): hati {2}, za mwisho {3}; tofauti {4} katika sehemu {5} ({6} %); kosa lililobaki si zaidi ya {7} kwa sehemu 1,000</translation>
    </message>
    <message>
        <source>1 keyer</source>
        <translation>mwingizaji 1</translation>
    </message>
    <message>
        <source>{0} keyers</source>
        <translation>waingizaji {0}</translation>
    </message>
    <message>
        <source>no keying</source>
        <translation>hakuna uingizaji</translation>
    </message>
    <message>
        <source>{0} {1} · F5 reads again · hot spots and progress are the whole batch&apos;s</source>
        <translation>{0} {1} · F5 inasoma tena · maeneo ya makosa na maendeleo ni ya kundi zima</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>mwanzo</translation>
    </message>
    <message>
        <source>today</source>
        <translation>leo</translation>
    </message>
    <message>
        <source>from {0} to {1} by {2}</source>
        <translation>kuanzia {0} hadi {1} na {2}</translation>
    </message>
    <message>
        <source>from {0} to {1}</source>
        <translation>kuanzia {0} hadi {1}</translation>
    </message>
    <message>
        <source>No figures to export yet.</source>
        <translation>Bado hakuna takwimu za kuhamisha.</translation>
    </message>
    <message>
        <source>Not exported: cannot write {0}: {1}</source>
        <translation>Haijahamishwa: haiwezi kuandika {0}: {1}</translation>
    </message>
    <message>
        <source>Exported the {0} figures to {1}</source>
        <translation>Takwimu za {0} zimehamishwa kwenda {1}</translation>
    </message>
    <message>
        <source>(nothing keyed)</source>
        <translation>(hakuna kilichoingizwa)</translation>
    </message>
    <message>
        <source>characters substituted</source>
        <translation>herufi zimebadilishwa</translation>
    </message>
    <message>
        <source>two characters swapped</source>
        <translation>herufi mbili zimebadilishana</translation>
    </message>
    <message>
        <source>characters added in B</source>
        <translation>herufi zimeongezwa katika B</translation>
    </message>
    <message>
        <source>characters missing in B</source>
        <translation>herufi zinakosekana katika B</translation>
    </message>
    <message>
        <source>the same words in another order</source>
        <translation>maneno yale yale kwa mpangilio mwingine</translation>
    </message>
    <message>
        <source>different values</source>
        <translation>thamani tofauti</translation>
    </message>
    <message>
        <source>one pass keyed nothing</source>
        <translation>mzunguko mmoja haukuingiza chochote</translation>
    </message>
    <message>
        <source>a row only A keyed</source>
        <translation>safu iliyoingizwa na A pekee</translation>
    </message>
    <message>
        <source>a row only B keyed</source>
        <translation>safu iliyoingizwa na B pekee</translation>
    </message>
    <message>
        <source>one pass marked it illegible</source>
        <translation>mzunguko mmoja uliiwekea alama haisomeki</translation>
    </message>
    <message>
        <source>only one of three passes keyed a value</source>
        <translation>mzunguko mmoja tu kati ya mitatu uliingiza thamani</translation>
    </message>
    <message>
        <source>required, and no pass keyed it</source>
        <translation>inahitajika, na hakuna mzunguko ulioiingiza</translation>
    </message>
    <message>
        <source>letter case only</source>
        <translation>herufi kubwa/ndogo tu</translation>
    </message>
    <message>
        <source>spacing or punctuation between words</source>
        <translation>nafasi au alama za uakifishaji kati ya maneno</translation>
    </message>
    <message>
        <source>the separator between names</source>
        <translation>kitenganishi kati ya majina</translation>
    </message>
    <message>
        <source>a word and its abbreviation</source>
        <translation>neno na ufupisho wake</translation>
    </message>
    <message>
        <source>a no-value word against nothing</source>
        <translation>neno la &apos;hakuna thamani&apos; dhidi ya utupu</translation>
    </message>
    <message>
        <source>include this row</source>
        <translation>jumuisha safu hii</translation>
    </message>
    <message>
        <source>leave the row out</source>
        <translation>acha safu nje</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>Tofauti</translation>
    </message>
    <message>
        <source>Document and progress</source>
        <translation>Hati na maendeleo</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Maelekezo</translation>
    </message>
    <message>
        <source>Kind and explanation</source>
        <translation>Aina na maelezo</translation>
    </message>
    <message>
        <source>the same content written differently</source>
        <translation>maudhui yale yale yameandikwa tofauti</translation>
    </message>
    <message>
        <source>{0} (minor: {1})</source>
        <translation>{0} (ndogo: {1})</translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>Kwenye ukurasa</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Uamuzi</translation>
    </message>
    <message>
        <source>A / B: take that value</source>
        <translation>A / B: chukua thamani hiyo</translation>
    </message>
    <message>
        <source>Ctrl+B: send back</source>
        <translation>Ctrl+B: rudisha</translation>
    </message>
    <message>
        <source>Ctrl+M: minor flags only</source>
        <translation>Ctrl+M: alama ndogo pekee</translation>
    </message>
    <message>
        <source>F or Esc: back to one discrepancy at a time</source>
        <translation>F au Esc: rudi kwa tofauti moja kwa wakati</translation>
    </message>
    <message>
        <source>minor: {0}</source>
        <translation>ndogo: {0}</translation>
    </message>
    <message>
        <source>the field on the page</source>
        <translation>sehemu kwenye ukurasa</translation>
    </message>
    <message>
        <source>Same field across the batch: {0}</source>
        <translation>Sehemu ileile katika kundi lote: {0}</translation>
    </message>
    <message>
        <source>Same field</source>
        <translation>Sehemu ileile</translation>
    </message>
    <message>
        <source>{0} in every document of the batch</source>
        <translation>{0} katika kila hati ya kundi</translation>
    </message>
    <message>
        <source>minor flags only (Ctrl+M: all)</source>
        <translation>alama ndogo pekee (Ctrl+M: zote)</translation>
    </message>
    <message>
        <source>{0} of them minor</source>
        <translation>{0} kati yake ndogo</translation>
    </message>
    <message>
        <source>{0} across the batch: {1} open of {2}, {3}</source>
        <translation>{0} katika kundi zima: {1} wazi kati ya {2}, {3}</translation>
    </message>
    <message>
        <source>{0} — fetching…</source>
        <translation>{0} — inaleta…</translation>
    </message>
    <message>
        <source>No open minor flags of {0}.</source>
        <translation>Hakuna alama ndogo wazi za {0}.</translation>
    </message>
    <message>
        <source>Nothing decided.</source>
        <translation>Hakuna kilichoamuliwa.</translation>
    </message>
    <message>
        <source>{0} minor flags of {1} ({2}) decided for {3}&apos;s form. Ctrl+Z now takes them all back.</source>
        <translation>Alama ndogo {0} za {1} ({2}) zimeamuliwa kwa umbo la {3}. Ctrl+Z sasa inazirudisha zote.</translation>
    </message>
    <message>
        <source>No document is highlighted.</source>
        <translation>Hakuna hati iliyoangaziwa.</translation>
    </message>
    <message>
        <source>Same field: {0}</source>
        <translation>Sehemu ileile: {0}</translation>
    </message>
    <message>
        <source>{0} open of {1}</source>
        <translation>{0} wazi kati ya {1}</translation>
    </message>
    <message>
        <source>Wrong login or password, or the account is disabled.</source>
        <translation>Jina la kuingia au nenosiri si sahihi, au akaunti imezimwa.</translation>
    </message>
    <message>
        <source>This login is locked after {0} wrong passwords: ask an admin to unlock it (keying user unlock).</source>
        <translation>Jina hili la kuingia limefungwa baada ya manenosiri {0} yasiyo sahihi: mwombe msimamizi mkuu alifungue (keying user unlock).</translation>
    </message>
    <message>
        <source>Too many wrong passwords: wait {0} s before trying this login again.</source>
        <translation>Manenosiri mengi mno yasiyo sahihi: subiri sekunde {0} kabla ya kujaribu jina hili la kuingia tena.</translation>
    </message>
    <message>
        <source>keying cannot start</source>
        <translation>keying haiwezi kuanza</translation>
    </message>
    <message>
        <source>keying: work was lost on this PC</source>
        <translation>keying: kazi ilipotea kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>Loading the page…</source>
        <translation>Inapakia ukurasa…</translation>
    </message>
    <message>
        <source>the page&apos;s image is missing</source>
        <translation>picha ya ukurasa haipo</translation>
    </message>
    <message>
        <source>The page cannot be shown: {0}.
Decide from the values, or send the document back.</source>
        <translation>Ukurasa hauwezi kuonyeshwa: {0}.
Amua kutokana na thamani, au rudisha hati.</translation>
    </message>
    <message>
        <source> (and {0} more documents)</source>
        <translation> (na hati {0} zaidi)</translation>
    </message>
    <message>
        <source>Passed over, tell your administrator: {0}{1}</source>
        <translation>Imerukwa, mwambie msimamizi mkuu wako: {0}{1}</translation>
    </message>
    <message>
        <source>Not sent back: {0}</source>
        <translation>Haijarudishwa: {0}</translation>
    </message>
    <message>
        <source>{0} sent back for a third keying of {1}.</source>
        <translation>{0} imerudishwa kwa uingizaji wa tatu wa {1}.</translation>
    </message>
    <message>
        <source>Trainees could not be read: {0}</source>
        <translation>Wanafunzi hawakuweza kusomwa: {0}</translation>
    </message>
    <message>
        <source>{0} (chart; the table beside it has the same numbers)</source>
        <translation>{0} (chati; jedwali lililo kando lina namba zilezile)</translation>
    </message>
    <message>
        <source>Page and form</source>
        <translation>Ukurasa na fomu</translation>
    </message>
    <message>
        <source>{0}: column {1}</source>
        <translation>{0}: safu wima {1}</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>Safu {0}</translation>
    </message>
    <message>
        <source>{0}, row {1}, {2}</source>
        <translation>{0}, safu {1}, {2}</translation>
    </message>
    <message>
        <source>Tell your supervisor.</source>
        <translation>Mwambie msimamizi wako.</translation>
    </message>
    <message>
        <source>Make that folder writable for this user, or start keying with KEYING_DATA_DIR set to a writable folder.</source>
        <translation>Ruhusu mtumiaji huyu kuandika kwenye folda hiyo, au anzisha keying ukiweka KEYING_DATA_DIR kwenye folda inayoandikika.</translation>
    </message>
    <message>
        <source>The workstation cache {0} could not be used: {1}. It is kept as {2} (nothing was overwritten) and a new, empty cache was started.</source>
        <translation>Hifadhi ya kituo {0} haikuweza kutumika: {1}. Imewekwa kama {2} (hakuna kilichofutwa) na hifadhi mpya tupu imeanzishwa.</translation>
    </message>
    <message>
        <source>The workstation cache {0} was missing; a new, empty one was started.</source>
        <translation>Hifadhi ya kituo {0} haikuwepo; hifadhi mpya tupu imeanzishwa.</translation>
    </message>
    <message>
        <source>The central database could not be reached, so the documents this PC had claimed stay claimed until their leases expire.</source>
        <translation>Hifadhidata kuu haikufikiwa, kwa hiyo hati ambazo kompyuta hii ilidai zinabaki zimedaiwa hadi muda wake uishe.</translation>
    </message>
    <message>
        <source>Lost with it: what was keyed and not yet sent of {0}. These documents were released and will be keyed again.</source>
        <translation>Kilichopotea pamoja nayo: kilichoingizwa na bado hakijatumwa cha {0}. Hati hizi zimeachiliwa na zitaingizwa tena.</translation>
    </message>
    <message>
        <source>No document claimed by this PC was lost.</source>
        <translation>Hakuna hati iliyodaiwa na kompyuta hii iliyopotea.</translation>
    </message>
    <message>
        <source>Free space on that disk, then start keying again.</source>
        <translation>Ongeza nafasi kwenye diski hiyo, kisha anzisha keying tena.</translation>
    </message>
    <message>
        <source>The workstation cache cannot be used: {0}.</source>
        <translation>Hifadhi ya kituo haiwezi kutumika: {0}.</translation>
    </message>
    <message>
        <source>The data folder {0} cannot be written ({1}): keying keeps its central database {2} there.</source>
        <translation>Folda ya data {0} haiwezi kuandikwa ({1}): keying huweka hifadhidata yake kuu {2} humo.</translation>
    </message>
    <message>
        <source>The central database {0} could not be opened.</source>
        <translation>Hifadhidata kuu {0} haikuweza kufunguliwa.</translation>
    </message>
    <message>
        <source>Check that the database server is running and reachable from this PC and that the URL (--database-url or KEYING_DATABASE_URL) is right; then start keying again.</source>
        <translation>Hakikisha seva ya hifadhidata inafanya kazi na inafikiwa kutoka kompyuta hii na kwamba URL (--database-url au KEYING_DATABASE_URL) ni sahihi; kisha anzisha keying tena.</translation>
    </message>
</context>
</TS>
