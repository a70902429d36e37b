"""The six documents that are not notices (3 EN, 3 FR)."""
from common import *


def cause_list():
    rows = [
        ("Mon 1 Dec 2033", "10:00", "App. No. 014/2029", "X. and Others v. Republic of ...", "Judgment on merits", "Main Courtroom"),
        ("Mon 1 Dec 2033", "14:30", "App. No. 031/2030", "Association for Legal Aid v. State ...", "Ruling on provisional measures", "Main Courtroom"),
        ("Wed 3 Dec 2033", "10:00", "Req. No. 002/2032", "Advisory opinion requested by a regional body", "Public hearing", "Main Courtroom"),
        ("Thu 4 Dec 2033", "09:30", "App. No. 047/2031", "M. K. v. Republic of ...", "Judgment on reparations", "Courtroom 2"),
        ("Fri 5 Dec 2033", "11:00", "App. No. 008/2033", "Y. v. Republic of ...", "Order striking out", "Courtroom 2"),
    ]
    tr = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cause List – 82nd Ordinary Session | African Court</title></head>
<body>
<nav><a href="#">Home</a> | <a href="#">The Court</a> | <a href="#">Cases</a> | <a href="#">Hearings</a> | <a href="#">Vacancies</a> | <a href="#">Press</a> | <a href="#">Français</a></nav>
<h1>Cause List – 82nd Ordinary Session</h1>
<dl>
<dt>Reference</dt><dd>CL/82/2033</dd>
<dt>Location</dt><dd>Seat of the Court, Dodoma Road, Arusha, Tanzania</dd>
<dt>Session</dt><dd>17 November to 12 December 2033</dd>
<dt>Deadline for media accreditation</dt><dd>28 November 2033</dd>
</dl>
<p>The Registry publishes below the matters scheduled for public sittings during the first week of December. The list may change at short notice; parties are notified directly by the Registry. Deliberations of the Court are held in private and are not listed.</p>
<table border="1">
<tr><th>Date</th><th>Time</th><th>Application</th><th>Parties</th><th>Matter</th><th>Venue</th></tr>
{tr}</table>
<h2>Requirements for members of the public</h2>
<ul>
<li>A valid passport or national identity card, presented at the gate;</li>
<li>Arrival at least 30 minutes before the sitting;</li>
<li>Mobile phones switched off inside the courtroom;</li>
<li>Photography only by accredited media, from the gallery.</li>
</ul>
<p>Judgments are read by the Presiding Judge and streamed live on the Court's channels. The operative provisions are posted on this website on the day of delivery; the full text follows within 48 hours in the Court's working languages.</p>
<p>This cause list is published for information only. It does not announce any position at the Court; current vacancies, if any, are listed on the Vacancies page.</p>
<footer>African Court on Human and Peoples' Rights · Registry · Published 24 November 2033</footer>
</body></html>
"""
    write("cause-list-african-court.en.html", page, "-")


def fragrance_brief():
    t = """CONFIDENTIAL – CUSTOMER BRIEF
==============================

Brief reference:        BRF-2033-0718
Account:                Regional snack manufacturer (Gulf)
Category:               Savory seasoning for baked crackers
Flavour direction:      Grilled chicken with sumac and lemon
Submission deadline:    12 December 2033, 17:00 CET
Location of evaluation: Customer panel, Dubai; internal pre-screening in Satigny
Account lead:           Key Account Manager, Middle East & Africa
Brief owner:            Savory Creation Team

1. BACKGROUND
The customer plans to relaunch its cracker range in the second quarter of 2034 with a
"chef-inspired" line. The current chicken seasoning is judged too salty and flat by
consumers in the 18-35 age group. The customer asks for two to three candidate flavours.

2. REQUIREMENTS
- Halal certified; no ingredients of animal origin (vegan claim on pack)
- No added monosodium glutamate; yeast extracts accepted
- Heat stable up to 200 °C for 12 minutes
- Dosage 0.4 to 0.6 % in the finished seasoning
- Compliant with GSO and EU flavouring regulations
- Target price: CHF 38 per kg of flavour, ex works

3. DELIVERABLES
- 200 g of each candidate flavour with its technical data sheet
- Sensory description and suggested claims
- Cost sheet approved by Finance

