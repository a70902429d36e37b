from common import *

write("ltc-waitlist-information-sheet-wngh.en.md", """**West Nipissing General Hospital** — Long-Term Care

# Long-Term Care Wait List: Information for Families

| | |
|---|---|
| **Reference** | LTC-INFO-2036-02 |
| **Location** | Long-Term Care wing, 2nd floor, Sturgeon Falls |
| **Tour schedule** | Tuesdays and Thursdays, 2:00 p.m. to 3:30 p.m. |
| **Revised** | October 2036 |

This sheet explains how a person is placed on the wait list for one of our 48 long-term care beds. Admissions are arranged by the regional placement coordination service, not by the Hospital.

## Requirements for an application

- The applicant is 18 years of age or older and holds a valid Ontario health card.
- A care coordinator has completed an assessment confirming the need for 24-hour nursing care.
- The applicant or substitute decision-maker has signed the consent form.

## Deadline for updated forms

Families already on the list must return the annual update form by **November 14, 2036**. Files without an update are reviewed but not removed.

## Costs

The daily co-payment is set by the province: basic accommodation $70.12 per day in 2036. A rate reduction may be requested. No salary, wage or income information is collected beyond what the province requires for a rate reduction.

*This sheet is not a job posting. Hospital career opportunities are listed under Careers.*
""", "-")

write("respite-stay-booking-policy-larche.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Respite stays – booking policy</title></head><body>
<nav><ul><li>Home</li><li>Our communities</li><li>Get involved</li><li>Careers</li><li>Donate</li></ul></nav>
<h1>Respite Stays: Booking Policy 2036–2037</h1>
<table><tr><th>Reference</th><td>POL-RES-2036-03</td></tr><tr><th>Location</th><td>Guest house of the community, Montréal (Québec)</td></tr>
<tr><th>Schedule</th><td>Stays from Friday 4:00 p.m. to Sunday 4:00 p.m., or five-day summer stays</td></tr><tr><th>Approved</th><td>September 2036</td></tr></table>
<h2>Who can book</h2><p>Families caring at home for an adult with an intellectual disability may book up to four weekend stays a year. Stays are supported by our assistants, who are already part of the community; no staff are hired for respite bookings.</p>
<h2>Requirements for a booking</h2><ul><li>A completed health and support profile, updated within the last 12 months.</li><li>A signed medication authorization form.</li><li>An emergency contact available during the whole stay.</li></ul>
<h2>Deadlines</h2><p>Deadline for winter stays (December to March): November 21, 2036. Deadline for summer stays: April 30, 2037.</p>
<h2>Fees</h2><p>$85 per night, reduced to $40 for families receiving provincial support. Fees never cover the salary of assistants.</p>
<p>Questions: respite@larche-canada.example</p></body></html>
""", "-")

write("pastoral-market-price-bulletin-acting-for-life.en.txt", """ACTING FOR LIFE – PASTORAL MOBILITY AND MARKETS PROGRAMME
LIVESTOCK MARKET PRICE BULLETIN No. 41 – OCTOBER 2036

Reference: PMM/BUL/2036-41
Location of markets: Tamale, Yendi, Bolgatanga (Ghana); Cinkassé (Togo); Fada N'Gourma (Burkina Faso)
Schedule of data collection: every market day, 7:00 to 11:00

1. AVERAGE PRICES (XOF for Togo and Burkina Faso, GHS for Ghana)
   Market          Adult bull     Heifer        Ram
   Tamale          GHS 11,800     GHS 8,400     GHS 1,650
   Yendi           GHS 11,250     GHS 8,100     GHS 1,540
   Cinkassé        XOF 462,000    XOF 318,000   XOF 61,000
   Fada N'Gourma   XOF 448,500    XOF 305,000   XOF 58,500

2. COMMENTS
   Prices rose by 6 % in Tamale ahead of the end-of-year festivities. Arrivals from the
   north are slowed by the late rains along the corridor.

3. REQUIREMENTS FOR MARKET COMMITTEES
   - Send weekly price sheets by SMS or on the KoboToolbox form.
   - Report any closure of a corridor within 48 hours.

Deadline for comments on this bulletin: 14 November 2036.
The enumerators are volunteers of the market committees; this bulletin does not advertise
any position and no salary is attached to data collection.
""", "-")

write("prime-communale-velo-electrique-mouscron.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Prime communale à l'achat d'un vélo électrique</title></head><body>
<nav><ul><li>Ma ville</li><li>Vie quotidienne</li><li>Environnement</li><li>e-Guichet</li><li>Emploi</li></ul></nav>
<p>Accueil › Vie quotidienne › Primes › Vélo électrique</p>
<h1>Prime communale à l'achat d'un vélo à assistance électrique</h1>
<table><tr><th>Référence du règlement</th><td>ENV/PRIME/VAE/2036</td></tr><tr><th>Lieu de dépôt</th><td>Service Environnement – Cellule Énergie, Centre administratif</td></tr>
<tr><th>Horaire du guichet</th><td>du lundi au vendredi, de 8 h 30 à 12 h</td></tr><tr><th>Montant</th><td>20 % du prix d'achat, maximum 300 €</td></tr></table>
<h2>Conditions d'octroi</h2><ul><li>Être domicilié(e) à Mouscron au moment de l'achat ;</li><li>Avoir acheté le vélo neuf chez un commerçant établi en Belgique ;</li><li>Ne pas avoir bénéficié de la prime au cours des cinq dernières années.</li></ul>
<h2>Exigences du dossier</h2><ul><li>le formulaire de demande complété ;</li><li>la facture acquittée ;</li><li>une composition de ménage ;</li><li>le numéro de compte bancaire.</li></ul>
<h2>Date limite</h2><p>Les demandes relatives aux achats de 2036 doivent être introduites au plus tard le 31 janvier 2037. Le budget de l'année est limité à 60 000 €.</p>
<p>Cette page ne concerne ni un emploi ni un recrutement : les offres de la Ville se trouvent dans la rubrique Emploi.</p></body></html>
""", "-")

