from common import *
import os

KEY = "fnr-2034-11"
REF = "FNR-2034-11"
TITLE = "Programme Manager – Research Careers (m/f)"
ORG = "Fonds National de la Recherche (FNR)"
LOC = "Esch-sur-Alzette"
SCHED = "Full-time (40 hours per week)"
ESS = [
    "A PhD in any discipline, followed by at least three years of experience in research, research funding or research management",
    "Sound understanding of doctoral and postdoctoral training in Europe",
    "Experience in organising peer review or evaluation panels",
    "Excellent written and spoken English; good command of French or German",
    "Proficiency in standard office software and in working with online grant-management systems",
]
DES = [
    "Knowledge of the Luxembourg research landscape",
    "Experience with Marie Skłodowska-Curie or similar fellowship programmes",
    "Knowledge of Luxembourgish",
]
COMPS = [
    ("Structured working", "you run several calls at once and keep every deadline and committee in view."),
    ("Communication", "you explain funding rules clearly to researchers, institutions and reviewers."),
    ("Service orientation", "you treat each applicant's question as part of the programme's quality."),
    ("Integrity", "you handle confidential evaluation data with discretion and impartiality."),
]
DUTIES = [
    "Run the yearly calls of the FNR's doctoral and postdoctoral training programmes, from call text to funding decision",
    "Organise remote peer review and the meetings of international evaluation panels",
    "Monitor funded projects through progress reports and site visits",
    "Advise researchers and host institutions on eligibility and application rules",
    "Analyse programme data and contribute to reports for the Board of Trustees",
]

expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["en"],
    "title": lang2(TITLE, None), "organisation": lang2(ORG, None), "location": lang2(LOC, None),
    "schedule": lang2(SCHED, None), "deadline": "2034-11-16",
    "salary": None, "grade": None, "clearance": None,
    "requirements": {"en": {"essential": ESS, "desirable": DES}, "fr": None},
    "competencies": {"en": comp(COMPS), "fr": None},
})

INTRO = ("The Luxembourg National Research Fund funds research projects, researchers and their training in all scientific disciplines. "
         "Its Research Careers unit manages the programmes that bring doctoral candidates and postdoctoral researchers to Luxembourg's "
         "university and public research institutes.")
OFFER = ["A permanent contract under the FNR's collective agreement, with a salary in line with the Luxembourg public research sector",
         "Flexible working hours and up to two days of teleworking per week",
         "Training budget and language courses", "Offices at the Maison du Savoir on the Belval campus, next to the train station"]

facts = [("Reference", REF), ("Organisation", ORG), ("Unit", "Research Careers"), ("Location", LOC),
         ("Contract", "Permanent (CDI)"), ("Working time", SCHED), ("Start date", "As soon as possible"),
         ("Application deadline", "16 November 2034")]

def li(xs):
    return "".join(f"<li>{x}</li>" for x in xs)

web = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} – Careers – FNR</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} header,footer{{background:#1b2b4b;color:#fff;padding:10px}}
.wrap{{display:flex;gap:24px;padding:16px}} .main{{flex:3}} .facts{{flex:1;background:#f2f4f8;padding:10px;font-size:90%}}
.facts span.l{{display:block;font-weight:bold;margin-top:6px}} #consent{{background:#333;color:#eee;padding:6px;font-size:85%}}</style></head>
<body>
<div id="consent">We use cookies for analytics. <button>Accept all</button> <button>Only necessary</button></div>
<header><b>FNR</b> Luxembourg National Research Fund · Funding · Science in society · About us · <a href="#">Careers</a> · EN | FR | DE</header>
<p style="padding:0 16px;font-size:85%">Home / About us / Careers / Vacancies</p>
<div class="wrap">
<div class="main">
<p style="text-transform:uppercase;font-size:80%;color:#5a6b8c">Vacancy · posted 21 October 2034</p>
<h1>{TITLE}</h1>
<p>{INTRO}</p>
<p>To strengthen the unit, the FNR is looking for a</p>
<p><strong>{TITLE}</strong></p>
<h2>Your role</h2>
<ul>{li(DUTIES)}</ul>
<h2>Your profile</h2>
<ul>{li(ESS)}</ul>
<h3>Nice to have</h3>
<ul>{li(DES)}</ul>
<h2>Your competencies</h2>
<ul>{''.join(f'<li><b>{n}:</b> {d}</li>' for n, d in COMPS)}</ul>
<h2>What we offer</h2>
<ul>{li(OFFER)}</ul>
<h2>How to apply</h2>
<p>Please send your CV and a motivation letter in English through our online form by 16 November 2034, quoting the reference {REF}. First interviews are planned for the week of 4 December 2034; shortlisted candidates may be asked to complete a written case study.</p>
</div>
<aside class="facts">
{''.join(f'<span class="l">{l}</span><span>{v}</span>' for l, v in facts)}
<p><a href="#">Apply now</a></p>
<p><b>Other vacancies</b><br>IT Systems Administrator (m/f) – deadline 30 November 2034<br>Communication Officer (m/f) – deadline 7 December 2034</p>
</aside>
</div>
<footer>FNR · Maison du Savoir, Belval · L-4365 Esch-sur-Alzette · Imprint · Privacy</footer>
</body></html>
"""
# the FNR's formal notice, as the HR office prints it from its word processor (LibreOffice source)
doc = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy notice {REF}</title>
<style>body{{font-family:"Liberation Serif",serif;font-size:11pt}} td{{vertical-align:top;padding:2pt 6pt}} h1{{font-size:15pt}} h2{{font-size:12pt}}</style></head>
<body>
<p align="right">Luxembourg National Research Fund<br>Human Resources</p>
<p align="center"><b>VACANCY NOTICE</b></p>
<h1 align="center">{TITLE}</h1>
<table border="1" cellspacing="0" width="100%">
{''.join(f'<tr><td width="32%"><b>{l}</b></td><td>{v}</td></tr>' for l, v in facts)}
</table>
<h2>1. Context</h2>
<p>{INTRO}</p>
<h2>2. Main tasks</h2>
<ol>{li(DUTIES)}</ol>
<h2>3. Profile</h2>
<ul>{li(ESS)}</ul>
<p><i>Nice to have:</i></p>
<ul>{li(DES)}</ul>
<h2>4. Competencies</h2>
<ul>{''.join(f'<li><b>{n}:</b> {d}</li>' for n, d in COMPS)}</ul>
<h2>5. Conditions</h2>
<ul>{li(OFFER)}</ul>
<h2>6. Application</h2>
<p>Applications (CV and motivation letter in English) must reach the FNR through its online form by 16 November 2034 at the latest, quoting {REF}. First interviews: week of 4 December 2034.</p>
<p>Esch-sur-Alzette, 21 October 2034</p>
</body></html>
"""
out(KEY + "-fnr.html", web)
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fnr-vacancy-notice.html")
open(src, "w", encoding="utf-8").write(doc)
soffice(src, KEY + "-fnr.libreoffice.pdf", "pdf:writer_web_pdf_Export")
