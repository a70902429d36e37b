# LaTeX sources (pdfTeX): MMV (three pages with running heads and footers),
# CERFACS (run-in headings). No enumitem, no French babel on this machine.
from data import N


def tx(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}
    out = "".join(rep.get(c, c) for c in s)
    # French thin spaces before ; : ! ? kept as ties so they never end a line
    return out.replace(" ;", "~;").replace(" :", "~:")


PRE = r"""\documentclass[%s]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[%s]{geometry}
\usepackage{fancyhdr}
\usepackage{xcolor}
\usepackage{array}
\hyphenpenalty=10000
\exhyphenpenalty=10000
\sloppy
"""


def items(lst, f=lambda s: s):
    return "\\begin{itemize}\n" + "\n".join("  \\item " + tx(f(i)) for i in lst) + "\n\\end{itemize}\n"


def mmv():
    x = N["mmv-2033-027"]["exp"]
    r = x["requirements"]["en"]
    comp = "\\begin{itemize}\n" + "\n".join(
        f"  \\item \\textbf{{{tx(c['name'])}:}} {tx(c['description'])}" for c in x["competencies"]["en"]) + "\n\\end{itemize}\n"
    return PRE % ("12pt,a4paper", "a4paper,top=30mm,bottom=28mm,left=28mm,right=28mm,headheight=15pt") + r"""
\definecolor{mmv}{HTML}{006B6B}
\linespread{1.3}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small\color{mmv}\textbf{Medicines for Malaria Venture}}
\fancyhead[R]{\small Job description -- MMV-2033-027}
\fancyfoot[L]{\footnotesize MMV -- International Centre Cointrin, Route de Pr\'e-Bois 20, 1215 Geneva 15}
\fancyfoot[R]{\footnotesize Page \thepage\ of \pageref{LastPage}}
\renewcommand{\headrulewidth}{0.6pt}
\renewcommand{\footrulewidth}{0.4pt}
\newcommand{\sect}[1]{\par\medskip{\large\bfseries\color{mmv}#1}\par\smallskip}
\begin{document}
{\LARGE\bfseries\color{mmv} """ + tx(x["title"]["en"]) + r"""}\par\medskip
\noindent\begin{tabular}{@{}>{\bfseries}p{45mm}p{100mm}@{}}
Reference & MMV-2033-027\\
Organization & """ + tx(x["organisation"]["en"]) + r"""\\
Department & Translational Medicine\\
Reports to & Head of Translational Medicine\\
Location & """ + tx(x["location"]["en"]) + r"""\\
Contract & Permanent\\
Activity rate & """ + tx(x["schedule"]["en"]) + r"""\\
Salary range & CHF 158,000 -- 186,000 gross per year\\
Posted & 9 October 2033\\
Application deadline & 10 November 2033\\
\end{tabular}

\sect{About MMV}
MMV is a not-for-profit product development partnership that works with pharmaceutical companies,
universities and public health programmes to discover, develop and deliver new antimalarial medicines.
Its team of about one hundred and twenty people, based mainly in Geneva, manages a portfolio of projects
that are run in partner laboratories and clinical sites in more than fifty countries. MMV's work is funded
by governments, private foundations and multilateral agencies.

\sect{Purpose of the role}
The Associate Director, Clinical Pharmacology, provides the pharmacological input that turns promising
compounds into medicines that can be given safely and effectively to adults, children and pregnant women.
The post holder designs the clinical pharmacology plans of several projects, guides dose selection and
represents MMV in discussions with partners, ethics committees and regulators. The role sits in the
Translational Medicine team and works closely with colleagues in drug discovery, clinical development,
regulatory affairs and access.

\sect{Key responsibilities}
\begin{enumerate}
  \item Define and update the clinical pharmacology strategy for assigned projects, from first-in-human
  studies to registration.
  \item Design pharmacokinetic, drug--drug interaction and food-effect studies, and review their protocols
  and reports.
  \item Lead or supervise population pharmacokinetic and exposure--response analyses carried out by
  partners and contract research organizations.
  \item Propose dosing regimens for special populations, including young children and pregnant women.
  \item Write the clinical pharmacology sections of regulatory submissions and answer questions from
  agencies.
  \item Share knowledge with scientists in endemic countries through joint projects, training and
  publications.
  \item Contribute to portfolio reviews and to MMV's expert scientific advisory committee meetings.
\end{enumerate}

\sect{Education and experience}
\emph{Essential}
""" + items(r["essential"]) + r"""
\emph{Desirable}
""" + items(r["desirable"]) + r"""
\sect{Competencies}
""" + comp + r"""
\sect{What MMV offers}
MMV offers a permanent contract under Swiss law, a salary within the range indicated above, a
comprehensive pension plan, 25 days of annual leave, flexible working arrangements of up to two days of
remote work per week and a culture that values scientific exchange. Occasional travel to partner sites in
Africa, Asia and Latin America, about four times a year, is part of the role.

\sect{How to apply}
Please submit your CV and a motivation letter in English through MMV's careers page, quoting the
reference MMV-2033-027, by 10 November 2033. Applications are reviewed after the deadline; first
interviews are planned for the week of 1 December 2033. MMV is committed to diversity and equal
opportunities and encourages applications from scientists from malaria-endemic countries.

\label{LastPage}
\end{document}
"""


