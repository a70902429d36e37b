"""OMAOC / MOWCA (Abidjan), FR then EN: WeasyPrint notice + Educarriere-like board copy."""
from common import *

KEY = "omaoc-sg-av-2041-06"
REF = "OMAOC/SG/AV/2041-06"
PN = "OMAOC-DTM-P2-03"
T = {"fr": "Chargé(e) des statistiques du transport maritime", "en": "Maritime Transport Statistics Officer"}
ORG = {"fr": "Organisation Maritime de l'Afrique de l'Ouest et du Centre (OMAOC)",
       "en": "Maritime Organization of West and Central Africa (MOWCA)"}
LOC = {"fr": "Secrétariat général, Abidjan (Côte d'Ivoire)", "en": "General Secretariat, Abidjan (Côte d'Ivoire)"}
SCHED = {"fr": "Temps plein, 37 h 30 par semaine", "en": "Full time, 37.5 hours per week"}
GRADE = "P2"
SAL = {"fr": "48 600 USD par an (net d'impôt), plus indemnité de poste et allocations familiales",
       "en": "USD 48,600 per annum (tax-free), plus post adjustment and family allowances"}
DL = {"fr": "Lundi 23 décembre 2041, 17 h 00 (heure d'Abidjan)", "en": "Monday, 23 December 2041, 17:00 (Abidjan time)"}
ESS = {"fr": [
    "Être ressortissant(e) d'un État membre de l'OMAOC ;",
    "Master en statistique, en économie des transports ou en économétrie ;",
    "Au moins trois ans d'expérience dans la production de statistiques portuaires ou maritimes ;",
    "Maîtrise d'un logiciel statistique (R, Stata ou Python) et des bases de données relationnelles ;",
    "Excellente maîtrise du français ou de l'anglais et bonne connaissance de l'autre langue.",
], "en": [
    "Be a national of a MOWCA member State;",
    "Master's degree in statistics, transport economics or econometrics;",
    "At least three years of experience in producing port or maritime statistics;",
    "Proficiency in a statistical package (R, Stata or Python) and in relational databases;",
    "Excellent command of English or French and good knowledge of the other language.",
]}
DES = {"fr": ["Connaissance du portugais ;", "Expérience des systèmes de guichet unique portuaire."],
       "en": ["Knowledge of Portuguese;", "Experience with port single-window systems."]}
COMP = {"fr": [
    ("Rigueur", "produit des séries fiables, documentées et vérifiables"),
    ("Esprit de synthèse", "traduit les données en messages clairs pour les décideurs"),
    ("Sens du service", "répond avec diligence aux demandes des États membres"),
], "en": [
    ("Accuracy", "produces reliable, documented and verifiable series"),
    ("Synthesis", "turns data into clear messages for decision-makers"),
    ("Client orientation", "responds promptly to requests from member States"),
]}
DUT = {"fr": [
    "collecter auprès des ports et des conseils de chargeurs les données de trafic, d'escales et de fret ;",
    "administrer la base régionale de statistiques maritimes et en garantir la qualité ;",
    "publier l'annuaire statistique et les notes trimestrielles de conjoncture ;",
    "appuyer les États membres dans l'harmonisation de leurs nomenclatures ;",
    "contribuer aux études sur la compétitivité des corridors portuaires.",
], "en": [
    "collect traffic, port-call and freight data from ports and shippers' councils;",
    "administer the regional maritime statistics database and ensure its quality;",
    "publish the statistical yearbook and quarterly economic notes;",
    "support member States in harmonising their classifications;",
    "contribute to studies on the competitiveness of port corridors.",
]}
LAB = {"fr": dict(av="Avis de vacance n°", pn="Numéro du poste", t="Intitulé du poste", org="Organisation",
                  unit="Direction", unitv="Direction du transport maritime et des ports", loc="Lieu d'affectation",
                  g="Grade", sch="Temps de travail", sal="Traitement", dl="Date de clôture",
                  h1="Attributions", h2="Qualifications requises", h3="Atouts", h4="Compétences",
                  h5="Candidature",
                  apply="Les candidatures (lettre, CV, formulaire de l'Organisation, copies des diplômes) sont adressées par courriel à recrutement@omaoc.example en rappelant la référence de l'avis. Un test écrit sera organisé le 20 janvier 2042 pour les candidat(e)s présélectionné(e)s."),
       "en": dict(av="Vacancy notice No.", pn="Post number", t="Position title", org="Organization",
                  unit="Directorate", unitv="Directorate of Maritime Transport and Ports", loc="Duty station",
                  g="Grade", sch="Working time", sal="Salary", dl="Closing date",
                  h1="Duties", h2="Required qualifications", h3="Assets", h4="Competencies",
                  h5="Applications",
                  apply="Applications (letter, CV, the Organization's form, copies of degrees) should be e-mailed to recrutement@omaoc.example, quoting the notice reference. A written test will be held on 20 January 2042 for shortlisted candidates.")}

