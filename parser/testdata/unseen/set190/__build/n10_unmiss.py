from common import *
REF = "UNMISS/NVA/2033/058"
KEY = "unmiss-nva-2033-058"
TITLE = "Associate Civil Affairs Officer"
ORG = "United Nations Mission in the Republic of South Sudan"
LOC = "Bor"
GRADE = "NO-A"
ESS = [
 "A first-level university degree in political science, social sciences, law or a related field is required.",
 "A minimum of one year of professional experience in community engagement, local governance or conflict management is required.",
 "Fluency in English is required.",
]
DES = [
 "Experience working with communities affected by conflict in South Sudan is desirable.",
 "Knowledge of Arabic or of a local language of Jonglei State is desirable.",
]
COMP = [
 ("Professionalism", "Knows the social and political dynamics of Jonglei; shows persistence when faced with difficult problems; is conscientious in meeting commitments."),
 ("Communication", "Listens to community leaders, speaks and writes clearly and keeps the team informed."),
 ("Teamwork", "Works with colleagues from military, police and civilian sections to achieve the Mission's goals."),
]
DUT = [
 "Maintain contacts with county authorities, traditional leaders, women's and youth groups in the area of responsibility;",
 "Monitor local conflicts, prepare early warning reports and propose actions to the Head of Field Office;",
 "Organize dialogue forums and follow up on the agreements reached;",
 "Accompany integrated patrols and record the concerns of communities;",
 "Prepare weekly reports and contribute to the Field Office's monthly analysis.",
]
expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {}, "2033-08-29", None, GRADE,
         {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})
nl = "\n"
body = f"""NATIONAL VACANCY ANNOUNCEMENT

Vacancy Announcement No.:   {REF}
Post Title:                 {TITLE}
Grade:                      {GRADE}
Section/Unit:               Civil Affairs Division
Duty Station:               {LOC}
Type of Appointment:        Fixed-term, one year
Date of Issuance:           1 August 2033
Closing Date:               29 August 2033

THIS POSITION IS OPEN TO NATIONALS OF SOUTH SUDAN ONLY

ORGANIZATIONAL SETTING AND REPORTING
This position is located in the Civil Affairs Division of the {ORG} (UNMISS), Field Office Bor. The incumbent reports to the Civil Affairs Officer in charge of the Field Office team.

RESPONSIBILITIES
Within delegated authority, the Associate Civil Affairs Officer will:
{nl.join("- " + d for d in DUT)}

COMPETENCIES
{nl.join(f"{n}: {d}" for n, d in COMP)}

EDUCATION
{ESS[0]}

WORK EXPERIENCE
{ESS[1]} {DES[0]}

LANGUAGES
English is the working language of the Mission. {ESS[2]} {DES[1]}

ASSESSMENT
Candidates may be asked to take a written test in Juba or Bor in September 2033, followed by an interview.

SALARY
The salary is that of the UN scale for national staff in South Sudan at the NO-A level; details are given at the offer stage.

HOW TO APPLY
Submit a signed Personal History Profile (P11) and copies of certificates to the Human Resources Office, UNMISS Tomping compound, or by e-mail to unmiss-nva@un.example, quoting the Vacancy Announcement number in the subject line. Applications received after the closing date will not be considered. Female candidates are strongly encouraged to apply.

NO FEE: THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.
"""
mail = f"""From: UNMISS Broadcast <unmiss-broadcast@un.example>
Sent: Friday, August 1, 2033 3:27 PM
To: UNMISS-All Staff
Subject: BROADCAST: {REF} - {TITLE} ({GRADE}), Bor

Dear colleagues,

Please find below a national vacancy announcement. Kindly share it with qualified South Sudanese candidates in your networks. Staff members of the Mission who wish to apply should inform their supervisors.

Regards,
Human Resources Section
UNMISS

{body}
--
This broadcast was sent to all UNMISS staff on behalf of the Human Resources Section. Do not reply to this address.
"""
out(KEY + "-broadcast.txt", mail, KEY)
board = f"""South Sudan NGO & UN Jobs Board
Home | Jobs | Tenders | Trainings | Post a vacancy | Log in

{TITLE} ({GRADE}) – UNMISS – Bor
Posted by: HR Focal Point · 2 August 2033 · 214 views
Category: Peace building / Governance
Location: Jonglei
Deadline: 29 Aug 2033

{body}
Tags: UNMISS, Bor, national officer, civil affairs

Related jobs
  Field Assistant – Bor – Deadline 20 Aug 2033
  Protection Monitor – Akobo – Deadline 3 Sep 2033

Report this job · Share on WhatsApp · Share on Facebook
"""
out(KEY + "-jobsboard.txt", board, KEY)
