"""Six non-notices of NATO life with August themes (3 EN, 3 FR)."""
from common import write

NEG = {}

NEG["ferragosto-lunch-table-booking-international-club-jfc-naples.en.txt"] = """JFC NAPLES INTERNATIONAL CLUB
Lago Patria

Reference: IC-NAP-2044-08
Title: Ferragosto long lunch by the sea
Location: Lido Circolo Ufficiali, Pozzuoli (coach from the Main Gate)
Schedule: Monday 15 August 2044, 12:30 to 17:00
Deadline to book a table: 8 August 2044

Dear members and friends,

Ferragosto is the one day in August when the whole of Italy stops, so the International Club is once again
booking the terrace for a long lunch by the sea. Everyone at the Command is welcome, whatever their grade,
rank or post, and families are welcome too.

Requirements for booking
1. Tables are for 8 or 10 people; book one table per group through the Club secretary.
2. Each guest must be registered by name so that the lido can prepare the entry list.
3. Children under 12 eat from the children's menu and need a seat at the table.

Prices: EUR 45 per adult, EUR 20 per child, coach EUR 5 return. Payment is in cash at the Club office;
nothing is deducted from salary and the Club takes no card payments.

Helpers wanted: we need two people to welcome guests at the coach and one to run the raffle. These are
volunteer roles for the afternoon; it is not a post or a vacancy, there is no pay, and please do not send a CV.
Just reply to this message.

Buon Ferragosto!
The Committee
"""

NEG["car-boot-sale-pitch-booking-welfare-fund-ncia-geilenkirchen.en.html"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Summer car boot sale - pitch booking</title></head><body>
<header><b>NATO Geilenkirchen Welfare Fund</b>
<nav><a href="/">Home</a> | <a href="/events">Events</a> | <a href="/vacancies">Vacancies</a> | <a href="/contact">Contact</a></nav></header>
<h1>Summer car boot sale: book your pitch</h1>
<table>
<tr><th>Reference</th><td>WF-GK-CBS-2044</td></tr>
<tr><th>Title</th><td>End-of-summer car boot sale</td></tr>
<tr><th>Location</th><td>Car park P3, next to the base gym</td></tr>
<tr><th>Schedule</th><td>Saturday 27 August 2044, 08:00-13:00 (sellers from 07:00)</td></tr>
<tr><th>Deadline to book a pitch</th><td>19 August 2044</td></tr>
<tr><th>Price</th><td>EUR 10 per car, EUR 15 per van</td></tr>
</table>
<p>Clear out the garage before the new school year. Staff of every unit and agency on the base may book, whatever
their grade or contract, and family members may sell with them.</p>
<h2>Requirements for sellers</h2>
<ol>
<li>One pitch per household; show your base pass at the gate.</li>
<li>No food, weapons, alcohol or electrical goods without a safety sticker.</li>
<li>Leave your pitch clean; a deposit of EUR 10 is returned at 13:00.</li>
</ol>
<p>Pitch fees go to the Welfare Fund; nothing is taken from anyone's salary. We also need marshals for the
morning. Marshal is a volunteer role, not a job: there is no vacancy, no post, no grade and no pay, only coffee.</p>
<footer>Welfare Fund committee · Geilenkirchen</footer>
</body></html>
"""

NEG["sandcastle-competition-black-sea-family-weekend-entry-form-nfiu-bgr-sofia.en.md"] = """---
title: Black Sea family weekend - sandcastle competition
author: NFIU BGR social committee
---

# Black Sea family weekend: sandcastle competition

|   |   |
|---|---|
| **Reference** | SC-NFIU-BGR-2044-02 |
| **Title** | Sandcastle competition (teams of 2 to 5) |
| **Location** | Kamchia beach, north of Varna |
| **Schedule** | Saturday 20 August 2044, 10:00-13:00 |
| **Deadline to enter a team** | 12 August 2044 |

The committee has booked the holiday centre for the weekend of 19-21 August. On Saturday morning we hold the
sandcastle competition. Any member of the Unit, military or local civilian of any grade, may enter a team
with family and friends.

## Requirements

1. Teams of 2 to 5 people, at least one adult per team.
2. Only sand, water and natural materials found on the beach.
3. Each team works inside its marked square of 4 by 4 metres.

Entry costs EUR 5 per team, paid in cash on the day; it is never deducted from salary. Prizes: a dinner voucher
for the winning team and ice cream for every child.

> Judges wanted: three volunteers for the jury. This is not a position and not a vacancy: no contract, no pay,
> just the honour of choosing the winner.
"""

NEG["nuit-des-etoiles-observation-des-perseides-inscriptions-amicale-nhmo-rueil.fr.txt"] = """AMICALE DU PERSONNEL DU NHMO
Rueil-Malmaison, le 25 juillet 2044

Objet : Nuit des étoiles - observation des Perséides
Référence : AMI-NHMO-2044-11
Lieu : plateau de la Jonchère, parking du stade (covoiturage au départ du Bureau)
Date et horaire : vendredi 12 août 2044, de 21 h 30 à 1 h 00
Date limite d'inscription : 5 août 2044

Chères et chers collègues,

Comme chaque été, l'Amicale vous propose d'observer les étoiles filantes des Perséides avec le club
d'astronomie de la commune. Tout le personnel du Bureau, quels que soient son grade, son poste ou son contrat,
est invité avec sa famille.

Exigences
a) s'inscrire auprès du secrétariat de l'Amicale en indiquant le nombre d'adultes et d'enfants ;
b) prévoir des vêtements chauds, une couverture et une lampe à lumière rouge ;
c) les enfants de moins de 12 ans restent sous la responsabilité d'un adulte.

