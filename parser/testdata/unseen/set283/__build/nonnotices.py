from common import *

write("airside-pass-renewal-notice-hewanorra-george-charles-airports-2041.en.txt", """SAINT LUCIA AIR AND SEA PORTS AUTHORITY – AIRPORTS DIVISION
PUBLIC NOTICE – RENEWAL OF AIRSIDE IDENTIFICATION PASSES (fictitious)

Reference: AD/SEC/PN/2041-05

All holders of airside identification passes expiring in June 2041 at Hewanorra International Airport and George
F. L. Charles Airport are reminded that renewal applications must be lodged in person.

Location
Pass Office, ground floor of the Administration Building at each airport.

Schedule
Monday to Friday, 08.30 to 15.30 hrs. The Pass Office is closed on public holidays.

Requirements for applicants
(a) a renewal form signed by the applicant's employer and countersigned by the company's authorised signatory;
(b) a valid national ID card or passport;
(c) a police certificate of character issued within the last six months;
(d) proof of completion of the 2041 airside safety awareness course;
(e) the renewal fee of EC$75.00 (XCD), payable by card only.

Deadline
Applications must be received no later than Friday, May 24, 2041. Passes not renewed by the expiry date will be
deactivated and must be surrendered at the security checkpoint.

Employers are responsible for informing their staff in post. A pass gives access to restricted areas only for the
duties of the holder's current position; it is not an offer of employment, and the Authority is not recruiting
through this notice. No salary, post or vacancy is attached to it.

Enquiries: Aviation Security Manager, pass.office@slaspa.example (fictitious).
""")

