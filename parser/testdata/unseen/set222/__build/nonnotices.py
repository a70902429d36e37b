from common import *

DOCS = {}

DOCS["costing-request-guidelines-pbo.en.html"] = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Guidelines for costing requests – PBO</title></head>
<body>
<a href="#main">Skip to main content</a>
<nav><ul><li>Home</li><li>Publications</li><li>Costing requests</li><li>About</li><li>Careers</li><li><a href="#" lang="fr">Français</a></li></ul></nav>
<main id="main">
<h1>Guidelines for submitting a costing request</h1>
<table>
<tr><th>Reference</th><td>PBO-GUIDE-CR-2036</td></tr>
<tr><th>Applies to</th><td>Senators, Members of the House of Commons and parliamentary committees</td></tr>
<tr><th>Location</th><td>Ottawa, Ontario (requests are handled remotely)</td></tr>
<tr><th>Effective</th><td>March 2, 2036</td></tr>
</table>
<h2>Who may submit a request</h2>
<p>Any parliamentarian or committee may ask the Office to estimate the financial cost of a proposal that falls within Parliament's jurisdiction. Requests from staff must be confirmed in writing by the parliamentarian.</p>
<h2>Requirements for a complete request</h2>
<ul>
<li>A clear description of the proposal, including start date, eligibility rules and any phase-in.</li>
<li>The fiscal years for which an estimate is expected (at least five).</li>
<li>The name of a contact person available for clarifications.</li>
</ul>
<h2>Deadlines</h2>
<p>To be included in the spring update, complete requests must be received by <strong>April 15, 2036</strong>. Requests received after that deadline are processed in the order received. During an election period, the deadline for platform costings is set out in a separate notice.</p>
<h2>What we do not do</h2>
<p>The Office does not cost private-sector salary scales, does not assess the merits of a policy and does not review the schedule of parliamentary business. This page is not a job posting: current vacancies are listed under Careers.</p>
<p>Questions: costing@pbo.example</p>
</main>
<footer>Date modified: 2036-03-02</footer>
</body></html>
"""

DOCS["burning-permit-rules-clare.en.txt"] = """MUNICIPALITY OF CLARE / MUNICIPALITÉ DE CLARE
Public Notice — Open Burning Season 2036

Reference: EMO-BURN-2036-01
Location: all districts of the Municipality (Salmon River to St. Bernard)
Season: March 15 to October 15, 2036

The Municipality reminds residents that open burning of brush, leaves and
untreated wood is regulated from March 15 to October 15 each year.

REQUIREMENTS FOR ALL BURNS
  - Check the provincial burn restrictions map the same day, after 2 p.m.
  - Keep the fire at least 15 metres from any building or woodland.
  - Have water, a shovel and an adult present until the fire is out.
  - Never burn household garbage, plastics, tires or construction waste.

SCHEDULE
Burning is allowed from 2 p.m. to 8 a.m. on days marked "burn safe".
Commercial land clearing needs a written permit from the fire chief.

PERMIT FEES AND FINES
Residential permits are free. A commercial permit costs $25.
Fines under the Forests Act start at $237.50 and can reach $10,000.

DEADLINE
Applications for the spring commercial clearing permits must reach the
Municipal Office by April 10, 2036.

Volunteer firefighters are always welcome. This notice does not announce
any paid position; the Municipality's job offers are posted separately
under "Employment Opportunities".

