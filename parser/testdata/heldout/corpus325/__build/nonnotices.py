from common import *
NN = {}
NN["streetlight-fault-reporting-and-repair-schedule-san-fernando-2044.en.html"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Streetlight faults – repair schedule</title></head><body>
<nav>Home | Customer Service | Energy Tips | Careers | Contact</nav>
<h1>Streetlight Fault Reporting and Repair Schedule – San Fernando, November 2044</h1>
<p>Reference: SL/SF/2044-11 · Issued October 31, 2044</p>
<p>This customer notice explains how residents report a streetlight that is out, flickering or burning during the day, and when our crews will be in each area. It is a service notice only: it does not advertise any vacancy, position or recruitment.</p>
<h2>Location and schedule of repair crews</h2>
<table border="1"><tr><th>Area</th><th>Crew visit</th></tr>
<tr><td>Marabella and Vistabella</td><td>November 7–9, 2044</td></tr>
<tr><td>Cocoyea and Pleasantville</td><td>November 14–16, 2044</td></tr>
<tr><td>Gulf View and La Romaine</td><td>November 21–23, 2044</td></tr></table>
<h2>Requirements for a valid report</h2>
<ol><li>The pole number painted on the pole, or the nearest house number;</li><li>A description of the fault;</li><li>A telephone number where we can reach you.</li></ol>
<p>Reports received before the deadline of Friday, November 18, 2044 will be included in this cycle; later reports go to the December cycle. Repairs are free of charge. Our linesmen already in post carry identification cards; no crew member will ask you for payment, and no salary or fee is involved for residents.</p>
<p>Report a fault online or call the 24-hour line. Thank you for helping us keep your streets lit.</p>
<footer>© 2044 – Customer Communications</footer></body></html>
"""
NN["bus-shelter-advertising-panels-rate-card-and-booking-conditions-mahe-2044.en.txt"] = """
BUS SHELTER ADVERTISING PANELS – RATE CARD AND BOOKING CONDITIONS 2045
Ref: ADV/RC/2044-03                                  Victoria, 2 November 2044

This rate card is for businesses that wish to book advertising panels at bus
shelters on Mahé. It is not a vacancy notice and offers no post or position.

1. LOCATION OF PANELS
   Victoria terminal (6 panels), Anse Royale (2), Beau Vallon (3), Providence (2).

2. RATES (per panel, excluding VAT)
   Victoria terminal .............. SCR 4,500 per month
   Other shelters .................. SCR 2,200 per month
   Design and printing ............. quoted on request

3. REQUIREMENTS FOR ADVERTISERS
   (a) a registered business name and a copy of the trade licence;
   (b) artwork in the panel size (120 x 176 cm), in English, Creole or French;
   (c) no advertising of alcohol or tobacco near schools.

4. BOOKING SCHEDULE
   Panels are let for periods of one, three or six months starting on the
   first day of a month.

5. DEADLINE
   Bookings for January 2045 must reach the Commercial Unit by Wednesday
   30 November 2044.

Advertising income is not a salary and is not linked to any job. Staff in
post at the Commercial Unit will confirm each booking in writing within
five working days.
"""
NN["cashew-farmer-livelihood-restoration-payment-calendar-seguela-2044.en.md"] = """---
reference: LRP/SEG/2044-07
title: Livelihood restoration – payment calendar for cashew farmers
---
[Home](#) · [Community](#) · [Careers](#) · [Contact](#)

# Livelihood restoration: payment calendar for cashew farmers (Séguéla area)

**Reference:** LRP/SEG/2044-07  
**Location:** villages affected by the northern waste dump extension

This update tells the households who lost cashew trees to the dump extension when and where the second livelihood restoration instalment will be paid. It does not offer any job, position or contract, and the payments are compensation, not a salary.

## Payment schedule

| Village | Date | Place |
|---|---|---|
| Village A | 8 November 2044 | school yard |
| Village B | 10 November 2044 | health post |
| Village C | 15 November 2044 | chief's courtyard |

## Requirements for payment

1. The household card issued at the census;
2. The national identity card of the registered head of household;
3. A mobile money number, where the household chose that option.

The amount is XOF 18,000 per productive tree, as set in the compensation framework. Households that cannot attend must send a written proxy before the deadline of 25 November 2044. Community liaison officers in post at the site office answer questions every weekday.
"""
NN["conditions-et-tarifs-du-pret-scolaire-rentree-2044-agences-libreville.fr.txt"] = """
PRÊT SCOLAIRE – CONDITIONS ET TARIFS
Référence : PROD/PS/2044-02                 Libreville, le 3 octobre 2044

Cette fiche présente le prêt scolaire proposé aux particuliers pour financer
les frais de scolarité de leurs enfants. Elle ne constitue ni une offre
d'emploi ni un avis de recrutement.

LIEU
Toutes les agences de Libreville, d'Owendo et d'Akanda.

HORAIRES D'ACCUEIL
Du lundi au vendredi, de 7 h 30 à 15 h 30 ; le samedi de 8 h à 12 h.

CONDITIONS REQUISES
- être titulaire d'un compte depuis au moins six mois ;
- domicilier son salaire dans la banque ;
- présenter le dernier bulletin de salaire et le certificat de scolarité.

TARIFS
Montant ........................ de 150 000 à 2 000 000 FCFA
Durée .......................... 10 mois au plus
Taux ........................... 7,5 % l'an
Frais de dossier ............... 15 000 FCFA

DATE LIMITE
Les demandes au taux promotionnel doivent être déposées au plus tard le
mercredi 30 novembre 2044.

Nos conseillers en poste dans chaque agence vous aident à remplir la demande.
"""
NN["herbier-universitaire-conditions-de-depot-et-de-pret-des-specimens-antsiranana-2044.fr.md"] = """# Herbier de la Faculté des Sciences – conditions de dépôt et de prêt des spécimens

**Référence :** HERB/FS/2044-05  
**Lieu :** bâtiment de Biologie, salle 12, Antsiranana

Cette note s'adresse aux chercheurs et aux étudiants qui déposent ou empruntent des spécimens d'herbier (plantes de mangrove, algues, phanérogames marines). Elle ne concerne aucun poste, aucun recrutement et aucun salaire.

## 1. Conditions requises pour un dépôt

1. Des spécimens séchés et montés sur papier neutre ;
2. Une étiquette portant le lieu, la date et le nom du collecteur ;
3. Les coordonnées GPS du point de récolte.

## 2. Horaires du guichet

| Jour | Heures |
|---|---|
| Lundi à jeudi | 8 h – 12 h |
| Vendredi | 8 h – 11 h |

## 3. Prêts

Les prêts à d'autres établissements durent six mois au plus. Les frais d'envoi, de l'ordre de 45 000 Ariary (MGA) par colis, sont à la charge de l'emprunteur.

## 4. Date limite

Les dépôts destinés au catalogue 2045 doivent être remis au plus tard le vendredi 25 novembre 2044. Les techniciens en poste à l'herbier vérifient chaque lot avant son enregistrement.
"""
NN["programme-de-distribution-de-plants-de-girofliers-anjouan-2044.fr.html"] = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Distribution de plants de girofliers</title></head><body>
<nav>Accueil · Le Ministère · Agriculture · Pêche · Recrutement · Contact</nav>
<h1>Programme de distribution de plants de girofliers – Anjouan, novembre 2044</h1>
<p>Référence : AGR/GIR/2044-09 · Mutsamudu, le 27 octobre 2044</p>
<p>Ce communiqué informe les producteurs du calendrier de distribution de plants de girofliers greffés. Il n'annonce aucun poste, aucun recrutement et aucun salaire.</p>
<dl>
<dt>Lieux de distribution</dt><dd>Pépinières de Ouani, de Domoni et de Sima</dd>
<dt>Horaires</dt><dd>De 7 h à 12 h, du lundi au jeudi</dd>
<dt>Quantité</dt><dd>50 plants au plus par producteur</dd>
</dl>
<h2>Conditions requises</h2>
<ul><li>être inscrit au registre des producteurs de la commune ;</li><li>présenter la carte d'identité ;</li><li>avoir préparé les trous de plantation avant la visite du conseiller.</li></ul>
<p>Une participation de 250 KMF par plant est demandée pour couvrir le transport. Les inscriptions sont reçues jusqu'à la date limite du jeudi 17 novembre 2044. Les conseillers agricoles en poste dans chaque commune vérifieront la préparation des parcelles.</p>
<footer>© 2044 – Union des Comores</footer></body></html>
"""
for name, text in NN.items():
    w(name, text, "-")
