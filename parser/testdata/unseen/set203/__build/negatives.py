"""The six non-notices (hand-written)."""

WASTE = """NATO UNCLASSIFIED

NCIA – Mons site
Security Office – Classified Waste Section

CLASSIFIED WASTE DESTRUCTION SCHEDULE – SEPTEMBER AND OCTOBER 2034

Reference:        NCIA/MONS/SEC/2034-077
Location:         Building 210, ground floor, room 0.14 (destruction room)
Applies to:       all staff and contractors of the Mons site, every grade, and visiting personnel
Deadline:         bag requests for the September run by 1 September 2034, 12:00

1. PURPOSE

This schedule fixes the dates on which classified paper, optical media and
hard disks are collected from the offices and destroyed by the Section. It
replaces the schedule of 3 May 2034.

2. COLLECTION DATES

  Week of        Buildings          Material                    Collection time
  4 Sep 2034     201, 202, 204      paper up to NATO SECRET     09:00-11:30
  11 Sep 2034    210, 211           paper, optical media        09:00-11:30
  18 Sep 2034    220 (data centre)  hard disks, tapes           13:30-15:30
  2 Oct 2034     all buildings      paper up to NATO SECRET     09:00-11:30
  16 Oct 2034    201-211            optical media, USB keys     13:30-15:30

3. REQUIREMENTS

  a. Only red-striped bags issued by the Section may be used.
  b. Each bag must carry a completed destruction certificate signed by the
     holder (post title and post number of the originating office).
  c. COSMIC TOP SECRET and ATOMAL material is NOT collected; it is handed
     over in person to the Registry by appointment.
  d. Staff escorting a collection must hold a valid NATO SECRET clearance.
  e. Bags must not weigh more than 8 kg.

4. COSTS

Destruction of material from projects funded by customers is charged at
EUR 14.50 per bag and EUR 32.00 per hard disk, on the project's cost code.

5. CONTACT

Classified Waste Section, ext. 6120. This schedule is an internal security
instruction; it is not a recruitment notice and contains no offer of
employment. Questions on vacancies at the Mons site go to the Talent
Acquisition team.

NATO UNCLASSIFIED
"""

DEVICE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Mobile device issue policy – NAPMA intranet</title></head><body>
<header><p>NAPMA intranet · Home · Directorates · Support Services · IT Service Desk</p></header>
<main>
<h1>Mobile Device Issue Policy 2034–2035</h1>
<table>
<tr><th>Reference</th><td>NAPMA/IT/POL/2034-03</td></tr>
<tr><th>Location</th><td>IT Service Desk, Akerstraat building, room B-1.07, Brunssum</td></tr>
<tr><th>Applies to</th><td>All staff members, G5 to G22, and seconded national officers</td></tr>
<tr><th>Deadline for returning old devices</th><td>22 September 2034</td></tr>
<tr><th>Security clearance of the device</th><td>NATO RESTRICTED (no NATO SECRET data on mobile devices)</td></tr>
</table>
<h2>1. Who gets a device</h2>
<p>A corporate smartphone is issued to every post title whose description requires travel or on-call duty, in particular the Programme Managers, Systems Engineers and the Duty Officer roster. Other staff may request one through their Head of Branch. Grades do not give an entitlement by themselves.</p>
<h2>2. Requirements</h2>
<ol>
<li>Sign the user agreement before the device is handed over.</li>
<li>Keep the device's operating system up to date and never install applications outside the corporate store.</li>
<li>Report loss or theft to the Service Desk and to the Security Officer within 24 hours.</li>
<li>Return the old device, with its charger, by the deadline above.</li>
</ol>
<h2>3. Costs</h2>
<p>Private calls abroad above EUR 25.00 per month are recovered from the staff member's salary. A lost device that was not reported in time is charged at EUR 480.00.</p>
<h2>4. Replacement schedule</h2>
<table><tr><th>Directorate</th><th>Exchange date</th></tr>
<tr><td>Programme Directorate</td><td>11 September 2034</td></tr>
<tr><td>Engineering Directorate</td><td>13 September 2034</td></tr>
<tr><td>Support Services</td><td>15 September 2034</td></tr></table>
<p>This page describes an internal IT policy. It is not a vacancy notice; current vacancies are published on the Agency's careers page.</p>
</main>
<footer><p>NAPMA intranet · last updated 2 August 2034</p></footer>
</body></html>
"""

SPEAKERS = """---
title: "Speakers – CIMIC Discipline Conference 2034"
source: intranet.cimic-coe.example/events/dc2034/speakers
---

