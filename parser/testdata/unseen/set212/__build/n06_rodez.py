from common import *

KEY = "chr-drh-2035-118"
REF = "CHR-DRH-2035-118"
T = "Responsable sécurité incendie et sûreté (H/F)"
ORG = "Centre hospitalier de Rodez"
LOC = "Rodez – site de Bourran"
GRADE = "Technicien supérieur hospitalier de 1re classe"
SCH = "100 % – 38 h 20 hebdomadaires avec 18 jours de RTT"
ESS = [
    "Diplôme SSIAP 3 (chef de service de sécurité incendie) en cours de validité",
    "Bac+2 dans le domaine de la sécurité, de la maintenance ou du bâtiment",
    "Expérience d'au moins trois ans dans un établissement recevant du public de type U ou J",
    "Connaissance de la réglementation incendie des établissements recevant du public",
    "Permis B",
]
DES = [
    "Expérience en milieu hospitalier",
    "Formation à la gestion de crise (plan blanc)",
    "Habilitation électrique H0B0",
]
QUAL = ["Réactivité", "Sens des responsabilités", "Pédagogie", "Capacité à travailler en équipe pluridisciplinaire"]
MISS = [
    "Encadrer l'équipe du service de sécurité incendie (12 agents SSIAP)",
    "Organiser les exercices d'évacuation et la formation incendie des personnels",
    "Préparer les commissions de sécurité et suivre les prescriptions",
    "Piloter la maintenance du système de sécurité incendie avec les prestataires",
    "Contribuer au plan de sécurisation de l'établissement (contrôle d'accès, vidéoprotection)",
]

def li(items):
    return "\n".join(f"<li>{x}</li>" for x in items)

