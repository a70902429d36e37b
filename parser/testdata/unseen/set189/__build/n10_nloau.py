"""298990 - NATO Liaison Office to the African Union, Addis Ababa (EN only).
Renderings: the Office's notice typeset with pdflatex (__build/298990-nloau.tex) with its
pdftotext dump; an East African job board copy (glued fields)."""
from common import expected, write, BUILD

REF = "298990"
TITLE = "Logistics Assistant and Driver"
ORG = "NATO Liaison Office to the African Union (NLO AU)"
LOC = "Addis Ababa, Ethiopia"
SCH = "Full-time"
ESS = [
    "Completed secondary education (grade 12 or equivalent).",
    "Valid Ethiopian driving licence (third grade or higher) and at least five years of professional driving experience with a clean record.",
    "At least two years of experience in office logistics, procurement of small items or stores management.",
    "Good spoken and written English and Amharic.",
    "Ethiopian nationality or a valid Ethiopian work permit.",
]
DES = [
    "Experience of working for an embassy or an international organisation.",
    "Basic knowledge of vehicle maintenance.",
    "Knowledge of French.",
]


def exp():
    return expected(REF, None, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH},
                    "2033-07-29", {"amount": 48500, "currency": "ETB", "period": "month"},
                    "LC-3", "NATO CONFIDENTIAL", {"en": {"essential": ESS, "desirable": DES}},
                    {"en": []})


TASKS = [
    "Drives the Head of Office and visiting NATO officials to meetings, the airport and events.",
    "Keeps the Office's two vehicles clean, serviced and insured, and records mileage and fuel.",
    "Buys office supplies and small items against quotations and keeps the stores register.",
    "Supports the organisation of workshops held with the African Union Commission.",
]


def tex():
    def items(lst):
        return "\n".join(f"  \\item {s}" for s in lst)
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.3cm]{geometry}
\usepackage{fancyhdr}
\usepackage{array}
\hyphenpenalty=10000
\exhyphenpenalty=10000
\sloppy
\pagestyle{fancy}
\fancyhf{}
\fancyhead[C]{\small NATO UNCLASSIFIED}
\fancyfoot[C]{\small NATO UNCLASSIFIED -- Page \thepage}
\renewcommand{\headrulewidth}{0pt}
\setlength{\parindent}{0pt}
\setlength{\parskip}{5pt}
\begin{document}
\begin{flushright}\small North Atlantic Treaty Organization\\ NATO Liaison Office to the African Union\\ Addis Ababa\\ 16 June 2033\end{flushright}
\begin{center}{\Large\bfseries LOCAL VACANCY ANNOUNCEMENT}\\[4pt]{\large\bfseries """ + TITLE + r"""}\end{center}
\begin{tabular}{>{\bfseries}p{4.6cm}p{10.4cm}}
Vacancy number: & """ + REF + r""" \\
Office: & """ + ORG + r""" \\
Duty station: & """ + LOC + r""" \\
Grade: & LC-3 (locally engaged staff) \\
Working hours: & """ + SCH + r""", Monday to Friday, with occasional evening and weekend work \\
Salary: & ETB 48,500 gross per month, plus transport and medical insurance \\
Security clearance: & NATO CONFIDENTIAL (to be obtained after selection) \\
Closing date: & 29 July 2033, 17:00 (East Africa Time) \\
\end{tabular}

\section*{1. Background}
The NATO Liaison Office to the African Union supports the cooperation between NATO and the African Union, including training, exercise support and the exchange of expertise. The Office is a small team of international and local staff located in Addis Ababa.

\section*{2. Main duties}
\begin{itemize}
""" + items(TASKS) + r"""
\end{itemize}

\section*{3. Essential requirements}
\begin{itemize}
""" + items(ESS) + r"""
\end{itemize}

\section*{4. Desirable}
\begin{itemize}
""" + items(DES) + r"""
\end{itemize}

\section*{5. How to apply}
Send a cover letter, a CV and copies of your driving licence and certificates to nloau.admin@example.int, quoting the vacancy number in the subject line. Only short-listed candidates will be contacted. A driving test and an interview are planned for the second week of August 2033.

The Office is an equal opportunity employer. Canvassing will disqualify.
\end{document}
"""


def board():
    return f"""EastAfricaTalent.com  |  Jobs in Ethiopia, Kenya, Uganda and beyond
Find jobs  Employers  Career advice  Sign in  Register
Home › Jobs › Ethiopia › Addis Ababa › Driving & Logistics
{TITLE}{ORG}Addis Ababa, EthiopiaFull TimePosted 18 Jun 2033
Deadline: 29 July 2033Experience: 5 yearsLevel: Mid
Apply now  Save
Job summaryVacancy number: {REF}Office: {ORG}Duty station: {LOC}Grade: LC-3 (locally engaged staff)Working hours: {SCH}, Monday to FridaySalary: ETB 48,500 gross per monthSecurity clearance: NATO CONFIDENTIAL (to be obtained after selection)Closing date: 29 July 2033, 17:00 (East Africa Time)
BackgroundThe NATO Liaison Office to the African Union supports the cooperation between NATO and the African Union. The Office is a small team located in Addis Ababa.
Main duties{' '.join(TASKS)}
Essential requirements{' '.join(ESS)}
Desirable{' '.join(DES)}
How to applySend a cover letter and CV to the e-mail address given by the employer, quoting the vacancy number.
Job ID EAT-90331-ET  Views 1,284
Similar jobs
Driver / MessengerA diplomatic missionAddis AbabaDeadline 25 Jul 2033
Logistics OfficerInternational NGOBahir DarDeadline 2 Aug 2033ETB 38,000 - 45,000
© 2033 EastAfricaTalent.com - Terms - Privacy
"""


def build():
    exp()
    write(f"{REF}-nloau.tex", tex(), listed=False, where=BUILD)
    write(f"{REF}-jobboard.txt", board(), REF)
