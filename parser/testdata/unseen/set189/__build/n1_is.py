"""298113 - NATO International Staff, JIS Division (EN then FR).
Renderings: careers portal EN interface copied from the browser; a job board copy."""
from common import expected, write

REF = "298113"
T_EN = "Officer (Security Accreditation) - Joint Intelligence and Security Division"
T_FR = "Officier/Officière (homologation de sécurité) - Division Renseignement et sécurité"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"

ESS_EN = [
    "possess a university degree in information security, computer science, engineering or a related discipline, or an equivalent level of qualification;",
    "have at least four years of experience in the security accreditation or risk assessment of communication and information systems;",
    "have a working knowledge of information assurance standards and of the risk management frameworks used in government or defence;",
    "be able to draft clear accreditation reports and to brief both technical and non-technical audiences;",
    "possess the following minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") in one; II (\"Elementary\") in the other.",
]
DES_EN = [
    "a professional certification in information security, such as CISSP or CISM;",
    "experience of the NATO Security Policy and of its supporting directives on CIS security;",
    "experience in the accreditation of deployable or mission systems.",
]
ESS_FR = [
    "être titulaire d'un diplôme universitaire en sécurité de l'information, en informatique, en ingénierie ou dans une discipline apparentée, ou d'une qualification de niveau équivalent ;",
    "avoir au moins quatre années d'expérience de l'homologation de sécurité ou de l'évaluation des risques des systèmes d'information et de communication ;",
    "avoir une connaissance pratique des normes d'assurance de l'information et des cadres de gestion des risques utilisés dans l'administration ou la défense ;",
    "être capable de rédiger des rapports d'homologation clairs et de présenter des exposés à des publics techniques comme non techniques ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : IV (« intermédiaire supérieur ») dans l'une ; II (« élémentaire ») dans l'autre.",
]
DES_FR = [
    "une certification professionnelle en sécurité de l'information, telle que CISSP ou CISM ;",
    "une expérience de la politique de sécurité de l'OTAN et de ses directives d'application relatives à la sécurité des SIC ;",
    "une expérience de l'homologation de systèmes déployables ou de mission.",
]
COMP_EN = [
    ("Analytical Thinking", "Breaks down complex problems into their components;"),
    ("Clarity and Accuracy", "Checks own work and the work of others for errors;"),
    ("Customer Service Orientation", "Takes personal responsibility for resolving problems;"),
    ("Impact and Influence", "Uses indirect influence to persuade stakeholders;"),
    ("Teamwork", "Asks for the input of others and works cooperatively."),
]
COMP_FR = [
    ("Réflexion analytique", "Décompose les problèmes complexes en leurs éléments ;"),
    ("Clarté et précision", "Vérifie l'absence d'erreurs dans son propre travail et dans celui des autres ;"),
    ("Service client", "Prend personnellement en charge la résolution des problèmes ;"),
    ("Impact et influence", "Recourt à une influence indirecte pour convaincre les parties prenantes ;"),
    ("Travail en équipe", "Sollicite l'avis des autres et travaille dans un esprit de coopération."),
]


def exp():
    return expected(REF, None, ["en", "fr"], {"en": T_EN, "fr": T_FR},
                    {"en": ORG_EN, "fr": ORG_FR}, {"en": LOC_EN, "fr": LOC_FR},
                    {"en": SCH_EN, "fr": SCH_FR}, "2033-07-08",
                    {"amount": 6734.19, "currency": "EUR", "period": "month"}, "G15", "CTS",
                    {"en": {"essential": ESS_EN, "desirable": DES_EN},
                     "fr": {"essential": ESS_FR, "desirable": DES_FR}},
                    {"en": COMP_EN, "fr": COMP_FR})


