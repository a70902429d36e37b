"""Six non-notices of the UN world (3 EN, 3 FR)."""
from common import *

JOURNAL = """# Journal of the United Nations

**No. 2042/231** · Wednesday, 3 December 2042

*Programme of meetings and agenda*

---

## Official meetings

### General Assembly — Ninety-seventh session

**Plenary** — 10:00 — General Assembly Hall

1. Election of members of the Committee for Programme and Coordination: **filling of vacancies** [item 115 (b)]
2. Appointment of members of the Committee on Contributions: **vacancies** arising from the expiry of terms on 31 December 2042 [item 116 (b)]

*Note:* The vacancies concern seats of Member States and of experts nominated by Governments. They are not posts of the Secretariat and no applications are received from individuals.

### Fifth Committee — Administrative and budgetary questions

**24th meeting** — 15:00 — Conference Room 3

Human resources management: report of the Secretary-General on the composition of the Secretariat (A/97/581), including staff by grade (G-1 to D-2), location and length of service; proposed salary scales for the General Service and related categories in New York.

## Informal consultations

| Title | Location | Time |
|---|---|---|
| Draft resolution on the pattern of conferences | Conference Room 7 | 10:00–13:00 |
| Requirements for the revitalization of the work of the Assembly | Conference Room 11 | 15:00–18:00 |

## Announcements

**Deadline for inscription on the list of speakers.** Delegations wishing to speak under item 116 are requested to inscribe by **Friday, 5 December 2042**, through the e-Speakers module.

**Requirements for side events.** Requests to book rooms for events held on the margins of the session should reach the Meetings Management Section at least three weeks in advance, with the title of the event and the level of the organizer (P-4 or above for Secretariat organizers).

**Reminder.** The Journal does not publish staff vacancy announcements. Job openings of the Secretariat are posted only on the careers portal.

---

*The Journal is published in English and French. Corrections should be sent to journal@un.example before 18:00 on the day before publication.*
"""

PARADE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Medal Parade — Order of Ceremony</title></head>
<body>
<p>UNITED NATIONS MISSION — SECTOR EAST HEADQUARTERS</p>
<h1>Medal Parade: Order of Ceremony</h1>
<table border="1" cellpadding="4">
<tr><th>Reference</th><td>SE/PROT/2042/044</td></tr>
<tr><th>Title of the event</th><td>United Nations Medal Parade for the Formed Police Unit and the Engineering Company</td></tr>
<tr><th>Location</th><td>Parade ground, Sector East Headquarters, Camp Tamarind</td></tr>
<tr><th>Date</th><td>Thursday, 11 December 2042, 08:30</td></tr>
<tr><th>Deadline to confirm guests</th><td>4 December 2042, 17:00</td></tr>
</table>
<h2>Purpose</h2>
<p>The parade recognizes 212 uniformed personnel who have completed at least 90 days of continuous service with the mission. It is a ceremony only: it does not concern the selection, promotion or salary of any civilian or uniformed personnel, and no post is announced or filled.</p>
<h2>Order of ceremony</h2>
<ol>
<li>08:30 Guests seated; contingents formed up.</li>
<li>08:45 Arrival of the Head of Office (D-1) and the Sector Commander.</li>
<li>09:00 National anthems and one minute of silence for fallen peacekeepers.</li>
<li>09:10 Remarks by the Sector Commander.</li>
<li>09:25 Award of medals by the Head of Office, the Chief of Staff (P-5) and invited guests.</li>
<li>10:05 March past.</li>
<li>10:30 Reception at the officers' mess.</li>
</ol>
<h2>Requirements for attendees</h2>
<ul>
<li>Uniformed personnel: ceremonial dress with blue beret.</li>
<li>Civilian staff: business attire; staff ID card displayed.</li>
<li>Guests: valid movement clearance obtained through the Security Section by the deadline above.</li>
</ul>
<h2>Focal points</h2>
<p>Protocol Officer (P-3), extension 4417; Administrative Assistant (G-5), extension 4420. Transport from the logistics base leaves at 07:45.</p>
<p><small>Mission subsistence allowance is not affected by attendance. Photographs will be shared on the mission intranet after 15 December 2042.</small></p>
</body></html>
"""

RRF = """ANNEX: RESULTS AND RESOURCES FRAMEWORK
Country programme document, 2043-2047 (draft for Executive Board review)
Reference: DP/DCP/XYZ/4 — Annex

