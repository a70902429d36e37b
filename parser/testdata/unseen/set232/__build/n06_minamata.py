"""Minamata Convention Secretariat, home-based consultancy with a daily fee: ToR (LibreOffice) and web page (md)."""
from common import write, src, libreoffice, expected, nowrap

KEY = "mc-cons-2037-003"
REF = "MC/CONS/2037/003"
TITLE = "Mercury Waste Inventory Consultant"
ORG = "Secretariat of the Minamata Convention on Mercury"
LOC = "Home-based"
FEE = "USD 475 per working day"
BACK = ("Parties to the Convention report every four years on the measures they take to manage mercury wastes. The "
        "Secretariat is preparing guidance to help Parties build national inventories of such wastes and needs "
        "support to compile the experience of Parties that have already done so.")
TASKS = [
    "Review national reports and published inventories of mercury wastes from at least twenty Parties.",
    "Draft a comparative analysis of the methods, thresholds and data sources used.",
    "Prepare a first draft of practical guidance on inventories, with worked examples.",
    "Revise the draft in the light of comments from the expert group and present it at an online workshop.",
]
DELIV = [("Inception note and work plan", "15 April 2037"), ("Comparative analysis", "30 June 2037"),
         ("First draft of the guidance", "15 September 2037"), ("Revised guidance and workshop report", "30 November 2037")]
ESS = [
    "Advanced university degree in environmental science, chemistry, chemical engineering or a related field.",
    "At least eight years of experience in chemicals or waste management, including the preparation of national inventories.",
    "Proven ability to write technical guidance for non-specialist readers.",
    "Fluency in written and spoken English.",
]
DES = [
    "Experience with the Basel or Stockholm conventions.",
    "Working knowledge of French or Spanish.",
]


def tor_html():
    tasks = "".join(f"<li>{t}</li>" for t in TASKS)
    deliv = "".join(f"<tr><td>{d}</td><td>{w}</td></tr>" for d, w in DELIV)
    ess = "".join(f"<li>{x}</li>" for x in ESS)
    des = "".join(f"<li>{x}</li>" for x in DES)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{REF}</title>
<style>body{{font-family:"Liberation Sans";font-size:10pt}} td,th{{border:1px solid #000;padding:3px;vertical-align:top}} table{{border-collapse:collapse;width:100%}}</style></head>
<body>
<p align="center"><b>MINAMATA CONVENTION ON MERCURY</b><br>Secretariat · International Environment House · Geneva</p>
<p align="center"><b>TERMS OF REFERENCE FOR AN INDIVIDUAL CONSULTANT</b></p>
<table>
<tr><th width="30%">Reference</th><td>{REF}</td></tr>
<tr><th>Assignment title</th><td>{TITLE}</td></tr>
<tr><th>Hiring office</th><td>{ORG}</td></tr>
<tr><th>Duty station</th><td>{LOC}</td></tr>
<tr><th>Duration</th><td>60 working days spread over April to November 2037</td></tr>
<tr><th>Remuneration</th><td>Daily fee of {FEE}</td></tr>
<tr><th>Issued on</th><td>19 January 2037</td></tr>
<tr><th>Deadline for applications</th><td>16 February 2037</td></tr>
</table>
<h3>1. Background</h3><p>{BACK}</p>
<h3>2. Tasks</h3><ol type="a">{tasks}</ol>
<h3>3. Deliverables and timeline</h3>
<table><tr><th>Deliverable</th><th>Due by</th></tr>{deliv}</table>
<h3>4. Qualifications</h3>
<p><u>Required</u></p><ul>{ess}</ul>
<p><u>Desirable</u></p><ul>{des}</ul>
<h3>5. Payment</h3><p>The consultant will be paid a daily fee of {FEE} against certified deliverables. No travel is
foreseen; participation in the workshop will be online.</p>
<h3>6. How to apply</h3><p>Send a CV, a cover letter and a sample of recent technical writing to the Secretariat,
quoting the reference above. Only candidates selected for an interview (planned for early March 2037) will be contacted.</p>
</body></html>
"""


def md():
    tasks = "\n".join(f"{i}. {t}" for i, t in enumerate(TASKS, 1))
    deliv = "\n".join(f"- {d} — by {w}" for d, w in DELIV)
    ess = "\n".join(f"* {x}" for x in ESS)
    des = "\n".join(f"* {x}" for x in DES)
    return f"""[Minamata Convention on Mercury](https://mercury-convention.example/) | [Convention](#) | [Parties](#) | [Meetings](#) | [Resources](#) | **[Opportunities](#)**

[Home](#) › [Opportunities](#) › Consultancies

# {TITLE}

*Posted 19 January 2037 · Closing 16 February 2037*

| | |
|---|---|
| **Reference** | {REF} |
| **Hiring office** | {ORG} |
| **Duty station** | {LOC} |
| **Duration** | 60 working days (April–November 2037) |
| **Daily fee** | {FEE} |
| **Deadline for applications** | 16 February 2037 |

## Background

{BACK}

## What the consultant will do

{tasks}

### Deliverables

{deliv}

## Who we are looking for

**Required**

{ess}

**Desirable**

{des}

## How to apply

Send your CV, a cover letter and a writing sample, quoting {REF}. The full terms of reference are available as a
[PDF](#). Interviews are planned for early March 2037.

---

*See also: [Open-ended Working Group on mercury wastes – 7–9 April 2037](#)*
"""


def build():
    p = src(KEY + "-tor.html", nowrap(tor_html()))
    libreoffice(p, KEY + "-tor.libreoffice.pdf", KEY)
    write(KEY + "-minamata.md", md(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2037-02-16", salary=(475, None, None, "USD", "day"),
             requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": []})
