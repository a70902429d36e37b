from common import *
REF = "DRH/2037/117"; KEY = "drh-2037-117"
T = "Chargé de l'observatoire départemental de l'habitat (H/F)"; O = "Département du Cantal"; LOC = "Aurillac"
SCH = "Temps complet – 36 h 30 hebdomadaires, avec 6 jours d'ARTT"; GR = "Attaché territorial"
ESS = ["Formation supérieure (bac +4/5) en aménagement du territoire, géographie, urbanisme ou statistique",
       "Expérience confirmée dans l'exploitation de bases de données (Filocom, LOVAC, RPLS, DVF)",
       "Maîtrise d'un logiciel de SIG (QGIS) et d'un outil de datavisualisation",
       "Connaissance des politiques publiques de l'habitat et des acteurs du logement"]
DES = ["Connaissance du fonctionnement des collectivités territoriales",
       "Pratique du langage R ou Python"]
COMP = ["Esprit d'analyse", "Qualités rédactionnelles", "Sens du travail en réseau", "Autonomie"]

et = f"""
Emploi-Territorial
Offres    Candidats    Collectivités    Concours    Mon compte

< Offre précédente    Retour aux résultats    Offre suivante >

{T}
Offre n° O0152709017733
Publiée le 27/09/2037

Synthèse de l'offre
Employeur
{O}
28 avenue Gambetta, 15000 Aurillac
Département de travail
Cantal
Poste à pourvoir le
01/01/2038
Date limite de candidature
24/10/2037
Type d'emploi
Emploi permanent - vacance d'emploi
Nombre de postes
1

Détails de l'offre
Grade(s)
{GR}
Famille de métier
Habitat et logement
Métier(s)
Chargé ou chargée d'études
Descriptif de l'emploi
Au sein de la Direction de l'habitat et du cadre de vie, le chargé de l'observatoire anime l'observatoire départemental de l'habitat créé en 2034. Il collecte, analyse et diffuse les données sur le parc de logements, la vacance, les marchés immobiliers et la demande sociale, et appuie les communautés de communes dans leurs programmes locaux de l'habitat.

Missions ou activités
- Collecter, fiabiliser et mettre à jour les données de l'observatoire
- Produire des analyses, des cartes et une publication annuelle
- Animer le réseau des partenaires (bailleurs, notaires, ADIL, services de l'État)
- Accompagner les intercommunalités dans la préparation de leurs PLH
- Répondre aux demandes d'études ponctuelles des élus

Profils recherchés
{ESS[0]}
{ESS[1]}
{ESS[2]}
{ESS[3]}
Serait apprécié : {DES[0]} / {DES[1]}
Savoir-être : {" / ".join(COMP)}

Temps de travail
Complet, 36h30 hebdomadaire

Contact et informations complémentaires
Référence interne : {REF}
Lieu de travail : {LOC}, hôtel du Département
{SCH}.
Rémunération statutaire + régime indemnitaire (RIFSEEP) + prime de fin d'année + CNAS + participation à la protection sociale complémentaire.
Les entretiens se tiendront le 9 novembre 2037.
Candidature (lettre + CV + dernier arrêté de situation administrative) à adresser à M. le Président du Conseil départemental.

Téléphone collectivité : 04 00 00 00 00
Adresse e-mail : recrutement@cantal.example

Offres similaires
Chargé d'études habitat (H/F) - Clermont-Ferrand - date limite 17/10/2037
Chef de projet Petites villes de demain (H/F) - Mauriac - date limite 31/10/2037

Emploi-Territorial · Mentions légales · Accessibilité
"""
w(KEY + "-emploiterritorial.txt", et, KEY)

li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
fiche = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste</title></head>
<body style="font-family:'Liberation Sans';font-size:10pt">
<p align="right"><b>DÉPARTEMENT DU CANTAL</b><br>Direction des ressources humaines<br>Aurillac, le 27 septembre 2037</p>
<p>N/Réf. : {REF}</p>
<h1 align="center" style="font-size:15pt">FICHE DE POSTE</h1>
<p align="center"><b>{T}</b></p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td width="35%"><b>Collectivité</b></td><td>{O}</td></tr>
<tr><td><b>Direction</b></td><td>Direction de l'habitat et du cadre de vie</td></tr>
<tr><td><b>Lieu de travail</b></td><td>{LOC}</td></tr>
<tr><td><b>Cadre d'emplois</b></td><td>Attachés territoriaux (catégorie A)</td></tr>
<tr><td><b>Grade</b></td><td>{GR}</td></tr>
<tr><td><b>Temps de travail</b></td><td>{SCH}</td></tr>
<tr><td><b>Rémunération</b></td><td>Statutaire + RIFSEEP + prime de fin d'année</td></tr>
<tr><td><b>Date limite de candidature</b></td><td>24/10/2037</td></tr>
</table>
<h2 style="font-size:12pt">1. Missions</h2>
<p>Collecter, fiabiliser et mettre à jour les données de l'observatoire ; produire des analyses, des cartes et une publication annuelle ; animer le réseau des partenaires ; accompagner les intercommunalités dans leurs PLH.</p>
<h2 style="font-size:12pt">2. Compétences et profil requis</h2>
<ul>
{li(ESS)}
</ul>
<p><i>Serait apprécié :</i></p>
<ul>
{li(DES)}
</ul>
<h2 style="font-size:12pt">3. Savoir-être</h2>
<ul>
{li(COMP)}
</ul>
<h2 style="font-size:12pt">4. Relations</h2>
<p>Internes : élus, directions du Département. Externes : intercommunalités, bailleurs sociaux, ADIL, DDT, notaires.</p>
<p>Entretiens : 9 novembre 2037. Prise de poste : 1er janvier 2038.</p>
</body></html>
"""
src(KEY + "-fiche.html", fiche)
libreoffice(KEY + "-fiche.html", KEY + "-fiche.libreoffice.pdf", KEY)

expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=LOC, schedule=SCH,
         deadline="2037-10-24", salary=None, grade=GR,
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": [(c, "") for c in COMP]})
