from common import *

def build():
    write("summer-barbecue-volunteer-rota-jwc-stavanger.en.txt", """JWC Staff Association - Summer Barbecue 2040
Volunteer rota and house rules

Reference: JWC-SA/2040/BBQ-07
Title: Summer Barbecue on the Jåttå lawn
Location: Joint Warfare Centre, Stavanger, Norway (lawn behind Building 2; canteen if it rains)
Date: Thursday 12 July 2040, 16:00-21:00
Deadline to sign up for a shift: 6 July 2040

Dear colleagues,

The Staff Association's summer barbecue is back. Everyone is welcome, whatever their grade, post or nationality, with partners and children. Tickets cost NOK 150 for adults and are free for children under 12; the price covers food and soft drinks and is not deducted from anyone's salary.

We need about 30 volunteers for one-hour shifts at the grills, the salad table, the children's corner and the clean-up. This is not a post and there is no vacancy: volunteers receive no pay, only a free drink and our thanks. Please do not send us a CV.

Requirements for grill volunteers
a) basic food hygiene awareness (a five-minute briefing will be given at 15:30);
b) closed shoes and long trousers;
c) no alcohol before or during your shift.

Shifts
16:00-17:00  set-up (4 people)
17:00-18:00  grills (3), salads (2), children's corner (2)
18:00-19:00  grills (3), salads (2), children's corner (2)
19:00-20:00  grills (2), desserts (2), music (1)
20:00-21:00  clean-up (6 people)

How to sign up
Write your name against a shift on the list outside the Staff Association office, or reply to this message by 6 July 2040. Allergies and dietary needs should be reported by the same date.

Kind regards,
Staff Association Committee
Joint Warfare Centre""", "-")
    write("beach-volleyball-tournament-entry-rules-nfiu-pol-bydgoszcz.en.md", """---
title: "Beach Volleyball Tournament 2040 – Entry Rules"
author: NFIU POL Sports Committee
date: 2040-06-20
---

# Beach Volleyball Tournament 2040 – Entry Rules

| | |
|---|---|
| **Reference** | NFIU-SPORT-2040-03 |
| **Title** | Inter-unit beach volleyball tournament |
| **Location** | Bydgoszcz, Poland – sand courts at the Brda river sports park |
| **Date** | Saturday 21 July 2040, from 09:00 |
| **Deadline for team entries** | 11 July 2040 |
| **Entry fee** | PLN 80 per team |

## Who can play

Teams of four (three on court, one substitute) from NFIU POL, the Joint Force Training Centre, the Polish garrison and family members over 16. Mixed teams are encouraged. Rank, grade or post does not matter on the sand.

## Requirements for teams

1. At least one player of each team must be a member of staff of a participating unit.
2. Every player signs the health declaration on the day.
3. Teams bring their own matching T-shirts; the Committee provides balls and water.

## Format

Pool games of one set to 21 points, then knock-out rounds. The final is planned for 16:30, followed by a barbecue.

## Important

This tournament is a social event. Referees and helpers are volunteers: this is not a job, there is no salary and there is no vacancy. The entry fee goes to the prize fund and the children's hospital in Bydgoszcz.

Entries by e-mail to sports@nfiu-pol.example before the deadline, with the team name and the four players' names.
""", "-")
    write("open-air-cinema-night-booking-ncia-ramstein.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Open-Air Cinema Night – CSU Ramstein Social Club</title></head>
<body>
<header><strong>CSU Ramstein Social Club</strong>
<nav><a href="#">Home</a> | <a href="#">Events</a> | <a href="#">Careers at NCIA</a> | <a href="#">Contact</a></nav></header>
<main>
<h1>Open-Air Cinema Night</h1>
<table>
<tr><th>Reference</th><td>CSU-RAM-SOC-2040-11</td></tr>
<tr><th>Title</th><td>Open-air cinema night: family film and feature film</td></tr>
<tr><th>Location</th><td>Ramstein Air Base, Germany – sports field next to the CSU building</td></tr>
<tr><th>Schedule</th><td>Friday 20 July 2040: family film 20:30, feature film 22:15</td></tr>
<tr><th>Deadline to book seats</th><td>13 July 2040</td></tr>
<tr><th>Cost</th><td>EUR 5 per adult, children free; popcorn EUR 2</td></tr>
</table>
<h2>Requirements</h2>
<ol>
<li>Open to CSU staff of every grade and post, their families and invited guests.</li>
<li>Bring your own blanket or camping chair; a limited number of deckchairs can be booked.</li>
<li>No glass bottles on the sports field.</li>
</ol>
<h2>Booking</h2>
<p>Book seats through the Social Club mailbox before 13 July 2040, giving the number of adults and children. Payment in cash on the evening. The cost is not taken from salary.</p>
<p>We are also looking for two volunteers to run the popcorn stand. This is not a post and not a job offer: there is no vacancy, no pay, only free popcorn.</p>
<p>If it rains, the films move to the base theatre; check this page on the day after 15:00.</p>
</main>
<footer>CSU Ramstein Social Club · run by volunteers · not an official NCIA page</footer>
</body></html>""", "-")
    write("tournoi-de-tennis-amical-association-personnel-sto-neuilly.fr.txt", """ASSOCIATION DU PERSONNEL STO – NEUILLY-SUR-SEINE
Section Tennis

Référence : AP-STO/TEN/2040-02
Objet : Tournoi de tennis amical de l'été
Lieu : courts du stade municipal, Neuilly-sur-Seine (France)
Dates : du lundi 16 au vendredi 20 juillet 2040, entre 12 h 00 et 14 h 00 et après 17 h 30
Date limite d'inscription : 9 juillet 2040

Chères et chers collègues,

La Section Tennis organise son tournoi amical de l'été, en simple et en double mixte. Le tournoi est ouvert à tous les membres du personnel, quels que soient leur grade, leur poste ou leur type de contrat, ainsi qu'aux conjoints.

Exigences
a) être membre de l'Association du personnel (cotisation annuelle de 20 EUR) ;
b) présenter un certificat médical de non-contre-indication de moins d'un an ;
c) respecter les horaires de match affichés au secrétariat de l'Association.

