"""Six non-notices of the UN world (3 EN, 3 FR)."""
from common import *

ERG = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Terms of reference – Evaluation Reference Group</title></head>
<body>
<p>UNITED NATIONS · Independent Evaluation Office · Regional Programme for Asia and the Pacific</p>
<h1>Terms of Reference: Evaluation Reference Group</h1>
<table>
<tr><th>Reference</th><td>IEO/ERG/2040/11</td></tr>
<tr><th>Title of the evaluation</th><td>Final evaluation of the Regional Programme on Disaster-Resilient Statistics (2036–2040)</td></tr>
<tr><th>Location of meetings</th><td>Bangkok, Thailand, and online</td></tr>
<tr><th>Deadline for nominations of members</th><td>12 August 2040</td></tr>
<tr><th>Evaluation manager</th><td>Evaluation Officer (P-3), Independent Evaluation Office</td></tr>
</table>
<h2>1. Purpose</h2>
<p>The Evaluation Reference Group (ERG) advises the evaluation manager and the external evaluation team throughout the
final evaluation. It does not manage the evaluation and has no decision-making power over its findings. Membership
is not a post, a consultancy or a paid assignment: members take part as part of their current functions and receive
no salary, fee or honorarium from the evaluation budget.</p>
<h2>2. Composition</h2>
<p>Six to eight members: two programme staff (one P-4 and one NO-C), one operations staff member (G-6), two
representatives of national statistical offices, one representative of a donor and up to two civil society members.</p>
<h2>3. Requirements for members</h2>
<ol>
<li>Knowledge of the programme or of disaster statistics in at least one participating country;</li>
<li>Availability for three meetings of about two hours (inception, draft report, final debrief);</li>
<li>Commitment to the UNEG norms on independence and confidentiality.</li>
</ol>
<h2>4. Tentative timeline</h2>
<table>
<tr><th>Step</th><th>Date</th></tr>
<tr><td>Nominations received</td><td>12 August 2040</td></tr>
<tr><td>Inception meeting</td><td>3 September 2040</td></tr>
<tr><td>Comments on draft report</td><td>15 October 2040</td></tr>
<tr><td>Final debrief</td><td>20 November 2040</td></tr>
</table>
<h2>5. Competencies expected of the group</h2>
<p>Teamwork, communication and a results focus. These are expectations of the group, not selection criteria for a job.</p>
<p><b>This document does not announce a vacancy.</b> Heads of office are asked to send nominations to the evaluation
manager by e-mail.</p>
</body></html>
"""

COL = """UNITED NATIONS SYSTEM – LOCAL SALARY AND PRICE SURVEY COMMITTEE
Ref.: LSC/COL/2040/02                                   Location: Dili, Timor-Leste
Subject: Cost-of-living survey – instructions for price collectors
Date: 18 July 2040

1. PURPOSE
The International Civil Service Commission conducts a place-to-place cost-of-living survey at the duty station.
The results are used to set the post adjustment that is added to the net base salary of internationally
recruited staff. This circular is addressed to the staff volunteers who have agreed to collect prices. It is not a
vacancy announcement and no post, contract or payment is attached to the task.

2. TIMETABLE
   Briefing of price collectors ............ 5 August 2040, 10:00, UN House conference room
   Price collection period ................. 6 to 20 August 2040
   Deadline for returning completed forms .. 22 August 2040
   Validation by the Committee ............. 29 August 2040

3. REQUIREMENTS FOR PRICE COLLECTION
   a) Record the price of the exact item described in the form (brand, size, unit).
   b) Visit at least three outlets per item: one supermarket, one local market and one specialised shop.
   c) Record prices in the local currency (USD) as displayed, including taxes.
   d) Do not record discounted or promotional prices.

4. TITLE AND ROLE OF COMMITTEE MEMBERS
   Chair ............... Operations Manager (P-4), UNDP
   Secretary ........... Human Resources Associate (G-7), FAO
   Members ............. Finance Officer (NO-B), UNICEF; Administrative Assistant (G-5), WFP

