#!/usr/bin/env python3
"""Writes the notice renderings (and the HTML sources of the LibreOffice / WeasyPrint PDFs) and expected/*.json."""
import json, os
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
B = os.path.join(OUT, "__build")

def w(path, s):
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)

def exp(key, d):
    w(os.path.join(OUT, "expected", key + ".json"), json.dumps(d, ensure_ascii=False, indent=2) + "\n")

def one(lang, v):
    return {"en": v if lang == "en" else None, "fr": v if lang == "fr" else None}

# ---------------------------------------------------------------- N1 Horniman
H = dict(ref="HORN-43-117", title="Aquarium Assistant", org="Horniman Museum and Gardens",
         loc="Forest Hill, London SE23", sched="Full time, 35 hours per week on a rota that includes weekends",
         ess=["Experience of keeping aquatic animals, in a public aquarium, a zoo, a specialist retailer or as a committed hobbyist",
              "Understanding of water chemistry and life-support systems",
              "Confidence speaking to visitors of all ages",
              "Willingness to lift up to 20 kg and to work in wet conditions"],
         des=["A qualification in aquatic animal management or a related subject",
              "Experience of coral propagation or jellyfish culture"],
         comp=[("Curious", "we ask questions and enjoy finding things out."),
               ("Open", "we welcome everyone and listen to different views."),
               ("Green", "we think about the planet in every choice we make.")])
exp("horn-43-117", {"reference": H["ref"], "post_number": None, "languages": ["en"],
    "title": one("en", H["title"]), "organisation": one("en", H["org"]), "location": one("en", H["loc"]),
    "schedule": one("en", H["sched"]), "deadline": "2043-12-08",
    "salary": {"amount": 28460, "min": None, "max": None, "currency": "GBP", "period": "year"},
    "grade": None, "clearance": None,
    "requirements": {"en": {"essential": H["ess"], "desirable": H["des"]}, "fr": None},
    "competencies": {"en": [{"name": n, "description": d} for n, d in H["comp"]], "fr": None}})

