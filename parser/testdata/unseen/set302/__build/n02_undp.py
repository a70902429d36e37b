"""UNDP São Tomé and Príncipe, NB: Oracle Recruiting Cloud page and a WhatsApp group export."""
from common import *

KEY = REF = "41876"
TITLE = "Programme Analyst – Blue Economy and Climate Finance"
ORG = "United Nations Development Programme"
LOC = "São Tomé, São Tomé and Príncipe"
BACKGROUND = [
    "The United Nations Development Programme (UNDP) works in about 170 countries and territories to eradicate poverty and reduce inequalities. In São Tomé and Príncipe, the Country Office supports the Government in protecting its ocean and coastal resources while opening new sources of finance for climate adaptation.",
    "The Programme Analyst will join the Sustainable Development Unit and work under the guidance of the Team Leader. The post holder will follow a growing portfolio of blue economy and climate finance projects financed by vertical funds, bilateral partners and the Government.",
]
DUTIES = [
    "Analyses the national policy context for the blue economy and proposes programme entry points to senior management.",
    "Prepares concept notes and full proposals for climate funds and tracks their review cycles.",
    "Monitors the delivery of projects in the portfolio and flags risks to the Team Leader.",
    "Maintains relations with the Ministry of Planning and Finance, the Directorate of Fisheries and island authorities in Príncipe.",
    "Contributes to knowledge products, briefing notes and donor reports.",
]
COMP = [
    ("Achieve Results", "LEVEL 1: Plans own work carefully, checks details and delivers agreed outputs on time."),
    ("Think Innovatively", "LEVEL 1: Questions routine ways of working and tries practical improvements."),
    ("Learn Continuously", "LEVEL 1: Seeks feedback, reflects on it and applies new knowledge at work."),
    ("Adapt with Agility", "LEVEL 1: Adjusts to shifting priorities and stays effective when plans change."),
    ("Act with Determination", "LEVEL 1: Keeps going after setbacks and shows confidence in own judgement."),
    ("Engage and Partner", "LEVEL 1: Builds good working relations with colleagues and partners and shares credit."),
    ("Enable Diversity and Inclusion", "LEVEL 1: Treats everyone with respect and is aware of own biases."),
]
EDU = ("Master's degree or equivalent in economics, environmental management, marine sciences, public finance or a "
       "related field, or a Bachelor's degree in these fields with two additional years of qualifying experience.")
EXP = ("Minimum of two years (with a Master's degree) or four years (with a Bachelor's degree) of relevant experience "
       "in environment, climate or natural resource programmes at national level.")
SKILLS = ["Proven experience in preparing project proposals for vertical climate funds or multilateral donors.",
          "Sound knowledge of public financial management in small island states."]
DESIRED = ["Experience with blue bonds, debt-for-nature swaps or other innovative finance instruments.",
           "Familiarity with the fisheries and coastal tourism sectors of São Tomé and Príncipe.",
           "Prior work with United Nations agencies or international financial institutions."]
LANG = "Fluency in Portuguese and English is required."


def render():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2042-12-05", grade="NB",
             schedule={"en": "Full time"},
             req={"en": ([EDU, EXP] + SKILLS + [LANG], DESIRED)}, comp={"en": COMP})
    info = [("Job Identification", REF), ("Locations", LOC), ("Posting Date", "11/21/2042, 05:00 AM"),
            ("Apply Before", "12/05/2042, 11:59 PM"), ("Job Schedule", "Full time"), ("Agency", "UNDP"),
            ("Grade", "NB"), ("Vacancy Type", "Fixed Term"), ("Practice Area", "Nature, Climate and Energy"),
            ("Bureau", "Regional Bureau for Africa"), ("Contract Duration", "1 Year with Possibility for extension"),
            ("Education & Work Experience", "Master's Degree - 2 year(s) experience OR Bachelor's Degree - 4 year(s) experience"),
            ("Required Languages", "Portuguese and English"), ("Vacancy Timeline", "2 Weeks")]
    dl = "".join(f"<div class='row'><dt>{esc(a)}</dt><dd>{esc(b)}</dd></div>" for a, b in info)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} - UNDP Careers</title>
