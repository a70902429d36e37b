"""The six non-notices of corpus189 (3 EN, 3 FR), NATO life. Hand-written; this script only writes them."""
from common import write

PE_MINUTES = """# JFC Brunssum — Peacetime Establishment Review Board, minutes of meeting 2033/2

**Reference:** JFCBS/J1/PERB/2033-02
**Location:** HQ JFC Brunssum, Building 1, Conference Room Maastricht
**Date of meeting:** 9 June 2033, 09:30–12:10
**Classification:** NATO UNCLASSIFIED
**Chair:** Chief of Staff
**Secretary:** SO Manpower, J1

## 1. Attendance

| Name | Function |
|---|---|
| Lt Gen (NLD-A) R. van Oosten | Chief of Staff (Chair) |
| Col (DEU-A) M. Brenner | ACOS J1 |
| Col (POL-AF) K. Wiśniewska | ACOS J8 |
| Mr P. Lindqvist (G18) | Budget and Finance Controller |
| Maj (GBR-A) S. Hale | SO Manpower (Secretary) |

## 2. Proposals reviewed

The Board reviewed eleven proposals submitted by the directorates to change the Peacetime Establishment (PE). Decisions are recorded below. A decision to create a post does **not** open a vacancy: new posts are advertised only after the Military Committee approves the PE change and funds are released, which is not expected before 2034.

| Post number | Post title | Grade | Proposal | Board decision |
|---|---|---|---|---|
| JFCBS J2 ANA 0110 | Staff Officer (Open Source Analysis) | OF-3 | Create | Supported, to be forwarded to SHAPE |
| JFCBS J3 JOC 0250 | Watchkeeper | OR-8 | Upgrade to OR-9 | Not supported |
| JFCBS J4 ENG 0030 | Engineer (Infrastructure) | G15 | Create | Supported |
| JFCBS J6 CIS 0420 | Assistant (Service Desk) | G8 | Delete | Supported (work moved to NCIA) |
| JFCBS J8 FIN 0090 | Accountant | G12 | Change to civilian from OR-7 | Deferred to next Board |
| JFCBS PAO PAO 0040 | Photographer | G9 | Change location to Brunssum | Supported |

## 3. Requirements for future submissions

1. Every proposal must come with a workload analysis covering the last twelve months.
2. Civilianisation proposals must show the cost over five years in EUR, including salary, allowances and pension contributions.
3. Proposals that change a grade must attach the revised job description.

## 4. Actions

| No. | Action | Lead | Deadline |
|---|---|---|---|
| 2033-2/1 | Forward supported proposals to SHAPE J1 | SO Manpower | 30 June 2033 |
| 2033-2/2 | Comments on these minutes to the Secretary | All members | 14 July 2033 |
| 2033-2/3 | Prepare cost data for JFCBS J8 FIN 0090 | ACOS J8 | 1 September 2033 |

Next Board: 6 October 2033, same location.

*These minutes record decisions on the structure of the Headquarters. They are not an announcement of any vacancy; current vacancies are published on the NATO careers portal only.*
"""

