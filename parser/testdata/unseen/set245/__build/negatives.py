from common import *


def build():
    write("sauna-evening-rota-nfiu-estonia.en.txt", """NFIU ESTONIA - MORALE AND WELFARE
Reference: NFIU-EST-MWR-2038-03
Title: Sauna evenings, spring 2038 rota
Location: Sauna building, Tallinn camp (behind Block C)
Deadline to sign up for March slots: 22 March 2038

All members of the unit, whatever their grade or post, and their families may book the sauna on Tuesday and
Thursday evenings from 18:00 to 21:30. Each slot lasts 90 minutes.

Requirements for users
a) Book through the MWR sheet on the shared drive, with your name and post title.
b) Bring your own towel and a seat cloth; swimwear is optional in the family slots only.
c) The last group of the evening cleans the benches and switches off the heater.

Costs: EUR 3 per adult per slot, paid into the MWR fund. This is not deducted from salary.

The sauna masters are volunteers; this is not a post, and no vacancy is attached to the role. Questions to the MWR
committee, room C-114.
""", "-")

    write("kayak-club-season-opening-coe-csw-kiel.en.md", """# COE CSW Paddling Club - season opening 2038

| | |
|---|---|
| **Reference** | CSW-MWR-KAYAK-01 |
| **Title** | Season opening and safety briefing |
| **Location** | Boathouse, Kiel Naval Base, pier 3 |
| **Date** | Saturday 27 March 2038, 10:00 |
| **Deadline to register** | 17 March 2038 |

Staff of the Centre, of any grade and post, and their partners are welcome. Guests from the Naval Base may join if
places remain.

## Requirements

1. Swimming certificate (at least 200 m) or a signed self-declaration.
2. Attendance at the safety briefing before the first trip on the water.
3. Own paddling clothing; the club provides boats, paddles and buoyancy aids.

## Costs

Annual membership EUR 25; no link to salary. A barbecue follows the briefing (EUR 8, pay on site).

The club is run by volunteers. It is not a job offer and there is no vacancy for "boat warden" - we just need helpers!
""", "-")

    write("bicycle-commuting-challenge-nagsma-brussels.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bike to work challenge</title></head><body>
<h1>Bike-to-work challenge, spring 2038</h1>
<table>
<tr><th>Reference</th><td>NAGSMA/ADM/WELL/2038-02</td></tr>
<tr><th>Title</th><td>Team commuting challenge</td></tr>
<tr><th>Location</th><td>Brussels, all Agency premises</td></tr>
<tr><th>Challenge period</th><td>1 to 30 April 2038</td></tr>
<tr><th>Deadline to register a team</th><td>15 March 2038</td></tr>
</table>
<p>All staff, whatever their grade, post or contract, can form teams of three to five colleagues. Each kilometre ridden
to work counts for the team.</p>
<h2>Requirements</h2>
<ol><li>A bicycle in good condition, with lights and a bell.</li>
<li>A helmet is strongly recommended.</li>
<li>Kilometres are logged in the challenge app by the end of each week.</li></ol>
<p>The three best teams win vouchers of EUR 150, 100 and 50 for a local bike shop. The Belgian cycling allowance is
paid with the salary as usual and is not affected by the challenge.</p>
<p>This page is for information only: it does not announce any vacancy or job.</p>
</body></html>
""", "-")

    write("reglement-jardin-potager-partage-nspa-versailles.fr.txt", """ASSOCIATION DU PERSONNEL - BUREAU DE PROGRAMME CEPS (VERSAILLES)

RÈGLEMENT DU JARDIN POTAGER PARTAGÉ - SAISON 2038

Référence : AP-CEPS/JARDIN/2038
Objet : attribution des parcelles du potager
Lieu : terrain derrière le bâtiment B, Versailles
Date limite d'inscription : 11 mars 2038

Le potager est ouvert à tous les membres du personnel, quels que soient leur grade et leur poste, ainsi qu'aux
retraités membres de l'association.

Exigences
a) Une parcelle par foyer ; le jardinier s'engage pour toute la saison (avril à octobre).
b) Aucun pesticide chimique n'est autorisé.
c) Les outils communs sont rangés dans l'abri après usage.

Participation : 15 EUR par saison, versés à l'association. Cette somme n'est pas un élément du salaire et n'est pas
retenue sur la paie.

Les « référents parcelles » sont des bénévoles : il ne s'agit ni d'un poste ni d'un emploi, et aucune offre n'est
publiée à ce sujet. Renseignements auprès du secrétariat de l'association.
""", "-")

    write("collecte-de-jouets-solidaire-ncia-bruxelles.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Collecte de jouets</title></head><body>
<h1>Collecte solidaire de jouets et de livres</h1>
<dl>
<dt>Référence</dt><dd>NCIA-BXL/SOC/2038-004</dd>
<dt>Lieu</dt><dd>Hall d'entrée, bâtiment Z, Bruxelles</dd>
<dt>Période de collecte</dt><dd>du 1er au 9 mars 2038</dd>
<dt>Date limite de dépôt</dt><dd>9 mars 2038</dd>
</dl>
<p>Chaque membre du personnel, quel que soit son grade ou son poste, peut déposer des jouets et des livres en bon état
au profit de deux associations bruxelloises.</p>
<h2>Exigences pour les dons</h2>
<ol><li>Jouets complets, propres et sans piles usagées.</li>
<li>Livres pour enfants de 0 à 14 ans, en français ou en néerlandais.</li>
<li>Pas de peluches, pour des raisons d'hygiène.</li></ol>
<p>Aucune contribution financière n'est demandée et rien n'est retenu sur le salaire. Les bénévoles du tri ne
occupent aucun poste : cette note n'annonce aucun recrutement.</p>
</body></html>
""", "-")

    write("reglement-tournoi-de-petanque-inter-services-nsos-chievres.fr.md", """# Tournoi de pétanque inter-services 2038 - NSOS

**Référence :** NSOS/MWR/2038/07\\
**Titre :** Challenge du printemps\\
**Lieu :** terrain de boules près du mess, quartier de Chièvres\\
**Date :** vendredi 16 avril 2038, à partir de 13 h 30\\
**Date limite d'inscription des doublettes :** 25 mars 2038

Le tournoi est ouvert à tout le personnel de l'École, quel que soit le grade ou le poste, ainsi qu'aux unités voisines
de la base.

## Exigences

1. Doublettes formées librement ; chaque joueur indique son nom et son intitulé de poste sur la fiche.
2. Boules personnelles autorisées ; des jeux de prêt sont disponibles au mess.
3. Respect du règlement de la fédération, arbitrage par le comité des fêtes.

## Participation

5 EUR par joueur, reversés à l'œuvre sociale de la base. Rien n'est retenu sur le salaire.

Les arbitres sont des volontaires : il ne s'agit pas d'un poste, et cette page ne constitue pas une offre d'emploi.
""", "-")
