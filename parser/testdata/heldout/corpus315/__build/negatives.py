from common import *


def build():
    write("dry-january-step-challenge-team-entry-form-cmre-la-spezia.en.txt", """CMRE Staff Association – Wellbeing Corner
Dry January Step Challenge 2044: team entry form

Reference: SA-WB-2044-01
Title: Dry January Step Challenge
Location: CMRE, Viale San Bartolomeo, La Spezia – start and finish at the main gate
Schedule: 1 to 31 January 2044; steps are counted every day, results posted on Mondays
Deadline to enter a team: 29 December 2043
Organiser: Staff Association wellbeing volunteers (wellbeing@sa-cmre.example)

What it is
A friendly month without alcohol and with more walking. Teams of four log their daily steps with any phone or watch. The team with the highest average wins a dinner for four at a restaurant in Lerici; every team that finishes gets a mug.

Requirements for teams
1. Four members, at least one of whom is a Staff Association member.
2. Staff of every grade, scientists, ship's crew, contractors and family members over 16 are welcome.
3. One captain who sends the team's weekly total by Monday noon.
4. A team name (keep it polite, please).

Entry fee
EUR 5 per person, paid in cash at the Association desk or by bank transfer. The money goes to the La Spezia lifeboat station. Nothing is deducted from anyone's salary and no payroll form is needed.

Helpers
We need two step-count checkers and one person to post results on the notice board. These are volunteer roles for the month: not a post, not a vacancy, no CV needed, just reply to the e-mail above.

Prize giving: Friday 6 February 2044, 12:30, canteen terrace.

Team name: ______________________   Captain: ______________________
Members: 1. ____________ 2. ____________ 3. ____________ 4. ____________
""", "-")

    write("polar-plunge-new-year-charity-swim-sign-up-nfiu-lva-riga.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>New Year Polar Plunge – NFIU LVA welfare</title></head>
<body>
<nav><ul><li><a href="#">Home</a></li><li><a href="#">News</a></li><li><a href="#">Vacancies</a></li><li><a href="#">Welfare</a></li></ul></nav>
<h1>New Year Polar Plunge for charity – sign-up</h1>
<p>Posted by the NFIU LVA welfare committee, 10 December 2043</p>
<table>
<tr><th>Reference</th><td>WELF-LVA-2044-001</td></tr>
<tr><th>Title</th><td>New Year Polar Plunge</td></tr>
<tr><th>Location</th><td>Vecāķi beach, Riga (meeting point at the lifeguard tower)</td></tr>
<tr><th>Schedule</th><td>Saturday 3 January 2044, 11:00 warm-up, 11:30 plunge, 12:00 hot soup</td></tr>
<tr><th>Deadline to sign up</th><td>28 December 2043</td></tr>
<tr><th>Sponsorship</th><td>EUR 20 minimum per swimmer, for the children's hospital in Riga</td></tr>
</table>
<h2>Requirements for swimmers</h2>
<ol>
<li>Aged 18 or over and in good health; a short medical questionnaire must be signed.</li>
<li>Open to all unit members, whatever their grade or rank, Latvian and international staff, and their partners.</li>
<li>Bring a towel, a warm hat and shoes you can get wet.</li>
</ol>
<p>The sea is usually around 1&nbsp;°C. Nobody stays in longer than one minute; two certified lifeguards and a paramedic are on the beach.</p>
<h2>Not a job</h2>
<p>We need marshals and a soup team. These are volunteer roles for one morning: they are not posts, there is no vacancy, no salary and no contract, and nobody needs to send a CV. The sponsorship money is never deducted from salary; donations go straight to the hospital account.</p>
<p>Questions: welfare@nfiu-lva.example</p>
</body></html>
""", "-")

    write("malanca-old-new-year-supper-table-booking-nlo-moldova-chisinau.en.md", """---
title: "Old New Year supper (Malanca) – table booking"
author: NLO Moldova social committee
date: 2043-12-12
---

# Old New Year supper (Malanca) – table booking

Colleagues and friends of the NATO Liaison Office, on 13 January we celebrate the Old New Year the Moldovan way, with carol singers in masks, *plăcinte* and music.

| | |
|---|---|
| **Reference** | SOC-NLO-2044-01 |
| **Title** | Malanca supper |
| **Location** | Restaurant "La Fântână", Chișinău (ground floor room) |
| **Schedule** | Tuesday 13 January 2044, 19:00–23:00 |
| **Deadline to book** | 7 January 2044 |
| **Price** | MDL 650 per adult, MDL 300 per child |

## Requirements for bookings

1. Book per table of eight; single places are grouped by the committee.
2. Tell us about food allergies and vegetarian meals when you book.
3. Children are welcome until 21:00.

## Volunteers

We are looking for a master of ceremonies and two people to help with the mask parade. This is a volunteer call among friends: it is **not a job offer**, there is no post and no salary, and your grade or position makes no difference.

Payment is made in cash to the committee treasurer; nothing is taken from anyone's salary.

> Bookings: social.nlo@nlo-moldova.example — the committee
""", "-")

    write("tartiflette-geante-soiree-d-hiver-inscriptions-amicale-caspoa-lyon.fr.txt", """AMICALE DU PERSONNEL DU CASPOA
Base aérienne de Lyon – Mont-Verdun

Objet : soirée d'hiver « tartiflette géante » – inscriptions
Référence : AMIC-2044-003
Lieu : foyer de la base, bâtiment 12
Date et horaire : vendredi 23 janvier 2044, à partir de 19 h 00
Date limite d'inscription : 16 janvier 2044

Chères et chers collègues,

Pour bien commencer l'année, l'Amicale organise sa traditionnelle soirée d'hiver autour d'une tartiflette préparée sur place par les cuisiniers du mess, suivie d'un concours de desserts et d'une animation musicale.

Exigences
a) Être membre de l'Amicale ou invité(e) par un membre, quels que soient son grade, son poste ou sa nationalité ;
b) Réserver avant la date limite auprès du secrétariat de l'Amicale ;
c) Pour le concours de desserts : un dessert fait maison, présenté avec la liste des ingrédients.

