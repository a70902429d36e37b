from common import *

KEY = "cxc-hr-37-19"
REF = "CXC/HR/37/19"
TITLE = "Assistant Registrar, Examinations Security"
ORG = "Caribbean Examinations Council (CXC)"
LOC = "Headquarters, The Garrison, St Michael, Barbados"
SCHED = "Full-time, 37.5 hours per week, with extended hours during the May/June examination season"
GRADE = "Management Grade MG2"
ESS = [
    "A first degree in Management, Criminology, Public Administration or a related field.",
    "A minimum of five (5) years' experience in examinations administration, security or records management, two (2) of them at supervisory level.",
    "Sound knowledge of chain-of-custody procedures for confidential material.",
    "Proficiency in Microsoft Office and in case-management software.",
]
DES = [
    "A postgraduate qualification in Security Management or Risk Management.",
    "Experience of working with Ministries of Education in the region.",
]
COMP = [
    ("Integrity", "handles confidential papers and investigations with complete discretion."),
    ("Planning and organising", "prepares the logistics of each sitting well in advance."),
    ("Communication", "briefs Local Registrars in participating territories clearly and courteously."),
]
DUT = [
    "Manage the printing, packing and dispatch of question papers to participating territories.",
    "Investigate reported breaches of examination security and prepare reports to the Registrar.",
    "Audit the storage arrangements of examination centres.",
    "Maintain the register of security incidents and recommend improvements.",
]


def html():
    ol = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    comps = "\n".join(f"<li><b>{n}:</b> {d}</li>" for n, d in COMP)
    facts = [("Position", TITLE), ("Reference", REF), ("Organisation", ORG), ("Division", "Examinations Administration and Security Division"),
             ("Location", LOC), ("Grade", GRADE), ("Hours of work", SCHED),
             ("Salary", "BBD 98,400 – 126,600 per annum, plus travelling and upkeep allowances"),
             ("Closing date", "Tuesday 24 November 2037 at 4:30 p.m. (Eastern Caribbean time)")]
    rows = "\n".join(f"<tr><td class='l'>{a}</td><td>{b}</td></tr>" for a, b in facts)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Careers | CXC</title>
<style>body{{font-family:'Liberation Sans',Arial;font-size:10.5pt;margin:20px}} .bar{{background:#1d3f7a;color:#fff;padding:6px}}
table{{border-collapse:collapse}} td{{padding:3px 8px;vertical-align:top}} td.l{{font-weight:bold;width:140px}} .box{{border:2px solid #1d3f7a;padding:8px}}</style></head>
<body>
<div class="bar">CXC · Examinations · Results · Registration · Careers · e-Testing · Contact</div>
<p>Home / About CXC / Careers / Vacancies</p>
<h1>VACANCY: {TITLE.upper()}</h1>
<p>The Caribbean Examinations Council (CXC), a regional body serving sixteen participating territories, invites applications
from suitably qualified nationals of its participating territories for the following post.</p>
<table>
{rows}
</table>
<h2>Job summary</h2>
<p>Reporting to the Senior Assistant Registrar, the incumbent safeguards the integrity of CXC examinations from printing to marking.</p>
<h2>Key responsibilities</h2>
<ol>{ol(DUT)}</ol>
<h2>Qualifications and experience</h2>
<ol>{ol(ESS)}</ol>
<h2>Desirable</h2>
<ol>{ol(DES)}</ol>
<h2>Competencies</h2>
<ul>{comps}</ul>
<div class="box"><p>Applications, with a cover letter, résumé, copies of certificates and the names of two referees, should be sent
to hr@cxc.example no later than <b>24 November 2037</b>. Only shortlisted applicants will be contacted; interviews are expected in
the week of 14 December 2037.</p></div>
<h3>Other vacancies</h3>
<p>Item Writer (Mathematics), contract – closes 30 November 2037 · Software Tester, Western Zone Office, Kingston – closes 4 December 2037</p>
<footer>© 2037 Caribbean Examinations Council. All rights reserved.</footer>
</body></html>
"""


if __name__ == "__main__":
    w(KEY + "-cxc.html", html())
    chromium(KEY + "-cxc.html")
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2037-11-24",
             sal(mn=98400, mx=126600, cur="BBD", period="year"), GRADE, {"en": (ESS, DES)}, {"en": comp(COMP)})
