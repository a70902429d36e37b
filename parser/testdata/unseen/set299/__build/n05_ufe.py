"""Université française d'Égypte (university, Chorouk City, Cairo) - French only.
Renderings: 'appel à candidatures' as a Word document (pandoc DOCX -> soffice PDF, + dump), with a
Rubrique/Précisions pipe table; Egyptian job-board copy (English chrome, glued job-details line)."""
from common import *

REF = "UFE/RH/2042/019"
T = "Maître de conférences en sciences des données (H/F)"
O = "Université française d'Égypte"
L = "Chorouk City, Le Caire (Égypte)"
S = "Temps plein (192 heures d'enseignement par an et activités de recherche)"
DL = "11 septembre 2042"
MISS = [
    "assurer des enseignements en statistique, apprentissage automatique et bases de données dans la licence et le master d'informatique ;",
    "encadrer des projets d'étudiants et des stages en entreprise ;",
    "développer une activité de recherche au sein du laboratoire de l'Université, en lien avec les partenaires français ;",
    "participer à l'accréditation des formations et aux jurys d'examen.",
]
ESS = [
    "être titulaire d'un doctorat en informatique, en mathématiques appliquées ou en statistique ;",
    "justifier d'une expérience d'enseignement dans l'enseignement supérieur d'au moins deux ans ;",
    "présenter des publications dans des revues ou conférences à comité de lecture ;",
    "maîtriser le français et l'anglais à un niveau permettant d'enseigner dans les deux langues.",
]
DES = [
    "une qualification aux fonctions de maître de conférences délivrée par le Conseil national des universités ;",
    "la connaissance de l'arabe.",
]
COMP = [
    ("Pédagogie", "capacité à rendre accessibles des notions mathématiques à des publics variés."),
    ("Travail en équipe", "collaboration avec les collègues égyptiens et français des universités partenaires."),
    ("Autonomie", "aptitude à monter des projets de recherche et à rechercher des financements."),
]


def exp():
    return exp_for(REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2042-09-11", None,
                   req={"fr": (ESS, DES)}, comp={"fr": COMP})


def md():
    it = lambda xs: "\n".join(f"- {x}" for x in xs)
    comps = "\n".join(f"- **{n}** : {d}" for n, d in COMP)
    return f"""**UNIVERSITÉ FRANÇAISE D'ÉGYPTE**\\
Présidence – Direction des ressources humaines\\
Km 37, route Le Caire–Ismaïlia, Chorouk City

*Le Caire, le 20 août 2042*

# APPEL À CANDIDATURES

**N° {REF}**

L'Université française d'Égypte, université égyptienne créée par un accord entre l'Égypte et la France, lance un appel
à candidatures pour le recrutement d'un(e) :

## {T}

| Rubrique | Précisions |
|---|---|
| Référence | {REF} |
| Établissement | {O} |
| Département | Génie informatique et sciences des données |
| Lieu de travail | {L} |
| Nature du contrat | Contrat de trois ans renouvelable |
| Temps de travail | {S} |
| Rémunération | Selon la grille de l'Université et l'expérience |
| Date limite de candidature | {DL} |

### 1. Missions

Sous l'autorité du doyen de la faculté d'ingénierie, le ou la titulaire du poste devra :

{it(MISS)}

### 2. Profil

Le candidat ou la candidate doit :

{it(ESS)}

**Seraient appréciés :**

{it(DES)}

### 3. Compétences

{comps}

### 4. Dossier de candidature

Le dossier comprend une lettre de motivation, un curriculum vitæ détaillé, la liste des publications, la copie du
doctorat et deux lettres de recommandation. Il est transmis par voie électronique à l'adresse
recrutement@ufe.example au plus tard le {DL}. Les candidats retenus présenteront une leçon devant un jury le
29 septembre 2042. Prise de fonctions : 1er février 2043.

*La Directrice des ressources humaines*
"""


def board():
    it = lambda xs: "\n".join(f"- {x}" for x in xs)
    comps = "\n".join(f"- {n} : {d}" for n, d in COMP)
    return f"""NileCareers.eg
Jobs  Companies  Career Resources  Sign in  Sign up
Home > Jobs in Cairo > Education
{T}
Université française d'Égypte - Cairo, Egypt
Posted 6 days ago
142 Views | 9 Applicants
APPLY FOR JOB
Full TimeOn-siteAcademic
About the Job
Experience Needed:2+ YearsCareer Level:Experienced (Non-Manager)Education Level:Doctorate degreeSalary:ConfidentialJob Categories:Education/Teaching  IT/Software Development
Job Description
Référence : {REF}
Établissement : {O}
Lieu de travail : {L}
Temps de travail : {S}
Rémunération : selon la grille de l'Université et l'expérience
Date limite de candidature : {DL}
Missions :
{it(MISS)}
Le candidat ou la candidate doit :
{it(ESS)}
Seraient appréciés :
{it(DES)}
Compétences :
{comps}
Leçon devant le jury : 29 septembre 2042.
Job Requirements
See job description.
Skills And Tools:
Data Science  Machine Learning  Statistics  French
Similar Jobs
Assistant Lecturer - Civil Engineering - Cairo - Posted 2 days ago
Research Engineer (French speaking) - Giza - Posted 1 week ago - Deadline 15/09/2042
"""


def build():
    key = write_expected(exp())
    libreoffice_pdf("ufe.md", md(), f"{key}-ufe.libreoffice.pdf", key)
    write(f"{key}-nilecareers.txt", board(), key, "txt")
