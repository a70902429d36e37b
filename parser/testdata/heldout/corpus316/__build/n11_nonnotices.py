"""Six non-notices (3 EN, 3 FR) of the UN / international-organisation world."""
from common import write

SABBATICAL = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sabbatical Leave Programme 2044 – call for proposals</title></head><body>
<nav><a href="#">iSeek</a> › <a href="#">Learning and development</a> › Sabbatical Leave Programme</nav>
<h1>Sabbatical Leave Programme 2044: call for proposals</h1>
<table border="1">
<tr><th>Reference</th><td>LDS/SLP/2044</td></tr>
<tr><th>Title of the programme</th><td>Sabbatical Leave Programme for research on issues of concern to the Organization</td></tr>
<tr><th>Location</th><td>Any duty station; research may be carried out at a university or think tank</td></tr>
<tr><th>Deadline for proposals</th><td>12 February 2044</td></tr>
</table>
<p><b>This is not a vacancy announcement.</b> No post is advertised and nobody will be recruited: the programme gives serving staff members up to six months of leave to research and write on a subject of interest to the Organization, after which they return to their own post.</p>
<h2>Who may submit a proposal</h2>
<p>Staff members at the P-4 to D-1 levels and at the G-6 and G-7 levels with at least seven years of continuous service. Staff on temporary appointments, consultants and interns are not eligible.</p>
<h2>Requirements for a complete proposal</h2>
<ol>
<li>A research title and a two-page outline with the expected product (paper, toolkit or course).</li>
<li>The written agreement of the head of department, who confirms that the functions of the post will be covered.</li>
<li>A letter from the host institution, where one is involved.</li>
</ol>
<h2>Salary and costs</h2>
<p>Participants keep their salary and entitlements during the sabbatical. The programme pays one return ticket and a contribution of up to USD 6,000 towards research costs. No daily subsistence allowance is paid.</p>
<p>Selection will be announced by the end of April 2044. Questions: the learning team at the e-mail address shown on iSeek.</p>
<footer>Last updated 15 January 2044 · For internal use</footer>
</body></html>
"""

MISSION = """MISSION READINESS CHECKLIST – INCOMING UNITED NATIONS MILITARY OBSERVERS
==========================================================================

Ref.:       MRC/UNMO/2044/02
Location:   Mission Headquarters, Sector East team sites
Title:      Checklist to be completed before deployment
Deadline:   return the completed checklist to the Chief Military Personnel Officer by 9 February 2044

Purpose. This checklist is sent to officers who have already been selected and nominated by their
Member States for the rotation of March 2044. It does not announce any post or vacancy and is not a
recruitment document: the officers remain members of their national armed forces and are not staff
members, so no grade, salary or contract is offered by the mission.

REQUIREMENTS BEFORE DEPLOYMENT
  [ ] 1. Medical clearance issued by the national medical authority (form MS.2) and vaccination record.
  [ ] 2. Security clearance: completion of the online security courses (certificates attached).
  [ ] 3. Driving assessment: a valid national licence; the mission driving test takes place on arrival.
  [ ] 4. Language: a working knowledge of English, assessed by the sending State.
  [ ] 5. Two passport photographs and a copy of the passport valid until at least March 2045.

Ranks. Observers are captains, majors or lieutenant colonels. The staff officers of the Military
Personnel Office (P-3 and G-5) can answer questions about the checklist, not about national pay.

Allowances. The mission subsistence allowance is paid by the United Nations from the day of arrival
in the mission area; national salaries continue to be paid by the sending State.

Issued by the Office of the Force Commander, 18 January 2044.
"""

CRP = """# Conference room paper: review of the regional office network

*Executive Board, first regular session 2044 · Item 6 · Distr.: limited · Original: English*

**Reference:** EB.2044/1/CRP.3  
**Location of the session:** Headquarters, Conference Room 2  
**Title:** Review of the regional office network – options for consolidation  
**Deadline for written comments by Board members:** 16 February 2044

## Summary

This paper presents three options for the regional office network requested by the Board at its annual session. **It does not announce vacancies.** Any change to posts would be presented in the integrated budget and filled under the usual staff selection rules.

## Current staffing

| Office | Head | Professional posts | General Service posts |
|---|---|---|---|
| Regional office A | D-1 | 14 (P-3 to P-5) | 9 (G-4 to G-6) |
| Regional office B | D-1 | 11 | 7 |
| Liaison office | P-5 | 3 | 2 |

Salary costs represent 71 per cent of the network's budget of USD 38.4 million.

## Options

1. Keep the network as it is and review it again in 2047.
2. Merge the liaison office into regional office A, with the abolition of one P-5 post.
3. Create a shared service desk, with the requirements listed below.

## Requirements for option 3

- a host country agreement covering the shared desk;
- common premises available by January 2045;
- a title and grade for each function, to be classified before any post is created.

