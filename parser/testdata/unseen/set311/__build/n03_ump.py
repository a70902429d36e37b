from common import *

KEY = "ump-pr-sg-2043-14"
REF = "UMP/PR/SG/2043-14"
TITLE = "Professeur assistant – Protection phytosanitaire des agrumes"
ORG = "Université Mohammed Premier – Oujda"
LOC = "Faculté des Sciences d'Oujda, avec sorties de terrain dans la plaine de Triffa (Berkane)"
SCHED = "14 heures d'enseignement par semaine en moyenne, plus l'encadrement des projets de fin d'études"
GRADE = "A – échelle 11"
ESS = ["Être de nationalité marocaine ;",
       "Être titulaire du Doctorat, du Doctorat d'État ou d'un diplôme reconnu équivalent en phytopathologie, en entomologie agricole ou en protection des plantes ;",
       "Avoir au moins 18 ans et au plus 45 ans au 1er janvier 2043, sauf dispense prévue pour les fonctionnaires ;",
       "Justifier d'au moins deux publications dans des revues indexées."]
DES = ["Une expérience d'enseignement à l'université",
       "Des travaux sur les ravageurs ou les maladies des agrumes du Maroc oriental"]

expected(KEY, reference=REF, post_number=None, languages=["fr"], title={"fr": TITLE},
         organisation={"fr": ORG}, location={"fr": LOC}, schedule={"fr": SCHED}, deadline="2043-09-10",
         salary=None, grade=GRADE, clearance=None,
         requirements={"fr": (ESS, DES)}, competencies={"fr": []})

def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("'", "'")

tx = r"""\documentclass[10pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[margin=2cm]{geometry}\usepackage{array}
\hyphenpenalty=10000\exhyphenpenalty=10000\pagestyle{empty}\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
\begin{minipage}[t]{0.5\textwidth}\small\textbf{Royaume du Maroc}\\ Ministère de l'Enseignement Supérieur,\\ de la Recherche Scientifique et de l'Innovation\\ \textbf{Université Mohammed Premier -- Oujda}\\ Présidence -- Secrétariat Général\end{minipage}\hfill
\begin{minipage}[t]{0.4\textwidth}\raggedleft\small Oujda, le 11 août 2043\\[4pt] Avis n° """ + REF + r"""\end{minipage}

\vspace{12pt}
\begin{center}{\large\bfseries AVIS DE CONCOURS}\\[2pt]\textbf{pour le recrutement d'un Professeur assistant (session du 24 septembre 2043)}\end{center}

Le Président de l'Université Mohammed Premier -- Oujda annonce l'organisation, le 24 septembre 2043, d'un concours pour le recrutement d'un (01) Professeur assistant au profit de la Faculté des Sciences d'Oujda, selon les indications suivantes.

\begin{tabular}{@{}>{\bfseries}p{4.2cm}p{11.6cm}@{}}
Poste à pourvoir & """ + tex(TITLE) + r""" \\
Établissement & """ + tex(ORG) + r""" \\
Département & Biologie -- équipe Agro-écologie et protection des cultures \\
Lieu d'affectation & """ + tex(LOC) + r""" \\
Grade & """ + tex(GRADE) + r""" \\
Charge horaire & """ + tex(SCHED) + r""" \\
Nombre de postes & 01 \\
\end{tabular}

\textbf{Article 1. Conditions de candidature.} Le concours est ouvert aux candidat(e)s qui remplissent les conditions suivantes :
\renewcommand{\labelenumi}{\arabic{enumi})}\begin{enumerate}\setlength{\itemsep}{1pt}
""" + "\n".join(r"\item " + tex(x) for x in ESS) + r"""
\end{enumerate}
Seront considérés comme des atouts :
\renewcommand{\labelitemi}{--}\begin{itemize}\setlength{\itemsep}{1pt}
""" + "\n".join(r"\item " + tex(x) for x in DES) + r"""
\end{itemize}

\textbf{Article 2. Épreuves.} Le concours comprend une épreuve portant sur les titres et travaux des candidat(e)s, puis un exposé suivi d'une discussion avec le jury sur un projet pédagogique et scientifique. La liste des candidat(e)s convoqué(e)s à l'exposé sera publiée le 17 septembre 2043.

\textbf{Article 3. Inscription.} L'inscription se fait obligatoirement sur la plateforme econcours.ump.example avant le \textbf{10 septembre 2043 à 23 h 59}. Aucune candidature sur papier ne sera examinée.

\textbf{Article 4. Dossier.} Les candidat(e)s convoqué(e)s à l'exposé déposent, le jour de l'épreuve, au service des ressources humaines de la Faculté : a) une demande manuscrite signée ; b) un curriculum vitae avec photo ; c) une copie de la carte nationale d'identité électronique ; d) les copies du doctorat et des autres diplômes ; e) la thèse et les travaux scientifiques ; f) l'autorisation de concourir pour les fonctionnaires.

\textbf{Article 5. Résultats.} Les résultats seront publiés sur le site de l'Université et sur le portail de l'emploi public.

\vspace{8pt}\hfill\begin{minipage}{6cm}\centering Le Président de l'Université\\ (signé)\end{minipage}
\end{document}
"""
p = wb("ump-avis.tex", tx)
pdf_latex(p, KEY + "-avis.pdflatex.pdf", KEY)

board = f"""Accueil | Concours publics | Emplois privés | Résultats | Annales | Contact
Accueil » Concours » Enseignement supérieur » Université Mohammed Premier

UNIVERSITÉ MOHAMMED PREMIER D'OUJDA – CONCOURS DE RECRUTEMENT D'UN PROFESSEUR ASSISTANT (1 POSTE)

Publié le 12/08/2043 · Vues 3 208 · Catégorie : Enseignement supérieur

Grade | Nombre de postes | Date du concours | Date limite
Professeur assistant | 1 | 24/09/2043 | 10/09/2043

L'Université Mohammed Premier d'Oujda organise le 24/09/2043 un concours pour le recrutement d'un professeur
assistant au profit de la Faculté des Sciences d'Oujda.

Référence de l'avis : {REF}
Poste : {TITLE}
Établissement : {ORG}
Lieu d'affectation : {LOC}
Grade : {GRADE}
Charge horaire : {SCHED}

Conditions de candidature
{chr(10).join('  • ' + x for x in ESS)}

Atouts
{chr(10).join('  ○ ' + x for x in DES)}

Épreuves
  ▸ Étude des titres et travaux
  ▸ Exposé et discussion avec le jury

Dossier de candidature (à déposer le jour de l'exposé) : demande manuscrite, CV avec photo, copie de la CNIE,
diplômes, thèse et travaux, autorisation de concourir pour les fonctionnaires.

Date limite d'inscription : 10/09/2043 (plateforme econcours.ump.example)

Télécharger l'avis (PDF, 182 Ko)

Concours similaires
  - Université de Taza (fictive) : 3 postes de techniciens de 3e grade – date limite 01/09/2043
  - Faculté de Médecine d'Oujda : professeurs assistants en pharmacologie – date limite 15/09/2043

Concours-Maroc.example n'est pas un site officiel ; vérifiez toujours l'avis original.
"""
w(KEY + "-concoursmaroc.txt", board, KEY)
save_rows("n03")
