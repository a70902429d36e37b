from common import *
KEY = "dayam-drh-2039-031"
REF = "DAYAM/DRH/2039-031"
T = "Chef(fe) du service Hygiène et Salubrité publique"
O = "District Autonome de Yamoussoukro"
L = "Yamoussoukro (Côte d'Ivoire)"
S = "Temps plein"
ESS = [
 "Être titulaire d'un diplôme de niveau Bac + 4 au moins en génie sanitaire, en santé publique ou en environnement ;",
 "Justifier de cinq (5) années d'expérience dans la gestion des déchets ou l'assainissement urbain, dont deux à un poste d'encadrement ;",
 "Avoir une bonne connaissance de la réglementation ivoirienne en matière d'hygiène publique ;",
 "Maîtriser l'outil informatique (Word, Excel, logiciels de cartographie simples).",
]
DES = [
 "Une expérience au sein d'une collectivité territoriale ;",
 "Une formation en gestion de contrats de délégation de service public.",
]
C = [
 ("Leadership", "conduire les équipes d'agents de salubrité et les prestataires"),
 ("Sens de la négociation", "dialoguer avec les commerçants, les chefs de quartier et les transporteurs"),
 ("Intégrité", "appliquer la réglementation sans favoritisme"),
]
SALT = "715 000 FCFA brut par mois"

def build():
    md = f"""[Aller au contenu](#contenu)

**DISTRICT AUTONOME DE YAMOUSSOUKRO** · Capitale politique de la Côte d'Ivoire  
[Accueil](/) · [Le District](/district) · [Services](/services) · [Actualités](/actu) · [Appels d'offres](/ao) · [Recrutements](/recrutements)

> **Info trafic** : la voie de la Basilique sera fermée le 2 octobre 2039 pour la fête patronale.

Accueil › Recrutements › {T}

*Publié le 26 septembre 2039 par la Direction des Ressources humaines*

## AVIS DE RECRUTEMENT N° {REF}

Le Gouverneur du {O} porte à la connaissance du public qu'un recrutement est ouvert pour le poste de :

# {T}

- **Référence :** {REF}
- **Employeur :** {O}
- **Direction :** Direction de l'Environnement et du Cadre de vie
- **Lieu de travail :** {L}
- **Type de contrat :** CDD de deux ans, renouvelable
- **Régime de travail :** {S}
- **Rémunération :** {SALT}
- **Date limite de dépôt des dossiers :** 25/10/2039 à 12 h 00

### I. Missions

1. Planifier et contrôler la collecte des déchets et le nettoyage des marchés, des gares routières et des voies publiques.
2. Suivre l'exécution des contrats des opérateurs de collecte.
3. Organiser les campagnes de salubrité et de sensibilisation dans les quartiers.
4. Produire les rapports mensuels d'activité à l'attention du Gouverneur.

### II. Profil requis

Le (la) candidat(e) doit :

{bullets(ESS, '* ')}

### III. Atouts

{bullets(DES, '* ')}

### IV. Qualités attendues

{chr(10).join('* **' + n + ' :** ' + d for n, d in C)}

### V. Dépôt des candidatures

Les dossiers (lettre de motivation, CV, copies des diplômes, certificats de travail) sont à déposer au service courrier de l'Hôtel du District ou à envoyer à recrutement@district-yamoussoukro.example au plus tard le **25/10/2039 à 12 h 00**. Les candidats présélectionnés seront convoqués à un entretien le 9 novembre 2039.

*Le Gouverneur du District*
"""
    w(KEY + "-district.md", md, KEY, "md")
    mail = f"""-------- Message transféré --------
Sujet :	TR : Avis de recrutement District de Yamoussoukro – {T}
Date :	Mon, 26 Sep 2039 17:48:03 +0000
De :	Konan Aya Bernadette <ab.konan@mail.example>
Pour :	Promo Génie sanitaire INP-HB 2031 <promo-gs31@lists.example>

Salut la promo,

Je partage cet avis reçu ce matin. Ceux qui sont à Bouaké ou Abidjan peuvent aussi postuler. On se retrouve toujours le 8 octobre pour le dîner des anciens ?

Bernadette

==================================================
AVIS DE RECRUTEMENT N° {REF}
{O}
Poste : {T}
==================================================

Référence : {REF}
Employeur : {O}
Lieu de travail : {L}
Contrat : CDD de deux ans, renouvelable
Régime de travail : {S}
Rémunération : {SALT}
Date limite : 25/10/2039 à 12 h 00

PROFIL REQUIS
Le (la) candidat(e) doit :
{bullets(ESS, '  > ')}

ATOUTS
{bullets(DES, '  > ')}

QUALITÉS ATTENDUES
{chr(10).join('  > ' + n + ' : ' + d for n, d in C)}

Dossiers : service courrier de l'Hôtel du District ou recrutement@district-yamoussoukro.example. Entretiens le 9 novembre 2039.

--
Vous recevez ce message car vous êtes inscrit(e) à la liste promo-gs31. Pour vous désabonner : promo-gs31-leave@lists.example
"""
    w(KEY + "-courriel.txt", mail, KEY, "txt")
    expected(KEY, reference=REF, languages=["fr"], title={"en": None, "fr": T},
             organisation={"en": None, "fr": O}, location={"en": None, "fr": L},
             schedule={"en": None, "fr": S}, deadline="2039-10-25",
             salary=sal(715000, cur="XOF", period="month"),
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": comp(C)})
