from common import *
REF = "345118"
T_EN = "Officer (Press and Media Operations) - Public Diplomacy Division"
T_FR = "Chargé(e) de mission (opérations presse et médias) - Division Diplomatie publique"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
ESS_EN = [
 "possess a university degree in journalism, communications, political science or a related discipline from an institute of recognised standing;",
 "have at least four years of experience in a press office, a newsroom or the media relations team of a government or international organisation;",
 "have organised press conferences, media availabilities or press trips involving senior officials;",
 "be able to draft press releases, media advisories and lines to take quickly and accurately under tight deadlines;",
 "be able to work irregular hours, including evenings and weekends during summits and ministerial meetings;",
 "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; III (\"Intermediate\") in the other.",
]
DES_EN = [
 "experience of accreditation systems for large international events;",
 "knowledge of the defence and security media landscape in several Allied countries;",
 "a working knowledge of a third language of a NATO member country.",
]
ESS_FR = [
 "être titulaire d'un diplôme universitaire en journalisme, en communication, en sciences politiques ou dans une discipline apparentée délivré par un établissement reconnu ;",
 "avoir au moins quatre années d'expérience dans un service de presse, une rédaction ou l'équipe chargée des relations avec les médias d'une administration ou d'une organisation internationale ;",
 "avoir organisé des conférences de presse, des points presse ou des voyages de presse avec de hauts responsables ;",
 "être capable de rédiger rapidement et avec exactitude des communiqués de presse, des avis aux médias et des éléments de langage dans des délais serrés ;",
 "être disposé(e) à travailler en horaires irréguliers, y compris le soir et le week-end pendant les sommets et les réunions ministérielles ;",
 "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; III (« intermédiaire ») dans l'autre.",
]
DES_FR = [
 "expérience des systèmes d'accréditation pour de grands événements internationaux ;",
 "connaissance du paysage médiatique spécialisé dans la défense et la sécurité de plusieurs pays de l'Alliance ;",
 "connaissance pratique d'une troisième langue d'un pays membre de l'OTAN.",
]
C_EN = [("Achievement", "Works to meet standards;"),
        ("Change Leadership", "Expresses vision for change;"),
        ("Clarity and Accuracy", "Checks own work;"),
        ("Customer Service Orientation", "Takes personal responsibility for correcting problems;"),
        ("Flexibility", "Acts with flexibility;"),
        ("Organisational Awareness", "Understands organisational climate and culture;"),
        ("Teamwork", "Expresses positive attitudes and expectations of team or team members.")]
C_FR = [("Recherche de l'excellence", "S'efforce de respecter les normes ;"),
        ("Conduite du changement", "Exprime une vision du changement ;"),
        ("Clarté et précision", "Vérifie son travail ;"),
        ("Orientation client", "Assume personnellement la responsabilité de la correction des problèmes ;"),
        ("Flexibilité", "Fait preuve de flexibilité ;"),
        ("Compréhension de l'environnement organisationnel", "Comprend le climat et la culture de l'Organisation ;"),
        ("Travail en équipe", "Exprime des attitudes positives et des attentes constructives envers l'équipe ou ses membres.")]

def comp_lines(c):
    return "\n".join(f"{n}: {d}" for n, d in c)
def comp_lines_fr(c):
    return "\n".join(f"{n} : {d}" for n, d in c)

