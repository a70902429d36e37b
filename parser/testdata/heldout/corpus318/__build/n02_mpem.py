from common import *
REF = "MPEM/SG/DRH/2044-006"
T = "Chef de service du contrôle des débarquements"
ORG = "Ministère des Pêches et de l'Économie Maritime"
LOC = "Port de pêche artisanale et côtière, Nouadhibou"
SCH = "du lundi au vendredi, de 8 h 00 à 16 h 00, avec présence au port aux heures de débarquement"
GR = "A, 2e échelon"
ESS = ["être de nationalité mauritanienne ;",
       "être âgé(e) de 40 ans au plus à la date de clôture ;",
       "être titulaire d'un master en halieutique, en biologie marine ou en économie des pêches ;",
       "justifier d'au moins cinq ans d'expérience dans le suivi ou le contrôle des pêches ;",
       "maîtriser l'arabe et le français, à l'écrit comme à l'oral."]
DES = ["une expérience des systèmes de suivi des navires par satellite",
       "une formation aux règles de traçabilité des captures destinées à l'exportation"]
COMP = [("Intégrité", ""), ("Rigueur", ""), ("Sens du dialogue", ""), ("Disponibilité", "")]
MIS = ["organiser le contrôle quotidien des débarquements des pirogues et des navires côtiers",
       "tenir le registre des captures par espèce, par engin et par zone",
       "vérifier les licences, les marquages et les journaux de pêche",
       "encadrer une équipe de douze contrôleurs et agents de pesée",
       "transmettre chaque semaine les statistiques à la Direction de l'Aménagement des Ressources"]

tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}\usepackage{array}
\pagestyle{empty}\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{minipage}[t]{0.48\textwidth}\centering\small
MINISTÈRE DES PÊCHES\\ ET DE L'ÉCONOMIE MARITIME\\ --------\\ Secrétariat Général\\ Direction des Ressources Humaines\\
N° """ + REF + r"""
\end{minipage}\hfill
\begin{minipage}[t]{0.48\textwidth}\centering\small
RÉPUBLIQUE ISLAMIQUE DE MAURITANIE\\ Honneur -- Fraternité -- Justice\\[8pt]
Nouakchott, le 7 mars 2044
\end{minipage}

\vspace{14pt}
\begin{center}{\Large\bfseries COMMUNIQUÉ}\\[4pt]
{\bfseries Recrutement sur titre d'un cadre de contrôle des pêches}\end{center}

\textbf{Article premier.} Le Ministère des Pêches et de l'Économie Maritime procède au recrutement, par voie contractuelle,
d'un cadre destiné au poste défini ci-après :

\begin{tabular}{>{\bfseries}p{4.2cm} p{10.8cm}}
Poste & """ + T + r""" \\
Administration & """ + ORG + r""" \\
Structure & Délégation régionale des pêches de Dakhlet Nouadhibou \\
Lieu d'affectation & """ + LOC + r""" \\
Horaires de travail & """ + SCH + r""" \\
Catégorie & """ + GR + r""" \\
Traitement & 42 000 MRU par mois, indemnité de zone en sus \\
\end{tabular}

\textbf{Article 2.} Sous l'autorité du délégué régional, le titulaire aura notamment les tâches suivantes : """ + "~; ".join(MIS) + r""".

\textbf{Article 3.} Les candidats doivent remplir les conditions suivantes :
\begin{enumerate}
""" + "\n".join(r"\item " + x for x in ESS) + r"""
\end{enumerate}
Seront considérés comme des atouts :
\begin{itemize}
""" + "\n".join(r"\item[--] " + x for x in DES) + r"""
\end{itemize}

\textbf{Article 4.} Qualités attendues :
\begin{itemize}
""" + "\n".join(r"\item " + n for n, d in COMP) + r"""
\end{itemize}

\textbf{Article 5.} Le dossier comprend une demande manuscrite, un curriculum vitae, une copie légalisée des diplômes, un
extrait d'acte de naissance et un extrait de casier judiciaire. Il est déposé au bureau d'ordre de la Direction des
Ressources Humaines du Ministère, à Nouakchott, ou à la délégation régionale de Nouadhibou, au plus tard le
\textbf{mardi 5 avril 2044 à 15 h 00}.

\textbf{Article 6.} Les candidats retenus sur dossier passeront un entretien le 18 avril 2044. Le présent communiqué sera
publié partout où besoin sera.

\vspace{10pt}
\hfill\begin{minipage}{0.45\textwidth}\centering Le Secrétaire Général\\[18pt] (signature et cachet)\end{minipage}
\end{document}
"""
wb("mpem-communique.tex", tex)
latex("mpem-communique.tex", "mpem-sg-drh-2044-006-communique.pdflatex.pdf", REF)

fb = f"""Facebook
Rechercher sur Facebook
Pêche & Économie Maritime – Actualités Mauritanie (page non officielle)
Il y a 2 jours · 🌍

📢📢 COMMUNIQUÉ – RECRUTEMENT 📢📢
Le Ministère recrute un cadre pour Nouadhibou ! Partagez à vos proches 🙏

📌 N° : {REF}
📌 Poste : {T}
🏛️ Administration : {ORG}
📍 Lieu d'affectation : {LOC}
🕗 Horaires de travail : {SCH}
🎖️ Catégorie : {GR}
💰 Traitement : 42 000 MRU par mois (+ indemnité de zone)
⏳ Date limite : 05/04/2044 à 15h

👉 Tâches : contrôle des débarquements, registre des captures, vérification des licences, encadrement de 12 agents, statistiques hebdomadaires.

✅ Conditions :
{chr(10).join('▪ ' + x for x in ESS)}

➕ Atouts :
{chr(10).join('▫ ' + x for x in DES)}

💡 Qualités : {', '.join(n for n, d in COMP)}

📂 Dossier : demande manuscrite, CV, diplômes légalisés, extrait de naissance, casier judiciaire. Dépôt à la DRH (Nouakchott) ou à la délégation de Nouadhibou. Entretien prévu le 18 avril 2044.

#Mauritanie #Recrutement #Pêche #Nouadhibou
… Voir moins

👍❤️ 214 · 37 commentaires · 96 partages
J'aime   Commenter   Partager

Sidi M.
Est-ce que les licences professionnelles sont acceptées ?
1 j  J'aime  Répondre

Pêche & Économie Maritime – Actualités Mauritanie
@Sidi M. Le communiqué demande un master. Bonne chance !
1 j  J'aime  Répondre

Aminetou K.
Réunion d'information des diplômés en halieutique ce samedi 26/03 à la maison des jeunes, entrée 200 MRU.
20 h  J'aime  Répondre
"""
w("mpem-sg-drh-2044-006-facebook.txt", fb, REF)

expected(REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2044-04-05",
         sal(amount=42000, cur="MRU"), GR, {"fr": (ESS, DES)}, {"fr": COMP})
save_rows("n02")
