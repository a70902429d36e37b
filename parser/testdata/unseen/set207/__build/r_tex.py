# -*- coding: utf-8 -*-
"""pdfTeX notices: NASCO (LaTeX with run-in headings), Versailles (landscape page in three columns)."""
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import N, ROOT  # noqa: E402

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
os.makedirs(SRC, exist_ok=True)

PRE = r"""\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage[table]{xcolor}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\setlength{\parindent}{0pt}
"""


def tx(s):
    out = []
    for ch in s:
        if ch in "&%$#_{}":
            out.append("\\" + ch)
        elif ch == "\u00b7":
            out.append(r"\textperiodcentered{}")
        elif ch == "\u20ac":
            out.append(r"\texteuro{}")
        elif ch == "~":
            out.append(r"\textasciitilde{}")
        else:
            out.append(ch)
    return "".join(out)


def items(lst, mark=r"--"):
    return "\\begin{itemize}\\setlength{\\itemsep}{1pt}\\setlength{\\parskip}{0pt}\n" + "".join(
        f"\\item[{mark}] {tx(i)}\n" for i in lst) + "\\end{itemize}\n"


def build(tex, stem):
    d = os.path.join(SRC, stem)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, stem + ".tex"), "w", encoding="utf-8").write(tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", stem + ".tex"], cwd=d,
                       check=True, capture_output=True)
    pdf = os.path.join(ROOT, stem + ".pdflatex.pdf")
    shutil.copy(os.path.join(d, stem + ".pdf"), pdf)
    for f in os.listdir(d):
        if not f.endswith(".tex"):
            os.remove(os.path.join(d, f))
    return pdf


# ---------------------------------------------------------------- NASCO
def nasco():
    j = N["nasco"]["json"]
    r = j["requirements"]["en"]
    c = j["competencies"]["en"]
    tex = r"""\documentclass[11pt,a4paper]{article}
""" + PRE + r"""\usepackage[margin=25mm,headheight=14pt]{geometry}
\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}
\lhead{\small North Atlantic Salmon Conservation Organization}
\rhead{\small Vacancy """ + tx(j["reference"]) + r"""}
\cfoot{\small 11 Rutland Square, Edinburgh \quad\textbullet\quad \thepage}
\newcommand{\runin}[1]{\textbf{#1}\enspace}
\setlength{\parskip}{5pt}
\begin{document}
{\large\scshape North Atlantic Salmon Conservation Organization}\par
{\small Secretariat}\par\medskip
{\LARGE\bfseries """ + tx(j["title"]["en"]) + r"""}\par\medskip
{\small Vacancy """ + tx(j["reference"]) + r""" \quad|\quad Edinburgh \quad|\quad Closing date: 5 January 2035}\par
\medskip\hrule\medskip

\runin{The Organization.} The """ + tx(j["organisation"]["en"]) + r""" is an intergovernmental body set up by a convention
that entered into force in 1983. Its Parties work together to conserve, restore and rationally manage wild Atlantic
salmon, which migrate far beyond the waters of the countries where they are born. The Secretariat, a team of six, is
based in Edinburgh and serves the Council, three regional Commissions and a growing number of working groups.

\runin{The post.} The Assistant Secretary (Science and Policy) is one of two professional posts below the
Secretary. The post holder follows the scientific advice received each year on the state of the stocks, prepares the
papers that turn it into options for the Parties, and keeps track of the implementation plans and annual progress
reports submitted by each Party. Place of work: """ + tx(j["location"]["en"]) + r""", with travel to the Annual
Meeting and to working-group meetings in Europe and North America. Working time: """ + tx(j["schedule"]["en"]) + r""".

\runin{Duties.} The Assistant Secretary will draft and edit Council and Commission papers; prepare the review of
implementation plans and the reports of the review group; organise working-group meetings and write their reports;
maintain the Organization's databases on catches and on stocking; and answer questions from the Parties, accredited
NGOs and the public.

\runin{Essential requirements.} Candidates must have:
""" + items(r["essential"]) + r"""
\runin{Desirable.} The following would also be an advantage:
""" + items(r["desirable"]) + r"""
\runin{Personal qualities.}
""" + items([f"{x['name']}: {x['description']}" for x in c], mark=r"\textbullet") + r"""
\runin{Terms.} The appointment is for an initial period of three years. The salary is \pounds52,300 per annum, with
a contribution of 12\% to a pension scheme, 30 days of annual leave and help with relocation. The Secretary expects
to hold interviews in Edinburgh on 3 and 4 February 2035; the successful candidate should start on 1 April 2035.

\runin{How to apply.} Send a letter of application and a CV, with the names of two referees, to
vacancy@nasco-secretariat.example no later than 5 January 2035. Please quote """ + tx(j["reference"]) + r""" in the
subject line.
\end{document}
"""
    return build(tex, N["nasco"]["key"] + "-nasco")


