from common import write

DRIVING = """UNITED NATIONS MISSION – TRANSPORT SECTION
INFORMATION CIRCULAR

Reference:      TS/IC/2035/011
Subject:        UN driving permit tests – schedule for May 2035
Location:       Transport Section test track, Logistics Base, Entebbe
Issued:         14 April 2035
Deadline:       Registration closes 9 May 2035

1. PURPOSE
This circular announces the test sessions for the United Nations driving permit and explains how to register.
It applies to staff members of all categories (G, NO, P, FS and D), United Nations Volunteers, individual
contractors and consultants who need to drive United Nations vehicles. It does not announce any vacancy.

2. TEST SESSIONS
   Session A   12 May 2035   08:30–12:30   light vehicles (4x4)
   Session B   14 May 2035   08:30–12:30   light vehicles (4x4)
   Session C   20 May 2035   13:30–16:30   armoured vehicles (holders of a valid permit only)
   Session D   27 May 2035   08:30–12:30   light vehicles (4x4), retest only

3. REQUIREMENTS
   a) A valid national driving licence held for at least two years.
   b) Completion of the online road safety course, with the certificate uploaded.
   c) Written approval of the candidate's supervisor (form TS-7).
   d) For Session C: a valid UN driving permit and the armoured vehicle theory module.

4. TEST CONTENT
The test has a written part (traffic rules, mission standard operating procedures and first aid) and a
practical part (daily vehicle checks, reversing, off-road driving, use of the radio and the vehicle tracking
system). Candidates who fail either part may sit a retest after 14 days.

5. FEES
There is no fee for the test. A replacement permit costs USD 15, deducted from the salary of staff members.

6. CONTACT
Driver Testing Unit, extension 5512, transport-testing@mission.example

Chief Transport Officer
"""

SSAFE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>SSAFE course registration – May 2035 | UNDSS Learning</title></head>
<body>
<header><p>UNDSS Learning Hub · Courses · Calendar · FAQ · Contact</p></header>
<main>
<p>Home › Calendar › SSAFE</p>
<h1>Safe and Secure Approaches in Field Environments (SSAFE) – May 2035 course, Juba</h1>
<table>
<tr><th>Course reference</th><td>SSAFE/JUB/2035/05</td></tr>
<tr><th>Location</th><td>Training centre, UN House, Juba, South Sudan</td></tr>
<tr><th>Dates</th><td>19 to 22 May 2035 (four days, 08:00–17:00)</td></tr>
<tr><th>Registration deadline</th><td>6 May 2035</td></tr>
<tr><th>Places</th><td>24</td></tr>
<tr><th>Fee</th><td>USD 550 per participant, charged to the participant's organization</td></tr>
</table>
<h2>Who must attend</h2>
<p>SSAFE is mandatory before deployment for all personnel assigned to the duty station, whatever their grade
(G, NO, P or D), type of contract or organization. Newly recruited staff should attend within their first
month; the course is not a recruitment process and offers no position.</p>
<h2>Requirements for participants</h2>
<ul>
<li>Completion of the online BSAFE course (certificate to be uploaded with the registration).</li>
<li>Security clearance for travel to Juba approved in the travel request system.</li>
<li>Sturdy shoes, long trousers and a valid identity card on all four days.</li>
<li>Medical fitness to take part in practical exercises; participants with restrictions should tell the trainers.</li>
</ul>
<h2>Programme</h2>
<ol>
<li>Day 1 – security management system, personal security awareness, radio procedures</li>
<li>Day 2 – first aid and trauma care</li>
<li>Day 3 – vehicle checkpoints, convoy procedures, hostage incident survival</li>
<li>Day 4 – fire safety, practical scenario and assessment</li>
</ol>
<h2>How to register</h2>
<p>Your organization's security focal point registers you through the Learning Hub before the deadline.
Confirmation is sent by 9 May 2035. Cancellations after that date are charged in full.</p>
</main>
<footer><p>UNDSS Learning Hub · Privacy · Accessibility</p></footer>
</body></html>
"""

RR = """# Information circular: rest and recuperation cycle

