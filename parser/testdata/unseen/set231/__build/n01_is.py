from common import *
REF = "357114"
T_EN = "Officer (Hybrid Threats Analysis) - Innovation, Hybrid and Cyber Division"
T_FR = "Chargé(e) de mission (analyse des menaces hybrides) - Division Innovation, hybride et cyber"
ORG_EN = "NATO International Staff (NATO IS)"
ORG_FR = "Secrétariat international de l'OTAN (SI OTAN)"
ESS_EN = [
 "possess a university degree in international relations, security studies, political science or a related field from an institute of recognised standing;",
 "have at least five years of professional experience in analysing disinformation, foreign interference or other hybrid activities for a government, an international organisation or a research institute;",
 "have experience of writing short, policy-relevant assessments for senior decision-makers;",
 "be familiar with open-source research methods and with the ethical and legal limits that apply to them;",
 "be able to establish and maintain working relationships with national experts in a multinational environment;",
 "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; II (\"Elementary\") in the other.",
]
DES_EN = [
 "a postgraduate degree in a field relevant to the post;",
 "experience of crisis-management exercises involving civilian and military participants;",
 "knowledge of a language of a NATO member country in the Black Sea or Baltic region.",
]
ESS_FR = [
 "être titulaire d'un diplôme universitaire en relations internationales, en études de sécurité, en sciences politiques ou dans un domaine apparenté, délivré par un établissement reconnu ;",
 "avoir au moins cinq années d'expérience professionnelle de l'analyse de la désinformation, de l'ingérence étrangère ou d'autres activités hybrides pour une administration, une organisation internationale ou un institut de recherche ;",
 "avoir l'expérience de la rédaction d'évaluations courtes et utiles à l'élaboration des politiques, destinées à des décideurs de haut niveau ;",
 "connaître les méthodes de recherche en sources ouvertes ainsi que les limites éthiques et juridiques qui s'y appliquent ;",
 "être capable d'établir et d'entretenir des relations de travail avec des experts nationaux dans un environnement multinational ;",
 "avoir au minimum le niveau de compétence suivant dans les deux langues officielles de l'OTAN (anglais/français) : V (« avancé ») dans l'une ; II (« élémentaire ») dans l'autre.",
]
DES_FR = [
 "diplôme de troisième cycle dans un domaine en rapport avec le poste ;",
 "expérience d'exercices de gestion de crise associant des participants civils et militaires ;",
 "connaissance d'une langue d'un pays membre de l'OTAN de la région de la mer Noire ou de la Baltique.",
]
COMP_EN = [
 ("Achievement", "Sets and works to meet challenging goals;"),
 ("Analytical Thinking", "Sees multiple relationships;"),
 ("Clarity and Accuracy", "Monitors data and projects;"),
 ("Conceptual Thinking", "Applies learned concepts;"),
 ("Initiative", "Is decisive in a time-sensitive situation;"),
 ("Organisational Awareness", "Understands the Organisation's politics;"),
 ("Teamwork", "Solicits inputs and encourages others."),
]
COMP_FR = [
 ("Recherche de l'excellence", "Se fixe des objectifs ambitieux et s'emploie à les atteindre ;"),
 ("Réflexion analytique", "Établit des relations multiples ;"),
 ("Clarté et précision", "Contrôle les données et les projets ;"),
 ("Réflexion conceptuelle", "Applique les concepts acquis ;"),
 ("Initiative", "Fait preuve d'esprit de décision dans une situation où le temps est compté ;"),
 ("Compréhension de l'environnement organisationnel", "Comprend les enjeux politiques au sein de l'Organisation ;"),
 ("Travail en équipe", "Sollicite des contributions et encourage les autres."),
]
E = dict(reference=REF, post_number=None, languages=["en", "fr"], title=both(T_EN, T_FR),
  organisation=both(ORG_EN, ORG_FR), location=both("Belgium-Brussels", "Belgique-Bruxelles"),
  schedule=both("Full-time", "Temps plein"), deadline="2037-01-05", salary=sal(7291.64),
  grade="G16", clearance="NS",
  requirements=both({"essential": ESS_EN, "desirable": DES_EN}, {"essential": ESS_FR, "desirable": DES_FR}),
  competencies=both([{"name": n, "description": d} for n, d in COMP_EN], [{"name": n, "description": d} for n, d in COMP_FR]))

