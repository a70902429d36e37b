"""UNV, Bonn, EN: unv.org vacancy page (HTML field grid) and a Bonn job board copy (German furniture)."""
from common import *

KEY = "unv-hq-2035-044"
REF = "UNV/HQ/2035/044"
TITLE = "Partnerships Associate (Volunteer Solutions)"
ORG = "United Nations Volunteers (UNV) programme"
LOC = "Bonn, Germany"
SCHED = "Full-time"
GRADE = "G-6"
SALARY = "EUR 61,845"

ESS = [
    "Completion of secondary education is required.",
    "Minimum of six years of progressively responsible experience in partnership support, resource mobilization or "
    "programme administration.",
    "Proficiency in spreadsheet and customer-relationship management software.",
    "Fluency in English, written and oral.",
]
DES = [
    "A bachelor's degree in business administration, communications or international relations.",
    "Experience with volunteer-involving organizations or a United Nations entity.",
    "Working knowledge of German, French or Spanish.",
]
COMP = [
    ("Partnership management", "keeps track of commitments made by partner organizations and follows up on them "
     "promptly."),
    ("Data stewardship", "maintains accurate contact and agreement records in line with data protection rules."),
    ("Client orientation", "responds to internal and external requests courteously and within agreed timelines."),
]
INTRO = ("The United Nations Volunteers (UNV) programme contributes to peace and development through volunteerism "
         "worldwide. From its headquarters in Bonn, UNV mobilizes some 12,000 UN Volunteers every year for the "
         "entities of the United Nations system.")
CONTEXT = ("The Volunteer Solutions Section designs volunteer schemes with host entities and with the governments and "
           "foundations that fully fund UN Volunteers. The Partnerships Associate works under the supervision of the "
           "Partnerships Specialist and supports the section's agreements, pipelines and reporting.")
DUTIES = [
    "Maintains the section's pipeline of full-funding agreements and updates the partner database after each "
    "contact.",
    "Drafts cost estimates for fully funded UN Volunteer assignments using the standard calculator and checks them "
    "with the Finance Unit.",
    "Prepares first drafts of agreements, amendments and donor reports for review by the Specialist.",
    "Organizes partner briefings, onboarding sessions and the annual partners' meeting in Bonn.",
    "Monitors receipt of contributions and follows up on outstanding payments.",
    "Provides guidance to field units on partner requirements and visibility rules.",
]


def build():
    fields = [("Vacancy number", REF), ("Position title", TITLE), ("Organization", ORG), ("Grade", GRADE),
              ("Duty station", LOC), ("Contract type", "Fixed-term appointment"), ("Contract duration", "One year, renewable"),
              ("Working time", SCHED), ("Open to", "Candidates with the right to work in Germany"),
              ("Published", "20 November 2035"), ("Closing date", "05 December 2035")]
    grid = "\n".join('<div class="f"><div class="l">%s:</div><div class="v">%s</div></div>' % (E(a), E(b))
                     for a, b in fields)
    comp = "\n".join("<li><strong>%s:</strong> %s</li>" % (E(n), E(d)) for n, d in COMP)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(TITLE)} | UNV</title>
