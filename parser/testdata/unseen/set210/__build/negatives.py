"""The six documents of NATO life that are not vacancy notices (3 EN, 3 FR)."""
from common import write

OUTAGE = """NCI AGENCY – SERVICE NOTICE
NATO UNCLASSIFIED

Reference: NCIA/SVC/2035/0412
Title: Planned outage – migration of unclassified mailboxes to the new messaging platform
Location: SHAPE (Mons), NATO HQ (Brussels), JFC Brunssum, JFC Naples and all sites served by the Mons IT Service Centre
Service affected: e-mail, calendars and shared mailboxes on the NATO Unclassified network
Outage window: Saturday 7 April 2035, 06:00 – Sunday 8 April 2035, 22:00 (CEST)
Deadline for user actions: Wednesday 4 April 2035, 17:00

Dear colleagues,

Over the weekend of 7–8 April 2035 the Agency will move every unclassified mailbox to the new messaging platform. During the outage window you will not be able to send or receive e-mail on the unclassified network. Classified networks are not affected.

Requirements for users (all staff, every grade, military and civilian)
1. Reduce your mailbox below 10 GB and delete items you no longer need.
2. Export any local archive files (PST) to your personal network drive.
3. Make a note of the shared mailboxes you use; they will be reconnected automatically, but not their local rules.
4. Register your mobile phone for multi-factor authentication on the self-service page.

Users who have not completed steps 1 to 4 by the deadline above may find part of their mail unavailable on Monday 9 April.

What will not change
Your e-mail address, your display name, your post title and your grade as shown in the global address list stay the same. Payroll messages, including salary statements sent by the Human Resources system, will be delivered once the service is restored.

Support
Service Desk: extension 5500 (24/7) – servicedesk@ncia.example
Floor walkers will be present on every site on Monday 9 April from 07:30.

This notice is distributed to all users. It is not a vacancy notice: positions with the Agency are advertised on the NATO Talent Acquisition Platform only.

NATO UNCLASSIFIED
"""

NEWCOMERS = """---
title: "Newcomers' arrival guide – NFIU Poland"
updated: 2035-03-01
---

# Newcomers' arrival guide

**NATO Force Integration Unit Poland – Bydgoszcz**

| | |
|---|---|
| **Reference** | NFIU POL/S1/GUIDE/2035-02 |
| **Location** | Bydgoszcz, Poland (unit building, Szubińska street garrison) |
| **Applies to** | incoming military staff officers, NCOs and local civilian staff, all grades and ranks |
| **Issued by** | S1 Personnel Section |

Welcome to the unit. This guide lists what you have to do in your first weeks. It does not describe any vacant post; vacancies for local civilian staff are announced separately by the S1 Section.

## Before arrival

1. Send your arrival date and your post number to the S1 Section at least **30 days** before you arrive.
2. Bring your national security clearance certificate; without a valid NATO SECRET certificate you cannot be issued a building pass.
3. Book temporary accommodation (the garrison hotel can be booked up to 60 days ahead).

## Requirements in the first ten days

- Report to S1 on your first working day at 08:00 with your orders or your contract.
- Register your address with the city office (*meldunek*) within **30 days**.
- Complete the mandatory security briefing, fire safety briefing and IT user agreement.
- Open a Polish bank account if you are local civilian staff: salary is paid in PLN on the 10th of each month; military staff keep their national pay.

## Deadlines at a glance

| What | Deadline |
|---|---|
| Building pass application | 5 working days after arrival |
| Address registration | 30 days after arrival |
| Claim for travel costs of the move | 90 days after arrival |

## Useful contacts

- S1 Personnel Section – Chief S1 and two personnel assistants – ext. 201/202
- Security Office – ext. 230
- Duty NCO – ext. 100 (24/7)

*Last reviewed by the Chief of Staff, 1 March 2035.*
"""

