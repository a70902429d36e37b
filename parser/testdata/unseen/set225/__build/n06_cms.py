"""CMS Secretariat consultancy: terms of reference printed with WeasyPrint, and the CMS web page clipped to Markdown."""
from common import w, src, weasy, expected, esc

REF = "CMS/CONS/2036/014"
KEY = "cms-cons-2036-014"
TITLE = "Flyway Monitoring Consultant"
ORG = "Secretariat of the Convention on the Conservation of Migratory Species of Wild Animals"
LOC = "Home-based"
FEE = "USD 445 per working day"
REQ = [
    "Advanced university degree in ecology, zoology, environmental science or a related field.",
    "At least seven years of experience in the monitoring of migratory waterbirds or landbirds, including the "
    "analysis of long-term count data.",
    "Demonstrated experience in drafting technical reports for intergovernmental processes.",
    "Excellent written English.",
]
DES = [
    "Knowledge of the African-Eurasian or East Asian-Australasian flyway initiatives.",
    "Working knowledge of French or Spanish.",
]
TASKS = [
    "Compile and review the monitoring information submitted by Parties in their national reports since 2030;",
    "Assess the coverage and quality of monitoring schemes for the species listed in the flyway action plans;",
    "Draft a gap analysis with recommendations on priority sites, species and capacity-building needs;",
    "Present the draft findings at an online meeting of the Flyways Working Group;",
    "Finalize the report taking into account the comments received.",
]
DELIV = [("Inception note and workplan", "14 August 2036", "4"),
         ("Draft gap analysis", "30 October 2036", "24"),
         ("Presentation to the Working Group", "20 November 2036", "3"),
         ("Final report", "18 December 2036", "9")]
BG = ("The Convention on the Conservation of Migratory Species of Wild Animals (CMS) is an environmental treaty "
      "under the aegis of the United Nations Environment Programme. Its Secretariat, based in Bonn, supports Parties "
      "in implementing flyway action plans for migratory birds. The Conference of the Parties requested a review of "
      "the monitoring schemes that underpin these plans.")


def weasy_src():
    tasks = "\n".join(f"<li>{esc(t)}</li>" for t in TASKS)
    deliv = "\n".join(f"<tr><td>{esc(a)}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in DELIV)
    req = "\n".join(f"<li>{esc(t)}</li>" for t in REQ)
    des = "\n".join(f"<li>{esc(t)}</li>" for t in DES)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 2cm; @bottom-center {{ content: "{REF} \\2013  page " counter(page); font-size: 8pt; }} }}
body {{ font-family: "Liberation Serif", serif; font-size: 10.5pt; line-height: 1.35; }}
.letterhead {{ text-align: center; font-size: 9pt; color: #225; }}
h1 {{ font-size: 14pt; text-align: center; margin: 6px 0 12px; }}
h2 {{ font-size: 11pt; margin: 14px 0 4px; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #444; padding: 3px 6px; vertical-align: top; text-align: left; }}
table.facts td:first-child {{ width: 30%; font-weight: bold; }}
</style></head><body>
<p class="letterhead">UNEP / CMS Secretariat &middot; Platz der Vereinten Nationen 1 &middot; 53113 Bonn, Germany</p>
<h1>TERMS OF REFERENCE<br>Individual Consultancy</h1>
<table class="facts">
<tr><td>Reference</td><td>{REF}</td></tr>
<tr><td>Title</td><td>{TITLE}</td></tr>
<tr><td>Organization</td><td>{esc(ORG)}</td></tr>
<tr><td>Type of contract</td><td>Individual consultant (ICA)</td></tr>
<tr><td>Location</td><td>{LOC}</td></tr>
<tr><td>Duration</td><td>40 working days between August and December 2036</td></tr>
<tr><td>Date of issue</td><td>22 June 2036</td></tr>
<tr><td>Closing date</td><td>15 July 2036</td></tr>
</table>
<h2>1. Background</h2>
<p>{esc(BG)}</p>
<h2>2. Objective</h2>
<p>The consultant will review how migratory bird populations covered by the flyway action plans are monitored and
recommend improvements.</p>
<h2>3. Tasks</h2>
<ol>
{tasks}
</ol>
<h2>4. Deliverables and timeline</h2>
<table><tr><th>Deliverable</th><th>Due by</th><th>Working days</th></tr>
{deliv}
</table>
<h2>5. Qualifications</h2>
<p><b>Required</b></p>
<ul>
{req}
</ul>
<p><b>Desirable</b></p>
<ul>
{des}
</ul>
<h2>6. Remuneration</h2>
<p>The consultant will be paid a daily fee of {FEE}, against satisfactory delivery of the outputs above. No travel is
foreseen.</p>
<h2>7. How to apply</h2>
<p>Send a cover letter, a CV and two samples of written work to the CMS Secretariat, quoting the reference above.
Interviews of short-listed candidates are expected on 28 and 29 July 2036.</p>
</body></html>
"""


def md():
    L = ["[CMS logo](https://www.cms.example/) | Home | About CMS | Species | Meetings | Vacancies | Contact", "",
         "Home > Vacancies > " + TITLE, "",
         "# " + TITLE, "",
         "_Published 22 June 2036_", "",
         "| | |", "|---|---|",
         "| **Reference** | " + REF + " |",
         "| **Organization** | " + ORG + " |",
         "| **Contract** | Individual consultant |",
         "| **Location** | " + LOC + " |",
         "| **Duration** | 40 working days, August–December 2036 |",
         "| **Closing date** | 15 July 2036 |", "",
         "## Background", "", BG, "",
         "## Tasks", ""]
    L += [f"{i}. {t}" for i, t in enumerate(TASKS, 1)]
    L += ["", "## Deliverables", ""]
    L += [f"- {a} — by {b} ({c} days)" for a, b, c in DELIV]
    L += ["", "## Qualifications", "", "**Required**", ""] + ["- " + t for t in REQ]
    L += ["", "**Desirable**", ""] + ["- " + t for t in DES]
    L += ["", "## Remuneration", "", "Daily fee: " + FEE + ".", "",
          "## How to apply", "",
          "Send a cover letter, a CV and two samples of written work, quoting the reference. Interviews: 28–29 July "
          "2036.", "",
          "[Download the Terms of Reference (PDF)](https://www.cms.example/vacancies/" + KEY + ".pdf)", "",
          "---", "", "Related: [Meeting of the Flyways Working Group, 20 November 2036](https://www.cms.example/fwg)", ""]
    return "\n".join(L)


def build():
    p = src(KEY + "-tor.source.html", weasy_src())
    weasy(p, KEY + "-tor.weasyprint.pdf", KEY)
    w(KEY + "-cms.md", md(), KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, deadline="2036-07-15", salary=(445, None, None, "USD", "day"),
             requirements={"en": (REQ, DES)}, competencies={"en": []})
