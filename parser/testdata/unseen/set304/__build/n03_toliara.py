from common import *
REF = "UT/PRES/SG/2043-011"; KEY = "ut-pres-sg-2043-011"
T = "Enseignant(e)-chercheur(e) en écologie des phanérogames marines"
ORG = "Université de Toliara"
LOC = "Institut Halieutique et des Sciences Marines (IH.SM), Toliara"
SCH = "200 heures équivalent TD par an, plus l'encadrement des mémoires de master"
GRADE = "Assistant d'Enseignement Supérieur et de Recherche"
ESS = ["Être de nationalité malgache.",
       "Être âgé(e) de 40 ans au plus au 1er janvier 2043.",
       "Être titulaire d'un doctorat en océanographie biologique, en écologie marine ou en biologie végétale.",
       "Justifier d'au moins deux publications dans des revues indexées.",
       "Maîtriser le français et l'anglais scientifique."]
DES = ["Expérience de la plongée scientifique certifiée",
       "Pratique de la cartographie des habitats par imagerie satellitaire"]
DUT = ["assurer des cours magistraux et des travaux dirigés en licence et en master",
       "encadrer les sorties de terrain sur le Grand Récif et dans la baie de Ranobe",
       "conduire un programme de recherche sur les herbiers et leur rôle pour la pêche",
       "participer au suivi de la station de recherche d'Anakao"]

expected(KEY, reference=REF, languages=["fr"], title=T, organisation=ORG, location=LOC, schedule=SCH,
         deadline="2043-02-06", salary=sal(2350000, cur="MGA"), grade=GRADE,
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": []})

def tex(s):
    return s.replace("&", r"\&").replace("%", r"\%").replace("_", r"\_")

src("toliara-avis.tex", r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \pretolerance=10000
\pagestyle{empty}\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}\raggedright
\begin{minipage}[t]{0.55\textwidth}\small
MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR\\ ET DE LA RECHERCHE SCIENTIFIQUE\\[3pt]
UNIVERSITÉ DE TOLIARA\\ PRÉSIDENCE -- SECRÉTARIAT GÉNÉRAL\\[3pt]
N\textsuperscript{o} """ + REF + r"""
\end{minipage}\hfill
\begin{minipage}[t]{0.4\textwidth}\small\centering
REPOBLIKAN'I MADAGASIKARA\\ Fitiavana -- Tanindrazana -- Fandrosoana\\[6pt]
Toliara, le 9 janvier 2043
\end{minipage}

\vspace{14pt}
\begin{center}{\Large\bfseries APPEL À CANDIDATURES}\\[4pt]
pour le recrutement d'un(e) enseignant(e)-chercheur(e) permanent(e)\end{center}

Le Président de l'Université porte à la connaissance du public qu'un poste d'enseignant(e)-chercheur(e)
est ouvert au titre de l'exercice budgétaire 2043, dans les conditions ci-après.

\begin{tabular}{@{}p{4.2cm}p{11.2cm}@{}}
\textbf{Intitulé du poste} & \mbox{Enseignant(e)-chercheur(e)} en écologie des phanérogames marines\\
\textbf{Établissement} & """ + ORG + r"""\\
\textbf{Lieu d'affectation} & """ + tex(LOC) + r"""\\
\textbf{Grade} & """ + GRADE + r"""\\
\textbf{Charge horaire} & """ + SCH + r"""\\
\textbf{Traitement} & 2 350 000 Ariary (MGA) par mois, indice de début de grade\\
\textbf{Date limite} & vendredi 6 février 2043 à 15 h 30\\
\end{tabular}

\textbf{1. Attributions.} Sous l'autorité du Directeur de l'Institut, le ou la titulaire devra :
\begin{itemize}
""" + "\n".join(r"\item " + d + " ;" for d in DUT[:-1]) + "\n" + r"\item " + DUT[-1] + "." + r"""
\end{itemize}

\textbf{2. Conditions de candidature.} Peuvent faire acte de candidature les personnes qui remplissent les
conditions suivantes :
\begin{enumerate}
""" + "\n".join(r"\item " + x for x in ESS) + r"""
\end{enumerate}

\textbf{3. Atouts.}
\begin{itemize}
""" + "\n".join(r"\item " + x for x in DES) + r"""
\end{itemize}

\textbf{4. Dossier.} Le dossier comprend une demande adressée au Président de l'Université, un CV, la
copie certifiée du diplôme de doctorat, les tirés à part des publications, un extrait d'acte de naissance et
un certificat de résidence. Il est déposé au Secrétariat Général, bureau du courrier, ou envoyé par voie
électronique avec la mention du numéro de l'appel.

\textbf{5. Sélection.} Après examen des dossiers, les candidat(e)s retenu(e)s présenteront une leçon publique
devant le jury du 23 au 25 février 2043.

\vspace{12pt}\hfill\begin{minipage}{6cm}\centering Le Président de l'Université\\[18pt] (signature)\\
Pr Andry R. (nom fictif)\end{minipage}
\end{document}
""")
latex("toliara-avis.tex", KEY + "-appel.pdflatex.pdf", KEY)

fb = f"""
Offres d'emploi Madagascar – Tanà & régions
Groupe public · 48,2 k membres

Haja Rakotomalala (fictif) › Offres d'emploi Madagascar – Tanà & régions
11 janv. · 🌍

📢📢 APPEL À CANDIDATURES – UNIVERSITÉ DE TOLIARA 📢📢

📌 Poste : {T}
🏛️ Établissement : {ORG}
📍 Lieu d'affectation : {LOC}
🎓 Grade : {GRADE}
🕐 Charge horaire : {SCH}
💰 Traitement : 2 350 000 Ar (MGA) / mois
🔖 Réf. : {REF}
⏳ Date limite : 06/02/2043

👉 Ce que vous ferez : {', '.join(DUT)}.

✅ CONDITIONS :
{chr(10).join('✔ ' + x for x in ESS)}

➕ ATOUTS :
{chr(10).join('▫ ' + x for x in DES)}

📂 Dossier au Secrétariat Général (bureau du courrier) ou par mail, avec le numéro de l'appel.
Leçon publique du 23 au 25 février pour les présélectionnés.

#Toliara #Recrutement #Université #SciencesMarines #Madagascar
… Voir moins

👍❤️ 214   37 commentaires   61 partages

Tiana R. (fictif)
Est-ce que les docteurs de l'étranger peuvent postuler ?
  J'aime · Répondre · 2 j
    Haja Rakotomalala (fictif)
    Oui si le diplôme est reconnu, voir la condition n°3
    J'aime · Répondre · 2 j
Mamy N. (fictif)
Partagé à ma promo IH.SM 🙏 Réunion des anciens le 31/01 à la station d'Anakao
  J'aime · Répondre · 1 j
"""
w(KEY + "-facebook.txt", fb, KEY)
save_rows("03")
