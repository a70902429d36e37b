from common import *

REF = "517236"
T_EN = "Scientific Officer (Technology Foresight) - Office of the Chief Scientist"
T_FR = "Administrateur scientifique/Administratrice scientifique (prospective technologique) - Bureau du/de la scientifique en chef"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
LOC_EN, LOC_FR = "Belgium-Brussels", "Belgique-Bruxelles"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
GRADE, CLEAR = "G15", "NS"

ESS_EN = [
    "possess a university degree in a natural science, engineering, or a related technical discipline;",
    "have at least five years of experience in science and technology foresight, horizon scanning or technology assessment for a government, a research organisation or an international body;",
    "have experience of turning complex technical findings into short written products for non-specialist decision-makers;",
    "have a demonstrated ability to organise expert workshops and to work with national research establishments;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; I (\"Beginner\") in the other.",
]
DES_EN = [
    "a doctorate in a relevant discipline;",
    "knowledge of the NATO Science and Technology Organization and of the Emerging and Disruptive Technologies agenda;",
    "experience of quantitative forecasting methods such as bibliometrics or patent analysis;",
    "a higher level of proficiency in French.",
]
ESS_FR = [
    "être titulaire d'un diplôme universitaire en sciences naturelles, en ingénierie ou dans une discipline technique connexe ;",
    "avoir au moins cinq années d'expérience de la prospective scientifique et technologique, de la veille ou de l'évaluation technologique pour une administration, un organisme de recherche ou une organisation internationale ;",
    "avoir l'expérience de la transformation de résultats techniques complexes en produits écrits courts destinés à des décideurs non spécialistes ;",
    "avoir démontré sa capacité à organiser des ateliers d'experts et à travailler avec des établissements nationaux de recherche ;",
    "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; I (« débutant ») dans l'autre.",
]
DES_FR = [
    "doctorat dans une discipline pertinente ;",
    "connaissance de l'Organisation OTAN pour la science et la technologie et du programme relatif aux technologies émergentes et de rupture ;",
    "expérience des méthodes de prévision quantitatives telles que la bibliométrie ou l'analyse de brevets ;",
    "niveau plus élevé de maîtrise du français.",
]
COMP_EN = [
    ("Achievement", "Creates own measures of excellence and improves performance;"),
    ("Analytical Thinking", "Uses insight into complex data to identify the core issues;"),
    ("Change Leadership", "Expresses vision for change;"),
    ("Conceptual Thinking", "Clarifies complex data or situations;"),
    ("Impact and Influence", "Uses chains of indirect influence;"),
    ("Organisational Awareness", "Understands the organisation's underlying issues;"),
    ("Teamwork", "Solicits inputs and encourages others."),
]
COMP_FR = [
    ("Recherche de l'excellence", "Définit ses propres critères d'excellence et améliore les résultats ;"),
    ("Réflexion analytique", "Utilise sa compréhension de données complexes pour cerner les questions essentielles ;"),
    ("Conduite du changement", "Exprime une vision du changement ;"),
    ("Réflexion conceptuelle", "Clarifie des données ou des situations complexes ;"),
    ("Impact et influence", "Recourt à des chaînes d'influence indirecte ;"),
    ("Compréhension de l'organisation", "Comprend les enjeux sous-jacents de l'organisation ;"),
    ("Travail en équipe", "Sollicite les contributions et encourage les autres."),
]

ACC_EN = [
    ("Expertise Development", "Run the Office's annual technology foresight cycle, from the scoping of themes to the publication of the final report. Maintain a watch list of technologies that could change the Alliance's military advantage within fifteen years."),
    ("Knowledge Management", "Build and keep up to date a shared repository of foresight studies produced by Allies, partner nations and the NATO Science and Technology Organization."),
    ("Stakeholder Management", "Organise and chair expert workshops with national laboratories, industry and academia; prepare the Chief Scientist for meetings of the Science and Technology Board."),
    ("Policy Development", "Contribute science-based advice to the drafting of Alliance policies on emerging technologies, and review staff papers for technical accuracy."),
    ("Perform any other related duty as assigned.", ""),
]
ACC_FR = [
    ("Développement de l'expertise", "Mener le cycle annuel de prospective technologique du Bureau, du choix des thèmes à la publication du rapport final. Tenir à jour une liste de veille des technologies susceptibles de modifier l'avantage militaire de l'Alliance d'ici quinze ans."),
    ("Gestion des connaissances", "Constituer et tenir à jour un répertoire partagé des études prospectives produites par les Alliés, les pays partenaires et l'Organisation OTAN pour la science et la technologie."),
    ("Gestion des parties prenantes", "Organiser et présider des ateliers d'experts avec des laboratoires nationaux, l'industrie et le monde universitaire ; préparer le/la scientifique en chef aux réunions du Conseil pour la science et la technologie."),
    ("Élaboration des politiques", "Apporter des avis fondés sur la science à la rédaction des politiques de l'Alliance relatives aux technologies émergentes et vérifier l'exactitude technique des documents de travail."),
    ("S'acquitter de toute autre tâche connexe qui pourrait lui être confiée.", ""),
]


