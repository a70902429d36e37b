import os
import subprocess
from common import *

REF = "NFIU-HUN-LC-2042-06"
TITLE = "Host Nation Support Liaison Assistant"
ORG = "NATO Force Integration Unit Hungary (NFIU HUN)"
LOC = "Székesfehérvár, Hungary"
SCH = "Full-time (40 hours per week)"
GRADE, CLEAR = "LC-6", "NATO SECRET"
DL = "Thursday, 20 November 2042, 12:00 (CET)"
SAL = "HUF 1,164,000 gross per month"

DUTIES = [
    "coordinate host nation support requests of Allied units with the Hungarian Defence Forces and civil authorities",
    "keep the database of reception, staging and onward movement facilities up to date",
    "prepare site surveys and visits to training areas, railheads and airfields",
    "draft and translate letters, agreements and minutes between Hungarian and English",
    "support the planning of exercises hosted in Hungary",
]
ESS = [
    "Bachelor's degree in logistics, public administration, international relations or a related field",
    "At least four years of experience in logistics, transport or host nation support planning",
    "Hungarian citizenship and fluency in Hungarian",
    "English at NATO SLP 3333 or CEFR C1",
    "Valid category B driving licence",
    "Eligibility for a NATO SECRET clearance",
]
DES = [
    "Previous service in the Hungarian Defence Forces or in a NATO headquarters",
    "Knowledge of NATO logistics doctrine (AJP-4 series)",
    "Knowledge of German",
]
COMP = [
    ("Initiative", "anticipates the needs of incoming units and solves problems before they escalate"),
    ("Communication", "explains national rules clearly to foreign officers and Allied rules to national authorities"),
    ("Reliability", "keeps commitments made to host nation partners"),
]


def tex():
    it = lambda xs: "\n".join(f"  \\item {x}" for x in xs)
    comp = "\n".join(f"\\noindent\\textbf{{{n}:}} {d}\\par\\smallskip" for n, d in COMP)
    return rf"""\documentclass[11pt,a4paper]{{article}}
\usepackage[T1]{{fontenc}}
\usepackage[utf8]{{inputenc}}
\usepackage{{lmodern}}
\usepackage[margin=2.3cm]{{geometry}}
\usepackage{{fancyhdr}}
\input{{glyphtounicode}}
\pdfgentounicode=1
\hyphenpenalty=10000
\exhyphenpenalty=10000
\pagestyle{{fancy}}
\fancyhf{{}}
\chead{{\small NATO UNCLASSIFIED}}
\cfoot{{\small NATO UNCLASSIFIED}}
\rfoot{{\small NFIU HUN/J1/2042/114 -- \thepage}}
\setlength{{\parindent}}{{0pt}}
\begin{{document}}
\begin{{center}}
{{\large\bfseries NATO FORCE INTEGRATION UNIT HUNGARY}}\\
Zágoni Zoltán Barracks, Székesfehérvár\\[4pt]
{{\bfseries LOCAL CIVILIAN VACANCY NOTICE}}
\end{{center}}
\medskip
\begin{{tabular}}{{@{{}}ll}}
\textbf{{Reference:}} & {REF} \\
\textbf{{Position:}} & {TITLE} \\
\textbf{{Organization:}} & {ORG} \\
\textbf{{Place of work:}} & {LOC} \\
\textbf{{Working time:}} & {SCH} \\
\textbf{{Grade:}} & {GRADE} \\
\textbf{{Clearance:}} & {CLEAR} \\
\textbf{{Closing date:}} & {DL} \\
\end{{tabular}}

\section*{{1. Background}}
The NATO Force Integration Unit Hungary facilitates the rapid deployment of Allied forces to Hungary and supports their reception by the host nation. It works closely with the Hungarian Defence Forces Command and with the Multinational Division Centre.

\section*{{2. Duties}}
The Host Nation Support Liaison Assistant will:
\renewcommand{{\labelitemi}}{{--}}
\begin{{itemize}}
{it(DUTIES)}
\end{{itemize}}

\section*{{3. Essential requirements}}
\begin{{enumerate}}
{it(ESS)}
\end{{enumerate}}

\section*{{4. Desirable requirements}}
\begin{{enumerate}}
{it(DES)}
\end{{enumerate}}

\section*{{5. Competencies}}
{comp}

\section*{{6. Terms of employment}}
Local civilian contract under Hungarian labour law for an initial period of two years. Salary: {SAL}, plus meal allowance and commuting support.

\section*{{7. How to apply}}
Send a CV in English and Hungarian and a cover letter to j1@nfiu-hun.example. Closing date: {DL}. Shortlisted candidates will take a language test on 27 November 2042.
\end{{document}}
"""


def build():
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2042-11-20",
             sal(1164000, "HUF"), GRADE, CLEAR,
             req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": comps(COMP)})
    t = os.path.join(ROOT, "__build", "tex")
    src = os.path.join(t, f"{REF}-nfiu.tex")
    open(src, "w", encoding="utf-8").write(tex())
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", t, src],
                       check=True, capture_output=True)
    pdf = f"{REF}-nfiu.pdflatex.pdf"
    os.replace(os.path.join(t, f"{REF}-nfiu.pdf"), os.path.join(ROOT, pdf))
    register(pdf, REF, "pdf")
    dump = subprocess.run(["pdftotext", "-enc", "UTF-8", os.path.join(ROOT, pdf), "-"],
                          capture_output=True, check=True).stdout.decode("utf-8")
    write(f"{REF}-nfiu.pdflatex.pdftotext.txt", dump, REF)

    board = f"""Ugrás a tartalomhoz
allas-fejer.example   Állások   Cégek   Fizetések   Belépés

{TITLE}
NATO Force Integration Unit Hungary
Székesfehérvár · Teljes munkaidő · Határozott idejű
Bruttó 1 164 000 Ft / hó
Jelentkezési határidő: 2042.11.20.
Feladva: 2042.10.16.

Jelentkezem   Mentés

Reference: {REF}
Position: {TITLE}
Organization: {ORG}
Place of work: {LOC}
Working time: {SCH}
Grade: {GRADE}
Clearance: {CLEAR}
Closing date: {DL}

Feladatok / Duties
{lines(DUTIES, '• ')}

Elvárások / Essential requirements
{lines(ESS, '• ')}

Előnyt jelent / Desirable requirements
{lines(DES, '• ')}

Kompetenciák / Competencies
{lines((n + ': ' + d for n, d in COMP), '• ')}

Amit kínálunk / Terms
Local civilian contract for two years. Salary: {SAL}.

Hasonló állások
Logisztikai koordinátor – Székesfehérvár – bruttó 750 000 - 900 000 Ft – 3 napja
Fordító-tolmács (angol) – Budapest – 2042.11.30-ig
"""
    write(f"{REF}-allasfejer.txt", board, REF)
