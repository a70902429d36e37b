"""OSRSG on Violence against Children: consultancy ToR (WeasyPrint) and an Outlook forward."""
from common import *

KEY = "osrsg-vac-ic-2040-03"
REF = "OSRSG-VAC/IC/2040/03"
TITLE = "Consultant – Child Participation Guidance Note"
ORG = "Office of the Special Representative of the Secretary-General on Violence against Children"
LOC = "Home-based"
FEE = "USD 470"
ESS = ["Advanced university degree in law, social sciences, child rights, education or a related field.",
       "At least eight years of professional experience in child rights, child protection or child participation, including work with children and young people.",
       "Proven experience in drafting guidance or training materials for governments or international organizations.",
       "Excellent drafting skills in English."]
DES = ["Experience with a United Nations human rights mechanism or a regional human rights body.",
       "Knowledge of safeguarding standards for consultations with children online.",
       "Working knowledge of French or Spanish."]
DELIV = [("1", "Inception note and annotated outline", "10 September 2040", "15%"),
         ("2", "Draft guidance note, including consultation protocol", "30 October 2040", "45%"),
         ("3", "Final guidance note and child-friendly summary", "4 December 2040", "40%")]


def html():
    rows = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in DELIV)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm; @bottom-right {{ content: "{REF} · page " counter(page) " of " counter(pages); font-size: 8pt; color:#666 }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.35 }}
.head {{ border-bottom: 3px solid #4b9cd3; padding-bottom: 4px; font-size: 8.5pt; color: #345 }}
h1 {{ font-size: 14pt; text-align: center; margin: 14px 0 2px }}
.sub {{ text-align: center; font-size: 10pt; margin-bottom: 12px }}
table.k {{ border-collapse: collapse; width: 100% }}
table.k th, table.k td {{ border: 1px solid #9bb; padding: 4px 6px; text-align: left; vertical-align: top }}
table.k th {{ background: #eef5fa; width: 30% }}
h2 {{ font-size: 10.5pt; margin: 14px 0 4px; color: #1f4e79 }}
table.d {{ border-collapse: collapse; width: 100%; font-size: 9pt }}
table.d th, table.d td {{ border: 1px solid #bbb; padding: 3px 5px }}
tr {{ break-inside: avoid }}
</style></head><body>
<div class="head">UNITED NATIONS · {ORG.upper()}</div>
<h1>TERMS OF REFERENCE</h1>
<div class="sub">Individual Contractor (Consultant)</div>
<table class="k">
<tr><th>Reference</th><td>{REF}</td></tr>
<tr><th>Title of assignment</th><td>{TITLE}</td></tr>
<tr><th>Hiring office</th><td>{ORG}</td></tr>
<tr><th>Duty station</th><td>{LOC} (with one possible trip to New York)</td></tr>
<tr><th>Duration</th><td>60 working days spread between 1 September and 15 December 2040</td></tr>
<tr><th>Remuneration</th><td>Daily fee of {FEE}, paid against satisfactory deliverables</td></tr>
<tr><th>Date of issue</th><td>24 July 2040</td></tr>
<tr><th>Deadline for applications</th><td>14 August 2040, 23:59 (New York time)</td></tr>
</table>

<h2>1. Background</h2>
<p>The Special Representative of the Secretary-General on Violence against Children is a global, independent advocate
for the prevention and elimination of all forms of violence against children. Member States increasingly consult
children when they prepare their voluntary national reviews and national action plans. The Office intends to issue
a short guidance note that helps governments organise these consultations safely and meaningfully.</p>

<h2>2. Objective</h2>
<p>To produce a practical guidance note, with a consultation protocol and a child-friendly summary, on the
participation of children in national reviews of violence-prevention policies.</p>

<h2>3. Tasks</h2>
<ol>
<li>Review existing guidance from UN entities, regional bodies and civil society on child participation.</li>
<li>Interview at least twelve government focal points and youth-led organisations.</li>
<li>Draft the guidance note and the consultation protocol, including safeguarding steps.</li>
<li>Incorporate comments from the Office and from a children's advisory panel.</li>
</ol>

<h2>4. Deliverables and payment schedule</h2>
<table class="d"><tr><th>No.</th><th>Deliverable</th><th>Due date</th><th>Payment</th></tr>
{rows}
</table>

<h2>5. Qualifications</h2>
<p><b>Required</b></p>
<ul>{li(ESS)}</ul>
<p><b>Desirable</b></p>
<ul>{li(DES)}</ul>

<h2>6. How to apply</h2>
<p>Send a cover letter, a curriculum vitae and one writing sample to the Office's recruitment mailbox
(srsg-vac-recruitment@un.example), quoting the reference in the subject line. Shortlisted candidates may be invited
to an interview in the week of 24 August 2040. The United Nations does not charge a fee at any stage of the selection
process.</p>
</body></html>
"""


def outlook():
    return f"""From: Lindqvist, Maja <m.lindqvist@childrightsnetwork.example>
Sent: Friday, 26 July 2040 10:14
To: CRN Members List <members@childrightsnetwork.example>
Subject: FW: Consultancy – {TITLE} (closes 14 Aug)

Dear colleagues,

Sharing the terms of reference below from the Special Representative's office. Please circulate to anyone with a
strong background in child participation. Our next members' call is on 8 August 2040 if you want to discuss it.

Best,
Maja

Maja Lindqvist | Network Coordinator | Child Rights Network

-----Original Message-----
From: OSRSG-VAC Recruitment <srsg-vac-recruitment@un.example>
Sent: Wednesday, 24 July 2040 16:02
Subject: Call for consultants – {REF}

TERMS OF REFERENCE – Individual Contractor (Consultant)

Reference: {REF}
Title of assignment: {TITLE}
Hiring office: {ORG}
Duty station: {LOC} (with one possible trip to New York)
Duration: 60 working days, 1 September – 15 December 2040
Remuneration: Daily fee of {FEE}, paid against satisfactory deliverables
Deadline for applications: 14 August 2040, 23:59 (New York time)

OBJECTIVE
A practical guidance note, with a consultation protocol and a child-friendly summary, on the participation of
children in national reviews of violence-prevention policies.

TASKS
 1) Review existing guidance on child participation.
 2) Interview at least twelve government focal points and youth-led organisations.
 3) Draft the guidance note and the consultation protocol.
 4) Incorporate comments from the Office and a children's advisory panel.

DELIVERABLES
 1 - Inception note and annotated outline - 10 September 2040 - 15%
 2 - Draft guidance note - 30 October 2040 - 45%
 3 - Final guidance note and child-friendly summary - 4 December 2040 - 40%

REQUIRED QUALIFICATIONS
{bullets(ESS, ' - ')}

DESIRABLE QUALIFICATIONS
{bullets(DES, ' - ')}

Applications (cover letter, CV, one writing sample) to srsg-vac-recruitment@un.example with the reference in the
subject line. Interviews may take place in the week of 24 August 2040.
"""


def build():
    p = src(KEY + "-tor.html", html())
    weasyprint(p, KEY + "-tor.weasyprint.pdf", KEY)
    write(KEY + "-outlook-forward.txt", outlook(), KEY)
    expected(KEY, reference=REF, langs=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-08-14", salary=(470, None, None, "USD", "day"), req={"en": (ESS, DES)},
             comp={"en": []})
