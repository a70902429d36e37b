from common import *

KEY = "unikis-sgac-2036-017"
REF = "UNIKIS/SGAC/2036/017"
TITLE = "Chef de Travaux en hydrobiologie et aquaculture"
ORG = "Université de Kisangani"
LOC = "Kisangani (Tshopo, RDC)"
SCHED = "Temps plein"
ESS = [
    "Être de nationalité congolaise ;",
    "Être titulaire d'un diplôme d'études approfondies (DEA) ou d'un master en hydrobiologie, en aquaculture ou en biologie des organismes aquatiques ;",
    "Avoir obtenu au moins la mention « Distinction » à chaque cycle d'études ;",
    "Avoir exercé pendant au moins deux ans comme Assistant(e) dans un établissement d'enseignement supérieur et universitaire ;",
    "Avoir publié au moins un article scientifique dans une revue à comité de lecture ;",
    "N'avoir fait l'objet d'aucune condamnation pour faute grave.",
]
DES = [
    "Une inscription en thèse de doctorat ;",
    "Une expérience de terrain sur le fleuve Congo ou ses affluents ;",
    "La maîtrise du lingala ou du swahili.",
]
expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["fr"],
    "title": {"en": None, "fr": TITLE}, "organisation": {"en": None, "fr": ORG},
    "location": {"en": None, "fr": LOC}, "schedule": {"en": None, "fr": SCHED},
    "deadline": "2036-11-19", "salary": None, "grade": "Chef de Travaux", "clearance": None,
    "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
    "competencies": {"en": None, "fr": []},
})
TACHES = [
    "assurer les travaux pratiques et les enseignements qui lui sont confiés en hydrobiologie, en limnologie et en aquaculture ;",
    "encadrer les étudiants de licence et de master dans leurs travaux de fin de cycle ;",
    "contribuer aux activités de la station piscicole expérimentale de la Faculté ;",
    "participer aux programmes de recherche du Centre de surveillance de la biodiversité ;",
    "prendre part aux tâches administratives et aux jurys du Département.",
]
DOSS = ["une demande manuscrite adressée au Recteur ;", "un curriculum vitae détaillé et signé ;",
        "les copies certifiées conformes des diplômes et des relevés de notes ;",
        "la liste des publications accompagnée de leurs copies ;",
        "une attestation de service de l'établissement d'origine ;",
        "une copie de la carte d'électeur ou du passeport."]


def tex_escape(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")


def items(xs):
    return "\n".join("\\item " + tex_escape(x) for x in xs)


tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\renewcommand{\labelenumi}{\alph{enumi})}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{plain}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}\raggedright
\begin{minipage}[t]{0.52\textwidth}\small
RÉPUBLIQUE DÉMOCRATIQUE DU CONGO\\
ENSEIGNEMENT SUPÉRIEUR ET UNIVERSITAIRE\\
\textbf{UNIVERSITÉ DE KISANGANI}\\
SECRÉTARIAT GÉNÉRAL ACADÉMIQUE\\
B.P. 2012 Kisangani
\end{minipage}\hfill
\begin{minipage}[t]{0.40\textwidth}\small\raggedleft
Fait à Kisangani, le 20 octobre 2036\\
Réf. : R/C 0381/UNIKIS/2036
\end{minipage}

