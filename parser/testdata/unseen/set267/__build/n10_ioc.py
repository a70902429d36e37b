from common import *

REF = "IOC/VN/2039/27"
KEY = "ioc-vn-2039-27"
T = {"en": "Associate Programme Specialist (Ocean Observing Systems)",
     "fr": "Spécialiste adjoint(e) de programme (systèmes d'observation de l'océan)"}
O = {"en": "Intergovernmental Oceanographic Commission of UNESCO",
     "fr": "Commission océanographique intergouvernementale de l'UNESCO"}
L = {"en": "Paris, France", "fr": "Paris (France)"}
GRADE = "P-2"
ESS = {"en": [
    "Advanced university degree (Master's or equivalent) in oceanography, marine science, meteorology or a related field.",
    "A minimum of two years of relevant professional experience in ocean observation, marine data management or a related area.",
    "Experience in supporting international coordination bodies or expert networks.",
    "Excellent knowledge of English or French and a working knowledge of the other language.",
], "fr": [
    "Diplôme universitaire supérieur (master ou équivalent) en océanographie, en sciences de la mer, en météorologie ou dans un domaine connexe.",
    "Au moins deux années d'expérience professionnelle pertinente dans l'observation de l'océan, la gestion des données marines ou un domaine connexe.",
    "Expérience de l'appui à des organes de coordination internationaux ou à des réseaux d'experts.",
    "Excellente connaissance de l'anglais ou du français et connaissance pratique de l'autre langue.",
]}
DES = {"en": [
    "Experience with autonomous observing platforms such as profiling floats or gliders.",
    "Experience in small island developing States or least developed countries.",
    "Knowledge of Spanish or Portuguese.",
], "fr": [
    "Expérience des plateformes d'observation autonomes telles que les flotteurs profileurs ou les planeurs.",
    "Expérience dans des petits États insulaires en développement ou des pays les moins avancés.",
    "Connaissance de l'espagnol ou du portugais.",
]}
COMP = {"en": [
    ("Accountability", "Takes ownership of all responsibilities and honours commitments within the prescribed time and budget."),
    ("Communication", "Shares information openly and adapts the message to the audience."),
    ("Teamwork", "Works collaboratively with colleagues across sections and with partner agencies."),
], "fr": [
    ("Responsabilité", "Assume pleinement ses responsabilités et honore ses engagements dans les délais et le budget prévus."),
    ("Communication", "Partage l'information de manière ouverte et adapte le message au public."),
    ("Travail d'équipe", "Travaille en collaboration avec les collègues des différentes sections et avec les organismes partenaires."),
]}
DUTIES = {"en": [
    "Support the coordination of the global ocean observing system panels and their annual work plans.",
    "Monitor the implementation status of observing networks and prepare status reports.",
    "Organize capacity development activities for national observing programmes.",
    "Contribute to resource mobilization and to the preparation of project proposals.",
], "fr": [
    "Appuyer la coordination des groupes d'experts du système mondial d'observation de l'océan et leurs plans de travail annuels.",
    "Suivre l'état de mise en œuvre des réseaux d'observation et établir des rapports de situation.",
    "Organiser des activités de renforcement des capacités destinées aux programmes nationaux d'observation.",
    "Contribuer à la mobilisation de ressources et à l'élaboration de propositions de projets.",
]}
LAB = {"en": dict(banner="VACANCY NOTICE", ref="Vacancy notice", post="Post title", org="Organization", grade="Grade",
                  duty="Duty station", issue="Date of issue", issued="20 December 2039", dl="Deadline for applications",
                  dlv="27 January 2040", duties="Main responsibilities", comp="Competencies",
                  req="Required qualifications", des="Desirable qualifications", sal="Salary",
                  salv="Annual net salary: USD 58,216, plus post adjustment (currently 49.6 per cent, variable).",
                  extra="Interviews are expected to take place in the second half of February 2040."),
       "fr": dict(banner="AVIS DE VACANCE DE POSTE", ref="Avis de vacance", post="Intitulé du poste", org="Organisation",
                  grade="Classe", duty="Lieu d'affectation", issue="Date de publication", issued="20 décembre 2039",
                  dl="Date limite de dépôt des candidatures", dlv="27 janvier 2040", duties="Principales responsabilités",
                  comp="Compétences", req="Qualifications requises", des="Qualifications souhaitables", sal="Traitement",
                  salv="Traitement annuel net : 58 216 dollars des États-Unis, plus indemnité de poste (actuellement 49,6 %, variable).",
                  extra="Les entretiens devraient avoir lieu dans la seconde quinzaine de février 2040.")}


def half(l):
    b = LAB[l]
    rows = [(b["ref"], REF), (b["post"], T[l]), (b["org"], O[l]), (b["grade"], GRADE), (b["duty"], L[l]),
            (b["issue"], b["issued"]), (b["dl"], b["dlv"])]
    rows = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in rows)
    sep = ": " if l == "en" else " : "
    comp = "\n".join("<li><b>%s</b>%s%s</li>" % (n, sep, d) for n, d in COMP[l])
    return f"""<section lang="{l}">
<p class="banner">{b['banner']}</p>
<h1>{T[l]}</h1>
<table>
{rows}
</table>
<h2>{b['duties']}</h2>
{ul(DUTIES[l])}
<h2>{b['comp']}</h2>
<ul>
{comp}
</ul>
<h2>{b['req']}</h2>
{ul(ESS[l])}
<h2>{b['des']}</h2>
{ul(DES[l])}
<h2>{b['sal']}</h2>
<p>{b['salv']}</p>
<p>{b['extra']}</p>
</section>"""


def page():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF} – {T['en']}</title>
<style>body{{font-family:'Liberation Sans',sans-serif;font-size:10pt;margin:18px}}
.banner{{letter-spacing:3px;font-weight:bold;color:#1b6aa5;border-bottom:2px solid #1b6aa5}}
table{{border-collapse:collapse}} th,td{{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}}
th{{background:#eef3f8;width:38%}} h1{{font-size:15pt}} h2{{font-size:11pt;color:#1b6aa5}}
.fr{{page-break-before:always}}</style></head>
<body>
<nav>IOC-UNESCO · Ocean science · Ocean observations · Tsunami · Careers · English | Français</nav>
<p><i>The French version of this notice follows the English version. / La version française suit la version anglaise.</i></p>
{half("en")}
<hr>
<div class="fr">
<p><b>Version française</b></p>
{half("fr")}
</div>
<footer><p>IOC-UNESCO, 7 place de Fontenoy, Paris · Next Assembly: June 2041</p></footer>
</body></html>
"""


def build():
    write(KEY + "-ioc.html", page(), KEY)
    chromium_pdf(KEY + "-ioc.html", KEY)
    expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=O, location=L,
             deadline="2040-01-27", salary=salary(58216, "USD", "year"), grade=GRADE,
             req={l: (ESS[l], DES[l]) for l in ("en", "fr")}, comp=COMP)
