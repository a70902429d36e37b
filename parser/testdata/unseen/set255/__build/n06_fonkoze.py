"""Fonkoze (Haiti), French: a Haitian job board's copy (JobPaw-like: section heads
'Introduction', 'Description', 'Qualifications'..., facts as label line / value line with
blank lines), and the foundation's own page (facts as a plain bullet list of run-in labels)."""
from common import write, expected, key_of

REF = "FKZ/RH/2038-146"
TITLE = "Coordonnateur(trice) régional(e) d'éducation financière"
ORG = "Fonkoze (Fondasyon Kole Zepòl)"
LOC = "Hinche, Plateau Central, avec déplacements dans les succursales du département du Centre"
SCHED = "Temps plein, du lundi au samedi midi"
SAL = "118 000 gourdes (HTG) par mois, plus frais de déplacement"
ESS = [
    "Licence en sciences de l'éducation, en économie ou en travail social ;",
    "Trois ans d'expérience au moins dans l'animation de formations pour adultes en milieu rural ;",
    "Parfaite maîtrise du créole haïtien et bonne maîtrise du français ;",
    "Aptitude à se déplacer à moto sur des routes difficiles.",
]
DES = [
    "Expérience dans une institution de microfinance ;",
    "Connaissance des mutuelles de solidarité.",
]
COMP = [
    ("Pédagogie", "rend les notions d'épargne et de crédit accessibles à des membres peu alphabétisés."),
    ("Empathie", "écoute les difficultés des membres sans les juger."),
    ("Organisation", "tient à jour le calendrier des séances de toutes les succursales."),
]
TACHES = [
    "Planifier et animer les séances d'éducation financière des centres de crédit solidaire ;",
    "Former et accompagner les animateurs des succursales de Hinche, Mirebalais et Lascahobas ;",
    "Adapter les modules (budget familial, épargne, gestion de la dette) au créole et aux réalités locales ;",
    "Suivre les indicateurs de participation et rédiger un rapport mensuel.",
]
key = key_of(REF)

board = f"""
Accueil | Emplois | Appels d'offres | Bourses | Formations | Publier une offre | Connexion

{TITLE} pour Fonkoze

Publié le : 2038-12-06
Date limite : 2039-01-06
Catégorie : Finance / Microfinance
Vues : 2 317

Introduction

Fonkoze est une institution haïtienne de microfinance qui sert des femmes entrepreneures dans tous
les départements du pays. Dans le cadre de son programme d'éducation financière, Fonkoze recherche
un(e) {TITLE} pour sa région Centre.

Référence

{REF}

Organisation

{ORG}

Lieu d'affectation

{LOC}

Horaire

{SCHED}

Salaire

{SAL}

Description

""" + "\n".join("- " + t for t in TACHES) + """

Qualifications

""" + "\n".join("- " + e for e in ESS) + """

Atouts

""" + "\n".join("- " + d for d in DES) + """

Compétences

""" + "\n".join(f"- {n} : {d}" for n, d in COMP) + f"""

Comment postuler

Les personnes intéressées doivent envoyer leur CV, une lettre de motivation et la copie de leur
diplôme à recrutement@fonkoze.example au plus tard le jeudi 6 janvier 2039, en indiquant la
référence {REF} dans l'objet. Seules les personnes présélectionnées seront contactées pour un test
écrit à Hinche le 18 janvier 2039.

Partager sur : Facebook | WhatsApp | X

Offres similaires
Agent(e) de crédit - Les Cayes - Date limite : 2039-01-13
Caissier(ère) de succursale - Jacmel - Date limite : 2038-12-30
Animateur(trice) communautaire - Cap-Haïtien - Date limite : 2039-01-20
"""
write(f"{key}-jobpaw.txt", board)

html = f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Offre d'emploi – {TITLE} – Fonkoze</title>
<style>body{{font-family:Georgia,serif;max-width:820px;margin:auto}} nav a{{margin-right:12px}}
ul.facts{{background:#fdf6e3;padding:10px 28px}} .don{{background:#c0392b;color:#fff;padding:4px 8px}}</style>
</head>
<body>
<header>
  <nav><a href="/">Akèy</a><a href="/sou-nou">Sou nou</a><a href="/sevis">Sèvis</a><a href="/travay">Travay</a>
  <a class="don" href="/don">Fè yon don</a> <a href="/en">English</a></nav>
</header>
<main>
  <p><small>Travay › Offres d'emploi › Programme d'éducation financière</small></p>
  <h1>Offre d'emploi : {TITLE}</h1>
  <p>Fonkoze renforce son programme d'éducation financière dans le département du Centre et lance un appel à
  candidatures.</p>
  <ul class="facts">
    <li><strong>Référence :</strong> {REF}</li>
    <li><strong>Poste :</strong> {TITLE}</li>
    <li><strong>Organisation :</strong> {ORG}</li>
    <li><strong>Lieu d'affectation :</strong> {LOC}</li>
    <li><strong>Horaire :</strong> {SCHED}</li>
    <li><strong>Salaire :</strong> {SAL}</li>
    <li><strong>Date limite :</strong> 6 janvier 2039</li>
  </ul>
  <h2>Tâches principales</h2>
  <ul>{"".join(f"<li>{t}</li>" for t in TACHES)}</ul>
  <h2>Qualifications requises</h2>
  <ul>{"".join(f"<li>{e}</li>" for e in ESS)}</ul>
  <h2>Atouts</h2>
  <ul>{"".join(f"<li>{d}</li>" for d in DES)}</ul>
  <h2>Compétences</h2>
  {"".join(f"<p><em>{n}</em> : {d}</p>" for n, d in COMP)}
  <h2>Pour postuler</h2>
  <p>Envoyez CV, lettre de motivation et copie du diplôme à recrutement@fonkoze.example avant le 6 janvier 2039
  (référence {REF} dans l'objet). Test écrit à Hinche le 18 janvier 2039 pour les personnes présélectionnées.</p>
  <aside><h3>Nouvèl</h3><p>Journée portes ouvertes de la succursale de Mirebalais : 22 janvier 2039.</p></aside>
</main>
<footer>Fonkoze · Port-au-Prince, Haïti · Kontakte nou</footer>
</body></html>
"""
write(f"{key}-fonkoze.html", html)

expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2039-01-06",
         (118000, None, None, "HTG", "month"), None, {"fr": (ESS, DES)}, {"fr": COMP})
