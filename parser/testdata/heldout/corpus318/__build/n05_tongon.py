from common import *
REF = "TGN-HR-2044-0127"
ORG = "Société des Mines de Tongon SA"
T = {"en": "Senior Plant Metallurgist (Gravity and Leach Circuits)",
     "fr": "Métallurgiste principal(e) d'usine (circuits gravimétrique et de lixiviation)"}
LOC = {"en": "Tongon mine site, Poro region, Côte d'Ivoire (residential camp)",
       "fr": "Site minier de Tongon, région du Poro, Côte d'Ivoire (base vie)"}
SCH = {"en": "Rotation of 5 days on and 2 days off, day shift of 10 hours; call-outs for plant upsets",
       "fr": "Rotation de 5 jours de travail et 2 jours de repos, poste de jour de 10 heures ; rappels en cas d'incident usine"}
GR = "M3"
ESS = {"en": ["A bachelor's degree in metallurgy, mineral processing or chemical engineering.",
              "At least seven years of experience in a gold processing plant, including three in a supervisory role.",
              "Sound knowledge of carbon in leach circuits, elution and gravity concentration.",
              "Experience in metallurgical accounting and reconciliation.",
              "Working knowledge of French and English."],
       "fr": ["Licence ou diplôme d'ingénieur en métallurgie, en traitement des minerais ou en génie chimique.",
              "Au moins sept ans d'expérience dans une usine de traitement de l'or, dont trois comme superviseur.",
              "Bonne connaissance des circuits de lixiviation au charbon actif, de l'élution et de la concentration gravimétrique.",
              "Expérience du bilan métallurgique et de la réconciliation.",
              "Connaissance pratique du français et de l'anglais."]}
DES = {"en": ["Experience with cyanide management under the International Cyanide Management Code.",
              "Familiarity with laboratory information management systems."],
       "fr": ["Expérience de la gestion du cyanure selon le Code international de gestion du cyanure.",
              "Connaissance des systèmes de gestion des données de laboratoire."]}
COMP = {"en": [("Safety leadership", "stops unsafe work and coaches crews on critical controls"),
               ("Problem solving", "uses plant data to find and fix the root causes of recovery losses"),
               ("Communication", "reports clearly to operators, managers and auditors")],
        "fr": [("Leadership sécurité", "arrêter tout travail dangereux et accompagner les équipes sur les contrôles critiques"),
               ("Résolution de problèmes", "exploiter les données de l'usine pour traiter les causes des pertes de récupération"),
               ("Communication", "rendre compte clairement aux opérateurs, aux responsables et aux auditeurs")]}
DUT = {"en": ["Monitor daily plant performance, recovery and reagent consumption",
              "Lead test work on the gravity circuit and leach residence time",
              "Prepare the monthly metallurgical balance and gold reconciliation",
              "Train and mentor junior metallurgists and laboratory technicians"],
       "fr": ["Suivre chaque jour la performance de l'usine, la récupération et la consommation de réactifs",
              "Conduire les essais sur le circuit gravimétrique et le temps de séjour en lixiviation",
              "Préparer le bilan métallurgique mensuel et la réconciliation de l'or",
              "Former et encadrer les métallurgistes juniors et les techniciens de laboratoire"]}
LAB = {"en": ["Reference", "Job title", "Company", "Department", "Location", "Roster", "Grade", "Salary", "Closing date"],
       "fr": ["Référence", "Intitulé du poste", "Société", "Département", "Lieu de travail", "Rotation", "Grade", "Salaire", "Date de clôture"]}
VAL = {"en": [REF, T["en"], ORG, "Processing Plant", LOC["en"], SCH["en"], GR,
              "XOF 1,600,000 – 2,050,000 gross per month, plus site allowance and annual bonus",
              "Wednesday, 13 April 2044, 17:00 GMT"],
       "fr": [REF, T["fr"], ORG, "Usine de traitement", LOC["fr"], SCH["fr"], GR,
              "1 600 000 à 2 050 000 FCFA bruts par mois, plus prime de site et bonus annuel",
              "mercredi 13 avril 2044, 17 h 00 GMT"]}
INTRO = {"en": "Tongon is an open pit gold mine in northern Côte d'Ivoire. We are looking for an experienced metallurgist to improve recovery and stability in our processing plant.",
         "fr": "Tongon est une mine d'or à ciel ouvert du nord de la Côte d'Ivoire. Nous recherchons un(e) métallurgiste expérimenté(e) pour améliorer la récupération et la stabilité de notre usine de traitement."}
H = {"en": ["Key responsibilities", "Requirements", "Advantageous", "Competencies", "How to apply"],
     "fr": ["Principales responsabilités", "Exigences", "Atouts", "Compétences", "Comment postuler"]}
APPLY = {"en": "Apply through this portal before the closing date. Shortlisted candidates will sit a technical interview on site on 26 April 2044.",
         "fr": "Postulez sur ce portail avant la date de clôture. Les candidat(e)s retenu(e)s passeront un entretien technique sur site le 26 avril 2044."}
def half(l):
    rows = "\n".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in zip(LAB[l], VAL[l]))
    sep = ":" if l == "en" else " :"
    return f"""<section lang="{l}" class="{l}">
<h2>{T[l]}</h2>
<p>{INTRO[l]}</p>
<table class="facts">{rows}</table>
<h3>{H[l][0]}</h3><ul>{''.join('<li>' + d + '</li>' for d in DUT[l])}</ul>
<h3>{H[l][1]}</h3><ol>{''.join('<li>' + x + '</li>' for x in ESS[l])}</ol>
<h3>{H[l][2]}</h3><ol>{''.join('<li>' + x + '</li>' for x in DES[l])}</ol>
<h3>{H[l][3]}</h3>{''.join(f'<p><b>{n}</b>{sep} {d}</p>' for n, d in COMP[l])}
<h3>{H[l][4]}</h3><p>{APPLY[l]}</p>
</section>"""
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T['en']} | Careers</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:18px}}
.bar{{background:#1d3557;color:#fff;padding:6px}} table.facts{{border-collapse:collapse;width:100%}}
table.facts th{{text-align:left;width:28%;background:#eef;padding:4px;vertical-align:top}} table.facts td{{padding:4px;border-bottom:1px solid #ddd}}
section.fr{{page-break-before:always}}</style></head>
<body>
<div class="bar">Careers portal · Société des Mines de Tongon SA &nbsp; | EN | FR | &nbsp; Sign in</div>
<p>Job requisition 73104 · Posted 10 March 2044 · Full time</p>
{half('en')}
{half('fr')}
<hr>
<p>Similar jobs: Process Shift Supervisor (closing 30 March 2044) · Laboratory Chemist / Chimiste de laboratoire (closing 20 April 2044)</p>
<p>We never ask candidates for money. / Nous ne demandons jamais d'argent aux candidats.</p>
</body></html>"""
w("tgn-hr-2044-0127-tongon.html", html, REF)
chromium("tgn-hr-2044-0127-tongon.html", REF)
expected(REF, ["en", "fr"], T, {"en": ORG, "fr": ORG}, LOC, SCH, "2044-04-13",
         sal(mn=1600000, mx=2050000, cur="XOF"), GR, {l: (ESS[l], DES[l]) for l in ("en", "fr")}, COMP)
save_rows("n05")
