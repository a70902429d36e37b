from common import *

REF = "NFIU-BGR-LC-2034-05"
TITLE = "Assistant (Reception and Onward Movement Support)"
ORG = "NATO Force Integration Unit Bulgaria (NFIU BGR)"
ESS = [
    "Completed secondary education; a bachelor's degree in logistics, transport or economics is an advantage;",
    "At least three years of experience in transport, warehousing or movement coordination;",
    "Bulgarian citizenship and eligibility for a NATO SECRET security clearance;",
    "Fluent Bulgarian and English at SLP 3232 or higher;",
    "Category B driving licence.",
]
DES = [
    "Experience with the reception of foreign military units or large international events;",
    "Knowledge of Bulgarian customs and road transport regulations;",
    "Previous work in a NATO or national military headquarters.",
]
E = expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": "Sofia, Bulgaria"},
             {"en": "Full-time, 40 hours per week"}, "2034-09-26", sal(1965), "LC-6", "NATO SECRET",
             {"en": {"essential": ESS, "desirable": DES}}, {"en": []})

TASKS = [
    "Prepares reception plans for units arriving in Bulgaria for exercises and reinforcement.",
    "Coordinates transport, accommodation and escort requests with the Bulgarian host nation authorities.",
    "Keeps the unit's movement tracking tables up to date.",
    "Supports the unit's liaison teams at railheads, airports and seaports.",
    "Translates working documents between Bulgarian and English.",
]


def tex_escape(s):
    return (s.replace("\\", r"\textbackslash{}").replace("&", r"\&").replace("%", r"\%")
             .replace("#", r"\#").replace("_", r"\_"))


def tex():
    it = lambda xs: "\\begin{enumerate}\n" + "\n".join("\\item " + tex_escape(x) for x in xs) + "\n\\end{enumerate}\n"
    return r"""\documentclass[11pt,a4paper]{article}
\pdfgentounicode=1
\input{glyphtounicode}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{fancyhdr}
\renewcommand{\labelenumi}{\alph{enumi}.}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{fancy}\fancyhf{}
\chead{\textbf{NATO UNCLASSIFIED}}\cfoot{\textbf{NATO UNCLASSIFIED} -- \thepage}
\renewcommand{\headrulewidth}{0pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{flushright}NATO Force Integration Unit Bulgaria\\ Sofia\\ File: NFIU BGR/J1/2034/119\\ 1 August 2034\end{flushright}
\begin{center}\Large\textbf{LOCAL CIVILIAN VACANCY ANNOUNCEMENT}\end{center}
\begin{tabular}{@{}p{4.2cm}p{11cm}@{}}
\textbf{Vacancy number:} & """ + REF + r""" \\
\textbf{Position:} & """ + tex_escape(TITLE) + r""" \\
\textbf{Organization:} & """ + ORG + r""" \\
\textbf{Duty station:} & Sofia, Bulgaria \\
\textbf{Grade:} & LC-6 (local civilian) \\
\textbf{Working hours:} & Full-time, 40 hours per week \\
\textbf{Security clearance:} & NATO SECRET \\
\textbf{Salary:} & EUR 1,965 gross per month \\
\textbf{Closing date:} & 26 September 2034, 16:00 (EEST) \\
\end{tabular}

\section*{1. Background}
The NFIU facilitates the rapid deployment of Allied forces to Bulgaria and supports collective defence planning and exercises. The unit is manned by Bulgarian and Allied military personnel and by local civilians.

The Assistant works in the unit's J4 Logistics cell under the supervision of the Chief J4 and forms part of a small team that plans the reception, staging and onward movement of incoming units. The post involves frequent travel within Bulgaria and occasional work outside normal office hours during exercises, which is compensated by time off in lieu.

\section*{2. Main tasks}
""" + it(TASKS) + r"""
\section*{3. Essential requirements}
""" + it(ESS) + r"""
\section*{4. Desirable}
""" + it(DES) + r"""
\section*{5. Conditions}
The contract is concluded under Bulgarian labour law for an initial period of two years with a probation period of six months. In addition to the salary, the unit pays a transport allowance and supplementary health insurance. Applications (CV and motivation letter in English) must reach the unit's J1 branch before the closing date. Shortlisted candidates will sit an English test in early October 2034.

\end{document}
"""


def board():
    L = ["JobsBulgaria24.example   Jobs  Companies  Salary calculator  Login", "",
         TITLE, "NATO Force Integration Unit Bulgaria · Sofia · Full Time", "Posted 4 Aug 2034",
         "Salary: EUR 1,965 gross/monthDeadline: 26 September 2034Experience: 3 years", "",
         "Job summaryVacancy number: " + REF + "Position: " + TITLE + "Organization: " + ORG + "Duty station: Sofia, BulgariaGrade: LC-6 (local civilian)Working hours: Full-time, 40 hours per weekSecurity clearance: NATO SECRET",
         "", "Main tasks"] + TASKS + ["Essential requirements" + ESS[0]] + ESS[1:] + ["Desirable" + DES[0]] + DES[1:] + [
         "ConditionsContract under Bulgarian labour law for two years; transport allowance and supplementary health insurance.",
         "", "Job ID: JB24-7730915", "", "Similar jobs",
         "Logistics Coordinator · Sofia · EUR 1,500 - 1,800 · expires 12 Sep 2034",
         "Warehouse Supervisor · Plovdiv · expires 30 Sep 2034", "",
         "© JobsBulgaria24.example"]
    return "\n".join(L) + "\n"


def render():
    return {f"{REF}-jobboard.txt": board()}


def tex_sources():
    return {f"{REF}-nfiu": tex()}
