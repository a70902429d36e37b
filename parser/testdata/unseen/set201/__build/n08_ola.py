"""Legislative Assembly of Ontario - English then French on one careers portal page
(HTML with a chip list) and its browser copy."""
from common import write, expected, sal, req, esc

KEY = "la-2034-41"
REF = "LA-2034-41"
T_EN = "French Language Services Coordinator"
T_FR = "Coordonnatrice ou coordonnateur des services en français"
O_EN, O_FR = "Legislative Assembly of Ontario", "Assemblée législative de l'Ontario"
L_EN, L_FR = "Toronto, ON", "Toronto (Ontario)"
S_EN, S_FR = "Permanent full-time", "Permanent à temps plein"
SAL_EN, SAL_FR = "$84,527 – $101,176 per year", "84 527 $ – 101 176 $ par année"
ESS_EN = [
    "Completion of a university degree in translation, communications, French studies or a related field",
    "Superior written and oral proficiency in French and English",
    "Experience coordinating French-language services or translation projects in a public-sector environment",
    "Knowledge of the French Language Services Act and its application to parliamentary institutions",
    "Excellent organizational skills and the ability to manage competing deadlines",
]
DES_EN = [
    "Experience with terminology databases or computer-assisted translation tools",
    "Knowledge of parliamentary procedure",
]
ESS_FR = [
    "Diplôme universitaire en traduction, en communication, en études françaises ou dans un domaine connexe",
    "Maîtrise supérieure du français et de l'anglais, à l'écrit comme à l'oral",
    "Expérience de la coordination de services en français ou de projets de traduction dans le secteur public",
    "Connaissance de la Loi sur les services en français et de son application aux institutions parlementaires",
    "Excellent sens de l'organisation et capacité à gérer des échéances concurrentes",
]
DES_FR = [
    "Expérience des bases de données terminologiques ou des outils de traduction assistée par ordinateur",
    "Connaissance de la procédure parlementaire",
]
DO_EN = [
    "Coordinate the translation and review of Assembly publications, signage and web content",
    "Advise branches on their obligations under the Assembly's French-language services policy",
    "Maintain the Assembly's terminology records in collaboration with the translation team",
    "Prepare the annual report on French-language services",
]
DO_FR = [
    "Coordonner la traduction et la révision des publications, de la signalisation et du contenu Web de l'Assemblée",
    "Conseiller les directions sur leurs obligations au titre de la politique de l'Assemblée sur les services en français",
    "Tenir à jour les fiches terminologiques de l'Assemblée en collaboration avec l'équipe de traduction",
    "Préparer le rapport annuel sur les services en français",
]

HALF = {
    "en": dict(T=T_EN, O=O_EN, L=L_EN, S=S_EN, SAL=SAL_EN, ESS=ESS_EN, DES=DES_EN, DO=DO_EN,
               branch="Office of the Clerk", dl="Closing date", dlv="July 12, 2034, 11:59 p.m. (EST)",
               intro=f"The {O_EN} seeks a {T_EN} who, as part of the Office of the Clerk, in Toronto, will support the delivery of services in French to Members, staff and the public.",
               what="What You'll Do", how="How You Qualify", howlead="You demonstrate excellence through your:",
               asset="You'll stand out with:", sal="Salary", more="Additional information",
               moretxt="The successful candidate will be subject to a security screening. Interviews are expected the week of August 14, 2034. The Legislative Assembly of Ontario is an inclusive employer; if you require a disability-related accommodation, please email hr@ola.example.",
               apply="Apply now", about="About the Office of the Assembly",
               abouttxt="The Office of the Assembly provides non-partisan procedural, administrative and operational support to the Members of Provincial Parliament. Its publications, broadcasts and websites are produced in English and in French, and the public can be served in either language. The French Language Services Coordinator is the point of contact for every branch on these questions and works closely with the translation, broadcasting and visitor services teams."),
    "fr": dict(T=T_FR, O=O_FR, L=L_FR, S=S_FR, SAL=SAL_FR, ESS=ESS_FR, DES=DES_FR, DO=DO_FR,
               branch="Bureau du greffier", dl="Date limite", dlv="12 juillet 2034, 23 h 59 (HNE)",
               intro=f"L'{O_FR} recherche une coordonnatrice ou un coordonnateur des services en français qui, au sein du Bureau du greffier, à Toronto, appuiera la prestation de services en français aux députés, au personnel et au public.",
               what="Vos fonctions", how="Vos qualifications", howlead="Vous démontrez l'excellence par :",
               asset="Vous vous démarquerez par :", sal="Salaire", more="Renseignements supplémentaires",
               moretxt="La personne retenue fera l'objet d'une vérification de sécurité. Les entrevues devraient avoir lieu la semaine du 14 août 2034. L'Assemblée législative de l'Ontario est un employeur inclusif; si vous avez besoin de mesures d'adaptation liées à un handicap, écrivez à rh@ola.example.",
               apply="Postuler", about="À propos du Bureau de l'Assemblée",
               abouttxt="Le Bureau de l'Assemblée offre aux députés provinciaux un soutien procédural, administratif et opérationnel non partisan. Ses publications, ses émissions et ses sites Web sont produits en français et en anglais, et le public peut être servi dans l'une ou l'autre langue. La coordonnatrice ou le coordonnateur des services en français est la personne-ressource de toutes les directions sur ces questions et travaille étroitement avec les équipes de la traduction, de la télédiffusion et des services aux visiteurs."),
}