BLOOD = """NATO HQ - STAFF INFORMATION
==============================

SUMMER BLOOD DONATION DAY AT NATO HEADQUARTERS

Reference:        HQSS/MED/2033/07
Organised by:     NATO HQ Medical Service, with the Belgian Red Cross
Location:         NATO Headquarters, Brussels - Agora, Conference Area entrance
Dates:            Tuesday 12 and Wednesday 13 July 2033
Hours:            08:30 - 15:30 (last registration 15:00)
Booking deadline: 8 July 2033, 17:00

Why give blood in July?
Belgian hospitals see their stocks fall every summer, when many regular donors are on holiday. One donation takes about 45 minutes in total, of which ten minutes for the donation itself, and can help up to three patients.

Requirements for donors
  - be between 18 and 70 years old (first donation before 66);
  - weigh at least 50 kg;
  - be in good health on the day and have eaten and drunk normally;
  - bring your NATO badge and an identity document;
  - not have had a tattoo or piercing in the last four months;
  - not have travelled to a malaria area in the last four months.

Who can take part?
All holders of a NATO HQ access badge: International Staff and International Military Staff personnel of every grade, delegation staff, contractors and interns. Visitors without a badge cannot be admitted to the Conference Area for this event.

How to book
Book a 15-minute slot in the HQ Staff App (Events > Blood donation) by the booking deadline. Walk-in donors are accepted when slots remain free.

Time away from the office
Line managers are asked to allow staff to attend during working hours. The time spent donating counts as working time and no deduction is made from salary or leave. Military personnel should inform their section chief.

After the donation
A snack and drinks will be served in the Agora. Donors receive a certificate that can be shown to the Belgian Red Cross for their next donation.

Questions
Medical Service, extension 4400 - medical.service@hq.example.int

This notice is for information only.
"""

BALL = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Summer Ball 2033 - International Officers' Club Ramstein</title></head>
<body>
<nav><a href="#">AIRCOM Intranet</a> | <a href="#">Community</a> | <a href="#">Clubs</a> | <a href="#">Events</a></nav>
<p>Home &gt; Community &gt; Clubs &gt; International Officers' Club</p>
<h1>Summer Ball 2033 — "A Night at the Airfield"</h1>
<p><em>Posted by the IOC Committee, 14 June 2033</em></p>
<p>The International Officers' Club of Allied Air Command is pleased to invite all members, their partners and guests to its annual Summer Ball.</p>
<table>
<tr><th>Reference</th><td>IOC/EVT/2033-04</td></tr>
<tr><th>Date</th><td>Saturday 23 July 2033, 18:30 until 01:00</td></tr>
<tr><th>Location</th><td>Hangar 2, Ramstein Air Base, Germany</td></tr>
<tr><th>Dress code</th><td>Mess dress or black tie; national dress welcome</td></tr>
<tr><th>RSVP deadline</th><td>8 July 2033</td></tr>
<tr><th>Contact</th><td>ioc.ramstein@aircom.example.int</td></tr>
</table>
<h2>Programme</h2>
<ul>
<li>18:30 Reception and welcome drink on the apron</li>
<li>19:30 Address by the Chief of Staff</li>
<li>20:00 Four-course dinner</li>
<li>22:00 Live band and dancing</li>
<li>00:30 Last orders</li>
</ul>
<h2>Ticket prices (per person)</h2>
<table>
<tr><th>Category</th><th>Price</th></tr>
<tr><td>Members OF-1 to OF-3, OR, civilians G5 to G12</td><td>55 EUR</td></tr>
<tr><td>Members OF-4 and above, civilians G13 and above</td><td>75 EUR</td></tr>
<tr><td>Partners and guests</td><td>75 EUR</td></tr>
<tr><td>Table of ten (sponsorship)</td><td>900 EUR</td></tr>
</table>
<p>Prices include dinner, wine and soft drinks. Payment by bank transfer to the IOC account; your seat is confirmed only once payment is received. No salary deduction scheme is available for club events.</p>
<h2>Requirements for guests</h2>
<ol>
<li>Guests without a base pass must be registered by name by the RSVP deadline.</li>
<li>Every guest must bring a passport or national identity card to the gate.</li>
<li>Guests must be accompanied by a member at all times.</li>
</ol>
<h2>Helping hands</h2>
<p>The Committee would welcome a few volunteers to decorate the hangar on Friday 22 July from 14:00. This is unpaid club work; sign up with the Committee secretary.</p>
<p>We look forward to seeing you on the dance floor!</p>
<footer>International Officers' Club, Allied Air Command · Club rules · Privacy</footer>
</body></html>
"""

NAVETTE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Navette gare de Mons – SHAPE : horaires d'été 2033</title></head>
<body>
<p><a href="#">Intranet SHAPE</a> › <a href="#">Vie pratique</a> › <a href="#">Transports</a></p>
<h1>Navette gare de Mons – SHAPE : horaires d'été 2033</h1>
<table>
<tr><th>Référence</th><td>SHAPE/CSS/TRANS/2033-11</td></tr>
<tr><th>Lieu</th><td>Gare de Mons (quai bus n° 4) – SHAPE, Casteau (arrêt « Entrée principale »)</td></tr>
<tr><th>Période de validité</th><td>du 4 juillet au 2 septembre 2033</td></tr>
<tr><th>Exploitant</th><td>Service Transport du quartier général</td></tr>
<tr><th>Date limite d'inscription à l'abonnement de septembre</th><td>22 juillet 2033</td></tr>
</table>
<p>Pendant l'été, la navette circule selon un horaire réduit, du lundi au vendredi (pas de service les jours fériés belges du 21 juillet et du 15 août).</p>
<h2>Horaires</h2>
<table>
<tr><th>Départ gare de Mons</th><th>Arrivée SHAPE</th><th>Départ SHAPE</th><th>Arrivée gare de Mons</th></tr>
<tr><td>07:05</td><td>07:30</td><td>16:10</td><td>16:35</td></tr>
<tr><td>07:45</td><td>08:10</td><td>16:50</td><td>17:15</td></tr>
<tr><td>08:25</td><td>08:50</td><td>17:30</td><td>17:55</td></tr>
</table>
<h2>Conditions d'accès</h2>
<ol>
<li>Présenter un badge SHAPE valide au chauffeur ; les visiteurs doivent être inscrits sur la liste du jour par leur service d'accueil.</li>
<li>Les enfants de moins de 12 ans voyagent accompagnés.</li>
<li>Les vélos ne sont pas admis à bord ; les trottinettes pliées le sont.</li>
</ol>
<h2>Tarifs</h2>
<p>Le trajet est gratuit pour le personnel militaire et civil de tout grade. Les personnes à charge paient 2 € par trajet ou 30 € par mois (abonnement). L'indemnité de transport versée avec le salaire n'est pas modifiée par l'utilisation de la navette.</p>
<h2>Abonnement de septembre</h2>
<p>Les personnes à charge qui souhaitent un abonnement pour la rentrée doivent s'inscrire auprès du Service Transport avant la date limite, en joignant une copie de la carte d'identité OTAN.</p>
<p>Renseignements : Service Transport, poste 3120 – transport@shape.example.int</p>
<p><small>Page mise à jour le 16 juin 2033. Cette page est une information pratique et ne constitue pas une offre d'emploi.</small></p>
</body></html>
"""

