from common import *
def build():
    w("ridgeline-25k-trail-race-2039-registration-and-rules-tillbrook-running-club.en.md", """# Tillbrook Ridgeline 25K Trail Race 2039

*Race information and registration — updated 28 November 2038*

| | |
|---|---|
| **Event reference** | TRC-RL25-2039 |
| **Location** | Tillbrook Conservation Area, north gate parking, 4410 Concession Road 7 |
| **Date** | Saturday, March 6, 2039 |
| **Schedule** | Bib pick-up 7:00 a.m. · 25K start 8:30 a.m. · 10K start 9:15 a.m. · Awards 1:30 p.m. |
| **Entry fee** | $85 (25K), $55 (10K), $20 kids' 2K |
| **Registration deadline** | December 10, 2038 (early-bird price) — final cut-off February 20, 2039 |

## Requirements

- Runners must be 16 or older on race day for the 10K and 18 or older for the 25K.
- A completed 10K or longer race in the past 18 months is required for the 25K (proof of result).
- Mandatory gear: 500 ml of water, a whistle and a waterproof jacket.

## Course

The 25K loop follows the escarpment ridge for 11 km, drops to the creek and climbs back through the maple bush. Total elevation gain is about 640 m. Cut-off at the 15 km aid station: 11:30 a.m.

## Volunteers

We need about 60 volunteers for marshalling, aid stations and timing. Volunteer roles are unpaid — there is no salary, but every volunteer gets a race shirt, lunch and a free entry to a 2039 club race. Sign up on the volunteer page; no experience required.

## Prizes

Top three men, women and non-binary finishers in each distance receive gift cards from $50 to $150. Age-group medals for the 25K.

## Refund policy

Full refund until January 15, 2039, minus a $6 processing fee. Transfers to another runner are allowed until February 20, 2039.

Questions? race@tillbrookrunning.example
""", "-")
    w("makerspace-orientation-and-equipment-certification-kestrelby-public-library.en.txt", """KESTRELBY PUBLIC LIBRARY
The Workbench — Makerspace
========================================

MAKERSPACE ORIENTATION AND EQUIPMENT CERTIFICATION
Winter session, December 2038 – February 2039
Program ref.: DPL-MKR-W39

WHAT IS THIS?
Before you can book the laser cutter, the 3D printers or the sewing and
embroidery machines, you need to attend a free orientation and pass a short
certification for each machine. This page explains the schedule and the
requirements.

LOCATION
Central Branch, lower level, room B-12 (elevator beside the children's area)

SCHEDULE
  Orientation (all members) ........ Tuesdays 6:00-7:30 p.m.
  3D printer certification .......... Thursdays 6:00-8:00 p.m.
  Laser cutter certification ........ Saturdays 10:00 a.m.-12:30 p.m.
  Sewing/embroidery certification ... Saturdays 2:00-4:00 p.m.

REQUIREMENTS
  - A Kestrelby Public Library card in good standing
  - Age 14 or older (ages 14-17 with a parent or guardian at orientation)
  - Closed-toe shoes; long hair tied back for the laser cutter
  - Completion of the online safety quiz before your first session

REGISTRATION DEADLINE
Spaces are limited to 8 people per session. Registration for the December
sessions closes on December 12, 2038; for January and February sessions,
two days before each date.

COSTS
Orientation and certification are free. Materials: PLA filament $0.10 per
gram, acrylic sheets $6 each, plywood $4 each.

STAFF AND VOLUNTEERS
Sessions are led by our Makerspace Technician and trained volunteer mentors.
This is not a recruitment notice: we are not hiring and the mentor roles
are filled for the season. Mentors are volunteers and receive no salary.

Questions: makerspace@kestrelbylibrary.example | 555-0187 ext. 4
""", "-")
    w("community-garden-plot-allocation-2039-corbenay-heights-neighbourhood-association.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Community Garden Plot Allocation 2039 – Corbenay Heights</title></head><body>
<nav>Home · About us · Events · Community Garden · Contact</nav>
<h1>Community Garden Plot Allocation 2039</h1>
<p><em>Corbenay Heights Neighbourhood Association · Posted November 27, 2038</em></p>
<dl>
<dt>Reference</dt><dd>CHNA-GDN-2039</dd>
<dt>Location</dt><dd>Corbenay Heights Community Garden, behind the recreation centre, 118 Larch Street</dd>
<dt>Season</dt><dd>May 1 to October 31, 2039</dd>
<dt>Plot fees</dt><dd>$35 (standard 3 m × 6 m plot), $20 (raised accessible bed), $10 reduced rate for seniors and students</dd>
<dt>Application deadline</dt><dd>December 15, 2038</dd>
<dt>Draw</dt><dd>January 9, 2039, 7 p.m., recreation centre hall</dd>
</dl>
<h2>Who can apply (requirements)</h2>
<ul>
<li>Live within the Corbenay Heights boundaries (proof of address required)</li>
<li>Be a member of the Association (membership $5)</li>
<li>Attend the spring orientation and one of the two work bees</li>
</ul>
<h2>Rules in short</h2>
<ol>
<li>No chemical pesticides or synthetic fertilizers.</li>
<li>Plots not planted by June 1 are reassigned to the wait list.</li>
<li>Each gardener gives four hours a season to the shared herb and pollinator beds.</li>
</ol>
<h2>Garden coordinator</h2>
<p>The garden is run by a volunteer committee. The coordinator position is a volunteer role filled by election at the annual meeting; it carries no salary and is not open to applications.</p>
<footer>Corbenay Heights Neighbourhood Association · garden@corbenayheights.example</footer>
</body></html>
""", "-")
    w("permis-de-vegetaliser-pieds-d-arbres-et-facades-ville-de-marlieux-sur-vire.fr.md", """# Permis de végétaliser : jardinez votre rue !

**Ville de Marlieux-sur-Vire – Direction des espaces verts**  \\
Mis en ligne le 30 novembre 2038

| | |
|---|---|
| **Référence du dispositif** | PV-2039-01 |
| **Lieu** | Tous les quartiers, sur le domaine public communal (pieds d'arbres, pieds de façades, jardinières) |
| **Durée du permis** | 3 ans, renouvelable |
| **Coût** | Gratuit ; kit de démarrage (terreau, graines) offert |
| **Date limite de dépôt** | 15 décembre 2038 pour la campagne de printemps 2039 |

## Conditions requises

- être majeur ou association domiciliée à Marlieux-sur-Vire ;
- signer la charte de végétalisation (pas de pesticides, plantes locales) ;
- assurer l'entretien et l'arrosage toute l'année.

## Calendrier

1. Dépôt des demandes jusqu'au 15 décembre 2038.
2. Visite du site par un agent du service des espaces verts en janvier 2039.
3. Remise des kits et atelier de plantation le samedi 20 mars 2039, 10 h – 12 h, serres municipales.

## Questions fréquentes

**Puis-je planter des légumes ?** Oui, en pied de façade, mais pas en pied d'arbre.

**La Ville recrute-t-elle des jardiniers pour ce dispositif ?** Non. Ce n'est pas une offre d'emploi : les agents du service des espaces verts assurent déjà l'accompagnement, et les habitants participent bénévolement, sans salaire ni indemnité.

Contact : vegetalisons@marlieux-sur-vire.example – 02 00 00 41 18
""", "-")
    w("distribution-composteurs-individuels-2039-syndicat-des-dechets-de-pernay-le-bois.fr.txt", """SYNDICAT INTERCOMMUNAL DES DÉCHETS DE PERNAY-LE-BOIS
Service prévention

DISTRIBUTION DE COMPOSTEURS INDIVIDUELS – CAMPAGNE 2039
Note d'information n° SIDP/PREV/2038-44 du 1er décembre 2038

Dans le cadre de son programme de réduction des biodéchets, le Syndicat propose
aux habitants de ses 24 communes membres un composteur en bois de 400 litres
au tarif de 15 € (au lieu de 62 €).

CONDITIONS REQUISES
  • résider dans l'une des communes membres du Syndicat ;
  • disposer d'un jardin ou d'un espace extérieur ;
  • participer à la réunion d'information de 45 minutes lors du retrait.

LIEU ET HORAIRES DE RETRAIT
  Déchèterie de la Croix-Blanche, route de Saint-Ouen-les-Fourches
  Samedi 23 janvier 2039 : 9 h – 12 h et 14 h – 17 h
  Samedi 6 février 2039 : 9 h – 12 h

DATE LIMITE DE RÉSERVATION
  Le 17 décembre 2038, en ligne ou au 03 00 00 27 90.

PIÈCES À FOURNIR
  Justificatif de domicile de moins de trois mois, règlement par chèque
  à l'ordre du Trésor public.

À SAVOIR
Le guide-composteur du Syndicat, agent de catégorie C, animera les réunions.
Aucun recrutement n'est lié à cette campagne : les postes du service
prévention sont pourvus, et les « référents compost » de quartier sont des
bénévoles non rémunérés (ni salaire, ni vacation).

Le Président,
G. Lemercier
""", "-")
    w("campagne-sterilisation-chats-errants-hiver-2039-commune-de-saint-ouen-les-fourches.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Campagne de stérilisation des chats errants – Saint-Ouen-les-Fourches</title></head><body>
<header>Commune de Saint-Ouen-les-Fourches · Mairie · Vie quotidienne · Environnement</header>
<p>Accueil › Vie quotidienne › Animaux</p>
<h1>Campagne de stérilisation et d'identification des chats errants – hiver 2039</h1>
<p><i>Arrêté municipal n° 2038-117 du 26 novembre 2038</i></p>
<table border="1">
<tr><th>Référence</th><td>ARR-2038-117</td></tr>
<tr><th>Lieu</th><td>Secteurs du Bourg, des Fourches et de la Vallée-Verte</td></tr>
<tr><th>Période</th><td>du 4 janvier au 26 février 2039</td></tr>
<tr><th>Partenaires</th><td>Association Les Matous d'Orlane, clinique vétérinaire du Pont</td></tr>
<tr><th>Date limite de signalement</th><td>18 décembre 2038</td></tr>
</table>
<h2>Objet</h2>
<p>Les chats non identifiés vivant en groupe sur la voie publique seront capturés, stérilisés, identifiés au nom de l'association puis relâchés sur leur lieu de vie. Le coût (85 € par chat en moyenne) est pris en charge à 50 % par la commune.</p>
<h2>Conditions requises pour les nourrisseurs bénévoles</h2>
<ul><li>être majeur et domicilié sur la commune ;</li><li>signer la charte de nourrissage ;</li><li>ne pas nourrir les chats les deux jours précédant une capture.</li></ul>
<h2>Profil des bénévoles</h2>
<p>L'association cherche des bénévoles pour poser les trappes. Il ne s'agit pas d'un emploi : aucun poste n'est ouvert et aucun salaire n'est versé.</p>
<p>Signalements : mairie, 1 place de l'Église, du lundi au vendredi de 9 h à 12 h, ou chats@saint-ouen-les-fourches.example.</p>
<footer>Mairie de Saint-Ouen-les-Fourches · Mentions légales</footer>
</body></html>
""", "-")
