"""Congo Terminal (Pointe-Noire) - port terminal operator, French only. Careers page
(HTML, facts as a <table>) and a Congolese job-board copy with glued fields."""
from common import write, expected, req, comp, esc

KEY = "ct-rh-2034-027"
REF = "CT-RH-2034-027"
TITLE = "Superviseur(e) maintenance des portiques (H/F)"
ORG = "Congo Terminal"
LOC = "Pointe-Noire, République du Congo"
SCHED = "Temps plein, en horaires postés"
ESS = [
    "Diplôme d'ingénieur ou BTS/DUT en électromécanique, électrotechnique ou maintenance industrielle.",
    "Minimum 6 ans d'expérience en maintenance d'engins de levage lourds, dont 2 ans en supervision d'équipe.",
    "Bonne maîtrise des automates programmables et des variateurs de vitesse.",
    "Connaissance des règles de sécurité applicables aux travaux en hauteur et à la consignation électrique.",
    "Maîtrise du français ; anglais technique lu.",
]
DES = [
    "Expérience sur portiques de quai STS ou portiques de parc RTG.",
    "Pratique d'une GMAO (SAP PM ou équivalent).",
]
SAVOIR = ["Leadership de proximité", "Réactivité", "Sens de la sécurité", "Esprit d'analyse"]
MISSIONS = [
    "Organiser et superviser les interventions de maintenance préventive et corrective sur les portiques de quai et de parc ;",
    "Encadrer une équipe d'une douzaine de techniciens mécaniciens et électriciens par quart ;",
    "Analyser les pannes récurrentes et proposer des plans d'amélioration ;",
    "Suivre les indicateurs de disponibilité des équipements et le stock de pièces critiques ;",
    "Veiller au respect strict des procédures HSE sur le terminal.",
]


def build():
    li = lambda xs: "\n".join("      <li>%s</li>" % esc(x) for x in xs)
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{esc(TITLE)} – Congo Terminal recrute</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .bar{{background:#003a70;color:#fff;padding:10px 24px}}
main{{padding:16px 24px;max-width:900px}} th{{text-align:left;background:#eef2f7;padding:4px 10px}} td{{padding:4px 10px}}</style></head>
<body>
<div class="bar"><strong>CONGO TERMINAL</strong> · Terminal à conteneurs du Port autonome de Pointe-Noire · <a href="#">Nos services</a> · <a href="#">Suivi des conteneurs</a> · <a href="#">Carrières</a> · <a href="#">Contact</a></div>
<div class="bar" style="background:#eee;color:#333;font-size:12px">Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation. <a href="#">OK</a></div>
<main>
  <p><a href="#">Carrières</a> › <a href="#">Nos offres</a> › Détail</p>
  <h1>{esc(TITLE)}</h1>
  <table>
    <tr><th>Référence</th><td>{REF}</td></tr>
    <tr><th>Entreprise</th><td>{ORG}</td></tr>
    <tr><th>Département</th><td>Direction technique – Maintenance</td></tr>
    <tr><th>Lieu</th><td>{esc(LOC)}</td></tr>
    <tr><th>Type de contrat</th><td>CDI</td></tr>
    <tr><th>Temps de travail</th><td>{esc(SCHED)}</td></tr>
    <tr><th>Rémunération</th><td>Attractive, selon profil et expérience</td></tr>
    <tr><th>Date de publication</th><td>20/06/2034</td></tr>
    <tr><th>Date limite</th><td>14/07/2034</td></tr>
  </table>
  <h2>Qui sommes-nous ?</h2>
  <p>{ORG} exploite le terminal à conteneurs du port de Pointe-Noire, porte d'entrée maritime de la République du Congo et des pays de l'hinterland. Nos équipes manutentionnent chaque année plus d'un million de conteneurs EVP, 24 heures sur 24.</p>
  <h2>Vos missions</h2>
  <ul>
{li(MISSIONS)}
  </ul>
  <h2>Profil recherché</h2>
  <ul>
{li(ESS)}
  </ul>
  <h2>Atouts</h2>
  <ul>
{li(DES)}
  </ul>
  <h2>Savoir-être</h2>
  <ul>
{li(SAVOIR)}
  </ul>
  <h2>Comment postuler ?</h2>
  <p>Déposez votre candidature (CV, lettre de motivation, copies des diplômes) en ligne avant le 14/07/2034. Les candidats présélectionnés passeront un test technique sur site le 27/07/2034. Les candidatures locales sont privilégiées à compétences égales.</p>
  <p><a href="#">Postuler en ligne</a></p>
  <h3>Autres offres</h3>
  <ul><li>Agent(e) de planification navire – Pointe-Noire – date limite 21/07/2034</li><li>Technicien(ne) froid (conteneurs frigorifiques) – Pointe-Noire – date limite 04/08/2034</li></ul>
</main>
<footer style="padding:12px 24px;font-size:12px">© Congo Terminal 2034 · Mentions légales · Données personnelles</footer>
</body></html>
"""
    write(KEY + "-congoterminal.html", html, KEY)
    nl = "\n"
    board = f"""EmploisCongo.cg
Offres  Entreprises  Conseils  Publier une offre  Connexion
Accueil / Offres / Industrie - Maintenance

{TITLE}{ORG}Pointe-NoireCDI
Publiée le 21/06/2034 · 214 vues · Réf. annonce EC-88214

Postuler
Enregistrer

Détails de l'offre
Entreprise{ORG}Lieu{LOC}Secteurlogistique portuaireContratCDITemps de travail{SCHED}Référence employeur{REF}Date limite14/07/2034

Description du poste
Qui sommes-nous ?{ORG} exploite le terminal à conteneurs du port de Pointe-Noire, porte d'entrée maritime de la République du Congo et des pays de l'hinterland.
Vos missions{" ".join(MISSIONS)}
Profil recherché
{nl.join(ESS)}
Atouts
{nl.join(DES)}
Savoir-être
{nl.join(SAVOIR)}
Comment postuler ?Candidature en ligne sur le site de l'employeur avant la date limite.

Offres similaires
Chef(fe) d'atelier mécanique engins lourdsSociété Forestière du KouilouDolisieCDIDate limite 18/07/2034
Électricien(ne) industriel(le)Raffinerie du LittoralPointe-NoireCDDDate limite 09/07/2034

EmploisCongo.cg - Le premier site d'emploi du Congo · CGU · Contact
"""
    write(KEY + "-emploiscongo.txt", board, KEY)
    expected(KEY, reference=REF, languages=["fr"],
             title={"en": None, "fr": TITLE}, organisation={"en": None, "fr": ORG},
             location={"en": None, "fr": LOC}, schedule={"en": None, "fr": SCHED},
             deadline="2034-07-14", salary=None,
             grade=None, clearance=None,
             requirements={"en": None, "fr": req(ESS, DES)},
             competencies={"en": None, "fr": comp([(s, "") for s in SAVOIR])})
