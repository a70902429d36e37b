# -*- coding: utf-8 -*-
"""pdfTeX notices: FIVB (cover page), Hermès (run-in headings)."""
import os, subprocess
from data import N, HERE

SRC = os.path.join(HERE, "src")


def t(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


def items(lst, env="itemize", fr=False):
    out = [r"\begin{%s}" % env]
    for i in lst:
        if fr and i.endswith(" ;"):
            i = i[:-2] + "~;"
        out.append(r"\item " + t(i).replace("~;", "~;"))
    out.append(r"\end{%s}" % env)
    return "\n".join(out)


def fivb():
    n = N["fivb"]; R = n["requirements"]["en"]
    comp = "\n".join(r"\item \textbf{%s:} %s" % (t(c["name"]), t(c["description"])) for c in n["competencies"]["en"])
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[margin=2.3cm,headheight=14pt]{geometry}\usepackage[svgnames]{xcolor}\usepackage{fancyhdr}\usepackage{array}
\definecolor{fivb}{HTML}{0A2A66}\definecolor{fivbo}{HTML}{F28C00}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\color{fivb}FIVB -- Fédération Internationale de Volleyball}
\fancyhead[R]{\small\color{fivb}Vacancy notice FIVB-HR-2035-09}
\fancyfoot[L]{\scriptsize Château Les Tourelles, Edouard-Sandoz 2--4, 1006 Lausanne}
\fancyfoot[R]{\small Page \thepage}
\renewcommand{\headrulewidth}{0.4pt}\renewcommand{\footrulewidth}{0.4pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{titlepage}
\pagecolor{fivb}\color{white}
\vspace*{1.5cm}
{\large\textsc{Fédération Internationale de Volleyball}}\par
\vspace{0.4cm}{\color{fivbo}\rule{4cm}{3pt}}\par
\vspace{3.5cm}
{\Large VACANCY NOTICE}\par\vspace{0.6cm}
{\fontsize{30}{36}\selectfont\bfseries """ + t(n["title"]["en"]) + r"""\par}
\vspace{2cm}
{\large Ref. """ + t(n["reference"]) + r"""\par}
\vspace{0.3cm}
{\large Closing date: 22 August 2035\par}
\vfill
{\small Lausanne, July 2035 \hfill fivb.example/careers}
\end{titlepage}
\nopagecolor\color{black}
\section*{\color{fivb}The position at a glance}
\begin{tabular}{>{\bfseries}p{4.2cm}p{10.5cm}}
Position & """ + t(n["title"]["en"]) + r""" \\
Reference & """ + t(n["reference"]) + r""" \\
Employer & """ + t(n["organisation"]["en"]) + r""" \\
Department & Competitions and Technology \\
Place of work & """ + t(n["location"]["en"]) + r""" \\
Activity rate & """ + t(n["schedule"]["en"]) + r""" \\
Contract & Permanent, with a six-month probation period \\
Salary & CHF 98,000 -- 112,000 gross per year, paid in 13 instalments \\
Start date & 1 November 2035 \\
Closing date & 22 August 2035 \\
\end{tabular}

\section*{\color{fivb}About us}
The FIVB is the international governing body of volleyball, beach volleyball and snow volleyball. It brings together more than two hundred national federations and organises world championships, the Nations League and the Beach Pro Tour. Its headquarters in Lausanne employ some ninety people from over thirty countries.

\section*{\color{fivb}Your role}
Within the Competitions and Technology department, you will make sure that every match of the Beach Pro Tour produces complete, accurate and timely data for referees, broadcasters, betting-integrity partners and fans. You will:
\begin{enumerate}
\item configure the scoring and results system before each event and train local scorers;
\item supervise live data during events, on site or remotely, and resolve discrepancies with the referee delegate;
\item publish official results, rankings and statistics;
\item maintain the historical database of players and matches;
\item work with the broadcast partner on graphics and data feeds.
\end{enumerate}

\section*{\color{fivb}Requirements}
\subsection*{Essential}
""" + items(R["essential"]) + r"""
\subsection*{Desirable}
""" + items(R["desirable"]) + r"""

\section*{\color{fivb}Competencies}
\begin{itemize}
""" + comp + r"""
\end{itemize}

\section*{\color{fivb}We offer}
An international team that lives for the sport, a modern workplace beside Lake Geneva, a generous pension plan, five weeks of holiday and travel to some of the world's most spectacular beach venues.

\section*{\color{fivb}How to apply}
Send your CV and a cover letter in English, quoting FIVB-HR-2035-09, to careers@fivb.example no later than 22 August 2035. Interviews will take place in Lausanne or by video during the week of 8 September 2035. Only applicants who are short-listed will be contacted.
\end{document}
"""


def hermes():
    n = N["hermes"]; R = n["requirements"]["fr"]
    quals = "\n".join(r"\item " + t(c["name"]) for c in n["competencies"]["fr"])
    def fr_items(lst):
        return "\n".join(r"\item " + t(i[:-2] + "~;" if i.endswith(" ;") else i) for i in lst)
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[margin=2.4cm]{geometry}\usepackage{xcolor}
\definecolor{hor}{HTML}{E8641B}
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
\newcommand{\runin}[1]{\textbf{\textcolor{hor}{\textsc{#1}}}\enspace}
\renewcommand{\labelitemi}{--}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{plain}
\begin{document}
{\centering{\LARGE\textsc{Hermès}}\par\smallskip{\small Maroquinerie-Sellerie -- Offre d'emploi}\par}
\vspace{1cm}
{\Large\bfseries """ + t(n["title"]["fr"]) + r"""\par}
\smallskip
{\small Réf. """ + t(n["reference"]) + r""" \textbar{} Lieu : """ + t(n["location"]["fr"]) + r""" \textbar{} Contrat : CDI \textbar{} Date limite : 29 août 2035}
\par\medskip\hrule\medskip

\runin{Employeur.} """ + t(n["organisation"]["fr"]) + r""", manufacture de la maison Hermès, réunit à Pantin plusieurs ateliers de sacs, de petite maroquinerie et de sellerie. Les artisans y travaillent selon la tradition : un sac est confié de bout en bout à une seule personne, après que les pièces ont été coupées à la main.

\runin{Le poste.} Au sein de l'atelier de coupe, vous choisissez les peaux, repérez leurs défauts et découpez les pièces qui composeront les sacs et les accessoires de la maison. Vous êtes formé·e pendant dix-huit mois par un tuteur expérimenté avant de travailler en autonomie.

\runin{Vos missions.} Au quotidien, vous serez amené·e à :
\begin{itemize}
\item examiner chaque peau et en tracer les zones utilisables~;
\item placer les gabarits pour tirer le meilleur parti de la matière~;
\item couper les pièces au tranchet ou à la presse~;
\item contrôler les pièces coupées et les préparer pour les artisans~;
\item tenir à jour les fiches de suivi de la matière.
\end{itemize}

\runin{Votre profil.} Vous justifiez de :
\begin{itemize}
""" + fr_items(R["essential"]) + r"""
\end{itemize}

\runin{Un plus.} Seraient également appréciés :
\begin{itemize}
""" + fr_items(R["desirable"]) + r"""
\end{itemize}

\runin{Vos qualités.}
\begin{itemize}
""" + quals + r"""
\end{itemize}

\runin{Horaires.} """ + t(n["schedule"]["fr"]) + r""".

\runin{Rémunération.} 2 180 € bruts mensuels sur 13 mois, complétés par l'intéressement, la participation et un restaurant d'entreprise.

\runin{Postuler.} Adressez votre CV et une lettre de motivation en rappelant la référence """ + t(n["reference"]) + r""" à l'adresse recrutement.pantin@hermes.example avant le 29 août 2035. Les candidats retenus seront invités à des tests de dextérité à partir du 15 septembre 2035.

\vfill
{\footnotesize\centering Hermès Maroquinerie-Sellerie -- Pantin (Seine-Saint-Denis) -- Tous nos postes sont ouverts aux personnes en situation de handicap.\par}
\end{document}
"""


def main():
    os.makedirs(SRC, exist_ok=True)
    for fn, stem in ((fivb, "fivb-hr-2035-09-fivb.pdflatex"), (hermes, "hms-pan-2035-0641-hermes.pdflatex")):
        p = os.path.join(SRC, stem + ".tex")
        open(p, "w", encoding="utf-8").write(fn())
        for _ in range(2):
            r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", stem + ".tex"], cwd=SRC, capture_output=True)
        if r.returncode:
            print(r.stdout[-2500:].decode("latin-1"))
        for ext in (".aux", ".log"):
            try: os.remove(os.path.join(SRC, stem + ext))
            except FileNotFoundError: pass


if __name__ == "__main__":
    main()
