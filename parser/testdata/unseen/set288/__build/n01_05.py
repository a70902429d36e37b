"""Notices 1-5: OAJ (UN Careers), WFP Lesotho (fund/programme), IFAD (specialised agency, D-1),
WorldFish on Workday (portal), Education Cannot Wait on ReliefWeb (aggregator)."""
from common import *


# ---------------------------------------------------------------- 1. OAJ / UN Careers
def n01():
    REF = "41-Legal Affairs-OAJ-531206-R-Nairobi (R)"
    KEY = "41-legal-affairs-oaj-531206-r-nairobi-r"
    TITLE = "Legal Officer (Tribunal Registry)"
    ORG = "Office of Administration of Justice"
    LOC = "NAIROBI"
    E = ["An advanced university degree (Master's degree or equivalent) in law is required. A first-level university "
         "degree in law in combination with two additional years of qualifying experience may be accepted in lieu of "
         "the advanced university degree.",
         "A minimum of five years of progressively responsible experience in law, including litigation, case "
         "management or legal research, is required.",
         "Experience in drafting judicial or quasi-judicial documents, such as orders, case summaries or procedural "
         "notes, is required.",
         "For the position advertised, fluency in English is required."]
    D = ["Experience in an international administrative law or employment dispute setting is desirable.",
         "Knowledge of French is desirable."]
    C = [("Professionalism", "Knowledge of the rules of procedure and case law of the internal justice system; "
          "ability to analyse submissions and identify the legal issues at stake; shows persistence when faced with "
          "difficult problems and remains calm in stressful situations."),
         ("Communication", "Speaks and writes clearly and effectively; listens to others and correctly interprets "
          "messages; tailors language, tone and format to match the audience, including self-represented parties."),
         ("Client Orientation", "Considers all those to whom services are provided to be clients; keeps parties "
          "informed of the progress of their cases; meets timelines for the delivery of registry services.")]
    duties = [
        "Reviews incoming applications, motions and replies for completeness and compliance with the rules of procedure, and opens case files in the e-filing system;",
        "Drafts orders on case management, summaries of the parties' submissions and notes on questions of law for the judges;",
        "Researches the jurisprudence of the Dispute Tribunal and of the Appeals Tribunal and maintains the registry's digest of decisions;",
        "Organizes hearings, including remote hearings, and arranges interpretation, witness attendance and transcripts;",
        "Responds to enquiries from staff members, counsel and the Office of Staff Legal Assistance on procedure;",
        "Performs other related duties as required."]
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2041-10-06", grade="P-3", requirements=req(E, D), competencies=comp(*C))

    core = "Integrity, Professionalism, Respect for Diversity"
    comp_html = "".join(f"<p><b>{esc(n)}:</b> {esc(d)}</p>" for n, d in C)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)}, P3 | UN Careers</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;margin:0;color:#222}}
