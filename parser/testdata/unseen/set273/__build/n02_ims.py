from common import *
KEY = "471452"
PN = "IMS PCD DPB 0070"
T = "Staff Officer (Capability Targets Review)"
ORG = "International Military Staff (IMS)"
LOC = "NATO Headquarters, Brussels, Belgium"
GRADE = "A-3/G-17"
CLR = "NATO SECRET"
CONTEXT = """The Policy and Capabilities Division (P&C) provides the Military Committee with advice on military policy, defence planning and the development of capabilities. Within P&C, the Defence Planning Branch (DPB) follows the NATO Defence Planning Process on behalf of the Military Committee and prepares the military view on the targets apportioned to each Ally.

The Staff Officer (Capability Targets Review) is responsible to the Branch Head for the military assessment of national replies, the drafting of the Military Committee's contributions to the capability reviews and the day-to-day liaison with the Strategic Commands on these subjects."""
DUTIES = [
 "Analyses national replies to the defence planning survey and prepares the military assessment for the Branch.",
 "Drafts Military Committee papers, speaking notes and briefings on capability targets and reviews.",
 "Represents the IMS in working groups of the Defence Policy and Planning Committee when so directed.",
 "Maintains close contact with Allied Command Operations and Allied Command Transformation on planning data.",
 "Keeps the Branch's planning database current and prepares statistics and charts for senior leaders.",
 "Performs other duties as may be assigned by the Branch Head.",
]
ESS = [
 "University degree in political science, defence studies, engineering or a related field, or graduation from a national staff college;",
 "At least four years of experience in defence planning, capability development or force planning at national or NATO level;",
 "Demonstrated ability to draft clear and concise staff papers under tight deadlines;",
 "Good command of Microsoft Office, in particular Excel and PowerPoint;",
 "Language proficiency: English SLP 3333 (Listening, Speaking, Reading and Writing).",
]
DES = [
 "Previous service in a NATO headquarters or a national delegation to NATO;",
 "Experience in the use of defence planning databases or data visualisation tools;",
 "French SLP 2222.",
]
COMP = [("Analysis", "breaks down complex planning data into clear conclusions."),
 ("Written communication", "produces well-structured papers for senior audiences."),
 ("Negotiation", "finds common ground between national and military positions."),
 ("Reliability", "meets deadlines and keeps commitments to colleagues.")]
REMARKS = [
 "The successful candidate will be offered an initial definite duration contract of three years, which may be followed by an indefinite duration contract.",
 "The basic monthly salary for this post is 9,427.65 EUR per month, tax free, to which allowances may be added according to the NATO Civilian Personnel Regulations.",
 "Applications must be submitted through the NATO Talent Acquisition Platform no later than Wednesday 4 July 2040 at 23:59 hours (Brussels time).",
 "Shortlisted candidates will be invited to a written test and an interview at NATO Headquarters, provisionally in the second half of September 2040.",
 "Appointment is subject to the receipt of a NATO SECRET security clearance and a satisfactory medical certificate.",
]
L = "abcdefghij"

