from common import *

KEY = "imo-va-2038-04"
REF = "IMO/VA/2038/04"
TITLE = "Technical Officer (Biofouling Management)"
ORG = "International Maritime Organization"
LOC = "London, United Kingdom"
GRADE = "P-4"
ESS = [
    "Advanced university degree in naval architecture, marine biology, environmental engineering or a related discipline.",
    "At least seven years of progressively responsible experience in maritime environmental regulation, including work on the prevention of the transfer of invasive aquatic species.",
    "Proven experience in drafting technical guidelines and in servicing intergovernmental meetings.",
    "Excellent command of English, both written and oral.",
]
DES = [
    "Experience in a national maritime administration or a recognized classification society.",
    "Working knowledge of French or Spanish.",
]
COMP = [
    ("Technical knowledge", "applies current findings on hull fouling to regulatory questions and explains them to non-specialists."),
    ("Drafting", "produces concise documents on which committee delegates can act."),
    ("Working with others", "builds trust with Member State delegations, industry observers and colleagues across divisions."),
]
DUTIES = [
    "Act as secretary to the correspondence group reviewing the biofouling guidelines and prepare its reports.",
    "Analyse submissions from Member States and observers and draft the Secretariat's comments on them.",
    "Manage the technical cooperation component on in-water cleaning, including two regional workshops.",
    "Maintain contacts with port State control regimes on the inspection of anti-fouling and biofouling records.",
    "Prepare briefing notes for the Director and represent the Division at external scientific meetings.",
]


def build():
    comp_html = "\n".join(f"<li><b>{esc(n)}:</b> {esc(d)}</li>" for n, d in COMP)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 20mm 18mm 22mm;
  @bottom-center {{ content: "{REF} · page " counter(page) " of " counter(pages); font-size: 8pt; color: #666 }} }}
body {{ font-family: 'DejaVu Serif', serif; font-size: 10pt; line-height: 1.35 }}
.head {{ border-bottom: 3px solid #003a70; padding-bottom: 4px; color: #003a70 }}
.head b {{ font-size: 13pt }}
h1 {{ font-size: 14pt; margin: 12px 0 2px }}
h2 {{ font-size: 11pt; color: #003a70; margin: 14px 0 4px }}
h3 {{ font-size: 10pt; font-style: italic; margin: 8px 0 2px }}
table {{ border-collapse: collapse; margin-top: 8px }}
td {{ padding: 2px 10px 2px 0; vertical-align: top }}
td:first-child {{ font-weight: bold; white-space: nowrap }}
</style></head><body>
<div class="head"><b>INTERNATIONAL MARITIME ORGANIZATION</b><br>4 Albert Embankment · London SE1 7SR · United Kingdom</div>
<h1>VACANCY ANNOUNCEMENT</h1>
<table>
<tr><td>Reference:</td><td>{REF}</td></tr>
<tr><td>Post title:</td><td>{TITLE}</td></tr>
<tr><td>Grade:</td><td>{GRADE}</td></tr>
<tr><td>Division:</td><td>Marine Environment Division, Biosafety Section</td></tr>
<tr><td>Duty station:</td><td>{LOC}</td></tr>
<tr><td>Type of appointment:</td><td>Fixed-term, two years</td></tr>
<tr><td>Date of issue:</td><td>9 March 2038</td></tr>
<tr><td>Closing date:</td><td>6 April 2038</td></tr>
</table>
<h2>1. Organizational setting</h2>
<p>The {ORG} is the United Nations specialized agency responsible for the safety and security of shipping and the prevention of pollution by ships. The Biosafety Section services the work of the Marine Environment Protection Committee on ballast water and on the fouling of ships' hulls.</p>
<h2>2. Duties and responsibilities</h2>
<p>Under the supervision of the Head, Biosafety Section, the incumbent will:</p>
{ul(DUTIES, "ol")}
<h2>3. Qualifications and experience</h2>
<h3>3.1 Essential</h3>
{ul(ESS)}
<h3>3.2 Desirable</h3>
{ul(DES)}
<h2>4. Competencies</h2>
<ul>
{comp_html}
</ul>
<h2>5. Conditions of employment</h2>
<p>The successful candidate will receive a net base salary of USD 91,218 per annum, plus a post adjustment, which is currently 41.7 per cent of net base salary and is subject to change. Other entitlements include 30 working days of annual leave and participation in the United Nations Joint Staff Pension Fund.</p>
<h2>6. How to apply</h2>
<p>Applications must be submitted through the IMO recruitment portal before midnight London time on the closing date. Interviews are expected to take place in the second half of May 2038.</p>
</body></html>
"""
    src(KEY + "-va.html", html)
    weasyprint(KEY + "-va.html", KEY + "-va.weasyprint.pdf", KEY)

    md = f"""[IMO](https://www.imo.example/) | About | Our work | Media centre | **Careers** | Knowledge centre | EN FR ES

[Home](https://www.imo.example/) › [Careers](https://www.imo.example/careers) › [Vacancies](https://www.imo.example/careers/vacancies) › {REF}

# {TITLE}

*Published 9 March 2038 · Closing date: 6 April 2038*

| | |
|---|---|
| **Reference** | {REF} |
| **Grade** | {GRADE} |
| **Division** | Marine Environment Division |
| **Duty station** | {LOC} |
| **Appointment** | Fixed-term, two years |

The {ORG} is looking for a technical officer to support Member States on the management of ships' biofouling. The Biosafety Section services the Marine Environment Protection Committee on ballast water and hull fouling.

## What you will do

{chr(10).join('- ' + d for d in DUTIES)}

## What we are looking for

**Essential**

{chr(10).join('- ' + x for x in ESS)}

**Desirable**

{chr(10).join('- ' + x for x in DES)}

## Competencies

{chr(10).join(f'- **{n}:** {d}' for n, d in COMP)}

## What we offer

Net base salary of USD 91,218 per annum plus post adjustment (41.7% at present), 30 working days of annual leave, membership of the United Nations Joint Staff Pension Fund.

> Interviews are expected in the second half of May 2038. IMO does not charge a fee at any stage of recruitment.

[Apply now](https://www.imo.example/careers/apply/{REF}) · [Back to vacancies](https://www.imo.example/careers/vacancies)

---
© International Maritime Organization · Accessibility · Privacy · Terms of use
"""
    write(KEY + "-imo.md", md, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, "2038-04-06", grade=GRADE,
             salary=(91218, None, None, "USD", "year"),
             requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": COMP})
