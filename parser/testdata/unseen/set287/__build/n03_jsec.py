"""JSEC-VN-41-093: Joint Support and Enabling Command, Ulm. The Command's careers
page (facts as label/value <span> pairs inside <li>), its Chromium PDF + dump, and an
aggregator copy that drops commas and apostrophes from the text."""
import html as H
from common import write, expected, sal, chromium

REF = "JSEC-VN-41-093"
TITLE = "Staff Assistant (Host Nation Support Coordination)"
ORG = "Joint Support and Enabling Command (JSEC)"
LOC = "Ulm (Germany)"
SCH = "Full-time"
GRADE = "G12"
POST = "OJC JLXX 0120"
CLEAR = "NATO SECRET"

CONTEXT = [
    "Headquarters Joint Support and Enabling Command (JSEC) is the operational-level headquarters that enables the "
    "rapid movement of forces into, across and from the rear area of Europe. It works with host nations, national "
    "movement centres and NATO commands so that routes, reception points and support arrangements are ready when "
    "forces are called forward.",
    "Within the Logistics Directorate, the Host Nation Support Branch negotiates and keeps up to date the arrangements "
    "under which nations provide facilities, transport and services to deploying forces. The incumbent supports the "
    "staff officers of the Branch in the preparation, tracking and archiving of these arrangements.",
]
REPORTING = "This post reports to OJC JLXX 0010 Branch Head Host Nation Support OF-5."
DUTIES = [
    "Maintaining the register of host nation support arrangements and of their annexes and amendments.",
    "Preparing the agendas, read-ahead packages and minutes of host nation support conferences.",
    "Coordinating the visits of national delegations to the headquarters and to reception sites.",
    "Collecting and checking the cost estimates provided by host nations for exercises.",
    "Drafting routine correspondence to national points of contact for the Branch Head.",
]
SUB_ESS = [
    ("Professional/Experience", [
        "Minimum of five years of experience in logistics coordination or host nation support in a military or civilian organisation",
        "Experience in drafting agreements and technical arrangements with national authorities",
        "Demonstrated experience with Microsoft Office applications and logistics functional services",
    ]),
    ("Education/Training", [
        "Higher secondary education and completed advanced vocational training in logistics or business administration",
    ]),
    ("Language", [
        "English - SLP 3333 (Listening Speaking Reading and Writing)",
    ]),
]
SUB_DES = [
    ("Professional/Experience", [
        "Experience of reception staging and onward movement planning",
        "Previous service in a NATO headquarters or agency",
    ]),
    ("Education/Training", [
        "Completion of the NATO Host Nation Support Course at the NATO School Oberammergau",
    ]),
    ("Language", [
        "German - SLP 2222",
    ]),
]
ESS = [x for _, items in SUB_ESS for x in items]
DES = [x for _, items in SUB_DES for x in items]
COMP = [
    ("Personal Attributes", "The incumbent must be able to work independently and keep track of many parallel requests from nations."),
    ("Professional Contacts", "The incumbent liaises with host nation points of contact and national movement centres up to colonel level."),
    ("Contribution to Objectives", "Accurate records kept by the incumbent allow the Branch to give the Commander a true picture of host nation readiness."),
]
SAL_TXT = "6,118.40 EUR"
DEADLINE = "Monday 9 September 2041 23:59 (CEST)"
FACTS = [
    ("Vacancy Number", REF), ("Post Number", POST), ("Job Title", TITLE),
    ("Organisation", ORG), ("Duty Location", LOC), ("NATO Grade", GRADE),
    ("Schedule", SCH), ("Security Clearance", CLEAR), ("Closing Date", DEADLINE),
]
OTHER = "Contract: three-year definite duration contract; the first six months are a probationary period."


def strip(s):
    return s.replace(",", "").replace("'", "").replace("\u2019", "")


