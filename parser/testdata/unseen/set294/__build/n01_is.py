from common import *
KEY = "507318"
T_EN = "Officer (Gender Perspectives Integration) - Office of the Special Representative for Women, Peace and Security"
T_FR = "Administrateur/Administratrice (intégration des perspectives de genre) - Bureau du/de la Représentant(e) spécial(e) pour les femmes, la paix et la sécurité"
ORG_EN, ORG_FR = "NATO International Staff (NATO IS)", "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
ESS_EN = [
 "possess a university degree in social sciences, international relations, law or a related discipline;",
 "have at least three years of experience in applying gender analysis to security, defence or crisis management policy;",
 "have experience of drafting policy guidance and briefing notes for senior officials;",
 "be able to manage several work strands at once and to meet short deadlines;",
 "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; I (\"Beginner\") in the other.",
]
DES_EN = [
 "experience of working with armed forces or ministries of defence on the Women, Peace and Security agenda;",
 "knowledge of NATO's defence planning and exercise processes;",
 "a higher level of proficiency in French.",
]
ESS_FR = [
 "être titulaire d'un diplôme universitaire en sciences sociales, en relations internationales, en droit ou dans une discipline connexe ;",
 "avoir au moins trois années d'expérience de l'application de l'analyse de genre aux politiques de sécurité, de défense ou de gestion de crise ;",
 "avoir l'expérience de la rédaction d'orientations politiques et de notes d'information destinées à de hauts responsables ;",
 "être capable de mener plusieurs volets de travail de front et de respecter des délais serrés ;",
 "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; I (« débutant ») dans l'autre.",
]
DES_FR = [
 "expérience du travail avec des forces armées ou des ministères de la défense sur le programme Femmes, paix et sécurité ;",
 "connaissance des processus de planification de défense et d'exercices de l'OTAN ;",
 "niveau plus élevé de maîtrise du français.",
]
C_EN = [("Achievement", "Works to meet standards and sets own goals;"),
        ("Analytical Thinking", "Sees multiple relationships between issues;"),
        ("Clarity and Accuracy", "Checks own work and that of others;"),
        ("Impact and Influence", "Uses indirect influence to build support;"),
        ("Initiative", "Acts before being asked and plans ahead;"),
        ("Teamwork", "Cooperates and shares information willingly.")]
C_FR = [("Recherche de l'excellence", "Travaille pour atteindre les normes et se fixe ses propres objectifs ;"),
        ("Réflexion analytique", "Voit les multiples liens entre les questions ;"),
        ("Clarté et précision", "Vérifie son propre travail et celui des autres ;"),
        ("Impact et influence", "Recourt à l'influence indirecte pour susciter l'adhésion ;"),
        ("Initiative", "Agit sans attendre qu'on le lui demande et planifie à l'avance ;"),
        ("Travail en équipe", "Coopère et partage volontiers l'information.")]

