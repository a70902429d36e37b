#!/usr/bin/env python3
"""Writes every notice rendering of corpus328 (except the PDFs, made by build.sh),
the HTML sources of the WeasyPrint and LibreOffice PDFs (in __build/) and
expected/<key>.json, from one set of strings per notice."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def w(name, text, where=OUT):
    with open(os.path.join(where, name), "w", encoding="utf-8") as f:
        f.write(text)


def expected(key, d):
    with open(os.path.join(OUT, "expected", key + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")


def ul(items):
    return "<ul>\n" + "".join(f"  <li>{i}</li>\n" for i in items) + "</ul>"


# ---------------------------------------------------------------- RSC (EN)
rsc = dict(
    ref="RSC/45/0214",
    title="Publishing Editor – Analytical Science Journals",
    org="Royal Society of Chemistry",
    loc="Thomas Graham House, Cambridge (hybrid)",
    sched="Full time, 35 hours per week",
    ess=[
        "A degree in chemistry or a closely related science",
        "Experience of editorial or peer-review work on a scientific journal, or of research publishing as an author",
        "Excellent written English and a sharp eye for detail",
        "Confidence in juggling several deadlines at once",
    ],
    des=[
        "A PhD or postdoctoral experience in analytical chemistry",
        "Familiarity with an online manuscript tracking system",
    ],
    comp=[
        ("Collaborative", "we work across teams and share what we know."),
        ("Curious", "we ask questions and look for better ways of doing things."),
        ("Accountable", "we own our work and deliver what we promise."),
        ("Inclusive", "we value different voices and make room for them."),
    ],
    duties=[
        "Assess new submissions against the journals' scope and standards, and choose suitable reviewers",
        "Guide manuscripts through peer review and make recommendations to the Associate Editors",
        "Commission reviews, themed collections and editorials with the editorial boards",
        "Represent the journals at two or three conferences a year",
        "Keep an eye on publishing ethics and escalate any concerns",
    ],
)

rsc_html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{rsc['title']} | Careers | Royal Society of Chemistry</title>
<style>
body {{ font-family: Arial, Helvetica, sans-serif; margin: 0; color: #1d1d1b; }}
.cookie {{ background: #222; color: #eee; font-size: 13px; padding: 8px 24px; }}
.cookie a {{ color: #9fd3ff; margin-left: 10px; }}
header {{ background: #004976; color: #fff; padding: 16px 24px; }}
header nav a {{ color: #fff; margin-right: 18px; text-decoration: none; font-size: 14px; }}
.crumbs {{ font-size: 13px; padding: 10px 24px; color: #555; }}
main {{ display: flex; gap: 32px; padding: 0 24px 24px; }}
article {{ flex: 3; }}
aside {{ flex: 1; background: #f2f6f9; padding: 12px 16px; font-size: 14px; }}
dl.facts {{ display: grid; grid-template-columns: 11em 1fr; gap: 4px 12px; background: #eef4f8; padding: 12px; }}
dl.facts dt {{ font-weight: bold; }}
dl.facts dd {{ margin: 0; }}
footer {{ font-size: 12px; color: #666; padding: 16px 24px; border-top: 1px solid #ccc; }}
</style>
</head>
<body>
<div class="cookie">We use cookies to make this site work and to understand how you use it.
<a href="#">Accept all</a><a href="#">Reject optional</a><a href="#">Cookie settings</a></div>
<header>
<div><strong>Royal Society of Chemistry</strong></div>
<nav><a href="#">Membership &amp; professional community</a><a href="#">Journals, books &amp; databases</a><a href="#">Events</a><a href="#">Policy &amp; campaigning</a><a href="#">Careers</a></nav>
</header>
<div class="crumbs">Home / About us / Careers / Current vacancies</div>
<main>
<article>
<h1>{rsc['title']}</h1>
<p><em>Posted 19 January 2045</em></p>
<dl class="facts">
<dt>Job reference</dt><dd>{rsc['ref']}</dd>
<dt>Employer</dt><dd>{rsc['org']}</dd>
<dt>Team</dt><dd>Publishing – Journals</dd>
<dt>Location</dt><dd>{rsc['loc']}</dd>
<dt>Contract</dt><dd>Permanent</dd>
<dt>Hours</dt><dd>{rsc['sched']}</dd>
<dt>Salary</dt><dd>£34,500 – £38,200 per annum</dd>
<dt>Closing date</dt><dd>Thursday 9 February 2045, 23:59</dd>
<dt>Interviews</dt><dd>Week commencing 20 February 2045</dd>
</dl>
<h2>About the role</h2>
<p>Our analytical science journals publish around 2,400 articles a year from authors in more than
sixty countries. As a Publishing Editor you will look after a portfolio of manuscripts from
submission to decision, working closely with academic editors and colleagues in production and
marketing. You will spend most of your time on editorial judgement and on people: authors,
reviewers and board members who rely on a quick, fair and well-explained process.</p>
<h2>What you'll be doing</h2>
{ul(rsc['duties'])}
<h2>About you</h2>
<p>We are looking for a scientist who enjoys the written word and wants to stay close to research
without working at the bench.</p>
<h3>Essential</h3>
{ul(rsc['ess'])}
<h3>Desirable</h3>
{ul(rsc['des'])}
<h2>Our behaviours</h2>
""" + "".join(f"<p><strong>{n}:</strong> {d}</p>\n" for n, d in rsc['comp']) + f"""<h2>What we offer</h2>
<p>28 days' annual leave plus bank holidays, a pension with employer contributions of up to 10%,
a £500 personal learning budget each year and a cycle-to-work scheme.</p>
<h2>How to apply</h2>
<p>Please apply online with your CV and a covering letter of no more than two pages, quoting
{rsc['ref']}. We can only consider applications received by the closing date.</p>
</article>
<aside>
<h3>Similar vacancies</h3>
<p><strong>Events Assistant</strong><br>London · £26,900 per annum<br>Closes 2 March 2045</p>
<p><strong>Data Analyst (fixed term)</strong><br>Cambridge · £41,000 per annum<br>Closes 24 February 2045</p>
<p><a href="#">See all vacancies</a></p>
</aside>
</main>
<footer>Royal Society of Chemistry, Thomas Graham House, Milton Road, Cambridge. Registered charity.
© 2045 · Privacy · Accessibility · Contact us</footer>
</body>
</html>
"""
w("rsc-45-0214-careers.html", rsc_html)