Location of programme: national, with two priority regions (North and Coastal)
Title of the programme outcome: Outcome 2 — Institutions deliver inclusive, climate-resilient public services

----------------------------------------------------------------------
OUTPUT 2.1  Local authorities plan and budget for climate risks
  Indicator 2.1.1  Number of districts with risk-informed budgets
                   Baseline (2042): 4     Target (2047): 18
  Indicator 2.1.2  Share of district budget tagged for adaptation
                   Baseline (2042): 2%    Target (2047): 9%
  Data source: Ministry of Finance; annual; deadline for data: 31 January

OUTPUT 2.2  Civil registration reaches remote communities
  Indicator 2.2.1  Births registered within 30 days (%)
                   Baseline (2042): 61    Target (2047): 85
  Data source: National Registry; semi-annual
----------------------------------------------------------------------

INDICATIVE RESOURCES (USD thousands)
  Regular resources ........... 6,400
  Other resources ............ 38,900
  Total ...................... 45,300

IMPLEMENTATION ARRANGEMENTS
The programme will be implemented by the existing country office team.
Staffing: one Programme Analyst (NO-B) and one Programme Associate (G-6)
already in post will manage Outcome 2. No new posts are requested and
no recruitment is foreseen under this annex. Salary costs of government
counterparts are not financed by the programme.

REQUIREMENTS FOR IMPLEMENTING PARTNERS
  a) capacity assessment completed before the first transfer of funds;
  b) quarterly financial reports within 30 days of quarter end;
  c) participation in the mid-term review (2045).

Comments on this draft should reach the Regional Bureau by 9 December 2042.
This annex is a planning document; it is not a vacancy announcement.
"""

PALU = """# Service médical — Note d'information

**Prévention du paludisme pour le personnel et les personnes à charge**\\
*Réf. : SM/NI/2042/12*\\
**Lieu :** Maison des Nations Unies, dispensaire du rez-de-chaussée\\
**Date limite d'inscription aux séances d'information :** 12 décembre 2042

---

## Pourquoi cette note ?

La saison des pluies entraîne chaque année une hausse des cas de paludisme parmi le personnel. Cette note rappelle les mesures de prévention. Elle ne concerne ni le recrutement ni le traitement des fonctionnaires : le mot « traitement » y désigne uniquement le traitement médical.

## Exigences pour les voyageurs et les nouveaux arrivants

1. consulter le dispensaire au moins dix jours avant toute mission dans les régions du sud ;
2. présenter le certificat d'aptitude médicale à jour (titre du poste et classe indiqués par les Ressources humaines) ;
3. emporter une moustiquaire imprégnée, fournie gratuitement sur présentation de la carte d'identité ONU ;
4. signaler toute fièvre dans les 24 heures.

## Séances d'information

| Titre de la séance | Date | Salle |
|---|---|---|
| Prophylaxie et effets indésirables | 9 décembre 2042 | Salle B-12 |
| Paludisme et grossesse | 11 décembre 2042 | Salle B-12 |
| Séance pour les chauffeurs et agents de sécurité (G-2 à G-5) | 15 décembre 2042 | Garage |

> « Le dispensaire ne délivre pas d'attestation de service et ne traite aucune candidature à un poste. »

## Contacts

