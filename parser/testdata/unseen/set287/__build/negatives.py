"""Six non-notices of NATO life in September (3 EN, 3 FR)."""
from common import write


def build():
    write("oktoberfest-table-booking-rules-staff-club-jsec-ulm.en.txt", """JSEC STAFF CLUB ULM
Oktoberfest evening 2041 - table booking rules

Reference: SC/OKT/2041
Title: Oktoberfest evening at the Wilhelmsburg-Kaserne mess
Location: Ulm, Germany (Officers' and Civilians' Mess, Building 14)
Schedule: Friday 27 September 2041, 18:00 to 23:30
Deadline to book a table: 13 September 2041

Tables seat ten. One member books for the whole table and pays for it in one go. Members of every grade and
rank are welcome, military and civilian, NATO and national staff, and their families.

Requirements for table bookings
a) at least one person at the table is a paid-up member of the Staff Club;
b) the booking form lists all ten names and any food allergies;
c) payment of EUR 28 per adult and EUR 12 per child (meal, one litre of beer or two soft drinks) reaches the club
   treasurer by the deadline. Nothing is deducted from anyone's salary; pay in cash at the club office or by transfer.

The band plays from 19:30. Dirndl and Lederhosen are welcome but not required. Volunteers for the bar are paid in
pretzels only - this is not a post, there is no vacancy, and we do not need your CV.

Questions: staffclub.ulm@jsec.example
""", "-")

    write("dragon-boat-festival-paddler-sign-up-iamd-coe-chania.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Dragon boat festival - paddler sign-up - IAMD COE Sports Committee</title></head>
<body>
<nav><a href="#">Home</a> | <a href="#">Activities</a> | <a href="#">Vacancies</a> | <a href="#">Contact</a></nav>
<h1>Chania Harbour Dragon Boat Festival 2041: paddler sign-up</h1>
<p>The IAMD COE Sports Committee is entering a mixed crew in the harbour festival again this year.</p>
<table>
<tr><th>Reference</th><td>SPORTS-DB-41</td></tr>
<tr><th>Title</th><td>IAMD COE mixed crew, 20 paddlers, 1 drummer, 1 helm</td></tr>
<tr><th>Location</th><td>Venetian Harbour, Chania, Crete, Greece</td></tr>
<tr><th>Schedule</th><td>Training on Tuesdays 18:00-19:30 from 10 September; race day Sunday 6 October 2041</td></tr>
<tr><th>Deadline to sign up</th><td>12 September 2041</td></tr>
<tr><th>Cost</th><td>EUR 15 for the team shirt</td></tr>
</table>
<h2>Requirements</h2>
<ol>
<li>Be able to swim 50 metres in light clothing.</li>
<li>Attend at least three of the four training sessions.</li>
<li>Staff of any grade, rank or post, spouses and partners are welcome; children under 16 cannot paddle.</li>
</ol>
<p>Paddling is voluntary and done in your own time. Nobody receives a salary or time off for it; this is not a post,
not a job and there is no vacancy to fill. The drummer position is decided by a friendly sing-off.</p>
<footer>IAMD COE Sports Committee, Souda Air Base, Chania</footer>
</body></html>
""", "-")

    write("school-uniform-swap-morning-parents-association-shape-international-school.en.md", """---
title: School uniform swap morning
organiser: SHAPE International School Parents' Association
---

# School uniform swap morning

**Reference:** PA-SWAP-0941  
**Title:** Second-hand uniform and sports kit swap  
**Location:** SHAPE International School, multipurpose hall, Casteau (Mons), Belgium  
**Schedule:** Saturday 14 September 2041, 09:00 to 12:00  
**Deadline to drop off clothes:** 11 September 2041

Children grow, uniforms do not. Bring what no longer fits and take what does, free of charge.

## Requirements for items

1. Clean, washed and folded, with the child's name removed.
2. School polo shirts, jumpers, PE kit and trainers in good condition only.
3. No more than 20 items per family.

Families of every section and every grade or rank are welcome. Anything left over goes to a charity in Mons.
Helpers are volunteers: there is no salary, no post and no vacancy, so please don't send us a CV - just come
along with a bag.

Contact: parents.association@shape-school.example
""", "-")

    write("vente-de-miel-du-rucher-association-personnel-nspa-capellen.fr.md", """# Vente du miel du rucher de l'Agence

*Association du personnel de la NSPA – section apiculture*

- **Référence :** AP-MIEL-2041
- **Intitulé :** Vente du miel de printemps et d'été récolté sur le site
- **Lieu :** hall d'entrée, bâtiment principal, Capellen (Luxembourg)
- **Horaire :** jeudi 19 septembre 2041, de 11 h 30 à 14 h
- **Date limite de commande :** 10 septembre 2041

Nos six ruches ont produit 212 kg cette année. Le miel est vendu en pots de 250 g (6 EUR) et de 500 g (10 EUR).

## Conditions de commande

1. Être membre de l'Association, quels que soient votre grade, votre poste ou votre contrat.
2. Commander au plus six pots par personne au moyen du formulaire en ligne.
3. Régler à la livraison, en espèces ou par virement ; rien n'est retenu sur le salaire.

Les apiculteurs et apicultrices sont des bénévoles. Il ne s'agit ni d'une offre d'emploi ni d'un poste à pourvoir :
inutile de nous envoyer un CV, mais les volontaires pour la prochaine récolte sont les bienvenus.

Contact : apiculture.ap@nspa.example
""", "-")

    write("stage-de-voile-toussaint-enfants-cercle-nautique-personnel-otan-bruxelles.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Stage de voile de la Toussaint – Cercle nautique du personnel</title></head>
<body>
<header><a href="#">Accueil</a> · <a href="#">Activités</a> · <a href="#">Offres d'emploi</a> · <a href="#">Contact</a></header>
<h1>Stage de voile de la Toussaint pour les enfants</h1>
<p>Le Cercle nautique du personnel de l'OTAN organise un stage d'initiation et de perfectionnement à la voile pendant
les vacances d'automne.</p>
<dl>
<dt>Référence</dt><dd>CN-STAGE-T41</dd>
<dt>Intitulé</dt><dd>Stage de voile Optimist et catamaran, 8 à 14 ans</dd>
<dt>Lieu</dt><dd>Lacs de l'Eau d'Heure, base nautique de Froidchapelle (Belgique)</dd>
<dt>Horaire</dt><dd>du lundi 21 au vendredi 25 octobre 2041, de 9 h 30 à 16 h 30</dd>
<dt>Date limite d'inscription</dt><dd>20 septembre 2041</dd>
<dt>Prix</dt><dd>245 EUR (membres) – 290 EUR (non-membres), repas de midi compris</dd>
</dl>
<h2>Conditions de participation</h2>
<ol>
<li>savoir nager 25 mètres (attestation à joindre) ;</li>
<li>être enfant d'un membre du personnel, quels que soient le grade et le poste du parent ;</li>
<li>apporter une tenue de rechange et des chaussures fermées.</li>
</ol>
<p>Attention : ce « stage » est un stage sportif et non un stage en entreprise. Il ne s'agit ni d'une offre d'emploi
ni d'un poste à pourvoir, et aucune rémunération n'est prévue pour les moniteurs bénévoles du Cercle.</p>
<footer>Cercle nautique du personnel de l'OTAN – Bruxelles</footer>
</body></html>
""", "-")

    write("triathlon-en-relais-constitution-des-equipes-club-sportif-siege-otan.fr.txt", """CLUB SPORTIF DU SIÈGE DE L'OTAN
Triathlon en relais d'Eupen 2041 – constitution des équipes

Référence : CS/TRI/2041/03
Objet : équipes de trois relayeurs (natation 750 m, vélo 20 km, course 5 km)
Lieu : Eupen (Belgique), lac de la Vesdre
Date : dimanche 29 septembre 2041, départ à 10 h
Date limite d'inscription : 18 septembre 2041

Le Club sportif inscrit jusqu'à six équipes aux couleurs de l'OTAN. Chaque relayeur choisit une seule discipline.
Les équipes sont ouvertes à tout le personnel civil et militaire, quels que soient le grade, le poste ou le
type de contrat, ainsi qu'aux conjoints.

Exigences
a) être membre du Club sportif et titulaire d'une licence d'un jour (12 EUR, payée par le Club) ;
b) pour le nageur : combinaison obligatoire si l'eau est à moins de 16 °C ;
c) pour le cycliste : casque homologué et vélo en bon état.

Les frais d'inscription (30 EUR par équipe) sont à verser au Club ; rien n'est prélevé sur le salaire.
Ce document n'est pas un avis de vacance : il n'y a ni poste ni emploi à pourvoir, seulement des places de
relayeurs. Les capitaines d'équipe sont désignés par tirage au sort le 20 septembre.

Renseignements : club.sportif@hq-staff.example
""", "-")
