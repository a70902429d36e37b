from common import *
N = []
def neg(name, text):
    w(name, text, "-")

neg("strike-vote-notice-ostrander-municipal-employees-union-local-5107.en.txt", """HARROWFIELD MUNICIPAL EMPLOYEES' UNION, LOCAL 5107
NOTICE OF STRIKE VOTE
Bulletin No. 36-11                                   Posted: July 27, 2036

To all members of the Inside and Outside bargaining units

After fourteen bargaining sessions with the City of Ostrander, your Bargaining Committee has reached an impasse. A conciliation officer was appointed on June 30, 2036, and a no-board report is expected shortly. Your Executive is therefore calling a STRIKE VOTE. A strong mandate is the best way to get a fair deal at the table; a strike vote is not a decision to strike.

Where the parties stand
Classification            Employer offer (hourly)   Union proposal (hourly)
Clerk II                  $27.14 -> $27.68          $27.14 -> $28.36
Equipment Operator        $33.90 -> $34.58          $33.90 -> $35.42
Water Plant Operator II   $38.25 -> $39.02          $38.25 -> $39.97
The employer's salary offer amounts to 2% per year over three years; the Committee is seeking 4.5% in year one.

Voting location and schedule
Location: Union Hall, 22 Quarry Road, Ostrander (accessible entrance at the rear)
Schedule: Tuesday, August 18, 2036, 6:00 a.m. to 8:00 p.m., and Wednesday, August 19, 2036, 6:00 a.m. to 2:00 p.m.
Mobile polls will visit the Works Yard and the Water Treatment Plant at shift change.

Requirements to vote
- You must be a member in good standing of Local 5107 (dues paid to July 31, 2036).
- You must show photo identification or your union card.
- Probationary employees hired after June 1, 2036 are eligible if they signed a membership card.

Deadline for mail-in ballot requests: August 7, 2036 (members on leave or on vacation only).

This bulletin does not announce any vacancy. Job postings under Article 14 continue to be posted by the City on the usual boards.

In solidarity,
Recording Secretary, Local 5107
""")

