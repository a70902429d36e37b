"""304118 - NATO International Staff, Operations Division (EN then FR)."""
from common import write, expected, sal, bi

REF = "304118"
T_EN = "Officer (Situation Centre Watch Procedures) - Operations Division"
T_FR = "Chargé(e) (procédures de veille du Centre de situation) - Division Opérations"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
ESS_EN = [
    "possess a university degree in international relations, security studies, public administration or a related discipline, or an equivalent level of qualification such as a high-level military education;",
    "have at least two years of experience in an operations centre, a crisis management cell or a watch-keeping function of a national administration, armed forces or international organisation;",
    "have experience in drafting standard operating procedures, checklists or shift handover instructions;",
    "be able to work in a shift pattern, including nights, weekends and public holidays, when the duty roster requires it;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; II (\"Elementary\") in the other.",
]
DES_EN = [
    "experience of NATO crisis management arrangements and of the NATO Crisis Response System;",
    "familiarity with information management tools used in a classified environment;",
    "experience in designing or running scenario-based training for watch officers.",
]
ESS_FR = [
    "être titulaire d'un diplôme universitaire en relations internationales, en études de sécurité, en administration publique ou dans une discipline apparentée, ou avoir un niveau de qualification équivalent, par exemple une formation militaire de haut niveau ;",
    "avoir au moins deux années d'expérience dans un centre d'opérations, une cellule de gestion de crise ou une fonction de veille au sein d'une administration nationale, de forces armées ou d'une organisation internationale ;",
    "avoir l'expérience de la rédaction de procédures opérationnelles permanentes, de listes de contrôle ou de consignes de relève ;",
    "être en mesure de travailler par roulement, y compris la nuit, le week-end et les jours fériés, lorsque le tableau de service l'exige ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; II (« élémentaire ») dans l'autre.",
]
DES_FR = [
    "expérience des dispositifs de gestion de crise de l'OTAN et du système OTAN de réponse aux crises ;",
    "connaissance des outils de gestion de l'information utilisés dans un environnement classifié ;",
    "expérience de la conception ou de la conduite de formations fondées sur des scénarios à l'intention des officiers de veille.",
]
COMP_EN = [
    {"name": "Achievement", "description": "Works to meet standards of quality and timeliness;"},
    {"name": "Analytical Thinking", "description": "Breaks down problems into their component parts;"},
    {"name": "Flexibility", "description": "Adapts to changing shifts and priorities;"},
    {"name": "Impact and Influence", "description": "Uses concrete arguments to convince others;"},
    {"name": "Organisational Awareness", "description": "Understands the formal structure of the Organization;"},
    {"name": "Teamwork", "description": "Cooperates with colleagues on the same shift and across shifts."},
]
COMP_FR = [
    {"name": "Recherche de l'excellence", "description": "S'efforce de respecter les normes de qualité et les délais ;"},
    {"name": "Réflexion analytique", "description": "Décompose les problèmes en leurs différents éléments ;"},
    {"name": "Flexibilité", "description": "S'adapte aux changements d'horaires et de priorités ;"},
    {"name": "Impact et influence", "description": "Utilise des arguments concrets pour convaincre ;"},
    {"name": "Compréhension organisationnelle", "description": "Comprend la structure formelle de l'Organisation ;"},
    {"name": "Travail en équipe", "description": "Coopère avec ses collègues au sein d'une même équipe de service et entre les équipes."},
]
E = dict(reference=REF, post_number=None, languages=["en", "fr"], title=bi(T_EN, T_FR),
         organisation=bi(ORG_EN, ORG_FR), location=bi("Belgium-Brussels", "Belgique-Bruxelles"),
         schedule=bi("Full-time", "Temps plein"), deadline="2034-02-02",
         salary=sal(6958.34), grade="G15", clearance="NS",
         requirements={"en": {"essential": ESS_EN, "desirable": DES_EN},
                       "fr": {"essential": ESS_FR, "desirable": DES_FR}},
         competencies={"en": COMP_EN, "fr": COMP_FR})


