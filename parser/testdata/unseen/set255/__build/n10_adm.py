"""Société Nationale des Autoroutes du Maroc (ADM), French: ReKrute-like board copy
(glued nav and facets) and the company's 'Nous rejoindre' page (facts in a <table> with <th scope=row>)."""
from common import write, expected, key_of

REF = "ADM-DRH-2038-087"
TITLE = "Ingénieur(e) surveillance des ponts et viaducs"
ORG = "Société Nationale des Autoroutes du Maroc (ADM)"
LOC = "Rabat (siège), avec déplacements sur l'ensemble du réseau"
SCHED = "Temps plein, du lundi au vendredi"
SAL = "17 000 à 21 500 MAD net par mois selon expérience"
ESS = [
    "Diplôme d'ingénieur d'État en génie civil (option ouvrages d'art ou structures)",
    "Quatre ans d'expérience minimum dans l'inspection ou la maintenance d'ouvrages d'art",
    "Maîtrise des méthodes d'inspection détaillée et des essais non destructifs",
    "Maîtrise du français et de l'arabe",
]
DES = [
    "Expérience des systèmes d'instrumentation (capteurs, fibre optique)",
    "Connaissance d'un logiciel de gestion de patrimoine routier",
]
COMP = [
    ("Rigueur", "documente chaque inspection selon le référentiel en vigueur"),
    ("Autonomie", "organise ses tournées sur le réseau"),
    ("Communication", "rédige des rapports clairs pour les directions régionales"),
]
MISSIONS = [
    "Programmer et réaliser les inspections périodiques des ponts, viaducs et passages supérieurs",
    "Exploiter les données d'instrumentation des grands ouvrages",
    "Établir les diagnostics et proposer les travaux de réparation",
    "Suivre les bureaux d'études et les entreprises lors des travaux",
    "Mettre à jour la base de données du patrimoine d'ouvrages",
]
key = key_of(REF)

rk = f"""
ReKrute.comAccueilOffres d'emploiEntreprises qui recrutentFormationsConseilsEspace CandidatsEspace Recruteurs
Accueil > Offres d'emploi > BTP / Génie civil

{TITLE} (H/F) - Rabat
Société Nationale des Autoroutes du Maroc (ADM)
Publiée du 08/12/2038 au 05/01/2039Postes proposés : 2

Secteur d'activité :Transport / Infrastructures | Fonction :Production / Méthodes / Industrie | Expérience requise :De 3 à 5 ans | Niveau d'étude demandé :Bac +5 et plus | Type de contrat proposé :CDI | Télétravail :Non

Entreprise :
ADM construit et exploite le réseau autoroutier national, soit plus de 1 800 km d'autoroutes et plusieurs
centaines d'ouvrages d'art.

Référence : {REF}
Intitulé : {TITLE}
Employeur : {ORG}
Lieu : {LOC}
Horaires : {SCHED}
Salaire : {SAL}

Poste :
""" + "\n".join(f"• {m}" for m in MISSIONS) + """

Profil recherché :
""" + "\n".join(f"• {e}" for e in ESS) + """
Atouts :
""" + "\n".join(f"• {d}" for d in DES) + """

Savoir-être :
""" + "\n".join(f"• {n} : {d}" for n, d in COMP) + """

Traits de personnalité souhaités :
Organisé, Rigoureux, Sens de l'analyse

Postuler pour cette offre   Ajouter à mes favoris   Envoyer à un ami

Offres similaires
Ingénieur structure - Casablanca - Publiée du 02/12/2038 au 02/01/2039
Conducteur de travaux OA - Tanger - Publiée du 10/12/2038 au 10/01/2039
"""
write(f"{key}-rekrute.txt", rk)

html = f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Nous rejoindre – {TITLE} – ADM</title>
<style>body{{font-family:Tahoma,sans-serif;max-width:960px;margin:auto}} th{{text-align:left;background:#e8eef6;padding:4px 8px}} td{{padding:4px 8px}}</style>
</head>
<body>
<header><nav>ADM | Le réseau | Péage et abonnements | Sécurité | Actualités | <b>Nous rejoindre</b> | العربية</nav></header>
<div role="alert">Info trafic : travaux de nuit sur l'A1 entre Bouznika et Skhirat jusqu'au 20 janvier 2039.</div>
<main>
<p>Nous rejoindre › Offres d'emploi › {REF}</p>
<h1>{TITLE}</h1>
<table>
<tr><th scope="row">Référence</th><td>{REF}</td></tr>
<tr><th scope="row">Employeur</th><td>{ORG}</td></tr>
<tr><th scope="row">Direction</th><td>Direction de l'Exploitation – Division Ouvrages d'art</td></tr>
<tr><th scope="row">Lieu</th><td>{LOC}</td></tr>
<tr><th scope="row">Horaires</th><td>{SCHED}</td></tr>
<tr><th scope="row">Contrat</th><td>CDI</td></tr>
<tr><th scope="row">Salaire</th><td>{SAL}</td></tr>
<tr><th scope="row">Date limite</th><td>05/01/2039</td></tr>
</table>
<h2>Missions</h2>
<ul>{"".join(f"<li>{m}</li>" for m in MISSIONS)}</ul>
<h2>Profil</h2>
<ul>{"".join(f"<li>{e}</li>" for e in ESS)}</ul>
<h3>Atouts</h3>
<ul>{"".join(f"<li>{d}</li>" for d in DES)}</ul>
<h2>Savoir-être</h2>
<dl>{"".join(f"<dt>{n} :</dt><dd>{d}</dd>" for n, d in COMP)}</dl>
<h2>Candidature</h2>
<p>Postulez en ligne avant le 5 janvier 2039. Les candidats retenus seront convoqués à un entretien à Rabat
au cours de la deuxième quinzaine de janvier 2039.</p>
</main>
<footer>© 2038 Autoroutes du Maroc · Centre d'appel 5050 · Mentions légales</footer>
</body></html>
"""
write(f"{key}-adm.html", html)

expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2039-01-05",
         (None, 17000, 21500, "MAD", "month"), None, {"fr": (ESS, DES)}, {"fr": COMP})
