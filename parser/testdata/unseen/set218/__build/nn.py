"""The six non-notices (3 EN, 3 FR), written out as they are."""
from common import write

GEO = """**UNITED NATIONS – OFFICE OF HUMAN RESOURCES**

# Geographical distribution of staff: desirable ranges and status of Member States, as at 30 September 2035

**Reference:** OHR/SPU/2035/14\\
**Location:** New York (Headquarters) and all duty stations\\
**Issued:** 24 November 2035\\
**Deadline for comments by departments:** 9 December 2035

## 1. Purpose

This note gives heads of department the desirable ranges of each Member State, calculated under the system of
geographical distribution, and the number of staff counted against them. It is an information note for workforce
planning. **It does not announce any vacancy** and no application can be made on the basis of it.

## 2. Posts subject to geographical distribution

Only staff holding appointments of one year or more in the Professional and higher categories, at grades P-2 to
D-2, on posts funded from the regular budget, are counted. Language posts, posts of the General Service (G-1 to G-7)
and National Professional Officers (NO-A to NO-D) are not counted.

| Grade | Posts counted | of which women |
|---|---|---|
| P-2 | 512 | 288 |
| P-3 | 1,204 | 601 |
| P-4 | 1,317 | 590 |
| P-5 | 742 | 331 |
| D-1 | 214 | 97 |
| D-2 | 71 | 33 |

## 3. Status of selected Member States

| Member State | Desirable range | Staff counted | Status |
|---|---|---|---|
| State A | 14 – 24 | 9 | Under-represented |
| State B | 2 – 11 | 0 | Unrepresented |
| State C | 41 – 55 | 63 | Over-represented |
| State D | 6 – 16 | 12 | Within range |

## 4. Requirements for departments

1. Take the status of Member States into account when short-listing for posts subject to geographical distribution.
2. Report on outreach to unrepresented Member States in the workforce plan due on 15 January 2036.
3. Do not cite this note in job openings; job openings are published only on the Careers Portal.

## 5. Salary costs

The weight of the salary component in the calculation of ranges is unchanged (the average net salary of a P-4, step
VI, is used as reference). No change in salaries or allowances follows from this note.

*Office of Human Resources – Strategic Planning Unit – for internal distribution only*
"""

VLA = """UNITED NATIONS VOLUNTEERS – FIELD OPERATIONS
Information circular

Reference:      UNV/FO/IC/2035/09
Subject:        Volunteer Living Allowance (VLA) – monthly rates applicable from 1 January 2036
Location:       All duty stations with serving UN Volunteers
Date:           27 November 2035
Deadline:       Host entities to confirm budget revisions by 12 December 2035

1. PURPOSE

This circular announces the monthly Volunteer Living Allowance rates that will apply from 1 January 2036. The VLA
is not a salary: it is an allowance meant to cover basic living expenses of UN Volunteers during their assignment.
This circular does not advertise any assignment or post; assignments are published only on the UNV platform.

2. RATES (USD per month, international UN Volunteers, specialist category)

  Duty station           Base rate    Post adjustment factor    Monthly VLA
  Bogota                 1,802        x 1.112                   2,004
  Dakar                  1,802        x 1.245                   2,243
  Naqoura                1,802        x 1.308                   2,357
  Kathmandu              1,802        x 1.087                   1,959

National UN Volunteers receive the national rate set by each country office (for example, XOF 412,000 per month in
Dakar). Youth and university volunteers receive 80 per cent of the specialist rate.

3. REQUIREMENTS FOR PAYMENT

  a) A signed Conditions of Service acknowledgement on file;
  b) Arrival at the duty station confirmed by the host entity;
  c) Bank details registered in the UNV platform before the 20th of the month.

4. OTHER ENTITLEMENTS

Settling-in grant, annual leave (2.5 days per month) and the wellbeing differential are not changed. Staff members of
grades G, NO, P and D who supervise UN Volunteers should inform them of this circular.

5. CONTACT

Questions: vla-queries@unv.example. The next review of the rates is scheduled for June 2036.

This is not a vacancy announcement.
"""

