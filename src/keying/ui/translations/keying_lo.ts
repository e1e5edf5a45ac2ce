<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ແມ່ນ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ບໍ່ (&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ນຳໃຊ້</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ຕັ້ງຄືນໃໝ່</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ຖິ້ມ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ລອງໃໝ່</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ບໍ່ສົນໃຈ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ຢຸດ</translation>
    </message>
</context>
<context>
    <name>keying</name>
    <message>
        <source>Entry form</source>
        <translation>ແບບຟອມປ້ອນຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Next field (checks this one)</source>
        <translation>ຊ່ອງຖັດໄປ (ກວດຊ່ອງນີ້)</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>ຊ່ອງກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Previous / next field; in a table the row above / below</source>
        <translation>ຊ່ອງກ່ອນໜ້າ / ຖັດໄປ; ໃນຕາຕະລາງ ແຖວເທິງ / ລຸ່ມ</translation>
    </message>
    <message>
        <source>Illegible: the value cannot be read</source>
        <translation>ອ່ານບໍ່ອອກ: ບໍ່ສາມາດອ່ານຄ່າໄດ້</translation>
    </message>
    <message>
        <source>Blank on paper: nothing is written</source>
        <translation>ຫວ່າງເປົ່າໃນເຈ້ຍ: ບໍ່ມີຫຍັງຂຽນໄວ້</translation>
    </message>
    <message>
        <source>Finish the document (runs the checks)</source>
        <translation>ສຳເລັດເອກະສານ (ກວດສອບ)</translation>
    </message>
    <message>
        <source>Add a table row below</source>
        <translation>ເພີ່ມແຖວຕາຕະລາງຂ້າງລຸ່ມ</translation>
    </message>
    <message>
        <source>Remove this table row</source>
        <translation>ລຶບແຖວຕາຕະລາງນີ້</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No discrepancies wait for you&lt;/h2&gt;&lt;p&gt;Every document you may adjudicate is decided. F5 asks the central database again; F9 shows the overview.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ບໍ່ມີຄວາມແຕກຕ່າງລໍຖ້າທ່ານ&lt;/h2&gt;&lt;p&gt;ເອກະສານທັງໝົດທີ່ທ່ານຕັດສິນໄດ້ ໄດ້ຕັດສິນແລ້ວ. F5 ຖາມຖານຂໍ້ມູນກາງອີກຄັ້ງ; F9 ສະແດງພາບລວມ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fetching discrepancies…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ກຳລັງດຶງຄວາມແຕກຕ່າງ…&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Supervisor station: adjudication</source>
        <translation>ສະຖານີຜູ້ກວດກາ: ການຕັດສິນ</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>ບັນຫາການບັນທຶກ</translation>
    </message>
    <message>
        <source>Page snippet</source>
        <translation>ສ່ວນຂອງໜ້າ</translation>
    </message>
    <message>
        <source>The other row&apos;s snippet</source>
        <translation>ສ່ວນຂອງແຖວອື່ນ</translation>
    </message>
    <message>
        <source>No discrepancies</source>
        <translation>ບໍ່ມີຄວາມແຕກຕ່າງ</translation>
    </message>
    <message>
        <source>{0} minor in the queue</source>
        <translation>{0} ເລັກນ້ອຍໃນຄິວ</translation>
    </message>
    <message>
        <source>Final records written: {0}</source>
        <translation>ບັນທຶກສຸດທ້າຍທີ່ຂຽນແລ້ວ: {0}</translation>
    </message>
    <message>
        <source>Adjudicating {0}: {1} of {2}</source>
        <translation>ກຳລັງຕັດສິນ {0}: {1} ຈາກ {2}</translation>
    </message>
    <message>
        <source>Held: {0} open in {1} documents</source>
        <translation>ຖືຢູ່: {0} ເປີດຢູ່ໃນ {1} ເອກະສານ</translation>
    </message>
    <message>
        <source>{0} ({1} minor first; {2} in the queue)</source>
        <translation>{0} ({1} ເລັກນ້ອຍກ່ອນ; {2} ໃນຄິວ)</translation>
    </message>
    <message>
        <source>{0} ({1} minor; {2} in the queue)</source>
        <translation>{0} ({1} ເລັກນ້ອຍ; {2} ໃນຄິວ)</translation>
    </message>
    <message>
        <source>NOT SAVED: {0} (retrying)</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກ: {0} (ກຳລັງລອງໃໝ່)</translation>
    </message>
    <message>
        <source>Saving {0}</source>
        <translation>ກຳລັງບັນທຶກ {0}</translation>
    </message>
    <message>
        <source>decided next: the row beside it</source>
        <translation>ຕັດສິນຕໍ່ໄປ: ແຖວທີ່ຢູ່ຂ້າງມັນ</translation>
    </message>
    <message>
        <source>{0} · {1} · discrepancy {2} of {3} · {4} documents waiting</source>
        <translation>{0} · {1} · ຄວາມແຕກຕ່າງ {2} ຈາກ {3} · {4} ເອກະສານລໍຖ້າ</translation>
    </message>
    <message>
        <source>{0} · discrepancy {2} of {3} · {4} waiting · {1}</source>
        <translation>{0} · ຄວາມແຕກຕ່າງ {2} ຈາກ {3} · {4} ລໍຖ້າ · {1}</translation>
    </message>
    <message>
        <source>{0} · {2} of {3} · {4} waiting · {1}</source>
        <translation>{0} · {2} ຈາກ {3} · {4} ລໍຖ້າ · {1}</translation>
    </message>
    <message>
        <source>There is no pass C for this discrepancy.</source>
        <translation>ບໍ່ມີຮອບ C ສຳລັບຄວາມແຕກຕ່າງນີ້.</translation>
    </message>
    <message>
        <source>A row is included or left out: A or B.</source>
        <translation>ແຖວຖືກລວມ ຫຼື ປະໄວ້: A ຫຼື B.</translation>
    </message>
    <message>
        <source>Not sent back: {0}.</source>
        <translation>ບໍ່ໄດ້ສົ່ງກັບ: {0}.</translation>
    </message>
    <message>
        <source>Sending {0} back for a third keying…</source>
        <translation>ກຳລັງສົ່ງ {0} ກັບຄືນເພື່ອປ້ອນຄັ້ງທີສາມ…</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>ບໍ່ມີຫຍັງໃຫ້ຍົກເລີກ.</translation>
    </message>
    <message>
        <source>Undone: {0} is open again.</source>
        <translation>ຍົກເລີກແລ້ວ: {0} ເປີດອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>A / B{0}: take that value</source>
        <translation>A / B{0}: ເອົາຄ່ານັ້ນ</translation>
    </message>
    <message>
        <source>N: new value</source>
        <translation>N: ຄ່າໃໝ່</translation>
    </message>
    <message>
        <source>I: illegible</source>
        <translation>I: ອ່ານບໍ່ອອກ</translation>
    </message>
    <message>
        <source>Ctrl+Z: undo</source>
        <translation>Ctrl+Z: ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Ctrl+B: send back for a third keying</source>
        <translation>Ctrl+B: ສົ່ງຄືນເພື່ອປ້ອນຄັ້ງທີສາມ</translation>
    </message>
    <message>
        <source>P: whole page</source>
        <translation>P: ໜ້າທັງໝົດ</translation>
    </message>
    <message>
        <source>F: this field across the batch</source>
        <translation>F: ຊ່ອງນີ້ທົ່ວທັງຊຸດ</translation>
    </message>
    <message>
        <source>M: minor flags in bulk</source>
        <translation>M: ເຄື່ອງໝາຍນ້ອຍເປັນກຸ່ມ</translation>
    </message>
    <message>
        <source>Ctrl+M: minor first</source>
        <translation>Ctrl+M: ນ້ອຍກ່ອນ</translation>
    </message>
    <message>
        <source>F1: keys</source>
        <translation>F1: ປຸ່ມ</translation>
    </message>
    <message>
        <source>F1: every key (A, B, N, I, Ctrl+Z, Ctrl+B, P, F, M, Ctrl+M)</source>
        <translation>F1: ທຸກປຸ່ມ (A, B, N, I, Ctrl+Z, Ctrl+B, P, F, M, Ctrl+M)</translation>
    </message>
    <message>
        <source>Take A&apos;s value (a row: include or leave out as A)</source>
        <translation>ເອົາຄ່າຂອງ A (ແຖວ: ລວມ ຫຼື ຂ້າມຄື A)</translation>
    </message>
    <message>
        <source>Take B&apos;s value (a row: include or leave out as B)</source>
        <translation>ເອົາຄ່າຂອງ B (ແຖວ: ລວມ ຫຼື ຂ້າມຄື B)</translation>
    </message>
    <message>
        <source>Take C&apos;s value (three passes)</source>
        <translation>ເອົາຄ່າຂອງ C (ປ້ອນສາມຄັ້ງ)</translation>
    </message>
    <message>
        <source>Type a new value (checked as keying does; F2/F3 markers allowed)</source>
        <translation>ພິມຄ່າໃໝ່ (ກວດຄືກັບການປ້ອນ; ອະນຸຍາດເຄື່ອງໝາຍ F2/F3)</translation>
    </message>
    <message>
        <source>Illegible (a reason may follow; Enter decides)</source>
        <translation>ອ່ານບໍ່ອອກ (ອາດມີເຫດຜົນຕາມມາ; Enter ຕັດສິນ)</translation>
    </message>
    <message>
        <source>Undo the last decision of this document</source>
        <translation>ຍົກເລີກການຕັດສິນສຸດທ້າຍຂອງເອກະສານນີ້</translation>
    </message>
    <message>
        <source>Send the fields not decided back for a third keying (Enter confirms)</source>
        <translation>ສົ່ງຊ່ອງທີ່ຍັງບໍ່ຕັດສິນຄືນເພື່ອປ້ອນຄັ້ງທີສາມ (Enter ຢືນຢັນ)</translation>
    </message>
    <message>
        <source>Whole page / the field&apos;s zone</source>
        <translation>ໜ້າທັງໝົດ / ເຂດຂອງຊ່ອງ</translation>
    </message>
    <message>
        <source>This field across the batch (same-field mode)</source>
        <translation>ຊ່ອງນີ້ທົ່ວທັງຊຸດ (ໂໝດຊ່ອງດຽວກັນ)</translation>
    </message>
    <message>
        <source>Minor flags of this field and kind in bulk (asks first; the same-field list)</source>
        <translation>ເຄື່ອງໝາຍນ້ອຍຂອງຊ່ອງ ແລະ ປະເພດນີ້ເປັນກຸ່ມ (ຖາມກ່ອນ; ລາຍການຊ່ອງດຽວກັນ)</translation>
    </message>
    <message>
        <source>Minor flags first (the same-field list: minor flags only)</source>
        <translation>ເຄື່ອງໝາຍນ້ອຍກ່ອນ (ລາຍການຊ່ອງດຽວກັນ: ສະເພາະເຄື່ອງໝາຍນ້ອຍ)</translation>
    </message>
    <message>
        <source>Keyboard help (this list)</source>
        <translation>ຄວາມຊ່ວຍເຫຼືອແປ້ນພິມ (ລາຍການນີ້)</translation>
    </message>
    <message>
        <source>{0} — row {1}, {2}</source>
        <translation>{0} — ແຖວ {1}, {2}</translation>
    </message>
    <message>
        <source>Form title</source>
        <translation>ຫົວຂໍ້ແບບຟອມ</translation>
    </message>
    <message>
        <source>Checks that failed</source>
        <translation>ການກວດທີ່ບໍ່ຜ່ານ</translation>
    </message>
    <message>
        <source>Main keys</source>
        <translation>ປຸ່ມຫຼັກ</translation>
    </message>
    <message>
        <source>Field instructions</source>
        <translation>ຄຳແນະນຳຂອງຊ່ອງ</translation>
    </message>
    <message>
        <source>Focused field</source>
        <translation>ຊ່ອງທີ່ກຳລັງເລືອກ</translation>
    </message>
    <message>
        <source>Instructions of the focused field</source>
        <translation>ຄຳແນະນຳຂອງຊ່ອງທີ່ກຳລັງເລືອກ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Label: {0}</source>
        <translation>ປ້າຍ: {0}</translation>
    </message>
    <message>
        <source>Codes of {0}</source>
        <translation>ລະຫັດຂອງ {0}</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>ຊ່ອງ</translation>
    </message>
    <message>
        <source>Fields of the form</source>
        <translation>ຊ່ອງຂອງແບບຟອມ</translation>
    </message>
    <message>
        <source>F1 help  ·  F2 illegible  ·  F3 blank on paper  ·  F12 finish</source>
        <translation>F1 ຊ່ວຍເຫຼືອ  ·  F2 ອ່ານບໍ່ອອກ  ·  F3 ຫວ່າງໃນເຈ້ຍ  ·  F12 ສຳເລັດ</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>Third keying: only the fields sent back are open ({0}).</source>
        <translation>ການປ້ອນຄັ້ງທີສາມ: ເປີດສະເພາະຊ່ອງທີ່ສົ່ງກັບຄືນ ({0}).</translation>
    </message>
    <message>
        <source>The form changes</source>
        <translation>ແບບຟອມປ່ຽນ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Another form: {0}&lt;/b&gt; (batch {1}). Its fields are not those of the last document. &lt;b&gt;Press Enter&lt;/b&gt; to start keying it.</source>
        <translation>&lt;b&gt;ແບບຟອມອື່ນ: {0}&lt;/b&gt; (ຊຸດ {1}). ຊ່ອງຂອງມັນບໍ່ຄືກັບເອກະສານກ່ອນ. &lt;b&gt;ກົດ Enter&lt;/b&gt; ເພື່ອເລີ່ມປ້ອນ.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ໜ້າຕ່າງ</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>ການຊ່ວຍເຫຼືອແປ້ນພິມ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts  —  Esc or F1 closes this list; Up, Down, Page Up and Page Down scroll it</source>
        <translation>ປຸ່ມລັດ  —  Esc ຫຼື F1 ປິດລາຍການນີ້; Up, Down, Page Up ແລະ Page Down ເລື່ອນມັນ</translation>
    </message>
    <message>
        <source>Keyboard help title</source>
        <translation>ຫົວຂໍ້ການຊ່ວຍເຫຼືອແປ້ນພິມ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ປຸ່ມລັດແປ້ນພິມ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ກຸ່ມ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ປຸ່ມ</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>ໜ້າທີ່</translation>
    </message>
    <message>
        <source>Page image</source>
        <translation>ຮູບໜ້າເອກະສານ</translation>
    </message>
    <message>
        <source>Page image area</source>
        <translation>ພື້ນທີ່ຮູບພາບໜ້າ</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>ເລກໜ້າ</translation>
    </message>
    <message>
        <source>Page damaged</source>
        <translation>ໜ້າເສຍຫາຍ</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>ເຕັມໜ້າ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ເຕັມຄວາມກວ້າງ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ຂະຫຍາຍ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ຫຍໍ້</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>ໝຸນ 90° ຕາມເຂັມໂມງ</translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation>ເລື່ອນໄປຊ້າຍ</translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation>ເລື່ອນໄປຂວາ</translation>
    </message>
    <message>
        <source>Pan up</source>
        <translation>ເລື່ອນຂຶ້ນ</translation>
    </message>
    <message>
        <source>Pan down</source>
        <translation>ເລື່ອນລົງ</translation>
    </message>
    <message>
        <source>Brighter</source>
        <translation>ແຈ້ງຂຶ້ນ</translation>
    </message>
    <message>
        <source>Darker</source>
        <translation>ມືດລົງ</translation>
    </message>
    <message>
        <source>More contrast</source>
        <translation>ຄວາມຄົມຊັດຫຼາຍຂຶ້ນ</translation>
    </message>
    <message>
        <source>Less contrast</source>
        <translation>ຄວາມຄົມຊັດໜ້ອຍລົງ</translation>
    </message>
    <message>
        <source>Invert (white on black)</source>
        <translation>ປີ້ນສີ (ຂາວເທິງດຳ)</translation>
    </message>
    <message>
        <source>Reset brightness, contrast and invert</source>
        <translation>ຕັ້ງຄວາມແຈ້ງ, ຄວາມຄົມຊັດ ແລະ ການປີ້ນສີຄືນ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>ໜ້າຖັດໄປ</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>ໜ້າກ່ອນ</translation>
    </message>
    <message>
        <source>Flag this page (unreadable, wrong document, needs rescan)</source>
        <translation>ໝາຍໜ້ານີ້ (ອ່ານບໍ່ອອກ, ເອກະສານຜິດ, ຕ້ອງສະແກນໃໝ່)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>ຂະຫຍາຍ/ຫຍໍ້</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>ເລື່ອນ</translation>
    </message>
    <message>
        <source>drag with the mouse</source>
        <translation>ລາກດ້ວຍເມົາສ໌</translation>
    </message>
    <message>
        <source>&lt;b&gt;Page damaged&lt;/b&gt;: {0}. Key what can be read, or press &lt;b&gt;{1}&lt;/b&gt; to flag the page for a supervisor.</source>
        <translation>&lt;b&gt;ໜ້າເສຍຫາຍ&lt;/b&gt;: {0}. ປ້ອນສິ່ງທີ່ອ່ານໄດ້, ຫຼື ກົດ &lt;b&gt;{1}&lt;/b&gt; ເພື່ອໝາຍໜ້າໃຫ້ຫົວໜ້າ.</translation>
    </message>
    <message>
        <source>Page {0} of {1}   (Ctrl+PgUp / Ctrl+PgDn)</source>
        <translation>ໜ້າ {0} ຈາກ {1}   (Ctrl+PgUp / Ctrl+PgDn)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>Language of the interface:</source>
        <translation>ພາສາຂອງໂປຣແກຣມ:</translation>
    </message>
    <message>
        <source>Zoom the page to the focused field on / off</source>
        <translation>ຂະຫຍາຍໜ້າໄປຫາຊ່ອງທີ່ກຳລັງປ້ອນ ເປີດ / ປິດ</translation>
    </message>
    <message>
        <source>Auto-advance when a field is full on / off</source>
        <translation>ໄປຊ່ອງຖັດໄປອັດຕະໂນມັດເມື່ອຊ່ອງເຕັມ ເປີດ / ປິດ</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>ຕົວອັກສອນໃຫຍ່ຂຶ້ນ</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>ຕົວອັກສອນນ້ອຍລົງ</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>ຂະໜາດຕົວອັກສອນປົກກະຕິ</translation>
    </message>
    <message>
        <source>High-contrast colours on / off</source>
        <translation>ສີຄວາມຄົມຊັດສູງ ເປີດ / ປິດ</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>ພາສາຂອງໂປຣແກຣມ</translation>
    </message>
    <message>
        <source>Text size {0} %.</source>
        <translation>ຂະໜາດຕົວອັກສອນ {0} %.</translation>
    </message>
    <message>
        <source>High-contrast colours on.</source>
        <translation>ສີຄວາມຄົມຊັດສູງ ເປີດ.</translation>
    </message>
    <message>
        <source>High-contrast colours off.</source>
        <translation>ສີຄວາມຄົມຊັດສູງ ປິດ.</translation>
    </message>
    <message>
        <source>Language: {0}.</source>
        <translation>ພາສາ: {0}.</translation>
    </message>
    <message>
        <source>Zoom to the focused field on.</source>
        <translation>ຂະຫຍາຍໄປຫາຊ່ອງທີ່ກຳລັງປ້ອນ ເປີດ.</translation>
    </message>
    <message>
        <source>Zoom to the focused field off.</source>
        <translation>ຂະຫຍາຍໄປຫາຊ່ອງທີ່ກຳລັງປ້ອນ ປິດ.</translation>
    </message>
    <message>
        <source>Auto-advance when a field is full on.</source>
        <translation>ໄປຊ່ອງຖັດໄປອັດຕະໂນມັດ ເປີດ.</translation>
    </message>
    <message>
        <source>Auto-advance when a field is full off.</source>
        <translation>ໄປຊ່ອງຖັດໄປອັດຕະໂນມັດ ປິດ.</translation>
    </message>
    <message>
        <source>keying — sign in</source>
        <translation>keying — ເຂົ້າລະບົບ</translation>
    </message>
    <message>
        <source>Sign in to keying</source>
        <translation>ເຂົ້າລະບົບ keying</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ຊື່ເຂົ້າລະບົບ</translation>
    </message>
    <message>
        <source>your login, e.g. op1</source>
        <translation>ຊື່ເຂົ້າລະບົບຂອງທ່ານ, ເຊັ່ນ op1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>ຂໍ້ຄວາມການເຂົ້າລະບົບ</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>ຊື່ເຂົ້າລະບົບ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>ລະຫັດຜ່ານ (&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ເຂົ້າລະບົບ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ອອກ</translation>
    </message>
    <message>
        <source>Type your login.</source>
        <translation>ພິມຊື່ເຂົ້າລະບົບຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>ກຳລັງເຂົ້າລະບົບ…</translation>
    </message>
    <message>
        <source>Quitting when the central database answers or gives up…</source>
        <translation>ຈະປິດເມື່ອຖານຂໍ້ມູນກາງຕອບ ຫຼື ເຊົາລໍຖ້າ…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No documents to key&lt;/h2&gt;&lt;p&gt;Every document available to you is keyed. Press F9 for the overview, or Ctrl+Shift+Q to sign out.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ບໍ່ມີເອກະສານໃຫ້ປ້ອນ&lt;/h2&gt;&lt;p&gt;ເອກະສານທັງໝົດສຳລັບທ່ານໄດ້ປ້ອນແລ້ວ. ກົດ F9 ເພື່ອເບິ່ງພາບລວມ ຫຼື Ctrl+Shift+Q ເພື່ອອອກຈາກລະບົບ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fetching documents…&lt;/h2&gt;&lt;p&gt;Asking the central database for work.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ກຳລັງດຶງເອກະສານ…&lt;/h2&gt;&lt;p&gt;ກຳລັງຂໍວຽກຈາກຖານຂໍ້ມູນກາງ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No documents here, and the central database does not answer&lt;/h2&gt;&lt;p&gt;Your finished work is kept on this PC. keying asks again every 30 seconds; F5 asks now.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ບໍ່ມີເອກະສານຢູ່ນີ້ ແລະ ຖານຂໍ້ມູນກາງບໍ່ຕອບ&lt;/h2&gt;&lt;p&gt;ວຽກທີ່ສຳເລັດແລ້ວຂອງທ່ານຖືກເກັບໄວ້ໃນຄອມພິວເຕີນີ້. keying ຖາມຄືນທຸກໆ 30 ວິນາທີ; F5 ຖາມດຽວນີ້.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>ອ່ານບໍ່ອອກ</translation>
    </message>
    <message>
        <source>Wrong document</source>
        <translation>ເອກະສານຜິດ</translation>
    </message>
    <message>
        <source>Needs rescan</source>
        <translation>ຕ້ອງສະແກນໃໝ່</translation>
    </message>
    <message>
        <source>Choose a reason with Up / Down, then Enter</source>
        <translation>ເລືອກເຫດຜົນດ້ວຍ Up / Down, ແລ້ວກົດ Enter</translation>
    </message>
    <message>
        <source>Flag this page</source>
        <translation>ໝາຍໜ້ານີ້</translation>
    </message>
    <message>
        <source>Why? (the document goes to a supervisor)</source>
        <translation>ເປັນຫຍັງ? (ເອກະສານຈະໄປຫາຜູ້ກວດກາ)</translation>
    </message>
    <message>
        <source>Operator station</source>
        <translation>ສະຖານີຜູ້ປ້ອນ</translation>
    </message>
    <message>
        <source>No documents to key</source>
        <translation>ບໍ່ມີເອກະສານໃຫ້ປ້ອນ</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>ບັນຫາການບັນທຶກ</translation>
    </message>
    <message>
        <source>Trying again every {0} s.</source>
        <translation>ລອງໃໝ່ທຸກໆ {0} ວິນາທີ.</translation>
    </message>
    <message>
        <source>The document cannot be finished until it is saved.</source>
        <translation>ບໍ່ສາມາດສຳເລັດເອກະສານໄດ້ຈົນກວ່າຈະບັນທຶກ.</translation>
    </message>
    <message>
        <source>The document is not finished: press F12 again later</source>
        <translation>ເອກະສານຍັງບໍ່ສຳເລັດ: ກົດ F12 ອີກຄັ້ງພາຍຫຼັງ</translation>
    </message>
    <message>
        <source>The page is not flagged</source>
        <translation>ໜ້ານີ້ບໍ່ໄດ້ຖືກໝາຍ</translation>
    </message>
    <message>
        <source>The flag is taken back: key the document.</source>
        <translation>ການໝາຍຖືກຖອນຄືນ: ປ້ອນເອກະສານ.</translation>
    </message>
    <message>
        <source>A wrong character</source>
        <translation>ຕົວອັກສອນຜິດໜຶ່ງຕົວ</translation>
    </message>
    <message>
        <source>Two characters swapped</source>
        <translation>ຕົວອັກສອນສອງຕົວສະຫຼັບກັນ</translation>
    </message>
    <message>
        <source>Characters left out</source>
        <translation>ຂາດຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>Characters too many</source>
        <translation>ຕົວອັກສອນເກີນ</translation>
    </message>
    <message>
        <source>Words in another order</source>
        <translation>ຄຳສັບຢູ່ໃນລຳດັບອື່ນ</translation>
    </message>
    <message>
        <source>A different value</source>
        <translation>ຄ່າອື່ນ</translation>
    </message>
    <message>
        <source>Keyed where there is nothing, or nothing keyed</source>
        <translation>ປ້ອນບ່ອນທີ່ບໍ່ມີຫຍັງ ຫຼື ບໍ່ໄດ້ປ້ອນຫຍັງ</translation>
    </message>
    <message>
        <source>A row left out</source>
        <translation>ຂາດແຖວໜຶ່ງ</translation>
    </message>
    <message>
        <source>A row too many</source>
        <translation>ແຖວເກີນໜຶ່ງ</translation>
    </message>
    <message>
        <source>Marked illegible, or not marked</source>
        <translation>ໝາຍວ່າອ່ານບໍ່ອອກ ຫຼື ບໍ່ໄດ້ໝາຍ</translation>
    </message>
    <message>
        <source>Keyer</source>
        <translation>ຜູ້ປ້ອນ</translation>
    </message>
    <message>
        <source>Keystrokes / hour</source>
        <translation>ການກົດປຸ່ມ / ຊົ່ວໂມງ</translation>
    </message>
    <message>
        <source>Fields / hour</source>
        <translation>ຊ່ອງ / ຊົ່ວໂມງ</translation>
    </message>
    <message>
        <source>Seconds / document</source>
        <translation>ວິນາທີ / ເອກະສານ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ເອກະສານ</translation>
    </message>
    <message>
        <source>Hours keyed</source>
        <translation>ຊົ່ວໂມງປ້ອນ</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>ການແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Fields re-entered</source>
        <translation>ຊ່ອງທີ່ປ້ອນຄືນ</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>ການຢຸດພັກ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>ມື້</translation>
    </message>
    <message>
        <source>Errors / 1,000 fields</source>
        <translation>ຂໍ້ຜິດພາດ / 1,000 ຊ່ອງ</translation>
    </message>
    <message>
        <source>95 % low</source>
        <translation>95 % ຕ່ຳ</translation>
    </message>
    <message>
        <source>95 % high</source>
        <translation>95 % ສູງ</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>ຂໍ້ຜິດພາດ</translation>
    </message>
    <message>
        <source>Fields checked</source>
        <translation>ຊ່ອງທີ່ກວດແລ້ວ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ຊ່ອງ</translation>
    </message>
    <message>
        <source>Errors / 1,000 passes</source>
        <translation>ຂໍ້ຜິດພາດ / 1,000 ຮອບ</translation>
    </message>
    <message>
        <source>Discrepancy rate %</source>
        <translation>ອັດຕາຄວາມແຕກຕ່າງ %</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>ເລັກນ້ອຍ</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>ສຳຄັນ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>ສ່ວນ %</translation>
    </message>
    <message>
        <source>Keyed once</source>
        <translation>ປ້ອນເທື່ອດຽວ</translation>
    </message>
    <message>
        <source>Keyed twice</source>
        <translation>ປ້ອນສອງເທື່ອ</translation>
    </message>
    <message>
        <source>Adjudicated</source>
        <translation>ຕັດສິນແລ້ວ</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>ສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>You keyed</source>
        <translation>ທ່ານປ້ອນ</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>A keyer whose measured accuracy on the form reaches the threshold has a document verified by a second pass only when it is drawn at the rate; other keyers, gold documents and keyers measured on too few fields are always verified. A document keyed once is final as pass 1 keyed it. {0}: the rate, {1}: the threshold, {2}: set them (admins), {3}: key twice in full again.</source>
        <translation>ຜູ້ປ້ອນທີ່ຄວາມຖືກຕ້ອງທີ່ວັດໄດ້ໃນແບບຟອມເຖິງເກນ ຈະມີເອກະສານຖືກກວດສອບດ້ວຍຮອບທີສອງ ສະເພາະເມື່ອມັນຖືກສຸ່ມຕາມອັດຕາ; ຜູ້ປ້ອນອື່ນ, ເອກະສານມາດຕະຖານ ແລະ ຜູ້ປ້ອນທີ່ວັດໃນຊ່ອງໜ້ອຍເກີນໄປ ຈະຖືກກວດສອບສະເໝີ. ເອກະສານທີ່ປ້ອນເທື່ອດຽວ ແມ່ນສຸດທ້າຍຕາມທີ່ຮອບທີ 1 ປ້ອນ. {0}: ອັດຕາ, {1}: ເກນ, {2}: ຕັ້ງຄ່າ (ຜູ້ດູແລ), {3}: ປ້ອນສອງເທື່ອເຕັມອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>drawn for verification</source>
        <translation>ສຸ່ມເພື່ອກວດສອບ</translation>
    </message>
    <message>
        <source>not drawn: keyed once, not verified</source>
        <translation>ບໍ່ໄດ້ສຸ່ມ: ປ້ອນເທື່ອດຽວ, ບໍ່ໄດ້ກວດ</translation>
    </message>
    <message>
        <source>keyer&apos;s accuracy below the threshold: verified</source>
        <translation>ຄວາມຖືກຕ້ອງຂອງຜູ້ປ້ອນຕ່ຳກວ່າເກນ: ກວດແລ້ວ</translation>
    </message>
    <message>
        <source>keyer measured on too few fields: verified</source>
        <translation>ຜູ້ປ້ອນວັດໃນຊ່ອງໜ້ອຍເກີນໄປ: ກວດແລ້ວ</translation>
    </message>
    <message>
        <source>gold document: verified</source>
        <translation>ເອກະສານມາດຕະຖານ: ກວດແລ້ວ</translation>
    </message>
    <message>
        <source>pass 2 under way before the draw: verified</source>
        <translation>ຮອບທີ 2 ເລີ່ມກ່ອນການສຸ່ມ: ກວດແລ້ວ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>no: keyed once</source>
        <translation>ບໍ່: ປ້ອນເທື່ອດຽວ</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>ກວດແລ້ວ</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>ການສຸ່ມ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ເປັນຫຍັງ</translation>
    </message>
    <message>
        <source>{0} is keyed twice in full (no verification sampling): residual error at most {1} per 1,000 fields.</source>
        <translation>{0} ຖືກປ້ອນສອງເທື່ອເຕັມ (ບໍ່ມີການສຸ່ມກວດສອບ): ຂໍ້ຜິດພາດທີ່ເຫຼືອຫຼາຍສຸດ {1} ຕໍ່ 1,000 ຊ່ອງ.</translation>
    </message>
    <message>
        <source>{0} was verified by sampling at {1} % (seed {2}); it is keyed twice in full now.</source>
        <translation>{0} ຖືກກວດສອບດ້ວຍການສຸ່ມທີ່ {1} % (ເມັດ {2}); ດຽວນີ້ຖືກປ້ອນສອງເທື່ອເຕັມ.</translation>
    </message>
    <message>
        <source>{0}: keyers at {1} % or better on the form are verified at a rate of {2} % (seed {3}); the others are keyed twice.</source>
        <translation>{0}: ຜູ້ປ້ອນທີ່ {1} % ຫຼື ດີກວ່າໃນແບບຟອມ ຖືກກວດສອບທີ່ອັດຕາ {2} % (ເມັດ {3}); ຄົນອື່ນຖືກປ້ອນສອງເທື່ອ.</translation>
    </message>
    <message>
        <source>{0} {1} of {2} documents drawn were keyed once, not verified; expected errors in them {3} fields ({4} per 1,000), at most {5} with 95 % confidence. Estimated residual error of the whole batch: {6} per 1,000 fields.</source>
        <translation>{0} {1} ຈາກ {2} ເອກະສານທີ່ສຸ່ມ ຖືກປ້ອນເທື່ອດຽວ, ບໍ່ໄດ້ກວດ; ຂໍ້ຜິດພາດທີ່ຄາດໄວ້ {3} ຊ່ອງ ({4} ຕໍ່ 1,000), ຫຼາຍສຸດ {5} ດ້ວຍຄວາມໝັ້ນໃຈ 95 %. ຂໍ້ຜິດພາດທີ່ເຫຼືອໂດຍປະມານຂອງຊຸດທັງໝົດ: {6} ຕໍ່ 1,000 ຊ່ອງ.</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>ການສຸ່ມ</translation>
    </message>
    <message>
        <source>Sampling summary</source>
        <translation>ສະຫຼຸບການສຸ່ມ</translation>
    </message>
    <message>
        <source>Share of documents verified, percent</source>
        <translation>ສ່ວນຂອງເອກະສານທີ່ກວດ, ເປີເຊັນ</translation>
    </message>
    <message>
        <source>Keyer accuracy threshold, percent</source>
        <translation>ເກນຄວາມຖືກຕ້ອງຂອງຜູ້ປ້ອນ, ເປີເຊັນ</translation>
    </message>
    <message>
        <source>S&amp;et sampling</source>
        <translation>ຕັ້ງການສຸ່ມ (&amp;E)</translation>
    </message>
    <message>
        <source>Set this batch&apos;s verification sampling</source>
        <translation>ຕັ້ງການສຸ່ມກວດຂອງຊຸດນີ້</translation>
    </message>
    <message>
        <source>Key t&amp;wice in full</source>
        <translation>ປ້ອນສອງເທື່ອເຕັມ (&amp;W)</translation>
    </message>
    <message>
        <source>Stop sampling: key this batch twice in full</source>
        <translation>ຢຸດການສຸ່ມ: ປ້ອນຊຸດນີ້ສອງເທື່ອເຕັມ</translation>
    </message>
    <message>
        <source>Documents drawn (table)</source>
        <translation>ເອກະສານທີ່ຖືກສຸ່ມ (ຕາຕະລາງ)</translation>
    </message>
    <message>
        <source>&amp;Rate verified</source>
        <translation>ອັດຕາທີ່ກວດ (&amp;R)</translation>
    </message>
    <message>
        <source>Acc&amp;uracy at least</source>
        <translation>ຄວາມຖືກຕ້ອງຢ່າງໜ້ອຍ (&amp;U)</translation>
    </message>
    <message>
        <source>An admin sets the sampling (keying batch set-sampling).</source>
        <translation>ຜູ້ດູແລຕັ້ງການສຸ່ມ (keying batch set-sampling).</translation>
    </message>
    <message>
        <source>Setting the sampling of {0}…</source>
        <translation>ກຳລັງຕັ້ງການສຸ່ມຂອງ {0}…</translation>
    </message>
    <message>
        <source>Keying {0} twice in full again…</source>
        <translation>ກຳລັງໃຫ້ {0} ປ້ອນສອງເທື່ອເຕັມອີກຄັ້ງ…</translation>
    </message>
    <message numerus="yes">
        <source>Sampling set: {0} % verified for keyers at {1} % or better (seed {2}); %n document(s) drawn now.</source>
        <translation>
            <numerusform>ຕັ້ງການສຸ່ມແລ້ວ: {0} % ກວດສຳລັບຜູ້ປ້ອນທີ່ {1} % ຫຼື ດີກວ່າ (ເມັດ {2}); %n ເອກະສານຖືກສຸ່ມດຽວນີ້.</numerusform>
            <numerusform>ຕັ້ງການສຸ່ມແລ້ວ: {0} % ກວດສຳລັບຜູ້ປ້ອນທີ່ {1} % ຫຼື ດີກວ່າ (ເມັດ {2}); %n ເອກະສານຖືກສຸ່ມດຽວນີ້.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyed twice in full from now on; documents drawn already keep their draw.</source>
        <translation>ປ້ອນສອງເທື່ອເຕັມນັບແຕ່ນີ້; ເອກະສານທີ່ສຸ່ມແລ້ວຮັກສາການສຸ່ມຂອງມັນ.</translation>
    </message>
    <message>
        <source>It was not sampled.</source>
        <translation>ມັນບໍ່ໄດ້ຖືກສຸ່ມ.</translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation>ບໍ່ໄດ້ປ່ຽນ: {0}</translation>
    </message>
    <message>
        <source>right</source>
        <translation>ຖືກ</translation>
    </message>
    <message>
        <source>No mistakes</source>
        <translation>ບໍ່ມີຂໍ້ຜິດພາດ</translation>
    </message>
    <message>
        <source>Mistakes: %1</source>
        <translation>ຂໍ້ຜິດພາດ: %1</translation>
    </message>
    <message>
        <source>%1 of %2 values right (%3 %)</source>
        <translation>ຖືກ %1 ຈາກ %2 ຄ່າ (%3 %)</translation>
    </message>
    <message>
        <source>%1 keystrokes an hour</source>
        <translation>%1 ການກົດແປ້ນຕໍ່ຊົ່ວໂມງ</translation>
    </message>
    <message>
        <source>Qualified! You may now key this form live (Ctrl+1).</source>
        <translation>ຜ່ານແລ້ວ! ດຽວນີ້ທ່ານສາມາດປ້ອນແບບຟອມນີ້ເປັນວຽກແທ້ໄດ້ (Ctrl+1).</translation>
    </message>
    <message>
        <source>You are qualified on this form.</source>
        <translation>ທ່ານຜ່ານເກນສຳລັບແບບຟອມນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <source>Last %1 of %2 documents: %3 right</source>
        <translation>ເອກະສານສຸດທ້າຍ %1 ຈາກ %2: ຖືກ %3</translation>
    </message>
    <message>
        <source>to qualify: %1 % at %2 an hour</source>
        <translation>ເພື່ອຜ່ານເກນ: %1 % ທີ່ %2 ຕໍ່ຊົ່ວໂມງ</translation>
    </message>
    <message>
        <source>Training feedback</source>
        <translation>ຄຳຕິຊົມການຝຶກ</translation>
    </message>
    <message>
        <source>Training result</source>
        <translation>ຜົນການຝຶກ</translation>
    </message>
    <message>
        <source>Fields: what you keyed, what was right, why</source>
        <translation>ຊ່ອງ: ສິ່ງທີ່ທ່ານປ້ອນ, ສິ່ງທີ່ຖືກ, ເປັນຫຍັງ</translation>
    </message>
    <message>
        <source>The field on the page</source>
        <translation>ຊ່ອງຢູ່ໃນໜ້າ</translation>
    </message>
    <message>
        <source>Up / Down: the fields · Enter: the next document</source>
        <translation>Up / Down: ຊ່ອງຕ່າງໆ · Enter: ເອກະສານຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No training to do&lt;/h2&gt;&lt;p&gt;You are qualified on every form that asks for it, or no gold document is there to train on. Press Ctrl+1 to key documents.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ບໍ່ມີການຝຶກໃຫ້ເຮັດ&lt;/h2&gt;&lt;p&gt;ທ່ານຜ່ານເກນທຸກແບບຟອມທີ່ຕ້ອງການແລ້ວ ຫຼື ບໍ່ມີເອກະສານຕົວຢ່າງໃຫ້ຝຶກ. ກົດ Ctrl+1 ເພື່ອປ້ອນເອກະສານ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Fetching a training document…&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ກຳລັງດຶງເອກະສານຝຶກ…&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The central database does not answer&lt;/h2&gt;&lt;p&gt;Training needs it. F5 asks again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ຖານຂໍ້ມູນກາງບໍ່ຕອບ&lt;/h2&gt;&lt;p&gt;ການຝຶກຕ້ອງການມັນ. ກົດ F5 ເພື່ອຖາມຄືນ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>ການຝຶກ</translation>
    </message>
    <message>
        <source>Training — a gold document, not live work</source>
        <translation>ການຝຶກ — ເອກະສານຕົວຢ່າງ, ບໍ່ແມ່ນວຽກແທ້</translation>
    </message>
    <message>
        <source>Training: %1 done</source>
        <translation>ການຝຶກ: ແລ້ວ %1</translation>
    </message>
    <message>
        <source>Training: key this document as live work; F12 finishes.</source>
        <translation>ການຝຶກ: ປ້ອນເອກະສານນີ້ຄືວຽກແທ້; F12 ສຳເລັດ.</translation>
    </message>
    <message>
        <source>Not saved: %1. F12 tries again.</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ: %1. F12 ລອງໃໝ່.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>ຊຸດ</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ໜ້າ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <source>Flagged by</source>
        <translation>ໝາຍໂດຍ</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ອ່ານບໍ່ອອກ</translation>
    </message>
    <message>
        <source>wrong document</source>
        <translation>ເອກະສານຜິດ</translation>
    </message>
    <message>
        <source>needs rescan</source>
        <translation>ຕ້ອງສະແກນໃໝ່</translation>
    </message>
    <message>
        <source>returned to keying</source>
        <translation>ສົ່ງຄືນໄປປ້ອນ</translation>
    </message>
    <message>
        <source>withdrawn for a rescan</source>
        <translation>ຖອນອອກເພື່ອສະແກນໃໝ່</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>ສະແກນໃໝ່</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>ປະຕິເສດ</translation>
    </message>
    <message>
        <source>{0} leaves the batch ({1}). Why?</source>
        <translation>{0} ອອກຈາກຊຸດ ({1}). ເປັນຫຍັງ?</translation>
    </message>
    <message>
        <source>Reading the flagged pages…</source>
        <translation>ກຳລັງອ່ານໜ້າທີ່ຖືກໝາຍ…</translation>
    </message>
    <message>
        <source>Flagged pages, oldest first</source>
        <translation>ໜ້າທີ່ໝາຍໄວ້, ເກົ່າສຸດກ່ອນ</translation>
    </message>
    <message>
        <source>Flag reason and note</source>
        <translation>ເຫດຜົນຂອງເຄື່ອງໝາຍ ແລະ ບັນທຶກ</translation>
    </message>
    <message>
        <source>Flagged pages message</source>
        <translation>ຂໍ້ຄວາມຂອງໜ້າທີ່ໝາຍໄວ້</translation>
    </message>
    <message>
        <source>Back to keying</source>
        <translation>ກັບໄປປ້ອນ</translation>
    </message>
    <message>
        <source>Rescan: the document leaves the batch</source>
        <translation>ສະແກນໃໝ່: ເອກະສານອອກຈາກຊຸດ</translation>
    </message>
    <message>
        <source>Reject: the document leaves the batch</source>
        <translation>ປະຕິເສດ: ເອກະສານອອກຈາກຊຸດ</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Flagged pages&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ໜ້າທີ່ຖືກໝາຍ&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Read the flagged pages again</source>
        <translation>ອ່ານໜ້າທີ່ຖືກໝາຍອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>The flagged pages could not be read: {0}</source>
        <translation>ບໍ່ສາມາດອ່ານໜ້າທີ່ຖືກໝາຍໄດ້: {0}</translation>
    </message>
    <message>
        <source>No flagged page waits.</source>
        <translation>ບໍ່ມີໜ້າທີ່ຖືກໝາຍລໍຖ້າ.</translation>
    </message>
    <message>
        <source>{0}, page {1} of {2}: {3}{4} (flagged by {5})</source>
        <translation>{0}, ໜ້າ {1} ຈາກ {2}: {3}{4} (ໝາຍໂດຍ {5})</translation>
    </message>
    <message>
        <source>Select a flagged page first.</source>
        <translation>ເລືອກໜ້າທີ່ຖືກໝາຍກ່ອນ.</translation>
    </message>
    <message>
        <source>Not done: say why the document leaves the batch.</source>
        <translation>ບໍ່ໄດ້ເຮັດ: ບອກວ່າເປັນຫຍັງເອກະສານອອກຈາກຊຸດ.</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translation>ບໍ່ໄດ້ເຮັດ: {0}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ເອກະສານ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>ຄວາມແຕກຕ່າງ</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>ຢູ່ໃສແລ້ວ</translation>
    </message>
    <message>
        <source>being keyed</source>
        <translation>ກຳລັງປ້ອນ</translation>
    </message>
    <message>
        <source>waiting for a pass</source>
        <translation>ລໍຖ້າການປ້ອນອີກຮອບ</translation>
    </message>
    <message>
        <source>sent back — third keying</source>
        <translation>ສົ່ງກັບ — ການປ້ອນຮອບທີສາມ</translation>
    </message>
    <message>
        <source>waits for a supervisor</source>
        <translation>ລໍຖ້າຜູ້ກວດກາ</translation>
    </message>
    <message>
        <source>final</source>
        <translation>ສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>page flagged — waits for a supervisor</source>
        <translation>ໜ້າຖືກໝາຍ — ລໍຖ້າຜູ້ກວດກາ</translation>
    </message>
    <message>
        <source>out of the batch</source>
        <translation>ອອກຈາກຊຸດ</translation>
    </message>
    <message>
        <source>{0} final</source>
        <translation>ສຸດທ້າຍ {0}</translation>
    </message>
    <message>
        <source>{0} wait for a supervisor</source>
        <translation>ລໍຖ້າຜູ້ກວດກາ {0}</translation>
    </message>
    <message>
        <source>{0} still being keyed</source>
        <translation>ຍັງກຳລັງປ້ອນ {0}</translation>
    </message>
    <message>
        <source>{0} out of the batch</source>
        <translation>ອອກຈາກຊຸດ {0}</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>ຮູບສະແກນ (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>The central database refused the import: {0}</source>
        <translation>ຖານຂໍ້ມູນກາງປະຕິເສດການນຳເຂົ້າ: {0}</translation>
    </message>
    <message>
        <source>Batch “{0}” ({1}) imported: {2}, {3} ({4} new page images stored).</source>
        <translation>ຊຸດ “{0}” ({1}) ນຳເຂົ້າແລ້ວ: {2}, {3} (ຮູບໜ້າໃໝ່ {4} ຮູບຖືກເກັບ).</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>ເອກະສານ %n</numerusform>
            <numerusform>ເອກະສານ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ໜ້າ</numerusform>
            <numerusform>%n ໜ້າ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n ຂ້າມໄປ:</numerusform>
            <numerusform>%n ຂ້າມໄປ:</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was skipped.</source>
        <translation>ບໍ່ມີໄຟລ໌ໃດຖືກຂ້າມ.</translation>
    </message>
    <message>
        <source>Import scans as a new batch</source>
        <translation>ນຳເຂົ້າຮູບສະແກນເປັນຊຸດໃໝ່</translation>
    </message>
    <message>
        <source>Form: a stored form or a form definition file</source>
        <translation>ແບບຟອມ: ແບບຟອມທີ່ບັນທຶກໄວ້ ຫຼື ໄຟລ໌ນິຍາມແບບຟອມ</translation>
    </message>
    <message>
        <source>name@version, or a .yaml file</source>
        <translation>ຊື່@ລຸ້ນ, ຫຼື ໄຟລ໌ .yaml</translation>
    </message>
    <message>
        <source>Form fi&amp;le…</source>
        <translation>ໄຟລ໌ແບບຟອມ (&amp;L)…</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>ຊື່ຊຸດ</translation>
    </message>
    <message>
        <source>Add a file or folder by its path</source>
        <translation>ເພີ່ມໄຟລ໌ ຫຼື ໂຟນເດີຕາມເສັ້ນທາງຂອງມັນ</translation>
    </message>
    <message>
        <source>a file or folder; Enter adds it</source>
        <translation>ໄຟລ໌ ຫຼື ໂຟນເດີ; Enter ເພີ່ມມັນ</translation>
    </message>
    <message>
        <source>Fil&amp;es…</source>
        <translation>ໄຟລ໌ (&amp;E)…</translation>
    </message>
    <message>
        <source>Browse for files to import</source>
        <translation>ເລືອກໄຟລ໌ເພື່ອນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Fol&amp;der…</source>
        <translation>ໂຟນເດີ (&amp;D)…</translation>
    </message>
    <message>
        <source>Browse for a folder to import</source>
        <translation>ເລືອກໂຟນເດີເພື່ອນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Files and folders to import (Delete removes)</source>
        <translation>ໄຟລ໌ ແລະ ໂຟນເດີທີ່ຈະນຳເຂົ້າ (Delete ລຶບອອກ)</translation>
    </message>
    <message>
        <source>one document per file</source>
        <translation>ເອກະສານໜຶ່ງຕໍ່ໄຟລ໌</translation>
    </message>
    <message>
        <source>Pages per document (0: one document per file)</source>
        <translation>ໜ້າຕໍ່ເອກະສານ (0: ເອກະສານໜຶ່ງຕໍ່ໄຟລ໌)</translation>
    </message>
    <message>
        <source>Resolution PDF pages are rasterized at</source>
        <translation>ຄວາມລະອຽດທີ່ໜ້າ PDF ຖືກແປງເປັນຮູບ</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>ແບບຟອມ (&amp;F):</translation>
    </message>
    <message>
        <source>Batch &amp;name:</source>
        <translation>ຊື່ຊຸດ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Add path:</source>
        <translation>ເພີ່ມເສັ້ນທາງ (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;To import:</source>
        <translation>ທີ່ຈະນຳເຂົ້າ (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Pages per document:</source>
        <translation>ໜ້າຕໍ່ເອກະສານ (&amp;P):</translation>
    </message>
    <message>
        <source>PDF &amp;resolution:</source>
        <translation>ຄວາມລະອຽດ PDF (&amp;R):</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>ຄວາມຄືບໜ້າຂອງການນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Summary of the import</source>
        <translation>ສະຫຼຸບການນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>The summary of the import shows here.</source>
        <translation>ສະຫຼຸບການນຳເຂົ້າສະແດງຢູ່ນີ້.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Cancel the import, or close</source>
        <translation>ຍົກເລີກການນຳເຂົ້າ ຫຼື ປິດ</translation>
    </message>
    <message>
        <source>Form definition</source>
        <translation>ຄຳນິຍາມແບບຟອມ</translation>
    </message>
    <message>
        <source>Form definitions (*.yaml *.yml)</source>
        <translation>ຄຳນິຍາມແບບຟອມ (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Scans to import</source>
        <translation>ຮູບສະແກນທີ່ຈະນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Choose a form: a stored one, or a form definition file.</source>
        <translation>ເລືອກແບບຟອມ: ອັນທີ່ເກັບໄວ້, ຫຼື ໄຟລ໌ຄຳນິຍາມແບບຟອມ.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>ກຳລັງອ່ານໄຟລ໌…</translation>
    </message>
    <message>
        <source>Read {0} ({1} of {2} files).</source>
        <translation>ອ່ານ {0} ແລ້ວ ({1} ຈາກ {2} ໄຟລ໌).</translation>
    </message>
    <message>
        <source>Imported: batch “{0}”. Esc closes.</source>
        <translation>ນຳເຂົ້າແລ້ວ: ຊຸດ “{0}”. Esc ປິດ.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation>ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ. {0}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>ຍົກເລີກແລ້ວ: ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ກຳລັງຍົກເລີກ…</translation>
    </message>
    <message>
        <source>Your documents: {0}</source>
        <translation>ເອກະສານຂອງທ່ານ: {0}</translation>
    </message>
    <message>
        <source>Documents overview</source>
        <translation>ພາບລວມຂອງເອກະສານ</translation>
    </message>
    <message>
        <source>Overview summary</source>
        <translation>ສະຫຼຸບພາບລວມ</translation>
    </message>
    <message>
        <source>Show the documents of batch</source>
        <translation>ສະແດງເອກະສານຂອງຊຸດ</translation>
    </message>
    <message>
        <source>Show the documents whose status is</source>
        <translation>ສະແດງເອກະສານທີ່ສະຖານະແມ່ນ</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>ທຸກສະຖານະ</translation>
    </message>
    <message>
        <source>Ba&amp;tch:</source>
        <translation>ຊຸດ (&amp;T):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>ສະຖານະ (&amp;U):</translation>
    </message>
    <message>
        <source>Documents and their status</source>
        <translation>ເອກະສານ ແລະ ສະຖານະຂອງມັນ</translation>
    </message>
    <message>
        <source>Enter opens the document (read only)</source>
        <translation>Enter ເປີດເອກະສານ (ອ່ານຢ່າງດຽວ)</translation>
    </message>
    <message>
        <source>Overview keys</source>
        <translation>ປຸ່ມຂອງພາບລວມ</translation>
    </message>
    <message>
        <source>Send back for a third keying</source>
        <translation>ສົ່ງກັບເພື່ອປ້ອນຮອບທີສາມ</translation>
    </message>
    <message>
        <source>Enter opens the document (read only) · Ctrl+B sends a document that waits for a supervisor back for a third keying of its disputed fields</source>
        <translation>Enter ເປີດເອກະສານ (ອ່ານຢ່າງດຽວ) · Ctrl+B ສົ່ງເອກະສານທີ່ລໍຖ້າຜູ້ກວດກາກັບໄປປ້ອນຮອບທີສາມສຳລັບຊ່ອງທີ່ບໍ່ກົງກັນ</translation>
    </message>
    <message>
        <source>Your documents and their status</source>
        <translation>ເອກະສານຂອງທ່ານ ແລະ ສະຖານະ</translation>
    </message>
    <message>
        <source>all batches</source>
        <translation>ທຸກຊຸດ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>ຜູ້ປ້ອນ</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>ຜູ້ກວດກາ</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ຜູ້ບໍລິຫານ</translation>
    </message>
    <message>
        <source>keying main window</source>
        <translation>ໜ້າຕ່າງຫຼັກຂອງ keying</translation>
    </message>
    <message>
        <source>&amp;Keying</source>
        <translation>ປ້ອນຂໍ້ມູນ (&amp;K)</translation>
    </message>
    <message>
        <source>Overview of documents</source>
        <translation>ພາບລວມຂອງເອກະສານ</translation>
    </message>
    <message>
        <source>Send and receive now</source>
        <translation>ສົ່ງ ແລະ ຮັບດຽວນີ້</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ອອກຈາກລະບົບ</translation>
    </message>
    <message>
        <source>Import scans as a new batch…</source>
        <translation>ນຳເຂົ້າການສະແກນເປັນຊຸດໃໝ່…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ມຸມມອງ (&amp;V)</translation>
    </message>
    <message>
        <source>Key documents (keying station)</source>
        <translation>ປ້ອນເອກະສານ (ສະຖານີປ້ອນ)</translation>
    </message>
    <message>
        <source>The overview could not be read from the central database</source>
        <translation>ບໍ່ສາມາດອ່ານພາບລວມຈາກຖານຂໍ້ມູນກາງໄດ້</translation>
    </message>
    <message>
        <source>keying — {0} ({1})</source>
        <translation>keying — {0} ({1})</translation>
    </message>
    <message>
        <source>The current row&apos;s cut texts, whole</source>
        <translation>ຂໍ້ຄວາມທີ່ຖືກຕັດຂອງແຖວທີ່ເລືອກ ແບບເຕັມ</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Batch: {0}</source>
        <translation>ຊຸດ: {0}</translation>
    </message>
    <message>
        <source>Document {0} of {1} ({2})</source>
        <translation>ເອກະສານ {0} ຈາກ {1} ({2})</translation>
    </message>
    <message>
        <source>Pass {0}</source>
        <translation>ຮອບທີ {0}</translation>
    </message>
    <message>
        <source>Keyed today: {0}</source>
        <translation>ປ້ອນມື້ນີ້: {0}</translation>
    </message>
    <message>
        <source>Sync: {0}</source>
        <translation>ການຊິງຄ໌: {0}</translation>
    </message>
    <message>
        <source>Not signed out: decisions not saved</source>
        <translation>ບໍ່ໄດ້ອອກຈາກລະບົບ: ການຕັດສິນຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>Adjudicate discrepancies</source>
        <translation>ຕັດສິນຄວາມແຕກຕ່າງ</translation>
    </message>
    <message>
        <source>Flagged pages</source>
        <translation>ໜ້າທີ່ຖືກໝາຍ</translation>
    </message>
    <message>
        <source>Tasks held</source>
        <translation>ວຽກທີ່ຖືຢູ່</translation>
    </message>
    <message>
        <source>Refused items</source>
        <translation>ລາຍການທີ່ຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <source>Train on gold documents</source>
        <translation>ຝຶກກັບເອກະສານຕົວຢ່າງ</translation>
    </message>
    <message>
        <source>Trainees and qualifications</source>
        <translation>ຜູ້ຝຶກ ແລະ ຄຸນວຸດທິ</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>ເກນ</translation>
    </message>
    <message>
        <source>Trainees: documents, figures, qualified when</source>
        <translation>ຜູ້ຝຶກ: ເອກະສານ, ຕົວເລກ, ຜ່ານເກນເມື່ອໃດ</translation>
    </message>
    <message>
        <source>Dashboard of keyer figures</source>
        <translation>ກະດານຕົວເລກຜູ້ປ້ອນ</translation>
    </message>
    <message>
        <source>Page flag to confirm</source>
        <translation>ເຄື່ອງໝາຍໜ້າທີ່ຕ້ອງຢືນຢັນ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Page {0} flagged: {1}.&lt;/b&gt; &lt;b&gt;Enter&lt;/b&gt; sends the document to a supervisor and opens the next one; &lt;b&gt;Ctrl+Z&lt;/b&gt; takes the flag back.</source>
        <translation>&lt;b&gt;ໜ້າ {0} ຖືກໝາຍ: {1}.&lt;/b&gt; &lt;b&gt;Enter&lt;/b&gt; ສົ່ງເອກະສານໄປຫາຜູ້ກວດກາ ແລະ ເປີດເອກະສານຕໍ່ໄປ; &lt;b&gt;Ctrl+Z&lt;/b&gt; ຖອນການໝາຍຄືນ.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>ຄອມພິວເຕີ</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>ກົງກັນ</translation>
    </message>
    <message>
        <source>new value</source>
        <translation>ຄ່າໃໝ່</translation>
    </message>
    <message>
        <source>skipped a row kept</source>
        <translation>ຂ້າມແຖວທີ່ເກັບໄວ້</translation>
    </message>
    <message>
        <source>keyed a row left out</source>
        <translation>ປ້ອນແຖວທີ່ຖືກປະໄວ້</translation>
    </message>
    <message>
        <source>outvoted 2 of 3</source>
        <translation>ແພ້ສຽງ 2 ຕໍ່ 3</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>(ບໍ່ມີແຖວ)</translation>
    </message>
    <message>
        <source>(to decide)</source>
        <translation>(ຕ້ອງຕັດສິນ)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ຄ່າ</translation>
    </message>
    <message>
        <source>How it was decided</source>
        <translation>ວິທີທີ່ມັນຖືກຕັດສິນ</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>ເວລາ (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ໃຜ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ຫຍັງ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>ຮອບ</translation>
    </message>
    <message>
        <source>Errors are charged to keyers when the final record is written.</source>
        <translation>ຂໍ້ຜິດພາດຖືກນັບໃສ່ຜູ້ປ້ອນ ເມື່ອບັນທຶກສຸດທ້າຍຖືກຂຽນ.</translation>
    </message>
    <message>
        <source>No error charged to a keyer: every pass kept agrees with the final record.</source>
        <translation>ບໍ່ມີຂໍ້ຜິດພາດນັບໃສ່ຜູ້ປ້ອນ: ທຸກຮອບທີ່ເກັບໄວ້ກົງກັບບັນທຶກສຸດທ້າຍ.</translation>
    </message>
    <message>
        <source>Errors charged to keyers: {0} (a pass whose value differs from the final one)</source>
        <translation>ຂໍ້ຜິດພາດທີ່ນັບໃສ່ຜູ້ປ້ອນ: {0} (ຮອບທີ່ຄ່າຕ່າງຈາກຄ່າສຸດທ້າຍ)</translation>
    </message>
    <message>
        <source>Document {0}, read only</source>
        <translation>ເອກະສານ {0}, ອ່ານຢ່າງດຽວ</translation>
    </message>
    <message>
        <source>Document and status</source>
        <translation>ເອກະສານ ແລະ ສະຖານະ</translation>
    </message>
    <message>
        <source>Values and how each was decided</source>
        <translation>ຄ່າ ແລະ ວິທີທີ່ແຕ່ລະຄ່າຖືກຕັດສິນ</translation>
    </message>
    <message>
        <source>History of the document</source>
        <translation>ປະຫວັດຂອງເອກະສານ</translation>
    </message>
    <message>
        <source>Errors charged to keyers</source>
        <translation>ຂໍ້ຜິດພາດທີ່ຄິດໃສ່ຜູ້ປ້ອນ</translation>
    </message>
    <message>
        <source>{0} — {1} (read only)</source>
        <translation>{0} — {1} (ອ່ານຢ່າງດຽວ)</translation>
    </message>
    <message>
        <source>Final values</source>
        <translation>ຄ່າສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>Values the passes agreed so far</source>
        <translation>ຄ່າທີ່ຮອບຕ່າງໆກົງກັນມາຮອດດຽວນີ້</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ປະຫວັດ</translation>
    </message>
    <message>
        <source>it is no longer stored</source>
        <translation>ມັນບໍ່ຖືກເກັບໄວ້ອີກແລ້ວ</translation>
    </message>
    <message>
        <source>The document could not be opened: {0}</source>
        <translation>ເປີດເອກະສານບໍ່ໄດ້: {0}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <source>page flag</source>
        <translation>ການໝາຍໜ້າ</translation>
    </message>
    <message>
        <source>keying</source>
        <translation>ການປ້ອນ</translation>
    </message>
    <message>
        <source>Items the central database refused</source>
        <translation>ລາຍການທີ່ຖານຂໍ້ມູນກາງປະຕິເສດ</translation>
    </message>
    <message>
        <source>Keyings and page flags a workstation sent that the central database will never take (the reason says why). Each stays on its PC, kept, and is not sent again. F5 reads them again.</source>
        <translation>ການປ້ອນ ແລະ ການໝາຍໜ້າ ທີ່ເຄື່ອງສົ່ງມາ ເຊິ່ງຖານຂໍ້ມູນກາງຈະບໍ່ຮັບເລີຍ (ເຫດຜົນບອກວ່າເປັນຫຍັງ). ແຕ່ລະອັນຢູ່ໃນຄອມຂອງມັນ, ເກັບໄວ້, ແລະ ບໍ່ສົ່ງອີກ. F5 ອ່ານຄືນ.</translation>
    </message>
    <message>
        <source>Refused items, by when, operator, PC and document</source>
        <translation>ລາຍການທີ່ຖືກປະຕິເສດ, ຕາມເວລາ, ຜູ້ປ້ອນ, ຄອມພິວເຕີ ແລະ ເອກະສານ</translation>
    </message>
    <message>
        <source>Refused items message</source>
        <translation>ຂໍ້ຄວາມຂອງລາຍການທີ່ຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <source>Read the refused items again</source>
        <translation>ອ່ານລາຍການທີ່ຖືກປະຕິເສດຄືນ</translation>
    </message>
    <message>
        <source>The refused items could not be read: {0}</source>
        <translation>ອ່ານລາຍການທີ່ຖືກປະຕິເສດບໍ່ໄດ້: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n refused item(s)</source>
        <translation>
            <numerusform>ລາຍການທີ່ຖືກປະຕິເສດ %n</numerusform>
            <numerusform>ລາຍການທີ່ຖືກປະຕິເສດ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No item has been refused.</source>
        <translation>ບໍ່ມີລາຍການໃດຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ວຽກ</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>ຮັບເອົາ</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>ໄລຍະຖື</translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>ໝົດອາຍຸຫາກໍ່ນີ້</translation>
    </message>
    <message>
        <source>expired {0} ago</source>
        <translation>ໝົດອາຍຸ {0} ກ່ອນ</translation>
    </message>
    <message>
        <source>ends in under a minute</source>
        <translation>ສິ້ນສຸດໃນບໍ່ຮອດໜຶ່ງນາທີ</translation>
    </message>
    <message>
        <source>ends in {0}</source>
        <translation>ສິ້ນສຸດໃນ {0}</translation>
    </message>
    <message>
        <source>{0} ago</source>
        <translation>{0} ກ່ອນ</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ຫາກໍ່ນີ້</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} ນາທີ</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} ຊົ່ວໂມງ</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} ມື້</translation>
    </message>
    <message>
        <source>adjudicate</source>
        <translation>ຕັດສິນ</translation>
    </message>
    <message>
        <source>train</source>
        <translation>ຝຶກ</translation>
    </message>
    <message>
        <source>key pass {0}</source>
        <translation>ປ້ອນຮອບທີ {0}</translation>
    </message>
    <message>
        <source>Release {0} of {1}, held by {2} on {3}?
Its draft stays on that PC. Reason (optional):</source>
        <translation>ປ່ອຍ {0} ຂອງ {1} ທີ່ {2} ຖືຢູ່ເທິງ {3} ບໍ?
ສະບັບຮ່າງຂອງມັນຢູ່ໃນຄອມນັ້ນ. ເຫດຜົນ (ບໍ່ບັງຄັບ):</translation>
    </message>
    <message>
        <source>Release this task</source>
        <translation>ປ່ອຍວຽກນີ້</translation>
    </message>
    <message>
        <source>Reading the tasks held…</source>
        <translation>ກຳລັງອ່ານວຽກທີ່ຖືໄວ້…</translation>
    </message>
    <message>
        <source>F5 reads them again · Delete releases the selected task</source>
        <translation>F5 ອ່ານຄືນ · Delete ປ່ອຍວຽກທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Tasks held, by operator, PC, claim and lease</source>
        <translation>ວຽກທີ່ຖືໄວ້, ຕາມຜູ້ປ້ອນ, ຄອມພິວເຕີ, ການຈອງ ແລະ ໄລຍະເຊົ່າ</translation>
    </message>
    <message>
        <source>Tasks view message</source>
        <translation>ຂໍ້ຄວາມຂອງມຸມມອງວຽກ</translation>
    </message>
    <message>
        <source>Read the tasks held again</source>
        <translation>ອ່ານວຽກທີ່ຖືຢູ່ຄືນ</translation>
    </message>
    <message>
        <source>Release the selected task</source>
        <translation>ປ່ອຍວຽກທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>The tasks held could not be read: {0}</source>
        <translation>ອ່ານວຽກທີ່ຖືຢູ່ບໍ່ໄດ້: {0}</translation>
    </message>
    <message>
        <source>{0} tasks held</source>
        <translation>ວຽກທີ່ຖືຢູ່ {0}</translation>
    </message>
    <message>
        <source>No task is held.</source>
        <translation>ບໍ່ມີວຽກໃດຖືຢູ່.</translation>
    </message>
    <message>
        <source>Select a task to release.</source>
        <translation>ເລືອກວຽກທີ່ຈະປ່ອຍ.</translation>
    </message>
    <message>
        <source>Releasing {0} of {1}…</source>
        <translation>ກຳລັງປ່ອຍ {0} ຂອງ {1}…</translation>
    </message>
    <message>
        <source>Not released: {0}</source>
        <translation>ບໍ່ໄດ້ປ່ອຍ: {0}</translation>
    </message>
    <message>
        <source>Released {0} of {1}: it is back in the queue; the draft stays on {2}.</source>
        <translation>ປ່ອຍ {0} ຂອງ {1} ແລ້ວ: ມັນກັບຄືນສູ່ຄິວ; ສະບັບຮ່າງຢູ່ໃນ {2}.</translation>
    </message>
    <message>
        <source>its PC</source>
        <translation>ຄອມຂອງມັນ</translation>
    </message>
    <message>
        <source>The sign-in failed: {0}</source>
        <translation>ເຂົ້າລະບົບບໍ່ສຳເລັດ: {0}</translation>
    </message>
    <message>
        <source>This is the last field. Press F12 to finish the document.</source>
        <translation>ນີ້ແມ່ນຊ່ອງສຸດທ້າຍ. ກົດ F12 ເພື່ອສຳເລັດເອກະສານ.</translation>
    </message>
    <message>
        <source>{0} The document is not finished: correct this field first (or press F2 / F3).</source>
        <translation>{0} ເອກະສານຍັງບໍ່ສຳເລັດ: ແກ້ໄຂຊ່ອງນີ້ກ່ອນ (ຫຼື ກົດ F2 / F3).</translation>
    </message>
    <message>
        <source>Entry form: {0}</source>
        <translation>ແບບຟອມປ້ອນ: {0}</translation>
    </message>
    <message>
        <source>Ctrl+Ins adds a row in a table; this field is not in a table.</source>
        <translation>Ctrl+Ins ເພີ່ມແຖວໃນຕາຕະລາງ; ຊ່ອງນີ້ບໍ່ຢູ່ໃນຕາຕະລາງ.</translation>
    </message>
    <message>
        <source>{0}: at most {1} rows.</source>
        <translation>{0}: ບໍ່ເກີນ {1} ແຖວ.</translation>
    </message>
    <message>
        <source>no such code — {0}</source>
        <translation>ບໍ່ມີລະຫັດນີ້ — {0}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>ມັງກອນ</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ກຸມພາ</translation>
    </message>
    <message>
        <source>March</source>
        <translation>ມີນາ</translation>
    </message>
    <message>
        <source>April</source>
        <translation>ເມສາ</translation>
    </message>
    <message>
        <source>May</source>
        <translation>ພຶດສະພາ</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ມິຖຸນາ</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ກໍລະກົດ</translation>
    </message>
    <message>
        <source>August</source>
        <translation>ສິງຫາ</translation>
    </message>
    <message>
        <source>September</source>
        <translation>ກັນຍາ</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ຕຸລາ</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ພະຈິກ</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ທັນວາ</translation>
    </message>
    <message>
        <source>{0} is not a month</source>
        <translation>{0} ບໍ່ແມ່ນເດືອນ</translation>
    </message>
    <message>
        <source>there is no month {0}</source>
        <translation>ບໍ່ມີເດືອນ {0}</translation>
    </message>
    <message>
        <source>{0} {1} has no day {2}</source>
        <translation>ເດືອນ{0} ປີ {1} ບໍ່ມີວັນທີ {2}</translation>
    </message>
    <message>
        <source>illegible</source>
        <translation>ອ່ານບໍ່ອອກ</translation>
    </message>
    <message>
        <source>blank on paper</source>
        <translation>ຫວ່າງເປົ່າໃນເຈ້ຍ</translation>
    </message>
    <message>
        <source>{0}: {1}. Correct it, or press F2 / F3.</source>
        <translation>{0}: {1}. ແກ້ໄຂມັນ ຫຼື ກົດ F2 / F3.</translation>
    </message>
    <message>
        <source>{0}: this value differs from the other keying. Look at the page again and key it once more.</source>
        <translation>{0}: ຄ່ານີ້ແຕກຕ່າງຈາກການປ້ອນອີກຄັ້ງໜຶ່ງ. ເບິ່ງໜ້າເຈ້ຍອີກຄັ້ງ ແລະ ປ້ອນມັນອີກເທື່ອໜຶ່ງ.</translation>
    </message>
    <message>
        <source>{0} — recorded; keying goes on.</source>
        <translation>{0} — ບັນທຶກແລ້ວ; ປ້ອນຕໍ່ໄປ.</translation>
    </message>
    <message>
        <source>{0}: keyed as {1}.</source>
        <translation>{0}: ປ້ອນເປັນ {1}.</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <source>{0} is required: key the value, F3 if it is blank on paper, F2 if it cannot be read.</source>
        <translation>{0} ຕ້ອງປ້ອນ: ປ້ອນຄ່າ, F3 ຖ້າຫວ່າງເປົ່າໃນເຈ້ຍ, F2 ຖ້າອ່ານບໍ່ອອກ.</translation>
    </message>
    <message>
        <source>{0} failed — correct the fields, or press F12 again to finish as keyed (a supervisor will see the failed checks).</source>
        <translation>{0} ບໍ່ຜ່ານ — ແກ້ໄຂຊ່ອງ ຫຼື ກົດ F12 ອີກຄັ້ງ ເພື່ອສຳເລັດຕາມທີ່ປ້ອນ (ຜູ້ກວດກາຈະເຫັນການກວດທີ່ບໍ່ຜ່ານ).</translation>
    </message>
    <message>
        <source>Document finished.</source>
        <translation>ເອກະສານສຳເລັດແລ້ວ.</translation>
    </message>
    <message>
        <source>1 check</source>
        <translation>ການກວດ 1 ອັນ</translation>
    </message>
    <message>
        <source>{0} checks</source>
        <translation>ການກວດ {0} ອັນ</translation>
    </message>
    <message>
        <source>{0}, for example {1}</source>
        <translation>{0}, ຕົວຢ່າງ {1}</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>ຕົວພິມໃຫຍ່</translation>
    </message>
    <message>
        <source>capital letters</source>
        <translation>ຕົວພິມໃຫຍ່</translation>
    </message>
    <message>
        <source>small letter</source>
        <translation>ຕົວພິມນ້ອຍ</translation>
    </message>
    <message>
        <source>small letters</source>
        <translation>ຕົວພິມນ້ອຍ</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>ຕົວເລກ</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>ຕົວເລກ</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>ຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>ຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>space</source>
        <translation>ຍະຫວ່າງ</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>ຍະຫວ່າງ</translation>
    </message>
    <message>
        <source>a {0}</source>
        <translation>{0} 1 ຕົວ</translation>
    </message>
    <message>
        <source>any character</source>
        <translation>ຕົວອັກສອນໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>any characters</source>
        <translation>ຕົວອັກສອນໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>{0} if written</source>
        <translation>{0} ຖ້າມີຂຽນ</translation>
    </message>
    <message>
        <source>any number of {0}</source>
        <translation>{0} ຈັກຕົວກໍໄດ້</translation>
    </message>
    <message>
        <source>one or more {0}</source>
        <translation>{0} ຢ່າງໜ້ອຍ 1 ຕົວ</translation>
    </message>
    <message>
        <source>at least {0} {1}</source>
        <translation>{1} ຢ່າງໜ້ອຍ {0} ຕົວ</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{1} {0} ຕົວ</translation>
    </message>
    <message>
        <source>{0} to {1} {2}</source>
        <translation>{2} {0} ຫາ {1} ຕົວ</translation>
    </message>
    <message>
        <source>too long: at most {0} characters (this is {1})</source>
        <translation>ຍາວເກີນໄປ: ບໍ່ເກີນ {0} ຕົວອັກສອນ (ອັນນີ້ມີ {1})</translation>
    </message>
    <message>
        <source>write it as {0}</source>
        <translation>ຂຽນເປັນ {0}</translation>
    </message>
    <message>
        <source>not written as this field asks</source>
        <translation>ບໍ່ໄດ້ຂຽນຕາມທີ່ຊ່ອງນີ້ຕ້ອງການ</translation>
    </message>
    <message>
        <source>below the minimum {0}</source>
        <translation>ຕ່ຳກວ່າຄ່າຕ່ຳສຸດ {0}</translation>
    </message>
    <message>
        <source>above the maximum {0}</source>
        <translation>ເກີນຄ່າສູງສຸດ {0}</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} ຫຼື {1}</translation>
    </message>
    <message>
        <source>{0}, then {1}</source>
        <translation>{0}, ແລ້ວ {1}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>not a value of this field</source>
        <translation>ບໍ່ແມ່ນຄ່າຂອງຊ່ອງນີ້</translation>
    </message>
    <message>
        <source>Key exactly what is written.</source>
        <translation>ປ້ອນໃຫ້ຄືກັບທີ່ຂຽນໄວ້.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ບໍ່</translation>
    </message>
    <message>
        <source>Y (yes) or N (no)</source>
        <translation>Y (ແມ່ນ) ຫຼື N (ບໍ່)</translation>
    </message>
    <message>
        <source>Type the code; its meaning shows beside the field.</source>
        <translation>ພິມລະຫັດ; ຄວາມໝາຍຂອງມັນຈະສະແດງຢູ່ຂ້າງຊ່ອງ.</translation>
    </message>
    <message>
        <source>one of the codes {0}</source>
        <translation>ລະຫັດໜຶ່ງໃນ {0}</translation>
    </message>
    <message>
        <source>a date as {0}</source>
        <translation>ວັນທີໃນຮູບແບບ {0}</translation>
    </message>
    <message>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <source>A date as {0}.</source>
        <translation>ວັນທີໃນຮູບແບບ {0}.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ຕົວເລກ</translation>
    </message>
    <message>
        <source>A number; a decimal point, no currency sign.</source>
        <translation>ຕົວເລກ; ໃຊ້ຈຸດທົດສະນິຍົມ, ບໍ່ມີເຄື່ອງໝາຍເງິນ.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ຈຳນວນເຕັມ</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>ຈຳນວນເຕັມ.</translation>
    </message>
    <message>
        <source>One row per written line; each cell as its column says.</source>
        <translation>ໜຶ່ງແຖວຕໍ່ແຖວທີ່ຂຽນ; ແຕ່ລະຫ້ອງຕາມຖັນຂອງມັນ.</translation>
    </message>
    <message>
        <source>a time as HH:MM, 24-hour, for example 14:30</source>
        <translation>ເວລາໃນຮູບແບບ HH:MM, 24 ຊົ່ວໂມງ, ຕົວຢ່າງ 14:30</translation>
    </message>
    <message>
        <source>A time as HH:MM, 24-hour (14:30).</source>
        <translation>ເວລາໃນຮູບແບບ HH:MM, 24 ຊົ່ວໂມງ (14:30).</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> ແລະ ອີກ {0}</translation>
    </message>
    <message>
        <source>Not saved yet — the central database does not answer ({0}). Kept here and sent again every {1} s (F5: now): {2}{3}.</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກ — ຖານຂໍ້ມູນກາງບໍ່ຕອບ ({0}). ເກັບໄວ້ທີ່ນີ້ ແລະ ສົ່ງຄືນທຸກໆ {1} ວິນາທີ (F5: ດຽວນີ້): {2}{3}.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ຍັງບໍ່ມີຄຳຕອບ</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) not saved yet — the central database does not answer ({0}): {1}{2}.</source>
        <translation>
            <numerusform>ການຕັດສິນ %n ອັນ ຍັງບໍ່ໄດ້ບັນທຶກ — ຖານຂໍ້ມູນກາງບໍ່ຕອບ ({0}): {1}{2}.</numerusform>
            <numerusform>ການຕັດສິນ %n ອັນ ຍັງບໍ່ໄດ້ບັນທຶກ — ຖານຂໍ້ມູນກາງບໍ່ຕອບ ({0}): {1}{2}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out now would lose them, so you stay signed in. They are kept on screen and sent again every 5 seconds (F5: now). Sign out once they are saved, or take them back with Ctrl+Z if you mean to drop them.</source>
        <translation>ການອອກຈາກລະບົບດຽວນີ້ຈະເຮັດໃຫ້ເສຍພວກມັນ, ສະນັ້ນທ່ານຍັງຢູ່ໃນລະບົບ. ພວກມັນຖືກເກັບໄວ້ໃນໜ້າຈໍ ແລະ ສົ່ງຄືນທຸກໆ 5 ວິນາທີ (F5: ດຽວນີ້). ອອກຈາກລະບົບເມື່ອບັນທຶກແລ້ວ, ຫຼື ຖອນຄືນດ້ວຍ Ctrl+Z ຖ້າທ່ານຢາກຖິ້ມ.</translation>
    </message>
    <message>
        <source>new value &apos;{0}&apos;</source>
        <translation>ຄ່າໃໝ່ &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>ຄ່າໃໝ່:</translation>
    </message>
    <message>
        <source>Illegible — reason (optional), Enter decides:</source>
        <translation>ອ່ານບໍ່ອອກ — ເຫດຜົນ (ບໍ່ບັງຄັບ), Enter ຕັດສິນ:</translation>
    </message>
    <message>
        <source>Read from the page</source>
        <translation>ອ່ານຈາກໜ້າເຈ້ຍ</translation>
    </message>
    <message>
        <source>Both passes misread the page</source>
        <translation>ການປ້ອນທັງສອງອ່ານໜ້າເຈ້ຍຜິດ</translation>
    </message>
    <message>
        <source>Smudged or damaged on the page</source>
        <translation>ເປື້ອນ ຫຼື ເສຍຫາຍໃນໜ້າເຈ້ຍ</translation>
    </message>
    <message>
        <source>Written over or crossed out</source>
        <translation>ຂຽນທັບ ຫຼື ຂີດຂ້າ</translation>
    </message>
    <message>
        <source>Outside the field&apos;s zone</source>
        <translation>ຢູ່ນອກເຂດຂອງຊ່ອງ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <source>Send back?</source>
        <translation>ສົ່ງຄືນບໍ?</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>ຄ່າໃໝ່</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(ບໍ່ມີເຫດຜົນ)</translation>
    </message>
    <message>
        <source>Reason, in your words</source>
        <translation>ເຫດຜົນ, ເປັນຄຳເວົ້າຂອງທ່ານ</translation>
    </message>
    <message>
        <source>reason in your words (optional)</source>
        <translation>ເຫດຜົນຕາມຄຳເວົ້າຂອງທ່ານ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>Why the value is refused</source>
        <translation>ເປັນຫຍັງຄ່ານີ້ຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <source>Send {0} back for a third keying of {1}, by an operator who keyed neither pass? It cannot be undone. Enter sends it, Esc goes back.</source>
        <translation>ສົ່ງ {0} ຄືນເພື່ອປ້ອນຄັ້ງທີສາມຂອງ {1}, ໂດຍຜູ້ປ້ອນທີ່ບໍ່ໄດ້ປ້ອນທັງສອງຄັ້ງ? ບໍ່ສາມາດຍົກເລີກໄດ້. Enter ສົ່ງ, Esc ກັບຄືນ.</translation>
    </message>
    <message>
        <source>Reading the refused items…</source>
        <translation>ກຳລັງອ່ານລາຍການທີ່ຖືກປະຕິເສດ…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>final record written</source>
        <translation>ຂຽນບັນທຶກສຸດທ້າຍແລ້ວ</translation>
    </message>
    <message>
        <source>a page was flagged</source>
        <translation>ມີໜ້າໜຶ່ງຖືກໝາຍ</translation>
    </message>
    <message>
        <source>1 discrepancy to decide</source>
        <translation>ຄວາມແຕກຕ່າງ 1 ທີ່ຕ້ອງຕັດສິນ</translation>
    </message>
    <message>
        <source>{0} discrepancies to decide</source>
        <translation>ຄວາມແຕກຕ່າງ {0} ທີ່ຕ້ອງຕັດສິນ</translation>
    </message>
    <message>
        <source>pass 3 of the fields sent back is being keyed</source>
        <translation>ກຳລັງປ້ອນຮອບທີ 3 ຂອງຊ່ອງທີ່ສົ່ງກັບ</translation>
    </message>
    <message>
        <source>pass {0} in, waiting for pass {1}</source>
        <translation>ຮອບທີ {0} ມາແລ້ວ, ລໍຖ້າຮອບທີ {1}</translation>
    </message>
    <message>
        <source>no pass in yet</source>
        <translation>ຍັງບໍ່ມີຮອບໃດມາ</translation>
    </message>
    <message>
        <source>no values yet: the passes are still being compared</source>
        <translation>ຍັງບໍ່ມີຄ່າ: ຮອບຕ່າງໆຍັງຖືກປຽບທຽບຢູ່</translation>
    </message>
    <message>
        <source>values are shown once the document is final (keying is blind)</source>
        <translation>ຄ່າສະແດງເມື່ອເອກະສານເປັນສຸດທ້າຍ (ການປ້ອນແມ່ນແບບບໍ່ເຫັນກັນ)</translation>
    </message>
    <message>
        <source>account disabled — {0} kept — tell your supervisor</source>
        <translation>ບັນຊີຖືກປິດ — ເກັບໄວ້ {0} — ບອກຫົວໜ້າຂອງທ່ານ</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>ຊິງແລ້ວ</translation>
    </message>
    <message>
        <source>{0} to send</source>
        <translation>{0} ທີ່ຈະສົ່ງ</translation>
    </message>
    <message>
        <source>offline — {0} waiting</source>
        <translation>ອອບລາຍ — {0} ລໍຖ້າ</translation>
    </message>
    <message>
        <source>{0} — {1} refused</source>
        <translation>{0} — {1} ຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <source>Decide minor flags in bulk</source>
        <translation>ຕັດສິນເຄື່ອງໝາຍເລັກນ້ອຍເປັນຊຸດ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decide 1 minor flag of {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຕັດສິນເຄື່ອງໝາຍເລັກນ້ອຍ 1 ຂອງ {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decide {0} minor flags of {1}&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຕັດສິນເຄື່ອງໝາຍເລັກນ້ອຍ {0} ຂອງ {1}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} — the same content written differently ({1}). Each is stored as a decision of its own (reason “bulk: minor”); Ctrl+Z right after takes them all back.</source>
        <translation>{0} — ເນື້ອໃນດຽວກັນຂຽນຕ່າງກັນ ({1}). ແຕ່ລະອັນຖືກບັນທຶກເປັນການຕັດສິນຂອງມັນເອງ (ເຫດຜົນ “bulk: minor”); Ctrl+Z ທັນທີຫຼັງຈາກນັ້ນ ເອົາຄືນທັງໝົດ.</translation>
    </message>
    <message>
        <source>The minor flags to decide</source>
        <translation>ເຄື່ອງໝາຍນ້ອຍທີ່ຕ້ອງຕັດສິນ</translation>
    </message>
    <message>
        <source>{0}’s form for all ({0})</source>
        <translation>ຮູບແບບຂອງ {0} ສຳລັບທັງໝົດ ({0})</translation>
    </message>
    <message>
        <source>{0}&apos;s form for all</source>
        <translation>ແບບຂອງ {0} ສຳລັບທັງໝົດ</translation>
    </message>
    <message>
        <source>All keyers</source>
        <translation>ຜູ້ປ້ອນທັງໝົດ</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>ປະລິມານວຽກ</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>ຄວາມຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>hot spots</source>
        <translation>ຈຸດທີ່ຜິດຫຼາຍ</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>ຄວາມຄືບໜ້າ</translation>
    </message>
    <message>
        <source>sampling</source>
        <translation>ການສຸ່ມ</translation>
    </message>
    <message>
        <source>T&amp;hroughput</source>
        <translation>ປະລິມານວຽກ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Accuracy trend</source>
        <translation>ແນວໂນ້ມຄວາມຖືກຕ້ອງ (&amp;A)</translation>
    </message>
    <message>
        <source>Error hot &amp;spots</source>
        <translation>ຈຸດທີ່ຜິດຫຼາຍ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>ຄວາມຄືບໜ້າ (&amp;P)</translation>
    </message>
    <message>
        <source>Sa&amp;mpling</source>
        <translation>ການສຸ່ມ (&amp;M)</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>ສົ່ງອອກຕົວເລກ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>ໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>From day (any: no limit)</source>
        <translation>ຈາກມື້ (ໃດກໍໄດ້: ບໍ່ຈຳກັດ)</translation>
    </message>
    <message>
        <source>To day (any: no limit)</source>
        <translation>ເຖິງມື້ (ໃດກໍໄດ້: ບໍ່ຈຳກັດ)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ສົ່ງອອກ CSV…</translation>
    </message>
    <message>
        <source>Export the figures of this tab to CSV</source>
        <translation>ສົ່ງອອກຕົວເລກຂອງແຖບນີ້ເປັນ CSV</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>ຊຸດ (&amp;B)</translation>
    </message>
    <message>
        <source>Ke&amp;yer</source>
        <translation>ຜູ້ປ້ອນ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ຈາກ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>ເຖິງ (&amp;T)</translation>
    </message>
    <message>
        <source>Batch summary</source>
        <translation>ສະຫຼຸບຊຸດ</translation>
    </message>
    <message>
        <source>Keystrokes per hour, per keyer</source>
        <translation>ການກົດປຸ່ມຕໍ່ຊົ່ວໂມງ, ຕາມຜູ້ປ້ອນ</translation>
    </message>
    <message>
        <source>Errors per 1,000 fields, per keyer and day</source>
        <translation>ຂໍ້ຜິດພາດຕໍ່ 1,000 ຊ່ອງ, ຕາມຜູ້ປ້ອນ ແລະ ມື້</translation>
    </message>
    <message>
        <source>Errors per 1,000 passes: the ten worst fields</source>
        <translation>ຂໍ້ຜິດພາດຕໍ່ 1,000 ຮອບ: ສິບຊ່ອງທີ່ຮ້າຍສຸດ</translation>
    </message>
    <message>
        <source>Documents by stage</source>
        <translation>ເອກະສານຕາມຂັ້ນຕອນ</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ໜ້າສະຫຼຸບ</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>ຕົວເລກຂອງໜ້າສະຫຼຸບ</translation>
    </message>
    <message>
        <source>{0} (table)</source>
        <translation>{0} (ຕາຕະລາງ)</translation>
    </message>
    <message>
        <source>Dashboard message</source>
        <translation>ຂໍ້ຄວາມຂອງໜ້າສະຫຼຸບ</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>ອ່ານຕົວເລກຄືນ</translation>
    </message>
    <message>
        <source>Reading the batches…</source>
        <translation>ກຳລັງອ່ານຊຸດ…</translation>
    </message>
    <message>
        <source>The batches could not be read: {0}</source>
        <translation>ອ່ານຊຸດບໍ່ໄດ້: {0}</translation>
    </message>
    <message>
        <source>There is no batch yet.</source>
        <translation>ຍັງບໍ່ມີຊຸດ.</translation>
    </message>
    <message>
        <source>The first day is after the last: nothing to show.</source>
        <translation>ມື້ທຳອິດຢູ່ຫຼັງມື້ສຸດທ້າຍ: ບໍ່ມີຫຍັງສະແດງ.</translation>
    </message>
    <message>
        <source>Reading the figures of {0}…</source>
        <translation>ກຳລັງອ່ານຕົວເລກຂອງ {0}…</translation>
    </message>
    <message>
        <source>The figures could not be read: {0}</source>
        <translation>ອ່ານຕົວເລກບໍ່ໄດ້: {0}</translation>
    </message>
    <message>
        <source>{0} (form {1}): {2} documents, {3} final; {4} discrepancies in {5} fields ({6} %); residual error at most {7} per 1,000 fields</source>
        <translation>{0} (ແບບຟອມ {1}): {2} ເອກະສານ, {3} ສຸດທ້າຍ; ຄວາມແຕກຕ່າງ {4} ໃນ {5} ຊ່ອງ ({6} %); ຂໍ້ຜິດພາດທີ່ເຫຼືອຫຼາຍສຸດ {7} ຕໍ່ 1,000 ຊ່ອງ</translation>
    </message>
    <message>
        <source>1 keyer</source>
        <translation>ຜູ້ປ້ອນ 1 ຄົນ</translation>
    </message>
    <message>
        <source>{0} keyers</source>
        <translation>ຜູ້ປ້ອນ {0} ຄົນ</translation>
    </message>
    <message>
        <source>no keying</source>
        <translation>ບໍ່ມີການປ້ອນ</translation>
    </message>
    <message>
        <source>{0} {1} · F5 reads again · hot spots and progress are the whole batch&apos;s</source>
        <translation>{0} {1} · F5 ອ່ານຄືນ · ຈຸດທີ່ຜິດຫຼາຍ ແລະ ຄວາມຄືບໜ້າ ແມ່ນຂອງຊຸດທັງໝົດ</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>ເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <source>today</source>
        <translation>ມື້ນີ້</translation>
    </message>
    <message>
        <source>from {0} to {1} by {2}</source>
        <translation>ຈາກ {0} ເຖິງ {1} ໂດຍ {2}</translation>
    </message>
    <message>
        <source>from {0} to {1}</source>
        <translation>ຈາກ {0} ເຖິງ {1}</translation>
    </message>
    <message>
        <source>No figures to export yet.</source>
        <translation>ຍັງບໍ່ມີຕົວເລກໃຫ້ສົ່ງອອກ.</translation>
    </message>
    <message>
        <source>Not exported: cannot write {0}: {1}</source>
        <translation>ບໍ່ໄດ້ສົ່ງອອກ: ຂຽນ {0} ບໍ່ໄດ້: {1}</translation>
    </message>
    <message>
        <source>Exported the {0} figures to {1}</source>
        <translation>ສົ່ງອອກຕົວເລກ {0} ໄປ {1} ແລ້ວ</translation>
    </message>
    <message>
        <source>(nothing keyed)</source>
        <translation>(ບໍ່ໄດ້ປ້ອນຫຍັງ)</translation>
    </message>
    <message>
        <source>characters substituted</source>
        <translation>ຕົວອັກສອນຖືກແທນ</translation>
    </message>
    <message>
        <source>two characters swapped</source>
        <translation>ສອງຕົວອັກສອນສະຫຼັບກັນ</translation>
    </message>
    <message>
        <source>characters added in B</source>
        <translation>ຕົວອັກສອນເພີ່ມໃນ B</translation>
    </message>
    <message>
        <source>characters missing in B</source>
        <translation>ຕົວອັກສອນຂາດໃນ B</translation>
    </message>
    <message>
        <source>the same words in another order</source>
        <translation>ຄຳດຽວກັນໃນລຳດັບອື່ນ</translation>
    </message>
    <message>
        <source>different values</source>
        <translation>ຄ່າຕ່າງກັນ</translation>
    </message>
    <message>
        <source>one pass keyed nothing</source>
        <translation>ຮອບໜຶ່ງບໍ່ໄດ້ປ້ອນຫຍັງ</translation>
    </message>
    <message>
        <source>a row only A keyed</source>
        <translation>ແຖວທີ່ A ປ້ອນຜູ້ດຽວ</translation>
    </message>
    <message>
        <source>a row only B keyed</source>
        <translation>ແຖວທີ່ B ປ້ອນຜູ້ດຽວ</translation>
    </message>
    <message>
        <source>one pass marked it illegible</source>
        <translation>ຮອບໜຶ່ງໝາຍວ່າອ່ານບໍ່ອອກ</translation>
    </message>
    <message>
        <source>only one of three passes keyed a value</source>
        <translation>ມີພຽງຮອບດຽວໃນສາມຮອບທີ່ປ້ອນຄ່າ</translation>
    </message>
    <message>
        <source>required, and no pass keyed it</source>
        <translation>ຈຳເປັນ, ແລະ ບໍ່ມີຮອບໃດປ້ອນ</translation>
    </message>
    <message>
        <source>letter case only</source>
        <translation>ພຽງຕົວພິມໃຫຍ່/ນ້ອຍ</translation>
    </message>
    <message>
        <source>spacing or punctuation between words</source>
        <translation>ໄລຍະຫ່າງ ຫຼື ເຄື່ອງໝາຍລະຫວ່າງຄຳ</translation>
    </message>
    <message>
        <source>the separator between names</source>
        <translation>ເຄື່ອງໝາຍແຍກລະຫວ່າງຊື່</translation>
    </message>
    <message>
        <source>a word and its abbreviation</source>
        <translation>ຄຳໜຶ່ງ ແລະ ຕົວຫຍໍ້ຂອງມັນ</translation>
    </message>
    <message>
        <source>a no-value word against nothing</source>
        <translation>ຄຳ “ບໍ່ມີຄ່າ” ທຽບກັບບໍ່ມີຫຍັງ</translation>
    </message>
    <message>
        <source>include this row</source>
        <translation>ລວມແຖວນີ້</translation>
    </message>
    <message>
        <source>leave the row out</source>
        <translation>ປະແຖວໄວ້</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>ຄວາມແຕກຕ່າງ</translation>
    </message>
    <message>
        <source>Document and progress</source>
        <translation>ເອກະສານ ແລະ ຄວາມຄືບໜ້າ</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>ຄຳແນະນຳ</translation>
    </message>
    <message>
        <source>Kind and explanation</source>
        <translation>ປະເພດ ແລະ ຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <source>the same content written differently</source>
        <translation>ເນື້ອໃນດຽວກັນຂຽນຕ່າງກັນ</translation>
    </message>
    <message>
        <source>{0} (minor: {1})</source>
        <translation>{0} (ເລັກນ້ອຍ: {1})</translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>ຢູ່ໃນໜ້າ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ການຕັດສິນ</translation>
    </message>
    <message>
        <source>A / B: take that value</source>
        <translation>A / B: ເອົາຄ່ານັ້ນ</translation>
    </message>
    <message>
        <source>Ctrl+B: send back</source>
        <translation>Ctrl+B: ສົ່ງກັບ</translation>
    </message>
    <message>
        <source>Ctrl+M: minor flags only</source>
        <translation>Ctrl+M: ສະເພາະເຄື່ອງໝາຍເລັກນ້ອຍ</translation>
    </message>
    <message>
        <source>F or Esc: back to one discrepancy at a time</source>
        <translation>F ຫຼື Esc: ກັບໄປຄວາມແຕກຕ່າງເທື່ອລະອັນ</translation>
    </message>
    <message>
        <source>minor: {0}</source>
        <translation>ເລັກນ້ອຍ: {0}</translation>
    </message>
    <message>
        <source>the field on the page</source>
        <translation>ຊ່ອງຢູ່ໃນໜ້າ</translation>
    </message>
    <message>
        <source>Same field across the batch: {0}</source>
        <translation>ຊ່ອງດຽວກັນທົ່ວຊຸດ: {0}</translation>
    </message>
    <message>
        <source>Same field</source>
        <translation>ຊ່ອງດຽວກັນ</translation>
    </message>
    <message>
        <source>{0} in every document of the batch</source>
        <translation>{0} ໃນທຸກເອກະສານຂອງຊຸດ</translation>
    </message>
    <message>
        <source>minor flags only (Ctrl+M: all)</source>
        <translation>ສະເພາະເຄື່ອງໝາຍເລັກນ້ອຍ (Ctrl+M: ທັງໝົດ)</translation>
    </message>
    <message>
        <source>{0} of them minor</source>
        <translation>ໃນນັ້ນ {0} ເລັກນ້ອຍ</translation>
    </message>
    <message>
        <source>{0} across the batch: {1} open of {2}, {3}</source>
        <translation>{0} ທົ່ວຊຸດ: {1} ເປີດຈາກ {2}, {3}</translation>
    </message>
    <message>
        <source>{0} — fetching…</source>
        <translation>{0} — ກຳລັງດຶງ…</translation>
    </message>
    <message>
        <source>No open minor flags of {0}.</source>
        <translation>ບໍ່ມີເຄື່ອງໝາຍເລັກນ້ອຍທີ່ເປີດຂອງ {0}.</translation>
    </message>
    <message>
        <source>Nothing decided.</source>
        <translation>ບໍ່ມີຫຍັງຖືກຕັດສິນ.</translation>
    </message>
    <message>
        <source>{0} minor flags of {1} ({2}) decided for {3}&apos;s form. Ctrl+Z now takes them all back.</source>
        <translation>ເຄື່ອງໝາຍເລັກນ້ອຍ {0} ຂອງ {1} ({2}) ຕັດສິນຕາມຮູບແບບຂອງ {3}. Ctrl+Z ດຽວນີ້ເອົາຄືນທັງໝົດ.</translation>
    </message>
    <message>
        <source>No document is highlighted.</source>
        <translation>ບໍ່ມີເອກະສານໃດຖືກເນັ້ນ.</translation>
    </message>
    <message>
        <source>Same field: {0}</source>
        <translation>ຊ່ອງດຽວກັນ: {0}</translation>
    </message>
    <message>
        <source>{0} open of {1}</source>
        <translation>{0} ເປີດຈາກ {1}</translation>
    </message>
    <message>
        <source>Wrong login or password, or the account is disabled.</source>
        <translation>ຊື່ເຂົ້າລະບົບ ຫຼື ລະຫັດຜ່ານຜິດ, ຫຼື ບັນຊີຖືກປິດ.</translation>
    </message>
    <message>
        <source>This login is locked after {0} wrong passwords: ask an admin to unlock it (keying user unlock).</source>
        <translation>ຊື່ເຂົ້າລະບົບນີ້ຖືກລັອກຫຼັງຈາກລະຫັດຜ່ານຜິດ {0} ເທື່ອ: ຂໍໃຫ້ຜູ້ດູແລປົດລັອກ (keying user unlock).</translation>
    </message>
    <message>
        <source>Too many wrong passwords: wait {0} s before trying this login again.</source>
        <translation>ລະຫັດຜ່ານຜິດຫຼາຍເກີນໄປ: ລໍຖ້າ {0} ວິນາທີ ກ່ອນລອງຊື່ເຂົ້າລະບົບນີ້ອີກ.</translation>
    </message>
    <message>
        <source>keying cannot start</source>
        <translation>keying ເລີ່ມບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>keying: work was lost on this PC</source>
        <translation>keying: ວຽກໄດ້ເສຍໄປໃນຄອມນີ້</translation>
    </message>
    <message>
        <source>Loading the page…</source>
        <translation>ກຳລັງໂຫຼດໜ້າ…</translation>
    </message>
    <message>
        <source>the page&apos;s image is missing</source>
        <translation>ຮູບຂອງໜ້າຫາຍໄປ</translation>
    </message>
    <message>
        <source>The page cannot be shown: {0}.
Decide from the values, or send the document back.</source>
        <translation>ສະແດງໜ້າບໍ່ໄດ້: {0}.
ຕັດສິນຈາກຄ່າ, ຫຼື ສົ່ງເອກະສານກັບຄືນ.</translation>
    </message>
    <message>
        <source> (and {0} more documents)</source>
        <translation> (ແລະ ອີກ {0} ເອກະສານ)</translation>
    </message>
    <message>
        <source>Passed over, tell your administrator: {0}{1}</source>
        <translation>ຂ້າມໄປ, ບອກຜູ້ດູແລຂອງທ່ານ: {0}{1}</translation>
    </message>
    <message>
        <source>Not sent back: {0}</source>
        <translation>ບໍ່ໄດ້ສົ່ງກັບ: {0}</translation>
    </message>
    <message>
        <source>{0} sent back for a third keying of {1}.</source>
        <translation>{0} ສົ່ງກັບເພື່ອປ້ອນຄັ້ງທີສາມຂອງ {1}.</translation>
    </message>
    <message>
        <source>Trainees could not be read: {0}</source>
        <translation>ອ່ານຜູ້ຝຶກງານບໍ່ໄດ້: {0}</translation>
    </message>
    <message>
        <source>{0} (chart; the table beside it has the same numbers)</source>
        <translation>{0} (ແຜນພູມ; ຕາຕະລາງຂ້າງມັນມີຕົວເລກດຽວກັນ)</translation>
    </message>
    <message>
        <source>Page and form</source>
        <translation>ໜ້າ ແລະ ແບບຟອມ</translation>
    </message>
    <message>
        <source>{0}: column {1}</source>
        <translation>{0}: ຖັນ {1}</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>ແຖວ {0}</translation>
    </message>
    <message>
        <source>{0}, row {1}, {2}</source>
        <translation>{0}, ແຖວ {1}, {2}</translation>
    </message>
    <message>
        <source>Tell your supervisor.</source>
        <translation>ແຈ້ງຜູ້ກວດກາຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Make that folder writable for this user, or start keying with KEYING_DATA_DIR set to a writable folder.</source>
        <translation>ໃຫ້ຜູ້ໃຊ້ນີ້ຂຽນໃສ່ໂຟນເດີນັ້ນໄດ້, ຫຼື ເລີ່ມ keying ໂດຍຕັ້ງ KEYING_DATA_DIR ເປັນໂຟນເດີທີ່ຂຽນໄດ້.</translation>
    </message>
    <message>
        <source>The workstation cache {0} could not be used: {1}. It is kept as {2} (nothing was overwritten) and a new, empty cache was started.</source>
        <translation>ບ່ອນເກັບຂໍ້ມູນຊົ່ວຄາວຂອງສະຖານີ {0} ໃຊ້ບໍ່ໄດ້: {1}. ມັນຖືກເກັບໄວ້ເປັນ {2} (ບໍ່ມີຫຍັງຖືກຂຽນທັບ) ແລະ ບ່ອນເກັບໃໝ່ທີ່ຫວ່າງເປົ່າໄດ້ເລີ່ມຂຶ້ນ.</translation>
    </message>
    <message>
        <source>The workstation cache {0} was missing; a new, empty one was started.</source>
        <translation>ບ່ອນເກັບຂໍ້ມູນຊົ່ວຄາວຂອງສະຖານີ {0} ຫາຍໄປ; ບ່ອນເກັບໃໝ່ທີ່ຫວ່າງເປົ່າໄດ້ເລີ່ມຂຶ້ນ.</translation>
    </message>
    <message>
        <source>The central database could not be reached, so the documents this PC had claimed stay claimed until their leases expire.</source>
        <translation>ຕິດຕໍ່ຖານຂໍ້ມູນກາງບໍ່ໄດ້, ສະນັ້ນເອກະສານທີ່ຄອມພິວເຕີນີ້ຈອງໄວ້ຍັງຖືກຈອງຢູ່ຈົນກວ່າໄລຍະເຊົ່າຈະໝົດ.</translation>
    </message>
    <message>
        <source>Lost with it: what was keyed and not yet sent of {0}. These documents were released and will be keyed again.</source>
        <translation>ເສຍໄປພ້ອມກັນ: ສິ່ງທີ່ປ້ອນແລ້ວແຕ່ຍັງບໍ່ໄດ້ສົ່ງຂອງ {0}. ເອກະສານເຫຼົ່ານີ້ຖືກປ່ອຍ ແລະ ຈະຖືກປ້ອນອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>No document claimed by this PC was lost.</source>
        <translation>ບໍ່ມີເອກະສານທີ່ຄອມພິວເຕີນີ້ຈອງໄວ້ເສຍໄປ.</translation>
    </message>
    <message>
        <source>Free space on that disk, then start keying again.</source>
        <translation>ເຮັດໃຫ້ມີບ່ອນຫວ່າງໃນດິສນັ້ນ, ແລ້ວເລີ່ມ keying ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>The workstation cache cannot be used: {0}.</source>
        <translation>ບ່ອນເກັບຂໍ້ມູນຊົ່ວຄາວຂອງສະຖານີໃຊ້ບໍ່ໄດ້: {0}.</translation>
    </message>
    <message>
        <source>The data folder {0} cannot be written ({1}): keying keeps its central database {2} there.</source>
        <translation>ໂຟນເດີຂໍ້ມູນ {0} ຂຽນບໍ່ໄດ້ ({1}): keying ເກັບຖານຂໍ້ມູນກາງ {2} ຂອງມັນໄວ້ທີ່ນັ້ນ.</translation>
    </message>
    <message>
        <source>The central database {0} could not be opened.</source>
        <translation>ເປີດຖານຂໍ້ມູນກາງ {0} ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Check that the database server is running and reachable from this PC and that the URL (--database-url or KEYING_DATABASE_URL) is right; then start keying again.</source>
        <translation>ກວດວ່າເຊີບເວີຖານຂໍ້ມູນເຮັດວຽກ ແລະ ຕິດຕໍ່ໄດ້ຈາກຄອມພິວເຕີນີ້ ແລະ URL (--database-url ຫຼື KEYING_DATABASE_URL) ຖືກຕ້ອງ; ແລ້ວເລີ່ມ keying ອີກຄັ້ງ.</translation>
    </message>
</context>
</TS>
