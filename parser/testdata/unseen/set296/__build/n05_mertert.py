from common import *

KEY = "mer-2042-07"
REF = "MER-2042-07"
T = "Fonctionnaire communal (m/f) – bureau de la population et de l'état civil"
O = "Administration communale de Mertert"
L = "Mertert"
SCHED = "tâche complète (40 heures par semaine)"
GRADE = "C1"
ESS = [
    "être détenteur d'un diplôme de fin d'études secondaires ou secondaires techniques, ou d'un certificat reconnu équivalent",
    "avoir réussi l'examen d'admissibilité du groupe de traitement C1 de la fonction publique communale",
    "maîtriser les trois langues administratives du pays (luxembourgeois, français et allemand)",
]
DES = [
    "une expérience dans un service population ou état civil d'une commune",
    "la connaissance du logiciel de gestion du registre national des personnes physiques",
    "la connaissance de l'anglais ou du portugais",
]
COMP = [("Discrétion", ""), ("Sens de l'accueil", ""), ("Précision", ""), ("Esprit d'équipe", "")]


def build():
    md = f"""[Accueil](#) › [Commune](#) › [Offres d'emploi](#) › Avis de vacance de poste

*LB | DE | **FR** | EN*

# Avis de vacance de poste

*Publié le 21 mai 2042 · Secrétariat communal*

Le collège des bourgmestre et échevins de la commune de Mertert se propose de procéder au recrutement d'un

## {T}

> **Délai : les candidatures doivent parvenir au plus tard le 15 juin 2042.**

- **Référence :** {REF}
- **Employeur :** {O}
- **Lieu de travail :** {L} (maison communale)
- **Statut :** fonctionnaire communal, à durée indéterminée
- **Groupe de traitement :** {GRADE}, sous-groupe administratif
- **Tâche :** {SCHED}
- **Entrée en service :** 1er octobre 2042

### Missions

1. accueil et renseignement des citoyens au guichet et par téléphone ;
2. tenue du registre communal des personnes physiques (arrivées, départs, changements d'adresse) ;
3. établissement des actes de l'état civil et délivrance des certificats ;
4. préparation des listes électorales.

### Conditions d'admission

Les conditions d'admission sont celles prévues par la réglementation sur le recrutement des fonctionnaires communaux (nationalité, honorabilité, aptitude physique).

### Profil requis

- {ESS[0]} ;
- {ESS[1]} ;
- {ESS[2]}.

**Seraient un atout :** {DES[0]} ; {DES[1]} ; {DES[2]}.

### Qualités recherchées

{COMP[0][0]} · {COMP[1][0]} · {COMP[2][0]} · {COMP[3][0]}

### Dossier de candidature

Lettre de motivation, curriculum vitae, copie des diplômes, copie du certificat de réussite à l'examen d'admissibilité, extrait récent du casier judiciaire et certificat de résidence, à adresser au collège des bourgmestre et échevins, par courrier ou à l'adresse rh@mertert.example. Les entretiens auront lieu dans la semaine du 29 juin 2042.

---

**Voir aussi :** Ouvrier communal (m/f) – service régie, délai : 03.06.2042 · Éducateur (m/f) – maison relais, délai : 30.06.2042

© Commune de Mertert · Mentions légales
"""
    write(KEY + "-mertert.md", md, KEY)

    tex = r"""\documentclass[10pt,a4paper,twocolumn]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage[margin=1.8cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\setlength{\parindent}{0pt}
\setlength{\parskip}{4pt}
\pagestyle{empty}
\begin{document}
\begin{center}
{\large\bfseries Commune de Mertert}\\[2pt]
{\small Gemeng Mäertert}\\[6pt]
\rule{\linewidth}{0.6pt}\\[4pt]
{\bfseries AVIS DE VACANCE DE POSTE}\\[2pt]
\rule{\linewidth}{0.6pt}
\end{center}
Le coll\`ege des bourgmestre et \'echevins de la commune de Mertert se propose de recruter un

\begin{center}\bfseries """ + T.replace("–", "--") + r"""\end{center}

\textbf{R\'ef\'erence :} """ + REF + r"""\\
\textbf{Employeur :} """ + O + r"""\\
\textbf{Lieu de travail :} """ + L + r"""\\
\textbf{Groupe de traitement :} """ + GRADE + r""" (sous-groupe administratif)\\
\textbf{T\^ache :} """ + SCHED + r"""\\
\textbf{Entr\'ee en service :} 01.10.2042

\textbf{Missions.} Accueil des citoyens, tenue du registre communal des personnes physiques, actes de l'\'etat civil, listes \'electorales.

\textbf{Conditions de recrutement.}
\begin{itemize}\setlength{\itemsep}{1pt}
""" + "\n".join(r"\item " + x + ";" for x in ESS[:2]) + "\n" + r"\item " + ESS[2] + "." + r"""
\end{itemize}
\textit{Atouts :}
\begin{itemize}\setlength{\itemsep}{1pt}
""" + "\n".join(r"\item " + x + ";" for x in DES[:2]) + "\n" + r"\item " + DES[2] + "." + r"""
\end{itemize}
\textbf{Qualit\'es :} """ + ", ".join(n for n, _ in COMP) + r""".

\textbf{Candidatures.} Les dossiers complets sont \`a adresser au coll\`ege des bourgmestre et \'echevins pour le \textbf{15.06.2042} au plus tard. Les entretiens auront lieu dans la semaine du 29.06.2042.

\vspace{6pt}
\hfill Mertert, le 21.05.2042\\
\hfill Le coll\`ege des bourgmestre et \'echevins
\end{document}
"""
    src(KEY + "-avis.tex", tex)
    pdflatex(KEY + "-avis.tex", KEY + "-avis.pdflatex.pdf", KEY)
    expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=L, schedule=SCHED,
             deadline="2042-06-15", salary=None, grade=GRADE,
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": names(COMP)})
