from common import *

N1 = ("christmas-tree-curbside-collection-and-chipping-2043-township-of-quenby-hollow.en.txt", """TOWNSHIP OF QUENBY HOLLOW
Public Works and Environmental Services
Service notice reference: PW-2043-01

CHRISTMAS TREE CURBSIDE COLLECTION AND CHIPPING – JANUARY 2043

Thank you for recycling your holiday tree. Trees collected at the curb are chipped and turned into mulch for township parks and trails.

LOCATION ............ All urban and rural collection routes, plus the drop-off area at the Maple Line Works Yard
SCHEDULE ............ Collection on your regular garbage day during the weeks of January 5 and January 12, 2043
DROP-OFF HOURS ...... Saturdays, 8:00 a.m. to 2:00 p.m.
LAST DAY FOR CURBSIDE PICK-UP ..... January 16, 2043
FREE MULCH DAY ...... Saturday, May 8, 2043 (bring your own bags)

REQUIREMENTS FOR COLLECTION
1. Remove all lights, tinsel, ornaments, nails and tree stands.
2. Do not place the tree in a plastic bag.
3. Trees taller than 2.5 m must be cut in half.
4. Place the tree at the curb by 7:00 a.m., not on a snowbank or blocking the sidewalk.

Artificial trees and wreaths with wire frames go to the garbage, not the chipper. Trees left after January 16, 2043 can be taken to the works yard free of charge; a $25 fee applies to special pick-ups booked after that date.

FREQUENTLY ASKED QUESTIONS
Who collects the trees? Our own Public Works crews, who already handle the regular routes. The township is not hiring extra staff for this program: this notice is not a job posting and offers no position, wage or salary.
Can I keep the mulch? Yes, on Free Mulch Day, while quantities last.

Questions: Public Works Customer Service, 705-555-0119, publicworks@quenbyhollow.example
Posted December 19, 2042
""")

