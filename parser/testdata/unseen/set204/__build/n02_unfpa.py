from common import *

KEY = "41863"
TITLE = "Country Representative"
ORG = "United Nations Population Fund"
LOC = "Maseru, Lesotho"
SCHED = "Full-Time"
EDU = "Advanced university degree in public health, demography, social sciences, economics, international development or a related field."
KE = [
    "Fifteen years of increasingly responsible professional experience in development work, of which at least seven at the international level.",
    "Proven leadership of country programmes in sexual and reproductive health, population data or gender equality.",
    "Experience in resource mobilization with bilateral donors, development banks and the private sector.",
    "Prior field experience in Southern Africa is an asset.",
    "Demonstrated ability to manage a country office, its people and its finances.",
]
LANG_E = "Fluency in English is required."
LANG_D = "Knowledge of Sesotho or of another official United Nations language is desirable."
CORE = ["Achieving results", "Being accountable", "Developing and applying professional expertise/business acumen",
        "Thinking analytically and strategically", "Working in teams/managing ourselves and our relationships",
        "Communicating for impact"]
MAN = ["Providing strategic focus", "Engaging internal/external partners and stakeholders",
       "Leading, developing and empowering people, creating a culture of performance",
       "Making decisions and exercising judgment"]
VALUES = ["Exemplifying integrity", "Demonstrating commitment to UNFPA and the UN system",
          "Embracing diversity in all its forms", "Embracing change"]
DUTIES = [
    "Lead the preparation, implementation and evaluation of the country programme agreed with the Government of Lesotho, in line with the national development plan and the cooperation framework.",
    "Represent UNFPA in the United Nations country team and advise the Resident Coordinator on population and development, reproductive health and gender questions.",
    "Build partnerships with ministries, Parliament, civil society, youth networks and donors, and mobilize the resources the programme needs.",
    "Manage the office's staff, budget, procurement and risks, and make sure that audit recommendations are acted upon.",
    "Position the 2036 population and housing census as a national priority and support the Bureau of Statistics in preparing it.",
]


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | UNFPA - United Nations Population Fund</title></head>
<body>
<header><a href="#">UNFPA</a> | <a href="#">About us</a> | <a href="#">Data</a> | <a href="#">News</a> | <a href="#">Jobs</a> | <a href="#">Donate</a> | <a href="#">English</a> · <a href="#">Français</a> · <a href="#">Español</a></header>
<nav class="breadcrumb"><a href="#">Home</a> › <a href="#">Jobs</a> › {TITLE}</nav>
<main>
<h1>{TITLE}</h1>
<table class="job-meta">
<tr><th>Closing date:</th><td>Monday, October 6, 2034</td></tr>
<tr><th>Job ID:</th><td>{KEY}</td></tr>
<tr><th>Location:</th><td>{LOC}</td></tr>
<tr><th>Full/Part time:</th><td>{SCHED}</td></tr>
<tr><th>Grade:</th><td>D1</td></tr>
<tr><th>Contract type:</th><td>Fixed-term</td></tr>
</table>
<p><a href="#" class="button">Apply now</a></p>
<h2>Job Description</h2>
<p><b>The Position:</b></p>
<p>The Country Representative leads the UNFPA office in Maseru and reports to the Regional Director for East and Southern Africa. The post is open to external and internal candidates. Candidates are invited to apply before 11:59 p.m. New York time on the closing date.</p>
<p><b>How you can make a difference:</b></p>
<p>The {ORG} (UNFPA) is the United Nations sexual and reproductive health agency. In Lesotho the office supports maternal health, adolescent services, the end of gender-based violence and better population data, working with a team of 34 colleagues and a budget of about USD 9 million a year.</p>
<p><b>You would be responsible for:</b></p>
<ul>
{ul(DUTIES)}
</ul>
<p><b>Qualifications and Experience:</b></p>
<p><u>Education:</u></p>
<ul><li>{EDU}</li></ul>
<p><u>Knowledge and Experience:</u></p>
<ul>
{ul(KE)}
</ul>
<p><u>Languages:</u></p>
<p>{LANG_E} {LANG_D}</p>
<p><b>Required Competencies:</b></p>
<p><u>Values:</u></p>
<ul>{ul(VALUES)}</ul>
<p><u>Core Competencies:</u></p>
<ul>{ul(CORE)}</ul>
<p><u>Managerial Competencies:</u></p>
<ul>{ul(MAN)}</ul>
<p><b>Compensation and Benefits:</b></p>
<p>The post carries a net salary on the United Nations scale for the Director category, a post adjustment for Maseru, health insurance and the usual entitlements of internationally recruited staff. No figure is published on this page.</p>
<p><b>Disclaimer:</b></p>
<p>Selected candidates may be asked to complete a written exercise in the week of 27 October 2034. UNFPA does not charge any application, processing, training, interviewing, testing or other fee in connection with the application or recruitment process.</p>
<h3>Related jobs</h3>
<ul><li>Deputy Representative – Harare, Zimbabwe – closing October 15, 2034</li><li>Operations Manager – Mbabane, Eswatini – closing October 9, 2034</li></ul>
</main>
<footer>© UNFPA · Terms of use · Privacy · Report fraud · Contact</footer>
</body></html>
"""


def md():
    b = lambda items: "\n".join(f"- {x}" for x in items)
    return f"""[Skip to main content](#main)

[UNFPA](https://www.unfpa.org/) · [About us](#) · [Data](#) · [Jobs](#) · [Donate](#)

[Home](#) › [Jobs](#) › {TITLE}

# {TITLE}

|  |  |
|---|---|
| **Closing date:** | Monday, October 6, 2034 |
| **Job ID:** | {KEY} |
| **Location:** | {LOC} |
| **Full/Part time:** | {SCHED} |
| **Grade:** | D1 |
| **Contract type:** | Fixed-term |

[Apply now](#)

## Job Description

**The Position:**

The Country Representative leads the UNFPA office in Maseru and reports to the Regional Director for East and Southern Africa. Applications close at 11:59 p.m. New York time on the closing date.

**How you can make a difference:**

The {ORG} (UNFPA) is the United Nations sexual and reproductive health agency. In Lesotho the office supports maternal health, adolescent services, the end of gender-based violence and better population data.

**You would be responsible for:**

{b(DUTIES)}

**Qualifications and Experience:**

*Education:*

- {EDU}

*Knowledge and Experience:*

{b(KE)}

*Languages:*

{LANG_E} {LANG_D}

**Required Competencies:**

*Values:*

{b(VALUES)}

*Core Competencies:*

{b(CORE)}

*Managerial Competencies:*

{b(MAN)}

**Compensation and Benefits:**

Net salary on the United Nations scale for the Director category, post adjustment, health insurance and the usual entitlements of internationally recruited staff.

**Disclaimer:**

A written exercise may be held in the week of 27 October 2034. UNFPA does not charge any fee at any stage of the recruitment process.

---
*Clipped from unfpa.org on 24 September 2034 with a read-later app.*
"""


def build():
    write(KEY + "-unfpa.html", html(), KEY)
    write(KEY + "-unfpa-clip.md", md(), KEY)
    expected(KEY, reference=KEY, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             schedule=SCHED, deadline="2034-10-06", grade="D1",
             requirements={"essential": [EDU] + KE[:3] + [KE[4], LANG_E], "desirable": [KE[3], LANG_D]},
             competencies=[(n, "") for n in CORE + MAN])
