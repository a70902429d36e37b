"""N6: NAHEMA, Aix-en-Provence (fr, en). Bilingual Word-style notice, French half first,
converted with LibreOffice (+ dump); a French e-mail forward by a regional aerospace cluster."""
import os
from common import write, expected, sal, libreoffice_pdf, dump, add_row, SET

REF = "NAHEMA-RH-2039-04"
POST = "NAHEMA FIN PCO 0030"
T_FR = "Contrôleur/Contrôleuse financier(ère) de programme"
T_EN = "Programme Financial Controller"
ORG_FR = "Agence OTAN de gestion des hélicoptères (NAHEMA)"
ORG_EN = "NATO Helicopter Management Agency (NAHEMA)"
LOC_FR, LOC_EN = "Aix-en-Provence (France)", "Aix-en-Provence, France"
SCH_FR, SCH_EN = "Temps plein", "Full-time"
GRADE, CLR = "G14", "NATO SECRET"
SAL_FR, SAL_EN = "8 406,19 EUR par mois (net d'impôt)", "8,406.19 EUR per month (tax free)"
DL_FR, DL_EN = "samedi 14 mai 2039, 12 h 00 (heure de Paris)", "Saturday, 14 May 2039, 12:00 (Paris time)"

ESS_FR = [
    "être titulaire d'un master en finance, en contrôle de gestion ou en comptabilité ;",
    "justifier d'au moins huit années d'expérience en contrôle financier, dont quatre dans des programmes industriels ;",
    "maîtriser l'analyse des coûts et des contrats à prix forfaitaire et à prix remboursable ;",
    "savoir utiliser un progiciel de gestion intégré (SAP FI/CO ou équivalent) ;",
    "posséder le niveau SLP 3333 en anglais et 2222 en français.",
]
DES_FR = [
    "une expérience des programmes aéronautiques en coopération ;",
    "une connaissance des normes IPSAS ;",
    "une connaissance de l'allemand, de l'italien ou du néerlandais.",
]
ESS_EN = [
    "hold a master's degree in finance, management control or accounting;",
    "have at least eight years of experience in financial control, four of them in industrial programmes;",
    "master the analysis of costs and of firm fixed price and cost reimbursement contracts;",
    "be able to use an enterprise resource planning system (SAP FI/CO or equivalent);",
    "have SLP 3333 in English and 2222 in French.",
]
DES_EN = [
    "experience of cooperative aeronautical programmes;",
    "knowledge of IPSAS standards;",
    "knowledge of German, Italian or Dutch.",
]
COMP_FR = [
    ("Rigueur", "Vérifie les chiffres et documente ses hypothèses."),
    ("Sens de la négociation", "Défend la position de l'Agence face aux industriels tout en préservant la relation."),
    ("Communication", "Présente des analyses financières claires à des interlocuteurs non spécialistes."),
    ("Esprit d'équipe", "Travaille en étroite collaboration avec les équipes techniques et contractuelles."),
]
COMP_EN = [
    ("Rigour", "Checks figures and documents assumptions."),
    ("Negotiation", "Defends the Agency's position with industry while preserving the relationship."),
    ("Communication", "Presents clear financial analyses to non-specialists."),
    ("Teamwork", "Works closely with the technical and contracts teams."),
]
CTX_FR = ("L'Agence OTAN de gestion des hélicoptères (NAHEMA) gère, pour le compte des nations participantes, "
          "la conception, la production et le soutien en service de l'hélicoptère NH90. Sa Division Finances "
          "suit l'exécution des contrats passés avec l'industrie et prépare les budgets annuels du programme.")
CTX_EN = ("The NATO Helicopter Management Agency (NAHEMA) manages, on behalf of the participating nations, the "
          "design, production and in-service support of the NH90 helicopter. Its Finance Division follows the "
          "execution of the contracts placed with industry and prepares the programme's annual budgets.")
TASKS_FR = [
    "Suivre les engagements, les paiements et les prévisions de dépenses des contrats de production et de soutien.",
    "Analyser les propositions de prix de l'industrie et préparer la position financière de l'Agence en vue des négociations.",
    "Préparer les budgets annuels et les rapports financiers destinés au Comité directeur.",
    "Contribuer aux audits internes et externes et assurer le suivi de leurs recommandations.",
    "Conseiller les chefs de programme sur l'impact financier des modifications techniques.",
]
TASKS_EN = [
    "Monitor the commitments, payments and spending forecasts of the production and support contracts.",
    "Analyse price proposals from industry and prepare the Agency's financial position for negotiations.",
    "Prepare the annual budgets and the financial reports for the Board of Directors.",
    "Contribute to internal and external audits and follow up their recommendations.",
    "Advise programme managers on the financial impact of technical changes.",
]


