"""Aggregator copy: Resident Coordinator Office in Azerbaijan (Inspira) on UN Talent (.txt) and ReliefWeb (.html)."""
from common import *

REF = "44-Development Coordination-RCS-607315-R-Baku (X)"
KEY = "44-development-coordination-rcs-607315-r-baku-x"
TITLE = "Development Coordination Officer, Partnerships and Development Finance"
ORG = "Resident Coordinator System"
LOC = "BAKU"
GRADE = "P-4"
POSTING = "19 January 2044 - 17 February 2044"
ORGSET = ("This position is located in the Resident Coordinator Office (RCO) in Baku, Azerbaijan. Under the leadership "
          "of the Resident Coordinator, the RCO supports the United Nations country team in carrying out the Cooperation "
          "Framework with the Government. The Development Coordination Officer reports to the Head of the RCO.")
DUTIES = [
    "Advises the Resident Coordinator on partnerships with international financial institutions, the private sector and bilateral partners.",
    "Leads the work of the country team on an integrated financing strategy for the Sustainable Development Goals.",
    "Maps public and private financing flows and identifies opportunities for joint programmes.",
    "Prepares briefs, speeches and talking points on financing and partnership issues.",
    "Supports the country team in mobilizing resources for pooled funds and joint initiatives.",
]
COMP = [
    ("Professionalism", "Has solid knowledge of development finance, public budgeting and partnership instruments; turns technical analysis into clear advice for senior officials; shows persistence when faced with obstacles; takes responsibility for quality and deadlines."),
    ("Building Trust", "Creates an environment in which others can talk and act without fear of repercussion; manages in a deliberate and predictable way; handles confidential information with care; keeps to agreed commitments."),
    ("Client Orientation", "Treats the Government, partners and agencies as clients and seeks to see things from their point of view; keeps them informed of progress and setbacks; delivers products and services on time."),
]
EDU = ("An advanced university degree (Master's degree or equivalent) in economics, finance, public policy, development "
       "studies or a related field is required. A first-level university degree in combination with two additional years "
       "of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP_REQ = "A minimum of seven years of progressively responsible experience in development cooperation, partnerships, development finance or a related area is required."
EXP_DES = [
    "Experience in working with international financial institutions or on integrated national financing frameworks is desirable.",
    "Experience in the Europe and Central Asia region is desirable.",
]
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of Russian or Azerbaijani is desirable."
ASSESS = "Evaluation of qualified candidates may include a case study on 4 March 2044, followed by a competency-based interview."


def untalent():
    comp = "\n".join("%s: %s" % c for c in COMP)
    return f"""UN Talent
Jobs  Organizations  Contracts  Salaries  Internships  Career advice
Home › Jobs › Azerbaijan
{TITLE.upper()}

This opening expires in 3 weeks.

UNRC - UN Resident Coordinator System
Open positions at UNRC
Logo of UNRC

Application deadline in 23 days: Wednesday 17 Feb 2044 at 23:59 UTC

Open application form

Contract

This is a P-4 contract. This kind of contract is known as Professional and Director staff. It is normally internationally recruited only. It usually requires 7 years of experience, depending on education. More about P-4 contracts.

Salary

The salary for this job should be between 103,480 USD and 138,920 USD.

Please keep in mind that the salary displayed here is an estimation by UN Talent based on the location and the type of contract. In case the job description contains another salary information, please refer to this one.

Job Title: {TITLE}
Department/Office: {ORG}
Duty Station: {LOC}
Category and Level: Professional and Higher Categories, {GRADE}
Posting Period: {POSTING}
Job Opening Number: {REF}

Org. Setting and Reporting {ORGSET}

Responsibilities Within delegated authority, the Development Coordination Officer will be responsible for the following duties: {" ".join(DUTIES)}

Competencies
{comp}

Education {EDU}

Work Experience {EXP_REQ} {EXP_DES[0]} {EXP_DES[1]}

Languages {LANG_CTX} {LANG_REQ} {LANG_DES}

Assessment {ASSESS}

United Nations Considerations According to article 101, paragraph 3, of the Charter of the United Nations, the paramount consideration in the employment of the staff is the necessity of securing the highest standards of efficiency, competence, and integrity.

No Fee THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.

Share this job: LinkedIn  X  Email
More jobs at UNRC
Programme Management Officer · Tbilisi · deadline Thursday 11 Feb 2044
Economist · Almaty · deadline Monday 1 Mar 2044
"""


def reliefweb():
    comp = "\n".join("<p><strong>%s:</strong> %s</p>" % c for c in COMP)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | ReliefWeb</title></head><body>
<header><p><a href="#">ReliefWeb</a> — Informing humanitarians worldwide</p>
<nav><a href="#">Updates</a> <a href="#">Countries</a> <a href="#">Disasters</a> <a href="#">Organizations</a> <a href="#">Topics</a> <a href="#">Jobs</a> <a href="#">Training</a></nav></header>
<main>
<article>
<h1>{TITLE}</h1>
<dl class="meta">
<dt>Country</dt><dd>Azerbaijan</dd>
<dt>Organization</dt><dd>UN Resident Coordinator System</dd>
<dt>Closing date</dt><dd>17 Feb 2044</dd>
</dl>
<p class="posted">Posted 20 Jan 2044 · Originally published 19 Jan 2044</p>
<section class="body">
<p><strong>Job Opening Number:</strong> {REF}<br>
<strong>Department/Office:</strong> {ORG}<br>
<strong>Duty Station:</strong> {LOC}<br>
<strong>Category and Level:</strong> Professional and Higher Categories, {GRADE}<br>
<strong>Posting Period:</strong> {POSTING}</p>
<h3>Org. Setting and Reporting</h3>
<p>{ORGSET}</p>
<h3>Responsibilities</h3>
<p>Within delegated authority, the Development Coordination Officer will be responsible for the following duties:</p>
<ul>
{li(DUTIES)}
</ul>
<h3>Competencies</h3>
{comp}
<h3>Education</h3>
<p>{EDU}</p>
<h3>Work Experience</h3>
<p>{EXP_REQ}</p>
<p>{EXP_DES[0]} {EXP_DES[1]}</p>
<h3>Languages</h3>
<p>{LANG_CTX} {LANG_REQ} {LANG_DES}</p>
<h3>Assessment</h3>
<p>{ASSESS}</p>
</section>
<section class="how"><h2>How to apply</h2>
<p>Apply through the UN Careers portal (careers.un.org) under job opening {REF}. Applications sent to ReliefWeb are not forwarded.</p></section>
<section class="details"><h2>Job details</h2>
<table>
<tr><th>Country</th><td>Azerbaijan</td></tr>
<tr><th>City</th><td>Baku</td></tr>
<tr><th>Source</th><td>UN Resident Coordinator System</td></tr>
<tr><th>Type</th><td>Job</td></tr>
<tr><th>Career category</th><td>Program/Project Management</td></tr>
<tr><th>Years of experience</th><td>5-9 years</td></tr>
<tr><th>Theme</th><td>Coordination, Recovery and Reconstruction</td></tr>
</table></section>
</article>
<aside><h2>Related jobs</h2><ul>
<li>Humanitarian Affairs Officer · Yerevan · Closing date 9 Feb 2044</li>
<li>Data Management Officer · Dushanbe · Closing date 25 Feb 2044</li></ul></aside>
</main>
<footer><p>ReliefWeb is a service of OCHA. Terms · Privacy · Contact</p></footer>
</body></html>
"""


def build():
    write(KEY + "-untalent.txt", untalent(), KEY)
    write(KEY + "-reliefweb.html", reliefweb(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-02-17", grade=GRADE,
             req={"en": ([EDU, EXP_REQ, LANG_REQ], EXP_DES + [LANG_DES])}, comp={"en": COMP})
