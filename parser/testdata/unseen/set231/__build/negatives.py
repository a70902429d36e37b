from common import *

LOST = """---
title: Lost property register — December 2036
source: SHAPE intranet, Support Services
---

# Lost property register — SHAPE Mons

| Field | Detail |
|---|---|
| Reference | SHAPE/SSG/LP/2036-12 |
| Location | Lost property desk, Building 102, ground floor |
| Opening hours | Monday to Friday, 08:00–12:00 |
| Deadline to claim items | 16 January 2037 |

Items handed in during December 2036 are listed below. Unclaimed items will be donated to charity or destroyed after the deadline.

| No. | Item | Found at | Date |
|---|---|---|---|
| 1 | Black leather wallet, no identification | Car park P3 | 02.12.2036 |
| 2 | Child's ski jacket, size 8 | International school bus stop | 05.12.2036 |
| 3 | Reading glasses in blue case | Conference room "Title: Joint Planning" sign-in desk | 09.12.2036 |
| 4 | USB keyboard | Building 201, corridor | 15.12.2036 |

## Requirements to claim an item

1. Bring your SHAPE ID card; civilians and military of every grade are treated alike.
2. Describe the item precisely (colour, contents, where it was lost).
3. Items containing documents with a post number or classification are passed to the Security Office instead.

Staff are reminded that no reward, salary deduction or fee applies. This register is not a job offer: volunteers for the Christmas charity sale have already been found.
"""

LIGHT = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Light therapy room — booking rules</title></head><body>
<p>JWC intranet › Welfare › Midwinter wellbeing</p>
<h1>Light therapy room: booking rules for January and February 2037</h1>
<table>
<tr><th>Reference</th><td>JWC/WEL/2036/044</td></tr>
<tr><th>Title</th><td>Midwinter wellbeing — light therapy sessions</td></tr>
<tr><th>Location</th><td>Welfare wing, room B-014, Stavanger</td></tr>
<tr><th>Applies to</th><td>All staff, whatever their grade or post, and their adult family members</td></tr>
<tr><th>Deadline to book the January block</th><td>5 January 2037</td></tr>
<tr><th>Cost</th><td>Free of charge (sessions of 30 minutes; towels NOK 20)</td></tr>
</table>
<h2>Why</h2>
<p>Between November and February Stavanger gets only a few hours of daylight. The Welfare Office offers morning sessions in front of certified light panels, supervised by the medical clinic.</p>
<h2>Requirements</h2>
<ol>
<li>Book through the welfare calendar, at most three sessions a week.</li>
<li>Read the clinic's information sheet; people taking certain medicines must ask the duty nurse first.</li>
<li>Sessions must not clash with duty hours unless your line manager agrees.</li>
</ol>
<p>The light room is staffed by volunteers; this is not a vacancy and no salary or allowance is paid. Questions: welfare@jwc.example.</p>
</body></html>"""

QUAKE = """NFIU ROMANIA — INFORMATION NOTE
Reference: NFIU-ROU/SAFETY/2036/09
Title: Earthquake preparedness briefing and family kit checklist
Location: NFIU ROU headquarters, Bucharest — main briefing room
Date of briefing: 13 January 2037, 10:00–11:30
Deadline to register: 9 January 2037

1. Purpose
Bucharest lies in one of Europe's most active seismic zones. All personnel, military and civilian of every grade, and their families are invited to a briefing given by the General Inspectorate for Emergency Situations.

2. Programme
a) What to do during and after a strong earthquake
b) Building evacuation routes and assembly points
c) Preparing a 72-hour family kit

3. Requirements
a) Registration through the J1 front desk with name, post title and number of family members;
b) Newcomers who arrived after 1 September 2036 must attend;
c) Each household is asked to check its kit against the attached list before 31 January 2037.

4. Costs
The kit costs about RON 350 per household and is not reimbursed; it is not deducted from salary either.

This note does not announce any vacancy. Point of contact: NFIU ROU Safety Officer, ext. 2214.
"""

GALETTE = """CASPOA — Cercle mixte
Note d'information

Référence : CASPOA/CM/2036/27
Objet : galette des rois du personnel
Lieu : Salle d'honneur, bâtiment 3, Lyon Mont-Verdun
Date : jeudi 8 janvier 2037, à partir de 16 h 30

