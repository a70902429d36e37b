"""Six documents of the UN world that are not vacancy notices (3 EN, 3 FR)."""
from common import w

TDY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Temporary Duty Assignment Request – TDY/2036/0417</title></head>
<body>
<h1>REQUEST FOR TEMPORARY DUTY ASSIGNMENT (TDY)</h1>
<p>Form HR-TDY-3 &middot; to be completed by the requesting office and approved by the releasing office</p>
<table border="1" cellpadding="4">
<tr><th>Reference</th><td>TDY/2036/0417</td></tr>
<tr><th>Requesting office</th><td>Electoral Assistance Office, Erbil regional office</td></tr>
<tr><th>Functional title of the TDY</th><td>Electoral Affairs Officer (Data Analysis)</td></tr>
<tr><th>Grade of the function</th><td>P-3</td></tr>
<tr><th>Location</th><td>Erbil</td></tr>
<tr><th>Duration</th><td>60 days, from 3 August 2036</td></tr>
<tr><th>Nominated staff member</th><td>Ms. Leyla Sarkisian, Associate Electoral Officer (P-2), Baghdad</td></tr>
<tr><th>Deadline for release by the parent office</th><td>10 July 2036</td></tr>
<tr><th>Funding</th><td>Travel and DSA charged to the electoral support project; salary remains with the parent office</td></tr>
</table>
<h2>Justification</h2>
<p>The regional office needs analytical support during the voter list display period. The nominated staff member
took part in the 2034 exercise and can start immediately. This request does not create a post and is not a job
opening: the assignment is offered only to the staff member named above, with the agreement of her supervisor.</p>
<h2>Requirements of the assignment</h2>
<ol>
<li>Valid UN driving permit for armoured vehicles.</li>
<li>Completion of the SSAFE course before travel.</li>
<li>Familiarity with the commission's data tables.</li>
</ol>
<h2>Entitlements</h2>
<p>Daily subsistence allowance at the Erbil rate (USD 196 per day for the first 30 days, USD 147 thereafter). No
change to salary, grade or contract.</p>
<h2>Approvals</h2>
<p>Requesting manager: signed 24 June 2036 &middot; Releasing manager: pending &middot; Human Resources: pending</p>
</body></html>
"""

DIRECTORY = """# Directory of senior officials – Regional Service Centre

**Reference:** RSCE/DIR/2036/2  \\
**Location:** Entebbe, Uganda  \\
**Updated:** 1 July 2036  \\
**Next update due:** 31 July 2036

This directory lists the heads of section of the Regional Service Centre and how to reach them. It is published
for client missions; it is not a recruitment document.

| Function | Name | Grade | Location | Extension |
|---|---|---|---|---|
| Chief, Regional Service Centre | Mr. Tobias Engström | D-1 | Entebbe | 4100 |
| Chief, Human Resources Section | Ms. Achieng Were | P-5 | Entebbe | 4120 |
| Chief, Finance Section | Mr. Rahul Menon | P-5 | Entebbe | 4135 |
| Chief, Travel Unit | *Vacant – recruitment completed, incumbent arriving 15 August 2036* | P-4 | Entebbe | 4150 |
| Team Leader, Onboarding | Ms. Grace Nansubuga | NO-C | Entebbe | 4162 |
| Senior Administrative Assistant | Mr. Joseph Kato | G-7 | Entebbe | 4101 |

## Requirements for client missions

- Send requests through the client portal, not to individual officials.
- Quote the staff member's index number and the mission's cost centre.
- Allow five working days for salary advances and ten for entitlement travel.

## Notes

Salary and payroll questions go to the Finance Section. Questions about job openings go to the careers portal of the
mission concerned; the Centre does not advertise posts on behalf of missions and receives no applications.
"""

SHIPMENT = """UNITED NATIONS - OFFICE OF SUPPORT OPERATIONS
GUIDE TO UNACCOMPANIED SHIPMENT AND REMOVAL ENTITLEMENTS

Reference:      OSO/GUIDE/2036/07
Location:       All duty stations (headquarters and field)
Effective:      1 July 2036
Deadline:       Claims for shipments completed before 1 July 2036 must be filed by 31 July 2036

