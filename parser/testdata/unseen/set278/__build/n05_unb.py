# Université Nazi Boni (Bobo-Dioulasso, Burkina Faso) — French only
# renderings: avis de recrutement typeset with pdflatex (+ dump); Facebook group post
from common import *

KEY = "unb-p-sg-drh-2040-014"
REF = "UNB/P/SG/DRH/2040-014"
T = "Chargé(e) de l'insertion professionnelle des diplômés"
O = "Université Nazi Boni"
L = "Bobo-Dioulasso (Burkina Faso)"
S = "Temps plein"
ESS = [
    "être de nationalité burkinabè et âgé(e) de trente-huit (38) ans au plus au 31 décembre 2040 ;",
    "être titulaire d'un Master en sciences de l'éducation, en sociologie, en gestion des ressources humaines ou dans un domaine équivalent ;",
    "justifier d'au moins trois (03) années d'expérience dans l'accompagnement de jeunes vers l'emploi ou dans les relations avec les entreprises ;",
    "maîtriser les outils bureautiques et la gestion de bases de données d'anciens étudiants ;",
    "jouir de ses droits civiques et être en position régulière vis-à-vis du service national.",
]
DES = [
    "une connaissance du tissu économique des Hauts-Bassins ;",
    "la pratique du dioula ou du mooré.",
]
NAMES = ["le sens de l'écoute", "l'esprit d'initiative", "la rigueur", "la capacité à travailler en réseau"]
COMP = [c(n) for n in NAMES]
EXP = exp(REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-12-11",
          sal(amount=485000, cur="XOF", period="month"), grade="A1",
          req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": COMP})
MISS = ["tenir l'observatoire de l'insertion des diplômés et publier chaque année une enquête de suivi ;",
        "organiser les forums emploi-stages et les rencontres avec les employeurs de la région ;",
        "accompagner les étudiants dans la recherche de stages et la préparation des entretiens ;",
        "gérer la plateforme des offres de stages et d'emplois de l'Université ;",
        "préparer les conventions de partenariat avec les entreprises et les collectivités."]
DOSS = ["une demande manuscrite adressée au Président de l'Université ;", "un curriculum vitae détaillé ;",
        "une copie légalisée du diplôme requis ;", "un extrait d'acte de naissance ;",
        "un certificat de nationalité burkinabè."]
QSENT = "Les qualités requises sont : " + ", ".join(NAMES[:-1]) + " et " + NAMES[-1] + "."


def tex_esc(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("_", "\\_").replace("#", "\\#")


def tex():
    it = lambda xs: "\\begin{itemize}\n" + "\n".join("\\item " + tex_esc(x) for x in xs) + "\n\\end{itemize}\n"
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[margin=2cm]{geometry}\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \raggedright \pagestyle{plain}
\begin{document}
\noindent\begin{minipage}[t]{0.55\textwidth}\centering\small
MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR,\\ DE LA RECHERCHE ET DE L'INNOVATION\\ ---------\\ UNIVERSITÉ NAZI BONI\\ ---------\\
PRÉSIDENCE\\ SECRÉTARIAT GÉNÉRAL\\ Direction des ressources humaines\end{minipage}\hfill
\begin{minipage}[t]{0.4\textwidth}\centering\small BURKINA FASO\\ ---------\\ \textit{La Patrie ou la Mort, nous Vaincrons}\\[6pt]
Bobo-Dioulasso, le 12 novembre 2040\end{minipage}

\vspace{14pt}\begin{center}{\Large\bfseries AVIS DE RECRUTEMENT}\\[3pt] N\textsuperscript{o} """ + REF + r"""\end{center}

Le Président de l'Université Nazi Boni informe le public qu'un recrutement sur titre est ouvert pour pourvoir le poste suivant au profit de la Direction de l'orientation et de l'insertion professionnelle :

\begin{center}\bfseries """ + tex_esc(T) + r"""\end{center}

\begin{tabular}{>{\bfseries}p{5.2cm}p{10.5cm}}
Référence : & """ + REF + r""" \\
Employeur : & """ + O + r""" (UNB) \\
Lieu d'affectation : & """ + L + r""" \\
Catégorie : & A1 \\
Nature du contrat : & Contrat à durée indéterminée, période d'essai de six mois \\
Régime de travail : & """ + S + r""" \\
Rémunération : & 485 000 FCFA brut par mois, hors indemnités \\
Date limite de dépôt : & mardi 11 décembre 2040 à 15 heures \\
\end{tabular}

\section*{I. Missions}
""" + it(MISS) + r"""
\section*{II. Conditions de candidature}
Le (la) candidat(e) doit :
""" + it(ESS) + r"""
\textbf{Atouts :}
""" + it(DES) + r"""
\section*{III. Qualités requises}
""" + tex_esc(QSENT) + r"""

\section*{IV. Composition du dossier}
\begin{enumerate}
""" + "\n".join("\\item " + tex_esc(x) for x in DOSS) + r"""
\end{enumerate}

\section*{V. Dépôt des dossiers}
Les dossiers sont reçus au secrétariat de la Direction des ressources humaines, bâtiment de la Présidence, au plus tard le mardi 11 décembre 2040 à 15 heures. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un entretien prévu le 8 janvier 2041. Aucun dossier ne sera retourné.

\vspace{18pt}\hfill\begin{minipage}{6cm}\centering Le Président de l'Université\\[28pt] \textbf{Pr Issouf K. Dembélé}\\ \textit{Officier de l'Ordre de l'Étalon}\end{minipage}
\end{document}
"""


def facebook():
    o = ["Concours & Recrutements Burkina 🇧🇫", "Groupe public · 212 k membres", "",
         "Rasmata Sanou › Concours & Recrutements Burkina", "13 novembre 2040 à 08:47 · 🌐", "",
         "📢📢 AVIS DE RECRUTEMENT – UNIVERSITÉ NAZI BONI (UNB) 📢📢", "",
         "L'" + O + " recrute un(e) :", "👉 " + T, "",
         "📌 Référence : " + REF, "📍 Lieu d'affectation : " + L, "🏷️ Catégorie : A1", "⏰ Régime : " + S,
         "💰 Salaire : 485 000 FCFA brut par mois (hors indemnités)",
         "📅 Date limite : 11/12/2040 à 15h", "",
         "✅ MISSIONS"] + ["▪️ " + x for x in MISS] + ["", "✅ CONDITIONS (le candidat doit) :"] + \
        ["▪️ " + x for x in ESS] + ["", "➕ Atouts :"] + ["▪️ " + x for x in DES] + \
        ["", "🤝 " + QSENT, "", "📂 Dossier : demande manuscrite, CV, copie légalisée du diplôme, extrait d'acte de naissance, certificat de nationalité.",
         "Dépôt à la DRH (bâtiment de la Présidence). Entretien prévu le 08/01/2041.", "",
         "Partagez pour nos frères et sœurs de Bobo 🙏", "#recrutement #Burkina #UNB #emploi #BoboDioulasso", "",
         "👍❤️ 318   ·   47 commentaires   ·   96 partages", "",
         "Ousmane Traoré", "Le diplôme de licence peut passer ? 🙏", "J'aime · Répondre · 2 h", "",
         "Rasmata Sanou", "@Ousmane Traoré non, c'est le Master qui est demandé.", "J'aime · Répondre · 1 h", "",
         "Écrivez un commentaire…", ""]
    return "\n".join(o)


def build():
    expected(KEY, EXP)
    open(os.path.join(BUILD, "unb.tex"), "w", encoding="utf-8").write(tex())
    pdflatex("unb.tex", f"{KEY}-unb.pdflatex.pdf", KEY)
    out(f"{KEY}-facebook.txt", facebook(), KEY)