EVAL = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Consultant end-of-assignment evaluation</title></head>
<body>
<h1>Individual Consultant – End-of-Assignment Evaluation</h1>
<p><i>To be completed by the supervisor within ten working days after the last deliverable. This form evaluates a completed contract. It is not a job opening and does not invite applications.</i></p>
<table border="1" cellpadding="4">
<tr><th>Contract reference</th><td>IC/ROD/2035/0217</td></tr>
<tr><th>Title of assignment</th><td>Evaluation Consultant (School Feeding Baseline)</td></tr>
<tr><th>Location</th><td>Home-based, with two missions to Niamey</td></tr>
<tr><th>Contract period</th><td>1 June 2035 – 30 November 2035</td></tr>
<tr><th>Daily fee</th><td>USD 440 (62 working days)</td></tr>
<tr><th>Supervisor</th><td>Monitoring and Evaluation Officer, P-3</td></tr>
<tr><th>Deadline for this form</th><td>14 December 2035</td></tr>
</table>
<h2>1. Deliverables</h2>
<table border="1" cellpadding="4">
<tr><th>Deliverable</th><th>Due</th><th>Received</th><th>Rating (1–4)</th></tr>
<tr><td>Inception report</td><td>30 June 2035</td><td>28 June 2035</td><td>4</td></tr>
<tr><td>Draft baseline report</td><td>30 September 2035</td><td>7 October 2035</td><td>3</td></tr>
<tr><td>Final report and dataset</td><td>30 November 2035</td><td>29 November 2035</td><td>4</td></tr>
</table>
<h2>2. Requirements of the terms of reference</h2>
<ul>
<li>Qualifications and experience required by the ToR were confirmed by the work delivered: <b>Yes</b></li>
<li>Language requirements (French and English) were met: <b>Yes</b></li>
<li>Data protection requirements were respected: <b>Yes</b></li>
</ul>
<h2>3. Competencies observed</h2>
<p>Professionalism: 4 – Communication: 3 – Teamwork: 4 – Planning and organizing: 3</p>
<h2>4. Overall rating and recommendation</h2>
<p>Overall rating: <b>Fully satisfactory</b>. Would you engage this consultant again? <b>Yes</b>, for assignments at a comparable level. The rating will be recorded in the consultants' roster; recording it does not create any entitlement to a further contract, a salary or a post.</p>
<p>Payment of the final instalment is authorized once this form is signed.</p>
<p>Signed: ____________ (Supervisor) &nbsp;&nbsp; Date: ____________</p>
<p style="font-size:8pt">Form HR/IC-07, revision 2034. Regional Office, Dakar.</p>
</body></html>
"""

TDB = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Tableau de bord des recrutements – novembre 2035</title></head>
<body>
<h1>Tableau de bord mensuel des recrutements et de la parité</h1>
<dl>
<dt>Référence</dt><dd>RH/TDB/2035/11</dd>
<dt>Lieu</dt><dd>Bureau régional, Dakar, et bureaux de pays rattachés</dd>
<dt>Période couverte</dt><dd>1er au 30 novembre 2035</dd>
<dt>Date limite de mise à jour par les responsables</dt><dd>10 décembre 2035</dd>
</dl>
<p><b>Document interne d'information.</b> Ce tableau de bord rend compte de l'état des recrutements en cours. Il ne constitue ni un avis de vacance de poste ni un appel à candidatures : aucune candidature ne peut être déposée sur cette base.</p>
<h2>1. Taux de vacance par catégorie</h2>
<table border="1">
<tr><th>Catégorie</th><th>Postes approuvés</th><th>Postes vacants</th><th>Taux de vacance</th></tr>
<tr><td>D (D-1, D-2)</td><td>6</td><td>1</td><td>16,7 %</td></tr>
<tr><td>P (P-2 à P-5)</td><td>58</td><td>7</td><td>12,1 %</td></tr>
<tr><td>NO (NO-A à NO-D)</td><td>34</td><td>3</td><td>8,8 %</td></tr>
<tr><td>G (G-3 à G-7)</td><td>77</td><td>5</td><td>6,5 %</td></tr>
</table>
<h2>2. Recrutements en cours</h2>
<table border="1">
<tr><th>Intitulé</th><th>Classe</th><th>Lieu d'affectation</th><th>Étape</th><th>Échéance interne</th></tr>
<tr><td>Spécialiste du programme (nutrition)</td><td>P-4</td><td>Dakar</td><td>Entretiens terminés</td><td>Décision au plus tard le 19 décembre 2035</td></tr>
<tr><td>Administrateur(trice) national(e) des finances</td><td>NO-B</td><td>Niamey</td><td>Épreuve écrite corrigée</td><td>Entretiens le 16 décembre 2035</td></tr>
<tr><td>Assistant(e) aux achats</td><td>G-6</td><td>Bamako</td><td>Présélection</td><td>Liste restreinte le 11 décembre 2035</td></tr>
</table>
<h2>3. Parité femmes-hommes</h2>
<p>Proportion de femmes : 47 % dans la catégorie P et au-dessus, 52 % dans les catégories NO et G. Objectif fixé pour fin 2036 : parité à chaque classe.</p>
<h2>4. Conditions à respecter par les responsables</h2>
<ul>
<li>Mettre à jour l'étape de chaque recrutement avant la date limite indiquée ;</li>
<li>Justifier tout délai supérieur à 120 jours entre la publication et la sélection ;</li>
<li>Ne communiquer aucune information sur les candidats en dehors des jurys.</li>
</ul>
<p>Les traitements des postes vacants non pourvus sont reportés sur la ligne budgétaire des consultants uniquement avec l'accord du Directeur régional.</p>
<p><i>Section des ressources humaines – diffusion restreinte</i></p>
</body></html>
"""

