"""Fund/programme: UNFPA Myanmar, Yangon, NO-B. Printable VA (WeasyPrint) + Viber community paste."""
from common import *

REF = "UNFPA/MMR/VA/2044/02"
KEY = "unfpa-mmr-va-2044-02"
TITLE = "Programme Analyst (Humanitarian Sexual and Reproductive Health)"
ORG = "United Nations Population Fund"
LOC = "Yangon, Myanmar"
GRADE = "NO-B"
SAL = "USD 41,870"
INTRO = ("UNFPA is the United Nations sexual and reproductive health agency. In Myanmar, the country office works with "
         "health authorities, local organizations and sister agencies to keep life-saving reproductive health services "
         "running in areas affected by displacement and natural hazards.")
CTX = ("The Programme Analyst sits in the humanitarian unit of the country office in Yangon, travels to field hubs about "
       "a quarter of the time, and reports to the Humanitarian Programme Specialist.")
DUTIES = [
    "Plans and monitors the delivery of the Minimum Initial Service Package with implementing partners in the priority townships",
    "Prepares reproductive health kit distribution plans and follows stock levels with the supply unit",
    "Supports the coordination of the reproductive health working group and keeps its service mapping up to date",
    "Reviews partner reports, conducts monitoring visits and follows up on corrective actions",
    "Drafts donor reports, situation updates and short briefs for the Representative",
]
EDU = "Advanced university degree in public health, medicine, midwifery, social sciences or a related field."
EXP = [
    "At least two years of professional experience in reproductive health or humanitarian health programming.",
    "Experience in managing or monitoring partnerships with civil society organizations.",
]
DES = [
    "Experience with the Minimum Initial Service Package in a crisis setting.",
    "Familiarity with UNFPA or other UN programming and reporting procedures.",
]
LANG = "Fluency in English and Myanmar language is required."
VALUES = "Values: Exemplifying integrity, Demonstrating commitment to UNFPA and the UN system, Embracing cultural diversity, Embracing change"
COMP = ["Achieving results", "Being accountable", "Developing and applying professional expertise/business acumen",
        "Thinking analytically and strategically", "Working in teams/managing ourselves and our relationships",
        "Communicating for impact"]
OFFER = (f"UNFPA offers an indicative annual net salary of {SAL} (NO-B, step I), plus a medical insurance plan and "
         "pension. Written tests are planned for the week of 20 February 2044.")


def print_html():
    comp = li(COMP)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 18mm 16mm 20mm; @bottom-center {{ content: "{REF} — page " counter(page) " of " counter(pages); font-size: 8pt; color: #555; }} }}
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10pt; line-height: 1.35; }}
.logo {{ color: #f7941d; font-weight: bold; font-size: 15pt; letter-spacing: 1px; }}
.sub {{ font-size: 9pt; color: #555; }}
h1 {{ font-size: 14pt; text-align: center; margin: 14px 0 4px; text-transform: uppercase; }}
.facts p {{ margin: 2px 0; }}
h2 {{ font-size: 10.5pt; background: #eee; padding: 2px 6px; margin: 14px 0 6px; }}
.small {{ font-size: 8.5pt; color: #444; }}
</style></head><body>
<div class="logo">UNFPA</div>
<div class="sub">United Nations Population Fund · Myanmar Country Office · No. 6 Natmauk Road (example), Yangon</div>
<h1>Vacancy Announcement</h1>
<p style="text-align:center"><em>Open to nationals of Myanmar only</em></p>
<div class="facts">
<p><b>Vacancy announcement No.:</b> {REF}</p>
<p><b>Position Title:</b> {TITLE}</p>
<p><b>Grade:</b> {GRADE}</p>
<p><b>Duty Station:</b> {LOC}</p>
<p><b>Type of Contract:</b> Fixed-term appointment, one year (renewable)</p>
<p><b>Date of issue:</b> 16 January 2044</p>
<p><b>Closing date:</b> 6 February 2044 (17:00 Myanmar time)</p>
</div>
<h2>The Position</h2>
<p>{INTRO}</p>
<p>{CTX}</p>
<h2>How you can make a difference</h2>
<p>You would be responsible for the following:</p>
<ol>
{li(DUTIES)}
</ol>
<h2>Qualifications and Experience</h2>
<p><b>Education:</b> {EDU}</p>
<p><b>Knowledge and Experience:</b></p>
<ul>
{li(EXP)}
</ul>
<p><b>Desirable:</b></p>
<ul>
{li(DES)}
</ul>
<p><b>Languages:</b> {LANG}</p>
<h2>Required Competencies</h2>
<p class="small">{VALUES}</p>
<p><b>Core Competencies:</b></p>
<ul>
{comp}
</ul>
<h2>Compensation and Benefits</h2>
<p>{OFFER}</p>
<h2>Disclaimer</h2>
<p class="small">UNFPA does not charge any application, processing, training, interviewing, testing or other fee in connection with the application or recruitment process. Fraudulent notices, letters or offers may be submitted to the UNFPA fraud hotline.</p>
</body></html>
"""


def viber():
    return f"""Myanmar Dev Jobs 🇲🇲 (community)
Ko Zaw Min Htet
16/01/2044 09:12
New one from UNFPA, national post 👇

📌 {TITLE}
🏢 {ORG} (UNFPA)
📍 {LOC}
🎚 Grade: {GRADE}
📄 Fixed-term, 1 year
🔖 VA No. {REF}
⏰ Closing date: 06/02/2044

What you will do:
▫️ {DUTIES[0]}
▫️ {DUTIES[1]}
▫️ {DUTIES[2]}
▫️ {DUTIES[3]}
▫️ {DUTIES[4]}

Education: {EDU}
Experience:
✔️ {EXP[0]}
✔️ {EXP[1]}
Nice to have:
➕ {DES[0]}
➕ {DES[1]}
Languages: {LANG}

Core competencies: {", ".join(COMP)}

Pay: {SAL} net per year (NO-B step I) according to the VA
❤️ 14   👍 22

Daw Khin Su
16/01/2044 09:40
Is it open for people from Mandalay? they said test in week of 20 Feb
Ko Zaw Min Htet
16/01/2044 09:43
Yes national post, any state/region. The VA PDF is in the files of this community
Ma Thiri
17/01/2044 18:05
last year similar post closed 3 March, this one is earlier, don't wait 🙏
Viber · Community · 2,318 members
"""


def build():
    s = src("unfpa-va.html", print_html())
    weasyprint(s, KEY + "-va.weasyprint.pdf", KEY)
    write(KEY + "-viber.txt", viber(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-02-06", grade=GRADE,
             salary=sal(41870, cur="USD", period="year"),
             req={"en": ([EDU] + EXP + [LANG], DES)}, comp={"en": [(c, "") for c in COMP]})
