from common import *

KT = """**UNITED NATIONS — OFFICE OF HUMAN RESOURCES**\\
*Assessment preparation series*

# Sample questions for the written knowledge test: Procurement Officer, P-3

**Reference:** OHR/ASSESS/2039/SQ-17\\
**Applies to:** job openings for Procurement Officer, P-3, in any duty station\\
**Location of the test:** online, proctored from the candidate's own location\\
**Deadline to confirm participation:** within 48 hours of the invitation (for the June 2039 series, by 12 June 2039)

> This document contains **practice questions only**. It is not a job opening, does not announce any post and cannot
> be used to apply. Open positions are published on the careers portal, each with its own title, duty station,
> deadline and requirements.

## 1. Technical requirements for the test

1. A computer with a webcam, microphone and a stable internet connection of at least 5 Mbps.
2. A quiet room; no other person may be present.
3. A valid photo identification document to be shown to the proctor.

## 2. Sample questions

**Question 1 (requirements definition).** A requisitioner in Juba asks you to buy 40 generators "as soon as possible"
and sends a one-line description. List the information you need before you can issue a solicitation, and explain how
you would write the statement of requirements.

**Question 2 (evaluation).** Three offers were received for security guard services. The lowest offer pays guards a
monthly salary below the national minimum wage. Explain how you would treat this offer and which rule applies.

**Question 3 (contract management).** A vendor's delivery is four weeks late and the deadline in the purchase order has
passed. Draft a short e-mail to the vendor and list the remedies available under the General Conditions of Contract.

## 3. How answers are marked

| Criterion | Weight |
|---|---|
| Accuracy of the technical content | 50% |
| Structure and clarity of writing | 30% |
| Use of the time available | 20% |

Candidates who reach the pass mark are invited to a competency-based interview. The grade (P-3), title and duty
station of any post are those of the job opening to which the candidate applied; this sample does not change them.
"""


def doa():
    return """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Instrument of delegation of authority — human resources</title></head><body>
<header>UNITED NATIONS SECRETARIAT · Delegation of Authority Portal</header>
<h1>Instrument of delegation of authority in human resources management</h1>
<table>
<tr><th>Reference</th><td>DOA/HR/2039/114</td></tr>
<tr><th>Delegator</th><td>Under-Secretary-General for Management Strategy, Policy and Compliance</td></tr>
<tr><th>Delegate</th><td>Head of Entity, Office of the Special Envoy (field-based)</td></tr>
<tr><th>Location of the entity</th><td>Amman, Jordan, with presences in Aden and Sana'a</td></tr>
<tr><th>Effective date</th><td>1 June 2039</td></tr>
<tr><th>Deadline for sub-delegation notice</th><td>30 June 2039</td></tr>
</table>
<h2>1. Authority delegated</h2>
<ol>
<li>Selection of candidates for posts up to and including the P-5 level and for all General Service and National Professional Officer posts (G-1 to G-7, NO-A to NO-D), following publication of a job opening.</li>
<li>Approval of temporary appointments of less than one year for staff up to the D-1 level.</li>
<li>Approval of salary advances, special post allowance up to six months and overtime within budget.</li>
</ol>
<h2>2. Requirements for exercising the authority</h2>
<ul>
<li>The delegate must complete the mandatory training on delegation of authority before 30 June 2039.</li>
<li>Decisions must be recorded in the enterprise system and are subject to monitoring against the key performance indicators.</li>
<li>Authority may be sub-delegated only in writing, to a staff member at the P-4 level or above.</li>
</ul>
<h2>3. Limits</h2>
<p>This instrument does not create, classify or advertise any post, and it is not a vacancy announcement. Recruitment under this authority is carried out only through job openings published on the careers portal.</p>
<p><small>Signed electronically on 27 May 2039. Monitoring reports are due quarterly.</small></p>
</body></html>
"""


