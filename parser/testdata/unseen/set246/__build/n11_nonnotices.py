from common import *

REGRET = """From: UN Careers <no-reply@careers.un.example>
To: Ms. Nadia Haddad
Date: Monday, 29 March 2038 06:02
Subject: Job Opening 38-Procurement-UNDOF-351902-R-Camp Faouar (X) - status of your application

Dear Ms. Haddad,

Reference: Job Opening Number 38-Procurement-UNDOF-351902-R-Camp Faouar (X)
Job Title: PROCUREMENT OFFICER, P3
Duty Station: CAMP FAOUAR
Department/Office: United Nations Disengagement Observer Force

Thank you for the interest you have shown in working for the United Nations. We regret to
inform you that the hiring manager has completed the evaluation of candidates for the above
job opening and that you were not selected. The position has been filled.

Your application was reviewed carefully against the requirements of the job opening
(education, work experience, language skills and the competencies listed). The large number
of applications means that we are unable to give individual reasons for this decision.

If you would like general feedback on the assessment exercise held on 2 March 2038, you may
send a request through your candidate profile. Deadline for feedback requests: 14 April 2038.

This message does not concern salary, grade or entitlements, and it is not an offer of
employment or a new job opening. We encourage you to continue to visit the careers portal,
where current openings are published with their own deadlines.

We wish you success in your career.

Recruitment Team
United Nations Careers

This is an automated message. Please do not reply.
"""

LIQ = """[Mission intranet](https://intranet.mission.example) | Human Resources | Liquidation | Staff notices

# Liquidation phase: staffing table and separation schedule

**Reference:** LIQ/HR/2038/07  
**Issued by:** Chief, Human Resources Section  
**Location:** Mission headquarters and sector offices  
**Date:** 26 March 2038  
**Deadline for submission of separation clearance checklists:** 30 April 2038

Following the end of the mandate, the mission enters the liquidation phase. The table below shows the posts retained during liquidation and the date on which each post will be **abolished**. No post in this table is open for recruitment; this notice is not a job opening.

| Post | Grade | Location | Abolished on |
|---|---|---|---|
| Chief of Mission Support | D-1 | Headquarters | 30 September 2038 |
| Finance Officer | P-3 | Headquarters | 31 August 2038 |
| Property Disposal Officer | P-3 | Sector East | 31 July 2038 |
| Human Resources Assistant | G-5 | Headquarters | 31 July 2038 |
| Associate Engineer | NO-A | Sector West | 30 June 2038 |
| Driver | G-3 | Sector West | 30 June 2038 |

## Requirements before separation

1. Return all United Nations-owned equipment and obtain a signed property release.
2. Complete the separation clearance checklist in the online system.
3. Settle outstanding advances; the final salary payment will be held until clearance is complete.

## Placement support

Staff whose posts are abolished may apply to job openings elsewhere through the careers portal like any other candidate. The Human Resources Section will run CV and interview workshops on 8 and 15 April 2038.

*Questions: liquidation-hr@mission.example*
"""

