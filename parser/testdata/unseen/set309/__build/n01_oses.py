"""Notice 1: Office of the Special Envoy of the Secretary-General for Syria (UN Secretariat, Inspira / careers.un.org)."""
from common import *

REF = "43-Political Affairs-OSES-579306-R-Damascus (R)"
KEY = "43-political-affairs-oses-579306-r-damascus-r"
TITLE = "Political Affairs Officer"
ORG = "Office of the Special Envoy of the Secretary-General for Syria"
LOC = "DAMASCUS"
GRADE = "P-4"
EDU = ("An advanced university degree (Master's degree or equivalent) in political science, international relations, "
       "law, conflict resolution or a related field is required. A first-level university degree in combination with "
       "two additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP1 = ("A minimum of seven years of progressively responsible experience in political affairs, mediation, "
        "peace processes or a related area is required.")
EXP2 = ("Experience in supporting negotiations or dialogue processes in a conflict or post-conflict setting is required.")
EXP3 = "Experience in drafting analytical reports for senior decision-makers within the United Nations system is desirable."
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of Arabic is desirable."
COMPS = [
    ("Professionalism", "Has in-depth knowledge of the political, security and humanitarian dynamics of the region; "
     "is able to identify key issues and formulate options for their resolution; shows persistence when faced with "
     "difficult problems and remains calm in stressful situations."),
    ("Communication", "Speaks and writes clearly and effectively; listens to others, correctly interprets messages "
     "and responds appropriately; tailors language, tone and format to match the audience."),
    ("Judgement/Decision-making", "Identifies the key issues in a complex situation and gets to the heart of the "
     "problem quickly; gathers relevant information before making a decision; considers the impact of decisions on "
     "others and on the Organization."),
]
DUTIES = [
    "Monitors and analyses political developments in the Syrian Arab Republic and the wider region, and prepares daily and weekly reporting for the Special Envoy;",
    "Maintains working contacts with national interlocutors, civil society groups, women's networks and representatives of Member States present in Damascus;",
    "Prepares talking points, briefing notes, draft statements and background papers for meetings of the Special Envoy and the Deputy Special Envoy;",
    "Supports the preparation and conduct of consultations, intra-Syrian meetings and technical working groups, including logistics, agendas and summaries;",
    "Contributes to the drafting of reports of the Secretary-General and briefings to the Security Council;",
    "Coordinates with the United Nations country team and humanitarian partners on issues of political relevance;",
    "Performs other related duties as required.",
]

OPENING = ("This position is located in the Damascus office of the Office of the Special Envoy of the Secretary-General "
           "for Syria (OSES). The Political Affairs Officer reports to the Head of Office in Damascus and works closely "
           "with the political team in Geneva. The incumbent will be expected to travel within the country, subject to "
           "security clearance.")
WORKING = ("English and French are the working languages of the United Nations Secretariat. "
           + LANG_REQ + " " + LANG_DES)
ASSESS = ("Evaluation of qualified candidates may include a written assessment, tentatively scheduled for the week of "
          "28 July 2043, which may be followed by a competency-based interview.")
SPECIAL = ("This position is funded for an initial period of one year. Extension of the appointment is subject to the "
           "extension of the mandate and the availability of funds. Staff members are expected to move periodically "
           "to new functions in accordance with the Secretariat's mobility framework.")
NOFEE = ("NO FEE: THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, "
         "INTERVIEW MEETING, PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON "
         "APPLICANTS' BANK ACCOUNTS.")


def build():
    comp_html = "\n".join("<p><strong>%s:</strong> %s</p>" % c for c in COMPS)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE}, P4 | United Nations Careers</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; margin: 18mm 16mm; color: #1b1b1b; }}
