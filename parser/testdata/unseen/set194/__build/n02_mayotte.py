"""Conseil départemental de Mayotte: careers page (HTML with <dl>) and its browser copy."""
from common import *

KEY = "cd976-2033-0487"
REF = "CD976-2033-0487"
TITLE = "Chargé(e) de mission prévention et protection de l'enfance (H/F)"
ORG = "Conseil départemental de Mayotte"
LOC = "Mamoudzou (976)"
SCHED = "Temps complet"

ESS = [
    "Diplôme de niveau 6 (bac+3) au minimum en droit, en sciences sociales ou dans le domaine de l'action sociale",
    "Expérience d'au moins trois ans dans le champ de la protection de l'enfance ou de l'action sociale",
    "Connaissance du cadre juridique de l'aide sociale à l'enfance et du fonctionnement des collectivités territoriales",
    "Maîtrise de la conduite de projet et de l'animation de réunions partenariales",
    "Aisance rédactionnelle (notes, rapports, bilans d'activité)",
    "Permis B indispensable (déplacements sur l'ensemble du territoire)",
]
DES = [
    "Pratique du shimaoré ou du kibouchi",
    "Expérience en milieu ultramarin ou dans un contexte interculturel",
]
QUAL = ["Sens du service public", "Discrétion et respect du secret professionnel",
        "Capacité d'écoute", "Esprit d'équipe", "Adaptabilité"]
MISSIONS = [
    "Piloter la mise en œuvre du schéma départemental de prévention et de protection de l'enfance et en suivre les indicateurs",
    "Coordonner la cellule de recueil des informations préoccupantes avec les services de l'État, la justice et l'Éducation nationale",
    "Préparer les conventions avec les associations habilitées et suivre leur exécution budgétaire",
    "Animer les groupes de travail territoriaux de Petite-Terre, du Centre, du Nord et du Sud",
    "Rédiger les notes à l'attention des élus et le rapport annuel de l'observatoire départemental",
]

FACTS = [
    ("Référence", REF),
    ("Date de parution", "17/11/2033"),
    ("Employeur", ORG),
    ("Direction", "Direction générale adjointe de la solidarité – Direction de l'enfance et de la famille"),
    ("Intitulé du poste", TITLE),
    ("Filière", "Administrative"),
    ("Cadre d'emplois", "Attachés territoriaux"),
    ("Catégorie", "A"),
    ("Ouvert aux", "Titulaires et contractuels (article L332-8 du CGFP)"),
    ("Temps de travail", SCHED),
    ("Lieu d'affectation", LOC),
    ("Prise de poste souhaitée", "02/02/2034"),
    ("Date limite de candidature", "08/12/2033"),
]

INTRO = ("Département et région d'outre-mer, Mayotte compte la population la plus jeune de France. "
         "La Direction de l'enfance et de la famille met en œuvre les politiques de prévention, d'accueil "
         "et de protection des mineurs et accompagne les familles sur les cinq intercommunalités du territoire. "
         "Pour renforcer son pôle pilotage, le Conseil départemental recrute un(e) chargé(e) de mission.")
OFFRE = [
    "Rémunération statutaire et régime indemnitaire (RIFSEEP) selon le grade, majoration de traitement applicable à Mayotte",
    "Participation employeur à la protection sociale complémentaire",
    "Télétravail possible un jour par semaine après la période d'intégration",
    "Plan de formation et accompagnement à la prise de poste",
]
CAND = ("Les candidatures (lettre de motivation et CV, et pour les fonctionnaires le dernier arrêté de situation "
        "administrative) sont à déposer en ligne au plus tard le 08/12/2033. Les entretiens de sélection se "
        "tiendront à partir du 15/12/2033 à l'Hôtel du Département, place du Marché, à Mamoudzou.")


