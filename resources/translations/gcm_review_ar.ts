<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="94"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="113"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>BackupJobs</name>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="34"/>
        <source>daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="35"/>
        <source>made by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="36"/>
        <source>before an import</source>
        <translation>قبل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="37"/>
        <source>before adding member workbooks</source>
        <translation>قبل إضافة مصنفات الأعضاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="38"/>
        <source>before an upgrade</source>
        <translation>قبل التحديث</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="39"/>
        <source>before a restore</source>
        <translation>قبل الاستعادة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="40"/>
        <source>before a review was deleted</source>
        <translation>قبل حذف استعراض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="58"/>
        <source>There is no backup yet.</source>
        <translation>لا توجد نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="67"/>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="68"/>
        <source>Backup to restore (the current database is kept as a backup too):</source>
        <translation>النسخة المراد استعادتها (تُحفظ قاعدة البيانات الحالية أيضًا كنسخة احتياطية):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="83"/>
        <source>The backup could not be restored.</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="89"/>
        <source>Restored from {0}</source>
        <translation>تمت الاستعادة من {0}</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="357"/>
        <source>— not answered —</source>
        <translation>— بلا إجابة —</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../desktop/cli.py" line="72"/>
        <source>error: {message}</source>
        <translation>خطأ: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="89"/>
        <source>the following arguments are required: %s</source>
        <translation>هذه المعاملات مطلوبة: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="90"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من بين %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="91"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>المعامل %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="92"/>
        <source>unrecognized arguments: %s</source>
        <translation>معاملات غير معروفة: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="93"/>
        <source>expected one argument</source>
        <translation>يُنتظر معامل واحد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="94"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة غير صالحة (%(type)s): %(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="95"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: قد يطابق %(option)s كلًّا من %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="96"/>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح به مع المعامل %s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="122"/>
        <source>error: {message} (see &apos;{command} --help&apos;)</source>
        <translation>خطأ: {message} (انظر «{command} --help»)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="381"/>
        <source>error: an unexpected problem stopped the command ({kind}); nothing more was written. Details: {where}</source>
        <translation>خطأ: توقف الأمر بسبب مشكلة غير متوقعة ({kind})؛ ولم يُكتب شيء آخر. التفاصيل: {where}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="395"/>
        <source>{error}. {hint}</source>
        <translation>{error}. {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="437"/>
        <source>{option}: {value} is not valid text: the terminal sent characters in an encoding other than UTF-8</source>
        <translation>{option}: {value} ليس نصًا صالحًا: أرسلت الطرفية محارف بترميز غير UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="542"/>
        <source>Passphrase (or recovery key) of {file}:</source>
        <translation>عبارة المرور (أو مفتاح الاسترداد) لـ {file}:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="606"/>
        <source>There is no sound backup: move the file aside (it is kept as it is) to start a new database</source>
        <translation>لا توجد نسخة احتياطية سليمة: انقل الملف إلى مكان آخر (يبقى كما هو) لبدء قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="612"/>
        <source>Restore the newest sound backup, {backup}, with: {command}</source>
        <translation>استعد أحدث نسخة احتياطية سليمة، {backup}، بالأمر: {command}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="625"/>
        <source>no signing key yet: the key command makes one (key --create ORGANISATION)</source>
        <translation>لا يوجد مفتاح توقيع بعد: ينشئه أمر المفتاح بالخيار ‎--create ORGANISATION‎</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="628"/>
        <source>signing key of {organisation}: {key}</source>
        <translation>مفتاح توقيع {organisation}: {key}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="639"/>
        <source>--create needs the organisation&apos;s name</source>
        <translation>يحتاج الخيار ‎--create‎ إلى اسم المنظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="652"/>
        <source>no coalition key yet: the lead-key command makes one (lead-key --create COALITION)</source>
        <translation>لا يوجد مفتاح ائتلاف بعد: ينشئه أمر مفتاح الائتلاف بالخيار ‎--create COALITION‎</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="671"/>
        <source>--create needs the coalition&apos;s name</source>
        <translation>يحتاج ‎--create‎ إلى اسم الائتلاف</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="683"/>
        <source>coalition key of {coalition}: {key}</source>
        <translation>مفتاح ائتلاف {coalition}: {key}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="699"/>
        <source>New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="703"/>
        <source>{file} and its backups are now protected by the passphrase</source>
        <translation>{file} ونسخه الاحتياطية محمية الآن بعبارة المرور</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="708"/>
        <source>{count} backups could not be encrypted yet; they will be when the database is next opened</source>
        <translation>تعذّر تشفير {count} من النسخ الاحتياطية حتى الآن؛ وستُشفَّر عند فتح قاعدة البيانات في المرة القادمة</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="714"/>
        <source>Recovery key, shown this once: it opens the database if the passphrase is forgotten. Print it or write it down, and keep it away from this computer:</source>
        <translation>مفتاح الاسترداد، يُعرض هذه المرة فقط: يفتح قاعدة البيانات إذا نُسيت عبارة المرور. اطبعه أو دوّنه، واحفظه بعيدًا عن هذا الحاسوب:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="723"/>
        <source>the passphrase of {file} is changed; the recovery key stays the same</source>
        <translation>تغيّرت عبارة المرور لـ {file}؛ ويبقى مفتاح الاسترداد كما هو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="730"/>
        <source>{file} and its backups are no longer encrypted</source>
        <translation>{file} ونسخه الاحتياطية لم تعد مشفّرة</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="743"/>
        <source>no backups of {file} yet</source>
        <translation>لا توجد نسخ احتياطية من {file} بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="753"/>
        <source>{file}: no database to back up</source>
        <translation>{file}: لا توجد قاعدة بيانات لأخذ نسخة احتياطية منها</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="771"/>
        <source>{file}: no sound backup to restore</source>
        <translation>{file}: لا توجد نسخة احتياطية سليمة لاستعادتها</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="775"/>
        <source>restored {file} from {backup}</source>
        <translation>استُعيد {file} من {backup}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="778"/>
        <source>the database it replaced is kept as {file}</source>
        <translation>قاعدة البيانات المستبدلة محفوظة باسم {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="794"/>
        <source>new needs --country and --org, or --from an earlier review</source>
        <translation>يلزم ذكر --country و --org، أو --from مع استعراض سابق</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="834"/>
        <source>no reviews in {file}: there is no database there yet</source>
        <translation>لا توجد استعراضات في {file}: لا توجد قاعدة بيانات هناك بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="841"/>
        <source>no reviews in {file}</source>
        <translation>لا توجد استعراضات في {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="845"/>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="846"/>
        <source>COUNTRY</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="847"/>
        <source>ORGANISATION</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="848"/>
        <source>DONE</source>
        <translation>المنجز</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="849"/>
        <source>UPDATED</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="852"/>
        <source>SAMPLE</source>
        <translation>نسخة تجريبية</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="853"/>
        <source>coalition</source>
        <translation>ائتلاف</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="854"/>
        <source>archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="890"/>
        <source>deleted {review} ({name})</source>
        <translation>حُذف {review} ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="893"/>
        <source>the database was backed up first: {backup}; to bring the review back, restore that backup with: {command}</source>
        <translation>أُخذت أولًا نسخة احتياطية من قاعدة البيانات: {backup}؛ ولاستعادة الاستعراض، استعد هذه النسخة الاحتياطية بالأمر: {command}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="913"/>
        <source>archived {review}</source>
        <translation>أُرشف {review}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="915"/>
        <source>unarchived {review}</source>
        <translation>أُعيد {review} من الأرشيف</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="957"/>
        <source>--contributions needs -o DIR, the folder to write the files to</source>
        <translation>يحتاج ‎--contributions‎ إلى ‎-o DIR‎، أي المجلد الذي تُكتب فيه الملفات</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="962"/>
        <source>--contributions takes a number from {fewest} to {most}</source>
        <translation>يقبل ‎--contributions‎ عددًا من {fewest} إلى {most}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="967"/>
        <source>wrote {count} member workbooks to {folder}</source>
        <translation>كُتب {count} من مصنفات الأعضاء في {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="988"/>
        <source>saved {key} (revision {revision})</source>
        <translation>حُفظ {key} (النسخة {revision})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="998"/>
        <source>warning: {key}: looks like an e-mail address ({hint}); check it before sharing the file</source>
        <translation>تنبيه: {key}: يبدو أنه عنوان بريد إلكتروني ({hint})؛ تحقق منه قبل مشاركة الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1002"/>
        <source>warning: {key}: looks like a telephone number ({hint}); check it before sharing the file</source>
        <translation>تنبيه: {key}: يبدو أنه رقم هاتف ({hint})؛ تحقق منه قبل مشاركة الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1007"/>
        <source>wrote {file}</source>
        <translation>كُتب {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1008"/>
        <source>note: {key}: {note}</source>
        <translation>ملاحظة: {key}: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1028"/>
        <source>give --pdf OUT.pdf, --docx OUT.docx, --xlsx OUT.xlsx and/or --package OUT.gcmpkg</source>
        <translation>حدّد ‎--pdf OUT.pdf‎ أو ‎--docx OUT.docx‎ أو ‎--xlsx OUT.xlsx‎ أو ‎--package OUT.gcmpkg‎، أو أكثر من واحد منها</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1034"/>
        <source>--package and --for go together: the package, and the lead&apos;s key file it is for</source>
        <translation>‎--package‎ و‎--for‎ يُستخدمان معًا: الحزمة، وملف مفتاح الجهة المنسقة الموجهة إليها</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1040"/>
        <source>--short is for the reports: give --pdf OUT.pdf and/or --docx OUT.docx</source>
        <translation>الخيار ‎--short‎ خاص بالتقارير: حدّد ‎--pdf OUT.pdf‎ أو ‎--docx OUT.docx‎ أو كليهما</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1083"/>
        <source>wrote {file}, sealed for {coalition} (key {key})</source>
        <translation>كُتب {file}، مختومًا لـ {coalition} (المفتاح {key})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1121"/>
        <source>{file}: {said}</source>
        <translation>{file}: {said}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1133"/>
        <source>error: {error}. Check the file; to apply it, run the import again with --replace (the database is backed up first)</source>
        <translation>خطأ: {error}. تحقق من الملف؛ ولتطبيقه، أعد تشغيل الاستيراد مع ‎--replace‎ (تؤخذ أولًا نسخة احتياطية من قاعدة البيانات)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1159"/>
        <source>no file could be added: the coalition {name} was not created</source>
        <translation>تعذّرت إضافة أي ملف: لم يُنشأ الائتلاف {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1164"/>
        <source>coalition {review} ({name}): {count} contributions</source>
        <translation>الائتلاف {review} ({name}): {count} مساهمة</translation>
    </message>
    <message>
        <location filename="../../desktop/secret_prompts.py" line="42"/>
        <source>a passphrase is needed: give it in {variable}, or run the command in a terminal</source>
        <translation>يلزم إدخال عبارة المرور: اذكرها في {variable}، أو شغّل الأمر في طرفية</translation>
    </message>
    <message>
        <location filename="../../desktop/secret_prompts.py" line="49"/>
        <source>The same once more:</source>
        <translation>العبارة نفسها مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../desktop/secret_prompts.py" line="51"/>
        <source>the two passphrases typed differ; nothing was changed</source>
        <translation>العبارتان المكتوبتان مختلفتان؛ لم يتغير شيء</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="115"/>
        <location filename="../../desktop/ui/member_voices.py" line="129"/>
        <source>Contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="120"/>
        <source>{0} member reviews · strong disagreement on {1} objectives</source>
        <translation>استعراضات الأعضاء: {0} · أهداف عليها خلاف شديد: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="126"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="126"/>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="126"/>
        <source>Revision</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="127"/>
        <source>Complete</source>
        <translation>الاكتمال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="127"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="127"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="145"/>
        <source>No member workbook yet. Add the files your members sent, or a folder holding them: each is checked on its own, and a table says what became of each.</source>
        <translation>لا توجد مصنفات أعضاء بعد. أضف الملفات التي أرسلها أعضاؤك، أو مجلدًا يضمها: يُفحص كل ملف على حدة، ويبيّن جدول ما آل إليه كل منها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="154"/>
        <source>&amp;Add member workbooks…</source>
        <translation>إ&amp;ضافة مصنفات الأعضاء…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="156"/>
        <source>Each file is checked; duplicates and older revisions are not counted twice.</source>
        <translation>يُفحص كل ملف؛ ولا تُحتسب الملفات المكررة ولا النسخ الأقدم مرتين.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="159"/>
        <source>Add a &amp;folder of workbooks…</source>
        <translation>إضافة م&amp;جلد من المصنفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="161"/>
        <source>Every workbook (.xlsx) in the folder chosen, each checked on its own.</source>
        <translation>كل المصنفات (.xlsx) في المجلد المختار، ويُفحص كل منها على حدة.</translation>
    </message>
</context>
<context>
    <name>CountsEditor</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/field_widgets.py" line="713"/>
        <source>Total: %n</source>
        <translation>
            <numerusform>المجموع: %n</numerusform>
            <numerusform>المجموع: %n</numerusform>
            <numerusform>المجموع: %n</numerusform>
            <numerusform>المجموع: %n</numerusform>
            <numerusform>المجموع: %n</numerusform>
            <numerusform>المجموع: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="497"/>
        <location filename="../../desktop/ui/dashboard.py" line="509"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="513"/>
        <source>of the questions answered</source>
        <translation>من الأسئلة أُجيب عنها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="533"/>
        <source>Completeness by section</source>
        <translation>الاكتمال حسب القسم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="547"/>
        <source>Completeness of {section}</source>
        <translation>اكتمال {section}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="557"/>
        <source>Legend</source>
        <translation>مفتاح الألوان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="565"/>
        <source>Not rated yet</source>
        <translation>لم يُقدَّر بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="567"/>
        <source>Confidential</source>
        <translation>سرّي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="638"/>
        <source>{answered} of {total} questions answered</source>
        <translation>الأسئلة المُجاب عنها: {answered} من {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="644"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="647"/>
        <source>Words in a shared copy: {0}</source>
        <translation>عدد الكلمات في نسخة للمشاركة: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="651"/>
        <source>{rated} of {total} objectives rated</source>
        <translation>الأهداف المقدَّرة: {rated} من {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="663"/>
        <source>{mark} rated higher: {count}</source>
        <translation>{mark} تقدير أعلى: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="664"/>
        <source>{mark} rated the same: {count}</source>
        <translation>{mark} التقدير نفسه: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="665"/>
        <source>{mark} rated lower: {count}</source>
        <translation>{mark} تقدير أدنى: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="669"/>
        <source>Compared with the last review: {trends}</source>
        <translation>مقارنة بالاستعراض السابق: {trends}</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="456"/>
        <source>YYYY-MM-DD</source>
        <translation>مثلًا 2026-03-31</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="469"/>
        <source>Pick a date</source>
        <translation>اختيار تاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="470"/>
        <source>Pick a date from a calendar</source>
        <translation>اختيار تاريخ من التقويم</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="87"/>
        <source>Write a blank workbook</source>
        <translation>إنشاء مصنف فارغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="89"/>
        <source>Print a blank questionnaire</source>
        <translation>طباعة استمارة فارغة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="91"/>
        <source>Export as workbook</source>
        <translation>تصدير بصيغة مصنف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="93"/>
        <source>Export for the coalition lead</source>
        <translation>تصدير للجهة المنسقة للائتلاف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="95"/>
        <source>Export as Word</source>
        <translation>تصدير مستند وورد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="97"/>
        <source>Export as PDF</source>
        <translation>التصدير بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="105"/>
        <source>Language of the report</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="106"/>
        <source>&amp;Language of the report</source>
        <translation>&amp;لغة التقرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="112"/>
        <source>File to write</source>
        <translation>الملف المراد إنشاؤه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="113"/>
        <source>&amp;Browse…</source>
        <translation>&amp;تصفّح…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="118"/>
        <source>&amp;File</source>
        <translation>ال&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="124"/>
        <source>&amp;Short version for submission</source>
        <translation>&amp;نسخة موجزة للتقديم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="128"/>
        <source>The executive summary, the ratings and their trend, and the key recommendations: a few pages to submit with the official review.</source>
        <translation>الملخص التنفيذي، والتقديرات وتطورها، والتوصيات الرئيسية: صفحات قليلة تُقدَّم مع الاستعراض الرسمي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="142"/>
        <source>Si&amp;gn with our key ({0})</source>
        <translation>&amp;وقّع بمفتاحنا ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="146"/>
        <source>A signed workbook lets a coalition tell it from a forged or changed one.</source>
        <translation>يتيح المصنف الموقَّع للائتلاف تمييزه عن مصنف مزوَّر أو معدَّل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="150"/>
        <source>The signature is written in a file beside the report (.sig): with it, File › Check files… tells the report from a forged or changed one.</source>
        <translation>يُكتب التوقيع في ملف بجانب التقرير (.sig): وبه يميّز ملف › فحص ملفات… التقرير من تقرير مزوّر أو معدّل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="160"/>
        <source>Signed with our key ({0}) and sealed for {1}: only the coalition lead&apos;s database opens it. Check the lead&apos;s key with them (by phone) before you send the file.</source>
        <translation>موقّع بمفتاحنا ({0}) ومختوم لـ {1}: لا تفتحه إلا قاعدة بيانات الجهة المنسقة للائتلاف. تحقّق من مفتاح الجهة المنسقة معها (بالهاتف) قبل إرسال الملف.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="169"/>
        <source>Include &amp;confidential content</source>
        <translation>إدراج المحتوى ال&amp;سرّي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="175"/>
        <source>Every question of the form, to fill in Excel or LibreOffice without this application, then to bring in with File › Import workbooks.</source>
        <translation>كل أسئلة الاستمارة، لملئها في Excel أو LibreOffice دون هذا التطبيق، ثم إدخالها عبر ملف › استيراد مصنفات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="180"/>
        <source>Every question of the form with boxes to tick and space to write, for consultations that start on paper.</source>
        <translation>جميع أسئلة الاستمارة مع مربعات للتأشير ومساحات للكتابة، للمشاورات التي تبدأ على الورق.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="188"/>
        <source>Leave out &amp;sensitive categories</source>
        <translation>إغفال الفئات ال&amp;حساسة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="193"/>
        <source>Categories that can put participants at risk where they are criminalised are not asked: {0}. Breakdowns keep their other categories, so that totals still add up.</source>
        <translation>لا تُطرح الفئات التي قد تعرّض المشاركين للخطر حيث تُجرَّم: {0}. وتحتفظ التوزيعات بفئاتها الأخرى لتبقى المجاميع متطابقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="208"/>
        <source>Confidential objectives and contact details are left out unless you tick this. Never tick it for a report you will share or submit.</source>
        <translation>تُستبعد الأهداف السرّية وبيانات الاتصال ما لم تؤشّر على هذا الخيار. لا تؤشّر عليه أبدًا في تقرير ستشاركه مع الآخرين أو تقدّمه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="221"/>
        <source>Write the PDF</source>
        <translation>إنشاء ملف PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="221"/>
        <source>Write the workbook</source>
        <translation>إنشاء المصنف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="223"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="259"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="260"/>
        <source>Word documents (*.docx)</source>
        <translation>مستندات وورد (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="261"/>
        <source>Sealed packages (*.gcmpkg)</source>
        <translation>حزم مختومة (*.gcmpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="262"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExportJobs</name>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="66"/>
        <source>A package for the coalition lead carries your organisation&apos;s signature, so that the lead knows it is yours. Make your signing key now?</source>
        <translation>تحمل الحزمة الموجهة إلى الجهة المنسقة للائتلاف توقيع منظمتك، لكي تعرف أنها منك. هل تنشئ مفتاح التوقيع الآن؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="75"/>
        <source>The coalition lead&apos;s key</source>
        <translation>مفتاح الجهة المنسقة للائتلاف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="77"/>
        <source>Coalition keys (*.gcmkey)</source>
        <translation>مفاتيح الائتلافات (*.gcmkey)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="84"/>
        <source>This is not a coalition key.</source>
        <translation>ليس هذا مفتاح ائتلاف.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="104"/>
        <source>{0} – for {1}</source>
        <translation>{0} – إلى {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="112"/>
        <location filename="../../desktop/ui/export_jobs.py" line="115"/>
        <source>{0}, key {1}</source>
        <translation>{0}، المفتاح {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="163"/>
        <source>Exporting the PDF report…</source>
        <translation>جارٍ تصدير التقرير بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="165"/>
        <source>The report could not be exported.</source>
        <translation>تعذّر تصدير التقرير.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="169"/>
        <source>Exporting the Word report…</source>
        <translation>جارٍ تصدير تقرير وورد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="171"/>
        <source>The Word report could not be exported.</source>
        <translation>تعذّر تصدير تقرير وورد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="175"/>
        <source>Sealing the package for the coalition lead…</source>
        <translation>جارٍ ختم الحزمة للجهة المنسقة للائتلاف…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="177"/>
        <source>The package could not be written.</source>
        <translation>تعذّرت كتابة الحزمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="181"/>
        <source>Exporting the workbook…</source>
        <translation>جارٍ تصدير المصنف…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="183"/>
        <source>The workbook could not be exported.</source>
        <translation>تعذّر تصدير المصنف.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="196"/>
        <source>an e-mail address</source>
        <translation>عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="196"/>
        <source>a telephone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="199"/>
        <source>{0}: {1} ({2})</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="205"/>
        <source>… and {0} more</source>
        <translation>… و{0} غيرها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="210"/>
        <source>The report would share what looks like personal data. People in the consultations must not be identifiable: check these answers first.</source>
        <translation>سيتضمن التقرير ما يبدو أنه بيانات شخصية. يجب ألا يكون من الممكن التعرف على المشاركين في المشاورات: راجع هذه الإجابات أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="217"/>
        <source>Export anyway</source>
        <translation>التصدير على أي حال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="235"/>
        <source>row {0}</source>
        <translation>الصف {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="250"/>
        <source>The file cannot be written there.</source>
        <translation>لا يمكن حفظ الملف في هذا المكان.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="256"/>
        <source>“{0}” already exists. Replace it?</source>
        <translation>«{0}» موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="282"/>
        <source>Exported to {0}</source>
        <translation>تم التصدير إلى {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="311"/>
        <source>Writing the blank workbook…</source>
        <translation>جارٍ إنشاء المصنف الفارغ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="313"/>
        <source>Writing the blank questionnaire…</source>
        <translation>جارٍ إنشاء الاستمارة الفارغة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="323"/>
        <source>The questionnaire could not be written.</source>
        <translation>تعذّر إنشاء الاستمارة.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="51"/>
        <source>Required.</source>
        <translation>إلزامي.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="223"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="229"/>
        <source>GCM paragraph {0}</source>
        <translation>الاتفاق العالمي، الفقرة {0}</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="62"/>
        <source>Switch between list and page</source>
        <translation>التبديل بين القائمة والصفحة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="63"/>
        <source>Next / previous field</source>
        <translation>الحقل التالي / السابق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="64"/>
        <source>Tick an entry of a list</source>
        <translation>التأشير على عنصر في قائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="64"/>
        <source>Space</source>
        <translation>مفتاح المسافة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="77"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="93"/>
        <source>About {0}</source>
        <translation>حول {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="87"/>
        <source>{0} {1}

Civil-society shadow reviews of the Global Compact for Safe, Orderly and Regular Migration.

Everything stays on this computer: the application never connects to the network.</source>
        <translation>{0} {1}

استعراضات الظل التي يجريها المجتمع المدني لتنفيذ الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية.

تبقى جميع البيانات على هذا الحاسوب: لا يتصل التطبيق بالشبكة أبدًا.</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="41"/>
        <source>Choose image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="42"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="59"/>
        <source>Choose an image</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="61"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="73"/>
        <source>Not used: {0}</source>
        <translation>لم تُستخدم الصورة: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="94"/>
        <source>No image</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="105"/>
        <source>{0} image, {1} × {2} pixels</source>
        <translation>صورة {0}، {1} × {2} بكسل</translation>
    </message>
</context>
<context>
    <name>InlineNote</name>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="53"/>
        <source>{0} of {1} characters</source>
        <translation>{0} من {1} حرفًا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="58"/>
        <source>Cut to the limit of {1} characters: {0} more did not fit.</source>
        <translation>قُصّ النص عند الحد الأقصى البالغ {1} حرفًا: حُذفت الأحرف الزائدة وعددها {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="64"/>
        <source>“{0}” is not a date (YYYY-MM-DD, e.g. 2026-03-31): it is not saved.</source>
        <translation>«{0}» ليس تاريخًا (السنة ثم الشهر ثم اليوم، مثلًا 2026-03-31): لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="70"/>
        <source>{0} is above the maximum of {1}: it is not saved.</source>
        <translation>{0} أكبر من الحد الأقصى {1}: لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="76"/>
        <source>{0} is below the minimum of {1}: it is not saved.</source>
        <translation>{0} أصغر من الحد الأدنى {1}: لم يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="82"/>
        <source>“{0}” is not a number: it is not saved.</source>
        <translation>«{0}» ليس رقمًا: لم يُحفظ.</translation>
    </message>
</context>
<context>
    <name>LeadKeyJobs</name>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="44"/>
        <source>Coalition key</source>
        <translation>مفتاح الائتلاف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="46"/>
        <source>Members can seal their workbooks for {0}: only this database opens them.

Key: {1}

Send the public key file to each member, and read this key out to them on the phone: it is how they know the file is yours.</source>
        <translation>يمكن للأعضاء ختم مصنفاتهم لـ {0}: لا تفتحها إلا قاعدة البيانات هذه.

المفتاح: {1}

أرسل ملف المفتاح العام إلى كل عضو، واقرأ لهم هذا المفتاح بالهاتف: هكذا يعرفون أن الملف منك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="55"/>
        <source>&amp;Write the public key file…</source>
        <translation>&amp;كتابة ملف المفتاح العام…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="69"/>
        <source>Create the coalition key</source>
        <translation>إنشاء مفتاح الائتلاف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="71"/>
        <source>A coalition lead&apos;s members can seal the workbooks they send for this key: nobody else can open them on the way, by e-mail or on a USB stick.

Name of the coalition:</source>
        <translation>يمكن لأعضاء الائتلاف ختم المصنفات التي يرسلونها إلى جهته المنسقة بهذا المفتاح: لا يستطيع أحد غيرها فتحها في الطريق، بالبريد الإلكتروني أو على ذاكرة محمولة.

اسم الائتلاف:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="83"/>
        <source>The coalition key could not be made.</source>
        <translation>تعذّر إنشاء مفتاح الائتلاف.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="94"/>
        <source>Write the public key file</source>
        <translation>كتابة ملف المفتاح العام</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="96"/>
        <source>Coalition keys (*.gcmkey)</source>
        <translation>مفاتيح الائتلافات (*.gcmkey)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="104"/>
        <source>The public key file could not be written.</source>
        <translation>تعذّرت كتابة ملف المفتاح العام.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="106"/>
        <source>Wrote {0}</source>
        <translation>كُتب {0}</translation>
    </message>
</context>
<context>
    <name>LegendEntry</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="458"/>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="219"/>
        <source>Words: {0}</source>
        <translation>عدد الكلمات: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="104"/>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="98"/>
        <source>&amp;New review…</source>
        <translation>استعراض &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="237"/>
        <source>Open the &amp;sample review</source>
        <translation>فتح الاستعراض التج&amp;ريبي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="109"/>
        <source>&amp;Import workbooks…</source>
        <translation>است&amp;يراد مصنفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="125"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>استعادة من &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="259"/>
        <source>&amp;Reset the workshop</source>
        <translation>إعادة &amp;ضبط ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="261"/>
        <source>Throw away every change made to the sample and start again from a fresh copy</source>
        <translation>حذف كل التغييرات التي أُجريت على الاستعراض التجريبي والبدء من جديد بنسخة جديدة منه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="131"/>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;تصدير بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="115"/>
        <source>C&amp;heck files…</source>
        <translation>فحص &amp;ملفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="117"/>
        <source>What importing would say of workbooks and packages, and whether signed reports are as they were signed; nothing is changed</source>
        <translation>ما سيقوله الاستيراد عن المصنفات والحزم، وهل التقارير الموقّعة كما وُقّعت؛ لا يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="137"/>
        <source>Export as Wo&amp;rd…</source>
        <translation>تصدير مستند &amp;وورد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="142"/>
        <source>Export as &amp;workbook…</source>
        <translation>تصدير بصيغة م&amp;صنف…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="147"/>
        <source>Export &amp;for the coalition lead…</source>
        <translation>تصدير &amp;للجهة المنسقة للائتلاف…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="149"/>
        <source>The review&apos;s workbook, signed and sealed so that only the coalition lead opens it</source>
        <translation>مصنف الاستعراض، موقّعًا ومختومًا كي لا تفتحه إلا الجهة المنسقة للائتلاف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="157"/>
        <source>Print a &amp;blank questionnaire…</source>
        <translation>&amp;طباعة استمارة فارغة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="162"/>
        <source>Wri&amp;te a blank workbook…</source>
        <translation>&amp;إنشاء مصنف فارغ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="167"/>
        <source>&amp;Close review</source>
        <translation>إ&amp;غلاق الاستعراض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="173"/>
        <source>&amp;Delete this review…</source>
        <translation>&amp;حذف هذا الاستعراض…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="186"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="190"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="196"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="204"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="208"/>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="214"/>
        <source>&amp;Next page</source>
        <translation>الصفحة ال&amp;تالية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="220"/>
        <source>&amp;Previous page</source>
        <translation>الصفحة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="226"/>
        <source>Switch between &amp;list and page</source>
        <translation>التبديل بين ال&amp;قائمة والصفحة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="233"/>
        <source>&amp;Workshop</source>
        <translation>&amp;ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="243"/>
        <source>Open a practice &amp;coalition</source>
        <translation>فتح ا&amp;ئتلاف تدريبي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="245"/>
        <source>A throw-away coalition review with twelve fictional member workbooks to add</source>
        <translation>استعراض ائتلاف مؤقت لا يُحفظ، مع اثني عشر مصنفًا لأعضاء وهميين لإضافتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="253"/>
        <source>&amp;Write practice member workbooks…</source>
        <translation>&amp;إنشاء مصنفات أعضاء تدريبية…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="270"/>
        <source>&amp;Settings</source>
        <translation>إ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="274"/>
        <source>&amp;Passphrase…</source>
        <translation>&amp;عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="276"/>
        <source>Encrypt the database and its backups with a passphrase, change it or remove it</source>
        <translation>تشفير قاعدة البيانات ونسخها الاحتياطية بعبارة مرور، أو تغييرها أو إزالتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="284"/>
        <source>Signing &amp;key…</source>
        <translation>&amp;مفتاح التوقيع…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="289"/>
        <source>&amp;Coalition key…</source>
        <translation>مفتاح ال&amp;ائتلاف…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="291"/>
        <source>For a coalition lead: the key members seal their packages for</source>
        <translation>للجهة المنسقة للائتلاف: المفتاح الذي يختم الأعضاء حزمهم له</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="368"/>
        <source>Interface &amp;language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="300"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="304"/>
        <source>Take the &amp;tour</source>
        <translation>&amp;جولة تعريفية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="309"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="314"/>
        <source>&amp;About</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>The reviews could not be listed.</source>
        <translation>تعذّر عرض قائمة الاستعراضات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>The review could not be opened.</source>
        <translation>تعذّر فتح الاستعراض.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="104"/>
        <source>New coa&amp;lition review…</source>
        <translation>استعراض ائتلا&amp;ف جديد…</translation>
    </message>
</context>
<context>
    <name>MemberVoicesPanel</name>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="37"/>
        <source>What the member organisations said</source>
        <translation>ما قالته المنظمات الأعضاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="42"/>
        <source>{0} · median: {1}</source>
        <translation>{0} · الوسيط: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="42"/>
        <source>no ratings</source>
        <translation>لا توجد تقديرات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="46"/>
        <source>⚠ Members disagree strongly on this objective.</source>
        <translation>⚠ يختلف الأعضاء اختلافًا شديدًا بشأن هذا الهدف.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="51"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="51"/>
        <source>Rating</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="51"/>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="52"/>
        <source>Member organisations&apos; assessments</source>
        <translation>تقييمات المنظمات الأعضاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="77"/>
        <source>Use this organisation&apos;s rating and text</source>
        <translation>استخدام تقدير هذه المنظمة ونصّها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="79"/>
        <source>Copies them into the coalition&apos;s answer below, where you can edit them.</source>
        <translation>ينسخهما إلى إجابة الائتلاف أدناه، حيث يمكنك تعديلهما.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="30"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="67"/>
        <source>Sections and objectives</source>
        <translation>الأقسام والأهداف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="140"/>
        <source>{0} of {1} answered</source>
        <translation>أُجيب عن {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="142"/>
        <source>{0}% complete</source>
        <translation>مكتمل بنسبة {0}%</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="43"/>
        <source>New review</source>
        <translation>استعراض جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="49"/>
        <source>You can change all of this later in the review profile.</source>
        <translation>يمكنك تغيير كل ذلك لاحقًا في بيانات الاستعراض.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="55"/>
        <source>Start from an earlier review:</source>
        <translation>البدء من استعراض سابق:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="61"/>
        <source>The new review takes its profile, its ratings (as the ratings at the last review) and its recommendations (to follow up). Empty fields below are taken from it too.</source>
        <translation>يأخذ الاستعراض الجديد منه ملفه التعريفي وتقديراته (بوصفها التقديرات في الاستعراض السابق) وتوصياته (لمتابعتها). وتؤخذ منه أيضًا الحقول التي تُترك فارغة أدناه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="96"/>
        <source>Create review</source>
        <translation>إنشاء الاستعراض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="105"/>
        <source>No: a blank review</source>
        <translation>لا: استعراض فارغ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="110"/>
        <source>{0} (last changed {1})</source>
        <translation>{0} (آخر تعديل {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="112"/>
        <source>{0}, archived</source>
        <translation>{0}، مؤرشف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="114"/>
        <source>From a workbook…</source>
        <translation>من مصنف…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="115"/>
        <source>Start from an earlier review</source>
        <translation>البدء من استعراض سابق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="128"/>
        <source>Start from a workbook</source>
        <translation>البدء من مصنف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="128"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="133"/>
        <source>From the workbook {0}</source>
        <translation>من المصنف {0}</translation>
    </message>
</context>
<context>
    <name>NewReviews</name>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="52"/>
        <location filename="../../desktop/ui/new_reviews.py" line="71"/>
        <source>The review could not be created.</source>
        <translation>تعذّر إنشاء الاستعراض.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="68"/>
        <source>Starting from the earlier review…</source>
        <translation>جارٍ البدء من الاستعراض السابق…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="85"/>
        <source>The new review follows an earlier one.</source>
        <translation>الاستعراض الجديد يتابع استعراضًا سابقًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="92"/>
        <source>Check what was carried over, and give each recommendation to follow up its status.</source>
        <translation>راجع ما نُقل، وحدِّد حالة كل توصية للمتابعة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="104"/>
        <source>New coalition review</source>
        <translation>استعراض ائتلاف جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="105"/>
        <source>Name of the coalition or network:</source>
        <translation>اسم الائتلاف أو الشبكة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="113"/>
        <source>The coalition review could not be made.</source>
        <translation>تعذّر إنشاء استعراض الائتلاف.</translation>
    </message>
</context>
<context>
    <name>ObjectiveTile</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="202"/>
        <source>Not rated yet</source>
        <translation>لم يُقدَّر بعد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="243"/>
        <source>rated higher than at the last review ({rating})</source>
        <translation>تقدير أعلى مما كان في الاستعراض السابق ({rating})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="244"/>
        <source>rated the same as at the last review ({rating})</source>
        <translation>التقدير نفسه كما في الاستعراض السابق ({rating})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="245"/>
        <source>rated lower than at the last review ({rating})</source>
        <translation>تقدير أدنى مما كان في الاستعراض السابق ({rating})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="250"/>
        <source>{header}: {title}. Rating: {rating}</source>
        <translation>{header}: {title}. التقدير: {rating}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="256"/>
        <location filename="../../desktop/ui/dashboard.py" line="263"/>
        <source>Confidential</source>
        <translation>سرّي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="258"/>
        <source>{header}: {title}</source>
        <translation>{header}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="259"/>
        <source>Rating: {rating}</source>
        <translation>التقدير: {rating}</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../desktop/operations/wording.py" line="18"/>
        <source>imported as a new review {review} ({answers} answers)</source>
        <translation>استُورد كاستعراض جديد {review} ({answers} إجابة)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="21"/>
        <source>updated review {review} to a newer revision ({answers} answers)</source>
        <translation>حُدِّث الاستعراض {review} إلى نسخة أحدث ({answers} إجابة)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="24"/>
        <source>review {review} is already up to date: nothing changed</source>
        <translation>الاستعراض {review} محدَّث بالفعل: لم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="27"/>
        <source>review {review} has a newer revision here: nothing changed</source>
        <translation>للاستعراض {review} نسخة أحدث هنا: لم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="32"/>
        <source>{organisation}: added</source>
        <translation>{organisation}: أُضيف</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="33"/>
        <source>{organisation}: the same contribution was already received: not counted again</source>
        <translation>{organisation}: وصلت المساهمة نفسها من قبل: لا تُحسب مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="36"/>
        <source>{organisation}: an older revision than the one received: not used</source>
        <translation>{organisation}: نسخة أقدم من النسخة الواردة: لا تُستخدم</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="39"/>
        <source>{organisation}: a newer revision: replaces the one received before</source>
        <translation>{organisation}: نسخة أحدث: تحل محل النسخة الواردة من قبل</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="42"/>
        <source>{organisation}: replaced by its corrected file</source>
        <translation>{organisation}: استُبدل بملفه المصحَّح</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="45"/>
        <source>ok, review {review}, {answers} answers</source>
        <translation>سليم، الاستعراض {review}، {answers} إجابة</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="46"/>
        <source>ok, a filled template, {answers} answers</source>
        <translation>سليم، استمارة معبأة، {answers} إجابة</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="47"/>
        <source>a report, not a workbook: nothing to import</source>
        <translation>تقرير وليس مصنفًا: لا شيء للاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="51"/>
        <source>this is a SAMPLE workbook from a workshop; it cannot be imported among real reviews</source>
        <translation>هذا مصنف تجريبي من ورشة عمل؛ لا يمكن استيراده بين استعراضات حقيقية</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="54"/>
        <source>this is a SAMPLE workbook from a workshop; it cannot be merged into a real coalition review</source>
        <translation>هذا مصنف تجريبي من ورشة عمل؛ لا يمكن دمجه في استعراض ائتلاف حقيقي</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="58"/>
        <source>{said} (edited by hand after export)</source>
        <translation>{said} (عُدِّل يدويًا بعد التصدير)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="61"/>
        <source>{said} · signed by {organisation} (key {key}): verified</source>
        <translation>{said} · موقَّع من {organisation} (المفتاح {key}): تم التحقق</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="64"/>
        <source>{said} · not signed</source>
        <translation>{said} · غير موقَّع</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="65"/>
        <source>{said} · signature does not match: changed after signing</source>
        <translation>{said} · التوقيع غير مطابق: عُدِّل بعد التوقيع</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="71"/>
        <source>{said} · the first file signed with {organisation}&apos;s key: check its fingerprint {key} with them</source>
        <translation>{said} · أول ملف موقّع بمفتاح {organisation}: تحقّق من بصمته {key} معها</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="76"/>
        <source>{said} · warning: {organisation} signed its earlier files with another key ({key}); check with them that this file is theirs</source>
        <translation>{said} · تنبيه: وقّعت {organisation} ملفاتها السابقة بمفتاح آخر ({key})؛ تحقّق معها من أن هذا الملف ملفها</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="81"/>
        <source>{said} · warning: not signed, though {organisation} signed its earlier files (key {key})</source>
        <translation>{said} · تنبيه: غير موقّع، مع أن {organisation} وقّعت ملفاتها السابقة (المفتاح {key})</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="86"/>
        <source>{said} · opened from a sealed package</source>
        <translation>{said} · فُتح من حزمة مختومة</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="87"/>
        <source>{said} (a SAMPLE file from a workshop)</source>
        <translation>{said} (ملف تجريبي من ورشة عمل)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="88"/>
        <source>not read: the work was cancelled before this file</source>
        <translation>لم يُقرأ: أُلغي العمل قبل هذا الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="89"/>
        <source>an unexpected problem ({error}) stopped the reading of this file; details are in {log}</source>
        <translation>أوقفت مشكلة غير متوقعة ({error}) قراءة هذا الملف؛ التفاصيل في {log}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/follow_on.py" line="26"/>
        <source>started from {earlier}. Carried over: answers {answered}, ratings at the last review {ratings}, recommendations to follow up {rows}</source>
        <translation>بدءًا من {earlier}. المنقول: الإجابات {answered}، والتقديرات في الاستعراض السابق {ratings}، والتوصيات للمتابعة {rows}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/follow_on.py" line="31"/>
        <source>earlier recommendations not carried, as they name no objective (or its table is full): {count}; you will find them in {earlier}</source>
        <translation>توصيات سابقة لم تُنقل لأنها لا تذكر أي هدف (أو لأن جدولها ممتلئ): {count}؛ ستجدها في {earlier}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="145"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="149"/>
        <source>The database and its backups are encrypted: without the passphrase or the recovery key, nobody can read them, not even from a lost or seized laptop.</source>
        <translation>قاعدة البيانات ونسخها الاحتياطية مشفّرة: من دون عبارة المرور أو مفتاح الاسترداد لا يستطيع أحد قراءتها، حتى من حاسوب محمول مفقود أو مصادَر.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="154"/>
        <source>A passphrase encrypts the database and its backups: without it, nobody can read them, not even from a lost or seized laptop. It is asked for every time the application starts. A recovery key is shown once, to print and keep somewhere else: if both are lost, the reviews cannot be opened by anyone.</source>
        <translation>تشفّر عبارة المرور قاعدة البيانات ونسخها الاحتياطية: من دونها لا يستطيع أحد قراءتها، حتى من حاسوب محمول مفقود أو مصادَر. وتُطلب في كل مرة يبدأ فيها التطبيق. ويُعرض مفتاح استرداد مرة واحدة لطباعته وحفظه في مكان آخر: وإذا فُقد الاثنان فلن يستطيع أحد فتح الاستعراضات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="162"/>
        <source>C&amp;hange the passphrase</source>
        <translation>تغيير &amp;عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="164"/>
        <source>&amp;Remove the passphrase (the files are decrypted)</source>
        <translation>&amp;إزالة عبارة المرور (تُفكّ شفرة الملفات)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="174"/>
        <source>Current passphrase or recovery key</source>
        <translation>عبارة المرور الحالية أو مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="175"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="176"/>
        <source>New passphrase once more</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="173"/>
        <source>C&amp;urrent passphrase or recovery key:</source>
        <translation>عبارة المرور ال&amp;حالية أو مفتاح الاسترداد:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="175"/>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="176"/>
        <source>New passphrase &amp;once more:</source>
        <translation>عبارة المرور الجديدة &amp;مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="198"/>
        <source>At least {0} characters. A few unrelated words are easier to remember than a short password, and harder to guess.</source>
        <translation>{0} أحرف على الأقل. بضع كلمات لا صلة بينها أسهل تذكرًا من كلمة مرور قصيرة، وأصعب تخمينًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="228"/>
        <source>&amp;Set passphrase</source>
        <translation>&amp;تعيين عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="230"/>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="230"/>
        <source>&amp;Change</source>
        <translation>&amp;تغيير</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="239"/>
        <source>The new passphrase needs at least {0} characters.</source>
        <translation>تحتاج عبارة المرور الجديدة إلى {0} أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="245"/>
        <source>The two new passphrases differ.</source>
        <translation>العبارتان الجديدتان مختلفتان.</translation>
    </message>
</context>
<context>
    <name>PassphraseJobs</name>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="67"/>
        <source>A workshop copy is thrown away when the window closes: it has no passphrase.</source>
        <translation>تُحذف نسخة ورشة العمل عند إغلاق النافذة: فلا عبارة مرور لها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="93"/>
        <source>The passphrase could not be changed.</source>
        <translation>تعذّر تغيير عبارة المرور.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="98"/>
        <source>The database and its backups are now encrypted.</source>
        <translation>قاعدة البيانات ونسخها الاحتياطية مشفّرة الآن.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="99"/>
        <source>The passphrase is changed. The recovery key stays the same.</source>
        <translation>تغيّرت عبارة المرور. ويبقى مفتاح الاسترداد كما هو.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="100"/>
        <source>The passphrase is removed: the database is no longer encrypted.</source>
        <translation>أُزيلت عبارة المرور: لم تعد قاعدة البيانات مشفّرة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="174"/>
        <source>The recovery key opened the database. Choose a passphrase again in Settings › Passphrase… (Change, with the recovery key as the current passphrase): it writes a new key file.</source>
        <translation>فتح مفتاح الاسترداد قاعدة البيانات. اختر عبارة مرور من جديد في إعدادات › عبارة المرور… (تغيير، مع مفتاح الاسترداد بوصفه عبارة المرور الحالية): فيُكتب ملف مفتاح جديد.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="49"/>
        <source>{0} is required</source>
        <translation>الحقل «{0}» إلزامي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="51"/>
        <source>{0} add up to {1}, more than the {2} participants</source>
        <translation>مجموع «{0}» هو {1}، وهو أكثر من عدد المشاركين ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="55"/>
        <source>{0} add up to {1}, fewer than the {2} participants</source>
        <translation>مجموع «{0}» هو {1}، وهو أقل من عدد المشاركين ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="59"/>
        <source>“{0}” is not an e-mail address</source>
        <translation>«{0}» ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="63"/>
        <source>The end of the period is before its start</source>
        <translation>تاريخ نهاية الفترة يسبق تاريخ بدايتها</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="65"/>
        <source>The period is longer than the {0} years submissions usually cover. You can keep it.</source>
        <translation>تتجاوز الفترة {0} سنوات، وهي المدة التي تغطيها التقارير عادةً. يمكنك الإبقاء عليها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="70"/>
        <source>Not a question of this form</source>
        <translation>ليس سؤالًا من أسئلة هذه الاستمارة</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="69"/>
        <source>{value} is not a number</source>
        <translation>{value} ليس رقمًا</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="70"/>
        <source>{value} is not a count (0 or more)</source>
        <translation>{value} ليس عددًا (0 أو أكثر)</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="75"/>
        <source>expected text</source>
        <translation>المطلوب نص</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="81"/>
        <source>expected a single line of text</source>
        <translation>المطلوب سطر واحد من النص</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="87"/>
        <source>text is {length} characters long, at most {limit} are allowed</source>
        <translation>طول النص {length} حرفًا، والحد الأقصى المسموح به {limit}</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="111"/>
        <source>{value} is not one of the choices ({allowed})</source>
        <translation>{value} ليس من الخيارات المتاحة ({allowed})</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="124"/>
        <source>expected a list of choices</source>
        <translation>المطلوب قائمة خيارات</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="147"/>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} ليس تاريخًا (اكتب السنة ثم الشهر ثم اليوم، مثلًا 2026-03-31)</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="165"/>
        <source>{value} is not a whole number</source>
        <translation>{value} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="169"/>
        <source>{value} is below the minimum of {limit}</source>
        <translation>{value} أقل من الحد الأدنى البالغ {limit}</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="172"/>
        <source>{value} is above the maximum of {limit}</source>
        <translation>{value} يتجاوز الحد الأقصى البالغ {limit}</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="180"/>
        <source>expected yes or no</source>
        <translation>المطلوب نعم أو لا</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="187"/>
        <source>expected a count per category</source>
        <translation>المطلوب عدد لكل فئة</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="206"/>
        <source>expected a list of rows</source>
        <translation>المطلوب قائمة صفوف</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="208"/>
        <source>{rows} rows, at most {limit} are allowed</source>
        <translation>{rows} صفًا، والحد الأقصى المسموح به {limit}</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="215"/>
        <source>expected a row of named values</source>
        <translation>المطلوب صف من القيم المسماة</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="221"/>
        <source>unknown column {column}</source>
        <translation>عمود غير معروف: {column}</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="318"/>
        <source>{value} is not yes or no</source>
        <translation>{value} ليس نعم ولا لا</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="327"/>
        <source>not valid JSON ({error})</source>
        <translation>JSON غير صالح ({error})</translation>
    </message>
    <message>
        <location filename="../../exports/import_problems.py" line="17"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../exports/import_problems.py" line="18"/>
        <source>{file}: … and {count} more problems</source>
        <translation>{file}: … و{count} مشكلات أخرى</translation>
    </message>
    <message>
        <location filename="../../exports/import_problems.py" line="19"/>
        <source>{file}: {problem} (and {count} more problems)</source>
        <translation>{file}: {problem} (و{count} مشكلات أخرى)</translation>
    </message>
    <message>
        <location filename="../../exports/import_problems.py" line="21"/>
        <source>the sheet {sheet} is missing</source>
        <translation>الورقة {sheet} غير موجودة</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="65"/>
        <source>form version</source>
        <translation>نسخة الاستمارة</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="66"/>
        <source>revision</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="67"/>
        <source>layout version</source>
        <translation>نسخة التخطيط</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="68"/>
        <source>review id</source>
        <translation>معرّف استعراض</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="69"/>
        <source>template id</source>
        <translation>معرّف نموذج</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="160"/>
        <source>refused: safe XML parsing (defusedxml) is not available</source>
        <translation>مرفوض: القراءة الآمنة لملفات XML (defusedxml) غير متاحة</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="246"/>
        <source>refused: the file declares XML entities (possible XML attack)</source>
        <translation>مرفوض: يعلن الملف عن كيانات XML (هجوم XML محتمل)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="252"/>
        <source>cannot be read as a workbook ({kind}: {detail})</source>
        <translation>لا يمكن قراءته مصنفًا ({kind}: {detail})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="326"/>
        <source>form version {version} is not known to this version of the application</source>
        <translation>هذا الإصدار من التطبيق لا يعرف الإصدار {version} من الاستمارة</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="331"/>
        <source>this is not a {form} workbook</source>
        <translation>هذا ليس مصنفًا من نوع {form}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="341"/>
        <source>{where}: {value} is not a kind of workbook</source>
        <translation>{where}: {value} ليس نوعًا من المصنفات</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="345"/>
        <source>{where}: the digest is not a SHA-256</source>
        <translation>{where}: البصمة ليست من نوع SHA-256</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="352"/>
        <source>{where}: {value} is not a {flag} flag</source>
        <translation>{where}: {value} ليست قيمة ممكنة لـ{flag}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="412"/>
        <source>missing</source>
        <translation>بلا قيمة</translation>
    </message>
    <message>
        <location filename="../../forms/errors.py" line="8"/>
        <location filename="../../exports/xlsx_reader.py" line="366"/>
        <location filename="../../exports/xlsx_reader.py" line="616"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="413"/>
        <source>{where}: the {what} ({value}) is not a whole number from {low} to {high}</source>
        <translation>{where}: {what} ({value}) ليس عددًا صحيحًا من {low} إلى {high}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="430"/>
        <source>{where}: {value} is not a {what} (a UUID)</source>
        <translation>{where}: {value} ليس {what} (UUID)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="458"/>
        <source>the answers of form version {version} cannot be carried over ({problem})</source>
        <translation>لا يمكن نقل إجابات الإصدار {version} من الاستمارة ({problem})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="488"/>
        <source>{where}: a value beyond row {row}, the last this sheet has room for</source>
        <translation>{where}: قيمة بعد الصف {row}، وهو آخر صف تتسع له هذه الورقة</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="497"/>
        <source>{where}: a value beyond column {column}, the last this sheet has room for</source>
        <translation>{where}: قيمة بعد العمود {column}، وهو آخر عمود تتسع له هذه الورقة</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="525"/>
        <source>{where}: the key column {column} is missing from row 1</source>
        <translation>{where}: عمود المفاتيح {column} غير موجود في الصف 1</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="547"/>
        <source>{where}: {owner} appears twice</source>
        <translation>{where}: {owner} مذكور مرتين</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="575"/>
        <source>{where}: the {what} this row is about is missing (choose it from the list)</source>
        <translation>{where}: العنصر ({what}) الذي يخص هذا الصف غير موجود (اختره من القائمة)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="585"/>
        <source>{where}: unknown id {value}</source>
        <translation>{where}: معرّف غير معروف {value}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="63"/>
        <location filename="../../exports/xlsx_package.py" line="64"/>
        <source>the workbook contains macros (a VBA project)</source>
        <translation>يحتوي المصنف على وحدات ماكرو (مشروع VBA)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="65"/>
        <source>the workbook contains macro sheets</source>
        <translation>يحتوي المصنف على أوراق ماكرو</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="66"/>
        <source>the workbook contains dialog sheets (macros)</source>
        <translation>يحتوي المصنف على أوراق حوار (وحدات ماكرو)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="69"/>
        <source>the workbook contains a custom ribbon (macros)</source>
        <translation>يحتوي المصنف على شريط أدوات مخصص (وحدات ماكرو)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="70"/>
        <source>the workbook contains external links to other files</source>
        <translation>يحتوي المصنف على روابط خارجية إلى ملفات أخرى</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="73"/>
        <source>the workbook contains embedded objects (OLE)</source>
        <translation>يحتوي المصنف على كائنات مضمَّنة (OLE)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="74"/>
        <source>the workbook contains ActiveX controls</source>
        <translation>يحتوي المصنف على عناصر تحكم ActiveX</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="75"/>
        <source>the workbook contains form controls</source>
        <translation>يحتوي المصنف على عناصر تحكم نماذج</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="76"/>
        <source>the workbook contains data connections</source>
        <translation>يحتوي المصنف على اتصالات بيانات</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="77"/>
        <source>the workbook contains data connections (query tables)</source>
        <translation>يحتوي المصنف على اتصالات بيانات (جداول استعلام)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="83"/>
        <source>macros (a VBA project)</source>
        <translation>وحدات ماكرو (مشروع VBA)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="84"/>
        <source>macros (a macro-enabled workbook)</source>
        <translation>وحدات ماكرو (مصنف يدعم وحدات الماكرو)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="85"/>
        <location filename="../../exports/xlsx_package.py" line="86"/>
        <location filename="../../exports/xlsx_package.py" line="87"/>
        <source>macro sheets</source>
        <translation>أوراق ماكرو</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="88"/>
        <source>dialog sheets (macros)</source>
        <translation>أوراق حوار (وحدات ماكرو)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="89"/>
        <location filename="../../exports/xlsx_package.py" line="90"/>
        <source>external links to other files</source>
        <translation>روابط خارجية إلى ملفات أخرى</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="91"/>
        <location filename="../../exports/xlsx_package.py" line="105"/>
        <source>embedded objects (OLE)</source>
        <translation>كائنات مضمَّنة (OLE)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="92"/>
        <source>embedded objects (packages)</source>
        <translation>كائنات مضمَّنة (حزم)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="93"/>
        <location filename="../../exports/xlsx_package.py" line="94"/>
        <source>ActiveX controls</source>
        <translation>عناصر تحكم ActiveX</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="95"/>
        <location filename="../../exports/xlsx_package.py" line="96"/>
        <source>form controls</source>
        <translation>عناصر تحكم نماذج</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="97"/>
        <source>data connections</source>
        <translation>اتصالات بيانات</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="98"/>
        <source>data connections (query tables)</source>
        <translation>اتصالات بيانات (جداول استعلام)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="99"/>
        <source>a link to a template elsewhere</source>
        <translation>رابطًا إلى قالب في مكان آخر</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="100"/>
        <source>a link to a frame elsewhere</source>
        <translation>رابطًا إلى إطار في مكان آخر</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="104"/>
        <source>an embedded object (OLE)</source>
        <translation>كائنًا مضمَّنًا (OLE)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="106"/>
        <source>a form or ActiveX control</source>
        <translation>عنصر تحكم نموذج أو ActiveX</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="107"/>
        <source>form or ActiveX controls</source>
        <translation>عناصر تحكم نماذج أو ActiveX</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="108"/>
        <source>a DDE link</source>
        <translation>رابط DDE</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="109"/>
        <source>an OLE link</source>
        <translation>رابط OLE</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="110"/>
        <location filename="../../exports/xlsx_package.py" line="111"/>
        <source>a link to another workbook</source>
        <translation>رابطًا إلى مصنف آخر</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="112"/>
        <source>links to other workbooks</source>
        <translation>روابط إلى مصنفات أخرى</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="113"/>
        <source>web publishing</source>
        <translation>نشرًا على الويب</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="116"/>
        <source>{where}: refused: {reason}</source>
        <translation>{where}: مرفوض: {reason}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="117"/>
        <source>the workbook contains {what}</source>
        <translation>يحتوي المصنف على {what}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="194"/>
        <location filename="../../desktop/backups.py" line="202"/>
        <source>no such file</source>
        <translation>هذا الملف غير موجود</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="71"/>
        <location filename="../../exports/xlsx_package.py" line="197"/>
        <source>the file is larger than {size} MB</source>
        <translation>حجم الملف يتجاوز {size} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="77"/>
        <source>cannot be read ({reason})</source>
        <translation>تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="80"/>
        <source>the sealed package is damaged or truncated</source>
        <translation>الحزمة المختومة تالفة أو مبتورة</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="84"/>
        <source>the sealed package was written by a newer version of GCM Shadow Review</source>
        <translation>كُتبت الحزمة المختومة بإصدار أحدث من GCM Shadow Review</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="92"/>
        <source>a sealed package for the coalition key {key}: only the coalition lead&apos;s database, which holds that key, opens it</source>
        <translation>حزمة مختومة لمفتاح الائتلاف {key}: لا تفتحها إلا قاعدة بيانات الجهة المنسقة للائتلاف التي تحفظ ذلك المفتاح</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="98"/>
        <source>sealed for the coalition key {key}, not for this database&apos;s ({ours})</source>
        <translation>مختومة لمفتاح الائتلاف {key}، لا لمفتاح قاعدة البيانات هذه ({ours})</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="108"/>
        <source>the sealed package is damaged or was changed after it was sealed</source>
        <translation>الحزمة المختومة تالفة أو غُيّرت بعد ختمها</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="205"/>
        <source>the workbook is password-protected or in the old .xls format: save it as an .xlsx workbook without a password</source>
        <translation>المصنف محمي بكلمة مرور أو بصيغة ‎.xls القديمة: احفظه مصنفًا بصيغة ‎.xlsx دون كلمة مرور</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="214"/>
        <source>not an xlsx workbook (it is not a zip file)</source>
        <translation>ليس مصنفًا بصيغة xlsx (ليس ملف zip)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="232"/>
        <source>the file is damaged or truncated ({detail})</source>
        <translation>الملف تالف أو ناقص ({detail})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="268"/>
        <source>refused: more than {count} parts in the file</source>
        <translation>مرفوض: أكثر من {count} جزءًا في الملف</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="273"/>
        <source>{where}: refused: the part appears twice in the file</source>
        <translation>{where}: مرفوض: الجزء مذكور مرتين في الملف</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="279"/>
        <source>{where}: refused: the part is encrypted</source>
        <translation>{where}: مرفوض: الجزء مشفَّر</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="282"/>
        <source>{where}: refused: compressed with a method spreadsheets do not use (method {method})</source>
        <translation>{where}: مرفوض: مضغوط بطريقة لا تستخدمها جداول البيانات (الطريقة {method})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="290"/>
        <source>refused: it claims to unpack to {size} MB (a zip bomb?)</source>
        <translation>مرفوض: يدّعي أن حجمه بعد فك الضغط {size} ميغابايت (قنبلة zip؟)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="296"/>
        <source>not an xlsx workbook ({part} is missing)</source>
        <translation>ليس مصنفًا بصيغة xlsx (الجزء {part} غير موجود)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="329"/>
        <source>{where}: refused: the file unpacks to too much (a zip bomb?)</source>
        <translation>{where}: مرفوض: الملف بعد فك الضغط كبير جدًا (قنبلة zip؟)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="334"/>
        <source>{where}: refused: the part is compressed suspiciously well (a zip bomb?)</source>
        <translation>{where}: مرفوض: الجزء مضغوط بدرجة مريبة (قنبلة zip؟)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="483"/>
        <source>{where}: the file is damaged (the part is not well-formed XML: {error}, line {line})</source>
        <translation>{where}: الملف تالف (الجزء ليس XML سليم البنية: {error}، السطر {line})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="497"/>
        <source>the part declares a document type or XML entities (possible XML attack)</source>
        <translation>يعلن الجزء عن نوع مستند أو كيانات XML (هجوم XML محتمل)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="506"/>
        <source>the part declares XML entities (possible XML attack)</source>
        <translation>يعلن الجزء عن كيانات XML (هجوم XML محتمل)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="520"/>
        <source>a shape or control runs a macro</source>
        <translation>شكل أو عنصر تحكم يشغّل وحدة ماكرو</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="523"/>
        <source>a formula is not accepted anywhere in a review workbook</source>
        <translation>لا تُقبل أي صيغة في مصنف الاستعراض</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="559"/>
        <source>a defined name</source>
        <translation>اسم معرَّف</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="560"/>
        <source>a conditional format</source>
        <translation>تنسيق شرطي</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="561"/>
        <source>a drop-down or chart</source>
        <translation>قائمة منسدلة أو مخطط</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="562"/>
        <source>{what} with a formula that calls a function, links elsewhere or uses DDE ({formula})</source>
        <translation>{what} بصيغة تستدعي دالة أو ترتبط بمكان آخر أو تستخدم DDE ({formula})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="598"/>
        <source>{where}: a formula is not accepted (in any cell of a review workbook); if it was typed as text, type it again with an apostrophe (&apos;) first</source>
        <translation>{where}: لا تُقبل الصيغة (في أي خلية من مصنف الاستعراض)؛ إن كانت قد كُتبت نصًا فأعد كتابتها مسبوقة بفاصلة عليا (&apos;)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="617"/>
        <source>a cell beyond column {column} or row {row}, far outside what a review workbook holds</source>
        <translation>خلية بعد العمود {column} أو الصف {row}، بعيدة جدًا عما يحويه مصنف الاستعراض</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="630"/>
        <source>the workbook links to a file elsewhere ({kind})</source>
        <translation>يرتبط المصنف بملف في مكان آخر ({kind})</translation>
    </message>
    <message>
        <location filename="../../exports/atomic.py" line="36"/>
        <source>{file}: is a folder, not a file name</source>
        <translation>{file}: هذا مجلد وليس اسم ملف</translation>
    </message>
    <message>
        <location filename="../../exports/atomic.py" line="39"/>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <location filename="../../exports/atomic.py" line="44"/>
        <source>{file}: cannot write in {folder} ({reason})</source>
        <translation>{file}: تتعذّر الكتابة في {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="87"/>
        <location filename="../../exports/atomic.py" line="54"/>
        <source>{file}: could not be written ({reason})</source>
        <translation>{file}: تعذّرت كتابة الملف ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="100"/>
        <source>{folder}: the backups folder cannot be created ({reason})</source>
        <translation>{folder}: يتعذّر إنشاء مجلد النسخ الاحتياطية ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="107"/>
        <source>{file}: the backup could not be written</source>
        <translation>{file}: تعذّرت كتابة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="229"/>
        <source>{file}: cannot move the damaged database aside ({reason})</source>
        <translation>{file}: يتعذّر نقل قاعدة البيانات التالفة ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="245"/>
        <source>{file}: this is the database itself, not a backup of it</source>
        <translation>{file}: هذه قاعدة البيانات نفسها وليست نسخة احتياطية منها</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="251"/>
        <source>{file}: not a sound backup ({reason})</source>
        <translation>{file}: النسخة الاحتياطية غير سليمة ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="261"/>
        <source>{file}: the backup could not be restored</source>
        <translation>{file}: تعذّرت استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="280"/>
        <location filename="../../desktop/passphrase.py" line="238"/>
        <source>{file}: the copy failed its check ({reason})</source>
        <translation>{file}: لم تجتز النسخة الفحص ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="287"/>
        <source>{failure} ({reason})</source>
        <translation>{failure} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="176"/>
        <source>{file}: the database is damaged ({reason})</source>
        <translation>{file}: قاعدة البيانات تالفة ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="207"/>
        <source>{file}: the database is protected by a passphrase</source>
        <translation>{file}: قاعدة البيانات محمية بعبارة مرور</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="219"/>
        <source>{file}: the database was written by a newer version of GCM Shadow Review</source>
        <translation>{file}: كُتبت قاعدة البيانات بإصدار أحدث من GCM Shadow Review</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="230"/>
        <source>{file}: not a review database (it holds other tables)</source>
        <translation>{file}: ليست قاعدة بيانات استعراضات (تحتوي على جداول أخرى)</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="330"/>
        <source>{id} matches several reviews; give more of the id</source>
        <translation>{id} يطابق عدة استعراضات؛ اكتب مزيدًا من المعرّف</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="334"/>
        <source>no review with id {id} in {file}</source>
        <translation>لا يوجد استعراض بالمعرّف {id} في {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="641"/>
        <source>this database already has a signing key, {organisation}&apos;s (key {key})</source>
        <translation>لقاعدة البيانات هذه مفتاح توقيع بالفعل، مفتاح {organisation} (المفتاح {key})</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="670"/>
        <source>this database already has a coalition key, {coalition}&apos;s (key {key})</source>
        <translation>لقاعدة البيانات هذه مفتاح ائتلاف بالفعل، مفتاح {coalition} (المفتاح {key})</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="793"/>
        <source>the review {review} is already in the database</source>
        <translation>الاستعراض {review} موجود بالفعل في قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="15"/>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="16"/>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="20"/>
        <location filename="../../forms/os_reasons.py" line="21"/>
        <source>not permitted here</source>
        <translation>غير مسموح به هنا</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="22"/>
        <source>there is no such file or folder</source>
        <translation>هذا الملف أو المجلد غير موجود</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="23"/>
        <source>a part of the path is not a folder</source>
        <translation>جزء من المسار ليس مجلدًا</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="24"/>
        <source>it is a folder</source>
        <translation>هذا مجلد</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="25"/>
        <source>it exists already</source>
        <translation>موجود بالفعل</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="26"/>
        <source>the name is too long</source>
        <translation>الاسم طويل جدًا</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="27"/>
        <source>the disk could not be read or written</source>
        <translation>تعذّرت القراءة من القرص أو الكتابة عليه</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="28"/>
        <source>another program is using the file</source>
        <translation>برنامج آخر يستخدم الملف</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="29"/>
        <location filename="../../forms/os_reasons.py" line="30"/>
        <source>too many files are open</source>
        <translation>عدد الملفات المفتوحة كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../forms/safe_text.py" line="28"/>
        <source>special line breaks became ordinary ones</source>
        <translation>صارت فواصل الأسطر الخاصة فواصل عادية</translation>
    </message>
    <message>
        <location filename="../../forms/safe_text.py" line="29"/>
        <source>control characters that files cannot hold were removed</source>
        <translation>أُزيلت محارف التحكم التي لا تستطيع الملفات حفظها</translation>
    </message>
    <message>
        <location filename="../../forms/safe_text.py" line="32"/>
        <source>special line breaks became ordinary ones; control characters that files cannot hold were removed</source>
        <translation>صارت فواصل الأسطر الخاصة فواصل عادية؛ وأُزيلت محارف التحكم التي لا تستطيع الملفات حفظها</translation>
    </message>
    <message>
        <location filename="../../exports/picture_file.py" line="33"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: تتعذّر قراءته ({reason})</translation>
    </message>
    <message>
        <location filename="../../exports/picture_file.py" line="48"/>
        <source>a damaged image ({reason})</source>
        <translation>صورة تالفة ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/database_lock.py" line="39"/>
        <source>{file} is already open in another window of GCM Shadow Review. Use that window, or close it first.</source>
        <translation>{file} مفتوح بالفعل في نافذة أخرى من GCM Shadow Review. استخدم تلك النافذة، أو أغلقها أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/database_lock.py" line="46"/>
        <source>{file} is busy (a restore or another command is using it); try again</source>
        <translation>{file} مشغول (تستخدمه عملية استعادة أو أمر آخر)؛ أعد المحاولة</translation>
    </message>
    <message>
        <location filename="../../desktop/database_lock.py" line="86"/>
        <source>{file}: cannot take the lock ({reason})</source>
        <translation>{file}: يتعذّر قفل الملف ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="33"/>
        <source>{file}: is a folder, not a database file</source>
        <translation>{file}: هذا مجلد وليس ملف قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="34"/>
        <source>{file}: there is no database there</source>
        <translation>{file}: لا توجد قاعدة بيانات هناك</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="35"/>
        <source>{file}: the database cannot be created ({reason})</source>
        <translation>{file}: يتعذّر إنشاء قاعدة البيانات ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="36"/>
        <source>{file}: the database cannot be read ({reason})</source>
        <translation>{file}: تتعذّر قراءة قاعدة البيانات ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="37"/>
        <source>the database is damaged (the file is empty: 0 bytes)</source>
        <translation>قاعدة البيانات تالفة (الملف فارغ: 0 بايت)</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="38"/>
        <source>not a review database or damaged (it is not an SQLite database file)</source>
        <translation>ليست قاعدة بيانات استعراضات أو أنها تالفة (ليست ملف قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="41"/>
        <source>{file}: not a review database or damaged ({reason})</source>
        <translation>{file}: ليست قاعدة بيانات استعراضات أو أنها تالفة ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="42"/>
        <source>{file}: the database cannot be opened: {fault}</source>
        <translation>{file}: يتعذّر فتح قاعدة البيانات: {fault}</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="43"/>
        <source>the disk is full. Free some space, then try again. Nothing was changed.</source>
        <translation>القرص ممتلئ. حرّر بعض المساحة، ثم أعد المحاولة. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="46"/>
        <source>another program is using it. Try again in a moment. Nothing was changed.</source>
        <translation>برنامج آخر يستخدمها. أعد المحاولة بعد قليل. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="49"/>
        <source>it cannot be read or written here (read-only or not permitted). Nothing was changed.</source>
        <translation>تتعذّر قراءتها أو الكتابة فيها هنا (للقراءة فقط أو غير مسموح). لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="53"/>
        <source>the disk could not be read or written ({reason}). Nothing was changed.</source>
        <translation>تعذّرت القراءة من القرص أو الكتابة عليه ({reason}). لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/practice.py" line="29"/>
        <source>a practice set holds {fewest} to {most} member workbooks, not {count}</source>
        <translation>تضم مجموعة التدريب من {fewest} إلى {most} من مصنفات الأعضاء، لا {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/practice.py" line="40"/>
        <source>{folder}: cannot create the folder ({reason})</source>
        <translation>{folder}: يتعذّر إنشاء المجلد ({reason})</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="33"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="34"/>
        <source>not a PNG or JPEG image</source>
        <translation>ليست صورة PNG أو JPEG</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="35"/>
        <source>expected an image</source>
        <translation>تُنتظر صورة</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="36"/>
        <source>the image&apos;s data is damaged</source>
        <translation>بيانات الصورة تالفة</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="37"/>
        <source>a damaged PNG image (no header)</source>
        <translation>صورة PNG تالفة (بلا ترويسة)</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="38"/>
        <source>a PNG image cut short (it has no end)</source>
        <translation>صورة PNG مبتورة (ليس لها نهاية)</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="39"/>
        <source>a JPEG image cut short (it has no end)</source>
        <translation>صورة JPEG مبتورة (ليس لها نهاية)</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="40"/>
        <source>a damaged JPEG image</source>
        <translation>صورة JPEG تالفة</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="41"/>
        <source>a damaged JPEG image (no size)</source>
        <translation>صورة JPEG تالفة (بلا أبعاد)</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="85"/>
        <source>the image is {width} × {height} pixels, at most {most} on a side are allowed</source>
        <translation>أبعاد الصورة {width} × {height} بكسل، والحد الأقصى المسموح {most} لكل ضلع</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="100"/>
        <source>the image is {size} MB, at most {most} MB are allowed</source>
        <translation>حجم الصورة {size} ميغابايت، والحد الأقصى المسموح {most} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="60"/>
        <source>the database could not be written ({reason}); nothing was lost</source>
        <translation>تعذّرت الكتابة في قاعدة البيانات ({reason})؛ ولم يُفقد شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/follow_on.py" line="36"/>
        <source>{file}: it holds no answer a new review could start from</source>
        <translation>{file}: لا يحوي أي إجابة يمكن أن يبدأ منها استعراض جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="119"/>
        <source>a passphrase needs at least {count} characters</source>
        <translation>تحتاج عبارة المرور إلى {count} أحرف على الأقل</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="125"/>
        <source>{file}: the key file is damaged ({reason})</source>
        <translation>{file}: ملف المفتاح تالف ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="134"/>
        <source>{file}: the key file cannot be read ({reason})</source>
        <translation>{file}: تتعذّر قراءة ملف المفتاح ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="144"/>
        <source>{file}: the key file was written by a newer version of GCM Shadow Review</source>
        <translation>{file}: كُتب ملف المفتاح بإصدار أحدث من GCM Shadow Review</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="190"/>
        <source>{file}: the key file could not be written ({reason}); nothing was changed</source>
        <translation>{file}: تعذّرت كتابة ملف المفتاح ({reason})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="98"/>
        <source>{file}: the key file is missing; the recovery key still opens the database</source>
        <translation>{file}: ملف المفتاح مفقود؛ ولا يزال مفتاح الاسترداد يفتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="109"/>
        <source>{file}: this passphrase does not open the database</source>
        <translation>{file}: عبارة المرور هذه لا تفتح قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="132"/>
        <source>{file}: the database is already protected by a passphrase</source>
        <translation>{file}: قاعدة البيانات محمية بعبارة مرور بالفعل</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="137"/>
        <source>{file}: the database has no passphrase</source>
        <translation>{file}: لا عبارة مرور لقاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="248"/>
        <source>{file}: could not be rewritten ({reason}); nothing was changed</source>
        <translation>{file}: تعذّرت إعادة كتابته ({reason})؛ لم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../exports/lead_key.py" line="94"/>
        <source>{file}: the coalition key file cannot be read ({reason})</source>
        <translation>{file}: تتعذّر قراءة ملف مفتاح الائتلاف ({reason})</translation>
    </message>
    <message>
        <location filename="../../exports/lead_key.py" line="106"/>
        <source>{file}: the coalition key file was written by a newer version of GCM Shadow Review</source>
        <translation>{file}: كُتب ملف مفتاح الائتلاف بإصدار أحدث من GCM Shadow Review</translation>
    </message>
    <message>
        <location filename="../../exports/lead_key.py" line="125"/>
        <source>{file}: not a coalition key file, or damaged ({reason})</source>
        <translation>{file}: ليس ملف مفتاح ائتلاف أو أنه تالف ({reason})</translation>
    </message>
</context>
<context>
    <name>RadioChoiceEditor</name>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="314"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="315"/>
        <source>Clear the answer</source>
        <translation>مسح الإجابة</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="275"/>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="279"/>
        <source>The database is now protected by your passphrase. This recovery key opens it if the passphrase is forgotten. It is shown only this once: print it or write it down, and keep it somewhere other than this computer, where nobody who should not read your reviews can find it.</source>
        <translation>قاعدة البيانات محمية الآن بعبارة المرور الخاصة بك. ويفتحها مفتاح الاسترداد هذا إذا نُسيت عبارة المرور. ولا يُعرض إلا هذه المرة: اطبعه أو دوّنه، واحفظه في مكان غير هذا الحاسوب، حيث لا يجده أحد لا ينبغي له أن يقرأ الاستعراضات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="298"/>
        <source>&amp;Save a page to print…</source>
        <translation>&amp;حفظ صفحة للطباعة…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="301"/>
        <source>A PDF of this key, to print at once: save it on a USB stick or delete it once printed, as a copy left on this computer opens your reviews</source>
        <translation>ملف PDF لهذا المفتاح لطباعته فورًا: احفظه على ذاكرة محمولة أو احذفه بعد طباعته، فالنسخة المتروكة على هذا الحاسوب تفتح الاستعراضات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="307"/>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>لقد &amp;دوّنت مفتاح الاسترداد أو طبعته</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="332"/>
        <source>Save a page to print</source>
        <translation>حفظ صفحة للطباعة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="333"/>
        <source>recovery key.pdf</source>
        <translation>مفتاح الاسترداد.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="334"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="349"/>
        <source>Saved {0}. Print it now, then delete the file: a copy left on this computer opens your reviews.</source>
        <translation>حُفظ {0}. اطبعه الآن، ثم احذف الملف: فالنسخة المتروكة على هذا الحاسوب تفتح الاستعراضات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="294"/>
        <source>Recovery key: {0}</source>
        <translation>مفتاح الاسترداد: {0}</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="32"/>
        <location filename="../../desktop/ui/recovery_sheet.py" line="69"/>
        <source>GCM Shadow Review: recovery key</source>
        <translation>GCM Shadow Review: مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="34"/>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="36"/>
        <source>This key opens the database and its backups if the passphrase is forgotten. Keep this page apart from the computer, where nobody who should not read the reviews can find it. Anyone who has it can open them.</source>
        <translation>يفتح هذا المفتاح قاعدة البيانات ونسخها الاحتياطية إذا نُسيت عبارة المرور. احفظ هذه الصفحة بعيدًا عن الحاسوب، حيث لا يجدها أحد لا ينبغي له أن يقرأ الاستعراضات. فمن يملكها يستطيع فتحها.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="44"/>
        <source>Delete the file once it is printed: a copy left on the computer opens the reviews.</source>
        <translation>احذف الملف بعد طباعته: فالنسخة المتروكة على الحاسوب تفتح الاستعراضات.</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="44"/>
        <source>{0} of {1} files taken in, {2} not.</source>
        <translation>أُدخل {0} من {1} ملفات، ولم يُدخل {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="50"/>
        <source>{0} of them changed nothing: already here, or here in a newer revision.</source>
        <translation>لم يغيّر {0} منها شيئًا: موجودة هنا بالفعل، أو موجودة هنا بنسخة أحدث.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="57"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="57"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="57"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="76"/>
        <source>Details of the file chosen</source>
        <translation>تفاصيل الملف المختار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="83"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="84"/>
        <source>Copy the whole table, to paste it into an e-mail or a note</source>
        <translation>نسخ الجدول كله للصقه في رسالة بريد إلكتروني أو ملاحظة</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <location filename="../../desktop/ui/editor.py" line="71"/>
        <source>Contributions</source>
        <translation>المساهمات</translation>
    </message>
</context>
<context>
    <name>ReviewRemoval</name>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="31"/>
        <source>Delete review</source>
        <translation>حذف الاستعراض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="33"/>
        <source>Delete the review “{0}” with all its answers? The database is backed up first, and Undo on the list of reviews brings it back.</source>
        <translation>هل تريد حذف الاستعراض «{0}» بكل إجاباته؟ تُنسخ قاعدة البيانات احتياطيًا أولًا، ويعيده زر «تراجع» في قائمة الاستعراضات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="49"/>
        <source>The review could not be deleted.</source>
        <translation>تعذّر حذف الاستعراض.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="52"/>
        <source>Deleted “{0}”.</source>
        <translation>حُذف «{0}».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="54"/>
        <source>A backup of the database was made first.</source>
        <translation>أُخذت نسخة احتياطية من قاعدة البيانات قبل ذلك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="66"/>
        <source>The review could not be brought back.</source>
        <translation>تعذّرت إعادة الاستعراض.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="81"/>
        <source>The review could not be archived.</source>
        <translation>تعذّرت أرشفة الاستعراض.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="86"/>
        <source>(no country yet)</source>
        <translation>(لم يُحدَّد البلد بعد)</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../desktop/ui/autosave.py" line="145"/>
        <source>An unexpected problem ({0}) stopped the save; details are in {1}</source>
        <translation>أوقفت مشكلةٌ غير متوقعة ({0}) الحفظ؛ التفاصيل في {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave.py" line="236"/>
        <source>The save of {0} did not finish within {1} seconds.</source>
        <translation>لم يكتمل حفظ {0} خلال {1} ثوانٍ.</translation>
    </message>
</context>
<context>
    <name>SavingShown</name>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="45"/>
        <source>Some changes could not be saved:
{0}

Close anyway and lose them?</source>
        <translation>تعذّر حفظ بعض التغييرات:
{0}

هل تريد الإغلاق رغم ذلك وفقدانها؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="57"/>
        <source>✓ Saved</source>
        <translation>✓ تم الحفظ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="60"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="62"/>
        <source>⚠ Not saved – retrying</source>
        <translation>⚠ لم يُحفظ – جارٍ إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="73"/>
        <source>Save status: {0}</source>
        <translation>حالة الحفظ: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="82"/>
        <source>Your last changes could not be saved yet. They are kept in the window and saving is retried every few seconds.</source>
        <translation>تعذّر حفظ تغييراتك الأخيرة حتى الآن. لا تزال موجودة في النافذة، وتُعاد محاولة الحفظ كل بضع ثوانٍ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="94"/>
        <source>{0}: special line breaks or control characters were changed so that the answer can be saved and exported</source>
        <translation>{0}: غُيِّرت فواصل أسطر خاصة أو محارف تحكّم كي يمكن حفظ الإجابة وتصديرها</translation>
    </message>
</context>
<context>
    <name>SigningKeyJobs</name>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="39"/>
        <source>Create a signing key</source>
        <translation>إنشاء مفتاح توقيع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="41"/>
        <source>No key signs this database&apos;s workbooks yet. A signed workbook lets a coalition tell your files from forged or changed ones.

Name of the organisation that signs:</source>
        <translation>لا يوجد بعد مفتاح يوقّع مصنفات قاعدة البيانات هذه. يتيح المصنف الموقَّع للائتلاف تمييز ملفاتك عن الملفات المزوَّرة أو المعدَّلة.

اسم المنظمة التي توقّع:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="53"/>
        <source>The signing key could not be made.</source>
        <translation>تعذّر إنشاء مفتاح التوقيع.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="57"/>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="59"/>
        <source>Workbooks exported from this database can be signed by {0}.

Key: {1}

Read the key out to a coalition lead who asks: it is how they know a file is yours.</source>
        <translation>يمكن توقيع المصنفات المُصدَّرة من قاعدة البيانات هذه باسم {0}.

المفتاح: {1}

اقرأ المفتاح بصوت عالٍ لمنسق الائتلاف إذا طلبه: فبه يعرف أن الملف ملفك.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="52"/>
        <source>GCM Shadow Review</source>
        <translation>GCM Shadow Review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="59"/>
        <source>Review how your government implements the Global Compact for Safe, Orderly and Regular Migration, objective by objective. Everything stays on this computer and is saved as you type.</source>
        <translation>استعرض كيف تنفّذ حكومتك الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، هدفًا تلو الآخر. تبقى جميع البيانات على هذا الحاسوب، وتُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="69"/>
        <source>&amp;New review…</source>
        <translation>استعراض &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="70"/>
        <source>Open the &amp;sample review</source>
        <translation>فتح الاستعراض التج&amp;ريبي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="72"/>
        <source>A fictional review for workshops; your changes to it are not kept.</source>
        <translation>استعراض خيالي لورش العمل؛ لا تُحفظ التغييرات التي تجريها عليه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="74"/>
        <source>&amp;Import a file…</source>
        <translation>است&amp;يراد ملف…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="76"/>
        <source>Bring in filled questionnaires or workbooks exported by other organisations.</source>
        <translation>استيراد استمارات مملوءة أو مصنفات صدّرتها منظمات أخرى.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="78"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="94"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="101"/>
        <location filename="../../desktop/ui/start_screen.py" line="107"/>
        <source>Your reviews</source>
        <translation>استعراضاتك</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="105"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="105"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="105"/>
        <source>Complete</source>
        <translation>الاكتمال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="106"/>
        <source>Last edit</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="115"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="117"/>
        <source>The database is backed up first, and Undo brings the review back.</source>
        <translation>تُنسخ قاعدة البيانات احتياطيًا أولًا، ويعيد «تراجع» الاستعراض.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="119"/>
        <location filename="../../desktop/ui/start_screen.py" line="185"/>
        <source>Arc&amp;hive</source>
        <translation>أر&amp;شفة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="121"/>
        <source>Put the review away from this list, whole; “Show archived” finds it again.</source>
        <translation>يُخفي الاستعراض من هذه القائمة كاملًا دون فقدان شيء؛ ويُظهره مجددًا خيار «إظهار الاستعراضات المؤرشفة».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="123"/>
        <source>Show a&amp;rchived reviews</source>
        <translation>إ&amp;ظهار الاستعراضات المؤرشفة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="133"/>
        <source>No reviews yet. Start a new review, or open the sample to explore.</source>
        <translation>لا توجد استعراضات بعد. ابدأ استعراضًا جديدًا، أو افتح الاستعراض التجريبي للتعرّف على التطبيق.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="154"/>
        <source>(no organisation yet)</source>
        <translation>(لم تُحدَّد المنظمة بعد)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="155"/>
        <source>SAMPLE</source>
        <translation>نسخة تجريبية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="160"/>
        <source>{0} (coalition)</source>
        <translation>{0} (ائتلاف)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="162"/>
        <source>{0} (archived)</source>
        <translation>{0} (مؤرشف)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="164"/>
        <source>(no country yet)</source>
        <translation>(لم يُحدَّد البلد بعد)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="185"/>
        <source>Un&amp;archive</source>
        <translation>إلغاء الأر&amp;شفة</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/ui/database_lock.py" line="36"/>
        <source>{0} is already open in another window of GCM Shadow Review. Use that window, or close it first.</source>
        <translation>{0} مفتوح بالفعل في نافذة أخرى من GCM Shadow Review. استخدم تلك النافذة أو أغلقها أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="137"/>
        <source>An unexpected problem ({0}) interrupted what you were doing. Everything saved so far is safe. The details are in {1}.</source>
        <translation>قطعت مشكلةٌ غير متوقعة ({0}) ما كنت تفعله. كل ما حُفظ حتى الآن في أمان. التفاصيل في {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="194"/>
        <source>The database {0} is damaged: {1}

It was moved aside, untouched, to {2}.</source>
        <translation>قاعدة البيانات {0} تالفة: {1}

نُقلت إلى {2} دون أي تعديل.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="203"/>
        <source>There is no backup: a new, empty database starts.</source>
        <translation>لا توجد نسخة احتياطية: ستبدأ قاعدة بيانات جديدة فارغة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="214"/>
        <source>Restore the newest backup, made on {0}?</source>
        <translation>هل تريد استعادة أحدث نسخة احتياطية، المُعدّة في {0}؟</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="74"/>
        <source>&amp;Add row</source>
        <translation>إ&amp;ضافة صف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="75"/>
        <source>Remove row</source>
        <translation>حذف الصف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="76"/>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="77"/>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="87"/>
        <source>No rows yet. Press “Add row” to start.</source>
        <translation>لا توجد صفوف بعد. اضغط «إضافة صف» للبدء.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="103"/>
        <source>Required.</source>
        <translation>إلزامي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="148"/>
        <source>Row {0}: {1}</source>
        <translation>الصف {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="180"/>
        <source>Remove row {0} and everything in it? Edit › Undo brings it back.</source>
        <translation>هل تريد حذف الصف {0} وكل ما فيه؟ تحرير › تراجع يعيده.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="248"/>
        <source>Rows never exported, kept on this computer only: {0}</source>
        <translation>صفوف لا تُصدَّر أبدًا وتبقى على هذا الحاسوب فقط: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="255"/>
        <source>Row {0} of {1}</source>
        <translation>الصف {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="257"/>
        <source>never exported</source>
        <translation>لا يُصدَّر أبدًا</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../desktop/ui/tour.py" line="70"/>
        <source>The list of pages</source>
        <translation>قائمة الصفحات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="71"/>
        <source>The profile, the methodology, the guiding principles and the 23 objectives, grouped in the four clusters. A tick marks a complete page; “5/12” says how many questions are answered. F6 moves between this list and the page.</source>
        <translation>بيانات الاستعراض، والمنهجية، والمبادئ التوجيهية، والأهداف الثلاثة والعشرون مجمَّعة في المجموعات الأربع. تدل علامة الصح على صفحة مكتملة، ويبيّن «5/12» عدد الأسئلة التي أُجيب عنها. يتيح المفتاح F6 الانتقال بين هذه القائمة والصفحة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="81"/>
        <source>An objective</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="82"/>
        <source>What the government claims sits next to what civil society observes. Rate the progress, give the evidence and your recommendations. Everything is saved as you type; mark an objective confidential to keep it out of shared reports.</source>
        <translation>يظهر ما تقوله الحكومة بجانب ما يلاحظه المجتمع المدني. قدِّر التقدم المحرز، وقدِّم الأدلة وتوصياتك. يُحفظ كل شيء أثناء الكتابة؛ وحدِّد الهدف على أنه سرّي لاستبعاده من التقارير التي تُشارَك مع الآخرين.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="92"/>
        <source>The overview</source>
        <translation>النظرة العامة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="93"/>
        <source>One tile per objective, coloured and named by its rating, and how complete each part of the review is. Choose a tile to open its objective.</source>
        <translation>مربع لكل هدف يحمل لون تقديره واسمه، إلى جانب مدى اكتمال كل جزء من الاستعراض. اختر مربعًا لفتح الهدف الخاص به.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="102"/>
        <source>Export and share</source>
        <translation>التصدير والمشاركة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="103"/>
        <source>The File menu exports the report as a PDF in any of the four languages, and prints a blank questionnaire for work on paper. Confidential content stays out unless you choose to include it. The tour is in the Help menu whenever you want it again.</source>
        <translation>تتيح قائمة «ملف» تصدير التقرير بصيغة PDF بأي من اللغات الأربع، وطباعة استمارة فارغة للعمل على الورق. يبقى المحتوى السرّي مستبعدًا ما لم تختر إدراجه. وتجد الجولة في قائمة «مساعدة» متى أردتها مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="133"/>
        <source>Guided tour</source>
        <translation>جولة تعريفية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="151"/>
        <source>Skip the tour</source>
        <translation>تخطي الجولة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="152"/>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="179"/>
        <source>Step {0} of {1}</source>
        <translation>الخطوة {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="185"/>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="185"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="78"/>
        <source>Unlock the database</source>
        <translation>فتح قفل قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="82"/>
        <source>The database {0} cannot be read as it is. If it is protected by a passphrase and its key file ({1}) was lost, type its recovery key to open it. If it is not, choose Not encrypted: it is then treated as damaged.</source>
        <translation>تتعذّر قراءة قاعدة البيانات {0} كما هي. إذا كانت محمية بعبارة مرور وفُقد ملف مفتاحها ({1})، فاكتب مفتاح الاسترداد الخاص بها لفتحها. وإن لم تكن كذلك، فاختر غير مشفّرة: وعندئذ تُعامل على أنها تالفة.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="88"/>
        <source>The database {0} is protected by a passphrase. Type it to open your reviews.</source>
        <translation>قاعدة البيانات {0} محمية بعبارة مرور. اكتبها لفتح الاستعراضات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="93"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;عبارة المرور أو مفتاح الاسترداد:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="94"/>
        <source>Passphrase or recovery key</source>
        <translation>عبارة المرور أو مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="102"/>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="105"/>
        <source>&amp;Not encrypted</source>
        <translation>&amp;غير مشفّرة</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <location filename="../../desktop/ui/window_title.py" line="41"/>
        <source>WORKSHOP COPY: nothing done here is kept</source>
        <translation>نسخة ورشة العمل: لا يُحفظ شيء مما تفعله هنا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_title.py" line="55"/>
        <source>Untitled review</source>
        <translation>استعراض بلا عنوان</translation>
    </message>
</context>
<context>
    <name>WorkbookJobs</name>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="57"/>
        <source>Workbooks and sealed packages (*.xlsx *.gcmpkg)</source>
        <translation>المصنفات والحزم المختومة (*.xlsx *.gcmpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="71"/>
        <source>There is no workbook (.xlsx) or sealed package (.gcmpkg) in {0}.</source>
        <translation>لا يوجد مصنف (.xlsx) ولا حزمة مختومة (.gcmpkg) في {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="91"/>
        <location filename="../../desktop/ui/workbook_jobs.py" line="191"/>
        <source>Import workbooks</source>
        <translation>استيراد مصنفات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="107"/>
        <source>Importing workbooks…</source>
        <translation>جارٍ استيراد المصنفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="110"/>
        <source>The files could not be imported.</source>
        <translation>تعذّر استيراد الملفات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="120"/>
        <location filename="../../desktop/ui/workbook_jobs.py" line="137"/>
        <source>Check files</source>
        <translation>فحص ملفات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="122"/>
        <source>Workbooks, packages and reports (*.xlsx *.gcmpkg *.pdf *.docx)</source>
        <translation>المصنفات والحزم والتقارير (*.xlsx *.gcmpkg *.pdf *.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="135"/>
        <source>Checking files…</source>
        <translation>جارٍ فحص الملفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="138"/>
        <source>The files could not be checked.</source>
        <translation>تعذّر فحص الملفات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="149"/>
        <location filename="../../desktop/ui/workbook_jobs.py" line="199"/>
        <source>Add member workbooks</source>
        <translation>إضافة مصنفات الأعضاء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="169"/>
        <source>Adding member workbooks…</source>
        <translation>جارٍ إضافة مصنفات الأعضاء…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="172"/>
        <source>The files could not be added.</source>
        <translation>تعذّرت إضافة الملفات.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="221"/>
        <source>Taken in</source>
        <translation>أُدخل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="222"/>
        <source>Not applied</source>
        <translation>لم يُطبَّق</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="223"/>
        <source>Fault</source>
        <translation>عطل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="224"/>
        <source>Not read</source>
        <translation>لم يُقرأ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="225"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="228"/>
        <source>Nothing changed</source>
        <translation>لم يتغير شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="237"/>
        <source>{0}: not applied; the review here was kept ({1})</source>
        <translation>{0}: لم يُطبَّق؛ أُبقي الاستعراض الموجود هنا ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="253"/>
        <source>the organisation changes from “{0}” to “{1}”</source>
        <translation>تتغير المنظمة من «{0}» إلى «{1}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="254"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="259"/>
        <source>{0} of its {1} answers would be removed</source>
        <translation>ستُحذف {0} من إجاباتها البالغ عددها {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/workbook_jobs.py" line="274"/>
        <source>%n file(s) would replace a review already here in a big way.</source>
        <translation>
            <numerusform>%n ملف/ملفات ستستبدل استعراضًا موجودًا هنا استبدالًا كبيرًا.</numerusform>
            <numerusform>%n ملف/ملفات ستستبدل استعراضًا موجودًا هنا استبدالًا كبيرًا.</numerusform>
            <numerusform>%n ملف/ملفات ستستبدل استعراضًا موجودًا هنا استبدالًا كبيرًا.</numerusform>
            <numerusform>%n ملف/ملفات ستستبدل استعراضًا موجودًا هنا استبدالًا كبيرًا.</numerusform>
            <numerusform>%n ملف/ملفات ستستبدل استعراضًا موجودًا هنا استبدالًا كبيرًا.</numerusform>
            <numerusform>%n ملف/ملفات ستستبدل استعراضًا موجودًا هنا استبدالًا كبيرًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="280"/>
        <source>Another organisation&apos;s name, or many answers removed, can mean a file that is not what it claims. Check the details. If you replace, the database is backed up first.</source>
        <translation>قد يدل اسم منظمة أخرى، أو حذف إجابات كثيرة، على ملف ليس كما يدّعي. راجع التفاصيل. إذا استبدلت، تُنسخ قاعدة البيانات احتياطيًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="291"/>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="292"/>
        <source>&amp;Keep what is here</source>
        <translation>الإ&amp;بقاء على الموجود</translation>
    </message>
</context>
<context>
    <name>WorkshopJobs</name>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="43"/>
        <source>Preparing the practice coalition and its member workbooks…</source>
        <translation>جارٍ تحضير الائتلاف التدريبي ومصنفات أعضائه…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="44"/>
        <source>The practice coalition could not be opened.</source>
        <translation>تعذّر فتح الائتلاف التدريبي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="46"/>
        <source>Preparing the sample review…</source>
        <translation>جارٍ تجهيز الاستعراض التجريبي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="47"/>
        <source>The sample review could not be opened.</source>
        <translation>تعذّر فتح الاستعراض التجريبي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="76"/>
        <source>Practice member workbooks are ready in {0}: Add member workbooks… opens there.</source>
        <translation>مصنفات الأعضاء التدريبية جاهزة في {0}: يُفتح أمر «إضافة مصنفات الأعضاء…» هناك.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="90"/>
        <source>Write practice member workbooks</source>
        <translation>إنشاء مصنفات أعضاء تدريبية</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="95"/>
        <source>How many member workbooks? Each holds a fictional member organisation&apos;s SAMPLE review; only a practice coalition takes them in.</source>
        <translation>كم عدد مصنفات الأعضاء؟ يضم كل مصنف استعراضًا تجريبيًا لمنظمة عضو وهمية؛ ولا يقبلها إلا ائتلاف تدريبي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="112"/>
        <source>Writing practice member workbooks…</source>
        <translation>جارٍ إنشاء مصنفات الأعضاء التدريبية…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="124"/>
        <source>The practice member workbooks could not be written.</source>
        <translation>تعذّر إنشاء مصنفات الأعضاء التدريبية.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/workshop_jobs.py" line="138"/>
        <source>%n file(s) of the practice set are already in {0} ({1}). Replace them?</source>
        <translation>
            <numerusform>لا يوجد أي ملف من المجموعة التدريبية في {0} ({1}).</numerusform>
            <numerusform>ملف واحد من المجموعة التدريبية موجود بالفعل في {0} ({1}). هل تريد استبداله؟</numerusform>
            <numerusform>ملفان من المجموعة التدريبية موجودان بالفعل في {0} ({1}). هل تريد استبدالهما؟</numerusform>
            <numerusform>%n ملفات من المجموعة التدريبية موجودة بالفعل في {0} ({1}). هل تريد استبدالها؟</numerusform>
            <numerusform>%n ملفًا من المجموعة التدريبية موجودة بالفعل في {0} ({1}). هل تريد استبدالها؟</numerusform>
            <numerusform>%n ملف من المجموعة التدريبية موجودة بالفعل في {0} ({1}). هل تريد استبدالها؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/workshop_jobs.py" line="150"/>
        <source>%n practice member workbook(s) written to {0}. They are marked SAMPLE: add them to a practice coalition (Workshop › Open a practice coalition), or hand them out to practise filling and merging.</source>
        <translation>
            <numerusform>لم يُنشأ أي مصنف في {0}.</numerusform>
            <numerusform>أُنشئ مصنف عضو تدريبي واحد في {0}. وهو موسوم بأنه تجريبي: أضفه إلى ائتلاف تدريبي (ورشة العمل › فتح ائتلاف تدريبي)، أو وزّعه للتدرّب على التعبئة والدمج.</numerusform>
            <numerusform>أُنشئ مصنفا عضوين تدريبيان في {0}. وهما موسومان بأنهما تجريبيان: أضفهما إلى ائتلاف تدريبي (ورشة العمل › فتح ائتلاف تدريبي)، أو وزّعهما للتدرّب على التعبئة والدمج.</numerusform>
            <numerusform>أُنشئت %n مصنفات أعضاء تدريبية في {0}. وهي موسومة بأنها تجريبية: أضفها إلى ائتلاف تدريبي (ورشة العمل › فتح ائتلاف تدريبي)، أو وزّعها للتدرّب على التعبئة والدمج.</numerusform>
            <numerusform>أُنشئ %n مصنفًا لأعضاء تدريبيين في {0}. وهي موسومة بأنها تجريبية: أضفها إلى ائتلاف تدريبي (ورشة العمل › فتح ائتلاف تدريبي)، أو وزّعها للتدرّب على التعبئة والدمج.</numerusform>
            <numerusform>أُنشئ %n مصنف أعضاء تدريبي في {0}. وهي موسومة بأنها تجريبية: أضفها إلى ائتلاف تدريبي (ورشة العمل › فتح ائتلاف تدريبي)، أو وزّعها للتدرّب على التعبئة والدمج.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="166"/>
        <source>Reset the workshop? Everything typed into the sample since it was opened is thrown away and a fresh copy of the sample review opens.</source>
        <translation>هل تريد إعادة ضبط ورشة العمل؟ سيُحذف كل ما كُتب في الاستعراض التجريبي منذ فتحه، وتُفتح نسخة جديدة منه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="190"/>
        <source>The workshop could not be reset.</source>
        <translation>تعذّرت إعادة ضبط ورشة العمل.</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="65"/>
        <source>An unexpected problem ({0}) stopped the work; details are in {1}</source>
        <translation>أوقفت مشكلةٌ غير متوقعة ({0}) العمل؛ التفاصيل في {1}</translation>
    </message>
</context>
</TS>