.top{{background:#009edb;color:#fff;padding:6px 24px;font-size:9pt}}
.top a{{color:#fff;margin-right:12px}}
main{{padding:12px 28px}}
.crumbs{{font-size:8.5pt;color:#555}}
h1{{font-size:17pt;color:#0b3d63;margin:8px 0}}
.actions span{{display:inline-block;border:1px solid #009edb;color:#009edb;padding:2px 10px;margin-right:6px;font-size:9pt}}
table.facts{{border-collapse:collapse;margin:12px 0;width:100%}}
table.facts th{{text-align:left;font-variant:small-caps;color:#555;width:30%;padding:3px 6px;border-bottom:1px solid #ddd;font-weight:normal}}
table.facts td{{padding:3px 6px;border-bottom:1px solid #ddd}}
h2{{font-size:12pt;color:#0b3d63;border-bottom:2px solid #009edb;margin-top:16px}}
footer{{font-size:8pt;color:#666;border-top:1px solid #ccc;margin-top:18px;padding:8px 28px}}
</style></head><body>
<div class="top"><a href="#">Skip to main content</a> <a href="#">English</a><a href="#">Français</a><a href="#">Español</a> | Search jobs | Register | Sign in</div>
<main>
<div class="crumbs">Home › Search Job Openings › Job Detail</div>
<h1>{esc(TITLE)}<span style="white-space:nowrap">, P3</span></h1>
<div class="actions"><span>Apply</span><span>Save</span><span>Share</span><span>Print</span></div>
<table class="facts">
<tr><th>Job Title</th><td>LEGAL OFFICER (TRIBUNAL REGISTRY), P3</td></tr>
<tr><th>Job Code Title</th><td>LEGAL OFFICER</td></tr>
<tr><th>Department/Office</th><td>{esc(ORG)}</td></tr>
<tr><th>Duty Station</th><td>{LOC}</td></tr>
<tr><th>Category and Level</th><td>Professional and Higher Categories, {"P-3"}</td></tr>
<tr><th>Job Opening Number</th><td>{esc(REF)}</td></tr>
<tr><th>Date Posted</th><td>Sep 7, 2041</td></tr>
<tr><th>Deadline</th><td>Oct 6, 2041</td></tr>
<tr><th>Staffing Exercise</th><td>N/A</td></tr>
</table>
<p><i>United Nations Core Values: {core}</i></p>
<h2>Org. Setting and Reporting</h2>
<p>The Office of Administration of Justice is responsible for the overall coordination of the formal system of
administration of justice. The post is located in the Registry of the Dispute Tribunal in Nairobi, which serves the
judges sitting in Nairobi and receives applications from staff serving in Africa and parts of Asia. The Legal
Officer reports to the Registrar of the Nairobi Registry.</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Legal Officer will be responsible for the following duties:</p>
<ul>{"".join(f"<li>{esc(x)}</li>" for x in duties)}</ul>
<h2>Competencies</h2>
{comp_html}
<h2>Education</h2>
<p>{esc(E[0])}</p>
<h2>Job - Specific Qualification</h2>
<p>N/A</p>
<h2>Work Experience</h2>
<p>{esc(E[1])}</p>
<p>{esc(E[2])}</p>
<p>{esc(D[0])}</p>
<h2>Languages</h2>
<p>English and French are the working languages of the United Nations Secretariat. {esc(E[3])} {esc(D[1])}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include an assessment exercise, tentatively scheduled for the week of
20 October 2041, which may be followed by a competency-based interview.</p>
<h2>Special Notice</h2>
<p>This position is temporarily available until 31 December 2042. Extension of the appointment is subject to the
availability of funds and the extension of the mandate.</p>
<h2>United Nations Considerations</h2>
<p>According to Article 101, paragraph 3, of the Charter of the United Nations, the paramount consideration in the
employment of the staff is the necessity of securing the highest standards of efficiency, competence, and
integrity. Candidates will not be considered for employment with the United Nations if they have committed
violations of international human rights law or international humanitarian law.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING,
PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.</p>
</main>
<footer>Copyright · Fraud alert · Privacy notice · Terms of use · Contact us</footer>
</body></html>
"""
    write(f"{KEY}-uncareers.html", html, KEY)
    chromium_pdf(f"{KEY}-uncareers.html", f"{KEY}-uncareers.chromium.pdf", KEY)

    tg = f"""Telegram Desktop chat export
UN & NGO Jobs Kenya 🇰🇪 (channel)

                               8 September 2041

UN & NGO Jobs Kenya
📢 NEW UN VACANCY · International · Nairobi

⚖️ {TITLE}
🏛 {ORG}
📍 Duty station: {LOC}
🎚 Level: P-3
🔢 JO: {REF}
⏳ Deadline: 6 October 2041

Full text below 👇 (copied from careers.un.org, apply there only)
                                                          👁 3.4K  10:14

UN & NGO Jobs Kenya
ORG. SETTING: The post sits in the Registry of the Dispute Tribunal in Nairobi. Reports to the Registrar.

RESPONSIBILITIES
{chr(10).join("▫️ " + x for x in duties[:-1])}

COMPETENCIES
{chr(10).join(f"🔸 {n}: {d}" for n, d in C)}
                                                          👁 3.1K  10:15

UN & NGO Jobs Kenya
EDUCATION
{E[0]}

WORK EXPERIENCE
{E[1]}
{E[2]}
{D[0]}

LANGUAGES
English and French are the working languages of the United Nations Secretariat. {E[3]} {D[1]}

ASSESSMENT: possibly in the week of 20 October 2041, then interview.
Temporary until 31 December 2042.
The UN does not charge any fee. Ignore anyone asking you to pay!
                                                          👁 2.9K  10:15

                               12 September 2041

UN & NGO Jobs Kenya
🔁 Reminder: the Tribunal Registry post (P-3) closes on 6 Oct. Other posts this week: Associate Programme
Officer, UN-Habitat (closes 22 Sep) · Finance Assistant, UNON (closes 30 Sep).
                                                          👁 1.8K  09:02
"""
    write(f"{KEY}-telegram.txt", tg, KEY)


# ---------------------------------------------------------------- 2. WFP Lesotho
def n02():
    REF = "WFP/LSO/VA/2041/07"
    KEY = "wfp-lso-va-2041-07"
    TITLE = "Programme Policy Officer (Social Protection)"
    ORG = "World Food Programme"
    LOC = "Maseru, Lesotho"
    E = ["Advanced university degree in social sciences, economics, development studies or a related field, or a first "
         "university degree with additional years of related work experience.",
         "At least two years of progressively responsible professional experience in social protection, food "
         "security or development programmes.",
         "Fluency (level C) in English and Sesotho."]
    D = ["Has contributed to the design or scale-up of a national social protection programme or registry.",
         "Has worked with government counterparts on shock-responsive cash transfers."]
    C = ["Purpose", "People", "Performance", "Partnership"]
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2041-10-09", grade="NO-B", salary=sal(598240, "LSL", "year"),
             requirements=req(E, D), competencies=comp(*[(c, "") for c in C]))
    duties = [
        "Support the Ministry of Social Development in linking the national household registry with early-warning data so that transfers can be scaled up ahead of a drought.",
        "Contribute to the design of the country office's social protection workplan and monitor its implementation.",
        "Prepare briefs, presentations and donor reports on the results of the shock-responsive pilot in the southern districts.",
        "Coordinate with UNICEF, the World Bank and district councils on targeting, payment and grievance mechanisms.",
        "Organize technical missions and workshops and follow up on their recommendations."]
    md = f"""**WORLD FOOD PROGRAMME**

**LESOTHO COUNTRY OFFICE**

**VACANCY ANNOUNCEMENT – NATIONAL POSITION**

| | |
|---|---|
| Vacancy Announcement No. | {REF} |
| Position Title | {TITLE} |
| Grade | NO-B |
| Type of Contract | Fixed-term, one year (renewable) |
| Duty Station | {LOC} |
| Open to | Nationals of Lesotho only |
| Date of Issue | 25 September 2041 |
| Closing Date | 09 October 2041 |

**ABOUT WFP**

The {ORG} is the largest humanitarian agency fighting hunger worldwide. In Lesotho, WFP supports the Government
in building a social protection system that can respond to recurrent drought and rising food prices.

**JOB PURPOSE**

Under the supervision of the Head of Programme, the incumbent will support the social protection portfolio,
with a focus on making national programmes more responsive to shocks.

**KEY ACCOUNTABILITIES (not all-inclusive)**

{chr(10).join(f"{i}. {d}" for i, d in enumerate(duties, 1))}

**STANDARD MINIMUM QUALIFICATIONS**

*Education:* {E[0]}

*Experience:* {E[1]}

*Language:* {E[2]}

**DESIRED EXPERIENCES FOR ENTRY INTO THE ROLE**

- {D[0]}
- {D[1]}

**WFP LEADERSHIP FRAMEWORK**

WFP leadership values: Integrity, Collaboration, Commitment, Humanity, Inclusion. The competencies assessed for
this role are:

- {C[0]}
- {C[1]}
- {C[2]}
- {C[3]}

**TERMS AND CONDITIONS**

Annual net salary: LSL 598,240 (maloti), plus statutory benefits. Shortlisted candidates will sit a written test
around 16 October 2041.

**HOW TO APPLY**

Applications must be submitted through the WFP careers site by the closing date. Only shortlisted candidates will
be contacted.

*WFP does not charge a fee at any stage of the recruitment process.*
"""
    src(f"{KEY}-va.md", md)
    import subprocess, os
    subprocess.run(["pandoc", os.path.join(SRC, f"{KEY}-va.md"), "-o", os.path.join(SRC, f"{KEY}-va.docx")],
                   check=True)
    libreoffice_pdf(f"{KEY}-va.docx", f"{KEY}-va.libreoffice.pdf", KEY, "writer_pdf_Export")

    li = f"""LinkedIn

Home   My Network   Jobs   Messaging   Notifications   Me ▾   For Business ▾

Feed post

WFP Lesotho
4,912 followers
2d • Edited • 🌐

📣 We are hiring! Join our team in Maseru as {TITLE}.

This is a national position (NO-B), open to nationals of Lesotho only.
🗓 Apply by 09 October 2041 · Ref. {REF}
Organisation: {ORG}
Duty station: {LOC}

What you'll do
→ {duties[0]}
→ {duties[1]}
→ {duties[2]}
→ {duties[3]}

Minimum qualifications
Education: {E[0]}
Experience: {E[1]}
Language: {E[2]}

Desired
✔ {D[0]}
✔ {D[1]}

Leadership framework: {C[0]} · {C[1]} · {C[2]} · {C[3]}

💰 Annual net salary: LSL 598,240.
Written test: around 16 October 2041.

#WFP #Lesotho #SocialProtection #ZeroHunger #Jobs
…see less

👍❤️ 212 · 31 comments · 58 reposts

Like   Comment   Repost   Send

Most relevant ▾
Palesa M. • 2nd
Is this open to candidates in the diaspora?
Like · Reply · 1d
  WFP Lesotho • Author
  It is open to nationals of Lesotho; please read the eligibility section of the announcement.
  Like · Reply · 1d
"""
    write(f"{KEY}-linkedin.txt", li, KEY)


# ---------------------------------------------------------------- 3. IFAD, D-1
def n03():
    REF = "IFAD/VA/41/1187"
    KEY = "ifad-va-41-1187"
    TITLE = "Head, Multi-Country Office"
    ORG = "International Fund for Agricultural Development"
    LOC = "Vientiane, Lao People's Democratic Republic"
    E = ["Advanced university degree from an accredited institution in agricultural economics, rural development, "
         "public policy, finance or a related field.",
         "At least twelve years of progressively responsible professional experience in rural development or "
         "development finance, of which at least five years at a senior management level.",
         "Proven experience in leading policy dialogue with governments and in managing a portfolio of investment "
         "projects.",
         "Excellent written and oral command of English."]
    D = ["Experience of working in Southeast Asia, preferably in the Mekong subregion.",
         "Working knowledge of Lao, Vietnamese, Khmer or Thai."]
    C = [("Strategic thinking and organizational development",
          "Sets the direction of the multi-country office in line with IFAD's strategic framework and anticipates "
          "changes in the aid environment."),
         ("Demonstrating leadership",
          "Builds a motivated and accountable team, delegates with clarity and takes responsibility for difficult "
          "decisions."),
         ("Building relationships and partnerships",
          "Creates trusting relations with governments, financing partners and farmers' organizations, and "
          "represents IFAD credibly in country teams."),
         ("Managing performance and resources",
          "Uses budgets, staff and systems efficiently and monitors the results of the portfolio against agreed "
          "targets.")]
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2041-10-13", grade="D-1", salary=sal(131412, "USD", "year"),
             requirements=req(E, D), competencies=comp(*C))
    duties = [
        "Lead IFAD's country programmes in Lao PDR, Cambodia and Myanmar and represent the Fund with governments and partners.",
        "Oversee the design, supervision and completion of a portfolio of loans and grants.",
        "Guide policy engagement on smallholder finance, land tenure and climate adaptation.",
        "Manage the office's staff, budget and security arrangements.",
        "Mobilize cofinancing and strengthen partnerships with the Rome-based agencies and development banks."]
    comp_html = "".join(f"<h4>{esc(n)}</h4><p>{esc(d)}</p>" for n, d in C)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} | IFAD Careers</title>
<style>body{{font-family:Georgia,serif;max-width:840px;margin:auto}} .bar{{background:#00689d;color:#fff;padding:6px}}
.meta li{{list-style:none}} h4{{margin:10px 0 2px}} aside{{border:1px solid #ccc;padding:6px;font-size:90%}}</style></head>
<body>
<div class="bar">IFAD · Investing in rural people &nbsp;|&nbsp; About · Countries · Knowledge · Careers · News &nbsp;|&nbsp; EN · FR · ES · AR</div>
<nav>Home / Careers / Current vacancies / {esc(TITLE)}</nav>
<p style="font-size:90%">We use cookies to improve your experience. <a href="#">Accept</a> <a href="#">Settings</a></p>
<h1>{esc(TITLE)}</h1>
<ul class="meta">
<li>Vacancy announcement: {esc(REF)}</li>
<li>Grade: D-1</li>
<li>Duty station: {esc(LOC)}</li>
<li>Department: Programme Management Department, Asia and the Pacific Division</li>
<li>Type of contract: Fixed-term, two years</li>
<li>Date of issue: 14 September 2041</li>
<li>Closing date: 13 October 2041 (midnight, Rome time)</li>
</ul>
<h2>Organizational setting</h2>
<p>The {esc(ORG)} (IFAD) is an international financial institution and a specialized United Nations agency. It
invests in rural people through loans, grants and policy engagement. Multi-country offices bring IFAD closer to the
governments and communities with which it works.</p>
<h2>Job role</h2>
<p>The Head of the Multi-Country Office is accountable for the performance of IFAD's country programmes in the
countries covered by the office and reports to the Regional Director, Asia and the Pacific Division.</p>
<h2>Key functions and results</h2>
<ol>{"".join(f"<li>{esc(d)}</li>" for d in duties)}</ol>
<h2>Key competencies</h2>
{comp_html}
<h2>Minimum qualifications</h2>
<ul>{"".join(f"<li>{esc(x)}</li>" for x in E)}</ul>
<h2>Preferred qualifications</h2>
<ul>{"".join(f"<li>{esc(x)}</li>" for x in D)}</ul>
<h2>What we offer</h2>
<p>IFAD offers a competitive remuneration package. The annual net base salary for this level is USD 131,412, to
which a post adjustment (currently 31.8 per cent for Vientiane) is added, together with allowances and benefits
according to the rules of the International Civil Service Commission.</p>
<p>Interviews are expected in the first half of November 2041.</p>
<aside><b>Other vacancies</b><br>Country Programme Officer, NO-C, Hanoi – closes 2 October 2041<br>
Finance Officer, P-3, Rome – closes 20 October 2041</aside>
<footer><small>© IFAD · Via Paolo di Dono 44, Rome · Privacy · Fraud warning: IFAD never requests payment</small></footer>
</body></html>
"""
    write(f"{KEY}-ifad.html", html, KEY)

    md = f"""---
title: "{TITLE} | IFAD Careers"
source: "https://www.ifad.org/en/careers/vacancies/{KEY}"
clipped: 2041-09-18
tags: [clippings, jobs]
---

[Skip to content](#main)

# {TITLE}

- **Vacancy announcement:** {REF}
- **Grade:** D-1
- **Duty station:** {LOC}
- **Department:** Programme Management Department, Asia and the Pacific Division
- **Type of contract:** Fixed-term, two years
- **Date of issue:** 14 September 2041
- **Closing date:** 13 October 2041 (midnight, Rome time)

## Organizational setting

The {ORG} (IFAD) is an international financial institution and a specialized United Nations agency.

## Key functions and results

{chr(10).join(f"{i}. {d}" for i, d in enumerate(duties, 1))}

## Key competencies

{chr(10).join(f"#### {n}{chr(10)}{d}{chr(10)}" for n, d in C)}
## Minimum qualifications

{chr(10).join("* " + x for x in E)}

## Preferred qualifications

{chr(10).join("* " + x for x in D)}

## What we offer

Annual net base salary USD 131,412 plus post adjustment (31.8 per cent for Vientiane). Interviews expected in
November 2041.

> Clipped for the regional HR network reading list. Apply on the IFAD site only.
"""
    write(f"{KEY}-clip.md", md, KEY)


# ---------------------------------------------------------------- 4. WorldFish on Workday
def n04():
    REF = "R0041906"
    KEY = "r0041906"
    TITLE = "Aquaculture Data Scientist"
    ORG = "WorldFish"
    LOC = "Penang, Malaysia"
    SCHED = "Full time"
    E = ["PhD in aquaculture, fisheries science, statistics, data science or a related discipline.",
         "At least three years of post-doctoral or equivalent experience analysing farm, survey or sensor data.",
         "Advanced skills in R or Python, including reproducible workflows and version control.",
         "Strong publication record in peer-reviewed journals.",
         "Excellent written and spoken English."]
    D = ["Experience with fish genetic improvement programmes or breeding data.",
         "Familiarity with open data platforms and FAIR data principles.",
         "Knowledge of Bahasa Malaysia, Bangla or Burmese."]
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2041-10-15", schedule=SCHED, salary=sal(None, "MYR", "month", 14200, 17600),
             requirements=req(E, D), competencies=[])
    resp = ["Build and maintain analytical pipelines for data from tilapia and carp breeding programmes in Asia and Africa.",
            "Design farm surveys and sampling plans with national partners.",
            "Develop models that link water quality, feed and growth data to farm profitability.",
            "Write scientific papers and policy briefs and present results at international meetings.",
            "Train partner staff and students in data management and analysis."]
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} - WorldFish Careers</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} header{{border-bottom:1px solid #ddd;padding:8px 20px}}
.wrap{{display:flex}} .left{{width:32%;padding:16px}} .right{{width:68%;padding:16px}}
dt{{color:#666;font-size:12px;margin-top:10px}} dd{{margin:0;font-weight:bold}}
.btn{{background:#0875e1;color:#fff;padding:6px 14px;border-radius:16px;display:inline-block}}</style></head>
<body>
<div role="dialog">This site uses cookies. <button>Accept Cookies</button> <button>Cookie Settings</button></div>
<header>WorldFish &nbsp; <a href="#">Search for Jobs</a> &nbsp; <a href="#">Sign In</a></header>
<div class="wrap">
<div class="left">
<h2>{esc(TITLE)}</h2>
<span class="btn">Apply</span>
<dl>
<dt>locations</dt><dd>{esc(LOC)}</dd>
<dt>time type</dt><dd>{SCHED}</dd>
<dt>posted on</dt><dd>Posted 9 Days Ago</dd>
<dt>time left to apply</dt><dd>End Date: October 15, 2041 (12 days left to apply)</dd>
<dt>job requisition id</dt><dd>{REF}</dd>
</dl>
</div>
<div class="right">
<p><b>About WorldFish</b></p>
<p>{ORG} is an international, not-for-profit research organization and a CGIAR research center. It works with
governments, the private sector and communities to make fish and other aquatic foods more productive, nutritious
and sustainable. Its headquarters are in Penang, Malaysia.</p>
<p><b>The opportunity</b></p>
<p>We are looking for an {esc(TITLE)} to join the Sustainable Aquaculture program. The position is
internationally recruited, based at headquarters, for an initial period of three years.</p>
<p><b>Your key responsibilities</b></p>
<ul>{"".join(f"<li>{esc(x)}</li>" for x in resp)}</ul>
<p><b>Required qualifications</b></p>
<ul>{"".join(f"<li>{esc(x)}</li>" for x in E)}</ul>
<p><b>Preferred qualifications</b></p>
<ul>{"".join(f"<li>{esc(x)}</li>" for x in D)}</ul>
<p><b>What we offer</b></p>
<p>A salary in the range of MYR 14,200 – 17,600 per month, depending on experience, with health insurance,
relocation support, a housing allowance and 25 days of annual leave.</p>
<p><b>How to apply</b></p>
<p>Submit a cover letter and CV through this portal. Screening starts after the closing date; interviews
are planned for early November 2041.</p>
<p>WorldFish is an equal opportunity employer and does not charge any fee during recruitment.</p>
</div></div>
<section><h3>Similar Jobs (3)</h3>
<ul><li>Research Analyst – Fisheries Economics · Dhaka, Bangladesh · Posted 2 Days Ago</li>
<li>Scientist – Nutrition · Lusaka, Zambia · Posted 30+ Days Ago</li>
<li>Grants Officer · Penang, Malaysia · Posted 5 Days Ago</li></ul></section>
<footer><small>© 2041 Workday, Inc. All rights reserved. · Follow Us · Privacy</small></footer>
</body></html>
"""
    write(f"{KEY}-workday.html", html, KEY)
    txt = f"""Skip to main content
WorldFish
Search for Jobs
Sign In

{TITLE}

Apply
locations
{LOC}
time type
{SCHED}
posted on
Posted 9 Days Ago
time left to apply
End Date: October 15, 2041 (12 days left to apply)
job requisition id
{REF}

About WorldFish

{ORG} is an international, not-for-profit research organization and a CGIAR research center. It works with governments, the private sector and communities to make fish and other aquatic foods more productive, nutritious and sustainable. Its headquarters are in Penang, Malaysia.

The opportunity

We are looking for an {TITLE} to join the Sustainable Aquaculture program. The position is internationally recruited, based at headquarters, for an initial period of three years.

Your key responsibilities

{chr(10).join(resp)}

Required qualifications

{chr(10).join(E)}

Preferred qualifications

{chr(10).join(D)}

What we offer

A salary in the range of MYR 14,200 – 17,600 per month, depending on experience, with health insurance, relocation support, a housing allowance and 25 days of annual leave.

How to apply

Submit a cover letter and CV through this portal. Screening starts after the closing date; interviews are planned for early November 2041.

WorldFish is an equal opportunity employer and does not charge any fee during recruitment.

Similar Jobs (3)
Research Analyst – Fisheries Economics
Dhaka, Bangladesh
Posted 2 Days Ago
Scientist – Nutrition
Lusaka, Zambia
Posted 30+ Days Ago
Grants Officer
Penang, Malaysia
Posted 5 Days Ago

Follow Us
© 2041 Workday, Inc. All rights reserved.
"""
    write(f"{KEY}-workday-browser.txt", txt, KEY)


# ---------------------------------------------------------------- 5. ECW via ReliefWeb
def n05():
    REF = "584117"
    KEY = "584117"
    TITLE = "Education in Emergencies Specialist (Teacher Workforce)"
    ORG = "Education Cannot Wait"
    LOC = "New York, United States"
    E = ["An advanced university degree (Master's or higher) in education, international development, social "
         "sciences or a related field.",
         "A minimum of eight years of relevant professional experience in education programming, of which at least "
         "three in humanitarian or protracted crisis settings.",
         "Demonstrated experience in teacher policy, teacher training or teacher compensation systems.",
         "Fluency in English."]
    D = ["Experience in the management of grants from pooled funds.",
         "Knowledge of French, Arabic or Spanish."]
    C = ["Builds and maintains partnerships (2)", "Demonstrates self-awareness and ethical awareness (2)",
         "Drive to achieve results for impact (2)", "Innovates and embraces change (2)",
         "Works collaboratively with others (2)"]
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2041-10-18", grade="P-4", requirements=req(E, D), competencies=comp(*[(c, "") for c in C]))
    tasks = ["Provide technical guidance to grantees on teacher recruitment, pay and professional development in crisis contexts.",
             "Review investment proposals and results frameworks for the teacher workforce component.",
             "Contribute to global evidence, guidance notes and advocacy on teachers in emergencies.",
             "Represent the fund in inter-agency working groups and donor meetings."]
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} - United States of America | ReliefWeb</title></head>
<body>
<header><p>ReliefWeb — Informing humanitarians worldwide 24/7 — a service provided by UN OCHA</p>
<nav><a>Updates</a> <a>Countries</a> <a>Disasters</a> <a>Organizations</a> <a>Topics</a> <a>Jobs</a> <a>Training</a></nav></header>
<main>
<article>
<h1>{esc(TITLE)}</h1>
<dl class="meta"><dt>Country</dt><dd>United States of America</dd><dt>Organization</dt><dd>UN Children's Fund</dd>
<dt>Closing date</dt><dd>18 Oct 2041</dd></dl>
<p><small>Posted 22 Sep 2041</small></p>
<h2>Job description</h2>
<p><b>Job no:</b> {REF}<br><b>Contract type:</b> Fixed Term Appointment<br><b>Duty Station:</b> New York<br>
<b>Level:</b> P-4<br><b>Location:</b> {esc(LOC)}<br><b>Categories:</b> Education</p>
<p>{esc(ORG)} (ECW) is the United Nations global fund for education in emergencies and protracted crises. It is
hosted by UNICEF and governed by its own High-Level Steering Group. The Specialist joins the fund's secretariat
in New York.</p>
<p><b>How can you make a difference?</b></p>
<ul>{"".join(f"<li>{esc(t)}</li>" for t in tasks)}</ul>
<p><b>The successful candidate will have:</b></p>
<ul>{"".join(f"<li>{esc(x)}</li>" for x in E)}</ul>
<p><b>The following are assets:</b></p>
<ul>{"".join(f"<li>{esc(x)}</li>" for x in D)}</ul>
<p>For every Child, you demonstrate UNICEF's core values of Care, Respect, Integrity, Trust and Accountability.</p>
<p>The UNICEF competencies required for this post are:</p>
<ul>{"".join(f"<li>{esc(c)}</li>" for c in C)}</ul>
<p>Only shortlisted candidates will be contacted; a written assessment is planned for 3 November 2041.</p>
<p><b>Advertised:</b> 22 Sep 2041 Eastern Daylight Time<br><b>Deadline:</b> 18 Oct 2041 Eastern Daylight Time</p>
<h3>How to apply</h3><p>Apply through the UNICEF careers site.</p>
<dl class="meta2"><dt>Job type</dt><dd>Job</dd><dt>Career category</dt><dd>Program/Project Management</dd>
<dt>Years of experience</dt><dd>5-9 years</dd><dt>Theme</dt><dd>Education</dd></dl>
</article>
<aside><h3>Related content</h3><ul><li>Education Officer — Chad — closes 10 Oct 2041</li>
<li>Teacher Training Consultant — Lebanon — closes 25 Oct 2041</li></ul></aside>
</main>
<footer>ReliefWeb has been the leading humanitarian information source since 1996. · Terms · Privacy · Contact</footer>
</body></html>
"""
    write(f"{KEY}-reliefweb.html", html, KEY)
    txt = f"""unjobs board · Asia & Americas · Sign in

Home › Companies › UNICEF United Nations Children's Fund › {TITLE}

{TITLE}, P-4, Fixed Term, # {REF}, New York

Qualifications of {TITLE}:
- Location: {LOC}
- Vacancy No: {REF}
- Salary: N/A
- Organization: UNICEF United Nations Children's Fund (for {ORG})
- Deadline: 18/10/2041

Brief details about {TITLE}:

About
{ORG} (ECW) is the United Nations global fund for education in emergencies and protracted crises, hosted by UNICEF.

How can you make a difference?
{chr(10).join("- " + t for t in tasks)}

The successful candidate will have:
{chr(10).join("- " + x for x in E)}

The following are assets:
{chr(10).join("- " + x for x in D)}

Competencies:
{chr(10).join("- " + c for c in C)}

Written assessment: 3 November 2041 (shortlisted only).

Apply on the organization's website. This board is not the employer.

Related jobs
• Education Specialist (Cluster), NO-3, Juba · Deadline: 07/10/2041
• Programme Associate, G-6, Geneva · Deadline: 29/10/2041
"""
    write(f"{KEY}-unjobs-board.txt", txt, KEY)