def cerfacs():
    x = N["cerfacs-rh-2033-15"]["exp"]
    r = x["requirements"]["fr"]
    qual = "\\begin{itemize}\n" + "\n".join("  \\item " + tx(c["name"]) for c in x["competencies"]["fr"]) + "\n\\end{itemize}\n"
    return PRE % ("10pt,a4paper", "a4paper,top=24mm,bottom=24mm,left=24mm,right=24mm,headheight=13pt") + r"""
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small CERFACS -- Offre d'emploi}
\fancyhead[R]{\small CERFACS-RH-2033-15}
\fancyfoot[C]{\footnotesize \thepage}
\newcommand{\rin}[1]{\par\medskip\noindent\textbf{#1}\ }
\begin{document}
\begin{center}
{\Large\bfseries CERFACS}\\[2pt]
{\small """ + tx(x["organisation"]["fr"]) + r"""}\\[10pt]
{\large\bfseries """ + tx(x["title"]["fr"]) + r"""}\\[4pt]
{\small Réf.~: CERFACS-RH-2033-15}
\end{center}

\noindent\begin{tabular}{@{}>{\bfseries}p{48mm}p{108mm}@{}}
\hline
Lieu de travail & """ + tx(x["location"]["fr"]) + r"""\\
Équipe & Algorithmique numérique parallèle\\
Type de contrat & CDD de 24 mois\\
Temps de travail & """ + tx(x["schedule"]["fr"]) + r"""\\
Date de publication & 16 octobre 2033\\
Date limite de candidature & 17 novembre 2033\\
Prise de fonctions & 1er février 2034\\
\hline
\end{tabular}

\rin{Le CERFACS.} Centre de recherche fondé par de grands acteurs de l'aéronautique, de l'énergie, du
spatial et de la météorologie, le CERFACS développe des méthodes et des logiciels de simulation numérique
pour ses associés et la communauté scientifique. Une centaine de chercheurs, d'ingénieurs et de doctorants
y travaillent, à Toulouse, sur des supercalculateurs de classe nationale et européenne.

\rin{Contexte.} Le code de mécanique des fluides de l'équipe, utilisé pour la combustion et
l'aéroacoustique, doit tirer parti des architectures hybrides des prochaines machines. Le poste s'inscrit
dans un projet européen associant trois centres de calcul et deux industriels.

\rin{Missions.} La personne recrutée devra~:
\begin{itemize}
  \item analyser les performances du code sur processeurs et accélérateurs~;
  \item porter les noyaux de calcul les plus coûteux sur GPU et valider les résultats~;
  \item mettre en place des tests de non-régression et d'intégration continue~;
  \item rédiger la documentation et former les utilisateurs internes~;
  \item présenter les travaux dans les réunions du projet et en conférence.
\end{itemize}

\rin{Profil requis.} Le candidat ou la candidate doit justifier des éléments suivants~:
""" + items(r["essential"]) + r"""
\rin{Atouts.} Seront appréciés~:
""" + items(r["desirable"]) + r"""
\rin{Qualités personnelles.}
""" + qual + r"""
\rin{Rémunération.} Selon le profil, entre 3 150 € et 3 600 € bruts mensuels, auxquels s'ajoutent un
treizième mois, des titres-restaurant et la prise en charge partielle des transports. Les déplacements
chez les partenaires du projet sont remboursés sur justificatifs.

\rin{Candidature.} Envoyer un CV détaillé, une lettre de motivation et les coordonnées de deux
références à recrutement@cerfacs.example avant le 17 novembre 2033, en rappelant la référence
CERFACS-RH-2033-15. Les entretiens auront lieu début décembre 2033, à Toulouse ou à distance.
\end{document}
"""
