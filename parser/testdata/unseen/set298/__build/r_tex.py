# -*- coding: utf-8 -*-
"""pdfTeX sources: CNMI (cover page), Monts d'Ardeche (run-in headings)."""
import os
from data import N, HERE

TEX = os.path.join(HERE, "tex_out")
os.makedirs(TEX, exist_ok=True)


def x(s):
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
                 ("_", r"\_"), ("~", r"\textasciitilde{}"), ("--", "-{}-")]:
        s = s.replace(a, b)
    return s


PRE = r"""\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage[%s]{geometry}
\usepackage{xcolor}
\usepackage{fancyhdr}
\usepackage{tabularx}
\usepackage[hidelinks]{hyperref}
"""


def cnmi():
    d = N["opm-42-118"]; R = d["requirements"]["en"]; K = d["competencies"]["en"]
    items = lambda L: "\n".join(r"\item " + x(i) for i in L)
    comp = "\n".join(r"\item \textbf{%s:} %s" % (x(c["name"]), x(c["description"])) for c in K)
    s = PRE % "a4paper,margin=2.2cm,headheight=14pt" + r"""
\definecolor{ocean}{HTML}{0B4F6C}
\definecolor{latte}{HTML}{F4E3C1}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\scshape CNMI Office of Personnel Management}
\fancyhead[R]{\small Vacancy Announcement No. """ + x(d["reference"]) + r"""}
\fancyfoot[L]{\footnotesize Capitol Hill, Saipan, MP 96950}
\fancyfoot[R]{\footnotesize Page \thepage\ of \pageref{LastPage}}
\begin{document}
\begin{titlepage}
\pagecolor{ocean}\color{white}
\centering
\vspace*{2.5cm}
{\Large\bfseries COMMONWEALTH OF THE NORTHERN MARIANA ISLANDS\par}
\vspace{0.3cm}
{\large Office of Personnel Management\par}
\vspace{0.6cm}{\color{latte}\rule{0.7\textwidth}{1.5pt}\par}\vspace{0.8cm}
{\huge\bfseries JOB VACANCY ANNOUNCEMENT\par}
\vspace{1.2cm}
{\LARGE """ + x(d["title"]["en"]) + r"""\par}
\vspace{0.4cm}
{\large Bureau of Environmental and Coastal Quality\par}
\vspace{1.2cm}
{\large Vacancy Announcement No. """ + x(d["reference"]) + r"""\par}
\vspace{0.4cm}
{\large Opening date: 24 July 2042\par}
{\large Closing date: Thursday, 14 August 2042, 4:30 p.m. (Chamorro Standard Time)\par}
\vspace{0.6cm}{\color{latte}\rule{0.7\textwidth}{1.5pt}\par}
\vfill
{\small An Equal Opportunity Employer\par}
\end{titlepage}
\nopagecolor\color{black}
\section*{Position information}
\noindent\begin{tabularx}{\textwidth}{@{}>{\bfseries}p{4.2cm}X@{}}
Position title & """ + x(d["title"]["en"]) + r""" \\
Employer & """ + x(d["organisation"]["en"]) + r""" \\
Department & Bureau of Environmental and Coastal Quality (BECQ), Water Quality Division \\
Duty station & """ + x(d["location"]["en"]) + r""" \\
Classification & """ + x(d["grade"]) + r""", Steps 1--6 (Civil Service) \\
Salary & \$41,280 -- \$47,930 per annum (USD) \\
Hours of work & """ + x(d["schedule"]["en"]) + r""" \\
Area of consideration & Open competitive; U.S. citizens and lawful permanent residents \\
\end{tabularx}
\section*{Nature of work}
The incumbent reviews applications for wastewater discharge and onsite disposal permits, inspects
treatment facilities and prepares compliance reports for the Administrator of the Bureau.
\section*{Illustrative examples of duties}
\renewcommand{\labelenumi}{\alph{enumi}.}
\begin{enumerate}
\item Reviews engineering plans for sewage treatment plants, septic systems and pump stations.
\item Drafts permit conditions and monitoring requirements.
\item Inspects facilities on Saipan, Tinian and Rota and writes inspection reports.
\item Investigates complaints about sewage overflows and recommends enforcement action.
\item Maintains permit files in the Bureau's database.
\item Performs other related duties as assigned.
\end{enumerate}
\section*{Minimum qualifications}
\subsection*{Essential}
\begin{itemize}
""" + items(R["essential"]) + r"""
\end{itemize}
\subsection*{Desirable}
\begin{itemize}
""" + items(R["desirable"]) + r"""
\end{itemize}
\section*{Competencies}
\begin{itemize}
""" + comp + r"""
\end{itemize}
\section*{Conditions of employment}
Selection is subject to a pre-employment drug test and a background check. The Government contributes 7.5\% of
base salary to the Defined Contribution Plan; an overtime rate of 1.5 times the hourly rate applies to approved
work beyond 40 hours.
\section*{How to apply}
Submit the CNMI Government Employment Application, a resume and copies of diplomas and licences to the Office of
Personnel Management, Capitol Hill, Saipan, or by e-mail to jobs@opm.cnmi.example, no later than the closing date.
Applications received after 4:30 p.m. on the closing date will not be accepted. Eligible candidates may be
interviewed from 25 August 2042.
\label{LastPage}
\end{document}
"""
    return s


