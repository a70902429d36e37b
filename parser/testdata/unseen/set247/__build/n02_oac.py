from common import *

REF = "12-38"; KEY = REF
T = {"en": "Program Officer – Literature", "fr": "Agente ou agent de programme – Littérature"}
O = {"en": "Ontario Arts Council", "fr": "Conseil des arts de l'Ontario"}
L = {"en": "Toronto", "fr": "Toronto"}
S = {"en": "36.25 hours per week", "fr": "36,25 heures par semaine"}
Q = {"en": ["Post-secondary education in literature, creative writing, publishing or arts administration, or an equivalent combination of education and experience",
            "A minimum of five years of progressive experience in the literary sector, for example with a publisher, a literary festival, a magazine or a writers' organization",
            "Demonstrated knowledge of the literary communities of Ontario, including Indigenous, Francophone and Deaf and disability-led writers and organizations",
            "Experience facilitating meetings and explaining complex rules in plain language",
            "Proficiency with databases, spreadsheets and online application systems"],
     "fr": ["Études postsecondaires en littérature, en création littéraire, en édition ou en administration des arts, ou combinaison équivalente d'études et d'expérience",
            "Au moins cinq années d'expérience progressive dans le milieu littéraire, par exemple auprès d'une maison d'édition, d'un festival littéraire, d'une revue ou d'un regroupement d'écrivains",
            "Connaissance démontrée des milieux littéraires de l'Ontario, y compris les écrivains et organismes autochtones, francophones, sourds ou dirigés par des personnes handicapées",
            "Expérience de l'animation de réunions et de l'explication de règles complexes en langage clair",
            "Maîtrise des bases de données, des tableurs et des systèmes de demande en ligne"]}
A = {"en": ["Fluency in French and English", "Experience as a peer assessor for a public arts funder"],
     "fr": ["Maîtrise du français et de l'anglais", "Expérience à titre d'évaluatrice ou d'évaluateur pour un organisme public de financement des arts"]}
R = {"en": ["Manage the literary granting programs assigned to you, from the program guidelines to the notification of results",
            "Advise applicants by phone, e-mail and in information sessions on eligibility and on how to present a strong application",
            "Select peer assessors, prepare the files and facilitate the assessment meetings",
            "Prepare written grant recommendations and reports for the director and the board",
            "Build relationships with writers, publishers, festivals and service organizations across the province",
            "Track program budgets and supervise the program administrator"],
     "fr": ["Gérer les programmes de subventions en littérature qui vous sont confiés, des lignes directrices à l'annonce des résultats",
            "Conseiller les demandeurs par téléphone, par courriel et lors de séances d'information sur l'admissibilité et la présentation d'une demande solide",
            "Choisir les évaluatrices et évaluateurs, préparer les dossiers et animer les réunions d'évaluation",
            "Rédiger les recommandations de subventions et les rapports destinés à la direction et au conseil d'administration",
            "Entretenir des liens avec les écrivains, les éditeurs, les festivals et les organismes de services de toute la province",
            "Suivre les budgets des programmes et superviser l'administratrice ou l'administrateur de programme"]}
F = {"en": [("Competition number", REF), ("Deadline date for submissions", "May 12, 2038 at 5 p.m. (ET)"),
            ("Location", "Toronto (hybrid)"), ("Contract type", "Regular full-time"), ("Affiliation", "Unionized (AMAPCEO)"),
            ("Remuneration", "$81,240 - $119,975 per year"), ("Hours of work", S["en"])],
     "fr": [("Numéro du concours", REF), ("Date limite de soumission", "12 mai 2038 à 17 h (HE)"),
            ("Lieu", "Toronto (mode hybride)"), ("Type de contrat", "Permanent à temps plein"), ("Affiliation", "Syndiqué (AMAPCEO)"),
            ("Rémunération", "81 240 $ - 119 975 $ par année"), ("Heures de travail", S["fr"])]}
INTRO = {"en": "The Ontario Arts Council is a publicly funded agency of the Government of Ontario. We support professional writers, artists and arts organizations through grants, services and outreach. We are looking for an experienced literary professional to lead a group of granting programs for writers and literary publishers.",
         "fr": "Le Conseil des arts de l'Ontario est un organisme financé par le gouvernement de l'Ontario. Il soutient les écrivains, les artistes et les organismes artistiques professionnels au moyen de subventions, de services et d'activités de rayonnement. Nous cherchons une ou un professionnel chevronné du milieu littéraire pour diriger un groupe de programmes de subventions destinés aux écrivains et aux éditeurs littéraires."}
