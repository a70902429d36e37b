"""383219 - International Military Staff, Operations and Planning Division (EN): Word -> LibreOffice PDF, Teams chat."""
from common import *

REF = "383219"
TITLE = "Staff Assistant (Operational Readiness Reporting)"
POST = "IMS OPD ORR 0110"
ESS = [
    "Higher secondary education and completed advanced vocational training in office administration, information management or a related field, or a bachelor's degree.",
    "At least four years of experience in a military staff or a government department, of which at least two years in the preparation of reports or statistics.",
    "Experience in compiling data from several sources into tables, charts and short written summaries.",
    "Advanced user of the Microsoft Office suite, in particular Excel and PowerPoint.",
    "Minimum NATO Standardized Language Profile (SLP) in English of 3333 (Listening, Speaking, Reading and Writing).",
]
DES = [
    "Experience in a NATO or multinational headquarters.",
    "Familiarity with readiness reporting tools or a database used for force reporting.",
    "SLP 2222 in French.",
]
COMP = [
    ("Personal Attributes", "The incumbent must be meticulous, discreet and able to meet fixed reporting cycles while handling short-notice requests from senior officers."),
    ("Professional Contacts", "Regular contacts with staff officers of the Division, national military representatives and the readiness cells of the Strategic Commands."),
    ("Contribution To Objectives", "Accurate and timely readiness reports allow the Division to give sound advice to the Military Committee on the availability of forces."),
]
DUTIES = [
    "Collects the readiness data submitted by the Strategic Commands and checks them for completeness and consistency.",
    "Prepares the monthly readiness tables and charts for the Branch and keeps the reporting calendar.",
    "Drafts routine correspondence, meeting notes and distribution lists for the Branch.",
    "Maintains the Branch's classified and unclassified registries in accordance with NATO security regulations.",
    "Supports the organisation of working groups, including visitor requests and room bookings.",
    "Performs other related duties as directed by the Branch Head.",
]
CONTEXT = "The Operations and Planning Division provides advice to the Military Committee on current operations, readiness and the planning of NATO forces. The Current Operations Branch monitors the readiness of forces assigned to the Alliance and prepares the Division's periodic reports. The incumbent supports the Branch in collecting, checking and presenting readiness data."
REMARKS = [
    "The basic monthly salary for this post is 6,218.37 EUR per month, tax free, to which allowances may be added according to the NATO Civilian Personnel Regulations.",
    "Applications, using the NATO application form, must reach the IMS Civilian Personnel Office no later than Wednesday 5 August 2037 at 23:59 hours (Brussels time).",
    "Only nationals of NATO member states may apply. The successful candidate will be offered a three-year definite duration contract.",
    "Shortlisted candidates will be invited to a written test and an interview in Brussels, currently planned for the week of 14 September 2037.",
]


def build():
    expected(REF, reference=REF, post_number=POST, languages=["en"],
             title={"en": TITLE, "fr": None}, organisation={"en": "International Military Staff", "fr": None},
             location={"en": "Brussels, Belgium", "fr": None}, schedule={"en": None, "fr": None},
             deadline="2037-08-05", salary=sal(6218.37), grade="B-6/G-12", clearance="COSMIC TOP SECRET",
             requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
             competencies={"en": comps(COMP), "fr": None})

    def ol(items):
        return "<ol type=\"a\">" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ol>"

    doc = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>STAFF VACANCY {REF}</title>
