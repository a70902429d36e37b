from common import *

ICE = """Loonreach Valley Conservation Authority
Outdoor Recreation Services
Program reference: LVCA-ICE-2040

ICE FISHING HUT REGISTRATION – 2040 SEASON
Gorsedge Reservoir and Pike Bay Conservation Area

Anyone who places an ice fishing hut on Authority-managed waters must register it every season. Registration is
separate from your provincial fishing licence and does not replace it.

LOCATION
Gorsedge Reservoir (north basin only) and Pike Bay Conservation Area. Huts are not permitted within 100 m of the dam,
the boat launch or any marked pressure ridge.

SCHEDULE
Huts may be placed ............ once the ice is declared safe (posted at the gatehouse)
Last day on the ice ........... March 8, 2040
Removal inspection ............ March 9, 2040, 9 a.m. to 3 p.m.

REQUIREMENTS
  - The owner's name, phone number and registration number must be displayed on two sides of the hut, in letters
    at least 7 cm high.
  - The hut must have reflective material on every side.
  - Each hut must be removed, with all waste, before the last day on the ice.
  - Owners must hold valid third-party liability insurance of at least $1,000,000.

FEES
Day-use hut permit: $12 per day
Season permit: $85 (residents of member municipalities), $120 (non-residents)

REGISTRATION DEADLINE
Season permits: February 10, 2040. Day-use permits can be bought at the gatehouse at any time.

FREQUENTLY ASKED
Is the Authority hiring ice patrollers? No. Ice patrols are carried out by our existing Conservation Officers; this
notice does not offer any position, and no salary or honorarium is paid to registrants or to the volunteers of the
Pike Bay Anglers' Club who help with the removal inspection.

Contact: Outdoor Recreation Services, 1 Example Road, Loonreach, ON. recreation@loonreach.example
"""

SEED = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Seed Library – Borrowing Guide 2040 | Quillhaven Public Library</title></head>
<body>
<header><a href="#">Quillhaven Public Library</a> <nav><a href="#">Catalogue</a> <a href="#">Events</a> <a href="#">Kids &amp; Teens</a> <a href="#">Seed Library</a> <a href="#">My Account</a></nav></header>
<main>
<h1>Seed Library: Borrowing Guide, 2040 Season</h1>
<p>Program reference: HPL-SEED-40 · Updated January 22, 2040</p>
<p>The seed library lends packets of vegetable, herb and flower seeds to anyone with a library card. At the end of the season, we ask you to save some seeds from your best plants and bring them back, so the collection keeps growing.</p>
<table>
<tr><th>Location</th><td>Main Branch, second floor, next to the gardening books; Eastgate Branch, by the returns desk</td></tr>
<tr><th>Schedule</th><td>Seed packets available from February 3, 2040, during opening hours</td></tr>
<tr><th>Limit</th><td>10 packets per card per season</td></tr>
<tr><th>Cost</th><td>Free (the optional seed-saving kit costs $4)</td></tr>
<tr><th>Deadline to return your seed-saving report</th><td>February 18, 2040 (for the 2039 season)</td></tr>
</table>
<h2>Requirements for borrowers</h2>
<ul><li>A valid Quillhaven Public Library card.</li><li>Agreement to the seed library's terms of use.</li><li>Attendance at a short orientation if you want to borrow "advanced" seeds (squash, corn, brassicas).</li></ul>
<h2>Requirements for donated seeds</h2>
<ul><li>Open-pollinated or heirloom varieties only; no hybrids or treated seeds.</li><li>Seeds dried, cleaned and labelled with the variety, the year and where they were grown.</li></ul>
<h2>Seed swap schedule</h2>
<ul><li>February 24, 2040 – Main Branch auditorium, 10 a.m. to 1 p.m.</li><li>March 16, 2040 – Eastgate Branch, 1 p.m. to 3 p.m.</li></ul>
<h2>Seed stewards</h2>
<p>Our seed stewards are community volunteers who sort donations and run the swaps. It is not a paid position: there is no salary, no application process and no deadline, just drop by the information desk. The library is not recruiting staff through this program.</p>
</main>
<footer>Quillhaven Public Library · 100 Example Street · Accessibility · Privacy</footer>
</body></html>
"""

RINK = """# Outdoor Rink: Ice-Time Booking Rules, Winter 2040

