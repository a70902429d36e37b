from common import write

EN1 = """NFIU EST Morale, Welfare and Recreation Committee
Notice MWR/2043/09

MIDSUMMER (JAANIPÄEV) BONFIRE EVENING – SIGN-UP AND RULES

Reference: MWR-EST-2043-09
Title: Midsummer Bonfire Evening for NFIU EST staff and families
Location: Kloogaranna beach camp, Harju County, Estonia (bus from Tallinn, Juhkentali barracks)
Schedule: Tuesday 23 June 2043, 17:00 – 23:30; bus back at 23:45
Deadline to sign up: 16 June 2043

Estonians light bonfires on Midsummer Eve and stay up for the shortest night of the year. The committee has
booked the camp, the firewood and a folk band so that Allied staff and their families can share the tradition.

Requirements for participants
1. Every participant registers by name with the MWR desk (room 114) or by e-mail to mwr.est@mil.example.
2. Children under 16 are accompanied by an adult at all times, especially near the fire and the water.
3. No private fireworks, no glass on the beach, no swimming after dark.
4. Bring warm clothes: the evening gets cold after 22:00.

Costs
Adults EUR 12, children EUR 5, under-fives free. The price covers the bus, the grilled food and the kringel. Pay
in cash at the desk; nothing is deducted from salary.

Volunteers
We need two fire wardens and three helpers for the kitchen tent. These are volunteer roles for the evening only –
this is not a post or a vacancy, and nobody should send a CV. Staff of every grade and rank are welcome, as are
local civilian staff and their partners.

The committee will send the final programme, including the swing (kiik) contest and the wreath-making corner for
the children, on 18 June 2043.

Contact: WO2 Kadri Tamm, MWR Coordinator, ext. 4471
"""

EN2 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>D-Day 99th anniversary battlefield tour – AIRCOM Community Club</title></head>
<body>
<header><strong>AIRCOM Community Club</strong> · Ramstein
<nav><a href="#">Home</a> | <a href="#">Trips</a> | <a href="#">Clubs</a> | <a href="#">Vacancies</a> | <a href="#">Contact</a></nav></header>
<main>
<h1>D-Day anniversary battlefield tour – coach booking</h1>
<p>Posted 11 May 2043 by the Club's trips officer</p>
<table>
<tr><th>Reference</th><td>ACC-TRIP-2043-14</td></tr>
<tr><th>Title</th><td>Normandy battlefield tour for the 99th anniversary of D-Day</td></tr>
<tr><th>Location</th><td>Departure: Ramstein Air Base, Building 2120 car park; destination Bayeux, Normandy, France</td></tr>
<tr><th>Schedule</th><td>Thursday 4 June 2043, 05:00 departure – Sunday 7 June 2043, about 22:00 return</td></tr>
<tr><th>Deadline to book</th><td>22 May 2043</td></tr>
<tr><th>Price</th><td>EUR 385 per person (twin room), EUR 470 single room</td></tr>
</table>
<h2>Programme</h2>
<ol>
<li>Day 1: coach to Normandy, evening briefing by the tour historian.</li>
<li>Day 2: Pegasus Bridge, Merville battery, Sword and Juno beaches.</li>
<li>Day 3: Omaha beach, the American Cemetery at Colleville-sur-Mer, Pointe du Hoc; anniversary ceremony at Arromanches.</li>
<li>Day 4: Bayeux tapestry and return to Ramstein.</li>
</ol>
<h2>Requirements for travellers</h2>
<ol>
<li>A valid passport or national ID card and the NATO ID card.</li>
<li>Military members travel on leave; the trip is not an official duty and no travel claim can be made.</li>
<li>Reasonable fitness: the beaches involve about 8 km of walking per day.</li>
</ol>
<p>Payment by bank transfer to the Club account; no amount is taken from anyone's salary. The trip is open to
staff of all grades and ranks, civilian and military, and to their family members aged 12 and over.</p>
<p>Note: the "tour guide" and "coach captain" mentioned in the programme are provided by the travel company. The
Club is not recruiting: there is no vacancy, no post and no job offer attached to this trip.</p>
</main>
<footer>AIRCOM Community Club · Ramstein Air Base · trips@acc-ramstein.example</footer>
</body></html>
"""

EN3 = """---
title: "Strawberry picking family outing – NETMA Staff Club"
date: 2043-05-20
---

