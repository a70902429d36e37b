from common import *

# 1 EN txt: corridor border-post hours bulletin (ALCO)
write("border-post-rainy-season-operations-bulletin-alco.en.txt", """ABIDJAN-LAGOS CORRIDOR ORGANIZATION
Executive Secretariat – Cotonou

OPERATIONAL BULLETIN No. 2041-07
Reference: ALCO/OPS/BUL/2041/07
Date: 1 July 2041

SUBJECT: OPENING HOURS OF THE JOINT BORDER POSTS DURING THE RAINY SEASON

Location: Noé–Elubo, Aflao–Kodjoviakopé, Sanvee Condji–Hilla Condji, Kraké–Seme
Schedule: 06:00 to 22:00, seven days a week, from 8 July to 30 September 2041
Deadline for comments from freight associations: 19 July 2041

Requirements for drivers and forwarders
1. Present the electronic transit declaration before arriving at the post.
2. Carry the vehicle's ISRT logbook and a valid driving licence.
3. Respect the weighbridge queue; no overtaking inside the control zone.

Fees: the escort fee of USD 15 per truck is unchanged. It is a service charge, not a salary or an allowance.

This bulletin informs transport operators about opening hours. It does not announce any position and the Secretariat is not recruiting through it. Questions: operations@corridor-alco.example
""", "-")

