"""Office québécois de la langue française: Québec public-service offer clipped to Markdown, and a job-board copy with glued fields."""
from common import *

KEY = "2035-oqlf-042"
REF = "2035-OQLF-042"
T = "Terminologue (technologies numériques)"
ORG = "Office québécois de la langue française"
LOC = "Montréal"
SCHED = "Temps complet, 35 heures par semaine"
ESS = [
    "Être titulaire d'un diplôme universitaire de premier cycle en traduction, en terminologie, en linguistique ou dans une discipline pertinente, ou d'une attestation d'études pertinentes dont l'équivalence est reconnue.",
    "Posséder au moins deux années d'expérience en recherche terminologique ou en traduction spécialisée.",
    "Avoir une excellente maîtrise du français écrit et une bonne compréhension de l'anglais technique.",
    "Être en mesure d'utiliser des logiciels de gestion terminologique et des corpus numériques.",
]
DES = [
    "Détenir une formation ou une expérience en informatique, en intelligence artificielle ou en science des données.",
    "Connaître les travaux de normalisation de l'ISO ou de l'AFNOR.",
    "Avoir déjà rédigé des fiches pour une banque de terminologie publique.",
]
QUAL = ["Rigueur", "Curiosité intellectuelle", "Sens de l'analyse", "Capacité à travailler en équipe", "Habiletés en communication écrite"]

expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG},
         location={"fr": LOC}, schedule={"fr": SCHED}, deadline="2035-02-05",
         salary=sal(mn=52964, mx=98513, cur="CAD", period="year"), grade=None,
         requirements={"fr": req(ESS, DES)},
         competencies={"fr": [{"name": q, "description": ""} for q in QUAL]})

ATTR = [
    "effectue la recherche terminologique dans les domaines de l'informatique, de l'intelligence artificielle, de la cybersécurité et des télécommunications ;",
    "rédige et met à jour des fiches terminologiques et des vocabulaires destinés au grand public et aux spécialistes ;",
    "répond aux demandes de consultation complexes des ministères, des organismes et des entreprises ;",
    "participe aux comités d'officialisation et prépare les dossiers soumis à la Commission de terminologie ;",
    "collabore avec les partenaires de la francophonie pour harmoniser les équivalents proposés.",
]

md = f"""[Aller au contenu](#contenu)

[Québec.ca](#) · [Emplois dans la fonction publique](#) · **Offres d'emploi** · [English](#)

> 🍪 Ce site utilise des témoins (cookies) pour améliorer votre expérience. [J'accepte](#) · [Paramètres](#)

Accueil › Offres d'emploi › Recherche › {T}

# {T}

**{ORG}**

[Postuler](#) · [Sauvegarder](#) · [Imprimer](#)

| | |
|---|---|
| **Numéro de l'offre** | {REF} |
| **Ministère ou organisme** | {ORG} |
| **Corps d'emploi** | Traducteurs et terminologues (105) |
| **Statut de l'emploi** | Régulier |
| **Nombre d'emplois à pourvoir** | 1 |
| **Lieu de travail** | {LOC} |
| **Horaire de travail** | {SCHED} |
| **Échelle de traitement** | de 52 964 $ à 98 513 $ par année |
| **Période d'inscription** | du 15 janvier 2035 au 5 février 2035, 23 h 59 |

## Votre milieu de travail

L'Office veille à ce que le français soit la langue normale et habituelle du travail, des communications, du
commerce et des affaires au Québec. Sa Direction des services linguistiques produit le contenu des grands outils
de référence consultés chaque année par des millions de personnes. Vous joindrez une équipe de quatorze
terminologues et linguistes, dans un environnement de travail hybride (deux jours par semaine au bureau).

## Attributions

Sous l'autorité de la directrice des services linguistiques, la personne titulaire de l'emploi :

* {ATTR[0]}
* {ATTR[1]}
* {ATTR[2]}
* {ATTR[3]}
* {ATTR[4]}

## Exigences de l'emploi

{chr(10).join('* ' + e for e in ESS)}

## Atouts

{chr(10).join('* ' + e for e in DES)}

## Profil recherché

Vous vous démarquez par :

{chr(10).join('* ' + e for e in QUAL)}

## Conditions de travail

Horaire variable, régime de retraite à prestations déterminées, 20 jours de vacances par année dès la première
année, 13 jours fériés et programme d'aide aux employés.

## Pour soumettre votre candidature

Vous devez remplir le formulaire en ligne avant la fin de la période d'inscription, soit au plus tard le
5 février 2035 à 23 h 59. Joignez votre curriculum vitae et une copie de vos diplômes. Les personnes retenues
seront convoquées à une épreuve écrite le 26 février 2035, puis à une entrevue. Pour toute question :
recrutement@oqlf.example.

*L'Office applique un programme d'accès à l'égalité en emploi et invite les femmes, les membres des minorités
visibles et ethniques, les personnes handicapées et les Autochtones à présenter leur candidature.*

---
[Plan du site](#) · [Accessibilité](#) · [Politique de confidentialité](#) · © Gouvernement du Québec, 2035
"""
out(KEY + "-quebec.md", md, KEY)

board = f"""
TalentsPublics.ca
Emplois   Employeurs   Conseils carrière   Connexion   EN

< Retour aux résultats (37)

{T}{ORG}{LOC}, QC
Publiée il y a 4 jours · 152 vues · Offre n° TP-7781562

Postuler sur le site de l'employeur   ☆ Sauvegarder

Numéro de l'offre{REF}Type d'emploiRégulierHoraire{SCHED}Salairede 52 964 $ à 98 513 $ par annéeLieu{LOC}Date limite5 février 2035

Description du poste
Votre milieu de travailL'Office veille à ce que le français soit la langue normale et habituelle du travail, des communications, du commerce et des affaires au Québec. Vous joindrez une équipe de quatorze terminologues et linguistes, en mode hybride.
AttributionsRecherche terminologique (informatique, IA, cybersécurité, télécommunications) ; rédaction et mise à jour de fiches et de vocabulaires ; réponse aux demandes de consultation complexes ; préparation des dossiers d'officialisation ; harmonisation avec les partenaires de la francophonie.
Exigences de l'emploi
{chr(10).join(ESS)}
Atouts
{chr(10).join(DES)}
Profil recherché
{chr(10).join(QUAL)}
Conditions de travailHoraire variable, régime de retraite, 20 jours de vacances dès la première année.
Épreuve écrite prévue le 26 février 2035.

Compétences liées
TerminologieTraductionLinguistiqueIntelligence artificielleFrançais

Offres similaires
Traductrice ou traducteurMinistère de la CultureQuébec, QCDate limite 9 février 2035
Conseillère ou conseiller linguistiqueVille de LavalLaval, QCDate limite 1 mars 2035
Réviseur(e) linguistiqueCentre de services scolaireSherbrooke, QC13 février 2035

© 2035 TalentsPublics.ca · Conditions d'utilisation · Confidentialité
"""
out(KEY + "-talentspublics.txt", board, KEY)
