"""Notice 9: African Medicines Agency, Kigali - EN then FR page (HTML + WeasyPrint)."""
from common import *

REF = "AMA/VN/2043/012"
KEY = "ama-vn-2043-012"
T = {"en": "Pharmacovigilance Officer", "fr": "Chargé(e) de pharmacovigilance"}
O = {"en": "African Medicines Agency", "fr": "Agence africaine du médicament"}
L = {"en": "Kigali, Rwanda", "fr": "Kigali (Rwanda)"}
GRADE = "P3"
SAL = {"en": "US$ 48,417.00 (P3 Step 1) per annum", "fr": "48 417,00 dollars des États-Unis (P3, échelon 1) par an"}
ESS = {
    "en": [
        "A Master's degree in pharmacy, medicine, pharmacology, public health or a related field.",
        "At least seven years of relevant experience in pharmacovigilance or medicines safety, of which three years at the regional or international level.",
        "Proficiency in one of the African Union working languages and working knowledge of another.",
    ],
    "fr": [
        "Master en pharmacie, médecine, pharmacologie, santé publique ou dans un domaine connexe.",
        "Au moins sept années d'expérience pertinente en pharmacovigilance ou en sécurité des médicaments, dont trois au niveau régional ou international.",
        "Maîtrise de l'une des langues de travail de l'Union africaine et connaissance pratique d'une autre.",
    ],
}
DES = {
    "en": [
        "Experience with signal detection in a national or regional safety database.",
        "Experience in vaccine safety surveillance.",
    ],
    "fr": [
        "Expérience de la détection des signaux dans une base de données nationale ou régionale de sécurité.",
        "Expérience de la surveillance de la sécurité des vaccins.",
    ],
}
COMPS = {
    "en": ["Building Relationships", "Foster Accountability Culture", "Learning Orientation", "Communicating with Impact"],
    "fr": ["Établir des relations", "Promouvoir une culture de la redevabilité", "Orientation vers l'apprentissage", "Communiquer avec impact"],
}
DUT = {
    "en": [
        "Coordinate the continental safety signal review and the work of the technical committee on medicines safety;",
        "Support national regulatory authorities in strengthening their pharmacovigilance systems and reporting;",
        "Prepare safety communications, guidelines and assessment reports;",
        "Maintain working relations with regional economic communities, WHO and manufacturers;",
        "Perform any other related duties assigned by the supervisor.",
    ],
    "fr": [
        "Coordonner l'examen continental des signaux de sécurité et les travaux du comité technique sur la sécurité des médicaments ;",
        "Appuyer les autorités nationales de réglementation dans le renforcement de leurs systèmes de pharmacovigilance et de notification ;",
        "Préparer les communications sur la sécurité, les lignes directrices et les rapports d'évaluation ;",
        "Entretenir des relations de travail avec les communautés économiques régionales, l'OMS et les fabricants ;",
        "Exécuter toute autre tâche connexe confiée par le superviseur.",
    ],
}


