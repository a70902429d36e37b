"""UNAMI, Baghdad: Inspira job opening (HTML + Chromium PDF) and a WhatsApp group paste."""
from common import w, chromium, expected, esc

REF = "36-Electoral Affairs-UNAMI-334518-F-Baghdad (X)"
KEY = "36-electoral-affairs-unami-334518-f-baghdad-x"
TITLE = "Electoral Affairs Officer (Voter Registration)"
ORG = "United Nations Assistance Mission for Iraq"
LOC = "BAGHDAD"
GRADE = "P-3"
EDU = ("An advanced university degree (Master's degree or equivalent) in political science, public administration, "
       "law, social sciences or a related field is required. A first-level university degree in combination with two "
       "additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP1 = ("A minimum of five years of progressively responsible experience in electoral administration, political "
        "affairs, public administration or a related area is required.")
EXP2 = ("Experience in planning or supervising voter registration operations in a post-conflict or transition "
        "setting is desirable.")
EXP3 = "Experience in a United Nations field mission or another international organization is desirable."
LANG1 = "For this position, fluency in English is required."
LANG2 = "Knowledge of Arabic or Kurdish is desirable."
COMPS = [
    ("Professionalism", "Knows electoral cycles and registration methods well; checks facts before reporting; keeps "
     "commitments under pressure and treats sensitive political information with discretion."),
    ("Planning and Organizing", "Sets clear goals for each phase of a registration exercise; sequences tasks, "
     "allocates time and resources and adjusts plans when conditions on the ground change."),
    ("Communication", "Explains technical procedures in plain language to officials and partners; listens to others "
     "and tailors messages to each audience."),
]
DUTIES = [
    "Advises the Independent High Electoral Commission, through the Chief of the Electoral Assistance Office, on the "
    "design of voter registration and list-update exercises;",
    "Monitors registration centres in the governorates and prepares weekly analytical notes on turnout, complaints and "
    "operational bottlenecks;",
    "Drafts talking points, briefing notes and contributions to the reports of the Secretary-General on electoral "
    "matters;",
    "Coordinates with United Nations agencies and international partners supporting the electoral process and keeps a "
    "matrix of their commitments;",
    "Organizes workshops for commission staff on data protection, biometric enrolment and the handling of objections;",
    "Performs other related duties as required.",
]
ORGSET = ("This position is located in the Electoral Assistance Office of the United Nations Assistance Mission for "
          "Iraq (UNAMI), in Baghdad. The Electoral Affairs Officer reports to the Chief of the Voter Registration Unit "
          "and works closely with the mission's regional offices in Erbil, Basra and Kirkuk.")


