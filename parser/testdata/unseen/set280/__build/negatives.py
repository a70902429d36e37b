from common import *

def build():
    write("pancake-race-entry-rules-landcom-izmir.en.txt", """LANDCOM MORALE, WELFARE AND RECREATION
Şirinyer Garrison, Izmir

Reference: MWR/LC/2041/004
Title: Shrove Tuesday Pancake Race – entry rules
Location: Parade ground behind Building 12, Allied Land Command
Race day: Tuesday 5 March 2041, 12:15 (lunch break)
Deadline to enter a team: 20 February 2041

Every year, before Lent, the British and Canadian contingents challenge the rest of the Headquarters to run
with a frying pan. Entry is open to military and civilian staff, contractors and family members, whatever
their grade, rank, post or nationality.

Requirements for teams
  a) Four runners per team; at least one civilian and one member of another nation.
  b) Each runner carries a pan and tosses the pancake at the start and at the finish line.
  c) Fancy dress is welcome; running shoes are mandatory.

Entry fee: EUR 10 per team, paid in cash at the MWR office. The money goes to the Izmir children's hospital
fund. Winners receive the Golden Pan trophy and a lunch voucher. Nothing here has anything to do with
anyone's salary or allowances.

Stewards: we need six volunteers to hold the finish tape and cook the spare batter. This is not a post and
there is no vacancy – just come along. Please do not send us a CV; send your team name and the four runners'
names to mwr.landcom@lc.example.

Results of the 2040 race: 1st J4 "Flipping Logisticians", 2nd NCIA Detachment, 3rd Command Group.
""", "-")
    write("valentines-flower-delivery-order-form-ncia-csu-naples.en.md", """---
title: Valentine's Flower Delivery – order form
author: CSU Naples Social Committee
---

# Valentine's Flower Delivery 2041

*CIS Support Unit Naples – Social Committee*

| | |
|---|---|
| **Reference** | SOC/CSUNAP/2041-02 |
| **Title** | Valentine's Day flower delivery to desks |
| **Location** | JFC Naples compound, Lago Patria – Buildings A to F |
| **Delivery** | Thursday 14 February 2041, 09:00–11:00 |
| **Deadline to order** | 7 February 2041 |

## How it works

1. Choose a bouquet from the list below.
2. Write the name, building and office of the person (any grade, post or organisation on the compound).
3. Pay the committee treasurer by 7 February.

## Price list

| Bouquet | Price |
|---|---|
| Single red rose | EUR 4 |
| Three tulips | EUR 9 |
| Mixed spring bouquet | EUR 18 |

## Requirements

1. Orders must be anonymous unless you sign the card yourself.
2. No deliveries to classified areas; the bouquet will wait at reception.
3. Allergies: tell us and we will send chocolates instead.

Profits go to the Lago Patria animal shelter. The committee volunteers are not paid: this is not a job offer,
there is no position to fill and nothing is deducted from salary. Questions: social.csunaples@ncia.example.
""", "-")
    write("snowshoe-hike-sign-up-nfiu-svk-bratislava.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Snowshoe hike – NFIU SVK Sports Club</title></head>
<body>
<nav><a href="/">Home</a> · <a href="/news">News</a> · <a href="/careers">Careers</a> · <a href="/club">Sports Club</a></nav>
<h1>Snowshoe hike in the Low Tatras</h1>
<table>
<tr><th>Reference</th><td>SC/NFIU-SVK/2041/03</td></tr>
<tr><th>Title</th><td>Family snowshoe hike, Chopok area</td></tr>
<tr><th>Location</th><td>Jasná, Low Tatras (bus from Bratislava, Vajnorská gate)</td></tr>
<tr><th>Schedule</th><td>Saturday 2 March 2041, departure 06:00, return about 20:00</td></tr>
<tr><th>Deadline to sign up</th><td>20 February 2041</td></tr>
<tr><th>Cost</th><td>EUR 25 per adult, EUR 10 per child (bus and snowshoe hire)</td></tr>
</table>
<h2>Requirements</h2>
<ol>
<li>Open to all members of the unit and their families, whatever their grade, rank or post.</li>
<li>Participants must be able to walk four hours in snow; children from 8 years.</li>
<li>Warm clothing, gloves, sunglasses and a packed lunch are mandatory.</li>
</ol>
<p>The mountain guide is provided by the hire company. Our two volunteer leaders receive no salary for this:
it is not a post, not a job and there is no vacancy to apply for. The cost is paid in cash on the bus and is
not deducted from salary.</p>
<p>To register, send the names and ages of all participants to sportsclub@nfiu-svk.example.</p>
<footer>NFIU SVK Sports Club · Bratislava</footer>
</body></html>
""", "-")
    write("concours-de-crepes-chandeleur-association-personnel-nspa-versailles.fr.txt", """ASSOCIATION DU PERSONNEL NSPA – SITE DE VERSAILLES
======================================================

Référence : AP/VER/2041/002
Objet : Concours de crêpes de la Chandeleur
Lieu : cafétéria du bâtiment C, Versailles
Date : vendredi 1er février 2041, de 12 h 00 à 14 h 00
Date limite d'inscription : 29 janvier 2041

Chers collègues,

Pour la Chandeleur, l'association organise son traditionnel concours de crêpes. Tous les membres du
personnel peuvent concourir, quels que soient leur grade, leur poste ou leur nationalité, ainsi que les
stagiaires et les prestataires présents sur le site.

Exigences
  a) Une équipe de deux personnes au maximum.
  b) La pâte est préparée à la maison ; la cuisson se fait sur place, sur les billigs de l'association.
  c) Trois crêpes par équipe sont présentées au jury : une sucrée, une salée, une « libre ».

