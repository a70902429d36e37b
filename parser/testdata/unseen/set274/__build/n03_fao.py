"""FAO Representation in Timor-Leste: VA set with pdflatex; Facebook jobs-page paste."""
from common import *

KEY = "irc9146"
REF = "IRC9146"
POST = "2107755"
TITLE = "Assistant FAO Representative (Programme)"
ORG = "Food and Agriculture Organization of the United Nations"
LOC = "Timor-Leste-Dili"
GRADE = "NOC"
NAT = "National of Timor-Leste"
ESS = [
    "Advanced university degree in agriculture, agricultural economics, rural development or a related field",
    "Five years of relevant experience in programme planning, monitoring or management of development projects in agriculture, food security or natural resource management",
    "Working knowledge of English and Tetum",
]
DES = [
    "Extent and relevance of experience in coordinating programmes with government ministries and development partners",
    "Demonstrated ability to draft project documents, concept notes and donor reports in English",
    "Working knowledge of Portuguese or Bahasa Indonesia is an asset",
]
CORE = ["Results Focus", "Teamwork", "Communication", "Building Effective Relationships",
        "Knowledge Sharing and Continuous Improvement"]


def tex():
    item = lambda xs: "\n".join(r"\item " + x for x in xs)
    return r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{array}
\hyphenpenalty=10000
\exhyphenpenalty=10000
\setlength{\parindent}{0pt}
\setlength{\parskip}{5pt}
\pagestyle{plain}
\begin{document}
\raggedright
{\large\bfseries FAO Representation in Timor-Leste}\hfill Page 1 of 2\\
\rule{\textwidth}{0.6pt}

\begin{center}{\Large\bfseries VACANCY ANNOUNCEMENT}\\[3pt]
{\bfseries """ + TITLE + r"""}\end{center}

\begin{tabular}{@{}>{\bfseries}p{4.2cm}p{11cm}@{}}
Vacancy Announcement & """ + REF + r""" \\
Job Posting & 16/Jul/2040 \\
Closure Date & 06/Aug/2040, 11:59:00 PM \\
Organizational Unit & FRTIM \\
Job Type & Staff position \\
Type of Requisition & NPO (National Professional Officer) \\
Grade Level & """ + GRADE + r""" \\
Primary Location & """ + LOC + r""" \\
Duration & Fixed-term: two years with possibility of extension \\
Post Number & """ + POST + r""" \\
\end{tabular}

\textbf{IMPORTANT NOTICE:} Applications must be submitted through the FAO recruitment portal by 6 August 2040,
11:59 PM (Dili time). Incomplete profiles will not be considered.

\begin{itemize}\setlength{\itemsep}{0pt}
\item FAO is committed to achieving workforce diversity in terms of gender, nationality, background and culture
\item Qualified female applicants and persons with disabilities are encouraged to apply
\item All selected candidates will undergo rigorous reference and background checks
\end{itemize}

\textbf{Organizational Setting}

The """ + ORG + r""" (FAO) supports Timor-Leste in making agrifood systems more productive, inclusive and
resilient. The FAO Representation in Dili manages a portfolio of government and donor-funded projects on crop
production, fisheries, nutrition and climate adaptation.

\textbf{Reporting Lines}

The Assistant FAO Representative (Programme) reports to the FAO Representative in Timor-Leste.

\textbf{Technical Focus}

Programme planning, monitoring and partnership development for the country programme.

\textbf{Key Results}

Effective formulation, implementation and monitoring of the FAO country programme and projects.

\textbf{Key Functions}
\begin{itemize}\setlength{\itemsep}{0pt}
\item Coordinates the preparation and review of the Country Programming Framework and its results matrix
\item Oversees the project cycle, from concept notes to closure reports, and ensures compliance with FAO rules
\item Liaises with line ministries, donors and UN agencies and represents FAO in sector working groups
\item Supervises programme staff and consultants and organizes their training
\item Acts as FAO Representative ad interim when requested
\end{itemize}

\textbf{CANDIDATES WILL BE ASSESSED AGAINST THE FOLLOWING}

\textbf{Minimum Requirements}
\begin{itemize}\setlength{\itemsep}{0pt}
\item """ + NAT + r"""
""" + item(ESS) + r"""
\end{itemize}

\textbf{Competencies}
\begin{itemize}\setlength{\itemsep}{0pt}
""" + item(CORE) + r"""
\end{itemize}

\textbf{Technical/Functional Skills}

Selection criteria
\begin{itemize}\setlength{\itemsep}{0pt}
""" + item(DES) + r"""
\end{itemize}

\textbf{ADDITIONAL INFORMATION}

FAO does not charge a fee at any stage of the recruitment process. A written assessment is planned for the week of
24 August 2040. Only candidates under serious consideration will be contacted. FAO offers a competitive remuneration
package in line with the United Nations salary scale for National Professional Officers in Timor-Leste.

\end{document}
"""


def facebook():
    return f"""Timor Jobs & Careers
Public group · 48.2K members

Joaquim da Costa  · 2d · 🌏
🔔 NEW UN JOB IN DILI 🔔

{TITLE}
FAO (Food and Agriculture Organization) – Dili
Grade Level: {GRADE}   |   Post Number: {POST}
Vacancy Announcement: {REF}
Primary Location: {LOC}
Closing: 6 August 2040, 11:59 PM (apply online only, link in comments 👇)

Full name of the employer: {ORG}
Job type: Staff position, fixed-term two years

👉 What you will do: coordinate the Country Programming Framework, oversee projects from concept note to closure, work with ministries/donors/UN agencies, supervise programme staff, act as FAO Rep a.i. when requested.

✅ Minimum Requirements
- {NAT}
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}

💬 Competencies: {', '.join(CORE)}

⭐ Selection criteria
- {DES[0]}
- {DES[1]}
- {DES[2]}

Written assessment week of 24 August 2040. No fee!!

👍 212   💬 37 comments   ↗ 96 shares

Comments
Mariana S.: Link please 🙏
Joaquim da Costa: Link in first comment, search IRC9146 on the FAO jobs site
Abel P.: Is it open for Timorese in Australia?
Joaquim da Costa: Yes if you are a national, but the post is in Dili
"""


def build():
    p = src(KEY + "-va.tex", tex())
    pdflatex(p, KEY + "-va.pdflatex.pdf", KEY)
    write(KEY + "-facebook.txt", facebook(), KEY)
    expected(KEY, reference=REF, post_number=POST, langs=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-08-06", grade=GRADE, req={"en": (ESS, DES)},
             comp={"en": [(c, "") for c in CORE]})
