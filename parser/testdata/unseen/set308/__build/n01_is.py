from common import write, expected, sal

KEY = "527318"
T_EN = "Associate Officer (Armaments Cooperation) - Defence Investment Division"
T_FR = "Administrateur adjoint/Administratrice adjointe (coopération en matière d'armements) - Division Investissement de défense"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
GRADE, CLEAR = "G15", "NS"

ESS_EN = [
    "possess a university degree in engineering, economics, political science or a related discipline;",
    "have at least two years of professional experience in defence acquisition, armaments planning or multinational capability programmes;",
    "have experience of supporting committees or working groups, including the preparation of agendas, records and summaries;",
    "be able to draft concise and accurate papers for senior readers;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; I (\"Beginner\") in the other.",
]
DES_EN = [
    "experience of working in a national armaments directorate or a defence procurement agency;",
    "familiarity with the NATO Defence Planning Process and with the work of the Conference of National Armaments Directors;",
    "a higher level of proficiency in French.",
]
ESS_FR = [
    "être titulaire d'un diplôme universitaire en ingénierie, en économie, en sciences politiques ou dans une discipline connexe ;",
    "avoir au moins deux années d'expérience professionnelle dans l'acquisition de défense, la planification des armements ou des programmes capacitaires multinationaux ;",
    "avoir l'expérience du soutien à des comités ou à des groupes de travail, y compris la préparation d'ordres du jour, de comptes rendus et de synthèses ;",
    "être capable de rédiger des documents concis et précis destinés à de hauts responsables ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; I (« débutant ») dans l'autre.",
]
DES_FR = [
    "expérience acquise dans une direction nationale des armements ou une agence d'acquisition de défense ;",
    "bonne connaissance du processus OTAN de planification de défense et des travaux de la Conférence des directeurs nationaux des armements ;",
    "niveau plus élevé de maîtrise du français.",
]
COMP_EN = [
    ("Achievement", "Sets own standards and works to improve performance;"),
    ("Analytical Thinking", "Breaks down complex problems into their parts;"),
    ("Clarity and Accuracy", "Checks own work for completeness and precision;"),
    ("Customer Service Orientation", "Takes personal responsibility for meeting customer needs;"),
    ("Organisational Awareness", "Understands the formal and informal structures of the organisation;"),
    ("Teamwork", "Solicits input and builds on the ideas of others."),
]
COMP_FR = [
    ("Recherche de l'excellence", "Se fixe ses propres normes et s'efforce d'améliorer ses résultats ;"),
    ("Réflexion analytique", "Décompose les problèmes complexes en leurs éléments ;"),
    ("Clarté et précision", "Vérifie que son propre travail est complet et précis ;"),
    ("Souci du client", "Assume personnellement la responsabilité de répondre aux besoins du client ;"),
    ("Sensibilité organisationnelle", "Comprend les structures formelles et informelles de l'organisation ;"),
    ("Travail en équipe", "Sollicite l'avis des autres et s'appuie sur leurs idées."),
]


