from common import *

A = """AFRICAN REINSURANCE CORPORATION – CENTRAL OPERATIONS
CIRCULAR TO CEDING COMPANIES

Reference: ARC/CO/CIRC/2045/01
Subject: 2045 treaty renewal – submission calendar and information requirements
Location: Africa Re House, Victoria Island, Lagos, and all regional offices
Schedule: submissions reviewed in order of receipt, Monday to Friday
Deadline for complete renewal submissions: 13 January 2045

Dear Partners,

As the 1 April 2045 renewal season approaches, the Corporation reminds ceding companies of the information it needs
to quote on proportional and non-proportional treaties.

Requirements for submissions
1. Premium and claims statistics for the last five underwriting years, in USD and in original currency.
2. The list of the ten largest risks with their sums insured.
3. A description of any change in the underwriting policy or in the retention.
4. For life and health business, the medical underwriting guidelines in force.

Incomplete submissions will be returned. Underwriters of the regional office will contact your reinsurance manager
if clarifications are needed; no meeting fee or payment of any kind is due for this process.

This circular concerns treaty renewals only. It does not announce any post, vacancy or recruitment, and it offers no
salary or employment.

Director, Central Operations
"""

B = """[Book](#) · [Flight status](#) · [Charter & cargo](#) · [Careers](#) · [FR](#) | [EN](#)

# Charter flight quotation – how to request one

*Reference: MA-CHT-GUIDE-2045 · Commercial Directorate · updated 2 December 2044*

| Item | Details |
|---|---|
| **Location** | Charter desk, Ivato International Airport, Antananarivo |
| **Schedule** | Requests handled Monday to Friday, 08:00–16:30 |
| **Deadline** | Requests for the Easter 2045 period must reach us by 20 January 2045 |
| **Price** | Quoted in USD or MGA per block hour, taxes excluded |

## Requirements for a quotation

1. Name of the organisation and contact person.
2. Routing, dates and preferred departure times.
3. Number of passengers and estimated baggage or cargo weight.
4. Any special handling (medical equipment, VIP services, dangerous goods).

## What happens next

Our charter team checks aircraft and crew availability and sends a written offer within three working days. A
deposit of 30 % confirms the booking. Crew duty limits and airport opening hours may change the proposed schedule.

This page explains how to charter an aircraft. It is not a job advertisement: no position is offered and no salary
is paid to anyone who submits a request.

© Madagascar Airlines
"""

C_ = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Retailer terminal relocation – Atlantic Lottery</title></head>
<body>
<nav><a href="#">Play</a> | <a href="#">Retailers</a> | <a href="#">Careers</a> | <a href="#">Français</a></nav>
<main>
<p>Retailers › Operations › Terminal relocation</p>
<h1>Requesting the relocation of a lottery terminal</h1>
<p><em>Reference: RET-OPS-PROC-2045-03</em></p>
<table>
<tr><th>Location</th><td>Retailer's premises in New Brunswick, Nova Scotia, Prince Edward Island or Newfoundland and Labrador</td></tr>
<tr><th>Schedule</th><td>Technicians visit Monday to Saturday, 8 a.m. to 6 p.m.</td></tr>
<tr><th>Deadline</th><td>Requests for moves before the spring season must be received by January 27, 2045</td></tr>
<tr><th>Cost</th><td>$95 per visit, charged to the retailer's weekly settlement</td></tr>
</table>
<h2>Requirements</h2>
<ol>
<li>A signed relocation form from the store owner or manager.</li>
<li>A floor plan showing the new counter position.</li>
<li>A dedicated electrical outlet and network drop within two metres.</li>
<li>Confirmation that the screen faces the customer and not the public street.</li>
</ol>
<p>Your territory sales representative will confirm the appointment. The terminal may be offline for up to two hours.</p>
<p>This procedure is for licensed retailers. It is not a career opportunity and no position or wage is offered.</p>
</main>
<footer>Atlantic Lottery · Moncton</footer>
</body></html>
"""

D_ = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Don de lait maternel – lactarium</title></head>
<body>
<nav><a href="#">Patients et visiteurs</a> | <a href="#">Nos sites</a> | <a href="#">Jobs</a> | <a href="#">NL</a></nav>
<main>
<p>Accueil › Maternité › Lactarium</p>
<h1>Donner son lait maternel : consignes aux mamans donneuses</h1>
<p><em>Référence : HIS-MAT-LAC-2045-02</em></p>
<dl>
<dt>Lieu de dépôt</dt><dd>Lactarium, site Bracops, Anderlecht (Bruxelles)</dd>
<dt>Horaire</dt><dd>du lundi au vendredi, de 8 h à 15 h</dd>
<dt>Date limite d'inscription à la collecte de février</dt><dd>23 janvier 2045</dd>
</dl>
<h2>Exigences</h2>
<ol>
<li>Allaiter un enfant de moins de six mois en bonne santé.</li>
<li>Accepter une prise de sang de dépistage, réalisée gratuitement.</li>
<li>Ne pas fumer ni prendre de médicament incompatible avec le don.</li>
<li>Respecter la chaîne du froid au domicile.</li>
</ol>
<h2>Profil des donneuses</h2>
<p>Toute maman en bonne santé peut se proposer après un entretien avec une sage-femme du lactarium. Le matériel de
recueil (tire-lait, flacons stériles, glacière) est prêté.</p>
<p>Le don est bénévole : il ne donne lieu à aucun salaire ni à aucune rémunération. Cette page n'est pas une offre
d'emploi et aucun poste n'est à pourvoir.</p>
</main>
<footer>Hôpitaux Iris Sud</footer>
</body></html>
"""

