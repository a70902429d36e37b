from common import *

KEY = "rh-2041-bea-17"
REF = "RH/2041/BEA-17"
T = "Conseiller en aménagement du territoire et urbanisme (H/F/X)"
O = "Commune de Beauraing"
LOC = "Beauraing"
SCH = "Temps plein (38 heures/semaine)"
ESS = ["Être titulaire d'un master en urbanisme, en architecture, en géographie ou d'un diplôme d'ingénieur civil architecte ;",
       "Disposer d'une expérience d'au moins deux ans dans l'instruction de permis d'urbanisme ;",
       "Maîtriser le Code du Développement Territorial (CoDT) ;",
       "Être titulaire du permis de conduire B."]
DES = ["Une expérience au sein d'une administration communale ;",
       "La connaissance d'un logiciel SIG (QGIS ou équivalent)."]
COMP = [("Rigueur juridique", "vous motivez chaque avis au regard des règles applicables."),
        ("Sens du service", "vous accueillez les demandeurs avec patience et clarté."),
        ("Autonomie", "vous organisez vous-même l'instruction de vos dossiers.")]
MISS = ["instruire les demandes de permis d'urbanisme, de permis d'urbanisation et de certificats d'urbanisme ;",
        "rédiger les rapports et projets de décision soumis au Collège communal ;",
        "conseiller les citoyens et les auteurs de projet lors des permanences du service ;",
        "assurer le secrétariat de la Commission consultative communale d'aménagement du territoire et de mobilité ;",
        "participer à l'élaboration du schéma de développement communal."]

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – {T} – Commune de Beauraing</title></head>
<body>
<header>
<p><a href="#contenu">Aller au contenu</a> | <a href="#">Contraste</a> | <a href="#">A+</a></p>
<p><b>Beauraing</b> – Ma commune · Vie pratique · Tourisme · Économie · Contact</p>
<p>Accueil › Ma commune › Emploi › Offres d'emploi</p>
</header>
<main id="contenu">
<p class="date">Publié le 30/10/2041</p>
<h1>La Commune de Beauraing recrute un·e {T}</h1>
<p><b>Réf. :</b> {REF} – contrat à durée indéterminée – échelle A1</p>
<h2>1. Le poste</h2>
<p>Au sein du service Urbanisme et Environnement (six agents), sous l'autorité de la Directrice générale, vous êtes chargé·e de :</p>
<ul>{''.join(f'<li>{m}</li>' for m in MISS)}</ul>
<h2>2. Le profil</h2>
<h3>2.1. Conditions d'accès</h3>
<p>Être ressortissant ou non de l'Union européenne (pour les non-ressortissants, être en possession d'un permis de travail), jouir des droits civils et politiques, être de conduite irréprochable et réussir l'examen de recrutement (épreuve écrite et épreuve orale).</p>
<h3>2.2. Exigences particulières</h3>
<ul>{''.join(f'<li>{e}</li>' for e in ESS)}</ul>
<h3>2.3. Atouts</h3>
<ul>{''.join(f'<li>{d}</li>' for d in DES)}</ul>
<h3>2.4. Compétences comportementales</h3>
<ul>{''.join(f'<li><b>{n}</b> : {d}</li>' for n, d in COMP)}</ul>
<h2>3. Nous offrons</h2>
<table border="1" cellpadding="4">
<tr><th>Lieu de travail</th><td>{LOC} (Administration communale, rue de Rochefort)</td></tr>
<tr><th>Régime</th><td>{SCH}</td></tr>
<tr><th>Échelle barémique</th><td>A1</td></tr>
<tr><th>Rémunération</th><td>de 41 980,37 € à 58 744,12 € bruts annuels indexés, selon l'ancienneté valorisable</td></tr>
<tr><th>Avantages</th><td>chèques-repas de 8 €, assurance hospitalisation, 26 jours de congé</td></tr>
</table>
<h2>4. Candidature</h2>
<p>Les candidatures (lettre de motivation, curriculum vitae, copie du diplôme et extrait de casier judiciaire) doivent parvenir au Collège communal, par courrier ou par courriel à emploi@beauraing.example, pour le <b>21 novembre 2041</b> au plus tard.</p>
<p>L'épreuve écrite est fixée au 4 décembre 2041 ; seuls les candidats répondant aux conditions y seront convoqués.</p>
</main>
<aside><p><b>Autres offres</b></p>
<p>Ouvrier qualifié – voirie (D4) – jusqu'au 14/11/2041</p>
<p>Puériculteur (H/F/X) – jusqu'au 05/12/2041</p></aside>
<footer><p>Administration communale de Beauraing · Heures d'ouverture : du lundi au vendredi de 8 h 30 à 12 h · Mentions légales · Cookies</p></footer>
</body></html>
"""

def esc(s):
    return s.replace("€", "\\texteuro{}").replace("&", "\\&").replace("%", "\\%")

tex = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage[margin=2.2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pagestyle{plain}
\begin{document}
\noindent\textsc{Province de Namur -- Arrondissement de Dinant}\hfill N/Réf. : """ + REF + r"""\\
\textbf{COMMUNE DE BEAURAING}\hfill Beauraing, le 30 octobre 2041

\bigskip
\begin{center}\Large\textbf{AVIS DE RECRUTEMENT}\\[4pt]\large """ + esc(T) + r"""\end{center}

\noindent Le Collège communal de la """ + O + r""" procède au recrutement, sous contrat à durée indéterminée, d'un agent de niveau A.

\begin{description}
\item[Référence :] """ + REF + r"""
\item[Employeur :] """ + O + r"""
\item[Lieu de travail :] """ + LOC + r"""
\item[Régime de travail :] """ + SCH + r"""
\item[Échelle :] A1
\item[Traitement :] """ + esc("de 41 980,37 € à 58 744,12 € bruts annuels indexés") + r"""
\item[Date limite :] 21 novembre 2041
\end{description}

\section*{I. Missions}
\begin{enumerate}
""" + "\n".join(r"\item " + m for m in MISS) + r"""
\end{enumerate}

\section*{II. Profil}
\begin{itemize}
""" + "\n".join(r"\item " + e for e in ESS) + r"""
\end{itemize}
\noindent\emph{Atouts :}
\begin{itemize}
""" + "\n".join(r"\item " + d for d in DES) + r"""
\end{itemize}

\section*{III. Compétences attendues}
""" + "\n\n".join(r"\noindent\textbf{" + n + "} -- " + d for n, d in COMP) + r"""

\section*{IV. Modalités}
Les conditions générales d'accès (droits civils et politiques, conduite irréprochable, réussite de l'examen) s'appliquent. Le dossier complet est à adresser au Collège communal au plus tard le 21 novembre 2041, le cachet de la poste faisant foi. Épreuve écrite : 4 décembre 2041.

\bigskip
\noindent Par le Collège,\hfill La Directrice générale \quad Le Bourgmestre
\end{document}
"""

def build():
    write(KEY + "-beauraing.html", html, KEY)
    pdflatex("beauraing.tex", tex, KEY + "-avis.pdflatex.pdf", KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": O},
             location={"fr": LOC}, schedule={"fr": SCH}, deadline="2041-11-21",
             salary=(41980.37, 58744.12, "EUR", "year"), grade="A1",
             requirements={"fr": (ESS, DES)}, competencies={"fr": COMP})
