from common import *

REF = "UNFPA/MNG/VA/2039/03"
KEY = "unfpa-mng-va-2039-03"
TITLE = "Programme Analyst (Census and Demographic Analysis)"
ORG = "United Nations Population Fund"
LOC = "Ulaanbaatar, Mongolia"
GRADE = "NO-B"
POST = "00147392"
SAL = "MNT 78,640,000"
ESS = ["Master's degree in demography, statistics, economics, population studies or a related social science.",
       "Two years of professional experience in population data, census or household survey work at the national level.",
       "Proven skills in statistical software (Stata, R or SPSS) and in presenting data to non-specialist audiences.",
       "Fluency in Mongolian and English."]
DES = ["Experience with a United Nations agency or with the National Statistics Office.",
       "Familiarity with geospatial tools for small-area estimation.",
       "Knowledge of Russian or Chinese."]
CORE = ["Achieving results", "Being accountable", "Developing and applying professional expertise/business acumen",
        "Thinking analytically and strategically", "Working in teams/managing ourselves and our relationships",
        "Communicating for impact"]
DUTIES = ["Supports the Government in the analysis and dissemination of the 2040 census round and inter-censal surveys;",
          "Prepares policy briefs on fertility, ageing, migration and urbanization for line ministries and Parliament;",
          "Builds the capacity of national partners in data disaggregation, quality assurance and open-data publication;",
          "Monitors programme indicators and contributes to annual reports and donor updates;",
          "Represents UNFPA in data working groups of the United Nations Country Team."]
INTRO = ("UNFPA is the United Nations sexual and reproductive health agency. In Mongolia, the Country Office supports "
         "the Government in using population data for planning, with a focus on the census, vital statistics and the "
         "needs of young people and older persons. The Programme Analyst works under the supervision of the Assistant "
         "Representative and in close collaboration with the National Statistics Office.")


def va_html():
    rows = [("Position Title", TITLE), ("Position Number", POST), ("Grade", GRADE),
            ("Organization", ORG + " (UNFPA)"), ("Duty Station", LOC),
            ("Type of Contract", "Fixed-term appointment, one year (renewable)"),
            ("Open to", "Nationals of Mongolia only"), ("Vacancy Announcement No.", REF),
            ("Date of Issue", "14 May 2039"), ("Closing Date", "4 June 2039 (17:00, Ulaanbaatar time)")]
    tab = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 20mm 18mm 22mm 18mm;
  @bottom-left {{ content: "{REF}"; font-size: 8pt; color: #777 }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #777 }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.35 }}
.lh {{ border-bottom: 3px solid #f7941d; padding-bottom: 6px; margin-bottom: 10px }}
.lh b {{ font-size: 13pt; color: #f7941d }} .lh small {{ float: right; color: #555 }}
h1 {{ text-align: center; font-size: 13pt; letter-spacing: 2px }}
table {{ border-collapse: collapse; width: 100% }} th, td {{ border: 1px solid #999; padding: 4px 6px; vertical-align: top; text-align: left }}
th {{ width: 32%; background: #fdf1e3 }}
h2 {{ font-size: 10.5pt; color: #f7941d; text-transform: uppercase; margin: 14px 0 4px }}
</style></head><body>
<div class="lh"><b>UNFPA</b> Mongolia Country Office <small>UN House, United Nations Street 14, Ulaanbaatar</small></div>
<h1>VACANCY ANNOUNCEMENT</h1>
<table>
{tab}
</table>
<h2>Background</h2>
<p>{esc(INTRO)}</p>
<h2>Duties and responsibilities</h2>
{ul(DUTIES, "ol")}
<h2>Qualifications and experience</h2>
<p><b>Required:</b></p>
{ul(ESS)}
<p><b>Desirable:</b></p>
{ul(DES)}
<h2>Required competencies</h2>
<p>Values: Exemplifying integrity; Demonstrating commitment to UNFPA and the UN system; Embracing diversity in all its forms; Embracing change.</p>
<p>Core competencies:</p>
{ul(CORE)}
<h2>Compensation</h2>
<p>UNFPA offers an annual net salary of {SAL}, together with medical insurance, pension fund membership and 30 days of annual leave. The salary is paid in local currency.</p>
<h2>How to apply</h2>
<p>Qualified Mongolian nationals should submit a cover letter and the UNFPA personal history form through the e-recruitment portal. Only short-listed candidates will be contacted; a written test is planned for 16 June 2039.</p>
<p><b>Notice:</b> UNFPA does not charge any application, processing, training, interviewing, testing or other fee in connection with the application or recruitment process.</p>
</body></html>
"""


def board():
    L = ["Ажлын байр | Jobs  Companies  Salary guide  Post a job  Нэвтрэх / Login",
         "Home › Jobs › NGO / International › " + TITLE,
         "",
         TITLE,
         ORG + " (UNFPA)",
         "UlaanbaatarInternational organizationFull timePosted 6 days agoDeadline04.06.2039Views 2 318",
         "Apply on company website   Save   Share",
         "",
         "JOB DETAILS",
         f"Vacancy Announcement No.: {REF}",
         f"Position Number: {POST}",
         f"Grade: {GRADE}",
         f"Duty Station: {LOC}",
         "Type of Contract: Fixed-term appointment, one year (renewable)",
         "Open to: Nationals of Mongolia only",
         "Date of Issue: 14.05.2039",
         "",
         "BACKGROUND",
         INTRO,
         "",
         "DUTIES AND RESPONSIBILITIES"] + ["> " + d for d in DUTIES] + [
         "",
         "QUALIFICATIONS AND EXPERIENCE",
         "Required:"] + ["> " + e for e in ESS] + [
         "Desirable:"] + ["> " + d for d in DES] + [
         "",
         "CORE COMPETENCIES",
         " / ".join(CORE),
         "",
         "SALARY",
         f"Annual net salary of {SAL} (local currency), plus medical insurance and pension.",
         "",
         "--------------------------------------------------",
         "Similar jobs",
         "Data Analyst — Asian Development Bank Resident Mission — Deadline 30.05.2039",
         "Monitoring Officer — World Vision Mongolia — Deadline 12.06.2039",
         "Statistician — National Statistics Office — Deadline 20.06.2039",
         "--------------------------------------------------",
         "This site is not the employer. Always apply through the employer's official channel.",
         "© 2039 Ажлын байр. All rights reserved."]
    return "\n".join(L) + "\n"


def build():
    src("unfpa-va.html", va_html())
    weasyprint("unfpa-va.html", KEY + "-va.weasyprint.pdf", REF)
    write(KEY + "-jobboard.txt", board(), REF)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2039-06-04",
             salary=(78640000, "MNT", "year"), grade=GRADE, post_number=POST,
             req={"en": (ESS, DES)}, comp={"en": [(c, "") for c in CORE]})
