from common import *
REF = "0412/UK/P/SG/DRH/2036"; K = key_of(REF)
TITLE = "Assistant en sociologie rurale"
ORG = "Université de Kara"
LOC = "Kara, campus universitaire"
SCHED = "Temps plein"
GRADE = "Assistant (CAMES)"
ESS = ["être de nationalité togolaise ;",
       "être titulaire d'un doctorat en sociologie rurale, en sociologie du développement ou en anthropologie ;",
       "avoir publié au moins deux (2) articles dans des revues à comité de lecture ;",
       "être âgé(e) de quarante-cinq (45) ans au plus au 31 décembre 2036."]
DES = ["une expérience d'enseignement en licence ;",
       "la maîtrise d'un logiciel d'analyse de données qualitatives (NVivo ou Atlas.ti)."]
MISS = ["assurer les enseignements de sociologie rurale et de méthodes d'enquête en licence ;",
        "encadrer les mémoires de licence et participer aux jurys ;",
        "conduire des recherches au sein du laboratoire d'études rurales de la Faculté ;",
        "participer aux tâches administratives du département."]
DOSS = ["une demande manuscrite adressée au Président de l'Université ;", "un curriculum vitae ;",
        "la copie légalisée du doctorat et du procès-verbal de soutenance ;", "les tirés à part des publications ;",
        "un extrait d'acte de naissance ;", "un certificat de nationalité."]
def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%")
tx = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2cm]{geometry}
\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\pagestyle{plain}\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{minipage}[t]{0.5\textwidth}\centering\small
MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR\\ ET DE LA RECHERCHE\\ \rule{2cm}{0.4pt}\\ UNIVERSITÉ DE KARA\\ \rule{2cm}{0.4pt}\\ PRÉSIDENCE\\ SECRÉTARIAT GÉNÉRAL\\ DIRECTION DES RESSOURCES HUMAINES
\end{minipage}\hfill
\begin{minipage}[t]{0.42\textwidth}\centering\small
RÉPUBLIQUE TOGOLAISE\\ Travail -- Liberté -- Patrie\\[1em] Kara, le 20 août 2036
\end{minipage}

\vspace{1.5em}
\begin{center}{\large\bfseries AVIS DE RECRUTEMENT}\\[3pt] {\bfseries N° """ + REF + r"""}\end{center}

Le Président de l'Université de Kara informe le public qu'un poste d'enseignant-chercheur est ouvert au recrutement au titre de l'année universitaire 2036-2037, dans les conditions ci-après.

\begin{tabular}{@{}p{4cm}p{11.5cm}@{}}
\textbf{Emploi} & """ + TITLE + r""" \\
\textbf{Employeur} & """ + ORG + r""" \\
\textbf{Établissement} & Faculté des Sciences de l'Homme et de la Société (FSHS), département de sociologie \\
\textbf{Lieu de travail} & """ + LOC + r""" \\
\textbf{Grade} & """ + GRADE + r""" \\
\textbf{Régime} & """ + SCHED + r""" \\
\textbf{Traitement} & 418 600 FCFA brut par mois (indice de recrutement), hors primes de recherche et de documentation \\
\textbf{Date limite} & 12 septembre 2036 à 17 heures \\
\end{tabular}

\textbf{1. Missions}

""" + "\n\n".join("-- " + tex(m) for m in MISS) + r"""

\textbf{2. Conditions de candidature}

Peuvent faire acte de candidature les personnes remplissant les conditions suivantes :
\begin{itemize}
""" + "\n".join("\\item " + tex(e) for e in ESS) + r"""
\end{itemize}

\textbf{3. Atouts}
\begin{itemize}
""" + "\n".join("\\item[$\\circ$] " + tex(d) for d in DES) + r"""
\end{itemize}

\textbf{4. Composition du dossier}

""" + "\n\n".join("%s) %s" % ("abcdef"[i], tex(d)) for i, d in enumerate(DOSS)) + r"""

\textbf{5. Dépôt des dossiers}

Les dossiers sont déposés à la Direction des Ressources Humaines (bâtiment administratif, bureau 14) contre récépissé, au plus tard le 12 septembre 2036 à 17 heures. Les candidats retenus seront auditionnés du 6 au 8 octobre 2036. Tout dossier incomplet ou parvenu hors délai sera rejeté.

\vspace{1em}
\hfill\begin{minipage}{6cm}\centering Le Président de l'Université\\[2em] (signature)\\ Pr K. A. (nom fictif)\end{minipage}
\end{document}
"""
open(B + "/kara-avis.tex", "w", encoding="utf-8").write(tx)
pdflatex("kara-avis.tex", K + "-avis.pdflatex.pdf", K)
expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2036-09-12",
         sal(amount=418600, cur="XOF", per="month"), GRADE, {"fr": (ESS, DES)}, {"fr": []})