def src_html():
    ul = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    comp = lambda cs, sep: "\n".join(f"<p><b>{n}{sep}</b>{d}</p>" for n, d in cs)
    row = lambda k, v: f"<tr><td width=\"34%\"><b>{k}</b></td><td>{v}</td></tr>"
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{REF}</title>
<style>body {{ font-family: "Liberation Serif"; font-size: 11pt; }} table {{ border-collapse: collapse; width: 100%; }}
td {{ border: 1px solid #000; padding: 3pt; vertical-align: top; }}</style></head>
<body>
<p align="center"><b>NATO UNCLASSIFIED</b></p>
<p align="right">NAHEMA<br>Le Quatuor, Bâtiment A<br>Aix-en-Provence<br>NAHEMA/HR(2039)0061<br>11 avril 2039</p>
<h1 align="center">AVIS DE VACANCE DE POSTE</h1>
<table>
{row("Référence :", REF)}
{row("Numéro de poste :", POST)}
{row("Intitulé du poste :", T_FR)}
{row("Organisme :", ORG_FR)}
{row("Lieu d'affectation :", LOC_FR)}
{row("Horaire :", SCH_FR)}
{row("Grade :", GRADE)}
{row("Habilitation de sécurité :", CLR)}
{row("Traitement de base :", SAL_FR)}
{row("Date de clôture :", DL_FR)}
</table>
<h2>1. Contexte</h2>
<p>{CTX_FR}</p>
<h2>2. Fonctions principales</h2>
<ul>
{ul(TASKS_FR)}
</ul>
<h2>3. Qualifications essentielles</h2>
<p>Le/La candidat(e) doit :</p>
<ul>
{ul(ESS_FR)}
</ul>
<h2>4. Qualifications souhaitables</h2>
<ul>
{ul(DES_FR)}
</ul>
<h2>5. Compétences</h2>
{comp(COMP_FR, " : ")}
<h2>6. Conditions</h2>
<p>Le/La candidat(e) retenu(e) se verra proposer un contrat de durée déterminée de trois ans. Les entretiens auront lieu à Aix-en-Provence au cours de la semaine du 13 juin 2039.</p>
<p style="page-break-before: always" align="center"><b>NATO UNCLASSIFIED</b></p>
<h1 align="center">VACANCY NOTICE</h1>
<table>
{row("Reference:", REF)}
{row("Post number:", POST)}
{row("Post title:", T_EN)}
{row("Organisation:", ORG_EN)}
{row("Duty station:", LOC_EN)}
{row("Schedule:", SCH_EN)}
{row("Grade:", GRADE)}
{row("Security clearance:", CLR)}
{row("Basic salary:", SAL_EN)}
{row("Closing date:", DL_EN)}
</table>
<h2>1. Context</h2>
<p>{CTX_EN}</p>
<h2>2. Main duties</h2>
<ul>
{ul(TASKS_EN)}
</ul>
<h2>3. Essential qualifications</h2>
<p>The candidate must:</p>
<ul>
{ul(ESS_EN)}
</ul>
<h2>4. Desirable qualifications</h2>
<ul>
{ul(DES_EN)}
</ul>
<h2>5. Competencies</h2>
{comp(COMP_EN, ": ")}
<h2>6. Conditions</h2>
<p>The successful candidate will be offered a definite duration contract of three years. Interviews will be held in Aix-en-Provence in the week of 13 June 2039.</p>
</body></html>
"""


def email():
    dash = lambda xs: "\n".join(f"  - {x}" for x in xs)
    comp = lambda cs, sep: "\n".join(f"  - {n}{sep}{d}" for n, d in cs)
    return f"""De : Pôle Aéro Provence – Veille emploi <veille.emploi@poleaeroprovence.example>
Envoyé : mercredi 20 avril 2039 11:26
À : Adhérents – liste RH
Objet : TR: [Offre] NAHEMA recrute un(e) {T_FR} – clôture 14 mai

Bonjour à toutes et à tous,

Pour information, l'agence OTAN installée à Aix diffuse l'offre ci-dessous ; elle peut intéresser des
profils de contrôle de gestion de vos entreprises en fin de mission. Notre prochain petit-déjeuner RH
aura lieu le 5 mai 2039 à la Duranne : inscriptions avant le 2 mai.

Bien cordialement,
Élodie Marchetti
Chargée de mission emploi-compétences

-------- Message transféré --------
De : NAHEMA Human Resources <hr@nahema.example>
Date : 19/04/2039 16:08
Objet : Avis de vacance / Vacancy notice {REF}

AVIS DE VACANCE DE POSTE
Référence : {REF}
Numéro de poste : {POST}
Intitulé du poste : {T_FR}
Organisme : {ORG_FR}
Lieu d'affectation : {LOC_FR}
Horaire : {SCH_FR}
Grade : {GRADE}
Habilitation de sécurité : {CLR}
Traitement de base : {SAL_FR}
Date de clôture : {DL_FR}

1. Contexte
{CTX_FR}

2. Fonctions principales
{dash(TASKS_FR)}

3. Qualifications essentielles
Le/La candidat(e) doit :
{dash(ESS_FR)}

4. Qualifications souhaitables
{dash(DES_FR)}

5. Compétences
{comp(COMP_FR, " : ")}

=====================================================

VACANCY NOTICE
Reference: {REF}
Post number: {POST}
Post title: {T_EN}
Organisation: {ORG_EN}
Duty station: {LOC_EN}
Schedule: {SCH_EN}
Grade: {GRADE}
Security clearance: {CLR}
Basic salary: {SAL_EN}
Closing date: {DL_EN}

1. Context
{CTX_EN}

2. Main duties
{dash(TASKS_EN)}

3. Essential qualifications
The candidate must:
{dash(ESS_EN)}

4. Desirable qualifications
{dash(DES_EN)}

5. Competencies
{comp(COMP_EN, ": ")}

Applications (CV and motivation letter in English or French) through https://careers.nahema.example/{REF}

--
Pôle Aéro Provence · Europôle de l'Arbois · Aix-en-Provence
Vous recevez ce message en tant qu'adhérent. Se désinscrire.
"""


def build():
    src = os.path.join(SET, "__build", f"{REF}-nahema.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(src_html())
    pdf = libreoffice_pdf(src, f"{REF}-nahema.libreoffice.pdf")
    add_row(pdf, REF)
    add_row(dump(pdf), REF)
    write(f"{REF}-email.txt", email(), REF)
    expected(REF, ["fr", "en"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2039-05-14",
             sal(8406.19, "EUR"), GRADE, CLR,
             {"en": {"essential": ESS_EN, "desirable": DES_EN},
              "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             {"en": COMP_EN, "fr": COMP_FR}, post=POST)
