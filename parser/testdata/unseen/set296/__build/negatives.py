from common import *

EN1 = "rain-barrel-truckload-sale-2042-pre-order-and-pick-up-town-of-hollisford.en.txt"
EN2 = "residential-swimming-pool-fence-permit-and-inspection-2042-municipality-of-greywick.en.html"
EN3 = "blue-green-algae-advisory-and-beach-water-sampling-schedule-2042-quillmoor-lakes-health-unit.en.md"
FR1 = "lutte-contre-le-moustique-tigre-gestes-et-signalement-2042-commune-de-salvezac-sur-orb.fr.txt"
FR2 = "destruction-de-l-ambroisie-obligations-des-proprietaires-2042-commune-de-montcharvin.fr.html"
FR3 = "permis-de-location-logement-demande-et-conditions-2042-commune-de-hervillers-la-roche.fr.md"


def build():
    write(EN1, """TOWN OF HOLLISFORD – ENVIRONMENTAL SERVICES
Program reference: ENV-2042-RB

RAIN BARREL TRUCKLOAD SALE 2042
Pre-order now, pick up on sale day

Each spring the Town partners with a non-profit supplier to offer rain barrels at a reduced price. Barrels are made from recycled food-grade containers and come with a spigot, overflow hose and screen lid.

PRICE ..................... $55 per barrel (limit of three per household)
LOCATION .................. Hollisford Arena parking lot, east entrance
SCHEDULE .................. Saturday, June 20, 2042, 8:00 a.m. to 12:00 p.m.
PRE-ORDER DEADLINE ........ June 12, 2042, at midnight

REQUIREMENTS
1. Pre-order and pay online; no barrels are sold on site without a receipt.
2. Bring your order number (printed or on your phone).
3. Barrels must be placed on a level, stable base, away from foundations and property lines.

Public Works staff will be on site to load barrels into vehicles. Volunteers from the Hollisford Garden Club will answer questions about installation.

FREQUENTLY ASKED QUESTIONS
Can I pick up on behalf of a neighbour? Yes, with their order number.
Is the Town hiring for the sale day? No. This notice is about a community sale only: it does not advertise any job or position, and no wage or salary is paid to the volunteers.
What if it rains? The sale goes ahead rain or shine.

Questions: environment@hollisford.example · 555-0142
""", "-")

    write(EN2, """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pool fence permits – Municipality of Greywick</title></head>
<body>
<header><p><a href="#">Municipality of Greywick</a> › <a href="#">Building</a> › Pool fences</p></header>
<main>
<h1>Residential swimming pool fence permit and inspection – 2042 season</h1>
<p><em>Building Services bulletin BS-2042-09 · Updated May 25, 2042</em></p>
<p>Under the Pool Enclosure By-law, every outdoor pool, hot tub or pond deeper than 60 cm must be surrounded by a compliant fence before it is filled. A permit is required for a new fence and for any change to an existing enclosure.</p>
<table>
<tr><th>Permit fee</th><td>$145 (includes one inspection)</td></tr>
<tr><th>Location</th><td>Apply at the Civic Centre, Building Services counter, or online</td></tr>
<tr><th>Schedule</th><td>Inspections Monday to Friday, 9:00 a.m. to 3:30 p.m.</td></tr>
<tr><th>Deadline for inspections before July 1</th><td>June 16, 2042</td></tr>
</table>
<h2>Requirements for the enclosure</h2>
<ul>
<li>minimum height of 1.5 m, measured from the outside grade;</li>
<li>no openings larger than 10 cm;</li>
<li>self-closing and self-latching gates, latch on the pool side;</li>
<li>no climbable objects within 1 m of the fence.</li>
</ul>
<h2>After the inspection</h2>
<p>A Building Inspector will leave an inspection tag. A failed inspection can be rebooked once at no charge; further visits cost $60.</p>
<h2>FAQ</h2>
<p><strong>Is the Municipality recruiting pool inspectors?</strong> No. This bulletin explains a permit process. It is not a job posting, and there is no position, grade or salary attached to it.</p>
</main>
<footer>Municipality of Greywick · Building Services · buildings@greywick.example</footer>
</body></html>
""", "-")

    write(EN3, """# Blue-green algae advisory and beach water sampling schedule – summer 2042

*Quillmoor Lakes Health Unit · Environmental Health · Notice EH-2042-14*

Blue-green algae (cyanobacteria) can bloom in warm, calm water. When a bloom is confirmed, the Health Unit posts advisories at the beach and on this page.

| Item | Details |
|---|---|
| Reference | EH-2042-14 |
| Location | Public beaches of Long Quillmoor, Birch and Heron lakes |
| Sampling schedule | Every Monday from June 8 to August 31, 2042 |
| Deadline to register a private beach for sampling | June 5, 2042 |
| Laboratory fee for private beaches | $38 per sample |

## What to do during an advisory

1. Do not swim or wade where the water looks like pea soup or spilled paint.
2. Keep pets and children out of the water.
3. Do not drink or cook with untreated lake water.

## Requirements for private beach registration

- The beach must be used by a camp, resort or association with at least 25 members.
- A contact person must be available on sampling days.
- Access to the water must be safe for the Public Health Inspector.

Results are normally available within 48 hours and are posted on the beach map.

**Please note:** this page is a public health notice. It is not a job offer: the Health Unit is not recruiting samplers or inspectors through it, and no salary, contract or position is advertised.

Environmental Health line: 555-0188 · ehealth@quillmoor-hu.example
""", "-")

    write(FR1, """COMMUNE DE SALVEZAC-SUR-ORB
Service Environnement et Santé publique
Réf. : ENV-2042-031

Objet : Lutte contre le moustique tigre – saison 2042

Madame, Monsieur,

Le moustique tigre est désormais installé dans la commune. Il pique surtout en journée et se reproduit dans de très petites quantités d'eau stagnante. La lutte repose d'abord sur les gestes de chacun.

LIEU
Tout le territoire communal, en priorité les quartiers du Moulin, de la Gare et des Treilles.

CALENDRIER ET HORAIRES
Du 1er juin au 30 novembre 2042. Permanence d'information en mairie le mercredi de 14 h à 17 h.

GESTES REQUIS
- vider une fois par semaine les soucoupes, seaux, arrosoirs et jouets d'extérieur ;
- couvrir les réserves d'eau de pluie d'une moustiquaire ;
- entretenir les gouttières et les regards.

SIGNALEMENT
Tout moustique suspect peut être signalé sur le portail national de signalement. Les habitants qui souhaitent recevoir un kit de pièges pondoirs doivent s'inscrire avant le 10 juin 2042 ; la participation est de 5 € par kit.

TRAITEMENTS
Des traitements ponctuels peuvent être effectués par l'opérateur public de démoustication autour des cas signalés. Les agents sont munis d'une carte professionnelle.

IMPORTANT
Ce courrier n'est pas une offre d'emploi : la commune ne recrute aucun agent pour cette campagne, aucun poste n'est ouvert et aucun salaire n'est proposé. Les bénévoles du comité de quartier interviennent sans rémunération.

Le Maire
""", "-")

    write(FR2, """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Ambroisie : obligations des propriétaires – Commune de Montcharvin</title></head>
<body>
<header><p><a href="#">Commune de Montcharvin</a> &gt; <a href="#">Cadre de vie</a> &gt; Ambroisie</p></header>
<main>
<h1>Destruction de l'ambroisie : obligations des propriétaires et des exploitants</h1>
<p><i>Réf. : CV-2042-07 – publié le 27 mai 2042, en application de l'arrêté préfectoral relatif à la lutte contre l'ambroisie</i></p>
<p>Le pollen d'ambroisie provoque de fortes allergies en fin d'été. Chaque propriétaire, locataire ou exploitant est tenu d'empêcher la pousse des plants et de les détruire avant la floraison.</p>
<dl>
<dt>Lieu</dt><dd>Terrains privés, parcelles agricoles, chantiers et bords de routes de la commune</dd>
<dt>Période d'intervention</dt><dd>de juin à septembre 2042</dd>
<dt>Date limite de première destruction</dt><dd>30 juin 2042</dd>
<dt>Sanction possible</dt><dd>amende de 135 € en cas de refus d'agir après mise en demeure</dd>
</dl>
<h2>Conditions requises pour une destruction efficace</h2>
<ul>
<li>arracher les plants avec des gants, avant la floraison ;</li>
<li>faucher ou broyer les surfaces importantes, puis recommencer si la plante repousse ;</li>
<li>végétaliser les sols nus pour éviter une nouvelle levée.</li>
</ul>
<h2>Le référent ambroisie</h2>
<p>Un référent communal bénévole, déjà désigné par le conseil municipal, conseille les habitants et transmet les signalements à la mairie.</p>
<h2>Questions fréquentes</h2>
<p><b>La commune embauche-t-elle des saisonniers pour l'arrachage ?</b> Non. Cette page rappelle une obligation réglementaire ; elle ne constitue pas une offre d'emploi et ne propose ni poste, ni contrat, ni rémunération.</p>
</main>
<footer>Mairie de Montcharvin · contact@montcharvin.example</footer>
</body></html>
""", "-")

    write(FR3, """# Permis de location : demande et conditions – 2042

*Commune de Hervillers-la-Roche · Service Logement · Réf. LOG/2042/05*

Tout logement collectif ou petit logement individuel (moins de 28 m²) donné en location doit disposer d'un **permis de location** délivré par le Collège communal.

| Rubrique | Détail |
|---|---|
| Lieu de dépôt | Administration communale, guichet Logement |
| Horaires | Lundi au vendredi, de 9 h à 12 h ; jeudi jusqu'à 18 h |
| Redevance | 125 € par logement, 25 € par chambre supplémentaire |
| Date limite pour les logements loués au 1er septembre | 26 juin 2042 |

## Conditions requises

1. respecter les critères minimaux de salubrité (humidité, électricité, chauffage, éclairage naturel) ;
2. disposer de détecteurs de fumée en nombre suffisant ;
3. joindre l'attestation de conformité de l'installation électrique et le certificat PEB ;
4. ne pas dépasser le nombre d'occupants fixé par le permis.

## Procédure

Après le dépôt du dossier complet, un enquêteur agréé visite le logement et remet son rapport au Collège, qui statue dans les 30 jours. Le permis est valable cinq ans.

## À noter

Ce document d'information ne concerne que les propriétaires bailleurs. Il ne s'agit ni d'un recrutement ni d'une offre d'emploi : aucun poste d'enquêteur n'est ouvert, et aucun salaire ni contrat n'est proposé.

*Service Logement – logement@hervillers.example*
""", "-")
