from common import *
import subprocess
KEY, REF = "vbc-2044-14", "VBC-2044-14"
T = "Technicien(ne) en génie civil – infrastructures municipales"
ORG = "Ville de Baie-Comeau"
LOC = "Hôtel de ville et centre des travaux publics, Baie-Comeau (Côte-Nord)"
SCH = "Temps plein, 35 heures par semaine, du lundi au vendredi"
ESS = ["Détenir un diplôme d'études collégiales (DEC) en technologie du génie civil ;",
       "Posséder un minimum de trois (3) années d'expérience pertinente, idéalement en milieu municipal ;",
       "Maîtriser AutoCAD Civil 3D et la suite Office ;",
       "Détenir un permis de conduire de classe 5 valide ;",
       "Avoir réussi la formation « Santé et sécurité générale sur les chantiers de construction » (ASP Construction)."]
DES = ["Une expérience de la surveillance de travaux d'aqueduc et d'égout ;",
       "Une connaissance des logiciels de géomatique (QGIS ou ArcGIS) ;",
       "Être membre de l'Ordre des technologues professionnels du Québec."]
COMP = [("Rigueur", ""), ("Autonomie", ""), ("Sens du service aux citoyens", ""), ("Capacité à travailler en équipe", "")]
expected(KEY, REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2044-06-03",
         salary={"min": 33.47, "max": 44.26, "currency": "CAD", "period": "hour"},
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})

md = f"""**VILLE DE BAIE-COMEAU**\\
Service des ressources humaines\\
19, avenue Marquette, Baie-Comeau (Québec)  G4Z 1K5 (adresse fictive)

*Baie-Comeau, le 13 mai 2044*

# OFFRE D'EMPLOI

**Concours no {REF}**

La Ville de Baie-Comeau, capitale administrative de la Côte-Nord, est à la recherche d'une personne pour combler le poste suivant :

## {T}

| | |
|---|---|
| **Numéro de concours** | {REF} |
| **Employeur** | {ORG} |
| **Service** | Service de l'ingénierie et des travaux publics |
| **Lieu de travail** | {LOC} |
| **Statut** | Poste permanent, syndiqué (cols blancs) |
| **Horaire de travail** | {SCH} |
| **Salaire** | De 33,47 $ à 44,26 $ l'heure selon l'expérience (échelle 2044) |
| **Entrée en fonction** | 2 juillet 2044 |
| **Date limite** | Le vendredi 3 juin 2044, à 16 h 30 |

### 1. Raison d'être du poste

Sous l'autorité de l'ingénieur municipal, la personne titulaire prépare les plans, les relevés et les estimations des projets de réfection des rues, des conduites et des trottoirs, et elle surveille l'exécution des travaux confiés à des entrepreneurs.

### 2. Principales responsabilités

- Effectuer des relevés d'arpentage et mettre à jour les plans des réseaux ;
- Préparer les dessins, les devis techniques et les bordereaux de quantités ;
- Surveiller les chantiers et tenir le journal de chantier ;
- Vérifier les demandes de paiement des entrepreneurs ;
- Répondre aux questions des citoyens sur les travaux en cours ;
- Accomplir toute autre tâche connexe.

### 3. Exigences du poste

{chr(10).join("- " + x for x in ESS)}

### 4. Atouts

{chr(10).join("- " + x for x in DES)}

### 5. Profil recherché

{chr(10).join("- " + n for n, _ in COMP)}

### 6. Pour postuler

Les personnes intéressées doivent faire parvenir leur curriculum vitae et une copie de leurs diplômes, en mentionnant le numéro de concours, au plus tard le vendredi 3 juin 2044, à 16 h 30, à l'adresse rh@baie-comeau.example. Un examen pratique sur AutoCAD se tiendra le 10 juin 2044. La Ville applique un programme d'accès à l'égalité en emploi et invite les femmes, les Autochtones et les personnes handicapées à présenter leur candidature.

*Seules les personnes retenues seront contactées.*
"""
open(os.path.join(BUILD, "baiecomeau.md"), "w", encoding="utf-8").write(md)
subprocess.run(["pandoc", os.path.join(BUILD, "baiecomeau.md"), "-o", os.path.join(BUILD, "baiecomeau.docx")], check=True)
libreoffice("baiecomeau.docx", f"{KEY}-baiecomeau.libreoffice.pdf", KEY)

board = f"""Emplois Côte-Nord
Accueil
Offres d'emploi
Employeurs
Formations
Connexion

Retour aux résultats

{T}
Ville de Baie-Comeau
Publiée le 14 mai 2044

Postuler

Numéro de concours
{REF}

Employeur
{ORG}

Lieu de travail
{LOC}

Type d'emploi
Permanent, temps plein

Horaire de travail
{SCH}

Salaire offert
De 33,47 $ à 44,26 $ l'heure selon l'expérience (échelle 2044)

Date d'entrée en fonction
2 juillet 2044

Date limite pour postuler
3 juin 2044

Description
Sous l'autorité de l'ingénieur municipal, la personne titulaire prépare les plans, les relevés et les estimations des projets de réfection des rues, des conduites et des trottoirs, et surveille les travaux.

Exigences du poste
{chr(10).join(ESS)}

Atouts
{chr(10).join(DES)}

Profil recherché
{chr(10).join(n for n, _ in COMP)}

Examen pratique : 10 juin 2044.

Offres semblables
Inspecteur(trice) en bâtiment – MRC de Manicouagan – 31,20 $ l'heure – date limite 17 juin 2044
Dessinateur(trice) – Firme d'ingénierie, Sept-Îles – 26 $ à 30 $ l'heure

Emplois Côte-Nord · Conditions d'utilisation · Nous joindre
"""
write(f"{KEY}-emploiscotenord.txt", board, KEY)
