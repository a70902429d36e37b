from common import *

KEY = "pbo-2036-ea-05"
D = dict(
    reference="PBO-2036-EA-05", post_number=None, languages=["en", "fr"],
    title=both("Senior Analyst, Fiscal Sustainability", "Analyste principal(e), viabilité financière"),
    organisation=both("Office of the Parliamentary Budget Officer", "Bureau du directeur parlementaire du budget"),
    location=both("Ottawa, Ontario", "Ottawa (Ontario)"),
    schedule=both("Full-time, 37.5 hours per week", "Temps plein, 37,5 heures par semaine"),
    deadline="2036-04-14",
    salary=sal(mn=104227, mx=122618, cur="CAD", period="year"),
    grade=None, clearance="Secret",
)
ESS_EN = [
    "Graduate degree from a recognized post-secondary institution in economics, public finance, public policy or a related field.",
    "Significant experience (at least five years) in fiscal or economic modelling, including long-term projections.",
    "Experience preparing analytical reports and briefing material for senior decision-makers.",
    "Experience using statistical or econometric software (for example R, Python, Stata or EViews).",
]
DES_EN = [
    "Experience with provincial or territorial government finances.",
    "Experience presenting findings to parliamentary committees or to the media.",
    "Knowledge of pension and demographic modelling.",
]
ESS_FR = [
    "Diplôme d'études supérieures d'un établissement postsecondaire reconnu en économie, en finances publiques, en politiques publiques ou dans un domaine connexe.",
    "Expérience appréciable (au moins cinq ans) de la modélisation budgétaire ou économique, y compris des projections à long terme.",
    "Expérience de la rédaction de rapports analytiques et de documents d'information destinés à des décideurs de haut niveau.",
    "Expérience de l'utilisation de logiciels statistiques ou économétriques (par exemple R, Python, Stata ou EViews).",
]
DES_FR = [
    "Expérience des finances publiques provinciales ou territoriales.",
    "Expérience de la présentation de résultats à des comités parlementaires ou aux médias.",
    "Connaissance de la modélisation des régimes de retraite et de la démographie.",
]
C_EN = [
    ("Analytical thinking", "breaks complex fiscal questions into parts and tests assumptions rigorously"),
    ("Non-partisanship", "provides objective analysis and keeps a neutral tone with parliamentarians of all parties"),
    ("Effective communication", "explains technical results in plain language, orally and in writing"),
    ("Judgement", "weighs risks and deadlines when setting priorities"),
]
C_FR = [
    ("Pensée analytique", "décompose les questions budgétaires complexes et vérifie rigoureusement les hypothèses"),
    ("Impartialité", "fournit des analyses objectives et garde un ton neutre avec les parlementaires de tous les partis"),
    ("Communication efficace", "explique des résultats techniques en langage clair, à l'oral comme à l'écrit"),
    ("Jugement", "pèse les risques et les échéances pour établir les priorités"),
]
D["requirements"] = both(req(ESS_EN, DES_EN), req(ESS_FR, DES_FR))
D["competencies"] = both(comps(C_EN), comps(C_FR))

DUT_EN = [
    "Develop and maintain PBO's long-term fiscal sustainability models for the federal government and the provinces and territories.",
    "Lead the preparation of the annual Fiscal Sustainability Report and related technical notes.",
    "Respond to requests from parliamentarians and committees on the long-term cost of proposals.",
    "Review departmental data and assumptions and document methods for publication.",
    "Mentor junior analysts and review their work.",
]
DUT_FR = [
    "Élaborer et tenir à jour les modèles de viabilité financière à long terme du DPB pour le gouvernement fédéral, les provinces et les territoires.",
    "Diriger la préparation du Rapport annuel sur la viabilité financière et des notes techniques connexes.",
    "Répondre aux demandes des parlementaires et des comités sur le coût à long terme de propositions.",
    "Examiner les données et les hypothèses des ministères et documenter les méthodes en vue de leur publication.",
    "Encadrer les analystes juniors et réviser leur travail.",
]