**Reference:** IC/MSN/2035/04\\
**Location:** all mission locations (Bangui, Bria, Kaga-Bandoro, Bambari)\\
**Effective:** 1 May 2035\\
**Deadline for leave plans:** 16 May 2035

## 1. Purpose

This circular sets the rest and recuperation (R&R) cycle for the mission from 1 May 2035 and reminds
personnel of the conditions for taking it. It does not concern recruitment and announces no post.

## 2. Cycle

| Location | Cycle | Designated R&R destination |
|---|---|---|
| Bangui | 8 weeks | Douala |
| Bria | 6 weeks | Douala |
| Kaga-Bandoro | 6 weeks | Douala |
| Bambari | 6 weeks | Douala |

## 3. Eligibility

R&R applies to international staff of all grades (P-1 to D-2 and Field Service), to national officers
(NO-A to NO-D) and General Service staff assigned away from their home area, and to international United
Nations Volunteers. Consultants and individual contractors are covered by their contracts.

## 4. Requirements

- Five working days of R&R must be taken in full; they cannot be split.
- The leave plan of each section is sent to the Human Resources Section by the deadline above.
- The R&R travel lump sum (USD 1,120 from Bangui, USD 1,310 from the other locations) is paid once per cycle.
- Time not used by the end of the cycle is forfeited.

## 5. Contact

Questions to hr-leave@mission.example. This circular replaces IC/MSN/2034/09.
"""

PRIME = """NATIONS UNIES – COMMISSION DE LA FONCTION PUBLIQUE INTERNATIONALE (extrait diffusé par la Section
des ressources humaines de la mission)

NOTE D'INFORMATION AU PERSONNEL

Réf. : SRH/NI/2035/06
Objet : Prime de danger – lieux d'affectation de la mission
Lieu : Bamako, Gao, Kidal, Tombouctou, Ménaka
Date d'effet : 1er avril 2035
Date limite de réclamation des arriérés : 31 mai 2035

1. Objet
La présente note informe les membres du personnel du maintien de la prime de danger dans les lieux
d'affectation de la mission et des montants applicables. Elle ne constitue ni un avis de vacance de poste
ni une offre d'emploi.

2. Montants
   Catégorie du personnel                        Montant
   Administrateurs et fonctionnaires de rang     2 055 dollars des États-Unis par mois
   supérieur (P-1 à D-2), Service mobile
   Administrateurs recrutés sur le plan          30 % du point médian du barème local
   national (NO-A à NO-D) et agents des
   services généraux (G-1 à G-7)

3. Conditions d'octroi
   a) être présent physiquement dans un lieu d'affectation désigné ;
   b) ne pas être en congé annuel, en congé de maladie certifié ou en voyage hors de la zone ;
   c) avoir déclaré ses jours de présence dans le système de gestion des présences avant la fin du mois.

4. Consultants et vacataires
Les consultants et vacataires ne perçoivent pas la prime de danger ; leur contrat peut prévoir une
indemnité spécifique.

5. Arriérés
Les membres du personnel qui n'ont pas perçu la prime pour la période du 1er janvier au 31 mars 2035 doivent
présenter leur réclamation, avec les justificatifs de présence, au plus tard le 31 mai 2035.

Section des ressources humaines – Unité des prestations
"""

CALENDRIER = """# Calendrier du cycle d'évaluation de la performance 2035-2036

**Référence :** RH/PERF/2035/02\\
**Lieu :** tous les bureaux (siège de Dakar et bureaux de terrain)\\
**Date limite de signature des plans de travail :** 30 mai 2035

Le présent calendrier s'applique à tous les membres du personnel titulaires d'un engagement d'un an ou plus,
quelle que soit leur classe (G, NO, P ou D). Il ne porte sur aucun recrutement et n'annonce aucun poste.

## Étapes du cycle