PIPE = """UNITED NATIONS POPULATION AND DEVELOPMENT PROGRAMME — COUNTRY OFFICE
RECRUITMENT PIPELINE FORECAST, JULY 2039 – JUNE 2040            Ref.: CO/HR/FC/2039-02
Prepared by: Operations Manager          Location: country office and two sub-offices
Status: INTERNAL PLANNING DOCUMENT — NOT A VACANCY ANNOUNCEMENT

Purpose
  This forecast lists the recruitments the office expects to launch over the next twelve
  months so that the budget, the classification requests and the assessment panels can be
  prepared in time. None of these posts is open. Each will be advertised separately, with its
  own job title, requirements, salary and deadline, once funding is confirmed.

Forecast
  No.  Functional title (provisional)       Grade  Location        Planned advert  Funding
  ---  -----------------------------------  -----  --------------  --------------  ---------
  1    Programme Analyst (Youth)            NO-B   Capital         Sep 2039        Core
  2    Finance Associate                    G-6    Capital         Oct 2039        Core
  3    Field Coordinator                    NO-C   Sub-office A    Jan 2040        Donor (TBC)
  4    Driver                               G-2    Sub-office B    Feb 2040        Project
  5    Deputy Representative                P-4    Capital         Mar 2040        Core

Requirements before advertising
  a) Classification of posts 3 and 5 by the regional HR hub (deadline for requests: 15 June 2039).
  b) Confirmation of donor funding for post 3.
  c) Updated salary scale for national staff (expected August 2039).

Timeline
  15 June 2039 ........ classification requests submitted
  30 June 2039 ........ forecast reviewed by the Representative
  July 2039 ........... first assessment panels trained

Questions to the Operations Manager. Please do not circulate outside the office and do not
send applications: there is nothing to apply for yet.
"""

NV = """MISSION PERMANENTE DE LA RÉPUBLIQUE DU [ÉTAT] AUPRÈS DE L'OFFICE DES NATIONS UNIES À GENÈVE

Réf. : NV/ONU/2039/0488

NOTE VERBALE

Le Secrétariat du Comité d'experts sur les droits des travailleurs migrants présente ses compliments
aux États parties à la Convention et a l'honneur de les informer que la douzième réunion des États
parties se tiendra au Palais des Nations, à Genève, le 9 septembre 2039, en vue de l'élection de
cinq membres du Comité, dont le mandat commencera le 1er janvier 2040.

Lieu de la réunion : Palais des Nations, Genève (Suisse)
Date limite de présentation des candidatures : 20 juin 2039

Conformément à la Convention, les membres du Comité sont des experts indépendants siégeant à titre
personnel. Ils ne sont ni des fonctionnaires ni des consultants de l'Organisation des Nations Unies
et ne perçoivent aucun traitement ; seuls leurs frais de voyage et une indemnité journalière de
subsistance sont pris en charge pendant les sessions. La présente note ne constitue pas un avis de
vacance de poste et n'ouvre aucun recrutement.

EXIGENCES RELATIVES AUX CANDIDATURES
  1. Les candidat(e)s doivent être des ressortissant(e)s de l'État partie qui les présente.
  2. Ils ou elles doivent posséder une haute moralité et une compétence reconnue dans le domaine
     couvert par la Convention.
  3. Chaque candidature est accompagnée d'un curriculum vitae d'au plus 600 mots, en anglais,
     en espagnol ou en français.

Les candidatures doivent parvenir au Secrétariat, par la voie diplomatique, au plus tard le
20 juin 2039. La liste des candidat(e)s sera diffusée le 10 juillet 2039.

Le Secrétariat saisit cette occasion pour renouveler aux États parties les assurances de sa très
haute considération.

Genève, le 26 mai 2039
"""