FACT_EN = [("Reference number", D["reference"]), ("Organization", D["organisation"]["en"]),
           ("Team", "Economic and Fiscal Analysis"), ("Location", D["location"]["en"]),
           ("Tenure", "Indeterminate (permanent)"), ("Hours of work", D["schedule"]["en"]),
           ("Salary range", "$104,227 to $122,618 per year"), ("Language requirements", "Bilingual imperative (CBC/CBC)"),
           ("Security requirement", D["clearance"]), ("Closing date", "April 14, 2036, 11:59 p.m. (Eastern Time)")]
FACT_FR = [("Numéro de référence", D["reference"]), ("Organisation", D["organisation"]["fr"]),
           ("Équipe", "Analyse économique et financière"), ("Lieu", D["location"]["fr"]),
           ("Durée", "Indéterminée (permanent)"), ("Heures de travail", D["schedule"]["fr"]),
           ("Échelle salariale", "de 104 227 $ à 122 618 $ par année"), ("Exigences linguistiques", "Bilingue impératif (CBC/CBC)"),
           ("Exigence de sécurité", D["clearance"]), ("Date de clôture", "14 avril 2036, 23 h 59 (heure de l'Est)")]

TXT = dict(
    en=dict(intro="The Parliamentary Budget Officer supports Parliament by providing independent and non-partisan analysis of the state of the nation's finances, the government's estimates and trends in the Canadian economy. The Office is seeking a senior analyst to strengthen its work on the long-term sustainability of public finances.",
            duties="Key responsibilities", ess="Essential qualifications", des="Asset qualifications",
            comp="Competencies", offer="What we offer",
            offertxt="A salary of $104,227 to $122,618 per year, a defined-benefit pension plan, a hybrid work arrangement (three days a week on the Hill) and support for professional development. The Office is part of the Library of Parliament's administrative structure.",
            apply="How to apply",
            applytxt="Apply through the Library of Parliament careers portal, quoting PBO-2036-EA-05, by April 14, 2036, 11:59 p.m. (Eastern Time). A written exercise is planned for the week of April 27, 2036, and interviews for May 2036. A Secret security clearance must be obtained before appointment.",
            posted="Posted: March 18, 2036"),
    fr=dict(intro="Le directeur parlementaire du budget appuie le Parlement en fournissant des analyses indépendantes et non partisanes sur l'état des finances de la nation, les prévisions budgétaires du gouvernement et les tendances de l'économie canadienne. Le Bureau cherche un ou une analyste principal(e) pour renforcer ses travaux sur la viabilité à long terme des finances publiques.",
            duties="Principales responsabilités", ess="Qualifications essentielles", des="Qualifications constituant un atout",
            comp="Compétences", offer="Ce que nous offrons",
            offertxt="Un salaire de 104 227 $ à 122 618 $ par année, un régime de retraite à prestations déterminées, un mode de travail hybride (trois jours par semaine sur la Colline) et du soutien au perfectionnement professionnel.",
            apply="Comment postuler",
            applytxt="Postulez par le portail des carrières de la Bibliothèque du Parlement en indiquant PBO-2036-EA-05, au plus tard le 14 avril 2036, 23 h 59 (heure de l'Est). Un exercice écrit est prévu la semaine du 27 avril 2036 et les entrevues en mai 2036. Une cote de sécurité de niveau Secret doit être obtenue avant la nomination.",
            posted="Publié le 18 mars 2036"),
)


