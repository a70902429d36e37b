"""Six non-notices of NATO life (3 EN, 3 FR): each carries a notice's vocabulary
(reference, title, location, dates, deadline, requirements, salary, grade, post) and
offers no post."""
from common import write


BOOK = """CIS SUPPORT UNIT NORTHWOOD – STAFF WELFARE NOTICE

Reference: CSU-NWD/WEL/2039/07
Title: Book Swap Shelf – Guidelines for Users
Location: Building 410, ground floor, next to the coffee point, Northwood
Issued: 2 May 2039

1. Purpose
The book swap shelf lets staff of all NATO tenants on the Northwood site exchange paperbacks, travel guides and children's books free of charge. It is run by volunteers of the staff welfare committee, whatever their grade, post or employer.

2. Requirements for books
a. Books must be in good condition, complete and clean.
b. No classified, official or NATO-marked publications of any kind.
c. Textbooks older than ten years and magazines will be recycled.
d. Books in any language are welcome; English, French and Polish titles run out first.

3. How it works
Take a book, leave a book. There is no sign-up and no deadline; if you want to donate more than ten books at once, please tell the committee before Friday 13 May 2039 so that room can be made on the shelf.

4. Summer clear-out
Books not taken by 31 May 2039 will be given to the Hillingdon hospital library.

5. Volunteers
The committee needs two more volunteers to tidy the shelf once a week. This is not a post: there is no salary, no allowance and no vacancy; it takes about twenty minutes on a Wednesday.

Contact: welfare.nwd@ncia.example
"""

ORIENTEERING = """---
title: "Spring Orienteering Relay 2039 – entry rules"
source: intranet EOD COE / Sports and Social Club
---

# Spring Orienteering Relay 2039

| | |
|---|---|
| **Reference** | EOD COE/SSC/2039/03 |
| **Title** | Spring Orienteering Relay – teams of three |
| **Location** | Brezina forest park, Trenčín (start at the observation tower) |
| **Date** | Saturday 21 May 2039, first start 09:30 |
| **Deadline for team entries** | 12 May 2039 |

## Who can take part

Staff of the Centre and their families, host-nation units and friends from the garrison, whatever their rank, grade or post. Each team has three runners; at least one must be 16 or older.

## Requirements for teams

1. A team name and a captain with a mobile phone.
2. One compass per runner (the club lends ten compasses on request).
3. Sports shoes with grip; no spikes on the tower steps.
4. Children under 12 run with an adult.

## Fees

EUR 5 per team, paid in cash at registration. The fee covers maps and drinks and is not deducted from anyone's salary.

## Volunteers

We need four marshals and two people at the finish. Volunteering is not a job and there is no vacancy to apply for: just reply to the club e-mail.

Results will be posted on the club board on 23 May 2039.

Contact: ssc@eodcoe.example
"""

BIRDS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Birdwatching walk – JFCNF Morale, Welfare and Recreation</title></head>
<body>
<header><p>JFC Norfolk · Morale, Welfare and Recreation</p><nav><a href="#">Home</a> | <a href="#">Events</a> | <a href="#">Sports</a> | <a href="#">Families</a></nav></header>
<main>
<h1>Spring Birdwatching Walk at the Great Dismal Swamp</h1>
<table>
<tr><th>Reference</th><td>MWR-JFCNF-2039-14</td></tr>
<tr><th>Title</th><td>Guided birdwatching walk (warblers and woodpeckers)</td></tr>
<tr><th>Location</th><td>Washington Ditch trailhead, Suffolk, Virginia</td></tr>
<tr><th>Date</th><td>Saturday 14 May 2039, 07:00 – 11:00</td></tr>
<tr><th>Deadline to sign up</th><td>10 May 2039</td></tr>
<tr><th>Cost</th><td>USD 12 per adult, children free (bus included)</td></tr>
</table>
<h2>Requirements</h2>
<ol>
<li>Open to staff of the Command and their families, whatever their nationality, grade or post.</li>
<li>Waterproof boots and insect repellent.</li>
<li>Binoculars (the club has eight pairs to lend).</li>
<li>Quiet voices on the boardwalk, please.</li>
</ol>
<h2>Guide</h2>
<p>The walk is led by a volunteer from the local Audubon chapter. The guide receives no salary from the Command, and the MWR office is not recruiting: this page is not a job offer and there is no vacancy behind it.</p>
<p>Places are limited to 25. Sign up at the MWR desk, Building A, or by e-mail to mwr@jfcnf.example.</p>
</main>
<footer><p>MWR JFCNF · Events calendar May 2039</p></footer>
</body></html>
"""

SECOURS = """ASSOCIATION DU PERSONNEL DE LA NAHEMA – AIX-EN-PROVENCE

Référence : AP-NAHEMA/2039/11
Objet : Troc de boutures et de semis de printemps
Lieu : patio du Quatuor, bâtiment B, Aix-en-Provence
Date : jeudi 12 mai 2039, de 12 h 00 à 14 h 00 (pause déjeuner)
Date limite pour annoncer ses plantes : 9 mai 2039