def half_en():
    acc = "\n".join(f"{h}\n{d}" if d else h for h, d in ACC_EN)
    return f"""{T_EN}

Primary Location: {LOC_EN}
NATO Body: {ORG_EN}
Schedule: {SCH_EN}
Application Deadline: 3 November 2042, 23:59 (Brussels time)

1. SUMMARY

The Office of the Chief Scientist supports the Chief Scientist, who is NATO's senior scientific adviser and the chair of the Science and Technology Board. The Office links the political and military staffs at NATO Headquarters with the science and technology community of the Allies.

The Scientific Officer (Technology Foresight) leads the Office's work on identifying technologies that may matter to the Alliance in the long term. He/she drafts foresight products for senior leadership, organises expert consultations and advises on the technical content of policy papers.

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL
The incumbent must:
{lines(ESS_EN)}

DESIRABLE
The following would be considered an advantage:
{lines(DES_EN)}

3. MAIN ACCOUNTABILITIES

{acc}

4. INTERRELATIONSHIPS

The incumbent reports to the Head of the Office of the Chief Scientist. He/she works closely with the Innovation Unit, the Defence Investment Division and the Collaboration Support Office in Neuilly-sur-Seine.
Direct reports: N/a
Indirect reports: N/a.

5. COMPETENCIES

The incumbent must demonstrate:
{lines(n + ": " + d for n, d in COMP_EN)}

6. CONTRACT

Contract to be offered to the successful applicant (if non-seconded): Definite duration contract of three years; possibility of renewal for up to three years, during which the incumbent may apply for conversion to an indefinite duration contract.
Regular working hours are 40 hours per week.

7. RECRUITMENT PROCESS

Please note that we can only accept applications from nationals of NATO member countries. Applications must be submitted using e-recruitment system, as applicable. Shortlisted candidates will be invited to a written assessment and a competency-based interview in Brussels, provisionally in the week of 7 December 2042.

8. ADDITIONAL INFORMATION

NATO is committed to diversity and inclusion, and strives to provide equal access to employment, advancement and retention, independently of gender, age, nationality, ethnic origin, religion or belief, cultural background, sexual orientation, and disability. NATO welcomes applications of nationals from all Member States, and strongly encourages women to apply."""


def half_fr():
    acc = "\n".join(f"{h}\n{d}" if d else h for h, d in ACC_FR)
    return f"""{T_FR}

Lieu principal : {LOC_FR}
Organisme : {ORG_FR}
Horaire : {SCH_FR}
Date limite de candidature : 3 novembre 2042, 23 h 59 (heure de Bruxelles)

1. RÉSUMÉ

Le Bureau du/de la scientifique en chef appuie le/la scientifique en chef, qui est le/la principal(e) conseiller/conseillère scientifique de l'OTAN et qui préside le Conseil pour la science et la technologie. Le Bureau fait le lien entre les états-majors politique et militaire du siège de l'OTAN et la communauté scientifique et technologique des Alliés.

L'administrateur scientifique/administratrice scientifique (prospective technologique) dirige les travaux du Bureau visant à repérer les technologies qui pourraient compter pour l'Alliance à long terme. Il/Elle rédige des produits prospectifs pour les hauts responsables, organise des consultations d'experts et donne des avis sur le contenu technique des documents d'orientation.

2. QUALIFICATIONS ET EXPÉRIENCE

ESSENTIEL
Le/La titulaire doit :
{lines(ESS_FR)}

SOUHAITABLE
Serait considéré comme un atout :
{lines(DES_FR)}

3. RESPONSABILITÉS PRINCIPALES

{acc}

4. STRUCTURE ET LIENS HIÉRARCHIQUES

Le/La titulaire relève du/de la chef du Bureau du/de la scientifique en chef. Il/Elle travaille en étroite collaboration avec l'Unité Innovation, la Division Investissement de défense et le Bureau d'appui à la collaboration à Neuilly-sur-Seine.
Subordonnés directs : sans objet
Subordonnés indirects : sans objet.

5. COMPÉTENCES

Le/La titulaire doit faire preuve des compétences suivantes :
{lines(n + " : " + d for n, d in COMP_FR)}

6. CONTRAT

Contrat proposé au/à la candidat(e) retenu(e) (si non détaché(e)) : contrat de durée déterminée de trois ans, pouvant être renouvelé pour une période maximale de trois ans, durant laquelle le/la titulaire peut demander la conversion en contrat de durée indéterminée.
L'horaire normal de travail est de 40 heures par semaine.

7. PROCESSUS DE RECRUTEMENT

Seules les candidatures de ressortissants des pays membres de l'OTAN peuvent être acceptées. Les candidatures doivent être soumises au moyen du système de recrutement en ligne. Les candidat(e)s présélectionné(e)s seront invité(e)s à une épreuve écrite et à un entretien axé sur les compétences à Bruxelles, en principe la semaine du 7 décembre 2042.

8. INFORMATIONS COMPLÉMENTAIRES

L'OTAN est attachée à la diversité et à l'inclusion, et s'efforce de garantir l'égalité d'accès à l'emploi, à l'avancement et au maintien dans l'emploi, indépendamment du genre, de l'âge, de la nationalité, de l'origine ethnique, de la religion ou des convictions, du contexte culturel, de l'orientation sexuelle et du handicap."""