# ---------------------------------------------------------------- Versailles
def epv():
    j = N["epv"]["json"]
    r = j["requirements"]["fr"]
    tex = r"""\documentclass[10pt,a4paper,landscape]{article}
""" + PRE + r"""\usepackage[landscape,margin=12mm]{geometry}
\usepackage{multicol}
\usepackage{array}
\pagestyle{empty}
\definecolor{or}{HTML}{B08D57}\definecolor{bleu}{HTML}{1E2A4A}
\setlength{\columnsep}{8mm}\setlength{\columnseprule}{0.4pt}
\newcommand{\rub}[1]{\par\smallskip{\color{or}\bfseries\MakeUppercase{#1}}\par\smallskip}
\setlength{\parskip}{3pt}
\begin{document}
\raggedcolumns
\begin{multicols}{3}
\colorbox{bleu}{\parbox{0.95\linewidth}{\color{white}\vspace{2mm}\small CHÂTEAU DE VERSAILLES\\ \scriptsize Offre d'emploi\\[2mm]
\large\bfseries """ + tx(j["title"]["fr"]) + r"""\vspace{2mm}}}

\rub{Le poste en bref}
{\small\begin{tabular}{@{}>{\bfseries}p{0.36\linewidth}p{0.58\linewidth}@{}}
Référence & """ + tx(j["reference"]) + r""" \\
Employeur & """ + tx(j["organisation"]["fr"]) + r""" \\
Direction & Direction des jardins, du domaine et des forêts \\
Lieu & """ + tx(j["location"]["fr"]) + r""" \\
Temps de travail & """ + tx(j["schedule"]["fr"]) + r""" \\
Contrat & CDD de 3 ans \\
Rémunération & 2 150 \texteuro{} bruts mensuels \\
Publication & 18 décembre 2034 \\
Date limite & 29 janvier 2035 \\
\end{tabular}}

\rub{Le contexte}
Les jardins du Petit Trianon, conçus pour la reine, réunissent un jardin à la française, un jardin anglais et le
Hameau. L'équipe de douze jardiniers d'art les entretient et en restitue les plantations historiques d'après les
archives, sous le regard de plusieurs millions de visiteurs chaque année.

\rub{Vos missions}
\begin{itemize}\setlength{\itemsep}{0pt}
\item[\textbullet] tailler les charmilles, les arbustes et les topiaires selon les formes historiques
\item[\textbullet] planter et entretenir les massifs fleuris et le potager du Hameau
\item[\textbullet] participer à l'arrosage, au désherbage manuel et au ramassage des feuilles
\item[\textbullet] signaler les maladies et ravageurs et appliquer les méthodes de lutte biologique
\item[\textbullet] accueillir ponctuellement des groupes de jardiniers et d'étudiants
\end{itemize}
\columnbreak

\rub{Votre profil}
""" + items(r["essential"], mark=r"\textbullet") + r"""
\rub{Les plus}
""" + items(r["desirable"], mark=r"\textbullet") + r"""
\rub{Savoir-être}
""" + items([x["name"] for x in j["competencies"]["fr"]], mark=r"\textbullet") + r"""
\rub{Conditions}
Travail en extérieur par tous les temps, horaires décalés en été (6 h 30 -- 14 h). Un week-end sur quatre travaillé,
récupéré. Tenue de travail fournie, restaurant du personnel sur place.
\columnbreak

\rub{Nous offrons}
Un métier rare dans un site inscrit au patrimoine mondial, une formation continue aux techniques historiques, des
possibilités de titularisation par concours et un accès gratuit aux spectacles du domaine pour vous et vos proches.

\rub{Calendrier}
Les entretiens auront lieu du 9 au 13 février 2035 et seront suivis d'une épreuve pratique de taille. Prise de poste
souhaitée le 1er avril 2035.

\rub{Candidater}
Envoyez votre CV et une lettre de motivation, en rappelant la référence """ + tx(j["reference"]) + r""", avant le
29 janvier 2035 à recrutement@chateauversailles-emplois.example.

\vfill
{\scriptsize\color{bleu} Direction des ressources humaines\\ RP 834 -- 78008 Versailles Cedex\\ Tous nos postes sont
ouverts aux personnes en situation de handicap.}
\end{multicols}
\end{document}
"""
    return build(tex, N["epv"]["key"] + "-chateauversailles")


if __name__ == "__main__":
    for f in (nasco, epv):
        print(f())
