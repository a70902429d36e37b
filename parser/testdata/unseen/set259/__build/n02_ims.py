"""N2: International Military Staff, Operations and Planning Division (en). IMS staff
vacancy typeset with pdflatex (+ dump), and a Microsoft Teams chat paste."""
import os
from common import write, expected, sal, pdflatex_pdf, dump, add_row, SET

REF = "463247"
POST = "IMS OPD CRM 0040"
TITLE = "Assistant (Crisis Response Information Management)"
ORG = "International Military Staff (IMS)"
DIV = "Operations and Planning Division"
LOC = "Brussels, Belgium"
GRADE, CLR = "B-4/G-8", "COSMIC TOP SECRET"
ESS = [
    "Higher secondary education and completed vocational training in information management, office administration or a related field.",
    "At least two years of experience in a military operations centre, a crisis management cell or a similar 24/7 environment.",
    "Experience in keeping operational logs, registers or shared workspaces up to date under time pressure.",
    "Proficient user of the Microsoft Office suite, in particular Outlook, Excel and SharePoint.",
    "Minimum NATO Standardized Language Profile (SLP) in English of 3232 (Listening, Speaking, Reading and Writing).",
]
DES = [
    "Previous service with NATO or in a multinational headquarters.",
    "Knowledge of the NATO Crisis Response System.",
    "SLP 2211 in French.",
]
COMP = [
    ("Personal Attributes", "The incumbent must remain calm and precise when information arrives quickly and must be prepared to work outside normal hours during crises and exercises."),
    ("Professional Contacts", "Daily contacts with the duty officers of the Division, the NATO Situation Centre and the operations staffs of the Strategic Commands."),
    ("Contribution to Objectives", "Accurate and timely records allow the Division to give sound and prompt military advice to the Military Committee."),
]
CONTEXT = ("The Operations and Planning Division of the International Military Staff prepares the military "
           "advice of the Military Committee on current operations, missions and crisis response. Its Current "
           "Operations Branch runs a watch cell that follows events around the clock during crises and major "
           "exercises and keeps the records on which the Division's advice is based.")
DUTIES = [
    "Maintains the Branch's crisis response log and the shared workspace of the watch cell, making sure that every incoming message is recorded, assigned and followed up.",
    "Prepares the daily read-ahead package for the Director and the Deputy Director, drawing on the reports of the Strategic Commands.",
    "Keeps distribution lists, contact directories and duty rosters up to date.",
    "Registers, files and archives classified documents in line with NATO security regulations.",
    "Supports the watch cell during exercises, including shift work and weekend duty when required.",
    "Performs other related duties as directed.",
]
REMARKS = [
    "Applications are to be submitted through the NATO Talent Acquisition Platform no later than Thursday 5 May 2039 at 23:59 hours (Brussels time).",
    "The basic monthly salary for this post is 4,212.87 EUR per month, tax free, to which allowances may be added according to the NATO Civilian Personnel Regulations.",
    "Shortlisted candidates will be invited to a written test and an interview in Brussels, provisionally in the week of 9 June 2039.",
    "The successful candidate must hold a COSMIC TOP SECRET clearance before taking up the post; the normal working week is 40 hours.",
]


