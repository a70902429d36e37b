from common import *
REF = "TML-HR-2038-118"
K = key(REF)
T = {"en": "Heap Leach Process Metallurgist", "fr": "Métallurgiste procédés – lixiviation en tas"}
ORG = {"en": "Tasiast Mauritanie Limited S.A.", "fr": "Tasiast Mauritanie Limited S.A."}
LOC = {"en": "Tasiast mine site, Dakhlet Nouadhibou region, Mauritania", "fr": "Site minier de Tasiast, wilaya de Dakhlet Nouadhibou, Mauritanie"}
SCH = {"en": "Rotation of 14 days on site and 14 days off, 12-hour day shifts", "fr": "Rotation de 14 jours sur site et 14 jours de repos, postes de jour de 12 heures"}
GR = "G7"
SAL = {"en": "MRU 98,000 – 124,000 gross per month, plus site allowance", "fr": "98 000 à 124 000 MRU (ouguiyas) bruts par mois, plus indemnité de site"}
ESS = {"en": ["Bachelor's degree in metallurgical, chemical or mineral processing engineering.",
              "At least five years of experience in a gold heap leach or carbon-in-column operation.",
              "Sound knowledge of cyanide management and the International Cyanide Management Code.",
              "Ability to build and maintain metallurgical balances and reconciliation reports.",
              "Fluency in French and a good working knowledge of English."],
       "fr": ["Diplôme d'ingénieur en métallurgie, génie chimique ou traitement des minerais.",
              "Au moins cinq ans d'expérience dans une exploitation aurifère de lixiviation en tas ou de charbon en colonne.",
              "Bonne connaissance de la gestion du cyanure et du Code international de gestion du cyanure.",
              "Capacité à établir et tenir les bilans métallurgiques et les rapports de réconciliation.",
              "Maîtrise du français et bonne connaissance pratique de l'anglais."]}
DES = {"en": ["Experience with column leach test work.", "Knowledge of Hassaniya Arabic."],
       "fr": ["Expérience des essais de lixiviation en colonne.", "Connaissance du hassaniya."]}
COMP = {"en": [("Safety first", "applies stop-work authority without hesitation."),
               ("Analytical thinking", "turns plant data into clear recovery improvements."),
               ("Collaboration", "works openly with mining, maintenance and laboratory crews.")],
        "fr": [("Priorité à la sécurité", "applique sans hésiter le droit d'arrêt de travail."),
               ("Esprit d'analyse", "transforme les données d'usine en gains de récupération clairs."),
               ("Collaboration", "travaille en confiance avec les équipes mine, maintenance et laboratoire.")]}
DUT = {"en": ["Monitor irrigation rates, solution chemistry and pad stacking quality.",
              "Optimise reagent consumption, in particular cyanide and lime.",
              "Prepare daily and monthly metallurgical accounting.",
              "Coach Mauritanian graduate metallurgists on shift."],
       "fr": ["Suivre les débits d'irrigation, la chimie des solutions et la qualité de l'empilement.",
              "Optimiser la consommation de réactifs, notamment le cyanure et la chaux.",
              "Préparer la comptabilité métallurgique journalière et mensuelle.",
              "Accompagner les jeunes métallurgistes mauritaniens en poste."]}
LAB = {"en": ["Job title", "Company", "Department", "Location", "Grade", "Roster", "Salary", "Closing date", "Reference"],
       "fr": ["Intitulé du poste", "Société", "Département", "Lieu", "Grade", "Régime de travail", "Salaire", "Date limite", "Référence"]}
DL = {"en": "Monday 15 June 2038, 17:00 GMT", "fr": "Lundi 15 juin 2038, 17 h 00 GMT"}
DEP = {"en": "Process Plant – Heap Leach", "fr": "Usine de traitement – lixiviation en tas"}
H = {"en": ["Key responsibilities", "Qualifications and experience", "Desirable", "Competencies", "How to apply",
            "Send your CV and cover letter to careers@tasiast.example quoting the reference. Only shortlisted candidates will be contacted; interviews are planned for the week of 29 June 2038. Mauritanian nationals are strongly encouraged to apply."],
     "fr": ["Principales responsabilités", "Qualifications et expérience", "Atouts", "Compétences", "Pour postuler",
            "Envoyez CV et lettre de motivation à careers@tasiast.example en rappelant la référence. Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s ; entretiens prévus la semaine du 29 juin 2038. Les candidatures mauritaniennes sont vivement encouragées."]}