SFR = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Statement of Force Requirements - Engineer Company (Horizontal)</title></head><body>
<p>UNITED NATIONS · Department of Peace Operations · Office of Military Affairs · Force Generation Service</p>
<h1>STATEMENT OF FORCE REQUIREMENTS</h1>
<table border="1" cellpadding="4">
<tr><th>Reference</th><td>SFR/2038/ENG/04</td></tr>
<tr><th>Unit</th><td>Engineer Company (Horizontal)</td></tr>
<tr><th>Location</th><td>Sector North, company base at Kidira (planning assumption)</td></tr>
<tr><th>Strength</th><td>150 military personnel, including at least 25 women</td></tr>
<tr><th>Deadline for pledges</th><td>16 April 2038</td></tr>
<tr><th>Deployment</th><td>Not earlier than 1 September 2038</td></tr>
</table>
<h2>1. Purpose</h2>
<p>This statement informs Member States of the capabilities the mission needs from a troop-contributing country. It is addressed to Permanent Missions only. It is <b>not a job opening</b>: individuals cannot apply, and no salary is paid by the United Nations to members of the unit.</p>
<h2>2. Tasks</h2>
<ul>
<li>Build and maintain 120 km of supply routes and two helicopter landing sites.</li>
<li>Construct defensive works for company operating bases.</li>
<li>Provide water drilling and purification for up to 1,500 personnel.</li>
</ul>
<h2>3. Requirements</h2>
<ul>
<li>Self-sustainment in accommodation, catering and communications for 90 days.</li>
<li>Heavy plant: graders, rollers, excavators and dump trucks in serviceable condition.</li>
<li>Officers with working knowledge of French; pre-deployment training certified by the contributing country.</li>
</ul>
<h2>4. Reimbursement</h2>
<p>Troop costs are reimbursed to the Government at the standard rate of USD 1,448 per person per month; contingent-owned equipment is reimbursed under the wet-lease rates of the COE Manual. These amounts are paid to Governments, not to individuals.</p>
<p>Pledges should be sent by note verbale to the Force Generation Service by the deadline above.</p>
</body></html>
"""

CLUSTER = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Compte rendu – Réunion du cluster Sécurité alimentaire – Maradi</title></head><body>
<h1>Cluster Sécurité alimentaire – Sous-cluster de Maradi</h1>
<h2>Compte rendu de la réunion mensuelle</h2>
<dl>
<dt>Référence</dt><dd>CSA-MRD/CR/2038-03</dd>
<dt>Lieu</dt><dd>Salle de réunion de la Direction régionale de l'agriculture, Maradi</dd>
<dt>Date</dt><dd>18 mars 2038, 10 h – 12 h 30</dd>
<dt>Présidence</dt><dd>Direction régionale de l'agriculture ; co-facilitation : PAM et FAO</dd>
<dt>Date limite pour la matrice 4W</dt><dd>12 avril 2038</dd>
</dl>
<h3>1. Situation alimentaire</h3>
<p>Les résultats de l'enquête de mars confirment une hausse du prix du mil de 14 % sur un mois dans les départements de Dakoro et de Mayahi. Le pic de soudure est attendu en juillet.</p>
<h3>2. Réponse en cours</h3>
<table border="1"><tr><th>Partenaire</th><th>Activité</th><th>Lieu</th><th>Ménages</th></tr>
<tr><td>PAM</td><td>Transferts monétaires</td><td>Dakoro</td><td>6 200</td></tr>
<tr><td>FAO</td><td>Semences et aliments pour bétail</td><td>Mayahi</td><td>3 450</td></tr>
<tr><td>ONG locale</td><td>Cantines scolaires</td><td>Tessaoua</td><td>1 100</td></tr></table>
<h3>3. Ressources humaines des partenaires</h3>
<p>Plusieurs partenaires signalent des difficultés à pourvoir des postes de nutritionnistes et d'agents de suivi. Le cluster ne diffuse pas d'offres d'emploi ; les partenaires publient leurs avis de vacance sur leurs propres sites. Les exigences de sécurité (escortes au-delà de Dakoro) restent en vigueur.</p>
<h3>4. Exigences de rapportage</h3>
<ul><li>Mise à jour de la matrice 4W avant le 12 avril 2038.</li>
<li>Les montants des transferts (en FCFA par ménage et par mois) doivent être indiqués sans les frais de transaction.</li></ul>
<h3>5. Prochaine réunion</h3>
<p>15 avril 2038, même lieu. Ce compte rendu n'est ni une offre d'emploi ni un appel à candidatures.</p>
</body></html>
"""

