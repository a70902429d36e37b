from common import *

DISPOSAL = """UNITED NATIONS MISSION SUPPORT DIVISION
LOCAL PROPERTY SURVEY BOARD

Reference:      LPSB/2038/117
Subject:        Write-off and disposal list - Batch 7 (vehicles, generators, IT equipment)
Location:       Central Warehouse, Compound B, Hodeidah Road
Date:           18 October 2038
Deadline:       Objections from asset custodians by 9 November 2038; sealed bids by 16 November 2038

1. PURPOSE
The Board recommends the write-off of the items listed in Annex A, which are beyond
economical repair or surplus to the requirements of the Mission. After write-off, the
items will be sold by sealed bid to registered vendors or transferred to other missions.
This list is not a job opening and no post, contract or consultancy is offered.

2. ITEMS (extract of Annex A)
Item  Description                          Qty  Condition  Custodian (grade)       Reserve price
A-01  Light passenger vehicle, 4x4, 2029    3   Unserviceable  Transport Officer (P-3)   USD 2,400 each
A-02  Generator 100 kVA                      2   Beyond repair  Engineer (FS-5)           USD 1,150 each
A-03  Laptop computers, model 2033          46  Obsolete       ICT Assistant (G-6)       USD 35 each
A-04  Office chairs                         120  Worn           Facilities Assistant (G-4) USD 4 each

3. REQUIREMENTS FOR BIDDERS
a) Registration with the United Nations Global Marketplace at the basic level;
b) Valid commercial licence and tax certificate;
c) Proof of ability to collect the items within 10 working days of award.

4. DECISION TIMELINE
Custodians' objections ............ 9 November 2038
Bid opening (public) ............... 17 November 2038, 10:00
Award notification ................. 24 November 2038

5. NOTE ON STAFF
Staff members may not bid. Salary deductions are not an accepted payment method, and
no staff member's grade or post is affected by the disposal.

Chairperson, Local Property Survey Board (D-1 delegation of authority)
Distribution: Chief Mission Support; Chief Supply Chain Management; Property Management Unit
"""

HOST = """# Briefing note — Draft host country agreement for the proposed Regional Office in Colombo

**Reference:** BN/LEG/2038/22\\
**Prepared by:** Office of Legal Affairs, Treaty Section\\
**Location of the proposed office:** Colombo, Sri Lanka\\
**Date:** 21 October 2038\\
**Deadline for comments from Member State delegations:** 15 November 2038

> This note informs delegations about negotiations with the host Government. It does not
> announce any post. Positions in the future office will be advertised separately, if and when
> the General Assembly approves them.

## 1. Background

The Secretary-General proposes to establish a small regional office to support countries of the
region in disaster-resilient urban development. The host Government has offered premises free of
rent for ten years.

## 2. Main provisions of the draft agreement

1. Legal personality and capacity of the Organization.
2. Inviolability of the premises and archives.
3. Privileges and immunities of officials according to their grade: officials at the D-1 level and
   above enjoy diplomatic privileges; other internationally recruited staff (P-2 to P-5) enjoy the
   privileges of the Convention; locally recruited staff (G and NO categories) are exempt from
   taxation on their **salary** paid by the Organization.
4. Entry **requirements**: visas issued free of charge within 15 days.

## 3. Indicative staffing (for information only)

| Function | Grade | Status |
|---|---|---|
| Head of Office | D-1 | not yet approved |
| Programme Management Officer | P-4 | not yet approved |
| National Programme Officer | NO-B | not yet approved |
| Administrative Assistant | G-5 | not yet approved |

Estimated annual cost: USD 1,184,000 (salaries and common staff costs included).

## 4. Next steps

Comments are requested by 15 November 2038. The agreement could be signed in the first quarter
of 2039. Delegations with questions may contact the Treaty Section.
"""

