"""298674 - NAHEMA, Aix-en-Provence (EN then FR).
Rendering: the Agency's Word-style notice printed to PDF with WeasyPrint (from
__build/298674-nahema.html), with its pdftotext dump."""
from common import expected, write, BUILD

REF = "298674"
PN = "NAH CTR 0140"
T_EN = "Officer (Helicopter Support Contracts)"
T_FR = "Officier/Officière (contrats de soutien des hélicoptères)"
ORG_EN = "NATO Helicopter Management Agency (NAHEMA)"
ORG_FR = "Agence OTAN de gestion des hélicoptères (NAHEMA)"
LOC_EN, LOC_FR = "Aix-en-Provence, France", "Aix-en-Provence (France)"
SCH_EN, SCH_FR = "Full-time", "Temps plein"
ESS_EN = [
    "A university degree in law, business administration, engineering or a related field.",
    "At least six years of experience in the negotiation and management of complex contracts, preferably for aerospace or defence equipment.",
    "Experience of in-service support or maintenance contracts with performance-based clauses.",
    "Ability to draft contract documents and correspondence quickly and accurately.",
    "Very good knowledge of English (SLP 3333) and good knowledge of French (SLP 2222).",
]
DES_EN = [
    "Knowledge of the NH90 or Tiger helicopter programmes.",
    "Experience of working in a multinational agency or programme office.",
    "Knowledge of German, Italian or Spanish.",
]
ESS_FR = [
    "Diplôme universitaire en droit, en administration des entreprises, en ingénierie ou dans un domaine apparenté.",
    "Au moins six ans d'expérience de la négociation et de la gestion de contrats complexes, de préférence pour des équipements aéronautiques ou de défense.",
    "Expérience des contrats de soutien en service ou de maintenance comportant des clauses de performance.",
    "Capacité à rédiger rapidement et avec précision des documents contractuels et des courriers.",
    "Très bonne connaissance de l'anglais (SLP 3333) et bonne connaissance du français (SLP 2222).",
]
DES_FR = [
    "Connaissance des programmes d'hélicoptères NH90 ou Tigre.",
    "Expérience de travail dans une agence ou un bureau de programme multinational.",
    "Connaissance de l'allemand, de l'italien ou de l'espagnol.",
]
COMP_EN = [
    ("Negotiation", "Prepares a clear position and defends the Agency's interests while keeping the relationship with industry constructive."),
    ("Rigour", "Checks every clause against the approved requirements before signature."),
    ("Cooperation", "Works closely with engineers, finance officers and the nations' representatives."),
]
COMP_FR = [
    ("Négociation", "Prépare une position claire et défend les intérêts de l'Agence tout en maintenant une relation constructive avec l'industrie."),
    ("Rigueur", "Vérifie chaque clause au regard des besoins approuvés avant signature."),
    ("Coopération", "Travaille en étroite liaison avec les ingénieurs, les financiers et les représentants des nations."),
]


def exp():
    return expected(REF, PN, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG_EN, "fr": ORG_FR},
                    {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2033-07-18",
                    {"amount": 8054.90, "currency": "EUR", "period": "month"}, "G16", "NATO SECRET",
                    {"en": {"essential": ESS_EN, "desirable": DES_EN},
                     "fr": {"essential": ESS_FR, "desirable": DES_FR}},
                    {"en": COMP_EN, "fr": COMP_FR})


def ul(items):
    return "<ul>" + "".join(f"<li>{s}</li>" for s in items) + "</ul>"


def comp(items, sep):
    return "".join(f"<p><b>{n}</b>{sep} {d}</p>" for n, d in items)


def html():
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>NAHEMA vacancy {REF}</title>
<style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm 2cm;
  @bottom-center {{ content: "NATO UNCLASSIFIED - Page " counter(page) " / " counter(pages); font-size: 8pt; }} }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10pt; hyphens: manual; }}
