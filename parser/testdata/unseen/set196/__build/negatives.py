"""The six documents of corpus196 that are not notices (3 EN, 3 FR), written by hand."""
from common import write

CHECKOUT = """---
title: "Check-out procedure for departing staff – NCIA Mons"
source: intranet
---

[Intranet home](/) » [Human Resources](/hr) » [Leaving the Agency](/hr/leaving) » Check-out procedure

# Check-out procedure for departing staff

| | |
|---|---|
| **Reference** | NCIA/HR/SOP-118 (rev. 4) |
| **Applies to** | All staff members, every grade (G5 to G22), and consultants with a NATO badge |
| **Location** | Mons, Belgium – Human Resources Service Desk, Building 2, ground floor |
| **Deadline** | Start the check-out no later than 10 working days before your last working day |
| **Contact** | hr.servicedesk@ncia.example |

This page explains what you must do when your contract ends, when you resign or when you are transferred to another NATO body. It does **not** concern recruitment: open posts of the Agency are published on the NATO Talent Acquisition Platform only.

## Requirements before your last day

1. Return your NATO identity badge, your parking card and any keys to the Security Office.
2. Return your laptop, smart card reader and mobile phone to the IT Service Desk and obtain the signed hand-over slip.
3. Hand over your files and mailbox delegations to your line manager; the line manager signs the hand-over note.
4. Close any open travel claims and repay outstanding advances (e.g. an education allowance advance of EUR 1,250).
5. Attend the security debriefing if you held a NATO SECRET or COSMIC TOP SECRET clearance.
6. Complete the exit survey (about 10 minutes).

## Your final pay

The last salary is paid on the usual date of the month. Leave not taken is paid out at 1/30 of the basic monthly salary per day, up to 15 days. The installation allowance is not repaid if you served at least 12 months.

## Timeline

| When | What | Who |
|---|---|---|
| 10 working days before | Open the check-out ticket | Staff member |
| 5 working days before | IT and Security appointments | IT / Security |
| Last working day | Badge return and signature of the clearance sheet | Security Office |
| Within 30 days | Final pay statement and certificate of employment | HR Pay Section |

*Last reviewed: 8 January 2034 · Owner: Head, HR Operations*
"""

FUEL = """SUPREME HEADQUARTERS ALLIED POWERS EUROPE
Host Nation Privileges Office (HNPO)

TAX-FREE FUEL COUPONS – ALLOCATION FOR 2034

Reference:        SHAPE/HNPO/2034/003
Location:         HNPO counter, Building 102, SHAPE (Casteau, Mons)
Opening hours:    Monday to Thursday 08:30-12:00, Friday 08:30-11:00
Deadline:         Requests for the first semester must reach the HNPO by 16 February 2034

1. WHO IS ENTITLED

The following members of the SHAPE community may buy tax-free fuel coupons for ONE private vehicle registered under SHAPE plates:
  a. military personnel of NATO nations assigned to SHAPE or to a unit supported by SHAPE;
  b. international civilian staff of grade G12 and above, and those of grades G5 to G11 who do not hold Belgian nationality;
  c. national support element personnel holding a valid SHAPE ID card.
Local civilian staff (grades C-1 to C-7) and contractors are NOT entitled.

2. REQUIREMENTS FOR A REQUEST

  - copy of the SHAPE ID card (both sides);
  - vehicle registration certificate with SHAPE plates;
  - the request form HNPO-07, signed by your section chief;
  - for a second semester allocation: the fuel used in the first semester, shown by the receipts.

3. QUOTA AND PRICE

Monthly quota: 200 litres per entitled person (300 litres for personnel living more than 50 km from SHAPE).
Coupons are sold in books of 20 litres. Price per book in January 2034: EUR 19.80 (diesel) and EUR 21.40 (petrol); prices follow the quarterly host nation rate.

4. MISUSE

Coupons are personal. Selling or giving coupons to a person who is not entitled leads to withdrawal of the privilege for 12 months and may be reported to the individual's national authorities.

This circular replaces SHAPE/HNPO/2033/011. It contains no offer of employment.

Host Nation Privileges Officer
"""

