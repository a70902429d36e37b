"""Notice 6: UNEP Copenhagen Climate Centre consultancy (daily fee) - pdflatex ToR + Markdown web page."""
from common import *

REF = "UNEP-CCC/IC/2043/07"
KEY = "unep-ccc-ic-2043-07"
TITLE = "Consultant – Cooling Demand Modelling"
ORG = "UNEP Copenhagen Climate Centre"
LOC = "Copenhagen, Denmark"
FEE = "DKK 3,150 per working day"
ESS = [
    "Master's degree in energy engineering, energy economics, environmental science or a related field.",
    "At least seven years of experience in energy demand modelling, including for buildings or appliances.",
    "Demonstrated experience with bottom-up stock models for air conditioners or refrigeration equipment.",
    "Excellent written English.",
]
DES = [
    "Experience with national cooling action plans or Kigali Amendment implementation.",
    "Working knowledge of French or Spanish.",
]
TASKS = [
    "Review existing cooling demand models and data sources for three pilot countries;",
    "Build a transparent stock-and-flow model of space cooling and cold-chain equipment up to 2050;",
    "Estimate energy use and emissions under a baseline and two efficiency scenarios;",
    "Present the draft results at a validation workshop with national partners;",
    "Prepare a final technical report and a short policy brief.",
]


def tex_escape(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("_", "\\_").replace("–", "--")


def build():
    T = tex_escape
    items = lambda L: "\n".join("  \\item " + T(x) for x in L)
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{array}
\hyphenpenalty=10000
\exhyphenpenalty=10000
\pagestyle{plain}
\begin{document}
\raggedright
\noindent\textbf{UNEP Copenhagen Climate Centre}\hfill Copenhagen, 12 June 2043\\
\rule{\linewidth}{0.4pt}

\begin{center}
{\Large\textbf{TERMS OF REFERENCE}}\\[4pt]
{\large Individual consultancy}
\end{center}

\begin{tabular}{|p{4.2cm}|p{10.6cm}|}
\hline
Reference & """ + T(REF) + r""" \\ \hline
Title & """ + T(TITLE) + r""" \\ \hline
Hiring office & """ + T(ORG) + r""" \\ \hline
Duty station & """ + T(LOC) + r""", with remote work and one mission to a pilot country \\ \hline
Duration & 60 working days between August and December 2043 \\ \hline
Fee & Daily fee: """ + T(FEE) + r""" \\ \hline
Date of issue & 12 June 2043 \\ \hline
Closing date & 16 July 2043 \\ \hline
\end{tabular}

\section*{1. Background}
The """ + T(ORG) + r""" is a collaborating centre of the United Nations Environment Programme. It supports developing countries in planning and carrying out low-emission, climate-resilient development, including through its work on sustainable cooling.

\section*{2. Objective}
The consultant will build a cooling demand model that the partner countries can keep up to date after the assignment.

\section*{3. Tasks}
\begin{enumerate}
""" + items(TASKS) + r"""
\end{enumerate}

\section*{4. Deliverables and payment}
\begin{tabular}{|p{7.5cm}|p{3.5cm}|p{3cm}|}
\hline
\textbf{Deliverable} & \textbf{Due} & \textbf{Payment} \\ \hline
Inception note and data review & 5 September 2043 & 20 per cent \\ \hline
Draft model and scenario results & 31 October 2043 & 40 per cent \\ \hline
Final report and policy brief & 15 December 2043 & 40 per cent \\ \hline
\end{tabular}

\section*{5. Qualifications}
\textbf{Required}
\begin{itemize}
""" + items(ESS) + r"""
\end{itemize}
\textbf{Desirable}
\begin{itemize}
""" + items(DES) + r"""
\end{itemize}

\section*{6. Application}
Send a CV, a two-page methodology note and a financial offer stating the daily fee to ccc-consultancies@example.org by 16 July 2043, quoting the reference. Interviews are planned for 28 and 29 July 2043. Travel costs for the mission are paid separately according to UN rules.
\end{document}
"""
    texp = src(KEY + "-tor.tex", tex)
    pdflatex(texp, KEY + "-tor.pdflatex.pdf", KEY)

    md = f"""[Home](#) · [About](#) · [Projects](#) · [Publications](#) · [News](#) · [Opportunities](#)

Home › Opportunities › Consultancies

# {TITLE}

*Posted 12 June 2043 · Opportunities · Sustainable cooling*

**Reference:** {REF}  
**Hiring office:** {ORG}  
**Duty station:** {LOC}, with remote work and one mission to a pilot country  
**Duration:** 60 working days, August–December 2043  
**Daily fee:** {FEE}  
**Closing date:** 16 July 2043

## About the assignment

The {ORG} is looking for an experienced modeller to build a cooling demand model with three partner countries. The model should be simple enough for national teams to update after the assignment ends.

## What the consultant will do

1. {TASKS[0]}
2. {TASKS[1]}
3. {TASKS[2]}
4. {TASKS[3]}
5. {TASKS[4]}

Deliverables are due on 5 September, 31 October and 15 December 2043, and payment follows each deliverable.

## Who we are looking for

Required:

- {ESS[0]}
- {ESS[1]}
- {ESS[2]}
- {ESS[3]}

Desirable:

- {DES[0]}
- {DES[1]}

## How to apply

Send your CV, a two-page methodology note and a financial offer to <ccc-consultancies@example.org> by **16 July 2043**, quoting {REF}. Interviews will take place on 28–29 July 2043.

> We encourage applications from women and from nationals of developing countries.

---

© {ORG} · [Contact](#) · [Privacy](#)
"""
    write(KEY + "-ccc.md", md, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, None, "2043-07-16",
             (3150, None, None, "DKK", "day"), None, (ESS, DES), [])
