from common import *
REF = "SPTC/HR/2044/11"; KEY = "sptc-hr-2044-11"
T = "Fleet Maintenance Planner"
ORG = "Seychelles Public Transport Corporation"
LOC = "Central Workshop, Providence, Mahé"
SCH = "Monday to Friday, 7:30 a.m. to 3:30 p.m., with occasional Saturday duty"
ESS = ["a Diploma in Automotive Engineering or Mechanical Engineering;",
       "at least four years' experience in planning maintenance for a bus or truck fleet;",
       "working knowledge of a computerised maintenance management system; and",
       "a valid Seychelles driving licence, Class B."]
DES = ["Experience with hybrid or electric buses."]

def tex_esc(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("'", "'")

items = "\n".join(f"\\item[({c})] {tex_esc(e)}" for c, e in zip("abcd", ESS))
src("sptc-advert.tex", r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[margin=2.2cm]{geometry}
\pagestyle{empty}\hyphenpenalty=10000\exhyphenpenalty=10000\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{center}\fbox{\parbox{0.95\textwidth}{\centering
{\Large\bfseries SEYCHELLES PUBLIC TRANSPORT CORPORATION}\\[2pt]
P.O. Box 000, Victoria, Mahé (fictitious)\\[8pt]
{\large\bfseries VACANCY}\\[2pt] Ref: """ + REF + r"""}}\end{center}

The Seychelles Public Transport Corporation operates the public bus service on Mahé and Praslin. Applications are invited from suitably qualified Seychellois for the following post:

\begin{tabular}{@{}p{3.6cm}p{11.8cm}@{}}
\textbf{Post:} & """ + T + r"""\\
\textbf{Employer:} & """ + ORG + r"""\\
\textbf{Section:} & Engineering and Maintenance\\
\textbf{Place of work:} & """ + LOC + r"""\\
\textbf{Hours of work:} & """ + SCH + r"""\\
\textbf{Salary:} & SCR16,850 per month, plus a transport allowance of SCR1,200\\
\end{tabular}

\textbf{\underline{MAIN DUTIES}}\\
To plan preventive maintenance for a fleet of about 150 buses; to schedule workshop jobs and spare parts; to monitor breakdowns and fuel consumption; to prepare monthly fleet availability reports for management.

\textbf{\underline{QUALIFICATIONS AND EXPERIENCE}}\\
Candidates should possess:
\begin{itemize}
""" + items + r"""
\end{itemize}
\textbf{DESIRABLE}\\
""" + DES[0] + r"""

\textbf{\underline{CONDITIONS OF SERVICE}}\\
The successful candidate will be employed on a permanent basis after a probation period of six months. The Corporation offers a contributory medical scheme, twenty-one working days of annual leave, a uniform allowance and access to training programmes with the bus manufacturers. The planner reports to the Fleet Engineer and works closely with the depot supervisors on Mahé and Praslin.

\textbf{\underline{MODE OF APPLICATION}}\\
Applications with a CV, copies of certificates and the names of two referees should reach the Human Resources Manager on or before \textbf{Wednesday 23 November 2044} at 4:00 p.m. Shortlisted candidates will be interviewed in the first week of December.

\hfill Date: 21 October 2044
\end{document}
""")
latex("sptc-advert.tex", KEY + "-advert.pdflatex.pdf", REF)

paper = f"""
SEYCHELLES WEEKLY COURIER (fictitious) · e-paper · Friday 28 October 2044 · Page 14
Home | News | Sport | Classifieds | Notices | Subscribe

                 SEYCHELLES PUBLIC TRANSPORT CORPORATION
                                VACANCY
                          Ref: {REF}

Applications are invited from suitably qualified Seychellois for the post of

Post: {T}
Employer: {ORG}
Place of work: {LOC}
Hours of work: {SCH}
Salary: SCR16,850 per month
Closing date: 23/11/2044

Main duties: to plan preventive maintenance for about 150 buses; to schedule
workshop jobs and spare parts; to monitor breakdowns and fuel use; to report
monthly on fleet availability.

Candidates should possess:
{chr(10).join(f"  ({c}) {e}" for c, e in zip("abcd", ESS))}

Desirable: {DES[0]}

Conditions of service: permanent appointment after six months' probation;
contributory medical scheme; twenty-one working days of annual leave; uniform
allowance; training with the bus manufacturers. The planner reports to the
Fleet Engineer and works with the depot supervisors on Mahé and Praslin.

Applications with CV, certificates and two referees to the Human Resources
Manager on or before Wednesday 23 November 2044, 4:00 p.m.

..................................................................
ALSO ON THIS PAGE
* Praslin bus timetable changes from 1 November 2044
* Land for sale at Anse Royale, SCR 2,400,000 – call 000 0000
..................................................................
"""
w(KEY + "-courier.txt", paper, REF)

exp(KEY, dict(reference=REF, languages=["en"], title={"en": T}, organisation={"en": ORG}, location={"en": LOC},
              schedule={"en": SCH}, deadline="2044-11-23", salary=sal(16850, cur="SCR"), grade=None,
              requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": []}))