rsc_board = f"""ChemCareers Hub
Find a job    Recruiters    Career advice    Sign in    Post a job

Jobs > Publishing & editorial > Cambridge

{rsc['title']}
Royal Society of Chemistry
Save job   Share

Job Summary
- Organisation
-
{rsc['org']}
- Location
-
{rsc['loc']}
- Contract Type
-
Full-timePermanent
- Salary
- 34500 GBP - 38200 GBP
- Closing date
-
09/02/2045
- Employer's reference
-
{rsc['ref']}
Job Details
{rsc['title']}
The Royal Society of Chemistry is looking for a Publishing Editor to join the team behind its
analytical science journals. You will handle manuscripts from submission to decision, choose
reviewers, work with the academic editors and represent the journals at conferences.
Hours: {rsc['sched']}. Interviews are planned for the week commencing 20 February 2045.
What you'll need
""" + "".join(i + "\n" for i in rsc['ess']) + "Nice to have\n" + "".join(i + "\n" for i in rsc['des']) + \
"How we work\n" + "".join(f"{n}: {d}\n" for n, d in rsc['comp']) + f"""Benefits include a pension with up to 10% employer contributions and a £500 learning budget.
Apply on the employer's website, quoting the reference above.

Posted 19/01/2045 · 214 views · Job ID CCH-77105

More jobs like this
- Technical Editor, Materials Journals | Bristol | 31000 GBP - 34000 GBP | Closes 27/02/2045
- Editorial Assistant (part time) | Remote | 14.20 GBP per hour | Closes 13/02/2045

About ChemCareers Hub   Terms   Privacy   Cookies
"""
w("rsc-45-0214-chemcareershub.txt", rsc_board)

expected("rsc-45-0214", {
    "reference": rsc['ref'], "post_number": None, "languages": ["en"],
    "title": {"en": rsc['title'], "fr": None},
    "organisation": {"en": rsc['org'], "fr": None},
    "location": {"en": rsc['loc'], "fr": None},
    "schedule": {"en": rsc['sched'], "fr": None},
    "deadline": "2045-02-09",
    "salary": {"amount": None, "min": 34500, "max": 38200, "currency": "GBP", "period": "year"},
    "grade": None, "clearance": None,
    "requirements": {"en": {"essential": rsc['ess'], "desirable": rsc['des']}, "fr": None},
    "competencies": {"en": [{"name": n, "description": d} for n, d in rsc['comp']], "fr": None},
})