def tex():
    def esc(s):
        return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")
    items = lambda xs: "\n".join(f"\\item {esc(x)}" for x in xs)
    comp = "\n".join(f"\\item \\textbf{{{n}:}} {esc(d)}" for n, d in COMP)
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.4cm]{geometry}
\usepackage{fancyhdr}
\renewcommand{\labelenumi}{\alph{enumi}.}
\input{glyphtounicode}
\pdfgentounicode=1
\hyphenpenalty=10000
\exhyphenpenalty=10000
\pagestyle{fancy}
\fancyhf{}
\chead{\small NATO UNCLASSIFIED}
\cfoot{\small NATO UNCLASSIFIED}
\rfoot{\small IMSM-0287-2039 -- \thepage}
\renewcommand{\headrulewidth}{0pt}
\setlength{\parindent}{0pt}
\setlength{\parskip}{6pt}
\begin{document}
\begin{center}
{\large\textbf{INTERNATIONAL MILITARY STAFF}}\\
\textbf{ÉTAT-MAJOR MILITAIRE INTERNATIONAL}\\
B-1110 Brussels, Belgium
\end{center}
\begin{flushright}
IMSM-0287-2039\\
7 April 2039
\end{flushright}
\begin{center}
{\Large\textbf{STAFF VACANCY """ + REF + r"""}}
\end{center}
\begin{tabular}{@{}ll@{}}
\textbf{POST TITLE:} & """ + TITLE + r""" \\
\textbf{POST NUMBER:} & """ + POST + r""" \\
\textbf{NATO GRADE:} & """ + GRADE + r""" \\
\textbf{BODY:} & """ + ORG + r""" \\
\textbf{DIVISION:} & """ + DIV + r""" \\
\textbf{LOCATION:} & """ + LOC + r""" \\
\textbf{SECURITY CLEARANCE:} & """ + CLR + r""" \\
\end{tabular}

\section*{1. Post Context.}
""" + CONTEXT + r"""

Reports to: Head, Current Operations Branch.

\section*{2. Principal Duties.}
The incumbent's duties are:
\begin{enumerate}
""" + items(DUTIES) + r"""
\end{enumerate}

\section*{3. Essential Qualifications.}
\begin{enumerate}
""" + items(ESS) + r"""
\end{enumerate}

\section*{4. Desirable Qualifications.}
\begin{enumerate}
""" + items(DES) + r"""
\end{enumerate}

\section*{5. Attributes/Competencies.}
\begin{enumerate}
""" + comp + r"""
\end{enumerate}

\section*{6. Remarks.}
\begin{enumerate}
""" + items(REMARKS) + r"""
\end{enumerate}

\vspace{1em}
Point of contact: IMS Civilian Human Resources, ims.chr@nato.example
\end{document}
"""


def teams():
    lettered = lambda xs: "\n".join(f"{chr(97 + i)}. {x}" for i, x in enumerate(xs))
    comp = "\n".join(f"{chr(97 + i)}. {n}: {d}" for i, (n, d) in enumerate(COMP))
    return f"""Vacancies - NMR SVK · Posts
Horváth Peter (NMR SVK)  14/04/2039 09:12
Team, IMS O&P has published a B-4 vacancy. Passing it on for our NCOs retiring this year – text copied from the PDF below. Internal coordination meeting on 22 April, let me know before then if you intend to apply.

STAFF VACANCY {REF}
Post title: {TITLE}
Post number: {POST}
NATO grade: {GRADE}
Body: {ORG}
Division: {DIV}
Location: {LOC}
Security clearance: {CLR}

1. Post Context.
{CONTEXT}

2. Principal Duties.
{lettered(DUTIES)}

3. Essential Qualifications.
{lettered(ESS)}

4. Desirable Qualifications.
{lettered(DES)}

5. Attributes/Competencies.
{comp}

6. Remarks.
{lettered(REMARKS)}

👍 3   ❤️ 1
Reply

Kováčová Lucia (NMR SVK)  14/04/2039 09:40
Thanks Peter. Is the 4,212.87 before or after the pension contribution?

Horváth Peter (NMR SVK)  14/04/2039 09:52
Before – roughly 3,900 net after pension and medical, from what I remember.

Reply
"""


def build():
    src = os.path.join(SET, "__build", f"{REF}-ims.tex")
    with open(src, "w", encoding="utf-8") as f:
        f.write(tex())
    pdf = pdflatex_pdf(src, f"{REF}-ims.pdflatex.pdf")
    add_row(pdf, REF)
    add_row(dump(pdf), REF)
    write(f"{REF}-teams.txt", teams(), REF)
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": None}, "2039-05-05",
             sal(4212.87, "EUR"), GRADE, CLR, {"en": {"essential": ESS, "desirable": DES}},
             {"en": COMP}, post=POST)
