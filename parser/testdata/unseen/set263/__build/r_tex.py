# -*- coding: utf-8 -*-
"""pdfTeX sources: Tuvalu cover page (EN), OiEau run-in headings (FR)."""
import os
from data import N
B = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(B, "src")

def t(s):
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_"),
                 ("·", r"\textperiodcentered{}"), ("–", "--")]:
        s = s.replace(a, b)
    return s

PRE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[%s]{geometry}\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{tabularx}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
"""

def tuvalu():
    d = N["psd-vac-2039-33"]; R = d["requirements"]["en"]; C = d["competencies"]["en"]
    items = lambda xs: "\n".join(r"\item " + t(x) for x in xs)
    doc = PRE % "margin=25mm,headheight=14pt" + r"""
\definecolor{ocean}{HTML}{0B4F8A}\definecolor{sky}{HTML}{7EC8E3}\definecolor{sun}{HTML}{F2C200}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\color{ocean}Government of Tuvalu -- Public Service Department}
\fancyhead[R]{\small\color{ocean}Vacancy """ + t(d["reference"]) + r"""}
\fancyfoot[L]{\footnotesize Senior Coastal Protection Engineer}\fancyfoot[R]{\footnotesize Page \thepage}
\renewcommand{\headrulewidth}{0.6pt}\renewcommand{\footrulewidth}{0.4pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{titlepage}
\pagecolor{ocean}\color{white}
\vspace*{10mm}
{\Large\bfseries GOVERNMENT OF TUVALU\par}
{\large Public Service Department\par}
\vspace{4mm}{\color{sun}\rule{\linewidth}{2pt}}\vspace{16mm}

{\fontsize{30}{34}\selectfont\bfseries VACANCY ANNOUNCEMENT\par}
\vspace{10mm}
{\huge\bfseries """ + t(d["title"]["en"]) + r"""\par}
\vspace{5mm}
{\Large Ministry of Public Works and Infrastructure\par}
\vspace{18mm}
{\large Vacancy No.\ """ + t(d["reference"]) + r"""\par}
\vspace{3mm}
{\large Closing date: Friday 9 September 2039, 4.00 pm (Tuvalu time)\par}
\vfill
{\color{sky}\small Advertised 15 August 2039 in the Tuvalu Echoes and on Radio Tuvalu. Application forms are
available from the Public Service Department, Government Building, Vaiaku.\par}
\end{titlepage}
\pagecolor{white}\color{black}
\section*{\color{ocean}Position details}
\begin{tabularx}{\linewidth}{@{}>{\bfseries}p{38mm}X@{}}
Position title & """ + t(d["title"]["en"]) + r""" \\
Employer & """ + t(d["organisation"]["en"]) + r""" \\
Duty station & """ + t(d["location"]["en"]) + r""" \\
Grade & """ + t(d["grade"]) + r""" \\
Salary & A\$31,420 -- A\$35,880 per annum (AUD) \\
Hours & """ + t(d["schedule"]["en"]) + r""" \\
Contract & Three years, with a six-month probation \\
Reports to & Director of Public Works \\
Closing date & 9 September 2039 \\
\end{tabularx}

\section*{\color{ocean}Purpose of the position}
The Senior Coastal Protection Engineer leads the technical work of the Department on seawalls, reclamation and
shoreline protection on Funafuti and the outer islands. The position designs and supervises works funded by the
Government and by development partners, and keeps island councils informed at every stage.

\section*{\color{ocean}Key duties}
\begin{enumerate}\renewcommand{\labelenumi}{\alph{enumi}.}
\item Prepare designs, drawings and cost estimates for coastal protection works.
\item Supervise contractors on site and check the quality of materials and workmanship.
\item Keep records of shoreline change, wave overtopping and storm damage.
\item Prepare progress reports for the Ministry and for development partners.
\item Advise island councils on safe building lines and on the maintenance of existing works.
\item Train and supervise two engineers and four technicians.
\end{enumerate}

\section*{\color{ocean}Qualifications and experience}
\subsection*{Essential}
\begin{itemize}
""" + items(R["essential"]) + r"""
\end{itemize}
\subsection*{Desirable}
\begin{itemize}
""" + items(R["desirable"]) + r"""
\end{itemize}

\section*{\color{ocean}Competencies}
\begin{itemize}
""" + "\n".join(r"\item \textbf{" + t(c["name"]) + ":} " + t(c["description"]) for c in C) + r"""
\end{itemize}

\section*{\color{ocean}Terms and conditions}
Salary as shown above. Housing is not provided; a settling-in allowance of A\$1,500 is paid to candidates recruited
from outside Funafuti. Annual leave is earned at the rate set in the General Orders.

\section*{\color{ocean}How to apply}
Applications on the Public Service application form, with a CV, copies of certificates and two referees, must reach
the Secretary, Public Service Department, Vaiaku, Funafuti, or psd-recruitment@gov-tuvalu.example, by 4.00 pm on
9 September 2039. Late applications will not be considered. Only shortlisted candidates will be contacted.
\end{document}
"""
    open(os.path.join(SRC, "psd-vac-2039-33-tuvalu.tex"), "w", encoding="utf-8").write(doc)

def oieau():
    d = N["oieau-2039-rh-12"]; R = d["requirements"]["fr"]; C = d["competencies"]["fr"]
    items = lambda xs: "\n".join(r"\item " + t(x) for x in xs)
    H = lambda s: r"\textbf{\color{eau}" + s + r"}\ "
    doc = PRE % "margin=22mm,top=24mm,headheight=14pt" + r"""
\definecolor{eau}{HTML}{006E8C}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\scshape Office International de l'Eau}\fancyhead[R]{\small\scshape Offre d'emploi}
\fancyfoot[C]{\footnotesize """ + t(d["reference"]) + r""" -- page \thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}\raggedright
\renewcommand{\labelitemi}{\textcolor{eau}{\textbullet}}
\begin{document}
{\LARGE\bfseries\color{eau} """ + t(d["title"]["fr"]) + r"""\par}
\vspace{2pt}
{\small Réf.\ """ + t(d["reference"]) + r""" \quad$\vert$\quad CDI \quad$\vert$\quad Date limite : 15 septembre 2039\par}
{\color{eau}\rule{\linewidth}{1pt}}

