from common import *
w("community-radio-programme-grid-mine-information-hour-poro-2044.en.md", """---
title: Community radio programme grid – Mine Information Hour
reference: COMREL/RAD/2044-02
---
[Home](https://mine.example/) · [Community](https://mine.example/community) · [Careers](https://mine.example/careers) · [Contact](https://mine.example/contact)

# Mine Information Hour – programme grid, April 2044

**Reference:** COMREL/RAD/2044-02
**Location:** partner community stations in the Poro region (FM 98.4 and FM 101.2)

The Community Relations team buys one hour of airtime each week on two local stations. The programme answers questions
from villages around the mine in Sénoufo, Dioula and French. This grid is published so that listeners know when to call.

| Date | Time | Topic | Guest |
|---|---|---|---|
| Tuesday 5 April 2044 | 19:00–20:00 | Blasting warnings and sirens | Drill and blast supervisor |
| Tuesday 12 April 2044 | 19:00–20:00 | Water monitoring results | Environmental officer |
| Tuesday 19 April 2044 | 19:00–20:00 | Local purchasing of food | Supply chain team |
| Tuesday 26 April 2044 | 19:00–20:00 | Road safety for school children | Security coordinator |

## Requirements for call-in listeners

1. State your village and your question clearly.
2. Questions about individual job applications, salary or positions are not handled on air.
3. Send written questions by SMS before the deadline of Friday 1 April 2044 for the first programme.

## Schedule changes

If a programme is cancelled, it is replayed the following Saturday at 10:00. The presenters are station staff already
in post; the mine pays the station for airtime only. This page is not a job advertisement and offers no vacancy.
""")
w("drip-irrigation-kit-loan-terms-for-small-planters-riviere-du-rempart-2044.en.txt", """NORTHERN PLANTERS' SUPPORT DESK
Ref: PSD/DRIP/2044-01                                        Riviere du Rempart, 15 March 2044

DRIP IRRIGATION KIT LOAN – TERMS FOR SMALL PLANTERS

1. PURPOSE
The desk lends drip irrigation kits (header pipe, laterals, filter and valve) to registered small planters of vegetables
and sugar cane of less than two hectares. This is an equipment loan, not a grant, not a salary and not a job offer.

2. LOCATION OF COLLECTION POINTS
   Riviere du Rempart field store ........ Monday to Friday, 8.00 to 14.00
   Goodlands village hall .................. Saturday, 8.00 to 11.00

3. REQUIREMENTS
   (a) a valid planter's registration card;
   (b) proof of access to an irrigation scheme or a borehole;
   (c) attendance at one half-day installation demonstration;
   (d) a deposit of Rs 1,500 (MUR), refunded when the kit is returned.

4. SCHEDULE OF REPAYMENT
The kit is lent for two crop seasons. No fee is charged for the loan itself; lost or damaged parts are charged at cost.

5. DEADLINE
Requests must be lodged by Friday 22 April 2044. Kits are handed out from 2 May 2044 in the order of requests.

6. WHO TO CONTACT
Extension officers in post at the field store will help planters fill in the form. The desk does not recruit staff
through this notice and does not offer any position.
""")
w("prepaid-electricity-vending-outlets-and-opening-hours-grenada-2044.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Prepaid electricity vending outlets</title></head>
<body>
<nav><a href="#">Home</a> | <a href="#">Customer Care</a> | <a href="#">Pay Bill</a> | <a href="#">Careers</a> | <a href="#">Vacancies</a></nav>
<h1>Prepaid Electricity: Where to Buy Tokens</h1>
<p>Reference: CC/PREPAY/2044-03 · Posted March 28, 2044</p>
<p>Customers who have moved to a prepaid meter can buy electricity tokens at the outlets below. Minimum purchase is
EC$20 (XCD). A token is a 20-digit number printed on your receipt.</p>
<h2>Location and opening hours of vending outlets</h2>
<table border="1"><tr><th>Outlet</th><th>Location</th><th>Schedule</th></tr>
<tr><td>Customer Care Centre</td><td>Grand Anse, St. George's</td><td>Mon–Fri 8:00 a.m. – 4:00 p.m.</td></tr>
<tr><td>Partner supermarket</td><td>Grenville, St. Andrew</td><td>Mon–Sat 8:00 a.m. – 8:00 p.m.</td></tr>
<tr><td>Partner pharmacy</td><td>Hillsborough, Carriacou</td><td>Mon–Sat 9:00 a.m. – 5:00 p.m.</td></tr></table>
<h2>Requirements for registering a prepaid account</h2>
<ol><li>Your meter number and account number.</li><li>A photo ID.</li><li>No arrears on your old postpaid account.</li></ol>
<h2>Deadline for the old postpaid balance</h2>
<p>Customers switched in March must settle their old balance by Friday, April 29, 2044.</p>
<p>Outlet cashiers are employees of the partner shops; they do not receive a salary from the utility. This page does not
advertise a position or a vacancy.</p>
</body></html>
""")
w("reglement-du-jeu-concours-recharge-gagnante-kinshasa-2044.fr.txt", """RÈGLEMENT DU JEU-CONCOURS « RECHARGE GAGNANTE »
Référence : MKT/JC/2044-04                                    Kinshasa, le 10 mars 2044

Article 1 – Organisateur
Un opérateur de téléphonie mobile de Kinshasa organise un jeu gratuit sans obligation d'achat du 1er au 30 avril 2044.
Ce jeu n'est ni une offre d'emploi ni un recrutement ; aucun poste n'est à pourvoir.

Article 2 – Conditions requises pour participer
  a) être âgé(e) de 18 ans au moins ;
  b) être titulaire d'une ligne prépayée active ;
  c) avoir effectué au moins une recharge de 1 USD pendant la période du jeu.
