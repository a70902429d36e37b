# -*- coding: utf-8 -*-
"""pdfTeX sources: IPC (cover page) and IUCr (run-in headings)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import N

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
os.makedirs(SRC, exist_ok=True)


def t(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


PRE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[dvipsnames]{xcolor}
\usepackage{fancyhdr}
\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
"""


def ipc():
    d = N["ipc-hr-2036-006"]
    r = d["req"]["en"]
    items = lambda xs: "\n".join(r"\item " + t(x) for x in xs)
    src = PRE + r"""\usepackage[margin=25mm,top=28mm]{geometry}
\definecolor{ipcblue}{HTML}{0B2A5B}\definecolor{ipcred}{HTML}{D7263D}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\color{ipcblue}International Paralympic Committee}
\fancyhead[R]{\small\color{ipcblue}Job Description · """ + t(d["reference"]) + r"""}
\fancyfoot[L]{\footnotesize IPC Campus · Dahlmannstraße · Bonn}
\fancyfoot[R]{\footnotesize Page \thepage}
\begin{document}\raggedright
\begin{titlepage}
\pagecolor{ipcblue}\color{white}
\vspace*{30mm}
{\large\scshape International Paralympic Committee\par}
\vspace{8mm}
{\color{ipcred}\rule{40mm}{2pt}}\par\vspace{6mm}
{\Large\bfseries JOB VACANCY\par}
\vspace{6mm}
{\huge\bfseries """ + t(d["title"]["en"]) + r"""\par}
\vspace{14mm}
{\large Ref.\ """ + t(d["reference"]) + r"""\par}
\vspace{3mm}
{\large Closing date: 5 March 2036\par}
\vfill
{\small Team IPC · Bonn · Germany\par}
\end{titlepage}
\nopagecolor\color{black}
\setcounter{page}{2}

\begin{tabular}{@{}>{\bfseries}p{42mm}p{108mm}@{}}
Position & """ + t(d["title"]["en"]) + r""" \\
Reference & """ + t(d["reference"]) + r""" \\
Employer & """ + t(d["organisation"]["en"]) + r""" \\
Department & Classification, Sport Department \\
Location & """ + t(d["location"]["en"]) + r""" \\
Working hours & """ + t(d["schedule"]["en"]) + r""" \\
Contract & Fixed-term until 31 December 2040 \\
Salary & EUR 58,000 – 64,000 gross per annum \\
Start date & 1 May 2036 \\
Closing date & 5 March 2036 \\
\end{tabular}

\section*{About the IPC}
The International Paralympic Committee is the global governing body of the Paralympic Movement. From its
headquarters in Bonn, a team of about 130 people from more than 40 nations supervises the Paralympic Games and
acts as the International Federation for ten sports, including World Para Swimming.

\section*{The role}
The Coordinator, Athlete Classification, organises the classification of swimmers at World Para Swimming
competitions and keeps the sport's classification master list accurate. The post holder reports to the
Head of Classification and works with a network of more than sixty volunteer classifiers.

\section*{Key responsibilities}
\begin{enumerate}
\item Plan classification panels for about twelve competitions a year, with their schedules and venues.
\item Maintain the classification master list and the athletes' classification history.
\item Process protests and appeals within the time limits set by the rules.
\item Organise training and certification courses for new classifiers.
\item Answer questions from National Paralympic Committees on eligibility and documentation.
\end{enumerate}

\section*{Requirements}
\subsection*{Essential}
\begin{itemize}
""" + items(r["essential"]) + r"""
\end{itemize}
\subsection*{Desirable}
\begin{itemize}
""" + items(r["desirable"]) + r"""
\end{itemize}

\section*{Competencies}
""" + "\n\n".join(r"\textbf{" + t(c["name"]) + ":} " + t(c["description"]) for c in d["comp"]["en"]) + r"""

\section*{How to apply}
Send your CV and a one-page motivation letter in English to careers@paralympic-hq.example, quoting the
reference. Interviews are planned for the week of 23 March 2036. About twenty working days of travel a year,
mostly at weekends, are part of the role; compensatory time off is granted.
\end{document}
"""
    out = os.path.join(SRC, "ipc-hr-2036-006-paralympic.tex")
    open(out, "w", encoding="utf-8").write(src)
    return out


def iucr():
    d = N["iucr-ed-36-02"]
    r = d["req"]["en"]
    lst = lambda xs: r"\begin{itemize}" + "\n" + "\n".join(r"\item[--] " + t(x) for x in xs) + "\n" + r"\end{itemize}"
    H = lambda s: r"\textbf{\textcolor{iucrblue}{" + s + r"}}\enspace "
    src = PRE + r"""\usepackage[margin=24mm]{geometry}
\definecolor{iucrblue}{HTML}{1B4F8A}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\scshape International Union of Crystallography}
\fancyhead[R]{\small """ + t(d["title"]["en"]) + r"""}
\fancyfoot[L]{\footnotesize Abbey Square, Chester, United Kingdom}
\fancyfoot[R]{\footnotesize \thepage}
\begin{document}\raggedright
{\LARGE\bfseries\color{iucrblue} """ + t(d["title"]["en"]) + r"""\par}
\vspace{2mm}
{\small Vacancy """ + t(d["reference"]) + r""" \quad|\quad """ + t(d["location"]["en"]) + r""" \quad|\quad Closing date: 24 March 2036\par}
\vspace{1mm}\hrule\vspace{3mm}

""" + H("The Union.") + r"""The """ + t(d["organisation"]["en"]) + r""" promotes crystallography worldwide and
publishes ten scientific journals from its editorial office in Chester. The office has a staff of about
twenty-five, most of whom work on the production of the journals.

""" + H("The post.") + r"""We are looking for a Technical Editor to prepare accepted papers for publication.
Place of work: """ + t(d["location"]["en"]) + r""". Working time: """ + t(d["schedule"]["en"]) + r""", with
flexible hours and up to two days a week at home after the training period. The appointment is permanent,
subject to a six-month probation.

""" + H("Duties.") + r"""You will copy-edit and typeset accepted articles, check references and crystallographic data
against the journal's standards, correspond with authors about their proofs, and prepare issues for online and
print release. You will also help to keep the journals' style guides up to date.

""" + H("Essential.") + r"""You will have:
""" + lst(r["essential"]) + r"""

""" + H("Desirable.") + r"""It would also help to have:
""" + lst(r["desirable"]) + r"""

""" + H("Personal qualities.") + "\n" + "\n".join(r"\textit{" + t(c["name"]) + ":} " + t(c["description"]) + r"\par" for c in d["comp"]["en"]) + r"""

""" + H("Terms.") + r"""The salary is in the range £34,500 to £38,900 a year according to experience, with a
contributory pension scheme (employer contribution 10\,\%) and 27 days of annual leave plus public holidays.
A one-off relocation allowance of up to £2,000 is available.

""" + H("How to apply.") + r"""Send a CV and a covering letter to the Managing Editor at jobs@iucr-office.example
by the closing date, 24 March 2036. Shortlisted candidates will be asked to complete a short editing test
and will be interviewed in Chester on 14 or 15 April 2036.
\end{document}
"""
    out = os.path.join(SRC, "iucr-ed-36-02-iucr.tex")
    open(out, "w", encoding="utf-8").write(src)
    return out


if __name__ == "__main__":
    for f in (ipc, iucr):
        print(f())
