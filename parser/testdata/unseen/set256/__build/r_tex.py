# LaTeX sources (pdfTeX)
import os
from data import N, HERE

SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)


def T(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
                 ("_", r"\_"), ("–", "--"), ("·", r"\textperiodcentered{}"), ("’", "'")):
        s = s.replace(a, b)
    return s


def items(lst, env="itemize"):
    return f"\\begin{{{env}}}\n" + "\n".join(f"\\item {T(i)}" for i in lst) + f"\n\\end{{{env}}}\n"


# ---------------------------------------------------------------- 5 Cook Islands cover page
def cook():
    n = N["opsc-2039-014"]; R = n["requirements"]["en"]; C = n["competencies"]["en"]
    s = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[margin=22mm]{geometry}\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{array}
\definecolor{lagoon}{HTML}{006D77}\definecolor{sand}{HTML}{E9C46A}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small Cook Islands Government -- Office of the Public Service Commissioner}
\fancyhead[R]{\small Vacancy """ + T(n["reference"]) + r"""}
\fancyfoot[L]{\small Applicant information pack}\fancyfoot[R]{\small Page \thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{titlepage}
\pagecolor{lagoon}\color{white}
\vspace*{25mm}
{\large COOK ISLANDS GOVERNMENT\par}
{\small Office of the Public Service Commissioner\par}
\vspace{8mm}{\color{sand}\rule{\linewidth}{2pt}}\vspace{10mm}

{\Huge\bfseries VACANCY\par}\vspace{6mm}
{\LARGE """ + T(n["title"]["en"]) + r"""\par}\vspace{6mm}
{\large Ministry of Marine Resources -- Offshore Fisheries Division\par}\vspace{14mm}
{\large Vacancy No. """ + T(n["reference"]) + r"""\par}\vspace{3mm}
{\large Closing date: Thursday, 10 February 2039, 4.00pm (Cook Islands time)\par}
\vfill
{\small Issued 13 January 2039 \quad$\cdot$\quad Kia Orana and thank you for your interest\par}
\end{titlepage}
\nopagecolor\color{black}
\setcounter{page}{2}
\section*{Position details}
\begin{tabular}{>{\bfseries}p{45mm}p{110mm}}
Position title & """ + T(n["title"]["en"]) + r""" \\
Vacancy No. & """ + T(n["reference"]) + r""" \\
Employer & """ + T(n["organisation"]["en"]) + r""" \\
Location & """ + T(n["location"]["en"]) + r""" \\
Hours & """ + T(n["schedule"]["en"]) + r""" \\
Salary band & """ + T(n["grade"]) + r""" \\
Salary & NZ\$52,400 -- NZ\$61,300 per annum (NZD), plus a 10\% sea-duty allowance \\
Term & Permanent, with a six-month probation \\
Reports to & Director, Offshore Fisheries \\
\end{tabular}

\section*{Purpose of the position}
The Senior Fisheries Compliance Officer leads the monitoring, control and surveillance of fishing in the
Cook Islands Exclusive Economic Zone, so that licensed fleets respect their conditions and the country's tuna
resources are protected for future generations.

\section*{Key result areas}
\renewcommand{\labelenumi}{\alph{enumi}.}\begin{enumerate}
\item Plan and lead port inspections, transhipment monitoring and boarding operations.
\item Analyse vessel monitoring data and licence records to detect possible offences.
\item Prepare case files and support Crown Law in prosecutions.
\item Supervise and mentor three compliance officers.
\item Represent the Ministry at regional compliance working groups.
\item Perform other related duties as reasonably required.
\end{enumerate}

\section*{Person specification}
\subsection*{Essential}
""" + items(R["essential"]) + r"""
\subsection*{Desirable}
""" + items(R["desirable"]) + r"""
\section*{Core competencies}
\begin{itemize}
""" + "\n".join(f"\\item \\textbf{{{T(c['name'])}:}} {T(c['description'])}" for c in C) + r"""
\end{itemize}

\section*{How to apply}
Submit a cover letter, a CV and copies of your qualifications to the Office of the Public Service Commissioner,
Avarua, or by e-mail to vacancies@opsc.example. Please quote the vacancy number. Late applications will not be
accepted. Short-listed applicants will be interviewed in the week of 28 February 2039.
\end{document}
"""
    p = os.path.join(SRC, "opsc-2039-014-cookislands.tex")
    open(p, "w", encoding="utf-8").write(s); return p


# ---------------------------------------------------------------- 7 Port-Cros run-in headings
def portcros():
    n = N["pnpc-2039-06"]; R = n["requirements"]["fr"]; C = n["competencies"]["fr"]
    run = lambda h: r"\textcolor{mer}{\textbf{" + T(h) + r"}}\enspace "
    s = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[margin=20mm]{geometry}\usepackage{xcolor}\usepackage{fancyhdr}
\definecolor{mer}{HTML}{0A6E8A}
\pagestyle{fancy}\fancyhf{}\fancyhead[L]{\textsc{Parc national de Port-Cros -- Offre d'emploi}}\fancyhead[R]{\thepage}
\hyphenpenalty=10000\exhyphenpenalty=10000
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}\renewcommand{\labelitemi}{--}
\begin{document}
{\Large\bfseries\textcolor{mer}{""" + T(n["title"]["fr"]) + r"""}\par}
\vspace{2pt}
{\small Réf. """ + T(n["reference"]) + r""" \textbar{} Lieu : """ + T(n["location"]["fr"]) + r""" \textbar{} Catégorie B \textbar{} Date limite : 16 février 2039\par}
\vspace{4pt}\textcolor{mer}{\rule{\linewidth}{0.8pt}}

""" + run("L'employeur.") + "Le " + T(n["organisation"]["fr"]) + r""", établissement public de l'État créé en 1963, protège les îles
d'Or et leurs eaux, premier cœur marin d'Europe. Il compte environ 80 agents répartis entre le siège, à Hyères, et
quatre secteurs territoriaux.

""" + run("Le poste.") + r"""Au sein de l'unité territoriale des îles d'Or, vous rejoignez l'équipe de Porquerolles, composée de six
gardes permanents et de renforts saisonniers. Le poste est ouvert aux fonctionnaires de catégorie B et aux
contractuel·les (CDD de trois ans).

""" + run("Vos missions.") + r"""
\begin{itemize}\setlength{\itemsep}{0pt}
\item surveiller le cœur terrestre et marin, à pied, à vélo et en bateau ;
\item informer les visiteurs et faire respecter la réglementation ;
\item participer aux suivis scientifiques (herbiers, oiseaux marins, mouillages) ;
\item entretenir les sentiers, le balisage et les équipements d'accueil.
\end{itemize}

""" + run("Votre profil.") + r"""Vous justifiez de :
\begin{itemize}\setlength{\itemsep}{0pt}
""" + "\n".join(f"\\item {T(i)}" for i in R["essential"]) + r"""
\end{itemize}

""" + run("Un plus.") + r"""Seraient également appréciés :
\begin{itemize}\setlength{\itemsep}{0pt}
""" + "\n".join(f"\\item {T(i)}" for i in R["desirable"]) + r"""
\end{itemize}

""" + run("Vos qualités.") + r"""""" + " -- ".join(T(c["name"]) for c in C) + r""".

""" + run("Horaires.") + T(n["schedule"]["fr"]) + r""". Les week-ends et jours fériés sont travaillés par roulement d'avril à octobre ;
les récupérations sont prises en basse saison.

""" + run("Rémunération.") + r"""Pour les contractuel·les, de 2 080 à 2 390 € bruts mensuels selon l'expérience, auxquels s'ajoute
l'indemnité d'insularité ; pour les fonctionnaires, selon la grille de leur corps.

""" + run("Logement.") + r"""Un logement de service peut être proposé sur l'île, moyennant une redevance.

""" + run("Postuler.") + r"""Adressez CV et lettre de motivation, en rappelant la référence """ + T(n["reference"]) + r""", à
recrutement@portcros.example au plus tard le 16 février 2039. Les entretiens auront lieu à Hyères à partir du
2 mars 2039 ; prise de poste souhaitée le 1er avril 2039.
\end{document}
"""
    p = os.path.join(SRC, "pnpc-2039-06-portcros.tex")
    open(p, "w", encoding="utf-8").write(s); return p


if __name__ == "__main__":
    cook(); portcros()
