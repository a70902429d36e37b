from common import *

REF = "INFOPECHE/VN/2042/04"
KEY = "infopeche-vn-2042-04"
T = {"en": "Fish Trade and Market Information Officer", "fr": "Chargé(e) de l'information commerciale et des marchés halieutiques"}
O = {"en": "Intergovernmental Organization for Marketing Information and Cooperation Services for Fishery Products in Africa",
     "fr": "Organisation intergouvernementale d'information et de coopération pour la commercialisation des produits halieutiques en Afrique"}
L = {"en": "Abidjan, Côte d'Ivoire", "fr": "Abidjan (Côte d'Ivoire)"}
GRADE = "P-3"
SAL = {"en": "XOF 28,740,000", "fr": "28 740 000 FCFA"}
ABOUT = {"en": "INFOPÊCHE supports its member States in Africa with market information, trade promotion and technical advice on fish and fishery products. Its headquarters are in Abidjan.",
         "fr": "INFOPÊCHE appuie ses États membres africains par l'information sur les marchés, la promotion commerciale et des conseils techniques sur le poisson et les produits de la pêche. Son siège est à Abidjan."}
DUT = {"en": ["Collect and analyse price and trade data for fishery products in West and Central African markets.",
              "Edit the quarterly market bulletin and the online price database.",
              "Advise member States on export requirements and market access for small-scale fisheries products.",
              "Organise trade missions and buyer-seller meetings."],
       "fr": ["Collecter et analyser les données de prix et d'échanges des produits halieutiques sur les marchés d'Afrique de l'Ouest et du Centre.",
              "Éditer le bulletin trimestriel des marchés et la base de données des prix en ligne.",
              "Conseiller les États membres sur les exigences à l'exportation et l'accès aux marchés des produits de la pêche artisanale.",
              "Organiser des missions commerciales et des rencontres entre acheteurs et vendeurs."]}
COMPS = {"en": [("Analytical thinking", "Turns complex market data into clear findings and practical advice."),
                ("Communication", "Writes and presents clearly in both working languages and adapts to each audience."),
                ("Networking", "Builds and maintains relations with public and private partners across the region.")],
         "fr": [("Esprit d'analyse", "Transforme des données de marché complexes en constats clairs et en conseils pratiques."),
                ("Communication", "Rédige et présente avec clarté dans les deux langues de travail et s'adapte à chaque public."),
                ("Travail en réseau", "Établit et entretient des relations avec les partenaires publics et privés de la région.")]}
ESS = {"en": ["Advanced university degree in economics, fisheries economics, agricultural marketing or a related field.",
              "At least five years of relevant experience in market information or trade promotion for agricultural or fishery products.",
              "Excellent knowledge of English and French."],
       "fr": ["Diplôme universitaire supérieur en économie, économie des pêches, commercialisation agricole ou domaine connexe.",
              "Au moins cinq années d'expérience pertinente dans l'information sur les marchés ou la promotion commerciale des produits agricoles ou halieutiques.",
              "Excellente connaissance de l'anglais et du français."]}
DES = {"en": ["Experience with sanitary and phytosanitary export rules for fish.", "Knowledge of Portuguese."],
       "fr": ["Expérience des règles sanitaires et phytosanitaires applicables à l'exportation du poisson.", "Connaissance du portugais."]}

def half(l):
    lab = {"en": dict(vn="Vacancy notice", title="Post title", org="Organization", grade="Grade", ds="Duty station", type="Type of appointment",
                      typev="Fixed-term, two years", iss="Date of issue", issv="14 April 2042", dl="Deadline for applications", dlv="29 May 2042",
                      about="About the Organization", duties="Duties", comp="Competencies", req="Required qualifications", des="Desirable qualifications",
                      pay="Conditions of employment", payv=f"The annual net salary is {SAL['en']}, to which a housing allowance may be added. Interviews will take place in Abidjan during the week of 16 June 2042.",
                      banner="VACANCY NOTICE"),
           "fr": dict(vn="Avis de vacance", title="Titre du poste", org="Organisation", grade="Classe", ds="Lieu d'affectation", type="Type d'engagement",
                      typev="Durée déterminée, deux ans", iss="Date de publication", issv="14 avril 2042", dl="Date limite de dépôt des candidatures", dlv="29 mai 2042",
                      about="À propos de l'Organisation", duties="Fonctions", comp="Compétences", req="Qualifications exigées", des="Qualifications souhaitées",
                      pay="Conditions d'emploi", payv=f"Le traitement annuel net est de {SAL['fr']}, auquel peut s'ajouter une indemnité de logement. Les entretiens se tiendront à Abidjan au cours de la semaine du 16 juin 2042.",
                      banner="AVIS DE VACANCE DE POSTE")}[l]
    rows = [(lab["vn"], REF), (lab["title"], T[l]), (lab["org"], O[l]), (lab["grade"], GRADE), (lab["ds"], L[l]),
            (lab["type"], lab["typev"]), (lab["iss"], lab["issv"]), (lab["dl"], lab["dlv"])]
    sep = " : " if l == "fr" else ": "
    return f"""<section class="half" lang="{l}"{' style="page-break-before:always"' if l == 'fr' else ''}>
<p class="banner">{lab['banner']}</p>
<h1>{T[l]}</h1>
<table>""" + "\n".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in rows) + f"""</table>
<h2>{lab['about']}</h2><p>{ABOUT[l]}</p>
<h2>{lab['duties']}</h2>{ul(DUT[l])}
<h2>{lab['comp']}</h2>
""" + "\n".join("<p><b>%s</b>%s%s</p>" % (n, sep, d) for n, d in COMPS[l]) + f"""
<h2>{lab['req']}</h2>{ul(ESS[l])}
<h2>{lab['des']}</h2>{ul(DES[l])}
<h2>{lab['pay']}</h2><p>{lab['payv']}</p>
</section>"""

CSS = """body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0 auto;max-width:800px}
.banner{letter-spacing:4px;color:#0a6e8a;font-weight:bold} h1{font-size:14pt} h2{font-size:11pt;color:#0a6e8a}
table{border-collapse:collapse;width:100%} th,td{border:1px solid #aaa;padding:3px 6px;text-align:left;vertical-align:top} th{width:36%}
nav{border-bottom:1px solid #ccc;padding:6px 0}"""

def build():
    body = f"""<nav>INFOPÊCHE · Home · Market news · Publications · Careers · English | Français | Português</nav>
<p><i>This notice is published in English and French. La version française suit la version anglaise.</i></p>
{half('en')}
<hr><p><b>Version française</b></p>
{half('fr')}
<footer><small>INFOPÊCHE · Abidjan-Plateau · Next Governing Council session: 3 November 2042 / Prochaine session du Conseil : 3 novembre 2042</small></footer>"""
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF}</title><style>{CSS}</style></head><body>{body}</body></html>"""
    w(KEY + "-infopeche.html", html, KEY)
    src = html.replace("<style>", "<style>@page{size:A4;margin:20mm 18mm; @bottom-right{content:counter(page) '/' counter(pages);font-size:8pt}} ")
    weasy(src, KEY + "-infopeche.weasyprint.pdf", KEY)
    expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=O, location=L, deadline="2042-05-29", grade=GRADE,
             salary=sal(28740000, "XOF", "year"),
             requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")}, competencies=COMPS)
