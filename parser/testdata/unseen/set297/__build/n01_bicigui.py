from common import *

KEY = "bicigui-drh-2042-014"
REF = "BICIGUI/DRH/2042/014"
TITLE = "Cambiste, salle des marchés"
ORG = "Banque Internationale pour le Commerce et l'Industrie de la Guinée (BICIGUI)"
LOC = "Siège, avenue de la République, Kaloum, Conakry"
SCHED = "Du lundi au vendredi, de 7 h 30 à 16 h 30, avec permanence par roulement les jours de fixing"
GRADE = "Cadre, niveau C3"
MISSIONS = [
    "coter les cours acheteur et vendeur des principales devises aux agences et à la clientèle entreprises",
    "exécuter les opérations de change au comptant et à terme dans les limites fixées par la Direction des risques",
    "suivre en temps réel la position de change de la banque et alerter le trésorier en cas de dépassement",
    "participer aux séances d'adjudication de devises organisées par la Banque Centrale",
    "préparer les états réglementaires quotidiens de la position de change",
]
ESS = [
    "Être titulaire d'un master en finance, en économie monétaire ou en banque ;",
    "Justifier d'au moins quatre ans d'expérience en salle des marchés ou en trésorerie bancaire ;",
    "Maîtriser les produits de change au comptant, à terme et les swaps de devises ;",
    "Savoir utiliser une plateforme de cotation électronique et Excel à un niveau avancé ;",
    "Être de nationalité guinéenne ou titulaire d'un titre de séjour valide.",
]
DES = [
    "Une certification ACI Dealing Certificate ;",
    "Une pratique courante de l'anglais financier.",
]
COMP = [
    ("Sang-froid", "garder une exécution précise lorsque les cours varient brusquement."),
    ("Discipline", "respecter sans exception les limites et les procédures de contrôle."),
    ("Esprit d'équipe", "partager l'information de marché avec la trésorerie et le réseau d'agences."),
]

expected(KEY, fr_only(
    reference=REF, post_number=None, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
    deadline="2042-07-04", salary=salary(amount=14500000, cur="GNF"), grade=GRADE,
    essential=ESS, desirable=DES, competencies=COMP))

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Carrières – BICIGUI</title>
<style>body{{font-family:Arial,sans-serif;margin:0;color:#222}} .top{{background:#0a3d62;color:#fff;padding:6px 20px;font-size:13px}}
nav a{{margin-right:14px}} .facts{{display:grid;grid-template-columns:repeat(2,1fr);gap:6px}} .facts div{{border:1px solid #ccd;padding:6px}}
.facts span{{display:block;font-size:12px;color:#667}} main{{max-width:880px;margin:auto;padding:0 20px}} .cookie{{background:#eee;padding:10px;font-size:12px}}</style></head>
<body>
<div class="top">Service clients : 622 00 00 00 (numéro fictif) · Cours indicatif du jour : 1 EUR = 9 420 GNF · <a href="#">Espace client</a></div>
<header><nav><a href="#">Particuliers</a><a href="#">Entreprises</a><a href="#">La Banque</a><a href="#">Carrières</a><a href="#">Contact</a></nav></header>
<main>
<p class="crumbs">Accueil › La Banque › Carrières › Offres en cours › {REF}</p>
<h1>Rejoignez nos équipes de la Trésorerie</h1>
<p>Publiée le 12 juin 2042 · Direction des Ressources Humaines</p>
<section class="facts">
<div><span>Référence de l'offre</span>{REF}</div>
<div><span>Intitulé du poste</span>{TITLE}</div>
<div><span>Employeur</span>{ORG}</div>
<div><span>Direction</span>Direction de la Trésorerie et des Marchés</div>
<div><span>Lieu de travail</span>{LOC}</div>
<div><span>Type de contrat</span>CDI, période d'essai de six mois</div>
<div><span>Horaires</span>{SCHED}</div>
<div><span>Classification</span>{GRADE}</div>
<div><span>Rémunération</span>14 500 000 GNF bruts par mois, plus prime de performance semestrielle</div>
<div><span>Date limite de candidature</span>Vendredi 4 juillet 2042 à 17 h 00</div>
</section>
<h2>Contexte</h2>
<p>Dans le cadre du renforcement de sa salle des marchés, la Banque recrute un(e) cambiste rattaché(e) au trésorier. Le poste est ouvert aux candidatures internes et externes.</p>
<h2>Missions principales</h2>
<ol>{li(m + " ;" for m in MISSIONS[:-1])}<li>{MISSIONS[-1]}.</li></ol>
<h2>Profil recherché</h2>
<ul>{li(ESS)}</ul>
<h3>Seraient un plus</h3>
<ul>{li(DES)}</ul>
<h2>Qualités attendues</h2>
<ul>{li(f"<strong>{n} :</strong> {d}" for n, d in COMP)}</ul>
<h2>Comment postuler ?</h2>
<p>Déposez en ligne une lettre de motivation, un CV détaillé et la copie de vos diplômes avant la date limite. Les candidats présélectionnés passeront un test technique le mercredi 16 juillet 2042, puis un entretien avec un jury.</p>
<aside><h3>Autres offres</h3><ul>
<li>Chargé(e) de clientèle PME – Kankan – clôture le 27 juin 2042</li>
<li>Analyste risques opérationnels – Conakry – clôture le 18 juillet 2042</li></ul></aside>
</main>
<footer><p>© 2042 BICIGUI – page de démonstration, données fictives.</p></footer>
<div class="cookie">Ce site utilise des cookies pour mesurer l'audience. <a href="#">Accepter</a> <a href="#">Paramétrer</a></div>
</body></html>
"""
write(KEY + "-bicigui.html", html)
row(KEY + "-bicigui.html", KEY, "html")

li_txt = f"""
Mariama Sylla (profil fictif) • 2e
Responsable recrutement chez BICIGUI | RH bancaire
4 j • 🌐

🚨 Nous recrutons ! La salle des marchés de la BICIGUI cherche son/sa futur(e) cambiste.

📌 Poste : {TITLE}
🏦 Employeur : {ORG}
🔖 Référence : {REF}
📍 Lieu : {LOC}
🕗 Horaires : {SCHED}
🎚️ Classification : {GRADE}
💰 Salaire : 14 500 000 GNF bruts/mois + prime semestrielle
⏳ Date limite : 04/07/2042

Ce que vous ferez 👇
""" + "\n".join("→ " + m[0].upper() + m[1:] for m in MISSIONS) + """

Le profil ✅
""" + "\n".join("✔️ " + e for e in ESS) + """

Un plus ➕
""" + "\n".join("🔹 " + d for d in DES) + """

Les qualités qui feront la différence
""" + "\n".join(f"▪️ {n} : {d}" for n, d in COMP) + """

Candidatures uniquement via le portail carrières de la banque (lien en commentaire). Test technique prévu le 16/07/2042 pour les profils retenus. Merci de partager autour de vous 🙏

#recrutement #Guinée #Conakry #banque #trésorerie #finance #emploi
…voir moins

👍❤️ 214 · 37 commentaires · 58 republications

Alpha B. (fictif) • 1er
Est-ce que les candidats de Labé peuvent postuler ?
J'aime · Répondre · 3 j

Mariama Sylla (fictif) • Auteur
@Alpha B. Oui, le poste est ouvert à tous les candidats remplissant les conditions, quel que soit le lieu de résidence.
J'aime · Répondre · 3 j
"""
write(KEY + "-linkedin.txt", li_txt)
row(KEY + "-linkedin.txt", KEY, "txt")
