"""pdfTeX sources (src/*.tex), compiled twice by assemble.py:
Government of Guam (cover page) and PNR des Causses du Quercy (run-in headings)."""
import os
import re
from data import N, HERE

SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)


def t(s):
    s = s.replace("\\", r"\textbackslash{}")
    for a, b in (("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    s = s.replace(" ;", "~;").replace(" :", "~:")
    return s


PRE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{xcolor}
\usepackage{tabularx}
\usepackage{fancyhdr}
\usepackage{colortbl}
"""


def guam():
    d = N["doa-ja-43-117"]
    en = "en"
    R = d["requirements"][en]
    items = lambda xs: "\\begin{itemize}\n" + "".join(f"\\item {t(x)}\n" for x in xs) + "\\end{itemize}\n"
    comps = "".join(f"\\noindent\\textbf{{{t(c['name'])}:}} {t(c['description'])}\\par\\smallskip\n"
                    for c in d["competencies"][en])
    return PRE + r"""
\renewcommand{\familydefault}{\sfdefault}
\usepackage[margin=22mm,top=25mm]{geometry}
\definecolor{gn}{HTML}{7A1F2B}
\definecolor{gs}{HTML}{F3E9D2}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small\textsc{Government of Guam -- Department of Administration}}
\fancyhead[R]{\small Job Announcement No. """ + t(d["reference"]) + r"""}
\fancyfoot[L]{\footnotesize Human Resources Division, Recruitment Branch, Hag\aa{}t\~na}
\fancyfoot[R]{\footnotesize Page \thepage}
\setlength{\parindent}{0pt}
\setlength{\parskip}{4pt}
\begin{document}
\begin{titlepage}
\centering
{\color{gn}\rule{\linewidth}{3pt}}\par\vspace{8mm}
{\Large\bfseries GOVERNMENT OF GUAM\par}
\vspace{2mm}
{\large Department of Administration\par Human Resources Division\par}
\vspace{18mm}
\fcolorbox{gn}{gs}{\parbox{0.82\linewidth}{\centering\vspace{6mm}
{\large\bfseries JOB ANNOUNCEMENT\par}\vspace{6mm}
{\huge\bfseries """ + t(d["title"][en]) + r"""\par}\vspace{5mm}
{\large Department of Public Health and Social Services\par}\vspace{6mm}
Job Announcement No. """ + t(d["reference"]) + r"""\par\vspace{6mm}}}
\par\vspace{18mm}
{\large Opening date: Friday, February 20, 2043\par}
\vspace{3mm}
{\large\bfseries Closing date: Friday, March 13, 2043, 5:00 p.m. (Chamorro Standard Time)\par}
\vfill
{\small Open competitive recruitment. The Government of Guam is an Equal Employment Opportunity employer.\par}
{\color{gn}\rule{\linewidth}{3pt}}
\end{titlepage}

\section*{Position details}
\begin{tabularx}{\linewidth}{>{\columncolor{gs}\bfseries}p{40mm}X}
\hline
Position title & """ + t(d["title"][en]) + r""" \\ \hline
Employer & """ + t(d["organisation"][en]) + r""" \\ \hline
Duty station & """ + t(d["location"][en]) + r""" \\ \hline
Pay grade & Pay Grade N, Steps 1--10 (General Pay Plan) \\ \hline
Salary & \$48,212 -- \$69,890 per annum (USD) \\ \hline
Hours of work & """ + t(d["schedule"][en]) + r""" \\ \hline
Type of recruitment & Open competitive; an eligibility list will be kept for twelve months \\ \hline
\end{tabularx}

\section*{Nature of work}
This is professional environmental health work in the inspection of food establishments, public swimming pools,
schools and day-care centres, and in the investigation of public complaints. Employees in this class work with
some independence and may lead teams of Environmental Health Specialist I employees during outbreak investigations.

\section*{Illustrative examples of duties}
a. Inspects food establishments and issues sanitary permits.\par
b. Collects water, food and swab samples and sends them to the Public Health Laboratory.\par
c. Investigates complaints about sewage, vector breeding sites and solid waste.\par
d. Prepares notices of violation and testifies at administrative hearings.\par
e. Conducts food-handler classes in English and, where needed, with an interpreter.\par
f. Performs related work as required.

\newpage
\section*{Minimum experience and training}
\subsection*{Essential}
""" + items(R["essential"]) + r"""
\subsection*{Desirable}
""" + items(R["desirable"]) + r"""
\section*{Competencies}
""" + comps + r"""
\section*{Conditions of employment}
Selected candidates must pass a pre-employment drug test and a police and court clearance. A night differential of
10\% is paid for scheduled work between 6:00 p.m. and 6:00 a.m.; hazardous duty pay of 10\% may apply to outbreak
assignments. Employees join the Defined Contribution Retirement System.

\section*{How to apply}
Submit a Government of Guam employment application, with transcripts and a copy of your license, to the Recruitment
Branch, or through the online job portal, before the closing date and time. Applications received after 5:00 p.m.
on the closing date will not be accepted. Interviews of certified eligibles are expected to begin on April 6, 2043.
\end{document}
"""


def quercy():
    d = N["pnrcq-2043-03"]
    fr = "fr"
    R = d["requirements"][fr]
    li = lambda xs: "\\\\\n".join(f"\\quad -- {t(x)}" for x in xs)
    comps = " ".join(f"\\emph{{{t(c['name'])}}} : {t(c['description'])}".replace(" : ", "~: ")
                     for c in d["competencies"][fr])
    return PRE + r"""\usepackage[margin=20mm,top=24mm]{geometry}
\definecolor{oc}{HTML}{9A5B13}
\newcommand{\ri}[1]{\textbf{\color{oc}#1}\enspace}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small\textsc{Parc naturel régional des Causses du Quercy}}
\fancyhead[R]{\small\textsc{Offre d'emploi}}
\fancyfoot[C]{\footnotesize """ + t(d["reference"]) + r""" -- page \thepage}
\setlength{\parindent}{0pt}
\setlength{\parskip}{5pt}
\raggedright
\hyphenpenalty=10000
\exhyphenpenalty=10000
\begin{document}
{\color{oc}\small\textsc{Le Parc recrute}}\par
{\LARGE\bfseries """ + t(d["title"][fr]) + r"""\par}
\smallskip
{\small Réf. """ + t(d["reference"]) + r""" \textbar{} Lieu : """ + t(d["location"][fr]) + r""" \textbar{} Contrat de projet de trois ans \textbar{} Date limite : 19 mars 2043}\par
{\color{oc}\rule{\linewidth}{0.8pt}}

\ri{L'employeur.} Le """ + t(d["organisation"][fr]) + r""", qui fédère 97 communes du nord du Lot, met en œuvre la charte
du Parc et anime le géoparc mondial de l'UNESCO reconnu sur son territoire.

\ri{Le poste.} Au sein du pôle patrimoines, sous l'autorité de la directrice adjointe, vous pilotez le programme
géopatrimoine : inventaire des sites, conservation, médiation et accueil des chercheurs.

\ri{Vos missions.} Vous actualisez l'inventaire des géosites et proposez les mesures de protection ; vous suivez les
conventions avec les propriétaires de phosphatières et de grottes ; vous concevez les sentiers d'interprétation et
les outils pédagogiques ; vous préparez le dossier de revalidation du label ; vous accueillez les équipes
scientifiques et organisez les rencontres annuelles du géoparc.

\ri{Votre profil.} Vous possédez :\\
""" + li(R["essential"]) + r"""

\ri{Un plus.} Seraient appréciées :\\
""" + li(R["desirable"]) + r"""

\ri{Vos qualités.} """ + comps + r"""

\ri{Temps de travail.} """ + t(d["schedule"][fr]) + r""". Déplacements fréquents sur le territoire ; quelques
week-ends pendant la saison des animations.

\ri{Rémunération.} Cadre d'emplois des ingénieurs territoriaux (catégorie A) ; pour un contrat, de 2 280 à 2 710 €
bruts mensuels selon l'expérience, plus régime indemnitaire et participation à la mutuelle.

\ri{Postuler.} Lettre et CV à adresser à Madame la Présidente avant le 19 mars 2043, par courriel à
recrutement@parc-causses.example. Entretiens le 2 avril 2043 ; prise de poste le 1\textsuperscript{er} juin 2043.
\end{document}
"""


if __name__ == "__main__":
    for name, fn in (("doa-ja-43-117-guam", guam), ("pnrcq-2043-03-causses", quercy)):
        doc = fn()
        if name.startswith("pnrcq"):
            # French spacing: no break before ; or : and inside figures (2 280)
            doc = doc.replace(" ;", "~;").replace(" :", "~:")
            doc = re.sub(r"(\d) (\d{3})", r"\1~\2", doc)
        open(os.path.join(SRC, name + ".tex"), "w", encoding="utf-8").write(doc)
        print("wrote", name)