def portal():
    ess = "\n".join(ESS_EN)
    des = "\n".join(DES_EN)
    essf = "\n".join(ESS_FR)
    desf = "\n".join(DES_FR)
    comp = "\n".join(c["name"] + ": " + c["description"] for c in COMP_EN)
    compf = "\n".join(c["name"] + " : " + c["description"] for c in COMP_FR)
    return f"""Skip to main content
NATO Careers
Home\tSearch for Jobs\tMy Jobpage\tFrançais
Sign In
Job Search > Job Description

Job Description - {T_EN} ({REF})

{T_EN}-{REF}

Primary Location

Belgium-Brussels

NATO Body

{ORG_EN}

Schedule

Full-time

Application Deadline

02-Feb-2034, 11:59:00 PM

Salary (Pay Basis)

: 6,958.34Euro (EUR) Monthly

Grade

A.2/ NATO Grade G15

Clearance Level

NS

Description
:
VACANCY NOTIFICATION/ NOTIFICATION DE LA VACANCE DU POSTE

Please note that the working languages of NATO are English and French; applications may be submitted in either language. La version française suit la version anglaise.

1. SUMMARY

The Operations Division supports the North Atlantic Council and the Military Committee in the preparation, planning and conduct of NATO's response to crises. The Situation Centre (SITCEN), part of the Division, is the focal point at NATO Headquarters for round-the-clock situational awareness: it receives, screens and circulates reporting from Allies, the Strategic Commands and open sources, and it alerts senior officials when events call for a decision.

Within the SITCEN, the Watch Procedures team keeps the procedures, checklists and training of the watch teams up to date. The incumbent drafts and revises the watch procedures, coordinates their validation with the other divisions and the International Military Staff, trains newly arrived watch officers and, when required, serves on a watch shift. S/he also contributes to the preparation of crisis management exercises in which the SITCEN takes part.

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL

The incumbent must:

{ess}

DESIRABLE

The following would be considered an advantage:

{des}

3. MAIN ACCOUNTABILITIES

Planning and Execution
Maintains the catalogue of SITCEN watch procedures and proposes amendments after each exercise or real event. Keeps a record of changes and makes sure that superseded versions are withdrawn.

Knowledge Management
Organises the procedures library so that watch officers can find the right checklist in seconds. Writes short guides on the use of alerting tools.

Stakeholder Management
Coordinates with the IMS Situation Centre liaison, the NATO Office of Security and the Crisis Management and Disaster Response cell on common procedures.

Expertise Development
Designs the induction programme for new watch officers and runs practical sessions on reporting and alerting.

Perform any other related duty as assigned.

4. INTERRELATIONSHIPS

The incumbent reports to the Head, Watch Procedures. S/he works closely with the watch teams, the other SITCEN sections and the Division's exercise planners.
Direct reports: N/a
Indirect reports: N/a

5. COMPETENCIES

The incumbent must demonstrate:

{comp}

6. CONTRACT

Contract to be offered to the successful applicant (if non-seconded): Definite duration contract of three years; possibility of renewal for up to three further years.

7. USEFUL INFORMATION REGARDING APPLICATION AND RECRUITMENT PROCESS

Applications must be submitted using the online NATO Talent Acquisition Platform. The assessment of the shortlisted candidates may include a written test and a panel interview in Brussels in March 2034.

8. ADDITIONAL INFORMATION

The incumbent will be required to work shifts and to be on call outside normal working hours. NATO is committed to diversity and inclusion and strives to provide equal access to employment, advancement and retention.

NOTIFICATION DE LA VACANCE DU POSTE

Titre : {T_FR}
Organisme OTAN : {ORG_FR}
Lieu : Belgique-Bruxelles
Horaire : Temps plein
Date limite : 2 février 2034, 23:59 (heure de Bruxelles)
Grade : A.2 / Grade OTAN G15

1. RÉSUMÉ

La Division Opérations soutient le Conseil de l'Atlantique Nord et le Comité militaire dans la préparation, la planification et la conduite de la réponse de l'OTAN aux crises. Le Centre de situation (SITCEN), qui fait partie de la Division, est le point focal du siège de l'OTAN pour la connaissance de la situation vingt-quatre heures sur vingt-quatre : il reçoit, trie et diffuse les comptes rendus des Alliés, des commandements stratégiques et des sources ouvertes, et il alerte les hauts responsables lorsque des événements appellent une décision.

Au sein du SITCEN, l'équipe Procédures de veille tient à jour les procédures, les listes de contrôle et la formation des équipes de veille. Le/La titulaire du poste rédige et révise les procédures de veille, coordonne leur validation avec les autres divisions et l'État-major militaire international, forme les officiers de veille nouvellement arrivés et, si nécessaire, assure un service de veille.

2. QUALIFICATIONS ET EXPÉRIENCE

ESSENTIEL

Le/La titulaire du poste doit :

{essf}

SOUHAITABLE

Seraient considérés comme un atout :

{desf}

3. PRINCIPALES RESPONSABILITÉS

Planification et exécution
Tient à jour le catalogue des procédures de veille du SITCEN et propose des modifications après chaque exercice ou événement réel.

Gestion des connaissances
Organise la bibliothèque des procédures afin que les officiers de veille trouvent la bonne liste de contrôle en quelques secondes.

Développement de l'expertise
Conçoit le programme d'accueil des nouveaux officiers de veille.

4. COMPÉTENCES

Le/La titulaire du poste doit faire preuve des compétences suivantes :

{compf}

5. CONTRAT

Contrat proposé : contrat de durée déterminée de trois ans, pouvant être renouvelé pour une période de trois ans au maximum.

Job Posting
: 05-Jan-2034, 9:00:00 AM

Similar jobs
Assistant (Crisis Management Exercises) - Operations Division  Belgium-Brussels  Deadline 16-Mar-2034
Apply Online
Share

Powered by Oracle Taleo
"""


