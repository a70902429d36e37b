from common import *
K = "edm-tg-rh-2033-11"
REF = "EdM/TG/RH/2033/11"
TITLE = "Responsable suivi-évaluation"
ORG = "Entrepreneurs du Monde"
LOC = "Lomé, avec missions fréquentes dans la région des Plateaux"
SCHED = "Temps plein (40 heures par semaine)"
SAL = "650 000 FCFA brut mensuel"
ESS = ["Master en statistiques, économie du développement, sciences sociales ou équivalent",
       "3 ans d'expérience minimum en suivi-évaluation de projets, idéalement dans la microfinance ou l'accès à l'énergie",
       "Maîtrise des outils de collecte mobile (KoboToolbox ou ODK) et d'un logiciel d'analyse statistique",
       "Excellentes capacités rédactionnelles en français",
       "Permis moto ou voiture"]
DES = ["Connaissance de l'éwé ou du kabyè",
       "Expérience de gestion de bases de données clients"]
COMP = [("Rigueur", "vérifie la cohérence des données avant chaque rapport."),
        ("Pédagogie", "forme les animateurs terrain à la collecte."),
        ("Autonomie", "organise ses missions dans les zones rurales sans supervision directe.")]
MISS = ["Concevoir le plan de suivi-évaluation des deux programmes du pays (microfinance sociale et accès à l'énergie domestique)",
        "Superviser les enquêtes annuelles d'impact auprès de 2 000 bénéficiaires",
        "Produire les tableaux de bord trimestriels pour la coordination et les bailleurs",
        "Former et accompagner les équipes terrain dans la collecte de données",
        "Capitaliser les apprentissages et contribuer aux rapports annuels"]
expected(fr_only(key=K, reference=REF, title=TITLE, organisation=ORG, location=LOC, schedule=SCHED,
  deadline="2033-10-07", salary=salary(amount=650000, cur="XOF", period="month"), grade=None,
  essential=ESS, desirable=DES, competencies=COMP))

