from common import *

EN1 = "public-defibrillator-registration-and-inspection-program-2040-township-of-fernmoss.en.txt"
EN2 = "e-scooter-share-pilot-rules-and-comment-period-2040-city-of-wyncliffe.en.html"
EN3 = "community-hall-rental-rules-and-booking-calendar-2040-colder-bay-recreation-association.en.md"
FR1 = "mise-en-service-des-nouveaux-horodateurs-et-abonnements-residents-2040-ville-de-montbrizac.fr.txt"
FR2 = "reservation-des-courts-de-tennis-municipaux-reglement-2040-2041-commune-de-lavernoux.fr.html"
FR3 = "consultation-citoyenne-denomination-de-la-nouvelle-mediatheque-saint-ambrin-du-pre-vaillant.fr.md"


def build():
    w(EN1, """TOWNSHIP OF FERNMOSS
Fire and Emergency Services

PUBLIC ACCESS DEFIBRILLATOR (AED) REGISTRATION AND INSPECTION PROGRAM – 2040
Program reference: FES-AED-2040-03

PURPOSE
Automated external defibrillators save lives only when responders know where they are and when they work. This notice
explains how owners of AEDs in businesses, churches, arenas and clubs can list their unit on the Township's registry so
that 911 dispatchers can direct callers to the nearest one.

LOCATION
Registered units are mapped township-wide. Registration forms are accepted at the Fire Hall, 12 Station Road, or online.

SCHEDULE
Registration opens ........................ August 24, 2040
Free inspection days at the Fire Hall ..... Saturdays, 9 a.m. to noon
REGISTRATION DEADLINE ..................... September 18, 2040
Updated map published ..................... October 5, 2040

REQUIREMENTS
1. The unit must be accessible to the public at least during the hours you declare.
2. Pads and battery must be within their expiry dates.
3. A contact person must confirm the unit's status every six months.
4. Units in locked cabinets must display the cabinet code procedure.

COST
Registration is free. Replacement pads can be bought through the Township's group order at $62 a set.

FREQUENTLY ASKED QUESTIONS
Do I need a trained responder on staff? No. Training is encouraged but is not a condition of registration.
Is the Township hiring AED inspectors? No. Inspections are carried out by our existing Fire Prevention Officer during
regular duties; this notice does not offer any position, salary or contract.

Contact: Fire Prevention Officer, Fernmoss Fire and Emergency Services, 555-0147.
""")
    w(EN2, """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>E-scooter share pilot – City of Wyncliffe</title></head>
<body>
<nav><a href="#">Residents</a> | <a href="#">Transportation</a> | <a href="#">Have your say</a></nav>
<p><a href="#">Home</a> › <a href="#">Transportation</a> › E-scooter share pilot</p>
<h1>E-scooter share pilot 2040: rules and comment period</h1>
<p><em>Bulletin TR-2040-19 · Posted August 29, 2040</em></p>
<table>
<tr><th>Pilot reference</th><td>TR-2040-19</td></tr>
<tr><th>Location</th><td>Downtown, the Lakeshore trail and the university district</td></tr>
<tr><th>Schedule</th><td>7 a.m. to 10 p.m. daily, until November 15, 2040</td></tr>
<tr><th>Fare</th><td>$1.15 to unlock, then $0.35 per minute</td></tr>
<tr><th>Deadline for comments</th><td>September 24, 2040</td></tr>
</table>
<h2>Requirements for riders</h2>
<ul>
<li>Be 16 years of age or older;</li>
<li>Wear a helmet if under 18;</li>
<li>Ride on streets with a speed limit of 50 km/h or less, or in bike lanes, never on sidewalks;</li>
<li>Park only in the painted corrals shown in the app.</li>
</ul>
<h2>Operator obligations</h2>
<p>The operator selected under the City's licence must rebalance scooters overnight, remove any unit reported as blocking a
sidewalk within two hours, and share anonymous trip data with the Transportation Planning Office every week.</p>
<h2>Tell us what you think</h2>
<p>Complete the online survey or attend the open house at City Hall on September 16, 2040. Comments received by
September 24, 2040 will be included in the report to Council.</p>
<h2>Questions</h2>
<p><strong>Is the City hiring staff for the pilot?</strong> No. The pilot is run by a licensed private operator at no cost
to the City; the City posts no jobs and pays no salary for it. Enforcement is handled by existing by-law officers.</p>
<footer>City of Wyncliffe · Transportation Planning Office</footer>
</body></html>
""")
    w(EN3, """# Community hall rental rules and booking calendar – 2040–2041 season

**Colder Bay Recreation Association** · Document ref. CBRA-HALL-2040

The Association's hall is available to members and residents for parties, meetings and classes. Please read these
rules before requesting a date.

| Item | Detail |
|---|---|
| Booking reference | CBRA-HALL-2040 |
| Location | Colder Bay Community Hall, 4 Wharf Lane |
| Schedule | Friday to Sunday, 8 a.m. to midnight; weekday evenings on request |
| Rental fee | $180 per day, $95 per half-day |
| Damage deposit | $250, refunded within 14 days |
| Deadline for fall and winter requests | September 26, 2040 |

## Requirements for renters

1. Be 21 years of age or older and present photo ID when collecting the key.
2. Provide proof of event liability insurance of at least $2 million.
3. Obtain a special occasion permit for any event where alcohol is served.
4. Leave the hall clean and the chairs stacked by the time stated in your contract.

## Booking calendar

Requests received by the deadline are scheduled at the board meeting of October 1, 2040. Later requests are handled
first come, first served.

## Who looks after the hall?

The hall is kept up by volunteers of the Association's property committee. The Association has no employees and is not
recruiting: there is no caretaker position, no salary and no contract attached to this notice.

*Questions: hall@colderbay-rec.example*
""")
    w(FR1, """VILLE DE MONTBRIZAC
Direction de la voirie et du stationnement

AVIS À LA POPULATION
Réf. : VS-2040-041

OBJET : mise en service des nouveaux horodateurs et abonnements résidents

À compter du 14 septembre 2040, les 86 horodateurs du centre-ville seront remplacés par des appareils acceptant la
carte bancaire sans contact et le paiement par téléphone. Les anciens tickets resteront valables jusqu'au 30 septembre.

LIEU
Zone rouge (rues commerçantes) et zone verte (faubourgs), selon le plan joint.

CALENDRIER
- 7 au 11 septembre 2040 : dépose des anciens appareils, stationnement gratuit
- 14 septembre 2040 : mise en service
- Date limite de demande d'abonnement résident au tarif réduit : 22 septembre 2040

TARIFS
Zone rouge : 1,80 € de l'heure, durée maximale 2 heures.
Zone verte : 0,90 € de l'heure, durée maximale 5 heures.
Abonnement résident : 18 € par mois.

CONDITIONS REQUISES POUR L'ABONNEMENT RÉSIDENT
- résider dans le périmètre payant (justificatif de domicile de moins de trois mois) ;
- présenter le certificat d'immatriculation du véhicule à son nom ;
- un seul abonnement par foyer.

QUESTIONS FRÉQUENTES
La Ville recrute-t-elle des agents pour contrôler le stationnement ? Non. Le contrôle reste assuré par les agents de la
police municipale déjà en poste ; cet avis n'est pas une offre d'emploi et ne concerne aucun poste ni salaire.

Renseignements : accueil de la Direction de la voirie, du lundi au vendredi de 8 h 30 à 12 h.
""")
    w(FR2, """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Courts de tennis municipaux – Commune de Lavernoux</title></head>
<body>
<nav><a href="#">Mairie</a> · <a href="#">Sports et loisirs</a> · <a href="#">Associations</a></nav>
<p><a href="#">Accueil</a> › <a href="#">Sports et loisirs</a> › Tennis</p>
<h1>Réservation des courts de tennis municipaux – règlement 2040-2041</h1>
<p><em>Réf. SPL-2040-07 – délibération du conseil municipal du 3 juillet 2040</em></p>
<dl>
<dt>Lieu</dt><dd>Complexe sportif des Tilleuls (deux courts extérieurs, un court couvert)</dd>
<dt>Horaires d'ouverture</dt><dd>Tous les jours de 8 h à 22 h ; court couvert de 9 h à 21 h</dd>
<dt>Tarifs</dt><dd>6 € l'heure ; carte annuelle habitants 45 € ; extérieurs 70 €</dd>
<dt>Date limite de renouvellement des cartes annuelles</dt><dd>30 septembre 2040</dd>
</dl>
<h2>Conditions requises</h2>
<ul>
<li>être titulaire d'une carte annuelle ou réserver à l'unité en ligne ;</li>
<li>porter des chaussures adaptées aux surfaces ;</li>
<li>ne pas réserver plus de deux créneaux par semaine aux heures de pointe.</li>
</ul>
<h2>Créneaux réservés</h2>
<p>Le club local dispose des courts le mercredi après-midi et le samedi matin pour son école de tennis. Les établissements
scolaires y ont accès le mardi et le jeudi en journée.</p>
<h2>Questions</h2>
<p><strong>La commune cherche-t-elle un moniteur ou un gardien ?</strong> Non : l'enseignement relève du club, et l'entretien
est assuré par les agents techniques de la commune. Ce règlement n'ouvre aucun poste et ne prévoit aucun salaire.</p>
<footer>Mairie de Lavernoux · Service des sports</footer>
</body></html>
""")
    w(FR3, """# Consultation citoyenne : quel nom pour la nouvelle médiathèque ?

*Commune de Saint-Ambrin-du-Pré-Vaillant – Réf. CULT-2040-12 – publié le 1er septembre 2040*

La nouvelle médiathèque ouvrira ses portes au printemps 2041 place de la Halle. Le conseil municipal invite les
habitants à choisir son nom parmi trois propositions retenues par un jury.

| Rubrique | Détail |
|---|---|
| Référence | CULT-2040-12 |
| Lieu de vote | Mairie, bibliothèque provisoire et en ligne |
| Calendrier | du 7 au 27 septembre 2040 |
| Date limite de vote | 27 septembre 2040 |
| Proclamation | conseil municipal du 8 octobre 2040 |

## Les propositions

1. Médiathèque Louise-Michel
2. Médiathèque du Pré
3. La Halle aux livres

## Conditions de participation

- résider ou être scolarisé dans la commune ;
- un seul vote par personne ;
- les mineurs de moins de 11 ans votent avec un adulte.

## Le jury

Composé de deux élus, de la responsable de la médiathèque, de deux lecteurs tirés au sort et d'un représentant des
écoles, il a examiné 143 suggestions.

## Questions fréquentes

**La médiathèque recrute-t-elle ?** Non. L'équipe a été constituée en 2039 par redéploiement des agents de l'ancienne
bibliothèque ; cette consultation ne concerne aucun poste, aucun recrutement et aucun salaire.
""")
