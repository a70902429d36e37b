from common import write, expected, pdflatex_pdf, tex

KEY = "unoca-avp-2035-007"
REF = "UNOCA/AVP/2035/007"
TITLE = "Assistant(e) aux ressources humaines"
ORG = "Bureau régional des Nations Unies pour l'Afrique centrale"
LOC = "Libreville, Gabon"
GRADE = "G-5"
SCHED = "Temps plein"
SAL = "14 862 000 FCFA"

FACTS = [
    ("Avis de vacance de poste n°", REF),
    ("Intitulé du poste", TITLE),
    ("Classe", GRADE),
    ("Section", "Section de l'appui à la mission – Ressources humaines"),
    ("Lieu d'affectation", LOC),
    ("Type d'engagement", "Engagement de durée déterminée, un an"),
    ("Régime de travail", SCHED),
    ("Date de publication", "17 avril 2035"),
    ("Date limite de dépôt des candidatures", "22 mai 2035"),
]
CADRE = (f"Le {ORG} (UNOCA) est une mission politique spéciale chargée d'appuyer la prévention des conflits et la "
         "consolidation de la paix dans la sous-région. Le poste est situé au sein de la Section de l'appui à la "
         "mission, à Libreville. Le ou la titulaire travaille sous la supervision directe du fonctionnaire "
         "chargé des ressources humaines.")
TACHES = [
    "traiter les dossiers de recrutement du personnel recruté sur le plan national, de la publication de l'avis à l'offre d'engagement ;",
    "tenir à jour les données du personnel dans le progiciel de gestion intégré et vérifier les droits aux prestations ;",
    "préparer les états de présence et de congés et suivre les contrats arrivant à échéance ;",
    "répondre aux demandes de renseignements du personnel sur les conditions d'emploi ;",
    "organiser les séances d'accueil des nouveaux fonctionnaires et consultants ;",
    "exécuter toute autre tâche connexe à la demande du superviseur.",
]
COMPS = [
    ("Professionnalisme", "Connaît les règles de gestion du personnel et les applique avec rigueur ; respecte les délais et reste calme face aux imprévus."),
    ("Travail d'équipe", "Collabore avec les collègues de toutes les sections, sollicite leurs avis et partage l'information."),
    ("Souci du client", "Comprend les besoins des membres du personnel et leur apporte des réponses claires et rapides."),
]
FORMATION = "Un diplôme de fin d'études secondaires ou équivalent est exigé."
FORM_DES = "Un certificat ou une licence en gestion des ressources humaines ou en administration est souhaitable."
EXP_REQ = "Au moins cinq années d'expérience dans l'administration du personnel ou dans un domaine connexe sont exigées."
EXP_DES = "Une expérience dans un organisme des Nations Unies ou une organisation internationale est souhaitable."
LANG_CTX = "L'anglais et le français sont les langues de travail du Secrétariat de l'Organisation des Nations Unies."
LANG_REQ = "Pour ce poste, la maîtrise du français est exigée."
LANG_DES = "Une bonne connaissance de l'anglais est souhaitable."
ESS = [FORMATION, EXP_REQ, LANG_REQ]
DES = [FORM_DES, EXP_DES, LANG_DES]
TRAIT = (f"Traitement annuel net : {SAL} (échelon 1), auquel s'ajoutent les prestations prévues par le Statut et "
         "le Règlement du personnel.")
NOTE = ("Ce poste est ouvert uniquement aux ressortissants gabonais et aux personnes autorisées à travailler au Gabon. "
        "Les candidats présélectionnés seront convoqués à un test écrit prévu le 5 juin 2035.")


def latex():
    rows = "\n".join(f"\\textbf{{{tex(l)}}} & {tex(v)} \\\\ \\hline" for l, v in FACTS)
    taches = "\n".join(f"\\item {tex(t)}" for t in TACHES)
    comps = "\n\n".join(f"\\textbf{{{tex(n)}}} : {tex(d)}" for n, d in COMPS)
    return r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2cm]{geometry}
