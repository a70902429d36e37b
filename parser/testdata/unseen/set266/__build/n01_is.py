from common import *

KEY = "462381"
T_EN = "Assistant (Security Accreditation Records) - Joint Intelligence and Security Division"
T_FR = "Assistant(e) (registres d'homologation de sécurité) - Division Renseignement et sécurité"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
GRADE, CLR = "G10", "CTS"

ESS_EN = [
    "possess a higher secondary education qualification and a post-secondary diploma in administration, information management or security studies;",
    "have at least three years of experience in maintaining registers, files or databases in a security or records environment;",
    "have experience of handling classified or sensitive documents under a formal control system;",
    "have a sound working knowledge of Microsoft Excel and of at least one database or records application;",
    "be able to deal discreetly with personnel from many nations and all levels of seniority;",
    "possess the following minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") in one; I (\"Beginner\") in the other.",
]
DES_EN = [
    "experience of accreditation or certification of communication and information systems;",
    "familiarity with NATO security policy and its supporting directives;",
    "a qualification in records management.",
]
ESS_FR = [
    "être titulaire d'un diplôme de fin d'études secondaires et d'un diplôme d'études post-secondaires en administration, en gestion de l'information ou en études de sécurité ;",
    "avoir au moins trois années d'expérience de la tenue de registres, de dossiers ou de bases de données dans un environnement de sécurité ou d'archivage ;",
    "avoir l'expérience du traitement de documents classifiés ou sensibles dans le cadre d'un système de contrôle formel ;",
    "avoir une bonne connaissance pratique de Microsoft Excel et d'au moins une application de base de données ou d'archivage ;",
    "être en mesure de traiter avec discrétion avec des personnes de nombreux pays et de tous niveaux hiérarchiques ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : IV (« intermédiaire supérieur ») dans l'une ; I (« débutant ») dans l'autre.",
]
DES_FR = [
    "expérience de l'homologation ou de la certification de systèmes de communication et d'information ;",
    "connaissance de la politique de sécurité de l'OTAN et des directives qui la complètent ;",
    "une qualification en gestion des archives.",
]
COMP_EN = [
    ("Analytical Thinking", "Breaks problems down into their component parts;"),
    ("Clarity and Accuracy", "Checks own work for errors before passing it on;"),
    ("Customer Service Orientation", "Responds promptly to requests from colleagues;"),
    ("Organisational Awareness", "Understands the formal structure of the Organisation;"),
    ("Teamwork", "Shares relevant information with the team."),
]
COMP_FR = [
    ("Réflexion analytique", "Décompose les problèmes en leurs éléments ;"),
    ("Clarté et précision", "Vérifie l'absence d'erreurs dans son travail avant de le transmettre ;"),
    ("Orientation client", "Répond rapidement aux demandes des collègues ;"),
    ("Compréhension organisationnelle", "Comprend la structure formelle de l'Organisation ;"),
    ("Travail en équipe", "Partage les informations utiles avec l'équipe."),
]

E = exp(KEY, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR}, {"en": LOC_EN, "fr": LOC_FR},
        {"en": SCH_EN, "fr": SCH_FR}, "2039-12-01", sal(5406.27, "EUR"), GRADE, CLR,
        {"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
        {"en": comps(COMP_EN), "fr": comps(COMP_FR)})

SUM_EN = """The Joint Intelligence and Security Division (JISD) brings together the intelligence and security functions of NATO Headquarters. Its NATO Office of Security component sets the security rules for the Headquarters and checks that they are applied across the civil and military structures.

The Security Accreditation Section keeps the records on which the accreditation of communication and information systems at Headquarters is based: statements of security requirements, risk assessments, test reports and the approvals that follow. The incumbent keeps these records complete, traceable and available to the accreditation officers, prepares the monthly status reports and looks after the registry of classified material held by the Section."""

ACC_EN = """Information Management
Registers every accreditation file received and keeps its status up to date in the Section's database. Checks that each file holds the documents required by the procedure before it is passed to an accreditation officer.

Knowledge Management
Maintains the Section's library of templates, procedures and approved configurations. Proposes improvements to the filing plan.

Stakeholder Management
Acts as first point of contact for system owners who ask about the progress of their files. Arranges meetings and keeps attendance lists.

Expertise Development
Keeps up to date with changes in records and security procedures and shares them with the team.

Planning and Execution
Prepares the monthly status report and the annual inspection of the classified registry."""

