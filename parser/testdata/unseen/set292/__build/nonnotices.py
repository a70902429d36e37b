from common import *
N = {}
N["satellite-uplink-booking-conditions-members-uar.en.txt"] = """AFRICAN UNION OF BROADCASTING – GENERAL SECRETARIAT
Programmes, Exchanges and Sports Department

CONDITIONS FOR BOOKING SATELLITE UPLINK SLOTS (MEMBERS)
Reference: UAR/PEX/CIRC/2042/01
Dakar, 8 January 2042

1. Scope
These conditions apply to member broadcasters that book uplink slots on the Union's shared capacity for news items, sports highlights and unilateral transmissions.

2. Location
Uplinks are made from the member's own earth station or from the Union's partner teleport in Dakar.

3. Schedule
Daily exchange windows: 11:30–12:00 and 17:30–18:00 GMT. Unilateral slots are booked in blocks of 10 minutes.

4. Requirements for booking members
a) be an active or participating member in good standing;
b) send the booking form at least 48 hours in advance;
c) name a technical contact reachable during the slot.

5. Deadline
Bookings for the continental basketball finals must reach the Exchange Desk by 14 February 2042.

6. Fees
Unilateral slots are charged USD 180 per 10-minute block. This is a transmission fee, not a salary, and this circular does not announce any post or recruitment.
"""
N["marina-seasonal-dock-rental-rates-bouctouche.en.html"] = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Marina – Seasonal dock rental | Town of Bouctouche</title></head><body>
<nav><a href="#">Home</a> | <a href="#">Town Hall</a> | <a href="#">Recreation</a> | <a href="#">Employment</a> | <a href="#">Français</a></nav>
<h1>Bouctouche Marina – Seasonal Dock Rental 2042</h1>
<table>
<tr><th>Reference</th><td>MAR-2042-REG</td></tr>
<tr><th>Location</th><td>Bouctouche wharf, Irving Boulevard</td></tr>
<tr><th>Season</th><td>May 15 to October 15, 2042</td></tr>
<tr><th>Office schedule</th><td>Monday to Friday, 9 a.m. to 4 p.m. (town hall until May)</td></tr>
<tr><th>Deadline for returning boaters</th><td>February 28, 2042</td></tr>
</table>
<h2>Requirements for boat owners</h2>
<ol><li>Proof of liability insurance of at least $2,000,000.</li><li>A valid pleasure craft licence or registration.</li><li>Payment of 50% of the fee when the slip is confirmed.</li></ol>
<h2>Rates</h2>
<p>Seasonal slip: $42.50 per foot of boat length, plus HST. Transient boats: $1.60 per foot per night. Electricity is included for slips on dock B.</p>
<p>These are rental rates for dock space. They are not a salary or a wage. The Town is not hiring through this page and no position is open; job postings are listed under Employment.</p>
<footer>Town of Bouctouche · Recreation, Culture and Community Life</footer></body></html>
"""
N["prior-learning-assessment-recognition-fees-educacentre.en.md"] = """[Programs](/programs) · [Newcomers](/newcomers) · [Careers](/careers) · [Français](/fr)

# Prior Learning Assessment and Recognition (PLAR)

*Reference: EDC-REG-PLAR-2042 — Office of the Registrar*

| Item | Details |
|---|---|
| Location | Vancouver campus, Registrar's office, or online |
| Schedule | Assessment sessions on Tuesdays and Thursdays, 1:00 to 4:00 p.m. |
| Deadline | February 21, 2042 for credit to apply in the spring term |

PLAR lets adult learners obtain course credit for knowledge and skills acquired through work, volunteering or study outside the College.

## Requirements for candidates

1. Be admitted to an Éducacentre College program.
2. Submit a portfolio with job descriptions, letters from employers and samples of work.
3. Meet with an assessor for an interview or a practical demonstration.

## Fees

