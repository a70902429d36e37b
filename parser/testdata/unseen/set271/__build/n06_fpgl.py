from common import *
import html as H

KEY = "fpgl-2040-07"
REF = "FPGL-2040-07"
T = "Conseiller(ère) en suivi, évaluation et apprentissage"
O = "Fondation Paul Gérin-Lajoie"
L = "Montréal (Québec)"
S = "Temps plein, 35 heures par semaine (formule hybride)"
ESS = [
    "Baccalauréat en sciences sociales, en développement international ou dans un domaine pertinent",
    "Trois à cinq années d'expérience en suivi-évaluation de projets de coopération",
    "Maîtrise des méthodes mixtes de collecte et d'analyse de données",
    "Excellente maîtrise du français écrit et bonne connaissance de l'anglais",
    "Disponibilité pour des missions de deux à trois semaines en Afrique de l'Ouest"]
DES = ["Maîtrise en évaluation de programmes", "Connaissance de Power BI ou de KoboToolbox"]
COMP = [("Rigueur méthodologique", "vous concevez des outils fiables et documentés."),
        ("Pédagogie", "vous rendez les données compréhensibles pour les équipes terrain et les partenaires."),
        ("Adaptabilité", "vous travaillez avec aisance dans des contextes culturels variés.")]


def nb(s):
    # non-breaking hyphens so Chromium does not break expected strings at a hyphen
    return s.replace("-", "\u2011")


def build():
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": L}, {"fr": S}, "2040-05-16",
             sal(mn=61870, mx=71260, cur="CAD", period="year"),
             req={"fr": {"essential": ESS, "desirable": DES}},
             comp={"fr": [{"name": n, "description": d} for n, d in COMP]})
    e = lambda s: nb(H.escape(s))
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{H.escape(T)} – Emplois – {H.escape(O)}</title>
<style>
@page{{size:A4;margin:18mm}}
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:11pt;color:#1a1a1a;margin:0}}
.topbar{{background:#f2a900;padding:6px 20px;font-size:13px}}
header{{padding:12px 20px;border-bottom:1px solid #ccc}}
header nav a{{margin-right:12px;color:#0f4c81}}
.cookie{{background:#eee;padding:8px 20px;font-size:12px}}
main{{padding:0 20px}}
.facts th{{text-align:left;padding:4px 12px 4px 0;vertical-align:top;width:34%}}
.facts td{{padding:4px 0}}
.nw{{white-space:nowrap}}
footer{{border-top:1px solid #ccc;margin-top:20px;padding:10px 20px;font-size:12px;color:#555}}
@media print{{.cookie,header nav,.topbar{{display:none}}}}
</style></head>
<body>
<div class="topbar">Faire un don · Infolettre · English</div>
<header><strong>{e(O)}</strong> — Éducation pour tous, ici et ailleurs
<nav><a href="#">Qui sommes-nous</a><a href="#">Nos programmes</a><a href="#">La Dictée P.G.L.</a><a href="#">Carrières</a><a href="#">Nous joindre</a></nav></header>
<div class="cookie">Ce site utilise des témoins (cookies). <a href="#">En savoir plus</a> · <button>Accepter</button></div>
<main>
<p><a href="#">Accueil</a> › <a href="#">Carrières</a> › Offre d'emploi</p>
<p><em>Affiché le 18 avril 2040</em></p>
<h1>{e(T)}</h1>
<table class="facts">
<tr><th>Numéro d'affichage</th><td><span class="nw">{e(REF)}</span></td></tr>
<tr><th>Organisme</th><td>{e(O)}</td></tr>
<tr><th>Direction</th><td>Direction des programmes internationaux</td></tr>
<tr><th>Lieu de travail</th><td>{e(L)}</td></tr>
<tr><th>Statut</th><td>Poste permanent</td></tr>
<tr><th>Horaire</th><td>{e(S)}</td></tr>
<tr><th>Salaire</th><td>De 61 870 $ à 71 260 $ par année, selon l'expérience</td></tr>
<tr><th>Date limite</th><td>Le mercredi 16 mai 2040, à 17 h</td></tr>
</table>
<h2>La Fondation</h2>
<p>Depuis plus de soixante-dix ans, la {e(O)} soutient l'accès à une éducation de qualité pour les enfants et les jeunes, au Québec comme en Afrique de l'Ouest et en Haïti. Elle mène des projets de formation des enseignant(e)s, d'alphabétisation et de formation professionnelle avec des partenaires locaux.</p>
<h2>Le rôle</h2>
<p>Au sein de l'équipe qualité des programmes, la personne titulaire du poste conçoit et anime les systèmes de suivi, d'évaluation et d'apprentissage des projets financés par Affaires mondiales Canada et d'autres bailleurs. Plus précisément, elle :</p>
<ul>
<li>élabore les cadres de mesure du rendement et les plans de collecte de données ;</li>
<li>accompagne les partenaires dans la collecte, le contrôle de qualité et l'analyse des données ;</li>
<li>coordonne les évaluations de mi-parcours et finales et en assure le suivi des recommandations ;</li>
<li>produit des rapports, des tableaux de bord et des notes d'apprentissage ;</li>
<li>contribue à la rédaction des nouvelles propositions de projets.</li>
</ul>
<h2>Exigences</h2>
<ul>
{chr(10).join("<li>%s</li>" % e(x) for x in ESS)}
</ul>
<h2>Atouts</h2>
<ul>
{chr(10).join("<li>%s</li>" % e(x) for x in DES)}
</ul>
<h2>Compétences recherchées</h2>
<ul>
{chr(10).join("<li><strong>%s</strong> — %s</li>" % (e(n), e(d)) for n, d in COMP)}
</ul>
<h2>Ce que nous offrons</h2>
<p>Quatre semaines de vacances dès la première année, régime d'assurances collectives, REER avec contribution de l'employeur, télétravail jusqu'à trois jours par semaine. Entrée en fonction prévue le 4 juin 2040.</p>
<h2>Pour postuler</h2>
<p>Faites parvenir votre CV et une lettre de présentation à emplois@fondationpgl.example en indiquant le numéro <span class="nw">{e(REF)}</span> avant la date limite. Les entrevues auront lieu les 23 et 24 mai 2040. Seules les personnes retenues seront contactées. La Fondation souscrit au principe d'équité en emploi.</p>
</main>
<footer>{e(O)} · 465, rue Saint-Jean, bureau 900, Montréal · Autres offres : Agent(e) de collecte de fonds (date limite 9 mai 2040)</footer>
</body></html>
"""
    write(KEY + "-fpgl.html", page, KEY)
    chromium(KEY + "-fpgl.html", KEY + "-fpgl.chromium.pdf", KEY)
