from common import *

N1 = "remembrance-day-ceremony-parade-route-and-road-closures-2041-town-of-ashgrove-falls.en.txt"
t1 = """TOWN OF ASHGROVE FALLS
Public Notice – Community Services
Notice reference: CS-2041-088
Issued: October 30, 2041

REMEMBRANCE DAY 2041: CEREMONY, PARADE ROUTE AND ROAD CLOSURES

LOCATION
Cenotaph, Veterans' Memorial Park, corner of Mill Street and Queen Street.

SCHEDULE
10:15 a.m. ....... Parade assembles at the Legion Hall, 44 Mill Street
10:40 a.m. ....... Parade departs along Mill Street
10:55 a.m. ....... Ceremony begins at the cenotaph
11:00 a.m. ....... Two minutes of silence
11:30 a.m. ....... Wreath laying, followed by refreshments at the Legion

ROAD CLOSURES
Mill Street between King Street and Queen Street will be closed to traffic from 10:00 a.m. to 12:30 p.m. on Tuesday, November 11, 2041. Vehicles parked on the route after 9:00 a.m. will be towed at the owner's expense ($150 towing fee).

WREATH ORDERS
Organizations wishing to lay a wreath must order it from the Legion Branch office.
DEADLINE FOR WREATH ORDERS: November 4, 2041.

REQUIREMENTS FOR PARADE PARTICIPANTS
1. Register your group with the parade marshal before the deadline above.
2. Assemble in uniform or dark clothing by 10:15 a.m.
3. Groups with flags must provide their own flag bearers.
4. Children under 12 must be accompanied by an adult.

ACCESSIBILITY
Reserved seating near the cenotaph is available for veterans and people with reduced mobility. A sign-language interpreter will be on site.

FREQUENTLY ASKED QUESTIONS
Is the Town looking for parade marshals or staff for the day? No. The parade is organised by the Legion with its own members, and Town staff already in place handle the road closures. This notice is not a job posting: there is no position, no salary and no application process.

Questions: Community Services Coordinator, 905-555-0172, community@ashgrove-falls.example
"""

N2 = "halloween-trick-or-treat-hours-and-safety-bylaw-2041-village-of-cobble-creek.en.html"
t2 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Halloween 2041 – Trick-or-treat hours and safety | Village of Cobble Creek</title></head>
<body>
<p><a href="#main">Skip to main content</a> · Residents · Council · Services · Careers · Contact</p>
<p>Home › News › Halloween 2041</p>
<main id="main">
<h1>Halloween 2041: trick-or-treat hours and safety rules</h1>
<p><em>Bulletin reference HB-2041-07 · Posted October 20, 2041 · Municipal Enforcement</em></p>
<table border="1" cellpadding="4">
<tr><th>Date</th><td>Friday, October 31, 2041</td></tr>
<tr><th>Location</th><td>All residential streets; Harvest Fair at the Community Hall, 12 Orchard Lane</td></tr>
<tr><th>Schedule</th><td>Trick-or-treating 5:30 p.m. to 8:30 p.m.; Harvest Fair 4:00 p.m. to 7:00 p.m.</td></tr>
<tr><th>Fireworks permit fee</th><td>$25</td></tr>
<tr><th>Deadline for fireworks permits</th><td>October 27, 2041</td></tr>
<tr><th>Deadline for decoration contest entries</th><td>November 3, 2041 (photos of your display)</td></tr>
</table>
<h2>Requirements under the Nuisance Bylaw</h2>
<ul>
<li>Keep walkways and steps clear and well lit.</li>
<li>No open flames in decorations within 1 metre of a walkway.</li>
<li>Fireworks only with a permit, and only until 9:00 p.m.</li>
<li>Drivers must respect the temporary 30 km/h limit on residential streets.</li>
</ul>
<h2>Decoration contest</h2>
<p>Prizes: a $100 gift card from the Main Street merchants for first place and $50 for second. Winners will be announced on November 10, 2041.</p>
<h2>Questions and answers</h2>
<p><b>Is the Village hiring crossing guards or event staff for Halloween?</b> No. Existing bylaw officers and volunteer firefighters patrol the evening. This bulletin does not advertise a job, a position or a salary.</p>
</main>
<footer><p>Village of Cobble Creek · 1 Orchard Lane · Office hours Monday to Friday 8:30–4:30</p></footer>
</body></html>
"""

N3 = "chimney-and-wood-stove-safety-inspection-week-2041-larkmoor-fire-department.en.md"
t3 = """# Chimney and Wood Stove Safety Week 2041