STANAG = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>STANAG 6001 test session – registration | JFTC</title></head>
<body>
<nav><a href="#">JFTC Intranet</a> | <a href="#">Training</a> | <a href="#">Language Centre</a> | <a href="#">Contact</a></nav>
<h1>STANAG 6001 language testing – spring session 2034</h1>
<p>Joint Force Training Centre, Bydgoszcz – Language Centre</p>
<table>
<tr><th>Reference</th><td>JFTC/LC/TEST/2034-1</td></tr>
<tr><th>Location</th><td>Bydgoszcz, Poland – Building 5, rooms 5.110 to 5.114</td></tr>
<tr><th>Test dates</th><td>9 to 13 March 2034</td></tr>
<tr><th>Registration deadline</th><td>13 February 2034, 15:00</td></tr>
<tr><th>Languages</th><td>English (levels 1 to 4), French (levels 1 to 3), Polish (levels 1 to 2)</td></tr>
<tr><th>Fee</th><td>none for JFTC staff; EUR 85 per skill for external candidates</td></tr>
</table>
<h2>Who may register</h2>
<ul>
<li>Military and civilian staff of the JFTC, of every grade, who need a current Standardized Language Profile (SLP) for their post or for a future application.</li>
<li>Staff of NATO Force Integration Units and national units co-located in Bydgoszcz, as places allow.</li>
</ul>
<h2>Requirements</h2>
<ol>
<li>Your supervisor's approval in the registration form.</li>
<li>A previous result at least six months old for the language and skill you want to be re-tested in.</li>
<li>A valid NATO ID or national military ID on the test day.</li>
</ol>
<h2>What you get</h2>
<p>An SLP certificate (for example SLP 3332) valid for three years for NATO posts. The certificate is a proof of language level; it is not an application and does not give access to any post. Vacancies are published on the NATO Talent Acquisition Platform.</p>
<h2>Timetable</h2>
<table>
<tr><th>Day</th><th>Morning (08:30-12:00)</th><th>Afternoon (13:00-16:30)</th></tr>
<tr><td>Monday 9 March</td><td>English listening and reading</td><td>English writing</td></tr>
<tr><td>Tuesday 10 March</td><td>English speaking (interviews)</td><td>English speaking (interviews)</td></tr>
<tr><td>Wednesday 11 March</td><td>French, all skills</td><td>Polish, all skills</td></tr>
<tr><td>Thursday 12 – Friday 13 March</td><td>Re-tests and speaking interviews</td><td>–</td></tr>
</table>
<p>Results are sent by e-mail within 15 working days. Questions: language.centre@jftc.example</p>
<footer>© JFTC · Internal use</footer>
</body></html>
"""

BADGE = """SIÈGE DE L'OTAN – BUREAU DES BADGES
Service de sécurité de l'OTAN (NOS)

RENOUVELLEMENT DES CARTES D'IDENTITÉ OTAN EXPIRANT EN 2034

Référence : NOS/BB/2034-02
Lieu : Bureau des badges, Centre d'accueil des visiteurs, boulevard Léopold III, Bruxelles
Horaires d'ouverture : du lundi au vendredi, de 8 h 30 à 12 h 30
Date limite : les demandes pour les cartes expirant au 31 mars 2034 doivent être introduites au plus tard le 14 février 2034

Qui est concerné ?
Tous les titulaires d'une carte d'identité OTAN dont la date d'expiration figure au recto entre le 1er mars et le 30 juin 2034 : personnel du Secrétariat international et de l'État-major militaire international (tous grades), membres des délégations et des missions, consultants et personnel des sociétés contractantes.

Conditions à remplir
1. Être titulaire d'une habilitation de sécurité valide (NATO SECRET au minimum pour l'accès à la zone 1) ; l'habilitation doit rester valable au moins six mois après la date de la demande.
2. Présenter la demande signée par le chef de division ou le chef de délégation.
3. Se présenter en personne avec l'ancienne carte et une pièce d'identité nationale.
4. Fournir une photo d'identité récente (format 35 x 45 mm) ou accepter la prise de photo sur place.

Délais de traitement
Carte du personnel : 5 jours ouvrables.
Carte de contractant : 10 jours ouvrables, après vérification du contrat par le Bureau des achats.
Carte perdue ou volée : déclaration à la police et frais de remplacement de 25 EUR.

Important
Le bureau ne traite aucune question relative au recrutement ni aux postes vacants. Les personnes qui viennent passer un entretien ou un test au siège reçoivent un badge de visiteur d'une journée, sur demande du service des ressources humaines.

Le chef du Bureau des badges
"""

VISITE = """# Programme de la visite d'une délégation parlementaire au siège de l'OTAN

**Réf. :** PDD/VIS/2034-017  
**Lieu :** siège de l'OTAN, boulevard Léopold III, Bruxelles – salle de conférence 3  
**Date :** jeudi 23 février 2034  
**Délégation :** commission de la défense nationale d'un parlement allié (douze membres et deux fonctionnaires)  
**Date limite pour la liste nominative :** 9 février 2034 (contrôle de sécurité)  
**Contact :** section des visites, Division Diplomatie publique