# Strawberry picking family outing

**NETMA Staff Club – Events Committee**

The strawberries near Freising ripen early this year and the farm has offered the Club a private morning on its
fields, followed by a picnic in the orchard.

| | |
|---|---|
| **Reference** | NSC-EV-2043-06 |
| **Title** | Strawberry picking and orchard picnic |
| **Location** | Erdbeerhof Bachmeier, Freising-Attaching (30 minutes from Hallbergmoos) |
| **Schedule** | Saturday 13 June 2043, 09:30 – 14:00 |
| **Deadline to register** | 5 June 2043 |

## Requirements

1. Register the number of adults and children on the Club's intranet page.
2. Bring your own baskets or buy them at the farm (EUR 2 each); strawberries are paid by weight at EUR 4.50 per kilo.
3. Children pick with an adult; please stay on the marked rows.

## Picnic

The Club pays for the drinks and the cakes. Everyone brings one salad or dish to share. Car-sharing from the
Agency car park starts at 09:00.

## Helpers wanted

We look for two volunteers to run the children's games and one to take photographs. These are not jobs: no
salary, no grade, no contract. Staff of any grade, contractors and trainees are equally welcome.

*Questions to the Events Committee, room 2.017, events@netma-staffclub.example.*
"""

FR1 = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fête de la musique 2043 – scène ouverte – Cercle du personnel du Collège</title></head>
<body>
<header><p><strong>Cercle du personnel du Collège de défense de l'OTAN</strong></p>
<nav>Accueil · Activités · Clubs · Offres d'emploi · Contact</nav></header>
<main>
<h1>Fête de la musique : scène ouverte du 19 juin</h1>
<p>Publié le 18 mai 2043</p>
<dl>
<dt>Référence</dt><dd>CP-NDC-2043-11</dd>
<dt>Intitulé</dt><dd>Scène ouverte de la Fête de la musique</dd>
<dt>Lieu</dt><dd>Cour d'honneur du Collège, Rome (Cecchignola)</dd>
<dt>Horaire</dt><dd>vendredi 19 juin 2043, de 18 h 00 à 22 h 30</dd>
<dt>Date limite d'inscription</dt><dd>10 juin 2043</dd>
</dl>
<p>La Fête de la musique tombe un dimanche cette année ; le Cercle l'avance donc au vendredi soir pour que membres
des cours, personnel et familles puissent se produire avant les congés d'été.</p>
<h2>Conditions de participation</h2>
<ol>
<li>Chaque groupe ou soliste présente un programme de 15 minutes au maximum.</li>
<li>Le matériel de sonorisation est fourni ; les instruments restent à la charge des musiciens.</li>
<li>Au moins un membre de chaque groupe appartient au personnel du Collège, quel que soit son grade ou son poste.</li>
</ol>
<h2>Buvette</h2>
<p>Boissons et pizzas sont vendues au profit de l'association caritative du Collège (2 à 6 EUR). Rien n'est
prélevé sur le salaire.</p>
<p>Le « poste » de régisseur son est tenu par un bénévole du Cercle. Il ne s'agit ni d'une offre d'emploi ni d'un
recrutement : aucun poste n'est à pourvoir et aucune rémunération n'est prévue.</p>
</main>
<footer>Cercle du personnel · cercle@ndc-personnel.example</footer>
</body></html>
"""

