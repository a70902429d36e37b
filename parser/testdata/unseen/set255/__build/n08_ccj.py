"""Caribbean Court of Justice (Trinidad and Tobago), English: the Court's job page (intro
sentence, 'Job details' table, Overview, Key Duties and Responsibilities, Required Knowledge...)
and a daily newspaper's classified page (68 columns, capitals heads, other ads)."""
from common import write, expected, key_of, wrap, hang

REF = "CCJ/HR/VN/2038/27"
TITLE = "Court Interpreter and Translator (Dutch and French)"
ORG = "Caribbean Court of Justice"
LOC = "Port of Spain, Trinidad and Tobago"
SCHED = "Monday to Friday, 8:00 a.m. to 4:00 p.m., with sittings outside these hours as required"
GRADE = "PG 6"
SAL = "TTD 24,860 – TTD 31,740 per month"
ESS = [
    "A Bachelor's degree in Translation, Modern Languages or Linguistics from a recognised university.",
    "Native or near-native command of English and Dutch, and a high level of French.",
    "At least five years of experience in legal or court interpretation.",
    "Proficiency in simultaneous and consecutive interpretation.",
]
DES = [
    "A postgraduate qualification in conference or legal interpreting.",
    "Familiarity with the legal system of Suriname.",
]
COMP = [
    ("Accuracy", "renders testimony faithfully, without additions or omissions."),
    ("Impartiality", "remains neutral towards every party before the Court."),
    ("Confidentiality", "protects sealed documents and deliberations."),
]
DUTIES = [
    "Interprets hearings, case management conferences and judgment deliveries between English, Dutch and French.",
    "Translates pleadings, records of appeal and judgments, and checks translations by external providers.",
    "Maintains the Court's multilingual glossary of legal terms.",
    "Assists the Registry with correspondence in Dutch and French.",
]
key = key_of(REF)

html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{TITLE} | Caribbean Court of Justice</title>
<style>body{{font-family:Georgia,serif;max-width:900px;margin:auto}} table.jd td{{padding:3px 10px;border-bottom:1px solid #ccc}}
.side{{float:right;width:230px;background:#f2f2f2;padding:8px;margin-left:16px;font-size:13px}}</style></head>
<body>
<header><a href="/">Home</a> | About the Court | Judgments | Court Calendar | Media | <b>Jobs</b> | Contact</header>
<div class="side">
  <h4>Other opportunities</h4>
  <p>Registry Clerk (Temporary) – applications close 14 January 2039</p>
  <p>ICT Support Technician – applications close 4 February 2039</p>
  <h4>Share</h4><p>Facebook · X · LinkedIn · E-mail</p>
</div>
<main>
<h1>{TITLE}</h1>
<p>The Caribbean Court of Justice (CCJ) invites suitably qualified CARICOM nationals to apply for the following
permanent and pensionable position.</p>
<h2>Job details</h2>
<table class="jd">
<tr><td>Vacancy reference</td><td>{REF}</td></tr>
<tr><td>Position</td><td>{TITLE}</td></tr>
<tr><td>Organisation</td><td>{ORG}</td></tr>
<tr><td>Unit</td><td>Court Registry – Language Services</td></tr>
<tr><td>Location</td><td>{LOC}</td></tr>
<tr><td>Grade</td><td>{GRADE}</td></tr>
<tr><td>Hours of work</td><td>{SCHED}</td></tr>
<tr><td>Salary</td><td>{SAL}</td></tr>
<tr><td>Deadline</td><td>Friday 28 January 2039, 4:00 p.m. (Atlantic Standard Time)</td></tr>
</table>
<h2>Overview</h2>
<p>The Court Interpreter and Translator reports to the Registrar and ensures that parties, counsel and witnesses
who use Dutch or French can follow and take part in proceedings before the Court in both its original and
appellate jurisdictions.</p>
<h2>Key Duties and Responsibilities</h2>
<ul>{"".join(f"<li>{d}</li>" for d in DUTIES)}</ul>
<h2>Required Knowledge, Skills and Abilities</h2>
<ul>{"".join(f"<li>{e}</li>" for e in ESS)}</ul>
<h2>Desirable</h2>
<ul>{"".join(f"<li>{d}</li>" for d in DES)}</ul>
<h2>Competencies</h2>
<ul>{"".join(f"<li><strong>{n}:</strong> {d}</li>" for n, d in COMP)}</ul>
<h2>How to apply</h2>
<p>Applications, with a cover letter, curriculum vitae, copies of certificates and the names of two referees,
should be sent to hr@ccj.example no later than Friday 28 January 2039 at 4:00 p.m. Shortlisted applicants will be
asked to sit an interpreting test in the week of 14 February 2039. Only shortlisted applicants will be
acknowledged.</p>
</main>
<footer>Caribbean Court of Justice · 134 Henry Street (address for illustration only) · Port of Spain</footer>
</body></html>
"""
write(f"{key}-ccj.html", html)

W = 68
ad = lambda s: s.center(W).rstrip()
lines = [
    "THE TRINIDAD CHRONICLE (fictitious)   Thursday December 16, 2038   C7",
    "CLASSIFIEDS - APPOINTMENTS",
    "=" * W,
    "",
    ad("CARIBBEAN COURT OF JUSTICE"),
    ad("VACANCY"),
    "",
    wrap("The Caribbean Court of Justice invites suitably qualified CARICOM nationals to apply for the "
         "following permanent and pensionable position:", W),
    "",
    ad(TITLE.upper()),
    "",
    f"Ref: {REF}",
    "",
    hang("Post:          ", TITLE, W),
    hang("Organisation:  ", ORG, W),
    hang("Location:      ", LOC, W),
    hang("Grade:         ", GRADE, W),
    hang("Hours of work: ", SCHED, W),
    hang("Salary:        ", SAL, W),
    "",
    "KEY DUTIES",
]
lines += [hang("- ", d, W) for d in DUTIES]
lines += ["", "REQUIRED KNOWLEDGE, SKILLS AND ABILITIES"]
lines += [hang(f"({r}) ", e, W) for r, e in zip(["i", "ii", "iii", "iv"], ESS)]
lines += ["", "DESIRABLE"]
lines += [hang(f"({r}) ", d, W) for r, d in zip(["i", "ii"], DES)]
lines += ["", "COMPETENCIES"]
lines += [wrap(f"{n}: {d}", W) for n, d in COMP]
lines += ["", wrap("Applications with a CV, copies of certificates and two referees must reach hr@ccj.example "
                   "no later than 4:00 p.m. on Friday 28 January 2039. Only shortlisted applicants will be "
                   "acknowledged.", W),
          "", "-" * W,
          "FOR SALE: 2031 Toyota Hilux, 78,000 km, one owner. TTD 165,000 o.n.o. Call 555-0142 (fictitious).",
          "-" * W,
          wrap("NOTICE OF AGM: The Belmont Residents' Association will hold its Annual General Meeting on "
               "Saturday 22 January 2039 at 10:00 a.m. at the community centre. Members only.", W),
          "-" * W, ""]
write(f"{key}-chronicle.txt", "\n".join(lines))

expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2039-01-28",
         (None, 24860, 31740, "TTD", "month"), GRADE, {"en": (ESS, DES)}, {"en": COMP})