SUMMARY_EN = """The Innovation, Hybrid and Cyber Division (IHC) leads the International Staff's work on emerging and disruptive technologies, cyber defence and the Alliance's response to hybrid threats. Within the Division, the Hybrid Threats Section supports Allies in understanding hostile hybrid campaigns, prepares assessments for the North Atlantic Council and its committees, and coordinates the deployment of counter-hybrid support teams at the request of Allies.

The Officer prepares analytical products on hybrid activities directed against Allies and partners, contributes to the Section's horizon-scanning work and helps organise the meetings of national hybrid experts. He/she works closely with the Joint Intelligence and Security Division, the Public Diplomacy Division and the Strategic Commands."""
SUMMARY_FR = """La Division Innovation, hybride et cyber (IHC) pilote les travaux du Secrétariat international sur les technologies émergentes et de rupture, la cyberdéfense et la réponse de l'Alliance aux menaces hybrides. Au sein de la Division, la Section Menaces hybrides aide les Alliés à comprendre les campagnes hybrides hostiles, élabore des évaluations à l'intention du Conseil de l'Atlantique Nord et de ses comités, et coordonne le déploiement d'équipes de soutien à la lutte contre les menaces hybrides à la demande des Alliés.

Le/La chargé(e) de mission élabore des produits d'analyse sur les activités hybrides dirigées contre les Alliés et les partenaires, contribue aux travaux de veille prospective de la Section et aide à organiser les réunions des experts nationaux des menaces hybrides. Il/Elle travaille en étroite collaboration avec la Division Renseignement et sécurité, la Division Diplomatie publique et les commandements stratégiques."""
DUTIES_EN = """Analysis. Drafts assessments, background notes and talking points on hybrid campaigns, drawing on Allied contributions, open sources and academic research. Keeps track of trends in information manipulation, economic coercion and the use of proxies.
Expertise Development. Maintains a network of contacts in national administrations, think tanks and the private sector. Proposes topics for the Section's annual research agenda.
Stakeholder Engagement. Organises meetings of the Hybrid Threats Expert Network and prepares their agendas, summaries and follow-up.
Project Management. Contributes to the preparation and deployment of counter-hybrid support teams, including logistics, briefing packs and after-action reports.
Representation of the Organization. Presents the Section's work at seminars and conferences, in agreement with the Head of Section."""
DUTIES_FR = """Analyse. Rédige des évaluations, des notes d'information et des éléments de langage sur les campagnes hybrides, à partir des contributions des Alliés, de sources ouvertes et de travaux universitaires. Suit l'évolution de la manipulation de l'information, de la coercition économique et du recours à des intermédiaires.
Développement de l'expertise. Entretient un réseau de contacts dans les administrations nationales, les groupes de réflexion et le secteur privé. Propose des thèmes pour le programme annuel de recherche de la Section.
Relations avec les parties prenantes. Organise les réunions du réseau d'experts des menaces hybrides et en prépare les ordres du jour, les comptes rendus et le suivi.
Gestion de projets. Contribue à la préparation et au déploiement des équipes de soutien, y compris la logistique, les dossiers d'information et les rapports d'après action.
Représentation de l'Organisation. Présente les travaux de la Section lors de séminaires et de conférences, en accord avec le/la chef de section."""

