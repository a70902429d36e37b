from common import *

KEY = "394126"
T_EN = "Officer (Defence Planning Data and Reporting) - Defence Policy and Planning Division"
T_FR = "Chargé(e) de mission (données et rapports de planification de défense) - Division Politique de défense et planification"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
GRADE, CLR = "G15", "CTS"

ESS_EN = [
    "possess a university degree in economics, statistics, political science, international relations or a related discipline from an institute of recognised standing;",
    "have at least four years of professional experience in defence planning, capability development or the analysis of national defence data;",
    "have prepared written analyses and reports for senior committees or decision-makers on the basis of quantitative information;",
    "have advanced working experience with spreadsheets and at least one data analysis or visualisation tool;",
    "be familiar with the NATO Defence Planning Process or a comparable national planning cycle;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; I (\"Beginner\") in the other.",
]
DES_EN = [
    "experience of working in a ministry of defence, a national delegation or an international organisation;",
    "knowledge of database design or a programming language used for analysis, such as Python or R;",
    "a higher level of proficiency in the second official language.",
]
ESS_FR = [
    "être titulaire d'un diplôme universitaire en économie, en statistique, en sciences politiques, en relations internationales ou dans une discipline apparentée, délivré par un établissement reconnu ;",
    "avoir au moins quatre années d'expérience professionnelle dans la planification de défense, le développement capacitaire ou l'analyse de données de défense nationales ;",
    "avoir rédigé des analyses et des rapports destinés à des comités de haut niveau ou à des décideurs à partir d'informations quantitatives ;",
    "avoir une expérience poussée des tableurs et d'au moins un outil d'analyse ou de visualisation de données ;",
    "connaître le processus OTAN de planification de défense ou un cycle de planification national comparable ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; I (« débutant ») dans l'autre.",
]
DES_FR = [
    "expérience au sein d'un ministère de la Défense, d'une délégation nationale ou d'une organisation internationale ;",
    "connaissance de la conception de bases de données ou d'un langage de programmation utilisé pour l'analyse, tel que Python ou R ;",
    "un niveau de compétence plus élevé dans la deuxième langue officielle.",
]
COMP_EN = [
    ("Achievement", "Works to meet a demanding standard;"),
    ("Analytical Thinking", "Breaks down complex problems into their parts;"),
    ("Clarity and Accuracy", "Monitors the quality of data and of its own work;"),
    ("Customer Service Orientation", "Takes personal responsibility for resolving requests;"),
    ("Flexibility", "Adapts procedures to fit a changing situation;"),
    ("Initiative", "Acts ahead of time to prevent problems;"),
    ("Teamwork", "Expresses positive expectations of colleagues."),
]
COMP_FR = [
    ("Recherche de l'excellence", "S'efforce d'atteindre un niveau d'exigence élevé ;"),
    ("Réflexion analytique", "Décompose les problèmes complexes en leurs éléments ;"),
    ("Clarté et précision", "Contrôle la qualité des données et de son propre travail ;"),
    ("Orientation client", "Assume personnellement la résolution des demandes ;"),
    ("Flexibilité", "Adapte les procédures à une situation qui évolue ;"),
    ("Initiative", "Agit de manière anticipée pour éviter les problèmes ;"),
    ("Travail en équipe", "Exprime des attentes positives à l'égard de ses collègues."),
]

