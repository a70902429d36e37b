"""Six non-notices (3 EN, 3 FR): a notice's vocabulary, no post."""
from common import w

w("science-fair-judging-guidelines-2038-kestrel-falls-regional-science-fair.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Judging Guidelines 2038 – Kestrel Falls Regional Science Fair</title></head><body>
<header><p>Kestrel Falls Regional Science Fair · Students · Teachers · <b>Judges</b> · Sponsors</p></header>
<h1>Judging Guidelines 2038</h1>
<p>Document reference: KFRSF-J-2038-02 · Revised April 21, 2038</p>
<table>
<tr><th>Event</th><td>Kestrel Falls Regional Science Fair, 41st edition</td></tr>
<tr><th>Location</th><td>Riverside Community Arena, Hall B, Kestrel Falls</td></tr>
<tr><th>Schedule</th><td>Saturday, May 15, 2038 – judges' breakfast 7:30 a.m., judging 8:30 a.m. to 12:30 p.m., deliberation 1:00 p.m.</td></tr>
<tr><th>Deadline to confirm your judging slot</th><td>May 6, 2038</td></tr>
</table>
<h2>Who judges</h2>
<p>Judges are volunteers from universities, industry, government laboratories and the teaching profession. Judging is not a paid position; no salary, honorarium or travel allowance is offered. Lunch and parking are provided.</p>
<h2>Requirements for judges</h2>
<ul>
<li>A post-secondary degree or professional experience in a science, technology, engineering or health field</li>
<li>No family relationship with a participating student</li>
<li>Attendance at the 30-minute online orientation (May 11 or May 12, 2038)</li>
</ul>
<h2>Scoring</h2>
<p>Each project is scored by three judges on scientific thought (40 points), originality (25), presentation (20) and the student's understanding during the interview (15). Chief Judge Dr. Amrita Colquhoun and the deputy chief judges resolve ties.</p>
<h2>Conduct</h2>
<p>Address students by first name, ask open questions and keep each interview to ten minutes. Do not discuss scores on the floor. Written comments are returned to every student after the awards ceremony at 3:00 p.m.</p>
<footer>Kestrel Falls Regional Science Fair is a registered charity. Questions: judging@kfrsf.example</footer>
</body></html>
""")

w("childcare-centre-enrolment-and-fee-schedule-2038-2039-birchwood-hollow-early-learning.en.txt", """BIRCHWOOD HOLLOW EARLY LEARNING CENTRE
Enrolment information and fee schedule – September 2038 to August 2039
Reference: BHELC-ENR-2039

LOCATION: 12 Thornapple Road, Birchwood Hollow (entrance at the back of the community hall)
HOURS / SCHEDULE: Monday to Friday, 7:15 a.m. to 6:00 p.m.; closed on statutory holidays and from December 24 to January 1

PROGRAMS AND DAILY FEES
Toddler room (18 to 30 months) ........ $22.00 per day
Preschool room (30 months to 4 years) .. $22.00 per day
Before and after school (JK to grade 2)  $14.50 per day
Fees are set under the province's $10-a-day agreement and reduced for eligible families; a fee subsidy form is available at the front desk.

REQUIREMENTS FOR ENROLMENT
- Completed enrolment form signed by both parents or guardians
- Up-to-date immunization record
- Proof of residence in the county
- Two emergency contacts other than the parents

OUR TEAM
All rooms are led by registered early childhood educators (RECE) with current first aid and a clear vulnerable sector check. The centre is not hiring at this time; staffing questions should go to the county's children's services office.

IMPORTANT DATES
Waitlist confirmation deadline: May 18, 2038
Offers of a space sent by: June 4, 2038
Orientation evening: August 26, 2038, 6:30 p.m.

Families already enrolled do not need to reapply. A place on the waitlist is not guaranteed; priority goes to siblings of enrolled children.

Questions: enrolment@birchwoodhollow-elc.example | 555-0142
""")

w("community-orchestra-2038-2039-season-subscription-renewal-fenmoor-philharmonic.en.md", """# Fenmoor Philharmonic – 2038/2039 Season

## Subscription renewal

Dear subscriber,

Your seats for next season are held until **May 21, 2038**. After that date, unclaimed seats are released to the public.

| Subscriber reference | Location | Schedule |
|---|---|---|
| FP-SUB-20417 | Fenmoor Civic Theatre, 200 Weir Street | Six Saturdays, 7:30 p.m. (October to April) |

### Prices

- Full subscription (6 concerts): $264 per seat
- Flex pass (any 4 concerts): $188 per seat
- Student subscription: $60 – **requirements:** full-time enrolment and a valid student card shown at the door

### The season

1. *Northern Lights* – Sibelius, Symphony No. 5 (October 16, 2038)
2. *Winter Garden* – works by Fauré and Ravel (November 20, 2038)
3. *Holiday Brass* (December 11, 2038)
4. *Beethoven Seven* (February 5, 2039)
5. *Voices* – with the Fenmoor Chamber Choir (March 12, 2039)
6. *Finale* – Dvořák, Symphony No. 9 (April 23, 2039)

### Who's on stage

Music Director **Isabelle Marchetti-Oyelaran** conducts four programs; Associate Conductor **Tomás Ilves** leads the holiday concert. Concertmaster **Ruth Adebanjo** returns as soloist in February. Our musicians are community volunteers and are not paid; we are not holding auditions or offering positions this season.

### How to renew

Renew online, by phone at the box office (Tuesday to Friday, noon to 5 p.m.) or by returning the enclosed form. Payment can be split in two instalments (May and September).

*Fenmoor Philharmonic Society · registered charity · boxoffice@fenmoorphil.example*
""")

w("vignette-stationnement-residentiel-2038-renouvellement-ville-de-vallorbeil.fr.md", """# Vignette de stationnement résidentiel 2038-2039 : renouvellement

**Ville de Vallorbeil** – Service Mobilité et stationnement
Référence : MOB/VR/2038-05

Les vignettes résidentielles en cours expirent le **30 juin 2038**. Les résidents des zones bleues A, B et C doivent demander leur nouvelle vignette au plus tard le **31 mai 2038** pour éviter toute verbalisation.

## Tarifs

| Vignette | Tarif annuel |
|---|---|
| Premier véhicule du ménage | 30 € |
| Deuxième véhicule | 120 € |
| Véhicule électrique | gratuit |

## Conditions requises

- être domicilié dans une rue située en zone bleue ;
- être titulaire du certificat d'immatriculation du véhicule, ou disposer d'un véhicule de société mis à disposition (attestation de l'employeur précisant le poste occupé et le lieu de travail) ;
- ne pas disposer d'un garage ou d'une place privée.

## Pièces requises

1. pièce d'identité ;
2. certificat d'immatriculation ;
3. justificatif de domicile de moins de trois mois (les fiches de salaire ne sont pas acceptées).

## Lieu et horaires

Guichet Mobilité, Hôtel de Ville, rez-de-chaussée – du lundi au vendredi de 8 h 30 à 12 h, le jeudi jusqu'à 18 h 30. Demande en ligne possible sur le guichet électronique.

Les agents constatateurs commenceront les contrôles des nouvelles vignettes le 1er juillet 2038.

*Ville de Vallorbeil – Service Mobilité – mobilite@vallorbeil.example*
""")

w("reglement-concours-de-nouvelles-2038-mediatheque-de-saint-ombrel.fr.txt", """MÉDIATHÈQUE DE SAINT-OMBREL
Règlement du concours de nouvelles 2038 – « Lignes de partage »
Réf. : MED-CN-2038

Article 1 – Organisateur
La médiathèque intercommunale de Saint-Ombrel, 3 place du Marché, organise un concours d'écriture de nouvelles ouvert à tous.

Article 2 – Conditions requises
Le concours est ouvert aux personnes âgées de 15 ans et plus, résidant en France. Les membres du jury, le personnel de la médiathèque et leur famille ne peuvent pas concourir.

Article 3 – Texte
Une seule nouvelle par personne, inédite, en français, de 10 000 signes au maximum, sur le thème « Lignes de partage ». Le texte est anonyme ; le nom de l'auteur figure sur une fiche séparée.

Article 4 – Date limite
Les textes doivent parvenir à la médiathèque au plus tard le 24 mai 2038 (dépôt sur place ou par courriel à concours@mediatheque-stombrel.example).

Article 5 – Jury
Le jury est présidé par la romancière Hélène Vasseur-Kaddour. Il réunit deux bibliothécaires, un libraire et deux lecteurs tirés au sort. Ses décisions sont sans appel.

Article 6 – Prix
1er prix : 300 € en bons d'achat ; 2e prix : 150 € ; prix des lycéens : un an d'abonnement à une revue littéraire. Les prix ne constituent ni un salaire ni une rémunération ; aucun contrat d'édition n'est proposé.

Article 7 – Lieu et horaire de la remise des prix
Samedi 20 juin 2038 à 11 h, auditorium de la médiathèque.

Article 8 – Droits
Les lauréats autorisent la publication gratuite de leur texte dans le recueil de la médiathèque.

Fait à Saint-Ombrel, le 2 avril 2038.
""")

w("nouvelle-carte-d-acces-decheterie-2038-sictom-de-marvignac.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Nouvelle carte d'accès aux déchèteries – SICTOM de Marvignac</title></head><body>
<header><p>SICTOM de Marvignac · Collecte · Déchèteries · Réduire ses déchets · Contact</p></header>
<p>Accueil › Déchèteries › Carte d'accès</p>
<h1>Nouvelle carte d'accès aux déchèteries</h1>
<p><em>Information n° 2038-07 – publiée le 14 avril 2038</em></p>
<p>À partir du 1er juin 2038, l'accès aux cinq déchèteries du syndicat se fera uniquement avec la nouvelle carte à puce. Les anciennes cartes magnétiques ne fonctionneront plus.</p>
<dl>
<dt>Référence de la campagne</dt><dd>DECH-CARTE-2038</dd>
<dt>Lieu de retrait</dt><dd>Siège du SICTOM, 5 rue des Tanneurs, Marvignac, ou en mairie pour les communes de moins de 500 habitants</dd>
<dt>Horaires</dt><dd>du mardi au samedi, de 9 h à 12 h et de 14 h à 17 h</dd>
<dt>Tarif</dt><dd>gratuite pour la première carte ; 10 € en cas de perte</dd>
<dt>Date limite d'échange</dt><dd>31 mai 2038</dd>
</dl>
<h2>Conditions requises</h2>
<ul>
<li>résider ou avoir une activité professionnelle sur le territoire du syndicat ;</li>
<li>pour les professionnels : fournir un extrait Kbis et accepter la facturation au passage (18 € le m³) ;</li>
<li>une seule carte par foyer.</li>
</ul>
<h2>Pièces à fournir</h2>
<ul><li>justificatif de domicile de moins de trois mois ;</li><li>ancienne carte, le cas échéant.</li></ul>
<h2>Sur place</h2>
<p>Les gardiens de déchèterie vous accueillent et vous guident vers les bennes ; ils ne sont pas habilités à délivrer les cartes. Le syndicat ne recrute pas de personnel pour cette campagne.</p>
<footer>SICTOM de Marvignac – syndicat intercommunal de collecte et de traitement des ordures ménagères – 05 00 00 00 00</footer>
</body></html>
""")
