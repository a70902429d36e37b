from common import *

KEY = "cre-2042-019"
REF = "CRE-2042-019"
T = "Chef d'équipe conditionnement (f/h)"
O = "Cremo SA"
L = "Villars-sur-Glâne"
SCHED = "100 %"
ESS = [
    "CFC de technologue en industrie laitière, de technologue en denrées alimentaires ou formation jugée équivalente",
    "Trois ans d'expérience au minimum en production ou en conditionnement alimentaire, dont une première expérience de conduite d'équipe",
    "Bonnes connaissances des normes d'hygiène et de sécurité alimentaire (HACCP, IFS)",
    "Disponibilité pour travailler en horaire d'équipe (2x8)",
]
DES = [
    "Connaissances de l'allemand",
    "Expérience des lignes de remplissage aseptique",
]
COMP = [("Leadership de proximité", ""), ("Sens des priorités", ""), ("Esprit d'initiative", ""), ("Résistance au stress", "")]
TASKS = [
    "Organiser et superviser le travail d'une équipe de 8 à 12 opérateurs sur les lignes de conditionnement",
    "Garantir le respect des plans de production, des standards de qualité et des règles d'hygiène",
    "Assurer les changements de format et le premier niveau de diagnostic technique",
    "Former les nouveaux collaborateurs et animer les réunions de début d'équipe",
]


def build():
    nl = "\n"
    txt = f"""jobs.ch   Recherche d'emploi   Entreprises   Salaires   Conseils carrière   Se connecter   DE | FR | EN

< Retour aux résultats     Annonce 3 sur 22

{T}
{O}
★★★★☆ 3.9 (41 évaluations)

Date de publication:
22 mai 2042
Taux d'activité:
{SCHED}
Type de contrat:
Durée indéterminée
Lieu de travail:
1752 Villars-sur-Glâne

Salaire estimé par jobs.ch
CHF 78 000 - 91 000 / an

Postuler   Sauvegarder

{O} transforme du lait suisse en crèmes, beurres et produits laitiers distribués en Suisse et à l'étranger. Pour notre site de {L}, nous recherchons un

{T}

Votre mission
{nl.join(TASKS)}

Votre profil
{nl.join(ESS)}

Un plus
{nl.join(DES)}

Savoir-être : {", ".join(n for n, _ in COMP)}

Nous offrons
Un poste fixe à {SCHED}, des prestations sociales supérieures à la moyenne, un restaurant d'entreprise et une participation de CHF 500 par an aux frais de formation continue. Entrée en fonction : 1er septembre 2042 ou à convenir.

Référence : {REF}
Délai de postulation : 19 juin 2042. Les premiers entretiens auront lieu dès le 29 juin 2042.

Contact
Ressources humaines
Mme Nadia Berset
rh@cremo.example

ID de l'annonce: 4b7e21c9-5d3a-4f80-9e62-0c1a7d9f3e58

Offres similaires
Responsable de production fromagère (h/f) · Bulle · 100 % · Salaire estimé CHF 84 000 - 99 000 / an
Opérateur de conditionnement (f/h) · Estavayer-le-Lac · 80 - 100 % · publié il y a 5 jours

© JobCloud SA · Protection des données · CGU
"""
    write(KEY + "-jobsch.txt", txt, KEY)

    md = f"""[Cremo](#) · [Entreprise](#) · [Produits](#) · **[Carrière](#)** · [Contact](#) · DE

# {T}

`{L}` `{SCHED}` `Durée indéterminée` `Réf. {REF}`

*Publié le 22.05.2042*

Rejoignez la production de {O} et prenez la responsabilité d'une équipe de conditionnement sur notre site de {L}.

## Vos tâches

* {TASKS[0]}
* {TASKS[1]}
* {TASKS[2]}
* {TASKS[3]}

## Votre profil

* {ESS[0]}
* {ESS[1]}
* {ESS[2]}
* {ESS[3]}

**Atouts :** {DES[0]} ; {DES[1]}

**Vos qualités :** {" – ".join(n for n, _ in COMP)}

## Nous offrons

Un environnement de production moderne, des horaires planifiés quatre semaines à l'avance et des possibilités de formation continue.

## Intéressé·e ?

Envoyez votre dossier complet via notre portail d'ici au **19.06.2042**. Entrée en fonction : 01.09.2042 ou à convenir.

[Postuler en ligne](#)

---

{O} · Ressources humaines · {L} · [Protection des données](#)
"""
    write(KEY + "-cremo.md", md, KEY)
    expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=L, schedule=SCHED,
             deadline="2042-06-19", salary=None,
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": names(COMP)})
