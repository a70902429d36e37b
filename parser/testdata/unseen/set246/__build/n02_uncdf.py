from common import *

KEY = "uncdf-uga-va-2038-04"
REF = "UNCDF/UGA/VA/2038/04"
TITLE = "Local Development Finance Analyst"
ORG = "United Nations Capital Development Fund"
LOC = "Kampala, Uganda"
GRADE = "NO-B"
SAL = "UGX 164,380,000"
ROWS = [  # (row, required, desirable)
    ("Education",
     ["Master's degree in economics, public finance, development finance or a related field."],
     ["Professional certification in financial analysis (CFA or equivalent)."]),
    ("Experience",
     ["At least two years of relevant experience in local government finance, project appraisal or credit analysis.",
      "Experience in building financial models for municipal or infrastructure projects."],
     ["Experience with blended finance instruments or with a development finance institution."]),
    ("Languages",
     ["Fluency in English, written and spoken."],
     ["Working knowledge of Luganda or Swahili."]),
]
ESS = [x for r in ROWS for x in r[1]]
DES = [x for r in ROWS for x in r[2]]
CORE = ["Achieve Results", "Think Innovatively", "Learn Continuously", "Adapt with Agility",
        "Act with Determination", "Engage and Partner", "Enable Diversity and Inclusion"]
DUTIES = [
    "Appraise the bankability of investment proposals submitted by district and city councils.",
    "Build and maintain cash-flow models for revenue-generating local projects such as markets and bus parks.",
    "Support councils in preparing loan applications to commercial banks and to the national development bank.",
    "Monitor the performance of the grants and loans extended under the programme and prepare quarterly reports.",
    "Organize training for council finance staff on own-source revenue forecasting.",
]


def build():
    rows_html = "\n".join(
        f"<tr><th>{r}</th><td>{ul(q)}</td><td>{ul(d)}</td></tr>" for r, q, d in ROWS)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt}}
.lh{{text-align:center;font-size:9pt;color:#555}}
h1{{text-align:center;font-size:14pt;letter-spacing:2px}}
table{{border-collapse:collapse;width:100%}}
th,td{{border:1px solid #888;padding:4px;vertical-align:top;text-align:left}}
th{{background:#e6eef6}}
h2{{font-size:11pt;background:#dde;padding:2px 4px}}
</style></head><body>
<p class="lh">UNITED NATIONS CAPITAL DEVELOPMENT FUND<br>Uganda Country Office · Plot 11, Yusuf Lule Road · Kampala</p>
<h1>VACANCY ANNOUNCEMENT</h1>
<table>
<tr><th>Vacancy Announcement No.</th><td>{REF}</td></tr>
<tr><th>Position Title</th><td>{TITLE}</td></tr>
<tr><th>Grade</th><td>{GRADE}</td></tr>
<tr><th>Duty Station</th><td>{LOC}</td></tr>
<tr><th>Type of Appointment</th><td>Fixed-term appointment, one year, renewable</td></tr>
<tr><th>Open to</th><td>Ugandan nationals only</td></tr>
<tr><th>Date of issue</th><td>12 March 2038</td></tr>
<tr><th>Closing date</th><td>2 April 2038 (midnight, Kampala time)</td></tr>
</table>
<h2>BACKGROUND</h2>
<p>The {ORG} makes public and private finance work for the poor in the world's least developed countries. In Uganda it supports district and city councils in financing local infrastructure that earns revenue, together with the Ministry of Local Government and domestic banks.</p>
<h2>DUTIES AND RESPONSIBILITIES</h2>
{ul(DUTIES, "ol")}
<h2>REQUIRED SKILLS AND EXPERIENCE</h2>
<table>
<tr><th></th><th>Required</th><th>Desirable</th></tr>
{rows_html}
</table>
<h2>CORE COMPETENCIES</h2>
{ul(CORE)}
<h2>REMUNERATION</h2>
<p>The annual net salary for this post starts at {SAL}, plus benefits under the United Nations common system (medical insurance, pension fund membership and annual leave). Figures for other steps of the scale are available on request.</p>
<h2>HOW TO APPLY</h2>
<p>Apply online with a cover letter and the P11 form. Shortlisted candidates will be invited to a written test around 19 April 2038. Only shortlisted candidates will be contacted.</p>
<p><i>UNCDF does not charge a fee at any stage of its recruitment process.</i></p>
</body></html>
"""
    src(KEY + "-va.html", html)
    libreoffice(KEY + "-va.html", KEY + "-va.libreoffice.pdf", KEY)

    def wa(t, who, msg):
        return f"[{t}] {who}: {msg}"
    lines = [
        wa("14/03/2038, 09:12", "Brenda Nakato", f"Morning team 🌞 sharing a UN job for finance people: {TITLE} at UNCDF"),
        wa("14/03/2038, 09:12", "Brenda Nakato", "<attached: UNCDF vacancy.pdf>"),
        wa("14/03/2038, 09:14", "Brenda Nakato", f"""*{TITLE.upper()}*
{ORG} – Uganda Country Office
Vacancy Announcement No.: {REF}
Grade: {GRADE}
Duty Station: {LOC}
Type of Appointment: Fixed-term, one year, renewable
Open to: Ugandan nationals only
Closing date: 02/04/2038

Duties
- {chr(10).join('- ' + d for d in DUTIES)[2:]}

*Required*
{chr(10).join('- ' + x for x in ESS)}

*Desirable*
{chr(10).join('- ' + x for x in DES)}

Core competencies: {', '.join(CORE)}

Pay: annual net salary from {SAL} plus UN benefits"""),
        wa("14/03/2038, 09:20", "Ivan Ssekandi", "Thanks! Is it for fresh grads?"),
        wa("14/03/2038, 09:23", "Brenda Nakato", "No, needs a master's and at least 2 yrs. Written test is around 19 April"),
        wa("14/03/2038, 09:31", "Ivan Ssekandi", "👍"),
        wa("15/03/2038, 18:02", "Grace Apio", "Also the KCCA internship closes 29/03, link in the group description"),
    ]
    write(KEY + "-whatsapp.txt", "\n".join(lines) + "\n", KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, "2038-04-02", grade=GRADE,
             salary=(164380000, None, None, "UGX", "year"),
             requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": [(c, "") for c in CORE]})
