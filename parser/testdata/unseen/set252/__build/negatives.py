from common import *

def build():
    write("pumpkin-carving-contest-rules-jftc-bydgoszcz.en.txt", """JOINT FORCE TRAINING CENTRE – MORALE, WELFARE AND RECREATION
Reference: JFTC/MWR/2038/031
Title: Autumn Pumpkin Carving Contest 2038 – Rules
Location: JFTC Atrium, Bydgoszcz, Poland
Date of judging: Friday 29 October 2038, 15:30
Deadline for entries: 22 October 2038 (MWR desk, building 4)

1. Who may take part
The contest is open to all JFTC staff, whatever their post, grade or nationality, and to their families. Teams of up to four people are allowed.

2. Requirements for entries
a. One pumpkin per team, supplied by MWR against a fee of PLN 20.
b. Carving tools must be blunt-tipped when children take part.
c. No candles: battery lights only, for fire safety reasons.
d. Each entry carries a card with a title and the team's name.

3. Prizes
The jury (the Command Senior Enlisted Leader and two volunteers) awards vouchers of PLN 300, 200 and 100. Vouchers are gifts from the MWR fund; they are not salary and are not reported to payroll.

4. Volunteers
MWR is looking for three volunteers to help set up the atrium. This is not a post and there is no vacancy: helpers are thanked with a coffee and a slice of cake.

Questions: mwr@jftc.example, ext. 5210.
""", "-")
    write("darts-league-fixtures-napma-brunssum.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>NAPMA Staff Association – Darts League 2038/39</title></head><body>
<header><p>NAPMA Staff Association (NSA) · Intranet</p><nav><ul><li>Home</li><li>Clubs</li><li>Events</li><li>Contact</li></ul></nav></header>
<main>
<h1>Darts League 2038/39 – Fixtures and Rules</h1>
<table>
<tr><th>Reference</th><td>NSA/CLUBS/2038-07</td></tr>
<tr><th>Title</th><td>Inter-branch darts league, autumn round</td></tr>
<tr><th>Location</th><td>NSA bar, building B, Brunssum, the Netherlands</td></tr>
<tr><th>Schedule</th><td>Thursdays 17:30–19:30, 7 October to 16 December 2038</td></tr>
<tr><th>Deadline to register a team</th><td>15 October 2038</td></tr>
</table>
<h2>Requirements</h2>
<ol><li>Teams of four players from any branch, grade or post; contractors welcome.</li><li>A team fee of EUR 40, paid to the NSA treasurer.</li><li>Players bring their own darts; boards and scoring are provided.</li></ol>
<h2>Fixtures (first weeks)</h2>
<table><tr><th>Date</th><th>Match</th></tr>
<tr><td>07/10/2038</td><td>Engineering Division v Finance</td></tr>
<tr><td>14/10/2038</td><td>Programme Office v Human Resources</td></tr>
<tr><td>21/10/2038</td><td>Contracts v Engineering Division</td></tr></table>
<p>The league has no link with anyone's salary, appraisal or contract. The NSA is not recruiting: the captains' roles are filled by volunteers and are not jobs.</p>
</main><footer>© NAPMA Staff Association</footer></body></html>
""", "-")
    write("padel-court-booking-rules-jfc-naples.en.md", """# Padel court – booking rules

**Allied Joint Force Command Naples · Support Group MWR**

| Item | Details |
|---|---|
| Reference | JFCNP/SG/MWR/2038-12 |
| Title | Padel court booking rules (autumn season) |
| Location | Sports area, Lago Patria (Naples), Italy |
| Opening hours | 07:00–21:00, Monday to Sunday |
| Deadline to buy a season pass | 8 October 2038 |

## Requirements for players

1. Valid NATO ID card; family members with a dependant card. Any grade or post may book.
2. Bookings of 60 minutes, at most two per week per person.
3. Non-marking shoes only.

## Fees

A season pass costs EUR 60 and a single booking EUR 8. Fees are paid at the MWR office and are not deducted from salary.

## Coaching

A coach from a local club gives lessons on Saturdays. The coach is a contractor of the club; MWR has no position to fill and this page is not a job offer.

*Last updated 20 September 2038.*
""", "-")
    write("reglement-concours-de-soupes-d-automne-nmw-coe-ostende.fr.txt", """CERCLE DU PERSONNEL – CENTRE D'EXCELLENCE GUERRE DES MINES NAVALES
Référence : CP-NMW/2038/14
Objet : Règlement du concours de soupes d'automne
Lieu : Mess de la base navale, Ostende (Belgique)
Date : jeudi 28 octobre 2038, à partir de 12 h
Date limite d'inscription : 18 octobre 2038

Article 1 – Participation
Le concours est ouvert à tout le personnel, quel que soit son grade ou son poste, ainsi qu'aux stagiaires des cours.

Article 2 – Exigences
a) Chaque équipe prépare cinq litres d'une soupe de saison.
b) La liste des ingrédients et des allergènes est affichée à côté de la marmite.
c) Une participation de 10 EUR par équipe couvre les légumes fournis par le Cercle.