| Étape | Période | Responsable |
|---|---|---|
| Plan de travail et objectifs | 1er avril – 30 mai 2035 | fonctionnaire et premier notateur |
| Bilan à mi-parcours | 1er – 31 octobre 2035 | premier notateur |
| Évaluation de fin de cycle | 1er mars – 30 avril 2036 | premier et second notateurs |
| Procédure de réexamen | 30 jours après la signature | jury de réexamen |

## Conditions à remplir

- Chaque plan de travail comporte entre trois et cinq objectifs mesurables.
- Au moins un objectif porte sur le développement des compétences (formation, mentorat).
- Les fonctionnaires qui encadrent du personnel incluent un objectif de gestion.
- Le plan est signé dans le système électronique ; aucune version papier n'est acceptée.

## Exigences de formation

Les premiers notateurs nouvellement nommés suivent le module en ligne « Gestion de la performance » avant le
15 mai 2035. Les séances d'information auront lieu le 8 mai 2035 (en français) et le 9 mai 2035 (en anglais).

## Incidences

Une évaluation satisfaisante est requise pour l'avancement d'échelon et le renouvellement des engagements de
durée déterminée. Elle n'a aucune incidence sur le traitement de base.

Contact : performance-rh@bureau.example
"""

TELE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Note de service – télétravail pendant la période électorale</title></head>
<body>
<p>Intranet du personnel › Notes de service › 2035</p>
<h1>Note de service : modalités de télétravail pendant la période électorale</h1>
<dl>
<dt>Référence</dt><dd>NS/RC/2035/09</dd>
<dt>Lieu</dt><dd>Maison des Nations Unies, Niamey, et bureaux de Zinder, Maradi et Tahoua</dd>
<dt>Période concernée</dt><dd>du 12 au 30 mai 2035</dd>
<dt>Date limite</dt><dd>plans de présence à transmettre au plus tard le 7 mai 2035</dd>
</dl>
<p>À l'approche des élections, l'équipe de gestion de la sécurité a décidé de réduire la présence dans les
locaux. La présente note précise qui peut télétravailler et selon quelles conditions. Elle ne porte sur aucun
poste à pourvoir et ne modifie pas les contrats.</p>
<h2>Personnel concerné</h2>
<p>Tous les membres du personnel, quelle que soit leur classe (G-1 à G-7, NO-A à NO-D, P-1 à D-2), ainsi que
les consultants, vacataires, Volontaires des Nations Unies et stagiaires. Les chauffeurs, les agents de
sécurité et les opérateurs radio restent en poste selon un tableau de service.</p>
<h2>Conditions à remplir</h2>
<ol>
<li>Disposer d'un ordinateur de l'Organisation et d'une connexion au réseau privé virtuel.</li>
<li>Rester joignable par téléphone et par radio pendant les heures de bureau (8 h – 16 h 30).</li>
<li>Avoir mis à jour ses coordonnées et son adresse dans le système de suivi du personnel.</li>
<li>Ne pas se déplacer hors de la ville de son lieu d'affectation sans autorisation.</li>
</ol>
<h2>Présence minimale</h2>
<table>
<tr><th>Bureau</th><th>Présence minimale</th></tr>
<tr><td>Niamey</td><td>25 % de l'effectif</td></tr>
<tr><td>Zinder, Maradi, Tahoua</td><td>une personne par section</td></tr>
</table>
<h2>Indemnités</h2>
<p>Le télétravail ne donne droit à aucune indemnité supplémentaire ; le traitement et les prestations restent
inchangés. Les frais de connexion sont remboursés jusqu'à 25 000 FCFA pour la période, sur justificatif.</p>
<p>Le Coordonnateur résident a.i.</p>
</body></html>
"""


def build():
    write("un-driving-permit-test-schedule-circular.en.txt", DRIVING, "-")
    write("ssafe-course-registration-juba.en.html", SSAFE, "-")
    write("rest-and-recuperation-cycle-circular.en.md", RR, "-")
    write("note-information-prime-de-danger-mission.fr.txt", PRIME, "-")
    write("calendrier-cycle-evaluation-performance-2035.fr.md", CALENDRIER, "-")
    write("note-de-service-teletravail-periode-electorale.fr.html", TELE, "-")