def body_en(sep="\n"):
    ess = sep.join(ESS_EN)
    des = sep.join(DES_EN)
    comp = sep.join(f"{n}: {d}" for n, d in COMP_EN)
    return f"""1. SUMMARY

The Joint Intelligence and Security (JIS) Division brings together the intelligence and security functions of the International Staff. Within the NATO Office of Security (NOS), the Information Assurance and Accreditation Branch assesses the security of the communication and information systems (CIS) used to handle NATO classified information and advises the Security Accreditation Authority on their approval.

The incumbent will lead accreditation files for a portfolio of systems, from the first security risk assessment to the statement of approval, and will follow up the corrective actions agreed with system owners in NATO bodies and in member nations.

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL

The incumbent must:
{ess}

DESIRABLE

The following would be considered an advantage:
{des}

3. MAIN ACCOUNTABILITIES

Expertise Development
Reviews the security documentation submitted by system owners and checks it against the NATO security requirements. Keeps up to date with developments in information assurance and shares them with the Branch.

Stakeholder Management
Acts as the Branch's point of contact for the system owners in the portfolio. Organises accreditation boards and records their conclusions.

Knowledge Management
Maintains the accreditation records in the Branch database and makes sure that every decision can be traced.

Perform any other related duty as assigned.

4. INTERRELATIONSHIPS

The incumbent reports to the Head, Information Assurance and Accreditation Branch. S/he works with the other sections of the NOS, the NATO Communications and Information Agency and the security authorities of Allies.
Direct reports: N/a
Indirect reports: N/a.

5. COMPETENCIES

The incumbent must demonstrate:
{comp}

6. CONTRACT

Contract to be offered to the successful applicant (if non-seconded): Definite duration contract of three years; possibility of an indefinite duration contract thereafter.

7. RECRUITMENT PROCESS

Please note that we can only accept applications from nationals of NATO member countries. Applications must be submitted using e-recruitment system, as applicable. Shortlisted applicants may be invited to a written assessment and a competency-based interview in September 2033.

8. ADDITIONAL INFORMATION

The successful applicant will be required to obtain a COSMIC TOP SECRET security clearance before taking up the post. NATO is committed to diversity and inclusion, and strives to provide equal access to employment, advancement and retention, independent of gender, age, nationality, ethnic origin, religion or belief, cultural background, sexual orientation, and disability.
"""


def body_fr(sep="\n"):
    ess = sep.join(ESS_FR)
    des = sep.join(DES_FR)
    comp = sep.join(f"{n} : {d}" for n, d in COMP_FR)
    return f"""NOTIFICATION DE LA VACANCE DU POSTE

Titre : {T_FR} (298113)
Emplacement principal : {LOC_FR}
Organisme OTAN : {ORG_FR}
Horaire : {SCH_FR}
Date limite de candidature : 08-juil.-2033, 23:59:00
Salaire (Base de paie) : 6 734,19 EUR Mensuelle
Grade : A.2/ Grade OTAN G15
Niveau d'habilitation : CTS

1. RÉSUMÉ

La Division Renseignement et sécurité (JIS) réunit les fonctions de renseignement et de sécurité du Secrétariat international. Au sein du Bureau de sécurité de l'OTAN (NOS), la Branche Assurance de l'information et homologation évalue la sécurité des systèmes d'information et de communication (SIC) qui traitent des informations classifiées OTAN et conseille l'autorité d'homologation de sécurité sur leur approbation.

Le/La titulaire pilotera les dossiers d'homologation d'un ensemble de systèmes, depuis la première évaluation des risques jusqu'à la déclaration d'approbation, et assurera le suivi des mesures correctives convenues avec les propriétaires des systèmes.

2. QUALIFICATIONS ET EXPÉRIENCE

ACQUIS ESSENTIELS

Le/La titulaire doit :
{ess}

ACQUIS SOUHAITABLES

Atouts :
{des}

3. PRINCIPALES RESPONSABILITÉS

Développement de l'expertise
Examine la documentation de sécurité soumise par les propriétaires des systèmes et la confronte aux exigences de sécurité de l'OTAN.

Gestion des parties prenantes
Sert de point de contact de la Branche pour les propriétaires des systèmes. Organise les commissions d'homologation et consigne leurs conclusions.

S'acquitte de toute autre tâche en rapport avec ses fonctions.

4. STRUCTURE ET LIENS HIÉRARCHIQUES

Le/La titulaire relève du/de la chef(fe) de la Branche Assurance de l'information et homologation.
Subordonnés directs : sans objet

5. COMPÉTENCES

Le/La titulaire doit faire preuve des compétences suivantes :
{comp}

6. CONTRAT

Contrat de durée déterminée de trois ans ; possibilité de contrat de durée indéterminée par la suite.

7. PROCESSUS DE RECRUTEMENT

Seules les candidatures de ressortissants des pays membres de l'OTAN peuvent être acceptées. Les candidat(e)s présélectionné(e)s pourront être invité(e)s à une épreuve écrite et à un entretien en septembre 2033.
"""


