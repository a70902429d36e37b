from common import *

KEY = "sqi-2035-027"
REF = "SQI-2035-027"
T = "Conseillère ou conseiller en gestion immobilière – baux et occupation"
ORG = "Société québécoise des infrastructures"
LOC = "Québec (Capitale-Nationale)"
SCH = "35 heures par semaine, du lundi au vendredi (horaire variable)"
ESS = [
    "Baccalauréat en administration, en urbanisme, en génie, en architecture ou dans une discipline jugée pertinente;",
    "Au moins trois années d'expérience en gestion immobilière, en location commerciale ou en gestion de baux;",
    "Bonne connaissance des principes de l'évaluation des loyers et de la négociation de baux;",
    "Excellente maîtrise du français parlé et écrit.",
]
DES = [
    "Titre d'évaluateur agréé ou désignation en gestion immobilière (CPM, RPA ou l'équivalent);",
    "Expérience dans un organisme public ou parapublic;",
    "Connaissance d'un logiciel de gestion immobilière (Yardi, MRI ou l'équivalent).",
]
QUAL = ["Sens de l'organisation", "Rigueur", "Habiletés de négociation", "Sens du service à la clientèle"]
MISS = [
    "Négocier, renouveler et administrer des baux pour des locaux occupés par des ministères et organismes",
    "Analyser les besoins d'espace des clients et proposer des scénarios d'occupation",
    "Préparer des analyses de marché et des recommandations de loyer",
    "Assurer le suivi des obligations des locateurs et des locataires",
    "Collaborer avec les équipes de projets lors des aménagements et des déménagements",
]

MD = f"""[Aller au contenu](#contenu) · [English](#) · [Nous joindre](#)

**SQI** | [Qui sommes-nous](#) | [Projets](#) | [Immeubles](#) | **[Carrières](#)**

> Ce site utilise des témoins de navigation. En poursuivant, vous acceptez leur utilisation. [Paramètres](#)

[Accueil](#) › [Carrières](#) › [Offres d'emploi](#) › {T}

# {T}

*Vice-présidence à la gestion immobilière · Offre publiée le 26 mai 2035*

- **Numéro de concours :** {REF}
- **Employeur :** {ORG}
- **Direction :** Direction de la location et de l'occupation – région de la Capitale-Nationale
- **Lieu de travail :** {LOC}
- **Statut :** Emploi régulier à temps complet
- **Classe d'emploi :** Professionnel (conseiller en gestion immobilière)
- **Horaire :** {SCH}
- **Traitement :** De 56 812 $ à 101 476 $ par année, selon l'expérience et la scolarité
- **Période d'inscription :** Du 26 mai au 9 juin 2035

## Votre défi

La {ORG} gère un parc de plus de 350 immeubles appartenant au gouvernement et loue des centaines de locaux auprès du secteur privé. Au sein d'une équipe de sept personnes, vous prendrez en charge un portefeuille de baux dans la région de la Capitale-Nationale. Plus précisément, vous serez appelé(e) à :

1. {MISS[0]}
2. {MISS[1]}
3. {MISS[2]}
4. {MISS[3]}
5. {MISS[4]}

## Exigences

* {ESS[0]}
* {ESS[1]}
* {ESS[2]}
* {ESS[3]}

## Atouts

* {DES[0]}
* {DES[1]}
* {DES[2]}

## Compétences recherchées

* {QUAL[0]}
* {QUAL[1]}
* {QUAL[2]}
* {QUAL[3]}

## Ce que nous offrons

Régime de retraite à prestations déterminées (RREGOP), 20 jours de vacances dès la première année, 13 jours fériés, télétravail jusqu'à trois jours par semaine et programme d'aide aux employés.

## Pour postuler

Transmettez votre curriculum vitæ et une lettre de présentation au plus tard le 9 juin 2035, à 23 h 59, en mentionnant le numéro {REF}. Les personnes retenues seront convoquées à une épreuve écrite le 19 juin 2035 puis à une entrevue au début de juillet.

La SQI applique un programme d'accès à l'égalité en emploi.

---

**Autres offres** · Technicienne ou technicien en bâtiment – Saguenay (jusqu'au 2 juin 2035) · Analyste financier ou analyste financière – Montréal (jusqu'au 16 juin 2035)

© {ORG} 2035 · [Accessibilité](#) · [Confidentialité](#)
"""

JB = f"""Jobillico
Trouver un emploi   Entreprises   Conseils carrière   Connexion   English

Accueil > Emplois > Immobilier > Québec

{T}
{ORG}
Québec, QC
Publiée il y a 4 jours
Numéro de l'offre : 15834726
Postuler   Sauvegarder   Partager

Aperçu
Temps plein  Permanent  Jour  Salaire : 56 812 $ à 101 476 $ / an
Niveau d'études : Universitaire (Baccalauréat)   Années d'expérience : 3 à 5 ans   Langues : Français

Description de l'offre
Numéro de concours : {REF}  Employeur : {ORG}  Direction : Direction de la location et de l'occupation – région de la Capitale-Nationale  Lieu de travail : {LOC}  Statut : Emploi régulier à temps complet  Horaire : {SCH}  Traitement : De 56 812 $ à 101 476 $ par année, selon l'expérience et la scolarité  Période d'inscription : Du 26 mai au 9 juin 2035

Votre défi
La {ORG} gère un parc de plus de 350 immeubles appartenant au gouvernement et loue des centaines de locaux auprès du secteur privé. Au sein d'une équipe de sept personnes, vous prendrez en charge un portefeuille de baux dans la région de la Capitale-Nationale.
{MISS[0]}. {MISS[1]}. {MISS[2]}. {MISS[3]}. {MISS[4]}.

Exigences
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}
- {ESS[3]}

Atouts
- {DES[0]}
- {DES[1]}
- {DES[2]}

Compétences recherchées
{QUAL[0]}, {QUAL[1]}, {QUAL[2]}, {QUAL[3]}

Ce que nous offrons
Régime de retraite à prestations déterminées (RREGOP), 20 jours de vacances dès la première année, télétravail jusqu'à trois jours par semaine.

Pour postuler : au plus tard le 9 juin 2035, numéro {REF}. Épreuve écrite le 19 juin 2035.

Exigences de l'employeur (résumé Jobillico)
Scolarité : Baccalauréat
Expérience : 3 ans
Langue : Français parlé et écrit

Offres similaires
Gestionnaire immobilier(ère) – Groupe Immobilier Laurentien – Québec – il y a 2 jours
Coordonnateur(trice) des baux – Placements Boréal – Montréal – il y a 6 jours

Jobillico © 2035 · Conditions d'utilisation · Politique de confidentialité
"""

def build(pdf=True):
    write(KEY + "-sqi.md", MD, KEY)
    write(KEY + "-jobillico.txt", JB, KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"en": None, "fr": T},
             organisation={"en": None, "fr": ORG}, location={"en": None, "fr": LOC},
             schedule={"en": None, "fr": SCH}, deadline="2035-06-09",
             salary=sal(56812, 101476, currency="CAD", period="year"),
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": comp(*QUAL)})
