from common import out


def build():
    out("secret-santa-gift-exchange-rules-jfc-norfolk.en.txt", """
JFC NORFOLK MORALE, WELFARE AND RECREATION (MWR)
Holiday Season 2039

Reference: MWR/HOL/2039/07
Title: Secret Santa Gift Exchange – Rules
Location: Building A, Atrium (ground floor), Joint Force Command Norfolk
Exchange date: Thursday 15 December 2039, 15:30–16:30
Deadline to sign up: 2 December 2039

1. Who may take part
All military and civilian staff of the Headquarters, whatever their post, grade or nation, as well as contractors holding a valid building pass. Family members are welcome at the exchange but do not draw names.

2. How it works
Sign up with your name and office number at the MWR desk or through the intranet form before the deadline. On 5 December each participant receives, by internal mail, the name of the colleague for whom he or she buys a gift. Keep it secret!

3. Requirements for gifts
a) Spending limit: USD 25 (twenty-five dollars). Home-made gifts are encouraged.
b) Wrap the gift and label it with the recipient's name and office only.
c) No alcohol, no weapons or replicas, nothing perishable, nothing embarrassing.
d) Bring the gift to the Atrium between 08:00 and 12:00 on the day of the exchange.

4. Good to know
Participation is voluntary and has nothing to do with anyone's salary, appraisal or duties. The elves who sort the gifts are volunteers: this is not a post and there is no vacancy, so please do not send us a CV. Hot chocolate will be served by the Chaplaincy.

Questions: MWR desk, ext. 4410, mwr@jfcnf.example
""", "-")

    out("gingerbread-house-contest-ncia-northwood.en.md", """# Gingerbread House Contest 2039 – CSU Northwood

*Organised by the NCIA Northwood Social Committee · posted 14 November 2039*

| | |
|---|---|
| **Reference** | SOC-NWD-2039-12 |
| **Title** | Gingerbread House Contest |
| **Location** | Northwood Headquarters, Fairfield Room |
| **Judging** | Friday 16 December 2039, 12:30 |
| **Deadline to register a team** | 8 December 2039 |
| **Entry fee** | GBP 5.00 per team (goes to the Forces charity box) |

## Requirements

1. Teams of two to four people; each team must include at least one member of the Agency's staff, of any grade or post.
2. The house must stand on a base no larger than 40 cm × 40 cm.
3. Everything visible must be edible, except the base and any lights.
4. Houses are delivered to the Fairfield Room by 10:00 on the day of judging.

## Prizes

* Best overall house: a hamper worth £60
* Most creative use of sweets: cinema vouchers
* People's choice: the golden wooden spoon

## Please note

Prizes are gifts from the Social Committee, not part of anyone's salary, and they are not taxable benefits. The judges are volunteers from Allied Maritime Command. This page is not a job offer: nobody is being recruited, there is no position to fill and no application form.

Contact: social.northwood@ncia.example
""", "-")

    out("ice-skating-outing-sign-up-japcc-kalkar.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ice skating outing – JAPCC Staff Association</title></head>
<body>
<nav><a href="/">Home</a> · <a href="/events">Events</a> · <a href="/careers">Careers</a> · <a href="/contact">Contact</a></nav>
<h1>Family Ice Skating Outing</h1>
<p>JAPCC Staff Association &middot; published 17 November 2039</p>
<table>
<tr><th>Reference</th><td>SA-EVT-2039-09</td></tr>
<tr><th>Title</th><td>Family ice skating afternoon</td></tr>
<tr><th>Location</th><td>Eissporthalle, Krefeld (bus from the Kalkar barracks car park)</td></tr>
<tr><th>Schedule</th><td>Saturday 10 December 2039, bus leaves 13:00, back around 18:30</td></tr>
<tr><th>Deadline to sign up</th><td>1 December 2039</td></tr>
<tr><th>Cost</th><td>EUR 8 per adult, EUR 4 per child (skate hire included)</td></tr>
</table>
<h2>Requirements</h2>
<ol>
<li>Open to all staff of the Centre and the Kalkar site, whatever their grade, post or nation, and to their families.</li>
<li>Children under 12 must wear a helmet; a few are available on loan.</li>
<li>Gloves are compulsory on the ice.</li>
</ol>
<h2>Good to know</h2>
<p>The fee is paid in cash on the bus; it is not deducted from salary. Mulled wine and hot chocolate at the rink are at your own cost. The Association is looking for two volunteer stewards for the bus: this is not a post and not a job, just a kind gesture.</p>
<footer>JAPCC Staff Association · staff.association@japcc.example</footer>
</body></html>
""", "-")

    out("vente-de-sapins-de-noel-association-personnel-nspa-capellen.fr.txt", """
ASSOCIATION DU PERSONNEL DE LA NSPA - CAPELLEN
Commission Loisirs

Référence : AP/LOI/2039/31
Objet : Vente de sapins de Noël au profit de l'épicerie solidaire
Lieu : parking visiteurs, bâtiment principal, Capellen
Date de retrait : vendredi 16 décembre 2039, de 11 h 30 à 14 h 00
Date limite de commande : 9 décembre 2039

Comme chaque année, la Commission Loisirs propose des sapins d'un producteur de l'Éislek. Le bénéfice est reversé à l'épicerie solidaire de Capellen.

Tarifs
- Nordmann 125-150 cm : 32 EUR
- Nordmann 150-175 cm : 39 EUR
- Épicéa 150-175 cm : 24 EUR
- Support en bois : 8 EUR

Exigences
a) La commande est ouverte à tout le personnel de l'Agence, quel que soit son grade ou son poste, ainsi qu'aux retraités membres de l'Association.
b) Le paiement se fait à la commande, par virement ou en espèces au bureau de l'Association.
c) Les sapins non retirés le 16 décembre sont offerts à l'épicerie solidaire.

