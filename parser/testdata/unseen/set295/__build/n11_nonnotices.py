from common import *

def build():
    w("g-4-visa-renewal-procedure-host-country-affairs-information-circular.en.txt", """UNITED NATIONS                                   INFORMATION CIRCULAR
                                                 Ref.: IC/HCA/2042/07
                                                 Date: 8 April 2042

To:        Members of the staff at Headquarters holding G-4 visas
From:      Host Country Affairs Unit, Office of Human Resources
Location:  Visa Section, Room S-2140, New York
Subject:   Renewal of G-4 visas and of family members' identity documents in 2042

1. PURPOSE
This circular explains how staff members whose G-4 visas expire in 2042 renew them. It does not announce any post,
vacancy or change in salary, and it creates no new entitlement.

2. WHO IS CONCERNED
Staff members of all categories and grades (G-1 to D-2 and above) on appointments of one year or more, and their
eligible family members. Consultants, interns and gratis personnel follow a separate procedure.

3. REQUIREMENTS FOR A COMPLETE RENEWAL FILE
   a) Passport valid for at least six months beyond the requested visa date;
   b) Form I-566 signed by the staff member, with the exact functional title and grade as in the letter of appointment;
   c) Employment certificate from the Executive Office, stating contract end date (salary figures are NOT required
      and should be blacked out if the certificate shows them);
   d) One recent photograph, 5 cm x 5 cm, white background.

4. DEADLINES
   Visas expiring June to August 2042 ........ files due by 16 May 2042
   Visas expiring September to December 2042 .. files due by 18 July 2042
Incomplete files will be returned. The Unit cannot accept files by e-mail.

5. TIMELINE AFTER SUBMISSION
The host country mission usually processes files in six to eight weeks. Staff members should not travel outside the
United States while their passport is held, except on official duty travel authorised in advance.

6. FAMILY MEMBERS SEEKING EMPLOYMENT
Spouses who wish to work in the United States apply for an employment authorization through the Unit; this
circular does not deal with job offers and the Unit does not help find employment.

7. CONTACT
Visa Section, Host Country Affairs Unit — walk-in hours Tuesday and Thursday, 10:00–12:30.
Questions: hca-visas@un.example

                                            Chief, Host Country Affairs Unit
""", "-")
    w("duty-travel-greenhouse-gas-emissions-reporting-guidance-greening-office.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Duty travel emissions reporting – guidance for focal points</title></head><body>
<nav>Intranet › Administration › Environmental management › Guidance</nav>
<h1>Reporting greenhouse gas emissions from duty travel: guidance for focal points (2041 inventory)</h1>
<table border="1">
<tr><th>Reference</th><td>ENV/GHG/2042/02</td></tr>
<tr><th>Title of the exercise</th><td>Annual greenhouse gas inventory, reporting year 2041</td></tr>
<tr><th>Location</th><td>All duty stations, including field offices and liaison offices</td></tr>
<tr><th>Deadline for submission of travel data</th><td>12 May 2042</td></tr>
<tr><th>Contact</th><td>Environmental Management Officer (P-3), Central Support Services</td></tr>
</table>
<h2>Why we report</h2>
<p>Every entity of the system publishes its emissions each year. Air travel is the largest source of our emissions, ahead of buildings and vehicles. The inventory is a statistical exercise: it does not affect any staff member's salary, travel entitlement or daily subsistence allowance.</p>
<h2>Requirements for the travel data file</h2>
<ol>
<li>One line per flight segment, with origin and destination airport codes and class of travel.</li>
<li>The traveller's category (staff, consultant, meeting participant) but no names and no grades.</li>
<li>Segments paid by other organisations are excluded.</li>
<li>Files must come from the travel management system report, not be typed by hand.</li>
</ol>
<h2>Focal points</h2>
<p>Each office names a focal point, usually an Administrative Assistant (G-5 or G-6) or an Administrative Officer (P-3). Being a focal point is part of existing functions; it is not a new post and no additional allowance is paid.</p>
<h2>Calendar</h2>
<ul><li>Data template released: 7 April 2042</li><li>Online clinic for focal points: 24 April 2042</li><li>Submission of travel data: 12 May 2042</li><li>Publication of the system-wide report: October 2042</li></ul>
<p><small>This page gives guidance only and is not a vacancy announcement or a call for applications.</small></p>
</body></html>
""", "-")
    w("conference-room-and-audiovisual-services-booking-rules-conference-centre.en.md", """# Conference room and audiovisual services: booking rules

*Conference Management Service · Ref. CMS/ROOMS/2042/1 · in force from 1 May 2042*

**Location:** Conference Centre, Buildings A and E  
**Booking deadline for June meetings:** 20 May 2042  
**Title of the service:** Meeting rooms, interpretation booths and hybrid-meeting support

> These rules apply to meetings organised by Secretariat offices and by Member States. They do not concern recruitment, and room bookings are never charged against a staff member's salary.

## 1. Who may book

Requests are made by a staff member at the P-2 level or above, or by an Administrative Assistant (G-5 and above) acting for a meeting chair. Missions book through their protocol officers.

## 2. Requirements for a valid request

1. The title of the meeting, its organiser and the expected number of participants.
2. The date, start and end time; meetings may not end after 18:00 without approval.
3. The languages to be interpreted, if any, at least four weeks in advance.
4. For hybrid meetings, the name of a technical focal point present in the room.

## 3. Charges

| Service | Internal users | External users |
|---|---|---|
| Room up to 40 seats | free | USD 350 per half day |
| Hybrid kit | free | USD 220 per half day |
| Interpretation team | cost recovery | cost recovery |

## 4. Cancellation

Rooms cancelled less than 48 hours in advance are released to the waiting list and the organiser is reminded of these rules. Repeated no-shows lead to a suspension of booking rights for three months.

*Questions: Room Bookings Desk, extension 4-7310.*
""", "-")
    w("programme-des-visites-guidees-maison-des-nations-unies-printemps.fr.md", """# Visites guidées de la Maison des Nations Unies – programme du printemps 2042

*Service des visiteurs · Réf. SV/VG/2042/03 · mis à jour le 14 avril 2042*

**Lieu :** Maison des Nations Unies, entrée des visiteurs (portail nord)  
**Date limite de réservation pour les groupes scolaires de mai :** 30 avril 2042  
**Durée :** 1 h 15

> Ce programme présente les visites ouvertes au public. Il ne s'agit ni d'un avis de vacance de poste ni d'un appel à candidatures : les guides sont déjà recrutés pour la saison.

## Parcours proposés

| Titre du parcours | Jours | Langues | Tarif |
|---|---|---|---|
| « Les Nations Unies en action » | mardi à samedi | français, anglais | 12 € |
| « Art et architecture » | samedi | français | 15 € |
| « Jeunes citoyens du monde » (8-14 ans) | mercredi | français | 6 € |

## Exigences pour les groupes

1. Réservation au moins trois semaines à l'avance, avec la liste nominative des participants.
2. Une pièce d'identité par adulte ; les mineurs sont accompagnés d'un adulte pour dix enfants.
3. Arrivée au contrôle de sécurité trente minutes avant l'heure de la visite.

## Informations pratiques

Les guides, membres du personnel du Service des visiteurs (classe G-4), présentent l'histoire de l'Organisation, les salles de conférence et les œuvres offertes par les États membres. Les visites peuvent être annulées sans préavis en cas de réunion extraordinaire ; les billets sont alors remboursés.

Boutique et cafétéria ouvertes de 9 h à 17 h. Renseignements : visites@nations-unies.example
""", "-")
    w("procedure-de-demande-de-carte-d-identite-onu-et-badge-d-acces.fr.txt", """NATIONS UNIES – SERVICE DE LA SÉCURITÉ ET DE LA SÛRETÉ
Section des cartes d'identité

Réf. : SSS/ID/2042/05                                   Lieu : Pavillon de la sécurité, entrée principale
Objet : Procédure de demande de carte d'identité ONU et de badge d'accès

1. OBJET
La présente note rappelle la procédure à suivre pour obtenir ou renouveler la carte d'identité ONU et le badge
d'accès aux locaux. Elle ne concerne ni le recrutement, ni le traitement, ni les conditions d'emploi.

2. PERSONNES CONCERNÉES
Fonctionnaires de toutes classes (G-1 à D-2), consultant(e)s, stagiaires, personnel des missions permanentes et
prestataires de services. Le type de badge dépend du statut, non du titre fonctionnel ou de la classe.

3. EXIGENCES
   a) formulaire de demande signé par le supérieur hiérarchique, indiquant le titre fonctionnel et le service ;
   b) copie du contrat ou de la lettre de nomination (les montants du traitement peuvent être masqués) ;
   c) pièce d'identité officielle en cours de validité ;
   d) photographie prise sur place par la Section.