Frais de participation : 10 EUR par joueur, qui financent les balles et la collation de la finale. Ces frais n'ont aucun lien avec le salaire et ne sont pas prélevés sur la paie.

Les arbitres et les ramasseurs de balles sont des bénévoles : il ne s'agit ni d'un poste ni d'un emploi, et aucun recrutement n'est prévu.

Inscriptions : bulletin à déposer au secrétariat de l'Association (bureau 0.14) ou courriel à tennis@ap-sto.example avant le 9 juillet 2040. La finale aura lieu le vendredi 20 juillet 2040 à 18 h 00, suivie d'un pot amical.

Sportivement,
Le bureau de la Section Tennis""", "-")
    write("pique-nique-du-14-juillet-communaute-francaise-shape-mons.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Pique-nique du 14 juillet – Communauté française du SHAPE</title></head>
<body>
<header><strong>Amicale des Français du SHAPE</strong>
<nav><a href="#">Accueil</a> · <a href="#">Agenda</a> · <a href="#">Offres d'emploi</a> · <a href="#">Nous contacter</a></nav></header>
<main>
<h1>Pique-nique républicain du 14 juillet</h1>
<dl>
<dt>Référence</dt><dd>AFS-2040-14J</dd>
<dt>Intitulé</dt><dd>Pique-nique de la fête nationale</dd>
<dt>Lieu</dt><dd>Parc du château, Casteau (Mons), Belgique</dd>
<dt>Horaire</dt><dd>samedi 14 juillet 2040, de 11 h 30 à 17 h 00</dd>
<dt>Date limite d'inscription</dt><dd>7 juillet 2040</dd>
</dl>
<h2>Exigences</h2>
<ol>
<li>Ouvert à tous les personnels français du SHAPE et de la garnison, quel que soit leur grade ou leur poste, ainsi qu'à leurs familles et à leurs amis de toutes nationalités.</li>
<li>Chaque famille apporte un plat salé ou sucré à partager.</li>
<li>Les enfants restent sous la responsabilité de leurs parents.</li>
</ol>
<h2>Participation</h2>
<p>5 EUR par adulte, gratuit pour les moins de 12 ans ; la somme couvre les boissons, le vin d'honneur et les jeux. Elle n'est pas prélevée sur le salaire ni sur la solde.</p>
<p>Lecture du message du ministre à 12 h 00, puis Marseillaise chantée par la chorale de l'école internationale.</p>
<p>L'Amicale recherche des bénévoles pour le montage des tables : ce n'est ni un emploi ni un poste à pourvoir, aucun salaire n'est prévu.</p>
</main>
<footer>Amicale des Français du SHAPE · association sans but lucratif · ce site n'est pas un site officiel de l'OTAN</footer>
</body></html>""", "-")
    write("sortie-accrobranche-club-familles-si-otan-bruxelles.fr.md", """# Club Familles du personnel OTAN – Sortie accrobranche

**Référence :** CF-2040-19
**Intitulé :** Sortie accrobranche en forêt de Soignes
**Lieu :** parc d'aventure en forêt, Bruxelles (Belgique) – rendez-vous au parking du siège à 9 h 00
**Horaire :** mercredi 18 juillet 2040, de 9 h 00 à 16 h 00
**Date limite d'inscription :** 6 juillet 2040

Chers parents,

Pour le début des vacances, le Club Familles propose une journée d'accrobranche pour les enfants de 6 à 16 ans du personnel du siège, tous grades et tous postes confondus, et pour les parents qui souhaitent grimper avec eux.

## Exigences

1. Taille minimale de 1,10 m pour le parcours enfants et de 1,40 m pour le parcours adultes.
2. Chaussures fermées et vêtements de sport.
3. Un adulte accompagnant pour trois enfants de moins de 10 ans.

## Tarifs

- Enfant : 18 EUR
- Adulte : 24 EUR
- Transport en car : gratuit

Les tarifs sont réglés par virement au Club ; ils n'ont aucun lien avec le salaire et ne sont jamais retenus sur la paie.

## Encadrement

Deux moniteurs diplômés du parc encadrent les groupes. Les parents accompagnateurs sont bénévoles : il ne s'agit pas d'une offre d'emploi et aucun poste n'est à pourvoir.

Inscriptions par courriel à club.familles@hq-staff.example avant le 6 juillet 2040, en indiquant l'âge et la taille de chaque enfant.
""", "-")
