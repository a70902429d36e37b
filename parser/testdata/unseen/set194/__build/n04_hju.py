"""Hôpital du Jura (H-JU): Swiss hospital job page, HTML -> WeasyPrint PDF + dump."""
from common import *
import os

KEY = "2033-0915"
REF = "2033-0915"
TITLE = "Technicien-ne en radiologie médicale (TRM) à 80-100 %"
ORG = "Hôpital du Jura"
LOC = "Delémont"
SCHED = "80-100 %"
GRADE = "classe 13 de l'échelle des traitements de la CCT H-JU"

ESS = [
    "Diplôme ES ou Bachelor HES de technicien-ne en radiologie médicale, ou titre étranger reconnu par la Croix-Rouge suisse",
    "Expérience de deux ans au minimum en radiologie conventionnelle et en tomodensitométrie",
    "Disponibilité pour les services de piquet, de nuit et de week-end",
    "Maîtrise des outils RIS et PACS",
    "Bonnes connaissances des règles de radioprotection",
]
DES = [
    "Expérience en IRM ou en radiologie interventionnelle",
    "Connaissances d'allemand",
]
MISSIONS = [
    "Réaliser les examens de radiologie conventionnelle, de tomodensitométrie et de radioscopie au bloc opératoire",
    "Accueillir les patient-e-s, les informer et veiller à leur sécurité pendant l'examen",
    "Participer à la prise en charge des urgences 24 h sur 24",
    "Contribuer au contrôle qualité des installations et à l'optimisation des doses",
    "Encadrer les étudiant-e-s en formation",
]
FACTS = [
    ("Référence", REF),
    ("Institution", ORG),
    ("Service", "Imagerie médicale"),
    ("Lieu de travail", LOC),
    ("Taux d'activité", SCHED),
    ("Type de contrat", "Contrat de durée indéterminée"),
    ("Classification", GRADE),
    ("Salaire annuel brut (100 %)", "de CHF 76'912.– à CHF 103'486.–"),
    ("Entrée en fonction", "1er février 2034 ou à convenir"),
    ("Délai de postulation", "10 décembre 2033"),
]


def build(pdf=True):
    li = lambda xs: "".join(f"<li>{nw(x)}</li>\n" for x in xs)
    rows = "".join(f"<tr><th>{nw(k)}</th><td>{nw(v)}</td></tr>\n" for k, v in FACTS)
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{esc(TITLE)} | Emplois | Hôpital du Jura</title>
<style>
@page {{ size: A4; margin: 16mm 18mm; }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; color: #222; }}
.nw {{ white-space: nowrap; }}
.bar {{ font-size: 8pt; color: #666; border-bottom: 1px solid #ccc; padding-bottom: 4px; }}
.brand {{ font-size: 16pt; font-weight: bold; color: #b0003a; margin: 6px 0; }}
nav {{ font-size: 9pt; margin-bottom: 8px; }}
h1 {{ font-size: 15pt; color: #b0003a; }}
h2 {{ font-size: 11.5pt; border-bottom: 2px solid #b0003a; margin-top: 14px; }}
table.facts {{ border-collapse: collapse; width: 100%; }}
table.facts th {{ text-align: left; width: 38%; background: #f4e9ee; padding: 3px 6px; vertical-align: top; }}
table.facts td {{ padding: 3px 6px; border-bottom: 1px solid #eee; }}
li {{ break-inside: avoid; }}
.foot {{ font-size: 8pt; color: #777; border-top: 1px solid #ccc; margin-top: 18px; }}
</style></head><body>
<div class="bar">Urgences 24h/24 : 032 421 21 21 &middot; FR | DE &middot; Recherche</div>
<div class="brand">H-JU Hôpital du Jura</div>
<nav>Patients et visiteurs &middot; Nos prestations &middot; Formation &middot; Emplois &middot; L'H-JU</nav>
<p class="bar">Accueil &rsaquo; Emplois &rsaquo; Postes vacants &rsaquo; Réf. {REF}</p>
<h1>{nw(TITLE)}</h1>
<p>L'Hôpital du Jura est un établissement public autonome qui assure les soins aigus, de réadaptation et de longue durée de la population jurassienne sur ses sites de Delémont, Porrentruy et Saignelégier. Son service d'imagerie médicale réalise chaque année plus de 60'000 examens et cherche à compléter son équipe.</p>
<h2>En bref</h2>
<table class="facts">
{rows}</table>
<h2>Vos missions</h2>
<ul>
{li(MISSIONS)}</ul>
<h2>Votre profil</h2>
<ul>
{li(ESS)}</ul>
<h2>Vos atouts</h2>
<ul>
{li(DES)}</ul>
<h2>Nous vous offrons</h2>
<p>Un plateau technique moderne (deux scanners, une IRM 3T), une équipe pluridisciplinaire, un plan de formation continue, les prestations sociales de la CCT H-JU et une place de parc à tarif réduit.</p>
<h2>Renseignements et postulation</h2>
<p>M. Luc Froidevaux, TRM chef, répond à vos questions au 032 421 55 80. Nous nous réjouissons de recevoir votre dossier complet (lettre, CV, diplômes, certificats de travail) via notre plateforme en ligne jusqu'au 10 décembre 2033. Les entretiens auront lieu dans la semaine du 5 janvier 2034. Les dossiers envoyés par des agences de placement ne seront pas pris en considération.</p>
<p class="foot">Hôpital du Jura &middot; Chemin du Puits 1 &middot; 2800 Delémont &middot; Publié le 19.11.2033 &middot; Imprimé depuis www.h-ju.example</p>
</body></html>
"""
    name = KEY + "-hju.html"
    write(name, page, KEY)
    if pdf:
        out = KEY + "-hju.weasyprint.pdf"
        run(["weasyprint", os.path.join(ROOT, name), os.path.join(ROOT, out)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        dump(out, KEY)


def exp():
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["fr"],
        "title": {"en": None, "fr": TITLE},
        "organisation": {"en": None, "fr": ORG},
        "location": {"en": None, "fr": LOC},
        "schedule": {"en": None, "fr": SCHED},
        "deadline": "2033-12-10",
        "salary": sal(mn=76912, mx=103486, cur="CHF", period="year"),
        "grade": GRADE, "clearance": None,
        "requirements": {"en": None, "fr": req(ESS, DES)},
        "competencies": {"en": None, "fr": []},
    })
