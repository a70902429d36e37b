from common import *

KEY = "ipsg-vn-2034-117"
REF = "IPSG/VN/2034/117"
T = {"en": "Criminal Intelligence Officer (Environmental Security)",
     "fr": "Officier ou officière de renseignement criminel (Sécurité environnementale)"}
O = {"en": "International Criminal Police Organization (INTERPOL)",
     "fr": "Organisation internationale de police criminelle (INTERPOL)"}
L = {"en": "Lyon, France", "fr": "Lyon, France"}
S = {"en": "Full-time", "fr": "Temps plein"}
CLEAR = "INTERPOL CONFIDENTIAL"
ESS = {"en": [
    "University degree in criminology, law, environmental science, international relations or a related field, or equivalent police training.",
    "At least six years of experience in criminal intelligence analysis or investigations, including cases of transnational organized crime.",
    "Excellent knowledge of English.",
], "fr": [
    "Diplôme universitaire en criminologie, droit, sciences de l'environnement, relations internationales ou domaine apparenté, ou formation policière équivalente.",
    "Au moins six ans d'expérience en analyse du renseignement criminel ou en enquêtes, y compris sur des affaires de criminalité organisée transnationale.",
    "Excellente connaissance de l'anglais.",
]}
DES = {"en": [
    "Experience of cases involving wildlife, forestry, fisheries or pollution crime.",
    "Knowledge of French, Spanish or Arabic.",
], "fr": [
    "Expérience d'affaires liées aux atteintes aux espèces sauvages, aux forêts, à la pêche ou à la pollution.",
    "Connaissance du français, de l'espagnol ou de l'arabe.",
]}
COMP = {"en": [
    ("Analytical thinking", "links fragments of information from several countries into a clear picture of criminal networks."),
    ("Integrity and discretion", "handles police data in line with the Organization's rules and protects sources."),
    ("Cooperation", "builds trust with National Central Bureaus and partner agencies."),
], "fr": [
    ("Esprit d'analyse", "relie des éléments d'information provenant de plusieurs pays pour dresser un tableau clair des réseaux criminels."),
    ("Intégrité et discrétion", "traite les données de police conformément aux règles de l'Organisation et protège les sources."),
    ("Coopération", "instaure la confiance avec les Bureaux centraux nationaux et les organismes partenaires."),
]}
DUT = {"en": [
    "Analyse messages, notices and seizure data on environmental crime received through the Organization's channels.",
    "Prepare intelligence reports, alerts and analytical products for member countries.",
    "Support operations coordinated by the Environmental Security unit and take part in operational meetings.",
    "Maintain working relations with National Central Bureaus and regional partners.",
], "fr": [
    "Analyser les messages, notices et données de saisies relatifs à la criminalité environnementale reçus par les canaux de l'Organisation.",
    "Élaborer des rapports de renseignement, des alertes et des produits d'analyse à l'intention des pays membres.",
    "Appuyer les opérations coordonnées par l'unité Sécurité environnementale et participer aux réunions opérationnelles.",
    "Entretenir des relations de travail avec les Bureaux centraux nationaux et les partenaires régionaux.",
]}
LAB = {"en": dict(vn="Vacancy notice", post="Post", grade="Grade", dir="Directorate", loc="Duty station",
                  time="Working hours", contract="Type of contract", sal="Monthly basic salary (net of internal tax)",
                  clear="Level of security clearance", issue="Date of issue", dl="Deadline for applications",
                  about="About INTERPOL", duties="Main duties", prof="Required profile", ess="Essential",
                  des="Desirable", comp="Competencies", apply="How to apply"),
       "fr": dict(vn="Avis de vacance", post="Poste", grade="Grade", dir="Direction", loc="Lieu d'affectation",
                  time="Temps de travail", contract="Type de contrat", sal="Traitement de base mensuel (net d'impôt interne)",
                  clear="Niveau d'habilitation de sécurité", issue="Date de publication", dl="Date limite de dépôt des candidatures",
                  about="À propos d'INTERPOL", duties="Principales fonctions", prof="Profil requis", ess="Essentiel",
                  des="Souhaitable", comp="Compétences", apply="Modalités de candidature")}
VAL = {"en": dict(dir="Organized and Emerging Crime", contract="Fixed-term, three years", sal="EUR 5,412.80",
                  clear=CLEAR, issue="15 September 2034", dl="27 October 2034 (23:59 Lyon time)"),
       "fr": dict(dir="Criminalité organisée et nouvelles formes de criminalité", contract="Durée déterminée, trois ans",
                  sal="5 412,80 EUR", clear="INTERPOL CONFIDENTIEL", issue="15 septembre 2034",
                  dl="27 octobre 2034 (23 h 59, heure de Lyon)")}
