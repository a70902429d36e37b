from common import *

KEY = "raps-1-2044-africa-04"
REF = "RAPS/1/2044/AFRICA/04"
TITLE = "Director of the ILO Country Office for the United Republic of Tanzania, Burundi, Kenya, Rwanda and Uganda"
ORG = "International Labour Organization"
LOC = "Dar es Salaam"
GRADE = "D1"
EDU = ("Advanced university degree (Master's or equivalent) in economics, labour law, social sciences, public "
       "administration or a related field.")
EXP = ("At least fifteen years of progressively responsible professional experience in labour, employment or social "
       "policy, of which at least five years at the international level and at least five years in a managerial "
       "position leading multidisciplinary teams.")
LANG = "Excellent command of English and a working knowledge of a second working language of the Organization."
A1 = "Experience of working with governments, employers' and workers' organizations in East Africa."
A2 = "Knowledge of Kiswahili."
COMPS = ["Integrity and transparency", "Sensitivity to diversity", "Orientation to learning", "Communication",
         "Orientation to change", "Takes responsibility for performance", "Collaboration"]
DUTIES = [
    "Lead the design and implementation of the Decent Work Country Programmes of the five countries covered by the Office.",
    "Represent the ILO in the United Nations country teams and maintain high-level dialogue with ministries of labour and social partners.",
    "Mobilize resources for development cooperation and oversee a portfolio of projects on employment, social protection and labour standards.",
    "Manage the staff, budget and premises of the Office in accordance with ILO rules and accountability framework.",
    "Ensure that the supervisory bodies' comments on ratified Conventions are followed up with the constituents.",
]
SALARY_LINE = "The entry level net base salary for this position is USD 141,207 yearly, plus post adjustment."


def facts(tag="p"):
    rows = [("Grade", GRADE), ("Vacancy no.", REF), ("Publication date", "1 August 2044"),
            ("Application deadline (midnight Dar es Salaam time)", "8 September 2044"), ("Job ID", "15306"),
            ("Department", "RO-Africa"), ("Organization Unit", "CO-Dar es Salaam"), ("Location", LOC),
            ("Contract type", "Fixed Term")]
    return rows


def body_html():
    duties = "\n".join(f"<li>{esc(d)}</li>" for d in DUTIES)
    comps = "\n".join(f"<li>{esc(c)}</li>" for c in COMPS)
    return f"""<p>The following are eligible to apply:</p>
<ul><li>ILO Internal candidates in accordance with paragraphs 31 and 32 of Annex I of the Staff Regulations.</li><li>External candidates.</li></ul>
<p>The ILO values diversity among its staff and welcomes applications from qualified female candidates. Applicants with disabilities who need an adjustment during the process are invited to write to the recruitment team.</p>
<h3>Introduction</h3>
<p>The International Labour Organization (ILO) is the United Nations agency for the world of work. Its Country Office in Dar es Salaam covers five countries of the East African Community and works under the Regional Office for Africa. The Director reports to the Regional Director for Africa.</p>
<h3>Key duties and responsibilities</h3>
<ol>{duties}</ol>
<h3>Required qualifications</h3>
<p><b>Education</b></p>
<p>{esc(EDU)}</p>
<p><b>Experience</b></p>
<p>{esc(EXP)}</p>
<p><b>Languages</b></p>
<p>{esc(LANG)}</p>
<p><b>Assets</b></p>
<ul><li>{esc(A1)}</li><li>{esc(A2)}</li></ul>
<h3>Competencies</h3>
<p>In addition to the ILO core competencies listed below, the position requires the managerial competencies of a senior leader.</p>
<ul>{comps}</ul>
<h3>Conditions of employment</h3>
<p>{SALARY_LINE} Any appointment is subject to a probationary period and to medical clearance by the ILO medical adviser.</p>
<p>The evaluation may include a technical test and a competency-based interview, expected in the week of 5 October 2044.</p>
"""


def build():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-09-08", grade=GRADE,
             salary=sal(141207, cur="USD", period="year"),
             ess={"en": [EDU, EXP, LANG]}, des={"en": [A1, A2]}, comps={"en": [(c, "") for c in COMPS]})
    fl = "\n".join(f"<li><span class=l>{esc(k)}:</span> {esc(v)}</li>" for k, v in facts())
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} | ILO Jobs</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0}} header{{background:#1e2dbe;color:#fff;padding:8px 20px}}
header a{{color:#fff;margin-right:12px}} main{{max-width:900px;margin:auto;padding:0 20px}} .facts{{list-style:none;padding:0}} .l{{font-weight:bold}}</style></head>
<body><header><a href="#">ILO Jobs</a> <a href="#">Search Jobs</a> <a href="#">Candidate profile</a> <a href="#">English</a> <a href="#">Français</a> <a href="#">Español</a></header>
<div role="dialog">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>
<main><p><a href="#">« Back to search results</a></p>
<h1>{esc(TITLE)}</h1>
<p><a href="#">Apply now »</a> <a href="#">Save</a></p>
<ul class="facts">{fl}</ul>
{body_html()}
<p><a href="#">Apply now »</a></p>
<section><h4>Similar jobs</h4><ul><li>Senior Specialist, Employment Policies — Pretoria — Application deadline 22 September 2044</li><li>Programme Officer — Lusaka — Application deadline 29 August 2044</li></ul></section>
</main><footer>© International Labour Organization · Privacy · Terms of use</footer></body></html>
"""
    write(KEY + "-ilojobs.html", page, KEY, "html")
    rows = "\n".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in facts())
    pr = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(REF)}</title>
<style>@page{{size:A4;margin:20mm 18mm 22mm;@bottom-right{{content:"Page " counter(page) " of " counter(pages);font-size:8pt}}
@bottom-left{{content:"{REF}";font-size:8pt}}}}
body{{font-family:"DejaVu Serif",serif;font-size:10pt}} h1{{font-size:14pt}} table{{border-collapse:collapse;width:100%}}
th{{text-align:left;width:45%;border-bottom:1px solid #999;padding:3px}} td{{border-bottom:1px solid #999;padding:3px}}</style></head>
<body><p style="font-size:8pt">Printed from ILO Jobs on 16 August 2044</p>
<p><b>INTERNATIONAL LABOUR OFFICE · BUREAU INTERNATIONAL DU TRAVAIL · OFICINA INTERNACIONAL DEL TRABAJO</b></p>
<h1>VACANCY ANNOUNCEMENT – {esc(TITLE)}</h1>
<table>{rows}</table>
{body_html()}
</body></html>
"""
    src = os.path.join(SRC, KEY + "-print.html")
    open(src, "w", encoding="utf-8").write(pr)
    weasyprint(src, KEY + "-print.weasyprint.pdf", KEY)
