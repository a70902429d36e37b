from common import *

KEY = "aeag-2035-dpl-12"
REF = "AEAG-2035-DPL-12"
TITLE = "Chargé(e) d'interventions assainissement collectif"
ORG = "Agence de l'eau Adour-Garonne"
LOC = "Pau (64)"
SCHED = "Temps complet"
GRADE = "A"
SAL = "entre 2 530 € et 3 215 € bruts mensuels selon expérience (contractuels)"
ESS = [
    "Formation supérieure (bac + 5) en génie de l'eau, génie civil ou environnement",
    "Expérience d'au moins trois ans en collectivité, en bureau d'études ou en service de l'État dans le domaine de l'assainissement",
    "Connaissance de la réglementation sur les eaux résiduaires urbaines et des marchés publics",
    "Capacité à analyser des dossiers techniques et financiers",
    "Permis B indispensable (déplacements fréquents dans les Pyrénées-Atlantiques, les Landes et les Hautes-Pyrénées)",
]
DES = [
    "Connaissance des acteurs de l'eau du bassin de l'Adour",
    "Pratique d'un logiciel de système d'information géographique",
]
SAVOIR = ["Sens du dialogue et de la négociation", "Rigueur", "Capacité à travailler en équipe", "Autonomie"]
E = dict(reference=REF, post_number=None, languages=["fr"], title={"en": None, "fr": TITLE},
         organisation={"en": None, "fr": ORG}, location={"en": None, "fr": LOC},
         schedule={"en": None, "fr": SCHED}, deadline="2035-09-28",
         salary=salary(None, 2530, 3215, "EUR", "month"), grade=GRADE, clearance=None,
         requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
         competencies={"en": None, "fr": [{"name": s, "description": ""} for s in SAVOIR]})

FACTS = [("Référence", REF), ("Employeur", ORG), ("Organisme de rattachement", "Ministère chargé de l'écologie"),
         ("Date de parution", "31/08/2035"), ("Catégorie", GRADE), ("Nature de l'emploi", "Emploi ouvert aux titulaires et aux contractuels (CDD de 3 ans)"),
         ("Temps de travail", SCHED), ("Télétravail", "Oui, jusqu'à deux jours par semaine"),
         ("Rémunération", SAL), ("Localisation du poste", LOC), ("Service", "Délégation Pau – Pyrénées-Atlantiques-Landes, service Eau et collectivités"),
         ("Date de prise de poste souhaitée", "01/12/2035"), ("Date limite de candidature", "28/09/2035")]
CONTEXTE = ("Établissement public de l'État, l'Agence de l'eau Adour-Garonne perçoit les redevances des usagers de l'eau "
            "et finance, sur un quart du territoire métropolitain, les actions qui améliorent la qualité des rivières, "
            "des nappes et du littoral. Sa délégation de Pau accompagne les collectivités de trois départements dans "
            "leurs projets d'eau potable et d'assainissement.")
MISS = [
    "Accompagner les collectivités dans la définition de leurs projets de stations de traitement et de réseaux d'assainissement",
    "Instruire les demandes d'aide financière et proposer les décisions au conseil d'administration",
    "Suivre l'exécution des opérations financées jusqu'au versement du solde",
    "Participer aux réunions de concertation avec les services de l'État et les syndicats d'eau",
    "Contribuer au bilan annuel de la conformité des systèmes d'assainissement de la délégation",
]


def html():
    rows = "\n".join(f'<li><span class="lbl">{a}</span><span class="val">{b}</span></li>' for a, b in FACTS)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{TITLE} – {REF}</title>
