from common import *

w("rainwater-cistern-grant-scheme-application-guide-barbados-2043.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Rainwater Cistern Grant Scheme 2043 – Application Guide</title></head>
<body>
<nav>Home | About Us | Customer Service | PSA | Vacancies | Contact</nav>
<h1>Rainwater Cistern Grant Scheme 2043 – Application Guide</h1>
<p><strong>Reference:</strong> RCG/2043/GUIDE-02 · Issued August 20, 2043</p>
<p>The dry season puts pressure on the island's aquifers. To encourage households to store roof water for gardens,
toilets and washing, a grant of up to BDS$4,000 (BBD) is offered towards the purchase and installation of a cistern
or storage tank of at least 1,000 gallons. This page explains the scheme. It is not a job advertisement: no position,
salary or contract of employment is offered, and the technicians who inspect installations are staff already in post.</p>
<h2>Requirements for applicants</h2>
<ol>
<li>You must own and occupy the house where the cistern will be installed;</li>
<li>your account with the water utility must be up to date;</li>
<li>the roof and gutters must be in good condition and the tank must have a screened, covered inlet;</li>
<li>you must keep the receipts of the supplier and of the plumber.</li>
</ol>
<h2>Location and schedule of information sessions</h2>
<table>
<tr><th>Location</th><th>Date</th><th>Time</th></tr>
<tr><td>St. John Parish Church hall</td><td>Saturday, September 5, 2043</td><td>10:00 a.m.</td></tr>
<tr><td>Six Roads community centre, St. Philip</td><td>Wednesday, September 9, 2043</td><td>6:00 p.m.</td></tr>
</table>
<h2>Deadline</h2>
<p>Completed forms, with a photograph of the roof and a supplier's quotation, must be received by the deadline of
<strong>Friday, September 25, 2043</strong>. Grants are paid after inspection, in order of completed files, until the
2043 budget is used. Applicants with a pension or salary below BDS$3,000 a month receive priority.</p>
<footer>Customer Service Centre · The Pine, St. Michael</footer>
</body></html>
""", "-")

w("supply-ship-cargo-acceptance-rules-and-voyage-calendar-agalega-2043.en.txt", """OUTER ISLANDS SHIPPING DESK
Ref: OIS/CARGO/2043/09                                               Port Louis, 1 September 2043

SUPPLY SHIP TO AGALEGA - CARGO ACCEPTANCE RULES AND VOYAGE CALENDAR (SEPTEMBER - DECEMBER 2043)

1. LOCATION OF THE CARGO SHED
Shed 4, Mer Rouge, Port Louis. Entry by the gate opposite the fish market.

2. VOYAGE SCHEDULE
   Voyage 43/05   loading 14-16 September 2043   sailing 18 September 2043
   Voyage 43/06   loading 26-28 October 2043     sailing 30 October 2043
   Voyage 43/07   loading 7-9 December 2043      sailing 11 December 2043

3. REQUIREMENTS FOR SHIPPERS
   (a) every package must carry the consignee's name and island address;
   (b) fuel, gas bottles and chemicals travel only in the approved deck containers;
   (c) fresh food must be packed in insulated boxes not heavier than 25 kg;
   (d) a packing list must be handed in with the goods.

4. FREIGHT CHARGES
   General cargo Rs 18 per kg (MUR); household furniture Rs 2,400 per cubic metre. Residents and workers of
   the islands pay half rate on one allowance of personal effects per voyage; the allowance is not a salary
   and is not linked to any post.

5. DEADLINE
   Booking forms for Voyage 43/05 must reach the desk by Thursday 10 September 2043. Late cargo waits for
   the next sailing.

This notice gives shipping rules only. It does not advertise any vacancy, position or recruitment. Questions:
cargo desk, 8.30 hrs to 15.30 hrs on weekdays.
""", "-")

w("progressive-rehabilitation-of-waste-rock-dump-community-update-banfora-2043.en.md", """---
title: Progressive rehabilitation of the east waste rock dump – community update
reference: ENV-CU-2043-07
date: 2043-08-29
---

[Home](/) · [Our mine](/mine) · [Environment](/environment) · [Careers](/careers) · [Contact](/contact)

# Progressive rehabilitation of the east waste rock dump

**Reference:** ENV-CU-2043-07\\
**Location:** east waste rock dump, between the pit and the village of Niofila (fictitious name)

Since June, the slopes of the east dump have been reshaped, covered with topsoil and planted with local grasses and
shea and néré seedlings. This update tells neighbours what has been done and what comes next.

| Zone | Area (ha) | Status at 25 August 2043 |
|---|---|---|
| Lower bench | 12 | topsoil spread, seeded |
| Middle bench | 9 | reshaping in progress |
| Upper bench | 7 | planned for 2044 |

## Requirements for contractors

1. Trucks keep to the marked haul road and to 30 km/h near the village.
2. No topsoil may be taken from the grazing area.
3. Water trucks spray the road twice a day during works.

## Schedule of community visits

- Saturday 12 September 2043, 9:00 – guided walk for the village committee
- Saturday 26 September 2043, 9:00 – visit for schools

Seedlings are grown by a women's nursery group paid per plant delivered (XOF 150 a seedling); this is a purchase
contract, not a salary, and no job or position is offered here. Comments on the plan may be sent before the
**deadline of 30 September 2043** to the community relations office.
""", "-")

w("location-coffres-forts-conditions-et-tarifs-agences-djibouti-2043.fr.txt", """LOCATION DE COFFRES-FORTS – CONDITIONS ET TARIFS 2043-2044
Référence : DCL/COF/2043-03                                         Djibouti, le 24 août 2043

Pour mettre vos documents et objets de valeur à l'abri, nos agences du Plateau et de Balbala proposent des
coffres-forts individuels, accessibles pendant les heures d'ouverture.

LIEU
Salle des coffres du siège, place Lagarde, et agence de Balbala (rez-de-chaussée).

HORAIRES D'ACCES
Du dimanche au jeudi, de 8 h à 13 h ; fermeture le vendredi et les jours fériés.

TARIFS ANNUELS (TTC)
   Petit modèle (10 litres) ............ 18 000 DJF
   Modèle moyen (25 litres) ............ 32 000 DJF
   Grand modèle (60 litres) ............ 55 000 DJF

CONDITIONS REQUISES
   - être titulaire d'un compte courant dans la banque depuis six mois au moins ;
   - présenter une pièce d'identité en cours de validité et un justificatif de domicile ;
   - fournir un bulletin de salaire ou une attestation de revenus récente ;
   - désigner, le cas échéant, un mandataire.

DATE LIMITE
Les clients qui souhaitent renouveler leur contrat au tarif 2042 doivent signer l'avenant avant le
mercredi 30 septembre 2043.

Les conseillers en poste dans chaque agence répondent à vos questions. Ce document est une information
commerciale ; il ne constitue ni une offre d'emploi ni un avis de recrutement.
""", "-")

w("depot-legal-des-manuscrits-de-these-modalites-bibliotheque-universitaire-oujda-2043.fr.md", """# Dépôt légal des manuscrits de thèse : modalités 2043-2044

**Référence :** BU/DL/2043-11\\
**Lieu :** Bibliothèque universitaire, campus principal, Oujda (guichet n° 3)

La présente note rappelle aux doctorant(e)s qui ont soutenu, ou qui soutiendront d'ici décembre, les règles de
dépôt de leur thèse. Elle ne concerne aucun poste ni aucun recrutement.

## 1. Conditions requises

- avoir obtenu l'autorisation de soutenance signée par le directeur du centre d'études doctorales ;
- remettre deux exemplaires imprimés et une version PDF/A sans mot de passe ;
- joindre le formulaire de diffusion (accès libre ou embargo de deux ans au plus) ;
- joindre un résumé en français, en arabe et en anglais.

## 2. Horaires du guichet

| Jour | Horaire |
|---|---|
| Lundi à jeudi | 9 h – 12 h 30 |
| Vendredi | 9 h – 11 h 30 |

## 3. Date limite

Les thèses soutenues avant le 31 juillet 2043 doivent être déposées au plus tard le **vendredi 18 septembre 2043**.
Passé ce délai, l'attestation de dépôt, exigée pour le retrait du diplôme, ne sera pas délivrée.

## 4. Frais

Le dépôt est gratuit. La reliure proposée par l'atelier de la bibliothèque coûte 120 MAD par exemplaire.

Les bibliothécaires en poste au service de la documentation électronique vérifient les fichiers. Aucune
rémunération, aucun salaire ni aucun contrat n'est lié à ce dépôt.
""", "-")

w("bulletin-prix-indicatifs-racines-de-vetiver-distilleries-sud-haiti-2043.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Bulletin des prix indicatifs du vétiver – n° 17</title></head>
<body>
<nav>Accueil | Filières | Statistiques | Publications | Recrutement | Contact</nav>
<h1>Bulletin des prix indicatifs des racines de vétiver – n° 17</h1>
<p>Référence : BPV/SUD/2043-17 · Période du 1er au 31 août 2043</p>
<p>Ce bulletin informe les planteurs, les spéculateurs et les distillateurs des prix observés à la livraison dans
le département du Sud. Il ne fixe aucun prix obligatoire, et il n'annonce ni poste, ni recrutement, ni salaire.</p>
<dl>
<dt>Lieux de relevé</dt><dd>Les Cayes, Torbeck, Camp-Perrin, Saint-Louis-du-Sud</dd>
<dt>Horaires de réception des distilleries</dt><dd>Du lundi au samedi, de 6 h à 14 h</dd>
</dl>
<table>
<tr><th>Qualité</th><th>Prix moyen (HTG / livre)</th><th>Variation</th></tr>
<tr><td>Racines propres et sèches</td><td>95</td><td>+ 6 %</td></tr>
<tr><td>Racines humides</td><td>70</td><td>+ 2 %</td></tr>
<tr><td>Racines avec terre</td><td>52</td><td>– 4 %</td></tr>
</table>
<h2>Conditions requises pour la prime qualité</h2>
<ul>
<li>livrer des racines récoltées sur parcelle enregistrée ;</li>
<li>respecter un délai d'au moins 18 mois entre plantation et récolte ;</li>
<li>présenter la carte de membre d'une coopérative.</li>
</ul>
<p>Les déclarations de récolte pour la prime du quatrième trimestre doivent être remises avant la date limite du
<strong>vendredi 25 septembre 2043</strong>. Les techniciens en poste dans les bureaux agricoles communaux aident
à remplir le formulaire.</p>
<footer>Bulletin suivant : début octobre 2043.</footer>
</body></html>
""", "-")
save_rows("nn")
