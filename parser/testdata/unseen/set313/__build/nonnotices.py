from common import *

def build():
    w("malaria-vaccine-trial-participant-information-sheet-cermel.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Participant information sheet – CERMEL</title></head>
<body>
<nav><a href="#">About us</a> <a href="#">Research groups</a> <a href="#">Clinical trials</a> <a href="#">Careers</a> <a href="#">Contact</a></nav>
<h1>Participant Information Sheet – Malaria Vaccine Booster Study</h1>
<table>
<tr><th>Reference</th><td>CERMEL-PIS-2043-14, version 3.0</td></tr>
<tr><th>Location</th><td>CERMEL campus, Lambaréné, Gabon</td></tr>
<tr><th>Schedule of visits</th><td>Day 0, day 7, day 28, month 6 and month 12</td></tr>
<tr><th>Deadline for enrolment</th><td>20 November 2043</td></tr>
</table>
<h2>Why is this study being done?</h2>
<p>Researchers want to know whether a booster dose given one year after the first vaccination keeps protecting
children against malaria. Taking part is voluntary and you may withdraw your child at any time.</p>
<h2>Requirements for taking part</h2>
<ol>
<li>The child is between 5 and 17 months old and lives in the study area;</li>
<li>a parent or guardian signs the consent form;</li>
<li>the family plans to stay in the area for the next twelve months.</li>
</ol>
<h2>Compensation</h2>
<p>Families receive XAF 5,000 per visit to cover transport. This amount is not a salary and does not make anyone an
employee of the centre. The study nurse and the investigators named in the consent form are your contacts.</p>
<p><strong>This sheet does not advertise a job. No position is offered and no application is accepted.</strong></p>
<footer>Approved by the institutional ethics committee on 14 October 2043.</footer>
</body></html>
""", "-")
    w("equipment-type-approval-harmonised-guidelines-consultation-atu.en.txt", """
AFRICAN TELECOMMUNICATIONS UNION
General Secretariat – Nairobi

PUBLIC CONSULTATION
Reference: ATU/GS/CONS/2043/05

Draft Harmonised Guidelines on Type Approval of Radio and Terminal Equipment

Location of the validation workshop: Nairobi, Kenya
Schedule: two days, 8 and 9 December 2043, 09:00 to 17:00
Deadline for written comments: 27 November 2043

1. Purpose
The draft guidelines propose common requirements for the type approval of radio and terminal equipment so that a
device tested in one Member State can be recognised by the others.

2. Requirements for submissions
   a) comments must follow the template annexed to the draft;
   b) each comment must cite the paragraph concerned;
   c) submissions come from national regulators or Associate Members only.

3. Fees
Participation in the workshop is free. The indicative fee of USD 350 per certificate mentioned in Annex B is an
administrative charge for regulators; it is not a salary, an allowance or a payment to any officer.

4. Note
This consultation does not announce any post, vacancy or recruitment. Senior officers of the Secretariat will
only moderate the sessions.

Contact: consultation@atu.example
""", "-")
    w("winter-overnight-parking-ban-and-snow-clearing-routes-campbellton.en.md", """
**City of Campbellton · Ville de Campbellton**