SUM_FR = """La Division Renseignement et sécurité (JISD) réunit les fonctions de renseignement et de sécurité du siège de l'OTAN. Sa composante Bureau de sécurité de l'OTAN fixe les règles de sécurité du siège et vérifie leur application dans les structures civile et militaire.

La Section Homologation de sécurité tient les dossiers sur lesquels se fonde l'homologation des systèmes de communication et d'information du siège : énoncés des impératifs de sécurité, évaluations des risques, rapports d'essais et approbations qui en découlent. Le/La titulaire veille à ce que ces dossiers soient complets, traçables et accessibles aux responsables de l'homologation, établit les rapports mensuels d'avancement et gère le registre des documents classifiés détenus par la Section."""

ACC_FR = """Gestion de l'information
Enregistre chaque dossier d'homologation reçu et tient son état à jour dans la base de données de la Section. Vérifie que chaque dossier contient les documents exigés par la procédure avant de le transmettre à un responsable de l'homologation.

Gestion des connaissances
Tient à jour la bibliothèque de modèles, de procédures et de configurations approuvées de la Section. Propose des améliorations du plan de classement.

Gestion des parties prenantes
Sert de premier point de contact aux propriétaires de systèmes qui s'informent de l'avancement de leurs dossiers. Organise les réunions et tient les listes de présence.

Développement de l'expertise
Se tient informé(e) de l'évolution des procédures d'archivage et de sécurité et en fait part à l'équipe.

Planification et exécution
Prépare le rapport mensuel d'avancement et l'inspection annuelle du registre des documents classifiés."""


def half_en(marker):
    ess = "\n".join(marker + x for x in ESS_EN)
    des = "\n".join(marker + x for x in DES_EN)
    com = "\n".join(marker + f"{n}: {d}" for n, d in COMP_EN)
    return f"""{T_EN}

NATO Body: {ORG_EN}
Location: {LOC_EN}
Schedule: {SCH_EN}
Grade: {GRADE}  |  Clearance: {CLR}

1. SUMMARY

{SUM_EN}

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL

The incumbent must:
{ess}

DESIRABLE

The following would be considered an advantage:
{des}

3. MAIN ACCOUNTABILITIES

{ACC_EN}

4. INTERRELATIONSHIPS

The incumbent reports to the Head, Security Accreditation Section. S/he works closely with the accreditation officers, the Headquarters registry and the system owners of the divisions.

5. COMPETENCIES

The incumbent must demonstrate:
{com}

6. CONTRACT

Contract to be offered to the successful applicant (if non-seconded): definite duration contract of three years; possibility of an indefinite duration contract thereafter. Regular working hours are 40 hours per week.

7. RECRUITMENT PROCESS

Applications must be submitted through the NATO talent acquisition platform. Shortlisted candidates will be invited to an online test in the week of 9 January 2040 and to a panel interview in Brussels in February 2040. Appointment is subject to receipt of a security clearance (CTS) from the national authorities and approval of the medical file.

8. ADDITIONAL INFORMATION

NATO is committed to diversity and inclusion. Applications from women and from nationals of all member states are welcome. The incumbent may be required to work outside normal office hours during security inspections.
"""


