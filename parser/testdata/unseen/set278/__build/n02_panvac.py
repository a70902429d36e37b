# AU-PANVAC (African Union Pan African Veterinary Vaccine Centre), Bishoftu — English only
# renderings: AU careers portal page (HTML) and an Ethiopian job-board copy (glued chips)
from common import *

KEY = "4683"
T = "Vaccine Quality Control Officer"
O = "African Union Pan African Veterinary Vaccine Centre"
L = "Bishoftu, Ethiopia"
ESS = [
    "Master's degree in Veterinary Medicine, Microbiology, Immunology, Biotechnology or a related field, with at least seven (7) years of relevant work experience, of which three (3) years in vaccine quality control.",
    "OR a Bachelor's degree in one of the above fields with ten (10) years of relevant work experience, of which five (5) years in vaccine quality control.",
    "Hands-on experience with potency, sterility and identity testing of veterinary vaccines.",
    "Sound knowledge of ISO/IEC 17025 and of the WOAH Manual of Diagnostic Tests and Vaccines.",
    "Proficiency in one of the AU working languages; fluency in another AU language is an added advantage.",
]
DES = [
    "Experience in the evaluation of laboratory quality systems in Member States.",
    "Training in biorisk management or in statistical analysis of bioassays.",
]
COMP = [c(n) for n in [
    "Strategic Insight", "Developing Others", "Change Management", "Managing Risk",
    "Building Relationships", "Foster Accountability Culture", "Learning Orientation", "Communicating with Impact",
    "Conceptual Thinking", "Job Knowledge Sharing", "Drive for Results", "Fosters Innovation"]]
EXP = exp(KEY, ["en"], {"en": T}, {"en": O}, {"en": L}, {"en": None}, "2040-12-05",
          sal(amount=41382, cur="USD", period="year"), grade="P3",
          req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": COMP})
HEAD = [("Requisition ID", KEY), ("Location", L), ("Organization", O + " (AU-PANVAC)"),
        ("Reports to", "Head, Quality Control and Certification Unit"), ("Directorate/Department/Organ", "AU-PANVAC"),
        ("Division", "Quality Control and Certification"), ("Number of Direct Reports", "2"),
        ("Number of Indirect Reports", "4"), ("Job Grade", "P3"), ("Contract Type", "Regular")]
PURPOSE = ("To carry out and supervise the independent quality control of veterinary vaccines submitted to AU-PANVAC "
           "by manufacturers and Member States, and to issue reliable test results that support vaccine certification "
           "across the continent.")
MAIN = ["Plans and conducts quality control tests on veterinary vaccine batches submitted for certification.",
        "Supervises laboratory technicians and reviews their test records.",
        "Drafts test reports and certificates of analysis for approval by the Head of Unit.",
        "Contributes to the maintenance of the Centre's ISO/IEC 17025 accreditation."]
SPEC = ["Prepares standard operating procedures for new test methods and validates them.",
        "Manages reference strains, reference sera and working seed materials.",
        "Organises proficiency testing rounds for national vaccine laboratories.",
        "Provides technical support and training to vaccine producers in Member States.",
        "Performs any other related duties as may be assigned by the supervisor."]
GROUPS = [("Leadership Competencies", COMP[0:4]), ("Core Competencies", COMP[4:8]),
          ("Functional Competencies", COMP[8:12])]
TENURE = ("The appointment will be made on a regular term contract for a period of three (3) years, of which the first "
          "twelve months shall be a probation period. Renewal is subject to satisfactory performance.")
REMU = ("Indicative basic salary of US$ 41,382.00 (P3 Step 1) per annum plus other related entitlements, e.g. post "
        "adjustment (38% of basic salary), housing allowance US$ 20,214.72 per annum, and education allowance (100% of "
        "tuition and other education-related expenses for every eligible dependent up to a maximum of US$ 10,000.00 per "
        "child per annum), for internationally recruited staff.")
APPLY = ("Applications must be made through the AU e-recruitment portal not later than 5 December 2040, 23:59 EAT. "
         "Only candidates who meet the requirements will be contacted; a written test may be held in the week of "
         "21 January 2041.")


def portal():
    h = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>" + esc(T) + " (AU-PANVAC) | Careers</title>",
         "<style>body{font-family:Arial,sans-serif;margin:0}header{background:#0f5132;color:#fff;padding:8px 20px}"
         ".cookie{background:#222;color:#eee;padding:6px 20px;font-size:12px}main{padding:10px 30px;max-width:860px}"
         ".meta span{display:block}</style></head><body>",
         "<div class='cookie'>We use cookies to improve your experience. <a href='#'>Accept</a> <a href='#'>Settings</a></div>",
         "<header><a href='#' style='color:#fff'>African Union Careers</a> &nbsp; <nav style='display:inline'>"
         "<a href='#' style='color:#fff'>Search Jobs</a> · <a href='#' style='color:#fff'>Join Talent Community</a> · "
         "<a href='#' style='color:#fff'>Sign In</a> · <a href='#' style='color:#fff'>Language: English ▾</a></nav></header>",
         "<main><p><a href='#'>« Back to search results</a> &nbsp; <a href='#'>Previous job</a> | <a href='#'>Next job</a></p>",
         f"<h1>{esc(T)} (AU-PANVAC)</h1>",
         "<p class='meta'><span><b>Date:</b> 4 Nov 2040</span><span><b>Location:</b> Bishoftu, ET</span>"
         "<span><b>Company:</b> African Union Commission</span></p>",
         "<p><a href='#'>Apply now »</a> &nbsp; <a href='#'>Share</a></p><p>"]
    h += [f"<b>{esc(k)}:</b> {esc(v)}<br>" for k, v in HEAD]
    h.append("</p><h3>AU Values</h3><ul>" + "".join(f"<li>{x}</li>" for x in [
        "Respect for Diversity and Teamwork", "Think Africa Above All", "Transparency and Accountability",
        "Integrity and Impartiality", "Efficiency and Professionalism", "Information and Knowledge Sharing"]) + "</ul>")
    h.append(f"<h3>Purpose of Job</h3><ul><li>{esc(PURPOSE)}</li></ul><h3>Main Functions</h3><ul>")
    h += [f"<li>{esc(x)}</li>" for x in MAIN]
    h.append("</ul><h3>Specific Responsibilities</h3><ul>")
    h += [f"<li>{esc(x)}</li>" for x in SPEC]
    h.append("</ul><h3>Academic Requirements and Relevant Experience</h3><ul>")
    h += [f"<li>{esc(x)}</li>" for x in ESS[:2]]
    h.append("</ul><h3>Required Skills</h3><ul>")
    h += [f"<li>{esc(x)}</li>" for x in ESS[2:]]
    h.append("</ul><h3>Added Advantage</h3><ul>")
    h += [f"<li>{esc(x)}</li>" for x in DES]
    h.append("</ul>")
    for g, cs in GROUPS:
        h.append(f"<h3>{g}</h3><ul>" + "".join(f"<li>{esc(x['name'])}</li>" for x in cs) + "</ul>")
    h.append(f"<h3>Tenure of Appointment</h3><p>{esc(TENURE)}</p>")
    h.append("<h3>Gender Mainstreaming</h3><p>The AU Commission is an equal opportunity employer and qualified women are "
             "strongly encouraged to apply.</p>")
    h.append("<h3>Languages</h3><p>Proficiency in one of the AU official languages (Arabic, English, French, Portuguese, "
             "Spanish, Kiswahili) is required.</p>")
    h.append(f"<h3>Remuneration</h3><p>{esc(REMU)}</p><h3>How to Apply</h3><p>{esc(APPLY)}</p>")
    h.append("<h3>Similar Jobs</h3><ul><li>Laboratory Technician (AU-PANVAC) – Bishoftu – closing 28 Nov 2040</li>"
             "<li>Procurement Officer (AU-IBAR) – Nairobi – closing 10 Dec 2040</li></ul>")
    h.append("<footer><p>© 2040 African Union · Privacy · Terms of use · Contact</p></footer></main></body></html>")
    return "\n".join(h)


