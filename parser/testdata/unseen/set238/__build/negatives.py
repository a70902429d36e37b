"""Six documents of NATO life that are not vacancy notices (3 EN, 3 FR)."""
from common import *


def build():
    write("chess-tournament-entry-rules-daccc-poggio-renatico.en.txt", """DEPLOYABLE AIR COMMAND AND CONTROL CENTRE (DACCC)
Morale and Welfare Activities – Poggio Renatico

Reference: DACCC/MWA/2037/031
Title: Summer Rapid Chess Tournament 2037 – Entry Rules
Location: Community Club, Building 14, Poggio Renatico
Date: Saturday 22 August 2037, 09:30–17:00
Deadline for entries: 7 August 2037

1. The tournament is open to all DACCC personnel, military and civilian, whatever their post or grade, and to their family members aged 12 and over.

2. Requirements for players
   a. Register with the MWA office by the deadline above, giving name, unit and, for staff, post title.
   b. Bring a valid NATO ID card or dependant card.
   c. Know the rules of rapid chess (15 minutes plus 10 seconds per move).
   d. Be present at 09:15 for the draw.

3. Format: seven rounds, Swiss system. Ties are broken by Buchholz score.

4. Prizes: vouchers of EUR 100, EUR 60 and EUR 40 for the first three places, and a junior prize. Prizes are paid from the MWA fund and are not salary or a bonus.

5. Arbiter: the role of arbiter is voluntary. It is not a post and there is no vacancy to apply for; the club secretary will ask experienced players directly.

Contact: MWA office, ext. 4417, mwa@daccc.example
""", "-")

    write("dogs-at-work-pilot-rules-diana-london.en.md", """# Dogs at Work – Pilot Scheme Rules

| | |
|---|---|
| **Reference** | DIANA/FAC/2037/12 |
| **Title** | Dogs at Work pilot, third floor |
| **Location** | DIANA offices, London – third floor only |
| **Pilot period** | 1 September – 30 November 2037 |
| **Deadline to register a dog** | 14 August 2037 |

Staff of any grade and post, and contractors with a building pass, may apply to bring one dog on up to two days a week during the pilot.

## Requirements

1. The dog is at least one year old, house-trained and vaccinated (certificate from a UK vet).
2. The owner holds third-party liability insurance of at least GBP 1,000,000.
3. Colleagues sharing the bay have been consulted and have no allergy or objection.
4. The dog stays on its bed or a lead; it never enters meeting rooms, the kitchen or classified areas.

## What the pilot is not

This is a facilities trial. It creates no allowance and has no effect on salary or leave. Volunteer "floor champions" are needed to collect feedback – this is not a job or a vacancy, and no application form is required; just tell the Facilities team.

Questions: facilities@diana.example
""", "-")

    write("recycling-sorting-guide-nfiu-hungary.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Recycling sorting guide – NFIU HUN</title></head><body>
<p>NFIU HUN intranet › Support › Environment</p>
<h1>Waste sorting and recycling guide</h1>
<table>
<tr><th>Reference</th><td>NFIU HUN/J4/ENV/2037-02</td></tr>
<tr><th>Title</th><td>Waste sorting in Unit buildings</td></tr>
<tr><th>Location</th><td>All NFIU HUN buildings, Székesfehérvár</td></tr>
<tr><th>Applies to</th><td>All personnel, every grade and post, visitors and cleaning contractor</td></tr>
<tr><th>Deadline to return old bins</th><td>19 August 2037</td></tr>
</table>
<h2>Bin colours</h2>
<ul><li>Yellow – plastic and metal packaging</li><li>Blue – paper and cardboard (never classified waste)</li><li>Green – glass</li><li>Brown – food waste from the kitchen</li><li>Grey – everything else</li></ul>
<h2>Requirements</h2>
<ol><li>Classified paper goes only into the locked consoles and is destroyed by the Security Office.</li>
<li>Bottles returned under the deposit scheme (HUF 50 each) go into the box near the entrance; the money goes to the Unit's social fund, not to salaries.</li>
<li>Old desk bins must be returned to the J4 store by the deadline above.</li></ol>
<p>This page describes a procedure. It is not a job offer; the J4 section is not recruiting for this task.</p>
<footer>Last updated 15 July 2037 · J4 Environment Officer, ext. 212</footer>
</body></html>
""", "-")

    write("reglement-concours-de-patisserie-fete-nationale-nspa-capellen.fr.txt", """AGENCE OTAN DE SOUTIEN ET D'ACQUISITION (NSPA)
Association du personnel – Capellen

Référence : NSPA/AP/2037/014
Objet : Règlement du concours de pâtisserie de la Fête nationale
Lieu : Restaurant du personnel, bâtiment H, Capellen
Date du concours : jeudi 20 août 2037, de 12 h 00 à 14 h 00
Date limite d'inscription : 12 août 2037

Article 1 – Participation
Le concours est ouvert à tous les membres du personnel, quels que soient leur grade et leur poste, ainsi qu'aux stagiaires et aux consultants.

Article 2 – Exigences
a) Présenter une seule pâtisserie maison pour au moins huit personnes ;
b) Fournir la liste des ingrédients et des allergènes ;
c) Déposer la pâtisserie au restaurant avant 11 h 30 le jour du concours.

