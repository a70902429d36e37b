from common import *

POUCH = """UNITED NATIONS TRANSITIONAL ASSISTANCE MISSION IN SOMALIA
Mission Support Division – Mail and Pouch Unit

INFORMATION CIRCULAR
Reference:   UNTMIS/MSD/MPU/2039/14
Subject:     Diplomatic pouch dispatch schedule, January–March 2040
Location:    Mogadishu (Aden Adde compound), with feeder bags from Baidoa and Kismayo
Date:        19 December 2039
Deadline:    Cut-off for each dispatch is 12:00 on the day before the flight (see table)

1. This circular sets out the schedule and the rules for the diplomatic pouch between
   Mogadishu, Nairobi and New York. It does not concern recruitment, salaries or posts.

2. DISPATCH SCHEDULE
   Dispatch   Route                      Cut-off (12:00)      Flight
   P-01       Mogadishu – Nairobi         8 January 2040       9 January 2040
   P-02       Mogadishu – Nairobi – NY   15 January 2040      16 January 2040
   P-03       Mogadishu – Nairobi        29 January 2040      30 January 2040
   P-04       Mogadishu – Nairobi – NY   12 February 2040     13 February 2040

3. REQUIREMENTS FOR ITEMS SENT BY POUCH
   a) Official documents and small official equipment only; no personal effects,
      cash, medicines, liquids or lithium batteries.
   b) Maximum 2 kg per item and 30 x 40 cm; larger items go by cargo.
   c) Each item must carry a pouch slip signed by an authorizing officer at P-3
      level or above (Section Chiefs may delegate to G-6 Team Assistants in writing).

4. Title of the responsible officer: Chief, Mail and Pouch Unit (FS-6). Queries by
   e-mail to the Unit's functional mailbox; late items wait for the next dispatch.

5. Staff are reminded that salary statements, payslips and personnel documents are
   available electronically and must not be sent by pouch.

Distribution: all sections, regional offices, agencies collocated in the compound.
"""

SAT = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Request for satellite imagery – emergency mapping</title></head>
<body>
<h1>Request form: satellite-based emergency mapping</h1>
<p>Use this form to ask the space-based information platform to activate satellite data providers after a disaster. This form is <b>not</b> a job application and does not create any contractual relationship; no fee, salary or honorarium is paid to requesting agencies or their focal points.</p>
<table border="1">
<tr><th>Reference (filled in by the platform)</th><td>EM-2040-003</td></tr>
<tr><th>Type of event</th><td>Riverine flood</td></tr>
<tr><th>Location of the event</th><td>Lower Shabelle region, Somalia</td></tr>
<tr><th>Date of the event</th><td>2 January 2040</td></tr>
<tr><th>Deadline for products</th><td>Within 72 hours; final damage map by 9 January 2040</td></tr>
<tr><th>Title of requesting focal point</th><td>National Disaster Risk Reduction Coordinator</td></tr>
</table>
<h2>Requirements for an authorized request</h2>
<ol>
<li>The request must come from a national disaster management authority or a United Nations entity with a field presence.</li>
<li>The area of interest must be sent as a shapefile or KML file of less than 5 MB.</li>
<li>For United Nations entities, the request must be endorsed by an official at the P-4 level or above, or by the head of office.</li>
</ol>
<h2>What happens next</h2>
<p>The duty officer checks the request within four hours, contacts the data providers and shares the first products through the platform's portal. Feedback on product quality should be sent by 31 January 2040.</p>
<p>Contact: emergency-mapping desk, Bonn office (24/7 during activations).</p>
</body></html>
"""

PATENT = """# Patent landscape report on drought-tolerant crop technologies – call for comments

**Reference:** PLR/2039/04\\
**Title of the report:** Patent Landscape Report – Drought-Tolerant Crop Technologies (draft)\\
**Location of the consultation:** online (comments portal) and a side event in Geneva, Switzerland\\
**Deadline for comments:** 15 January 2040

The draft report maps about 11,400 patent families filed between 2015 and 2038. Before publication, the Secretariat invites comments from Member States, patent offices, research institutes and civil society.

## Requirements for comments

1. Comments must refer to the paragraph and figure numbers of the draft.
2. Each submission should not exceed five pages and must identify the commenting institution.
3. Proposed corrections to patent family counts must be supported by the search strategy used.

## Timeline

| Step | Date |
|---|---|
| Draft released | 4 December 2039 |
| Deadline for comments | 15 January 2040 |
| Side event, Geneva | 6 February 2040 |
| Publication | April 2040 |

## Notes

- The report was prepared by two Program Officers (P-3 and P-4) and external analysts under contract; no new post, consultancy or internship is advertised through this call.
- Contributors are not remunerated; no salary, fee or travel support is offered.

