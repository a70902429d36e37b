import os
from common import write, expected, sal, weasy, BUILD

KEY = "527614"
POST = "IMS PCD CDB 0070"
TITLE = "Staff Assistant (Capability Planning)"
ORG = "International Military Staff (IMS)"
DIV2 = "Policy and Capabilities Division"
LOC = "NATO Headquarters, Brussels, Belgium"
GRADE = "B-5/G-12"
CLEAR = "COSMIC TOP SECRET"
CONTEXT = ("The Policy and Capabilities Division develops military advice to the Military Committee on defence "
           "planning, capability development and standardization. The Capability Development Branch follows the "
           "capability targets apportioned to Allies and the military aspects of the NATO Defence Planning Process. "
           "The incumbent provides planning, information management and administrative support to the Branch and "
           "keeps its records of capability targets and reviews complete and current.")
DUTIES = [
    "Maintains the Branch's registers of capability targets, national responses and review milestones.",
    "Prepares briefing packs, tables and graphics for Branch Head and staff officers before Military Committee meetings.",
    "Drafts routine correspondence and tracks taskings received from the Director General and the Division.",
    "Organises meetings, video-teleconferences and visits, including the handling of classified documents.",
    "Compiles data from national submissions into summary tables for the multilateral reviews.",
    "Acts as the Branch's point of contact for the document management system and for records retention.",
    "Performs other related duties as directed.",
]
ESS = [
    "Higher secondary education and completed advanced vocational training leading to a formal qualification in administration, statistics or information management.",
    "At least four years of experience in administrative or planning support in a military or governmental staff.",
    "Advanced knowledge of spreadsheet and presentation software, including the preparation of charts from large data sets.",
    "Experience in handling classified information in accordance with security regulations.",
    "English at NATO Standardized Language Profile (SLP) 3333.",
]
DES = [
    "Knowledge of the NATO Defence Planning Process or of a national defence planning cycle.",
    "Experience of working in an international military headquarters.",
    "French at SLP 2222.",
]
COMP = [
    ("Personal Attributes", "The incumbent must be methodical, discreet and able to work accurately under the pressure of fixed meeting dates."),
    ("Professional Contacts", "The incumbent deals with staff officers of the IMS, the International Staff and national military representations."),
    ("Contribution to Objectives", "Accurate records and timely products allow the Branch to deliver its military advice on capability targets on time."),
]
SALARY_LINE = "The basic monthly salary for this post is 5,963.48 EUR per month, tax free, plus allowances according to the NATO Civilian Personnel Regulations."
DEADLINE_LINE = "Applications must reach the IMS Civilian Personnel Office no later than Thursday 4 June 2043 at 23:59 hours (Brussels time)."
REMARKS_REST = [
    "Only nationals of NATO member countries may apply. Shortlisted candidates will be invited to a written test and an interview in Brussels, planned for the week of 29 June 2043.",
    "The successful candidate will be offered a three-year definite duration contract, subject to the confirmation of the required security clearance and to a medical examination.",
]


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {}, "2043-06-04",
             sal(5963.48), GRADE, CLEAR, {"en": {"essential": ESS, "desirable": DES}},
             {"en": COMP}, post_number=POST)

    L = "abcdefghij"
    def li(items):
        return "\n".join(f"<li>{x}</li>" for x in items)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Staff Vacancy {KEY}</title>
<style>
@page {{ size: A4; margin: 22mm 20mm 22mm 20mm;
  @top-center {{ content: "NATO UNCLASSIFIED"; font: bold 9pt Liberation Sans; }}
  @bottom-center {{ content: "NATO UNCLASSIFIED"; font: bold 9pt Liberation Sans; }}
  @bottom-right {{ content: "IMSM-0412-2043 – " counter(page) "/" counter(pages); font: 8pt Liberation Sans; }} }}
