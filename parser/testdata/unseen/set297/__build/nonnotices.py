from common import *

# EN 1 – html: beach advisory and collection schedule for sargassum landings (utility-free, environment division)
n1 = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sargassum advisory</title></head><body>
<header><nav>Home | Services | Beaches | Permits | Careers | Contact</nav></header>
<main>
<h1>Sargassum Seaweed Landings – Beach Advisory and Collection Schedule</h1>
<p><b>Reference:</b> ENV/ADV/2042/11 · Issued Monday, June 30, 2042 by the Department of Environment (fictitious)</p>
<p>Heavy landings of sargassum seaweed are expected on the east and south coasts through the summer. This advisory tells residents, hotels and fishers what to expect and how collection will be organised.</p>
<h2>Location</h2>
<p>Half Moon Bay, Long Bay, Willikies shoreline, Nonsuch Bay landing sites and Dickenson Bay (west coast, occasional).</p>
<h2>Schedule of collection</h2>
<table border="1"><tr><th>Area</th><th>Days</th><th>Hours</th></tr>
<tr><td>Long Bay and Willikies</td><td>Monday and Thursday</td><td>6:00 a.m. – 10:00 a.m.</td></tr>
<tr><td>Half Moon Bay</td><td>Tuesday and Friday</td><td>6:00 a.m. – 10:00 a.m.</td></tr>
<tr><td>Nonsuch Bay sites</td><td>Wednesday</td><td>7:00 a.m. – 11:00 a.m.</td></tr></table>
<h2>Requirements for property owners</h2>
<ol><li>Keep heavy machinery off turtle nesting zones marked with stakes.</li>
<li>Pile seaweed above the high-water line only; do not burn it.</li>
<li>Register beach-front clean-up contractors with the Department.</li></ol>
<p>Registration of contractors must be completed by the <b>deadline of Friday, July 25, 2042</b>. The registration fee is EC$150 (XCD).</p>
<h2>Health advice</h2>
<p>Decomposing seaweed releases hydrogen sulphide. People with asthma should avoid affected beaches. Staff on duty at the Long Bay post will answer questions.</p>
<p><i>This advisory is not a job advertisement: no position, salary or contract is offered. Volunteers taking part in community clean-ups are not paid.</i></p>
</main><footer>© 2042 – fictitious page</footer></body></html>"""
write("sargassum-seaweed-landings-beach-advisory-and-collection-schedule-antigua-2042.en.html", n1)
row("sargassum-seaweed-landings-beach-advisory-and-collection-schedule-antigua-2042.en.html", "-", "html")

# EN 2 – txt: sewer house-connection assistance scheme guidelines (Mauritius)
n2 = """WASTEWATER HOUSE-CONNECTION ASSISTANCE SCHEME 2042
Guidelines for Applicants
Ref: HCAS/GUIDE/2042 (fictitious)

1. PURPOSE
The scheme helps households in newly sewered areas to connect their premises to the public sewer. It covers part of the cost of the private drain, the inspection chamber and the removal of the old septic tank.

2. LOCATION
Areas where the public sewer was commissioned in 2041-2042: Pailles (sections B and C), Plaine Magnien village centre and Grand Baie Phase 3 (names used for illustration only).

3. REQUIREMENTS FOR APPLICANTS
(a) be the owner or lawful occupier of the premises;
(b) household income not exceeding Rs 60,000 a month (MUR), supported by salary slips or a pension statement;
(c) no arrears on the water account;
(d) a plumber's quotation from a registered contractor.

4. ASSISTANCE
Up to Rs 45,000 per household, paid directly to the contractor after inspection.

5. SCHEDULE
Information sessions at the village halls every Saturday in July, 9.00 hrs to 12.00 hrs.
Deadline for applications: Thursday 31 July 2042.

6. IMPORTANT
This document is not an advertisement for any post or position. Inspectors in post will carry an identity card; no officer will ask for cash.

