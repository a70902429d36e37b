"""The six documents of corpus201 that are not vacancy notices (3 EN, 3 FR)."""
from common import write

TOURS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tours of the Legislative Building | Legislative Assembly of Ontario</title></head>
<body>
<header><a href="#main">Skip to main content</a> <strong>Legislative Assembly of Ontario</strong>
<nav><a href="#">Members</a> · <a href="#">House documents</a> · <a href="#">Committees</a> · <a href="#">Visit</a> · <a href="#">Careers</a> · <a href="#">Français</a></nav></header>
<main id="main">
<p><a href="#">Home</a> › <a href="#">Visit</a> › Tours</p>
<h1>Tours of the Legislative Building – Summer 2034</h1>
<p>Discover more than a century of parliamentary history at Queen's Park. Our guides lead free tours of the Chamber, the Legislative Library corridors and the art collection, in English and in French.</p>
<table>
<tr><th>Reference</th><td>Visitor Services programme VS-2034-S</td></tr>
<tr><th>Location</th><td>Legislative Building, Queen's Park, Toronto, ON (main entrance, north side)</td></tr>
<tr><th>Dates</th><td>June 26 to September 1, 2034, Monday to Friday; Saturdays in July and August</td></tr>
<tr><th>Schedule</th><td>Departures every hour from 9:30 a.m. to 3:30 p.m.; full-time guides are also available for groups on request</td></tr>
<tr><th>Duration</th><td>45 minutes</td></tr>
<tr><th>Cost</th><td>Free; the gift shop accepts cash and cards</td></tr>
<tr><th>Deadline for group bookings</th><td>At least 14 days before the visit (school groups for September: July 14, 2034)</td></tr>
</table>
<h2>Requirements for all visitors</h2>
<ul>
<li>Government-issued photo identification for visitors aged 18 and over</li>
<li>Security screening at the entrance; bags larger than 40 × 30 cm are not permitted</li>
<li>Groups of more than 10 people must book in advance</li>
</ul>
<h2>When the House is sitting</h2>
<p>Tours do not enter the Chamber while the House is sitting. You may instead watch proceedings from the public galleries; passes are issued at the information desk on a first-come, first-served basis.</p>
<h2>Accessibility</h2>
<p>The building is accessible by the south ramp. Guides trained in plain-language interpretation are available on request; ask for the accessible tour when you book.</p>
<p>This page describes public tours only. It does not advertise any position with the Assembly; current job openings are listed on the Career Opportunities portal.</p>
</main>
<footer>Queen's Park, Toronto · Privacy · Accessibility · © Legislative Assembly of Ontario 2034</footer>
</body></html>
"""

MEDIA_KIT = """[ArianeGroup](#) · [Press](#) · [Media kits](#) · [FR](#) | **EN**

# Media kit – Hot-fire test campaign HF-34-B, Vernon test centre

**Reference:** PRESS/VER/2034-12\\
**Location:** ArianeGroup test centre, Vernon, France (Normandy)\\
**Campaign dates:** 10 to 28 July 2034\\
**Media day:** Thursday 20 July 2034, 10:00–15:00\\
**Registration deadline for journalists:** 12 July 2034

## The campaign

Over three weeks, the Vernon test centre will run nine hot-fire tests of the upper-stage engine demonstrator on its vacuum test bench. Each test lasts up to 900 seconds and burns liquid oxygen and liquid hydrogen. The campaign will validate the new injector head and the re-ignition sequence.

| Key figure | Value |
|---|---|
| Number of tests | 9 |
| Longest planned test | 900 s |
| Propellant per test | about 28 tonnes |
| Test team | 35 engineers and technicians |
| Investment in bench upgrade | EUR 14 million |

## Media day programme

1. Welcome and safety briefing
2. Visit of the control room with the test director
3. Interviews with the test engineer in charge of the campaign and with a young technician
4. Observation of a test firing from the safe area (subject to weather and to the test schedule)

## Requirements for media attending

* Valid press card and identity document, names sent before the registration deadline
* Safety shoes and long trousers (hearing protection is provided)
* Filming of the control room screens is not allowed

## Contacts

Press office: press@ariane.group.example · +33 1 00 00 00 00

*This media kit is information for journalists. It is not a job offer; ArianeGroup positions are published on its careers site.*
"""

FLYER = """METRO – WEEKLY FLYER (Ontario)
Valid Thursday, July 6 to Wednesday, July 12, 2034
Reference: ON-FLY-2034-W28

Your store
Location: METRO Riverside Plaza, Kingston, ON
Store hours: 7 a.m. to 11 p.m., 7 days a week
Pharmacy: see store for hours

THIS WEEK'S HEADLINERS
Fresh Ontario strawberries, 1 L .......................... $3.99
Boneless skinless chicken breasts, per lb ................ $5.49  ($12.10/kg)
Selection cereal, 350-525 g ............................. 2 for $7
Irresistibles sparkling water, 12 x 355 mL ............... $4.99
Sweet corn, product of Ontario ........................... 6 for $3.99

PRICES YOU'LL LOVE
Watermelon, whole, each .................................. $5.99
Lean ground beef, per lb .................................. $4.99
Ice cream, 1.5 L ............................................. $3.49

Requirements and conditions
- Limit of 4 per customer on headliners, while quantities last
- Prices valid at participating Ontario stores only
- metro&moi points: earn 10x points on items marked with a star; the offer deadline is July 12, 2034 at closing time
- Some products may not be available in all stores

WE'RE HERE FOR YOU
Online grocery: order by 10 p.m. for delivery the next day.
Questions about this flyer? Call customer service, Monday to Friday from 8 a.m. to 8 p.m.

Illustrations are for reference only. We reserve the right to limit quantities. This flyer is a promotional document; it does not advertise jobs. For careers at METRO, visit our careers site.
"""

AQUA = """MUNICIPALITÉ DE CASSELMAN
Service des loisirs et de la culture

PROGRAMME DES ACTIVITÉS AQUATIQUES – ÉTÉ 2034
Pataugeoire municipale et piscine extérieure du parc

Référence du programme : LOI-AQUA-2034
Lieu : Piscine extérieure du parc municipal, rue Laurier, Casselman (Ontario)
Période : du 3 juillet au 25 août 2034
Date limite d'inscription : 28 juin 2034, 16 h (session 1) et 24 juillet 2034 (session 2)

COURS DE NATATION (8 cours de 30 minutes)
Niveau                 Âge          Horaire                   Tarif
Étoile de mer          3 à 5 ans    lundi et mercredi, 9 h    48,00 $
Niveau Junior 1-2      6 à 8 ans    lundi et mercredi, 10 h   52,00 $
Niveau Junior 3-5      7 à 10 ans   mardi et jeudi, 9 h       52,00 $
Médaille de bronze     13 ans et +  samedi, 13 h              165,00 $ (manuel inclus)

BAIGNADE LIBRE
Tous les jours de 13 h à 16 h et de 18 h à 20 h : 3,00 $ (enfant), 4,50 $ (adulte), 12,00 $ (famille).

EXIGENCES
- Les enfants de moins de 7 ans doivent être accompagnés d'une personne de 14 ans ou plus dans l'eau.
- Le test de nage en eau profonde est obligatoire pour accéder au plongeoir.
- Douche obligatoire avant la baignade; maillot de bain exigé.

SÉCURITÉ
Nos sauveteurs et moniteurs détiennent la Croix de bronze, le brevet de sauveteur national et une formation en premiers soins à jour. La piscine ferme en cas d'orage ou lorsque la température de l'eau est inférieure à 20 °C.

INSCRIPTION
En ligne sur le portail des loisirs ou au comptoir de l'hôtel de ville, du lundi au vendredi de 8 h 30 à 16 h 30. Remboursement possible jusqu'à la date limite d'inscription, moins des frais de 10 $.

Ce document présente une programmation récréative; il ne s'agit pas d'une offre d'emploi. Les postes saisonniers de la Municipalité sont affichés séparément.
"""

FRAIS = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Frais d'inscription 2034-2035 – UFHB</title></head>
<body>
<header><strong>Université Félix Houphouët-Boigny</strong> · <a href="#">L'Université</a> · <a href="#">Formations</a> · <a href="#">Recherche</a> · <a href="#">Étudiants</a> · <a href="#">Actualités</a></header>
<main>
<p><a href="#">Accueil</a> › <a href="#">Étudiants</a> › Inscriptions</p>
<h1>Note circulaire relative aux frais d'inscription – année universitaire 2034-2035</h1>
<p><b>Référence :</b> NC/0519/UFHB/P/SG/DAAP/2034<br>
<b>Lieu :</b> Abidjan-Cocody (Côte d'Ivoire), guichets de la Direction des affaires académiques et pédagogiques<br>
<b>Date :</b> 20 juin 2034<br>
<b>Date limite des inscriptions administratives :</b> 15 septembre 2034</p>
<p>Le Président de l'Université porte à la connaissance des étudiants et de leurs parents les montants des droits d'inscription applicables pour l'année universitaire 2034-2035.</p>
<table border="1">
<tr><th>Cycle</th><th>Étudiants nationaux</th><th>Étudiants non nationaux</th></tr>
<tr><td>Licence</td><td>30 000 FCFA</td><td>150 000 FCFA</td></tr>
<tr><td>Master</td><td>75 000 FCFA</td><td>300 000 FCFA</td></tr>
<tr><td>Doctorat</td><td>100 000 FCFA</td><td>400 000 FCFA</td></tr>
</table>
<h2>Pièces exigées</h2>
<ul>
<li>la fiche de préinscription imprimée depuis la plateforme en ligne ;</li>
<li>le reçu de paiement des droits délivré par la banque partenaire ;</li>
<li>deux photos d'identité récentes ;</li>
<li>pour les nouveaux bacheliers, l'attestation de réussite au baccalauréat.</li>
</ul>
<h2>Conditions</h2>
<p>Aucun paiement en espèces n'est accepté aux guichets. Les étudiants salariés ou fonctionnaires en reprise d'études présentent en plus une autorisation de leur employeur. Les inscriptions tardives donnent lieu à une pénalité de 10 000 FCFA jusqu'au 30 septembre 2034.</p>
<p>La présente note concerne uniquement les inscriptions des étudiants ; elle ne constitue ni un avis de recrutement ni un appel à candidatures pour le personnel.</p>
<p style="text-align:right">Le Président de l'Université</p>
</main>
<footer>© Université Félix Houphouët-Boigny · Abidjan-Cocody · Mentions légales</footer>
</body></html>
"""

FICHE = """[Eclosio](#) · [Nos actions](#) · [Projets](#) · [Nous rejoindre](#) · [Faire un don](#)

# Fiche projet – Agroécologie et marchés locaux dans la vallée du fleuve Sénégal

| | |
|---|---|
| **Référence du projet** | ECL-SN-2032-03 |
| **Lieu** | Départements de Podor et de Dagana, Sénégal |
| **Durée** | 1er janvier 2032 – 31 décembre 2036 |
| **Budget total** | 1 840 000 € |
| **Bailleurs** | Coopération belge au développement (80 %), fonds propres (20 %) |
| **Partenaires** | Deux fédérations d'organisations paysannes et une université sénégalaise |
| **Date limite du prochain rapport intermédiaire** | 31 juillet 2034 |

## Objectif

Renforcer la résilience de 2 400 familles agricoles en développant des pratiques agroécologiques et en facilitant l'accès des productions aux marchés locaux.

## Résultats attendus

1. 60 champs-écoles paysans animés chaque saison ;
2. Trois points de vente collectifs ouverts à Podor, Richard-Toll et Dagana ;
3. Une plateforme d'échange entre producteurs, transformatrices et collectivités.

## Équipe du projet

Le projet est mis en œuvre par une coordination locale composée d'un coordinateur, de deux animatrices et d'un comptable, tous salariés des partenaires, avec l'appui du pôle Afrique de l'Ouest d'Eclosio à Liège. L'équipe est au complet pour toute la durée du projet.

## Exigences de suivi

* Rapport narratif et financier semestriel ;
* Évaluation à mi-parcours en 2034 par un bureau indépendant ;
* Audit annuel des comptes.

## Chiffres clés 2033

* 1 150 familles accompagnées
* 38 tonnes de légumes vendues en circuit court
* 14 formations de formateurs

*Cette fiche présente un projet en cours. Elle n'est pas une offre d'emploi ; nos offres sont publiées dans la rubrique « Nous rejoindre ».*
"""


def build():
    write("legislative-building-tours-ola.en.html", TOURS)
    write("media-kit-hot-fire-test-arianegroup.en.md", MEDIA_KIT)
    write("weekly-flyer-metro-ontario.en.txt", FLYER)
    write("activites-aquatiques-ete-casselman.fr.txt", AQUA)
    write("frais-inscription-2034-2035-ufhb.fr.html", FRAIS)
    write("fiche-projet-agroecologie-eclosio.fr.md", FICHE)
