from common import *

REF = "315214"
T_EN = "Officer (Capability Target Data Analysis) - Defence Policy and Planning Division"
T_FR = "Chargé(e) (analyse des données relatives aux objectifs de capacités) - Division Politique de défense et planification"
ORG_EN, ORG_FR = "NATO International Staff (NATO IS)", "Secrétariat international de l'OTAN (SI OTAN)"
ESS_EN = [
    "possess a university degree in economics, statistics, operations research, political science or a related discipline, or an equivalent level of qualification;",
    "have at least three years of experience in the analysis of defence planning, force structure or capability data in a national ministry, armed forces or an international organisation;",
    "have advanced skills in spreadsheet modelling and in at least one data query or scripting language;",
    "be able to turn large data sets into short, accurate briefings for non-specialist readers;",
    "possess the following minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") in one; I (\"Beginner\") in the other.",
]
DES_EN = [
    "knowledge of the NATO Defence Planning Process and of the capability target apportionment cycle;",
    "experience with business intelligence or data visualisation software;",
    "a postgraduate qualification in a quantitative discipline.",
]
ESS_FR = [
    "être titulaire d'un diplôme universitaire en économie, en statistique, en recherche opérationnelle, en science politique ou dans une discipline apparentée, ou avoir un niveau de qualification équivalent ;",
    "avoir au moins trois années d'expérience de l'analyse de données relatives à la planification de défense, à la structure des forces ou aux capacités au sein d'un ministère, de forces armées ou d'une organisation internationale ;",
    "posséder des compétences avancées en modélisation sur tableur et dans au moins un langage de requête ou de script ;",
    "être capable de transformer de grands ensembles de données en exposés courts et exacts à l'intention de non-spécialistes ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : IV (« intermédiaire supérieur ») dans l'une ; I (« débutant ») dans l'autre.",
]
DES_FR = [
    "connaissance du processus OTAN de planification de défense et du cycle de répartition des objectifs de capacités ;",
    "expérience des logiciels d'informatique décisionnelle ou de visualisation de données ;",
    "diplôme de troisième cycle dans une discipline quantitative.",
]
COMP_EN = [
    {"name": "Achievement", "description": "Sets demanding but realistic goals for own work;"},
    {"name": "Analytical Thinking", "description": "Sees several causes and consequences in a data problem;"},
    {"name": "Clarity and Accuracy", "description": "Checks own figures and those of others before release;"},
    {"name": "Customer Service Orientation", "description": "Takes personal responsibility for answering national delegations' queries;"},
    {"name": "Organisational Awareness", "description": "Understands how the defence planning committees take decisions;"},
    {"name": "Teamwork", "description": "Shares data and methods openly with colleagues."},
]
COMP_FR = [
    {"name": "Recherche de l'excellence", "description": "Se fixe des objectifs exigeants mais réalistes pour son propre travail ;"},
    {"name": "Réflexion analytique", "description": "Voit plusieurs causes et conséquences dans un problème de données ;"},
    {"name": "Clarté et précision", "description": "Vérifie ses propres chiffres et ceux des autres avant diffusion ;"},
    {"name": "Sens du service", "description": "Prend personnellement en charge les questions des délégations nationales ;"},
    {"name": "Compréhension organisationnelle", "description": "Comprend comment les comités de planification de défense prennent leurs décisions ;"},
    {"name": "Travail en équipe", "description": "Partage ouvertement données et méthodes avec ses collègues."},
]