5. CONFIDENTIALITY
Salary figures of individual staff members collected in the housing questionnaire are confidential and will be
transmitted to the Commission only in aggregated form.

Questions: the Committee secretariat, extension 4417.
"""

UNHAS = """# Humanitarian Air Service – Passenger Booking Procedures

*Operational guidance for user agencies · Reference: HAS/OPS/BK/2040-03 · Effective 1 August 2040*

**Location of operations:** Bangui hub and 14 field destinations\\
**Booking deadline:** 72 hours before departure (the deadline for the week of 13 August 2040 is **Friday 10 August 2040, 12:00**)\\
**Title of the service:** Humanitarian Air Service (passenger and light cargo)

> This note explains how staff of user organisations book seats. It does not offer any post, contract or job.
> Tickets are not a salary benefit and may not be resold.

## 1. Who may book

Booking focal points designated by registered organisations (UN agencies, NGOs, donors). Each organisation names
one focal point and one alternate, usually at G-5/G-6 or NO-A level.

## 2. Requirements for a valid booking

1. Passenger name exactly as in the passport or UN laissez-passer;
2. Security clearance number for the destination;
3. Body weight and baggage weight (maximum 15 kg);
4. Cost centre for the ticket charge (USD 180 per sector for NGOs).

## 3. Timetable

| Day | Route | Check-in |
|---|---|---|
| Monday | Bangui – Bambari – Bria | 07:00 |
| Wednesday | Bangui – Kaga-Bandoro – Ndélé | 06:30 |
| Friday | Bangui – Bouar – Berbérati | 07:00 |

## 4. Cancellations

Cancel at least 24 hours before departure. No-shows are charged in full.

---

Contact: booking desk, Bangui hub · Next user-group meeting: 30 August 2040
"""

DOCS = """CONSEIL EXÉCUTIF – QUARANTE-TROISIÈME SESSION ORDINAIRE
Calendrier de soumission des documents de session

Réf. : CE/43/DOC/CAL
Lieu de la session : Centre international de conférences, Addis-Abeba (Éthiopie)
Dates de la session : 14 – 18 octobre 2040
Diffusion : Divisions organiques et bureaux régionaux

Le présent calendrier fixe, pour chaque document, la date limite de remise au Service des conférences. Il ne
s'agit ni d'un avis de vacance de poste ni d'un appel à candidatures.

  Cote           Titre du document                                      Division   Date limite
  CE/43/2        Rapport annuel de la Directrice exécutive               DE         6 août 2040
  CE/43/3        Budget-programme et traitements du personnel            DAF        13 août 2040
  CE/43/4        Rapport sur les ressources humaines (postes P-2 à D-2)  DRH        20 août 2040
  CE/43/5        Rapport du Comité d'audit                               BSI        27 août 2040
  CE/43/INF/1    Liste provisoire des participants                       SCONF      30 septembre 2040

EXIGENCES À RESPECTER POUR LES DOCUMENTS
  1. Longueur maximale : 8 500 mots pour les documents de fond, 3 000 mots pour les notes d'information.
  2. Remise en version anglaise et française révisées, au format Word, avec le résumé en tête.
  3. Les documents remis après la date limite seront publiés « en anglais seulement ».

RESPONSABLES
  Chef du Service des conférences (P-5) ; Assistante aux documents (G-6) ; Coordonnatrice de la traduction (P-4).