## Déroulement

| Heure | Séquence | Intervenant |
|---|---|---|
| 08 h 45 | Accueil au centre des visiteurs, remise des badges | Section des visites |
| 09 h 15 | Mot de bienvenue et présentation de l'Alliance | Secrétaire général adjoint(e) délégué(e) pour la diplomatie publique |
| 10 h 00 | Les priorités de la défense collective | Directeur/Directrice, Division Politique de défense et planification |
| 11 h 00 | Échange avec le Comité militaire | Représentant militaire du pays |
| 12 h 30 | Déjeuner de travail | Ambassadeur/Ambassadrice, Représentant(e) permanent(e) |
| 14 h 00 | Visite du bâtiment et photo de groupe | Section des visites |
| 15 h 00 | Fin de la visite | |

## Consignes pour les participants

1. Chaque participant doit figurer sur la liste nominative transmise par la délégation nationale avant la date limite.
2. Une pièce d'identité en cours de validité est exigée à l'entrée.
3. Les téléphones et montres connectées sont déposés dans les casiers avant la séquence avec le Comité militaire.
4. Tenue : tenue de ville.

## Informations pratiques

Les frais de déplacement et d'hébergement sont à la charge du parlement. Le déjeuner est offert par la délégation nationale. Les exposés sont donnés en anglais et en français, avec interprétation simultanée.

*Ce programme est provisoire ; il peut être modifié selon l'agenda des intervenants.*
"""

ANNONCES = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Petites annonces – Intranet SHAPE</title></head>
<body>
<header><p>Intranet SHAPE · Communauté · <b>Petites annonces</b></p></header>
<h1>Petites annonces de la communauté SHAPE</h1>
<p>Annonces publiées par les membres du personnel. Rappel : les véhicules sous plaques SHAPE ne peuvent être vendus qu'à une personne bénéficiant du même statut. Aucune offre d'emploi n'est acceptée sur cette page ; les postes vacants sont publiés par le bureau du personnel civil.</p>

<article>
<h2>À vendre – break familial, plaques SHAPE (départ en mutation)</h2>
<dl>
<dt>Réf. annonce</dt><dd>PA-2034-0112</dd>
<dt>Lieu</dt><dd>Casteau, parking du bâtiment 207</dd>
<dt>Prix</dt><dd>11 900 EUR (exonéré de TVA, acheteur sous statut SHAPE)</dd>
<dt>Disponible jusqu'au</dt><dd>20 février 2034 (date de mon départ)</dd>
</dl>
<p>Diesel, 2029, 86 000 km, entretien complet chez le concessionnaire, pneus hiver inclus. Conditions : l'acheteur doit présenter sa carte SHAPE et une attestation du bureau des privilèges.</p>
<p>Contact : sergent-chef M. Lindqvist, poste 4417.</p>
</article>

<article>
<h2>À louer – appartement deux chambres, Mons centre</h2>
<dl>
<dt>Réf. annonce</dt><dd>PA-2034-0115</dd>
<dt>Lieu</dt><dd>Mons, près de la Grand-Place</dd>
<dt>Loyer</dt><dd>890 EUR par mois, charges 120 EUR</dd>
<dt>Libre à partir du</dt><dd>1er mars 2034</dd>
</dl>
<p>Bail de trois ans, garantie locative de deux mois. Exigences du propriétaire : contrat de travail ou ordre de mutation, pas d'animaux.</p>
</article>

<article>
<h2>À donner – mobilier de bureau</h2>
<dl>
<dt>Réf. annonce</dt><dd>PA-2034-0119</dd>
<dt>Lieu</dt><dd>Obourg</dd>
<dt>À enlever avant le</dt><dd>15 février 2034</dd>
</dl>
<p>Un bureau, deux chaises et une bibliothèque. À enlever sur place, le samedi de préférence.</p>
</article>

<footer><p>Publier une annonce · Règlement des petites annonces · Signaler un abus</p></footer>
</body></html>
"""


def build():
    write("staff-checkout-procedure-departing-staff-ncia.en.md", CHECKOUT, "-")
    write("tax-free-fuel-coupon-allocation-shape.en.txt", FUEL, "-")
    write("stanag-6001-test-session-registration-jftc.en.html", STANAG, "-")
    write("renouvellement-carte-identite-otan-siege.fr.txt", BADGE, "-")
    write("programme-visite-delegation-parlementaire-siege-otan.fr.md", VISITE, "-")
    write("petites-annonces-intranet-communaute-shape.fr.html", ANNONCES, "-")