PERMANENCES = """NSPA - AGENCE OTAN DE SOUTIEN ET D'ACQUISITION
Direction Soutien aux opérations - Capellen (Luxembourg)

NOTE DE SERVICE N° OSD/ADM/2033-027
Objet : tableau des permanences d'été 2033 (officier de permanence de la Direction)

Référence :   OSD/ADM/2033-027
Lieu :        Capellen, bâtiment A, bureau A-014 (bureau de permanence)
Période :     du 4 juillet au 26 août 2033
Diffusion :   personnel de la Direction, tous grades

1. Objet
Pendant la période estivale, une permanence est assurée chaque semaine par un membre du personnel de la Direction, afin de répondre aux demandes urgentes des opérations en dehors des heures de bureau.

2. Tableau des permanences

Semaine                   Titulaire          Fonction                                   Grade
4 - 8 juillet 2033        M. A. Ferreira     Chef de section (Planification)            G17
11 - 15 juillet 2033      Mme L. Novak       Chargée de programme (Munitions)           G15
18 - 22 juillet 2033      M. T. Jansen       Ingénieur principal (Carburants)           G16
25 - 29 juillet 2033      Mme E. Dumont      Administratrice (Contrats)                 G14
1er - 5 août 2033         M. R. Kowalski     Chargé de programme (Transport)            G15
8 - 12 août 2033          Mme S. Laurent     Cheffe de section (Soutien aux missions)   G17
15 - 19 août 2033         M. P. Ricci        Ingénieur (Systèmes logistiques)           G14
22 - 26 août 2033         Mme K. Berg        Administratrice (Budget)                   G14

3. Exigences pour l'officier de permanence
   a. être joignable par téléphone 24 heures sur 24 pendant la semaine de permanence ;
   b. pouvoir rejoindre le site de Capellen en moins d'une heure ;
   c. détenir une habilitation NATO SECRET en cours de validité ;
   d. avoir suivi la séance d'information sur les procédures d'urgence (date de la prochaine séance : 29 juin 2033).

4. Échanges de permanence
Les échanges entre collègues sont possibles. Ils doivent être signalés au secrétariat de la Direction au plus tard le 1er juillet 2033 pour le mois de juillet et le 25 juillet 2033 pour le mois d'août.

5. Compensation
Chaque semaine de permanence donne droit à une journée de congé compensatoire, conformément au Règlement du personnel civil. Aucune indemnité n'est versée avec le salaire.

Le Directeur Soutien aux opérations
(signé)

Cette note ne constitue ni un avis de vacance ni une désignation à un poste.
"""

