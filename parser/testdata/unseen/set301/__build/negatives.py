from common import *

NEG = {}

NEG["thanksgiving-potluck-dish-sign-up-sheet-cjos-coe-norfolk.en.md"] = """---
title: "Thanksgiving potluck – dish sign-up sheet"
author: CJOS COE Social Committee
date: 2042-11-03
---

# Thanksgiving Potluck 2042 – Dish Sign-up Sheet

| | |
|---|---|
| **Reference** | SOC-2042-11 |
| **Title** | Staff and Families Thanksgiving Potluck |
| **Location** | Centre conference room and patio, Norfolk, Virginia, USA |
| **Schedule** | Wednesday 26 November 2042, 12:00–15:00 (half-day leave approved by the Director) |
| **Deadline to sign up a dish** | 19 November 2042 |

The Centre will close at noon before Thanksgiving so that everyone — staff of all sponsoring nations, civilians and contractors, whatever their grade or rank — can share a meal. The committee provides two turkeys; everything else comes from you.

## Requirements for dishes

1. Label every dish with its name and its main allergens (nuts, gluten, dairy, shellfish).
2. Bring hot dishes in a slow cooker or an insulated carrier; the kitchen has only two outlets.
3. Dishes from home countries are especially welcome: last year's Norwegian lefse and Portuguese pastéis de nata disappeared first.

## Sign-up

| Category | Needed | Taken by |
|---|---|---|
| Sides (stuffing, mashed potatoes, green beans) | 6 | CDR K., Ms R., LtCol B. |
| Salads | 4 | Mrs J. |
| Desserts (pies welcome) | 6 | CAPT D., Mr S. |
| Drinks (non-alcoholic only on base) | 3 | |

A voluntary USD 10 contribution per family covers the turkeys, plates and cutlery. It is collected in cash by the committee treasurer and has nothing to do with anyone's salary or allowances.

*This is a social event. It is not a vacancy, there is no post to fill, and nobody should send a CV — just a casserole.*
"""

NEG["movember-moustache-challenge-team-registration-nfiu-hun-szekesfehervar.en.html"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Movember 2042 – team registration | NFIU HUN Sports and Welfare</title></head>
<body>
<header><b>NFIU HUN Sports and Welfare</b>
<nav><a href="#">Home</a> · <a href="#">Events</a> · <a href="#">Vacancies</a> · <a href="#">Contact</a></nav></header>
<main>
<h1>Movember 2042: moustache challenge – team registration</h1>
<table>
<tr><th>Reference</th><td>WEL-2042-MOV</td></tr>
<tr><th>Title</th><td>Movember Moustache and Step Challenge</td></tr>
<tr><th>Location</th><td>Zágoni Zoltán Barracks, Székesfehérvár, Hungary, and wherever you walk</td></tr>
<tr><th>Schedule</th><td>1–30 November 2042; clean-shave check-in on 3 November, final photo on 28 November</td></tr>
<tr><th>Deadline to register a team</th><td>5 November 2042</td></tr>
</table>
<h2>How it works</h2>
<p>Teams of four to six – officers, NCOs and local civilian staff together, of any grade – grow a moustache (or walk 60 km in the month, for those who cannot or will not grow one) and raise money for men's health charities in Hungary.</p>
<h2>Requirements for teams</h2>
<ol>
<li>At least one member of the team must be a local civilian employee.</li>
<li>Each team chooses a captain, who is the only point of contact for the committee.</li>
<li>Steps are logged in the shared sheet every Sunday evening.</li>
</ol>
<p>Entry is HUF 2,000 per person, paid to the welfare fund. Donations are voluntary and are never deducted from salary. The captain's role is honorary: it is not a position, there is no vacancy and nothing to apply for.</p>
<p>Prizes: best moustache, most kilometres, most money raised – announced at the unit Christmas party on 12 December 2042.</p>
</main>
<footer>NFIU HUN Sports and Welfare Committee · welfare@nfiu-hun.example</footer>
</body></html>
"""

NEG["poppy-appeal-volunteer-rota-and-wreath-order-caoc-uedem.en.txt"] = """CAOC UEDEM – BRITISH AND COMMONWEALTH STAFF ASSOCIATION

Reference: BCSA/POPPY/2042
Title: Poppy Appeal 2042 – volunteer rota and wreath order
Location: Main entrance and dining facility, Paulsberg Barracks, Uedem, Germany
Schedule: 27 October to 11 November 2042, 07:30–08:30 and 11:45–13:15 each working day
Deadline to volunteer: 24 October 2042
Deadline to order a wreath: 31 October 2042

Volunteers are needed to staff the poppy tray at the main entrance and in the dining facility. Anyone serving at the CAOC may take a slot, whatever their nation, rank or grade; you do not need to be British.

Requirements for rota volunteers
a) Attend the 15-minute briefing on 24 October 2042 at 12:00 in room 1.14.
b) Never leave the collection tin unattended; hand it to the next volunteer or lock it in the J1 safe.
c) Wear a poppy – they are in the box next to the tin.

Wreaths for the Remembrance service at the Reichswald Forest War Cemetery on Sunday 9 November 2042 can be ordered through the association: small wreath EUR 25, large wreath EUR 40. Payment by bank transfer; nothing is taken from anybody's salary.

