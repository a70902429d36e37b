"""321104 - NATO International Staff, Office of Legal Affairs (EN + FR)."""
from common import *

REF = "321104"
T_EN = "Legal Officer (Host Nation Agreements) - Office of Legal Affairs"
T_FR = "Juriste (accords avec le pays hôte) - Bureau des affaires juridiques"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
GRADE = "G17"
CLR = "NS"

ESS_EN = [
    "possess a university degree in law from an institution of recognised standing, and be qualified to practise law in at least one NATO member country;",
    "have at least five years of post-qualification experience in public international law, gained in a ministry of foreign affairs or defence, an international organisation or a law firm advising public bodies;",
    "have drafted and negotiated international agreements or memoranda of understanding, preferably on the status of international organisations or of their staff;",
    "have a sound knowledge of the law of privileges and immunities of international organisations;",
    "be able to explain complex legal positions clearly, orally and in writing, to non-lawyers;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; III (\"Intermediate\") in the other.",
]
DES_EN = [
    "experience of host nation arrangements for headquarters, agencies or deployed forces;",
    "knowledge of Belgian administrative law or of the law of another host nation of a NATO body;",
    "experience of representing an organisation in litigation or before an administrative tribunal.",
]
ESS_FR = [
    "être titulaire d'un diplôme universitaire en droit délivré par un établissement reconnu, et être habilité(e) à exercer la profession d'avocat dans au moins un pays membre de l'OTAN ;",
    "avoir au moins cinq années d'expérience professionnelle en droit international public après l'obtention de ce diplôme, acquise dans un ministère des affaires étrangères ou de la défense, une organisation internationale ou un cabinet conseillant des organismes publics ;",
    "avoir rédigé et négocié des accords internationaux ou des mémorandums d'entente, de préférence sur le statut d'organisations internationales ou de leur personnel ;",
    "avoir une solide connaissance du droit des privilèges et immunités des organisations internationales ;",
    "être capable d'expliquer clairement des positions juridiques complexes, oralement et par écrit, à des non-juristes ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; III (« intermédiaire ») dans l'autre.",
]
DES_FR = [
    "expérience des arrangements avec le pays hôte pour des quartiers généraux, des agences ou des forces déployées ;",
    "connaissance du droit administratif belge ou du droit d'un autre pays hôte d'un organisme de l'OTAN ;",
    "expérience de la représentation d'une organisation dans le cadre de contentieux ou devant un tribunal administratif.",
]
COMP_EN = [
    C("Achievement", "Sets own standards and works to meet them;"),
    C("Analytical Thinking", "Sees multiple relationships between the elements of a legal question;"),
    C("Clarity and Accuracy", "Checks own work and the work of others;"),
    C("Customer Service Orientation", "Takes personal responsibility for correcting problems;"),
    C("Impact and Influence", "Uses indirect influence;"),
    C("Initiative", "Is decisive in a time-sensitive situation;"),
    C("Teamwork", "Solicits inputs and encourages others."),
]
COMP_FR = [
    C("Recherche de l'excellence", "Se fixe ses propres normes et s'efforce de les respecter ;"),
    C("Réflexion analytique", "Établit des relations multiples entre les éléments d'une question juridique ;"),
    C("Clarté et précision", "Vérifie son travail et celui des autres ;"),
    C("Orientation client", "Assume personnellement la responsabilité de la correction des problèmes ;"),
    C("Impact et influence", "Recourt à des moyens d'influence indirects ;"),
    C("Initiative", "Fait preuve de décision dans une situation où le facteur temps est important ;"),
    C("Travail en équipe", "Sollicite des contributions et encourage les autres."),
]

SUMMARY_EN = """The Office of Legal Affairs (OLA) is an independent office of the International Staff. It advises the Secretary General, the divisions of the International Staff and, on request, other NATO bodies on every question with legal implications, and it negotiates and interprets the agreements that define the status of the Organization in the countries where it works.

The Legal Officer (Host Nation Agreements) works in the Institutional Law Branch. He/she prepares and reviews agreements, exchanges of letters and technical arrangements with host and sending nations, advises on the privileges and immunities of NATO bodies and their staff, and keeps the Office's collection of host nation instruments complete and up to date."""

ACC_EN = """Expertise Development
Follows the practice of host nations, of other international organisations and of the courts on the immunities of international organisations, and shares it with colleagues.
Policy Development
Contributes to the Office's guidance on the conclusion of host nation arrangements and on the handling of requests for waivers of immunity.
Stakeholder Management
Builds working relations with the legal services of ministries in Allied capitals and with the legal advisers of NATO agencies and commands.
Knowledge Management
Maintains the register of host nation agreements, supplementary agreements and their amendments; ensures that each text is available in both official languages.
Perform any other related duty as assigned."""

SUMMARY_FR = """Le Bureau des affaires juridiques (OLA) est un bureau indépendant du Secrétariat international. Il conseille le secrétaire général, les divisions du Secrétariat international et, à leur demande, d'autres organismes de l'OTAN sur toute question ayant des incidences juridiques, et il négocie et interprète les accords qui fixent le statut de l'Organisation dans les pays où elle travaille.

Le/La juriste (accords avec le pays hôte) travaille au sein de la Section Droit institutionnel. Il/Elle prépare et examine des accords, des échanges de lettres et des arrangements techniques avec les pays hôtes et les pays d'envoi, donne des avis sur les privilèges et immunités des organismes de l'OTAN et de leur personnel, et tient à jour le recueil des instruments conclus avec les pays hôtes."""