**Larkmoor Fire Department – Fire Prevention Division**
*Program reference FP-2041-12 · Published October 27, 2041*

Every winter, creosote build-up causes chimney fires in Larkmoor homes. During Safety Week, fire prevention officers offer free visual inspections of wood stoves, fireplaces and chimneys.

| Item | Details |
|---|---|
| Location | Your home (rural and urban addresses in Larkmoor) |
| Schedule | November 17 to 21, 2041, 9:00 a.m. to 4:00 p.m. |
| Cost | Free; a certified sweep's cleaning costs about $180 to $260 |
| Deadline to book | November 12, 2041 |

## Requirements for a home inspection

1. The appliance must be cold (no fire for 12 hours).
2. An adult owner or tenant must be present.
3. Access to the attic and the roof line must be clear.
4. Have the appliance's installation certificate at hand if you have one.

## What the officer checks

- clearance from combustibles
- condition of the flue pipe and chimney cap
- smoke and carbon monoxide alarms

## Frequently asked

**Is this a job with the Fire Department?** No. Inspections are done by current fire prevention officers as part of their regular duties. The Department is not recruiting, and this program offers no position, grade or salary.

**Can I book by phone?** Yes: 705-555-0190, Monday to Friday.

*Larkmoor Fire Department · 9 Station Road · Non-emergency line only*
"""

N4 = "ouverture-de-la-patinoire-de-noel-reglement-et-horaires-2041-ville-de-saint-orvin-des-pres.fr.html"
t4 = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Patinoire de Noël 2041 – Ville de Saint-Orvin-des-Prés</title></head>
<body>
<p>Accueil · Mairie · Vie locale · Culture et loisirs · Démarches · Contact</p>
<p>Accueil &gt; Culture et loisirs &gt; Patinoire de Noël</p>
<main>
<h1>Patinoire de Noël 2041 : horaires, tarifs et règlement</h1>
<p><i>Réf. : SPORT-2041-031 – arrêté municipal du 22 octobre 2041</i></p>
<dl>
<dt>Lieu</dt><dd>Place du Marché, Saint-Orvin-des-Prés</dd>
<dt>Période d'ouverture</dt><dd>du 29 novembre 2041 au 4 janvier 2042</dd>
<dt>Horaires</dt><dd>mercredi et samedi de 10 h à 19 h ; autres jours de 14 h à 19 h ; nocturnes le vendredi jusqu'à 22 h</dd>
<dt>Tarifs</dt><dd>3 € la séance, location de patins comprise ; carnet de 10 entrées : 25 €</dd>
<dt>Date limite de réservation pour les écoles et associations</dt><dd>14 novembre 2041</dd>
</dl>
<h2>Conditions requises pour accéder à la piste</h2>
<ul>
<li>port de gants obligatoire ;</li>
<li>casque obligatoire pour les enfants de moins de 10 ans ;</li>
<li>enfants de moins de 8 ans accompagnés d'un adulte ;</li>
<li>respect des consignes des agents d'accueil.</li>
</ul>
<h2>Animations</h2>
<p>Disco sur glace le vendredi 12 décembre 2041, démonstration du club de hockey le dimanche 21 décembre 2041.</p>
<h2>Questions fréquentes</h2>
<p><b>La Ville recrute-t-elle des saisonniers pour la patinoire ?</b> Non. L'accueil et la surveillance sont assurés par les agents du service des sports déjà en poste et par le prestataire qui installe la piste. Cette page n'est pas une offre d'emploi : aucun poste, aucun contrat, aucun salaire.</p>
</main>
<footer><p>Mairie de Saint-Orvin-des-Prés · Mentions légales · Accessibilité</p></footer>
</body></html>
"""

