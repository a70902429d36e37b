from common import *

KEY = "394207"
TITLE = "Assistant (Common Funding and Resource Planning)"
ORG = "International Military Staff, Logistics and Resources Division"
LOC = "Brussels, Belgium"
GRADE = "B-5/G-10"
CLR = "NATO SECRET"
POST = "IMS LRD RPB 0030"
ESS = [
    "Completed secondary education and a post-secondary qualification in finance, business administration or accounting.",
    "At least five years of experience in budget preparation, financial planning or cost analysis, of which two in a military or governmental organisation.",
    "Advanced user of spreadsheet software, including pivot tables and lookup functions.",
    "Experience in maintaining records of commitments and expenditure in an enterprise resource planning system.",
    "English at NATO Standardized Language Profile 3333.",
]
DES = [
    "Knowledge of NATO common funding principles and of the Military Budget.",
    "Experience of supporting committee meetings with papers and minutes.",
    "Working knowledge of French.",
]
COMP = [
    ("Accuracy", "Checks figures and documents thoroughly and corrects errors before they are passed on."),
    ("Organisation", "Plans own work against fixed budget calendars and keeps track of several deadlines at once."),
    ("Discretion", "Handles financial and personnel information with confidentiality."),
    ("Cooperation", "Works willingly with military and civilian colleagues from many nations."),
]
CONTEXT = ("The Logistics and Resources Division of the International Military Staff advises the Military Committee on "
           "logistics, medical support and the resources needed by the NATO Command Structure. Its Resource Policy "
           "Branch prepares the military advice on common funding, including the Military Budget and the NATO Security "
           "Investment Programme, and follows the annual resource plan through the committees.")
DUTIES = [
    "Collects and checks the financial data submitted by the Strategic Commands for the annual resource plan.",
    "Maintains the Branch's tracking sheets of budget ceilings, approved requests and carry-overs.",
    "Prepares tables and first drafts of the resource annexes for the Military Committee papers.",
    "Supports the staff officers of the Branch at working group meetings and keeps the records of decisions.",
    "Maintains the Branch's files in line with NATO information management rules.",
]
REMARKS = [
    "The basic salary for this post is 5,043.66 EUR per month, tax free, to which allowances may be added according to personal circumstances.",
    "Applications must reach the IMS Civilian Human Resources Office no later than Thursday 4 March 2038 at 23:59 hours (Brussels time).",
    "Candidates must be nationals of a NATO member country. The successful candidate will be subject to a security clearance at the level of NATO SECRET before taking up duty.",
    "Shortlisted candidates will sit a written test, planned for the week of 22 March 2038.",
]


def body_html():
    return f"""<p>NATO UNCLASSIFIED</p>
<p style="text-align:center"><b>INTERNATIONAL MILITARY STAFF<br>ÉTAT-MAJOR MILITAIRE INTERNATIONAL</b><br>B-1110 BRUSSELS, BELGIUM</p>
<p>IMSM-0118-2038<br>9 February 2038</p>
<p style="text-align:center"><b>STAFF VACANCY {KEY}</b></p>
<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%">
<tr><td><b>DIVISION:</b></td><td>{ORG}</td></tr>
<tr><td><b>TITLE:</b></td><td>{TITLE}</td></tr>
<tr><td><b>GRADE:</b></td><td>{GRADE}</td></tr>
<tr><td><b>POST NUMBER:</b></td><td>{POST}</td></tr>
<tr><td><b>LOCATION:</b></td><td>{LOC}</td></tr>
<tr><td><b>SECURITY CLEARANCE:</b></td><td>{CLR}</td></tr>
</table>
<p><b>1. Post Context.</b> {CONTEXT}</p>
<p><b>2. Principal Duties.</b> The incumbent:</p>
<ol type="a">{''.join(f'<li>{esc(x)}</li>' for x in DUTIES)}</ol>
<p><b>3. Essential Qualifications.</b></p>
<ol type="a">{''.join(f'<li>{esc(x)}</li>' for x in ESS)}</ol>
<p><b>4. Desirable Qualifications.</b></p>
<ol type="a">{''.join(f'<li>{esc(x)}</li>' for x in DES)}</ol>
<p><b>5. Attributes/Competencies.</b></p>
<ol type="a">{''.join(f'<li>{n}: {esc(d)}</li>' for n, d in COMP)}</ol>
<p><b>6. Remarks.</b></p>
<ol type="a">{''.join(f'<li>{esc(x)}</li>' for x in REMARKS)}</ol>
<p>NATO UNCLASSIFIED</p>"""


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {}, "2038-03-04",
             (5043.66, None, None, "EUR", "month"), GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP},
             post_number=POST)
    src = os.path.join(BUILD, f"{KEY}-ims.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{{font-family:'Liberation Serif';font-size:11pt}}</style></head><body>{body_html()}</body></html>")
    soffice_pdf(src, f"{KEY}-ims.libreoffice.pdf")
    add_row(f"{KEY}-ims.libreoffice.pdf", KEY, "pdf")
    pdftotext(os.path.join(ROOT, f"{KEY}-ims.libreoffice.pdf"), os.path.join(ROOT, f"{KEY}-ims.libreoffice.pdftotext.txt"))
    add_row(f"{KEY}-ims.libreoffice.pdftotext.txt", KEY, "txt")

    letters = "abcdefghij"
    def lettered(xs):
        return "\n".join(f"   {letters[i]}. {x}" for i, x in enumerate(xs))
    mail = f"""From: Resource Planning Desk, Military Representation <mil-rep.resources@delegation.example>
Sent: Wednesday, 10 February 2038 09:41
To: National candidates list
Subject: FW: IMS Staff Vacancy {KEY} - {TITLE}

Dear all,

Please find below the IMS vacancy notice received yesterday. National nominations are not required for this post;
candidates apply directly to the IMS. If you intend to apply, please let us know by 24 February so that we can
inform the Military Representative. Our last briefing on NATO careers took place on 3 February; slides on request.

Kind regards,
Resource Planning Desk

-----Original Message-----
From: IMS Civilian Human Resources <ims.chr@hq.example>
Sent: Tuesday, 9 February 2038 16:05
Subject: IMS Staff Vacancy {KEY}

NATO UNCLASSIFIED

INTERNATIONAL MILITARY STAFF
IMSM-0118-2038

STAFF VACANCY {KEY}

DIVISION:           {ORG}
TITLE:              {TITLE}
GRADE:              {GRADE}
POST NUMBER:        {POST}
LOCATION:           {LOC}
SECURITY CLEARANCE: {CLR}

1. Post Context. {CONTEXT}

2. Principal Duties. The incumbent:
{lettered(DUTIES)}

3. Essential Qualifications.
{lettered(ESS)}

4. Desirable Qualifications.
{lettered(DES)}

5. Attributes/Competencies.
{lettered([f'{n}: {d}' for n, d in COMP])}

6. Remarks.
{lettered(REMARKS)}

NATO UNCLASSIFIED

This message and any attachments are intended only for the addressee. If you received it in error, please delete it.
"""
    write(f"{KEY}-email.txt", mail, KEY)