def build():
    dl = "".join(f"  <dt>{esc(k)}</dt><dd>{esc(v)}</dd>\n" for k, v in FACTS)
    li = lambda xs: "".join(f"    <li>{esc(x)}</li>\n" for x in xs)
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{esc(TITLE)} – Offres d'emploi – Département de Mayotte</title>
<style>body{{font-family:Arial,sans-serif;margin:0;color:#1d2b36}} header{{background:#00546b;color:#fff;padding:10px 24px}}
nav a{{color:#fff;margin-right:14px}} .wrap{{display:flex;gap:30px;padding:20px 24px}} main{{flex:3}} aside{{flex:1.3;background:#eef5f7;padding:14px}}
dt{{font-weight:bold;margin-top:6px}} dd{{margin:0 0 4px 0}} .cookie{{background:#222;color:#eee;padding:8px 24px;font-size:13px}}
.crumbs{{font-size:13px;color:#567}} .btn{{display:inline-block;background:#e4003a;color:#fff;padding:8px 16px}}</style></head>
<body>
<div class="cookie">Ce site utilise des cookies de mesure d'audience. <a href="#">Accepter</a> <a href="#">Refuser</a> <a href="#">Personnaliser</a></div>
<header><div class="logo">Département de Mayotte</div>
<nav><a href="#">Le Département</a><a href="#">Vos démarches</a><a href="#">Solidarité</a><a href="#">Offres d'emploi</a><a href="#">Marchés publics</a><a href="#">Contact</a></nav></header>
<div class="wrap">
<main>
<p class="crumbs"><a href="#">Accueil</a> › <a href="#">Le Département recrute</a> › <a href="#">Offres d'emploi</a> › Offre {esc(REF)}</p>
<h1>{esc(TITLE)}</h1>
<p><a class="btn" href="#">Postuler</a> <a href="#">Imprimer</a> <a href="#">Envoyer à un ami</a></p>
<h2>Informations générales</h2>
<dl>
{dl}</dl>
<h2>Le contexte</h2>
<p>{esc(INTRO)}</p>
<h2>Vos missions</h2>
<ul>
{li(MISSIONS)}</ul>
<h2>Profil recherché</h2>
<ul>
{li(ESS)}</ul>
<h2>Atouts</h2>
<ul>
{li(DES)}</ul>
<h2>Qualités attendues</h2>
<ul>
{li(QUAL)}</ul>
<h2>Ce que nous offrons</h2>
<ul>
{li(OFFRE)}</ul>
<h2>Modalités de candidature</h2>
<p>{esc(CAND)}</p>
</main>
<aside>
<h3>Offres similaires</h3>
<ul>
<li><a href="#">Travailleur social – Aide sociale à l'enfance (H/F)</a><br>Date limite : 30/11/2033</li>
<li><a href="#">Assistant(e) de gestion – Direction des finances (H/F)</a><br>Date limite : 12/01/2034</li>
<li><a href="#">Médecin de PMI (H/F)</a><br>Date limite : 31/01/2034</li>
</ul>
<h3>Alerte emploi</h3><p>Recevez les nouvelles offres par courriel.</p>
</aside>
</div>
<footer><p>© Département de Mayotte – 8 rue de l'Hôpital, 97600 Mamoudzou – Mentions légales – Accessibilité : partiellement conforme</p></footer>
</body></html>
"""
    write(KEY + "-cd976.html", page, KEY)

    # Browser copy: each label on its line, its value on the next line.
    lines = ["Ce site utilise des cookies de mesure d'audience. Accepter Refuser Personnaliser",
             "Département de Mayotte", "Le Département", "Vos démarches", "Solidarité", "Offres d'emploi",
             "Marchés publics", "Contact", "",
             f"Accueil › Le Département recrute › Offres d'emploi › Offre {REF}", "", TITLE, "",
             "Postuler Imprimer Envoyer à un ami", "", "Informations générales"]
    for k, v in FACTS:
        lines += [k, v]
    lines += ["", "Le contexte", INTRO, "", "Vos missions"] + MISSIONS
    lines += ["", "Profil recherché"] + ESS + ["", "Atouts"] + DES + ["", "Qualités attendues"] + QUAL
    lines += ["", "Ce que nous offrons"] + OFFRE + ["", "Modalités de candidature", CAND, "",
              "Offres similaires", "Travailleur social – Aide sociale à l'enfance (H/F)", "Date limite : 30/11/2033",
              "Assistant(e) de gestion – Direction des finances (H/F)", "Date limite : 12/01/2034",
              "Médecin de PMI (H/F)", "Date limite : 31/01/2034", "Alerte emploi",
              "Recevez les nouvelles offres par courriel.", "",
              "© Département de Mayotte – 8 rue de l'Hôpital, 97600 Mamoudzou – Mentions légales – Accessibilité : partiellement conforme", ""]
    write(KEY + "-cd976-browser.txt", "\n".join(lines), KEY)


def exp():
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["fr"],
        "title": {"en": None, "fr": TITLE},
        "organisation": {"en": None, "fr": ORG},
        "location": {"en": None, "fr": LOC},
        "schedule": {"en": None, "fr": SCHED},
        "deadline": "2033-12-08",
        "salary": None, "grade": "A", "clearance": None,
        "requirements": {"en": None, "fr": req(ESS, DES)},
        "competencies": {"en": None, "fr": comp((q, "") for q in QUAL)},
    })