def half(l):
    x = LAB[l]
    rows = [(x["av"], REF), (x["pn"], PN), (x["t"], T[l]), (x["org"], ORG[l]), (x["unit"], x["unitv"]),
            (x["loc"], LOC[l]), (x["g"], GRADE), (x["sch"], SCHED[l]), (x["sal"], SAL[l]), (x["dl"], DL[l])]
    dl = "\n".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in rows)
    sep = " :" if l == "fr" else ":"
    return f"""<section class="half" lang="{l}">
<div class="band">{'AVIS DE VACANCE DE POSTE' if l == 'fr' else 'VACANCY ANNOUNCEMENT'}</div>
<dl class="facts">
{dl}
</dl>
<h3>1. {x['h1']}</h3>
<ul>{''.join(f'<li>{d}</li>' for d in DUT[l])}</ul>
<h3>2. {x['h2']}</h3>
<ol>{''.join(f'<li>{d}</li>' for d in ESS[l])}</ol>
<h3>3. {x['h3']}</h3>
<ul>{''.join(f'<li>{d}</li>' for d in DES[l])}</ul>
<h3>4. {x['h4']}</h3>
{''.join(f'<p class="comp"><b>{n}</b>{sep} {d}</p>' for n, d in COMP[l])}
<h3>5. {x['h5']}</h3>
<p>{x['apply']}</p>
</section>"""

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm; @bottom-center {{ content: "OMAOC / MOWCA – {REF} – " counter(page) "/" counter(pages); font-size: 8pt; }} }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }}
.head {{ text-align: center; border-bottom: 2px solid #003a70; padding-bottom: 6px; }}
.band {{ background: #003a70; color: white; font-weight: bold; padding: 4px 8px; margin: 10px 0; }}
dl.facts {{ display: grid; grid-template-columns: 38% 62%; margin: 0; }}
dl.facts dt {{ font-weight: bold; border-bottom: 1px solid #ddd; padding: 3px; }}
dl.facts dd {{ margin: 0; border-bottom: 1px solid #ddd; padding: 3px; }}
section[lang=en] {{ break-before: page; }}
h3 {{ font-size: 10.5pt; color: #003a70; margin-bottom: 3px; }}
p.comp {{ margin: 2px 0 2px 12px; }}
</style></head><body>
<div class="head"><b>ORGANISATION MARITIME DE L'AFRIQUE DE L'OUEST ET DU CENTRE</b><br>
<b>MARITIME ORGANIZATION OF WEST AND CENTRAL AFRICA</b><br>
<small>Secrétariat général / General Secretariat – Abidjan-Plateau (adresse fictive)</small></div>
{half('fr')}
{half('en')}
</body></html>
"""
weasyprint(src("omaoc-avis.html", html), KEY + "-avis.weasyprint.pdf", KEY)

def bhalf(l):
    x = LAB[l]
    sep = " : " if l == "fr" else ": "
    out = [f"{x['av']}{sep}{REF}", f"{x['pn']}{sep}{PN}", f"{x['t']}{sep}{T[l]}", f"{x['org']}{sep}{ORG[l]}",
           f"{x['loc']}{sep}{LOC[l]}", f"{x['g']}{sep}{GRADE}", f"{x['sch']}{sep}{SCHED[l]}",
           f"{x['sal']}{sep}{SAL[l]}", f"{x['dl']}{sep}{DL[l]}", "", x["h1"].upper()]
    out += ["- " + d for d in DUT[l]] + ["", x["h2"].upper()]
    out += [f"{i}. {d}" for i, d in enumerate(ESS[l], 1)] + ["", x["h3"].upper()]
    out += ["- " + d for d in DES[l]] + ["", x["h4"].upper()]
    out += [f"- {n}{sep}{d}" for n, d in COMP[l]] + ["", x["apply"]]
    return "\n".join(out)

board = f"""EDUCARRIERE (copie) – Accueil  Offres d'emploi  Stages  Concours  CVthèque  Conseils
Vous êtes ici : Accueil / Offres d'emploi / Organisations internationales

CHARGÉ(E) DES STATISTIQUES DU TRANSPORT MARITIME / MARITIME TRANSPORT STATISTICS OFFICER
OMAOC - MOWCAAbidjan - PlateauDate d'édition : 28/11/2041Date limite : 23/12/2041Vue(s) : 3 418
Type d'offre : Emploi | Métier : Statistiques | Niveau : BAC+5 | Expérience : 3 ans

=== VERSION FRANÇAISE ===
{bhalf('fr')}

=== ENGLISH VERSION ===
{bhalf('en')}

Postuler par mail | Imprimer | Envoyer à un ami

Offres qui pourraient vous intéresser
* Statisticien(ne) junior – Abidjan – Date limite : 10/12/2041
* Data analyst portuaire – San-Pédro – 900 000 FCFA – Date limite : 31/12/2041
"""
write(KEY + "-educarriere.txt", board, KEY)

expected(KEY, reference=REF, post_number=PN, languages=["fr", "en"], title=T, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2041-12-23", salary=salary(48600, cur="USD", period="year"),
         grade=GRADE, requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
         competencies=COMP)
save_rows("n07")