The assessment fee is $95 per course, non-refundable. This fee is not a salary, and PLAR is not an employment program: the College is not recruiting candidates through this page.
"""
N["transfert-abonnement-eau-demenagement-sodeci.fr.html"] = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Déménagement : transférer son abonnement – SODECI</title></head><body>
<nav><a href="#">Accueil</a> · <a href="#">Nos services</a> · <a href="#">Payer ma facture</a> · <a href="#">Agences</a> · <a href="#">Carrières</a></nav>
<h1>Vous déménagez ? Transférez ou résiliez votre abonnement</h1>
<dl>
<dt>Référence de la procédure</dt><dd>SODECI-CLI-PR-12</dd>
<dt>Lieu de dépôt</dt><dd>Toutes les agences commerciales, ou en ligne depuis l'espace client</dd>
<dt>Horaires d'ouverture</dt><dd>Du lundi au vendredi, de 7 h 30 à 16 h 30 ; le samedi de 8 h à 12 h</dd>
<dt>Date limite</dt><dd>Demande à déposer au moins 10 jours avant le départ ; pour les relevés de la campagne de février, avant le 20/02/2042</dd>
</dl>
<h2>Exigences</h2>
<ol><li>Être titulaire de l'abonnement ou mandaté par lui.</li><li>Présenter la dernière facture et une pièce d'identité.</li><li>Avoir soldé toutes les factures antérieures.</li></ol>
<p>Frais de transfert : 3 500 FCFA. Le dépôt de garantie de l'ancien abonnement est reporté sur le nouveau. Ces montants ne sont ni un salaire ni une rémunération : cette page ne constitue pas une offre d'emploi et aucun poste n'est à pourvoir.</p>
<footer>SODECI · Service client 175</footer></body></html>
"""
N["reglement-pret-materiel-audiovisuel-etudiants-cegep-matane.fr.md"] = """[Étudiants](/etudiants) · [Bibliothèque](/biblio) · [Emplois](/emplois)

# Règlement du prêt de matériel audiovisuel aux étudiants

*Référence : CMAT-AV-REG-2042 — Service des technologies de l'information*

**Lieu :** comptoir de prêt, local B-112\\
**Horaire :** du lundi au jeudi de 8 h à 21 h, le vendredi de 8 h à 16 h\\
**Date limite de retour (session d'hiver) :** 15 mai 2042

Le Cégep prête des appareils photo, trépieds, éclairages et enregistreurs aux étudiantes et étudiants inscrits, pour leurs travaux scolaires.

## Conditions d'admissibilité

1. Être inscrit(e) à temps complet ou partiel à la session en cours.
2. Présenter sa carte étudiante valide.
3. Avoir suivi la formation de 30 minutes sur la manipulation du matériel.

## Frais et pénalités

Le prêt est gratuit. Un retard entraîne une pénalité de 5 $ par jour ouvrable ; la perte d'un appareil est facturée à sa valeur de remplacement. Ces montants ne sont pas un salaire : le présent règlement n'offre aucun emploi et aucune candidature n'est sollicitée.
"""
N["session-formation-cadres-africains-cooperation-sud-sud-atct.fr.txt"] = """RÉPUBLIQUE TUNISIENNE
AGENCE TUNISIENNE DE COOPÉRATION TECHNIQUE
Direction de la coopération Sud-Sud et triangulaire

NOTE D'INFORMATION AUX AMBASSADES PARTENAIRES
Référence : ATCT/CSS/NI/2042/03
Tunis, le 16 janvier 2042

Objet : session de formation « Gestion des projets de développement » au profit de cadres africains

Lieu : Centre de formation de l'Agence, Tunis
Horaire : du 13 au 24 avril 2042, de 8 h 30 à 15 h 30
Date limite de réception des candidatures : 27 février 2042

Conditions pour les participants :
1. être fonctionnaire d'un ministère ou d'un établissement public d'un pays partenaire ;
2. être désigné(e) officiellement par son administration ;
3. maîtriser la langue française.

Prise en charge : le billet d'avion, l'hébergement et une indemnité journalière de 90 TND. Cette indemnité n'est pas un salaire. La présente note concerne une formation de courte durée : elle ne constitue ni un avis de recrutement ni une offre de coopération, et aucun poste n'est proposé.

Le Directeur de la coopération Sud-Sud et triangulaire
"""

def build():
    for name, text in N.items():
        W(name, text, "-")
