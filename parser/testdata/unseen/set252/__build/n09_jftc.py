from common import *
K = "JFTC-CIV-38-12"
TITLE = "Officer (Exercise Evaluation Data)"
POST = "JFTC JTED EVD 0090"
ORG = "Joint Force Training Centre (JFTC)"
LOC = "Bydgoszcz, Poland"
INTRO = "The Joint Force Training Centre in Bydgoszcz trains NATO headquarters and units at the tactical and operational level. Its Joint Training and Exercise Division plans and runs computer assisted exercises. The Officer collects and analyses the data used to evaluate the training audiences and to report lessons to the Centre's leadership."
DUT = ["design the data collection plan of each exercise with the exercise planners;", "collect observations, timings and outputs from observer trainers and from simulation logs;", "analyse the data and prepare evaluation reports and briefings;", "maintain the evaluation database and its dashboards;", "contribute to the improvement of the Centre's evaluation methods."]
ESS = ["a university degree in statistics, operations research, social sciences or a related field;", "at least four years of experience in data analysis, including at least two years in a military or security environment;", "experience with business intelligence tools such as Power BI;", "good drafting skills for reports addressed to senior officers;", "English SLP 3333 (Listening, Speaking, Reading and Writing)."]
DES = ["experience of NATO collective training and exercises;", "knowledge of a scripting language such as Python or R;", "knowledge of Polish."]
COMP = [("Analytical reasoning", "draws sound conclusions from incomplete data."), ("Communication", "presents findings clearly to audiences of all ranks."), ("Planning and organising", "meets the fixed milestones of the exercise calendar.")]
def tx(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("_", "\\_")

def build():
    expected(K, POST, ("en",), {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": "Full-time"}, "2038-10-22",
             sal(24837.52, "PLN"), "G13", "NATO SECRET", {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})
    it = lambda xs: "\\begin{itemize}\n" + "\n".join(f"\\item {tx(x)}" for x in xs) + "\n\\end{itemize}"
    CT = "\n".join("\\textbf{" + tx(n) + ":} " + tx(d) + "\n" for n, d in COMP)
    tex = f"""\\documentclass[11pt,a4paper]{{article}}
\\usepackage[T1]{{fontenc}}
\\usepackage[utf8]{{inputenc}}
\\usepackage{{lmodern}}
\\usepackage[margin=2.3cm]{{geometry}}
\\usepackage{{fancyhdr}}
\\pdfgentounicode=1
\\input{{glyphtounicode}}
\\hyphenpenalty=10000 \\exhyphenpenalty=10000
\\pagestyle{{fancy}}\\fancyhf{{}}
\\fancyhead[C]{{\\textbf{{NATO UNCLASSIFIED}}}}
\\fancyfoot[C]{{\\textbf{{NATO UNCLASSIFIED}} -- JFTC/CPO/2038/214 -- page \\thepage}}
\\setlength{{\\parindent}}{{0pt}}\\setlength{{\\parskip}}{{6pt}}
\\begin{{document}}
\\begin{{flushright}}Joint Force Training Centre\\\\ul. Szubinska 2, Bydgoszcz\\\\JFTC/CPO/2038/214\\\\20 September 2038\\end{{flushright}}
\\begin{{center}}\\Large\\textbf{{CIVILIAN VACANCY NOTICE {K}}}\\end{{center}}
\\begin{{tabular}}{{@{{}}p{{5cm}}p{{10.5cm}}@{{}}}}
\\textbf{{Job Title}} & {tx(TITLE)}\\\\
\\textbf{{Post Number}} & {POST}\\\\
\\textbf{{Organisation}} & {tx(ORG)}\\\\
\\textbf{{Location}} & {LOC}\\\\
\\textbf{{NATO Grade}} & G13\\\\
\\textbf{{Schedule}} & Full-time\\\\
\\textbf{{Basic salary}} & PLN 24,837.52 per month (tax free)\\\\
\\textbf{{Security Clearance}} & NATO SECRET\\\\
\\textbf{{Closing Date}} & 22 October 2038, 23:59 (CEST)\\\\
\\end{{tabular}}
\\section*{{1. Post Context}}
{tx(INTRO)}
\\section*{{2. Principal Duties}}
The incumbent will:
{it(DUT)}
\\section*{{3. Essential Qualifications}}
{it(ESS)}
\\section*{{4. Desirable Qualifications}}
{it(DES)}
\\section*{{5. Attributes/Competencies}}
{CT}
\\section*{{6. Remarks}}
Initial contract of three years. Shortlisted candidates will be invited to a written test and an interview in Bydgoszcz, planned for the end of November 2038. Only nationals of NATO member states may apply.
\\end{{document}}
"""
    open(os.path.join(BUILD, f"{K}-jftc.tex"), "w", encoding="utf-8").write(tex)
    pdflatex(f"{K}-jftc.tex", f"{K}-jftc.pdflatex.pdf", K)
    li = f"""LinkedIn
Home   My Network   Jobs   Messaging   Notifications

{TITLE}
Joint Force Training Centre · Bydgoszcz, Kujawsko-Pomorskie, Poland · 5 days ago · 61 applicants
On-site   Full-time
Easy Apply   Save

Try Premium for PLN0

About the job
CIVILIAN VACANCY NOTICE {K}
Job Title
{TITLE}
Post Number
{POST}
Organisation
{ORG}
Location
{LOC}
NATO Grade
G13
Schedule
Full-time
Basic salary
PLN 24,837.52 per month (tax free)
Security Clearance
NATO SECRET
Closing Date
22 October 2038, 23:59 (CEST)

1. Post Context
{INTRO}
2. Principal Duties
The incumbent will:
{lines(DUT)}
3. Essential Qualifications
{lines(ESS)}
4. Desirable Qualifications
{lines(DES)}
5. Attributes/Competencies
{comps(COMP)}
…show less

About the company
Joint Force Training Centre
Armed Forces · 201-500 employees

More jobs
Data Analyst – Bydgoszcz – PLN 9,000 - 12,500/month – 1 week ago
"""
    write(f"{K}-linkedin.txt", li, K)
