"""Inter Pares (Ottawa): bilingual NGO posting, EN then FR, as a Markdown page clip and a charity job-board copy."""
from common import *

KEY = "ip-2035-01"
REF = "IP-2035-01"
T_EN, T_FR = "Program Coordinator, Mesoamerica", "Coordonnateur(trice) de programme, Mésoamérique"
ORG = "Inter Pares"
LOC_EN, LOC_FR = "Ottawa, Ontario", "Ottawa (Ontario)"
S_EN, S_FR = "Full-time, 35 hours per week", "Temps plein, 35 heures par semaine"
ESS_EN = [
    "At least five years of experience in international cooperation, human rights or social justice work, including work with partner organizations in Central America or Mexico",
    "Fluency in Spanish and English, with good working knowledge of French",
    "Demonstrated skills in analysis, writing and public speaking",
    "Experience in program planning, budgeting and reporting to institutional funders",
    "Ability and willingness to travel regularly to the region",
]
DES_EN = [
    "Experience with feminist or collective decision-making structures",
    "Knowledge of migration, land rights or food sovereignty issues",
    "Familiarity with Global Affairs Canada funding mechanisms",
]
ESS_FR = [
    "Au moins cinq ans d'expérience en coopération internationale, en droits de la personne ou en justice sociale, dont un travail avec des organisations partenaires d'Amérique centrale ou du Mexique",
    "Maîtrise de l'espagnol et de l'anglais, et bonne connaissance pratique du français",
    "Compétences démontrées en analyse, en rédaction et en prise de parole en public",
    "Expérience de la planification de programmes, de l'élaboration de budgets et de la reddition de comptes aux bailleurs institutionnels",
    "Capacité et volonté de voyager régulièrement dans la région",
]
DES_FR = [
    "Expérience des structures décisionnelles féministes ou collectives",
    "Connaissance des enjeux liés à la migration, aux droits fonciers ou à la souveraineté alimentaire",
    "Connaissance des mécanismes de financement d'Affaires mondiales Canada",
]

expected(KEY, reference=REF, languages=["en", "fr"], title={"en": T_EN, "fr": T_FR},
         organisation={"en": ORG, "fr": ORG}, location={"en": LOC_EN, "fr": LOC_FR},
         schedule={"en": S_EN, "fr": S_FR}, deadline="2035-02-14",
         salary=sal(amount=67432, cur="CAD", period="year"), grade=None,
         requirements={"en": req(ESS_EN, DES_EN), "fr": req(ESS_FR, DES_FR)},
         competencies={"en": [], "fr": []})

DUT_EN = [
    "Accompany a portfolio of eight partner organizations in Guatemala, Honduras and southern Mexico",
    "Co-design multi-year programs and prepare proposals and reports for public and private funders",
    "Share partners' analysis with Canadian audiences through briefs, events and media work",
    "Contribute to Inter Pares' policy work on trade, migration and extractive industries",
    "Take part in the collective management of the organization, including committees and budget decisions",
]
DUT_FR = [
    "Accompagner un portefeuille de huit organisations partenaires au Guatemala, au Honduras et dans le sud du Mexique",
    "Concevoir avec elles des programmes pluriannuels et préparer les propositions et rapports destinés aux bailleurs publics et privés",
    "Faire connaître l'analyse des partenaires auprès du public canadien (notes, événements, relations avec les médias)",
    "Contribuer au travail de politiques d'Inter Pares sur le commerce, la migration et les industries extractives",
    "Participer à la gestion collective de l'organisation, y compris aux comités et aux décisions budgétaires",
]

def bl(lst, mark="-"):
    return "\n".join(f"{mark} {i}" for i in lst)