def build():
    expected(REF, post_number=POST, languages=["en"],
             title={"en": TITLE}, organisation={"en": ORG}, location={"en": LOC}, schedule={"en": SCH},
             deadline="2041-09-09", salary=sal(6118.40, "EUR"), grade=GRADE, clearance=CLEAR,
             requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": COMP})
    e = H.escape

    def sublists(subs):
        out = []
        for i, (h, items) in enumerate(subs):
            out.append(f"<p class=\"sub\">{'abc'[i]}. {e(h)}</p><ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>")
        return "\n".join(out)

    page = f"""<!DOCTYPE html>
<!-- saved from url=(0061)https://jsec.nato.example/careers/vacancies/jsec-vn-41-093 -->
<html lang="en"><head><meta charset="utf-8"><title>{e(TITLE)} | Careers | JSEC</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;margin:0;color:#1b1b1b;hyphens:manual}}
header{{background:#002b5c;color:#fff;padding:10px 24px}} header a{{color:#fff;margin-right:14px;text-decoration:none}}
.crumbs{{font-size:9pt;color:#555;padding:6px 24px}} main{{padding:0 24px 24px}}
ul.facts{{list-style:none;padding:0;display:grid;grid-template-columns:1fr 1fr;gap:6px 24px;border:1px solid #ccd;padding:10px}}
ul.facts span.l{{display:block;font-size:8.5pt;text-transform:uppercase;color:#556}}
ul.facts span.v{{display:block;font-weight:bold}}
h2{{font-size:12pt;color:#002b5c;margin-top:18px}} p.sub{{font-weight:bold;margin:8px 0 2px}}
footer{{font-size:8.5pt;color:#666;border-top:1px solid #ccc;padding:8px 24px}}
.cookie{{background:#eef;font-size:8.5pt;padding:6px 24px}}
</style></head><body>
<div class="cookie">This site uses cookies for statistics only. <a href="#">Accept</a> <a href="#">Decline</a></div>
<header><b>JSEC</b> &nbsp; <a href="#">Home</a><a href="#">About</a><a href="#">News</a><a href="#">Careers</a><a href="#">Contact</a></header>
<div class="crumbs">Home / Careers / Civilian vacancies / {e(REF)}</div>
<main>
<h1>{e(TITLE)}</h1>
<p><i>Published 12 August 2041</i></p>
<ul class="facts">
{"".join(f'<li><span class="l">{e(l)}</span><span class="v">{e(v)}</span></li>' for l, v in FACTS)}
</ul>
<p>This vacancy notice seeks to recruit one {e(TITLE)} in NATO Grade {GRADE} for post {e(POST)}.</p>
<h2>1. Post Context</h2>
{"".join(f"<p>{e(p)}</p>" for p in CONTEXT)}
<p><b>Reporting Line:</b> {e(REPORTING)}</p>
<h2>2. Principal Duties</h2>
<p>The incumbent is responsible for:</p>
<ol type="a">{"".join(f"<li>{e(d)}</li>" for d in DUTIES)}</ol>
<h2>3. Special Requirements and Additional Duties</h2>
<p>The incumbent may be required to undertake duty travel of up to 30 days per year, including to sites without NATO support.</p>
<h2>4. Essential Qualifications</h2>
{sublists(SUB_ESS)}
<h2>5. Desirable Qualifications</h2>
{sublists(SUB_DES)}
<h2>6. Attributes/Competencies</h2>
{"".join(f"<p><b>{e(n)}:</b> {e(d)}</p>" for n, d in COMP)}
<h2>7. Remuneration and Conditions of Employment</h2>
<p>The basic monthly salary for NATO Grade {GRADE} is {e(SAL_TXT)}, tax free, plus allowances according to the NATO Civilian Personnel Regulations. {e(OTHER)}</p>
<h2>8. How to Apply</h2>
<p>Applications must be submitted through the NATO Talent Acquisition Platform before the closing date of {e(DEADLINE)}. Interviews are expected in the second half of October 2041.</p>
<aside><h2>Other vacancies</h2><ul>
<li>Staff Officer (Movement Plans) - closing 16 September 2041</li>
<li>Clerk (Registry) - closing 2 September 2041</li></ul></aside>
</main>
<footer>Headquarters JSEC, Wilhelmsburg-Kaserne, Ulm, Germany &middot; Imprint &middot; Privacy</footer>
</body></html>
"""
    write(f"{REF}-jsec.html", page, REF)
    chromium(f"{REF}-jsec.html", REF)

    # aggregator copy, commas and apostrophes dropped from the text
    body = [f"This vacancy notice seeks to recruit one {TITLE} in NATO Grade {GRADE} for post {POST}.", "",
            "Vacancy Number: " + REF, "Job Title: " + TITLE, "Organisation: " + ORG,
            "Duty Location: " + LOC, "Schedule: " + SCH, "Security Clearance: " + CLEAR,
            "Closing Date: " + DEADLINE, "",
            "1. Post Context", ""]
    body += [p + "\n" for p in CONTEXT]
    body += ["Reporting Line:", REPORTING, "", "2. Principal Duties", "", "The incumbent is responsible for:", ""]
    body += [f"{'abcde'[i]}. {d}" for i, d in enumerate(DUTIES)]
    body += ["", "3. Special Requirements and Additional Duties", "",
             "The incumbent may be required to undertake duty travel of up to 30 days per year.", "",
             "4. Essential Qualifications", ""]
    for i, (h, items) in enumerate(SUB_ESS):
        body += [f"{'abc'[i]}. {h}"] + items + [""]
    body += ["5. Desirable Qualifications", ""]
    for i, (h, items) in enumerate(SUB_DES):
        body += [f"{'abc'[i]}. {h}"] + items + [""]
    body += ["6. Attributes/Competencies", ""]
    body += [f"{n}: {d}" for n, d in COMP]
    body += ["", "7. Remuneration and Conditions of Employment", "",
             f"The basic monthly salary for NATO Grade {GRADE} is {SAL_TXT} tax free plus allowances. {OTHER}", "",
             "8. How to Apply", "",
             f"Applications must be submitted through the NATO Talent Acquisition Platform before {DEADLINE}."]
    L = [TITLE, "", "NATO", "", "Not Interested", "Bookmark", "Report This Job", "",
         "profile Job Location:", "", "Ulm - Germany", "",
         "profile Monthly Salary: Not Disclosed",
         "Posted on: 4 days ago",
         "Vacancies: 1 Vacancy", "", "Job Summary", ""]
    L += [strip(x) for x in body]
    L += ["", "Employment Type", "", "Full-Time", "", "Company Industry", "", "Defence", "",
          "Key Skills", "", "Logistics  Host Nation Support  Coordination  Microsoft Office  Minutes", "",
          "About Company", "", "NATO is a political and military alliance of member countries.", "",
          "Similar Jobs", "",
          "Logistics Officer - Ulm - Posted 2 days ago",
          "Movement Control Assistant - Wiesbaden - Monthly Salary: 4200 - 4800 EUR",
          "Report This Job"]
    write(f"{REF}-drjob.txt", "\n".join(L) + "\n", REF)