CERT = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Certification of payment – individual consultant</title></head>
<body>
<h1>CERTIFICATION OF PAYMENT</h1>
<p>Individual consultant / individual contractor – to be completed by the hiring office</p>
<table border="1">
<tr><th>Reference (contract no.)</th><td>CONS/2038/0457</td></tr>
<tr><th>Consultant</th><td>Ms. Aiko Brandt-Mensah</td></tr>
<tr><th>Title of assignment</th><td>Consultant on Disaster Data Standards</td></tr>
<tr><th>Location</th><td>Home-based, with one mission to Bangkok</td></tr>
<tr><th>Period covered</th><td>1 October 2038 – 31 October 2038</td></tr>
<tr><th>Daily fee</th><td>USD 480 per working day</td></tr>
<tr><th>Deadline for submission to Finance</th><td>10 November 2038</td></tr>
</table>
<h2>1. Deliverables certified</h2>
<table border="1">
<tr><th>Deliverable</th><th>Days</th><th>Amount (USD)</th><th>Satisfactory</th></tr>
<tr><td>Inception report</td><td>5</td><td>2,400.00</td><td>Yes</td></tr>
<tr><td>Draft data standard</td><td>12</td><td>5,760.00</td><td>Yes</td></tr>
<tr><td>Travel (DSA Bangkok, 3 nights)</td><td>–</td><td>612.00</td><td>Yes</td></tr>
<tr><td colspan="2"><b>Total payable</b></td><td><b>8,772.00</b></td><td></td></tr>
</table>
<h2>2. Requirements for payment</h2>
<ul>
<li>The deliverables must be certified by the supervisor (P-4 or above) before payment.</li>
<li>The consultant must have completed the mandatory security and ethics courses.</li>
<li>Banking details must be registered in the enterprise resource planning system.</li>
</ul>
<h2>3. Certification</h2>
<p>I certify that the services described above were performed satisfactorily and in accordance with the terms of the contract. This form is not an offer of employment, a salary statement or a vacancy announcement.</p>
<p>Certifying officer: ____________________ (Programme Management Officer, P-4) &nbsp; Date: __________</p>
<p>Approving officer: ____________________ (Chief of Section, P-5) &nbsp; Date: __________</p>
<p style="font-size:8pt">Form FIN-CP-07 (rev. 2038). Retain a copy in the contract file.</p>
</body></html>
"""

POINT_FOCAL = """SECRÉTARIAT DE LA CONVENTION
Abidjan, le 19 octobre 2038

