<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="94"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="113"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>BackupJobs</name>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="34"/>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="35"/>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="36"/>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="37"/>
        <source>before adding member workbooks</source>
        <translation>antes de agregar libros de Excel de miembros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="38"/>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="39"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="40"/>
        <source>before a review was deleted</source>
        <translation>antes de eliminar un examen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="58"/>
        <source>There is no backup yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="67"/>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="68"/>
        <source>Backup to restore (the current database is kept as a backup too):</source>
        <translation>Copia de seguridad que desea restaurar (la base de datos actual también se guarda como copia de seguridad):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="83"/>
        <source>The backup could not be restored.</source>
        <translation>No se pudo restaurar la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_jobs.py" line="89"/>
        <source>Restored from {0}</source>
        <translation>Restaurado desde {0}</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="357"/>
        <source>— not answered —</source>
        <translation>— sin respuesta —</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../desktop/cli.py" line="72"/>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="89"/>
        <source>the following arguments are required: %s</source>
        <translation>estos argumentos son obligatorios: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="90"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="91"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="92"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="93"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="94"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor no válido (%(type)s): %(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="95"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede corresponder a %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="96"/>
        <source>not allowed with argument %s</source>
        <translation>no se permite con el argumento %s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="122"/>
        <source>error: {message} (see &apos;{command} --help&apos;)</source>
        <translation>error: {message} (vea «{command} --help»)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="381"/>
        <source>error: an unexpected problem stopped the command ({kind}); nothing more was written. Details: {where}</source>
        <translation>error: un problema inesperado detuvo el comando ({kind}); no se escribió nada más. Detalles: {where}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="395"/>
        <source>{error}. {hint}</source>
        <translation>{error}. {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="437"/>
        <source>{option}: {value} is not valid text: the terminal sent characters in an encoding other than UTF-8</source>
        <translation>{option}: {value} no es un texto válido: la terminal envió caracteres en una codificación distinta de UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="542"/>
        <source>Passphrase (or recovery key) of {file}:</source>
        <translation>Frase de contraseña (o clave de recuperación) de {file}:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="606"/>
        <source>There is no sound backup: move the file aside (it is kept as it is) to start a new database</source>
        <translation>No hay ninguna copia de seguridad en buen estado: mueva el archivo a otro lugar (se conserva tal cual) para empezar una base de datos nueva</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="612"/>
        <source>Restore the newest sound backup, {backup}, with: {command}</source>
        <translation>Restaure la copia de seguridad en buen estado más reciente, {backup}, con: {command}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="625"/>
        <source>no signing key yet: the key command makes one (key --create ORGANISATION)</source>
        <translation>todavía no hay clave de firma: el comando key crea una (key --create ORGANIZACIÓN)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="628"/>
        <source>signing key of {organisation}: {key}</source>
        <translation>clave de firma de {organisation}: {key}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="639"/>
        <source>--create needs the organisation&apos;s name</source>
        <translation>--create necesita el nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="652"/>
        <source>no coalition key yet: the lead-key command makes one (lead-key --create COALITION)</source>
        <translation>todavía no hay clave de coalición: el comando lead-key crea una (lead-key --create COALICIÓN)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="671"/>
        <source>--create needs the coalition&apos;s name</source>
        <translation>--create necesita el nombre de la coalición</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="683"/>
        <source>coalition key of {coalition}: {key}</source>
        <translation>clave de coalición de {coalition}: {key}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="699"/>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="703"/>
        <source>{file} and its backups are now protected by the passphrase</source>
        <translation>{file} y sus copias de seguridad quedan protegidos por la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="708"/>
        <source>{count} backups could not be encrypted yet; they will be when the database is next opened</source>
        <translation>todavía no se pudieron cifrar {count} copias de seguridad; se cifrarán la próxima vez que se abra la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="714"/>
        <source>Recovery key, shown this once: it opens the database if the passphrase is forgotten. Print it or write it down, and keep it away from this computer:</source>
        <translation>Clave de recuperación, que se muestra solo esta vez: abre la base de datos si se olvida la frase de contraseña. Imprímala o anótela, y guárdela lejos de esta computadora:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="723"/>
        <source>the passphrase of {file} is changed; the recovery key stays the same</source>
        <translation>la frase de contraseña de {file} se cambió; la clave de recuperación sigue siendo la misma</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="730"/>
        <source>{file} and its backups are no longer encrypted</source>
        <translation>{file} y sus copias de seguridad ya no están cifrados</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="743"/>
        <source>no backups of {file} yet</source>
        <translation>todavía no hay copias de seguridad de {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="753"/>
        <source>{file}: no database to back up</source>
        <translation>{file}: no hay ninguna base de datos de la cual hacer una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="771"/>
        <source>{file}: no sound backup to restore</source>
        <translation>{file}: no hay copia de seguridad en buen estado que restaurar</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="775"/>
        <source>restored {file} from {backup}</source>
        <translation>se restauró {file} a partir de {backup}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="778"/>
        <source>the database it replaced is kept as {file}</source>
        <translation>la base de datos reemplazada se conserva como {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="794"/>
        <source>new needs --country and --org, or --from an earlier review</source>
        <translation>se necesitan --country y --org, o --from con un examen anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="834"/>
        <source>no reviews in {file}: there is no database there yet</source>
        <translation>no hay exámenes en {file}: todavía no hay ninguna base de datos en ese lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="841"/>
        <source>no reviews in {file}</source>
        <translation>no hay exámenes en {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="845"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="846"/>
        <source>COUNTRY</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="847"/>
        <source>ORGANISATION</source>
        <translation>ORGANIZACIÓN</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="848"/>
        <source>DONE</source>
        <translation>HECHO</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="849"/>
        <source>UPDATED</source>
        <translation>ACTUALIZADO</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="852"/>
        <source>SAMPLE</source>
        <translation>EJEMPLO</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="853"/>
        <source>coalition</source>
        <translation>coalición</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="854"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="890"/>
        <source>deleted {review} ({name})</source>
        <translation>{review} eliminado ({name})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="893"/>
        <source>the database was backed up first: {backup}; to bring the review back, restore that backup with: {command}</source>
        <translation>antes se hizo una copia de seguridad de la base de datos: {backup}; para recuperar el examen, restaure esa copia de seguridad con: {command}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="913"/>
        <source>archived {review}</source>
        <translation>{review} archivado</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="915"/>
        <source>unarchived {review}</source>
        <translation>{review} desarchivado</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="957"/>
        <source>--contributions needs -o DIR, the folder to write the files to</source>
        <translation>--contributions necesita -o DIR, la carpeta donde escribir los archivos</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="962"/>
        <source>--contributions takes a number from {fewest} to {most}</source>
        <translation>--contributions admite un número de {fewest} a {most}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="967"/>
        <source>wrote {count} member workbooks to {folder}</source>
        <translation>se escribieron {count} libros de Excel de miembros en {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="988"/>
        <source>saved {key} (revision {revision})</source>
        <translation>{key} guardado (versión {revision})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="998"/>
        <source>warning: {key}: looks like an e-mail address ({hint}); check it before sharing the file</source>
        <translation>advertencia: {key}: parece una dirección de correo electrónico ({hint}); revísela antes de compartir el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1002"/>
        <source>warning: {key}: looks like a telephone number ({hint}); check it before sharing the file</source>
        <translation>advertencia: {key}: parece un número de teléfono ({hint}); revíselo antes de compartir el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1007"/>
        <source>wrote {file}</source>
        <translation>se escribió {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1008"/>
        <source>note: {key}: {note}</source>
        <translation>nota: {key}: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1028"/>
        <source>give --pdf OUT.pdf, --docx OUT.docx, --xlsx OUT.xlsx and/or --package OUT.gcmpkg</source>
        <translation>indique --pdf OUT.pdf, --docx OUT.docx, --xlsx OUT.xlsx o --package OUT.gcmpkg, o varios de ellos</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1034"/>
        <source>--package and --for go together: the package, and the lead&apos;s key file it is for</source>
        <translation>--package y --for van juntos: el paquete y el archivo de clave de la coordinación a la que va dirigido</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1040"/>
        <source>--short is for the reports: give --pdf OUT.pdf and/or --docx OUT.docx</source>
        <translation>--short es para los informes: indique --pdf OUT.pdf, --docx OUT.docx o ambos</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1083"/>
        <source>wrote {file}, sealed for {coalition} (key {key})</source>
        <translation>se escribió {file}, sellado para {coalition} (clave {key})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1121"/>
        <source>{file}: {said}</source>
        <translation>{file}: {said}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1133"/>
        <source>error: {error}. Check the file; to apply it, run the import again with --replace (the database is backed up first)</source>
        <translation>error: {error}. Revise el archivo; para aplicarlo, vuelva a ejecutar la importación con --replace (antes se hace una copia de seguridad de la base de datos)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1159"/>
        <source>no file could be added: the coalition {name} was not created</source>
        <translation>no se pudo agregar ningún archivo: no se creó la coalición {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="1164"/>
        <source>coalition {review} ({name}): {count} contributions</source>
        <translation>coalición {review} ({name}): {count} contribuciones</translation>
    </message>
    <message>
        <location filename="../../desktop/secret_prompts.py" line="42"/>
        <source>a passphrase is needed: give it in {variable}, or run the command in a terminal</source>
        <translation>se necesita una frase de contraseña: indíquela en {variable} o ejecute el comando en una terminal</translation>
    </message>
    <message>
        <location filename="../../desktop/secret_prompts.py" line="49"/>
        <source>The same once more:</source>
        <translation>La misma otra vez:</translation>
    </message>
    <message>
        <location filename="../../desktop/secret_prompts.py" line="51"/>
        <source>the two passphrases typed differ; nothing was changed</source>
        <translation>las dos frases de contraseña escritas no coinciden; no se modificó nada</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="115"/>
        <location filename="../../desktop/ui/member_voices.py" line="129"/>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="120"/>
        <source>{0} member reviews · strong disagreement on {1} objectives</source>
        <translation>{0} exámenes de miembros · fuerte desacuerdo en {1} objetivos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="126"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="126"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="126"/>
        <source>Revision</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="127"/>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="127"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="127"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="145"/>
        <source>No member workbook yet. Add the files your members sent, or a folder holding them: each is checked on its own, and a table says what became of each.</source>
        <translation>Todavía no hay libros de Excel de miembros. Agregue los archivos que le enviaron sus miembros, o una carpeta que los contenga: cada uno se comprueba por separado y una tabla indica qué pasó con cada uno.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="154"/>
        <source>&amp;Add member workbooks…</source>
        <translation>&amp;Agregar libros de Excel de miembros…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="156"/>
        <source>Each file is checked; duplicates and older revisions are not counted twice.</source>
        <translation>Se revisa cada archivo; los duplicados y las versiones anteriores no se cuentan dos veces.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="159"/>
        <source>Add a &amp;folder of workbooks…</source>
        <translation>Agregar una &amp;carpeta de libros de Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="161"/>
        <source>Every workbook (.xlsx) in the folder chosen, each checked on its own.</source>
        <translation>Todos los libros de Excel (.xlsx) de la carpeta elegida, cada uno comprobado por separado.</translation>
    </message>
</context>
<context>
    <name>CountsEditor</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/field_widgets.py" line="713"/>
        <source>Total: %n</source>
        <translation>
            <numerusform>Total: %n</numerusform>
            <numerusform>Total: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="497"/>
        <location filename="../../desktop/ui/dashboard.py" line="509"/>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="513"/>
        <source>of the questions answered</source>
        <translation>de las preguntas respondidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="533"/>
        <source>Completeness by section</source>
        <translation>Porcentaje completado por sección</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="547"/>
        <source>Completeness of {section}</source>
        <translation>Porcentaje completado de {section}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="557"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="565"/>
        <source>Not rated yet</source>
        <translation>Aún sin calificar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="567"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="638"/>
        <source>{answered} of {total} questions answered</source>
        <translation>{answered} de {total} preguntas respondidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="644"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="647"/>
        <source>Words in a shared copy: {0}</source>
        <translation>Palabras en una copia compartida: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="651"/>
        <source>{rated} of {total} objectives rated</source>
        <translation>{rated} de {total} objetivos calificados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="663"/>
        <source>{mark} rated higher: {count}</source>
        <translation>{mark} calificación más alta: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="664"/>
        <source>{mark} rated the same: {count}</source>
        <translation>{mark} misma calificación: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="665"/>
        <source>{mark} rated lower: {count}</source>
        <translation>{mark} calificación más baja: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="669"/>
        <source>Compared with the last review: {trends}</source>
        <translation>En comparación con el último examen: {trends}</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="456"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="469"/>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="470"/>
        <source>Pick a date from a calendar</source>
        <translation>Elegir una fecha en un calendario</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="87"/>
        <source>Write a blank workbook</source>
        <translation>Crear un libro de Excel en blanco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="89"/>
        <source>Print a blank questionnaire</source>
        <translation>Imprimir un cuestionario en blanco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="91"/>
        <source>Export as workbook</source>
        <translation>Exportar como libro de Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="93"/>
        <source>Export for the coalition lead</source>
        <translation>Exportar para la coordinación de la coalición</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="95"/>
        <source>Export as Word</source>
        <translation>Exportar como Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="97"/>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="105"/>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="106"/>
        <source>&amp;Language of the report</source>
        <translation>&amp;Idioma del informe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="112"/>
        <source>File to write</source>
        <translation>Archivo de destino</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="113"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="118"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="124"/>
        <source>&amp;Short version for submission</source>
        <translation>Versión &amp;breve para la presentación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="128"/>
        <source>The executive summary, the ratings and their trend, and the key recommendations: a few pages to submit with the official review.</source>
        <translation>El resumen ejecutivo, las calificaciones y su evolución, y las recomendaciones clave: unas pocas páginas para presentar junto con el examen oficial.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="142"/>
        <source>Si&amp;gn with our key ({0})</source>
        <translation>&amp;Firmar con nuestra clave ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="146"/>
        <source>A signed workbook lets a coalition tell it from a forged or changed one.</source>
        <translation>Un libro de Excel firmado permite a una coalición distinguirlo de uno falsificado o modificado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="150"/>
        <source>The signature is written in a file beside the report (.sig): with it, File › Check files… tells the report from a forged or changed one.</source>
        <translation>La firma se escribe en un archivo junto al informe (.sig): con ella, Archivo › Verificar archivos… distingue el informe de uno falsificado o modificado.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="160"/>
        <source>Signed with our key ({0}) and sealed for {1}: only the coalition lead&apos;s database opens it. Check the lead&apos;s key with them (by phone) before you send the file.</source>
        <translation>Firmado con nuestra clave ({0}) y sellado para {1}: solo lo abre la base de datos de la coordinación de la coalición. Verifique la clave de la coordinación con ella (por teléfono) antes de enviar el archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="169"/>
        <source>Include &amp;confidential content</source>
        <translation>Incluir contenido &amp;confidencial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="175"/>
        <source>Every question of the form, to fill in Excel or LibreOffice without this application, then to bring in with File › Import workbooks.</source>
        <translation>Todas las preguntas del formulario, para llenar en Excel o LibreOffice sin esta aplicación y luego traer con Archivo › Importar libros de Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="180"/>
        <source>Every question of the form with boxes to tick and space to write, for consultations that start on paper.</source>
        <translation>Todas las preguntas del formulario, con casillas para marcar y espacio para escribir, para las consultas que comienzan en papel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="188"/>
        <source>Leave out &amp;sensitive categories</source>
        <translation>Omitir las categorías &amp;sensibles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="193"/>
        <source>Categories that can put participants at risk where they are criminalised are not asked: {0}. Breakdowns keep their other categories, so that totals still add up.</source>
        <translation>No se preguntan las categorías que pueden poner en peligro a los participantes donde están criminalizadas: {0}. Los desgloses conservan sus demás categorías, para que los totales sigan cuadrando.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="208"/>
        <source>Confidential objectives and contact details are left out unless you tick this. Never tick it for a report you will share or submit.</source>
        <translation>Los objetivos confidenciales y los datos de contacto se omiten, salvo que marque esta casilla. Nunca la marque para un informe que vaya a compartir o presentar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="221"/>
        <source>Write the PDF</source>
        <translation>Crear el PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="221"/>
        <source>Write the workbook</source>
        <translation>Crear el libro de Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="223"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="259"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="260"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="261"/>
        <source>Sealed packages (*.gcmpkg)</source>
        <translation>Paquetes sellados (*.gcmpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="262"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExportJobs</name>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="66"/>
        <source>A package for the coalition lead carries your organisation&apos;s signature, so that the lead knows it is yours. Make your signing key now?</source>
        <translation>Un paquete para la coordinación de la coalición lleva la firma de su organización, para que sepa que es suyo. ¿Crear ahora su clave de firma?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="75"/>
        <source>The coalition lead&apos;s key</source>
        <translation>La clave de la coordinación de la coalición</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="77"/>
        <source>Coalition keys (*.gcmkey)</source>
        <translation>Claves de coalición (*.gcmkey)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="84"/>
        <source>This is not a coalition key.</source>
        <translation>No es una clave de coalición.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="104"/>
        <source>{0} – for {1}</source>
        <translation>{0} – para {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="112"/>
        <location filename="../../desktop/ui/export_jobs.py" line="115"/>
        <source>{0}, key {1}</source>
        <translation>{0}, clave {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="163"/>
        <source>Exporting the PDF report…</source>
        <translation>Exportando el informe en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="165"/>
        <source>The report could not be exported.</source>
        <translation>No se pudo exportar el informe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="169"/>
        <source>Exporting the Word report…</source>
        <translation>Exportando el informe de Word…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="171"/>
        <source>The Word report could not be exported.</source>
        <translation>No se pudo exportar el informe de Word.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="175"/>
        <source>Sealing the package for the coalition lead…</source>
        <translation>Sellando el paquete para la coordinación de la coalición…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="177"/>
        <source>The package could not be written.</source>
        <translation>No se pudo escribir el paquete.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="181"/>
        <source>Exporting the workbook…</source>
        <translation>Exportando el libro de Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="183"/>
        <source>The workbook could not be exported.</source>
        <translation>No se pudo exportar el libro de Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="196"/>
        <source>an e-mail address</source>
        <translation>un correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="196"/>
        <source>a telephone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="199"/>
        <source>{0}: {1} ({2})</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="205"/>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="210"/>
        <source>The report would share what looks like personal data. People in the consultations must not be identifiable: check these answers first.</source>
        <translation>El informe compartiría lo que parecen datos personales. Las personas consultadas no deben poder ser identificadas: revise primero estas respuestas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="217"/>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="235"/>
        <source>row {0}</source>
        <translation>fila {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="250"/>
        <source>The file cannot be written there.</source>
        <translation>El archivo no se puede guardar en ese lugar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="256"/>
        <source>“{0}” already exists. Replace it?</source>
        <translation>«{0}» ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="282"/>
        <source>Exported to {0}</source>
        <translation>Exportado a {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="311"/>
        <source>Writing the blank workbook…</source>
        <translation>Creando el libro de Excel en blanco…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="313"/>
        <source>Writing the blank questionnaire…</source>
        <translation>Creando el cuestionario en blanco…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_jobs.py" line="323"/>
        <source>The questionnaire could not be written.</source>
        <translation>No se pudo crear el cuestionario.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="51"/>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
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
        <translation>Pacto Mundial, párrafo {0}</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="62"/>
        <source>Switch between list and page</source>
        <translation>Alternar entre lista y página</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="63"/>
        <source>Next / previous field</source>
        <translation>Campo siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="64"/>
        <source>Tick an entry of a list</source>
        <translation>Marcar un elemento de una lista</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="64"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="77"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="93"/>
        <source>About {0}</source>
        <translation>Acerca de {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_menu.py" line="87"/>
        <source>{0} {1}

Civil-society shadow reviews of the Global Compact for Safe, Orderly and Regular Migration.

Everything stays on this computer: the application never connects to the network.</source>
        <translation>{0} {1}

Exámenes paralelos de la sociedad civil sobre el Pacto Mundial para la Migración Segura, Ordenada y Regular.

Todo se queda en esta computadora: la aplicación nunca se conecta a la red.</translation>
    </message>
</context>
<context>
    <name>ImageEditor</name>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="41"/>
        <source>Choose image…</source>
        <translation>Elegir una imagen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="42"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="59"/>
        <source>Choose an image</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="61"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="73"/>
        <source>Not used: {0}</source>
        <translation>No utilizada: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="94"/>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/image_editor.py" line="105"/>
        <source>{0} image, {1} × {2} pixels</source>
        <translation>Imagen {0}, {1} × {2} píxeles</translation>
    </message>
</context>
<context>
    <name>InlineNote</name>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="53"/>
        <source>{0} of {1} characters</source>
        <translation>{0} de {1} caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="58"/>
        <source>Cut to the limit of {1} characters: {0} more did not fit.</source>
        <translation>Se recortó al límite de {1} caracteres: no cupieron {0} caracteres más.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="64"/>
        <source>“{0}” is not a date (YYYY-MM-DD, e.g. 2026-03-31): it is not saved.</source>
        <translation>«{0}» no es una fecha (AAAA-MM-DD, p. ej. 2026-03-31): no se guarda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="70"/>
        <source>{0} is above the maximum of {1}: it is not saved.</source>
        <translation>{0} supera el máximo de {1}: no se guarda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="76"/>
        <source>{0} is below the minimum of {1}: it is not saved.</source>
        <translation>{0} es inferior al mínimo de {1}: no se guarda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inline_note.py" line="82"/>
        <source>“{0}” is not a number: it is not saved.</source>
        <translation>«{0}» no es un número: no se guarda.</translation>
    </message>
</context>
<context>
    <name>LeadKeyJobs</name>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="44"/>
        <source>Coalition key</source>
        <translation>Clave de coalición</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="46"/>
        <source>Members can seal their workbooks for {0}: only this database opens them.

Key: {1}

Send the public key file to each member, and read this key out to them on the phone: it is how they know the file is yours.</source>
        <translation>Los miembros pueden sellar sus libros de Excel para {0}: solo esta base de datos los abre.

Clave: {1}

Envíe el archivo de clave pública a cada miembro y léales esta clave por teléfono: así saben que el archivo es suyo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="55"/>
        <source>&amp;Write the public key file…</source>
        <translation>&amp;Escribir el archivo de clave pública…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="69"/>
        <source>Create the coalition key</source>
        <translation>Crear la clave de coalición</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="71"/>
        <source>A coalition lead&apos;s members can seal the workbooks they send for this key: nobody else can open them on the way, by e-mail or on a USB stick.

Name of the coalition:</source>
        <translation>Los miembros de una coalición pueden sellar para esta clave los libros de Excel que envían a su coordinación: nadie más puede abrirlos en el camino, por correo electrónico o en una memoria USB.

Nombre de la coalición:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="83"/>
        <source>The coalition key could not be made.</source>
        <translation>No se pudo crear la clave de coalición.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="94"/>
        <source>Write the public key file</source>
        <translation>Escribir el archivo de clave pública</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="96"/>
        <source>Coalition keys (*.gcmkey)</source>
        <translation>Claves de coalición (*.gcmkey)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="104"/>
        <source>The public key file could not be written.</source>
        <translation>No se pudo escribir el archivo de clave pública.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lead_key.py" line="106"/>
        <source>Wrote {0}</source>
        <translation>Se escribió {0}</translation>
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
        <translation>Palabras: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="104"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="98"/>
        <source>&amp;New review…</source>
        <translation>&amp;Nuevo examen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="237"/>
        <source>Open the &amp;sample review</source>
        <translation>Abrir el examen de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="109"/>
        <source>&amp;Import workbooks…</source>
        <translation>&amp;Importar libros de Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="125"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>Restaurar una c&amp;opia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="259"/>
        <source>&amp;Reset the workshop</source>
        <translation>&amp;Reiniciar el taller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="261"/>
        <source>Throw away every change made to the sample and start again from a fresh copy</source>
        <translation>Descartar todos los cambios hechos en el ejemplo y empezar de nuevo con una copia nueva</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="131"/>
        <source>&amp;Export as PDF…</source>
        <translation>E&amp;xportar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="115"/>
        <source>C&amp;heck files…</source>
        <translation>&amp;Verificar archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="117"/>
        <source>What importing would say of workbooks and packages, and whether signed reports are as they were signed; nothing is changed</source>
        <translation>Lo que la importación diría de los libros de Excel y los paquetes, y si los informes firmados siguen como se firmaron; no se modifica nada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="137"/>
        <source>Export as Wo&amp;rd…</source>
        <translation>Exportar como &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="142"/>
        <source>Export as &amp;workbook…</source>
        <translation>Expor&amp;tar como libro de Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="147"/>
        <source>Export &amp;for the coalition lead…</source>
        <translation>Exportar &amp;para la coordinación de la coalición…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="149"/>
        <source>The review&apos;s workbook, signed and sealed so that only the coalition lead opens it</source>
        <translation>El libro de Excel del examen, firmado y sellado para que solo la coordinación de la coalición lo abra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="157"/>
        <source>Print a &amp;blank questionnaire…</source>
        <translation>Imprimir un cuestionario en &amp;blanco…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="162"/>
        <source>Wri&amp;te a blank workbook…</source>
        <translation>C&amp;rear un libro de Excel en blanco…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="167"/>
        <source>&amp;Close review</source>
        <translation>&amp;Cerrar examen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="173"/>
        <source>&amp;Delete this review…</source>
        <translation>Eli&amp;minar este examen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="179"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="186"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="190"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="196"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="204"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="208"/>
        <source>&amp;Overview</source>
        <translation>&amp;Vista general</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="214"/>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="220"/>
        <source>&amp;Previous page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="226"/>
        <source>Switch between &amp;list and page</source>
        <translation>Alternar entre &amp;lista y página</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="233"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="243"/>
        <source>Open a practice &amp;coalition</source>
        <translation>Abrir una &amp;coalición de práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="245"/>
        <source>A throw-away coalition review with twelve fictional member workbooks to add</source>
        <translation>Un examen de coalición desechable, con doce libros de Excel de miembros ficticios para agregar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="253"/>
        <source>&amp;Write practice member workbooks…</source>
        <translation>Guardar libros de Excel de miembros de &amp;práctica…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="270"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="274"/>
        <source>&amp;Passphrase…</source>
        <translation>&amp;Frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="276"/>
        <source>Encrypt the database and its backups with a passphrase, change it or remove it</source>
        <translation>Cifrar la base de datos y sus copias de seguridad con una frase de contraseña, cambiarla o quitarla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="284"/>
        <source>Signing &amp;key…</source>
        <translation>&amp;Clave de firma…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="289"/>
        <source>&amp;Coalition key…</source>
        <translation>Clave de la c&amp;oalición…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="291"/>
        <source>For a coalition lead: the key members seal their packages for</source>
        <translation>Para la coordinación de una coalición: la clave para la que los miembros sellan sus paquetes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="368"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="300"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="304"/>
        <source>Take the &amp;tour</source>
        <translation>Hacer el &amp;recorrido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="309"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="314"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>The reviews could not be listed.</source>
        <translation>No se pudo mostrar la lista de exámenes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="261"/>
        <source>The review could not be opened.</source>
        <translation>No se pudo abrir el examen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_menus.py" line="104"/>
        <source>New coa&amp;lition review…</source>
        <translation>Nuevo examen de coa&amp;lición…</translation>
    </message>
</context>
<context>
    <name>MemberVoicesPanel</name>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="37"/>
        <source>What the member organisations said</source>
        <translation>Lo que dijeron las organizaciones miembros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="42"/>
        <source>{0} · median: {1}</source>
        <translation>{0} · mediana: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="42"/>
        <source>no ratings</source>
        <translation>sin calificaciones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="46"/>
        <source>⚠ Members disagree strongly on this objective.</source>
        <translation>⚠ Hay un fuerte desacuerdo entre los miembros sobre este objetivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="51"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="51"/>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="51"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="52"/>
        <source>Member organisations&apos; assessments</source>
        <translation>Evaluaciones de las organizaciones miembros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="77"/>
        <source>Use this organisation&apos;s rating and text</source>
        <translation>Usar la calificación y el texto de esta organización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/member_voices.py" line="79"/>
        <source>Copies them into the coalition&apos;s answer below, where you can edit them.</source>
        <translation>Los copia en la respuesta de la coalición, más abajo, donde puede editarlos.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="30"/>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="67"/>
        <source>Sections and objectives</source>
        <translation>Secciones y objetivos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="140"/>
        <source>{0} of {1} answered</source>
        <translation>{0} de {1} respondidas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="142"/>
        <source>{0}% complete</source>
        <translation>{0}% completado</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="43"/>
        <source>New review</source>
        <translation>Nuevo examen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="49"/>
        <source>You can change all of this later in the review profile.</source>
        <translation>Puede cambiar todo esto más adelante en el perfil del examen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="55"/>
        <source>Start from an earlier review:</source>
        <translation>Partir de un examen anterior:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="61"/>
        <source>The new review takes its profile, its ratings (as the ratings at the last review) and its recommendations (to follow up). Empty fields below are taken from it too.</source>
        <translation>El nuevo examen toma de él su perfil, sus calificaciones (como calificaciones en el último examen) y sus recomendaciones (para darles seguimiento). Los campos que deje vacíos abajo también se toman de él.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="96"/>
        <source>Create review</source>
        <translation>Crear examen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="105"/>
        <source>No: a blank review</source>
        <translation>No: un examen en blanco</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="110"/>
        <source>{0} (last changed {1})</source>
        <translation>{0} (último cambio: {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="112"/>
        <source>{0}, archived</source>
        <translation>{0}, archivado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="114"/>
        <source>From a workbook…</source>
        <translation>A partir de un libro de Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="115"/>
        <source>Start from an earlier review</source>
        <translation>Partir de un examen anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="128"/>
        <source>Start from a workbook</source>
        <translation>Partir de un libro de Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="128"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_review_dialog.py" line="133"/>
        <source>From the workbook {0}</source>
        <translation>A partir del libro de Excel {0}</translation>
    </message>
</context>
<context>
    <name>NewReviews</name>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="52"/>
        <location filename="../../desktop/ui/new_reviews.py" line="71"/>
        <source>The review could not be created.</source>
        <translation>No se pudo crear el examen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="68"/>
        <source>Starting from the earlier review…</source>
        <translation>Creando a partir del examen anterior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="85"/>
        <source>The new review follows an earlier one.</source>
        <translation>El nuevo examen da continuidad a uno anterior.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="92"/>
        <source>Check what was carried over, and give each recommendation to follow up its status.</source>
        <translation>Revise lo que se ha traído y indique la situación de cada recomendación en seguimiento.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="104"/>
        <source>New coalition review</source>
        <translation>Nuevo examen de coalición</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="105"/>
        <source>Name of the coalition or network:</source>
        <translation>Nombre de la coalición o red:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/new_reviews.py" line="113"/>
        <source>The coalition review could not be made.</source>
        <translation>No se pudo crear el examen de coalición.</translation>
    </message>
</context>
<context>
    <name>ObjectiveTile</name>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="202"/>
        <source>Not rated yet</source>
        <translation>Aún sin calificar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="243"/>
        <source>rated higher than at the last review ({rating})</source>
        <translation>calificación más alta que en el último examen ({rating})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="244"/>
        <source>rated the same as at the last review ({rating})</source>
        <translation>misma calificación que en el último examen ({rating})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="245"/>
        <source>rated lower than at the last review ({rating})</source>
        <translation>calificación más baja que en el último examen ({rating})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="250"/>
        <source>{header}: {title}. Rating: {rating}</source>
        <translation>{header}: {title}. Calificación: {rating}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="256"/>
        <location filename="../../desktop/ui/dashboard.py" line="263"/>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="258"/>
        <source>{header}: {title}</source>
        <translation>{header}: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard.py" line="259"/>
        <source>Rating: {rating}</source>
        <translation>Calificación: {rating}</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../desktop/operations/wording.py" line="18"/>
        <source>imported as a new review {review} ({answers} answers)</source>
        <translation>importado como nuevo examen {review} ({answers} respuestas)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="21"/>
        <source>updated review {review} to a newer revision ({answers} answers)</source>
        <translation>examen {review} actualizado a una versión más reciente ({answers} respuestas)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="24"/>
        <source>review {review} is already up to date: nothing changed</source>
        <translation>el examen {review} ya está al día: no cambió nada</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="27"/>
        <source>review {review} has a newer revision here: nothing changed</source>
        <translation>el examen {review} tiene aquí una versión más reciente: no cambió nada</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="32"/>
        <source>{organisation}: added</source>
        <translation>{organisation}: agregado</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="33"/>
        <source>{organisation}: the same contribution was already received: not counted again</source>
        <translation>{organisation}: la misma contribución ya se había recibido: no se cuenta dos veces</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="36"/>
        <source>{organisation}: an older revision than the one received: not used</source>
        <translation>{organisation}: una versión más antigua que la recibida: no se usa</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="39"/>
        <source>{organisation}: a newer revision: replaces the one received before</source>
        <translation>{organisation}: una versión más reciente: reemplaza la recibida antes</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="42"/>
        <source>{organisation}: replaced by its corrected file</source>
        <translation>{organisation}: reemplazado por su archivo corregido</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="45"/>
        <source>ok, review {review}, {answers} answers</source>
        <translation>correcto, examen {review}, {answers} respuestas</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="46"/>
        <source>ok, a filled template, {answers} answers</source>
        <translation>correcto, un cuestionario completado, {answers} respuestas</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="47"/>
        <source>a report, not a workbook: nothing to import</source>
        <translation>un informe, no un libro de Excel: nada que importar</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="51"/>
        <source>this is a SAMPLE workbook from a workshop; it cannot be imported among real reviews</source>
        <translation>este libro de Excel es un EJEMPLO de un taller; no puede importarse entre exámenes reales</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="54"/>
        <source>this is a SAMPLE workbook from a workshop; it cannot be merged into a real coalition review</source>
        <translation>este libro de Excel es un EJEMPLO de un taller; no puede combinarse en un examen de coalición real</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="58"/>
        <source>{said} (edited by hand after export)</source>
        <translation>{said} (editado a mano después de exportarlo)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="61"/>
        <source>{said} · signed by {organisation} (key {key}): verified</source>
        <translation>{said} · firmado por {organisation} (clave {key}): verificado</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="64"/>
        <source>{said} · not signed</source>
        <translation>{said} · sin firmar</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="65"/>
        <source>{said} · signature does not match: changed after signing</source>
        <translation>{said} · la firma no coincide: modificado después de firmarlo</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="71"/>
        <source>{said} · the first file signed with {organisation}&apos;s key: check its fingerprint {key} with them</source>
        <translation>{said} · el primer archivo firmado con la clave de {organisation}: verifique su huella {key} con esa organización</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="76"/>
        <source>{said} · warning: {organisation} signed its earlier files with another key ({key}); check with them that this file is theirs</source>
        <translation>{said} · advertencia: {organisation} firmó sus archivos anteriores con otra clave ({key}); verifique con esa organización que este archivo es suyo</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="81"/>
        <source>{said} · warning: not signed, though {organisation} signed its earlier files (key {key})</source>
        <translation>{said} · advertencia: sin firmar, aunque {organisation} firmó sus archivos anteriores (clave {key})</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="86"/>
        <source>{said} · opened from a sealed package</source>
        <translation>{said} · abierto desde un paquete sellado</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="87"/>
        <source>{said} (a SAMPLE file from a workshop)</source>
        <translation>{said} (un archivo de EJEMPLO de un taller)</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="88"/>
        <source>not read: the work was cancelled before this file</source>
        <translation>no leído: el trabajo se canceló antes de este archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/wording.py" line="89"/>
        <source>an unexpected problem ({error}) stopped the reading of this file; details are in {log}</source>
        <translation>un problema inesperado ({error}) detuvo la lectura de este archivo; los detalles están en {log}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/follow_on.py" line="26"/>
        <source>started from {earlier}. Carried over: answers {answered}, ratings at the last review {ratings}, recommendations to follow up {rows}</source>
        <translation>a partir de {earlier}. Trasladado: respuestas {answered}, calificaciones en el último examen {ratings}, recomendaciones en seguimiento {rows}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/follow_on.py" line="31"/>
        <source>earlier recommendations not carried, as they name no objective (or its table is full): {count}; you will find them in {earlier}</source>
        <translation>recomendaciones anteriores no trasladadas, por no nombrar ningún objetivo (o por estar llena su tabla): {count}; las encontrará en {earlier}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="145"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="149"/>
        <source>The database and its backups are encrypted: without the passphrase or the recovery key, nobody can read them, not even from a lost or seized laptop.</source>
        <translation>La base de datos y sus copias de seguridad están cifradas: sin la frase de contraseña o la clave de recuperación, nadie puede leerlas, ni siquiera desde una computadora portátil perdida o incautada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="154"/>
        <source>A passphrase encrypts the database and its backups: without it, nobody can read them, not even from a lost or seized laptop. It is asked for every time the application starts. A recovery key is shown once, to print and keep somewhere else: if both are lost, the reviews cannot be opened by anyone.</source>
        <translation>Una frase de contraseña cifra la base de datos y sus copias de seguridad: sin ella, nadie puede leerlas, ni siquiera desde una computadora portátil perdida o incautada. Se pide cada vez que se inicia la aplicación. Una clave de recuperación se muestra una vez, para imprimirla y guardarla en otro lugar: si se pierden ambas, nadie podrá abrir los exámenes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="162"/>
        <source>C&amp;hange the passphrase</source>
        <translation>Ca&amp;mbiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="164"/>
        <source>&amp;Remove the passphrase (the files are decrypted)</source>
        <translation>&amp;Quitar la frase de contraseña (los archivos se descifran)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="174"/>
        <source>Current passphrase or recovery key</source>
        <translation>Frase de contraseña actual o clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="175"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="176"/>
        <source>New passphrase once more</source>
        <translation>Nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="173"/>
        <source>C&amp;urrent passphrase or recovery key:</source>
        <translation>Frase de contraseña &amp;actual o clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="175"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="176"/>
        <source>New passphrase &amp;once more:</source>
        <translation>Nueva frase de contraseña, &amp;otra vez:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="198"/>
        <source>At least {0} characters. A few unrelated words are easier to remember than a short password, and harder to guess.</source>
        <translation>Al menos {0} caracteres. Unas pocas palabras sin relación entre sí se recuerdan mejor que una contraseña corta y son más difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="228"/>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Definir la frase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="230"/>
        <source>Re&amp;move</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="230"/>
        <source>&amp;Change</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="239"/>
        <source>The new passphrase needs at least {0} characters.</source>
        <translation>La nueva frase de contraseña necesita al menos {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="245"/>
        <source>The two new passphrases differ.</source>
        <translation>Las dos nuevas frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PassphraseJobs</name>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="67"/>
        <source>A workshop copy is thrown away when the window closes: it has no passphrase.</source>
        <translation>Una copia de taller se descarta al cerrar la ventana: no tiene frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="93"/>
        <source>The passphrase could not be changed.</source>
        <translation>No se pudo cambiar la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="98"/>
        <source>The database and its backups are now encrypted.</source>
        <translation>La base de datos y sus copias de seguridad ahora están cifradas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="99"/>
        <source>The passphrase is changed. The recovery key stays the same.</source>
        <translation>La frase de contraseña se cambió. La clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="100"/>
        <source>The passphrase is removed: the database is no longer encrypted.</source>
        <translation>Se quitó la frase de contraseña: la base de datos ya no está cifrada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_jobs.py" line="174"/>
        <source>The recovery key opened the database. Choose a passphrase again in Settings › Passphrase… (Change, with the recovery key as the current passphrase): it writes a new key file.</source>
        <translation>La clave de recuperación abrió la base de datos. Elija de nuevo una frase de contraseña en Configuración › Frase de contraseña… (Cambiar, con la clave de recuperación como frase de contraseña actual): así se escribe un nuevo archivo de clave.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="49"/>
        <source>{0} is required</source>
        <translation>{0}: campo obligatorio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="51"/>
        <source>{0} add up to {1}, more than the {2} participants</source>
        <translation>{0}: la suma es {1}, más que los {2} participantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="55"/>
        <source>{0} add up to {1}, fewer than the {2} participants</source>
        <translation>{0}: la suma es {1}, menos que los {2} participantes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="59"/>
        <source>“{0}” is not an e-mail address</source>
        <translation>«{0}» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="63"/>
        <source>The end of the period is before its start</source>
        <translation>La fecha final del período es anterior a la inicial</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="65"/>
        <source>The period is longer than the {0} years submissions usually cover. You can keep it.</source>
        <translation>El período supera los {0} años que suelen abarcar los informes. Puede mantenerlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_text.py" line="70"/>
        <source>Not a question of this form</source>
        <translation>No es una pregunta de este formulario</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="69"/>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="70"/>
        <source>{value} is not a count (0 or more)</source>
        <translation>{value} no es un conteo (0 o más)</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="75"/>
        <source>expected text</source>
        <translation>se esperaba un texto</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="81"/>
        <source>expected a single line of text</source>
        <translation>se esperaba una sola línea de texto</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="87"/>
        <source>text is {length} characters long, at most {limit} are allowed</source>
        <translation>el texto tiene {length} caracteres; se admiten {limit} como máximo</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="111"/>
        <source>{value} is not one of the choices ({allowed})</source>
        <translation>{value} no es una de las opciones ({allowed})</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="124"/>
        <source>expected a list of choices</source>
        <translation>se esperaba una lista de opciones</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="147"/>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="165"/>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="169"/>
        <source>{value} is below the minimum of {limit}</source>
        <translation>{value} es inferior al mínimo de {limit}</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="172"/>
        <source>{value} is above the maximum of {limit}</source>
        <translation>{value} supera el máximo de {limit}</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="180"/>
        <source>expected yes or no</source>
        <translation>se esperaba sí o no</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="187"/>
        <source>expected a count per category</source>
        <translation>se esperaba un conteo por categoría</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="206"/>
        <source>expected a list of rows</source>
        <translation>se esperaba una lista de filas</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="208"/>
        <source>{rows} rows, at most {limit} are allowed</source>
        <translation>{rows} filas; se admiten {limit} como máximo</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="215"/>
        <source>expected a row of named values</source>
        <translation>se esperaba una fila de valores con nombre</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="221"/>
        <source>unknown column {column}</source>
        <translation>columna desconocida: {column}</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="318"/>
        <source>{value} is not yes or no</source>
        <translation>{value} no es sí ni no</translation>
    </message>
    <message>
        <location filename="../../forms/values.py" line="327"/>
        <source>not valid JSON ({error})</source>
        <translation>JSON no válido ({error})</translation>
    </message>
    <message>
        <location filename="../../exports/import_problems.py" line="17"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../exports/import_problems.py" line="18"/>
        <source>{file}: … and {count} more problems</source>
        <translation>{file}: … y {count} problemas más</translation>
    </message>
    <message>
        <location filename="../../exports/import_problems.py" line="19"/>
        <source>{file}: {problem} (and {count} more problems)</source>
        <translation>{file}: {problem} (y {count} problemas más)</translation>
    </message>
    <message>
        <location filename="../../exports/import_problems.py" line="21"/>
        <source>the sheet {sheet} is missing</source>
        <translation>falta la hoja {sheet}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="65"/>
        <source>form version</source>
        <translation>la versión del formulario</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="66"/>
        <source>revision</source>
        <translation>la versión</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="67"/>
        <source>layout version</source>
        <translation>la versión del diseño</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="68"/>
        <source>review id</source>
        <translation>identificador de examen</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="69"/>
        <source>template id</source>
        <translation>identificador de plantilla</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="160"/>
        <source>refused: safe XML parsing (defusedxml) is not available</source>
        <translation>rechazado: la lectura segura de XML (defusedxml) no está disponible</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="246"/>
        <source>refused: the file declares XML entities (possible XML attack)</source>
        <translation>rechazado: el archivo declara entidades XML (posible ataque XML)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="252"/>
        <source>cannot be read as a workbook ({kind}: {detail})</source>
        <translation>no se puede leer como libro de Excel ({kind}: {detail})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="326"/>
        <source>form version {version} is not known to this version of the application</source>
        <translation>esta versión de la aplicación no conoce la versión {version} del formulario</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="331"/>
        <source>this is not a {form} workbook</source>
        <translation>no es un libro de Excel de {form}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="341"/>
        <source>{where}: {value} is not a kind of workbook</source>
        <translation>{where}: {value} no es un tipo de libro de Excel</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="345"/>
        <source>{where}: the digest is not a SHA-256</source>
        <translation>{where}: la huella digital no es un SHA-256</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="352"/>
        <source>{where}: {value} is not a {flag} flag</source>
        <translation>{where}: {value} no es un valor posible de {flag}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="412"/>
        <source>missing</source>
        <translation>sin valor</translation>
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
        <translation>{where}: {what} ({value}) no es un número entero de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="430"/>
        <source>{where}: {value} is not a {what} (a UUID)</source>
        <translation>{where}: {value} no es un {what} (un UUID)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="458"/>
        <source>the answers of form version {version} cannot be carried over ({problem})</source>
        <translation>las respuestas de la versión {version} del formulario no se pueden trasladar ({problem})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="488"/>
        <source>{where}: a value beyond row {row}, the last this sheet has room for</source>
        <translation>{where}: un valor más allá de la fila {row}, la última que admite esta hoja</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="497"/>
        <source>{where}: a value beyond column {column}, the last this sheet has room for</source>
        <translation>{where}: un valor más allá de la columna {column}, la última que admite esta hoja</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="525"/>
        <source>{where}: the key column {column} is missing from row 1</source>
        <translation>{where}: falta la columna de claves {column} en la fila 1</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="547"/>
        <source>{where}: {owner} appears twice</source>
        <translation>{where}: {owner} aparece dos veces</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="575"/>
        <source>{where}: the {what} this row is about is missing (choose it from the list)</source>
        <translation>{where}: falta el elemento ({what}) al que se refiere esta fila (elíjalo de la lista)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_reader.py" line="585"/>
        <source>{where}: unknown id {value}</source>
        <translation>{where}: identificador desconocido {value}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="63"/>
        <location filename="../../exports/xlsx_package.py" line="64"/>
        <source>the workbook contains macros (a VBA project)</source>
        <translation>el libro de Excel contiene macros (un proyecto VBA)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="65"/>
        <source>the workbook contains macro sheets</source>
        <translation>el libro de Excel contiene hojas de macros</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="66"/>
        <source>the workbook contains dialog sheets (macros)</source>
        <translation>el libro de Excel contiene hojas de diálogo (macros)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="69"/>
        <source>the workbook contains a custom ribbon (macros)</source>
        <translation>el libro de Excel contiene una cinta de opciones personalizada (macros)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="70"/>
        <source>the workbook contains external links to other files</source>
        <translation>el libro de Excel contiene vínculos externos a otros archivos</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="73"/>
        <source>the workbook contains embedded objects (OLE)</source>
        <translation>el libro de Excel contiene objetos incrustados (OLE)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="74"/>
        <source>the workbook contains ActiveX controls</source>
        <translation>el libro de Excel contiene controles ActiveX</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="75"/>
        <source>the workbook contains form controls</source>
        <translation>el libro de Excel contiene controles de formulario</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="76"/>
        <source>the workbook contains data connections</source>
        <translation>el libro de Excel contiene conexiones de datos</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="77"/>
        <source>the workbook contains data connections (query tables)</source>
        <translation>el libro de Excel contiene conexiones de datos (tablas de consulta)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="83"/>
        <source>macros (a VBA project)</source>
        <translation>macros (un proyecto VBA)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="84"/>
        <source>macros (a macro-enabled workbook)</source>
        <translation>macros (un libro de Excel habilitado para macros)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="85"/>
        <location filename="../../exports/xlsx_package.py" line="86"/>
        <location filename="../../exports/xlsx_package.py" line="87"/>
        <source>macro sheets</source>
        <translation>hojas de macros</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="88"/>
        <source>dialog sheets (macros)</source>
        <translation>hojas de diálogo (macros)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="89"/>
        <location filename="../../exports/xlsx_package.py" line="90"/>
        <source>external links to other files</source>
        <translation>vínculos externos a otros archivos</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="91"/>
        <location filename="../../exports/xlsx_package.py" line="105"/>
        <source>embedded objects (OLE)</source>
        <translation>objetos incrustados (OLE)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="92"/>
        <source>embedded objects (packages)</source>
        <translation>objetos incrustados (paquetes)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="93"/>
        <location filename="../../exports/xlsx_package.py" line="94"/>
        <source>ActiveX controls</source>
        <translation>controles ActiveX</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="95"/>
        <location filename="../../exports/xlsx_package.py" line="96"/>
        <source>form controls</source>
        <translation>controles de formulario</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="97"/>
        <source>data connections</source>
        <translation>conexiones de datos</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="98"/>
        <source>data connections (query tables)</source>
        <translation>conexiones de datos (tablas de consulta)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="99"/>
        <source>a link to a template elsewhere</source>
        <translation>un vínculo a una plantilla situada en otro lugar</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="100"/>
        <source>a link to a frame elsewhere</source>
        <translation>un vínculo a un marco situado en otro lugar</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="104"/>
        <source>an embedded object (OLE)</source>
        <translation>un objeto incrustado (OLE)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="106"/>
        <source>a form or ActiveX control</source>
        <translation>un control de formulario o ActiveX</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="107"/>
        <source>form or ActiveX controls</source>
        <translation>controles de formulario o ActiveX</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="108"/>
        <source>a DDE link</source>
        <translation>un vínculo DDE</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="109"/>
        <source>an OLE link</source>
        <translation>un vínculo OLE</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="110"/>
        <location filename="../../exports/xlsx_package.py" line="111"/>
        <source>a link to another workbook</source>
        <translation>un vínculo a otro libro de Excel</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="112"/>
        <source>links to other workbooks</source>
        <translation>vínculos a otros libros de Excel</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="113"/>
        <source>web publishing</source>
        <translation>publicación web</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="116"/>
        <source>{where}: refused: {reason}</source>
        <translation>{where}: rechazado: {reason}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="117"/>
        <source>the workbook contains {what}</source>
        <translation>el libro de Excel contiene {what}</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="194"/>
        <location filename="../../desktop/backups.py" line="202"/>
        <source>no such file</source>
        <translation>este archivo no existe</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="71"/>
        <location filename="../../exports/xlsx_package.py" line="197"/>
        <source>the file is larger than {size} MB</source>
        <translation>el archivo supera los {size} MB</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="77"/>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="80"/>
        <source>the sealed package is damaged or truncated</source>
        <translation>el paquete sellado está dañado o truncado</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="84"/>
        <source>the sealed package was written by a newer version of GCM Shadow Review</source>
        <translation>el paquete sellado fue escrito por una versión más reciente de GCM Shadow Review</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="92"/>
        <source>a sealed package for the coalition key {key}: only the coalition lead&apos;s database, which holds that key, opens it</source>
        <translation>un paquete sellado para la clave de coalición {key}: solo lo abre la base de datos de la coordinación de la coalición, que guarda esa clave</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="98"/>
        <source>sealed for the coalition key {key}, not for this database&apos;s ({ours})</source>
        <translation>sellado para la clave de coalición {key}, no para la de esta base de datos ({ours})</translation>
    </message>
    <message>
        <location filename="../../exports/sealed_package.py" line="108"/>
        <source>the sealed package is damaged or was changed after it was sealed</source>
        <translation>el paquete sellado está dañado o se modificó después de sellarlo</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="205"/>
        <source>the workbook is password-protected or in the old .xls format: save it as an .xlsx workbook without a password</source>
        <translation>el libro de Excel está protegido con contraseña o en el antiguo formato .xls: guárdelo como libro de Excel .xlsx sin contraseña</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="214"/>
        <source>not an xlsx workbook (it is not a zip file)</source>
        <translation>no es un libro de Excel xlsx (no es un archivo zip)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="232"/>
        <source>the file is damaged or truncated ({detail})</source>
        <translation>el archivo está dañado o incompleto ({detail})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="268"/>
        <source>refused: more than {count} parts in the file</source>
        <translation>rechazado: más de {count} partes en el archivo</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="273"/>
        <source>{where}: refused: the part appears twice in the file</source>
        <translation>{where}: rechazado: la parte aparece dos veces en el archivo</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="279"/>
        <source>{where}: refused: the part is encrypted</source>
        <translation>{where}: rechazado: la parte está cifrada</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="282"/>
        <source>{where}: refused: compressed with a method spreadsheets do not use (method {method})</source>
        <translation>{where}: rechazado: comprimido con un método que las hojas de cálculo no usan (método {method})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="290"/>
        <source>refused: it claims to unpack to {size} MB (a zip bomb?)</source>
        <translation>rechazado: dice ocupar {size} MB una vez descomprimido (¿una bomba zip?)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="296"/>
        <source>not an xlsx workbook ({part} is missing)</source>
        <translation>no es un libro de Excel xlsx (falta {part})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="329"/>
        <source>{where}: refused: the file unpacks to too much (a zip bomb?)</source>
        <translation>{where}: rechazado: el archivo descomprimido es demasiado grande (¿una bomba zip?)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="334"/>
        <source>{where}: refused: the part is compressed suspiciously well (a zip bomb?)</source>
        <translation>{where}: rechazado: la parte está comprimida de forma sospechosa (¿una bomba zip?)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="483"/>
        <source>{where}: the file is damaged (the part is not well-formed XML: {error}, line {line})</source>
        <translation>{where}: el archivo está dañado (la parte no es XML bien formado: {error}, línea {line})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="497"/>
        <source>the part declares a document type or XML entities (possible XML attack)</source>
        <translation>la parte declara un tipo de documento o entidades XML (posible ataque XML)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="506"/>
        <source>the part declares XML entities (possible XML attack)</source>
        <translation>la parte declara entidades XML (posible ataque XML)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="520"/>
        <source>a shape or control runs a macro</source>
        <translation>una forma o un control ejecuta una macro</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="523"/>
        <source>a formula is not accepted anywhere in a review workbook</source>
        <translation>no se acepta ninguna fórmula en un libro de Excel de examen</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="559"/>
        <source>a defined name</source>
        <translation>un nombre definido</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="560"/>
        <source>a conditional format</source>
        <translation>un formato condicional</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="561"/>
        <source>a drop-down or chart</source>
        <translation>una lista desplegable o un gráfico</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="562"/>
        <source>{what} with a formula that calls a function, links elsewhere or uses DDE ({formula})</source>
        <translation>{what} con una fórmula que llama a una función, enlaza a otro lugar o usa DDE ({formula})</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="598"/>
        <source>{where}: a formula is not accepted (in any cell of a review workbook); if it was typed as text, type it again with an apostrophe (&apos;) first</source>
        <translation>{where}: no se acepta una fórmula (en ninguna celda de un libro de Excel de examen); si se escribió como texto, vuelva a escribirla empezando por un apóstrofo (&apos;)</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="617"/>
        <source>a cell beyond column {column} or row {row}, far outside what a review workbook holds</source>
        <translation>una celda más allá de la columna {column} o de la fila {row}, muy fuera de lo que contiene un libro de Excel de examen</translation>
    </message>
    <message>
        <location filename="../../exports/xlsx_package.py" line="630"/>
        <source>the workbook links to a file elsewhere ({kind})</source>
        <translation>el libro de Excel enlaza a un archivo situado en otro lugar ({kind})</translation>
    </message>
    <message>
        <location filename="../../exports/atomic.py" line="36"/>
        <source>{file}: is a folder, not a file name</source>
        <translation>{file}: es una carpeta, no un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../exports/atomic.py" line="39"/>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location filename="../../exports/atomic.py" line="44"/>
        <source>{file}: cannot write in {folder} ({reason})</source>
        <translation>{file}: no se puede escribir en {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="87"/>
        <location filename="../../exports/atomic.py" line="54"/>
        <source>{file}: could not be written ({reason})</source>
        <translation>{file}: no se pudo escribir el archivo ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="100"/>
        <source>{folder}: the backups folder cannot be created ({reason})</source>
        <translation>{folder}: no se puede crear la carpeta de copias de seguridad ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="107"/>
        <source>{file}: the backup could not be written</source>
        <translation>{file}: no se pudo escribir la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="229"/>
        <source>{file}: cannot move the damaged database aside ({reason})</source>
        <translation>{file}: no se puede mover la base de datos dañada ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="245"/>
        <source>{file}: this is the database itself, not a backup of it</source>
        <translation>{file}: es la propia base de datos, no una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="251"/>
        <source>{file}: not a sound backup ({reason})</source>
        <translation>{file}: la copia de seguridad no está en buen estado ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="261"/>
        <source>{file}: the backup could not be restored</source>
        <translation>{file}: no se pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="280"/>
        <location filename="../../desktop/passphrase.py" line="238"/>
        <source>{file}: the copy failed its check ({reason})</source>
        <translation>{file}: la copia no superó la verificación ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/backups.py" line="287"/>
        <source>{failure} ({reason})</source>
        <translation>{failure} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="176"/>
        <source>{file}: the database is damaged ({reason})</source>
        <translation>{file}: la base de datos está dañada ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="207"/>
        <source>{file}: the database is protected by a passphrase</source>
        <translation>{file}: la base de datos está protegida por una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="219"/>
        <source>{file}: the database was written by a newer version of GCM Shadow Review</source>
        <translation>{file}: la base de datos fue escrita por una versión más reciente de GCM Shadow Review</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="230"/>
        <source>{file}: not a review database (it holds other tables)</source>
        <translation>{file}: no es una base de datos de exámenes (contiene otras tablas)</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="330"/>
        <source>{id} matches several reviews; give more of the id</source>
        <translation>{id} corresponde a varios exámenes; indique más caracteres del identificador</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="334"/>
        <source>no review with id {id} in {file}</source>
        <translation>no hay ningún examen con el identificador {id} en {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="641"/>
        <source>this database already has a signing key, {organisation}&apos;s (key {key})</source>
        <translation>esta base de datos ya tiene una clave de firma, la de {organisation} (clave {key})</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="670"/>
        <source>this database already has a coalition key, {coalition}&apos;s (key {key})</source>
        <translation>esta base de datos ya tiene una clave de coalición, la de {coalition} (clave {key})</translation>
    </message>
    <message>
        <location filename="../../desktop/store.py" line="793"/>
        <source>the review {review} is already in the database</source>
        <translation>el examen {review} ya está en la base de datos</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="15"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="16"/>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="20"/>
        <location filename="../../forms/os_reasons.py" line="21"/>
        <source>not permitted here</source>
        <translation>no está permitido en ese lugar</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="22"/>
        <source>there is no such file or folder</source>
        <translation>ese archivo o esa carpeta no existe</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="23"/>
        <source>a part of the path is not a folder</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="24"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="25"/>
        <source>it exists already</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="26"/>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="27"/>
        <source>the disk could not be read or written</source>
        <translation>no se pudo leer ni escribir en el disco</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="28"/>
        <source>another program is using the file</source>
        <translation>otro programa está usando el archivo</translation>
    </message>
    <message>
        <location filename="../../forms/os_reasons.py" line="29"/>
        <location filename="../../forms/os_reasons.py" line="30"/>
        <source>too many files are open</source>
        <translation>hay demasiados archivos abiertos</translation>
    </message>
    <message>
        <location filename="../../forms/safe_text.py" line="28"/>
        <source>special line breaks became ordinary ones</source>
        <translation>los saltos de línea especiales se convirtieron en saltos de línea normales</translation>
    </message>
    <message>
        <location filename="../../forms/safe_text.py" line="29"/>
        <source>control characters that files cannot hold were removed</source>
        <translation>se quitaron los caracteres de control que los archivos no pueden contener</translation>
    </message>
    <message>
        <location filename="../../forms/safe_text.py" line="32"/>
        <source>special line breaks became ordinary ones; control characters that files cannot hold were removed</source>
        <translation>los saltos de línea especiales se convirtieron en saltos de línea normales; se quitaron los caracteres de control que los archivos no pueden contener</translation>
    </message>
    <message>
        <location filename="../../exports/picture_file.py" line="33"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: no se puede leer ({reason})</translation>
    </message>
    <message>
        <location filename="../../exports/picture_file.py" line="48"/>
        <source>a damaged image ({reason})</source>
        <translation>una imagen dañada ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/database_lock.py" line="39"/>
        <source>{file} is already open in another window of GCM Shadow Review. Use that window, or close it first.</source>
        <translation>{file} ya está abierto en otra ventana de GCM Shadow Review. Use esa ventana o ciérrela primero.</translation>
    </message>
    <message>
        <location filename="../../desktop/database_lock.py" line="46"/>
        <source>{file} is busy (a restore or another command is using it); try again</source>
        <translation>{file} está ocupado (una restauración u otro comando lo está usando); vuelva a intentarlo</translation>
    </message>
    <message>
        <location filename="../../desktop/database_lock.py" line="86"/>
        <source>{file}: cannot take the lock ({reason})</source>
        <translation>{file}: no se puede bloquear el archivo ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="33"/>
        <source>{file}: is a folder, not a database file</source>
        <translation>{file}: es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="34"/>
        <source>{file}: there is no database there</source>
        <translation>{file}: no hay ninguna base de datos en ese lugar</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="35"/>
        <source>{file}: the database cannot be created ({reason})</source>
        <translation>{file}: no se puede crear la base de datos ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="36"/>
        <source>{file}: the database cannot be read ({reason})</source>
        <translation>{file}: no se puede leer la base de datos ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="37"/>
        <source>the database is damaged (the file is empty: 0 bytes)</source>
        <translation>la base de datos está dañada (el archivo está vacío: 0 bytes)</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="38"/>
        <source>not a review database or damaged (it is not an SQLite database file)</source>
        <translation>no es una base de datos de exámenes o está dañada (no es un archivo de base de datos SQLite)</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="41"/>
        <source>{file}: not a review database or damaged ({reason})</source>
        <translation>{file}: no es una base de datos de exámenes o está dañada ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="42"/>
        <source>{file}: the database cannot be opened: {fault}</source>
        <translation>{file}: no se puede abrir la base de datos: {fault}</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="43"/>
        <source>the disk is full. Free some space, then try again. Nothing was changed.</source>
        <translation>el disco está lleno. Libere espacio y vuelva a intentarlo. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="46"/>
        <source>another program is using it. Try again in a moment. Nothing was changed.</source>
        <translation>otro programa la está usando. Vuelva a intentarlo en un momento. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="49"/>
        <source>it cannot be read or written here (read-only or not permitted). Nothing was changed.</source>
        <translation>no se puede leer ni escribir en ese lugar (solo lectura o no permitido). No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/db_faults.py" line="53"/>
        <source>the disk could not be read or written ({reason}). Nothing was changed.</source>
        <translation>no se pudo leer ni escribir en el disco ({reason}). No se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/practice.py" line="29"/>
        <source>a practice set holds {fewest} to {most} member workbooks, not {count}</source>
        <translation>un conjunto de práctica tiene de {fewest} a {most} libros de Excel de miembros, no {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/practice.py" line="40"/>
        <source>{folder}: cannot create the folder ({reason})</source>
        <translation>{folder}: no se puede crear la carpeta ({reason})</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="33"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="34"/>
        <source>not a PNG or JPEG image</source>
        <translation>no es una imagen PNG ni JPEG</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="35"/>
        <source>expected an image</source>
        <translation>se esperaba una imagen</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="36"/>
        <source>the image&apos;s data is damaged</source>
        <translation>los datos de la imagen están dañados</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="37"/>
        <source>a damaged PNG image (no header)</source>
        <translation>una imagen PNG dañada (sin encabezado)</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="38"/>
        <source>a PNG image cut short (it has no end)</source>
        <translation>una imagen PNG incompleta (no tiene final)</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="39"/>
        <source>a JPEG image cut short (it has no end)</source>
        <translation>una imagen JPEG incompleta (no tiene final)</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="40"/>
        <source>a damaged JPEG image</source>
        <translation>una imagen JPEG dañada</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="41"/>
        <source>a damaged JPEG image (no size)</source>
        <translation>una imagen JPEG dañada (sin dimensiones)</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="85"/>
        <source>the image is {width} × {height} pixels, at most {most} on a side are allowed</source>
        <translation>la imagen mide {width} × {height} píxeles; se admiten como máximo {most} por lado</translation>
    </message>
    <message>
        <location filename="../../forms/images.py" line="100"/>
        <source>the image is {size} MB, at most {most} MB are allowed</source>
        <translation>la imagen pesa {size} MB; se admiten como máximo {most} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="60"/>
        <source>the database could not be written ({reason}); nothing was lost</source>
        <translation>no se pudo escribir en la base de datos ({reason}); no se perdió nada</translation>
    </message>
    <message>
        <location filename="../../desktop/operations/follow_on.py" line="36"/>
        <source>{file}: it holds no answer a new review could start from</source>
        <translation>{file}: no contiene ninguna respuesta de la que pueda partir un nuevo examen</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="119"/>
        <source>a passphrase needs at least {count} characters</source>
        <translation>una frase de contraseña necesita al menos {count} caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="125"/>
        <source>{file}: the key file is damaged ({reason})</source>
        <translation>{file}: el archivo de clave está dañado ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="134"/>
        <source>{file}: the key file cannot be read ({reason})</source>
        <translation>{file}: no se puede leer el archivo de clave ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="144"/>
        <source>{file}: the key file was written by a newer version of GCM Shadow Review</source>
        <translation>{file}: el archivo de clave fue escrito por una versión más reciente de GCM Shadow Review</translation>
    </message>
    <message>
        <location filename="../../desktop/database_key.py" line="190"/>
        <source>{file}: the key file could not be written ({reason}); nothing was changed</source>
        <translation>{file}: no se pudo escribir el archivo de clave ({reason}); no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="98"/>
        <source>{file}: the key file is missing; the recovery key still opens the database</source>
        <translation>{file}: falta el archivo de clave; la clave de recuperación todavía abre la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="109"/>
        <source>{file}: this passphrase does not open the database</source>
        <translation>{file}: esta frase de contraseña no abre la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="132"/>
        <source>{file}: the database is already protected by a passphrase</source>
        <translation>{file}: la base de datos ya está protegida por una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="137"/>
        <source>{file}: the database has no passphrase</source>
        <translation>{file}: la base de datos no tiene frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../desktop/passphrase.py" line="248"/>
        <source>{file}: could not be rewritten ({reason}); nothing was changed</source>
        <translation>{file}: no se pudo reescribir ({reason}); no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../exports/lead_key.py" line="94"/>
        <source>{file}: the coalition key file cannot be read ({reason})</source>
        <translation>{file}: no se puede leer el archivo de clave de coalición ({reason})</translation>
    </message>
    <message>
        <location filename="../../exports/lead_key.py" line="106"/>
        <source>{file}: the coalition key file was written by a newer version of GCM Shadow Review</source>
        <translation>{file}: el archivo de clave de coalición fue escrito por una versión más reciente de GCM Shadow Review</translation>
    </message>
    <message>
        <location filename="../../exports/lead_key.py" line="125"/>
        <source>{file}: not a coalition key file, or damaged ({reason})</source>
        <translation>{file}: no es un archivo de clave de coalición o está dañado ({reason})</translation>
    </message>
</context>
<context>
    <name>RadioChoiceEditor</name>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="314"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/field_widgets.py" line="315"/>
        <source>Clear the answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="275"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="279"/>
        <source>The database is now protected by your passphrase. This recovery key opens it if the passphrase is forgotten. It is shown only this once: print it or write it down, and keep it somewhere other than this computer, where nobody who should not read your reviews can find it.</source>
        <translation>La base de datos ahora está protegida por su frase de contraseña. Esta clave de recuperación la abre si se olvida la frase de contraseña. Solo se muestra esta vez: imprímala o anótela, y guárdela en un lugar distinto de esta computadora, donde no pueda encontrarla nadie que no deba leer sus exámenes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="298"/>
        <source>&amp;Save a page to print…</source>
        <translation>&amp;Guardar una página para imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="301"/>
        <source>A PDF of this key, to print at once: save it on a USB stick or delete it once printed, as a copy left on this computer opens your reviews</source>
        <translation>Un PDF de esta clave, para imprimirlo enseguida: guárdelo en una memoria USB o elimínelo una vez impreso, porque una copia dejada en esta computadora abre sus exámenes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="307"/>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>&amp;Anoté o imprimí la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="332"/>
        <source>Save a page to print</source>
        <translation>Guardar una página para imprimir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="333"/>
        <source>recovery key.pdf</source>
        <translation>clave de recuperación.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="334"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="349"/>
        <source>Saved {0}. Print it now, then delete the file: a copy left on this computer opens your reviews.</source>
        <translation>Se guardó {0}. Imprímalo ahora y luego elimine el archivo: una copia dejada en esta computadora abre sus exámenes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="294"/>
        <source>Recovery key: {0}</source>
        <translation>Clave de recuperación: {0}</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="32"/>
        <location filename="../../desktop/ui/recovery_sheet.py" line="69"/>
        <source>GCM Shadow Review: recovery key</source>
        <translation>GCM Shadow Review: clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="34"/>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="36"/>
        <source>This key opens the database and its backups if the passphrase is forgotten. Keep this page apart from the computer, where nobody who should not read the reviews can find it. Anyone who has it can open them.</source>
        <translation>Esta clave abre la base de datos y sus copias de seguridad si se olvida la frase de contraseña. Guarde esta página lejos de la computadora, donde no pueda encontrarla nadie que no deba leer los exámenes. Quien la tenga puede abrirlos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery_sheet.py" line="44"/>
        <source>Delete the file once it is printed: a copy left on the computer opens the reviews.</source>
        <translation>Elimine el archivo una vez impreso: una copia dejada en la computadora abre los exámenes.</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="44"/>
        <source>{0} of {1} files taken in, {2} not.</source>
        <translation>{0} de {1} archivos incorporados, {2} no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="50"/>
        <source>{0} of them changed nothing: already here, or here in a newer revision.</source>
        <translation>{0} de ellos no cambiaron nada: ya estaban aquí, o aquí en una versión más reciente.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="57"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="57"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="57"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="76"/>
        <source>Details of the file chosen</source>
        <translation>Detalles del archivo elegido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="83"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_dialog.py" line="84"/>
        <source>Copy the whole table, to paste it into an e-mail or a note</source>
        <translation>Copiar toda la tabla, para pegarla en un correo o una nota</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <location filename="../../desktop/ui/editor.py" line="71"/>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
</context>
<context>
    <name>ReviewRemoval</name>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="31"/>
        <source>Delete review</source>
        <translation>Eliminar el examen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="33"/>
        <source>Delete the review “{0}” with all its answers? The database is backed up first, and Undo on the list of reviews brings it back.</source>
        <translation>¿Eliminar el examen «{0}» con todas sus respuestas? Antes se hace una copia de seguridad de la base de datos, y Deshacer, en la lista de exámenes, lo recupera.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="49"/>
        <source>The review could not be deleted.</source>
        <translation>No se pudo eliminar el examen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="52"/>
        <source>Deleted “{0}”.</source>
        <translation>Se eliminó «{0}».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="54"/>
        <source>A backup of the database was made first.</source>
        <translation>Antes se hizo una copia de seguridad de la base de datos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="66"/>
        <source>The review could not be brought back.</source>
        <translation>No se pudo recuperar el examen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="81"/>
        <source>The review could not be archived.</source>
        <translation>No se pudo archivar el examen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_removal.py" line="86"/>
        <source>(no country yet)</source>
        <translation>(aún sin país)</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../desktop/ui/autosave.py" line="145"/>
        <source>An unexpected problem ({0}) stopped the save; details are in {1}</source>
        <translation>Un problema inesperado ({0}) detuvo el guardado; los detalles están en {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/autosave.py" line="236"/>
        <source>The save of {0} did not finish within {1} seconds.</source>
        <translation>El guardado de {0} no terminó en {1} segundos.</translation>
    </message>
</context>
<context>
    <name>SavingShown</name>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="45"/>
        <source>Some changes could not be saved:
{0}

Close anyway and lose them?</source>
        <translation>Algunos cambios no se pudieron guardar:
{0}

¿Desea cerrar de todos modos y perderlos?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="57"/>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="60"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="62"/>
        <source>⚠ Not saved – retrying</source>
        <translation>⚠ No guardado – reintentando</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="73"/>
        <source>Save status: {0}</source>
        <translation>Estado del guardado: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="82"/>
        <source>Your last changes could not be saved yet. They are kept in the window and saving is retried every few seconds.</source>
        <translation>Sus últimos cambios aún no se pudieron guardar. Se conservan en la ventana y se vuelve a intentar guardarlos cada pocos segundos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/save_status.py" line="94"/>
        <source>{0}: special line breaks or control characters were changed so that the answer can be saved and exported</source>
        <translation>{0}: se cambiaron saltos de línea especiales o caracteres de control para que la respuesta pueda guardarse y exportarse</translation>
    </message>
</context>
<context>
    <name>SigningKeyJobs</name>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="39"/>
        <source>Create a signing key</source>
        <translation>Crear una clave de firma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="41"/>
        <source>No key signs this database&apos;s workbooks yet. A signed workbook lets a coalition tell your files from forged or changed ones.

Name of the organisation that signs:</source>
        <translation>Ninguna clave firma todavía los libros de Excel de esta base de datos. Un libro de Excel firmado permite a una coalición distinguir sus archivos de archivos falsificados o modificados.

Nombre de la organización que firma:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="53"/>
        <source>The signing key could not be made.</source>
        <translation>No se pudo crear la clave de firma.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="57"/>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/signing_key.py" line="59"/>
        <source>Workbooks exported from this database can be signed by {0}.

Key: {1}

Read the key out to a coalition lead who asks: it is how they know a file is yours.</source>
        <translation>Los libros de Excel exportados de esta base de datos pueden ser firmados por {0}.

Clave: {1}

Lea la clave en voz alta a quien coordina una coalición y se la pida: así sabe que un archivo es suyo.</translation>
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
        <translation>Evalúe cómo su gobierno aplica el Pacto Mundial para la Migración Segura, Ordenada y Regular, objetivo por objetivo. Todo se queda en esta computadora y se guarda mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="69"/>
        <source>&amp;New review…</source>
        <translation>&amp;Nuevo examen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="70"/>
        <source>Open the &amp;sample review</source>
        <translation>Abrir el examen de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="72"/>
        <source>A fictional review for workshops; your changes to it are not kept.</source>
        <translation>Un examen ficticio para talleres; los cambios que haga en él no se conservan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="74"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importar un archivo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="76"/>
        <source>Bring in filled questionnaires or workbooks exported by other organisations.</source>
        <translation>Incorpore cuestionarios completados o libros de Excel exportados por otras organizaciones.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="78"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="94"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="101"/>
        <location filename="../../desktop/ui/start_screen.py" line="107"/>
        <source>Your reviews</source>
        <translation>Sus exámenes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="105"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="105"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="105"/>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="106"/>
        <source>Last edit</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="115"/>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="117"/>
        <source>The database is backed up first, and Undo brings the review back.</source>
        <translation>Antes se hace una copia de seguridad de la base de datos, y Deshacer recupera el examen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="119"/>
        <location filename="../../desktop/ui/start_screen.py" line="185"/>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="121"/>
        <source>Put the review away from this list, whole; “Show archived” finds it again.</source>
        <translation>Retira el examen de esta lista sin perder nada; «Mostrar los exámenes archivados» lo vuelve a mostrar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="123"/>
        <source>Show a&amp;rchived reviews</source>
        <translation>Mostrar los exámenes a&amp;rchivados</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="133"/>
        <source>No reviews yet. Start a new review, or open the sample to explore.</source>
        <translation>Aún no hay exámenes. Cree un examen nuevo o abra el ejemplo para explorar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="154"/>
        <source>(no organisation yet)</source>
        <translation>(aún sin organización)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="155"/>
        <source>SAMPLE</source>
        <translation>EJEMPLO</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="160"/>
        <source>{0} (coalition)</source>
        <translation>{0} (coalición)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="162"/>
        <source>{0} (archived)</source>
        <translation>{0} (archivado)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="164"/>
        <source>(no country yet)</source>
        <translation>(aún sin país)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/start_screen.py" line="185"/>
        <source>Un&amp;archive</source>
        <translation>Desarc&amp;hivar</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/ui/database_lock.py" line="36"/>
        <source>{0} is already open in another window of GCM Shadow Review. Use that window, or close it first.</source>
        <translation>{0} ya está abierto en otra ventana de GCM Shadow Review. Use esa ventana o ciérrela primero.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="137"/>
        <source>An unexpected problem ({0}) interrupted what you were doing. Everything saved so far is safe. The details are in {1}.</source>
        <translation>Un problema inesperado ({0}) interrumpió lo que estaba haciendo. Todo lo guardado hasta ahora está a salvo. Los detalles están en {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="194"/>
        <source>The database {0} is damaged: {1}

It was moved aside, untouched, to {2}.</source>
        <translation>La base de datos {0} está dañada: {1}

Se movió a {2} sin modificarla.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="203"/>
        <source>There is no backup: a new, empty database starts.</source>
        <translation>No hay ninguna copia de seguridad: se crea una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="214"/>
        <source>Restore the newest backup, made on {0}?</source>
        <translation>¿Restaurar la copia de seguridad más reciente, hecha el {0}?</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="74"/>
        <source>&amp;Add row</source>
        <translation>&amp;Agregar fila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="75"/>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="76"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="77"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="87"/>
        <source>No rows yet. Press “Add row” to start.</source>
        <translation>Aún no hay filas. Presione «Agregar fila» para empezar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="103"/>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="148"/>
        <source>Row {0}: {1}</source>
        <translation>Fila {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="180"/>
        <source>Remove row {0} and everything in it? Edit › Undo brings it back.</source>
        <translation>¿Eliminar la fila {0} y todo lo que contiene? Edición › Deshacer la recupera.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="248"/>
        <source>Rows never exported, kept on this computer only: {0}</source>
        <translation>Filas que nunca se exportan, guardadas solo en esta computadora: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="255"/>
        <source>Row {0} of {1}</source>
        <translation>Fila {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_editor.py" line="257"/>
        <source>never exported</source>
        <translation>nunca se exporta</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../desktop/ui/tour.py" line="70"/>
        <source>The list of pages</source>
        <translation>La lista de páginas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="71"/>
        <source>The profile, the methodology, the guiding principles and the 23 objectives, grouped in the four clusters. A tick marks a complete page; “5/12” says how many questions are answered. F6 moves between this list and the page.</source>
        <translation>El perfil, la metodología, los principios rectores y los 23 objetivos, organizados en los cuatro grupos temáticos. Una marca de verificación señala una página completa; «5/12» indica cuántas preguntas están respondidas. F6 pasa de esta lista a la página y viceversa.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="81"/>
        <source>An objective</source>
        <translation>Un objetivo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="82"/>
        <source>What the government claims sits next to what civil society observes. Rate the progress, give the evidence and your recommendations. Everything is saved as you type; mark an objective confidential to keep it out of shared reports.</source>
        <translation>Lo que afirma el gobierno aparece junto a lo que observa la sociedad civil. Califique los avances, aporte la evidencia y sus recomendaciones. Todo se guarda mientras escribe; marque un objetivo como confidencial para dejarlo fuera de los informes que se compartan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="92"/>
        <source>The overview</source>
        <translation>La vista general</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="93"/>
        <source>One tile per objective, coloured and named by its rating, and how complete each part of the review is. Choose a tile to open its objective.</source>
        <translation>Un recuadro por objetivo, con el color y el nombre de su calificación, y cuánto se ha completado cada parte del examen. Elija un recuadro para abrir su objetivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="102"/>
        <source>Export and share</source>
        <translation>Exportar y compartir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="103"/>
        <source>The File menu exports the report as a PDF in any of the four languages, and prints a blank questionnaire for work on paper. Confidential content stays out unless you choose to include it. The tour is in the Help menu whenever you want it again.</source>
        <translation>El menú Archivo exporta el informe en PDF en cualquiera de los cuatro idiomas e imprime un cuestionario en blanco para trabajar en papel. El contenido confidencial queda fuera, salvo que usted decida incluirlo. El recorrido está en el menú Ayuda cuando quiera volver a verlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="133"/>
        <source>Guided tour</source>
        <translation>Recorrido guiado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="151"/>
        <source>Skip the tour</source>
        <translation>Omitir el recorrido</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="152"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="179"/>
        <source>Step {0} of {1}</source>
        <translation>Paso {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="185"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour.py" line="185"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="78"/>
        <source>Unlock the database</source>
        <translation>Desbloquear la base de datos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="82"/>
        <source>The database {0} cannot be read as it is. If it is protected by a passphrase and its key file ({1}) was lost, type its recovery key to open it. If it is not, choose Not encrypted: it is then treated as damaged.</source>
        <translation>La base de datos {0} no se puede leer tal como está. Si está protegida por una frase de contraseña y se perdió su archivo de clave ({1}), escriba su clave de recuperación para abrirla. Si no lo está, elija No cifrada: entonces se trata como dañada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="88"/>
        <source>The database {0} is protected by a passphrase. Type it to open your reviews.</source>
        <translation>La base de datos {0} está protegida por una frase de contraseña. Escríbala para abrir sus exámenes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="93"/>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Frase de contraseña o clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="94"/>
        <source>Passphrase or recovery key</source>
        <translation>Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="102"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="105"/>
        <source>&amp;Not encrypted</source>
        <translation>&amp;No cifrada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase_dialogs.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <location filename="../../desktop/ui/window_title.py" line="41"/>
        <source>WORKSHOP COPY: nothing done here is kept</source>
        <translation>COPIA DE TALLER: no se conserva nada de lo que se haga aquí</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_title.py" line="55"/>
        <source>Untitled review</source>
        <translation>Examen sin título</translation>
    </message>
</context>
<context>
    <name>WorkbookJobs</name>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="57"/>
        <source>Workbooks and sealed packages (*.xlsx *.gcmpkg)</source>
        <translation>Libros de Excel y paquetes sellados (*.xlsx *.gcmpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="71"/>
        <source>There is no workbook (.xlsx) or sealed package (.gcmpkg) in {0}.</source>
        <translation>No hay ningún libro de Excel (.xlsx) ni paquete sellado (.gcmpkg) en {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="91"/>
        <location filename="../../desktop/ui/workbook_jobs.py" line="191"/>
        <source>Import workbooks</source>
        <translation>Importar libros de Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="107"/>
        <source>Importing workbooks…</source>
        <translation>Importando libros de Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="110"/>
        <source>The files could not be imported.</source>
        <translation>No se pudieron importar los archivos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="120"/>
        <location filename="../../desktop/ui/workbook_jobs.py" line="137"/>
        <source>Check files</source>
        <translation>Verificar archivos</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="122"/>
        <source>Workbooks, packages and reports (*.xlsx *.gcmpkg *.pdf *.docx)</source>
        <translation>Libros de Excel, paquetes e informes (*.xlsx *.gcmpkg *.pdf *.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="135"/>
        <source>Checking files…</source>
        <translation>Verificando archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="138"/>
        <source>The files could not be checked.</source>
        <translation>No se pudieron verificar los archivos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="149"/>
        <location filename="../../desktop/ui/workbook_jobs.py" line="199"/>
        <source>Add member workbooks</source>
        <translation>Agregar libros de Excel de miembros</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="169"/>
        <source>Adding member workbooks…</source>
        <translation>Agregando libros de Excel de miembros…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="172"/>
        <source>The files could not be added.</source>
        <translation>No se pudieron agregar los archivos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="221"/>
        <source>Taken in</source>
        <translation>Incorporado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="222"/>
        <source>Not applied</source>
        <translation>No aplicado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="223"/>
        <source>Fault</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="224"/>
        <source>Not read</source>
        <translation>No leído</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="225"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="228"/>
        <source>Nothing changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="237"/>
        <source>{0}: not applied; the review here was kept ({1})</source>
        <translation>{0}: no se aplicó; se conservó el examen que ya estaba aquí ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="253"/>
        <source>the organisation changes from “{0}” to “{1}”</source>
        <translation>la organización cambia de «{0}» a «{1}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="254"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="259"/>
        <source>{0} of its {1} answers would be removed</source>
        <translation>se eliminarían {0} de sus {1} respuestas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/workbook_jobs.py" line="274"/>
        <source>%n file(s) would replace a review already here in a big way.</source>
        <translation>
            <numerusform>%n archivo reemplazaría con cambios importantes un examen que ya está aquí.</numerusform>
            <numerusform>%n archivos reemplazarían con cambios importantes exámenes que ya están aquí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="280"/>
        <source>Another organisation&apos;s name, or many answers removed, can mean a file that is not what it claims. Check the details. If you replace, the database is backed up first.</source>
        <translation>El nombre de otra organización, o muchas respuestas eliminadas, pueden indicar un archivo que no es lo que dice ser. Revise los detalles. Si reemplaza, primero se hace una copia de seguridad de la base de datos.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="291"/>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workbook_jobs.py" line="292"/>
        <source>&amp;Keep what is here</source>
        <translation>&amp;Conservar lo que hay aquí</translation>
    </message>
</context>
<context>
    <name>WorkshopJobs</name>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="43"/>
        <source>Preparing the practice coalition and its member workbooks…</source>
        <translation>Preparando la coalición de práctica y sus libros de Excel de miembros…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="44"/>
        <source>The practice coalition could not be opened.</source>
        <translation>No se pudo abrir la coalición de práctica.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="46"/>
        <source>Preparing the sample review…</source>
        <translation>Preparando el examen de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="47"/>
        <source>The sample review could not be opened.</source>
        <translation>No se pudo abrir el examen de ejemplo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="76"/>
        <source>Practice member workbooks are ready in {0}: Add member workbooks… opens there.</source>
        <translation>Los libros de Excel de miembros de práctica están listos en {0}: «Agregar libros de Excel de miembros…» se abre allí.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="90"/>
        <source>Write practice member workbooks</source>
        <translation>Guardar libros de Excel de miembros de práctica</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="95"/>
        <source>How many member workbooks? Each holds a fictional member organisation&apos;s SAMPLE review; only a practice coalition takes them in.</source>
        <translation>¿Cuántos libros de Excel de miembros? Cada uno contiene el examen de EJEMPLO de una organización miembro ficticia; solo una coalición de práctica los acepta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="112"/>
        <source>Writing practice member workbooks…</source>
        <translation>Guardando libros de Excel de miembros de práctica…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="124"/>
        <source>The practice member workbooks could not be written.</source>
        <translation>No se pudieron guardar los libros de Excel de miembros de práctica.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/workshop_jobs.py" line="138"/>
        <source>%n file(s) of the practice set are already in {0} ({1}). Replace them?</source>
        <translation>
            <numerusform>%n archivo del conjunto de práctica ya está en {0} ({1}). ¿Reemplazarlo?</numerusform>
            <numerusform>%n archivos del conjunto de práctica ya están en {0} ({1}). ¿Reemplazarlos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/workshop_jobs.py" line="150"/>
        <source>%n practice member workbook(s) written to {0}. They are marked SAMPLE: add them to a practice coalition (Workshop › Open a practice coalition), or hand them out to practise filling and merging.</source>
        <translation>
            <numerusform>%n libro de Excel de miembro de práctica guardado en {0}. Está marcado como EJEMPLO: agréguelo a una coalición de práctica (Taller › Abrir una coalición de práctica), o repártalo para practicar cómo completar y combinar.</numerusform>
            <numerusform>%n libros de Excel de miembros de práctica guardados en {0}. Están marcados como EJEMPLO: agréguelos a una coalición de práctica (Taller › Abrir una coalición de práctica), o repártalos para practicar cómo completar y combinar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="166"/>
        <source>Reset the workshop? Everything typed into the sample since it was opened is thrown away and a fresh copy of the sample review opens.</source>
        <translation>¿Reiniciar el taller? Se descartará todo lo escrito en el ejemplo desde que se abrió y se abrirá una copia nueva del examen de ejemplo.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop_jobs.py" line="190"/>
        <source>The workshop could not be reset.</source>
        <translation>No se pudo reiniciar el taller.</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="65"/>
        <source>An unexpected problem ({0}) stopped the work; details are in {1}</source>
        <translation>Un problema inesperado ({0}) detuvo el trabajo; los detalles están en {1}</translation>
    </message>
</context>
</TS>
