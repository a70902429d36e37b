from common import *
import subprocess, os, shutil
K = "0412-2033-ua-p-sg-drh"
REF = "0412-2033/UA/P/SG/DRH"
TITLE = "Enseignant-chercheur en génie des procédés chimiques"
ORG = "Université d'Antananarivo"
LOC = "Antananarivo, campus universitaire d'Ankatso"
GRADE = "Assistant d'Enseignement Supérieur et de Recherche"
SCHED = "Temps plein"
ESS = ["être de nationalité malagasy ;",
       "être titulaire d'un doctorat en génie des procédés, en génie chimique ou dans une discipline voisine ;",
       "justifier d'au moins deux publications dans des revues scientifiques à comité de lecture ;",
       "être âgé(e) de quarante-cinq (45) ans au plus au 31 décembre 2033 ;",
       "maîtriser le français et le malagasy, à l'écrit comme à l'oral."]
DES = ["une expérience d'enseignement en licence ou en master ;",
       "une pratique des équipements d'analyse de laboratoire (chromatographie, spectroscopie)."]
expected(fr_only(key=K, reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
  deadline="2033-10-17", salary=salary(amount=2340000, cur="MGA", period="month"), grade=GRADE,
  essential=ESS, desirable=DES, competencies=[]))

def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("°", "\\textdegree{}")
items = lambda xs: "\n".join(f"  \\item {tex(x)}" for x in xs)
doc = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pagestyle{plain}
\setlength{\parindent}{0pt}
\setlength{\parskip}{5pt}
\begin{document}
\begin{minipage}[t]{0.48\textwidth}\centering\small
MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR\\ ET DE LA RECHERCHE SCIENTIFIQUE\\[3pt]
\textbf{UNIVERSITÉ D'ANTANANARIVO}\\
PRÉSIDENCE\\ SECRÉTARIAT GÉNÉRAL\\ DIRECTION DES RESSOURCES HUMAINES
\end{minipage}\hfill
\begin{minipage}[t]{0.44\textwidth}\centering\small
REPOBLIKAN'I MADAGASIKARA\\ Fitiavana -- Tanindrazana -- Fandrosoana\\[10pt]
Antananarivo, le 22 septembre 2033
\end{minipage}

\vspace{14pt}
\begin{center}
{\large\textbf{AVIS DE RECRUTEMENT}}\\[2pt]
\textbf{N\textdegree{} """ + REF + r"""}
\end{center}

Le Président de l'Université d'Antananarivo porte à la connaissance du public qu'un recrutement d'un (01) enseignant-chercheur permanent est ouvert au titre de l'École Supérieure Polytechnique d'Antananarivo (ESPA), mention Génie des procédés, dans la limite des postes budgétaires accordés pour l'année 2033.

\textbf{I. POSTE À POURVOIR}

\begin{tabular}{@{}p{0.3\textwidth}@{\ :\ }p{0.62\textwidth}@{}}
Intitulé du poste & """ + TITLE + r"""\\
Employeur & """ + ORG + r"""\\
Établissement & École Supérieure Polytechnique d'Antananarivo (ESPA)\\
Lieu d'affectation & """ + LOC + r"""\\
Grade de recrutement & """ + GRADE + r"""\\
Régime de travail & """ + SCHED + r"""\\
Rémunération & traitement brut mensuel de 2 340 000 Ariary (MGA) à l'indice de recrutement, hors indemnités de recherche\\
Date limite de dépôt & 17 octobre 2033
\end{tabular}

\textbf{II. ATTRIBUTIONS}

Sous l'autorité du Directeur de l'ESPA et du responsable de la mention, l'enseignant-chercheur :
\renewcommand{\labelenumi}{\arabic{enumi})}\begin{enumerate}
  \item assure les enseignements de génie des procédés en licence et en master ;
  \item encadre les projets de fin d'études et les stages en entreprise ;
  \item conduit des travaux de recherche au sein du laboratoire de rattachement ;
  \item participe aux jurys, aux conseils pédagogiques et à la vie de l'établissement.
\end{enumerate}

\textbf{III. CONDITIONS DE CANDIDATURE}

Peuvent faire acte de candidature les personnes remplissant les conditions suivantes :
\renewcommand{\labelitemi}{--}\begin{itemize}
""" + items(ESS) + r"""
\end{itemize}

\textbf{IV. ATOUTS}

Seront considérés comme des atouts :
\renewcommand{\labelitemi}{--}\begin{itemize}
""" + items(DES) + r"""
\end{itemize}

\textbf{V. COMPOSITION DU DOSSIER}

\renewcommand{\labelenumi}{\arabic{enumi}.}\begin{enumerate}
  \item une demande manuscrite adressée à Monsieur le Président de l'Université d'Antananarivo ;
  \item un curriculum vitae détaillé avec la liste des publications ;
  \item une copie certifiée conforme du diplôme de doctorat et de son équivalence, le cas échéant ;
  \item une copie de la carte d'identité nationale ;
  \item un extrait de casier judiciaire datant de moins de trois mois ;
  \item un certificat médical d'aptitude physique et mentale.
\end{enumerate}

Les dossiers, sous pli fermé portant la mention « Recrutement ESPA -- Génie des procédés », sont à déposer au Bureau du courrier de la Présidence, campus d'Ankatso, au plus tard le lundi 17 octobre 2033 à 16 heures. Tout dossier incomplet ou parvenu hors délai sera rejeté.

\textbf{VI. MODALITÉS DE SÉLECTION}

La sélection se fait en deux étapes : une présélection sur dossier par la commission scientifique de l'établissement, puis une audition publique des candidats retenus, prévue dans le courant du mois de novembre 2033. La liste des candidats admis à l'audition sera affichée au rectorat.

\vspace{12pt}
\hfill\begin{minipage}{0.45\textwidth}\centering
\textbf{Le Président de l'Université}\\[24pt]
(signature et cachet)
\end{minipage}
\end{document}
"""
here = os.path.dirname(os.path.abspath(__file__))
d = os.path.join(here, "tex")
os.makedirs(d, exist_ok=True)
open(os.path.join(d, K + "-ua.tex"), "w", encoding="utf-8").write(doc)
for _ in range(2):
    r = subprocess.run(["pdflatex", "-interaction=nonstopmode", K + "-ua.tex"], cwd=d, capture_output=True)
    if r.returncode:
        print(r.stdout.decode()[-3000:]); raise SystemExit(1)
pdf = os.path.join(ROOT, K + "-ua.pdflatex.pdf")
shutil.copy(os.path.join(d, K + "-ua.pdf"), pdf)
txt = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True).stdout.decode()
write(K + "-ua.pdflatex.pdftotext.txt", txt)
