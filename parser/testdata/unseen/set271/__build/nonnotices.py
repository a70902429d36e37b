from common import *

EN1 = """UNIVERSITY OF BUEA
Office of the Registrar – Convocation Committee

NOTICE ON THE HIRE OF ACADEMIC DRESS FOR THE 2040 CONVOCATION

Reference: UB/REG/CONV/2040/07
Location: Convocation Square and the Amphi 750 gown store, Buea
Schedule: gown fitting Monday to Friday, 9 a.m. to 3 p.m.; ceremony on Saturday 16 June 2040
Deadline for hire requests: 18 May 2040

Requirements for graduands
1. Present the clearance slip signed by the Library, the Bursary and the Faculty Officer.
2. Pay the hire fee of 15,000 FCFA for a Bachelor's gown and hood, or 25,000 FCFA for Master's and PhD dress.
3. Return the complete academic dress within 48 hours after the ceremony.

Postgraduate graduands must wear the hood of their own degree; lecturers who process with the Senate hire their
dress from the same store. This notice concerns the hire of academic dress only: it does not announce any position,
and the fees above are charges paid by graduands, not a salary.

The Registrar
"""

EN2 = """# Lake Tanganyika Authority — Lake Level Bulletin No. 2040/04

**Reference:** LTA/HYD/BUL/2040/04  
**Location:** gauging stations of Bujumbura, Kigoma, Kalemie and Mpulungu  
**Schedule:** daily readings at 07:00 and 17:00 local time; monthly bulletin  
**Deadline for station returns:** 5 May 2040

## Readings for March 2040

| Station | Mean level (m a.s.l.) | Change since February |
|---|---|---|
| Bujumbura | 775.62 | +0.08 |
| Kigoma | 775.59 | +0.07 |
| Kalemie | 775.64 | +0.09 |
| Mpulungu | 775.57 | +0.06 |

## Requirements for station observers

1. Read the staff gauge at the fixed times and record the value to the nearest centimetre.
2. Send the monthly form, signed by the station officer, to the Secretariat before the deadline.
3. Report any damaged gauge within 24 hours.

Observers are staff of the national hydrological services; the Authority pays no salary or allowance for this
reporting. This bulletin is a technical publication and offers no position or contract.
"""

EN3 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Market stall lease renewal 2040–2041 – Luganville Municipal Council</title></head>
<body>
<nav><a href="#">Home</a> | <a href="#">Council</a> | <a href="#">Markets</a> | <a href="#">Vacancies</a> | <a href="#">Contact</a></nav>
<h1>Market stall lease renewal 2040–2041</h1>
<table>
<tr><th>Reference</th><td>LMC/MKT/LEASE/2040</td></tr>
<tr><th>Location</th><td>Main market, fish market and ward markets, Luganville</td></tr>
<tr><th>Schedule</th><td>Renewals at the Markets Office, Monday to Friday, 8 am to 12 noon</td></tr>
<tr><th>Deadline</th><td>31 May 2040</td></tr>
<tr><th>Annual fee</th><td>VUV 36,000 for a covered stall; VUV 18,000 for an open table</td></tr>
</table>
<h2>Requirements for vendors</h2>
<ul>
<li>Show the current lease card and a valid business licence.</li>
<li>Have no unpaid daily market fees at 30 April 2040.</li>
<li>Hold a food handler's certificate for cooked food and fish stalls.</li>
</ul>
<p>Stalls not renewed by the deadline will be offered to vendors on the waiting list. The fee is a charge paid by
vendors to the Council; this page does not advertise a job, offers no salary and no post.</p>
<footer>Luganville Municipal Council · PO Box 32, Luganville</footer>
</body></html>
"""

FR1 = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Maison des accompagnants – règlement – CHOG</title></head>
<body>
<header>Centre hospitalier de l'Ouest guyanais · <a href="#">Patients et visiteurs</a> · <a href="#">Nous rejoindre</a></header>
<h1>Maison des accompagnants : règlement d'hébergement</h1>
<dl>
<dt>Référence</dt><dd>CHOG-DPP-REG-2040-03</dd>
<dt>Lieu</dt><dd>Bâtiment H, à côté de la maternité, Saint-Laurent-du-Maroni</dd>
<dt>Horaire d'accueil</dt><dd>Tous les jours de 8 h à 20 h</dd>
<dt>Date limite de réservation</dt><dd>48 heures avant l'arrivée ; pour les séjours de juin, au plus tard le 25 mai 2040</dd>
</dl>
<h2>Exigences</h2>
<ol>
<li>Être le parent ou l'accompagnant désigné d'un patient hospitalisé venant d'une commune du fleuve.</li>
<li>Présenter une pièce d'identité et le bulletin de situation du patient.</li>
<li>Respecter le calme entre 21 h et 6 h et l'entretien des parties communes.</li>
</ol>
<p>Participation : 8 € par nuit, gratuite pour les bénéficiaires de l'aide médicale de l'État. Ce règlement
concerne l'hébergement des familles : il ne constitue pas une offre d'emploi et n'ouvre droit à aucun salaire.</p>
</body></html>
"""

