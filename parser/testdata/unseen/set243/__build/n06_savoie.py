from common import *

REF = "GSV-2037-118"
T = {"en": "Sawmill Electrician – Industrial Controls", "fr": "Électricien(ne) de scierie – commandes industrielles"}
O = {"en": "Groupe Savoie", "fr": "Groupe Savoie"}
L = {"en": "Saint-Quentin, New Brunswick", "fr": "Saint-Quentin (Nouveau-Brunswick)"}
S = {"en": "Full-time, rotating 12-hour shifts", "fr": "Temps plein, quarts rotatifs de 12 heures"}
SAL = {"en": "$36.75 to $44.20 per hour", "fr": "de 36,75 $ à 44,20 $ l'heure"}
DL = {"en": "January 25, 2038", "fr": "25 janvier 2038"}
ESS = {"en": ["Valid Certificate of Qualification as an Industrial Electrician (New Brunswick or interprovincial Red Seal).",
              "At least three years of experience troubleshooting motor controls, PLCs and variable frequency drives.",
              "Ability to read electrical schematics and to work safely under lockout procedures.",
              "Availability to work rotating day and night shifts."],
       "fr": ["Certificat d'aptitude professionnelle valide d'électricien(ne) industriel(le) (Nouveau-Brunswick ou Sceau rouge interprovincial).",
              "Au moins trois ans d'expérience en dépannage de commandes de moteurs, d'automates programmables et de variateurs de fréquence.",
              "Capacité à lire des schémas électriques et à travailler de façon sécuritaire selon les procédures de cadenassage.",
              "Disponibilité pour travailler sur des quarts rotatifs de jour et de nuit."]}
DES = {"en": ["Experience in a sawmill, pulp mill or other wood-processing plant.",
              "Knowledge of Allen-Bradley ControlLogix programming."],
       "fr": ["Expérience dans une scierie, une usine de pâte ou une autre usine de transformation du bois.",
              "Connaissance de la programmation Allen-Bradley ControlLogix."]}


def build():
    req = {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")}
    k = expected(REF, ["en", "fr"], T, O, L, S, "2038-01-25", sal("CAD", "hour", lo=36.75, hi=44.2), None, None,
                 req, {"en": [], "fr": []})
    md = f"""[Skip to content](#main) · [Français](#fr)

**GROUPE SAVOIE** · Hardwood products since 1978 · [Products](/products) · [Our mills](/mills) · [Careers](/careers) · [Contact](/contact)

> 🍪 We use cookies to understand how our site is used. [OK](#)

Home › Careers › Current openings

# {T['en']}

*Posted December 18, 2037 · Posting {REF}*

**Competition #:** {REF}  
**Employer:** {O['en']}  
**Location:** {L['en']}  
**Status:** Permanent  
**Schedule:** {S['en']}  
**Wage:** {SAL['en']}, plus shift premium  
**Apply by:** {DL['en']}

## About us

{O['en']} is a family-owned hardwood company in the Restigouche region. Our mills turn local maple, birch and poplar into lumber, pallets, wood components and wood pellets shipped across North America.

## The job

Reporting to the Maintenance Supervisor, you will keep our sawing, sorting and drying lines running:

1. Diagnose and repair electrical faults on conveyors, saws, kilns and boilers.
2. Program, modify and back up PLC and HMI applications.
3. Carry out preventive maintenance and thermographic inspections.
4. Take part in installation projects, including the new sorting line.

## What you need

{chr(10).join('- ' + x for x in ESS['en'])}

## Nice to have

{chr(10).join('- ' + x for x in DES['en'])}

## What we offer

Group insurance, a pension plan, paid training, safety boots and tools allowance. Interviews will be held in the week of February 1, 2038.

**Send your résumé before {DL['en']}** to emplois@groupesavoie.example or drop it off at the main office, 251 Route 180.

---

<a id="fr"></a>

# {T['fr']}

*Affiché le 18 décembre 2037 · Affichage {REF}*

**N° de concours :** {REF}  
**Employeur :** {O['fr']}  
**Lieu :** {L['fr']}  
**Statut :** Permanent  
**Horaire :** {S['fr']}  
**Salaire :** {SAL['fr']}, plus prime de quart  
**Date limite :** {DL['fr']}

## Qui sommes-nous

Le {O['fr']} est une entreprise familiale de bois franc de la région du Restigouche. Nos usines transforment l'érable, le bouleau et le peuplier d'ici en bois d'œuvre, palettes, composantes et granules.

## Le poste

Sous la responsabilité du superviseur de l'entretien, vous assurerez le bon fonctionnement des lignes de sciage, de triage et de séchage :

1. Diagnostiquer et réparer les pannes électriques des convoyeurs, scies, séchoirs et chaudières.
2. Programmer, modifier et sauvegarder les applications d'automates et d'IHM.
3. Effectuer l'entretien préventif et les inspections thermographiques.
4. Participer aux projets d'installation, dont la nouvelle ligne de triage.

## Exigences

{chr(10).join('- ' + x for x in ESS['fr'])}

## Atouts

{chr(10).join('- ' + x for x in DES['fr'])}

## Ce que nous offrons

Assurances collectives, régime de retraite, formation payée, allocation pour bottes et outils. Les entrevues auront lieu la semaine du 1er février 2038.

**Faites parvenir votre CV avant le {DL['fr']}** à emplois@groupesavoie.example ou au bureau principal, 251, route 180.

---

© 2037 Groupe Savoie · Saint-Quentin, NB · [Privacy](/privacy)
"""
    write(k + "-savoie.md", md, k)

    board = f"""indeed-like.example   Find jobs   Company reviews   Sign in   Employers / Post Job
what: electrician   where: New Brunswick
{T['en']}
Groupe Savoie4.1 ★Saint-Quentin, NB$36.75–$44.20 an hourFull-timePermanentShift work
Apply on company site
Job detailsPay$36.75–$44.20 an hourJob typeFull-timePermanentShift & scheduleRotating shifts12 hour shift
Full job description
Competition #: {REF}
Location: {L['en']}
Schedule: {S['en']}
Wage: {SAL['en']}, plus shift premium
Apply by: {DL['en']}
About us{O['en']} is a family-owned hardwood company in the Restigouche region producing lumber, pallets, components and pellets.
The jobReporting to the Maintenance Supervisor: electrical troubleshooting on conveyors, saws, kilns and boilers; PLC and HMI programming; preventive maintenance and thermography; installation projects.
What you need
{chr(10).join(ESS['en'])}
Nice to have
{chr(10).join(DES['en'])}
What we offerGroup insurance, pension plan, paid training. Interviews the week of February 1, 2038.

— Version française —
{T['fr']}
Lieu : {L['fr']}
Horaire : {S['fr']}
Salaire : {SAL['fr']}, plus prime de quart
Date limite : {DL['fr']}
Le posteDépannage électrique des convoyeurs, scies, séchoirs et chaudières; programmation d'automates et d'IHM; entretien préventif; projets d'installation.
Exigences
{chr(10).join(ESS['fr'])}
Atouts
{chr(10).join(DES['fr'])}

Posted 6 days ago · Report job
People also viewed
Millwright – J.D. Irving – Saint-Léonard, NB – $38 an hour
Electrician Apprentice – Campbellton, NB – Closes Jan 29, 2038
"""
    write(k + "-indeed.txt", board, k)
