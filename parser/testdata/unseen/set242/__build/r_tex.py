# LaTeX sources for the pdfTeX PDFs.
import os
from data import N
B = os.path.dirname(os.path.abspath(__file__))
def t(s):
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")]:
        s = s.replace(a, b)
    return s
PRE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[margin=2.2cm,headheight=14pt]{geometry}\usepackage[table]{xcolor}\usepackage{fancyhdr}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
"""

def bvi():
    d = N["dhr-118-of-2037"]; r = d["requirements"]["en"]; c = d["competencies"]["en"]
    items = lambda xs: "\\begin{itemize}\n" + "".join(f"\\item {t(x)}\n" for x in xs) + "\\end{itemize}\n"
    doc = PRE + r"""\definecolor{bvigreen}{RGB}{0,98,65}\definecolor{bvigold}{RGB}{226,170,40}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small Government of the Virgin Islands}\fancyhead[R]{\small Vacancy """ + t(d["reference"]) + r"""}
\fancyfoot[L]{\footnotesize Department of Human Resources, Central Administration Complex}\fancyfoot[R]{\footnotesize Page \thepage}
\begin{document}
\begin{titlepage}\pagecolor{bvigreen}\color{white}
\vspace*{2cm}{\large\textsc{Virgin Islands Public Service}}\par
{\color{bvigold}\rule{\textwidth}{2pt}}\par\vspace{1.2cm}
{\Huge\bfseries VACANCY NOTICE\par}\vspace{0.8cm}
{\LARGE """ + t(d["title"]["en"]) + r"""\par}\vspace{0.6cm}
{\large Survey Department \textbullet{} Ministry of Natural Resources and Labour\par}\vspace{2cm}
{\large Vacancy No. """ + t(d["reference"]) + r"""\par}
{\large Closing date: Wednesday, 9 December 2037\par}\vfill
{\small Issued by the Department of Human Resources on 10 November 2037. Permanent and pensionable appointments are reserved for Virgin Islanders and persons deemed to belong to the Virgin Islands.\par}
\end{titlepage}
\nopagecolor\color{black}\setcounter{page}{2}
\section*{Post details}
\begin{tabular}{@{}p{4.2cm}p{10.8cm}@{}}
\textbf{Post} & """ + t(d["title"]["en"]) + r""" \\
\textbf{Vacancy No.} & """ + t(d["reference"]) + r""" \\
\textbf{Employer} & """ + t(d["organisation"]["en"]) + r""" \\
\textbf{Department} & Survey Department \\
\textbf{Location} & """ + t(d["location"]["en"]) + r""" \\
\textbf{Grade} & """ + d["grade"] + r""" \\
\textbf{Salary} & US\$52,404 -- US\$63,912 per annum (USD) \\
\textbf{Hours} & """ + t(d["schedule"]["en"]) + r""" \\
\textbf{Appointment} & Permanent and pensionable, or three-year contract for non-belongers \\
\textbf{Closing date} & 9 December 2037 \\
\end{tabular}
\section*{Role Summary}
The successful applicant will maintain the Territory's geographic databases, produce maps and spatial analyses for ministries and statutory bodies, and support the modernisation of the land information system after recent hurricane seasons.
\section*{Main Responsibilities}
\begin{enumerate}
\item Maintains parcel, road and building layers and checks their quality.
\item Produces maps and analyses for planning, disaster management and land registry requests.
\item Processes drone and satellite imagery for damage and change assessments.
\item Trains staff of other departments in the use of GIS viewers.
\item Performs any other related duties as required by the Chief Surveyor.
\end{enumerate}
\section*{Minimum Qualifications and Experience}
""" + items(r["essential"]) + r"""
\section*{Preferred Qualifications}
""" + items(r["desirable"]) + r"""
\section*{Competencies}
""" + "".join(f"\\textbf{{{t(x['name'])}:}} {t(x['description'])}\\par\n" for x in c) + r"""
\section*{How to Apply}
Applications must be made on the Government application form through the online Employment Application Service, with a cover letter, a CV, copies of certificates and two references. Public officers should copy their Permanent Secretary. Only short-listed applicants will be contacted; interviews are planned for late January 2038.
\end{document}
"""
    open(os.path.join(B, "src", "dhr-118-of-2037-gov-vg.pdflatex.tex"), "w").write(doc)

def cnr():
    d = N["cnr-rh-2037-214"]; r = d["requirements"]["fr"]; c = d["competencies"]["fr"]
    it = lambda xs: "".join(f"\\par -- {t(x)}\n" for x in xs)
    doc = PRE + r"""\definecolor{cnrblue}{RGB}{0,84,150}
\newcommand{\runin}[1]{{\color{cnrblue}\bfseries #1}\ }
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\small\textsc{Compagnie nationale du Rhône}}\fancyhead[R]{\small Offre """ + t(d["reference"]) + r"""}
\fancyfoot[C]{\footnotesize 2 rue André Bonin, 69004 Lyon -- \thepage}
\begin{document}
{\LARGE\bfseries """ + t(d["title"]["fr"]) + r"""\par}\smallskip
{\small Réf. """ + t(d["reference"]) + r""" \textbar{} Lieu : """ + t(d["location"]["fr"]) + r""" \textbar{} Contrat : CDI \textbar{} Date limite : 11 décembre 2037}\par
{\color{cnrblue}\rule{\textwidth}{1pt}}\par
\runin{L'entreprise.} Concessionnaire du Rhône depuis 1933, la """ + t(d["organisation"]["fr"]) + r""" produit une électricité d'origine exclusivement renouvelable et entretient le fleuve pour la navigation et l'irrigation. Ses 19 aménagements hydroélectriques sont pilotés depuis un centre de conduite à Lyon.

\runin{Le poste.} Au sein du groupement d'exploitation de Bollène, vous assurez l'exploitation courante de la centrale, de l'écluse et du barrage de retenue associés, en lien avec le centre de conduite.

\runin{Vos missions.}
\par -- surveiller les groupes de production et les organes de l'ouvrage ;
\par -- réaliser les manœuvres d'exploitation et les consignations ;
\par -- effectuer la maintenance de premier niveau et rédiger les comptes rendus ;
\par -- participer aux visites de digues et aux exercices de crue.

\runin{Votre profil. Vous avez :}""" + it(r["essential"]) + r"""
\runin{Un plus. Nous apprécierons également :}""" + it(r["desirable"]) + r"""
\runin{Vos qualités.} """ + ", ".join(t(x["name"]) for x in c) + r""".

\runin{Horaires.} """ + t(d["schedule"]["fr"]) + r""". Astreinte d'exploitation une semaine sur cinq, avec logement à proximité de l'ouvrage.

\runin{Rémunération.} Entre 30 000 et 34 000 € bruts annuels selon expérience, sur 13 mois, plus intéressement, participation et prime d'astreinte.

\runin{Postuler.} CV et lettre de motivation sur le site carrières de la CNR avant le 11 décembre 2037. Les premiers entretiens se tiendront à Bollène à partir du 11 janvier 2038 ; prise de poste au printemps 2038.
\end{document}
"""
    open(os.path.join(B, "src", "cnr-rh-2037-214-cnr.pdflatex.tex"), "w").write(doc)

if __name__ == "__main__":
    bvi(); cnr()