def half_fr(marker, sep=" : "):
    ess = "\n".join(marker + x for x in ESS_FR)
    des = "\n".join(marker + x for x in DES_FR)
    com = "\n".join(marker + f"{n}{sep}{d}" for n, d in COMP_FR)
    return f"""{T_FR}

Organisme : {ORG_FR}
Lieu : {LOC_FR}
Horaire : {SCH_FR}
Grade : {GRADE}  |  Habilitation : {CLR}

1. RÉSUMÉ

{SUM_FR}

2. QUALIFICATIONS ET EXPÉRIENCE

ESSENTIEL

Le/La titulaire doit :
{ess}

SOUHAITABLE

Serait considéré comme un atout :
{des}

3. RESPONSABILITÉS PRINCIPALES

{ACC_FR}

4. RELATIONS DE TRAVAIL

Le/La titulaire relève du/de la chef(fe) de la Section Homologation de sécurité. Il/Elle travaille en étroite collaboration avec les responsables de l'homologation, le registre central du siège et les propriétaires de systèmes des divisions.

5. COMPÉTENCES

Le/La titulaire doit faire preuve des compétences suivantes :
{com}

6. CONTRAT

Contrat proposé (si la personne retenue n'est pas détachée) : contrat de durée déterminée de trois ans, pouvant être suivi d'un contrat de durée indéterminée. L'horaire normal de travail est de 40 heures par semaine.

7. PROCÉDURE DE RECRUTEMENT

Les candidatures doivent être soumises via la plateforme de recrutement de l'OTAN au plus tard le 1er décembre 2039. Les candidat(e)s présélectionné(e)s seront invité(e)s à un test en ligne durant la semaine du 9 janvier 2040, puis à un entretien à Bruxelles en février 2040.

8. INFORMATIONS COMPLÉMENTAIRES

L'OTAN s'engage en faveur de la diversité et de l'inclusion. Le/La titulaire pourra être appelé(e) à travailler en dehors des heures normales lors des inspections de sécurité.
"""


def build():
    expected(KEY, E)
    # Taleo, French interface, browser copy (label / blank line / value), markers lost
    out(f"{KEY}-natocarrieres.txt", f"""
Passer au contenu principal
OTAN - Carrières
Accueil
Offres d'emploi
Mes candidatures
Mon compte
Se déconnecter
Langue : Français
Rechercher des offres d'emploi   >   Liste des offres   >   Description de l'emploi

Description de l'emploi - {T_EN} ({KEY})
{T_EN}-{KEY}

Lieu principal

Belgique-Bruxelles

Organisme OTAN

{ORG_EN}

Horaire

{SCH_FR}

Date limite de candidature

01-déc.-2039, 23:59:00

Salaire (base de rémunération)

: 5 406,27Euro (EUR) Mensuelle

Grade

Grade OTAN {GRADE}

Niveau d'habilitation

{CLR}

Description

Cet avis de vacance est publié en anglais et en français. La version française suit la version anglaise.
This vacancy notice is published in English and French. The French version follows the English version.

{half_en("")}
**********

{half_fr("")}

Publication de l'offre

 07-nov.-2039, 09:00:00

Offres similaires
Assistant (Registry) - Executive Management  |  Belgique-Bruxelles  |  28-nov.-2039
Officer (Physical Security) - Joint Intelligence and Security Division  |  Belgique-Bruxelles  |  05-déc.-2039

Postuler en ligne     Envoyer à un ami     Sauvegarder

© OTAN. Tous droits réservés.   Politique de confidentialité   Accessibilité
""", KEY)

    # Flemish job board copy: English notice, Dutch furniture, all portal fields glued on one line
    out(f"{KEY}-jobboard.txt", f"""
werkzoeken.example  Vacatures  Bedrijven  Salariskompas  Inloggen
Home › Vacatures › Brussel › Administratie

{T_EN}
NATO · Brussel · 3 weken geleden · 41 sollicitanten
VoltijdsInternationale organisatieVeiligheidsmachtiging vereist
Solliciteer bij werkgever     Bewaar

Over deze vacature
Primary Location{LOC_EN}NATO Body{ORG_EN}Schedule{SCH_EN}Application Deadline01-Dec-2039, 11:59:00 PMSalary (Pay Basis): 5,406.27Euro (EUR) MonthlyGradeNATO Grade {GRADE}Clearance Level{CLR}

{half_en("- ")}
**********

{half_fr("- ")}

Ref: {KEY}
Vacature-ID: WZ-88412-BX

Vergelijkbare vacatures
Records Officer – Europese instelling, Brussel – € 3.900 - € 4.600 per maand – sluit 18/12/2039
Security Clerk (NL/FR) – Evere – € 3.100 - € 3.500 per maand – sluit 30/11/2039

Over werkzoeken.example   Privacy   Cookies   Contact
""", KEY)