def section_html(l, dut, ess, des, cs, facts):
    t = TXT[l]
    sep = ":" if l == "en" else " :"
    fx = "<dl class='facts'>" + "".join("<dt>%s</dt><dd>%s</dd>" % r for r in facts) + "</dl>"
    cc = "<ul>" + "".join("<li><strong>%s</strong>%s %s</li>" % (n, sep, d) for n, d in cs) + "</ul>"
    return f"""<section lang="{l}" id="{l}">
<h1>{D['title'][l]}</h1>
<p class="posted">{t['posted']}</p>
{fx}
<p>{t['intro']}</p>
<h2>{t['duties']}</h2><ul>{li(dut)}</ul>
<h2>{t['ess']}</h2><ul>{li(ess)}</ul>
<h2>{t['des']}</h2><ul>{li(des)}</ul>
<h2>{t['comp']}</h2>{cc}
<h2>{t['offer']}</h2><p>{t['offertxt']}</p>
<h2>{t['apply']}</h2><p>{t['applytxt']}</p>
</section>"""


def html():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{D['title']['en']} – PBO</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:auto}} dl.facts{{display:grid;grid-template-columns:14em 1fr;background:#f3f3f3;padding:.6em}} dt{{font-weight:bold}} .alert{{background:#fff3cd;padding:.4em}}</style></head>
<body>
<a href="#main" class="skip">Skip to main content</a>
<header><div>Parliament of Canada · Parlement du Canada</div><a href="#fr" lang="fr">Français</a>
<nav><ul><li>Home</li><li>Publications</li><li>Data and tools</li><li>Costing requests</li><li>About</li><li>Careers</li></ul></nav></header>
<div class="alert">Notice: our website will be unavailable on March 28, 2036 from 6:00 a.m. to 9:00 a.m. for maintenance.</div>
<ol class="crumbs"><li>Home</li><li>About</li><li>Careers</li><li>{D['reference']}</li></ol>
<main id="main">
{section_html('en', DUT_EN, ESS_EN, DES_EN, C_EN, FACT_EN)}
<hr>
{section_html('fr', DUT_FR, ESS_FR, DES_FR, C_FR, FACT_FR)}
</main>
<aside><h3>Other opportunities</h3><ul><li>Analyst, Costing (closing March 30, 2036)</li><li>Student – Economics (Summer 2036)</li></ul></aside>
<footer><p>Date modified: 2036-03-18</p><p>Terms and conditions · Privacy · Accessibility · Contact us</p></footer>
</body></html>
"""


def browser():
    def sec(l, dut, ess, des, cs, facts):
        t = TXT[l]
        sep = ":" if l == "en" else " :"
        out = [D["title"][l], t["posted"], ""]
        for a, b in facts:
            out += [a, b]
        out += ["", t["intro"], "", t["duties"]] + dut + ["", t["ess"]] + ess + ["", t["des"]] + des
        out += ["", t["comp"]] + ["%s%s %s" % (n, sep, d) for n, d in cs]
        out += ["", t["offer"], t["offertxt"], "", t["apply"], t["applytxt"], ""]
        return "\n".join(out)
    return "\n".join([
        "Skip to main content", "Parliament of Canada · Parlement du Canada", "Français",
        "Home", "Publications", "Data and tools", "Costing requests", "About", "Careers",
        "Notice: our website will be unavailable on March 28, 2036 from 6:00 a.m. to 9:00 a.m. for maintenance.",
        "Home", "About", "Careers", D["reference"], "",
        sec("en", DUT_EN, ESS_EN, DES_EN, C_EN, FACT_EN),
        sec("fr", DUT_FR, ESS_FR, DES_FR, C_FR, FACT_FR),
        "Other opportunities", "Analyst, Costing (closing March 30, 2036)", "Student – Economics (Summer 2036)",
        "Date modified: 2036-03-18", "Terms and conditions", "Privacy", "Accessibility", "Contact us", ""])


def build():
    write(KEY + "-pbo.html", html())
    row(KEY + "-pbo.html", KEY, "html")
    write(KEY + "-pbo-browser.txt", browser())
    row(KEY + "-pbo-browser.txt", KEY, "txt")
    expected(KEY, D)
