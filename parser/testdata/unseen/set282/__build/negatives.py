from common import *
N = {}
N["community-garage-sale-weekend-2041-registration-and-rules-town-of-brackenford.en.txt"] = """TOWN OF BRACKENFORD
Recreation and Community Services

COMMUNITY GARAGE SALE WEEKEND 2041
Registration and rules for participating households

Program reference: REC-GSW-2041

LOCATION
Any residential property within town limits. Registered addresses appear on the printed map and on the town's website.

SCHEDULE
Saturday, May 10, 2041 ............ 8:00 a.m. to 3:00 p.m.
Sunday, May 11, 2041 .............. 9:00 a.m. to 1:00 p.m.

REGISTRATION DEADLINE
April 18, 2041, at 4:30 p.m. Late registrations cannot be added to the map.

FEES
Registration is $10 per household ($5 for seniors). The fee covers the map, two roadside signs and a share of the advertising.

REQUIREMENTS
- Sales must take place on your own driveway, lawn or garage; no tables on sidewalks or boulevards.
- Food may be sold only if it is pre-packaged.
- Unsold items must be removed from the curb by Sunday at 6:00 p.m.; the Public Works crew will not pick them up.

QUESTIONS AND ANSWERS
Is the Town hiring for the weekend? No. The map is prepared by the Community Programs Coordinator as part of her regular duties, and the sign crew are volunteers from the Lions Club. This notice does not advertise any job or position, and no salary or wage is paid to participants or helpers.

Can I donate leftovers? Yes: the Brackenford Thrift Hub accepts clean items until May 17, 2041.

Contact: Recreation and Community Services, 55 Mill Pond Road, 555-0142, recreation@brackenford.example
"""
N["household-hazardous-waste-drop-off-day-spring-2041-tallowmere-regional-district.en.html"] = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Household Hazardous Waste Drop-off Day – Spring 2041</title></head><body>
<nav><a href="#">Home</a> › <a href="#">Waste &amp; Recycling</a> › Hazardous waste</nav>
<h1>Household Hazardous Waste Drop-off Day – Spring 2041</h1>
<p><em>Bulletin reference: TRD-ENV-2041-09 · Posted March 24, 2041</em></p>
<table>
<tr><th>Location</th><td>Tallowmere Regional Works Yard, 1200 Quarry Line (enter from Gate B)</td></tr>
<tr><th>Date and schedule</th><td>Saturday, April 26, 2041, 9:00 a.m. to 2:00 p.m.</td></tr>
<tr><th>Cost</th><td>Free for residents; businesses pay $2 per kilogram</td></tr>
<tr><th>Pre-registration deadline</th><td>April 17, 2041 (for loads over 50 litres)</td></tr>
</table>
<h2>What we accept</h2>
<ul><li>Paints, stains and solvents</li><li>Propane cylinders up to 20 lb</li><li>Pesticides and pool chemicals</li><li>Fluorescent tubes and household batteries</li></ul>
<h2>Requirements</h2>
<ul><li>Bring proof of residence in the Regional District.</li><li>Keep products in their original containers, tightly closed.</li><li>Stay in your vehicle; the site crew will unload it.</li></ul>
<h2>Frequently asked questions</h2>
<p><strong>Who staffs the event?</strong> Certified technicians of our contractor and the Region's Waste Diversion Officer, who are already employed for the season. The Region is not recruiting for this event: there is no job posting, no position to apply for and no salary offered.</p>
<p><strong>What about electronics?</strong> Electronics go to the depot on regular Saturdays, not to this event.</p>
<footer>Tallowmere Regional District · Environmental Services · 555-0199</footer>
</body></html>
"""
N["pothole-damage-claims-and-spring-road-repair-program-2041-city-of-wickerstone.en.md"] = """# Pothole damage claims and the 2041 spring road repair program

*City of Wickerstone · Roads and Fleet Services · Information sheet RFS-2041-03*

| Item | Detail |
|---|---|
| Program | Spring pothole blitz |
| Location | All arterial and collector roads; residential streets by request |
| Schedule | Crews work Monday to Friday, 7:00 a.m. to 3:30 p.m., from April 7 to May 30, 2041 |
| Deadline for damage claims | Within 10 days of the incident; claims for March incidents by April 10, 2041 |
| Reporting | 311 or the online form |

## How to report a pothole

1. Note the street, the nearest address and the lane.
2. Report it through 311; you receive a service request number.
3. Repairs on arterial roads are normally made within four business days.

## Requirements for a damage claim

- A written notice to the City Clerk with the date, time and exact location;
- Photographs of the pothole and of the damage;
- Two repair estimates or a paid invoice in $;
- Proof of ownership and insurance of the vehicle.

## Questions

**Are you hiring seasonal road workers?** Not through this sheet. The blitz is done by the City's permanent Roads Operators and its paving contractor. This is not a job posting; no position, grade or salary is offered here.

**Who decides on claims?** The City's insurer, within 90 days.

Roads and Fleet Services · 40 Foundry Street · roads@wickerstone.example
"""
N["avis-aux-riverains-refection-des-trottoirs-rue-des-tanneurs-2041-ville-de-roquefeuil-sur-lerre.fr.txt"] = """VILLE DE ROQUEFEUIL-SUR-LERRE
Direction des services techniques – Voirie

