"""Ville de Grand-Sault / Town of Grand Falls (NB): FR then EN town page, and a Teams chat paste."""
from common import *

KEY = "gs-2033-19"
REF = "GS-2033-19"
T_FR = "Opérateur(trice) de l'usine de traitement des eaux usées"
T_EN = "Wastewater Treatment Plant Operator"
O_FR = "Ville de Grand-Sault"
O_EN = "Town of Grand Falls"
L_FR = "Grand-Sault (N.-B.)"
L_EN = "Grand Falls, NB"
S_FR = "Temps plein, 40 heures par semaine"
S_EN = "Full-time, 40 hours per week"

ESS_FR = [
    "Diplôme d'études secondaires ou l'équivalent",
    "Certificat d'opérateur de niveau II en traitement des eaux usées, ou capacité de l'obtenir dans les 12 mois suivant l'embauche",
    "Au moins deux ans d'expérience en exploitation d'installations municipales ou industrielles",
    "Permis de conduire de classe 5 valide",
    "Capacité de travailler dans les deux langues officielles",
]
DES_FR = [
    "Formation en mécanique industrielle ou en électricité",
    "Connaissance des systèmes SCADA",
    "Certificat de secourisme et RCR à jour",
]
ESS_EN = [
    "High school diploma or equivalent",
    "Level II Wastewater Treatment Operator certificate, or the ability to obtain it within 12 months of hire",
    "At least two years of experience operating municipal or industrial facilities",
    "Valid Class 5 driver's licence",
    "Ability to work in both official languages",
]
DES_EN = [
    "Training in industrial mechanics or electricity",
    "Knowledge of SCADA systems",
    "Current first aid and CPR certificate",
]
TACHES_FR = [
    "Effectuer les rondes quotidiennes de l'usine et des postes de pompage ;",
    "Prélever les échantillons et réaliser les analyses de routine (DBO, MES, pH, chlore résiduel) ;",
    "Consigner les données d'exploitation et préparer les rapports mensuels exigés par le ministère de l'Environnement ;",
    "Assurer l'entretien préventif des pompes, soufflantes et dégrilleurs ;",
    "Participer au service de garde en dehors des heures normales.",
]
DUTIES_EN = [
    "Carry out daily rounds of the plant and lift stations;",
    "Collect samples and perform routine analyses (BOD, TSS, pH, residual chlorine);",
    "Record operating data and prepare the monthly reports required by the Department of Environment;",
    "Perform preventive maintenance on pumps, blowers and screens;",
    "Take part in the on-call rotation outside regular hours.",
]
INTRO_FR = ("Située au cœur de la vallée du fleuve Saint-Jean, la Ville de Grand-Sault offre à ses quelque "
            "6 000 résident(e)s des services municipaux bilingues de qualité. Le Service des travaux publics "
            "cherche à pourvoir un poste permanent au sein de l'équipe de l'usine de traitement des eaux usées.")
INTRO_EN = ("Located in the heart of the Saint John River valley, the Town of Grand Falls provides quality "
            "bilingual municipal services to some 6,000 residents. The Public Works Department is seeking to fill "
            "a permanent position with the wastewater treatment plant team.")
CAND_FR = ("Les personnes intéressées doivent faire parvenir leur curriculum vitae et une lettre de présentation, "
           "en indiquant le numéro de concours, au plus tard le vendredi 5 décembre 2033 à 16 h 30, à "
           "rh@grandsault.example ou à l'Hôtel de ville, 131, rue Pleasant, Grand-Sault. Les entrevues auront lieu "
           "la semaine du 15 décembre. Seules les personnes retenues pour une entrevue seront contactées.")
CAND_EN = ("Interested candidates must submit a résumé and cover letter, quoting the competition number, no later "
           "than Friday, December 5, 2033, at 4:30 p.m., to rh@grandsault.example or to the Town Hall, 131 Pleasant "
           "Street, Grand Falls. Interviews will be held the week of December 15. Only candidates selected for an "
           "interview will be contacted.")


