<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="94"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="113"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>BackupJobs</name>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="34"/>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="35"/>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="36"/>
        <source>before an import</source>
        <translation>avant une importation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="37"/>
        <source>before adding member workbooks</source>
        <translation>avant l’ajout de classeurs de membres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="38"/>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="39"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="40"/>
        <source>before a review was deleted</source>
        <translation>avant la suppression d’un examen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="58"/>
        <source>There is no backup yet.</source>
        <translation>Il n’y a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="67"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="68"/>
        <source>Backup to restore (the current database is kept as a backup too):</source>
        <translation>Sauvegarde à restaurer (la base de données actuelle est elle aussi gardée en sauvegarde)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="83"/>
        <source>The backup could not be restored.</source>
        <translation>La sauvegarde n’a pas pu être restaurée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="89"/>
        <source>Restored from {0}</source>
        <translation>Restauré depuis {0}</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="357"/>
        <source>— not answered —</source>
        <translation>— sans réponse —</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../desktop/cli.py" line="72"/>
        <source>error: {message}</source>
        <translation>erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="89"/>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="90"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide&#xa0;: %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="91"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="92"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="93"/>
        <source>expected one argument</source>
        <translation>un argument est attendu</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="94"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur non valide (%(type)s)&#xa0;: %(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="95"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="96"/>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l’argument %s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="122"/>
        <source>error: {message} (see &apos;{command} --help&apos;)</source>
        <translation>erreur&#xa0;: {message} (voir «&#xa0;{command} --help&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="381"/>
        <source>error: an unexpected problem stopped the command ({kind}); nothing more was written. Details: {where}</source>
        <translation>erreur&#xa0;: un problème inattendu a arrêté la commande ({kind})&#xa0;; rien de plus n’a été écrit. Détails&#xa0;: {where}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="395"/>
        <source>{error}. {hint}</source>
        <translation>{error}. {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="437"/>
        <source>{option}: {value} is not valid text: the terminal sent characters in an encoding other than UTF-8</source>
        <translation>{option}&#xa0;: {value} n’est pas un texte valide&#xa0;: le terminal a envoyé des caractères dans un codage autre que UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="542"/>
        <source>Passphrase (or recovery key) of {file}:</source>
        <translation>Phrase secrète (ou clé de secours) de {file}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="606"/>
        <source>There is no sound backup: move the file aside (it is kept as it is) to start a new database</source>
        <translation>Il n’y a aucune sauvegarde intacte&#xa0;: déplacez le fichier ailleurs (il est gardé tel quel) pour commencer une nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="612"/>
        <source>Restore the newest sound backup, {backup}, with: {command}</source>
        <translation>Restaurez la sauvegarde intacte la plus récente, {backup}, avec&#xa0;: {command}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="625"/>
        <source>no signing key yet: the key command makes one (key --create ORGANISATION)</source>
        <translation>pas encore de clé de signature&#xa0;: la commande key en crée une (key --create ORGANISATION)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="628"/>
        <source>signing key of {organisation}: {key}</source>
        <translation>clé de signature de {organisation}&#xa0;: {key}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="639"/>
        <source>--create needs the organisation&apos;s name</source>
        <translation>--create demande le nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="652"/>
        <source>no coalition key yet: the lead-key command makes one (lead-key --create COALITION)</source>
        <translation>pas encore de clé de coalition&#xa0;: la commande lead-key en crée une (lead-key --create COALITION)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="671"/>
        <source>--create needs the coalition&apos;s name</source>
        <translation>--create demande le nom de la coalition</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="683"/>
        <source>coalition key of {coalition}: {key}</source>
        <translation>clé de coalition de {coalition}&#xa0;: {key}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="699"/>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="703"/>
        <source>{file} and its backups are now protected by the passphrase</source>
        <translation>{file} et ses sauvegardes sont désormais protégés par la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="708"/>
        <source>{count} backups could not be encrypted yet; they will be when the database is next opened</source>
        <translation>{count} sauvegardes n’ont pas encore pu être chiffrées&#xa0;; elles le seront à la prochaine ouverture de la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="714"/>
        <source>Recovery key, shown this once: it opens the database if the passphrase is forgotten. Print it or write it down, and keep it away from this computer:</source>
        <translation>Clé de secours, affichée cette seule fois&#xa0;: elle ouvre la base de données si la phrase secrète est oubliée. Imprimez-la ou notez-la, et gardez-la loin de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="723"/>
        <source>the passphrase of {file} is changed; the recovery key stays the same</source>
        <translation>la phrase secrète de {file} est changée&#xa0;; la clé de secours reste la même</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="730"/>
        <source>{file} and its backups are no longer encrypted</source>
        <translation>{file} et ses sauvegardes ne sont plus chiffrés</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="743"/>
        <source>no backups of {file} yet</source>
        <translation>aucune sauvegarde de {file} pour l’instant</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="753"/>
        <source>{file}: no database to back up</source>
        <translation>{file}&#xa0;: aucune base de données à sauvegarder</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="771"/>
        <source>{file}: no sound backup to restore</source>
        <translation>{file}&#xa0;: aucune sauvegarde intacte à restaurer</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="775"/>
        <source>restored {file} from {backup}</source>
        <translation>{file} restauré à partir de {backup}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="778"/>
        <source>the database it replaced is kept as {file}</source>
        <translation>la base de données remplacée est gardée sous le nom {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="794"/>
        <source>new needs --country and --org, or --from an earlier review</source>
        <translation>il faut --country et --org, ou --from avec un examen antérieur</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="834"/>
        <source>no reviews in {file}: there is no database there yet</source>
        <translation>aucun examen dans {file}&#xa0;: il n’y a pas encore de base de données à cet endroit</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="841"/>
        <source>no reviews in {file}</source>
        <translation>aucun examen dans {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="845"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="846"/>
        <source>COUNTRY</source>
        <translation>PAYS</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="847"/>
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="848"/>
        <source>DONE</source>
        <translation>FAIT</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="849"/>
        <source>UPDATED</source>
        <translation>MIS À JOUR</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="852"/>
        <source>SAMPLE</source>
        <translation>EXEMPLE</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="853"/>
        <source>coalition</source>
        <translation>coalition</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="854"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="890"/>
        <source>deleted {review} ({name})</source>
        <translation>{review} supprimé ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="893"/>
        <source>the database was backed up first: {backup}; to bring the review back, restore that backup with: {command}</source>
        <translation>la base de données a d’abord été sauvegardée&#xa0;: {backup}&#xa0;; pour retrouver l’examen, restaurez cette sauvegarde avec&#xa0;: {command}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="913"/>
        <source>archived {review}</source>
        <translation>{review} archivé</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="915"/>
        <source>unarchived {review}</source>
        <translation>{review} sorti des archives</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="957"/>
        <source>--contributions needs -o DIR, the folder to write the files to</source>
        <translation>--contributions demande -o DIR, le dossier où écrire les fichiers</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="962"/>
        <source>--contributions takes a number from {fewest} to {most}</source>
        <translation>--contributions prend un nombre de {fewest} à {most}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="967"/>
        <source>wrote {count} member workbooks to {folder}</source>
        <translation>{count} classeurs de membres écrits dans {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="988"/>
        <source>saved {key} (revision {revision})</source>
        <translation>{key} enregistré (version {revision})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="998"/>
        <source>warning: {key}: looks like an e-mail address ({hint}); check it before sharing the file</source>
        <translation>attention&#xa0;: {key}&#xa0;: ressemble à une adresse électronique ({hint})&#xa0;; vérifiez-la avant de partager le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1002"/>
        <source>warning: {key}: looks like a telephone number ({hint}); check it before sharing the file</source>
        <translation>attention&#xa0;: {key}&#xa0;: ressemble à un numéro de téléphone ({hint})&#xa0;; vérifiez-le avant de partager le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1007"/>
        <source>wrote {file}</source>
        <translation>{file} écrit</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1008"/>
        <source>note: {key}: {note}</source>
        <translation>remarque&#xa0;: {key}&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1028"/>
        <source>give --pdf OUT.pdf, --docx OUT.docx, --xlsx OUT.xlsx and/or --package OUT.gcmpkg</source>
        <translation>indiquez --pdf OUT.pdf, --docx OUT.docx, --xlsx OUT.xlsx ou --package OUT.gcmpkg, ou plusieurs d’entre eux</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1034"/>
        <source>--package and --for go together: the package, and the lead&apos;s key file it is for</source>
        <translation>--package et --for vont ensemble&#xa0;: le paquet, et le fichier de clé du responsable à qui il est destiné</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1040"/>
        <source>--short is for the reports: give --pdf OUT.pdf and/or --docx OUT.docx</source>
        <translation>--short concerne les rapports&#xa0;: indiquez --pdf OUT.pdf, --docx OUT.docx ou les deux</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1083"/>
        <source>wrote {file}, sealed for {coalition} (key {key})</source>
        <translation>{file} écrit, scellé pour {coalition} (clé {key})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1121"/>
        <source>{file}: {said}</source>
        <translation>{file}&#xa0;: {said}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1133"/>
        <source>error: {error}. Check the file; to apply it, run the import again with --replace (the database is backed up first)</source>
        <translation>erreur&#xa0;: {error}. Vérifiez le fichier&#xa0;; pour l’appliquer, relancez l’importation avec --replace (la base de données est d’abord sauvegardée)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1159"/>
        <source>no file could be added: the coalition {name} was not created</source>
        <translation>aucun fichier n’a pu être ajouté&#xa0;: la coalition {name} n’a pas été créée</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1164"/>
        <source>coalition {review} ({name}): {count} contributions</source>
        <translation>coalition {review} ({name})&#xa0;: {count} contributions</translation>
    </message>
    <message>
        <location filename="../../desktop/secret_prompts.py" line="42"/>
        <source>a passphrase is needed: give it in {variable}, or run the command in a terminal</source>
        <translation>une phrase secrète est nécessaire&#xa0;: donnez-la dans {variable}, ou lancez la commande dans un terminal</translation>
    </message>
    <message>
        <location filename="../../desktop/secret_prompts.py" line="49"/>
        <source>The same once more:</source>
        <translation>La même encore une fois&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/secret_prompts.py" line="51"/>
        <source>the two passphrases typed differ; nothing was changed</source>
        <translation>les deux phrases secrètes saisies diffèrent&#xa0;; rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="115"/>
        <location filename="../../desktop/ui/member_voices.py" line="129"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="120"/>
        <source>{0} member reviews · strong disagreement on {1} objectives</source>
        <translation>{0} examens de membres · fort désaccord sur {1} objectifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="126"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="126"/>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="126"/>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="127"/>
        <source>Complete</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="127"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="127"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="145"/>
        <source>No member workbook yet. Add the files your members sent, or a folder holding them: each is checked on its own, and a table says what became of each.</source>
        <translation>Aucun classeur de membre pour l’instant. Ajoutez les fichiers envoyés par vos membres, ou un dossier qui les contient&#xa0;: chacun est vérifié séparément, et un tableau indique ce qu’il est advenu de chacun.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="154"/>
        <source>&amp;Add member workbooks…</source>
        <translation>&amp;Ajouter des classeurs de membres…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="156"/>
        <source>Each file is checked; duplicates and older revisions are not counted twice.</source>
        <translation>Chaque fichier est vérifié&#xa0;; les doublons et les versions plus anciennes ne sont pas comptés deux fois.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="159"/>
        <source>Add a &amp;folder of workbooks…</source>
        <translation>Ajouter un &amp;dossier de classeurs…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="161"/>
        <source>Every workbook (.xlsx) in the folder chosen, each checked on its own.</source>
        <translation>Tous les classeurs (.xlsx) du dossier choisi, chacun vérifié séparément.</translation>
    </message>
</context>
<context>
    <name>CountsEditor</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/field_widgets.py" line="713"/>
        <source>Total: %n</source>
        <translation>
            <numerusform>Total&#xa0;: %n</numerusform>
            <numerusform>Total&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="497"/>
        <location filename="../../desktop/ui/dashboard.py" line="509"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="513"/>
        <source>of the questions answered</source>
        <translation>des questions ont une réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="533"/>
        <source>Completeness by section</source>
        <translation>Avancement par section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="547"/>
        <source>Completeness of {section}</source>
        <translation>Avancement&#xa0;: {section}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="557"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="565"/>
        <source>Not rated yet</source>
        <translation>Pas encore d’appréciation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="567"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="638"/>
        <source>{answered} of {total} questions answered</source>
        <translation>{answered} questions sur {total} ont une réponse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="644"/>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="647"/>
        <source>Words in a shared copy: {0}</source>
        <translation>Mots dans une copie partagée&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="651"/>
        <source>{rated} of {total} objectives rated</source>
        <translation>{rated} objectifs sur {total} ont une appréciation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="663"/>
        <source>{mark} rated higher: {count}</source>
        <translation>{mark} appréciation plus haute&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="664"/>
        <source>{mark} rated the same: {count}</source>
        <translation>{mark} même appréciation&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="665"/>
        <source>{mark} rated lower: {count}</source>
        <translation>{mark} appréciation plus basse&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="669"/>
        <source>Compared with the last review: {trends}</source>
        <translation>Par rapport au dernier examen&#xa0;: {trends}</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="456"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="469"/>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="470"/>
        <source>Pick a date from a calendar</source>
        <translation>Choisir une date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="87"/>
        <source>Write a blank workbook</source>
        <translation>Créer un classeur vierge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="89"/>
        <source>Print a blank questionnaire</source>
        <translation>Imprimer un questionnaire vierge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="91"/>
        <source>Export as workbook</source>
        <translation>Exporter en classeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="93"/>
        <source>Export for the coalition lead</source>
        <translation>Exporter pour le responsable de la coalition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="95"/>
        <source>Export as Word</source>
        <translation>Exporter en Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="97"/>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="105"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="106"/>
        <source>&amp;Language of the report</source>
        <translation>&amp;Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="112"/>
        <source>File to write</source>
        <translation>Fichier à créer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="113"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="118"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="124"/>
        <source>&amp;Short version for submission</source>
        <translation>Version a&amp;brégée à soumettre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="128"/>
        <source>The executive summary, the ratings and their trend, and the key recommendations: a few pages to submit with the official review.</source>
        <translation>Le résumé analytique, les appréciations et leur évolution, et les recommandations principales&#xa0;: quelques pages à soumettre avec l’examen officiel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="142"/>
        <source>Si&amp;gn with our key ({0})</source>
        <translation>Si&amp;gner avec notre clé ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="146"/>
        <source>A signed workbook lets a coalition tell it from a forged or changed one.</source>
        <translation>Un classeur signé permet à une coalition de le distinguer d’un classeur falsifié ou modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="150"/>
        <source>The signature is written in a file beside the report (.sig): with it, File › Check files… tells the report from a forged or changed one.</source>
        <translation>La signature est écrite dans un fichier à côté du rapport (.sig)&#xa0;: avec elle, Fichier › Vérifier des fichiers… distingue le rapport d’un faux ou d’un rapport modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="160"/>
        <source>Signed with our key ({0}) and sealed for {1}: only the coalition lead&apos;s database opens it. Check the lead&apos;s key with them (by phone) before you send the file.</source>
        <translation>Signé avec notre clé ({0}) et scellé pour {1}&#xa0;: seule la base de données du responsable de la coalition l’ouvre. Vérifiez la clé du responsable avec lui (par téléphone) avant d’envoyer le fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="169"/>
        <source>Include &amp;confidential content</source>
        <translation>Inclure le contenu &amp;confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="175"/>
        <source>Every question of the form, to fill in Excel or LibreOffice without this application, then to bring in with File › Import workbooks.</source>
        <translation>Toutes les questions du formulaire, à remplir dans Excel ou LibreOffice sans cette application, puis à faire entrer avec Fichier › Importer des classeurs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="180"/>
        <source>Every question of the form with boxes to tick and space to write, for consultations that start on paper.</source>
        <translation>Toutes les questions du formulaire, avec des cases à cocher et de la place pour écrire, pour les consultations qui commencent sur papier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="188"/>
        <source>Leave out &amp;sensitive categories</source>
        <translation>Omettre les catégories &amp;sensibles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="193"/>
        <source>Categories that can put participants at risk where they are criminalised are not asked: {0}. Breakdowns keep their other categories, so that totals still add up.</source>
        <translation>Les catégories qui peuvent mettre les participants en danger là où elles sont criminalisées ne sont pas demandées&#xa0;: {0}. Les répartitions gardent leurs autres catégories, de sorte que les totaux restent justes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="208"/>
        <source>Confidential objectives and contact details are left out unless you tick this. Never tick it for a report you will share or submit.</source>
        <translation>Les objectifs confidentiels et les coordonnées de contact sont exclus, sauf si vous cochez cette case. Ne la cochez jamais pour un rapport que vous allez partager ou soumettre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="221"/>
        <source>Write the PDF</source>
        <translation>Créer le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="221"/>
        <source>Write the workbook</source>
        <translation>Créer le classeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="223"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="259"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="260"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="261"/>
        <source>Sealed packages (*.gcmpkg)</source>
        <translation>Paquets scellés (*.gcmpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="262"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExportJobs</name>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="66"/>
        <source>A package for the coalition lead carries your organisation&apos;s signature, so that the lead knows it is yours. Make your signing key now?</source>
        <translation>Un paquet pour le responsable de la coalition porte la signature de votre organisation, pour qu’il sache qu’il vient de vous. Créer votre clé de signature maintenant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="75"/>
        <source>The coalition lead&apos;s key</source>
        <translation>La clé du responsable de la coalition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="77"/>
        <source>Coalition keys (*.gcmkey)</source>
        <translation>Clés de coalition (*.gcmkey)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="84"/>
        <source>This is not a coalition key.</source>
        <translation>Ce n’est pas une clé de coalition.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="104"/>
        <source>{0} – for {1}</source>
        <translation>{0} – pour {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="112"/>
        <location filename="../../desktop/ui/export_jobs.py" line="115"/>
        <source>{0}, key {1}</source>
        <translation>{0}, clé {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="163"/>
        <source>Exporting the PDF report…</source>
        <translation>Exportation du rapport PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="165"/>
        <source>The report could not be exported.</source>
        <translation>Impossible d’exporter le rapport.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="169"/>
        <source>Exporting the Word report…</source>
        <translation>Exportation du rapport Word…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="171"/>
        <source>The Word report could not be exported.</source>
        <translation>Le rapport Word n’a pas pu être exporté.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="175"/>
        <source>Sealing the package for the coalition lead…</source>
        <translation>Scellement du paquet pour le responsable de la coalition…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="177"/>
        <source>The package could not be written.</source>
        <translation>Le paquet n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="181"/>
        <source>Exporting the workbook…</source>
        <translation>Export du classeur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="183"/>
        <source>The workbook could not be exported.</source>
        <translation>Le classeur n’a pas pu être exporté.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="196"/>
        <source>an e-mail address</source>
        <translation>une adresse électronique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="196"/>
        <source>a telephone number</source>
        <translation>un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="199"/>
        <source>{0}: {1} ({2})</source>
        <translation>{0}&#xa0;: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="205"/>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="210"/>
        <source>The report would share what looks like personal data. People in the consultations must not be identifiable: check these answers first.</source>
        <translation>Le rapport partagerait ce qui ressemble à des données personnelles. Les personnes consultées ne doivent pas pouvoir être identifiées&#xa0;: vérifiez d’abord ces réponses.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="217"/>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="235"/>
        <source>row {0}</source>
        <translation>ligne {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="250"/>
        <source>The file cannot be written there.</source>
        <translation>Le fichier ne peut pas être enregistré à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="256"/>
        <source>“{0}” already exists. Replace it?</source>
        <translation>«&#xa0;{0}&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="282"/>
        <source>Exported to {0}</source>
        <translation>Exporté vers {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="311"/>
        <source>Writing the blank workbook…</source>
        <translation>Création du classeur vierge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="313"/>
        <source>Writing the blank questionnaire…</source>
        <translation>Création du questionnaire vierge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="323"/>
        <source>The questionnaire could not be written.</source>
        <translation>Impossible de créer le questionnaire.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="51"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="223"/>
        <source>{0} {1}: {2}</source>
        <translation>{0} {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages.py" line="229"/>
        <source>GCM paragraph {0}</source>
        <translation>Pacte mondial, paragraphe {0}</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="62"/>
        <source>Switch between list and page</source>
        <translation>Basculer entre la liste et la page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="63"/>
        <source>Next / previous field</source>
        <translation>Champ suivant / précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="64"/>
        <source>Tick an entry of a list</source>
        <translation>Cocher un élément d’une liste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="64"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="77"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="93"/>
        <source>About {0}</source>
        <translation>À propos de {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="87"/>
        <source>{0} {1}

Civil-society shadow reviews of the Global Compact for Safe, Orderly and Regular Migration.

Everything stays on this computer: the application never connects to the network.</source>
        <translation>{0} {1}

Examens parallèles de la société civile sur le Pacte mondial pour des migrations sûres, ordonnées et régulières.

Tout reste sur cet ordinateur&#xa0;: l’application ne se connecte jamais au réseau.</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="41"/>
        <source>Choose image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="42"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="59"/>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="61"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="73"/>
        <source>Not used: {0}</source>
        <translation>Image non retenue&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="94"/>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="105"/>
        <source>{0} image, {1} × {2} pixels</source>
        <translation>Image {0}, {1} × {2} pixels</translation>
    </message>
</context>
<context>
    <name>InlineNote</name>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="53"/>
        <source>{0} of {1} characters</source>
        <translation>{0} caractères sur {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="58"/>
        <source>Cut to the limit of {1} characters: {0} more did not fit.</source>
        <translation>Coupé à la limite de {1} caractères&#xa0;: {0} caractères en trop n’ont pas été gardés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="64"/>
        <source>“{0}” is not a date (YYYY-MM-DD, e.g. 2026-03-31): it is not saved.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une date (AAAA-MM-JJ, p.&#xa0;ex. 2026-03-31)&#xa0;: elle n’est pas enregistrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="70"/>
        <source>{0} is above the maximum of {1}: it is not saved.</source>
        <translation>{0} dépasse le maximum de {1}&#xa0;: ce nombre n’est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="76"/>
        <source>{0} is below the minimum of {1}: it is not saved.</source>
        <translation>{0} est inférieur au minimum de {1}&#xa0;: ce nombre n’est pas enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="82"/>
        <source>“{0}” is not a number: it is not saved.</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas un nombre&#xa0;: il n’est pas enregistré.</translation>
    </message>
</context>
<context>
    <name>LeadKeyJobs</name>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="44"/>
        <source>Coalition key</source>
        <translation>Clé de coalition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="46"/>
        <source>Members can seal their workbooks for {0}: only this database opens them.

Key: {1}

Send the public key file to each member, and read this key out to them on the phone: it is how they know the file is yours.</source>
        <translation>Les membres peuvent sceller leurs classeurs pour {0}&#xa0;: seule cette base de données les ouvre.

Clé&#xa0;: {1}

Envoyez le fichier de clé publique à chaque membre, et lisez-leur cette clé au téléphone&#xa0;: c’est ainsi qu’ils savent que le fichier vient de vous.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="55"/>
        <source>&amp;Write the public key file…</source>
        <translation>&amp;Écrire le fichier de clé publique…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="69"/>
        <source>Create the coalition key</source>
        <translation>Créer la clé de coalition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="71"/>
        <source>A coalition lead&apos;s members can seal the workbooks they send for this key: nobody else can open them on the way, by e-mail or on a USB stick.

Name of the coalition:</source>
        <translation>Les membres d’une coalition peuvent sceller pour cette clé les classeurs qu’ils envoient à son responsable&#xa0;: personne d’autre ne peut les ouvrir en chemin, par courriel ou sur une clé USB.

Nom de la coalition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="83"/>
        <source>The coalition key could not be made.</source>
        <translation>La clé de coalition n’a pas pu être créée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="94"/>
        <source>Write the public key file</source>
        <translation>Écrire le fichier de clé publique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="96"/>
        <source>Coalition keys (*.gcmkey)</source>
        <translation>Clés de coalition (*.gcmkey)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="104"/>
        <source>The public key file could not be written.</source>
        <translation>Le fichier de clé publique n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="106"/>
        <source>Wrote {0}</source>
        <translation>{0} écrit</translation>
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
        <translation>Mots&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="104"/>
        <source>Save status</source>
        <translation>État d’enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="98"/>
        <source>&amp;New review…</source>
        <translation>&amp;Nouvel examen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="237"/>
        <source>Open the &amp;sample review</source>
        <translation>Ouvrir l’examen d’e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="109"/>
        <source>&amp;Import workbooks…</source>
        <translation>&amp;Importer des classeurs…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="125"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="259"/>
        <source>&amp;Reset the workshop</source>
        <translation>&amp;Réinitialiser l’atelier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="261"/>
        <source>Throw away every change made to the sample and start again from a fresh copy</source>
        <translation>Abandonner toutes les modifications apportées à l’exemple et repartir d’une copie neuve</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="131"/>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="115"/>
        <source>C&amp;heck files…</source>
        <translation>Vérifier des fic&amp;hiers…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="117"/>
        <source>What importing would say of workbooks and packages, and whether signed reports are as they were signed; nothing is changed</source>
        <translation>Ce que l’importation dirait des classeurs et des paquets, et si les rapports signés sont tels qu’ils ont été signés&#xa0;; rien n’est modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="137"/>
        <source>Export as Wo&amp;rd…</source>
        <translation>Exporter en &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="142"/>
        <source>Export as &amp;workbook…</source>
        <translation>Exporter en cla&amp;sseur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="147"/>
        <source>Export &amp;for the coalition lead…</source>
        <translation>Exporter pour le &amp;responsable de la coalition…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="149"/>
        <source>The review&apos;s workbook, signed and sealed so that only the coalition lead opens it</source>
        <translation>Le classeur de l’examen, signé et scellé pour que seul le responsable de la coalition l’ouvre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="157"/>
        <source>Print a &amp;blank questionnaire…</source>
        <translation>Imprimer un questionnaire &amp;vierge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="162"/>
        <source>Wri&amp;te a blank workbook…</source>
        <translation>&amp;Créer un classeur vierge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="167"/>
        <source>&amp;Close review</source>
        <translation>&amp;Fermer l’examen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="173"/>
        <source>&amp;Delete this review…</source>
        <translation>Supprimer ce&amp;t examen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="186"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="190"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="196"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="204"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="208"/>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="214"/>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="220"/>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="226"/>
        <source>Switch between &amp;list and page</source>
        <translation>Basculer entre la &amp;liste et la page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="233"/>
        <source>&amp;Workshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="243"/>
        <source>Open a practice &amp;coalition</source>
        <translation>Ouvrir une &amp;coalition d’entraînement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="245"/>
        <source>A throw-away coalition review with twelve fictional member workbooks to add</source>
        <translation>Un examen de coalition jetable, avec douze classeurs de membres fictifs à ajouter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="253"/>
        <source>&amp;Write practice member workbooks…</source>
        <translation>&amp;Créer des classeurs de membres d’entraînement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="270"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="274"/>
        <source>&amp;Passphrase…</source>
        <translation>&amp;Phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="276"/>
        <source>Encrypt the database and its backups with a passphrase, change it or remove it</source>
        <translation>Chiffrer la base de données et ses sauvegardes avec une phrase secrète, la changer ou la retirer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="284"/>
        <source>Signing &amp;key…</source>
        <translation>&amp;Clé de signature…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="289"/>
        <source>&amp;Coalition key…</source>
        <translation>Clé de c&amp;oalition…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="291"/>
        <source>For a coalition lead: the key members seal their packages for</source>
        <translation>Pour le responsable d’une coalition&#xa0;: la clé pour laquelle les membres scellent leurs paquets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="368"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="300"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="304"/>
        <source>Take the &amp;tour</source>
        <translation>Faire la &amp;visite guidée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="309"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="314"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>The reviews could not be listed.</source>
        <translation>Impossible d’afficher la liste des examens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>The review could not be opened.</source>
        <translation>Impossible d’ouvrir l’examen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="104"/>
        <source>New coa&amp;lition review…</source>
        <translation>Nouvel examen de coa&amp;lition…</translation>
    </message>
</context>
<context>
    <name>MemberVoicesPanel</name>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="37"/>
        <source>What the member organisations said</source>
        <translation>Ce qu’ont dit les organisations membres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="42"/>
        <source>{0} · median: {1}</source>
        <translation>{0} · médiane&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="42"/>
        <source>no ratings</source>
        <translation>aucune appréciation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="46"/>
        <source>⚠ Members disagree strongly on this objective.</source>
        <translation>⚠ Les membres sont en fort désaccord sur cet objectif.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="51"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="51"/>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="51"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="52"/>
        <source>Member organisations&apos; assessments</source>
        <translation>Évaluations des organisations membres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="77"/>
        <source>Use this organisation&apos;s rating and text</source>
        <translation>Reprendre l’appréciation et le texte de cette organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="79"/>
        <source>Copies them into the coalition&apos;s answer below, where you can edit them.</source>
        <translation>Les copie dans la réponse de la coalition ci-dessous, où vous pouvez les modifier.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="30"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="67"/>
        <source>Sections and objectives</source>
        <translation>Sections et objectifs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="140"/>
        <source>{0} of {1} answered</source>
        <translation>{0} réponses sur {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="142"/>
        <source>{0}% complete</source>
        <translation>Rempli à {0}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="43"/>
        <source>New review</source>
        <translation>Nouvel examen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="49"/>
        <source>You can change all of this later in the review profile.</source>
        <translation>Vous pourrez modifier tout cela plus tard dans le profil de l’examen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="55"/>
        <source>Start from an earlier review:</source>
        <translation>Partir d’un examen antérieur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="61"/>
        <source>The new review takes its profile, its ratings (as the ratings at the last review) and its recommendations (to follow up). Empty fields below are taken from it too.</source>
        <translation>Le nouvel examen en reprend le profil, les appréciations (comme appréciations lors du dernier examen) et les recommandations (à suivre). Les champs laissés vides ci-dessous en sont repris aussi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="96"/>
        <source>Create review</source>
        <translation>Créer l’examen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="105"/>
        <source>No: a blank review</source>
        <translation>Non&#xa0;: un examen vierge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="110"/>
        <source>{0} (last changed {1})</source>
        <translation>{0} (modifié le {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="112"/>
        <source>{0}, archived</source>
        <translation>{0}, archivé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="114"/>
        <source>From a workbook…</source>
        <translation>À partir d’un classeur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="115"/>
        <source>Start from an earlier review</source>
        <translation>Partir d’un examen antérieur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="128"/>
        <source>Start from a workbook</source>
        <translation>Partir d’un classeur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="128"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="133"/>
        <source>From the workbook {0}</source>
        <translation>À partir du classeur {0}</translation>
    </message>
</context>
<context>
    <name>NewReviews</name>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="52"/>
        <location filename="../../desktop/ui/new_reviews.py" line="71"/>
        <source>The review could not be created.</source>
        <translation>Impossible de créer l’examen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="68"/>
        <source>Starting from the earlier review…</source>
        <translation>Création à partir de l’examen antérieur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="85"/>
        <source>The new review follows an earlier one.</source>
        <translation>Le nouvel examen fait suite à un examen antérieur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="92"/>
        <source>Check what was carried over, and give each recommendation to follow up its status.</source>
        <translation>Vérifiez ce qui a été repris et indiquez l’état d’avancement de chaque recommandation à suivre.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="104"/>
        <source>New coalition review</source>
        <translation>Nouvel examen de coalition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="105"/>
        <source>Name of the coalition or network:</source>
        <translation>Nom de la coalition ou du réseau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="113"/>
        <source>The coalition review could not be made.</source>
        <translation>L’examen de coalition n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>ObjectiveTile</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="202"/>
        <source>Not rated yet</source>
        <translation>Pas encore d’appréciation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="243"/>
        <source>rated higher than at the last review ({rating})</source>
        <translation>appréciation plus haute qu’au dernier examen ({rating})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="244"/>
        <source>rated the same as at the last review ({rating})</source>
        <translation>même appréciation qu’au dernier examen ({rating})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="245"/>
        <source>rated lower than at the last review ({rating})</source>
        <translation>appréciation plus basse qu’au dernier examen ({rating})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="250"/>
        <source>{header}: {title}. Rating: {rating}</source>
        <translation>{header}&#xa0;: {title}. Appréciation&#xa0;: {rating}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="256"/>
        <location filename="../../desktop/ui/dashboard.py" line="263"/>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="258"/>
        <source>{header}: {title}</source>
        <translation>{header}&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="259"/>
        <source>Rating: {rating}</source>
        <translation>Appréciation&#xa0;: {rating}</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../desktop/operations/wording.py" line="18"/>
        <source>imported as a new review {review} ({answers} answers)</source>
        <translation>importé comme nouvel examen {review} ({answers} réponses)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="21"/>
        <source>updated review {review} to a newer revision ({answers} answers)</source>
        <translation>examen {review} mis à jour vers une version plus récente ({answers} réponses)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="24"/>
        <source>review {review} is already up to date: nothing changed</source>
        <translation>l’examen {review} est déjà à jour&#xa0;: rien n’a changé</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="27"/>
        <source>review {review} has a newer revision here: nothing changed</source>
        <translation>l’examen {review} a ici une version plus récente&#xa0;: rien n’a changé</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="32"/>
        <source>{organisation}: added</source>
        <translation>{organisation}&#xa0;: ajouté</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="33"/>
        <source>{organisation}: the same contribution was already received: not counted again</source>
        <translation>{organisation}&#xa0;: la même contribution a déjà été reçue&#xa0;: elle n’est pas comptée deux fois</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="36"/>
        <source>{organisation}: an older revision than the one received: not used</source>
        <translation>{organisation}&#xa0;: une version plus ancienne que celle reçue&#xa0;: non utilisée</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="39"/>
        <source>{organisation}: a newer revision: replaces the one received before</source>
        <translation>{organisation}&#xa0;: une version plus récente&#xa0;: elle remplace celle reçue avant</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="42"/>
        <source>{organisation}: replaced by its corrected file</source>
        <translation>{organisation}&#xa0;: remplacé par son fichier corrigé</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="45"/>
        <source>ok, review {review}, {answers} answers</source>
        <translation>valide, examen {review}, {answers} réponses</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="46"/>
        <source>ok, a filled template, {answers} answers</source>
        <translation>valide, un questionnaire rempli, {answers} réponses</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="47"/>
        <source>a report, not a workbook: nothing to import</source>
        <translation>un rapport, pas un classeur&#xa0;: rien à importer</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="51"/>
        <source>this is a SAMPLE workbook from a workshop; it cannot be imported among real reviews</source>
        <translation>ce classeur est un EXEMPLE d’atelier&#xa0;; il ne peut pas être importé parmi de vrais examens</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="54"/>
        <source>this is a SAMPLE workbook from a workshop; it cannot be merged into a real coalition review</source>
        <translation>ce classeur est un EXEMPLE d’atelier&#xa0;; il ne peut pas être fusionné dans un vrai examen de coalition</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="58"/>
        <source>{said} (edited by hand after export)</source>
        <translation>{said} (modifié à la main après l’export)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="61"/>
        <source>{said} · signed by {organisation} (key {key}): verified</source>
        <translation>{said} · signé par {organisation} (clé {key})&#xa0;: vérifié</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="64"/>
        <source>{said} · not signed</source>
        <translation>{said} · non signé</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="65"/>
        <source>{said} · signature does not match: changed after signing</source>
        <translation>{said} · la signature ne correspond pas&#xa0;: modifié après la signature</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="71"/>
        <source>{said} · the first file signed with {organisation}&apos;s key: check its fingerprint {key} with them</source>
        <translation>{said} · premier fichier signé avec la clé de {organisation}&#xa0;: vérifiez son empreinte {key} avec elle</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="76"/>
        <source>{said} · warning: {organisation} signed its earlier files with another key ({key}); check with them that this file is theirs</source>
        <translation>{said} · attention&#xa0;: {organisation} a signé ses fichiers précédents avec une autre clé ({key})&#xa0;; vérifiez avec elle que ce fichier est bien le sien</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="81"/>
        <source>{said} · warning: not signed, though {organisation} signed its earlier files (key {key})</source>
        <translation>{said} · attention&#xa0;: non signé, alors que {organisation} a signé ses fichiers précédents (clé {key})</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="86"/>
        <source>{said} · opened from a sealed package</source>
        <translation>{said} · ouvert depuis un paquet scellé</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="87"/>
        <source>{said} (a SAMPLE file from a workshop)</source>
        <translation>{said} (un fichier d’EXEMPLE d’atelier)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="88"/>
        <source>not read: the work was cancelled before this file</source>
        <translation>non lu&#xa0;: le travail a été annulé avant ce fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="89"/>
        <source>an unexpected problem ({error}) stopped the reading of this file; details are in {log}</source>
        <translation>un problème inattendu ({error}) a interrompu la lecture de ce fichier&#xa0;; les détails sont dans {log}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/follow_on.py" line="26"/>
        <source>started from {earlier}. Carried over: answers {answered}, ratings at the last review {ratings}, recommendations to follow up {rows}</source>
        <translation>à partir de {earlier}. Repris&#xa0;: réponses {answered}, appréciations lors du dernier examen {ratings}, recommandations à suivre {rows}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/follow_on.py" line="31"/>
        <source>earlier recommendations not carried, as they name no objective (or its table is full): {count}; you will find them in {earlier}</source>
        <translation>recommandations antérieures non reprises, faute d’objectif nommé (ou leur tableau étant plein)&#xa0;: {count}&#xa0;; vous les trouverez dans {earlier}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="145"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="149"/>
        <source>The database and its backups are encrypted: without the passphrase or the recovery key, nobody can read them, not even from a lost or seized laptop.</source>
        <translation>La base de données et ses sauvegardes sont chiffrées&#xa0;: sans la phrase secrète ni la clé de secours, personne ne peut les lire, même sur un ordinateur portable perdu ou saisi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="154"/>
        <source>A passphrase encrypts the database and its backups: without it, nobody can read them, not even from a lost or seized laptop. It is asked for every time the application starts. A recovery key is shown once, to print and keep somewhere else: if both are lost, the reviews cannot be opened by anyone.</source>
        <translation>Une phrase secrète chiffre la base de données et ses sauvegardes&#xa0;: sans elle, personne ne peut les lire, même sur un ordinateur portable perdu ou saisi. Elle est demandée à chaque démarrage de l’application. Une clé de secours est affichée une fois, pour l’imprimer et la garder ailleurs&#xa0;: si les deux sont perdues, personne ne pourra plus ouvrir les examens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="162"/>
        <source>C&amp;hange the passphrase</source>
        <translation>C&amp;hanger la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="164"/>
        <source>&amp;Remove the passphrase (the files are decrypted)</source>
        <translation>&amp;Retirer la phrase secrète (les fichiers sont déchiffrés)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="174"/>
        <source>Current passphrase or recovery key</source>
        <translation>Phrase secrète actuelle ou clé de secours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="175"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="176"/>
        <source>New passphrase once more</source>
        <translation>Nouvelle phrase secrète, encore une fois</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="173"/>
        <source>C&amp;urrent passphrase or recovery key:</source>
        <translation>Phrase secrète ac&amp;tuelle ou clé de secours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="175"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="176"/>
        <source>New passphrase &amp;once more:</source>
        <translation>Nouvelle phrase secrète, &amp;encore une fois&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="198"/>
        <source>At least {0} characters. A few unrelated words are easier to remember than a short password, and harder to guess.</source>
        <translation>Au moins {0} caractères. Quelques mots sans rapport entre eux se retiennent plus facilement qu’un mot de passe court, et se devinent plus difficilement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="228"/>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Définir la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="230"/>
        <source>Re&amp;move</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="230"/>
        <source>&amp;Change</source>
        <translation>&amp;Changer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="239"/>
        <source>The new passphrase needs at least {0} characters.</source>
        <translation>La nouvelle phrase secrète doit compter au moins {0} caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="245"/>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>PassphraseJobs</name>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="67"/>
        <source>A workshop copy is thrown away when the window closes: it has no passphrase.</source>
        <translation>Une copie d’atelier est supprimée à la fermeture de la fenêtre&#xa0;: elle n’a pas de phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="93"/>
        <source>The passphrase could not be changed.</source>
        <translation>La phrase secrète n’a pas pu être modifiée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="98"/>
        <source>The database and its backups are now encrypted.</source>
        <translation>La base de données et ses sauvegardes sont désormais chiffrées.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="99"/>
        <source>The passphrase is changed. The recovery key stays the same.</source>
        <translation>La phrase secrète est changée. La clé de secours reste la même.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="100"/>
        <source>The passphrase is removed: the database is no longer encrypted.</source>
        <translation>La phrase secrète est retirée&#xa0;: la base de données n’est plus chiffrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="174"/>
        <source>The recovery key opened the database. Choose a passphrase again in Settings › Passphrase… (Change, with the recovery key as the current passphrase): it writes a new key file.</source>
        <translation>La clé de secours a ouvert la base de données. Choisissez à nouveau une phrase secrète dans Paramètres › Phrase secrète… (Changer, avec la clé de secours comme phrase secrète actuelle)&#xa0;: cela écrit un nouveau fichier de clé.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="49"/>
        <source>{0} is required</source>
        <translation>{0}&#xa0;: réponse obligatoire</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="51"/>
        <source>{0} add up to {1}, more than the {2} participants</source>
        <translation>{0}&#xa0;: le total ({1}) dépasse le nombre de participants ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="55"/>
        <source>{0} add up to {1}, fewer than the {2} participants</source>
        <translation>{0}&#xa0;: le total ({1}) est inférieur au nombre de participants ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="59"/>
        <source>“{0}” is not an e-mail address</source>
        <translation>«&#xa0;{0}&#xa0;» n’est pas une adresse électronique</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="63"/>
        <source>The end of the period is before its start</source>
        <translation>La fin de la période précède son début</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="65"/>
        <source>The period is longer than the {0} years submissions usually cover. You can keep it.</source>
        <translation>La période dépasse les {0} ans que couvrent habituellement les contributions. Vous pouvez la conserver.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="70"/>
        <source>Not a question of this form</source>
        <translation>Question absente de ce formulaire</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="69"/>
        <source>{value} is not a number</source>
        <translation>{value} n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="70"/>
        <source>{value} is not a count (0 or more)</source>
        <translation>{value} n’est pas un effectif (0 ou plus)</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="75"/>
        <source>expected text</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="81"/>
        <source>expected a single line of text</source>
        <translation>une seule ligne de texte est attendue</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="87"/>
        <source>text is {length} characters long, at most {limit} are allowed</source>
        <translation>le texte compte {length} caractères, {limit} au plus sont admis</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="111"/>
        <source>{value} is not one of the choices ({allowed})</source>
        <translation>{value} ne fait pas partie des choix ({allowed})</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="124"/>
        <source>expected a list of choices</source>
        <translation>une liste de choix est attendue</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="147"/>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} n’est pas une date (écrivez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="165"/>
        <source>{value} is not a whole number</source>
        <translation>{value} n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="169"/>
        <source>{value} is below the minimum of {limit}</source>
        <translation>{value} est inférieur au minimum de {limit}</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="172"/>
        <source>{value} is above the maximum of {limit}</source>
        <translation>{value} dépasse le maximum de {limit}</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="180"/>
        <source>expected yes or no</source>
        <translation>oui ou non est attendu</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="187"/>
        <source>expected a count per category</source>
        <translation>un effectif par catégorie est attendu</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="206"/>
        <source>expected a list of rows</source>
        <translation>une liste de lignes est attendue</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="208"/>
        <source>{rows} rows, at most {limit} are allowed</source>
        <translation>{rows} lignes, {limit} au plus sont admises</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="215"/>
        <source>expected a row of named values</source>
        <translation>une ligne de valeurs nommées est attendue</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="221"/>
        <source>unknown column {column}</source>
        <translation>colonne inconnue&#xa0;: {column}</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="318"/>
        <source>{value} is not yes or no</source>
        <translation>{value} n’est ni oui ni non</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="327"/>
        <source>not valid JSON ({error})</source>
        <translation>JSON non valide ({error})</translation>
    </message>
    <message>
        <location filename="../../exports/import_problems.py" line="17"/>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../exports/import_problems.py" line="18"/>
        <source>{file}: … and {count} more problems</source>
        <translation>{file}&#xa0;: … et {count} autres problèmes</translation>
    </message>
    <message>
        <location filename="../../exports/import_problems.py" line="19"/>
        <source>{file}: {problem} (and {count} more problems)</source>
        <translation>{file}&#xa0;: {problem} (et {count} autres problèmes)</translation>
    </message>
    <message>
        <location filename="../../exports/import_problems.py" line="21"/>
        <source>the sheet {sheet} is missing</source>
        <translation>la feuille {sheet} est absente</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="65"/>
        <source>form version</source>
        <translation>la version du formulaire</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="66"/>
        <source>revision</source>
        <translation>la version</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="67"/>
        <source>layout version</source>
        <translation>la version de la mise en page</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="68"/>
        <source>review id</source>
        <translation>identifiant d’examen</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="69"/>
        <source>template id</source>
        <translation>identifiant de modèle</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="160"/>
        <source>refused: safe XML parsing (defusedxml) is not available</source>
        <translation>refusé&#xa0;: la lecture sûre du XML (defusedxml) n’est pas disponible</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="246"/>
        <source>refused: the file declares XML entities (possible XML attack)</source>
        <translation>refusé&#xa0;: le fichier déclare des entités XML (attaque XML possible)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="252"/>
        <source>cannot be read as a workbook ({kind}: {detail})</source>
        <translation>illisible en tant que classeur ({kind}&#xa0;: {detail})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="326"/>
        <source>form version {version} is not known to this version of the application</source>
        <translation>cette version de l’application ne connaît pas la version {version} du formulaire</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="331"/>
        <source>this is not a {form} workbook</source>
        <translation>ce n’est pas un classeur {form}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="341"/>
        <source>{where}: {value} is not a kind of workbook</source>
        <translation>{where}&#xa0;: {value} n’est pas un type de classeur</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="345"/>
        <source>{where}: the digest is not a SHA-256</source>
        <translation>{where}&#xa0;: l’empreinte n’est pas un SHA-256</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="352"/>
        <source>{where}: {value} is not a {flag} flag</source>
        <translation>{where}&#xa0;: {value} n’est pas une valeur possible de {flag}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="412"/>
        <source>missing</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <location filename="../../forms/errors.py" line="8"/>
        <location filename="../../exports/xlsx_reader.py" line="366"/>
        <location filename="../../exports/xlsx_reader.py" line="616"/>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="413"/>
        <source>{where}: the {what} ({value}) is not a whole number from {low} to {high}</source>
        <translation>{where}&#xa0;: {what} ({value}) n’est pas un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="430"/>
        <source>{where}: {value} is not a {what} (a UUID)</source>
        <translation>{where}&#xa0;: {value} n’est pas un {what} (un UUID)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="458"/>
        <source>the answers of form version {version} cannot be carried over ({problem})</source>
        <translation>les réponses de la version {version} du formulaire ne peuvent pas être reprises ({problem})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="488"/>
        <source>{where}: a value beyond row {row}, the last this sheet has room for</source>
        <translation>{where}&#xa0;: une valeur au-delà de la ligne {row}, la dernière que prévoit cette feuille</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="497"/>
        <source>{where}: a value beyond column {column}, the last this sheet has room for</source>
        <translation>{where}&#xa0;: une valeur au-delà de la colonne {column}, la dernière que prévoit cette feuille</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="525"/>
        <source>{where}: the key column {column} is missing from row 1</source>
        <translation>{where}&#xa0;: la colonne de clés {column} manque à la ligne 1</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="547"/>
        <source>{where}: {owner} appears twice</source>
        <translation>{where}&#xa0;: {owner} figure deux fois</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="575"/>
        <source>{where}: the {what} this row is about is missing (choose it from the list)</source>
        <translation>{where}&#xa0;: il manque l’élément ({what}) dont traite cette ligne (choisissez-le dans la liste)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="585"/>
        <source>{where}: unknown id {value}</source>
        <translation>{where}&#xa0;: identifiant inconnu {value}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="63"/>
        <location filename="../../exports/xlsx_package.py" line="64"/>
        <source>the workbook contains macros (a VBA project)</source>
        <translation>le classeur contient des macros (un projet VBA)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="65"/>
        <source>the workbook contains macro sheets</source>
        <translation>le classeur contient des feuilles de macros</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="66"/>
        <source>the workbook contains dialog sheets (macros)</source>
        <translation>le classeur contient des feuilles de dialogue (macros)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="69"/>
        <source>the workbook contains a custom ribbon (macros)</source>
        <translation>le classeur contient un ruban personnalisé (macros)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="70"/>
        <source>the workbook contains external links to other files</source>
        <translation>le classeur contient des liaisons vers d’autres fichiers</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="73"/>
        <source>the workbook contains embedded objects (OLE)</source>
        <translation>le classeur contient des objets incorporés (OLE)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="74"/>
        <source>the workbook contains ActiveX controls</source>
        <translation>le classeur contient des contrôles ActiveX</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="75"/>
        <source>the workbook contains form controls</source>
        <translation>le classeur contient des contrôles de formulaire</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="76"/>
        <source>the workbook contains data connections</source>
        <translation>le classeur contient des connexions de données</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="77"/>
        <source>the workbook contains data connections (query tables)</source>
        <translation>le classeur contient des connexions de données (tables de requête)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="83"/>
        <source>macros (a VBA project)</source>
        <translation>des macros (un projet VBA)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="84"/>
        <source>macros (a macro-enabled workbook)</source>
        <translation>des macros (un classeur prenant en charge les macros)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="85"/>
        <location filename="../../exports/xlsx_package.py" line="86"/>
        <location filename="../../exports/xlsx_package.py" line="87"/>
        <source>macro sheets</source>
        <translation>des feuilles de macros</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="88"/>
        <source>dialog sheets (macros)</source>
        <translation>des feuilles de dialogue (macros)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="89"/>
        <location filename="../../exports/xlsx_package.py" line="90"/>
        <source>external links to other files</source>
        <translation>des liaisons vers d’autres fichiers</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="91"/>
        <location filename="../../exports/xlsx_package.py" line="105"/>
        <source>embedded objects (OLE)</source>
        <translation>des objets incorporés (OLE)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="92"/>
        <source>embedded objects (packages)</source>
        <translation>des objets incorporés (packages)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="93"/>
        <location filename="../../exports/xlsx_package.py" line="94"/>
        <source>ActiveX controls</source>
        <translation>des contrôles ActiveX</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="95"/>
        <location filename="../../exports/xlsx_package.py" line="96"/>
        <source>form controls</source>
        <translation>des contrôles de formulaire</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="97"/>
        <source>data connections</source>
        <translation>des connexions de données</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="98"/>
        <source>data connections (query tables)</source>
        <translation>des connexions de données (tables de requête)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="99"/>
        <source>a link to a template elsewhere</source>
        <translation>un lien vers un modèle situé ailleurs</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="100"/>
        <source>a link to a frame elsewhere</source>
        <translation>un lien vers un cadre situé ailleurs</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="104"/>
        <source>an embedded object (OLE)</source>
        <translation>un objet incorporé (OLE)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="106"/>
        <source>a form or ActiveX control</source>
        <translation>un contrôle de formulaire ou ActiveX</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="107"/>
        <source>form or ActiveX controls</source>
        <translation>des contrôles de formulaire ou ActiveX</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="108"/>
        <source>a DDE link</source>
        <translation>une liaison DDE</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="109"/>
        <source>an OLE link</source>
        <translation>une liaison OLE</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="110"/>
        <location filename="../../exports/xlsx_package.py" line="111"/>
        <source>a link to another workbook</source>
        <translation>un lien vers un autre classeur</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="112"/>
        <source>links to other workbooks</source>
        <translation>des liens vers d’autres classeurs</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="113"/>
        <source>web publishing</source>
        <translation>une publication sur le Web</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="116"/>
        <source>{where}: refused: {reason}</source>
        <translation>{where}&#xa0;: refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="117"/>
        <source>the workbook contains {what}</source>
        <translation>le classeur contient {what}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="194"/>
        <location filename="../../desktop/backups.py" line="202"/>
        <source>no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="71"/>
        <location filename="../../exports/xlsx_package.py" line="197"/>
        <source>the file is larger than {size} MB</source>
        <translation>le fichier dépasse {size}&#xa0;Mo</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="77"/>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="80"/>
        <source>the sealed package is damaged or truncated</source>
        <translation>le paquet scellé est endommagé ou tronqué</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="84"/>
        <source>the sealed package was written by a newer version of GCM Shadow Review</source>
        <translation>le paquet scellé a été écrit par une version plus récente de GCM Shadow Review</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="92"/>
        <source>a sealed package for the coalition key {key}: only the coalition lead&apos;s database, which holds that key, opens it</source>
        <translation>un paquet scellé pour la clé de coalition {key}&#xa0;: seule la base de données du responsable de la coalition, qui détient cette clé, l’ouvre</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="98"/>
        <source>sealed for the coalition key {key}, not for this database&apos;s ({ours})</source>
        <translation>scellé pour la clé de coalition {key}, pas pour celle de cette base de données ({ours})</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="108"/>
        <source>the sealed package is damaged or was changed after it was sealed</source>
        <translation>le paquet scellé est endommagé ou a été modifié après avoir été scellé</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="205"/>
        <source>the workbook is password-protected or in the old .xls format: save it as an .xlsx workbook without a password</source>
        <translation>le classeur est protégé par un mot de passe ou au format ancien .xls&#xa0;: enregistrez-le en classeur .xlsx sans mot de passe</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="214"/>
        <source>not an xlsx workbook (it is not a zip file)</source>
        <translation>ce n’est pas un classeur xlsx (ce n’est pas un fichier zip)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="232"/>
        <source>the file is damaged or truncated ({detail})</source>
        <translation>le fichier est endommagé ou incomplet ({detail})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="268"/>
        <source>refused: more than {count} parts in the file</source>
        <translation>refusé&#xa0;: plus de {count} parties dans le fichier</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="273"/>
        <source>{where}: refused: the part appears twice in the file</source>
        <translation>{where}&#xa0;: refusé&#xa0;: la partie figure deux fois dans le fichier</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="279"/>
        <source>{where}: refused: the part is encrypted</source>
        <translation>{where}&#xa0;: refusé&#xa0;: la partie est chiffrée</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="282"/>
        <source>{where}: refused: compressed with a method spreadsheets do not use (method {method})</source>
        <translation>{where}&#xa0;: refusé&#xa0;: compressé selon une méthode que les tableurs n’utilisent pas (méthode {method})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="290"/>
        <source>refused: it claims to unpack to {size} MB (a zip bomb?)</source>
        <translation>refusé&#xa0;: il annonce {size}&#xa0;Mo une fois décompressé (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="296"/>
        <source>not an xlsx workbook ({part} is missing)</source>
        <translation>ce n’est pas un classeur xlsx ({part} est absent)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="329"/>
        <source>{where}: refused: the file unpacks to too much (a zip bomb?)</source>
        <translation>{where}&#xa0;: refusé&#xa0;: le fichier décompressé est bien trop volumineux (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="334"/>
        <source>{where}: refused: the part is compressed suspiciously well (a zip bomb?)</source>
        <translation>{where}&#xa0;: refusé&#xa0;: la partie est anormalement bien compressée (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="483"/>
        <source>{where}: the file is damaged (the part is not well-formed XML: {error}, line {line})</source>
        <translation>{where}&#xa0;: le fichier est endommagé (la partie n’est pas du XML bien formé&#xa0;: {error}, ligne {line})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="497"/>
        <source>the part declares a document type or XML entities (possible XML attack)</source>
        <translation>la partie déclare un type de document ou des entités XML (attaque XML possible)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="506"/>
        <source>the part declares XML entities (possible XML attack)</source>
        <translation>la partie déclare des entités XML (attaque XML possible)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="520"/>
        <source>a shape or control runs a macro</source>
        <translation>une forme ou un contrôle lance une macro</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="523"/>
        <source>a formula is not accepted anywhere in a review workbook</source>
        <translation>aucune formule n’est acceptée dans un classeur d’examen</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="559"/>
        <source>a defined name</source>
        <translation>un nom défini</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="560"/>
        <source>a conditional format</source>
        <translation>une mise en forme conditionnelle</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="561"/>
        <source>a drop-down or chart</source>
        <translation>une liste déroulante ou un graphique</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="562"/>
        <source>{what} with a formula that calls a function, links elsewhere or uses DDE ({formula})</source>
        <translation>{what} dont la formule appelle une fonction, renvoie ailleurs ou utilise DDE ({formula})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="598"/>
        <source>{where}: a formula is not accepted (in any cell of a review workbook); if it was typed as text, type it again with an apostrophe (&apos;) first</source>
        <translation>{where}&#xa0;: une formule n’est pas acceptée (dans aucune cellule d’un classeur d’examen)&#xa0;; si elle a été saisie comme du texte, saisissez-la de nouveau en commençant par une apostrophe (&apos;)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="617"/>
        <source>a cell beyond column {column} or row {row}, far outside what a review workbook holds</source>
        <translation>une cellule au-delà de la colonne {column} ou de la ligne {row}, bien en dehors de ce que contient un classeur d’examen</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="630"/>
        <source>the workbook links to a file elsewhere ({kind})</source>
        <translation>le classeur renvoie à un fichier situé ailleurs ({kind})</translation>
    </message>
    <message>
        <location filename="../../exports/atomic.py" line="36"/>
        <source>{file}: is a folder, not a file name</source>
        <translation>{file}&#xa0;: c’est un dossier, pas un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../exports/atomic.py" line="39"/>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}&#xa0;: le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <location filename="../../exports/atomic.py" line="44"/>
        <source>{file}: cannot write in {folder} ({reason})</source>
        <translation>{file}&#xa0;: impossible d’écrire dans {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="87"/>
        <location filename="../../exports/atomic.py" line="54"/>
        <source>{file}: could not be written ({reason})</source>
        <translation>{file}&#xa0;: le fichier n’a pas pu être écrit ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="100"/>
        <source>{folder}: the backups folder cannot be created ({reason})</source>
        <translation>{folder}&#xa0;: impossible de créer le dossier des sauvegardes ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="107"/>
        <source>{file}: the backup could not be written</source>
        <translation>{file}&#xa0;: la sauvegarde n’a pas pu être écrite</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="229"/>
        <source>{file}: cannot move the damaged database aside ({reason})</source>
        <translation>{file}&#xa0;: impossible de déplacer la base de données endommagée ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="245"/>
        <source>{file}: this is the database itself, not a backup of it</source>
        <translation>{file}&#xa0;: c’est la base de données elle-même, pas une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="251"/>
        <source>{file}: not a sound backup ({reason})</source>
        <translation>{file}&#xa0;: cette sauvegarde n’est pas intacte ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="261"/>
        <source>{file}: the backup could not be restored</source>
        <translation>{file}&#xa0;: la sauvegarde n’a pas pu être restaurée</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="280"/>
        <location filename="../../desktop/passphrase.py" line="238"/>
        <source>{file}: the copy failed its check ({reason})</source>
        <translation>{file}&#xa0;: la copie n’a pas passé la vérification ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="287"/>
        <source>{failure} ({reason})</source>
        <translation>{failure} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="176"/>
        <source>{file}: the database is damaged ({reason})</source>
        <translation>{file}&#xa0;: la base de données est endommagée ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="207"/>
        <source>{file}: the database is protected by a passphrase</source>
        <translation>{file}&#xa0;: la base de données est protégée par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="219"/>
        <source>{file}: the database was written by a newer version of GCM Shadow Review</source>
        <translation>{file}&#xa0;: la base de données a été écrite par une version plus récente de GCM Shadow Review</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="230"/>
        <source>{file}: not a review database (it holds other tables)</source>
        <translation>{file}&#xa0;: ce n’est pas une base de données d’examens (elle contient d’autres tables)</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="330"/>
        <source>{id} matches several reviews; give more of the id</source>
        <translation>{id} correspond à plusieurs examens&#xa0;; donnez davantage de caractères de l’identifiant</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="334"/>
        <source>no review with id {id} in {file}</source>
        <translation>aucun examen d’identifiant {id} dans {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="641"/>
        <source>this database already has a signing key, {organisation}&apos;s (key {key})</source>
        <translation>cette base de données a déjà une clé de signature, celle de {organisation} (clé {key})</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="670"/>
        <source>this database already has a coalition key, {coalition}&apos;s (key {key})</source>
        <translation>cette base de données a déjà une clé de coalition, celle de {coalition} (clé {key})</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="793"/>
        <source>the review {review} is already in the database</source>
        <translation>l’examen {review} est déjà dans la base de données</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="15"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="16"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="20"/>
        <location filename="../../forms/os_reasons.py" line="21"/>
        <source>not permitted here</source>
        <translation>non autorisé à cet endroit</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="22"/>
        <source>there is no such file or folder</source>
        <translation>ce fichier ou ce dossier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="23"/>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="24"/>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="25"/>
        <source>it exists already</source>
        <translation>il existe déjà</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="26"/>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="27"/>
        <source>the disk could not be read or written</source>
        <translation>le disque n’a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="28"/>
        <source>another program is using the file</source>
        <translation>un autre programme utilise le fichier</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="29"/>
        <location filename="../../forms/os_reasons.py" line="30"/>
        <source>too many files are open</source>
        <translation>trop de fichiers sont ouverts</translation>
    </message>
    <message>
        <location filename="../../forms/safe_text.py" line="28"/>
        <source>special line breaks became ordinary ones</source>
        <translation>les sauts de ligne spéciaux sont devenus des sauts de ligne ordinaires</translation>
    </message>
    <message>
        <location filename="../../forms/safe_text.py" line="29"/>
        <source>control characters that files cannot hold were removed</source>
        <translation>les caractères de contrôle que les fichiers ne peuvent pas contenir ont été retirés</translation>
    </message>
    <message>
        <location filename="../../forms/safe_text.py" line="32"/>
        <source>special line breaks became ordinary ones; control characters that files cannot hold were removed</source>
        <translation>les sauts de ligne spéciaux sont devenus des sauts de ligne ordinaires&#xa0;; les caractères de contrôle que les fichiers ne peuvent pas contenir ont été retirés</translation>
    </message>
    <message>
        <location filename="../../exports/picture_file.py" line="33"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}&#xa0;: illisible ({reason})</translation>
    </message>
    <message>
        <location filename="../../exports/picture_file.py" line="48"/>
        <source>a damaged image ({reason})</source>
        <translation>une image endommagée ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/database_lock.py" line="39"/>
        <source>{file} is already open in another window of GCM Shadow Review. Use that window, or close it first.</source>
        <translation>{file} est déjà ouvert dans une autre fenêtre de GCM Shadow Review. Utilisez cette fenêtre, ou fermez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../../desktop/database_lock.py" line="46"/>
        <source>{file} is busy (a restore or another command is using it); try again</source>
        <translation>{file} est occupé (une restauration ou une autre commande l’utilise)&#xa0;; réessayez</translation>
    </message>
    <message>
        <location filename="../../desktop/database_lock.py" line="86"/>
        <source>{file}: cannot take the lock ({reason})</source>
        <translation>{file}&#xa0;: impossible de prendre le verrou ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="33"/>
        <source>{file}: is a folder, not a database file</source>
        <translation>{file}&#xa0;: c’est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="34"/>
        <source>{file}: there is no database there</source>
        <translation>{file}&#xa0;: il n’y a pas de base de données à cet endroit</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="35"/>
        <source>{file}: the database cannot be created ({reason})</source>
        <translation>{file}&#xa0;: impossible de créer la base de données ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="36"/>
        <source>{file}: the database cannot be read ({reason})</source>
        <translation>{file}&#xa0;: impossible de lire la base de données ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="37"/>
        <source>the database is damaged (the file is empty: 0 bytes)</source>
        <translation>la base de données est endommagée (le fichier est vide&#xa0;: 0 octet)</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="38"/>
        <source>not a review database or damaged (it is not an SQLite database file)</source>
        <translation>ce n’est pas une base de données d’examens, ou elle est endommagée (ce n’est pas un fichier de base de données SQLite)</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="41"/>
        <source>{file}: not a review database or damaged ({reason})</source>
        <translation>{file}&#xa0;: ce n’est pas une base de données d’examens, ou elle est endommagée ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="42"/>
        <source>{file}: the database cannot be opened: {fault}</source>
        <translation>{file}&#xa0;: impossible d’ouvrir la base de données&#xa0;: {fault}</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="43"/>
        <source>the disk is full. Free some space, then try again. Nothing was changed.</source>
        <translation>le disque est plein. Libérez de l’espace, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="46"/>
        <source>another program is using it. Try again in a moment. Nothing was changed.</source>
        <translation>un autre programme l’utilise. Réessayez dans un instant. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="49"/>
        <source>it cannot be read or written here (read-only or not permitted). Nothing was changed.</source>
        <translation>elle ne peut être ni lue ni écrite à cet endroit (lecture seule ou non autorisé). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="53"/>
        <source>the disk could not be read or written ({reason}). Nothing was changed.</source>
        <translation>le disque n’a pas pu être lu ou écrit ({reason}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/practice.py" line="29"/>
        <source>a practice set holds {fewest} to {most} member workbooks, not {count}</source>
        <translation>un jeu d’exercice compte de {fewest} à {most} classeurs de membres, pas {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/practice.py" line="40"/>
        <source>{folder}: cannot create the folder ({reason})</source>
        <translation>{folder}&#xa0;: impossible de créer le dossier ({reason})</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="33"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="34"/>
        <source>not a PNG or JPEG image</source>
        <translation>ce n’est pas une image PNG ou JPEG</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="35"/>
        <source>expected an image</source>
        <translation>une image est attendue</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="36"/>
        <source>the image&apos;s data is damaged</source>
        <translation>les données de l’image sont endommagées</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="37"/>
        <source>a damaged PNG image (no header)</source>
        <translation>une image PNG endommagée (sans en-tête)</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="38"/>
        <source>a PNG image cut short (it has no end)</source>
        <translation>une image PNG tronquée (elle n’a pas de fin)</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="39"/>
        <source>a JPEG image cut short (it has no end)</source>
        <translation>une image JPEG tronquée (elle n’a pas de fin)</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="40"/>
        <source>a damaged JPEG image</source>
        <translation>une image JPEG endommagée</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="41"/>
        <source>a damaged JPEG image (no size)</source>
        <translation>une image JPEG endommagée (sans dimensions)</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="85"/>
        <source>the image is {width} × {height} pixels, at most {most} on a side are allowed</source>
        <translation>l’image mesure {width} × {height} pixels&#xa0;; le maximum admis est de {most} pixels par côté</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="100"/>
        <source>the image is {size} MB, at most {most} MB are allowed</source>
        <translation>l’image pèse {size} Mo&#xa0;; le maximum admis est de {most} Mo</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="60"/>
        <source>the database could not be written ({reason}); nothing was lost</source>
        <translation>la base de données n’a pas pu être écrite ({reason})&#xa0;; rien n’a été perdu</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/follow_on.py" line="36"/>
        <source>{file}: it holds no answer a new review could start from</source>
        <translation>{file}&#xa0;: il ne contient aucune réponse dont un nouvel examen pourrait partir</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="119"/>
        <source>a passphrase needs at least {count} characters</source>
        <translation>une phrase secrète doit compter au moins {count} caractères</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="125"/>
        <source>{file}: the key file is damaged ({reason})</source>
        <translation>{file}&#xa0;: le fichier de clé est endommagé ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="134"/>
        <source>{file}: the key file cannot be read ({reason})</source>
        <translation>{file}&#xa0;: impossible de lire le fichier de clé ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="144"/>
        <source>{file}: the key file was written by a newer version of GCM Shadow Review</source>
        <translation>{file}&#xa0;: le fichier de clé a été écrit par une version plus récente de GCM Shadow Review</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="190"/>
        <source>{file}: the key file could not be written ({reason}); nothing was changed</source>
        <translation>{file}&#xa0;: le fichier de clé n’a pas pu être écrit ({reason})&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="98"/>
        <source>{file}: the key file is missing; the recovery key still opens the database</source>
        <translation>{file}&#xa0;: le fichier de clé est introuvable&#xa0;; la clé de secours ouvre encore la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="109"/>
        <source>{file}: this passphrase does not open the database</source>
        <translation>{file}&#xa0;: cette phrase secrète n’ouvre pas la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="132"/>
        <source>{file}: the database is already protected by a passphrase</source>
        <translation>{file}&#xa0;: la base de données est déjà protégée par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="137"/>
        <source>{file}: the database has no passphrase</source>
        <translation>{file}&#xa0;: la base de données n’a pas de phrase secrète</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="248"/>
        <source>{file}: could not be rewritten ({reason}); nothing was changed</source>
        <translation>{file}&#xa0;: n’a pas pu être réécrit ({reason})&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../exports/lead_key.py" line="94"/>
        <source>{file}: the coalition key file cannot be read ({reason})</source>
        <translation>{file}&#xa0;: impossible de lire le fichier de clé de coalition ({reason})</translation>
    </message>
    <message>
        <location filename="../../exports/lead_key.py" line="106"/>
        <source>{file}: the coalition key file was written by a newer version of GCM Shadow Review</source>
        <translation>{file}&#xa0;: le fichier de clé de coalition a été écrit par une version plus récente de GCM Shadow Review</translation>
    </message>
    <message>
        <location filename="../../exports/lead_key.py" line="125"/>
        <source>{file}: not a coalition key file, or damaged ({reason})</source>
        <translation>{file}&#xa0;: ce n’est pas un fichier de clé de coalition, ou il est endommagé ({reason})</translation>
    </message>
</context>
<context>
    <name>RadioChoiceEditor</name>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="314"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="315"/>
        <source>Clear the answer</source>
        <translation>Effacer la réponse</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="275"/>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="279"/>
        <source>The database is now protected by your passphrase. This recovery key opens it if the passphrase is forgotten. It is shown only this once: print it or write it down, and keep it somewhere other than this computer, where nobody who should not read your reviews can find it.</source>
        <translation>La base de données est désormais protégée par votre phrase secrète. Cette clé de secours l’ouvre si la phrase secrète est oubliée. Elle n’est affichée que cette fois&#xa0;: imprimez-la ou notez-la, et gardez-la ailleurs que sur cet ordinateur, là où personne qui ne doit pas lire vos examens ne peut la trouver.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="298"/>
        <source>&amp;Save a page to print…</source>
        <translation>&amp;Enregistrer une page à imprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="301"/>
        <source>A PDF of this key, to print at once: save it on a USB stick or delete it once printed, as a copy left on this computer opens your reviews</source>
        <translation>Un PDF de cette clé, à imprimer tout de suite&#xa0;: enregistrez-le sur une clé USB ou supprimez-le une fois imprimé, car une copie laissée sur cet ordinateur ouvre vos examens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="307"/>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>J’ai &amp;noté ou imprimé la clé de secours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="332"/>
        <source>Save a page to print</source>
        <translation>Enregistrer une page à imprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="333"/>
        <source>recovery key.pdf</source>
        <translation>clé de secours.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="334"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="349"/>
        <source>Saved {0}. Print it now, then delete the file: a copy left on this computer opens your reviews.</source>
        <translation>{0} enregistré. Imprimez-le maintenant, puis supprimez le fichier&#xa0;: une copie laissée sur cet ordinateur ouvre vos examens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="294"/>
        <source>Recovery key: {0}</source>
        <translation>Clé de secours&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="32"/>
        <location filename="../../desktop/ui/recovery_sheet.py" line="69"/>
        <source>GCM Shadow Review: recovery key</source>
        <translation>GCM Shadow Review&#xa0;: clé de secours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="34"/>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="36"/>
        <source>This key opens the database and its backups if the passphrase is forgotten. Keep this page apart from the computer, where nobody who should not read the reviews can find it. Anyone who has it can open them.</source>
        <translation>Cette clé ouvre la base de données et ses sauvegardes si la phrase secrète est oubliée. Gardez cette page loin de l’ordinateur, là où personne qui ne doit pas lire les examens ne peut la trouver. Quiconque la détient peut les ouvrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="44"/>
        <source>Delete the file once it is printed: a copy left on the computer opens the reviews.</source>
        <translation>Supprimez le fichier une fois imprimé&#xa0;: une copie laissée sur l’ordinateur ouvre les examens.</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="44"/>
        <source>{0} of {1} files taken in, {2} not.</source>
        <translation>{0} fichiers sur {1} pris en compte, {2} non.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="50"/>
        <source>{0} of them changed nothing: already here, or here in a newer revision.</source>
        <translation>{0} d’entre eux n’ont rien changé&#xa0;: déjà présents, ou présents ici dans une version plus récente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="57"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="57"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="57"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="76"/>
        <source>Details of the file chosen</source>
        <translation>Détails du fichier choisi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="83"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="84"/>
        <source>Copy the whole table, to paste it into an e-mail or a note</source>
        <translation>Copier tout le tableau, pour le coller dans un courriel ou une note</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <location filename="../../desktop/ui/editor.py" line="71"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
</context>
<context>
    <name>ReviewRemoval</name>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="31"/>
        <source>Delete review</source>
        <translation>Supprimer l’examen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="33"/>
        <source>Delete the review “{0}” with all its answers? The database is backed up first, and Undo on the list of reviews brings it back.</source>
        <translation>Supprimer l’examen «&#xa0;{0}&#xa0;» et toutes ses réponses&#xa0;? La base de données est d’abord sauvegardée, et Annuler, dans la liste des examens, le rétablit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="49"/>
        <source>The review could not be deleted.</source>
        <translation>L’examen n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="52"/>
        <source>Deleted “{0}”.</source>
        <translation>«&#xa0;{0}&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="54"/>
        <source>A backup of the database was made first.</source>
        <translation>Une sauvegarde de la base de données a été faite avant.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="66"/>
        <source>The review could not be brought back.</source>
        <translation>L’examen n’a pas pu être rétabli.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="81"/>
        <source>The review could not be archived.</source>
        <translation>L’examen n’a pas pu être archivé.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="86"/>
        <source>(no country yet)</source>
        <translation>(pas encore de pays)</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../desktop/ui/autosave.py" line="145"/>
        <source>An unexpected problem ({0}) stopped the save; details are in {1}</source>
        <translation>Un problème inattendu ({0}) a interrompu l’enregistrement&#xa0;; les détails sont dans {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave.py" line="236"/>
        <source>The save of {0} did not finish within {1} seconds.</source>
        <translation>L’enregistrement de {0} ne s’est pas terminé en {1}&#xa0;secondes.</translation>
    </message>
</context>
<context>
    <name>SavingShown</name>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="45"/>
        <source>Some changes could not be saved:
{0}

Close anyway and lose them?</source>
        <translation>Certaines modifications n’ont pas pu être enregistrées&#xa0;:
{0}

Fermer quand même et les perdre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="57"/>
        <source>✓ Saved</source>
        <translation>✓ Enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="60"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="62"/>
        <source>⚠ Not saved – retrying</source>
        <translation>⚠ Non enregistré – nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="73"/>
        <source>Save status: {0}</source>
        <translation>État d’enregistrement&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="82"/>
        <source>Your last changes could not be saved yet. They are kept in the window and saving is retried every few seconds.</source>
        <translation>Vos dernières modifications n’ont pas encore pu être enregistrées. Elles sont conservées dans la fenêtre et l’application réessaie de les enregistrer à quelques secondes d’intervalle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="94"/>
        <source>{0}: special line breaks or control characters were changed so that the answer can be saved and exported</source>
        <translation>{0}&#xa0;: des sauts de ligne spéciaux ou des caractères de contrôle ont été remplacés pour que la réponse puisse être enregistrée et exportée</translation>
    </message>
</context>
<context>
    <name>SigningKeyJobs</name>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="39"/>
        <source>Create a signing key</source>
        <translation>Créer une clé de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="41"/>
        <source>No key signs this database&apos;s workbooks yet. A signed workbook lets a coalition tell your files from forged or changed ones.

Name of the organisation that signs:</source>
        <translation>Aucune clé ne signe encore les classeurs de cette base de données. Un classeur signé permet à une coalition de distinguer vos fichiers de fichiers falsifiés ou modifiés.

Nom de l’organisation qui signe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="53"/>
        <source>The signing key could not be made.</source>
        <translation>La clé de signature n’a pas pu être créée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="57"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="59"/>
        <source>Workbooks exported from this database can be signed by {0}.

Key: {1}

Read the key out to a coalition lead who asks: it is how they know a file is yours.</source>
        <translation>Les classeurs exportés de cette base de données peuvent être signés par {0}.

Clé&#xa0;: {1}

Lisez la clé à voix haute à la personne qui coordonne une coalition et vous la demande&#xa0;: c’est ainsi qu’elle sait qu’un fichier est le vôtre.</translation>
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
        <translation>Examinez, objectif par objectif, la manière dont votre gouvernement met en œuvre le Pacte mondial pour des migrations sûres, ordonnées et régulières. Tout reste sur cet ordinateur et est enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="69"/>
        <source>&amp;New review…</source>
        <translation>&amp;Nouvel examen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="70"/>
        <source>Open the &amp;sample review</source>
        <translation>Ouvrir l’examen d’e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="72"/>
        <source>A fictional review for workshops; your changes to it are not kept.</source>
        <translation>Un examen fictif pour les ateliers&#xa0;; les modifications que vous y apportez ne sont pas conservées.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="74"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="76"/>
        <source>Bring in filled questionnaires or workbooks exported by other organisations.</source>
        <translation>Importer des questionnaires remplis ou des classeurs exportés par d’autres organisations.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="78"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="94"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="101"/>
        <location filename="../../desktop/ui/start_screen.py" line="107"/>
        <source>Your reviews</source>
        <translation>Vos examens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="105"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="105"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="105"/>
        <source>Complete</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="106"/>
        <source>Last edit</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="115"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="117"/>
        <source>The database is backed up first, and Undo brings the review back.</source>
        <translation>La base de données est d’abord sauvegardée, et Annuler rétablit l’examen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="119"/>
        <location filename="../../desktop/ui/start_screen.py" line="185"/>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="121"/>
        <source>Put the review away from this list, whole; “Show archived” finds it again.</source>
        <translation>Retire l’examen de cette liste sans rien en perdre&#xa0;; «&#xa0;Afficher les examens archivés&#xa0;» permet de le retrouver.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="123"/>
        <source>Show a&amp;rchived reviews</source>
        <translation>Afficher les examens a&amp;rchivés</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="133"/>
        <source>No reviews yet. Start a new review, or open the sample to explore.</source>
        <translation>Aucun examen pour l’instant. Commencez un nouvel examen ou ouvrez l’exemple pour découvrir l’outil.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="154"/>
        <source>(no organisation yet)</source>
        <translation>(pas encore d’organisation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="155"/>
        <source>SAMPLE</source>
        <translation>EXEMPLE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="160"/>
        <source>{0} (coalition)</source>
        <translation>{0} (coalition)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="162"/>
        <source>{0} (archived)</source>
        <translation>{0} (archivé)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="164"/>
        <source>(no country yet)</source>
        <translation>(pas encore de pays)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="185"/>
        <source>Un&amp;archive</source>
        <translation>Désarc&amp;hiver</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/ui/database_lock.py" line="36"/>
        <source>{0} is already open in another window of GCM Shadow Review. Use that window, or close it first.</source>
        <translation>{0} est déjà ouvert dans une autre fenêtre de GCM Shadow Review. Utilisez cette fenêtre ou fermez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="137"/>
        <source>An unexpected problem ({0}) interrupted what you were doing. Everything saved so far is safe. The details are in {1}.</source>
        <translation>Un problème inattendu ({0}) a interrompu ce que vous faisiez. Tout ce qui a déjà été enregistré est en sécurité. Les détails sont dans {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="194"/>
        <source>The database {0} is damaged: {1}

It was moved aside, untouched, to {2}.</source>
        <translation>La base de données {0} est endommagée&#xa0;: {1}

Elle a été déplacée telle quelle vers {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="203"/>
        <source>There is no backup: a new, empty database starts.</source>
        <translation>Il n’y a aucune sauvegarde&#xa0;: une nouvelle base de données vide est créée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="214"/>
        <source>Restore the newest backup, made on {0}?</source>
        <translation>Restaurer la sauvegarde la plus récente, faite le {0}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="74"/>
        <source>&amp;Add row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="75"/>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="76"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="77"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="87"/>
        <source>No rows yet. Press “Add row” to start.</source>
        <translation>Aucune ligne. Cliquez sur «&#xa0;Ajouter une ligne&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="103"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="148"/>
        <source>Row {0}: {1}</source>
        <translation>Ligne {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="180"/>
        <source>Remove row {0} and everything in it? Edit › Undo brings it back.</source>
        <translation>Supprimer la ligne {0} et tout ce qu’elle contient&#xa0;? Édition › Annuler la rétablit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="248"/>
        <source>Rows never exported, kept on this computer only: {0}</source>
        <translation>Lignes jamais exportées, conservées sur cet ordinateur seulement&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="255"/>
        <source>Row {0} of {1}</source>
        <translation>Ligne {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="257"/>
        <source>never exported</source>
        <translation>jamais exportée</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../desktop/ui/tour.py" line="70"/>
        <source>The list of pages</source>
        <translation>La liste des pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="71"/>
        <source>The profile, the methodology, the guiding principles and the 23 objectives, grouped in the four clusters. A tick marks a complete page; “5/12” says how many questions are answered. F6 moves between this list and the page.</source>
        <translation>Le profil, la méthodologie, les principes directeurs et les 23 objectifs, répartis dans les quatre groupes. Une coche signale une page complète&#xa0;; «&#xa0;5/12&#xa0;» indique combien de questions ont une réponse. F6 permet de passer de cette liste à la page et inversement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="81"/>
        <source>An objective</source>
        <translation>Un objectif</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="82"/>
        <source>What the government claims sits next to what civil society observes. Rate the progress, give the evidence and your recommendations. Everything is saved as you type; mark an objective confidential to keep it out of shared reports.</source>
        <translation>Ce qu’affirme le gouvernement figure à côté de ce qu’observe la société civile. Donnez votre appréciation des progrès, présentez les éléments de preuve et vos recommandations. Tout est enregistré au fil de la saisie&#xa0;; marquez un objectif comme confidentiel pour l’exclure des rapports partagés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="92"/>
        <source>The overview</source>
        <translation>La vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="93"/>
        <source>One tile per objective, coloured and named by its rating, and how complete each part of the review is. Choose a tile to open its objective.</source>
        <translation>Une vignette par objectif, dont la couleur et le libellé indiquent son appréciation, ainsi que l’avancement de chaque partie de l’examen. Choisissez une vignette pour ouvrir l’objectif correspondant.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="102"/>
        <source>Export and share</source>
        <translation>Exporter et partager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="103"/>
        <source>The File menu exports the report as a PDF in any of the four languages, and prints a blank questionnaire for work on paper. Confidential content stays out unless you choose to include it. The tour is in the Help menu whenever you want it again.</source>
        <translation>Le menu Fichier permet d’exporter le rapport en PDF dans l’une des quatre langues et d’imprimer un questionnaire vierge pour travailler sur papier. Le contenu confidentiel reste exclu, sauf si vous choisissez de l’inclure. Vous retrouverez la visite guidée dans le menu Aide chaque fois que vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="133"/>
        <source>Guided tour</source>
        <translation>Visite guidée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="151"/>
        <source>Skip the tour</source>
        <translation>Passer la visite</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="152"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="179"/>
        <source>Step {0} of {1}</source>
        <translation>Étape {0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="185"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="185"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="78"/>
        <source>Unlock the database</source>
        <translation>Déverrouiller la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="82"/>
        <source>The database {0} cannot be read as it is. If it is protected by a passphrase and its key file ({1}) was lost, type its recovery key to open it. If it is not, choose Not encrypted: it is then treated as damaged.</source>
        <translation>La base de données {0} ne peut pas être lue telle quelle. Si elle est protégée par une phrase secrète et que son fichier de clé ({1}) a été perdu, tapez sa clé de secours pour l’ouvrir. Sinon, choisissez Non chiffrée&#xa0;: elle est alors traitée comme endommagée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="88"/>
        <source>The database {0} is protected by a passphrase. Type it to open your reviews.</source>
        <translation>La base de données {0} est protégée par une phrase secrète. Tapez-la pour ouvrir vos examens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="93"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Phrase secrète ou clé de secours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="94"/>
        <source>Passphrase or recovery key</source>
        <translation>Phrase secrète ou clé de secours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="102"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="105"/>
        <source>&amp;Not encrypted</source>
        <translation>&amp;Non chiffrée</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <location filename="../../desktop/ui/window_title.py" line="41"/>
        <source>WORKSHOP COPY: nothing done here is kept</source>
        <translation>COPIE D’ATELIER&#xa0;: rien de ce qui est fait ici n’est conservé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_title.py" line="55"/>
        <source>Untitled review</source>
        <translation>Examen sans titre</translation>
    </message>
</context>
<context>
    <name>WorkbookJobs</name>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="57"/>
        <source>Workbooks and sealed packages (*.xlsx *.gcmpkg)</source>
        <translation>Classeurs et paquets scellés (*.xlsx *.gcmpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="71"/>
        <source>There is no workbook (.xlsx) or sealed package (.gcmpkg) in {0}.</source>
        <translation>Il n’y a ni classeur (.xlsx) ni paquet scellé (.gcmpkg) dans {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="91"/>
        <location filename="../../desktop/ui/workbook_jobs.py" line="191"/>
        <source>Import workbooks</source>
        <translation>Importer des classeurs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="107"/>
        <source>Importing workbooks…</source>
        <translation>Importation des classeurs…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="110"/>
        <source>The files could not be imported.</source>
        <translation>Impossible d’importer les fichiers.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="120"/>
        <location filename="../../desktop/ui/workbook_jobs.py" line="137"/>
        <source>Check files</source>
        <translation>Vérifier des fichiers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="122"/>
        <source>Workbooks, packages and reports (*.xlsx *.gcmpkg *.pdf *.docx)</source>
        <translation>Classeurs, paquets et rapports (*.xlsx *.gcmpkg *.pdf *.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="135"/>
        <source>Checking files…</source>
        <translation>Vérification des fichiers…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="138"/>
        <source>The files could not be checked.</source>
        <translation>Les fichiers n’ont pas pu être vérifiés.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="149"/>
        <location filename="../../desktop/ui/workbook_jobs.py" line="199"/>
        <source>Add member workbooks</source>
        <translation>Ajouter des classeurs de membres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="169"/>
        <source>Adding member workbooks…</source>
        <translation>Ajout des classeurs de membres…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="172"/>
        <source>The files could not be added.</source>
        <translation>Impossible d’ajouter les fichiers.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="221"/>
        <source>Taken in</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="222"/>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="223"/>
        <source>Fault</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="224"/>
        <source>Not read</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="225"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="228"/>
        <source>Nothing changed</source>
        <translation>Rien n’a changé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="237"/>
        <source>{0}: not applied; the review here was kept ({1})</source>
        <translation>{0}&#xa0;: non appliqué&#xa0;; l’examen déjà présent a été conservé ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="253"/>
        <source>the organisation changes from “{0}” to “{1}”</source>
        <translation>l’organisation passe de «&#xa0;{0}&#xa0;» à «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="254"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="259"/>
        <source>{0} of its {1} answers would be removed</source>
        <translation>{0} de ses {1} réponses seraient supprimées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/workbook_jobs.py" line="274"/>
        <source>%n file(s) would replace a review already here in a big way.</source>
        <translation>
            <numerusform>%n fichier remplacerait un examen déjà présent en le modifiant profondément.</numerusform>
            <numerusform>%n fichiers remplaceraient des examens déjà présents en les modifiant profondément.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="280"/>
        <source>Another organisation&apos;s name, or many answers removed, can mean a file that is not what it claims. Check the details. If you replace, the database is backed up first.</source>
        <translation>Le nom d’une autre organisation, ou de nombreuses réponses supprimées, peuvent signaler un fichier qui n’est pas ce qu’il prétend être. Vérifiez les détails. Si vous remplacez, la base de données est d’abord sauvegardée.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="291"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="292"/>
        <source>&amp;Keep what is here</source>
        <translation>&amp;Garder ce qui est ici</translation>
    </message>
</context>
<context>
    <name>WorkshopJobs</name>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="43"/>
        <source>Preparing the practice coalition and its member workbooks…</source>
        <translation>Préparation de la coalition d’entraînement et de ses classeurs de membres…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="44"/>
        <source>The practice coalition could not be opened.</source>
        <translation>Impossible d’ouvrir la coalition d’entraînement.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="46"/>
        <source>Preparing the sample review…</source>
        <translation>Préparation de l’examen d’exemple…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="47"/>
        <source>The sample review could not be opened.</source>
        <translation>Impossible d’ouvrir l’examen d’exemple.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="76"/>
        <source>Practice member workbooks are ready in {0}: Add member workbooks… opens there.</source>
        <translation>Les classeurs de membres d’entraînement sont prêts dans {0}&#xa0;: «&#xa0;Ajouter des classeurs de membres…&#xa0;» s’ouvre à cet endroit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="90"/>
        <source>Write practice member workbooks</source>
        <translation>Créer des classeurs de membres d’entraînement</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="95"/>
        <source>How many member workbooks? Each holds a fictional member organisation&apos;s SAMPLE review; only a practice coalition takes them in.</source>
        <translation>Combien de classeurs de membres&#xa0;? Chacun contient l’examen d’EXEMPLE d’une organisation membre fictive&#xa0;; seule une coalition d’entraînement les accepte.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="112"/>
        <source>Writing practice member workbooks…</source>
        <translation>Création des classeurs de membres d’entraînement…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="124"/>
        <source>The practice member workbooks could not be written.</source>
        <translation>Impossible de créer les classeurs de membres d’entraînement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/workshop_jobs.py" line="138"/>
        <source>%n file(s) of the practice set are already in {0} ({1}). Replace them?</source>
        <translation>
            <numerusform>%n fichier de la série d’entraînement est déjà dans {0} ({1}). Le remplacer&#xa0;?</numerusform>
            <numerusform>%n fichiers de la série d’entraînement sont déjà dans {0} ({1}). Les remplacer&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/workshop_jobs.py" line="150"/>
        <source>%n practice member workbook(s) written to {0}. They are marked SAMPLE: add them to a practice coalition (Workshop › Open a practice coalition), or hand them out to practise filling and merging.</source>
        <translation>
            <numerusform>%n classeur de membre d’entraînement créé dans {0}. Il est marqué EXEMPLE&#xa0;: ajoutez-le à une coalition d’entraînement (Atelier › Ouvrir une coalition d’entraînement), ou distribuez-le pour s’exercer à remplir et à fusionner.</numerusform>
            <numerusform>%n classeurs de membres d’entraînement créés dans {0}. Ils sont marqués EXEMPLE&#xa0;: ajoutez-les à une coalition d’entraînement (Atelier › Ouvrir une coalition d’entraînement), ou distribuez-les pour s’exercer à remplir et à fusionner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="166"/>
        <source>Reset the workshop? Everything typed into the sample since it was opened is thrown away and a fresh copy of the sample review opens.</source>
        <translation>Réinitialiser l’atelier&#xa0;? Tout ce qui a été saisi dans l’exemple depuis son ouverture sera perdu, et une copie neuve de l’examen d’exemple s’ouvrira.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="190"/>
        <source>The workshop could not be reset.</source>
        <translation>Impossible de réinitialiser l’atelier.</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="65"/>
        <source>An unexpected problem ({0}) stopped the work; details are in {1}</source>
        <translation>Un problème inattendu ({0}) a interrompu le travail&#xa0;; les détails sont dans {1}</translation>
    </message>
</context>
</TS>