Please note: the rota is voluntary. These are not posts or jobs, there is no vacancy and no pay. Put your name on the sheet outside J1 or reply to bcsa@caoc-uedem.example.
"""

NEG["degustation-beaujolais-nouveau-inscriptions-amicale-personnel-nahema-aix.fr.txt"] = """AMICALE DU PERSONNEL DE LA NAHEMA

Référence : AMI-2042-17
Objet : Soirée beaujolais nouveau – inscriptions
Lieu : Salle polyvalente, bâtiment B, Aix-en-Provence
Date : jeudi 20 novembre 2042, à partir de 18 h 00
Date limite d'inscription : 14 novembre 2042

Comme chaque année, l'Amicale fête l'arrivée du beaujolais nouveau le troisième jeudi de novembre. Tout le personnel est invité, quels que soient son grade, son poste ou sa nationalité, ainsi que les conjoints.

Exigences
a) S'inscrire auprès du secrétariat de l'Amicale avant la date limite (nombre de places : 80).
b) Apporter une spécialité salée ou sucrée de son pays ; les boissons sont fournies.
c) Prévoir un retour en toute sécurité : covoiturage et taxis sont organisés à partir de 21 h 30.

Participation : 12 EUR par personne, réglée en espèces à l'entrée. Aucune somme n'est retenue sur le salaire.

Nous recherchons aussi deux bénévoles pour le service du fromage : il s'agit d'un coup de main amical et non d'un poste. Cette note n'est pas un avis de vacance, il n'y a aucun emploi à pourvoir et aucune candidature à envoyer.

Le bureau de l'Amicale
"""

NEG["visite-de-saint-nicolas-inscription-des-enfants-cercle-familles-otan-evere.fr.html"] = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Visite de saint Nicolas – inscription des enfants</title></head>
<body>
<header><b>Cercle des familles du personnel de l'OTAN</b>
<nav><a href="#">Accueil</a> · <a href="#">Activités</a> · <a href="#">Offres d'emploi</a> · <a href="#">Contact</a></nav></header>
<main>
<h1>Visite de saint Nicolas au Cercle : inscription des enfants</h1>
<dl>
<dt>Référence</dt><dd>CF-2042-NIC</dd>
<dt>Intitulé</dt><dd>Goûter de saint Nicolas pour les enfants du personnel</dd>
<dt>Lieu</dt><dd>Salle des fêtes du Cercle, Evere (Bruxelles), Belgique</dd>
<dt>Horaire</dt><dd>samedi 6 décembre 2042, de 14 h 00 à 17 h 00</dd>
<dt>Date limite d'inscription</dt><dd>21 novembre 2042</dd>
</dl>
<h2>Conditions d'inscription</h2>
<ol>
<li>Enfants de 2 à 10 ans du personnel civil et militaire, quels que soient le grade ou le poste des parents.</li>
<li>Un formulaire par enfant, avec le prénom et une idée de cadeau d'une valeur maximale de 15 EUR, fournie par les parents.</li>
<li>Un adulte accompagnateur par famille reste présent pendant tout le goûter.</li>
</ol>
<p>La participation aux frais (chocolat chaud, spéculoos, animation) est de 8 EUR par enfant, payée par virement au Cercle ; rien n'est prélevé sur le salaire des parents.</p>
<p>Le rôle de saint Nicolas et celui du Père Fouettard sont tenus par des bénévoles déjà désignés : il ne s'agit ni d'un poste ni d'un emploi, et cette page n'est pas une offre d'emploi.</p>
</main>
<footer>Cercle des familles du personnel de l'OTAN · Evere</footer>
</body></html>
"""

NEG["ceremonie-du-11-novembre-appel-aux-porte-drapeaux-amicale-anciens-otan-bruxelles.fr.md"] = """# Cérémonie du 11 novembre : appel aux porte-drapeaux

*Amicale des anciens du personnel de l'OTAN – section de Bruxelles*

- **Référence :** AA-2042-11
- **Intitulé :** Cérémonie commémorative de l'Armistice
- **Lieu :** Monument aux morts, place communale d'Evere, Bruxelles
- **Horaire :** mardi 11 novembre 2042, rassemblement à 10 h 15, cérémonie à 10 h 45
- **Date limite pour se porter volontaire :** 4 novembre 2042

L'Amicale cherche quatre porte-drapeaux pour accompagner les drapeaux des nations alliées lors de la cérémonie organisée avec la commune. Tous les membres peuvent se proposer, quel que soit le grade ou le poste qu'ils occupaient avant leur retraite.

## Exigences

1. Pouvoir rester debout environ quarante-cinq minutes.
2. Participer à la répétition du samedi 8 novembre 2042 à 10 h 00 sur place.
3. Porter une tenue sombre ; les gants blancs et les baudriers sont fournis par l'Amicale.

Un verre de l'amitié est offert après la cérémonie. La cotisation annuelle de l'Amicale (20 EUR) reste inchangée ; aucune indemnité n'est versée et rien n'a de lien avec une pension ou un salaire.

> Il s'agit d'un engagement bénévole et honorifique : ce n'est pas un avis de vacance, aucun poste n'est à pourvoir et il n'y a pas de candidature à déposer. Répondez simplement à secretariat@amicale-anciens-otan.example.
"""


def build():
    for name, text in NEG.items():
        write(name, text, "-")
