from common import *

KEY = "ech-rh-2035-07"
REF = "ECH-RH-2035-07"
T = "Employé communal (m/f) – gestionnaire du service des bâtisses"
ORG = "Ville d'Echternach"
LOC = "Echternach (Hôtel de Ville)"
SCH = "tâche complète (40 heures par semaine)"
ESS = [
    "être détenteur d'un diplôme de fin d'études secondaires classiques ou générales, ou d'un diplôme reconnu équivalent ;",
    "justifier d'une expérience professionnelle d'au moins deux ans dans l'administration d'un bureau technique ou d'un bureau d'études ;",
    "maîtriser les outils bureautiques courants (traitement de texte, tableur, messagerie) ;",
    "être titulaire du permis de conduire de la catégorie B.",
]
DES = [
    "une connaissance de la réglementation communale en matière d'urbanisme et de bâtisses ;",
    "une expérience dans l'utilisation d'un système d'information géographique ;",
    "une connaissance de base du portugais.",
]
QUAL = ["Sens de l'organisation", "Discrétion", "Esprit d'équipe", "Aisance dans le contact avec le public"]
MISS = [
    "l'instruction administrative des demandes d'autorisation de bâtir et de morcellement ;",
    "l'accueil et l'information des citoyens et des architectes au guichet du service ;",
    "la tenue des registres et la préparation des dossiers pour le collège des bourgmestre et échevins ;",
    "le suivi des délais légaux et la rédaction de la correspondance du service.",
]

def ul(items, tag="li"):
    return "\n".join(f"<{tag}>{x}</{tag}>" for x in items)

