from common import *

KEY = "afl-rh-2036-23"
REF = "AFL/RH/2036/23"
TITLE = "Pastoral Markets Data and Learning Officer"
ORG = "Acting for Life"
LOC = "Tamale, Ghana"
SCHED = "Full-time"
SALV = "GHS 15,400 to GHS 18,250 gross per month, depending on experience"
ESS = ["Master's degree in agricultural economics, statistics, rural development or a related field.",
       "Minimum three years of experience in monitoring and evaluation of development projects, ideally in agriculture or livestock.",
       "Proven experience with mobile data collection tools (KoboToolbox, ODK or similar) and with a statistics package.",
       "Excellent written English and a working knowledge of French.",
       "Ability to travel frequently to rural areas of northern Ghana and neighbouring countries."]
DES = ["Knowledge of Dagbani, Hausa or Fulfulde.",
       "Experience with geographic information systems (QGIS or ArcGIS)."]
COMP = ["Analytical rigour", "Autonomy", "Intercultural communication", "Team spirit"]
expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["en"],
    "title": {"en": TITLE, "fr": None}, "organisation": {"en": ORG, "fr": None},
    "location": {"en": LOC, "fr": None}, "schedule": {"en": SCHED, "fr": None},
    "deadline": "2036-11-26", "salary": sal(None, 15400, 18250, "GHS", "month"),
    "grade": None, "clearance": None,
    "requirements": {"en": {"essential": ESS, "desirable": DES}, "fr": None},
    "competencies": {"en": [{"name": c, "description": ""} for c in COMP], "fr": None},
})
CTX = ("Acting for Life is a French international solidarity organisation that has supported rural economic development "
       "in West Africa for several decades. Its regional programme on pastoral mobility works with herders' associations, "
       "local governments and livestock markets to secure transhumance corridors, improve market infrastructure and reduce "
       "conflicts between farmers and herders in Ghana, Togo, Burkina Faso and Niger.")
RESP = ["Design and update the programme's monitoring and evaluation framework, indicators and data collection tools.",
        "Train and supervise partner staff in charge of data collection on markets and corridors.",
        "Analyse data and produce quarterly dashboards and contributions to donor reports.",
        "Organise learning workshops with partners and document good practices.",
        "Support the baseline and mid-term evaluations led by external consultants."]
FACTS = [("Reference", REF), ("Position", TITLE), ("Organisation", ORG), ("Duty station", LOC),
         ("Contract", "Fixed-term, 24 months, renewable"), ("Working time", SCHED), ("Salary", SALV),
         ("Reports to", "Regional Programme Coordinator (Ouagadougou)"), ("Start date", "January 2037"),
         ("Application deadline", "26 November 2036")]

html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)}</title>
<style>@page{{size:A4;margin:2cm 2cm 2.2cm;@bottom-right{{content:"Page " counter(page) " / " counter(pages);font-size:8pt}}@bottom-left{{content:"Acting for Life – Job description {REF}";font-size:8pt}}}}
body{{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;line-height:1.35}} h1{{font-size:15pt;color:#8a1c2b}} h2{{font-size:11pt;border-bottom:1px solid #8a1c2b;margin-top:1.2em}}
table{{border-collapse:collapse;width:100%}} th,td{{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}} th{{width:32%;background:#f3e9ea}}
.logo{{font-weight:bold;font-size:13pt;letter-spacing:2px}}</style></head><body>
<p class="logo">ACTING FOR LIFE</p>
<p>Job description – Regional programme "Pastoral mobility and markets"</p>
<h1>{nb(esc(TITLE))}</h1>
<table>{''.join('<tr><th>%s</th><td>%s</td></tr>' % (esc(a), nb(esc(b)) if a in ('Reference', 'Duty station') else esc(b)) for a, b in FACTS)}</table>
<h2>1. Context</h2><p>{esc(CTX)}</p>
<h2>2. Main responsibilities</h2><ul>{li(RESP)}</ul>
<h2>3. Required profile</h2><ul>{li(ESS)}</ul>
<h2>4. Desirable</h2><ul>{li(DES)}</ul>
<h2>5. Skills and qualities</h2><ul>{li(COMP)}</ul>
<h2>6. Conditions</h2><p>National contract under Ghanaian labour law. Salary: {esc(SALV)}, plus health insurance and a transport allowance. Field missions are paid at the organisation's per diem rates.</p>
<h2>7. How to apply</h2><p>Send a CV and a one-page cover letter, in English, to recruitment@actingforlife.example with the reference {nb(REF)} in the subject line, by 26 November 2036 at midnight GMT. Shortlisted candidates will sit a written test on 4 December 2036. Applications are reviewed on a rolling basis and the position may be filled before the deadline.</p>
</body></html>"""
weasy(html, KEY + "-afl.weasyprint.pdf", KEY)

board = f"""AidJobs West Africa   Jobs   Training   Organisations   Post a job   Sign in

Home / Jobs / Monitoring and Evaluation / Ghana

{TITLE}
{ORG}Tamale, GhanaPosted 19 Oct 2036Closing date26 Nov 2036
Job typeJobCareer categoryMonitoring and EvaluationYears of experience3-4 yearsThemesAgriculture · Peacebuilding
Country: Ghana  City: Tamale  Source: {ORG}

Reference: {REF}
Duty station: {LOC}
Contract: Fixed-term, 24 months, renewable
Working time: {SCHED}
Salary: {SALV}

Context{CTX}
Main responsibilities{' '.join(RESP)}
Required profile
{chr(10).join(ESS)}
Desirable
{chr(10).join(DES)}
Skills and qualities{', '.join(COMP)}
How to applySend a CV and a one-page cover letter, in English, to recruitment@actingforlife.example with the reference {REF} in the subject line, by 26 November 2036 at midnight GMT. Shortlisted candidates will sit a written test on 4 December 2036.

Share  Email  Print  Report

Related jobs
Livestock Market Officer · Tamale · closes 3 Dec 2036
Chargé(e) de suivi-évaluation · Fada N'Gourma · clôture 28 nov. 2036
"""
write(KEY + "-aidjobs.txt", board, KEY)