def build():
    expected(KEY, langs=["en", "fr"], title=L(T_EN, T_FR), org=L(ORG_EN, ORG_FR), loc=L(LOC_EN, LOC_FR),
             sched=L(SCH_EN, SCH_FR), deadline="2042-04-02", salary=sal(7914.36), grade="G16", clearance="NS",
             req={"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             comps={"en": comp(C_EN), "fr": comp(C_FR)})

    def half_en(items_mark=''):
        return f"""{T_EN}

Primary Location: {LOC_EN}
NATO Body: {ORG_EN}
Schedule: {SCH_EN}
Application Deadline: 2 April 2042

1. SUMMARY

The Office of the Special Representative for Women, Peace and Security supports the Secretary General in bringing a gender perspective into all of NATO's core tasks. It advises the Divisions of the International Staff, works with the International Military Staff and the Strategic Commands, and maintains contacts with Allies, partners and civil society.

The Officer helps the Divisions and the Commands to apply gender analysis in policy, planning and exercises, and prepares the Office's contributions to ministerial meetings.

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL
The incumbent must:
{bullets(ESS_EN, items_mark)}

DESIRABLE
The following would be considered an advantage:
{bullets(DES_EN, items_mark)}

3. MAIN ACCOUNTABILITIES

Policy Development
Drafts guidance on the integration of gender perspectives in defence planning and exercise design, and keeps it under review.

Stakeholder Management
Maintains working contacts with gender advisers in the Commands and with national delegations.

Knowledge Management
Keeps a record of lessons identified and shares good practice across the International Staff.

Perform any other related duty as assigned.

4. INTERRELATIONSHIPS

The incumbent reports to the Senior Adviser of the Office and works closely with the Operations Division and the Defence Policy and Planning Division.

5. COMPETENCIES

The incumbent must demonstrate:
{comps_lines(C_EN, mark=items_mark)}

6. CONTRACT

Contract to be offered to the successful applicant (if non-seconded): Definite duration contract of three years; possibility of renewal for up to three years, during which the incumbent may apply for conversion to an indefinite duration contract. The normal working week is 40 hours.

7. RECRUITMENT PROCESS

Applications must be submitted by 2 April 2042 (11:59 p.m. Brussels time) using the NATO recruitment platform. Shortlisted candidates will be invited to an online assessment in the week of 21 April 2042 and to a panel interview in May.
"""

    def half_fr(items_mark=''):
        return f"""{T_FR}

Lieu principal : {LOC_FR}
Organisme : {ORG_FR}
Horaire : {SCH_FR}
Date limite de candidature : 2 avril 2042

1. RÉSUMÉ

Le Bureau du/de la Représentant(e) spécial(e) pour les femmes, la paix et la sécurité aide le secrétaire général à intégrer une perspective de genre dans toutes les tâches fondamentales de l'OTAN. Il conseille les divisions du Secrétariat international, travaille avec l'État-major militaire international et les commandements stratégiques, et entretient des contacts avec les Alliés, les partenaires et la société civile.

L'administrateur/administratrice aide les divisions et les commandements à appliquer l'analyse de genre aux politiques, à la planification et aux exercices, et prépare les contributions du Bureau aux réunions ministérielles.

2. QUALIFICATIONS ET EXPÉRIENCE

ESSENTIEL
Le/La titulaire doit :
{bullets(ESS_FR, items_mark)}

SOUHAITABLE
Serait considéré comme un atout :
{bullets(DES_FR, items_mark)}

3. PRINCIPALES RESPONSABILITÉS

Élaboration des politiques
Rédige des orientations sur l'intégration des perspectives de genre dans la planification de défense et la conception des exercices, et les tient à jour.

Gestion des parties prenantes
Entretient des contacts de travail avec les conseillers pour les questions de genre des commandements et avec les délégations nationales.

Gestion des connaissances
Tient un relevé des enseignements identifiés et diffuse les bonnes pratiques au sein du Secrétariat international.

Exécute toute autre tâche en rapport avec ses fonctions.

4. STRUCTURE ET LIENS

Le/La titulaire relève du/de la conseiller(ère) principal(e) du Bureau et travaille en étroite collaboration avec la Division Opérations et la Division Politique de défense et planification.

5. COMPÉTENCES

Le/La titulaire doit faire preuve des compétences suivantes :
{comps_lines(C_FR, sep=' : ', mark=items_mark)}

6. CONTRAT

Contrat proposé (sauf si le/la candidat(e) retenu(e) est détaché(e)) : contrat de durée déterminée de trois ans, pouvant être renouvelé pour une période de trois ans au maximum. La semaine de travail normale est de 40 heures.

7. PROCÉDURE DE RECRUTEMENT

Les candidatures doivent être soumises au plus tard le 2 avril 2042 (23 h 59, heure de Bruxelles) au moyen de la plateforme de recrutement de l'OTAN. Les candidat(e)s présélectionné(e)s seront invité(e)s à une évaluation en ligne la semaine du 21 avril 2042.
"""

    banner = "OUVERT AUX RESSORTISSANTS DES PAYS MEMBRES DE L'OTAN / OPEN TO NATIONALS OF NATO MEMBER STATES ONLY"
    portal = f"""Passer au contenu principal
Accueil
Offres d'emploi
Mon profil
Mes candidatures
English
Déconnexion

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

02-avr.-2042, 23:59:00

Salaire (base de rémunération)

: 7 914,36Euro (EUR) Mensuelle

Grade

Grade OTAN G16

Niveau d'habilitation

NS

Description

:

{banner}

{half_en()}
**********

{half_fr()}
Publication de l'offre

: 05-mars-2042, 10:00:00

Postuler en ligne
Envoyer à un ami
Sauvegarder

Offres similaires
Administrateur/Administratrice (programmes de partenariat) - Division Affaires politiques - date limite 09-avr.-2042
Assistant(e) (planification des conférences) - Division Gestion exécutive - date limite 16-avr.-2042

© OTAN - Tous droits réservés | Politique de confidentialité | Accessibilité
"""
    write(f"{KEY}-natocarrieres.txt", portal, KEY)

    indeed = f"""Skip to main content
indeed
Find jobs   Company reviews   Find salaries
Sign in   Employers / Post Job

What: officer brussels    Where: Brussels    Find jobs

{T_EN}
NATO - Organisation du Traité de l'Atlantique Nord
4.3 out of 5 stars
1110 Brussels
€7,914.36 a month - Full-time

Apply on company site

Profile insights
Find out how your skills align with the job description
Skills
Gender analysis (Required)
Policy drafting
Do you have experience in Gender analysis?   Yes   No   Skip

Job details
Here's how the job details align with your profile.
Pay
€7,914.36 a month
Job type
Full-time

Location
1110 Brussels

Full job description
Job Description - {T_EN} ({KEY})
Primary Location: Belgium-Brussels
NATO Body: NATO International Staff (NATO IS)
Schedule: Full-time
Application Deadline: 02-Apr-2042, 11:59:00 PM
Salary (Pay Basis): 7,914.36 Euro (EUR) Monthly
Grade: NATO Grade G16
Clearance Level: NS

{banner}

{half_en('- ')}
**********

{half_fr('- ')}
Hiring Insights
Job activity
Posted 12 days ago

Report job

People also viewed
Assistant (Registry) - NATO Communications and Information Agency - Mons - €3,900 - €4,350 a month
Policy Officer - European External Action Service - Brussels - €6,200 a month
Programme Manager - Belgian NGO - Brussels - from €4,100 a month

© 2042 Indeed   Accessibility at Indeed   Privacy Center   Cookies   Terms
"""
    write(f"{KEY}-indeed.txt", indeed, KEY)
