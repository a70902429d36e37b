from common import *

EN1 = """TOWN OF ELMSBURY
Water and Wastewater Services
Cross-Connection Control Program

Program reference: CCC-2044-02
Date: February 22, 2044

ANNUAL BACKFLOW PREVENTION DEVICE TEST - REMINDER

Dear property owner,

Our records show that your property at the address on file has one or more backflow prevention devices registered with the Town. Under the Cross-Connection Control By-law, every device must be tested once a year and the test report filed with the Town.

LOCATION ................ All industrial, commercial, institutional and multi-residential properties served by the Elmsbury water system
SCHEDULE ................ Tests may be carried out Monday to Friday, 7:00 a.m. to 6:00 p.m., by appointment with your tester
FILING FEE .............. $35 per device, invoiced with your next water bill
REPORT DEADLINE ......... March 31, 2044

REQUIREMENTS FOR A VALID TEST REPORT
1. The test must be done by a tester holding a current Backflow Prevention Tester certificate.
2. The tester's gauge must have been calibrated within the last 12 months.
3. The report must show the device's make, model, size and serial number.
4. A failed device must be repaired and retested within 30 days.

Our Water Operators will not test your device and cannot recommend a tester. A list of registered testers is available at Town Hall.

FREQUENTLY ASKED QUESTIONS
Is this an offer of work for testers? No. This notice does not advertise any position, contract, wage or salary. Testers are hired and paid by property owners.
What if I miss the deadline? A second notice is sent, then the water service may be restricted after a further 30 days.

Questions: Cross-Connection Control Coordinator, water@elmsbury-town.example, 555-0142
"""

EN2 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Driveway Culvert and Entrance Permit 2044 | Township of Glenrock</title></head>
<body>
<nav>Home | Living Here | Roads &amp; Public Works | Careers | Council | Contact</nav>
<p>Home &gt; Roads &amp; Public Works &gt; Permits</p>
<h1>Driveway Culvert and Entrance Permit – 2044 Construction Season</h1>
<p><em>Public Works bulletin PW-2044-05 · posted February 20, 2044</em></p>
<p>Anyone who wants to build a new driveway entrance, or widen an existing one, onto a Township road needs an entrance permit. Where a ditch runs along the road, a culvert must be installed under the new entrance.</p>
<table>
<tr><th>Location</th><td>All roads under Township jurisdiction (county and provincial roads need a permit from their own road authority)</td></tr>
<tr><th>Schedule</th><td>Site inspections Tuesdays and Thursdays, May 3 to October 27, 2044</td></tr>
<tr><th>Permit fee</th><td>$150, plus a $1,000 refundable security deposit</td></tr>
<tr><th>Deadline for applications</th><td>March 31, 2044 for installation in the spring work window</td></tr>
</table>
<h2>Requirements for a culvert</h2>
<ol>
<li>Corrugated steel or HDPE pipe, minimum diameter 400 mm and length 9 m.</li>
<li>Entrance located at least 15 m from an intersection.</li>
<li>Installation by a contractor of your choice, after the Road Superintendent has marked the grade.</li>
</ol>
<h2>Questions and answers</h2>
<p><strong>Is the Township hiring contractors for this work?</strong> No. This bulletin is not a job posting: it offers no position, grade or salary. Property owners choose and pay their own contractor.</p>
<p><strong>Who inspects?</strong> The Road Superintendent and the Public Works crew already on staff.</p>
<footer>Township of Glenrock · Public Works · publicworks@glenrock-twp.example</footer>
</body></html>
"""

EN3 = """# Notice of Intention to Designate

*Municipality of Wyvern Falls · Heritage notice HN-2044-01 · published February 24, 2044*

Take notice that the Council of the Municipality of Wyvern Falls intends to designate the property described below as being of cultural heritage value or interest.

| | |
|---|---|
| **Property** | Former Wyvern Falls Carriage Works |
| **Location** | Mill Street at the river crossing, Wyvern Falls |
| **Council meeting** | March 28, 2044, 7:00 p.m., Council Chambers |
| **Objection deadline** | March 25, 2044 |

## Statement of cultural heritage value

The two-storey stone building, built in 1871, housed a carriage and sleigh works that employed up to forty people in the 1880s. It is a rare surviving example of an early industrial building in the village and a landmark at the river crossing.

## Heritage attributes

- The coursed limestone walls and stone lintels
- The original loading door facing the river
- The painted "Carriage Works" sign on the east wall

## Requirements for an objection

1. Objections must be made in writing to the Municipal Clerk.
2. They must set out the reasons for the objection and all relevant facts.
3. They must be received by the objection deadline above.

## Frequently asked questions

**Does designation create jobs or positions at the building?** No. This notice is not a job offer and announces no position, contract or salary. It only protects the heritage attributes listed above.

**Can the owner still sell the property?** Yes; designation runs with the land.

*Clerk's Office, Municipality of Wyvern Falls · clerk@wyvernfalls.example*
"""

FR1 = """COMMUNE DE VALCROZE-SUR-LERGUE
Service urbanisme et risques

Réf. : URB/OLD/2044-03
Objet : Obligation légale de débroussaillement – rappel 2044

Valcroze-sur-Lergue, le 21 février 2044

Madame, Monsieur,

Votre parcelle est située à moins de 200 mètres d'un massif boisé classé à risque d'incendie. L'arrêté préfectoral vous impose de débroussailler autour de vos constructions avant l'été.

ZONE CONCERNÉE
Secteurs des Garrigues, du Puech et du chemin de la Lergue (plan joint).

CALENDRIER
Travaux à réaliser entre le 1er mars et le 31 mai 2044.
DATE LIMITE DE RETOUR DE L'ATTESTATION : 15 mars 2044 pour les propriétaires ayant reçu un premier courrier en 2043.

