from common import write

N1 = """TOWN OF BRACKENRIDGE FALLS
Public Works and Environmental Services
Program reference: PW-WASTE-2043-08

BEAR-RESISTANT GARBAGE CART EXCHANGE – AUGUST 2043

Residents of the north-end wards can exchange their standard garbage cart for a certified bear-resistant cart this summer. Black bears have been reported in the Ridgeview and Cedar Hollow neighbourhoods since June, and unsecured waste is the main attractant.

LOCATION ........ Municipal Operations Yard, north gate (Quarry Line entrance)
SCHEDULE ........ Saturdays August 9, 16 and 23, 2043, 8:00 a.m. to 1:00 p.m.
COST ............ $65 per cart (the Town covers the remaining $110)
ORDER DEADLINE .. August 1, 2043

REQUIREMENTS
1. You must be a registered owner or tenant of a property in Wards 4, 5 or 6.
2. Bring your old cart, emptied and rinsed, with its serial number visible.
3. Bring photo ID and your pick-up confirmation number.
4. Only one cart per household.

WHAT THE STAFF ON SITE WILL DO
Public Works staff will check your confirmation, register the new cart to your address and show you how the latch works. Staff cannot carry carts to private vehicles.

FREQUENTLY ASKED QUESTIONS
Is this a job or volunteer opportunity? No. This notice does not advertise any position, wage or salary; the work is done by existing Public Works crews.
What if I miss the deadline? Late orders go on a waiting list for the spring 2044 exchange.
Will collection days change? No, your collection schedule stays the same.

Questions: Environmental Services Coordinator, 705-555-0148, waste@brackenridgefalls.example
"""

N2 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bulk Water Filling Station – Access Card Application 2043 – Rural Municipality of Thornacre</title></head>
<body>
<nav>Home | Council | Services | Careers | Contact</nav>
<p class="crumbs">Home &gt; Services &gt; Water &gt; Bulk Water Station</p>
<h1>Bulk Water Filling Station: Access Card Application and Rules (2043–2044)</h1>
<p><em>Bulletin reference: UT-2043-17 · Posted July 22, 2043</em></p>
<p>The municipal bulk water station on Range Road 14 supplies potable water to rural residents, haulers and farm operations. All users need a valid access card from September 1, 2043, when the old coin system is removed.</p>
<table>
<tr><th>Location</th><td>Range Road 14, north of the public works shop</td></tr>
<tr><th>Schedule</th><td>Open 24 hours; card office Monday to Friday, 8:30 a.m. – 4:30 p.m.</td></tr>
<tr><th>Card fee</th><td>$25 (non-refundable)</td></tr>
<tr><th>Water rate</th><td>$6.50 per cubic metre, billed monthly</td></tr>
<tr><th>Deadline for applications</th><td>August 15, 2043</td></tr>
</table>
<h2>Requirements for an access card</h2>
<ol>
<li>A completed application form signed by the account holder.</li>
<li>Proof of residence or a business licence in the municipality.</li>
<li>For commercial haulers: a valid certificate of tank cleanliness.</li>
</ol>
<h2>Rules at the station</h2>
<ul><li>Use only the fill hose provided; no cross-connections.</li><li>Maximum fill of 20 cubic metres per visit.</li><li>Report leaks or damage to the Utilities Foreman.</li></ul>
<h2>Questions and answers</h2>
<p><strong>Is the municipality hiring a station attendant?</strong> No. This bulletin is not a job posting and offers no position, grade or salary; the station is maintained by current utilities staff.</p>
<p><strong>Can I share my card?</strong> Cards are tied to one account and one vehicle.</p>
<footer>Rural Municipality of Thornacre · Utilities Department · utilities@thornacre.example</footer>
</body></html>
"""

N3 = """# Main Street Light-Pole Banner Program 2043–2044

*Downtown Dunmarsh Improvement Area · Program reference BIA-BNR-2043*