Le personnel en poste chez l'organisateur et ses distributeurs ne peut pas participer.

Article 3 – Lots
  1er prix ............ une moto 125 cm3
  2e au 5e prix ....... un smartphone
  6e au 50e prix ...... un crédit de communication de 10 USD
Les lots ne peuvent pas être échangés contre de l'argent ni contre un salaire.

Article 4 – Tirage au sort
Le tirage a lieu le lundi 2 mai 2044 sous le contrôle d'un huissier.

Article 5 – Lieu et horaires de remise des lots
Agence principale, boulevard du 30 Juin, Kinshasa/Gombe (adresse fictive), du lundi au vendredi de 9 h à 16 h.
Date limite de retrait des lots : vendredi 27 mai 2044.

Article 6 – Données personnelles
Les données des participants servent uniquement à la gestion du jeu.
""")
w("consignes-d-accostage-et-tour-de-debarquement-des-pirogues-port-de-peche-nouadhibou-2044.fr.md", """# Consignes d'accostage et tour de débarquement des pirogues

**Référence :** CAPPA/NDB/2044-03
**Lieu :** quai de pêche artisanale, Nouadhibou

_Nouadhibou, le 12 mars 2044_

La capitainerie du port de pêche rappelle aux patrons de pirogues les règles d'accostage applicables à compter du
1er avril 2044. Ce document ne concerne aucun recrutement et n'ouvre aucun poste.

## 1. Horaires du quai

| Tranche | Horaires | Usage |
|---|---|---|
| Matin | 5 h 00 – 11 h 00 | débarquement des pirogues de ligne |
| Après-midi | 13 h 00 – 18 h 00 | débarquement des pirogues de filet |
| Nuit | 18 h 00 – 5 h 00 | quai fermé sauf urgence |

## 2. Conditions requises pour accoster

1. Licence de pêche valable et pirogue immatriculée.
2. Caisses isothermes propres et glace en quantité suffisante.
3. Présentation du journal de pêche au contrôleur.

## 3. Tour de débarquement

Le tour est attribué par ordre d'arrivée à la bouée d'attente. Les agents de quai en poste attribuent les places ;
aucun salaire ni aucune rémunération n'est versé aux manutentionnaires par la capitainerie.

## 4. Date limite

Les patrons doivent faire enregistrer leur numéro de téléphone à la capitainerie avant le **vendredi 8 avril 2044**.
""")
w("tableau-de-bord-trimestriel-de-frequentation-des-ecoles-prescolaires-rurales-azilal-2044.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Tableau de bord trimestriel – préscolaire rural</title></head>
<body>
<nav><a href="#">Accueil</a> · <a href="#">Programmes</a> · <a href="#">Publications</a> · <a href="#">Recrutement</a></nav>
<h1>Tableau de bord trimestriel de fréquentation – écoles préscolaires rurales</h1>
<p>Référence : SE/PRESCO/T1-2044 · Province d'Azilal · publié le 30 mars 2044</p>
<h2>Lieux suivis</h2>
<dl><dt>Communes</dt><dd>six communes rurales de la province</dd><dt>Unités</dt><dd>vingt-quatre unités préscolaires</dd>
<dt>Horaires des classes</dt><dd>du lundi au vendredi, de 8 h 30 à 12 h 00</dd></dl>
<h2>Indicateurs du premier trimestre</h2>
<table border="1"><tr><th>Indicateur</th><th>Janvier</th><th>Février</th><th>Mars</th></tr>
<tr><td>Enfants inscrits</td><td>612</td><td>618</td><td>621</td></tr>
<tr><td>Taux de présence</td><td>88 %</td><td>84 %</td><td>90 %</td></tr>
<tr><td>Visites de classe</td><td>22</td><td>24</td><td>24</td></tr></table>
<h2>Conditions requises pour l'inscription des enfants</h2>
<ul><li>avoir quatre ou cinq ans au 31 décembre 2044 ;</li><li>résider dans le douar ou à moins de trois kilomètres.</li></ul>
<h2>Prochaine échéance</h2>
<p>Les fiches de présence d'avril doivent parvenir au bureau régional avant la date limite du vendredi 6 mai 2044.</p>
<p>Les éducatrices en poste sont rémunérées dans le cadre des conventions existantes ; ce tableau de bord n'annonce aucun
recrutement, aucun poste et aucun salaire.</p>
</body></html>
""")
save_rows("z_non")
