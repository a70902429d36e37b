"""N1: NATO IS, Joint Intelligence and Security Division (en, fr). Taleo French interface
browser copy, and an aggregator board copy of the English portal page."""
from common import write, expected, sal

REF = "463118"
T_EN = "Assistant (Security Accreditation Records) - Joint Intelligence and Security Division"
T_FR = "Assistant(e) (dossiers d'homologation de sécurité) - Division Renseignement et sécurité interarmées"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
GRADE, CLR = "G9", "CTS"

ESS_EN = [
    "have completed higher secondary education and hold a post-secondary qualification in administration, records management or a related field;",
    "have at least three years of experience in maintaining confidential personnel or security records;",
    "have experience of handling classified information in line with national or international security regulations;",
    "be an advanced user of Microsoft Word and Excel and of at least one database application;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; II (\"Elementary\") in the other.",
]
DES_EN = [
    "experience in a national security authority or in the security office of an international organisation;",
    "familiarity with the NATO Security Policy and its supporting directives;",
    "knowledge of an electronic case-tracking system.",
]
ESS_FR = [
    "avoir achevé des études secondaires supérieures et être titulaire d'une qualification post-secondaire en administration, en gestion des archives ou dans un domaine apparenté ;",
    "avoir au moins trois années d'expérience de la tenue de dossiers confidentiels relatifs au personnel ou à la sécurité ;",
    "avoir l'expérience du traitement d'informations classifiées conformément à des règles de sécurité nationales ou internationales ;",
    "être un utilisateur confirmé/une utilisatrice confirmée de Microsoft Word et Excel ainsi que d'au moins une application de base de données ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; II (« élémentaire ») dans l'autre.",
]
DES_FR = [
    "expérience au sein d'une autorité nationale de sécurité ou du bureau de sécurité d'une organisation internationale ;",
    "bonne connaissance de la politique de sécurité de l'OTAN et de ses directives d'application ;",
    "connaissance d'un système électronique de suivi des dossiers.",
]
COMP_EN = [
    ("Analytical Thinking", "Sees basic relationships;"),
    ("Clarity and Accuracy", "Checks own work;"),
    ("Customer Service Orientation", "Maintains clear communication;"),
    ("Flexibility", "Acts with flexibility;"),
    ("Organisational Commitment", "Supports the Organisation's goals;"),
    ("Teamwork", "Expresses positive attitudes and expectations of team members."),
]
COMP_FR = [
    ("Réflexion analytique", "Perçoit les relations élémentaires ;"),
    ("Clarté et précision", "Vérifie son propre travail ;"),
    ("Orientation client", "Entretient une communication claire ;"),
    ("Flexibilité", "Fait preuve de souplesse ;"),
    ("Engagement envers l'Organisation", "Soutient les objectifs de l'Organisation ;"),
    ("Travail en équipe", "Exprime des attentes positives à l'égard des membres de l'équipe."),
]


