"""321689 - NAPMA, Brunssum (EN + FR): Word-style bilingual notice -> WeasyPrint PDF."""
import html as H
from common import *

REF = "321689"
POST = "NPM ENG 0210"
T_EN = "Engineer (Mission Computing Configuration)"
T_FR = "Ingénieur(e) (configuration des systèmes informatiques de mission)"
ORG_EN = "NATO Airborne Early Warning and Control Programme Management Agency (NAPMA)"
ORG_FR = "Agence OTAN de gestion du programme de détection et de contrôle aéroportés (NAPMA)"
LOC_EN = "Brunssum, the Netherlands"
LOC_FR = "Brunssum (Pays-Bas)"
SCH_EN, SCH_FR = "Full-time (40 hours per week)", "Temps plein (40 heures par semaine)"
GRADE = "G15"
CLR = "NATO SECRET"

ESS_EN = [
    "A university degree in computer science, electrical engineering or aeronautical engineering.",
    "At least five years of experience in configuration management of software intensive systems, of which two in an aerospace or defence programme.",
    "Experience in running configuration control boards and in maintaining baselines of hardware and software items.",
    "Knowledge of configuration management standards such as EIA 649 or ACMP 2100.",
    "English at SLP 3333; French at SLP 1111.",
]
DES_EN = [
    "Experience of the mission systems of an airborne early warning aircraft.",
    "Knowledge of NATO acquisition practices and of contract change procedures.",
    "Certification in configuration management.",
]
ESS_FR = [
    "Diplôme universitaire en informatique, en génie électrique ou en génie aéronautique.",
    "Au moins cinq années d'expérience de la gestion de configuration de systèmes à forte composante logicielle, dont deux dans un programme aéronautique ou de défense.",
    "Expérience de l'animation de comités de contrôle de configuration et de la tenue de références de configuration matérielles et logicielles.",
    "Connaissance des normes de gestion de configuration telles que EIA 649 ou ACMP 2100.",
    "Anglais au niveau SLP 3333 ; français au niveau SLP 1111.",
]
DES_FR = [
    "Expérience des systèmes de mission d'un avion de détection lointaine.",
    "Connaissance des pratiques d'acquisition de l'OTAN et des procédures de modification des contrats.",
    "Certification en gestion de configuration.",
]
COMP_EN = [
    C("Analytical thinking", "breaks down a change request into its effects on every configuration item."),
    C("Rigour", "keeps baselines and records consistent with the delivered systems."),
    C("Communication", "explains technical decisions to programme managers and contractors."),
]
COMP_FR = [
    C("Réflexion analytique", "décompose une demande de modification en ses effets sur chaque article de configuration."),
    C("Rigueur", "maintient les références et les registres en cohérence avec les systèmes livrés."),
    C("Communication", "explique les décisions techniques aux responsables du programme et aux contractants."),
]


def li(xs):
    return "".join(f"<li>{H.escape(x)}</li>" for x in xs)


def cli(cs, sep):
    return "".join(f"<li><b>{H.escape(c['name'])}{sep}</b> {H.escape(c['description'])}</li>" for c in cs)


def page():
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>NAPMA Vacancy {REF}</title>
<style>
@page {{ size: A4; margin: 2.2cm 2cm;
  @top-center {{ content: "NATO UNCLASSIFIED"; font-size: 9pt; }}
  @bottom-center {{ content: "NATO UNCLASSIFIED – " counter(page); font-size: 9pt; }} }}
