from common import *

KEY = "uganc-rec-sg-2040-011"
REF = "UGANC/REC/SG/2040-011"
TITLE = "Assistant(e) en pharmacologie et toxicologie"
ORG = "Université Gamal Abdel Nasser de Conakry (UGANC)"
LOC = "Conakry, campus de Dixinn, Faculté des Sciences et Techniques de la Santé"
SCHED = "Service statutaire de 192 heures d'enseignement par an, plus l'encadrement des travaux pratiques"
GRADE = "Assistant de l'enseignement supérieur"
SAL = "Traitement indiciaire de 5 400 000 GNF brut par mois, plus prime de recherche"
ESS = [
    "Être de nationalité guinéenne.",
    "Être titulaire d'un doctorat en pharmacie ou en médecine et d'un master en pharmacologie, en toxicologie ou en sciences biomédicales.",
    "Être inscrit(e) en thèse de doctorat (PhD) dans l'une de ces disciplines ou s'engager à le faire dans l'année.",
    "Avoir publié ou soumis au moins un article dans une revue à comité de lecture.",
    "Maîtriser le français et lire l'anglais scientifique.",
]
DES = [
    "Une expérience d'enseignement en travaux pratiques ou en travaux dirigés.",
    "Une pratique des méthodes de dosage des médicaments (HPLC, spectrophotométrie).",
]
MISSIONS = [
    "assurer des cours, des travaux dirigés et des travaux pratiques de pharmacologie générale et de toxicologie",
    "participer à l'encadrement des mémoires et des thèses d'exercice",
    "contribuer aux activités du laboratoire de toxicologie et au contrôle des médicaments",
    "prendre part aux jurys d'examen et à la vie de la Faculté",
]

expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2040-10-12", salary=salary(amount=5400000, currency="GNF"),
         grade=GRADE, requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": []})

def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")

items = lambda xs: "\n".join("  \\item " + tex(x) for x in xs)
latex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pagestyle{empty}
\begin{document}
\begin{center}
{\small RÉPUBLIQUE DE GUINÉE\\ Travail -- Justice -- Solidarité\\[2pt]
MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR, DE LA RECHERCHE SCIENTIFIQUE ET DE L'INNOVATION}\\[6pt]
{\large\bfseries UNIVERSITÉ GAMAL ABDEL NASSER DE CONAKRY}\\
{\small Rectorat -- Secrétariat général}\\[10pt]
{\Large\bfseries APPEL À CANDIDATURES}\\[2pt]
Note n\textsuperscript{o} """ + REF + r"""
\end{center}
\noindent Conakry, le 10 septembre 2040\par\medskip
\noindent Le Recteur de l'Université Gamal Abdel Nasser de Conakry lance un appel à candidatures pour le recrutement d'un(e) enseignant(e)-chercheur(e) au titre de l'année universitaire 2040--2041.\par\medskip
\noindent\begin{tabular}{@{}>{\bfseries}p{4.2cm}p{11.3cm}@{}}
Référence & """ + REF + r""" \\
Poste & """ + tex(TITLE) + r""" \\
Institution & """ + tex(ORG) + r""" \\
Lieu d'affectation & """ + tex(LOC) + r""" \\
Grade & """ + tex(GRADE) + r""" \\
Charge horaire & """ + tex(SCHED) + r""" \\
Rémunération & """ + tex(SAL) + r""" \\
Date limite & Vendredi 12 octobre 2040 à 16 heures \\
\end{tabular}\par\medskip
\noindent\textbf{1. Attributions.} Sous l'autorité du Doyen, la personne recrutée devra :
\begin{itemize}
""" + items([m + ";" for m in MISSIONS[:-1]] + [MISSIONS[-1] + "."]) + r"""
\end{itemize}
\noindent\textbf{2. Conditions de candidature}
\begin{enumerate}
""" + items(ESS) + r"""
\end{enumerate}
\noindent\textbf{3. Atouts}
\begin{itemize}
""" + items(DES) + r"""
\end{itemize}
\noindent\textbf{4. Dossier.} Il comprend une lettre de motivation adressée au Recteur, un curriculum vitae, les copies légalisées des diplômes, la liste des publications et deux lettres de recommandation. Il est déposé au Secrétariat général du Rectorat ou envoyé à l'adresse recrutement@uganc.example.\par\medskip
\noindent\textbf{5. Sélection.} Après examen des dossiers, les candidat(e)s retenu(e)s présenteront une leçon publique devant une commission entre le 29 octobre et le 2 novembre 2040.\par\bigskip
\begin{flushright}Le Recteur\\\textit{(nom fictif)} Pr M. Camara\end{flushright}
\end{document}
"""
p = write_build("uganc-appel.tex", latex)
pdflatex(p, KEY + "-appel.pdflatex.pdf")

mail = f"""
De : Mariama Sow <m.sow@fsts-conakry.example>
Envoyé : jeudi 13 septembre 2040 08:47
À : Liste des doctorants FSTS <doctorants-fsts@listes.example>
Objet : TR: Appel à candidatures – {TITLE}

Bonjour à toutes et à tous,

Je vous fais suivre l'appel du Rectorat reçu hier. Les collègues de la promotion 2038 qui ont soutenu leur master sont particulièrement concernés. Attention, le dépôt se fait au Rectorat, pas à la Faculté. Notre réunion de laboratoire reste fixée au mardi 25 septembre 2040 à 14 h.

Bien cordialement,
Mariama
(secrétaire scientifique, laboratoire de toxicologie)

-------- Message transféré --------
De : Secrétariat général UGANC <sg@uganc.example>
Date : mer. 12 sept. 2040 à 16:20
Objet : Appel à candidatures – Note n° {REF}

UNIVERSITÉ GAMAL ABDEL NASSER DE CONAKRY
Rectorat – Secrétariat général

APPEL À CANDIDATURES
Note n° {REF}

Référence          : {REF}
Poste              : {TITLE}
Institution        : {ORG}
Lieu d'affectation : {LOC}
Grade              : {GRADE}
Charge horaire     : {SCHED}
Rémunération       : {SAL}
Date limite        : 12/10/2040 à 16 h

ATTRIBUTIONS
Sous l'autorité du Doyen, la personne recrutée devra {MISSIONS[0]} ; {MISSIONS[1]} ; {MISSIONS[2]} ; {MISSIONS[3]}.

CONDITIONS DE CANDIDATURE
  1) {ESS[0]}
  2) {ESS[1]}
  3) {ESS[2]}
  4) {ESS[3]}
  5) {ESS[4]}

ATOUTS
  - {DES[0]}
  - {DES[1]}

DOSSIER
Lettre de motivation au Recteur, CV, copies légalisées des diplômes, liste des publications, deux lettres de recommandation ; dépôt au Secrétariat général ou par courriel à recrutement@uganc.example.

SÉLECTION
Leçon publique des candidat(e)s retenu(e)s entre le 29 octobre et le 2 novembre 2040.

Le Recteur (nom fictif)
"""
write(KEY + "-courriel.txt", mail)
