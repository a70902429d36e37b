"""Six non-notices (3 EN, 3 FR)."""
from common import *


def build():
    write("post-adjustment-multiplier-changes-information-note.en.txt", """HUMAN RESOURCES SERVICE – INFORMATION NOTE

Ref.:        HRS/IN/2043/19
Location:    All duty stations covered by the regional payroll hub
Subject:     Post adjustment multiplier changes effective 1 July 2043

1. This note informs staff in the Professional and higher categories (P-1 to D-2) of the post adjustment
multipliers promulgated by the International Civil Service Commission for July 2043. It does not announce
any post, vacancy or recruitment, and it does not change the base salary scale.

2. Multipliers for the duty stations served by the hub:

   Duty station            June 2043    July 2043    Change
   Nairobi                 41.6         43.0         +1.4
   Addis Ababa             33.9         33.9          0.0
   Kampala                 36.2         35.4         -0.8
   Dar es Salaam           38.7         39.5         +0.8

3. The post adjustment amount is the multiplier, as a percentage, applied to the net base salary of each staff
member. For example, a staff member at P-3, step 5, in a duty station with a multiplier of 43.0 receives 43 per
cent of the net base salary as post adjustment. General Service and National Professional Officer salaries
(G-1 to G-7, NO-A to NO-D) follow local salary scales and are not affected by this note.

4. REQUIREMENTS FOR PAYROLL QUERIES
   a) queries must quote the staff member's index number, functional title and grade;
   b) queries must be sent through the HR self-service portal, not by e-mail;
   c) the deadline for queries on the July payroll is 18 July 2043;
   d) retroactive corrections will be made in the August payroll.

5. Staff who are on mission travel receive the daily subsistence allowance of the mission area; this is not
affected by the change.

For any question: hr-payroll-hub@example.org
Human Resources Service, 30 June 2043
""", "-")

    write("speech-remarks-young-professionals-programme-induction-ceremony.en.md", """# Remarks at the induction ceremony of the Young Professionals Programme cohort

*Delivered by the Assistant Secretary-General for Human Resources · Conference Room 4 · 1 July 2043*

*Check against delivery*

---

Dear colleagues, dear new members of the Young Professionals Programme,

Welcome. Each of you sat the examination last year, went through the interviews and accepted a P-2 post in one
of our offices. You come from 31 countries and you will serve in 14 duty stations, from Santiago to Beirut.
This is not a recruitment event: your posts are filled, your letters of appointment are signed, and nobody in
this room is being asked to apply for anything today.

I want to say a word about **titles**. Your title may read "Associate Programme Management Officer" or "Associate
Economic Affairs Officer". Titles matter less than what you learn in your first two years. The
**requirements** of the programme are simple: complete the orientation, complete the first reassignment after
two years, and share what you learn.

Some of you asked about **salary** and allowances. The Human Resources team will present the pay slip at
14:00; it is the standard P-2 scale with the post adjustment of your duty station.

> "An office is as good as the people who are willing to move." — a former colleague, on mobility

Two dates to keep in mind: the **deadline** for the mentoring form is **15 July 2043**, and the next examination
for the programme opens in the first quarter of 2044 — I encourage you to tell your networks, but the
announcement will be made on the careers site, not here.

Thank you, and welcome to the United Nations.
""", "-")

    write("repatriation-grant-claim-instructions-separating-staff.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Repatriation grant: how to claim</title></head>
<body>
<nav>Staff intranet › Human Resources › Separation from service › Repatriation grant</nav>
<h1>Repatriation grant: claim instructions for separating staff</h1>
<table>
<tr><th>Reference</th><td>HR/GUIDE/2043/07</td></tr>
<tr><th>Title of the guidance</th><td>Repatriation grant – evidence of relocation</td></tr>
<tr><th>Location</th><td>Applies to all duty stations</td></tr>
<tr><th>Deadline for claims</th><td>Two years after the date of separation (for separations on 31 July 2043: 31 July 2045)</td></tr>
</table>
<p>This page explains how internationally recruited staff who separate from service can claim the repatriation
grant. It is not a vacancy announcement and it does not concern recruitment or the filling of any post.</p>
<h2>Who is eligible</h2>
<p>Staff members at grades P-1 to D-2, and General Service staff recruited internationally, who have served at
least one year outside their country of nationality. The grant is calculated on the net base salary and the
number of years of qualifying service.</p>
<h2>Requirements for a complete claim</h2>
<ol>
<li>A copy of the separation notice showing the functional title, grade and date of separation.</li>
<li>Evidence of relocation: a residence certificate, a lease or a utility bill in the new country of residence.</li>
<li>Bank details for payment in USD or in local currency.</li>
<li>A signed declaration that the staff member has not taken up a new appointment with the United Nations
common system within the period concerned.</li>
</ol>
<h2>After you apply</h2>
<p>Claims are processed within six weeks. Questions: separation-desk@example.org. Last updated 2 July 2043.</p>
</body></html>
""", "-")

    write("allocution-de-cloture-seminaire-regional-fonction-publique-internationale.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Allocution de clôture – Séminaire régional</title></head>
<body>
<p><i>Seul le prononcé fait foi</i></p>
<h1>Allocution de clôture du séminaire régional « Connaître la fonction publique internationale »</h1>
<dl>
<dt>Référence</dt><dd>SEM/FPI/2043/03</dd>
<dt>Lieu</dt><dd>Dakar, Centre international de conférences</dd>
<dt>Date</dt><dd>4 juillet 2043</dd>
</dl>
<p>Mesdames et Messieurs les représentants des ministères de la fonction publique,<br>
Chers étudiantes et étudiants,</p>
<p>Au terme de ces trois journées, je voudrais d'abord vous remercier. Vous avez découvert comment les
organisations internationales classent leurs postes – de la classe G-1 à la classe D-2, en passant par les
administrateurs nationaux NO-A à NO-D –, comment se fixent les traitements et pourquoi un <b>titre</b>
fonctionnel ne dit pas tout d'un poste.</p>
<p>Je le répète, car la question est revenue à chaque pause : ce séminaire n'est ni un concours ni une session
de recrutement. Aucun poste n'a été offert ici et aucun curriculum vitæ ne sera transmis. Les avis de vacance
sont publiés sur les sites des organisations, et nulle part ailleurs.</p>
<p>Les <b>exigences</b> que vous avez relevées dans les avis étudiés en atelier – diplômes, années
d'expérience, langues – sont des exigences minimales ; la sélection se fait ensuite sur les compétences.</p>
<p>Un mot pratique : la <b>date limite</b> pour remplir le questionnaire d'évaluation du séminaire est fixée au
11 juillet 2043. Les attestations de participation seront envoyées par courriel.</p>
<p>Je vous remercie de votre attention.</p>
</body></html>
""", "-")

    write("taux-de-change-operationnels-des-nations-unies-juillet.fr.txt", """SECTION DES FINANCES – BUREAU RÉGIONAL

Réf. :   FIN/TC/2043/07
Lieu :   Tous les bureaux de la région Afrique de l'Ouest et du Centre
Objet :  Taux de change opérationnels des Nations Unies applicables en juillet 2043

Les taux ci-dessous sont applicables du 1er au 31 juillet 2043 pour la comptabilisation des opérations
en monnaie locale. Ils ne modifient pas le traitement des fonctionnaires, qui reste fixé selon les barèmes
en vigueur, et la présente note ne porte sur aucun recrutement ni sur aucun poste.

  Monnaie                                   Taux (unités pour 1 USD)   Mois précédent
  Franc CFA (XOF) ........................  612,450                    609,880
  Franc CFA (XAF) ........................  612,450                    609,880
  Naira (NGN) ............................  1 684,200                  1 671,500
  Cedi (GHS) .............................  15,920                     15,840
  Franc guinéen (GNF) ....................  8 742,000                  8 735,000

EXIGENCES POUR L'ENREGISTREMENT DES OPÉRATIONS
  a) toute facture libellée en monnaie locale est convertie au taux du mois de l'opération ;
  b) les avances de traitement, indemnités journalières de subsistance et remboursements de voyage
     sont calculés au taux du jour du paiement ;
  c) le titre et la classe de l'agent certificateur (P-3 au moins, ou G-6 pour les montants
     inférieurs à 5 000 USD) figurent sur chaque pièce.

Date limite de clôture des opérations de juin : 9 juillet 2043.

Pour toute question : finances-region@example.org
""", "-")

    write("note-de-synthese-revue-a-mi-parcours-plan-cadre-de-cooperation.fr.md", """# Note de synthèse – Revue à mi-parcours du plan-cadre de coopération

*Équipe de pays des Nations Unies · Réf. : EPNU/RMP/2043/02 · Version du 3 juillet 2043*

**Lieu :** Niamey et consultations régionales (Maradi, Tahoua)  
**Titre du document :** Revue à mi-parcours du plan-cadre de coopération 2041-2045  
**Date limite des commentaires des agences :** 17 juillet 2043

## 1. Objet

La revue à mi-parcours fait le point sur les quatre effets du plan-cadre. Elle ne crée aucun poste et ne
modifie pas les effectifs des agences ; elle ne constitue ni un avis de vacance ni un appel à candidatures.

## 2. Principaux constats

- L'effet 2 (services sociaux de base) progresse, mais les ressources ne couvrent que 58 % des besoins.
- Les groupes de résultats se réunissent irrégulièrement ; la présidence tournante est assurée par des
  représentants (classe D-1) et le secrétariat par des administrateurs de programme (NO-C, P-3).
- Les **exigences** de redevabilité envers le gouvernement sont bien respectées.

## 3. Recommandations

1. Réviser la matrice de résultats avant le 30 septembre 2043.
2. Harmoniser les **traitements** des consultants nationaux entre agences.
3. Publier le rapport annuel conjoint avec un **titre** commun.

> « La revue n'est pas un audit : elle sert à ajuster le cap. » – Coordonnatrice résidente

*Document interne – diffusion restreinte aux membres de l'équipe de pays.*
""", "-")
