"""Université Omar Bongo (Libreville): official avis typeset with pdflatex, and a WhatsApp group paste."""
from common import *

KEY = "2035-004-uob-rec"
REF = "2035-004/UOB/REC"
T = "Chef(fe) du service des thèses et de la documentation numérique"
ORG = "Université Omar Bongo"
LOC = "Libreville (Gabon)"
ESS = [
    "être de nationalité gabonaise ;",
    "être titulaire d'un master en sciences de l'information et de la documentation ou d'un diplôme de conservateur de bibliothèque ;",
    "justifier d'une expérience professionnelle d'au moins cinq (5) ans dans une bibliothèque universitaire ou un centre de documentation ;",
    "maîtriser un système intégré de gestion de bibliothèque et les normes de catalogage en vigueur ;",
    "être âgé(e) de quarante-cinq (45) ans au plus au 31 décembre 2035.",
]
DES = [
    "une expérience de la mise en place d'une archive ouverte institutionnelle ;",
    "la connaissance des outils de détection du plagiat ;",
    "une bonne pratique de l'anglais écrit.",
]
QUAL = ["sens de l'organisation", "rigueur", "esprit d'initiative", "aptitude à encadrer une équipe", "discrétion professionnelle"]

expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG},
         location={"fr": LOC}, schedule={}, deadline="2035-02-12",
         salary=sal(amount=712500, cur="XAF", period="month"), grade="A2",
         requirements={"fr": req(ESS, DES)},
         competencies={"fr": [{"name": q, "description": ""} for q in QUAL]})

MISS = [
    "organiser le dépôt légal, le signalement et la conservation des thèses et mémoires soutenus à l'Université ;",
    "piloter la numérisation des fonds anciens et la mise en ligne de la bibliothèque numérique ;",
    "administrer le portail documentaire et les ressources électroniques sous abonnement ;",
    "former les étudiants de master et de doctorat à la recherche documentaire ;",
    "encadrer une équipe de six (6) agents et rendre compte au Directeur de la Bibliothèque universitaire centrale.",
]
DOS = [
    "une demande manuscrite adressée à Monsieur le Recteur ;",
    "un curriculum vitae détaillé et daté ;",
    "les copies certifiées conformes des diplômes ;",
    "une copie de l'acte de naissance et de la carte nationale d'identité ;",
    "un extrait de casier judiciaire datant de moins de trois mois.",
]

def tex(s):
    return (s.replace("\\", r"\textbackslash{}").replace("&", r"\&").replace("%", r"\%")
             .replace("#", r"\#").replace("_", r"\_").replace("°", r"\textsuperscript{o}"))

def items(lst, mark):
    return "\n".join(rf"\item[{mark}] {tex(i)}" for i in lst)