> Questions about the methodology can be sent to the patent analytics team through the portal.
"""

LANGEX = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Examen d'aptitudes linguistiques – inscription</title></head>
<body>
<p>Nations Unies – Commission économique pour l'Afrique – Bureau sous-régional pour l'Afrique centrale</p>
<h1>Examen d'aptitudes linguistiques (EAL) – session 2040 : inscription du personnel</h1>
<dl>
<dt>Référence</dt><dd>CEA/BSR-AC/RH/2039/31</dd>
<dt>Lieu de l'examen</dt><dd>Yaoundé (Cameroun), salle de conférence du Bureau</dd>
<dt>Date de l'examen</dt><dd>Épreuve écrite le 18 mars 2040, épreuves orales du 19 au 22 mars 2040</dd>
<dt>Date limite d'inscription</dt><dd>19 janvier 2040</dd>
</dl>
<p>La présente note informe le personnel des modalités d'inscription à l'examen d'aptitudes linguistiques dans les six langues officielles. <b>Elle ne constitue pas un avis de vacance de poste</b> : la réussite à l'examen n'ouvre droit à aucun poste ni à aucune promotion de classe.</p>
<h2>Conditions requises pour s'inscrire</h2>
<ul>
<li>être titulaire d'un engagement d'au moins six mois (agents des services généraux G-1 à G-7, administrateurs recrutés sur le plan national NO-A à NO-D et administrateurs P-1 à P-5) ;</li>
<li>avoir l'accord écrit de son ou sa supérieur(e) hiérarchique ;</li>
<li>ne pas avoir déjà réussi l'examen dans la langue choisie.</li>
</ul>
<h2>Prime de connaissances linguistiques</h2>
<p>Pour les agents des services généraux, la réussite à l'examen dans une deuxième langue officielle peut donner lieu à une prime de connaissances linguistiques, versée avec le traitement mensuel, selon les règles en vigueur. Pour les administrateurs, elle peut réduire la durée de service requise pour l'avancement d'échelon.</p>
<p>Renseignements : Unité des ressources humaines, poste 2214.</p>
</body></html>
"""

VEHICULE = """NATIONS UNIES
Bureau sous-régional – Unité du transport

PROCÈS-VERBAL DE REMISE D'UN VÉHICULE DE SERVICE

Réf. :                 TRANS/PV/2039/088
Lieu de la remise :    parc automobile du Bureau, Yaoundé (Cameroun)
Date de la remise :    21 décembre 2039
Véhicule :             Toyota Land Cruiser, immatriculation UN 4417, 143 260 km
Date limite de retour : 10 janvier 2040 (fin de la mission sur le terrain)

Entre, d'une part, le Chef de l'Unité du transport (classe P-3), et, d'autre part, la
chargée de programme (classe NO-B) désignée comme conductrice responsable pour la
mission de collecte de données à Bertoua, il a été convenu ce qui suit.

1. ÉTAT DU VÉHICULE À LA REMISE
   - carrosserie : rayure légère sur la portière arrière gauche ;
   - pneus : bon état, roue de secours présente ;
   - équipements : trousse de premiers secours, extincteur, radio VHF, triangle.

2. EXIGENCES À RESPECTER PAR LA CONDUCTRICE
   a) détenir un permis de conduire des Nations Unies en cours de validité ;
   b) tenir à jour le carnet de bord (kilométrage, carburant) ;
   c) respecter les consignes de sécurité et le couvre-feu en vigueur.

3. Toute amende ou tout dommage dû à une négligence peut faire l'objet d'une retenue
   sur traitement conformément aux règles applicables. Le présent document n'est ni
   une offre d'emploi ni une affectation : il ne modifie ni le poste ni la classe de
   la conductrice.

Signatures :
Le Chef de l'Unité du transport ............   La conductrice responsable ............
"""

BOUEES = """# Calendrier de déploiement de bouées dérivantes par des navires d'observation bénévoles – campagne 2040

**Référence :** COI/OBS/NOB/2039/07\\
**Zone de déploiement :** golfe de Guinée et Atlantique tropical est\\
**Lieu de remise des bouées :** ports d'Abidjan, de Lomé et de Douala\\
**Date limite de confirmation par les armateurs :** 22 janvier 2040

Le programme d'observation de l'océan remercie les compagnies maritimes qui acceptent de déployer bénévolement des bouées dérivantes. Le présent calendrier **ne constitue ni un appel à candidatures ni une offre d'emploi** : aucun poste, aucun traitement et aucune rémunération ne sont proposés aux équipages.

## Calendrier indicatif

| Lot | Port de chargement | Nombre de bouées | Fenêtre de déploiement |
|---|---|---|---|
| A | Abidjan | 12 | 5–20 février 2040 |
| B | Lomé | 8 | 1–15 mars 2040 |
| C | Douala | 10 | 20 mars – 10 avril 2040 |

## Exigences pour les navires participants

1. Effectuer une traversée régulière de la zone pendant la fenêtre indiquée.
2. Désigner un officier de pont chargé du déploiement et de la fiche de mise à l'eau.
3. Respecter les coordonnées de déploiement transmises (tolérance de 20 milles marins).

## Contacts

Les coordonnateurs portuaires (agents techniques des services généraux, classes G-5 et G-6) organisent la livraison des bouées à bord. Questions : coordination des navires d'observation, Paris (France).

> Les données transmises par les bouées sont diffusées en temps réel sur le Système mondial de télécommunications.
"""


def build():
    write("diplomatic-pouch-dispatch-schedule-mission.en.txt", POUCH, "-")
    write("satellite-imagery-request-form-emergency-mapping.en.html", SAT, "-")
    write("patent-landscape-report-call-for-comments.en.md", PATENT, "-")
    write("inscription-examen-aptitudes-linguistiques-personnel.fr.html", LANGEX, "-")
    write("proces-verbal-remise-vehicule-de-service.fr.txt", VEHICULE, "-")
    write("calendrier-deploiement-bouees-derivantes-navires-benevoles.fr.md", BOUEES, "-")
