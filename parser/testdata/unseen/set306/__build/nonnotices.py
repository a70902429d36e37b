from common import *

def build():
    write("facilitator-session-plan-community-human-rights-workshop-equitas.en.md", """[Home](#) · [Programs](#) · [Resources](#) · [Careers](#) · [Français](#)

*Reference: EQ-TOOL-2043-SP04 · Facilitator resource*

# Session plan: "Rights in our neighbourhood" community workshop

This session plan supports volunteer facilitators who lead a half-day workshop with residents. **It is a training resource; it does not announce a position and no one is hired through it.**

| | |
|---|---|
| **Location** | Any community centre with a room for 20 people |
| **Schedule** | 3 hours, including a 15-minute break |
| **Deadline** | Send your attendance sheet by April 10, 2043 |
| **Salary** | None: facilitators are volunteers and receive no salary or wage |

## Requirements for facilitators

1. Have completed the two-day facilitator training;
2. Have read the participatory approach guide;
3. Bring flip-chart paper, markers and the activity cards.

## Outline

1. **Welcome and ground rules** (20 min) – participants agree on how they will listen to each other.
2. **The rights tree** (45 min) – small groups draw the rights they see respected or denied around them.
3. **Break** (15 min)
4. **Case studies** (60 min) – three short situations drawn from housing, school and work.
5. **Action planning** (30 min) – each group proposes one small action for the coming month.
6. **Evaluation** (10 min) – thumbs up, sideways or down.

Tip: keep titles and roles out of the room. Everyone speaks as a resident, not as a manager, a candidate or an officer.
""", "-")

    write("high-altitude-site-access-medical-fitness-rules-pico-veleta-iram.en.txt", """INSTITUTE FOR RADIO ASTRONOMY IN THE MILLIMETRE RANGE
30-METRE TELESCOPE, PICO VELETA (SPAIN)

SITE ACCESS AND MEDICAL FITNESS RULES FOR VISITORS AND GUEST OBSERVERS
Reference: IRAM-PV-SAF-2043-01
Issued: 2 March 2043

This document sets the conditions under which external persons may stay at the
telescope (2,850 m). It is not a vacancy notice and does not offer any post;
visitors remain employed by their own institutes.

Location: Pico Veleta observatory, Sierra Nevada, Granada
Schedule: the access road is open to IRAM vehicles only; shuttles leave
Granada at 08:00 on Mondays and Thursdays
Deadline for winter-season requests: 30 April 2043

1. Requirements for all visitors
   - a medical certificate of fitness for work at high altitude, less than
     12 months old;
   - valid health insurance covering mountain rescue;
   - attendance at the safety briefing given by the station manager.

2. Additional requirements for night observers
   - no lone work in the receiver cabin after 22:00;
   - radio check with the operator every two hours.

3. Costs
   Board and lodging at the station cost EUR 38 per night. This is a
   contribution to costs, not a salary, and creates no employment relation.

4. Contraindications
   Persons with heart conditions, recent surgery or pregnancy must consult the
   medical adviser before travelling.

Station manager, Pico Veleta – telephone number withheld in this copy.
""", "-")

    write("day-surgery-pre-operative-instructions-mattawa-general-hospital.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Day Surgery – Before your procedure</title></head>
<body>
<nav>Patients &amp; Visitors | Programs &amp; Services | Foundation | Careers | Français</nav>
<p>Home › Programs &amp; Services › Day Surgery</p>
<h1>Before your day surgery: pre-operative instructions</h1>
<p><i>Reference: MGH-PT-DS-07 (patient information sheet, revised March 2043)</i></p>
<p>This page tells patients how to prepare for a procedure in our Day Surgery unit. It is patient information, not a job posting: no position is offered.</p>
<table>
<tr><th>Location</th><td>Mattawa General Hospital, Day Surgery, second floor</td></tr>
<tr><th>Schedule</th><td>Arrive 90 minutes before your procedure time</td></tr>
<tr><th>Deadline</th><td>Complete the health questionnaire by April 14, 2043 if your procedure is in late April</td></tr>
<tr><th>Cost</th><td>OHIP covers the procedure; parking is $6 per day (not a fee for care)</td></tr>
</table>
<h2>Requirements before your procedure</h2>
<ol>
<li>Do not eat solid food after midnight;</li>
<li>Clear fluids are allowed up to two hours before arrival;</li>
<li>Bring your health card and a list of your medications;</li>
<li>Arrange for an adult to drive you home and stay with you overnight.</li>
</ol>
<h2>On the day</h2>
<p>A registered nurse will review your questionnaire, and the anesthesiologist will meet you before the procedure. Remove jewellery and nail polish. Leave valuables at home.</p>
<h2>Questions?</h2>
<p>Call the Day Surgery desk, Monday to Friday, 8:00 a.m. to 3:30 p.m. French-language services are available.</p>
<footer>Mattawa General Hospital · Accessibility · Privacy</footer>
</body></html>
""", "-")

    write("transport-animaux-cabine-et-soute-air-burkina.fr.txt", """AIR BURKINA
Informations voyageurs > Bagages > Voyager avec un animal

TRANSPORT DES ANIMAUX EN CABINE ET EN SOUTE
Référence du document : AB/COM/INFO/2043-04
Mise à jour : 2 mars 2043

Cette page présente les règles applicables aux passagers voyageant avec un
animal de compagnie. Elle ne constitue ni une offre d'emploi ni un avis de
recrutement : aucun poste n'y est proposé.

Lieu de présentation : comptoir d'enregistrement, Aéroport international de
Ouagadougou
Horaire : présentation au plus tard 3 heures avant le départ
Date limite de réservation : 48 heures avant le vol (pour les vols d'avril
2043, au plus tard le 13 avril 2043 pour les départs du 15 avril)

EXIGENCES POUR L'ANIMAL
- certificat de bonne santé de moins de dix jours ;
- carnet de vaccination à jour, y compris contre la rage ;
- permis d'importation du pays de destination, le cas échéant.

EN CABINE
Chiens et chats de moins de 8 kg, sac compris, dans un sac souple placé sous
le siège. Un seul animal par passager.

EN SOUTE
Caisse rigide aux normes IATA, avec gamelle fixée et absorbant.

TARIFS
Cabine : 25 000 F CFA par trajet. Soute : 60 000 F CFA par trajet. Ces montants
sont des frais de transport ; ils ne constituent ni un salaire ni une
rémunération.

Les animaux d'assistance voyagent gratuitement sur présentation d'un
justificatif.
""", "-")

    write("horaire-de-remplacement-deviation-travaux-ligne-carpostal.fr.md", """[CarPostal](#) › [Horaires](#) › [Informations trafic](#) · [Emploi et carrière](#)

*Référence de l'avis : CPS-TRAFIC-OUEST-2043-017*

# Ligne 560 Payerne – Granges-près-Marnand : déviation pour travaux

En raison du remplacement d'une conduite sous la route cantonale, la ligne 560 est déviée. **Ce document est une information trafic ; il ne s'agit pas d'une offre d'emploi et aucun poste n'est à pourvoir.**

**Lieu :** tronçon Corcelles-près-Payerne – Granges-près-Marnand  
**Horaire :** du lundi 13 avril 2043 au vendredi 22 mai 2043, du lundi au vendredi  
**Date limite des réclamations :** 30 avril 2043

## Arrêts non desservis

- Corcelles, Battoir
- Granges, Collège

## Arrêts provisoires

1. Corcelles, Gare (quai provisoire devant le kiosque)
2. Granges, route de Henniez (arrêt provisoire signalé par un panneau jaune)

## Exigences pour les voyageurs à mobilité réduite

Merci d'annoncer votre voyage au moins deux heures à l'avance au service clientèle : l'accès de plain-pied n'est pas garanti aux arrêts provisoires.

## Horaire de remplacement (extrait)

| Départ Payerne | Arrivée Granges |
|---|---|
| 06:12 | 06:31 |
| 07:12 | 07:31 |
| 12:12 | 12:31 |
| 17:42 | 18:01 |

Les billets et abonnements restent valables. Les temps de parcours sont allongés de trois minutes environ ; les correspondances à Payerne sont garanties. CHF 0.– de supplément.
""", "-")

    write("guide-du-depot-des-petitions-citoyennes-parlement-federation-wallonie-bruxelles.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Déposer une pétition</title></head>
<body>
<nav>Le Parlement · Les députés · Travaux parlementaires · Visiter · Offres d'emploi · Presse</nav>
<p>Accueil &gt; Participer &gt; Pétitions</p>
<h1>Guide du dépôt des pétitions citoyennes</h1>
<p><em>Référence : PFWB/PET/GUIDE/2043</em></p>
<p>Toute personne peut adresser une pétition au Parlement. Ce guide explique la procédure. <strong>Il ne s'agit pas d'un appel à candidatures : aucun emploi n'est offert.</strong></p>
<dl>
<dt>Lieu de dépôt</dt><dd>Greffe du Parlement ou formulaire en ligne</dd>
<dt>Horaire du greffe</dt><dd>du lundi au vendredi, de 9 h à 16 h</dd>
<dt>Date limite pour la session d'avril</dt><dd>Les pétitions reçues avant le 17 avril 2043 seront examinées en commission le 21 avril 2043</dd>
</dl>
<h2>Exigences de recevabilité</h2>
<ol>
<li>porter sur une matière de la compétence de la Fédération Wallonie-Bruxelles ;</li>
<li>indiquer le nom et l'adresse du premier signataire ;</li>
<li>être rédigée en termes courtois ;</li>
<li>réunir au moins 2 500 signatures pour être présentée en séance.</li>
</ol>
<h2>Profil des signataires</h2>
<p>Les signataires doivent avoir au moins 16 ans et résider dans une commune de la région de langue française ou de la région bilingue de Bruxelles-Capitale.</p>
<h2>Et ensuite ?</h2>
<p>La commission peut entendre le premier signataire, demander l'avis du Gouvernement ou classer la pétition. Le dépôt est gratuit : aucun frais, aucun traitement ni salaire n'est lié à la démarche.</p>
<footer>Parlement de la Fédération Wallonie-Bruxelles · Accessibilité</footer>
</body></html>
""", "-")
