from common import *

REF = "GRH/2040/027"
KEY = "grh-2040-027"
T = "Chef de projet du Plan de cohésion sociale (H/F/X)"
O = "Ville de Tubize"
L = "Tubize"
S = "temps plein (38 heures par semaine)"
ESS = ["Être titulaire d'un diplôme de master en sciences sociales, en sciences politiques, en psychologie ou en sciences de l'éducation ;",
       "Justifier d'une expérience de trois ans au moins dans la gestion de projets sociaux ou de cohésion sociale ;",
       "Être titulaire du permis de conduire B ;",
       "Réussir l'épreuve de recrutement (écrite et orale)."]
DES = ["Connaissance du réseau associatif du Brabant wallon ;",
       "Expérience de la gestion de subventions régionales."]
COMP = [("Sens de l'organisation", "planifier les actions du plan et en suivre les indicateurs"),
        ("Leadership", "animer une équipe de quatre travailleurs sociaux"),
        ("Communication", "s'exprimer avec aisance devant des publics variés"),
        ("Intégrité", "respecter la confidentialité des situations rencontrées")]
MIS = ["coordonner la mise en œuvre du Plan de cohésion sociale 2040-2045 et en assurer le rapportage auprès de la Région wallonne ;",
       "encadrer l'équipe du PCS et organiser les permanences de quartier ;",
       "développer les partenariats avec le CPAS, les écoles et les associations locales ;",
       "préparer les dossiers soumis au Collège communal et au Conseil communal ;",
       "gérer le budget du plan et les subventions qui y sont liées."]