4. DÉLAIS
Les cartes arrivant à échéance en juin 2042 doivent être renouvelées avant le 23 mai 2042.
Date limite de dépôt des demandes pour la session du Conseil de juin : 16 mai 2042.
Délai de fabrication : trois jours ouvrables.

5. PERTE OU VOL
Toute perte est signalée immédiatement au poste de sécurité. Une carte de remplacement est facturée 25 dollars des
États-Unis, sauf déclaration de vol auprès de la police.

6. HORAIRES
Du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 16 h. Fermé le 1er mai 2042.

La Section des cartes d'identité
""", "-")
    w("liste-des-participants-atelier-regional-statistiques-de-genre.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Liste des participants</title></head><body>
<p>Commission économique – Division de la statistique</p>
<h1>Atelier régional sur les statistiques de genre : liste provisoire des participants</h1>
<dl>
<dt>Référence</dt><dd>DS/ATL/2042/11/LP.1</dd>
<dt>Lieu</dt><dd>Dakar (Sénégal), hôtel des conférences, salle Gorée</dd>
<dt>Dates</dt><dd>5 au 7 mai 2042</dd>
<dt>Date limite de correction de la liste</dt><dd>2 mai 2042</dd>
</dl>
<p><i>La présente liste ne constitue pas une offre d'emploi ; les participant(e)s sont désigné(e)s par leur institution et ne perçoivent aucun traitement ni honoraire de l'organisateur. Les frais de voyage des délégué(e)s des pays les moins avancés sont pris en charge.</i></p>
<table border="1">
<tr><th>Pays / Organisation</th><th>Nom</th><th>Titre</th><th>Lieu</th></tr>
<tr><td>Bénin</td><td>Mme A. Hounkpè</td><td>Cheffe du service des statistiques sociales</td><td>Cotonou</td></tr>
<tr><td>Burkina Faso</td><td>M. I. Sawadogo</td><td>Statisticien principal</td><td>Ouagadougou</td></tr>
<tr><td>Guinée</td><td>Mme F. Camara</td><td>Directrice adjointe des enquêtes</td><td>Conakry</td></tr>
<tr><td>Niger</td><td>M. O. Maïga</td><td>Chargé des comptes satellites</td><td>Niamey</td></tr>
<tr><td>Secrétariat</td><td>Mme L. Ferreira</td><td>Statisticienne (P-4)</td><td>Addis-Abeba</td></tr>
<tr><td>Secrétariat</td><td>M. K. Diouf</td><td>Assistant de programme (G-6)</td><td>Dakar</td></tr>
</table>
<h2>Exigences pour les participant(e)s</h2>
<ul><li>apporter un ordinateur portable avec le logiciel statistique installé ;</li>
<li>préparer une présentation de cinq minutes sur l'enquête nationale la plus récente ;</li>
<li>confirmer sa participation au dîner officiel du 5 mai.</li></ul>
<p>Les corrections (orthographe des noms, titre, institution) sont à envoyer au secrétariat de l'atelier avant le 2 mai 2042.</p>
</body></html>
""", "-")
