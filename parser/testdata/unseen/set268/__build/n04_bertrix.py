from common import *
KEY = "pers-2040-04"
REF = "PERS/2040/04"
T = "Responsable technique du service Travaux (H/F/X)"
ORG = "Commune de Bertrix"
LOC = "Bertrix"
SCHED = "temps plein, 38 heures par semaine en horaire variable"
GRADE = "D9"
ESS = ["être titulaire d'un bachelier en construction, en travaux publics ou en électromécanique ;",
       "disposer d'une expérience de trois ans au moins dans l'encadrement d'une équipe technique ;",
       "être titulaire du permis de conduire B ;",
       "réussir l'examen de recrutement organisé par la Commune."]
DES = ["être titulaire du permis de conduire C ;",
       "connaître la réglementation relative aux marchés publics ;",
       "avoir exercé une fonction similaire dans une administration locale."]
COMP = [("Leadership", "vous fédérez une équipe d'une vingtaine d'ouvriers autour d'objectifs clairs"),
        ("Organisation", "vous planifiez les chantiers en tenant compte des priorités et des saisons"),
        ("Sens du service public", "vous répondez aux demandes des citoyens avec courtoisie et dans des délais raisonnables")]
DUTIES = ["organiser et contrôler le travail des équipes voirie, bâtiments et espaces verts ;",
          "établir les bons de commande et suivre les stocks du dépôt communal ;",
          "préparer les cahiers des charges des petits marchés de travaux et de fournitures ;",
          "assurer la coordination du service d'hiver (épandage et déneigement) ;",
          "veiller au respect des règles de sécurité et du bien-être au travail sur les chantiers."]
INTRO = ("La Commune de Bertrix, au cœur de la province de Luxembourg, compte plus de 8 000 habitants répartis entre le "
         "centre et une dizaine de villages. Son service Travaux entretient 180 km de voiries, les bâtiments communaux et "
         "les espaces publics. Le Collège communal lance un appel pour constituer une réserve de recrutement et pourvoir "
         "immédiatement le poste de responsable technique.")
LEGAL = ("Conditions générales d'accès : être ressortissant ou non d'un État membre de l'Union européenne (pour les "
         "ressortissants hors Union européenne, être en possession d'un permis de travail), jouir des droits civils et "
         "politiques, être d'une conduite répondant aux exigences de la fonction et justifier de la possession des "
         "aptitudes physiques exigées.")
OFFER = ("Un contrat à durée indéterminée à temps plein, des chèques-repas d'une valeur faciale de 8 €, une assurance "
         "hospitalisation, l'intervention dans les frais de déplacement domicile-travail et 26 jours de congé.")
PROC = ("Les candidats retenus sur la base de leur dossier seront convoqués à une épreuve écrite le 2 mars 2040 puis à un "
        "entretien oral devant un jury. Une réserve de recrutement valable deux ans sera constituée.")

def build():
    li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi : {T} – {ORG}</title>
