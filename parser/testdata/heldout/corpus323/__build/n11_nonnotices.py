from common import *


def build():
    # 1 EN html: Inter-Agency Games registration and eligibility rules
    write("inter-agency-games-team-registration-and-eligibility-rules.en.html", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inter-Agency Games 2045 – Team registration and eligibility rules</title></head>
<body>
<nav><a href="#">Staff Association</a> · <a href="#">Sports clubs</a> · <a href="#">Inter-Agency Games</a></nav>
<h1>Inter-Agency Games 2045 – Team registration and eligibility rules</h1>
<table>
<tr><th>Reference</th><td>SA/SPORT/IAG/2045/01</td></tr>
<tr><th>Title of the event</th><td>41st Inter-Agency Games</td></tr>
<tr><th>Location</th><td>Hammamet, Tunisia (hotel complex to be confirmed)</td></tr>
<tr><th>Dates</th><td>30 April – 4 May 2045</td></tr>
<tr><th>Deadline for team registration</th><td>19 September 2044</td></tr>
</table>
<p>This page explains how colleagues can join the delegation of our duty station at the next Inter-Agency Games. It does not concern recruitment, posts or contracts of any kind, and taking part has no effect on a participant's title, grade or career.</p>
<h2>Eligibility requirements</h2>
<ol>
<li>Participants must hold a valid contract with a United Nations system organization on the dates of the Games; staff of all categories (G-1 to D-2, NO-A to NO-D) are welcome.</li>
<li>Retirees may take part if they are members of the association of former staff.</li>
<li>Consultants and interns may take part only as supporters, not as athletes.</li>
</ol>
<h2>Fees and leave</h2>
<p>The package costs EUR 690 per person (four nights, meals and transfers) and is not subsidised from any salary or allowance. Participants take annual leave; the Games are not official travel.</p>
<h2>Disciplines</h2>
<p>Football, volleyball, chess, table tennis, athletics, padel and a 5 km fun run. Team captains send the list of players, with each player's functional title and organization, by the deadline above.</p>
<p>Questions: sports committee, office 2.114, Tuesdays 12:30–13:30.</p>
<footer>Staff Association sports committee · This is not a job posting.</footer>
</body></html>
""", "-", "html")

    # 2 EN txt: management response to an evaluation
    write("management-response-to-independent-country-programme-evaluation.en.txt", """MANAGEMENT RESPONSE
Independent Country Programme Evaluation – Mozambique (2039–2043)

Ref.:        EO/ICPE/MOZ/2044/MR
Location:    Country Office, Maputo
Title:       Management response and key actions
Date:        29 August 2044

The Country Office welcomes the evaluation and accepts five of its six recommendations. This document
tracks the key actions agreed by management. It is not a vacancy announcement and does not create or
advertise any post.

RECOMMENDATION 1 – Strengthen results-based monitoring
Management response: Accepted.
Key action 1.1: Review the monitoring and evaluation requirements of all projects.
  Responsible unit: Programme Management Support Unit (P-4 and NO-C already in post)
  Deadline: 30 September 2044
Key action 1.2: Publish a results dashboard for donors. Deadline: 15 December 2044.

RECOMMENDATION 2 – Rebalance the portfolio towards northern provinces
Management response: Partially accepted. Office space in Nampula is limited; the existing field team
(one NO-B and two G-5 staff) will be reinforced through a partner agreement, not through new staff.

RECOMMENDATION 3 – Reduce transaction costs
Management response: Accepted. Salary costs account for 31 per cent of expenditure; the office will
compare its staffing ratios with two similar offices.
  Deadline: 31 January 2045

RECOMMENDATION 4 – Requirements for implementing partners
Management response: Accepted. Requirements for audits and spot checks will be harmonised with the
other agencies of the country team.

Status of implementation will be reported in the evaluation tracking system every quarter.
Approved by: Resident Representative
""", "-", "txt")

    # 3 EN md: ergonomic workstation assessment procedure
    write("ergonomic-workstation-assessment-request-procedure-headquarters.en.md", """# Ergonomic workstation assessment – how to request one

*Medical and Occupational Safety Service · Information circular · Ref. MOSS/IC/2044/09*

**Location:** Headquarters, all buildings  
**Title of the service:** Individual ergonomic assessment  
**Deadline to book the autumn round:** 23 September 2044

This circular tells staff how to ask for an ergonomic assessment of their workstation. It is not a vacancy, does not concern any post and has no link with salary or grade.

## Who can ask

- Staff members of every category, from G-2 to D-2, and National Officers on mission to headquarters;
- consultants and interns with a badge valid for at least three months.

## Requirements before the visit

1. Complete the online self-check (about ten minutes).
2. Attach a medical certificate only if you ask for special equipment such as a sit-stand desk.
3. Make sure your supervisor, identified by functional title, knows the date of the visit.

## What happens next

An occupational therapist visits your office within three weeks. Equipment is ordered centrally; the cost is not deducted from your salary.

> "Most problems are solved by adjusting the chair and the screen height." – Occupational Safety Officer (P-3)

Questions: moss-ergonomics@hq.example
""", "-", "md")

    # 4 FR txt: message de condoléances
    write("message-de-condoleances-deces-d-un-collegue-bureau-de-pays.fr.txt", """MESSAGE À L'ENSEMBLE DU PERSONNEL

Réf. :   BP-NE/DIR/2044/031
Lieu :   Bureau de pays, Niamey
Objet :  Décès de notre collègue Moussa Harouna Idé

Chères et chers collègues,

C'est avec une profonde tristesse que je vous informe du décès de notre collègue Moussa Harouna Idé,
survenu le 27 août 2044 à Niamey, des suites d'une longue maladie.

Moussa avait rejoint l'organisation en 2019 comme chauffeur (G-3), avant d'occuper le poste d'assistant
logistique (G-5) puis, depuis 2038, celui d'associé principal à la logistique (G-7). Son titre ne disait
pas tout : pendant vingt-cinq ans, il a formé des dizaines de collègues et connaissait chaque piste de
la région de Tillabéri.

Ce message n'annonce aucune vacance de poste ni aucun recrutement. Les fonctions de Moussa sont assurées
à titre intérimaire par l'équipe logistique existante.

Une cérémonie de recueillement aura lieu le 3 septembre 2044 à 10 h dans la cour du bureau. Un livre de
condoléances est ouvert à la réception jusqu'au 12 septembre 2044.

Exigences pratiques pour la cérémonie :
  a) confirmer votre présence auprès de l'assistante administrative avant le 1er septembre 2044 ;
  b) les collègues des sous-bureaux de Diffa et de Maradi se connecteront par vidéoconférence ;
  c) une collecte volontaire est organisée au profit de la famille ; aucune retenue sur traitement ne
     sera effectuée sans accord écrit.

