from common import *

REF = "JR2391473"
KEY = "jr2391473"
TITLE = "Senior Protection Associate"
ORG = "UNHCR"
LOC = "Yerevan"
GRADE = "G6"
ESS = ["For G6 - 4 years relevant experience with High School Diploma; or 3 years relevant work experience with Bachelor or equivalent or higher.",
       "Field(s) of Education: Law; Political Science; International Relations; Social Sciences; or other relevant field.",
       "Experience in protection, legal aid or case management for refugees, asylum-seekers or stateless persons.",
       "Good knowledge of the national asylum and civil registration procedures.",
       "Knowledge of English and Armenian is required."]
DES = ["Completion of the UNHCR Protection Learning Programme.",
       "Experience in working with persons with specific needs, including unaccompanied children.",
       "Working knowledge of Russian."]
CORE = ["Accountability", "Communication", "Organizational Awareness", "Teamwork & Collaboration",
        "Commitment to Continuous Learning", "Client & Result Orientation"]
CROSS = ["Analytical Thinking", "Planning and Organizing", "Stakeholder Management"]
SETTING = ("The Senior Protection Associate is a member of the Protection Unit in the UNHCR Representation in "
           "Armenia and reports to the Protection Officer. The incumbent has regular contact with the State Migration "
           "Service, courts, legal aid partners and refugee community groups.")
DUTIES = ["Monitor asylum procedures and reception conditions and report on protection gaps.",
          "Counsel asylum-seekers, refugees and stateless persons and refer them to legal aid and social services.",
          "Maintain case records in proGres and ensure data protection standards are respected.",
          "Support training of border guards, judges and partner staff on international protection.",
          "Draft correspondence, briefing notes and statistical reports for the Representation."]
WD = [("Hardship Level (not applicable for home-based)", "A"), ("Family Type (not applicable for home-based)", "Family"),
      ("Residential location (if applicable)", ""), ("Grade", GRADE), ("Staff Member / Affiliate Type", "National Staff"),
      ("Reason", "Regular > Regular Assignment"), ("Remote work accepted", "No"), ("Target Start Date", "2039-07-15"),
      ("Job Posting End Date", "June 11, 2039")]


def body_lines():
    L = ["Terms of Reference", "Standard Job Description", TITLE, "Organizational Setting and Work Relationships",
         SETTING, "Duties"] + DUTIES + ["Minimum Qualifications", "Education & Professional Work Experience",
         "Years of Experience / Degree Level", ESS[0], ESS[1], "Certificates and/or Licenses", "Not specified.",
         "Relevant Job Experience", "Essential"] + ESS[2:4] + ["Desired"] + DES[:2] + [
         "Language Requirements", ESS[4] + " " + DES[2],
         "Competency Requirements", "Core Competencies"] + CORE + ["Cross-Functional Competencies"] + CROSS + [
         "Additional Qualifications", "Only candidates legally residing in Armenia are eligible. Shortlisted candidates may be required to sit a written test, planned for 22 June 2039."]
    return L


def reliefweb():
    b = []
    for l in body_lines():
        if l in ("Terms of Reference", "Standard Job Description", "Organizational Setting and Work Relationships", "Duties",
                 "Minimum Qualifications", "Competency Requirements", "Additional Qualifications"):
            b.append("<h3>%s</h3>" % esc(l))
        else:
            b.append("<p>%s</p>" % esc(l))
    wd = "\n".join("<p><strong>%s</strong><br>%s</p>" % (esc(a), esc(c)) for a, c in WD)
    body = "\n".join(b)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} | ReliefWeb</title></head><body>
<header><a href="#">ReliefWeb</a> <nav>Updates · Countries · Disasters · Organizations · Topics · Jobs · Training</nav> <a href="#">Sign in</a></header>
<main>
<nav class="crumbs">Home › Jobs › {esc(TITLE)}</nav>
<article>
<h1>{esc(TITLE)}</h1>
<dl class="meta">
<dt>Organization</dt><dd>UN High Commissioner for Refugees</dd>
<dt>Posted</dt><dd>21 May 2039</dd>
<dt>Closing date</dt><dd>11 Jun 2039</dd>
</dl>
<div class="country">Armenia</div>
<div class="city">{esc(LOC)}</div>
<section>
{wd}
{body}
</section>
<section class="how"><h2>How to apply</h2>
<p>Interested applicants should apply through the UNHCR careers site, quoting the job requisition {REF}. Applications sent by e-mail are not considered.</p></section>
<dl class="facets"><dt>Job type</dt><dd>Job</dd><dt>Career category</dt><dd>Protection and Human Rights</dd><dt>Years of experience</dt><dd>3-4 years</dd><dt>Theme</dt><dd>Protection and Human Rights</dd></dl>
</article>
<aside><h2>Related jobs</h2><ul><li>Associate Protection Officer (Community-Based Protection) — Tbilisi — closing 2 Jun 2039</li><li>Protection Monitor — Gyumri — closing 19 Jun 2039</li></ul></aside>
</main>
<footer>ReliefWeb is a service of the Office for the Coordination of Humanitarian Affairs. Terms · Privacy</footer>
</body></html>
"""


def blog():
    glued = "".join(a + c for a, c in WD[:-1])
    L = [f"{TITLE} at United Nations High Commissioner for Refugees: (Deadline 11 June 2039)",
         "Posted by Admin on May 22, 2039 · Jobs in Armenia · 0 comments",
         "",
         "Share: Facebook Twitter WhatsApp Telegram",
         "",
         f"{TITLE} at {ORG} – {LOC}",
         f"Job requisition: {REF}",
         "",
         "Job Description",
         "",
         "Deadline for Applications",
         "",
         "June 11, 2039" + glued,
         "",
    ]
    L += sum(([l, ""] for l in body_lines()), [])
    L += ["How to Apply",
          "Click on the link below to apply on the official UNHCR careers site.",
          "",
          "Also read: 7 Job Positions at UNICEF (Deadline 30 May 2039) | IOM Recruitment 2039 (Deadline 15 June 2039)",
          ""]
    return "\n".join(L)


def build():
    write(KEY + "-reliefweb.html", reliefweb(), REF)
    write(KEY + "-jobsblog.txt", blog(), REF)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2039-06-11", grade=GRADE,
             req={"en": (ESS, DES)}, comp={"en": [(c, "") for c in CORE + CROSS]})
