"""NFIU-BGR-LC-2044-04 - NATO Force Integration Unit Bulgaria, Sofia. EN only.
Local civilian notice typeset with pdflatex + dump; Bulgarian job-board copy."""
import os
from common import *

KEY = "NFIU-BGR-LC-2044-04"
T = {"en": "Reception, Staging and Onward Movement Assistant"}
ORG = {"en": "NATO Force Integration Unit Bulgaria (NFIU BGR)"}
LOC = {"en": "Sofia, Bulgaria"}
SCH = {"en": "Full-time (40 hours per week)"}
DL = "2044-08-22"
SAL = sal(1875)
GRADE, CLR = "LC-7", "NATO SECRET"
DLT = "Monday, 22 August 2044, 16:00 (EEST)"
SALT = "EUR 1,875 gross per month"

BACKGROUND = ("NFIU BGR helps the rapid deployment of Allied forces to Bulgaria. It works with the Bulgarian Armed Forces "
              "and the national authorities to prepare the reception, staging and onward movement (RSOM) of units "
              "arriving by road, rail, sea and air. The Assistant keeps the Unit's RSOM data and plans current and "
              "supports the J4 staff during exercises and deployments.")
DUTIES = [
    "Maintain the database of ports, railheads, airfields, staging areas and main supply routes",
    "Update the RSOM annexes of the Unit's plans with the national points of contact",
    "Prepare movement tables and diplomatic clearance requests for exercises",
    "Coordinate accommodation, fuel and transport support with Bulgarian providers",
    "Translate documents and interpret at meetings between Allied staff and national authorities",
]
ESS = [
    "Completed secondary education; a degree in logistics, transport or economics is an advantage but not required",
    "At least three years of experience in logistics, freight forwarding or military movements",
    "Fluent Bulgarian and English (NATO SLP 3333 or equivalent)",
    "Good command of spreadsheets and databases",
    "Bulgarian citizenship and eligibility for a NATO SECRET clearance",
    "A valid category B driving licence",
]
DES = [
    "Service in the Bulgarian Armed Forces, preferably in a logistics or movement unit",
    "Knowledge of the NATO logistics and movement doctrine",
    "Knowledge of a third NATO language",
]
COMP = [
    ("Planning", "organises tasks and anticipates the needs of arriving units."),
    ("Reliability", "keeps data accurate and commitments kept."),
    ("Communication", "works easily with military and civilian partners."),
    ("Flexibility", "adapts to changing plans during exercises."),
]
CONDITIONS = ("Employment is under the NATO local civilian regulations for Bulgaria. The successful candidate will be offered a "
              f"two-year contract with a probation period of six months. The monthly salary is {SALT}. "
              "Duty travel within Bulgaria is frequent.")
APPLY = (f"Send the local application form, a CV and copies of diplomas to the NFIU BGR J1 by {DLT}. "
         "Shortlisted candidates will take a language test and be interviewed in Sofia in early September 2044.")
FACTS = [("Vacancy number", KEY), ("Position", T["en"]), ("Organization", ORG["en"]), ("Place of work", LOC["en"]),
         ("Working time", SCH["en"]), ("Grade", GRADE), ("Security clearance", CLR), ("Monthly salary", SALT),
         ("Closing date", DLT)]


def tex_esc(s):
    return s.replace("&", r"\&").replace("%", r"\%").replace("$", r"\$").replace("#", r"\#").replace("_", r"\_")


def tex():
    rows = "\n".join(f"\\textbf{{{k}}} & {tex_esc(v)} \\\\" for k, v in FACTS)
    compblock = "\n".join("\\textbf{%s:} %s\\par" % (n, tex_esc(d)) for n, d in COMP)
    it = lambda xs: "\\begin{itemize}\n" + "\n".join(f"\\item {tex_esc(x)}" for x in xs) + "\n\\end{itemize}"
    return rf"""\documentclass[11pt,a4paper]{{article}}
\usepackage[T1]{{fontenc}}
\usepackage[utf8]{{inputenc}}
\usepackage{{lmodern}}
\input{{glyphtounicode}}
\pdfgentounicode=1
\usepackage[margin=24mm]{{geometry}}
\usepackage{{fancyhdr,array}}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{{fancy}}\fancyhf{{}}
\chead{{\small\textbf{{NATO UNCLASSIFIED}}}}
\cfoot{{\small NATO UNCLASSIFIED}}
\rfoot{{\small NFIU BGR/J1/2044/077 -- \thepage}}
\renewcommand{{\headrulewidth}}{{0pt}}
\setlength{{\parindent}}{{0pt}}\setlength{{\parskip}}{{5pt}}
\begin{{document}}
\begin{{center}}
{{\large\textbf{{NATO FORCE INTEGRATION UNIT BULGARIA}}}}\\
NFIU BGR, 3 Totleben Blvd, Sofia\\[4pt]
\rule{{\linewidth}}{{0.6pt}}
\end{{center}}
\hfill Sofia, 25 July 2044

\begin{{center}}\textbf{{\large LOCAL CIVILIAN VACANCY}}\end{{center}}

\begin{{tabular}}{{@{{}}>{{\raggedright}}p{{38mm}}p{{115mm}}@{{}}}}
{rows}
\end{{tabular}}

\section*{{1. Background}}
{tex_esc(BACKGROUND)}

\section*{{2. Duties}}
{it(DUTIES)}

\section*{{3. Requirements}}
{it(ESS)}

\section*{{4. Advantages}}
{it(DES)}

\section*{{5. Personal competencies}}
{compblock}

\section*{{6. Conditions}}
{tex_esc(CONDITIONS)}

\section*{{7. Applications}}
{tex_esc(APPLY)}
\end{{document}}
"""


def board():
    return f"""Към съдържанието
JOBS.BG    Обяви    Работодатели    Вход

Начало > Обяви > София > Логистика > {T['en']}

{T['en']}
NATO Force Integration Unit Bulgaria
София
Пълно работно време   Постоянна работа   Английски език
Заплата от 1875 EUR бруто
Публикувана: 26.07.2044   Кандидатствай до: 22.08.2044
Кандидатствай    Запази

Vacancy number: {KEY}
Position: {T['en']}
Organization: {ORG['en']}
Place of work: {LOC['en']}
Working time: {SCH['en']}
Grade: {GRADE}
Security clearance: {CLR}
Monthly salary: {SALT}
Closing date: {DLT}

BACKGROUND
{BACKGROUND}

DUTIES
{bullets(DUTIES, '◦ ')}

REQUIREMENTS
{bullets(ESS, '◦ ')}

ADVANTAGES
{bullets(DES, '◦ ')}

PERSONAL COMPETENCIES
{comps(COMP)}

CONDITIONS
{CONDITIONS}

APPLICATIONS
{APPLY}

Реф. номер: JB-7730412   Прегледи: 418

Подобни обяви
Логистик, международен транспорт - София - 1500 - 1900 EUR - 28.07.2044
Movement Coordinator - Пловдив - 2 седмици
Спедитор - Божурище - 19.08.2044

Общи условия · Поверителност · Бисквитки
"""


def build():
    tp = os.path.join(BUILD, "tex", f"{KEY}-nfiu.tex")
    with open(tp, "w", encoding="utf-8") as f:
        f.write(tex())
    pdflatex(tp, f"{KEY}-nfiu.pdflatex.pdf")
    dump(f"{KEY}-nfiu.pdflatex.pdf", KEY)
    write(f"{KEY}-jobsbg.txt", board(), KEY)
    expected(KEY, ["en"], T, ORG, LOC, SCH, DL, SAL, GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP})
