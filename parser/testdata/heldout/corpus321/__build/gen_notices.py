#!/usr/bin/env python3
"""Writes the five notices of corpus321 (every rendering but the PDFs, the HTML
sources of the LibreOffice PDF under __build/, and expected/*.json) from one set
of strings, so that every rendering prints the same values."""
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
B = os.path.join(OUT, "__build")


def w(name, text, base=OUT):
    with open(os.path.join(base, name), "w", encoding="utf-8") as f:
        f.write(text)


def exp(key, d):
    full = {"reference": None, "post_number": None, "languages": None, "title": None,
            "organisation": None, "location": None, "schedule": None, "deadline": None,
            "salary": None, "grade": None, "clearance": None, "requirements": None,
            "competencies": None}
    full.update(d)
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(full, f, ensure_ascii=False, indent=2)
        f.write("\n")


def en_only(v):
    return {"en": v, "fr": None}


def fr_only(v):
    return {"en": None, "fr": v}


# ---------------------------------------------------------------- 1. YSP
Y = dict(
    ref="YSP-LRN-44-118",
    title="Learning Programme Coordinator (Schools)",
    org="Yorkshire Sculpture Park",
    loc="West Bretton, Wakefield WF4 4LG",
    sched="37.5 hours per week, Tuesday to Saturday in term time",
    ess=[
        "Experience of planning and delivering learning sessions for primary or secondary pupils",
        "A good working knowledge of the national curriculum for art and design",
        "Confident use of a booking system and of spreadsheets",
        "Ability to work outdoors in all weathers across a 500-acre site",
    ],
    des=[
        "A qualification in teaching, art education or museum learning",
        "Experience of working with pupils with special educational needs",
        "A full driving licence",
    ],
    vals=[
        ("Curious", "we ask questions and look again."),
        ("Generous", "we share what we know with every visitor."),
        ("Careful", "we look after the art, the landscape and each other."),
    ],
)
duties_y = [
    "Plan and run the schools programme, from Key Stage 1 to sixth form.",
    "Take bookings, brief freelance artist educators and keep the session calendar.",
    "Write teachers' notes for each exhibition with the curatorial team.",
    "Welcome groups on arrival and lead sessions yourself two days a week.",
    "Collect feedback and report numbers to the Head of Learning each term.",
]