# CIMIC Discipline Conference 2034 – Speaker biographies

| | |
|---|---|
| **Reference** | CCOE/EV/2034/09 |
| **Location** | Kazerne Frederik, The Hague, the Netherlands |
| **Dates** | 17–19 October 2034 |
| **Registration deadline** | 22 September 2034 |
| **Conference fee** | EUR 150 (free for Sponsoring Nations' personnel) |

## Requirements for attendance

1. Nationality of a NATO or partner nation.
2. A NATO SECRET security clearance, to be confirmed by your security officer before the registration deadline (day 3 is classified).
3. Military participants: rank OF-2 or above; civilians: grade G12 or equivalent.

## Speakers

**Dr Hanna Vermeulen** – Head, Civil-Military Interaction Section, Allied Command Transformation, Norfolk. Before joining ACT she worked for twelve years as a humanitarian coordinator in the Sahel. She holds a PhD in political science and will open the conference with a keynote on civil preparedness.

**Colonel (ret.) Ilias Papadakis** – Senior Advisor (Resilience), Hellenic Ministry of National Defence, Athens. A former Director of the CCOE, he will chair the panel on host nation support.

**Ms Joanna Kowalczyk** – Senior Officer (Partnerships), NATO International Staff, Brussels, grade G17. She leads the work on cooperation with the United Nations and will speak on the protection of civilians.

**Lieutenant Colonel Marc Dubois** – Branch Head, J9 Civil-Military Cooperation, Allied Joint Force Command Brunssum. He will present lessons from the last STEADFAST exercise.

## Practical information

The conference does not carry any remuneration for speakers or participants; travel and salary remain a national responsibility. Hotel rooms at the conference rate (EUR 139 per night) can be booked until 22 September 2034.
"""

CONFINEMENT = """NATO SANS CLASSIFICATION

Agence OTAN de soutien et d'acquisition – Bureau de programme CEPS
Versailles

NOTE DE SERVICE N° 2034/041

Objet : exercice de confinement du site – jeudi 14 septembre 2034

Référence : CEPS/SEC/2034/041
Lieu : ensemble du site de Versailles (bâtiments A, B et C, parking compris)
Date et heure : jeudi 14 septembre 2034, entre 10 h 00 et 11 h 30
Personnel concerné : tout le personnel, quel que soit son grade ou son statut,
ainsi que les prestataires et visiteurs présents sur le site

1. OBJET DE L'EXERCICE

Vérifier que chacun connaît la conduite à tenir en cas d'intrusion ou de
menace extérieure, et que le signal de confinement est audible dans tous les
bureaux. L'exercice est organisé avec la police municipale de Versailles.

2. CONSIGNES

  a) Au signal (trois sonneries longues), fermer portes et fenêtres, éteindre
     la lumière et s'éloigner des ouvertures.
  b) Ne pas quitter le bureau avant le message de fin d'exercice.
  c) Les chefs de section comptent les personnes présentes et transmettent le
     nombre au poste de sécurité (poste 2200).
  d) Les visiteurs restent avec leur accompagnateur.

3. EXIGENCES PARTICULIÈRES

  - Les titulaires des postes d'officier de permanence doivent avoir relu la
    fiche réflexe n° 7 avant le 12 septembre 2034.
  - Les documents classifiés NATO SECRET doivent être rangés dans les coffres
    avant 10 h 00.
  - Les personnes à mobilité réduite se signalent au poste de sécurité avant
    le 8 septembre 2034.

4. APRÈS L'EXERCICE

Un questionnaire sera envoyé à chacun ; réponse souhaitée avant le
22 septembre 2034. Aucune heure supplémentaire n'est rémunérée pour
l'exercice et il n'a aucune incidence sur le salaire.

Cette note ne constitue pas un avis de vacance d'emploi.

Le chef de la sécurité du site

NATO SANS CLASSIFICATION
"""

PROCURATION = """---
titre: "Élections – voter par procuration depuis le SHAPE"
source: intranet.shape.example/communaute/francais/vote-procuration
---

