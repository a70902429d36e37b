from common import *

KEY = "pmy-hr-2040-0112"
REF = "PMY-HR-2040-0112"
T = {"en": "Pit Dewatering Engineer", "fr": "Ingénieur(e) exhaure de fosse"}
ORG = "Perseus Mining Yaouré SA"
LOC = {"en": "Yaouré Gold Mine, near Bouaflé, Côte d'Ivoire", "fr": "Mine d'or de Yaouré, près de Bouaflé, Côte d'Ivoire"}
SCH = {"en": "Rotation 14 days on / 7 days off, 12-hour day shifts",
       "fr": "Rotation 14 jours de travail / 7 jours de repos, postes de jour de 12 heures"}
GRADE = "D1"
SAL = {"en": "XOF 1,900,000 – 2,400,000 gross per month, plus site allowance",
       "fr": "1 900 000 à 2 400 000 FCFA bruts par mois, plus prime de site"}
DL = {"en": "20 March 2040", "fr": "20 mars 2040"}
ESS = {"en": [
    "Bachelor's degree in hydrogeology, mining or civil engineering.",
    "At least five years' experience in mine dewatering or groundwater management in an open-pit operation.",
    "Working knowledge of pump selection, pipeline hydraulics and borehole design.",
    "Fluency in English; working knowledge of French.",
], "fr": [
    "Licence en hydrogéologie, en génie minier ou en génie civil.",
    "Au moins cinq ans d'expérience en exhaure minière ou en gestion des eaux souterraines sur une mine à ciel ouvert.",
    "Bonne connaissance du choix des pompes, de l'hydraulique des conduites et de la conception des forages.",
    "Maîtrise de l'anglais ; connaissance pratique du français.",
]}
DES = {"en": ["Experience with groundwater modelling software (MODFLOW or FEFLOW).", "A valid driving licence."],
       "fr": ["Expérience d'un logiciel de modélisation hydrogéologique (MODFLOW ou FEFLOW).", "Permis de conduire valide."]}
COMP = {"en": [
    ("Safety leadership", "stops work when a pit wall or sump shows a hazard."),
    ("Planning", "keeps pumping capacity ahead of the mining sequence."),
    ("Communication", "explains water risks to the mining and geology teams."),
], "fr": [
    ("Leadership sécurité", "arrête le travail dès qu'un talus ou un puisard présente un danger."),
    ("Planification", "maintient la capacité de pompage en avance sur la séquence d'extraction."),
    ("Communication", "explique les risques liés à l'eau aux équipes mine et géologie."),
]}
DUT = {"en": [
    "Design, install and maintain the in-pit and perimeter dewatering system.",
    "Monitor piezometers, pumping rates and water quality, and report weekly.",
    "Update the site water balance with the environment team.",
    "Supervise pump crews and drilling contractors on dewatering boreholes.",
], "fr": [
    "Concevoir, installer et entretenir le système d'exhaure en fosse et en périphérie.",
    "Suivre les piézomètres, les débits de pompage et la qualité de l'eau, et en rendre compte chaque semaine.",
    "Mettre à jour le bilan hydrique du site avec l'équipe environnement.",
    "Encadrer les équipes de pompage et les foreurs sous-traitants sur les forages d'exhaure.",
]}
LAB = {"en": ["Job title", "Company", "Department", "Location", "Grade", "Roster", "Salary", "Closing date", "Reference"],
       "fr": ["Intitulé du poste", "Société", "Département", "Lieu", "Grade", "Rotation", "Salaire", "Date limite", "Référence"]}
DEPT = {"en": "Mining – Technical Services", "fr": "Mine – Services techniques"}
HEAD = {"en": ("VACANCY NOTICE", "Duties", "Qualifications and experience", "Desirable", "Competencies",
               "Send a CV and cover letter quoting the reference to careers.yaoure@perseus.example. Shortlisted candidates will be invited to interviews at the mine in the week of 9 April 2040. Women are encouraged to apply."),
        "fr": ("AVIS DE VACANCE DE POSTE", "Responsabilités", "Qualifications et expérience", "Souhaité", "Compétences",
               "Envoyez un CV et une lettre de motivation en rappelant la référence à careers.yaoure@perseus.example. Les candidats présélectionnés seront convoqués à un entretien sur la mine dans la semaine du 9 avril 2040. Les candidatures féminines sont encouragées.")}

