"""321237 - International Military Staff, Operations and Plans Division (EN), Word-style -> LibreOffice PDF."""
import html as H
from common import *

REF = "321237"
TITLE = "Staff Assistant (Exercise Scheduling and Records)"
ORG = "International Military Staff"
LOC = "Brussels, Belgium"
GRADE = "B-4/G-10"
CLR = "NATO SECRET"
POST = "IMS OPS EXR 0050"

ESS = [
    "Higher secondary education and at least 5 years of experience in an administrative function in a military headquarters, a ministry of defence or an international organisation.",
    "At least 2 years of experience in the planning or scheduling of military exercises, training events or conferences.",
    "Experience in maintaining calendars, databases and registers, and in producing summaries and statistics from them.",
    "Advanced user of Microsoft Excel, Word, Outlook and SharePoint.",
    "English: SLP 3333 (Listening, Speaking, Reading and Writing).",
]
DES = [
    "Knowledge of the NATO exercise programming cycle and of the Military Training and Exercise Programme.",
    "Experience with a records management or document handling system in a classified environment.",
    "French: SLP 2222.",
]
COMP = [
    C("Organisation", "Plans own work and anticipates peaks in the exercise calendar."),
    C("Accuracy", "Checks dates, figures and names before a document is released."),
    C("Cooperation", "Works with staff officers of several nations and divisions in a courteous manner."),
    C("Reliability", "Keeps records complete and meets the deadlines set by the branch."),
]

DUTIES = [
    "Maintains the division's calendar of NATO and national exercises open to Allied participation and circulates weekly updates.",
    "Prepares the schedules, agendas and attendance lists of exercise planning conferences held at NATO Headquarters.",
    "Keeps the branch registry of correspondence, taskers and records of decisions, and tracks open actions.",
    "Drafts routine correspondence and compiles statistical summaries for the annual exercise report.",
    "Assists the staff officers of the branch with travel requests and visit clearances.",
    "Replaces other assistants of the division during their absence.",
]


def body_html():
    li = lambda xs: "".join(f"<li>{H.escape(x)}</li>" for x in xs)
    comp_li = "".join(f"<li><b>{H.escape(c['name'])}:</b> {H.escape(c['description'])}</li>" for c in COMP)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>STAFF VACANCY {REF}</title>
<style>
body {{ font-family: 'Liberation Serif', serif; font-size: 11pt; }}
p.mark {{ text-align: center; font-weight: bold; }}
table.hdr {{ border-collapse: collapse; width: 100%; }}
table.hdr td {{ border: 1px solid #000; padding: 3pt; vertical-align: top; }}
ol.a {{ list-style-type: lower-alpha; }}
</style></head><body>
<p class="mark">NATO UNCLASSIFIED</p>
<p>NORTH ATLANTIC TREATY ORGANIZATION<br>INTERNATIONAL MILITARY STAFF<br>B-1110 BRUSSELS</p>
<p>IMSM-0141-2035<br>5 March 2035</p>
<p><b>OPEN TO NATIONALS OF NATO MEMBER NATIONS ONLY</b></p>
<p style="text-align:center"><b>STAFF VACANCY {REF}</b></p>
<table class="hdr">
<tr><td>DIVISION:</td><td>{ORG} (IMS)<br>Operations and Plans Division<br>Exercises and Training Branch</td></tr>
<tr><td>TITLE:</td><td>{H.escape(TITLE)}</td></tr>
<tr><td>GRADE:</td><td>{GRADE}</td></tr>
<tr><td>POST NUMBER:</td><td>{POST}</td></tr>
<tr><td>LOCATION:</td><td>{LOC}</td></tr>
<tr><td>SECURITY CLEARANCE:</td><td>{CLR}</td></tr>
</table>
<p><b>1. Post Context.</b> The Operations and Plans Division of the International Military Staff supports the Military Committee on current operations, crisis response and the Alliance's exercise programme. The Exercises and Training Branch coordinates the military advice on the NATO exercise programme and follows the participation of partner nations in it.</p>
<p><b>2. Principal Duties.</b> The incumbent:</p>
<ol type="a">{li(DUTIES)}</ol>
<p><b>3. Essential Qualifications.</b></p>
<ol type="a">{li(ESS)}</ol>
<p><b>4. Desirable Qualifications.</b></p>
<ol type="a">{li(DES)}</ol>
<p><b>5. Attributes/Competencies.</b></p>
<ol type="a">{comp_li}</ol>
<p><b>6. Remarks.</b></p>
<ol type="a">
<li>The basic monthly salary for this grade is 4,918.35 EUR, tax free, to which allowances may be added according to the successful candidate's situation.</li>
<li>Applications, with the NATO application form, must reach the IMS Civilian Human Resources Office no later than Friday 6 April 2035 at 23:59 hours (Brussels time). Applications received after that date will not be considered.</li>
<li>Short-listed candidates will be invited to a written test and an interview, provisionally in the week of 14 May 2035.</li>
<li>The successful candidate will be offered a three-year definite duration contract and must hold, or be able to obtain, a NATO SECRET security clearance before taking up the post.</li>
</ol>
<p class="mark">NATO UNCLASSIFIED</p>
</body></html>
"""


def build():
    expected(REF, reference=REF, post_number=POST, languages=["en"],
             title={"en": TITLE}, organisation={"en": ORG}, location={"en": LOC}, schedule={},
             deadline="2035-04-06", salary=sal(4918.35), grade=GRADE, clearance=CLR,
             req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": COMP})
    with open(f"{BUILD}/{REF}-ims.html", "w", encoding="utf-8") as f:
        f.write(body_html())
    return [("libreoffice", f"{REF}-ims.html", f"{REF}-ims.libreoffice.pdf", True)]