\vspace{1.2em}
\begin{center}
{\large\textbf{AVIS DE RECRUTEMENT N\textsuperscript{o} """ + REF + r"""}}\\[4pt]
\textbf{Recrutement d'un """ + TITLE + r"""}
\end{center}

Le Recteur de l'""" + ORG + r""" porte à la connaissance des personnes intéressées qu'un poste de membre du corps scientifique est vacant à la Faculté des Sciences, Département d'Hydrobiologie et Aquaculture.

\section*{1. Caractéristiques du poste}
\begin{tabular}{@{}p{4.6cm}p{10.5cm}@{}}
Intitulé du poste & """ + TITLE + r""" \\
Grade & Chef de Travaux \\
Faculté & Faculté des Sciences \\
Lieu d'affectation & """ + LOC + r""" \\
Régime & """ + SCHED + r""" \\
Rémunération & Barème en vigueur dans l'Enseignement supérieur et universitaire, primes institutionnelles en sus \\
\end{tabular}

\section*{2. Tâches}
\begin{itemize}\renewcommand{\labelitemi}{--}
""" + items(TACHES) + r"""
\end{itemize}

\section*{3. Conditions de recevabilité}
Pour être recevable, le (la) candidat(e) doit remplir les conditions suivantes :
\begin{itemize}
""" + items(ESS) + r"""
\end{itemize}

\section*{4. Atouts}
\begin{itemize}
""" + items(DES) + r"""
\end{itemize}

\section*{5. Composition du dossier}
\begin{enumerate}
""" + items(DOSS) + r"""
\end{enumerate}

\section*{6. Dépôt des dossiers}
Les dossiers sont déposés sous pli fermé au Secrétariat général académique, bâtiment administratif, ou envoyés à l'adresse sgac.recrutement@unikis.example, au plus tard le mercredi 19 novembre 2036 à 15 h 00, délai de rigueur. Le pli portera la mention « """ + REF + r""" ».

Les candidat(e)s retenu(e)s à l'issue de l'examen des dossiers présenteront une leçon d'épreuve le lundi 1er décembre 2036 devant le jury facultaire. Aucun frais n'est exigé à aucune étape du recrutement.

\vspace{1.5em}
\hfill\begin{minipage}{0.45\textwidth}\centering
Le Recteur\\[2.5em]
Professeur Ordinaire
\end{minipage}
\end{document}
"""
pdflatex(tex, KEY + "-unikis.pdflatex.pdf", KEY)

mail = f"""De : Département d'Hydrobiologie et Aquaculture <dept.hydrobio@unikis.example>
Envoyé : mardi 21 octobre 2036 08:47
À : Anciens étudiants DEA / Master – promotions 2028-2034
Objet : TR: Avis de recrutement {REF} – Chef de Travaux

Chers anciens,

Le Département relaie l'avis ci-dessous. Une réunion d'information se tiendra
au Département le jeudi 30 octobre 2036 à 10 h pour répondre à vos questions
sur la constitution des dossiers.

Cordialement,
Le Secrétariat du Département

-----Message d'origine-----
De : Secrétariat général académique
Objet : Avis de recrutement

UNIVERSITÉ DE KISANGANI
SECRÉTARIAT GÉNÉRAL ACADÉMIQUE

AVIS DE RECRUTEMENT No {REF}
Recrutement d'un {TITLE}

Le Recteur de l'{ORG} porte à la connaissance des personnes intéressées qu'un
poste de membre du corps scientifique est vacant à la Faculté des Sciences,
Département d'Hydrobiologie et Aquaculture.

1. CARACTÉRISTIQUES DU POSTE
   Intitulé du poste  : {TITLE}
   Grade              : Chef de Travaux
   Faculté            : Faculté des Sciences
   Lieu d'affectation : {LOC}
   Régime             : {SCHED}
   Rémunération       : barème en vigueur dans l'ESU, primes en sus

2. TÂCHES
{bullets(TACHES, '   - ')}

3. CONDITIONS DE RECEVABILITÉ
{bullets(ESS, '   * ')}

4. ATOUTS
{bullets(DES, '   * ')}

5. COMPOSITION DU DOSSIER
   demande manuscrite, CV signé, diplômes et relevés certifiés, publications,
   attestation de service, carte d'électeur ou passeport.

6. DÉPÔT DES DOSSIERS
   Au Secrétariat général académique ou à sgac.recrutement@unikis.example,
   au plus tard le mercredi 19 novembre 2036 à 15 h 00, délai de rigueur.
   Leçon d'épreuve des candidats retenus : lundi 1er décembre 2036.

Fait à Kisangani, le 20 octobre 2036
Le Recteur

--
Ce message et ses pièces jointes sont confidentiels. S'il vous a été adressé
par erreur, merci de le supprimer et d'en avertir l'expéditeur.
"""
write(KEY + "-courriel.txt", mail, KEY)
