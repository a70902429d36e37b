from common import *

write("carpool-matching-scheme-jsec-ulm.en.txt", """HQ JSEC - Wilhelmsburg Barracks, Ulm
STAFF INFORMATION NOTE

Reference: JSEC/SUP/ENV/2035-044
Title: Car-pool matching scheme for military and civilian staff
Location: Wilhelmsburg Barracks, Ulm, and the Kienlesberg annex
Date: 13 October 2035
Deadline to register for the first matching round: 9 November 2035

1. Purpose
Parking places at Wilhelmsburg Barracks will be reduced by 140 from January 2036 while the new logistics building is constructed. To keep arrival times reasonable, the Support Division is setting up a car-pool matching scheme open to all staff, whatever their post, grade or nationality.

2. How it works
Staff register their home area, usual working hours and whether they can drive. Every two weeks the Environmental Officer matches drivers and passengers living along the same routes (Neu-Ulm, Blaustein, Senden, Langenau, Günzburg) and sends each group its contact list.

3. Requirements for drivers
a. A valid driving licence recognised in Germany and a vehicle registered with the HQ vehicle registration office.
b. Third-party insurance that covers passengers.
c. Willingness to carry at least two colleagues on at least three days a week.

4. Requirements for passengers
a. A valid HQ access badge.
b. Sharing of fuel costs as agreed within the group; the HQ recommends EUR 0.10 per kilometre and passenger.

5. What the scheme is not
The scheme is voluntary. Drivers receive no salary supplement, allowance or overtime for car-pooling, and the time spent on the road is not working time. The scheme does not change anybody's post, job description or working hours; it is not a vacancy or a tasking. Car-pool groups get reserved spaces in car park P3 near gate 2.

6. Registration
Register on the Support Division SharePoint page ("Car-pool Ulm") or at the Welcome Desk, Building 12, room 0.14, by 9 November 2035. Later registrations go into the following round.

Point of contact: Environmental Officer, Support Division, ext. 4471.
NATO UNCLASSIFIED
""", "-")

write("dining-in-night-mess-instructions-nmiotc.en.md", """---
title: "Winter Dining-In Night – Administrative Instructions"
ref: NMIOTC/CMD/2035/112
---

# Winter Dining-In Night – Administrative Instructions

| | |
|---|---|
| **Reference** | NMIOTC/CMD/2035/112 |
| **Date of event** | Friday, 7 December 2035, 19:30 for 20:00 |
| **Location** | Officers' Mess, Souda Bay Naval Base, Crete |
| **Title of event** | Winter Dining-In Night of the Centre |
| **Reply deadline** | 23 November 2035 |

## 1. General

The Commandant invites all officers, senior NCOs and civilian staff of the Centre, of every grade, to the annual Winter Dining-In Night. Guests of other headquarters are welcome within the limit of 120 seats.

## 2. Requirements

1. **Dress:** mess dress or black tie for civilians; national service dress is acceptable for guests.
2. **Attendance:** arrive by 19:45; nobody leaves the table before the Loyal Toasts.
3. **Mess bill:** EUR 45 per member, EUR 35 for junior ranks, to be paid to the Mess Secretary by the reply deadline. The bill is not deducted from salary.
4. **Speeches:** the President of the Mess Committee and the Vice-President ("Mr/Madam Vice") are appointed by the Commandant; these are honorary roles for the evening, not posts.

## 3. Seating

The seating plan is prepared by the Mess Secretary by post title and seniority, not by name. Requests for special diets must be sent with the reply.

## 4. Fines

The President may fine members for breaches of mess etiquette; fines (a round of port, paid in kind) go to the Centre's charity fund.

## 5. Points of contact

- Mess Secretary: Lt (N) A. Papadakis, ext. 2210
- Protocol NCO: CPO S. Vlachos, ext. 2214

*This is an administrative instruction for a social event. It does not announce any position, and no application is possible.*
""", "-")

