from common import *

KEY = "ipbes-cons-2034-014"
REF = "IPBES/CONS/2034/014"
TITLE = "Graphic Design and Infographics Consultant (Nexus Assessment)"
ORG = "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services"
LOC = "Bonn, Germany"
REQ = [
    "Bachelor's degree in graphic design, visual communication, information design or a related field.",
    "At least six years of experience in designing infographics, figures and layouts for scientific or policy reports.",
    "Portfolio showing at least three published reports or report summaries designed by the candidate.",
    "Excellent command of English.",
]
DES = [
    "Experience with reports of intergovernmental assessments or of United Nations bodies.",
    "Knowledge of biodiversity, climate or food system topics.",
    "Working knowledge of French or Spanish.",
]
TASKS = [
    "Develop a visual concept for the summary for policymakers and the chapters of the assessment, in line with the IPBES style guide.",
    "Design up to 40 figures and infographics from drafts supplied by the authors and the technical support unit.",
    "Lay out the summary for policymakers in the six official languages of the United Nations, working with the translation service.",
    "Prepare web and social media versions of the key figures.",
]
DELIV = [("1", "Visual concept and three sample figures", "15 November 2034", "8"),
         ("2", "Full set of figures, first draft", "31 January 2035", "20"),
         ("3", "Final figures and laid-out summary in six languages", "30 April 2035", "22")]


def tex():
    it = lambda xs: "\n".join(f"\\item {x}" for x in xs)
    rows = "\n".join(f"{a} & {b} & {c} & {d} \\\\ \\hline" for a, b, c, d in DELIV)
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \raggedright \setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\large\textbf{IPBES}}\hfill Secretariat, UN Campus, Bonn\\
\rule{\textwidth}{0.4pt}
\begin{center}\textbf{TERMS OF REFERENCE -- INDIVIDUAL CONSULTANT}\end{center}
\begin{tabular}{|p{4.2cm}|p{11cm}|}\hline
Reference & """ + REF.replace("/", "/") + r""" \\ \hline
Title & """ + TITLE + r""" \\ \hline
Organization & \mbox{Intergovernmental Science-Policy} Platform on Biodiversity and Ecosystem Services \\ \hline
Type of contract & Individual consultancy \\ \hline
Duty station & """ + LOC + r""" (remote work accepted) \\ \hline
Duration & 50 working days between November 2034 and April 2035 \\ \hline
Date of issue & 18 September 2034 \\ \hline
Closing date & 16 October 2034, 23:59 Bonn time \\ \hline
\end{tabular}

\section*{1. Background}
The """ + ORG + r""" (IPBES) is an independent intergovernmental body that assesses the state of knowledge on biodiversity and nature's contributions to people. Its secretariat in Bonn is provided by UNEP. The nexus assessment, approved in 2024, will be followed by an update whose summary for policymakers is to be launched in mid-2035.

\section*{2. Objective and tasks}
Under the supervision of the Head of Communications, the consultant will:
\begin{enumerate}
""" + it(TASKS) + r"""
\end{enumerate}

\section*{3. Deliverables}
\begin{tabular}{|c|p{7.5cm}|p{3.5cm}|c|}\hline
No. & Deliverable & Due by & Days \\ \hline
""" + rows + r"""
\end{tabular}

\section*{4. Qualifications}
\textbf{Required}
\begin{itemize}
""" + it(REQ) + r"""
\end{itemize}
\textbf{Desirable}
\begin{itemize}
""" + it(DES) + r"""
\end{itemize}

\section*{5. Fee and payment}
The consultant will be paid a daily fee of USD 455 per working day, in three instalments against the deliverables above. No travel is foreseen.

\section*{6. How to apply}
Send a CV, a portfolio link and a two-page technical approach to consultancies@ipbes.example, quoting """ + REF + r""", by the closing date. Short-listed candidates may be interviewed in the week of 27 October 2034.
\end{document}
"""


def email():
    b = lambda xs: "\n".join(f"  * {x}" for x in xs)
    return f"""From: Science Communication Network <list@scicomm-network.example>
Date: Fri, 19 Sep 2034 09:05:44 +0200
To: scicomm-jobs@lists.scicomm-network.example
Subject: [scicomm-jobs] Consultancy: {TITLE} – IPBES, Bonn (closes 16 Oct)

Hello all, passing this on from the IPBES secretariat. Please share with designers in your networks.
Our next online meet-up is on 2 October 2034.

========================================================================
TERMS OF REFERENCE – INDIVIDUAL CONSULTANT

Reference:        {REF}
Title:            {TITLE}
Organization:     {ORG}
Type of contract: Individual consultancy
Duty station:     {LOC} (remote work accepted)
Duration:         50 working days between November 2034 and April 2035
Date of issue:    18 September 2034
Closing date:     16 October 2034, 23:59 Bonn time

1. Background
The {ORG} (IPBES) is an independent intergovernmental body. Its secretariat in Bonn is provided by UNEP.

2. Objective and tasks
{b(TASKS)}

3. Deliverables
  1. Visual concept and three sample figures – 15 November 2034 – 8 days
  2. Full set of figures, first draft – 31 January 2035 – 20 days
  3. Final figures and laid-out summary in six languages – 30 April 2035 – 22 days

4. Qualifications
Required
{b(REQ)}
Desirable
{b(DES)}

5. Fee and payment
Daily fee of USD 455 per working day, paid in three instalments against the deliverables.

6. How to apply
CV, portfolio link and a two-page technical approach to consultancies@ipbes.example by the closing date.
========================================================================

You are receiving this because you subscribed to scicomm-jobs. Unsubscribe: https://lists.scicomm-network.example/u
"""


def build():
    p = src(KEY + "-tor.tex", tex())
    pdflatex(p, KEY + "-tor.pdflatex.pdf", KEY)
    write(KEY + "-mailing-list.txt", email(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2034-10-16", salary={"amount": 455, "currency": "USD", "period": "day"},
             requirements={"essential": REQ, "desirable": DES}, competencies=[])