def half(l):
    vals = [T[l], ORG, DEPT[l], LOC[l], GRADE, SCH[l], SAL[l], DL[l] + (", 5:00 p.m. GMT" if l == "en" else ", 17 h GMT"), REF]
    h = HEAD[l]
    rows = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in zip(LAB[l], vals))
    return f"""<section class="{l}"><h1>{h[0]}</h1><table>{rows}</table>
<h2>{h[1]}</h2><ul>{''.join('<li>'+d+'</li>' for d in DUT[l])}</ul>
<h2>{h[2]}</h2><ol>{''.join('<li>'+d+'</li>' for d in ESS[l])}</ol>
<h2>{h[3]}</h2><ul>{''.join('<li>'+d+'</li>' for d in DES[l])}</ul>
<h2>{h[4]}</h2><ul>{''.join('<li><b>'+n+(': ' if l=='en' else ' : ')+'</b>'+d+'</li>' for n, d in COMP[l])}</ul>
<p>{h[5]}</p></section>"""

src = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REF}</title><style>
@page {{ size: A4; margin: 2cm 2cm 2.2cm; @bottom-center {{ content: "Perseus Mining Yaouré SA – {REF} – page " counter(page) " / " counter(pages); font-size: 8pt; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }} .band {{ background:#1b4f72; color:#fff; padding:4px 8px; font-size:8pt }}
section.fr {{ page-break-before: always; }} table {{ border-collapse: collapse; width:100% }} th,td {{ border:1px solid #888; padding:3px 6px; text-align:left; vertical-align:top }}
th {{ width: 30%; background:#eef }} h1 {{ font-size: 14pt }} h2 {{ font-size: 11pt; margin-bottom:2px }}
</style></head><body>
<div class="band">PERSEUS MINING YAOURÉ SA · Safety first – La sécurité d'abord · Zero harm / Zéro accident</div>
{half('en')}
<div class="band">PERSEUS MINING YAOURÉ SA · Version française</div>
{half('fr')}
</body></html>"""
src = src.replace("open-pit", '<span style="white-space:nowrap">open-pit</span>')
p = write("pmy-notice.html", src, BUILD)
weasyprint(p, KEY + "-notice.weasyprint.pdf")

def edu_half(l):
    vals = [T[l], ORG, DEPT[l], LOC[l], GRADE, SCH[l], SAL[l], DL[l], REF]
    h = HEAD[l]
    facts = "".join(f"{a} : {b}" for a, b in zip(LAB[l], vals))
    sep = ": " if l == "en" else " : "
    return (f"{h[0]}\n{facts}\n\n{h[1].upper()} :\n" + "\n".join("- " + d for d in DUT[l]) +
            f"\n\n{h[2].upper()} :\n" + "\n".join("- " + d for d in ESS[l]) +
            f"\n\n{h[3].upper()} :\n" + "\n".join("- " + d for d in DES[l]) +
            f"\n\n{h[4].upper()} :\n" + "\n".join(f"- {n}{sep}{d}" for n, d in COMP[l]) + f"\n\n{h[5]}\n")

edu = f"""EDUCARRIERE.CI  Accueil Offres d'emploi Appels d'offres Stages Formations Conseils Mon espace
Offres d'emploi » Mines / Géologie » {T['fr']} / {T['en']}

{T['en'].upper()} / {T['fr'].upper()}
Code : 74 118Date d'édition : 21/02/2040Date limite : 20/03/2040Pays : Côte d'IvoireVue : 3 406
Entreprise : {ORG}Niveau : Bac+3Expérience : 5 ansType de contrat : CDI

{edu_half('en')}
----------------------------------------
{edu_half('fr')}
Dernières offres
Géologue d'exploration – mine fictive de Tengrela – Date limite : 05/03/2040
Superviseur maintenance mobile – Date limite : 27/03/2040
"""
write(KEY + "-educarriere.txt", edu)

expected(KEY, REF, ["en", "fr"], T, {"en": ORG, "fr": ORG}, LOC, SCH, "2040-03-20",
         {"min": 1900000, "max": 2400000, "currency": "XOF"}, grade=GRADE,
         requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
         competencies=COMP)
