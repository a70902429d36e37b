from common import *
REF = "EAA/DG/AV/2043-01"; KEY = "eaa-dg-av-2043-01"; POST = "EAA-DPT-P3-02"
T = {"fr": "Spécialiste gestion des boues de vidange", "en": "Faecal Sludge Management Specialist"}
ORG = {"fr": "Eau et Assainissement pour l'Afrique (EAA)", "en": "Water and Sanitation for Africa (WSA)"}
LOC = {"fr": "Siège, Ouagadougou (Burkina Faso), avec missions dans les pays membres",
       "en": "Headquarters, Ouagadougou (Burkina Faso), with missions to member countries"}
SCH = {"fr": "40 heures par semaine, du lundi au vendredi", "en": "40 hours per week, Monday to Friday"}
ESS = {"fr": ["Être ressortissant(e) d'un pays membre de l'organisation",
              "Master en génie sanitaire, en génie de l'environnement ou en santé publique",
              "Au moins sept ans d'expérience en assainissement urbain, dont cinq en gestion des boues de vidange",
              "Expérience avérée de la conception de stations de traitement des boues ou de stations de transfert",
              "Parfaite maîtrise du français ou de l'anglais et connaissance pratique de l'autre langue"],
       "en": ["Be a national of a member country of the organisation",
              "Master's degree in sanitation engineering, environmental engineering or public health",
              "At least seven years of experience in urban sanitation, including five in faecal sludge management",
              "Proven experience in designing sludge treatment plants or transfer stations",
              "Fluency in French or English and a working knowledge of the other"]}
DES = {"fr": ["Expérience des partenariats public privé pour les services de vidange",
              "Connaissance de la planification de la sécurité sanitaire de l'assainissement"],
       "en": ["Experience with public private partnerships for emptying services",
              "Knowledge of sanitation safety planning"]}
COMP = {"fr": [("Leadership technique", "orienter les équipes nationales vers des choix d'ingénierie solides."),
               ("Construction de partenariats", "travailler avec les communes, les opérateurs et les bailleurs."),
               ("Orientation résultats", "livrer les projets dans les délais et le budget.")],
        "en": [("Technical leadership", "guides national teams towards sound engineering choices."),
               ("Partnership building", "works with municipalities, operators and donors."),
               ("Results orientation", "delivers projects on time and within budget.")]}
DUT = {"fr": ["Appuyer les États membres dans l'élaboration de stratégies de gestion des boues de vidange.",
              "Concevoir ou revoir les études de stations de traitement et de valorisation des boues.",
              "Accompagner la professionnalisation des vidangeurs manuels et mécaniques.",
              "Produire des notes techniques et animer des ateliers régionaux."],
       "en": ["Support member States in drawing up faecal sludge management strategies.",
              "Design or review studies of sludge treatment and reuse plants.",
              "Support the professionalisation of manual and mechanical emptiers.",
              "Produce technical notes and facilitate regional workshops."]}

expected(KEY, reference=REF, post_number=POST, languages=["fr", "en"], title=T, organisation=ORG, location=LOC,
         schedule=SCH, deadline="2043-02-17", salary=sal(2750000, cur="XOF"), grade="P3",
         requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
         competencies={l: [{"name": n, "description": d} for n, d in COMP[l]] for l in ("en", "fr")})

LAB = {"fr": dict(band="AVIS DE VACANCE DE POSTE", ref="Avis de vacance n°", post="Numéro du poste", t="Intitulé du poste",
                  org="Organisation", unit="Département", unitv="Département Programmes techniques", loc="Lieu d'affectation",
                  sch="Temps de travail", g="Grade", s="Rémunération",
                  sv="2 750 000 FCFA nets par mois, plus indemnité de logement et allocations familiales",
                  d="Date de clôture", dv="mardi 17 février 2043 à 18 h 00 (heure de Ouagadougou)",
                  h1="1. Contexte", ctx="L'organisation, agence intergouvernementale panafricaine, appuie ses pays membres dans l'accès à l'eau potable et à l'assainissement. Son Département Programmes techniques renforce son équipe.",
                  h2="2. Fonctions", h3="3. Qualifications requises", h4="Atouts", h5="4. Compétences",
                  h6="5. Candidature", app="Les dossiers sont soumis en ligne avant la date de clôture. Un test écrit en ligne est prévu le 3 mars 2043 pour les candidat(e)s présélectionné(e)s."),
       "en": dict(band="VACANCY ANNOUNCEMENT", ref="Vacancy notice No.", post="Post number", t="Position title",
                  org="Organization", unit="Department", unitv="Technical Programmes Department", loc="Duty station",
                  sch="Working time", g="Grade", s="Remuneration",
                  sv="XOF 2,750,000 net per month, plus housing allowance and family allowances",
                  d="Closing date", dv="Tuesday 17 February 2043, 18:00 (Ouagadougou time)",
                  h1="1. Background", ctx="The organization, a pan-African intergovernmental agency, supports its member countries in access to drinking water and sanitation. Its Technical Programmes Department is strengthening its team.",
                  h2="2. Duties", h3="3. Required qualifications", h4="Assets", h5="4. Competencies",
                  h6="5. Application", app="Applications are submitted online before the closing date. An online written test is planned on 3 March 2043 for shortlisted candidates.")}

