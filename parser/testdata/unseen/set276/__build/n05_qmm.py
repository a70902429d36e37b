from common import *

KEY = "qmm-hr-2040-0215"
REF = "QMM-HR-2040-0215"
T = {"en": "Dredge Operations Supervisor", "fr": "Superviseur(e) des opérations de drague"}
ORG = "QIT Madagascar Minerals SA (QMM)"
LOC = {"en": "Mandena mine site, Fort-Dauphin (Tolagnaro), Anosy region, Madagascar",
       "fr": "Site minier de Mandena, Fort-Dauphin (Tolagnaro), région Anosy, Madagascar"}
SCH = {"en": "4 days on / 4 days off, 12-hour day and night shifts",
       "fr": "4 jours de travail / 4 jours de repos, postes de 12 heures de jour et de nuit"}
SAL = {"en": "MGA 7,800,000 – 9,600,000 gross per month, plus shift allowance",
       "fr": "7 800 000 à 9 600 000 MGA bruts par mois, plus prime de poste"}
GRADE = "S2"
ESS = {"en": [
    "Diploma or degree in mining, mechanical or electrical engineering;",
    "At least six years' experience in dredging or wet mining, including three as a shift supervisor;",
    "Sound knowledge of dredge pond water balance, slurry pumping and wet concentrator feed;",
    "Fluency in French and Malagasy; working English.",
], "fr": [
    "Diplôme ou licence en génie minier, mécanique ou électrique ;",
    "Au moins six ans d'expérience en dragage ou en exploitation minière par voie humide, dont trois comme chef de poste ;",
    "Bonne connaissance du bilan hydrique du bassin de drague, du pompage des pulpes et de l'alimentation du concentrateur humide ;",
    "Maîtrise du français et du malgache ; anglais de travail.",
]}
DES = {"en": [
    "Experience of heavy mineral sands operations;",
    "A first-aid certificate.",
], "fr": [
    "Expérience d'une exploitation de sables minéralisés ;",
    "Certificat de secourisme.",
]}
COMP = {"en": [
    ("Safety first", "stops the dredge whenever the pond edge or a cable shows a risk."),
    ("Team leadership", "briefs each crew at shift change and follows up on actions."),
    ("Environmental care", "keeps water levels within the permit limits set for the wetlands."),
], "fr": [
    ("Sécurité avant tout", "arrête la drague dès que la berge du bassin ou un câble présente un risque."),
    ("Animation d'équipe", "briefe chaque équipe à la relève et suit les actions."),
    ("Respect de l'environnement", "maintient les niveaux d'eau dans les limites fixées par le permis pour les zones humides."),
]}
DUT = {"en": [
    "supervise dredge, wet concentrator and pond crews on shift",
    "plan pond advance, cable moves and dredge relocations with the mine planning team",
    "monitor throughput, downtime and water levels and report at each shift change",
    "enforce the site's safety standards and lead incident investigations on the pond",
], "fr": [
    "encadrer les équipes de drague, du concentrateur humide et du bassin pendant le poste",
    "planifier l'avancement du bassin, les déplacements de câbles et les repositionnements de la drague avec la planification minière",
    "suivre le débit, les arrêts et les niveaux d'eau et en rendre compte à chaque relève",
    "faire respecter les standards de sécurité du site et conduire les enquêtes d'incident sur le bassin",
]}

expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=ORG, location=LOC,
         schedule=SCH, deadline="2040-10-17", salary=salary(min=7800000, max=9600000, currency="MGA"),
         grade=GRADE, requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
         competencies=COMP)

LAB = {"en": ["Position", "Company", "Department", "Location", "Grade", "Roster", "Salary", "Closing date", "Reference"],
       "fr": ["Intitulé du poste", "Société", "Département", "Lieu de travail", "Niveau", "Rythme de travail", "Salaire", "Date de clôture", "Référence"]}
VAL = {"en": [T["en"], ORG, "Mine Operations – Dredging", LOC["en"], GRADE, SCH["en"], SAL["en"], "Wednesday 17 October 2040, 17:00 (Madagascar time)", REF],
       "fr": [T["fr"], ORG, "Opérations minières – Dragage", LOC["fr"], GRADE, SCH["fr"], SAL["fr"], "mercredi 17 octobre 2040, 17 h (heure de Madagascar)", REF]}
HEAD = {"en": ("VACANCY NOTICE", "Key responsibilities", "Requirements", "Preferred", "Competencies",
               "Applications in English or French, with a CV and the names of two referees, through the QMM careers portal. Shortlisted candidates will be invited to interviews at Fort-Dauphin in the week of 5 November 2040. QMM is an equal-opportunity employer; local candidates from the Anosy region are encouraged to apply."),
        "fr": ("AVIS DE VACANCE DE POSTE", "Principales responsabilités", "Exigences", "Souhaité", "Compétences",
               "Candidatures en français ou en anglais, avec un CV et le nom de deux référents, via le portail carrières de QMM. Les candidat(e)s présélectionné(e)s seront invité(e)s à un entretien à Fort-Dauphin la semaine du 5 novembre 2040. QMM applique l'égalité des chances ; les candidatures de la région Anosy sont encouragées.")}

