# pdfTeX sources: DRBC (cover page), PNR Scarpe-Escaut (run-in headings)
import os
from data import N
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")

def esc(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s.replace("·", r"\textperiodcentered{}")

PRE = r"""\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[a4paper,margin=22mm]{geometry}\usepackage{xcolor}\usepackage{fancyhdr}\usepackage{tabularx}
\usepackage{microtype}
"""

def drbc():
    d = N["drbc-ja-44-05"]; r = d["requirements"]["en"]; cs = d["competencies"]["en"]
    items = lambda xs: "\n".join(r"\item " + esc(x) for x in xs)
    return PRE + r"""\usepackage[english]{babel}
\definecolor{river}{HTML}{1D4E89}\definecolor{sand}{HTML}{E9DFC7}
\pagestyle{fancy}\fancyhf{}\lhead{\small\scshape Delaware River Basin Commission}\rhead{\small Job Announcement """ + d["reference"] + r"""}
\cfoot{\small Page \thepage}\renewcommand{\headrulewidth}{0.4pt}
\begin{document}
\begin{titlepage}\newgeometry{margin=0mm}
\noindent\colorbox{river}{\parbox[t][120mm][c]{\paperwidth}{\centering\color{white}
{\Large\bfseries DELAWARE RIVER BASIN COMMISSION\par}\vspace{3mm}
{\small A federal-interstate compact agency of Delaware, New Jersey, New York, Pennsylvania and the United States\par}\vspace{18mm}
{\normalsize JOB ANNOUNCEMENT\par}\vspace{4mm}
{\huge\bfseries """ + esc(d["title"]["en"]) + r"""\par}\vspace{4mm}
{\large Water Resource Planning Branch\par}}}
\vspace{20mm}
\begin{center}\begin{tabular}{ll}
\textbf{Announcement No.} & """ + d["reference"] + r""" \\
\textbf{Opening date} & November 7, 2044 \\
\textbf{Closing date} & December 9, 2044, 5:00 p.m. Eastern Time \\
\textbf{Grade} & """ + d["grade"] + r""" \\
\end{tabular}\end{center}
\vfill\begin{center}\small The DRBC is an equal opportunity employer.\end{center}\vspace{15mm}
\restoregeometry\end{titlepage}
\section*{Position summary}
\noindent\renewcommand{\arraystretch}{1.3}\begin{tabularx}{\textwidth}{@{}p{38mm}X@{}}
\textbf{Employer} & """ + esc(d["organisation"]["en"]) + r""" \\
\textbf{Location} & """ + esc(d["location"]["en"]) + r""" \\
\textbf{Grade} & """ + d["grade"] + r""" (DRBC compensation plan) \\
\textbf{Salary} & \$82,300 -- \$97,600 per year (USD) \\
\textbf{Schedule} & """ + esc(d["schedule"]["en"]) + r""" \\
\textbf{Status} & Regular, exempt \\
\textbf{Desired start} & February 6, 2045 \\
\end{tabularx}
\section*{Major duties}
\renewcommand{\labelenumi}{\alph{enumi}.}\begin{enumerate}
\item Maintain and run the basin's water supply and reservoir operations models.
\item Prepare water availability assessments and drought scenarios for the Commission.
\item Review withdrawal applications for consistency with the Comprehensive Plan.
\item Coordinate data exchange with the four basin states and federal agencies.
\item Present results to advisory committees and at public hearings.
\end{enumerate}
\section*{Qualifications}
\subsection*{Essential}
\begin{itemize}
""" + items(r["essential"]) + r"""
\end{itemize}
\subsection*{Desirable}
\begin{itemize}
""" + items(r["desirable"]) + r"""
\end{itemize}
\section*{Competencies}
""" + "\n\n".join(r"\noindent\textbf{" + esc(c["name"]) + ":} " + esc(c["description"]) for c in cs) + r"""
\section*{Benefits}
Health, dental and vision coverage; a defined benefit pension with an employer contribution of 9\% of salary;
a \$1,200 yearly commuting subsidy; and 13 paid holidays.
\section*{How to apply}
E-mail a cover letter, resume and three references to jobs@drbc.example with Job Announcement """ + d["reference"] + r""" in the subject line.
Interviews are expected in the week of January 9, 2045.
\end{document}
"""

def scarpe():
    d = N["pnrse-2044-08"]; r = d["requirements"]["fr"]; cs = d["competencies"]["fr"]
    items = lambda xs: "\n".join(r"\item " + esc(x).replace(" ;", "~;") for x in xs)
    ri = lambda t: r"\medskip\noindent{\color{bleu}\bfseries\textsc{" + t + r"}}\,---\ "
    return PRE + r"""\renewcommand{\labelitemi}{--}
\definecolor{bleu}{HTML}{2B5F75}
\pagestyle{fancy}\fancyhf{}\lhead{\footnotesize\scshape Parc naturel régional Scarpe-Escaut}\rhead{\footnotesize\scshape Offre d'emploi}
\cfoot{\footnotesize """ + d["reference"] + r""" -- page \thepage}\renewcommand{\headrulewidth}{0pt}
\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000
\begin{document}
{\small\color{bleu}LE PARC NATUREL RÉGIONAL SCARPE-ESCAUT RECRUTE\par}\medskip
{\LARGE\bfseries """ + esc(d["title"]["fr"]) + r"""\par}\medskip
{\small Réf.~""" + d["reference"] + r""" \textbullet{} Lieu~: """ + esc(d["location"]["fr"]) + r""" \textbullet{} CDD de trois ans, renouvelable \textbullet{} Date limite~: 14 décembre 2044\par}
\bigskip
""" + ri("Contexte") + r"""Premier parc naturel régional créé en France, le Parc Scarpe-Escaut associe cinquante-cinq communes entre Valenciennes et Douai. Il est géré par le """ + esc(d["organisation"]["fr"]) + r""", qui emploie une quarantaine d'agents.

""" + ri("Missions") + r"""Vous animez la démarche trame verte et bleue~: diagnostic des continuités écologiques~; accompagnement des communes dans leurs documents d'urbanisme~; montage de programmes de plantation de haies et de restauration de mares~; suivi des conventions avec les agriculteurs~; animation du réseau transfrontalier avec le parc naturel des Plaines de l'Escaut.

""" + ri("Profil") + r"""Vous disposez~:
\begin{itemize}\setlength{\itemsep}{0pt}
""" + items(r["essential"]) + r"""
\end{itemize}
""" + ri("Atouts") + r"""Seraient appréciées~:
\begin{itemize}\setlength{\itemsep}{0pt}
""" + items(r["desirable"]) + r"""
\end{itemize}
""" + ri("Savoir-être") + r"""
\begin{itemize}\setlength{\itemsep}{0pt}
""" + "\n".join(r"\item \emph{" + esc(c["name"]) + r"}~: " + esc(c["description"]) for c in cs) + r"""
\end{itemize}
""" + ri("Conditions") + esc(d["schedule"]["fr"]) + r""". Télétravail possible un jour par semaine. Rémunération selon la grille des attachés territoriaux, de 2~350 à 2~780~€ bruts mensuels, plus une prime annuelle de 600~€ et des titres-restaurant de 8~€.

""" + ri("Candidature") + r"""Lettre de motivation et CV à adresser à Monsieur le Président avant le 14 décembre 2044, à recrutement@pnr-scarpe-escaut.example. Jury prévu le 12 janvier 2045~; prise de poste le 1\textsuperscript{er} mars 2045.
\end{document}
"""

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    open(os.path.join(OUT, "drbc.tex"), "w").write(drbc())
    open(os.path.join(OUT, "scarpe.tex"), "w").write(scarpe())
