from lib import *
KEY = "4217"; REF = "4217"
T = {"en": "Senior Trade Policy Expert – Rules of Origin", "fr": "Expert principal en politique commerciale – Règles d'origine"}
O = {"en": "AfCFTA Secretariat", "fr": "Secrétariat de la ZLECAf"}
L = {"en": "Accra, Ghana", "fr": "Accra, Ghana"}
ESS = {"en": [
 "Master's degree in international trade, economics, customs administration, international law or a related discipline with at least seven (7) years of relevant experience, of which three (3) at expert level.",
 "Proven experience in the negotiation or implementation of preferential rules of origin in a regional or bilateral trade agreement.",
 "Good knowledge of the Harmonized System and of customs procedures for certificates of origin.",
 "Proficiency in one of the AU working languages (Arabic, English, French, Kiswahili, Portuguese, Spanish).",
], "fr": [
 "Master en commerce international, économie, administration des douanes, droit international ou discipline connexe, avec au moins sept (7) années d'expérience pertinente, dont trois (3) au niveau d'expert.",
 "Expérience avérée de la négociation ou de la mise en œuvre de règles d'origine préférentielles dans un accord commercial régional ou bilatéral.",
 "Bonne connaissance du Système harmonisé et des procédures douanières relatives aux certificats d'origine.",
 "Maîtrise de l'une des langues de travail de l'UA (anglais, arabe, espagnol, français, kiswahili, portugais).",
]}
DES = {"en": [
 "Experience in a customs administration or a Regional Economic Community secretariat.",
 "Fluency in another AU working language.",
], "fr": [
 "Expérience au sein d'une administration douanière ou du secrétariat d'une Communauté économique régionale.",
 "Maîtrise d'une autre langue de travail de l'UA.",
]}
CN = {"en": ["Building Relationships", "Foster Accountability Culture", "Learning Orientation", "Communicating with impact",
             "Conceptual Thinking", "Job Knowledge Sharing", "Drive for Results", "Continuous Improvement Focus"],
      "fr": ["Établir des relations", "Favoriser une culture de responsabilité", "Orientation vers l'apprentissage", "Communiquer avec impact",
             "Réflexion conceptuelle", "Partage des connaissances professionnelles", "Recherche de résultats", "Souci d'amélioration continue"]}