def build():
    expected(KEY, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {}, "2040-07-04", sal(9427.65),
             GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP}, post_number=PN)
    def lett(lst, ind=""):
        return "\n\n".join(f"{ind}{L[i]}. {x}" for i, x in enumerate(lst))
    md = f"""NATO UNCLASSIFIED

**NORTH ATLANTIC TREATY ORGANIZATION**\\
**ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD**\\
INTERNATIONAL MILITARY STAFF\\
ÉTAT-MAJOR MILITAIRE INTERNATIONAL

IMSM-1194-2040 \\
12 June 2040

**OPEN TO NATIONALS OF NATO MEMBER STATES ONLY**

**STAFF VACANCY {KEY}**

+---------------------+-------------------------------------------+
| DIVISION:           | {ORG}\\                                    |
|                     | Policy and Capabilities Division (P&C)\\   |
|                     | Defence Planning Branch (DPB)             |
+---------------------+-------------------------------------------+
| TITLE:              | {T}                                       |
+---------------------+-------------------------------------------+
| GRADE:              | {GRADE}                                   |
+---------------------+-------------------------------------------+
| POST NUMBER:        | {PN}                                      |
+---------------------+-------------------------------------------+
| LOCATION:           | {LOC}                                     |
+---------------------+-------------------------------------------+
| SECURITY CLEARANCE: | {CLR}                                     |
+---------------------+-------------------------------------------+

**1. Post Context.**

{CONTEXT}

**2. Principal Duties.**

{lett(DUTIES)}

**3. Essential Qualifications.**

{lett(ESS)}

**4. Desirable Qualifications.**

{lett(DES)}

**5. Attributes/Competencies.**

{lett([f"{n}: {d}" for n, d in COMP])}

**6. Remarks.**

{lett(REMARKS)}

NATO UNCLASSIFIED
"""
    # fix the grid table widths (pandoc needs aligned pipes)
    lines = []
    for ln in md.split("\n"):
        if ln.startswith("| "):
            a, b = ln[2:].rstrip("|").split("|", 1)
            ln = "| " + a.strip().ljust(20) + "| " + b.strip().ljust(42) + "|"
        elif ln.startswith("+-"):
            ln = "+" + "-" * 21 + "+" + "-" * 43 + "+"
        lines.append(ln)
    md = "\n".join(lines)
    src = os.path.join(BUILD, f"{KEY}-ims.md")
    open(src, "w", encoding="utf-8").write(md)
    docx = os.path.join(BUILD, f"{KEY}-ims.docx")
    subprocess.run(["pandoc", src, "-f", "markdown", "-o", docx], check=True)
    libreoffice(docx, f"{KEY}-ims.libreoffice.pdf")
    dump(f"{KEY}-ims.libreoffice.pdf", KEY)

    body = f"""NATO UNCLASSIFIED

OPEN TO NATIONALS OF NATO MEMBER STATES ONLY

STAFF VACANCY {KEY}

DIVISION:           {ORG}
                    Policy and Capabilities Division (P&C)
                    Defence Planning Branch (DPB)
TITLE:              {T}
GRADE:              {GRADE}
POST NUMBER:        {PN}
LOCATION:           {LOC}
SECURITY CLEARANCE: {CLR}

1. Post Context.
{CONTEXT}

2. Principal Duties.
{lett(DUTIES, '   ').replace(chr(10)+chr(10), chr(10))}

3. Essential Qualifications.
{lett(ESS, '   ').replace(chr(10)+chr(10), chr(10))}

4. Desirable Qualifications.
{lett(DES, '   ').replace(chr(10)+chr(10), chr(10))}

5. Attributes/Competencies.
{lett([f"{n}: {d}" for n, d in COMP], '   ').replace(chr(10)+chr(10), chr(10))}

6. Remarks.
{lett(REMARKS, '   ').replace(chr(10)+chr(10), chr(10))}

NATO UNCLASSIFIED"""
    mail = f"""From: Novotná Petra, MAJ (CZE NMR) <p.novotna@cze-nmr.example>
Sent: Friday, 15 June 2040 10:41
To: CZE NMR All Staff <allstaff@cze-nmr.example>; Ministry of Defence Personnel Directorate <nato.posts@army-cz.example>
Cc: Horák Jan, COL (CZE NMR) <j.horak@cze-nmr.example>
Subject: FW: IMS Staff Vacancy {KEY} - {T} - closing 4 July 2040
Attachments: IMS_SV_{KEY}.pdf (212 KB)

Dear colleagues,

Please find below a civilian vacancy in the IMS Policy and Capabilities Division that may interest officers leaving active service or colleagues from the Ministry's planning department. The Representation will not pre-select candidates; applications go directly through the NATO portal. If you intend to apply, I would appreciate a short e-mail by 27 June so that we can brief you on the defence planning cycle before the test.

Best regards,
Petra

MAJ Petra NOVOTNÁ
Personnel and Administration
Czech National Military Representation to SHAPE and NATO HQ

-----Original Message-----
From: IMS Civilian Human Resources <ims.chr@hq.nato.example>
Sent: Wednesday, 13 June 2040 16:05
To: NMR Personnel Points of Contact <nmr.poc@hq.nato.example>
Subject: IMS Staff Vacancy {KEY} - {T}

Dear Points of Contact,

Please give the attached vacancy the widest possible distribution among eligible nationals. The text is reproduced below for convenience.

{body}

Kind regards,
IMS Civilian Human Resources
Executive Coordination Office

This e-mail and any attachments are intended solely for the named addressees. If you are not the intended recipient, please delete it and notify the sender."""
    write(f"{KEY}-email.txt", mail, KEY)
