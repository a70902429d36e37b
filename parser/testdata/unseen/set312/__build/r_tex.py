# -*- coding: utf-8 -*-
"""pdfTeX sources: GLFC (cover page, then running heads) and PNR Livradois-Forez (run-in headings)."""
import os
from data import N, HERE

OUT = os.path.join(HERE, "tex_out")
os.makedirs(OUT, exist_ok=True)


def t(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}
    s = "".join(rep.get(c, c) for c in s)
    return s.replace("·", r"\textperiodcentered{}").replace("'", "'")


def glfc():
    n = N["glf"]
    r = n["req"]["en"]
    ess = "\n".join(r"\item " + t(i) for i in r["essential"])
    des = "\n".join(r"\item " + t(i) for i in r["desirable"])
    comps = "\n".join(r"\item \textbf{" + t(c["name"]) + ":} " + t(c["description"]) for c in n["comp"]["en"])
    src = r"""\documentclass[11pt,letterpaper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=1in,headheight=14pt]{geometry}
\usepackage{xcolor}
\usepackage{tabularx}
\usepackage{fancyhdr}
\definecolor{lake}{HTML}{0B3C5D}
\definecolor{sand}{HTML}{D9B310}
\pagestyle{fancy}\fancyhf{}
\lhead{\small\scshape Great Lakes Fishery Commission}
\rhead{\small Job Announcement """ + t(n["ref"]) + r"""}
\lfoot{\footnotesize 2100 Commonwealth Blvd (fictional suite), Ann Arbor, MI}
\rfoot{\footnotesize Page \thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\raggedright
\begin{document}
\begin{titlepage}
\pagecolor{lake}\color{white}
\vspace*{1.2in}
{\Large\bfseries GREAT LAKES FISHERY COMMISSION\par}
\vspace{4pt}{\large Convention on Great Lakes Fisheries between Canada and the United States\par}
\vspace{10pt}{\color{sand}\rule{\linewidth}{2pt}}\par
\vspace{30pt}
{\large JOB ANNOUNCEMENT\par}
\vspace{10pt}
{\Huge\bfseries """ + t(n["title"]["en"]) + r"""\par}
\vspace{14pt}
{\large Sea Lamprey Control Program\par}
\vspace{36pt}
{\large Announcement No. """ + t(n["ref"]) + r"""\par}
\vspace{6pt}
Opening date: September 8, 2043\par
Closing date: October 13, 2043, 11:59 p.m. Eastern Time\par
\vfill
{\color{sand}\rule{\linewidth}{1pt}}\par
\small The Commission is an equal opportunity employer.
\end{titlepage}
\nopagecolor\color{black}
\setcounter{page}{1}
\section*{Position summary}
\begin{tabularx}{\linewidth}{@{}>{\bfseries}l X@{}}
Employer & """ + t(n["org"]["en"]) + r""" \\
Position & """ + t(n["title"]["en"]) + r""" \\
Duty station & """ + t(n["loc"]["en"]) + r""" \\
Grade & """ + t(n["grade"]) + r""" (Commission pay plan) \\
Salary & \$68,240--\$80,910 per year (USD), commensurate with experience \\
Schedule & """ + t(n["sched"]["en"]) + r""" \\
Appointment & Three-year term with potential for extension \\
Desired start & January 4, 2044 \\
\end{tabularx}

\section*{About the Commission}
The Commission was established by treaty between Canada and the United States in 1955. It coordinates fisheries research, facilitates cooperative fishery management among the state, provincial, tribal and federal agencies, and delivers the program to control invasive sea lamprey in the Great Lakes, in partnership with its two national agents.

\section*{Major duties}
\begin{enumerate}
\item[a.] Design and run the annual estimates of adult sea lamprey abundance in each lake.
\item[b.] Maintain the assessment database and check data received from field stations.
\item[c.] Evaluate the effect of lampricide treatments and barriers on larval populations.
\item[d.] Draft reports for the Sea Lamprey Control Board and the lake committees.
\item[e.] Take part in spring trapping and stream surveys, including overnight travel.
\end{enumerate}

\section*{Qualifications}
\subsection*{Essential}
\begin{itemize}
""" + ess + r"""
\end{itemize}
\subsection*{Desirable}
\begin{itemize}
""" + des + r"""
\end{itemize}

\section*{Competencies}
\begin{itemize}
""" + comps + r"""
\end{itemize}

\section*{Benefits}
Comprehensive benefits package: health, dental and vision insurance, a retirement plan with a 10\% employer contribution, 13 paid holidays and 20 days of annual leave. Field staff receive a per diem of \$59 on overnight travel.

\section*{How to apply}
Send a cover letter, CV, unofficial transcripts and three references as one PDF to jobs@glfc-commission.example, quoting Announcement No. """ + t(n["ref"]) + r""". Review of applications begins after the closing date; interviews are expected in early November 2043.
\end{document}
"""
    open(os.path.join(OUT, n["key"] + "-glfc.tex"), "w", encoding="utf-8").write(src)


