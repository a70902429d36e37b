from common import *

REF = "OZ/CONS/2037/06"
KEY = "oz-cons-2037-06"
TITLE = "Consultant on Halon Banking and Recovery"
ORG = "Ozone Secretariat"
LOC = "Home-based"
BG = ("The Ozone Secretariat serves the Vienna Convention for the Protection of the Ozone Layer and the Montreal Protocol. "
      "The Parties have asked the Secretariat to update the information on national and regional halon banks, which hold "
      "recovered halons for critical uses such as civil aviation and fire protection on ships.")
TASKS = ["Review the information reported by Parties on halon production, consumption and banking since 2030",
         "Design and send a short questionnaire to national ozone officers and halon bank operators, and follow up on replies",
         "Prepare a draft report on the status of halon banks, with regional summaries and case studies",
         "Present the draft report in an online meeting with the Halons Technical Options Committee",
         "Finalize the report taking into account the comments received"]
DELIV = [("Inception note and questionnaire", "2 October 2037"), ("Draft report", "27 November 2037"),
         ("Final report", "29 January 2038")]
ESS = ["Advanced university degree in chemical or fire protection engineering, environmental science or a related field.",
       "At least eight years of professional experience in fire protection, halon management or the implementation of the Montreal Protocol.",
       "Proven experience in collecting and analysing data from government sources.",
       "Excellent writing skills in English."]
DES = ["Experience with a halon bank or a recycling facility.",
       "Working knowledge of French, Spanish or Arabic."]
FEE = "USD 490"


def build():
    rows = "".join("<tr><td>%s</td><td>%s</td></tr>" % d for d in DELIV)
    tor = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:11pt}} table{{border-collapse:collapse;width:100%}}
td,th{{border:1px solid #555;padding:4px 6px;text-align:left;vertical-align:top}} th{{width:32%;background:#eee}}
h1{{font-size:14pt;text-align:center}} h2{{font-size:12pt}}</style></head><body>
<p style="text-align:center">UNITED NATIONS ENVIRONMENT PROGRAMME<br>OZONE SECRETARIAT<br>P.O. Box 30552, Nairobi, Kenya</p>
<h1>TERMS OF REFERENCE<br>Individual Consultancy</h1>
<table>
<tr><th>Reference</th><td>{REF}</td></tr>
<tr><th>Title</th><td>{TITLE}</td></tr>
<tr><th>Hiring office</th><td>{ORG}</td></tr>
<tr><th>Location</th><td>{LOC}</td></tr>
<tr><th>Duration</th><td>45 working days between October 2037 and January 2038</td></tr>
<tr><th>Date of issue</th><td>20 August 2037</td></tr>
<tr><th>Closing date</th><td>14 September 2037</td></tr>
</table>
<h2>1. Background</h2><p>{BG}</p>
<h2>2. Tasks</h2>{ul(TASKS, "ol")}
<h2>3. Deliverables and timeline</h2>
<table><tr><th>Deliverable</th><th>Due date</th></tr>{rows}</table>
<h2>4. Qualifications</h2>
<p><b>Minimum requirements</b></p>{ul(ESS)}
<p><b>Desirable</b></p>{ul(DES)}
<h2>5. Remuneration</h2>
<p>The consultant will be paid a daily fee of {FEE} per working day, in three instalments on acceptance of the
deliverables. No travel is foreseen.</p>
<h2>6. How to apply</h2>
<p>Send a cover letter, a CV and the names of three referees to the Secretariat, quoting {REF}. Interviews of shortlisted
candidates are planned for 23 and 24 September 2037.</p>
</body></html>
"""
    src("ozone-tor.html", tor)
    weasy("ozone-tor.html", KEY + "-tor.weasyprint.pdf", KEY)
    md = f"""[Ozone Secretariat](https://ozone.example/) | [Treaties](#) | [Meetings](#) | [Data](#) | [Vacancies](#) | [Contact](#)

Home › Vacancies › Consultancies

# {TITLE}

*Published 20 August 2037 · Closing date 14 September 2037*

**Reference:** {REF}  
**Hiring office:** {ORG}  
**Location:** {LOC}  
**Duration:** 45 working days (October 2037 – January 2038)  
**Daily fee:** {FEE} per working day

## Background

{BG}

## What you will do

""" + "\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(TASKS)) + "\n\n**Deliverables:** " + \
        "; ".join("%s (by %s)" % d for d in DELIV) + """

## Who we are looking for

*Minimum requirements*

""" + "\n".join("* " + t for t in ESS) + "\n\n*Desirable*\n\n" + "\n".join("* " + t for t in DES) + f"""

[Download the terms of reference (PDF)](https://ozone.example/{KEY}.pdf)

---
Next meeting: 49th Meeting of the Parties, 2–6 November 2037, Nairobi.
"""
    write(KEY + "-ozone.md", md, KEY)
    expected(KEY, REF, ["en"], TITLE, ORG, LOC, None, "2037-09-14", (490, None, None, "USD", "day"), None,
             {"essential": ESS, "desirable": DES}, [])