FR2 = """# Réservation des installations sportives de Macolin par les clubs – conditions 2040

**Office fédéral du sport OFSPO** · Gestion des installations

| | |
|---|---|
| **Référence** | OFSPO-INST-2040-02 |
| **Lieu** | Macolin (halles, piste d'athlétisme, piscine) et Tenero |
| **Horaire** | du lundi au vendredi de 17 h à 22 h, samedi de 8 h à 18 h |
| **Délai de réservation** | 31.05.2040 pour la saison d'automne |

## Exigences pour les clubs

1. Être affilié à une fédération membre de Swiss Olympic.
2. Désigner un ou une responsable présent(e) pendant toute l'occupation.
3. Fournir la liste des participant(e)s et l'attestation d'assurance responsabilité civile.

Tarif : CHF 45 par heure pour une halle, CHF 120 par demi-journée pour la piste. Les moniteurs et entraîneurs des
clubs restent sous la responsabilité de leur club ; l'OFSPO ne les engage pas et ne verse aucun salaire. Ce document
fixe des conditions d'utilisation et ne met aucun poste au concours.
"""

FR3 = """RÉPUBLIQUE DU SÉNÉGAL
CONSEIL DÉPARTEMENTAL DE TAMBACOUNDA
Commission Environnement et Cadre de vie

BARÈME DE LA REDEVANCE D'ENLÈVEMENT DES ORDURES MÉNAGÈRES – EXERCICE 2040

Référence : CD-TAMBA/ENV/2040-011
Lieu : communes de Tambacounda, Koumpentoum et Goudiry (zones desservies)
Horaire de collecte : lundi, mercredi et samedi, de 6 h à 11 h
Date limite de paiement du premier semestre : 31 mai 2040

Barème annuel
  Ménage (concession ordinaire) ........................ 6 000 FCFA
  Commerce, boutique, atelier ......................... 18 000 FCFA
  Hôtel, restaurant, station-service .................. 60 000 FCFA

Exigences pour les usagers
  - déposer les ordures dans des sacs fermés la veille du passage ;
  - ne pas brûler les déchets dans les concessions ;
  - présenter la quittance lors des contrôles des agents de salubrité.

Les agents de collecte sont des employés des groupements d'intérêt économique prestataires. Le présent barème
n'est ni un avis de recrutement ni une offre d'emploi ; les montants ci-dessus sont des redevances et non des salaires.

Fait à Tambacounda, le 10 avril 2040
Le Président du Conseil départemental
"""


def build():
    write("academic-dress-hire-convocation-university-of-buea.en.txt", EN1, "-")
    write("lake-level-gauge-bulletin-lake-tanganyika.en.md", EN2, "-")
    write("market-stall-lease-renewal-luganville.en.html", EN3, "-")
    write("maison-des-accompagnants-reglement-chog.fr.html", FR1, "-")
    write("reservation-installations-sportives-clubs-macolin.fr.md", FR2, "-")
    write("bareme-redevance-ordures-menageres-tambacounda.fr.txt", FR3, "-")