Article 3 – Jury et prix
Le jury est composé du chef du mess et de deux membres tirés au sort. Les prix sont des bons d'achat de 50, 30 et 20 EUR ; ils ne font pas partie du salaire.

Article 4 – Bénévoles
Le Cercle cherche des bénévoles pour le service. Il ne s'agit ni d'un poste ni d'un emploi : aucune rémunération n'est prévue.

Renseignements : cercle@nmwcoe.example
""", "-")
    write("club-tricot-solidaire-nspa-tarente.fr.md", """---
titre: Club de tricot solidaire – saison 2038-2039
---

# Club de tricot solidaire

**Association du personnel NSPA – Centre opérationnel Sud**

- **Référence :** AP-SOC/2038/09
- **Lieu :** salle polyvalente, Tarente (Italie)
- **Horaire :** le mardi de 12 h 15 à 13 h 15
- **Date limite pour rendre les ouvrages :** 13 octobre 2038

Chaque année, le club tricote bonnets et couvertures pour le service de pédiatrie de l'hôpital de Tarente.

## Exigences

1. Laine neuve, lavable à 40 °C, de préférence en couleurs vives.
2. Les modèles sont fournis par le club ; les débutants sont les bienvenus, quel que soit leur grade ou leur poste.
3. Cotisation annuelle : 15 EUR, reversée à l'achat de laine.

## À savoir

Le club ne recrute personne : l'animatrice est bénévole et ne perçoit aucun salaire. Ce message n'est pas une offre d'emploi.

*Mis en ligne le 21 septembre 2038.*
""", "-")
    write("atelier-ceramique-association-personnel-siege-otan.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Atelier céramique – Association du personnel</title></head><body>
<header><p>Association du personnel civil de l'OTAN · Intranet</p><nav><ul><li>Accueil</li><li>Clubs</li><li>Agenda</li></ul></nav></header>
<main>
<h1>Atelier céramique – session d'automne</h1>
<dl>
<dt>Référence</dt><dd>APCO/CLUBS/2038-22</dd>
<dt>Intitulé</dt><dd>Initiation au tournage et à l'émaillage</dd>
<dt>Lieu</dt><dd>Bruxelles, atelier du club, niveau -1</dd>
<dt>Période</dt><dd>du 12 octobre au 14 décembre 2038, le mercredi de 17 h 30 à 19 h 30</dd>
<dt>Date limite d'inscription</dt><dd>4 octobre 2038</dd>
</dl>
<h2>Exigences</h2>
<ol><li>Être membre de l'Association, quel que soit son grade, sa division ou son poste.</li><li>Régler la participation de 90 EUR (argile et cuissons comprises).</li><li>Porter une tenue adaptée et des chaussures fermées.</li></ol>
<h2>Encadrement</h2>
<p>La céramiste qui anime l'atelier est rémunérée par l'Association sur facture ; il ne s'agit pas d'un salaire versé par l'Organisation. Cette page n'annonce aucun recrutement et aucun poste n'est à pourvoir.</p>
</main><footer>© Association du personnel civil de l'OTAN</footer></body></html>
""", "-")
