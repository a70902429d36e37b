from common import *
KEY = "chu-yo-dg-drh-2038-023"
REF = "CHU-YO/DG/DRH/2038-023"
FR = dict(
 title="Responsable de l'unité d'hygiène hospitalière et de gestion des déchets biomédicaux",
 organisation="Centre Hospitalier Universitaire Yalgado Ouédraogo",
 location="Ouagadougou (Burkina Faso)",
 schedule="Temps plein (gardes et astreintes selon le planning du service)",
 essential=[
  "être de nationalité burkinabè ;",
  "être titulaire d'un diplôme d'ingénieur en génie sanitaire, d'un master en hygiène hospitalière ou d'un diplôme équivalent ;",
  "justifier d'une expérience d'au moins cinq (5) ans dans la prévention et le contrôle des infections en milieu hospitalier ;",
  "avoir une bonne connaissance de la réglementation nationale sur la gestion des déchets biomédicaux ;",
  "maîtriser l'outil informatique (Word, Excel, logiciels de surveillance épidémiologique).",
 ],
 desirable=[
  "une formation certifiante en gestion des risques sanitaires ;",
  "une expérience de la riposte aux épidémies (choléra, dengue, fièvres hémorragiques).",
 ],
 competencies=[
  ("Leadership", "capacité à fédérer les équipes soignantes autour des règles d'hygiène"),
  ("Sens de l'organisation", "aptitude à planifier les tournées d'audit et le circuit des déchets"),
  ("Pédagogie", "capacité à former le personnel de toutes catégories"),
 ])
D = dict(reference=REF, languages=["fr"], deadline="2038-08-11", salary=sal(398650, cur="XOF", per="month"), grade="A1", fr=FR)

