"""Six documents that are not notices (3 EN, 3 FR), one rendering each."""
from common import *

SIREN = """TOWN OF MARROWBY
Emergency Management Office

PUBLIC NOTICE
Outdoor Warning Siren Testing – Fall 2044 Schedule
Notice reference: EMO-2044-SIR-03
Issued: September 15, 2044

The Town of Marrowby operates six outdoor warning sirens along the river flats and near the rail yard. To make
sure every siren works when it is needed, Emergency Management staff test the system on a fixed schedule.
Residents do not need to take any action during a test.

LOCATION .............. All six siren sites: Depot Road, Riverside Park, Mill Street bridge,
                        the rail yard gate, Hawthorn School and the North Reservoir
SCHEDULE .............. First Wednesday of each month at 12:00 noon (one-minute tone)
FULL-CYCLE TEST ....... Wednesday, October 5, 2044, 12:00 noon to 12:03 p.m.
DEADLINE FOR FEEDBACK . October 10, 2044 (online survey or by phone)
COST TO RESIDENTS ..... None. The annual maintenance contract ($18,400) is funded by the Province.

REQUIREMENTS FOR A SUCCESSFUL TEST
1. Each siren must sound for the full cycle without interruption.
2. The tone must be heard at the edge of the coverage area shown on the map.
3. The control panel must log the start and end times automatically.

WHAT TO DO IF YOU HEAR A SIREN OUTSIDE THE SCHEDULE
Go indoors, close windows and tune in to local radio or the Marrowby Alert app. A siren outside the test
schedule means a real emergency, such as a train derailment or a dangerous goods release.

FREQUENTLY ASKED QUESTIONS
Who runs the tests? The tests are carried out by the Emergency Management Coordinator and a technician from the
maintenance contractor, both already in place.
Is the Town hiring siren monitors? No. This notice is for information only. It does not advertise any position,
wage or salary, and no applications are accepted.
Can I report a siren I could not hear? Yes: please complete the feedback survey before the deadline above.

Emergency Management Office, 14 Depot Road, Marrowby · emo@marrowby.example
"""

