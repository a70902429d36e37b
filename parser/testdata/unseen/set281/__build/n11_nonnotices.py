from common import *

def run():
    w("presentation-of-credentials-protocol-note-permanent-representatives.en.txt", """UNITED NATIONS OFFICE AT VIENNA
Protocol and Liaison Service

PROTOCOL NOTE No. 04/2041
Ref.: UNOV/PLS/2041/04
Location: Office of the Director-General, Building A, 28th floor, Vienna International Centre
Subject: Presentation of credentials by newly appointed Permanent Representatives - March 2041 schedule
Deadline for requesting a ceremony slot: 10 March 2041

1. The Protocol and Liaison Service presents its compliments to the Permanent Missions and has the honour to
   inform them of the arrangements for the presentation of credentials in March 2041.

2. SCHEDULE
   Date            Time          Slots available
   14 March 2041   10:00-12:00   4
   21 March 2041   15:00-17:00   3
   28 March 2041   10:00-11:30   3

3. REQUIREMENTS FOR THE CEREMONY
   a) The original letter of credentials, signed by the Head of State, Head of Government or Minister for
      Foreign Affairs, and a copy for the files;
   b) The title of the Permanent Representative as it should appear in the Blue Book (e.g. "Ambassador
      Extraordinary and Plenipotentiary");
   c) A short biography (no more than 250 words) and a high-resolution photograph;
   d) The names of up to three accompanying mission officials.

4. Dress code: business attire or national dress. A photographer will be present; photographs are provided
   free of charge and may not be used for commercial purposes.

5. This note concerns diplomatic accreditation only. It does not announce any post, and no salary, fee or
   allowance is attached to the ceremony. Questions about staff vacancies should be addressed to the Human
   Resources Management Service, not to Protocol.

6. Contact: Protocol Officer (P-3), extension 4521, protocol.unov@un.example

Vienna, 6 February 2041
""", "-")

    w("call-for-side-event-proposals-regional-forum-sustainable-development.en.html", """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Call for side-event proposals – Regional Forum on Sustainable Development 2041</title></head><body>
<nav><a href="#">Home</a> | <a href="#">Events</a> | <a href="#">Regional Forum 2041</a> | <a href="#">Français</a></nav>
<h1>Call for side-event proposals</h1>
<p><b>Regional Forum on Sustainable Development for the Arab Region, 2041</b></p>
<table border="1">
<tr><th>Reference</th><td>RFSD-2041/SE/01</td></tr>
<tr><th>Location</th><td>UN House, Beirut, and online</td></tr>
<tr><th>Forum dates</th><td>22–24 April 2041</td></tr>
<tr><th>Deadline for proposals</th><td>15 March 2041</td></tr>
<tr><th>Title of the event</th><td>Proposed by the organizers (maximum 15 words)</td></tr>
</table>
<h2>Requirements for proposals</h2>
<ol>
<li>At least two co-organizers, one of which is a United Nations entity or a Member State;</li>
<li>A clear link to one of the Goals under review in 2041 (Goals 6, 7, 9, 11 and 17);</li>
<li>A gender-balanced panel; all-male panels will not be accepted;</li>
<li>A focal point with a title and contact details who can confirm logistics by 5 April 2041.</li>
</ol>
<h2>What the secretariat provides</h2>
<p>A room for 60 people for 75 minutes, basic audio-visual equipment and online streaming. The secretariat does not provide catering, travel support, honoraria or any fee to speakers, and staff of the organizing entities attend on their regular salary.</p>
<h2>Selection</h2>
<p>A committee of the Regional Coordination Mechanism reviews proposals and informs organizers by 29 March 2041. Selection is based on relevance, partnership and innovation.</p>
<p><i>This is a call for event proposals. It is not a vacancy, a consultancy or a call for grant applications.</i></p>
<footer>Regional Forum secretariat · rfsd2041@un.example</footer>
</body></html>""", "-")

    w("interpretation-booth-and-speaker-list-guidelines-governing-body.en.md", """# Governing Body, 58th session – Guidelines on the speakers' list and interpretation

**Reference:** GB.58/INF/3  
**Location:** Plenary Hall, Conference Building, Geneva (hybrid)  
**Session dates:** 10–14 March 2041  
**Deadline for inscription on the speakers' list:** 3 March 2041, 18:00 Geneva time

## 1. Speakers' list

Delegations inscribe speakers through the e-Registration portal by indicating the agenda item, the speaker's **title** (for example "Minister of Labour" or "Deputy Permanent Representative") and the mode of participation. Time limits: 5 minutes for groups, 3 minutes for individual delegations.

## 2. Requirements for remote speakers

1. A wired internet connection and a USB headset with a unidirectional microphone;
2. A connection test with the technicians at least 48 hours in advance;
3. The text of the statement sent to the interpreters' mailbox one hour before delivery.

## 3. Interpretation

Interpretation is provided in the six official languages plus German and Spanish booths staffed by freelance interpreters recruited for the session. Booth allocation:

| Booth | Language | Team leader |
|---|---|---|
| 1 | Arabic | Chief Interpreter's office |
| 2 | Chinese | Senior Interpreter (P-5) |
| 3 | English | Senior Interpreter (P-5) |
| 4 | French | Interpreter (P-4) |

Recruitment of freelance interpreters is handled separately through the roster; this document is **not** a vacancy announcement and sets no salary or fees.

## 4. Contacts

Secretariat of the Governing Body, room R3-112. Documents: gb58@ilo.example
""", "-")

    w("note-d-orientation-rapports-nationaux-volontaires-forum-regional.fr.md", """# Note d'orientation – Examens nationaux volontaires 2041

**Référence :** CEA/FRDD/2041/NO-2  
**Lieu du Forum :** Centre de conférences des Nations Unies, Addis-Abeba (Éthiopie)  
**Date limite de dépôt des messages principaux :** 17 mars 2041  
**Date limite de dépôt des rapports complets :** 12 juin 2041

## 1. Objet

La présente note oriente les États membres qui présenteront un examen national volontaire au Forum régional africain pour le développement durable, puis au Forum politique de haut niveau à New York.

## 2. Exigences relatives aux rapports

1. Un résumé de 700 mots au plus, en français ou en anglais ;
2. Une annexe statistique reprenant les indicateurs disponibles pour les objectifs examinés ;
3. La description du processus de consultation des parties prenantes (parlement, société civile, secteur privé) ;
4. Le titre et les coordonnées du point focal national.

## 3. Appui du secrétariat

La Commission organise deux ateliers de préparation (Kigali, 7-8 avril 2041 ; Dakar, 14-15 avril 2041). Les frais de participation d'un délégué par pays peuvent être pris en charge. Aucune rémunération, aucun traitement ni aucun honoraire n'est versé aux rédacteurs des rapports nationaux.

| Étape | Échéance |
|---|---|
| Messages principaux | 17 mars 2041 |
| Atelier de préparation | avril 2041 |
| Rapport complet | 12 juin 2041 |

> Cette note ne constitue ni un avis de vacance de poste ni un appel à consultants.

Contact : Section du suivi des objectifs de développement durable – frdd@cea.example
""", "-")

    w("fiche-d-inscription-des-delegues-session-du-conseil-d-administration.fr.html", """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Fiche d'inscription des délégués</title></head><body>
<h1>Fiche d'inscription des délégués</h1>
<p>Conseil d'administration – 71<sup>e</sup> session</p>
<dl>
<dt>Référence</dt><dd>CA-71/INS/2041</dd>
<dt>Lieu de la session</dt><dd>Siège de l'Organisation, salle du Conseil, Paris (France)</dd>
<dt>Dates</dt><dd>du 24 au 28 mars 2041</dd>
<dt>Date limite d'inscription</dt><dd>10 mars 2041</dd>
</dl>
<h2>1. Renseignements sur le délégué</h2>
<table border="1">
<tr><th>Nom et prénom</th><td>………………………</td></tr>
<tr><th>Titre (M./Mme, fonction)</th><td>………………………</td></tr>
<tr><th>Délégation (État membre ou observateur)</th><td>………………………</td></tr>
<tr><th>Qualité</th><td>☐ Chef de délégation ☐ Suppléant ☐ Conseiller ☐ Expert</td></tr>
</table>
<h2>2. Exigences</h2>
<ul>
<li>La fiche doit être accompagnée des pouvoirs signés par le ministre des affaires étrangères ou la mission permanente ;</li>
<li>Une photo d'identité récente (format JPEG) est exigée pour l'établissement du badge ;</li>
<li>Les délégués en ligne doivent indiquer une adresse électronique personnelle.</li>
</ul>
<h2>3. Informations pratiques</h2>
<p>Les badges sont retirés au pavillon d'accueil à partir du 23 mars 2041. Les frais de voyage et de séjour des délégués sont à la charge des États membres ; l'Organisation ne verse ni traitement ni indemnité.</p>
<p><b>Ce formulaire sert uniquement à l'inscription aux réunions. Il ne s'agit pas d'une candidature à un poste.</b></p>
<p>À renvoyer au Secrétariat des organes directeurs : organes.directeurs@org.example</p>
</body></html>""", "-")

    w("compte-rendu-reunion-groupe-thematique-genre.fr.txt", """NATIONS UNIES – RÉPUBLIQUE DÉMOCRATIQUE DU CONGO
Groupe thématique Genre et droits humains

COMPTE RENDU DE LA RÉUNION DU 9 FÉVRIER 2041
Réf. : GT-GENRE/RDC/CR/2041-02
Lieu : Salle de conférence du Bureau du Coordonnateur résident, Kinshasa/Gombe
Présidence : Représentante d'ONU Femmes (P-5)

Participants : ONU Femmes, FNUAP, UNICEF, PNUD, HCDH, ONU-Habitat (chargée de programme, NO-B), OMS ;
ministère du Genre, de la Famille et de l'Enfant (observateur).

1. ADOPTION DE L'ORDRE DU JOUR
   L'ordre du jour est adopté sans modification.

2. PLAN DE TRAVAIL CONJOINT 2041
   Le groupe valide les quatre résultats du plan de travail. Les agences transmettent leurs contributions
   budgétaires au secrétariat. Date limite : 28 février 2041.

3. PROGRAMME CONJOINT SUR LES VIOLENCES BASÉES SUR LE GENRE
   Le bailleur rappelle ses exigences : rapport narratif semestriel, audit indépendant, indicateurs désagrégés
   par sexe et par âge. Un(e) consultant(e) pour l'évaluation à mi-parcours sera recruté(e) plus tard ; les
   termes de référence sont en cours de rédaction et seront diffusés séparément. Aucun poste n'est ouvert à ce
   stade.

4. JOURNÉE INTERNATIONALE DES DROITS DES FEMMES
   Événement conjoint le 8 mars 2041 au Palais du Peuple. Lieu à confirmer par le ministère.

5. DIVERS
   Le groupe note que les traitements du personnel des partenaires d'exécution ne peuvent pas être imputés
   sur le fonds commun au-delà de 20 % du budget.

Actions de suivi :
   - Secrétariat : diffuser le plan de travail révisé – 15 mars 2041
   - ONU Femmes : projet de termes de référence de l'évaluation – 20 mars 2041
   - Toutes les agences : points focaux pour le 8 mars – 1er mars 2041

Prochaine réunion : 13 avril 2041, 10 h.
Rédigé par le secrétariat du groupe thématique.
""", "-")
