"""Six non-notices (3 EN, 3 FR) of the UN / international-organisation world."""
from common import *


def nonnotices():
    write("tribute-to-a-former-staff-member-staff-news.en.txt", """STAFF NEWS · Regional Service Centre · Issue 41/19 · 2 October 2041

IN MEMORIAM

Tribute to a former colleague: Mr. Tomasz Wielgosz (1968–2041)

It is with deep sadness that we share the news that our former colleague Tomasz Wielgosz passed away on
24 September 2041 in Kraków, surrounded by his family.

Tomasz joined the Organization in 1996 as a Finance Assistant (G-5) in the Budget Section in Geneva. His career
then took him to field missions in Kosovo, Liberia and Timor-Leste, where he served as Chief Finance Officer at the
P-4 level. In 2019 he became Chief of the Financial Resources Management Service (D-1) at the Regional Service
Centre, a title he held until his retirement in 2033.

Colleagues remember a manager who answered every e-mail, who knew the salary scales and allowance rules by heart,
and who would explain post adjustment to a new intern with the same patience he showed to a Director. Many of the
finance staff now serving at this duty station were recruited or mentored by him; his requirements for a clean
reconciliation became a house standard.

Location of the memorial: Conference Room 3, Regional Service Centre, Entebbe
Date of the memorial: Thursday, 9 October 2041, 16:00
Book of condolences: open at the main reception until 10 October 2041, and online (reference RSC/SN/2041/112)

The family has asked that, instead of flowers, colleagues make a donation to the staff welfare fund.

Please note that no post is being advertised or filled in connection with this announcement. Questions about the
memorial may be addressed to the Staff Council office, extension 4471.

May he rest in peace.

— The Staff Council and the Office of the Director, Regional Service Centre
""", "-")

    write("un-day-open-house-programme-regional-hub.en.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>UN Day 2041 – Open House programme</title></head>
<body>
<header><p>United Nations House, Regional Hub · Staff Intranet</p><nav>Home · News · Services · Events · Directory</nav></header>
<h1>UN Day 2041: Open House and Staff Recognition</h1>
<table>
<tr><th>Reference</th><td>UNH/EVT/2041/24</td></tr>
<tr><th>Location</th><td>United Nations House, main courtyard and Hall B</td></tr>
<tr><th>Date</th><td>Friday, 24 October 2041, 09:30–15:00</td></tr>
<tr><th>Deadline to register school groups</th><td>10 October 2041</td></tr>
<tr><th>Title of the day</th><td>“Eighty-six years of working together”</td></tr>
</table>
<h2>Programme</h2>
<ol>
<li>09:30 Flag-raising and words of welcome by the Resident Coordinator</li>
<li>10:00 Agency stands: each fund, programme and specialized agency presents its work</li>
<li>11:30 Panel “Careers in international service” with a P-2 Associate Officer, a G-6 Senior Assistant and a
national officer (NO-C), moderated by the Human Resources focal point</li>
<li>13:00 Lunch from the staff cooperative</li>
<li>14:00 Staff recognition awards and closing</li>
</ol>
<h2>Requirements for visitors</h2>
<ul>
<li>Valid identity document, shown at the gate.</li>
<li>School groups must register by the deadline, with the name and title of the accompanying teacher.</li>
<li>No bags larger than 30 x 40 cm.</li>
</ul>
<p>The careers panel is for information only. It is not a recruitment event: no vacancies will be announced and no
applications, CVs or salary questions will be handled on the day. Current vacancies are published only on the
official careers sites of each organization.</p>
<p>Staff volunteers for the stands should contact the UN Day committee by 6 October 2041.</p>
<footer>UN House Regional Hub · Common Services · Internal use</footer>
</body></html>
""", "-")

    write("gender-parity-dashboard-quarterly-staffing-statistics.en.md", """# Gender parity dashboard – quarterly staffing statistics

**Reference:** GPD/Q3/2041  
**Entity:** Regional Commission secretariat  
**Location:** all duty stations of the Commission  
**Period covered:** 1 July – 30 September 2041  
**Deadline for corrections by offices:** 17 October 2041

> This dashboard reports on the composition of the staff. It does not announce vacancies, and the grades and
> titles below describe posts that are already encumbered.

## 1. Headline figures

| Category | Women | Men | Parity reached? |
|---|---|---|---|
| D-1 and above | 9 | 12 | No |
| P-5 | 21 | 24 | Within 47–53 % |
| P-3 and P-4 | 88 | 79 | Yes |
| National Professional Officers (NO-A to NO-D) | 34 | 41 | No |
| General Service (G-1 to G-7) | 203 | 166 | n/a |

## 2. Recruitment in the quarter

Twenty-seven selections were made, of which fifteen women. The title most often filled was “Associate Programme
Management Officer”. Average time from posting to selection: 168 days.

## 3. Requirements for offices

1. Check the figures for your office and send corrections by the deadline above.
2. Provide the title and grade of each temporary appointment not yet recorded.
3. Explain any selection at D-1 level that did not follow the special measures.

## 4. Note on salaries

Salary data are not part of this dashboard. Questions on salary scales should be addressed to the Payroll Unit.

*Prepared by the Human Resources Management Section. Next issue: January 2042.*
""", "-")

    write("note-de-presentation-candidature-election-organe-conventionnel.fr.html", """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Candidature au Comité – note de présentation</title></head>
<body>
<p>MISSION PERMANENTE DE LA RÉPUBLIQUE DE SAOMÉRIE AUPRÈS DE L'OFFICE DES NATIONS UNIES À GENÈVE</p>
<p>Réf. : MP/GE/2041/388 — Genève, le 30 septembre 2041</p>
<h1>Note de présentation de la candidature de Mme Aïssatou Ndiaye-Berthier au Comité pour l'élimination de la discrimination à l'égard des femmes</h1>
<dl>
<dt>Titre</dt><dd>Professeure de droit public, Université de Saint-Amance</dd>
<dt>Lieu de l'élection</dt><dd>Siège de l'Organisation des Nations Unies, New York</dd>
<dt>Date de l'élection</dt><dd>Réunion des États parties, 18 novembre 2041</dd>
<dt>Date limite de présentation des candidatures</dt><dd>15 octobre 2041</dd>
</dl>
<h2>Exigences de la Convention</h2>
<p>Les membres du Comité sont des experts d'une haute autorité morale et éminemment compétents dans le domaine
couvert par la Convention ; ils siègent à titre personnel. La candidate remplit ces exigences :</p>
<ul>
<li>vingt-deux années d'enseignement et de recherche en droits humains ;</li>
<li>ancienne conseillère juridique (P-4) au sein d'une organisation internationale, de 2019 à 2026 ;</li>
<li>maîtrise du français, de l'anglais et de l'espagnol.</li>
</ul>
<h2>Précisions</h2>
<p>Les membres du Comité ne perçoivent aucun traitement ; seuls les frais de voyage et une indemnité journalière
de subsistance sont pris en charge pendant les sessions. Il ne s'agit ni d'un poste ni d'un avis de vacance :
la présente note vise à obtenir le soutien des États parties à cette candidature.</p>
<p>La Mission permanente saisit cette occasion pour renouveler aux Missions permanentes les assurances de sa
très haute considération.</p>
</body></html>
""", "-")

    write("circulaire-cloture-des-comptes-fin-d-exercice-2041.fr.txt", """BUREAU RÉGIONAL POUR L'AFRIQUE DE L'OUEST ET DU CENTRE
Section des finances

CIRCULAIRE
Réf. : BR/FIN/CIRC/2041/07                                    Dakar, le 1er octobre 2041
Objet : Clôture des comptes de l'exercice 2041
Lieu : tous les bureaux de pays rattachés au Bureau régional

1. La présente circulaire fixe le calendrier et les exigences applicables à la clôture des comptes de
l'exercice 2041. Elle ne concerne ni le recrutement ni la gestion des postes.

2. CALENDRIER
   Date limite de saisie des engagements ..................... 31 octobre 2041
   Date limite d'approbation des bons de commande ............. 14 novembre 2041
   Dernière paie de l'exercice (traitements de décembre) ...... 19 décembre 2041
   Date limite de transmission des états de rapprochement .... 12 janvier 2042

3. EXIGENCES
   a) Toute avance de voyage non justifiée au 30 novembre sera recouvrée sur le traitement du fonctionnaire.
   b) Les engagements sans pièce justificative seront annulés.
   c) Chaque bureau désigne un point focal (titre et classe à indiquer : au minimum G-6 ou NO-A).

