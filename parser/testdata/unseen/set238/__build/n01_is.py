"""383104 - NATO IS, Political Affairs and Security Policy Division (EN + FR)."""
from common import *

REF = "383104"
T_EN = "Officer (Partnership Policy and Dialogue) - Political Affairs and Security Policy Division"
T_FR = "Chargé(e) de mission (politique de partenariat et dialogue) - Division Affaires politiques et politique de sécurité"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"

ESS_EN = [
    "possess a university degree in international relations, political science, law or a related discipline from an institute of recognised standing;",
    "have at least three years of professional experience in foreign, security or defence policy, including work with partner countries or regional organisations;",
    "have drafted policy papers, meeting records or speaking notes for senior officials;",
    "be able to organise and support multilateral meetings, including agendas, participation lists and follow-up actions;",
    "have a sound understanding of NATO's partnership policy and of the security situation in the Euro-Atlantic area and its neighbourhood;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; II (\"Elementary\") in the other.",
]
DES_EN = [
    "experience in a national delegation, a foreign ministry or an international secretariat;",
    "knowledge of cooperation programmes such as individually tailored partnership frameworks;",
    "a higher level of proficiency in the second official language.",
]
ESS_FR = [
    "être titulaire d'un diplôme universitaire en relations internationales, en sciences politiques, en droit ou dans une discipline apparentée, délivré par un établissement reconnu ;",
    "avoir au moins trois années d'expérience professionnelle dans le domaine de la politique étrangère, de sécurité ou de défense, y compris auprès de pays partenaires ou d'organisations régionales ;",
    "avoir rédigé des documents d'orientation, des comptes rendus de réunion ou des notes d'intervention pour de hauts responsables ;",
    "être capable d'organiser et d'appuyer des réunions multilatérales, y compris les ordres du jour, les listes de participants et les suites à donner ;",
    "avoir une bonne compréhension de la politique de partenariat de l'OTAN et de la situation de sécurité dans la zone euro-atlantique et son voisinage ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; II (« élémentaire ») dans l'autre.",
]
DES_FR = [
    "expérience au sein d'une délégation nationale, d'un ministère des Affaires étrangères ou d'un secrétariat international ;",
    "connaissance des programmes de coopération tels que les cadres de partenariat individualisés ;",
    "un niveau de compétence plus élevé dans la deuxième langue officielle.",
]
COMP_EN = [
    ("Achievement", "Sets and works to meet challenging goals;"),
    ("Analytical Thinking", "Sees multiple relationships;"),
    ("Clarity and Accuracy", "Checks own work;"),
    ("Conceptual Thinking", "Applies learned concepts;"),
    ("Customer Service Orientation", "Maintains clear communication with counterparts;"),
    ("Organisational Awareness", "Understands the Organisation's structure;"),
    ("Teamwork", "Cooperates and shares information with colleagues."),
]
COMP_FR = [
    ("Recherche de l'excellence", "Se fixe des objectifs ambitieux et s'emploie à les atteindre ;"),
    ("Réflexion analytique", "Perçoit des relations multiples ;"),
    ("Clarté et précision", "Vérifie son travail ;"),
    ("Réflexion conceptuelle", "Applique des concepts appris ;"),
    ("Orientation client", "Entretient une communication claire avec ses interlocuteurs ;"),
    ("Compréhension de l'environnement organisationnel", "Comprend la structure de l'Organisation ;"),
    ("Travail en équipe", "Coopère et partage l'information avec ses collègues."),
]

