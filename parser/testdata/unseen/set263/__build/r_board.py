# -*- coding: utf-8 -*-
"""Job-board copies: PacificIslandRoles (Pitcairn, txt), LemanSportJobs (ITTF, txt), GarrigueEmploi (Pont du Gard, md)."""
import os
from data import N
B = os.path.dirname(os.path.abspath(__file__)); TOP = os.path.join(B, "..")

def pitcairn():
    d = N["gpi-hr-39-04"]; R = d["requirements"]["en"]; C = d["competencies"]["en"]
    s = f"""Skip to content
PacificIslandRoles
Find jobs   Employers   Career advice   Sign in

Home > Jobs > Engineering > {d['title']['en']}

{d['title']['en']}
{d['organisation']['en']}
Adamstown · Posted 18 days ago · 212 views

Apply now        Save job

Job details

Reference
{d['reference']}

Employer
{d['organisation']['en']}

Location
{d['location']['en']}

Hours
{d['schedule']['en']}

Salary
NZD 76,000 per year (tax free on island)

Contract
Two-year fixed term

Closes
5 Sep 2039

About the role
Pitcairn depends on a handful of roads, a jetty, a slipway and one power station. You will keep them all running,
plan works around the supply ship calendar and order parts a year ahead. You will lead a small crew of island
workers and report to the Island Council.

What you'll need
- {R['essential'][0]}
- {R['essential'][1]}
- {R['essential'][2]}
- {R['essential'][3]}
- {R['essential'][4]}

Nice to have
- {R['desirable'][0]}
- {R['desirable'][1]}
- {R['desirable'][2]}

Behaviours: {', '.join(c['name'] for c in C)}

How to apply
Apply through the employer's application form. Closing date 05/09/2039.

Similar jobs
Harbour Master – Norfolk Bay Authority · NZD 82,000 · closes 30 Sep 2039
Power Station Operator – Atoll Energy Cooperative · AUD 58,500 · closes 12 Oct 2039
Works Supervisor – Outer Islands Council · closes 20 Sep 2039

We use cookies to improve your experience. Accept all | Manage
© 2039 PacificIslandRoles
"""
    open(os.path.join(TOP, "gpi-hr-39-04-pacificislandroles.txt"), "w", encoding="utf-8").write(s)

def ittf():
    d = N["ittf-hr-2039-09"]; R = d["requirements"]["en"]; C = d["competencies"]["en"]
    s = f"""LemanSportJobs
Jobs  Organisations  Events  Post a job
Sport federations > Lausanne > {d['title']['en']}
{d['title']['en']}
{d['organisation']['en']}
Full-timeOn-siteMid-level
Posted 9 days ago · 418 views · 37 applicants
Reference{d['reference']}Location{d['location']['en']}Workload{d['schedule']['en']}SalaryCHF 88k – 98k per yearClosing date19 Sep 2039
About the job
The ITTF classification team makes sure para athletes compete in the right sport class. The coordinator plans classification panels at world and continental events, keeps the master list accurate, handles protests and prepares rule changes for the Para Committee.
Requirements:
* {R['essential'][0]}
* {R['essential'][1]}
* {R['essential'][2]}
* {R['essential'][3]}
Nice to have:
* {R['desirable'][0]}
* {R['desirable'][1]}
You are: {', '.join(c['name'] for c in C)}
Tags: para sport · classification · Olympic capital · events
Easy apply
Similar jobs
Event Manager – World Squash Federation · CHF 90k – 102k · 3 Oct 2039
Athlete Services Officer – Lausanne Rowing Centre · CHF 70k · 27 Sep 2039
This site uses cookies. OK
"""
    open(os.path.join(TOP, "ittf-hr-2039-09-lemansportjobs.txt"), "w", encoding="utf-8").write(s)

def pdg():
    d = N["pdg-rh-2039-07"]; R = d["requirements"]["fr"]; C = d["competencies"]["fr"]
    s = f"""[Accueil](https://garrigue-emploi.example/) › [Culture et patrimoine](https://garrigue-emploi.example/culture) › Offre

# {d['title']['fr']}

**{d['organisation']['fr']}** · Vers-Pont-du-Gard · Publiée il y a 5 jours

`CDD` `Temps complet` `Patrimoine`

| Référence | Lieu | Temps de travail | Salaire | Date limite |
|---|---|---|---|---|
| {d['reference']} | {d['location']['fr']} | {d['schedule']['fr']} | 2 050 - 2 300 € brut mensuel | 26/09/2039 |

## L'offre

L'établissement public qui gère le site de l'aqueduc recrute un·e médiateur·rice pour concevoir et animer les visites, les ateliers et les événements destinés aux scolaires, aux familles et aux visiteurs étrangers.

## Profil recherché

- {R['essential'][0]}
- {R['essential'][1]}
- {R['essential'][2]}
- {R['essential'][3]}

## Atouts

- {R['desirable'][0]}
- {R['desirable'][1]}

## Savoir-être

- **{C[0]['name']}** : {C[0]['description']}
- **{C[1]['name']}** : {C[1]['description']}
- **{C[2]['name']}** : {C[2]['description']}

[Postuler](https://garrigue-emploi.example/postuler/pdg-rh-2039-07)

### Offres similaires

- Guide-conférencier·ère saisonnier·ère – Office de tourisme des Garrigues – 1 900 € – 15/09/2039
- Chargé·e de réservation des groupes – Musée archéologique de la Gardonnenque – 2 100 € – 02/10/2039

*Ce site utilise des cookies.* [Accepter](#) · [Refuser](#)
"""
    open(os.path.join(TOP, "pdg-rh-2039-07-garrigueemploi.md"), "w", encoding="utf-8").write(s)

if __name__ == "__main__":
    pitcairn(); ittf(); pdg(); print("boards written")
