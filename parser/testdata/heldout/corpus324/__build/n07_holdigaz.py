"""Holdigaz SA (Swiss company, Vevey), FR: jobup.ch copy with glued fields + careers page as Markdown."""
from common import *

KEY = "hgz-44-0318"
REF = "HGZ-44-0318"
T = "Monteur·euse de réseaux gaz et chauffage à distance"
O = "Holdigaz SA"
LOC = "Vevey"
SCHED = "100%"
ESS = [
    "CFC d'installateur·trice sanitaire, de monteur·euse de réseaux ou formation jugée équivalente",
    "Brevet fédéral de monteur·euse de réseaux (gaz) ou volonté de l'obtenir",
    "Au minimum trois ans d'expérience dans l'exploitation d'un réseau de distribution",
    "Permis de conduire catégorie B",
]
DES = [
    "Connaissance des règles techniques de la SSIGE pour les conduites de gaz",
    "Expérience dans le domaine du chauffage à distance",
]
QUAL = ["Sens des responsabilités", "Esprit d'équipe", "Disponibilité", "Résistance au stress"]
TASKS = [
    "Réaliser les raccordements, branchements et modifications sur le réseau gaz et sur le réseau de chauffage à distance",
    "Effectuer les contrôles d'étanchéité, la recherche de fuites et la mise en service des installations",
    "Participer au service de piquet et intervenir en cas de dérangement",
    "Renseigner les interventions dans le système d'information géographique et le journal de chantier",
]
INTRO = ("Active depuis plus d'un siècle dans la Riviera vaudoise, Holdigaz distribue du gaz naturel et du biogaz, "
         "exploite des réseaux de chauffage à distance et accompagne ses clients dans la transition énergétique. "
         "Pour renforcer notre équipe Réseaux, nous recherchons un·e")


def jobup():
    return f"""jobup.ch   Emplois   Entreprises   Salaires   Conseils   DE | FR | EN   Se connecter
← Retour aux résultats   Annonce 3 sur 22

{T}
{O}   ★ 4.1 (38 avis)
Publiée le: 19 septembre 2044Taux d'activité: {SCHED}Type de contrat: Durée indéterminéeLieu de travail: 1800 {LOC}
Estimation de salaire jobup.ch : CHF 78 000 - 92 000 / an
Postuler   Sauvegarder

{INTRO}
{T}
Vos responsabilités
{chr(10).join(TASKS)}
Votre profil
{chr(10).join(ESS)}
Un atout
{chr(10).join(DES)}
Savoir-être : {', '.join(QUAL)}.
Nous offrons
Un emploi stable dans une entreprise régionale, un véhicule de service, une indemnité de piquet, une formation
continue (jusqu'à CHF 2 500 par an) et une entrée en fonction au 1er janvier 2045 ou à convenir.
Référence : {REF}
Délai de postulation : 7 octobre 2044. Les entretiens auront lieu le 16 octobre 2044.
Contact : Service RH, rh@holdigaz.example

ID de l'annonce : 8c1e5f02-77a4-4d1b-9b61-3f0a2c9e4d18

Offres similaires
Électricien·ne de réseau - Sion - CHF 74 000 - 88 000 / an
Dessinateur·trice en génie civil - Montreux - CHF 70 000 - 84 000 / an
"""


def md():
    return f"""[Holdigaz](https://holdigaz.example/) · [Particuliers](https://holdigaz.example/p) · [Entreprises](https://holdigaz.example/e) · **Carrières** · FR | DE

[Accueil](https://holdigaz.example/) › [Carrières](https://holdigaz.example/carrieres) › Postes ouverts

# {T}

**{LOC}** · **{SCHED}** · **Durée indéterminée** · **Réf. {REF}**

*Publié le 19.09.2044*

{INTRO} **{T}**.

## Vos missions

{chr(10).join('* ' + t for t in TASKS)}

## Votre profil

{chr(10).join('* ' + e for e in ESS)}

**Atouts :** {' ; '.join(DES)}.

**Savoir-être :** {' – '.join(QUAL)}

## Ce que nous vous offrons

Véhicule de service, indemnité de piquet, cinq semaines de vacances, budget de formation et un cadre de travail
au bord du Léman. Entrée en fonction : 1er janvier 2045 ou à convenir.

## Intéressé·e ?

Envoyez votre dossier complet avant le **07.10.2044** via notre portail. Réf. {REF}.

---

*Holdigaz SA · Vevey · Protection des données · Impressum*
"""


def build():
    write(KEY + "-jobup.txt", jobup(), KEY)
    write(KEY + "-careers.md", md(), KEY)
    expected(KEY, reference=REF, languages=["fr"], title=L(None, T), organisation=L(None, O), location=L(None, LOC),
             schedule=L(None, SCHED), deadline="2044-10-07", salary=None,
             requirements=L(None, req(ESS, DES)), competencies=L(None, names(QUAL)))