Comme chaque année, le Cercle mixte invite l'ensemble du personnel du Centre, militaires et civils de tout grade, stagiaires et familles, à partager la galette des rois.

Inscriptions
Les inscriptions se font auprès du secrétariat du Cercle au plus tard le 5 janvier 2037, en précisant le nombre de participants.

Exigences
– participation de 4 € par adulte, gratuite pour les enfants ;
– chaque bureau désigne un correspondant chargé de collecter les participations ;
– les personnes souffrant d'allergies le signalent lors de l'inscription.

Le « roi » ou la « reine » du jour recevra un bon pour le restaurant du Centre. Il ne s'agit ni d'un poste ni d'une fonction : aucun salaire, aucune prime ni aucun grade ne sont attachés à la couronne.

Cette note ne constitue pas une offre d'emploi. Les bénévoles pour le service sont déjà désignés.

Le président du Cercle mixte
"""

VOEUX = """---
titre: "Vœux du directeur général au personnel"
source: intranet NCIA, rubrique Actualités
date: 2037-01-05
---

# Vœux du directeur général au personnel de l'Agence

**Référence :** NCIA/DG/2037/001 · **Lieu :** Mons, La Haye, Bruxelles et l'ensemble des sites

Chères et chers collègues,

À l'aube de 2037, je souhaite vous adresser, ainsi qu'à vos familles, mes meilleurs vœux.

## Ce que nous avons accompli en 2036

1. 214 postes pourvus, dont 38 au sein du Centre des opérations de service ;
2. la mise en service de deux nouvelles stations terriennes ;
3. la revalorisation des traitements de 2,1 % décidée par le Conseil, appliquée au salaire de janvier.

## Nos exigences pour 2037

- consolider la sécurité de nos réseaux ;
- réduire les délais de recrutement (objectif : 90 jours entre la date limite et l'offre) ;
- accueillir les nouveaux collègues, quel que soit leur grade.

La cérémonie des vœux aura lieu le 15 janvier 2037 à 11 h 00, à Mons, amphithéâtre A ; inscription au plus tard le 12 janvier 2037.

Les offres d'emploi en cours se trouvent sur le portail de recrutement ; ce message n'en est pas une.

*Le directeur général*
"""

NEIGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Consignes neige et verglas — SHAPE</title></head><body>
<p>Intranet SHAPE › Soutien › Sécurité routière</p>
<h1>Consignes de déneigement et de circulation par temps de neige et de verglas</h1>
<dl>
<dt>Référence</dt><dd>SHAPE/SSG/ENG/2036/113</dd>
<dt>Lieu</dt><dd>Quartier SHAPE, Casteau — parkings P1 à P6 et voies internes</dd>
<dt>Période</dt><dd>du 1er décembre 2036 au 15 mars 2037</dd>
<dt>Date limite de signalement des véhicules ventouses</dt><dd>22 janvier 2037</dd>
</dl>
<h2>Exigences</h2>
<ol>
<li>Vitesse limitée à 20 km/h sur les voies internes en cas d'alerte neige.</li>
<li>Les parkings P2 et P5 sont déneigés en priorité ; le P6 peut rester fermé.</li>
<li>Les véhicules immobilisés depuis plus de dix jours doivent être signalés au service Génie.</li>
<li>Pneus hiver fortement recommandés ; le sel est disponible gratuitement au point de retrait du bâtiment 210.</li>
</ol>
<h2>Équipes d'astreinte</h2>
<p>Les équipes de déneigement sont constituées d'agents de l'entreprise titulaire du marché ; aucun poste n'est à pourvoir et ces astreintes ne concernent ni le salaire ni le grade du personnel SHAPE.</p>
<p>Contact : génie du quartier, poste 4410.</p>
</body></html>"""

def build():
    write("lost-property-register-shape-mons.en.md", LOST, "-")
    write("light-therapy-room-booking-rules-jwc-stavanger.en.html", LIGHT, "-")
    write("earthquake-preparedness-briefing-nfiu-romania.en.txt", QUAKE, "-")
    write("note-galette-des-rois-cercle-mixte-caspoa.fr.txt", GALETTE, "-")
    write("voeux-directeur-general-personnel-ncia.fr.md", VOEUX, "-")
    write("consignes-deneigement-verglas-quartier-shape.fr.html", NEIGE, "-")
