"""The six documents of corpus290 that are not vacancy notices (3 EN, 3 FR)."""
from common import *

# 1. EN html: electricity utility's meter-tampering informant reward scheme
write("meter-tampering-informant-reward-scheme-public-notice-st-kitts-2041.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Public Notice – Meter Tampering Informant Reward Scheme</title></head><body>
<header><strong>Basseterre Power &amp; Light (fictitious utility)</strong>
<nav><a href="#">Home</a> | <a href="#">Pay my bill</a> | <a href="#">Outages</a> | <a href="#">Careers</a> | <a href="#">Contact</a></nav></header>
<main>
<h1>PUBLIC NOTICE – Meter Tampering Informant Reward Scheme 2042</h1>
<p><b>Reference:</b> BPL/CS/PN/2041-19 &nbsp; · &nbsp; Issued: November 27, 2041</p>
<p>Electricity theft raises the cost of power for every honest customer. The Company's Revenue Protection Unit is renewing for 2042 the scheme that rewards members of the public who report meter tampering or illegal connections.</p>
<h2>Position of the scheme</h2>
<p>The scheme is voluntary. It creates no contract of employment, no salary and no position with the Company, and informants are not agents or staff of the Company.</p>
<h2>Location of drop boxes</h2>
<table border="1"><tr><th>Location</th><th>Schedule</th></tr>
<tr><td>Customer Hall, Central Street, Basseterre</td><td>Monday to Friday, 8:00 a.m. – 3:30 p.m.</td></tr>
<tr><td>Sandy Point sub-office</td><td>Tuesday and Thursday, 9:00 a.m. – 1:00 p.m.</td></tr></table>
<h2>Schedule of rewards</h2>
<ul><li>Confirmed illegal connection: EC$250 (XCD)</li><li>Confirmed meter bypass or broken seal: EC$400</li><li>Case leading to recovery above EC$10,000: 5% of the amount recovered, up to EC$2,000</li></ul>
<h2>Requirements for claimants</h2>
<ol><li>Be 18 years of age or older;</li><li>Give an address or premises number precise enough for an inspection;</li><li>Not be an employee of the Company or a contractor working on meters;</li><li>Collect the reward in person with a valid ID.</li></ol>
<h2>Deadline</h2>
<p>Reports made under the 2041 scheme must be claimed by <b>Friday, December 19, 2041</b>; unclaimed rewards lapse.</p>
<p>All reports are treated in confidence by the inspectors on duty. For vacancies with the Company, see the Careers page; this notice is not an advertisement for any post.</p>
</main>
<footer>© 2041 Basseterre Power &amp; Light (fictitious)</footer>
</body></html>
""")

# 2. EN md: research vessel charter booking conditions
write("research-vessel-charter-rates-and-booking-conditions-albion-2042.en.md", """---
reference: RVC/2041/11
title: Research vessel charter – rates and booking conditions 2042
---

[Home](https://ocean-institute.example) · [Research](https://ocean-institute.example/research) · [Careers](https://ocean-institute.example/careers) · **Vessel & Facilities**

# Research vessel charter: rates and booking conditions for 2042

**Reference:** RVC/2041/11
**Location:** Albion jetty (home port) and Port Louis fishing port
**Vessel:** RV *Lagon Bleu* (fictitious), 32 m, 12 scientific berths

The Institute charters its coastal research vessel to universities, government
departments and private survey firms when it is not needed for its own programme.

## Schedule

| Period | Availability |
|---|---|
| 5 – 30 January 2042 | open for charter |
| February – March 2042 | cyclone season: day trips only |
| April – June 2042 | open for charter |

## Rates

* Day rate, crew and fuel included: MUR 145,000
* Each additional scientist above eight: MUR 6,500 per day
* Winch and CTD operator: MUR 12,000 per day

## Requirements for charterers

1. A signed cruise plan with stations, equipment and a named chief scientist.
2. Proof of insurance for the scientific party.
3. A valid sea survival certificate for each person on board.
4. A deposit of 30% of the estimated cost.

## Deadline

Requests for the January and April–June windows must reach the Vessel Desk by
**Friday 20 December 2041**. Requests are accepted in order of receipt.

The Master and crew in post remain employees of the Institute; a charter creates
no post, salary or employment for the charterer's staff.
""")

# 3. EN txt: gold-panner registration drive (mining company community notice)
write("gold-panner-corridor-registration-drive-community-notice-kedougou-2041.en.txt", """COMMUNITY NOTICE – REGISTRATION DRIVE FOR GOLD PANNERS
Ref.: CR/ASM/2041-07                                  Kédougou, 29 November 2041
Issued by the Community Relations team of a gold mining company (fictitious) with
the Regional Mines Service

Purpose
The State has allocated a new artisanal gold-panning corridor outside the mining
lease. Panners who now work near the pits are invited to register so that they
can move to the corridor with a permit and a support package.

Location of registration desks
- Village hall of Bransan, Tuesdays
- Health post of Madina Sabodala, Thursdays
- Community office at the main gate, Monday to Friday

Schedule
8:00 a.m. to 1:00 p.m. From 2 to 19 December 2041.

Requirements for registration
(a) be 18 years of age or older;
(b) bring a national identity card or a village chief's certificate;
(c) give the location of the current working site;
(d) agree not to use mercury in the corridor.

Support package
A toolkit, a first-aid kit and a one-off transport allowance of XOF 25,000 per
registered panner. There is no salary.

Deadline
Registration closes on Friday 19 December 2041. Late registrations will be
considered in the second phase in 2042.

Important
This drive is not recruitment. Registration gives no job, no position and no
contract with the company, and no fee is charged by our officers on duty.
Report anyone asking for money at the desks to the community office.
""")

# 4. FR txt: victims' guide to claiming compensation after a road accident (insurance office)
write("guide-victime-demande-indemnisation-accident-circulation-gonaives-2041.fr.txt", """GUIDE PRATIQUE DE LA VICTIME – DEMANDE D'INDEMNISATION
Accident de la circulation impliquant un véhicule assuré
Référence : GUIDE-VIC/2041-03 – Édition de novembre 2041 (office fictif)

Lieu de dépôt
Bureau régional des Gonaïves, guichet « Victimes », rez-de-chaussée.

Horaires
Du lundi au vendredi, de 8 h 00 à 15 h 00. Le samedi matin sur rendez-vous.

1. Qui peut demander une indemnisation ?
La victime elle-même, ou, en cas de décès, ses ayants droit (conjoint, enfants,
parents). Les passagers, les piétons et les conducteurs non responsables sont
concernés.

2. Conditions requises
a) l'accident doit impliquer un véhicule assuré auprès de l'Office ;
b) la déclaration doit être faite dans les trente jours ;
c) un procès-verbal de police ou un constat doit être fourni ;
d) les frais médicaux doivent être justifiés par des factures originales.

