"""Six non-notices of the UN world (3 EN, 3 FR)."""
from common import write

ASHI = """UNITED NATIONS OFFICE AT GENEVA – HEALTH AND LIFE INSURANCE SECTION
INFORMATION NOTICE

Reference:   HLIS/IN/2037/01
Subject:     After-service health insurance (ASHI) – enrolment of staff separating in 2037
Location:    Palais des Nations, Geneva, and all offices served by the Section
Issued:      12 January 2037
Deadline:    Election forms to reach the Section by 27 February 2037 for separations on 31 March 2037

1. PURPOSE
This notice explains how staff members who retire or separate during 2037 may keep their health insurance
after separation. It does not announce any post, vacancy or recruitment, and no application for employment can be
made in reply to it.

2. WHO IS CONCERNED
Staff members of all categories and grades – General Service (G-1 to G-7), National Professional Officers (NO-A to
NO-D), Professional and Director (P-1 to D-2) – whose appointment ends during the year. Consultants, interns and
holders of personnel service agreements are not covered by the scheme.

3. REQUIREMENTS FOR ELIGIBILITY
  a) be at least 55 years of age at separation (58 or 65 for staff recruited after certain dates);
  b) have been enrolled in a United Nations contributory health plan for at least ten years, counted in full months;
  c) be enrolled in such a plan on the last day of service;
  d) be entitled to a periodic retirement benefit from the Pension Fund, or to a disability benefit.

4. CONTRIBUTIONS
Retirees pay part of the premium; the amount is deducted from the monthly pension. The premium is a share of the
pension, not of the last salary, and is reviewed each year.

  Plan                     Monthly contribution (example, single member)
  ----------------------   -------------------------------------------
  International plan       USD 96.40
  Local plan (Geneva)      CHF 212.15

5. TIMELINE
  - Information session (online): 3 February 2037, 14:00 Geneva time
  - Deadline for election forms: 27 February 2037
  - Confirmation letters sent: within 30 days of separation

6. CONTACT
Questions should be sent to the Section's functional mailbox. Staff are reminded that the Section cannot advise on
job opportunities or on the grade or salary of future posts.
"""

BUDGET = """# Proposed programme budget for 2038 – Section 29C, Office of Human Resources

## Annex III – Proposed post changes (information for the Fifth Committee)

**Reference:** A/93/6 (Sect. 29C), annex III\\
**Location of the posts:** New York, Nairobi, Geneva, Bangkok\\
**Deadline for questions from delegations:** 18 February 2037\\
**Status:** advance unedited version – not a vacancy announcement

The table below lists the changes to the staffing table proposed for 2038. The proposals are subject to approval by
the General Assembly. None of the posts is open for application; where a post is established, it will be advertised
later on the United Nations Careers portal under its own job opening number.

| Post | Grade | Duty station | Proposed change | Justification |
|---|---|---|---|---|
| Human Resources Officer (Workforce Planning) | P-4 | New York | Establishment | Strategic workforce planning for the Secretariat |
| Associate Human Resources Officer | P-2 | Nairobi | Redeployment from New York | Closer support to clients in Africa |
| Human Resources Assistant | G-6 | Geneva | Abolishment | Automation of contract extensions |
| National Professional Officer (Learning) | NO-B | Bangkok | Establishment | Regional learning hub |
| Director, Talent Management | D-1 | New York | Reclassification from P-5 | Enlarged scope of functions |

## Requirements of the General Assembly addressed

1. Reduce the average time to fill vacancies to 120 days.
2. Improve the gender balance at the D-1 level and above.
3. Report on the use of temporary assistance.

## Financial implications

The net additional requirements amount to USD 412,300 for salaries and common staff costs, computed at the standard
salary costs for each grade and duty station. Salary figures are averages and do not describe the remuneration of any
individual post.

*Prepared by the Programme Planning and Budget Division, 15 January 2037.*
"""

