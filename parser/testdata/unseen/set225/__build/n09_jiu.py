"""JIU (Geneva), English then French on one page; the page and its LibreOffice PDF."""
from common import w, src, libreoffice, expected, esc

REF = "JIU/VA/2036/02"
KEY = "jiu-va-2036-02"
T = {"en": "Senior Evaluation and Inspection Officer",
     "fr": "Spécialiste hors classe de l'évaluation et de l'inspection"}
O = {"en": "Joint Inspection Unit of the United Nations System",
     "fr": "Corps commun d'inspection du système des Nations Unies"}
L = {"en": "Geneva, Switzerland", "fr": "Genève (Suisse)"}
GRADE = "P-5"
ESS = {"en": [
    "An advanced university degree in public administration, evaluation, economics, management or a related field.",
    "At least ten years of progressively responsible experience in evaluation, inspection, audit or management "
    "review, including the leadership of system-wide or multi-organization reviews.",
    "Fluency in English or French, with excellent drafting skills in that language.",
], "fr": [
    "Diplôme universitaire supérieur en administration publique, évaluation, économie, gestion ou dans un domaine "
    "apparenté.",
    "Au moins dix années d'expérience à des niveaux de responsabilité croissants dans l'évaluation, l'inspection, "
    "l'audit ou l'examen de la gestion, y compris la direction d'examens portant sur plusieurs organisations.",
    "Maîtrise de l'anglais ou du français, avec d'excellentes aptitudes rédactionnelles dans cette langue.",
]}
DES = {"en": [
    "Experience in the secretariat or governing bodies of a United Nations system organization.",
    "Working knowledge of the other working language of the Unit.",
], "fr": [
    "Expérience au sein du secrétariat ou des organes directeurs d'une organisation du système des Nations Unies.",
    "Connaissance pratique de l'autre langue de travail du Corps commun.",
]}
COMPS = {"en": [
    ("Professionalism", "masters evaluation and inspection methods, protects the independence of the Unit and "
     "delivers reports of high quality on schedule."),
    ("Communication", "presents findings to executive heads and legislative organs clearly and with tact."),
    ("Leadership", "guides mixed teams of inspectors and research staff and gives them regular feedback."),
], "fr": [
    ("Professionnalisme", "maîtrise les méthodes d'évaluation et d'inspection, protège l'indépendance du Corps "
     "commun et remet des rapports de grande qualité dans les délais."),
    ("Communication", "présente les constatations aux chefs de secrétariat et aux organes délibérants avec clarté "
     "et tact."),
    ("Aptitude à diriger", "oriente des équipes composées d'inspecteurs et de chercheurs et leur donne régulièrement "
     "un retour d'information."),
]}
DUT = {"en": [
    "Leads the research for system-wide reviews in the Unit's programme of work, from terms of reference to final "
    "report;",
    "Designs data collection instruments, conducts interviews and analyses evidence from participating "
    "organizations;",
    "Drafts reports, management letters and recommendations for the Inspectors' consideration;",
    "Follows up on the acceptance and implementation of recommendations in the web-based tracking system.",
], "fr": [
    "Dirige les recherches pour les examens à l'échelle du système inscrits au programme de travail, du mandat au "
    "rapport final ;",
    "Conçoit les instruments de collecte de données, mène des entretiens et analyse les éléments fournis par les "
    "organisations participantes ;",
    "Rédige des rapports, des lettres sur la gestion et des recommandations soumis à l'examen des inspecteurs ;",
    "Assure le suivi de l'acceptation et de l'application des recommandations dans le système de suivi en ligne.",
]}
LAB = {"en": dict(h="VACANCY ANNOUNCEMENT", va="Vacancy announcement", t="Post title", g="Grade", o="Organization",
                  d="Duty station", a="Type of appointment", av="Fixed-term, two years", i="Date of issue",
                  iv="12 June 2036", dl="Deadline for applications", dlv="24 July 2036 (midnight, Geneva time)",
                  intro="The Joint Inspection Unit is the only independent external oversight body of the United "
                  "Nations system mandated to conduct evaluations, inspections and investigations system-wide.",
                  duties="Main duties", q="Qualifications", e="Essential", ds="Desirable", c="Competencies",
                  r="Remuneration",
                  rv="The annual net base salary is USD 112,460, plus a post adjustment (currently 81.4 %) and "
                  "allowances. Interviews are expected in the second half of September 2036."),
       "fr": dict(h="AVIS DE VACANCE DE POSTE", va="Avis de vacance", t="Intitulé du poste", g="Classe",
                  o="Organisation", d="Lieu d'affectation", a="Type d'engagement", av="Durée déterminée, deux ans",
                  i="Date de publication", iv="12 juin 2036", dl="Date limite de candidature",
                  dlv="24 juillet 2036 (minuit, heure de Genève)",
                  intro="Le Corps commun d'inspection est le seul organe de contrôle externe indépendant du système "
                  "des Nations Unies chargé de procéder à des évaluations, inspections et enquêtes à l'échelle du "
                  "système.",
                  duties="Principales attributions", q="Qualifications", e="Essentielles", ds="Souhaitables",
                  c="Compétences", r="Rémunération",
                  rv="Le traitement de base annuel net est de 112 460 dollars des États-Unis, auquel s'ajoutent "
                  "l'indemnité de poste (actuellement 81,4 %) et les indemnités. Les entretiens devraient avoir lieu "
                  "dans la seconde quinzaine de septembre 2036.")}