FR2 = """# Bourse aux livres scolaires de fin d'année

**Association des familles du SHAPE – commission Écoles**

Les livres de l'année qui se termine peuvent servir à d'autres élèves ! L'association organise sa bourse aux
livres scolaires avant les vacances.

- **Référence :** AFS-ECO-2043-04
- **Intitulé :** Bourse aux livres scolaires (dépôt et vente)
- **Lieu :** Salle polyvalente du SHAPE, bâtiment 210, Casteau (Mons)
- **Horaire :** dépôt le mercredi 24 juin 2043 de 14 h à 18 h ; vente le samedi 27 juin 2043 de 9 h à 13 h
- **Date limite d'inscription des déposants :** 17 juin 2043

## Exigences pour les livres déposés

1. Manuels en usage à l'École internationale du SHAPE pour l'année 2043-2044 (liste affichée à l'entrée).
2. Livres propres, sans annotations au stylo, couverture intacte.
3. Au maximum 20 livres par famille.

## Prix

Le déposant fixe le prix, au plus 50 % du prix neuf. L'association retient 1 EUR par livre vendu pour ses frais ;
les sommes sont reversées par virement en juillet. Rien n'est prélevé sur le salaire des parents.

## Bénévoles

Nous cherchons des parents pour tenir la caisse et trier les livres. Ce ne sont pas des postes : il ne s'agit
pas d'une offre d'emploi, il n'y a ni contrat ni rémunération, et chacun est bienvenu quel que soit son grade.

*Contact : ecoles@familles-shape.example*
"""

FR3 = """AMICALE DU PERSONNEL DE L'AGENCE NCIA – MONS
Circulaire n° 2043/07

Objet : Grand prix de karting inter-services 2043

Référence : AMI-NCIA-2043-07
Lieu : Karting indoor de Ghlin, rue de l'Industrie, 7011 Ghlin (Mons)
Date et horaire : samedi 20 juin 2043, de 13 h 30 à 18 h 00
Date limite d'inscription des équipes : 12 juin 2043

Chers membres,

Après le succès de l'an dernier, l'Amicale organise de nouveau son grand prix de karting entre services. Chaque
service de l'Agence à Mons peut inscrire une ou deux équipes de trois pilotes ; la course d'endurance dure
90 minutes, précédée d'essais libres et d'une séance de qualification.

Exigences
a) être membre de l'Amicale à jour de sa cotisation, quels que soient son grade, son poste ou son contrat ;
b) avoir 16 ans au moins (les enfants des membres peuvent piloter avec une autorisation parentale) ;
c) porter des chaussures fermées ; casque et combinaison sont fournis par le circuit.

Tarifs
35 EUR par pilote, essais, qualification et course compris ; l'Amicale prend en charge le reste. Le paiement se
fait par virement sur le compte de l'Amicale : rien n'est retenu sur le salaire.

Le « poste » de chef d'équipe est désigné par chaque équipe et les commissaires de piste sont des bénévoles du
circuit. Il ne s'agit ni d'un poste ni d'un emploi : inutile d'envoyer un CV, il n'y a aucune vacance à pourvoir.

Remise des coupes : samedi 20 juin 2043 vers 18 h, au bar du circuit, avec un verre de l'amitié.

Pour le comité,
La secrétaire de l'Amicale
"""


def build():
    write("midsummer-jaanipaev-bonfire-evening-sign-up-nfiu-est-tallinn.en.txt", EN1, "-")
    write("d-day-anniversary-battlefield-tour-coach-booking-aircom-ramstein.en.html", EN2, "-")
    write("strawberry-picking-family-outing-staff-club-netma-hallbergmoos.en.md", EN3, "-")
    write("fete-de-la-musique-scene-ouverte-inscriptions-cercle-personnel-ndc-rome.fr.html", FR1, "-")
    write("bourse-aux-livres-scolaires-fin-d-annee-association-familles-shape.fr.md", FR2, "-")
    write("grand-prix-karting-inter-services-amicale-personnel-ncia-mons.fr.txt", FR3, "-")
