from common import *
REF = "STF-2037-014"; KEY = REF.lower()
T = "Gestionnaire des bâtiments communaux (m/f)"; O = "Administration communale de Steinfort"; LOC = "Steinfort"
SCH = "tâche complète (40 heures par semaine)"; GR = "B1"
ESS = ["être détenteur d'un diplôme de bachelor en génie civil, en génie technique du bâtiment ou en énergétique du bâtiment, ou d'un diplôme équivalent ;",
       "disposer d'une expérience professionnelle d'au moins deux ans dans la maintenance ou la gestion technique de bâtiments ;",
       "maîtriser les logiciels de bureautique usuels et un outil de gestion de la maintenance ;",
       "être titulaire du permis de conduire de la catégorie B."]
DES = ["la connaissance de la législation sur les marchés publics ;",
       "une expérience dans le suivi de chantiers de rénovation énergétique."]
COMP = ["Sens de l'organisation", "Esprit d'équipe", "Disponibilité", "Discrétion"]
li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Poste vacant – {T} – Gemeng Steesel</title>
<style>body{{font-family:"Liberation Sans",sans-serif;font-size:14px;margin:0 40px}} .lang{{text-align:right}} .lbl{{font-weight:bold;margin:8px 0 0;color:#0b4f6c}} .val{{margin:0}}</style></head>
<body>
<div class="lang">LB | DE | <b>FR</b></div>
<header><h2>Gemeng Steesel – Commune de Steinfort</h2>
<nav>Accueil · Commune · Citoyens · Vie locale · Actualités · Postes vacants</nav></header>
<p>Accueil / Commune / Postes vacants</p>
<p><small>Publié le 24.09.2037</small></p>
<h1>{T}</h1>
<p>Le collège des bourgmestre et échevins de la commune de Steinfort se propose de recruter, sous le statut de l'employé communal, un(e) gestionnaire des bâtiments communaux à tâche complète et à durée indéterminée.</p>
<div class="fiche">
<p class="lbl">Référence</p><p class="val">{REF}</p>
<p class="lbl">Employeur</p><p class="val">{O}</p>
<p class="lbl">Service</p><p class="val">Service technique</p>
<p class="lbl">Lieu de travail</p><p class="val">{LOC}</p>
<p class="lbl">Statut</p><p class="val">employé communal, contrat à durée indéterminée</p>
<p class="lbl">Groupe d'indemnité</p><p class="val">{GR}</p>
<p class="lbl">Tâche</p><p class="val">{SCH}</p>
<p class="lbl">Entrée en service</p><p class="val">1er janvier 2038</p>
<p class="lbl">Délai de candidature</p><p class="val">20 octobre 2037</p>
</div>
<h2>Vos missions</h2>
<ul><li>assurer la gestion technique et le suivi de l'entretien des 28 bâtiments communaux (écoles, maisons relais, centre sportif, église, ateliers) ;</li>
<li>planifier les contrôles réglementaires et tenir à jour les dossiers techniques ;</li>
<li>préparer les cahiers des charges et suivre les petits chantiers ;</li>
<li>suivre les consommations d'énergie et proposer des mesures d'économie ;</li>
<li>coordonner l'équipe des concierges et les entreprises sous-traitantes.</li></ul>
<h2>Conditions d'admission</h2>
<p>a) être ressortissant d'un État membre de l'Union européenne ;<br>b) jouir des droits civils et politiques ;<br>c) offrir les garanties de moralité requises ;<br>d) satisfaire aux conditions d'aptitude physique ;<br>e) avoir une connaissance adaptée des trois langues administratives (luxembourgeois, français, allemand).</p>
<h2>Votre profil</h2>
<ul>
{li(ESS)}
</ul>
<h2>Atouts</h2>
<ul>
{li(DES)}
</ul>
<h2>Compétences comportementales</h2>
<ul>
{li(COMP)}
</ul>
<h2>Candidature</h2>
<p>Les demandes, accompagnées d'une notice biographique, d'une copie des diplômes, d'un extrait récent du casier judiciaire et d'une photo, sont à adresser au collège des bourgmestre et échevins, 4, rue de l'Hôpital, L-8423 Steinfort, pour le 20 octobre 2037 au plus tard. Les candidats retenus seront invités à un entretien pendant la semaine du 2 novembre 2037.</p>
<aside><h3>Autres postes vacants</h3><p>Agent municipal (m/f) – délai : 06.10.2037 · Éducateur (m/f) maison relais – délai : 27.10.2037</p></aside>
<footer>Commune de Steinfort · 4, rue de l'Hôpital · L-8423 Steinfort · Tél. 39 93 13-1</footer>
</body></html>
"""
w(KEY + "-steinfort.html", html, KEY)

avis = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance {REF}</title>
<style>@page{{size:A4;margin:2cm;@bottom-right{{content:"Page " counter(page) " / " counter(pages);font-size:8pt}}@bottom-left{{content:"Commune de Steinfort – avis de vacance";font-size:8pt}}}}
body{{font-family:"Liberation Serif",serif;font-size:11pt}} .head{{text-align:right;font-variant:small-caps}}
table{{border-collapse:collapse;width:100%}} td{{border:1px solid #555;padding:4px 6px;vertical-align:top}} td.l{{width:35%;font-weight:bold}}
h2{{font-size:12pt;background:#dde;padding:2px 4px}}</style></head><body>
<p class="head">Commune de Steinfort<br>Collège des bourgmestre et échevins</p>
<p>Steinfort, le 24 septembre 2037</p>
<h1 style="text-align:center;font-size:15pt">AVIS DE VACANCE DE POSTE</h1>
<p style="text-align:center"><b>{T}</b></p>
<table>
<tr><td class="l">Référence</td><td>{REF}</td></tr>
<tr><td class="l">Employeur</td><td>{O}</td></tr>
<tr><td class="l">Lieu de travail</td><td>{LOC}</td></tr>
<tr><td class="l">Statut</td><td>employé communal, durée indéterminée</td></tr>
<tr><td class="l">Groupe d'indemnité</td><td>{GR}</td></tr>
<tr><td class="l">Tâche</td><td>{SCH}</td></tr>
<tr><td class="l">Délai de candidature</td><td>20.10.2037</td></tr>
</table>
<h2>1. Missions</h2>
<p>Gestion technique et entretien des bâtiments communaux, contrôles réglementaires, cahiers des charges, suivi des consommations d'énergie, coordination des concierges.</p>
<h2>2. Conditions d'admission</h2>
<p>Nationalité d'un État membre de l'Union européenne ; droits civils et politiques ; garanties de moralité ; aptitude physique ; connaissance des trois langues administratives.</p>
<h2>3. Profil</h2>
<ul>
{li(ESS)}
</ul>
<p><i>Atouts :</i></p>
<ul>
{li(DES)}
</ul>
<h2>4. Compétences comportementales</h2>
<p>{" – ".join(COMP)}</p>
<h2>5. Dossier de candidature</h2>
<p>Notice biographique, copie des diplômes, extrait du casier judiciaire, photo. Entretiens : semaine du 2 novembre 2037.</p>
<p style="margin-top:1.5cm">Le collège des bourgmestre et échevins</p>
</body></html>
"""
src(KEY + "-avis.html", avis)
weasy(KEY + "-avis.html", KEY + "-avis.weasyprint.pdf", KEY)

expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=LOC, schedule=SCH,
         deadline="2037-10-20", salary=None, grade=GR,
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": [(c, "") for c in COMP]})
