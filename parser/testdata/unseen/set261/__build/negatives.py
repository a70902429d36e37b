from common import *

TOOL = """BRENTHOLLOW TOOL LIBRARY
Membership and Borrowing Rules – 2039-2040 season
Document ref.: BTL-RULES-2039

Posted: June 22, 2039 | Applies from: July 1, 2039

WHO WE ARE
The Brenthollow Tool Library is a volunteer-run lending library of more than 900 tools, from drills and ladders to
pressure washers and canning kits. We are not an employer and this page does not offer any job, post or salary.

LOCATION
Unit 4, 218 Mill Race Road, Brenthollow (rear entrance, ramp access)

SCHEDULE
Tuesday ............ 5:00 p.m. – 8:00 p.m.
Thursday ........... 5:00 p.m. – 8:00 p.m.
Saturday ........... 10:00 a.m. – 2:00 p.m.
Closed on statutory holidays and from August 10 to August 23, 2039 (inventory).

MEMBERSHIP FEES
Individual ......... $45 per year
Household .......... $70 per year
Low-income rate .... $15 per year (no proof required)

REQUIREMENTS FOR MEMBERSHIP
- Be 18 years of age or older
- Show a photo ID and proof of address in the county
- Sign the liability waiver and the tool safety acknowledgement
- Complete the 20-minute orientation for power tools (class B and C items)

BORROWING RULES
1. Up to 5 tools at a time, for 7 days; one renewal if nobody is waiting.
2. Late fee: $2 per tool per day, capped at the tool's replacement value.
3. Tools are returned clean; blades and bits are checked by the shift lead.
4. Damage must be reported at return. Normal wear is never charged.

RENEWAL DEADLINE
Members whose membership ends on June 30 keep their borrowing rights if they renew by July 15, 2039. After that date
the account is paused until payment.

SHIFT LEADS AND VOLUNTEERS
Shift leads are unpaid volunteers who receive a free household membership. No positions are being recruited this
season; the volunteer roster is full until spring 2040.

Questions: hello@brenthollowtools.example | 555-0187
"""

BOOKMOBILE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bookmobile – Summer 2039 route and stop requests | Wrenfield Public Library</title></head>
<body>
<header><p><strong>Wrenfield Public Library</strong> · Catalogue · Events · Kids &amp; Teens · Careers · Donate</p></header>
<p>Home › Services › Bookmobile</p>
<main>
<h1>Bookmobile: Summer 2039 Route Schedule and Stop Requests</h1>
<p><em>Service bulletin WPL-BM-2039-03 · Updated June 26, 2039</em></p>
<p>Our bookmobile visits rural hamlets, seniors' residences and day camps every two weeks from July 6 to August 29, 2039.
Items can be borrowed, returned and placed on hold at every stop.</p>
<h2>Route schedule</h2>
<table border="1">
<tr><th>Stop</th><th>Location</th><th>Day</th><th>Time</th></tr>
<tr><td>1</td><td>Cedar Flats Community Hall</td><td>Monday (week A)</td><td>10:00–11:30</td></tr>
<tr><td>2</td><td>Orchard View Seniors' Residence</td><td>Monday (week A)</td><td>1:30–2:30</td></tr>
<tr><td>3</td><td>Pine Hollow day camp</td><td>Wednesday (week B)</td><td>9:30–10:30</td></tr>
<tr><td>4</td><td>Wrenfield Marina parking lot</td><td>Friday (week B)</td><td>4:00–6:00</td></tr>
</table>
<h2>Request a new stop</h2>
<p>Community groups may ask for a stop for the fall season. Requirements:</p>
<ul>
<li>a paved or gravel area of at least 15 m by 5 m, accessible to an 11-tonne vehicle;</li>
<li>at least 20 regular users or one institution (school, residence, camp);</li>
<li>a contact person available during the visit.</li>
</ul>
<p>Deadline for fall stop requests: <strong>July 24, 2039</strong>. Decisions are announced in the September newsletter.</p>
<h2>Frequently asked questions</h2>
<p><strong>Is the bookmobile hiring?</strong> No. The bookmobile is staffed by our existing Outreach Services team
(a Library Technician and a driver). This page is not a job posting; for employment opportunities, see the Careers page,
which currently lists no open positions.</p>
<p><strong>Is there a cost?</strong> No. A library card is free for residents; non-residents pay $40 a year.</p>
<p><strong>What if it rains?</strong> The bookmobile runs in any weather except lightning or extreme heat warnings.</p>
</main>
<footer><p>Wrenfield Public Library · 12 Queen Street, Wrenfield · Privacy · Accessibility</p></footer>
</body></html>
"""

DOGPARK = """# Proposed off-leash dog park at Heron Point – public consultation