OUTRO = {"en": "To apply, send a cover letter and résumé as one PDF through our online portal by the deadline. Only candidates selected for an interview will be contacted; interviews will take place in the week of June 1, 2038. The OAC's annual reading series and the Writers' Reserve deadlines posted elsewhere on this site are not related to this competition.",
         "fr": "Pour postuler, soumettez une lettre de présentation et un curriculum vitæ en un seul PDF au moyen de notre portail en ligne d'ici la date limite. Seules les personnes retenues pour une entrevue seront contactées; les entrevues auront lieu la semaine du 1er juin 2038. Les dates du Fonds de réserve des écrivains publiées ailleurs sur ce site ne concernent pas ce concours."}
H = {"en": dict(jp="Job Posting", resp="Key Responsibilities:", qual="Qualifications:", ass="Assets:", eq="The OAC is an equal opportunity employer. Accommodations are available on request throughout the recruitment process."),
     "fr": dict(jp="Offre d'emploi", resp="Principales responsabilités :", qual="Qualifications :", ass="Atouts :", eq="Le CAO souscrit au principe de l'égalité d'accès à l'emploi. Des mesures d'adaptation sont offertes sur demande tout au long du processus.")}


def block(l, facts_as="p"):
    h = H[l]
    sep = ": " if l == "en" else " : "
    if facts_as == "p":
        facts = "\n".join(f"<p><strong>{k}{sep.rstrip()}</strong> {v}</p>" for k, v in F[l])
    else:
        facts = "<table class='facts'>" + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in F[l]) + "</table>"
    return f"""<h2>{h['jp']}</h2>
<h1>{T[l]}</h1>
<p>{INTRO[l]}</p>
{facts}
<h3>{h['resp']}</h3>
{ul(R[l])}
<h3>{h['qual']}</h3>
{ul(Q[l])}
<h3>{h['ass']}</h3>
{ul(A[l])}
<p>{OUTRO[l]}</p>
<p><em>{h['eq']}</em></p>"""


page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Careers at OAC | Ontario Arts Council</title></head>
<body>
<a href="#main">Skip to Content</a>
<header><p>Ontario Arts Council | <a href="#">Français</a> | Grants | Advanced Search | Contact</p>
<nav><ul><li>Grants</li><li>Resources</li><li>Research</li><li>About Us</li></ul></nav></header>
<p>Home &gt; About Us &gt; Careers at OAC</p>
<main id="main">
<h1>Careers at OAC</h1>
<p>Employees in permanent positions at OAC receive an insured healthcare benefits plan, a defined benefit pension plan and paid time off. Current competitions open to the public are listed below.</p>
<article lang="en">
{block('en')}
</article>
<hr>
<article lang="fr">
<p><em>La version française suit.</em></p>
{block('fr')}
</article>
<aside><h4>Other opportunities</h4><ul><li>Grants Assistant (contract) – Deadline: April 28, 2038</li><li>Peer assessor call – ongoing</li></ul></aside>
</main>
<footer>© Ontario Arts Council · Toronto, Ontario · Accessibility · Privacy</footer>
</body></html>
"""
w(KEY + "-careers.html", page, KEY)

pdfhtml = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<style>
@page {{ size: Letter; margin: 18mm 16mm 20mm 16mm;
  @bottom-right {{ content: "Competition / Concours {REF} – " counter(page) "/" counter(pages); font-size: 8pt; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 14pt; margin: 4px 0 8px; }} h2 {{ font-size: 9pt; text-transform: uppercase; letter-spacing: 2px; color: #a33; margin: 0; }}
h3 {{ font-size: 10.5pt; margin: 10px 0 4px; }}
table.facts {{ border-collapse: collapse; margin: 6px 0; }} table.facts th, table.facts td {{ border: 1px solid #888; padding: 3px 6px; text-align: left; vertical-align: top; }}
.fr {{ page-break-before: always; }}
</style></head><body>
<p style="text-align:right;font-size:8pt">ONTARIO ARTS COUNCIL · CONSEIL DES ARTS DE L'ONTARIO</p>
<div class="en">{block('en', 'table')}</div>
<div class="fr">{block('fr', 'table')}</div>
</body></html>"""
weasy(KEY + "-posting", pdfhtml, KEY)

expected(KEY, REF, ["en", "fr"], T, O, L, S, "2038-05-12", sal(81240, 119975, "CAD", "year"), None, None,
         {l: {"essential": Q[l], "desirable": A[l]} for l in ("en", "fr")}, {"en": [], "fr": []})
