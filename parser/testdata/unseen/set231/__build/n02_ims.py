from common import *
REF = "357228"
T = "Staff Assistant (Partner Military Cooperation Activities)"
PN = "IMS CSD PPB 0050"
ESS = [
 "Higher secondary education and at least three years of post-secondary training in business administration, international relations or a related field.",
 "At least four years of experience in an administrative or programme support role in a military or governmental organisation.",
 "Experience of maintaining databases of events, participants and funding, and of producing statistics from them.",
 "Advanced user of the standard office software suite.",
 "Minimum NATO Standardized Language Profile (SLP) in English of 3322 (Listening, Speaking, Reading and Writing).",
]
DES = [
 "Experience of working with partner nations' delegations or missions.",
 "Knowledge of the Partnership Cooperation Menu and of the e-PRIME database.",
 "SLP 2211 in French.",
]
COMP = [
 ("Personal Attributes", "The incumbent must be well organised, tactful and able to manage several events at the same time with little supervision."),
 ("Professional Contacts", "Frequent contacts with partner delegations, the International Staff's Political Affairs and Security Policy Division and the Strategic Commands' partnership branches."),
 ("Contribution To Objectives", "The incumbent's accurate planning and record-keeping directly support the Division's advice to the Military Committee on military cooperation with partners."),
]
E = dict(reference=REF, post_number=PN, languages=["en"], title=both(T, None),
  organisation=both("International Military Staff", None), location=both("Brussels, Belgium", None),
  schedule=both(None, None), deadline="2037-01-07", salary=sal(4286.13), grade="B-3/G-8",
  clearance="NATO SECRET", requirements=both({"essential": ESS, "desirable": DES}, None),
  competencies=both([{"name": n, "description": d} for n, d in COMP], None))

CONTEXT = "The Cooperative Security Division (CSD) of the International Military Staff plans and coordinates the military aspects of NATO's relations with partner nations and international organisations. The Partnership Programmes Branch (PPB) maintains the military part of the partnership activities offered to partners each year, follows their execution and prepares the reports requested by the Military Committee. The Staff Assistant supports the Branch's staff officers in the planning, registration and evaluation of these activities."
DUTIES = [
 "Maintains the Branch's database of partnership activities, including dates, venues, participants and funding sources.",
 "Prepares the consolidated annual programme of military partnership activities and circulates it to the Strategic Commands for comment.",
 "Drafts routine correspondence, meeting invitations and records of decisions for the Branch Head.",
 "Produces statistics and slides on partner participation for briefings to the Military Committee.",
 "Tracks the Branch's travel budget and prepares travel requests for staff officers.",
 "Deputises for other staff assistants of the Division as required.",
]

