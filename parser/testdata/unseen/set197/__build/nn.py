from common import *

MUN = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>GenevaMUN 2034 – Delegate applications</title>
<style>body{font-family:Verdana,sans-serif;font-size:13px;margin:0} header{background:#5b92e5;color:#fff;padding:10px 18px} main{padding:10px 18px}
table{border-collapse:collapse} td,th{border:1px solid #bbb;padding:3px 8px}</style></head><body>
<header>GenevaMUN 2034 · Home · Committees · Delegates · Secretariat · Sponsors · Contact</header>
<main>
<h1>Call for delegate applications</h1>
<table>
<tr><th>Reference</th><td>GMUN-34-DEL</td></tr>
<tr><th>Location</th><td>University campus, Geneva (plenary in the Assembly Hall)</td></tr>
<tr><th>Conference dates</th><td>25–27 April 2034</td></tr>
<tr><th>Application deadline</th><td>15 March 2034</td></tr>
<tr><th>Delegate fee</th><td>CHF 85 (CHF 60 for students from partner schools)</td></tr>
</table>
<p>GenevaMUN is a student-run simulation of the United Nations. Delegates represent a Member State in one of six committees and negotiate a resolution over three days. It is an educational conference: delegates are not recruited, paid or employed by any United Nations entity, and no position in any organization is offered through this call.</p>
<h2>Committees</h2>
<ol>
<li>General Assembly Third Committee – the rights of migrant workers</li>
<li>Security Council (crisis committee) – a fictional border dispute</li>
<li>Human Rights Council – the right to a healthy environment</li>
<li>Executive Board of a simulated humanitarian agency – staffing of field operations, including a debate on the recruitment of national officers (NO-A to NO-D) and the Professional grades P-2 to P-5</li>
<li>World Health Assembly – pandemic preparedness</li>
<li>Historical committee – the 1948 Universal Declaration</li>
</ol>
<h2>Requirements for delegates</h2>
<ul>
<li>Be enrolled in a university or a secondary school in the last two years of study.</li>
<li>Submit a position paper of no more than two pages by 10 April 2034.</li>
<li>Attend the online training session on rules of procedure (29 March 2034).</li>
<li>Good command of English; the Human Rights Council also works in French.</li>
</ul>
<h2>Chairs and Secretariat</h2>
<p>Applications for chairs closed on 31 January. Secretariat volunteers (logistics, press team) are unpaid and are selected by the organizing committee from among last year's delegates.</p>
<h2>How to apply</h2>
<p>Fill in the form with your preferred committees and country allocation. Allocations are sent by 20 March 2034. Head delegates of school delegations register their groups in one form.</p>
<p style="font-size:11px">GenevaMUN is an association under Swiss law. It is not affiliated with the United Nations.</p>
</main></body></html>
"""

PLEDGE = """# Pledging conference for the Sahel education response — outcome summary

| | |
|---|---|
| **Reference** | PC/SAHEL-EDU/2034/OS-1 |
| **Location** | Palais des Nations, Geneva, and online |
| **Date of the conference** | 9 February 2034 |
| **Deadline for confirmation of pledges** | 31 March 2034 |
| **Prepared by** | Co-hosts' secretariat |

## 1. Summary

Twenty-six donors announced **USD 412.6 million** against total funding requirements of USD 689 million for 2034–2035. This summary lists the announcements; it is not a contribution agreement and does not commit any United Nations entity.

## 2. Funding requirements by sector

| Sector | Requirements (USD million) | Pledged (USD million) |
|---|---|---|
| Safe learning spaces | 214 | 131.5 |
| Teachers' incentives and training | 187 | 109.2 |
| School feeding | 156 | 98.7 |
| Psychosocial support | 82 | 51.0 |
| Coordination | 50 | 22.2 |

## 3. Teacher incentives

Part of the pledges will pay monthly incentives to community teachers (about USD 95 per teacher per month, set by the education clusters). These are transfers to national programmes: no post is created and no recruitment is open through this conference.

## 4. Requirements for reporting

- Donors confirm each pledge in writing by the deadline above, giving the currency and the channel (pooled fund, agency, or NGO).
- Recipient agencies report disbursements to the financial tracking service within 30 days.
- Multi-year pledges state the amount for each year.

## 5. Next steps

A follow-up meeting at technical level is planned in Dakar on 14 May 2034. Questions: pledging-secretariat@humanitarian.example.
"""

PASS = """PALAIS DES NATIONS — SECURITY AND SAFETY SECTION
Information circular

Reference:   SSS/IC/2034/02
Subject:     Annual renewal of grounds passes
Location:    Pass and ID Unit, Pregny Gate, Geneva
Issued:      13 February 2034
Deadline:    31 March 2034

1. Scope
All holders of a grounds pass that expires on 30 April 2034 must renew it. This applies to staff members of
every category and grade (G, NO, P and D), to consultants, interns, UN Volunteers, contractors' personnel and
permanent missions' staff. Passes of holders who do not renew will be deactivated on 1 May 2034.

2. Requirements
Applicants must provide:
  a) the renewal request form signed by their head of office or focal point;
  b) a valid national passport or Swiss legitimation card;
  c) for consultants and interns, the contract showing the end date of the assignment;
  d) for contractors, the purchase order number and the company's safety certificate.

