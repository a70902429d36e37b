"""UN Technology Bank for LDCs (Gebze), P-3, Inspira job opening as copied by Impactpool and by a job-alert newsletter."""
from common import *

KEY = "42-programme-management-un-technology-bank-563120-r-gebze-r"
REF = "42-Programme Management-UN Technology Bank-563120-R-Gebze (R)"
TITLE = "Programme Management Officer (Science, Technology and Innovation Reviews)"
ORG = "United Nations Technology Bank for the Least Developed Countries"
LOC = "GEBZE"
ORGSET = ("This position is located in the programme unit of the United Nations Technology Bank for the Least "
          "Developed Countries in Gebze, Türkiye. The Technology Bank helps the least developed countries to "
          "strengthen their science, technology and innovation capacity. The Programme Management Officer reports "
          "to the Chief of Programmes.")
DUTIES = [
    "Coordinates science, technology and innovation reviews requested by member countries, from scoping missions to validation workshops;",
    "Drafts terms of reference for experts, reviews their analytical chapters and consolidates findings into review reports;",
    "Follows up on the implementation of review recommendations with national focal points and partner agencies;",
    "Prepares project documents, budgets and progress reports for donors;",
    "Organizes expert group meetings and contributes to the Technology Bank's annual report;",
    "Performs other related duties as required.",
]
COMP = [
    ("Professionalism", "Knowledge of innovation policy and of the development challenges of the least developed countries; ability to turn technical analysis into practical recommendations; meets deadlines and takes responsibility for the quality of own work."),
    ("Communication", "Writes clearly and concisely; listens to others and adapts language, tone and format to the audience; shares information openly."),
    ("Teamwork", "Works with colleagues across units and with partners to reach common goals; places team agenda before personal agenda; supports final group decisions."),
]
EDU = ("An advanced university degree (Master's degree or equivalent degree) in science and technology policy, "
       "economics, engineering, development studies or a related field is required. A first-level university degree "
       "in combination with two additional years of qualifying experience may be accepted in lieu of the advanced "
       "university degree.")
EXP1 = ("A minimum of five years of progressively responsible experience in programme management, policy analysis "
        "or technical cooperation in science, technology or innovation is required.")
EXP2 = ("Experience in conducting or coordinating technology needs assessments or innovation policy reviews is desirable.")
EXP3 = "Experience working in or with least developed countries is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG1 = "For this position, fluency in English is required."
LANG2 = "Knowledge of French is desirable."
ASSESS = ("Evaluation of qualified candidates may include a substantive assessment, which will be followed by a "
          "competency-based interview, both expected in late January 2043.")
SPECIAL = ("This position is funded from extrabudgetary resources until 31 December 2044; extension of the "
           "appointment is subject to the availability of funds.")


def render():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2042-12-12", grade="P-3",
             req={"en": ([EDU, EXP1, LANG1], [EXP2, EXP3, LANG2])}, comp={"en": COMP})
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} | Impactpool</title></head>
<body>
<div id="cookies">By continuing to browse this site, you agree to our use of cookies. <a href="#">Read our privacy policy</a></div>
<nav><a href="#">Impactpool</a> <a href="#">Jobs</a> <a href="#">Organizations</a> <a href="#">Career Development</a> <a href="#">Sign up</a> <a href="#">Log in</a></nav>
<main>
<h1>{esc(TITLE)}</h1>
<p>Gebze</p>
<ul>
<li>Organization: UN - United Nations</li>
<li>Location: Gebze</li>
<li>Grade: Mid level - P-3, International Professional - Internationally recruited position</li>
<li>Occupational Groups:<ul><li>Project and Programme Management</li><li>Science and Technology</li></ul></li>
<li>Closing Date: 2042-12-12</li>
</ul>
<p><a href="#">Apply</a> · <a href="#">Save job</a> · <a href="#">Get matched to similar jobs</a></p>
<h2>Org. Setting and Reporting</h2>
<p>{esc(ORGSET)}</p>
<p>Department/Office: {esc(ORG)}<br>Duty Station: {LOC}<br>Posting Period: 13 November 2042 - 12 December 2042<br>Job Opening Number: {esc(REF)}</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Programme Management Officer will be responsible for the following duties:</p>
<p>{'<br>'.join('- ' + esc(d) for d in DUTIES)}</p>
<h2>Competencies</h2>
{''.join(f'<p>{esc(n)}: {esc(d)}</p>' for n, d in COMP)}
<h2>Education</h2>
<p>{esc(EDU)}</p>
<h2>Work Experience</h2>
<p>{esc(EXP1)} {esc(EXP2)} {esc(EXP3)}</p>
<h2>Languages</h2>
<p>{esc(LANG_CTX)} {esc(LANG1)} {esc(LANG2)}</p>
<h2>Assessment</h2>
<p>{esc(ASSESS)}</p>
<h2>Special Notice</h2>
<p>{esc(SPECIAL)}</p>
<h2>United Nations Considerations</h2>
<p>Candidates will be assessed on the basis of the information submitted in their application. The United Nations places no restrictions on the eligibility of men and women to participate in any capacity.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.</p>
<section><h3>This job has been sourced from UN Careers</h3><p>Impactpool is not responsible for the content of the job posting. Always apply on the organization's own site.</p></section>
<section><h3>Similar jobs</h3><ul>
<li>Economic Affairs Officer — UN - United Nations — Geneva — Closing Date: 2042-12-03</li>
<li>Programme Management Officer — UNIDO — Vienna — Closing Date: 2043-01-08</li>
<li>Associate Science Officer — UNESCO — Paris — Closing Date: 2042-12-18</li></ul></section>
</main>
<footer>© Impactpool 2042 · About · Terms · Privacy</footer>
</body></html>
"""
    write(KEY + "-impactpool.html", page, KEY)

    md = f"""# Open Roles Weekly — issue 214

*Hand-picked international jobs, sent every Thursday · 20 November 2042*

[Browse all jobs](https://jobs.example/all) · [Update your preferences](https://jobs.example/prefs)

---

## ⭐ Featured: {TITLE}, P3

**United Nations Technology Bank** · Gebze, Türkiye · closes 12 December 2042

- **Job Opening Number:** {REF}
- **Department/Office:** {ORG}
- **Duty Station:** {LOC}
- **Category and Level:** Professional, P-3
- **Posting Period:** 13 November 2042 - 12 December 2042

> Our take: a rare P-3 outside the big duty stations, and a small team where you will actually run the reviews.

### What you would do

{chr(10).join('* ' + d for d in DUTIES)}

### Competencies

{chr(10).join(f'**{n}:** {d}' + chr(10) for n, d in COMP)}
### Education

{EDU}

### Work experience

{EXP1}

{EXP2}

{EXP3}

### Languages

{LANG_CTX} {LANG1} {LANG2}

### Good to know

{ASSESS} {SPECIAL}

[Read the full job opening](https://careers.example/jobSearchDescription/563120)

---

## More openings this week

| Role | Organisation | Place | Closes |
|---|---|---|---|
| Statistician, P-3 | ESCAP | Bangkok | 28 November 2042 |
| Innovation Analyst, NO-B | UNDP | Dhaka | 4 December 2042 |
| Science Policy Intern | UNU | Tokyo | 15 January 2043 |

*You receive this e-mail because you subscribed to Open Roles Weekly. [Unsubscribe](https://jobs.example/unsub)*
"""
    write(KEY + "-newsletter.md", md, KEY)
