from common import *
REF = "ONHYM/DRH/2043/02"; KEY = "onhym-drh-2043-02"
T = "Géochimiste pétrolier(ère) – roches mères"
ORG = "Office National des Hydrocarbures et des Mines (ONHYM)"
LOC = "Rabat (siège), avec missions de terrain dans les bassins du Souss et de Tarfaya"
SCH = "Du lundi au vendredi, de 8 h 30 à 16 h 30"
GRADE = "Ingénieur d'État, 1er grade"
ESS = ["Diplôme d'ingénieur d'État ou doctorat en géochimie organique ou en géologie pétrolière",
       "Expérience d'au moins trois ans en évaluation des roches mères et en pyrolyse Rock-Eval",
       "Maîtrise d'un logiciel de modélisation de bassin (PetroMod ou équivalent)",
       "Bonne maîtrise du français et de l'anglais technique",
       "Aptitude aux missions de terrain prolongées"]
DES = ["Connaissance des bassins sédimentaires marocains",
       "Publications dans une revue à comité de lecture"]
COMP = ["Curiosité scientifique", "Rigueur", "Autonomie", "Esprit d'équipe"]
MISS = ["Planifier les campagnes d'échantillonnage des affleurements et des déblais de forage",
        "Interpréter les analyses de pyrolyse, de carbone organique total et de biomarqueurs",
        "Construire les modèles de maturation thermique des bassins étudiés",
        "Rédiger les notes d'évaluation destinées aux partenaires pétroliers",
        "Suivre les prestations des laboratoires externes et valider leurs résultats"]

expected(KEY, reference=REF, languages=["fr"], title=T, organisation=ORG, location=LOC, schedule=SCH,
         deadline="2043-02-05", salary=sal(16500, cur="MAD"), grade=GRADE,
         requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": [{"name": n, "description": ""} for n in COMP]})

rk = f"""
ReKrute.example   Offres d'emploi   Entreprises   Formations   Conseils carrière   Espace recruteur
Accueil > Offres d'emploi > Pétrole / Gaz > Rabat

ONHYM recrute un Géochimiste pétrolier (H/F) - Rabat
Publiée le 14/01/2043 | Postes proposés : 1 | Date limite : 05/02/2043

Entreprise :
L'Office, établissement public à caractère industriel et commercial, conduit la recherche et la promotion des
hydrocarbures et des ressources minérales du Royaume. Ses équipes travaillent avec des partenaires pétroliers
et miniers nationaux et internationaux.

Référence de l'offre : {REF}
Poste : {T}
Employeur : {ORG}
Lieu : {LOC}
Horaire de travail : {SCH}
Grade : {GRADE}
Salaire mensuel brut : 16 500 MAD, indemnités de terrain en sus

Poste :
Rattaché(e) au département Géochimie de la Direction Exploration, vous aurez pour missions de
{'; '.join(m[0].lower() + m[1:] for m in MISS)}.

Profil recherché :
{chr(10).join('- ' + x for x in ESS)}
Un plus :
{chr(10).join('- ' + x for x in DES)}

Traits de personnalité souhaités :
{', '.join(COMP)}.

Secteur d'activité :Pétrole / Gaz
Fonction :Production / Méthodes / Industrie
Expérience requise :De 3 à 5 ans
Niveau d'étude demandé :Bac +5 et plus
Type de contrat proposé :CDI
Télétravail :Non
Région :Rabat et région

Postuler

Offres similaires
Ingénieur géologue minier (H/F) - Marrakech - 10/01/2043
Technicien de laboratoire en géochimie (H/F) - Casablanca - 8 000 MAD - 11/01/2043

ReKrute.example – copie d'écran non officielle d'un site d'emploi fictif
"""
w(KEY + "-rekrute.txt", rk, KEY)

md = f"""---
title: "Avis de recrutement {REF}"
lang: fr
---

<!-- page enregistrée depuis le portail institutionnel -->

[Accueil](#) · [L'Office](#) · [Exploration](#) · [Mines](#) · **[Recrutement](#)** · [العربية](#)

# Avis de recrutement n° {REF}

*Rabat, le 12 janvier 2043*

L'Office lance un avis de recrutement pour un poste d'ingénieur au département Géochimie de la Direction
Exploration.

**Intitulé du poste :** {T}\\
**Organisme :** {ORG}\\
**Lieu d'affectation :** {LOC}\\
**Horaire de travail :** {SCH}\\
**Grade :** {GRADE}\\
**Nombre de postes :** 1\\
**Rémunération :** 16 500 MAD bruts par mois, selon la grille de l'Office\\
**Date limite de dépôt :** jeudi 5 février 2043 à 16 h 30

## 1. Missions

{chr(10).join('1. ' + m + ' ;' for m in MISS[:-1])}
1. {MISS[-1]}.

## 2. Profil

{chr(10).join('* ' + x for x in ESS)}

Un plus :

{chr(10).join('* ' + x for x in DES)}

## 3. Qualités personnelles

{chr(10).join('- ' + x for x in COMP)}

## 4. Dossier et sélection

Le dossier comprend une demande manuscrite, un CV, la copie des diplômes et de la CIN. Les candidats
présélectionnés seront convoqués à un entretien oral le 19 février 2043.

> Le dépôt se fait uniquement en ligne ; aucun dossier papier ne sera accepté.

---
Office National des Hydrocarbures et des Mines – page fictive, adresse web .example
"""
w(KEY + "-onhym.md", md, KEY)
save_rows("02")
