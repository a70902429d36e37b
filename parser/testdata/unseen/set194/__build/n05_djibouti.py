"""Université de Djibouti: official avis de recrutement typeset with pdflatex + dump."""
from common import *
import os
import shutil
import tempfile

KEY = "027-ud-p-sg-drh-2033"
REF = "027/UD/P/SG/DRH/2033"
TITLE = "Administrateur(trice) des systèmes et de la sécurité informatique"
ORG = "Université de Djibouti"
LOC = "Djibouti (campus de Balbala)"

ESS = [
    "être de nationalité djiboutienne ;",
    "être titulaire d'un diplôme d'ingénieur ou d'un master en informatique, en réseaux ou en télécommunications ;",
    "justifier d'une expérience d'au moins trois (3) ans dans l'administration de systèmes Linux et Windows Server ;",
    "maîtriser la configuration des équipements réseau (routage, commutation, VLAN, pare-feu) ;",
    "avoir une bonne connaissance des solutions de virtualisation et de sauvegarde.",
]
DES = [
    "une certification CCNA, RHCSA ou équivalente ;",
    "une expérience de la gestion d'un environnement numérique de travail ou d'une plateforme Moodle ;",
    "la maîtrise de l'anglais technique.",
]
QUAL = ["Rigueur et sens de l'organisation", "Disponibilité", "Discrétion", "Esprit d'équipe"]
MISSIONS = [
    "administrer les serveurs, le réseau du campus et les liaisons avec les instituts rattachés ;",
    "assurer la sécurité du système d'information (comptes, sauvegardes, mises à jour, journalisation) ;",
    "superviser la plateforme d'enseignement à distance et la messagerie de l'Université ;",
    "rédiger les procédures d'exploitation et former les techniciens du service ;",
    "participer à l'élaboration du schéma directeur numérique de l'établissement.",
]
DOSSIER = [
    "une demande manuscrite adressée à Monsieur le Président de l'Université ;",
    "un curriculum vitae détaillé ;",
    "les copies certifiées conformes des diplômes et attestations de travail ;",
    "une copie de la carte nationale d'identité ;",
    "un extrait de casier judiciaire datant de moins de trois mois.",
]


def tex_escape(s):
    s = s.replace("\\", r"\textbackslash{}")
    for a, b in [("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")]:
        s = s.replace(a, b)
    # keep hyphenated tokens unbroken: pdftotext drops a line-end hyphen
    import re
    s = re.sub(r"(\S*-\S*)", r"\\mbox{\1}", s)
    return s


def items(xs):
    return "\\begin{itemize}\n" + "".join("\\item %s\n" % tex_escape(x) for x in xs) + "\\end{itemize}\n"


def enum(xs):
    return "\\begin{enumerate}\n" + "".join("\\item %s\n" % tex_escape(x) for x in xs) + "\\end{enumerate}\n"


def build(pdf=True):
    t = tex_escape
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\renewcommand{\labelitemi}{--}
\pagestyle{empty}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\raggedright
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{minipage}[t]{0.48\textwidth}\centering\small
\textbf{RÉPUBLIQUE DE DJIBOUTI}\\ Unité -- Égalité -- Paix\\[4pt]
\textbf{MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE}\\[4pt]
\textbf{UNIVERSITÉ DE DJIBOUTI}\\ Présidence\\ Secrétariat général\\ Direction des ressources humaines
\end{minipage}\hfill
\begin{minipage}[t]{0.40\textwidth}\raggedleft\small
Djibouti, le 20 novembre 2033\\[6pt]
Campus de Balbala, B.P. 1904\\ Tél. : +253 21 25 00 00
\end{minipage}

\vspace{14pt}
\begin{center}
{\large\bfseries AVIS DE RECRUTEMENT N\textsuperscript{o}\,""" + t(REF) + r"""}\\[6pt]
{\bfseries UN(E) ADMINISTRATEUR(TRICE) DES SYSTÈMES ET DE LA SÉCURITÉ INFORMATIQUE POUR LE CENTRE DES RESSOURCES INFORMATIQUES}
\end{center}

Le Président de l'Université de Djibouti informe le public qu'un poste d'""" + t(TITLE) + r""" est à pourvoir au Centre des ressources informatiques (CRI) de l'Université.

\textbf{I. PRÉSENTATION DU POSTE}

Intitulé du poste : """ + t(TITLE) + r"""\\
Structure : Centre des ressources informatiques\\
Lieu d'affectation : """ + t(LOC) + r"""\\
Catégorie : A1\\
Nature du contrat : contrat à durée déterminée de deux (2) ans, renouvelable, avec période d'essai de six (6) mois\\
Rémunération : 310 000 DJF brut mensuel, hors indemnités de logement et de transport

\textbf{II. CONTEXTE}

Créée en 2006, l'Université de Djibouti accueille plus de dix mille étudiants sur le campus de Balbala et dans ses instituts. Le développement de l'enseignement à distance et la dématérialisation des procédures de scolarité exigent une infrastructure fiable et sécurisée.

\textbf{III. MISSIONS PRINCIPALES}

Sous l'autorité du Chef du Centre des ressources informatiques, l'administrateur(trice) aura pour missions de :
""" + items(MISSIONS) + r"""
\textbf{IV. PROFIL REQUIS}

Les candidat(e)s doivent remplir les conditions suivantes :
""" + items(ESS) + r"""
\textbf{V. ATOUTS}
""" + items(DES) + r"""
\textbf{VI. QUALITÉS PERSONNELLES}
""" + items(QUAL) + r"""
\textbf{VII. COMPOSITION DU DOSSIER}
""" + enum(DOSSIER) + r"""
\textbf{VIII. DÉPÔT DES DOSSIERS}

Les dossiers de candidature, sous pli fermé portant la mention «~Candidature au poste d'""" + t(TITLE) + r""" -- Avis n\textsuperscript{o}\,""" + t(REF) + r"""~», doivent être déposés au Bureau du courrier de la Présidence, campus de Balbala, \textbf{au plus tard le jeudi 18 décembre 2033 à 12 heures}. Tout dossier incomplet ou parvenu hors délai sera rejeté. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un test écrit et à un entretien qui se dérouleront du 5 au 8 janvier 2034.

\vspace{10pt}
\hfill\begin{minipage}{0.45\textwidth}\centering
Fait à Djibouti, le 20 novembre 2033\\[4pt]
Le Président de l'Université\\[18pt]
\textit{(signé et cacheté)}
\end{minipage}
\end{document}
"""
    if not pdf:
        return
    d = tempfile.mkdtemp()
    with open(os.path.join(d, "avis.tex"), "w", encoding="utf-8") as f:
        f.write(tex)
    shutil.copy(os.path.join(d, "avis.tex"), os.path.join(ROOT, "__build", KEY + ".tex"))
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "avis.tex"], cwd=d,
            stdout=subprocess.DEVNULL)
    out = KEY + "-univ-djibouti.pdflatex.pdf"
    shutil.copy(os.path.join(d, "avis.pdf"), os.path.join(ROOT, out))
    dump(out, KEY)


def exp():
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["fr"],
        "title": {"en": None, "fr": TITLE},
        "organisation": {"en": None, "fr": ORG},
        "location": {"en": None, "fr": LOC},
        "schedule": {"en": None, "fr": None},
        "deadline": "2033-12-18",
        "salary": sal(amount=310000, cur="DJF", period="month"),
        "grade": "A1", "clearance": None,
        "requirements": {"en": None, "fr": req(ESS, DES)},
        "competencies": {"en": None, "fr": comp((q, "") for q in QUAL)},
    })