Participation : 5 EUR par équipe, reversés à l'épicerie solidaire de Versailles. Le jury sera présidé par
le chef du Bureau du programme, qui promet de ne tenir aucun compte de la hiérarchie. Cette somme n'a
aucun lien avec le salaire et aucune indemnité n'est versée aux membres du jury.

Il ne s'agit ni d'un poste ni d'un emploi : inutile d'envoyer un CV. Pour vous inscrire, répondez
simplement à association.versailles@nspa.example en indiquant le nom de votre équipe.

Bonne Chandeleur à toutes et à tous !
Le bureau de l'association
""", "-")
    write("tournoi-de-belote-amicale-space-coe-toulouse.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Tournoi de belote – Amicale du Space COE</title></head>
<body>
<header><a href="/">Accueil</a> | <a href="/actualites">Actualités</a> | <a href="/recrutement">Recrutement</a> | <a href="/amicale">Amicale</a></header>
<h1>Tournoi de belote de l'Amicale</h1>
<dl>
<dt>Référence</dt><dd>AMICALE/SPACECOE/2041-01</dd>
<dt>Intitulé</dt><dd>Tournoi de belote coinchée en doublettes</dd>
<dt>Lieu</dt><dd>Foyer du quartier, Toulouse</dd>
<dt>Horaire</dt><dd>jeudi 28 février 2041, de 18 h 30 à 23 h 00</dd>
<dt>Date limite d'inscription</dt><dd>21 février 2041</dd>
</dl>
<h2>Exigences</h2>
<ol>
<li>Doublettes libres : civils, militaires, conjoints, quel que soit le grade ou le poste.</li>
<li>Règles de la belote coinchée affichées au foyer ; annonces sans atout interdites.</li>
<li>Chaque doublette apporte un plat sucré ou salé pour le buffet.</li>
</ol>
<p>Inscription : 6 EUR par doublette. Lots : un panier gourmand du Lauragais, deux places au Stadium et une
visite de la Cité de l'espace. L'arbitre est bénévole ; aucune somme n'est prélevée sur le salaire.</p>
<p>Ceci n'est ni une offre d'emploi ni un poste à pourvoir. Inscriptions auprès de
amicale@spacecoe.example.</p>
<footer>Amicale du personnel – Centre d'excellence de l'OTAN pour l'espace</footer>
</body></html>
""", "-")
    write("atelier-masques-et-deguisements-enfants-association-personnel-si-otan-bruxelles.fr.md", """# Atelier masques et déguisements pour les enfants

*Association du personnel civil de l'OTAN – section familles*

- **Référence :** APC/FAM/2041/05
- **Intitulé :** Atelier masques et déguisements (enfants de 4 à 11 ans)
- **Lieu :** Siège de l'OTAN, Bruxelles – salle polyvalente du bâtiment Z
- **Horaire :** mercredi 27 février 2041, de 14 h 00 à 17 h 00
- **Date limite d'inscription :** 18 février 2041

## Programme

1. Fabrication de masques en carton et en feutrine.
2. Maquillage par deux bénévoles.
3. Petit défilé et goûter à 16 h 30.

## Exigences

1. Atelier ouvert aux enfants des agents du Secrétariat international, de l'État-major militaire
   international et des délégations, quel que soit le grade ou le poste du parent.
2. Un adulte accompagnateur doit rester sur place.
3. Prévoir un vieux tee-shirt : la peinture tache.

Participation : 8 EUR par enfant (matériel et goûter). Aucun lien avec le salaire : le montant est réglé
sur place. Les animatrices sont bénévoles ; il ne s'agit pas d'une offre d'emploi et aucun poste n'est à
pourvoir.

Inscriptions par courriel à familles@apc-otan.example en précisant l'âge de l'enfant.
""", "-")
