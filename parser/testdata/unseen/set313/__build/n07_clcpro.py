import os, shutil, subprocess
from common import *

KEY = "clcpro-se-av-2043-03"; REF = "CLCPRO/SE/AV/2043/03"; POST = "CLCPRO-PRG-005"
TITLE = "Chargé(e) de programme – information acridienne et alerte précoce"
ORG = "Commission de lutte contre le criquet pèlerin dans la région occidentale"
LOC = "Alger (Algérie)"; SCHED = "Temps plein"; GRADE = "P-3"
ESS = ["Être ressortissant(e) d'un État membre de la Commission ;",
       "Être titulaire d'un diplôme universitaire supérieur (master ou équivalent) en agronomie, en entomologie, en géographie ou en sciences de l'information ;",
       "Justifier d'au moins cinq années d'expérience pertinente, dont deux dans la surveillance acridienne ou la gestion de systèmes d'alerte ;",
       "Avoir une excellente maîtrise du français et une connaissance pratique de l'arabe ou de l'anglais."]
DES = ["Une expérience des outils de collecte de données de terrain sur tablette ;",
       "Une expérience de travail dans un pays de la ligne de front."]
COMP = ["Orientation vers les résultats", "Travail d'équipe", "Communication",
        "Établissement de relations efficaces", "Partage des connaissances et amélioration continue"]
FUN = ["centraliser et analyser les données de prospection transmises par les unités nationales de lutte antiacridienne ;",
       "préparer les bulletins mensuels sur la situation acridienne et les avertissements en période de recrudescence ;",
       "appuyer les pays membres dans l'entretien de leurs systèmes nationaux d'information ;",
       "organiser des ateliers régionaux de formation des chargés d'information ;",
       "contribuer à l'évaluation annuelle du plan régional de prévention."]

def tex_esc(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")

def build():
    expected(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2043-11-20",
             salary=sal(71430, cur="USD", period="year"), grade=GRADE, post=POST,
             req={"fr": {"essential": ESS, "desirable": DES}}, comp={"fr": comps([(c, "") for c in COMP])})
    items = lambda xs: "\n".join("  \\item " + tex_esc(x) for x in xs)
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{plain}
\setlength{\parindent}{0pt}
\begin{document}
\raggedright
\begin{minipage}[t]{0.55\textwidth}\raggedright
\textbf{Organisation des Nations Unies pour l'alimentation et l'agriculture}\\
\textbf{COMMISSION DE LUTTE CONTRE LE CRIQUET PÈLERIN DANS LA RÉGION OCCIDENTALE}\\
Secrétariat exécutif
\end{minipage}\hfill
\begin{minipage}[t]{0.35\textwidth}
\raggedleft Alger, le 22 octobre 2043\\
Avis n\textsuperscript{o} 03/2043
\end{minipage}

\vspace{1.2em}
\begin{center}
{\Large\bfseries AVIS DE VACANCE DE POSTE}\\[0.4em]
{\large """ + TITLE + r"""}
\end{center}

\begin{description}
  \item[Référence de l'avis] """ + REF + r"""
  \item[Titre du poste] """ + TITLE + r"""
  \item[Numéro du poste] """ + POST + r"""
  \item[Organisation] """ + ORG + r""" (CLCPRO)
  \item[Lieu d'affectation] """ + LOC + r"""
  \item[Grade] """ + GRADE + r"""
  \item[Type de nomination] Durée déterminée, deux ans, renouvelable
  \item[Régime de travail] """ + SCHED + r"""
  \item[Date limite de candidature] 20 novembre 2043, 23 h 59 (heure d'Alger)
\end{description}

\section*{1. Contexte}
Créée sous l'égide de la FAO, la Commission réunit les pays d'Afrique du Nord-Ouest et du Sahel occidental exposés
aux invasions du criquet pèlerin. Elle coordonne la lutte préventive, qui repose sur la détection précoce des
populations acridiennes dans les aires grégarigènes. Le Secrétariat exécutif, installé à Alger, recherche un ou une
spécialiste de l'information acridienne.

\section*{2. Fonctions}
Sous la supervision du Secrétaire exécutif, le ou la titulaire sera chargé(e) de :
\renewcommand{\labelitemi}{--}
\begin{itemize}
""" + items(FUN) + r"""
\end{itemize}

\section*{3. Qualifications requises}
\renewcommand{\labelenumi}{\alph{enumi})}
\begin{enumerate}
""" + items(ESS) + r"""
\end{enumerate}
\textbf{Qualifications souhaitées :}
\renewcommand{\labelitemi}{\textbullet}
\begin{itemize}
""" + items(DES) + r"""
\end{itemize}

\section*{4. Compétences}
\renewcommand{\labelitemi}{\textbullet}
\begin{itemize}
""" + items(COMP) + r"""
\end{itemize}

\section*{5. Conditions d'emploi}
Traitement de base net annuel : 71 430 USD, auquel s'ajoutent un ajustement de poste et les prestations prévues
pour le personnel de la catégorie professionnelle (allocation pour enfants, congé dans les foyers). Les entretiens
des candidat(e)s présélectionné(e)s auront lieu du 7 au 9 décembre 2043.

\section*{6. Candidature}
Les dossiers (lettre de motivation, curriculum vitae, copies des diplômes) sont adressés par courriel à
recrutement@clcpro.example, avec la référence de l'avis en objet. Seules les candidatures retenues feront
l'objet d'une réponse.

\vspace{1em}
\hfill\textit{Le Secrétaire exécutif}
\end{document}
"""
    d = os.path.join(B, "clcpro"); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "clcpro.tex"), "w", encoding="utf-8").write(tex)
    for _ in range(2):
        sh(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "clcpro.tex"], cwd=d,
           stdout=subprocess.DEVNULL)
    pdf = KEY + "-clcpro.pdflatex.pdf"
    shutil.copy(os.path.join(d, "clcpro.pdf"), os.path.join(ROOT, pdf))
    pdfrow(pdf, KEY)

    md = f"""
**CLCPRO** · *Commission FAO de lutte contre le criquet pèlerin dans la région occidentale*

[Accueil](#) | [La Commission](#) | [Situation acridienne](#) | [Publications](#) | [Avis et recrutements](#) | [Contact](#)

> Situation acridienne au 15 octobre 2043 : **calme**. Prochain bulletin le 5 novembre 2043.

Accueil › Avis et recrutements › Avis n° 03/2043

# Avis de vacance de poste n° 03/2043

## {TITLE}

| Rubrique | Information |
|---|---|
| Référence de l'avis | {REF} |
| Numéro du poste | {POST} |
| Organisation | {ORG} (CLCPRO) |
| Lieu d'affectation | {LOC} |
| Grade | {GRADE} |
| Régime de travail | {SCHED} |
| Traitement de base net | 71 430 USD par an, plus ajustement de poste |
| Date limite | 20 novembre 2043 |

### Fonctions

{chr(10).join("* " + f for f in FUN)}

### Qualifications requises

{chr(10).join(f"{i}. " + x for i, x in enumerate(ESS, 1))}

**Qualifications souhaitées :**

{chr(10).join("* " + x for x in DES)}

### Compétences

{", ".join(COMP)}.

### Candidature

Envoyer lettre de motivation, CV et diplômes à recrutement@clcpro.example (objet : {REF}). Entretiens du 7 au
9 décembre 2043.

---

*Autres avis : Assistant(e) administratif(ve) G-5, clôturé le 30 septembre 2043 · Appel à consultants, formation
des prospecteurs, clôture le 15 décembre 2043.*
"""
    w(KEY + "-clcpro.md", md, KEY)