CONDITIONS REQUISES
- Débroussailler sur 50 mètres autour des constructions, y compris chez le voisin si nécessaire ;
- Élaguer les arbres à 2 mètres du sol et supprimer les branches à moins de 3 mètres des toitures ;
- Évacuer ou broyer les déchets verts (le brûlage est interdit).

COÛT
Les travaux sont à votre charge. À titre indicatif, une entreprise demande entre 0,80 € et 1,50 € par mètre carré. En cas de manquement, une amende de 135 € peut être dressée et les travaux exécutés d'office à vos frais.

Les agents de la police municipale et les sapeurs-pompiers déjà en poste effectueront les contrôles à partir du 1er juin 2044.

Ce courrier n'est pas une offre d'emploi : il ne propose aucun poste, aucun contrat ni aucun salaire. Le choix de l'entreprise vous appartient.

Pour le Maire,
L'adjoint délégué à l'urbanisme
"""

FR2 = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Appel à candidatures – emplacements food trucks 2044 | Ville de Rivebelle-sur-Aure</title></head>
<body>
<nav>Accueil | Ma ville | Commerce | Emploi | Démarches | Contact</nav>
<p>Accueil › Commerce › Occupation du domaine public</p>
<h1>Appel à candidatures : emplacements pour camions-restaurants (food trucks) – saison 2044</h1>
<p><em>Réf. DEV-ECO/2044-08 · publié le 19 février 2044</em></p>
<p>La Ville met à disposition quatre emplacements sur le domaine public pour des commerces ambulants de restauration. Il s'agit d'une autorisation d'occupation temporaire, non d'un recrutement.</p>
<dl>
<dt>Lieux</dt><dd>Parvis de la gare, quai de l'Aure, parc des Tanneurs, parking du stade</dd>
<dt>Période</dt><dd>Du 2 mai au 30 septembre 2044</dd>
<dt>Horaires autorisés</dt><dd>11 h – 14 h 30 et 18 h – 22 h</dd>
<dt>Redevance</dt><dd>45 € par jour d'occupation</dd>
<dt>Date limite de dépôt des candidatures</dt><dd>24 mars 2044</dd>
</dl>
<h2>Conditions requises</h2>
<ul>
<li>Être immatriculé au registre du commerce ou au répertoire des métiers ;</li>
<li>Disposer d'une attestation d'assurance responsabilité civile professionnelle ;</li>
<li>Respecter les règles d'hygiène alimentaire ;</li>
<li>Proposer au moins un plat végétarien.</li>
</ul>
<h2>Critères de sélection</h2>
<p>Qualité et origine des produits (40 %), gestion des déchets (30 %), esthétique du véhicule (30 %). Un jury de commerçants et d'élus se réunira le 7 avril 2044.</p>
<h2>Questions fréquentes</h2>
<p><strong>La Ville embauche-t-elle un cuisinier ?</strong> Non. Cet appel n'est pas une offre d'emploi : il n'ouvre ni poste, ni contrat de travail, ni rémunération. Les exploitants travaillent à leur compte.</p>
<footer>Ville de Rivebelle-sur-Aure · Service développement économique · commerce@rivebelle.example</footer>
</body></html>
"""

FR3 = """# Bourse au permis de conduire – contrepartie citoyenne 2044

*Commune de Cazaril-les-Ormes · Centre communal d'action sociale · Réf. CCAS/BP/2044-01*

La commune aide les jeunes de 17 à 25 ans à financer leur permis de conduire. En échange, chaque bénéficiaire donne **50 heures d'activité d'intérêt général** au sein d'une association ou d'un service municipal.

| Rubrique | Détail |
|---|---|
| Montant de l'aide | 800 € versés directement à l'auto-école |
| Lieu | Mairie de Cazaril-les-Ormes, guichet du CCAS |
| Permanences | mardi et jeudi, de 14 h à 17 h |
| Date limite de dépôt du dossier | 18 mars 2044 |
| Commission d'attribution | 1er avril 2044 |

## Conditions requises

1. Habiter la commune depuis au moins un an ;
2. Être inscrit ou s'inscrire dans une auto-école partenaire ;
3. Avoir obtenu l'attestation de sécurité routière ;
4. S'engager par écrit à réaliser les 50 heures dans les six mois.

## Pièces à fournir

- Une lettre expliquant votre projet ;
- Un justificatif de domicile ;
- Le devis de l'auto-école.

## Questions fréquentes

**Les 50 heures sont-elles payées ?** Non. La contrepartie est bénévole : la bourse au permis n'est pas une offre d'emploi, elle ne crée aucun poste, aucun contrat de travail et ne donne droit à aucun salaire.

**Puis-je choisir l'association ?** Oui, parmi la liste fournie par le CCAS (épicerie solidaire, bibliothèque, club de football, etc.).

*CCAS de Cazaril-les-Ormes · ccas@cazaril-les-ormes.example*
"""

FILES = [
    ("backflow-prevention-device-annual-test-reminder-2044-town-of-elmsbury.en.txt", EN1),
    ("driveway-culvert-and-entrance-permit-2044-township-of-glenrock.en.html", EN2),
    ("notice-of-intention-to-designate-heritage-property-2044-municipality-of-wyvern-falls.en.md", EN3),
    ("obligation-legale-de-debroussaillement-rappel-2044-commune-de-valcroze-sur-lergue.fr.txt", FR1),
    ("appel-a-candidatures-emplacements-food-trucks-2044-ville-de-rivebelle-sur-aure.fr.html", FR2),
    ("bourse-au-permis-de-conduire-contrepartie-citoyenne-2044-commune-de-cazaril-les-ormes.fr.md", FR3),
]


def build():
    for name, text in FILES:
        write(name, text, "-")