N5 = "declaration-annuelle-des-ruches-rappel-2041-syndicat-apicole-de-la-haute-vernelle.fr.txt"
t5 = """SYNDICAT APICOLE DE LA HAUTE-VERNELLE
Bulletin aux adhérents – novembre 2041
Réf. : SAHV/2041/11

Objet : rappel – déclaration annuelle des ruches

Madame, Monsieur,

Comme chaque année, tout détenteur de colonies d'abeilles doit déclarer ses ruches, dès la première ruche détenue, qu'il soit amateur ou professionnel.

PÉRIODE DE DÉCLARATION
Du 1er septembre au 31 décembre 2041.

DATE LIMITE CONSEILLÉE PAR LE SYNDICAT
15 novembre 2041, afin que nous puissions vérifier les dossiers avant la commande groupée de traitements.

LIEU ET MODALITÉS
En ligne sur le service de déclaration du ministère, ou, pour les adhérents sans accès internet, lors de la permanence du syndicat à la salle des associations de Vernelle-le-Haut, le samedi 8 novembre 2041 de 9 h à 12 h.

CONDITIONS REQUISES
- disposer de votre numéro d'apiculteur (NAPI) ;
- indiquer le nombre de colonies et leurs emplacements par commune ;
- signaler tout rucher situé à moins de 3 km d'un autre rucher dont vous êtes aussi détenteur.

COMMANDE GROUPÉE DE TRAITEMENTS
Prix adhérent : 24,50 € le lot de 10 lanières. Bon de commande à rendre avant le 15 novembre 2041, avec votre déclaration.

FORMATION
La formation « Hiverner ses colonies » aura lieu le samedi 22 novembre 2041 au rucher-école (gratuite pour les adhérents).

À noter : ce bulletin n'est pas une offre d'emploi. Le syndicat ne recrute pas de technicien sanitaire apicole ; il ne propose ni poste, ni rémunération, ni contrat.

Pour le bureau,
Le secrétaire
"""

N6 = "collecte-des-feuilles-mortes-calendrier-et-sacs-2041-commune-de-brecy-la-verniere.fr.md"
t6 = """# Collecte des feuilles mortes 2041

*Commune de Brécy-la-Vernière – Services techniques – Réf. ST-2041-044 – publié le 28 octobre 2041*

Du 3 au 28 novembre 2041, les services techniques ramassent les feuilles mortes déposées en sacs devant les habitations.

| | |
|---|---|
| **Lieu** | Toutes les rues de la commune, hameaux compris |
| **Calendrier** | Secteur nord : lundis 3, 10, 17 et 24 novembre ; secteur sud : jeudis 6, 13, 20 et 27 novembre |
| **Horaires** | Dépôt la veille après 18 h ; ramassage à partir de 7 h 30 |
| **Sacs** | Sacs en papier de 100 litres, 0,50 € l'unité, en vente à l'accueil de la mairie |
| **Date limite d'inscription pour le ramassage à domicile (personnes âgées)** | 31 octobre 2041 |

## Conditions requises

1. Utiliser uniquement les sacs en papier vendus par la mairie.
2. Ne pas mettre de branches, de terre ni de déchets ménagers.
3. Ne pas dépasser 10 sacs par foyer et par passage.

## Après le 28 novembre

Les feuilles peuvent être apportées à la déchèterie intercommunale, ouverte du mardi au samedi de 9 h à 12 h et de 14 h à 17 h 30.

## Questions fréquentes

**La commune embauche-t-elle pour la collecte ?** Non. Le ramassage est assuré par les agents des espaces verts déjà en poste. Il ne s'agit ni d'une offre d'emploi ni d'un recrutement : aucun poste n'est ouvert et aucun salaire n'est proposé.

*Services techniques · 03 25 00 00 00 · Mairie de Brécy-la-Vernière*
"""

def build():
    for n, t in ((N1, t1), (N2, t2), (N3, t3), (N4, t4), (N5, t5), (N6, t6)):
        write(n, t, "-")