[Residents](#) | [Public Works](#) | [Careers](#) | [Contact](#)

# Winter Overnight Parking Ban and Snow Clearing Routes

*Reference: PW-NOTICE-2043-21 · Published November 2, 2043*

| Item | Details |
|---|---|
| Location | All city streets and municipal parking lots |
| Schedule | Midnight to 7:00 a.m., every night |
| Period | November 15, 2043 to April 15, 2044 |
| Deadline to move vehicles | November 14, 2043 |

## Requirements for residents

1. Do not park on any street during the overnight hours of the ban;
2. keep fire hydrants in front of your property clear of snow;
3. never push snow from driveways onto the street.

## Fines

A vehicle left on the street may be towed at the owner's expense and a fine of $75 applies. These amounts are
penalties; they are not a salary, a wage or a payment of any kind.

Snow clearing is done by City crews and operators in the order of priority routes (main arteries, bus routes,
hospital access, then residential streets).

*This page is a public notice. It is not an employment opportunity and no position is open.*
""", "-")
    w("conditions-acces-microdonnees-recherche-ofs.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Accès aux microdonnées pour la recherche – OFS</title></head>
<body>
<nav>Confédération suisse · Office fédéral de la statistique · <a href="#">Statistiques</a> <a href="#">Services</a> <a href="#">Postes vacants</a></nav>
<h1>Accès aux microdonnées à des fins de recherche</h1>
<dl>
<dt>Référence</dt><dd>OFS-MIC-2043-V2</dd>
<dt>Lieu de consultation</dt><dd>Espace sécurisé, Neuchâtel, ou accès à distance</dd>
<dt>Horaire du service</dt><dd>Du lundi au vendredi, de 8 h 30 à 16 h 30</dd>
<dt>Date limite des demandes pour le premier trimestre</dt><dd>30 novembre 2043</dd>
</dl>
<h2>Exigences</h2>
<ol>
<li>le projet poursuit un but de recherche scientifique ;</li>
<li>la personne requérante est rattachée à une haute école ou à un institut de recherche ;</li>
<li>un contrat de protection des données est signé avant toute livraison.</li>
</ol>
<h2>Émoluments</h2>
<p>La préparation d'un jeu de données est facturée CHF 120 par heure de travail. Ce montant n'est ni un salaire ni
une rémunération versée à la personne requérante. Les données sur les salaires de l'enquête structurelle sont
livrées sous forme anonymisée.</p>
<p><em>Cette page décrit une prestation. Elle n'est pas une offre d'emploi et aucun poste n'est à pourvoir.</em></p>
<footer>Dernière modification : 28.10.2043</footer>
</body></html>
""", "-")
    w("bulletin-decadaire-suivi-feux-de-brousse-cse.fr.txt", """
CENTRE DE SUIVI ÉCOLOGIQUE
Programme national de suivi des feux de brousse

BULLETIN DÉCADAIRE N° 3 – Campagne 2043-2044
Référence : CSE/SE/FEUX/BD-2043-03
Période couverte : du 21 au 31 octobre 2043
Lieu : ensemble du territoire national
Horaire des passages satellitaires utilisés : 01 h 30 et 13 h 30
Date limite de transmission des observations de terrain pour la prochaine décade : 10 novembre 2043

1. Situation générale
412 foyers actifs ont été détectés pendant la décade, contre 268 la décade précédente. Les régions de Tambacounda
et de Kédougou concentrent les deux tiers des détections.

2. Superficies brûlées
Environ 18 600 hectares, dont 2 100 à l'intérieur des aires protégées.

3. Exigences pour les observations transmises par les brigades
   - coordonnées GPS du foyer ;
   - heure d'observation ;
   - photographie datée.

4. Recommandations
Renforcer les pare-feux autour des villages et sensibiliser les éleveurs.

Ce bulletin est un document d'information technique. Il ne constitue pas un avis de recrutement, ne propose aucun
poste et ne mentionne aucun salaire. Les chargés de télédétection du CSE en assurent la production.
""", "-")
    w("reglement-reservation-salles-de-repetition-musique-ciup.fr.md", """
**Cité internationale universitaire de Paris** · [Se loger](#) · [Culture](#) · [Sport](#) · [Nous rejoindre](#)

# Règlement de réservation des salles de répétition musicale

*Référence : CIUP-CULT-REG-2043 · en vigueur au 2 novembre 2043*

**Lieu :** Maison internationale, niveau -1, salles A à D  
**Horaire :** tous les jours de 8 h à 22 h  
**Date limite de réservation :** au plus tard 48 heures avant le créneau ; pour les concerts de fin d'année, avant le 27 novembre 2043

## Exigences

1. être résident ou résidente de la Cité internationale et présenter sa carte ;
2. réserver au maximum six heures par semaine ;
3. laisser la salle rangée et signaler toute dégradation.

## Tarifs

La réservation est gratuite pour les résidents. Les associations extérieures versent 15 € de l'heure ; ce montant
n'est pas un salaire et ne crée aucune relation de travail.

## Profil des accompagnateurs

Les pianistes accompagnateurs proposés par le service culturel sont bénévoles.

*Ce règlement n'est pas une offre d'emploi : aucun poste n'est à pourvoir.*
""", "-")
