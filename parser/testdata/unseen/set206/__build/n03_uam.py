from common import *
KEY = "1174-uam-r-sg-drh"
REF = "1174/UAM/R/SG/DRH"
TITLE = "Enseignant-chercheur en hydrogéologie"
ORG = "Université Abdou Moumouni de Niamey (UAM)"
LOC = "Niamey, campus principal"
SCHED = "Temps plein, enseignant permanent"
GRADE = "Maître-Assistant (CAMES)"
LEAD = "Peuvent faire acte de candidature les personnes remplissant les conditions ci-après :"
ESS = [
 "être de nationalité nigérienne ;",
 "être titulaire d'un doctorat unique en hydrogéologie, en géologie appliquée ou en sciences de l'eau ;",
 "être inscrit(e) sur la liste d'aptitude aux fonctions de Maître-Assistant du CAMES, ou s'engager à présenter sa candidature à la prochaine session ;",
 "justifier d'au moins deux (2) publications dans des revues à comité de lecture ;",
 "être âgé(e) de quarante-cinq (45) ans au plus au 31 décembre 2034.",
]
DES = [
 "une expérience d'enseignement en licence ou en master ;",
 "la pratique de la modélisation des écoulements souterrains (MODFLOW ou équivalent) ;",
 "une expérience de terrain dans les aquifères du bassin des Iullemmeden.",
]
TRAIT = "487 000 francs CFA (XOF) de traitement de base mensuel, indemnités de recherche et de logement en sus"
E = fr_only(reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
            deadline="2034-12-08", salary=sal(amount=487000, cur="XOF"), grade=GRADE,
            essential=ESS, desirable=DES, competencies=[])
expected(KEY, E)

def tex(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("_", "\\_")
tx = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[a4paper,margin=2.2cm]{geometry}
\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pagestyle{plain}
\begin{document}
\begin{minipage}[t]{0.48\textwidth}\centering\small
MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR\\ ET DE LA RECHERCHE\\[2pt]
\textbf{UNIVERSITÉ ABDOU MOUMOUNI}\\ \textbf{DE NIAMEY}\\[2pt]
Rectorat -- Secrétariat Général\\ Direction des Ressources Humaines
\end{minipage}\hfill
\begin{minipage}[t]{0.44\textwidth}\centering\small
RÉPUBLIQUE DU NIGER\\ Fraternité -- Travail -- Progrès\\[8pt]
Niamey, le 10 novembre 2034
\end{minipage}

\vspace{1cm}
\begin{center}\Large\textbf{AVIS DE RECRUTEMENT}\\[2pt]\normalsize\textbf{N° """ + REF + r"""}\end{center}

Le Recteur de l'Université Abdou Moumouni de Niamey porte à la connaissance du public que l'Université recrute, pour le compte de la Faculté des Sciences et Techniques (Département de Géologie), un (01) enseignant-chercheur permanent.

\section*{1. Caractéristiques du poste}
\begin{tabular}{@{}>{\bfseries}p{4.6cm}p{10.6cm}@{}}
Emploi & """ + TITLE + r""" \\
Employeur & """ + ORG + r""" \\
Composante & Faculté des Sciences et Techniques \\
Lieu de travail & """ + LOC + r""" \\
Grade de recrutement & """ + GRADE + r""" \\
Régime & """ + SCHED + r""" \\
Traitement & """ + TRAIT + r""" \\
Date limite & 08 décembre 2034 \\
\end{tabular}

\section*{2. Missions}
\begin{itemize}
\item[--] assurer les enseignements d'hydrogéologie générale et appliquée en licence et en master ;
\item[--] encadrer les mémoires de master et participer aux stages de terrain ;
\item[--] développer des travaux de recherche sur les ressources en eau souterraine du Niger ;
\item[--] contribuer à la vie du département et aux jurys d'examen.
\end{itemize}

\section*{3. Conditions de candidature}
""" + LEAD + r"""
\begin{itemize}
""" + "\n".join(r"\item " + tex(x) for x in ESS) + r"""
\end{itemize}

\section*{4. Atouts}
\begin{itemize}
""" + "\n".join(r"\item[$\circ$] " + tex(x) for x in DES) + r"""
\end{itemize}

\section*{5. Composition du dossier}
\begin{enumerate}
\item[a)] une demande manuscrite adressée au Recteur ;
\item[b)] un curriculum vitae détaillé accompagné de la liste des publications ;
\item[c)] les copies certifiées conformes des diplômes ;
\item[d)] un extrait d'acte de naissance et un certificat de nationalité ;
\item[e)] un casier judiciaire datant de moins de trois mois.
\end{enumerate}

Les dossiers sont déposés sous pli fermé au secrétariat de la Direction des Ressources Humaines (Rectorat, bureau 12) au plus tard le vendredi 8 décembre 2034 à 17 heures. Les candidats présélectionnés seront auditionnés par une commission ad hoc au cours de la semaine du 15 janvier 2035.

\vspace{1cm}
\hfill\begin{minipage}{0.4\textwidth}\centering
Le Recteur\\[1.2cm](signature et cachet)
\end{minipage}
\end{document}
"""
write("__build/uam-avis.tex", tx)

wa = f"""[14/11/2034, 07:52] Ibrahim Garba ☎: *Transféré plusieurs fois*
📢 *UNIVERSITÉ ABDOU MOUMOUNI DE NIAMEY – AVIS DE RECRUTEMENT*
N° {REF}

🎓 Emploi : {TITLE}
🏛 Employeur : {ORG}
🏫 Composante : Faculté des Sciences et Techniques (Département de Géologie)
📍 Lieu de travail : {LOC}
🎖 Grade de recrutement : {GRADE}
⏰ Régime : {SCHED}
💰 Traitement : {TRAIT}
⏳ Date limite : vendredi 08/12/2034 à 17h

✅ *Conditions*
{LEAD}
{chr(10).join('▫️ ' + x for x in ESS)}

➕ *Atouts*
{chr(10).join('▫️ ' + x for x in DES)}

📂 Dossier : demande manuscrite au Recteur, CV + liste des publications, diplômes certifiés, acte de naissance, certificat de nationalité, casier judiciaire.
Dépôt sous pli fermé au Rectorat (DRH, bureau 12).
Auditions : semaine du 15 janvier 2035.
[14/11/2034, 08:05] Aïchatou M.: Merci pour le partage 🙏 c'est aussi ouvert aux étrangers ?
[14/11/2034, 08:09] Ibrahim Garba ☎: Non, nationalité nigérienne exigée (voir la 1re condition)
[14/11/2034, 08:31] Souley Hamani: Transmis au groupe des doctorants de géologie 👍
[14/11/2034, 09:12] Aïchatou M.: ‎<Ce message a été supprimé>
"""
write(KEY + "-whatsapp.txt", wa)