def build():
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} – {O}</title>
<style>
body{{font-family:Arial,sans-serif;max-width:60em;margin:auto}}
.topbar{{background:#0a5c36;color:#fff;padding:4px}}
dl.fiche{{display:grid;grid-template-columns:14em 1fr;border:1px solid #ccc;padding:6px}}
dl.fiche dt{{font-weight:bold}}
</style></head><body>
<div class="topbar">Accessibilité · Contraste · <a href="#">Contact</a> · <a href="#">E-guichet</a></div>
<nav><a href="#">Ma commune</a> | <a href="#">Vie pratique</a> | <a href="#">Loisirs</a> | <a href="#">Emploi</a></nav>
<p class="crumb"><a href="#">Accueil</a> › <a href="#">Ma commune</a> › <a href="#">Offres d'emploi</a></p>
<article>
<p class="date">Publié le 28 août 2040 – Mis à jour le 1er septembre 2040</p>
<p>La {O} constitue une réserve de recrutement et engage :</p>
<h1>{T}</h1>
<dl class="fiche">
<dt>Référence</dt><dd>{REF}</dd>
<dt>Employeur</dt><dd>{O}</dd>
<dt>Service</dt><dd>Service Cohésion sociale et Égalité des chances</dd>
<dt>Lieu de travail</dt><dd>{L} (Maison des quartiers, rue de Mons)</dd>
<dt>Contrat</dt><dd>Contrat à durée indéterminée (APE)</dd>
<dt>Régime de travail</dt><dd>{S}</dd>
<dt>Échelle barémique</dt><dd>A1</dd>
<dt>Rémunération</dt><dd>de 42 806,55 € à 60 913,71 € bruts annuels indexés, selon l'ancienneté valorisable</dd>
<dt>Date limite de candidature</dt><dd>18 septembre 2040</dd>
</dl>
<h2>Votre mission</h2>
<p>Le Plan de cohésion sociale (PCS) regroupe les actions que la commune mène avec ses partenaires pour réduire la précarité et renforcer les liens entre habitants. Sous l'autorité de la directrice générale, vous en êtes le pilote :</p>
<ul>
{ul(MIS)}
</ul>
<h2>Conditions générales d'accès</h2>
<p>Être ressortissant ou non de l'Union européenne (pour les ressortissants hors UE, être en possession d'un permis de travail valide), jouir des droits civils et politiques, être d'une conduite répondant aux exigences de la fonction et justifier de la possession des aptitudes physiques exigées.</p>
<h2>Conditions particulières</h2>
<ul>
{ul(ESS)}
</ul>
<h2>Atouts</h2>
<ul>
{ul(DES)}
</ul>
<h2>Compétences attendues</h2>
<ul>
{''.join(f'<li><b>{n}</b> : {d}</li>' for n, d in COMP)}
</ul>
<h2>Nous offrons</h2>
<p>Un contrat à durée indéterminée, des chèques-repas de 8 €, l'assurance hospitalisation, une prime de fin d'année et la prise en charge intégrale des abonnements de transport en commun. L'épreuve écrite est prévue le 2 octobre 2040.</p>
<h2>Comment postuler ?</h2>
<p>Les candidatures (lettre de motivation, CV, copie du diplôme et extrait de casier judiciaire) sont à adresser au Collège communal, Grand-Place, 1480 Tubize, ou par courriel, pour le 18 septembre 2040 au plus tard, en mentionnant la référence {REF}.</p>
</article>
<aside><h3>Autres offres</h3><ul><li>Ouvrier qualifié (m/f/x) – date limite 11 septembre 2040</li><li>Puériculteur (m/f/x) – date limite 25 septembre 2040</li></ul></aside>
<footer>Administration communale de Tubize · Grand-Place · 1480 Tubize · Mentions légales</footer>
</body></html>
"""
    w(KEY + "-tubize.html", html, KEY)

    def tex(s):
        return s.replace("&", "\\&").replace("%", "\\%").replace("€", "\\texteuro{}").replace("œ", "\\oe{}")
    texsrc = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage[margin=2.2cm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{plain}
\begin{document}
\noindent\textbf{PROVINCE DU BRABANT WALLON}\\ \textbf{VILLE DE TUBIZE}\hfill Tubize, le 28 août 2040\\[2pt]
N/Réf. : """ + REF + r"""

\begin{center}\Large\textbf{AVIS DE RECRUTEMENT}\\[4pt]\large """ + tex(T) + r"""\end{center}

\noindent Le Collège communal de la """ + O + r""" porte à la connaissance du public qu'il procède au recrutement suivant.

\begin{description}
\item[Employeur] """ + O + r"""
\item[Lieu de travail] """ + L + r"""
\item[Contrat] Contrat à durée indéterminée (APE)
\item[Régime de travail] """ + tex(S) + r"""
\item[Échelle barémique] A1
\item[Rémunération] de 42 806,55 \texteuro{} à 60 913,71 \texteuro{} bruts annuels indexés
\item[Date limite de candidature] 18/09/2040 (cachet de la poste ou date du courriel faisant foi)
\end{description}

\section*{I. Missions}
\begin{enumerate}
""" + "\n".join("\\item " + tex(m) for m in MIS) + r"""
\end{enumerate}

\section*{II. Conditions particulières}
\begin{itemize}
""" + "\n".join("\\item " + tex(m) for m in ESS) + r"""
\end{itemize}
\noindent\emph{Atouts :}
\begin{itemize}
""" + "\n".join("\\item " + tex(m) for m in DES) + r"""
\end{itemize}

\section*{III. Compétences}
\renewcommand\labelitemi{--}\begin{itemize}
""" + "\n".join(f"\\item \\textbf{{{tex(n)}}} : {tex(d)}" for n, d in COMP) + r"""
\end{itemize}

\section*{IV. Candidatures}
Les candidatures, accompagnées d'un CV, d'une copie du diplôme et d'un extrait de casier judiciaire de moins de trois mois, sont adressées au Collège communal, Grand-Place, 1480 Tubize. L'épreuve écrite aura lieu le 2 octobre 2040 ; l'épreuve orale suivra dans le courant du mois.

\vspace{1cm}
\noindent\begin{tabular}{@{}p{7cm}p{7cm}@{}}
Par le Collège, & \\
La Directrice générale, & Le Bourgmestre, \\
\end{tabular}
\end{document}
"""
    p = src(KEY + "-avis.tex", texsrc)
    pdflatex(p, KEY + "-avis.pdflatex.pdf", KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-09-18",
             sal(42806.55, 60913.71, "EUR", "year"), "A1", None,
             {"fr": {"essential": ESS, "desirable": DES}}, {"fr": COMP})
