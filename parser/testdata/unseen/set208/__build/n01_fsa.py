"""Fonds de solidarité africain / African Solidarity Fund (Niamey): bilingual IO vacancy notice, FR then EN.
Renderings: HTML page, Chromium PDF (build-pdf.sh command line), pdftotext dump."""
from common import *

KEY = "fsa-dg-2035-003"
REF = "FSA/DG/2035/003"
T_FR = "Chargé(e) principal(e) de l'analyse des risques de garantie"
T_EN = "Senior Guarantee Risk Analyst"
ORG_FR, ORG_EN = "Fonds de solidarité africain", "African Solidarity Fund"
LOC_FR, LOC_EN = "Niamey (Niger)", "Niamey, Niger"
GRADE = "P4"
ESS_FR = [
    "Être titulaire d'un diplôme universitaire de niveau master en finance, en économie, en statistique ou dans une discipline apparentée ;",
    "Justifier d'au moins sept (7) ans d'expérience professionnelle dans l'analyse du risque de crédit, dont trois (3) ans dans une institution de garantie, une banque de développement ou une institution financière multilatérale ;",
    "Maîtriser les méthodes de notation interne, de provisionnement et de calcul des fonds propres économiques ;",
    "Avoir une excellente maîtrise du français ou de l'anglais et une bonne connaissance pratique de l'autre langue ;",
    "Être ressortissant(e) de l'un des États membres du Fonds.",
]
DES_FR = [
    "Une certification professionnelle en gestion des risques (FRM, PRM ou équivalent) ;",
    "Une expérience des garanties de portefeuille accordées aux systèmes financiers décentralisés ;",
    "La connaissance de la réglementation prudentielle applicable dans la zone UEMOA ou CEMAC.",
]
ESS_EN = [
    "A master's-level university degree in finance, economics, statistics or a related discipline;",
    "At least seven (7) years of professional experience in credit risk analysis, including three (3) years in a guarantee institution, a development bank or a multilateral financial institution;",
    "Command of internal rating, provisioning and economic capital methods;",
    "Excellent command of French or English and a good working knowledge of the other language;",
    "Nationality of one of the Fund's member States.",
]
DES_EN = [
    "A professional certification in risk management (FRM, PRM or equivalent);",
    "Experience of portfolio guarantees granted to decentralised financial systems;",
    "Knowledge of the prudential regulations applicable in the WAEMU or CEMAC zone.",
]
COMP_FR = [
    ("Rigueur analytique", "fonde ses avis sur des données vérifiées et documente ses hypothèses ;"),
    ("Sens des responsabilités", "respecte les délais du comité des engagements et assume ses recommandations ;"),
    ("Communication", "présente des analyses complexes de manière claire aux organes de décision ;"),
    ("Travail en équipe", "collabore avec les directions opérationnelles et juridique dans un cadre multiculturel."),
]
COMP_EN = [
    ("Analytical rigour", "bases opinions on verified data and documents assumptions;"),
    ("Accountability", "meets the deadlines of the commitments committee and stands by recommendations;"),
    ("Communication", "presents complex analyses clearly to decision-making bodies;"),
    ("Teamwork", "works with the operations and legal departments in a multicultural setting."),
]

expected(KEY, reference=REF, languages=["fr", "en"],
         title={"fr": T_FR, "en": T_EN}, organisation={"fr": ORG_FR, "en": ORG_EN},
         location={"fr": LOC_FR, "en": LOC_EN}, schedule={},
         deadline="2035-02-09", salary=sal(amount=58416, cur="USD", period="year"), grade=GRADE,
         requirements={"fr": req(ESS_FR, DES_FR), "en": req(ESS_EN, DES_EN)},
         competencies={"fr": [{"name": n, "description": d} for n, d in COMP_FR],
                       "en": [{"name": n, "description": d} for n, d in COMP_EN]})


def li(items):
    return "\n".join(f"<li>{nowrap(esc(i))}</li>" for i in items)


