from common import *
REF = "PRP-2037-0142"; KEY = "prp-2037-0142"
T = "Impact and ESG Analyst – East Africa"
O = "Proparco"
L = "Nairobi, Kenya"
S = "Full-time"
ESS = ["Master's degree in environmental science, development economics, engineering or finance.",
 "At least four years of experience in environmental and social due diligence, impact measurement or sustainability advisory for private companies or financial institutions.",
 "Sound knowledge of the IFC Performance Standards and of greenhouse-gas accounting methods.",
 "Fluency in English; working knowledge of French.",
 "Willingness to travel up to 30% of the time across East Africa and the Horn of Africa."]
DES = ["Experience with renewable energy or agribusiness projects.", "Knowledge of Swahili or Amharic.", "A professional certification in sustainable finance."]
COMP = [("Analytical rigour", ""), ("Stakeholder engagement", ""), ("Cross-cultural communication", ""), ("Ownership and integrity", "")]
RESP = ["Carry out environmental, social and governance due diligence on new investments in the region, including site visits.",
 "Define impact indicators with investment officers and clients and monitor them over the life of each deal.",
 "Review clients' action plans and annual monitoring reports and flag material risks.",
 "Contribute to portfolio-level climate and gender reporting."]

def build():
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8"><title>%s - Proparco</title></head><body>' % e(T),
         '<header><img alt="Proparco logo"> <a href="#">All jobs</a> <a href="#">Life at Proparco</a> <a href="#">FR</a></header>',
         "<main>", '<a href="#">‹ Back to job search</a>',
         "<h1>%s</h1>" % e(T),
         '<ul class="job-meta"><li><span>Location</span> %s</li><li><span>Time type</span> %s</li><li><span>Contract</span> Local permanent contract</li><li><span>Job requisition ID</span> %s</li><li><span>Posted</span> May 26, 2037</li></ul>' % (L, S, REF),
         '<p><a class="btn">Apply</a></p>',
         "<h2>Company description</h2><p>%s is the private-sector financing subsidiary of the Agence française de développement group. From its regional office in Nairobi, the East Africa team finances and supports companies, banks and investment funds in some twelve countries.</p>" % O,
         "<h2>Job description</h2><p>Reporting to the Head of Impact and Sustainability in Paris and working day to day with the Nairobi investment team, you will:</p><ul>"] + \
        ["<li>%s</li>" % e(x) for x in RESP] + ["</ul>",
         "<h2>Qualifications</h2><p><b>Required</b></p><ul>"] + ["<li>%s</li>" % e(x) for x in ESS] + ["</ul><p><b>Preferred</b></p><ul>"] + \
        ["<li>%s</li>" % e(x) for x in DES] + ["</ul>",
         "<p><b>What will make you successful</b></p><ul>"] + ["<li>%s</li>" % e(a) for a, b in COMP] + ["</ul>",
         "<h2>Additional information</h2><p>Competitive salary and benefits under a Kenyan employment contract. Closing date for applications: <b>June 19, 2037</b>. Interviews will be held in Nairobi and by video in early July 2037; a case study will be sent to shortlisted candidates.</p>",
         "<p>Proparco is committed to diversity and welcomes applications from all qualified candidates.</p>",
         '<section class="similar"><h3>Similar jobs</h3><ul><li>Investment Officer – Financial Institutions, Abidjan (Posted May 12, 2037)</li><li>Legal Counsel, Paris (Posted June 1, 2037)</li></ul></section>',
         "</main><footer>Privacy · Cookies · Accessibility · © 2037</footer></body></html>"]
    w(KEY + "-careers.html", "\n".join(h), KEY)
    md = ["[Devjobs Africa](/) · [Jobs](/jobs) · [Organisations](/orgs) · [Newsletter](/newsletter) · [Log in](/login)", "",
          "# " + T, "",
          "**%s** · %s · Closing **19 Jun 2037**" % (O, L), "",
          "`Finance` `Environment & Social` `Mid-level` `%s`" % S, "",
          "| Field | Detail |", "|---|---|",
          "| Organisation | %s |" % O, "| Reference | %s |" % REF, "| Location | %s |" % L,
          "| Employment | %s, local permanent contract |" % S, "| Salary | Not disclosed |", "| Deadline | 19 Jun 2037 |", "",
          "## About the organisation", "", "Development finance institution of the French AFD group, investing in private companies in Africa, Asia, Latin America and the Middle East.", "",
          "## Responsibilities", ""] + ["* " + x for x in RESP] + ["", "## Requirements", ""] + ["* " + x for x in ESS] + \
         ["", "## Nice to have", ""] + ["* " + x for x in DES] + ["", "## Competencies", ""] + ["* " + a for a, b in COMP] + \
         ["", "## How to apply", "", "Apply through the employer's careers site by June 19, 2037 (reference %s). Interviews early July 2037." % REF, "",
          "---", "", "*Posted 27 May 2037 · 214 views · [Report this job](/report)*", "",
          "### More jobs in Nairobi", "", "- Climate Risk Specialist – regional bank – closes 3 Jul 2037", "- M&E Manager – foundation – closes 15 Jun 2037", ""]
    w(KEY + "-devjobs.md", "\n".join(md), KEY)
    expected(KEY, REF, ["en"], {"en": T}, {"en": O}, {"en": L}, {"en": S}, "2037-06-19", None, None, None,
             {"en": (ESS, DES)}, {"en": COMP})