def half_en(mark):
    L = []
    L.append(f"""Primary Location: {LOC_EN}
NATO Body: {ORG_EN}
Schedule: {SCH_EN}
Application Deadline: 2 June 2043, 23:59 Brussels time

1. SUMMARY

The Defence Investment Division (DI) supports the development of the capabilities the Alliance needs, working with
Allies, the Strategic Commands and the NATO agencies. Its Armaments Directorate provides the secretariat of the
Conference of National Armaments Directors (CNAD) and of its main groups, and promotes cooperation among Allies
in the development and acquisition of equipment.

The Associate Officer supports the Section Head in running the CNAD subsidiary groups that deal with multinational
cooperative programmes. He/she prepares meetings, drafts records and papers, tracks the progress of projects
and keeps the Directorate's information on national programmes up to date.

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL

The incumbent must:
""")
    L.append("\n".join(mark + x for x in ESS_EN))
    L.append("""

DESIRABLE

The following would be considered an advantage:
""")
    L.append("\n".join(mark + x for x in DES_EN))
    L.append("""

3. MAIN ACCOUNTABILITIES

Planning and Execution
Plan the annual cycle of meetings of the assigned groups together with their chairs and national delegations.
Prepare agendas, background notes and speaking points, and make sure that papers reach delegations in time.

Information Management
Keep the Directorate's database of cooperative programmes complete and current. Answer requests for
information from delegations and from other divisions.

Stakeholder Management
Maintain working contacts with national armaments staffs, the NATO agencies and industry associations. Help
organise the annual industry day of the Directorate.

Expertise Development
Follow developments in defence acquisition and in multinational programmes, and share relevant findings
with colleagues.

Perform any other related duty as assigned.

4. INTERRELATIONSHIPS

The incumbent reports to the Head, Cooperative Programmes Section. He/she works closely with the other sections
of the Directorate and with the Defence Policy and Planning Division.
Direct reports: N/a
Indirect reports: N/a

5. COMPETENCIES

The incumbent must demonstrate:
""")
    L.append("\n".join(f"{mark}{n}: {d}" for n, d in COMP_EN))
    L.append("""

6. CONTRACT

Contract to be offered to the successful applicant (if non-seconded): definite duration contract of three years;
possibility of renewal for up to three years, during which the incumbent may apply for conversion to an
indefinite duration contract.

Regular working hours are 40 hours per week, Monday to Friday.

7. USEFUL INFORMATION REGARDING APPLICATION AND RECRUITMENT PROCESS

Please note that we can only accept applications from nationals of NATO member countries. Applications must be
submitted using e-recruitment system, as applicable. Shortlisted candidates will be invited to an online
written test and, if successful, to an interview at NATO Headquarters.

8. ADDITIONAL INFORMATION

NATO is committed to diversity and inclusion, and strives to provide equal access to employment, advancement
and retention, independent of gender, age, nationality, ethnic origin, religion or belief, cultural background,
sexual orientation, and disability.
""")
    return "".join(L)


def half_fr(mark):
    L = []
    L.append(f"""Lieu principal : {LOC_FR}
Organisme : {ORG_FR}
Horaire : {SCH_FR}
Date limite de candidature : 2 juin 2043, 23 h 59 (heure de Bruxelles)

1. RÉSUMÉ

La Division Investissement de défense (DI) contribue au développement des capacités dont l'Alliance a besoin,
en collaboration avec les Alliés, les commandements stratégiques et les agences de l'OTAN. Sa Direction Armements
assure le secrétariat de la Conférence des directeurs nationaux des armements (CDNA) et de ses principaux
groupes, et favorise la coopération entre Alliés pour le développement et l'acquisition d'équipements.

L'administrateur adjoint/administratrice adjointe seconde le/la chef de section dans la gestion des groupes
subordonnés de la CDNA chargés des programmes multinationaux en coopération. Il/Elle prépare les réunions,
rédige les comptes rendus et les documents, suit l'avancement des projets et tient à jour les informations
de la Direction sur les programmes nationaux.

2. QUALIFICATIONS ET EXPÉRIENCE

ESSENTIEL

Le/La titulaire doit :
""")
    L.append("\n".join(mark + x for x in ESS_FR))
    L.append("""

SOUHAITABLE

Serait considéré comme un atout :
""")
    L.append("\n".join(mark + x for x in DES_FR))
    L.append("""

3. RESPONSABILITÉS PRINCIPALES

Planification et exécution
Planifier le cycle annuel des réunions des groupes dont il/elle a la charge, avec leurs présidents et les
délégations nationales. Préparer les ordres du jour, les notes de synthèse et les éléments de langage.

Gestion de l'information
Tenir complète et à jour la base de données de la Direction sur les programmes en coopération. Répondre aux
demandes d'information des délégations et des autres divisions.

Gestion des parties prenantes
Entretenir des contacts de travail avec les services nationaux des armements, les agences de l'OTAN et les
associations industrielles. Aider à organiser la journée annuelle de l'industrie.

Développement de l'expertise
Suivre l'évolution de l'acquisition de défense et des programmes multinationaux.

Exécuter toute autre tâche connexe qui pourrait lui être confiée.

4. STRUCTURE ET LIAISONS

Le/La titulaire relève du/de la chef de la Section Programmes en coopération. Il/Elle travaille en étroite
collaboration avec les autres sections de la Direction et avec la Division Politique et plans de défense.
Subordonnés directs : sans objet
Subordonnés indirects : sans objet

5. COMPÉTENCES

Le/La titulaire doit faire preuve des compétences suivantes :
""")
    L.append("\n".join(f"{mark}{n} : {d}" for n, d in COMP_FR))
    L.append("""

6. CONTRAT

Contrat proposé au/à la candidat(e) retenu(e) (sauf s'il s'agit d'une personne détachée) : contrat de durée
déterminée de trois ans, pouvant être renouvelé pour une période maximale de trois ans.

L'horaire normal de travail est de 40 heures par semaine, du lundi au vendredi.

7. INFORMATIONS UTILES SUR LE PROCESSUS DE CANDIDATURE ET DE RECRUTEMENT

Seules les candidatures de ressortissants des pays membres de l'OTAN peuvent être acceptées. Les candidatures
doivent être soumises au moyen du système de recrutement en ligne. Les candidat(e)s présélectionné(e)s seront
invité(e)s à passer un test écrit en ligne puis, le cas échéant, un entretien au siège de l'OTAN.

8. INFORMATIONS COMPLÉMENTAIRES

L'OTAN est attachée à la diversité et à l'inclusion, et s'efforce de garantir l'égalité d'accès à l'emploi,
à l'avancement et au maintien dans l'emploi.
""")
    return "".join(L)