PAGE = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} – {ORG}</title>
<style>
body {{ font-family: "DejaVu Sans", Arial, sans-serif; font-size:10pt; margin:0 }}
.bandeau {{ background:#005a8c; color:#fff; padding:8px 24px }}
.menu {{ background:#e6f0f6; padding:6px 24px; font-size:9pt }}
.cont {{ padding:12px 24px }}
.synth {{ display:grid; grid-template-columns: 13em auto; gap:3px 10px; background:#f6f6f6; padding:10px; border-left:4px solid #005a8c }}
.synth b {{ color:#005a8c }}
h1 {{ font-size:15pt }} h2 {{ font-size:12pt; color:#005a8c }}
</style></head>
<body>
<div class="bandeau"><b>{ORG}</b> · Hôpital Jacques-Puel · <small>Urgences : 15</small></div>
<div class="menu">Patients et visiteurs | Offre de soins | Professionnels | <b>Nous rejoindre</b> | Actualités</div>
<div class="cont">
<p style="font-size:8.5pt">Accueil › Nous rejoindre › Offres d'emploi › Direction des services techniques</p>
<h1>{T}</h1>
<p><i>Direction des services techniques, de la sécurité et des travaux · Réf. {REF} · mise en ligne le 20/05/2035</i></p>
<div class="synth">
<b>Établissement</b><span>{ORG}</span>
<b>Lieu d'exercice</b><span>{LOC}</span>
<b>Grade</b><span>{GRADE} (catégorie B)</span>
<b>Type de contrat</b><span>Titulaire ou CDD de 12 mois en vue de stagiairisation</span>
<b>Temps de travail</b><span>{SCH}</span>
<b>Rémunération</b><span>entre 2 712 € et 3 474 € bruts mensuels selon ancienneté, hors prime d'astreinte</span>
<b>Poste à pourvoir</b><span>le 1er septembre 2035</span>
<b>Date limite de candidature</b><span>15/06/2035</span>
</div>
<h2>Présentation</h2>
<p>Établissement support du groupement hospitalier de territoire de l'Aveyron, le {ORG} compte 800 lits et places. Le site de Bourran, ouvert en continu, est classé établissement recevant du public de type U de 1re catégorie.</p>
<h2>Missions principales</h2>
<ul>
{li(MISS)}
</ul>
<p>Le poste comporte des astreintes de direction technique une semaine sur cinq.</p>
<h2>Profil requis</h2>
<ul>
{li(ESS)}
</ul>
<h2>Serait un plus</h2>
<ul>
{li(DES)}
</ul>
<h2>Qualités attendues</h2>
<ul>
{li(QUAL)}
</ul>
<h2>Candidater</h2>
<p>Lettre de motivation et CV à adresser à la Direction des ressources humaines avant le 15/06/2035, en précisant la référence {REF}. Les entretiens auront lieu le 26 juin 2035.</p>
<p style="font-size:8.5pt;border-top:1px solid #ccc;padding-top:6px">Autres offres : Infirmier·e de bloc opératoire – 30/06/2035 · Agent de sécurité SSIAP 1 – 08/06/2035</p>
</div>
</body></html>
"""

FICHE = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {REF}</title>
<style>
@page {{ size:A4; margin:2cm 2cm 2.2cm 2cm; @bottom-center {{ content: "{ORG} – Fiche de poste {REF} – page " counter(page) " / " counter(pages); font-size:8pt; color:#555 }} }}
body {{ font-family:"DejaVu Sans"; font-size:9.5pt; hyphens:none }}
.entete {{ border-bottom:2px solid #005a8c; margin-bottom:10px }}
table {{ border-collapse:collapse; width:100% }}
td {{ border:1px solid #999; padding:4px 6px; vertical-align:top }}
td.l {{ width:32%; background:#e6f0f6; font-weight:bold }}
h2 {{ font-size:11pt; color:#005a8c; margin:12px 0 4px }}
</style></head>
<body>
<div class="entete"><b>{ORG.upper()}</b><br>Direction des ressources humaines<br>FICHE DE POSTE – APPEL À CANDIDATURES</div>
<h1 style="font-size:14pt">{T}</h1>
<table>
<tr><td class="l">Référence</td><td>{REF}</td></tr>
<tr><td class="l">Établissement</td><td>{ORG}</td></tr>
<tr><td class="l">Lieu d'exercice</td><td>{LOC}</td></tr>
<tr><td class="l">Grade</td><td>{GRADE}</td></tr>
<tr><td class="l">Catégorie</td><td>B</td></tr>
<tr><td class="l">Temps de travail</td><td>{SCH}</td></tr>
<tr><td class="l">Rémunération</td><td>entre 2 712 € et 3 474 € bruts mensuels selon ancienneté</td></tr>
<tr><td class="l">Liaisons hiérarchiques</td><td>Ingénieur responsable des services techniques</td></tr>
<tr><td class="l">Date limite de candidature</td><td>15/06/2035</td></tr>
</table>
<h2>1. Missions principales</h2>
<ul>
{li(MISS)}
</ul>
<h2>2. Profil requis</h2>
<ul>
{li(ESS)}
</ul>
<h2>3. Serait un plus</h2>
<ul>
{li(DES)}
</ul>
<h2>4. Qualités attendues</h2>
<ul>
{li(QUAL)}
</ul>
<h2>5. Contraintes du poste</h2>
<p>Astreintes de direction technique une semaine sur cinq ; port du bip de sécurité ; interventions possibles la nuit.</p>
<p>Rédigée le 12/05/2035 – validée par le directeur des services techniques.</p>
</body></html>
"""

HW = f"""HelloWork
Offres d'emploi  Entreprises  Salaires  Conseils  Espace candidat

Accueil > Emploi Rodez > Emploi Responsable sécurité incendie

{T}
{ORG}
Rodez - 12Fonctionnaire / CDDTemps pleinBac +2Salaire : 2 712 - 3 474 € / mois
Publiée le 21/05/2035 - Réf : 79304412
Postuler   Sauvegarder

Le poste
Informations : Établissement{ORG}Lieu d'exercice{LOC}Grade{GRADE}CatégorieBTemps de travail{SCH}Rémunérationentre 2 712 € et 3 474 € bruts mensuels selon ancienneté, hors prime d'astreinteDate limite de candidature15/06/2035Référence de l'établissement{REF}

Établissement support du groupement hospitalier de territoire de l'Aveyron, le {ORG} compte 800 lits et places.
Missions principales : {" ; ".join(MISS)}. Le poste comporte des astreintes de direction technique une semaine sur cinq.

Le profil recherché
{chr(10).join("- " + x for x in ESS)}
Serait un plus :
{chr(10).join("- " + x for x in DES)}
Qualités attendues : {", ".join(QUAL)}

Candidature avant le 15/06/2035, référence {REF}. Entretiens le 26 juin 2035.

Offres similaires
Technicien de maintenance bâtiment H/F - Millau - 12 - CDI - 24 - 27 k€ / an
Agent de sécurité incendie SSIAP 2 H/F - Albi - 81 - CDD - 2 020 € / mois

HelloWork © 2035 - Conditions générales - Données personnelles
"""

def build(pdf=True):
    write(KEY + "-chrodez.html", PAGE, KEY)
    if pdf:
        weasy(FICHE, KEY + "-fiche.weasyprint.pdf", KEY)
    write(KEY + "-hellowork.txt", HW, KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"en": None, "fr": T},
             organisation={"en": None, "fr": ORG}, location={"en": None, "fr": LOC},
             schedule={"en": None, "fr": SCH}, deadline="2035-06-15",
             salary=sal(2712, 3474, currency="EUR", period="month"), grade=GRADE,
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": comp(*QUAL)})
