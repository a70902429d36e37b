from common import write, expected, chromium_pdf, esc

KEY = "35-investigation-oios-318427-r-entebbe-x"
REF = "35-Investigation-OIOS-318427-R-Entebbe (X)"
TITLE = "Investigator (Procurement Fraud)"
ORG = "Office of Internal Oversight Services"
LOC = "ENTEBBE"
GRADE = "P-4"

ORGSET = ("The Office of Internal Oversight Services (OIOS) is an operationally independent office that assists the "
          "Secretary-General in fulfilling internal oversight responsibilities over the resources and staff of the "
          "Organization. The Investigations Division looks into reports of possible misconduct, fraud, waste of "
          "resources and abuse of authority. This position is located in the Entebbe office of the Investigations "
          "Division, which covers peace operations and offices in East and Central Africa. The Investigator reports "
          "to the Senior Investigator heading the Entebbe office.")
DUTIES = [
    "Plans and leads investigations into allegations of procurement fraud, bid rigging, kickbacks and conflicts of interest involving vendors, staff and other personnel;",
    "Traces payments and contract amendments in the enterprise resource planning system and reconstructs the history of tenders from the documentary record;",
    "Interviews complainants, witnesses and subjects, and prepares accurate records of interview;",
    "Collects, secures and preserves physical and digital evidence in line with the investigation manual;",
    "Drafts investigation reports and referrals that set out the facts, the applicable rules and the findings in plain language;",
    "Advises managers on fraud risks identified during investigations and proposes control improvements;",
    "Coaches junior investigators and reviews their case plans and reports.",
]
COMPS = [
    ("Professionalism", "Has sound knowledge of investigative methods applied to financial and procurement cases. Weighs evidence objectively, keeps confidential information secure and remains calm under pressure."),
    ("Planning and Organizing", "Sets realistic case plans, adjusts priorities when new allegations arrive and uses time and resources efficiently."),
    ("Communication", "Writes clear and well-reasoned reports, listens carefully during interviews and adapts language to the audience."),
]
EDU = ("An advanced university degree (Master's degree or equivalent) in law, accounting, finance, criminology or a related "
       "field is required. A first-level university degree in combination with two additional years of qualifying "
       "experience may be accepted in lieu of the advanced university degree.")
JSQ = "A professional certification such as Certified Fraud Examiner or chartered accountant is desirable."
EXP = [
    ("A minimum of seven years of progressively responsible experience in investigations, forensic auditing or law enforcement is required.", True),
    ("Experience in conducting procurement or financial fraud investigations is required.", True),
    ("Experience in using data analytics or digital forensic tools in an investigative context is desirable.", False),
    ("Experience in a field operation of the United Nations common system or a comparable international organization is desirable.", False),
]
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of French is desirable."

ESS = [EDU] + [e for e, r in EXP if r] + [LANG_REQ]
DES = [JSQ] + [e for e, r in EXP if not r] + [LANG_DES]

ASSESS = ("Evaluation of qualified candidates may include an assessment exercise, tentatively scheduled for the week of "
          "2 June 2035, which may be followed by a competency-based interview.")
SPECIAL = ("This position is funded for an initial period of one year. Extension of the appointment is subject to the "
           "availability of funds. Staff members are subject to the authority of the Secretary-General and to assignment by him or her.")

FACTS = [
    ("Job Title", "INVESTIGATOR (PROCUREMENT FRAUD), P4"),
    ("Job Code Title", "INVESTIGATOR"),
    ("Department/Office", ORG),
    ("Duty Station", LOC),
    ("Category and Level", "Professional and Higher Categories, " + GRADE),
    ("Job Network", "Internal Security and Safety"),
    ("Job Family", "Investigation"),
    ("Job Opening", "318427"),
    ("Job Opening Number", REF),
    ("Staffing Exercise", "N/A"),
    ("Date Posted", "Apr 03, 2035"),
    ("Deadline", "May 03, 2035"),
]


def html():
    facts = "\n".join(f'      <div class="f"><dt>{esc(l)}</dt><dd><span class="nw">{esc(v)}</span></dd></div>' for l, v in FACTS)
    duties = "\n".join(f"        <li>{esc(d)}</li>" for d in DUTIES)
    comps = "\n".join(f"        <p><b>{esc(n)}:</b> {esc(d)}</p>" for n, d in COMPS)
    exp = " ".join(esc(e) for e, _ in EXP)
    similar = "\n".join(f'        <li><a href="#">{t}</a><span>{p} · Deadline: {d}</span></li>' for t, p, d in [
        ("Investigator, P3", "Nairobi", "Apr 28, 2035"),
        ("Senior Investigator, P5", "New York", "May 21, 2035"),
        ("Investigations Assistant, G6", "Entebbe", "Apr 30, 2035"),
    ])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(TITLE)}, P4 | United Nations Careers</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; margin: 0; color: #1b1b1b; }}
