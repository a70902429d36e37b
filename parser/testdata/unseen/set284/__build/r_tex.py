# pdfTeX sources: Kosrae (cover page) and PNR du Haut-Jura (run-in headings).
import os
from data import N

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
os.makedirs(SRC, exist_ok=True)


def tx(s):
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
                 ("_", r"\_"), ("·", r"\textperiodcentered{}"), ("'", "'")]:
        s = s.replace(a, b)
    return s


PRE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage[margin=22mm,headheight=14pt]{geometry}
\usepackage[table]{xcolor}
\usepackage{tabularx}
\usepackage{fancyhdr}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
"""


def kosrae():
    e = N["ksg-op-2041-17"]; R = e["requirements"]["en"]; Cp = e["competencies"]["en"]
    items = lambda xs: "\n".join(r"\item " + tx(x) for x in xs)
    src = PRE + r"""\definecolor{lagoon}{HTML}{0B5D6B}\definecolor{sand}{HTML}{F2D16B}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small Kosrae State Government -- Office of Personnel}
\fancyhead[R]{\small Vacancy Announcement """ + tx(e["reference"]) + r"""}
\fancyfoot[C]{\small Page \thepage}
\begin{document}
\begin{titlepage}
\pagecolor{lagoon}\color{white}
\vspace*{25mm}
\begin{center}
{\Large\bfseries KOSRAE STATE GOVERNMENT\par}
\vspace{3mm}{\large Federated States of Micronesia\par}
\vspace{6mm}{\color{sand}\rule{0.8\textwidth}{2pt}}\par
\vspace{14mm}{\Huge\bfseries VACANCY ANNOUNCEMENT\par}
\vspace{12mm}{\LARGE """ + tx(e["title"]["en"]) + r"""\par}
\vspace{6mm}{\large Department of Health Services\par}
\vspace{14mm}{\large Announcement No. """ + tx(e["reference"]) + r"""\par}
\vspace{4mm}{\large Closing date: Wednesday, 12 June 2041, 4:30 p.m. (Kosrae time)\par}
\vspace{6mm}{\color{sand}\rule{0.8\textwidth}{2pt}}\par
\vspace{10mm}{Announced 15 May 2041 by the Office of Personnel, Tofol\par}
\end{center}
\end{titlepage}
\nopagecolor\color{black}
\section*{Position details}
\renewcommand{\arraystretch}{1.3}
\begin{tabularx}{\textwidth}{>{\bfseries}p{42mm}X}
\hline
Position title & """ + tx(e["title"]["en"]) + r""" \\
Employer & """ + tx(e["organisation"]["en"]) + r""" \\
Department & Department of Health Services \\
Duty station & """ + tx(e["location"]["en"]) + r""" \\
Pay level & """ + tx(e["grade"]) + r""", Steps 1--4 \\
Salary & \$18,720 -- \$21,340 per annum (USD) \\
Hours & """ + tx(e["schedule"]["en"]) + r""" \\
Status & Permanent, subject to a six-month probationary period \\
\hline
\end{tabularx}
\section*{Purpose of the position}
Under the supervision of the Laboratory Supervisor, the incumbent performs routine and specialised laboratory
tests that support the diagnosis and treatment of patients at the State Hospital and the work of the
dispensaries in Lelu, Malem, Utwe and Tafunsak.
\section*{Duties}
\begin{enumerate}
\renewcommand{\labelenumi}{\alph{enumi}.}
\item Collect, process and analyse blood, urine and other specimens.
\item Perform blood grouping and cross-matching for transfusions.
\item Operate, calibrate and maintain laboratory analysers.
\item Keep quality control records and report critical results at once.
\item Order reagents and keep the inventory of the laboratory.
\item Take part in the on-call roster for emergencies.
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
""" + "\n".join(r"\item \textbf{" + tx(c["name"]) + ":} " + tx(c["description"]) for c in Cp) + r"""
\end{itemize}
\section*{How to apply}
Submit a completed application form (KSG Form 612), a r\'esum\'e and certified copies of diplomas to the Office of
Personnel, P.O. Box 187, Tofol, Kosrae FM 96944, or by e-mail to personnel@kosrae-gov.example. Citizens of the
Federated States of Micronesia are given preference under State law. A housing differential of \$1,200 a year
applies only to staff recruited from outside Kosrae.
\end{document}
"""
    open(os.path.join(SRC, "ksg-op-2041-17-kosrae.tex"), "w", encoding="utf-8").write(src)


def hautjura():
    e = N["pnrhj-2041-05"]; R = e["requirements"]["fr"]; Cp = e["competencies"]["fr"]
    run = lambda x: r"\par\medskip\noindent{\color{pine}\bfseries " + x + r"}\ "
    src = PRE.replace("margin=22mm", "margin=19mm") + r"""\definecolor{pine}{HTML}{1E5B3A}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\scshape Parc naturel régional du Haut-Jura}
\fancyhead[R]{\small\scshape Offre d'emploi}
\fancyfoot[C]{\small """ + tx(e["reference"]) + r""" -- page \thepage}
\setlength{\parindent}{0pt}
\raggedright
\begin{document}
{\LARGE\bfseries\color{pine} """ + tx(e["title"]["fr"]) + r"""\par}
\medskip
{\small Réf. """ + tx(e["reference"]) + r""" \textbar{} Lieu : """ + tx(e["location"]["fr"]) + r""" \textbar{} CDD de trois ans \textbar{} Date limite : 18 juin 2041\par}
\smallskip{\color{pine}\rule{\textwidth}{1pt}}
""" + run("L'employeur.") + tx(e["organisation"]["fr"]) + r""", qui regroupe la Région, trois départements et plus de
cent communes, gère un territoire de forêts, de pâturages et de combes entre Jura, Doubs et Ain.
""" + run("Le poste.") + r"""Au sein du pôle Patrimoine naturel, vous animez la politique pastorale du Parc : plans de gestion
des alpages, suivi des travaux d'amélioration pastorale et accompagnement des groupements d'éleveurs.
""" + run("Vos missions.") + r"""Diagnostics pastoraux, montage des dossiers d'aides, concertation avec les forestiers et les
naturalistes sur les pré-bois, suivi des conventions de pâturage et animation du réseau des alpagistes.
""" + run("Votre profil. Vous justifiez de :") + r"""
\begin{itemize}
""" + "\n".join(r"\item[--] " + tx(x) for x in R["essential"]) + r"""
\end{itemize}
""" + run("Un plus. Seraient également appréciés :") + r"""
\begin{itemize}
""" + "\n".join(r"\item[--] " + tx(x) for x in R["desirable"]) + r"""
\end{itemize}
""" + run("Vos qualités.") + " ".join(r"\textit{" + tx(c["name"]) + "} : " + tx(c["description"]) for c in Cp) + r"""
""" + run("Horaires.") + tx(e["schedule"]["fr"]) + r""". Tournées en alpage de juin à septembre, parfois en fin de semaine.
""" + run("Rémunération.") + r"""Pour un contractuel, de 2~150 à 2~520 € bruts par mois selon l'expérience ; pour un fonctionnaire,
grille des ingénieurs territoriaux. Véhicule de service pour les tournées.
""" + run("Postuler.") + r"""Lettre de motivation et CV à recrutement@parc-haut-jura.example avant le 18 juin 2041. Les entretiens
auront lieu le 2 juillet 2041 à la Maison du Parc ; prise de poste au 1er septembre 2041.
\end{document}
"""
    open(os.path.join(SRC, "pnrhj-2041-05-hautjura.tex"), "w", encoding="utf-8").write(src)


if __name__ == "__main__":
    kosrae(); hautjura()