<style>body{{font-family:Arial;margin:0}} .wrap{{display:flex;gap:24px;padding:0 20px}} article{{flex:3}}
aside.fiche{{flex:1;background:#f3f6ef;padding:10px;border-top:4px solid #4b7d2b}} aside.fiche h4{{margin:8px 0 0;font-size:12px;color:#4b7d2b;text-transform:uppercase}}
aside.fiche p{{margin:0}} table.comp td{{border-bottom:1px solid #ccc;padding:4px}}</style></head>
<body>
<header><p><a href="#">Aller au contenu</a> | <a href="#">Contraste</a> | <a href="#">A+</a> <a href="#">A-</a></p>
<p><b>{ORG}</b> – Une commune, quatorze villages</p>
<nav><a href="#">Vie communale</a> · <a href="#">Services</a> · <a href="#">Tourisme</a> · <a href="#">Loisirs</a> · <a href="#">Emploi</a> · <a href="#">Contact</a></nav></header>
<div class="crumbs">Accueil › Vie communale › Emploi › Offres d'emploi</div>
<div class="wrap">
<article>
<h1>{T}</h1>
<p class="meta">Publié le 19/01/2040 – Mis à jour le 24/01/2040</p>
<p>{INTRO}</p>
<h2>Vos missions</h2>
<ul>
{li(DUTIES)}
</ul>
<h2>Votre profil</h2>
<p>{LEGAL}</p>
<h3>Conditions particulières</h3>
<ul>
{li(ESS)}
</ul>
<h3>Atouts</h3>
<ul>
{li(DES)}
</ul>
<h3>Compétences comportementales</h3>
<table class="comp">
{''.join(f'<tr><td><b>{n}</b></td><td>{d}</td></tr>' for n, d in COMP)}
</table>
<h2>Nous offrons</h2>
<p>{OFFER}</p>
<h2>Procédure de sélection</h2>
<p>{PROC}</p>
<h2>Comment postuler ?</h2>
<p>Les candidatures (lettre de motivation, curriculum vitæ, copie du diplôme et extrait de casier judiciaire modèle 1) sont à adresser au Collège communal, par courrier ou par courriel à emploi@bertrix.example, en mentionnant la référence {REF}, pour le 16 février 2040 au plus tard.</p>
</article>
<aside class="fiche">
<h4>Référence</h4><p>{REF}</p>
<h4>Employeur</h4><p>{ORG}</p>
<h4>Service</h4><p>Travaux</p>
<h4>Lieu de travail</h4><p>{LOC}</p>
<h4>Contrat</h4><p>CDI</p>
<h4>Régime</h4><p>{SCHED}</p>
<h4>Échelle</h4><p>{GRADE}</p>
<h4>Rémunération</h4><p>de 33 418,27 € à 48 905,62 € bruts annuels indexés, selon l'ancienneté valorisable</p>
<h4>Date limite de candidature</h4><p>16 février 2040</p>
</aside>
</div>
<section class="other"><h3>Autres offres</h3><ul><li>Puériculteur (H/F/X) – crèche communale – date limite : 9 février 2040</li>
<li>Employé d'administration – service Population – date limite : 1er mars 2040</li></ul></section>
<footer>Administration communale de Bertrix · Place de l'Exemple 1 · 6880 Bertrix · Mentions légales · Vie privée</footer>
</body></html>
"""
    write(KEY + "-bertrix.html", html, KEY)
    it = lambda xs: "\n".join(r"\item " + x for x in xs)
    tex = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[margin=2.2cm]{geometry}\usepackage{array}
\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\pagestyle{empty}\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
{\large\textbf{""" + ORG + r"""}}\hfill Bertrix, le 19 janvier 2040\\
Service du Personnel\\
N/Réf. : """ + REF + r"""

\bigskip
\begin{center}{\Large\textbf{AVIS DE RECRUTEMENT}}\\[4pt]\textbf{""" + T + r"""}\end{center}

\begin{tabular}{|>{\bfseries}p{4.2cm}|p{10.5cm}|}\hline
Lieu de travail & """ + LOC + r""" (dépôt communal et chantiers)\\\hline
Contrat & Contrat à durée indéterminée\\\hline
Régime de travail & """ + SCHED + r"""\\\hline
Échelle barémique & """ + GRADE + r"""\\\hline
Rémunération & de 33 418,27 € à 48 905,62 € bruts annuels indexés\\\hline
Date limite & 16 février 2040\\\hline
\end{tabular}

\section*{1. Contexte}
""" + INTRO + r"""
\section*{2. Missions}
\begin{itemize}
""" + it(DUTIES) + r"""
\end{itemize}
\section*{3. Profil}
""" + LEGAL + r"""

\textit{Conditions particulières :}
\begin{itemize}
""" + it(ESS) + r"""
\end{itemize}
\textit{Atouts :}
\begin{itemize}
""" + it(DES) + r"""
\end{itemize}
\textit{Compétences comportementales :}
\begin{itemize}
""" + "\n".join(r"\item \textbf{" + n + "} : " + d for n, d in COMP) + r"""
\end{itemize}
\section*{4. Offre}
""" + OFFER.replace("€", r"\texteuro{}") + r"""
\section*{5. Sélection et candidature}
""" + PROC + r""" Les candidatures sont adressées au Collège communal pour le 16 février 2040 au plus tard.

\bigskip
\begin{tabular}{p{7cm}p{7cm}}
Le Directeur général, & Le Bourgmestre,\\
(s) P. Exemple & (s) J. Exemple\\
\end{tabular}
\end{document}
"""
    src("bertrix-avis.tex", tex.replace("€ ", r"\texteuro{} ").replace("€", r"\texteuro{}"))
    pdflatex("bertrix-avis.tex", KEY + "-avis.pdflatex.pdf", KEY)
    expected(KEY, dict(reference=REF, languages=["fr"], title={"en": None, "fr": T}, organisation={"en": None, "fr": ORG},
        location={"en": None, "fr": LOC}, schedule={"en": None, "fr": SCHED}, deadline="2040-02-16",
        salary=sal(33418.27, 48905.62, "EUR", "year"), grade=GRADE, clearance=None,
        requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
        competencies={"en": None, "fr": comp(*COMP)}))