<style>body{{font-family:Arial,sans-serif;margin:0;font-size:14px}} .cookie{{background:#222;color:#eee;padding:8px}}
nav{{padding:10px 24px;border-bottom:1px solid #ddd}} .wrap{{display:flex;gap:30px;padding:16px 24px}}
.info{{width:300px;background:#f4f6f8;padding:12px}} dt{{font-size:12px;color:#666}} dd{{margin:0 0 8px 0;font-weight:600}}
.chips span{{border:1px solid #999;border-radius:12px;padding:1px 8px;margin-right:6px}}</style></head>
<body>
<div class="cookie">We use cookies to give you the best experience. <button>Accept all</button> <button>Reject optional cookies</button></div>
<nav><a href="#job">Skip to main content</a> · UNDP Careers · <a href="#">Search Jobs</a> · <a href="#">Saved Jobs</a> · <a href="#">Sign In</a></nav>
<div><a href="#">‹ Back to jobs</a></div>
<h1>{esc(TITLE)}</h1>
<div class="chips"><span>São Tomé</span><span>Posted 11/21/2042</span><span>Full time</span></div>
<p><button>Apply Now</button> <button>Share</button> <button>Save</button></p>
<div class="wrap">
<section class="info"><h2>Job Info</h2><dl>{dl}</dl></section>
<section id="job">
<h2>Job Description</h2>
<h3>Background</h3>
{''.join('<p>' + esc(p) + '</p>' for p in BACKGROUND)}
<p>UNDP is committed to a workforce that reflects the people it serves; women and persons with disabilities are encouraged to apply.</p>
<h3>Duties and Responsibilities</h3>
<ul>{''.join('<li>' + esc(d) + '</li>' for d in DUTIES)}</ul>
<h3>Competencies</h3>
<p><b>Core</b></p>
{''.join(f'<p>{esc(n)}: {esc(d)}</p>' for n, d in COMP)}
<h3>Required Skills and Experience</h3>
<p><b>Education:</b></p><ul><li>{esc(EDU)}</li></ul>
<p><b>Experience:</b></p><ul><li>{esc(EXP)}</li></ul>
<p><b>Required skills:</b></p><ul>{''.join('<li>' + esc(s) + '</li>' for s in SKILLS)}</ul>
<p><b>Desired skills in addition to the competencies covered in the Competencies section:</b></p>
<ul>{''.join('<li>' + esc(s) + '</li>' for s in DESIRED)}</ul>
<p><b>Required Language(s):</b></p><ul><li>{esc(LANG)}</li></ul>
<h3>Disclaimer</h3>
<p>Applicants may be asked to take a written test, expected in the week of 12 January 2043. UNDP does not charge a fee at any stage of the process. Only shortlisted candidates will be contacted.</p>
</section></div>
<footer><h4>Similar jobs</h4><ul><li>Finance Associate — Praia, Cabo Verde — Apply Before 12/01/2042</li>
<li>Programme Specialist (Ocean Governance Hub) — Dakar, Senegal — Apply Before 12/14/2042</li></ul>
<p>© 2042 United Nations Development Programme · Privacy · Terms of use</p></footer>
</body></html>
"""
    write(KEY + "-undp-oracle.html", page, KEY)

    b = "\n".join
    chat = f"""[21/11/42, 09:14:03] Nilza Trovoada: Bom dia a todos 🌊 vaga nova no PNUD STP, boa para quem trabalha em clima/pescas
[21/11/42, 09:14:41] Nilza Trovoada: *{TITLE}*
Job Identification: {REF}
Locations: {LOC}
Agency: UNDP – United Nations Development Programme
Grade: NB
Job Schedule: Full time
Vacancy Type: Fixed Term, 1 year renewable
Apply Before: 12/05/2042, 11:59 PM (hora de Nova Iorque!)
[21/11/42, 09:15:10] Nilza Trovoada: Duties (resumo):
{b('• ' + d for d in DUTIES)}
[21/11/42, 09:16:02] Nilza Trovoada: Competencies (core):
{b(n + ': ' + d for n, d in COMP)}
[21/11/42, 09:17:30] Nilza Trovoada: Required Skills and Experience
Education:
{EDU}
Experience:
{EXP}
Required skills:
{b('- ' + s for s in SKILLS)}
Desired skills:
{b('- ' + s for s in DESIRED)}
Required Language(s):
{LANG}
[21/11/42, 09:18:55] Edmilson Ceita: Obrigado Nilza! Sabes se aceitam candidatos de Príncipe que trabalham à distância?
[21/11/42, 09:21:12] Nilza Trovoada: Diz "São Tomé" como local, acho que é presencial. O teste escrito deve ser em janeiro
[21/11/42, 09:22:40] Sandra Pires: Já partilhei no grupo da universidade 👍
[21/11/42, 10:05:19] Edmilson Ceita: <Media omitted>
[21/11/42, 10:05:19] Edmilson Ceita: Também há esta: Finance Associate em Praia, fecha 1 de dezembro
[22/11/42, 08:47:31] Nilza Trovoada: Lembrete: a vaga {REF} fecha dia 5/12, não deixem para o último dia ⏰
"""
    write(KEY + "-whatsapp.txt", chat, KEY)
