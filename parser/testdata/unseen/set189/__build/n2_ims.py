"""298227 - International Military Staff, Logistics and Resources Division (EN only).
Rendering: the IMS Word-style notice as a LibreOffice PDF (from __build/298227-ims.html)
with its pdftotext dumps (default and -layout)."""
from common import expected, write, BUILD

REF = "298227"
TITLE = "Staff Assistant (Medical Plans)"
ORG = "International Military Staff"
LOC = "Brussels, Belgium"
PN = "IMS LRD MED 0030"
ESS = [
    "Higher secondary education completed, with at least three years of experience as an assistant in a medical, logistics or military planning office.",
    "Experience in keeping records and planning documents up to date with contributions from several offices.",
    "Good knowledge of the organisation of military medical support in a NATO nation.",
    "Advanced user of Microsoft Office, in particular Word, Excel and Outlook.",
    "Language proficiency: English SLP 3333 (STANAG 6001).",
]
DES = [
    "Previous experience in a NATO headquarters or in a multinational staff.",
    "Knowledge of the NATO Functional Services used for medical planning.",
    "Knowledge of French at SLP 2222 or above.",
]
COMP = [
    ("Personal Attributes", "Well organised, precise and discreet; able to keep several planning files moving at the same time."),
    ("Professional Contacts", "Regular contacts with the staffs of the Strategic Commands, the medical representatives of national delegations and the other branches of the Division."),
    ("Contribution To Objectives", "The timely preparation of the Medical Branch's meetings and records supports the advice of the Military Committee on medical matters."),
]


def exp():
    return expected(REF, PN, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, None,
                    "2033-07-15", {"amount": 4486.27, "currency": "EUR", "period": "month"},
                    "B-4/G-10", "NATO SECRET", {"en": {"essential": ESS, "desirable": DES}},
                    {"en": COMP})


def letters(items):
    return "\n".join(f"<p class=it>{chr(97 + i)}.&nbsp;&nbsp;{s}</p>" for i, s in enumerate(items))


def html():
    comp = "\n".join(f"<p class=it>{chr(97 + i)}.&nbsp;&nbsp;<u>{n}</u>: {d}</p>" for i, (n, d) in enumerate(COMP))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>IMS Staff Vacancy {REF}</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }}
.mark {{ text-align: center; font-weight: bold; }}
h1 {{ font-size: 12pt; text-align: center; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ border: 1px solid #000; padding: 3pt; vertical-align: top; }}
p.it {{ margin-left: 24pt; }}
</style></head><body>
<p class=mark>NATO UNCLASSIFIED</p>
<p>NORTH ATLANTIC TREATY ORGANIZATION<br>INTERNATIONAL MILITARY STAFF<br>B-1110 BRUSSELS, BELGIUM</p>
<p>IMSM-0388-2033<br>10 June 2033</p>
<p><b>OPEN TO NATIONALS OF NATO MEMBER STATES ONLY</b></p>
<h1>STAFF VACANCY {REF}</h1>
<table>
<tr><td><b>DIVISION:</b></td><td>{ORG}<br>Logistics and Resources Division<br>Medical Branch</td></tr>
<tr><td><b>TITLE:</b></td><td>{TITLE}</td></tr>
<tr><td><b>GRADE:</b></td><td>B-4/G-10</td></tr>
<tr><td><b>POST NUMBER:</b></td><td>{PN}</td></tr>
<tr><td><b>LOCATION:</b></td><td>{LOC}</td></tr>
<tr><td><b>SECURITY CLEARANCE:</b></td><td>NATO SECRET</td></tr>
</table>
<p>The competition for this post will be conducted on-site at NATO Headquarters, Brussels. Candidates should be available for a written test and an interview in the first half of September 2033.</p>
<p><b>1. Post Context.</b> The Medical Branch of the Logistics and Resources Division advises the Military Committee on medical support to operations, medical standards and the health of deployed forces. The Branch works closely with the Committee of the Chiefs of Military Medical Services in NATO (COMEDS), whose meetings it prepares.</p>
<p><b>2. Principal Duties.</b> The incumbent's duties are:</p>
<p class=it>a.&nbsp;&nbsp;To keep the Branch's planning calendar and task tracker, and to remind action officers of their deadlines.</p>
<p class=it>b.&nbsp;&nbsp;To prepare the meetings of COMEDS and its working groups: invitations, attendance lists, rooms, documents and records.</p>
<p class=it>c.&nbsp;&nbsp;To compile the medical input of the Strategic Commands for the Branch's reports.</p>
<p class=it>d.&nbsp;&nbsp;To manage the Branch's registry of classified and unclassified documents.</p>
<p class=it>e.&nbsp;&nbsp;To arrange the duty travel of the Branch staff.</p>
<p><b>3. Essential Qualifications.</b></p>
{letters(ESS)}
<p><b>4. Desirable Qualifications.</b></p>
{letters(DES)}
<p><b>5. Attributes/Competencies.</b></p>
{comp}
<p><b>6. Remarks.</b></p>
<p class=it>a.&nbsp;&nbsp;The successful candidate will be offered a three-year definite duration contract, which may be renewed. The basic salary for this grade is 4,486.27 EUR per month, tax free, to which allowances may be added according to the NATO Civilian Personnel Regulations.</p>
<p class=it>b.&nbsp;&nbsp;Applications must be received no later than Friday 15 July 2033 at 12:00 hours (noon) Brussels time. Late applications will not be considered.</p>
<p class=it>c.&nbsp;&nbsp;Appointment is subject to the granting of a NATO SECRET security clearance and to medical fitness.</p>
<p class=it>d.&nbsp;&nbsp;Applications are to be made through the NATO e-recruitment system only. Questions may be sent to ims.recruitment@example.int.</p>
<p>Executive Coordinator</p>
<p class=mark>NATO UNCLASSIFIED</p>
</body></html>
"""


def build():
    exp()
    write(f"{REF}-ims.html", html(), listed=False, where=BUILD)
