from common import *

REF = "28417"
KEY = "28417"
TITLE = "Programme Specialist (Women's Economic Empowerment and Public Finance)"
ORG = "UN Women"
LOC = "Tirana, Albania"
GRADE = "NOC"
SCHED = "Full time"
INFO = [("Job Identification", REF), ("Locations", LOC), ("Posting Date", "05/19/2039, 09:00 AM"),
        ("Apply Before", "06/09/2039, 11:59 PM"), ("Job Schedule", SCHED), ("Agency", ORG), ("Grade", GRADE),
        ("Vacancy Type", "Fixed Term"), ("Practice Area", "Gender Equality"), ("Bureau", "Europe and Central Asia"),
        ("Contract Duration", "1 Year with Possibility for extension"),
        ("Education & Work Experience", "Master's Degree - 5 year(s) experience OR Bachelor's Degree - 7 year(s) experience"),
        ("Required Languages", "English, Albanian"), ("Vacancy Timeline", "3 Weeks"), ("Mobility required", "No")]
BACK = ("UN Women, grounded in the vision of equality enshrined in the Charter of the United Nations, works for the "
        "elimination of discrimination against women and girls. In Albania, the Country Office supports the "
        "Ministry of Finance and municipalities to plan and budget for gender equality, and works with banks and "
        "business associations to widen women's access to finance. The Programme Specialist reports to the Country "
        "Representative and manages a team of three.")
DUTIES = ["Design and manage the women's economic empowerment portfolio, including its results framework and budget;",
          "Provide technical advice to the Ministry of Finance on gender-responsive public finance and medium-term budget programmes;",
          "Build partnerships with development banks, the private sector and women's business networks;",
          "Oversee monitoring, reporting and knowledge products, and contribute to resource mobilization;",
          "Manage and coach programme staff and consultants."]
CORE = ["Awareness and Sensitivity Regarding Gender Issues", "Accountability", "Creative Problem Solving",
        "Effective Communication", "Inclusive Collaboration", "Stakeholder Engagement", "Leading by Example"]
ESS = ["Master's degree or equivalent in economics, public finance, gender studies, development studies or a related field is required. A first-level university degree in combination with two additional years of qualifying experience may be accepted in lieu of the advanced university degree.",
       "At least five years of progressively responsible experience in programme management in public finance, economic development or gender equality is required.",
       "Experience in advising national governments on budgeting or fiscal policy is required.",
       "Fluency in English and Albanian is required."]
DES = ["Experience working with the United Nations or an international financial institution is desirable.",
       "Experience with women's entrepreneurship or financial inclusion programmes is desirable.",
       "Knowledge of another UN official language is an asset."]


def page():
    dl = "\n".join('<div class="pair"><dt>%s</dt><dd>%s</dd></div>' % (esc(a), esc(b)) for a, b in INFO)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} - Careers</title></head>
<body>
<div id="cookie">This site uses cookies. <a href="#">Cookie settings</a> <button>Accept</button></div>
<a class="skip" href="#main">Skip to main content</a>
<header><span class="brand">UN Women Careers</span> <nav>Jobs | Talent community | Sign In</nav></header>
<main id="main">
<a href="#">‹ Back to Jobs</a>
<h1>{esc(TITLE)}</h1>
<div class="chips"><span>{esc(LOC)}</span> <span>Posting Date 05/19/2039</span></div>
<div class="actions"><button>Apply Now</button> <button>Share</button> <button>Save</button></div>
<section><h2>Job Info</h2>
<dl>
{dl}
</dl></section>
<section><h2>Job Description</h2>
<h3>Background</h3>
<p>{esc(BACK)}</p>
<h3>Duties and Responsibilities</h3>
{ul(DUTIES)}
<h3>Competencies</h3>
<p><b>Core Values:</b> Integrity; Professionalism; Respect for Diversity.</p>
<p><b>Core Competencies:</b></p>
{ul(CORE)}
<p>Please visit the UN Women values and competencies framework for details.</p>
<h3>Required Skills and Experience</h3>
<p><b>Education and Certification:</b></p>
{ul(ESS[:1])}
<p><b>Experience:</b></p>
{ul(ESS[1:3] + DES[:2])}
<p><b>Languages:</b></p>
{ul([ESS[3], DES[2]])}
<h3>Statements</h3>
<p>In July 2010, the General Assembly created UN Women. UN Women has a zero-tolerance policy on conduct that is incompatible with its aims and objectives. All selected candidates will undergo rigorous reference and background checks.</p>
</section>
<aside><h2>Similar Jobs</h2><ul>
<li>Programme Analyst (Ending Violence against Women) · Skopje, North Macedonia · Posted 05/12/2039</li>
<li>Finance Associate · Pristina · Posted 05/02/2039</li></ul></aside>
</main>
<footer>Powered by Oracle Recruiting Cloud · Privacy · Terms of use</footer>
</body></html>
"""


def browser():
    L = ["This site uses cookies. Cookie settings Accept", "Skip to main content", "UN Women Careers",
         "Jobs", "Talent community", "Sign In", "‹ Back to Jobs", TITLE, LOC, "Posting Date 05/19/2039",
         "Apply Now", "Share", "Save", "Job Info"]
    for a, b in INFO:
        L += [a, b]
    L += ["Job Description", "Background", BACK, "Duties and Responsibilities"] + DUTIES + [
          "Competencies", "Core Values: Integrity; Professionalism; Respect for Diversity.", "Core Competencies:"] + CORE + [
          "Please visit the UN Women values and competencies framework for details.",
          "Required Skills and Experience", "Education and Certification:"] + ESS[:1] + ["Experience:"] + ESS[1:3] + DES[:2] + [
          "Languages:", ESS[3], DES[2],
          "Statements", "In July 2010, the General Assembly created UN Women. UN Women has a zero-tolerance policy on conduct that is incompatible with its aims and objectives.",
          "Similar Jobs", "Programme Analyst (Ending Violence against Women)", "Skopje, North Macedonia", "Posted 05/12/2039",
          "Finance Associate", "Pristina", "Posted 05/02/2039", "Powered by Oracle Recruiting Cloud", "Privacy", "Terms of use"]
    return "\n".join(L) + "\n"


def build():
    write(KEY + "-oracle.html", page(), REF)
    write(KEY + "-oracle-browser.txt", browser(), REF)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2039-06-09", grade=GRADE,
             schedule={"en": SCHED}, req={"en": (ESS, DES)}, comp={"en": [(c, "") for c in CORE]})