.cookie {{ background: #333; color: #fff; padding: 6px 20px; font-size: 9pt; }}
header {{ background: #009edb; color: #fff; padding: 10px 20px; }}
header nav a {{ color: #fff; margin-right: 14px; text-decoration: none; }}
main {{ padding: 12px 24px; }}
.crumbs {{ font-size: 9pt; color: #555; }}
h1 {{ font-size: 17pt; margin: 8px 0 4px; }}
.actions span {{ border: 1px solid #009edb; padding: 2px 8px; margin-right: 6px; font-size: 9pt; }}
dl.grid {{ display: grid; grid-template-columns: 1fr 1fr; gap: 6px 24px; margin: 14px 0; }}
dl.grid dt {{ font-size: 8.5pt; color: #666; text-transform: uppercase; }}
dl.grid dd {{ margin: 0; font-weight: bold; }}
.nw {{ white-space: nowrap; }}
h2 {{ font-size: 12pt; border-bottom: 1px solid #ccc; padding-bottom: 2px; }}
aside {{ font-size: 9pt; border-top: 2px solid #009edb; margin-top: 18px; }}
footer {{ font-size: 8.5pt; color: #666; padding: 10px 24px; border-top: 1px solid #ddd; }}
</style>
</head>
<body>
<div class="cookie">This site uses cookies to improve your experience. <a href="#">Accept</a> <a href="#">Settings</a></div>
<header><nav><a href="#">Home</a><a href="#">Job Search</a><a href="#">Career Paths</a><a href="#">Français</a><a href="#">Sign in</a></nav></header>
<main>
  <div class="crumbs">Home › Job Search › Job Opening</div>
  <h1>{esc(TITLE)}, <span class="nw">P4</span></h1>
  <div class="actions"><span>Apply</span><span>Save</span><span>Share</span><span>Print</span></div>
  <dl class="grid">
{facts}
  </dl>
  <p><i>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</i></p>
  <section>
    <h2>Org. Setting and Reporting</h2>
    <p>{esc(ORGSET)}</p>
  </section>
  <section>
    <h2>Responsibilities</h2>
    <p>Within delegated authority, the Investigator will be responsible for the following duties:</p>
    <ul>
{duties}
    </ul>
  </section>
  <section>
    <h2>Competencies</h2>
{comps}
  </section>
  <section>
    <h2>Education</h2>
    <p>{esc(EDU)}</p>
  </section>
  <section>
    <h2>Job - Specific Qualification</h2>
    <p>{esc(JSQ)}</p>
  </section>
  <section>
    <h2>Work Experience</h2>
    <p>{exp}</p>
  </section>
  <section>
    <h2>Languages</h2>
    <p>{esc(LANG_CTX)} {esc(LANG_REQ)} {esc(LANG_DES)}</p>
  </section>
  <section>
    <h2>Assessment</h2>
    <p>{esc(ASSESS)}</p>
  </section>
  <section>
    <h2>Special Notice</h2>
    <p>{esc(SPECIAL)}</p>
  </section>
  <section>
    <h2>United Nations Considerations</h2>
    <p>Candidates will be required to meet the requirements of Article 101, paragraph 3, of the Charter. Applications are pre-screened on the information submitted; candidates should complete every field of the application form.</p>
  </section>
  <section>
    <h2>No Fee</h2>
    <p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.</p>
  </section>
  <aside>
    <h3>Similar jobs</h3>
    <ul>
{similar}
    </ul>
  </aside>
</main>
<footer>Contact · Fraud alert · Privacy notice · Terms of use · © United Nations</footer>
</body>
</html>
"""


def browser_txt():
    lines = ["Skip to main content", "", "This site uses cookies to improve your experience. Accept Settings", "",
             "Home", "Job Search", "Career Paths", "Français", "Sign in", "",
             "Home › Job Search › Job Opening", "", f"{TITLE}, P4", "", "Apply", "Save", "Share", "Print", ""]
    for l, v in FACTS:
        lines += [l.upper(), v, ""]
    lines += ["United Nations Core Values: Integrity, Professionalism, Respect for Diversity", "",
              "Org. Setting and Reporting", "", ORGSET, "", "Responsibilities", "",
              "Within delegated authority, the Investigator will be responsible for the following duties:", ""]
    lines += DUTIES + ["", "Competencies", ""]
    for n, d in COMPS:
        lines += [f"{n}: {d}", ""]
    lines += ["Education", "", EDU, "", "Job - Specific Qualification", "", JSQ, "", "Work Experience", "",
              " ".join(e for e, _ in EXP), "", "Languages", "", f"{LANG_CTX} {LANG_REQ} {LANG_DES}", "",
              "Assessment", "", ASSESS, "", "Special Notice", "", SPECIAL, "", "No Fee", "",
              "THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.", "",
              "Similar jobs", "Investigator, P3", "Nairobi · Deadline: Apr 28, 2035",
              "Senior Investigator, P5", "New York · Deadline: May 21, 2035", "",
              "Contact", "Fraud alert", "Privacy notice", "Terms of use", "© United Nations", ""]
    return "\n".join(lines)


def build():
    write(KEY + "-uncareers.html", html(), KEY)
    chromium_pdf(KEY + "-uncareers.html", KEY)
    write(KEY + "-uncareers-browser.txt", browser_txt(), KEY)
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["en"],
        "title": {"en": TITLE}, "organisation": {"en": ORG}, "location": {"en": LOC},
        "schedule": {}, "deadline": "2035-05-03", "salary": None, "grade": GRADE, "clearance": None,
        "requirements": {"en": {"essential": ESS, "desirable": DES}},
        "competencies": {"en": [{"name": n, "description": d} for n, d in COMPS]},
    })