write("tax-penalty-amnesty-programme-public-notice-seychelles-2041.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Penalty Amnesty Programme 2041 – Public Notice</title></head>
<body>
<nav>Home | Taxpayers | Customs | Publications | Careers | Contact</nav>
<h1>Public Notice: Penalty and Interest Amnesty Programme 2041</h1>
<p><b>Reference:</b> SRC/PN/2041/07 &nbsp; <b>Issued:</b> 19 April 2041 (fictitious notice)</p>
<p>The Commission informs taxpayers that a one-off amnesty on penalties and interest applies to outstanding
Business Tax, Value Added Tax and Income and Non-Monetary Benefits Tax (including tax withheld from employees'
salary) for periods up to 31 December 2039.</p>
<h2>Who may apply – requirements</h2>
<ol>
<li>The taxpayer is registered with the Commission and holds a valid Taxpayer Identification Number.</li>
<li>All outstanding returns for the periods concerned are filed.</li>
<li>The principal tax is paid in full, or at least 25 per cent is paid and a payment plan is signed.</li>
<li>The taxpayer is not the subject of a criminal prosecution for tax evasion.</li>
</ol>
<h2>Location and schedule</h2>
<table border="1">
<tr><th>Location</th><th>Schedule</th></tr>
<tr><td>Revenue House, Victoria</td><td>Monday to Friday, 08.00 to 15.00 hrs</td></tr>
<tr><td>Praslin Service Point, Baie Ste Anne</td><td>Tuesday and Thursday, 09.00 to 13.00 hrs</td></tr>
</table>
<h2>Amounts</h2>
<p>Penalties of up to SCR 250,000 per taxpayer may be waived. Interest is waived in full once the principal is paid.</p>
<h2>Deadline</h2>
<p>Applications must be filed by <b>Friday 31 May 2041</b>. No extension will be granted.</p>
<p><i>This notice concerns tax obligations only. It does not announce any position, vacancy or recruitment at the
Commission; officers in post will assist applicants at the counters.</i></p>
<footer>© Seychelles Revenue Commission – fictitious page for a test set</footer>
</body></html>
""")

write("blasting-schedule-community-notice-durba-pits-2041.en.md", """---
title: "Community notice: blasting schedule, May 2041"
reference: KGM-COM-BL-2041-05
lang: en
---

[Home](/) · [Our mine](/mine) · [Community](/community) · [Careers](/careers) · [Contact](/contact)

# Community notice – blasting schedule for May 2041

**Reference:** KGM-COM-BL-2041-05
**Location:** open pits north and east of Durba, and the waste dumps along the Doko road (fictitious notice)
**Schedule:** blasts take place every day between 12.00 and 13.30, never at night

## What residents should know

1. A long siren sounds 15 minutes before each blast and two short sirens announce the all-clear.
2. The red-flag zone extends 500 metres around each pit; guards on duty close the footpaths during the window.
3. Livestock must be kept out of the red-flag zone from 11.30.

## Requirements for households near the pits

- Register the number of people and animals living within one kilometre of a pit with the community office.
- Report any crack in a house or well after a blast within seven days, so that a joint inspection can be made.

## Deadline

Households that want to take part in the vibration-monitoring programme must register **by 15 May 2041**.
Participation is voluntary and unpaid; a small allowance of USD 10 per visit covers travel to the community office.

> This notice is about safety only. It does not offer any job, salary or position at the mine; vacancies are
> published separately on the careers page.

Community Relations Department – Kibali Goldmines SA (fictitious rendering)
""")

write("campagne-mise-a-jour-kyc-dossiers-clients-bujumbura-2041.fr.txt", """BANQUE COMMERCIALE DU BURUNDI
AVIS À LA CLIENTÈLE – CAMPAGNE DE MISE À JOUR DES DOSSIERS CLIENTS (KYC) (avis fictif)

Référence : BANCOBU/CONF/AC/2041-03
Bujumbura, le 15 avril 2041

Chère cliente, cher client,

Conformément à la réglementation relative à la lutte contre le blanchiment de capitaux, la Banque procède à la
mise à jour des informations de tous les titulaires de comptes ouverts avant le 1er janvier 2036.

LIEUX
Toutes les agences de Bujumbura, Gitega, Ngozi et Kayanza, ainsi que le guichet mobile lors des jours de marché.

HORAIRES
Du lundi au vendredi, de 8 h à 15 h ; samedi de 8 h à 11 h 30.

CONDITIONS REQUISES
1. Se présenter en personne avec une pièce d'identité en cours de validité ;
2. Fournir un justificatif de domicile de moins de trois mois ;
3. Pour les salariés, présenter la dernière fiche de salaire ou une attestation de l'employeur précisant le poste
   occupé ;
4. Pour les entreprises, fournir les statuts et la liste des dirigeants.

COÛT
La mise à jour est gratuite. Aucun agent n'est autorisé à demander de l'argent ; les frais de tenue de compte de
2 500 BIF restent inchangés.

DATE LIMITE
Les dossiers doivent être mis à jour au plus tard le vendredi 31 mai 2041. Passé ce délai, les retraits au guichet
pourront être suspendus jusqu'à régularisation.

Cet avis ne concerne que la clientèle. Il n'annonce aucun recrutement ni aucun poste à pourvoir : les conseillers
en poste dans chaque agence vous accompagneront.

La Direction de la Conformité
""")

write("calendrier-session-de-rattrapage-et-reclamations-notes-mai-2041-fianarantsoa.fr.md", """---
titre: "Session de rattrapage – mai 2041"
reference: UF/ENI/SCOL/2041-11
---

[Accueil](/) · [Formations](/formations) · [Scolarité](/scolarite) · [Recherche](/recherche) · [Recrutement](/recrutement)

# Calendrier de la session de rattrapage et des réclamations sur les notes

**Référence :** UF/ENI/SCOL/2041-11
**Lieu :** École Nationale d'Informatique, campus d'Andrainjato, Fianarantsoa (avis fictif)

| Niveau | Dates des épreuves | Horaires | Salles |
|---|---|---|---|
| Licence 1 et 2 | 5 au 9 mai 2041 | 7 h 30 – 11 h 30 | Amphi A, salles 3 et 4 |
| Licence 3 | 12 au 15 mai 2041 | 13 h 30 – 17 h 30 | Salles 5 à 8 |
| Master 1 | 19 au 21 mai 2041 | 8 h – 12 h | Laboratoire 2 |

## Conditions requises pour se présenter

1. Être régulièrement inscrit(e) pour l'année universitaire 2040–2041 et à jour des droits d'inscription
   (65 000 Ariary, MGA) ;
2. Avoir obtenu une note inférieure à 10/20 à l'unité d'enseignement concernée ;
3. Présenter la carte d'étudiant et la convocation imprimée.

## Réclamations

Les réclamations sur les notes de la session normale sont reçues au service de la scolarité. **Date limite : jeudi
2 mai 2041 à 16 h.** Les jurys de délibération se réunissent le 28 mai 2041.

> Cette page concerne les étudiants. Elle n'annonce aucun poste d'enseignant ni de surveillant et ne donne lieu à
> aucun recrutement ; les enseignants en poste assurent les surveillances.

*Service de la Scolarité – ENI*
""")

write("campagne-certification-sanitaire-vendeurs-aliments-de-rue-cotonou-2041.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Campagne de certification sanitaire des vendeurs d'aliments de rue</title></head>
<body>
<nav>Accueil | L'Agence | Contrôles | Alertes | Recrutement | Contact</nav>
<h1>Campagne 2041 de certification sanitaire des vendeurs d'aliments de rue</h1>
<p>Référence : CS/ABSSA/DCI/2041-02 – Cotonou, le 18 avril 2041 (communiqué fictif)</p>
<p>L'Agence informe les vendeuses et vendeurs de repas, de beignets, de bouillies et de jus préparés sur la voie
publique qu'une campagne gratuite de formation et de certification sanitaire est organisée dans les communes du
littoral.</p>
<h2>Lieux et horaires</h2>
<dl>
<dt>Cotonou, marché Dantokpa (hangar 4)</dt><dd>du 6 au 10 mai 2041, de 8 h à 13 h</dd>
<dt>Abomey-Calavi, mairie annexe</dt><dd>du 13 au 17 mai 2041, de 8 h à 13 h</dd>
<dt>Sèmè-Podji, centre de santé</dt><dd>du 20 au 24 mai 2041, de 15 h à 18 h</dd>
</dl>
<h2>Conditions requises</h2>
<ul>
<li>être âgé(e) de 16 ans au moins ;</li>
<li>présenter une pièce d'identité et deux photos ;</li>
<li>suivre la séance de formation de trois heures sur l'hygiène des mains, de l'eau et des ustensiles ;</li>
<li>accepter une visite du point de vente par un inspecteur.</li>
</ul>
<h2>Coût</h2>
<p>La formation et la carte sanitaire sont gratuites. La visite médicale optionnelle coûte 2 000 FCFA.</p>
<h2>Date limite</h2>
<p>Les inscriptions sont closes le <b>vendredi 24 mai 2041</b>. Après cette date, la carte sanitaire sera exigée lors des
contrôles.</p>
<p><em>Ce communiqué ne constitue pas une offre d'emploi : aucun poste n'est à pourvoir et aucune rémunération n'est
versée aux participants. Les inspecteurs en poste animeront les séances.</em></p>
</body></html>
""")
