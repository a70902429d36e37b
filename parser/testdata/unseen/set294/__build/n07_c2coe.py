from common import *
import html as H
KEY = "C2COE-CIV-2042-02"
TITLE = "Information and Knowledge Management Specialist"
ORG = "NATO Command and Control Centre of Excellence (C2COE)"
LOC = "Utrecht, the Netherlands"
SCH = "Full-time (36 hours per week)"
GRADE = "Scale 11"
CLR = "NATO SECRET"
TASKS = [
 "develops and maintains the Centre's information management plan and its records schedule",
 "administers the Centre's collaboration portal and trains new staff in its use",
 "supports C2 experiments and exercises with information management advice",
 "captures lessons from the Centre's projects and makes them searchable",
 "represents the Centre in the NATO information and knowledge management community of interest",
]
ESS = [
 "Bachelor's degree in information science, business informatics or a comparable field",
 "At least four years of experience in information or knowledge management in a military or large public organisation",
 "Practical experience with collaboration platforms and records management software",
 "Fluency in English (SLP 3333) and Dutch",
 "Dutch nationality and eligibility for a NATO SECRET clearance",
]
DES = [
 "Experience in a NATO headquarters or a national operational staff",
 "Knowledge of the NATO Information Management Policy",
 "Certification in a project management method",
]
COMP = [("Structured", "brings order to large amounts of information."),
        ("Service-minded", "helps users find and share what they need."),
        ("Persuasive", "convinces colleagues to adopt new working methods.")]
ABOUT = ("The NATO Command and Control Centre of Excellence supports NATO, its member nations and partners in improving command and control. "
         "It is hosted by the Netherlands at the Kromhout Barracks in Utrecht, and its civilian staff are employed by the Dutch Ministry of Defence.")
OFFER = ("A temporary contract of three years, with a possibility of extension. "
         "A salary of EUR 4,118 to 6,047 gross per month, depending on experience, plus holiday allowance and an end-of-year bonus. "
         "Flexible working hours, within a 36 hour working week. ")
APPLY = ("Send your CV and motivation letter to the Centre's Support Branch no later than 20 April 2042, 12:00 (CEST), quoting reference " + KEY + ". "
         "Interviews are planned for 6 and 7 May 2042. A security screening is part of the procedure.")

def build():
    expected(KEY, langs=["en"], title=L(TITLE), org=L(ORG), loc=L(LOC), sched=L(SCH),
             deadline="2042-04-20", salary=sal(None, mn=4118, mx=6047), grade=GRADE, clearance=CLR,
             req={"en": {"essential": ESS, "desirable": DES}, "fr": None}, comps={"en": comp(COMP), "fr": None})
    e = H.escape
    li = lambda lst: '\n'.join(f'<li>{e(x)}</li>' for x in lst)
    doc = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{KEY}</title>
