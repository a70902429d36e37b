# pdfTeX sources (Kiribati cover page; OFB/Iroise run-in headings).
import os
from data import D
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")

def t(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}
    return "".join(rep.get(c, c) for c in s)

def kiribati():
    d = D["pso-2040-022"]; R = d["requirements"]["en"]; C = d["competencies"]["en"]
    items = lambda L: "\n".join(r"\item " + t(x) for x in L)
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.3cm]{geometry}\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{tabularx}\usepackage{parskip}
\definecolor{ocean}{HTML}{0B4F6C}\definecolor{sun}{HTML}{F2A541}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small Government of Kiribati -- Public Service Office}\fancyhead[R]{\small Vacancy No. PSO 2040/022}
\fancyfoot[L]{\small Bairiki, Tarawa}\fancyfoot[R]{\small Page \thepage}
\begin{document}
\begin{titlepage}
\pagecolor{ocean}\color{white}
\vspace*{2.5cm}
{\large\bfseries GOVERNMENT OF KIRIBATI\par}
{\small Public Service Office\par}
\vspace{2cm}
{\color{sun}\rule{\linewidth}{2pt}}\par\vspace{0.6cm}
{\Huge\bfseries VACANCY\par}\vspace{0.6cm}
{\LARGE """ + t(d["title"]["en"]) + r"""\par}\vspace{0.3cm}
{\large Ministry of Fisheries and Marine Resource Development -- Licensing and Revenue Division\par}
\vspace{0.6cm}{\color{sun}\rule{\linewidth}{2pt}}\par\vspace{1.5cm}
{\large Vacancy No. PSO 2040/022\par}\vspace{0.3cm}
{\large Closing date: Wednesday, 11 April 2040, 4.00pm (Kiribati time)\par}
\vfill
{\small Issued by the Public Service Office on 14 March 2040. Applications received after the closing date will not be considered.\par}
\end{titlepage}
\nopagecolor\color{black}
\section*{""" + t(d["title"]["en"]) + r"""}
\begin{tabularx}{\linewidth}{@{}>{\bfseries}p{4.2cm}X@{}}
Vacancy No. & PSO 2040/022\\
Employer & """ + t(d["organisation"]["en"]) + r"""\\
Post & """ + t(d["title"]["en"]) + r"""\\
Duty station & """ + t(d["location"]["en"]) + r"""\\
Salary level & """ + t(d["grade"]) + r"""\\
Salary & AUD 19,850 -- 23,410 per annum\\
Hours & """ + t(d["schedule"]["en"]) + r"""\\
Terms & Permanent and pensionable, after two years of probation\\
Closing date & 11 April 2040\\
\end{tabularx}

\subsection*{Purpose of the position}
The Senior Fisheries Licensing Officer manages the licensing of foreign and domestic fishing vessels in Kiribati waters, which provides a large share of government revenue. The officer makes sure that every licence is issued on time, that fees are collected in full and that licence conditions are respected.

\subsection*{Key result areas}
\begin{enumerate}\renewcommand{\labelenumi}{\alph{enumi}.}
\item Process applications for fishing licences and check vessel registration and compliance history.
\item Calculate and invoice licence fees and reconcile payments with the Ministry of Finance.
\item Keep the licensing register and vessel lists up to date and share them with regional partners.
\item Prepare monthly revenue reports and briefs for the Secretary and the Minister.
\item Supervise and coach two Licensing Officers and one Revenue Clerk.
\item Take part in port inspections in Betio when vessels unload or transship.
\end{enumerate}

\subsection*{Person specification}
\subsubsection*{Essential}
\begin{itemize}
""" + items(R["essential"]) + r"""
\end{itemize}
\subsubsection*{Desirable}
\begin{itemize}
""" + items(R["desirable"]) + r"""
\end{itemize}

\subsection*{Core competencies}
\begin{itemize}
""" + "\n".join(r"\item \textbf{" + t(c["name"]) + ":} " + t(c["description"]) for c in C) + r"""
\end{itemize}