1. PURPOSE
This guide explains how much personal effects staff members may ship when they are appointed, reassigned or
separated. It does not announce any vacancy and gives no one a right to a post.

2. WHO IS COVERED
Staff members holding fixed-term, continuing or temporary appointments in the Professional and higher categories
(P-1 to D-2), National Professional Officers (NO-A to NO-D) on reassignment, and General Service staff (G-1 to G-7)
on inter-duty-station moves. Consultants, interns and volunteers are not covered.

3. ENTITLEMENTS BY SITUATION
   Situation                               Unaccompanied shipment     Lump-sum option
   Appointment or reassignment, 1 year+    up to 1,000 kg by surface   USD 7,500
   Appointment, less than 1 year           up to 100 kg by air         USD 1,800
   Separation after 2 years of service     up to 1,000 kg by surface   USD 7,500
   Each eligible dependant                 +50 kg by air               USD 500

4. REQUIREMENTS FOR REIMBURSEMENT
   a) Three quotations from removal firms, obtained before the move;
   b) Original invoices and proof of payment;
   c) The travel authorization number of the move;
   d) Filing within six months of arrival at the new duty station.

5. TAX AND SALARY
Lump sums are not part of salary and are not pensionable. Amounts advanced and not justified will be recovered
from salary.

Questions: shipments-helpdesk@un.example (Monday to Friday, 9:00-17:00 New York time).
"""

PROFIL = """# Profil d'emploi type – Assistant(e) de programme, G-6

**Référence du profil :** PET/GS/2036/118  \\
**Catégorie :** Services généraux et catégories apparentées  \\
**Classe :** G-6  \\
**Réseau d'emplois :** Affaires politiques, paix et action humanitaire  \\
**Date d'approbation :** 3 juin 2036

> Le présent profil d'emploi type sert au classement des postes et à la rédaction des définitions d'emploi. Il ne
> constitue ni un avis de vacance ni une offre d'emploi : aucun poste n'est à pourvoir au titre de ce document et
> aucune candidature ne peut être reçue sur sa base. Les postes vacants sont publiés sur le portail des carrières.

## Finalité de l'emploi

Les titulaires d'emplois de ce niveau apportent un appui administratif et programmatique complet à une équipe
chargée de projets, avec une large autonomie dans les procédures courantes.

## Attributions types

1. Suivi des budgets des projets et préparation des engagements de dépenses ;
2. Organisation de réunions, d'ateliers et de missions ;
3. Tenue des bases de données et production de tableaux de suivi ;
4. Rédaction de la correspondance courante.

## Compétences associées au niveau

- Professionnalisme
- Esprit d'équipe
- Aptitude à planifier et à organiser

## Conditions d'accès au niveau (pour le classement)

- Diplôme de fin d'études secondaires ou équivalent ;
- Sept années d'expérience pour la classe G-6 (cinq pour la classe G-5) ;
- Maîtrise de l'anglais ou du français.

## Rémunération

Le traitement dépend du barème local du lieu d'affectation ; le présent profil ne fixe aucun montant.

*Référence interne : à utiliser avec le guide de classement des emplois des services généraux, édition 2036.*
"""

EVASAN = """NATIONS UNIES - BUREAU PAYS
NOTE DE PROCÉDURE

Réf. :        BP/SEC/NP/2036/05
Objet :       Procédure d'évacuation sanitaire (EVASAN) du personnel
Lieu :        Niamey et bureaux auxiliaires de Zinder et d'Agadez
Date d'effet : 1er juillet 2036
Date limite de mise à jour des fiches médicales d'urgence : 17 juillet 2036

1. OBJET
La présente note rappelle la marche à suivre en cas d'évacuation sanitaire d'un membre du personnel ou d'une
personne à charge. Elle ne porte sur aucun recrutement et ne constitue pas un avis de vacance de poste.

2. PERSONNEL CONCERNÉ
Tout le personnel, quelle que soit sa classe (G-1 à G-7, NO-A à NO-D, P-1 à D-2), ainsi que les consultants,
les stagiaires et les Volontaires des Nations Unies en poste au Niger.

