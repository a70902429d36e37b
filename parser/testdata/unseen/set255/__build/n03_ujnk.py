"""Université Julius-Nyerere de Kankan (Guinea), French: pdflatex communiqué (+ dump)
and the university's Facebook page post (labels in Unicode mathematical bold)."""
import os
from common import write, expected, key_of, pdflatex, BUILD

REF = "0412/UJNK/R/SG/2038"
TITLE = "Enseignant(e)-chercheur(e) en pédologie et fertilité des sols"
ORG = "Université Julius-Nyerere de Kankan (UJNK)"
LOC = "Kankan, République de Guinée"
SCHED = "Temps plein"
GRADE = "Maître-assistant(e)"
SAL = "8 400 000 GNF (francs guinéens) brut par mois"
UNIT = "Faculté des Sciences Agronomiques, département Sol et Environnement"
ESS = [
    "être de nationalité guinéenne ou ressortissant(e) d'un État membre de la CEDEAO ;",
    "être titulaire d'un doctorat en science du sol, en agronomie ou en géosciences de l'environnement ;",
    "avoir publié au moins deux articles dans des revues à comité de lecture ;",
    "maîtriser les méthodes d'analyse physico-chimique des sols ;",
    "être âgé(e) de quarante ans au plus au 31 décembre 2038.",
]
DES = [
    "une inscription sur une liste d'aptitude du CAMES",
    "une expérience d'encadrement de mémoires de master",
    "la pratique d'un logiciel de cartographie (QGIS ou ArcGIS)",
]
MISSIONS = [
    "assurer les enseignements de pédologie générale et de fertilité des sols en licence et en master",
    "encadrer les travaux pratiques du laboratoire d'analyse des sols",
    "conduire des recherches sur la gestion de la fertilité des sols de Haute-Guinée",
    "participer aux jurys, aux comités pédagogiques et à la vie de la faculté",
]
DOSSIER = [
    "une demande manuscrite adressée au Recteur",
    "un curriculum vitae détaillé et la liste des publications",
    "les copies légalisées des diplômes",
    "un extrait d'acte de naissance et un certificat de nationalité",
    "un extrait de casier judiciaire de moins de trois mois",
]
key = key_of(REF)


def tex(s):
    return s.replace("&", r"\&").replace("%", r"\%").replace("_", r"\_")


items = lambda xs: "\n".join(r"  \item " + tex(x) for x in xs)
latex = r"""\documentclass[10.5pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2cm]{geometry}
\usepackage{array}
\pagestyle{empty}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{\parindent}{0pt}
\setlength{\parskip}{4pt}
\begin{document}
\raggedright
\begin{minipage}[t]{0.48\textwidth}\centering\small
MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR,\\ DE LA RECHERCHE SCIENTIFIQUE ET DE L'INNOVATION\\[2pt]
UNIVERSITÉ JULIUS-NYERERE DE KANKAN\\ RECTORAT -- SECRÉTARIAT GÉNÉRAL
\end{minipage}\hfill
\begin{minipage}[t]{0.44\textwidth}\centering\small
RÉPUBLIQUE DE GUINÉE\\ Travail -- Justice -- Solidarité\\[2pt]
Kankan, le 13 décembre 2038
\end{minipage}

\vspace{10pt}
{\centering\Large\bfseries COMMUNIQUÉ\\ AVIS DE RECRUTEMENT\par}
{\centering N° """ + tex(REF) + r"""\par}
\vspace{6pt}
Le Recteur de l'Université Julius-Nyerere de Kankan informe le public qu'un poste d'enseignant-chercheur
est ouvert au recrutement pour l'année universitaire 2038-2039, dans les conditions ci-après.

\vspace{4pt}
\begin{tabular}{@{}>{\bfseries}p{4.2cm}p{11.4cm}@{}}
Emploi & """ + tex(TITLE) + r""" \\
Grade & """ + tex(GRADE) + r""" \\
Employeur & """ + tex(ORG) + r""" \\
Structure & """ + tex(UNIT) + r""" \\
Lieu de travail & """ + tex(LOC) + r""" \\
Régime & """ + tex(SCHED) + r""" \\
Rémunération & """ + tex(SAL) + r""" \\
Date limite & Vendredi 21 janvier 2039 à 17 h 00 \\
\end{tabular}

\section*{1. Missions}
\begin{itemize}
""" + items(MISSIONS) + r"""
\end{itemize}

\section*{2. Conditions de candidature}
Peuvent faire acte de candidature les personnes remplissant les conditions suivantes :
\begin{itemize}
""" + items(ESS) + r"""
\end{itemize}
Seraient appréciés :
\begin{itemize}
\renewcommand{\labelitemi}{$\circ$}
""" + items(DES) + r"""
\end{itemize}

\section*{3. Composition du dossier}
""" + tex("Le dossier comprend : " + " ; ".join(DOSSIER) + ".") + r"""

\section*{4. Dépôt des dossiers}
Les dossiers sont déposés sous pli fermé au Secrétariat général de l'Université, campus de Bordo,
au plus tard le vendredi 21 janvier 2039 à 17 h 00. Les candidats retenus seront entendus par une
commission de recrutement du 7 au 9 février 2039.

\vspace{12pt}
\hfill\begin{minipage}{6cm}\centering Le Recteur\\[14pt] \textit{(signature fictive)}\end{minipage}
\end{document}
"""
src = os.path.join(BUILD, "ujnk-avis.tex")
with open(src, "w", encoding="utf-8") as f:
    f.write(latex)
