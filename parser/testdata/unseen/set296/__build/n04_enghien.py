from common import *

KEY = "eng-rh-2042-014"
REF = "ENG/RH/2042-014"
T = "Conseiller en mobilité (h/f/x)"
O = "Ville d'Enghien"
L = "Enghien"
SCHED = "Temps plein (38 heures/semaine)"
GRADE = "B1"
ESS = [
    "être titulaire d'un bachelier (graduat) en urbanisme, en aménagement du territoire, en géographie ou dans une orientation technique ;",
    "être titulaire du permis de conduire B ;",
    "disposer d'une bonne maîtrise des outils bureautiques et d'un logiciel de cartographie (SIG) ;",
    "réussir l'épreuve de recrutement.",
]
DES = [
    "être titulaire du brevet de conseiller en mobilité (CeM) ;",
    "justifier d'une expérience dans un service mobilité ou travaux d'un pouvoir local ;",
    "avoir une connaissance du néerlandais.",
]
COMP = [("Sens du service public", "vous répondez aux citoyens avec courtoisie et dans les délais."),
        ("Esprit d'analyse", "vous objectivez les situations par des comptages et des relevés."),
        ("Capacité de concertation", "vous animez des réunions avec les riverains, les écoles et les commerçants.")]
MISSIONS = [
    "mettre en œuvre et actualiser le plan communal de mobilité ;",
    "instruire les demandes de règlements complémentaires de police de la circulation ;",
    "coordonner les aménagements cyclables et les abords d'écoles avec le service Travaux ;",
    "suivre les dossiers de subsides régionaux et rédiger les rapports au Collège.",
]
SAL = "de 35 412,78 € à 52 118,40 € bruts annuels indexés, selon l'ancienneté valorisable"


def build():
    lis = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} – {O}</title></head>