BOI = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Board of Inquiry – summary report</title></head>
<body>
<h1>Board of Inquiry – Summary Report</h1>
<p><i>Restricted – for the Head of Mission Support and the Claims Review Board</i></p>
<table border="1" cellpadding="4">
<tr><th>Reference</th><td>BOI/2037/004</td></tr>
<tr><th>Incident</th><td>Collision of a mission vehicle with a private truck</td></tr>
<tr><th>Location</th><td>Road between Kismayo and Dhobley, kilometre 34</td></tr>
<tr><th>Date of incident</th><td>28 December 2036</td></tr>
<tr><th>Driver</th><td>Transport Assistant (G-4), holder of a valid mission driving permit</td></tr>
<tr><th>Passengers</th><td>One Logistics Officer (P-3), one National Professional Officer (NO-A)</td></tr>
<tr><th>Board convened by</th><td>Chief of Mission Support (D-1)</td></tr>
<tr><th>Deadline for comments on the draft</th><td>20 February 2037</td></tr>
</table>
<h2>Summary of facts</h2>
<p>The vehicle was part of a three-vehicle movement travelling in daylight. The truck left its lane to avoid a pothole
and struck the lead vehicle on the driver's side. Nobody was seriously injured. The vehicle was declared a total loss.</p>
<h2>Findings</h2>
<ul>
<li>The driver respected the speed limit and the convoy distance.</li>
<li>The movement had security clearance from the Department of Safety and Security.</li>
<li>The first-aid kit of the lead vehicle was incomplete.</li>
</ul>
<h2>Requirements and recommendations</h2>
<ol>
<li>Transport Section to inspect all first-aid kits by 31 March 2037.</li>
<li>Refresher defensive-driving course for drivers of the southern sector.</li>
<li>No disciplinary action; no recovery of costs from the staff members' salary.</li>
</ol>
<h2>Financial impact</h2>
<p>Write-off of the vehicle at a residual value of USD 18,750 and medical costs of USD 1,340.</p>
<p>This report concerns an incident only. It is not a job opening and does not create or fill any post.</p>
</body></html>
"""

SOP = """# Procédure opérationnelle standard (POS) – Recrutement du personnel recruté localement

| | |
|---|---|
| **Référence** | POS/RH/2037/02 |
| **Lieu** | Bureau de pays, Bamako, et antennes de Mopti et Gao |
| **Entrée en vigueur** | 1er février 2037 |
| **Date limite de mise en conformité des dossiers en cours** | 26 février 2037 |
| **Approuvée par** | Représentant(e) résident(e) |

> La présente procédure décrit les étapes du recrutement du personnel national. Elle **n'est pas un avis de vacance**
> et ne permet pas de faire acte de candidature.

## 1. Champ d'application

Postes des catégories des services généraux (**G-1 à G-7**) et des administrateurs recrutés sur le plan national
(**NO-A à NO-D**). Les postes d'administrateurs (P) et de directeurs (D) relèvent du siège.

## 2. Étapes

