"""UNSMIL D-1 post: careers.un.org browser copy (label line / value line) and a Devex copy."""
from common import w, expected

REF = "36-Political Affairs-UNSMIL-335690-D-Tripoli (M)"
KEY = "36-political-affairs-unsmil-335690-d-tripoli-m"
TITLE = "Principal Political Affairs Officer"
ORG = "United Nations Support Mission in Libya"
LOC = "TRIPOLI"
GRADE = "D-1"
EDU = ("An advanced university degree (Master's degree or equivalent) in political science, international relations, "
       "law, economics or a related field is required. A first-level university degree in combination with two "
       "additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP1 = ("A minimum of fifteen years of progressively responsible experience in political affairs, conflict "
        "resolution, international relations or a related area, including at least five years at the senior level, "
        "is required.")
EXP2 = ("Experience in a United Nations peace operation or special political mission in the Middle East or North "
        "Africa is desirable.")
LAN1 = "For this position, fluency in English is required."
LAN2 = "Knowledge of Arabic is desirable."
COMPS = [
    ("Professionalism", "Has deep knowledge of Libyan political dynamics and of mediation practice; gives "
     "well-founded advice under time pressure and protects confidential information."),
    ("Leadership", "Sets a clear direction for the Political Affairs Division, anticipates risks and builds "
     "coalitions with national and international partners."),
    ("Judgement/Decision-making", "Weighs political options against their consequences, consults the right people "
     "and takes timely decisions that are consistent with the mandate."),
]
ORGSET = ("This position is located in the Political Affairs Division of the United Nations Support Mission in "
          "Libya (UNSMIL) in Tripoli. The Principal Political Affairs Officer heads the Division and reports to the "
          "Deputy Special Representative of the Secretary-General (Political).")
DUTIES = [
    "Leads the Division's analysis of the political process and advises senior leadership on strategy and options;",
    "Oversees the preparation of reports of the Secretary-General and briefings to the Security Council;",
    "Supports the good offices of the Special Representative, including the preparation of mediation sessions;",
    "Manages the Division's staff and budget and coordinates with the regional offices in Benghazi and Sebha;",
    "Maintains contacts with national stakeholders, Member States and regional organizations.",
]


def browser():
    pairs = [("Job Title", "PRINCIPAL POLITICAL AFFAIRS OFFICER, D1"), ("Job Code Title",
             "PRINCIPAL POLITICAL AFFAIRS OFFICER"), ("Department/Office", ORG), ("Duty Station", LOC),
             ("Category and Level", "Director and Higher Categories, " + GRADE), ("Job Network", "Political, Peace and Humanitarian"),
             ("Job Family", "Political Affairs"), ("Job Opening", "335690"), ("Job Opening Number", REF),
             ("Staffing Exercise", "N/A"), ("Date Posted", "May 29, 2036"), ("Deadline", "Jul 28, 2036")]
    L = ["We use cookies on this website. By continuing you agree to our cookie policy. Accept", "",
         "Careers", "Home  Job Search  Internships  Sign In  Français", "",
         "Home / Job Search / Job Opening", "",
         TITLE + ", D1", "", "Apply   Save   Share   Print", ""]
    for k, v in pairs:
        L += [k.upper(), v, ""]
    L += ["UNITED NATIONS CORE VALUES: INTEGRITY, PROFESSIONALISM, RESPECT FOR DIVERSITY", "",
          "Org. Setting and Reporting", ORGSET, "", "Responsibilities",
          "Within delegated authority, the Principal Political Affairs Officer will be responsible for the following "
          "duties:"]
    L += DUTIES
    L += ["", "Competencies"] + [f"{n}: {d}" for n, d in COMPS]
    L += ["", "Education", EDU, "", "Job - Specific Qualification", "Not available.", "", "Work Experience",
          EXP1, EXP2, "", "Languages",
          "English and French are the working languages of the United Nations Secretariat. " + LAN1 + " " + LAN2, "",
          "Assessment", "Evaluation of qualified candidates may include a substantive assessment in August 2036, "
          "followed by a competency-based interview.", "",
          "Special Notice", "This is a non-family duty station. Appointment is limited to the mission.", "",
          "No Fee", "THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.", "",
          "SIMILAR JOBS", "Senior Political Affairs Officer, P5 - Tripoli - Deadline Jul 02, 2036",
          "Political Affairs Officer, P4 - Benghazi - Deadline Jun 30, 2036", "",
          "Terms of Use  Privacy Notice  Fraud Alert  Contact Us", ""]
    return "\n".join(L)


def devex():
    L = ["Devex", "News  Jobs  Funding  Events  Talent  Sign in  Join", "",
         "Jobs > Search results > " + TITLE, "",
         TITLE,
         "United Nations Support Mission in Libya (UNSMIL)",
         "Tripoli, Libya",
         "Apply by Jul 28, 2036",
         "Posted on May 30, 2036", "",
         "Save  Share  Apply on the organization's website", "",
         "Job Description", "",
         "Posting Title: PRINCIPAL POLITICAL AFFAIRS OFFICER, D1",
         "Department/Office: " + ORG,
         "Duty Station: " + LOC,
         "Category and Level: Director and Higher Categories, " + GRADE,
         "Posting Period: 29 May 2036 - 28 July 2036",
         "Job Opening Number: " + REF, "",
         "Org. Setting and Reporting", ORGSET, "",
         "Responsibilities"]
    L += ["• " + d for d in DUTIES]
    L += ["", "Competencies"] + [f"• {n}: {d}" for n, d in COMPS]
    L += ["", "Education", EDU, "", "Work Experience", EXP1 + " " + EXP2, "", "Languages",
          "English and French are the working languages of the United Nations Secretariat. " + LAN1 + " " + LAN2, "",
          "Assessment", "A substantive assessment is planned for August 2036.", "",
          "Organization type: Multilateral", "Job type: Full time", "Experience level: 15+ years",
          "Sectors: Conflict & Peacebuilding, Democracy & Governance", "",
          "Related jobs", "Head of Office, D1 - UNSOM - Mogadishu - Apply by Jul 15, 2036",
          "Senior Mediation Adviser - Nairobi - Apply by Jul 09, 2036", "",
          "Devex is not responsible for the content of external job postings.", ""]
    return "\n".join(L)


def build():
    w(KEY + "-uncareers-browser.txt", browser(), KEY)
    w(KEY + "-devex.txt", devex(), KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, deadline="2036-07-28", grade=GRADE,
             requirements={"en": ([EDU, EXP1, LAN1], [EXP2, LAN2])}, competencies={"en": COMPS})