AVIS AUX RIVERAINS
Réf. : VOI-2041-017

Objet : réfection des trottoirs de la rue des Tanneurs (du n° 2 au n° 48)

Madame, Monsieur,

La Ville engage des travaux de réfection complète des trottoirs de votre rue, afin de les mettre aux normes d'accessibilité.

LIEU
Rue des Tanneurs, entre la place du Marché et le carrefour de l'avenue Jean-Jaurès.

CALENDRIER ET HORAIRES
Du lundi 12 mai au vendredi 6 juin 2041, de 7 h 30 à 17 h, hors week-ends.
Le stationnement sera interdit côté pair du 12 au 23 mai, côté impair du 26 mai au 6 juin.

ENTREPRISE
Les travaux sont réalisés par l'entreprise titulaire du marché de voirie, sous le contrôle du technicien territorial chargé du secteur centre.

CONDITIONS REQUISES POUR LES ACCÈS
- laisser libre l'accès aux coffrets de gaz et d'électricité ;
- signaler tout besoin particulier (personne à mobilité réduite, livraison) ;
- sortir les bacs de collecte au coin de la place du Marché.

DATE LIMITE DE SIGNALEMENT
Merci de nous signaler vos contraintes avant le 25 avril 2041, par le formulaire joint ou au 05 55 01 23 45.

Cet avis n'est pas une offre d'emploi : aucun poste n'est à pourvoir et aucun salaire n'est proposé. Le coût des travaux (186 400 € TTC) est pris en charge par la Ville et le Département.

Le Maire,
Pour le Maire et par délégation, l'adjoint chargé de la voirie
"""
N["aide-aux-devoirs-inscription-des-familles-printemps-2041-commune-de-vaulmier-les-saules.fr.html"] = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Aide aux devoirs – inscriptions printemps 2041</title></head><body>
<p><a href="#">Accueil</a> › <a href="#">Enfance &amp; jeunesse</a> › Aide aux devoirs</p>
<h1>Aide aux devoirs : inscription des familles pour le printemps 2041</h1>
<p><i>Réf. ENF-2041-06 – publié le 28 mars 2041</i></p>
<dl>
<dt>Lieu</dt><dd>Salle polyvalente de l'école Les Tilleuls, 3 rue des Écoles</dd>
<dt>Horaires</dt><dd>Lundi, mardi et jeudi, de 16 h 45 à 18 h (hors vacances scolaires)</dd>
<dt>Période</dt><dd>Du 5 mai au 3 juillet 2041</dd>
<dt>Participation</dt><dd>15 € par trimestre et par enfant (gratuit à partir du troisième enfant)</dd>
<dt>Date limite d'inscription</dt><dd>30 avril 2041</dd>
</dl>
<h2>Conditions requises</h2>
<ul><li>l'enfant est scolarisé du CE1 au CM2 dans une école de la commune ;</li><li>les parents s'engagent à venir chercher l'enfant à 18 h ;</li><li>la fiche sanitaire est à jour.</li></ul>
<h2>Qui encadre les enfants ?</h2>
<p>L'accompagnement est assuré par des bénévoles (enseignants retraités, étudiants) et par l'animatrice du service jeunesse, déjà en poste. Cette page n'est pas une offre d'emploi : la commune ne recrute pas, aucun contrat ni salaire n'est proposé. Les personnes qui souhaitent devenir bénévoles peuvent se faire connaître en mairie.</p>
<h2>Pièces à fournir</h2>
<ul><li>le bulletin d'inscription signé ;</li><li>une attestation de quotient familial.</li></ul>
<footer>Mairie de Vaulmier-les-Saules · 1 place de la Mairie · Mentions légales</footer>
</body></html>
"""
N["chasse-aux-oeufs-de-paques-2041-inscription-des-enfants-commune-de-brevilliers-sur-meuse.fr.md"] = """**Commune de Brévilliers-sur-Meuse** – Service des fêtes

# Chasse aux œufs de Pâques 2041 : inscription des enfants

*Référence de l'événement : FET-2041-04 · Publié le 17 mars 2041*

| Rubrique | Détail |
|---|---|
| Lieu | Parc du château, entrée par la rue du Moulin |
| Date et horaires | Lundi 22 avril 2041 ; 10 h pour les 3-6 ans, 11 h pour les 7-10 ans |
| Participation | Gratuit ; une boisson chaude offerte aux parents |
| Date limite d'inscription | 15 avril 2041 |

## Conditions requises

1. L'enfant a entre 3 et 10 ans et réside dans la commune ;
2. Un adulte l'accompagne pendant toute la durée de la chasse ;
3. Chaque enfant apporte son panier.

## Déroulement

Les œufs sont cachés par le comité des fêtes la veille au soir. Un lapin géant remettra un diplôme à chaque participant.

## Questions fréquentes

**Faut-il être bénévole pour aider ?** Le comité des fêtes accueille volontiers des volontaires, mais il ne s'agit ni d'un emploi ni d'un poste rémunéré : aucun salaire, aucun contrat. La commune ne recrute pas pour cet événement.

**Et s'il pleut ?** La chasse est déplacée dans la salle des fêtes.

Inscriptions en mairie ou par courriel : fetes@brevilliers.example
"""
for name, text in N.items():
    fmt = name.rsplit(".", 1)[1]
    write(name, text, "-", fmt)
