from common import *

ETHICS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Research Ethics Committee – Submission calendar 2035-2036</title></head>
<body>
<nav>Home | About | Faculties | Research | Students | Vacancies | Contact | FR</nav>
<p>Home › Research › Research Ethics Committee › Submission calendar</p>
<h1>Research Ethics Committee – Submission calendar 2035-2036</h1>
<table>
<tr><th>Reference</th><td>UdM/REC/CAL/2035-36</td></tr>
<tr><th>Location of meetings</th><td>Board Room, Camp Levieux, Rose-Hill, Mauritius</td></tr>
<tr><th>Chair</th><td>Associate Professor, Faculty of Sustainable Development and Engineering</td></tr>
<tr><th>Updated</th><td>3 September 2035</td></tr>
</table>
<p>All research involving human participants, personal data or animals carried out by staff or students of the University must be approved by the Research Ethics Committee (REC) before data collection starts. The Committee meets once a month during the academic year.</p>
<h2>Meeting dates and submission deadlines</h2>
<table>
<tr><th>Meeting</th><th>Deadline for complete applications</th><th>Decision sent by</th></tr>
<tr><td>Thursday 4 October 2035</td><td>Friday 14 September 2035, 16:00</td><td>12 October 2035</td></tr>
<tr><td>Thursday 8 November 2035</td><td>Friday 19 October 2035, 16:00</td><td>16 November 2035</td></tr>
<tr><td>Thursday 6 December 2035</td><td>Friday 16 November 2035, 16:00</td><td>14 December 2035</td></tr>
</table>
<h2>Requirements for a complete application</h2>
<ul>
<li>The REC application form signed by the principal investigator and, for students, by the supervisor;</li>
<li>The research protocol (maximum 10 pages), including the methodology and the data management plan;</li>
<li>Participant information sheets and consent forms in English and French, and in Kreol Morisien where relevant;</li>
<li>Questionnaires, interview guides or other instruments;</li>
<li>Proof of completion of the online research ethics training module.</li>
</ul>
<p>Applications received after the deadline are carried over to the next meeting. Expedited review (no fee, decision within ten working days) is available for minimal-risk projects.</p>
<p>This page is a calendar for ethics review. It is not a call for applications for any post; current vacancies of the University are listed on the Vacancies page.</p>
<footer>Université des Mascareignes · Research and Innovation Office · rec@udm.example</footer>
</body></html>
"""

API = """[Developer Portal](https://developers.example/) · [APIs](https://developers.example/apis) · [Changelog](https://developers.example/changelog) · [Status](https://status.example/) · **Sign in**

# Track & Trace API – Changelog

**Reference:** API-TNT-v3.4.0 · **Owner:** Digital Customer Solutions, CMA CGM · **Published:** 29 August 2035

> Deprecation notice: version 2 of the Track & Trace API will be switched off on **30 September 2035**. Migrate to v3 before this deadline.

## v3.4.0 – 29 August 2035

### Added

* New `eventLocation` object with UN/LOCODE, terminal code and facility name (example location: `FRMRS` – Marseille-Fos, France).
* Field `estimatedTimeOfArrival.source` (`CARRIER`, `AIS`, `TERMINAL`).
* Webhook subscription for container status changes.

### Changed

* Rate limit raised from 60 to 120 requests per minute for premium accounts.
* `shipmentReference` now accepts booking numbers of 9 to 12 characters.

### Fixed

* Events with a `null` vessel name no longer return HTTP 500.

## Requirements for client applications

| Requirement | Detail |
|---|---|
| Authentication | OAuth 2.0 client credentials, token valid 3,600 seconds |
| Transport | TLS 1.2 or higher |
| Schedule | Polling no more often than every 15 minutes per container |
| Deadline for migration | 30 September 2035, 23:59 UTC |
| Support | api-support@developers.example (Monday to Friday, 08:00–18:00 CET) |

## Migration checklist

1. Request v3 credentials from the portal (approval within two working days).
2. Replace `/v2/containers/{id}/events` with `/v3/events?equipmentReference={id}`.
3. Map the new status codes (see the table in the reference documentation).
4. Test against the sandbox, then switch your production endpoint.

*This changelog describes software releases. It contains no job offer; see the Careers site for open positions.*
"""

ARENA = """VILLAGE OF ST. PIERRE-JOLYS / VILLAGE DE SAINT-PIERRE-JOLYS
Recreation Department - Community Arena

2035-2036 ICE SEASON - ICE TIME REQUESTS
Reference: REC-ICE-2035
Location: Centre récréatif / Recreation Centre arena, 432 Jolys Avenue East
Season: October 13, 2035 to March 22, 2036

Minor hockey, figure skating, adult leagues, schools and private groups are
invited to submit their requests for regular weekly ice time for the coming
season.

DEADLINE
Requests must reach the Recreation Office no later than Friday, September 21,
2035 at 4:00 p.m. Requests received after that date will be scheduled in the
time that remains.

ICE SCHEDULE (regular season)
  Monday to Friday   6:00 a.m. - 8:00 a.m.   Schools and early skate
  Monday to Friday   4:30 p.m. - 10:30 p.m.  Minor hockey and skating club
  Saturday           8:00 a.m. - 11:00 p.m.  Games, tournaments, rentals
  Sunday             1:00 p.m. - 3:00 p.m.   Public skating (free)
  Sunday             3:00 p.m. - 9:00 p.m.   Rentals

RATES (per hour, taxes included)
  Minor sports and schools   $95.00
  Adult groups               $175.00
  Tournaments (per day)      $1,450.00

REQUIREMENTS FOR ALL USER GROUPS
  - Certificate of liability insurance of at least $2,000,000
  - Name and phone number of a responsible adult present at each booking
  - CSA-approved helmets for all skaters under 18
  - Payment of the first month at the time of confirmation

Confirmed schedules will be e-mailed to groups on October 1, 2035.
Questions: recreation@spj-village.example or 204-555-0143.

Note: arena attendants for the season are hired by the Village through a
separate posting; this notice concerns ice rentals only.
"""

BAGAGES = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Franchise bagages – vols inter-îles</title></head>
<body>
<div>Vols · Réservations · <strong>Bagages</strong> · Îles · Recrutement · EN</div>
<p>Accueil › Préparer son voyage › Bagages › Franchise inter-îles</p>
<h1>Franchise bagages sur les vols inter-îles</h1>
<dl>
<dt>Référence du document</dt><dd>CT-BAG-2035/07</dd>
<dt>Lieu d'application</dt><dd>Toutes les escales du réseau, au départ de Tahiti-Faa'a et des îles</dd>
<dt>En vigueur</dt><dd>à compter du 1er octobre 2035</dd>
</dl>
<h2>Franchise incluse dans votre billet</h2>
<table>
<tr><th>Tarif</th><th>Bagage en soute</th><th>Bagage cabine</th></tr>
<tr><td>Tarif Résident</td><td>23 kg</td><td>5 kg</td></tr>
<tr><td>Tarif Découverte</td><td>23 kg</td><td>5 kg</td></tr>
<tr><td>Tarif Pass îles</td><td>20 kg</td><td>5 kg</td></tr>
</table>
<p>Au-delà, chaque kilogramme supplémentaire est facturé entre 150 et 450 XPF selon la distance ; un bagage de plus de 32 kg n'est pas accepté en soute.</p>
<h2>Exigences pour les objets particuliers</h2>
<ul>
<li>Planches de surf et de va'a : emballées dans une housse, 2,30 m maximum ;</li>
<li>Glacières : étanches, fermées par du ruban adhésif, poisson et produits de la mer congelés uniquement ;</li>
<li>Fleurs et plantes : soumises au contrôle phytosanitaire entre certains archipels ;</li>
<li>Batteries au lithium : en cabine seulement, 100 Wh maximum.</li>
</ul>
<h2>Date limite de déclaration des bagages spéciaux</h2>
<p>Les équipements sportifs et les animaux en soute doivent être déclarés au plus tard 48 heures avant le départ, et au plus tard le 30 septembre 2035 pour les voyages déjà réservés du mois d'octobre.</p>
<p>Cette page présente les conditions de transport des bagages. Pour nos offres d'emploi, consultez la rubrique Recrutement.</p>
<footer>Conditions générales de transport · Mentions légales</footer>
</body></html>
"""

REDEVANCE = """AGENCE DE L'EAU ADOUR-GARONNE
Direction des redevances

DÉCLARATION DES ACTIVITÉS DE L'ANNÉE 2035 – REDEVANCE POUR PRÉLÈVEMENT SUR LA RESSOURCE EN EAU
Note d'information aux préleveurs

Référence : RED-PRL-2035-NI-03
Lieu de dépôt : téléservice de déclaration en ligne, ou délégation territoriale compétente
Date : 10 septembre 2035

Madame, Monsieur,

Vous êtes redevable de la redevance pour prélèvement sur la ressource en eau
lorsque le volume prélevé dans l'année dépasse 10 000 m³ (7 000 m³ en zone de
répartition des eaux). La présente note rappelle le calendrier et les
exigences de la campagne de déclaration.

CALENDRIER
  - Ouverture du téléservice : 2 janvier 2036
  - Date limite de déclaration : 31 mars 2036
  - Envoi des avis de paiement : à partir de septembre 2036

EXIGENCES
  - Déclarer un volume par point de prélèvement et par usage (irrigation,
    alimentation en eau potable, industrie, refroidissement) ;
  - Joindre les relevés de compteur au 31 décembre 2035 ;
  - Signaler tout changement de compteur ou d'exploitant intervenu en cours
    d'année ;
  - Conserver les justificatifs pendant six ans.

TAUX APPLICABLES
Les taux varient de 0,012 € à 0,095 € par m³ selon l'usage et la zone. Un
montant inférieur à 100 € n'est pas mis en recouvrement.

Le défaut de déclaration dans les délais entraîne une taxation d'office
majorée de 10 %.

Pour toute question : redevances@eau-adour-garonne.example
Ce document n'est ni une offre d'emploi ni un appel à candidatures.

Le Directeur des redevances
"""

PREOP = """**Centre hospitalier François Dunan** · Service de chirurgie – Bloc opératoire

# Consignes avant votre intervention chirurgicale

| | |
|---|---|
| **Référence du document** | INF-CHIR-2035-04 |
| **Lieu d'admission** | Accueil – Bureau des entrées, rez-de-chaussée, Saint-Pierre |
| **Horaire d'admission** | la veille à 16 h, ou le jour même à 6 h 30 selon votre convocation |
| **Version** | septembre 2035 |

## La consultation d'anesthésie

Elle est obligatoire et doit avoir lieu au plus tard 48 heures avant l'intervention. Apportez la liste de vos médicaments, vos ordonnances et vos derniers résultats d'analyses.

## Exigences avant l'opération

- Ne plus manger à partir de minuit la veille ; vous pouvez boire de l'eau, du thé ou du café sans lait jusqu'à deux heures avant l'admission.
- Prendre une douche avec le savon antiseptique remis lors de la consultation, la veille au soir et le matin.
- Retirer vernis, bijoux, piercings, lentilles et prothèses dentaires.
- Ne pas fumer dans les 24 heures qui précèdent.
- Prévoir une personne pour vous raccompagner et rester avec vous la première nuit en cas de chirurgie ambulatoire.

## Pièces à présenter

1. Carte d'identité et carte de la Caisse de prévoyance sociale
2. Convocation et consentement éclairé signé
3. Pour les mineurs : autorisation d'opérer signée par les deux parents

## Date limite de confirmation

Confirmez votre venue au secrétariat de chirurgie au plus tard trois jours ouvrés avant la date prévue (pour les interventions programmées du 1er au 12 octobre 2035 : au plus tard le 26 septembre 2035).

*Ce document d'information est destiné aux patients. Il ne concerne pas le recrutement ; les offres d'emploi de l'hôpital sont publiées dans la rubrique Recrutement.*
"""


def build():
    for name, text in [("research-ethics-submission-calendar-udm.en.html", ETHICS),
                       ("cargo-tracking-api-changelog-cma-cgm.en.md", API),
                       ("arena-ice-schedule-st-pierre-jolys.en.txt", ARENA),
                       ("franchise-bagages-inter-iles-air-tahiti.fr.html", BAGAGES),
                       ("declaration-redevance-prelevement-aeag.fr.txt", REDEVANCE),
                       ("consignes-preoperatoires-chfd.fr.md", PREOP)]:
        write(name, text, "-")