**Township of Larkspur Bend** · Parks, Recreation and Facilities · File PRF-2039-07

| | |
|---|---|
| **Consultation period** | June 23 to July 27, 2039 |
| **Location** | Heron Point Park, north field (behind the splash pad) |
| **Proposed schedule** | 6:00 a.m. to 10:00 p.m., year-round |
| **Estimated cost** | $184,000 (fencing, double gates, water station, lighting) |
| **Deadline for comments** | July 27, 2039 |

## What is proposed

A fenced area of 0.6 hectares with separate enclosures for small and large dogs, benches, shade trees and a water
station. Parking would use the existing Heron Point lot (42 spaces).

## Requirements for users (draft by-law)

- Every dog must hold a current Township dog licence.
- Dogs must be vaccinated and older than four months.
- Children under 12 must be accompanied by an adult.
- Owners pick up after their dogs and remain in the enclosure.

## How to take part

1. Fill in the online survey (10 minutes).
2. Attend the open house on **July 9, 2039**, 6–8 p.m., at the Larkspur Bend Community Centre.
3. Write to the Parks Planner, File PRF-2039-07, before the deadline.

## What happens next

Staff will present a report to Council on September 14, 2039. If approved, construction would start in spring 2040.

> This is a public consultation. It is not a request for proposals and not a job posting: the Township is not hiring for
> this project, and no salary, contract or position is attached to it.

*Personal information collected is used only for this consultation.*
"""

PORTAGE = """[Accueil](https://www.valmorey.example/) › [Solidarités](https://www.valmorey.example/solidarites) › Portage de repas

# Portage de repas à domicile – inscription et tarifs 2039-2040

**Centre communal d'action sociale (CCAS) de Valmorey** · Fiche pratique n° CCAS-PR-2039

*Mise à jour : 25 juin 2039*

Le CCAS livre chaque jour ouvrable des repas complets (entrée, plat, fromage, dessert) préparés par la cuisine centrale
de la commune. Ce service n'est pas une offre d'emploi : les livraisons sont assurées par les agents déjà en poste au CCAS
et aucun recrutement n'est ouvert.

## Conditions requises

- Résider sur la commune de Valmorey ;
- Être âgé de 65 ans ou plus, ou être en situation de handicap, ou sortir d'hospitalisation (durée limitée à trois mois) ;
- Être présent au domicile au moment de la livraison.

## Tarifs au 1er septembre 2039

| Quotient familial | Prix du repas |
|---|---|
| Moins de 800 € | 5,90 € |
| De 800 € à 1 400 € | 7,40 € |
| Plus de 1 400 € | 9,10 € |

Les revenus pris en compte sont les pensions et salaires de l'avis d'imposition 2039.

## Lieu et horaires de livraison

Livraison entre 9 h 30 et 12 h, du lundi au vendredi ; les repas du week-end sont livrés le vendredi.

## Inscription

Dossier à retirer à l'accueil du CCAS (2, place du Marché) ou à télécharger. **Date limite d'inscription pour la
rentrée : 18 juillet 2039.** Les demandes reçues après cette date sont traitées dans la limite des places disponibles.

Pièces à fournir : justificatif de domicile, dernier avis d'imposition, certificat médical le cas échéant.

Contact : Mme Roussel, responsable du pôle seniors – 04 00 00 00 00 – ccas@valmorey.example
"""

TAD = """COMMUNAUTÉ DE COMMUNES DE MONTREVEL-SUR-AIGRE
RÈGLEMENT DU SERVICE DE TRANSPORT À LA DEMANDE « AIGRE'BUS »
Délibération n° 2039-061 du conseil communautaire du 19 juin 2039 – applicable au 1er août 2039

ARTICLE 1 – OBJET
Le présent règlement fixe les conditions d'accès au service de transport à la demande (TAD) sur les 14 communes de la
communauté. Il ne constitue ni une offre d'emploi ni un appel à candidatures : la conduite des véhicules est confiée à
un transporteur titulaire d'un marché public.

ARTICLE 2 – LIEU ET ZONES DESSERVIES
Le service relie les arrêts identifiés de chaque commune aux pôles de Montrevel-sur-Aigre (marché, maison de santé,
gare) et de Saint-Gildas-la-Forêt (zone commerciale).

ARTICLE 3 – HORAIRES
Du lundi au samedi, de 8 h à 18 h 30. Le service ne fonctionne pas les dimanches et jours fériés.

ARTICLE 4 – CONDITIONS REQUISES POUR L'INSCRIPTION
- être domicilié dans l'une des 14 communes ;
- avoir plus de 16 ans, ou être accompagné d'un adulte ;
- remplir la fiche d'inscription (profil, coordonnées, besoins d'accessibilité).

