from common import *
KEY = "472018"
T = "Officer (Exercise Scenario Development)"
ORG = "Joint Warfare Centre (JWC)"
LOC = "Stavanger, Norway"
SCH = "Full-time"
CTX = """The Joint Warfare Centre (JWC) is NATO's training centre for operational-level command and control. It plans, prepares and conducts collective training of NATO headquarters in computer-assisted exercises. The Scenario Branch builds the fictional but realistic settings in which those exercises take place: geography, political background, order of battle and the thousands of pre-scripted events that drive the training.

The Officer (Exercise Scenario Development) leads the writing of scenario modules for one exercise series at a time and makes sure that they meet the training objectives agreed with the training audience."""
DUTIES = ["Leads a small team of scenario writers and subject matter experts for an assigned exercise series.",
 "Drafts the strategic and operational setting documents and keeps them consistent across exercises.",
 "Designs main events and incidents with the exercise control staff.",
 "Coordinates with the Centre's modelling and simulation and media simulation teams.",
 "Takes part in exercises in Stavanger or at the training audience's headquarters, for up to six weeks a year."]
ESS = ["A university degree in international relations, political science, history or a related discipline;",
 "At least five years of experience in military planning, exercise design or intelligence analysis;",
 "Excellent drafting skills in English and the ability to write for varied audiences;",
 "Experience in leading small teams or projects;",
 "English SLP 4444."]
DES = ["Experience as a scenario writer or exercise controller at NATO or national level;",
 "Knowledge of the NATO operations planning process;",
 "Familiarity with geographic information systems."]
COMP = [("Creativity", "Builds credible and engaging training situations."),
 ("Judgement", "Weighs realism against training value."),
 ("Leadership", "Guides writers from several nations towards a common product."),
 ("Resilience", "Performs under pressure during exercise execution.")]
COND = """The successful applicant will be offered a three-year definite duration contract, renewable. The basic monthly salary is NOK 78,412.36 (tax free), plus allowances in accordance with the NATO Civilian Personnel Regulations.
The closing date for applications is Tuesday, 24 July 2040, 23:59 (CEST). Applications must be submitted on the NATO Talent Acquisition Platform. Interviews will be held in Stavanger in the week of 3 September 2040."""

def build():
    expected(KEY, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2040-07-24",
             sal(78412.36, "NOK"), "G15", "NATO SECRET", {"en": (ESS, DES)}, {"en": COMP})
    html = f"""<!DOCTYPE html>
<!-- saved from url=(0049)https://www.jwc.example/careers/vacancy-{KEY}/ -->
<html lang="en"><head><meta charset="utf-8"><title>Vacancy {KEY} - {T} | Joint Warfare Centre</title>
<style>body{{font-family:Arial,sans-serif}} dl{{display:grid;grid-template-columns:200px 1fr}} dt{{font-weight:bold}}</style></head>
<body>
<a href="#main" class="skip">Skip to main content</a>
<header><img src="jwc-logo.png" alt="Joint Warfare Centre logo"> <span>JOINT WARFARE CENTRE · STAVANGER</span>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/exercises">Exercises</a></li><li><a href="/news">News</a></li><li><a href="/careers">Careers</a></li></ul></nav>
</header>
<div class="crumbs"><a href="/">Home</a> » <a href="/careers">Careers</a> » Civilian vacancies</div>
<main id="main">
<h1>{T}</h1>
<p class="meta">Published: 20 June 2040 | Civilian vacancy</p>
<dl>
<dt>Vacancy number</dt><dd>{KEY}</dd>
<dt>Organisation</dt><dd>{ORG}</dd>
<dt>Location</dt><dd>{LOC}</dd>
<dt>Schedule</dt><dd>{SCH}</dd>
<dt>NATO Grade</dt><dd>G15</dd>
<dt>Clearance</dt><dd>NATO SECRET</dd>
<dt>Basic monthly salary</dt><dd>NOK 78,412.36 (tax free)</dd>
<dt>Closing date</dt><dd>24 July 2040, 23:59 (CEST)</dd>
</dl>
<h2>Post Context</h2>
{"".join(f"<p>{p}</p>" for p in CTX.split(chr(10)+chr(10)))}
<h2>Principal Duties</h2>
{html_ul(DUTIES, 'ol', ' type="a"')}
<h2>Essential Qualifications</h2>
{html_ul(ESS)}
<h2>Desirable Qualifications</h2>
{html_ul(DES)}
<h2>Attributes/Competencies</h2>
{"".join(f"<p><b>{n}:</b> {d}</p>" for n, d in COMP)}
<h2>Conditions of Employment</h2>
{"".join(f"<p>{p}</p>" for p in COND.split(chr(10)))}
<p><a class="btn" href="#">Apply now</a></p>
</main>
<aside><h3>Latest news</h3><ul>
<li>Exercise series planning conference held in Stavanger (7 June 2040)</li>
<li>Vacancy 470911 Technician (Simulation Systems) – closing 12 July 2040</li>
</ul></aside>
<footer>Joint Warfare Centre · Jåttåflaten 35, Stavanger · Follow us · Privacy and cookies</footer>
</body></html>"""
    write(f"{KEY}-jwc.html", html, KEY)
    board = f"""finn-jobb.example   Stillinger   Mine søk   Varslinger   Logg inn
Stilling › Rogaland › Stavanger › Forsvar

Joint Warfare Centre (JWC)
{T}
Frist24.07.2040AnsettelsesformEngasjementSektorOffentligSted
Stavanger

Arbeidsgiver: Joint Warfare Centre (JWC)
Stillingstittel: {T}
Antall stillinger: 1
Språk: Engelsk
Lønn: NOK 78,412.36 per måned (skattefri)

Vacancy number: {KEY}
Organisation: {ORG}
Location: {LOC}
Schedule: {SCH}
NATO Grade: G15
Clearance: NATO SECRET

Post Context
{CTX}

Principal Duties
{items(DUTIES, '')}

Essential Qualifications
{items(ESS, '')}

Desirable Qualifications
{items(DES, '')}

Attributes/Competencies
{comps(COMP)}

Conditions of Employment
{COND}

Nøkkelord
NATO, exercise, scenario, planning, Stavanger

FINN-kode 402187733   Sist endret 21. juni 2040
Lignende stillinger
Rådgiver øvingsplanlegging – Forsvaret – Stavanger – Frist 15.07.2040
Analytiker – Equinor-leverandør – Sandnes – 650 000 – 780 000 kr – Frist 01.08.2040
Seniorrådgiver beredskap – Statsforvalteren – Stavanger – Frist 10.07.2040"""
    write(f"{KEY}-finn.txt", board, KEY)
