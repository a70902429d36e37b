from common import *

REF = "NLOMD-LE-2044-01"
T = "Public Engagement Assistant"
ORG = "NATO Liaison Office in the Republic of Moldova (NLO Moldova)"
LOC = "Chișinău, Republic of Moldova"
SCH = "Full-time (Monday to Friday, 40 hours per week)"
GRADE, CLR = "LE-6", "NATO CONFIDENTIAL"
DL = "30 January 2044, 17:00 (Chișinău time)"
ESS = [
    "university degree in journalism, communication, international relations or a related field",
    "at least two years of experience in communication, public relations or event organisation",
    "fluent Romanian and English; good Russian",
    "experience in managing social media accounts of an institution",
]
DES = [
    "experience in working with universities, civil society or media in Moldova",
    "basic photo and video editing skills",
    "knowledge of French",
]
COMP = [
    ("Communication", "writes clear, accurate texts for different audiences"),
    ("Initiative", "proposes new ideas for activities and follows them through"),
    ("Political awareness", "understands the sensitivities of the local context"),
]
DUTIES = [
    "Organises information events, lectures and visits for students, journalists and civil society",
    "Drafts posts and short articles for the Office's website and social media accounts, in Romanian and English",
    "Monitors local media and prepares daily press summaries",
    "Maintains contact lists and the calendar of public events",
]


def build():
    tab = "\t"
    page = f"""Skip to content
RO | EN
NATO Liaison Office Moldova
About the Office   NATO and Moldova   News   Events   Vacancies   Contact
Home » Vacancies » {T}

Vacancy announcement: {T}
15 December 2043

Reference{tab}{REF}
Position{tab}{T}
Organization{tab}{ORG}
Duty station{tab}{LOC}
Working time{tab}{SCH}
Grade{tab}{GRADE}
Gross monthly salary{tab}MDL 41,380
Security clearance{tab}{CLR}
Contract{tab}One year, renewable, under Moldovan labour law
Closing date{tab}{DL}

The NATO Liaison Office in the Republic of Moldova supports the country's cooperation with NATO and explains the Alliance's work to the Moldovan public. The Public Engagement Assistant helps the Office reach students, journalists and civil society across the country.

Main duties
{bullets(DUTIES, "- ")}

Required
{bullets(ESS, "- ")}

Desirable
{bullets(DES, "- ")}

Competencies
{chr(10).join(f"- {n}: {d}" for n, d in COMP)}

Application
Please send a CV and a motivation letter, both in English, to the Office's e-mail address. Only shortlisted candidates will be contacted; a written test is planned for 6 February 2044. No fee is charged at any stage of the recruitment.

Share this page

Related news
18 December 2043 – Winter school on security policy opens for applications (deadline 12 January 2044)
04 December 2043 – NLO Moldova hosts debate with university students in Bălți
"""
    write(f"{REF}-nlo.txt", page, REF)

    board = f"""RabotaMD.example
Locuri de muncă   Companii   CV-uri   Intră în cont   RU | RO
Acasă / Locuri de muncă / Comunicare / Chișinău

{T}
NATO Liaison Office Moldova
Chișinău · Program complet · Studii superioare
Salariu: 41 380 MDL
Termen limită: 30.01.2044
Publicat: 16.12.2043 · Vizualizări: 1 208

Descriere
Reference: {REF}
Position: {T}
Organization: {ORG}
Duty station: {LOC}
Working time: {SCH}
Grade: {GRADE}
Gross monthly salary: MDL 41,380
Security clearance: {CLR}
Contract: One year, renewable, under Moldovan labour law
Closing date: {DL}

The NATO Liaison Office in the Republic of Moldova supports the country's cooperation with NATO and explains the Alliance's work to the Moldovan public. The Public Engagement Assistant helps the Office reach students, journalists and civil society across the country.

Main duties:
{bullets(DUTIES, "• ")}

Required:
{bullets(ESS, "• ")}

Desirable:
{bullets(DES, "• ")}

Competencies:
{chr(10).join(f"• {n}: {d}" for n, d in COMP)}

Application
Please send a CV and a motivation letter, both in English, to the Office's e-mail address. Only shortlisted candidates will be contacted; a written test is planned for 6 February 2044. No fee is charged at any stage of the recruitment.

Trimite CV   Salvează

Locuri de muncă similare
Specialist comunicare – ONG, Chișinău – 18 000 - 24 000 MDL – până la 20.01.2044
SMM manager – Agenție, Chișinău – 1 100 EUR
"""
    write(f"{REF}-rabotamd.txt", board, REF)
    expected(REF, None, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2044-01-30",
             sal(41380, "MDL"), GRADE, CLR, {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})