Le service du personnel accompagne la famille pour les prestations de la Caisse des pensions.

Que son âme repose en paix.

La Représentante
""", "-", "txt")

    # 5 FR html: protocole d'accord sur les services communs de transport
    write("protocole-d-accord-entre-agences-services-communs-de-transport.fr.html", """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Protocole d'accord – Services communs de transport</title></head>
<body>
<h1>Protocole d'accord entre agences relatif aux services communs de transport</h1>
<dl>
<dt>Référence</dt><dd>OMT/SC/TRANSPORT/2044/02</dd>
<dt>Titre du document</dt><dd>Protocole d'accord sur la navette inter-agences</dd>
<dt>Lieu</dt><dd>Maison commune des Nations Unies, Ouagadougou</dd>
<dt>Date limite de signature</dt><dd>24 septembre 2044</dd>
</dl>
<p>Le présent protocole fixe les règles de la navette commune qui relie chaque matin les quartiers résidentiels à la Maison commune. Il ne s'agit ni d'un avis de vacance ni d'un appel à candidatures : les chauffeurs (G-2 et G-3) et le superviseur du parc (G-5) sont déjà en poste et restent employés par leur agence d'origine.</p>
<h2>Article 1 – Partage des coûts</h2>
<p>Les coûts (carburant, entretien, assurance, traitements des chauffeurs) sont répartis au prorata du nombre d'usagers de chaque agence, sur la base d'un coût annuel estimé à 86 400 000 FCFA.</p>
<h2>Article 2 – Exigences de sécurité</h2>
<ol>
<li>Les véhicules respectent les normes de sécurité minimales opérationnelles ;</li>
<li>les passagers présentent leur carte d'identification ONU ;</li>
<li>aucun passager non autorisé n'est admis.</li>
</ol>
<h2>Article 3 – Gouvernance</h2>
<p>Le comité de gestion des opérations, présidé par un fonctionnaire de classe P-4, examine chaque trimestre la qualité du service. Chaque agence désigne un point focal dont elle communique le titre et la classe.</p>
<p>Fait à Ouagadougou, en six exemplaires originaux.</p>
</body></html>
""", "-", "html")

    # 6 FR md: capitalisation des leçons apprises
    write("capitalisation-des-lecons-apprises-reponse-humanitaire-inondations.fr.md", """# Capitalisation des leçons apprises – réponse aux inondations de la saison des pluies 2044

*Équipe humanitaire pays · Note de capitalisation · Réf. EHP/CAP/2044/03*

**Lieu :** régions de Mopti et de Ségou  
**Titre de l'atelier :** Atelier de capitalisation inter-agences  
**Date limite des contributions écrites :** 20 septembre 2044

Cette note résume les enseignements tirés de la réponse aux inondations de juillet et d'août 2044. Elle ne constitue ni un avis de vacance ni un appel à candidatures et ne porte sur aucun poste.

## Ce qui a fonctionné

- Le prépositionnement de stocks à Mopti a permis de distribuer des kits en moins de 72 heures ;
- les équipes mixtes (un administrateur de classe P-3, deux administrateurs nationaux NO-B et des assistants G-5 déjà en poste) ont couvert douze communes.

## Ce qui doit être amélioré

1. Les exigences de rapportage des partenaires étaient trop lourdes ;
2. le paiement des indemnités aux volontaires a pris du retard, sans lien avec le traitement du personnel ;
3. les titres des rapports de situation variaient d'une agence à l'autre.

## Prochaines étapes

Les agences transmettent leurs contributions avant la date limite. La version finale sera présentée à l'équipe de pays le 8 octobre 2044.

> « Anticiper coûte moins cher que réagir. » — Coordonnateur humanitaire
""", "-", "md")
