"""298947 - NATO Defense College, Rome (FR then EN).
Renderings: the careers portal in its French interface saved as HTML; its Chromium PDF and
pdftotext dump."""
from common import expected, write

REF = "298947"
T_FR = "Assistant(e) de recherche (Division Recherche)"
T_EN = "Research Assistant (Research Division)"
ORG_FR = "Collège de défense de l'OTAN (NDC)"
ORG_EN = "NATO Defense College (NDC)"
LOC_FR, LOC_EN = "Italie-Rome", "Rome, Italy"
SCH_FR, SCH_EN = "Temps plein", "Full-time"
ESS_FR = [
    "diplôme universitaire de premier cycle en relations internationales, en sciences politiques, en histoire ou dans une discipline apparentée ;",
    "au moins deux ans d'expérience dans un centre de recherche, une université ou une administration traitant de questions de sécurité ;",
    "excellente capacité de rédaction et de relecture de textes analytiques ;",
    "maîtrise des bases de données bibliographiques et des outils de gestion de références ;",
    "connaissance de l'anglais et du français au niveau SLP 3333 dans l'une des langues et 2222 dans l'autre.",
]
DES_FR = [
    "diplôme de master dans l'une des disciplines citées ;",
    "expérience de l'organisation de conférences internationales ;",
    "connaissance de l'italien.",
]
ESS_EN = [
    "a first-level university degree in international relations, political science, history or a related discipline;",
    "at least two years of experience in a research centre, a university or an administration dealing with security issues;",
    "excellent skills in drafting and proofreading analytical texts;",
    "command of bibliographic databases and reference management tools;",
    "knowledge of English and French at SLP 3333 in one language and 2222 in the other.",
]
DES_EN = [
    "a master's degree in one of the disciplines listed;",
    "experience in organising international conferences;",
    "knowledge of Italian.",
]


