from common import write, expected, weasy_pdf, esc

KEY = "wmo-vn-2035-09"
REF = "WMO/VN/2035/09"
TITLE = "Director, Climate Services Branch"
ORG = "World Meteorological Organization"
LOC = "Geneva, Switzerland"
GRADE = "D.1"
SALARY = "USD 158,903"

INTRO = ("The World Meteorological Organization is the specialized agency of the United Nations for weather, climate, "
         "hydrology and related environmental sciences. The Climate Services Branch sits within the Services Department "
         "and supports Members in turning climate data and predictions into services for agriculture, health, energy "
         "and water management.")
PURPOSE = ("The Director provides strategic leadership to the Branch, manages a team of about 30 staff and "
           "consultants, and represents the Organization in intergovernmental and partner fora on climate services.")
DUTIES = [
    "Lead the development and delivery of the Branch's workplan and ensure alignment with the Strategic Plan adopted by Congress;",
    "Oversee the regional climate outlook forums and the network of regional climate centres;",
    "Mobilize extrabudgetary resources and manage a portfolio of trust-funded projects worth several million dollars a year;",
    "Advise the Secretary-General and the constituent bodies on policy questions related to climate services;",
    "Build partnerships with United Nations entities, development banks and research institutions;",
    "Manage staff performance, budget and risk for the Branch.",
]
EDU = "Advanced university degree in meteorology, climatology, hydrology, environmental science or a closely related field."
EXP = ("At least 15 years of progressively responsible experience in climate science or climate services, of which at "
       "least seven years at the international level in a senior management role.")
MGMT = "Proven record in mobilizing resources and managing multidisciplinary teams."
LANG = "Excellent knowledge of English."
DES = [
    "A doctorate in an atmospheric or climate science.",
    "Working knowledge of another official language of the Organization, preferably French or Spanish.",
    "Experience of work with national meteorological and hydrological services in developing countries.",
]
ESS = [EDU, EXP, MGMT, LANG]
COMPS = ["Integrity", "Respect for diversity", "Professionalism", "Leadership", "Judgement and decision-making"]
REMUN = (f"Annual net base salary: {SALARY}, plus post adjustment (currently 88.5 % of net base salary, subject to "
         "change). Benefits include rental subsidy, dependency allowances, education grant and 30 working days of annual leave.")
FACTS = [
    ("Vacancy notice No", REF),
    ("Title", TITLE),
    ("Grade", GRADE),
    ("Department", "Services Department"),
    ("Duty station", LOC),
    ("Type of appointment", "Fixed-term, two years"),
    ("Date of issue", "10 April 2035"),
    ("Closing date", "8 May 2035"),
]


def page_html():
    dl = "\n".join(f"<dt>{esc(l)}</dt><dd>{esc(v)}</dd>" for l, v in FACTS)
    duties = "\n".join(f"<li>{esc(d)}</li>" for d in DUTIES)
    ess = "\n".join(f"<li>{esc(d)}</li>" for d in ESS)
    des = "\n".join(f"<li>{esc(d)}</li>" for d in DES)
    comps = ", ".join(COMPS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} | World Meteorological Organization</title>