Toute question peut être adressée au Service des conférences, poste 2210.
"""

DEPO = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Notification dépositaire</title></head>
<body>
<p><b>NATIONS UNIES</b><br>Section des traités</p>
<h1>Notification dépositaire</h1>
<dl>
<dt>Référence</dt><dd>C.N.418.2040.TREATIES-XXVII.19</dd>
<dt>Titre de l'instrument</dt><dd>Convention régionale sur la gestion des eaux souterraines transfrontières</dd>
<dt>Lieu d'adoption</dt><dd>Niamey (Niger), 12 mars 2038</dd>
<dt>Objet</dt><dd>Ratification par un État signataire</dd>
<dt>Date de la notification</dt><dd>25 juillet 2040</dd>
</dl>
<p>Le Secrétaire général de l'Organisation des Nations Unies, agissant en sa qualité de dépositaire, communique ce
qui suit : l'instrument de ratification de la Convention susmentionnée a été déposé le 23 juillet 2040.
Conformément à son article 31, la Convention entrera en vigueur pour l'État concerné le quatre-vingt-dixième jour
suivant le dépôt, soit le 21 octobre 2040.</p>
<h2>Exigences relatives au dépôt des instruments</h2>
<ol>
<li>L'instrument doit être signé par le chef de l'État, le chef du gouvernement ou le ministre des affaires étrangères ;</li>
<li>Il doit indiquer clairement le titre de la Convention et la date de son adoption ;</li>
<li>Les déclarations éventuelles doivent être jointes à l'instrument.</li>
</ol>
<p>La date limite de présentation d'objections aux réserves formulées est fixée au 21 août 2041.</p>
<p><i>La présente notification est adressée aux États et aux organisations intéressés. Elle ne comporte aucune offre
d'emploi, aucun traitement ni aucune affectation ; le titre et la classe (P-4) du fonctionnaire chargé du dossier
sont indiqués à titre de contact uniquement.</i></p>
<p>Contact : Juriste (P-4), Section des traités, Bureau des affaires juridiques.</p>
</body></html>
"""

SITREP = """# Rapport de situation humanitaire n° 31

**Référence :** OCHA-TCD/SITREP/2040/31\\
**Lieu :** Province du Ouaddaï (Tchad)\\
**Période couverte :** 22 – 28 juillet 2040\\
**Prochain rapport :** 4 août 2040

## Points saillants

- Plus de 6 200 nouvelles arrivées enregistrées à la frontière pendant la semaine.
- Les pluies ont coupé la route Abéché – Adré pendant deux jours.
- Le plan de réponse n'est financé qu'à 38 % ; les partenaires demandent 41 millions de dollars des États-Unis.

## Besoins et réponse

| Secteur | Besoins | Réponse | Écart |
|---|---|---|---|
| Eau, hygiène et assainissement | 15 l/pers./jour | 9 l/pers./jour | 6 l |
| Santé | 4 cliniques mobiles | 2 | 2 |
| Sécurité alimentaire | 120 000 pers. | 84 000 pers. | 36 000 |

## Exigences d'accès

Les convois doivent notifier les autorités 48 heures à l'avance. Date limite de soumission des demandes de
convoi pour la semaine suivante : **1er août 2040, 16 h**.

## Coordination

Réunion inter-cluster le mardi à Abéché. Les points focaux (classes NO-B à P-4) des agences présentent l'état de
leurs stocks. Un appel aux partenaires pour renforcer la présence en santé mentale est lancé : il s'agit de
déploiements d'organisations existantes, **sans recrutement** ni traitement versé par OCHA.

> Ce rapport est produit par OCHA avec les partenaires humanitaires. Il ne constitue ni un avis de vacance de poste
> ni un appel à candidatures.
"""


def build():
    write("evaluation-reference-group-terms-of-reference.en.html", ERG, "-")
    write("cost-of-living-survey-price-collection-instructions.en.txt", COL, "-")
    write("humanitarian-air-service-passenger-booking-procedures.en.md", UNHAS, "-")
    write("calendrier-soumission-documents-session-conseil-executif.fr.txt", DOCS, "-")
    write("notification-depositaire-ratification-convention.fr.html", DEPO, "-")
    write("rapport-de-situation-humanitaire-hebdomadaire.fr.md", SITREP, "-")
