"""UNON (Nairobi), D-1: printed job opening set with pdflatex, and a Permanent Mission's e-mail circular."""
from common import write, src, pdflatex, expected, comps

KEY = "37-human-resources-unon-341960-d-nairobi-x"
REF = "37-Human Resources-UNON-341960-D-Nairobi (X)"
TITLE = "Chief of Service, Human Resources Management"
ORG = "United Nations Office at Nairobi"
LOC = "NAIROBI"
LEVEL = "Director and Higher Categories, D-1"
SETTING = ("This position is located in the Division of Administration of the United Nations Office at Nairobi "
           "(UNON). The Human Resources Management Service provides recruitment, staff administration, learning and "
           "medical services to UNON, the United Nations Environment Programme, the United Nations Human Settlements "
           "Programme and other entities in Nairobi. The Chief of Service reports to the Director of Administration.")
DUTIES = [
    "Leads the Human Resources Management Service and sets its annual work plan, targets and budget",
    "Advises the Director-General and the heads of client entities on human resources policy, workforce planning and organizational change",
    "Oversees the recruitment of staff at all levels and the administration of entitlements for some 4,000 staff members and affiliates",
    "Ensures that delegated authority is exercised in line with the Staff Regulations and Rules and reports on compliance",
    "Represents UNON in the Management Client Board and in negotiations with staff representatives",
    "Manages a team of Professional, National Professional Officer and General Service staff",
]
COMPS = [
    ("Professionalism", "Expert knowledge of the human resources policies and practices of the United Nations common system; ability to translate policy into services that clients can rely on; sound judgement on sensitive staff matters."),
    ("Accountability", "Takes ownership of all responsibilities and honours commitments; delivers outputs within prescribed time, cost and quality standards; operates in compliance with organizational regulations and rules."),
    ("Leadership", "Serves as a role model that other people want to follow; empowers others to translate vision into results; establishes and maintains relationships with a broad range of people to understand needs and gain support."),
    ("Managing Performance", "Delegates the appropriate responsibility, accountability and decision-making authority; makes sure that roles, responsibilities and reporting lines are clear to each staff member; monitors progress against milestones."),
]
EDU = ("An advanced university degree (Master's degree or equivalent) in human resources management, public or business "
       "administration, law or a related field is required. A first-level university degree in combination with two "
       "additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP_REQ = [
    "A minimum of fifteen years of progressively responsible experience in human resources management, of which at least five years at the senior level, is required.",
    "Experience in leading a human resources service that supports several entities through a shared service model is required.",
]
EXP_DES = "Experience in implementing an enterprise resource planning system in a large international organization is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG_REQ = "For this position, fluency in English is required."
LANG_DES = "Knowledge of French or Kiswahili is desirable."


def tex():
    def esc(s):
        return s.replace("&", r"\&").replace("%", r"\%").replace("#", r"\#")
    duties = "\n".join(r"\item " + esc(d) + ";" for d in DUTIES)
    comp = "\n\n".join(r"\textbf{" + n + r":} " + esc(d) for n, d in COMPS)
    return r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}\usepackage{array}\usepackage{fancyhdr}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \raggedright
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\lfoot{\footnotesize careers.un.org -- printed 20 January 2037}\rfoot{\footnotesize Page \thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\small United Nations Careers \hfill Job Opening}\par\medskip
{\Large\bfseries """ + TITLE + r""", D1}\par\medskip
\begin{tabular}{>{\bfseries}p{4.2cm}p{10.5cm}}
Job Title & CHIEF OF SERVICE, HUMAN RESOURCES MANAGEMENT, D1\\
Job Code Title & CHIEF OF SERVICE, HUMAN RESOURCES\\
Department/Office & """ + ORG + r"""\\
Duty Station & """ + LOC + r"""\\
Category and Level & """ + LEVEL + r"""\\
Date Posted & Dec 13, 2036\\
Deadline & Feb 11, 2037\\
Job Opening Number & """ + REF + r"""\\
\end{tabular}

\emph{United Nations Core Values: Integrity, Professionalism, Respect for Diversity}

\section*{Org. Setting and Reporting}
""" + esc(SETTING) + r"""

\section*{Responsibilities}
Within delegated authority, the Chief of Service will be responsible for the following duties:
\begin{itemize}
""" + duties + r"""
\end{itemize}

\section*{Competencies}
""" + comp + r"""

\section*{Education}
""" + EDU + r"""

\section*{Work Experience}
""" + EXP_REQ[0] + r"""

""" + EXP_REQ[1] + r"""

""" + EXP_DES + r"""

\section*{Languages}
""" + LANG_CTX + " " + LANG_REQ + " " + LANG_DES + r"""

\section*{Assessment}
Evaluation of qualified candidates will include a competency-based interview and may include a senior-level
assessment centre, expected in the second half of March 2037.

\section*{Special Notice}
Appointment to this post is subject to the approval of the programme budget for 2037. Staff members are subject to
the authority of the Secretary-General and to assignment to any activities or offices of the United Nations.

\section*{No Fee}
THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.
\end{document}
"""


def email():
    duties = "\n".join(f"  o {d};" for d in DUTIES)
    comp = "\n".join(f"  {n}: {d}" for n, d in COMPS)
    return f"""From: Second Secretary (Multilateral) <multilateral@mission-nairobi.example>
Sent: Monday, 12 January 2037 09:14
To: Senior Candidates Network <senior-candidates@foreign-affairs.example>
Subject: Senior UN vacancy circulated by the Permanent Mission – D-1, UNON, Nairobi

Dear colleagues,

The Permanent Mission brings the following senior vacancy to your attention. Ministries wishing to propose a
candidate are kindly asked to inform the Mission by 2 February 2037 so that we can follow up with the Office of
Human Resources; candidates must in any case apply online themselves before the deadline shown below.

Best regards,
Second Secretary (Multilateral)

--------------------------------------------------------------------
{TITLE}, D1
--------------------------------------------------------------------
Job Opening Number:   {REF}
Department/Office:    {ORG}
Duty Station:         {LOC}
Category and Level:   {LEVEL}
Posting Period:       13 December 2036 - 11 February 2037

ORG. SETTING AND REPORTING
{SETTING}

RESPONSIBILITIES
{duties}

COMPETENCIES
{comp}

EDUCATION
{EDU}

WORK EXPERIENCE
{EXP_REQ[0]}
{EXP_REQ[1]}
{EXP_DES}

LANGUAGES
{LANG_CTX} {LANG_REQ} {LANG_DES}

Link: careers.un.org – search for job opening 341960.
--------------------------------------------------------------------
This message and its attachments are intended for the addressees only.
"""


def build():
    p = src(KEY + "-print.tex", tex())
    pdflatex(p, KEY + "-print.pdflatex.pdf", KEY)
    write(KEY + "-mission-email.txt", email(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2037-02-11", grade="D-1",
             requirements={"en": {"essential": [EDU] + EXP_REQ + [LANG_REQ], "desirable": [EXP_DES, LANG_DES]}},
             competencies={"en": comps(COMPS)})