md = f"""[Skip to content](#main) · [Français](#fr)

**Inter Pares** · [Our work](#) · [Partners](#) · [Publications](#) · [Donate](#) · [Careers](#)

Home / Careers / {T_EN}

# {T_EN}

*Posted January 12, 2035 · Competition {REF}*

**Location:** {LOC_EN}\\
**Status:** Permanent\\
**Hours:** {S_EN}\\
**Salary:** $67,432 per year, plus benefits\\
**Closing date:** February 14, 2035, 5:00 p.m. (ET)

## About {ORG}

{ORG} is a Canadian social justice organization that works in long-term partnership with community groups in
Africa, Asia and Latin America, and in Canada. We are managed collectively: staff share leadership and
decision-making, and everyone on the team, including new staff, receives the same salary.

## What you'll do

{bl(DUT_EN)}

## What you bring

{bl(ESS_EN)}

## Assets

{bl(DES_EN)}

## How to apply

Send a cover letter and resume, in one PDF file, to hiring@interpares.example with "{REF}" in the subject line,
by February 14, 2035, 5:00 p.m. (ET). First interviews are planned for the week of March 5, 2035. {ORG} is
committed to employment equity and welcomes applications from Indigenous, Black and racialized people, persons
with disabilities and people of all genders.

---

<a id="fr"></a>

# {T_FR}

*Affiché le 12 janvier 2035 · Concours {REF}*

**Lieu :** {LOC_FR}\\
**Statut :** Permanent\\
**Heures :** {S_FR}\\
**Salaire :** 67 432 $ par année, plus avantages sociaux\\
**Date limite :** 14 février 2035, 17 h (HE)

## À propos d'{ORG}

{ORG} est une organisation canadienne de justice sociale qui travaille en partenariat à long terme avec des
groupes communautaires d'Afrique, d'Asie et d'Amérique latine, ainsi qu'au Canada. Notre gestion est collective :
l'équipe partage le leadership et les décisions, et toutes les personnes employées, y compris les nouvelles,
reçoivent le même salaire.

## Ce que vous ferez

{bl(DUT_FR)}

## Ce que vous apportez

{bl(ESS_FR)}

## Atouts

{bl(DES_FR)}

## Pour postuler

Envoyez une lettre de présentation et un curriculum vitae, en un seul fichier PDF, à hiring@interpares.example en
indiquant « {REF} » dans l'objet, au plus tard le 14 février 2035 à 17 h (HE). Les premières entrevues sont
prévues la semaine du 5 mars 2035.

---
© {ORG} · Charitable registration number 00000 0000 RR0001 · [Privacy](#)
"""
out(KEY + "-interpares.md", md, KEY)

board = f"""
CauseJobs.ca
Search jobs   Post a job   Resources   Sign in   FR

{T_EN}

{ORG}
locationOttawa, ON, Canada
remoteHybrid
PublishedPublished: 2035-01-12
ExpiresExpires: 2035-02-14
International Development / Human Rights
Permanent - Full Time
5 - 7 years of experience
$67,432 per year

Position: {T_EN}
Competition: {REF}
Location: {LOC_EN}
Hours: {S_EN}
Salary: $67,432 per year, plus benefits

About {ORG}
{ORG} is a Canadian social justice organization working in long-term partnership with community groups in Africa, Asia and Latin America, and in Canada. Collective management; same salary for all staff.

What you'll do
{chr(10).join(DUT_EN)}

What you bring
{chr(10).join(ESS_EN)}

Assets
{chr(10).join(DES_EN)}

How to apply
Cover letter and resume (one PDF) to hiring@interpares.example, subject "{REF}", by February 14, 2035, 5:00 p.m. (ET). Interviews the week of March 5, 2035.

-------------------------

Poste : {T_FR}
Concours : {REF}
Lieu : {LOC_FR}
Heures : {S_FR}
Salaire : 67 432 $ par année, plus avantages sociaux

Ce que vous apportez
{chr(10).join(ESS_FR)}

Atouts
{chr(10).join(DES_FR)}

Date limite : 14 février 2035, 17 h (HE).

Apply Now

Similar jobs
Policy Analyst, Food Security · Ottawa, ON · Expires: 2035-02-09
Chargé(e) de projets, Afrique de l'Ouest · Montréal, QC · Expires: 2035-02-21
"""
out(KEY + "-causejobs.txt", board, KEY)