.mark {{ text-align: center; font-weight: bold; }}
.head {{ display: flex; justify-content: space-between; font-size: 8.5pt; }}
h1 {{ font-size: 13pt; text-align: center; margin: 10pt 0 2pt; }}
h2 {{ font-size: 10.5pt; margin: 10pt 0 3pt; text-transform: uppercase; }}
table {{ border-collapse: collapse; width: 100%; margin: 6pt 0; }}
th {{ text-align: left; width: 34%; background: #dde4ee; border: 0.5pt solid #777; padding: 3pt; }}
td {{ border: 0.5pt solid #777; padding: 3pt; }}
.fr {{ page-break-before: always; }}
</style></head><body>
<p class=mark>NATO UNCLASSIFIED</p>
<div class=head><span>NATO Helicopter Management Agency<br>1360, rue René Descartes<br>13857 Aix-en-Provence Cedex 3</span><span>NAHEMA/HR/2033/061<br>14 June 2033</span></div>
<h1>VACANCY NOTICE {REF}</h1>
<p style="text-align:center"><b>{T_EN}</b></p>
<table>
<tr><th>Vacancy number</th><td>{REF}</td></tr>
<tr><th>Post number</th><td>{PN}</td></tr>
<tr><th>Agency</th><td>{ORG_EN}</td></tr>
<tr><th>Directorate</th><td>Contracts and Industrial Affairs</td></tr>
<tr><th>Location</th><td>{LOC_EN}</td></tr>
<tr><th>NATO grade</th><td>A-3 / G16</td></tr>
<tr><th>Working time</th><td>{SCH_EN}</td></tr>
<tr><th>Security clearance</th><td>NATO SECRET</td></tr>
<tr><th>Basic monthly salary</th><td>8,054.90 EUR (free of national income tax)</td></tr>
<tr><th>Closing date</th><td>18 July 2033, 12:00 (Paris time)</td></tr>
</table>
<p>This post is open to nationals of the NAHEMA participating nations only: France, Germany, Italy, the Netherlands, Belgium, Portugal and Spain.</p>
<h2>1. Background</h2>
<p>NAHEMA manages, on behalf of the participating nations, the development, production and in-service support of the NH90 helicopter. The Contracts and Industrial Affairs Directorate negotiates and administers the Agency's contracts with industry.</p>
<h2>2. Principal duties</h2>
<ul><li>Prepares, negotiates and amends in-service support contracts and their price schedules;</li><li>Monitors contract performance and the application of incentive and penalty clauses;</li><li>Drafts the contract sections of reports to the Board of Directors;</li><li>Advises project teams on contractual matters.</li></ul>
<h2>3. Essential qualifications</h2>
{ul(ESS_EN)}
<h2>4. Desirable qualifications</h2>
{ul(DES_EN)}
<h2>5. Competencies</h2>
{comp(COMP_EN, ":")}
<h2>6. Remarks</h2>
<p>The successful candidate will be offered a three-year contract, which may be renewed. Interviews are planned in Aix-en-Provence in the second half of September 2033. Applications, with the NATO application form, must reach recruitment@nahema.example.int by the closing date.</p>

<div class=fr>
<p class=mark>NATO SANS CLASSIFICATION</p>
<h1>AVIS DE VACANCE {REF}</h1>
<p style="text-align:center"><b>{T_FR}</b></p>
<table>
<tr><th>Numéro de vacance</th><td>{REF}</td></tr>
<tr><th>Numéro de poste</th><td>{PN}</td></tr>
<tr><th>Agence</th><td>{ORG_FR}</td></tr>
<tr><th>Direction</th><td>Contrats et affaires industrielles</td></tr>
<tr><th>Lieu d'affectation</th><td>{LOC_FR}</td></tr>
<tr><th>Grade OTAN</th><td>A-3 / G16</td></tr>
<tr><th>Temps de travail</th><td>{SCH_FR}</td></tr>
<tr><th>Habilitation de sécurité</th><td>NATO SECRET</td></tr>
<tr><th>Traitement mensuel de base</th><td>8 054,90 EUR (exonéré d'impôt national sur le revenu)</td></tr>
<tr><th>Date de clôture</th><td>18 juillet 2033 à 12 h 00 (heure de Paris)</td></tr>
</table>
<p>Ce poste est ouvert aux seuls ressortissants des nations participantes de la NAHEMA.</p>
<h2>1. Contexte</h2>
<p>La NAHEMA gère, au nom des nations participantes, le développement, la production et le soutien en service de l'hélicoptère NH90. La Direction Contrats et affaires industrielles négocie et administre les contrats de l'Agence avec l'industrie.</p>
<h2>2. Principales tâches</h2>
<ul><li>Prépare, négocie et modifie les contrats de soutien en service et leurs bordereaux de prix ;</li><li>Suit l'exécution des contrats et l'application des clauses d'intéressement et de pénalité ;</li><li>Conseille les équipes de projet sur les questions contractuelles.</li></ul>
<h2>3. Qualifications essentielles</h2>
{ul(ESS_FR)}
<h2>4. Qualifications souhaitables</h2>
{ul(DES_FR)}
<h2>5. Compétences</h2>
{comp(COMP_FR, " :")}
<h2>6. Remarques</h2>
<p>Le/La candidat(e) retenu(e) se verra proposer un contrat de trois ans, renouvelable. Les entretiens auront lieu à Aix-en-Provence dans la seconde quinzaine de septembre 2033.</p>
</div>
</body></html>
"""


def build():
    exp()
    write(f"{REF}-nahema.html", html(), listed=False, where=BUILD)
