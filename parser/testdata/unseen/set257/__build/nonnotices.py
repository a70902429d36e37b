from common import *

w("plant-sample-dispatch-protocol-iapsc.en.txt", """AFRICAN UNION - INTER-AFRICAN PHYTOSANITARY COUNCIL
PROTOCOL FOR DISPATCHING PLANT SAMPLES FOR DIAGNOSIS

Reference: IAPSC/LAB/PROT/2039/02
Location of the reference laboratory: Yaoundé, Cameroon
Schedule: samples are received Monday to Thursday, 08:00-15:00

1. Scope
This protocol applies to national plant protection organisations sending suspect material (leaves, fruit, soil, insects) to the Council's reference laboratory.

2. Requirements for each consignment
- a completed sample submission form, one per lot;
- a copy of the phytosanitary certificate or import permit;
- triple packaging, sealed and labelled "Plant samples - no commercial value";
- live insects in 70% ethanol only.

3. Costs
Diagnosis is free for Member States. Courier costs (about USD 85 per parcel) are borne by the sender; this is not a salary or fee paid to any staff member.

4. Deadline
Samples from the 2039 fruit-fly survey must arrive by 31 March 2039.

This protocol does not announce any position and no post is offered.
""", "-")

w("supplier-product-listing-call-anbl.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Call for listings | ANBL Suppliers</title></head><body>
<nav>Shop | Stores | Suppliers | Careers | Français</nav>
<h1>Spring 2039 call for product listings – craft beer and cider</h1>
<table>
<tr><th>Reference</th><td>ANBL-SUP-CALL-2039-02</td></tr>
<tr><th>Location of tastings</th><td>Head office, Fredericton, New Brunswick</td></tr>
<tr><th>Schedule</th><td>Tasting panels on Tuesdays in April 2039</td></tr>
<tr><th>Deadline</th><td>March 29, 2039</td></tr>
</table>
<h2>Requirements for suppliers</h2>
<ul><li>Be a licensed brewery or cidery;</li><li>Submit a product information sheet and a price quote in $ per case;</li><li>Guarantee supply for at least 26 weeks.</li></ul>
<h2>Qualifications of the product</h2>
<p>Products must meet the labelling rules and pass a laboratory analysis.</p>
<p>This page is a call for products. It does not advertise a job, offers no salary and no position: see our Careers page for employment.</p>
<footer>© 2039 Alcool NB Liquor</footer>
</body></html>
""", "-")

w("ship-agent-pilotage-booking-procedure-kribi.en.md", """# Pilotage booking procedure for ship agents – Kribi deep-water port

**Reference:** PAK/CAP/PIL/2039/01  
**Location:** Pilot station, Kribi (South Region, Cameroon)  
**Schedule:** pilotage available 24 hours a day, subject to weather

## Requirements for a booking

1. Send the pilotage request at least 24 hours before the estimated time of arrival.
2. Attach the ship's particulars, draught and cargo manifest.
3. Confirm the berth allocated by the harbour master.

## Charges

Pilotage dues are invoiced in FCFA according to gross tonnage. These are port charges, not a salary.

## Deadline

New agents must register their company with the Port by **March 15, 2039** to use the online booking portal.

*This procedure is addressed to shipping agents. It is not a vacancy and no post is offered.*
""", "-")

w("permis-brulage-a-ciel-ouvert-memramcook.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Permis de brûlage | Village de Memramcook</title></head><body>
<nav>Accueil | Services | Loisirs | Conseil | Emplois | English</nav>
<h1>Brûlage à ciel ouvert : permis obligatoire au printemps 2039</h1>
<table>
<tr><th>Référence</th><td>VM-SI-2039-02</td></tr>
<tr><th>Lieu</th><td>Tout le territoire du Village de Memramcook</td></tr>
<tr><th>Horaire des brûlages permis</th><td>De 20 h à 8 h seulement</td></tr>
<tr><th>Date limite de demande</th><td>31 mars 2039 pour la saison d'avril</td></tr>
</table>
<h2>Exigences</h2>
<ul><li>Tas de branches d'au plus 2 mètres de diamètre;</li><li>Distance d'au moins 15 mètres de tout bâtiment;</li><li>Présence d'un adulte et d'un boyau d'arrosage en tout temps.</li></ul>
<p>Le permis est gratuit. Une amende de 250 $ peut être imposée en cas d'infraction.</p>
<p>Cet avis du service d'incendie n'annonce aucun poste, aucun salaire et ne constitue pas une offre d'emploi.</p>
</body></html>
""", "-")

w("preparation-seance-hemodialyse-chu-sylvanus-olympio.fr.txt", """CENTRE HOSPITALIER UNIVERSITAIRE SYLVANUS OLYMPIO
Service de néphrologie – Unité d'hémodialyse

FICHE PATIENT : BIEN PRÉPARER SA SÉANCE D'HÉMODIALYSE
Référence : CHU-SO/NEPH/FP/2039/04
Lieu : Unité d'hémodialyse, pavillon B, Lomé
Horaire des séances : 6 h – 10 h, 10 h 30 – 14 h 30, 15 h – 19 h

EXIGENCES AVANT CHAQUE SÉANCE
– se peser à l'arrivée et signaler toute prise de poids importante ;
– laver le bras de la fistule au savon ;
– apporter son carnet de dialyse et la liste de ses médicaments.

PARTICIPATION FINANCIÈRE
Le ticket modérateur est de 10 000 FCFA par séance. Il ne s'agit ni d'un salaire ni d'une rémunération.

DATE LIMITE
Les patients doivent renouveler leur dossier de prise en charge avant le 31 mars 2039.

Cette fiche d'information s'adresse aux patients : elle n'est pas un avis de recrutement et ne propose aucun poste.
""", "-")

w("reglement-residence-etudiante-college-mathieu.fr.md", """# Règlement de la résidence étudiante – Collège Mathieu

**Référence :** CM-RES-2039  
**Lieu :** Résidence du Collège, Gravelbourg (Saskatchewan)  
**Horaire :** heures de silence de 22 h à 7 h

## Exigences pour les résident(e)s

1. Signer le bail et verser le dépôt de 300 $.
2. Respecter les heures de silence et l'interdiction de fumer.
3. Garder sa chambre propre ; inspection une fois par mois.

## Date limite

Les demandes de logement pour la session d'automne 2039 doivent être reçues au plus tard le **31 mars 2039**.

## Tarifs

Chambre simple : 650 $ par mois. Ce montant n'est pas un salaire.

*Ce règlement ne constitue pas une offre d'emploi et n'annonce aucun poste ; consultez la page Carrières pour les emplois.*
""", "-")
