from common import *

def build():
    write("salary-tax-certificate-request-procedure-jfcbs.en.txt", """Allied Joint Force Command Brunssum
J1 Civilian Human Resources - Info Note

Reference: JFCBS/J1/CHR/2036/019
Title: Annual salary certificates for national tax returns
Location: Civilian HR office, Building 104, Brunssum
Applies to: all NATO international civilians and local civilians, every grade
Deadline for requests: 12 June 2036

1. Purpose
Several host and sending nations ask staff to declare their NATO salary for the calculation of
the tax rate applied to other income, even though the salary itself is exempt. This note
explains how to obtain the 2035 salary certificate.

2. Requirements
a. Requests are made through the HR self-service portal, menu "Certificates".
b. State your post title, post number and grade exactly as they appear on your last pay slip.
c. Staff who changed grade or post during 2035 receive one certificate per period.
d. Former staff members must attach a copy of an identity document.

3. What the certificate shows
Gross basic salary in EUR for the year, allowances paid (household, expatriation, dependent
children), the internal tax and the pension contributions. It does not show overtime or the
education allowance, which have their own statements.

4. Timeline
Certificates requested by the deadline are issued by 30 June 2036. Later requests are handled
in July after the pay run.

This note does not concern recruitment. Vacant posts are published on the NATO recruitment
platform only.

J1 Civilian HR, ext. 2741
""", "-")
    write("plan-canicule-consignes-ndc-rome.fr.txt", """COLLÈGE DE DÉFENSE DE L'OTAN
Division Soutien – Note de service

Référence : NDC/SUP/2036/027
Objet : Plan canicule 2036 – consignes au personnel
Lieu : Rome, ensemble des bâtiments du Collège
Date : 20 mai 2036
Diffusion : tout le personnel, civil et militaire, de tous grades

1. Le plan canicule est activé du 1er juin au 15 septembre 2036. Il s'applique dès que le
service météorologique annonce un niveau d'alerte 2 ou plus pour Rome.

2. EXIGENCES APPLICABLES EN NIVEAU 2
   a. Les cours en plein air et les activités sportives sont déplacés avant 10 h 00.
   b. Les fenêtres côté sud restent fermées et les stores baissés de 11 h 00 à 18 h 00.
   c. Des fontaines d'eau supplémentaires sont installées dans le hall et la bibliothèque.

3. EXIGENCES APPLICABLES EN NIVEAU 3
   a. Le télétravail peut être accordé par le chef de division pour les postes qui s'y prêtent.
   b. La tenue de service allégée est autorisée pour le personnel militaire.

4. Référents canicule
   Chaque division désigne un référent avant le 5 juin 2036. La fonction de référent n'est ni un
   poste ni un emploi rémunéré ; elle n'a aucune incidence sur le salaire ni sur le grade.

5. Personnes vulnérables
   Les membres du personnel qui le souhaitent peuvent se signaler au service médical avant le
   12 juin 2036. Les informations restent confidentielles.

Le chef de la Division Soutien
""", "-")
    write("bareme-indemnites-journalieres-de-mission-nso.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Barème des indemnités journalières de mission</title></head><body>
<header><p>Bureau OTAN de normalisation – Intranet – Finances</p></header>
<main>
<h1>Barème des indemnités journalières de mission – 2e semestre 2036</h1>
<dl>
<dt>Référence</dt><dd>NSO/FIN/2036/PD-02</dd>
<dt>Lieu d'application</dt><dd>Missions au départ de Bruxelles</dd>
<dt>Entrée en vigueur</dt><dd>1er juillet 2036</dd>
<dt>Date limite de dépôt des demandes au taux antérieur</dt><dd>30 juin 2036</dd>
</dl>
<h2>Montants par destination (EUR)</h2>
<table>
<tr><th>Lieu de mission</th><th>Hébergement (plafond)</th><th>Indemnité journalière</th></tr>
<tr><td>Norfolk (États-Unis)</td><td>210</td><td>96</td></tr>
<tr><td>Mons (Belgique)</td><td>140</td><td>72</td></tr>
<tr><td>Brunssum (Pays-Bas)</td><td>135</td><td>70</td></tr>
<tr><td>Naples (Italie)</td><td>160</td><td>78</td></tr>
</table>
<h2>Exigences pour le remboursement</h2>
<ol>
<li>Ordre de mission signé avant le départ, indiquant l'intitulé du poste et le grade du voyageur.</li>
<li>Factures d'hébergement originales.</li>
<li>Demande déposée dans les 30 jours suivant le retour.</li>
</ol>
<p>Les indemnités ne font pas partie du salaire et ne sont pas soumises à l'impôt interne. Les agents de grade G15 et plus voyagent selon les mêmes barèmes. Ce barème ne concerne ni le recrutement ni les postes vacants.</p>
</main>
<footer>Section Finances · poste 4410</footer>
</body></html>
""", "-")

def build2():
    write("air-conditioning-maintenance-schedule-nlo-jordan.en.md", """# Air-conditioning maintenance – schedule and instructions

| | |
|---|---|
| **Reference** | NLO-JOR/ADM/2036/05 |
| **Issued by** | Administrative Officer, NATO Liaison Office Jordan |
| **Location** | Office building, floors 2 and 3, Amman |
| **Works** | 8 to 19 June 2036 |
| **Deadline to clear window areas** | 5 June 2036 |

## 1. Why

Before the hottest weeks of the summer, the landlord's contractor will replace the filters and refrigerant of all split units and service the central chiller. The cost (JOD 3,950) is covered by the lease; nothing is charged to staff.

## 2. Schedule

| Dates | Rooms |
|---|---|
| 8–10 June 2036 | Floor 3: Head of Office, registry, meeting room |
| 11–15 June 2036 | Floor 2: open office, protocol, IT room |
| 16–19 June 2036 | Chiller on the roof; short power cuts announced the day before |

## 3. Requirements for staff

1. Clear a space of one metre in front of each unit by the deadline above.
2. Lock away classified documents; no contractor may enter a room alone.
3. Staff of every grade working in the rooms concerned will work from the meeting room or from home on the days listed, as agreed with their supervisor.

## 4. Not affected

Salary payments, leave and working hours are not affected. This note does not announce any post or recruitment; the Office's vacancies are published on its Vacancies page.
""", "-")
    write("quiz-night-charity-fundraiser-ncia-academy-oeiras.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Charity Quiz Night – NCIA Academy Staff Club</title></head><body>
<nav><a href="#">Staff Club</a> | <a href="#">Events</a> | <a href="#">Sports</a> | <a href="#">Contact</a></nav>
<main>
<h1>Charity Quiz Night 2036</h1>
<p>The Staff Club's summer quiz is back! All proceeds go to a children's hospital in Lisbon.</p>
<table>
<tr><th>Reference</th><td>SC-EVT-2036-09</td></tr>
<tr><th>Title</th><td>Charity Quiz Night – "Acronyms and Beyond"</td></tr>
<tr><th>Location</th><td>Academy canteen terrace, Oeiras</td></tr>
<tr><th>Date</th><td>Thursday 18 June 2036, 19:00</td></tr>
<tr><th>Team registration deadline</th><td>12 June 2036</td></tr>
<tr><th>Ticket</th><td>EUR 12 per person (dinner included), EUR 6 for children</td></tr>
</table>
<h2>Requirements for teams</h2>
<ul>
<li>Four to six players; at least one player must not be an instructor.</li>
<li>Mixed teams of staff, students and families are welcome, whatever their grade or nation.</li>
<li>No phones during rounds – the quizmaster's decision is final.</li>
</ul>
<h2>Rounds</h2>
<p>General knowledge, Portuguese cuisine, music of the 2010s, and the famous acronym round (last year nobody knew what the letters of an old post title stood for).</p>
<p>Volunteers serving at the bar receive no salary, only our thanks and a free dessert. This page is about a social event; job offers of the Agency are on the NATO recruitment platform.</p>
</main>
<footer>NCIA Academy Staff Club · Oeiras</footer>
</body></html>
""", "-")
    write("inscriptions-camp-de-jour-enfants-du-personnel-ccascoe.fr.md", """# Camp de jour d'été 2036 pour les enfants du personnel

Le Centre d'excellence et la base voisine s'associent de nouveau pour offrir un camp de jour aux enfants de 5 à 12 ans.

| Rubrique | Détail |
|---|---|
| **Référence** | CCASCOE/BIEN-ÊTRE/2036-02 |
| **Lieu** | Gymnase de la base, Montréal (Québec) |
| **Période** | du 29 juin au 21 août 2036, semaine par semaine |
| **Tarif** | 145 $ par semaine et par enfant (service de garde inclus) |
| **Date limite d'inscription** | 12 juin 2036 |

## Qui peut inscrire un enfant ?

Tout le personnel du Centre, civil ou militaire, quels que soient son grade et son pays d'origine, ainsi que les officiers détachés en poste à Montréal.

## Exigences

1. Fiche santé remplie et signée par un parent.
2. Preuve de l'âge de l'enfant au 30 septembre 2036.
3. Paiement de la première semaine au moment de l'inscription.

## Équipe d'animation

Les animateurs sont des étudiants engagés par le camp; leur salaire est payé par l'organisme gestionnaire, et non par le Centre. Les postes d'animateur sont déjà pourvus : cette page n'est pas une offre d'emploi.

Renseignements : bien-etre@ccascoe.example
""", "-")
