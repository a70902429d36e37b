from common import *
KEY, REF = "has-drh-2044-118", "HAS-DRH-2044-118"
T = "Chef de projet scientifique – évaluation des médicaments (H/F)"
ORG = "Haute Autorité de santé"
LOC = "Saint-Denis La Plaine (93)"
SCH = "Temps plein, télétravail possible jusqu'à deux jours par semaine"
ESS = ["Doctorat en pharmacie ou en médecine, ou doctorat de sciences en pharmacologie ou en épidémiologie",
       "Expérience d'au moins quatre ans en évaluation clinique, en recherche clinique ou en affaires médicales",
       "Maîtrise de la lecture critique d'essais cliniques et des méthodes de comparaison indirecte",
       "Anglais scientifique courant"]
DES = ["Connaissance des procédures d'accès au marché du médicament",
       "Pratique d'un logiciel de méta-analyse (R, Stata)"]
COMP = [("Rigueur scientifique", "vous fondez chaque conclusion sur les données disponibles"),
        ("Aisance rédactionnelle", "vous rédigez des avis clairs pour des lecteurs non spécialistes"),
        ("Sens du service public", "vous agissez avec impartialité et dans le respect des règles déontologiques")]
expected(KEY, REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2044-06-20",
         salary={"min": 3840, "max": 4610, "currency": "EUR", "period": "month"},
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T} – Recrutement – HAS</title></head>
<body>
<a href="#contenu">Aller au contenu</a> · <a href="#">Accessibilité : partiellement conforme</a>
<header><p>RÉPUBLIQUE FRANÇAISE</p><p><b>HAS</b> HAUTE AUTORITÉ DE SANTÉ</p>
<ul><li>Professionnels</li><li>Patients et usagers</li><li>Recommandations</li><li>Évaluations</li><li>La HAS recrute</li></ul>
<form><input placeholder="Rechercher"></form></header>
<main id="contenu">
<p>Accueil / La HAS / Nous rejoindre / Offres d'emploi</p>
<p>Mis en ligne le 18 mai 2044 – Direction de l'évaluation et de l'accès à l'innovation</p>
<h1>{T}</h1>
<table border="1" cellpadding="5">
<caption>Informations générales</caption>
<tr><td><b>Référence de l'offre</b></td><td>{REF}</td></tr>
<tr><td><b>Employeur</b></td><td>{ORG}</td></tr>
<tr><td><b>Direction / service</b></td><td>Direction de l'évaluation et de l'accès à l'innovation – Service de l'évaluation des médicaments</td></tr>
<tr><td><b>Localisation</b></td><td>{LOC}</td></tr>
<tr><td><b>Nature du contrat</b></td><td>CDD de trois ans, renouvelable, ou détachement pour les fonctionnaires</td></tr>
<tr><td><b>Temps de travail</b></td><td>{SCH}</td></tr>
<tr><td><b>Rémunération</b></td><td>Entre 3 840 € et 4 610 € brut mensuel, selon le profil et l'expérience</td></tr>
<tr><td><b>Date limite de candidature</b></td><td>20/06/2044</td></tr>
</table>
<h2>Le service</h2>
<p>Le service prépare les avis de la commission de la transparence sur le service médical rendu et l'amélioration du service médical rendu des médicaments, en vue de leur prise en charge par l'Assurance maladie. Il compte une trentaine de chefs de projet, pharmaciens, médecins et méthodologistes.</p>
<h2>Vos missions</h2>
<ul>
<li>analyser les dossiers déposés par les industriels et rédiger les projets d'avis ;</li>
<li>présenter les dossiers en séance de la commission ;</li>
<li>conduire des réévaluations de classes thérapeutiques ;</li>
<li>répondre aux sollicitations des associations de patients et des sociétés savantes.</li>
</ul>
<h2>Profil recherché</h2>
<ul>
{chr(10).join(f"<li>{x}</li>" for x in ESS)}
</ul>
<h2>Seraient appréciés</h2>
<ul>
{chr(10).join(f"<li>{x}</li>" for x in DES)}
</ul>
<h2>Qualités attendues</h2>
<dl>
{chr(10).join(f"<dt>{n}</dt><dd>{d}</dd>" for n, d in COMP)}
</dl>
<p>Une déclaration publique d'intérêts sera demandée avant la prise de fonctions. Les entretiens se tiendront à partir du 29 juin 2044 ; la prise de poste est souhaitée au 1er septembre 2044.</p>
<p><a href="#">Postuler sur la plateforme</a></p>
</main>
<footer><p>Haute Autorité de santé – 5, avenue du Stade-de-France (adresse reprise du site, bâtiment fictif) · Plan du site · Données personnelles · Gestion des cookies</p></footer>
</body></html>
"""
write(f"{KEY}-has.html", html, KEY)

QUAL = chr(10).join(n + chr(10) + d for n, d in COMP)
board = f"""Jobs Santé Publique   Offres   Entreprises   Média   Se connecter
Toutes les offres › Recherche clinique › {ORG}

{ORG}
{T}
CDDSaint-Denis La PlaineTélétravail fréquentSalaire : 3,8K à 4,6K €Début : 01 septembre 2044Bac +8Expérience : > 4 ans
Postuler  Sauvegarder

Le poste
Descriptif du poste
Référence de l'offre : {REF}
Employeur : {ORG}
Localisation : {LOC}
Temps de travail : {SCH}
Rémunération : entre 3 840 € et 4 610 € brut mensuel, selon le profil et l'expérience
Date limite de candidature : 20/06/2044

Le service de l'évaluation des médicaments prépare les avis de la commission de la transparence. Vous analysez les dossiers des industriels, rédigez les projets d'avis et les présentez en séance.

Profil recherché
{chr(10).join(ESS)}

Seraient appréciés
{chr(10).join(DES)}

Qualités attendues
{QUAL}

Déroulement des entretiens
Entretien RH puis entretien technique à partir du 29 juin 2044.

Envie d'en savoir plus ?
L'entreprise
Autorité publique indépendante · 430 collaborateurs · Âge moyen : 44 ans · Parité : 62 % de femmes

Ces offres pourraient aussi vous intéresser
Data scientist en santé (H/F) · CDI · Paris · 55K à 65K €
Pharmacien·ne évaluateur·rice · CDD · Lyon · il y a 4 jours
"""
write(f"{KEY}-jobssante.txt", board, KEY)