*Pinecrest Hollow Community Association — Rink Committee*

| | |
|---|---|
| **Booking reference** | PHCA-RINK-2040 |
| **Location** | Pinecrest Hollow Park rink, behind the community hall |
| **Schedule** | Public skating daily 3 p.m.–9 p.m.; bookable blocks Saturday and Sunday 8 a.m.–12 p.m. |
| **Rates** | $40 per hour (members), $65 per hour (non-members) |
| **Booking request deadline** | February 21, 2040 (for the March blocks) |

## Who can book

Groups of at least six people: shinny leagues, school classes, birthday parties, ringette practices.

## Requirements

1. One adult supervisor, 19 or older, named on the request.
2. Helmets for every skater under 14 and for every player in a game.
3. Proof of liability insurance for organized leagues.
4. Snow cleared from the ice by the group at the end of its block.

## Flooding and maintenance

The ice is flooded every night by volunteer rink rats. The rink lead, the flooding crew and the skate-shack attendants are all volunteers: the Association pays no salary or wages, and this page does not advertise any position. If you would like to help flood, add your name to the sheet in the skate shack.

## Cancellations

Blocks cancelled for weather (above +2 °C or below −25 °C) are refunded in full. Other cancellations are refunded if we are told at least 48 hours ahead.

*Questions: rink@pinecresthollow.example*
"""

PUITS = """COMMUNAUTÉ DE COMMUNES DU VAL D'ESCLAINE
Service public d'assainissement non collectif et de l'eau
Réf. : SPEA/2040/PUITS-02

OBJET : RECENSEMENT DES PUITS ET FORAGES DOMESTIQUES – CAMPAGNE 2040

Madame, Monsieur,

Tout puits ou forage réalisé à des fins d'usage domestique doit être déclaré en mairie. Beaucoup d'ouvrages anciens
ne l'ont jamais été. La Communauté de communes organise cette année une campagne de recensement gratuite, suivie
d'une visite de contrôle pour les ouvrages qui alimentent un logement en eau destinée à la consommation humaine.

CALENDRIER
  - Dépôt des formulaires de déclaration : du 15 janvier au 23 février 2040
  - Date limite de déclaration sans pénalité de retard : 23 février 2040
  - Visites de contrôle : de mars à juin 2040, sur rendez-vous

LIEU DE DÉPÔT
Mairie de votre commune aux heures d'ouverture, ou siège de la Communauté de communes, 2 rue de l'Exemple,
Esclaine-la-Haute. Formulaire également disponible en ligne.

CONDITIONS REQUISES
  - être propriétaire ou usufruitier du terrain sur lequel se trouve l'ouvrage ;
  - joindre un plan de situation et, si possible, la profondeur de l'ouvrage ;
  - indiquer l'usage de l'eau (arrosage, abreuvement, usage domestique, consommation humaine).

COÛT
Recensement : gratuit. Analyse d'eau facultative proposée au tarif de 62 € (au lieu de 95 €).

QUI EFFECTUE LES VISITES ?
Les visites sont réalisées par le technicien du service déjà en poste. Cette note n'est pas une offre d'emploi :
aucun poste n'est à pourvoir, aucun salaire n'est proposé et aucune candidature n'est attendue.

