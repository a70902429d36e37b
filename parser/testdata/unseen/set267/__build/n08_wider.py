from common import *

REF = "WIDER-INT-2040-02"
KEY = "wider-int-2040-02"
TITLE = "Intern – Research Communications and Data Visualization"
ORG = "United Nations University World Institute for Development Economics Research"
LOC = "Helsinki, Finland"
SCHED = "Full-time"
STIP = "EUR 1,180 per month"
ESS = [
    "be enrolled in a master's or doctoral programme in economics, communications, data science or a related field, or have graduated within the past twelve months;",
    "have experience in producing charts, maps or interactive graphics from statistical data;",
    "be fluent in written and spoken English;",
    "be available for six months from March 2040.",
]
DES = [
    "working knowledge of R, Python or a JavaScript charting library;",
    "experience in writing for non-specialist audiences, such as blogs or policy briefs;",
    "an interest in development economics and in the Institute's research programme.",
]
TASKS = [
    "Turn findings of working papers into charts, data stories and short explainer texts.",
    "Help maintain the Institute's public databases and their documentation pages.",
    "Support the preparation of the annual development conference, including its online programme.",
    "Monitor the reach of research outputs and prepare short analytics reports.",
]


def page():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | UNU-WIDER</title>
<style>body{{font-family:Georgia,serif;max-width:820px;margin:auto}} nav a{{margin-right:12px}}
table.k th{{text-align:left;padding-right:18px;vertical-align:top}} aside{{border-left:3px solid #8ab;padding-left:10px;font-size:90%}}</style></head>
<body>
<nav><a href="#">Research</a><a href="#">Publications</a><a href="#">Events</a><a href="#">Data</a><a href="#">About</a><a href="#">Vacancies</a></nav>
<p class="crumb">Home / About / Vacancies / Internships</p>
<h1>{TITLE}</h1>
<table class="k">
<tr><th>Reference</th><td>{REF}</td></tr>
<tr><th>Institute</th><td>{ORG} (UNU-WIDER)</td></tr>
<tr><th>Unit</th><td>Communications and Data</td></tr>
<tr><th>Location</th><td>{LOC}</td></tr>
<tr><th>Duration</th><td>Six months, starting 2 March 2040</td></tr>
<tr><th>Working time</th><td>{SCHED}</td></tr>
<tr><th>Stipend</th><td>{STIP}</td></tr>
<tr><th>Deadline</th><td>20 January 2040, 23:59 (UTC+2)</td></tr>
</table>
<h2>About the internship</h2>
<p>The Communications and Data unit makes the Institute's research accessible to policy makers and the public. The intern will work with researchers and the web team.</p>
<h2>Tasks</h2>
{ul(TASKS)}
<h2>Selection criteria (essential)</h2>
<p>Applicants should:</p>
{ul(ESS, "ol type='a'")}
<h2>Selection criteria (desirable)</h2>
<p>Preference will be given to applicants with:</p>
{ul(DES, "ol type='a'")}
<h2>Conditions</h2>
<p>The Institute pays a stipend of {STIP} and provides medical insurance for the period of the internship. Travel to Helsinki and accommodation are the intern's responsibility. Interviews are planned for 3–5 February 2040.</p>
<aside><h3>Other vacancies</h3><p>Research Fellow (Taxation) – deadline 12 January 2040<br>Visiting PhD Fellowship – deadline 31 March 2040</p></aside>
<footer><p>UNU-WIDER · Katajanokanlaituri · Helsinki · © United Nations University</p></footer>
</body></html>
"""


def mailing():
    return f"""From: devecon-students-request@lists.university.example
To: devecon-students@lists.university.example
Subject: [devecon-students] Internship at UNU-WIDER (Helsinki), deadline 20 January
Date: Mon, 18 Dec 2039 08:15:07 +0200

Dear all,

Forwarding an internship call that may interest those of you finishing the
MSc this spring. Remember that thesis drafts for the February round are due
on 8 January 2040.

Best,
Programme coordinator

------------------------------------------------------------------------
{TITLE}
------------------------------------------------------------------------
Reference ......... {REF}
Institute ......... {ORG}
Location .......... {LOC}
Duration .......... six months from 2 March 2040
Working time ...... {SCHED}
Stipend ........... {STIP}
Deadline .......... 20.01.2040, 23:59 (UTC+2)

Tasks:
""" + "\n".join("  - " + t for t in TASKS) + """

Selection criteria (essential). Applicants should:
""" + "\n".join("  (%s) %s" % ("abcd"[i], t) for i, t in enumerate(ESS)) + """

Selection criteria (desirable). Preference will be given to applicants with:
""" + "\n".join("  (%s) %s" % ("abc"[i], t) for i, t in enumerate(DES)) + """

Interviews: 3-5 February 2040.
_______________________________________________
devecon-students mailing list
To unsubscribe, visit the list information page.
"""


def build():
    write(KEY + "-wider.html", page(), KEY)
    write(KEY + "-mailing-list.txt", mailing(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             schedule={"en": SCHED, "fr": None}, deadline="2040-01-20",
             salary=salary(1180, "EUR", "month"), grade=None, req={"en": (ESS, DES)}, comp={"en": []})
