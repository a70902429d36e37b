# pdfTeX sources: INSG (three pages with running heads and footers), PNR Haut-Languedoc (run-in headings)
import os, subprocess
from common import *
OUT = os.path.join(HERE, "tex_src"); os.makedirs(OUT, exist_ok=True)

def tx(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s

PRE = r"""\documentclass[%s]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[a4paper,margin=24mm,headheight=14pt]{geometry}
\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{tabularx}\usepackage{array}
\hyphenpenalty=10000\exhyphenpenalty=10000\tolerance=9999\emergencystretch=3em
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\let\oldit\itemize\renewcommand{\itemize}{\oldit\setlength{\itemsep}{0pt}\setlength{\parsep}{0pt}}\let\olden\enumerate\renewcommand{\enumerate}{\olden\setlength{\itemsep}{0pt}}
"""

def insg():
    d = N["insg-va-44-02"]; R = d["reference"]
    items = lambda xs: "\n".join(r"\item " + tx(x) for x in xs)
    comps = "\n\n".join(r"\textbf{%s:} %s" % (tx(n), tx(s)) for n, s in d["comp"]["en"])
    return PRE % "11pt" + r"""
\usepackage{colortbl}\definecolor{steel}{HTML}{3B5B6E}\definecolor{pale}{HTML}{E6EDF1}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\itshape International Nickel Study Group}\fancyhead[R]{\small\itshape Vacancy announcement """ + R + r"""}
\fancyfoot[L]{\scriptsize Secretariat: Rua Almirante Barroso 38, 1000-013 Lisboa, Portugal}\fancyfoot[R]{\small Page \thepage\ of 3}
\renewcommand{\headrulewidth}{0.4pt}\renewcommand{\footrulewidth}{0.4pt}
\begin{document}
\begin{center}{\large\scshape International Nickel Study Group}\\[2pt]
{\Large\bfseries VACANCY ANNOUNCEMENT}\\[4pt]{\LARGE\color{steel}\bfseries """ + tx(d["title"]["en"]) + r"""}\\[4pt]
\textit{The Secretariat invites applications from nationals of member countries for the post below.}\end{center}
\renewcommand{\arraystretch}{1.35}
\begin{tabularx}{\textwidth}{|>{\columncolor{pale}\bfseries}p{47mm}|X|}\hline
Vacancy announcement & """ + R + r""" \\\hline
Organization & """ + tx(d["organisation"]["en"]) + r""" \\\hline
Duty station & """ + tx(d["location"]["en"]) + r""" \\\hline
Grade & P-3 \\\hline
Salary & EUR 5,480 -- 6,390 per month (net of internal tax), paid 14 times a year \\\hline
Working hours & """ + tx(d["schedule"]["en"]) + r""" \\\hline
Type of appointment & Fixed term, three years, renewable \\\hline
Date of issue & 4 April 2044 \\\hline
Deadline for applications & 18 May 2044, 18:00 Lisbon time (WEST) \\\hline
\end{tabularx}

\section*{1. The Group}
The INSG is an autonomous intergovernmental organization whose member countries account for most of the world's
production, use and trade of nickel. Its small Secretariat collects and publishes statistics, forecasts market
balances twice a year and organises the meetings of member governments and industry advisers.

\section*{2. Purpose of the post}
Under the supervision of the Director of Market Research and Statistics, the officer prepares the Group's market
analysis and forecasts, with special attention to new uses of nickel in batteries.

\section*{3. Main duties}
\renewcommand{\theenumi}{\alph{enumi}}\renewcommand{\labelenumi}{\theenumi.}\begin{enumerate}
\item Maintain the monthly world nickel balance and its sources.
\item Draft the market outlook papers discussed at the spring and autumn meetings.
\item Prepare studies on first use and end use of nickel by country.
\item Answer questions from member governments, industry and the press.
\item Represent the Secretariat at industry conferences.
\item Supervise one statistical assistant.
\end{enumerate}

\newpage
\section*{4. Competencies}
""" + comps + r"""

\section*{5. Qualifications and experience}
\textbf{Essential}
\begin{itemize}
""" + items(d["ess"]["en"]) + r"""
\end{itemize}
\textbf{Desirable}
\begin{itemize}
""" + items(d["des"]["en"]) + r"""
\end{itemize}

\section*{6. Conditions of service}
The appointment carries the salary shown above, a home leave entitlement every two years and membership of the
Group's provident fund, to which the Group contributes 14\% of salary. An education grant of up to EUR 11,000 a year
per child may be paid. The Group is not part of the United Nations common system.

\newpage
\section*{7. Selection}
Short-listed candidates will be asked to complete a written exercise in the week of 30 May 2044 and to attend an
interview in Lisbon or by video. The selected candidate should take up duty on 1 October 2044.

\section*{8. How to apply}
Applications, consisting of a letter of motivation, a detailed CV and the names of two referees, should be sent to
vacancy@insg.example quoting """ + R + r""" in the subject line. The deadline for applications is 18 May 2044,
18:00 Lisbon time (WEST). Only short-listed candidates will be contacted.

\vspace{8mm}
\small\textit{The INSG is an equal opportunity employer and welcomes applications from women and men of all member
countries. Smoking is not permitted in the Secretariat premises.}
\end{document}
"""

def pnrhl():
    d = N["pnrhl-2044-05"]; R = d["reference"]
    items = lambda xs: "\n".join(r"\item " + tx(x) for x in xs)
    quals = "\n".join(r"\item \emph{%s} : %s" % (tx(n), tx(s)) for n, s in d["comp"]["fr"])
    return PRE % "11pt" + r"""
\definecolor{vert}{HTML}{4F6F2F}
\newcommand{\ri}[1]{{\color{vert}\bfseries #1}\ }
\pagestyle{fancy}\fancyhf{}\raggedright
\fancyhead[L]{\scshape\small Parc naturel régional du Haut-Languedoc}\fancyhead[R]{\scshape\small Offre d'emploi}
\fancyfoot[C]{\small """ + R + r""" -- page \thepage}
\begin{document}
{\small\color{vert}\scshape Le Parc recrute}\\[2pt]
{\LARGE\bfseries """ + tx(d["title"]["fr"]) + r"""}\\[6pt]
Réf.~""" + R + r""" \ $|$\ Lieu : """ + tx(d["location"]["fr"]) + r""" \ $|$\ Emploi permanent \ $|$\ Date limite : 20 mai 2044

\medskip\hrule\medskip

\ri{L'employeur.} Le """ + tx(d["organisation"]["fr"]) + r""", qui réunit la Région, deux départements, des
intercommunalités et une centaine de communes, met en \oe uvre la charte du Parc sur un territoire de moyenne montagne
couvert aux deux tiers par la forêt.

\ri{Le poste.} Placé·e sous l'autorité du responsable du pôle patrimoine naturel, vous animez la politique forestière
du Parc et la charte forestière de territoire, en lien avec les communes forestières, les propriétaires privés et les
entreprises de la filière.

\ri{Vos missions.} Vous accompagnez les regroupements de propriétaires et les plans de gestion ; vous animez les
projets de desserte et de valorisation locale du bois ; vous suivez les coupes sensibles au regard des paysages et de
la biodiversité ; vous organisez des journées techniques et des actions d'éducation à la forêt.

\ri{Votre profil.} Vous disposez :
\renewcommand{\labelitemi}{--}\begin{itemize}
""" + items(d["ess"]["fr"]) + r"""
\end{itemize}

\ri{Un plus.} Seraient également appréciées :
\renewcommand{\labelitemi}{--}\begin{itemize}
""" + items(d["des"]["fr"]) + r"""
\end{itemize}

\ri{Vos qualités.}
\renewcommand{\labelitemi}{--}\begin{itemize}
""" + quals + r"""
\end{itemize}

\ri{Temps de travail.} """ + tx(d["schedule"]["fr"]) + r""". Déplacements fréquents sur le territoire avec un véhicule
de service.

\ri{Rémunération.} Cadre d'emplois des ingénieurs territoriaux ; de 2 200 à 2 650 € bruts mensuels selon
expérience, auxquels s'ajoutent une prime annuelle de 600 € et l'adhésion au CNAS.

\ri{Postuler.} Lettre de motivation et CV à adresser à Monsieur le Président, par courriel à
recrutement@parc-haut-languedoc.example, au plus tard le 20 mai 2044. Entretiens le 6 juin 2044 ; prise de poste
souhaitée le 1er septembre 2044.
\end{document}
"""

if __name__ == "__main__":
    for n, fn in (("insg-va-44-02-insg", insg), ("pnrhl-2044-05-hautlanguedoc", pnrhl)):
        p = os.path.join(OUT, n + ".pdflatex.tex"); open(p, "w", encoding="utf-8").write(fn())
        for _ in range(2):
            r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", os.path.basename(p)], cwd=OUT, capture_output=True, text=True)
        if r.returncode: print(r.stdout[-1500:])
    print("tex ok")
