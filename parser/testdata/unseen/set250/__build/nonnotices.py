from common import *

w("air-navigation-charges-consultation-paper-afcac.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Consultation paper – harmonised air navigation charges | AFCAC</title></head>
<body>
<header><strong>AFCAC · CAFAC</strong> — African Civil Aviation Commission
<nav><a href="#">Home</a> | <a href="#">Programmes</a> | <a href="#">Documents</a> | <a href="#">Careers</a> | <a href="#">Français</a></nav></header>
<main>
<p>Home › Documents › Consultations</p>
<h1>Consultation Paper: Harmonised Principles for Air Navigation Charges in Africa</h1>
<table>
<tr><th>Reference</th><td>AFCAC/CONS/2038/02</td></tr>
<tr><th>Issued by</th><td>Air Transport and Safety Directorate</td></tr>
<tr><th>Location of stakeholder meetings</th><td>Dakar, Senegal and online</td></tr>
<tr><th>Schedule</th><td>Regional hearings on 10, 12 and 17 August 2038, 09:00–13:00 GMT</td></tr>
<tr><th>Deadline for written comments</th><td>24 August 2038</td></tr>
</table>
<h2>Purpose</h2>
<p>The Secretariat invites airlines, airport operators, air navigation service providers and civil aviation authorities to comment on draft principles for setting and publishing air navigation charges, so that users across the continent face transparent and comparable tariffs.</p>
<h2>Requirements for submissions</h2>
<ul>
<li>Submissions must identify the organisation and a contact person.</li>
<li>Comments must refer to the numbered paragraphs of the draft principles.</li>
<li>Cost data must be expressed in USD and cover the financial year 2037.</li>
</ul>
<h2>Qualifications of the principles</h2>
<p>The principles apply to en-route and terminal charges only. They do not cover staff salaries of service providers, which remain a national matter, and this paper does not advertise any post or vacancy at the Commission; current openings are listed under Careers.</p>
<p>Send comments to consultations@afcac-cafac.example before the deadline.</p>
</main>
<footer>© 2038 African Civil Aviation Commission</footer>
</body></html>
""", "-")

w("visiting-researcher-guesthouse-rules-usth.en.md", """**USTH — University of Science and Technology of Hanoi** · [Research](#) · [International](#) · [Recruitment](#) · [FR](#)

[Home](#) › [International](#) › Guesthouse

# Visiting Researcher Guesthouse: Booking Rules 2038–2039

| Item | Details |
|---|---|
| Reference | USTH/INT/GH-RULES/2038 |
| Location | Building B, 18 Hoang Quoc Viet, Cau Giay, Hanoi |
| Reception schedule | Monday to Friday, 08:00–17:00; key box after hours |
| Deadline for autumn bookings | 16 August 2038 |

## Who may stay

Visiting professors, postdoctoral researchers and doctoral students from partner universities who hold an invitation letter from a USTH department. The guesthouse is **not** a place of employment: guests receive no salary or allowance from the university through this service, and a stay does not create a contract or a post.

## Requirements for booking

1. A copy of the passport and of the Vietnamese visa or e-visa.
2. The invitation letter signed by the head of the hosting department.
3. Payment of a deposit of VND 2,000,000 by bank transfer.

## Rates

- Single room: VND 650,000 per night
- Studio with kitchenette: VND 900,000 per night
- Monthly rate for stays over 30 days: on request

## House rules

Quiet hours from 22:00 to 06:00. Cooking is allowed only in studios. Guests must register with the local police through the reception within 24 hours of arrival.

*International Relations Office · guesthouse@usth.example*
""", "-")

w("francophone-business-directory-listing-form-afy.en.txt", """ASSOCIATION FRANCO-YUKONNAISE — ECONOMIC DEVELOPMENT
French-language Business Directory 2038–2039 — Listing form

Reference: AFY-DIR-2038
Location: Centre de la francophonie, 302 Strickland Street, Whitehorse
Office hours: Monday to Thursday, 9:00 a.m. to 4:30 p.m.
Deadline for new listings: August 20, 2038

The directory lists Yukon businesses and organizations that offer services in French. It is printed in October and posted online. Listing is free for members of the Association.

REQUIREMENTS FOR A LISTING
* The business must hold a valid Yukon business licence.
* At least one employee must be able to serve customers in French.
* The description (60 words maximum) must be provided in French and in English.

INFORMATION TO PROVIDE
Business name: ______________________
Sector (tourism, retail, trades, health, other): ______________________
Address and hours of business: ______________________
Contact person and telephone: ______________________
Website: ______________________

PLEASE NOTE
The directory is not a job board. We do not publish job offers, salaries or hiring requirements in it; employers looking for staff can contact our employment services separately. Advertising space (quarter page: $85) is sold on a first-come basis.

Signature: __________________   Date: __________________
""", "-")

w("note-autocontrole-boulangeries-patisseries-afsca.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Note d'information – autocontrôle dans les boulangeries-pâtisseries | AFSCA</title></head>
<body>
<header><p>AFSCA · Agence fédérale pour la Sécurité de la Chaîne alimentaire</p>
<nav><a href="#">Consommateurs</a> · <a href="#">Professionnels</a> · <a href="#">Publications</a> · <a href="#">Emplois</a> · <a href="#">NL</a></nav></header>
<main>
<p>Accueil &gt; Professionnels &gt; Distribution &gt; Notes d'information</p>
<h1>Note d'information : autocontrôle et traçabilité dans les boulangeries-pâtisseries</h1>
<dl>
<dt>Référence</dt><dd>PCCB/S3/NI/2038-11</dd>
<dt>Destinataires</dt><dd>Boulangers, pâtissiers et chocolatiers artisanaux</dd>
<dt>Lieu des séances d'information</dt><dd>Mons, Namur et Liège</dd>
<dt>Horaire</dt><dd>de 14 h à 16 h 30</dd>
<dt>Date limite d'inscription aux séances</dt><dd>19 août 2038</dd>
</dl>
<h2>Contexte</h2>
<p>Les contrôles menés en 2037 ont montré des lacunes dans l'enregistrement des températures des crèmes et dans l'étiquetage des allergènes vendus en vrac.</p>
<h2>Exigences à respecter</h2>
<ul>
<li>tenir un registre des températures des chambres froides, vérifié chaque jour ;</li>
<li>afficher la liste des allergènes pour chaque produit non préemballé ;</li>
<li>conserver les documents de traçabilité des matières premières pendant deux ans.</li>
</ul>
<h2>Profil des participants</h2>
<p>Les séances s'adressent aux exploitants et à leurs responsables de production. Cette note ne constitue pas une offre d'emploi : l'Agence ne recrute pas par cette voie et aucun salaire n'est évoqué ; les postes vacants figurent sur la page Emplois.</p>
</main>
<footer>© 2038 AFSCA – Boulevard du Jardin Botanique, Bruxelles</footer>
</body></html>
""", "-")

w("grille-tarifaire-abonnements-scolaires-sotra.fr.txt", """SOCIÉTÉ DES TRANSPORTS ABIDJANAIS — DIRECTION COMMERCIALE
GRILLE TARIFAIRE DES ABONNEMENTS SCOLAIRES ET UNIVERSITAIRES — ANNÉE 2038-2039

Référence : SOTRA/DC/TAR/2038-07
Lieux de souscription : agences commerciales de Plateau, Adjamé, Yopougon, Abobo et Cocody
Horaire des agences : du lundi au samedi, de 7 h 30 à 18 h
Date limite de souscription au tarif de rentrée : 27 août 2038

TARIFS (en FCFA)
Abonnement mensuel élève, bus .................. 3 000 FCFA
Abonnement mensuel étudiant, bus ............... 4 500 FCFA
Abonnement mensuel bus + bateau-bus ............ 6 500 FCFA
Abonnement annuel étudiant (10 mois) ........... 40 000 FCFA

CONDITIONS ET EXIGENCES
- présenter une carte scolaire ou une carte d'étudiant en cours de validité ;
- fournir une photo d'identité récente ;
- l'abonnement est strictement personnel et non cessible.

RENSEIGNEMENTS
Le service client répond au 1313 (appel gratuit). Ce document porte uniquement sur les tarifs ; il ne s'agit ni d'une offre d'emploi ni d'un recrutement, et aucun poste ou salaire n'y est mentionné. Les offres d'emploi de la SOTRA sont publiées dans la rubrique Carrières.

Abidjan, le 15 juillet 2038
Le Directeur commercial
""", "-")

w("calendrier-peche-holothuries-campagne-2038-province-nord.fr.md", """**PROVINCE NORD** — Direction du développement économique et de l'environnement\\
Service des pêches et de l'aquaculture

# Campagne de pêche des holothuries 2038 : calendrier et règles

| Rubrique | Détail |
|---|---|
| Référence | Délibération n° 2038-211/APN |
| Lieu | Zones de pêche de Poum, Ouégoa, Pouébo et Hienghène |
| Horaire | Pêche autorisée de 6 h à 17 h, les jours ouvrés |
| Ouverture | 2 août 2038 |
| Date limite de déclaration des captures | 31 août 2038 |

## Exigences pour les pêcheurs

1. Détenir une autorisation de pêche professionnelle en cours de validité.
2. Respecter les tailles minimales de capture fixées par espèce.
3. Déclarer les captures au service avant la date limite, sur le formulaire provincial.

## Prix indicatifs d'achat (XPF par kg, produit sec)

- Holothurie de sable : 9 500 XPF
- Holothurie noire à mamelles : 14 000 XPF
- Holothurie ananas : 6 200 XPF

## À savoir

Ce document réglemente une activité de pêche ; il n'annonce aucun recrutement, ne propose aucun poste de la collectivité et n'indique aucun salaire. Les avis de vacance de poste de la Province Nord sont publiés séparément par la Direction des ressources humaines.

*Koné, le 20 juillet 2038 — Le Président de l'assemblée de la Province Nord*
""", "-")