ABOUT = {"en": f"The {O['en']} enables police in its member countries to work together. The General Secretariat in Lyon coordinates the Organization's databases, notices and operational support. The post is in the Environmental Security unit.",
         "fr": f"L'{O['fr']} permet aux services de police de ses pays membres de travailler ensemble. Le Secrétariat général, à Lyon, coordonne les bases de données, les notices et l'appui opérationnel de l'Organisation. Le poste relève de l'unité Sécurité environnementale."}
APPLY = {"en": "Apply through the Recruitment Hub before the deadline. A written test is planned for the week of 17 November 2034. Police officers may apply through their National Central Bureau for secondment.",
         "fr": "Postulez sur la plateforme de recrutement avant la date limite. Une épreuve écrite est prévue la semaine du 17 novembre 2034. Les fonctionnaires de police peuvent postuler par l'intermédiaire de leur Bureau central national en vue d'une mise à disposition."}


def facts(l):
    a, v = LAB[l], VAL[l]
    return [(a["vn"], REF), (a["post"], T[l]), (a["grade"], "5"), (a["dir"], v["dir"]), (a["loc"], L[l]),
            (a["time"], S[l]), (a["contract"], v["contract"]), (a["sal"], v["sal"]), (a["clear"], v["clear"]),
            (a["issue"], v["issue"]), (a["dl"], v["dl"])]


def half_html(l):
    a = LAB[l]
    rows = "".join(f"<tr><th>{k}</th><td>{x}</td></tr>" for k, x in facts(l))
    return f"""<section lang="{l}">
<h2>{T[l]}</h2>
<table>{rows}</table>
<h3>{a['about']}</h3><p>{ABOUT[l]}</p>
<h3>{a['duties']}</h3><ol>{ul(DUT[l])}</ol>
<h3>{a['prof']}</h3>
<h4>{a['ess']}</h4><ul>{ul(ESS[l])}</ul>
<h4>{a['des']}</h4><ul>{ul(DES[l])}</ul>
<h3>{a['comp']}</h3><ul>{"".join(f"<li><b>{n}</b>: {d}</li>" if l == "en" else f"<li><b>{n}</b> : {d}</li>" for n, d in COMP[l])}</ul>
<h3>{a['apply']}</h3><p>{APPLY[l]}</p>
</section>"""


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF} – INTERPOL careers</title></head>
<body>
<header>INTERPOL <nav><a href="#">Who we are</a> <a href="#">Crimes</a> <a href="#">How we work</a> <a href="#">Careers</a> <a href="#">EN</a> <a href="#">FR</a> <a href="#">ES</a> <a href="#">AR</a></nav></header>
<div class="crumb">Home › Careers › Job opportunities › {REF}</div>
<main>
{half_html("en")}
<hr/>
<p><i>Version française ci-dessous</i></p>
{half_html("fr")}
</main>
<footer>INTERPOL General Secretariat · 200 quai Charles de Gaulle · 69006 Lyon · Legal notice · Cookies</footer>
</body></html>
"""


def half_md(l):
    a = LAB[l]
    f = "\n".join(f"- **{k}{' :' if l == 'fr' else ':'}** {x}" for k, x in facts(l))
    sep = " :" if l == "fr" else ":"
    return f"""## {T[l]}

{f}

### {a['about']}

{ABOUT[l]}

### {a['duties']}

{chr(10).join(f"{i}. {d}" for i, d in enumerate(DUT[l], 1))}

### {a['prof']}

**{a['ess']}**

{chr(10).join("* " + x for x in ESS[l])}

**{a['des']}**

{chr(10).join("* " + x for x in DES[l])}

### {a['comp']}

{chr(10).join(f"* *{n}*{sep} {d}" for n, d in COMP[l])}

### {a['apply']}

{APPLY[l]}
"""


def md():
    return f"""[Skip to content](#content)

INTERPOL · [Careers](#) · [EN](#) | [FR](#) | [ES](#) | [AR](#)

# {REF}

{half_md("en")}
---

*Version française*

{half_md("fr")}
---
[Share](#) · [Print](#) · [Back to job opportunities](#)
"""


def build():
    write(KEY + "-interpol.html", html(), KEY)
    write(KEY + "-interpol.md", md(), KEY)
    expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=O, location=L, schedule=S,
             deadline="2034-10-27", grade="5", clearance=CLEAR,
             salary={"amount": 5412.8, "currency": "EUR", "period": "month"},
             requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
             competencies=COMP)
