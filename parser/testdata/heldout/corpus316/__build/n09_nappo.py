"""EN then FR: North American Plant Protection Organization (Raleigh). Bilingual page + Chromium PDF."""
from common import *

REF = "NAPPO-VN-2044-01"
KEY = "nappo-vn-2044-01"
T = {"en": "Standards Program Manager", "fr": "Gestionnaire du programme des normes"}
O = {"en": "North American Plant Protection Organization", "fr": "Organisation nord-américaine pour la protection des plantes"}
L = {"en": "Raleigh, North Carolina, United States", "fr": "Raleigh (Caroline du Nord), États-Unis"}
S = {"en": "Full-time", "fr": "Temps plein"}
INTRO = {
    "en": "NAPPO is the regional plant protection organization of Canada, Mexico and the United States. Its Secretariat coordinates the development of regional standards for phytosanitary measures and supports expert groups drawn from the three national plant protection organizations.",
    "fr": "L'ONAPP est l'organisation régionale de protection des végétaux du Canada, du Mexique et des États-Unis. Son Secrétariat coordonne l'élaboration de normes régionales pour les mesures phytosanitaires et appuie des groupes d'experts issus des trois organisations nationales de protection des végétaux.",
}
DUTIES = {
    "en": ["Manage the annual work program of regional standards, from the call for topics to adoption by the Executive Committee.",
           "Coordinate expert groups and prepare draft standards, explanatory documents and country consultation packages.",
           "Track comments from member countries and prepare their compilation and responses.",
           "Represent the Secretariat in meetings of the international standard-setting community."],
    "fr": ["Gérer le programme de travail annuel des normes régionales, de l'appel de sujets jusqu'à l'adoption par le Comité exécutif.",
           "Coordonner les groupes d'experts et préparer les projets de normes, les documents explicatifs et les dossiers de consultation des pays.",
           "Suivre les observations des pays membres et en préparer la compilation et les réponses.",
           "Représenter le Secrétariat aux réunions de la communauté internationale de normalisation."],
}
REQ = {
    "en": ["A graduate degree in plant pathology, entomology, agronomy, plant health or a related discipline.",
           "At least eight years of experience in plant health regulation, including the drafting of standards or regulations.",
           "Excellent command of English and good working knowledge of Spanish or French."],
    "fr": ["Diplôme d'études supérieures en phytopathologie, entomologie, agronomie, santé des végétaux ou dans une discipline connexe.",
           "Au moins huit ans d'expérience dans la réglementation phytosanitaire, y compris la rédaction de normes ou de règlements.",
           "Excellente maîtrise de l'anglais et bonne connaissance pratique de l'espagnol ou du français."],
}
ASSETS = {
    "en": ["Experience in an international or regional standard-setting body.",
           "Knowledge of pest risk analysis methods."],
    "fr": ["Expérience au sein d'un organisme international ou régional de normalisation.",
           "Connaissance des méthodes d'analyse du risque phytosanitaire."],
}
COMP = {
    "en": [("Facilitation", "leads meetings of experts from three countries towards a shared text and records decisions accurately."),
           ("Written communication", "writes precise technical text that can be translated without loss of meaning."),
           ("Planning", "keeps several drafting processes on schedule at the same time.")],
    "fr": [("Animation", "conduit des réunions d'experts de trois pays vers un texte commun et consigne fidèlement les décisions."),
           ("Communication écrite", "rédige des textes techniques précis qui peuvent être traduits sans perte de sens."),
           ("Planification", "mène plusieurs processus de rédaction de front en respectant les calendriers.")],
}
PAY = {
    "en": "The salary range for this position is USD 98,000 – 114,000 per year, with benefits. Interviews are planned for mid-March 2044.",
    "fr": "L'échelle de traitement de ce poste va de 98 000 $ US à 114 000 $ US par année, avec avantages sociaux. Les entrevues sont prévues pour la mi-mars 2044.",
}
LAB = {
    "en": dict(banner="VACANCY NOTICE", vn="Vacancy notice", t="Position title", o="Organization", l="Duty station",
               h="Hours", term="Term", termv="Three years, renewable", iss="Issued", issv="18 January 2044",
               dl="Deadline for applications", dlv="February 29, 2044, 5:00 p.m. Eastern Time",
               about="About NAPPO", duties="Main duties", req="Required qualifications", assets="Assets",
               comp="Competencies", pay="Salary"),
    "fr": dict(banner="AVIS DE VACANCE", vn="Avis de vacance", t="Titre du poste", o="Organisation", l="Lieu d'affectation",
               h="Horaire", term="Durée", termv="Trois ans, renouvelable", iss="Publié le", issv="18 janvier 2044",
               dl="Date limite de candidature", dlv="29 février 2044, 17 h (heure de l'Est)",
               about="À propos de l'ONAPP", duties="Fonctions principales", req="Qualifications requises", assets="Atouts",
               comp="Compétences", pay="Traitement"),
}