*The Board is invited to take note of this paper; no decision is requested at this session.*
"""

CREANCE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Communiqué – remise des lettres de créance</title></head><body>
<header><p>Service de presse et d'information · Communiqué n° 2044/017</p></header>
<h1>Le nouveau Représentant permanent présente ses lettres de créance au Directeur général</h1>
<dl>
<dt>Référence</dt><dd>SPI/COM/2044/017</dd>
<dt>Lieu</dt><dd>Siège, salon du Directeur général</dd>
<dt>Date</dt><dd>30 janvier 2044</dd>
</dl>
<p>Le nouveau Représentant permanent de la République du Wakanda (exemple) auprès de l'Organisation a présenté ce jour ses lettres de créance au Directeur général. Diplomate de carrière, il a occupé auparavant le <b>titre</b> d'ambassadeur dans trois capitales et dirigé la division des organisations internationales de son ministère.</p>
<p>Ce communiqué n'est ni un avis de vacance ni une offre d'emploi : le Représentant permanent est nommé par son gouvernement et ne perçoit aucun traitement de l'Organisation.</p>
<h2>Exigences protocolaires pour la cérémonie de mars</h2>
<ul>
<li>les médias qui souhaitent couvrir la prochaine remise de lettres de créance doivent s'accréditer avant la date limite du 11 février 2044 ;</li>
<li>les photographes se présentent au bureau des badges avec une pièce d'identité ;</li>
<li>les fonctionnaires du protocole (P-3 et G-5) accompagnent les délégations.</li>
</ul>
<p>Contact presse : Service de presse et d'information, téléphone indiqué sur le site.</p>
<footer>Document d'information – ne constitue pas un document officiel.</footer>
</body></html>
"""

CONGE = """CIRCULAIRE ADMINISTRATIVE
Congé de maternité, congé de paternité et congé d'adoption : modalités d'application

Réf. :      DRH/CIRC/2044/03
Lieu :      Siège et bureaux extérieurs
Objet :     application des nouvelles dispositions à compter du 1er janvier 2044
Destinataires : tous les fonctionnaires, classes G-1 à G-7, NO-A à NO-D, P-1 à D-2

1. La présente circulaire ne constitue pas un avis de vacance et ne porte sur aucun poste. Elle précise
les modalités du congé parental introduit par la révision du Règlement du personnel.

2. Durée. Le congé de maternité est de 16 semaines ; le congé de paternité et le congé d'adoption sont
de 16 semaines également, dont 8 à prendre dans les six mois suivant la naissance ou l'adoption.

3. Traitement. Le traitement et les indemnités sont maintenus pendant toute la durée du congé. Aucune
retenue n'est opérée sur le traitement net de base ni sur l'indemnité de poste.

4. EXIGENCES
   a) un certificat médical indiquant la date présumée de l'accouchement, ou l'acte de naissance ;
   b) pour l'adoption, le jugement ou la décision administrative d'adoption ;
   c) le formulaire de demande visé par le chef de service, qui indique le titre fonctionnel et la classe
      du fonctionnaire.

5. Demandes rétroactives. Les fonctionnaires dont l'enfant est né entre le 1er octobre et le
31 décembre 2043 peuvent demander l'application des nouvelles règles jusqu'à la date limite du
26 février 2044.

6. Les questions sont à adresser au partenaire RH de chaque département.

La Directrice des ressources humaines
"""

PV = """# Procès-verbal de réception provisoire des travaux

**Réf. :** PV/LOG/2044/006  
**Lieu :** bureau de terrain, avenue de la Paix (exemple)  
**Titre du marché :** réhabilitation de la toiture et de l'installation électrique du bureau de terrain  
**Date de la visite :** 25 janvier 2044

## Présents

- pour l'Organisation : la chargée de logistique (P-3), l'assistant aux installations (G-5), l'ingénieur national (NO-B) ;
- pour l'entreprise : le directeur des travaux et le chef de chantier.

Ce document n'est ni un avis de vacance ni un appel à candidatures : il constate l'état des travaux réalisés par une entreprise sous contrat.

## Constatations

| Lot | Travaux | État |
|---|---|---|
| 1 | Toiture | conforme |
| 2 | Tableau électrique | réserves |
| 3 | Éclairage extérieur | conforme |

## Exigences et réserves

1. Remplacer deux disjoncteurs non conformes du lot 2.
2. Remettre les plans de récolement et le certificat de conformité électrique.
3. Nettoyer la zone de stockage.

Le traitement des réserves doit être achevé avant la date limite du 23 février 2044 ; la réception définitive interviendra après la période de garantie d'un an. La retenue de garantie (5 % du montant du marché, soit 2 140 USD) sera libérée à ce moment.

*Signé par les parties présentes, en deux exemplaires.*
"""


def build():
    write("sabbatical-leave-programme-call-for-proposals-staff-development.en.html", SABBATICAL, "-")
    write("mission-readiness-checklist-incoming-military-observers.en.txt", MISSION, "-")
    write("crp-review-of-regional-office-network-executive-board.en.md", CRP, "-")
    write("communique-remise-des-lettres-de-creance-representant-permanent.fr.html", CREANCE, "-")
    write("circulaire-conge-de-maternite-et-de-paternite-modalites-d-application.fr.txt", CONGE, "-")
    write("pv-de-reception-provisoire-travaux-rehabilitation-bureau-de-terrain.fr.md", PV, "-")
