from common import *

REF = "UNFPA/TJK/VA/2042/03"
KEY = "unfpa-tjk-va-2042-03"
TITLE = "National Programme Analyst (Youth Health and Participation)"
ORG = "United Nations Population Fund"
LOC = "Dushanbe, Tajikistan"
GRADE = "NO-A"
SALARY = "TJS 318,460"
INTRO = ("The United Nations Population Fund (UNFPA) is the lead UN agency for delivering a world where every pregnancy is wanted, "
         "every childbirth is safe and every young person's potential is fulfilled. In Tajikistan, the Country Office supports the "
         "national youth policy, school-based health education and youth-friendly health services in four regions.")
JOB = ("Under the direct supervision of the Assistant Representative, the National Programme Analyst contributes to the design, "
       "monitoring and reporting of the adolescents and youth component of the country programme and is the office's "
       "focal point for youth participation.")
DUTIES = [
    "Analyses national data on adolescent health, education and participation and prepares briefs for programme planning.",
    "Prepares annual work plans with the Committee on Youth Affairs and implementing partners and follows up on their implementation.",
    "Monitors field activities in Khatlon and Sughd regions, reviews partner reports and flags implementation risks.",
    "Supports the preparation of donor proposals and results reports on youth health and life-skills education.",
    "Maintains relations with youth networks, line ministries and sister UN agencies in the youth results group.",
    "Carries out any other duties as may be required by the Representative.",
]
ESS = [
    "Master's degree in public health, social sciences, education, development studies or a related field.",
    "Up to two years of professional experience in programme work on youth, health or education; a Bachelor's degree with two additional years of relevant experience may be considered.",
    "Good knowledge of national youth and health policies of Tajikistan.",
    "Fluency in Tajik, Russian and English is required.",
]
DES = [
    "Experience with a UN agency or an international development partner.",
    "Experience in monitoring field projects and using online data collection tools.",
]
VALUES = "Exemplifying integrity, Demonstrating commitment to UNFPA and the UN system, Embracing diversity in all its forms, Embracing change"
COMPS = [(n, "") for n in ["Achieving results", "Being accountable", "Developing and applying professional expertise/business acumen",
                           "Thinking analytically and strategically", "Working in teams/managing ourselves and our relationships",
                           "Communicating for impact"]]

def build():
    rows = [("Vacancy Announcement No.", REF), ("Post Title", TITLE), ("Grade", GRADE), ("Post Type", "Fixed-term appointment, national staff"),
            ("Duty Station", LOC), ("Open to", "Nationals of Tajikistan only"), ("Date of Issue", "14 April 2042"),
            ("Closing Date", "7 May 2042 (17:00 Dushanbe time)")]
    table = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in rows)
    src = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>@page {{ size: A4; margin: 22mm 18mm 20mm 18mm;
 @bottom-center {{ content: "{REF} — page " counter(page) " of " counter(pages); font-size: 8pt; color: #666 }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.35 }}
.lh {{ border-bottom: 3px solid #f7941d; padding-bottom: 4px; margin-bottom: 10px }}
.lh b {{ color: #f7941d; font-size: 14pt }} table {{ border-collapse: collapse; width: 100% }}
th, td {{ border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top }} th {{ width: 34%; background: #fdf1e3 }}
h2 {{ font-size: 11pt; color: #f7941d; text-transform: uppercase; margin: 14px 0 4px }}
tr {{ break-inside: avoid }}</style></head><body>
<div class="lh"><b>UNFPA</b> United Nations Population Fund · Tajikistan Country Office<br>
<small>37/1 Bokhtar Street, Dushanbe · www.unfpa.example</small></div>
<h1 style="font-size:13pt;text-align:center">VACANCY ANNOUNCEMENT</h1>
<table>{table}</table>
<h2>The Position</h2><p>{INTRO}</p><p>{JOB}</p>
<h2>How you can make a difference</h2>
<p>UNFPA is seeking candidates that transform, inspire and deliver high impact and sustained results.</p>
<h2>Duties and Responsibilities</h2>{ul(DUTIES, "ol")}
<h2>Qualifications and Experience</h2>
<p><b>Required:</b></p>{ul(ESS)}
<p><b>Desirable:</b></p>{ul(DES)}
<h2>Required Competencies</h2>
<p><b>Values:</b> {VALUES}.</p>
<p><b>Core Competencies:</b></p>{ul([n for n, _ in COMPS])}
<h2>Compensation and Benefits</h2>
<p>This position offers an attractive remuneration package. The annual net salary at entry level is {SALARY}, complemented by medical insurance, pension and leave entitlements.</p>
<p>Short-listed candidates may be invited to a written test on 19 May 2042 and to an interview in early June.</p>
<h2>Disclaimer</h2>
<p>UNFPA does not charge any application, processing, training, interviewing, testing or other fee in connection with the application or recruitment process. Fraudulent notices, letters or offers may be submitted to the UNFPA fraud hotline.</p>
</body></html>"""
    weasy(src, KEY + "-va.weasyprint.pdf", KEY)

    tg = f"""Вакансии ООН в Таджикистане | UN Jobs TJ
12 480 subscribers

📌 Pinned message: How to apply to UN jobs without paying anyone (read first!)

April 15

Forwarded from UNFPA Tajikistan
🟠 VACANCY | ВАКАНСИЯ

{TITLE}
Grade: {GRADE}
Vacancy Announcement No.: {REF}
Duty Station: {LOC}
Open to nationals of Tajikistan only
Closing Date: 7 May 2042, 17:00 Dushanbe time

{INTRO}

{JOB}

Duties:
""" + "\n".join("— " + d for d in DUTIES) + f"""

Required:
""" + "\n".join("• " + e for e in ESS) + """

Desirable:
""" + "\n".join("• " + e for e in DES) + f"""

Values: {VALUES}.
Core Competencies: """ + "; ".join(n for n, _ in COMPS) + f""".

💰 Annual net salary at entry level: {SALARY}
🧪 Written test for short-listed candidates: 19 May 2042

📎 Full vacancy announcement (PDF) ↓
{KEY}.pdf · 214 KB

👁 3.1K  ✏️ edited  14:26

April 15
Комментарии
Farrukh: Is the test online or in the office?
  UN Jobs TJ (admin): In the office, details will come by e-mail to short-listed candidates only.
Nigina: Шумо метавонед ба забони тоҷикӣ ҳам нависед? 🙏
  UN Jobs TJ (admin): The application is in English; the interview can include Tajik.

April 16
🔵 Also open this week: UNICEF Tajikistan – Education Officer (NO-B), closes 28 April 2042
"""
    w(KEY + "-telegram.txt", tg, KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2042-05-07", grade=GRADE, salary=sal(318460, "TJS", "year"),
             requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": COMPS})