Questions: Emergency Management Office, 902-555-0147
"""

DOCS["space-activities-authorisation-checklist-lsa.en.md"] = """**Luxembourg Space Agency** · [Funding](#) · [Regulation](#) · [Jobs](#)

# Checklist: applying for a space activity authorisation

| | |
|---|---|
| Reference | LSA-REG-CHK-2036-02 |
| Competent authority | Minister responsible for the economy, advised by the Agency |
| Location of filing | Luxembourg City (electronic filing only) |
| Version | 2.1, 9 March 2036 |

This checklist helps operators prepare a file under the law on space activities. It does not replace the law.

## Requirements for the applicant

1. A registered office in Luxembourg and a central administration in the country.
2. Managers with the required professional honour and experience.
3. Proof of financial soundness, including insurance or equivalent cover.
4. A mission description: objectives, schedule, launch provider and end-of-life plan.

## Documents to attach

- Articles of association and register extract
- Organisation chart and CVs of managers (no salary information is needed)
- Technical description of the spacecraft and of the ground segment
- Debris mitigation plan

## Deadlines

Files complete by **30 April 2036** will be reviewed before the summer launch campaign. Incomplete files are returned with a list of missing items.

## Fees

An administrative fee of EUR 5,000 is charged per authorisation.

*This is a regulatory guide. It is not a vacancy notice and no position is offered.*
"""

DOCS["calendrier-frais-scolarite-uao.fr.html"] = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Calendrier de paiement des frais – UAO</title></head>
<body>
<header>Université Alassane Ouattara · Accueil · Formations · Recherche · Scolarité · Recrutement</header>
<h1>Calendrier de paiement des frais d'inscription – année universitaire 2036-2037</h1>
<table>
<tr><th>Référence</th><td>UAO/DSCOL/NOTE/2036-014</td></tr>
<tr><th>Lieu de paiement</th><td>Bouaké (Côte d'Ivoire) – agences bancaires partenaires et paiement mobile</td></tr>
<tr><th>Service</th><td>Direction de la Scolarité</td></tr>
</table>
<h2>Montants</h2>
<table>
<tr><th>Cycle</th><th>Étudiants ivoiriens</th><th>Étudiants non ivoiriens</th></tr>
<tr><td>Licence</td><td>30 000 FCFA</td><td>150 000 FCFA</td></tr>
<tr><td>Master</td><td>60 000 FCFA</td><td>250 000 FCFA</td></tr>
<tr><td>Doctorat</td><td>100 000 FCFA</td><td>350 000 FCFA</td></tr>
</table>
<h2>Exigences</h2>
<ul>
<li>Présenter la fiche d'orientation ou l'attestation d'admission.</li>
<li>Conserver le reçu de paiement pour le retrait de la carte d'étudiant.</li>
</ul>
<h2>Calendrier</h2>
<p>Première tranche : du 1er au 30 avril 2036. <strong>Date limite</strong> de paiement du solde : 15 mai 2036. Après cette date, une pénalité de 5 000 FCFA est appliquée.</p>
<p>La présente note concerne exclusivement les étudiants. Elle ne constitue ni un avis de recrutement ni une offre d'emploi ; les postes à pourvoir sont publiés à la rubrique « Recrutement ».</p>
<footer>Direction de la Scolarité – Bouaké, le 20 mars 2036</footer>
</body></html>
"""

DOCS["tarifs-enlevement-graffitis-bruxelles-proprete.fr.txt"] = """BRUXELLES-PROPRETÉ — Agence régionale pour la propreté
Service d'enlèvement des graffitis : conditions et tarifs 2036

Référence : BP/GRAF/2036/01
Lieu d'intervention : toutes les façades visibles depuis la voie publique
                      des 19 communes de la Région de Bruxelles-Capitale
Horaire des équipes : du lundi au vendredi, de 7 h à 15 h

Qui peut demander l'enlèvement ?
Les propriétaires, syndics et locataires (avec l'accord écrit du
propriétaire) d'un bâtiment situé en Région bruxelloise.

EXIGENCES
  - Remplir le formulaire de demande en ligne et joindre des photos.
  - Fournir l'autorisation du propriétaire si vous n'êtes pas propriétaire.
  - Garantir l'accès à la façade (échafaudage non fourni au-delà de 4 m).

TARIFS
  Particuliers, première intervention de l'année ....... gratuit
  Interventions suivantes (jusqu'à 10 m²) ............... 45,00 €
  Par m² supplémentaire ................................. 6,50 €
  Façades classées (technique douce) ........... sur devis

DATE LIMITE
Les demandes de gratuité pour les commerces de moins de 10 salariés
doivent être introduites au plus tard le 30 avril 2036.

Ce document présente un service aux citoyens. Il ne s'agit pas d'une offre
d'emploi : les postes vacants de l'Agence sont publiés sur la page Emplois.

Contact : graffiti@bxlp.example — 0800 00 000 (appel gratuit)
"""

DOCS["transport-medical-hors-region-cisss-iles.fr.md"] = """**CISSS des Îles** — Guide à l'usager

# Transport pour soins hors région : ce qu'il faut savoir

| | |
|---|---|
| Référence du document | DSP-USG-2036-03 |
| Lieu de départ | Aéroport des Îles-de-la-Madeleine, Havre-aux-Maisons |
| Horaire du bureau des déplacements | du lundi au vendredi, de 8 h à 16 h |
| Mise à jour | 12 mars 2036 |

Lorsque des soins ne sont pas offerts aux Îles, le CISSS organise et rembourse en partie le déplacement de l'usager vers Québec ou Moncton.

## Exigences pour obtenir le remboursement

1. Une référence d'un médecin des Îles vers un établissement du continent.
2. La réservation faite par le bureau des déplacements, et non par l'usager.
3. Les factures originales d'hébergement et de repas.

## Montants remboursés

- Hébergement : jusqu'à 120 $ par nuit
- Repas : 42 $ par jour
- Accompagnateur : seulement sur recommandation médicale

## Date limite

Les demandes de remboursement doivent être transmises dans les 90 jours suivant le retour. Pour les déplacements de janvier à mars 2036, la **date limite** est le 30 juin 2036.

*Ce guide ne concerne pas le recrutement. Pour les postes offerts au CISSS, consultez la section Carrières.*
"""


def build():
    for name, text in DOCS.items():
        write(name, text)
        row(name, "-", name.rsplit(".", 1)[1])