def build():
    li = lambda xs: "".join(f"<li>{esc(x)}</li>\n" for x in xs)
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Emplois – Ville de Grand-Sault | Town of Grand Falls</title>
<style>body{{font-family:Verdana,sans-serif;font-size:14px;margin:0}} .top{{background:#0b3c5d;color:#fff;padding:8px 20px}}
.top a{{color:#fff;margin-left:12px}} main{{max-width:860px;margin:auto;padding:10px 20px}} table.f td{{padding:2px 10px 2px 0;vertical-align:top}}
table.f td:first-child{{font-weight:bold;white-space:nowrap}} hr{{margin:30px 0}}</style></head>
<body>
<div class="top">Ville de Grand-Sault | Town of Grand Falls <a href="#">Résidents</a><a href="#">Tourisme</a><a href="#">Hôtel de ville</a><a href="#">Emplois</a><a href="#" lang="en">English</a></div>
<main>
<p><a href="#">Accueil</a> / <a href="#">Hôtel de ville</a> / <a href="#">Emplois</a></p>
<p><em>Affiché le 14 novembre 2033 – Posted November 14, 2033</em></p>
<article lang="fr">
<h1>Offre d'emploi – {esc(T_FR)}</h1>
<table class="f">
<tr><td>Numéro de concours :</td><td>{REF}</td></tr>
<tr><td>Employeur :</td><td>{O_FR}</td></tr>
<tr><td>Service :</td><td>Travaux publics – Usine de traitement des eaux usées</td></tr>
<tr><td>Lieu de travail :</td><td>{esc(L_FR)}</td></tr>
<tr><td>Statut :</td><td>Permanent, syndiqué (section locale 2745)</td></tr>
<tr><td>Horaire :</td><td>{S_FR} (de 7 h à 15 h 30, une fin de semaine sur quatre)</td></tr>
<tr><td>Salaire :</td><td>de 26,41 $ à 31,07 $ l'heure, selon la convention collective</td></tr>
<tr><td>Date limite :</td><td>5 décembre 2033, 16 h 30</td></tr>
</table>
<h2>Le milieu</h2>
<p>{esc(INTRO_FR)}</p>
<h2>Principales tâches</h2>
<ul>
{li(TACHES_FR)}</ul>
<h2>Exigences</h2>
<ul>
{li(ESS_FR)}</ul>
<h2>Atouts</h2>
<ul>
{li(DES_FR)}</ul>
<h2>Pour postuler</h2>
<p>{esc(CAND_FR)}</p>
<p>La Ville de Grand-Sault souscrit au principe de l'équité en matière d'emploi.</p>
</article>
<hr>
<article lang="en">
<h1>Job Opportunity – {esc(T_EN)}</h1>
<table class="f">
<tr><td>Competition number:</td><td>{REF}</td></tr>
<tr><td>Employer:</td><td>{O_EN}</td></tr>
<tr><td>Department:</td><td>Public Works – Wastewater Treatment Plant</td></tr>
<tr><td>Work location:</td><td>{L_EN}</td></tr>
<tr><td>Status:</td><td>Permanent, unionized (Local 2745)</td></tr>
<tr><td>Schedule:</td><td>{S_EN} (7:00 a.m. to 3:30 p.m., one weekend in four)</td></tr>
<tr><td>Salary:</td><td>$26.41 to $31.07 per hour, as per the collective agreement</td></tr>
<tr><td>Closing date:</td><td>December 5, 2033, 4:30 p.m.</td></tr>
</table>
<h2>About us</h2>
<p>{esc(INTRO_EN)}</p>
<h2>Main duties</h2>
<ul>
{li(DUTIES_EN)}</ul>
<h2>Requirements</h2>
<ul>
{li(ESS_EN)}</ul>
<h2>Assets</h2>
<ul>
{li(DES_EN)}</ul>
<h2>How to apply</h2>
<p>{esc(CAND_EN)}</p>
<p>The Town of Grand Falls is an equal opportunity employer.</p>
</article>
</main>
<footer><p>131, rue Pleasant / 131 Pleasant Street, Grand-Sault / Grand Falls (N.-B. / NB) E3Z 1G6 – 506-555-0142</p></footer>
</body></html>
"""
    write(KEY + "-grandsault.html", page, KEY)

    # Chat paste (Teams): HR advisor pastes the posting for a job-centre counsellor.
    bl = lambda xs: ["• " + x for x in xs]
    post = [f"OFFRE D'EMPLOI – {T_FR}", f"Numéro de concours : {REF}", f"Employeur : {O_FR}",
            "Service : Travaux publics – Usine de traitement des eaux usées", f"Lieu de travail : {L_FR}",
            "Statut : Permanent, syndiqué (section locale 2745)",
            f"Horaire : {S_FR} (de 7 h à 15 h 30, une fin de semaine sur quatre)",
            "Salaire : de 26,41 $ à 31,07 $ l'heure, selon la convention collective",
            "Date limite : 5 décembre 2033, 16 h 30", "", INTRO_FR, "", "Principales tâches"] + bl(TACHES_FR)
    post += ["", "Exigences"] + bl(ESS_FR) + ["", "Atouts"] + bl(DES_FR) + ["", "Pour postuler", CAND_FR, "",
             "----------", "", f"JOB OPPORTUNITY – {T_EN}", f"Competition number: {REF}", f"Employer: {O_EN}",
             "Department: Public Works – Wastewater Treatment Plant", f"Work location: {L_EN}",
             "Status: Permanent, unionized (Local 2745)",
             f"Schedule: {S_EN} (7:00 a.m. to 3:30 p.m., one weekend in four)",
             "Salary: $26.41 to $31.07 per hour, as per the collective agreement",
             "Closing date: December 5, 2033, 4:30 p.m.", "", INTRO_EN, "", "Main duties"] + bl(DUTIES_EN)
    post += ["", "Requirements"] + bl(ESS_EN) + ["", "Assets"] + bl(DES_EN) + ["", "How to apply", CAND_EN]
    chat = ["Conversation : Nadine Thériault, Marc-André Pelletier", "",
            "Nadine Thériault  14/11/2033 09:12",
            "Bonjour Marc-André! Comme promis, voici l'affichage pour l'usine. Tu peux le partager avec tes clients du Centre d'emploi, c'est la version complète FR/EN :",
            ""] + post + ["", "Nadine Thériault  14/11/2033 09:13",
            "Le lien sur le site de la Ville n'est pas encore actif, donc copie-colle plutôt ça. Merci!", "",
            "Marc-André Pelletier  14/11/2033 09:20",
            "Parfait, merci Nadine 👍 J'en parle à l'atelier CV de jeudi (20 novembre). Je t'envoie les noms s'il y a de l'intérêt.",
            "", "Nadine Thériault  14/11/2033 09:21", "👌", ""]
    write(KEY + "-teams.txt", "\n".join(chat), KEY)


def exp():
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["fr", "en"],
        "title": {"en": T_EN, "fr": T_FR},
        "organisation": {"en": O_EN, "fr": O_FR},
        "location": {"en": L_EN, "fr": L_FR},
        "schedule": {"en": S_EN, "fr": S_FR},
        "deadline": "2033-12-05",
        "salary": sal(mn=26.41, mx=31.07, cur="CAD", period="hour"),
        "grade": None, "clearance": None,
        "requirements": {"en": req(ESS_EN, DES_EN), "fr": req(ESS_FR, DES_FR)},
        "competencies": {"en": [], "fr": []},
    })