E = expected(REF, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": "Belgium-Brussels", "fr": "Belgique-Bruxelles"},
             {"en": "Full-time", "fr": "Temps plein"}, "2034-09-04", sal(7482.61), "G16", "NS",
             {"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             {"en": COMP_EN, "fr": COMP_FR})

EN_SUMMARY = """1. SUMMARY

The Defence Policy and Planning (DPP) Division leads the International Staff's work on the defence side of the Alliance's core tasks. Its Defence Planning Directorate runs the staff work of the NATO Defence Planning Process on behalf of the Defence Policy and Planning Committee, from the setting of minimum capability requirements to the assessment of Allies' plans.

Within the Directorate, the Capability Targets and Data Section keeps the authoritative record of the capability targets apportioned to each Ally and of the national answers given in the defence planning survey. The incumbent maintains and analyses this record, produces the statistical annexes of the capability reviews and answers data requests from national delegations and from the Strategic Commands. S/he reports to the Head of Section and works closely with the country teams of the Directorate and with the International Military Staff."""

EN_ACC = """4. MAIN ACCOUNTABILITIES

Information Management
Maintain the data holdings on capability targets and national answers, document each change and keep the release versions under configuration control. Ensure that classified data is handled in line with NATO security rules.

Expertise Development
Design and run analyses that compare national plans with apportioned targets, and propose improvements to the methods used by the Directorate.

Policy Development
Contribute figures, tables and short analytical notes to the draft capability reviews and to reports for Defence Ministers.

Stakeholder Management
Act as first point of contact for data questions from national delegations; explain methods and results in plain language.

Knowledge Management
Write and keep up to date the desk instructions for the data cycle so that colleagues can cover the post during absences.

Perform any other related duty as assigned.

5. INTERRELATIONSHIPS

The incumbent reports to the Head, Capability Targets and Data Section. S/he works with staff across the DPP Division, the International Military Staff, Allied Command Operations and Allied Command Transformation.
Direct reports: N/a
Indirect reports: N/a"""

FR_SUMMARY = """1. RÉSUMÉ

La Division Politique de défense et planification (DPP) dirige les travaux du Secrétariat international sur les aspects défense des tâches fondamentales de l'Alliance. Sa Direction Planification de défense assure, pour le compte du Comité des politiques et des plans de défense, les travaux d'état-major du processus OTAN de planification de défense, depuis la fixation des besoins capacitaires minimaux jusqu'à l'évaluation des plans des Alliés.

Au sein de la Direction, la Section Objectifs de capacités et données tient le registre de référence des objectifs de capacités répartis entre les Alliés et des réponses nationales à l'enquête sur la planification de défense. Le/La titulaire du poste tient à jour et analyse ce registre, établit les annexes statistiques des revues capacitaires et répond aux demandes de données des délégations nationales et des commandements stratégiques. Il/Elle relève du/de la chef de la Section et travaille en étroite collaboration avec les équipes pays de la Direction et avec l'État-major militaire international."""

FR_ACC = """4. PRINCIPALES RESPONSABILITÉS

Gestion de l'information
Tenir à jour les données relatives aux objectifs de capacités et aux réponses nationales, documenter chaque modification et placer les versions diffusées sous contrôle de configuration.

Développement de l'expertise
Concevoir et mener des analyses comparant les plans nationaux aux objectifs répartis, et proposer des améliorations des méthodes de la Direction.

Élaboration des politiques
Fournir chiffres, tableaux et courtes notes d'analyse pour les projets de revues capacitaires et les rapports destinés aux ministres de la Défense.

Gestion des parties prenantes
Être le premier point de contact pour les questions de données posées par les délégations nationales.

S'acquitter de toute autre tâche en rapport avec ses fonctions.

5. RELATIONS DE TRAVAIL

Le/La titulaire relève du/de la chef de la Section Objectifs de capacités et données.
Subordonnés directs : sans objet
Subordonnés indirects : sans objet"""


def en_half(markers="", glue=False):
    m = markers
    out = [EN_SUMMARY, "", "2. QUALIFICATIONS AND EXPERIENCE", "", "ESSENTIAL", "", "The incumbent must:", ""]
    out += [m + x for x in ESS_EN]
    out += ["", "DESIRABLE", "", "The following would be considered an advantage:", ""]
    out += [m + x for x in DES_EN]
    out += ["", "3. COMPETENCIES", "", "The incumbent must demonstrate:", ""]
    out += [m + x for x in comp_lines(COMP_EN)]
    out += ["", EN_ACC, "", "6. CONTRACT", "",
            "Contract to be offered to the successful applicant (if non-seconded): definite duration contract of three years; possibility of renewal for up to three years, during which the incumbent may apply for conversion to an indefinite duration contract.",
            "", "7. RECRUITMENT PROCESS", "",
            "Please note that we can only accept applications from nationals of NATO member countries. Shortlisted candidates will be invited to an online written test and to a panel interview at NATO Headquarters, provisionally planned for the second half of October 2034.",
            "", "8. ADDITIONAL INFORMATION", "",
            "Basic salary: 7,482.61 EUR per month, free of national income tax; allowances may apply depending on personal circumstances."]
    return "\n".join(out)


def fr_half(markers=""):
    m = markers
    out = ["NOTIFICATION DE LA VACANCE DU POSTE", "",
           "Intitulé du poste : " + T_FR,
           "Organisme : " + ORG_FR,
           "Lieu : Belgique-Bruxelles",
           "Horaire : Temps plein",
           "Date limite de candidature : 4 septembre 2034, 23:59 (heure de Bruxelles)",
           "Salaire : 7 482,61 EUR Mensuelle",
           "Grade : G16", "",
           FR_SUMMARY, "", "2. QUALIFICATIONS ET EXPÉRIENCE", "", "ESSENTIEL", "", "Le/La titulaire doit :", ""]
    out += [m + x for x in ESS_FR]
    out += ["", "SOUHAITABLE", "", "Serait considéré comme un atout :", ""]
    out += [m + x for x in DES_FR]
    out += ["", "3. COMPÉTENCES", "", "Le/La titulaire doit faire preuve des compétences suivantes :", ""]
    out += [m + x for x in comp_lines(COMP_FR, " : ")]
    out += ["", FR_ACC, "", "6. CONTRAT", "",
            "Contrat proposé (hors détachement) : contrat de durée déterminée de trois ans, renouvelable.",
            "", "7. PROCÉDURE DE RECRUTEMENT", "",
            "Seules les candidatures de ressortissant(e)s des pays membres de l'OTAN peuvent être acceptées. Les candidat(e)s présélectionné(e)s seront invité(e)s à un test écrit en ligne et à un entretien au siège de l'OTAN."]
    return "\n".join(out)


def natocareers():
    head = f"""Skip to main content
NATO careers	Job Search	My Jobs	My Account	Sign Out
Careers home > Job Search > Job Description

Job Description - {T_EN} ({REF})

Apply Online	Add to My Job Cart	Send to a friend

{T_EN}-{REF}

Primary Location

Belgium-Brussels

NATO Body

{ORG_EN}

Schedule

Full-time

Application Deadline

04-Sep-2034, 11:59:00 PM

Salary (Pay Basis)

: 7,482.61Euro (EUR) Monthly

Grade

NATO Grade G16

Clearance Level

NS

Description

:

VACANCY NOTIFICATION/ NOTIFICATION DE LA VACANCE DU POSTE

"""
    tail = f"""

**********

{fr_half()}

Job Posting

: 31-Jul-2034, 9:00:00 AM

Apply Online	Add to My Job Cart

Similar jobs
Officer (Force Structure Analysis) - Operations Division	Belgium-Brussels	Application Deadline 23-Oct-2034
Assistant (Committee Support)	Belgium-Brussels	Application Deadline 09-Oct-2034

Powered by Taleo	Privacy	Terms of Use	Accessibility
"""
    return head + en_half() + tail


def jobboard():
    hdr = f"""EuroDefenceJobs.example
Find jobs   Employers   Salary guide   Sign in
Track This Job
Add this job to your tracking list to monitor status and set reminders.
Save This Job
Keep it in your saved jobs and receive a reminder before it expires.
AI-Powered Job Summary
Get a short overview of the requirements in seconds.

{T_EN}
NATO · Brussels · posted 5 days ago
Job Description - {T_EN} ({REF})
Belgium-Brussels
NATO Body
{ORG_EN}
Schedule
Full-time
Application Deadline
04-Sep-2034, 11:59:00 PM
Salary (Pay Basis)
7,482.61
Grade
NATO Grade G16
"""
    body = en_half(markers="- ")
    ftr = f"""

{fr_half(markers="- ")}

Job ID: EDJ-3390127   Source: NATO Talent Acquisition Platform
Report this job

Similar jobs
Analyst (Defence Industrial Data) · Brussels · €6,100 - €7,900 per month · closes 2 October 2034
Senior Assistant (Planning Records) · Brussels · closes 16 October 2034
© EuroDefenceJobs.example
"""
    return hdr + body + ftr


def render():
    return {f"{REF}-natocareers.txt": natocareers(), f"{REF}-jobboard.txt": jobboard()}