4. TIMELINE
Kick-off call            24 November 2033
Internal tasting         8 December 2033
Submission to customer   12 December 2033
Customer feedback        expected mid-January 2034

5. NOTES
This brief is a commercial request for flavour samples. It is circulated to the creation,
application and regulatory teams only and does not concern staffing; no additional
flavorist will be assigned to it.

Distribution: Savory Creation · Applications · Regulatory Affairs · Sensory
"""
    write("fragrance-brief-firmenich.en.txt", t, "-")


def flood_advisory():
    md = """[Town of Grand Falls](#) · [Residents](#) · [Public Notices](#) · [Français](#)

# Public Advisory – Ice Jam and Flood Risk

| | |
|---|---|
| **Advisory No.** | 2033-07 |
| **Issued by** | Town of Grand Falls – Emergency Measures Organization (EMO) |
| **Location** | Low-lying areas along the Saint John River: Madawaska Road, Chapel Street (lower end), Riverside Park |
| **Issued** | November 28, 2033, 3:00 p.m. |
| **Valid until** | December 15, 2033, unless lifted earlier |
| **Level** | Watch (level 2 of 4) |

A sudden cold snap followed by forecast rain is expected to cause ice to form and break up quickly above the falls. The River Watch program reports rising levels at the upstream gauge. There is currently **no evacuation order**.

## What residents are required to do

- Move vehicles, trailers and equipment away from the riverbank;
- Keep sump pumps in working order and clear storm drains in front of your property;
- Prepare a 72-hour emergency kit (water, food, medication, flashlight, radio);
- Register people with reduced mobility with the EMO by calling 506-555-0199.

## Road closures

Riverside Park and the boat launch are closed until further notice. Madawaska Road may be closed without notice between the bridge and the water treatment plant.

## Stay informed

Updates are posted on this page, on the Town's social media and on local radio. The next update will be issued on December 1, 2033, at noon, or earlier if the situation changes.

*This advisory concerns public safety only. For job opportunities with the Town, see the Careers page.*

Town of Grand Falls · 131 Pleasant Street · Emergency: 911
"""
    write("ice-jam-flood-advisory-grand-falls.en.md", md, "-")


def coupure_eau():
    t = """LES EAUX DE MAYOTTE – Exploitant du service public de l'eau potable
AVIS DE COUPURE D'EAU PROGRAMMÉE

Référence : TRV-2033-118
Lieu : Mamoudzou – quartiers de Cavani (secteur stade) et de M'Gombani (rue du Commerce
jusqu'au rond-point de la SIM)
Date : mardi 2 décembre 2033, de 8 h 00 à 16 h 00
Motif : raccordement de la nouvelle conduite de transfert DN 300 au réservoir de Cavani

Madame, Monsieur,

Afin de poursuivre les travaux de sécurisation du réseau, nous serons contraints
d'interrompre la distribution d'eau potable dans les secteurs indiqués ci-dessus. La remise
en eau se fera progressivement à partir de 16 h 00 ; des baisses de pression et une
coloration temporaire de l'eau peuvent être constatées jusqu'au lendemain matin.

Consignes aux usagers :
  - constituer une réserve d'eau pour la journée (boisson, cuisine, hygiène) ;
  - fermer les robinets pendant la coupure pour éviter les débordements à la remise en eau ;
  - laisser couler l'eau quelques minutes avant de la consommer ;
  - signaler toute fuite au 0269 60 00 00 (service client, 24 h/24).

Établissements prioritaires : le centre hospitalier, les dialyses à domicile et les
établissements scolaires ont été prévenus et seront approvisionnés par camion-citerne.
Date limite de signalement des besoins particuliers (personnes dépendantes, professionnels
de santé) : vendredi 28 novembre 2033 à 12 h 00, auprès de notre agence de Kawéni.

Une rampe de distribution d'eau en bouteille sera installée place de la Mairie de 9 h à 15 h.

Nous vous remercions de votre compréhension.

La Direction de l'exploitation
Mamoudzou, le 21 novembre 2033
"""
    write("avis-coupure-eau-mamoudzou.fr.txt", t, "-")


def avis_deces():
    page = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de décès – Hôpital du Jura</title></head>
<body>
<header><p>H-JU Hôpital du Jura</p><nav><a href="#">Accueil</a> · <a href="#">Actualités</a> · <a href="#">Emplois</a> · <a href="#">Contact</a></nav></header>
<p><a href="#">Accueil</a> › <a href="#">Actualités</a> › Avis de décès</p>
<h1>Avis de décès</h1>
<p>La Direction générale, le Conseil d'administration et l'ensemble du personnel de l'Hôpital du Jura ont le profond regret de faire part du décès de</p>
<h2>Monsieur Raymond Chapatte</h2>
<p>ancien technicien en radiologie médicale chef du site de Delémont</p>
<p>survenu le 26 novembre 2033, dans sa 84<sup>e</sup> année.</p>
<p>Entré en 1974 à l'hôpital de district de Delémont comme technicien en radiologie, Raymond Chapatte a dirigé l'équipe TRM de 1992 à sa retraite en 2014. Il a accompagné l'arrivée du premier scanner dans le canton et formé plusieurs générations de techniciennes et techniciens, dont beaucoup travaillent aujourd'hui encore à l'H-JU. Ses collègues gardent le souvenir d'un chef exigeant, attentif aux patients et toujours disponible.</p>
<table>
<tr><td>Lieu de la cérémonie</td><td>Église Saint-Marcel, Delémont</td></tr>
<tr><td>Date</td><td>mardi 2 décembre 2033 à 14 h 00</td></tr>
<tr><td>Référence de l'avis</td><td>COM-2033-211</td></tr>
</table>
<p>Un registre de condoléances est ouvert à la réception principale du site de Delémont jusqu'au 5 décembre 2033. En lieu et place de fleurs, la famille suggère un don à la Ligue jurassienne contre le cancer.</p>
<p>Nous adressons à sa famille et à ses proches nos plus sincères condoléances.</p>
<footer><p>Hôpital du Jura · Chemin du Puits 1 · 2800 Delémont · Publié le 28.11.2033</p></footer>
</body></html>
"""
    write("avis-de-deces-hopital-du-jura.fr.html", page, "-")


def bulletin_air():
    md = """# Bulletin hebdomadaire de la qualité de l'air – Nouméa

**Émetteur :** Société Le Nickel – Département Environnement, usine de Doniambo
**Référence :** BQA-2033-47
**Période :** du lundi 17 au dimanche 23 novembre 2033
**Lieu des mesures :** stations de Logicoop, Faubourg-Blanchot, Montravel et Vallée-du-Tir

## Résultats de la semaine (dioxyde de soufre, SO₂)

| Station | Moyenne hebdomadaire (µg/m³) | Maximum horaire (µg/m³) | Dépassement du seuil d'information |
|---|---|---|---|
| Logicoop | 11 | 168 | non |
| Faubourg-Blanchot | 7 | 92 | non |
| Montravel | 14 | 311 | oui (1 heure, le 20/11 à 10 h) |
| Vallée-du-Tir | 9 | 143 | non |

Les poussières fines (PM10) sont restées sous la valeur de 50 µg/m³ en moyenne journalière sur l'ensemble des stations.

## Commentaire

Le dépassement ponctuel relevé à Montravel le 20 novembre correspond à un épisode de vent faible de secteur ouest pendant le redémarrage du four n° 11. Les mesures de réduction prévues par l'arrêté d'exploitation ont été appliquées dans l'heure (baisse de puissance et utilisation de fioul à très basse teneur en soufre).

## Exigences réglementaires rappelées

- Seuil d'information et de recommandation : 300 µg/m³ en moyenne horaire ;
- Seuil d'alerte : 500 µg/m³ pendant trois heures consécutives ;
- Information de la province Sud et de Scal'Air dans l'heure qui suit un dépassement.

## Prochaines échéances

Prochain bulletin : lundi 1er décembre 2033. Date limite de transmission du rapport trimestriel à la province Sud : 15 décembre 2033. Réunion du comité de suivi environnemental ouverte au public : jeudi 11 décembre 2033 à 18 h, salle Mwa Ka, Nouméa.

*Bulletin d'information environnementale. Ce document ne constitue ni une offre d'emploi ni un appel d'offres.*
"""
    write("bulletin-qualite-air-doniambo-sln.fr.md", md, "-")


def build():
    cause_list(); fragrance_brief(); flood_advisory()
    coupure_eau(); avis_deces(); bulletin_air()
