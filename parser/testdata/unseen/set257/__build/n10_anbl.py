from common import *
REF = "ANBL-2039-0218"; KEY = "anbl-2039-0218"
T = {"en": "Category Analyst – Beer and Cider", "fr": "Analyste de catégorie – bières et cidres"}
O = {"en": "Alcool NB Liquor", "fr": "Alcool NB Liquor"}
L = {"en": "Fredericton, New Brunswick", "fr": "Fredericton (Nouveau-Brunswick)"}
S = {"en": "Full-time, Monday to Friday, 36.25 hours per week", "fr": "Temps plein, du lundi au vendredi, 36,25 heures par semaine"}
ESS_EN = ["Bachelor's degree in business administration, marketing, economics or a related field", "Three (3) years of experience in category management, buying or sales analysis in retail or consumer goods",
          "Advanced Excel skills and experience with a business intelligence tool such as Power BI", "Proficiency in English; French is an asset"]
DES_EN = ["Knowledge of the New Brunswick craft beer and cider industry", "Experience with SAP or another ERP system"]
ESS_FR = ["Baccalauréat en administration des affaires, en marketing, en économie ou dans un domaine connexe", "Trois (3) ans d'expérience en gestion de catégories, en achats ou en analyse des ventes dans le commerce de détail ou les biens de consommation",
          "Maîtrise avancée d'Excel et expérience d'un outil d'informatique décisionnelle comme Power BI", "Maîtrise de l'anglais; le français est un atout"]
DES_FR = ["Connaissance de l'industrie brassicole et cidricole artisanale du Nouveau-Brunswick", "Expérience de SAP ou d'un autre progiciel de gestion intégré"]
C_EN = [("Analytical thinking", "You turn sales data into clear recommendations."), ("Collaboration", "You build trusting relationships with suppliers and store teams."), ("Customer focus", "You keep the customer's experience at the centre of every decision.")]
C_FR = [("Pensée analytique", "Vous transformez les données de ventes en recommandations claires."), ("Collaboration", "Vous bâtissez des relations de confiance avec les fournisseurs et les équipes des magasins."), ("Orientation client", "Vous placez l'expérience client au centre de chaque décision.")]
expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=O, location=L, schedule=S,
         deadline="2039-03-30", salary=sal(None, 68432, 85540, "CAD", "year"),
         req={"en": (ESS_EN, DES_EN), "fr": (ESS_FR, DES_FR)}, comp={"en": C_EN, "fr": C_FR})

def dl(pairs):
    return "<ul class='meta'>" + "".join("<li><span class='lab'>%s</span> <span class='val'>%s</span></li>" % p for p in pairs) + "</ul>"
html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Category Analyst – Beer and Cider | ANBL Careers</title></head><body>
<header><img alt="ANBL logo"> <a href="/fr">Français</a> | <a href="/login">Sign in</a> | <a href="/alerts">Job alerts</a></header>
<div id="cookie">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>
<main>
<a href="/search">‹ Back to search results</a>
<h1>""" + T["en"] + """</h1>
""" + dl([("Job Requisition ID", REF), ("Company", O["en"]), ("Location", L["en"]), ("Employment type", "Permanent"), ("Schedule", S["en"]),
          ("Salary range", "$68,432 – $85,540 per year"), ("Posted", "Mar 9, 2039"), ("Apply by", "March 30, 2039")]) + """
<button>Apply now</button>
<h2>About ANBL</h2>
<p>Alcool NB Liquor is the Crown corporation responsible for the purchase, distribution and retail of beverage alcohol in New Brunswick.</p>
<h2>The opportunity</h2>
<ul><li>Analyse sales, margin and inventory performance of the beer and cider categories.</li><li>Prepare listing and delisting recommendations for the category manager.</li><li>Build weekly dashboards for stores and suppliers.</li><li>Support seasonal programs and local producer promotions.</li></ul>
<h2>What you bring</h2>
<ul>""" + lis(ESS_EN) + """</ul>
<h2>Nice to have</h2>
<ul>""" + lis(DES_EN) + """</ul>
<h2>Competencies</h2>
<ul>""" + "".join("<li><b>%s</b>: %s</li>" % c for c in C_EN) + """</ul>
<p>Interviews are expected the week of April 11, 2039. Only candidates selected for an interview will be contacted.</p>
<hr lang="fr">
<h1>""" + T["fr"] + """</h1>
""" + dl([("ID de la demande", REF), ("Entreprise", O["fr"]), ("Lieu", L["fr"]), ("Type d'emploi", "Permanent"), ("Horaire", S["fr"]),
          ("Échelle salariale", "68 432 $ – 85 540 $ par année"), ("Date limite", "30 mars 2039")]) + """
<h2>Le poste</h2>
<ul><li>Analyser les ventes, les marges et les stocks des catégories bières et cidres.</li><li>Préparer les recommandations d'inscription et de retrait de produits.</li><li>Produire des tableaux de bord hebdomadaires.</li></ul>
<h2>Ce que vous apportez</h2>
<ul>""" + lis(ESS_FR) + """</ul>
<h2>Atouts</h2>
<ul>""" + lis(DES_FR) + """</ul>
<h2>Compétences</h2>
<ul>""" + "".join("<li><b>%s</b> : %s</li>" % c for c in C_FR) + """</ul>
<section class="similar"><h3>Similar jobs</h3><ul><li>Store Manager, Moncton – apply by April 6, 2039</li><li>Supply Chain Planner, Fredericton – apply by March 25, 2039</li></ul></section>
</main>
<footer>© 2039 Alcool NB Liquor · Privacy · Accessibility</footer>
</body></html>
"""
w(KEY + "-anbl.html", html, KEY)

ind = """indeed
Find jobs   Company reviews   Salary guide            Sign in

Category Analyst – Beer and Cider
Alcool NB Liquor3.6 ★Fredericton, NB$68,432 - $85,540 a yearPermanentFull-time
Apply on company site

Job details
Pay$68,432 - $85,540 a yearJob typePermanentFull-timeShiftMonday to Friday

Full job description
Job Requisition ID: ANBL-2039-0218
Location: Fredericton, New Brunswick
Schedule: Full-time, Monday to Friday, 36.25 hours per week
Apply by: March 30, 2039

The opportunityAnalyse sales, margin and inventory performance of the beer and cider categories and prepare listing recommendations.
What you bring
""" + "\n".join("• " + x for x in ESS_EN) + """
Nice to have
""" + "\n".join("• " + x for x in DES_EN) + """
Competencies
""" + "\n".join("• %s: %s" % c for c in C_EN) + """

— Version française —
Analyste de catégorie – bières et cidres
Entreprise : Alcool NB Liquor
Lieu : Fredericton (Nouveau-Brunswick)
Horaire : Temps plein, du lundi au vendredi, 36,25 heures par semaine
Échelle salariale : 68 432 $ – 85 540 $ par année
Date limite : 30 mars 2039
Ce que vous apportez
""" + "\n".join("• " + x for x in ESS_FR) + """
Atouts
""" + "\n".join("• " + x for x in DES_FR) + """
Compétences
""" + "\n".join("• %s : %s" % c for c in C_FR) + """

Posted 4 days ago
People also viewed
Merchandising Coordinator – Sobeys – Fredericton, NB – $24 an hour
"""
w(KEY + "-indeed.txt", ind, KEY)
