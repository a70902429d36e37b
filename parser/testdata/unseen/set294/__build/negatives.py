from common import *

def build():
    write("spring-mess-dinner-seating-and-dress-code-marcom-northwood.en.txt", """HQ MARCOM Officers' and Senior Civilians' Mess
Northwood Headquarters

SPRING MESS DINNER - SEATING, DRESS CODE AND TICKETS

Reference: MESS/2042/SD-04
Title: Spring Mess Dinner 2042
Location: Main Dining Room, Northwood Headquarters, Northwood, United Kingdom
Date: Friday 25 April 2042
Schedule: 19:00 reception, 19:45 dinner, 23:30 carriages
Deadline to book: 11 April 2042

Who may attend
Mess members of every grade and rank, civilian staff of NATO grade G10 and above,
and their guests. Staff of other grades may attend as guests of a member.

Requirements
a. Dress: mess dress or black tie for members; evening dress for guests.
b. Seating preferences must be sent with the booking; the seating plan is
   final on 18 April 2042.
c. Dietary requirements must be given when booking.

Tickets
Members: GBP 48.50 per person
Guests: GBP 55.00 per person
Tickets are charged to the mess bill and are not deducted from salary.

The President of the Mess Committee thanks the volunteers of the entertainments
sub-committee. This is a social event: it is not a post, there is no vacancy
and no one should send a CV to the mess office.

Mess Secretary, extension 4417
""", "-")

    write("bring-your-child-to-work-day-registration-ims-nato-hq.en.md", """---
title: Bring Your Child to Work Day 2042 - registration
organisation: IMS Staff Welfare Committee
---

# Bring Your Child to Work Day 2042

*IMS Staff Welfare Committee · NATO Headquarters, Brussels*

| | |
|---|---|
| **Reference** | IMS-SWC-2042-02 |
| **Title** | Bring Your Child to Work Day |
| **Location** | NATO Headquarters, Brussels, Belgium (Agora and IMS wing) |
| **Schedule** | Thursday 24 April 2042, 09:00 - 15:00 |
| **Deadline to register** | 14 April 2042 |
| **Cost** | EUR 5 per child (lunch and badge) |

Staff of any grade, military or civilian, may bring up to two children aged 8 to 15.
The day gives children an idea of what their parents' job at NATO looks like; it is
not a recruitment event, no post is on offer and there is no salary for junior
"staff officers" other than a certificate and a cookie.

## Requirements

1. Each child needs a visitor badge request, submitted by the parent before the deadline.
2. Children must stay with their parent or a named colleague at all times.
3. No child may enter a classified area; parents without an escort list will be
   given a programme in the public areas only.

## Programme

- 09:00 welcome and security briefing
- 10:00 visit of the Military Committee conference room
- 12:00 lunch in the staff restaurant
- 13:30 "draft a NATO communiqué" workshop
- 15:00 end of the day

Questions: IMS Staff Welfare Committee, welfare.committee@ims.example
""", "-")

    write("spring-fun-run-marshal-briefing-nfiu-rou-bucharest.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Spring Fun Run 2042 - Marshal briefing | NFIU ROU Sports Club</title></head>
<body>
<nav><a href="#">Home</a> | <a href="#">News</a> | <a href="#">Vacancies</a> | <a href="#">Sports Club</a></nav>
<h1>Spring Fun Run 2042: marshal briefing</h1>
<p>NFIU ROU Sports Club, with the Allied community in Bucharest</p>
<table>
<tr><th>Reference</th><td>SC-RUN-2042-01</td></tr>
<tr><th>Title</th><td>Spring Fun Run, 5 km and 10 km</td></tr>
<tr><th>Location</th><td>Herăstrău Park, north gate, Bucharest, Romania</td></tr>
<tr><th>Schedule</th><td>Saturday 26 April 2042, marshals on post from 08:15 to 11:30</td></tr>
<tr><th>Deadline to volunteer as a marshal</th><td>16 April 2042</td></tr>
<tr><th>Entry fee for runners</th><td>RON 50, donated to a children's hospital</td></tr>
</table>
<h2>Requirements for marshals</h2>
<ol>
<li>Be at least 18 years old; grade, rank or post do not matter.</li>
<li>Attend the ten-minute briefing at the north gate at 08:00.</li>
<li>Wear the yellow vest and keep your phone switched on.</li>
</ol>
<h2>Marshal positions</h2>
<p>Twelve positions along the course (start, km 2, lake bridge, km 4, water point, finish).
These are volunteer positions for the morning only: they are not posts, there is no vacancy
and marshals receive no salary, only breakfast and a T-shirt.</p>
<p>Contact: sports.club@nfiu-rou.example</p>
<footer>NFIU ROU Sports Club</footer>
</body></html>
""", "-")

    write("dictee-de-la-francophonie-reglement-section-francaise-sis-mons.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Dictée de la francophonie 2042 – règlement</title></head>
<body>
<header><p>École internationale du SHAPE – Section française</p>
<nav><a href="#">L'École</a> | <a href="#">Vie scolaire</a> | <a href="#">Emplois</a> | <a href="#">Contact</a></nav></header>
<h1>Dictée de la francophonie 2042 : règlement</h1>
<dl>
<dt>Référence</dt><dd>SF/VS/2042-09</dd>
<dt>Intitulé</dt><dd>Grande dictée ouverte aux élèves, aux parents et au personnel</dd>
<dt>Lieu</dt><dd>Salle polyvalente, Casteau (Mons), Belgique</dd>
<dt>Horaire</dt><dd>mercredi 23 avril 2042, de 14 h 00 à 16 h 30</dd>
<dt>Date limite d'inscription</dt><dd>11 avril 2042</dd>
</dl>
<h2>Exigences</h2>
<ol>
<li>Être élève de la section (du CM1 à la terminale), parent d'élève ou membre du personnel, quels que soient son grade ou son poste.</li>
<li>Écrire au stylo ; les correcteurs orthographiques et les téléphones sont interdits.</li>
<li>Respecter la catégorie choisie à l'inscription (juniors, seniors, adultes).</li>
</ol>
<h2>Prix</h2>
<p>Des livres et des bons d'achat de 20 EUR récompensent les trois meilleurs de chaque catégorie. L'inscription est gratuite ; rien n'est prélevé sur le salaire des membres du personnel.</p>
<p>Il ne s'agit ni d'un concours de recrutement ni d'une offre d'emploi : aucun poste n'est à pourvoir.</p>
<footer>Section française – Vie scolaire</footer>
</body></html>
""", "-")

    write("rallye-pedestre-de-printemps-association-personnel-nso-bruxelles.fr.md", """# Rallye pédestre de printemps 2042

*Association du personnel – Bureau OTAN de normalisation*

- **Référence :** AP-NSO/2042/05
- **Intitulé :** Rallye pédestre dans la forêt de Soignes
- **Lieu :** départ du parking de l'Arboretum de Tervuren (Belgique)
- **Horaire :** dimanche 27 avril 2042, départs échelonnés de 9 h 30 à 11 h 00
- **Date limite d'inscription :** 15 avril 2042
- **Participation :** 8 EUR par adulte, gratuit pour les moins de 12 ans

Le rallye est ouvert à tout le personnel, quel que soit son grade ou son poste, ainsi qu'aux familles et aux amis.

## Exigences

1. Former une équipe de deux à six personnes avec un(e) capitaine majeur(e).
2. Prévoir de bonnes chaussures, de l'eau et un téléphone chargé.
3. Rendre la feuille de route au stand d'arrivée avant 15 h 00.

## Déroulement

Environ 9 km, douze énigmes sur l'histoire de la normalisation et un pique-nique tiré du sac à mi-parcours.
La participation n'a aucun lien avec le salaire ni avec la carrière : il ne s'agit pas d'une offre d'emploi et aucun poste n'est à pourvoir.

Contact : association.personnel@nso.example
""", "-")

    write("tournoi-de-scrabble-duplicate-association-personnel-nspa-capellen.fr.txt", """ASSOCIATION DU PERSONNEL DE LA NSPA – CLUB DE SCRABBLE

TOURNOI DE SCRABBLE DUPLICATE – PRINTEMPS 2042

Référence : AP/SCR/2042/02
Objet : tournoi amical en trois manches
Lieu : salle de conférence du bâtiment A, Capellen (Luxembourg)
Date : mardi 29 avril 2042, de 12 h 00 à 13 h 45 (pause déjeuner)
Date limite d'inscription : 18 avril 2042

Le tournoi est ouvert à tous les membres du personnel, quels que soient leur grade,
leur poste ou leur contrat, ainsi qu'aux retraités membres de l'Association.

Exigences
a) Savoir les règles du duplicate ; une initiation est proposée le 22 avril.
b) Apporter son propre plateau si possible.
c) Arriver dix minutes avant le début de la première manche.

Frais
5 EUR par joueur (café et viennoiseries). Aucune somme n'est retenue sur le salaire.

Il ne s'agit ni d'un poste ni d'un emploi : inutile d'envoyer un CV au club.

Le bureau du club
""", "-")