def portal_txt():
    return f"""Skip to main content
NATO Careers
Job Search	My Jobs	My Account	Sign In
English (selected)	Français
Careers Home > Job Search > Job Description
Job Description - {T_EN} (298113)
Apply Online	Add to My Job Cart	Send to a Friend
{T_EN}-298113

Primary Location

{LOC_EN}

NATO Body

{ORG_EN}

Schedule

{SCH_EN}

Application Deadline

08-Jul-2033, 11:59:00 PM

Salary (Pay Basis)

: 6,734.19Euro (EUR) Monthly

Grade

A.2/ NATO Grade G15

Clearance Level

CTS

Description

:

VACANCY NOTIFICATION / NOTIFICATION DE LA VACANCE DU POSTE
Please find below the English version of the vacancy, followed by the French version.
Veuillez trouver ci-dessous la version anglaise de l'avis de vacance, suivie de la version française.

{body_en()}
**********

{body_fr()}
Job Posting

: 13-Jun-2033, 9:00:00 AM

Apply Online	Add to My Job Cart

Similar jobs
Assistant (Personnel Security) - Joint Intelligence and Security Division	Belgium-Brussels	Application Deadline 02-Aug-2033
Analyst (Security Policy) - Joint Intelligence and Security Division	Belgium-Brussels	Application Deadline 29-Aug-2033

Share this job	LinkedIn	X	Facebook	Email
Powered by Oracle Taleo	Privacy Statement	Cookie Preferences	Terms of Use
"""


def board_txt():
    en = body_en()
    fr = body_fr()
    return f"""EUinstitutionJobs.info — jobs in international organisations
Home  Jobs  Organisations  Countries  Post a job  Log in
Jobs » NATO » Belgium » Brussels
{T_EN}NATOBrussels, Belgium6 days ago
Security & IntelligenceFull-timeA.2 / G15Closes 8 July 2033
Apply on the employer's site
Save job  Report job
Job detailsPrimary Location{LOC_EN}NATO Body{ORG_EN}Schedule{SCH_EN}Application Deadline08-Jul-2033, 11:59:00 PMSalary (Pay Basis)6,734.19Euro (EUR)MonthlyGradeA.2/ NATO Grade G15Clearance LevelCTS
Job description
{en}
{fr}
This job was first published on the employer's careers site. EUinstitutionJobs.info is not the employer and does not take applications. Job ID: EIJ-2033-61847
Similar jobs
Project Officer (Cyber Defence Exercises)NCIAMons, BelgiumClosing 19 July 2033
Information Management AssistantSHAPEMons, BelgiumClosing 26 July 2033
Salary estimate for similar roles: €5,900 - €7,400 per month
Get job alerts for "security officer Brussels"  Subscribe
© 2033 EUinstitutionJobs.info  About  Privacy  Contact
"""


def build():
    exp()
    write(f"{REF}-natocareers.txt", portal_txt(), REF)
    write(f"{REF}-jobboard.txt", board_txt(), REF)
