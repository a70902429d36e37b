from common import *

REF = "SBRS/IC/2039/06"
KEY = "sbrs-ic-2039-06"
TITLE = "Consultant on Plastic Waste Amendments Reporting"
ORG = "Secretariat of the Basel, Rotterdam and Stockholm Conventions"
LOC = "Home-based"
FEE = "USD 435 per working day"
ESS = ["Advanced university degree in environmental science, chemical engineering, waste management, environmental law or a related field.",
       "At least seven years of professional experience in waste management policy, transboundary movements of waste or chemicals reporting.",
       "Demonstrated experience in designing reporting formats, questionnaires or databases for national authorities.",
       "Excellent drafting skills in English."]
DES = ["Experience with the national reporting cycles of a multilateral environmental agreement.",
       "Working knowledge of French or Spanish."]
TASKS = ["Review the national reports submitted under the Basel Convention for the 2036 and 2037 reporting years, with a focus on plastic waste entries;",
         "Identify recurring gaps and inconsistencies in the classification of plastic waste and propose corrections to the electronic reporting system;",
         "Draft guidance for national focal points on reporting plastic waste under the amended Annexes;",
         "Prepare and deliver two online training sessions for Parties in October 2039;",
         "Draft a summary report for the Open-ended Working Group."]
DELIV = [("Inception note and work plan", "10 July 2039", "10%"),
         ("Gap analysis of national reports", "31 August 2039", "30%"),
         ("Draft reporting guidance", "30 September 2039", "30%"),
         ("Training sessions delivered and summary report", "15 November 2039", "30%")]
BG = ("The Secretariat supports Parties in implementing the Basel, Rotterdam and Stockholm conventions. Since the "
      "plastic waste amendments took effect, Parties report on plastic waste in their annual national reports, but "
      "the data remain uneven. The consultant will help the Secretariat improve the quality and comparability of "
      "those reports. The consultant works under the supervision of a Programme Officer in the Scientific Support Branch.")


def tex():
    rows = [("Reference", REF), ("Title of assignment", TITLE), ("Hiring unit", ORG + ", Scientific Support Branch"),
            ("Duty station", LOC + ", with one trip to Geneva"), ("Duration", "75 working days between July and November 2039"),
            ("Remuneration", "Daily fee of " + FEE), ("Date of issue", "20 May 2039"), ("Deadline for applications", "14 June 2039")]
    t = "\n".join(r"\textbf{%s} & %s \\ \hline" % (a, b) for a, b in rows)
    tasks = "\n".join(r"\item " + x for x in TASKS)
    dl = "\n".join(r"%s & %s & %s \\ \hline" % (a, b, c.replace("%", r"\%")) for a, b, c in DELIV)
    ess = "\n".join(r"\item " + x for x in ESS)
    des = "\n".join(r"\item " + x for x in DES)
    return r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=22mm]{geometry}\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \pagestyle{plain}
\begin{document}\raggedright
{\large\textbf{Basel, Rotterdam and Stockholm Conventions}}\hfill International Environment House, Geneva\par
\medskip\hrule\medskip
\begin{center}{\Large\textbf{TERMS OF REFERENCE}}\\ Individual consultant\end{center}
\begin{tabular}{|p{45mm}|p{110mm}|}\hline
""" + t + r"""
\end{tabular}
\section*{1. Background}
""" + BG + r"""
\section*{2. Tasks}
\begin{enumerate}
""" + tasks + r"""
\end{enumerate}
\section*{3. Deliverables and payment schedule}
\begin{tabular}{|p{75mm}|p{35mm}|p{25mm}|}\hline
\textbf{Deliverable} & \textbf{Due date} & \textbf{Payment} \\ \hline
""" + dl + r"""
\end{tabular}
\section*{4. Qualifications}
\textbf{Minimum qualifications}
\begin{itemize}
""" + ess + r"""
\end{itemize}
\textbf{Desirable}
\begin{itemize}
""" + des + r"""
\end{itemize}
\section*{5. Application}
Candidates should send a cover letter, a CV and a brief methodology note through the Secretariat's consultancy roster. Interviews are expected in the week of 23 June 2039. Only short-listed candidates will be contacted.
\end{document}
"""


def md():
    ess = "\n".join("- " + x for x in ESS)
    des = "\n".join("- " + x for x in DES)
    tasks = "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(TASKS))
    dl = "\n".join("| %s | %s | %s |" % d for d in DELIV)
    return f"""[Home](#) · [The Conventions](#) · [Parties](#) · [Meetings](#) · [Vacancies](#) · [Français](#) · [Español](#)

Home › Secretariat › Vacancies › Consultancies

# {TITLE}

*Published 20 May 2039 · Consultancy*

**Reference:** {REF}\\
**Hiring unit:** {ORG}\\
**Location:** {LOC}, with one trip to Geneva\\
**Duration:** 75 working days (July–November 2039)\\
**Fee:** {FEE}\\
**Closing date:** 14 June 2039

## Background

{BG}

## Tasks

{tasks}

## Deliverables

| Deliverable | Due | Payment |
|---|---|---|
{dl}

## Qualifications

**Minimum qualifications**

{ess}

**Desirable**

{des}

## How to apply

Send a cover letter, CV and a brief methodology note through the consultancy roster. Interviews: week of 23 June 2039.

---

Related: *Call for nominations of experts to the Chemical Review Committee* (closed 30 April 2039).
"""


def build():
    src("brs-tor.tex", tex())
    pdflatex("brs-tor.tex", KEY + "-tor.pdflatex.pdf", REF)
    write(KEY + "-brs.md", md(), REF)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2039-06-14",
             salary=(435, "USD", "day"), req={"en": (ESS, DES)}, comp={"en": []})