<style>body{{font-family:sans-serif;max-width:960px;margin:auto}} .f{{display:grid;grid-template-columns:200px 1fr;border-bottom:1px solid #ddd}} .l{{font-weight:bold}}</style>
</head><body>
<header>
<div class="cookie">We use cookies to improve your experience on unv.org. <button>Accept all</button> <button>Manage settings</button></div>
<nav><a href="#">Home</a> <a href="#">About UNV</a> <a href="#">Become a volunteer</a> <a href="#">Partners</a> <a href="#">News</a> <a href="#">Jobs at UNV</a> <a href="#">Español</a> <a href="#">Français</a></nav>
</header>
<main>
<div class="crumbs">Home / Jobs at UNV / Staff vacancies</div>
<h1>{E(TITLE)}</h1>
<section class="facts">
<h2>Vacancy details</h2>
{grid}
</section>
<section>
<h2>Background</h2>
<p>{E(INTRO)}</p>
<p>{E(CONTEXT)}</p>
<h2>Duties and responsibilities</h2>
<ol>
{"".join("<li>%s</li>" % E(d) for d in DUTIES)}
</ol>
<h2>Competencies</h2>
<p>Functional competencies:</p>
<ul>
{comp}
</ul>
<h2>Minimum qualifications and experience</h2>
{ul(ESS)}
<h2>Desired additional qualifications</h2>
{ul(DES)}
<h2>Remuneration</h2>
<p>The position is locally recruited. The annual net salary for this grade starts at {SALARY} (net of staff assessment), to which allowances may be added depending on the personal situation of the selected candidate. A pre-employment medical check is required.</p>
<h2>How to apply</h2>
<p>Submit your application, including a P11 form and a motivation letter, through the UNDP jobs portal by the closing date. Written tests are planned for the week of 14 January 2036. Only shortlisted candidates will be contacted.</p>
</section>
<aside><h3>Other vacancies</h3>
<ul><li>Programme Analyst, Volunteer Knowledge &ndash; closes 28 November 2035</li><li>Finance Assistant (G-5) &ndash; closes 12 January 2036</li></ul></aside>
</main>
<footer>&copy; 2035 UNV. Platz der Vereinten Nationen 1, 53113 Bonn. Privacy | Scam alert | Contact</footer>
</body></html>
"""
    write(KEY + "-unv.html", page, KEY)

    txt = f"""bonnjobs.example – Jobs in der Bundesstadt
Startseite | Stellenangebote | Arbeitgeber | Jobletter | Kontakt | Anmelden

Stellenangebote › Internationale Organisationen › UN-Campus Bonn

{TITLE}
ArbeitgeberUnited Nations Volunteers (UNV) programmeOrtBonn, GermanyArbeitszeitVollzeitBewerbungsfrist05.12.2035Online seit21.11.2035

[ Merken ]  [ Teilen ]  [ Jetzt bewerben ]

Stellenbeschreibung (Originaltext in englischer Sprache)

Vacancy number: {REF}
Position title: {TITLE}
Organization: {ORG}
Grade: {GRADE}
Duty station: {LOC}
Contract type: Fixed-term appointment (one year, renewable)
Working time: {SCHED}
Closing date: 05 December 2035

Background
{INTRO} {CONTEXT}

Duties and responsibilities
{chr(10).join(f"{i}. {d}" for i, d in enumerate(DUTIES, 1))}

Competencies
Functional competencies:
{chr(10).join(f"- {n}: {d}" for n, d in COMP)}

Minimum qualifications and experience
{chr(10).join("- " + x for x in ESS)}

Desired additional qualifications
{chr(10).join("- " + x for x in DES)}

Remuneration
The position is locally recruited. The annual net salary for this grade starts at {SALARY} (net of staff assessment).

How to apply
Through the UNDP jobs portal (link below). Written tests: week of 14 January 2036.

---------------------------------------------
Hinweis: bonnjobs.example ist nicht der Arbeitgeber. Bewerbungen bitte ausschließlich über das Portal der Organisation.

Ähnliche Stellen
- Sachbearbeiter/in Veranstaltungsmanagement (m/w/d), Bundesstadt Bonn – Bewerbungsfrist 30.11.2035
- Associate Programme Management Officer, UNFCCC – Bewerbungsfrist 09.12.2035
- Werkstudent/in Kommunikation, Stiftung am UN-Campus – Bewerbungsfrist 15.12.2035

Impressum | Datenschutz | AGB | © 2035 bonnjobs.example
"""
    write(KEY + "-bonnjobs.txt", txt, KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, schedule={"en": SCHED}, deadline="2035-12-05",
             salary=sal(61845, "EUR", "year"), grade=GRADE, req={"en": (ESS, DES)}, comp={"en": COMP})