3. Procedure
  - Book a slot on the pass office calendar (Monday to Friday, 08:30-16:00).
  - Bring the documents; a new photograph is taken only if the last one is older than five years.
  - Temporary day passes are issued while a request is processed.

4. Fees
Renewal is free for staff and interns. Contractors' personnel pay CHF 20 per pass, charged to the company.

5. Note
This circular concerns access to the premises only. It does not announce any vacancy and does not
give access to any recruitment. Questions: pass-office@unog.example, ext. 7 41 20.
"""

ODJ = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Ordre du jour provisoire – Conseil d'administration, première session ordinaire 2034</title>
<style>body{font-family:'Times New Roman',serif;font-size:14px;max-width:760px;margin:20px auto} .sym{float:right;font-size:12px}</style></head><body>
<div class="sym">Référence : DP/FPA/2034/L.1<br>Distr. générale<br>2 février 2034<br>Français<br>Original : anglais</div>
<p><b>Conseil d'administration du Fonds commun</b><br>Première session ordinaire de 2034<br>Lieu : Siège, New York, salle de conférence 4<br>Dates : 18–21 mars 2034</p>
<h1 style="font-size:16px;clear:both">Ordre du jour provisoire et annoté</h1>
<ol>
<li><b>Questions d'organisation.</b> Élection du Bureau ; adoption de l'ordre du jour et du plan de travail.</li>
<li><b>Rapport annuel de la Directrice exécutive.</b> Document DP/FPA/2034/3.</li>
<li><b>Ressources humaines.</b> Le Conseil sera saisi d'un rapport sur les effectifs (document DP/FPA/2034/5) : 4 112 postes approuvés, dont 28 % d'administrateurs (P-1 à D-2), 31 % d'administrateurs recrutés sur le plan national (NO-A à NO-D) et 41 % d'agents des services généraux ; taux de vacance de 9,4 % ; délai moyen de recrutement de 112 jours. Le rapport ne contient aucun avis de vacance.</li>
<li><b>Évaluation.</b> Évaluation du programme d'appui aux sages-femmes.</li>
<li><b>Audit et contrôle.</b> Rapport du Bureau de l'audit et des investigations.</li>
<li><b>Questions diverses.</b></li>
</ol>
<h2 style="font-size:15px">Conditions de participation</h2>
<ul>
<li>Les délégations communiquent la composition de leur délégation au secrétariat du Conseil au plus tard le 4 mars 2034 (date limite d'inscription).</li>
<li>Les observateurs doivent être accrédités ; les badges sont retirés à l'entrée des visiteurs.</li>
<li>Les déclarations écrites ne doivent pas dépasser 500 mots.</li>
</ul>
<p>Le présent document est un ordre du jour provisoire ; il ne constitue ni une offre d'emploi ni un appel à candidatures.</p>
</body></html>
"""

