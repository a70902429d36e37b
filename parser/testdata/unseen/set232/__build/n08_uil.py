"""UNESCO Institute for Lifelong Learning (Hamburg), P-2: vacancy notice (WeasyPrint) and a National Commission e-mail."""
from common import write, src, weasyprint, expected, nowrap

KEY = "uil-vn-2037-02"
REF = "UIL/VN/2037/02"
POST = "UIL/LIT/0047"
TITLE = "Assistant Programme Specialist (Adult Literacy)"
ORG = "UNESCO Institute for Lifelong Learning"
LOC = "Hamburg"
SAL = "US $ 59,216"
FUNCS = [
    "Support the Institute's programme on adult literacy and basic skills, in particular the monitoring of national literacy campaigns",
    "Compile and analyse country data for the Global Report on Adult Learning and Education",
    "Organize capacity-building workshops for ministries of education and national literacy agencies",
    "Draft policy briefs, web content and correspondence with Member States and partners",
    "Follow the budget of the programme and prepare reports to donors",
]
ESS = [
    "Advanced university degree (Master's or equivalent) in education, adult education, social sciences or a related field.",
    "A minimum of two years of relevant professional experience in adult literacy, non-formal education or lifelong learning.",
    "Good analytical and drafting skills.",
    "Excellent knowledge of English.",
]
DES = [
    "Experience in a developing country or in an international organization.",
    "Good knowledge of French or Arabic.",
]
CORE = ["Accountability", "Communication", "Innovation", "Knowledge sharing and continuous improvement",
        "Planning and organizing", "Results focus", "Teamwork"]


def vn_html():
    funcs = "".join(f"<li>{f};</li>" for f in FUNCS)
    ess = "".join(f"<li>{x}</li>" for x in ESS)
    des = "".join(f"<li>{x}</li>" for x in DES)
    core = ", ".join(CORE)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{REF}</title>
<style>@page{{size:A4;margin:2cm;@bottom-center{{content:"{REF} – page " counter(page);font-size:8pt}}}}
body{{font-family:"DejaVu Sans";font-size:9.5pt;hyphens:manual}} h1{{font-size:13pt;text-align:center}}
table{{border-collapse:collapse;width:100%}} td{{border:1px solid #555;padding:3px 5px;vertical-align:top}} td.k{{width:38%;font-weight:bold}}
h2{{font-size:10.5pt;text-transform:uppercase;margin-top:14px}}</style></head>
<body>
<p style="text-align:center"><b>United Nations Educational, Scientific and Cultural Organization</b><br>{ORG} (UIL)<br>Feldbrunnenstraße 58, 20148 Hamburg, Germany</p>
<h1>VACANCY NOTICE</h1>
<table>
<tr><td class="k">Vacancy notice</td><td>{REF}</td></tr>
<tr><td class="k">Post title</td><td>{TITLE}</td></tr>
<tr><td class="k">Post number</td><td>{POST}</td></tr>
<tr><td class="k">Grade</td><td>P-2</td></tr>
<tr><td class="k">Parent sector</td><td>{ORG} (UIL)</td></tr>
<tr><td class="k">Duty station</td><td>{LOC}</td></tr>
<tr><td class="k">Type of contract</td><td>Fixed term, two years, with probation</td></tr>
<tr><td class="k">Date of publication</td><td>24-JAN-2037</td></tr>
<tr><td class="k">Application deadline (midnight Paris time)</td><td>23-FEB-2037</td></tr>
</table>
<h2>Overview of the functions of the post</h2>
<p>Under the supervision of the Team Leader for literacy and basic skills, the incumbent will:</p>
<ul>{funcs}</ul>
<h2>Competencies (core)</h2><p>{core}</p>
<h2>Required qualifications</h2><ul>{ess}</ul>
<h2>Desirable qualifications</h2><ul>{des}</ul>
<h2>Benefits and entitlements</h2>
<p>Annual salary: {SAL} net of tax, plus a post adjustment (currently 57.9 %) and other benefits under the United
Nations common system.</p>
<h2>Selection and recruitment process</h2>
<p>Candidates who pass the initial screening may be invited to a written assessment in the first week of March 2037 and to
an interview. UNESCO applies a zero-tolerance policy towards all forms of harassment.</p>
</body></html>
"""


def email():
    funcs = "\n".join(f" - {f};" for f in FUNCS)
    ess = "\n".join(f" - {x}" for x in ESS)
    des = "\n".join(f" - {x}" for x in DES)
    return f"""From: Fachbereich Bildung <bildung@unesco-natcom.example>
To: Verteiler Internationale Stellen
Date: Tue, 27 Jan 2037 11:05:32 +0100
Subject: Stellenausschreibung UIL Hamburg / UNESCO vacancy: {TITLE} (P-2)

Sehr geehrte Damen und Herren,

wir weisen auf die folgende Ausschreibung des UNESCO-Instituts für Lebenslanges Lernen hin. Der Text der Ausschreibung
folgt im englischen Original. Informationsveranstaltung zu Karrieren bei der UNESCO: 5. Februar 2037, online.

Mit freundlichen Grüßen
Fachbereich Bildung

---------- Forwarded vacancy notice ----------

VACANCY NOTICE {REF}

Post title:           {TITLE}
Post number:          {POST}
Grade:                P-2
Parent sector:        {ORG} (UIL)
Duty station:         {LOC}
Type of contract:     Fixed term, two years, with probation
Application deadline (midnight Paris time): 23-FEB-2037

OVERVIEW OF THE FUNCTIONS OF THE POST
Under the supervision of the Team Leader for literacy and basic skills, the incumbent will:
{funcs}

COMPETENCIES (CORE)
{", ".join(CORE)}

REQUIRED QUALIFICATIONS
{ess}

DESIRABLE QUALIFICATIONS
{des}

BENEFITS AND ENTITLEMENTS
Annual salary: {SAL} net of tax, plus a post adjustment (currently 57.9 %) and other benefits.

Applications only through the UNESCO careers website.
"""


def build():
    p = src(KEY + "-vn.html", nowrap(vn_html()))
    weasyprint(p, KEY + "-vn.weasyprint.pdf", KEY)
    write(KEY + "-natcom-email.txt", email(), KEY)
    expected(KEY, reference=REF, post_number=POST, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2037-02-23", salary=(59216, None, None, "USD", "year"), grade="P-2",
             requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": [{"name": c, "description": ""} for c in CORE]})