write("winter-tyre-fitting-advisory-nfiu-estonia.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Winter tyres and driving – advisory 2035/36 | NFIU EST intranet</title></head><body>
<nav>Intranet home | Support Branch | Security | Transport | Welfare</nav>
<h1>Winter tyres and winter driving – advisory for the 2035/36 season</h1>
<table>
<tr><th>Reference</th><td>NFIU EST/J4/TPT/2035-21</td></tr>
<tr><th>Title</th><td>Winter tyre fitting and winter driving rules</td></tr>
<tr><th>Location</th><td>Tallinn (Miinisadama unit area) and all duty trips in Estonia</td></tr>
<tr><th>Applies to</th><td>All military and civilian staff, every grade, driving service or private vehicles</td></tr>
<tr><th>Deadline for fitting winter tyres</th><td>20 November 2035</td></tr>
</table>
<h2>1. Why this advisory</h2>
<p>Estonian law requires winter tyres from 1 December to 1 March; in practice roads freeze earlier. The unit sets an internal deadline of 20 November 2035 for service vehicles and strongly advises staff to follow it for private cars.</p>
<h2>2. Requirements</h2>
<ol>
<li>Studded or friction winter tyres with a tread depth of at least 3 mm on all four wheels.</li>
<li>Ice scraper, snow brush, reflective vest and a charged phone in every vehicle.</li>
<li>Service vehicle drivers must hold a valid unit driving permit; the transport NCO checks tyres before any trip outside Tallinn.</li>
</ol>
<h2>3. Tyre-change service</h2>
<p>A contracted garage changes tyres of service vehicles free of charge. Private cars get the agreed unit rate of EUR 42 per change (EUR 18 for storage per season), payable by the owner; the cost is not refunded and is not deducted from salary.</p>
<h2>4. Book a slot</h2>
<p>Slots are available from 3 to 20 November 2035 on the transport calendar. Post holders who drive duty vehicles (drivers, clerks on courier runs, the Security Officer) are booked first.</p>
<p><em>This advisory concerns vehicles only. It is not a job offer, and it does not create any new duty or post.</em></p>
<footer>NFIU EST – NATO UNCLASSIFIED – Releasable to EST</footer>
</body></html>
""", "-")

write("programme-commemoration-11-novembre-shape.fr.txt", """SHAPE – Section Protocole
NOTE D'INFORMATION

Référence : SHAPE/PROT/2035/0917
Objet : Cérémonie du 11 novembre 2035 – programme et dépôt de gerbes
Lieu : Monument aux morts du Quartier général, place d'Armes, Casteau (Mons)
Date de la cérémonie : dimanche 11 novembre 2035, 10 h 30

1. Généralités
À l'occasion de l'anniversaire de l'Armistice, le Quartier général organise une cérémonie commémorative ouverte à tout le personnel militaire et civil, de tous grades, ainsi qu'aux familles et aux représentants des communes voisines.

2. Programme
10 h 00 – mise en place des détachements et des porte-drapeaux
10 h 30 – arrivée de l'autorité présidant la cérémonie (le chef d'état-major du SHAPE)
10 h 35 – lecture du message, sonnerie « Aux morts », minute de silence
10 h 45 – dépôts de gerbes par les représentations nationales
11 h 10 – défilé et fin de la cérémonie, suivie d'une réception au mess

3. Exigences pour les délégations
a. Chaque représentation nationale souhaitant déposer une gerbe doit s'inscrire auprès de la Section Protocole au plus tard le 2 novembre 2035, en indiquant le nom, le grade et la fonction du porteur.
b. Tenue : tenue de cérémonie pour le personnel militaire ; tenue de ville sombre pour le personnel civil.
c. Les invités extérieurs doivent présenter une pièce d'identité à l'entrée principale.

4. Informations pratiques
Le parking P5 est réservé aux invités. Les gerbes (70 € environ chez le fleuriste agréé) sont à la charge des représentations. Les porte-drapeaux sont désignés par les nations ; il ne s'agit ni d'un poste ni d'une fonction rémunérée, et aucun salaire ou indemnité n'est versé.

Cette note ne constitue pas un avis de vacance et n'appelle aucune candidature.