EN_BODY = f"""1. SUMMARY

The Public Diplomacy Division (PDD) explains the Alliance's policies and activities to audiences in Allied and partner countries and beyond. Its Press and Media Section is the first point of contact for journalists covering NATO Headquarters, and it supports the Secretary General, the NATO Spokesperson and other senior officials in all their dealings with the media.

The Officer plans and runs the media side of ministerial meetings, summits and high-level visits, from accreditation and press-centre logistics to the conduct of press conferences. S/he drafts press material, monitors coverage as events unfold and advises on how announcements are staged. The incumbent reports to the Head, Media Operations, and deputises for colleagues in the team as required.

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL

The incumbent must:
{chr(10).join(ESS_EN)}

DESIRABLE

The following would be considered an advantage:
{chr(10).join(DES_EN)}

3. MAIN ACCOUNTABILITIES

Project Management
Plans the media arrangements of ministerial meetings and summits, including the press centre, camera positions, pool rotations and briefing schedules. Keeps a running checklist shared with protocol, security and conference services.

Stakeholder Management
Acts as day-to-day contact for accredited journalists and for the press officers of Allied delegations. Answers media queries within agreed time limits and keeps a log of requests and replies.

Expertise Development
Drafts press releases, media advisories, transcripts and short factual notes for the NATO website. Proposes improvements to the accreditation procedure after each major event.

Information Management
Maintains the media contact database and the press-centre documentation, in line with data-protection rules.

Perform any other related duty as assigned.

4. INTERRELATIONSHIPS

The incumbent reports to the Head, Media Operations. S/he works closely with the Office of the Spokesperson, the Executive Management Division and the national delegations' press attachés.
Direct reports: N/a
Indirect reports: N/a

5. COMPETENCIES

The incumbent must demonstrate:
{comp_lines(C_EN)}

6. CONTRACT

Contract to be offered to the successful applicant (if non-seconded):
Definite duration contract of three years; possibility of renewal for up to three years, during which the incumbent may apply for conversion to an indefinite duration contract.

7. USEFUL INFORMATION REGARDING APPLICATION AND RECRUITMENT PROCESS

Please note that we can only accept applications from nationals of NATO member countries. Applications must be submitted using NATO's online recruitment platform before 02-Jun-2036, 11:59:00 PM (Brussels time). A written test is foreseen in the week of 22 June 2036.

8. ADDITIONAL INFORMATION

The successful applicant will be required to undergo a security clearance procedure to the level of NATO SECRET before taking up the post. The incumbent may be required to travel on short notice to summits held outside Belgium."""

FR_BODY = f"""1. RÉSUMÉ

La Division Diplomatie publique (PDD) explique les politiques et les activités de l'Alliance aux publics des pays de l'Alliance et des pays partenaires, et au-delà. Sa Section Presse et médias est le premier interlocuteur des journalistes qui couvrent le siège de l'OTAN et elle appuie le secrétaire général, la porte-parole de l'OTAN et d'autres hauts responsables dans leurs relations avec les médias.

Le/La titulaire planifie et conduit le volet médias des réunions ministérielles, des sommets et des visites de haut niveau, de l'accréditation et de la logistique du centre de presse jusqu'au déroulement des conférences de presse. Il/Elle rédige les documents destinés à la presse, suit la couverture au fil des événements et donne des avis sur la mise en scène des annonces.

2. QUALIFICATIONS ET EXPÉRIENCE

ESSENTIEL

Le/La titulaire doit :
{chr(10).join(ESS_FR)}

SOUHAITABLE

Serait considéré comme un atout :
{chr(10).join(DES_FR)}

3. RESPONSABILITÉS PRINCIPALES

Gestion de projets
Planifie les dispositions médias des réunions ministérielles et des sommets, y compris le centre de presse, les positions caméras, les rotations de pool et le calendrier des points presse.

Gestion des parties prenantes
Sert d'interlocuteur quotidien pour les journalistes accrédités et les attachés de presse des délégations. Répond aux demandes des médias dans les délais convenus.

Développement de l'expertise
Rédige des communiqués, des avis aux médias, des transcriptions et de courtes notes factuelles pour le site web de l'OTAN.

Exécute toute autre tâche en rapport avec ses fonctions.

4. STRUCTURE ET LIAISONS

Le/La titulaire relève du chef/de la cheffe, Opérations médias. Il/Elle travaille en étroite collaboration avec le Bureau de la porte-parole et les attachés de presse des délégations nationales.

5. COMPÉTENCES

Le/La titulaire doit faire preuve des compétences suivantes :
{comp_lines_fr(C_FR)}

6. CONTRAT

Contrat d'une durée déterminée de trois ans, pouvant être renouvelé.

7. INFORMATIONS UTILES SUR LE PROCESSUS DE CANDIDATURE ET DE RECRUTEMENT

Les candidatures doivent être soumises au moyen de la plateforme de recrutement en ligne de l'OTAN au plus tard le 2 juin 2036 à 23 h 59 (heure de Bruxelles)."""