def half(l):
    en = l == "en"
    lab = (lambda a, b: a if en else b)
    comps = "".join("<li>%s</li>" % c for c in COMPS[l])
    return f"""<section class="half {'fr' if not en else 'en'}">
<p class="banner">{lab('V A C A N C Y &nbsp; N O T I C E', 'A V I S &nbsp; D E &nbsp; V A C A N C E')}</p>
<h1>{T[l]}</h1>
<table>
<tr><th>{lab('Vacancy notice', 'Avis de vacance')}</th><td>{REF}</td></tr>
<tr><th>{lab('Position title', 'Intitulé du poste')}</th><td>{T[l]}</td></tr>
<tr><th>{lab('Organization', 'Organisation')}</th><td>{O[l]} (AMA)</td></tr>
<tr><th>{lab('Grade', 'Classe')}</th><td>{GRADE}</td></tr>
<tr><th>{lab('Duty station', "Lieu d'affectation")}</th><td>{L[l]}</td></tr>
<tr><th>{lab('Date of issue', 'Date de publication')}</th><td>{lab('26 June 2043', '26 juin 2043')}</td></tr>
<tr><th>{lab('Deadline for applications', 'Date limite de candidature')}</th><td>{lab('27 July 2043', '27 juillet 2043')}</td></tr>
</table>
<h2>{lab('Purpose of the job', 'Objet du poste')}</h2>
<p>{lab("The African Medicines Agency is the specialised agency of the African Union for the regulation of medical products. The Pharmacovigilance Officer works in the Medicines Safety Unit and reports to the Head of Unit.", "L'Agence africaine du médicament est l'institution spécialisée de l'Union africaine chargée de la réglementation des produits médicaux. Le/La chargé(e) de pharmacovigilance travaille au sein de l'Unité de la sécurité des médicaments et relève du/de la Chef(fe) d'unité.")}</p>
<h2>{lab('Main functions', 'Principales fonctions')}</h2>
{ul(DUT[l])}
<h2>{lab('Academic qualifications and experience', 'Qualifications et expérience')}</h2>
<p><b>{lab('Required', 'Exigées')}</b></p>
{ul(ESS[l])}
<p><b>{lab('Desirable', 'Souhaitées')}</b></p>
{ul(DES[l])}
<h2>{lab('Core competencies', 'Compétences de base')}</h2>
<ul>{comps}</ul>
<h2>{lab('Remuneration', 'Rémunération')}</h2>
<p>{lab('Indicative basic salary of ' + SAL['en'] + ', plus post adjustment, housing allowance and other entitlements of internationally recruited staff.', 'Traitement de base indicatif de ' + SAL['fr'] + ", auquel s'ajoutent l'ajustement de poste, l'indemnité de logement et les autres prestations du personnel recruté sur le plan international.")}</p>
<p>{lab('Interviews with shortlisted candidates are expected in the second half of August 2043.', "Les entretiens avec les candidat(e)s présélectionné(e)s sont prévus dans la seconde quinzaine d'août 2043.")}</p>
</section>"""


def build():
    css = """
body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; }
.banner { letter-spacing: 2px; color: #fff; background: #1d6b3a; padding: 4px 8px; font-weight: bold; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 3px 6px; text-align: left; vertical-align: top; }
th { width: 35%; background: #eef5ef; }
h1 { font-size: 15pt; color: #1d6b3a; }
h2 { font-size: 11pt; color: #1d6b3a; margin-bottom: 3px; }
section.fr { break-before: page; }
@page { size: A4; margin: 18mm 16mm; @bottom-center { content: "AMA/VN/2043/012 · " counter(page) "/" counter(pages); font-size: 8pt; } }
"""
    body = f"""<nav>African Medicines Agency · Kigali &nbsp; | &nbsp; English | Français | Português | العربية</nav>
<p><i>This notice is published in English and French. / Le présent avis est publié en anglais et en français.</i></p>
{half('en')}
<hr>
<p><b>Version française</b></p>
{half('fr')}
<footer><p>African Medicines Agency / Agence africaine du médicament – careers@example.org. The Governing Board meets on 14 October 2043.</p></footer>"""
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF} – {T['en']} / {T['fr']}</title><style>{css}</style></head>
<body>
{body}
</body></html>
"""
    write(KEY + "-ama.html", html, KEY)
    weasy(src(KEY + "-ama.weasy.html", html), KEY + "-ama.weasyprint.pdf", KEY)

    expected(KEY, REF, ["en", "fr"], T, O, L, {"en": None, "fr": None}, "2043-07-27",
             (48417, None, None, "USD", "year"), GRADE,
             {"en": (ESS["en"], DES["en"]), "fr": (ESS["fr"], DES["fr"])},
             {"en": [(c, "") for c in COMPS["en"]], "fr": [(c, "") for c in COMPS["fr"]]})