SITE = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offres d'emploi – {ORG}</title>
<style>
body {{ font-family: Georgia, serif; margin:0; background:#faf8f4 }}
header {{ background:#7a1f2b; color:#fff; padding:12px 30px }}
header nav a {{ color:#fff; margin-right:16px; font-family:Arial }}
.lang {{ float:right; font-family:Arial; font-size:0.85em }}
main {{ max-width:820px; margin:20px auto; background:#fff; padding:24px 34px }}
table.fiche {{ border-collapse:collapse; width:100% }}
table.fiche th {{ text-align:left; width:36%; background:#f1e9e9; padding:5px 8px; border:1px solid #ddd }}
table.fiche td {{ padding:5px 8px; border:1px solid #ddd }}
</style></head>
<body>
<header><span class="lang">LB | DE | <b>FR</b> | EN</span><b>{ORG}</b> · Iechternach<br>
<nav><a href="#">Citoyens</a><a href="#">Politique</a><a href="#">Loisirs</a><a href="#">Actualités</a><a href="#">Offres d'emploi</a></nav></header>
<main>
<p style="font-size:0.85em"><a href="#">Accueil</a> › <a href="#">Actualités</a> › Offres d'emploi</p>
<p style="font-size:0.85em;color:#777">Publié le 22.05.2035 – Service du personnel</p>
<h1>{T}</h1>
<p>Le collège des bourgmestre et échevins de la {ORG} se propose d'engager, sous le régime de l'employé communal, un gestionnaire du service des bâtisses (m/f), à durée indéterminée et à {SCH}.</p>
<table class="fiche">
<tr><th>Référence</th><td>{REF}</td></tr>
<tr><th>Employeur</th><td>{ORG}</td></tr>
<tr><th>Service</th><td>Service technique – bâtisses et urbanisme</td></tr>
<tr><th>Lieu de travail</th><td>{LOC}</td></tr>
<tr><th>Statut</th><td>Employé communal, contrat à durée indéterminée</td></tr>
<tr><th>Groupe d'indemnité</th><td>B1</td></tr>
<tr><th>Tâche</th><td>{SCH}</td></tr>
<tr><th>Entrée en service</th><td>1er septembre 2035</td></tr>
<tr><th>Délai de candidature</th><td>16 juin 2035</td></tr>
</table>
<h2>Missions</h2>
<p>Sous l'autorité de l'ingénieur-technicien, vous assurez notamment :</p>
<ul>
{ul(MISS)}
</ul>
<h2>Conditions d'admission</h2>
<ol type="a">
<li>être ressortissant d'un État membre de l'Union européenne ;</li>
<li>jouir des droits civils et politiques ;</li>
<li>avoir fait preuve d'une connaissance adéquate des trois langues administratives (luxembourgeois, français, allemand).</li>
</ol>
<h2>Votre profil</h2>
<ul>
{ul(ESS)}
</ul>
<h2>Sont considérés comme des atouts :</h2>
<ul>
{ul(DES)}
</ul>
<h2>Qualités personnelles</h2>
<ul>
{ul(QUAL)}
</ul>
<h2>Candidature</h2>
<p>Les demandes, accompagnées d'une lettre de motivation, d'un curriculum vitae, d'une copie des diplômes et d'un extrait récent du casier judiciaire, sont à adresser au collège des bourgmestre et échevins de la {ORG}, B.P. 22, L-6401 Echternach, pour le 16 juin 2035 au plus tard. Les candidats retenus seront invités à un entretien dans la semaine du 30 juin 2035.</p>
<p>Téléchargez l'avis officiel (PDF, 2 pages).</p>
<hr>
<p style="font-size:0.85em"><b>Autres postes vacants</b> · Ouvrier communal (m/f) – service des parcs, délai : 09.06.2035 · Éducateur (m/f) – maison relais, délai : 23.06.2035</p>
</main>
<footer style="text-align:center;font-size:0.8em;color:#666;padding:10px">{ORG} · Place du Marché · L-6460 Echternach · Mentions légales · Protection des données</footer>
</body></html>
"""

AVIS = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de vacance de poste</title></head>
<body style="font-family:'Liberation Serif'">
<p align="center"><b>{ORG.upper()}</b><br>Administration communale – Service du personnel</p>
<p align="right">Echternach, le 21 mai 2035<br>N/Réf. : {REF}</p>
<h2 align="center">AVIS DE VACANCE DE POSTE</h2>
<p>Le collège des bourgmestre et échevins de la {ORG} porte à la connaissance des intéressés qu'il se propose d'engager un</p>
<p align="center"><b>{T}</b></p>
<p>sous le régime de l'employé communal, groupe d'indemnité B1, à durée indéterminée et à {SCH}.</p>
<table border="1" cellpadding="4" width="100%">
<tr><td width="35%">Employeur</td><td>{ORG}</td></tr>
<tr><td>Lieu de travail</td><td>{LOC}</td></tr>
<tr><td>Groupe d'indemnité</td><td>B1</td></tr>
<tr><td>Durée de travail</td><td>{SCH}</td></tr>
<tr><td>Entrée en service</td><td>1er septembre 2035</td></tr>
</table>
<h3>1. Missions</h3>
<ul>
{ul(MISS)}
</ul>
<h3>2. Conditions d'admission</h3>
<ol type="a">
<li>être ressortissant d'un État membre de l'Union européenne ;</li>
<li>jouir des droits civils et politiques ;</li>
<li>avoir fait preuve d'une connaissance adéquate des trois langues administratives (luxembourgeois, français, allemand).</li>
</ol>
<h3>3. Profil recherché</h3>
<ul>
{ul(ESS)}
</ul>
<p>Sont considérés comme des atouts :</p>
<ul>
{ul(DES)}
</ul>
<h3>4. Qualités personnelles</h3>
<ul>
{ul(QUAL)}
</ul>
<h3>5. Dépôt des candidatures</h3>
<p>Les candidatures sont à adresser au collège des bourgmestre et échevins, B.P. 22, L-6401 Echternach, pour le 16 juin 2035 au plus tard. Les dossiers incomplets ne seront pas pris en considération. Un entretien aura lieu dans la semaine du 30 juin 2035.</p>
<p>Par le collège des bourgmestre et échevins,</p>
<p>Le secrétaire communal &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Le bourgmestre</p>
</body></html>
"""

def build(pdf=True):
    write(KEY + "-echternach.html", SITE, KEY)
    if pdf:
        libreoffice(AVIS, KEY + "-avis.libreoffice.pdf", KEY)
    expected(KEY, reference=REF, languages=["fr"], title={"en": None, "fr": T},
             organisation={"en": None, "fr": ORG}, location={"en": None, "fr": LOC},
             schedule={"en": None, "fr": SCH}, deadline="2035-06-16", salary=None, grade="B1",
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": comp(*QUAL)})