SUMMARY_EN = [
    "The Political Affairs and Security Policy Division (PASP) provides political advice and policy guidance on the Alliance's relations with partner countries and international organisations, and supports the North Atlantic Council and its committees in these areas.",
    "The incumbent will work in the Partnerships and Cooperative Security Directorate, where a small team prepares the political dialogue with partners, keeps partnership documents up to date and follows the implementation of agreed cooperation activities. S/he will draft briefing material, support the preparation of committee meetings and act as a first point of contact for several partner missions.",
]
SUMMARY_FR = [
    "La Division Affaires politiques et politique de sécurité (PASP) fournit des avis politiques et des orientations sur les relations de l'Alliance avec les pays partenaires et les organisations internationales, et appuie le Conseil de l'Atlantique Nord et ses comités dans ces domaines.",
    "Le/La titulaire travaillera au sein de la Direction Partenariats et sécurité coopérative, où une petite équipe prépare le dialogue politique avec les partenaires, tient à jour les documents de partenariat et suit la mise en œuvre des activités de coopération convenues. Il/Elle rédigera des documents d'information, contribuera à la préparation des réunions de comité et sera le premier point de contact de plusieurs missions de partenaires.",
]
ACC_EN = [
    ("Policy Development", "Contribute to the review of partnership documents and propose updates reflecting decisions of the Council and feedback from partners."),
    ("Knowledge Management", "Maintain records of meetings, commitments and follow-up actions, and keep the Directorate's shared files in good order."),
    ("Stakeholder Management", "Build working relationships with partner missions, national delegations, the International Military Staff and other divisions."),
    ("Representation of the Organisation", "Brief visiting groups on NATO's partnerships and represent the Directorate in working-level meetings when required."),
]
ACC_FR = [
    ("Élaboration des politiques", "Contribuer à la révision des documents de partenariat et proposer des mises à jour reflétant les décisions du Conseil et les retours des partenaires."),
    ("Gestion des connaissances", "Tenir les comptes rendus des réunions, les engagements et les suites à donner, et assurer le bon ordre des dossiers partagés de la Direction."),
    ("Gestion des parties prenantes", "Établir des relations de travail avec les missions des partenaires, les délégations nationales, l'État-major militaire international et les autres divisions."),
    ("Représentation de l'Organisation", "Présenter les partenariats de l'OTAN à des groupes de visiteurs et représenter la Direction lors de réunions de travail si nécessaire."),
]

CONTRACT_EN = "Contract to be offered to the successful applicant (if non-seconded): definite duration contract of three years; possibility of an indefinite duration contract thereafter. Applications are also accepted from serving national officials (seconded staff)."
CONTRACT_FR = "Contrat proposé au/à la candidat(e) retenu(e) (s'il/si elle n'est pas détaché(e)) : contrat de durée déterminée de trois ans, pouvant être suivi d'un contrat de durée indéterminée. Les candidatures de fonctionnaires nationaux en activité (personnel détaché) sont également acceptées."
PROCESS_EN = "Please note that we can only accept applications from nationals of NATO member countries. Applications must be submitted through the NATO careers portal. Shortlisted candidates will be invited to an online written test and to a panel interview in Brussels, planned for the second half of September 2037."
PROCESS_FR = "Seules les candidatures de ressortissant(e)s des pays membres de l'OTAN peuvent être acceptées. Les candidatures doivent être soumises via le portail des carrières de l'OTAN. Les candidat(e)s présélectionné(e)s seront invité(e)s à un test écrit en ligne et à un entretien avec un jury à Bruxelles, prévus pour la seconde quinzaine de septembre 2037."

SAL_EN = "7,126.58Euro (EUR) Monthly"
DL_EN = "03-Aug-2037, 11:59:00 PM"


def en_body(marker=""):
    out = ["1. SUMMARY", ""]
    out += [p + "\n" for p in SUMMARY_EN]
    out += ["2. QUALIFICATIONS AND EXPERIENCE", "", "ESSENTIAL", "", "The incumbent must:"]
    out += [marker + x for x in ESS_EN]
    out += ["", "DESIRABLE", "", "The following would be considered an advantage:"]
    out += [marker + x for x in DES_EN]
    out += ["", "3. MAIN ACCOUNTABILITIES", ""]
    for h, t in ACC_EN:
        out += [h, t, ""]
    out += ["4. INTERRELATIONSHIPS", "",
            "The incumbent reports to the Head, Partnership Policy Section. S/he works closely with the other officers of the Directorate, the Office of the Assistant Secretary General and the Partnership and Cooperative Security Committee secretariat.",
            "Direct reports: N/a", "Indirect reports: N/a", "",
            "5. COMPETENCIES", "", "The incumbent must demonstrate:"]
    out += [f"{marker}{n}: {d}" for n, d in COMP_EN]
    out += ["", "6. CONTRACT", "", CONTRACT_EN, "", "7. RECRUITMENT PROCESS", "", PROCESS_EN, "",
            "8. ADDITIONAL INFORMATION", "",
            "NATO is committed to diversity and inclusion and strives to provide equal access to employment, advancement and retention, independent of gender, age, nationality, ethnic origin, religion or belief, cultural background, sexual orientation, and disability.",
            "The incumbent may be required to travel occasionally to partner countries.", ""]
    return "\n".join(out)


