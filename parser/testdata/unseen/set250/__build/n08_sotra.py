from common import *
KEY = "sotra-drh-rec-2038-031"
REF = "SOTRA/DRH/REC/2038/031"
FR = dict(
 title="Chef d'atelier maintenance navale – bateaux-bus (H/F)",
 organisation="Société des Transports Abidjanais",
 location="Abidjan (Côte d'Ivoire)",
 schedule="Temps plein, travail en équipes (3x8)",
 essential=[
  "Diplôme d'ingénieur ou BTS en mécanique navale, en maintenance industrielle ou en électromécanique",
  "Au moins six (6) ans d'expérience en maintenance de moteurs marins diesel, dont deux à un poste d'encadrement",
  "Connaissance des règles de sécurité de la navigation lagunaire et des visites de classification",
  "Maîtrise d'une GMAO et des outils bureautiques",
 ],
 desirable=[
  "Certificat de mécanicien de la marine marchande",
  "Expérience dans un chantier naval ou chez un armateur",
 ],
 competencies=[
  ("Sens des responsabilités", "garantir la disponibilité de la flotte chaque matin"),
  ("Management d'équipe", "organiser et motiver une équipe de mécaniciens et d'électriciens"),
  ("Réactivité", "intervenir rapidement en cas de panne en service"),
 ])
D = dict(reference=REF, languages=["fr"], deadline="2038-08-23", salary=None, fr=FR)

def comp_html(c): return "\n".join(f"<li><b>{n}</b> – {d}</li>" for n, d in c)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{FR['title']} | SOTRA Carrières</title>
<style>body{{font-family:Verdana,sans-serif}} .infos th{{text-align:left;background:#f2a900;padding:4px}} .infos td{{padding:4px}} .cookies{{position:fixed;bottom:0;background:#333;color:#fff}}</style></head>
<body>
<div class="topbar">Service client : 1313 (appel gratuit) · <a href="#">Itinéraires</a> · <a href="#">Tarifs</a> · <a href="#">Espace presse</a></div>
<header><a href="#"><strong>SOTRA</strong></a> — Société des Transports Abidjanais · <em>Bus · Bateaux-bus · Monbus</em></header>
<nav><ul><li>Voyager</li><li>Entreprise</li><li>Responsabilité sociétale</li><li>Carrières</li><li>Contact</li></ul></nav>
<div class="cookies">Ce site utilise des cookies pour mesurer l'audience. <a href="#">Accepter</a> <a href="#">Refuser</a></div>
<p class="crumbs">Accueil › Carrières › Offres en cours</p>
<main>
<p class="tag">Offre d'emploi · Direction technique – Transport lagunaire</p>
<h1>{FR['title']}</h1>
<p class="pub">Mise en ligne : 26 juillet 2038</p>
<table class="infos">
<tr><th>Référence</th><td>{REF}</td></tr>
<tr><th>Entreprise</th><td>{FR['organisation']}</td></tr>
<tr><th>Direction</th><td>Direction technique – Transport lagunaire</td></tr>
<tr><th>Lieu de travail</th><td>{FR['location']}</td></tr>
<tr><th>Type de contrat</th><td>CDI</td></tr>
<tr><th>Horaires</th><td>{FR['schedule']}</td></tr>
<tr><th>Rémunération</th><td>Selon profil et grille salariale de l'entreprise</td></tr>
<tr><th>Date limite</th><td>23/08/2038</td></tr>
</table>
<h2>Présentation</h2>
<p>Entreprise publique de transport urbain du District autonome d'Abidjan, la {FR['organisation']} exploite un réseau de bus et une flotte de bateaux-bus reliant les communes riveraines de la lagune Ébrié. Pour accompagner le renouvellement de sa flotte lagunaire, elle recrute un chef d'atelier.</p>
<h2>Missions</h2>
<ul>
<li>Planifier et contrôler les opérations de maintenance préventive et corrective des bateaux-bus ;</li>
<li>Encadrer les équipes de mécaniciens, d'électriciens et de soudeurs de l'atelier naval ;</li>
<li>Préparer les visites annuelles de sécurité et de classification ;</li>
<li>Gérer les stocks de pièces de rechange et suivre les coûts de maintenance ;</li>
<li>Proposer des améliorations pour réduire l'immobilisation des unités.</li>
</ul>
<h2>Profil recherché</h2>
<ul>
{li(FR['essential'])}
</ul>
<h2>Serait un plus</h2>
<ul>
{li(FR['desirable'])}
</ul>
<h2>Savoir-être</h2>
<ul>
{comp_html(FR['competencies'])}
</ul>
<h2>Comment postuler ?</h2>
<p>Déposez votre CV et votre lettre de motivation via le bouton ci-dessous avant le 23/08/2038 à minuit. Les tests techniques se dérouleront à l'atelier de Treichville à partir du 6 septembre 2038. La SOTRA ne demande aucun frais aux candidats.</p>
<p><a href="#">Postuler</a> · <a href="#">Partager</a></p>
</main>
<aside><h3>Autres offres</h3><ul><li>Conducteurs de bus (H/F) — clôture 16/08/2038</li><li>Contrôleur de gestion (H/F) — clôture 30/08/2038</li></ul></aside>
<footer>© 2038 SOTRA · Plan du site · Mentions légales</footer>
</body></html>
"""
w(KEY + "-sotra.html", html, KEY)

def comp_t(c): return "\n".join(f"- {n} – {d}" for n, d in c)
board = f"""EmploisCI.example   Offres   Entreprises   Concours   CV gratuit   Connexion
Accueil / Offres d'emploi / Transport – Logistique

{FR['title']}
{FR['organisation']} (SOTRA)Abidjan, Côte d'IvoireCDIExpérience : 6 ans+Niveau : BAC+2 / BAC+5Publiée le 27/07/2038
Vues : 2 317
Postuler   Envoyer à un ami   Imprimer

Référence : {REF}Lieu de travail : {FR['location']}Horaires : {FR['schedule']}Date limite : 23/08/2038
Description du poste
Pour accompagner le renouvellement de sa flotte lagunaire, la {FR['organisation']} recrute un chef d'atelier chargé de la maintenance des bateaux-bus.
MissionsPlanifier la maintenance préventive et corrective ; encadrer les mécaniciens, électriciens et soudeurs ; préparer les visites de sécurité ; gérer les stocks de pièces ; réduire l'immobilisation des unités.
Profil recherché
{items(FR['essential'], '» ')}
Serait un plus
{items(FR['desirable'], '» ')}
Savoir-être
{comp_t(FR['competencies'])}
Rémunération : selon profil
Dossier de candidature : CV + lettre de motivation sur le site de la SOTRA.

Mots-clés : maintenance navale, moteurs marins, bateaux-bus, Abidjan

Offres similaires
Mécanicien moteurs marins (H/F) — Port autonome — San-Pédro — expire le 19/08/2038
Responsable maintenance flotte (H/F) — Groupe logistique — Abidjan — expire le 02/09/2038

© 2038 EmploisCI.example — Tous droits réservés
"""
w(KEY + "-emploisci.txt", board, KEY)
expected(KEY, D)
