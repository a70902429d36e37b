from common import *
REF = "CERFER/DG/AVP/2044/02"
PN = "CERFER-DFC-P2-01"
T = {"fr": "Formateur(trice) en enduits superficiels et entretien des chaussées",
     "en": "Trainer, Surface Dressing and Pavement Maintenance"}
ORG = {"fr": "Centre Régional de Formation pour l'Entretien Routier (CERFER)",
       "en": "Regional Training Centre for Road Maintenance (CERFER)"}
LOC = {"fr": "Siège du CERFER, Lomé, Togo, avec sessions de terrain dans les États membres",
       "en": "CERFER headquarters, Lomé, Togo, with field sessions in member States"}
SCH = {"fr": "Temps plein, du lundi au vendredi, avec sessions de terrain de deux semaines",
       "en": "Full time, Monday to Friday, with two-week field sessions"}
GR = "P2"
ESS = {"fr": ["Être ressortissant(e) d'un État membre du CERFER ;",
              "Être titulaire d'un diplôme d'ingénieur des travaux publics ou d'un master en génie civil ;",
              "Justifier d'au moins six ans d'expérience dans l'entretien routier, dont deux ans en formation d'adultes ;",
              "Maîtriser le français ; une connaissance de travail de l'anglais est requise."],
       "en": ["Be a national of a CERFER member State;",
              "Hold a degree in public works engineering or a master's degree in civil engineering;",
              "Have at least six years of experience in road maintenance, including two years in adult training;",
              "Be fluent in French; a working knowledge of English is required."]}
DES = {"fr": ["Une expérience des chantiers à haute intensité de main-d'œuvre ;",
              "La pratique des logiciels de gestion de l'entretien routier."],
       "en": ["Experience of labour-based worksites;",
              "Use of road maintenance management software."]}
COMP = {"fr": [("Pédagogie", "transmettre des savoir-faire de chantier à des publics variés"),
               ("Rigueur technique", "appliquer les normes de dosage et de contrôle de qualité"),
               ("Esprit d'équipe", "coopérer avec les formateurs et les administrations routières")],
        "en": [("Teaching skills", "passes on worksite know-how to varied audiences"),
               ("Technical rigour", "applies dosage and quality control standards"),
               ("Teamwork", "works with fellow trainers and road administrations")]}
DUT = {"fr": ["concevoir et animer les modules de formation sur les enduits superficiels et le reprofilage",
              "encadrer les chantiers-écoles et les séances de travaux pratiques",
              "évaluer les stagiaires et rédiger les rapports de session",
              "mettre à jour les supports pédagogiques"],
       "en": ["design and deliver training modules on surface dressing and reshaping",
              "supervise training worksites and practical sessions",
              "assess trainees and write session reports",
              "update the teaching materials"]}
LAB = {"fr": ["Avis de vacance n°", "Numéro du poste", "Intitulé du poste", "Institution", "Direction", "Lieu d'affectation",
              "Temps de travail", "Grade", "Rémunération", "Date limite"],
       "en": ["Vacancy notice No.", "Post number", "Position title", "Institution", "Directorate", "Duty station",
              "Working time", "Grade", "Remuneration", "Closing date"]}
VAL = {"fr": [REF, PN, T["fr"], ORG["fr"], "Direction de la Formation Continue", LOC["fr"], SCH["fr"], GR,
              "19 800 000 FCFA par an (traitement de base), indemnités de logement et de famille en sus",
              "jeudi 28 avril 2044 à 17 h 00, heure de Lomé"],
       "en": [REF, PN, T["en"], ORG["en"], "Continuing Training Directorate", LOC["en"], SCH["en"], GR,
              "XOF 19,800,000 per year (base salary), plus housing and family allowances",
              "Thursday, 28 April 2044, 17:00 Lomé time"]}
H = {"fr": ["1. Attributions", "2. Qualifications requises", "3. Atouts", "4. Compétences", "5. Candidature"],
     "en": ["1. Duties", "2. Required qualifications", "3. Assets", "4. Competencies", "5. Application"]}