Chers collègues,

Le club jardinage de l'association organise son troc annuel de boutures, de semis et de plants de légumes. Il est ouvert à tous les agents et à leurs familles, quel que soit leur grade, leur poste ou leur contrat, ainsi qu'aux retraités de l'Agence.

Exigences pour les plantes
a) plants en godet ou en pot étiqueté (nom de la plante, date du semis) ;
b) aucune plante invasive (herbe de la pampa, ailante, jussie…) ;
c) terreau sans traitement chimique, si possible.

Il n'y a ni vente ni prix : chacun repart avec autant de plants qu'il en apporte. Une tirelire au profit de l'association accueille les dons (2 EUR conseillés) ; ces dons n'ont aucun lien avec le salaire et ne sont pas retenus sur la paie.

Le club cherche deux personnes pour installer les tables à 11 h 30. Ce n'est ni un recrutement ni une offre d'emploi : aucun poste n'est à pourvoir, il s'agit d'un coup de main bénévole.

Pour annoncer vos plantes : club.jardin@nahema.example (liste des variétés et nombre de godets).

Le bureau de l'association
"""

SALSA = """---
titre: "Cours de salsa du Club NDC – session de mai"
source: lettre d'information du Club du personnel, Collège de défense de l'OTAN
---

# Cours de salsa – session de mai 2039

**Référence :** CLUB-NDC/DANSE/2039-05\\
**Intitulé :** Initiation à la salsa cubaine (casino)\\
**Lieu :** salle de sport du Collège, Cecchignola, Rome\\
**Horaire :** le mardi de 18 h 30 à 19 h 45, du 3 au 31 mai 2039\\
**Date limite d'inscription :** 28 avril 2039

## Pour qui ?

Le cours est ouvert aux agents civils et militaires du Collège, aux auditeurs et à leurs conjoints, quel que soit leur grade ou leur poste. Aucune expérience n'est nécessaire.

## Exigences

1. Venir de préférence en couple (des partenaires peuvent être trouvés sur place).
2. Chaussures à semelle lisse.
3. Assister à au moins quatre cours sur cinq.

## Tarif

40 EUR pour la session, à régler au secrétariat du Club. Le professeur est rémunéré par le Club ; ce n'est pas un salaire versé par le Collège.

## À noter

Le Club cherche aussi deux bénévoles pour la soirée de clôture du 31 mai. Ce n'est pas une offre d'emploi et aucun poste n'est ouvert : il s'agit d'aider à installer la salle.

Contact : club.personnel@ndc.example
"""

BROCANTE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Brocante solidaire – Association du personnel NSPA</title></head>
<body>
<header><p>Association du personnel de la NSPA · Capellen</p></header>
<main>
<h1>Brocante solidaire de printemps</h1>
<dl>
<dt>Référence</dt><dd>APN-2039-BROC-02</dd>
<dt>Intitulé</dt><dd>Brocante solidaire au profit de la Croix-Rouge luxembourgeoise</dd>
<dt>Lieu</dt><dd>Parking P3 de la NSPA, Capellen (Luxembourg)</dd>
<dt>Date</dt><dd>dimanche 15 mai 2039, de 8 h à 14 h</dd>
<dt>Date limite de réservation d'un emplacement</dt><dd>6 mai 2039</dd>
</dl>
<h2>Exigences pour les exposants</h2>
<ol>
<li>Être membre du personnel de la NSPA ou d'une autre entité OTAN, quel que soit son grade ou son poste, ou membre de sa famille.</li>
<li>Ne vendre que des objets personnels d'occasion (pas d'alimentation, pas d'armes ni de répliques).</li>
<li>Reprendre ses invendus à 14 h.</li>
</ol>
<h2>Tarifs</h2>
<p>Emplacement de 3 mètres : 10 EUR, reversés intégralement à la Croix-Rouge. Ces sommes n'ont rien à voir avec le salaire et ne figurent pas sur la fiche de paie.</p>
<h2>Bénévoles</h2>
<p>Nous recherchons des bénévoles pour tenir la buvette. Il ne s'agit pas d'un emploi : aucune rémunération, aucun poste à pourvoir, aucun recrutement.</p>
<p>Réservations : association.personnel@nspa.example</p>
</main>
<footer><p>Association du personnel NSPA · Statuts · Contact</p></footer>
</body></html>
"""


def build():
    write("book-swap-shelf-guidelines-csu-northwood.en.txt", BOOK)
    write("orienteering-relay-entry-rules-eod-coe-trencin.en.md", ORIENTEERING)
    write("birdwatching-walk-signup-mwr-jfc-norfolk.en.html", BIRDS)
    write("troc-de-boutures-et-semis-association-personnel-nahema-aix.fr.txt", SECOURS)
    write("cours-de-salsa-club-personnel-college-defense-otan-rome.fr.md", SALSA)
    write("brocante-solidaire-association-personnel-nspa-capellen.fr.html", BROCANTE)