def half(l):
    b = LAB[l]
    sep = " :" if l == "fr" else ":"
    rows = [(b["va"], REF), (b["t"], T[l]), (b["g"], GRADE), (b["o"], O[l]), (b["d"], L[l]), (b["a"], b["av"]),
            (b["i"], b["iv"]), (b["dl"], b["dlv"])]
    trs = "\n".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    du = "\n".join(f"<li>{esc(x)}</li>" for x in DUT[l])
    es = "\n".join(f"<li>{esc(x)}</li>" for x in ESS[l])
    de = "\n".join(f"<li>{esc(x)}</li>" for x in DES[l])
    co = "\n".join(f"<p><b>{esc(n)}</b>{sep} {esc(d)}</p>" for n, d in COMPS[l])
    return f"""<section lang="{l}">
<p class="banner">{b['h']}</p>
<h1>{esc(T[l])}</h1>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
{trs}
</table>
<p>{esc(b['intro'])}</p>
<h2>{b['duties']}</h2>
<ul>
{du}
</ul>
<h2>{b['q']}</h2>
<h4>{b['e']}</h4>
<ul>
{es}
</ul>
<h4>{b['ds']}</h4>
<ul>
{de}
</ul>
<h2>{b['c']}</h2>
{co}
<h2>{b['r']}</h2>
<p>{esc(b['rv'])}</p>
</section>"""


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF} – JIU</title>
<style>body{{font-family:"Liberation Sans";font-size:10pt}} th{{text-align:left;width:32%}} .banner{{font-weight:bold;letter-spacing:1px}}</style>
</head><body>
<p>JIU | Home &middot; Reports &middot; Programme of work &middot; Vacancies &middot; Contact &middot; Français</p>
{half('en')}
<hr>
<p><i>Version française</i></p>
{half('fr')}
<p style="font-size:8pt">Palais des Nations, CH-1211 Genève 10 &middot; jiu.example</p>
</body></html>
"""


def build():
    h = html()
    w(KEY + "-jiu.html", h, KEY)
    p = src(KEY + "-jiu.source.html", h)
    libreoffice(p, KEY + "-jiu.libreoffice.pdf", KEY)
    expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=O, location=L,
             deadline="2036-07-24", grade=GRADE, salary=(112460, None, None, "USD", "year"),
             requirements={l: (ESS[l], DES[l]) for l in ("en", "fr")}, competencies=COMPS)