COMP = {l: [(n, "") for n in CN[l]] for l in CN}
EXP(KEY, REF, ["en", "fr"], T, O, L, {}, "2027-02-08", SAL(amount=50746, cur="USD", period="year"), "P3", ESS, DES, COMP)
DUT = {"en": [
 "Support the Committee on Rules of Origin in finalising the outstanding product-specific rules;",
 "Prepare technical notes and comparative studies on the origin regimes of the Regional Economic Communities;",
 "Assist State Parties in the design of their national origin certification and verification procedures;",
 "Develop training modules for customs officers and traders on the AfCFTA rules of origin;",
 "Contribute to the monitoring of the utilisation of AfCFTA preferences and to the annual implementation report.",
], "fr": [
 "Appuyer le Comité des règles d'origine dans la finalisation des règles spécifiques par produit en suspens ;",
 "Préparer des notes techniques et des études comparatives sur les régimes d'origine des Communautés économiques régionales ;",
 "Aider les États parties à concevoir leurs procédures nationales de certification et de vérification de l'origine ;",
 "Élaborer des modules de formation à l'intention des agents des douanes et des opérateurs sur les règles d'origine de la ZLECAf ;",
 "Contribuer au suivi de l'utilisation des préférences de la ZLECAf et au rapport annuel de mise en œuvre.",
]}
txt = """From: Trade Desk – Ministry of Trade and Industry <tradedesk@example.gov>
To: national-afcfta-committee@example.gov
Cc: customs-policy@example.gov
Date: Thu, 17 Dec 2026 09:42:18 +0000
Subject: FW: AfCFTA Secretariat – Vacancy: Senior Trade Policy Expert – Rules of Origin (P3) / Avis de vacance
Attachments: AfCFTA_VA_4217_EN_FR.pdf (212 KB)

Dear colleagues,

Please find below, for your information and wide circulation, a vacancy announcement received from the AfCFTA Secretariat. Interested officers should apply directly through the online portal indicated; the Ministry does not collect applications. Kindly note the deadline.

Best regards,
Trade Desk

-------- Forwarded Message --------
Subject: Vacancy Announcement / Avis de vacance – Requisition ID 4217
Date: Wed, 16 Dec 2026 16:05:51 +0000
From: AfCFTA Human Resources <recruitment@example.org>

Dear Sir/Madam,

The AfCFTA Secretariat would be grateful if you could share the attached vacancy announcement with qualified nationals of your country. The text is reproduced below in English and French.

=====================================================================
VACANCY ANNOUNCEMENT
=====================================================================

Job Title: %(ten)s
Requisition ID: %(ref)s
Location: %(len)s
Reports to: Head, Rules of Origin Division
Directorate/Department: Directorate of Trade in Goods and Competition
Number of Direct Reports: 0
Job Grade: P3
Contract Type: Fixed Term

Purpose of Job
To provide technical expertise to the Secretariat and to State Parties on the negotiation, interpretation and implementation of the rules of origin of the Agreement Establishing the African Continental Free Trade Area.

Main Functions
%(den)s

Academic Requirements and Relevant Experience
%(een)s

Added advantage
%(aen)s

Leadership and Core Competencies
%(cen1)s

Functional Competencies
%(cen2)s

Tenure of Appointment
The appointment will be made on a regular fixed-term contract for a period of three (3) years, of which the first twelve months shall be considered a probationary period.

Remuneration
Indicative basic salary of US$ 50,746.00 (P3 Step 1) per annum plus other related entitlements e.g. Post adjustment (48%% of basic salary), Housing allowance US$ 26,208.00 per annum, and education allowance (100%% of tuition and other education-related expenses for every eligible dependent up to a maximum of US$ 10,000.00 per child per annum), for internationally recruited staff.

Applications must be made through the AU e-recruitment portal no later than 8 February 2027, 23:59 Accra time. Only candidates who have been selected for interviews will be contacted. Female candidates are strongly encouraged to apply.

=====================================================================
AVIS DE VACANCE
=====================================================================

Intitulé du poste : %(tfr)s
Numéro de réquisition : %(ref)s
Lieu d'affectation : %(lfr)s
Supérieur hiérarchique : Chef de la Division des règles d'origine
Direction/Département : Direction du commerce des marchandises et de la concurrence
Nombre de subordonnés directs : 0
Grade : P3
Type de contrat : Durée déterminée

Objectif du poste
Apporter une expertise technique au Secrétariat et aux États parties pour la négociation, l'interprétation et la mise en œuvre des règles d'origine de l'Accord portant création de la Zone de libre-échange continentale africaine.

Fonctions principales
%(dfr)s

Formation et expérience professionnelle requises
%(efr)s

Constitue un atout
%(afr)s

Compétences de leadership et compétences de base
%(cfr1)s

Compétences fonctionnelles
%(cfr2)s

Durée de l'engagement
L'engagement est fait sur la base d'un contrat à durée déterminée de trois (3) ans, dont les douze premiers mois constituent une période probatoire.

Rémunération
Salaire de base indicatif de 50 746,00 dollars EU (P3 échelon 1) par an, plus les autres indemnités liées au poste, par exemple l'indemnité de poste (48 %% du salaire de base), l'indemnité de logement de 26 208,00 dollars EU par an et l'indemnité pour frais d'études, pour le personnel recruté sur le plan international.

Date limite de dépôt des candidatures : 8 février 2027, 23 h 59, heure d'Accra. Seuls les candidats retenus pour un entretien seront contactés. Les candidatures féminines sont vivement encouragées.

--
AfCFTA Secretariat | Secrétariat de la ZLECAf
Africa Trade House, Ridge, Accra, Ghana
This e-mail and any attachment are confidential and intended solely for the addressee.
""" % dict(ref=REF, ten=T["en"], tfr=T["fr"], len=L["en"], lfr=L["fr"],
           den="\n".join("- " + x for x in DUT["en"]), dfr="\n".join("- " + x for x in DUT["fr"]),
           een="\n".join("- " + x for x in ESS["en"]), efr="\n".join("- " + x for x in ESS["fr"]),
           aen="\n".join("- " + x for x in DES["en"]), afr="\n".join("- " + x for x in DES["fr"]),
           cen1="\n".join("- " + x for x in CN["en"][:4]), cen2="\n".join("- " + x for x in CN["en"][4:]),
           cfr1="\n".join("- " + x for x in CN["fr"][:4]), cfr2="\n".join("- " + x for x in CN["fr"][4:]))
W("4217-afcfta-email.txt", txt)
