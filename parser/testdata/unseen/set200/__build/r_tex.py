# LaTeX sources (pdfTeX): Pictet notice with run-in headings (FR then EN), Barco landscape page in three columns.
import os
from data import N

SRC = os.path.join(os.path.dirname(__file__), "src")
os.makedirs(SRC, exist_ok=True)


def tx(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    s = s.replace(" ;", "~;").replace(" :", "~:")
    return s


def items(lst):
    return "\\begin{itemize}\\itemsep1pt\n" + "".join(f"\\item {tx(x)}\n" for x in lst) + "\\end{itemize}\n"


PRE = r"""\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{multicol}\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
"""


def pictet():
    d = N["34-ge-0218"]; F, E = d["requirements"]["fr"], d["requirements"]["en"]
    CF, CE = d["competencies"]["fr"], d["competencies"]["en"]
    s = PRE + r"""\usepackage[a4paper,margin=24mm,top=28mm]{geometry}
\definecolor{pic}{HTML}{7A1F2B}
\pagestyle{fancy}\fancyhf{}
\fhead{}
\lhead{\small\color{pic}\textsc{Pictet}}\rhead{\small Offre d'emploi / Job offer -- Réf.~34-GE-0218}
\cfoot{\small\thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\makeatletter\renewcommand\paragraph{\@startsection{paragraph}{4}{\z@}{2ex plus .5ex}{-1em}{\normalfont\bfseries\color{pic}}}\makeatother
\begin{document}
{\Large\bfseries\color{pic} """ + tx(d["title"]["fr"]) + r"""}\\[2pt]
{\small Réf.~34-GE-0218 \quad|\quad Lieu~: Genève \quad|\quad Taux d'activité~: 80-100~\% \quad|\quad Délai de postulation~: 28 juin 2034}

\paragraph{Employeur.} """ + tx(d["organisation"]["fr"]) + r""", établissement du groupe Pictet, maison genevoise de gestion de fortune et d'actifs fondée en 1805 et détenue par ses associés. Le département Compliance -- Clientèle privée compte une quarantaine de spécialistes répartis entre Genève, Zurich et Luxembourg.

\paragraph{Votre mission.} Au sein de l'équipe KYC, vous examinez les dossiers d'ouverture de comptes et les revues périodiques des relations existantes~; vous analysez l'origine des avoirs, vous documentez les cas à risque accru et vous préparez les décisions du comité d'acceptation. Vous conseillez les gérants sur les pièces à obtenir et vous participez aux projets d'automatisation des contrôles.

\paragraph{Votre profil.} Vous disposez de~:
""" + items(F["essential"]) + r"""
\paragraph{Un plus.} Seraient appréciés~:
""" + items(F["desirable"]) + r"""
\paragraph{Vos qualités.}
\begin{itemize}\itemsep1pt
""" + "".join(f"\\item \\textbf{{{tx(c['name'])}~:}} {tx(c['description'])}\n" for c in CF) + r"""\end{itemize}

\paragraph{Nous offrons.} Un environnement stable et exigeant, une formation continue, des prestations sociales supérieures à la moyenne et la possibilité de travailler à domicile un jour par semaine. Entrée en fonction~: à convenir, idéalement le 1er septembre 2034.

\paragraph{Postuler.} Merci de déposer votre dossier complet (CV, lettre, certificats) sur notre site carrières avant le 28 juin 2034, en indiquant la référence 34-GE-0218. Les dossiers envoyés par des agences de placement ne seront pas pris en compte.

\vspace{6mm}\hrule\vspace{4mm}
{\large\bfseries\color{pic} ENGLISH VERSION}\par
{\Large\bfseries\color{pic} """ + tx(d["title"]["en"]) + r"""}\\[2pt]
{\small Ref.~34-GE-0218 \quad|\quad Location: Geneva \quad|\quad Activity rate: 80-100\% \quad|\quad Application deadline: 28 June 2034}

\paragraph{Employer.} """ + tx(d["organisation"]["en"]) + r""", part of the Pictet group, a Geneva wealth and asset manager founded in 1805 and owned by its partners. The Compliance -- Private Clients department has some forty specialists in Geneva, Zurich and Luxembourg.

\paragraph{Your role.} As a member of the KYC team you review account-opening files and the periodic reviews of existing relationships; you analyse the source of wealth, document higher-risk cases and prepare the decisions of the client acceptance committee. You advise relationship managers on the documents required and take part in projects to automate controls.

\paragraph{Your profile.} You have:
""" + items(E["essential"]) + r"""
\paragraph{A plus.} We would also appreciate:
""" + items(E["desirable"]) + r"""
\paragraph{Your qualities.}
\begin{itemize}\itemsep1pt
""" + "".join(f"\\item \\textbf{{{tx(c['name'])}:}} {tx(c['description'])}\n" for c in CE) + r"""\end{itemize}

\paragraph{We offer.} A stable and demanding environment, continuous training, benefits above the market average and the option of working from home one day a week. Start date: to be agreed, ideally 1 September 2034.

\paragraph{How to apply.} Please submit your complete application (CV, letter, references) on our careers site by 28 June 2034, quoting reference 34-GE-0218. Applications sent by placement agencies will not be considered.
\end{document}
"""
    s = s.replace("\\fhead{}\n", "")
    open(os.path.join(SRC, "34-ge-0218-pictet.tex"), "w", encoding="utf-8").write(s)


def barco():
    d = N["r-2034-4471"]; R = d["requirements"]["en"]
    s = PRE + r"""\usepackage[a4paper,landscape,margin=14mm]{geometry}
\definecolor{bar}{HTML}{0A2240}
\pagestyle{empty}\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\setlength{\columnsep}{9mm}\setlength{\columnseprule}{0.4pt}
\begin{document}
\colorbox{bar}{\parbox{\dimexpr\linewidth-2\fboxsep}{\vspace{3mm}\color{white}{\small BARCO \quad|\quad CAREERS \quad|\quad HEALTHCARE}\\[1mm]
{\LARGE\bfseries """ + tx(d["title"]["en"]) + r"""}\vspace{3mm}}}
\vspace{3mm}
\begin{multicols}{3}
\textbf{\color{bar}THE JOB IN SHORT}\par
\begin{tabular}{@{}>{\bfseries}p{26mm}p{46mm}@{}}
Job ID & R-2034-4471\\
Company & Barco NV\\
Location & Kortrijk, Belgium\\
Employment & Full-time\\
Contract & Permanent\\
Team & Healthcare -- Display Firmware\\
Apply before & 30 June 2034\\
\end{tabular}

\textbf{\color{bar}ABOUT BARCO}\par
Barco designs visualisation and collaboration technology for healthcare, entertainment and enterprise markets. Its headquarters on the Beneluxpark in Kortrijk host research, development and production teams of more than forty nationalities.

\textbf{\color{bar}THE TEAM}\par
The Healthcare division builds the diagnostic and surgical displays that radiologists and surgeons use every day. You join a scrum team of eight engineers that owns the firmware of the next generation of medical displays.

\columnbreak
\textbf{\color{bar}WHAT YOU WILL DO}\par
You take part in board bring-up with the hardware team, develop drivers and services for the display pipeline, implement calibration and self-test features, and maintain the secure update chain. You write unit and integration tests, review code and support the verification team during regulatory testing.

\textbf{\color{bar}WHAT YOU BRING}\par
""" + items(R["essential"]) + r"""
\textbf{\color{bar}NICE TO HAVE}\par
""" + items(R["desirable"]) + r"""
\columnbreak
\textbf{\color{bar}WHAT WE OFFER}\par
A permanent contract, a competitive salary with meal vouchers, a company car or a mobility budget, hospitalisation and group insurance, 32 days off, hybrid working with two days at home, and a personal training budget. You work on products that are certified and used in hospitals in more than ninety countries.

\textbf{\color{bar}HOW TO APPLY}\par
Apply through the Barco careers site with your CV in English, quoting Job ID R-2034-4471, before 30 June 2034. The selection includes a technical interview, a short coding exercise and a meeting with the team. Barco is an equal opportunity employer.

\vfill
{\footnotesize Barco NV \textbullet{} President Kennedypark 35 \textbullet{} 8500 Kortrijk \textbullet{} Belgium\\ careers@barco.example}
\end{multicols}
\end{document}
"""
    open(os.path.join(SRC, "r-2034-4471-barco.tex"), "w", encoding="utf-8").write(s)


if __name__ == "__main__":
    pictet(); barco(); print("tex written")
