from common import *
KEY = "afy-2038-12"
REF = "AFY-2038-12"
FR = dict(
 title="Agent(e) de projets – Accueil et établissement des personnes immigrantes",
 organisation="Association franco-yukonnaise",
 location="Whitehorse (Yukon)",
 schedule="Temps plein, 37,5 heures par semaine",
 essential=[
  "Diplôme postsecondaire en travail social, en relations humaines, en développement communautaire ou dans un domaine connexe;",
  "Deux années d'expérience en accompagnement de clientèles immigrantes ou en intervention communautaire;",
  "Excellente maîtrise du français et bonne connaissance de l'anglais, à l'oral et à l'écrit;",
  "Permis de conduire valide.",
 ],
 desirable=[
  "Connaissance des programmes fédéraux d'immigration et d'établissement;",
  "Expérience vécue d'immigration ou de vie dans le Nord;",
  "Connaissance d'une troisième langue.",
 ],
 competencies=[])
EN = dict(
 title="Project Officer – Newcomer Settlement Services",
 organisation="Association franco-yukonnaise",
 location="Whitehorse, Yukon",
 schedule="Full-time, 37.5 hours per week",
 essential=[
  "Post-secondary diploma in social work, human relations, community development or a related field;",
  "Two years of experience supporting immigrant clients or in community work;",
  "Excellent command of French and good knowledge of English, spoken and written;",
  "Valid driver's licence.",
 ],
 desirable=[
  "Knowledge of federal immigration and settlement programs;",
  "Lived experience of immigration or of life in the North;",
  "Knowledge of a third language.",
 ],
 competencies=[])
D = dict(reference=REF, languages=["fr", "en"], deadline="2038-08-17", salary=sal(None, 30.65, 34.65, "CAD", "hour"), fr=FR, en=EN)

md = f"""[Passer au contenu](#contenu) | [English](#english)

**[AFY](https://afy.example) · Association franco-yukonnaise** — [Vivre en français](#) · [Emploi](#) · [Immigration](#) · [Arts et culture](#) · [Tourisme](#) · [Nous joindre](#)

> 🔔 Le Centre de la francophonie sera fermé le lundi 2 août 2038 (Jour de la découverte).

[Accueil](#) / [À propos](#) / [Carrières à l'AFY](#) / Offre {REF}

# {FR['title']}

*Affiché le 20 juillet 2038*

**Numéro d'affichage :** {REF}  
**Organisme :** {FR['organisation']}  
**Lieu de travail :** {FR['location']}  
**Statut :** poste permanent, après une probation de six mois  
**Horaire :** {FR['schedule']}  
**Salaire :** de 30,65 $ à 34,65 $ l'heure, selon l'expérience, plus une prime de vie dans le Nord  
**Date limite :** 17 août 2038, 16 h (heure du Yukon)

## Qui sommes-nous?

Depuis 1982, l'{FR['organisation']} rassemble et représente la communauté francophone du Yukon. Son équipe d'une trentaine de personnes offre des services en emploi, en immigration, en culture et en tourisme à partir du Centre de la francophonie, à Whitehorse.

## Vos responsabilités

- Accueillir les personnes immigrantes d'expression française dès leur arrivée au territoire;
- Évaluer leurs besoins et les orienter vers les services de logement, de santé, d'éducation et d'emploi;
- Organiser des ateliers d'information et des activités de réseautage;
- Tenir les dossiers et produire les rapports exigés par les bailleurs de fonds.

## Exigences

{items(FR['essential'])}

## Atouts

{items(FR['desirable'])}

## Ce que nous offrons

Assurances collectives, régime de retraite, cinq semaines de vacances et un horaire flexible. Les entrevues auront lieu la semaine du 23 août 2038; l'entrée en poste est prévue le 13 septembre 2038.

**Pour postuler :** envoyez votre CV et une lettre de présentation à emplois@afy.example en indiquant le numéro {REF}, au plus tard le 17 août 2038. Seules les personnes retenues pour une entrevue seront contactées.

---

<a id="english"></a>

# {EN['title']}

*Posted July 20, 2038*

**Posting number:** {REF}  
**Organization:** {EN['organisation']}  
**Location:** {EN['location']}  
**Status:** permanent position, after a six-month probation  
**Hours:** {EN['schedule']}  
**Salary:** $30.65 to $34.65 per hour, depending on experience, plus a northern living allowance  
**Closing date:** August 17, 2038, 4:00 p.m. (Yukon time)

## Who we are

Since 1982, the {EN['organisation']} has brought together and represented Yukon's French-speaking community. Its team of about thirty people offers employment, immigration, arts and tourism services from the Centre de la francophonie in Whitehorse.

## Your responsibilities

- Welcome French-speaking newcomers as soon as they arrive in the territory;
- Assess their needs and refer them to housing, health, education and employment services;
- Organize information workshops and networking activities;
- Keep files and produce the reports required by funders.

## Requirements

{items(EN['essential'])}

## Assets

{items(EN['desirable'])}

## What we offer

Group insurance, a pension plan, five weeks of vacation and a flexible schedule. Interviews will take place the week of August 23, 2038; the start date is September 13, 2038.

**To apply:** send your résumé and a cover letter to emplois@afy.example quoting {REF}, no later than August 17, 2038. Only candidates selected for an interview will be contacted.

---

*Association franco-yukonnaise · 302, rue Strickland, Whitehorse (Yukon) · © 2038 · Politique de confidentialité*
"""
w(KEY + "-afy.md", md, KEY)

board = f"""EmploisFranco.example — Emplois en français partout au Canada
Rechercher   Publier une offre   Employeurs   Connexion
Accueil > Yukon > Services communautaires

{FR['title']}
{FR['organisation']}Whitehorse, YTSur placeTemps plein30,65 $ – 34,65 $ / heurePublié il y a 2 jours
Postuler maintenant   ☆ Sauvegarder

Détails de l'offreN° d'affichage : {REF}Lieu de travail : {FR['location']}Horaire : {FR['schedule']}Salaire : de 30,65 $ à 34,65 $ l'heureDate limite : 17 août 2038
Description
L'{FR['organisation']} recrute une personne pour accueillir et accompagner les personnes immigrantes d'expression française au Yukon.
ResponsabilitésAccueillir les personnes immigrantes; évaluer leurs besoins et les orienter; organiser des ateliers; tenir les dossiers et rapports.
Exigences
{items(FR['essential'], '  ')}
Atouts
{items(FR['desirable'], '  ')}
Pour postuler : emplois@afy.example (réf. {REF})

----- English version -----
{EN['title']}
{EN['organisation']} · {EN['location']}
Hours: {EN['schedule']}Salary: $30.65 to $34.65 per hourClosing date: August 17, 2038
ResponsibilitiesWelcome newcomers; assess needs and refer; organize workshops; keep files and reports.
Requirements
{items(EN['essential'], '  ')}
Assets
{items(EN['desirable'], '  ')}

Signaler cette offre

Offres similaires
Conseiller(ère) en emploi · Whitehorse, YT · 31,20 $ / heure · date limite 9 août 2038
Coordonnateur(trice) culturel(le) · Yellowknife, NT · date limite 27 août 2038
Intervenant(e) jeunesse · Iqaluit, NU · Publié il y a 1 semaine

© 2038 EmploisFranco.example · Conditions · Confidentialité
"""
w(KEY + "-emploisfranco.txt", board, KEY)
expected(KEY, D)