E = """SOCIÉTÉ MAURITANIENNE D'ÉLECTRICITÉ
DIRECTION COMMERCIALE – SERVICE CLIENTÈLE

Référence : SOMELEC/DC/PROC/2045-01
Objet : demande de branchement avec compteur prépayé – procédure pour les particuliers
Lieu de dépôt : agences commerciales de Nouakchott (Tevragh Zeina, Ksar, Arafat) et de l'intérieur
Horaire : du lundi au jeudi de 8 h à 16 h, le vendredi de 8 h à 12 h
Date limite pour la campagne de branchements à tarif social : 31 janvier 2045

EXIGENCES POUR LE DÉPÔT DU DOSSIER
1. Copie de la carte nationale d'identité du demandeur.
2. Titre de propriété ou contrat de bail du logement.
3. Plan de situation signé par le chef de quartier.
4. Attestation de conformité de l'installation intérieure établie par un électricien agréé.

TARIFS
Les frais de branchement monophasé sont fixés à 4 800 MRU, payables en agence ou par paiement mobile. Ils ne
constituent ni un salaire ni une rémunération et ne donnent droit à aucun emploi.

DÉROULEMENT
Après le dépôt, un agent technique visite le logement sous dix jours ouvrables. Le compteur prépayé est posé et la
première recharge de 100 kWh est offerte pendant la campagne.

Le présent document est une procédure commerciale. Il ne constitue pas un avis de recrutement et aucun poste n'est
à pourvoir.
"""

F = """[Accueil](#) · [Vie étudiante](#) · [Bibliothèques](#) · [Recrutement](#)

# Règlement de prêt du matériel audiovisuel aux étudiants

*Référence : USMB-DSI-AV-REG-2045 · Service audiovisuel et multimédia*

**Lieu :** comptoir de prêt, bâtiment 8C, campus de Jacob-Bellecombette  
**Horaire :** du lundi au vendredi, de 9 h à 12 h et de 13 h 30 à 17 h  
**Date limite des réservations pour la semaine des projets tutorés :** 16 janvier 2045

## Exigences

1. Être inscrit·e à l'université pour l'année en cours et présenter sa carte d'étudiant.
2. Réserver au moins 48 heures à l'avance sur l'intranet.
3. Déposer une caution de 150 € (chèque ou empreinte bancaire), rendue au retour du matériel.
4. Restituer le matériel complet, chargé et nettoyé à la date prévue.

## Matériel disponible

Caméras, enregistreurs audio, micros-cravates, trépieds, kits d'éclairage et vidéoprojecteurs portables. Une courte
formation est proposée le jeudi à 14 h aux étudiants qui empruntent une caméra pour la première fois.

## Sanctions

Tout retard de plus de trois jours suspend le droit d'emprunt pour un mois ; une perte ou une casse est facturée au
prix de remplacement.

Ce règlement n'est pas une offre d'emploi : il ne propose aucun poste et ne prévoit aucun salaire.

© Université Savoie Mont Blanc
"""


def build():
    w("treaty-renewal-submission-circular-to-cedants-africa-re.en.txt", A, "-")
    w("charter-flight-quotation-request-guide-madagascar-airlines.en.md", B, "-")
    w("retailer-terminal-relocation-request-procedure-atlantic-lottery.en.html", C_, "-")
    w("consignes-don-de-lait-maternel-lactarium-hopitaux-iris-sud.fr.html", D_, "-")
    w("demande-branchement-compteur-prepaye-somelec.fr.txt", E, "-")
    w("reglement-pret-materiel-audiovisuel-etudiants-usmb.fr.md", F, "-")