def ardeche():
    d = N["pnrma-2042-09"]; R = d["requirements"]["fr"]; K = d["competencies"]["fr"]
    items = lambda L: "\n".join(r"\item " + x(i) for i in L)
    qual = " ".join(r"\emph{%s} : %s" % (x(c["name"]), x(c["description"])) for c in K)
    rin = lambda t: r"\par\medskip\noindent{\color{chataigne}\bfseries " + t + r"} "
    s = PRE % "a4paper,margin=2.3cm,headheight=14pt" + r"""
\definecolor{chataigne}{HTML}{6B3E1F}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\textsc{Parc naturel régional des Monts d'Ardèche}}
\fancyhead[R]{\small\textsc{Offre d'emploi}}
\fancyfoot[C]{\footnotesize """ + x(d["reference"]) + r""" -- page \thepage}
\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000
\renewcommand{\labelitemi}{--}
\begin{document}
{\color{chataigne}\small LE PARC RECRUTE\par}
{\LARGE\bfseries """ + x(d["title"]["fr"]) + r"""\par}
\smallskip
{\small Réf. """ + x(d["reference"]) + r""" \quad|\quad Lieu : """ + x(d["location"]["fr"]) + r""" \quad|\quad Catégorie A \quad|\quad Date limite : 20 août 2042\par}
""" + rin("L'employeur.") + r"""Le """ + x(d["organisation"]["fr"]) + r""", qui regroupe 145 communes, la Région et
le Département, porte la charte d'un territoire de châtaigneraies, de volcans et de terrasses de pierre sèche.
""" + rin("Le poste.") + r"""Au sein du pôle aménagement, vous conseillez les communes et les habitants sur la qualité
architecturale et paysagère des projets, en particulier sur les pentes en terrasses.
""" + rin("Vos missions.") + r"""Vous accompagnez les communes dans leurs documents d'urbanisme ; vous tenez des
permanences de conseil architectural ; vous animez le programme de restauration des murets ; vous concevez des
fiches et des expositions de sensibilisation.
""" + rin("Votre profil. Vous disposez de :") + r"""
\begin{itemize}
""" + items(R["essential"]) + r"""
\end{itemize}
""" + rin("Un plus. Seraient également appréciées :") + r"""
\begin{itemize}
""" + items(R["desirable"]) + r"""
\end{itemize}
""" + rin("Vos qualités.") + qual + r"""
""" + rin("Temps de travail.") + x(d["schedule"]["fr"]) + r""". Quelques réunions en soirée avec les conseils
municipaux, récupérées.
""" + rin("Rémunération.") + r"""Fonctionnaires : grille des ingénieurs territoriaux. Contractuel·les : de 2\,230 à
2\,640 € bruts mensuels selon expérience, plus régime indemnitaire et adhésion au CNAS.
""" + rin("Postuler.") + r"""Lettre et CV à adresser au président avant le 20 août 2042, par courriel à
recrutement@pnr-monts-ardeche.example. Entretiens le 4 septembre 2042 à Jaujac ; prise de poste le 1er novembre 2042.
\end{document}
"""
    return s


def build(name, src):
    p = os.path.join(TEX, name + ".tex")
    open(p, "w", encoding="utf-8").write(src)
    for _ in range(2):
        os.system(f"cd {TEX} && pdflatex -interaction=nonstopmode {name}.tex > {name}.log.txt 2>&1")


if __name__ == "__main__":
    build("cnmi", cnmi()); build("ardeche", ardeche())
