from common import *
KEY = "r-41872"
REF = "R-41872"
T = "Qualification Specialist – Sterile Manufacturing"
ORG = "CSL Vifor"
LOC = "Villars-sur-Glâne"
SCHED = "100%"
ESS = ["Degree in pharmaceutical sciences, chemical engineering, biotechnology or a related field",
       "At least three years of experience in equipment or process qualification in a GMP environment",
       "Sound knowledge of EU GMP Annex 1 and Annex 15",
       "Fluent English; good French or German"]
DES = ["Experience with isolator or RABS technology",
       "Familiarity with electronic validation systems such as Kneat or ValGenesis"]
DUTIES = ["Plan and execute IQ/OQ/PQ protocols for filling lines, isolators and autoclaves",
          "Write and review qualification reports, risk assessments and change controls",
          "Support deviation investigations and CAPA follow-up on the aseptic filling floor",
          "Represent Qualification during audits by health authorities and customers",
          "Coach operators and engineers on qualification and data integrity principles"]
ABOUT = ("CSL Vifor develops and manufactures medicines for iron deficiency and nephrology. At our site in "
         "Villars-sur-Glâne, near Fribourg, more than 600 colleagues produce injectable products for patients in over "
         "80 countries. Our Qualification & Validation team keeps the sterile manufacturing area ready for inspection, "
         "every single day.")
OFFER = ("A permanent position in an international company, flexible working hours, 27 days of holiday, a staff "
         "restaurant on site and a contribution of CHF 800 per year to public transport.")

def build():
    li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T} Job Details | {ORG}</title></head>
<body>
<header><a href="#">{ORG} Careers</a> <a href="#">Search Jobs</a> <a href="#">View Profile</a> <select><option>English (United States)</option><option>Français (France)</option><option>Deutsch (Deutschland)</option></select></header>
<main>
<div class="jobDisplayShell">
<h1 id="job-title">{T}</h1>
<p><span class="jobGeoLocation">{LOC}, FR, CH, 1752</span></p>
<p><button>Apply now »</button></p>
<p><span class="jobdescription-label">Date:</span> Jan 24, 2040</p>
<p><span class="jobdescription-label">Location:</span> {LOC}, FR, CH, 1752</p>
<p><span class="jobdescription-label">Company:</span> {ORG}</p>
<div class="jobdescription">
<p><b>Req ID:</b> {REF}<br><b>Workload:</b> {SCHED}<br><b>Contract:</b> Permanent</p>
<p><b>About us</b></p>
<p>{ABOUT}</p>
<p><b>Your responsibilities</b></p>
<ul>{li(DUTIES)}</ul>
<p><b>Your qualifications</b></p>
<ul>{li(ESS)}</ul>
<p><b>Nice to have</b></p>
<ul>{li(DES)}</ul>
<p><b>Our offer</b></p>
<p>{OFFER}</p>
<p>We are reviewing applications on a rolling basis; please submit your application by 23 February 2040. First interviews are planned for the week of 5 March 2040.</p>
<p>Do you want to learn more? Contact our Talent Acquisition team at talent.ch@cslvifor.example. Agencies: we do not accept unsolicited CVs.</p>
</div>
</div>
<div class="similar"><h3>Similar Jobs</h3><ul><li>Validation Engineer – Cleaning (Villars-sur-Glâne) – Jan 19, 2040</li><li>QA Specialist Batch Release (St. Gallen) – Jan 12, 2040</li></ul></div>
</main>
<footer>Privacy · Cookie Settings · Powered by SAP SuccessFactors</footer>
</body></html>
"""
    write(KEY + "-successfactors.html", html, KEY)
    txt = f"""jobs.ch
Find jobs  Companies  Salary  Career guide         Log in   For employers

Job 3 of 24  < Back to results

{ORG}
★ 4.1 (37 reviews)

{T}

Publication date:24 January 2040Workload:100%Contract type:Unlimited employment / permanent positionLanguage:English (Fluent), French (Intermediate)Place of work:1752 {LOC}
Salary estimate from jobs.ch: CHF 98 000 - 122 000 / year
Easy apply   Save   Share

Req ID: {REF} · Workload: {SCHED} · Location: {LOC} · Contract: Permanent

About us
{ABOUT}

Your responsibilities
""" + "\n".join(DUTIES) + """

Your qualifications
""" + "\n".join(ESS) + """

Nice to have
""" + "\n".join(DES) + f"""

Our offer
{OFFER}

Please submit your application by 23 February 2040. First interviews are planned for the week of 5 March 2040.

Place of work
{ORG}
Route de l'Exemple 10
1752 {LOC}

Job ID: 7f3c2a90-51d4-4b8e-9c1a-2e6b0d44f817

Similar jobs
Validation Engineer – Cleaning · {LOC} · Salary estimate CHF 92 000 - 115 000 / year
Process Engineer Aseptic Filling · Bulle · Salary estimate CHF 95 000 - 118 000 / year
"""
    write(KEY + "-jobsch.txt", txt, KEY)
    expected(KEY, dict(reference=REF, languages=["en"], title={"en": T, "fr": None}, organisation={"en": ORG, "fr": None},
        location={"en": LOC, "fr": None}, schedule={"en": SCHED, "fr": None}, deadline="2040-02-23",
        salary=None, grade=None, clearance=None,
        requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
        competencies={"en": [], "fr": None}))