def fr_body(marker=""):
    out = ["AVIS DE VACANCE", "",
           f"Intitulé : {T_FR}",
           f"Organisme : {ORG_FR}",
           f"Lieu d'affectation : {LOC_FR}",
           "Horaire : Temps plein",
           "Date limite de candidature : 3 août 2037, 23:59",
           "Traitement : 7 126,58 EUR par mois (exonéré d'impôt)",
           "Grade : Grade OTAN G15", "",
           "1. RÉSUMÉ", ""]
    out += [p + "\n" for p in SUMMARY_FR]
    out += ["2. QUALIFICATIONS ET EXPÉRIENCE", "", "ESSENTIEL", "", "Le/La titulaire doit :"]
    out += [marker + x for x in ESS_FR]
    out += ["", "SOUHAITABLE", "", "Serait considéré comme un atout :"]
    out += [marker + x for x in DES_FR]
    out += ["", "3. RESPONSABILITÉS PRINCIPALES", ""]
    for h, t in ACC_FR:
        out += [h, t, ""]
    out += ["4. STRUCTURE ET LIAISONS", "",
            "Le/La titulaire relève du/de la chef(fe) de la Section Politique de partenariat. Il/Elle travaille en étroite collaboration avec les autres chargé(e)s de mission de la Direction et le secrétariat du Comité des partenariats et de la sécurité coopérative.", "",
            "5. COMPÉTENCES", "", "Le/La titulaire doit faire preuve des compétences suivantes :"]
    out += [f"{marker}{n} : {d}" for n, d in COMP_FR]
    out += ["", "6. CONTRAT", "", CONTRACT_FR, "", "7. PROCÉDURE DE RECRUTEMENT", "", PROCESS_FR, ""]
    return "\n".join(out)


def build():
    expected(REF, reference=REF, post_number=None, languages=["en", "fr"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": ORG_EN, "fr": ORG_FR},
             location={"en": LOC_EN, "fr": LOC_FR}, schedule={"en": "Full-time", "fr": "Temps plein"},
             deadline="2037-08-03", salary=sal(7126.58), grade="G15", clearance="NS",
             requirements={"en": {"essential": ESS_EN, "desirable": DES_EN},
                           "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             competencies={"en": comps(COMP_EN), "fr": comps(COMP_FR)})

    page = f"""Skip to main content
NATO Careers
Job Search | My Jobpage | Sign Out | Help
Job Search  >  Job Description
Job Description - {T_EN} ({REF})
{T_EN}-{REF}

Primary Location

{LOC_EN}

NATO Body

{ORG_EN}

Schedule

Full-time

Application Deadline

{DL_EN}

Salary (Pay Basis)

: {SAL_EN}

Grade

NATO Grade G15

Clearance Level

NS

Description

:
NOTIFICATION OF VACANCY / NOTIFICATION DE VACANCE DE POSTE

{en_body()}
**********

{fr_body()}
Job Posting

: 06-Jul-2037, 10:00:00 AM

Apply Online   Add to My Job Cart   Send to a Friend

Similar jobs
Assistant (Committee Support) - Political Affairs and Security Policy Division    Belgium-Brussels    21-Jul-2037
Officer (Arms Control Verification Data) - Defence Policy and Planning Division    Belgium-Brussels    29-Jul-2037

Powered by the NATO careers portal | Privacy | Accessibility | Cookie settings
"""
    write(f"{REF}-natocareers.txt", page, REF)

    board = f"""BrusselsIOJobs.example - jobs in international organisations in Belgium
Home › International organisations › NATO › Policy
Menu  Jobs  Employers  Salary guide  Post a job  Log in
{T_EN}
{ORG_EN}Brussels2 weeks ago
Full-timeInternational organisationPolicyEnglishFrench
Apply on employer site   Save   Share
Primary Location{LOC_EN}NATO Body{ORG_EN}ScheduleFull-timeApplication Deadline{DL_EN}Salary (Pay Basis){SAL_EN}GradeNATO Grade G15Clearance LevelNS
Job Description - {T_EN} ({REF})
{en_body(marker="- ")}
{fr_body(marker="- ")}
Ref: {REF}
Job ID on BrusselsIOJobs: BIJ-2037-0711894
Views: 412   Applicants via this site: 17

Similar jobs
Policy Adviser (Eastern Partnership)    EU body    Brussels    € 6.800 - 7.900 per month    closes 31/07/2037
Programme Officer (Western Balkans)    Foundation    Brussels    € 4.500 - 5.200    closes 14/08/2037
Junior Analyst, Security Policy    Think tank    Brussels    closes 22/08/2037

© 2037 BrusselsIOJobs.example · Terms · Privacy · Cookies
"""
    write(f"{REF}-jobboard.txt", board, REF)
