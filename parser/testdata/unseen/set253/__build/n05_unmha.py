from common import *

REF = "38-Administration-UNMHA-413377-R-Hodeidah (L)"
KEY = "38-administration-unmha-413377-r-hodeidah-l"
TITLE = "Administrative Assistant (Travel and Visas)"
ORG = "United Nations Mission to Support the Hodeidah Agreement"
LOC = "HODEIDAH"
GRADE = "G-6"
EDU = ("High school diploma or equivalent is required. A first-level university degree in business administration "
       "or a related field is desirable but not required.")
EXP1 = ("A minimum of six years of experience in administration, travel management, human resources or a related "
        "area is required.")
EXP2 = "Experience in processing visas, entry permits or travel authorizations with government authorities is required."
EXP3 = "Experience with an enterprise resource planning system such as Umoja is desirable."
LANG1 = "For this position, fluency in English and Arabic is required."
COMP = [
    ("Professionalism", "Shows pride in work; is conscientious and efficient in meeting commitments, observing deadlines and achieving results."),
    ("Client Orientation", "Considers all those to whom services are provided to be clients; keeps clients informed of the progress of requests."),
    ("Technological Awareness", "Keeps abreast of available technology and actively seeks to apply it to appropriate tasks."),
]
DUTIES = [
    "Processes official travel requests, travel authorizations and expense reports of mission personnel;",
    "Liaises with the relevant ministries and local authorities on visas, residence permits and movement notifications;",
    "Maintains records of visa validity and alerts staff and supervisors of upcoming expiries;",
    "Prepares monthly statistics and responds to queries from staff and contractors;",
    "Performs other related duties as required.",
]


def impactpool():
    comp = "".join("<p><b>%s:</b> %s</p>\n" % c for c in COMP)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Impactpool</title></head>
<body>
<div class="cookie-consent">We use cookies to give you the best experience. <button>Accept</button> <button>Manage</button></div>
<nav><a href="/">impactpool</a> <a href="/search">Jobs</a> <a href="/organizations">Organizations</a> <a href="/career-advice">Career advice</a> <a href="/login">Log in</a> <a href="/signup">Sign up</a></nav>
<main>
<div class="job-header">
<h1>{TITLE}</h1>
<div class="job-location">Hodeidah (Yemen)</div>
<ul class="job-meta">
<li>Organization: UNMHA - {ORG}</li>
<li>Grade: {GRADE} - General Service</li>
<li>Occupational Groups:<ul><li>Administrative support</li><li>Logistics</li></ul></li>
<li>Closing Date: 2038-11-10</li>
</ul>
<a class="btn" href="#">Apply</a> <a href="#">Save job</a>
</div>
<section class="job-description">
<p><strong>Job Opening Number:</strong> {REF}<br>
<strong>Department/Office:</strong> {ORG}<br>
<strong>Duty Station:</strong> {LOC}<br>
<strong>Category and Level:</strong> General Service and related, {GRADE}<br>
<strong>Posting Period:</strong> 11 October 2038 - 10 November 2038</p>
<p>Org. Setting and Reporting</p>
<p>This position is located in the Mission Support Division of the {ORG} (UNMHA). The Administrative Assistant reports to the Chief of the Travel and Movement Control Unit.</p>
<p>Responsibilities</p>
{ul(DUTIES)}
<p>Competencies</p>
{comp}<p>Education</p>
<p>{EDU}</p>
<p>Work Experience</p>
<p>{EXP1} {EXP2} {EXP3}</p>
<p>Languages</p>
<p>English and French are the working languages of the United Nations Secretariat. {LANG1}</p>
<p>Assessment</p>
<p>Evaluation of qualified candidates may include an assessment exercise, tentatively on 24 November 2038, which may be followed by a competency-based interview.</p>
<p>Special Notice</p>
<p>This position is open to Yemeni nationals and to non-Yemeni candidates legally residing in Yemen.</p>
</section>
<section class="similar"><h2>Similar jobs</h2>
<ul><li>Human Resources Assistant, G-5 · Aden · Closing 2038-11-02</li><li>Travel Assistant, G-5 · Sana'a · Closing 2038-11-18</li></ul></section>
</main>
<footer>Impactpool AB · About · Pricing · Privacy</footer>
</body></html>
"""


def untalent():
    duties = "\n".join(DUTIES)
    comp = "\n".join("%s: %s" % c for c in COMP)
    return f"""UN Talent
Jobs  Organizations  Career guides  Newsletter  Log in
Jobs › UNMHA › {TITLE}

{TITLE.upper()}

UNMHA - United Nations Mission to Support the Hodeidah Agreement

Open positions at UNMHA
Logo of UNMHA

Application deadline in 29 days: Wednesday 10 Nov 2038 at 23:59 UTC

Open application form

Contract

This is a G-6 contract. This kind of contract is known as General Service and related categories. It is normally only for nationals. It usually requires 6 years of experience, depending on education. More about G-6 contracts.

Org. Setting and Reporting This position is located in the Mission Support Division of the {ORG} (UNMHA). The Administrative Assistant reports to the Chief of the Travel and Movement Control Unit.

Responsibilities
{duties}

Competencies
{comp}

Education
{EDU}

Work Experience
{EXP1} {EXP2} {EXP3}

Languages
English and French are the working languages of the United Nations Secretariat. {LANG1}

Assessment
Evaluation may include an assessment exercise, tentatively on 24 November 2038.

Job Opening Number: {REF}
Duty Station: {LOC}
Category and Level: General Service and related, {GRADE}
Posting Period: 11 October 2038 - 10 November 2038

Similar jobs
Human Resources Assistant (Aden) · deadline 2 Nov 2038
Logistics Assistant (Mukalla) · deadline 15 Nov 2038

Help us improve this page. UN Talent is an independent job board and is not affiliated with the United Nations.
"""


def build():
    write(KEY + "-impactpool.html", impactpool(), KEY)
    write(KEY + "-untalent.txt", untalent(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2038-11-10", grade=GRADE,
             req={"en": ([EDU, EXP1, EXP2, LANG1], [EXP3])}, comp={"en": COMP})
