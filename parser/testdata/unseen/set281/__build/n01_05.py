from common import *

# ---------------------------------------------------------------- N1 PBSO
def n01():
    ref = "41-Programme Management-PBSO-512348-R-New York (X)"
    key = "41-programme-management-pbso-512348-r-new-york-x"
    title = "Programme Management Officer (Peacebuilding Fund Portfolio)"
    org = "Peacebuilding Support Office"
    loc = "NEW YORK"
    grade = "P-4"
    comps = [("Professionalism", "Shows in-depth knowledge of peacebuilding financing, fund governance and results-based management; applies sound judgement to sensitive political and programmatic questions; remains calm under pressure and persists when faced with obstacles."),
             ("Planning and Organizing", "Sets clear goals consistent with agreed strategies; allocates appropriate time and resources to complete work; foresees risks and builds contingencies into the portfolio calendar."),
             ("Accountability", "Takes ownership of all responsibilities and honours commitments; delivers outputs within prescribed time, cost and quality standards; supports subordinates and accepts responsibility for shortcomings.")]
    edu = "An advanced university degree (Master's degree or equivalent) in political science, international relations, development studies, public administration or a related field is required. A first-level university degree in combination with two additional years of qualifying experience may be accepted in lieu of the advanced university degree."
    ex1 = "A minimum of seven years of progressively responsible experience in programme management, peacebuilding, development cooperation or a related area is required."
    ex2 = "Experience in the design, appraisal or oversight of projects financed by pooled or multi-partner trust funds is required."
    ex3 = "Experience working in a conflict-affected or transition setting, in the field, is desirable."
    l1 = "For the position advertised, fluency in English is required."
    l2 = "Knowledge of French or Spanish is desirable."
    wl = "English and French are the working languages of the United Nations Secretariat."
    resp = ["Manages a portfolio of Peacebuilding Fund projects in assigned countries, from concept note to closure, and advises recipient United Nations entities and civil society partners on design and eligibility.",
            "Reviews project documents, budgets and results frameworks, and prepares the secretariat's appraisal notes for the Fund's project approval committee.",
            "Monitors implementation against agreed milestones, analyses progress reports and flags risks, delays and reprogramming needs to the Chief of the Programme Branch.",
            "Coordinates with resident coordinator offices and peace and development advisers on country eligibility requests and strategic results frameworks.",
            "Drafts briefing notes, talking points and sections of the annual report of the Secretary-General on the Fund.",
            "Performs other related duties as required."]
    cmds = ["Skip to main content", "United Nations Careers", "Français", "Home", "Search Jobs", "Job Opening", "Sign in"]
    body = "\n".join(cmds) + f"""
Home / Search Jobs / {title}

{title}, P4
Apply
Save
Share
Print

Job Title
PROGRAMME MANAGEMENT OFFICER, P4
Job Code Title
PROGRAMME MANAGEMENT OFFICER
Department/Office
{org}
Duty Station
{loc}
Category and Level
Professional and Higher Categories, {grade}
Date Posted
Feb 3, 2041
Deadline
Mar 5, 2041
Job Opening Number
{ref}

Org. Setting and Reporting
The {org} (PBSO) supports the Peacebuilding Commission, manages the Secretary-General's Peacebuilding Fund and works across the system to strengthen coherent support to countries emerging from or at risk of conflict. This position is located in the Programme Branch of PBSO in New York. The incumbent reports to the Chief of the Programme Branch.

Responsibilities
Within delegated authority, the Programme Management Officer will be responsible for the following duties:
""" + "\n".join(resp) + "\n\nCompetencies\n" + "\n".join(f"{n}: {d}" for n, d in comps) + f"""

Education
{edu}

Work Experience
{ex1}

{ex2}

{ex3}

Languages
{wl} {l1} {l2}

Assessment
Evaluation of qualified candidates may include an assessment exercise, expected in the week of 24 March 2041, which may be followed by competency-based interviews.

Special Notice
This position is temporarily funded through the Peacebuilding Fund's extrabudgetary resources until 31 December 2042. Extension is subject to the availability of funds.

United Nations Considerations
According to article 101, paragraph 3, of the Charter of the United Nations, the paramount consideration in the employment of the staff is the necessity of securing the highest standards of efficiency, competence, and integrity. Candidates will not be considered for employment with the United Nations if they have committed violations of international human rights law or international humanitarian law.

No Fee
THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.

Similar jobs
Political Affairs Officer, P3 · DPPA · Deadline Feb 27, 2041
Programme Management Assistant, G6 · OCHA · Deadline Mar 11, 2041
© United Nations   Privacy notice   Terms of use
"""
    w(f"{key}-uncareers-browser.txt", body, key)

    fwd = f"""From: Third Secretary (Multilateral) <multilateral.third@mission-example.org>
Sent: Monday, February 6, 2041 10:12 AM
To: roster-young-professionals@mission-example.org
Subject: FW: UN vacancy - {title}, P-4 (New York) - closes 5 March

Dear colleagues,

Please find below a vacancy with the UN Peacebuilding Support Office that may interest nationals on our roster. The Mission is happy to send a letter of support: please write to us by 24 February 2041 with your CV. Do not send your application to the Mission; apply directly on the UN Careers portal.

Best regards,
Multilateral Section

-----Original Message-----
From: UN Careers Job Alerts <no-reply@careers.un.example>
Sent: Friday, February 3, 2041 4:40 PM
Subject: New job opening: {title}

Job Opening: {ref}
Posting Title: {title}, P4
Department/Office: {org}
Duty Station: {loc}
Grade: {grade}
Deadline: 5 March 2041

ORG. SETTING AND REPORTING
The Peacebuilding Fund is the Secretary-General's financial instrument of first resort to sustain peace. The post sits in the Programme Branch of PBSO and reports to the Branch Chief.

RESPONSIBILITIES
""" + "\n".join("  - " + r for r in resp) + "\n\nCOMPETENCIES\n" + "\n".join(f"  {n}: {d}" for n, d in comps) + f"""

EDUCATION
{edu}

WORK EXPERIENCE
{ex1} {ex2} {ex3}

LANGUAGES
{wl} {l1} {l2}

Assessment: an assessment exercise may take place in late March 2041.
Full text: https://careers.un.example/jobopening/512348
"""
    w(f"{key}-mission-forward.txt", fwd, key)
    expected(key, ref, ["en"], title, org, loc, "2041-03-05", grade=grade,
             req={"en": {"essential": [edu, ex1, ex2, l1], "desirable": [ex3, l2]}},
             comp={"en": [{"name": n, "description": d} for n, d in comps]})

