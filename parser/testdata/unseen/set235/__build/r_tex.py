# pdfTeX sources: IFLA (three pages, running heads) and Mobilier national (run-in headings)
import os
from data import N, HERE
def t(s):
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s
PRE = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=22mm,headheight=14pt]{geometry}\usepackage{xcolor}\usepackage{fancyhdr}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
"""
def ifla():
    n = N["ifla-hq-2037-07"]; E = n["en"]
    it = lambda xs: "\\begin{itemize}\n" + "".join(f"\\item {t(x)}\n" for x in xs) + "\\end{itemize}\n"
    return PRE + r"""\definecolor{ifla}{RGB}{0,84,122}
\pagestyle{fancy}\fancyhf{}
\lhead{\small International Federation of Library Associations and Institutions}\rhead{\small Vacancy """ + n["ref"] + r"""}
\lfoot{\small Prins Willem-Alexanderhof 5, 2595 BE The Hague}\rfoot{\small Page \thepage\ of 3}
\begin{document}
{\color{ifla}\Large\bfseries Job Description\par}\vspace{2mm}
{\LARGE\bfseries """ + t(E["title"]) + r"""\par}\vspace{4mm}
\noindent\begin{tabular}{@{}p{40mm}p{110mm}@{}}
\textbf{Vacancy reference} & """ + n["ref"] + r""" \\
\textbf{Organisation} & """ + t(E["org"]) + r""" \\
\textbf{Unit} & Policy and Advocacy \\
\textbf{Location} & """ + t(E["loc"]) + r""" \\
\textbf{Hours} & """ + t(E["sched"]) + r""" \\
\textbf{Contract} & Two years, with a view to a permanent contract \\
\textbf{Salary} & EUR 52,000 -- 58,500 gross per year, plus 8\% holiday allowance \\
\textbf{Date posted} & 16 April 2037 \\
\textbf{Closing date} & 18 May 2037 \\
\end{tabular}

\section*{1. About IFLA}
The Federation is the global voice of libraries and the people who work in them. It represents some 1,500 members in more than 140 countries, and its headquarters, hosted near the National Library of the Netherlands, employs around twenty-five staff. Policy work covers copyright, access to information, sustainable development and the protection of cultural heritage.

\section*{2. Purpose of the post}
The Officer will prepare IFLA's positions on copyright and access to knowledge, follow negotiations in international forums and help member associations to carry the same messages to their own governments. The post reports to the Policy and Advocacy Manager.

\section*{3. Main responsibilities}
\begin{enumerate}
\item Monitor international and regional negotiations on copyright, in particular exceptions for libraries, archives and education.
\item Draft position papers, briefings, statements and consultation responses.
\item Represent IFLA at meetings in Geneva, Brussels and elsewhere, about six trips a year.
\item Support the Advisory Committee on Copyright and other Legal Matters.
\item Prepare toolkits and webinars for member associations.
\item Keep the policy pages of the website up to date.
\end{enumerate}
\newpage
\section*{4. Competencies}
""" + "".join(f"\\noindent\\textbf{{{t(a)}:}} {t(b)}\\par\\smallskip\n" for a, b in E["comp"]) + r"""
\section*{5. Person specification}
\subsection*{Essential}
""" + it(E["ess"]) + r"""\subsection*{Desirable}
""" + it(E["des"]) + r"""
\section*{6. Working conditions}
The post is based in the headquarters in The Hague. Staff may work from home up to two days a week. Candidates must be eligible to work in the Netherlands, or IFLA will apply for a permit where the law allows.
\newpage
\section*{7. What we offer}
A friendly multicultural team, a pension scheme, 25 days of annual leave, a contribution to public transport costs and a yearly training budget of EUR 1,500.

\section*{8. How to apply}
Send a CV and a cover letter in English, both in PDF, to vacancies@ifla.example with the reference in the subject line. Only shortlisted candidates will be contacted. First interviews are planned for the week of 1 June 2037, with a written test.

\section*{9. Equal opportunities}
IFLA welcomes applications from all qualified candidates, regardless of gender, age, origin, belief or disability, and makes reasonable adjustments during the selection process.
\end{document}
"""
def mn():
    n = N["mn-rh-2037-015"]; F = n["fr"]
    dash = lambda xs: "".join(f"\\par\\noindent-- {t(x)}" for x in xs)
    rh = lambda s: r"\par\medskip\noindent{\color{mnred}\bfseries\scshape " + s + r"}\enspace "
    return PRE.replace("margin=22mm", "margin=24mm") + r"""\definecolor{mnred}{RGB}{150,20,40}
\pagestyle{plain}\setlength{\parindent}{0pt}
\begin{document}
{\scshape Mobilier national -- Manufactures des Gobelins, de Beauvais et de la Savonnerie\par}\vspace{3mm}
{\LARGE\bfseries """ + t(F["title"]) + r"""\par}\vspace{1mm}
Réf. """ + n["ref"] + r""" \textbar{} Lieu : """ + t(F["loc"]) + r""" \textbar{} Contrat : contractuel, CDD de 3 ans \textbar{} Date limite : 20 mai 2037\par
""" + rh("L'employeur.") + r"""Le """ + t(F["org"]) + r""" conserve et restaure le mobilier des palais de la République et fait vivre des savoir-faire d'exception dans ses ateliers de tapisserie, de menuiserie et de garniture.
""" + rh("Le poste.") + r"""Au sein de l'atelier de restauration de tapisserie d'ameublement, vous restaurez les sièges, canapés et lits des collections nationales, de la carcasse jusqu'à la couverture.
""" + rh("Vos missions.") + dash(["établir le constat d'état et proposer un protocole de restauration ;", "déposer et conserver les garnitures anciennes ;", "réaliser les garnitures traditionnelles et les couvertures ;", "documenter chaque intervention dans la base des collections ;", "accueillir et encadrer des stagiaires des écoles d'art."]) + r"""
""" + rh("Votre profil. Vous justifiez de :") + dash(F["ess"]) + r"""
""" + rh("Un plus. Seraient également appréciées :") + dash(F["des"]) + r"""
""" + rh("Vos qualités.") + dash([a for a, b in F["comp"]]) + r"""
""" + rh("Horaires.") + t(F["sched"]) + r""". Les horaires de l'atelier vont de 8 h à 16 h 30.
""" + rh("Rémunération.") + r"""2 180 € bruts mensuels, auxquels s'ajoute une prime d'atelier de 90 € par mois.
""" + rh("Postuler.") + r"""Lettre de motivation, CV et portfolio à adresser à recrutement@mobilier.example. Une épreuve pratique en atelier aura lieu à partir du 15 juin 2037.
\end{document}
"""
if __name__ == "__main__":
    d = os.path.join(HERE, "src"); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "ifla-hq-2037-07-ifla.tex"), "w").write(ifla())
    open(os.path.join(d, "mn-rh-2037-015-mobiliernational.tex"), "w").write(mn())
    print("tex written")