def build():
    expected(KEY, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2043-06-02",
             sal(7496.83), GRADE, CLEAR,
             {"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             {"en": COMP_EN, "fr": COMP_FR})

    # Taleo French interface, browser copy: label / blank / value
    portal = f"""Passer au contenu principal
Offres d'emploi
Mon dossier
Français
English
Offres d'emploi > Description de l'emploi

Description de l'emploi - {T_EN} ({KEY})

Description de l'emploi

{T_EN}-{KEY}

Lieu principal

Belgique-Bruxelles

Organisme OTAN

NATO International Staff (NATO IS)

Horaire

Temps plein

Date limite de candidature

02-juin-2043, 23:59:00

Salaire (Base salariale)

: 7 496,83Euro (EUR) Mensuelle

Grade

Grade OTAN G15

Niveau d'habilitation

NS

Description

:

Version française ci-dessous / French version below

{half_en("")}
**********

{T_FR}

{half_fr("")}
Publication de l'offre

12-mai-2043

Postuler en ligne
Envoyer à un ami
Sauvegarder dans le panier

Offres similaires
Assistant(e) (programmes de coopération) - Division Investissement de défense - date limite 09-juin-2043
Officer (Air and Missile Defence) - Defence Investment Division - date limite 23-juin-2043
"""
    write(f"{KEY}-natocarrieres.txt", portal, KEY)

    # EuroBrussels-style board copy
    board = f"""EuroBrussels
Jobs  Employers  Internships  Career Advice  Post a job
Home › Jobs › Defence & Security

{T_EN}

NATO International Staff
Location: Brussels, Belgium
Contract: Fixed-term (3 years)
Salary: EUR 7,496.83 per month, tax free
Job ID: EB-2043-118204
Posted: 12 May 2043
Closing date: 02/06/2043

[Apply on employer's website]

About the employer: NATO International Staff supports the North Atlantic Council and its committees at NATO
Headquarters in Brussels.

Job description

Job Number: {KEY}
Job Title: {T_EN}
Primary Location: {LOC_EN}
NATO Body: {ORG_EN}
Schedule: {SCH_EN}
Salary (Pay Basis): 7,496.83 Euro (EUR) Monthly
Grade: NATO Grade {GRADE}
Clearance Level: {CLEAR}
Application Deadline: 02-Jun-2043, 11:59:00 PM

{half_en("* ")}
---

{T_FR}

{half_fr("* ")}
Share this job: LinkedIn · X · E-mail

Similar jobs
Policy Officer (Defence Industry) – Brussels – EUR 6,900 – 7,600 per month
Programme Assistant, European defence agency – Brussels – closing 05/06/2043
Senior Adviser, Capability Development – Brussels – closing 16/06/2043

© EuroBrussels. Jobs in EU affairs since 2000.
"""
    write(f"{KEY}-eurobrussels.txt", board, KEY)
