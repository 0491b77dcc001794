"""The fixed texts of the reports (not questions of the form), in every export language."""

from __future__ import annotations

from forms.languages import CODES

EXPORT_LANGUAGES = CODES

TEXTS: dict[str, dict[str, str]] = {
    "contents": {"en": "Contents", "fr": "Table des matières", "es": "Índice", "ar": "المحتويات"},
    "sample": {"en": "SAMPLE", "fr": "EXEMPLE", "es": "EJEMPLO", "ar": "نسخة تجريبية"},
    "page": {
        "en": "Page {0} of {1}",
        "fr": "Page {0} sur {1}",
        "es": "Página {0} de {1}",
        "ar": "صفحة {0} من {1}",
    },
    "logo_of": {
        "en": "Logo of {0}",
        "fr": "Logo de {0}",
        "es": "Logotipo de {0}",
        "ar": "شعار {0}",
    },
    "not_specified": {  # entries that name no one in the column grouping them
        "en": "not specified",
        "fr": "non précisé",
        "es": "sin especificar",
        "ar": "غير محدد",
    },
    "contents_update": {  # what a Word file's contents show until the field is updated
        "en": "The contents appear when the field is updated (F9, or Update field).",
        "fr": "La table des matières apparaît quand le champ est mis à jour (F9, ou Mettre à"
        " jour le champ).",
        "es": "El índice aparece al actualizar el campo (F9, o Actualizar campo).",
        "ar": "تظهر المحتويات عند تحديث الحقل (F9، أو تحديث الحقل).",
    },
    "country": {"en": "Country", "fr": "Pays", "es": "País", "ar": "البلد"},
    "period": {
        "en": "Review period",
        "fr": "Période couverte par l’examen",
        "es": "Período del examen",
        "ar": "فترة الاستعراض",
    },
    "date": {"en": "Date", "fr": "Date", "es": "Fecha", "ar": "التاريخ"},
    "submitted_by": {
        "en": "Submitted and endorsed by",
        "fr": "Présenté et soutenu par",
        "es": "Presentado y respaldado por",
        "ar": "مقدَّم ومؤيَّد من",
    },
    "executive_summary": {
        "en": "Executive summary",
        "fr": "Résumé analytique",
        "es": "Resumen ejecutivo",
        "ar": "الملخص التنفيذي",
    },
    "key_words": {
        "en": "Key words",
        "fr": "Mots clés",
        "es": "Palabras clave",
        "ar": "كلمات مفتاحية",
    },
    "ratings_overview": {
        "en": "Ratings across the 23 objectives",
        "fr": "Appréciations des 23 objectifs",
        "es": "Calificaciones de los 23 objetivos",
        "ar": "تقديرات الأهداف الثلاثة والعشرين",
    },
    "withheld": {
        "en": "Withheld (confidential)",
        "fr": "Non communiqué (confidentiel)",
        "es": "No incluido (confidencial)",
        "ar": "محجوب (سري)",
    },
    "trend": {"en": "Trend", "fr": "Tendance", "es": "Tendencia", "ar": "الاتجاه"},
    "trend_higher": {
        "en": "Rated higher",
        "fr": "Appréciation plus haute",
        "es": "Calificación más alta",
        "ar": "تقدير أعلى",
    },
    "trend_same": {
        "en": "Rated the same",
        "fr": "Même appréciation",
        "es": "Misma calificación",
        "ar": "التقدير نفسه",
    },
    "trend_lower": {
        "en": "Rated lower",
        "fr": "Appréciation plus basse",
        "es": "Calificación más baja",
        "ar": "تقدير أدنى",
    },
    "trend_summary": {
        "en": "Compared with the last review: {0} objectives rated higher, {1} the same,"
        " {2} lower (of the objectives rated at both reviews).",
        "fr": "Par rapport au dernier examen\u00a0: {0} objectifs ont une appréciation plus haute,"
        " {1} la même, {2} une plus basse (parmi les objectifs appréciés aux deux examens).",
        "es": "En comparación con el último examen: {0} objetivos con calificación más alta,"
        " {1} igual, {2} más baja (de los objetivos calificados en ambos exámenes).",
        "ar": "مقارنة بالاستعراض السابق: {0} من الأهداف بتقدير أعلى، و{1} بالتقدير نفسه،"
        " و{2} بتقدير أدنى (من الأهداف التي قُدِّرت في الاستعراضين).",
    },
    "not_rated": {  # as the window says it (the overview's legend)
        "en": "Not rated yet",
        "fr": "Pas encore d’appréciation",
        "es": "Aún sin calificar",
        "ar": "لم يُقدَّر بعد",
    },
    "counted_more_than_once": {
        "en": "A participant may be counted in more than one category: the categories add up to"
        " more than the number of participants.",
        "fr": "Une même personne peut compter dans plusieurs catégories\u00a0: leur somme dépasse"
        " le nombre de participants.",
        "es": "Una misma persona puede contar en varias categorías: su suma supera el número de"
        " participantes.",
        "ar": "قد يُحتسب المشارك الواحد في أكثر من فئة، لذا يتجاوز مجموع الفئات عدد المشاركين.",
    },
    "objectives_count": {
        "en": "Number of objectives",
        "fr": "Nombre d’objectifs",
        "es": "Número de objetivos",
        "ar": "عدد الأهداف",
    },
    "participation": {
        "en": "Participation, all consultations together",
        "fr": "Participation, toutes consultations confondues",
        "es": "Participación en el conjunto de las consultas",
        "ar": "المشاركة في جميع المشاورات",
    },
    "total": {"en": "Total", "fr": "Total", "es": "Total", "ar": "المجموع"},
    "breakdown": {"en": "Breakdown", "fr": "Répartition", "es": "Desglose", "ar": "التوزيع"},
    "category": {"en": "Category", "fr": "Catégorie", "es": "Categoría", "ar": "الفئة"},
    "number": {"en": "Number", "fr": "Nombre", "es": "Número", "ar": "العدد"},
    "paragraph": {
        "en": "GCM paragraph {0}",
        "fr": "Pacte mondial, paragraphe {0}",
        "es": "Pacto Mundial, párrafo {0}",
        "ar": "الاتفاق العالمي، الفقرة {0}",
    },
    "withheld_objective": {
        "en": "The assessment of this objective is confidential and was left out of this copy.",
        "fr": "L’évaluation de cet objectif est confidentielle et ne figure pas dans cette copie.",
        "es": "La evaluación de este objetivo es confidencial y no figura en esta copia.",
        "ar": "تقييم هذا الهدف سري ولم يُدرج في هذه النسخة.",
    },
    "withheld_notice": {
        "en": "Some confidential content was withheld from this copy of the review.",
        "fr": "Certains contenus confidentiels ne figurent pas dans cette copie de l’examen.",
        "es": "Parte del contenido confidencial no figura en esta copia del examen.",
        "ar": "حُجب بعض المحتوى السري من هذه النسخة من الاستعراض.",
    },
    "confidential_included": {
        "en": "CONFIDENTIAL: this copy includes confidential content. Do not circulate.",
        "fr": "CONFIDENTIEL\u00a0: cette copie contient des contenus confidentiels."
        " Ne pas diffuser.",
        "es": "CONFIDENCIAL: esta copia incluye contenido confidencial. No difundir.",
        "ar": "سري: تتضمن هذه النسخة محتوى سرياً. يُرجى عدم تعميمها.",
    },
    "yes": {"en": "Yes", "fr": "Oui", "es": "Sí", "ar": "نعم"},
    "no": {"en": "No", "fr": "Non", "es": "No", "ar": "لا"},
    "sheet_help": {
        "en": "Answer from row 3 on. Do not change row 1 (hidden keys) or the sheet names.",
        "fr": "Répondez à partir de la ligne 3. Ne modifiez ni la ligne 1 (clés masquées) "
        "ni le nom des feuilles.",
        "es": "Responda a partir de la fila 3. No modifique la fila 1 (claves ocultas) "
        "ni los nombres de las hojas.",
        "ar": "أجب ابتداءً من الصف 3. لا تغيّر الصف 1 (المفاتيح المخفية) ولا أسماء الأوراق.",
    },
    "blank_template": {
        "en": "Blank questionnaire",
        "fr": "Questionnaire vierge",
        "es": "Cuestionario en blanco",
        "ar": "استمارة فارغة",
    },
    "form_version": {
        "en": "Form version {0}",
        "fr": "Version du formulaire\u00a0: {0}",
        "es": "Versión del formulario: {0}",
        "ar": "إصدار الاستمارة: {0}",
    },
    "how_to_title": {
        "en": "How to fill in this questionnaire",
        "fr": "Comment remplir ce questionnaire",
        "es": "Cómo completar este cuestionario",
        "ar": "كيفية ملء هذه الاستمارة",
    },
    "how_to": {
        "en": "Tick one box for questions with a single answer, and any number of boxes where "
        "the question says so. Write your answers on the lines and in the boxes; if the space "
        "is not enough, continue on an extra sheet and note the question it belongs to. "
        "A * marks a required answer. When you have finished, bring the paper to the person "
        "who enters the answers in the application.",
        "fr": "Cochez une seule case pour les questions à réponse unique, et autant de cases "
        "que vous voulez lorsque la question l’indique. Écrivez vos réponses sur les lignes et "
        "dans les cadres\u00a0; si la place manque, continuez sur une feuille à part en indiquant "
        "la question concernée. Un * signale une réponse obligatoire. Une fois le questionnaire "
        "rempli, remettez-le à la personne qui saisit les réponses dans l’application.",
        "es": "Marque una sola casilla en las preguntas de respuesta única, y tantas casillas "
        "como quiera cuando la pregunta lo indique. Escriba sus respuestas en las líneas y en "
        "los recuadros; si el espacio no basta, continúe en una hoja aparte e indique a qué "
        "pregunta corresponde. Un * señala una respuesta obligatoria. Cuando termine, entregue "
        "el papel a la persona que ingresa las respuestas en la aplicación.",
        "ar": "ضع علامة في مربع واحد فقط في الأسئلة ذات الإجابة الواحدة، وفي أي عدد من المربعات "
        "حيث يشير السؤال إلى ذلك. اكتب إجاباتك على الأسطر وداخل الإطارات، وإذا لم تكفِ المساحة "
        "فتابع على ورقة إضافية مع ذكر السؤال الذي تتعلق به. تشير العلامة * إلى إجابة إلزامية. "
        "وعند الانتهاء، سلّم الورقة إلى الشخص الذي يُدخل الإجابات في التطبيق.",
    },
    "tick_one": {
        "en": "Tick one box.",
        "fr": "Cochez une case.",
        "es": "Marque una casilla.",
        "ar": "ضع علامة في مربع واحد.",
    },
    "tick_any": {
        "en": "Tick any number of boxes.",
        "fr": "Cochez autant de cases que nécessaire.",
        "es": "Marque todas las casillas que correspondan.",
        "ar": "ضع علامة في كل المربعات التي تنطبق.",
    },
    "write_code": {
        "en": "{0}: write the number of the answer.",
        "fr": "{0}\u00a0: écrivez le numéro de la réponse.",
        "es": "{0}: escriba el número de la respuesta.",
        "ar": "{0}: اكتب رقم الإجابة.",
    },
    "write_codes": {
        "en": "{0}: write the numbers of all answers that apply.",
        "fr": "{0}\u00a0: écrivez les numéros de toutes les réponses qui s’appliquent.",
        "es": "{0}: escriba los números de todas las respuestas que correspondan.",
        "ar": "{0}: اكتب أرقام كل الإجابات التي تنطبق.",
    },
    "count_people": {
        "en": "Number of people",
        "fr": "Nombre de personnes",
        "es": "Número de personas",
        "ar": "عدد الأشخاص",
    },
    "entry_sheets": {  # the heading of the pages after the objectives that gather their entries
        "en": "Entry sheets",
        "fr": "Fiches complémentaires",
        "es": "Fichas complementarias",
        "ar": "أوراق الإدخال",
    },
    "entry_sheets_help": {
        "en": "Each block is one entry. Write first the number it belongs to, for example the "
        "objective's. When the blocks are not enough, copy these pages.",
        "fr": "Chaque bloc est une entrée. Inscrivez d’abord le numéro auquel elle se rapporte, "
        "par exemple celui de l’objectif. Si les blocs ne suffisent pas, photocopiez ces pages.",
        "es": "Cada bloque es una entrada. Escriba primero el número al que corresponde, por "
        "ejemplo el del objetivo. Si los bloques no alcanzan, fotocopie estas páginas.",
        "ar": "كل إطار يمثل إدخالًا واحدًا. اكتب أولًا الرقم الذي يتعلق به، رقم الهدف مثلًا. وإذا لم"
        " تكفِ الأطر فصوّر هذه الصفحات.",
    },
    "entry_owner": {  # {0}: what the entry belongs to (Objective), before its number's box
        "en": "{0} no.",
        "fr": "{0} nº",
        "es": "{0} n.º",
        "ar": "رقم {0} المعني",
    },
    "entries_elsewhere": {  # {0}: the tables whose entries are asked on the entry sheets
        "en": "To fill in on the entry sheets at the end of this part: {0}.",
        "fr": "À remplir sur les fiches complémentaires à la fin de cette partie\u00a0: {0}.",
        "es": "Para llenar en las fichas complementarias al final de esta parte: {0}.",
        "ar": "تُملأ في أوراق الإدخال في آخر هذا الجزء: {0}.",
    },
    "entry": {"en": "No. {0}", "fr": "Nº\u00a0{0}", "es": "N.º\u00a0{0}", "ar": "رقم {0}"},
    "year": {"en": "year", "fr": "année", "es": "año", "ar": "السنة"},
    "month": {"en": "month", "fr": "mois", "es": "mes", "ar": "الشهر"},
    "day": {"en": "day", "fr": "jour", "es": "día", "ar": "اليوم"},
    "date_hint": {
        "en": "YYYY-MM-DD, e.g. 2025-03-31",
        "fr": "AAAA-MM-JJ, p. ex. 2025-03-31",
        "es": "AAAA-MM-DD, p. ej. 2025-03-31",
        "ar": "السنة ثم الشهر ثم اليوم، مثلاً 2025-03-31",
    },
    "confidential_field": {
        "en": "Confidential: this answer stays on the computer where it is entered and is left "
        "out of shared copies.",
        "fr": "Confidentiel\u00a0: cette réponse reste sur l’ordinateur où elle est saisie et ne"
        " figure "
        "pas dans les copies partagées.",
        "es": "Confidencial: esta respuesta permanece en la computadora donde se ingresa y no "
        "figura en las copias compartidas.",
        "ar": "سري: تبقى هذه الإجابة على الحاسوب الذي تُدخل فيه ولا تُدرج في النسخ المتداولة.",
    },
    "rating_counts": {
        "en": "Ratings of the objectives",
        "fr": "Appréciations des objectifs",
        "es": "Calificaciones de los objetivos",
        "ar": "تقديرات الأهداف",
    },
    "coalition_summary": {
        "en": "Coalition summary",
        "fr": "Synthèse de la coalition",
        "es": "Síntesis de la coalición",
        "ar": "خلاصة الائتلاف",
    },
    "members_contributed": {
        "en": "{0} member organisations contributed to this report.",
        "fr": "{0} organisations membres ont contribué à ce rapport.",
        "es": "{0} organizaciones miembros contribuyeron a este informe.",
        "ar": "أسهمت {0} من المنظمات الأعضاء في هذا التقرير.",
    },
    "objectives_covered": {
        "en": "{0} of the {1} objectives were assessed by at least one member.",
        "fr": "{0} des {1} objectifs ont été évalués par au moins un membre.",
        "es": "{0} de los {1} objetivos fueron evaluados por al menos un miembro.",
        "ar": "قيّم عضو واحد على الأقل {0} من الأهداف الـ{1}.",
    },
    "objectives_disagreed": {
        "en": "Members disagree strongly on objectives {0}.",
        "fr": "Les membres sont en fort désaccord sur les objectifs {0}.",
        "es": "Los miembros discrepan mucho sobre los objetivos {0}.",
        "ar": "تختلف المنظمات الأعضاء اختلافاً كبيراً بشأن الأهداف {0}.",
    },
    "ratings_across_members": {
        "en": "Ratings across the member organisations",
        "fr": "Appréciations des organisations membres",
        "es": "Calificaciones de las organizaciones miembros",
        "ar": "تقديرات المنظمات الأعضاء",
    },
    "members_ratings": {
        "en": "Members' ratings",
        "fr": "Appréciations des membres",
        "es": "Calificaciones de los miembros",
        "ar": "تقديرات الأعضاء",
    },
    "strong_disagreement": {
        "en": "Strong disagreement",
        "fr": "Fort désaccord",
        "es": "Fuerte desacuerdo",
        "ar": "اختلاف كبير",
    },
    "across_members": {
        "en": "Across the member organisations",
        "fr": "Selon les organisations membres",
        "es": "Según las organizaciones miembros",
        "ar": "بحسب المنظمات الأعضاء",
    },
    "median": {"en": "Median", "fr": "Médiane", "es": "Mediana", "ar": "الوسيط"},
    "short_version": {  # on the cover of the short version, under its title
        "en": "To submit with the official review: the executive summary, the ratings and "
        "their trend, and the key recommendations. The full report gives the findings on each "
        "objective.",
        "fr": "À soumettre avec l’examen officiel\u00a0: le résumé analytique, les appréciations "
        "et leur évolution, et les recommandations principales. Le rapport complet présente les "
        "constats sur chaque objectif.",
        "es": "Para presentar junto con el examen oficial: el resumen ejecutivo, las "
        "calificaciones y su evolución, y las recomendaciones clave. El informe completo da las "
        "conclusiones sobre cada objetivo.",
        "ar": "للتقديم مع الاستعراض الرسمي: الملخص التنفيذي، والتقديرات وتطورها، والتوصيات "
        "الرئيسية. ويعرض التقرير الكامل النتائج المتعلقة بكل هدف.",
    },
    "short_name": {  # in the name of the file of a short version
        "en": "short version",
        "fr": "version abrégée",
        "es": "versión breve",
        "ar": "نسخة موجزة",
    },
    "kept_here": {  # the mark of a table row that no export holds, in the text of a review
        "en": "never exported",
        "fr": "jamais exportée",
        "es": "nunca se exporta",
        "ar": "لا يُصدَّر أبدًا",
    },
    "confidential": {  # the mark of a confidential answer in the text of a review
        "en": "confidential",
        "fr": "confidentiel",
        "es": "confidencial",
        "ar": "سري",
    },
    "picture": {  # a picture answer in the text of a review: its type and size
        "en": "{0} image, {1} × {2} pixels",
        "fr": "Image {0}, {1} × {2} pixels",
        "es": "Imagen {0}, {1} × {2} píxeles",
        "ar": "صورة {0}، {1} × {2} بكسل",
    },
    "disagree": {
        "en": "Member organisations disagree strongly on this objective.",
        "fr": "Les organisations membres sont en fort désaccord sur cet objectif.",
        "es": "Las organizaciones miembros discrepan mucho sobre este objetivo.",
        "ar": "تختلف المنظمات الأعضاء اختلافاً كبيراً بشأن هذا الهدف.",
    },
    "draws_on": {"en": "Draws on", "fr": "S’appuie sur", "es": "Se basa en", "ar": "يستند إلى"},
    "contributors": {
        "en": "Contributing organisations",
        "fr": "Organisations contributrices",
        "es": "Organizaciones que han contribuido",
        "ar": "المنظمات المساهمة",
    },
    "objectives_assessed": {
        "en": "Objectives assessed",
        "fr": "Objectifs évalués",
        "es": "Objetivos evaluados",
        "ar": "الأهداف المقيَّمة",
    },
    "edited_after_export": {
        "en": "edited by hand after export",
        "fr": "modifié à la main après l’export",
        "es": "editado a mano después de exportarse",
        "ar": "عُدِّل يدويًا بعد التصدير",
    },
    "revision": {"en": "Revision", "fr": "Version", "es": "Versión", "ar": "النسخة"},
    "review_id": {
        "en": "Review identifier",
        "fr": "Identifiant de l’examen",
        "es": "Identificador del examen",
        "ar": "معرّف الاستعراض",
    },
    "source": {
        "en": "Source file",
        "fr": "Fichier d’origine",
        "es": "Archivo de origen",
        "ar": "الملف المصدر",
    },
    "organisation": {
        "en": "Organisation",
        "fr": "Organisation",
        "es": "Organización",
        "ar": "المنظمة",
    },
    "sources": {"en": "Sources", "fr": "Sources", "es": "Fuentes", "ar": "المصادر"},
    "links": {
        "en": "Linked commitments",
        "fr": "Engagements liés",
        "es": "Compromisos vinculados",
        "ar": "الالتزامات المرتبطة",
    },
    "generated": {
        "en": "Made with GCM Shadow Review {0}",
        "fr": "Réalisé avec GCM Shadow Review {0}",
        "es": "Elaborado con GCM Shadow Review {0}",
        "ar": "أُعدّ باستخدام GCM Shadow Review {0}",
    },
}


#: What stands between a label and its value: French puts a no-break space before the colon.
def text(key: str, lang: str, *args: object) -> str:
    """The fixed text ``key`` in ``lang`` (English if missing), formatted with ``args``."""
    entry = TEXTS[key]
    return (entry.get(lang) or entry["en"]).format(*args)


def yes_no(value: object, lang: str) -> str:
    """A yes/no answer as the reports print it, in ``lang``."""
    return text("yes" if value else "no", lang)
