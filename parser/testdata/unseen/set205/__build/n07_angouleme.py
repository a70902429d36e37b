from common import *
import os

KEY = "gra-34-077"
REF = "GRA-34-077"
TITLE = "Chef ou cheffe de projet Plan climat-air-énergie territorial (H/F)"
ORG = "Communauté d'agglomération GrandAngoulême"
LOC = "Angoulême"
GRADE = "Attaché territorial"
SCHED = "Temps complet (37 h 30 hebdomadaires, 15 jours de RTT)"
ESS = [
    "Formation supérieure (bac + 5) en environnement, énergie, aménagement ou politiques publiques ;",
    "Expérience d'au moins trois ans dans la conduite de projets de transition énergétique ou climatique ;",
    "Bonne connaissance du cadre réglementaire des PCAET et des acteurs de l'énergie ;",
    "Capacité à animer des instances partenariales et à rédiger des notes d'aide à la décision ;",
    "Permis B.",
]
DES = [
    "Connaissance du fonctionnement des collectivités et des intercommunalités ;",
    "Maîtrise d'un outil de système d'information géographique (QGIS) ;",
    "Expérience de la démarche Territoire engagé Climat-Air-Énergie.",
]
SAVOIR = ["Sens de l'écoute", "Pédagogie", "Force de proposition", "Diplomatie", "Sens du travail en transversalité"]
DUTIES = [
    "piloter la révision du PCAET et le suivi de son programme d'actions ;",
    "coordonner les contributions des directions (mobilités, habitat, déchets, eau) et des 38 communes ;",
    "animer le comité de pilotage et les ateliers avec les partenaires (syndicat d'énergie, chambres consulaires, associations) ;",
    "monter les dossiers de financement et suivre le budget du plan ;",
    "élaborer les indicateurs et le bilan annuel présentés au conseil communautaire.",
]
expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["fr"],
    "title": lang2(None, TITLE), "organisation": lang2(None, ORG), "location": lang2(None, LOC),
    "schedule": lang2(None, SCHED), "deadline": "2034-11-28",
    "salary": None, "grade": GRADE, "clearance": None,
    "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
    "competencies": {"en": None, "fr": comp([(s, None) for s in SAVOIR])},
})

def tex_esc(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")

items = lambda xs: "\\begin{itemize}\n" + "".join(f"  \\item {tex_esc(x)}\n" for x in xs) + "\\end{itemize}\n"
tex = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2cm]{geometry}
\usepackage{fancyhdr}
\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pagestyle{fancy}\fancyhf{}
\lhead{\small GrandAngoulême -- Direction des ressources humaines}
\rhead{\small Fiche de poste """ + REF + r"""}
\cfoot{\small \thepage}
\begin{document}
\begin{center}{\Large\bfseries FICHE DE POSTE}\\[4pt]
{\large """ + tex_esc(TITLE) + r"""}\end{center}
\vspace{6pt}
\noindent\begin{tabular}{>{\bfseries}p{4.6cm}p{11cm}}
Référence & """ + REF + r""" \\
Employeur & """ + ORG + r""" \\
Direction & Direction de la transition écologique -- service Climat-énergie \\
Cadre d'emplois & Attachés territoriaux (catégorie A) \\
Grade & """ + GRADE + r""" \\
Lieu de travail & """ + LOC + r""" \\
Temps de travail & """ + SCHED + r""" \\
Rémunération & Statutaire + RIFSEEP + prime annuelle + adhésion CNAS \\
Poste à pourvoir & 1er février 2035 \\
Date limite de candidature & 28/11/2034 \\
\end{tabular}

\section*{1. Contexte}
GrandAngoulême regroupe 38 communes et environ 140 000 habitants. Adopté en 2028, son plan climat-air-énergie territorial (PCAET) entre en révision. Au sein de la direction de la transition écologique, vous pilotez cette révision et coordonnez la mise en \oe uvre du plan avec les services et les communes.

\section*{2. Missions}
""" + items(DUTIES) + r"""
\section*{3. Profil}
""" + items(ESS) + r"""
\noindent\textbf{Serait un plus :}
""" + items(DES) + r"""
\noindent\textbf{Savoir-être :}
""" + items(SAVOIR) + r"""
\section*{4. Candidature}
Lettre de motivation et CV, accompagnés du dernier arrêté de situation administrative pour les titulaires, à adresser à Monsieur le Président avant le 28 novembre 2034, en rappelant la référence """ + REF + r""". Le jury de recrutement se réunira le 12 décembre 2034.

\vfill
\noindent{\footnotesize Fiche mise à jour le 20/10/2034 -- version 2}
\end{document}
"""
texp = os.path.join(os.path.dirname(os.path.abspath(__file__)), "grandangouleme-fiche.tex")
open(texp, "w", encoding="utf-8").write(tex)
pdflatex(texp, KEY + "-grandangouleme.pdflatex.pdf")

pep = f"""Place de l'emploi public
Accueil > Offres d'emploi > Détail de l'offre
Imprimer   Partager   Ajouter à mes favoris

{TITLE}
Référence : 2034-1587214
Date de première publication : 27/10/2034
Date de fin de publication : 28/11/2034

Organisme de rattachement
GrandAngoulême
Versant : Fonction publique Territoriale
Catégorie : Catégorie A (cadre)
Nature de l'emploi : Emploi ouvert aux titulaires et aux contractuels
Domaine / Métier : Environnement - Chargée / Chargé d'études et de mission transition écologique
Statut du poste : Vacant
Temps plein
Télétravail possible : Oui

Localisation du poste
Europe, France, Nouvelle Aquitaine, Charente (16)
Lieu d'affectation : {LOC}

Descriptif de l'employeur
GrandAngoulême regroupe 38 communes et environ 140 000 habitants. La direction de la transition écologique porte le plan climat-air-énergie territorial, adopté en 2028 et désormais en révision.
Employeur : {ORG}
Grade : {GRADE}
Temps de travail : {SCHED}
Rémunération : statutaire, régime indemnitaire (RIFSEEP), prime annuelle, CNAS.
Poste à pourvoir au 1er février 2035.

Description du poste
Rattaché(e) à la directrice de la transition écologique, vous aurez pour missions de :
{chr(10).join('- ' + d for d in DUTIES)}

Descriptif du profil recherché
{chr(10).join('- ' + e for e in ESS)}
Serait un plus :
{chr(10).join('- ' + d for d in DES)}
Savoir-être : {' / '.join(SAVOIR)}

Informations complémentaires
Référence à rappeler : {REF}. Candidatures (lettre, CV, dernier arrêté pour les titulaires) à adresser à Monsieur le Président. Jury prévu le 12 décembre 2034.

Critères candidat
Niveau d'études / Diplôme : Niveau 7 Master/diplômes équivalents
Spécialisation : Environnement, énergie
Langues : Anglais (Elémentaire)
Compétences attendues
Piloter un projet (Maîtrise)
Animer un réseau de partenaires (Pratique)
Analyser des données énergétiques (Pratique)

Date limite de candidature : 28/11/2034
Postuler

Offres similaires
Chargé(e) de mission énergies renouvelables - Département de la Charente - Angoulême - 05/12/2034
Conseiller(ère) France Rénov' - Cognac - 30/11/2034
"""
out(KEY + "-pep.txt", pep)
