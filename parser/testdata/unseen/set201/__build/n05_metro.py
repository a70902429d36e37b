"""METRO INC. (Montreal) - company, French then English on one SuccessFactors-style
career page (HTML), printed with Chromium (build-pdf.sh command) + dump."""
import os
import subprocess
from common import ROOT, write, row, expected, sal, req, nowrap_hyphens as nh

KEY = "61584"
REF = "61584"
T_FR = "Analyste principal(e), prévision de la demande – produits frais"
T_EN = "Senior Analyst, Fresh Demand Forecasting"
ORG = "METRO INC."
LOC = "Montréal, QC, CA"
S_FR, S_EN = "Temps plein", "Full-time"
ESS_FR = [
    "Baccalauréat en administration, en génie industriel, en mathématiques ou dans un domaine connexe",
    "Cinq (5) années d'expérience en planification de la demande ou en prévision des ventes, idéalement dans le commerce de détail alimentaire",
    "Excellente maîtrise d'Excel et d'un outil de prévision (SAP IBP, Blue Yonder ou équivalent)",
    "Capacité à vulgariser des analyses complexes auprès des équipes de mise en marché",
    "Bilinguisme français et anglais, à l'oral comme à l'écrit",
]
DES_FR = [
    "Certification APICS CPIM ou CSCP",
    "Connaissance de SQL ou de Power BI",
    "Expérience de la gestion des promotions saisonnières",
]
ESS_EN = [
    "Bachelor's degree in business administration, industrial engineering, mathematics or a related field",
    "Five (5) years of experience in demand planning or sales forecasting, ideally in food retail",
    "Advanced Excel skills and experience with a forecasting tool (SAP IBP, Blue Yonder or equivalent)",
    "Ability to explain complex analyses to merchandising teams",
    "Bilingualism in French and English, spoken and written",
]
DES_EN = [
    "APICS CPIM or CSCP certification",
    "Knowledge of SQL or Power BI",
    "Experience managing seasonal promotions",
]
SAL_FR = "79 150 $ à 98 650 $ par année"
SAL_EN = "$79,150 to $98,650 per year"

TASKS_FR = [
    "Établir les prévisions hebdomadaires de ventes pour les catégories de produits frais du Québec",
    "Analyser les écarts entre prévisions et ventes réelles et proposer des ajustements",
    "Collaborer avec les équipes d'approvisionnement et des centres de distribution",
    "Préparer les indicateurs de performance présentés au comité de planification",
]
TASKS_EN = [
    "Produce weekly sales forecasts for the fresh product categories in Quebec",
    "Analyse gaps between forecasts and actual sales and recommend adjustments",
    "Work with the procurement and distribution centre teams",
    "Prepare the performance indicators presented to the planning committee",
]