APP = {"fr": "Les dossiers (lettre, CV, diplômes, deux références) sont envoyés à recrutement@cerfer.example avant la date limite. Un test écrit aura lieu le 12 mai 2044.",
       "en": "Applications (letter, CV, diplomas, two referees) are sent to recrutement@cerfer.example before the closing date. A written test will be held on 12 May 2044."}
INTRO = {"fr": "Institution régionale créée par les États d'Afrique de l'Ouest et du Centre, le CERFER forme les cadres et techniciens des administrations routières.",
         "en": "A regional institution created by West and Central African States, CERFER trains the managers and technicians of road administrations."}
HEAD = {"fr": "AVIS DE VACANCE DE POSTE", "en": "VACANCY ANNOUNCEMENT"}
def half(l):
    sep = " :" if l == "fr" else ":"
    dl = "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in zip(LAB[l], VAL[l]))
    return f"""<section class="{l}" lang="{l}"><div class="band">{HEAD[l]}</div><p>{INTRO[l]}</p><dl>{dl}</dl>
<h3>{H[l][0]}</h3><ul>{''.join('<li>' + d + '</li>' for d in DUT[l])}</ul>
<h3>{H[l][1]}</h3><ol>{''.join('<li>' + x + '</li>' for x in ESS[l])}</ol>
<h3>{H[l][2]}</h3><ul>{''.join('<li>' + x + '</li>' for x in DES[l])}</ul>
<h3>{H[l][3]}</h3>{''.join(f'<p><b>{n}</b>{sep} {d}</p>' for n, d in COMP[l])}
<h3>{H[l][4]}</h3><p>{APP[l]}</p></section>"""
pdfhtml = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm; @bottom-center {{ content: "CERFER – {REF} – page " counter(page) "/" counter(pages); font-size: 8pt }} }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10pt; hyphens: manual }}
.band {{ background: #0a5c36; color: white; padding: 4px; font-weight: bold }}
dl {{ display: grid; grid-template-columns: 5cm 1fr; gap: 3px 8px }} dt {{ font-weight: bold }} dd {{ margin: 0 }}
section.en {{ page-break-before: always }} .head {{ display: flex; justify-content: space-between }}
</style></head><body>
<div class="head"><div>CENTRE RÉGIONAL DE FORMATION<br>POUR L'ENTRETIEN ROUTIER</div><div>REGIONAL TRAINING CENTRE<br>FOR ROAD MAINTENANCE<br>Lomé, 16 mars 2044 / 16 March 2044</div></div>
{half('fr')}
{half('en')}
</body></html>"""
wb("cerfer-avis.html", pdfhtml)
weasy("cerfer-avis.html", "cerfer-dg-avp-2044-02-avis.weasyprint.pdf", REF)
def mdhalf(l):
    sep = " :" if l == "fr" else ":"
    return f"""## {HEAD[l]} – {T[l]}

{INTRO[l]}

{chr(10).join(f'- **{a}{sep}** {b}' for a, b in zip(LAB[l], VAL[l]))}

### {H[l][0]}

{chr(10).join('* ' + d for d in DUT[l])}

### {H[l][1]}

{chr(10).join(f'{i}) {x}' for i, x in enumerate(ESS[l], 1))}

### {H[l][2]}

{chr(10).join('+ ' + x for x in DES[l])}

### {H[l][3]}

{chr(10).join(f'**{n}**{sep} {d}  ' for n, d in COMP[l])}

### {H[l][4]}

{APP[l]}
"""
md = f"""[Accueil](https://cerfer.example/) | [Formations](https://cerfer.example/formations) | [Le Centre](https://cerfer.example/centre) | [Recrutement](https://cerfer.example/recrutement) | FR / EN

# Avis de vacance / Vacancy announcement

{mdhalf('fr')}
---

{mdhalf('en')}
---

_Publié le 16 mars 2044 / Posted on 16 March 2044_
"""
w("cerfer-dg-avp-2044-02-cerfer.md", md, REF)
expected(REF, ["fr", "en"], T, ORG, LOC, SCH, "2044-04-28", sal(amount=19800000, cur="XOF", period="year"), GR,
         {l: (ESS[l], DES[l]) for l in ("en", "fr")}, COMP, post_number=PN)
save_rows("n10")
