from common import *

w("sublet-furnished-one-bedroom-apartment-glebe-annex-ottawa.en.txt", """
FURNISHED 1-BEDROOM SUBLET – GLEBE ANNEX, OTTAWA
Listing ref.: GA-1137   Posted: September 24, 2037

Location: 2nd floor of a triplex on a quiet street, Glebe Annex, Ottawa, Ontario (10 minutes' walk to Carleton, bus 7 at the corner)
Available: November 1, 2037 to April 30, 2038 (6 months)
Rent: $1,640 per month, heat and hydro included; internet $55 extra
Deposit: last month's rent

About the place
Bright one-bedroom with a full kitchen, a desk nook and in-suite laundry. I am away for a work contract in Yellowknife and the landlord has approved a sublet. The position of the desk by the window is, honestly, the best part.

Requirements
- Proof of income or a guarantor (rent should be no more than a third of your salary or stipend)
- Two references from previous landlords
- No smoking; one cat already lives upstairs, so no dogs
- Tenant insurance for the period

Viewing schedule
Saturdays October 3 and 10, 2037, 10:00 to 12:00, or by video call.

Deadline to send an application: October 15, 2037. I will pick someone by October 18.

This is a private housing listing. I am not hiring anyone and there is no job attached to this apartment.
Contact: Jordan (message through the listing only)
""", "-")

w("fall-2037-tutoring-rates-and-enrolment-fernwick-learning-studio.en.md", """
# Fernwick Learning Studio — Fall 2037 tutoring rates and enrolment

**Reference:** FLS-FALL-37 · **Location:** 412 Kingsway Street, Fernwick (above the pharmacy) and online

Our fall term runs from **September 28 to December 18, 2037**. All our tutors hold a Bachelor of Education or a degree in their subject and a clear police check, so parents do not need to screen anyone.

## Schedule

| Day | Times | Subjects |
|---|---|---|
| Monday to Thursday | 3:30 p.m. – 8:00 p.m. | Math, sciences, French immersion support |
| Saturday | 9:00 a.m. – 1:00 p.m. | Writing lab, exam preparation |

## Rates

| Format | Rate |
|---|---|
| One-to-one, Grades 1–8 | $48 per hour |
| One-to-one, Grades 9–12 | $58 per hour |
| Small group (max. 4 students) | $29 per student per hour |
| Assessment session | $75 (one time) |

Packages of 10 hours get a 10% discount. Payment is due monthly.

## Requirements for enrolment

- A completed intake form and the student's latest report card
- A parent or guardian available for a 15-minute call
- Attendance at the first assessment session

## Enrolment deadline

Register by **October 9, 2037** to keep a weekly time slot for the whole term. After that date, sessions are booked week by week.

*We are not recruiting tutors at this time; this page is for families only.*
""", "-")