def html():
    duties = "\n".join(f"<li>{esc(d)}</li>" for d in DUTIES)
    comps = "\n".join(f"<p><b>{esc(n)}:</b> {esc(d)}</p>" for n, d in COMPS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Job Opening - inspira</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;margin:18px 28px;color:#222}}
.topbar{{background:#1b3f6b;color:#fff;padding:6px 10px;font-size:9pt}}
.tabs span{{display:inline-block;border:1px solid #999;padding:2px 8px;margin-right:4px;font-size:9pt}}
table.facts{{border-collapse:collapse;margin:10px 0;width:100%}}
table.facts td{{border:1px solid #bbb;padding:3px 6px;vertical-align:top}}
table.facts td.l{{width:30%;background:#eef2f7;font-weight:bold}}
h1{{font-size:15pt;margin:10px 0 4px}} h2{{font-size:11.5pt;margin:14px 0 4px;color:#1b3f6b}}
.nowrap{{white-space:nowrap}}
</style></head><body>
<div class="topbar">inspira &nbsp;|&nbsp; United Nations Careers &nbsp;|&nbsp; Sign In &nbsp;|&nbsp; Help</div>
<div class="tabs"><span>Job Search</span><span>My Career Home</span><span>Job Description</span><span>Apply</span></div>
<h1>{esc(TITLE)}<span class="nowrap">, P3</span></h1>
<p>Posting Date: 04/06/2036 &nbsp; &middot; &nbsp; Recruitment Type: Recruit from Roster and External</p>
<table class="facts">
<tr><td class="l">Job Opening ID</td><td>334518</td></tr>
<tr><td class="l">Posting Title</td><td>ELECTORAL AFFAIRS OFFICER (VOTER REGISTRATION), P3</td></tr>
<tr><td class="l">Job Code Title</td><td>ELECTORAL AFFAIRS OFFICER</td></tr>
<tr><td class="l">Department/Office</td><td>{esc(ORG)}</td></tr>
<tr><td class="l">Duty Station</td><td>{LOC}</td></tr>
<tr><td class="l">Category and Level</td><td>Professional and Higher Categories, {GRADE}</td></tr>
<tr><td class="l">Posting Period</td><td>04 June 2036 - 03 July 2036</td></tr>
<tr><td class="l">Job Opening Number</td><td><span class="nowrap">{esc(REF)}</span></td></tr>
<tr><td class="l">Staffing Exercise</td><td>N/A</td></tr>
</table>
<p><b>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</b></p>
<h2>Org. Setting and Reporting</h2>
<p>{esc(ORGSET)}</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Electoral Affairs Officer will be responsible for the following duties:</p>
<ul>
{duties}
</ul>
<h2>Competencies</h2>
{comps}
<h2>Education</h2>
<p>{esc(EDU)}</p>
<h2>Job - Specific Qualification</h2>
<p>Not available.</p>
<h2>Work Experience</h2>
<p>{esc(EXP1)}</p>
<p>{esc(EXP2)}</p>
<p>{esc(EXP3)}</p>
<h2>Languages</h2>
<p>English and French are the working languages of the United Nations Secretariat. {esc(LANG1)} {esc(LANG2)}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include a written assessment, tentatively scheduled for the week of
27 July 2036, followed by a competency-based interview.</p>
<h2>Special Notice</h2>
<p>This is a non-family duty station. Appointment is limited to the mission; extension is subject to the renewal of
the mandate and the availability of funds. Staff members are subject to the authority of the Secretary-General.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING,
PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.</p>
<p style="font-size:9pt">&larr; Return to Job Search &nbsp; | &nbsp; Apply &nbsp; | &nbsp; Save Job &nbsp; | &nbsp; Print</p>
</body></html>
"""


def whatsapp():
    lines = [
        "[04/06/2036, 21:12] Shirin Barzani: Sharing for anyone in the electoral network 👇",
        "[04/06/2036, 21:13] Shirin Barzani: " + TITLE + ", P3",
        "Job Opening Number: " + REF,
        "Department/Office: " + ORG,
        "Duty Station: " + LOC,
        "Category and Level: Professional and Higher Categories, " + GRADE,
        "Posting Period: 04 June 2036 - 03 July 2036",
        "",
        "Org. Setting and Reporting",
        ORGSET,
        "",
        "Responsibilities",
    ]
    lines += [d for d in DUTIES]
    lines += ["", "Competencies"]
    lines += [f"{n}: {d}" for n, d in COMPS]
    lines += ["", "Education", EDU, "", "Work Experience", EXP1, EXP2, EXP3, "", "Languages",
              "English and French are the working languages of the United Nations Secretariat. " + LANG1 + " " + LANG2,
              "",
              "Apply on careers.un.org before the end of the posting period. <This message was edited>",
              "[04/06/2036, 21:20] Dlovan Aziz: Thanks! Is it open to non-rostered people?",
              "[04/06/2036, 21:24] Shirin Barzani: Yes, roster and external. They said the written test is the week of 27 July",
              "[04/06/2036, 21:25] Dlovan Aziz: 👍",
              "[05/06/2036, 08:02] Karwan M.: The Erbil one (Field Security Assistant) closes 28 June btw",
              "[05/06/2036, 08:03] Shirin Barzani: ‎<Media omitted>",
              ""]
    return "\n".join(lines)


def build():
    w(KEY + "-inspira.html", html(), KEY)
    chromium(KEY + "-inspira.html", KEY)
    w(KEY + "-whatsapp.txt", whatsapp(), KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, deadline="2036-07-03", grade=GRADE,
             requirements={"en": ([EDU, EXP1, LANG1], [EXP2, EXP3, LANG2])}, competencies={"en": COMPS})