def half(l):
    h = HEAD[l]
    rows = "\n".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in zip(LAB[l], VAL[l]))
    comp = "\n".join(f"<li><b>{n}:</b> {d}</li>" if l == "en" else f"<li><b>{n} :</b> {d}</li>" for n, d in COMP[l])
    return f"""<section lang="{l}" class="{'second' if l == 'fr' else ''}">
<div class="band">{h[0]} · {T[l]}</div>
<table>{rows}</table>
<h2>{h[1]}</h2>
<ul class="sq">{li(x + (';' if i < len(DUT[l]) - 1 else '.') for i, x in enumerate(DUT[l]))}</ul>
<h2>{h[2]}</h2>
<ol>{li(ESS[l])}</ol>
<h2>{h[3]}</h2>
<ul>{li(DES[l])}</ul>
<h2>{h[4]}</h2>
<ul class="plain">{comp}</ul>
<p>{h[5]}</p>
</section>"""

src = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REF}</title>
<style>@page {{ size: A4; margin: 18mm 16mm 20mm; @bottom-center {{ content: "QMM – {REF} – " counter(page) "/" counter(pages); font-size: 8pt; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }}
.band {{ background: #1d3c34; color: #fff; padding: 6px 8px; font-weight: bold; }}
table {{ border-collapse: collapse; width: 100%; margin: 8px 0; }} th {{ text-align: left; width: 30%; background: #eef3f1; }}
th, td {{ border: 1px solid #9bb; padding: 3px 6px; vertical-align: top; }}
h2 {{ font-size: 10.5pt; color: #1d3c34; margin: 10px 0 3px; }} ul.sq {{ list-style: square; }} ul.plain {{ list-style: none; padding-left: 0; }}
section.second {{ page-break-before: always; }} .logo {{ font-size: 15pt; font-weight: bold; color: #1d3c34; }}
</style></head><body>
<p class="logo">QMM · QIT Madagascar Minerals</p>
<p>Safety · Integrity · Respect — Zero harm, every shift / Zéro blessure, à chaque poste</p>
{half('en')}
{half('fr')}
</body></html>"""
p = write_build("qmm-notice.html", src)
weasy(p, KEY + "-notice.weasyprint.pdf")

board = f"""
EmploiMada.example   Offres   Entreprises   Formations   Espace candidat   Recruteurs
Accueil » Offres » Mines / Industrie » Anosy

DREDGE OPERATIONS SUPERVISOR / SUPERVISEUR(E) DES OPÉRATIONS DE DRAGUE
QMM SAFort-Dauphin, AnosyPublié le 20/09/2040Date limite 17/10/2040Vues 2 117
ContratCDISecteurMines et carrièresExpérience6 ans et plusLangueFrançais, Malagasy, Anglais

--- ENGLISH ---
Position: {T['en']}
Company: {ORG}
Location: {LOC['en']}
Grade: {GRADE}
Roster: {SCH['en']}
Salary: {SAL['en']}
Closing date: 17/10/2040
Reference: {REF}

Key responsibilities: {DUT['en'][0]}; {DUT['en'][1]}; {DUT['en'][2]}; {DUT['en'][3]}.

Requirements:
- {ESS['en'][0]}
- {ESS['en'][1]}
- {ESS['en'][2]}
- {ESS['en'][3]}
Preferred:
- {DES['en'][0]}
- {DES['en'][1]}
Competencies:
- {COMP['en'][0][0]}: {COMP['en'][0][1]}
- {COMP['en'][1][0]}: {COMP['en'][1][1]}
- {COMP['en'][2][0]}: {COMP['en'][2][1]}

--- FRANÇAIS ---
Intitulé du poste : {T['fr']}
Société : {ORG}
Lieu de travail : {LOC['fr']}
Niveau : {GRADE}
Rythme de travail : {SCH['fr']}
Salaire : {SAL['fr']}
Date de clôture : 17/10/2040
Référence : {REF}

Principales responsabilités : {DUT['fr'][0]} ; {DUT['fr'][1]} ; {DUT['fr'][2]} ; {DUT['fr'][3]}.

Exigences :
- {ESS['fr'][0]}
- {ESS['fr'][1]}
- {ESS['fr'][2]}
- {ESS['fr'][3]}
Souhaité :
- {DES['fr'][0]}
- {DES['fr'][1]}
Compétences :
- {COMP['fr'][0][0]} : {COMP['fr'][0][1]}
- {COMP['fr'][1][0]} : {COMP['fr'][1][1]}
- {COMP['fr'][2][0]} : {COMP['fr'][2][1]}

Postuler sur le site de l'employeur   |   Sauvegarder   |   Partager sur WhatsApp

DERNIÈRES OFFRES
Technicien(ne) de maintenance électrique – Toamasina – 17/10/2040
Chauffeur poids lourd – Fort-Dauphin – 1 200 000 MGA – 05/10/2040
Assistant(e) administratif(ve) – Antananarivo – 24/09/2040

© 2040 EmploiMada – Tous droits réservés
"""
write(KEY + "-emploimada.txt", board)
