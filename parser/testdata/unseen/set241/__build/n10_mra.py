from common import *

KEY = "mra-hrm-vac-2037-44"
REF = "MRA/HRM/VAC/2037/44"
TITLE = "Customs Data Analyst"
ORG = "Mauritius Revenue Authority"
LOC = "Customs House, Mer Rouge, Port Louis"
SCHED = "Normal working hours, Monday to Friday, 08.45 to 16.00 hrs, with shift duty when required"
SCALE = "MUR 48,650 x 1,450 – 62,700 x 2,000 – 91,375 monthly"
ESS = [
    "a degree in Statistics, Data Science, Economics or Computer Science from a recognised institution;",
    "at least three years' post-qualification experience in data analysis, preferably in a revenue or border agency;",
    "proficiency in SQL and in Python or R;",
    "good knowledge of the Harmonized System of commodity classification.",
]
DES = [
    "experience with risk-profiling or selectivity systems;",
    "knowledge of French.",
]
DUT = [
    "develop risk indicators for the selection of consignments for examination;",
    "analyse import and export declarations to detect undervaluation and misclassification;",
    "prepare dashboards for the Customs Department management;",
    "perform any other duties related to the post.",
]


def avis_html():
    ol = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF}</title></head>
<body style="font-family:'Liberation Serif';font-size:11pt">
<p align="center"><b>MAURITIUS REVENUE AUTHORITY</b><br>Human Resource Management Department<br>Ehram Court, Port Louis</p>
<p align="center"><b>VACANCY NOTICE No. {REF}</b></p>
<p align="center"><b>POST: {TITLE.upper()}</b></p>
<p>Applications are invited from suitably qualified candidates for the post of {TITLE} at the {ORG}.</p>
<table border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td width="30%"><b>Post</b></td><td>{TITLE}</td></tr>
<tr><td><b>Organisation</b></td><td>{ORG}</td></tr>
<tr><td><b>Department</b></td><td>Customs Department – Risk Management Section</td></tr>
<tr><td><b>Place of work</b></td><td>{LOC}</td></tr>
<tr><td><b>Hours of work</b></td><td>{SCHED}</td></tr>
<tr><td><b>Salary scale</b></td><td>{SCALE}</td></tr>
<tr><td><b>Closing date</b></td><td>Saturday 14 November 2037 at 15.00 hrs</td></tr>
</table>
<p><b>I. QUALIFICATIONS AND EXPERIENCE</b></p>
<p>Candidates should possess:</p>
<ol type="i">{ol(ESS)}</ol>
<p><b>II. ADDED ADVANTAGE</b></p>
<ol type="i">{ol(DES)}</ol>
<p><b>III. AGE LIMIT</b></p>
<p>Candidates should not have reached their 45th birthday by the closing date.</p>
<p><b>IV. DUTIES</b></p>
<ol type="a">{ol(DUT)}</ol>
<p><b>V. MODE OF APPLICATION</b></p>
<p>Applications should be made on the prescribed form available at the MRA Head Office or on the MRA website and should reach the
Director, Human Resource Management Department, not later than 15.00 hrs on Saturday 14 November 2037. Late applications will not be
considered. Candidates may be required to sit a written test. Canvassing in any form will lead to disqualification.</p>
<p>Date: 26 October 2037</p>
</body></html>
"""


def gazette():
    def wrap(prefix, s, width=70, ind="     "):
        import textwrap
        return textwrap.fill(s, width=width, initial_indent=prefix, subsequent_indent=ind)
    return "\n".join([
        "THE PORT LOUIS OBSERVER (fictitious weekly)           Friday 30 October 2037",
        "----------------------------------------------------------------------",
        "                      CLASSIFIEDS – SITUATIONS VACANT",
        "----------------------------------------------------------------------",
        "",
        "                      MAURITIUS REVENUE AUTHORITY",
        f"                  VACANCY NOTICE No. {REF}",
        "",
        f"Post:          {TITLE}",
        f"Organisation:  {ORG}",
        f"Place of work: {LOC}",
        wrap("Hours:         ", SCHED, ind="               "),
        wrap("Salary:        ", SCALE, ind="               "),
        "Closing date:  14 November 2037 (15.00 hrs)",
        "",
        "Qualifications and experience – candidates should possess:",
        *[wrap(f"(i{'i' * k}) " if k < 3 else "(iv) ", e) for k, e in enumerate(ESS)],
        "",
        "Added advantage:",
        *[wrap(f"(i{'i' * k}) ", e) for k, e in enumerate(DES)],
        "",
        "Age limit: below 45 years by the closing date.",
        wrap("", "Duties include developing risk indicators, analysing declarations and preparing dashboards for management."),
        wrap("", "Prescribed application forms are available at Ehram Court and on the MRA website. "
                 "Applications should reach the Director, HRM, not later than 14/11/2037."),
        "",
        "----------------------------------------------------------------------",
        "FOR SALE – Toyota pickup, 2031, good condition, Rs 640,000 (MUR), call 5xxx xxxx",
        "----------------------------------------------------------------------",
        "NOTICE – The Rose-Hill Savings Society will hold its AGM on 21 November 2037.",
        "",
    ])


if __name__ == "__main__":
    src = os.path.join(BUILD, "mra-notice.html")
    open(src, "w", encoding="utf-8").write(avis_html())
    soffice(src, KEY + "-notice.libreoffice.pdf")
    w(KEY + "-observer.txt", gazette())
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2037-11-14",
             sal(mn=48650, mx=91375, cur="MUR", period="month"), None, {"en": (ESS, DES)}, {"en": []})