3. CONDITIONS À REMPLIR AVANT TOUTE ÉVACUATION
   a) avis du médecin-conseil du bureau ou, à défaut, du médecin de l'hôpital de référence ;
   b) accord préalable de l'assureur (numéro d'autorisation) ;
   c) passeport et laissez-passer en cours de validité ;
   d) fiche médicale d'urgence à jour dans le système.

4. DESTINATIONS DE RÉFÉRENCE
   Niveau 1 : Niamey (clinique agréée)
   Niveau 2 : Abidjan ou Dakar
   Niveau 3 : Paris ou Genève, sur décision du Directeur médical

5. FRAIS
Les frais de transport sont pris en charge par l'assurance ; l'indemnité journalière de subsistance de
l'accompagnateur est de 187 dollars des États-Unis par jour. Le traitement du membre du personnel évacué est
maintenu pendant toute la durée de l'évacuation.

6. CONTACTS
Point focal sécurité : poste 2210 - Infirmerie : poste 2250 (24 h/24).

Le Représentant résident
"""

BORDEREAU = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Bordereau de transmission – dossiers de candidature</title></head>
<body>
<p><b>SECTION DES RESSOURCES HUMAINES</b> &middot; Bureau régional &middot; Dakar</p>
<h1>Bordereau de transmission de dossiers de candidature</h1>
<dl>
<dt>Référence du bordereau</dt><dd>RH/BT/2036/088</dd>
<dt>Avis de vacance concerné</dt><dd>BR/AVP/2036/019 (clos le 26 juin 2036)</dd>
<dt>Intitulé du poste</dt><dd>Assistant(e) administratif(ve)</dd>
<dt>Classe</dt><dd>G-5</dd>
<dt>Lieu d'affectation</dt><dd>Dakar (Sénégal)</dd>
<dt>Destinataire</dt><dd>M. Ousmane Faye, chef de la Section de l'appui aux programmes (responsable du recrutement)</dd>
<dt>Date limite de retour de l'évaluation</dt><dd>9 juillet 2036</dd>
</dl>
<h2>Objet</h2>
<p>Vous trouverez ci-joint les 14 dossiers jugés recevables à l'issue de la présélection. L'avis de vacance est clos ;
le présent bordereau n'ouvre aucun nouveau délai de candidature et ne doit pas être diffusé.</p>
<h2>Dossiers transmis</h2>
<table border="1" cellpadding="3">
<tr><th>N°</th><th>Code candidat</th><th>Conditions d'admission remplies</th><th>Test écrit</th></tr>
<tr><td>1</td><td>C-0412</td><td>Oui</td><td>À convoquer</td></tr>
<tr><td>2</td><td>C-0419</td><td>Oui</td><td>À convoquer</td></tr>
<tr><td>3</td><td>C-0433</td><td>Oui, sous réserve (diplôme à vérifier)</td><td>À convoquer</td></tr>
<tr><td>&hellip;</td><td>&hellip;</td><td>&hellip;</td><td>&hellip;</td></tr>
</table>
<h2>Exigences pour l'évaluation</h2>
<ul>
<li>Noter chaque dossier au regard des critères de l'avis (formation, expérience, langues) ;</li>
<li>Motiver par écrit toute exclusion ;</li>
<li>Ne pas contacter les candidat(e)s directement.</li>
</ul>
<p>Rappel : le traitement et la classe du poste ne peuvent être modifiés à ce stade. Les entretiens sont prévus la
semaine du 27 juillet 2036.</p>
<p>La Cheffe de la Section des ressources humaines</p>
</body></html>
"""


def build():
    w("tdy-request-form-temporary-duty-assignment.en.html", TDY)
    w("senior-officials-directory-regional-service-centre.en.md", DIRECTORY)
    w("unaccompanied-shipment-entitlements-guide.en.txt", SHIPMENT)
    w("profil-emploi-type-assistant-programme-g6.fr.md", PROFIL)
    w("note-procedure-evacuation-sanitaire-personnel.fr.txt", EVASAN)
    w("bordereau-transmission-dossiers-candidature.fr.html", BORDEREAU)
