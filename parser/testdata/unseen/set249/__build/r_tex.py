# pdfTeX sources: TCIG (cover page), SGP (run-in headings)
from data import N


def t(s):
    rep = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_"}
    return "".join(rep.get(ch, ch) for ch in s)


PRE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage[margin=24mm]{geometry}
\usepackage{xcolor}
\usepackage{fancyhdr}
\usepackage{tabularx}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \raggedright
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
"""


def tcig():
    d = N["pwd-38-061"]
    r = d["req"]["en"]
    items = lambda xs: "\n".join(r"\item " + t(x) for x in xs)
    return PRE + r"""\usepackage[english]{babel}
\definecolor{tci}{HTML}{0E5E7B}\definecolor{sand}{HTML}{E9C46A}
\pagestyle{fancy}\fancyhf{}
\lhead{\small Turks and Caicos Islands Government}\rhead{\small Job Code """ + d["reference"] + r"""}
\lfoot{\small Office of the Deputy Governor -- Human Resource Management Directorate}\rfoot{\small Page \thepage}
\begin{document}
\begin{titlepage}
\pagecolor{tci}\color{white}
\vspace*{30mm}
{\large TURKS AND CAICOS ISLANDS GOVERNMENT}\par
{\color{sand}\rule{\linewidth}{2pt}}\par
\vspace{12mm}
{\Huge\bfseries VACANCY NOTICE}\par\vspace{8mm}
{\LARGE """ + t(d["title"]["en"]) + r"""}\par\vspace{4mm}
{\large Ministry of Infrastructure, Housing and Planning -- Public Works Department}\par\vspace{14mm}
{\large Job Code: """ + d["reference"] + r"""}\par\vspace{3mm}
{\large Closing On: Friday, 9th July 2038}\par\vfill
{\small Posted On: Wednesday, 9th June 2038. Applications that are not accompanied by all required supporting documents will not be processed.}
\end{titlepage}
\nopagecolor\color{black}
\section*{Position Information}
\begin{tabularx}{\linewidth}{@{}lX@{}}
\textbf{Job Code:} & """ + d["reference"] + r""" \\
\textbf{Job Title:} & """ + t(d["title"]["en"]) + r""" \\
\textbf{Employer:} & """ + t(d["organisation"]["en"]) + r""" \\
\textbf{Department:} & Public Works Department \\
\textbf{Location:} & """ + t(d["location"]["en"]) + r""" \\
\textbf{Pay Grade:} & """ + d["grade"] + r""" \\
\textbf{Salary:} & US\$62,500 -- US\$74,800 per annum (USD) \\
\textbf{Hours:} & """ + t(d["schedule"]["en"]) + r""" \\
\textbf{Terms:} & Permanent and pensionable for Belongers; two-year contract otherwise \\
\textbf{Closing date:} & 9 July 2038 \\
\end{tabularx}
\section*{The Role}
The Senior Civil Engineer manages the design and delivery of public roads, drainage and coastal protection works on Grand Turk and the Family Islands. The post holder reports to the Director of Public Works and leads a small design and supervision team.
\section*{Key Responsibilities}
\begin{enumerate}
\item Prepare designs, estimates and tender documents for capital projects.
\item Supervise contractors on site and certify work for payment.
\item Inspect public infrastructure after storms and prioritise repairs.
\item Advise the Ministry on standards for roads and drainage.
\item Perform any other related duties as assigned by the Director.
\end{enumerate}
\section*{The Person}
\subsection*{Minimum Qualifications and Experience}
\begin{itemize}
""" + items(r["essential"]) + r"""
\end{itemize}
\subsection*{Preferred Qualifications}
\begin{itemize}
""" + items(r["desirable"]) + r"""
\end{itemize}
\section*{Competencies}
\begin{itemize}
""" + "\n".join(r"\item \textbf{" + t(n) + ":} " + t(x) for n, x in d["comp"]["en"]) + r"""
\end{itemize}
\section*{Terms \& Conditions}
Successful applicants will be entitled to 25 working days of annual leave, medical insurance under the National Health Insurance Plan and a housing allowance of US\$1,200 per month when posted away from their home island.
\section*{How to Apply and Appointment Process}
Apply through the Government recruitment portal with a cover letter, CV, copies of certificates and two references, quoting Job Code """ + d["reference"] + r""". The deadline for applications is 9 July 2038. Shortlisted candidates will be interviewed in Grand Turk or by video.
\end{document}
"""


def sgp():
    d = N["sgp-drh-2038-087"]
    r = d["req"]["fr"]
    it = lambda xs: "\n".join(r"\par\hspace*{1em}-- " + t(x) for x in xs)
    return PRE + r"""
\definecolor{sgp}{HTML}{5A2D82}
\newcommand{\runin}[1]{\textbf{\textcolor{sgp}{#1}}\ }
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\lhead{\small\textsc{Société des grands projets}}\rhead{\small\textsc{Offre """ + d["reference"] + r"""}}
\cfoot{\small\thepage}
\begin{document}
{\Large\bfseries\color{sgp} """ + t(d["title"]["fr"]) + r"""}\par
{\small Réf. """ + d["reference"] + r""" \textbar{} Lieu : """ + t(d["location"]["fr"]) + r""" \textbar{} Contrat : CDI \textbar{} Date limite : 15 juillet 2038}\par
\medskip
\runin{L'employeur.} """ + t(d["organisation"]["fr"]) + r""", établissement public de l'État, conduit la réalisation du Grand Paris Express et accompagne désormais d'autres projets de transport en France. Ses équipes pilotent des chantiers de tunnels, de gares et d'ouvrages parmi les plus importants d'Europe.

\runin{Le poste.} Rattaché·e au pôle ouvrages souterrains de la direction technique, vous apportez votre expertise sur les méthodes de creusement, les phasages de travaux et la gestion des risques géotechniques des lignes en cours de réalisation.

\runin{Vos missions.} Analyser les méthodes proposées par les entreprises et rendre des avis argumentés ; suivre les tunneliers et les travaux en méthode traditionnelle ; contribuer aux retours d'expérience entre les lignes ; participer aux comités techniques avec les maîtres d'œuvre.

\runin{Votre profil. Vous possédez :}""" + it(r["essential"]) + r"""

\runin{Un plus. Nous apprécierons :}""" + it(r["desirable"]) + r"""

\runin{Vos atouts.}""" + "".join(r"\par\hspace*{1em}-- \emph{" + t(n) + r"} : " + t(x) for n, x in d["comp"]["fr"]) + r"""

\runin{Temps de travail.} """ + t(d["schedule"]["fr"]) + r""". Déplacements fréquents sur les chantiers d'Île-de-France ; télétravail possible un jour par semaine.

\runin{Rémunération.} Entre 48 k€ et 56 k€ bruts annuels selon expérience, auxquels s'ajoutent intéressement et participation.

\runin{Postuler.} Envoyez CV et lettre de motivation avant le 15 juillet 2038 sur notre site carrières, en rappelant la référence """ + d["reference"] + r""". Les premiers entretiens se tiendront à Saint-Denis à partir du 1er septembre 2038.
\end{document}
"""
