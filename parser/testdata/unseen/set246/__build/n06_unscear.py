from common import *

KEY = "unscear-cons-2038-02"
REF = "UNSCEAR/CONS/2038/02"
TITLE = "Consultant on Medical Exposure Data"
ORG = "Secretariat of the United Nations Scientific Committee on the Effects of Atomic Radiation"
LOC = "Home-based"
FEE = "USD 520 per working day"
ESS = [
    "Advanced university degree in medical physics, radiology, epidemiology or a related field.",
    "At least seven years of experience in the assessment of patient doses from diagnostic or interventional procedures.",
    "Demonstrated experience in compiling and validating data from national surveys.",
    "Excellent drafting skills in English.",
]
DES = [
    "Experience as a contributing author to reports of an international scientific body.",
    "Knowledge of Russian or Spanish.",
]
TASKS = [
    "Review the replies of Member States to the Committee's survey on medical exposure and flag incomplete or implausible entries.",
    "Contact national focal points to resolve the flagged entries.",
    "Build a consolidated data set on computed tomography and nuclear medicine procedures per head of population.",
    "Draft the statistical annex of the Committee's evaluation and present it to the expert group.",
]
DELIV = [
    ("Cleaned data set with a note on the changes made", "15 June 2038"),
    ("Draft statistical annex", "31 August 2038"),
    ("Revised annex reflecting the comments of the expert group", "30 November 2038"),
]


def tex_escape(s):
    return s.replace("&", r"\&").replace("%", r"\%").replace("_", r"\_").replace("#", r"\#")


def build():
    items = lambda xs: "\\begin{itemize}\n" + "\n".join(f"  \\item {tex_escape(x)}" for x in xs) + "\n\\end{itemize}"
    tasks = "\n".join("  \\item " + tex_escape(t) for t in TASKS)
    deliv = "\n".join(f"{tex_escape(a)} & {b} \\\\ \\hline" for a, b in DELIV)
    tex = rf"""\documentclass[10pt,a4paper]{{article}}
\usepackage[T1]{{fontenc}}
\usepackage[utf8]{{inputenc}}
\usepackage{{lmodern}}
\usepackage[margin=22mm]{{geometry}}
\usepackage{{array}}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{{\parindent}}{{0pt}} \setlength{{\parskip}}{{5pt}}
\pagestyle{{plain}}
\begin{{document}}
\raggedright
{{\small UNITED NATIONS SCIENTIFIC COMMITTEE ON THE EFFECTS OF ATOMIC RADIATION\\
Vienna International Centre, Wagramer Strasse 5, 1400 Vienna, Austria}}

\vspace{{6pt}}
{{\Large\bfseries TERMS OF REFERENCE}}\\[2pt]
{{\large Individual contractor -- consultancy}}

\vspace{{6pt}}
\begin{{tabular}}{{|p{{42mm}}|p{{110mm}}|}}
\hline
Reference & {tex_escape(REF)} \\ \hline
Title & {TITLE} \\ \hline
Hiring office & {ORG} \\ \hline
Location & {LOC} \\ \hline
Duration & 70 working days spread over June to November 2038 \\ \hline
Remuneration & Daily fee of {FEE} \\ \hline
Date of issue & 16 March 2038 \\ \hline
Closing date & 13 April 2038 \\ \hline
\end{{tabular}}

\section*{{1. Background}}
The Committee assesses levels and effects of exposure to ionizing radiation and reports to the General Assembly. Its current evaluation of medical exposure relies on a global survey to which more than ninety States have replied.

\section*{{2. Tasks}}
\begin{{enumerate}}
{tasks}
\end{{enumerate}}

\section*{{3. Deliverables}}
\begin{{tabular}}{{|p{{110mm}}|p{{38mm}}|}}
\hline
\textbf{{Deliverable}} & \textbf{{Due}} \\ \hline
{deliv}
\end{{tabular}}

\section*{{4. Qualifications}}
\textbf{{Minimum qualifications}}
{items(ESS)}
\textbf{{Desirable qualifications}}
{items(DES)}

\section*{{5. Remuneration and travel}}
The consultant will be paid a daily fee of {FEE} on certification of each deliverable. One trip to Vienna for the expert group meeting of 12--16 October 2038 will be paid separately under the rules on travel.

\section*{{6. How to apply}}
Send a cover letter, a curriculum vitae and a short writing sample to the secretariat by the closing date. Interviews of short-listed candidates will be held by video in the week of 26 April 2038.
\end{{document}}
"""
    src(KEY + "-tor.tex", tex)
    pdflatex(KEY + "-tor.tex", KEY + "-tor.pdflatex.pdf", KEY)

    mail = f"""[MedPhys-Net] Digest, Vol 212, Issue 9

Today's Topics:

   1. Consultancy: {TITLE} (UNSCEAR, home-based) (Elena Varga)
   2. Re: CT dose reference levels for paediatric head scans (K. Mensah)

----------------------------------------------------------------------

Message: 1
Date: Wed, 17 Mar 2038 10:02:11 +0100
From: Elena Varga <e.varga@radprot.example>
Subject: [MedPhys-Net] Consultancy: {TITLE} (UNSCEAR, home-based)

Dear colleagues,

The UNSCEAR secretariat in Vienna has asked me to circulate the following consultancy. The full terms of reference are attached as a PDF.

Reference: {REF}
Title: {TITLE}
Hiring office: {ORG}
Location: {LOC}
Duration: 70 working days, June to November 2038
Daily fee: {FEE}
Closing date: 13 April 2038

Tasks:
{chr(10).join('  - ' + t for t in TASKS)}

Deliverables: cleaned data set (15 June 2038); draft statistical annex (31 August 2038); revised annex (30 November 2038).

Minimum qualifications:
{chr(10).join('  - ' + x for x in ESS)}

Desirable qualifications:
{chr(10).join('  - ' + x for x in DES)}

Applications go to the secretariat directly; please do not reply to the list.

Best wishes,
Elena

------------------------------

Message: 2
Date: Wed, 17 Mar 2038 14:48:30 +0000
From: Kwame Mensah <kmensah@korlebu.example>
Subject: Re: [MedPhys-Net] CT dose reference levels for paediatric head scans

Thanks all. Our survey closes on 30 April 2038; I will share the summary afterwards.

------------------------------

End of MedPhys-Net Digest, Vol 212, Issue 9
********************************************
"""
    write(KEY + "-medphys-digest.txt", mail, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, "2038-04-13",
             salary=(520, None, None, "USD", "day"),
             requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": []})