<style>
body {{ font-family: "Liberation Serif", serif; margin: 0; }}
.top {{ background: #00467f; color: #fff; padding: 8px 18px; }}
.top a {{ color: #fff; margin-right: 12px; }}
.wrap {{ display: flex; padding: 14px 18px; gap: 24px; }}
.main {{ flex: 3; }}
.side {{ flex: 1; background: #eef3f8; padding: 10px; font-size: 10pt; }}
dl dt {{ font-weight: bold; margin-top: 6px; }}
dl dd {{ margin: 0; }}
</style></head><body>
<div class="top"><a href="#">Home</a><a href="#">Media</a><a href="#">Our mandate</a><a href="#">Careers</a><a href="#">EN</a><a href="#">FR</a><a href="#">ES</a></div>
<div class="wrap">
<div class="main">
<p>Home / Careers / Vacancies</p>
<h1>{esc(TITLE)}</h1>
<p><i>Published on 10 April 2035</i></p>
<h2>Organizational context</h2>
<p>{esc(INTRO)}</p>
<h2>Purpose of the job</h2>
<p>{esc(PURPOSE)}</p>
<h2>Main duties</h2>
<p>Under the overall direction of the Director of the Services Department, the incumbent will:</p>
<ul>
{duties}
</ul>
<h2>Qualifications</h2>
<h3>Essential</h3>
<ul>
{ess}
</ul>
<h3>Desirable</h3>
<ul>
{des}
</ul>
<p>Note: Fluency in more than one official language of the Organization is an asset for mobility.</p>
<h2>Core and managerial competencies</h2>
<p>{esc(comps)}</p>
<h2>Remuneration</h2>
<p>{esc(REMUN)}</p>
<h2>How to apply</h2>
<p>Applications must be made through the WMO e-recruitment portal before the closing date. Interviews are expected to take
place in June 2035. WMO does not charge a fee at any stage of the recruitment process.</p>
</div>
<div class="side">
<dl>
{dl}
</dl>
<p><a href="#">Apply online</a></p>
<h4>Other vacancies</h4>
<p>Scientific Officer, P.3 – closing 22 April 2035<br>Finance Assistant, G.5 – closing 2 May 2035</p>
</div>
</div>
<p style="font-size:9pt;padding:0 18px">© World Meteorological Organization · 7 bis, avenue de la Paix · Privacy · Terms</p>
</body></html>
"""


def vn_html():
    rows = "\n".join(f"<tr><th>{esc(l)}</th><td>{esc(v)}</td></tr>" for l, v in FACTS)
    duties = "\n".join(f"<li>{esc(d)}</li>" for d in DUTIES)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 18mm; @bottom-center {{ content: "{REF} – page " counter(page); font-size: 8pt; }} }}
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10pt; }}
.lh {{ text-align: center; font-weight: bold; font-size: 12pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 8px 0; }}
th, td {{ border: 1px solid #444; padding: 3px 6px; text-align: left; vertical-align: top; }}
th {{ width: 32%; background: #e8eef5; }}
h2 {{ font-size: 10.5pt; text-transform: uppercase; margin-bottom: 2px; }}
</style></head><body>
<p class="lh">WORLD METEOROLOGICAL ORGANIZATION<br>VACANCY NOTICE</p>
<table>
{rows}
</table>
<h2>Organizational context</h2><p>{esc(INTRO)} {esc(PURPOSE)}</p>
<h2>Main duties and responsibilities</h2><ol>
{duties}
</ol>
<h2>Qualifications</h2>
<p><b>Essential:</b></p>
<p>{esc(EDU)}</p>
<p>{esc(EXP)}</p>
<p>{esc(MGMT)}</p>
<p>{esc(LANG)}</p>
<p><b>Desirable:</b></p>
{"".join(f"<p>{esc(d)}</p>" for d in DES)}
<h2>Competencies</h2><p>{esc(", ".join(COMPS))}.</p>
<h2>Remuneration</h2><p>{esc(REMUN)}</p>
<h2>Applications</h2><p>Through the e-recruitment portal, by the closing date indicated above (midnight, Geneva time).
Candidates who are not contacted by 30 June 2035 may assume that their application was unsuccessful.</p>
</body></html>
"""


def build():
    write(KEY + "-wmo.html", page_html(), KEY)
    weasy_pdf(vn_html(), KEY + "-vn.weasyprint.pdf", KEY)
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["en"],
        "title": {"en": TITLE}, "organisation": {"en": ORG}, "location": {"en": LOC},
        "schedule": {}, "deadline": "2035-05-08",
        "salary": {"amount": 158903, "min": None, "max": None, "currency": "USD", "period": "year"},
        "grade": GRADE, "clearance": None,
        "requirements": {"en": {"essential": ESS, "desirable": DES}},
        "competencies": {"en": [{"name": n, "description": ""} for n in COMPS]},
    })
