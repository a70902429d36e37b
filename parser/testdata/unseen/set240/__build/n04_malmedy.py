from common import *
REF = "PERS/2037/22"; KEY = "pers-2037-22"
T = "Chef d'équipe des espaces verts (H/F/X)"; O = "Ville de Malmedy"; LOC = "Malmedy"
SCH = "temps plein (38 heures/semaine)"; GR = "D4"
ESS = ["être titulaire d'un diplôme de l'enseignement secondaire supérieur technique ou professionnel en horticulture, en parcs et jardins ou équivalent ;",
       "justifier d'une expérience de trois ans au moins en entretien d'espaces verts, dont un an dans la conduite d'une équipe ;",
       "être titulaire du permis de conduire B ;",
       "détenir la phytolicence P1 ou s'engager à l'obtenir dans les six mois de l'entrée en fonction."]
DES = ["le permis de conduire C ou CE ;",
       "une connaissance de la gestion différenciée et du fauchage tardif ;",
       "une connaissance de l'allemand."]
COMP = [("Leadership de proximité", "vous organisez le travail de l'équipe et montrez l'exemple sur le terrain."),
        ("Sens de la sécurité", "vous faites respecter le port des équipements de protection et la signalisation des chantiers."),
        ("Esprit de service", "vous répondez avec courtoisie aux demandes des citoyens et des services communaux.")]
SAL = "traitement annuel brut indexé de 33 904,17 € (minimum) à 47 615,80 € (maximum)"