3. Pièces à fournir
Carte d'identification nationale, certificat médical initial, factures, et, si
la victime a perdu une partie de son salaire, une attestation de l'employeur
précisant le poste occupé et le salaire mensuel.

4. Date limite
Pour les accidents survenus en 2041, les dossiers complets doivent être déposés
au plus tard le mercredi 31 décembre 2041. Passé ce délai, le dossier est
examiné au titre de l'exercice suivant.

5. Délais de traitement
Un gestionnaire en poste au bureau régional étudie le dossier. Une proposition
écrite est faite dans les quarante-cinq jours.

Avertissement : ce guide n'est ni un avis de vacance ni une offre d'emploi. Le
dépôt d'un dossier est gratuit ; aucun agent ne peut exiger d'argent (montant
indicatif des plafonds : jusqu'à 500 000 gourdes pour les frais médicaux).
""")

# 5. FR md: lab's effluent-analysis request form for olive mills
write("demande-d-analyses-effluents-huileries-campagne-oleicole-laboratoire-sfax-2041.fr.md", """---
reference: LAB-GPE/ANA/2041-22
titre: Demande d'analyses des effluents d'huileries – campagne oléicole 2041-2042
---

[Accueil](https://lab-gpe.example) · [Équipes](https://lab-gpe.example/equipes) · [Recrutement](https://lab-gpe.example/recrutement) · **Prestations**

# Demande d'analyses des effluents d'huileries (margines)

**Référence :** LAB-GPE/ANA/2041-22
**Lieu de réception des échantillons :** hall technique du laboratoire, route de Soukra, Sfax (laboratoire fictif)

## Horaires de réception

| Jour | Horaires |
|---|---|
| Lundi à jeudi | 8 h 30 – 12 h 30 |
| Vendredi | 8 h 30 – 11 h 30 |

## Conditions requises pour les échantillons

1. Flacons propres de 1 litre, remplis aux trois quarts ;
2. Échantillon prélevé depuis moins de 48 heures et conservé au frais ;
3. Étiquette indiquant l'huilerie, le bassin et la date de prélèvement ;
4. Bon de commande signé par le responsable de l'huilerie.

## Tarifs (TND, hors taxes)

* DCO et pH : 45 TND
* Polyphénols totaux : 60 TND
* Bilan complet avant épandage : 180 TND

## Date limite

Les demandes de bilan complet pour la campagne doivent parvenir au laboratoire
**au plus tard le vendredi 20 décembre 2041**.

Les analyses sont réalisées par les ingénieurs et techniciens en poste au
laboratoire. Cette page ne publie aucun poste et ne constitue pas une offre
d'emploi ; les recrutements figurent dans la rubrique dédiée.
""")

# 6. FR html: commissioning of a pastoral pumping station and rules of use
write("avis-mise-en-service-station-de-pompage-pastorale-et-regles-d-usage-ouaddai-2041.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Avis de mise en service – station de pompage pastorale</title></head><body>
<nav><a href="#">Accueil</a> · <a href="#">Le projet</a> · <a href="#">Recrutement</a> · <a href="#">Documents</a></nav>
<h1>AVIS DE MISE EN SERVICE D'UNE STATION DE POMPAGE PASTORALE</h1>
<p><b>Référence :</b> PROJET-EAU/AV/2041-31 (projet fictif) – Abéché, le 1er décembre 2041</p>
<p>Les usagers sont informés de la mise en service de la station de pompage solaire pastorale sur l'axe de transhumance nord.</p>
<dl>
<dt>Lieu</dt><dd>Forage pastoral de Goz Amer (province du Ouaddaï)</dd>
<dt>Horaires d'abreuvement</dt><dd>De 6 h à 11 h et de 15 h à 18 h, tous les jours</dd>
<dt>Gestion</dt><dd>Comité de gestion élu par les éleveurs et les villages riverains</dd>
</dl>
<h2>Conditions requises pour l'accès des troupeaux</h2>
<ol>
<li>Être enregistré auprès du comité de gestion ;</li>
<li>Respecter le tour d'eau fixé par le comité ;</li>
<li>Acquitter la redevance : 100 FCFA par tête de gros bétail et 25 FCFA par petit ruminant ;</li>
<li>Ne pas stationner plus de 48 heures autour de l'ouvrage.</li>
</ol>
<h2>Date limite d'enregistrement</h2>
<p>Les chefs de campement doivent enregistrer leurs troupeaux avant le <b>lundi 15 décembre 2041</b>.</p>
<p>Le gardien et le pompiste en poste sont rémunérés par le comité sur les redevances. Le présent avis ne porte sur aucun recrutement et n'ouvre aucun poste.</p>
<footer>Projet fictif – Antenne d'Abéché</footer>
</body></html>
""")
save_rows("neg")
