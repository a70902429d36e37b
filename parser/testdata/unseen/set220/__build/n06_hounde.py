from common import *

KEY = "hgo-hr-2036-024"
REF = "HGO-HR-2036-024"
ORG = "Houndé Gold Operation S.A."
T = {"en": "Mine Geologist – Grade Control", "fr": "Géologue de mine – contrôle des teneurs"}
L = {"en": "Houndé Mine, Tuy Province, Burkina Faso", "fr": "Mine de Houndé, province du Tuy, Burkina Faso"}
S = {"en": "Rotation of 14 days on site and 7 days off, 10-hour shifts (day and night)",
     "fr": "Rotation de 14 jours sur site et 7 jours de repos, postes de 10 heures (jour et nuit)"}
G = "E2"
SAL = {"en": "XOF 1,850,000 – 2,250,000 gross per month, plus site allowance",
       "fr": "1 850 000 à 2 250 000 FCFA (XOF) brut par mois, plus prime de site"}
DEPT = {"en": "Geology Department", "fr": "Département Géologie"}
DL = {"en": "19 February 2036, 17:00 GMT", "fr": "19 février 2036, 17 h 00 GMT"}
DUT = {"en": [
    "Map and sample blast-hole cuttings and reverse-circulation grade-control holes.",
    "Update ore-waste boundaries and dig plans for each blast before loading.",
    "Reconcile the grade-control model with mill feed and the resource model every month.",
    "Train and supervise geology technicians and samplers on each shift.",
], "fr": [
    "Cartographier et échantillonner les cuttings de trous de tir et les forages RC de contrôle des teneurs.",
    "Mettre à jour les limites minerai-stérile et les plans d'excavation avant chaque chargement.",
    "Réconcilier chaque mois le modèle de contrôle des teneurs avec l'alimentation de l'usine et le modèle de ressources.",
    "Former et encadrer les techniciens géologues et les échantillonneurs de chaque poste.",
]}
REQ = {"en": [
    "Bachelor's or Master's degree in Geology.",
    "At least four (4) years' experience in open-pit grade control on a gold mine.",
    "Working knowledge of Leapfrog, Surpac or an equivalent geological modelling package.",
    "Sound understanding of QA/QC procedures for sampling and assaying.",
    "Good command of French; working knowledge of English.",
], "fr": [
    "Licence ou master en géologie.",
    "Au moins quatre (4) ans d'expérience en contrôle des teneurs dans une mine d'or à ciel ouvert.",
    "Connaissance pratique de Leapfrog, Surpac ou d'un logiciel de modélisation géologique équivalent.",
    "Bonne compréhension des procédures AQ/CQ d'échantillonnage et d'analyse.",
    "Bonne maîtrise du français ; connaissance pratique de l'anglais.",
]}
DES = {"en": [
    "Experience of structurally controlled orogenic gold deposits in West Africa.",
    "A valid category B driving licence.",
], "fr": [
    "Expérience des gisements d'or orogéniques à contrôle structural en Afrique de l'Ouest.",
    "Un permis de conduire de catégorie B en cours de validité.",
]}
COMP = {"en": [
    ("Safety leadership", "stops unsafe work and reports every near miss."),
    ("Attention to detail", "checks every boundary against the assay data before release."),
    ("Teamwork", "shares information openly with mining and processing crews."),
], "fr": [
    ("Leadership en sécurité", "arrête tout travail dangereux et déclare chaque presque-accident."),
    ("Souci du détail", "vérifie chaque limite par rapport aux résultats d'analyse avant diffusion."),
    ("Travail en équipe", "partage l'information avec les équipes de la mine et de l'usine."),
]}
expected(KEY, REF, ["en", "fr"], T, {"en": ORG, "fr": ORG}, L, S, "2036-02-19",
         sal(mn=1850000, mx=2250000, cur="XOF"), G,
         {l: {"essential": REQ[l], "desirable": DES[l]} for l in ("en", "fr")}, {l: comps(COMP[l]) for l in ("en", "fr")})

LBL = {"en": ["Job title", "Company", "Department", "Location", "Job level", "Roster", "Remuneration",
              "Closing date", "Reference"],
       "fr": ["Intitulé du poste", "Société", "Département", "Lieu", "Niveau", "Régime de travail",
              "Rémunération", "Date de clôture", "Référence"]}