SUMMARY_EN = """The Defence Policy and Planning (DPP) Division leads the defence-related aspects of the Alliance's core tasks at the political-military level. It manages the NATO Defence Planning Process, through which Allies agree capability targets and review how national plans meet them.

Within the Division, the Defence Planning Directorate collects and examines the information Allies submit each planning cycle. The Data and Reporting Section maintains the planning data holdings, produces the statistical annexes of the capability reviews and answers requests from delegations and committees.

The incumbent will support the Head of Section in preparing the data for the capability reviews, checking national submissions for completeness and consistency, and drafting the quantitative parts of reports to the Defence Policy and Planning Committee."""
DUTIES_EN = [
    "Data Management. Maintains the planning databases, documents changes to data definitions and keeps the audit trail of corrections agreed with national delegations.",
    "Analysis. Produces tables, charts and short analytical notes on defence expenditure, force structures and capability targets.",
    "Drafting. Drafts the statistical annexes and contributes to the country chapters of the capability reviews.",
    "Stakeholder Management. Answers questions from delegations, explains the data templates and runs briefings for new national points of contact.",
    "Knowledge Management. Keeps manuals and guidance for data submissions up to date.",
]
SUMMARY_FR = """La Division Politique de défense et planification (DPP) pilote les aspects des tâches fondamentales de l'Alliance qui ont trait à la défense au niveau politico-militaire. Elle gère le processus OTAN de planification de défense, par lequel les Alliés conviennent d'objectifs capacitaires et examinent dans quelle mesure les plans nationaux y répondent.

Au sein de la Division, la Direction Planification de défense recueille et examine les informations que les Alliés soumettent à chaque cycle. La Section Données et rapports gère les fonds de données de planification, produit les annexes statistiques des revues capacitaires et répond aux demandes des délégations et des comités.

Le/La titulaire aidera le/la chef(fe) de section à préparer les données des revues capacitaires, à vérifier l'exhaustivité et la cohérence des contributions nationales et à rédiger les parties quantitatives des rapports au Comité des politiques et de la planification de la défense."""
DUTIES_FR = [
    "Gestion des données. Tient à jour les bases de données de planification, documente les modifications des définitions et conserve la trace des corrections convenues avec les délégations.",
    "Analyse. Produit des tableaux, des graphiques et de courtes notes d'analyse sur les dépenses de défense, les structures de forces et les objectifs capacitaires.",
    "Rédaction. Rédige les annexes statistiques et contribue aux chapitres par pays des revues capacitaires.",
    "Gestion des parties prenantes. Répond aux questions des délégations, explique les modèles de données et organise des séances d'information pour les nouveaux points de contact nationaux.",
    "Gestion des connaissances. Tient à jour les manuels et les orientations relatives aux contributions de données.",
]


