"""pdfTeX notices: Cayman Islands Government (three pages, fancyhdr running heads and
footers) and Imprimerie Nationale (run-in headings)."""
import os
import shutil
import subprocess

from data import N, ROOT, HERE

SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)


def tx(s):
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"),
                 ("_", r"\_")]:
        s = s.replace(a, b)
    return s


def cayman():
    n = N["cayman"]
    ess = "\n".join(r"\item " + tx(i) for i in n["essential"]["en"])
    des = "\n".join(r"\item " + tx(i) for i in n["desirable"]["en"])
    cmp_ = "\n\n".join(r"\textbf{" + tx(c["name"]) + ":} " + tx(c["description"]) for c in n["competencies"]["en"])
    return r"""\documentclass[12pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[utf8]{inputenc}
\usepackage[margin=30mm,headheight=15pt]{geometry}
\usepackage{fancyhdr,xcolor,array}
\definecolor{cig}{HTML}{004F71}
\renewcommand{\familydefault}{\sfdefault}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\color{cig}Cayman Islands Government \textperiodcentered{} National Weather Service}
\fancyhead[R]{\small\color{cig}Job Description \textendash{} """ + n["reference"] + r"""}
\fancyfoot[L]{\footnotesize Government Administration Building, 133 Elgin Avenue, George Town}
\fancyfoot[R]{\footnotesize Page \thepage\ of \pageref{LastPage}}
\setlength{\parindent}{0pt}\setlength{\parskip}{7pt}
\newcommand{\sect}[1]{\par\medskip{\large\bfseries\color{cig}#1}\par}
\begin{document}
{\Large\bfseries\color{cig} CAYMAN ISLANDS GOVERNMENT}\\[2pt]
{\large Job Description and Person Specification}\par\medskip
{\huge\bfseries """ + tx(n["title"]["en"]) + r"""}\par\bigskip
\sect{1. Post details}
\begin{tabular}{>{\bfseries}p{45mm}p{105mm}}
Post title & """ + tx(n["title"]["en"]) + r""" \\
Reference & """ + n["reference"] + r""" \\
Employer & """ + tx(n["organisation"]["en"]) + r""" \\
Ministry / department & Ministry of District Administration \& Lands \textendash{} Cayman Islands National Weather Service \\
Location & """ + tx(n["location"]["en"]) + r""" \\
Grade & """ + n["grade"] + r""" \\
Salary & KYD 51,696 \textendash{} KYD 65,760 per annum (CI\$) \\
Hours & """ + tx(n["schedule"]["en"]) + r""" \\
Contract & Three-year contract, renewable, with a 10\% pension contribution \\
Date posted & 25 September 2036 \\
Closing date & 20 October 2036 at 5:00 pm (Cayman time) \\
\end{tabular}
\sect{2. Purpose of the post}
The Forecaster II produces the official weather forecasts, warnings and aviation products for the Cayman Islands
and their surrounding waters, and provides round-the-clock briefings to the airports, the maritime community and
Hazard Management Cayman Islands. The post holder is a member of a shift team and may act as duty supervisor.
\sect{3. Reporting relationships and key contacts}
The post reports to the Chief Meteorologist through the Forecast Operations Manager. Key internal contacts are
the observing and climate sections and the ICT unit; key external contacts are the Civil Aviation Authority, the
Cayman Islands Airports Authority, the Port Authority, Hazard Management Cayman Islands, regional meteorological
centres and the media.
\sect{4. Key responsibilities}
\begin{enumerate}
\item Prepare and issue public, marine and aviation forecasts and terminal aerodrome forecasts to schedule.
\item Monitor observations, satellite and radar imagery and issue warnings for heavy rain, strong winds and high seas.
\item Brief pilots, air traffic control and port authorities on current and expected conditions.
\item During the hurricane season, contribute to the tropical cyclone watch and to national emergency briefings.
\item Check the quality of surface and upper-air observations and report equipment faults.
\item Mentor junior forecasters and observers on shift.
\item Take part in outreach to schools and the media when rostered.
\end{enumerate}
\sect{5. Core competencies}
""" + cmp_ + r"""
\clearpage
\sect{6. Person specification}
\textbf{Essential}
\begin{itemize}
""" + ess + r"""
\end{itemize}
\textbf{Desirable}
\begin{itemize}
""" + des + r"""
\end{itemize}
\sect{7. Working conditions}
The post is worked on a rotating roster covering days, nights, weekends and public holidays. Shift allowances are
paid in line with the Personnel Regulations. Staff may be required to remain on duty during the passage of a
tropical storm or hurricane, and to work from the alternate forecast office when it is activated.
\sect{8. Benefits}
Health insurance through the Government scheme, 20 days' annual leave rising with service, and paid training
towards WMO qualifications. Interviews are expected to take place in the first half of November 2036.
\sect{9. How to apply}
Applications must be submitted through the Government careers portal, quoting """ + n["reference"] + r""", by
20 October 2036 at 5:00 pm. Applicants must attach copies of their qualifications and the names of two referees.
Only shortlisted candidates will be contacted.\label{LastPage}
\end{document}
"""


