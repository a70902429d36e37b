from common import *
KEY = "war-rh-2035-31"
REF = "WAR/RH/2035-31"
T = "Gestionnaire des marchés publics (H/F/X)"
O = "Ville de Waremme"
LOC = "Hôtel de Ville, 4300 Waremme"
SCH = "temps plein – 38 heures par semaine"
ESS = ["être titulaire d'un diplôme de bachelier (enseignement supérieur de type court) ou d'un diplôme équivalent ;",
       "justifier d'une expérience d'au moins un an dans la passation de marchés publics, dans le secteur public ou privé ;",
       "être titulaire du permis de conduire B."]
DES = ["la connaissance de la plateforme fédérale e-Procurement ;",
       "une formation en droit des marchés publics ou en droit administratif ;",
       "la détention du certificat de connaissances de gestion de base."]
COMP = [("Rigueur", "vous vérifiez chaque pièce d'un dossier avant de le transmettre."),
        ("Sens de l'organisation", "vous planifiez les procédures en fonction des échéances budgétaires."),
        ("Communication", "vous expliquez les règles aux services demandeurs de manière claire et patiente.")]
MISS = ["rédiger les cahiers spéciaux des charges et les avis de marché pour les services communaux ;",
        "conseiller les services sur le choix de la procédure et sur les seuils applicables ;",
        "analyser les offres, rédiger les rapports d'attribution et préparer les délibérations du collège communal ;",
        "assurer le suivi de l'exécution des marchés, des avenants et des réceptions ;",
        "tenir à jour le tableau de bord des marchés en cours et des marchés à relancer."]

MD = f"""
![Ville de Waremme](logo-waremme.png)

[Accueil](#) | [Ma ville](#) | [Services](#) | **[Emplois](#)** | [Agenda](#)

# {T}

*Appel à candidatures – publié le 22 décembre 2035*

**Référence :** {REF}\\
**Employeur :** {O}\\
**Service :** Service des marchés publics (Direction générale)\\
**Lieu de travail :** {LOC}\\
**Contrat :** contrat à durée indéterminée, après une période d'essai\\
**Régime :** {SCH}\\
**Échelle barémique :** D6\\
**Rémunération :** traitement annuel brut indexé de 37 142,18 € à 56 418,96 €, selon l'ancienneté valorisable\\
**Date limite de candidature :** 23/01/2036

## 1. Le poste

Au sein d'une équipe de trois personnes, vous prenez en charge les marchés de travaux, de fournitures et de services de la Ville et du CPAS, de la définition du besoin jusqu'à la réception.

""" + "\n".join("- " + m for m in MISS) + """

## 2. Conditions d'accès

""" + "\n".join("1. " + e for e in ESS) + """

## 3. Atouts

""" + "\n".join("+ " + e for e in DES) + """

## 4. Compétences comportementales

""" + "\n".join(f"- *{n}* : {d}" for n, d in COMP) + """

## 5. Notre offre

Un contrat à durée indéterminée, des chèques-repas de 8 €, une assurance hospitalisation, le remboursement intégral des abonnements de transports en commun et 26 jours de congé.

## 6. Procédure

Les candidatures (lettre de motivation, CV, copie du diplôme) sont à adresser au Collège communal, par courriel à rh@waremme.example, pour le 23 janvier 2036 au plus tard. Une épreuve écrite est prévue le 5 février 2036 et les entretiens le 12 février 2036.

---

*Voir aussi :* Ouvrier qualifié D1 – voirie (date limite : 16/01/2036) · Puériculteur·rice – crèche communale (date limite : 30/01/2036)
"""

TEX = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{empty}
\begin{document}
\noindent\textbf{VILLE DE WAREMME} \hfill Service du personnel\\
\noindent Réf. : """ + REF.replace("/", "/") + r""" \hfill Waremme, le 22 décembre 2035
\begin{center}\Large\textbf{APPEL À CANDIDATURES}\\[4pt]\large """ + T + r"""\end{center}
\begin{description}
\item[Employeur] """ + O + r"""
\item[Lieu de travail] """ + LOC + r"""
\item[Régime] """ + SCH.replace("–", "--") + r"""
\item[Échelle barémique] D6
\item[Rémunération] traitement annuel brut indexé de 37\,142,18~€ à 56\,418,96~€
\item[Date limite] 23 janvier 2036
\end{description}
\section*{1. Missions}
\begin{itemize}
""" + "\n".join(r"\item " + m for m in MISS) + r"""
\end{itemize}
\section*{2. Conditions d'accès}
\begin{enumerate}
""" + "\n".join(r"\item " + e for e in ESS) + r"""
\end{enumerate}
\section*{3. Atouts}
\begin{itemize}
""" + "\n".join(r"\item " + e for e in DES) + r"""
\end{itemize}
\section*{4. Compétences comportementales}
\begin{itemize}
""" + "\n".join(r"\item \textbf{" + n + "} : " + d for n, d in COMP) + r"""
\end{itemize}
\section*{5. Candidature}
Lettre de motivation, CV et copie du diplôme au Collège communal pour le 23 janvier 2036. Épreuve écrite le 5 février 2036, entretiens le 12 février 2036.
\end{document}
"""

def build():
    w(KEY + "-waremme.md", MD, KEY)
    tex = TEX.replace("€", r"\texteuro{}")
    tex = tex.replace(r"\usepackage{lmodern}", r"\usepackage{lmodern}\usepackage{textcomp}")
    src("waremme-appel.tex", tex)
    pdflatex("waremme-appel.tex", KEY + "-appel.pdflatex.pdf", KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2036-01-23",
             sal(37142.18, 56418.96, "EUR", "year"), "D6", None,
             {"fr": {"essential": ESS, "desirable": DES}},
             {"fr": [{"name": n, "description": d} for n, d in COMP]})