def build():
    expected(REF, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
             {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2042-11-03",
             sal(8126.54), GRADE, CLEAR,
             req={"en": {"essential": ESS_EN, "desirable": DES_EN},
                  "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             comp={"en": comps(COMP_EN), "fr": comps(COMP_FR)})

    portal = f"""Passer au contenu principal
Carrières OTAN
Accueil
Offres d'emploi
Mes candidatures
Mon profil
English
Se déconnecter

Offres d'emploi > Description de l'emploi

Description de l'emploi - {T_EN} ({REF})

{T_EN}-{REF}

Lieu principal

{LOC_FR}

Organisme OTAN

{ORG_EN}

Horaire

{SCH_FR}

Date limite de candidature

03-nov.-2042, 23:59:00

Salaire (base de rémunération)

: 8 126,54Euro (EUR) Mensuelle

Description

Grade OTAN G15

Niveau d'habilitation

{CLEAR}

This notice is published in both official languages of NATO. / Cet avis est publié dans les deux langues officielles de l'OTAN.

{half_en()}

**********

{half_fr()}

Publication de l'offre

13-oct.-2042, 09:00:00

Postuler en ligne
Ajouter aux offres sélectionnées
Envoyer à un ami

Offres similaires
Officer (Innovation Policy) - Innovation Unit    Belgique-Bruxelles    Date limite : 06-nov.-2042
Assistant (Science and Technology Programme) - Collaboration Support Office    France-Neuilly-sur-Seine    Date limite : 21-nov.-2042

Conditions d'utilisation | Protection des données | Accessibilité
"""
    write(f"{REF}-natocarrieres.txt", portal, REF)

    body = "\n\n".join([half_en(), "---", half_fr()])
    li = f"""Skip to main content
LinkedIn
Search
Home
My Network
Jobs
Messaging
Notifications
Me
For Business

NATO
{T_EN}
Brussels, Brussels Region, Belgium · Reposted 1 week ago · 187 applicants
Promoted by hirer · Responses managed off LinkedIn

On-site   Full-time   Mid-Senior level
€8,126.54/month

Apply
Save

Job match is medium, review match details.

About the job

Job Number: {REF}
Salary (Pay Basis): 8,126.54 Euro (EUR) Monthly
Grade: NATO Grade {GRADE}
Clearance Level: {CLEAR}
Application Deadline: 03-Nov-2042, 11:59:00 PM

{body}

Show less

Set alert for similar jobs
Scientific Officer, Brussels Region, Belgium

About the company
NATO
Armed Forces · 10,001+ employees · 214,993 followers
Follow

More jobs
Policy Officer (Space) · NATO · Brussels, Brussels Region, Belgium · €7.4K/month · 2 days ago
Research Fellow, Emerging Technologies · Brussels, Belgium · Be an early applicant · closes 19 Nov 2042

© 2042 LinkedIn Corporation
"""
    write(f"{REF}-linkedin.txt", li, REF)