<body>
<div class="bandeau">Ce site utilise des cookies fonctionnels. <a href="#">Accepter</a> <a href="#">Paramétrer</a></div>
<header><p><a href="#">Accueil</a> · <a href="#">Vie communale</a> · <a href="#">Services</a> · <a href="#">Tourisme</a> · <a href="#">Contact</a></p>
<p><a href="#">Accueil</a> &gt; <a href="#">Vie communale</a> &gt; <a href="#">Emplois</a> &gt; Offre</p></header>
<main>
<p class="date">Publié le 20/05/2042 – Mis à jour le 22/05/2042</p>
<p>L'Administration communale d'Enghien constitue une réserve de recrutement et engage un·e</p>
<h1>{T}</h1>
<h2>Fiche</h2>
<table class="fiche">
<tr><th>Référence</th><td>{REF}</td></tr>
<tr><th>Employeur</th><td>{O}</td></tr>
<tr><th>Service</th><td>Cadre de vie – Mobilité</td></tr>
<tr><th>Lieu de travail</th><td>{L}</td></tr>
<tr><th>Contrat</th><td>Contrat à durée déterminée de 12 mois, en vue d'un contrat à durée indéterminée</td></tr>
<tr><th>Régime</th><td>{SCHED}</td></tr>
<tr><th>Échelle</th><td>{GRADE}</td></tr>
<tr><th>Rémunération</th><td>{SAL}</td></tr>
<tr><th>Date limite</th><td>12 juin 2042</td></tr>
</table>
<h2>Vos missions</h2>
<ul>{lis(MISSIONS)}</ul>
<h2>Conditions générales d'accès</h2>
<p>Être ressortissant ou non d'un État membre de l'Union européenne (pour les non-ressortissants, être en possession d'un permis de travail) ; jouir des droits civils et politiques ; être d'une conduite répondant aux exigences de la fonction ; être âgé de 18 ans au moins.</p>
<h2>Conditions particulières</h2>
<ul>{lis(ESS)}</ul>
<h2>Atouts</h2>
<ul>{lis(DES)}</ul>
<h2>Compétences comportementales</h2>
<ul>{"".join(f"<li><b>{n}</b> : {d}</li>" for n, d in COMP)}</ul>
<h2>Nous offrons</h2>
<p>Des chèques-repas d'une valeur faciale de 8 €, une assurance hospitalisation, l'intervention dans les frais de déplacement domicile-travail et 26 jours de congé par an.</p>
<h2>Comment postuler ?</h2>
<p>Les candidatures (lettre de motivation, CV, copie du diplôme, extrait de casier judiciaire modèle 1 et copie du permis de conduire) sont à adresser au Collège communal, par courrier ou par courriel à emploi@enghien.example, pour le <strong>12 juin 2042</strong> au plus tard. L'épreuve écrite aura lieu le 26 juin 2042 ; l'épreuve orale, au cours de la semaine du 6 juillet 2042.</p>
</main>
<aside><h3>Autres offres</h3><ul><li>Ouvrier qualifié – espaces verts (h/f/x) – jusqu'au 5 juin 2042</li><li>Puériculteur – crèche communale (h/f/x) – jusqu'au 26 juin 2042</li></ul></aside>
<footer><p>Administration communale d'Enghien · Mentions légales · Accessibilité</p></footer>
</body></html>"""
    write(KEY + "-enghien.html", html, KEY)

    w = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm 2cm;
  @bottom-center {{ content: "Ville d'Enghien – Appel public {REF} – page " counter(page) " / " counter(pages); font-size: 8pt; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.35; }}
.head {{ border-bottom: 2px solid #6a1b3d; padding-bottom: 6px; }}
.head .r {{ float: right; text-align: right; font-size: 8.5pt; }}
h1 {{ font-size: 13pt; text-align: center; letter-spacing: 0.15em; margin-top: 1.2em; }}
h2 {{ font-size: 11pt; color: #6a1b3d; border-bottom: 1px solid #ccc; }}
.run b {{ display: inline; }}
</style></head><body>
<div class="head"><div class="r">Province de Hainaut<br>Arrondissement de Soignies</div>
<strong>VILLE D'ENGHIEN</strong><br>Service du personnel</div>
<p>N/Réf. : {REF}</p>
<h1>APPEL PUBLIC</h1>
<p style="text-align:center">Le Collège communal lance un appel public en vue de l'engagement d'un·e</p>
<p style="text-align:center; font-size: 12pt"><strong>{T}</strong></p>
<p class="run"><b>Employeur :</b> {O}<br>
<b>Lieu de travail :</b> {L}<br>
<b>Régime de travail :</b> {SCHED}<br>
<b>Échelle barémique :</b> {GRADE}<br>
<b>Rémunération :</b> {SAL}<br>
<b>Date limite de candidature :</b> 12/06/2042</p>
<h2>I. Missions</h2>
<ol>{lis(MISSIONS)}</ol>
<h2>II. Conditions particulières de recrutement</h2>
<ol>{lis(ESS)}</ol>
<p><i>Atouts :</i></p>
<ul>{lis(DES)}</ul>
<h2>III. Compétences</h2>
{"".join(f"<p><b>{n}</b> : {d}</p>" for n, d in COMP)}
<h2>IV. Candidature</h2>
<p>Dossier complet à adresser au Collège communal pour le 12 juin 2042 au plus tard. Épreuve écrite le 26 juin 2042.</p>
<p style="text-align:right">Par le Collège,<br>Le Directeur général, &nbsp; Le Bourgmestre</p>
</body></html>"""
    src(KEY + "-appel.html", w)
    weasyprint(KEY + "-appel.html", KEY + "-appel.weasyprint.pdf", KEY)
    expected(KEY, reference=REF, languages=["fr"], title=T, organisation=O, location=L, schedule=SCHED,
             deadline="2042-06-12", salary=sal(35412.78, 52118.40, "EUR", "year"), grade=GRADE,
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": names(COMP)})