def comp(items):
    return "\n".join(f"<li><b>{esc(n)} :</b> {nowrap(esc(d))}</li>" if ":" not in n else "" for n, d in items)


def comp_en(items):
    return "\n".join(f"<li><b>{esc(n)}:</b> {nowrap(esc(d))}</li>" for n, d in items)


html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Avis de vacance de poste {REF}</title>
<style>
body {{ font-family: "Liberation Serif", serif; font-size: 11pt; margin: 1.6cm 2cm; color:#111; }}
.lh {{ display:flex; justify-content:space-between; border-bottom: 2px solid #7a5c00; padding-bottom:6px; font-size:9pt; }}
.lh b {{ font-size: 11pt; }}
h1 {{ text-align:center; font-size: 13pt; margin: 18px 0 4px; text-decoration: underline; }}
h2 {{ font-size: 11.5pt; margin: 14px 0 4px; }}
.sub {{ text-align:center; font-weight:bold; margin-bottom: 12px; }}
ul.sq {{ list-style-type: square; }}
ol.al {{ list-style-type: lower-alpha; }}
ol.ro {{ list-style-type: upper-roman; }}
.half2 {{ page-break-before: always; }}
.foot {{ font-size:8.5pt; color:#555; border-top:1px solid #aaa; margin-top:18px; padding-top:4px; }}
</style></head><body>
<div class="lh">
<div><b>FONDS DE SOLIDARITÉ AFRICAIN</b><br>Agence spécialisée de l'Union africaine<br>BP 382 – Niamey (Niger)</div>
<div style="text-align:right"><b>AFRICAN SOLIDARITY FUND</b><br>Specialised Agency of the African Union<br>PO Box 382 – Niamey (Niger)</div>
</div>
<p style="font-size:9pt">Version anglaise à la suite – <i>English version follows</i></p>
<h1>AVIS DE VACANCE DE POSTE N° {REF}</h1>
<p class="sub">{esc(T_FR).upper()} – GRADE {GRADE}<br>(Date limite de dépôt des candidatures : 9 février 2035)</p>
<p>Le {ORG_FR} (FSA) est une institution financière multilatérale africaine qui facilite l'accès des États,
des collectivités, des entreprises et des systèmes financiers décentralisés aux financements bancaires
grâce à ses garanties et à ses bonifications d'intérêt. Dans le cadre du renforcement de sa Direction
des Risques, le Fonds recrute un(e) {esc(T_FR).lower()}.</p>
<h2>1. Poste</h2>
<ul class="sq">
<li>Intitulé du poste : {esc(T_FR)}</li>
<li>Grade : {GRADE}</li>
<li>Direction : Direction des Risques et de la Conformité</li>
<li>Supérieur hiérarchique : Directeur des Risques et de la Conformité</li>
<li>Lieu d'affectation : {LOC_FR}</li>
<li>Type de contrat : contrat à durée déterminée de trois (3) ans, renouvelable</li>
<li>Date de publication : 8 janvier 2035</li>
</ul>
<h2>2. Principales attributions</h2>
<p>Sous l'autorité du Directeur des Risques et de la Conformité, le/la titulaire du poste :</p>
<ol class="ro">
<li>analyse les demandes de garantie soumises au comité des engagements et formule un avis de risque indépendant ;</li>
<li>tient à jour le système de notation interne des contreparties et des banques partenaires ;</li>
<li>suit la qualité du portefeuille de garanties, les appels en garantie et les récupérations ;</li>
<li>conduit les tests de résistance annuels et contribue au calcul des besoins en fonds propres ;</li>
<li>prépare les rapports trimestriels de risque destinés au Conseil d'administration ;</li>
<li>encadre deux analystes et participe à la formation des banques partenaires.</li>
</ol>
<h2>3. Qualifications et expérience requises</h2>
<ol class="al">
{li(ESS_FR)}
</ol>
<p>Constitueraient des atouts :</p>
<ul>
{li(DES_FR)}
</ul>
<h2>4. Compétences</h2>
<ul>
{comp(COMP_FR)}
</ul>
<h2>5. Rémunération et avantages</h2>
<p>Le poste est assorti d'un traitement annuel net de base de 58 416 USD, auquel s'ajoutent une indemnité de
logement, des allocations familiales, une indemnité pour frais d'études et une couverture médicale, conformément
au Statut du personnel du Fonds.</p>
<h2>6. Modalités de candidature</h2>
<p>Les candidatures (lettre de motivation, curriculum vitae détaillé, copies des diplômes et trois références)
doivent être adressées par courriel à recrutement@fsa-afrique.example, en rappelant la référence {REF},
au plus tard le 9 février 2035 à 17 h 00 (heure de Niamey). Seul(e)s les candidat(e)s présélectionné(e)s seront
contacté(e)s ; les entretiens sont prévus au cours de la semaine du 19 mars 2035. Le Fonds encourage vivement
les candidatures féminines.</p>

<div class="half2">
<h1>VACANCY NOTICE No. {REF}</h1>
<p class="sub">{esc(T_EN).upper()} – GRADE {GRADE}<br>(Closing date for applications: 9 February 2035)</p>
<p>The {ORG_EN} (FSA) is an African multilateral financial institution that helps States, local authorities,
companies and decentralised financial systems obtain bank financing through its guarantees and interest-rate
subsidies. As part of the strengthening of its Risk Department, the Fund is recruiting a {esc(T_EN)}.</p>
<h2>1. Position</h2>
<ul class="sq">
<li>Job title: {esc(T_EN)}</li>
<li>Grade: {GRADE}</li>
<li>Department: Risk and Compliance Department</li>
<li>Reports to: Director, Risk and Compliance</li>
<li>Duty station: {LOC_EN}</li>
<li>Type of contract: three-year (3) fixed-term contract, renewable</li>
<li>Date of publication: 8 January 2035</li>
</ul>
<h2>2. Main duties</h2>
<p>Under the authority of the Director, Risk and Compliance, the incumbent will:</p>
<ol class="ro">
<li>analyse guarantee requests submitted to the commitments committee and issue an independent risk opinion;</li>
<li>maintain the internal rating system for counterparties and partner banks;</li>
<li>monitor the quality of the guarantee portfolio, calls on guarantees and recoveries;</li>
<li>run the annual stress tests and contribute to the calculation of capital requirements;</li>
<li>prepare the quarterly risk reports for the Board of Directors;</li>
<li>supervise two analysts and take part in training for partner banks.</li>
</ol>
<h2>3. Qualifications and experience</h2>
<ol class="al">
{li(ESS_EN)}
</ol>
<p>The following would be an asset:</p>
<ul>
{li(DES_EN)}
</ul>
<h2>4. Competencies</h2>
<ul>
{comp_en(COMP_EN)}
</ul>
<h2>5. Remuneration and benefits</h2>
<p>The position carries an annual net base salary of USD 58,416, plus a housing allowance, family allowances,
an education grant and medical coverage, in accordance with the Fund's Staff Regulations.</p>
<h2>6. How to apply</h2>
<p>Applications (cover letter, detailed curriculum vitae, copies of degrees and three references) should be sent by
e-mail to recrutement@fsa-afrique.example, quoting reference {REF}, no later than 9 February 2035 at 5:00 p.m.
(Niamey time). Only shortlisted candidates will be contacted; interviews are planned for the week of 19 March
2035. Applications from women are strongly encouraged.</p>
<p class="foot">Fonds de solidarité africain / African Solidarity Fund – Direction des Ressources humaines / Human Resources Department</p>
</div>
</body></html>
"""
out(KEY + "-fsa.html", html, KEY)
chromium(KEY + "-fsa.html", KEY + "-fsa.chromium.pdf", KEY)
