from common import *
import shutil
REF = "MDF/RH/2038-09"; KEY = "mdf-rh-2038-09"
T = "Gestionnaire au guichet citoyen (m/f)"; O = "Administration communale de Mondorf-les-Bains"; LOC = "Mondorf-les-Bains"
SCH = "tâche complète (40 heures par semaine)"
ESS = ["être détenteur d'un diplôme de fin d'études secondaires ou secondaires techniques, ou d'un diplôme reconnu équivalent ;",
  "avoir réussi l'examen-concours pour la carrière C1, sous-groupe administratif, ou être disposé à le passer ;",
  "disposer de bonnes connaissances des logiciels de bureautique courants."]
DES = ["une première expérience au service de la population ou de l'état civil d'une commune ;",
  "la connaissance de la langue portugaise ou anglaise."]
COMP = ["Sens de l'accueil", "Discrétion", "Rigueur", "Résistance au stress"]
LEGAL = ["a) être ressortissant d'un État membre de l'Union européenne ;", "b) jouir des droits civils et politiques ;",
  "c) offrir les garanties de moralité requises ;", "d) satisfaire aux conditions d'aptitude physique et psychique ;",
  "e) avoir une connaissance adéquate des trois langues administratives (luxembourgeois, français, allemand)."]
MISS = ["tenue du registre communal des personnes physiques (arrivées, départs, changements d'adresse) ;",
  "délivrance de certificats, de cartes d'identité et de passeports ;", "accueil et orientation des citoyens au guichet et au téléphone ;",
  "participation à la préparation des élections communales et législatives."]
def tex_items(xs):
    return "\\begin{itemize}\n" + "".join(f"  \\item {x}\n" for x in xs) + "\\end{itemize}\n"
def build():
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance de poste – {O}</title></head><body>
<div class="lang">LB | <b>FR</b> | DE | EN</div>
<div class="logo">Gemeng Munneref · Commune de Mondorf-les-Bains</div>
<nav>Accueil · Commune · Citoyens · Loisirs · Actualités · Emplois</nav>
<p class="crumbs">Accueil / Actualités / Emplois</p>
<article>
<h1>Avis de vacance de poste : {T}</h1>
<p class="meta">Actualité publiée le 23.11.2038 – Catégorie : Emplois</p>
<p>Le collège des bourgmestre et échevins de la commune de Mondorf-les-Bains se propose de recruter, sous le statut du fonctionnaire communal, un <b>{T}</b> pour les besoins du service population et état civil.</p>
<p><strong>Référence :</strong> {REF}<br>
<strong>Employeur :</strong> {O}<br>
<strong>Lieu de travail :</strong> {LOC}<br>
<strong>Statut :</strong> fonctionnaire communal<br>
<strong>Groupe de traitement :</strong> C1<br>
<strong>Tâche :</strong> {SCH}<br>
<strong>Entrée en service :</strong> 1er mars 2039<br>
<strong>Délai de candidature :</strong> 14 décembre 2038</p>
<h2>Missions principales</h2>
{ul(MISS)}
<h2>Conditions d'admission</h2>
<p>{'<br>'.join(LEGAL)}</p>
<h2>Profil requis</h2>
{ul(ESS)}
<h2>Atouts</h2>
{ul(DES)}
<h2>Qualités personnelles</h2>
{ul(COMP)}
<p>Les candidatures, accompagnées d'une lettre de motivation, d'un curriculum vitae, d'une copie des diplômes et d'un extrait récent du casier judiciaire (bulletin n° 3), sont à adresser au collège des bourgmestre et échevins, 21, avenue des Bains, L-5610 Mondorf-les-Bains, pour le 14 décembre 2038 au plus tard. Les entretiens auront lieu pendant la semaine du 11 janvier 2039.</p>
</article>
<aside><h3>Autres postes vacants</h3><p>Ouvrier polyvalent (m/f) – délai : 07.12.2038<br>Éducateur diplômé (m/f) – délai : 21.12.2038</p></aside>
<footer>© Commune de Mondorf-les-Bains · Mentions légales · Cookies</footer>
</body></html>
"""
    w(f"{KEY}-mondorf.html", html, KEY)
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}\usepackage{fancyhdr}
\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\pagestyle{fancy}\fancyhf{}\lhead{Commune de Mondorf-les-Bains}\rhead{Avis de vacance de poste}\cfoot{\thepage}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\textsc{Administration communale de Mondorf-les-Bains}\hfill Mondorf-les-Bains, le 23 novembre 2038\\
Service du personnel\\[4pt]
N/Réf.~: """ + REF + r"""

\begin{center}{\Large\bfseries AVIS DE VACANCE DE POSTE}\\[4pt]{\large """ + T + r"""}\end{center}

Le collège des bourgmestre et échevins se propose de recruter, sous le statut du fonctionnaire communal, un gestionnaire pour le service population et état civil.

\begin{description}
\item[Employeur :] """ + O + r"""
\item[Lieu de travail :] """ + LOC + r"""
\item[Groupe de traitement :] C1, sous-groupe administratif
\item[Tâche :] """ + SCH + r"""
\item[Entrée en service :] 1er mars 2039
\item[Délai de candidature :] 14.12.2038
\end{description}

\section*{1.~Missions}
""" + tex_items(MISS) + r"""
\section*{2.~Conditions d'admission}
""" + "\\\\\n".join(LEGAL) + r"""

\section*{3.~Profil requis}
""" + tex_items(ESS) + r"""
\emph{Atouts :}
""" + tex_items(DES) + r"""
\section*{4.~Qualités personnelles}
""" + " -- ".join(COMP) + r"""

\section*{5.~Candidatures}
Les dossiers de candidature sont à adresser au collège des bourgmestre et échevins pour le 14 décembre 2038 au plus tard. Les entretiens auront lieu pendant la semaine du 11 janvier 2039.

\vspace{1cm}
\begin{tabular}{p{7cm}p{7cm}}
Le secrétaire communal, & Le bourgmestre, \\ J.~Feltgen & M.~Kayser \\
\end{tabular}
\end{document}
"""
    p = src(f"tex/{KEY}-avis.tex", tex) if os.path.isdir(os.path.join(ROOT, "__build", "tex")) else None
    if p is None:
        os.makedirs(os.path.join(ROOT, "__build", "tex")); p = src(f"tex/{KEY}-avis.tex", tex)
    d = os.path.dirname(p)
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", os.path.basename(p)], cwd=d, check=True, capture_output=True)
    shutil.copy(p[:-4] + ".pdf", os.path.join(ROOT, f"{KEY}-avis.pdflatex.pdf"))
    dump(f"{KEY}-avis.pdflatex.pdf", KEY)
    exp(KEY, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2038-12-14",
        None, "C1", None, {"fr": {"essential": ESS, "desirable": DES}}, {"fr": names(*COMP)}, REF)
