"""N10: NATO Liaison Office in Ukraine, Kyiv (en). The Office's page as Markdown (bold
run-in labels with hard line breaks), and a Ukrainian job board copy."""
from common import write, expected, sal

REF = "NLO-UA-LE-2039-01"
TITLE = "Visits and Protocol Assistant"
ORG = "NATO Liaison Office in Ukraine (NLO)"
LOC = "Kyiv, Ukraine"
SCH = "Full-time"
GRADE, CLR = "LE-5", "NATO CONFIDENTIAL"
SALARY = "UAH 72,400 gross"
DEADLINE = "28 May 2039, 18:00 (Kyiv time)"
REQ = [
    "University degree in international relations, hospitality, communications or a related field",
    "At least three years of experience in protocol, event management or the office of a diplomatic mission",
    "Fluent Ukrainian and English (SLP 3333)",
    "Availability for occasional evening and weekend work",
]
DES = [
    "Experience with high-level visits or international conferences",
    "Working knowledge of French",
    "Photography or social media skills",
]
COMP = [
    ("Attention to detail", "Checks seating plans, name badges and programmes before every event."),
    ("Discretion", "Handles guest lists and sensitive information with care."),
    ("Resilience", "Stays calm when programmes change at the last minute."),
]
INTRO = ("The NATO Liaison Office in Ukraine supports NATO's practical cooperation with Ukraine and its "
         "public diplomacy in the country. The Office receives many delegations, experts and senior "
         "officials every year and is looking for an assistant to organise their visits.")
DUTIES = [
    "Prepare programmes, transport, accommodation and interpretation for visiting delegations",
    "Draft invitations, seating plans and briefing folders",
    "Liaise with Ukrainian ministries, embassies and venues",
    "Keep the Office's contact database and event calendar up to date",
    "Support the Office's outreach events and take photographs when needed",
]
OFFER = ["Local employment contract for two years, renewable", "Private medical insurance", "24 working days of annual leave"]
FACTS = [
    ("Vacancy reference", REF), ("Organization", ORG), ("Location", LOC), ("Type of employment", SCH),
    ("Grade", GRADE), ("Security clearance", CLR), ("Monthly salary", SALARY), ("Closing date", DEADLINE),
]


def md():
    facts = "  \n".join(f"**{k}:** {v}" for k, v in FACTS)
    star = lambda xs: "\n".join(f"* {x}" for x in xs)
    comp = "\n".join(f"* **{n}:** {d}" for n, d in COMP)
    return f"""[Skip to content](#main)

UA | EN

* [Home](/)
* [About the Office](/about)
* [NATO and Ukraine](/nato-ukraine)
* [News](/news)
* [Vacancies](/vacancies)

[Home](/) / [Vacancies](/vacancies) / {TITLE}

# Vacancy: {TITLE}

_Posted on 26.04.2039_

{facts}

### About the post

{INTRO}

### Main duties

{star(DUTIES)}

### Required

{star(REQ)}

### Desirable

{star(DES)}

### Competencies

{comp}

### What we offer

{star(OFFER)}

### How to apply

Send a CV and a cover letter, both in English, to vacancies@nlo-ua.example with the vacancy reference in the subject line. Only shortlisted candidates will be contacted.

Share: [Facebook](#) · [X](#) · [LinkedIn](#)

---

**Latest news**

* 24.04.2039 – Youth forum on Euro-Atlantic security held in Lviv
* Vacancy NLO-UA-LE-2038-07 (Driver) closed on 15.12.2038

© NATO Liaison Office in Ukraine
"""


def board():
    dash = lambda xs: "\n".join(f"— {x}" for x in xs)
    facts = "\n".join(f"{k}: {v}" for k, v in FACTS)
    comp = "\n".join(f"— {n}: {d}" for n, d in COMP)
    return f"""робота-києві.example
Вакансії   Резюме   Компанії   Увійти
Вакансії › Київ › Адміністрація, протокол

Вакансія від 26 квітня 2039
{TITLE}
72 400 грн
NATO Liaison Office in Ukraine, міжнародна організація
Київ · Повна зайнятість · Вища освіта
Відгукнутися   Зберегти

Опис вакансії
{facts}

About the post
{INTRO}

Main duties
{dash(DUTIES)}

Required
{dash(REQ)}

Desirable
{dash(DES)}

Competencies
{comp}

What we offer
{dash(OFFER)}

How to apply: send a CV and a cover letter, both in English, to vacancies@nlo-ua.example.

Вакансія № 7712094 · 214 переглядів
Схожі вакансії
Координатор заходів · Київ · 38 000 – 45 000 грн
Офіс-менеджер посольства · Київ · 55 000 грн
© робота-києві · Умови використання
"""


def build():
    write(f"{REF}-nlo.md", md(), REF)
    write(f"{REF}-board.txt", board(), REF)
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2039-05-28",
             sal(72400, "UAH"), GRADE, CLR, {"en": {"essential": REQ, "desirable": DES}},
             {"en": COMP})