Réf. : SC/PF/2038/054
Objet : Désignation du point focal national pour la période 2039-2041
Lieu de la réunion de lancement : Abidjan (Côte d'Ivoire)
Date limite de réponse : 12 novembre 2038

Aux Ministres chargés de l'environnement des Parties contractantes

Excellence,

À l'approche de la nouvelle période biennale, le Secrétariat invite chaque Partie contractante
à désigner ou à confirmer son point focal national et un suppléant. Le point focal reste un
agent de l'administration nationale : cette désignation ne constitue ni un recrutement, ni un
avis de vacance de poste, et ne donne droit à aucun traitement, à aucune classe (G, NO ou P)
ni à aucun contrat avec le Programme des Nations Unies pour l'environnement.

PROFIL REQUIS DU POINT FOCAL
1. Être fonctionnaire du ministère chargé de l'environnement ou de la mer ;
2. Disposer d'au moins cinq années d'expérience dans la gestion des zones côtières ;
3. Maîtriser le français, l'anglais ou le portugais.

EXIGENCES DE LA FONCTION
- transmettre les rapports nationaux avant le 31 mars de chaque année ;
- participer à la réunion annuelle des points focaux (frais de voyage pris en charge par le
  Secrétariat, indemnité journalière de subsistance de 118 000 FCFA) ;
- diffuser les informations du Secrétariat auprès des services nationaux.

CALENDRIER
Date limite de réponse .................. 12 novembre 2038
Réunion de lancement, Abidjan ........... 2-4 décembre 2038

Le formulaire de désignation ci-joint doit être signé par le Ministre ou son représentant.

Veuillez agréer, Excellence, l'assurance de notre haute considération.

Le Secrétaire exécutif
"""

CONCEPT = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Note conceptuelle – Atelier régional</title></head>
<body>
<h1>Note conceptuelle</h1>
<h2>Atelier régional sur la gestion des talents dans les bureaux de pays des Nations Unies en Afrique de l'Ouest et du Centre</h2>
<dl>
<dt>Référence</dt><dd>NC/RH/2038/09</dd>
<dt>Lieu</dt><dd>Dakar (Sénégal), hôtel des Almadies</dd>
<dt>Dates</dt><dd>7 au 9 décembre 2038</dd>
<dt>Date limite d'inscription</dt><dd>19 novembre 2038</dd>
<dt>Langues de travail</dt><dd>français et anglais, avec interprétation simultanée</dd>
</dl>
<h3>1. Contexte et justification</h3>
<p>Les bureaux de pays constatent des délais de recrutement supérieurs à 120 jours pour les postes de la catégorie des administrateurs recrutés sur le plan national (NO-A à NO-D) et des agents des services généraux (G-4 à G-7). L'atelier permettra d'échanger sur les avis de vacance, la constitution de fichiers de candidats et l'évaluation des compétences.</p>
<h3>2. Objectifs</h3>
<ol>
<li>Partager les bonnes pratiques de rédaction des avis de vacance et des critères de sélection ;</li>
<li>Harmoniser les grilles d'entretien axé sur les compétences ;</li>
<li>Présenter l'enquête sur les traitements locaux prévue en 2039.</li>
</ol>
<h3>3. Participants et conditions de participation</h3>
<ul>
<li>Être chargé(e) des ressources humaines dans un bureau de pays (classe P-3, NO-B ou G-6 au minimum) ;</li>
<li>Avoir l'accord écrit de son chef de bureau ;</li>
<li>Présenter une étude de cas de recrutement récent (10 minutes).</li>
</ul>
<h3>4. Budget indicatif</h3>
<table border="1">
<tr><th>Poste de dépense</th><th>Montant</th></tr>
<tr><td>Location de salle et interprétation</td><td>14 500 000 FCFA</td></tr>
<tr><td>Indemnités journalières de subsistance (35 participants)</td><td>USD 48 300</td></tr>
</table>
<p><b>Important :</b> cette note ne constitue pas un avis de vacance de poste. Aucun poste ni aucune consultation n'est offert dans le cadre de l'atelier.</p>
<p>Contact : équipe régionale RH, rh-regional@un.example</p>
</body></html>
"""

PV = """# Procès-verbal de la réunion du Comité local des contrats

**Référence :** CLC/2038/31\\
**Lieu :** salle de conférence B, bureau de pays, Abidjan (Côte d'Ivoire)\\
**Date de la réunion :** 22 octobre 2038\\
**Dossier examiné :** services de gardiennage des locaux, appel d'offres AO/2038/014

> Le présent procès-verbal rend compte de l'examen d'un marché de services. Il ne s'agit ni d'un
> avis de vacance ni d'une offre d'emploi : les agents de sécurité restent des employés du
> prestataire retenu.

### 1. Membres présents

| Nom | Fonction | Classe |
|---|---|---|
| M. K. Bamba | Président, chef de l'administration | P-4 |
| Mme A. Sow | Membre, finances | NO-B |
| M. J. Kouassi | Membre, logistique | G-6 |
| Mme L. Haddad | Secrétaire du Comité (sans droit de vote) | G-5 |

### 2. Exigences du cahier des charges

1. Agrément du ministère de l'Intérieur pour les sociétés de gardiennage ;
2. Au moins 24 agents formés, présents 24 heures sur 24 ;
3. Rémunération des agents au moins égale au salaire minimum interprofessionnel garanti.

### 3. Offres reçues (date limite de dépôt : 10 octobre 2038)

| Soumissionnaire | Montant annuel | Conformité |
|---|---|---|
| Société Vigilance Lagunes | 86 400 000 FCFA | conforme |
| Ivoire Protection Services | 79 950 000 FCFA | non conforme (agrément expiré) |
| Sentinelle Plus | 91 200 000 FCFA | conforme |

### 4. Recommandation

Le Comité recommande l'attribution du marché à Société Vigilance Lagunes, offre conforme la moins
disante, pour une durée de deux ans à compter du 1er janvier 2039. Le prestataire devra
confirmer par écrit avant le 12 novembre 2038 la liste nominative des agents affectés.

### 5. Observations

Le Comité rappelle que le personnel du bureau ne peut pas être employé par le prestataire, et que
la décision ne modifie ni la classe ni le traitement d'aucun fonctionnaire.

*Signé : le Président du Comité ; la Secrétaire. Approuvé par le Représentant le 25 octobre 2038.*
"""


def build():
    write("property-survey-board-disposal-list.en.txt", DISPOSAL, "-")
    write("host-country-agreement-briefing-note.en.md", HOST, "-")
    write("certification-of-payment-consultant.en.html", CERT, "-")
    write("designation-point-focal-national-convention.fr.txt", POINT_FOCAL, "-")
    write("note-conceptuelle-atelier-gestion-talents.fr.html", CONCEPT, "-")
    write("proces-verbal-comite-local-des-contrats-gardiennage.fr.md", PV, "-")