body {{ font: 10.5pt/1.35 Liberation Serif; hyphens: manual; }}
.head {{ text-align: center; font-weight: bold; }}
.file {{ display: flex; justify-content: space-between; margin: 8mm 0 4mm; font-size: 9.5pt; }}
h1 {{ font-size: 13pt; text-align: center; margin: 4mm 0; }}
table.facts {{ border-collapse: collapse; width: 100%; margin-bottom: 5mm; }}
table.facts th {{ text-align: left; width: 34%; vertical-align: top; padding: 2pt 4pt; border: 0.5pt solid #444; background: #e8e8e8; }}
table.facts td {{ padding: 2pt 4pt; border: 0.5pt solid #444; }}
h2 {{ font-size: 11pt; margin: 4mm 0 1mm; }}
ol {{ list-style-type: lower-alpha; margin-top: 1mm; }}
</style></head><body>
<div class="head">NORTH ATLANTIC TREATY ORGANIZATION<br>ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD<br>
INTERNATIONAL MILITARY STAFF<br>ÉTAT-MAJOR MILITAIRE INTERNATIONAL</div>
<div class="file"><span>IMSM-0412-2043</span><span>B-1110 Brussels, 11 May 2043</span></div>
<h1>STAFF VACANCY {KEY}</h1>
<table class="facts">
<tr><th>DIVISION:</th><td>{ORG}<br>{DIV2}<br>Capability Development Branch</td></tr>
<tr><th>POST NUMBER:</th><td>{POST}</td></tr>
<tr><th>POST TITLE:</th><td>{TITLE}</td></tr>
<tr><th>NATO GRADE:</th><td>{GRADE}</td></tr>
<tr><th>LOCATION:</th><td>{LOC}</td></tr>
<tr><th>SECURITY CLEARANCE:</th><td>{CLEAR}</td></tr>
</table>
<h2>1. Post Context.</h2>
<p>{CONTEXT}</p>
<h2>2. Principal Duties.</h2>
<p>The incumbent's duties are:</p>
<ol>{li(DUTIES)}</ol>
<h2>3. Essential Qualifications.</h2>
<ol>{li(ESS)}</ol>
<h2>4. Desirable Qualifications.</h2>
<ol>{li(DES)}</ol>
<h2>5. Attributes/Competencies.</h2>
<ol>{"".join(f"<li><b>{n}:</b> {d}</li>" for n, d in COMP)}</ol>
<h2>6. Remarks.</h2>
<ol><li>{SALARY_LINE}</li><li>{DEADLINE_LINE}</li>{li(REMARKS_REST)}</ol>
<p style="margin-top:8mm">For the Director General, International Military Staff:<br>
Head, IMS Civilian Personnel Office</p>
</body></html>
"""
    src = os.path.join(BUILD, f"{KEY}-ims.html")
    open(src, "w", encoding="utf-8").write(html)
    weasy(src, f"{KEY}-ims.weasyprint.pdf", KEY)

    def letters(items, indent="    "):
        return "\n".join(f"{indent}{L[i]}. {x}" for i, x in enumerate(items))
    mail = f"""From: Capt. (N) Hendrik Vos <h.vos@milrep-nl.example>
Sent: Tuesday, May 12, 2043 9:07 AM
To: Defence Staff - Civilian Postings <postings@mindef-nl.example>
Cc: MilRep Support Section <support@milrep-nl.example>
Subject: FW: IMS STAFF VACANCY {KEY} - {TITLE} ({GRADE})

All,

Please bring the attached IMS vacancy to the attention of suitable civilian staff. We would appreciate
names of interested candidates by 27 May so that the Representation can send a letter of support. The
notice is pasted below for those who cannot open attachments on the mobile network.

Regards,
Hendrik Vos
Military Representation to the NATO Military Committee

________________________________
From: IMS Civilian Personnel Office <ims.cpo@hq.nato.example>
Sent: Monday, May 11, 2043 4:52 PM
To: MILREP Distribution List
Subject: IMS STAFF VACANCY {KEY}

NATO UNCLASSIFIED

INTERNATIONAL MILITARY STAFF
IMSM-0412-2043                                   11 May 2043

STAFF VACANCY {KEY}

DIVISION:           {ORG}
                    {DIV2}
                    Capability Development Branch
POST NUMBER:        {POST}
POST TITLE:         {TITLE}
NATO GRADE:         {GRADE}
LOCATION:           {LOC}
SECURITY CLEARANCE: {CLEAR}

1. POST CONTEXT.
{CONTEXT}

2. PRINCIPAL DUTIES. The incumbent's duties are:
{letters(DUTIES)}

3. ESSENTIAL QUALIFICATIONS.
{letters(ESS)}

4. DESIRABLE QUALIFICATIONS.
{letters(DES)}

5. ATTRIBUTES/COMPETENCIES.
{letters([f"{n}: {d}" for n, d in COMP])}

6. REMARKS.
{letters([SALARY_LINE, DEADLINE_LINE] + REMARKS_REST)}

NATO UNCLASSIFIED

This e-mail and any attachment are intended for the addressee only. If you received it in error, please
delete it and inform the sender.
"""
    write(f"{KEY}-outlook.txt", mail, KEY)
