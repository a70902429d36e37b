"""UNFICYP local GS post as two aggregators copy it: UNjobs (text) and Impactpool (HTML)."""
from common import w, expected, esc

REF = "36-Civil Affairs-UNFICYP-335027-J-Nicosia (L)"
KEY = "36-civil-affairs-unficyp-335027-j-nicosia-l"
TITLE = "Civil Affairs Assistant (Bi-communal Liaison)"
ORG = "United Nations Peacekeeping Force in Cyprus"
LOC = "NICOSIA"
GRADE = "G-5"
EDU = "High school diploma or equivalent is required."
EXP1 = ("A minimum of five years of progressively responsible experience in community liaison, civil affairs, "
        "administration or a related area is required.")
EXP2 = ("Experience in a United Nations peacekeeping operation or in a bi-communal initiative in Cyprus is "
        "desirable.")
LAN1 = "Fluency in English and in either Greek or Turkish is required."
LAN2 = "Working knowledge of the other local language is desirable."
COMPS = [
    ("Professionalism", "Knows the communities, authorities and civil society actors of the buffer zone; works "
     "accurately and calmly; remains impartial in sensitive exchanges between the two sides."),
    ("Communication", "Speaks and writes clearly; interprets faithfully during meetings; checks that messages "
     "have been understood by all parties."),
    ("Client Orientation", "Builds trust with farmers, municipal officials and other users of the buffer zone; "
     "follows up on their requests and keeps them informed."),
]
ORGSET = ("This position is located in the Civil Affairs Section of the United Nations Peacekeeping Force in Cyprus "
          "(UNFICYP), in Nicosia. The Civil Affairs Assistant reports to the Civil Affairs Officer responsible for "
          "Sector 2 and works with the UNFICYP police and military components.")
DUTIES = [
    "Liaises with community leaders, mukhtars and municipal offices on civilian activities in the buffer zone;",
    "Processes requests for farming, construction and access permits and keeps the section's case database current;",
    "Interprets during meetings and translates correspondence between English and Greek or Turkish;",
    "Drafts meeting notes, weekly updates and talking points for the Civil Affairs Officer;",
    "Supports bi-communal events organized or facilitated by the mission.",
]


def unjobs():
    L = ["UNjobs", "Home | Duty stations | Organizations | Contract types | Sign in", "",
         "Updated: Monday, 16 June 2036 14:05 UTC", "",
         TITLE,
         "UNFICYP - " + ORG,
         "Nicosia",
         "Closing date: Sunday, 13 July 2036",
         "", "Job Opening", "",
         "Posting Title: CIVIL AFFAIRS ASSISTANT (BI-COMMUNAL LIAISON), G5",
         "Job Code Title: CIVIL AFFAIRS ASSISTANT",
         "Department/Office: " + ORG,
         "Duty Station: " + LOC,
         "Category and Level: General Service and related, " + GRADE,
         "Posting Period: 14 June 2036 - 13 July 2036",
         "Job Opening Number: " + REF,
         "Staffing Exercise N/A",
         "United Nations Core Values: Integrity, Professionalism, Respect for Diversity", "",
         "Org. Setting and Reporting", ORGSET, "", "Responsibilities",
         "Within delegated authority, the Civil Affairs Assistant will be responsible for the following duties: "
         + " ".join(DUTIES), "", "Competencies"]
    L += [f"{n}: {d}" for n, d in COMPS]
    L += ["", "Education", EDU, "", "Job - Specific Qualification", "Not available.", "", "Work Experience",
          EXP1 + " " + EXP2, "", "Languages",
          "English and French are the working languages of the United Nations Secretariat. "
          + LAN1 + " " + LAN2 + " Note: \"Fluency\" equals a rating of \"fluent\" in all four areas.",
          "", "Assessment",
          "Evaluation of qualified candidates may include an assessment exercise which may be followed by a "
          "competency-based interview, expected in early August 2036.",
          "", "Special Notice",
          "This position is open to candidates residing in Cyprus. Appointment is subject to the availability of "
          "the post and the mandate of the mission.",
          "", "No Fee",
          "THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.", "",
          "This vacancy is archived once it closes.", "",
          "Similar jobs", "• Administrative Assistant, G5 - UNFICYP - Nicosia - closing 29 June 2036",
          "• Associate Civil Affairs Officer, P2 - UNSMIL - Tripoli - closing 7 July 2036",
          "• Language Assistant, G4 - UNFICYP - Famagusta - closing 2 July 2036", "",
          "UNjobs is not affiliated with the United Nations. © 2036", ""]
    return "\n".join(L)


def impactpool():
    duties = "\n".join(f"<li>{esc(d)}</li>" for d in DUTIES)
    comps = "\n".join(f"<p><strong>{esc(n)}:</strong> {esc(d)}</p>" for n, d in COMPS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} | Impactpool</title></head>
<body>
<div class="cookie-bar">We use cookies to give you the best experience. <a>Accept</a></div>
<nav><a>Jobs</a> <a>Organizations</a> <a>Career Development</a> <a>Log in</a> <a>Sign up</a></nav>
<main>
<h1>{esc(TITLE)}</h1>
<ul class="job-meta">
<li>Organization: UNFICYP - {esc(ORG)}</li>
<li>Location: Nicosia</li>
<li>Grade: {GRADE} - General Service</li>
<li>Occupational Groups: Civil Society and Local governance, Political Affairs</li>
<li>Closing Date: 2036-07-13</li>
</ul>
<p><a>Apply on the organization's website</a> &middot; <a>Save job</a></p>
<h3>Job Opening</h3>
<p>Job Opening Number: {esc(REF)}<br>
Duty Station: {LOC}<br>
Category and Level: General Service and related, {GRADE}<br>
Posting Period: 14 June 2036 - 13 July 2036<br>
Department/Office: {esc(ORG)}</p>
<h3>Org. Setting and Reporting</h3>
<p>{esc(ORGSET)}</p>
<h3>Responsibilities</h3>
<p>Within delegated authority, the Civil Affairs Assistant will be responsible for the following duties:</p>
<ul>
{duties}
</ul>
<h3>Competencies</h3>
{comps}
<h3>Education</h3>
<p>{esc(EDU)}</p>
<h3>Work Experience</h3>
<p>{esc(EXP1)}</p>
<p>{esc(EXP2)}</p>
<h3>Languages</h3>
<p>English and French are the working languages of the United Nations Secretariat.
{esc(LAN1)} {esc(LAN2)}</p>
<h3>Assessment</h3>
<p>Evaluation may include an assessment exercise followed by a competency-based interview, expected in early
August 2036.</p>
<aside><h4>Recommended for you</h4>
<p>Political Affairs Officer, P3 &ndash; OSASG Cyprus &ndash; Closing Date: 2036-07-05</p>
<p>Community Liaison Assistant, G6 &ndash; UNDP Cyprus &ndash; Closing Date: 2036-06-30</p></aside>
</main>
<footer>Impactpool &middot; About &middot; Terms &middot; Privacy</footer>
</body></html>
"""


def build():
    w(KEY + "-unjobs.txt", unjobs(), KEY)
    w(KEY + "-impactpool.html", impactpool(), KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, deadline="2036-07-13", grade=GRADE,
             requirements={"en": ([EDU, EXP1, LAN1], [EXP2, LAN2])}, competencies={"en": COMPS})
