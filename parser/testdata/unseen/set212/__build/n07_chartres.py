from common import *

KEY = "cm-drh-2035-142"
REF = "CM-DRH-2035-142"
T = "Chargé de mission stratégie foncière (H/F)"
ORG = "Chartres métropole"
LOC = "Chartres"
SCH = "Temps complet – 37 h 30 hebdomadaires"
ESS = [
    "Formation supérieure (Bac+5) en urbanisme, droit immobilier ou aménagement du territoire",
    "Expérience confirmée en maîtrise foncière au sein d'une collectivité, d'un établissement public foncier ou d'un aménageur",
    "Bonne connaissance du droit de l'urbanisme, du droit de préemption et des procédures d'expropriation",
    "Maîtrise des outils SIG et des bases de données foncières (DVF, fichiers fonciers)",
]
DES = [
    "Connaissance des dispositifs de lutte contre l'artificialisation des sols (ZAN)",
    "Expérience de négociation amiable avec des propriétaires privés",
]
QUAL = ["Aisance relationnelle", "Sens de la négociation", "Rigueur juridique", "Discrétion"]
MISS = [
    "Élaborer et mettre à jour la stratégie foncière communautaire en lien avec le PLUi",
    "Conduire les acquisitions amiables, les préemptions et les cessions",
    "Assurer la veille foncière et l'analyse des déclarations d'intention d'aliéner",
    "Préparer les délibérations et les actes en lien avec les notaires",
    "Animer le partenariat avec l'établissement public foncier et les communes membres",
]

TXT = f"""Chartres métropole – Espace recrutement
Accueil   Offres d'emploi   Candidature spontanée   Mon compte

Diffusions 1-24 sur 24
Collectivité	Intitulé	Type de contrat	Catégorie	Fin de publication
Chartres métropole	{T}	Emploi permanent	A	18/06/2035
Ville de Chartres	Animateur périscolaire (H/F)	Emploi non permanent	C	05/06/2035
C.C.A.S de Chartres	Auxiliaire de vie sociale (H/F)	Emploi permanent	C	12/06/2035
Chartres métropole	Technicien eau potable (H/F)	Emploi permanent	B	26/06/2035

< Retour à la liste

{T}
Référence de l'offre : {REF}
Collectivité : {ORG}
Direction : Direction de l'aménagement et de l'urbanisme – service foncier
Lieu de travail : {LOC}
Cadre d'emplois : Attachés territoriaux ou ingénieurs territoriaux (catégorie A)
Type de recrutement : Par voie statutaire (mutation, détachement, liste d'aptitude) ou à défaut contractuelle
Temps de travail : {SCH}
Rémunération : statutaire + RIFSEEP + prime de fin d'année + adhésion au CNAS
Date de prise de poste souhaitée : 01/09/2035
Date limite de candidature : 18/06/2035

Au sein de la Direction de l'aménagement et de l'urbanisme, le service foncier accompagne les 66 communes de l'agglomération dans leurs projets. Sous l'autorité du responsable du service, le ou la chargé(e) de mission :

- {MISS[0]} ;
- {MISS[1]} ;
- {MISS[2]} ;
- {MISS[3]} ;
- {MISS[4]}.

Profil :
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}
- {ESS[3]}

Serait apprécié(e) :
- {DES[0]}
- {DES[1]}

Savoir-être :
- {QUAL[0]}
- {QUAL[1]}
- {QUAL[2]}
- {QUAL[3]}

Conditions : télétravail possible un jour par semaine, restaurant administratif, participation employeur à la mutuelle.

Les candidatures (lettre de motivation, CV, dernier arrêté de situation administrative ou attestation de réussite au concours) sont à déposer en ligne jusqu'au 18/06/2035. Jury de recrutement prévu le 2 juillet 2035.

[Postuler en ligne]   [Imprimer la fiche de poste]

Mentions légales – Accessibilité – Gestion des cookies
"""

def tx(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("_", "\\_")

def items(xs, end=""):
    return "\n".join(f"  \\item {tx(x)}{end}" for x in xs)

TEX = r"""\documentclass[10pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{array}
\usepackage{fancyhdr}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pagestyle{fancy}\fancyhf{}
\lhead{\small CHARTRES MÉTROPOLE}\rhead{\small Fiche de poste}
\cfoot{\small\thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
{\Large\bfseries FICHE DE POSTE}\par
{\large\bfseries """ + tx(T) + r"""}\par\medskip
\begin{tabular}{>{\bfseries}p{5cm}p{10.5cm}}
Référence & """ + REF + r""" \\
Collectivité & """ + ORG + r""" \\
Direction & Aménagement et urbanisme -- service foncier \\
Lieu de travail & """ + LOC + r""" \\
Cadre d'emplois & Attachés territoriaux ou ingénieurs territoriaux (catégorie A) \\
Temps de travail & """ + tx(SCH) + r""" \\
Rémunération & statutaire + RIFSEEP + prime de fin d'année \\
Date limite de candidature & 18/06/2035 \\
\end{tabular}

\section*{1. Missions}
\begin{itemize}
""" + items(MISS) + r"""
\end{itemize}

\section*{2. Profil}
\begin{itemize}
""" + items(ESS) + r"""
\end{itemize}
\textbf{Serait apprécié(e) :}
\begin{itemize}
""" + items(DES) + r"""
\end{itemize}

\section*{3. Savoir-être}
\begin{itemize}
""" + items(QUAL) + r"""
\end{itemize}

\section*{4. Conditions d'exercice}
Télétravail possible un jour par semaine. Déplacements fréquents dans les communes membres (véhicule de service). Participation ponctuelle à des réunions en soirée.

\section*{5. Candidature}
Dossier à déposer en ligne jusqu'au 18/06/2035. Jury de recrutement prévu le 2 juillet 2035.

\vfill
{\footnotesize Fiche mise à jour le 19/05/2035 -- Direction des ressources humaines mutualisée.}
\end{document}
"""

def build(pdf=True):
    write(KEY + "-portail.txt", TXT, KEY)
    if pdf:
        pdflatex(TEX, KEY + "-fiche.pdflatex.pdf", KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"en": None, "fr": T},
             organisation={"en": None, "fr": ORG}, location={"en": None, "fr": LOC},
             schedule={"en": None, "fr": SCH}, deadline="2035-06-18", salary=None, grade=None,
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": comp(*QUAL)})
