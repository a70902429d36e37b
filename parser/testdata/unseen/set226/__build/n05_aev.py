from common import *
KEY = "aev-2036-031"; REF = "AEV/2036/031"
T = "Air Quality Data Specialist (m/f)"; O = "Administration de l'environnement"; LOC = "Esch-sur-Alzette"
SCH = "Full-time (40 hours/week)"
ESS = ["Bachelor's degree (180 ECTS) in environmental science, physics, chemistry, data science or a related field",
       "At least two years of professional experience in processing environmental monitoring data",
       "Good command of Python or R and of SQL databases",
       "Fluency in English and good knowledge of French"]
DES = ["Experience with air-quality reference methods and with the European reporting obligations on ambient air",
       "Knowledge of Luxembourgish or German"]
CMP = [("Analytical thinking", "you turn raw measurements into reliable indicators"),
       ("Teamwork", "you work closely with field technicians and modellers"),
       ("Rigour", "you document your methods so that others can reproduce them")]
DUT = ["validate the hourly data of the national air-quality monitoring network",
       "maintain the data pipelines between the measuring stations and the central database",
       "produce the annual air-quality report and the datasets sent to the European Environment Agency",
       "answer data requests from municipalities, researchers and the public"]
ADM = ["be a national of a Member State of the European Union", "enjoy civil and political rights",
       "present the guarantees of morality required for the post"]
expected(KEY, REF, ["en"], {"en": T}, {"en": O}, {"en": LOC}, {"en": SCH}, "2036-08-21", None, grade="A2",
         req={"en": {"essential": ESS, "desirable": DES}}, comps={"en": comp(CMP)})
li = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
FACTS = [("Ministry", "Ministry of the Environment, Climate and Biodiversity"), ("Administration", O),
         ("Status", "Employee of the State"), ("Salary group", "A2"), ("Sub-group", "scientific and technical"),
         ("Reference", REF), ("Workplace", LOC), ("Working time", SCH), ("Contract", "Permanent contract (CDI)"),
         ("Nationality", "EU national"), ("Published", "24/07/2036"), ("Application deadline", "21/08/2036")]
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T} – GovJobs</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .top{{background:#00a3e0;color:#fff;padding:8px 20px}}
.layout{{display:grid;grid-template-columns:2fr 1fr;gap:24px;padding:0 20px}} dl{{display:grid;grid-template-columns:auto 1fr;gap:4px 12px;background:#f3f7fa;padding:10px}}
dt{{font-weight:bold}} dd{{margin:0}}</style></head><body>
<div class="top">LU · FR · DE · EN &nbsp;|&nbsp; GovJobs – Working for the State &nbsp;|&nbsp; <a href="#">My account</a></div>
<p style="padding:0 20px">Home &gt; Job offers &gt; Vacancies &gt; {T}</p>
<div class="layout"><main>
<p class="kicker">Vacancy · Employee of the State · Group A2</p>
<h1>{T}</h1>
<p>The Administration de l'environnement (Environment Agency) is looking to recruit an {T} for its Air Quality Unit, within the Air, Noise and Climate Department.</p>
<h2>Your missions</h2><p>Within a team of eight, you will:</p><ul>{li(DUT)}</ul>
<h2>Admission requirements</h2><p>To be admitted to this post, you must:</p><ul>{li(ADM)}</ul>
<h2>Your profile</h2><ul>{li(ESS)}</ul>
<h2>Assets</h2><ul>{li(DES)}</ul>
<h2>Your competencies</h2><ul>{''.join(f'<li><b>{n}:</b> {d}</li>' for n, d in CMP)}</ul>
<h2>We offer</h2><p>A permanent position remunerated according to the salary scale of employees of the State in group A2, flexible working hours, teleworking up to two days a week and continuous training at INAP.</p>
<h2>Application procedure</h2><p>Applications (motivation letter, CV, copy of diploma, extract from the criminal record) must be submitted online via GovJobs by 21/08/2036 at the latest. Shortlisted candidates will be invited to an interview and a practical test in the second half of September 2036.</p>
</main><aside><h3>Key facts</h3><dl>{''.join(f'<dt>{a}</dt><dd>{b}</dd>' for a, b in FACTS)}</dl>
<p><button>Apply</button></p>
<h3>Similar vacancies</h3><p>Hydrologist (m/f) – Administration de la gestion de l'eau – deadline 14/08/2036</p><p>GIS Officer (m/f) – Administration du cadastre et de la topographie – deadline 28/08/2036</p></aside></div>
<footer style="padding:20px">© Government of the Grand Duchy of Luxembourg 2036 · Accessibility · Legal notice · Cookies</footer></body></html>
"""
w(KEY + "-govjobs.html", html, KEY)
src = os.path.join(B, "aev-vacancy-notice.html")
fiche = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vacancy notice {REF}</title>
<style>@page{{size:A4;margin:2cm 2cm 2.2cm;@bottom-center{{content:"{REF} – page " counter(page) " of " counter(pages);font-size:8pt}}
@top-right{{content:"Administration de l'environnement – Human Resources";font-size:8pt}}}}
body{{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt}} .row{{display:flex;border-bottom:1px dotted #888}} .row span:first-child{{width:38%;font-weight:bold}}
h1{{font-size:14pt;text-align:center}} h2{{font-size:11pt;border-bottom:1px solid #00a3e0}}</style></head><body>
<p>LE GOUVERNEMENT DU GRAND-DUCHÉ DE LUXEMBOURG<br>Ministère de l'Environnement, du Climat et de la Biodiversité<br>{O}</p>
<h1>VACANCY NOTICE</h1><p style="text-align:center"><b>{T}</b></p>
<table style="width:100%;border-collapse:collapse">{''.join(f'<tr><th style="text-align:left;width:38%;border-bottom:1px dotted #888">{a}</th><td style="border-bottom:1px dotted #888">{b}</td></tr>' for a, b in FACTS if a != 'Published')}</table>
<h2>1. Missions</h2><ul>{li(DUT)}</ul>
<h2>2. Admission requirements</h2><ul>{li(ADM)}</ul>
<h2>3. Profile</h2><ul>{li(ESS)}</ul>
<p><i>Assets:</i></p><ul>{li(DES)}</ul>
<h2>4. Competencies</h2><ul>{''.join(f'<li><b>{n}:</b> {d}</li>' for n, d in CMP)}</ul>
<h2>5. How to apply</h2><p>Apply online via GovJobs by 21/08/2036. Interviews and a practical test will take place in the second half of September 2036.</p>
<p>Esch-sur-Alzette, 24 July 2036</p></body></html>
"""
open(src, "w", encoding="utf-8").write(fiche)
weasy(src, KEY + "-notice.weasyprint.pdf")
dump(KEY + "-notice.weasyprint.pdf", KEY)
