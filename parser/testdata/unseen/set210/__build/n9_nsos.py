"""321926 - NATO Special Operations School, Chièvres (FR only): local notice typeset with pdflatex."""
from common import *

REF = "321926"
TITLE = "Gestionnaire des inscriptions aux cours"
ORG = "École des opérations spéciales de l'OTAN (NSOS)"
LOC = "Chièvres (Belgique)"
SCH = "Temps plein (38 heures par semaine)"
GRADE = "C-4"
CLR = "NATO CONFIDENTIAL"

ESS = [
    "Diplôme de l'enseignement secondaire supérieur (CESS) ou équivalent.",
    "Au moins trois ans d'expérience dans un secrétariat d'école, un service de formation ou un service administratif.",
    "Bonne maîtrise des outils bureautiques, en particulier des tableurs et des bases de données.",
    "Connaissance de l'anglais au niveau SLP 3232 et du français au niveau SLP 3333.",
    "Être ressortissant(e) d'un pays membre de l'OTAN et résider en Belgique.",
]
DES = [
    "Expérience d'un système de gestion de l'apprentissage (LMS).",
    "Connaissance des procédures d'accès aux installations militaires.",
    "Connaissance du néerlandais.",
]
TASKS = [
    "enregistre les demandes d'inscription des stagiaires et vérifie qu'elles sont complètes ;",
    "tient à jour le calendrier des cours et le nombre de places disponibles ;",
    "envoie les convocations et les instructions d'accueil aux stagiaires ;",
    "prépare les listes de présence, les attestations de fin de cours et les statistiques trimestrielles ;",
    "répond aux questions des pays et des unités par téléphone et par courrier électronique.",
]


def tex_escape(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("'", "'")


def items(xs, label=None):
    lab = f"[{label}]" if label else ""
    return "\n".join(f"  \\item{lab} {tex_escape(x)}" for x in xs)


def tex():
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\input{glyphtounicode}\pdfgentounicode=1
\usepackage[margin=2.3cm]{geometry}
\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}
\fancyhead[C]{\small NATO SANS CLASSIFICATION}
\fancyfoot[C]{\small NATO SANS CLASSIFICATION -- page \thepage}
\renewcommand{\headrulewidth}{0pt}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{flushright}\small NATO SPECIAL OPERATIONS SCHOOL\\ Section du personnel civil\\ Chièvres, le 8 mars 2035\end{flushright}
\begin{center}\large\textbf{AVIS DE VACANCE D'EMPLOI N° """ + REF + r"""}\\[2pt]\normalsize Personnel civil local\end{center}
\begin{tabular}{@{}ll@{}}
\textbf{Intitulé du poste :} & """ + TITLE + r""" \\
\textbf{Employeur :} & """ + ORG + r""" \\
\textbf{Lieu de travail :} & """ + LOC + r""" \\
\textbf{Catégorie :} & """ + GRADE + r""" (personnel civil local) \\
\textbf{Régime de travail :} & """ + SCH + r""" \\
\textbf{Habilitation de sécurité :} & """ + CLR + r""" \\
\textbf{Date limite de candidature :} & 27 avril 2035, 12 h 00 \\
\end{tabular}

\section*{1. Contexte}
L'École des opérations spéciales de l'OTAN organise chaque année une soixantaine de cours destinés aux militaires et aux civils des pays de l'Alliance et des pays partenaires. La Section des inscriptions gère les candidatures des stagiaires, depuis la demande de place jusqu'à la délivrance de l'attestation de fin de cours.

\section*{2. Tâches principales}
Sous l'autorité du chef de la Section des inscriptions, le/la titulaire :
\begin{itemize}
""" + items(TASKS, "--") + r"""
\end{itemize}

\section*{3. Exigences}
\begin{itemize}
""" + items(ESS, "--") + r"""
\end{itemize}

\section*{4. Atouts}
\begin{itemize}
""" + items(DES, "--") + r"""
\end{itemize}

\section*{5. Conditions d'emploi}
Contrat de travail à durée indéterminée de droit belge, après une période d'essai. Rémunération : 3 412,75 € bruts par mois, treizième mois et pécule de vacances en sus. Chèques-repas et remboursement des frais de transport en commun.

\section*{6. Candidature}
Les candidatures (lettre de motivation et curriculum vitae en français ou en anglais) doivent parvenir par courrier électronique à l'adresse recrutement@nsos.example au plus tard à la date limite indiquée ci-dessus. Les candidat(e)s retenu(e)s seront convoqué(e)s à une épreuve écrite le 9 mai 2035. Seules les candidatures complètes seront examinées.
\end{document}
"""


def build():
    expected(REF, reference=REF, languages=["fr"], title={"fr": TITLE}, organisation={"fr": ORG},
             location={"fr": LOC}, schedule={"fr": SCH}, deadline="2035-04-27",
             salary=sal(3412.75), grade=GRADE, clearance=CLR,
             req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": []})
    with open(f"{BUILD}/{REF}-nsos.tex", "w", encoding="utf-8") as f:
        f.write(tex())
    return [("pdflatex", f"{REF}-nsos.tex", f"{REF}-nsos.pdflatex.pdf", False)]
