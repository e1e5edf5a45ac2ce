<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>អនុវត្ត</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>បោះចោល</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>សាកម្ដងទៀត</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>មិនអើពើ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>បញ្ឈប់</translation>
    </message>
</context>
<context>
    <name>keying</name>
    <message>
        <source>Entry form</source>
        <translation>ទម្រង់បញ្ចូល</translation>
    </message>
    <message>
        <source>Next field (checks this one)</source>
        <translation>វាលបន្ទាប់ (ពិនិត្យវាលនេះ)</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>វាលមុន</translation>
    </message>
    <message>
        <source>Previous / next field; in a table the row above / below</source>
        <translation>វាលមុន / បន្ទាប់; ក្នុងតារាង ជួរខាងលើ / ខាងក្រោម</translation>
    </message>
    <message>
        <source>Illegible: the value cannot be read</source>
        <translation>អានមិនបាន៖ មិនអាចអានតម្លៃបាន</translation>
    </message>
    <message>
        <source>Blank on paper: nothing is written</source>
        <translation>ទទេលើក្រដាស៖ គ្មានអ្វីសរសេរ</translation>
    </message>
    <message>
        <source>Finish the document (runs the checks)</source>
        <translation>បញ្ចប់ឯកសារ (ដំណើរការការពិនិត្យ)</translation>
    </message>
    <message>
        <source>Add a table row below</source>
        <translation>បន្ថែមជួរតារាងខាងក្រោម</translation>
    </message>
    <message>
        <source>Remove this table row</source>
        <translation>លុបជួរតារាងនេះ</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No discrepancies wait for you&lt;/h2&gt;&lt;p&gt;Every document you may adjudicate is decided. F5 asks the central database again; F9 shows the overview.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;គ្មានភាពខុសគ្នារង់ចាំអ្នកទេ&lt;/h2&gt;&lt;p&gt;ឯកសារទាំងអស់ដែលអ្នកអាចវិនិច្ឆ័យបានសម្រេចរួចហើយ។ F5 សួរមូលដ្ឋានទិន្នន័យកណ្តាលម្តងទៀត; F9 បង្ហាញទិដ្ឋភាពទូទៅ។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fetching discrepancies…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;កំពុងទាញយកភាពខុសគ្នា…&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Supervisor station: adjudication</source>
        <translation>ស្ថានីយអ្នកត្រួតពិនិត្យ៖ ការសម្រេច</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>បញ្ហារក្សាទុក</translation>
    </message>
    <message>
        <source>Page snippet</source>
        <translation>ផ្នែកតូចនៃទំព័រ</translation>
    </message>
    <message>
        <source>The other row&apos;s snippet</source>
        <translation>ផ្នែកតូចនៃជួរផ្សេងទៀត</translation>
    </message>
    <message>
        <source>No discrepancies</source>
        <translation>គ្មានភាពខុសគ្នា</translation>
    </message>
    <message>
        <source>{0} minor in the queue</source>
        <translation>{0} តិចតួចក្នុងជួរ</translation>
    </message>
    <message>
        <source>Final records written: {0}</source>
        <translation>កំណត់ត្រាចុងក្រោយបានសរសេរ៖ {0}</translation>
    </message>
    <message>
        <source>Adjudicating {0}: {1} of {2}</source>
        <translation>កំពុងសម្រេច {0}៖ {1} នៃ {2}</translation>
    </message>
    <message>
        <source>Held: {0} open in {1} documents</source>
        <translation>កំពុងកាន់៖ {0} បើកក្នុងឯកសារ {1}</translation>
    </message>
    <message>
        <source>{0} ({1} minor first; {2} in the queue)</source>
        <translation>{0} ({1} តិចតួចមុន; {2} ក្នុងជួរ)</translation>
    </message>
    <message>
        <source>{0} ({1} minor; {2} in the queue)</source>
        <translation>{0} ({1} តិចតួច; {2} ក្នុងជួរ)</translation>
    </message>
    <message>
        <source>NOT SAVED: {0} (retrying)</source>
        <translation>មិនទាន់រក្សាទុក៖ {0} (កំពុងសាកម្ដងទៀត)</translation>
    </message>
    <message>
        <source>Saving {0}</source>
        <translation>កំពុងរក្សាទុក {0}</translation>
    </message>
    <message>
        <source>decided next: the row beside it</source>
        <translation>សម្រេចបន្ទាប់៖ ជួរដេកនៅក្បែរវា</translation>
    </message>
    <message>
        <source>{0} · {1} · discrepancy {2} of {3} · {4} documents waiting</source>
        <translation>{0} · {1} · ភាពខុសគ្នា {2} នៃ {3} · ឯកសារ {4} កំពុងរង់ចាំ</translation>
    </message>
    <message>
        <source>{0} · discrepancy {2} of {3} · {4} waiting · {1}</source>
        <translation>{0} · ភាពខុសគ្នា {2} នៃ {3} · {4} រង់ចាំ · {1}</translation>
    </message>
    <message>
        <source>{0} · {2} of {3} · {4} waiting · {1}</source>
        <translation>{0} · {2} នៃ {3} · {4} រង់ចាំ · {1}</translation>
    </message>
    <message>
        <source>There is no pass C for this discrepancy.</source>
        <translation>គ្មានលើក C សម្រាប់ភាពខុសគ្នានេះទេ។</translation>
    </message>
    <message>
        <source>A row is included or left out: A or B.</source>
        <translation>ជួរដេកត្រូវបញ្ចូល ឬទុកចោល៖ A ឬ B។</translation>
    </message>
    <message>
        <source>Not sent back: {0}.</source>
        <translation>មិនបានផ្ញើត្រឡប់៖ {0}។</translation>
    </message>
    <message>
        <source>Sending {0} back for a third keying…</source>
        <translation>កំពុងផ្ញើ {0} ត្រឡប់សម្រាប់ការបញ្ចូលលើកទីបី…</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>គ្មានអ្វីត្រូវមិនធ្វើវិញទេ។</translation>
    </message>
    <message>
        <source>Undone: {0} is open again.</source>
        <translation>បានមិនធ្វើវិញ៖ {0} បើកម្ដងទៀត។</translation>
    </message>
    <message>
        <source>A / B{0}: take that value</source>
        <translation>A / B{0}៖ យកតម្លៃនោះ</translation>
    </message>
    <message>
        <source>N: new value</source>
        <translation>N៖ តម្លៃថ្មី</translation>
    </message>
    <message>
        <source>I: illegible</source>
        <translation>I៖ អានមិនបាន</translation>
    </message>
    <message>
        <source>Ctrl+Z: undo</source>
        <translation>Ctrl+Z៖ មិនធ្វើវិញ</translation>
    </message>
    <message>
        <source>Ctrl+B: send back for a third keying</source>
        <translation>Ctrl+B៖ ផ្ញើត្រឡប់សម្រាប់ការបញ្ចូលលើកទីបី</translation>
    </message>
    <message>
        <source>P: whole page</source>
        <translation>P៖ ទំព័រទាំងមូល</translation>
    </message>
    <message>
        <source>F: this field across the batch</source>
        <translation>F៖ វាលនេះទូទាំងបាច់</translation>
    </message>
    <message>
        <source>M: minor flags in bulk</source>
        <translation>M៖ សញ្ញាតូចៗជាបណ្តុំ</translation>
    </message>
    <message>
        <source>Ctrl+M: minor first</source>
        <translation>Ctrl+M៖ តូចៗមុន</translation>
    </message>
    <message>
        <source>F1: keys</source>
        <translation>F1៖ គ្រាប់ចុច</translation>
    </message>
    <message>
        <source>F1: every key (A, B, N, I, Ctrl+Z, Ctrl+B, P, F, M, Ctrl+M)</source>
        <translation>F1៖ គ្រប់គ្រាប់ចុច (A, B, N, I, Ctrl+Z, Ctrl+B, P, F, M, Ctrl+M)</translation>
    </message>
    <message>
        <source>Take A&apos;s value (a row: include or leave out as A)</source>
        <translation>យកតម្លៃរបស់ A (ជួរ៖ រាប់បញ្ចូល ឬទុកចោលដូច A)</translation>
    </message>
    <message>
        <source>Take B&apos;s value (a row: include or leave out as B)</source>
        <translation>យកតម្លៃរបស់ B (ជួរ៖ រាប់បញ្ចូល ឬទុកចោលដូច B)</translation>
    </message>
    <message>
        <source>Take C&apos;s value (three passes)</source>
        <translation>យកតម្លៃរបស់ C (បញ្ចូលបីលើក)</translation>
    </message>
    <message>
        <source>Type a new value (checked as keying does; F2/F3 markers allowed)</source>
        <translation>វាយតម្លៃថ្មី (ពិនិត្យដូចការបញ្ចូល; អនុញ្ញាតសញ្ញា F2/F3)</translation>
    </message>
    <message>
        <source>Illegible (a reason may follow; Enter decides)</source>
        <translation>អានមិនបាន (អាចមានហេតុផលបន្ទាប់; Enter សម្រេច)</translation>
    </message>
    <message>
        <source>Undo the last decision of this document</source>
        <translation>មិនធ្វើការសម្រេចចុងក្រោយនៃឯកសារនេះវិញ</translation>
    </message>
    <message>
        <source>Send the fields not decided back for a third keying (Enter confirms)</source>
        <translation>ផ្ញើវាលដែលមិនទាន់សម្រេចត្រឡប់សម្រាប់ការបញ្ចូលលើកទីបី (Enter បញ្ជាក់)</translation>
    </message>
    <message>
        <source>Whole page / the field&apos;s zone</source>
        <translation>ទំព័រទាំងមូល / តំបន់នៃវាល</translation>
    </message>
    <message>
        <source>This field across the batch (same-field mode)</source>
        <translation>វាលនេះទូទាំងបាច់ (របៀបវាលដូចគ្នា)</translation>
    </message>
    <message>
        <source>Minor flags of this field and kind in bulk (asks first; the same-field list)</source>
        <translation>សញ្ញាតូចៗនៃវាល និងប្រភេទនេះជាបណ្តុំ (សួរមុន; បញ្ជីវាលដូចគ្នា)</translation>
    </message>
    <message>
        <source>Minor flags first (the same-field list: minor flags only)</source>
        <translation>សញ្ញាតូចៗមុន (បញ្ជីវាលដូចគ្នា៖ តែសញ្ញាតូចៗ)</translation>
    </message>
    <message>
        <source>Keyboard help (this list)</source>
        <translation>ជំនួយក្តារចុច (បញ្ជីនេះ)</translation>
    </message>
    <message>
        <source>{0} — row {1}, {2}</source>
        <translation>{0} — ជួរ {1}, {2}</translation>
    </message>
    <message>
        <source>Form title</source>
        <translation>ចំណងជើងទម្រង់</translation>
    </message>
    <message>
        <source>Checks that failed</source>
        <translation>ការត្រួតពិនិត្យដែលបរាជ័យ</translation>
    </message>
    <message>
        <source>Main keys</source>
        <translation>គ្រាប់ចុចសំខាន់ៗ</translation>
    </message>
    <message>
        <source>Field instructions</source>
        <translation>សេចក្តីណែនាំនៃវាល</translation>
    </message>
    <message>
        <source>Focused field</source>
        <translation>វាលដែលកំពុងផ្តោត</translation>
    </message>
    <message>
        <source>Instructions of the focused field</source>
        <translation>សេចក្តីណែនាំនៃវាលដែលកំពុងផ្តោត</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>សារ</translation>
    </message>
    <message>
        <source>Label: {0}</source>
        <translation>ស្លាក៖ {0}</translation>
    </message>
    <message>
        <source>Codes of {0}</source>
        <translation>កូដនៃ {0}</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>វាល</translation>
    </message>
    <message>
        <source>Fields of the form</source>
        <translation>វាលនៃទម្រង់</translation>
    </message>
    <message>
        <source>F1 help  ·  F2 illegible  ·  F3 blank on paper  ·  F12 finish</source>
        <translation>F1 ជំនួយ  ·  F2 អានមិនបាន  ·  F3 ទទេលើក្រដាស  ·  F12 បញ្ចប់</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(មិនចាំបាច់)</translation>
    </message>
    <message>
        <source>Third keying: only the fields sent back are open ({0}).</source>
        <translation>ការបញ្ចូលលើកទីបី៖ បើកតែវាលដែលបានផ្ញើត្រឡប់មកវិញប៉ុណ្ណោះ ({0})។</translation>
    </message>
    <message>
        <source>The form changes</source>
        <translation>ទម្រង់ផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another form: {0}&lt;/b&gt; (batch {1}). Its fields are not those of the last document. &lt;b&gt;Press Enter&lt;/b&gt; to start keying it.</source>
        <translation>&lt;b&gt;ទម្រង់ផ្សេង៖ {0}&lt;/b&gt; (បាច់ {1})។ វាលរបស់វាមិនដូចឯកសារមុនទេ។ &lt;b&gt;ចុច Enter&lt;/b&gt; ដើម្បីចាប់ផ្តើមបញ្ចូល។</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>បង្អួច</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>ជំនួយក្តារចុច</translation>
    </message>
    <message>
        <source>Keyboard shortcuts  —  Esc or F1 closes this list; Up, Down, Page Up and Page Down scroll it</source>
        <translation>ផ្លូវកាត់ក្តារចុច  —  Esc ឬ F1 បិទបញ្ជីនេះ; Up, Down, Page Up និង Page Down រំកិលវា</translation>
    </message>
    <message>
        <source>Keyboard help title</source>
        <translation>ចំណងជើងជំនួយក្តារចុច</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ផ្លូវកាត់ក្តារចុច</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ក្រុម</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>គ្រាប់ចុច</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>មុខងារ</translation>
    </message>
    <message>
        <source>Page image</source>
        <translation>រូបភាពទំព័រ</translation>
    </message>
    <message>
        <source>Page image area</source>
        <translation>តំបន់រូបភាពទំព័រ</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>លេខទំព័រ</translation>
    </message>
    <message>
        <source>Page damaged</source>
        <translation>ទំព័រខូច</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>ពេញទំព័រ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ពេញទទឹង</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ពង្រីក</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>បង្រួម</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>បង្វិល 90° ស្របទ្រនិចនាឡិកា</translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation>រំកិលទៅឆ្វេង</translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation>រំកិលទៅស្តាំ</translation>
    </message>
    <message>
        <source>Pan up</source>
        <translation>រំកិលឡើងលើ</translation>
    </message>
    <message>
        <source>Pan down</source>
        <translation>រំកិលចុះក្រោម</translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation>ភ្លឺជាង</translation>
    </message>
    <message>
        <source>Darker</source>
        <translation>ងងឹតជាង</translation>
    </message>
    <message>
        <source>More contrast</source>
        <translation>កម្រិតពណ៌ខ្លាំងជាង</translation>
    </message>
    <message>
        <source>Less contrast</source>
        <translation>កម្រិតពណ៌ខ្សោយជាង</translation>
    </message>
    <message>
        <source>Invert (white on black)</source>
        <translation>បញ្ច្រាស (ស លើ ខ្មៅ)</translation>
    </message>
    <message>
        <source>Reset brightness, contrast and invert</source>
        <translation>កំណត់ពន្លឺ កម្រិតពណ៌ និងការបញ្ច្រាសឡើងវិញ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>ទំព័របន្ទាប់</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>ទំព័រមុន</translation>
    </message>
    <message>
        <source>Flag this page (unreadable, wrong document, needs rescan)</source>
        <translation>សម្គាល់ទំព័រនេះ (អានមិនបាន ឯកសារខុស ត្រូវស្កេនម្តងទៀត)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>ពង្រីក/បង្រួម</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>រំកិល</translation>
    </message>
    <message>
        <source>drag with the mouse</source>
        <translation>អូសដោយកណ្តុរ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Page damaged&lt;/b&gt;: {0}. Key what can be read, or press &lt;b&gt;{1}&lt;/b&gt; to flag the page for a supervisor.</source>
        <translation>&lt;b&gt;ទំព័រខូច&lt;/b&gt;៖ {0}។ បញ្ចូលអ្វីដែលអានបាន ឬចុច &lt;b&gt;{1}&lt;/b&gt; ដើម្បីសម្គាល់ទំព័រទៅអ្នកត្រួតពិនិត្យ។</translation>
    </message>
    <message>
        <source>Page {0} of {1}   (Ctrl+PgUp / Ctrl+PgDn)</source>
        <translation>ទំព័រ {0} នៃ {1}   (Ctrl+PgUp / Ctrl+PgDn)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Language of the interface:</source>
        <translation>ភាសានៃចំណុចប្រទាក់៖</translation>
    </message>
    <message>
        <source>Zoom the page to the focused field on / off</source>
        <translation>ពង្រីកទំព័រទៅវាលដែលកំពុងបញ្ចូល បើក / បិទ</translation>
    </message>
    <message>
        <source>Auto-advance when a field is full on / off</source>
        <translation>ទៅវាលបន្ទាប់ដោយស្វ័យប្រវត្តិពេលវាលពេញ បើក / បិទ</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>អក្សរធំជាង</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>អក្សរតូចជាង</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>ទំហំអក្សរធម្មតា</translation>
    </message>
    <message>
        <source>High-contrast colours on / off</source>
        <translation>ពណ៌កម្រិតខ្ពស់ បើក / បិទ</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>ភាសានៃចំណុចប្រទាក់</translation>
    </message>
    <message>
        <source>Text size {0} %.</source>
        <translation>ទំហំអក្សរ {0} %។</translation>
    </message>
    <message>
        <source>High-contrast colours on.</source>
        <translation>ពណ៌កម្រិតខ្ពស់ បើក។</translation>
    </message>
    <message>
        <source>High-contrast colours off.</source>
        <translation>ពណ៌កម្រិតខ្ពស់ បិទ។</translation>
    </message>
    <message>
        <source>Language: {0}.</source>
        <translation>ភាសា៖ {0}។</translation>
    </message>
    <message>
        <source>Zoom to the focused field on.</source>
        <translation>ពង្រីកទៅវាលដែលកំពុងបញ្ចូល បើក។</translation>
    </message>
    <message>
        <source>Zoom to the focused field off.</source>
        <translation>ពង្រីកទៅវាលដែលកំពុងបញ្ចូល បិទ។</translation>
    </message>
    <message>
        <source>Auto-advance when a field is full on.</source>
        <translation>ទៅវាលបន្ទាប់ដោយស្វ័យប្រវត្តិ បើក។</translation>
    </message>
    <message>
        <source>Auto-advance when a field is full off.</source>
        <translation>ទៅវាលបន្ទាប់ដោយស្វ័យប្រវត្តិ បិទ។</translation>
    </message>
    <message>
        <source>keying — sign in</source>
        <translation>keying — ចូល</translation>
    </message>
    <message>
        <source>Sign in to keying</source>
        <translation>ចូលទៅ keying</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ឈ្មោះចូល</translation>
    </message>
    <message>
        <source>your login, e.g. op1</source>
        <translation>ឈ្មោះចូលរបស់អ្នក ឧ. op1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>សារចូល</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>ឈ្មោះចូល (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>ពាក្យសម្ងាត់ (&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ចូល</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>វាយឈ្មោះចូលរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>កំពុងចូល…</translation>
    </message>
    <message>
        <source>Quitting when the central database answers or gives up…</source>
        <translation>នឹងបិទ នៅពេលមូលដ្ឋានទិន្នន័យកណ្តាលឆ្លើយតប ឬឈប់រង់ចាំ…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No documents to key&lt;/h2&gt;&lt;p&gt;Every document available to you is keyed. Press F9 for the overview, or Ctrl+Shift+Q to sign out.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;គ្មានឯកសារត្រូវបញ្ចូល&lt;/h2&gt;&lt;p&gt;ឯកសារទាំងអស់សម្រាប់អ្នកត្រូវបានបញ្ចូលរួចហើយ។ ចុច F9 សម្រាប់ទិដ្ឋភាពទូទៅ ឬ Ctrl+Shift+Q ដើម្បីចេញ។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fetching documents…&lt;/h2&gt;&lt;p&gt;Asking the central database for work.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;កំពុងទាញយកឯកសារ…&lt;/h2&gt;&lt;p&gt;កំពុងសុំការងារពីមូលដ្ឋានទិន្នន័យកណ្តាល។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No documents here, and the central database does not answer&lt;/h2&gt;&lt;p&gt;Your finished work is kept on this PC. keying asks again every 30 seconds; F5 asks now.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;គ្មានឯកសារនៅទីនេះ ហើយមូលដ្ឋានទិន្នន័យកណ្តាលមិនឆ្លើយតប&lt;/h2&gt;&lt;p&gt;ការងាររបស់អ្នកដែលបានបញ្ចប់ត្រូវបានរក្សាទុកនៅលើកុំព្យូទ័រនេះ។ keying សួរម្តងទៀតរៀងរាល់ 30 វិនាទី; F5 សួរឥឡូវនេះ។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>អានមិនបាន</translation>
    </message>
    <message>
        <source>Wrong document</source>
        <translation>ឯកសារខុស</translation>
    </message>
    <message>
        <source>Needs rescan</source>
        <translation>ត្រូវស្កេនម្តងទៀត</translation>
    </message>
    <message>
        <source>Choose a reason with Up / Down, then Enter</source>
        <translation>ជ្រើសរើសហេតុផលដោយ Up / Down រួចចុច Enter</translation>
    </message>
    <message>
        <source>Flag this page</source>
        <translation>សម្គាល់ទំព័រនេះ</translation>
    </message>
    <message>
        <source>Why? (the document goes to a supervisor)</source>
        <translation>ហេតុអ្វី? (ឯកសារនឹងទៅអ្នកត្រួតពិនិត្យ)</translation>
    </message>
    <message>
        <source>Operator station</source>
        <translation>ស្ថានីយអ្នកបញ្ចូល</translation>
    </message>
    <message>
        <source>No documents to key</source>
        <translation>គ្មានឯកសារត្រូវបញ្ចូល</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>បញ្ហារក្សាទុក</translation>
    </message>
    <message>
        <source>Trying again every {0} s.</source>
        <translation>ព្យាយាមម្តងទៀតរៀងរាល់ {0} វិនាទី។</translation>
    </message>
    <message>
        <source>The document cannot be finished until it is saved.</source>
        <translation>មិនអាចបញ្ចប់ឯកសារបានទេ រហូតដល់វាត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>The document is not finished: press F12 again later</source>
        <translation>ឯកសារមិនទាន់បញ្ចប់ទេ៖ ចុច F12 ម្តងទៀតពេលក្រោយ</translation>
    </message>
    <message>
        <source>The page is not flagged</source>
        <translation>ទំព័រមិនត្រូវបានសម្គាល់ទេ</translation>
    </message>
    <message>
        <source>The flag is taken back: key the document.</source>
        <translation>ការសម្គាល់ត្រូវបានដកវិញ៖ បញ្ចូលឯកសារ។</translation>
    </message>
    <message>
        <source>A wrong character</source>
        <translation>តួអក្សរខុសមួយ</translation>
    </message>
    <message>
        <source>Two characters swapped</source>
        <translation>តួអក្សរពីរប្តូរកន្លែងគ្នា</translation>
    </message>
    <message>
        <source>Characters left out</source>
        <translation>ខ្វះតួអក្សរ</translation>
    </message>
    <message>
        <source>Characters too many</source>
        <translation>តួអក្សរលើស</translation>
    </message>
    <message>
        <source>Words in another order</source>
        <translation>ពាក្យនៅលំដាប់ផ្សេង</translation>
    </message>
    <message>
        <source>A different value</source>
        <translation>តម្លៃផ្សេង</translation>
    </message>
    <message>
        <source>Keyed where there is nothing, or nothing keyed</source>
        <translation>បានបញ្ចូលកន្លែងដែលគ្មានអ្វី ឬមិនបានបញ្ចូលអ្វីសោះ</translation>
    </message>
    <message>
        <source>A row left out</source>
        <translation>ខ្វះជួរមួយ</translation>
    </message>
    <message>
        <source>A row too many</source>
        <translation>ជួរលើសមួយ</translation>
    </message>
    <message>
        <source>Marked illegible, or not marked</source>
        <translation>សម្គាល់ថាអានមិនបាន ឬមិនបានសម្គាល់</translation>
    </message>
    <message>
        <source>Keyer</source>
        <translation>អ្នកបញ្ចូល</translation>
    </message>
    <message>
        <source>Keystrokes / hour</source>
        <translation>ចុចគ្រាប់ចុច / ម៉ោង</translation>
    </message>
    <message>
        <source>Fields / hour</source>
        <translation>វាល / ម៉ោង</translation>
    </message>
    <message>
        <source>Seconds / document</source>
        <translation>វិនាទី / ឯកសារ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Hours keyed</source>
        <translation>ម៉ោងបញ្ចូល</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>ការកែ</translation>
    </message>
    <message>
        <source>Fields re-entered</source>
        <translation>វាលបញ្ចូលឡើងវិញ</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>ការផ្អាក</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>ថ្ងៃ</translation>
    </message>
    <message>
        <source>Errors / 1,000 fields</source>
        <translation>កំហុស / 1,000 វាល</translation>
    </message>
    <message>
        <source>95 % low</source>
        <translation>95 % ទាប</translation>
    </message>
    <message>
        <source>95 % high</source>
        <translation>95 % ខ្ពស់</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>កំហុស</translation>
    </message>
    <message>
        <source>Fields checked</source>
        <translation>វាលបានពិនិត្យ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <source>Errors / 1,000 passes</source>
        <translation>កំហុស / 1,000 លើក</translation>
    </message>
    <message>
        <source>Discrepancy rate %</source>
        <translation>អត្រាភាពខុសគ្នា %</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>តិចតួច</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>សំខាន់</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>ចំណែក %</translation>
    </message>
    <message>
        <source>Keyed once</source>
        <translation>បញ្ចូលម្ដង</translation>
    </message>
    <message>
        <source>Keyed twice</source>
        <translation>បញ្ចូលពីរដង</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>បានសម្រេច</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>ចុងក្រោយ</translation>
    </message>
    <message>
        <source>You keyed</source>
        <translation>អ្នកបានបញ្ចូល</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>A keyer whose measured accuracy on the form reaches the threshold has a document verified by a second pass only when it is drawn at the rate; other keyers, gold documents and keyers measured on too few fields are always verified. A document keyed once is final as pass 1 keyed it. {0}: the rate, {1}: the threshold, {2}: set them (admins), {3}: key twice in full again.</source>
        <translation>អ្នកបញ្ចូលដែលភាពត្រឹមត្រូវវាស់លើទម្រង់ដល់កម្រិត មានឯកសារត្រូវបានផ្ទៀងផ្ទាត់ដោយលើកទីពីរ តែនៅពេលវាត្រូវបានចាប់តាមអត្រាប៉ុណ្ណោះ; អ្នកបញ្ចូលផ្សេងទៀត ឯកសារគំរូ និងអ្នកបញ្ចូលដែលវាស់លើវាលតិចពេក ត្រូវបានផ្ទៀងផ្ទាត់ជានិច្ច។ ឯកសារដែលបញ្ចូលម្ដង គឺចុងក្រោយតាមលើកទី 1 បានបញ្ចូល។ {0}៖ អត្រា, {1}៖ កម្រិត, {2}៖ កំណត់វា (អ្នកគ្រប់គ្រង), {3}៖ បញ្ចូលពីរដងពេញលេញម្ដងទៀត។</translation>
    </message>
    <message>
        <source>drawn for verification</source>
        <translation>ចាប់សម្រាប់ផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>not drawn: keyed once, not verified</source>
        <translation>មិនបានចាប់៖ បញ្ចូលម្ដង មិនបានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>keyer&apos;s accuracy below the threshold: verified</source>
        <translation>ភាពត្រឹមត្រូវរបស់អ្នកបញ្ចូលក្រោមកម្រិត៖ បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>keyer measured on too few fields: verified</source>
        <translation>អ្នកបញ្ចូលវាស់លើវាលតិចពេក៖ បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>gold document: verified</source>
        <translation>ឯកសារគំរូ៖ បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>pass 2 under way before the draw: verified</source>
        <translation>លើកទី 2 កំពុងដំណើរការមុនការចាប់៖ បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>no: keyed once</source>
        <translation>ទេ៖ បញ្ចូលម្ដង</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>បានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>ការចាប់</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ហេតុអ្វី</translation>
    </message>
    <message>
        <source>{0} is keyed twice in full (no verification sampling): residual error at most {1} per 1,000 fields.</source>
        <translation>{0} ត្រូវបានបញ្ចូលពីរដងពេញលេញ (គ្មានការចាប់គំរូផ្ទៀងផ្ទាត់)៖ កំហុសនៅសល់យ៉ាងច្រើន {1} ក្នុង 1,000 វាល។</translation>
    </message>
    <message>
        <source>{0} was verified by sampling at {1} % (seed {2}); it is keyed twice in full now.</source>
        <translation>{0} ត្រូវបានផ្ទៀងផ្ទាត់ដោយការចាប់គំរូ {1} % (គ្រាប់ {2}); ឥឡូវវាត្រូវបានបញ្ចូលពីរដងពេញលេញ។</translation>
    </message>
    <message>
        <source>{0}: keyers at {1} % or better on the form are verified at a rate of {2} % (seed {3}); the others are keyed twice.</source>
        <translation>{0}៖ អ្នកបញ្ចូលដែលមាន {1} % ឬល្អជាងលើទម្រង់ ត្រូវបានផ្ទៀងផ្ទាត់តាមអត្រា {2} % (គ្រាប់ {3}); អ្នកផ្សេងទៀតត្រូវបញ្ចូលពីរដង។</translation>
    </message>
    <message>
        <source>{0} {1} of {2} documents drawn were keyed once, not verified; expected errors in them {3} fields ({4} per 1,000), at most {5} with 95 % confidence. Estimated residual error of the whole batch: {6} per 1,000 fields.</source>
        <translation>{0} ឯកសារ {1} នៃ {2} ដែលបានចាប់ ត្រូវបានបញ្ចូលម្ដង មិនបានផ្ទៀងផ្ទាត់; កំហុសរំពឹងក្នុងនោះ {3} វាល ({4} ក្នុង 1,000), យ៉ាងច្រើន {5} ជាមួយទំនុកចិត្ត 95 %។ កំហុសនៅសល់ប៉ាន់ស្មាននៃបាច់ទាំងមូល៖ {6} ក្នុង 1,000 វាល។</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>ការចាប់គំរូ</translation>
    </message>
    <message>
        <source>Sampling summary</source>
        <translation>សេចក្តីសង្ខេបការចាប់គំរូ</translation>
    </message>
    <message>
        <source>Share of documents verified, percent</source>
        <translation>ចំណែកឯកសារដែលបានផ្ទៀងផ្ទាត់ ជាភាគរយ</translation>
    </message>
    <message>
        <source>Keyer accuracy threshold, percent</source>
        <translation>កម្រិតភាពត្រឹមត្រូវរបស់អ្នកបញ្ចូល ជាភាគរយ</translation>
    </message>
    <message>
        <source>S&amp;et sampling</source>
        <translation>កំណត់ការចាប់គំរូ (&amp;E)</translation>
    </message>
    <message>
        <source>Set this batch&apos;s verification sampling</source>
        <translation>កំណត់ការចាប់គំរូផ្ទៀងផ្ទាត់នៃបាច់នេះ</translation>
    </message>
    <message>
        <source>Key t&amp;wice in full</source>
        <translation>បញ្ចូលពីរដងពេញលេញ (&amp;W)</translation>
    </message>
    <message>
        <source>Stop sampling: key this batch twice in full</source>
        <translation>បញ្ឈប់ការចាប់គំរូ៖ បញ្ចូលបាច់នេះពីរដងពេញលេញ</translation>
    </message>
    <message>
        <source>Documents drawn (table)</source>
        <translation>ឯកសារដែលបានចាប់ (តារាង)</translation>
    </message>
    <message>
        <source>&amp;Rate verified</source>
        <translation>អត្រាផ្ទៀងផ្ទាត់ (&amp;R)</translation>
    </message>
    <message>
        <source>Acc&amp;uracy at least</source>
        <translation>ភាពត្រឹមត្រូវយ៉ាងតិច (&amp;U)</translation>
    </message>
    <message>
        <source>An admin sets the sampling (keying batch set-sampling).</source>
        <translation>អ្នកគ្រប់គ្រងកំណត់ការចាប់គំរូ (keying batch set-sampling)។</translation>
    </message>
    <message>
        <source>Setting the sampling of {0}…</source>
        <translation>កំពុងកំណត់ការចាប់គំរូនៃ {0}…</translation>
    </message>
    <message>
        <source>Keying {0} twice in full again…</source>
        <translation>កំពុងកំណត់ {0} ឱ្យបញ្ចូលពីរដងពេញលេញម្ដងទៀត…</translation>
    </message>
    <message numerus="yes">
        <source>Sampling set: {0} % verified for keyers at {1} % or better (seed {2}); %n document(s) drawn now.</source>
        <translation>
            <numerusform>បានកំណត់ការចាប់គំរូ៖ {0} % ផ្ទៀងផ្ទាត់សម្រាប់អ្នកបញ្ចូល {1} % ឬល្អជាង (គ្រាប់ {2}); ឯកសារ %n បានចាប់ឥឡូវ។</numerusform>
            <numerusform>បានកំណត់ការចាប់គំរូ៖ {0} % ផ្ទៀងផ្ទាត់សម្រាប់អ្នកបញ្ចូល {1} % ឬល្អជាង (គ្រាប់ {2}); ឯកសារ %n បានចាប់ឥឡូវ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyed twice in full from now on; documents drawn already keep their draw.</source>
        <translation>បញ្ចូលពីរដងពេញលេញចាប់ពីពេលនេះ; ឯកសារដែលបានចាប់រួចរក្សាការចាប់របស់វា។</translation>
    </message>
    <message>
        <source>It was not sampled.</source>
        <translation>វាមិនត្រូវបានចាប់គំរូទេ។</translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation>មិនបានផ្លាស់ប្ដូរ៖ {0}</translation>
    </message>
    <message>
        <source>right</source>
        <translation>ត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>No mistakes</source>
        <translation>គ្មានកំហុស</translation>
    </message>
    <message>
        <source>Mistakes: %1</source>
        <translation>កំហុស៖ %1</translation>
    </message>
    <message>
        <source>%1 of %2 values right (%3 %)</source>
        <translation>ត្រឹមត្រូវ %1 ក្នុងចំណោម %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1 keystrokes an hour</source>
        <translation>%1 ចុចគ្រាប់ចុចក្នុងមួយម៉ោង</translation>
    </message>
    <message>
        <source>Qualified! You may now key this form live (Ctrl+1).</source>
        <translation>មានលក្ខណៈសម្បត្តិហើយ! ឥឡូវអ្នកអាចបញ្ចូលទម្រង់នេះជាការងារពិត (Ctrl+1)។</translation>
    </message>
    <message>
        <source>You are qualified on this form.</source>
        <translation>អ្នកមានលក្ខណៈសម្បត្តិសម្រាប់ទម្រង់នេះ។</translation>
    </message>
    <message>
        <source>Last %1 of %2 documents: %3 right</source>
        <translation>ឯកសារចុងក្រោយ %1 នៃ %2៖ ត្រឹមត្រូវ %3</translation>
    </message>
    <message>
        <source>to qualify: %1 % at %2 an hour</source>
        <translation>ដើម្បីមានលក្ខណៈសម្បត្តិ៖ %1 % នៅ %2 ក្នុងមួយម៉ោង</translation>
    </message>
    <message>
        <source>Training feedback</source>
        <translation>មតិលើការហ្វឹកហាត់</translation>
    </message>
    <message>
        <source>Training result</source>
        <translation>លទ្ធផលហ្វឹកហាត់</translation>
    </message>
    <message>
        <source>Fields: what you keyed, what was right, why</source>
        <translation>វាល៖ អ្វីដែលអ្នកបានបញ្ចូល អ្វីដែលត្រឹមត្រូវ ហេតុអ្វី</translation>
    </message>
    <message>
        <source>The field on the page</source>
        <translation>វាលនៅលើទំព័រ</translation>
    </message>
    <message>
        <source>Up / Down: the fields · Enter: the next document</source>
        <translation>Up / Down៖ វាលនានា · Enter៖ ឯកសារបន្ទាប់</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No training to do&lt;/h2&gt;&lt;p&gt;You are qualified on every form that asks for it, or no gold document is there to train on. Press Ctrl+1 to key documents.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;គ្មានការហ្វឹកហាត់ត្រូវធ្វើ&lt;/h2&gt;&lt;p&gt;អ្នកមានលក្ខណៈសម្បត្តិសម្រាប់គ្រប់ទម្រង់ដែលតម្រូវ ឬគ្មានឯកសារគំរូសម្រាប់ហ្វឹកហាត់។ ចុច Ctrl+1 ដើម្បីបញ្ចូលឯកសារ។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fetching a training document…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;កំពុងទាញយកឯកសារហ្វឹកហាត់…&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The central database does not answer&lt;/h2&gt;&lt;p&gt;Training needs it. F5 asks again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;មូលដ្ឋានទិន្នន័យកណ្តាលមិនឆ្លើយតប&lt;/h2&gt;&lt;p&gt;ការហ្វឹកហាត់ត្រូវការវា។ ចុច F5 ដើម្បីសួរម្តងទៀត។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>ការហ្វឹកហាត់</translation>
    </message>
    <message>
        <source>Training — a gold document, not live work</source>
        <translation>ការហ្វឹកហាត់ — ឯកសារគំរូ មិនមែនការងារពិត</translation>
    </message>
    <message>
        <source>Training: %1 done</source>
        <translation>ការហ្វឹកហាត់៖ រួច %1</translation>
    </message>
    <message>
        <source>Training: key this document as live work; F12 finishes.</source>
        <translation>ការហ្វឹកហាត់៖ បញ្ចូលឯកសារនេះដូចការងារពិត; F12 បញ្ចប់។</translation>
    </message>
    <message>
        <source>Not saved: %1. F12 tries again.</source>
        <translation>មិនបានរក្សាទុក៖ %1។ F12 សាកល្បងម្តងទៀត។</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>បាច់</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ទំព័រ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>មូលហេតុ</translation>
    </message>
    <message>
        <source>Flagged by</source>
        <translation>សម្គាល់ដោយ</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>អានមិនបាន</translation>
    </message>
    <message>
        <source>wrong document</source>
        <translation>ឯកសារខុស</translation>
    </message>
    <message>
        <source>needs rescan</source>
        <translation>ត្រូវស្កេនម្តងទៀត</translation>
    </message>
    <message>
        <source>returned to keying</source>
        <translation>បានប្រគល់ទៅការបញ្ចូលវិញ</translation>
    </message>
    <message>
        <source>withdrawn for a rescan</source>
        <translation>បានដកចេញដើម្បីស្កេនម្តងទៀត</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>បានបដិសេធ</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>ស្កេនម្តងទៀត</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>បដិសេធ</translation>
    </message>
    <message>
        <source>{0} leaves the batch ({1}). Why?</source>
        <translation>{0} ចេញពីបាច់ ({1})។ ហេតុអ្វី?</translation>
    </message>
    <message>
        <source>Reading the flagged pages…</source>
        <translation>កំពុងអានទំព័របានសម្គាល់…</translation>
    </message>
    <message>
        <source>Flagged pages, oldest first</source>
        <translation>ទំព័រដែលបានដាក់សញ្ញា ចាស់ជាងគេមុន</translation>
    </message>
    <message>
        <source>Flag reason and note</source>
        <translation>មូលហេតុនៃសញ្ញា និងកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Flagged pages message</source>
        <translation>សារនៃទំព័រដែលបានដាក់សញ្ញា</translation>
    </message>
    <message>
        <source>Back to keying</source>
        <translation>ត្រឡប់ទៅការបញ្ចូល</translation>
    </message>
    <message>
        <source>Rescan: the document leaves the batch</source>
        <translation>ស្កេនម្តងទៀត៖ ឯកសារចេញពីបាច់</translation>
    </message>
    <message>
        <source>Reject: the document leaves the batch</source>
        <translation>បដិសេធ៖ ឯកសារចេញពីបាច់</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Flagged pages&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ទំព័របានសម្គាល់&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Read the flagged pages again</source>
        <translation>អានទំព័របានសម្គាល់ម្តងទៀត</translation>
    </message>
    <message>
        <source>The flagged pages could not be read: {0}</source>
        <translation>មិនអាចអានទំព័របានសម្គាល់បានទេ៖ {0}</translation>
    </message>
    <message>
        <source>No flagged page waits.</source>
        <translation>គ្មានទំព័របានសម្គាល់រង់ចាំទេ។</translation>
    </message>
    <message>
        <source>{0}, page {1} of {2}: {3}{4} (flagged by {5})</source>
        <translation>{0} ទំព័រ {1} នៃ {2}៖ {3}{4} (សម្គាល់ដោយ {5})</translation>
    </message>
    <message>
        <source>Select a flagged page first.</source>
        <translation>ជ្រើសរើសទំព័របានសម្គាល់ជាមុនសិន។</translation>
    </message>
    <message>
        <source>Not done: say why the document leaves the batch.</source>
        <translation>មិនបានធ្វើ៖ ប្រាប់ហេតុអ្វីឯកសារចេញពីបាច់។</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translation>មិនបានធ្វើ៖ {0}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>ភាពខុសគ្នា</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>ដល់ណាហើយ</translation>
    </message>
    <message>
        <source>being keyed</source>
        <translation>កំពុងបញ្ចូល</translation>
    </message>
    <message>
        <source>waiting for a pass</source>
        <translation>រង់ចាំការបញ្ចូលមួយទៀត</translation>
    </message>
    <message>
        <source>sent back — third keying</source>
        <translation>បានផ្ញើត្រឡប់ — ការបញ្ចូលលើកទីបី</translation>
    </message>
    <message>
        <source>waits for a supervisor</source>
        <translation>រង់ចាំអ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>final</source>
        <translation>ចុងក្រោយ</translation>
    </message>
    <message>
        <source>page flagged — waits for a supervisor</source>
        <translation>ទំព័របានសម្គាល់ — រង់ចាំអ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>out of the batch</source>
        <translation>ចេញពីបាច់</translation>
    </message>
    <message>
        <source>{0} final</source>
        <translation>ចុងក្រោយ {0}</translation>
    </message>
    <message>
        <source>{0} wait for a supervisor</source>
        <translation>រង់ចាំអ្នកត្រួតពិនិត្យ {0}</translation>
    </message>
    <message>
        <source>{0} still being keyed</source>
        <translation>នៅកំពុងបញ្ចូល {0}</translation>
    </message>
    <message>
        <source>{0} out of the batch</source>
        <translation>ចេញពីបាច់ {0}</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>ការស្កេន (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>The central database refused the import: {0}</source>
        <translation>មូលដ្ឋានទិន្នន័យកណ្ដាលបានបដិសេធការនាំចូល៖ {0}</translation>
    </message>
    <message>
        <source>Batch “{0}” ({1}) imported: {2}, {3} ({4} new page images stored).</source>
        <translation>បាច់ “{0}” ({1}) បាននាំចូល៖ {2}, {3} (រូបភាពទំព័រថ្មី {4} បានរក្សាទុក)។</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>ឯកសារ %n</numerusform>
            <numerusform>ឯកសារ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ទំព័រ</numerusform>
            <numerusform>%n ទំព័រ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n បានរំលង៖</numerusform>
            <numerusform>%n បានរំលង៖</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was skipped.</source>
        <translation>គ្មានឯកសារណាត្រូវបានរំលងទេ។</translation>
    </message>
    <message>
        <source>Import scans as a new batch</source>
        <translation>នាំចូលការស្កេនជាបាច់ថ្មី</translation>
    </message>
    <message>
        <source>Form: a stored form or a form definition file</source>
        <translation>ទម្រង់៖ ទម្រង់ដែលបានរក្សាទុក ឬឯកសារនិយមន័យទម្រង់</translation>
    </message>
    <message>
        <source>name@version, or a .yaml file</source>
        <translation>ឈ្មោះ@កំណែ ឬឯកសារ .yaml</translation>
    </message>
    <message>
        <source>Form fi&amp;le…</source>
        <translation>ឯកសារទម្រង់ (&amp;L)…</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>ឈ្មោះបាច់</translation>
    </message>
    <message>
        <source>Add a file or folder by its path</source>
        <translation>បន្ថែមឯកសារ ឬថតតាមផ្លូវរបស់វា</translation>
    </message>
    <message>
        <source>a file or folder; Enter adds it</source>
        <translation>ឯកសារ ឬថត; Enter បន្ថែមវា</translation>
    </message>
    <message>
        <source>Fil&amp;es…</source>
        <translation>ឯកសារ (&amp;E)…</translation>
    </message>
    <message>
        <source>Browse for files to import</source>
        <translation>រកមើលឯកសារដើម្បីនាំចូល</translation>
    </message>
    <message>
        <source>Fol&amp;der…</source>
        <translation>ថត (&amp;D)…</translation>
    </message>
    <message>
        <source>Browse for a folder to import</source>
        <translation>រកមើលថតដើម្បីនាំចូល</translation>
    </message>
    <message>
        <source>Files and folders to import (Delete removes)</source>
        <translation>ឯកសារ និងថតដែលត្រូវនាំចូល (Delete ដកចេញ)</translation>
    </message>
    <message>
        <source>one document per file</source>
        <translation>ឯកសារមួយក្នុងមួយឯកសារ</translation>
    </message>
    <message>
        <source>Pages per document (0: one document per file)</source>
        <translation>ទំព័រក្នុងមួយឯកសារ (0៖ ឯកសារមួយក្នុងមួយហ្វាយ)</translation>
    </message>
    <message>
        <source>Resolution PDF pages are rasterized at</source>
        <translation>គុណភាពបង្ហាញដែលទំព័រ PDF ត្រូវបានបំប្លែងជារូបភាព</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>ទម្រង់ (&amp;F)៖</translation>
    </message>
    <message>
        <source>Batch &amp;name:</source>
        <translation>ឈ្មោះបាច់ (&amp;N)៖</translation>
    </message>
    <message>
        <source>&amp;Add path:</source>
        <translation>បន្ថែមផ្លូវ (&amp;A)៖</translation>
    </message>
    <message>
        <source>&amp;To import:</source>
        <translation>ដើម្បីនាំចូល (&amp;T)៖</translation>
    </message>
    <message>
        <source>&amp;Pages per document:</source>
        <translation>ទំព័រក្នុងមួយឯកសារ (&amp;P)៖</translation>
    </message>
    <message>
        <source>PDF &amp;resolution:</source>
        <translation>គុណភាព PDF (&amp;R)៖</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>វឌ្ឍនភាពនៃការនាំចូល</translation>
    </message>
    <message>
        <source>Summary of the import</source>
        <translation>សេចក្តីសង្ខេបនៃការនាំចូល</translation>
    </message>
    <message>
        <source>The summary of the import shows here.</source>
        <translation>សេចក្ដីសង្ខេបនៃការនាំចូលបង្ហាញនៅទីនេះ។</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Cancel the import, or close</source>
        <translation>បោះបង់ការនាំចូល ឬបិទ</translation>
    </message>
    <message>
        <source>Form definition</source>
        <translation>និយមន័យទម្រង់</translation>
    </message>
    <message>
        <source>Form definitions (*.yaml *.yml)</source>
        <translation>និយមន័យទម្រង់ (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Scans to import</source>
        <translation>ការស្កេនដែលត្រូវនាំចូល</translation>
    </message>
    <message>
        <source>Choose a form: a stored one, or a form definition file.</source>
        <translation>ជ្រើសទម្រង់៖ ទម្រង់ដែលបានរក្សាទុក ឬឯកសារនិយមន័យទម្រង់។</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>កំពុងអានឯកសារ…</translation>
    </message>
    <message>
        <source>Read {0} ({1} of {2} files).</source>
        <translation>បានអាន {0} ({1} នៃ {2} ឯកសារ)។</translation>
    </message>
    <message>
        <source>Imported: batch “{0}”. Esc closes.</source>
        <translation>បាននាំចូល៖ បាច់ “{0}”។ Esc បិទ។</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation>គ្មានអ្វីត្រូវបាននាំចូលទេ។ {0}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>បានបោះបង់៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>កំពុងបោះបង់…</translation>
    </message>
    <message>
        <source>Your documents: {0}</source>
        <translation>ឯកសាររបស់អ្នក៖ {0}</translation>
    </message>
    <message>
        <source>Documents overview</source>
        <translation>ទិដ្ឋភាពទូទៅនៃឯកសារ</translation>
    </message>
    <message>
        <source>Overview summary</source>
        <translation>សេចក្តីសង្ខេបទិដ្ឋភាពទូទៅ</translation>
    </message>
    <message>
        <source>Show the documents of batch</source>
        <translation>បង្ហាញឯកសារនៃបាច់</translation>
    </message>
    <message>
        <source>Show the documents whose status is</source>
        <translation>បង្ហាញឯកសារដែលស្ថានភាពគឺ</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <source>Ba&amp;tch:</source>
        <translation>បាច់ (&amp;T)៖</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>ស្ថានភាព (&amp;U)៖</translation>
    </message>
    <message>
        <source>Documents and their status</source>
        <translation>ឯកសារ និងស្ថានភាពរបស់វា</translation>
    </message>
    <message>
        <source>Enter opens the document (read only)</source>
        <translation>Enter បើកឯកសារ (អានតែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>Overview keys</source>
        <translation>គ្រាប់ចុចនៃទិដ្ឋភាពទូទៅ</translation>
    </message>
    <message>
        <source>Send back for a third keying</source>
        <translation>ផ្ញើត្រឡប់សម្រាប់ការបញ្ចូលលើកទីបី</translation>
    </message>
    <message>
        <source>Enter opens the document (read only) · Ctrl+B sends a document that waits for a supervisor back for a third keying of its disputed fields</source>
        <translation>Enter បើកឯកសារ (អានតែប៉ុណ្ណោះ) · Ctrl+B ផ្ញើឯកសារដែលរង់ចាំអ្នកត្រួតពិនិត្យត្រឡប់ទៅវិញ សម្រាប់ការបញ្ចូលលើកទីបីនៃវាលដែលមានជម្លោះ</translation>
    </message>
    <message>
        <source>Your documents and their status</source>
        <translation>ឯកសាររបស់អ្នក និងស្ថានភាពរបស់វា</translation>
    </message>
    <message>
        <source>all batches</source>
        <translation>គ្រប់បាច់</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>អ្នកបញ្ចូល</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>អ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>អ្នកគ្រប់គ្រង</translation>
    </message>
    <message>
        <source>keying main window</source>
        <translation>បង្អួចមេរបស់ keying</translation>
    </message>
    <message>
        <source>&amp;Keying</source>
        <translation>បញ្ចូល (&amp;K)</translation>
    </message>
    <message>
        <source>Overview of documents</source>
        <translation>ទិដ្ឋភាពទូទៅនៃឯកសារ</translation>
    </message>
    <message>
        <source>Send and receive now</source>
        <translation>ផ្ញើ និងទទួលឥឡូវ</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ចាកចេញ</translation>
    </message>
    <message>
        <source>Import scans as a new batch…</source>
        <translation>នាំចូលការស្កេនជាបាច់ថ្មី…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ទិដ្ឋភាព (&amp;V)</translation>
    </message>
    <message>
        <source>Key documents (keying station)</source>
        <translation>បញ្ចូលឯកសារ (ស្ថានីយបញ្ចូល)</translation>
    </message>
    <message>
        <source>The overview could not be read from the central database</source>
        <translation>មិនអាចអានទិដ្ឋភាពទូទៅពីមូលដ្ឋានទិន្នន័យកណ្តាលបានទេ</translation>
    </message>
    <message>
        <source>keying — {0} ({1})</source>
        <translation>keying — {0} ({1})</translation>
    </message>
    <message>
        <source>The current row&apos;s cut texts, whole</source>
        <translation>អត្ថបទដែលត្រូវបានកាត់នៃជួរដែលបានជ្រើស ពេញលេញ</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}៖ {1}</translation>
    </message>
    <message>
        <source>Batch: {0}</source>
        <translation>បាច់៖ {0}</translation>
    </message>
    <message>
        <source>Document {0} of {1} ({2})</source>
        <translation>ឯកសារ {0} នៃ {1} ({2})</translation>
    </message>
    <message>
        <source>Pass {0}</source>
        <translation>ការបញ្ចូលលើកទី {0}</translation>
    </message>
    <message>
        <source>Keyed today: {0}</source>
        <translation>បានបញ្ចូលថ្ងៃនេះ៖ {0}</translation>
    </message>
    <message>
        <source>Sync: {0}</source>
        <translation>ការធ្វើសមកាលកម្ម៖ {0}</translation>
    </message>
    <message>
        <source>Not signed out: decisions not saved</source>
        <translation>មិនបានចាកចេញ៖ ការសម្រេចមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <source>Adjudicate discrepancies</source>
        <translation>វិនិច្ឆ័យភាពខុសគ្នា</translation>
    </message>
    <message>
        <source>Flagged pages</source>
        <translation>ទំព័របានសម្គាល់</translation>
    </message>
    <message>
        <source>Tasks held</source>
        <translation>ការងារដែលកំពុងកាន់</translation>
    </message>
    <message>
        <source>Refused items</source>
        <translation>ធាតុដែលត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <source>Train on gold documents</source>
        <translation>ហ្វឹកហាត់លើឯកសារគំរូ</translation>
    </message>
    <message>
        <source>Trainees and qualifications</source>
        <translation>អ្នកហ្វឹកហាត់ និងលក្ខណៈសម្បត្តិ</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>កម្រិត</translation>
    </message>
    <message>
        <source>Trainees: documents, figures, qualified when</source>
        <translation>អ្នកហ្វឹកហាត់៖ ឯកសារ តួលេខ មានលក្ខណៈសម្បត្តិនៅពេលណា</translation>
    </message>
    <message>
        <source>Dashboard of keyer figures</source>
        <translation>ផ្ទាំងតួលេខអ្នកបញ្ចូល</translation>
    </message>
    <message>
        <source>Page flag to confirm</source>
        <translation>សញ្ញាទំព័រដែលត្រូវបញ្ជាក់</translation>
    </message>
    <message>
        <source>&lt;b&gt;Page {0} flagged: {1}.&lt;/b&gt; &lt;b&gt;Enter&lt;/b&gt; sends the document to a supervisor and opens the next one; &lt;b&gt;Ctrl+Z&lt;/b&gt; takes the flag back.</source>
        <translation>&lt;b&gt;ទំព័រ {0} បានសម្គាល់៖ {1}។&lt;/b&gt; &lt;b&gt;Enter&lt;/b&gt; ផ្ញើឯកសារទៅអ្នកត្រួតពិនិត្យ ហើយបើកឯកសារបន្ទាប់; &lt;b&gt;Ctrl+Z&lt;/b&gt; ដកការសម្គាល់វិញ។</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ពេលណា</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>កុំព្យូទ័រ</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>ត្រូវគ្នា</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>តម្លៃថ្មី</translation>
    </message>
    <message>
        <source>skipped a row kept</source>
        <translation>បានរំលងជួរដេកដែលរក្សាទុក</translation>
    </message>
    <message>
        <source>keyed a row left out</source>
        <translation>បានបញ្ចូលជួរដេកដែលទុកចោល</translation>
    </message>
    <message>
        <source>outvoted 2 of 3</source>
        <translation>ចាញ់សំឡេង 2 លើ 3</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>(គ្មានជួរដេក)</translation>
    </message>
    <message>
        <source>(to decide)</source>
        <translation>(ត្រូវសម្រេច)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>How it was decided</source>
        <translation>របៀបដែលវាត្រូវបានសម្រេច</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>ពេលណា (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>អ្នកណា</translation>
    </message>
    <message>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>លើក</translation>
    </message>
    <message>
        <source>Errors are charged to keyers when the final record is written.</source>
        <translation>កំហុសត្រូវបានកត់ទៅអ្នកបញ្ចូល នៅពេលកំណត់ត្រាចុងក្រោយត្រូវបានសរសេរ។</translation>
    </message>
    <message>
        <source>No error charged to a keyer: every pass kept agrees with the final record.</source>
        <translation>គ្មានកំហុសកត់ទៅអ្នកបញ្ចូលទេ៖ គ្រប់លើកដែលរក្សាទុកត្រូវគ្នានឹងកំណត់ត្រាចុងក្រោយ។</translation>
    </message>
    <message>
        <source>Errors charged to keyers: {0} (a pass whose value differs from the final one)</source>
        <translation>កំហុសកត់ទៅអ្នកបញ្ចូល៖ {0} (លើកដែលតម្លៃខុសពីតម្លៃចុងក្រោយ)</translation>
    </message>
    <message>
        <source>Document {0}, read only</source>
        <translation>ឯកសារ {0} (អានតែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>Document and status</source>
        <translation>ឯកសារ និងស្ថានភាព</translation>
    </message>
    <message>
        <source>Values and how each was decided</source>
        <translation>តម្លៃ និងរបៀបដែលតម្លៃនីមួយៗត្រូវបានសម្រេច</translation>
    </message>
    <message>
        <source>History of the document</source>
        <translation>ប្រវត្តិនៃឯកសារ</translation>
    </message>
    <message>
        <source>Errors charged to keyers</source>
        <translation>កំហុសដែលគិតលើអ្នកបញ្ចូល</translation>
    </message>
    <message>
        <source>{0} — {1} (read only)</source>
        <translation>{0} — {1} (អានតែប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>Final values</source>
        <translation>តម្លៃចុងក្រោយ</translation>
    </message>
    <message>
        <source>Values the passes agreed so far</source>
        <translation>តម្លៃដែលលើកទាំងឡាយត្រូវគ្នារហូតមកដល់ពេលនេះ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ប្រវត្តិ</translation>
    </message>
    <message>
        <source>it is no longer stored</source>
        <translation>វាមិនត្រូវបានរក្សាទុកទៀតទេ</translation>
    </message>
    <message>
        <source>The document could not be opened: {0}</source>
        <translation>មិនអាចបើកឯកសារបានទេ៖ {0}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ធាតុ</translation>
    </message>
    <message>
        <source>page flag</source>
        <translation>ការសម្គាល់ទំព័រ</translation>
    </message>
    <message>
        <source>keying</source>
        <translation>ការបញ្ចូល</translation>
    </message>
    <message>
        <source>Items the central database refused</source>
        <translation>ធាតុដែលមូលដ្ឋានទិន្នន័យកណ្ដាលបានបដិសេធ</translation>
    </message>
    <message>
        <source>Keyings and page flags a workstation sent that the central database will never take (the reason says why). Each stays on its PC, kept, and is not sent again. F5 reads them again.</source>
        <translation>ការបញ្ចូល និងការសម្គាល់ទំព័រ ដែលកុំព្យូទ័របានផ្ញើ ហើយមូលដ្ឋានទិន្នន័យកណ្ដាលនឹងមិនទទួលយកឡើយ (ហេតុផលប្រាប់មូលហេតុ)។ នីមួយៗនៅលើកុំព្យូទ័ររបស់វា រក្សាទុក ហើយមិនផ្ញើម្ដងទៀតទេ។ F5 អានម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Refused items, by when, operator, PC and document</source>
        <translation>ធាតុដែលត្រូវបានបដិសេធ តាមពេលវេលា អ្នកបញ្ចូល កុំព្យូទ័រ និងឯកសារ</translation>
    </message>
    <message>
        <source>Refused items message</source>
        <translation>សារនៃធាតុដែលត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <source>Read the refused items again</source>
        <translation>អានធាតុដែលបានបដិសេធម្ដងទៀត</translation>
    </message>
    <message>
        <source>The refused items could not be read: {0}</source>
        <translation>មិនអាចអានធាតុដែលបានបដិសេធបានទេ៖ {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n refused item(s)</source>
        <translation>
            <numerusform>ធាតុដែលបានបដិសេធ %n</numerusform>
            <numerusform>ធាតុដែលបានបដិសេធ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No item has been refused.</source>
        <translation>មិនមានធាតុណាត្រូវបានបដិសេធទេ។</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ការងារ</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>បានយក</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>រយៈពេលកាន់</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>ផុតកំណត់អម្បាញ់មិញ</translation>
    </message>
    <message>
        <source>expired {0} ago</source>
        <translation>ផុតកំណត់ {0} មុន</translation>
    </message>
    <message>
        <source>ends in under a minute</source>
        <translation>បញ្ចប់ក្នុងរយៈពេលតិចជាងមួយនាទី</translation>
    </message>
    <message>
        <source>ends in {0}</source>
        <translation>បញ្ចប់ក្នុងរយៈពេល {0}</translation>
    </message>
    <message>
        <source>{0} ago</source>
        <translation>{0} មុន</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>អម្បាញ់មិញ</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} នាទី</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} ម៉ោង</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} ថ្ងៃ</translation>
    </message>
    <message>
        <source>adjudicate</source>
        <translation>សម្រេច</translation>
    </message>
    <message>
        <source>train</source>
        <translation>ហ្វឹកហាត់</translation>
    </message>
    <message>
        <source>key pass {0}</source>
        <translation>បញ្ចូលលើកទី {0}</translation>
    </message>
    <message>
        <source>Release {0} of {1}, held by {2} on {3}?
Its draft stays on that PC. Reason (optional):</source>
        <translation>ដោះលែង {0} នៃ {1} ដែល {2} កាន់នៅលើ {3} ឬ?
សេចក្ដីព្រាងរបស់វានៅលើកុំព្យូទ័រនោះ។ ហេតុផល (ស្រេចចិត្ត)៖</translation>
    </message>
    <message>
        <source>Release this task</source>
        <translation>ដោះលែងកិច្ចការនេះ</translation>
    </message>
    <message>
        <source>Reading the tasks held…</source>
        <translation>កំពុងអានការងារដែលកំពុងកាន់…</translation>
    </message>
    <message>
        <source>F5 reads them again · Delete releases the selected task</source>
        <translation>F5 អានម្ដងទៀត · Delete ដោះលែងកិច្ចការដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Tasks held, by operator, PC, claim and lease</source>
        <translation>កិច្ចការដែលកំពុងកាន់ តាមអ្នកបញ្ចូល កុំព្យូទ័រ ការទាមទារ និងរយៈពេលជួល</translation>
    </message>
    <message>
        <source>Tasks view message</source>
        <translation>សារនៃទិដ្ឋភាពកិច្ចការ</translation>
    </message>
    <message>
        <source>Read the tasks held again</source>
        <translation>អានកិច្ចការដែលកំពុងកាន់ម្ដងទៀត</translation>
    </message>
    <message>
        <source>Release the selected task</source>
        <translation>ដោះលែងកិច្ចការដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>The tasks held could not be read: {0}</source>
        <translation>មិនអាចអានកិច្ចការដែលកំពុងកាន់បានទេ៖ {0}</translation>
    </message>
    <message>
        <source>{0} tasks held</source>
        <translation>កិច្ចការកំពុងកាន់ {0}</translation>
    </message>
    <message>
        <source>No task is held.</source>
        <translation>គ្មានកិច្ចការណាកំពុងកាន់ទេ។</translation>
    </message>
    <message>
        <source>Select a task to release.</source>
        <translation>ជ្រើសកិច្ចការដែលត្រូវដោះលែង។</translation>
    </message>
    <message>
        <source>Releasing {0} of {1}…</source>
        <translation>កំពុងដោះលែង {0} នៃ {1}…</translation>
    </message>
    <message>
        <source>Not released: {0}</source>
        <translation>មិនបានដោះលែង៖ {0}</translation>
    </message>
    <message>
        <source>Released {0} of {1}: it is back in the queue; the draft stays on {2}.</source>
        <translation>បានដោះលែង {0} នៃ {1}៖ វាត្រឡប់ទៅជួរវិញ; សេចក្ដីព្រាងនៅលើ {2}។</translation>
    </message>
    <message>
        <source>its PC</source>
        <translation>កុំព្យូទ័ររបស់វា</translation>
    </message>
    <message>
        <source>The sign-in failed: {0}</source>
        <translation>ការចូលមិនបានសម្រេច៖ {0}</translation>
    </message>
    <message>
        <source>This is the last field. Press F12 to finish the document.</source>
        <translation>នេះជាវាលចុងក្រោយ។ ចុច F12 ដើម្បីបញ្ចប់ឯកសារ។</translation>
    </message>
    <message>
        <source>{0} The document is not finished: correct this field first (or press F2 / F3).</source>
        <translation>{0} ឯកសារមិនទាន់បញ្ចប់ទេ៖ កែវាលនេះជាមុនសិន (ឬចុច F2 / F3)។</translation>
    </message>
    <message>
        <source>Entry form: {0}</source>
        <translation>ទម្រង់បញ្ចូល៖ {0}</translation>
    </message>
    <message>
        <source>Ctrl+Ins adds a row in a table; this field is not in a table.</source>
        <translation>Ctrl+Ins បន្ថែមជួរក្នុងតារាង; វាលនេះមិននៅក្នុងតារាងទេ។</translation>
    </message>
    <message>
        <source>{0}: at most {1} rows.</source>
        <translation>{0}៖ យ៉ាងច្រើន {1} ជួរ។</translation>
    </message>
    <message>
        <source>no such code — {0}</source>
        <translation>គ្មានលេខកូដនេះទេ — {0}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>មករា</translation>
    </message>
    <message>
        <source>February</source>
        <translation>កុម្ភៈ</translation>
    </message>
    <message>
        <source>March</source>
        <translation>មីនា</translation>
    </message>
    <message>
        <source>April</source>
        <translation>មេសា</translation>
    </message>
    <message>
        <source>May</source>
        <translation>ឧសភា</translation>
    </message>
    <message>
        <source>June</source>
        <translation>មិថុនា</translation>
    </message>
    <message>
        <source>July</source>
        <translation>កក្កដា</translation>
    </message>
    <message>
        <source>August</source>
        <translation>សីហា</translation>
    </message>
    <message>
        <source>September</source>
        <translation>កញ្ញា</translation>
    </message>
    <message>
        <source>October</source>
        <translation>តុលា</translation>
    </message>
    <message>
        <source>November</source>
        <translation>វិច្ឆិកា</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ធ្នូ</translation>
    </message>
    <message>
        <source>{0} is not a month</source>
        <translation>{0} មិនមែនជាខែទេ</translation>
    </message>
    <message>
        <source>there is no month {0}</source>
        <translation>គ្មានខែ {0} ទេ</translation>
    </message>
    <message>
        <source>{0} {1} has no day {2}</source>
        <translation>ខែ{0} ឆ្នាំ {1} គ្មានថ្ងៃទី {2} ទេ</translation>
    </message>
    <message>
        <source>illegible</source>
        <translation>អានមិនបាន</translation>
    </message>
    <message>
        <source>blank on paper</source>
        <translation>ទទេលើក្រដាស</translation>
    </message>
    <message>
        <source>{0}: {1}. Correct it, or press F2 / F3.</source>
        <translation>{0}៖ {1}។ កែវា ឬចុច F2 / F3។</translation>
    </message>
    <message>
        <source>{0}: this value differs from the other keying. Look at the page again and key it once more.</source>
        <translation>{0}៖ តម្លៃនេះខុសពីការបញ្ចូលលើកផ្សេង។ មើលទំព័រម្តងទៀត ហើយបញ្ចូលវាម្តងទៀត។</translation>
    </message>
    <message>
        <source>{0} — recorded; keying goes on.</source>
        <translation>{0} — បានកត់ត្រា; បន្តបញ្ចូល។</translation>
    </message>
    <message>
        <source>{0}: keyed as {1}.</source>
        <translation>{0}៖ បានបញ្ចូលជា {1}។</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}៖ {1}។</translation>
    </message>
    <message>
        <source>{0} is required: key the value, F3 if it is blank on paper, F2 if it cannot be read.</source>
        <translation>{0} ត្រូវតែបញ្ចូល៖ បញ្ចូលតម្លៃ, F3 បើវាទទេលើក្រដាស, F2 បើអានមិនបាន។</translation>
    </message>
    <message>
        <source>{0} failed — correct the fields, or press F12 again to finish as keyed (a supervisor will see the failed checks).</source>
        <translation>{0} មិនឆ្លងកាត់ — កែវាល ឬចុច F12 ម្តងទៀត ដើម្បីបញ្ចប់ដូចដែលបានបញ្ចូល (អ្នកត្រួតពិនិត្យនឹងឃើញការពិនិត្យដែលមិនឆ្លងកាត់)។</translation>
    </message>
    <message>
        <source>Document finished.</source>
        <translation>ឯកសារបានបញ្ចប់។</translation>
    </message>
    <message>
        <source>1 check</source>
        <translation>ការពិនិត្យ 1</translation>
    </message>
    <message>
        <source>{0} checks</source>
        <translation>ការពិនិត្យ {0}</translation>
    </message>
    <message>
        <source>{0}, for example {1}</source>
        <translation>{0} ឧទាហរណ៍ {1}</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>អក្សរធំ</translation>
    </message>
    <message>
        <source>capital letters</source>
        <translation>អក្សរធំ</translation>
    </message>
    <message>
        <source>small letter</source>
        <translation>អក្សរតូច</translation>
    </message>
    <message>
        <source>small letters</source>
        <translation>អក្សរតូច</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>អក្សរ</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>អក្សរ</translation>
    </message>
    <message>
        <source>space</source>
        <translation>ដកឃ្លា</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>ដកឃ្លា</translation>
    </message>
    <message>
        <source>a {0}</source>
        <translation>{0} 1</translation>
    </message>
    <message>
        <source>any character</source>
        <translation>តួអក្សរណាមួយ</translation>
    </message>
    <message>
        <source>any characters</source>
        <translation>តួអក្សរណាមួយ</translation>
    </message>
    <message>
        <source>{0} if written</source>
        <translation>{0} បើមានសរសេរ</translation>
    </message>
    <message>
        <source>any number of {0}</source>
        <translation>{0} ប៉ុន្មានក៏បាន</translation>
    </message>
    <message>
        <source>one or more {0}</source>
        <translation>{0} យ៉ាងតិច 1</translation>
    </message>
    <message>
        <source>at least {0} {1}</source>
        <translation>{1} យ៉ាងតិច {0}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{1} {0}</translation>
    </message>
    <message>
        <source>{0} to {1} {2}</source>
        <translation>{2} ពី {0} ដល់ {1}</translation>
    </message>
    <message>
        <source>too long: at most {0} characters (this is {1})</source>
        <translation>វែងពេក៖ យ៉ាងច្រើន {0} តួអក្សរ (នេះមាន {1})</translation>
    </message>
    <message>
        <source>write it as {0}</source>
        <translation>សរសេរជា {0}</translation>
    </message>
    <message>
        <source>not written as this field asks</source>
        <translation>មិនបានសរសេរដូចដែលវាលនេះតម្រូវ</translation>
    </message>
    <message>
        <source>below the minimum {0}</source>
        <translation>ទាបជាងអប្បបរមា {0}</translation>
    </message>
    <message>
        <source>above the maximum {0}</source>
        <translation>លើសអតិបរមា {0}</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} ឬ {1}</translation>
    </message>
    <message>
        <source>{0}, then {1}</source>
        <translation>{0} បន្ទាប់មក {1}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>not a value of this field</source>
        <translation>មិនមែនជាតម្លៃនៃវាលនេះទេ</translation>
    </message>
    <message>
        <source>Key exactly what is written.</source>
        <translation>បញ្ចូលឱ្យដូចអ្វីដែលសរសេរ។</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>Y (yes) or N (no)</source>
        <translation>Y (បាទ/ចាស) ឬ N (ទេ)</translation>
    </message>
    <message>
        <source>Type the code; its meaning shows beside the field.</source>
        <translation>វាយលេខកូដ; អត្ថន័យរបស់វាបង្ហាញនៅក្បែរវាល។</translation>
    </message>
    <message>
        <source>one of the codes {0}</source>
        <translation>លេខកូដមួយក្នុងចំណោម {0}</translation>
    </message>
    <message>
        <source>a date as {0}</source>
        <translation>កាលបរិច្ឆេទជាទម្រង់ {0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>A date as {0}.</source>
        <translation>កាលបរិច្ឆេទជាទម្រង់ {0}។</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <source>A number; a decimal point, no currency sign.</source>
        <translation>លេខ; ប្រើចំណុចទសភាគ គ្មានសញ្ញារូបិយប័ណ្ណ។</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ចំនួនគត់</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>ចំនួនគត់។</translation>
    </message>
    <message>
        <source>One row per written line; each cell as its column says.</source>
        <translation>មួយជួរសម្រាប់បន្ទាត់សរសេរនីមួយៗ; ក្រឡានីមួយៗតាមជួរឈររបស់វា។</translation>
    </message>
    <message>
        <source>a time as HH:MM, 24-hour, for example 14:30</source>
        <translation>ម៉ោងជាទម្រង់ HH:MM ២៤ម៉ោង ឧទាហរណ៍ 14:30</translation>
    </message>
    <message>
        <source>A time as HH:MM, 24-hour (14:30).</source>
        <translation>ម៉ោងជាទម្រង់ HH:MM ២៤ម៉ោង (14:30)។</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> និង {0} ទៀត</translation>
    </message>
    <message>
        <source>Not saved yet — the central database does not answer ({0}). Kept here and sent again every {1} s (F5: now): {2}{3}.</source>
        <translation>មិនទាន់រក្សាទុក — មូលដ្ឋានទិន្នន័យកណ្តាលមិនឆ្លើយតប ({0})។ រក្សាទុកនៅទីនេះ ហើយផ្ញើម្តងទៀតរៀងរាល់ {1} វិនាទី (F5៖ ឥឡូវ)៖ {2}{3}។</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>មិនទាន់មានចម្លើយ</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) not saved yet — the central database does not answer ({0}): {1}{2}.</source>
        <translation>
            <numerusform>ការសម្រេច %n មិនទាន់រក្សាទុក — មូលដ្ឋានទិន្នន័យកណ្តាលមិនឆ្លើយតប ({0})៖ {1}{2}។</numerusform>
            <numerusform>ការសម្រេច %n មិនទាន់រក្សាទុក — មូលដ្ឋានទិន្នន័យកណ្តាលមិនឆ្លើយតប ({0})៖ {1}{2}។</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out now would lose them, so you stay signed in. They are kept on screen and sent again every 5 seconds (F5: now). Sign out once they are saved, or take them back with Ctrl+Z if you mean to drop them.</source>
        <translation>ការចាកចេញឥឡូវនឹងបាត់បង់ពួកវា ដូច្នេះអ្នកនៅតែចូល។ ពួកវាត្រូវបានរក្សានៅលើអេក្រង់ ហើយផ្ញើម្តងទៀតរៀងរាល់ 5 វិនាទី (F5៖ ឥឡូវ)។ ចាកចេញពេលពួកវាត្រូវបានរក្សាទុក ឬដកពួកវាវិញដោយ Ctrl+Z បើអ្នកចង់បោះបង់។</translation>
    </message>
    <message>
        <source>new value &apos;{0}&apos;</source>
        <translation>តម្លៃថ្មី &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>តម្លៃថ្មី៖</translation>
    </message>
    <message>
        <source>Illegible — reason (optional), Enter decides:</source>
        <translation>អានមិនបាន — ហេតុផល (ស្រេចចិត្ត), Enter សម្រេច៖</translation>
    </message>
    <message>
        <source>Read from the page</source>
        <translation>អានពីទំព័រ</translation>
    </message>
    <message>
        <source>Both passes misread the page</source>
        <translation>ការបញ្ចូលទាំងពីរអានទំព័រខុស</translation>
    </message>
    <message>
        <source>Smudged or damaged on the page</source>
        <translation>ប្រឡាក់ ឬខូចលើទំព័រ</translation>
    </message>
    <message>
        <source>Written over or crossed out</source>
        <translation>សរសេរជាន់ ឬឆូតចោល</translation>
    </message>
    <message>
        <source>Outside the field&apos;s zone</source>
        <translation>នៅក្រៅតំបន់នៃវាល</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ផ្សេងៗ</translation>
    </message>
    <message>
        <source>Send back?</source>
        <translation>ផ្ញើត្រឡប់ទៅវិញ?</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>តម្លៃថ្មី</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(គ្មានហេតុផល)</translation>
    </message>
    <message>
        <source>Reason, in your words</source>
        <translation>មូលហេតុ ជាពាក្យរបស់អ្នក</translation>
    </message>
    <message>
        <source>reason in your words (optional)</source>
        <translation>ហេតុផលតាមពាក្យរបស់អ្នក (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Why the value is refused</source>
        <translation>ហេតុអ្វីបានជាតម្លៃត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <source>Send {0} back for a third keying of {1}, by an operator who keyed neither pass? It cannot be undone. Enter sends it, Esc goes back.</source>
        <translation>ផ្ញើ {0} ត្រឡប់សម្រាប់ការបញ្ចូលលើកទីបីនៃ {1} ដោយអ្នកបញ្ចូលដែលមិនបានបញ្ចូលលើកណាមួយ? មិនអាចមិនធ្វើវិញបានទេ។ Enter ផ្ញើ, Esc ត្រឡប់។</translation>
    </message>
    <message>
        <source>Reading the refused items…</source>
        <translation>កំពុងអានធាតុដែលត្រូវបានបដិសេធ…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>final record written</source>
        <translation>បានសរសេរកំណត់ត្រាចុងក្រោយ</translation>
    </message>
    <message>
        <source>a page was flagged</source>
        <translation>ទំព័រមួយត្រូវបានសម្គាល់</translation>
    </message>
    <message>
        <source>1 discrepancy to decide</source>
        <translation>ភាពខុសគ្នា 1 ត្រូវសម្រេច</translation>
    </message>
    <message>
        <source>{0} discrepancies to decide</source>
        <translation>ភាពខុសគ្នា {0} ត្រូវសម្រេច</translation>
    </message>
    <message>
        <source>pass 3 of the fields sent back is being keyed</source>
        <translation>កំពុងបញ្ចូលលើកទី 3 នៃវាលដែលបានផ្ញើត្រឡប់</translation>
    </message>
    <message>
        <source>pass {0} in, waiting for pass {1}</source>
        <translation>លើកទី {0} បានមកដល់ កំពុងរង់ចាំលើកទី {1}</translation>
    </message>
    <message>
        <source>no pass in yet</source>
        <translation>មិនទាន់មានលើកណាមកដល់ទេ</translation>
    </message>
    <message>
        <source>no values yet: the passes are still being compared</source>
        <translation>មិនទាន់មានតម្លៃទេ៖ លើកទាំងឡាយកំពុងត្រូវបានប្រៀបធៀប</translation>
    </message>
    <message>
        <source>values are shown once the document is final (keying is blind)</source>
        <translation>តម្លៃបង្ហាញនៅពេលឯកសារចុងក្រោយ (ការបញ្ចូលគឺមិនឃើញគ្នា)</translation>
    </message>
    <message>
        <source>account disabled — {0} kept — tell your supervisor</source>
        <translation>គណនីត្រូវបានបិទ — រក្សាទុក {0} — ប្រាប់អ្នកគ្រប់គ្រងរបស់អ្នក</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>បានធ្វើសមកាលកម្ម</translation>
    </message>
    <message>
        <source>{0} to send</source>
        <translation>{0} ត្រូវផ្ញើ</translation>
    </message>
    <message>
        <source>offline — {0} waiting</source>
        <translation>គ្មានអ៊ីនធឺណិត — {0} កំពុងរង់ចាំ</translation>
    </message>
    <message>
        <source>{0} — {1} refused</source>
        <translation>{0} — {1} ត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <source>Decide minor flags in bulk</source>
        <translation>សម្រេចសញ្ញាតិចតួចជាដុំ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decide 1 minor flag of {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;សម្រេចសញ្ញាតិចតួច 1 នៃ {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decide {0} minor flags of {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;សម្រេចសញ្ញាតិចតួច {0} នៃ {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} — the same content written differently ({1}). Each is stored as a decision of its own (reason “bulk: minor”); Ctrl+Z right after takes them all back.</source>
        <translation>{0} — ខ្លឹមសារដូចគ្នាសរសេរខុសគ្នា ({1})។ នីមួយៗត្រូវបានរក្សាទុកជាការសម្រេចដាច់ដោយឡែក (ហេតុផល “bulk: minor”); Ctrl+Z ភ្លាមៗបន្ទាប់ ដកវាទាំងអស់វិញ។</translation>
    </message>
    <message>
        <source>The minor flags to decide</source>
        <translation>សញ្ញាតិចតួចដែលត្រូវសម្រេច</translation>
    </message>
    <message>
        <source>{0}’s form for all ({0})</source>
        <translation>ទម្រង់របស់ {0} សម្រាប់ទាំងអស់ ({0})</translation>
    </message>
    <message>
        <source>{0}&apos;s form for all</source>
        <translation>ទម្រង់របស់ {0} សម្រាប់ទាំងអស់</translation>
    </message>
    <message>
        <source>All keyers</source>
        <translation>អ្នកបញ្ចូលទាំងអស់</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>ល្បឿនការងារ</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>ភាពត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>hot spots</source>
        <translation>ចំណុចកំហុសច្រើន</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>វឌ្ឍនភាព</translation>
    </message>
    <message>
        <source>sampling</source>
        <translation>ការចាប់គំរូ</translation>
    </message>
    <message>
        <source>T&amp;hroughput</source>
        <translation>ល្បឿនការងារ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Accuracy trend</source>
        <translation>និន្នាការភាពត្រឹមត្រូវ (&amp;A)</translation>
    </message>
    <message>
        <source>Error hot &amp;spots</source>
        <translation>ចំណុចកំហុសច្រើន (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>វឌ្ឍនភាព (&amp;P)</translation>
    </message>
    <message>
        <source>Sa&amp;mpling</source>
        <translation>ការចាប់គំរូ (&amp;M)</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>នាំចេញតួលេខ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ណាមួយ</translation>
    </message>
    <message>
        <source>From day (any: no limit)</source>
        <translation>ពីថ្ងៃ (ណាមួយ៖ គ្មានដែនកំណត់)</translation>
    </message>
    <message>
        <source>To day (any: no limit)</source>
        <translation>ដល់ថ្ងៃ (ណាមួយ៖ គ្មានដែនកំណត់)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <source>Export the figures of this tab to CSV</source>
        <translation>នាំចេញតួលេខនៃផ្ទាំងនេះជា CSV</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>បាច់ (&amp;B)</translation>
    </message>
    <message>
        <source>Ke&amp;yer</source>
        <translation>អ្នកបញ្ចូល (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ពី (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>ដល់ (&amp;T)</translation>
    </message>
    <message>
        <source>Batch summary</source>
        <translation>សេចក្តីសង្ខេបបាច់</translation>
    </message>
    <message>
        <source>Keystrokes per hour, per keyer</source>
        <translation>ចុចគ្រាប់ចុចក្នុងមួយម៉ោង តាមអ្នកបញ្ចូល</translation>
    </message>
    <message>
        <source>Errors per 1,000 fields, per keyer and day</source>
        <translation>កំហុសក្នុង 1,000 វាល តាមអ្នកបញ្ចូល និងថ្ងៃ</translation>
    </message>
    <message>
        <source>Errors per 1,000 passes: the ten worst fields</source>
        <translation>កំហុសក្នុង 1,000 លើក៖ វាលអាក្រក់បំផុតដប់</translation>
    </message>
    <message>
        <source>Documents by stage</source>
        <translation>ឯកសារតាមដំណាក់កាល</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ផ្ទាំងព័ត៌មាន</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>តួលេខផ្ទាំងព័ត៌មាន</translation>
    </message>
    <message>
        <source>{0} (table)</source>
        <translation>{0} (តារាង)</translation>
    </message>
    <message>
        <source>Dashboard message</source>
        <translation>សារផ្ទាំងព័ត៌មាន</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>អានតួលេខម្ដងទៀត</translation>
    </message>
    <message>
        <source>Reading the batches…</source>
        <translation>កំពុងអានបាច់…</translation>
    </message>
    <message>
        <source>The batches could not be read: {0}</source>
        <translation>មិនអាចអានបាច់បានទេ៖ {0}</translation>
    </message>
    <message>
        <source>There is no batch yet.</source>
        <translation>មិនទាន់មានបាច់ទេ។</translation>
    </message>
    <message>
        <source>The first day is after the last: nothing to show.</source>
        <translation>ថ្ងៃដំបូងនៅក្រោយថ្ងៃចុងក្រោយ៖ គ្មានអ្វីបង្ហាញទេ។</translation>
    </message>
    <message>
        <source>Reading the figures of {0}…</source>
        <translation>កំពុងអានតួលេខនៃ {0}…</translation>
    </message>
    <message>
        <source>The figures could not be read: {0}</source>
        <translation>មិនអាចអានតួលេខបានទេ៖ {0}</translation>
    </message>
    <message>
        <source>{0} (form {1}): {2} documents, {3} final; {4} discrepancies in {5} fields ({6} %); residual error at most {7} per 1,000 fields</source>
        <translation>{0} (ទម្រង់ {1})៖ ឯកសារ {2}, ចុងក្រោយ {3}; ភាពខុសគ្នា {4} ក្នុង {5} វាល ({6} %); កំហុសនៅសល់យ៉ាងច្រើន {7} ក្នុង 1,000 វាល</translation>
    </message>
    <message>
        <source>1 keyer</source>
        <translation>អ្នកបញ្ចូល 1</translation>
    </message>
    <message>
        <source>{0} keyers</source>
        <translation>អ្នកបញ្ចូល {0}</translation>
    </message>
    <message>
        <source>no keying</source>
        <translation>គ្មានការបញ្ចូល</translation>
    </message>
    <message>
        <source>{0} {1} · F5 reads again · hot spots and progress are the whole batch&apos;s</source>
        <translation>{0} {1} · F5 អានម្ដងទៀត · ចំណុចកំហុសច្រើន និងវឌ្ឍនភាព គឺនៃបាច់ទាំងមូល</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>ការចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>today</source>
        <translation>ថ្ងៃនេះ</translation>
    </message>
    <message>
        <source>from {0} to {1} by {2}</source>
        <translation>ពី {0} ដល់ {1} ដោយ {2}</translation>
    </message>
    <message>
        <source>from {0} to {1}</source>
        <translation>ពី {0} ដល់ {1}</translation>
    </message>
    <message>
        <source>No figures to export yet.</source>
        <translation>មិនទាន់មានតួលេខសម្រាប់នាំចេញទេ។</translation>
    </message>
    <message>
        <source>Not exported: cannot write {0}: {1}</source>
        <translation>មិនបាននាំចេញ៖ មិនអាចសរសេរ {0}៖ {1}</translation>
    </message>
    <message>
        <source>Exported the {0} figures to {1}</source>
        <translation>បាននាំចេញតួលេខ {0} ទៅ {1}</translation>
    </message>
    <message>
        <source>(nothing keyed)</source>
        <translation>(គ្មានអ្វីបញ្ចូល)</translation>
    </message>
    <message>
        <source>characters substituted</source>
        <translation>តួអក្សរត្រូវបានជំនួស</translation>
    </message>
    <message>
        <source>two characters swapped</source>
        <translation>តួអក្សរពីរប្ដូរកន្លែង</translation>
    </message>
    <message>
        <source>characters added in B</source>
        <translation>តួអក្សរបន្ថែមក្នុង B</translation>
    </message>
    <message>
        <source>characters missing in B</source>
        <translation>តួអក្សរបាត់ក្នុង B</translation>
    </message>
    <message>
        <source>the same words in another order</source>
        <translation>ពាក្យដូចគ្នាតាមលំដាប់ផ្សេង</translation>
    </message>
    <message>
        <source>different values</source>
        <translation>តម្លៃខុសគ្នា</translation>
    </message>
    <message>
        <source>one pass keyed nothing</source>
        <translation>លើកមួយមិនបានបញ្ចូលអ្វីទេ</translation>
    </message>
    <message>
        <source>a row only A keyed</source>
        <translation>ជួរដេកដែលតែ A បានបញ្ចូល</translation>
    </message>
    <message>
        <source>a row only B keyed</source>
        <translation>ជួរដេកដែលតែ B បានបញ្ចូល</translation>
    </message>
    <message>
        <source>one pass marked it illegible</source>
        <translation>លើកមួយបានសម្គាល់ថាអានមិនបាន</translation>
    </message>
    <message>
        <source>only one of three passes keyed a value</source>
        <translation>មានតែមួយក្នុងបីលើកបានបញ្ចូលតម្លៃ</translation>
    </message>
    <message>
        <source>required, and no pass keyed it</source>
        <translation>ចាំបាច់ ហើយគ្មានលើកណាបានបញ្ចូល</translation>
    </message>
    <message>
        <source>letter case only</source>
        <translation>តែអក្សរធំ/តូចប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>spacing or punctuation between words</source>
        <translation>ដកឃ្លា ឬវណ្ណយុត្តិរវាងពាក្យ</translation>
    </message>
    <message>
        <source>the separator between names</source>
        <translation>សញ្ញាបំបែករវាងឈ្មោះ</translation>
    </message>
    <message>
        <source>a word and its abbreviation</source>
        <translation>ពាក្យមួយ និងអក្សរកាត់របស់វា</translation>
    </message>
    <message>
        <source>a no-value word against nothing</source>
        <translation>ពាក្យ «គ្មានតម្លៃ» ទល់នឹងគ្មានអ្វី</translation>
    </message>
    <message>
        <source>include this row</source>
        <translation>បញ្ចូលជួរដេកនេះ</translation>
    </message>
    <message>
        <source>leave the row out</source>
        <translation>ទុកជួរដេកចោល</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>ភាពខុសគ្នា</translation>
    </message>
    <message>
        <source>Document and progress</source>
        <translation>ឯកសារ និងវឌ្ឍនភាព</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>សេចក្តីណែនាំ</translation>
    </message>
    <message>
        <source>Kind and explanation</source>
        <translation>ប្រភេទ និងការពន្យល់</translation>
    </message>
    <message>
        <source>the same content written differently</source>
        <translation>ខ្លឹមសារដូចគ្នាសរសេរខុសគ្នា</translation>
    </message>
    <message>
        <source>{0} (minor: {1})</source>
        <translation>{0} (តិចតួច៖ {1})</translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>នៅលើទំព័រ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ការសម្រេច</translation>
    </message>
    <message>
        <source>A / B: take that value</source>
        <translation>A / B៖ យកតម្លៃនោះ</translation>
    </message>
    <message>
        <source>Ctrl+B: send back</source>
        <translation>Ctrl+B៖ ផ្ញើត្រឡប់</translation>
    </message>
    <message>
        <source>Ctrl+M: minor flags only</source>
        <translation>Ctrl+M៖ តែសញ្ញាតិចតួច</translation>
    </message>
    <message>
        <source>F or Esc: back to one discrepancy at a time</source>
        <translation>F ឬ Esc៖ ត្រឡប់ទៅភាពខុសគ្នាម្ដងមួយ</translation>
    </message>
    <message>
        <source>minor: {0}</source>
        <translation>តិចតួច៖ {0}</translation>
    </message>
    <message>
        <source>the field on the page</source>
        <translation>វាលនៅលើទំព័រ</translation>
    </message>
    <message>
        <source>Same field across the batch: {0}</source>
        <translation>វាលដដែលនៅទូទាំងបាច់៖ {0}</translation>
    </message>
    <message>
        <source>Same field</source>
        <translation>វាលដដែល</translation>
    </message>
    <message>
        <source>{0} in every document of the batch</source>
        <translation>{0} នៅក្នុងឯកសារនីមួយៗនៃបាច់</translation>
    </message>
    <message>
        <source>minor flags only (Ctrl+M: all)</source>
        <translation>តែសញ្ញាតិចតួច (Ctrl+M៖ ទាំងអស់)</translation>
    </message>
    <message>
        <source>{0} of them minor</source>
        <translation>ក្នុងនោះ {0} តិចតួច</translation>
    </message>
    <message>
        <source>{0} across the batch: {1} open of {2}, {3}</source>
        <translation>{0} ទូទាំងបាច់៖ {1} បើកនៃ {2}, {3}</translation>
    </message>
    <message>
        <source>{0} — fetching…</source>
        <translation>{0} — កំពុងទាញយក…</translation>
    </message>
    <message>
        <source>No open minor flags of {0}.</source>
        <translation>គ្មានសញ្ញាតិចតួចបើកនៃ {0} ទេ។</translation>
    </message>
    <message>
        <source>Nothing decided.</source>
        <translation>គ្មានអ្វីត្រូវបានសម្រេច។</translation>
    </message>
    <message>
        <source>{0} minor flags of {1} ({2}) decided for {3}&apos;s form. Ctrl+Z now takes them all back.</source>
        <translation>សញ្ញាតិចតួច {0} នៃ {1} ({2}) បានសម្រេចតាមទម្រង់របស់ {3}។ Ctrl+Z ឥឡូវដកវាទាំងអស់វិញ។</translation>
    </message>
    <message>
        <source>No document is highlighted.</source>
        <translation>គ្មានឯកសារណាត្រូវបានរំលេចទេ។</translation>
    </message>
    <message>
        <source>Same field: {0}</source>
        <translation>វាលដូចគ្នា៖ {0}</translation>
    </message>
    <message>
        <source>{0} open of {1}</source>
        <translation>{0} បើកនៃ {1}</translation>
    </message>
    <message>
        <source>Wrong login or password, or the account is disabled.</source>
        <translation>ឈ្មោះចូល ឬពាក្យសម្ងាត់ខុស ឬគណនីត្រូវបានបិទ។</translation>
    </message>
    <message>
        <source>This login is locked after {0} wrong passwords: ask an admin to unlock it (keying user unlock).</source>
        <translation>ឈ្មោះចូលនេះត្រូវបានចាក់សោបន្ទាប់ពីពាក្យសម្ងាត់ខុស {0} ដង៖ សុំអ្នកគ្រប់គ្រងដោះសោ (keying user unlock)។</translation>
    </message>
    <message>
        <source>Too many wrong passwords: wait {0} s before trying this login again.</source>
        <translation>ពាក្យសម្ងាត់ខុសច្រើនពេក៖ រង់ចាំ {0} វិនាទី មុនសាកឈ្មោះចូលនេះម្ដងទៀត។</translation>
    </message>
    <message>
        <source>keying cannot start</source>
        <translation>keying មិនអាចចាប់ផ្ដើមបានទេ</translation>
    </message>
    <message>
        <source>keying: work was lost on this PC</source>
        <translation>keying៖ ការងារបានបាត់បង់នៅលើកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source>Loading the page…</source>
        <translation>កំពុងផ្ទុកទំព័រ…</translation>
    </message>
    <message>
        <source>the page&apos;s image is missing</source>
        <translation>រូបភាពទំព័របាត់</translation>
    </message>
    <message>
        <source>The page cannot be shown: {0}.
Decide from the values, or send the document back.</source>
        <translation>មិនអាចបង្ហាញទំព័របានទេ៖ {0}។
សម្រេចតាមតម្លៃ ឬផ្ញើឯកសារត្រឡប់វិញ។</translation>
    </message>
    <message>
        <source> (and {0} more documents)</source>
        <translation> (និងឯកសារ {0} ទៀត)</translation>
    </message>
    <message>
        <source>Passed over, tell your administrator: {0}{1}</source>
        <translation>បានរំលង សូមប្រាប់អ្នកគ្រប់គ្រង៖ {0}{1}</translation>
    </message>
    <message>
        <source>Not sent back: {0}</source>
        <translation>មិនបានផ្ញើត្រឡប់៖ {0}</translation>
    </message>
    <message>
        <source>{0} sent back for a third keying of {1}.</source>
        <translation>{0} បានផ្ញើត្រឡប់សម្រាប់ការបញ្ចូលលើកទីបីនៃ {1}។</translation>
    </message>
    <message>
        <source>Trainees could not be read: {0}</source>
        <translation>មិនអាចអានអ្នកហ្វឹកហាត់បានទេ៖ {0}</translation>
    </message>
    <message>
        <source>{0} (chart; the table beside it has the same numbers)</source>
        <translation>{0} (គំនូសតាង តារាងក្បែរវាមានលេខដូចគ្នា)</translation>
    </message>
    <message>
        <source>Page and form</source>
        <translation>ទំព័រ និងទម្រង់</translation>
    </message>
    <message>
        <source>{0}: column {1}</source>
        <translation>{0}៖ ជួរឈរ {1}</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>ជួរ {0}</translation>
    </message>
    <message>
        <source>{0}, row {1}, {2}</source>
        <translation>{0} ជួរ {1} {2}</translation>
    </message>
    <message>
        <source>Tell your supervisor.</source>
        <translation>ប្រាប់អ្នកត្រួតពិនិត្យរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Make that folder writable for this user, or start keying with KEYING_DATA_DIR set to a writable folder.</source>
        <translation>ធ្វើឱ្យថតនោះអាចសរសេរបានសម្រាប់អ្នកប្រើនេះ ឬចាប់ផ្តើម keying ដោយកំណត់ KEYING_DATA_DIR ទៅថតដែលអាចសរសេរបាន។</translation>
    </message>
    <message>
        <source>The workstation cache {0} could not be used: {1}. It is kept as {2} (nothing was overwritten) and a new, empty cache was started.</source>
        <translation>ឃ្លាំងសម្ងាត់ស្ថានីយ {0} មិនអាចប្រើបានទេ៖ {1}។ វាត្រូវបានរក្សាទុកជា {2} (គ្មានអ្វីត្រូវបានសរសេរជាន់ពីលើ) ហើយឃ្លាំងសម្ងាត់ថ្មីទទេមួយត្រូវបានចាប់ផ្តើម។</translation>
    </message>
    <message>
        <source>The workstation cache {0} was missing; a new, empty one was started.</source>
        <translation>ឃ្លាំងសម្ងាត់ស្ថានីយ {0} បាត់ ឃ្លាំងសម្ងាត់ថ្មីទទេមួយត្រូវបានចាប់ផ្តើម។</translation>
    </message>
    <message>
        <source>The central database could not be reached, so the documents this PC had claimed stay claimed until their leases expire.</source>
        <translation>មិនអាចភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យកណ្តាលបានទេ ដូច្នេះឯកសារដែលកុំព្យូទ័រនេះបានទាមទារ នៅតែត្រូវបានទាមទាររហូតដល់រយៈពេលជួលរបស់វាផុតកំណត់។</translation>
    </message>
    <message>
        <source>Lost with it: what was keyed and not yet sent of {0}. These documents were released and will be keyed again.</source>
        <translation>បាត់ជាមួយវា៖ អ្វីដែលបានបញ្ចូល ហើយមិនទាន់ផ្ញើនៃ {0}។ ឯកសារទាំងនេះត្រូវបានដោះលែង ហើយនឹងត្រូវបញ្ចូលម្តងទៀត។</translation>
    </message>
    <message>
        <source>No document claimed by this PC was lost.</source>
        <translation>គ្មានឯកសារដែលកុំព្យូទ័រនេះបានទាមទារបាត់បង់ទេ។</translation>
    </message>
    <message>
        <source>Free space on that disk, then start keying again.</source>
        <translation>បង្កើនទំហំទំនេរនៅលើថាសនោះ រួចចាប់ផ្តើម keying ម្តងទៀត។</translation>
    </message>
    <message>
        <source>The workstation cache cannot be used: {0}.</source>
        <translation>ឃ្លាំងសម្ងាត់ស្ថានីយមិនអាចប្រើបានទេ៖ {0}។</translation>
    </message>
    <message>
        <source>The data folder {0} cannot be written ({1}): keying keeps its central database {2} there.</source>
        <translation>ថតទិន្នន័យ {0} មិនអាចសរសេរបានទេ ({1})៖ keying រក្សាមូលដ្ឋានទិន្នន័យកណ្តាលរបស់វា {2} នៅទីនោះ។</translation>
    </message>
    <message>
        <source>The central database {0} could not be opened.</source>
        <translation>មិនអាចបើកមូលដ្ឋានទិន្នន័យកណ្តាល {0} បានទេ។</translation>
    </message>
    <message>
        <source>Check that the database server is running and reachable from this PC and that the URL (--database-url or KEYING_DATABASE_URL) is right; then start keying again.</source>
        <translation>ពិនិត្យថាម៉ាស៊ីនមេមូលដ្ឋានទិន្នន័យកំពុងដំណើរការ ហើយអាចភ្ជាប់ពីកុំព្យូទ័រនេះបាន ហើយថា URL (--database-url ឬ KEYING_DATABASE_URL) ត្រឹមត្រូវ រួចចាប់ផ្តើម keying ម្តងទៀត។</translation>
    </message>
</context>
</TS>