Enquiries: hotline 000 0000 (fictitious)
"""
write("sewer-house-connection-assistance-scheme-guidelines-mauritius-2042.en.txt", n2)
row("sewer-house-connection-assistance-scheme-guidelines-mauritius-2042.en.txt", "-", "txt")

# EN 3 – md: dust and air quality monitoring community bulletin (mine town)
n3 = """---
title: Dust and Air Quality Monitoring – Community Bulletin No. 7
reference: ENV-COM-2042-07
---

[Home](#) · [Our Mine](#) · [Community](#) · [Careers](#) · [Contact](#)

# Dust and Air Quality Monitoring – Community Bulletin No. 7 (Akjoujt, second quarter 2042)

**Reference:** ENV-COM-2042-07 · **Location:** monitoring stations in Akjoujt town, the school district and the road to the tailings area

## Results

| Station | PM10 average (µg/m³) | Days above guideline |
|---|---|---|
| Town centre | 61 | 4 |
| School district | 48 | 1 |
| Haul road junction | 93 | 11 |

## What we are doing

1. Water trucks on the haul road every two hours during day shifts.
2. A new wind fence along the crusher stockpile, to be finished by 15 July 2042.
3. Monthly meetings with the community liaison committee.

## Requirements for contractors

Contractors working near town must cover loads, limit speed to 30 km/h and report dust complaints within 24 hours. Contractors must file their dust plans by the **deadline of 31 July 2042**.

## Schedule of community meetings

Next meetings: Wednesday 9 July and Wednesday 6 August 2042, 5 p.m., at the youth centre. A transport allowance of MRU 200 is given to committee members for each meeting.

*This bulletin offers no job, salary or position. For employment, see the Careers page.*
"""
write("dust-and-air-quality-monitoring-community-bulletin-akjoujt-2042.en.md", n3)
row("dust-and-air-quality-monitoring-community-bulletin-akjoujt-2042.en.md", "-", "md")

# FR 1 – txt: indicative exchange rates bulletin at counters
n4 = """BULLETIN DES COURS DE CHANGE INDICATIFS – GUICHETS DE CONAKRY
Référence : TRS/CC/2042-126 (document fictif)
Conakry, le lundi 30 juin 2042, 8 h 00

Les cours ci-dessous sont applicables dans les agences du Grand Conakry (Kaloum, Matam, Ratoma) pour les opérations de change manuel. Ils sont indicatifs et peuvent être révisés en cours de journée par la salle des marchés.

DEVISE              ACHAT (GNF)     VENTE (GNF)
1 EUR               9 380           9 470
1 USD               8 610           8 690
1 XOF (100)         1 428           1 446
1 GBP               10 950          11 080

CONDITIONS REQUISES POUR LES OPÉRATIONS DE CHANGE
- présentation d'une pièce d'identité en cours de validité ;
- pour les montants supérieurs à 10 000 EUR : justificatif de l'origine des fonds (bulletin de salaire, facture ou contrat) ;
- pour les non-résidents : déclaration de devises visée à l'entrée.

HORAIRES DES GUICHETS
Du lundi au vendredi de 8 h à 15 h 30 ; samedi de 9 h à 12 h.

DATE LIMITE
Les commandes de billets en devises pour les départs au pèlerinage doivent être passées au plus tard le vendredi 18 juillet 2042.

Ce bulletin n'est ni une offre d'emploi ni un avis de recrutement : aucun poste n'est à pourvoir. Les conseillers en poste dans les agences vous renseignent.
"""
write("bulletin-cours-de-change-indicatifs-guichets-conakry-2042.fr.txt", n4)
row("bulletin-cours-de-change-indicatifs-guichets-conakry-2042.fr.txt", "-", "txt")

# FR 2 – md: scale of fines for axle overload at weighing stations
n5 = """---
titre: Barème des amendes pour surcharge à l'essieu
reference: EXP/PES/2042-04
---

[Accueil](#) | [Réseau routier](#) | [Pesage](#) | [Recrutement](#) | [Contact](#)

# Barème des amendes pour surcharge à l'essieu – postes de pesage (document fictif)

**Référence :** EXP/PES/2042-04\\
**Lieu :** postes de pesage fixes de Yamoussoukro, Bouaké, Ferkessédougou et postes mobiles\\
**Entrée en vigueur :** 1er juillet 2042

## 1. Principe

Tout véhicule de transport de marchandises dont la charge à l'essieu dépasse la limite réglementaire est immobilisé jusqu'au délestage et le transporteur acquitte une amende.

## 2. Barème

| Dépassement de la charge à l'essieu | Amende par tonne excédentaire |
|---|---|
| jusqu'à 5 % | avertissement |
| de 5 à 10 % | 20 000 FCFA |
| de 10 à 20 % | 40 000 FCFA |
| au-delà de 20 % | 60 000 FCFA et délestage obligatoire |

## 3. Conditions requises pour la contestation

1. présenter la lettre de voiture et le ticket de pesée ;
2. déposer la réclamation écrite au poste dans les 48 heures ;
3. joindre le certificat de la dernière visite technique.

## 4. Horaires

Les postes fixes fonctionnent 24 h sur 24 ; les postes mobiles de 6 h à 18 h.

**Date limite** de mise en conformité des remorques équipées de suspensions non homologuées : **mercredi 30 juillet 2042**.

> Ce barème n'annonce aucun recrutement. Les agents en poste délivrent un reçu pour tout paiement ; aucun salaire ni emploi n'est concerné.
"""
write("bareme-amendes-surcharge-essieu-postes-de-pesage-cote-d-ivoire-2042.fr.md", n5)
row("bareme-amendes-surcharge-essieu-postes-de-pesage-cote-d-ivoire-2042.fr.md", "-", "md")

# FR 3 – html: free screening campaign
n6 = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Campagne de dépistage gratuit</title></head><body>
<header><nav>Accueil | Nos centres | Recherche | Emplois | Faire un don</nav></header>
<main>
<h1>Campagne de dépistage gratuit de l'hépatite B et du VIH – été 2042</h1>
<p><b>Référence :</b> COM/DEP/2042-09 · Port-au-Prince, le 26 juin 2042 (document fictif)</p>
<p>Du 7 au 26 juillet 2042, une campagne de dépistage gratuit et confidentiel est organisée dans plusieurs quartiers de la capitale, avec l'appui d'agents de santé communautaires.</p>
<h2>Lieux et horaires</h2>
<dl><dt>Tabarre</dt><dd>Lundi, mercredi et vendredi, de 8 h à 14 h</dd>
<dt>Delmas 33</dt><dd>Mardi et jeudi, de 9 h à 15 h</dd>
<dt>Carrefour-Feuilles</dt><dd>Samedi, de 8 h à 12 h</dd></dl>
<h2>Conditions requises</h2>
<ul><li>être âgé(e) de 15 ans au moins, ou accompagné(e) d'un parent ;</li>
<li>présenter une pièce d'identité ou la carte du centre ;</li>
<li>ne pas avoir été dépisté(e) au cours des trois derniers mois.</li></ul>
<h2>Inscription des groupes</h2>
<p>Les écoles, églises et associations qui souhaitent un passage de l'équipe mobile doivent s'inscrire avant la <b>date limite du vendredi 11 juillet 2042</b>. Le transport des échantillons est pris en charge ; aucun frais n'est demandé, pas même les 250 HTG habituels du carnet.</p>
<p>Les personnes dépistées positives sont orientées le jour même vers une consultation, avec un accompagnement par le personnel en poste.</p>
<p><i>Cette page n'est pas une offre d'emploi : la campagne ne donne lieu à aucun recrutement, aucun poste ni salaire.</i></p>
</main><footer>© 2042 – page fictive</footer></body></html>"""
write("campagne-depistage-gratuit-hepatite-b-vih-port-au-prince-2042.fr.html", n6)
row("campagne-depistage-gratuit-hepatite-b-vih-port-au-prince-2042.fr.html", "-", "html")
