"""The fixed texts of the workbook (how to fill it, what each cell takes), in every language.

French texts put a no-break space before ``:`` and ``;`` as French typography wants.
"""

from __future__ import annotations

NBSP = "\u00a0"

TEXTS: dict[str, dict[str, str]] = {
    "how_to_title": {
        "en": "How to fill this workbook",
        "fr": "Comment remplir ce classeur",
        "es": "Cómo completar este libro de Excel",
        "ar": "كيفية ملء هذا المصنف",
    },
    "how_to": {
        "en": "1. Each tab at the bottom is one part of the review. Write only in the white "
        "cells; the shaded cells are titles and explanations and cannot be changed.\n"
        "2. Row 4 of each sheet says what to write in each column. A * marks a required "
        "answer.\n"
        "3. Where a cell offers a list, choose from it. For a question with several possible "
        "answers, choose Yes under each option that applies and leave the others blank.\n"
        "4. In the sheets of lists ({0}), write one entry per row; blank rows are ignored.\n"
        "5. For a new line inside a cell, press Alt+Enter (Excel) or Ctrl+Enter "
        "(LibreOffice). Text you type stays text, even when it starts with -, +, = or @.\n"
        "6. Save the file as an Excel workbook (.xlsx) and send it back as it is: do not "
        "rename, delete or reorder the sheets.",
        "fr": "1. Chaque onglet en bas de la fenêtre est une partie de l’examen. N’écrivez que "
        f"dans les cellules blanches{NBSP}; les cellules grisées sont des titres et des "
        "explications et ne peuvent pas être modifiées.\n"
        "2. La ligne 4 de chaque feuille indique ce qu’il faut écrire dans chaque colonne. "
        "Un * signale une réponse obligatoire.\n"
        "3. Lorsqu’une cellule propose une liste, choisissez dans cette liste. Pour une "
        "question à plusieurs réponses possibles, choisissez Oui sous chaque option qui "
        "s’applique et laissez les autres vides.\n"
        "4. Dans les feuilles de listes ({0}), écrivez une entrée par ligne"
        f"{NBSP}; les lignes vides sont ignorées.\n"
        "5. Pour aller à la ligne dans une cellule, appuyez sur Alt+Entrée (Excel) ou "
        "Ctrl+Entrée (LibreOffice). Le texte saisi reste du texte, même s’il commence par "
        "-, +, = ou @.\n"
        "6. Enregistrez le fichier en classeur Excel (.xlsx) et renvoyez-le tel quel"
        f"{NBSP}: ne renommez, ne supprimez et ne déplacez aucune feuille.",
        "es": "1. Cada pestaña de la parte inferior es una parte del examen. Escriba solo en "
        "las celdas blancas; las celdas sombreadas son títulos y explicaciones y no se pueden "
        "modificar.\n"
        "2. La fila 4 de cada hoja indica qué escribir en cada columna. Un * señala una "
        "respuesta obligatoria.\n"
        "3. Cuando una celda ofrece una lista, elija una opción de esa lista. En una pregunta "
        "con varias respuestas posibles, elija Sí bajo cada opción que corresponda y deje las "
        "demás en blanco.\n"
        "4. En las hojas de listas ({0}), escriba una entrada por fila; las filas en blanco no "
        "se tienen en cuenta.\n"
        "5. Para insertar una nueva línea dentro de una celda, presione Alt+Enter (Excel) o "
        "Ctrl+Enter (LibreOffice). El texto que escriba sigue siendo texto, aunque empiece "
        "por -, +, = o @.\n"
        "6. Guarde el archivo como libro de Excel (.xlsx) y envíelo tal como está: no cambie "
        "el nombre de las hojas, ni las elimine ni las reordene.",
        "ar": "1. كل علامة تبويب في أسفل النافذة جزء من الاستعراض. اكتب في الخلايا البيضاء "
        "فقط؛ أما الخلايا المظللة فهي عناوين وشروح لا يمكن تغييرها.\n"
        "2. يبيّن الصف 4 من كل ورقة ما يُكتب في كل عمود. وتشير العلامة * إلى إجابة إلزامية.\n"
        "3. إذا عرضت الخلية قائمة فاختر منها. وفي السؤال الذي يقبل أكثر من إجابة، اختر «نعم» "
        "تحت كل خيار ينطبق واترك الخيارات الأخرى فارغة.\n"
        "4. في أوراق القوائم ({0})، اكتب إدخالًا واحدًا في كل صف؛ ويُتجاهل كل صف فارغ.\n"
        "5. لبدء سطر جديد داخل الخلية، اضغط Alt+Enter في Excel أو Ctrl+Enter في LibreOffice. "
        "ويبقى النص الذي تكتبه نصًا حتى لو بدأ بـ - أو + أو = أو @.\n"
        "6. احفظ الملف بصيغة مصنف Excel ‏(.xlsx) وأعد إرساله كما هو، دون تغيير أسماء الأوراق "
        "أو حذفها أو تغيير ترتيبها.",
    },
    "choose_one": {
        "en": "Choose from the list in the cell.",
        "fr": "Choisissez dans la liste de la cellule.",
        "es": "Elija una opción de la lista de la celda.",
        "ar": "اختر من القائمة الموجودة في الخلية.",
    },
    "choose_options": {
        "en": "Choose Yes under each option that applies; leave the others blank.",
        "fr": f"Choisissez Oui sous chaque option qui s’applique{NBSP}; laissez les autres vides.",
        "es": "Elija Sí bajo cada opción que corresponda; deje las demás en blanco.",
        "ar": "اختر «نعم» تحت كل خيار ينطبق، واترك الخيارات الأخرى فارغة.",
    },
    "yes_or_no": {
        "en": "Choose Yes or No.",
        "fr": "Choisissez Oui ou Non.",
        "es": "Elija Sí o No.",
        "ar": "اختر «نعم» أو «لا».",
    },
    "date_format": {
        "en": "A date written year-month-day, for example 2026-03-01.",
        "fr": "Une date écrite année-mois-jour, par exemple 2026-03-01.",
        "es": "Una fecha escrita año-mes-día, por ejemplo 2026-03-01.",
        "ar": "تاريخ يُكتب بالسنة ثم الشهر ثم اليوم، مثل 2026-03-01.",
    },
    "a_number": {
        "en": "A number.",
        "fr": "Un nombre.",
        "es": "Un número.",
        "ar": "عدد.",
    },
    "counts": {
        "en": "The number of people in each column (a whole number); leave it blank if not known.",
        "fr": "Le nombre de personnes dans chaque colonne (un nombre entier)"
        f"{NBSP}; laissez vide si vous ne le savez pas.",
        "es": "El número de personas en cada columna (un número entero); déjelo en blanco si no "
        "lo sabe.",
        "ar": "عدد الأشخاص في كل عمود (عدد صحيح)؛ اتركه فارغًا إذا لم يكن معروفًا.",
    },
    "new_line": {
        "en": "New line: Alt+Enter (Excel), Ctrl+Enter (LibreOffice).",
        "fr": f"Retour à la ligne{NBSP}: Alt+Entrée (Excel), Ctrl+Entrée (LibreOffice).",
        "es": "Nueva línea: Alt+Enter (Excel), Ctrl+Enter (LibreOffice).",
        "ar": "سطر جديد: Alt+Enter في Excel، أو Ctrl+Enter في LibreOffice.",
    },
    "max_length": {
        "en": "At most {0} characters.",
        "fr": "{0} caractères au plus.",
        "es": "Como máximo {0} caracteres.",
        "ar": "{0} حرف على الأكثر.",
    },
    "choose_owner": {
        "en": "{0} this row is about: choose it from the list.",
        "fr": f"{{0}} auquel se rapporte cette ligne{NBSP}: choisissez-le dans la liste.",
        "es": "{0} al que se refiere esta fila: elíjalo de la lista.",
        "ar": "{0} الذي يتعلق به هذا الصف: اختره من القائمة.",
    },
    "a_whole_number": {
        "en": "A whole number.",
        "fr": "Un nombre entier.",
        "es": "Un número entero.",
        "ar": "عدد صحيح.",
    },
    "not_a_number": {
        "en": "Not a number",
        "fr": "Pas un nombre",
        "es": "No es un número",
        "ar": "ليس عددًا",
    },
    "number_between": {
        "en": "Write a number from {0} to {1}, or leave the cell blank.",
        "fr": "Écrivez un nombre de {0} à {1}, ou laissez la cellule vide.",
        "es": "Escriba un número de {0} a {1}, o deje la celda en blanco.",
        "ar": "اكتب عددًا من {0} إلى {1}، أو اترك الخلية فارغة.",
    },
    "not_in_list": {
        "en": "Not in the list",
        "fr": "Absent de la liste",
        "es": "No está en la lista",
        "ar": "ليس في القائمة",
    },
    "allowed_values": {
        "en": "Choose one of the values of the list: {0}",
        "fr": f"Choisissez l’une des valeurs de la liste{NBSP}: {{0}}",
        "es": "Elija uno de los valores de la lista: {0}",
        "ar": "اختر إحدى قيم القائمة: {0}",
    },
    "not_a_count": {
        "en": "Not a whole number",
        "fr": "Pas un nombre entier",
        "es": "No es un número entero",
        "ar": "ليس عددًا صحيحًا",
    },
    "count_allowed": {
        "en": "Write a whole number, 0 or more, or leave the cell blank.",
        "fr": "Écrivez un nombre entier, 0 ou plus, ou laissez la cellule vide.",
        "es": "Escriba un número entero, 0 o más, o deje la celda en blanco.",
        "ar": "اكتب عددًا صحيحًا، صفرًا أو أكثر، أو اترك الخلية فارغة.",
    },
    "subject": {
        "en": "Civil-society shadow review of the implementation of the Global Compact for "
        "Migration",
        "fr": "Examen parallèle de la société civile sur la mise en œuvre du Pacte mondial sur "
        "les migrations",
        "es": "Examen paralelo de la sociedad civil sobre la aplicación del Pacto Mundial para "
        "la Migración",
        "ar": "استعراض الظل الذي يجريه المجتمع المدني لتنفيذ الاتفاق العالمي من أجل الهجرة",
    },
}


def workbook_text(key: str, lang: str, *args: object) -> str:
    """The fixed workbook text ``key`` in ``lang`` (English if missing), formatted."""
    entry = TEXTS[key]
    return (entry.get(lang) or entry["en"]).format(*args)
