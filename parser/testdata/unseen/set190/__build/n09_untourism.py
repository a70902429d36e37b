from common import *
REF = "UNT/VN/2033/11"
KEY = "unt-vn-2033-11"
TITLE = "Associate Programme Officer, Destination Resilience"
ORG = "World Tourism Organization"
LOC = "Madrid, Spain"
GRADE = "P-2"
EDU = "A university degree in tourism management, economics, environmental science or a related field."
EXP_R = "A minimum of two years of professional experience in tourism development, disaster risk reduction or climate adaptation projects."
EXP_D = "Experience working with national tourism administrations or destination management organizations."
LAN_R = "Excellent knowledge of English."
LAN_D = "Good knowledge of Spanish or French."
ESS = [EDU, EXP_R, LAN_R]
DES = [EXP_D, LAN_D]
COMP = ["Integrity", "Professionalism", "Respect for diversity", "Teamwork", "Results orientation"]
SAL = "Annual net base salary: USD 61,380, plus a post adjustment for Madrid (currently 34.6 %) and other benefits of the UN common system."
DUT = [
 "Support the preparation of resilience assessments for tourism destinations exposed to climate and disaster risks.",
 "Collect and analyse data on recovery of arrivals, employment and investment after crises.",
 "Draft guidance notes, case studies and presentations for Member States.",
 "Help organize regional workshops and the annual meeting of the resilience network.",
 "Maintain contacts with partner agencies and keep the project pipeline up to date.",
]
expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {}, "2033-08-28",
         sal(61380, cur="USD", period="year"), GRADE,
         {"en": {"essential": ESS, "desirable": DES}}, {"en": comps([(c, "") for c in COMP])})
li = lambda xs: "".join(f"<li>{esc(x)}</li>" for x in xs)
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE} | UN Tourism</title>
<style>body{{font-family:Arial;margin:0 20px}} dl.facts dt{{float:left;clear:left;width:200px;font-weight:bold}} dl.facts dd{{margin-left:210px}} dl.q dt{{font-weight:bold;margin-top:6px}}</style></head><body>
<div class="cookie">We use cookies to give you the best experience. <a href="#">Cookie settings</a> <button>Accept all</button></div>
<nav>UN Tourism · Who we are · What we do · Members · News · <b>Work with us</b> · ES · FR · AR · RU</nav>
<p>Work with us › Vacancies › Professional</p>
<h1>{TITLE}</h1>
<dl class="facts">
<dt>Vacancy notice</dt><dd>{REF}</dd>
<dt>Grade</dt><dd>{GRADE}</dd>
<dt>Department</dt><dd>Sustainable Development of Tourism Department</dd>
<dt>Duty station</dt><dd>{LOC}</dd>
<dt>Type of contract</dt><dd>Fixed-term, two years</dd>
<dt>Date of publication</dt><dd>29 July 2033</dd>
<dt>Closing date</dt><dd>28 August 2033</dd>
</dl>
<h2>Background</h2>
<p>UN Tourism, the {ORG}, is the United Nations specialized agency responsible for the promotion of responsible, sustainable and universally accessible tourism. Its Sustainable Development of Tourism Department helps Member States plan destinations that can withstand shocks.</p>
<h2>Duties and responsibilities</h2>
<ul>{li(DUT)}</ul>
<h2>Qualifications</h2>
<dl class="q">
<dt>Education (required)</dt><dd>{esc(EDU)}</dd>
<dt>Work experience (required)</dt><dd>{esc(EXP_R)}</dd>
<dt>Work experience (desirable)</dt><dd>{esc(EXP_D)}</dd>
<dt>Languages (required)</dt><dd>{esc(LAN_R)}</dd>
<dt>Languages (desirable)</dt><dd>{esc(LAN_D)}</dd>
</dl>
<h2>Core competencies</h2>
<ul>{li(COMP)}</ul>
<h2>Remuneration</h2>
<p>{esc(SAL)}</p>
<h2>Selection</h2>
<p>A written test and a competency-based interview are planned for September 2033. UN Tourism does not charge any fee at any stage of the recruitment process.</p>
<p><a href="#">Apply online</a></p>
<footer>UN Tourism · Calle del Poeta Joan Maragall 42, Madrid · Privacy policy · Terms of use</footer>
</body></html>"""
out(KEY + "-untourism.html", html, KEY)
sp = " "
txt = f"""By continuing to browse this site, you agree to our use of cookies. Read our privacy policy

Impactpool  Jobs  Organizations  Career Advice  Sign in

{TITLE}

Madrid

  • Organization: UN Tourism - World Tourism Organization
  • Location: Madrid
  • Grade: Junior level - P-2, International Professional - Internationally recruited position
  • Occupational Groups:
    • Tourism
    • Disaster Risk Reduction
  • Closing Date: 2033-08-28

Click "SAVE JOB" to save this job description for later.

Vacancy notice{REF}Grade{GRADE}DepartmentSustainable Development of Tourism DepartmentDuty station{LOC}Type of contractFixed-term, two yearsDate of publication29 July 2033Closing date28 August 2033

Background UN Tourism, the {ORG}, is the United Nations specialized agency responsible for the promotion of responsible, sustainable and universally accessible tourism.

Duties and responsibilities
{sp.join(DUT)}

Qualifications
Education (required){EDU}Work experience (required){EXP_R}Work experience (desirable){EXP_D}Languages (required){LAN_R}Languages (desirable){LAN_D}

Core competencies
{sp.join(COMP)}

Remuneration {SAL}

Selection A written test and a competency-based interview are planned for September 2033.

This vacancy is archived soon after its closing date.

Similar jobs
  Programme Officer, Statistics - Madrid - UN Tourism - Closing Date: 2033-09-05
  Regional Officer for Africa - Madrid - UN Tourism - Closing Date: 2033-09-12
"""
out(KEY + "-impactpool.txt", txt, KEY)