# 2 EN html: herbarium specimen loan conditions (IFP)
write("herbarium-specimen-loan-conditions-ifp.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Specimen loans – Herbarium – French Institute of Pondicherry</title></head>
<body>
<nav>Home · Research · Collections · Herbarium · Join us · Contact</nav>
<p>Home › Collections › Herbarium › Loans</p>
<h1>Conditions for the loan of herbarium specimens</h1>
<table>
<tr><th>Reference</th><td>HIFP/LOAN/2041</td></tr>
<tr><th>Location</th><td>Herbarium, 11 Saint Louis Street, Puducherry</td></tr>
<tr><th>Schedule</th><td>Loan desk open Monday to Friday, 9:30–12:30</td></tr>
<tr><th>Deadline</th><td>Requests for the 2041–2042 loan cycle by 25 July 2041</td></tr>
</table>
<h2>Requirements for borrowing institutions</h2>
<ol>
<li>The request must come from the curator of a recognised herbarium, not from an individual.</li>
<li>Specimens must be returned within twelve months, by registered courier.</li>
<li>Destructive sampling requires written permission.</li>
</ol>
<h2>Costs</h2>
<p>Packing is free; outbound postage is charged at cost (about INR 2,400 per parcel). No salary, fee or honorarium is paid to visiting taxonomists.</p>
<p>This page describes a collections service. It is not a job offer and no position is open; for vacancies, see the "Join us" page.</p>
<footer>© 2041 French Institute of Pondicherry</footer>
</body></html>
""", "-")

# 3 EN md: rabies vaccination clinic fees (IPC)
write("rabies-prevention-center-fees-schedule-ipc.en.md", """[Home](/) · [Vaccination center](/vaccination) · [Careers](/careers)

# Rabies Prevention Center – schedule and fees 2041

*Reference: IPC/RPC/FEES/2041 · Updated 1 July 2041*

| | |
|---|---|
| **Location** | Phnom Penh, Kampong Cham and Battambang centers |
| **Schedule** | Every day, 7:30–11:30 and 13:30–16:30, including public holidays |
| **Deadline** | Complete the post-exposure series within 28 days of the first dose |

## Requirements for patients

- Bring your vaccination card to every visit.
- Children under 15 must be accompanied by an adult.
- Report any previous rabies vaccination to the nurse.

## Fees

- Post-exposure dose: USD 12 per injection
- Immunoglobulin: USD 45 per vial

Fees are charged for the vaccine only. They are not a salary or a wage, and the center does not recruit patients or volunteers through this page. Staff vacancies are published separately under Careers.
""", "-")

# 4 FR txt: cataract surgery campaign (Tanguiéta)
write("campagne-chirurgie-cataracte-tanguieta.fr.txt", """HÔPITAL SAINT JEAN DE DIEU DE TANGUIÉTA
Service d'ophtalmologie

COMMUNIQUÉ – CAMPAGNE DE CHIRURGIE DE LA CATARACTE 2041
Référence : HSJD-T/OPH/COM/2041/04
Tanguiéta, le 28 juin 2041

Lieu : bloc opératoire d'ophtalmologie, Tanguiéta (Atacora, Bénin)
Horaire des consultations de dépistage : du lundi au samedi, de 7 h 30 à 13 h
Date limite d'inscription : 19 juillet 2041

Conditions pour les patients
1. Se présenter avec une pièce d'identité et le carnet de santé.
2. Être à jeun le jour de l'intervention.
3. Venir avec un accompagnant pour la nuit suivant l'opération.

Participation aux frais : 15 000 FCFA par œil opéré, lunettes comprises. Ce montant n'est pas un salaire ; les chirurgiens de la mission sont des bénévoles déjà engagés.

Ce communiqué n'est pas un avis de recrutement et ne propose aucun poste. Renseignements : secrétariat d'ophtalmologie.

Le Directeur Général
""", "-")

# 5 FR html: wood-stove replacement grant (AwAC)
write("prime-remplacement-poele-bois-awac.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Prime au remplacement des poêles à bois – AwAC</title></head>
<body>
<nav>L'Agence · Qualité de l'air · Climat · Énergie · Publications · Emplois · Contact</nav>
<p>Accueil › Qualité de l'air › Chauffage au bois</p>
<h1>Prime au remplacement des anciens poêles à bois</h1>
<dl>
<dt>Référence</dt><dd>AWAC/PRIME-BOIS/2041</dd>
<dt>Lieu</dt><dd>Toute la Wallonie ; dossiers traités à Jambes (Namur)</dd>
<dt>Horaire du service d'information</dt><dd>du lundi au vendredi, de 9 h à 12 h</dd>
<dt>Date limite</dt><dd>demandes pour 2041 à introduire avant le 30/09/2041</dd>
</dl>
<h2>Exigences</h2>
<ul>
<li>L'ancien appareil doit avoir été installé avant 2015.</li>
<li>Le nouvel appareil doit porter le label Ecodesign.</li>
<li>L'installation doit être réalisée par un professionnel agréé.</li>
</ul>
<h2>Montant</h2>
<p>La prime s'élève à 900 € par ménage. Il ne s'agit ni d'un salaire ni d'une rémunération ; aucun candidat n'est recherché et cette page ne constitue pas une offre d'emploi.</p>
<footer>AwAC · Avenue Prince de Liège 7, 5100 Jambes</footer>
</body></html>
""", "-")

# 6 FR md: solar connection conditions (Enercal)
write("conditions-raccordement-photovoltaique-enercal.fr.md", """**ENERCAL** · [Particuliers](/) · [Professionnels](/pro) · [Carrières](/carrieres) · [Contact](/contact)

# Raccordement d'une installation photovoltaïque au réseau

*Référence : ENC/RAC/PV/2041 · Mise à jour du 2 juillet 2041*

| | |
|---|---|
| **Lieu** | Communes desservies par Enercal, Nouvelle-Calédonie |
| **Horaire de l'accueil technique** | du lundi au vendredi, de 7 h 30 à 15 h 30 |
| **Date limite** | dossiers complets avant le 25 juillet 2041 pour une mise en service en septembre |

## Exigences techniques

1. Onduleur conforme à la norme en vigueur et déclaré à la DIMENC.
2. Puissance installée inférieure ou égale à 9 kWc pour un particulier.
3. Attestation de conformité délivrée par un installateur qualifié.

## Frais

Forfait de raccordement : 48 000 XPF TTC. Ce montant n'est pas un salaire ; la présente page n'est pas une offre d'emploi et ne met aucun poste au recrutement.
""", "-")
