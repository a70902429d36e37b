from common import *

KEY = "uao-p-drh-2036-009"
D = dict(
    reference="UAO/P/DRH/2036-009", post_number=None, languages=["fr"],
    title=both(None, "Ingénieur(e) en infrastructures numériques et cybersécurité"),
    organisation=both(None, "Université Alassane Ouattara"),
    location=both(None, "Bouaké (Côte d'Ivoire)"),
    schedule=both(None, None),
    deadline="2036-04-21",
    salary=sal(amount=862500, cur="XOF", period="month"),
    grade="A4", clearance=None,
)
ESS = [
    "être de nationalité ivoirienne ou ressortissant(e) d'un État membre de l'UEMOA ;",
    "être titulaire d'un diplôme d'ingénieur ou d'un master en réseaux, télécommunications ou sécurité informatique ;",
    "justifier d'une expérience professionnelle d'au moins quatre (4) ans dans l'administration d'infrastructures réseau ;",
    "posséder une certification reconnue en sécurité des systèmes d'information (CISSP, CEH, ISO 27001 ou équivalent) ;",
    "être âgé(e) de quarante (40) ans au plus au 31 décembre 2036.",
]
DES = [
    "une expérience en milieu universitaire ou dans un centre de recherche ;",
    "la connaissance des solutions de virtualisation et de sauvegarde ;",
    "une bonne maîtrise de l'anglais technique.",
]
QUAL = ["Discrétion", "Disponibilité", "Réactivité", "Sens de l'organisation"]
D["requirements"] = both(None, req(ESS, DES))
D["competencies"] = both(None, comps([(q, "") for q in QUAL]))

DUT = [
    "administrer le réseau du campus et les liaisons avec les sites délocalisés ;",
    "définir et appliquer la politique de sécurité des systèmes d'information de l'Université ;",
    "superviser les équipements actifs, les serveurs et le centre de données ;",
    "gérer les incidents de sécurité et produire les rapports correspondants ;",
    "former et sensibiliser les personnels et les étudiants aux bonnes pratiques numériques.",
]
DOSSIER = [
    "une demande manuscrite adressée au Président de l'Université ;",
    "un curriculum vitae détaillé ;",
    "les copies légalisées des diplômes et certificats ;",
    "un extrait d'acte de naissance datant de moins de trois mois ;",
    "les attestations de travail justifiant l'expérience exigée.",
]