CERT = """ORGANISATION INTERNATIONALE POUR LE SUIVI DES RÉCOLTES (OISR)
Division des ressources humaines — Section des services au personnel

Réf. : HR/SPS/CS/2034/0218                                  Rome, le 16 février 2034

CERTIFICAT DE SERVICE

Le présent certificat est délivré à la demande de l'intéressée, pour servir et valoir ce que de droit.

Nous certifions que Mme Adjoa B. KOUASSI-MENSAH a été au service de l'Organisation du 3 janvier 2022
au 31 décembre 2033, dans les conditions suivantes :

  Période                    Titre fonctionnel                          Classe   Lieu d'affectation
  03/01/2022 - 30/06/2026    Assistante de programme                    G-5      Abidjan, Côte d'Ivoire
  01/07/2026 - 31/08/2030    Chargée de programme (sécurité alimentaire) NO-B     Abidjan, Côte d'Ivoire
  01/09/2030 - 31/12/2033    Spécialiste du suivi des récoltes          P-3      Dakar, Sénégal

Type d'engagement : engagement de durée déterminée.
Dernier traitement annuel net de base : 78 214 dollars des États-Unis (classe P-3, échelon V).
Motif de la cessation de service : démission.

Tâches principales exercées au dernier poste :
  - coordination du système d'alerte précoce de quatre pays ;
  - encadrement d'une équipe de six analystes ;
  - rédaction des bulletins mensuels sur les récoltes.

Conditions de délivrance : le présent certificat ne comporte aucune appréciation des services. Une
attestation détaillée peut être demandée par écrit dans un délai de deux ans après la cessation de service
(date limite : 31 décembre 2035).

Ce document ne constitue ni une offre d'emploi ni une référence pour un poste vacant.

Pour la Directrice de la Division des ressources humaines,
(signature)
Chef, Section des services au personnel
"""

FLASH = """# Tchad : appel éclair — inondations dans le Mayo-Kebbi et le Logone (mars – août 2034)

**Référence :** AE/TCD/2034/01\\
**Lieu :** provinces du Mayo-Kebbi Est, du Logone Oriental et du Logone Occidental\\
**Date de lancement :** 23 février 2034\\
**Période couverte :** 1er mars – 31 août 2034\\
**Date limite pour l'annonce des contributions au fonds humanitaire :** 20 mars 2034

## Chiffres clés

- 610 000 personnes touchées, dont 340 000 ciblées
- 72 écoles et 18 centres de santé endommagés
- **Besoins financiers : 96,4 millions USD**

## Besoins par secteur

| Secteur | Personnes ciblées | Besoins (USD) |
|---|---|---|
| Sécurité alimentaire | 290 000 | 38 200 000 |
| Eau, hygiène et assainissement | 210 000 | 17 500 000 |
| Santé | 180 000 | 12 900 000 |
| Abris et articles non alimentaires | 95 000 | 14 300 000 |
| Protection | 60 000 | 6 100 000 |
| Coordination et logistique | — | 7 400 000 |

## Conditions d'éligibilité des partenaires au financement

1. Être enregistré auprès du ministère chargé de l'action humanitaire.
2. Avoir une présence opérationnelle dans au moins une des provinces touchées.
3. Avoir achevé l'évaluation de capacité du fonds humanitaire.

## Personnel

Les agences renforceront leurs équipes par des déploiements internes d'urgence (listes de réserve existantes). **Le présent appel ne comporte aucun avis de vacance** et ne doit pas être utilisé pour solliciter un emploi.

*Document préparé par l'équipe humanitaire de pays, avec l'appui du bureau de coordination. Chiffres provisoires.*
"""

def build():
    write("model-un-conference-delegate-applications.en.html", MUN, "-", "html")
    write("pledging-conference-outcome-summary.en.md", PLEDGE, "-", "md")
    write("grounds-pass-renewal-instructions-palais.en.txt", PASS, "-", "txt")
    write("ordre-du-jour-provisoire-conseil-administration.fr.html", ODJ, "-", "html")
    write("certificat-de-service-ancienne-fonctionnaire.fr.txt", CERT, "-", "txt")
    write("appel-eclair-inondations-tchad.fr.md", FLASH, "-", "md")