def board():
    ess = "\n".join("- " + i for i in ESS_EN)
    des = "\n".join("- " + i for i in DES_EN)
    comp = "\n".join(c["name"] + ": " + c["description"] for c in COMP_EN)
    essf = "\n".join("- " + i for i in ESS_FR)
    desf = "\n".join("- " + i for i in DES_FR)
    compf = "\n".join(c["name"] + " : " + c["description"] for c in COMP_FR)
    return f"""EuroInstitutionsJobs.net
Jobs  Employers  Salary guide  Post a job  Sign in
Home / Jobs / Belgium / Brussels / {T_EN}

{T_EN}
NATOBrussels, Belgium6 days ago
Full-timeInternational organisationSecurity & defence

Apply on employer's site  Save job

Job detailsReference{REF}Primary LocationBelgium-BrusselsNATO Body{ORG_EN}ScheduleFull-timeApplication Deadline02-Feb-2034, 11:59:00 PMSalary (Pay Basis)6,958.34Euro (EUR) MonthlyGradeA.2/ NATO Grade G15Clearance LevelNS

Job description
1. SUMMARY
The Operations Division supports the North Atlantic Council and the Military Committee in NATO's response to crises. The Situation Centre (SITCEN) is the focal point at NATO Headquarters for round-the-clock situational awareness. The incumbent drafts and revises the watch procedures, trains newly arrived watch officers and, when required, serves on a watch shift.
2. QUALIFICATIONS AND EXPERIENCE
ESSENTIALThe incumbent must:
{ess}
DESIRABLEThe following would be considered an advantage:
{des}
3. MAIN ACCOUNTABILITIES
Maintains the catalogue of watch procedures; organises the procedures library; coordinates with the IMS and the NATO Office of Security; designs the induction programme for new watch officers.
5. COMPETENCIES
The incumbent must demonstrate:
{comp}
6. CONTRACT
Definite duration contract of three years.

NOTIFICATION DE LA VACANCE DU POSTE
Titre : {T_FR}Organisme OTAN : {ORG_FR}Lieu : Belgique-BruxellesHoraire : Temps pleinDate limite : 2 février 2034, 23:59 (heure de Bruxelles)Grade : A.2 / Grade OTAN G15
1. RÉSUMÉ
Au sein du Centre de situation (SITCEN), le/la titulaire du poste rédige et révise les procédures de veille, forme les officiers de veille nouvellement arrivés et, si nécessaire, assure un service de veille.
2. QUALIFICATIONS ET EXPÉRIENCE
ESSENTIELLe/La titulaire du poste doit :
{essf}
SOUHAITABLESeraient considérés comme un atout :
{desf}
4. COMPÉTENCES
{compf}

Job ID: EIJ-2209471 | Posted 05/01/2034 | Views 311

Similar jobs
Policy Officer, Maritime Security - European External Action Service, Brussels - Apply by 20/02/2034 - €6,100 – €7,050 / month
Programme Assistant - OSCE Secretariat, Vienna - Apply by 11/02/2034
Get job alerts for "NATO Brussels"  Create alert

© 2034 EuroInstitutionsJobs.net  Privacy  Terms  Cookies
"""


def build():
    expected(E)
    write(f"{REF}-natocareers.txt", portal(), REF)
    write(f"{REF}-jobboard.txt", board(), REF)