Précisions
Le montant payé n'a aucun lien avec le salaire et n'est pas retenu sur la fiche de paie. Les personnes qui aideront au déchargement sont des bénévoles : il ne s'agit ni d'un poste ni d'un emploi, et aucune candidature n'est attendue.

Contact : loisirs@ap-nspa.example - poste 6172
""", "-")

    out("soiree-raclette-amicale-nhmo-rueil-malmaison.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Soirée raclette de l'Amicale – NHMO</title></head>
<body>
<header><p>Amicale du personnel du NHMO · <a href="/">Accueil</a> · <a href="/activites">Activités</a> · <a href="/emplois">Emplois</a></p></header>
<h1>Soirée raclette de fin d'année</h1>
<p>Publié le 10 novembre 2039</p>
<dl>
<dt>Référence</dt><dd>AMI-2039-14</dd>
<dt>Intitulé</dt><dd>Soirée raclette et karaoké</dd>
<dt>Lieu</dt><dd>Salle des fêtes de l'Amicale, Rueil-Malmaison</dd>
<dt>Horaire</dt><dd>vendredi 9 décembre 2039, à partir de 19 h 00</dd>
<dt>Date limite d'inscription</dt><dd>30 novembre 2039</dd>
<dt>Participation</dt><dd>18 EUR par adulte, 9 EUR par enfant de moins de 12 ans</dd>
</dl>
<h2>Exigences</h2>
<ol>
<li>La soirée est ouverte à tout le personnel du Bureau, quels que soient son grade et son poste, ainsi qu'aux conjoints et enfants.</li>
<li>Chaque famille apporte un dessert à partager.</li>
<li>Les végétariens le signalent à l'inscription (raclette aux légumes grillés).</li>
</ol>
<h2>À savoir</h2>
<p>La participation est versée à la trésorière de l'Amicale ; elle n'est pas prélevée sur le salaire. L'Amicale cherche des volontaires pour le montage des tables : ce n'est ni un emploi ni un poste à pourvoir, seulement un coup de main apprécié.</p>
<footer>Amicale du personnel du NHMO · amicale@nhmo.example</footer>
</body></html>
""", "-")

    out("calendrier-de-l-avent-solidaire-nlo-addis-abeba.fr.md", """# Calendrier de l'Avent solidaire 2039

*Bureau de liaison de l'OTAN auprès de l'Union africaine – initiative du personnel · publié le 18 novembre 2039*

- **Référence :** NLO-AU/SOC/2039/05
- **Lieu :** hall d'accueil du Bureau, Addis-Abeba
- **Horaire :** du 1er au 23 décembre 2039, de 9 h 00 à 16 h 00
- **Date limite pour apporter les boîtes :** 30 novembre 2039
- **Bénéficiaire :** une école primaire du quartier de Kolfe

## Principe

Chaque collègue prépare une boîte à chaussures garnie pour un enfant. Les boîtes sont ouvertes une par jour lors d'un court moment convivial, puis remises à l'école le 23 décembre.

## Exigences

1. Ouvert à tout le personnel du Bureau, quel que soit son grade ou son poste, et aux stagiaires.
2. Chaque boîte contient des fournitures scolaires, un jouet et un produit d'hygiène, pour une valeur d'environ 800 ETB.
3. Pas de nourriture périssable, pas d'objets tranchants.
4. Indiquer sur la boîte « fille », « garçon » ou « mixte » et la tranche d'âge.

## À noter

Cette collecte n'a aucun lien avec le salaire ni avec les fonctions de chacun. Les personnes qui emballeront les boîtes sont bénévoles : ce n'est pas une offre d'emploi et aucun poste n'est à pourvoir.

Contact : Selam, secrétariat du Bureau
""", "-")