Point de contact : Section Protocole, poste 4125.
""", "-")

write("consignes-tenue-vestimentaire-siege-otan.fr.md", """# Consignes relatives à la tenue vestimentaire au Siège de l'OTAN

| Champ | Valeur |
|---|---|
| **Référence** | ON(2035)0088 |
| **Lieu** | Siège de l'OTAN, boulevard Léopold III, Bruxelles |
| **Personnel concerné** | Personnel civil et militaire de tous grades, consultants, stagiaires |
| **Entrée en vigueur** | 1er novembre 2035 |
| **Date limite pour les observations des divisions** | 16 novembre 2035 |

## 1. Objet

La présente note rappelle les exigences de tenue applicables au Siège. Elle remplace la note de 2029 et tient compte des observations du Comité du personnel.

## 2. Exigences générales

1. Tenue de travail correcte, adaptée aux réunions avec les délégations.
2. Lors des réunions du Conseil de l'Atlantique Nord et des réunions ministérielles, tenue de ville (costume ou équivalent) pour le personnel qui accède aux salles de réunion.
3. Le personnel militaire porte l'uniforme national conformément aux règles de sa nation.
4. Le badge d'accès doit être porté visiblement en permanence.

## 3. Cas particuliers

- Les agents de sécurité et les huissiers portent la tenue fournie par l'Organisation ; elle ne constitue ni un élément de salaire ni un avantage en nature.
- Le vendredi, une tenue plus décontractée est admise, sauf réunion officielle.
- Les titulaires de postes en contact avec le public (accueil, centre des visiteurs) suivent les consignes de leur chef de section.

## 4. Observations

Les divisions peuvent transmettre leurs observations au Bureau des ressources humaines jusqu'au 16 novembre 2035. Une version révisée sera publiée si nécessaire.

*Note d'organisation interne : elle ne porte sur aucun poste vacant et n'ouvre aucune procédure de recrutement.*
""", "-")

write("recensement-competences-linguistiques-personnel-ncia.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Recensement 2035 des compétences linguistiques – NCIA</title></head><body>
<header>Intranet NCIA · Ressources humaines · Formation</header>
<h1>Recensement 2035 des compétences linguistiques du personnel</h1>
<dl>
<dt>Référence</dt><dd>NCIA/HR/TRG/2035-061</dd>
<dt>Lieu</dt><dd>Tous les sites de l'Agence (Bruxelles, Mons, Braine-l'Alleud, La Haye, Oeiras)</dd>
<dt>Personnel concerné</dt><dd>Tout le personnel civil, quel que soit son grade (G5 à G22)</dd>
<dt>Date limite de réponse</dt><dd>30 novembre 2035</dd>
</dl>
<h2>Pourquoi ce recensement ?</h2>
<p>L'Agence prépare son plan de formation linguistique pour 2036. Pour attribuer les places de cours d'anglais, de français et de néerlandais, elle a besoin de connaître le niveau SLP actuel de chaque membre du personnel et le niveau exigé pour son poste.</p>
<h2>Ce que nous vous demandons</h2>
<ol>
<li>Indiquer votre numéro de poste et l'intitulé de votre poste tels qu'ils figurent dans votre contrat.</li>
<li>Indiquer votre dernier profil SLP certifié (par exemple 3332) et la date du test.</li>
<li>Indiquer si vous souhaitez suivre un cours en 2036, et dans quelle langue.</li>
</ol>
<h2>Exigences et précisions</h2>
<ul>
<li>Le recensement est obligatoire pour le personnel dont le poste exige un niveau SLP supérieur à celui qu'il détient.</li>
<li>Les réponses n'ont aucune incidence sur le grade, le salaire ou l'évaluation des performances.</li>
<li>Ce recensement n'est pas un avis de vacance : aucune candidature à un poste n'est attendue et aucun poste n'est offert.</li>
</ul>
<p>Formulaire en ligne : Intranet › RH › Formation › « Recensement linguistique 2035 ». Pour toute question : Section Formation, poste 3390.</p>
<footer>NATO UNCLASSIFIED · NCIA Ressources humaines · Mis à jour le 19 octobre 2035</footer>
</body></html>
""", "-")
