"""CISSS de la Gaspésie - Quebec health network, French only. Posting copied from the
browser (label line, value line) and the same page clipped to Markdown."""
from common import write, expected, sal, req, comp

KEY = "cisssgas-2034-1187"
REF = "CISSSGAS-2034-1187"
TITLE = "Technologue en imagerie médicale – radiodiagnostic"
ORG = "CISSS de la Gaspésie"
LOC = "Hôpital de Gaspé"
SCHED = "Temps complet permanent"
ESS = [
    "Diplôme d'études collégiales (DEC) en technologie de radiodiagnostic",
    "Être membre en règle de l'Ordre des technologues en imagerie médicale, en radio-oncologie et en électrophysiologie médicale du Québec (OTIMROEPMQ)",
    "Réussite des tests et de l'entrevue de sélection",
]
DES = [
    "Expérience en tomodensitométrie",
    "Formation en radioprotection à jour",
    "Permis de conduire valide (déplacements occasionnels vers les installations de Chandler et de Sainte-Anne-des-Monts)",
]
QUAL = ["Sens de l'organisation", "Capacité d'adaptation", "Approche centrée sur l'usager", "Travail d'équipe"]
SAL_TXT = "de 27,97 $ à 40,77 $ l'heure"
DUTIES = [
    "Réaliser les examens de radiographie générale, de radioscopie et de tomodensitométrie selon les protocoles en vigueur.",
    "Assurer la qualité des images et la sécurité des usagers en matière de radioprotection.",
    "Participer au programme d'assurance qualité des équipements.",
    "Contribuer à l'accueil et à l'orientation des stagiaires.",
]


def build():
    nl = "\n"
    txt = f"""Passer au contenu principal
CISSS de la Gaspésie
Accueil
Soins et services
Nous joindre
Carrières
Rechercher
Carrières › Offres d'emploi › Détail de l'offre

{TITLE}

Postuler
Partager

Numéro d'affichage
{REF}
Employeur
{ORG}
Installation
{LOC}
Direction
Direction des services multidisciplinaires
Service
Imagerie médicale
Statut
{SCHED}
Quart de travail
Jour, avec garde en disponibilité
Titre d'emploi
Technologue en imagerie médicale du domaine du radiodiagnostic (code 2207)
Échelle salariale
{SAL_TXT}
Début d'affichage
2034-06-19
Fin d'affichage
2034-07-09

Description du poste

Au cœur de la péninsule, l'Hôpital de Gaspé offre des services de courte durée à la population de La Côte-de-Gaspé. Le service d'imagerie médicale réalise plus de 30 000 examens par année. Sous l'autorité de la cheffe de service, la personne titulaire du poste :

{nl.join(DUTIES)}

Exigences

{nl.join(ESS)}

Atouts

{nl.join(DES)}

Compétences recherchées

{nl.join(QUAL)}

Ce que nous offrons

Prime d'éloignement et prime de rétention selon les dispositions de la convention collective
Remboursement des frais de déménagement
Quatre semaines de vacances après un an
Régime de retraite des employés du gouvernement et des organismes publics (RREGOP)

Les candidatures doivent être transmises avant la fin de l'affichage. Seules les personnes retenues seront contactées; les entrevues sont prévues le 18 juillet 2034.

Emplois similaires
Technicien(ne) en électrophysiologie médicale – Hôpital de Maria – Fin d'affichage : 2034-07-16
Préposé(e) aux bénéficiaires – CHSLD de Chandler – Fin d'affichage : 2034-07-02

Accessibilité | Politique de confidentialité | © CISSS de la Gaspésie 2034
"""
    write(KEY + "-cisss-browser.txt", txt, KEY)
    b = lambda xs: nl.join("- " + x for x in xs)
    md = f"""[CISSS de la Gaspésie](#) · [Soins et services](#) · [Nous joindre](#) · **[Carrières](#)**

[Carrières](#) › [Offres d'emploi](#) › Détail de l'offre

# {TITLE}

| | |
|---|---|
| **Numéro d'affichage** | {REF} |
| **Employeur** | {ORG} |
| **Installation** | {LOC} |
| **Direction** | Direction des services multidisciplinaires |
| **Service** | Imagerie médicale |
| **Statut** | {SCHED} |
| **Quart de travail** | Jour, avec garde en disponibilité |
| **Titre d'emploi** | Technologue en imagerie médicale du domaine du radiodiagnostic (code 2207) |
| **Échelle salariale** | {SAL_TXT} |
| **Début d'affichage** | 2034-06-19 |
| **Fin d'affichage** | 2034-07-09 |

## Description du poste

Au cœur de la péninsule, l'Hôpital de Gaspé offre des services de courte durée à la population de La Côte-de-Gaspé. Le service d'imagerie médicale réalise plus de 30 000 examens par année. Sous l'autorité de la cheffe de service, la personne titulaire du poste :

{b(DUTIES)}

## Exigences

{b(ESS)}

## Atouts

{b(DES)}

## Compétences recherchées

{b(QUAL)}

## Ce que nous offrons

- Prime d'éloignement et prime de rétention selon les dispositions de la convention collective
- Remboursement des frais de déménagement
- Quatre semaines de vacances après un an
- Régime de retraite des employés du gouvernement et des organismes publics (RREGOP)

Les candidatures doivent être transmises avant la fin de l'affichage. Seules les personnes retenues seront contactées; les entrevues sont prévues le 18 juillet 2034.

[Postuler](#)

---

*Emplois similaires :* Technicien(ne) en électrophysiologie médicale – Hôpital de Maria – Fin d'affichage : 2034-07-16 · Préposé(e) aux bénéficiaires – CHSLD de Chandler – Fin d'affichage : 2034-07-02
"""
    write(KEY + "-cisss.md", md, KEY)
    expected(KEY, reference=REF, languages=["fr"],
             title={"en": None, "fr": TITLE}, organisation={"en": None, "fr": ORG},
             location={"en": None, "fr": LOC}, schedule={"en": None, "fr": SCHED},
             deadline="2034-07-09", salary=sal(mn=27.97, mx=40.77, cur="CAD", period="hour"),
             grade=None, clearance=None,
             requirements={"en": None, "fr": req(ESS, DES)},
             competencies={"en": None, "fr": comp([(q, "") for q in QUAL])})
