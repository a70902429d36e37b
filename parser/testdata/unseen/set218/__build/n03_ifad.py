"""IFAD, Rome, EN: vacancy announcement (HTML -> LibreOffice PDF + dump) and a Devex copy."""
from common import *

KEY = "ifad-va-35-118"
REF = "IFAD/VA/35/118"
TITLE = "Director, Inclusive Rural Markets Division"
ORG = "International Fund for Agricultural Development"
LOC = "Rome, Italy"
GRADE = "D-1"

E1 = ("Advanced university degree from an accredited institution in agricultural economics, development economics, "
      "business administration or a related field.")
E2 = ("At least twelve years of progressively responsible professional experience in rural market development, "
      "value chain finance or private sector engagement, including five years at a senior managerial level.")
E3 = "Experience in leading multidisciplinary teams across several regions."
D1 = "Experience in an international financial institution or a United Nations agency."
E4 = "Excellent written and oral knowledge of English."
D2 = "Working knowledge of French, Spanish or Arabic."
ESS = [E1, E2, E3, E4]
DES = [D1, D2]
COMP = [(n, "") for n in ["Strategic thinking and organizational development", "Demonstrating leadership",
                          "Learning, sharing knowledge and innovation", "Focusing on clients",
                          "Problem-solving and decision-making", "Managing performance and developing staff"]]
SETTING = ("The International Fund for Agricultural Development (IFAD) is an international financial institution and a "
           "specialized United Nations agency that invests in rural people. The Inclusive Rural Markets Division "
           "leads IFAD's technical work on market access, agribusiness partnerships and rural enterprise finance, "
           "with a team of about forty specialists in Rome and in the regional hubs.")
ACCOUNT = [
    "Sets the strategic direction of the Division and translates IFAD's corporate commitments on markets and "
    "enterprises into an annual work programme and budget.",
    "Oversees the quality of technical input to country strategies and investment projects in all regions.",
    "Builds partnerships with development banks, producer organizations and private buyers, and represents IFAD "
    "in global fora on food systems.",
    "Leads, coaches and evaluates the Division's managers and specialists and promotes gender balance and "
    "diversity in the team.",
    "Manages the Division's administrative budget and the supplementary funds entrusted to it.",
]


def build():
    facts = [("Vacancy Announcement Number", REF), ("Position Title", TITLE), ("Organizational Unit",
             "Strategy and Knowledge Department – Inclusive Rural Markets Division"), ("Grade", GRADE),
             ("Duty Station", LOC), ("Type of Contract", "Fixed-term, two years, renewable"),
             ("Date of posting", "06/11/2035"), ("Closing date", "07/12/2035 (23:59 Rome time)")]
    rows = "\n".join('<tr><td width="34%%"><b>%s</b></td><td>%s</td></tr>' % (E(a), E(b)) for a, b in facts)
    html_src = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{E(REF)}</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:11pt}} td{{border:1px solid #555;padding:3pt}} h2{{font-size:12pt;text-transform:uppercase}}</style></head>
<body>
<p align="center"><b>INTERNATIONAL FUND FOR AGRICULTURAL DEVELOPMENT</b><br>Via Paolo di Dono, 44 – 00142 Rome, Italy</p>
<p align="center"><b>VACANCY ANNOUNCEMENT</b></p>
<table cellspacing="0" width="100%">
{rows}
</table>
<h2>Organizational setting</h2>
<p>{E(SETTING)}</p>
<h2>Job role</h2>
<p>The Director reports to the Associate Vice-President of the Strategy and Knowledge Department and is a member of the Department's management team.</p>
<h2>Key functions and results</h2>
<ol>
{"".join("<li>%s</li>" % E(a) for a in ACCOUNT)}
</ol>
<h2>Key performance indicators</h2>
<p>The work of the Director has a direct impact on the quality of IFAD's portfolio; the Director's decisions on technical standards apply across the Fund.</p>
<h2>Competencies</h2>
<p>The IFAD competencies required at this level (level 4) are:</p>
<ul>
{"".join("<li>%s</li>" % E(n) for n, _ in COMP)}
</ul>
<h2>Minimum qualifications</h2>
<p><b>Education level</b></p>
<p><i>Required:</i> {E(E1)}</p>
<p><b>Experience</b></p>
<p><i>Required:</i></p>
<ul><li>{E(E2)}</li><li>{E(E3)}</li></ul>
<p><i>Desirable:</i> {E(D1)}</p>
<p><b>Languages</b></p>
<p><i>Required:</i> {E(E4)}</p>
<p><i>Desirable:</i> {E(D2)}</p>
<h2>Remuneration</h2>
<p>The annual net base salary is USD 146,380, to which a post adjustment of 35.4 per cent of net base salary is currently added. IFAD offers a competitive benefits package including home leave and education grant.</p>
<h2>Other information</h2>
<p>Shortlisted candidates will be invited to an assessment centre in Rome, expected in the week of 19 January 2036. IFAD does not charge a fee at any stage of its recruitment process.</p>
<p align="right"><i>Human Resources Division – IFAD/VA/35/118 – page 1</i></p>
</body></html>
"""
    p = src(KEY + "-va.html", html_src)
    soffice_pdf(p, KEY + "-va.libreoffice.pdf", KEY)

    dev = f"""devex
Jobs   Funding   News   Events   Talent   Sign in   Join Devex Pro

< Back to search results

{TITLE}
International Fund for Agricultural Development (IFAD)
Rome, Italy
Apply by Dec 7, 2035

Job type: Full-time        Experience level: Executive (15+ years)        Posted: Nov 7, 2035

Share   Save job   Apply on employer's website

Job description

Vacancy Announcement Number: {REF}
Position Title: {TITLE}
Grade: {GRADE}
Duty Station: {LOC}
Type of Contract: Fixed-term, two years, renewable
Closing date: 07/12/2035 (23:59 Rome time)

ORGANIZATIONAL SETTING
{SETTING}

KEY FUNCTIONS AND RESULTS
{chr(10).join("• " + a for a in ACCOUNT)}

COMPETENCIES
{", ".join(n for n, _ in COMP)}

MINIMUM QUALIFICATIONS
Education level
Required: {E1}
Experience
Required:
• {E2}
• {E3}
Desirable: {D1}
Languages
Required: {E4}
Desirable: {D2}

REMUNERATION
The annual net base salary is USD 146,380, plus post adjustment (currently 35.4 per cent).

Assessment centre in Rome expected in the week of 19 January 2036.

Skills: Agribusiness · Private sector development · Leadership · Rural development
Sectors: Agriculture · Finance
Countries: Italy

Similar jobs
Head of Agrifood Investment, Regional development bank – Abidjan – Apply by Dec 19, 2035
Senior Value Chain Adviser, Bilateral agency – Nairobi – Apply by Jan 5, 2036

Devex Pro members get 10-day early access to jobs like this one.
© Devex 2035   About   Careers   Privacy   Terms
"""
    write(KEY + "-devex.txt", dev, KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, deadline="2035-12-07", salary=sal(146380, "USD", "year"), grade=GRADE,
             req={"en": (ESS, DES)}, comp={"en": COMP})
