"""304685 - NATO Standardization Office (EN then FR): Word-style bilingual notice -> WeasyPrint PDF and dump."""
import os
from common import write, expected, sal, bi, weasyprint, dump, BUILD, ROWS

REF = "304685"
PN = "NSO TMB 0040"
T_EN = "Assistant (Terminology Database Management)"
T_FR = "Assistant(e) (gestion de la base de données terminologique)"
ORG_EN = "NATO Standardization Office (NSO)"
ORG_FR = "Bureau OTAN de normalisation (NSO)"
ESS_EN = [
    "Higher secondary education, complemented by training in documentation, information management or languages.",
    "At least three years of experience in managing a terminology, documentation or translation database.",
    "Experience in checking texts for consistency of terms and style in English and French.",
    "Advanced user of Microsoft Office and of at least one terminology management tool.",
    "Language proficiency: SLP 3333 in English and SLP 3232 in French.",
]
DES_EN = [
    "Knowledge of the NATO Terminology Programme and of the NATOTerm database.",
    "Experience of working in an international organisation.",
]
ESS_FR = [
    "Études secondaires supérieures, complétées par une formation en documentation, en gestion de l'information ou en langues.",
    "Au moins trois années d'expérience de la gestion d'une base de données terminologique, documentaire ou de traduction.",
    "Expérience de la vérification de la cohérence terminologique et stylistique de textes en anglais et en français.",
    "Utilisation avancée de Microsoft Office et d'au moins un outil de gestion terminologique.",
    "Compétences linguistiques : SLP 3333 en anglais et SLP 3232 en français.",
]
DES_FR = [
    "Connaissance du Programme de terminologie de l'OTAN et de la base de données NATOTerm.",
    "Expérience professionnelle au sein d'une organisation internationale.",
]
E = dict(reference=REF, post_number=PN, languages=["en", "fr"], title=bi(T_EN, T_FR),
         organisation=bi(ORG_EN, ORG_FR), location=bi("Brussels, Belgium", "Bruxelles, Belgique"),
         schedule=bi("Full-time", "Temps plein"), deadline="2034-02-20",
         salary=sal(5066.93), grade="G11", clearance="NATO SECRET",
         requirements={"en": {"essential": ESS_EN, "desirable": DES_EN},
                       "fr": {"essential": ESS_FR, "desirable": DES_FR}},
         competencies={"en": [], "fr": []})


def ol(items):
    return "<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>"


def html():
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>NSO vacancy {REF}</title>
<style>
@page {{ size: A4; margin: 2.2cm 2cm 2.4cm 2cm;
  @top-center {{ content: "NATO UNCLASSIFIED"; font: bold 9pt 'Liberation Sans'; }}
  @bottom-center {{ content: "NATO UNCLASSIFIED – " counter(page); font: 9pt 'Liberation Sans'; }} }}