Médecin du travail (P-4) et infirmière (G-6), poste 2210. Les frais de prophylaxie sont pris en charge par l'assurance maladie et ne sont pas déduits du traitement mensuel.
"""

CONTRIB = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>État des contributions statutaires</title></head>
<body>
<h1>État des contributions statutaires et des arriérés des États membres</h1>
<dl>
<dt>Référence</dt><dd>SG/FIN/2042/9</dd>
<dt>Lieu</dt><dd>Secrétariat, Division des finances</dd>
<dt>Situation au</dt><dd>30 novembre 2042</dd>
<dt>Date limite de paiement pour éviter l'application de l'article 9</dt><dd>31 décembre 2042</dd>
</dl>
<p>Le présent état est communiqué aux États membres pour information. Il ne constitue ni un avis de vacance ni une offre d'emploi ; les montants indiqués sont des quotes-parts et non des traitements.</p>
<table border="1" cellpadding="3">
<tr><th>État membre</th><th>Quote-part 2042 (EUR)</th><th>Montant versé</th><th>Arriérés</th></tr>
<tr><td>État A</td><td>1 284 500</td><td>1 284 500</td><td>0</td></tr>
<tr><td>État B</td><td>642 300</td><td>320 000</td><td>322 300</td></tr>
<tr><td>État C</td><td>97 800</td><td>0</td><td>195 600</td></tr>
<tr><td>État D</td><td>48 900</td><td>48 900</td><td>0</td></tr>
</table>
<h2>Exigences du règlement financier</h2>
<ul>
<li>les contributions sont exigibles dans les trente jours suivant la réception de l'avis de recouvrement ;</li>
<li>un État dont les arriérés égalent ou dépassent deux années de contributions perd le droit de vote au Conseil ;</li>
<li>les plans de paiement pluriannuels doivent être présentés au Comité financier avant le 15 janvier 2043.</li>
</ul>
<h2>Titre des postes budgétaires concernés</h2>
<p>Les arriérés retardent le financement de deux postes déjà pourvus (un administrateur P-3 et un assistant G-5), sans aucune suppression ni création de poste. Pour toute question : chef de la trésorerie (P-4).</p>
</body></html>
"""

LOCAUX = """MAISON DES NATIONS UNIES
COMITÉ DE GESTION DES LOCAUX COMMUNS

Rapport trimestriel (septembre – novembre 2042)
Réf. : CGLC/2042/T4
Lieu : Maison des Nations Unies, salle de réunion du 2e étage
Diffusion : chefs d'agence, points focaux administratifs

1. OBJET
Le présent rapport fait le point sur l'occupation des locaux, les travaux
et la répartition des charges entre les neuf agences résidentes. Il ne
comporte aucun avis de vacance : les postes mentionnés ci-dessous sont
déjà pourvus.

2. OCCUPATION
   Agence          Bureaux   Postes de travail   Quote-part des charges
   Agence 1        24        31                  22 %
   Agence 2        18        20                  16 %
   Agence 3        11        12                  10 %
   Autres (6)      35        44                  52 %

3. TRAVAUX
   - remplacement du groupe électrogène : achevé le 14 octobre 2042 ;
   - réfection de la toiture du bloc C : en cours, fin prévue le 20 février 2043 ;
   - salle d'allaitement : ouverte le 3 novembre 2042.

4. EXIGENCES RAPPELÉES AUX AGENCES
   a) déclarer tout nouvel occupant au gestionnaire des locaux (titre
      fonctionnel, classe et agence) avant son arrivée ;
   b) restituer les badges des personnes parties ;
   c) transmettre les prévisions d'effectifs 2043 au plus tard le
      12 décembre 2042 (date limite).

5. PERSONNEL DU SERVICE COMMUN
Le service commun compte un gestionnaire des locaux (NO-B), deux
techniciens (G-4) et un réceptionniste (G-3). Leurs traitements sont
financés par les quotes-parts ; aucun recrutement n'est prévu en 2043.

6. PROCHAINE RÉUNION
Jeudi 26 février 2043, 10 h, même lieu.

Le Président du Comité
"""


def render():
    write("daily-journal-of-meetings-and-announcements-headquarters.en.md", JOURNAL, "-")
    write("peacekeeping-medal-parade-order-of-ceremony-sector-headquarters.en.html", PARADE, "-")
    write("results-and-resources-framework-annex-country-programme-document.en.txt", RRF, "-")
    write("note-d-information-prevention-du-paludisme-service-medical.fr.md", PALU, "-")
    write("etat-des-contributions-statutaires-et-arrieres-des-etats-membres.fr.html", CONTRIB, "-")
    write("rapport-trimestriel-comite-de-gestion-des-locaux-communs-maison-des-nations-unies.fr.txt", LOCAUX, "-")
