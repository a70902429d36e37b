from common import *

KEY = "uma-rec-daac-2042-006"
REF = "UMa/REC/DAAC/2042/006"
TITLE = "Assistant(e) en production animale"
ORG = "Université de Maroua"
LOC = "Faculté des Sciences, campus de Maroua (Région de l'Extrême-Nord)"
SCHED = "144 heures équivalent TD par an, plus l'encadrement des travaux pratiques"
GRADE = "Assistant, 1er échelon"
ESS = [
    "Être de nationalité camerounaise.",
    "Être titulaire d'un doctorat/PhD en productions animales, en zootechnie ou en sciences vétérinaires.",
    "Être âgé(e) de 40 ans au plus au 1er janvier 2042.",
    "Avoir publié au moins deux articles dans des revues à comité de lecture.",
    "Jouir de ses droits civiques et d'une bonne moralité.",
]
DES = [
    "Expérience d'enseignement en qualité de vacataire",
    "Connaissance des systèmes d'élevage pastoral du bassin du lac Tchad",
    "Maîtrise d'un logiciel d'analyse statistique (R, SAS ou SPSS)",
]
DUTIES = [
    "dispenser les cours et travaux dirigés de zootechnie générale et de nutrition animale en licence",
    "encadrer les travaux pratiques à la ferme expérimentale",
    "participer aux activités de recherche du laboratoire de productions animales",
    "contribuer à l'encadrement des mémoires de master",
]

expected(KEY, fr_only(
    reference=REF, post_number=None, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
    deadline="2042-07-17", salary=salary(amount=412000, cur="XAF"), grade=GRADE,
    essential=ESS, desirable=DES, competencies=[]))

def tex_escape(s):
    return s.replace("&", r"\&").replace("%", r"\%").replace("_", r"\_").replace("#", r"\#")

tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\hyphenpenalty=10000\exhyphenpenalty=10000\pagestyle{plain}
\begin{document}
\begin{center}
RÉPUBLIQUE DU CAMEROUN \hfill REPUBLIC OF CAMEROON\\
\textit{Paix -- Travail -- Patrie} \hfill \textit{Peace -- Work -- Fatherland}\\[4pt]
MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR\\
\textbf{UNIVERSITÉ DE MAROUA}\\
Rectorat -- Division des Affaires Académiques et de la Coopération\\[8pt]
\end{center}
\noindent N\textsuperscript{o} """ + REF + r""" \hfill Maroua, le 19 juin 2042\\[6pt]
\begin{center}\Large\textbf{APPEL À CANDIDATURES}\\\normalsize pour le recrutement d'un(e) enseignant(e) au grade d'Assistant\end{center}

\noindent Le Recteur de l'Université de Maroua porte à la connaissance du public qu'un poste d'enseignant est ouvert à la Faculté des Sciences dans les conditions ci-après.

\medskip
\noindent\begin{tabular}{@{}p{4.2cm}p{11.6cm}@{}}
\textbf{Intitulé du poste} & """ + TITLE + r""" \\
\textbf{Établissement} & """ + ORG + r""" \\
\textbf{Département} & Sciences biologiques \\
\textbf{Lieu de travail} & """ + LOC + r""" \\
\textbf{Grade} & """ + GRADE + r""" \\
\textbf{Charge horaire} & """ + SCHED + r""" \\
\textbf{Traitement} & 412 000 FCFA par mois (XAF), primes de recherche en sus \\
\textbf{Date limite} & Jeudi 17 juillet 2042, 15 h 30 \\
\end{tabular}

\medskip
\noindent\textbf{1. Attributions.} Le ou la titulaire sera chargé(e) de :
\begin{itemize}
""" + "\n".join(r"\item " + d + ";" for d in DUTIES) + r"""
\end{itemize}

\noindent\textbf{2. Conditions de candidature.}
\begin{enumerate}
""" + "\n".join(r"\item " + e for e in ESS) + r"""
\end{enumerate}

\noindent\textbf{3. Atouts.}
\begin{itemize}
""" + "\n".join(r"\item " + d for d in DES) + r"""
\end{itemize}

\noindent\textbf{4. Composition du dossier.} Une demande timbrée adressée au Recteur, un curriculum vitae détaillé, les copies certifiées des diplômes, un extrait d'acte de naissance, un extrait de casier judiciaire de moins de trois mois, un certificat médical et les tirés à part des publications.

\medskip
\noindent\textbf{5. Dépôt et sélection.} Les dossiers sont déposés au service courrier du Rectorat. Les candidats retenus présenteront une leçon publique devant un jury du 4 au 8 août 2042.

\bigskip
\hfill Le Recteur\\
\mbox{}\hfill (signature fictive)
\end{document}
"""
p = src("uma-appel.tex", tex)
pdflatex(p, KEY + "-appel.pdflatex.pdf")
row(KEY + "-appel.pdflatex.pdf", KEY, "pdf")
row(dump(KEY + "-appel.pdflatex.pdf"), KEY, "txt")

board = f"""
OffresCameroun.example   Accueil   Emplois   Stages   Concours   Recruteurs   Se connecter
Vous êtes ici : Accueil » Emplois » Enseignement / Recherche

ASSISTANT(E) EN PRODUCTION ANIMALE - UNIVERSITÉ DE MAROUA
Université de MarouaMaroua, Extrême-NordPublié le 20/06/2042Expire le 17/07/2042
Secteur : Enseignement supérieur | Contrat : Fonction publique | Niveau : Doctorat | Expérience : 0-2 ans

Détails de l'offre
Réf. : {REF}
Poste : {TITLE}
Établissement : {ORG}
Lieu de travail : {LOC}
Grade : {GRADE}
Charge horaire : {SCHED}
Traitement : 412 000 FCFA / mois (XAF)

Attributions : {"; ".join(DUTIES)}.

Conditions de candidature :
""" + "\n".join(f"{i}) {e}" for i, e in enumerate(ESS, 1)) + """

Atouts :
""" + "\n".join("* " + d for d in DES) + """

Dossier : demande timbrée, CV, diplômes certifiés, acte de naissance, casier judiciaire, certificat médical, publications.
Dépôt au Rectorat (service courrier). Leçons publiques du 4 au 8 août 2042.

>> Postuler   >> Envoyer à un ami   >> Alerte emploi

Offres qui pourraient vous intéresser
Chargé de cours en géographie - Université (Garoua) - Expire le 30/06/2042
Vétérinaire de terrain - ONG (Kousseri) - 350 000 FCFA - Expire le 10/07/2042
Technicien de laboratoire - Maroua - Expire le 24/07/2042

OffresCameroun.example – site fictif. Aucune offre n'est payante : signalez toute demande d'argent.
"""
write(KEY + "-offrescameroun.txt", board)
row(KEY + "-offrescameroun.txt", KEY, "txt")