def body(mark="", comp_sep=": ", comp_sep_fr=" : "):
    L = lambda items: "\n".join(mark + i for i in items)
    C = lambda items, s: "\n".join(f"{mark}{n}{s}{d}" for n, d in items)
    return f"""VACANCY NOTIFICATION / NOTIFICATION DE VACANCE DE POSTE

{T_EN}

Primary Location: {LOC_EN}
NATO Body: {ORG_EN}
Schedule: {SCH_EN}
NATO Grade {GRADE}

1. SUMMARY

The Joint Intelligence and Security Division (JISD) brings together the intelligence support to NATO Headquarters and the NATO Office of Security (NOS). Within the NOS, the Security Accreditation and Records Section keeps the files that allow staff, contractors and visiting experts to be granted access to classified information and to secure areas of the Headquarters.

The Section is looking for an Assistant who will keep its registers complete and up to date, prepare the paperwork for accreditation decisions and answer the many questions of divisions and delegations about the status of a file. The work is detailed and confidential, and the volume of requests rises sharply before summits and ministerial meetings.

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL

The incumbent must:
{L(ESS_EN)}

DESIRABLE

The following would be considered an advantage:
{L(DES_EN)}

3. MAIN ACCOUNTABILITIES

Information Management
Registers every new request for a security clearance certificate or an accreditation, checks that the file is complete and records each step until a decision is taken. Keeps the paper and electronic archives of the Section in line with the retention rules.

Stakeholder Management
Answers queries from divisions, national delegations and contractors about pending files, within the limits of what may be disclosed. Reminds requesting offices of certificates about to expire.

Organisational Efficiencies
Proposes simpler templates and checklists and keeps the Section's desk instructions current.

Knowledge Management
Produces monthly statistics on the number and age of open files for the Head of Section.

Perform any other related duty as assigned.

4. INTERRELATIONSHIPS

The incumbent reports to the Head, Security Accreditation and Records Section. He/she works closely with the other sections of the NOS, the Human Resources Service and the security officers of the national delegations.
Direct reports: N/a
Indirect reports: N/a.

5. COMPETENCIES

The incumbent must demonstrate:
{C(COMP_EN, comp_sep)}

6. CONTRACT

Contract to be offered to the successful applicant (if non-seconded): Definite duration contract of three years; possibility of an indefinite duration contract thereafter.

7. RECRUITMENT PROCESS

Please note that we can only accept applications from nationals of NATO member countries. Applications must be submitted by 3 May 2039 (23:59 Brussels time) using the NATO Talent Acquisition Platform. An online test is planned for the week of 26 May 2039; interviews should follow in June.

8. ADDITIONAL INFORMATION

The successful applicant will be required to hold a COSMIC TOP SECRET security clearance before taking up the post. The working time is 40 hours per week, with occasional evening work during major events.

**********

{T_FR}

Lieu principal : {LOC_FR}
Organisme : {ORG_FR}
Horaire : {SCH_FR}
Grade OTAN {GRADE}

1. RÉSUMÉ

La Division Renseignement et sécurité interarmées (JISD) regroupe le soutien en matière de renseignement apporté au siège de l'OTAN et le Bureau de sécurité de l'OTAN (NOS). Au sein du NOS, la Section Homologations de sécurité et dossiers tient les dossiers qui permettent aux agents, aux contractants et aux experts en visite d'accéder à des informations classifiées et aux zones sécurisées du siège.

La Section recherche un(e) assistant(e) qui tiendra ses registres à jour, préparera les pièces nécessaires aux décisions d'homologation et répondra aux nombreuses questions des divisions et des délégations sur l'état d'avancement des dossiers. Le travail est minutieux et confidentiel, et le volume des demandes augmente fortement avant les sommets et les réunions ministérielles.

2. QUALIFICATIONS ET EXPÉRIENCE

ESSENTIEL

Le/La titulaire doit :
{L(ESS_FR)}

SOUHAITABLE

Serait considéré comme un atout :
{L(DES_FR)}

3. PRINCIPALES RESPONSABILITÉS

Gestion de l'information
Enregistre chaque nouvelle demande de certificat d'habilitation de sécurité ou d'homologation, vérifie que le dossier est complet et consigne chaque étape jusqu'à la décision. Tient les archives papier et électroniques de la Section conformément aux règles de conservation.

Gestion des parties prenantes
Répond aux questions des divisions, des délégations nationales et des contractants sur les dossiers en cours, dans les limites de ce qui peut être communiqué.

Gestion des connaissances
Établit chaque mois des statistiques sur le nombre et l'ancienneté des dossiers ouverts.

Exécute toute autre tâche connexe qui lui est confiée.

4. STRUCTURE ET LIENS HIÉRARCHIQUES

Le/La titulaire relève du/de la chef(fe) de la Section Homologations de sécurité et dossiers. Il/Elle travaille en étroite collaboration avec les autres sections du NOS, le Service des ressources humaines et les officiers de sécurité des délégations nationales.

5. COMPÉTENCES

Le/La titulaire doit faire preuve des compétences suivantes :
{C(COMP_FR, comp_sep_fr)}

6. CONTRAT

Contrat proposé (sauf s'il s'agit d'un agent détaché) : contrat de durée déterminée de trois ans, pouvant être suivi d'un contrat de durée indéterminée.

7. PROCESSUS DE RECRUTEMENT

Les candidatures doivent être soumises au plus tard le 3 mai 2039 (23 h 59, heure de Bruxelles) au moyen de la plateforme de gestion des talents de l'OTAN. Un test en ligne est prévu la semaine du 26 mai 2039.

8. INFORMATIONS COMPLÉMENTAIRES

Le/La candidat(e) retenu(e) devra être titulaire d'une habilitation de sécurité COSMIC TRÈS SECRET avant sa prise de fonctions. La durée du travail est de 40 heures par semaine."""


def taleo_fr():
    return f"""Passer au contenu principal
OTAN - Carrières
Accueil
Offres d'emploi
Mon profil
Aide
Déconnexion
Offres d'emploi > Description de l'emploi

Description de l'emploi - {T_FR} ({REF})

Description de l'emploi

{T_FR}-{REF}

Lieu principal

{LOC_FR}

Organisme OTAN

{ORG_EN}

Horaire

{SCH_FR}

Date limite de candidature

03-mai-2039, 23:59:00

Salaire (Base de paie)

: 4 876,52Euro (EUR) Mensuelle

Grade

Grade OTAN {GRADE}

Niveau d'habilitation

{CLR}

Description

{body()}

Publication de l'offre

14-avr.-2039, 09:00:00

Postuler en ligne
Ajouter au panier
Envoyer à un ami

Offres similaires
Assistant(e) (gestion des badges) - 07-mai-2039
Analyste (renseignement) - 19-mai-2039

Déclaration de confidentialité | Conditions d'utilisation | Accessibilité
© OTAN - Tous droits réservés
"""


def board():
    return f"""jobhunt.example
Jobs   Companies   Salaries   Post a job

company logo

{T_EN}

NATO.com

58.5k - 58.5k EUR/year

Office

Brussels

Full Time

{T_EN}-{REF} 

Primary Location

 {LOC_EN}

Nato Body

 {ORG_EN}

Schedule

 {SCH_EN}

Application Deadline

 03-May-2039, 11:59:00 PM

Salary (Pay Basis)

 : 4,876.52Euro (EUR) MonthlyGrade NATO Grade {GRADE} Clearance Level {CLR}

Description

: 
{body(mark="  • ")}

Job Posting

 14-Apr-2039, 9:00:00 AM

Apply now

Similar jobs
Staff Officer (Counter-Intelligence) · NATO.com · Mons · 88k - 88k EUR/year · 2 days ago
Security Officer (Physical Security) · NATO.com · Brussels · 61k - 61k EUR/year · 5 days ago

About jobhunt · Privacy · Terms
"""


def build():
    write(f"{REF}-natocarrieres.txt", taleo_fr(), REF)
    write(f"{REF}-jobboard.txt", board(), REF)
    expected(REF, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2039-05-03",
             sal(4876.52, "EUR"), GRADE, CLR,
             {"en": {"essential": ESS_EN, "desirable": DES_EN},
              "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             {"en": COMP_EN, "fr": COMP_FR})