# ---------------------------------------------------------------- Opéra de Rouen (FR)
orn = dict(
    ref="ORN-2045-006",
    title="Régisseur·euse lumière (H/F)",
    org="Opéra de Rouen Normandie",
    loc="Théâtre des Arts, Rouen (Seine-Maritime)",
    sched="Temps complet annualisé",
    ess=[
        "Formation aux techniques du spectacle (DMA, BTS ou équivalent) ou expérience équivalente ;",
        "Au moins trois ans d'expérience en régie lumière dans une salle équipée ;",
        "Maîtrise des consoles lumière et des projecteurs asservis ;",
        "Habilitation électrique et formation au travail en hauteur à jour.",
    ],
    des=[
        "Expérience du répertoire lyrique ou chorégraphique ;",
        "Lecture de partition.",
    ],
    comp=["Rigueur", "Sens du collectif", "Disponibilité", "Calme sous pression"],
    missions=[
        "a) préparer l'implantation et les conduites lumière des productions lyriques, chorégraphiques et des concerts ;",
        "b) encadrer l'équipe d'électriciens lors des montages, des répétitions et des représentations ;",
        "c) assurer la maintenance préventive du parc de projecteurs et des consoles ;",
        "d) accueillir les équipes techniques des spectacles invités et adapter leurs fiches techniques.",
    ],
)

