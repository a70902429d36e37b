"""304236 - International Military Staff, Cooperation and Regional Security Division (EN), Word-style notice -> LibreOffice PDF."""
import os
from common import write, expected, sal, bi, libreoffice, dump, BUILD, ROWS

REF = "304236"
TITLE = "Staff Assistant (Partner Interoperability Records)"
ORG = "International Military Staff"
PN = "IMS CRS PIR 0030"
ESS = [
    "Higher secondary education and at least 4 years of experience in an administrative or records management function in a military headquarters, a ministry of defence or an international organisation.",
    "Experience in maintaining databases or registers and in producing statistics and reports from them.",
    "Experience in supporting meetings with partner nations, including the preparation of attendance lists and records of decisions.",
    "Advanced user of Microsoft Excel, Word and SharePoint.",
    "English: SLP 3333 (Listening, Speaking, Reading and Writing).",
]
DES = [
    "Knowledge of the Partnership Interoperability Initiative and of the Operational Capabilities Concept evaluation programme.",
    "Experience of working with classified information handling systems.",
    "French: SLP 2222.",
]
COMP = [
    {"name": "Accuracy", "description": "Checks own work and that of others for errors before it is released."},
    {"name": "Discretion", "description": "Handles personal and classified information with care."},
    {"name": "Service orientation", "description": "Answers requests from partner delegations courteously and on time."},
    {"name": "Teamwork", "description": "Shares workload within the section when deadlines converge."},
]
E = dict(reference=REF, post_number=PN, languages=["en"], title=bi(TITLE), organisation=bi(ORG),
         location=bi("Brussels, Belgium"), schedule=bi(None), deadline="2034-02-06",
         salary=sal(5612.08), grade="B-5/G-12", clearance="NATO SECRET",
         requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
         competencies={"en": COMP, "fr": None})


def html():
    ess = "\n".join(f"<p class=item>{chr(ord('a') + i)}.&nbsp;&nbsp;{x}</p>" for i, x in enumerate(ESS))
    des = "\n".join(f"<p class=item>{chr(ord('a') + i)}.&nbsp;&nbsp;{x}</p>" for i, x in enumerate(DES))
    comp = "\n".join(f"<p class=item>{chr(ord('a') + i)}.&nbsp;&nbsp;<b>{c['name']}:</b> {c['description']}</p>" for i, c in enumerate(COMP))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Staff Vacancy {REF}</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }}
p {{ margin: 0 0 6pt 0; }}
p.mark {{ text-align: center; font-weight: bold; }}
p.item {{ margin-left: 24pt; }}
table td {{ vertical-align: top; padding: 1pt 8pt 1pt 0; font-size: 10.5pt; }}
h2 {{ font-size: 11pt; }}
</style></head><body>
<p class=mark>NATO UNCLASSIFIED</p>
<p><b>NORTH ATLANTIC TREATY ORGANIZATION<br>INTERNATIONAL MILITARY STAFF</b><br>B-1110 Brussels, Belgium</p>
<p style="text-align:right">IMSM-0027-2034<br>8 January 2034</p>
<p class=mark>OPEN TO NATIONALS OF NATO MEMBER STATES ONLY</p>
<p class=mark>STAFF VACANCY {REF}</p>
<table>
<tr><td><b>DIVISION:</b></td><td>{ORG} (IMS)<br>Cooperation and Regional Security Division (CRS)<br>Partnerships Branch<br>Interoperability Section</td></tr>
<tr><td><b>TITLE:</b></td><td>{TITLE}</td></tr>
<tr><td><b>GRADE:</b></td><td>B-5/G-12</td></tr>
<tr><td><b>POST NUMBER:</b></td><td>{PN}</td></tr>
<tr><td><b>LOCATION:</b></td><td>Brussels, Belgium</td></tr>
<tr><td><b>SECURITY CLEARANCE:</b></td><td>NATO SECRET</td></tr>
</table>
<p>Please note that the competition for this post will be conducted at NATO Headquarters in Brussels and is expected to be completed by the second quarter of 2034.</p>
<h2>1. Post Context.</h2>
<p>The Cooperation and Regional Security Division (CRS) is the focal point of the International Military Staff for military cooperation with partner nations and international organisations, and for regional security assessments. The Partnerships Branch manages the military aspects of partnership programmes, including the evaluation of partner forces declared for NATO-led exercises and operations.</p>
<p>The Interoperability Section keeps the records on which the Military Committee's advice on partner interoperability rests. The Staff Assistant maintains those records and the statistics drawn from them, and supports the section's meetings with partner delegations.</p>
<h2>2. Principal Duties.</h2>
<p>The incumbent's duties are:</p>
<p class=item>a.&nbsp;&nbsp;To maintain the register of partner units evaluated under the interoperability programme, including evaluation dates, levels and follow-up actions.</p>
<p class=item>b.&nbsp;&nbsp;To produce quarterly statistics and charts for the Branch Head and for the Military Committee working group.</p>
<p class=item>c.&nbsp;&nbsp;To prepare attendance lists, seating plans and records of decisions for meetings with partner delegations.</p>
<p class=item>d.&nbsp;&nbsp;To manage the section's document registry in line with NATO records management policy.</p>
<p class=item>e.&nbsp;&nbsp;To act as the section's point of contact for visit requests and security clearance confirmations.</p>
<h2>3. Essential Qualifications.</h2>
{ess}
<h2>4. Desirable Qualifications.</h2>
{des}
<h2>5. Attributes/Competencies.</h2>
{comp}
<h2>6. Remarks.</h2>
<p>a.&nbsp;&nbsp;The basic monthly salary for this post is EUR 5,612.08, tax free, to which allowances may be added depending on the incumbent's personal situation.</p>
<p>b.&nbsp;&nbsp;Applications must be submitted through the NATO Talent Acquisition Platform no later than 6 February 2034 at 23:59 hours (Brussels time). Applications received after that time will not be considered.</p>
<p>c.&nbsp;&nbsp;Shortlisted candidates will be invited to a written test and an interview in March 2034. The appointment is subject to the receipt of a NATO SECRET security clearance and to approval of the medical file by the NATO Medical Adviser.</p>
<p>d.&nbsp;&nbsp;The successful candidate will be offered a three-year definite duration contract.</p>
<p class=mark>NATO UNCLASSIFIED</p>
</body></html>
"""


def build():
    expected(E)
    src = os.path.join(BUILD, f"{REF}-ims.html")
    open(src, "w", encoding="utf-8").write(html())
    libreoffice(src, f"{REF}-ims.libreoffice.pdf")
    ROWS.append((f"{REF}-ims.libreoffice.pdf", REF, "pdf"))
    dump(f"{REF}-ims.libreoffice.pdf", f"{REF}-ims.libreoffice.pdftotext.txt")
    ROWS.append((f"{REF}-ims.libreoffice.pdftotext.txt", REF, "txt"))
    dump(f"{REF}-ims.libreoffice.pdf", f"{REF}-ims.libreoffice.layout.txt", layout=True)
    ROWS.append((f"{REF}-ims.libreoffice.layout.txt", REF, "txt"))