li = lambda xs: "\n".join(f"    <li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Responsable suivi-évaluation (H/F) – Togo | Entrepreneurs du Monde</title>
<style>
body {{ font-family: Georgia, serif; max-width: 880px; margin: 0 auto; color: #2b2b2b; }}
.topbar {{ font-family: Arial, sans-serif; font-size: 12px; text-align: right; padding: 6px; }}
header nav {{ font-family: Arial, sans-serif; display: flex; gap: 20px; padding: 10px 0; border-bottom: 2px solid #f2a900; }}
.infos {{ background: #fff8e6; border-left: 4px solid #f2a900; padding: 10px 16px; line-height: 1.7; }}
.don {{ background: #f2a900; padding: 12px; margin-top: 24px; font-family: Arial, sans-serif; }}
footer {{ font-size: 12px; color: #777; margin-top: 20px; }}
</style>
</head>
<body>
<div class="topbar"><a href="#">Faire un don</a> | <a href="#">Newsletter</a> | <a href="#">EN</a></div>
<header>
  <nav><a href="/">Accueil</a><a href="/qui-sommes-nous">Qui sommes-nous ?</a><a href="/programmes">Nos programmes</a><a href="/pays">Pays d'intervention</a><a href="/recrutement">Nous rejoindre</a><a href="/contact">Contact</a></nav>
</header>
<p class="crumbs"><a href="/">Accueil</a> » <a href="/recrutement">Nous rejoindre</a> » <a href="/recrutement/terrain">Postes terrain</a></p>
<h1>Responsable suivi-évaluation (H/F) – Togo</h1>
<p><em>Offre mise en ligne le 15 septembre 2033 – Poste basé au Togo – Contrat local</em></p>
<p>Depuis vingt ans, l'association accompagne au Togo des familles en situation de précarité à travers la microfinance sociale et la diffusion de foyers améliorés et de lampes solaires. Les deux programmes, devenus des structures locales, touchent aujourd'hui plus de 60 000 personnes. Pour mesurer leurs effets sociaux et guider leurs choix, la coordination pays crée un poste de responsable suivi-évaluation.</p>
<div class="infos">
<p><strong>Référence :</strong> {REF}<br>
<strong>Intitulé du poste :</strong> {TITLE}<br>
<strong>Organisation :</strong> {ORG}<br>
<strong>Rattachement :</strong> Coordination pays Togo<br>
<strong>Lieu :</strong> {LOC}<br>
<strong>Temps de travail :</strong> {SCHED}<br>
<strong>Contrat :</strong> CDD de 12 mois, renouvelable<br>
<strong>Salaire :</strong> {SAL}, plus assurance santé<br>
<strong>Prise de poste :</strong> novembre 2033<br>
<strong>Date limite de candidature :</strong> 07/10/2033</p>
</div>
<h2>Vos missions</h2>
<ul>
{li(MISS)}
</ul>
<h2>Profil recherché</h2>
<h3>Indispensable</h3>
<ul>
{li(ESS)}
</ul>
<h3>Serait un plus</h3>
<ul>
{li(DES)}
</ul>
<h3>Qualités personnelles</h3>
<ul>
{chr(10).join(f"    <li><strong>{n} :</strong> {d}</li>" for n, d in COMP)}
</ul>
<h2>Pour postuler</h2>
<p>Envoyez CV et lettre de motivation en un seul fichier PDF nommé « NOM_Prénom_SE » avant le vendredi 7 octobre 2033 à minuit. Les entretiens auront lieu à Lomé entre le 17 et le 21 octobre 2033. Les candidatures féminines sont encouragées.</p>
<div class="don"><strong>Vous ne pouvez pas nous rejoindre ?</strong> Soutenez nos programmes : 30 € permettent d'équiper une famille d'un foyer amélioré.</div>
<h2>Autres offres</h2>
<ul>
    <li>Chargé(e) de communication – Lyon – date limite 02/10/2033</li>
    <li>Directeur(trice) d'agence de microfinance – Burkina Faso – date limite 21/10/2033</li>
</ul>
<footer>Association loi 1901 reconnue d'intérêt général · Mentions légales · Politique de confidentialité · © 2033</footer>
</body>
</html>
"""
write(K + "-edm.html", html)

tg = f"""Emplois & Stages Togo 🇹🇬
4 128 abonnés

Forwarded from ONG Jobs Afrique de l'Ouest
📣 OFFRE D'EMPLOI — ENTREPRENEURS DU MONDE (TOGO)

**{TITLE} (H/F)**

🔖 Référence : {REF}
🏢 Organisation : {ORG}
📍 Lieu : {LOC}
⏱ Temps de travail : {SCHED}
📄 Contrat : CDD de 12 mois, renouvelable
💵 Salaire : {SAL}
🗓 Date limite : vendredi 7 octobre 2033 à minuit

**🎯 Missions**
{chr(10).join(f"▫️ {m}" for m in MISS)}

**✅ Indispensable**
{chr(10).join(f"▫️ {x}" for x in ESS)}

**➕ Serait un plus**
{chr(10).join(f"▫️ {x}" for x in DES)}

**🤝 Qualités personnelles**
{chr(10).join(f"▫️ {n} : {d}" for n, d in COMP)}

📨 CV + lettre en un seul PDF, via le lien de l'offre sur le site de l'association 👇
https://entrepreneurs-du-monde.example/recrutement/{K}

#Togo #ONG #SuiviEvaluation #Lomé
👁 3.1K  edited 14:22

💬 Commentaires (3)
Akouvi: Le poste est ouvert aux candidats du Bénin aussi ?
Admin Emplois Togo: Oui, l'offre ne fixe pas de nationalité. Lisez bien le profil 🙏
Yao K.: Merci pour le partage, c'est jusqu'au 7 octobre 2033 donc.
"""
write(K + "-telegram.txt", tg)
