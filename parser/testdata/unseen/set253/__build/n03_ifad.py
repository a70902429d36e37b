from common import *

REF = "IFAD/HR/VA/2038/119"
KEY = "ifad-hr-va-2038-119"
TITLE = "Regional Climate and Environment Specialist"
ORG = "International Fund for Agricultural Development"
LOC = "Nairobi, Kenya"
GRADE = "P-4"
ESS = [
    "Advanced university degree in environmental science, natural resource management, climate science, agricultural economics or a related field.",
    "At least eight years of progressively responsible professional experience in climate adaptation or environmental management in rural development.",
    "Demonstrated experience in applying environmental and social safeguards to investment projects.",
    "Excellent written and oral English.",
]
DES = [
    "Experience in accessing climate finance from vertical funds.",
    "Field experience in East or Southern Africa.",
    "Working knowledge of French or Portuguese.",
]
COMP = ["Strategic thinking and organizational development", "Demonstrating leadership",
        "Learning, sharing knowledge and innovating", "Focusing on clients", "Problem-solving and decision-making",
        "Managing time, resources and information", "Team working", "Communicating and negotiating",
        "Building relationships and partnerships"]
TASKS = [
    "Leads the climate and environment review of new country programmes and investment projects in the region.",
    "Advises country teams on mainstreaming adaptation, biodiversity and nutrition in project design.",
    "Prepares and reviews proposals to climate and environment funds with government partners.",
    "Oversees the application of the Fund's safeguards procedures during supervision missions.",
    "Contributes to regional knowledge products and represents the Fund in technical networks.",
]


def weasy():
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-left {{ content: "{REF}"; font-size: 8pt; color: #666 }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #666 }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35 }}
.lh {{ border-bottom: 3px solid #00703c; padding-bottom: 4px; margin-bottom: 10px }}
.lh b {{ color: #00703c; font-size: 13pt }}
h1 {{ font-size: 14pt; margin: 6px 0 }}
table.f {{ border-collapse: collapse; width: 100% }}
table.f td {{ border: 1px solid #999; padding: 3px 6px }}
table.f td.k {{ width: 32%; background: #eef5ef; font-weight: bold }}
h2 {{ font-size: 10.5pt; text-transform: uppercase; color: #00703c; margin: 12px 0 4px }}
h3 {{ font-size: 9.5pt; margin: 8px 0 2px }}
</style></head><body>
<div class="lh"><b>IFAD</b> Investing in rural people<br><span style="font-size:8pt">Via Paolo di Dono, 44 – 00142 Rome, Italy</span></div>
<h1>Vacancy Announcement</h1>
<table class="f">
<tr><td class="k">Job title</td><td>{TITLE}</td></tr>
<tr><td class="k">Vacancy announcement number</td><td>{REF}</td></tr>
<tr><td class="k">Grade</td><td>{GRADE}</td></tr>
<tr><td class="k">Department/Division</td><td>Strategy and Knowledge Department / Environment, Climate, Gender and Social Inclusion Division</td></tr>
<tr><td class="k">Duty station</td><td>{LOC}</td></tr>
<tr><td class="k">Contract type</td><td>Fixed-term, two years</td></tr>
<tr><td class="k">Date of issue</td><td>09/10/2038</td></tr>
<tr><td class="k">Closing date</td><td>08/11/2038 (23:59 Rome time)</td></tr>
</table>
<h2>Organizational setting</h2>
<p>The {ORG} (IFAD), an international financial institution and a specialized agency of the United Nations, invests in rural people. The East and Southern Africa hub in Nairobi covers eighteen countries.</p>
<h2>Job role</h2>
<p>The Regional Climate and Environment Specialist reports to the Lead Regional Technical Specialist and works with the country directors of the region.</p>
<h2>Key functions and results</h2>
{ul(TASKS, "ol")}
<h2>Key competencies</h2>
<p>The incumbent is expected to demonstrate the following IFAD core competencies:</p>
{ul(COMP)}
<h2>Position specific requirements</h2>
<h3>Required</h3>
{ul(ESS)}
<h3>Desirable</h3>
{ul(DES)}
<h2>What the Fund offers</h2>
<p>The annual net base salary for this position is USD 92,184, to which a post adjustment for Nairobi (currently 41.2 per cent) is added. Staff also receive dependency allowances where applicable and 30 days of annual leave.</p>
<p>Interviews are expected to take place in early December 2038. Applications received after 8 November 2038 will not be considered.</p>
</body></html>
"""


def md():
    return f"""[IFAD](https://ifad.example) | [Careers](https://ifad.example/careers) | [Vacancies](https://ifad.example/careers/vacancies) | English · Français · Español

‹ Back to all vacancies

# {TITLE}

*Nairobi hub · Professional · {GRADE} · published 9 October 2038*

| | |
|---|---|
| **Vacancy announcement number** | {REF} |
| **Grade** | {GRADE} |
| **Duty station** | {LOC} |
| **Contract type** | Fixed-term, two years |
| **Closing date** | 08/11/2038 |

## Organizational setting

The {ORG} (IFAD) is an international financial institution and a specialized agency of the United Nations. The East and Southern Africa hub in Nairobi covers eighteen countries.

## Key functions and results

{chr(10).join("%d. %s" % (i + 1, t) for i, t in enumerate(TASKS))}

## Key competencies

{chr(10).join("- " + c for c in COMP)}

## Position specific requirements

**Required**

{chr(10).join("- " + c for c in ESS)}

**Desirable**

{chr(10).join("- " + c for c in DES)}

## What the Fund offers

Annual net base salary: USD 92,184 plus post adjustment (41.2 per cent at the time of issue).

> Interviews in early December 2038. Related: *Country Programme Officer, Maputo — closes 30 November 2038*.

[Apply now](https://ifad.example/apply/119)
"""


def build():
    pdf_weasyprint(KEY + "-va", weasy(), KEY)
    write(KEY + "-ifad.md", md(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2038-11-08", grade=GRADE,
             salary=(92184, None, None, "USD", "year"),
             req={"en": (ESS, DES)}, comp={"en": [(c, "") for c in COMP]})