def natocareers():
    ess = "\n".join(ESS_EN); des = "\n".join(DES_EN)
    essf = "\n".join(ESS_FR); desf = "\n".join(DES_FR)
    comp = "\n".join(f"{n}: {d}" for n, d in COMP_EN)
    compf = "\n".join(f"{n} : {d}" for n, d in COMP_FR)
    return f"""Skip to main content
NATO Careers
Job Search
My Jobs
My Account
Sign Out
Job Search > Job Description

Job Description - {T_EN} (357114)
Job Description

{T_EN}-357114

Primary Location

Belgium-Brussels

NATO Body

{ORG_EN}

Schedule

Full-time

Application Deadline

05-Jan-2037, 11:59:00 PM

Salary (Pay Basis)

: 7,291.64Euro (EUR) Monthly

Grade

NATO Grade G16

Clearance Level

NS

Description

:

Please note that we can only accept applications from nationals of NATO member countries.
Ce poste est ouvert uniquement aux ressortissants des pays membres de l'OTAN.

(Le texte en français suit le texte en anglais)

1. SUMMARY

{SUMMARY_EN}

2. QUALIFICATIONS AND EXPERIENCE

ESSENTIAL
The incumbent must:
{ess}

DESIRABLE
The following would be considered an advantage:
{des}

3. MAIN ACCOUNTABILITIES

{DUTIES_EN}

4. INTERRELATIONSHIPS

The incumbent reports to the Head, Hybrid Threats Section. He/she works closely with staff across the Division and with national delegations. Direct reports: N/a. Indirect reports: N/a.

5. COMPETENCIES

The incumbent must demonstrate:
{comp}

6. CONTRACT

Contract to be offered to the successful applicant (if non-seconded): Definite duration contract of three years; possibility of a permanent contract thereafter.

7. RECRUITMENT PROCESS

Please note that we can only accept applications from nationals of NATO member countries. Applications must be submitted using e-recruitment system. Shortlisted candidates will be invited to an online test in the week of 26 January 2037 and to a panel interview in February.

8. ADDITIONAL INFORMATION

NATO is committed to diversity and inclusion. The incumbent may be required to travel on duty and to work outside normal office hours.

**********

1. RÉSUMÉ

Intitulé : {T_FR}
Organisme : {ORG_FR}
Lieu : Belgique-Bruxelles
Horaire : Temps plein
Date limite de candidature : 5 janvier 2037, 23:59
Traitement : 7 291,64 EUR par mois
Grade : Grade OTAN G16

{SUMMARY_FR}

2. QUALIFICATIONS ET EXPÉRIENCE

ESSENTIEL
Le/La titulaire doit :
{essf}

SOUHAITABLE
Serait considéré comme un atout :
{desf}

3. PRINCIPALES RESPONSABILITÉS

{DUTIES_FR}

4. STRUCTURE ET LIAISONS

Le/La titulaire relève du/de la chef de la Section Menaces hybrides.

5. COMPÉTENCES

Le/La titulaire doit faire preuve des compétences suivantes :
{compf}

6. CONTRAT

Contrat proposé (hors détachement) : contrat d'une durée déterminée de trois ans, pouvant être suivi d'un contrat de durée indéterminée.

Job Posting

: 01-Dec-2036, 9:00:00 AM

Apply Online
Add to My Job Cart

Similar Jobs
Assistant (Cyber Policy) - Innovation, Hybrid and Cyber Division   Belgium-Brussels   Deadline 14-Dec-2036
Officer (Defence Innovation Partnerships)   Belgium-Brussels   Deadline 09-Feb-2037

Powered by Oracle Taleo | Privacy | Cookie settings | Accessibility
"""

def jobboard():
    ess = "\n".join("- " + i for i in ESS_EN); des = "\n".join("- " + i for i in DES_EN)
    essf = "\n".join("- " + i for i in ESS_FR); desf = "\n".join("- " + i for i in DES_FR)
    comp = "\n".join(f"- {n}: {d}" for n, d in COMP_EN)
    compf = "\n".join(f"- {n} : {d}" for n, d in COMP_FR)
    return f"""TalentBrux  |  Jobs  |  Companies  |  Salaries  |  Post a job  |  Log in
Home › Jobs in Brussels › Policy & International

{T_EN}
NATO International StaffBrussels, BelgiumPosted 4 days ago112 views
International organisationPolicyFull-timeEnglishFrench

Apply on employer's website   Save   Share

Job summary
Primary Location Belgium-BrusselsNATO Body {ORG_EN}Schedule Full-timeApplication Deadline 05-Jan-2037, 11:59:00 PMSalary (Pay Basis) 7,291.64Euro (EUR) MonthlyGrade NATO Grade G16Clearance Level NS

Ref: 357114

Description
{SUMMARY_EN}

QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
{ess}
DESIRABLE
The following would be considered an advantage:
{des}

MAIN ACCOUNTABILITIES
{DUTIES_EN}

COMPETENCIES
The incumbent must demonstrate:
{comp}

CONTRACT
Definite duration contract of three years.

---- Version française ----
Intitulé : {T_FR}
Organisme : {ORG_FR}
Lieu : Belgique-Bruxelles - Horaire : Temps plein - Date limite : 5 janvier 2037

{SUMMARY_FR}

QUALIFICATIONS ET EXPÉRIENCE
ESSENTIEL
Le/La titulaire doit :
{essf}
SOUHAITABLE
Serait considéré comme un atout :
{desf}

COMPÉTENCES
{compf}

TalentBrux Job ID: TBX-2036-771042
Report this job

Similar jobs
Policy Adviser, Security and Defence - Think tank, Brussels - €5,200 - €6,100 a month - closes 20 Dec 2036
Junior Analyst, Information Integrity - Brussels - €3,900 - €4,400 a month - closes 12 Jan 2037

© 2036 TalentBrux · Terms · Privacy · Cookies
"""

def build():
    expected(E)
    write("357114-natocareers.txt", natocareers(), REF)
    write("357114-jobboard.txt", jobboard(), REF)
