from common import *

KEY = "NHMO-RH-2039-11"
POST = "NHMO FIN BUD 0020"
GRADE, CLR = "G11", "NATO SECRET"
F = dict(title="Contrôleur(euse) budgétaire adjoint(e)", org="Bureau de gestion OTAN du HAWK (NHMO)",
         loc="Rueil-Malmaison (France)", sch="Temps plein (39 heures par semaine)")
N = dict(title="Deputy Budget Controller", org="NATO HAWK Management Office (NHMO)",
         loc="Rueil-Malmaison, France", sch="Full-time (39 hours per week)")

F_CTX = ("Le Bureau de gestion OTAN du HAWK (NHMO) gère, pour le compte des pays participants, le programme de "
         "soutien et de modernisation du système de défense aérienne HAWK. La Branche Finances prépare et exécute "
         "le budget du programme, suit les engagements contractuels et rend compte au Comité directeur.")
N_CTX = ("The NATO HAWK Management Office (NHMO) manages, on behalf of the participating nations, the support and "
         "upgrade programme of the HAWK air defence system. The Finance Branch prepares and executes the programme "
         "budget, follows contractual commitments and reports to the Board of Directors.")
F_TASKS = [
    "préparer les projets de budget annuel et les prévisions pluriannuelles du programme ;",
    "contrôler la disponibilité des crédits avant chaque engagement ;",
    "suivre l'exécution du budget et analyser les écarts ;",
    "préparer les appels de fonds adressés aux pays participants ;",
    "contribuer aux rapports financiers destinés au Comité directeur et aux auditeurs ;",
    "remplacer le contrôleur budgétaire en son absence.",
]
N_TASKS = [
    "prepare the draft annual budgets and the multi-year forecasts of the programme;",
    "check the availability of funds before each commitment;",
    "monitor budget execution and analyse variances;",
    "prepare the calls for funds sent to the participating nations;",
    "contribute to the financial reports for the Board of Directors and the auditors;",
    "deputise for the Budget Controller in his/her absence.",
]
F_ESS = [
    "diplôme universitaire en finance, comptabilité, gestion ou économie ;",
    "au moins quatre années d'expérience en préparation et en contrôle budgétaires dans une organisation publique ou internationale ;",
    "très bonne maîtrise d'Excel et expérience d'un logiciel de gestion financière ;",
    "connaissance de l'anglais et du français (SLP 3333 dans l'une, 2222 dans l'autre).",
]
N_ESS = [
    "university degree in finance, accounting, management or economics;",
    "at least four years of experience in budget preparation and control in a public or international organisation;",
    "very good command of Excel and experience of a financial management software;",
    "knowledge of English and French (SLP 3333 in one, 2222 in the other).",
]
F_DES = [
    "connaissance des normes IPSAS ;",
    "expérience d'un programme d'armement en coopération.",
]
N_DES = [
    "knowledge of IPSAS;",
    "experience of a cooperative armament programme.",
]
F_COMP = [("Rigueur", "s'assure de l'exactitude des chiffres présentés."),
          ("Sens de l'analyse", "identifie rapidement les causes des écarts."),
          ("Discrétion", "traite les informations financières avec confidentialité."),
          ("Communication", "explique clairement les questions budgétaires aux non-spécialistes.")]
N_COMP = [("Rigour", "ensures that the figures presented are accurate."),
          ("Analytical skills", "quickly identifies the causes of variances."),
          ("Discretion", "handles financial information confidentially."),
          ("Communication", "explains budget matters clearly to non-specialists.")]

E = exp(KEY, ["fr", "en"], {"fr": F["title"], "en": N["title"]}, {"fr": F["org"], "en": N["org"]},
        {"fr": F["loc"], "en": N["loc"]}, {"fr": F["sch"], "en": N["sch"]}, "2039-12-14", sal(5638.92, "EUR"),
        GRADE, CLR, {"fr": {"essential": F_ESS, "desirable": F_DES}, "en": {"essential": N_ESS, "desirable": N_DES}},
        {"fr": comps(F_COMP), "en": comps(N_COMP)}, post=POST)

F_FACTS = [("Intitulé du poste", F["title"]), ("Numéro de poste", POST), ("Grade", GRADE), ("Organisme", F["org"]),
           ("Lieu d'affectation", F["loc"]), ("Horaire", F["sch"]), ("Habilitation de sécurité", CLR),
           ("Traitement mensuel de base", "5 638,92 EUR (net d'impôt national)"),
           ("Date limite de candidature", "mercredi 14 décembre 2039, 12 h 00 (heure de Paris)")]
N_FACTS = [("Post title", N["title"]), ("Post number", POST), ("Grade", GRADE), ("Organisation", N["org"]),
           ("Duty station", N["loc"]), ("Working time", N["sch"]), ("Security clearance", CLR),
           ("Basic monthly salary", "EUR 5,638.92 (exempt from national income tax)"),
           ("Closing date", "Wednesday, 14 December 2039, 12:00 (Paris time)")]
F_REM = ("Contrat de durée déterminée de trois ans. Seuls les ressortissants des pays participants au programme "
         "peuvent postuler. Les entretiens se tiendront à Rueil-Malmaison le 18 janvier 2040.")
N_REM = ("Three-year definite duration contract. Only nationals of the nations participating in the programme may "
         "apply. Interviews will be held in Rueil-Malmaison on 18 January 2040.")