Article 3 – Jury
Le jury est composé de trois membres du personnel tirés au sort. Cette fonction est bénévole : il ne s'agit ni d'un poste ni d'un emploi, et aucune candidature n'est à envoyer.

Article 4 – Prix
Bons d'achat de 80 EUR, 50 EUR et 30 EUR. Ces prix ne constituent pas un élément du salaire.

Article 5 – Inscription
Par courriel à association.personnel@nspa.example en précisant le nom, le service et l'intitulé de la pâtisserie.
""", "-")

    write("reglement-pret-materiel-de-randonnee-ecole-otan-oberammergau.fr.md", """---
titre: Prêt de matériel de randonnée
service: Morale et bien-être (MWR)
---

# Règlement du prêt de matériel de randonnée

| Rubrique | Détail |
|---|---|
| **Référence** | NSO/MWR/2037/07 |
| **Lieu** | Magasin MWR, bâtiment 3, Oberammergau |
| **Horaires** | mardi et jeudi, 16 h 00 – 18 h 00 |
| **Date limite de retour du matériel d'été** | 24 août 2037 |

Le prêt est ouvert au personnel de l'École, aux stagiaires en cours et à leurs familles, quel que soit le grade.

## Matériel disponible

- sacs à dos de 30 et 45 litres ;
- bâtons de marche ;
- casques et baudriers pour les via ferrata ;
- raquettes à neige (à partir de décembre).

## Exigences

1. Présenter sa carte d'identité OTAN ou sa carte de stagiaire.
2. Déposer une caution de 20 EUR par article, rendue au retour.
3. Avoir suivi la séance d'information sur les via ferrata pour emprunter casques et baudriers.

Les bénévoles qui tiennent le magasin ne perçoivent aucun salaire ; il ne s'agit pas d'un poste à pourvoir.

Contact : mwr@natoschool.example
""", "-")

    write("inventaire-annuel-mobilier-informatique-ncia-torrejon.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Inventaire annuel 2037 – CSU Torrejón</title></head><body>
<p>Intranet NCIA › CSU Torrejón › Logistique</p>
<h1>Inventaire annuel du mobilier et du matériel informatique 2037</h1>
<dl>
<dt>Référence</dt><dd>NCIA/CSU-TJ/LOG/2037-09</dd>
<dt>Lieu</dt><dd>Tous les bâtiments de la CSU, base aérienne de Torrejón</dd>
<dt>Période de l'inventaire</dt><dd>du 3 au 28 août 2037</dd>
<dt>Date limite de signalement des écarts</dt><dd>10 août 2037</dd>
</dl>
<h2>Exigences pour chaque titulaire de poste</h2>
<ol>
<li>Vérifier la liste des articles inscrits à son nom (numéro de poste, intitulé du poste, bureau).</li>
<li>Signaler tout article manquant ou déplacé avant la date limite.</li>
<li>Laisser l'accès aux bureaux aux équipes d'inventaire, y compris pendant les congés.</li>
</ol>
<p>Les articles d'une valeur supérieure à 500 EUR portent une étiquette à code-barres. Les pertes non justifiées peuvent être imputées au budget de la section, jamais au salaire des agents, quel que soit leur grade.</p>
<p>Cette note n'annonce aucun recrutement : les équipes d'inventaire sont composées de personnel déjà en poste.</p>
<footer>Section Logistique – poste 5530</footer>
</body></html>
""", "-")