body {{ font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; line-height: 1.3; }}
h1 {{ font-family: 'Liberation Sans'; font-size: 14pt; text-align: center; margin-bottom: 4pt; }}
h2 {{ font-family: 'Liberation Sans'; font-size: 11pt; text-transform: uppercase; margin: 12pt 0 4pt; }}
table.head {{ border-collapse: collapse; width: 100%; margin: 8pt 0; }}
table.head td {{ border: 0.5pt solid #555; padding: 3pt 6pt; vertical-align: top; }}
table.head td.l {{ width: 34%; font-weight: bold; }}
.fr {{ page-break-before: always; }}
ol {{ margin: 0 0 0 18pt; padding: 0; }} li {{ margin-bottom: 3pt; }}
</style></head><body>
<p style="text-align:right">NSO(ADM)0014(2034)<br>Brussels, 12 January 2034</p>
<h1>VACANCY NOTICE</h1>
<p style="text-align:center">NATO Standardization Office – open to nationals of NATO member states</p>
<table class="head">
<tr><td class="l">Vacancy Number</td><td>{REF}</td></tr>
<tr><td class="l">Post Number</td><td>{PN}</td></tr>
<tr><td class="l">Job Title</td><td>{T_EN}</td></tr>
<tr><td class="l">Organisation</td><td>{ORG_EN}</td></tr>
<tr><td class="l">Branch</td><td>Terminology and Publications Branch</td></tr>
<tr><td class="l">NATO Grade</td><td>G11</td></tr>
<tr><td class="l">Duty Location</td><td>Brussels, Belgium</td></tr>
<tr><td class="l">Working Hours</td><td>Full-time</td></tr>
<tr><td class="l">Security Clearance</td><td>NATO SECRET</td></tr>
<tr><td class="l">Closing Date</td><td>20 February 2034, 23:59 (Brussels time)</td></tr>
</table>
<h2>1. Post context</h2>
<p>The NATO Standardization Office initiates, coordinates and manages standardization activities for the Alliance. Its Terminology and Publications Branch runs the NATO Terminology Programme and keeps NATOTerm, the Alliance's official terminology database, in both official languages.</p>
<h2>2. Principal duties</h2>
<p>The incumbent records new and amended terms approved by the terminology panels, checks their English and French definitions for consistency, prepares the monthly extracts sent to the nations, answers queries from users of the database and keeps the Branch's procedures up to date. He/she also supports the annual terminology conference.</p>
<h2>3. Essential qualifications</h2>
{ol(ESS_EN)}
<h2>4. Desirable qualifications</h2>
{ol(DES_EN)}
<h2>5. Remarks</h2>
<p>The basic monthly salary is EUR 5,066.93, tax-free, plus allowances according to the NATO Civilian Personnel Regulations. A definite duration contract of three years will be offered. Only shortlisted candidates will be contacted; the written test is foreseen for the second half of March 2034.</p>
<div class="fr">
<h1>AVIS DE VACANCE</h1>
<p style="text-align:center">Bureau OTAN de normalisation – ouvert aux ressortissants des pays membres de l'OTAN</p>
<table class="head">
<tr><td class="l">Numéro de vacance</td><td>{REF}</td></tr>
<tr><td class="l">Numéro de poste</td><td>{PN}</td></tr>
<tr><td class="l">Intitulé du poste</td><td>{T_FR}</td></tr>
<tr><td class="l">Organisation</td><td>{ORG_FR}</td></tr>
<tr><td class="l">Branche</td><td>Branche Terminologie et publications</td></tr>
<tr><td class="l">Grade OTAN</td><td>G11</td></tr>
<tr><td class="l">Lieu d'affectation</td><td>Bruxelles, Belgique</td></tr>
<tr><td class="l">Horaire</td><td>Temps plein</td></tr>
<tr><td class="l">Habilitation de sécurité</td><td>NATO SECRET</td></tr>
<tr><td class="l">Date de clôture</td><td>20 février 2034, 23 h 59 (heure de Bruxelles)</td></tr>
</table>
<h2>1. Contexte du poste</h2>
<p>Le Bureau OTAN de normalisation lance, coordonne et gère les activités de normalisation de l'Alliance. Sa Branche Terminologie et publications conduit le Programme de terminologie de l'OTAN et tient à jour NATOTerm, la base de données terminologique officielle de l'Alliance, dans les deux langues officielles.</p>
<h2>2. Principales fonctions</h2>
<p>Le/La titulaire enregistre les termes nouveaux ou modifiés approuvés par les groupes de terminologie, vérifie la cohérence de leurs définitions anglaises et françaises, prépare les extraits mensuels envoyés aux pays, répond aux questions des utilisateurs et tient à jour les procédures de la Branche.</p>
<h2>3. Qualifications essentielles</h2>
{ol(ESS_FR)}
<h2>4. Qualifications souhaitables</h2>
{ol(DES_FR)}
<h2>5. Remarques</h2>
<p>Le traitement mensuel de base s'élève à 5 066,93 EUR, net d'impôt, auquel s'ajoutent les indemnités prévues par le Règlement du personnel civil de l'OTAN. Un contrat de durée déterminée de trois ans sera proposé. Seuls les candidat(e)s présélectionné(e)s seront contacté(e)s.</p>
</div>
</body></html>
"""


def build():
    expected(E)
    src = os.path.join(BUILD, f"{REF}-nso.html")
    open(src, "w", encoding="utf-8").write(html())
    weasyprint(src, f"{REF}-nso.weasyprint.pdf")
    ROWS.append((f"{REF}-nso.weasyprint.pdf", REF, "pdf"))
    dump(f"{REF}-nso.weasyprint.pdf", f"{REF}-nso.weasyprint.pdftotext.txt")
    ROWS.append((f"{REF}-nso.weasyprint.pdftotext.txt", REF, "txt"))
