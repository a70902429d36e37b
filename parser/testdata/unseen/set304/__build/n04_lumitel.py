from common import *
REF = "LUM/RH/2043/007"; KEY = "lum-rh-2043-007"
T = "Ingénieur(e) services à valeur ajoutée USSD"
ORG = "Lumitel S.A."
LOC = "Bujumbura, siège (Rohero), avec déplacements ponctuels à Gitega"
SCH = "Du lundi au vendredi, de 7 h 30 à 16 h 30 ; astreinte technique par roulement"
ESS = ["Licence ou master en génie informatique, en télécommunications ou en réseaux",
       "Trois ans d'expérience minimum sur une plateforme USSD, SMS ou de paiement mobile",
       "Bonne pratique de Java ou de Python et des bases de données Oracle",
       "Connaissance des protocoles SS7, SMPP et HTTP",
       "Maîtrise du français ; le kirundi et l'anglais sont demandés à l'oral"]
DES = ["Expérience d'intégration avec un partenaire bancaire",
       "Certification ITIL Foundation"]
COMP = [("Réactivité", "rétablir un service interrompu dans les délais convenus."),
        ("Sens du client", "comprendre les besoins des équipes commerciales et marketing."),
        ("Travail en équipe", "coordonner les interventions avec les fournisseurs et l'exploitation.")]
MISS = ["Administrer les menus USSD, les services SMS et les passerelles de contenu",
        "Développer et tester les nouveaux parcours de souscription aux forfaits",
        "Surveiller la disponibilité des plateformes et traiter les incidents de niveau 2",
        "Rédiger les procédures d'exploitation et former les techniciens du centre de supervision"]

expected(KEY, reference=REF, languages=["fr"], title=T, organisation=ORG, location=LOC, schedule=SCH,
         deadline="2043-02-10", salary=sal(None, 2800000, 3400000, "BIF"), grade=None,
         requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": [{"name": n, "description": d} for n, d in COMP]})

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} | Carrières Lumitel</title>
<style>
body{{font-family:Helvetica,Arial,sans-serif;margin:0}}
header{{background:#ffcc00;padding:10px 24px;font-weight:bold}}
.promo{{background:#222;color:#ffcc00;padding:6px 24px;font-size:13px}}
.wrap{{max-width:900px;margin:auto;padding:20px}}
ul.facts{{list-style:none;padding:0;border:1px solid #ddd}}
ul.facts li{{padding:6px 10px;border-bottom:1px solid #eee}}
ul.facts span{{display:inline-block;width:190px;color:#666}}
ol.num > li{{margin-bottom:4px}}
</style></head><body>
<div class="promo">Nouveau ! Forfait Jumbo 10 Go à 5 000 BIF – composez *100# (offre fictive)</div>
<header>LUMITEL &nbsp; | &nbsp; Particuliers &nbsp; Entreprises &nbsp; Lumicash &nbsp; <u>Carrières</u> &nbsp; Aide</header>
<div class="wrap">
<p><small>Accueil / Carrières / Offres en cours</small></p>
<h1>Offre d'emploi – Direction Technique</h1>
<ul class="facts">
  <li><span>Référence</span> {REF}</li>
  <li><span>Poste</span> {T}</li>
  <li><span>Société</span> {ORG}</li>
  <li><span>Département</span> Plateformes de services et systèmes d'information</li>
  <li><span>Lieu</span> {LOC}</li>
  <li><span>Régime horaire</span> {SCH}</li>
  <li><span>Type de contrat</span> CDD de deux ans renouvelable</li>
  <li><span>Salaire</span> 2 800 000 à 3 400 000 BIF bruts par mois selon expérience</li>
  <li><span>Date limite</span> 10/02/2043 à 17 h 00</li>
</ul>
<h2>I. Missions principales</h2>
<ol class="num">
{chr(10).join('  <li>' + m + '</li>' for m in MISS)}
</ol>
<h2>II. Profil recherché</h2>
<ul>
{chr(10).join('  <li>' + x + '</li>' for x in ESS)}
</ul>
<h3>Un plus</h3>
<ul>
{chr(10).join('  <li>' + x + '</li>' for x in DES)}
</ul>
<h2>III. Compétences comportementales</h2>
<ul>
{chr(10).join(f'  <li><b>{n}</b> : {d}</li>' for n, d in COMP)}
</ul>
<h2>IV. Candidature</h2>
<p>Envoyez CV, lettre de motivation et copies des diplômes à l'adresse indiquée sur le portail, en précisant la
référence en objet. Seuls les candidats présélectionnés seront contactés pour un test technique prévu le
17 février 2043.</p>
<aside><h4>Actualités</h4><p>02/01/2043 – Extension de la 4G à Ngozi et Muyinga</p><p>20/12/2042 – Lumicash : nouveaux points marchands</p></aside>
</div>
<footer style="background:#eee;padding:10px 24px;font-size:12px">© 2043 Lumitel – page fictive réalisée pour un jeu de test · Politique de confidentialité</footer>
</body></html>
"""
w(KEY + "-lumitel.html", html, KEY)

wa = f"""
14/01/2043, 07:52 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
14/01/2043, 07:52 - Claude N. (fictif) a créé le groupe "Ingénieurs Télécom BDI 🇧🇮"
14/01/2043, 08:03 - Eric Ndayishimiye (fictif): Bonjour la famille, offre intéressante chez Lumitel 👇
14/01/2043, 08:04 - Eric Ndayishimiye (fictif): *OFFRE D'EMPLOI – {REF}*

*Poste :* {T}
*Société :* {ORG}
*Lieu :* {LOC}
*Régime horaire :* {SCH}
*Contrat :* CDD 2 ans renouvelable
*Salaire :* 2 800 000 à 3 400 000 BIF bruts/mois
*Date limite :* 10/02/2043

*Missions*
{chr(10).join('• ' + m for m in MISS)}

*Profil*
{chr(10).join('▪️ ' + x for x in ESS)}

*Un plus*
{chr(10).join('➕ ' + x for x in DES)}

*Compétences comportementales*
{chr(10).join(f'🔹 {n} : {d}' for n, d in COMP)}
14/01/2043, 08:10 - Aline K. (fictif): Merci Eric 🙏 c'est pour les juniors aussi ?
14/01/2043, 08:12 - Eric Ndayishimiye (fictif): Non il faut 3 ans d'expérience minimum
14/01/2043, 08:15 - Aline K. (fictif): <Média omis>
14/01/2043, 09:41 - Jean-Bosco M. (fictif): Ce message a été supprimé
14/01/2043, 10:02 - Claude N. (fictif): Rappel : séance de révision CCNA samedi 24/01 au campus Mutanga, contribution 10 000 BIF
"""
w(KEY + "-whatsapp.txt", wa, KEY)
save_rows("04")