def board():
    o = ["HabeshaVacancy.et  |  Jobs  Companies  Tenders  Blog  Post a Job  Login",
         "Home > Jobs > Healthcare > " + T, "",
         T,
         "African Union Pan African Veterinary Vaccine Centre (AU-PANVAC)✓ Verified employer",
         "BishoftuFull TimeSenior Level (5+ yrs)Posted: 06 Nov 2040Deadline: Dec 05, 2040Views: 1,204",
         "Save  Share  Report", "",
         "Job Details",
         "Requisition ID: " + KEY + "Job Grade: P3Contract Type: RegularReports to: Head, Quality Control and Certification Unit",
         "Location: " + L, "",
         "Job Description" + PURPOSE, ""]
    o += ["Main Functions"] + ["» " + x for x in MAIN] + [""]
    o += ["Academic Requirements and Relevant Experience"] + ["» " + x for x in ESS[:2]]
    o += ["Required Skills"] + ["» " + x for x in ESS[2:]]
    o += ["Added Advantage"] + ["» " + x for x in DES] + [""]
    for g, cs in GROUPS:
        o.append(g + ": " + ", ".join(x["name"] for x in cs))
    o += ["", "Remuneration", REMU, "", "How to Apply", APPLY, "",
          "Job Category: Healthcare, Research & Laboratory   Tags: vaccine, laboratory, veterinary", "",
          "Related Jobs",
          "Veterinary Epidemiologist – Ministry of Agriculture – Addis Ababa – Deadline: Nov 30, 2040",
          "Lab Quality Manager – private diagnostics company – Adama – Deadline: Dec 12, 2040", "",
          "© 2040 HabeshaVacancy.et · About · Contact · Telegram channel", ""]
    return "\n".join(o)


def build():
    expected(KEY, EXP)
    out(f"{KEY}-au-careers.html", portal(), KEY)
    out(f"{KEY}-habeshavacancy.txt", board(), KEY)