def half(lang):
    fr = lang == "fr"
    T, S, ESS, DES, SAL, TASKS = ((T_FR, S_FR, ESS_FR, DES_FR, SAL_FR, TASKS_FR) if fr else
                                  (T_EN, S_EN, ESS_EN, DES_EN, SAL_EN, TASKS_EN))
    li = lambda xs: "\n".join("<li>%s</li>" % nh(x) for x in xs)
    L = (dict(date="Date :", loc="Lieu :", comp="Entreprise :", req="No de réquisition :", type="Type d'emploi :",
              sched="Horaire :", end="Date de fin d'affichage :", enddate="21 juil. 2034", pub="16 juin 2034",
              intro="Joignez-vous à l'équipe de la planification de la chaîne d'approvisionnement de notre siège social de Montréal.",
              role="Votre rôle", bring="Ce que vous apportez", assets="Atouts", offer="Ce que nous offrons",
              offertxt=f"Une rémunération de {SAL} selon l'expérience, un régime de retraite, des assurances collectives, un rabais d'employé en magasin, un mode de travail hybride (trois jours au bureau) et une garderie en milieu de travail.",
              end2="Seules les personnes retenues pour une entrevue seront contactées. Les entrevues auront lieu à partir du 7 août 2034.",
              perm="Permanent", apply="Postuler maintenant »",
              about="À propos de METRO", abouttxt="Chef de file de l'alimentation et de la pharmacie au Québec et en Ontario, METRO exploite ou approvisionne un vaste réseau de magasins d'alimentation et de pharmacies sous plusieurs bannières. Au siège social, les équipes de la chaîne d'approvisionnement veillent chaque jour à ce que les bons produits se trouvent au bon endroit, au bon moment. Vous travaillerez au sein d'une équipe de douze analystes et planificateurs, en lien étroit avec les directeurs de catégories et les centres de distribution de Laval et de Terrebonne.")
         if fr else
         dict(date="Date:", loc="Location:", comp="Company:", req="Req ID:", type="Job type:",
              sched="Schedule:", end="Posting end date:", enddate="Jul 21, 2034", pub="Jun 16, 2034",
              intro="Join the supply chain planning team at our Montreal head office.",
              role="Your role", bring="What you bring", assets="Assets", offer="What we offer",
              offertxt=f"A salary of {SAL} based on experience, a pension plan, group insurance, an employee discount in our stores, a hybrid work model (three days at the office) and an on-site daycare.",
              end2="Only candidates selected for an interview will be contacted. Interviews will take place from August 7, 2034.",
              perm="Permanent", apply="Apply now »",
              about="About METRO", abouttxt="A leader in food and pharmacy in Quebec and Ontario, METRO operates or supplies a large network of food stores and pharmacies under several banners. At head office, the supply chain teams make sure every day that the right products are in the right place at the right time. You will work in a team of twelve analysts and planners, in close contact with category directors and with the Laval and Terrebonne distribution centres."))
    return f"""<section class="half" lang="{lang}">
<h1>{nh(T)}</h1>
<p class="meta"><b>{L['date']}</b> {L['pub']}<br><b>{L['loc']}</b> {LOC}<br><b>{L['comp']}</b> {ORG}</p>
<p><a class="btn" href="#">{L['apply']}</a></p>
<table class="facts">
<tr><th>{L['req']}</th><td>{REF}</td></tr>
<tr><th>{L['type']}</th><td>{L['perm']}</td></tr>
<tr><th>{L['sched']}</th><td>{S}</td></tr>
<tr><th>{L['end']}</th><td>{L['enddate']}</td></tr>
</table>
<p>{L['intro']}</p>
<h2>{L['about']}</h2>
<p>{L['abouttxt']}</p>
<h2>{L['role']}</h2>
<ul>
{li(TASKS)}
</ul>
<h2>{L['bring']}</h2>
<ul>
{li(ESS)}
</ul>
<h2>{L['assets']}</h2>
<ul>
{li(DES)}
</ul>
<h2>{L['offer']}</h2>
<p>{nh(L['offertxt'])}</p>
<p>{L['end2']}</p>
</section>"""


def build():
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{T_FR} | {T_EN} - METRO</title>
<style>
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; margin: 0 24px; }}
.topbar {{ font-size: 9pt; color: #555; }}
.half + .half {{ break-before: page; }}
table.facts th {{ text-align: left; padding-right: 14px; }}
li {{ break-inside: avoid; }}
.similar {{ font-size: 9.5pt; border-top: 1px solid #bbb; margin-top: 18px; }}
.btn {{ background: #c8102e; color: #fff; padding: 4px 10px; text-decoration: none; }}
</style></head>
<body>
<p class="topbar">METRO Carrières · Careers &nbsp; | &nbsp; <a href="#">Rechercher des emplois</a> · <a href="#">Magasins</a> · <a href="#">Centres de distribution</a> · <a href="#">Bureaux</a> · <a href="#">English</a> · <a href="#">Ouvrir une session</a></p>
<p class="topbar">Nous utilisons des témoins (cookies) pour améliorer votre expérience. <a href="#">Accepter</a></p>
<p class="topbar"><i>English version follows the French version.</i></p>
{half("fr")}
{half("en")}
<div class="similar">
<p><b>Emplois similaires / Similar jobs</b></p>
<p>Analyste, réapprovisionnement – Laval, QC, CA – 12 juil. 2034<br>
Planner, Inventory – Toronto, ON, CA – Jul 28, 2034</p>
<p>© METRO INC. 2034 · Conditions d'utilisation · Politique de confidentialité</p>
</div>
</body></html>
"""
    name = KEY + "-metro"
    write(name + ".html", html, KEY)
    pdf = os.path.join(ROOT, name + ".chromium.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, os.path.join(ROOT, name + ".html")],
                   check=True, capture_output=True)
    subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, os.path.join(ROOT, name + ".chromium.pdftotext.txt")], check=True)
    row(name + ".chromium.pdf", KEY, "pdf")
    row(name + ".chromium.pdftotext.txt", KEY, "txt")
    expected(KEY, reference=REF, languages=["fr", "en"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": ORG, "fr": ORG},
             location={"en": LOC, "fr": LOC}, schedule={"en": S_EN, "fr": S_FR},
             deadline="2034-07-21", salary=sal(mn=79150, mx=98650, cur="CAD", period="year"),
             grade=None, clearance=None,
             requirements={"en": req(ESS_EN, DES_EN), "fr": req(ESS_FR, DES_FR)},
             competencies={"en": [], "fr": []})