\usepackage{tabularx}
\usepackage{fancyhdr}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[C]{\footnotesize """ + tex(REF) + r""" -- page \thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
\raggedright
\begin{center}
{\large\textbf{NATIONS UNIES}}\\
""" + tex(ORG) + r""" (UNOCA)\\[6pt]
{\large\textbf{AVIS DE VACANCE DE POSTE}}
\end{center}
\begin{tabularx}{\textwidth}{|p{5.2cm}|X|}\hline
""" + rows + r"""
\end{tabularx}

\section*{Cadre organisationnel et rapports hiérarchiques}
""" + tex(CADRE) + r"""

\section*{Attributions}
Dans les limites des pouvoirs qui lui sont délégués, le ou la titulaire est chargé(e) des tâches suivantes :
\begin{itemize}
""" + taches + r"""
\end{itemize}

\section*{Compétences}
""" + comps + r"""

\section*{Formation}
""" + tex(FORMATION) + " " + tex(FORM_DES) + r"""

\section*{Expérience professionnelle}
""" + tex(EXP_REQ) + " " + tex(EXP_DES) + r"""

\section*{Connaissances linguistiques}
""" + tex(LANG_CTX) + " " + tex(LANG_REQ) + " " + tex(LANG_DES) + r"""

\section*{Rémunération}
""" + tex(TRAIT) + r"""

\section*{Note spéciale}
""" + tex(NOTE) + r"""

\section*{Dépôt des candidatures}
Les candidatures (lettre de motivation et notice personnelle P.11) doivent parvenir au plus tard le 22 mai 2035 à 17 h 00 (heure de Libreville), à l'adresse unoca-recrutement@un.example. L'Organisation des Nations Unies ne perçoit aucun frais à aucun stade du processus de recrutement.
\end{document}
"""


def board():
    L = ["GabonEmploi.example — Offres d'emploi au Gabon", "Accueil | Offres | Entreprises | Conseils | Publier une offre | Connexion", "",
         "Accueil > Offres d'emploi > Organisations internationales", "",
         TITLE + " – UNOCA (H/F)", "",
         "EntrepriseUNOCA – Nations UniesLieuLibrevilleContratCDDPublié le17/04/2035Date limite22/05/2035Vues 1 204", "",
         "Postuler | Sauvegarder | Partager", "", "Description du poste", ""]
    L += [f"{l} : {v}" for l, v in FACTS]
    L += ["", "Cadre organisationnel et rapports hiérarchiques", CADRE, "",
          "Attributions : " + " ".join(t[0].upper() + t[1:] for t in TACHES), "",
          "Compétences"] + [f"{n} : {d}" for n, d in COMPS]
    L += ["", "Formation", FORMATION + " " + FORM_DES, "", "Expérience professionnelle", EXP_REQ + " " + EXP_DES, "",
          "Connaissances linguistiques", LANG_CTX + " " + LANG_REQ + " " + LANG_DES, "",
          "Rémunération", TRAIT, "", "Note spéciale", NOTE, "",
          "Signaler cette offre", "", "Offres similaires",
          "Assistant administratif – PNUD Gabon – Libreville – expire le 12/05/2035",
          "Chargé des ressources humaines – Banque régionale – Port-Gentil – expire le 31/05/2035", "",
          "© 2035 GabonEmploi — Mentions légales — Contact", ""]
    return "\n".join(L)


def build():
    pdflatex_pdf(latex(), KEY + "-avis.pdflatex.pdf", KEY)
    write(KEY + "-gabonemploi.txt", board(), KEY)
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["fr"],
        "title": {"fr": TITLE}, "organisation": {"fr": ORG}, "location": {"fr": LOC},
        "schedule": {"fr": SCHED}, "deadline": "2035-05-22",
        "salary": {"amount": 14862000, "min": None, "max": None, "currency": "XAF", "period": "year"},
        "grade": GRADE, "clearance": None,
        "requirements": {"fr": {"essential": ESS, "desirable": DES}},
        "competencies": {"fr": [{"name": n, "description": d} for n, d in COMPS]},
    })
