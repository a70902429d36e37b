"""Consultancy: UNU-FLORES (Dresden), daily fee EUR. Terms of reference (pdflatex) + newsletter (Markdown)."""
from common import *

REF = "UNU-FLORES/IC/2044/03"
KEY = "unu-flores-ic-2044-03"
TITLE = "Consultant on Nexus Indicators for Soil and Water Governance"
ORG = "United Nations University Institute for Integrated Management of Material Fluxes and of Resources"
LOC = "Dresden, Germany"
FEE = "EUR 520 per working day"
BACKGROUND = ("The institute studies the sustainable management of water, soil and waste as linked resources. Within its "
              "governance programme it is preparing a set of indicators that countries can use to report on the links "
              "between land degradation, water quality and the reuse of organic residues.")
TASKS = [
    "Review existing national and international indicator sets on soil, water and waste and assess their overlaps and gaps.",
    "Propose a short list of nexus indicators with definitions, data sources and computation methods.",
    "Test the proposed indicators with data from two partner countries, in cooperation with their statistical offices.",
    "Present the results at an expert meeting and revise the indicator set on the basis of the comments received.",
]
REQ = [
    "A PhD or Master's degree in soil science, hydrology, environmental engineering, natural resource management or a related field.",
    "At least eight years of experience in environmental indicators, monitoring frameworks or resource governance.",
    "A record of peer-reviewed publications or policy reports on the water-soil-waste nexus.",
    "Excellent written English.",
]
DES = [
    "Experience working with national statistical offices or United Nations entities on SDG indicators.",
    "Working knowledge of German, Spanish or Portuguese.",
]


def tex():
    t = lambda s: s.replace("–", "--").replace("&", "\\&").replace("%", "\\%")
    items = lambda xs: "\n".join("  \\item " + t(x) for x in xs)
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.3cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{plain}
\begin{document}\raggedright
\noindent{\small UNITED NATIONS UNIVERSITY \hfill UNU-FLORES, Dresden}\\[2pt]
\noindent\rule{\textwidth}{0.4pt}
\begin{center}{\Large\bfseries TERMS OF REFERENCE}\\[4pt]{\large Individual Contractor}\end{center}
\begin{description}
  \item[Reference] """ + REF + r"""
  \item[Assignment] """ + TITLE + r"""
  \item[Institute] """ + ORG + r"""
  \item[Place of work] """ + LOC + r""" (home-based, with one trip to a partner country)
  \item[Duration] 45 working days between March and June 2044
  \item[Fee] """ + FEE + r"""
  \item[Issued] 29 January 2044
  \item[Deadline] Applications must reach UNU-FLORES by 19 February 2044
\end{description}
\section*{1. Background}
""" + BACKGROUND + r"""
\section*{2. Tasks}
The consultant will:
\begin{enumerate}
""" + items(TASKS) + r"""
\end{enumerate}
\section*{3. Deliverables and payment}
\begin{tabular}{|l|l|l|}\hline
Deliverable & Due & Share of fee \\\hline
Review note & 31 March 2044 & 30 per cent \\\hline
Draft indicator set & 30 April 2044 & 30 per cent \\\hline
Final report & 15 June 2044 & 40 per cent \\\hline
\end{tabular}
\section*{4. Qualifications}
\textbf{Required}
\begin{itemize}
""" + items(REQ) + r"""
\end{itemize}
\textbf{Desirable}
\begin{itemize}
""" + items(DES) + r"""
\end{itemize}
\section*{5. How to apply}
Send a CV, a two-page technical approach and a daily fee proposal to the institute's recruitment address quoting the reference above. Short-listed candidates may be interviewed by video on 26 February 2044. UNU does not charge fees at any stage.
\end{document}
"""


def md():
    return f"""# Nexus Digest · Issue 41

*Monthly news from the water, soil and waste community · 30 January 2044*

[Read online](https://digest.example/41) · [Subscribe](https://digest.example/sub) · [Archive](https://digest.example/archive)

---

## In this issue

1. Call for papers: resource recovery session (abstracts by 15 March 2044)
2. New data portal on sludge reuse
3. **Opportunity: consultancy at UNU-FLORES**

## Opportunity: {TITLE}

**Reference:** {REF}  
**Institute:** {ORG}  
**Place of work:** {LOC} (home-based, one trip)  
**Duration:** 45 working days, March–June 2044  
**Fee:** {FEE}  
**Deadline:** 19 February 2044

{BACKGROUND}

**Tasks**

{chr(10).join("- " + x for x in TASKS)}

**Required**

{chr(10).join("* " + x for x in REQ)}

**Desirable**

{chr(10).join("* " + x for x in DES)}

> "We are looking for someone who has built indicators, not only read about them." — programme head

Interviews by video on 26 February 2044.

---

*You receive this digest because you signed up at a Nexus event. [Unsubscribe](https://digest.example/unsub)*
"""


def build():
    p = src("unu-flores-tor.tex", tex())
    pdflatex(p, KEY + "-tor.pdflatex.pdf", KEY)
    write(KEY + "-digest.md", md(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2044-02-19",
             salary=sal(520, cur="EUR", period="day"), req={"en": (REQ, DES)}, comp={"en": []})