def half(l):
    vals = [T[l], ORG[l], DEP[l], LOC[l], GR, SCH[l], SAL[l], DL[l], REF]
    rows = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in zip(LAB[l], vals))
    sep = ": " if l == "en" else " : "
    return f"""<section lang="{l}"><h2>{'VACANCY' if l == 'en' else 'AVIS DE VACANCE'}</h2><table>{rows}</table>
<h3>{H[l][0]}</h3><ul>{''.join(f'<li>{x}</li>' for x in DUT[l])}</ul>
<h3>{H[l][1]}</h3><ul>{''.join(f'<li>{x}</li>' for x in ESS[l])}</ul>
<h3>{H[l][2]}</h3><ul>{''.join(f'<li>{x}</li>' for x in DES[l])}</ul>
<h3>{H[l][3]}</h3>{''.join(f'<p><b>{n}{sep.rstrip()}</b> {d}</p>' for n, d in COMP[l])}
<h3>{H[l][4]}</h3><p>{H[l][5]}</p></section>"""
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REF}</title><style>
@page {{ size: A4; margin: 2cm; @bottom-center {{ content: "Tasiast Mauritanie Limited S.A. – exemple fictif – page " counter(page); font-size: 8pt }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt }} th {{ text-align: left; width: 30%; background: #eee }} th, td {{ border: 1px solid #999; padding: 3pt }}
table {{ border-collapse: collapse; width: 100% }} section[lang=fr] {{ page-break-before: always }} .band {{ background: #c00; color: #fff; padding: 4pt }}
</style></head><body><div class="band">SAFETY • SÉCURITÉ — 1 412 days without lost-time injury / jours sans accident avec arrêt</div>
{half('en')}
{half('fr')}
</body></html>"""
open(os.path.join(B, "tasiast-avis.html"), "w", encoding="utf-8").write(html)
weasy_pdf("tasiast-avis.html", K + "-avis.weasyprint.pdf", K)

def thalf(l):
    vals = [T[l], ORG[l], DEP[l], LOC[l], GR, SCH[l], SAL[l], DL[l], REF]
    n = max(len(x) for x in LAB[l])
    lines = "\n".join(f"{a.ljust(n)} : {b}" for a, b in zip(LAB[l], vals))
    sep = ": " if l == "en" else " : "
    return f"""{lines}

{H[l][0].upper()}
{chr(10).join("  - " + x for x in DUT[l])}

{H[l][1].upper()}
{chr(10).join("  * " + x for x in ESS[l])}

{H[l][2].upper()}
{chr(10).join("  * " + x for x in DES[l])}

{H[l][3].upper()}
{chr(10).join("  * " + n + sep + d for n, d in COMP[l])}

{H[l][4].upper()}
{H[l][5]}"""
txt = f"""From: Mining Jobs Mauritania <digest@minejobs-mr.example>
Sent: Tuesday, 19 May 2038 07:30
To: subscribers@minejobs-mr.example
Subject: FW: Vacancy / Avis de vacance {REF} – Heap Leach Process Metallurgist

Dear subscribers, please find below a vacancy shared by Tasiast. Reminder:
our free CV clinic is online on Thursday 28 May 2038.

---------- Forwarded message ----------
From: Tasiast Recruitment <careers@tasiast.example>
Date: Mon, 18 May 2038
Subject: {REF}

*** ENGLISH ***

{thalf('en')}

*** FRANÇAIS ***

{thalf('fr')}

--
You receive this digest because you subscribed on minejobs-mr.example. Unsubscribe.
"""
w(K + "-courriel.txt", txt, K)
expected(REF, ["en", "fr"], T, ORG, LOC, SCH, "2038-06-15",
         {"min": 98000, "max": 124000, "currency": "MRU", "period": "month"}, GR,
         {l: (ESS[l], DES[l]) for l in ("en", "fr")}, COMP)
