from common import *

KEY = "masen-rh-2039-041"
REF = "MASEN-RH-2039-041"
TITLE = "Ingénieur(e) performance des centrales solaires thermodynamiques"
ORG = "Moroccan Agency for Sustainable Energy (Masen)"
LOC = "Ouarzazate – complexe solaire Noor"
SCHED = "Du lundi au vendredi, horaires administratifs, avec rotations de quart en période de maintenance"
MISSIONS = [
    "Suivre quotidiennement les indicateurs de production et de disponibilité des centrales à tour et à miroirs cylindro-paraboliques",
    "Analyser les écarts entre production garantie et production réelle et en identifier les causes",
    "Vérifier les rapports mensuels de l'exploitant et préparer les réunions de revue de performance",
    "Proposer des actions d'amélioration sur le stockage thermique et le nettoyage des miroirs",
]
ESS = [
    "Diplôme d'ingénieur d'État en énergétique, génie mécanique ou génie des procédés",
    "Au moins cinq ans d'expérience dans l'exploitation ou le suivi de centrales de production d'électricité",
    "Bonne maîtrise des outils d'analyse de données (Python ou MATLAB)",
    "Maîtrise du français et de l'anglais techniques",
]
DES = [
    "Expérience sur une centrale solaire à concentration",
    "Connaissance des contrats d'achat d'électricité",
]
COMP = [
    ("Esprit d'analyse", "remonte d'un écart de production à sa cause technique"),
    ("Rigueur", "s'appuie sur des données vérifiées"),
    ("Sens du dialogue", "défend ses constats face à l'exploitant"),
]

expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2039-08-29",
         salary=None, req={"fr": (ESS, DES)}, comp={"fr": COMP})

rk = f"""ReKrute.com   Offres d'emploi   Entreprises qui recrutent   Conseils   Espace candidat   Espace recruteur
Accueil > Offres d'emploi > Énergie

Masen recrute un Ingénieur performance solaire (H/F) - Ouarzazate
Publiée du 29/07/2039 au 29/08/2039Postes proposés : 1

Secteur d'activité :Energie / Environnement | Fonction :Production / Maintenance | Expérience requise :De 5 à 10 ans | Niveau d'étude demandé :Bac +5 et plus | Type de contrat proposé :CDI

Entreprise :
Masen est l'agence marocaine chargée du développement des énergies renouvelables. Elle conduit notamment le
complexe solaire Noor de Ouarzazate.

Poste :
Intitulé : {TITLE}
Référence : {REF}
Société : {ORG}
Lieu : {LOC}
Horaires : {SCHED}
Rémunération : selon grille interne et profil
Missions : {' - '.join(MISSIONS)}

Profil recherché :
• {ESS[0]}
• {ESS[1]}
• {ESS[2]}
• {ESS[3]}

Atouts :
• {DES[0]}
• {DES[1]}

Savoir-être :
• {COMP[0][0]} : {COMP[0][1]}
• {COMP[1][0]} : {COMP[1][1]}
• {COMP[2][0]} : {COMP[2][1]}

Traits de personnalité souhaités :
Organisé   Rigoureux   Autonome

Postuler à cette offre

Offres similaires
Responsable maintenance éolienne (H/F) - Tanger - Publiée du 20/07/2039 au 20/08/2039
Chef de projet hydrogène vert (H/F) - Rabat - Publiée du 25/07/2039 au 25/08/2039
"""
W(KEY + "-rekrute.txt", rk, KEY)

li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Carrières – Masen</title></head>
<body>
<nav>Masen · Projets · Noor · Développement local · Médias · Carrières · العربية · English</nav>
<div class="cookie">Ce site utilise des cookies. <button>J'accepte</button></div>
<main>
<p><a href="#">‹ Toutes les offres</a></p>
<h1>Ingénieur performance solaire (H/F)</h1>
<p class="lead">Rejoignez les équipes qui pilotent l'un des plus grands complexes solaires au monde.</p>
<section class="card">
<p><span class="k">Intitulé du poste</span> <span class="v">{TITLE}</span></p>
<p><span class="k">Référence</span> <span class="v">{REF}</span></p>
<p><span class="k">Entité</span> <span class="v">{ORG}</span></p>
<p><span class="k">Département</span> <span class="v">Direction Exploitation &amp; Performance</span></p>
<p><span class="k">Lieu de travail</span> <span class="v">{LOC}</span></p>
<p><span class="k">Horaires</span> <span class="v">{SCHED}</span></p>
<p><span class="k">Contrat</span> <span class="v">CDI</span></p>
<p><span class="k">Clôture des candidatures</span> <span class="v">29/08/2039</span></p>
</section>
<h2>Vos missions</h2>
<ul>
{li(MISSIONS)}
</ul>
<h2>Votre profil</h2>
<ul>
{li(ESS)}
</ul>
<h2>Vos atouts</h2>
<ul>
{li(DES)}
</ul>
<h2>Savoir-être</h2>
<table>
{''.join(f'<tr><th>{n}</th><td>{d}</td></tr>' for n, d in COMP)}
</table>
<p>Le processus comprend un entretien RH, un entretien technique et une visite du site ; les premiers entretiens
sont prévus à partir du 12 septembre 2039. Masen ne demande aucun frais de dossier.</p>
<p><a href="#" class="btn">Postuler</a></p>
</main>
<footer>Masen · Rabat – Hay Riad · Mentions légales · © 2039</footer>
</body></html>
"""
W(KEY + "-masen.html", html, KEY)