def half(l):
    a = LAB[l]
    sep = ":" if l == "en" else " :"
    comp = "\n".join("<li><b>%s</b>%s %s</li>" % (n, sep, d) for n, d in COMP[l])
    rows = [(a["vn"], REF), (a["t"], T[l]), (a["o"], O[l]), (a["l"], L[l]), (a["h"], S[l] + (" (37.5 hours per week)" if l == "en" else " (37,5 heures par semaine)")),
            (a["term"], a["termv"]), (a["iss"], a["issv"]), (a["dl"], a["dlv"])]
    table = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in rows)
    cls = ' class="fr"' if l == "fr" else ""
    return f"""<section{cls} lang="{l}">
<p class="banner">{a["banner"]}</p>
<h1>{T[l]}</h1>
<table>
{table}
</table>
<h2>{a["about"]}</h2>
<p>{INTRO[l]}</p>
<h2>{a["duties"]}</h2>
<ol>
{li(DUTIES[l])}
</ol>
<h2>{a["req"]}</h2>
<ul>
{li(REQ[l])}
</ul>
<h2>{a["assets"]}</h2>
<ul>
{li(ASSETS[l])}
</ul>
<h2>{a["comp"]}</h2>
<ul>
{comp}
</ul>
<h2>{a["pay"]}</h2>
<p>{PAY[l]}</p>
</section>"""


def html():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF} – {T["en"]} / {T["fr"]}</title>
<style>
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10.5pt; margin: 0 30px; }}
.top {{ font-size: 8.5pt; color: #555; border-bottom: 1px solid #aaa; padding: 6px 0; }}
.banner {{ background: #1d5f3a; color: #fff; letter-spacing: 3px; padding: 4px 8px; font-weight: bold; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ border: 1px solid #bbb; padding: 3px 6px; text-align: left; vertical-align: top; }}
th {{ width: 32%; background: #f1f1f1; }}
h1 {{ font-size: 16pt; }} h2 {{ font-size: 11.5pt; margin-bottom: 3px; }}
section.fr {{ break-before: page; }}
</style></head><body>
<p class="top">NAPPO · ONAPP · NAPPO (es) &nbsp;|&nbsp; English | Français | Español &nbsp;|&nbsp; Home › Secretariat › Employment</p>
<p><i>This notice is published in English and French. / Cet avis est publié en anglais et en français.</i></p>
{half("en")}
<hr>
<p><b>Version française</b></p>
{half("fr")}
<p class="top">Applications: secretariat address (example) · The Executive Committee meets on 14 October 2044. / Le Comité exécutif se réunit le 14 octobre 2044.</p>
</body></html>
"""


def build():
    write(KEY + "-nappo.html", html(), KEY)
    chromium(KEY + "-nappo.html", KEY)
    expected(KEY, REF, ["en", "fr"], T, O, L, "2044-02-29", sched=S,
             salary=sal(None, 98000, 114000, "USD", "year"),
             req={l: (REQ[l], ASSETS[l]) for l in ("en", "fr")}, comp=COMP)
