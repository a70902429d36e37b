from common import *
KEY = "336274"
TITLE = "Staff Assistant (Capability Targets Data)"
ORG = "International Military Staff"
LOC = "Brussels, Belgium"
GRADE = "B-5/G-11"
POST = "IMS PCD CAP 0070"
CLR = "COSMIC TOP SECRET"
ESS = [
    "Higher secondary education and at least 4 years of experience in an administrative or data support function in a ministry of defence, a military headquarters or an international organisation.",
    "At least 2 years of experience in maintaining a database or a set of linked spreadsheets used for planning or reporting.",
    "Ability to check large tables of figures for consistency and to trace discrepancies to their source.",
    "Advanced user of Microsoft Excel, including pivot tables and lookup functions, and of Word and Outlook.",
    "English: SLP 3322 (Listening, Speaking, Reading and Writing).",
]
DES = [
    "Knowledge of the NATO Defence Planning Process and of the apportionment of capability targets.",
    "Experience with Power BI or a similar reporting tool.",
    "French: SLP 2211.",
]
COMPS = [
    ("Precision", "Verifies every figure before a table leaves the branch and records the source of each change."),
    ("Organisation", "Keeps the data calendar of the planning cycle and plans own work around its milestones."),
    ("Discretion", "Handles national planning data with the confidentiality the nations expect."),
    ("Cooperation", "Works courteously with staff officers of the IMS, the International Staff and national delegations."),
]
exp = expected(KEY, post_number=POST, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
               location={"en": LOC}, schedule={}, deadline="2035-11-05", salary=sal(5627.40), grade=GRADE,
               clearance=CLR, req={"en": {"essential": ESS, "desirable": DES}}, comps={"en": comp(COMPS)})
L = "abcdefgh"
CONTEXT = ("The Capability Development Branch of the Policy and Capabilities Division supports the Military Committee "
           "in the military aspects of the NATO Defence Planning Process. The Staff Assistant keeps the Branch's data on "
           "capability targets, national responses and review findings complete and consistent, and produces the tables "
           "and charts used in Military Committee papers.")
DUTIES = [
    "Maintain the Branch's database of capability targets and national responses, and record every change with its source document.",
    "Prepare tables, charts and annexes for Military Committee memoranda and for the Branch's briefings.",
    "Compare the Branch's figures with those of the International Staff's Defence Planning Directorate and report discrepancies.",
    "Keep the document register of the Branch and file incoming national submissions.",
    "Support the organisation of bilateral and multilateral examinations, including agendas, attendance lists and room bookings.",
    "Perform other related duties as assigned.",
]
REMARKS = [
    "The successful candidate will be offered a three-year definite duration contract, which may be renewed.",
    "The basic monthly salary for this post is 5,627.40 EUR per month, tax free, to which allowances may be added according to the applicant's eligibility.",
    "Applications must be submitted through the NATO Talent Acquisition Platform no later than Monday 5 November 2035 at 23:59 hours (Brussels time). Late applications will not be considered.",
    "Shortlisted candidates will be invited to a written test and an interview, planned for the second half of January 2036.",
]

def para_items(items, tag="p"):
    return "\n".join(f'<p class="it">{L[i]}. {x}</p>' for i, x in enumerate(items))

HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>STAFF VACANCY {KEY}</title>
<style>
body {{ font-family: 'Liberation Serif', serif; font-size: 11pt; }}
p.it {{ margin-left: 1.2cm; text-indent: -0.6cm; }}
table.f {{ border-collapse: collapse; width: 100%; }}
table.f td {{ border: 1px solid black; padding: 4px; vertical-align: top; }}
.c {{ text-align: center; }}
</style></head><body>
<p class="c"><b>NATO UNCLASSIFIED</b></p>
<p class="c"><b>NORTH ATLANTIC TREATY ORGANIZATION<br>INTERNATIONAL MILITARY STAFF</b><br>B-1110 BRUSSELS, BELGIUM</p>
<p>IMSM-0377-2035<br>8 October 2035</p>
<p class="c"><b>OPEN TO NATIONALS OF NATO MEMBER STATES ONLY</b></p>
<p class="c"><b>STAFF VACANCY {KEY}</b></p>
<table class="f">
<tr><td><b>DIVISION:</b></td><td>{ORG} (IMS)<br>Policy and Capabilities Division<br>Capability Development Branch</td></tr>
<tr><td><b>TITLE:</b></td><td>{TITLE}</td></tr>
<tr><td><b>GRADE:</b></td><td>{GRADE}</td></tr>
<tr><td><b>POST NUMBER:</b></td><td>{POST}</td></tr>
<tr><td><b>LOCATION:</b></td><td>{LOC}</td></tr>
<tr><td><b>SECURITY CLEARANCE:</b></td><td>{CLR}</td></tr>
</table>
<p><b>1. Post Context.</b> {CONTEXT}</p>
<p><b>2. Principal Duties.</b> The incumbent's duties are:</p>
{para_items(DUTIES)}
<p><b>3. Essential Qualifications.</b></p>
{para_items(ESS)}
<p><b>4. Desirable Qualifications.</b></p>
{para_items(DES)}
<p><b>5. Attributes/Competencies.</b></p>
{chr(10).join(f'<p class="it">{L[i]}. {n}: {d}</p>' for i, (n, d) in enumerate(COMPS))}
<p><b>6. Remarks.</b></p>
{para_items(REMARKS)}
<p class="c"><b>NATO UNCLASSIFIED</b></p>
</body></html>
"""
open(os.path.join(BUILD, f"{KEY}-ims.html"), "w", encoding="utf-8").write(HTML)
pdf = f"{KEY}-ims.libreoffice.pdf"
soffice(f"{KEY}-ims.html", pdf)
add_row(pdf, KEY, "pdf")
add_row(dump(pdf), KEY, "txt")
add_row(dump(pdf, layout=True), KEY, "txt")

def items_chat(items):
    return "\n".join(f"  {L[i]}) {x}" for i, x in enumerate(items))

CHAT = f"""#mil-rep-civilian-vacancies
12 members | Pinned: "Vacancies we are asked to circulate - NATO UNCLASSIFIED only"

Oct 9th, 2035

Maj. T. Vandersloot  10:14
Morning all. IMS HR asked the delegations to circulate the below to national candidates. Pasting the text of the PDF so you don't have to open the attachment on your phones :point_down:

Maj. T. Vandersloot  10:15
NATO UNCLASSIFIED
STAFF VACANCY {KEY} - IMSM-0377-2035
OPEN TO NATIONALS OF NATO MEMBER STATES ONLY
Division: {ORG} (IMS) / Policy and Capabilities Division / Capability Development Branch
Title: {TITLE}
Grade: {GRADE}
Post number: {POST}
Location: {LOC}
Security clearance: {CLR}

1. Post Context. {CONTEXT}

2. Principal Duties.
{items_chat(DUTIES)}

3. Essential Qualifications.
{items_chat(ESS)}

4. Desirable Qualifications.
{items_chat(DES)}

5. Attributes/Competencies.
{chr(10).join(f"  {L[i]}) {n}: {d}" for i, (n, d) in enumerate(COMPS))}

6. Remarks.
{items_chat(REMARKS)}
NATO UNCLASSIFIED

Sgt. Inês Barroca  10:31
Thanks! Is that the same post that was advertised in the spring? I remember a G-10 one with a deadline in May.

Maj. T. Vandersloot  10:33
No, that one was in the Cooperative Security Division and has been filled. This is a new one. Written test probably late January.
:+1: 3   :eyes: 1

Sgt. Inês Barroca  10:34
I'll forward it to the reserve list from our national competition.

Lt Col. K. Østergaard  11:02
Reminder that national nominations are not needed for IMS civilian posts, people apply directly on the platform.
Seen by 9
"""
write(f"{KEY}-chat.txt", CHAT, KEY)
