"""Société Le Nickel (SLN), Nouméa: careers page clipped to Markdown, and a job-board copy with glued fields."""
from common import *

KEY = "sln-2033-dnb-062"
REF = "SLN-2033-DNB-062"
TITLE = "Ingénieur procédés fours électriques (H/F)"
ORG = "Société Le Nickel"
LOC = "Doniambo, Nouméa (Nouvelle-Calédonie)"
SCHED = "Temps plein"

ESS = [
    "Diplôme d'ingénieur en génie des procédés, en métallurgie ou en électrotechnique",
    "Au moins cinq ans d'expérience en production dans une industrie de process continu (métallurgie, cimenterie, chimie)",
    "Solide connaissance des bilans matière et énergie et des outils de conduite par supervision",
    "Maîtrise des méthodes de résolution de problèmes (8D, AMDEC, arbre des causes)",
    "Anglais technique courant",
]
DES = [
    "Expérience des fours électriques à arc submergé ou de la pyrométallurgie du nickel",
    "Connaissance de Python ou d'un outil d'analyse de données industrielles",
]
SAVOIR = ["Leadership de terrain", "Exigence en matière de sécurité", "Esprit d'analyse", "Capacité à travailler en équipe postée"]
MISSIONS = [
    "Suivre au quotidien la marche des trois fours de fusion et proposer les ajustements de consigne",
    "Analyser les écarts de rendement et de consommation électrique et piloter les plans d'action",
    "Préparer les arrêts programmés avec la maintenance et les équipes de production",
    "Participer aux études d'amélioration de la qualité du ferronickel et des scories",
    "Animer la démarche sécurité de son périmètre et former les opérateurs",
]


def build():
    md = f"""[SLN – Société Le Nickel](#) · [Le Groupe](#) · [Nos sites](#) · [Environnement](#) · **[Carrières](#)** · [Presse](#)

> 🍪 Nous utilisons des traceurs pour mesurer l'audience. [Tout accepter](#) · [Paramétrer](#)

[Accueil](#) › [Carrières](#) › [Nos offres](#) › {REF}

# {TITLE}

`CDI` `Cadre` `Doniambo` `Production`

| | |
|---|---|
| **Référence** | {REF} |
| **Entreprise** | {ORG} |
| **Direction** | Direction de l'usine de Doniambo – Département Fusion |
| **Lieu** | {LOC} |
| **Type de contrat** | CDI – statut cadre |
| **Temps de travail** | {SCHED} |
| **Rémunération** | entre 560 000 et 640 000 XPF bruts mensuels sur 13 mois, selon profil |
| **Date de publication** | 24/11/2033 |
| **Date limite** | 19/12/2033 |

## L'entreprise

Présente en Nouvelle-Calédonie depuis 1880, la SLN exploite plusieurs centres miniers sur la Grande Terre et transforme le minerai en ferronickel dans son usine de Doniambo, à Nouméa. Nos 2 000 salariés partagent une même priorité : rentrer chez soi en bonne santé chaque soir.

## Vos missions

Rattaché(e) au chef du département Fusion, vous êtes le référent technique des fours électriques :

""" + "".join(f"- {m}\n" for m in MISSIONS) + """
## Votre profil

""" + "".join(f"- {x}\n" for x in ESS) + """
## Les plus

""" + "".join(f"- {x}\n" for x in DES) + """
## Savoir-être

""" + "".join(f"- {x}\n" for x in SAVOIR) + f"""
## Pourquoi nous rejoindre ?

Mutuelle et prévoyance, intéressement, restaurant d'entreprise, accompagnement à la mobilité pour les candidat(e)s hors territoire (billet d'avion et hébergement provisoire).

Candidature en ligne (CV et lettre) jusqu'au 19/12/2033. Les entretiens se dérouleront à Nouméa ou en visioconférence à partir du 6 janvier 2034.

[Postuler](#) · [Partager sur LinkedIn](#) · [Imprimer](#)

---

**Offres similaires** — Technicien(ne) instrumentation, Doniambo (clôture 05/12/2033) · Géologue de production, Thio (clôture 16/01/2034)
"""
    write(KEY + "-sln.md", md, KEY)

    # job board copy: chips and facts glued, sections flattened
    board = ["CaillouJobs.nc", "Offres", "Entreprises", "Conseils", "Publier une offre", "Connexion", "",
             f"{TITLE}{ORG}Nouméa (98800)CDIPubliée il y a 2 jours · 64 vues", "",
             "Postuler sur le site de l'entreprise", "",
             f"EntrepriseSociété Le NickelLieu{LOC}Type de contratCDI – statut cadreTemps de travail{SCHED}"
             f"Salaireentre 560 000 et 640 000 XPF bruts mensuels sur 13 moisRéférence{REF}Date limite19/12/2033", "",
             "Description du poste",
             "Présente en Nouvelle-Calédonie depuis 1880, la SLN exploite plusieurs centres miniers sur la Grande Terre et transforme le minerai en ferronickel dans son usine de Doniambo, à Nouméa. "
             "Rattaché(e) au chef du département Fusion, vous êtes le référent technique des fours électriques : "
             + " ; ".join(m[0].lower() + m[1:] for m in MISSIONS) + ".", "",
             "Profil recherché"] + ESS + ["", "Les plus"] + DES + ["", "Savoir-être"] + SAVOIR + [
             "", "Compétences associéesPyrométallurgieGénie des procédésSécurité industrielleAnglais", "",
             "Offres similaires",
             "Responsable maintenance électriqueKoniambo NickelVoh · CDIDate limite 12/12/2033",
             "Ingénieur(e) environnementProvince SudNouméa · CDDDate limite 08/01/2034", "",
             "© 2033 CaillouJobs.nc · Mentions légales · Contact", ""]
    write(KEY + "-cailloujobs.txt", "\n".join(board), KEY)


def exp():
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["fr"],
        "title": {"en": None, "fr": TITLE},
        "organisation": {"en": None, "fr": ORG},
        "location": {"en": None, "fr": LOC},
        "schedule": {"en": None, "fr": SCHED},
        "deadline": "2033-12-19",
        "salary": sal(mn=560000, mx=640000, cur="XPF", period="month"),
        "grade": None, "clearance": None,
        "requirements": {"en": None, "fr": req(ESS, DES)},
        "competencies": {"en": None, "fr": comp((s, "") for s in SAVOIR)},
    })