neg("surplus-vehicle-and-equipment-auction-town-of-quillan-ridge.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Surplus Vehicle and Equipment Auction – Town of Quillan Ridge</title></head><body>
<header><p>Town of Quillan Ridge</p><nav>Residents | Business | Town Hall | Careers | Contact</nav></header>
<p>Home &gt; Town Hall &gt; Purchasing &gt; Surplus Auction</p>
<h1>Surplus Vehicle and Equipment Auction</h1>
<p>The Town is disposing of vehicles and equipment that have reached the end of their service life in our fleet. Items are sold "as is, where is" through a sealed online auction.</p>
<table border="1">
<tr><th>Auction reference</th><td>PUR-2036-SA-03</td></tr>
<tr><th>Location of viewing</th><td>Public Works Yard, 410 Mill Pond Road, Quillan Ridge</td></tr>
<tr><th>Viewing schedule</th><td>Saturday, August 8, 2036, 9:00 a.m. to 1:00 p.m.</td></tr>
<tr><th>Bidding closes</th><td>August 20, 2036 at 2:00 p.m.</td></tr>
<tr><th>Pick-up</th><td>Within 10 business days of payment</td></tr>
</table>
<h2>Lots</h2>
<table border="1"><tr><th>Lot</th><th>Description</th><th>Reserve</th></tr>
<tr><td>1</td><td>2027 half-ton pickup truck, former Parks Supervisor's vehicle, 182,000 km</td><td>$6,500</td></tr>
<tr><td>2</td><td>2024 ride-on mower, 1,940 hours</td><td>$2,200</td></tr>
<tr><td>3</td><td>2026 sidewalk plow with blade and salter, needs transmission work</td><td>$9,000</td></tr>
<tr><td>4</td><td>Office furniture from the former Clerk's office (12 desks, 20 chairs)</td><td>$300</td></tr>
</table>
<h2>Bidder requirements</h2>
<ul><li>Register on the auction portal before bidding</li><li>Be 18 years of age or older</li><li>Pay a deposit of 10% of the bid within 48 hours of notification</li><li>Provide proof of insurance before removing a vehicle</li></ul>
<p>Town employees and members of Council may not bid on items they used in the course of their duties.</p>
<p>This page concerns the sale of Town property only. It is not a job posting; for employment opportunities see the Careers page.</p>
<footer>Town of Quillan Ridge · Purchasing Services · purchasing@quillan.example</footer>
</body></html>
""")

neg("lifeguard-recertification-course-brennock-valley-aquatic-centre.en.md", """# Brennock Valley Aquatic Centre

[Swim](#) · [Fitness](#) · [Leadership courses](#) · [Rentals](#) · [Jobs](#)

## National Lifeguard Recertification – Summer Session

| Course details | |
|---|---|
| Course code | BVAC-LG-3612 |
| Location | Brennock Valley Aquatic Centre, Pool B and Classroom 2 |
| Schedule | Saturday, August 22, 2036, 8:00 a.m. – 4:30 p.m. |
| Fee | $118.00 (residents) / $135.00 (non-residents), exam fee included |
| Places | 12 |
| Registration deadline | August 14, 2036 |

### Requirements

- Current National Lifeguard certification (expiring within 24 months or expired less than 60 days ago)
- Current Standard First Aid with CPR-C
- Bring your certification cards, a whistle, a pocket mask and a swimsuit

### What to expect

The session reviews spinal management, the 400 m timed swim (under 8 minutes), object recovery, and rescue scenarios run by a Lifesaving Society examiner. Candidates who do not meet a standard may re-test once the same day.

### Notes

- No refunds after the registration deadline, except with a medical note
- The course leads to a certification, not to employment. Lifeguard and instructor jobs are posted separately under **Jobs**; completing this course does not guarantee an interview.

*Questions? Call the front desk or write to aquatics@brennock.example.*

© 2036 Brennock Valley Recreation Department
""")

neg("vide-grenier-inscription-exposants-saint-julien-des-aulnes.fr.md", """**Comité des fêtes de Saint-Julien-des-Aulnes**

# Vide-grenier de la Saint-Roch — inscription des exposants

Le traditionnel vide-grenier de la Saint-Roch aura lieu le **dimanche 30 août 2036** dans les rues du bourg. Il est ouvert aux particuliers ; les professionnels de la brocante sont acceptés dans la limite de 15 emplacements.

| Informations pratiques | |
|---|---|
| Référence du bulletin | VG-2036-SR |
| Lieu | Place de l'Église, rue des Tilleuls et parking de la salle polyvalente |
| Horaires | installation de 6 h à 8 h, ouverture au public de 8 h à 18 h |
| Tarif | 3 € le mètre linéaire (minimum 2 mètres), 12 € l'emplacement voiture |
| Date limite d'inscription | 21 août 2036 |

## Conditions requises

- joindre une photocopie recto verso de la pièce d'identité ;
- pour les particuliers : attestation sur l'honneur de non-participation à plus de deux ventes au déballage dans l'année ;
- pour les professionnels : extrait Kbis ou carte de commerçant ambulant ;
- régler la réservation par chèque à l'ordre du Comité des fêtes.

## Profil des bénévoles recherchés

Le comité cherche aussi des bénévoles pour la buvette et le placement des exposants (aucune rémunération, repas offert). Ce n'est pas une offre d'emploi : il s'agit d'une journée associative.

Bulletin à déposer en mairie (horaires d'ouverture : du lundi au vendredi de 9 h à 12 h) ou à envoyer à comitedesfetes@saintjulien.example.
""")

neg("journees-detection-u15-entente-sportive-val-de-moriane.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Journées de détection U15 – Entente sportive du Val-de-Moriane</title></head><body>
<header><p>ES Val-de-Moriane – Football</p><nav>Le club · Équipes · Calendrier · Boutique · Partenaires</nav></header>
<p>Accueil › Actualités › Détections</p>
<h1>Journées de détection U15 – saison 2036-2037</h1>
<p class="date">Publié le 20 juillet 2036 par le secrétariat</p>
<p>L'équipe U15 régionale de l'Entente sportive du Val-de-Moriane organise deux journées de détection pour compléter son effectif. Les séances sont encadrées par notre éducateur diplômé (BEF) et son adjoint.</p>
<dl>
<dt>Catégorie</dt><dd>U15 (joueurs et joueuses nés en 2022)</dd>
<dt>Lieu</dt><dd>Stade municipal Marcel-Girod, terrain synthétique n° 2</dd>
<dt>Horaires</dt><dd>mercredis 19 et 26 août 2036, de 14 h à 17 h</dd>
<dt>Date limite d'inscription</dt><dd>14 août 2036</dd>
<dt>Participation</dt><dd>gratuite</dd>
</dl>
<h2>Profil recherché</h2>
<ul><li>joueurs de champ et gardiens de but motivés ;</li><li>pratique du football en club depuis au moins deux saisons ;</li><li>disponibilité pour trois entraînements par semaine (lundi, mercredi, vendredi).</li></ul>
<h2>Conditions</h2>
<ul><li>certificat médical de non contre-indication ou questionnaire de santé ;</li><li>autorisation parentale signée ;</li><li>tenue de sport, protège-tibias et gourde.</li></ul>
<p>La cotisation annuelle (145 €) n'est due qu'en cas d'intégration à l'effectif. Le club ne recrute ni salarié ni éducateur par cette annonce : il s'agit d'une sélection sportive de jeunes licenciés.</p>
<footer>ES Val-de-Moriane · contact@esvm.example · Mentions légales</footer>
</body></html>
""")

neg("avis-de-tournage-rue-des-cordeliers-ville-de-montrevault-sur-lisse.fr.txt", """VILLE DE MONTREVAULT-SUR-LISSE
Service de l'occupation du domaine public

AVIS DE TOURNAGE
Référence de l'autorisation : ODP-2036-0419

Madame, Monsieur,

La société de production Les Films du Héron tournera plusieurs scènes d'un long métrage dans votre rue. Ce courrier vous informe des contraintes de circulation et de stationnement.

Lieu : rue des Cordeliers (du n° 2 au n° 38) et place du Marché-aux-Grains
Dates et horaires : du lundi 17 au jeudi 20 août 2036, de 7 h à 21 h ; nuit du 19 au 20 août jusqu'à 2 h
Stationnement : interdit côté pair à partir du dimanche 16 août 2036 à 20 h (véhicules en infraction enlevés)

Équipe présente sur place : une soixantaine de personnes (réalisatrice, chef opérateur, régisseur général, machinistes, électriciens, figurants). Le régisseur d'extérieurs sera joignable pendant toute la durée du tournage.

Exigences imposées à la production :
- maintenir un accès piéton permanent aux commerces et aux habitations ;
- limiter le bruit des groupes électrogènes après 22 h ;
- remettre la voirie en état au plus tard le vendredi 21 août 2036.

Une redevance d'occupation du domaine public de 1 850 € a été versée à la Ville. Les riverains qui le souhaitent peuvent demander une place dans le parking de la Halle avant le 12 août 2036.

Cet avis n'est pas un appel à figurants ni une offre d'emploi : la production a clos son casting.

Le Maire,
pour le Maire et par délégation, l'adjointe chargée de la voirie
""")