4. RESPONSABILITÉS
   Le Chef des finances (P-4) du Bureau régional valide les rapprochements ; les assistants aux finances (G-5)
   des bureaux de pays préparent les pièces.

5. Les questions sont à adresser à la Section des finances, poste 2218.

Le Directeur régional adjoint (D-1), Opérations
""", "-")

    write("releve-des-conclusions-retraite-annuelle-equipe-pays.fr.md", """# Relevé des conclusions – retraite annuelle de l'équipe de pays des Nations Unies

**Référence :** EPNU/RET/2041  
**Lieu :** Hôtel du Lac, Kribi  
**Dates :** 22 et 23 septembre 2041  
**Participants :** chefs d'agence (classes P-5 à D-2), chargés de programme (NO-C) et assistants (G-6) désignés

## 1. Conclusions

1. Le plan de travail conjoint 2042 sera finalisé au plus tard le **31 octobre 2041** (date limite pour les
   contributions des agences).
2. Les groupes de résultats adopteront un titre commun pour chaque produit du plan-cadre de coopération.
3. Le groupe des opérations présentera une étude sur les locaux communs ; aucune création de poste n'est
   envisagée à ce stade.

## 2. Exigences retenues pour les rapports annuels

- un rapport unique par groupe de résultats ;
- des données ventilées par sexe et par région ;
- une annexe sur les ressources mobilisées (USD).

## 3. Points divers

Le Coordonnateur résident a rappelé que la question des traitements du personnel recruté localement relève de
l'enquête sur les conditions d'emploi, dont les résultats sont attendus en décembre. Le bureau du Coordonnateur
résident (D-1) diffusera le relevé final.

> Ce document est un relevé des conclusions d'une réunion interne. Il ne constitue ni un avis de vacance de poste
> ni un appel à candidatures.
""", "-")