[Retour à l'accueil](/) · [Communauté française](/communaute/francais)

# Voter par procuration quand on travaille au SHAPE

*Mise à jour du 28 août 2034 – Cellule d'information des personnels français*

| | |
|---|---|
| **Réf.** | CIPF/2034/12 |
| **Lieu** | Consulat général de France à Bruxelles, ou permanence consulaire au SHAPE (bâtiment 102, salle 1.20) |
| **Permanence au SHAPE** | mardi 12 et jeudi 21 septembre 2034, de 9 h 00 à 15 h 00 |
| **Date limite conseillée** | 27 septembre 2034 pour le premier tour |

## Qui est concerné ?

Tous les ressortissants français affectés au SHAPE, quel que soit leur statut : militaires, personnels civils de l'OTAN de tout grade, contractuels locaux et conjoints inscrits sur la liste électorale consulaire.

## Conditions à remplir

1. Être inscrit(e) sur une liste électorale (consulaire ou communale).
2. Désigner un mandataire inscrit sur une liste électorale, en France ou à l'étranger.
3. Se présenter en personne avec une pièce d'identité et la référence de la demande en ligne.

## À savoir

- La procuration n'a aucun coût ; aucune retenue n'est faite sur le salaire et l'absence pour se rendre à la permanence est autorisée sans déduction.
- Les chefs de poste et titulaires de postes d'astreinte peuvent demander un créneau réservé.
- Cette page est une information pratique : elle ne propose aucun emploi. Les offres d'emploi du SHAPE sont publiées sur le portail des carrières de l'OTAN.
"""

CHARTE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Charte d'utilisation des réseaux sociaux – NCIA</title></head><body>
<nav><ul><li>Intranet NCIA</li><li>Ressources humaines</li><li>Communication</li><li>Chartes et règles</li></ul></nav>
<main>
<h1>Charte d'utilisation des réseaux sociaux par le personnel</h1>
<dl>
<dt>Référence</dt><dd>NCIA/COMMS/CH/2034-02</dd>
<dt>Lieu d'application</dt><dd>Tous les sites de l'Agence (Bruxelles, Mons, La Haye, Braine-l'Alleud et unités de soutien)</dd>
<dt>Entrée en vigueur</dt><dd>1<sup>er</sup> septembre 2034</dd>
<dt>Date limite d'attestation de lecture</dt><dd>29 septembre 2034</dd>
</dl>
<h2>1. Pourquoi une charte ?</h2>
<p>Les réseaux sociaux permettent à chacun de parler de son métier. Ils exposent aussi l'Agence et son personnel à des tentatives d'hameçonnage ciblé, notamment par de fausses offres d'emploi.</p>
<h2>2. Exigences</h2>
<ol>
<li>Ne pas indiquer son numéro de poste, son niveau d'habilitation (NATO SECRET, COSMIC TOP SECRET) ni le nom de son bureau sur un profil public.</li>
<li>Ne pas publier d'informations sur les déploiements en cours.</li>
<li>Ne pas relayer soi-même d'avis de vacance : partager uniquement le lien officiel du portail des carrières.</li>
<li>Signaler au Bureau de sécurité toute prise de contact suspecte d'un « recruteur ».</li>
</ol>
<h2>3. Intitulés de poste et grades</h2>
<p>Vous pouvez mentionner votre intitulé de poste générique (par exemple « ingénieur(e) » ou « assistant(e) »), mais pas votre grade (G8, G15…) ni votre salaire.</p>
<h2>4. Sanctions</h2>
<p>Le non-respect de la charte peut entraîner une procédure disciplinaire conformément au Règlement du personnel civil.</p>
<p><em>Cette page est une règle interne ; elle ne constitue pas une offre d'emploi.</em></p>
</main>
<footer>Intranet NCIA · Bureau de la communication · mis à jour le 30 août 2034</footer>
</body></html>
"""

NEG = {
    "classified-waste-destruction-schedule-ncia-mons.en.txt": WASTE,
    "mobile-device-issue-policy-napma.en.html": DEVICE,
    "speaker-biographies-discipline-conference-cimiccoe.en.md": SPEAKERS,
    "consignes-exercice-confinement-ceps-versailles.fr.txt": CONFINEMENT,
    "procuration-vote-personnel-francais-shape.fr.md": PROCURATION,
    "charte-reseaux-sociaux-personnel-ncia.fr.html": CHARTE,
}
