from common import *

KEY = "apo-ic-2044-031"
REF = "APO/IC/2044/031"
TITLE = "Individual Consultant – Green Productivity Assessment Toolkit"
ORG = "Asian Productivity Organization"
LOC = "Tokyo, Japan"
E = [
    "Advanced degree in industrial engineering, environmental management, economics or a related field.",
    "At least ten years of experience in productivity improvement or resource-efficiency programmes for small and medium-sized enterprises.",
    "Demonstrated experience in designing assessment tools or training materials for practitioners.",
    "Excellent writing skills in English.",
]
D = [
    "Prior work with national productivity organizations in Asia and the Pacific.",
    "Knowledge of life-cycle assessment or carbon accounting methods.",
]
TASKS = [
    "Review existing APO green productivity manuals and similar tools used by member economies.",
    "Draft a self-assessment toolkit with indicators, scoring guidance and case examples.",
    "Pilot the toolkit with two national productivity organizations and revise it on the basis of feedback.",
    "Present the final toolkit at an online workshop for member economies.",
]
FEE = "USD 480 per day"


def tex_escape(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("$", "\\$")
            .replace("#", "\\#").replace("_", "\\_").replace("–", "--"))


def build():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-09-16",
             salary=sal(480, cur="USD", period="day"),
             ess={"en": E}, des={"en": D}, comps={"en": []})
    t = tex_escape
    items = lambda xs: "\n".join(f"  \\item {t(x)}" for x in xs)
    tex = f"""\\documentclass[11pt,a4paper]{{article}}
\\usepackage[T1]{{fontenc}}\\usepackage[utf8]{{inputenc}}\\usepackage{{lmodern}}
\\usepackage[margin=2.2cm]{{geometry}}\\usepackage{{array}}
\\hyphenpenalty=10000 \\exhyphenpenalty=10000
\\pagestyle{{plain}}
\\begin{{document}}\\raggedright
\\textbf{{ASIAN PRODUCTIVITY ORGANIZATION}}\\hfill Issued: 19 August 2044

\\vspace{{1em}}
\\begin{{center}}{{\\Large\\textbf{{TERMS OF REFERENCE}}}}\\\\[4pt]{t(TITLE)}\\end{{center}}

\\begin{{tabular}}{{|p{{4cm}}|p{{11cm}}|}}\\hline
Reference & {t(REF)}\\\\\\hline
Assignment & {t(TITLE)}\\\\\\hline
Contracting entity & {t(ORG)} Secretariat\\\\\\hline
Duty station & {t(LOC)}, home-based, with two missions to member economies\\\\\\hline
Duration & 45 working days between October 2044 and February 2045\\\\\\hline
Fee & {t(FEE)}, paid against accepted deliverables\\\\\\hline
Deadline for applications & 16 September 2044\\\\\\hline
\\end{{tabular}}

\\section*{{1. Background}}
The {t(ORG)} promotes productivity growth in its member economies. Its green productivity programme helps enterprises combine efficiency with lower environmental impact.

\\section*{{2. Scope of work}}
\\begin{{enumerate}}
{items(TASKS)}
\\end{{enumerate}}

\\section*{{3. Deliverables and schedule}}
\\begin{{tabular}}{{|l|p{{6cm}}|l|}}\\hline
No. & Deliverable & Due\\\\\\hline
1 & Inception note & 31 October 2044\\\\\\hline
2 & Draft toolkit & 15 December 2044\\\\\\hline
3 & Final toolkit and workshop & 20 February 2045\\\\\\hline
\\end{{tabular}}

\\section*{{4. Qualifications}}
\\textbf{{Essential}}
\\begin{{itemize}}
{items(E)}
\\end{{itemize}}
\\textbf{{Desirable}}
\\begin{{itemize}}
{items(D)}
\\end{{itemize}}

\\section*{{5. Application}}
Send a CV and a two-page technical proposal to the Secretariat by e-mail. Shortlisted candidates will be invited to an online interview on 25 or 26 September 2044. Travel costs for missions are covered separately and are not part of the fee.
\\end{{document}}
"""
    src = os.path.join(SRC, KEY + "-tor.tex")
    open(src, "w", encoding="utf-8").write(tex)
    pdflatex(src, KEY + "-tor.pdflatex.pdf", KEY)
    b = lambda xs: "\n".join("   * " + x for x in xs)
    nums = "\n".join(f"   ({i}) {x}" for i, x in enumerate(TASKS, 1))
    mail = f"""Subject: Fw: APO call for consultant - green productivity toolkit (deadline 16 Sept)
From: Rini Hapsari <rini.hapsari@npo-id.example>
To: consultants-roster@npo-id.example
Date: Thu, 21 Aug 2044 09:40 +0700

Dear colleagues,
Please see below the APO call received this morning. Interested experts from our roster may apply directly; our internal nomination round closes on 5 September 2044 if you wish to be endorsed by the NPO.
Regards, Rini

----- Forwarded message -----
From: APO Secretariat, Tokyo
Sent: 19 August 2044
Subject: {REF} Individual consultant (green productivity)

Dear Heads of NPOs,

The Secretariat invites applications for the following assignment:

  Reference ........... {REF}
  Assignment .......... {TITLE}
  Organization ........ {ORG}
  Duty station ........ {LOC} (home-based, two missions)
  Duration ............ 45 working days
  Fee ................. {FEE}
  Deadline ............ 16 September 2044

SCOPE OF WORK
{nums}

QUALIFICATIONS
Essential
{b(E)}
Desirable
{b(D)}

Kindly circulate this call among qualified experts in your economy.

With best regards,
Programmes Department
"""
    write(KEY + "-npo-forward.txt", mail, KEY, "txt")
