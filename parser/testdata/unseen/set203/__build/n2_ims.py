from common import *
import html as H

REF = "315287"
TITLE = "Staff Officer (Exercise Programme Scheduling)"
PN = "IMS OPD EPS 0040"
ESS = [
    "University degree in international relations, political science, management or a related field, or completion of a national staff college course.",
    "At least four years of experience in planning or scheduling multinational military exercises at the operational or strategic level.",
    "Experience in the use of exercise management databases and of project planning software.",
    "Ability to draft clear and concise staff papers for senior military audiences.",
    "Proficiency in English at NATO Standard Language Profile (SLP) 3333 (Listening, Speaking, Reading, Writing).",
]
DES = [
    "Service in a NATO Command Structure or NATO Force Structure headquarters.",
    "Knowledge of the Military Training and Exercise Programme (MTEP) cycle.",
    "Proficiency in French at SLP 2222.",
]
COMP = [
    {"name": "Personal Attributes", "description": "Sound judgement, tact and the ability to keep several exercise calendars consistent under pressure."},
    {"name": "Professional Contacts", "description": "Regular contact with national delegations, the Strategic Commands and training centres at action officer level."},
    {"name": "Contribution To Objectives", "description": "The scheduling work directly shapes the Alliance's annual exercise programme and the readiness reporting that depends on it."},
]
E = expected(REF, ["en"], {"en": TITLE}, {"en": "International Military Staff"}, {"en": "Brussels, Belgium"},
             {}, "2034-09-07", sal(6871.09), "A-2/G-15", "NATO SECRET",
             {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP}, post_number=PN)

DIVISION = ["International Military Staff (IMS)", "Operations and Planning Division (O&P)",
            "Exercises and Training Branch (E&T)", "Exercise Programming Section (EPS)"]
CONTEXT = ("The Operations and Planning Division provides the Military Committee with advice on current operations, "
           "operational planning, exercises and training. The Exercises and Training Branch follows the Alliance's "
           "collective training effort and prepares the Military Committee's guidance on the annual exercise programme. "
           "The Exercise Programming Section keeps the consolidated calendar of NATO and national exercises open to "
           "NATO participation and identifies clashes, gaps and opportunities for combined training.")
DUTIES = [
    "Maintaining the consolidated five-year exercise calendar and its supporting database.",
    "Preparing the scheduling conferences with the Strategic Commands and national representatives, including agendas, read-ahead packages and records of decisions.",
    "Analysing proposed changes to the programme and drafting the Branch's advice on their impact on readiness and resources.",
    "Drafting Military Committee papers, briefings and correspondence on exercise matters.",
    "Representing the Section in working groups as directed by the Section Head.",
    "Deputising for the Section Head when required.",
]
REMARKS = [
    "Basic salary: 6,871.09 EUR per month, free of Belgian income tax. Allowances may be added according to personal circumstances.",
    "The successful candidate will be offered a three-year definite duration contract, which may be renewed.",
    "Applications must be submitted through the NATO Talent Acquisition Platform no later than Thursday 7 September 2034 at 23:59 hours (Brussels time).",
    "The competition, including a written test and an interview, is provisionally planned for October 2034 at NATO Headquarters.",
]
LETTERS = "abcdefghij"


def html_doc():
    def ol(items):
        return "".join(f"<p class='it'>{LETTERS[i]}.&nbsp;&nbsp;{H.escape(x)}</p>" for i, x in enumerate(items))
    comp = "".join(f"<p class='it'>{LETTERS[i]}.&nbsp;&nbsp;<u>{H.escape(c['name'])}</u>: {H.escape(c['description'])}</p>"
                   for i, c in enumerate(COMP))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Staff Vacancy {REF}</title>