li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – {T} – Ville de Malmedy</title>
<style>body{{font-family:Georgia,serif;margin:0}} .top{{background:#7a1f2b;color:#fff;padding:8px 20px}}
.wrap{{display:flex}} main{{flex:3;padding:0 24px}} .side{{flex:1;background:#f4f1ec;padding:12px;font-size:13px}}
table.bref td{{border:1px solid #bbb;padding:4px 8px}} table.bref td:first-child{{font-weight:bold;background:#f4f1ec}}</style></head>
<body>
<div class="top">Ville de Malmedy · Stadt Malmedy — <a href="#">FR</a> | <a href="#">DE</a> — <a href="#">Recherche</a></div>
<nav>Accueil · Vivre à Malmedy · Ma commune · Loisirs · Tourisme · Contact</nav>
<p>Vous êtes ici : Accueil › Ma commune › Emploi › Offres en cours</p>
<div class="wrap"><main>
<p class="date">Publié le 22 septembre 2037 · Mis à jour le 25 septembre 2037</p>
<h1>Offre d'emploi : {T}</h1>
<p>Le Collège communal de Malmedy procède à l'engagement d'un(e) chef d'équipe pour le service des plantations, dans le cadre d'un contrat à durée indéterminée, avec constitution d'une réserve de recrutement valable deux ans.</p>
<h2>En bref</h2>
<table class="bref">
<tr><td>Référence</td><td>{REF}</td></tr>
<tr><td>Employeur</td><td>{O}</td></tr>
<tr><td>Service</td><td>Service des travaux – cellule plantations</td></tr>
<tr><td>Lieu de travail</td><td>{LOC} (dépôt communal, rue de la Gare)</td></tr>
<tr><td>Contrat</td><td>contrat à durée indéterminée</td></tr>
<tr><td>Régime</td><td>{SCH}</td></tr>
<tr><td>Échelle barémique</td><td>{GR}</td></tr>
<tr><td>Rémunération</td><td>{SAL}, selon l'ancienneté valorisable</td></tr>
<tr><td>Date limite</td><td>16 octobre 2037</td></tr>
</table>
<h2>1. Vos missions</h2>
<ul>
<li>organiser et répartir le travail d'une équipe de six ouvriers ;</li>
<li>planifier les tontes, tailles, plantations et fleurissements saisonniers de la ville et des villages ;</li>
<li>veiller au bon usage et à l'entretien du matériel ;</li>
<li>tenir les fiches de prestations et commander les fournitures ;</li>
<li>participer aux travaux sur le terrain et au service d'hiver.</li>
</ul>
<h2>2. Conditions d'accès</h2>
<ul>
{li(ESS)}
</ul>
<h2>3. Atouts</h2>
<ul>
{li(DES)}
</ul>
<h2>4. Compétences comportementales</h2>
<p><em>{COMP[0][0]}</em> – {COMP[0][1]}</p>
<p><em>{COMP[1][0]}</em> – {COMP[1][1]}</p>
<p><em>{COMP[2][0]}</em> – {COMP[2][1]}</p>
<h2>5. Nous offrons</h2>
<p>Un contrat à durée indéterminée, des chèques-repas de 8 €, une assurance hospitalisation, le remboursement des frais de déplacement domicile-travail et des formations.</p>
<h2>6. Procédure</h2>
<p>Les candidatures (lettre de motivation, CV, copie du diplôme, extrait de casier judiciaire) sont adressées au Collège communal, place du Châtelet 7, 4960 Malmedy, ou par courriel, pour le 16 octobre 2037 au plus tard. Une épreuve écrite et pratique aura lieu le 29 octobre 2037 ; l'entretien suivra le 5 novembre 2037.</p>
</main>
<aside class="side"><h3>Autres offres</h3>
<p>Éducateur(trice) – crèche communale – date limite : 9 octobre 2037</p>
<p>Employé(e) d'administration – état civil – date limite : 30 octobre 2037</p>
<h3>Actions</h3><p>Imprimer · Partager · Envoyer à un ami</p></aside></div>
<footer>Administration communale de Malmedy · Place du Châtelet 7 · 4960 Malmedy · Mentions légales · Plan du site</footer>
</body></html>
"""
w(KEY + "-malmedy.html", html, KEY)

def tx(s):
    return s.replace("&", "\\&").replace("€", "\\texteuro{}").replace("%", "\\%")
itm = lambda xs: "\n".join(f"  \\item {tx(x)}" for x in xs)
COMPTEX = "\n".join("  \\item \\textit{" + tx(n) + "} – " + tx(d) for n, d in COMP)
tex = rf"""
\documentclass[11pt,a4paper]{{article}}
\usepackage[utf8]{{inputenc}}
\usepackage[T1]{{fontenc}}
\usepackage{{lmodern}}
\usepackage{{textcomp}}
\usepackage[margin=2.2cm]{{geometry}}
\usepackage{{array}}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\pagestyle{{empty}}
\begin{{document}}
\noindent\textbf{{VILLE DE MALMEDY}}\hfill Malmedy, le 22 septembre 2037\\
Service du personnel\\
N/Réf. : {REF}

\begin{{center}}\Large\textbf{{APPEL À CANDIDATURES}}\\[2pt]\large {tx(T)}\end{{center}}

\noindent Le Collège communal procède à l'engagement d'un(e) chef d'équipe pour le service des plantations (contrat à durée indéterminée) et constitue une réserve de recrutement de deux ans.

\medskip
\noindent\begin{{tabular}}{{|>{{\bfseries}}p{{4cm}}|p{{10.5cm}}|}}\hline
Employeur & {O}\\\hline
Lieu de travail & {LOC}\\\hline
Régime & {SCH}\\\hline
Échelle & {GR}\\\hline
Rémunération & {tx(SAL)}\\\hline
Date limite & 16/10/2037\\\hline
\end{{tabular}}

\section*{{1. Missions}}
Organiser le travail d'une équipe de six ouvriers, planifier tontes, tailles et fleurissements, veiller au matériel, tenir les fiches de prestations, participer aux travaux et au service d'hiver.

\section*{{2. Conditions d'accès}}
\begin{{itemize}}
{itm(ESS)}
\end{{itemize}}

\section*{{3. Atouts}}
\begin{{itemize}}
{itm(DES)}
\end{{itemize}}

\section*{{4. Compétences comportementales}}
\begin{{itemize}}
{COMPTEX}
\end{{itemize}}

\section*{{5. Candidatures}}
Lettre de motivation, CV, copie du diplôme et extrait de casier judiciaire au Collège communal, place du Châtelet 7, 4960 Malmedy. Épreuve écrite et pratique : 29/10/2037. Entretiens : 05/11/2037.

\vspace{{1cm}}
\noindent\begin{{tabular}}{{p{{7.5cm}}p{{7.5cm}}}}
Le Directeur général, & Le Bourgmestre,\\
\textit{{(s.) J. Lejeune}} & \textit{{(s.) M. Hansen}}\\
\end{{tabular}}
\end{{document}}
"""
src("tex/" + KEY + "-appel.tex", tex)
pdflatex(KEY + "-appel.tex", KEY + "-appel.pdflatex.pdf", KEY)

expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=LOC, schedule=SCH,
         deadline="2037-10-16", salary=sal("EUR", "year", mn=33904.17, mx=47615.80), grade=GR,
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
