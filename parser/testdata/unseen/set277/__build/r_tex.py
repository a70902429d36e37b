# -*- coding: utf-8 -*-
"""pdfTeX sources: Marshall Islands (cover page) and Marais poitevin (run-in headings)."""
import os
from data import N

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")


def T(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}", "€": r"\texteuro{}"}
    return "".join(rep.get(c, c) for c in s)


PRE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage[table]{xcolor}
\usepackage{tabularx}
\usepackage{fancyhdr}
\usepackage[margin=22mm,headheight=14pt]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
"""


def rmi():
    d = N["mh-psc-40-112"]; r = d["requirements"]["en"]
    it = lambda xs: "\n".join(r"\item " + T(x) for x in xs)
    comps = "\n".join(r"\item \textbf{%s:} %s" % (T(c["name"]), T(c["description"])) for c in d["competencies"]["en"])
    return PRE + r"""\definecolor{pacific}{HTML}{003F87}\definecolor{flag}{HTML}{F7941D}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\textsc{Republic of the Marshall Islands -- Public Service Commission}}
\fancyhead[R]{\small Vacancy Announcement No. """ + T(d["reference"]) + r"""}
\fancyfoot[L]{\small P.O. Box 90, Majuro, MH 96960}
\fancyfoot[R]{\small Page \thepage\ of \pageref{lastpg}}
\begin{document}
\begin{titlepage}
\pagecolor{pacific}\color{white}
\centering
\vspace*{25mm}
{\Large\bfseries REPUBLIC OF THE MARSHALL ISLANDS\par}
\vspace{3mm}{\large Public Service Commission\par}
\vspace{8mm}{\color{flag}\rule{0.8\textwidth}{2pt}}\par
\vspace{10mm}{\Huge\bfseries VACANCY ANNOUNCEMENT\par}
\vspace{12mm}{\LARGE """ + T(d["title"]["en"]) + r"""\par}
\vspace{5mm}{\large Economic Policy, Planning and Statistics Office\par}
\vspace{15mm}{\large Vacancy Announcement No. """ + T(d["reference"]) + r"""\par}
\vspace{4mm}{\large Closing date: Tuesday, 13 November 2040, 5.00 pm (Majuro time)\par}
\vspace{8mm}{\color{flag}\rule{0.8\textwidth}{2pt}}\par
\vfill
{\small Announced 15 October 2040 \quad$\cdot$\quad An Equal Opportunity Employer\par}
\vspace*{10mm}
\end{titlepage}
\nopagecolor\color{black}
\setcounter{page}{2}
\section*{\color{pacific}Position details}
\renewcommand{\arraystretch}{1.35}
\begin{tabularx}{\textwidth}{>{\bfseries}p{42mm}X}
Position title & """ + T(d["title"]["en"]) + r""" \\
Employer & """ + T(d["organisation"]["en"]) + r""" \\
Duty station & """ + T(d["location"]["en"]) + r""" \\
Grade & """ + T(d["grade"]) + r""" \\
Salary & USD 31,200 -- 38,640 per annum \\
Hours of work & """ + T(d["schedule"]["en"]) + r""" \\
Reports to & Director of Statistics \\
\end{tabularx}

\section*{\color{pacific}Purpose of the position}
The Principal Economic Statistician leads the compilation of the national accounts, the consumer price index
and the external trade statistics of the Republic, and advises the Director on the statistical programme.

\section*{\color{pacific}Key result areas}
\begin{enumerate}\renewcommand{\labelenumi}{\alph{enumi}.}
\item Compile the annual GDP estimates and revise the time series when new sources become available.
\item Produce the quarterly consumer price index for Majuro and Ebeye.
\item Process customs data and publish the annual trade report.
\item Plan fieldwork for business and household surveys with the survey unit.
\item Train and supervise three statistical officers.
\item Represent EPPSO at regional statistics meetings.
\end{enumerate}

\section*{\color{pacific}Qualifications and experience}
\subsection*{Essential}
\begin{itemize}
""" + it(r["essential"]) + r"""
\end{itemize}
\subsection*{Desirable}
\begin{itemize}
""" + it(r["desirable"]) + r"""
\end{itemize}

\section*{\color{pacific}Core competencies}
\begin{itemize}
""" + comps + r"""
\end{itemize}