N2 = ("radon-test-kit-winter-campaign-2043-brockvale-health-unit.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Winter radon testing campaign 2043 | Brockvale Health Unit</title></head>
<body>
<header>Brockvale Health Unit | Programs | Inspections | Careers | News</header>
<nav>Home &gt; Environmental health &gt; Radon</nav>
<main>
<h1>Winter Radon Testing Campaign 2043</h1>
<p><em>Bulletin EH-2043-02 · published December 14, 2042</em></p>
<p>Radon is a colourless, odourless gas that seeps into homes from the ground. It is the leading cause of lung cancer among non-smokers. Winter, when windows stay shut, is the best time to test.</p>
<table>
<tr><th>Kit price</th><td>$20 (free for households on the low-income energy program)</td></tr>
<tr><th>Location</th><td>Health unit offices in Brockvale, Linford Cross and Tarrow Mills; public libraries</td></tr>
<tr><th>Schedule</th><td>Kits available from January 5, 2043, Monday to Friday, 8:30 a.m. to 4:30 p.m.</td></tr>
<tr><th>Deadline to start your test</th><td>January 31, 2043</td></tr>
<tr><th>Results mailed</th><td>by April 2043</td></tr>
</table>
<h2>Requirements for a valid test</h2>
<ul>
<li>place the detector in the lowest lived-in level of the home;</li>
<li>leave it undisturbed for at least 91 days;</li>
<li>register the detector number online within one week;</li>
<li>return it in the prepaid envelope when the test ends.</li>
</ul>
<h2>What if my level is high?</h2>
<p>If the result is above 200 Bq/m³, a certified radon mitigation professional can reduce it, usually for $1,500 to $3,000. The health unit does not carry out mitigation work.</p>
<h2>Questions and answers</h2>
<p><strong>Is the health unit hiring people to install detectors?</strong> No. Residents place their own detector; public health inspectors already on staff answer questions. This page is not a job offer and does not describe a position, a grade or a salary.</p>
</main>
<footer>Brockvale Health Unit · 1-800-555-0164 · Accessibility · Privacy</footer>
</body></html>
""")

N3 = ("frozen-water-service-prevention-and-thaw-requests-2043-town-of-pellow-bay.en.md", """[Home](#) / [Water and wastewater](#) / Frozen water services

# Frozen water services: prevention and thaw requests (winter 2043)

*Utility notice UT-2043-04 · Town of Pellow Bay*

Cold snaps can freeze the water service pipe between the street and your home. Here is how to prevent it and what to do if your water stops.

| | |
|---|---|
| **Reference** | UT-2043-04 |
| **Location** | Properties on the Harbour Road, Cedar Point and Northshore service areas |
| **Running-water schedule** | From January 8, 2043 until the town lifts the advisory |
| **Deadline to register for the running-water credit** | January 22, 2043 |
| **Thaw service fee** | $0 for the town's side, $180 per hour for the private side |

## Requirements for the running-water credit

1. Your property must have received a letter from the town.
2. Keep one cold tap running at a pencil-thick stream, day and night.
3. Register online or by phone before the deadline.
4. Keep your meter reading on the day you start and the day you stop.

## If your water stops

- Check with a neighbour whether they have water.
- Call the utility line; a water operator on duty will assess the service.
- Never use an open flame to thaw a pipe.

## Frequently asked questions

**Does the town need extra workers this winter?** No. Thaw calls are handled by water operators already employed by the town and by its contracted plumber. This notice is not a job posting: it offers no position, contract or salary.

*Questions: Utility line 807-555-0150 · water@pellowbay.example*
""")

N4 = ("declaration-de-la-taxe-de-sejour-hebergeurs-2043-communaute-de-communes-du-val-de-lissere.fr.txt", """COMMUNAUTÉ DE COMMUNES DU VAL DE LISSÈRE
Service tourisme et finances
Réf. : TS/2043/01
Objet : déclaration de la taxe de séjour – période d'octobre à décembre 2042

Madame, Monsieur,

Vous êtes hébergeur (hôtel, gîte, chambre d'hôtes, meublé de tourisme, camping) sur le territoire de la communauté de communes. Nous vous rappelons les modalités de déclaration et de reversement de la taxe de séjour.

PÉRIODE CONCERNÉE
Nuitées du 1er octobre au 31 décembre 2042.

DATE LIMITE DE DÉCLARATION ET DE REVERSEMENT
20 janvier 2043.

LIEU ET MODALITÉS
Déclaration en ligne sur la plateforme de la taxe de séjour, ou au guichet du service tourisme (maison de l'intercommunalité, rue des Tanneurs, Lissère-le-Haut), du lundi au jeudi de 9 h à 12 h.

TARIFS PAR NUITÉE ET PAR PERSONNE
Hôtels et résidences 3 étoiles : 1,10 €
Chambres d'hôtes : 0,80 €
Campings 1 et 2 étoiles : 0,22 €
Hébergements non classés : 5 % du prix de la nuitée, plafonné à 2,30 €

CONDITIONS REQUISES
- tenir un registre des nuitées à jour ;
- afficher les tarifs de la taxe dans l'établissement ;
- déclarer même en l'absence de nuitées (déclaration « néant ») ;
- reverser le montant collecté par virement ou par chèque.

Une réunion d'information des hébergeurs aura lieu le 3 février 2043 à 18 h.

Ce courrier n'est pas une offre d'emploi : il ne concerne aucun poste, aucun salaire ni aucun recrutement. Les agents du service tourisme répondent à vos questions au 05 55 00 41 27.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Le Président
""")

N5 = ("detecteurs-de-fumee-verification-et-aide-a-l-installation-2043-commune-de-saint-ambrelle-des-landes.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Détecteurs de fumée : vérification et aide à l'installation – Saint-Ambrelle-des-Landes</title></head>
<body>
<header>Commune de Saint-Ambrelle-des-Landes | Mairie | Vie pratique | Associations | Emploi</header>
<nav>Accueil › Vie pratique › Sécurité › Détecteurs de fumée</nav>
<main>
<h1>Détecteurs de fumée : vérification et aide à l'installation (hiver 2043)</h1>
<p><em>Réf. SEC-2043-02 – publié le 16 décembre 2042</em></p>
<p>Chaque logement doit être équipé d'au moins un détecteur autonome avertisseur de fumée. Avec le centre de secours, la commune propose une aide aux personnes âgées ou isolées.</p>
<dl>
<dt>Lieu</dt><dd>À domicile, sur l'ensemble du territoire communal</dd>
<dt>Période</dt><dd>Du 12 janvier au 28 février 2043</dd>
<dt>Horaires des visites</dt><dd>Du mardi au vendredi, de 14 h à 17 h</dd>
<dt>Date limite d'inscription</dt><dd>30 janvier 2043</dd>
<dt>Coût</dt><dd>Gratuit ; détecteur fourni à 12 € si nécessaire</dd>
</dl>
<h2>Conditions requises</h2>
<ul>
<li>avoir 70 ans ou plus, ou vivre seul·e avec une mobilité réduite ;</li>
<li>résider à titre principal dans la commune ;</li>
<li>s'inscrire auprès de l'accueil de la mairie avant la date limite.</li>
</ul>
<h2>Gestes utiles</h2>
<p>Testez votre détecteur une fois par mois, changez la pile tous les ans et dépoussiérez-le. Ne l'installez jamais dans la cuisine ou la salle de bains.</p>
<h2>Questions fréquentes</h2>
<p><strong>Qui effectue les visites ?</strong> Des sapeurs-pompiers volontaires du centre de secours, déjà en fonction, accompagnés d'un agent communal. Cette page n'est pas une offre d'emploi : elle ne propose ni poste, ni contrat, ni rémunération.</p>
</main>
<footer>Mairie de Saint-Ambrelle-des-Landes · 04 71 00 38 62 · Mentions légales</footer>
</body></html>
""")

N6 = ("barrieres-de-degel-restriction-de-tonnage-sur-les-voies-communales-2043-commune-de-villers-sur-merlande.fr.md", """[Accueil](#) › [Cadre de vie](#) › [Voirie](#) › Barrières de dégel

# Barrières de dégel : restriction de tonnage sur les voies communales (hiver 2043)

*Réf. VOI/2043/01 – arrêté municipal du 5 janvier 2043*

Lorsque le sol dégèle après une période de gel, les chaussées deviennent fragiles. Pour éviter leur destruction, le maire peut interdire la circulation des véhicules lourds sur les routes communales.

| Rubrique | Détail |
|---|---|
| **Lieu** | Voies communales n° 3, 7, 12 et 15, chemin des Étangs, route de la Ferme-Rouge |
| **Période** | Dès la pose des panneaux, annoncée sur ce site, et au plus tard jusqu'au 15 mars 2043 |
| **Horaires de circulation dérogatoire** | De 4 h à 10 h, tant que la température reste négative |
| **Date limite de demande de dérogation** | 23 janvier 2043 |
| **Amende en cas d'infraction** | 135 € |

## Conditions requises pour une dérogation

1. le véhicule assure un service de première nécessité (fioul, collecte du lait, aliments du bétail, secours) ;
2. son poids total en charge ne dépasse pas 19 tonnes ;
3. le transporteur s'engage à circuler aux heures dérogatoires ;
4. la demande précise les voies empruntées et la fréquence des passages.

## Et ensuite ?

L'autorisation est délivrée par la mairie sous huit jours et doit se trouver à bord du véhicule. Les agents du service voirie, déjà en poste, contrôlent l'état des chaussées chaque matin.

## Questions fréquentes

**La commune embauche-t-elle des chauffeurs pour la période de dégel ?** Non. Cette page présente un arrêté de circulation ; elle n'est pas une offre d'emploi et n'annonce aucun poste, aucun contrat ni aucun salaire.

*Service voirie · 03 27 00 52 18 · voirie@villers-sur-merlande.example*
""")

def build():
    for name, text in (N1, N2, N3, N4, N5, N6):
        write(name, text, "-")
