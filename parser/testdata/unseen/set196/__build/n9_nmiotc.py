"""304936 - NMIOTC, Souda Bay (EN): the Centre's Word-like notice typeset with pdflatex, and its dump."""
import os
from common import write, expected, sal, bi, pdflatex, dump, BUILD, ROWS

REF = "304936"
TITLE = "Technician (Boarding Training Ship Simulator)"
ORG = "NATO Maritime Interdiction Operational Training Centre (NMIOTC)"
LOC = "Souda Bay, Crete, Greece"
ESS = [
    "Technical diploma in electronics, marine engineering or computer systems.",
    "At least four years of experience in maintaining simulators, training aids or shipboard electronic systems.",
    "Ability to diagnose faults in networked computer and audio-visual systems.",
    "English language proficiency of SLP 3232 (or equivalent certificate).",
    "Eligibility for a NATO SECRET security clearance.",
]
DES = [
    "Experience in a naval training establishment.",
    "Basic knowledge of visit, board, search and seizure procedures.",
    "Knowledge of a scripting language for automating maintenance tasks.",
]
E = dict(reference=REF, post_number=None, languages=["en"], title=bi(TITLE), organisation=bi(ORG),
         location=bi(LOC), schedule=bi("Full-time"), deadline="2034-02-27",
         salary=sal(3410.00), grade=None, clearance="NATO SECRET",
         requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
         competencies={"en": [], "fr": None})


def tex():
    def items(xs):
        return "\n".join(r"\item " + x for x in xs)
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[utf8]{inputenc}
\input{glyphtounicode}\pdfgentounicode=1
\usepackage[margin=2.3cm]{geometry}
\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}
\chead{\small\textbf{NATO UNCLASSIFIED}}\cfoot{\small NATO UNCLASSIFIED -- \thepage}
\renewcommand{\headrulewidth}{0pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\hyphenpenalty=10000\exhyphenpenalty=10000
\begin{document}
\begin{center}
{\large\textbf{NATO MARITIME INTERDICTION OPERATIONAL TRAINING CENTRE}}\\[2pt]
Souda Bay, Crete\\[8pt]
{\Large\textbf{VACANCY ANNOUNCEMENT}}
\end{center}

\begin{tabular}{@{}p{4.2cm}p{10.8cm}@{}}
\textbf{Reference:} & """ + REF + r""" \\
\textbf{Job Title:} & """ + TITLE + r""" \\
\textbf{Organization:} & """ + ORG + r""" \\
\textbf{Division:} & Training Support Division \\
\textbf{Location:} & """ + LOC + r""" \\
\textbf{Work Schedule:} & Full-time \\
\textbf{Security Clearance:} & NATO SECRET \\
\textbf{Remuneration:} & EUR 3,410.00 gross per month (Hellenic civilian contract) \\
\textbf{Closing Date:} & 27 February 2034, 14:00 local time \\
\end{tabular}

\section*{1. Background}
NMIOTC trains the naval and boarding teams of NATO and partner nations in maritime interdiction operations. Its boarding training ship simulator, a full-scale mock-up of a merchant vessel with networked cameras, sound effects and instructor stations, is used in almost every resident course.

\section*{2. Duties}
The Technician keeps the simulator and the related training aids ready for use. In particular, the incumbent:
\renewcommand{\labelenumi}{\alph{enumi}.}\begin{enumerate}
\item performs daily checks and preventive maintenance of the simulator's cameras, lighting, audio effects and instructor consoles;
\item repairs faults and manages the repair contracts with local suppliers;
\item sets up the simulator for each scenario as requested by the course directors;
\item keeps the inventory and the maintenance log;
\item supports mobile training teams when simulator equipment is deployed.
\end{enumerate}

\section*{3. Essential Requirements}
\renewcommand{\labelenumi}{\arabic{enumi}.}\begin{enumerate}
""" + items(ESS) + r"""
\end{enumerate}

\section*{4. Desirable Requirements}
\renewcommand{\labelenumi}{\arabic{enumi}.}\begin{enumerate}
""" + items(DES) + r"""
\end{enumerate}

\section*{5. Terms and Conditions}
The post is filled under a two-year Hellenic civilian contract, renewable. The gross monthly remuneration is EUR 3,410.00. Working hours are 08:00 to 15:30, Monday to Friday, with occasional evening duty during courses.

\section*{6. Application Procedure}
Applications (NMIOTC application form, CV and copies of certificates) must reach the Personnel Office by e-mail at recruitment@nmiotc.example before the closing date above. Shortlisted candidates will be called for a practical test and an interview at Souda Bay in March 2034.

\vspace{12pt}
Issued: 10 January 2034 \hfill Chief of Staff, NMIOTC
\end{document}
"""


def build():
    expected(E)
    src = os.path.join(BUILD, f"{REF}-nmiotc.tex")
    open(src, "w", encoding="utf-8").write(tex())
    pdflatex(src, f"{REF}-nmiotc.pdflatex.pdf")
    ROWS.append((f"{REF}-nmiotc.pdflatex.pdf", REF, "pdf"))
    dump(f"{REF}-nmiotc.pdflatex.pdf", f"{REF}-nmiotc.pdflatex.pdftotext.txt")
    ROWS.append((f"{REF}-nmiotc.pdflatex.pdftotext.txt", REF, "txt"))
