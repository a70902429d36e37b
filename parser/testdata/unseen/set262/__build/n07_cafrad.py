from common import *

KEY = "cafrad-sg-va-2039-03"
REF = "CAFRAD/SG/VA/2039/03"
PN = "CAF-PRG-P4-02"
T = {"fr": "Chef(fe) du programme de gouvernance numérique",
     "en": "Head of the Digital Governance Programme"}
ORG = {"fr": "Centre Africain de Formation et de Recherche Administratives pour le Développement (CAFRAD)",
       "en": "African Training and Research Centre in Administration for Development (CAFRAD)"}
LOC = {"fr": "Tanger, Maroc", "en": "Tangier, Morocco"}
SCHED = {"fr": "40 heures par semaine, du lundi au vendredi", "en": "40 hours per week, Monday to Friday"}
SAL = {"fr": "64 310 USD par an (traitement net de base), plus indemnité de logement",
       "en": "USD 64,310 per annum (net base salary), plus housing allowance"}
DUT = {"fr": ["Concevoir le programme de formation des hauts fonctionnaires africains à l'administration électronique",
              "Piloter les études comparatives sur la dématérialisation des services publics",
              "Organiser les séminaires régionaux et en assurer le suivi",
              "Mobiliser des partenariats et des financements pour le programme"],
       "en": ["Design the training programme on e-government for senior African civil servants",
              "Lead comparative studies on the digitisation of public services",
              "Organise regional seminars and ensure their follow-up",
              "Mobilise partnerships and funding for the programme"]}
ESS = {"fr": ["Être ressortissant(e) d'un État membre du CAFRAD.",
              "Doctorat ou master en administration publique, en informatique de gestion ou en sciences politiques.",
              "Au moins dix ans d'expérience professionnelle, dont cinq dans la conduite de projets de transformation numérique du secteur public.",
              "Excellente maîtrise du français ou de l'anglais et bonne connaissance pratique de l'autre langue."],
       "en": ["Be a national of a CAFRAD member State.",
              "PhD or master's degree in public administration, management information systems or political science.",
              "At least ten years of professional experience, five of them leading digital transformation projects in the public sector.",
              "Excellent command of English or French and a good working knowledge of the other language."]}
DES = {"fr": ["Connaissance de l'arabe ou du portugais.", "Expérience d'enseignement dans une école d'administration."],
       "en": ["Knowledge of Arabic or Portuguese.", "Teaching experience in a school of public administration."]}
COMP = {"fr": [("Vision stratégique", "relie chaque activité aux priorités des États membres."),
               ("Communication", "présente des sujets techniques à des décideurs de haut niveau."),
               ("Gestion des ressources", "tient les budgets et les délais des projets.")],
        "en": [("Strategic vision", "links every activity to the priorities of member States."),
               ("Communication", "presents technical subjects to senior decision-makers."),
               ("Resource management", "keeps project budgets and deadlines.")]}

expected(KEY, REF, ["fr", "en"], T, ORG, LOC, SCHED, "2039-08-31",
         salary=sal(amount=64310, cur="USD", period="year"), grade="P4", post_number=PN,
         req={l: (ESS[l], DES[l]) for l in ("en", "fr")}, comp=COMP)

LB = {"fr": dict(h="Avis de vacance de poste", vn="Avis de vacance", pn="Numéro du poste", ti="Intitulé du poste",
                 org="Organisation", unit="Unité", loc="Lieu d'affectation", gr="Grade", sc="Horaires de travail",
                 sal="Rémunération", dl="Date limite de candidature", dlv="31 août 2039, à minuit (heure de Tanger)",
                 unitv="Division des programmes", du="Fonctions", q="Qualifications et expérience requises",
                 d="Atouts", c="Compétences", how="Les candidatures (formulaire du CAFRAD, CV, copies des diplômes) sont à adresser au Directeur général par courriel. Seuls les candidats présélectionnés seront contactés pour un test écrit prévu le 19 septembre 2039."),
      "en": dict(h="Vacancy announcement", vn="Vacancy notice", pn="Post number", ti="Position title",
                 org="Organisation", unit="Unit", loc="Duty station", gr="Grade", sc="Working hours",
                 sal="Remuneration", dl="Application deadline", dlv="31 August 2039, midnight (Tangier time)",
                 unitv="Programmes Division", du="Duties", q="Required qualifications and experience",
                 d="Assets", c="Competencies", how="Applications (CAFRAD form, CV, copies of degrees) should be sent to the Director General by e-mail. Only shortlisted candidates will be contacted for a written test scheduled for 19 September 2039.")}

def half(l):
    x = LB[l]
    rows = [(x["vn"], REF), (x["pn"], PN), (x["ti"], T[l]), (x["org"], ORG[l]), (x["unit"], x["unitv"]),
            (x["loc"], LOC[l]), (x["gr"], "P4"), (x["sc"], SCHED[l]), (x["sal"], SAL[l]), (x["dl"], x["dlv"])]
    dl = "\n".join(f"  <div class=\"r\"><dt>{a}</dt><dd>{b}</dd></div>" for a, b in rows)
    sep = ":" if l == "en" else " :"
    return f"""<section lang="{l}" class="{'fr' if l=='fr' else 'en'}">
<h2>{x['h']} – {T[l]}</h2>
<dl class="facts">
{dl}
</dl>
<h3>{x['du']}</h3>
<ul>{''.join(f'<li>{d}</li>' for d in DUT[l])}</ul>
<h3>{x['q']}</h3>
<ol>{''.join(f'<li>{d}</li>' for d in ESS[l])}</ol>
<h3>{x['d']}</h3>
<ul>{''.join(f'<li>{d}</li>' for d in DES[l])}</ul>
<h3>{x['c']}</h3>
<ul>{''.join(f'<li><i>{n}</i>{sep} {d}</li>' for n, d in COMP[l])}</ul>
<p>{x['how']}</p>
</section>"""

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>CAFRAD – {REF}</title>
<style>body{{font-family:"Liberation Sans",sans-serif;font-size:10.5pt;margin:0 28px}}
.brand{{border-bottom:3px solid #7a1;padding:6px 0;font-weight:bold}}
dl.facts{{margin:0}} .r{{display:flex;border-bottom:1px dotted #999}} .r dt{{width:34%;font-weight:bold}} .r dd{{margin:0;width:66%}}
section.en{{break-before:page}}</style></head>
<body>
<div class="brand">CAFRAD · Centre Africain de Formation et de Recherche Administratives pour le Développement · المركز الإفريقي للتدريب والبحث الإداري للإنماء · English</div>
<p class="nav">Accueil | Le Centre | Programmes | Publications | Recrutement</p>
{half('fr')}
{half('en')}
<footer><small>CAFRAD, Tanger – Boulevard fictif, BP 000 · recrutement@cafrad.example</small></footer>
</body></html>
"""
W(KEY + "-cafrad.html", html, KEY)
chromium(KEY + "-cafrad.html", KEY)
