from common import *

REF = "F00058214"; KEY = REF.lower()
T = "Gestionnaire de projets biodiversité et zones humides (m/f)"
O = "Administration de la nature et des forêts"
LOC = "Diekirch"
SCH = "tâche complète (40 heures par semaine)"
GRADE = "A2"
ESS = ["Vous êtes détenteur d'un diplôme de bachelor en biologie, en sciences de l'environnement, en agronomie ou en gestion forestière.",
       "Vous avez une expérience d'au moins deux ans dans la conduite de projets de restauration de milieux naturels.",
       "Vous maîtrisez un logiciel de système d'information géographique (QGIS ou ArcGIS).",
       "Vous êtes titulaire du permis de conduire de la catégorie B."]
DES = ["Une connaissance de la flore et de la faune des zones humides du Luxembourg",
       "Une expérience dans la gestion de financements européens (LIFE, FEADER)"]
COMPN = ["Sens de l'organisation", "Capacité de négociation", "Esprit d'équipe", "Résistance au stress"]
MIS = ["élaborer et suivre des projets de restauration de tourbières, de prairies humides et de cours d'eau ;",
       "négocier des conventions de gestion avec les propriétaires et les exploitants agricoles ;",
       "suivre les marchés publics et les entreprises sur les chantiers ;",
       "assurer le rapportage des indicateurs de biodiversité auprès du ministère ;",
       "représenter l'administration dans les comités de pilotage des zones protégées."]
DL = "22.05.2038"

txt = f"""GovJobs.lu
Accueil   Offres d'emploi   Examens-concours   FAQ   Mon espace        LU | FR | DE | EN

Rechercher une offre                                   [ Rechercher ]

Accueil > Offres d'emploi > Détail de l'offre

{T}
Employé de l'État – groupe de traitement A2 – Ministère de l'Environnement, du Climat et de la Biodiversité

Détails de l'offre
Référence :
{REF}
Ministère / Administration :
{O}
Statut :
Employé de l'État (CDI)
Groupe de traitement :
{GRADE}
Sous-groupe :
scientifique et technique
Tâche :
{SCH}
Lieu de travail :
{LOC} (Service de la nature)
Nationalité :
ressortissant d'un État membre de l'Union européenne
Langues :
luxembourgeois, français, allemand
Date de publication :
29.04.2038
Date limite de candidature :
{DL}

Partager    Imprimer    Postuler en ligne

Votre employeur
L'{O} (ANF) veille à la protection de la nature, à la gestion durable des forêts et à la conservation de la biodiversité. Son service de la nature, installé à Diekirch, coordonne les plans d'action pour les espèces et les habitats.

Vos missions
""" + "\n".join("- " + m for m in MIS) + """

Votre profil
""" + "\n".join("- " + m for m in ESS) + """

Atouts
""" + "\n".join("- " + m for m in DES) + """

Compétences comportementales
""" + "\n".join("- " + m for m in COMPN) + f"""

Nous offrons
- un travail varié sur le terrain et au bureau ;
- une formation continue à l'INAP ;
- un horaire mobile.

Modalités de candidature
Les candidatures sont à introduire exclusivement en ligne sur GovJobs au plus tard le {DL}. Les candidats présélectionnés seront invités à un entretien pendant la semaine du 7 juin 2038. Le délai de publication de 2 semaines ne vaut pas confirmation de la recevabilité des dossiers.

Offres similaires
Forestier / Préposé de la nature et des forêts (m/f) – délai : 15.05.2038
Ingénieur en gestion de l'eau (m/f) – Administration de la gestion de l'eau – délai : 27.05.2038

Contact | Mentions légales | Accessibilité | © Le Gouvernement du Grand-Duché de Luxembourg
"""
w(KEY + "-govjobs.txt", txt, KEY)

FACTS = [("Référence", REF), ("Employeur", O), ("Statut", "Employé de l'État (CDI)"), ("Groupe de traitement", GRADE),
         ("Tâche", SCH), ("Lieu de travail", LOC), ("Délai de candidature", DL)]
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Avis de vacance {REF}</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:11pt}} table{{border-collapse:collapse}} td{{border:1px solid #000;padding:3px 6px}}</style></head><body>
<p align="right">LE GOUVERNEMENT<br>DU GRAND-DUCHÉ DE LUXEMBOURG<br>{O}</p>
<p>Diekirch, le 29 avril 2038</p>
<h2 align="center">AVIS DE VACANCE DE POSTE</h2>
<p align="center"><b>{T}</b></p>
<table>{''.join(f'<tr><td><b>{k}</b></td><td>{v}</td></tr>' for k, v in FACTS)}</table>
<h3>I. Missions</h3>
{ul(MIS)}
<h3>II. Profil</h3>
{ul(ESS, 'ol')}
<p><i>Atouts :</i> {' ; '.join(DES)}.</p>
<h3>III. Compétences comportementales</h3>
<p>{' – '.join(COMPN)}</p>
<h3>IV. Candidature</h3>
<p>Candidature en ligne sur GovJobs jusqu'au {DL} inclus. Entretiens prévus pendant la semaine du 7 juin 2038.</p>
<p align="right">Le directeur de l'administration</p>
</body></html>"""
libre(KEY + "-avis", html, KEY)

expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2038-05-22", None, GRADE, None,
         {"fr": {"essential": ESS, "desirable": DES}}, {"fr": names(*COMPN)})