""" + H("L'employeur.") + r"""L'""" + t(d["organisation"]["fr"]) + r""" est une association reconnue d'utilité publique qui
accompagne les acteurs de l'eau en France et à l'étranger. Son centre national de formation reçoit chaque année
des milliers de professionnels sur des plateformes pédagogiques en vraie grandeur.

""" + H("Le poste.") + r"""Rattaché·e au responsable du pôle assainissement, vous concevez et animez des stages sur le fonctionnement
et l'exploitation des stations d'épuration. Lieu de travail : """ + t(d["location"]["fr"]) + r""", avec des sessions ponctuelles à Limoges et chez les clients.

""" + H("Vos missions.") + r"""Animer des stages de deux à cinq jours ; faire évoluer les supports et les exercices pratiques ;
entretenir les pilotes de la plateforme avec l'équipe technique ; conseiller les collectivités qui préparent un plan de formation.

""" + H("Votre profil. Vous possédez :") + r"""
\begin{itemize}
""" + items(R["essential"]) + r"""
\end{itemize}

""" + H("Un plus.") + r"""
\begin{itemize}
""" + items(R["desirable"]) + r"""
\end{itemize}

""" + H("Vos qualités.") + "\n\n" + "\n\n".join(r"\textit{" + t(c["name"]) + "} : " + t(c["description"]) for c in C) + r"""

""" + H("Temps de travail.") + t(d["schedule"]["fr"]) + r""". Déplacements ponctuels en France ; astreinte d'une semaine par trimestre sur la plateforme.

""" + H("Rémunération.") + r"""Entre 34 000 € et 38 000 € bruts annuels selon l'expérience, treizième mois compris ; tickets restaurant et mutuelle.

""" + H("Postuler.") + r"""CV et lettre de motivation à envoyer avant le 15 septembre 2039 à recrutement@oieau-formation.example, en précisant la référence """ + t(d["reference"]) + r""". Entretiens à La Souterraine le 29 septembre 2039.
\end{document}
"""
    open(os.path.join(SRC, "oieau-2039-rh-12-oieau.tex"), "w", encoding="utf-8").write(doc)

if __name__ == "__main__":
    tuvalu(); oieau(); print("tex written")
