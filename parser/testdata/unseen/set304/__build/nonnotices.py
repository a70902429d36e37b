"""The six non-notices of corpus304, written by hand."""
from common import *

w("right-of-way-vegetation-clearing-programme-customer-notice-castries-2043.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Right-of-way clearing programme 2043</title></head><body>
<nav><a href="#">Home</a> | <a href="#">Outages</a> | <a href="#">Customer Care</a> | <a href="#">Careers</a> | <a href="#">Contact</a></nav>
<h1>Right-of-Way Vegetation Clearing Programme 2043 – Notice to Customers</h1>
<p><b>Reference:</b> TD/ROW/2043-01 &nbsp; · &nbsp; Issued January 19, 2043 (fictitious notice)</p>
<p>Our crews will clear trees and bushes growing under or near overhead power lines during the first quarter of
2043. This work reduces outages during the hurricane season and keeps linemen safe.</p>
<h2>Location and schedule</h2>
<table border="1"><tr><th>Feeder / area</th><th>Schedule</th></tr>
<tr><td>Babonneau and Monchy</td><td>February 2 to February 13, 2043</td></tr>
<tr><td>Dennery and Mon Repos</td><td>February 16 to March 6, 2043</td></tr>
<tr><td>Soufrière and Choiseul</td><td>March 9 to March 27, 2043</td></tr></table>
<h2>Requirements for property owners</h2>
<ol><li>Keep access gates unlocked or leave a contact number with the crew supervisor.</li>
<li>Tie up dogs and move vehicles away from the work area.</li>
<li>Tell us about fruit trees you wish to keep; crews will prune rather than fell them where safe.</li></ol>
<p>Owners who object to the removal of a specific tree must write to us before the <b>deadline of Friday,
February 27, 2043</b>. Wood and branches are chipped on site at no charge; a pick-up of logs for firewood can be
arranged for EC$60 (XCD).</p>
<p>The supervisors in post on each site carry a company identity card. Crews are contractors paid by the company:
never pay any salary, tip or fee to them.</p>
<p><i>This notice is not a job advertisement. It offers no position, contract or salary. Vacancies are published
on the Careers page only.</i></p>
<footer>Transmission &amp; Distribution Department · fictitious utility page for a test set</footer>
</body></html>
""", "-")

w("self-employed-voluntary-contributions-guide-fishers-mahe-2043.en.txt", """
VOLUNTARY CONTRIBUTIONS FOR SELF-EMPLOYED FISHERS – A SHORT GUIDE
Ref: PF/OUT/2043/02                                  Victoria, 22 January 2043
(fictitious pension fund leaflet)

1. WHO IS THIS FOR?
Boat owners, crew members paid by the share and other self-employed fishers who have no employer paying
contributions on their behalf. Your position as a fisher does not change; you simply join the scheme in your
own name.

2. REQUIREMENTS
(a) be a Seychelles citizen or resident aged 18 to 62;
(b) hold a valid fishing licence or a letter from your cooperative;
(c) provide a bank account for refunds and benefits.

3. HOW MUCH?
You choose a declared monthly income between SCR 6,000 and SCR 30,000. You pay 6% of it each month.
This is not a salary: nobody pays you for joining; the money builds your own pension.

4. LOCATION AND SCHEDULE OF SERVICE COUNTERS
Victoria head office: Monday to Friday, 8:00 a.m. to 3:00 p.m.
Bel Ombre fish market: every Tuesday in February 2043, 6:00 a.m. to 10:00 a.m.
Praslin, Baie Sainte Anne: Thursday 12 February 2043, 9:00 a.m. to 1:00 p.m.

5. DEADLINE
Fishers who register before Friday 27 February 2043 may have their 2042 season counted as contributing months.

6. QUESTIONS
Our outreach officers in post at each counter will help you fill in form VC-3.

This leaflet is information only. It is not a vacancy notice and offers no job, post or employment.
""", "-")

w("ore-train-level-crossing-timetable-and-safety-rules-boke-2043.en.md", """---
title: "Ore train level crossings – timetable and safety rules"
reference: "RAIL/COM/2043-004"
---

[Home](#) · [Operations](#) · [Community](#) · [Careers](#)

# Ore train level crossings: timetable and safety rules (February 2043)

**Reference:** RAIL/COM/2043-004  \\
**Location:** the seven public level crossings between the mine loading loop and the river port  \\
**Issued:** 26 January 2043 (fictitious community notice)

## Schedule of train passages

| Crossing | Loaded trains | Empty trains |
|---|---|---|
| Crossing 2 (market road) | 06:10, 12:40, 19:15 | 09:25, 16:00, 22:30 |
| Crossing 5 (school road) | 06:35, 13:05, 19:40 | 09:00, 15:35, 22:05 |

Times can shift by up to 30 minutes. Trains are 1.8 km long and need more than one kilometre to stop.

## Requirements for crossing users

1. Stop at the white line when the lights flash or the bell rings.
2. Never drive cattle along the track.
3. Motorbike taxis must not carry more than one passenger over the crossing.

## Community meetings

Safety meetings with the crossing guards in post will be held in each village before the **deadline of
Friday 20 February 2043** for comments on the new timetable. Guards are employees of a contractor; their
salary is not paid by villagers and no fee may be asked at a crossing.

*This page is a safety notice. It is not a job offer and opens no position or recruitment.*
""", "-")

w("avis-comptes-inactifs-transfert-caisse-des-depots-dakar-2043.fr.txt", """
AVIS À LA CLIENTÈLE – COMPTES INACTIFS
Référence : DOP/CI/2043-01                                 Dakar, le 16 janvier 2043
(avis fictif)

Conformément à la réglementation bancaire de l'UMOA, les avoirs des comptes sans mouvement depuis dix ans
sont transférés à la Caisse des Dépôts et Consignations. La liste des comptes concernés est affichée dans nos
agences.

CONDITIONS REQUISES POUR RÉACTIVER UN COMPTE
- présenter une pièce d'identité en cours de validité ;
- fournir un justificatif de domicile de moins de trois mois ;
- pour les salariés, un bulletin de salaire récent peut remplacer le justificatif de revenus ;
- pour un héritier, produire l'acte de dévolution successorale.

LIEU
Toutes les agences du réseau, guichet « Service clientèle ».

HORAIRES
Du lundi au vendredi de 8 h 00 à 16 h 00 ; samedi de 9 h 00 à 12 h 00 (agences Plateau et Almadies).

DATE LIMITE
Les clients concernés doivent se présenter avant le vendredi 27 février 2043. Passé ce délai, le transfert sera
effectué ; les fonds resteront réclamables auprès de la Caisse.

FRAIS
La réactivation est gratuite. Les frais de tenue de compte (2 500 FCFA par trimestre) reprennent à compter de
la réactivation.

Les conseillers en poste dans chaque agence répondent à vos questions. Ne communiquez jamais vos codes.

Le présent avis n'est ni une offre d'emploi ni un avis de recrutement : il ne concerne aucun poste.
""", "-")

w("programme-delestage-tournant-quartiers-yaounde-2043.fr.md", """# Programme de délestage tournant – quartiers de Yaoundé

**Référence :** CAB/COM/2043/007 \\
**Lieu :** ville de Yaoundé, départs de la poste source d'Oyomabang \\
**Période :** du lundi 2 au samedi 28 février 2043 *(communiqué fictif)*

[Accueil](#) · [Actualités](#) · [Textes](#) · [Recrutement](#) · [Contact](#)

En raison de la baisse du débit des cours d'eau en saison sèche, la production des centrales hydroélectriques
est réduite. Un programme de délestage tournant est arrêté pour le mois de février.

## 1. Horaires par groupe de quartiers

| Groupe | Quartiers | Horaires de coupure |
|---|---|---|
| A | Mvog-Mbi, Nkolndongo, Ekounou | lundi et jeudi, 18 h – 22 h |
| B | Biyem-Assi, Mendong, Simbock | mardi et vendredi, 18 h – 22 h |
| C | Bastos, Etoudi, Nlongkak | mercredi et samedi, 10 h – 14 h |

## 2. Conditions requises pour une dérogation

Les hôpitaux, centres de dialyse et stations de pompage d'eau potable peuvent demander une dérogation en
joignant une attestation d'activité. La date limite de dépôt des demandes est fixée au **lundi 9 février 2043**.

## 3. Recommandations

- débrancher les appareils sensibles avant l'heure de coupure ;
- éviter les groupes électrogènes dans les pièces fermées.

Les agents en poste au centre d'appel renseignent les usagers. Aucun salaire, aucune prime ni aucun paiement
n'est à verser à un agent pour modifier un groupe.

> Ce communiqué ne concerne aucun recrutement et n'ouvre aucun poste.
""", "-")

w("distribution-kits-hygiene-menstruelle-ecoles-maradi-2043.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Distribution de kits d'hygiène menstruelle – Maradi</title></head><body>
<nav>Accueil | Nos programmes | Actualités | Offres d'emploi | Contact</nav>
<h1>Distribution de kits d'hygiène menstruelle dans les collèges de Maradi</h1>
<p>Référence : PROG/SSR/2043-02 · publié le 21 janvier 2043 (page fictive)</p>
<p>Dans le cadre de son programme de santé des adolescentes, l'ONG organise une distribution gratuite de kits
réutilisables (serviettes lavables, savon, sac étanche) et des séances d'information animées par des sages-femmes.</p>
<h2>Lieux et horaires</h2>
<dl>
<dt>CEG 1 de Maradi</dt><dd>mardi 10 février 2043, de 9 h à 12 h</dd>
<dt>CEG de Tibiri</dt><dd>jeudi 12 février 2043, de 9 h à 12 h</dd>
<dt>CES de Dakoro</dt><dd>lundi 16 février 2043, de 14 h à 17 h</dd>
</dl>
<h2>Conditions requises</h2>
<ul><li>être élève inscrite dans l'un des établissements ci-dessus ;</li>
<li>être âgée de 11 à 18 ans ;</li>
<li>présenter la carte scolaire ou la fiche d'inscription.</li></ul>
<p>Les directeurs d'établissement transmettent la liste des élèves avant la <b>date limite du vendredi
6 février 2043</b>. Chaque kit coûte environ 3 500 FCFA à l'ONG ; il est remis sans aucune contrepartie.</p>
<p>Le personnel en poste dans les établissements accompagne les séances ; aucune rémunération, aucun salaire ni
aucun recrutement n'est lié à cette activité.</p>
<p><i>Cette page n'est pas une offre d'emploi.</i></p>
<footer>Programme de santé familiale · page fictive réalisée pour un jeu de test</footer>
</body></html>
""", "-")
save_rows("nn")