w("fishing-derby-rules-and-registration-lake-tessaly-rod-and-gun-club.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Fall Pickerel Derby 2037 – Lake Tessaly Rod and Gun Club</title></head>
<body>
<nav>Home · Range · Fishing · Membership · Events · Contact</nav>
<h1>Fall Pickerel Derby 2037 — Rules and Registration</h1>
<table border="1">
<tr><th>Event reference</th><td>LTRGC-DERBY-2037</td></tr>
<tr><th>Location</th><td>Lake Tessaly public launch and the clubhouse weigh station</td></tr>
<tr><th>Schedule</th><td>Saturday October 17, 2037, lines in at 6:30 a.m., weigh-in closes 3:00 p.m.</td></tr>
<tr><th>Entry fee</th><td>$40 per angler, $15 under 16</td></tr>
<tr><th>Registration deadline</th><td>October 12, 2037</td></tr>
</table>
<h2>Prizes</h2>
<ul><li>Heaviest pickerel: $1,000</li><li>Second: $500</li><li>Third: $250</li><li>Junior category: tackle box and a $100 gift card</li></ul>
<h2>Requirements</h2>
<ul>
<li>A valid Ontario Outdoors Card and fishing licence</li>
<li>A life jacket for every person in the boat</li>
<li>Fish must be brought alive to the weigh station in a livewell</li>
</ul>
<h2>Officials</h2>
<p>The weigh master, the safety boat operator and the two judges are club members who volunteer for the day. They are not paid positions and no staff will be hired for the derby.</p>
<h2>Rules</h2>
<ol><li>Two lines per angler, artificial or live bait.</li><li>Slot limits of the zone apply.</li><li>Ties are decided by the earliest weigh-in time.</li><li>The committee's decision is final.</li></ol>
<p>Register at the clubhouse bar or by e-mail to derby@tessalyrodandgun.example. Lunch is served from noon.</p>
<footer>Lake Tessaly Rod and Gun Club · Est. 1958</footer>
</body></html>
""", "-")

w("note-revalorisation-smic-1er-octobre-2037-cabinet-durandeau-expertise.fr.md", """
**Cabinet Durandeau Expertise** · Expertise comptable · Social · Paie

# Note d'information n° 2037-19 — Revalorisation du SMIC au 1er octobre 2037

*À l'attention de nos clients employeurs – diffusée le 22 septembre 2037*

Madame, Monsieur,

À la suite de la hausse de l'indice des prix constatée cet été, le salaire minimum de croissance est revalorisé automatiquement **au 1er octobre 2037**.

| | Avant | À compter du 1er octobre 2037 |
|---|---|---|
| SMIC horaire brut | 14,32 € | 14,61 € |
| SMIC mensuel brut (35 heures) | 2 171,88 € | 2 215,87 € |
| Minimum garanti | 4,58 € | 4,67 € |

## Ce que vous devez faire

1. Vérifier les salaires de base de vos salariés, en particulier les postes d'employés et d'ouvriers situés en bas de la grille conventionnelle.
2. Contrôler que les minima de votre convention collective restent supérieurs au SMIC ; à défaut, le SMIC s'applique.
3. Nous transmettre vos éléments variables de paie d'octobre **au plus tard le 23 octobre 2037**.

## Conditions requises pour l'ajustement automatique

- Le salarié est payé à l'heure ou au mois sur la base de 35 heures ;
- le salaire de base n'intègre pas de primes exclues de la comparaison au SMIC.

Cette note ne constitue ni une offre d'emploi ni un conseil personnalisé. Votre gestionnaire de paie reste à votre disposition.

Lieu : 14, quai de la Fosse, Nantes — Permanence téléphonique du lundi au vendredi, 9 h – 12 h.
""", "-")

w("bourse-aux-velos-d-automne-2037-association-roue-libre-de-verlac.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Bourse aux vélos d'automne 2037 – Roue libre Verlac</title></head>
<body>
<header><strong>Roue libre – atelier vélo associatif de Verlac</strong> · Accueil · L'atelier · Adhérer · Agenda</header>
<h1>Bourse aux vélos d'automne 2037</h1>
<p>Vendez le vélo devenu trop petit, achetez celui de la rentrée : notre bourse revient pour sa 9e édition.</p>
<dl>
<dt>Référence</dt><dd>BAV-2037-02</dd>
<dt>Lieu</dt><dd>Halle du marché couvert, place de la Mairie, Verlac</dd>
<dt>Dates et horaires</dt><dd>Dépôt des vélos : vendredi 16 octobre 2037, 17 h – 20 h<br>Vente : samedi 17 octobre 2037, 9 h – 16 h<br>Restitution des invendus : samedi, 17 h – 18 h</dd>
<dt>Commission</dt><dd>10 % du prix de vente, 2 € minimum par vélo</dd>
<dt>Date limite d'inscription des vendeurs</dt><dd>12 octobre 2037</dd>
</dl>
<h2>Conditions requises pour déposer un vélo</h2>
<ul>
<li>vélo en état de rouler, freins fonctionnels ;</li>
<li>pièce d'identité du vendeur ;</li>
<li>pas plus de trois vélos par vendeur.</li>
</ul>
<h2>Profil des bénévoles</h2>
<p>Nous cherchons des adhérents pour tenir la caisse et contrôler les vélos au dépôt. Il s'agit de bénévolat : aucun poste n'est rémunéré et aucun salaire n'est versé. Les mécaniciens de l'atelier sont eux-mêmes bénévoles.</p>
<p>Inscription des vendeurs sur le formulaire en ligne ou à l'atelier, mercredi de 14 h à 18 h.</p>
<footer>Association Roue libre · loi 1901 · contact@rouelibre-verlac.example</footer>
</body></html>
""", "-")

w("clinique-impots-benevole-2038-centre-communautaire-de-saint-aldric.fr.txt", """
CENTRE COMMUNAUTAIRE DE SAINT-ALDRIC
Clinique d'impôts bénévole – saison 2038 (revenus de 2037)

Référence de la clinique : CIB-2038-SA

Des bénévoles formés remplissent gratuitement les déclarations de revenus fédérale et provinciale des personnes à revenu modeste.

QUI PEUT EN PROFITER
Revenu familial maximal :
  Personne seule ............................ 35 000 $
  Couple .................................... 47 500 $
  Par personne à charge supplémentaire ....... 2 500 $
Revenus de placement de 1 000 $ ou moins. La clinique ne traite pas les revenus d'entreprise, de location, les faillites ni les déclarations de personnes décédées.

LIEU ET HORAIRE
Salle Desjardins, 120, rue Principale, Saint-Aldric
Les mardis et jeudis, du 2 mars au 28 avril 2038, de 13 h à 19 h ; samedi 10 avril, de 9 h à 12 h.

DOCUMENTS REQUIS
- Feuillets T4 et relevés 1 de votre employeur (salaire), T4A, prestations d'assurance-emploi
- Avis de cotisation de l'an dernier
- Reçus de loyer, de frais médicaux et de dons

DATE LIMITE
Déposez vos documents au plus tard le 16 avril 2038 pour que votre déclaration soit transmise avant le 30 avril 2038.

Cette clinique est un service gratuit offert par des bénévoles. Ce n'est pas une offre d'emploi : les bénévoles ont déjà été recrutés pour la saison et ne sont pas rémunérés.
Renseignements : 450 000-0000, poste 3
""", "-")