def exp():
    return expected(REF, None, ["fr", "en"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
                    {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2033-07-25",
                    {"amount": 5120.48, "currency": "EUR", "period": "month"}, "G11", "NS",
                    {"en": {"essential": ESS_EN, "desirable": DES_EN},
                     "fr": {"essential": ESS_FR, "desirable": DES_FR}},
                    {"en": [], "fr": []})


def ul(items):
    return "<ul>" + "".join(f"<li>{s}</li>" for s in items) + "</ul>"


def html():
    return f"""<!DOCTYPE html>
<!-- saved from url=(0078)https://nato.taleo.example.net/careersection/2/jobdetail.ftl?job={REF}&lang=fr -->
<html lang="fr"><head><meta charset="utf-8"><title>Description de l'emploi - {T_FR} ({REF})</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; margin: 0 18px; }}
.cookie {{ border: 1px solid #999; padding: 6px; font-size: 9pt; margin: 8px 0; }}
.top {{ font-size: 9pt; color: #444; }}
table.f {{ border-collapse: collapse; margin: 8px 0; }}
table.f th {{ text-align: left; padding: 2px 14px 2px 0; }}
h1 {{ font-size: 14pt; }}
h2 {{ font-size: 11pt; }}
</style></head><body>
<div class="cookie">Ce site utilise des témoins (cookies) pour assurer son bon fonctionnement. <a href="#">Accepter</a> | <a href="#">Refuser</a> | <a href="#">Paramètres</a></div>
<p class="top"><a href="#main">Passer au contenu principal</a> · Carrières OTAN · Recherche d'emplois · Mes emplois · Mon compte · Connexion · English | Français (sélectionné)</p>
<p class="top">Accueil des carrières › Recherche d'emplois › Description de l'emploi</p>
<div id="main">
<h1>Description de l'emploi - {T_FR} ({REF})</h1>
<p><a href="#">Postuler en ligne</a> · <a href="#">Ajouter à mon panier d'emplois</a></p>
<table class="f">
<tr><th>Emplacement principal</th><td>{LOC_FR}</td></tr>
<tr><th>Organisme OTAN</th><td>{ORG_EN}</td></tr>
<tr><th>Horaire</th><td>{SCH_FR}</td></tr>
<tr><th>Date limite de candidature</th><td>25-juil.-2033, 23:59:00</td></tr>
<tr><th>Salaire (Base de paie)</th><td>: 5 120,48Euro (EUR) Mensuelle</td></tr>
<tr><th>Grade</th><td>Grade OTAN G11</td></tr>
<tr><th>Niveau d'habilitation</th><td>NS</td></tr>
</table>
<h2>Description</h2>
<p>:</p>
<p><b>AVIS DE VACANCE / VACANCY NOTICE</b></p>
<p>La version française figure ci-dessous, suivie de la version anglaise. The French version is followed by the English version.</p>

<h2>AVIS DE VACANCE</h2>
<p><b>Intitulé :</b> {T_FR}<br><b>Organisme :</b> {ORG_FR}<br><b>Date de clôture :</b> 25 juillet 2033, 23 h 59 (heure de Rome)</p>
<h2>1. CONTEXTE DU POSTE</h2>
<p>La Division Recherche du Collège de défense de l'OTAN produit des analyses sur les questions de sécurité transatlantique et organise des séminaires et des conférences pour les Alliés et les partenaires. Le/La titulaire apporte un soutien à l'équipe de chercheurs pour la préparation des publications et des événements de la Division.</p>
<h2>2. FONCTIONS PRINCIPALES</h2>
<ul><li>effectuer des recherches documentaires et préparer des notes de synthèse ;</li><li>relire et mettre en forme les publications de la Division ;</li><li>tenir à jour la base de données bibliographique ;</li><li>participer à l'organisation des conférences et des ateliers.</li></ul>
<h2>3. QUALIFICATIONS ESSENTIELLES</h2>
{ul(ESS_FR)}
<h2>4. QUALIFICATIONS SOUHAITABLES</h2>
{ul(DES_FR)}
<h2>5. REMARQUES</h2>
<p>Contrat de durée déterminée de trois ans. Les entretiens auront lieu à Rome en septembre 2033. La nomination est subordonnée à l'obtention d'une habilitation de sécurité NATO SECRET.</p>

<h2>VACANCY NOTICE</h2>
<table class="f">
<tr><th>Title:</th><td>{T_EN}</td></tr>
<tr><th>Organisation:</th><td>{ORG_EN}</td></tr>
<tr><th>Location:</th><td>{LOC_EN}</td></tr>
<tr><th>Schedule:</th><td>{SCH_EN}</td></tr>
<tr><th>Closing date:</th><td>25 July 2033, 23:59 (Rome time)</td></tr>
</table>
<h2>1. POST CONTEXT</h2>
<p>The Research Division of the NATO Defense College produces analysis on transatlantic security issues and organises seminars and conferences for Allies and partners. The incumbent supports the research team in preparing the Division's publications and events.</p>
<h2>2. PRINCIPAL DUTIES</h2>
<ul><li>carry out literature searches and prepare summaries;</li><li>proofread and format the Division's publications;</li><li>keep the bibliographic database up to date;</li><li>help organise conferences and workshops.</li></ul>
<h2>3. ESSENTIAL QUALIFICATIONS</h2>
{ul(ESS_EN)}
<h2>4. DESIRABLE QUALIFICATIONS</h2>
{ul(DES_EN)}
<h2>5. REMARKS</h2>
<p>Three-year definite duration contract. Interviews will take place in Rome in September 2033. Appointment is subject to a NATO SECRET security clearance.</p>
<p><b>Publication de l'offre</b> : 17-juin-2033, 09:00:00</p>
<p><a href="#">Postuler en ligne</a> · <a href="#">Ajouter à mon panier d'emplois</a></p>
<p class="top">Emplois similaires : Chargé(e) des publications (Bureau des affaires publiques) – Italie-Rome – Date limite de candidature 05-sept.-2033</p>
</div>
<p class="top">Optimisé par Oracle Taleo · Déclaration de confidentialité · Conditions d'utilisation</p>
</body></html>
"""


def build():
    exp()
    write(f"{REF}-natocarrieres.html", html(), REF)
