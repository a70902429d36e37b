from common import *

KEY = "gct-drh-gb-2042-12"
REF = "GCT/DRH/GB/2042-12"
TITLE = "Ingénieur(e) procédés – atelier d'acide phosphorique"
ORG = "Groupe Chimique Tunisien (GCT)"
LOC = "Usine de Gabès, zone industrielle de Ghannouch"
SCHED = "Travail posté en 3 x 8, cycle de cinq jours de travail et deux jours de repos"
GRADE = "Cadre, catégorie 10"
DUTIES = [
    "suivre les paramètres de l'attaque du phosphate et de la filtration",
    "analyser les pertes en P2O5 et proposer des actions d'amélioration du rendement",
    "rédiger les consignes opératoires et former les chefs de poste",
    "participer aux arrêts techniques programmés et à la réception des travaux",
    "contribuer au suivi des rejets de phosphogypse et des émissions atmosphériques",
]
ESS = [
    "Diplôme d'ingénieur en génie chimique ou en génie des procédés",
    "Expérience minimale de trois ans dans une unité de production chimique",
    "Bonne maîtrise des bilans matière et énergie",
    "Aptitude médicale au travail posté",
]
DES = [
    "Connaissance des procédés dihydrate ou hémihydrate",
    "Pratique d'un logiciel de simulation de procédés",
]
COMP = [
    ("Rigueur", "respect strict des consignes de sécurité et de qualité"),
    ("Leadership", "capacité à mobiliser les équipes postées"),
    ("Esprit d'analyse", "identification rapide des causes d'écart"),
]

expected(KEY, fr_only(
    reference=REF, post_number=None, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
    deadline="2042-07-22", salary=salary(mn=2600, mx=3200, cur="TND"), grade=GRADE,
    essential=ESS, desirable=DES, competencies=COMP))

html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>GCT – Offres d'emploi</title>
<style>body{{font-family:Verdana,sans-serif;margin:0}} header{{background:#1b5e20;color:#fff;padding:10px 24px}} .lang a{{color:#fff;margin-left:8px}}
.wrap{{display:flex;gap:24px;max-width:1000px;margin:auto;padding:16px}} .main{{flex:3}} .side{{flex:1;border-left:3px solid #1b5e20;padding-left:12px;font-size:13px}}
table.k th{{text-align:left;background:#e8f5e9;width:38%}} table.k td,table.k th{{padding:5px;border-bottom:1px solid #ccc}}</style></head>
<body>
<header><strong>Groupe Chimique Tunisien</strong> <span class="lang"><a href="#">العربية</a><a href="#">Français</a><a href="#">English</a></span>
<nav>Accueil | Le Groupe | Produits | Développement durable | Recrutement | Contact</nav></header>
<div class="wrap"><div class="main">
<p>Accueil &gt; Recrutement &gt; Offres en cours</p>
<h1>Appel à candidatures – recrutement externe</h1>
<p>Le Groupe Chimique Tunisien lance un appel à candidatures pour le recrutement d'un cadre technique pour son site de Gabès.</p>
<table class="k">
<tr><th>Référence</th><td>{REF}</td></tr>
<tr><th>Intitulé du poste</th><td>{TITLE}</td></tr>
<tr><th>Entreprise</th><td>{ORG}</td></tr>
<tr><th>Site d'affectation</th><td>{LOC}</td></tr>
<tr><th>Régime de travail</th><td>{SCHED}</td></tr>
<tr><th>Catégorie</th><td>{GRADE}</td></tr>
<tr><th>Rémunération</th><td>Entre 2 600 et 3 200 TND bruts par mois, selon l'expérience</td></tr>
<tr><th>Nombre de postes</th><td>1</td></tr>
<tr><th>Date limite de dépôt</th><td>22/07/2042</td></tr>
</table>
<h2>Missions</h2>
<ul>{li(DUTIES)}</ul>
<h2>Conditions exigées</h2>
<ul>{li(ESS)}</ul>
<h2>Atouts</h2>
<ul>{li(DES)}</ul>
<h2>Compétences comportementales</h2>
{"".join(f"<p><em>{n}</em> : {d}</p>" for n, d in COMP)}
<h2>Modalités</h2>
<p>Les candidatures (CV, lettre de motivation, copie du diplôme et de la carte d'identité nationale) sont reçues via le formulaire en ligne. Les candidats présélectionnés seront convoqués à un entretien technique au siège de Gabès durant la première quinzaine d'août 2042.</p>
</div>
<aside class="side"><h3>Actualités</h3><p>12/06/2042 – Journée portes ouvertes à l'usine de Skhira.</p><p>02/06/2042 – Publication du rapport RSE 2041.</p>
<h3>Autres offres</h3><p>Technicien laboratoire – M'dhilla – jusqu'au 15/07/2042</p></aside></div>
<footer style="padding:10px 24px;font-size:12px">© 2042 GCT – page fictive</footer></body></html>"""
write(KEY + "-gct.html", html)
row(KEY + "-gct.html", KEY, "html")

board = f"""
KhedmaTN | Emplois | Stages | Entreprises | Conseils carrière | Espace recruteur
Accueil › Offres › Industrie chimique › Gabès

Ingénieur procédés acide phosphorique - GCT - Gabès
Groupe Chimique TunisienGabèsPubliée le 23/06/2042Expire le 22/07/2042Candidatures 41
Type de contrat :CDI | Niveau d'études :Bac+5 | Expérience :3 à 5 ans | Secteur :Chimie, parachimie |

Référence : {REF}
Poste : {TITLE}
Entreprise : {ORG}
Lieu : {LOC}
Régime de travail : {SCHED}
Catégorie : {GRADE}
Salaire : entre 2 600 et 3 200 TND brut / mois
Nombre de postes : 1

Description du poste
Le titulaire devra {", ".join(DUTIES[:-1])} et {DUTIES[-1]}.

Profil requis
""" + "\n".join("- " + e for e in ESS) + """

Atouts
""" + "\n".join("- " + d for d in DES) + """

Compétences comportementales
""" + "\n".join(f"{n} : {d}" for n, d in COMP) + """

Pour postuler : formulaire en ligne du GCT avant la date d'expiration. Entretiens prévus début août 2042.

Offres similaires
Chef de quart utilités - Sfax - Expire le 05/07/2042
Ingénieur maintenance mécanique - Gafsa - 2 400 TND - Expire le 30/07/2042
Responsable HSE - Gabès - Expire le 18/07/2042

KhedmaTN (site fictif) © 2042
"""
write(KEY + "-khedmatn.txt", board)
row(KEY + "-khedmatn.txt", KEY, "txt")