FAREWELL = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Hail and Farewell – Deputy Chief of Staff Resources | JFCNF Community</title></head>
<body>
<nav><ul><li>Community home</li><li>Events</li><li>Clubs</li><li>Family support</li><li>Classifieds</li></ul></nav>
<h1>Hail and Farewell Reception</h1>
<p><em>Joint Force Command Norfolk – Command Group Office</em></p>
<table>
<tr><th>Reference</th><td>JFCNF/CG/EVT/2035-09</td></tr>
<tr><th>Title</th><td>Hail and Farewell – Deputy Chief of Staff Resources</td></tr>
<tr><th>Date</th><td>Friday 20 April 2035, 17:30 – 20:00</td></tr>
<tr><th>Location</th><td>Atlantic Room, Building 2, Naval Support Activity Hampton Roads, Norfolk</td></tr>
<tr><th>Dress</th><td>Military: service dress; civilians: business attire</td></tr>
<tr><th>RSVP deadline</th><td>10 April 2035</td></tr>
<tr><th>Contribution</th><td>USD 25 per person (USD 10 for junior ranks and G1–G6 staff)</td></tr>
</table>
<h2>Programme</h2>
<ul>
<li>17:30 Arrival and welcome drinks</li>
<li>18:00 Farewell address to Brigadier General A. Sørensen, Deputy Chief of Staff Resources, who leaves the Headquarters after three years</li>
<li>18:20 Welcome to the incoming Deputy Chief of Staff Resources, already appointed by his nation</li>
<li>18:40 Buffet and music by the Command band</li>
</ul>
<h2>Requirements for guests</h2>
<ol>
<li>Guests without a base access card must be registered by their sponsor before the RSVP deadline.</li>
<li>Bring a photo ID to the gate.</li>
<li>Children are welcome; please indicate their number when you reply.</li>
</ol>
<p>Volunteers who help with set-up receive no salary or compensation; thank you for your support. This is a social event: no post is advertised here.</p>
<footer><p>JFCNF Community Portal · Events · Contact the Command Group Office</p></footer>
</body></html>
"""

SALLE = """# Règlement d'utilisation de la salle de musculation

**SHAPE – Centre sportif, bâtiment 318**

| Rubrique | Détail |
|---|---|
| **Référence** | SHAPE/MWR/SPORT/REG/2035-01 |
| **Lieu** | Centre sportif du SHAPE, Casteau (Mons) |
| **Horaires** | du lundi au vendredi de 06 h 00 à 21 h 00 ; samedi de 08 h 00 à 18 h 00 |
| **Abonnement** | 18 € par mois ou 180 € par an |
| **Date limite de renouvellement des badges** | 30 avril 2035 |

La salle est ouverte au personnel militaire et civil de tous grades, à leurs conjoint(e)s et à leurs enfants de plus de 16 ans.

## Conditions d'accès (exigences)

1. Être titulaire d'un badge sportif valide, délivré à l'accueil du centre sportif.
2. Présenter un certificat médical d'aptitude de moins d'un an lors de la première inscription.
3. Avoir suivi la séance d'initiation de 30 minutes avec un moniteur.
4. Porter une tenue de sport propre et des chaussures d'intérieur ; utiliser une serviette sur les bancs.

## Règles de sécurité

- Ne jamais s'entraîner seul(e) aux barres libres au-delà de 80 kg.
- Ranger les haltères et les disques après usage.
- Signaler tout appareil défectueux au moniteur de service.

## Sanctions

Le non-respect du règlement peut entraîner le retrait du badge pour une durée d'un mois. Les moniteurs sont des agents du service Sports et Loisirs ; leur fonction, leur grade et leur salaire ne sont pas concernés par le présent règlement.

*Approuvé par le chef du service Sports et Loisirs, Casteau, le 1er mars 2035.*
"""

EVAC = """NSPA – SECTION SANTÉ, SÉCURITÉ ET ENVIRONNEMENT
NATO SANS CLASSIFICATION

Référence : NSPA/HSE/2035/031
Objet : Bilan de l'exercice d'évacuation incendie du bâtiment B
Lieu : Capellen (Luxembourg), bâtiment B (quatre niveaux)
Date de l'exercice : mardi 13 mars 2035, 10 h 14
Rédacteur : officier de sécurité incendie de l'Agence