def livradois():
    n = N["plf"]
    r = n["req"]["fr"]
    ess = "\n".join(r"\item[--] " + t(i) for i in r["essential"])
    des = "\n".join(r"\item[--] " + t(i) for i in r["desirable"])
    comps = "\n".join(r"\item[--] \emph{" + t(c["name"]) + r"} : " + t(c["description"])
                      for k, c in enumerate(n["comp"]["fr"]))
    H = r"\textbf{\color{heather}"
    src = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2cm,headheight=13pt]{geometry}
\usepackage{xcolor}
\usepackage{fancyhdr}
\definecolor{heather}{HTML}{7B3F6E}
\pagestyle{fancy}\fancyhf{}
\lhead{\small\scshape Parc naturel régional Livradois-Forez}
\rhead{\small\scshape Offre d'emploi}
\cfoot{\footnotesize """ + t(n["ref"]) + r""" -- page \thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000
\begin{document}
{\color{heather}\small\scshape Le Parc recrute\par}
{\LARGE\bfseries """ + t(n["title"]["fr"]) + r"""\par}
\vspace{4pt}
{\small Réf. """ + t(n["ref"]) + r""" \quad|\quad Lieu : """ + t(n["loc"]["fr"]) + r""" \quad|\quad CDD de trois ans \quad|\quad Date limite : 16 octobre 2043\par}
{\color{heather}\rule{\linewidth}{0.8pt}}

""" + H + r"""L'employeur.} Le """ + t(n["org"]["fr"]) + r""", qui associe 108 communes, deux départements et la région autour d'une charte de territoire, agit pour des paysages vivants et un développement sobre en foncier entre les monts du Livradois et du Forez.

""" + H + r"""Le poste.} Rattaché·e au pôle aménagement, vous conseillez les communes et intercommunalités du Parc sur la qualité de leurs projets d'aménagement et sur l'intégration paysagère des constructions, en lien avec l'architecte-conseil et les services de l'État.

""" + H + r"""Vos missions.} Vous accompagnez l'élaboration des documents d'urbanisme et rédigez les avis du Parc~; vous conduisez des ateliers de paysage avec les habitants~; vous suivez les études de revitalisation des centres-bourgs~; vous contribuez à l'observatoire photographique des paysages et à l'évaluation de la charte.

""" + H + r"""Votre profil.} Vous disposez :
\begin{itemize}
""" + ess + r"""
\end{itemize}
""" + H + r"""Un plus.} Seraient également appréciées :
\begin{itemize}
""" + des + r"""
\end{itemize}
""" + H + r"""Vos qualités.}
\begin{itemize}
""" + comps + r"""
\end{itemize}

""" + H + r"""Temps de travail.} """ + t(n["sched"]["fr"]) + r""". Réunions en soirée ponctuelles, récupérées.

""" + H + r"""Rémunération.} Selon la grille des ingénieurs territoriaux, de 2 280 à 2 700 € bruts mensuels, plus régime indemnitaire de 180 € et participation à la prévoyance.

""" + H + r"""Postuler.} Lettre et CV à adresser à Madame la Présidente du Parc, par courriel (recrutement@parc-livradois-forez.example), au plus tard le 16 octobre 2043. Les entretiens auront lieu le 3 novembre 2043 ; prise de poste au 1er décembre 2043.
\end{document}
"""
    open(os.path.join(OUT, n["key"] + "-livradois.tex"), "w", encoding="utf-8").write(src)


if __name__ == "__main__":
    glfc(); livradois()