orn_fiche = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Fiche de poste {orn['ref']}</title>
<style>
@page {{ size: A4; margin: 18mm 18mm 20mm; @bottom-center {{ content: "Opéra de Rouen Normandie – {orn['ref']} – page " counter(page) "/" counter(pages); font-size: 8pt; color: #666; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; }}
.band {{ background: #5b1f2a; color: #fff; padding: 10px 14px; }}
.kicker {{ letter-spacing: 0.3em; font-size: 8pt; }}
h1 {{ font-size: 17pt; margin: 4px 0 0; }}
table {{ border-collapse: collapse; width: 100%; margin: 12px 0; }}
th, td {{ border: 1px solid #bbb; padding: 4px 8px; text-align: left; vertical-align: top; }}
th {{ background: #f1e6e8; width: 34%; }}
h2 {{ font-size: 12pt; color: #5b1f2a; border-bottom: 1px solid #5b1f2a; }}
</style>
</head>
<body>
<div class="band"><div class="kicker">FICHE DE POSTE · DIRECTION TECHNIQUE</div>
<h1>{orn['title']}</h1></div>
<table>
<tr><th>Référence</th><td>{orn['ref']}</td></tr>
<tr><th>Employeur</th><td>{orn['org']}</td></tr>
<tr><th>Direction</th><td>Direction technique – service lumière</td></tr>
<tr><th>Lieu de travail</th><td>{orn['loc']}</td></tr>
<tr><th>Type de contrat</th><td>CDI de droit privé</td></tr>
<tr><th>Temps de travail</th><td>{orn['sched']}</td></tr>
<tr><th>Rémunération</th><td>Entre 2 450 € et 2 780 € bruts mensuels, selon expérience</td></tr>
<tr><th>Prise de poste</th><td>1er avril 2045</td></tr>
<tr><th>Date limite de candidature</th><td>16 février 2045</td></tr>
</table>
<h2>1. Contexte</h2>
<p>Établissement public de coopération culturelle, l'Opéra de Rouen Normandie produit chaque saison
des opéras, des concerts symphoniques et des spectacles de danse, au Théâtre des Arts et en tournée
dans la région. Le service lumière compte six permanents et fait appel à des intermittents selon les
productions.</p>
<h2>2. Missions</h2>
<p>Sous l'autorité du régisseur général, vous êtes chargé·e de :<br>
{'<br>'.join(orn['missions'])}</p>
<h2>3. Profil</h2>
<p><strong>Compétences requises :</strong></p>
{ul(orn['ess'])}
<p><strong>Serait un plus :</strong></p>
{ul(orn['des'])}
<p><strong>Savoir-être :</strong> {' · '.join(orn['comp'])}</p>
<h2>4. Conditions</h2>
<p>Horaires variables selon le planning des productions, travail en soirée, le week-end et les jours
fériés. Prime de fin d'année, mutuelle prise en charge à 60 %, indemnité de repas de 9,80 € les jours
de double service.</p>
<h2>5. Candidature</h2>
<p>Lettre de motivation et CV à adresser avant le 16 février 2045 à recrutement@opera-rouen.example.org,
en rappelant la référence {orn['ref']}. Les entretiens auront lieu début mars 2045.</p>
</body>
</html>
"""
w("orn-2045-006-fiche.html", orn_fiche, HERE)

orn_board = f"""Aller au contenu principal
ScèneJobs – l'emploi dans le spectacle vivant
Accueil
Offres d'emploi
Déposer une offre
Annuaire des lieux
Se connecter

Offres d'emploi > Technique > Lumière

L'Opéra de Rouen Normandie recrute
{orn['title']}

Publiée le 20/01/2045 · Normandie · CDI

L'Opéra de Rouen Normandie, établissement public de coopération culturelle, réunit un orchestre
permanent, un chœur et une équipe technique qui accueille chaque saison près de cent représentations
au Théâtre des Arts. Il recrute pour sa direction technique un·e régisseur·euse lumière.

Missions
Sous l'autorité du régisseur général, vous préparez l'implantation et les conduites lumière des
productions, encadrez l'équipe d'électriciens, veillez à la maintenance du parc et accueillez les
spectacles invités. Vous participez aux réunions de production avec les équipes artistiques et
tenez à jour la documentation technique de la salle (plans d'implantation, inventaire, fiches de
sécurité). Les horaires suivent le planning des productions : soirées, week-ends et jours fériés.

Profil
""" + "".join(f"- {i}\n" for i in orn['ess']) + "\nAtouts\n" + "".join(f"- {i}\n" for i in orn['des']) + \
"\nQualités attendues\n" + "".join(f"{c}\n" for c in orn['comp']) + f"""
Conditions
Lieu : {orn['loc']}
Contrat : CDI de droit privé
Temps de travail : {orn['sched']}
Salaire : 2 450 € – 2 780 € brut mensuel
Prise de poste : 01/04/2045
Date limite : 16/02/2045
Référence à rappeler : {orn['ref']}

Postuler : recrutement@opera-rouen.example.org

Offres similaires
Électricien·ne de plateau (CDD 6 mois) – Caen – 15,10 € brut de l'heure – avant le 28/02/2045
Pupitreur·euse lumière – Lille – intermittent – avant le 10/02/2045

ScèneJobs · Mentions légales · Contact
"""
w("orn-2045-006-scenejobs.txt", orn_board)

expected("orn-2045-006", {
    "reference": orn['ref'], "post_number": None, "languages": ["fr"],
    "title": {"en": None, "fr": orn['title']},
    "organisation": {"en": None, "fr": orn['org']},
    "location": {"en": None, "fr": orn['loc']},
    "schedule": {"en": None, "fr": orn['sched']},
    "deadline": "2045-02-16",
    "salary": {"amount": None, "min": 2450, "max": 2780, "currency": "EUR", "period": "month"},
    "grade": None, "clearance": None,
    "requirements": {"en": None, "fr": {"essential": orn['ess'], "desirable": orn['des']}},
    "competencies": {"en": None, "fr": [{"name": c, "description": ""} for c in orn['comp']]},
})

# ---------------------------------------------------------------- Nausicaá (FR)
nau = dict(
    ref="NAU-2045-012",
    title="Soigneur·euse aquariologiste (H/F)",
    org="Nausicaá – Centre National de la Mer",
    loc="Boulogne-sur-Mer (62)",
    sched="Temps plein – 35 h hebdomadaires",
    ess=[
        "BTS Gestion et protection de la nature, licence de biologie marine ou diplôme équivalent",
        "Première expérience en aquariologie ou en élevage d'organismes marins",
        "Niveau 2 de plongée au minimum",
        "Permis B",
    ],
    des=[
        "Connaissance de la culture des coraux",
        "Anglais courant",
    ],
    comp=[
        ("Sens de l'observation", "vous repérez le moindre changement de comportement chez les animaux."),
        ("Esprit d'équipe", "vous travaillez en binôme et en lien étroit avec l'équipe vétérinaire."),
        ("Pédagogie", "vous aimez expliquer votre métier aux visiteurs."),
    ],
)

nau_md = f"""[Aller au contenu](#contenu)

![Nausicaá](logo-nausicaa.svg)

[Le centre](#) · [Nos engagements](#) · [Carrières](#) · [Presse](#) · [Billetterie](#)

> Ce site utilise des cookies pour mesurer l'audience. [Tout accepter] [Paramétrer]

Carrières › Nos offres › Soins aux animaux

# {nau['title']}

*Offre publiée le 27 janvier 2045*

**Référence :** {nau['ref']}\\
**Employeur :** {nau['org']}\\
**Service :** Aquariologie – pôle récifs et eaux tempérées\\
**Lieu :** {nau['loc']}\\
**Contrat :** CDI\\
**Temps de travail :** {nau['sched']}\\
**Salaire :** 2 150 € brut mensuel\\
**Date limite de candidature :** jeudi 23 février 2045

---

## Le poste

Au sein d'une équipe de vingt soigneurs, vous prenez en charge les bassins d'un secteur (poissons
récifaux, coraux, invertébrés) : préparation et distribution de la nourriture, suivi de la qualité de
l'eau, nettoyage des vitres et des décors, plongées d'entretien. Vous participez aux programmes de
reproduction et au transfert des animaux entre bassins. Le travail s'organise un week-end sur deux et
certains jours fériés, avec des astreintes ponctuelles.

## Profil recherché

- {nau['ess'][0]}
- {nau['ess'][1]}
- {nau['ess'][2]}
- {nau['ess'][3]}

**Les petits plus**

- {nau['des'][0]}
- {nau['des'][1]}

## Vos qualités

""" + "".join(f"- **{n} :** {d}\n" for n, d in nau['comp']) + f"""
## Déroulement du recrutement

1. Présélection sur dossier jusqu'au 23 février 2045
2. Entretien et épreuve pratique en bassin la semaine du 6 mars 2045
3. Prise de poste au 2 avril 2045

Avantages : tickets restaurant de 9 € (part employeur 60 %), accès gratuit au centre pour vos proches,
comité social et économique.

[Postuler en ligne](#)

---

Autres offres : *Agent·e d'accueil billetterie (CDD saisonnier) – 11,90 € brut de l'heure* ·
*Technicien·ne de maintenance – 2 300 € brut mensuel*
"""
w("nau-2045-012-carrieres.md", nau_md)

nau_chat = f"""#famille-et-amis · jeudi 2 février 2045

[09:12] Camille D.
Coucou ! Lucas tu cherchais pas un poste dans un aquarium ? Je viens de voir passer ça, je colle le texte :

[09:13] Camille D.
OFFRE D'EMPLOI – {nau['org']}
Poste : {nau['title']}
Réf. {nau['ref']}
Lieu : {nau['loc']}
Contrat : CDI – {nau['sched']}
Rémunération : 2 150 € brut mensuel
Candidature avant le 23/02/2045

Vos missions : soins quotidiens aux animaux d'un secteur de bassins, nourrissage, qualité de l'eau,
nettoyage et plongées d'entretien, participation aux programmes de reproduction. Un week-end sur deux.

Profil recherché :
• {nau['ess'][0]}
• {nau['ess'][1]}
• {nau['ess'][2]}
• {nau['ess'][3]}
Les petits plus :
• {nau['des'][0]}
• {nau['des'][1]}
Vos qualités :
""" + "".join(f"{n} : {d}\n" for n, d in nau['comp']) + """
[09:15] Lucas M.
Oh merci !! Le niveau 2 je l'ai depuis cet été 😊 Le salaire est correct pour un premier poste ?

[09:16] Camille D.
Je crois que c'est dans la moyenne. Par contre l'entretien c'est début mars, avec une épreuve pratique.

[09:20] Lucas M.
Top, j'envoie ma candidature ce week-end 👍

[09:21] Martine D.
Bonne chance mon grand ! Et pense à la carte d'abonnement à 45 € pour la famille 😉
"""
w("nau-2045-012-chat.txt", nau_chat)

expected("nau-2045-012", {
    "reference": nau['ref'], "post_number": None, "languages": ["fr"],
    "title": {"en": None, "fr": nau['title']},
    "organisation": {"en": None, "fr": nau['org']},
    "location": {"en": None, "fr": nau['loc']},
    "schedule": {"en": None, "fr": nau['sched']},
    "deadline": "2045-02-23",
    "salary": {"amount": 2150, "min": None, "max": None, "currency": "EUR", "period": "month"},
    "grade": None, "clearance": None,
    "requirements": {"en": None, "fr": {"essential": nau['ess'], "desirable": nau['des']}},
    "competencies": {"en": None, "fr": [{"name": n, "description": d} for n, d in nau['comp']]},
})

# ---------------------------------------------------------------- RCGS (EN then FR)
rc = dict(
    ref="RCGS-2045-03",
    en=dict(
        title="Education Program Manager",
        org="The Royal Canadian Geographical Society",
        loc="50 Sussex Drive, Ottawa, Ontario (hybrid)",
        sched="Full-time, 37.5 hours per week",
        ess=[
            "University degree in geography, education, environmental studies or a related field;",
            "At least five years of experience designing or managing education programs;",
            "Experience supervising staff and working with volunteers;",
            "Advanced proficiency in English and French.",
        ],
        des=[
            "Teaching certification in a Canadian province or territory;",
            "Experience with education partnerships led by Indigenous organizations.",
        ],
        comp=[
            ("Leadership", "you set clear goals and help your team reach them."),
            ("Communication", "you explain complex ideas simply, in both official languages."),
            ("Judgement", "you weigh the options carefully, then decide."),
        ],
    ),
    fr=dict(
        title="Gestionnaire des programmes éducatifs",
        org="Société géographique royale du Canada",
        loc="50, promenade Sussex, Ottawa (Ontario) (mode hybride)",
        sched="Temps plein, 37,5 heures par semaine",
        ess=[
            "Diplôme universitaire en géographie, en éducation, en études environnementales ou dans un domaine connexe;",
            "Au moins cinq années d'expérience en conception ou en gestion de programmes éducatifs;",
            "Expérience de la supervision d'employés et du travail avec des bénévoles;",
            "Maîtrise avancée du français et de l'anglais.",
        ],
        des=[
            "Brevet d'enseignement d'une province ou d'un territoire du Canada;",
            "Expérience de partenariats éducatifs menés par des organisations autochtones.",
        ],
        comp=[
            ("Leadership", "vous fixez des objectifs clairs et aidez votre équipe à les atteindre."),
            ("Communication", "vous expliquez simplement des idées complexes, dans les deux langues officielles."),
            ("Jugement", "vous pesez soigneusement les options, puis vous tranchez."),
        ],
    ),
)


def rc_section(L, lab):
    d = rc[L]
    rows = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>\n" for a, b in [
        (lab['num'], rc['ref']), (lab['org'], d['org']), (lab['team'], lab['teamv']),
        (lab['loc'], d['loc']), (lab['term'], lab['termv']), (lab['hours'], d['sched']),
        (lab['sal'], lab['salv']), (lab['close'], lab['closev'])])
    return f"""<section lang="{L}">
<h1>{d['title']}</h1>
<table class="facts">
{rows}</table>
<h2>{lab['about']}</h2>
<p>{lab['abouttext']}</p>
<h2>{lab['resp']}</h2>
{ul(lab['respitems'])}
<h2>{lab['req']}</h2>
{ul(d['ess'])}
<h2>{lab['assets']}</h2>
{ul(d['des'])}
<h2>{lab['comp']}</h2>
""" + "".join(f"<p><b>{n}{lab['colon']}</b> {x}</p>\n" for n, x in d['comp']) + f"""<p class="note">{lab['note']}</p>
</section>
"""


rc_en = dict(num="Competition number", org="Organization", team="Department", teamv="Can Geo Education",
             loc="Location", term="Term", termv="Permanent, starting April 2045", hours="Hours",
             sal="Salary", salv="$62,000 to $71,500 per year", close="Closing date",
             closev="February 12, 2045, 11:59 p.m. (Eastern Time)", about="About the position",
             abouttext="The Society's education program reaches more than 25,000 teachers across the country with "
             "giant floor maps, classroom resources and a national geography challenge. The Education Program "
             "Manager leads a team of four and looks after the program's budget, partners and volunteers.",
             resp="Main responsibilities",
             respitems=["Plan and deliver the annual program of teacher workshops and student activities",
                        "Manage a team of four coordinators and a network of volunteer educators",
                        "Build partnerships with school boards, museums and community organizations",
                        "Prepare reports for funders and manage a budget of about $900,000"],
             req="Requirements", assets="Assets", comp="What we look for", colon=":",
             note="Interviews will take place during the week of February 27, 2045. Benefits include a group "
             "insurance plan, a 5% employer pension contribution and a $400 wellness allowance.")
rc_fr = dict(num="Numéro de concours", org="Organisme", team="Service", teamv="Éducation Can Geo",
             loc="Lieu", term="Durée", termv="Poste permanent, à compter d'avril 2045", hours="Horaire",
             sal="Salaire", salv="62 000 $ à 71 500 $ par année", close="Date limite",
             closev="12 février 2045, 23 h 59 (heure de l'Est)", about="Le poste",
             abouttext="Le programme éducatif de la Société rejoint plus de 25 000 enseignants partout au pays grâce "
             "à des cartes géantes, à des ressources pédagogiques et à un défi national de géographie. La ou le "
             "gestionnaire dirige une équipe de quatre personnes et veille au budget, aux partenaires et aux bénévoles.",
             resp="Principales responsabilités",
             respitems=["Planifier et offrir le programme annuel d'ateliers pour le personnel enseignant et d'activités pour les élèves",
                        "Gérer une équipe de quatre coordonnateurs et un réseau d'éducateurs bénévoles",
                        "Établir des partenariats avec des conseils scolaires, des musées et des organismes communautaires",
                        "Rédiger les rapports destinés aux bailleurs de fonds et gérer un budget d'environ 900 000 $"],
             req="Exigences", assets="Atouts", comp="Ce que nous recherchons", colon=" :",
             note="Les entrevues auront lieu pendant la semaine du 27 février 2045. Les avantages comprennent une "
             "assurance collective, une cotisation patronale de 5 % au régime de retraite et une allocation "
             "mieux-être de 400 $.")

rc_html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Careers / Carrières – RCGS / SGRC</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; margin: 0; font-size: 14px; }}
.top {{ background: #1b3a4b; color: #fff; padding: 6px 24px; font-size: 12px; }}
.top a {{ color: #fff; }}
.mast {{ padding: 14px 24px; border-bottom: 4px solid #c8102e; font-size: 20px; }}
.crumbs {{ padding: 8px 24px; font-size: 12px; color: #555; }}
section {{ padding: 0 24px 16px; }}
section[lang=fr] {{ break-before: page; }}
table.facts {{ border-collapse: collapse; margin: 10px 0; }}
table.facts th, table.facts td {{ border-bottom: 1px solid #ddd; padding: 4px 10px; text-align: left; }}
table.facts th {{ background: #f3f5f7; }}
.note {{ font-size: 12px; color: #444; }}
footer {{ padding: 12px 24px; font-size: 11px; color: #666; border-top: 1px solid #ccc; }}
</style>
</head>
<body>
<div class="top">Canada's Centre for Geography and Exploration · <a href="#">English</a> | <a href="#">Français</a> · <a href="#">Donate / Faire un don</a></div>
<div class="mast">The Royal Canadian Geographical Society · Société géographique royale du Canada</div>
<div class="crumbs">Home › About › Careers</div>
<p style="padding:0 24px"><em>(La version française suit.)</em></p>
{rc_section('en', rc_en)}{rc_section('fr', rc_fr)}<footer>Please send your application to careers@rcgs.example.org. / Veuillez envoyer votre candidature à careers@rcgs.example.org.
We thank all applicants; only those selected for an interview will be contacted. / Seules les personnes retenues pour une entrevue seront contactées.</footer>
</body>
</html>
"""
w("rcgs-2045-03-careers.html", rc_html)

expected("rcgs-2045-03", {
    "reference": rc['ref'], "post_number": None, "languages": ["en", "fr"],
    "title": {L: rc[L]['title'] for L in ("en", "fr")},
    "organisation": {L: rc[L]['org'] for L in ("en", "fr")},
    "location": {L: rc[L]['loc'] for L in ("en", "fr")},
    "schedule": {L: rc[L]['sched'] for L in ("en", "fr")},
    "deadline": "2045-02-12",
    "salary": {"amount": None, "min": 62000, "max": 71500, "currency": "CAD", "period": "year"},
    "grade": None, "clearance": None,
    "requirements": {L: {"essential": rc[L]['ess'], "desirable": rc[L]['des']} for L in ("en", "fr")},
    "competencies": {L: [{"name": n, "description": x} for n, x in rc[L]['comp']] for L in ("en", "fr")},
})

# ---------------------------------------------------------------- Chester Beatty (EN, EUR)
cb = dict(
    ref="CB/45/007",
    title="Digitisation Officer",
    org="Chester Beatty",
    loc="Dublin Castle, Dublin 2",
    sched="Full-time (35 hours per week)",
    grade="Higher Executive Officer",
    ess=[
        "A third-level qualification (NFQ Level 7 or higher) in photography, digital media, information studies or a related discipline",
        "At least two years' experience of imaging heritage collections or rare materials",
        "Sound knowledge of colour management and of metadata standards for images",
    ],
    des=[
        "Experience of delivering images through IIIF",
        "A reading knowledge of Arabic, Persian or an East Asian language",
    ],
    comp=[
        ("Specialist Knowledge, Expertise and Self Development", "keeps up to date with imaging practice and shares that knowledge with colleagues."),
        ("Delivery of Results", "plans the imaging programme and delivers it on time and to standard."),
        ("Communication and Interpersonal Skills", "explains technical matters clearly to curators, conservators and the public."),
        ("Teamwork", "works closely with the Conservation and Collections teams."),
    ],
    duties=[
        "Photograph manuscripts, prints and objects to agreed standards, working with conservators on safe handling",
        "Process, check and archive image files and record technical and descriptive metadata",
        "Manage the digitisation schedule and the studio equipment",
        "Supply images for exhibitions, publications, loans and the online collection",
    ],
)

cb_booklet = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Candidate Information Booklet – {cb['title']}</title>
<style>
body {{ font-family: "Liberation Serif", serif; font-size: 11pt; }}
.cover {{ text-align: center; margin: 40px 0 30px; }}
.cover p {{ letter-spacing: 0.15em; font-size: 10pt; }}
.cover h1 {{ font-size: 22pt; margin: 8px 0; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ border: 1px solid #777; padding: 4px 6px; vertical-align: top; }}
td.l {{ font-weight: bold; width: 30%; background: #eeeeee; }}
h2 {{ font-size: 13pt; margin-top: 18px; }}
.foot {{ font-size: 9pt; color: #555; margin-top: 24px; border-top: 1px solid #999; }}
</style>
</head>
<body>
<div class="cover">
<p>CANDIDATE INFORMATION BOOKLET</p>
<h1>{cb['title']}</h1>
<p>{cb['org'].upper()} · PERMANENT POST</p>
<p><b>Closing date: 12 noon on Monday 20 February 2045</b></p>
</div>
<table>
<tr><td class="l">Job Title</td><td>{cb['title']}</td></tr>
<tr><td class="l">Reference</td><td>{cb['ref']}</td></tr>
<tr><td class="l">Employer</td><td>{cb['org']}</td></tr>
<tr><td class="l">Location</td><td>{cb['loc']}</td></tr>
<tr><td class="l">Reporting to</td><td>Head of Collections</td></tr>
<tr><td class="l">Grade</td><td>{cb['grade']}</td></tr>
<tr><td class="l">Hours</td><td>{cb['sched']}</td></tr>
<tr><td class="l">Salary</td><td>€46,112 – €58,880 per annum (personal pension contribution rate)</td></tr>
</table>
<h2>1. Background</h2>
<p>The Chester Beatty is a museum and library in the grounds of Dublin Castle whose collections of
manuscripts, rare books, prints and decorative arts come from across Asia, the Middle East, North
Africa and Europe. Admission is free, and the online collection is used by researchers worldwide.</p>
<h2>2. Job Purpose</h2>
<p>The post-holder will run the museum's imaging studio and its digitisation programme, making high-quality
images of the collections available for research, exhibitions and the public.</p>
<h2>3. Duties and Responsibilities</h2>
<ol>
""" + "".join(f"<li>{d}</li>\n" for d in cb['duties']) + f"""</ol>
<h2>4. Essential Criteria</h2>
{ul(cb['ess'])}
<h2>5. Desirable Criteria</h2>
{ul(cb['des'])}
<h2>6. Key Competencies</h2>
<p>Candidates will be assessed against the following competencies. The successful candidate:</p>
""" + "".join(f"<p><b>{n}:</b> {d}</p>\n" for n, d in cb['comp']) + f"""<h2>7. Salary and conditions</h2>
<p>The salary scale for the post is €46,112 – €58,880 per annum. New entrants will normally start at the
minimum of the scale. Annual leave is 29 days. A travel-pass scheme and a €250 eye-care contribution are
available.</p>
<h2>8. How to apply</h2>
<p>Send a CV and a cover letter of no more than two pages to recruitment@chesterbeatty.example.ie,
quoting {cb['ref']}, by 12 noon on Monday 20 February 2045. Shortlisted candidates will be invited to
interview in the week beginning 6 March 2045.</p>
<p class="foot">Chester Beatty, Dublin Castle, Dublin 2 · {cb['ref']} · The Chester Beatty is an equal opportunities employer.</p>
</body>
</html>
"""
w("cb-45-007-booklet.html", cb_booklet, HERE)

cb_md = f"""Heritage Jobs Ireland

[Home](#) | [Browse jobs](#) | [Employers](#) | [Newsletter](#)

## {cb['title']}

- **Organisation** {cb['org']}
- **Location** {cb['loc']}
- **Contract Type** Permanent, {cb['sched']}
- **Grade** {cb['grade']} (HEO)
- **Salary** 46112 Euro - 58880 Euro
- **Closing date** 20/02/2045
- **Ref** {cb['ref']}

### Job Details

The Chester Beatty, a museum and library at Dublin Castle, is recruiting a Digitisation Officer to
run its imaging studio: photographing manuscripts and objects, processing and archiving image files,
planning the digitisation schedule and supplying images for exhibitions and the online collection.
The post-holder reports to the Head of Collections and works every day with conservators and curators,
so patience with fragile material and clear communication matter as much as technical skill.

About the employer: the museum's collections of manuscripts, rare books, miniature paintings and prints
come from across Asia, the Middle East, North Africa and Europe. Admission is free and the reading room
welcomes researchers from all over the world.

**Essential**

""" + "".join(f"* {i}\n" for i in cb['ess']) + """
**Desirable**

""" + "".join(f"* {i}\n" for i in cb['des']) + """
**Competencies**

""" + "".join(f"{n}: {d}\\\n" for n, d in cb['comp'][:-1]) + f"{cb['comp'][-1][0]}: {cb['comp'][-1][1]}\n" + f"""
Applications close at 12 noon. Interviews in early March 2045. Full details in the candidate
information booklet on the employer's site.

*Listed 25/01/2045 · Listing HJI-5528*

---

**Related jobs:** Paper Conservator, Cork – 52000 Euro - 61000 Euro · Visitor Services Assistant, Kilkenny – 17.10 Euro per hour
"""
w("cb-45-007-heritagejobs.md", cb_md)

expected("cb-45-007", {
    "reference": cb['ref'], "post_number": None, "languages": ["en"],
    "title": {"en": cb['title'], "fr": None},
    "organisation": {"en": cb['org'], "fr": None},
    "location": {"en": cb['loc'], "fr": None},
    "schedule": {"en": cb['sched'], "fr": None},
    "deadline": "2045-02-20",
    "salary": {"amount": None, "min": 46112, "max": 58880, "currency": "EUR", "period": "year"},
    "grade": cb['grade'], "clearance": None,
    "requirements": {"en": {"essential": cb['ess'], "desirable": cb['des']}, "fr": None},
    "competencies": {"en": [{"name": n, "description": d} for n, d in cb['comp']], "fr": None},
})
print("notices written")
