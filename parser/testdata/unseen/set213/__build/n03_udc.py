# Universite des Comores - notice typeset with pdflatex (source written to __build/udc-avis.tex)
from common import *
REF = "019/UDC/R/SG/DRH/2035"
K = key_of(REF)
TITLE = "Assistant en géosciences et risques volcaniques"
ORG = "Université des Comores"
LOC = "Moroni, site de Mvouni (Grande Comore)"
SCHED = "Temps plein"
GRADE = "Assistant de l'enseignement supérieur"
ESS = [
 "Être de nationalité comorienne ;",
 "Être titulaire d'un doctorat en géologie, en géophysique ou en sciences de la Terre ;",
 "Justifier d'au moins une publication dans une revue à comité de lecture ;",
 "Être âgé(e) de quarante-cinq (45) ans au plus à la date de dépôt du dossier ;",
 "Jouir de ses droits civiques.",
]
DES = [
 "Une expérience de la surveillance du Karthala ou d'un autre volcan actif ;",
 "La capacité d'enseigner en anglais ;",
 "Une expérience de l'encadrement de mémoires de licence.",
]
def tex_escape(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")
items = lambda xs: "\n".join(f"  \\item {tex_escape(x)}" for x in xs)
tex = rf"""\documentclass[11pt,a4paper]{{article}}
\usepackage[T1]{{fontenc}}
\usepackage[utf8]{{inputenc}}
\usepackage{{lmodern}}
\usepackage[margin=2.2cm]{{geometry}}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{{plain}}
\begin{{document}}
\noindent\begin{{minipage}}[t]{{0.48\textwidth}}\centering\small
MINISTÈRE DE L'ÉDUCATION NATIONALE,\\ DE L'ENSEIGNEMENT SUPÉRIEUR\\ ET DE LA RECHERCHE\\[2pt]
\textbf{{UNIVERSITÉ DES COMORES}}\\ Rectorat -- Secrétariat Général\\ Direction des Ressources Humaines
\end{{minipage}}\hfill
\begin{{minipage}}[t]{{0.48\textwidth}}\centering\small
UNION DES COMORES\\ Unité -- Solidarité -- Développement\\[6pt]
Moroni, le 22 juin 2035
\end{{minipage}}

\vspace{{14pt}}
\begin{{center}}\Large\textbf{{AVIS DE RECRUTEMENT}}\\ \normalsize N° {REF}\end{{center}}

\noindent Le Recteur de l'Université des Comores informe le public qu'un poste d'enseignant-chercheur est
ouvert au recrutement, au titre de l'année universitaire 2035-2036, au profit de la Faculté des Sciences et
Techniques.

\subsection*{{1. Poste à pourvoir}}
\noindent\begin{{tabular}}{{@{{}}p{{4.2cm}}p{{11cm}}@{{}}}}
Emploi & {TITLE} \\
Employeur & {ORG} \\
Composante & Faculté des Sciences et Techniques (FST) \\
Lieu de travail & {LOC} \\
Grade & {GRADE} \\
Régime & {SCHED} \\
Traitement & 385 000 francs comoriens (KMF) brut par mois, primes de recherche en sus \\
Date limite & 20 juillet 2035 à 15 heures \\
\end{{tabular}}

\subsection*{{2. Missions}}
\renewcommand{{\labelitemi}}{{--}}\begin{{itemize}}
  \item assurer des enseignements de géologie générale, de volcanologie et de cartographie en licence ;
  \item encadrer les sorties de terrain sur les coulées du Karthala ;
  \item contribuer aux travaux du laboratoire de géosciences et aux publications de l'équipe ;
  \item participer aux jurys et aux tâches pédagogiques de la faculté.
\end{{itemize}}

\subsection*{{3. Conditions de candidature}}
\noindent Peuvent faire acte de candidature les personnes remplissant les conditions ci-après :
\renewcommand{{\labelitemi}}{{\textbullet}}\begin{{itemize}}
{items(ESS)}
\end{{itemize}}

\subsection*{{4. Seraient appréciées}}
\renewcommand{{\labelitemi}}{{\textbullet}}\begin{{itemize}}
{items(DES)}
\end{{itemize}}

\subsection*{{5. Dossier de candidature}}
\renewcommand{{\labelenumi}}{{\alph{{enumi}})}}\begin{{enumerate}}
  \item une lettre de candidature adressée à Monsieur le Recteur ;
  \item un curriculum vitae et la liste des publications ;
  \item la copie certifiée conforme du doctorat et, le cas échéant, l'arrêté d'équivalence ;
  \item un projet d'enseignement et de recherche de trois pages au plus.
\end{{enumerate}}

\noindent Les dossiers sont déposés au bureau courrier du Rectorat, à Mvouni, ou envoyés à l'adresse
recrutement@udc.example. Les candidats retenus seront auditionnés par une commission de spécialistes au cours
de la semaine du 6 août 2035.

\vspace{{12pt}}
\begin{{flushright}}Le Recteur\\ (nom et signature fictifs)\end{{flushright}}
\end{{document}}
"""
with open("udc-avis.tex", "w", encoding="utf-8") as f:
    f.write(tex)
expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2035-07-20",
         sal(amount=385000, cur="KMF", period="month"), GRADE,
         {"fr": {"essential": ESS, "desirable": DES}}, {"fr": []})