.topbar {{ font-size: 8.5pt; color: #555; border-bottom: 1px solid #ccc; padding-bottom: 4px; }}
h1 {{ font-size: 17pt; color: #00558c; margin: 12px 0 4px; }}
.crumb {{ font-size: 8.5pt; color: #666; }}
.facts {{ border-collapse: collapse; width: 100%; margin: 10px 0 14px; }}
.facts th {{ text-align: left; width: 34%; background: #eef3f7; font-weight: normal; font-variant: small-caps; padding: 4px 8px; border: 1px solid #d6dee5; }}
.facts td {{ padding: 4px 8px; border: 1px solid #d6dee5; }}
h2 {{ font-size: 11.5pt; color: #00558c; border-bottom: 1px solid #00558c; margin: 16px 0 6px; }}
.nofee {{ font-size: 8pt; color: #444; margin-top: 16px; }}
.print {{ font-size: 8pt; color: #777; text-align: right; }}
</style></head>
<body>
<div class="topbar">United Nations Careers &nbsp;|&nbsp; Job Openings &nbsp;|&nbsp; Printable job opening &nbsp;|&nbsp; English Français</div>
<div class="crumb">Home › Job Openings › Political, Peace and Humanitarian › {TITLE}</div>
<h1>{TITLE}, P4</h1>
<div class="print">Printed from careers.un.org on 13 June 2043</div>
<table class="facts">
<tr><th>Job Title</th><td>POLITICAL AFFAIRS OFFICER</td></tr>
<tr><th>Job Code Title</th><td>POLITICAL AFFAIRS OFFICER</td></tr>
<tr><th>Department/Office</th><td>{ORG}</td></tr>
<tr><th>Duty Station</th><td>{LOC}</td></tr>
<tr><th>Category and Level</th><td>Professional and Higher Categories, {GRADE}</td></tr>
<tr><th>Job Opening Number</th><td>{REF}</td></tr>
<tr><th>Staffing Exercise</th><td>N/A</td></tr>
<tr><th>Date Posted</th><td>Jun 3, 2043</td></tr>
<tr><th>Deadline</th><td>Jul 2, 2043</td></tr>
</table>
<p><em>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</em></p>
<h2>Org. Setting and Reporting</h2>
<p>{OPENING}</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Political Affairs Officer will be responsible for the following duties:</p>
{ul(DUTIES)}
<h2>Competencies</h2>
{comp_html}
<h2>Education</h2>
<p>{EDU}</p>
<h2>Job - Specific Qualification</h2>
<p>Not available.</p>
<h2>Work Experience</h2>
<p>{EXP1}</p>
<p>{EXP2}</p>
<p>{EXP3}</p>
<h2>Languages</h2>
<p>{WORKING}</p>
<h2>Assessment</h2>
<p>{ASSESS}</p>
<h2>Special Notice</h2>
<p>{SPECIAL}</p>
<h2>United Nations Considerations</h2>
<p>According to article 101, paragraph 3, of the Charter of the United Nations, the paramount consideration in the employment of the staff is the necessity of securing the highest standards of efficiency, competence, and integrity. Candidates will not be considered for employment if they have committed violations of international human rights law or international humanitarian law.</p>
<p>Individual contractors and consultants who have worked within the UN Secretariat in the last six months are not eligible to apply for this position.</p>
<p class="nofee">{NOFEE}</p>
</body></html>
"""
    hname = KEY + "-jo.html"
    write(hname, html, KEY)
    chromium(hname, KEY)

    duties_txt = "\n".join("  - " + d for d in DUTIES)
    comps_txt = "\n\n".join("%s: %s" % c for c in COMPS)
    mail = f"""From: Rasha Haddad <r.haddad@example.org>
Sent: Thursday, June 5, 2043 4:17 PM
To: OSES-Damascus-All <oses-damascus-all@example.org>; Nadim Sarraf <n.sarraf@example.org>
Cc: Liesbeth Vermaat <l.vermaat@example.org>
Subject: FW: Job opening - Political Affairs Officer, P-4, Damascus (closes 2 July)

Dear colleagues,

Please see below the job opening for the Political Affairs Officer post in our Damascus office, which went live
on Tuesday. Do circulate it in your networks, in particular among women candidates with field experience. Note
that applications are only accepted through the careers portal; please do not send CVs to this address.

We will hold a short Q&A for interested colleagues on Monday 16 June at 11:00 in the small meeting room. That
meeting is informational only.

Best,
Rasha

Rasha Haddad | Administrative Officer
Office of the Special Envoy of the Secretary-General for Syria | Damascus
This message is intended for the addressees only.

-----Original Message-----
From: careers-notifications@example.org
Sent: Tuesday, June 3, 2043 9:02 AM
Subject: Job opening posted: {REF}

Job Opening Number:   {REF}
Job Title:            {TITLE}
Department/Office:    {ORG}
Duty Station:         {LOC}
Category and Level:   Professional and Higher Categories, {GRADE}
Posting Period:       3 June 2043 - 2 July 2043

ORG. SETTING AND REPORTING
{OPENING}

RESPONSIBILITIES
Within delegated authority, the Political Affairs Officer will be responsible for the following duties:
{duties_txt}

COMPETENCIES
{comps_txt}

EDUCATION
{EDU}

WORK EXPERIENCE
{EXP1} {EXP2} {EXP3}

LANGUAGES
{WORKING}

ASSESSMENT
{ASSESS}

SPECIAL NOTICE
{SPECIAL}

{NOFEE}

You are receiving this notification because you subscribed to job alerts for the Political, Peace and
Humanitarian job network. To unsubscribe, update your alert settings.
"""
    write(KEY + "-outlook-fwd.txt", mail, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, None, "2043-07-02", None, GRADE,
             ([EDU, EXP1, EXP2, LANG_REQ], [EXP3, LANG_DES]), COMPS)
