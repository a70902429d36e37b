from common import *
REF = "JR-1182"; KEY = "jr-1182"
T = "Senior Pension Plan Analyst"; O = "Financial Services Regulatory Authority of Ontario"; LOC = "Toronto, ON"
SCH = "36.25 hours per week, Monday to Friday (hybrid: three days in office)"
ESS = ["A university degree in actuarial science, finance, economics or a related discipline, or equivalent experience",
  "At least five years of experience reviewing or administering registered pension plans",
  "Working knowledge of the Pension Benefits Act (Ontario) and its regulations",
  "Strong analytical skills, including the ability to read actuarial valuation reports and financial statements",
  "Clear and concise writing for senior management and external stakeholders"]
DES = ["Completion of the Pension Plan Administration Program or a CEBS designation",
  "Experience with multi-employer or jointly sponsored pension plans",
  "Bilingualism (English and French)"]
DUTIES = ["Review plan amendments, wind-up reports and asset transfer applications and recommend decisions",
  "Analyse funding and solvency positions and flag plans that need supervisory attention",
  "Draft letters, decision memos and briefing notes for the Executive Director",
  "Mentor two junior analysts and review their files before sign-off"]
def build():
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T} - FSRA Careers</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} header{{background:#00365f;color:#fff;padding:8px 20px}}
.wrap{{display:flex}} .side{{width:260px;padding:16px;background:#f3f5f7}} .main{{padding:16px 28px;max-width:760px}}
.lbl{{font-size:11px;text-transform:lowercase;color:#5f6b77;margin-top:10px}} .val{{font-size:14px}}
button{{background:#0875e1;color:#fff;border:0;padding:8px 22px;border-radius:16px}}</style></head><body>
<header><span>FSRA | ARSF</span> &nbsp; <a href="#">Search for Jobs</a> &nbsp; <a href="#">Sign In</a></header>
<div class="wrap">
<div class="side" data-automation-id="jobPostingHeader">
<h2 data-automation-id="jobPostingHeader">{T}</h2>
<button>Apply</button>
<div class="lbl">locations</div><div class="val">{LOC}</div>
<div class="lbl">time type</div><div class="val">Full time</div>
<div class="lbl">posted on</div><div class="val">Posted 12 Days Ago</div>
<div class="lbl">time left to apply</div><div class="val">End Date: December 7, 2038 (18 days left to apply)</div>
<div class="lbl">job requisition id</div><div class="val">{REF}</div>
</div>
<div class="main" data-automation-id="jobPostingDescription">
<p><b>Position:</b> {T}<br><b>Division:</b> Pensions – Plan Supervision<br><b>Location:</b> {LOC}<br>
<b>Job Type:</b> Permanent, Full-Time<br><b>Hours of Work:</b> {SCH}<br>
<b>Salary Range:</b> $96,540 - $120,680 per annum<br><b>Deadline to apply:</b> December 7, 2038</p>
<p><b>About FSRA</b></p>
<p>The {O} (FSRA) is the regulator of pension plans, credit unions, insurance and mortgage brokering in Ontario. Our teams look after the savings and retirement income of millions of people in the province.</p>
<p><b>What you will do</b></p>
{ul(DUTIES)}
<p><b>What you will bring</b></p>
{ul(ESS)}
<p><b>Nice to have</b></p>
{ul(DES)}
<p><b>What we offer</b></p>
<p>A defined benefit pension, a $750 annual wellness account and a learning allowance. Interviews are expected to take place in the second week of January 2039.</p>
<p>FSRA is an equal opportunity employer. Accommodation is available on request at every stage of the recruitment process.</p>
</div></div>
<footer><p>© 2038 Workday, Inc. All rights reserved. · Privacy · Cookie Settings</p>
<p>Similar Jobs: Credit Union Examiner (Toronto, ON) · Posted 3 Days Ago — Actuarial Analyst (Toronto, ON) · Posted 30+ Days Ago</p></footer>
</body></html>
"""
    w(f"{KEY}-workday.html", html, KEY)
    md = f"""[Skip to main content](#main)

FSRA | ARSF · [Careers home](#) · [Search for Jobs](#)

# {T}

[Apply](#) [Save](#)

- **locations:** {LOC}
- **time type:** Full time
- **posted on:** Posted 13 Days Ago
- **time left to apply:** End Date: December 7, 2038 (17 days left to apply)
- **job requisition id:** {REF}

---

**Position:** {T}\\
**Division:** Pensions – Plan Supervision\\
**Location:** {LOC}\\
**Job Type:** Permanent, Full-Time\\
**Hours of Work:** {SCH}\\
**Salary Range:** $96,540 - $120,680 per annum\\
**Deadline to apply:** December 7, 2038

**About FSRA**

The {O} (FSRA) is the regulator of pension plans, credit unions, insurance and mortgage brokering in Ontario. Our teams look after the savings and retirement income of millions of people in the province.

**What you will do**

""" + "".join(f"* {d}\n" for d in DUTIES) + """
**What you will bring**

""" + "".join(f"* {d}\n" for d in ESS) + """
**Nice to have**

""" + "".join(f"* {d}\n" for d in DES) + """
**What we offer**

A defined benefit pension, a $750 annual wellness account and a learning allowance. Interviews are expected to take place in the second week of January 2039.

FSRA is an equal opportunity employer. Accommodation is available on request at every stage of the recruitment process.

### Similar Jobs

| Job | Location | Posted |
|---|---|---|
| Credit Union Examiner | Toronto, ON | Posted 4 Days Ago |
| Actuarial Analyst | Toronto, ON | Posted 30+ Days Ago |

© 2038 Workday, Inc. All rights reserved.
"""
    w(f"{KEY}-workday-clip.md", md, KEY)
    exp(KEY, ["en"], {"en": T}, {"en": O}, {"en": LOC}, {"en": SCH}, "2038-12-07",
        sal(96540, 120680, "CAD", "year"), None, None, {"en": {"essential": ESS, "desirable": DES}}, {"en": []}, REF)
