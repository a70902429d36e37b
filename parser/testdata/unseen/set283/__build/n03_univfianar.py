from common import *

REF = "UF/PRES/SG/DRH/2041-022"
TITLE = "Maître de conférences en traitement automatique des langues"
ORG = "Université de Fianarantsoa"
LOC = "École Nationale d'Informatique (ENI), campus d'Andrainjato, Fianarantsoa"
SCHED = "192 heures équivalent TD par an, plus encadrement des mémoires"
GRADE = "Maître de conférences, 2e classe"
ESS = [
    "Être de nationalité malagasy.",
    "Être titulaire d'un doctorat en informatique, en linguistique computationnelle ou dans une discipline voisine.",
    "Justifier d'au moins deux publications dans des revues ou conférences à comité de lecture sur le traitement des langues.",
    "Avoir une expérience d'enseignement d'au moins deux années universitaires en licence ou en master.",
    "Maîtriser au moins un langage de programmation scientifique (Python ou Julia).",
]
DES = [
    "Travaux portant sur le malagasy ou une autre langue peu dotée",
    "Expérience du montage de projets de recherche financés",
]
TASKS = [
    "assurer les enseignements d'apprentissage automatique, de linguistique informatique et d'algorithmique du texte en licence et en master",
    "encadrer les mémoires de master et participer à l'encadrement doctoral",
    "développer au sein du laboratoire un axe de recherche sur les corpus et les outils numériques du malagasy",
    "contribuer à la mise à jour des maquettes pédagogiques et à la vie de l'établissement",
]

k = expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2041-05-23",
             {"amount": 2140000, "currency": "MGA"}, GRADE, {"fr": {"essential": ESS, "desirable": DES}},
             {"fr": []})

def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("'", "'")

tx = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\pagestyle{empty}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{center}
{\small REPOBLIKAN'I MADAGASIKARA\\ Fitiavana -- Tanindrazana -- Fandrosoana}\\[4pt]
{\small MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE SCIENTIFIQUE}\\[4pt]
{\large\bfseries UNIVERSITÉ DE FIANARANTSOA}\\
Présidence -- Secrétariat Général -- Direction des Ressources Humaines\\[10pt]
{\Large\bfseries APPEL À CANDIDATURES}\\[2pt]
{\bfseries Recrutement d'un enseignant-chercheur permanent}\\[2pt]
Réf. : """ + REF + r"""
\end{center}

L'""" + ORG + r""" ouvre, au titre de l'année universitaire 2041--2042, un poste d'enseignant-chercheur
permanent pour renforcer l'offre de formation en intelligence artificielle de l'École Nationale d'Informatique.

\textbf{1. Caractéristiques du poste}

\begin{tabular}{@{}p{4.2cm}p{11cm}@{}}
Intitulé du poste & """ + tex(TITLE) + r""" \\
Établissement & """ + ORG + r""" \\
Lieu d'exercice & """ + tex(LOC) + r""" \\
Grade & """ + GRADE + r""" \\
Service d'enseignement & """ + SCHED + r""" \\
Traitement & 2\,140\,000 Ariary (MGA) brut par mois selon la grille indiciaire, indemnité de recherche en sus \\
Prise de fonction & 1\textsuperscript{er} octobre 2041 \\
Clôture des candidatures & Jeudi 23 mai 2041 à 16 heures \\
\end{tabular}

\textbf{2. Missions}

\begin{itemize}
""" + "".join("\\item " + tex(t) + "\n" for t in TASKS) + r"""\end{itemize}

\textbf{3. Conditions requises}

\begin{enumerate}
""" + "".join("\\item " + tex(t) + "\n" for t in ESS) + r"""\end{enumerate}

\textbf{4. Atouts}

\begin{itemize}
""" + "".join("\\item[--] " + tex(t) + "\n" for t in DES) + r"""\end{itemize}

\textbf{5. Dossier de candidature}

Le dossier comprend une lettre de candidature adressée au Président de l'Université, un curriculum vitae, la copie
certifiée du diplôme de doctorat et de l'arrêté d'équivalence le cas échéant, la liste des publications avec deux
articles en version électronique, un projet d'enseignement et de recherche de cinq pages au plus et un certificat
de nationalité. Il est déposé au bureau du courrier de la Présidence, campus d'Andrainjato, ou envoyé à
recrutement@univ-fianar.example.

\textbf{6. Sélection}

Les dossiers recevables sont examinés par une commission de spécialistes. Les candidats retenus présentent une
leçon publique et un exposé de leurs travaux entre le 10 et le 14 juin 2041.

\hfill Fianarantsoa, le 15 avril 2041

\hfill Le Président de l'Université (nom fictif)
\end{document}
"""
write_src("uf-appel.tex", tx)
pdflatex("uf-appel.tex", "uf-pres-sg-drh-2041-022-appel.pdflatex.pdf", k)

fb = f"""Université de Fianarantsoa
3 j · 🌍

📢 APPEL À CANDIDATURES – RECRUTEMENT D'UN ENSEIGNANT-CHERCHEUR PERMANENT 📢

Réf. : {REF}

L'{ORG} recrute un(e) enseignant(e)-chercheur(e) pour l'École Nationale d'Informatique. Partagez largement 🙏

🎓 Poste : {TITLE}
🏛 Établissement : {ORG}
📍 Lieu d'exercice : {LOC}
🏅 Grade : {GRADE}
🕘 Service d'enseignement : {SCHED}
💰 Traitement : 2 140 000 Ar (MGA) brut par mois, indemnité de recherche en sus
⏳ Date limite : 23/05/2041 à 16 h

👉 Missions : enseignements d'apprentissage automatique et de linguistique informatique, encadrement des
mémoires, développement d'un axe de recherche sur les corpus du malagasy, vie de l'établissement.

✅ Conditions requises :
{chr(10).join("1️⃣2️⃣3️⃣4️⃣5️⃣"[0:0] + ["1.", "2.", "3.", "4.", "5."][i] + " " + x for i, x in enumerate(ESS))}

➕ Atouts :
{chr(10).join("➕ " + x for x in DES)}

📂 Dossier : lettre au Président de l'Université, CV, doctorat certifié, liste des publications, projet
d'enseignement et de recherche, certificat de nationalité. Dépôt au bureau du courrier de la Présidence
(Andrainjato) ou par courriel à recrutement@univ-fianar.example.

🗓 Leçons publiques des candidats retenus : du 10 au 14 juin 2041.

#UnivFianar #ENI #Recrutement #IA #Malagasy
… Voir moins

👍❤️ 214                                         37 commentaires  58 partages
J'aime          Commenter          Partager

Plus pertinents ▾
Hery R. (profil fictif)
Est-ce que les titulaires d'un DEA avec thèse en cours peuvent postuler ?
2 j  J'aime  Répondre
    Université de Fianarantsoa
    Bonjour, le doctorat est exigé à la date de clôture. Merci de votre intérêt.
    2 j  J'aime  Répondre
Miora A. (profil fictif)
Partagé au groupe des doctorants 👍
1 j  J'aime  Répondre
Voir plus de commentaires
"""
write("uf-pres-sg-drh-2041-022-facebook.txt", fb, k)
