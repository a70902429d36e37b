from common import *

KEY = "at-rh-2035-31"
REF = "AT-RH-2035-31"
TITLE = "Mécanicien(ne) avion licencié(e) B1 – ATR 72"
ORG = "Air Tahiti"
LOC = "Faa'a, Tahiti (Polynésie française)"
SCHED = "Temps plein – horaires postés"
SAL = "entre 388 000 et 452 000 XPF bruts mensuels"
ESS = [
    "Licence de maintenance aéronautique Part-66 B1.2 ou B1.1 en cours de validité",
    "Qualification de type ATR 42/72 ou expérience équivalente sur turbopropulseur",
    "Au moins trois ans d'expérience en maintenance en ligne ou en base",
    "Bonne lecture de la documentation technique en anglais",
    "Permis de conduire B et aptitude au travail en horaires décalés",
]
DES = [
    "Habilitation au point fixe moteur",
    "Expérience de l'escale en environnement insulaire",
    "Connaissance du logiciel de gestion de maintenance AMOS",
]
QUAL = ["Sens de la sécurité", "Rigueur", "Esprit d'équipe", "Disponibilité"]
E = dict(reference=REF, post_number=None, languages=["fr"], title={"en": None, "fr": TITLE},
         organisation={"en": None, "fr": ORG}, location={"en": None, "fr": LOC},
         schedule={"en": None, "fr": SCHED}, deadline="2035-09-11",
         salary=salary(None, 388000, 452000, "XPF", "month"), grade=None, clearance=None,
         requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
         competencies={"en": None, "fr": [{"name": q, "description": ""} for q in QUAL]})

INTRO = ("Compagnie aérienne domestique de la Polynésie française, Air Tahiti relie chaque jour une quarantaine "
         "d'îles des cinq archipels avec sa flotte d'ATR. Sa Direction technique, installée sur la zone "
         "aéroportuaire, assure l'entretien de l'ensemble des appareils.")
MISS = [
    "Réaliser les visites prévol, transit et journalières sur ATR 42 et ATR 72",
    "Diagnostiquer et réparer les pannes mécaniques, hydrauliques et de motorisation",
    "Effectuer les visites programmées en hangar (visites A et C) selon le programme d'entretien",
    "Délivrer les approbations pour remise en service dans la limite de vos privilèges",
    "Renseigner les comptes rendus matériels et le logiciel de suivi de navigabilité",
    "Partir en mission d'assistance technique dans les îles en cas d'immobilisation d'un avion",
]
FACTS = [("Référence", REF), ("Entreprise", ORG), ("Direction", "Direction technique – Maintenance en ligne"),
         ("Lieu de travail", LOC), ("Type de contrat", "CDI"), ("Temps de travail", SCHED),
         ("Rémunération", SAL + ", primes de quart et 13e mois"), ("Publiée le", "21/08/2035"),
         ("Date limite de candidature", "11/09/2035")]


def html():
    dl = "\n".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in FACTS)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{TITLE} – Air Tahiti recrute</title>
