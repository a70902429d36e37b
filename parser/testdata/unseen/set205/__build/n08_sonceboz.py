from common import *

KEY = "son-me-3418"
REF = "SON-ME-3418"
TITLE = "Ingénieur·e développement mécatronique – Actionneurs"
ORG = "Sonceboz SA"
LOC = "Sonceboz-Sombeval"
SCHED = "80–100 %"
ESS = [
    "Master ou bachelor HES en microtechnique, génie mécanique ou électrique",
    "Au moins 4 ans d'expérience dans le développement de moteurs pas-à-pas, BLDC ou d'actionneurs électromécaniques",
    "Maîtrise d'un outil de CAO 3D (Creo ou SolidWorks) et des calculs de dimensionnement",
    "Connaissance des méthodes AMDEC et des normes automobiles (IATF 16949)",
    "Français et anglais courants, à l'oral comme à l'écrit",
]
DES = [
    "Expérience en simulation magnétique par éléments finis (Flux, Ansys Maxwell)",
    "Connaissances de l'allemand",
    "Expérience en gestion de projets clients dans le secteur automobile",
]
DUTIES = [
    "concevoir des actionneurs linéaires et rotatifs pour les systèmes de gestion thermique des véhicules",
    "dimensionner les circuits magnétiques, les réducteurs et les boîtiers",
    "piloter la réalisation des prototypes et les campagnes d'essais",
    "rédiger les spécifications techniques et les analyses de risques",
    "accompagner l'industrialisation avec les équipes de production de Sonceboz et de Chine",
]
expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["fr"],
    "title": lang2(None, TITLE), "organisation": lang2(None, ORG), "location": lang2(None, LOC),
    "schedule": lang2(None, SCHED), "deadline": "2034-11-30",
    "salary": None, "grade": None, "clearance": None,
    "requirements": {"en": None, "fr": {"essential": ESS, "desirable": DES}},
    "competencies": {"en": None, "fr": []},
})
INTRO = ("Entreprise familiale du Jura bernois, Sonceboz conçoit et fabrique des moteurs, des actionneurs et des systèmes "
         "mécatroniques pour l'automobile, l'industrie et le médical. Pour notre centre de développement, nous cherchons un·e")
OFFER = ["un environnement international au sein d'une entreprise indépendante",
         "un horaire flexible et la possibilité de télétravail partiel",
         "un restaurant d'entreprise et des places de parc gratuites",
         "des prestations sociales supérieures à la moyenne"]
li = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{TITLE} ({SCHED}) | Carrières | Sonceboz</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;color:#222}} .hero{{background:#e30613;color:#fff;padding:14px}}
.facts{{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;background:#f5f5f5;padding:10px}} .facts dt{{font-weight:bold}}</style></head>
<body>
<div class="cookies">Ce site utilise des cookies. <a href="#">Tout accepter</a> <a href="#">Paramètres</a></div>
<header>SONCEBOZ · Produits · Applications · Entreprise · <a href="#">Carrières</a> · FR | DE | EN</header>
<p>Accueil › Carrières › Postes vacants</p>
<div class="hero"><h1>{TITLE}</h1><p>{SCHED} · {LOC}</p></div>
<dl class="facts">
<dt>Référence</dt><dd>{REF}</dd>
<dt>Entreprise</dt><dd>{ORG}</dd>
<dt>Lieu</dt><dd>{LOC}</dd>
<dt>Taux d'activité</dt><dd>{SCHED}</dd>
<dt>Type de contrat</dt><dd>Contrat à durée indéterminée</dd>
<dt>Entrée en fonction</dt><dd>à convenir</dd>
<dt>Délai de postulation</dt><dd>30.11.2034</dd>
</dl>
<p>{INTRO} <strong>{TITLE}</strong>.</p>
<h2>Vos tâches</h2>
<ul>{li(DUTIES)}</ul>
<h2>Votre profil</h2>
<ul>{li(ESS)}</ul>
<h3>Un plus</h3>
<ul>{li(DES)}</ul>
<h2>Ce que nous offrons</h2>
<ul>{li(OFFER)}</ul>
<p>Intéressé·e ? Déposez votre dossier complet (CV, lettre, certificats) via notre portail jusqu'au 30 novembre 2034. Les premiers entretiens auront lieu à Sonceboz dès le 11 décembre 2034.</p>
<p><a href="#">Postuler</a></p>
<section><h2>Autres postes</h2><ul><li>Technicien·ne de laboratoire d'essais 100 % – délai 15.12.2034</li><li>Acheteur·euse technique 80–100 % – délai 07.12.2034</li></ul></section>
<footer>Sonceboz SA · Rue Rosselet-Challandes · 2605 Sonceboz-Sombeval · Mentions légales</footer>
</body></html>
"""
out(KEY + "-sonceboz.html", html)

jobup = f"""jobup.ch
Emplois   Entreprises   Salaires   Conseils carrière
Mots-clés : mécatronique	Lieu : Bienne	Rechercher
Offre 3 sur 22

{TITLE}
Sonceboz SA
il y a 5 jours
Date de publication :31 octobre 2034Taux d'activité :{SCHED}Type de contrat :Durée indéterminéeLieu de travail :{LOC}
Postuler
Salaire estimé par jobup.ch
CHF 96 000 - 118 000 / an
Cette estimation est basée sur des offres comparables et ne provient pas de l'entreprise.

{INTRO}
{TITLE}
Référence : {REF} · Lieu : {LOC} · Taux d'activité : {SCHED} · Contrat à durée indéterminée · Entrée en fonction : à convenir · Délai de postulation : 30.11.2034

Vos tâches
{'; '.join(DUTIES)}

Votre profil
{chr(10).join(ESS)}
Un plus
{chr(10).join(DES)}

Ce que nous offrons
{chr(10).join(OFFER)}

Intéressé·e ? Déposez votre dossier complet (CV, lettre, certificats) via notre portail jusqu'au 30 novembre 2034. Les premiers entretiens auront lieu à Sonceboz dès le 11 décembre 2034.

Lieu de travail
Rue Rosselet-Challandes, 2605 Sonceboz-Sombeval
Identifiant de l'annonce : 6f1d2c84-93be-4b7e-a1c5-08d2e44f7a19

Offres similaires
Ingénieur·e de développement électronique 100 % · Bienne · Salaire estimé CHF 92 000 - 112 000 / an
Chef·fe de projet R&D 80-100 % · Saint-Imier · il y a 2 jours
"""
out(KEY + "-jobup.txt", jobup)