Tarifs : 12 EUR pour les adultes, 6 EUR pour les enfants de moins de 12 ans. Le paiement se fait par chèque ou en espèces au secrétariat ; rien n'est retenu sur le salaire.

Nous cherchons des bénévoles pour le service et le rangement. Il ne s'agit ni d'un poste ni d'un emploi : inutile d'envoyer un CV, il suffit de se signaler au secrétariat. Aucune rémunération n'est prévue, seulement la reconnaissance éternelle du bureau de l'Amicale.

Le président de l'Amicale
""", "-")

    write("sortie-luge-et-raquettes-dans-les-vosges-inscriptions-cercle-nspa-versailles.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Sortie luge et raquettes – Cercle du personnel NSPA Versailles</title></head>
<body>
<nav><a href="#">Accueil</a> | <a href="#">Activités</a> | <a href="#">Offres d'emploi</a> | <a href="#">Contact</a></nav>
<h1>Sortie luge et raquettes dans les Vosges</h1>
<p>Cercle du personnel – Bureau de programme CEPS, Versailles – publié le 8 décembre 2043</p>
<dl>
<dt>Référence</dt><dd>CERCLE-2044-02</dd>
<dt>Intitulé</dt><dd>Week-end neige au col de la Schlucht</dd>
<dt>Lieu</dt><dd>Gîte « Les Hautes-Chaumes », Xonrupt-Longemer (Vosges)</dd>
<dt>Horaire</dt><dd>Départ en car le samedi 24 janvier 2044 à 6 h 30, retour le dimanche 25 janvier vers 21 h</dd>
<dt>Date limite d'inscription</dt><dd>9 janvier 2044</dd>
<dt>Participation</dt><dd>95 EUR par adulte, 60 EUR par enfant (car, gîte, repas, location des raquettes)</dd>
</dl>
<h2>Conditions de participation</h2>
<ol>
<li>Être membre du Cercle ou accompagner un membre, quels que soient son grade et son poste.</li>
<li>Prévoir des vêtements chauds et des chaussures montantes.</li>
<li>Les enfants de moins de 14 ans restent sous la responsabilité de leurs parents.</li>
</ol>
<p>Rien n'est prélevé sur le salaire : la participation se règle par virement au Cercle.</p>
<p>Nous recherchons deux accompagnateurs de randonnée bénévoles. Ce n'est pas une offre d'emploi : aucun poste, aucun contrat, aucune rémunération.</p>
</body></html>
""", "-")

    write("loto-de-l-epiphanie-reglement-et-reservation-des-cartons-association-francophone-jfc-brunssum.fr.md", """# Loto de l'Épiphanie – règlement et réservation des cartons

*Association des familles francophones de Brunssum – janvier 2044*

- **Référence :** AFFB-LOTO-2044
- **Intitulé :** Grand loto de l'Épiphanie et galette partagée
- **Lieu :** salle polyvalente de l'école internationale, Brunssum
- **Horaire :** dimanche 11 janvier 2044, ouverture des portes à 14 h 00, premier tirage à 14 h 30
- **Date limite de réservation des cartons :** 6 janvier 2044

## Règlement

1. Le loto est ouvert aux familles de tous les personnels du quartier général, quels que soient le grade, le poste ou la nationalité.
2. Les cartons sont vendus 3 EUR l'unité ou 10 EUR les quatre ; ils se réservent auprès du bureau de l'association et se retirent sur place.
3. Les mineurs jouent accompagnés d'un adulte.
4. Les lots non réclamés à 18 h 00 reviennent à l'association.

## Exigences pour les gagnants

Présenter le carton gagnant intact ; aucune réclamation n'est acceptée après l'annonce du numéro suivant.

## Bénévoles

Nous cherchons une personne pour annoncer les numéros et trois pour tenir la buvette. Ce ne sont pas des postes : il ne s'agit pas d'une offre d'emploi, il n'y a ni contrat ni rémunération, et rien n'est prélevé sur le salaire de qui que ce soit.

> Les bénéfices financeront la sortie de printemps des enfants. — Le bureau de l'AFFB
""", "-")
