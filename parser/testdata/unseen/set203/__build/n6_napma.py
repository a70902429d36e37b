from common import *
import html as H

REF = "NAPMA-VN-2034-11"
TITLE = "Systems Engineer (Mission Computing Software)"
PN = "NPM SEN MCS 0110"
ORG = "NATO Airborne Early Warning and Control Programme Management Agency (NAPMA)"
ESS = [
    "A university degree in computer science, software engineering, electrical engineering or a related discipline.",
    "At least seven years of experience in the engineering of real-time mission software for airborne or naval command and control systems.",
    "Experience in requirements management, software verification and acceptance testing under a formal contract.",
    "Knowledge of software safety and information assurance standards applicable to military aircraft.",
    "English at NATO SLP 3333.",
]
DES = [
    "Experience with the E-3A mission system or another airborne early warning platform.",
    "Knowledge of model-based systems engineering tools.",
    "Experience in an international programme management office.",
]
COMP = [
    {"name": "Technical judgement", "description": "Weighs contractor proposals against safety, cost and schedule before advising the Programme Manager."},
    {"name": "Planning and organising", "description": "Keeps the software release plan consistent with the fleet's flying programme."},
    {"name": "Influence", "description": "Persuades contractors and nations on the basis of evidence."},
    {"name": "Teamwork", "description": "Works across engineering, logistics and contracting staff."},
]
E = expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": "Brunssum, the Netherlands"}, {"en": "Full-time"},
             "2034-09-21", sal(9236.50), "G17", "NATO SECRET",
             {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP}, post_number=PN)

FACTS = [
    ("Vacancy Number", REF), ("Post Number", PN), ("Post Title", TITLE), ("Agency", ORG),
    ("Directorate", "Engineering Directorate, Mission Systems Branch"), ("Location", "Brunssum, the Netherlands"),
    ("NATO Grade", "A-3 / G17"), ("Working Time", "Full-time"), ("Security Clearance", "NATO SECRET"),
    ("Basic Monthly Salary", "9,236.50 EUR (free of national income tax)"),
    ("Closing Date", "Thursday, 21 September 2034, 23:59 (CEST)"),
]
DUTIES = [
    "Acts as the Agency's technical authority for the mission computing software of the modernised fleet.",
    "Reviews the contractor's software requirements, design documents and test procedures and prepares the Agency's comments.",
    "Witnesses software qualification and acceptance tests at the contractor's premises and on the aircraft.",
    "Maintains the register of software deficiencies and assesses proposed corrections and their priority.",
    "Advises the Programme Manager on the technical risks of each software release.",
    "Represents the Agency in technical working groups with the participating nations and the operating Force.",
]


def doc():
    rows = "".join(f"<tr><th>{H.escape(k)}</th><td>{H.escape(v)}</td></tr>" for k, v in FACTS)
    ol = lambda xs: "<ol>" + "".join(f"<li>{H.escape(x)}</li>" for x in xs) + "</ol>"
    comp = "".join(f"<p><b>{H.escape(c['name'])}:</b> {H.escape(c['description'])}</p>" for c in COMP)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REF}</title><style>
@page {{ size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-center {{ content: "NATO UNCLASSIFIED"; font: bold 9pt 'Liberation Sans'; }}
  @bottom-center {{ content: "NATO UNCLASSIFIED – Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; }} }}
body {{ font: 10.5pt/1.35 'Liberation Sans', sans-serif; hyphens: manual; }}
.head {{ text-align: right; font-size: 9pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 8pt 0; }}
th, td {{ border: 0.6pt solid #444; padding: 3pt 6pt; text-align: left; vertical-align: top; }}
th {{ background: #dde4ee; width: 36%; }}
h1 {{ font-size: 14pt; text-align: center; }} h2 {{ font-size: 11pt; margin: 12pt 0 4pt; }}
</style></head><body>
<div class="head">NATO AEW&amp;C Programme Management Agency<br>Akerstraat 7, Brunssum<br>NAPMA/HR(2034)0217<br>Brunssum, 24 July 2034</div>
<h1>VACANCY NOTICE</h1>
<p>NAPMA is recruiting a NATO International Civilian for the post below. The competition is open to nationals of the NAPMO participating nations only.</p>
<table>{rows}</table>
<h2>1. Background</h2>
<p>The Agency manages, on behalf of the participating nations, the acquisition and modernisation programmes of the NATO Airborne Early Warning and Control fleet. The Mission Systems Branch is responsible for the engineering of the mission computing, sensor and communications systems installed on the aircraft.</p>
<h2>2. Main Duties</h2>{ol(DUTIES)}
<h2>3. Essential Qualifications and Experience</h2>{ol(ESS)}
<h2>4. Desirable Qualifications and Experience</h2>{ol(DES)}
<h2>5. Competencies</h2>{comp}
<h2>6. Conditions of Employment</h2>
<p>The successful candidate will be offered a definite duration contract of three years, which may be renewed. Serving NATO staff will be appointed in accordance with the NATO Civilian Personnel Regulations. Frequent travel to contractor sites in Europe and North America is required.</p>
<h2>7. How to Apply</h2>
<p>Applications must be submitted on the NAPMA application form to the Human Resources Office before the closing date. Interviews are expected to take place in Brunssum in the week of 23 October 2034.</p>
</body></html>
"""


def weasy_sources():
    return {f"{REF}-napma": doc()}


def render():
    return {}
