from common import *

KEY = "mgh-2043-031"
REF = "MGH-2043-031"
T = "Registered Practical Nurse – Emergency Department"
O = "Mattawa General Hospital"
L = "Mattawa, Ontario"
S = "Permanent part-time, 0.6 FTE, rotating 12-hour day and night shifts"
ESS = ["Current registration in good standing with the College of Nurses of Ontario as a Registered Practical Nurse;",
       "Diploma from a recognized Practical Nursing program;",
       "Current Basic Life Support (BLS) certification;",
       "Minimum of two years of recent acute care experience;",
       "Demonstrated ability to work in a fast-paced, rural emergency setting."]
DES = ["Bilingualism (English and French);",
       "Advanced Cardiovascular Life Support (ACLS) or Trauma Nursing Core Course (TNCC);",
       "Experience with Meditech Expanse."]
COMP = [("Critical thinking", ""), ("Compassion", ""), ("Adaptability", ""), ("Accountability", "")]
DUT = ["Provides nursing care to patients of all ages presenting to the Emergency Department;",
       "Assists physicians and registered nurses with procedures and stabilization;",
       "Monitors patients awaiting transfer to regional centres;",
       "Documents assessments and interventions in the electronic health record."]


def nb(s):
    return s.replace("-", "\u2011")


def build():
    expected(KEY, reference=REF, languages=["en"], title={"en": T}, organisation={"en": O}, location={"en": L},
             schedule={"en": S}, deadline="2043-04-15", salary=sal(mn=36.18, mx=41.34, cur="CAD", period="hour"),
             requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": COMP})
    def ul(items):
        return "\n".join("<li>%s</li>" % nb(i) for i in items)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Job Posting {REF} | Mattawa General Hospital</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;margin:0}}
.util{{background:#123f6b;color:#fff;padding:4px 12px;font-size:9pt}}
header{{padding:10px 12px;border-bottom:3px solid #123f6b}}
nav a{{margin-right:12px}}
.page{{max-width:820px;margin:auto;padding:0 12px}}
.facts{{border:1px solid #999;padding:6px 10px;margin:10px 0}}
.facts p{{margin:2px 0}}
.cols{{column-count:2}}
@media print{{ .util, nav, .alert {{display:none}} }}
</style></head>
<body>
<div class="util">Emergency? Call 911 · Visitor information · <a href="#">Français</a> · Text size A A+</div>
<header><strong>Mattawa General Hospital</strong> · Hôpital général de Mattawa<br>
<nav><a href="#">Patients &amp; Visitors</a><a href="#">Programs &amp; Services</a><a href="#">Foundation</a><a href="#">Careers</a><a href="#">About</a></nav></header>
<p class="alert">Notice: The main parking lot will be resurfaced from April 20 to April 24, 2043.</p>
<div class="page">
<p>Home › Careers › Current Opportunities › {REF}</p>
<h1>INTERNAL / EXTERNAL JOB POSTING</h1>
<h2>{nb(T)}</h2>
<div class="facts">
<p><b>Posting #:</b> {nb(REF)}</p>
<p><b>Employer:</b> {O}</p>
<p><b>Department:</b> Emergency</p>
<p><b>Location:</b> {L}</p>
<p><b>Status / Hours:</b> {nb(S)}</p>
<p><b>Union:</b> ONA Local (RPN unit)</p>
<p><b>Rate of Pay:</b> $36.18 – $41.34 per hour</p>
<p><b>Posted:</b> March 18, 2043</p>
<p><b>Closing Date:</b> April 15, 2043 at 4:00 p.m.</p>
</div>
<p>Mattawa General Hospital is a small rural hospital serving the Town of Mattawa and surrounding townships. Our 24‑hour Emergency Department works closely with regional partners in North Bay.</p>
<h3>Key Responsibilities</h3>
<ul>
{ul(DUT)}
</ul>
<h3>Qualifications</h3>
<ul>
{ul(ESS)}
</ul>
<h3>Preferred Qualifications</h3>
<ul>
{ul(DES)}
</ul>
<h3>Core Competencies</h3>
<ul class="cols">
{ul([c[0] for c in COMP])}
</ul>
<h3>How to Apply</h3>
<p>Internal applicants must apply through the staff portal. External applicants are invited to submit a cover letter and résumé, quoting Posting # {nb(REF)}, to careers@mattawahospital.example. A current police vulnerable sector check will be required from the successful candidate. Interviews are expected the week of April 27, 2043.</p>
<p><i>Mattawa General Hospital is committed to accessible employment practices under the AODA. Accommodation is available on request. We thank all applicants; only those selected for an interview will be contacted.</i></p>
</div>
<footer class="page"><hr>217 Turcotte Park Road (fictitious) · Mattawa, Ontario · Accessibility · Privacy · © 2043</footer>
</body></html>
"""
    name = KEY + "-mattawa.html"
    write(name, html, KEY)
    pdf = chromium(name)
    dump(pdf, KEY)