def tex_escape(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")


def tex():
    it = lambda xs: "\\begin{itemize}\n" + "\n".join("\\item " + tex_escape(x) for x in xs) + "\n\\end{itemize}"
    en = lambda xs: "\\begin{enumerate}\n" + "\n".join("\\item " + tex_escape(x) for x in xs) + "\n\\end{enumerate}"
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{textcomp}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{plain}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\raggedright
\begin{minipage}[t]{0.48\textwidth}\centering\small
MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR\\ ET DE LA RECHERCHE SCIENTIFIQUE\\[2pt]
-------------\\
UNIVERSITÉ ALASSANE OUATTARA\\
PRÉSIDENCE\\ Direction des Ressources Humaines\\ 01 B.P. V 18 Bouaké 01
\end{minipage}\hfill
\begin{minipage}[t]{0.48\textwidth}\centering\small
RÉPUBLIQUE DE CÔTE D'IVOIRE\\ Union -- Discipline -- Travail\\[2pt]
-------------\\
Bouaké, le 16 mars 2036
\end{minipage}

\vspace{1.2em}
\begin{center}
{\large\bfseries AVIS DE RECRUTEMENT\\ N\textsuperscript{o} """ + D["reference"] + r"""}\\[6pt]
\textbf{Objet : recrutement d'un(e) """ + D["title"]["fr"] + r"""}
\end{center}

Le Président de l'""" + D["organisation"]["fr"] + r""" porte à la connaissance du public qu'un poste d'""" + D["title"]["fr"] + r""" est à pourvoir au sein de la Direction des Systèmes d'Information (DSI).

\section*{I. PRÉSENTATION DU POSTE}
Intitulé du poste : """ + D["title"]["fr"] + r"""\\
Structure : Direction des Systèmes d'Information\\
Lieu d'affectation : """ + D["location"]["fr"] + r"""\\
Catégorie : """ + D["grade"] + r"""\\
Type de contrat : contrat à durée indéterminée, après une période d'essai de six (6) mois\\
Rémunération : 862 500 FCFA brut mensuel, hors primes et indemnités\\
Prise de service : 1\textsuperscript{er} juillet 2036

\section*{II. MISSIONS}
Sous l'autorité du Directeur des Systèmes d'Information, l'ingénieur(e) est chargé(e) de :
""" + it(DUT) + r"""

\section*{III. PROFIL REQUIS}
Le (la) candidat(e) doit remplir les conditions suivantes :
""" + it(ESS) + r"""

\section*{IV. ATOUTS}
""" + it(DES) + r"""

\section*{V. QUALITÉS REQUISES}
""" + it(QUAL) + r"""

\section*{VI. COMPOSITION DU DOSSIER}
""" + en(DOSSIER) + r"""

\section*{VII. DÉPÔT DES DOSSIERS}
Les dossiers de candidature doivent être déposés sous pli fermé à la Direction des Ressources Humaines de l'Université (bâtiment de la Présidence, campus 1), ou envoyés à drh.recrutement@uao.example, au plus tard le \textbf{mardi 21 avril 2036 à 12 heures}. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit le 5 mai 2036, suivi d'un entretien. Aucun dossier ne sera retourné.

\vspace{1.5em}
\hfill\begin{minipage}{0.45\textwidth}\centering
Le Président de l'Université\\[2.5em]
\textit{(Signature et cachet)}\\
Pr Kouassi N'Guessan Bédi
\end{minipage}
\end{document}
"""


def telegram():
    return "\n".join([
        "Emplois & Concours CI 🇨🇮", "38 452 abonnés", "",
        "📌 Message épinglé", "", "16 mars", "",
        "Emplois & Concours CI",
        "🎓 UNIVERSITÉ ALASSANE OUATTARA — AVIS DE RECRUTEMENT N° " + D["reference"],
        "",
        "🔹 Poste : " + D["title"]["fr"],
        "🔹 Employeur : " + D["organisation"]["fr"] + " (DSI)",
        "🔹 Lieu d'affectation : " + D["location"]["fr"],
        "🔹 Catégorie : " + D["grade"],
        "🔹 Contrat : CDI (essai 6 mois)",
        "🔹 Rémunération : 862 500 FCFA brut mensuel",
        "🔹 Prise de service : 1er juillet 2036",
        "",
        "🛠 MISSIONS",
        *["▫️ " + d for d in DUT],
        "",
        "✅ PROFIL REQUIS",
        *["✔️ " + d for d in ESS],
        "",
        "➕ ATOUTS",
        *["➕ " + d for d in DES],
        "",
        "💡 QUALITÉS REQUISES : " + ", ".join(QUAL),
        "",
        "📂 DOSSIER : demande manuscrite, CV, diplômes légalisés, extrait de naissance, attestations de travail.",
        "⏰ DATE LIMITE : mardi 21 avril 2036 à 12 heures, à la DRH (campus 1) ou drh.recrutement@uao.example",
        "📝 Test écrit : 5 mai 2036",
        "",
        "Partagez à vos contacts 🙏 #emploi #Bouaké #UAO #recrutement",
        "👁 12,4K   🔁 214   10:47",
        "",
        "16 mars",
        "Emplois & Concours CI",
        "📢 Rappel : les inscriptions au concours de la Fonction publique ferment le 31 mars 2036.",
        "👁 9,8K   18:02",
        ""])


def build():
    tp = write(KEY + "-uao.tex", tex(), BUILD)
    pdf = os.path.join(ROOT, KEY + "-uao.pdflatex.pdf")
    pdflatex(tp, pdf)
    txt = dump(pdf)
    row(os.path.basename(pdf), KEY, "pdf")
    row(os.path.basename(txt), KEY, "txt")
    write(KEY + "-telegram.txt", telegram())
    row(KEY + "-telegram.txt", KEY, "txt")
    expected(KEY, D)