def build():
    expected(KEY, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2038-03-02",
             (7318.42, None, None, "EUR", "month"), GRADE, CLR,
             {"en": (ESS_EN, DES_EN), "fr": (ESS_FR, DES_FR)},
             {"en": COMP_EN, "fr": COMP_FR})
    short = T_EN.split(" - ")[0]
    comp_en = "\n".join(f"{n}: {d}" for n, d in COMP_EN)
    comp_fr = "\n".join(f"{n} : {d}" for n, d in COMP_FR)
    portal = f"""Skip to main content
NATO Careers
Job Search   My Jobpage   Sign Out
English   Français
Job Search  >  Job Description

Job Description - {T_EN} ({KEY})

Job Description

{short}-{KEY}

Primary Location

{LOC_EN}

NATO Body

{ORG_EN}

Schedule

{SCH_EN}

Application Deadline

02-Mar-2038, 11:59:00 PM

Salary (Pay Basis)

: 7,318.42Euro (EUR) Monthly

Grade

NATO Grade {GRADE}

Clearance Level

{CLR}

Description

:

VACANCY NOTIFICATION / NOTIFICATION DE VACANCE DE POSTE

1. SUMMARY

{SUMMARY_EN}

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL

The incumbent must:

{lines(ESS_EN)}

DESIRABLE

The following would be considered an advantage:

{lines(DES_EN)}

3. MAIN ACCOUNTABILITIES

{lines(DUTIES_EN)}

4. INTERRELATIONSHIPS

The incumbent reports to the Head, Data and Reporting Section, and works closely with the country desk officers of the Directorate and with the defence planning staff of the Strategic Commands.

5. COMPETENCIES

The incumbent must demonstrate:

{comp_en}

6. CONTRACT

Contract to be offered to the successful applicant (if non-seconded): definite duration contract of three years; possibility of an indefinite duration contract thereafter.

7. USEFUL INFORMATION REGARDING APPLICATION AND RECRUITMENT PROCESS

Please note that we can only accept applications from nationals of NATO member countries. Applications must be submitted using e-recruitment system. Shortlisted candidates will be invited to an online assessment and a panel interview, expected in the second half of April 2038.

8. ADDITIONAL INFORMATION

NATO is committed to diversity and inclusion. The working time is 40 hours per week, flexible working arrangements apply.

**********

Titre : {T_FR}
Organisme : {ORG_FR}
Lieu : {LOC_FR}
Horaire : {SCH_FR}
Date de clôture : 2 mars 2038, 23:59
Grade : {GRADE}
Niveau d'habilitation : {CLR}

1. RÉSUMÉ

{SUMMARY_FR}

2. QUALIFICATIONS ET EXPÉRIENCE

ESSENTIEL

Le/La titulaire doit :

{lines(ESS_FR)}

SOUHAITABLE

Serait considéré comme un atout :

{lines(DES_FR)}

3. RESPONSABILITÉS PRINCIPALES

{lines(DUTIES_FR)}

4. STRUCTURE ET LIAISONS

Le/La titulaire relève du/de la chef(fe) de la Section Données et rapports et travaille en étroite collaboration avec les responsables pays de la Direction.

5. COMPÉTENCES

Le/La titulaire doit faire preuve des compétences suivantes :

{comp_fr}

6. CONTRAT

Contrat d'une durée déterminée de trois ans ; possibilité de contrat de durée indéterminée par la suite.

Job Posting

: 28-Jan-2038, 10:00:00 AM

Similar Jobs
Assistant (Capability Targets Database) - Defence Policy and Planning Division   Deadline 19-Feb-2038
Officer (Nuclear Planning Support) - Defence Policy and Planning Division   Deadline 08-Mar-2038

Terms of Use   Privacy   Accessibility   © NATO 2038
"""
    write(f"{KEY}-natocareers.txt", portal, KEY)

    board = f"""EuroPolicyJobs.eu  |  Jobs  Employers  Salary guide  Post a job
Home > Jobs > Brussels > Policy & Public Affairs

{short}
NATO - OTANBrussels, Belgium3 days ago
Full-timeInternational organisationDefence & securityData analysis
Apply on employer site   Save

{T_EN}Primary Location{LOC_EN}NATO Body{ORG_EN}Schedule{SCH_EN}Application Deadline02-Mar-2038, 11:59:00 PMSalary (Pay Basis)7,318.42Euro (EUR) MonthlyGradeNATO Grade {GRADE}Clearance Level{CLR}

1. SUMMARY
{SUMMARY_EN}

2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
{lines(ESS_EN, '- ')}
DESIRABLE
The following would be considered an advantage:
{lines(DES_EN, '- ')}

3. MAIN ACCOUNTABILITIES
{lines(DUTIES_EN, '- ')}

5. COMPETENCIES
{lines([f'{n}: {d}' for n, d in COMP_EN], '- ')}

---
{T_FR}
Organisme : {ORG_FR} | Lieu : {LOC_FR} | Horaire : {SCH_FR} | Date de clôture : 2 mars 2038 | Grade : {GRADE} | Habilitation : {CLR}

1. RÉSUMÉ
{SUMMARY_FR}

2. QUALIFICATIONS ET EXPÉRIENCE
ESSENTIEL
Le/La titulaire doit :
{lines(ESS_FR, '- ')}
SOUHAITABLE
Serait considéré comme un atout :
{lines(DES_FR, '- ')}

5. COMPÉTENCES
{lines([f'{n} : {d}' for n, d in COMP_FR], '- ')}

Ref: {KEY}   EuroPolicyJobs ID: EPJ-2038-118470

Similar jobs
Policy Adviser, Security and Defence - Permanent Representation   Brussels   €5,200 - €6,400 / month   closes 27 Feb 2038
Data Analyst (EU Affairs) - Consultancy   Brussels   €52k - €60k   closes 12 Mar 2038

© 2038 EuroPolicyJobs.eu - Terms - Cookies
"""
    write(f"{KEY}-jobboard.txt", board, KEY)