def imprimerie():
    n = N["imprimerie"]
    ess = "\n".join(r"\item " + tx(i) for i in n["essential"]["fr"])
    des = "\n".join(r"\item " + tx(i) for i in n["desirable"]["fr"])
    qual = "\n".join(r"\item " + tx(c["name"]) for c in n["competencies"]["fr"])
    return r"""\documentclass[10.5pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[utf8]{inputenc}
\usepackage[margin=22mm]{geometry}
\usepackage{xcolor,fancyhdr}
\definecolor{inr}{HTML}{A3191F}
\pagestyle{fancy}\fancyhf{}
\fancyhead[R]{\footnotesize\color{inr}Imprimerie Nationale \textperiodcentered{} Offre d'emploi}
\fancyfoot[C]{\footnotesize """ + n["reference"] + r""" \textperiodcentered{} \thepage}
\renewcommand{\headrulewidth}{0pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
\hyphenpenalty=10000\exhyphenpenalty=10000
\newcommand{\runin}[1]{{\color{inr}\bfseries\scshape #1}\ }
\newenvironment{tirets}{\begin{list}{--}{\setlength{\itemsep}{0pt}\setlength{\topsep}{2pt}\setlength{\leftmargin}{14pt}}}{\end{list}}
\begin{document}
{\color{inr}\rule{\linewidth}{2pt}}\par
{\small\scshape Imprimerie Nationale \textendash{} Site de Flers-en-Escrebieux}\par
{\LARGE\bfseries """ + tx(n["title"]["fr"]) + r"""}\par
{\small Réf.~""" + n["reference"] + r""" \textbar{} Lieu : """ + tx(n["location"]["fr"]) + r""" \textbar{} Contrat : CDI \textbar{} Date limite : 23 octobre 2036}\par
{\color{inr}\rule{\linewidth}{0.5pt}}\par
\runin{L'employeur.} Imprimerie Nationale conçoit et produit les titres sécurisés de l'État : passeports, cartes
d'identité, titres de séjour et documents de santé. Son site de Flers-en-Escrebieux, près de Douai, réunit les
lignes de personnalisation et d'impression sous un régime de sécurité renforcé.

\runin{Le poste.} Rattaché·e au responsable maintenance de l'atelier d'impression, vous assurez le bon
fonctionnement des lignes de production et participez à leur amélioration continue.

\runin{Vos missions.}
\begin{tirets}
\item réaliser la maintenance préventive et corrective des presses et des lignes de façonnage ;
\item diagnostiquer les pannes électriques, mécaniques et pneumatiques ;
\item tenir à jour la GMAO et les historiques d'intervention ;
\item proposer des améliorations pour réduire les arrêts de production.
\end{tirets}

\runin{Votre profil.} Vous justifiez de :
\begin{tirets}
""" + ess + r"""
\end{tirets}

\runin{Un plus.} Seraient également appréciées :
\begin{tirets}
""" + des + r"""
\end{tirets}

\runin{Vos qualités.}
\begin{tirets}
""" + qual + r"""
\end{tirets}

\runin{Horaires.} """ + tx(n["schedule"]["fr"]) + r""". Une astreinte un week-end sur six complète le cycle.

\runin{Rémunération.} 2 420 € bruts mensuels sur 13 mois, primes d'équipe et d'astreinte en sus.
Intéressement, restaurant d'entreprise.

\runin{Postuler.} Envoyez CV et lettre de motivation à recrutement.flers@imprimerie-recrutement.example avant le
23 octobre 2036, en rappelant la référence. Les entretiens techniques se tiendront sur site à partir du 9 novembre 2036.
\end{document}
"""


def build(tex, stem):
    d = os.path.join(HERE, "tex_out"); os.makedirs(d, exist_ok=True)
    p = os.path.join(SRC, stem + ".tex"); open(p, "w", encoding="utf-8").write(tex)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", d, p],
                       check=True, capture_output=True)
    shutil.copy(os.path.join(d, stem + ".pdf"), os.path.join(ROOT, stem + ".pdflatex.pdf"))


def main():
    build(cayman(), "nws-2036-014-gov-ky")
    build(imprimerie(), "in-rh-2036-052-imprimerienationale")
    print("ok")


if __name__ == "__main__":
    main()