1. DÉROULEMENT
L'alarme a été déclenchée sans préavis à 10 h 14. Le bâtiment était occupé par 312 personnes (personnel de tous grades, consultants et visiteurs). Le dernier occupant a rejoint le point de rassemblement n° 3 à 10 h 21, soit un temps d'évacuation de 7 minutes, pour un objectif de 6 minutes.

2. CONSTATS
a. Deux portes coupe-feu du niveau 2 étaient bloquées par des cales.
b. Six serre-files sur vingt étaient absents ou non remplacés.
c. Les visiteurs de la salle de conférence B-105 n'ont pas été pris en charge.
d. L'appel au point de rassemblement a duré 11 minutes faute de listes à jour.

3. EXIGENCES POUR LE PROCHAIN EXERCICE
a. Chaque chef de section désigne un serre-file et un suppléant par plateau avant le 20 avril 2035 ; il ne s'agit ni d'un poste ni d'une fonction rémunérée, aucune incidence sur le salaire.
b. Les listes de présence des visiteurs sont remises à l'accueil chaque matin.
c. Les cales de portes coupe-feu sont retirées de tous les étages.
d. Les nouveaux arrivants suivent la formation incendie dans leur premier mois.

4. PROCHAIN EXERCICE
Un nouvel exercice, sans préavis, aura lieu au cours du deuxième trimestre 2035.

Diffusion : directeurs, chefs de section, serre-files.
NATO SANS CLASSIFICATION
"""

MEDIATEUR = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Rapport annuel 2034 du médiateur – Intranet du personnel</title></head>
<body>
<p>Intranet du personnel › Ressources humaines › Médiation</p>
<h1>Rapport annuel 2034 du médiateur du personnel civil</h1>
<table>
<tr><th>Référence</th><td>MED/RA/2034</td></tr>
<tr><th>Lieu</th><td>Siège de l'OTAN, Bruxelles</td></tr>
<tr><th>Période couverte</th><td>1er janvier – 31 décembre 2034</td></tr>
<tr><th>Date de publication</th><td>15 mars 2035</td></tr>
<tr><th>Date limite pour les observations du Comité du personnel</th><td>27 avril 2035</td></tr>
</table>
<h2>1. Activité de l'année</h2>
<p>Le médiateur a été saisi de 146 demandes, contre 131 en 2033. Un tiers des personnes venaient des grades G5 à G10, un tiers des grades G11 à G15 et un tiers des grades supérieurs ou du personnel temporaire.</p>
<table>
<tr><th>Objet de la demande</th><th>Nombre</th></tr>
<tr><td>Relations de travail et conflits au sein d'une équipe</td><td>52</td></tr>
<tr><td>Évaluation des performances et renouvellement de contrat</td><td>34</td></tr>
<tr><td>Salaire, indemnités et reclassement</td><td>23</td></tr>
<tr><td>Procédures de recrutement et de sélection</td><td>19</td></tr>
<tr><td>Autres</td><td>18</td></tr>
</table>
<h2>2. Recommandations</h2>
<ol>
<li>Informer par écrit les candidats internes non retenus des motifs de la décision.</li>
<li>Fixer un délai de réponse de 30 jours aux demandes relatives au salaire.</li>
<li>Former les chefs de section à la conduite des entretiens d'évaluation.</li>
</ol>
<h2>3. Exigences de confidentialité</h2>
<p>Aucune donnée nominative ne figure dans ce rapport. Le médiateur est indépendant de la hiérarchie et ne dispose d'aucun pouvoir de décision sur les emplois, les grades ou les contrats.</p>
<p>Ce rapport ne constitue pas un avis de vacance.</p>
</body></html>
"""


def build():
    write("mailbox-migration-outage-notice-ncia.en.txt", OUTAGE, "-")
    write("newcomers-arrival-guide-nfiu-poland.en.md", NEWCOMERS, "-")
    write("hail-and-farewell-reception-invitation-jfcnf.en.html", FAREWELL, "-")
    write("reglement-salle-de-musculation-shape.fr.md", SALLE, "-")
    write("bilan-exercice-evacuation-batiment-nspa-capellen.fr.txt", EVAC, "-")
    write("rapport-annuel-mediateur-personnel-siege-otan.fr.html", MEDIATEUR, "-")
