from common import *

KEY = "ste-rh-2041-022"
REF = "STE-RH-2041-022"
T = "Expéditionnaire technique (m/f) – service des bâtisses"
O = "Administration communale de Steinsel"
LOC = "Steinsel"
SCH = "tâche complète (40 heures/semaine)"
ESS = ["diplôme de technicien en génie civil ou diplôme reconnu équivalent",
       "bonnes connaissances des outils de dessin assisté par ordinateur (AutoCAD)",
       "connaissance des trois langues administratives (luxembourgeois, français, allemand)"]
DES = ["expérience dans le suivi de chantiers communaux",
       "permis de conduire de la catégorie B"]
COMP = ["Esprit d'équipe", "Sens de l'organisation", "Discrétion"]
MISS = ["le contrôle de la conformité des demandes d'autorisation de bâtir",
        "le suivi des chantiers de construction privés et communaux",
        "la tenue du cadastre des bâtiments communaux",
        "la préparation des plans et métrés pour les petits projets du service"]

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Poste vacant – Gemeng Steesel</title></head>
<body>
<p>LB | DE | <b>FR</b> | EN &nbsp; · &nbsp; Recherche</p>
<p><b>Gemeng Steesel – Commune de Steinsel</b></p>
<p>Accueil &gt; Citoyens &gt; Emplois &gt; Postes vacants</p>
<article>
<p>Actualité · 31.10.2041</p>
<h1>Poste vacant : {T}</h1>
<p>Le collège des bourgmestre et échevins de la commune de Steinsel se propose de recruter sous le statut du fonctionnaire communal :</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><td>Intitulé</td><td>{T}</td></tr>
<tr><td>Référence</td><td>{REF}</td></tr>
<tr><td>Employeur</td><td>{O}</td></tr>
<tr><td>Lieu d'affectation</td><td>{LOC}</td></tr>
<tr><td>Statut</td><td>Fonctionnaire communal</td></tr>
<tr><td>Groupe de traitement</td><td>C1, sous-groupe technique</td></tr>
<tr><td>Tâche</td><td>{SCH}</td></tr>
<tr><td>Entrée en fonction</td><td>1er février 2042</td></tr>
<tr><td>Délai de remise des candidatures</td><td>28.11.2041</td></tr>
</table>
<h2>Missions</h2>
<p>Rattaché(e) à l'ingénieur-technicien du service des bâtisses, vous êtes en charge de :</p>
<ul>{''.join(f'<li>{m} ;</li>' for m in MISS)}</ul>
<h2>Conditions d'admission</h2>
<p>Les candidat(e)s doivent être ressortissant(e)s d'un État membre de l'Union européenne, être détenteurs du certificat de réussite de l'examen d'admissibilité du groupe de traitement C1 et remplir les conditions prévues par la législation sur le statut général des fonctionnaires communaux.</p>
<h2>Profil requis</h2>
<ul>{''.join(f'<li>{e}</li>' for e in ESS)}</ul>
<h2>Constituent un atout</h2>
<ul>{''.join(f'<li>{d}</li>' for d in DES)}</ul>
<h2>Qualités personnelles</h2>
<ul>{''.join(f'<li>{c}</li>' for c in COMP)}</ul>
<h2>Candidature</h2>
<p>Les demandes, accompagnées d'une notice biographique, d'une copie des diplômes, d'un extrait récent du casier judiciaire et du certificat de réussite, sont à adresser au collège des bourgmestre et échevins pour le 28.11.2041 au plus tard. Les entretiens auront lieu dans la semaine du 8 décembre 2041.</p>
</article>
<aside><p><b>Autres postes vacants</b></p>
<p>Éducateur (m/f) – maison relais · délai : 21.11.2041</p>
<p>Artisan (m/f) – service des régies · délai : 12.12.2041</p></aside>
<footer><p>Commune de Steinsel · Heures d'ouverture du lundi au vendredi · Protection des données</p></footer>
</body></html>
"""

# a job board relay: header fields glued one after the other, as a careless copy of a card layout gives them
txt = f"""Offres d'emploi  Employeurs  Conseils carrière  Se connecter
Emploi › Secteur public › Luxembourg › Steinsel

{T}
{O}
Publiée il y a 2 jours · 57 vues

Postuler  Sauvegarder  Partager

Lieu{LOC}, LuxembourgSecteurAdministration publiqueContratFonctionnaire communalGroupe de traitementC1TâcheTemps pleinRéférence{REF}Date limite28.11.2041

Description du poste

La commune de Steinsel (env. 5 600 habitants) recrute pour son service des bâtisses un(e) expéditionnaire technique. Vos missions :

• {(chr(10) + '• ').join(m[0].upper() + m[1:] for m in MISS)}

Votre profil

1. {ESS[0]}
2. {ESS[1]}
3. {ESS[2]}

Atouts : {DES[0]} ; {DES[1]}

Qualités recherchées : {', '.join(COMP)}

Conditions de travail : {SCH}, horaire mobile, entrée en fonction au 1er février 2042.

Les candidat(e)s doivent remplir les conditions d'admission au statut du fonctionnaire communal et disposer du certificat de réussite de l'examen d'admissibilité.

Comment postuler ? Envoyez votre dossier complet au collège des bourgmestre et échevins de la commune de Steinsel avant le 28.11.2041.

Offres similaires
Technicien (m/f) – service technique · Commune de Lorentzweiler · 15.11.2041
Rédacteur (m/f) – secrétariat communal · Commune de Heffingen · 05.12.2041

À propos · Contact · Conditions d'utilisation · © 2041
"""

def build():
    write(KEY + "-steinsel.html", html, KEY)
    write(KEY + "-jobboard.txt", txt, KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O},
             location={"fr": LOC}, schedule={"fr": SCH}, deadline="2041-11-28",
             salary=None, grade="C1",
             requirements={"fr": (ESS, DES)}, competencies={"fr": [(c, "") for c in COMP]})