AUDIT = """**BUREAU DES SERVICES DE CONTRÔLE INTERNE — DIVISION DE L'AUDIT INTERNE**

# Audit du processus de recrutement au Bureau régional pour l'Afrique de l'Ouest et du Centre

**Référence :** Rapport 2039/041\\
**Lieu :** Dakar (Sénégal)\\
**Période couverte :** 1er janvier 2037 – 31 décembre 2038\\
**Date limite de réponse de la direction :** 19 juin 2039

> Le présent rapport porte sur la manière dont le Bureau a recruté son personnel. Il ne constitue pas un
> avis de vacance et ne propose aucun poste.

## 1. Objectif et étendue

L'audit visait à déterminer si les recrutements étaient conformes aux règles applicables. L'équipe a examiné
42 dossiers de sélection : 11 postes d'administrateur (P-2 à P-4), 19 postes d'agent des services généraux
(G-4 à G-7) et 12 postes d'administrateur recruté sur le plan national (NO-A à NO-C).

## 2. Principales constatations

| Constatation | Dossiers concernés |
|---|---|
| Avis de vacance publié moins de 15 jours avant la date limite de candidature | 7 |
| Exigences de l'avis de vacance modifiées après la publication | 3 |
| Test écrit corrigé sans grille de notation | 5 |
| Délai moyen entre la date limite et la sélection | 143 jours |

## 3. Recommandations

1. Publier chaque avis de vacance au moins 30 jours avant la date limite.
2. Ne pas modifier les exigences d'un avis de vacance après sa publication sans le republier.
3. Fixer le traitement de départ des candidats retenus selon le barème en vigueur et documenter tout échelon supérieur.

## 4. Réponse de la direction

La direction a accepté les trois recommandations et s'est engagée à les mettre en œuvre d'ici au 31 décembre 2039.
"""


def stag():
    return """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fiche d'évaluation du stagiaire</title></head><body>
<p><b>CENTRE RÉGIONAL DES NATIONS UNIES</b> — Section des ressources humaines</p>
<h1>Fiche d'évaluation du (de la) stagiaire</h1>
<p>À remplir par le (la) superviseur(e) à la fin du stage et à renvoyer aux ressources humaines.</p>
<dl>
<dt>Référence du dossier</dt><dd>RH/STG/2039/027</dd>
<dt>Intitulé du stage</dt><dd>Stage – Communication et sensibilisation</dd>
<dt>Lieu</dt><dd>Lomé (Togo)</dd>
<dt>Période du stage</dt><dd>du 3 janvier au 30 juin 2039</dd>
<dt>Date limite de retour de la fiche</dt><dd>15 juin 2039</dd>
</dl>
<h2>1. Appréciation des compétences</h2>
<table border="1">
<tr><th>Compétence</th><th>Insuffisant</th><th>Satisfaisant</th><th>Très bien</th></tr>
<tr><td>Communication : rédige des textes clairs et adaptés au public</td><td></td><td></td><td>X</td></tr>
<tr><td>Travail d'équipe : collabore avec les collègues et partage l'information</td><td></td><td>X</td><td></td></tr>
<tr><td>Aptitude à planifier et à organiser : respecte les délais</td><td></td><td>X</td><td></td></tr>
</table>
<h2>2. Exigences du programme de stages respectées</h2>
<ul>
<li>Présence à temps plein pendant toute la durée du stage : oui</li>
<li>Rapport de fin de stage remis : oui</li>
<li>Allocation mensuelle versée (le cas échéant) : oui</li>
</ul>
<h2>3. Observations</h2>
<p>Le stage ne donne droit à aucun emploi, et la présente fiche n'est ni une offre ni un avis de vacance. Le (la) stagiaire ne peut être recruté(e) sur un poste de classe P ou G dans les six mois qui suivent la fin du stage que par la voie d'un avis de vacance publié.</p>
<p>Signature du (de la) superviseur(e) : ____________ &nbsp; Date : ____________</p>
</body></html>
"""


def build():
    write("knowledge-test-sample-questions-procurement.en.md", KT, "-")
    write("delegation-of-authority-human-resources-instrument.en.html", doa(), "-")
    write("recruitment-pipeline-forecast-country-office.en.txt", PIPE, "-")
    write("note-verbale-election-comite-d-experts.fr.txt", NV, "-")
    write("rapport-audit-interne-processus-recrutement.fr.md", AUDIT, "-")
    write("fiche-evaluation-du-stagiaire.fr.html", stag(), "-")