def html_half(h, lang):
    li = lambda xs: "\n".join("      <li>%s</li>" % esc(x) for x in xs)
    return f"""  <article lang="{lang}">
    <h1>{esc(h['T'])}</h1>
    <ul class="chips">
      <li>{REF}</li>
      <li>{esc(h['branch'])}</li>
      <li>{esc(h['L'])}</li>
      <li>{esc(h['S'])}</li>
      <li>{h['sal']}: {esc(h['SAL'])}</li>
      <li>{h['dl']}: {esc(h['dlv'])}</li>
    </ul>
    <p>{esc(h['intro'])}</p>
    <h2>{esc(h['about'])}</h2>
    <p>{esc(h['abouttxt'])}</p>
    <h2>{esc(h['what'])}</h2>
    <ul>
{li(h['DO'])}
    </ul>
    <h2>{esc(h['how'])}</h2>
    <p>{esc(h['howlead'])}</p>
    <ul>
{li(h['ESS'])}
    </ul>
    <p>{esc(h['asset'])}</p>
    <ul>
{li(h['DES'])}
    </ul>
    <h2>{esc(h['more'])}</h2>
    <p>{esc(h['moretxt'])}</p>
    <p><a class="btn" href="#">{h['apply']}</a></p>
  </article>"""


def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T_EN} - Career Opportunities</title>
<style>body{{font-family:Segoe UI,Arial,sans-serif;margin:0}} header,main,footer{{padding:12px 28px}}
.chips li{{display:inline-block;border:1px solid #999;border-radius:12px;padding:2px 10px;margin:2px}}
header{{background:#00573f;color:#fff}}</style></head>
<body>
<header><a href="#main">Skip to main content</a> <strong>Legislative Assembly of Ontario – Career Opportunities</strong> <nav><a href="#">Current openings</a> · <a href="#">Future opportunities</a> · <a href="#">Career FAQs</a> · <a href="#">Sign in</a> · <a href="#fr">Français</a></nav></header>
<main id="main">
{html_half(HALF['en'], 'en')}
  <hr id="fr">
{html_half(HALF['fr'], 'fr')}
</main>
<footer><p>Queen's Park, Toronto · Privacy · Accessibility · © Legislative Assembly of Ontario 2034</p></footer>
</body></html>
"""
    write(KEY + "-ola.html", html, KEY)
    nl = "\n"

    def txt_half(h):
        return f"""{h['T']}

{REF}
{h['branch']}
{h['L']}
{h['S']}
{h['sal']}: {h['SAL']}
{h['dl']}: {h['dlv']}

{h['intro']}

{h['about']}

{h['abouttxt']}

{h['what']}

{nl.join(h['DO'])}

{h['how']}

{h['howlead']}

{nl.join(h['ESS'])}

{h['asset']}

{nl.join(h['DES'])}

{h['more']}

{h['moretxt']}

{h['apply']}
"""
    txt = f"""Skip to main content
Legislative Assembly of Ontario – Career Opportunities
Current openings
Future opportunities
Career FAQs
Sign in
Français

{txt_half(HALF['en'])}
{txt_half(HALF['fr'])}
Queen's Park, Toronto · Privacy · Accessibility · © Legislative Assembly of Ontario 2034
"""
    write(KEY + "-ola-browser.txt", txt, KEY)
    expected(KEY, reference=REF, languages=["en", "fr"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": O_EN, "fr": O_FR},
             location={"en": L_EN, "fr": L_FR}, schedule={"en": S_EN, "fr": S_FR},
             deadline="2034-07-12", salary=sal(mn=84527, mx=101176, cur="CAD", period="year"),
             grade=None, clearance=None,
             requirements={"en": req(ESS_EN, DES_EN), "fr": req(ESS_FR, DES_FR)},
             competencies={"en": [], "fr": []})