Participation : 6 EUR par adulte, gratuit pour les enfants, soupe chaude comprise. La somme est réglée en
espèces le soir même ; rien n'est retenu sur le salaire.

Nous cherchons deux bénévoles pour le « poste » d'accueil au parking. Il ne s'agit ni d'un poste ni d'un
emploi : inutile d'envoyer un CV, il n'y a aucune vacance et aucune rémunération, seulement la soupe.

Le bureau de l'Amicale
"""

NEG["collecte-de-fournitures-scolaires-pour-la-rentree-cercle-personnel-ccascoe-montreal.fr.html"] = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Collecte de fournitures scolaires</title></head><body>
<header><b>Cercle du personnel du CCASCOE</b>
<nav><a href="/">Accueil</a> · <a href="/activites">Activités</a> · <a href="/emplois">Offres d'emploi</a> · <a href="/contact">Nous joindre</a></nav></header>
<h1>Collecte de fournitures scolaires pour la rentrée</h1>
<dl>
<dt>Référence</dt><dd>CP-CCASCOE-2044-07</dd>
<dt>Intitulé</dt><dd>Sacs d'école pour les familles nouvellement arrivées</dd>
<dt>Lieu</dt><dd>Salle polyvalente, 3e étage</dd>
<dt>Horaire</dt><dd>du lundi 15 au vendredi 26 août 2044, de 9 h à 16 h</dd>
<dt>Date limite de dépôt</dt><dd>26 août 2044</dd>
</dl>
<p>Le Cercle remplit cette année encore des sacs d'école pour les enfants des familles accueillies par un
organisme communautaire du quartier. Tout le personnel du Centre peut participer, quel que soit son poste.</p>
<h2>Conditions de participation</h2>
<ol>
<li>Déposer uniquement des articles neufs (cahiers, crayons, règles, étuis, sacs à dos).</li>
<li>Indiquer sur le sac le niveau scolaire visé (primaire ou secondaire).</li>
<li>Les dons en argent sont reçus par virement au Cercle, 20 $ suggérés.</li>
</ol>
<p>Rien n'est prélevé sur le salaire. Des bénévoles sont recherchés pour trier les dons le 27 août : ce n'est
pas une offre d'emploi, il n'y a aucun poste à pourvoir et aucune rémunération.</p>
<footer>Cercle du personnel · Montréal</footer>
</body></html>
"""

NEG["bal-de-l-assomption-et-feu-d-artifice-reservation-des-tables-club-francophone-ecole-otan-oberammergau.fr.md"] = """# Bal de l'Assomption et feu d'artifice

*Club francophone de l'École de l'OTAN, Oberammergau, le 28 juillet 2044*

- **Référence :** CF-NSO-2044-04
- **Intitulé :** Soirée dansante du 15 août et feu d'artifice sur le Kofel
- **Lieu :** salle des fêtes du village, Dorfstraße
- **Horaire :** lundi 15 août 2044, de 19 h à minuit
- **Date limite de réservation des tables :** 9 août 2044

Le 15 août est férié en Bavière. Le Club réserve une partie de la salle pour le bal du village et vous propose
de réserver une table pour votre famille ou vos collègues, quels que soient votre grade et votre poste.

## Exigences

1. Une table de 6 ou 8 places par réservation, au nom d'un membre du Club.
2. Le dîner (menu bavarois) est commandé à l'avance ; aucun repas n'est vendu sur place.
3. Les enfants sont les bienvenus jusqu'à la fin du feu d'artifice.

Prix : 32 EUR par adulte, 12 EUR par enfant, à régler au trésorier. Rien n'est retenu sur le salaire.

> Nous recherchons des bénévoles pour tenir le vestiaire. Ce ne sont pas des postes : il ne s'agit pas d'une
> offre d'emploi, il n'y a ni contrat ni rémunération.
"""


def build():
    for name, text in NEG.items():
        write(name, text, "-")