HYDRANT = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fall Hydrant Flushing Program 2044 | Colthorne Public Utilities</title></head><body>
<nav><a href="#">Home</a> <a href="#">Water &amp; Wastewater</a> <a href="#">Billing</a> <a href="#">Careers</a> <a href="#">Contact</a></nav>
<p>Home &gt; Water &amp; Wastewater &gt; Service notices</p>
<h1>Fall Hydrant Flushing Program 2044</h1>
<p><em>Service bulletin WW-2044-22 · Posted September 18, 2044</em></p>
<p>Colthorne Public Utilities flushes its 1,900 fire hydrants twice a year to remove sediment from the water mains
and to confirm that every hydrant works properly for the Fire Department. Flushing may cause short periods of
discoloured water and low pressure.</p>
<table>
<tr><th>Location</th><td>Zones A to D (see the map); Zone E (industrial park) is flushed at night</td></tr>
<tr><th>Schedule</th><td>Monday to Friday, 8:00 a.m. to 4:00 p.m., September 29 to October 24, 2044</td></tr>
<tr><th>Deadline to request a rescheduled visit</th><td>October 3, 2044</td></tr>
<tr><th>Credit for discoloured water</th><td>$12 per affected account, on request</td></tr>
<tr><th>Reference</th><td>WW-2044-22</td></tr>
</table>
<h2>Requirements for a rescheduled visit</h2>
<ol><li>You must be a registered account holder in Zone A, B, C or D.</li>
<li>Your request must relate to a medical device, a dialysis machine or a business that depends on water quality.</li>
<li>The request must be received before the deadline above.</li></ol>
<h2>What you can do</h2>
<ul><li>Check your tap for clear water before doing laundry.</li>
<li>If water is discoloured, run the cold tap for five minutes.</li>
<li>Report any hydrant that leaks or is blocked by vegetation.</li></ul>
<h2>Questions and answers</h2>
<p><strong>Who does the work?</strong> Our water distribution operators, already employed by the utility, work in pairs on each zone.</p>
<p><strong>Is this a job posting?</strong> No. This bulletin does not offer any position, grade or salary. Current openings are listed on the Careers page.</p>
<p><strong>Will my bill change?</strong> No, apart from the optional credit described above.</p>
<footer>Colthorne Public Utilities · 200 Reservoir Lane · 24-hour line: 555-0142</footer>
</body></html>
"""

BOAT = """[Home](https://pikenarrows.example/) | [Parks](https://pikenarrows.example/parks) | [Permits](https://pikenarrows.example/permits) | [Jobs](https://pikenarrows.example/jobs)

# Boat Launch Seasonal Permits – 2044 Fall and Ice-out Season

*Village of Pike Narrows · Recreation Services · Permit program PR-2044-BL*

The Village operates two public boat launches on Pike Narrows Lake. A seasonal permit lets residents and
cottagers use either launch without paying the daily fee. Permits for the fall season are now available.

| Item | Details |
|---|---|
| Location | North Launch (Lakeshore Drive) and Cedar Bay Launch |
| Launch schedule | 6:00 a.m. to 9:00 p.m. daily until freeze-up |
| Resident permit | $45 |
| Non-resident permit | $95 |
| Deadline for fall permits | October 15, 2044 |

## Requirements for a seasonal permit

1. Proof of residence or of property ownership in the Village.
2. The boat's licence or registration number.
3. A signed acknowledgement of the launch rules (no overnight parking, no fish cleaning on the ramp).

## Launch attendants

Both launches are checked twice a day by the Village's parks staff, already on duty for the season. Attendants
verify permits and report damaged docks; they do not sell permits on site.

## Frequently asked questions

**Is this a job offer?** No. This page describes a permit program only; there is no position, contract or salary
on offer. Seasonal recreation jobs are published on the Jobs page in the spring.

**Can I get a refund?** Refunds are possible until October 15, 2044 if the boat has not been launched.

**What happens after freeze-up?** The docks are removed and the launches are closed until ice-out, expected in
late April 2045. Your fall permit does not carry over to the next summer season.

*Recreation Services, Village of Pike Narrows · 705-555-0190 · recreation@pikenarrows.example*
"""

BROYAGE = """COMMUNE DE MONTCLAIRAC
Services techniques

Réf. : ST/2044/BV-07
Objet : Service de broyage des végétaux à domicile – campagne d'automne 2044

Montclairac, le 16 septembre 2044

Madame, Monsieur,

Le brûlage des déchets verts étant interdit, la commune propose à nouveau un service de broyage des branchages
à domicile. Le broyat obtenu reste chez vous et peut servir de paillage au jardin.

LIEU D'INTERVENTION
À votre domicile, sur l'ensemble du territoire communal, y compris les hameaux de la Roque et du Pradel.

CALENDRIER ET HORAIRES
Les passages ont lieu du 13 au 31 octobre 2044, du lundi au vendredi de 8 h 30 à 16 h 30.
Date limite d'inscription : 8 octobre 2044, en mairie ou par téléphone.

TARIFS
Forfait d'une demi-heure : 15 €. Quart d'heure supplémentaire : 8 €. Gratuit pour les personnes de plus de 75 ans.

CONDITIONS REQUISES
1. Les branches doivent avoir un diamètre inférieur à 12 cm.
2. Le tas doit être accessible depuis la voie publique, sans clôture ni portail fermé.
3. Aucun déchet autre que végétal (pierres, ferraille, plastique) ne doit s'y trouver.

QUI INTERVIENT ?
Le broyage est réalisé par deux agents des services techniques déjà en poste, avec le broyeur acquis en 2043
grâce à une aide de 9 800 € du syndicat de traitement des déchets.

Cette lettre n'est pas une offre d'emploi : elle ne propose aucun poste ni salaire et n'ouvre aucun recrutement.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Le Maire,
Pour le Maire et par délégation, l'adjoint aux travaux
"""

HAIES = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Taille des haies en bordure des voies communales | Grisemont</title></head><body>
<nav><a href="#">Mairie</a> <a href="#">Démarches</a> <a href="#">Cadre de vie</a> <a href="#">Emploi</a> <a href="#">Agenda</a></nav>
<p>Accueil › Cadre de vie › Voirie</p>
<h1>Taille des haies et élagage en bordure des voies communales</h1>
<p><em>Réf. : VOI-2044-14 – Arrêté municipal du 9 septembre 2044</em></p>
<p>Les haies et les branches qui débordent sur les routes et les trottoirs gênent la circulation, masquent les
panneaux et abîment les lignes téléphoniques. Chaque propriétaire riverain doit tailler ses plantations à
l'aplomb de sa limite de propriété.</p>
<dl>
<dt>Lieu</dt><dd>Toutes les voies communales et chemins ruraux de Grisemont</dd>
<dt>Période de taille conseillée</dt><dd>du 1er septembre au 15 mars (hors nidification)</dd>
<dt>Date limite de mise en conformité</dt><dd>31 octobre 2044</dd>
<dt>Aide au broyage</dt><dd>prêt gratuit d'un broyeur, caution de 200 €</dd>
</dl>
<h2>Conditions requises</h2>
<ul><li>hauteur maximale de 2 mètres à moins de 2 mètres de la limite ;</li>
<li>aucune branche au-dessus de la chaussée en dessous de 4,50 mètres ;</li>
<li>visibilité dégagée aux carrefours et aux sorties de garage.</li></ul>
<h2>Et si rien n'est fait ?</h2>
<p>Après mise en demeure restée sans effet, la commune pourra faire exécuter les travaux d'office aux frais du
propriétaire, sur la base d'un tarif de 48 € de l'heure. Une contravention de 135 € peut s'y ajouter.</p>
<h2>Questions fréquentes</h2>
<p><strong>Qui contrôle ?</strong> Les agents de la voirie, déjà en poste, font une tournée en novembre.</p>
<p><strong>La commune recrute-t-elle des élagueurs ?</strong> Non : cette page n'est pas une offre d'emploi. Elle
n'annonce ni poste, ni contrat, ni rémunération. Les offres de la mairie figurent à la rubrique Emploi.</p>
<footer>Mairie de Grisemont · Place de la Halle · Mentions légales</footer>
</body></html>
"""

GOBELETS = """[Accueil](https://ccvaleroude.example/) · [Environnement](https://ccvaleroude.example/env) · [Associations](https://ccvaleroude.example/asso) · [Emploi](https://ccvaleroude.example/emploi)

# Prêt de gobelets réutilisables aux associations – saison 2044-2045

*Communauté de communes du Val d'Éroude · Service prévention des déchets · Réf. PD-2044-GOB*

Pour réduire les déchets des fêtes, lotos et manifestations sportives, la communauté de communes prête
gratuitement des gobelets réutilisables aux associations et aux communes de son territoire.

| Rubrique | Détail |
|---|---|
| Lieu de retrait | Déchèterie de Saint-Véran-des-Prés, local associatif |
| Horaires de retrait | mardi et vendredi, 14 h – 17 h |
| Stock disponible | 3 000 gobelets de 25 cl et 500 pichets |
| Caution | 150 € par lot de 500 gobelets |
| Date limite de réservation pour les fêtes de fin d'année | 24 octobre 2044 |

## Conditions requises pour emprunter

1. Être une association déclarée ou une commune membre.
2. Signer la convention de prêt et déposer le chèque de caution.
3. Rendre les gobelets propres et secs sous huit jours ; chaque gobelet manquant est facturé 1 €.

## Qui gère le prêt ?

Les ambassadeurs du tri de la communauté, déjà en poste, préparent les lots et contrôlent les retours.

## Questions fréquentes

**Est-ce une offre d'emploi ou de bénévolat rémunéré ?** Non. Cette page présente un service de prêt : il n'y a
aucun poste, aucun contrat et aucun salaire. Les offres d'emploi de la communauté sont publiées à la rubrique Emploi.

**Peut-on personnaliser les gobelets ?** Non, les gobelets portent le logo de la communauté.

*Service prévention des déchets · 05 00 00 00 00 · dechets@ccvaleroude.example*
"""

DOCS = [
    ("outdoor-warning-siren-testing-fall-2044-town-of-marrowby.en.txt", SIREN),
    ("fall-hydrant-flushing-program-2044-colthorne-public-utilities.en.html", HYDRANT),
    ("boat-launch-seasonal-permits-2044-village-of-pike-narrows.en.md", BOAT),
    ("broyage-des-vegetaux-a-domicile-automne-2044-commune-de-montclairac.fr.txt", BROYAGE),
    ("taille-des-haies-en-bordure-des-voies-communales-2044-commune-de-grisemont.fr.html", HAIES),
    ("pret-de-gobelets-reutilisables-aux-associations-2044-communaute-de-communes-du-val-d-eroude.fr.md", GOBELETS),
]


def build():
    for name, text in DOCS:
        write(name, text, "-")