Community groups, schools and non-profits can sponsor a pair of banners on the downtown light poles for the autumn and winter season. The banners are printed, installed and removed by the BIA's contractor.

| Item | Details |
|---|---|
| Location | Main Street from Mill Road to Harbour Square (48 poles) |
| Display schedule | October 1, 2043 to March 31, 2044 |
| Sponsorship fee | $180 per pair, printing included |
| Deadline for artwork | August 22, 2043 |

## Requirements for banner designs

1. Artwork must be supplied as a vector PDF at 30 × 72 inches.
2. No commercial advertising, prices or telephone numbers.
3. The sponsor's name may take no more than 15% of the banner.
4. Designs must be approved by the BIA board before printing.

## How it works

- Submit the online form with your artwork.
- The board reviews submissions at its meeting of August 28, 2043.
- Banners go up during the first week of October, weather permitting.

## FAQ

**Does the BIA need help installing banners?** No. This page is not a job offer: there is no position, contract or salary attached to the program; installation is done by a contractor already under agreement.

**Can we reuse last year's banners?** Yes, if they are in good condition and drop them off at the BIA office by the artwork deadline.

Contact: Program Coordinator, Downtown Dunmarsh BIA, banners@dunmarshbia.example
"""

N4 = """COMMUNE DE LAVERGNE-SUR-CÈZE
Service environnement

Réf. : ENV/2043/022
Objet : chenille processionnaire du pin – commande groupée de pièges et d'écopièges

Madame, Monsieur,

Les nids de chenilles processionnaires se multiplient sur les pins du lotissement des Garrigues et aux abords de l'école. Leurs poils urticants présentent un danger pour les enfants et les animaux. La commune organise une commande groupée de pièges à phéromones et d'écopièges à prix réduit.

LIEU DE RETRAIT
Services techniques municipaux, chemin de la Station, portail bleu.

CALENDRIER ET HORAIRES
Commande avant le 20 août 2043 ; retrait les samedis 6 et 13 septembre 2043, de 9 h à 12 h.

TARIFS
Écopiège pour tronc : 28 € (au lieu de 45 €) ; piège à phéromones avec recharge : 19 €.

CONDITIONS REQUISES
- être propriétaire ou locataire d'un terrain planté de pins sur la commune ;
- remplir le bon de commande joint et le déposer en mairie ;
- régler par chèque à l'ordre du Trésor public.

GESTES À ÉVITER
Ne jamais toucher les nids ni les processions ; ne pas brûler les nids soi-même. Les interventions d'échenillage en hauteur relèvent d'entreprises spécialisées.

Précision : ce courrier n'est pas une offre d'emploi. La commune ne recrute aucun agent pour cette opération et aucun poste ni salaire n'y est attaché ; le retrait est assuré par les agents des services techniques.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

