"""WHO Regional Office for Africa: e-Recruitment vacancy notice, its PDF/Print version (pdflatex) and a browser copy."""
from common import w, src, latex, expected, tex

REF = "AFRO/36/FT118"
KEY = "afro-36-ft118"
TITLE = "Medical Officer (Cholera and Enteric Diseases)"
ORG = "World Health Organization"
LOC = "Brazzaville, Congo"
GRADE = "P4"
SAL = "US$ 81,237"
EDU_E = "A university degree in medicine and a postgraduate degree in public health or epidemiology."
EDU_D = "Specialized training in outbreak response or field epidemiology."
EXP_E = ("At least seven years of experience, at national and international levels, in the prevention and control "
         "of communicable diseases, including cholera or other enteric diseases.")
EXP_D = "Experience with WHO or another UN agency in the African Region."
LAN_E = "Expert knowledge of English or French."
LAN_D = "Intermediate knowledge of the other language or of Portuguese."
COMPS = ["Teamwork", "Respecting and promoting individual and cultural differences", "Communication",
         "Producing results", "Moving forward in a changing environment"]
UNIT = ("The Communicable Disease Control unit of the Regional Office supports the 47 Member States of the African "
        "Region in reducing the burden of epidemic-prone diseases. Its cholera and enteric diseases team helps "
        "countries prepare national elimination plans, strengthen laboratory confirmation and improve case "
        "management in treatment centres.")
DUTIES = [
    "Provide technical guidance to countries on the development, costing and monitoring of national cholera "
    "elimination plans;",
    "Analyse surveillance and laboratory data from priority hotspots and prepare regional situation reports;",
    "Support the deployment of oral cholera vaccine campaigns, including requests to the global stockpile;",
    "Coordinate with water, sanitation and hygiene partners on integrated interventions in high-risk districts;",
    "Contribute to training of national rapid response teams and to after-action reviews;",
    "Perform any other related duties as assigned by the supervisor.",
]


def latex_src():
    duties = "\n".join(f"\\item {tex(d)}" for d in DUTIES)
    return r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \raggedright \setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\pagestyle{plain}
\begin{document}
{\small e-Recruitment \hfill PDF/Print version}\par\medskip
{\large\textbf{World Health Organization}} -- Regional Office for Africa\par\medskip
\textit{The mission of WHO is the attainment by all peoples of the highest possible level of health.}\par\medskip
\textbf{Vacancy Notice No:} """ + tex(REF) + r"""\\
\textbf{Title:} """ + tex(TITLE) + r"""\\
\textbf{Grade:} """ + GRADE + r"""\\
\textbf{Contract type:} Fixed-term Appointment\\
\textbf{Duration of contract:} Two (2) years\\
\textbf{Date:} 11 June 2036\\
\textbf{Application Deadline:} 9 July 2036\\
\textbf{Duty Station:} """ + tex(LOC) + r"""\\
\textbf{Organization unit:} AF/UCN Communicable Disease Control (CDC)

\textbf{Objectives of the Programme:}\par
""" + tex(UNIT) + r"""

\textbf{Description of duties:}\par
The incumbent performs the following duties:
\begin{enumerate}
""" + duties + r"""
\end{enumerate}

\textbf{Required Qualifications}

\textbf{Education:}\par
\textit{Essential:} """ + tex(EDU_E) + r"""\par
\textit{Desirable:} """ + tex(EDU_D) + r"""

\textbf{Experience:}\par
\textit{Essential:} """ + tex(EXP_E) + r"""\par
\textit{Desirable:} """ + tex(EXP_D) + r"""

\textbf{WHO Competencies:}\par
""" + r"\\ ".join(tex(c) for c in COMPS) + r"""

\textbf{Languages:}\par
\textit{Essential:} """ + tex(LAN_E) + r"""\par
\textit{Desirable:} """ + tex(LAN_D) + r"""

\textbf{Additional Information:}\par
This vacancy notice may be used to fill other similar positions at the same grade level. Short-listed candidates
may be invited to an online assessment in the second half of July 2036.

\textbf{Annual salary:} (Net of tax) """ + tex(SAL) + r""" at single rate\par
\textbf{Post Adjustment:} 31.7 \% of the above figure(s). This percentage is to be considered as indicative
since variations may occur each month either upwards or downwards due to currency exchange rate fluctuations or
inflation.

\medskip
{\small Online applications are strongly encouraged to enable WHO to store your profile in a permanent database.
WHO is committed to workforce diversity. Any kind of harassment is incompatible with WHO's values.}
\end{document}
"""


def browser():
    L = ["World Health Organization - Regional Office for Africa | e-Recruitment", "",
         "Returning applicants, please log in", "Not registered? Register here", "List of closed vacancies",
         "Return to current vacancies list", "PDF/Print version", "",
         "The mission of WHO is the attainment by all peoples of the highest possible level of health.",
         "Vacancy Notice No: " + REF,
         "Title: " + TITLE,
         "Grade: " + GRADE,
         "Contract type: Fixed-term Appointment",
         "Duration of contract:  Two (2) years",
         "Date: 11 June 2036",
         "Application Deadline: 9 July 2036",
         "Duty Station:  " + LOC,
         "Organization unit:",
         "AF/UCN Communicable Disease Control (CDC)",
         "",
         "Objectives of the Programme:",
         UNIT,
         "",
         "Description of duties:",
         "The incumbent performs the following duties:",
         ""]
    L += [f"{i}. {d}" for i, d in enumerate(DUTIES, 1)]
    L += ["", "Required Qualifications", "Education:", "Essential: " + EDU_E, "Desirable: " + EDU_D, "",
          "Experience:", "Essential: " + EXP_E, "Desirable: " + EXP_D, "", "WHO Competencies:"]
    L += COMPS
    L += ["", "Languages:", "Essential: " + LAN_E, "Desirable: " + LAN_D, "",
          "Additional Information:",
          "This vacancy notice may be used to fill other similar positions at the same grade level. Short-listed "
          "candidates may be invited to an online assessment in the second half of July 2036.",
          "",
          "Annual salary: (Net of tax) " + SAL + " at single rate",
          "Post Adjustment: 31.7 % of the above figure(s). This percentage is to be considered as indicative since "
          "variations may occur each month either upwards or downwards due to currency exchange rate fluctuations or "
          "inflation.",
          "",
          "Apply Now", "", "© WHO 2036 | Privacy | Contact us", ""]
    return "\n".join(L)


def build():
    p = src(KEY + "-print.tex", latex_src())
    latex(p, KEY + "-print.pdflatex.pdf", KEY)
    w(KEY + "-erecruit-browser.txt", browser(), KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, deadline="2036-07-09", grade=GRADE, salary=(81237, None, None, "USD", "year"),
             requirements={"en": ([EDU_E, EXP_E, LAN_E], [EDU_D, EXP_D, LAN_D])},
             competencies={"en": [(c, "") for c in COMPS]})