def en_half(marker=""):
    return f"""VACANCY NOTIFICATION/ NOTIFICATION DE LA VACANCE DU POSTE
1. SUMMARY
{SUMMARY_EN}
2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
{bullets(ESS_EN, marker)}
DESIRABLE
The following would be considered an advantage:
{bullets(DES_EN, marker)}
3. MAIN ACCOUNTABILITIES
{ACC_EN}
4. INTERRELATIONSHIPS
The incumbent reports to the Head, Institutional Law Branch. He/she works closely with the Executive Management Division, the NATO Office of Resources and the legal advisers of NATO agencies.
Direct reports: N/a
Indirect reports: N/a.
5. COMPETENCIES
The incumbent must demonstrate:
{bullets(comps(COMP_EN), marker)}
6. CONTRACT
Contract to be offered to the successful applicant (if non-seconded):
Definite duration contract of three years; possibility of an indefinite duration contract thereafter.
Contract clause applicable:
In accordance with the NATO Civilian Personnel Regulations, the successful candidate will receive a definite duration contract of three years.
7. RECRUITMENT PROCESS
Please note that we can only accept applications from nationals of NATO member countries. Applications must be submitted using e-recruitment system. Please note that the competition for this post is provisionally scheduled as follows: written test and interviews in the second half of May 2035.
8. ADDITIONAL INFORMATION
NATO is committed to diversity and inclusion, and strives to provide equal access to employment, advancement and retention, independent of gender, age, nationality, ethnic origin, religion or belief, cultural background, sexual orientation, and disability."""


def fr_half(marker=""):
    return f"""NOTIFICATION DE LA VACANCE DU POSTE
Intitulé du poste : {T_FR}
Organisme : {ORG_FR}
Lieu : {LOC_FR}
Horaire : {SCH_FR}
Date limite de candidature : 2 avril 2035, 23:59 (heure de Bruxelles)
Salaire : 8 412,66 EUR Mensuelle
Grade : A.3/ Grade OTAN G17
1. RÉSUMÉ
{SUMMARY_FR}
2. QUALIFICATIONS ET EXPÉRIENCE
ESSENTIEL
Le/La titulaire doit :
{bullets(ESS_FR, marker)}
SOUHAITABLE
Seraient considérés comme des atouts :
{bullets(DES_FR, marker)}
3. RESPONSABILITÉS PRINCIPALES
Développement de l'expertise
Suit la pratique des pays hôtes, des autres organisations internationales et des juridictions en matière d'immunités.
Gestion des connaissances
Tient à jour le registre des accords avec les pays hôtes et de leurs avenants.
4. COMPÉTENCES
Le/La titulaire doit faire preuve des compétences suivantes :
{bullets(comps(COMP_FR, " : "), marker)}
5. CONTRAT
Contrat de durée déterminée de trois ans ; possibilité d'un contrat de durée indéterminée par la suite."""


PORTAL = f"""Skip to main content
NATO Careers\tJob Search\tMy Jobpage\tSign Out
Careers Home > Job Search > Job Description
Job Description - {T_EN} ({REF})
Job Description
{T_EN}-{REF}

Primary Location

{LOC_EN}

NATO Body

{ORG_EN}

Schedule

{SCH_EN}

Application Deadline

02-Apr-2035, 11:59:00 PM

Salary (Pay Basis)

: 8,412.66Euro (EUR) Monthly

Grade

A.3/ NATO Grade G17

Clearance Level

{CLR}

Description

:
{en_half()}
**********
{fr_half()}

Job Posting

: 26-Feb-2035, 10:21:50 AM

Apply Online
Add to My Job Cart
Similar jobs
Legal Assistant (Contracts) - Office of Legal Affairs - Belgium-Brussels - Deadline 19-Mar-2035
Powered by Taleo
"""

BOARD = f"""EUJobsNetwork.eu  |  Jobs  |  Employers  |  Career advice  |  Post a job
Home › International organisations › Legal
{T_EN}
{ORG_EN}Brussels, Belgium4 days ago
Legal & complianceFull timeG17Closes 2 April 2035
Apply on employer's site
Job details
Primary Location{LOC_EN}NATO Body{ORG_EN}Schedule{SCH_EN}Application Deadline02-Apr-2035, 11:59:00 PMSalary (Pay Basis)8,412.66Euro (EUR) MonthlyGradeA.3/ NATO Grade G17Clearance Level{CLR}
Description
Job Description - {T_EN} ({REF})
{en_half("- ")}
{fr_half("- ")}
Job ID: EJN-4471208
Report this job
Similar jobs
Associate Legal Adviser - Brussels - €6,900 - €8,100 a month - closes 21 March 2035
Contracts Lawyer - Luxembourg - closes 11 April 2035
© 2035 EUJobsNetwork.eu - Cookies - Privacy
"""


def build():
    expected(REF, reference=REF, languages=["en", "fr"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": ORG_EN, "fr": ORG_FR},
             location={"en": LOC_EN, "fr": LOC_FR}, schedule={"en": SCH_EN, "fr": SCH_FR},
             deadline="2035-04-02", salary=sal(8412.66), grade=GRADE, clearance=CLR,
             req={"en": {"essential": ESS_EN, "desirable": DES_EN},
                  "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             comp={"en": COMP_EN, "fr": COMP_FR})
    write(f"{REF}-natocareers.txt", PORTAL, REF)
    write(f"{REF}-jobboard.txt", BOARD, REF)
