from common import *

KEY = "JFCNF-CPO-39-118"
TITLE = "Assistant (Strategic Movements Planning)"
ORG = "Joint Force Command Norfolk (JFCNF)"
LOC = "Norfolk, Virginia, United States"
SCH = "Full-time"
GRADE, CLR, POST = "G11", "NATO SECRET", "JFCNF JLOG MOV 0030"
DEADLINE_TXT = "07 December 2039, 23:59 (EST)"

CONTEXT = [
    "Joint Force Command Norfolk is a NATO operational-level headquarters focused on the Atlantic and on the reinforcement of Europe across it. Its Logistics Directorate (J4) plans how forces, equipment and supplies are moved and sustained.",
    "The Movement and Transportation Branch prepares the deployment plans of forces crossing the Atlantic, coordinates sea and air lift with nations and with the Allied Movement Coordination Centre, and follows every movement during exercises and operations. The incumbent supports the planners of the Branch with data, schedules and reports.",
]
DUTIES = [
    "Collects and checks the movement requirements submitted by nations and enters them in the Headquarters' planning tool.",
    "Produces draft movement schedules, load summaries and capacity tables for sea and air lift.",
    "Tracks the progress of movements during exercises and reports deviations to the duty planner.",
    "Maintains contact lists and points of contact in national movement control centres.",
    "Prepares statistics and slides for the Branch Head's weekly update.",
    "Keeps the Branch's files and records in line with Headquarters procedures.",
]
ESS = [
    "Higher secondary education and a post-secondary certificate in logistics, transport management or a related field;",
    "At least three years of experience in transport, freight forwarding or military movement planning;",
    "Good working knowledge of spreadsheets and of at least one transport or logistics planning application;",
    "Ability to work under time pressure during exercises, including outside normal working hours;",
    "English SLP 3333.",
]
DES = [
    "Experience with the Logistics Functional Area Services (LOGFAS) or a similar tool;",
    "Knowledge of the rules on the carriage of dangerous goods by sea and air;",
    "Previous service in a NATO or national joint headquarters.",
]
COMP = [
    ("Accuracy", "checks figures and schedules carefully before release."),
    ("Initiative", "identifies problems early and proposes solutions."),
    ("Communication", "explains technical data clearly to non-specialists."),
    ("Teamwork", "supports colleagues during periods of high workload."),
]
SALARY_TXT = "7,483.26 USD (tax free)"
E = exp(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2039-12-07", sal(7483.26, "USD"), GRADE,
        CLR, {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)}, post=POST)

FACTS = [
    ("Vacancy Number:", KEY), ("Post Number:", POST), ("Job Title:", TITLE), ("NATO Grade:", GRADE),
    ("Organisation:", ORG), ("Duty Location:", LOC), ("Schedule:", SCH), ("Security Clearance:", CLR),
    ("Basic Monthly Salary:", SALARY_TXT), ("Application Closing Date:", DEADLINE_TXT),
]
REMARKS = [
    "Only nationals of NATO member nations may apply.",
    "The successful candidate will be offered a three-year definite duration contract, renewable.",
    "Interviews are expected to take place in Norfolk in the week of 16 January 2040.",
    "Candidates must apply through the NATO talent acquisition platform; applications sent by e-mail will not be considered.",
]


def page():
    facts = "".join(f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in FACTS)
    def ol(xs):
        return "<ol type=\"a\">" + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ol>"
    comp = "".join(f"<p><strong>{esc(n)}:</strong> {esc(d)}</p>" for n, d in COMP)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0062)https://jfcnf.nato.example/careers/civilian/jfcnf-cpo-39-118 -->
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} | JFC Norfolk Careers</title>
<style>
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10.5pt; margin: 18px 28px; hyphens: manual; }}
.cookie {{ background: #eee; padding: 6px; font-size: 9pt; }}
nav ul {{ list-style: none; padding: 0; }} nav li {{ display: inline; margin-right: 14px; }}
table.facts th {{ text-align: left; padding: 2px 10px 2px 0; vertical-align: top; }}
aside {{ border-top: 1px solid #999; margin-top: 18px; font-size: 9pt; }}
footer {{ font-size: 8.5pt; color: #555; }}
</style></head><body>
<div class="cookie">This site uses cookies to improve your experience. <a href="#">Accept</a> <a href="#">Settings</a></div>
<header><p><strong>Allied Joint Force Command Norfolk</strong></p>
<nav><ul><li><a href="#">Home</a></li><li><a href="#">About</a></li><li><a href="#">News</a></li><li><a href="#">Careers</a></li><li><a href="#">Contact</a></li></ul></nav></header>
<p>Home &gt; Careers &gt; Civilian Vacancies &gt; {esc(KEY)}</p>
<main>
<h1>{esc(TITLE)}</h1>
<p>Published 8 November 2039</p>
<table class="facts">{facts}</table>
<h2>Post Context</h2>{''.join(f'<p>{esc(p)}</p>' for p in CONTEXT)}
<h2>Principal Duties</h2><p>The incumbent's duties are:</p>{ol(DUTIES)}
<h2>Essential Qualifications</h2>{ol(ESS)}
<h2>Desirable Qualifications</h2>{ol(DES)}
<h2>Attributes/Competencies</h2>{comp}
<h2>Remarks</h2>{ol(REMARKS)}
</main>
<aside><h3>Other civilian vacancies</h3><ul>
<li>Clerk (Registry) &ndash; closing 30 November 2039</li>
<li>Engineer (Network Operations) &ndash; closing 12 December 2039</li></ul></aside>
<footer><p>Allied Joint Force Command Norfolk &middot; 7857 Example Road, Norfolk, VA &middot; Privacy &middot; Accessibility</p></footer>
</body></html>
"""


def build():
    expected(KEY, E)
    out(f"{KEY}-jfcnf.html", page(), KEY)
    chromium_pdf(f"{KEY}-jfcnf", KEY)

    def bl(xs):
        return "\n".join("  • " + x for x in xs)
    facts = "\n\n".join(f"{a.rstrip(':')}\n\n {b}" for a, b in FACTS)
    comp = "\n".join(f"  • {n}: {d}" for n, d in COMP)
    out(f"{KEY}-jobboard.txt", f"""
jobhub.example   Find jobs   Companies   Salaries   Sign in

company logo

{TITLE}

NATO

90k - 90k USD/year

Office

Norfolk

Full Time

Apply now        Save

{facts}

Description

:  

Post Context

{CONTEXT[0]}

{CONTEXT[1]}

Principal Duties:

The incumbent's duties are:
{bl(DUTIES)}

Essential Qualifications:

{bl(ESS)}

Desirable Qualifications:

{bl(DES)}

Attributes/Competencies:

{comp}

Remarks:

{bl(REMARKS)}

Similar jobs
Logistics Analyst · Norfolk, VA · 68k - 74k USD/year · 2 days ago
Transportation Planner (Contractor) · Virginia Beach, VA · 81k - 95k USD/year · 6 days ago

Report this job
""", KEY)