<style>body{{font-family:Verdana,sans-serif;margin:0;color:#222}} .bar{{background:#e5007d;color:#fff;padding:6px 16px;font-size:.85em}} nav{{padding:8px 16px;border-bottom:1px solid #ddd}} .grid{{display:grid;grid-template-columns:2fr 1fr;gap:24px;padding:16px}} dl.fiche dt{{font-weight:bold;margin-top:6px}} dl.fiche dd{{margin:0}} .side{{background:#f7f1f5;padding:12px}}</style>
</head><body>
<div class="bar">Vols · Réservations · Bagages · Îles · <strong>Recrutement</strong> · Ia ora na ! · <a href="#" style="color:#fff">EN</a></div>
<nav><strong>Air Tahiti</strong> — Espace carrières : Nos métiers | Nos offres | Candidature spontanée | Alternance</nav>
<div class="cookie">En poursuivant votre navigation, vous acceptez l'utilisation de cookies. <a href="#">OK</a> <a href="#">Paramétrer</a></div>
<div class="grid">
<div>
<p><small>Accueil › Recrutement › Nos offres › {REF}</small></p>
<h1>{TITLE}</h1>
<p><a href="#">Postuler</a> · <a href="#">Envoyer à un ami</a> · <a href="#">Imprimer</a></p>
<h2>Qui sommes-nous ?</h2>
<p>{INTRO}</p>
<h2>Vos missions</h2>
<p>Au sein de l'équipe de maintenance en ligne de Faa'a et sous l'autorité du chef d'équipe, vous serez amené(e) à :</p>
<ul>{ul(MISS)}</ul>
<h2>Votre profil</h2>
<ul>{ul(ESS)}</ul>
<h2>Les plus</h2>
<ul>{ul(DES)}</ul>
<h2>Qualités attendues</h2>
<ul>{ul(QUAL)}</ul>
<h2>Nos conditions</h2>
<p>Rémunération {SAL}, hors primes de quart ; 13e mois ; billets d'avion à tarif agent sur le réseau ; mutuelle d'entreprise. Période d'essai de trois mois. Prise de poste souhaitée le 1er novembre 2035. Les tests techniques des candidat(e)s présélectionné(e)s auront lieu les 24 et 25 septembre 2035.</p>
<p>Candidatures (CV, lettre de motivation, copie de la licence) via le bouton « Postuler » ou à recrutement@airtahiti.example avant le 11/09/2035.</p>
</div>
<div class="side">
<h3>Fiche de poste</h3>
<dl class="fiche">
{dl}
</dl>
<h3>Offres similaires</h3>
<p>Agent(e) d'escale – Bora Bora – date limite 18/09/2035<br>Technicien(ne) atelier roues et freins – Faa'a – date limite 02/10/2035<br>Planificateur(trice) maintenance – Faa'a – 04/09/2035</p>
</div>
</div>
<footer>Air Tahiti – Papeete, Tahiti · Mentions légales · Données personnelles</footer>
</body></html>
"""


def browser():
    facts = "\n".join(f"{a}\t{b}" for a, b in FACTS)
    return f"""Vols
Réservations
Bagages
Îles
Recrutement
Ia ora na !
EN
Air Tahiti — Espace carrières
Nos métiers
Nos offres
Candidature spontanée
Alternance
En poursuivant votre navigation, vous acceptez l'utilisation de cookies. OK Paramétrer
Accueil › Recrutement › Nos offres › {REF}
{TITLE}
Postuler · Envoyer à un ami · Imprimer
Qui sommes-nous ?
{INTRO}
Vos missions
Au sein de l'équipe de maintenance en ligne de Faa'a et sous l'autorité du chef d'équipe, vous serez amené(e) à :
{chr(10).join(MISS)}
Votre profil
{chr(10).join(ESS)}
Les plus
{chr(10).join(DES)}
Qualités attendues
{chr(10).join(QUAL)}
Nos conditions
Rémunération {SAL}, hors primes de quart ; 13e mois ; billets d'avion à tarif agent sur le réseau ; mutuelle d'entreprise. Période d'essai de trois mois. Prise de poste souhaitée le 1er novembre 2035. Les tests techniques des candidat(e)s présélectionné(e)s auront lieu les 24 et 25 septembre 2035.
Candidatures (CV, lettre de motivation, copie de la licence) via le bouton « Postuler » ou à recrutement@airtahiti.example avant le 11/09/2035.
Fiche de poste
{facts}
Offres similaires
Agent(e) d'escale – Bora Bora – date limite 18/09/2035
Technicien(ne) atelier roues et freins – Faa'a – date limite 02/10/2035
Planificateur(trice) maintenance – Faa'a – 04/09/2035
Air Tahiti – Papeete, Tahiti · Mentions légales · Données personnelles
"""


def build():
    expected(KEY, E)
    write(KEY + "-airtahiti.html", html(), KEY)
    write(KEY + "-navigateur.txt", browser(), KEY)
