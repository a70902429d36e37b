"""Université de Sfax (Tunisia): pdflatex avis + Tunisian board copy."""
from common import *

KEY = "us-sg-rec-2041-09"
REF = "US/SG/REC/2041-09"
TITLE = "Ingénieur(e) de recherche en valorisation des margines"
ORG = "Université de Sfax"
LOC = "Laboratoire de génie des procédés et de l'environnement, École Nationale d'Ingénieurs de Sfax (ENIS), route de Soukra, Sfax"
SCHED = "Double séance, du lundi au vendredi (40 heures par semaine)"
GRADE = "Ingénieur principal (contractuel)"
ESS = [
    "Être de nationalité tunisienne.",
    "Être titulaire d'un diplôme national d'ingénieur en génie des procédés, en génie chimique ou en génie de l'environnement.",
    "Justifier de deux ans au moins d'expérience en laboratoire ou en station pilote de traitement des effluents.",
    "Maîtriser les techniques analytiques courantes (DCO, polyphénols totaux, chromatographie liquide).",
    "Avoir une bonne maîtrise de l'arabe et du français ; l'anglais scientifique est exigé.",
]
DES = [
    "Un doctorat ou une inscription en thèse dans le domaine",
    "Une expérience de collaboration avec des huileries",
]
MISSIONS = [
    "conduire les essais de traitement et de valorisation des margines (épandage contrôlé, compostage, méthanisation) sur le pilote du laboratoire",
    "assurer les analyses physico-chimiques et tenir le cahier de laboratoire",
    "encadrer les stagiaires de fin d'études et les doctorants lors des campagnes d'échantillonnage",
    "rédiger les rapports techniques destinés aux partenaires industriels",
    "veiller à la maintenance des équipements et au respect des règles d'hygiène et de sécurité",
]

def tex_escape(s):
    return s.replace("&", r"\&").replace("%", r"\%").replace("#", r"\#")

items = lambda xs: "\n".join(r"\item " + tex_escape(x) for x in xs)
tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{array}
\pagestyle{empty}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{\parindent}{0pt}
\begin{document}
\begin{center}
{\small République Tunisienne}\\
{\small Ministère de l'Enseignement Supérieur et de la Recherche Scientifique}\\[4pt]
{\large\bfseries UNIVERSITÉ DE SFAX}\\
{\small Secrétariat général -- Service des ressources humaines}
\end{center}
\hfill Sfax, le 21 novembre 2041

\medskip
\begin{center}
{\Large\bfseries AVIS DE RECRUTEMENT}\\[2pt]
{\bfseries d'un(e) ingénieur(e) contractuel(le) sur ressources propres}\\[2pt]
Avis n\textsuperscript{o} """ + REF + r"""
\end{center}

L'Université de Sfax porte à la connaissance des personnes intéressées qu'elle procède au recrutement, sur dossier et entretien, d'un(e) ingénieur(e) contractuel(le) dans le cadre d'un projet de recherche appliquée financé sur ressources propres.

\medskip
\begin{tabular}{>{\bfseries}p{4.2cm} p{11.3cm}}
Intitulé du poste & """ + tex_escape(TITLE) + r""" \\[3pt]
Établissement & """ + ORG + r""" \\[3pt]
Structure d'accueil & """ + tex_escape(LOC) + r""" \\[3pt]
Grade & """ + GRADE + r""" \\[3pt]
Durée du contrat & Un an renouvelable, dans la limite de la durée du projet \\[3pt]
Régime de travail & """ + SCHED + r""" \\[3pt]
Rémunération & 3 150 TND bruts par mois \\[3pt]
Date limite & Jeudi 19 décembre 2041 (cachet du bureau d'ordre faisant foi) \\
\end{tabular}

\bigskip
{\bfseries 1. Missions}
\begin{itemize}
""" + items(MISSIONS) + r"""
\end{itemize}

{\bfseries 2. Conditions de candidature}
\begin{enumerate}
""" + items(ESS) + r"""
\end{enumerate}

{\bfseries 3. Atouts}
\begin{itemize}
\renewcommand{\labelitemi}{--}
""" + items(DES) + r"""
\end{itemize}

{\bfseries 4. Dossier de candidature.} Une demande manuscrite adressée au Président de l'Université, un curriculum vitae, une copie de la carte d'identité nationale, les copies certifiées conformes des diplômes, les attestations d'expérience et un bulletin n\textsuperscript{o}~3 de moins de trois mois.

\smallskip
{\bfseries 5. Dépôt.} Les dossiers sont déposés au bureau d'ordre de l'Université de Sfax, route de l'Aéroport, ou envoyés par voie postale recommandée, au plus tard le jeudi 19 décembre 2041. Les candidat(e)s retenu(e)s après étude des dossiers seront convoqué(e)s à un entretien le 8 janvier 2042.

\bigskip
\hfill Le Président de l'Université\\
\hfill \emph{(signature -- personne fictive)}
\end{document}
"""
pdflatex(src("sfax-avis.tex", tex), KEY + "-avis.pdflatex.pdf", KEY)

board = f"""OffresEmploi.tn (site fictif) | Accueil | Offres | Concours | Entreprises | Déposer mon CV | Connexion

Accueil > Offres > Enseignement & recherche > Sfax

Université de Sfax recrute un(e) Ingénieur(e) de recherche (contractuel)
Université de SfaxSfax, TunisiePubliée le 22/11/2041Expire le 19/12/2041Vues 1 906
Secteur : Enseignement supérieur | Type de contrat : CDD | Expérience : 2 à 5 ans | Niveau : Ingénieur

Informations sur le poste
Référence : {REF}
Intitulé du poste : {TITLE}
Établissement : {ORG}
Structure d'accueil : {LOC}
Grade : {GRADE}
Régime de travail : {SCHED}
Rémunération : 3 150 TND bruts / mois
Date limite : 19/12/2041

Missions
Conduire les essais de traitement et de valorisation des margines sur le pilote du
laboratoire, assurer les analyses, encadrer les stagiaires et doctorants, rédiger les
rapports techniques et veiller à la maintenance des équipements.

Conditions de candidature
* {ESS[0]}
* {ESS[1]}
* {ESS[2]}
* {ESS[3]}
* {ESS[4]}

Atouts
* {DES[0]}
* {DES[1]}

Dossier : demande manuscrite au Président de l'Université, CV, CIN, diplômes certifiés,
attestations d'expérience, bulletin n° 3. Dépôt au bureau d'ordre ou par la poste
(recommandé). Entretiens le 8 janvier 2042.

Postuler | Sauvegarder | Signaler l'offre

Offres similaires
- Technicien(ne) supérieur(e) de laboratoire – Sfax – Expire le 05/12/2041
- Chargé(e) d'études environnementales – Gabès – 2 400 TND – Expire le 30/12/2041
- Responsable qualité huilerie – Sfax – Expire le 15/12/2041
"""
write(KEY + "-offresemploi.txt", board, KEY)

expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2041-12-19", salary=salary(3150, cur="TND"), grade=GRADE,
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": []})
save_rows("n03")