def build():
    expected(REF, None, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2036-06-02",
             sal(6947.38), "G15", "NS",
             {"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             {"en": comps(C_EN), "fr": comps(C_FR)})
    strip = lambda items: [i for i in items]
    # 1. Taleo EN interface, copied from the browser (label / blank / value)
    txt = f"""Skip to main content
NATO CAREERS
Job Search   My Jobpage   Sign Out
Careers Section
Job Search  >  Job Description

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

02-Jun-2036, 11:59:00 PM

Salary (Pay Basis)

: 6,947.38Euro (EUR) Monthly

Grade

NATO Grade G15

Clearance Level

NS

Description

:

VACANCY NOTIFICATION / NOTIFICATION DE LA VACANCE DU POSTE

{EN_BODY}

**********

Titre : {T_FR}
Emplacement principal : {LOC_FR}
Organisme : {ORG_FR}
Horaire : {SCH_FR}
Date limite de candidature : 2 juin 2036, 23:59
Salaire (base de rémunération) : 6 947,38 EUR par mois
Grade : Grade OTAN G15

{FR_BODY}

Job Posting

: 12-May-2036, 9:00:00 AM

Apply Online   Add to My Job Cart   Send to a Friend

Similar jobs
Assistant (Digital Content) - Public Diplomacy Division    Belgium-Brussels    Posted 05-May-2036    Deadline 25-May-2036
Officer (Speechwriting) - Office of the Secretary General    Belgium-Brussels    Posted 08-May-2036    Deadline 29-May-2036

Powered by Taleo   |   Privacy Policy   |   Cookie settings
"""
    write(f"{REF}-natocareers.txt", txt, REF)
    # 2. Job board copy, fields glued
    b = lambda items: "\n".join("- " + i for i in items)
    board = f"""EUROJOBHUB.example  |  Find jobs  |  Companies  |  Salary guide  |  Post a job
Home / Jobs in Brussels / Communications / {T_EN}

{T_EN}
NATO - OTANBrussels, Brussels Capital12 days ago
Full-timePermanentOn-site€ Salary disclosed

Apply on employer's site      Save      Share

Job details
Ref: {REF}
Primary Location{LOC_EN}NATO Body{ORG_EN}Schedule{SCH_EN}Application Deadline02-Jun-2036, 11:59:00 PMSalary (Pay Basis)6,947.38Euro (EUR) MonthlyGrade NATO Grade G15Clearance Level NSDescription

{EN_BODY.replace(chr(10).join(ESS_EN), b(ESS_EN)).replace(chr(10).join(DES_EN), b(DES_EN))}

**********

{T_FR}
Emplacement principal : {LOC_FR} | Organisme : {ORG_FR} | Horaire : {SCH_FR} | Date limite : 2 juin 2036

{FR_BODY.replace(chr(10).join(ESS_FR), b(ESS_FR)).replace(chr(10).join(DES_FR), b(DES_FR))}

Job ID: EJH-2036-0519337
Report this job

Similar jobs
Media Monitoring Analyst - European Commission contractor · Brussels · €4,100 - €4,800 / month · closes 14 June 2036
Press Assistant - International Federation (Brussels) · Brussels · closes 20 June 2036

© 2036 EuroJobHub · Terms · Cookies
"""
    write(f"{REF}-jobboard.txt", board, REF)
