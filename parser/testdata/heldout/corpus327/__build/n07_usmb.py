from common import *

KEY = "usmb-drh-2045-19"
D = dict(
    reference="USMB-DRH-2045-19", post_number=None, languages=["fr"],
    title=both(None, "Ingénieur·e d'études en analyse de données hydrologiques (F/H)"),
    organisation=both(None, "Université Savoie Mont Blanc"),
    location=both(None, "Le Bourget-du-Lac (campus Savoie Technolac)"),
    schedule=both(None, "Temps complet (quotité de 100 %)"),
    deadline="2045-01-20",
    salary=sal(mn=2395, mx=2705, cur="EUR", period="month"),
    grade="A", clearance=None,
    requirements=both(None, req([
        "Diplôme de niveau bac+5 en hydrologie, sciences de l'environnement ou science des données",
        "Maîtrise de Python ou de R pour le traitement de séries temporelles",
        "Expérience de la gestion de bases de données environnementales (PostgreSQL/PostGIS)",
        "Anglais scientifique lu et écrit",
    ], [
        "Connaissance des réseaux de mesure en montagne",
        "Pratique d'un système d'information géographique (QGIS)",
    ])),
    competencies=both(None, comp([("Curiosité scientifique", ""), ("Sens du travail en équipe", ""),
                                  ("Capacité d'adaptation", "")])),
)
R = D["requirements"]["fr"]
C = D["competencies"]["fr"]


def md():
    return f"""[Accès rapide](#) · [Formation](#) · [Recherche](#) · [International](#) · [Recrutement](#) · [EN](#)

*Accueil › L'université › Travailler à l'USMB › Personnels BIATSS*

## Offre d'emploi contractuel

### {D['title']['fr']}

| | |
|---|---|
| **Référence** | {D['reference']} |
| **Employeur** | {D['organisation']['fr']} |
| **Laboratoire** | Laboratoire d'étude des milieux de montagne (unité fictive) |
| **Lieu d'exercice** | {D['location']['fr']} |
| **Catégorie** | A |
| **Corps de référence** | Ingénieur d'études (IGE) – BAP E |
| **Nature du contrat** | CDD de 18 mois |
| **Quotité** | {D['schedule']['fr']} |
| **Rémunération** | entre 2 395 € et 2 705 € brut mensuel selon l'expérience |
| **Date limite de candidature** | 20/01/2045 |

#### Contexte

Le laboratoire suit depuis vingt ans les débits, l'enneigement et la qualité des eaux de plusieurs bassins versants
alpins. Un projet financé par la région doit regrouper ces séries dans une base commune et produire des indicateurs
ouverts aux gestionnaires de l'eau.

#### Activités principales

+ concevoir et administrer la base de données des observations ;
+ développer les chaînes de contrôle qualité et de correction des séries ;
+ produire des tableaux de bord et des jeux de données documentés ;
+ accompagner les doctorants dans l'usage des données.

#### Profil recherché

{chr(10).join('+ ' + x for x in R['essential'])}

#### Seraient appréciés

{chr(10).join('+ ' + x for x in R['desirable'])}

#### Savoir-être

{chr(10).join('+ *' + c['name'] + '*' for c in C)}

#### Pour candidater

CV et lettre de motivation sur la plateforme de recrutement de l'université, avec la référence {D['reference']}.
Auditions prévues le 2 février 2045, prise de fonctions au 1er avril 2045.

> **Agenda** – Journée portes ouvertes des campus le 4 février 2045 · Fermeture administrative du 23 décembre au 2 janvier.

[Mentions légales](#) · [Accessibilité](#) · © {D['organisation']['fr']}
"""


def portal():
    L = ["Portail Emplois ESR-Recherche (PortailESR)", "Accueil > Offres > Ingénieurs et techniciens > Auvergne-Rhône-Alpes",
         "< Retour à la liste (57 offres)", "", D['title']['fr'], "", "Postuler    Sauvegarder    Partager", ""]
    for a, b in [("Référence", D['reference']), ("Employeur", D['organisation']['fr']),
                 ("Localisation", D['location']['fr']), ("Catégorie", "A"),
                 ("Famille professionnelle", "BAP E – Informatique, statistique et calcul scientifique"),
                 ("Type de contrat", "CDD 18 mois"), ("Temps de travail", D['schedule']['fr']),
                 ("Rémunération", "2 395 € – 2 705 € brut mensuel"),
                 ("Date de publication", "08/12/2044"), ("Date limite de candidature", "20/01/2045")]:
        L += [a, b, ""]
    L += ["Descriptif", "Conception et administration de la base de données des observations hydrologiques d'un",
          "laboratoire de montagne, contrôle qualité des séries et diffusion de jeux de données ouverts.", "",
          "Profil du candidat"]
    L += R['essential']
    L += ["", "Serait apprécié"] + R['desirable']
    L += ["", "Savoir-être", ", ".join(c['name'] for c in C), "",
          "Offres similaires",
          "Assistant·e ingénieur·e en instrumentation – Grenoble – date limite 30/01/2045",
          "Ingénieur·e de recherche en géomatique – Lyon – date limite 27/01/2045", "",
          "PortailESR – Plan du site – Accessibilité : partiellement conforme"]
    return "\n".join(L) + "\n"


def build():
    expected(KEY, D)
    w(f"{KEY}-usmb.md", md(), KEY)
    w(f"{KEY}-portailesr.txt", portal(), KEY)