pdflatex(src, f"{key}-avis.pdflatex.pdf")


def mb(s):
    """Unicode mathematical bold for ASCII letters and digits (Facebook 'bold' text)."""
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - 97))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7CE + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


fb = f"""
Université Julius-Nyerere de Kankan - UJNK
13 décembre 2038 · 🌍

📢 {mb("AVIS DE RECRUTEMENT")} N° {REF}

Le Recteur informe le public qu'un poste d'enseignant-chercheur est ouvert au recrutement 👇

🔹 {mb("Emploi")} : {TITLE}
🔹 {mb("Grade")} : {GRADE}
🔹 {mb("Employeur")} : {ORG}
🔹 {mb("Structure")} : {UNIT}
🔹 {mb("Lieu de travail")} : {LOC}
🔹 {mb("Regime")} : {SCHED}
🔹 {mb("Remuneration")} : {SAL}
⏳ {mb("Date limite")} : 21/01/2039 à 17 h 00

📌 {mb("MISSIONS")}
""" + "\n".join("▪️ " + m for m in MISSIONS) + f"""

✅ {mb("CONDITIONS DE CANDIDATURE")}
""" + "\n".join("✔️ " + e for e in ESS) + f"""

➕ {mb("Seraient appreciés")}
""" + "\n".join("▫️ " + d for d in DES) + f"""

📂 {mb("DOSSIER")}
""" + "\n".join("• " + d for d in DOSSIER) + f"""

📍 Dépôt au Secrétariat général, campus de Bordo. Auditions du 7 au 9 février 2039.
Le communiqué signé est disponible à l'affichage du Rectorat.

#UJNK #Recrutement #Kankan #Guinée #EnseignementSupérieur

👍❤️ 486    127 commentaires    203 partages

Mamadou K. (nom fictif)
Les diplômés des universités privées peuvent postuler ?
J'aime · Répondre · 2 j

Université Julius-Nyerere de Kankan - UJNK
Mamadou K. oui, si le doctorat est reconnu par le ministère.
J'aime · Répondre · 2 j

Fatoumata C. (nom fictif)
Et pour les autres départements, il y aura un avis en mars ?
J'aime · Répondre · 1 j
"""
write(f"{key}-facebook.txt", fb)

expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2039-01-21",
         (8400000, None, None, "GNF", "month"), GRADE, {"fr": (ESS, DES)}, {"fr": []})