<style>
body {{ font-family: 'Liberation Serif', serif; font-size: 11pt; }}
.mark {{ text-align: center; font-weight: bold; }}
table.hdr {{ border-collapse: collapse; width: 100%; }}
table.hdr td {{ border: 1px solid #000; padding: 3pt; vertical-align: top; }}
h2 {{ font-size: 11pt; }}
</style></head><body>
<p class="mark">NATO UNCLASSIFIED</p>
<p class="mark">NORTH ATLANTIC TREATY ORGANIZATION / ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD<br>
INTERNATIONAL MILITARY STAFF / ÉTAT-MAJOR MILITAIRE INTERNATIONAL</p>
<p>IMSM-0512-2037<br>8 July 2037</p>
<p class="mark">OPEN TO NATIONALS OF NATO MEMBER STATES ONLY</p>
<p class="mark">STAFF VACANCY {REF}</p>
<table class="hdr">
<tr><td width="30%"><b>DIVISION:</b></td><td>International Military Staff<br>Operations and Planning Division<br>Current Operations Branch</td></tr>
<tr><td><b>TITLE:</b></td><td>{TITLE}</td></tr>
<tr><td><b>GRADE:</b></td><td>B-6/G-12</td></tr>
<tr><td><b>POST NUMBER:</b></td><td>{POST}</td></tr>
<tr><td><b>LOCATION:</b></td><td>Brussels, Belgium</td></tr>
<tr><td><b>SECURITY CLEARANCE:</b></td><td>COSMIC TOP SECRET</td></tr>
</table>
<h2>1. Post Context.</h2><p>{esc(CONTEXT)}</p>
<h2>2. Principal Duties.</h2><p>The incumbent:</p>{ol(DUTIES)}
<h2>3. Essential Qualifications.</h2>{ol(ESS)}
<h2>4. Desirable Qualifications.</h2>{ol(DES)}
<h2>5. Attributes/Competencies.</h2>{ol([f"{n}: {d}" for n, d in COMP])}
<h2>6. Remarks.</h2>{ol(REMARKS)}
<p class="mark">NATO UNCLASSIFIED</p>
</body></html>
"""
    src = os.path.join(BUILD, f"{REF}-ims.html")
    open(src, "w", encoding="utf-8").write(doc)
    libreoffice_pdf(src, f"{REF}-ims.libreoffice.pdf")
    add_pdf(f"{REF}-ims.libreoffice.pdf", REF, dump=True, layout=True)

    body = [f"NATO UNCLASSIFIED", "", "OPEN TO NATIONALS OF NATO MEMBER STATES ONLY", f"STAFF VACANCY {REF}", "",
            "DIVISION: International Military Staff", "Operations and Planning Division", "Current Operations Branch",
            f"TITLE: {TITLE}", "GRADE: B-6/G-12", f"POST NUMBER: {POST}", "LOCATION: Brussels, Belgium",
            "SECURITY CLEARANCE: COSMIC TOP SECRET", "",
            "1. Post Context.", CONTEXT, "", "2. Principal Duties.", "The incumbent:"]
    body += lettered(DUTIES) + ["", "3. Essential Qualifications."] + lettered(ESS)
    body += ["", "4. Desirable Qualifications."] + lettered(DES)
    body += ["", "5. Attributes/Competencies."] + lettered([f"{n}: {d}" for n, d in COMP])
    body += ["", "6. Remarks."] + lettered(REMARKS)
    pasted = "\n".join(body)
    chat = f"""Microsoft Teams
Chat  ›  NMR Recruitment & Admin (14 members)
Posts   Files   Wiki   +

Vandersteen, Pieter (BEL NMR)  08/07/2037 09:14
Morning all – a new IMS vacancy came out today. B-6, Ops & Planning. Pasting the text from the PDF because the attachment is blocked on the national side 🙄

Vandersteen, Pieter (BEL NMR)  08/07/2037 09:15
{pasted}

Kowalczyk, Anna (POL NMR)  08/07/2037 09:31
Thanks Pieter. Is this the one that was frozen in spring? The last O&P assistant post closed on 20 July if I remember well.
👍 2

Vandersteen, Pieter (BEL NMR)  08/07/2037 09:33
No, new establishment. Our national deadline for the nomination letter is Friday 31 July, so candidates should tell us before then.

Ferreira, João (PRT NMR)  08/07/2037 10:02
Forwarded to our MoD HR. Do we know the test date?

Kowalczyk, Anna (POL NMR)  08/07/2037 10:05
It's in Remarks d. Mid-September.
❤️ 1

Seen by 11
Type a new message
"""
    write(f"{REF}-teams.txt", chat, REF)