\section*{\color{pacific}Fringe benefits}
Housing allowance of USD 400 per month for non-resident appointees, sick and vacation leave, life and health
insurance, and travel to the duty station at the start and end of the contract.

\section*{\color{pacific}How to apply}
Applicants should submit a completed PSC application form, a cover letter, a r\'esum\'e, copies of
degrees and three references to the Office of the Public Service Commission, Majuro, or by e-mail to
recruit@psc.example, quoting the Vacancy Announcement number. Only short-listed applicants will be
contacted for an interview.
\label{lastpg}
\end{document}
"""


def epmp():
    d = N["epmp-2040-09"]; r = d["requirements"]["fr"]
    it = lambda xs: "\n".join(r"\item[$\triangleright$] " + T(x) for x in xs)
    names = [c["name"] for c in d["competencies"]["fr"]]
    return PRE.replace("11pt", "10.5pt").replace("margin=22mm", "margin=20mm") + r"""\definecolor{marais}{HTML}{2E6B30}
\newcommand{\ri}[1]{{\color{marais}\bfseries #1}\ }
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\textsc{Établissement public du Marais poitevin}}
\fancyhead[R]{\small\textsc{Offre d'emploi}}
\fancyfoot[C]{\small """ + T(d["reference"]) + r""" -- page \thepage}
\raggedright
\begin{document}
{\color{marais}\small\textsc{Recrutement -- zones humides}}\par
{\LARGE\bfseries """ + T(d["title"]["fr"]) + r"""\par}
\vspace{1mm}
{\small Réf. """ + T(d["reference"]) + r""" \enspace|\enspace Lieu : """ + T(d["location"]["fr"]) + r""" \enspace|\enspace Catégorie B \enspace|\enspace Date limite : 19 novembre 2040}\par
{\color{marais}\rule{\textwidth}{0.8pt}}

\ri{L'employeur.} L'""" + T(d["organisation"]["fr"]) + r""", établissement public de l'État, coordonne la gestion
de l'eau dans la plus grande zone humide de la façade atlantique. Il fixe avec les usagers les niveaux d'eau
des marais, suit les ouvrages hydrauliques et accompagne les actions en faveur de la biodiversité.

\ri{Le poste.} Au sein du pôle Eau, vous assurez le suivi quotidien des niveaux d'eau et des ouvrages
(vannes, écluses, stations de mesure) sur les trois départements du Marais poitevin, en lien avec les
syndicats de marais, les agriculteurs et les services de l'État.

\ri{Vos missions.} Relever et valider les données des stations limnimétriques ; préparer les règlements
d'eau et les réunions de concertation ; suivre les travaux sur les ouvrages ; participer à la gestion des
crues et des étiages ; tenir à jour la base de données et les cartes du réseau.

\ri{Votre profil.} Vous justifiez :
\begin{itemize}\setlength{\itemsep}{0pt}
""" + it(r["essential"]) + r"""
\end{itemize}
\ri{Un plus.} Seraient également appréciés :
\begin{itemize}\setlength{\itemsep}{0pt}
""" + it(r["desirable"]) + r"""
\end{itemize}

\ri{Vos qualités.} """ + T(names[0]) + ", " + T(names[1]) + " et " + T(names[2]) + r""".

\ri{Temps de travail.} """ + T(d["schedule"]["fr"]) + r""". Astreintes de crue par roulement
entre novembre et mars, indemnisées.

\ri{Rémunération.} Entre 2~150 et 2~540~\texteuro{} bruts mensuels selon expérience, pour les contractuels ;
fonctionnaires selon leur grille et leur échelon.

\ri{Statut.} Poste ouvert aux fonctionnaires de catégorie B (détachement ou mutation) et aux contractuels
(CDD de trois ans renouvelable).

\ri{Postuler.} CV et lettre de motivation avant le 19 novembre 2040 à recrutement@marais-poitevin.example,
en rappelant la référence. Les entretiens auront lieu le 3 décembre 2040 à Luçon ; prise de poste
souhaitée le 1er février 2041.
\end{document}
"""


if __name__ == "__main__":
    os.makedirs(SRC, exist_ok=True)
    for name, f in (("mh-psc-40-112-marshallislands", rmi), ("epmp-2040-09-maraispoitevin", epmp)):
        with open(os.path.join(SRC, name + ".tex"), "w", encoding="utf-8") as fh:
            fh.write(f())
        print(name)