1. Le chef de service transmet la fiche de poste classée (intitulé, classe, lieu d'affectation).
2. Les ressources humaines publient l'avis de vacance pendant **au moins quinze jours calendaires**.
3. Un jury de trois membres établit la liste restreinte selon les **conditions requises** de l'avis.
4. Les candidats retenus passent une épreuve écrite puis un entretien axé sur les compétences.
5. Le comité de recrutement local examine la recommandation.

## 3. Conditions à respecter

- Aucune offre verbale ne peut être faite aux candidats.
- Le traitement proposé correspond au premier échelon de la classe, sauf dérogation écrite.
- Les vérifications de références sont achevées avant l'offre.

## 4. Délais indicatifs

| Étape | Délai |
|---|---|
| Publication | 15 jours |
| Présélection | 10 jours |
| Épreuves et entretiens | 20 jours |
| Offre | 5 jours |

*Modèles annexés : fiche de poste, grille d'évaluation, lettre d'offre.*
"""

PRIME = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Circulaire – prime de connaissances linguistiques</title></head>
<body>
<p>Nations Unies – Office des Nations Unies à Genève</p>
<h1>Circulaire d'information</h1>
<dl>
<dt>Référence</dt><dd>ONUG/CI/2037/03</dd>
<dt>Objet</dt><dd>Prime de connaissances linguistiques des agents des services généraux</dd>
<dt>Lieu</dt><dd>Genève (Suisse)</dd>
<dt>Date</dt><dd>14 janvier 2037</dd>
<dt>Date limite de dépôt des demandes</dt><dd>13 février 2037</dd>
</dl>
<h2>1. Objet</h2>
<p>La présente circulaire rappelle les conditions d'octroi de la prime de connaissances linguistiques aux
fonctionnaires de la catégorie des services généraux (classes G-1 à G-7). Elle ne concerne ni les administrateurs
(P) ni les directeurs (D), et n'annonce aucun poste à pourvoir.</p>
<h2>2. Conditions requises</h2>
<ul>
<li>être titulaire d'un engagement d'au moins un an ;</li>
<li>avoir réussi l'examen d'aptitude linguistique dans une deuxième langue officielle ;</li>
<li>utiliser cette langue dans ses fonctions, ce qu'atteste le supérieur hiérarchique.</li>
</ul>
<h2>3. Montants</h2>
<table border="1">
<tr><th>Situation</th><th>Montant annuel</th></tr>
<tr><td>Une langue supplémentaire</td><td>3 180 francs suisses</td></tr>
<tr><td>Deux langues supplémentaires</td><td>4 770 francs suisses</td></tr>
</table>
<p>La prime est versée avec le traitement mensuel et soumise à contribution du personnel ; elle n'entre pas dans la
rémunération considérée aux fins de la pension.</p>
<h2>4. Procédure</h2>
<p>Les demandes, accompagnées du certificat d'examen, sont adressées à la Section de l'administration du personnel
au plus tard le 13 février 2037. Les sessions d'examen de l'année ont lieu en mars et en septembre.</p>
</body></html>
"""

AG = """ASSOCIATION DU PERSONNEL DES NATIONS UNIES À DAKAR
Comité exécutif

Réf. : APND/AG/2037/01                                      Dakar, le 16 janvier 2037

CONVOCATION ET ORDRE DU JOUR
ASSEMBLÉE GÉNÉRALE ORDINAIRE

Lieu :           Salle de conférence du complexe des Nations Unies, Almadies, Dakar (Sénégal)
Date :           jeudi 19 février 2037, 13 h 00
Date limite de dépôt des candidatures au Comité exécutif : 6 février 2037

Chères et chers collègues,

Le Comité exécutif a l'honneur de vous convier à l'assemblée générale ordinaire de l'Association. Tous les membres
du personnel, quelles que soient leur catégorie et leur classe (G, NO, P, D), sont invités à y participer.

ORDRE DU JOUR
  1. Adoption de l'ordre du jour
  2. Rapport d'activité 2036 du Comité exécutif
  3. Rapport financier et quitus au trésorier
  4. Enquête sur les salaires locaux : point d'information
  5. Élection de quatre membres du Comité exécutif
  6. Questions diverses

CONDITIONS DE CANDIDATURE AU COMITÉ EXÉCUTIF
  - être membre de l'Association à jour de ses cotisations ;
  - être titulaire d'un engagement d'au moins un an ;
  - déposer une profession de foi d'une page au secrétariat de l'Association.

Le mandat de membre du Comité exécutif est bénévole ; il ne constitue ni un poste ni un emploi et ne donne droit à
aucune rémunération ni à aucune modification de traitement ou de classe. La présente convocation n'est pas un avis de
vacance.

Cotisation annuelle : 12 000 FCFA (membres G et NO) ; 30 000 FCFA (membres P et D).

Pour le Comité exécutif,
La Secrétaire générale
"""


def build():
    write("after-service-health-insurance-enrolment-notice.en.txt", ASHI)
    write("proposed-post-changes-budget-annex.en.md", BUDGET)
    write("board-of-inquiry-vehicle-collision-summary.en.html", BOI)
    write("procedure-operationnelle-recrutement-personnel-local.fr.md", SOP)
    write("circulaire-prime-connaissances-linguistiques.fr.html", PRIME)
    write("convocation-assemblee-generale-association-personnel.fr.txt", AG)