PREAVIS = """NATIONS UNIES – Bureau régional
Section des ressources humaines

Réf. : RH/SP/2038/0412                                   Dakar, le 24 mars 2038

CONFIDENTIEL

À : Mme Aminata Sow
    Assistante administrative, G-5
    Section des services généraux, Dakar

Objet : Suppression de poste – préavis de licenciement

Madame,

1. Je suis au regret de vous informer que le poste d'Assistant(e) administratif(ve) (G-5) que
vous occupez à la Section des services généraux sera supprimé le 30 juin 2038, à la suite de
l'adoption du budget révisé du Bureau.

2. Conformément au Statut et au Règlement du personnel, le présent courrier vaut préavis de
licenciement. Votre engagement prendra fin le 30 juin 2038, sauf réaffectation d'ici cette date.

3. Considération prioritaire. Vous pouvez faire connaître votre intérêt pour des postes
vacants de classe égale ou inférieure, à Dakar ou dans un autre lieu d'affectation. Date limite
pour nous transmettre votre formulaire d'intérêt : 23 avril 2038. Les conditions requises pour
cette considération prioritaire sont les suivantes :
   a) être titulaire d'un engagement continu ou de durée déterminée ;
   b) satisfaire aux exigences minimales du poste visé ;
   c) avoir obtenu une évaluation au moins « satisfaisante » lors du dernier cycle.

4. Indemnité de licenciement. À titre indicatif, l'indemnité est calculée sur la base de votre
traitement brut et de vos années de service ; le montant estimé figure dans l'annexe jointe
(en FCFA). Aucun traitement ne sera versé au-delà de la date de cessation de service.

5. Le présent courrier n'est pas un avis de vacance de poste et ne vous offre aucun poste.

Je vous prie d'agréer, Madame, l'expression de ma considération distinguée.

Chef de la Section des ressources humaines

Copie : Dossier administratif
"""

RECOURS = """# Procès-verbal – Commission paritaire de recours

**Référence :** CPR/2038/009  \\
**Lieu :** Genève, salle XII, et par visioconférence  \\
**Date de la séance :** 19 mars 2038  \\
**Date limite pour les observations des parties sur le présent procès-verbal :** 9 avril 2038

## 1. Composition

- Présidente : une fonctionnaire de classe D-1 désignée par le Secrétaire général
- Membres : deux fonctionnaires de classe P-4 et P-3, désignés par l'administration et par le personnel
- Secrétaire : un fonctionnaire de classe G-6

## 2. Objet du recours

Le requérant, fonctionnaire de classe P-3 en poste à Nairobi, conteste sa non-sélection pour le
poste de Spécialiste des achats (P-4) publié en 2037 sous la référence 37-Procurement-UNON-339871-R-Nairobi (X),
dont la date limite était fixée au 14 novembre 2037.

## 3. Exposé des parties

1. Le requérant soutient qu'il remplissait toutes les exigences de l'avis de vacance (diplôme,
   sept années d'expérience, maîtrise de l'anglais) et que l'épreuve écrite a été notée de façon
   incohérente.
2. L'administration répond que le jury a appliqué la grille d'évaluation publiée et que le candidat
   retenu avait une expérience plus pertinente des marchés de construction.

## 4. Délibération et recommandation

La Commission constate que la procédure a été respectée. Elle recommande toutefois que les grilles
de notation soient conservées avec le dossier. Elle ne se prononce ni sur le traitement ni sur la
classe du requérant, qui ne font pas l'objet du recours.

> Le présent procès-verbal n'est pas un avis de vacance de poste ; aucun poste n'est à pourvoir.

*Signé par la Présidente et la Secrétaire, le 19 mars 2038.*
"""


def build():
    write("regret-email-unsuccessful-candidate.en.txt", REGRET, "-")
    write("mission-liquidation-staffing-table.en.md", LIQ, "-")
    write("statement-of-force-requirements-engineer-company.en.html", SFR, "-")
    write("compte-rendu-reunion-cluster-securite-alimentaire.fr.html", CLUSTER, "-")
    write("preavis-licenciement-suppression-de-poste.fr.txt", PREAVIS, "-")
    write("proces-verbal-commission-paritaire-de-recours.fr.md", RECOURS, "-")