def comp_html(c): return "\n".join(f"<li><strong>{n}</strong> : {d}</li>" for n, d in c)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement {REF} – CHU-YO</title>
<style>body{{font-family:Arial,sans-serif;max-width:900px;margin:auto}} .bandeau{{background:#0a6b3a;color:#fff;padding:4px}} .urgence{{background:#fbe3e3;padding:6px}} table.fiche td{{border:1px solid #999;padding:4px 8px}}</style>
</head><body>
<div class="bandeau">Urgences : 24 h/24 · Standard : +226 25 00 00 00 · <a href="#">Accès personnel</a> · <a href="#">Webmail</a></div>
<header>
<p><strong>CHU-YO</strong> — Centre Hospitalier Universitaire Yalgado Ouédraogo<br><em>Soigner, former, chercher</em></p>
<nav><ul><li><a href="#">Accueil</a></li><li><a href="#">L'hôpital</a></li><li><a href="#">Services</a></li><li><a href="#">Patients et visiteurs</a></li><li><a href="#">Actualités</a></li><li><a href="#">Recrutements</a></li><li><a href="#">Contacts</a></li></ul></nav>
</header>
<div class="urgence">Campagne de vaccination contre la rougeole du 2 au 6 août 2038 au service de pédiatrie : les parents sont priés de se munir du carnet de santé.</div>
<p class="ariane">Accueil » Recrutements » Avis de recrutement</p>
<main>
<p class="date">Publié le 12 juillet 2038 · Direction des ressources humaines</p>
<h1>AVIS DE RECRUTEMENT N° {REF}</h1>
<p>Le Directeur général du {FR['organisation']} (CHU-YO) lance un avis de recrutement pour le poste suivant :</p>
<h2>{FR['title']}</h2>
<table class="fiche">
<tr><td>Référence</td><td>{REF}</td></tr>
<tr><td>Structure de rattachement</td><td>Direction des soins infirmiers et obstétricaux – Service d'hygiène</td></tr>
<tr><td>Lieu d'affectation</td><td>{FR['location']}</td></tr>
<tr><td>Catégorie</td><td>A1</td></tr>
<tr><td>Nature du contrat</td><td>Contrat à durée indéterminée, période d'essai de six mois</td></tr>
<tr><td>Régime de travail</td><td>{FR['schedule']}</td></tr>
<tr><td>Salaire de base</td><td>398 650 FCFA par mois, hors indemnités de garde et de risque</td></tr>
<tr><td>Date limite de dépôt</td><td>mercredi 11 août 2038 à 15 h 00</td></tr>
</table>
<h3>I. Missions</h3>
<p>Placé(e) sous l'autorité du Directeur des soins infirmiers et obstétricaux, le (la) responsable :</p>
<ul>
<li>élabore et met en œuvre le programme annuel de prévention des infections associées aux soins ;</li>
<li>organise le tri, la collecte, l'entreposage et l'incinération des déchets biomédicaux ;</li>
<li>conduit les audits d'hygiène dans les services et suit les indicateurs ;</li>
<li>anime le comité de lutte contre les infections nosocomiales ;</li>
<li>forme le personnel soignant et d'entretien aux précautions standard.</li>
</ul>
<h3>II. Profil requis</h3>
<p>Le (la) candidat(e) doit :</p>
<ul>
{li(FR['essential'])}
</ul>
<h3>III. Seraient un plus</h3>
<ul>
{li(FR['desirable'])}
</ul>
<h3>IV. Qualités attendues</h3>
<ul>
{comp_html(FR['competencies'])}
</ul>
<h3>V. Composition du dossier</h3>
<ol><li>une demande manuscrite adressée au Directeur général ;</li><li>un curriculum vitae détaillé ;</li><li>les copies légalisées des diplômes et attestations de travail ;</li><li>un extrait d'acte de naissance ;</li><li>un certificat de nationalité burkinabè.</li></ol>
<h3>VI. Dépôt des dossiers</h3>
<p>Les dossiers sont reçus au secrétariat de la Direction des ressources humaines, bâtiment administratif, porte 14, au plus tard le <strong>mercredi 11 août 2038 à 15 h 00</strong>. Les candidat(e)s présélectionné(e)s seront convoqué(e)s à un entretien prévu le 25 août 2038.</p>
<p>Ouagadougou, le 12 juillet 2038<br>Le Directeur général</p>
</main>
<aside><h4>Autres avis</h4><ul><li>Recrutement de sages-femmes (clôture : 30 juillet 2038)</li><li>Appel d'offres : fourniture de linge hospitalier (ouverture des plis : 18 août 2038)</li></ul></aside>
<footer>© 2038 CHU Yalgado Ouédraogo · 03 BP 7022 Ouagadougou 03 · Tous droits réservés</footer>
</body></html>
"""
w(KEY + "-chuyo.html", html, KEY)

def comp_t(c): return "\n".join(f"✔️ {n} : {d}" for n, d in c)
post = f"""Centre Hospitalier Universitaire Yalgado Ouédraogo
4 812 abonnés
2 j • Modifié • 🌐

📢 AVIS DE RECRUTEMENT N° {REF}

Le CHU-YO recrute un(e) {FR['title']}.

🏥 Employeur : {FR['organisation']}
📍 Lieu d'affectation : {FR['location']}
🎓 Catégorie : A1
🕒 Régime : {FR['schedule']}
💰 Salaire de base : 398 650 FCFA / mois (hors indemnités)
⏳ Date limite : 11/08/2038 à 15 h

🔎 Profil requis :
{items(FR['essential'], '▪️ ')}

➕ Seraient un plus :
{items(FR['desirable'], '▪️ ')}

🤝 Qualités attendues :
{comp_t(FR['competencies'])}

📂 Dossier : demande manuscrite, CV, diplômes légalisés, acte de naissance, certificat de nationalité, à déposer à la DRH (porte 14).

#recrutement #BurkinaFaso #santé #hygiène #CHUYO
…voir moins

👍❤️ 213 · 41 commentaires · 96 republications

J'aime   Commenter   Republier   Envoyer

Aminata S. • Infirmière d'État
Est-ce que les candidatures par e-mail sont acceptées ?
J'aime · Répondre · 1 j

Centre Hospitalier Universitaire Yalgado Ouédraogo • Auteur
@Aminata S. Non, uniquement le dépôt physique à la DRH. Les entretiens sont prévus le 25 août 2038.
J'aime · Répondre · 1 j
"""
w(KEY + "-linkedin.txt", post, KEY)
expected(KEY, D)