<style>body{{font-family:'Liberation Serif';font-size:11.5pt}} .c{{text-align:center}} td{{vertical-align:top;padding:2pt 4pt}}
table.facts{{border-collapse:collapse;width:100%}} table.facts td{{border:1px solid #000}} .it{{margin-left:24pt}}</style></head><body>
<p class="c"><b>NATO UNCLASSIFIED</b></p>
<p class="c"><b>INTERNATIONAL MILITARY STAFF<br>ETAT-MAJOR MILITAIRE INTERNATIONAL</b><br>B-1110 BRUSSELS, BELGIUM</p>
<p>IMSM-0412-2034<br>27 July 2034</p>
<p class="c"><b>OPEN TO NATIONALS OF NATO MEMBER STATES ONLY</b></p>
<p class="c"><b>STAFF VACANCY {REF}</b></p>
<table class="facts">
<tr><td><b>DIVISION:</b></td><td>{'<br>'.join(H.escape(d) for d in DIVISION)}</td></tr>
<tr><td><b>TITLE:</b></td><td>{H.escape(TITLE)}</td></tr>
<tr><td><b>GRADE:</b></td><td>A-2/G-15</td></tr>
<tr><td><b>POST NUMBER:</b></td><td>{PN}</td></tr>
<tr><td><b>LOCATION:</b></td><td>Brussels, Belgium</td></tr>
<tr><td><b>SECURITY CLEARANCE:</b></td><td>NATO SECRET</td></tr>
</table>
<p><b>1. Post Context.</b> {H.escape(CONTEXT)}</p>
<p><b>2. Principal Duties.</b> The incumbent's duties are:</p>{ol(DUTIES)}
<p><b>3. Essential Qualifications.</b></p>{ol(ESS)}
<p><b>4. Desirable Qualifications.</b></p>{ol(DES)}
<p><b>5. Attributes/Competencies.</b></p>{comp}
<p><b>6. Remarks.</b></p>{ol(REMARKS)}
<p class="c"><b>NATO UNCLASSIFIED</b></p>
</body></html>
"""


def email():
    L = []
    L.append("""From: Cell for International Posts <intl.posts@milrep-example.example>
Sent: Tuesday, 1 August 2034 10:12
To: Candidates list - NATO posts
Subject: FW: IMS staff vacancy 315287 - Staff Officer (Exercise Programme Scheduling)
Attachments: SV315287.pdf

Dear colleagues,

For those of you who asked about exercise planning posts in Brussels, please find below the text of the
attached IMS vacancy. Candidates are asked to tell us by 25 August if they apply, so that the Representation
can follow up. Questions on national procedures to Lt Col B. Marinescu (ext. 4417).

Kind regards,
Cell for International Posts

-----Original Message-----
From: IMS Civilian Human Resources <ims.chr@hq-example.example>
Sent: Monday, 31 July 2034 16:40
To: Military Representations
Subject: IMS staff vacancy 315287

NATO UNCLASSIFIED

INTERNATIONAL MILITARY STAFF
IMSM-0412-2034 - 27 July 2034

OPEN TO NATIONALS OF NATO MEMBER STATES ONLY

STAFF VACANCY 315287
""")
    L.append("DIVISION:            " + DIVISION[0])
    for d in DIVISION[1:]:
        L.append("                     " + d)
    L.append("TITLE:               " + TITLE)
    L.append("GRADE:               A-2/G-15")
    L.append("POST NUMBER:         " + PN)
    L.append("LOCATION:            Brussels, Belgium")
    L.append("SECURITY CLEARANCE:  NATO SECRET")
    L.append("")
    L.append(wrap("1. Post Context. " + CONTEXT, 100))
    L.append("")
    L.append("2. Principal Duties. The incumbent's duties are:")
    L += [wrap(f"   {LETTERS[i]}. {x}", 100, "      ") for i, x in enumerate(DUTIES)]
    L.append("")
    L.append("3. Essential Qualifications.")
    L += [wrap(f"   {LETTERS[i]}. {x}", 100, "      ") for i, x in enumerate(ESS)]
    L.append("")
    L.append("4. Desirable Qualifications.")
    L += [wrap(f"   {LETTERS[i]}. {x}", 100, "      ") for i, x in enumerate(DES)]
    L.append("")
    L.append("5. Attributes/Competencies.")
    L += [wrap(f"   {LETTERS[i]}. {c['name']}: {c['description']}", 100, "      ") for i, c in enumerate(COMP)]
    L.append("")
    L.append("6. Remarks.")
    L += [wrap(f"   {LETTERS[i]}. {x}", 100, "      ") for i, x in enumerate(REMARKS)]
    L.append("")
    L.append("NATO UNCLASSIFIED")
    L.append("")
    L.append("This e-mail and any attachment are intended for the addressee only. If you received it in error, please delete it.")
    return "\n".join(L) + "\n"


def render():
    return {f"{REF}-email.txt": email()}


def lo_sources():
    return {f"{REF}-ims": html_doc()}
