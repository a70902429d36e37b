from common import *
import html as H
KEY = "camairco-drh-2042-011"
E = dict(
    reference="CAMAIRCO/DRH/2042/011", post_number=None, languages=["fr", "en"],
    title={"fr": "Chef(fe) de quart au Centre de contrôle des opérations (OCC)",
           "en": "Operations Control Centre (OCC) Duty Manager"},
    organisation={"fr": "Cameroon Airlines Corporation", "en": "Cameroon Airlines Corporation"},
    location={"fr": "Aéroport international de Douala (Cameroun)", "en": "Douala International Airport, Cameroon"},
    schedule={"fr": "Temps plein, en quarts de 12 heures de jour et de nuit",
              "en": "Full-time, 12-hour day and night shifts"},
    deadline="2042-02-05", salary=sal(mn=1185000, mx=1415000, cur="XAF", period="month"),
    grade=None, clearance=None,
    requirements={
        "fr": {"essential": [
            "Diplôme de niveau Bac+3 au minimum en transport aérien, en logistique ou dans un domaine technique équivalent",
            "Licence d'agent technique d'exploitation (ATE/dispatcher) en cours de validité",
            "Cinq (5) ans d'expérience au moins dans un centre de contrôle des opérations ou en régulation des vols",
            "Bonne connaissance de la réglementation de l'aviation civile (OACI, CCAA) et des limitations de temps de vol des équipages",
            "Aptitude à travailler en horaires décalés, y compris les nuits, les week-ends et les jours fériés"],
            "desirable": [
            "Expérience d'un outil de suivi des vols et de gestion des équipages",
            "Pratique d'une flotte mixte turbopropulseurs et réacteurs"]},
        "en": {"essential": [
            "Minimum three-year university degree in air transport, logistics or an equivalent technical field",
            "Valid flight dispatcher licence",
            "At least five (5) years of experience in an operations control centre or in flight dispatch",
            "Good knowledge of civil aviation regulations (ICAO, CCAA) and of crew flight time limitations",
            "Ability to work irregular hours, including nights, weekends and public holidays"],
            "desirable": [
            "Experience with a flight-following and crew management tool",
            "Experience with a mixed fleet of turboprops and jets"]}},
    competencies={
        "fr": comp([("Sang-froid", "garde son calme et décide vite en cas de retard, de déroutement ou d'aléa technique."),
                    ("Communication", "transmet des consignes claires aux équipages, à l'escale et à la maintenance."),
                    ("Sens de l'organisation", "anticipe les rotations et tient à jour la situation de la flotte."),
                    ("Bilinguisme", "travaille indifféremment en français et en anglais.")]),
        "en": comp([("Composure", "stays calm and decides quickly when delays, diversions or technical issues arise."),
                    ("Communication", "gives clear instructions to crews, ground handling and maintenance."),
                    ("Organisation", "anticipates rotations and keeps the fleet situation up to date."),
                    ("Bilingualism", "works equally well in French and English.")])})
R = E["requirements"]; C = E["competencies"]
e = H.escape

def ul(lst):
    return "<ul>\n" + "\n".join(f"  <li>{e(x)}</li>" for x in lst) + "\n</ul>"

def cl(lst, sep):
    return "<ul class=\"qual\">\n" + "\n".join(f"  <li><strong>{e(c['name'])}</strong>{sep}{e(c['description'])}</li>" for c in lst) + "\n</ul>"