# ---------------------------------------------------------------- N2 UNAIDS
def n02():
    ref = "UNAIDS/KGZ/41/03"; key = "unaids-kgz-41-03"
    title = "Programme Assistant (HIV Prevention Outreach)"
    org = "Joint United Nations Programme on HIV/AIDS"
    loc = "Bishkek, Kyrgyzstan"; grade = "G5"
    ess = ["Completion of secondary education, with a certificate in administration, public health or a related field.",
           "At least five years of progressively responsible administrative or programme support experience.",
           "Experience in organizing community outreach activities, trainings or workshops.",
           "Fluency in Russian and Kyrgyz and a good working knowledge of English."]
    des = ["A university degree in public health, social work or a related field.",
           "Experience with HIV, harm reduction or other public health programmes.",
           "Familiarity with the administrative systems of a United Nations agency."]
    comps = ["Working together", "Communicating with impact", "Delivering results", "Driving change", "Being accountable"]
    duties = ["Supports the planning of outreach activities with community organizations of people living with HIV and key populations in Bishkek, Osh and Chui region.",
              "Prepares grant agreements, payment requests and financial reports for small community grants and tracks their implementation.",
              "Organizes meetings, trainings and field visits, including logistics, travel and participant lists.",
              "Maintains the office's partner database and contributes data to the Global AIDS Monitoring exercise.",
              "Drafts correspondence in Russian, Kyrgyz and English and keeps the office's filing system up to date."]
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | UNAIDS Careers</title>
<style>body{{font-family:Arial,sans-serif;max-width:900px;margin:auto}} nav a{{margin-right:1em}} dl{{display:grid;grid-template-columns:14em 1fr}} dt{{font-weight:bold}} .cookie{{background:#eee;padding:.5em;font-size:.8em}}</style></head><body>
<div class="cookie">We use cookies to improve your experience. <a href="#">Accept all</a> <a href="#">Settings</a></div>
<nav><a href="#">UNAIDS</a><a href="#">Where we work</a><a href="#">Careers</a><a href="#">Русский</a></nav>
<p><a href="#">Careers</a> › <a href="#">Vacancies</a> › Kyrgyzstan</p>
<h1>{title}</h1>
<dl>
<dt>Vacancy notice</dt><dd>{ref}</dd>
<dt>Organization</dt><dd>{org} (UNAIDS)</dd>
<dt>Office</dt><dd>UNAIDS Country Office for Kyrgyzstan</dd>
<dt>Duty station</dt><dd>{loc}</dd>
<dt>Grade</dt><dd>{grade}</dd>
<dt>Contract type</dt><dd>Fixed-term, two years</dd>
<dt>Open to</dt><dd>Nationals of Kyrgyzstan and holders of a permanent residence permit</dd>
<dt>Date of publication</dt><dd>14 February 2041</dd>
<dt>Closing date</dt><dd>7 March 2041</dd>
</dl>
<h2>Background</h2>
<p>The UNAIDS Country Office supports the national response to HIV in partnership with the Republican AIDS Centre, civil society and development partners. The country office is small, and the incumbent works closely with the Country Director and the Community Support Adviser.</p>
<h2>Main duties</h2>{ul(duties, "ol")}
<h2>Qualifications</h2>
<h3>Required</h3>{ul(ess)}
<h3>Desirable</h3>{ul(des)}
<h2>Competencies</h2>
<p>UNAIDS values: commitment to the AIDS response, integrity, respect for diversity.</p>
<p>Core competencies:</p>{ul(comps)}
<h2>Remuneration</h2>
<p>Annual net salary: KGS 1,436,400, plus benefits under the United Nations common system for locally recruited staff.</p>
<p>A written test is planned for 19 March 2041 in Bishkek for shortlisted candidates.</p>
<p><strong>UNAIDS does not charge a fee at any stage of the recruitment process.</strong></p>
<aside><h3>Other vacancies</h3><p>Strategic Information Adviser, P4 – Geneva – closes 28 February 2041</p><p>Finance Assistant, G5 – Almaty – closes 10 March 2041</p></aside>
<footer><p>© UNAIDS 2041 · 20 Avenue Appia, Geneva</p></footer></body></html>"""
    w(f"{key}-unaids.html", html, key)
    board = f"""Главная   Вакансии   Компании   Резюме   Кыргызча   English
Jobs.kg › Vacancies › International organizations › {title}

{title}
UNAIDSBishkekInternational organizationFull timePosted 9 days agoDeadline07.03.2041Views 1 284

Apply on employer's website     Save     Share

VACANCY DETAILS
Employer: UNAIDS
Vacancy notice: {ref}
Duty station: {loc}
Grade: {grade}
Salary: KGS 1,436,400 net per year

ABOUT THE JOB
The UNAIDS office in Kyrgyzstan works with the Republican AIDS Centre, community organizations and donors on the national HIV response. The Programme Assistant supports community outreach work.

DUTIES
""" + "\n".join("- " + d for d in duties) + "\n\nREQUIRED\n" + "\n".join("- " + e for e in ess) + "\n\nDESIRABLE\n" + "\n".join("- " + d for d in des) + f"""

CORE COMPETENCIES
{" / ".join(comps)}

Organization: {org}
Written test: 19.03.2041 (shortlisted candidates only)

SIMILAR VACANCIES
Field Assistant – WFP – Osh – until 03.03.2041
Office Manager – Embassy – Bishkek – until 15.03.2041
Jobs.kg is not the employer and does not take part in selection.
"""
    w(f"{key}-jobskg.txt", board, key)
    expected(key, ref, ["en"], title, org, loc, "2041-03-07", grade=grade, salary=sal(1436400, "KGS", "year"),
             req={"en": {"essential": ess, "desirable": des}},
             comp={"en": [{"name": c, "description": ""} for c in comps]})

# ---------------------------------------------------------------- N3 FAO PNG
def n03():
    ref = "VA/FAOPG/41/02"; key = "va-faopg-41-02"
    title = "National Project Officer (Coastal Fisheries)"
    org = "Food and Agriculture Organization of the United Nations"
    loc = "Port Moresby, Papua New Guinea"; grade = "NOB"; post = "2011847"
    ess = ["Advanced university degree in fisheries science, marine biology, natural resource management or a related field",
           "Five years of relevant experience in coastal fisheries management or community-based resource management",
           "Working knowledge of English and Tok Pisin"]
    comps = ["Results Focus", "Teamwork", "Communication", "Building Effective Relationships", "Knowledge Sharing and Continuous Improvement"]
    des = ["Extent and relevance of experience in fisheries co-management with coastal and island communities",
           "Familiarity with Pacific regional fisheries frameworks and reporting",
           "Experience in project reporting to donors"]
    tasks = ["Coordinate day-to-day implementation of the project's coastal fisheries component in Central, Milne Bay and Manus provinces;",
             "Support provincial fisheries officers and community management committees in preparing and reviewing local management plans;",
             "Organize trainings on catch monitoring, post-harvest handling and safety at sea;",
             "Prepare progress reports, work plans and budget revisions for review by the FAO Representative;",
             "Liaise with the National Fisheries Authority, non-governmental organizations and development partners;",
             "Perform other related duties as required."]
    tr = lambda a, b: f"<tr><th>{a}</th><td>{b}</td></tr>"
    html = f"""<!doctype html><html><head><meta charset="utf-8"><style>
body{{font-family:'Liberation Sans',Arial;font-size:10.5pt}} table{{border-collapse:collapse;width:100%}} th,td{{border:1px solid #333;padding:3px 6px;text-align:left;vertical-align:top}} th{{width:34%;background:#dde6f0}} h2{{font-size:11pt;text-transform:uppercase;border-bottom:1px solid #333}}</style></head><body>
<p style="text-align:center"><b>Food and Agriculture Organization of the United Nations</b><br>FAO Representation in Papua New Guinea</p>
<p style="text-align:center;font-size:14pt"><b>VACANCY ANNOUNCEMENT</b></p>
<table>
{tr("Vacancy Announcement No.", ref)}
{tr("Issued on", "16/02/2041")}
{tr("Deadline for Applications", "09/03/2041")}
{tr("Post Title", title)}
{tr("Grade Level", grade)}
{tr("Post Number", post)}
{tr("Organizational Unit", "FAO Representation in Papua New Guinea (FRPNG)")}
{tr("Duty Station", loc)}
{tr("Type of Requisition", "National Project Personnel, fixed-term")}
{tr("Expected Duration", "12 months, renewable")}
{tr("Open to", "Nationals of Papua New Guinea only")}
</table>
<h2>Organizational Setting</h2>
<p>The FAO Representation in Papua New Guinea assists the Government in developing policies and programmes for agriculture, forestry and fisheries. The post is attached to a project on community-based coastal fisheries and livelihoods funded by a multilateral climate fund.</p>
<h2>Reporting Lines</h2><p>The National Project Officer reports to the FAO Representative and works under the technical supervision of the Fishery Officer in the Subregional Office for the Pacific Islands, Apia.</p>
<h2>Technical Focus</h2><p>Co-management of coastal fisheries, climate resilience of fishing communities and data for decision-making.</p>
<h2>Tasks and Responsibilities</h2>{ul(tasks)}
<h2>Candidates should meet the following</h2>
<p><b>Minimum Requirements</b></p>{ul(ess)}
<p><b>FAO Core Competencies</b></p>{ul(comps)}
<p><b>Technical/Functional Skills</b></p>{ul(des)}
<h2>Remuneration</h2><p>Annual net salary: PGK 142,380, with other entitlements of the national project personnel scheme.</p>
<h2>Selection Provisions</h2><p>Shortlisted candidates may be invited to a written test and an interview, tentatively on 23 March 2041. FAO does not charge any fee at any stage of the recruitment process.</p>
<h2>How to apply</h2><p>Send the completed personal history form and a cover letter to FAO-PG-Recruitment@fao.example quoting the vacancy number in the subject line.</p>
</body></html>"""
    libreoffice(f"{key}-va", html, key)
    board = f"""PNGJobSeek.example  |  Find Jobs  |  Employers  |  Career Advice  |  Log in
Home > Jobs > Agriculture & Fisheries > {title}

{title}
Food and Agriculture Organization (FAO)
Port Moresby, NCD   •   Contract   •   Posted 16 Feb 2041   •   Closes 09 Mar 2041

[ Apply Now ]  [ Save Job ]

Job Summary
Organisation: {org}
Vacancy No: {ref}
Position Number: {post}
Location: {loc}
Level: {grade}
Salary: PGK 142,380 per annum (net)

About the role
FAO is recruiting a national officer for its coastal fisheries project in Central, Milne Bay and Manus provinces. You will work with provincial fisheries officers and communities.

Key tasks
""" + "\n".join("* " + t for t in tasks) + "\n\nMinimum Requirements\n" + "\n".join("* " + e for e in ess) + "\n\nFAO Core Competencies\n" + "\n".join("* " + c for c in comps) + "\n\nTechnical/Functional Skills\n" + "\n".join("* " + d for d in des) + f"""

Applications by e-mail only, quoting {ref}. Only shortlisted applicants will be contacted (interviews around 23 March 2041).

More jobs like this
Provincial Fisheries Officer – National Fisheries Authority – Kavieng – closes 02 Mar 2041
Field Coordinator – WWF Pacific – Alotau – closes 13 Mar 2041
"""
    w(f"{key}-pngjobseek.txt", board, key)
    expected(key, ref, ["en"], title, org, loc, "2041-03-09", grade=grade, post=post, salary=sal(142380, "PGK", "year"),
             req={"en": {"essential": ess, "desirable": des}},
             comp={"en": [{"name": c, "description": ""} for c in comps]})

# ---------------------------------------------------------------- N4 IMO Taleo
def n04():
    ref = "IMO/HR/VN/41/05"; key = "imo-hr-vn-41-05"
    title = "Technical Officer (Ship Energy Efficiency)"
    org = "International Maritime Organization"
    loc = "London, United Kingdom"; grade = "P-3"; sched = "Full-time"
    e1 = "An advanced university degree in naval architecture, marine engineering, mechanical engineering or a related field."
    d1 = "A certificate of competency as chief engineer or an equivalent seagoing qualification."
    e2 = "At least five years of experience in the regulation, design or operation of ships, including work on energy efficiency or greenhouse gas emission measures."
    d2 = "Experience in servicing intergovernmental meetings or technical committees."
    e3 = "Fluency in English, both written and oral."
    d3 = "A working knowledge of French or Spanish."
    comps = [("Technical expertise", "Applies up-to-date knowledge of ship design and operation to regulatory questions and explains technical matters clearly to non-specialists."),
             ("Client orientation", "Identifies the needs of Member States and industry partners and responds to them in a timely and courteous manner."),
             ("Drafting", "Produces clear, accurate and well-structured documents for committees and working groups under tight deadlines.")]
    duties = ["Supports the Marine Environment Protection Committee and its working groups on technical and operational measures to improve the energy efficiency of ships;",
              "Analyses data reported by Member States on fuel oil consumption and prepares the Secretariat's summary reports;",
              "Drafts guidelines, circulars and technical documents and reviews proposals submitted by Member States;",
              "Contributes to capacity-building workshops for maritime administrations;",
              "Performs other duties as assigned."]
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Job Description - {title} (4100218)</title>
<style>body{{font-family:Verdana,sans-serif;font-size:12px}} .titlepage{{font-size:16px;font-weight:bold;color:#1c3f6e}} table.fields td{{padding:2px 8px}} .lbl{{font-weight:bold}} .bar{{background:#1c3f6e;color:#fff;padding:4px}}</style></head><body>
<div class="bar">IMO Careers &nbsp; | &nbsp; Job Search &nbsp; | &nbsp; My Jobpage &nbsp; | &nbsp; Sign Out</div>
<p><a href="#">‹ Return to the job list</a> &nbsp; <a href="#">Apply Online</a> &nbsp; <a href="#">Add to My Job Cart</a> &nbsp; <a href="#">Send to a Friend</a></p>
<h1>Job Description</h1>
<div class="titlepage">{title}-4100218</div>
<table class="fields">
<tr><td class="lbl">Job Number:</td><td>4100218</td></tr>
<tr><td class="lbl">Primary Location:</td><td>United Kingdom-London</td></tr>
<tr><td class="lbl">Organization:</td><td>Marine Environment Division</td></tr>
<tr><td class="lbl">Schedule:</td><td>{sched}</td></tr>
<tr><td class="lbl">Job Posting:</td><td>Feb 10, 2041, 9:00:00 AM</td></tr>
<tr><td class="lbl">Unposting Date:</td><td>Mar 12, 2041, 11:59:00 PM</td></tr>
</table>
<p><b>Vacancy notice:</b> {ref}<br>
<b>Organization:</b> {org}<br>
<b>Division:</b> Marine Environment Division, Air Pollution and Energy Efficiency Section<br>
<b>Grade:</b> {grade}<br>
<b>Duty Station:</b> {loc}<br>
<b>Type of appointment:</b> Fixed-term, two years<br>
<b>Closing date:</b> 12 March 2041</p>
<p><b>Background</b></p>
<p>The Marine Environment Division supports Member States in preventing pollution from ships and in reducing greenhouse gas emissions from international shipping. The incumbent works under the supervision of the Head, Air Pollution and Energy Efficiency Section.</p>
<p><b>Main duties and responsibilities</b></p>{ul(duties)}
<p><b>Competencies</b></p>
""" + "".join(f"<p><b>{n}:</b> {d}</p>" for n, d in comps) + f"""
<p><b>Qualifications and experience</b></p>
<p><u>Education</u><br>Essential: {e1}<br>Desirable: {d1}</p>
<p><u>Experience</u><br>Essential: {e2}<br>Desirable: {d2}</p>
<p><u>Languages</u><br>Essential: {e3}<br>Desirable: {d3}</p>
<p><b>Remuneration</b></p>
<p>The post carries a net annual salary of USD 72,918 plus a post adjustment, currently 41.2 per cent for London, subject to change without notice.</p>
<p>Interviews are expected to take place in the week of 7 April 2041.</p>
<p>IMO is a non-smoking environment. Applications from qualified women are particularly encouraged.</p>
<p><a href="#">Apply Online</a> &nbsp; <a href="#">Add to My Job Cart</a></p>
<p style="font-size:10px">Powered by Oracle Taleo · Copyright © 2041, Oracle. All rights reserved.</p>
</body></html>"""
    w(f"{key}-taleo.html", html, key)
    brow = f"""IMO Careers  |  Job Search  |  My Jobpage  |  Sign Out
‹ Return to the job list   Apply Online   Add to My Job Cart   Send to a Friend
Job Description
{title}-4100218
Job Number: 4100218
Primary Location: United Kingdom-London
Organization: Marine Environment Division
Schedule: {sched}
Job Posting: Feb 10, 2041, 9:00:00 AM
Unposting Date: Mar 12, 2041, 11:59:00 PM
Vacancy notice: {ref}
Organization: {org}
Division: Marine Environment Division, Air Pollution and Energy Efficiency Section
Grade: {grade}
Duty Station: {loc}
Type of appointment: Fixed-term, two years
Closing date: 12 March 2041
Background
The Marine Environment Division supports Member States in preventing pollution from ships and in reducing greenhouse gas emissions from international shipping. The incumbent works under the supervision of the Head, Air Pollution and Energy Efficiency Section.
Main duties and responsibilities
""" + "\n".join(duties) + "\nCompetencies\n" + "\n".join(f"{n}: {d}" for n, d in comps) + f"""
Qualifications and experience
Education
Essential: {e1}
Desirable: {d1}
Experience
Essential: {e2}
Desirable: {d2}
Languages
Essential: {e3}
Desirable: {d3}
Remuneration
The post carries a net annual salary of USD 72,918 plus a post adjustment, currently 41.2 per cent for London, subject to change without notice.
Interviews are expected to take place in the week of 7 April 2041.
IMO is a non-smoking environment. Applications from qualified women are particularly encouraged.
Apply Online   Add to My Job Cart
Powered by Oracle Taleo · Copyright © 2041, Oracle. All rights reserved.
"""
    w(f"{key}-taleo-browser.txt", brow, key)
    expected(key, ref, ["en"], title, org, loc, "2041-03-12", grade=grade, sched=sched, salary=sal(72918, "USD", "year"),
             req={"en": {"essential": [e1, e2, e3], "desirable": [d1, d2, d3]}},
             comp={"en": [{"name": n, "description": d} for n, d in comps]})

# ---------------------------------------------------------------- N5 UNU-EHS (Impactpool)
def n05():
    ref = "UNU-EHS/41/04"; key = "unu-ehs-41-04"
    title = "Associate Academic Officer (Climate Risk Analytics)"
    org = "United Nations University Institute for Environment and Human Security"
    loc = "Bonn, Germany"; grade = "P-2"
    ess = ["A PhD in geography, environmental science, statistics, economics or a related field, or a master's degree with three years of research experience;",
           "Demonstrated experience in quantitative risk or vulnerability assessment using large climate and socio-economic datasets;",
           "Programming skills in R or Python and experience with geospatial tools;",
           "A record of peer-reviewed publications;",
           "Excellent written and spoken English."]
    des = ["Experience in projects with partners in the Global South;",
           "Experience in drafting funding proposals;",
           "Knowledge of German, French or Spanish."]
    duties = ["Develop and apply methods for assessing compound and cascading climate risks;",
              "Lead the data work of a multi-country project on climate risk insurance and social protection;",
              "Write journal articles, policy briefs and technical reports;",
              "Co-supervise master's and doctoral students affiliated with the Institute;",
              "Contribute to proposal writing and to the Institute's outreach events."]
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Impactpool</title>
<style>body{{font-family:Helvetica,Arial;max-width:1000px;margin:auto}} .chips span{{background:#eef;border-radius:8px;padding:2px 6px;margin-right:4px}} .side{{float:right;width:30%;border:1px solid #ccc;padding:8px}}</style></head><body>
<header><span>Impactpool</span> <a href="#">Jobs</a> <a href="#">Organizations</a> <a href="#">Career Development</a> <a href="#">Sign in</a> <a href="#">Join</a></header>
<p class="crumbs"><a href="#">Jobs</a> / <a href="#">Germany</a> / <a href="#">Bonn</a></p>
<h1>{title}</h1>
<div class="chips"><span>United Nations University</span><span>Bonn</span><span>Grade: Mid level - {grade}</span><span>Research and Development</span><span>Closing on Mar 14, 2041</span></div>
<p><a href="#">Apply</a> · <a href="#">Save</a> · <a href="#">Match me to this job</a></p>
<div class="side"><h3>Job details</h3><p>Organization: UNU - United Nations University</p><p>Location: Bonn</p><p>Occupational groups: Research and Development, Climate Change</p><p>Closing date: 2041-03-14</p><p>Posted: 2041-02-11</p></div>
<h2>Job Description</h2>
<p>{loc}<br>UTC +1</p>
<p>Organisational Unit: {org} (UNU-EHS)</p>
<p>Reference: {ref}</p>
<p>Grade: {grade}</p>
<p><b>United Nations University objectives</b></p>
<p>The United Nations University is a global think tank and postgraduate teaching organization of the United Nations system. Its institutes work on sustainability, human security and development.</p>
<p><b>The Institute</b></p>
<p>UNU-EHS studies how environmental change and hazards affect people, with a focus on risk, vulnerability and adaptation. The post sits in the Climate Risk Analytics team.</p>
<p><b>Responsibilities</b></p>{ul(duties)}
<p><b>Required qualifications and experience</b></p>{ul(ess)}
<p><b>Desirable qualifications</b></p>{ul(des)}
<p><b>Remuneration</b></p>
<p>The net annual salary is USD 60,213, plus a post adjustment (currently 38.4 per cent for Bonn).</p>
<p><b>Duration of contract</b></p><p>Fixed-term appointment of two years, with the possibility of renewal.</p>
<p><b>Application deadline</b></p><p>14 March 2041 (midnight, Bonn time). Interviews are foreseen for mid-April 2041.</p>
<hr><h3>Similar jobs</h3>
<p>Research Associate – UNU-FLORES – Dresden – Closing on Mar 2, 2041</p>
<p>Climate Data Scientist – WMO – Geneva – Closing on Mar 20, 2041</p>
<p>Impactpool is not the hiring organization; applications are handled by UNU.</p>
</body></html>"""
    w(f"{key}-impactpool.html", html, key)
    md = f"""[UNU](https://unu.example) · [About](#) · [Research](#) · [Education](#) · [News](#) · [Careers](#)

Home › About UNU › Human resources › Academic positions

# {title}

*Published 11 February 2041*

{loc}  
UTC +1

**Organisational Unit:** {org} (UNU-EHS)  
**Reference:** {ref}  
**Grade:** {grade}  
**Deadline:** 14 March 2041

## United Nations University objectives

The United Nations University (UNU) is a global think tank and postgraduate teaching organization of the United Nations system, with institutes in a dozen countries.

## Responsibilities

""" + "\n".join("- " + d for d in duties) + "\n\n## Required qualifications and experience\n\n" + "\n".join("- " + e for e in ess) + "\n\n## Desirable qualifications\n\n" + "\n".join("- " + d for d in des) + f"""

## Remuneration

The net annual salary is USD 60,213, plus a post adjustment (currently 38.4 per cent for Bonn).

## How to apply

Apply through the online form and attach a cover letter, a CV and two writing samples. Interviews are foreseen for mid-April 2041.

> UNU does not charge a fee at any stage of the recruitment process.

---

*Related files:* [Personal history form (PDF)](#) · [UNU staff rules](#)
"""
    w(f"{key}-unu.md", md, key)
    expected(key, ref, ["en"], title, org, loc, "2041-03-14", grade=grade, salary=sal(60213, "USD", "year"),
             req={"en": {"essential": ess, "desirable": des}}, comp={"en": []})

if __name__ == "__main__":
    n01(); n02(); n03(); n04(); n05()