DOSI = "\n".join(r"\item " + tex(d) for d in DOS)
doc = rf"""\documentclass[11pt,a4paper]{{article}}
\usepackage[utf8]{{inputenc}}
\usepackage[T1]{{fontenc}}
\usepackage{{lmodern}}
\usepackage[margin=2cm]{{geometry}}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{{empty}}
\begin{{document}}
\raggedright
\begin{{minipage}}[t]{{0.55\textwidth}}\small
MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR\\
ET DE LA RECHERCHE SCIENTIFIQUE\\[2pt]
\textbf{{UNIVERSITÉ OMAR BONGO}}\\
RECTORAT\\
DIRECTION DES RESSOURCES HUMAINES\\
BP 13131 -- Libreville
\end{{minipage}}\hfill
\begin{{minipage}}[t]{{0.38\textwidth}}\small\centering
RÉPUBLIQUE GABONAISE\\
Union -- Travail -- Justice\\[8pt]
Libreville, le 10 janvier 2035
\end{{minipage}}

\vspace{{1.2cm}}
\begin{{center}}
{{\large\textbf{{AVIS DE RECRUTEMENT N\textsuperscript{{o}} {tex(REF)}}}}}\\[6pt]
\textbf{{Objet : recrutement d'un(e) {tex(T)}}}
\end{{center}}

\vspace{{0.4cm}}
Le Recteur de l'{tex(ORG)} (UOB) informe le public qu'un poste de {tex(T.lower())} est à pourvoir à la
Bibliothèque universitaire centrale.

\subsection*{{I. PRÉSENTATION DU POSTE}}
Intitulé du poste : {tex(T)}\\
Structure : Bibliothèque universitaire centrale\\
Lieu d'affectation : {tex(LOC)}\\
Catégorie : A2\\
Nature du contrat : contrat à durée indéterminée, avec une période d'essai de six (6) mois\\
Rémunération : 712 500 FCFA brut mensuel, hors primes et indemnités\\
Date de prise de fonction souhaitée : 2 mai 2035

\subsection*{{II. MISSIONS}}
\begin{{itemize}}
{items(MISS, '--')}
\end{{itemize}}

\subsection*{{III. PROFIL REQUIS}}
Le (la) candidat(e) doit :
\begin{{itemize}}
{items(ESS, '--')}
\end{{itemize}}

\subsection*{{IV. ATOUTS}}
\begin{{itemize}}
{items(DES, '--')}
\end{{itemize}}

\subsection*{{V. APTITUDES}}
\begin{{itemize}}
{items(QUAL, '--')}
\end{{itemize}}

\subsection*{{VI. COMPOSITION DU DOSSIER}}
\begin{{enumerate}}
{DOSI}
\end{{enumerate}}

\subsection*{{VII. DÉPÔT DES DOSSIERS}}
Les dossiers de candidature, sous pli fermé portant la mention « Avis de recrutement N\textsuperscript{{o}}
{tex(REF)} », sont reçus au secrétariat de la Direction des ressources humaines (bâtiment du Rectorat,
1\textsuperscript{{er}} étage) au plus tard le lundi 12 février 2035 à 15 heures. Tout dossier incomplet ou parvenu
hors délai sera rejeté. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un entretien le 5 mars 2035.

\vspace{{0.8cm}}
\hfill\begin{{minipage}}{{0.4\textwidth}}\centering
Le Recteur\\[1.4cm]
\textit{{(signé)}}
\end{{minipage}}
\end{{document}}
"""
with open(os.path.join(BUILD, KEY + "-uob.tex"), "w", encoding="utf-8") as f:
    f.write(doc)
latex(KEY + "-uob.tex", KEY + "-uob.pdflatex.pdf", KEY)

def b(lst):
    return "\n".join("• " + i for i in lst)

chat = f"""[11/01/2035, 18:47] Pr Ndong Essono: Bonsoir à tous. Avis de la DRH reçu cet après-midi, pour vos anciens étudiants du master SID 👇
[11/01/2035, 18:48] Pr Ndong Essono: *UNIVERSITÉ OMAR BONGO – RECTORAT*
*AVIS DE RECRUTEMENT N° {REF}*
Objet : recrutement d'un(e) {T}

Le Recteur de l'{ORG} (UOB) informe le public qu'un poste de {T.lower()} est à pourvoir à la Bibliothèque universitaire centrale.

*I. PRÉSENTATION DU POSTE*
Intitulé du poste : {T}
Lieu d'affectation : {LOC}
Catégorie : A2
Nature du contrat : CDI, période d'essai de six (6) mois
Rémunération : 712 500 FCFA brut mensuel, hors primes et indemnités
Prise de fonction souhaitée : 2 mai 2035

*II. MISSIONS*
{b(MISS)}

*III. PROFIL REQUIS*
Le (la) candidat(e) doit :
{b(ESS)}

*IV. ATOUTS*
{b(DES)}

*V. APTITUDES*
{b(QUAL)}

*VI. DÉPÔT*
Dossier complet (demande au Recteur, CV, diplômes certifiés, acte de naissance, CNI, casier judiciaire) au secrétariat de la DRH, Rectorat 1er étage, au plus tard le lundi 12 février 2035 à 15 heures. Entretiens le 5 mars 2035.
[11/01/2035, 18:52] Mme Obame: Merci Professeur 🙏 je transfère à ma promo
[11/01/2035, 19:03] Kevin M.: Bonsoir, le dépôt c'est seulement en physique ou on peut envoyer par mail ?
[11/01/2035, 19:10] Pr Ndong Essono: Physique uniquement, sous pli fermé. Et attention à la limite d'âge (45 ans au 31/12/2035).
[11/01/2035, 19:11] Kevin M.: D'accord merci 👍
[12/01/2035, 07:30] Mme Obame: Réunion d'info pour les candidats de la promo samedi 20/01 à 10h, salle B12
‎[12/01/2035, 07:31] Mme Obame: ‎image omise
"""
out(KEY + "-whatsapp.txt", chat, KEY)
