# LaTeX sources for the pdfTeX PDFs (American Samoa cover page, Ballons des Vosges run-in headings).
import os
from data import N, HERE

SRC = os.path.join(HERE, "src")


def t(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


def asg():
    n = N["asg"]
    items = lambda xs: "\n".join(r"\item " + t(x) for x in xs)
    comps = "\n".join(r"\item \textbf{" + t(a) + ":} " + t(b) for a, b in n["comp"]["en"])
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=22mm]{geometry}\usepackage{xcolor,tabularx,fancyhdr}
\definecolor{ocean}{HTML}{0E4D64}\definecolor{sand}{HTML}{E9D8A6}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\textsc{American Samoa Government}}\fancyhead[R]{\small Serial No. """ + t(n["ref"]) + r"""}
\fancyfoot[L]{\small Department of Human Resources, Executive Office Building, Utulei}\fancyfoot[R]{\small Page \thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{titlepage}
\pagecolor{ocean}\color{white}\centering
\vspace*{25mm}{\Large\bfseries AMERICAN SAMOA GOVERNMENT\par}
\vspace{3mm}{\large Department of Human Resources\par}
\vspace{6mm}{\color{sand}\rule{120mm}{1.2pt}\par}
\vspace{10mm}{\Huge\bfseries VACANCY ANNOUNCEMENT\par}
\vspace{12mm}{\LARGE """ + t(n["title"]["en"]) + r"""\par}
\vspace{4mm}{\large Department of Health -- Environmental Health Division\par}
\vspace{12mm}{\large Serial No. """ + t(n["ref"]) + r"""\par}
\vspace{4mm}{\large Closing date: Thursday, January 23, 2042, 4:00 p.m. (Samoa time)\par}
\vspace{6mm}{\color{sand}\rule{120mm}{1.2pt}\par}
\vfill{\small Posted December 22, 2041\par}
\end{titlepage}
\nopagecolor\color{black}
\section*{Position information}
\begin{tabularx}{\linewidth}{@{}>{\bfseries}p{38mm}X@{}}
Job classification & """ + t(n["title"]["en"]) + r""" \\
Employer & """ + t(n["org"]["en"]) + r""" \\
Duty station & """ + t(n["loc"]["en"]) + r""" \\
Pay grade & """ + t(n["grade"]) + r""" \\
Salary & \$17,680 -- \$21,320 per annum (USD) \\
Hours of work & """ + t(n["sched"]["en"]) + r""" \\
Status & Career service, one-year probation \\
\end{tabularx}
\section*{Nature of work}
The Vector Control Specialist II plans and carries out the surveillance and control of mosquitoes and other disease vectors on Tutuila and Aunu'u, and supports outbreak responses in the Manu'a Islands. The position reports to the Environmental Health Program Manager.
\section*{Examples of duties}
\begin{enumerate}\renewcommand{\labelenumi}{\alph{enumi}.}
\item Set, collect and identify mosquito traps on the weekly surveillance rota.
\item Inspect homes, schools and businesses for breeding sites and advise on their removal.
\item Apply larvicides and adulticides safely during outbreaks.
\item Keep the surveillance database and prepare monthly reports.
\item Train village health volunteers and seasonal workers.
\item Perform related duties as assigned.
\end{enumerate}
\section*{Minimum qualifications}
\subsection*{Essential}
\begin{itemize}
""" + items(n["ess"]["en"]) + r"""
\end{itemize}
\subsection*{Desirable}
\begin{itemize}
""" + items(n["des"]["en"]) + r"""
\end{itemize}
\section*{Competencies}
\begin{itemize}
""" + comps + r"""
\end{itemize}
\section*{How to apply}
Submit the ASG application form (DHR Form 1), a résumé, copies of diplomas and a police clearance to the Department of Human Resources, Recruitment Section, Utulei, or by e-mail to recruitment@dhr.as.example, before the closing date. A field allowance of \$1,040 per year is paid to employees assigned to the Manu'a Islands. Late or incomplete applications will not be considered.
\end{document}
"""


def pnrbv():
    n = N["pnrbv"]
    ess = "\n".join(r"\item[--] " + t(x) for x in n["ess"]["fr"])
    des = "\n".join(r"\item[--] " + t(x) for x in n["des"]["fr"])
    c = n["comp"]["fr"]
    quals = f"{t(c[0][0])}, {t(c[1][0])} et {t(c[2][0])}."
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=20mm,top=24mm]{geometry}\usepackage{xcolor,fancyhdr,ragged2e}
\definecolor{sapin}{HTML}{2E5E3A}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\textsc{Parc naturel régional des Ballons des Vosges}}\fancyhead[R]{\textsc{Offre d'emploi}}
\fancyfoot[C]{\small """ + t(n["ref"]) + r""" -- page \thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}\RaggedRight\hyphenpenalty=10000\exhyphenpenalty=10000
\newcommand{\ri}[1]{\textcolor{sapin}{\textbf{#1}}\ }
\begin{document}
{\Large\bfseries\color{sapin} """ + t(n["title"]["fr"]) + r"""\par}
\vspace{2pt}
{\small Réf. """ + t(n["ref"]) + r""" \textbar{} Lieu : """ + t(n["loc"]["fr"]) + r""" \textbar{} CDD de trois ans renouvelable \textbar{} Date limite : 29 janvier 2042\par}
\vspace{4pt}\textcolor{sapin}{\rule{\linewidth}{0.8pt}}

\ri{L'employeur.}""" + t(n["org"]["fr"]) + r""", qui réunit deux régions, quatre départements et près de deux cents communes autour des sommets du massif, met en œuvre la charte du Parc sur un territoire de forêts, de chaumes et de tourbières.

\ri{Le poste.}Au sein du pôle patrimoine naturel, vous animez le programme de préservation des forêts d'altitude et accompagnez les propriétaires publics et privés dans la prise en compte de la biodiversité.

\ri{Vos missions.}Suivre les îlots de vieux bois et le réseau de réserves forestières ; conseiller les communes forestières et l'Office national des forêts sur les coupes en zone sensible ; coordonner les inventaires de faune et de flore ; animer les comités de suivi et préparer les bilans annuels.

\ri{Votre profil.}Vous justifiez :
\begin{itemize}\setlength{\itemsep}{0pt}
""" + ess + r"""
\end{itemize}

\ri{Un plus.}Seraient également appréciés :
\begin{itemize}\setlength{\itemsep}{0pt}
""" + des + r"""
\end{itemize}

\ri{Vos qualités.}""" + quals + r"""

\ri{Temps de travail.}""" + t(n["sched"]["fr"]) + r""". Des sorties de terrain tôt le matin ou en soirée sont à prévoir au printemps, récupérées selon le protocole du syndicat.

\ri{Rémunération.}De 2 300 à 2 750 € bruts mensuels selon l'expérience, sur la base de la grille des ingénieurs territoriaux, avec participation à la mutuelle et titres-restaurant.

\ri{Postuler.}Lettre de motivation et CV à adresser à Monsieur le Président avant la date limite, par courriel à recrutement@parc-ballons.example. Les entretiens auront lieu le 10 février 2042 ; prise de poste souhaitée le 1er avril 2042.
\end{document}
"""


def build():
    os.makedirs(SRC, exist_ok=True)
    out = {}
    for stem, fn in (("dhr-42-0031-amsamoa", asg), ("pnrbv-2042-02-ballons", pnrbv)):
        p = os.path.join(SRC, stem + ".tex")
        with open(p, "w", encoding="utf-8") as f:
            f.write(fn())
        out[stem] = p
    return out


if __name__ == "__main__":
    build()