def half(l):
    x = LAB[l]
    rows = [(x['ref'], REF), (x['post'], POST), (x['t'], T[l]), (x['org'], ORG[l]), (x['unit'], x['unitv']),
            (x['loc'], LOC[l]), (x['sch'], SCH[l]), (x['g'], "P3"), (x['s'], x['sv']), (x['d'], x['dv'])]
    return f"""<section lang="{l}"><div class="band">{x['band']}</div>
<dl>{''.join(f'<dt>{a}</dt><dd>{b}</dd>' for a, b in rows)}</dl>
<h3>{x['h1']}</h3><p>{x['ctx']}</p>
<h3>{x['h2']}</h3><ul>{''.join('<li>' + d + '</li>' for d in DUT[l])}</ul>
<h3>{x['h3']}</h3><ol>{''.join('<li>' + d + '</li>' for d in ESS[l])}</ol>
<p><i>{x['h4']} :</i></p><ul>{''.join('<li>' + d + '</li>' for d in DES[l])}</ul>
<h3>{x['h5']}</h3>{''.join(f'<p><b>{n}</b> – {d}</p>' for n, d in COMP[l])}
<h3>{x['h6']}</h3><p>{x['app']}</p></section>"""

src("eaa-avis.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm 16mm 20mm; @bottom-center {{ content: "EAA / WSA – {REF} – " counter(page) "/" counter(pages); font-size: 8pt; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; }}
.head {{ text-align:center; border-bottom: 2px solid #1b6fa8; padding-bottom: 6px }}
.band {{ background:#1b6fa8; color:#fff; padding:4px 8px; font-weight:bold; margin-top:10px }}
dl {{ display:grid; grid-template-columns: 40mm auto; gap: 2px 8px; }}
dt {{ font-weight:bold }} dd {{ margin:0 }}
section[lang=en] {{ break-before: page }}
</style></head><body>
<div class="head"><b>Eau et Assainissement pour l'Afrique – Water and Sanitation for Africa</b><br>
Agence intergouvernementale panafricaine · Pan-African intergovernmental agency<br>Ouagadougou, Burkina Faso (adresse fictive)</div>
{half('fr')}
{half('en')}
</body></html>""")
weasy("eaa-avis.html", KEY + "-avis.weasyprint.pdf", KEY)

def mdhalf(l):
    x = LAB[l]; c = " :" if l == "fr" else ":"
    rows = [(x['ref'], REF), (x['post'], POST), (x['t'], T[l]), (x['org'], ORG[l]), (x['unit'], x['unitv']),
            (x['loc'], LOC[l]), (x['sch'], SCH[l]), (x['g'], "P3"), (x['s'], x['sv']), (x['d'], x['dv'])]
    return f"""## {x['band']}

{chr(10).join(f'- **{a}{c}** {b}' for a, b in rows)}

### {x['h1']}

{x['ctx']}

### {x['h2']}

{chr(10).join('* ' + d for d in DUT[l])}

### {x['h3']}

{chr(10).join(f'{i}) ' + d for i, d in enumerate(ESS[l], 1))}

_{x['h4']}_

{chr(10).join('+ ' + d for d in DES[l])}

### {x['h5']}

{chr(10).join(f'**{n}**{c} {d}  ' for n, d in COMP[l])}

### {x['h6']}

{x['app']}
"""

md = f"""<!-- copie du site, rubrique Opportunités / Opportunities -->
[Accueil](#) | [Qui sommes-nous](#) | [Programmes](#) | **[Opportunités](#)** | [FR](#) / [EN](#)

# {T['fr']} / {T['en']}

{mdhalf('fr')}
---

{mdhalf('en')}
---
*Publié le 16 janvier 2043 · Posted on 16 January 2043 · page fictive / fictitious page*
"""
w(KEY + "-eaa.md", md, KEY)
save_rows("07")