HEAD = {"en": ("Job description", "Key responsibilities", "Minimum requirements", "Advantageous",
               "Behavioural competencies", "How to apply"),
        "fr": ("Description du poste", "Principales responsabilités", "Exigences minimales", "Atouts",
               "Compétences comportementales", "Comment postuler")}
APPLY = {"en": f"Apply online with a CV and a cover letter quoting reference {REF} by 19 February 2036. "
               "Applications from Burkinabe nationals are encouraged. Shortlisted candidates will sit a "
               "practical test on site in the week of 2 March 2036.",
         "fr": f"Postulez en ligne avec un CV et une lettre de motivation en rappelant la référence {REF} "
               "au plus tard le 19 février 2036. Les candidatures de ressortissants burkinabè sont "
               "encouragées. Les candidats présélectionnés passeront un test pratique sur site dans la "
               "semaine du 2 mars 2036."}
INTRO = {"en": f"{ORG} operates the Houndé open-pit gold mine and its 4 Mtpa carbon-in-leach plant. "
               "The Geology Department is looking for a mine geologist to strengthen grade control "
               "in the Kari and Vindaloo pits.",
         "fr": f"{ORG} exploite la mine d'or à ciel ouvert de Houndé et son usine CIL de 4 Mt par an. "
               "Le Département Géologie recherche un géologue de mine pour renforcer le contrôle des "
               "teneurs dans les fosses de Kari et de Vindaloo."}

def half(l):
    vals = [T[l], ORG, DEPT[l], L[l], G, S[l], SAL[l], DL[l], REF]
    rows = "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>\n" for a, b in zip(LBL[l], vals))
    h = HEAD[l]
    comp = "".join(f"<li><b>{e(n)}:</b> {e(d)}</li>\n" if l == "en" else
                   f"<li><b>{e(n)} :</b> {e(d)}</li>\n" for n, d in COMP[l])
    return f"""<section lang="{l}" class="{'fr' if l == 'fr' else 'en'}">
<h1>{e(T[l])}</h1>
<table class="facts">
{rows}</table>
<h2>{h[0]}</h2>
<p>{e(INTRO[l])}</p>
<h2>{h[1]}</h2>
{ul(DUT[l])}
<h2>{h[2]}</h2>
{ul(REQ[l])}
<h2>{h[3]}</h2>
{ul(DES[l])}
<h2>{h[4]}</h2>
<ul>
{comp}</ul>
<h2>{h[5]}</h2>
<p>{e(APPLY[l])}</p>
</section>
"""

page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(T['en'])} | Careers | {ORG}</title>
<style>
@page {{ size: A4; margin: 18mm 16mm; @bottom-center {{ content: "{REF} – " counter(page); font-size: 8pt; }} }}
body{{font-family:"Liberation Sans",sans-serif;font-size:10pt;color:#222}}
.band{{background:#f2b705;padding:4px 8px;font-weight:bold;font-size:9pt}}
nav{{font-size:9pt;margin:6px 0}} h1{{font-size:16pt;color:#7a4b00}} h2{{font-size:11.5pt;border-bottom:1px solid #ddd}}
table.facts{{border-collapse:collapse;width:100%}} table.facts th{{text-align:left;width:30%;background:#faf3df;padding:4px;border:1px solid #e5d9b8}}
table.facts td{{padding:4px;border:1px solid #e5d9b8}} section.fr{{page-break-before:always}}
.other{{font-size:9pt;color:#555;margin-top:14px}}
</style></head><body>
<div class="band">ZERO HARM – 412 days without lost-time injury · ZÉRO ACCIDENT – 412 jours sans accident avec arrêt</div>
<nav>Home / Accueil › Careers / Carrières › Houndé › {REF} · English | Français</nav>
{half('en')}{half('fr')}
<p class="other">Other vacancies / Autres offres : Process Plant Metallurgist (closing 12 February 2036) ·
Mécanicien engins lourds (clôture le 26 février 2036)</p>
<p class="other">© 2036 {ORG} – fictitious reproduction for testing.</p>
</body></html>
"""
w(f"{KEY}-hounde.html", page)
weasy(os.path.join(ROOT, f"{KEY}-hounde.html"), f"{KEY}-hounde.weasyprint.pdf")
print("n06 ok")