w(os.path.join(OUT, "horn-43-117-careers.html"), f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{H['title']} | Jobs | Horniman</title>
<style>
body{{font-family:Georgia,serif;margin:0;color:#222}} .cookie{{background:#222;color:#fff;padding:.6em 1em;font-size:.85em}}
header{{background:#0b5d4b;color:#fff;padding:1em 2em}} nav a{{color:#fff;margin-right:1.2em;text-decoration:none}}
main{{display:grid;grid-template-columns:2fr 1fr;gap:2em;padding:1em 2em}} dl.facts{{display:grid;grid-template-columns:11em 1fr;row-gap:.35em}}
dt{{font-weight:bold}} aside{{border-left:3px solid #0b5d4b;padding-left:1em;font-size:.9em}}
</style></head><body>
<div class="cookie">We use cookies to make our website work and to understand how it is used. <a href="#">Accept all</a> <a href="#">Reject optional</a> <a href="#">Settings</a></div>
<header><strong>HORNIMAN MUSEUM AND GARDENS</strong>
<nav><a href="#">Visit</a><a href="#">What's on</a><a href="#">Collections</a><a href="#">Gardens</a><a href="#">Support us</a><a href="#">About</a></nav></header>
<main><article>
<p class="crumbs">Home › About us › Work for us › Current vacancies</p>
<h1>{H['title']}</h1>
<p><em>Published 17 November 2043</em></p>
<dl class="facts">
<dt>Reference</dt><dd>{H['ref']}</dd>
<dt>Employer</dt><dd>{H['org']}</dd>
<dt>Department</dt><dd>Aquarium and Living Collections</dd>
<dt>Location</dt><dd>{H['loc']}</dd>
<dt>Contract</dt><dd>Permanent</dd>
<dt>Hours</dt><dd>{H['sched']}</dd>
<dt>Salary</dt><dd>£28,460 per annum</dd>
<dt>Closing date</dt><dd>Monday 8 December 2043, 10am</dd>
<dt>Interviews</dt><dd>Wednesday 17 December 2043</dd>
</dl>
<h2>About the role</h2>
<p>Our Aquarium is small, busy and much loved. Around twenty tanks, from a Fijian reef to a pond from a south London park,
sit a short walk from the Natural History Gallery, and every one of them needs daily care. You will join a team of four
keepers who look after fish, invertebrates, amphibians and a growing jellyfish collection, and who explain that work to
the people who come to watch it.</p>
<h3>What you will do</h3>
<ul>
<li>Feed and observe the animals each day and record what you see in our husbandry database.</li>
<li>Test water quality, adjust dosing and keep filters, pumps and chillers in good order.</li>
<li>Clean exhibits before opening, including some work from ladders and inside large tanks.</li>
<li>Give short talks at feeding times and answer visitors' questions on the floor.</li>
<li>Help to quarantine and introduce new animals and to prepare transports to partner aquariums.</li>
</ul>
<h2>Person specification</h2>
<h3>Essential</h3>
<ul>{''.join(f'<li>{x}</li>' for x in H['ess'])}</ul>
<h3>Desirable</h3>
<ul>{''.join(f'<li>{x}</li>' for x in H['des'])}</ul>
<h2>Our values</h2>
{''.join(f'<p><strong>{n}:</strong> {d}</p>' for n, d in H['comp'])}
<h2>What we offer</h2>
<p>Membership of a defined-contribution pension with an 8% employer contribution, 25 days' annual leave plus bank holidays,
a £150 allowance towards protective footwear each year, and discounts in our shop and café.</p>
<p>To apply, complete the online form and tell us, in no more than 600 words, why you want to look after our animals.
We cannot accept CVs on their own.</p>
</article>
<aside><h2>Other vacancies</h2>
<p><strong>Visitor Host (weekends)</strong><br>£13.40 per hour<br>Closes 1 December 2043</p>
<p><strong>Gardens Apprentice</strong><br>£22,900 per annum<br>Closes 15 December 2043</p>
</aside></main>
<footer><p>Horniman Museum and Gardens, 100 London Road, Forest Hill. Registered charity. © 2043</p></footer>
</body></html>
""")

w(os.path.join(OUT, "horn-43-117-jobpostbox.txt"), f"""JobPostBox
Find jobs   Salaries   Companies   Post a job   Sign in

Aquarium Assistant

Aquarium Assistant Forest Hill, England

Horniman Museum and Gardens
Full Time Forest Hill, England 28460 GBP ANNUAL 2 days ago
Job description

Posted: 17/11/2043 09:12

Start Date: Not Available

Salary: £28,460 per annum

Location: {H['loc']}

Level: Entry level (Non Manager)

Deadline: 08/12/2043 10:00

Hours: 35.00

Benefits: See "What we offer" below

Job Type: Full time


Job title and reference:
{H['title']} (ref: {H['ref']})

Employer: {H['org']}

Hours of work: {H['sched']}.

Our Aquarium is small, busy and much loved. Around twenty tanks sit a short walk from the Natural History Gallery, and
every one of them needs daily care. You will join a team of four keepers who look after fish, invertebrates, amphibians
and a growing jellyfish collection, and who explain that work to visitors.

Main duties
Feed and observe the animals each day and record what you see in our husbandry database.
Test water quality, adjust dosing and keep filters, pumps and chillers in good order.
Clean exhibits before opening, including some work from ladders and inside large tanks.
Give short talks at feeding times and answer visitors' questions on the floor.

Essential
{chr(10).join(H['ess'])}

Desirable
{chr(10).join(H['des'])}

Our values
{chr(10).join(f'{n}: {d}' for n, d in H['comp'])}

What we offer: an 8% employer pension contribution, 25 days' leave and a £150 footwear allowance.
Interviews will be held on Wednesday 17 December 2043.

Apply now      Save job      Report this job

Similar jobs
Aquarist - Coastal Sea Life Centre - Brighton - £26,500 - 3 days ago
Keeper (Reptiles) - City Farm Trust - London - £12.90 per hour - 1 week ago
Animal Care Technician - University of Greenwich - London - £27,100 - £29,400 - 5 days ago

© 2043 JobPostBox. All rights reserved.   Privacy   Terms   Cookies
""")

# ---------------------------------------------------------------- N2 South Downs NPA
S = dict(ref="SDNPA/43/022", title="Ranger (Western Downs)", org="South Downs National Park Authority",
         loc="Midhurst, West Sussex, with travel across the Western Downs", sched="37 hours per week",
         grade="Grade 6",
         ess=["Practical experience of countryside management, including access and habitat work",
              "Experience of leading volunteers or community groups outdoors",
              "A full UK driving licence and the ability to drive off-road vehicles",
              "Good IT skills and the ability to write clear reports for committees"],
         des=["A degree or equivalent in conservation, ecology or land management",
              "Chainsaw and brushcutter certificates",
              "Knowledge of chalk grassland management"],
         comp=["Working together", "Taking ownership", "Being open", "Making a difference"])
exp("sdnpa-43-022", {"reference": S["ref"], "post_number": None, "languages": ["en"],
    "title": one("en", S["title"]), "organisation": one("en", S["org"]), "location": one("en", S["loc"]),
    "schedule": one("en", S["sched"]), "deadline": "2043-12-14",
    "salary": {"amount": None, "min": 31250, "max": 34080, "currency": "GBP", "period": "year"},
    "grade": S["grade"], "clearance": None,
    "requirements": {"en": {"essential": S["ess"], "desirable": S["des"]}, "fr": None},
    "competencies": {"en": [{"name": n, "description": ""} for n in S["comp"]], "fr": None}})

w(os.path.join(B, "sdnpa-43-022-jobdescription.html"), f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Job description {S['ref']}</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt}} td,th{{border:1px solid #555;padding:4px;vertical-align:top}}
table{{border-collapse:collapse;width:100%}} .kicker{{letter-spacing:.2em;font-size:9pt}}</style></head><body>
<p class="kicker">SOUTH DOWNS NATIONAL PARK AUTHORITY · JOB DESCRIPTION</p>
<h1>{S['title']}</h1>
<table>
<tr><td><b>Reference</b></td><td>{S['ref']}</td></tr>
<tr><td><b>Employer</b></td><td>{S['org']}</td></tr>
<tr><td><b>Team</b></td><td>Countryside and Policy Management – Western Area</td></tr>
<tr><td><b>Responsible to</b></td><td>Area Manager (Western Downs)</td></tr>
<tr><td><b>Base</b></td><td>{S['loc']}</td></tr>
<tr><td><b>Grade</b></td><td>{S['grade']}</td></tr>
<tr><td><b>Salary</b></td><td>£31,250 – £34,080 per annum</td></tr>
<tr><td><b>Hours</b></td><td>{S['sched']}</td></tr>
<tr><td><b>Contract</b></td><td>Permanent</td></tr>
<tr><td><b>Closing date</b></td><td>Sunday 14 December 2043 at 23:59</td></tr>
<tr><td><b>Interviews</b></td><td>Tuesday 6 January 2044 at Midhurst</td></tr>
</table>
<h2>1. Purpose of the job</h2>
<p>To look after the landscape, rights of way and wildlife of the western part of the National Park with landowners,
parish councils and volunteers, and to help people of every background enjoy the Downs responsibly.</p>
<h2>2. Main responsibilities</h2>
<ol>
<li>Plan and carry out practical work on access routes, gates, signs and viewpoints.</li>
<li>Recruit, train and lead volunteer work parties through the year.</li>
<li>Advise farmers and landowners on habitat schemes and small grants.</li>
<li>Respond to reports of damage, fly-tipping or disturbance and record incidents.</li>
<li>Deliver guided walks, school visits and events at the Seven Sisters and on the western ridge.</li>
</ol>
<h2>3. Person specification</h2>
<p><b>Essential</b></p>
<ul>{''.join(f'<li>{x}</li>' for x in S['ess'])}</ul>
<p><b>Desirable</b></p>
<ul>{''.join(f'<li>{x}</li>' for x in S['des'])}</ul>
<h2>4. Our behaviours</h2>
<ul>{''.join(f'<li>{x}</li>' for x in S['comp'])}</ul>
<h2>5. Other information</h2>
<p>The post attracts an essential car user allowance of £963 a year and membership of the Local Government Pension
Scheme. Some weekend and evening work is needed, with time off in lieu.</p>
<p style="font-size:8pt">{S['org']} · {S['ref']} · Job description issued November 2043</p>
</body></html>
""")

w(os.path.join(OUT, "sdnpa-43-022-careers.md"), f"""[Skip to main content](#main)

![South Downs National Park logo](/img/logo.svg)

[Home](/) | [Visit](/visit) | [Enjoy](/enjoy) | [Planning](/planning) | [About us](/about) | [Jobs](/jobs)

> This site uses cookies. [Accept] [Manage settings]

Home › About us › Jobs › {S['title']}

# {S['title']}

*Advert published 20 November 2043*

**Reference:** {S['ref']}  
**Employer:** {S['org']}  
**Location:** {S['loc']}  
**Grade:** {S['grade']}  
**Salary:** £31,250 – £34,080 per annum  
**Hours:** {S['sched']}  
**Contract:** Permanent  
**Closing date:** 14/12/2043, 23:59  
**Interviews:** 6 January 2044

---

## The role

Are you happiest with a slasher in one hand and a map in the other? Our western rangers look after a landscape of
hangers, heaths and chalk downland between the Hampshire border and the Arun valley. You will keep our routes open,
help landowners to care for wildlife and lead the volunteers who make so much of our practical work possible.

You will spend most days outdoors and some in the office at Midhurst, writing reports, planning work and answering
enquiries from the public and parish councils.

### You will

* plan and carry out practical work on access routes, gates and signs
* lead volunteer work parties through the year
* advise farmers and landowners on habitat schemes
* deliver guided walks, school visits and events

## What we are looking for

### Essential

{chr(10).join(f'* {x}' for x in S['ess'])}

### Desirable

{chr(10).join(f'1. {x}' for x in S['des'])}

## Our behaviours

{' · '.join(S['comp'])}

## Benefits

Local Government Pension Scheme, 26 days' leave rising to 31, an essential car user allowance (£963 a year) and
flexible working.

[Download the job description (PDF)](/jobs/sdnpa-43-022.pdf) · [Apply online](/jobs/apply)

---

*South Downs National Park Authority, South Downs Centre, North Street, Midhurst. © 2043*
""")

# ---------------------------------------------------------------- N3 Lyon MBA (emploi-territorial + fiche)
L = dict(ref="LYON-BA-43-041", title="Régisseur·euse des œuvres (H/F)", org="Ville de Lyon",
         loc="Lyon 1er (Rhône)", sched="Temps complet", grade="Assistant territorial de conservation du patrimoine",
         ess=["Formation supérieure en régie des collections, en conservation préventive ou en histoire de l'art ;",
              "Expérience de la manipulation et du conditionnement d'œuvres ;",
              "Maîtrise d'un logiciel de gestion des collections ;",
              "Anglais professionnel."],
         des=["Habilitation électrique et CACES nacelle ;",
              "Connaissance des règles de transport international des biens culturels."],
         comp=["Rigueur", "Sens de l'organisation", "Discrétion", "Esprit d'équipe"])
exp("lyon-ba-43-041", {"reference": L["ref"], "post_number": None, "languages": ["fr"],
    "title": one("fr", L["title"]), "organisation": one("fr", L["org"]), "location": one("fr", L["loc"]),
    "schedule": one("fr", L["sched"]), "deadline": "2043-12-05", "salary": None,
    "grade": L["grade"], "clearance": None,
    "requirements": {"en": None, "fr": {"essential": L["ess"], "desirable": L["des"]}},
    "competencies": {"en": None, "fr": [{"name": n, "description": ""} for n in L["comp"]]}})

w(os.path.join(OUT, "lyon-ba-43-041-emploiterritorial.txt"), f"""Emploi territorial
Accueil
Offres d'emploi
Collectivités
Mon espace candidat

Accueil > Offres d'emploi > Culture > {L['title']}

{L['title']}
Offre n° O069431100391772
Publiée le 12/11/2043

Synthèse de l'offre
Employeur
VILLE DE LYON
1 place de la Comédie
69001 Lyon
Lieu de travail
{L['loc']}
Poste à pourvoir le
01/02/2044
Date limite de candidature
05/12/2043
Type d'emploi
Emploi permanent - vacance d'emploi
Nombre de postes
1
Ouvert aux contractuels
Oui (article L332-8 du code général de la fonction publique)

Détails de l'offre
Famille de métier
Culture > Patrimoine et musées
Grade(s) recherché(s)
{L['grade']}
Métier(s)
Régisseur ou régisseuse d'œuvres
Temps de travail
{L['sched']}
Rémunération indicative
Rémunération statutaire + régime indemnitaire + prime annuelle

Descriptif de l'emploi :
Référence de l'offre : {L['ref']}
Employeur : {L['org']} – Musée des Beaux-Arts
Au sein du service des collections du musée, vous organisez les mouvements des œuvres pour les expositions, les prêts
et les réaménagements des salles. Vous travaillez avec les conservateurs, les restaurateurs et l'équipe technique.

Missions ou activités :
- Préparer et suivre les prêts et dépôts : constats d'état, conditionnement, convoiement ;
- Organiser les mouvements internes et la mise à jour de la localisation des œuvres ;
- Suivre les conditions climatiques des salles et des réserves ;
- Coordonner les transporteurs et les entreprises de montage.

Profils recherchés :
- {L['ess'][0]}
- {L['ess'][1]}
- {L['ess'][2]}
- {L['ess'][3]}
Serait un plus :
- {L['des'][0]}
- {L['des'][1]}
Savoir-être :
- {L['comp'][0]}
- {L['comp'][1]}
- {L['comp'][2]}
- {L['comp'][3]}

Contact et informations complémentaires : Entretiens prévus la semaine du 15 décembre 2043. Renseignements auprès de la
direction des ressources humaines, 04 00 00 00 41.

Postuler

Offres similaires
Médiateur culturel (H/F) - Villeurbanne - Publiée le 10/11/2043
Agent d'accueil et de surveillance (H/F) - Lyon 5e - Publiée le 08/11/2043
""")

w(os.path.join(B, "lyon-ba-43-041-fiche.html"), f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {L['ref']}</title>
<style>@page{{size:A4;margin:2cm;@bottom-center{{content:"{L['ref']} – page " counter(page) "/" counter(pages);font-size:8pt}}}}
body{{font-family:'DejaVu Serif',serif;font-size:10.5pt}} .band{{background:#7a1f2b;color:#fff;padding:8px 12px}}
th{{text-align:left;width:34%;background:#f3e6e8}} th,td{{border:1px solid #999;padding:4px}} table{{border-collapse:collapse;width:100%}}</style></head><body>
<div class="band"><small>VILLE DE LYON · MUSÉE DES BEAUX-ARTS · FICHE DE POSTE</small><h1>{L['title']}</h1></div>
<table>
<tr><th>Référence</th><td>{L['ref']}</td></tr>
<tr><th>Employeur</th><td>{L['org']}</td></tr>
<tr><th>Direction</th><td>Direction des musées – service des collections</td></tr>
<tr><th>Lieu</th><td>{L['loc']}</td></tr>
<tr><th>Catégorie</th><td>B, filière culturelle</td></tr>
<tr><th>Grade</th><td>{L['grade']}</td></tr>
<tr><th>Temps de travail</th><td>{L['sched']}</td></tr>
<tr><th>Rémunération</th><td>Statutaire, régime indemnitaire et prime annuelle</td></tr>
<tr><th>Prise de poste</th><td>1er février 2044</td></tr>
<tr><th>Date limite de candidature</th><td>5 décembre 2043</td></tr>
</table>
<h2>1. Le musée</h2>
<p>Installé dans une ancienne abbaye, le musée présente des collections allant de l'Égypte ancienne à l'art du XXe siècle.
Il prête chaque année plusieurs centaines d'œuvres et organise deux grandes expositions.</p>
<h2>2. Missions</h2>
<p>a) Préparer et suivre les prêts et dépôts ;<br>b) Organiser les mouvements internes des œuvres ;<br>
c) Suivre les conditions climatiques des salles et des réserves ;<br>d) Coordonner les transporteurs et les monteurs.</p>
<h2>3. Profil</h2>
<ul>{''.join(f'<li>{x}</li>' for x in L['ess'])}</ul>
<p><b>Serait un plus :</b></p>
<ul>{''.join(f'<li>{x}</li>' for x in L['des'])}</ul>
<p><b>Savoir-être :</b> {', '.join(L['comp'])}.</p>
<h2>4. Candidater</h2>
<p>Lettre de motivation et CV via emploi-territorial avant la date limite. Les entretiens auront lieu la semaine du
15 décembre 2043. Une participation de 15 € aux titres de transport est versée chaque mois.</p>
</body></html>
""")

# ---------------------------------------------------------------- N4 Musée de la Gaspésie
G = dict(ref="MGASP-2043-07", title="Technicien·ne en muséologie", org="Musée de la Gaspésie",
         loc="Gaspé (Québec)", sched="Temps plein, 35 heures par semaine",
         ess=["Diplôme d'études collégiales en techniques de muséologie ou l'équivalent;",
              "Deux années d'expérience en montage d'expositions;",
              "Habileté à utiliser des outils électriques et à travailler en hauteur;",
              "Permis de conduire valide."],
         des=["Connaissance de l'anglais;",
              "Expérience en menuiserie ou en éclairage de scène."],
         comp=[("Débrouillardise", "vous trouvez des solutions avec les moyens du bord."),
               ("Minutie", "vous traitez chaque objet comme s'il était unique, parce qu'il l'est."),
               ("Esprit d'équipe", "vous aimez partager les tâches et les bons coups.")])
exp("mgasp-2043-07", {"reference": G["ref"], "post_number": None, "languages": ["fr"],
    "title": one("fr", G["title"]), "organisation": one("fr", G["org"]), "location": one("fr", G["loc"]),
    "schedule": one("fr", G["sched"]), "deadline": "2043-12-12",
    "salary": {"amount": None, "min": 24.15, "max": 27.8, "currency": "CAD", "period": "hour"},
    "grade": None, "clearance": None,
    "requirements": {"en": None, "fr": {"essential": G["ess"], "desirable": G["des"]}},
    "competencies": {"en": None, "fr": [{"name": n, "description": d} for n, d in G["comp"]]}})

w(os.path.join(OUT, "mgasp-2043-07-carrieres.html"), f"""<!DOCTYPE html>
<html lang="fr-CA"><head><meta charset="utf-8"><title>Carrières – {G['org']}</title>
<style>body{{font-family:Verdana,sans-serif;margin:0}} .top{{background:#12324a;color:#cfe;padding:4px 1em;font-size:.8em}}
header{{padding:1em;border-bottom:4px solid #c8102e}} td{{padding:4px 10px;border-bottom:1px solid #ddd}} main{{padding:1em 2em;max-width:60em}}</style></head><body>
<div class="top">Ouvert tous les jours de 9 h à 17 h | English | Billetterie</div>
<header><strong>MUSÉE DE LA GASPÉSIE</strong> — EXPOSITIONS · ACTIVITÉS · ARCHIVES · BOUTIQUE · CARRIÈRES</header>
<main>
<p>Accueil | Le musée | Carrières</p>
<h1>{G['title']}</h1>
<p><em>Affiché le 21 novembre 2043</em></p>
<table>
<tr><td>Numéro d'affichage</td><td>{G['ref']}</td></tr>
<tr><td>Organisme</td><td>{G['org']}</td></tr>
<tr><td>Service</td><td>Collections et expositions</td></tr>
<tr><td>Lieu de travail</td><td>{G['loc']}</td></tr>
<tr><td>Statut</td><td>Poste permanent</td></tr>
<tr><td>Horaire</td><td>{G['sched']}</td></tr>
<tr><td>Salaire</td><td>De 24,15 $ à 27,80 $ l'heure, selon l'expérience</td></tr>
<tr><td>Entrée en fonction</td><td>12 janvier 2044</td></tr>
<tr><td>Date limite</td><td>12 décembre 2043</td></tr>
</table>
<h2>Le poste</h2>
<p>Au bout de la péninsule, face à la baie, le musée raconte la Gaspésie par ses objets, ses archives et ses gens.
La personne titulaire du poste prépare les salles, monte et démonte les expositions et veille au bon état des objets
exposés, en lien avec l'archiviste et la conservatrice.</p>
<ul>
<li>monter les expositions temporaires et itinérantes;</li>
<li>fabriquer des socles, des supports et du mobilier d'exposition;</li>
<li>installer l'éclairage et les dispositifs multimédias;</li>
<li>emballer et déballer les objets prêtés par d'autres institutions.</li>
</ul>
<h2>Exigences</h2>
<ul>{''.join(f'<li>{x}</li>' for x in G['ess'])}</ul>
<h2>Atouts</h2>
<ul>{''.join(f'<li>{x}</li>' for x in G['des'])}</ul>
<h2>Compétences recherchées</h2>
{''.join(f'<p><strong>{n} :</strong> {d}</p>' for n, d in G['comp'])}
<p>Les entrevues auront lieu le 17 décembre 2043 à Gaspé ou par visioconférence. Le musée rembourse 0,52 $ du kilomètre
pour les déplacements en région. Faites parvenir votre CV et une lettre à carrieres@musee-gaspesie.example.org.</p>
</main>
<footer><p>Musée de la Gaspésie, 80, boulevard de Gaspé. Infolettre | Nous joindre | Politique de confidentialité</p></footer>
</body></html>
""")

w(os.path.join(OUT, "mgasp-2043-07-courriel.txt"), f"""De : Direction générale <direction@musee-gaspesie.example.org>
Envoyé : 24 novembre 2043 08:41
À : Réseau des musées de l'Est <liste@musees-est.example.org>
Objet : TR : Affichage – {G['title']} ({G['ref']})

Bonjour à toutes et à tous,

Pourriez-vous diffuser cette offre dans vos réseaux? Merci beaucoup!

Marie-Ève

-----Message d'origine-----
Objet : Affichage {G['ref']}

{G['title'].upper()}

Numéro d'affichage : {G['ref']}
Organisme : {G['org']}
Lieu de travail : {G['loc']}
Statut : Poste permanent
Horaire : {G['sched']}
Salaire : de 24,15 $ à 27,80 $ l'heure
Date limite : 12/12/2043

Le musée raconte la Gaspésie par ses objets, ses archives et ses gens. La personne titulaire prépare les salles,
monte et démonte les expositions et veille au bon état des objets exposés.

Tâches principales
- monter les expositions temporaires et itinérantes;
- fabriquer des socles, des supports et du mobilier d'exposition;
- installer l'éclairage et les dispositifs multimédias.

Exigences
* {G['ess'][0]}
* {G['ess'][1]}
* {G['ess'][2]}
* {G['ess'][3]}

Atouts
* {G['des'][0]}
* {G['des'][1]}

Compétences recherchées
{chr(10).join(f'{n} : {d}' for n, d in G['comp'])}

Entrevues : 17 décembre 2043. Entrée en fonction : 12 janvier 2044.

--
Musée de la Gaspésie | 80, boulevard de Gaspé
Ce courriel est confidentiel. Pensez à l'environnement avant de l'imprimer.
""")

# ---------------------------------------------------------------- N5 Confederation Centre (EN then FR)
C = dict(ref="CCOA-2043-11",
         title_en="Youth Programs Coordinator", title_fr="Coordonnateur·rice des programmes jeunesse",
         org_en="Confederation Centre of the Arts", org_fr="Centre des arts de la Confédération",
         loc_en="145 Richmond Street, Charlottetown, Prince Edward Island", loc_fr="145, rue Richmond, Charlottetown (Île-du-Prince-Édouard)",
         sched_en="37.5 hours per week, with some evenings and Saturdays", sched_fr="37,5 heures par semaine, y compris certains soirs et samedis",
         ess_en=["Degree or diploma in education, fine arts, theatre or a related field;",
                 "Two years of experience planning programs for children or teenagers;",
                 "Current first aid certificate and a clear vulnerable sector check;",
                 "Proficiency in English and French, spoken and written."],
         des_en=["Experience with summer camps or youth theatre;", "Knowledge of Mi'kmaw culture and communities."],
         ess_fr=["Diplôme universitaire ou collégial en éducation, en beaux-arts, en théâtre ou dans un domaine connexe;",
                 "Deux années d'expérience en planification de programmes pour enfants ou adolescents;",
                 "Certificat de premiers soins valide et vérification des antécédents en vue d'un travail auprès de personnes vulnérables;",
                 "Maîtrise du français et de l'anglais, à l'oral et à l'écrit."],
         des_fr=["Expérience des camps d'été ou du théâtre jeunesse;", "Connaissance de la culture et des communautés mi'kmaw."],
         comp_en=[("Creativity", "you turn a small budget into a big afternoon."),
                  ("Care", "you make every young person feel safe and welcome."),
                  ("Reliability", "you plan ahead and follow through.")],
         comp_fr=[("Créativité", "vous transformez un petit budget en un grand après-midi."),
                  ("Bienveillance", "chaque jeune se sent en sécurité et bienvenu avec vous."),
                  ("Fiabilité", "vous planifiez et vous tenez parole.")])
exp("ccoa-2043-11", {"reference": C["ref"], "post_number": None, "languages": ["en", "fr"],
    "title": {"en": C["title_en"], "fr": C["title_fr"]}, "organisation": {"en": C["org_en"], "fr": C["org_fr"]},
    "location": {"en": C["loc_en"], "fr": C["loc_fr"]}, "schedule": {"en": C["sched_en"], "fr": C["sched_fr"]},
    "deadline": "2043-12-19",
    "salary": {"amount": None, "min": 1312.4, "max": 1598.66, "currency": "CAD", "period": "week"},
    "grade": None, "clearance": None,
    "requirements": {"en": {"essential": C["ess_en"], "desirable": C["des_en"]},
                     "fr": {"essential": C["ess_fr"], "desirable": C["des_fr"]}},
    "competencies": {"en": [{"name": n, "description": d} for n, d in C["comp_en"]],
                     "fr": [{"name": n, "description": d} for n, d in C["comp_fr"]]}})

w(os.path.join(OUT, "ccoa-2043-11-careers.html"), f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{C['title_en']} | {C['org_en']}</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;margin:0}} .bar{{background:#000;color:#fff;padding:4px 1em;font-size:.8em}}
main{{padding:1em 2em}} dl{{display:grid;grid-template-columns:12em 1fr;row-gap:4px}} dt{{font-weight:bold}}
section.fr{{break-before:page;border-top:2px solid #b00;margin-top:2em}}</style></head><body>
<div class="bar">Français | Tickets · Billets | Donate · Donner</div>
<header><h2>CONFEDERATION CENTRE OF THE ARTS · CENTRE DES ARTS DE LA CONFÉDÉRATION</h2></header>
<main>
<p>Home / About / Careers</p>
<p><i>(La version française suit.)</i></p>
<section class="en">
<h1>{C['title_en']}</h1>
<dl>
<dt>Posting number</dt><dd>{C['ref']}</dd>
<dt>Organization</dt><dd>{C['org_en']}</dd>
<dt>Location</dt><dd>{C['loc_en']}</dd>
<dt>Term</dt><dd>Permanent, starting January 19, 2044</dd>
<dt>Hours</dt><dd>{C['sched_en']}</dd>
<dt>Salary</dt><dd>$1,312.40 to $1,598.66 per week</dd>
<dt>Apply by</dt><dd>December 19, 2043, 4 p.m. (Atlantic Time)</dd>
</dl>
<p>The Centre is Canada's national memorial to the Fathers of Confederation and home to a gallery, theatres and an arts
school. Our youth programs reach thousands of Island children each year through camps, workshops and school visits.</p>
<h2>What you will do</h2>
<ul><li>Plan and deliver after-school, March Break and summer programs;</li><li>hire and supervise seasonal instructors;</li>
<li>manage registrations, budgets and program evaluations;</li><li>work with schools and community groups across the Island.</li></ul>
<h2>Requirements</h2>
<ul>{''.join(f'<li>{x}</li>' for x in C['ess_en'])}</ul>
<h2>Assets</h2>
<ul>{''.join(f'<li>{x}</li>' for x in C['des_en'])}</ul>
<h2>Competencies</h2>
{''.join(f'<p><strong>{n}:</strong> {d}</p>' for n, d in C['comp_en'])}
<p>Interviews will take place the week of January 5, 2044. Staff receive a $40 annual membership and free theatre previews.</p>
</section>
<section class="fr" lang="fr">
<h1>{C['title_fr']}</h1>
<dl>
<dt>Numéro d'affichage</dt><dd>{C['ref']}</dd>
<dt>Organisme</dt><dd>{C['org_fr']}</dd>
<dt>Lieu</dt><dd>{C['loc_fr']}</dd>
<dt>Durée</dt><dd>Permanent, à compter du 19 janvier 2044</dd>
<dt>Horaire</dt><dd>{C['sched_fr']}</dd>
<dt>Salaire</dt><dd>1 312,40 $ à 1 598,66 $ par semaine</dd>
<dt>Date limite</dt><dd>19 décembre 2043, 16 h (heure de l'Atlantique)</dd>
</dl>
<p>Le Centre est le monument national aux Pères de la Confédération et abrite une galerie, des théâtres et une école des
arts. Nos programmes jeunesse rejoignent chaque année des milliers d'enfants de l'Île.</p>
<h2>Vos tâches</h2>
<ul><li>planifier et offrir les programmes parascolaires, de la relâche et d'été;</li><li>embaucher et encadrer les animateurs saisonniers;</li>
<li>gérer les inscriptions, les budgets et l'évaluation des programmes.</li></ul>
<h2>Exigences</h2>
<ul>{''.join(f'<li>{x}</li>' for x in C['ess_fr'])}</ul>
<h2>Atouts</h2>
<ul>{''.join(f'<li>{x}</li>' for x in C['des_fr'])}</ul>
<h2>Compétences</h2>
{''.join(f'<p><strong>{n} :</strong> {d}</p>' for n, d in C['comp_fr'])}
<p>Les entrevues auront lieu la semaine du 5 janvier 2044. Le personnel reçoit une adhésion annuelle de 40 $.</p>
</section>
</main>
<footer><p>© 2043 Confederation Centre of the Arts / Centre des arts de la Confédération</p></footer>
</body></html>
""")

w(os.path.join(OUT, "ccoa-2043-11-artsjobspei.txt"), f"""Island Arts Jobs / Emplois artistiques de l'Île
Jobs   Employers   Post a job   Sign in

Posting #IAJ-30418 · Posted Nov 25, 2043 · Expires Dec 19, 2043

{C['title_en']}
{C['org_en']}
Charlottetown, PE · Full-time · Permanent · $1,312.40 to $1,598.66 per week

Posting number: {C['ref']}
Organization: {C['org_en']}
Location: {C['loc_en']}
Hours: {C['sched_en']}
Apply by: December 19, 2043, 4 p.m. (Atlantic Time)

Our youth programs reach thousands of Island children each year through camps, workshops and school visits. You will plan
and deliver programs, hire seasonal instructors and manage registrations and budgets.

Requirements
- {C['ess_en'][0]}
- {C['ess_en'][1]}
- {C['ess_en'][2]}
- {C['ess_en'][3]}
Assets
- {C['des_en'][0]}
- {C['des_en'][1]}
Competencies
{chr(10).join(f'{n}: {d}' for n, d in C['comp_en'])}

~~~ FRANÇAIS ~~~

{C['title_fr'].upper()}
{C['title_fr']}

Numéro d'affichage : {C['ref']}
Organisme : {C['org_fr']}
Lieu : {C['loc_fr']}
Horaire : {C['sched_fr']}
Salaire : 1 312,40 $ à 1 598,66 $ par semaine
Date limite : 19 décembre 2043, 16 h

Exigences
- {C['ess_fr'][0]}
- {C['ess_fr'][1]}
- {C['ess_fr'][2]}
- {C['ess_fr'][3]}
Atouts
- {C['des_fr'][0]}
- {C['des_fr'][1]}
Compétences
{chr(10).join(f'{n} : {d}' for n, d in C['comp_fr'])}

Other postings
Box Office Clerk - Harbourfront Theatre - Summerside - $16.75/hour
Gallery Technician - Eptek Art & Culture Centre - Summerside - $44,200/year
""")
print("notices written")
