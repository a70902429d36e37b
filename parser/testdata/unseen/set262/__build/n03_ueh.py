from common import *

KEY = "ueh-rect-vraa-2039-019"
REF = "UEH/RECT/VRAA/2039-019"
TITLE = "Professeur(e) de linguistique créole et de didactique des langues"
ORG = "Université d'État d'Haïti (UEH)"
LOC = "Faculté de Linguistique Appliquée, Port-au-Prince"
SCHED = "Temps plein : 12 heures de cours par semaine, plus recherche et encadrement"
GRADE = "Professeur(e) adjoint(e)"
SAL = "195 000 gourdes (HTG) brutes par mois"
TASKS = [
    "Assurer les cours de phonologie et de morphologie du créole haïtien en licence",
    "Concevoir des modules de didactique du créole langue d'enseignement pour les futurs enseignants",
    "Diriger des mémoires de licence et de master",
    "Contribuer aux travaux du laboratoire de langues et aux publications de la Faculté",
]
ESS = [
    "Doctorat en linguistique, en sciences du langage ou en didactique des langues",
    "Au moins trois années d'enseignement dans un établissement d'enseignement supérieur",
    "Au moins deux publications dans des revues à comité de lecture au cours des cinq dernières années",
    "Parfaite maîtrise du créole haïtien et du français, à l'oral comme à l'écrit",
]
DES = [
    "Expérience de production de manuels scolaires en créole",
    "Connaissance de l'anglais ou de l'espagnol",
]

expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2039-08-17",
         salary=sal(amount=195000, cur="HTG"), grade=GRADE,
         req={"fr": (ESS, DES)}, comp={"fr": []})

def tex_esc(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")

items = lambda xs, m="": "\n".join(f"  \\item{m} {tex_esc(x)}" for x in xs)
tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{empty}
\begin{document}
\begin{center}
{\large\bfseries UNIVERSITÉ D'ÉTAT D'HAÏTI}\\
Rectorat -- Vice-Rectorat aux Affaires Académiques\\[2pt]
\rule{0.5\textwidth}{0.4pt}\\[6pt]
{\Large\bfseries APPEL À CANDIDATURES}\\[2pt]
Note n\textsuperscript{o} """ + REF + r"""
\end{center}
\noindent Port-au-Prince, le 18 juillet 2039\par\medskip
\noindent Le Rectorat de l'Université d'État d'Haïti porte à la connaissance du public qu'un poste
d'enseignant-chercheur à temps plein est ouvert au concours à la Faculté de Linguistique Appliquée (FLA).\par\medskip
\noindent\begin{tabular}{@{}p{4.2cm}p{11.3cm}@{}}
\textbf{Poste} & """ + TITLE + r""" \\
\textbf{Institution} & """ + ORG + r""" \\
\textbf{Lieu d'affectation} & """ + LOC + r""" \\
\textbf{Catégorie} & """ + GRADE + r""" \\
\textbf{Charge de travail} & """ + SCHED + r""" \\
\textbf{Traitement} & """ + SAL + r""" \\
\textbf{Date limite} & 17 août 2039, 15 h 00 \\
\end{tabular}\par\medskip
\noindent\textbf{I. Attributions}
\renewcommand{\labelenumi}{\alph{enumi})}
\begin{enumerate}\itemsep0pt
""" + items(TASKS) + r"""
\end{enumerate}
\noindent\textbf{II. Profil exigé}
\begin{itemize}\itemsep0pt
""" + items(ESS, "[--]") + r"""
\end{itemize}
\noindent\textbf{III. Atouts}
\begin{itemize}\itemsep0pt
""" + items(DES, "[$\\circ$]") + r"""
\end{itemize}
\noindent\textbf{IV. Dossier de candidature}\par
\noindent Lettre de motivation adressée au Vice-Recteur aux Affaires Académiques, curriculum vitae, copies des
diplômes, liste des publications, deux lettres de recommandation. Les dossiers sont déposés au secrétariat
du Vice-Rectorat ou envoyés à l'adresse \texttt{concours-fla@ueh.example}. Les candidats retenus présenteront
une leçon publique entre le 5 et le 9 septembre 2039.\par\bigskip
\noindent\hfill Le Vice-Recteur aux Affaires Académiques\\
\noindent\hfill (nom fictif)
\end{document}
"""
src = B("ueh-appel.tex", tex)
pdflatex(src, KEY + "-appel.pdflatex.pdf", KEY)

q = lambda s: "\n".join("> " + l if l else ">" for l in s.split("\n"))
body = f"""Objet : Poste de professeur(e) en linguistique créole à l'UEH
Date : 20 juillet 2039

{TITLE}
Réf. : {REF}

Institution : {ORG}
Lieu d'affectation : {LOC}
Catégorie : {GRADE}
Charge de travail : {SCHED}
Traitement : {SAL}
Date limite : 17/08/2039

Attributions :
a) {TASKS[0]}
b) {TASKS[1]}
c) {TASKS[2]}
d) {TASKS[3]}

Profil exigé :
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}
- {ESS[3]}

Atouts :
- {DES[0]}
- {DES[1]}

Dossier : lettre de motivation, CV, diplômes, liste des publications, deux lettres de recommandation, à
concours-fla@ueh.example. Leçon publique entre le 5 et le 9 septembre 2039."""
txt = f"""De : Réseau des linguistes haïtiens <liste@rlh.example>
À : membres@rlh.example
Date : jeu. 21 juil. 2039 à 08:12
Objet : Re: TR: Poste de professeur(e) en linguistique créole à l'UEH

Chers membres,

Pour celles et ceux qui n'avaient pas reçu la pièce jointe, je recopie ci-dessous le texte de l'appel tel
que le Vice-Rectorat nous l'a transmis. Rappel : notre assemblée annuelle se tiendra le 3 septembre 2039 à
Jacmel.

Bien cordialement,
La coordination (nom fictif)

Le mer. 20 juil. 2039 à 17:45, Secrétariat FLA <secretariat-fla@ueh.example> a écrit :
{q(body)}
>
> --
> Secrétariat de la Faculté de Linguistique Appliquée
> Université d'État d'Haïti
"""
W(KEY + "-liste.txt", txt, KEY)
