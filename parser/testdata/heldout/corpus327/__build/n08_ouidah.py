from common import *

KEY = "mo-sg-2045-01"
D = dict(
    reference="MO/SG/2045/01", post_number=None, languages=["fr"],
    title=both(None, "Chef du Service des affaires domaniales et foncières"),
    organisation=both(None, "Mairie de Ouidah"),
    location=both(None, "Hôtel de ville de Ouidah (Bénin)"),
    schedule=both(None, "Temps plein"),
    deadline="2045-01-24",
    salary=sal(amount=291500, cur="XOF", period="month"),
    grade="A1", clearance=None,
    requirements=both(None, req([
        "être de nationalité béninoise ;",
        "être titulaire d'une licence en droit, en géographie ou en aménagement du territoire ;",
        "justifier d'une expérience d'au moins trois ans dans la gestion foncière ou domaniale ;",
        "maîtriser les dispositions du Code foncier et domanial ;",
        "jouir de ses droits civiques.",
    ], [
        "la connaissance du fongbé ;",
        "la pratique des outils de cartographie numérique.",
    ])),
    competencies=both(None, []),
)
R = D["requirements"]["fr"]


def html():
    li = lambda xs: "\n".join(f"<li>{x}</li>" for x in xs)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis de recrutement – Mairie de Ouidah</title></head>
<body>
<div id="topbar">République du Bénin · Département de l'Atlantique · Commune de Ouidah</div>
<header><h3>Mairie de Ouidah</h3><p>Cité historique, porte du retour</p>
<nav><a href="#">Accueil</a> | <a href="#">La commune</a> | <a href="#">Services</a> | <a href="#">Avis et communiqués</a> | <a href="#">Contact</a></nav></header>
<div class="flash"><b>Flash :</b> Fête du Vodoun – programme des manifestations du 10 janvier 2045 disponible en mairie.</div>
<main>
<p>Accueil &gt; Avis et communiqués &gt; Recrutement</p>
<p><em>Publié le 19 décembre 2044 par le Secrétariat général</em></p>
<h1>AVIS DE RECRUTEMENT N° {D['reference']}</h1>
<p>Le Maire de la Commune de Ouidah porte à la connaissance du public qu'il sera procédé au recrutement d'un (01)
agent contractuel de droit public pour occuper le poste suivant :</p>
<h2>{D['title']['fr']}</h2>
<div class="fiche">
<p><strong>Référence :</strong> {D['reference']}</p>
<p><strong>Employeur :</strong> {D['organisation']['fr']}</p>
<p><strong>Direction :</strong> Direction des Services Techniques</p>
<p><strong>Lieu d'affectation :</strong> {D['location']['fr']}</p>
<p><strong>Catégorie :</strong> A1</p>
<p><strong>Régime de travail :</strong> {D['schedule']['fr']}</p>
<p><strong>Rémunération :</strong> 291 500 FCFA brut par mois, primes et indemnités réglementaires en sus</p>
<p><strong>Date limite de dépôt :</strong> mardi 24 janvier 2045 à 12 heures</p>
</div>
<h3>1. Attributions</h3>
<ol type="a">
<li>tenir le registre foncier urbain et le registre des demandes de permis d'habiter ;</li>
<li>instruire les dossiers de lotissement et de recasement ;</li>
<li>préparer les dossiers de la commission communale de gestion foncière ;</li>
<li>suivre le recouvrement des taxes liées aux domaines ;</li>
<li>contribuer à la prévention des conflits fonciers avec les chefs d'arrondissement.</li>
</ol>
<h3>2. Conditions de candidature</h3>
<p>Les candidats doivent :</p>
<ul>
{li(R['essential'])}
</ul>
<p>Constituent des atouts :</p>
<ul>
{li(R['desirable'])}
</ul>
<h3>3. Pièces à fournir</h3>
<p>Une demande manuscrite adressée au Maire, un CV, une copie légalisée du diplôme, un extrait d'acte de naissance et un
casier judiciaire de moins de trois mois. Les dossiers sont reçus au Secrétariat général, bureau n° 4. Les candidats
présélectionnés passeront un entretien le 3 février 2045.</p>
<p><strong>Le Maire</strong></p>
</main>
<aside><h4>Autres communiqués</h4><ul><li>Campagne de recensement fiscal – jusqu'au 31 janvier 2045</li><li>Session ordinaire du conseil communal – 28 janvier 2045</li></ul></aside>
<footer>Mairie de Ouidah – Place de l'Hôtel de ville – BP 00 (adresse fictive)</footer>
</body></html>
"""


def news():
    L = ["BéninActu Plus – L'info au quotidien", "Accueil | Politique | Économie | Société | Emploi | Culture | Sport", "",
         "EMPLOI", "Ouidah : la mairie recrute un chef du service des affaires domaniales",
         "Par la Rédaction – 20 décembre 2044 à 09h12 – 3 min de lecture – 2 815 lectures", "",
         "La Commune de Ouidah lance un appel à candidatures pour renforcer sa Direction des Services Techniques. Le poste",
         "vise à mieux encadrer la gestion du foncier, source de nombreux litiges dans la commune. Voici l'avis intégral.", "",
         f"Avis de recrutement n° {D['reference']}",
         f"Poste : {D['title']['fr']}",
         f"Employeur : {D['organisation']['fr']}",
         f"Lieu d'affectation : {D['location']['fr']}",
         "Catégorie : A1",
         f"Régime de travail : {D['schedule']['fr']}",
         "Rémunération : 291 500 FCFA brut par mois",
         "Date limite : 24/01/2045 à 12 h", "",
         "Les candidats doivent :"]
    L += ["* " + x for x in R['essential']]
    L += ["Constituent des atouts :"] + ["* " + x for x in R['desirable']]
    L += ["", "Dossier : demande manuscrite, CV, diplôme légalisé, acte de naissance, casier judiciaire (entretien le 3 février 2045).", "",
          "Partager : Facebook | WhatsApp | X", "",
          "À LIRE AUSSI",
          "Abomey-Calavi : concours de recrutement de 40 agents de voirie, dépôt avant le 31/01/2045",
          "Porto-Novo : la fête du 10 janvier se prépare", "",
          "3 commentaires",
          "Kossi A. – 20/12/2044 : Enfin un concours transparent j'espère.",
          "Rachida – 20/12/2044 : La licence en géographie est acceptée ? Oui c'est écrit.",
          "Gildas – 21/12/2044 : Il faut déposer physiquement ou par mail ?"]
    return "\n".join(L) + "\n"


def build():
    expected(KEY, D)
    w(f"{KEY}-ouidah.html", html(), KEY)
    w(f"{KEY}-beninactu.txt", news(), KEY)
