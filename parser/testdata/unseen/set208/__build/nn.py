"""The six documents of corpus208 that are not vacancy notices (3 EN, 3 FR)."""
from common import *

out("wildlife-hazard-summary-yow.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Wildlife Hazard Management Program – 2034 Summary | YOW</title></head><body>
<a href="#main">Skip to Main Content</a>
<header><b>YOW</b> Ottawa International Airport · <a href="#">Flights</a> · <a href="#">Business</a> · <a href="#">About</a> · <a href="#">Careers</a> · <a href="#">Français</a></header>
<main id="main">
<p>About › Safety › Wildlife</p>
<h1>Wildlife Hazard Management Program – 2034 Summary</h1>
<table>
<tr><th>Reference</th><td>WHMP-2034-AR</td></tr>
<tr><th>Prepared by</th><td>Airside Operations – Wildlife Control Section</td></tr>
<tr><th>Location</th><td>Airfield and 15 km bird hazard zone, Ottawa, ON</td></tr>
<tr><th>Patrol schedule</th><td>Full-time coverage, 24 hours a day, 365 days a year, by four wildlife control officers per shift</td></tr>
<tr><th>Deadline for tenant observation reports</th><td>February 15, 2035</td></tr>
</table>
<h2>The year in numbers</h2>
<p>Our wildlife control officers carried out 9,412 dispersal actions in 2034, most of them involving Canada geese,
gulls and European starlings. Twenty-three bird strikes were reported by airlines, none of which caused damage
requiring an aircraft to be taken out of service. Falconry and a trained border collie were again used during the
spring migration, and two new acoustic deterrent units were installed near the east-west runway.</p>
<h2>Requirements for airside tenants</h2>
<ul>
<li>Keep waste containers closed and report overflowing bins to the Airport Operations Centre.</li>
<li>Do not feed wildlife anywhere on airport property.</li>
<li>Report every wildlife sighting near active surfaces immediately on the operations frequency.</li>
<li>Submit your 2034 observation log to the Wildlife Control Section by the deadline above.</li>
</ul>
<h2>Training</h2>
<p>Wildlife awareness training is part of the Airside Vehicle Operator's Permit course. A refresher session for
tenant staff will be offered on March 4, 2035; registration is free.</p>
<p>This page reports on a safety program. It does not advertise a position: job opportunities with the Authority
are listed on the Careers page.</p>
</main>
<footer>© 2035 Ottawa International Airport Authority · Accessibility · Privacy</footer>
</body></html>
""", "-")

out("expert-travel-expense-rules-isc.en.txt", """INTERNATIONAL SCIENCE COUNCIL
Secretariat – Finance and Administration

TRAVEL AND EXPENSE RULES FOR INVITED EXPERTS
Reference: FIN/TR/2035-01
Applies to: members of expert groups, scoping panels and review committees
Effective date: 1 January 2035

1. Purpose
These rules explain how the Council covers the travel of experts invited to its meetings. Experts serve in a
personal capacity and are not staff of the Council: no fee, salary or honorarium is paid for participation.

2. Requirements for reimbursement
  - Travel must be booked through the Council's travel agency at least 21 days before the meeting.
  - Economy class is the rule for flights under nine hours; premium economy may be approved above nine hours.
  - Rail is required for journeys of less than four hours.
  - Original receipts must accompany every claim for local transport and visas.

3. Daily subsistence allowance
The Council pays a flat daily allowance of EUR 95 for meetings held in Paris (meals and incidentals; hotel
booked and paid directly by the Council). For meetings held elsewhere, the allowance follows the host city's
UN rate, minus any meals provided.

4. Deadline for claims
Claims must reach finance@council.example within 30 days of the end of the meeting. For the scoping panel
on the Global Commons (Location: Paris, France, 12–14 February 2035), the deadline for claims is 16 March 2035.

5. Questions
Contact the Finance Officer. Please note that this document concerns expenses only; vacancies at the
Secretariat are published on the Careers page.
""", "-")

out("speaker-tour-listing-inter-pares.en.md", """**Inter Pares** · [Our work](#) · [Events](#) · [Donate](#) · [Français](#)

# Events › Voices from Mesoamerica: Spring 2035 Speaker Tour

> Free public events · Reference: TOUR-2035-MA · Registration required

Two women human rights defenders, a Honduran community radio journalist and a Guatemalan midwife and
land-rights organizer, will travel across Canada to speak about defending territory, health and the right to
stay. Interpretation from Spanish to English and French will be provided at every stop.

| City | Location | Date | Schedule |
|---|---|---|---|
| Ottawa | Saint Paul University, Amphitheatre | February 20, 2035 | 7:00 p.m. – 8:30 p.m. |
| Montréal | Centre communautaire, salle 2 | February 22, 2035 | 6:30 p.m. – 8:00 p.m. |
| Toronto | Public library, auditorium | February 25, 2035 | 7:00 p.m. – 8:30 p.m. |

**Registration deadline:** February 16, 2035 for all cities (seating is limited).

## Requirements for attendees

- Register online; one registration per person.
- Photographs of the speakers are not permitted, for their safety.
- Please arrive 15 minutes early for a short security briefing.

## Volunteers

We are looking for three volunteers per city to greet participants and handle the book table. Volunteer shifts
are unpaid and last about three hours; no experience is needed.

*This page lists public events. It is not a job posting: Inter Pares staff openings are published on our
Careers page.*
""", "-")

out("avis-suspension-cotation-brvm.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avis – Suspension de cotation</title></head><body>
<header><b>BRVM</b> – Bourse Régionale des Valeurs Mobilières · <a href="#">Marchés</a> · <a href="#">Émetteurs</a> · <a href="#">Publications</a> · <a href="#">Carrières</a></header>
<main>
<p>Accueil / Publications / Avis et communiqués</p>
<h1>AVIS N° 007-2035/BRVM/DG</h1>
<h2>Suspension de la cotation des actions d'une société cotée</h2>
<table>
<tr><th>Référence</th><td>007-2035/BRVM/DG</td></tr>
<tr><th>Lieu</th><td>Abidjan, Côte d'Ivoire</td></tr>
<tr><th>Date de l'avis</th><td>24 janvier 2035</td></tr>
<tr><th>Compartiment</th><td>Compartiment principal – Secteur Industrie</td></tr>
<tr><th>Date limite de publication des informations attendues</th><td>14 février 2035</td></tr>
</table>
<p>La Bourse Régionale des Valeurs Mobilières informe le public et les sociétés de gestion et d'intermédiation
que la cotation des actions de la société concernée est suspendue à compter de la séance du 25 janvier 2035, à
la demande de l'émetteur, dans l'attente de la publication d'un communiqué relatif à un projet d'acquisition.</p>
<h3>Exigences rappelées à l'émetteur</h3>
<ul>
<li>publier un communiqué précisant les termes de l'opération et son incidence sur les comptes ;</li>
<li>transmettre à la BRVM le procès-verbal du conseil d'administration ;</li>
<li>informer le marché de toute évolution significative dans les meilleurs délais.</li>
</ul>
<p>La reprise de la cotation interviendra au plus tard à la séance suivant la publication du communiqué. Les
ordres en carnet sont maintenus ; leur montant total s'élevait à 1 240 millions FCFA à la clôture du 24 janvier.</p>
<p>Le présent avis ne constitue ni une offre d'emploi, ni une recommandation d'investissement.</p>
<p><i>Le Directeur Général</i></p>
</main></body></html>
""", "-")

out("avis-traversees-hivernales-miquelon.fr.txt", """COLLECTIVITÉ TERRITORIALE DE SAINT-PIERRE-ET-MIQUELON
Service des transports maritimes

AVIS AUX USAGERS N° TM-2035-03
Traversées Saint-Pierre – Miquelon-Langlade : programme hivernal

Référence : TM-2035-03
Lieu d'embarquement : gare maritime de Saint-Pierre, quai de la Roncière
Période : du 1er février au 31 mars 2035

HORAIRES
  Lundi, mercredi, vendredi   départ Saint-Pierre 8 h 00   départ Miquelon 15 h 30
  Samedi                      départ Saint-Pierre 9 h 30   départ Miquelon 16 h 00
  Mardi, jeudi, dimanche      pas de traversée (maintenance et repos de l'équipage)

TARIFS
  Résident adulte : 12 € l'aller · Non-résident : 25 € l'aller · Véhicule léger : 40 €

Date limite de réservation pour les traversées avec véhicule : la veille à 12 h.
Date limite d'inscription sur la liste des passagers prioritaires (raisons médicales) : 10 février 2035.

EXIGENCES POUR L'EMBARQUEMENT
  - présenter une pièce d'identité et le billet nominatif ;
  - se présenter à l'embarquement 30 minutes avant le départ ;
  - arrimer les chargements selon les consignes de l'équipage.

En cas de vent supérieur à 35 nœuds ou de glace dans le port de Miquelon, les traversées peuvent être annulées
la veille à 17 h ; l'information est diffusée à la radio et sur la page de la Collectivité.

Le chef du service des transports maritimes

Cet avis concerne le service aux usagers. Les offres d'emploi de la Collectivité (dont les postes d'équipage)
sont publiées dans la rubrique « Offres d'emploi ».
""", "-")

out("reglement-bibliotheque-universitaire-uob.fr.md", """# UNIVERSITÉ OMAR BONGO — Bibliothèque universitaire centrale

## Règlement intérieur des salles de lecture (extrait)

**Référence :** BUC/REG/2035-01 · **Lieu :** campus de Libreville, bâtiment de la Bibliothèque ·
**Entrée en vigueur :** 1er février 2035

### Article 1 — Accès

L'accès aux salles de lecture est réservé aux étudiants inscrits, aux enseignants-chercheurs et au personnel
de l'Université, sur présentation de la carte en cours de validité. Les chercheurs extérieurs sont admis sur
autorisation du Directeur de la Bibliothèque.

### Article 2 — Horaires

| Période | Horaire |
|---|---|
| Semestre (lundi–vendredi) | 7 h 30 – 19 h 00 |
| Samedi | 8 h 00 – 13 h 00 |
| Vacances universitaires | 8 h 00 – 15 h 00 |

### Article 3 — Exigences

- respecter le silence dans les salles de lecture ;
- ne pas introduire de nourriture ;
- restituer les ouvrages empruntés dans un délai de quatorze jours ;
- déposer les thèses et mémoires soutenus en version papier et numérique.

### Article 4 — Dépôt des thèses et mémoires

La date limite de dépôt des mémoires de master soutenus au premier semestre est fixée au 28 février 2035.
Le dépôt est enregistré par le service des thèses et de la documentation numérique.

### Article 5 — Sanctions

Tout retard de restitution entraîne une suspension du droit de prêt d'une durée égale au retard ; la perte d'un
ouvrage est facturée 15 000 FCFA au minimum.

*Le présent règlement ne vaut ni avis de recrutement ni appel à candidatures.*

Fait à Libreville, le 15 janvier 2035 — Le Directeur de la Bibliothèque universitaire centrale
""", "-")
