from common import *

REF = "2043-1188302"
T = "Assistant(e) de formation – bureau des cours"
ORG = "Centre d'excellence OTAN pour les opérations aériennes (CASPOA)"
LOC = "Lyon – Mont-Verdun (Rhône)"
SCH = "Temps plein"
GRADE, CLR = "B", "NATO SECRET"
MISSIONS = [
    "préparer le calendrier des stages et tenir à jour les listes de stagiaires des pays de l'Alliance",
    "organiser l'accueil des stagiaires, leurs accès au site et leurs hébergements",
    "mettre en forme les supports de cours et les évaluations, en français et en anglais",
    "exploiter les questionnaires de fin de stage et préparer les statistiques pour le chef du bureau",
    "assurer le suivi administratif des intervenants extérieurs",
]
ESS = [
    "diplôme de niveau bac + 2 (BTS assistant de gestion, DUT GEA ou équivalent) ;",
    "expérience d'au moins deux ans en gestion administrative de formations ou en secrétariat de direction ;",
    "maîtrise des outils bureautiques (traitement de texte, tableur, messagerie) ;",
    "anglais courant à l'écrit comme à l'oral (niveau B2 minimum) ;",
    "aptitude à obtenir une habilitation NATO SECRET.",
]
DES = [
    "connaissance de l'environnement militaire ou de l'OTAN ;",
    "pratique d'une plateforme d'apprentissage en ligne (Moodle ou équivalent) ;",
    "permis B.",
]
COMP = [
    ("Sens de l'organisation", "gère plusieurs stages en parallèle sans perdre le fil des échéances"),
    ("Qualité du service", "accueille des stagiaires de nombreuses nationalités avec tact"),
    ("Discrétion", "respecte la confidentialité des informations traitées"),
    ("Travail en équipe", "s'insère dans une équipe internationale civile et militaire"),
]
EMPLOYEUR = "Le CASPOA est le centre d'excellence de l'OTAN pour les opérations aériennes. Implanté sur la base aérienne de Lyon – Mont-Verdun, il forme chaque année plus de mille stagiaires de l'Alliance aux procédures de commandement et de conduite des opérations aériennes."


def build():
    pep = f"""Aller au contenu
Aller au menu
Place de l'emploi public
Rechercher une offre   Mes alertes   Mon espace   Employeurs
Accueil > Offres > Assistant(e) de formation – bureau des cours H/F

{T} H/F
Ministère des Armées
Postuler   Sauvegarder   Partager   Imprimer
Référence
{REF}
Date de première publication
02/12/2043
Date de fin de publication
21/01/2044
Informations générales
Organisme de rattachement
Ministère des Armées
Employeur
{ORG}
Descriptif de l'employeur
{EMPLOYEUR}
Poste
Versant
Fonction publique de l'État
Catégorie
Catégorie B (Technicien)
Nature de l'emploi
Emploi ouvert uniquement aux contractuels
Domaine / Métier
Formation - Chargée / Chargé de la gestion de la formation
Statut du poste
Vacant à partir du 01/03/2044
Intitulé du poste
{T} H/F
Descriptif du poste
Au sein du bureau des cours du CASPOA, vous assurez la gestion administrative et logistique des stages. Vos missions :
{lines(MISSIONS)}
Description du profil recherché
Qualifications exigées :
{lines(ESS)}
Serait un plus :
{lines(DES)}
Qualités attendues :
{lines(f"{n} : {d}" for n, d in COMP)}
Temps plein
Oui
Télétravail
Non
Informations complémentaires
Rémunération : 2 335 € bruts mensuels (contrat de trois ans). Habilitation requise : {CLR}. Entretiens prévus le 3 février 2044.
Localisation du poste
Localisation du poste
Europe, France, Auvergne-Rhône-Alpes, Rhône (69)
Lieu d'affectation (sans géolocalisation)
{LOC}
Critères candidat
Niveau d'études / Diplôme
Niveau 5 Diplôme de 1er cycle court (BTS, DUT)
Langues
Anglais (Courant)
Demandeur
Date limite de candidature
21/01/2044

Offres similaires
Gestionnaire administratif(ve) – Base aérienne 942 – Lyon – date limite 16/01/2044
Secrétaire de direction – Direction régionale – Lyon – date limite 30/01/2044

Plan du site   Accessibilité : partiellement conforme   Mentions légales   Données personnelles
"""
    write(f"{REF}-pep.txt", pep, REF)

    def esc(s):
        return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
    items = lambda L: "\n".join(f"  \\item {esc(x)}" for x in L)
    tex = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=22mm]{geometry}
\usepackage{fancyhdr}
\input{glyphtounicode}
\pdfgentounicode=1
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{fancy}\fancyhf{}
\lhead{\small CASPOA -- Bureau des ressources humaines}\rhead{\small Réf. PEP """ + REF + r"""}
\cfoot{\small Fiche de poste -- version du 1er décembre 2043 -- page \thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
\begin{center}{\Large\bfseries FICHE DE POSTE}\\[4pt]{\large """ + esc(T) + r"""}\end{center}
\begin{tabular}{@{}p{52mm}p{110mm}@{}}
\textbf{Référence de l'offre} & """ + REF + r""" \\
\textbf{Organisme} & """ + esc(ORG) + r""" \\
\textbf{Organisme de rattachement} & Ministère des Armées \\
\textbf{Lieu d'affectation} & """ + esc(LOC) + r""" \\
\textbf{Catégorie} & """ + GRADE + r""" \\
\textbf{Quotité} & """ + SCH + r""" \\
\textbf{Habilitation} & """ + CLR + r""" \\
\textbf{Rémunération} & 2 335 € bruts mensuels \\
\textbf{Date limite de candidature} & 21 janvier 2044 \\
\end{tabular}

\section*{1. L'employeur}
""" + esc(EMPLOYEUR) + r"""

\section*{2. Missions}
Au sein du bureau des cours, le/la titulaire est chargé(e) de :
\begin{itemize}
""" + items(MISSIONS) + r"""
\end{itemize}

\section*{3. Profil}
\textbf{Qualifications exigées :}
\begin{itemize}
""" + items(ESS) + r"""
\end{itemize}
\textbf{Serait un plus :}
\begin{itemize}
""" + items(DES) + r"""
\end{itemize}

\section*{4. Qualités attendues}
""" + "\n\n".join(f"\\textbf{{{esc(n)} :}} {esc(d)}" for n, d in COMP) + r"""

\section*{5. Modalités}
Contrat de trois ans. Les candidatures (CV et lettre de motivation) sont à déposer sur la Place de l'emploi public au plus tard le 21 janvier 2044. Les entretiens auront lieu le 3 février 2044 sur la base aérienne.
\end{document}
"""
    open(f"{BUILD}/tex/{REF}-caspoa.tex", "w", encoding="utf-8").write(tex)
    pdflatex(f"{REF}-caspoa.tex", f"{REF}-caspoa.pdflatex.pdf", REF)
    expected(REF, None, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2044-01-21",
             sal(2335), GRADE, CLR, {"fr": {"essential": ESS, "desirable": DES}}, {"fr": comps(COMP)})