<style>body{{font-family:Marianne,Arial,sans-serif;max-width:980px;margin:auto}} ul.synth{{list-style:none;padding:0}} ul.synth li{{display:flex;border-bottom:1px solid #eee;padding:4px 0}} .lbl{{width:40%;font-weight:bold}} .tag{{background:#e3e3fd;padding:2px 6px;margin-right:4px;font-size:.8em}}</style>
</head><body>
<header><p>République française — <strong>Emplois publics de l'eau</strong></p><nav>Accueil | Offres | Mes alertes | Mon espace | Aide</nav></header>
<div id="consent">Ce site utilise des cookies nécessaires à son fonctionnement et des cookies de mesure d'audience. <button>Tout accepter</button> <button>Tout refuser</button> <button>Personnaliser</button></div>
<main>
<p>Accueil > Offres > {TITLE}</p>
<p><span class="tag">Catégorie {GRADE}</span><span class="tag">Environnement, eau</span><span class="tag">{LOC}</span></p>
<h1>{TITLE}</h1>
<p><button>Postuler</button> <button>Sauvegarder</button> <button>Imprimer</button></p>
<h2>Synthèse de l'offre</h2>
<ul class="synth">
{rows}
</ul>
<h2>Descriptif de l'employeur</h2>
<p>{CONTEXTE}</p>
<h2>Description du poste</h2>
<p>Au sein d'une équipe de huit personnes, vous êtes l'interlocuteur ou l'interlocutrice de l'Agence pour les collectivités d'un secteur couvrant le Béarn et le sud des Landes. Vos missions principales sont les suivantes :</p>
<ul>{ul(MISS)}</ul>
<h2>Profil recherché</h2>
<ul>{ul(ESS)}</ul>
<h2>Atouts</h2>
<ul>{ul(DES)}</ul>
<h2>Savoir-être</h2>
<ul>{ul(SAVOIR)}</ul>
<h2>Éléments de rémunération et avantages</h2>
<p>Pour les contractuels : {SAL}. Pour les titulaires : rémunération statutaire et régime indemnitaire (RIFSEEP). Restaurant administratif, forfait mobilités durables, 47 jours de congés et RTT.</p>
<h2>Modalités de candidature</h2>
<p>Adressez votre CV et votre lettre de motivation via le bouton « Postuler » avant le 28/09/2035. Les entretiens sont prévus à Pau la semaine du 13 octobre 2035.</p>
<p>Contact : service des ressources humaines, rh-recrutement@eau-adour-garonne.example</p>
<aside><h3>Offres proches</h3><p>Technicien(ne) milieux aquatiques – Rodez (12) – date limite 05/10/2035<br>Chargé(e) de mission agriculture – Toulouse (31) – date limite 19/09/2035</p></aside>
</main>
<footer>data.gouv · legifrance · service-public · Plan du site · Accessibilité : non conforme</footer>
</body></html>
"""


def printed():
    facts = "\n\n".join(f"{a}\n{b}" for a, b in FACTS)
    return f"""Emplois publics de l'eau - {TITLE}
https://emplois-eau.example/offre/{REF}

{TITLE}

Synthèse de l'offre

{facts}

Descriptif de l'employeur

{CONTEXTE}

Description du poste

Au sein d'une équipe de huit personnes, vous êtes l'interlocuteur ou l'interlocutrice de l'Agence pour les collectivités d'un secteur couvrant le Béarn et le sud des Landes. Vos missions principales sont les suivantes :
{chr(10).join('- ' + m for m in MISS)}

Profil recherché
{chr(10).join('- ' + m for m in ESS)}

Atouts
{chr(10).join('- ' + m for m in DES)}

Savoir-être
{chr(10).join('- ' + m for m in SAVOIR)}

Éléments de rémunération et avantages

Pour les contractuels : {SAL}. Pour les titulaires : rémunération statutaire et régime indemnitaire (RIFSEEP). Restaurant administratif, forfait mobilités durables, 47 jours de congés et RTT.

Modalités de candidature

Adressez votre CV et votre lettre de motivation via le bouton « Postuler » avant le 28/09/2035. Les entretiens sont prévus à Pau la semaine du 13 octobre 2035.

Contact : service des ressources humaines, rh-recrutement@eau-adour-garonne.example

Imprimé le 04/09/2035 à 10:37                                        1/2
"""


def build():
    expected(KEY, E)
    write(KEY + "-aeag.html", html(), KEY)
    write(KEY + "-impression.txt", printed(), KEY)
