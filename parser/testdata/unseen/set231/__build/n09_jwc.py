from common import *
REF = "357687"
T = "Engineer (Simulation Network Integration)"
ORG = "Joint Warfare Centre (JWC)"
PN = "JWC JEXD SIM 0040"
ESS = [
 "A university degree in computer science, electrical engineering or a related discipline.",
 "At least five years of experience in designing, integrating or operating distributed simulation systems or large test networks.",
 "Experience with simulation interoperability standards such as HLA or DIS and with the configuration of routers, switches and firewalls.",
 "Experience in leading the technical preparation of events involving several organisations.",
 "English at NATO SLP 3333 or higher.",
]
DES = [
 "Professional certification in networking or information security.",
 "Experience of NATO computer-assisted exercises.",
 "Knowledge of a Scandinavian language.",
]
COMP = [
 ("Problem Solving", "finds practical technical solutions under the time pressure of exercise preparation."),
 ("Planning and Organising", "structures integration work into realistic milestones and tracks them."),
 ("Cooperation", "works effectively with military staff, contractors and national simulation centres."),
]
E = dict(reference=REF, post_number=PN, languages=["en"], title=both(T, None), organisation=both(ORG, None),
  location=both("Stavanger, Norway", None), schedule=both("Full-time", None), deadline="2037-01-23",
  salary=sal(71236.40, cur="NOK"), grade="G13", clearance="NATO SECRET",
  requirements=both({"essential": ESS, "desirable": DES}, None),
  competencies=both([{"name": n, "description": d} for n, d in COMP], None))

def tex_esc(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")

def src():
    it = lambda xs: "\\begin{itemize}\n" + "\n".join("\\item " + tex_esc(x) for x in xs) + "\n\\end{itemize}"
    comp = "\\begin{itemize}\n" + "\n".join(f"\\item \\textbf{{{tex_esc(n)}:}} {tex_esc(d)}" for n, d in COMP) + "\n\\end{itemize}"
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\input{glyphtounicode}\pdfgentounicode=1
\usepackage[margin=2.3cm]{geometry}\usepackage{fancyhdr}\usepackage{array}
\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\pagestyle{fancy}\fancyhf{}\chead{\small NATO UNCLASSIFIED}\cfoot{\small NATO UNCLASSIFIED -- \thepage}
\renewcommand{\headrulewidth}{0pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
\begin{document}
\begin{flushright}\small Joint Warfare Centre\\ Jattå, 4068 Stavanger\\ JWC/CPO/2036/118\\ 16 December 2036\end{flushright}
\begin{center}\Large\textbf{VACANCY NOTICE """ + REF + r"""}\end{center}
\begin{tabular}{>{\bfseries}p{4.2cm}p{10.5cm}}
Post title & """ + T + r""" \\
Organization & """ + ORG + r""" \\
Directorate & Joint Exercise Directorate, Simulation Branch \\
Post number & """ + PN + r""" \\
NATO Grade & G13 \\
Location & Stavanger, Norway \\
Schedule & Full-time \\
Clearance & NATO SECRET \\
Basic salary & NOK 71,236.40 per month, tax free \\
Closing date & 23 January 2037, 23:59 (CET) \\
\end{tabular}

\section*{1. Post Context}
The Joint Warfare Centre plans and delivers the Alliance's largest command post exercises for the NATO Command and Force Structures. The Simulation Branch provides the computer-assisted exercise environment, linking national and NATO simulations over a dedicated exercise network.

\section*{2. Principal Duties}
The incumbent designs and integrates the simulation network for each exercise; coordinates technical tests with national simulation centres; leads the setup of the exercise network in Stavanger and at distributed sites; resolves interoperability problems during exercises; and documents configurations and lessons identified.

\section*{3. Essential Qualifications}
""" + it(ESS) + r"""

\section*{4. Desirable Qualifications}
""" + it(DES) + r"""

\section*{5. Attributes/Competencies}
""" + comp + r"""

\section*{6. Remarks}
The incumbent may be required to work extended hours during exercise execution periods and to travel up to 40 days per year. Applications are accepted through the NATO e-recruitment system only. The written test is planned for the week of 15 February 2037.
\end{document}
"""

def build():
    expected(E)
    open(os.path.join(BUILD, "357687-jwc.tex"), "w", encoding="utf-8").write(src())
    pdflatex("357687-jwc.tex", "357687-jwc.pdflatex.pdf")
    add("357687-jwc.pdflatex.pdf", REF, "pdf")
    dump("357687-jwc.pdflatex.pdf", "357687-jwc.pdflatex.pdftotext.txt")
    add("357687-jwc.pdflatex.pdftotext.txt", REF, "txt")