HTML = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Carrières – {e(E['title']['fr'])} | Camair-Co</title>
<style>body{{font-family:Arial,sans-serif;margin:0;color:#222}} header{{background:#0a5c36;color:#fff;padding:10px 24px}}
nav a{{color:#fff;margin-right:14px}} .lang a{{color:#ffd200}} main{{max-width:900px;margin:0 auto;padding:16px}}
table.facts th{{text-align:left;background:#f2f2f2;padding:4px 10px;width:34%}} table.facts td{{padding:4px 10px}}
.cookie{{background:#333;color:#eee;padding:6px 24px;font-size:12px}} aside{{border-top:1px solid #ccc;margin-top:24px;font-size:13px}}</style></head>
<body>
<div class="cookie">Ce site utilise des cookies pour améliorer votre expérience de réservation. <a href="#">Accepter</a> · <a href="#">Paramétrer</a></div>
<header>
<div class="brand"><strong>Camair-Co</strong> — The Wings of Cameroon / Les ailes du Cameroun</div>
<nav><a href="#">Réserver</a><a href="#">Enregistrement en ligne</a><a href="#">Mes réservations</a><a href="#">Destinations</a><a href="#">Carrières</a><span class="lang"><a href="#en">EN</a> | FR</span></nav>
</header>
<main>
<p class="crumbs"><a href="#">Accueil</a> › <a href="#">Carrières</a> › Offres en cours</p>
<article id="fr" lang="fr">
<p class="kicker">OFFRE D'EMPLOI · Direction des opérations aériennes · mise en ligne le 13 janvier 2042</p>
<h1>{e(E['title']['fr'])}</h1>
<table class="facts">
<tr><th>Référence</th><td>{e(E['reference'])}</td></tr>
<tr><th>Entreprise</th><td>Cameroon Airlines Corporation (Camair-Co), compagnie aérienne nationale du Cameroun</td></tr>
<tr><th>Direction</th><td>Direction des opérations aériennes – Centre de contrôle des opérations</td></tr>
<tr><th>Lieu de travail</th><td>{e(E['location']['fr'])}</td></tr>
<tr><th>Type de contrat</th><td>CDI, après une période d'essai de six mois</td></tr>
<tr><th>Horaires</th><td>{e(E['schedule']['fr'])}</td></tr>
<tr><th>Rémunération</th><td>De 1 185 000 à 1 415 000 FCFA brut par mois, primes de quart en sus</td></tr>
<tr><th>Date limite de candidature</th><td>Mercredi 5 février 2042 à 23 h 59</td></tr>
</table>
<h2>Le poste</h2>
<p>Au sein du Centre de contrôle des opérations, le ou la chef(fe) de quart assure, pendant sa vacation, le suivi en temps réel de l'ensemble des vols du réseau domestique et régional. Il ou elle coordonne les décisions opérationnelles avec les équipages, les escales de Yaoundé, Garoua, Maroua et Bamenda, la maintenance en ligne et la programmation.</p>
<ul>
<li>superviser l'exécution du programme des vols et déclencher les mesures de régulation en cas d'aléa ;</li>
<li>valider les dossiers de vol et s'assurer du respect des limitations de temps de service des équipages ;</li>
<li>organiser les remplacements d'avions et d'équipages et informer le service clients ;</li>
<li>rédiger le rapport de quart et signaler les événements à la Direction de la sécurité des vols.</li>
</ul>
<h2>Profil recherché</h2>
{ul(R['fr']['essential'])}
<h3>Atouts</h3>
{ul(R['fr']['desirable'])}
<h2>Qualités attendues</h2>
{cl(C['fr'], ' : ')}
<p>Les candidatures (CV, lettre de motivation, copie de la licence) sont reçues uniquement via le formulaire en ligne. Les candidat(e)s retenu(e)s passeront une épreuve de simulation au centre de formation de Douala le 24 février 2042. Camair-Co ne demande aucun frais de dossier.</p>
</article>
<hr>
<article id="en" lang="en">
<p class="kicker">JOB OFFER · Flight Operations Department · posted on 13 January 2042</p>
<h1>{e(E['title']['en'])}</h1>
<table class="facts">
<tr><th>Reference</th><td>{e(E['reference'])}</td></tr>
<tr><th>Company</th><td>Cameroon Airlines Corporation (Camair-Co), national airline of Cameroon</td></tr>
<tr><th>Department</th><td>Flight Operations – Operations Control Centre</td></tr>
<tr><th>Work location</th><td>{e(E['location']['en'])}</td></tr>
<tr><th>Contract</th><td>Permanent, after a six-month probation period</td></tr>
<tr><th>Working hours</th><td>{e(E['schedule']['en'])}</td></tr>
<tr><th>Salary</th><td>FCFA 1,185,000 to 1,415,000 gross per month, plus shift allowances</td></tr>
<tr><th>Application deadline</th><td>Wednesday, 5 February 2042, 11:59 p.m.</td></tr>
</table>
<h2>The job</h2>
<p>Within the Operations Control Centre, the Duty Manager monitors in real time all flights of the domestic and regional network during the shift and coordinates operational decisions with crews, the Yaoundé, Garoua, Maroua and Bamenda stations, line maintenance and scheduling.</p>
<ul>
<li>supervise the flight programme and trigger recovery measures when disruptions occur;</li>
<li>validate flight folders and ensure compliance with crew duty limitations;</li>
<li>arrange aircraft and crew swaps and keep customer service informed;</li>
<li>write the shift report and notify events to the Flight Safety Department.</li>
</ul>
<h2>Requirements</h2>
{ul(R['en']['essential'])}
<h3>Assets</h3>
{ul(R['en']['desirable'])}
<h2>Personal qualities</h2>
{cl(C['en'], ': ')}
<p>Applications (CV, cover letter, copy of the licence) are accepted only through the online form. Shortlisted candidates will sit a simulation exercise at the Douala training centre on 24 February 2042. Camair-Co never asks for any application fee.</p>
</article>
<aside><h3>Autres offres / Other openings</h3>
<ul><li>Technicien(ne) avionique B2 – Douala – clôture le 28/01/2042</li><li>Agent(e) commercial(e) d'escale – Yaoundé-Nsimalen – clôture le 19/02/2042</li></ul></aside>
</main>
<footer><p>© 2042 Camair-Co · Siège : Douala, Cameroun · <a href="#">Mentions légales</a></p></footer>
</body></html>
"""

def glue(*a):
    return "".join(a)

BOARD = f"""Emploi237.cm — le job au Cameroun
Offres  Entreprises  Concours  Conseils  Publier une offre  Connexion

Accueil > Offres d'emploi > Transport / Aviation > {E['title']['fr']}

{E['title']['fr'].upper()}
Cameroon Airlines Corporation
{glue('Douala, Littoral', 'Transport aérien', 'CDI', 'Bac+3', '1 185 000 - 1 415 000 FCFA', 'Publiée le 14/01/2042', 'Expire le 05/02/2042')}
👁 1 812 vues · 97 candidatures

Détails de l'offre{glue('Référence : ' + E['reference'], 'Lieu de travail : ' + E['location']['fr'], 'Horaires : ' + E['schedule']['fr'], 'Salaire : de 1 185 000 à 1 415 000 FCFA brut par mois')}

MISSIONSSuivi en temps réel des vols du réseau domestique et régional, régulation en cas d'aléa, validation des dossiers de vol, remplacements d'avions et d'équipages, rapport de quart.

PROFIL
""" + "\n".join("• " + x for x in R['fr']['essential']) + """

ATOUTS
""" + "\n".join("• " + x for x in R['fr']['desirable']) + """

QUALITÉS
""" + "\n".join(f"• {c['name']} : {c['description']}" for c in C['fr']) + f"""

---- ENGLISH VERSION ----
{E['title']['en']}
Reference: {E['reference']}
Work location: {E['location']['en']}
Working hours: {E['schedule']['en']}
Salary: FCFA 1,185,000 to 1,415,000 gross per month

REQUIREMENTS
""" + "\n".join("• " + x for x in R['en']['essential']) + """

ASSETS
""" + "\n".join("• " + x for x in R['en']['desirable']) + """

PERSONAL QUALITIES
""" + "\n".join(f"• {c['name']}: {c['description']}" for c in C['en']) + """

Postuler sur le site de l'entreprise
Signaler cette offre

Offres similaires
Agent(e) de piste – Douala – 150 000 FCFA – expire le 31/01/2042
Planificateur(trice) maintenance – Yaoundé – expire le 12/02/2042
Hôtesse / steward de sol – Garoua – expire le 07/02/2042

Mots-clés : aviation, OCC, dispatcher, Douala
© Emploi237.cm 2042
"""

def build():
    exp(KEY, E)
    W(KEY + "-camairco.html", HTML, KEY)
    W(KEY + "-emploi237.txt", BOARD, KEY)
