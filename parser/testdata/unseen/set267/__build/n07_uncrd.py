from common import *

REF = "UNCRD/IC/2039/09"
KEY = "uncrd-ic-2039-09"
TITLE = "Consultant on Regional Development Planning Data"
ORG = "United Nations Centre for Regional Development"
LOC = "Home-based"
ESS = [
    "Advanced university degree in regional planning, urban studies, geography, economics or a related field.",
    "At least eight years of experience in regional or spatial planning, including the compilation of subnational statistics.",
    "Demonstrated experience in designing indicator frameworks for local or regional governments.",
    "Fluency in English, with excellent drafting skills.",
]
DES = [
    "Experience in Asian or African countries with decentralized planning systems.",
    "Working knowledge of geographic information systems.",
]
TASKS = [
    "Review planning data frameworks used by national and subnational governments in at least six countries.",
    "Design a set of core indicators for integrated regional development planning.",
    "Prepare a draft guidance note and present it at an online expert group meeting.",
    "Revise the guidance note on the basis of comments received.",
]
DELIV = [("Inception report and review plan", "15 February 2040"), ("Comparative review of data frameworks", "30 March 2040"),
         ("Draft guidance note and presentation", "15 May 2040"), ("Final guidance note", "30 June 2040")]


def tex():
    tasks = "\n".join("\\item " + t for t in TASKS)
    ess = "\n".join("\\item " + t for t in ESS)
    des = "\n".join("\\item " + t for t in DES)
    deliv = "\n".join("%s & %s \\\\ \\hline" % d for d in DELIV)
    return r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=22mm]{geometry}\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \pagestyle{plain}
\begin{document}\raggedright
\textbf{UNITED NATIONS} \hfill Department of Economic and Social Affairs\\
United Nations Centre for Regional Development \hfill Nagoya, Japan
\bigskip
\begin{center}{\Large\textbf{TERMS OF REFERENCE}}\\[2pt] Individual Contractor -- Consultancy\end{center}
\begin{tabular}{|p{45mm}|p{105mm}|}\hline
Reference & """ + REF + r""" \\ \hline
Title & """ + TITLE + r""" \\ \hline
Hiring office & """ + ORG + r""" \\ \hline
Location & """ + LOC + r""" \\ \hline
Duration & 80 working days spread over February--June 2040 \\ \hline
Remuneration & Daily fee of USD 460 per working day \\ \hline
Date of issue & 19 December 2039 \\ \hline
Closing date & 18 January 2040 \\ \hline
\end{tabular}
\section*{1. Background}
The Centre supports developing countries in integrating regional and local development planning with national strategies. Many planning authorities lack comparable subnational data, which limits the monitoring of regional disparities.
\section*{2. Tasks}
Under the supervision of the Director of the Centre, the consultant will:
\begin{enumerate}
""" + tasks + r"""
\end{enumerate}
\section*{3. Deliverables}
\begin{tabular}{|p{90mm}|p{40mm}|}\hline
\textbf{Deliverable} & \textbf{Due date} \\ \hline
""" + deliv + r"""
\end{tabular}
\section*{4. Qualifications}
\textbf{Minimum qualifications}
\begin{itemize}
""" + ess + r"""
\end{itemize}
\textbf{Desirable qualifications}
\begin{itemize}
""" + des + r"""
\end{itemize}
\section*{5. Payment and application}
Payment is made upon certification of each deliverable. Candidates should send a CV and a one-page note on their approach; short-listed candidates may be interviewed by video in late January 2040.
\end{document}
"""


def linkedin():
    return f"""LinkedIn

Dr. Aiko Matsuda • 2nd
Regional planning | Subnational data | Former UN staff
3d • 🌐

📌 Consultancy opportunity (home-based) with the {ORG} – please share!

{TITLE}
Reference: {REF}
Location: {LOC}
Daily fee: USD 460 per working day (80 working days, Feb–Jun 2040)
Closing date: 18 January 2040

What the consultant will do:
""" + "\n".join("→ " + t for t in TASKS) + """

Minimum qualifications:
""" + "\n".join("✅ " + t for t in ESS) + """

Desirable qualifications:
""" + "\n".join("➕ " + t for t in DES) + """

Deliverables run from 15 February to 30 June 2040. Full terms of reference in the attached PDF. DM me if you have questions — I'm not on the panel 🙂

#consultancy #regionalplanning #UNjobs #data

👍❤️ 87 · 14 comments · 23 reposts

Like   Comment   Repost   Send

Most relevant comments
Rahul S. · 2d
Is this open to candidates based in Africa?
  Dr. Aiko Matsuda · 2d
  Yes, it's home-based; the expert group meeting on 5 May 2040 is online.
"""


def build():
    pdflatex_pdf(KEY + "-tor", tex(), KEY)
    write(KEY + "-linkedin.txt", linkedin(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2040-01-18", salary=salary(460, "USD", "day"), grade=None,
             req={"en": (ESS, DES)}, comp={"en": []})