<style>
@page {{ size: A4; margin: 2.2cm 2cm 2.2cm 2cm;
  @top-center {{ content: "NATO UNCLASSIFIED"; font-size: 8.5pt; }}
  @bottom-left {{ content: "C2COE Vacancy {KEY}"; font-size: 8pt; }}
  @bottom-right {{ content: "page " counter(page) " of " counter(pages); font-size: 8pt; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.35; hyphens: manual; }}
.head {{ display: flex; justify-content: space-between; border-bottom: 2px solid #00447c; padding-bottom: 6px; }}
.head .logo {{ font-weight: bold; color: #00447c; font-size: 13pt; }}
.head .addr {{ text-align: right; font-size: 8.5pt; }}
h1 {{ font-size: 15pt; color: #00447c; margin: 14px 0 6px; }}
table.facts {{ border-collapse: collapse; width: 100%; margin: 8px 0; }}
table.facts th {{ text-align: left; background: #e3ebf4; width: 30%; padding: 3px 6px; border: 1px solid #9fb3cc; }}
table.facts td {{ padding: 3px 6px; border: 1px solid #9fb3cc; }}
h2 {{ font-size: 11pt; color: #00447c; margin: 12px 0 4px; text-transform: uppercase; }}
ul {{ margin: 2px 0 4px 0; padding-left: 18px; }}
</style></head><body>
<div class="head"><div class="logo">NATO C2COE<br><span style="font-size:9pt;font-weight:normal">Command and Control Centre of Excellence</span></div>
<div class="addr">Kromhout Barracks, Herculeslaan 1<br>3584 AB Utrecht<br>Utrecht, 24 March 2042</div></div>
<h1>Vacancy: {e(TITLE)}</h1>
<table class="facts">
<tr><th>Reference</th><td>{KEY}</td></tr>
<tr><th>Organisation</th><td>{e(ORG)}</td></tr>
<tr><th>Location</th><td>{e(LOC)}</td></tr>
<tr><th>Working hours</th><td>{e(SCH)}</td></tr>
<tr><th>Grade</th><td>{GRADE}</td></tr>
<tr><th>Security clearance</th><td>{CLR}</td></tr>
<tr><th>Closing date</th><td>20 April 2042, 12:00 (CEST)</td></tr>
</table>
<h2>About the Centre</h2>
<p>{e(ABOUT)}</p>
<h2>Your tasks</h2>
<p>As Information and Knowledge Management Specialist, you report to the Chief Support and you:</p>
<ul>{li(TASKS)}</ul>
<h2>Essential requirements</h2>
<ul>{li(ESS)}</ul>
<h2>Desirable</h2>
<ul>{li(DES)}</ul>
<h2>Competencies</h2>
<ul>{''.join(f'<li><b>{e(n)}:</b> {e(d)}</li>' for n, d in COMP)}</ul>
<h2>What we offer</h2>
<p>{e(OFFER)}</p>
<h2>How to apply</h2>
<p>{e(APPLY)}</p>
</body></html>
"""
    open(os.path.join(ROOT, '__build', f'{KEY}-c2coe.html'), 'w', encoding='utf-8').write(doc)
    register(f"{KEY}-c2coe.weasyprint.pdf", KEY, 'pdf')
    register(f"{KEY}-c2coe.weasyprint.pdftotext.txt", KEY, 'txt')

    board = f"""SecurityTalent.nl   Vacatures   Werkgevers   Over ons   EN | NL

Vacatures > Informatiemanagement > {TITLE}

{TITLE}

Zoekwoorden:
Informatiemanagement, Kennismanagement, Defensie
Type:
Tijdelijk dienstverband
Locatie:
Utrecht
Opleiding:
Bachelor (EQF 6)
Gepubliceerd:
26/03/2042
Status:
Open
Reageer voor:
20/04/2042
Uur p/wk:
36
Salaris:
€ 4.118 - € 6.047 bruto per maand

Beschrijving:

Reference: {KEY}
Organisation: {ORG}
Location: {LOC}
Working hours: {SCH}
Grade: {GRADE}
Security clearance: {CLR}
Closing date: 20 April 2042, 12:00 (CEST)

ABOUT THE CENTRE
{ABOUT}

YOUR TASKS
As Information and Knowledge Management Specialist, you report to the Chief Support and you:
{bullets(TASKS, '• ')}

ESSENTIAL REQUIREMENTS
{bullets(ESS, '• ')}

DESIRABLE
{bullets(DES, '• ')}

COMPETENCIES
{comps_lines(COMP, mark='• ')}

WHAT WE OFFER
{OFFER}

HOW TO APPLY
{APPLY}

Solliciteren

Vergelijkbare vacatures
Records manager - Rijksoverheid - Den Haag - schaal 10 - reageer voor 02/05/2042
Informatiespecialist - Politie - Driebergen - € 3.700 - € 5.200
"""
    write(f"{KEY}-securitytalent.txt", board, KEY)
