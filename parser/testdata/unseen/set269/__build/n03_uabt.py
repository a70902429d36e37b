from common import *

KEY = "uabt-sg-sdrh-2040-07"
REF = "UABT/SG/SDRH/2040-07"
TITLE = "Administrateur(trice) de la plateforme d'enseignement à distance"
ORG = "Université Abou Bekr Belkaïd de Tlemcen"
LOC = "Tlemcen, pôle universitaire de Chetouane"
SCHED = "Temps plein, du dimanche au jeudi"
GRADE = "Ingénieur d'État en informatique"
ESS = [
    "Être de nationalité algérienne.",
    "Être titulaire d'un diplôme d'ingénieur d'État ou d'un master en informatique, ou d'un titre reconnu équivalent.",
    "Être en situation régulière vis-à-vis du service national.",
    "Justifier d'une expérience de deux ans au moins dans l'administration de serveurs Linux.",
]
DES = [
    "Une expérience d'administration d'une plateforme d'apprentissage en ligne.",
    "Une bonne maîtrise de l'arabe et du français.",
]
DUTIES = [
    "installer, mettre à jour et sauvegarder la plateforme d'enseignement à distance et ses serveurs",
    "créer les espaces de cours à la demande des facultés et gérer les comptes des enseignants et des étudiants",
    "former les enseignants à la mise en ligne des cours et des évaluations",
    "produire chaque semestre un état de fréquentation de la plateforme",
]
CRIT = [
    ("Adéquation du diplôme avec le poste", "0 à 6 points"),
    ("Formation complémentaire dans la spécialité", "0 à 2 points"),
    ("Expérience professionnelle", "0 à 6 points"),
    ("Entretien avec le jury", "0 à 3 points"),
]

def tex_esc(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("'", "'")

tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2cm]{geometry}\usepackage{array}
\hyphenpenalty=10000\exhyphenpenalty=10000\pagestyle{empty}\setlength{\parindent}{0pt}
\begin{document}
\begin{center}\textbf{RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE}\\
Ministère de l'Enseignement supérieur et de la Recherche scientifique\\
\textbf{Université Abou Bekr Belkaïd -- Tlemcen}\\ Secrétariat général -- Sous-direction des personnels\end{center}
\medskip
\begin{center}\Large\textbf{AVIS DE RECRUTEMENT}\\ \normalsize Recrutement sur titre -- N\textsuperscript{o} """ + REF + r"""\end{center}
L'Université Abou Bekr Belkaïd de Tlemcen lance un recrutement sur titre pour le poste décrit ci-dessous, conformément à la réglementation en vigueur.

\medskip
\begin{tabular}{>{\bfseries}p{4.2cm}p{11.5cm}}
Poste à pourvoir & """ + tex_esc(TITLE) + r""" \\
Grade & """ + GRADE + r""" \\
Nombre de postes & 01 \\
Établissement & """ + ORG + r""" \\
Lieu d'affectation & """ + LOC + r""" \\
Horaires & """ + SCHED + r""" \\
Rémunération & Selon la grille indiciaire de la fonction publique (catégorie 13) \\
Clôture des inscriptions & jeudi 15 mars 2040 \\
\end{tabular}

\medskip
\textbf{1. Missions principales}
\begin{itemize}
""" + "\n".join(r"\item " + d + " ;" for d in DUTIES) + r"""
\end{itemize}
\textbf{2. Conditions d'accès}
\begin{enumerate}
""" + "\n".join(r"\item " + tex_esc(d) for d in ESS) + r"""
\end{enumerate}
\textbf{3. Seront appréciées}
\begin{itemize}
""" + "\n".join(r"\item " + tex_esc(d) for d in DES) + r"""
\end{itemize}
\textbf{4. Critères de sélection}\\[2pt]
""" + "\\\\\n".join(f"{a} : {b}" for a, b in CRIT) + r"""

\medskip
\textbf{5. Dossier de candidature.} Demande manuscrite, copie de la carte nationale d'identité, copie du diplôme, fiche de renseignements remplie sur la plateforme numérique de l'université, attestations de travail. Les candidats retenus compléteront leur dossier par un extrait d'acte de naissance et deux certificats médicaux.

\medskip
Les dossiers sont déposés à la sous-direction des personnels, rectorat, Tlemcen, jusqu'au 15/03/2040 inclus. Les entretiens auront lieu à partir du 1\textsuperscript{er} avril 2040.

\bigskip
\hfill Tlemcen, le 18 février 2040 \quad Le Secrétaire général (signature fictive)
\end{document}
"""
p = write("uabt-avis.tex", tex, BUILD)
pdflatex(p, KEY + "-avis.pdflatex.pdf")

txt = f"""L'ÉCHO DE LA TAFNA – Quotidien régional d'information – Lundi 19 février 2040 – N° 4 512   Annonces 11

République Algérienne Démocratique et Populaire
Ministère de l'Enseignement supérieur et de la Recherche scientifique
UNIVERSITÉ ABOU BEKR BELKAÏD – TLEMCEN

              AVIS DE RECRUTEMENT SUR TITRE N° {REF}

L'université lance un recrutement sur titre pour le poste suivant :

Poste à pourvoir ..... {TITLE}
Grade ................ {GRADE}
Nombre de postes ..... 01
Établissement ........ {ORG}
Lieu d'affectation ... {LOC}
Horaires ............. {SCHED}
Rémunération ......... selon la grille indiciaire (catégorie 13)

MISSIONS : """ + "; ".join(DUTIES) + """.

CONDITIONS D'ACCÈS :
""" + "\n".join(f"{i}) {d}" for i, d in enumerate(ESS, 1)) + """
SERONT APPRÉCIÉES :
""" + "\n".join(f"- {d}" for d in DES) + """

CRITÈRES DE SÉLECTION : """ + " ; ".join(f"{a} ({b})" for a, b in CRIT) + """.

DOSSIER : demande manuscrite, copie de la CNI, copie du diplôme, fiche de
renseignements remplie en ligne, attestations de travail.

Délai de dépôt : les dossiers sont reçus au rectorat (sous-direction des
personnels) jusqu'au 15 mars 2040 inclus. Entretiens à partir du 1er avril 2040.

                                                         ANEP n° 2040 004 118
-------------------------------------------------------------------------------
AVIS DE PERTE : perte d'un registre de commerce au nom de la SARL Tafna Négoce
(fictive), Maghnia. Remerciements à qui le retrouvera.
-------------------------------------------------------------------------------
"""
write(KEY + "-echotafna.txt", txt)

expected(KEY, REF, ["fr"], TITLE, ORG, LOC, SCHED, "2040-03-15", None, grade=GRADE,
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": []})