html_y = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{Y['title']} | Jobs | {Y['org']}</title>
<style>
body{{font-family:Liberation Sans,Arial,sans-serif;margin:0;color:#1b1b1b}}
.cookie{{background:#222;color:#fff;font-size:13px;padding:6px 20px}}
.cookie a{{color:#ffd400}}
header{{background:#fff;border-bottom:4px solid #ffd400;padding:14px 20px}}
header .logo{{font-weight:bold;font-size:22px;letter-spacing:.06em}}
nav a{{margin-right:14px;color:#1b1b1b;text-decoration:none;font-size:14px}}
main{{display:flex;gap:30px;padding:20px}}
article{{flex:3}} aside{{flex:1;background:#f4f4f0;padding:14px;font-size:14px}}
table.facts th{{text-align:left;padding:4px 14px 4px 0;vertical-align:top;width:12em}}
table.facts td{{padding:4px 0}}
.crumbs{{font-size:13px;color:#555}}
footer{{background:#1b1b1b;color:#ccc;font-size:12px;padding:14px 20px}}
</style></head>
<body>
<div class="cookie">We use cookies to understand how you use our website. <a href="#">Accept all</a> <a href="#">Reject non-essential</a> <a href="#">Cookie settings</a></div>
<header><div class="logo">YSP</div>
<nav><a href="#">Visit</a><a href="#">What's on</a><a href="#">Learn</a><a href="#">Support us</a><a href="#">Shop</a><a href="#">About</a></nav></header>
<main><article>
<p class="crumbs">Home &raquo; About &raquo; Jobs &raquo; {Y['title']}</p>
<h1>{Y['title']}</h1>
<p><em>Posted 13 June 2044</em></p>
<table class="facts">
<tr><th>Reference</th><td>{Y['ref']}</td></tr>
<tr><th>Employer</th><td>{Y['org']}</td></tr>
<tr><th>Department</th><td>Learning and Engagement</td></tr>
<tr><th>Location</th><td>{Y['loc']}</td></tr>
<tr><th>Contract</th><td>Permanent</td></tr>
<tr><th>Hours</th><td>{Y['sched']}</td></tr>
<tr><th>Salary</th><td>&pound;29,150 &ndash; &pound;31,400 per annum</td></tr>
<tr><th>Closing date</th><td>Sunday 6 July 2044, 11.59pm</td></tr>
<tr><th>Interviews</th><td>Week commencing 21 July 2044</td></tr>
</table>
<h2>About the role</h2>
<p>Every year thousands of pupils walk through the Park with a sketchbook in hand. You will make sure each of those visits is well planned, safe and memorable, working with a small learning team and a pool of freelance artists.</p>
<h2>What you will do</h2>
<ul>{''.join('<li>' + d + '</li>' for d in duties_y)}</ul>
<h2>Person specification</h2>
<h3>Essential</h3>
<ul>{''.join('<li>' + d + '</li>' for d in Y['ess'])}</ul>
<h3>Desirable</h3>
<ul>{''.join('<li>' + d + '</li>' for d in Y['des'])}</ul>
<h2>Our values</h2>
{''.join('<p><strong>' + n + ':</strong> ' + v + '</p>' for n, v in Y['vals'])}
<h2>Benefits</h2>
<p>Pension with 6% employer contribution, 25 days' holiday plus bank holidays, free parking and a 20% discount in our shops and caf&eacute;s.</p>
<h2>How to apply</h2>
<p>Download the application form and return it to jobs@example.org by the closing date. We do not accept CVs on their own.</p>
</article>
<aside><h3>Other vacancies</h3>
<p><a href="#">Visitor Experience Assistant</a><br>&pound;12.60 per hour<br>Closes 29 June 2044</p>
<p><a href="#">Estate Worker (Woodland)</a><br>&pound;24,900 per annum<br>Closes 20 July 2044</p>
</aside></main>
<footer>Yorkshire Sculpture Park, West Bretton, Wakefield. Registered charity (invented number 000000). &copy; 2044</footer>
</body></html>
"""
w("ysp-lrn-44-118-careers.html", html_y)

txt_y = f"""ArtsJobs North
Search jobs
Post a job
Sign in

Home / Jobs / Learning / {Y['title']}

{Y['title']}
{Y['org']}West Bretton, WakefieldPermanentFull time£29,150 – £31,400 per annum
Closes in 23 daysSaved 14 times

Job details
Reference{Y['ref']}Employer{Y['org']}Location{Y['loc']}Hours{Y['sched']}Salary£29,150 – £31,400 per annumClosing date06/07/2044Job ID AJN-51207

Description
Yorkshire Sculpture Park is an open-air gallery set in a historic estate, with indoor galleries, a chapel and woodland. Schools come from across the north of England, and the learning team wants each visit to feel like a day out with artists rather than a lesson.

The Park's learning team is looking for a coordinator to run its schools programme. You will book and brief freelance artist educators, write teachers' notes for each exhibition and lead sessions yourself twice a week. You will report to the Head of Learning.

What you will need
{chr(10).join(Y['ess'])}

It would be good if you also had
{chr(10).join(Y['des'])}

The employer's values
{chr(10).join(n + ': ' + v for n, v in Y['vals'])}

Apply on the employer's website

Similar jobs
Learning Officer (Families)City Museum, Leeds£26,400 – £28,100Closes 02/07/2044
Gallery Assistant
Riverside Gallery, Wakefield
£12.40 per hour
Closes 11/07/2044

About ArtsJobs North | Terms | Privacy | Contact
"""
w("ysp-lrn-44-118-artsjobsnorth.txt", txt_y)

exp("ysp-lrn-44-118", {
    "reference": Y["ref"], "languages": ["en"],
    "title": en_only(Y["title"]), "organisation": en_only(Y["org"]),
    "location": en_only(Y["loc"]), "schedule": en_only(Y["sched"]),
    "deadline": "2044-07-06",
    "salary": {"amount": None, "min": 29150, "max": 31400, "currency": "GBP", "period": "year"},
    "requirements": {"en": {"essential": Y["ess"], "desirable": Y["des"]}, "fr": None},
    "competencies": {"en": [{"name": n, "description": v} for n, v in Y["vals"]], "fr": None},
})

# ---------------------------------------------------------------- 2. Jurassic Coast Trust
J = dict(
    ref="JCT-2044-07",
    title="Community Engagement Officer",
    org="Jurassic Coast Trust",
    loc="Dorchester, Dorset, with regular travel along the coast",
    sched="Full time, 37 hours per week",
    ess=[
        "Experience of working with community groups or volunteers;",
        "Excellent written English and confidence speaking to groups;",
        "Ability to plan events and keep to a budget;",
        "A full driving licence and access to a vehicle.",
    ],
    des=[
        "An interest in geology, fossils or coastal landscapes;",
        "Experience of using social media for a charity.",
    ],
)
md_j = f"""[Skip to content](#content)

![Jurassic Coast Trust](logo.svg)

[Explore](#) | [Learn](#) | [Get involved](#) | [Shop](#) | [Donate](#)

> We use essential cookies to make this site work. [Accept] [Manage]

[Home](#) › [About us](#) › [Work with us](#)

# {J['title']}

*Advertised 16 June 2044*

**Reference:** {J['ref']}\\
**Employer:** {J['org']}\\
**Location:** {J['loc']}\\
**Contract:** Fixed term until 31 March 2046\\
**Hours:** {J['sched']}\\
**Salary:** £27,450 per annum\\
**Closing date:** Monday 14 July 2044 at 12 noon\\
**Interviews:** 24 and 25 July 2044 in Dorchester

---

The Trust looks after the story of the Jurassic Coast for everyone who lives on it or visits it. This new post will build links with the towns and villages between Exmouth and Studland, and will help local people take part in the Trust's work.

## The job

* Set up and support local Coast Champions groups in six towns
* Run a programme of walks, fossil days and talks from April to October
* Recruit, train and thank volunteers
* Keep records of activity and write short reports for funders

## About you

1. {J['ess'][0]}
2. {J['ess'][1]}
3. {J['ess'][2]}
4. {J['ess'][3]}

### It would help if you had

- {J['des'][0]}
- {J['des'][1]}

## Benefits

Employer pension contribution of 5%, 26 days' leave plus bank holidays, a £200 outdoor clothing allowance and flexible working.

[Download the application pack (PDF)](#)

---

© Jurassic Coast Trust 2044 · [Privacy](#) · [Accessibility](#)
"""
w("jct-2044-07-vacancies.md", md_j)

txt_j = f"""From: Dorset Community Network <bulletin@example.org>
Sent: Wednesday, 18 June 2044 08:02
To: members@example.org
Subject: Jobs bulletin no. 412 - three new posts this week

Good morning all,

Three posts from member organisations this week. Please pass them on.
Remember the bulletin takes a break in August.

==================================================
1. {J['title'].upper()}
==================================================

Organisation: {J['org']}
Job title: {J['title']}
Ref: {J['ref']}
Where: {J['loc']}
Hours: {J['sched']}
Pay: £27,450 per annum
Contract: fixed term to March 2046
Closing date: 14/07/2044, 12:00

The Trust wants someone to work with towns and villages along the coast:
setting up local groups, running walks and fossil days, recruiting and
training volunteers.

You will need:
  * {J['ess'][0]}
  * {J['ess'][1]}
  * {J['ess'][2]}
  * {J['ess'][3]}

Nice to have:
  * {J['des'][0]}
  * {J['des'][1]}

Details and application pack on the Trust's website.

==================================================
2. SESSIONAL YOUTH WORKER (Weymouth)
==================================================
Organisation: Weymouth-area youth charity (member)
Pay: £13.10 per hour, 6 hours a week
Closing date: 30/06/2044

==================================================
3. FINANCE ASSISTANT (Bridport)
==================================================
Organisation: a housing co-operative (member)
Pay: £23,800 per annum pro rata, 22.5 hours
Closing date: 09/07/2044

--
Dorset Community Network - bulletin sent to 1,840 members.
To unsubscribe reply with UNSUBSCRIBE in the subject line.
"""
w("jct-2044-07-communitybulletin.txt", txt_j)

exp("jct-2044-07", {
    "reference": J["ref"], "languages": ["en"],
    "title": en_only(J["title"]), "organisation": en_only(J["org"]),
    "location": en_only(J["loc"]), "schedule": en_only(J["sched"]),
    "deadline": "2044-07-14",
    "salary": {"amount": 27450, "min": None, "max": None, "currency": "GBP", "period": "year"},
    "requirements": {"en": {"essential": J["ess"], "desirable": J["des"]}, "fr": None},
    "competencies": {"en": [], "fr": None},
})

# ---------------------------------------------------------------- 3. PNR Luberon
L = dict(
    ref="PNRLUB-2044-012",
    title="Chargé·e de mission patrimoine géologique (H/F)",
    org="Syndicat mixte du Parc naturel régional du Luberon",
    loc="Apt (Vaucluse)",
    sched="Temps complet (35 heures)",
    ess=[
        "Formation supérieure (bac + 5) en géologie, sciences de la Terre ou gestion des espaces naturels ;",
        "Expérience d'au moins deux ans dans la gestion ou la valorisation d'un patrimoine naturel ;",
        "Connaissance du fonctionnement des collectivités territoriales ;",
        "Permis B indispensable.",
    ],
    des=[
        "Connaissance du réseau des géoparcs mondiaux UNESCO ;",
        "Pratique de l'anglais et d'un logiciel de SIG.",
    ],
    comps=["Rigueur", "autonomie", "sens du dialogue", "goût du terrain"],
)
missions_l = [
    "a) suivre la réserve naturelle géologique et ses sites de fouilles ;",
    "b) instruire les demandes de prélèvement et d'accès aux gisements ;",
    "c) préparer le dossier de revalidation du label géoparc ;",
    "d) concevoir des sorties et des supports de découverte pour le public.",
]
html_l = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {L['ref']}</title>
<style>
body{{font-family:Liberation Serif,serif;font-size:11pt}}
.kicker{{letter-spacing:.3em;text-transform:uppercase;font-size:9pt;color:#6b4e16}}
h1{{font-size:17pt;margin:4px 0 10px}}
table{{border-collapse:collapse;width:100%}}
td{{border:1px solid #999;padding:3px 6px;vertical-align:top}}
h2{{font-size:12.5pt;margin-top:14px}}
.pied{{font-size:8.5pt;color:#555;margin-top:18px;border-top:1px solid #999}}
</style></head><body>
<p class="kicker">Parc naturel régional du Luberon · Fiche de poste</p>
<h1>{L['title']}</h1>
<table>
<tr><td><b>Référence</b></td><td>{L['ref']}</td></tr>
<tr><td><b>Employeur</b></td><td>{L['org']}</td></tr>
<tr><td><b>Pôle</b></td><td>Biodiversité, géologie et paysages</td></tr>
<tr><td><b>Lieu de travail</b></td><td>{L['loc']}</td></tr>
<tr><td><b>Catégorie</b></td><td>A</td></tr>
<tr><td><b>Cadre d'emplois</b></td><td>Ingénieurs territoriaux ou attachés territoriaux</td></tr>
<tr><td><b>Type de contrat</b></td><td>Titulaire ou, à défaut, contractuel (CDD de 3 ans)</td></tr>
<tr><td><b>Temps de travail</b></td><td>{L['sched']}</td></tr>
<tr><td><b>Rémunération</b></td><td>Selon grille indiciaire, régime indemnitaire (RIFSEEP) et CNAS</td></tr>
<tr><td><b>Prise de poste</b></td><td>1er octobre 2044</td></tr>
<tr><td><b>Date limite de candidature</b></td><td>11 juillet 2044</td></tr>
</table>
<h2>1. Contexte</h2>
<p>Le Parc gère depuis sa création une réserve naturelle géologique riche en fossiles et anime un géoparc reconnu. Le ou la chargé·e de mission rejoint une équipe de sept personnes au siège du Parc.</p>
<h2>2. Missions</h2>
<p>{'<br>'.join(missions_l)}</p>
<h2>3. Profil recherché</h2>
<ul>{''.join('<li>' + x + '</li>' for x in L['ess'])}</ul>
<p><b>Serait un plus :</b></p>
<ul>{''.join('<li>' + x + '</li>' for x in L['des'])}</ul>
<p><b>Savoir-être :</b> {', '.join(L['comps'])}.</p>
<h2>4. Conditions</h2>
<p>Véhicule de service pour les déplacements ; participation employeur à la mutuelle de 20 € par mois ; entretiens prévus le 22 juillet 2044.</p>
<h2>5. Candidature</h2>
<p>Lettre de motivation et CV à adresser à Monsieur le Président du Parc, par courriel à recrutement@example.org, avant la date limite.</p>
<p class="pied">Parc naturel régional du Luberon – {L['ref']} – fiche mise à jour le 12 juin 2044</p>
</body></html>
"""
w("pnrlub-2044-012-fiche.html", html_l, B)

txt_l = f"""Aller au contenu principal
Réseau des Parcs – espace emploi
Accueil
Les Parcs
Offres d'emploi
Stages
Contact

Accueil > Offres d'emploi > {L['title']}

{L['title']}
Date de publication de l'offre
12/06/2044
Type d'emploi
Titulaire ou CDD
Catégorie de métier
Patrimoine naturel
Nom de l'organisme
{L['org']}
Référence
{L['ref']}
Lieu
{L['loc']}
Catégorie
A
Temps de travail
{L['sched']}
Rémunération
Grille indiciaire + RIFSEEP
Date limite de candidature
11/07/2044

Présentation de la structure
Le Parc naturel régional du Luberon réunit des communes du Vaucluse et des Alpes-de-Haute-Provence autour d'une charte commune. Son équipe d'une cinquantaine d'agents accompagne les élus sur la biodiversité, les paysages, l'agriculture, le tourisme et l'éducation au territoire. Le Parc gère une réserve naturelle géologique et anime un géoparc.

Mission
Au sein du pôle biodiversité, vous suivez la réserve naturelle géologique, instruisez les demandes de prélèvement, préparez la revalidation du label géoparc et concevez des sorties pour le public.

Profil
{chr(10).join(L['ess'])}
Serait un plus :
{chr(10).join(L['des'])}
Savoir-être : {', '.join(L['comps'])}.

Contact
Service des ressources humaines – recrutement@example.org – 04 00 00 00 12

Partager : Facebook | LinkedIn | Courriel

Autres offres
Garde animateur·rice saisonnier·ère – Parc naturel régional du Haut-Vallon (fictif) – 15/07/2044
Chargé·e de communication – 31/08/2044
"""
w("pnrlub-2044-012-reseaudesparcs.txt", txt_l)

exp("pnrlub-2044-012", {
    "reference": L["ref"], "languages": ["fr"],
    "title": fr_only(L["title"]), "organisation": fr_only(L["org"]),
    "location": fr_only(L["loc"]), "schedule": fr_only(L["sched"]),
    "deadline": "2044-07-11", "salary": None, "grade": "A",
    "requirements": {"en": None, "fr": {"essential": L["ess"], "desirable": L["des"]}},
    "competencies": {"en": None, "fr": [{"name": c, "description": ""} for c in L["comps"]]},
})

# ---------------------------------------------------------------- 4. Musée de Charlevoix
M = dict(
    ref="MCHX-2044-05",
    title="Technicien·ne en muséologie",
    org="Musée de Charlevoix",
    loc="La Malbaie (Québec)",
    sched="Temps plein, 35 heures par semaine, du mardi au samedi",
    ess=[
        "DEC en techniques de muséologie ou formation équivalente;",
        "Deux ans d'expérience en montage d'expositions;",
        "Habileté à utiliser des outils électriques et à travailler en hauteur;",
        "Très bonne maîtrise du français parlé et écrit.",
    ],
    des=[
        "Connaissance de l'art populaire québécois;",
        "Carte ASP Construction.",
    ],
    comps=[
        ("Minutie", "vous manipulez chaque objet avec soin."),
        ("Débrouillardise", "vous trouvez une solution avec peu de moyens."),
        ("Esprit d'équipe", "vous travaillez main dans la main avec la conservation."),
    ],
)
html_m = f"""<!DOCTYPE html>
<html lang="fr-CA"><head><meta charset="utf-8"><title>Carrières – {M['org']}</title>
<style>
body{{font-family:Liberation Sans,Arial,sans-serif;margin:0}}
.top{{background:#3b2a1a;color:#f3e9d8;font-size:12px;padding:5px 18px}}
.menu{{text-transform:uppercase;font-size:13px;padding:10px 18px;border-bottom:1px solid #ccc}}
.wrap{{padding:16px 18px;max-width:820px}}
table td{{padding:4px 10px 4px 0;vertical-align:top}}
</style></head><body>
<div class="top">Ouvert du mardi au dimanche, 10 h à 17 h · <a href="#">English</a> · <a href="#">Billetterie</a></div>
<div class="menu">Expositions · Collections · Activités · Le musée · Carrières · Nous joindre</div>
<div class="wrap">
<p>Accueil | Le musée | Carrières</p>
<h1>{M['title']}</h1>
<p><small>Affiché le 20 juin 2044</small></p>
<table>
<tr><td>Numéro d'affichage</td><td>{M['ref']}</td></tr>
<tr><td>Organisme</td><td>{M['org']}</td></tr>
<tr><td>Service</td><td>Collections et expositions</td></tr>
<tr><td>Lieu de travail</td><td>{M['loc']}</td></tr>
<tr><td>Statut</td><td>Poste permanent</td></tr>
<tr><td>Horaire</td><td>{M['sched']}</td></tr>
<tr><td>Salaire</td><td>De 23,40 $ à 27,15 $ l'heure, selon l'expérience</td></tr>
<tr><td>Entrée en fonction</td><td>18 août 2044</td></tr>
<tr><td>Date limite</td><td>18 juillet 2044</td></tr>
</table>
<h2>À propos du Musée</h2>
<p>Le Musée de Charlevoix présente l'art populaire, l'histoire et les paysages de la région depuis plus de cinquante ans. Une équipe de douze personnes y accueille chaque été des milliers de visiteurs, et les réserves abritent plusieurs milliers d'objets, des sculptures sur bois aux tapis crochetés.</p>
<p>Le musée renouvelle trois expositions par année et prête régulièrement des œuvres à d'autres institutions. Le ou la technicien·ne travaille en lien étroit avec la conservation, l'éducation et l'entretien du bâtiment.</p>
<h2>Le rôle</h2>
<p>Sous la responsabilité de la conservatrice, vous montez et démontez les expositions, préparez les prêts et veillez aux conditions de conservation des réserves.</p>
<ul>
<li>Monter les expositions temporaires et les vitrines;</li>
<li>Emballer et déballer les œuvres prêtées;</li>
<li>Tenir le registre des mouvements d'objets;</li>
<li>Surveiller la température et l'humidité des salles.</li>
</ul>
<h2>Exigences</h2>
<ul>{''.join('<li>' + x + '</li>' for x in M['ess'])}</ul>
<h2>Atouts</h2>
<ul>{''.join('<li>' + x + '</li>' for x in M['des'])}</ul>
<h2>Compétences recherchées</h2>
{''.join('<p><strong>' + n + ' :</strong> ' + v + '</p>' for n, v in M['comps'])}
<h2>Pour postuler</h2>
<p>Faites parvenir votre CV et une lettre à emplois@example.org. Les entrevues auront lieu le 29 juillet 2044. Stationnement gratuit et allocation de 0,55 $ du kilomètre pour les déplacements.</p>
</div></body></html>
"""
w("mchx-2044-05-carrieres.html", html_m)

txt_m = f"""Musée de Charlevoix
20 juin, 14 h 12 ·

📣 ON RECRUTE ! 📣
Le Musée cherche son ou sa prochain·e {M['title']} 🛠️🖼️

📌 Numéro d'affichage : {M['ref']}
🏛️ Organisme : {M['org']}
📍 Lieu de travail : {M['loc']}
🕘 Horaire : {M['sched']}
💰 Salaire : de 23,40 $ à 27,15 $ l'heure
🗓️ Date limite : 18 juillet 2044

Ce qu'on demande :
✔️ {M['ess'][0]}
✔️ {M['ess'][1]}
✔️ {M['ess'][2]}
✔️ {M['ess'][3]}

Des atouts :
➕ {M['des'][0]}
➕ {M['des'][1]}

Ce qu'on aime chez nos collègues :
{chr(10).join(n + ' : ' + v for n, v in M['comps'])}

Toute l'info sur notre site, section Carrières 👉 lien dans les commentaires
#Charlevoix #emploi #musée #LaMalbaie

👍❤️ 87    23 commentaires    41 partages

J'aime   Commenter   Partager

Plus pertinents ▾
Nadine B.
Partagé à mon cousin qui sort de Montmorency 😉
2 sem   J'aime   Répondre
Musée de Charlevoix
Voici le lien : section Carrières de notre site.
2 sem   J'aime   Répondre
Voir plus de commentaires
"""
w("mchx-2044-05-facebook.txt", txt_m)

exp("mchx-2044-05", {
    "reference": M["ref"], "languages": ["fr"],
    "title": fr_only(M["title"]), "organisation": fr_only(M["org"]),
    "location": fr_only(M["loc"]), "schedule": fr_only(M["sched"]),
    "deadline": "2044-07-18",
    "salary": {"amount": None, "min": 23.4, "max": 27.15, "currency": "CAD", "period": "hour"},
    "requirements": {"en": None, "fr": {"essential": M["ess"], "desirable": M["des"]}},
    "competencies": {"en": None, "fr": [{"name": n, "description": v} for n, v in M["comps"]]},
})

# ---------------------------------------------------------------- 5. Kings Landing (EN then FR)
K = dict(
    ref="KLHS-2044-021",
    title_en="Heritage Trades Interpreter – Blacksmith",
    title_fr="Interprète des métiers d'autrefois – forgeron ou forgeronne",
    org_en="Kings Landing Corporation",
    org_fr="Corporation Kings Landing",
    loc_en="5804 Route 102, Prince William, New Brunswick",
    loc_fr="5804, route 102, Prince William (Nouveau-Brunswick)",
    sched_en="40 hours per week, Wednesday to Sunday",
    sched_fr="40 heures par semaine, du mercredi au dimanche",
    ess_en=[
        "Completion of a blacksmithing or farrier program, or three years of forge experience;",
        "Ability to explain your work to visitors of all ages;",
        "Ability to lift 25 kg and to work near open fire in period clothing;",
        "Proficiency in English; French is required for one of the two positions.",
    ],
    des_en=[
        "Knowledge of 19th-century New Brunswick history;",
        "Standard first aid certificate.",
    ],
    ess_fr=[
        "Formation en forge ou en maréchalerie, ou trois ans d'expérience à la forge;",
        "Capacité d'expliquer votre travail aux visiteurs de tous âges;",
        "Capacité de soulever 25 kg et de travailler près d'un feu ouvert en costume d'époque;",
        "Maîtrise de l'anglais; le français est exigé pour l'un des deux postes.",
    ],
    des_fr=[
        "Connaissance de l'histoire du Nouveau-Brunswick au XIXe siècle;",
        "Certificat de secourisme général.",
    ],
    comp_en=[("Craft", "you take pride in a well-made piece."),
             ("Storytelling", "you bring the past to life in plain words."),
             ("Safety", "you keep visitors and colleagues safe around the forge.")],
    comp_fr=[("Savoir-faire", "vous êtes fier ou fière d'une pièce bien faite."),
             ("Art de raconter", "vous faites revivre le passé avec des mots simples."),
             ("Sécurité", "vous protégez visiteurs et collègues autour de la forge.")],
)


def dl(rows):
    return "<dl class=\"facts\">" + "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in rows) + "</dl>"


html_k = f"""<!DOCTYPE html>
<html lang="en-CA"><head><meta charset="utf-8"><title>Careers / Carrières – Kings Landing</title>
<style>
body{{font-family:Liberation Sans,Arial,sans-serif;margin:0;color:#222}}
.bar{{background:#2d3b2d;color:#fff;font-size:12px;padding:6px 18px}}
.mast{{font-variant:small-caps;font-size:24px;padding:12px 18px;border-bottom:3px solid #8a5a2b}}
.wrap{{padding:14px 18px;max-width:860px}}
dl.facts{{display:grid;grid-template-columns:13em 1fr;gap:4px 10px}}
dl.facts dt{{font-weight:bold}} dl.facts dd{{margin:0}}
section.fr{{page-break-before:always;border-top:2px dashed #8a5a2b;margin-top:26px;padding-top:10px}}
</style></head><body>
<div class="bar">Open June to October / Ouvert de juin à octobre · English | Français</div>
<div class="mast">Kings Landing</div>
<div class="wrap">
<p>Home / Careers / Carrières</p>
<p><em>(La version française suit.)</em></p>
<section class="en">
<h1>{K['title_en']}</h1>
{dl([("Posting number", K['ref']), ("Organization", K['org_en']), ("Location", K['loc_en']),
     ("Term", "Seasonal, August 4 to October 13, 2044, with possible return in 2045"), ("Hours", K['sched_en']),
     ("Wage", "$21.60 to $24.35 per hour"), ("Closing date", "July 25, 2044, 4 p.m. (Atlantic Time)")])}
<h2>The work</h2>
<p>In the village forge you shoe no horses but make hinges, hooks and tools the way they were made in the 1800s, while talking with visitors. You also help keep the forge, the tools and the stock of iron in good order.</p>
<h2>Requirements</h2>
<ul>{''.join('<li>' + x + '</li>' for x in K['ess_en'])}</ul>
<h2>Assets</h2>
<ul>{''.join('<li>' + x + '</li>' for x in K['des_en'])}</ul>
<h2>What we look for</h2>
{''.join('<p><strong>' + n + ':</strong> ' + v + '</p>' for n, v in K['comp_en'])}
<p>Interviews will be held the week of August 4, 2044. Staff receive a free season pass for their family and a $50 boot allowance.</p>
</section>
<section class="fr">
<h1>{K['title_fr']}</h1>
{dl([("Numéro d'affichage", K['ref']), ("Organisme", K['org_fr']), ("Lieu", K['loc_fr']),
     ("Durée", "Saisonnier, du 4 août au 13 octobre 2044, avec retour possible en 2045"), ("Horaire", K['sched_fr']),
     ("Salaire", "21,60 $ à 24,35 $ l'heure"), ("Date limite", "25 juillet 2044, 16 h (heure de l'Atlantique)")])}
<h2>Le travail</h2>
<p>À la forge du village, vous fabriquez pentures, crochets et outils comme au XIXe siècle, tout en échangeant avec les visiteurs. Vous voyez aussi à l'entretien de la forge, des outils et du fer.</p>
<h2>Exigences</h2>
<ul>{''.join('<li>' + x + '</li>' for x in K['ess_fr'])}</ul>
<h2>Atouts</h2>
<ul>{''.join('<li>' + x + '</li>' for x in K['des_fr'])}</ul>
<h2>Ce que nous recherchons</h2>
{''.join('<p><strong>' + n + ' :</strong> ' + v + '</p>' for n, v in K['comp_fr'])}
<p>Les entrevues auront lieu la semaine du 4 août 2044. Le personnel reçoit un laissez-passer familial et une allocation de 50 $ pour les bottes.</p>
</section>
</div></body></html>
"""
w("klhs-2044-021-careers.html", html_k)

exp("klhs-2044-021", {
    "reference": K["ref"], "languages": ["en", "fr"],
    "title": {"en": K["title_en"], "fr": K["title_fr"]},
    "organisation": {"en": K["org_en"], "fr": K["org_fr"]},
    "location": {"en": K["loc_en"], "fr": K["loc_fr"]},
    "schedule": {"en": K["sched_en"], "fr": K["sched_fr"]},
    "deadline": "2044-07-25",
    "salary": {"amount": None, "min": 21.6, "max": 24.35, "currency": "CAD", "period": "hour"},
    "requirements": {"en": {"essential": K["ess_en"], "desirable": K["des_en"]},
                     "fr": {"essential": K["ess_fr"], "desirable": K["des_fr"]}},
    "competencies": {"en": [{"name": n, "description": v} for n, v in K["comp_en"]],
                     "fr": [{"name": n, "description": v} for n, v in K["comp_fr"]]},
})
print("notices written")