write("legalisation-diplomes-unikis.fr.txt", """UNIVERSITÉ DE KISANGANI
SECRÉTARIAT GÉNÉRAL ACADÉMIQUE – SERVICE DES DIPLÔMES

NOTE D'INFORMATION N° SGAC/DIP/2036/09
Objet : légalisation et authentification des diplômes et relevés de notes

Référence : SGAC/DIP/2036/09
Lieu de dépôt : guichet du Service des diplômes, bâtiment administratif, Kisangani
Horaire : du lundi au vendredi, de 8 h 30 à 14 h 30

1. EXIGENCES
   - Présenter l'original du diplôme ou de l'attestation de réussite ;
   - Joindre deux photocopies lisibles ;
   - Présenter une pièce d'identité en cours de validité ;
   - Produire la preuve du paiement des frais au compte de l'Université.

2. FRAIS
   Légalisation d'un diplôme : 25 USD ; relevé de notes : 10 USD par année d'études.
   Authentification pour un employeur ou une université étrangère : 40 USD.

3. DÉLAIS
   Les pièces sont délivrées dans un délai de dix jours ouvrables. Pour les lauréats de la
   promotion 2035-2036, la date limite de retrait des diplômes est fixée au 19 décembre 2036.

La présente note ne constitue ni un avis de recrutement ni un appel à candidatures. Les
recrutements du personnel font l'objet d'avis distincts signés par le Recteur.

Fait à Kisangani, le 3 novembre 2036
Le Secrétaire Général Académique
""", "-")

write("certificat-zoosanitaire-harmonise-cebevirha.fr.md", """**CEBEVIRHA** — Commission Économique du Bétail, de la Viande et des Ressources Halieutiques

# Note technique : certificat zoosanitaire harmonisé de la CEMAC

| | |
|---|---|
| **Référence** | CEBEVIRHA/DSV/NT/2036/04 |
| **Lieu de délivrance** | Postes vétérinaires frontaliers des États membres |
| **Entrée en vigueur** | 1er janvier 2037 |
| **Destinataires** | Services vétérinaires nationaux, exportateurs de bétail |

## 1. Objet

La présente note précise les modalités d'utilisation du certificat zoosanitaire unique pour les mouvements de bovins, d'ovins et de caprins entre les États membres.

## 2. Exigences

1. Chaque animal est identifié par une boucle auriculaire ou un marquage reconnu ;
2. Les animaux sont vaccinés contre la péripneumonie contagieuse bovine depuis moins de douze mois ;
3. Le certificat est signé par un vétérinaire officiel dans les 72 heures précédant le départ.

## 3. Frais

Les frais de délivrance sont plafonnés à 2 500 FCFA par tête de gros bétail et 500 FCFA par petit ruminant.

## 4. Période de transition

Les anciens certificats nationaux restent acceptés jusqu'à la **date limite du 31 mars 2037**.

*La présente note est un document technique ; elle ne porte ni sur un poste ni sur un recrutement.*
""", "-")
