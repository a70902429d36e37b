"""UNEP-WCMC (Cambridge) consultancy, daily fee in GBP: pdflatex terms of reference and a charity job-board copy."""
from common import *

KEY = "wcmc-cons-2042-17"
REF = "WCMC-CONS-2042-17"
TITLE = "Consultant – Protected Area Data Quality Review"
ORG = "UN Environment Programme World Conservation Monitoring Centre"
LOC = "Cambridge, United Kingdom"
BACK = ("The UN Environment Programme World Conservation Monitoring Centre (UNEP-WCMC) maintains global datasets on "
        "protected and conserved areas on behalf of governments and the conservation community. Ahead of the 2043 "
        "reporting round, the Centre needs an independent review of the quality of records submitted by national "
        "data providers during the last two years.")
TASKS = ["Review a sample of about 1,800 protected area records for geometry errors, duplicated sites and missing attributes.",
         "Compare reported areas with spatial calculations and document the main sources of discrepancy.",
         "Propose automated validation rules and test them on two regional subsets.",
         "Draft a short methodological note and present the findings to the data team."]
ESS = ["Master's degree in conservation science, geography, environmental data science or a related field.",
       "At least five years of experience working with spatial biodiversity or protected area datasets.",
       "Advanced skills in GIS software and in Python or R for data validation.",
       "Excellent written English."]
DES = ["Experience with global protected area databases or comparable international datasets.",
       "Working knowledge of Spanish or French."]
FEE = "GBP 385 per day"


def L(s):
    return (s.replace("&", "\\&").replace("%", "\\%").replace("_", "\\_").replace("–", "--")
            .replace("£", "\\pounds{}").replace("'", "'"))


def render():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2042-12-15",
             salary=sal(385, cur="GBP", period="day"), req={"en": (ESS, DES)}, comp={"en": []})
    rows = [("Reference", REF), ("Title of assignment", TITLE), ("Hiring organisation", ORG + " (UNEP-WCMC)"),
            ("Location", LOC + " (hybrid; at least two days a week at the Centre)"),
            ("Duration", "Up to 60 working days between January and April 2043"),
            ("Fee", FEE + ", paid monthly against timesheets"), ("Date of issue", "24 November 2042"),
            ("Closing date", "15 December 2042, 12:00 noon UK time")]
    items = lambda xs: "\n".join("\\item " + L(t) for t in xs)
    tab = "\n".join(f"\\textbf{{{L(a)}}} & {L(b)} \\\\ \\hline" for a, b in rows)
    tex = f"""\\documentclass[10pt,a4paper]{{article}}
\\usepackage[T1]{{fontenc}}
\\usepackage[utf8]{{inputenc}}
\\usepackage{{lmodern}}
\\usepackage[margin=2.2cm]{{geometry}}
\\hyphenpenalty=10000 \\exhyphenpenalty=10000
\\setlength{{\\parindent}}{{0pt}} \\setlength{{\\parskip}}{{5pt}}
\\pagestyle{{plain}}
\\begin{{document}}
\\raggedright
{{\\small UNEP-WCMC \\hfill 219 Huntingdon Road, Cambridge \\hfill Issued 24 November 2042}}\\\\[-2pt]
\\rule{{\\linewidth}}{{0.4pt}}

\\begin{{center}}{{\\Large\\bfseries TERMS OF REFERENCE}}\\\\[4pt]{{\\large {L(TITLE)}}}\\end{{center}}

\\begin{{tabular}}{{|p{{4cm}}|p{{10.8cm}}|}}\\hline
{tab}
\\end{{tabular}}

\\section*{{1. Background}}
{L(BACK)}

\\section*{{2. Tasks}}
\\begin{{enumerate}}
{items(TASKS)}
\\end{{enumerate}}

\\section*{{3. Deliverables and payment}}
\\begin{{tabular}}{{|p{{7.5cm}}|p{{3.5cm}}|p{{3.2cm}}|}}\\hline
\\textbf{{Deliverable}} & \\textbf{{Due}} & \\textbf{{Days}} \\\\ \\hline
Inception note and sampling plan & 20 January 2043 & 6 \\\\ \\hline
Review of records and discrepancy analysis & 3 March 2043 & 34 \\\\ \\hline
Validation rules, tests and final note & 14 April 2043 & 20 \\\\ \\hline
\\end{{tabular}}

\\section*{{4. Qualifications}}
\\textbf{{Essential}}
\\begin{{itemize}}
{items(ESS)}
\\end{{itemize}}
\\textbf{{Desirable}}
\\begin{{itemize}}
{items(DES)}
\\end{{itemize}}

\\section*{{5. How to apply}}
Send a CV, a one-page statement of approach and two examples of previous work to consultancies@unep-wcmc.example, quoting {L(REF)} in the subject line. Interviews will be held online on 6 and 7 January 2043. This is a consultancy contract; it does not confer staff status.
\\end{{document}}
"""
    p = src("wcmc-tor.tex", tex)
    pdflatex(p, KEY + "-tor.pdflatex.pdf", KEY)

    board = f"""Jobs | Volunteering | Courses | Post a job | Sign in
Home > Environment & conservation > Consultancy

{TITLE}

UNEP-WCMCCambridge (Hybrid)£385 per dayContract / Consultancy60 daysClosing date: 15/12/2042Posted 3 days ago

Apply on employer's website   ♡ Save

About the role
Employer: {ORG}
Location: {LOC} (hybrid)
Reference: {REF}
Fee: {FEE} (up to 60 days, January–April 2043)

{BACK}

You will:
{chr(10).join('• ' + t for t in TASKS)}

Essential:
{chr(10).join('• ' + t for t in ESS)}

Desirable:
{chr(10).join('• ' + t for t in DES)}

Online interviews: 6–7 January 2043.

Similar jobs
Marine Spatial Data Officer
Joint Nature Conservation Body · Peterborough · £33,900 - £37,200 · Closing 08/12/2042
GIS Consultant (Peatlands)
Wetlands charity · Remote · £320 per day · Closing 19/12/2042

Report this job · Jobs by email · About us · Cookies · © 2042
"""
    write(KEY + "-charityboard.txt", board, KEY)