def src_html():
    li = lambda xs: "".join(f"<p style='margin-left:1.2cm'>{chr(97+i)}. {esc(x)}</p>" for i, x in enumerate(xs))
    comp = "".join(f"<p style='margin-left:1.2cm'>{chr(97+i)}. {esc(n)}: {esc(d)}</p>" for i, (n, d) in enumerate(COMP))
    return f"""<html><head><meta charset="utf-8"><title>Staff Vacancy {REF}</title>
<style>body{{font-family:'Liberation Serif';font-size:11pt}} td{{border:1px solid #000;padding:4px;vertical-align:top}} table{{border-collapse:collapse;width:100%}}</style></head><body>
<p align="center"><b>NATO UNCLASSIFIED</b></p>
<p align="center"><b>NORTH ATLANTIC TREATY ORGANIZATION<br>ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD</b><br>INTERNATIONAL MILITARY STAFF<br>ÉTAT-MAJOR MILITAIRE INTERNATIONAL</p>
<p align="right">IMSM-0412-2036<br>3 December 2036</p>
<p align="center"><b>OPEN TO NATIONALS OF NATO MEMBER STATES ONLY</b></p>
<p align="center"><b>STAFF VACANCY {REF}</b></p>
<table>
<tr><td><b>DIVISION:</b></td><td>International Military Staff<br>Cooperative Security Division (CSD)<br>Partnership Programmes Branch (PPB)</td></tr>
<tr><td><b>TITLE:</b></td><td>{T}</td></tr>
<tr><td><b>GRADE:</b></td><td>B-3/G-8</td></tr>
<tr><td><b>POST NUMBER:</b></td><td>{PN}</td></tr>
<tr><td><b>LOCATION:</b></td><td>Brussels, Belgium</td></tr>
<tr><td><b>SECURITY CLEARANCE:</b></td><td>NATO SECRET</td></tr>
</table>
<p><b>1. Post Context.</b> {esc(CONTEXT)}</p>
<p><b>2. Principal Duties.</b> The incumbent's duties are:</p>
{li(DUTIES)}
<p><b>3. Essential Qualifications.</b></p>
{li(ESS)}
<p><b>4. Desirable Qualifications.</b></p>
{li(DES)}
<p><b>5. Attributes/Competencies.</b></p>
{comp}
<p><b>6. Remarks.</b></p>
<p style='margin-left:1.2cm'>a. The basic salary for this post is 4,286.13 EUR per month, tax free, to which allowances may be added depending on the incumbent's personal situation.</p>
<p style='margin-left:1.2cm'>b. Applications must reach the IMS Civilian Personnel Office by Wednesday 7 January 2037 at 23:59 hours. Late applications will not be considered.</p>
<p style='margin-left:1.2cm'>c. A written test and an interview are planned for the second half of February 2037. Previous applicants for post IMS CSD PPB 0040 need not re-apply for that post.</p>
<p style='margin-left:1.2cm'>d. The successful candidate will be offered a three-year definite duration contract.</p>
<p align="center"><b>NATO UNCLASSIFIED</b></p>
</body></html>"""

def chat():
    ess = "\n".join(f"{chr(97+i)}) {x}" for i, x in enumerate(ESS))
    des = "\n".join(f"{chr(97+i)}) {x}" for i, x in enumerate(DES))
    comp = "\n".join(f"{chr(97+i)}) {n}: {d}" for i, (n, d) in enumerate(COMP))
    duties = "\n".join(f"{chr(97+i)}) {x}" for i, x in enumerate(DUTIES))
    return f"""Microsoft Teams - chat export
Chat: MILREP support staff (14 members)

Katarina Horvat  09:14
hi all, the IMS just put out a B-3 in CSD, pasting the text from the PDF since the link only works on the NATO network 👇

Katarina Horvat  09:15
NATO UNCLASSIFIED
OPEN TO NATIONALS OF NATO MEMBER STATES ONLY
STAFF VACANCY {REF}
DIVISION: International Military Staff
Cooperative Security Division (CSD)
Partnership Programmes Branch (PPB)
TITLE: {T}
GRADE: B-3/G-8
POST NUMBER: {PN}
LOCATION: Brussels, Belgium
SECURITY CLEARANCE: NATO SECRET

1. Post Context. {CONTEXT}

2. Principal Duties. The incumbent's duties are:
{duties}

3. Essential Qualifications.
{ess}

4. Desirable Qualifications.
{des}

5. Attributes/Competencies.
{comp}

6. Remarks.
a) The basic salary for this post is 4,286.13 EUR per month, tax free, to which allowances may be added depending on the incumbent's personal situation.
b) Applications must reach the IMS Civilian Personnel Office by Wednesday 7 January 2037 at 23:59 hours. Late applications will not be considered.
c) A written test and an interview are planned for the second half of February 2037.

Tomás Ferreira  09:21
thanks! is this the one that replaced the G-7 post that closed in October?
👍 2

Katarina Horvat  09:23
no, different branch. the old one was around 3,900 a month I think

Anneli Saar  09:40
forwarded to our reservist list, they have until the 7th
Seen by 9
"""

def build():
    expected(E)
    open(os.path.join(BUILD, "357228-ims.html"), "w", encoding="utf-8").write(src_html())
    libreoffice("357228-ims.html", "357228-ims.libreoffice.pdf")
    add("357228-ims.libreoffice.pdf", REF, "pdf")
    dump("357228-ims.libreoffice.pdf", "357228-ims.libreoffice.pdftotext.txt")
    add("357228-ims.libreoffice.pdftotext.txt", REF, "txt")
    write("357228-chat.txt", chat(), REF)