CHORALE = """# Chorale internationale du siège de l'OTAN — la chorale recrute des choristes !

*Publié le 15 juin 2033 dans Vie associative › Culture*

Vous chantez sous la douche, dans votre voiture ou déjà dans un chœur ? La **Chorale internationale du siège de l'OTAN** cherche de nouvelles voix pour sa saison 2033-2034 : concert de Noël à l'Agora, chants de la cérémonie du 4 avril et échange avec une chorale de Mons au printemps.

| | |
|---|---|
| **Référence** | CLUB/CHOR/2033-01 |
| **Lieu des répétitions** | Siège de l'OTAN, Bruxelles — salle polyvalente du bâtiment Z |
| **Horaire** | le mardi de 12 h 15 à 13 h 15 (pause déjeuner) |
| **Reprise** | mardi 6 septembre 2033 |
| **Date limite d'inscription** | 20 juillet 2033 |
| **Cotisation** | 40 € par saison |

## Profil recherché

Nous cherchons surtout des **ténors** et des **basses**, mais toutes les voix sont les bienvenues. Aucun diplôme de musique n'est demandé.

## Exigences

1. Être titulaire d'un badge d'accès au siège de l'OTAN (personnel civil et militaire de tout grade, délégations, stagiaires).
2. Pouvoir assister à au moins trois répétitions sur quatre.
3. Savoir chanter juste ; la lecture de la partition est un atout, pas une obligation.

## Audition

Une courte audition amicale (une chanson de votre choix, 5 minutes) aura lieu les 12 et 13 juillet 2033 entre 12 h et 14 h. Ce n'est pas un examen : elle sert seulement à vous placer dans le bon pupitre.

## Rémunération

Aucune : la chorale est une activité bénévole de l'association du personnel. Les répétitions ont lieu en dehors du temps de travail.

## Inscription

Envoyez votre nom, votre service et votre type de voix (si vous le connaissez) à chorale@hq.example.int. La cheffe de chœur, Mme Inès Vasconcelos, vous répondra avant la fin du mois de juillet.

*Chorale internationale du siège de l'OTAN — membre de l'association du personnel civil.*
"""


def build():
    write("pe-review-board-minutes-jfcbs.en.md", PE_MINUTES)
    write("blood-donation-day-nato-hq.en.txt", BLOOD)
    write("summer-ball-invitation-aircom.en.html", BALL)
    write("horaires-navette-gare-mons-shape.fr.html", NAVETTE)
    write("tableau-permanences-ete-nspa.fr.txt", PERMANENCES)
    write("chorale-siege-otan.fr.md", CHORALE)