def half_html(lang, facts, ctx, lead_t, tasks, lead_e, ess, lead_d, des, comp, rem, heads):
    tr = "".join(f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in facts)
    li = lambda xs: "<ol>" + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ol>"
    sep = " :" if lang == "fr" else ":"
    cp = "".join(f"<p><b>{esc(n)}{sep}</b> {esc(d)}</p>" for n, d in comp)
    return f"""<section lang="{lang}">
<p class="vr">{heads[0]} {KEY}</p>
<table class="facts">{tr}</table>
<h2>1. {heads[1]}</h2><p>{esc(ctx)}</p>
<h2>2. {heads[2]}</h2><p>{lead_t}</p>{li(tasks)}
<h2>3. {heads[3]}</h2><p>{lead_e}</p>{li(ess)}
<h2>4. {heads[4]}</h2><p>{lead_d}</p>{li(des)}
<h2>5. {heads[5]}</h2>{cp}
<h2>6. {heads[6]}</h2><p>{esc(rem)}</p>
</section>"""


def html():
    fr = half_html("fr", F_FACTS, F_CTX, "Le/La titulaire est chargé(e) de :", F_TASKS, "Le/La candidat(e) doit posséder :",
                   F_ESS, "Seraient considérés comme des atouts :", F_DES, F_COMP, F_REM,
                   ["Référence de l'avis :", "Contexte", "Tâches principales", "Qualifications essentielles",
                    "Qualifications souhaitables", "Compétences", "Observations"])
    en = half_html("en", N_FACTS, N_CTX, "The incumbent will:", N_TASKS, "The candidate must have:", N_ESS,
                   "The following would be an advantage:", N_DES, N_COMP, N_REM,
                   ["Vacancy reference:", "Context", "Principal duties", "Essential qualifications",
                    "Desirable qualifications", "Competencies", "Remarks"])
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{KEY}</title>
<style>
@page {{ size: A4; margin: 22mm 20mm;
  @top-center {{ content: "NATO UNCLASSIFIED / OTAN SANS CLASSIFICATION"; font-size: 8pt; }}
  @bottom-right {{ content: "NHMO/AV/2039/11 - page " counter(page) " / " counter(pages); font-size: 8pt; }} }}
body {{ font-family: "Liberation Serif", serif; font-size: 10.5pt; hyphens: manual; }}
.lh {{ text-align: right; font-size: 9pt; }}
table.facts {{ border-collapse: collapse; width: 100%; margin: 6pt 0; }}
table.facts th {{ background: #ddd; text-align: left; width: 38%; padding: 3pt; border: 0.5pt solid #888; }}
table.facts td {{ padding: 3pt; border: 0.5pt solid #888; }}
h2 {{ font-size: 11pt; margin-bottom: 2pt; }}
section + section {{ page-break-before: always; }}
.vr {{ font-weight: bold; }}
</style></head><body>
<div class="lh">Bureau de gestion OTAN du HAWK<br>NATO HAWK Management Office<br>Réf. : NHMO/DRH/2039/204<br>Rueil-Malmaison, le 9 novembre 2039</div>
<h1 style="font-size:13pt;text-align:center">AVIS DE VACANCE / VACANCY NOTICE</h1>
{fr}
{en}
</body></html>
"""


def build():
    expected(KEY, E)
    write_build(f"{KEY}-nhmo.html", html())
    weasyprint_pdf(f"{KEY}-nhmo.html", f"{KEY}-nhmo", KEY)

    def lines(facts, sep):
        return "\n".join(f"{a}{sep}{b}" for a, b in facts)
    dash = lambda xs: "\n".join("  - " + x for x in xs)
    out(f"{KEY}-courriel.txt", f"""
De : Secrétariat Amicale des anciens du 402e RA <secretariat@amicale-402ra.example>
Envoyé : jeudi 17 novembre 2039 18:05
À : Membres <membres@amicale-402ra.example>
Objet : TR: Avis de vacance NHMO - contrôleur budgétaire adjoint

Bonsoir à toutes et à tous,

Un de nos anciens nous transmet cet avis du NHMO, à Rueil. Le profil est financier, pas technique, mais il peut intéresser des conjoints ou des enfants de membres. Rappel : l'assemblée générale aura lieu le samedi 3 décembre 2039 à Châlons ; inscriptions avant le 26 novembre.

Amicalement,
Le secrétariat

-------- Message transféré --------
Sujet : Avis de vacance {KEY}
Date : Wed, 9 Nov 2039 11:20:44 +0100
De : NHMO Ressources humaines <recrutement@nhmo.example>

AVIS DE VACANCE / VACANCY NOTICE
Référence de l'avis : {KEY}

{lines(F_FACTS, " : ")}

1. CONTEXTE
{F_CTX}

2. TÂCHES PRINCIPALES
Le/La titulaire est chargé(e) de :
{dash(F_TASKS)}

3. QUALIFICATIONS ESSENTIELLES
Le/La candidat(e) doit posséder :
{dash(F_ESS)}

4. QUALIFICATIONS SOUHAITABLES
Seraient considérés comme des atouts :
{dash(F_DES)}

5. COMPÉTENCES
{dash([f"{n} : {d}" for n, d in F_COMP])}

6. OBSERVATIONS
{F_REM}

=====================================================

Vacancy reference: {KEY}

{lines(N_FACTS, ": ")}

1. CONTEXT
{N_CTX}

2. PRINCIPAL DUTIES
The incumbent will:
{dash(N_TASKS)}

3. ESSENTIAL QUALIFICATIONS
The candidate must have:
{dash(N_ESS)}

4. DESIRABLE QUALIFICATIONS
The following would be an advantage:
{dash(N_DES)}

5. COMPETENCIES
{dash([f"{n}: {d}" for n, d in N_COMP])}

6. REMARKS
{N_REM}

--
NHMO - Ressources humaines / Human Resources
""", KEY)