ATT = """NATIONS UNIES
Commission économique pour l'Afrique – Bureau sous-régional pour l'Afrique de l'Ouest
Niamey

Réf. : CEA/BSR-AO/ATT/2035/044

ATTESTATION DE FIN DE STAGE

Je soussignée, cheffe de l'Administration du Bureau sous-régional, atteste que :

Nom :                       Mme Aïssata K.
Programme :                 Programme de stages des Nations Unies
Intitulé du stage :         Stagiaire en statistiques économiques
Lieu :                      Niamey (Niger)
Période :                   du 2 juin 2035 au 28 novembre 2035
Régime :                    temps plein
Allocation de stage :       1 050 dollars des États-Unis par mois

a effectué un stage au sein de la Section des statistiques, sous la supervision d'un statisticien (classe P-3).

Au cours de son stage, l'intéressée a notamment :
  - mis à jour la base de données des indicateurs conjoncturels de la sous-région ;
  - rédigé deux notes sur l'inflation dans les pays de l'UEMOA ;
  - contribué à l'organisation d'un atelier régional tenu à Niamey du 14 au 16 octobre 2035.

Conditions rappelées : conformément aux règles du programme de stages, le stage ne donne droit à aucun traitement,
à aucun poste ni à aucune priorité de recrutement ; l'ancienne stagiaire ne peut être recrutée sur un poste de la
catégorie des administrateurs (P) ou des services généraux (G) dans les six mois suivant la fin de son stage, soit
avant le 28 mai 2036.

La présente attestation est délivrée à l'intéressée pour servir et valoir ce que de droit. Les demandes de copie
certifiée doivent parvenir au Bureau au plus tard le 31 décembre 2035.

Fait à Niamey, le 1er décembre 2035

(signé)
Cheffe de l'Administration

Ceci n'est pas un avis de vacance de poste.
"""

PROL = """# DEMANDE DE PROLONGATION DE CONTRAT – CONSULTANT(E) INDIVIDUEL(LE)

| | |
|---|---|
| **Référence du contrat** | CI/UNOWAS/2035/031 |
| **Intitulé de la mission** | Consultante en appui aux observatoires électoraux |
| **Lieu** | Dakar (Sénégal), avec déplacements à Conakry |
| **Contrat initial** | 1er juillet 2035 – 31 décembre 2035 (90 jours de travail) |
| **Prolongation demandée** | jusqu'au 31 mars 2036 (40 jours de travail supplémentaires) |
| **Honoraires journaliers** | 380 dollars des États-Unis (inchangés) |
| **Date limite de décision** | 15 décembre 2035 |

## 1. Justification

Le calendrier électoral de la sous-région a été décalé de trois mois. Les produits 4 et 5 des termes de référence
(rapport de synthèse et atelier de restitution) ne peuvent donc être livrés qu'en février et mars 2036. La
consultante a donné entière satisfaction (évaluation intermédiaire du 30 septembre 2035).

## 2. Conditions de la prolongation

- les termes de référence initiaux restent applicables, seules les dates des produits 4 et 5 sont modifiées ;
- le montant total ne dépasse pas le plafond applicable aux contrats de consultants sans mise en concurrence ;
- la consultante reste soumise aux exigences de confidentialité et de sécurité (cours BSAFE à jour).

## 3. Incidence budgétaire

40 jours × 380 USD = 15 200 USD, imputés sur le projet d'appui électoral. Aucun poste (classes P, NO ou G) n'est
créé ou financé par cette prolongation, et la consultante ne perçoit pas de traitement.

## 4. Avis et approbations

| Étape | Nom / fonction | Avis | Date |
|---|---|---|---|
| Demandeur | Spécialiste des questions politiques (P-4) | Favorable | 1er décembre 2035 |
| Ressources humaines | Assistant(e) RH (G-6) | Conforme | 3 décembre 2035 |
| Approbation | Chef de l'appui à la mission | — | — |

*Document interne. La présente demande ne constitue ni un appel à candidatures ni une offre d'emploi.*
"""


def build():
    write("desirable-ranges-geographical-distribution-report.en.md", GEO, "-")
    write("volunteer-living-allowance-rates-circular.en.txt", VLA, "-")
    write("consultant-end-of-assignment-evaluation.en.html", EVAL, "-")
    write("tableau-de-bord-recrutements-parite.fr.html", TDB, "-")
    write("attestation-fin-de-stage-onu.fr.txt", ATT, "-")
    write("demande-prolongation-contrat-consultant.fr.md", PROL, "-")
