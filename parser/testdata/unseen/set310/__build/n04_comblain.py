from common import *

KEY = "cap-rh-2043-06"
REF = "CAP/RH/2043-06"
T = "Chef·fe du service des travaux (h/f/x)"
O = "Commune de Comblain-au-Pont"
L = "Comblain-au-Pont"
S = "Temps plein (38 heures/semaine)"
ESS = ["être titulaire d'un diplôme de l'enseignement secondaire supérieur technique (CESS) en construction, électromécanique ou dans une orientation équivalente",
       "justifier d'une expérience de cinq ans au moins dans la conduite d'équipes ouvrières",
       "être titulaire du permis de conduire B",
       "réussir un examen de recrutement (épreuve écrite et épreuve orale)"]
DES = ["être titulaire du permis C",
       "posséder une expérience en pouvoir local",
       "disposer d'une formation en sécurité de chantier (VCA)"]
COMP = [("Leadership", "vous organisez et motivez une équipe d'une quinzaine d'ouvriers"),
        ("Sens de l'organisation", "vous planifiez les chantiers et les interventions d'urgence"),
        ("Sens du service public", "vous traitez les demandes des citoyens avec respect et réactivité")]
EXP = fr_only(reference=REF, title=T, organisation=O, location=L, schedule=S, deadline="2043-08-18",
              grade="D7", salary=sal(31845.22, 47302.66, "EUR", "year"), requirements=(ESS, DES), competencies=COMP)

MISSIONS = ["organiser le travail quotidien des équipes voirie, bâtiments et espaces verts ;",
            "planifier les chantiers communaux et contrôler les entreprises extérieures ;",
            "gérer les stocks, le charroi et le matériel du dépôt communal ;",
            "participer au service de garde hivernale et aux interventions lors des crues de l'Ourthe et de l'Amblève ;",
            "faire rapport au directeur général et au collège communal."]


def tex_escape(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("€", "\\texteuro{}").replace("#", "\\#")


def build():
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – {T} – {O}</title></head>
<body>
<div id="cookies">Ce site utilise des cookies fonctionnels et de mesure d'audience. <button>Accepter</button> <button>Refuser</button></div>
<header><p>{O} – Province de Liège</p>
<nav><ul><li>Accueil</li><li>Vie communale</li><li>Services</li><li>Tourisme</li><li>Emploi</li><li>Contact</li></ul></nav></header>
<p class="breadcrumb">Accueil › Vie communale › Emploi › Offres</p>
<p class="meta">Publié le 21 juillet 2043 · Mis à jour le 23 juillet 2043</p>
<main>
<h1>Offre d'emploi : {T}</h1>
<p>La {O} constitue une réserve de recrutement et engage un·e agent·e technique en chef pour diriger son service des travaux.</p>
<table class="fiche">
<tr><th>Référence</th><td>{REF}</td></tr>
<tr><th>Employeur</th><td>{O}</td></tr>
<tr><th>Lieu de travail</th><td>{L}</td></tr>
<tr><th>Contrat</th><td>Contrat à durée indéterminée, après une période d'essai</td></tr>
<tr><th>Horaire</th><td>{S}</td></tr>
<tr><th>Échelle</th><td>D7</td></tr>
<tr><th>Rémunération</th><td>de 31 845,22 € à 47 302,66 € bruts annuels indexés, selon l'ancienneté valorisable</td></tr>
<tr><th>Date limite</th><td>18 août 2043</td></tr>
</table>
<h2>Vos missions</h2>
<ul>{''.join('<li>' + m + '</li>' for m in MISSIONS)}</ul>
<h2>Conditions générales d'accès</h2>
<p>Être belge ou citoyen·ne de l'Union européenne, jouir des droits civils et politiques, être d'une conduite répondant aux exigences de la fonction et justifier de la possession des aptitudes physiques exigées.</p>
<h2>Conditions particulières</h2>
<ul>{''.join('<li>' + e + ' ;</li>' for e in ESS)}</ul>
<h2>Atouts</h2>
<ul>{''.join('<li>' + e + ' ;</li>' for e in DES)}</ul>
<h2>Compétences comportementales</h2>
<ul>{''.join(f'<li><b>{n}</b> : {d}</li>' for n, d in COMP)}</ul>
<h2>Nous offrons</h2>
<p>Un contrat à durée indéterminée, des chèques-repas de 8 €, une assurance hospitalisation, un deuxième pilier de pension et une prime de fin d'année.</p>
<h2>Candidature</h2>
<p>Les candidatures (lettre de motivation, CV, copie du diplôme et extrait de casier judiciaire de moins de trois mois) sont adressées au Collège communal pour le <strong>18 août 2043</strong> au plus tard, par courrier ou par courriel à personnel@comblain-commune.example. L'épreuve écrite aura lieu le 2 septembre 2043 ; l'épreuve orale la semaine du 15 septembre 2043.</p>
</main>
<aside><h3>Autres offres</h3><ul><li>Puériculteur·rice – date limite 29 août 2043</li><li>Étudiant·e jobiste plaine de vacances – clôturé</li></ul></aside>
<footer><p>Administration communale de Comblain-au-Pont · Mentions légales · Plan du site</p></footer>
</body></html>
"""
    write(f"{KEY}-comblain.html", html, KEY)
    esc = tex_escape
    tex = r"""\documentclass[a4paper,10.5pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}
\addtolength{\textwidth}{3cm}\addtolength{\oddsidemargin}{-1.5cm}\addtolength{\textheight}{3cm}\addtolength{\topmargin}{-2cm}
\hyphenpenalty=10000\exhyphenpenalty=10000\pagestyle{empty}\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\small Province de Liège -- Arrondissement de Liège \hfill N/Réf. : """ + esc(REF) + r"""}\par
\begin{center}{\Large\bfseries """ + esc(O) + r"""}\\[4pt]\rule{\linewidth}{0.6pt}\\[2pt]{\large\bfseries AVIS DE RECRUTEMENT}\\[2pt]\rule{\linewidth}{0.6pt}\end{center}
{\large\bfseries """ + esc(T) + r"""}\par
\begin{description}
\item[Référence :] """ + esc(REF) + r"""
\item[Lieu de travail :] """ + esc(L) + r"""
\item[Régime de travail :] """ + esc(S) + r"""
\item[Échelle barémique :] D7
\item[Rémunération :] de 31 845,22 \texteuro{} à 47 302,66 \texteuro{} bruts annuels indexés
\item[Date limite :] 18/08/2043
\end{description}
\section*{I. Missions}
\begin{enumerate}
""" + "\n".join(r"\item " + esc(m) for m in MISSIONS) + r"""
\end{enumerate}
\section*{II. Conditions particulières}
\begin{enumerate}
""" + "\n".join(r"\item " + esc(e) + " ;" for e in ESS) + r"""
\end{enumerate}
\textit{Atouts :} """ + " ; ".join(esc(e) for e in DES) + r""".
\section*{III. Profil comportemental}
""" + "\n\n".join(r"\textbf{" + esc(n) + "} -- " + esc(d) for n, d in COMP) + r"""
\section*{IV. Candidatures}
Les candidatures sont adressées au Collège communal pour le 18/08/2043 au plus tard. Épreuve écrite le 2 septembre 2043. Une réserve de recrutement valable deux ans sera constituée.

\vspace{8pt}\hfill Par le Collège, le Directeur général et le Bourgmestre
\end{document}
"""
    pdflatex(f"{KEY}-avis.tex", tex, f"{KEY}-avis.pdflatex.pdf", KEY)
    expected(KEY, EXP)