ARTICLE 5 – RÉSERVATION
La réservation se fait au plus tard la veille à 17 h (le vendredi pour le lundi) par téléphone au 05 00 00 00 00 ou en ligne.
Date limite d'inscription pour bénéficier du service dès son lancement : 25 juillet 2039.

ARTICLE 6 – TARIFS
Trajet simple : 2,00 € ; carnet de 10 trajets : 16,00 € ; gratuit pour les accompagnateurs de personnes titulaires
d'une carte mobilité inclusion. Les demandeurs d'emploi bénéficient du tarif réduit de 1,00 € sur présentation d'une
attestation France Travail.

ARTICLE 7 – OBLIGATIONS DES USAGERS
Les usagers sont présents à l'arrêt cinq minutes avant l'heure convenue. Trois absences non excusées dans le mois
entraînent une suspension de quinze jours.

Fait à Montrevel-sur-Aigre, le 19 juin 2039.
Le Président de la communauté de communes
"""

OTV = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Opération Tranquillité Vacances 2039 – Saint-Aubin-des-Landiers</title></head>
<body>
<header><p><b>Saint-Aubin-des-Landiers</b> · Mairie · Vie quotidienne · Sécurité · Agenda</p></header>
<p>Accueil › Sécurité › Police municipale</p>
<main>
<h1>Opération Tranquillité Vacances – été 2039</h1>
<p><i>Avis n° PM-2039-12 – publié le 20 juin 2039</i></p>
<p>Vous partez en vacances ? La police municipale et la gendarmerie surveillent gratuitement votre domicile pendant votre
absence, lors de leurs patrouilles de jour comme de nuit.</p>
<dl>
<dt>Référence du dispositif</dt><dd>OTV-2039</dd>
<dt>Lieu</dt><dd>Tout le territoire communal, hameaux compris</dd>
<dt>Période couverte</dt><dd>du 1er juillet au 31 août 2039</dd>
<dt>Coût</dt><dd>Gratuit</dd>
<dt>Date limite d'inscription</dt><dd>au moins 7 jours avant le départ ; pour les départs d'août, au plus tard le 24 juillet 2039</dd>
</dl>
<h2>Conditions requises</h2>
<ul>
<li>Être domicilié à Saint-Aubin-des-Landiers (résidence principale ou secondaire) ;</li>
<li>s'absenter au moins 5 jours consécutifs ;</li>
<li>indiquer une personne à prévenir en cas d'anomalie.</li>
</ul>
<h2>Comment s'inscrire ?</h2>
<p>Déposez le formulaire à l'accueil de la mairie ou au poste de police municipale (horaires : du lundi au vendredi,
8 h 30 – 12 h et 13 h 30 – 17 h), ou remplissez-le en ligne.</p>
<h2>Questions fréquentes</h2>
<p><b>La commune recrute-t-elle des agents pour l'été ?</b> Non. L'opération est assurée par les trois policiers
municipaux en poste et par la brigade de gendarmerie. Cette page n'est pas une offre d'emploi et aucun poste ni
salaire n'y est proposé.</p>
<p><b>Que se passe-t-il en cas de problème ?</b> Vous êtes prévenu, ainsi que la personne désignée, et un constat est
dressé.</p>
</main>
<footer><p>Mairie de Saint-Aubin-des-Landiers · Mentions légales · Données personnelles</p></footer>
</body></html>
"""

FILES = [
    ("tool-library-membership-and-borrowing-rules-2039-brenthollow-tool-library.en.txt", TOOL),
    ("bookmobile-summer-2039-route-schedule-and-stop-requests-wrenfield-public-library.en.html", BOOKMOBILE),
    ("off-leash-dog-park-heron-point-public-consultation-township-of-larkspur-bend.en.md", DOGPARK),
    ("portage-de-repas-a-domicile-inscription-et-tarifs-2039-ccas-de-valmorey.fr.md", PORTAGE),
    ("reglement-transport-a-la-demande-aigre-bus-cc-de-montrevel-sur-aigre.fr.txt", TAD),
    ("operation-tranquillite-vacances-ete-2039-saint-aubin-des-landiers.fr.html", OTV),
]


def build():
    for name, text in FILES:
        write(name, text, "-")


if __name__ == "__main__":
    build()
