from common import *

KEY = "462407"
TITLE = "Staff Officer (Partnership Programmes Coordination)"
ORG = "International Military Staff"
LOC = "Brussels, Belgium"
GRADE, CLR, POST = "A-2/G-15", "NATO SECRET", "IMS CSD PPC 0040"

CONTEXT = ("The Cooperative Security Division (CSD) of the International Military Staff advises the Military "
           "Committee on military cooperation with partner nations and international organisations. The Partnership "
           "Programmes Branch plans and follows the military parts of individual partnership programmes, keeps the "
           "catalogue of cooperation activities and reports to the Military Committee on their results.")
DUTIES = [
    "Coordinates the military input to individual partnership programmes and tracks the activities agreed with each partner.",
    "Maintains the catalogue of cooperation activities and the related database, and prepares its annual update.",
    "Drafts papers, briefings and speaking notes for the Branch Head and for the Military Committee.",
    "Organises and records meetings with partner representatives and with the Strategic Commands.",
    "Prepares the Branch's contribution to the annual budget request for partnership activities.",
    "Deputises for the Section Head when required.",
]
ESS = [
    "University degree in international relations, political science, public administration or a related field;",
    "At least two years of experience in planning or managing cooperation programmes in a defence or international setting;",
    "Experience in drafting policy papers and briefings for senior officials;",
    "Proficient in the Microsoft Office suite and in the use of databases;",
    "Language proficiency: English SLP 3333 (Listening, Speaking, Reading and Writing).",
]
DES = [
    "Experience of working with partner nations of the Alliance;",
    "Knowledge of NATO's military structure and of the work of the Military Committee;",
    "Project management qualification;",
    "French SLP 2222.",
]
COMP = [
    ("Planning", "organises own work and that of others to meet deadlines."),
    ("Drafting", "writes clear and concise papers on complex subjects."),
    ("Diplomacy", "deals tactfully with representatives of many nations."),
    ("Cooperation", "works effectively within a multinational team."),
]
E = exp(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {}, "2039-12-05", sal(8216.40, "EUR"), GRADE, CLR,
        {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)}, post=POST)

REMARKS = [
    "The successful candidate will be offered a three-year definite duration contract.",
    "The basic salary for this post is 8,216.40 EUR per month, tax free, with allowances according to eligibility.",
    "Applications must be received through the NATO talent acquisition platform by Monday 5 December 2039 at 23:59 hours (Brussels time).",
    "Interviews are planned for the second half of January 2040.",
    "The incumbent may be required to travel to partner nations up to 30 days per year.",
]


def html():
    def ol(items):
        return "<ol type=\"a\">" + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ol>"
    comp = "<ol type=\"a\">" + "".join(f"<li>{esc(n)}: {esc(d)}</li>" for n, d in COMP) + "</ol>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>STAFF VACANCY {KEY}</title>
<style>
body {{ font-family: "Liberation Serif", serif; font-size: 11pt; }}
.mark {{ text-align: center; font-weight: bold; }}
table.lh {{ width: 100%; }} table.lh td {{ width: 50%; vertical-align: top; font-size: 10pt; }}
table.f {{ border-collapse: collapse; width: 100%; }}
table.f td {{ border: 1px solid #000; padding: 3pt; vertical-align: top; }}
h2 {{ font-size: 11pt; }}
</style></head><body>
<p class="mark">NATO UNCLASSIFIED</p>
<table class="lh"><tr><td>NORTH ATLANTIC TREATY ORGANIZATION<br>INTERNATIONAL MILITARY STAFF</td>
<td>ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD<br>ÉTAT-MAJOR MILITAIRE INTERNATIONAL</td></tr></table>
<p>IMSM-0977-2039<br>4 November 2039</p>
<p class="mark">STAFF VACANCY {KEY}</p>
<table class="f">
<tr><td><b>TITLE:</b></td><td>{esc(TITLE)}</td></tr>
<tr><td><b>GRADE:</b></td><td>{GRADE}</td></tr>
<tr><td><b>POST NUMBER:</b></td><td>{POST}</td></tr>
<tr><td><b>DIVISION:</b></td><td>{ORG}<br>Cooperative Security Division<br>Partnership Programmes Branch</td></tr>
<tr><td><b>LOCATION:</b></td><td>{LOC}</td></tr>
<tr><td><b>SECURITY CLEARANCE:</b></td><td>{CLR}</td></tr>
</table>
<h2>1. Post Context.</h2><p>{esc(CONTEXT)}</p>
<h2>2. Principal Duties.</h2><p>The incumbent's duties are:</p>{ol(DUTIES)}
<h2>3. Essential Qualifications.</h2>{ol(ESS)}
<h2>4. Desirable Qualifications.</h2>{ol(DES)}
<h2>5. Attributes/Competencies.</h2>{comp}
<h2>6. Remarks.</h2>{ol(REMARKS)}
<p>&nbsp;</p><p>Lieutenant Colonel (Dummy) P. Kessler<br>Chief, Civilian Human Resources, IMS</p>
<p class="mark">NATO UNCLASSIFIED</p>
</body></html>
"""


def build():
    expected(KEY, E)
    write_build(f"{KEY}-ims.html", html())
    libreoffice_pdf(f"{KEY}-ims.html", f"{KEY}-ims", KEY)

    def lettered(items, ind="    "):
        return "\n".join(f"{ind}{chr(97 + i)}. {x}" for i, x in enumerate(items))
    comp = [f"{n}: {d}" for n, d in COMP]
    # Microsoft Teams channel, copy of a thread in a national Military Representation
    out(f"{KEY}-teams.txt", f"""
MilRep Staff Postings  >  Posts  >  Vacancies NATO HQ

Vermeulen, Anouk (MILREP)   Yesterday 16:41
Colleagues, IMS has published the vacancy below. Internal candidates please tell me by 25 November so that we can prepare the nomination letter. Text copied from the PDF, formatting may be a bit off.

NATO UNCLASSIFIED
STAFF VACANCY {KEY}
TITLE:                 {TITLE}
GRADE:                 {GRADE}
POST NUMBER:           {POST}
DIVISION:              {ORG}
                       Cooperative Security Division
                       Partnership Programmes Branch
LOCATION:              {LOC}
SECURITY CLEARANCE:    {CLR}

1. Post Context.
{CONTEXT}

2. Principal Duties.
The incumbent's duties are:
{lettered(DUTIES)}

3. Essential Qualifications.
{lettered(ESS)}

4. Desirable Qualifications.
{lettered(DES)}

5. Attributes/Competencies.
{lettered(comp)}

6. Remarks.
{lettered(REMARKS)}

    Like 2    Reply

        Okafor, Daniel (MILREP)   Yesterday 17:05
        Is the A-2 tax free figure before or after pension contribution? Roughly 7.6 after, I think.

        Vermeulen, Anouk (MILREP)   Today 08:12
        Before. Also note the interviews in January, so the candidate must be available then.

        Halvorsen, Kari (MILREP)   Today 08:30
        Shared with the J5 cell. 1 seen by 14

Reply
""", KEY)