body {{ font-family: 'DejaVu Serif', serif; font-size: 10.5pt; hyphens: manual; }}
table.facts {{ border-collapse: collapse; width: 100%; margin-bottom: 1em; }}
table.facts td {{ border: 1px solid #444; padding: 3pt 5pt; }}
table.facts td:first-child {{ width: 38%; background: #e8e8e8; }}
h1 {{ font-size: 14pt; text-align: center; }} h2 {{ font-size: 11pt; }}
.fr {{ page-break-before: always; }}
</style></head><body>
<p>NATO AEW&amp;C PROGRAMME MANAGEMENT AGENCY<br>Human Resources Office, Brunssum<br>NAPMA/HR/2035/027 – 1 March 2035</p>
<h1>VACANCY NOTICE {REF}</h1>
<table class="facts">
<tr><td>Vacancy number</td><td>{REF}</td></tr>
<tr><td>Post number</td><td>{POST}</td></tr>
<tr><td>Post title</td><td>{H.escape(T_EN)}</td></tr>
<tr><td>Agency</td><td>{H.escape(ORG_EN)}</td></tr>
<tr><td>Location</td><td>{H.escape(LOC_EN)}</td></tr>
<tr><td>NATO grade</td><td>A-2 / G15</td></tr>
<tr><td>Working time</td><td>{SCH_EN}</td></tr>
<tr><td>Security clearance</td><td>{CLR}</td></tr>
<tr><td>Basic monthly salary</td><td>7,226.80 EUR (free of national income tax)</td></tr>
<tr><td>Closing date</td><td>19 April 2035, 12:00 (CEST)</td></tr>
</table>
<p>Eligibility: this post is open to nationals of the nations participating in the NATO AEW&amp;C programme only.</p>
<h2>1. Background</h2>
<p>NAPMA manages the acquisition and modernisation programmes of the NATO fleet of airborne early warning aircraft on behalf of the participating nations. The Systems Engineering Directorate is responsible for the technical baseline of the aircraft mission systems.</p>
<h2>2. Main tasks</h2>
<ul><li>Maintains the configuration baselines of the mission computing hardware and software.</li>
<li>Prepares and chairs the meetings of the configuration control board and records its decisions.</li>
<li>Assesses engineering change proposals submitted by contractors and coordinates their review.</li>
<li>Audits delivered items against their documentation and reports discrepancies.</li></ul>
<h2>3. Essential qualifications</h2>
<ul>{li(ESS_EN)}</ul>
<h2>4. Desirable qualifications</h2>
<ul>{li(DES_EN)}</ul>
<h2>5. Competencies</h2>
<ul>{cli(COMP_EN, ':')}</ul>
<h2>6. Remarks</h2>
<p>A three-year definite duration contract will be offered. Interviews are planned for the end of May 2035 in Brunssum. Applications must be made through the NATO Talent Acquisition Platform.</p>
<div class="fr">
<h1>AVIS DE VACANCE {REF}</h1>
<table class="facts">
<tr><td>Numéro de vacance</td><td>{REF}</td></tr>
<tr><td>Numéro de poste</td><td>{POST}</td></tr>
<tr><td>Intitulé du poste</td><td>{H.escape(T_FR)}</td></tr>
<tr><td>Agence</td><td>{H.escape(ORG_FR)}</td></tr>
<tr><td>Lieu</td><td>{H.escape(LOC_FR)}</td></tr>
<tr><td>Grade OTAN</td><td>A-2 / G15</td></tr>
<tr><td>Temps de travail</td><td>{SCH_FR}</td></tr>
<tr><td>Habilitation de sécurité</td><td>{CLR}</td></tr>
<tr><td>Traitement mensuel de base</td><td>7 226,80 EUR (exonéré d'impôt national sur le revenu)</td></tr>
<tr><td>Date de clôture</td><td>19 avril 2035, 12 h 00 (heure d'été d'Europe centrale)</td></tr>
</table>
<h2>1. Contexte</h2>
<p>La NAPMA gère, pour le compte des pays participants, les programmes d'acquisition et de modernisation de la flotte OTAN d'avions de détection lointaine. La Direction Ingénierie des systèmes est responsable de la référence technique des systèmes de mission.</p>
<h2>2. Tâches principales</h2>
<ul><li>Tient à jour les références de configuration du matériel et des logiciels informatiques de mission.</li>
<li>Prépare et préside les réunions du comité de contrôle de configuration.</li>
<li>Évalue les propositions de modification présentées par les contractants.</li></ul>
<h2>3. Qualifications essentielles</h2>
<ul>{li(ESS_FR)}</ul>
<h2>4. Qualifications souhaitables</h2>
<ul>{li(DES_FR)}</ul>
<h2>5. Compétences</h2>
<ul>{cli(COMP_FR, ' :')}</ul>
<h2>6. Remarques</h2>
<p>Un contrat de durée déterminée de trois ans sera proposé. Les entretiens sont prévus fin mai 2035 à Brunssum.</p>
</div>
</body></html>
"""


def build():
    expected(REF, reference=REF, post_number=POST, languages=["en", "fr"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": ORG_EN, "fr": ORG_FR},
             location={"en": LOC_EN, "fr": LOC_FR}, schedule={"en": SCH_EN, "fr": SCH_FR},
             deadline="2035-04-19", salary=sal(7226.80), grade=GRADE, clearance=CLR,
             req={"en": {"essential": ESS_EN, "desirable": DES_EN},
                  "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             comp={"en": COMP_EN, "fr": COMP_FR})
    with open(f"{BUILD}/{REF}-napma.html", "w", encoding="utf-8") as f:
        f.write(page())
    return [("weasyprint", f"{BUILD}/{REF}-napma.html", f"{REF}-napma.weasyprint.pdf", False)]
