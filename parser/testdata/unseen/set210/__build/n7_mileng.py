"""321794 - Military Engineering Centre of Excellence, Ingolstadt (EN): saved web page and a clipped Markdown copy."""
import html as H
from common import *

REF = "321794"
TITLE = "Assistant (Doctrine Publications and Terminology)"
ORG = "Military Engineering Centre of Excellence (MILENG COE)"
LOC = "Ingolstadt, Germany"
SCH = "Full-time (39 hours per week)"
GRADE = "E 9a"
CLR = "NATO SECRET"

ESS = [
    "Completed vocational training or a bachelor's degree in technical writing, translation, information management or a comparable field",
    "At least three years of professional experience in editing or managing technical or military publications",
    "Very good command of written and spoken English (at least SLP 3333 or CEFR C1)",
    "Very good knowledge of MS Office, in particular Word styles and templates",
    "Eligibility for a NATO SECRET security clearance",
]
DES = [
    "Knowledge of the NATO standardization process and of the NATO Terminology Programme",
    "Experience with a content management system or an XML authoring tool",
    "Good command of German or French",
]
TASKS = [
    "Edits the draft military engineering publications of the Centre for consistency, layout and correct use of NATO terminology",
    "Maintains the Centre's terminology database and proposes new terms to the NATO terminology bodies",
    "Tracks the ratification status of the standardization documents the Centre is custodian of",
    "Prepares the publications for release on the NATO standardization portal",
    "Supports the organisation of the annual doctrine and terminology workshop",
]
OFFER = [
    "A contract under the German collective agreement for the public service (TVöD), initially limited to two years",
    "An international working environment with staff from 17 nations",
    "Flexible working hours and the possibility of mobile work",
]
SIDEBAR = [("Logistics Clerk (Warehouse)", "closed 12 March 2035"),
           ("Subject Matter Expert (Infrastructure) - military post", "national nominations only"),
           ("Student internship summer 2035", "applications until 31 May 2035")]

FACTS = [
    ("Reference", REF), ("Position", TITLE), ("Organization", ORG), ("Branch", "Doctrine and Standardization Branch"),
    ("Place of work", LOC), ("Working time", SCH), ("Pay group (TVöD)", GRADE),
    ("Salary", "EUR 3,935 – 4,980 gross per month, depending on experience"),
    ("Security clearance", CLR), ("Application deadline", "23 April 2035"),
]

INTRO = ("The Military Engineering Centre of Excellence is a multinational organisation that supports NATO in the "
         "development of military engineering doctrine, concepts and education. Its Doctrine and Standardization Branch "
         "is custodian of several Allied publications. The Centre is looking for a civilian assistant to look after the "
         "quality of these publications and of the terminology they use.")
APPLY = ("Please send your application (cover letter, CV, certificates) as a single PDF file to recruitment@milengcoe.example, "
         "quoting the reference in the subject line. Interviews are planned for the second half of May 2035. Severely "
         "disabled applicants are given preference when equally qualified.")


def page():
    dl = "".join(f"<dt>{H.escape(k)}</dt><dd>{H.escape(v)}</dd>" for k, v in FACTS)
    li = lambda xs: "".join(f"<li>{H.escape(x)}</li>" for x in xs)
    side = "".join(f"<li><a href='#'>{H.escape(t)}</a><br><small>{H.escape(d)}</small></li>" for t, d in SIDEBAR)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0071)https://www.milengcoe.example/careers/vacancy-{REF}-doctrine-assistant -->
<html lang="en"><head><meta charset="utf-8"><title>Vacancy {REF}: {H.escape(TITLE)} | MILENG COE</title>
<style>body{{font-family:sans-serif}} dt{{font-weight:bold;float:left;width:12em;clear:left}} dd{{margin-left:13em}} aside{{border-left:1px solid #ccc;padding-left:1em}}</style>
</head><body>
<div class="cookie-banner">We use cookies to analyse the use of our website. <a href="#">Accept all</a> <a href="#">Only necessary</a></div>
<header><a href="/">MILENG COE</a>
<nav><ul><li>Home</li><li>About us</li><li>Courses</li><li>Events</li><li>Publications</li><li>Careers</li><li>Contact</li></ul></nav></header>
<p class="crumbs">Home › Careers › Vacancy {REF}</p>
<main>
<h1>{H.escape(TITLE)}</h1>
<p class="meta">Published: 7 March 2035</p>
<p>{H.escape(INTRO)}</p>
<dl>{dl}</dl>
<h2>Your tasks</h2><ul>{li(TASKS)}</ul>
<h2>Your profile</h2>
<h3>Requirements</h3><ul>{li(ESS)}</ul>
<h3>Desirable</h3><ul>{li(DES)}</ul>
<h2>We offer</h2><ul>{li(OFFER)}</ul>
<h2>How to apply</h2><p>{H.escape(APPLY)}</p>
</main>
<aside><h2>More vacancies</h2><ul>{side}</ul></aside>
<footer><p>© 2035 Military Engineering Centre of Excellence · Pionierkaserne auf der Schanz · Imprint · Data protection</p></footer>
</body></html>
"""


def md():
    facts = "\n".join(f"| **{k}** | {v} |" for k, v in FACTS)
    side = "\n".join(f"- [{t}](https://www.milengcoe.example/careers/) — {d}" for t, d in SIDEBAR)
    return f"""---
title: "Vacancy {REF}: {TITLE} | MILENG COE"
source: https://www.milengcoe.example/careers/vacancy-{REF}-doctrine-assistant
clipped: 2035-03-09
---

[Skip to content](#main)

[MILENG COE](https://www.milengcoe.example/)

- [Home](https://www.milengcoe.example/)
- [About us](https://www.milengcoe.example/about/)
- [Careers](https://www.milengcoe.example/careers/)

Home » Careers » Vacancy {REF}

# {TITLE}

*Published: 7 March 2035*

{INTRO}

| | |
|---|---|
{facts}

## Your tasks

{bullets(TASKS, "* ")}

## Your profile

### Requirements

{bullets(ESS, "* ")}

### Desirable

{bullets(DES, "* ")}

## We offer

{bullets(OFFER, "* ")}

## How to apply

{APPLY}

### More vacancies

{side}
"""


def build():
    expected(REF, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, schedule={"en": SCH}, deadline="2035-04-23",
             salary=sal(None, "EUR", "month", 3935, 4980), grade=GRADE, clearance=CLR,
             req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": []})
    write(f"{REF}-milengcoe.html", page(), REF)
    write(f"{REF}-milengcoe.md", md(), REF)
