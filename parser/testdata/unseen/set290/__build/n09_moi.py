"""Mauritius Oceanography Institute, EN: parastatal notice of vacancy (LibreOffice) + browser copy."""
from common import *

KEY = "moi-hr-2041-05"
REF = "MOI/HR/2041/05"
TITLE = "Research Scientist (Ocean Acidification)"
ORG = "Mauritius Oceanography Institute"
LOC = "Albion Research Centre, Albion, Mauritius, with sea-going duties"
SCHED = "08.45 hrs to 16.00 hrs, Monday to Friday, and on board research vessels as required"
ESS = [
    "a PhD in Chemical Oceanography, Marine Chemistry or a related field from a recognised institution;",
    "at least two years' post-doctoral experience in carbonate chemistry measurements;",
    "experience in operating pH, total alkalinity and dissolved inorganic carbon analysers;",
    "a good record of publications in peer-reviewed journals; and",
    "a valid Basic Sea Survival certificate or the willingness to obtain one within six months.",
]
DES = [
    "experience in coral reef monitoring;",
    "a working knowledge of French.",
]
DUTIES = [
    "to design and run the Institute's ocean acidification monitoring programme around Mauritius and Rodrigues;",
    "to maintain the carbonate chemistry laboratory to international quality standards;",
    "to take part in research cruises and supervise sampling at sea;",
    "to analyse and publish results and contribute to national reports on the state of the ocean;",
    "to supervise research assistants and students on attachment; and",
    "to perform such other duties as may be assigned by the Director.",
]
SAL_TXT = "Rs 52,450 x 1,400 – 60,850 x 1,650 – 69,100 a month (MUR)"

def roman(i):
    return ["i", "ii", "iii", "iv", "v", "vi", "vii"][i]

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Notice of Vacancy {REF}</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:11.5pt}} h1,h2{{text-align:center}} h3{{font-size:11.5pt}}</style></head><body>
<p align="center"><b>MAURITIUS OCEANOGRAPHY INSTITUTE</b><br>(A parastatal body)<br>Avenue des Anchois, Morcellement de Chazal, Albion (fictitious address)</p>
<p align="right">Ref: {REF}<br>24 November 2041</p>
<h2><u>NOTICE OF VACANCY</u></h2>
<p>Applications are invited from suitably qualified candidates who wish to be considered for the post of <b>{TITLE}</b> at the {ORG}.</p>
<table width="100%" cellpadding="3">
<tr><td width="30%"><b>Post:</b></td><td>{TITLE}</td></tr>
<tr><td><b>Organisation:</b></td><td>{ORG}</td></tr>
<tr><td><b>Place of work:</b></td><td>{LOC}</td></tr>
<tr><td><b>Hours of work:</b></td><td>{SCHED}</td></tr>
<tr><td><b>Closing date:</b></td><td>Tuesday 17 December 2041 at 15.00 hrs</td></tr>
</table>
<h3>I. AGE LIMIT FOR ENTRY</h3>
<p>Candidates, unless already in the service of the Institute, should not have reached the age of 45 years by the closing date.</p>
<h3>II. QUALIFICATIONS</h3>
<p>Candidates should possess:</p>
<p>{'<br>'.join(f'({roman(i)}) {x}' for i, x in enumerate(ESS))}</p>
<p>Candidates possessing the following will be at an advantage:</p>
<p>{'<br>'.join(f'({roman(i)}) {x}' for i, x in enumerate(DES))}</p>
<p><u>Note</u>: Candidates should produce written evidence of knowledge claimed. The Institute reserves the right not to make any appointment following this advertisement.</p>
<h3>III. SALARY</h3>
<p>The permanent and pensionable post carries salary in the scale of {SAL_TXT}.</p>
<h3>IV. DUTIES</h3>
<p>To be responsible to the Director for the following:</p>
<p>{'<br>'.join(f'({roman(i)}) {x}' for i, x in enumerate(DUTIES))}</p>
<h3>V. MODE OF APPLICATION</h3>
<p>Applications should be made on the prescribed form, obtainable from the reception of the Institute or its website, and should reach the Director, {ORG}, Albion, not later than <b>15.00 hrs on Tuesday 17 December 2041</b>. Candidates may be required to deliver a short seminar during the selection interview, planned for January 2042.</p>
<p align="right">Director<br><i>(fictitious signatory)</i></p>
</body></html>
"""
libreoffice(src("moi-notice.html", html), KEY + "-notice.libreoffice.pdf", KEY)

web = f"""Skip to main content
Republic of Mauritius | Government Portal | Site Map | Contact Us
MAURITIUS OCEANOGRAPHY INSTITUTE
Home  About Us  Research  Vessel & Facilities  Publications  Careers  News
Search...

You are here: Home » Careers

Notice of Vacancy – {TITLE}
Published: 24 November 2041 | Ref: {REF}

The {ORG} (MOI) is a parastatal body whose objects include the promotion of research in
oceanography and advice to Government on ocean policy. Applications are invited from
suitably qualified candidates for the post of {TITLE}.

Post: {TITLE}
Organisation: {ORG}
Place of work: {LOC}
Hours of work: {SCHED}
Closing date: 17.12.2041 at 15.00 hrs

Age Limit for Entry
Candidates, unless already in the service of the Institute, should not have reached the
age of 45 years by the closing date.

Qualifications
Candidates should possess:
{chr(10).join(f"  {i}. {x}" for i, x in enumerate(ESS, 1))}

Candidates possessing the following will be at an advantage:
{chr(10).join(f"  {i}. {x}" for i, x in enumerate(DES, 1))}

Salary
The permanent and pensionable post carries salary in the scale of
{SAL_TXT}.

Duties
To be responsible to the Director for the following:
{chr(10).join(f"  {i}. {x}" for i, x in enumerate(DUTIES, 1))}

Mode of Application
Applications on the prescribed form (Download Application Form – PDF, 210 KB) should
reach the Director, MOI, Albion, not later than 15.00 hrs on Tuesday 17 December 2041.

Download Notice of Vacancy (PDF, 180 KB)

Latest News
  RV research cruise to St Brandon – 2 to 11 December 2041
  Public lecture: "Coral bleaching in 2041" – 5 December 2041

© 2041 Mauritius Oceanography Institute. Last updated: 24 November 2041.
"""
write(KEY + "-browser.txt", web, KEY)

expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2041-12-17", salary=salary(mn=52450, mx=69100, cur="MUR"), grade=None,
         requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": []})
save_rows("n09")