\subsection*{How to apply}
Applications must be made on the standard application form, with a cover letter, a CV, certified copies of qualifications and two referee reports. Send them to the Secretary, Public Service Office, Bairiki, Tarawa, or to vacancies@pso-kiribati.example, by Wednesday, 11 April 2040, 4.00pm (Kiribati time). An outer island allowance of 15\% applies only to postings outside South Tarawa and does not apply to this post. Only shortlisted applicants will be contacted.
\end{document}
"""

def iroise():
    d = D["pnmi-2040-07"]; R = d["requirements"]["fr"]; C = d["competencies"]["fr"]
    items = lambda L: "\n".join(r"\item[--] " + t(x) for x in L)
    return r"""\documentclass[10.5pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2cm,top=2.2cm]{geometry}\usepackage{xcolor}\usepackage{fancyhdr}
\definecolor{iroise}{HTML}{006D77}
\newcommand{\runin}[1]{\textbf{\color{iroise}#1}\ }
\hyphenpenalty=10000 \exhyphenpenalty=10000 \raggedright \parindent=0pt \parskip=5pt
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\textsc{Office français de la biodiversité}}\fancyhead[R]{\textsc{Parc naturel marin d'Iroise}}
\fancyfoot[C]{\small Offre PNMI-2040-07 -- \thepage}
\begin{document}
{\Large\bfseries\color{iroise} """ + t(d["title"]["fr"]) + r"""\par}
\vspace{3pt}
{\small Réf. PNMI-2040-07 \textbar{} Lieu : """ + t(d["location"]["fr"]) + r""" \textbar{} Catégorie B \textbar{} Date limite : 16 avril 2040\par}
\vspace{6pt}

\runin{L'employeur.} """ + t(d["organisation"]["fr"]) + r""", établissement public dédié à la sauvegarde de la biodiversité. Au large de la pointe du Finistère, le parc naturel marin couvre plus de 3\,000~km² entre Ouessant et l'île de Sein ; son équipe d'une trentaine d'agents est installée au Conquet.

\runin{Le poste.} Au sein du service ingénierie et connaissance, vous participez au suivi scientifique des grands dauphins, des phoques gris et des marsouins, en mer et sur l'estran.

\runin{Vos missions.} Préparer et conduire les sorties d'observation à bord des navires du parc ; saisir, vérifier et archiver les données ; contribuer au catalogue de photo-identification ; rédiger les comptes rendus de campagne ; informer les plaisanciers et les professionnels de la mer des bonnes pratiques d'approche.

\runin{Votre profil.} Vous justifiez de :
\begin{itemize}\setlength{\itemsep}{0pt}
""" + items(R["essential"]) + r"""
\end{itemize}

\runin{Un plus.} Seraient également appréciés :
\begin{itemize}\setlength{\itemsep}{0pt}
""" + items(R["desirable"]) + r"""
\end{itemize}

\runin{Vos qualités.} """ + " -- ".join(t(c["name"]) for c in C) + r""".

\runin{Horaires.} """ + t(d["schedule"]["fr"]) + r""". Sorties en mer possibles le week-end en saison, récupérées.

\runin{Rémunération.} Pour les contractuels, entre 2\,180 € et 2\,560 € bruts mensuels selon l'expérience ; pour les fonctionnaires, selon la grille du corps d'accueil.

\runin{Statut.} Poste ouvert aux fonctionnaires de catégorie B par détachement et aux contractuels en CDD de trois ans.

\runin{Postuler.} Envoyez CV et lettre de motivation à recrutement-iroise@ofb-rh.example au plus tard le 16 avril 2040, en rappelant la référence. Les entretiens auront lieu au Conquet le 30 avril 2040 ; prise de poste souhaitée le 1er juin 2040.
\end{document}
"""

if __name__ == "__main__":
    os.makedirs(SRC, exist_ok=True)
    open(os.path.join(SRC, "pso-2040-022-kiribati.tex"), "w", encoding="utf-8").write(kiribati())
    open(os.path.join(SRC, "pnmi-2040-07-iroise.tex"), "w", encoding="utf-8").write(iroise())
    print("tex written")