L'adjointe déléguée à l'environnement
"""

N5 = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Régulation des pigeons en centre-ville 2043 – Ville de Saint-Ombrin-les-Bains</title></head>
<body>
<nav>Accueil · Ma ville · Démarches · Cadre de vie · Emploi · Contact</nav>
<p>Accueil › Cadre de vie › Hygiène publique</p>
<h1>Régulation des pigeons en centre-ville : campagne 2043</h1>
<p><i>Réf. HYG-2043-09 – arrêté municipal n° 2043-114 du 10 juillet 2043</i></p>
<p>Pour limiter les nuisances et les dégradations des façades, la Ville poursuit sa campagne de régulation des pigeons par un pigeonnier contraceptif et des captures encadrées dans le quartier des Thermes.</p>
<dl>
<dt>Lieu</dt><dd>Quartier des Thermes, place du Marché et rue des Bains</dd>
<dt>Période des captures</dt><dd>du 1er au 30 septembre 2043, le matin avant 8 h</dd>
<dt>Date limite pour signaler un nid ou demander un diagnostic</dt><dd>29 août 2043</dd>
<dt>Diagnostic à domicile</dt><dd>gratuit ; pose de pics anti-pigeons aidée à hauteur de 150 €</dd>
</dl>
<h2>Conditions requises pour l'aide à la pose de dispositifs</h2>
<ul>
<li>le logement ou le commerce doit se situer dans le périmètre de l'arrêté ;</li>
<li>la demande est déposée avant la date limite avec une facture ou un devis ;</li>
<li>les dispositifs doivent être non vulnérants pour les oiseaux.</li>
</ul>
<h2>Rappel</h2>
<p>Le nourrissage des pigeons sur la voie publique est interdit et passible d'une amende de 68 €.</p>
<h2>Questions fréquentes</h2>
<p><b>La Ville recrute-t-elle pour cette campagne ?</b> Non. Cette page n'est pas une offre d'emploi : elle ne propose ni poste, ni contrat, ni rémunération. Les captures sont confiées au prestataire titulaire du marché d'hygiène publique.</p>
<p><b>Les pigeons capturés sont-ils euthanasiés ?</b> Non, ils sont relâchés après contrôle sanitaire vers le pigeonnier du parc municipal.</p>
<footer>Ville de Saint-Ombrin-les-Bains · Service hygiène et santé publique · hygiene@saint-ombrin.example</footer>
</body></html>
"""

N6 = """# Règlement du concours de la meilleure baguette de tradition 2043

*Confrérie des boulangers du Pays de Vaudrevange · Réf. CONC-BAG-2043*

## Article 1 – Objet

La confrérie organise son concours annuel de la meilleure baguette de tradition française, ouvert aux artisans boulangers du pays de Vaudrevange. Le lauréat fournira la baguette servie lors des réceptions officielles de la sous-préfecture pendant un an.

## Article 2 – Conditions requises pour participer

1. Être artisan boulanger inscrit au répertoire des métiers et exploiter un fonds dans l'arrondissement ;
2. présenter deux baguettes de tradition conformes au décret « pain », pesant entre 250 et 300 grammes ;
3. fabriquer les baguettes sur le lieu de vente.

## Article 3 – Calendrier

| Étape | Date |
|---|---|
| Date limite d'inscription | 27 août 2043 |
| Dépôt des baguettes | 10 septembre 2043, de 8 h à 10 h, salle des fêtes |
| Délibération et remise des prix | 10 septembre 2043, 17 h |

## Article 4 – Jury et critères

Le jury, composé de professionnels et de consommateurs tirés au sort, note la cuisson, la mie, l'alvéolage, le goût et l'aspect. Les membres du jury sont bénévoles.

## Article 5 – Prix

1er prix : 800 € et un trophée ; 2e prix : 400 € ; 3e prix : 200 €.

## Article 6 – Précision

Le présent règlement n'est pas une offre d'emploi ni un recrutement : aucun poste, aucun salaire et aucun contrat de travail ne découlent du concours. Les prix sont des récompenses et non une rémunération.

Inscriptions : secrétariat de la confrérie, concours@confrerie-vaudrevange.example
"""


def build():
    write("bear-resistant-garbage-cart-exchange-2043-town-of-brackenridge-falls.en.txt", N1, "-")
    write("bulk-water-filling-station-access-card-application-2043-rural-municipality-of-thornacre.en.html", N2, "-")
    write("main-street-light-pole-banner-program-2043-downtown-dunmarsh-improvement-area.en.md", N3, "-")
    write("chenille-processionnaire-commande-groupee-de-pieges-2043-commune-de-lavergne-sur-ceze.fr.txt", N4, "-")
    write("regulation-des-pigeons-campagne-2043-ville-de-saint-ombrin-les-bains.fr.html", N5, "-")
    write("reglement-concours-meilleure-baguette-de-tradition-2043-confrerie-du-pays-de-vaudrevange.fr.md", N6, "-")