Le Vice-président chargé de l'eau et de l'assainissement
Communauté de communes du Val d'Esclaine – spea@valdesclaine.example
"""

VOISINS = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fête des voisins 2040 : demande de fermeture de rue et prêt de matériel – Commune de Saint-Orbain-des-Prés</title></head>
<body>
<header><a href="#">Commune de Saint-Orbain-des-Prés</a> <nav><a href="#">Mairie</a> <a href="#">Vie associative</a> <a href="#">Démarches</a> <a href="#">Agenda</a></nav></header>
<p>Accueil › Démarches › Événements › Fête des voisins</p>
<h1>Fête des voisins 2040 : demande de fermeture de rue et prêt de matériel</h1>
<p><em>Publié le 12 janvier 2040 – Service Vie locale – Réf. VL-2040-07</em></p>
<p>Vous souhaitez organiser un repas de quartier le vendredi 25 mai 2040 ? La commune peut fermer votre rue à la circulation et vous prêter tables, bancs et barnums. Les demandes sont traitées dans l'ordre d'arrivée, le parc de matériel étant limité.</p>
<dl>
<dt>Lieu</dt><dd>dans votre rue, votre impasse ou la cour de votre résidence (hors routes départementales)</dd>
<dt>Date de la fête</dt><dd>vendredi 25 mai 2040, de 18 h à 23 h</dd>
<dt>Date limite de demande</dt><dd>23 février 2040</dd>
<dt>Réunion des organisateurs</dt><dd>mercredi 14 mars 2040 à 19 h, salle du conseil</dd>
<dt>Tarif</dt><dd>prêt gratuit ; caution de 150 € par lot de matériel</dd>
</dl>
<h2>Conditions requises</h2>
<ul><li>désigner un référent majeur, résidant dans la rue ;</li><li>recueillir l'accord écrit d'au moins la moitié des riverains ;</li><li>laisser un passage de 3 m pour les véhicules de secours ;</li><li>restituer le matériel propre le lundi suivant.</li></ul>
<h2>Pièces à fournir</h2>
<p>Formulaire de demande, liste des signatures des riverains, attestation d'assurance responsabilité civile du référent.</p>
<h2>Questions fréquentes</h2>
<p><b>Faut-il rémunérer les bénévoles ou les agents municipaux ?</b> Non. Le montage est fait par les habitants ; les agents des services techniques livrent le matériel dans le cadre de leurs missions. Cette page n'est pas une offre d'emploi : aucun poste n'est ouvert et aucun salaire n'est versé.</p>
<footer>Mairie de Saint-Orbain-des-Prés · 1 place de l'Exemple · Mentions légales</footer>
</body></html>
"""

RATS = """# Campagne de dératisation des réseaux – printemps 2040

**Ville de Montclarin** · Direction de l'hygiène et de la santé publique

| Rubrique | Information |
|---|---|
| Référence de la campagne | DHSP-DERAT-2040 |
| Lieu | réseaux d'assainissement et bâtiments communaux, tous quartiers |
| Période d'intervention | du 2 au 20 mars 2040 |
| Date limite d'inscription des particuliers | 16 février 2040 |
| Coût pour les particuliers | 18 € par passage (gratuit pour les bénéficiaires du CCAS) |

## Pourquoi cette campagne ?

Deux fois par an, la Ville fait traiter ses réseaux d'eaux usées et ses bâtiments. Les propriétaires et locataires peuvent demander un passage à leur domicile au même moment, à tarif réduit.

## Conditions requises pour l'inscription

- résider à Montclarin ;
- être présent ou représenté le jour du passage ;
- tenir les animaux domestiques à l'écart des postes d'appâtage.

## Déroulement

1. Inscription en mairie ou sur le site avant la date limite.
2. Appel de l'entreprise prestataire pour fixer un créneau.
3. Passage du technicien et remise d'une attestation.

## Précisions

Les interventions sont réalisées par une entreprise prestataire retenue dans le cadre d'un marché public. La Ville ne recrute pas à cette occasion : il ne s'agit pas d'une offre d'emploi, aucun poste n'est à pourvoir et aucun salaire n'est mentionné sur cette page.

*Direction de l'hygiène et de la santé publique – hygiene@montclarin.example*
"""

FILES = [
 ("ice-fishing-hut-registration-2040-season-loonreach-valley-conservation-authority.en.txt", ICE),
 ("seed-library-borrowing-guide-2040-quillhaven-public-library.en.html", SEED),
 ("outdoor-rink-ice-time-booking-rules-winter-2040-pinecrest-hollow-community-association.en.md", RINK),
 ("recensement-des-puits-et-forages-domestiques-2040-communaute-de-communes-du-val-d-esclaine.fr.txt", PUITS),
 ("fete-des-voisins-2040-fermeture-de-rue-et-pret-de-materiel-commune-de-saint-orbain-des-pres.fr.html", VOISINS),
 ("campagne-de-deratisation-des-reseaux-printemps-2040-ville-de-montclarin.fr.md", RATS),
]

def build():
    for name, text in FILES:
        write(name, text, "-")
