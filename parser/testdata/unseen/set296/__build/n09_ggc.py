from common import *

KEY = "ggc-2042-21"
REF = "GGC-2042-21"
T = {"en": "Manager, Volunteer Safety and Risk", "fr": "Gestionnaire, Sécurité des bénévoles et gestion des risques"}
O = {"en": "Girl Guides of Canada", "fr": "Guides du Canada"}
L = {"en": "Toronto, Ontario", "fr": "Toronto (Ontario)"}
S = {"en": "35 hours per week", "fr": "35 heures par semaine"}
ESS = {
    "en": ["Degree or diploma in risk management, social services, education or a related field",
           "At least five years of experience in safeguarding, risk management or safety programs in a youth-serving or volunteer-based organization",
           "Working knowledge of Canadian privacy and child protection legislation",
           "Proficiency in English and French, spoken and written"],
    "fr": ["Diplôme universitaire ou collégial en gestion des risques, en services sociaux, en éducation ou dans un domaine connexe",
           "Au moins cinq ans d'expérience en protection, en gestion des risques ou en programmes de sécurité au sein d'un organisme jeunesse ou bénévole",
           "Connaissance pratique des lois canadiennes sur la protection des renseignements personnels et la protection de l'enfance",
           "Maîtrise du français et de l'anglais, à l'oral et à l'écrit"],
}
DES = {
    "en": ["Experience managing insurance claims or incident reporting systems",
           "Certification in first aid instruction or outdoor leadership"],
    "fr": ["Expérience de la gestion de réclamations d'assurance ou de systèmes de déclaration d'incidents",
           "Certification d'instructeur en premiers soins ou en leadership en plein air"],
}
COMP = {
    "en": [("Judgement", "you weigh risks calmly and recommend proportionate measures."),
           ("Clear communication", "you write guidance that volunteers can apply on a camping trip."),
           ("Discretion", "you handle sensitive reports with care.")],
    "fr": [("Jugement", "vous évaluez les risques avec calme et proposez des mesures proportionnées."),
           ("Communication claire", "vous rédigez des consignes que les bénévoles peuvent appliquer en camping."),
           ("Discrétion", "vous traitez les signalements délicats avec soin.")],
}
DUT = {
    "en": ["Maintain the national safety guidelines for camping, travel and outdoor activities",
           "Review incident reports and coordinate follow-up with provincial councils",
           "Design and deliver safety training for volunteer leaders",
           "Manage the relationship with the organization's insurance broker"],
    "fr": ["Tenir à jour les lignes directrices nationales de sécurité pour le camping, les voyages et les activités de plein air",
           "Examiner les rapports d'incident et coordonner le suivi avec les conseils provinciaux",
           "Concevoir et offrir des formations sur la sécurité aux responsables bénévoles",
           "Gérer la relation avec le courtier d'assurance de l'organisme"],
}


def build():
    bl = lambda xs: "\n".join("  - " + x for x in xs)
    txt = f"""---------- Message transféré ---------
De : Conseil du Québec – Guides du Canada <info-qc@guides.example>
Date: mer. 28 mai 2042 à 09 h 14
Subject: Offre d'emploi / Job posting – {REF}
To: <liste-benevoles-qc@guides.example>

Bonjour à toutes,

Le bureau national nous demande de diffuser l'offre ci-dessous. N'hésitez pas à la transmettre dans vos réseaux. Rappel : la rencontre des responsables de district a lieu le 7 juin 2042.

Amicalement,
Sylvie

(English follows)

========================================
OFFRE D'EMPLOI – {O["fr"].upper()}
========================================

Poste : {T["fr"]}
Référence : {REF}
Organisme : {O["fr"]}
Lieu : {L["fr"]} – mode hybride, deux jours par semaine au bureau national
Horaire : {S["fr"]}
Salaire : de 80 700 $ à 91 300 $ par année, plus avantages sociaux et régime de retraite
Entrée en fonction : 4 août 2042
Date limite : 18 juin 2042, 17 h (HAE)

RESPONSABILITÉS
{bl(DUT["fr"])}

EXIGENCES
{bl(ESS["fr"])}

ATOUTS
{bl(DES["fr"])}

COMPÉTENCES
  - {COMP["fr"][0][0]} : {COMP["fr"][0][1]}
  - {COMP["fr"][1][0]} : {COMP["fr"][1][1]}
  - {COMP["fr"][2][0]} : {COMP["fr"][2][1]}

Pour postuler, envoyez votre CV et une lettre de présentation à emplois@guides.example en indiquant la référence {REF}. Les entrevues auront lieu pendant la semaine du 29 juin 2042.

----------------------------------------

JOB POSTING – {O["en"].upper()}

Position: {T["en"]}
Reference: {REF}
Organization: {O["en"]}
Location: {L["en"]} – hybrid, two days a week at the national office
Hours: {S["en"]}
Salary: $80,700 to $91,300 per year, plus benefits and pension plan
Start date: August 4, 2042
Deadline: June 18, 2042, 5 p.m. (EDT)

RESPONSIBILITIES
{bl(DUT["en"])}

REQUIREMENTS
{bl(ESS["en"])}

ASSETS
{bl(DES["en"])}

COMPETENCIES
  - {COMP["en"][0][0]}: {COMP["en"][0][1]}
  - {COMP["en"][1][0]}: {COMP["en"][1][1]}
  - {COMP["en"][2][0]}: {COMP["en"][2][1]}

To apply, send your résumé and a cover letter to jobs@guides.example, quoting reference {REF}. Interviews will take place during the week of June 29, 2042.

--
Vous recevez ce message parce que vous êtes inscrite à la liste des bénévoles du Québec. Se désabonner : https://guides.example/desabonnement
"""
    write(KEY + "-courriel.txt", txt, KEY)

    def col(l):
        lab = {"en": ("Reference", "Organization", "Location", "Hours", "Salary", "Closing date", "Responsibilities", "Requirements", "Assets", "Competencies"),
               "fr": ("Référence", "Organisme", "Lieu", "Horaire", "Salaire", "Date de clôture", "Responsabilités", "Exigences", "Atouts", "Compétences")}[l]
        sal = {"en": "$80,700 – $91,300 per year", "fr": "80 700 $ – 91 300 $ par année"}[l]
        dl = {"en": "June 18, 2042", "fr": "18 juin 2042"}[l]
        lis = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
        return f"""<div class="col" lang="{l}">
<h1>{T[l]}</h1>
<table class="facts">
<tr><th>{lab[0]}</th><td>{REF}</td></tr>
<tr><th>{lab[1]}</th><td>{O[l]}</td></tr>
<tr><th>{lab[2]}</th><td>{L[l]}</td></tr>
<tr><th>{lab[3]}</th><td>{S[l]}</td></tr>
<tr><th>{lab[4]}</th><td>{sal}</td></tr>
<tr><th>{lab[5]}</th><td>{dl}</td></tr>
</table>
<h2>{lab[6]}</h2><ul>{lis(DUT[l])}</ul>
<h2>{lab[7]}</h2><ol>{lis(ESS[l])}</ol>
<h2>{lab[8]}</h2><ul>{lis(DES[l])}</ul>
<h2>{lab[9]}</h2>
<dl>{"".join(f"<dt>{n}</dt><dd>{d}</dd>" for n, d in COMP[l])}</dl>
</div>"""
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{REF}</title>
<style>
@page {{ size: Letter; margin: 1.6cm; }}
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10pt; }}
.band {{ background: #00a3e0; color: #fff; font-weight: bold; padding: 6px 10px; font-size: 12pt; }}
.col {{ page-break-after: always; }}
h1 {{ font-size: 15pt; color: #00558c; }}
h2 {{ font-size: 11pt; border-bottom: 1px solid #00a3e0; }}
table.facts th {{ text-align: left; padding-right: 12px; }}
dt {{ font-weight: bold; }}
</style></head><body>
<div class="band">Guides du Canada · Girl Guides of Canada — Offre d'emploi · Job posting</div>
{col("fr")}
{col("en")}
<p style="font-size:8pt">Guides du Canada / Girl Guides of Canada · Bureau national / National Office · Toronto</p>
</body></html>"""
    write(KEY + "-posting.html", html, KEY)
    chromium(KEY + "-posting.html", KEY)
    expected(KEY, reference=REF, languages=["fr", "en"], title=T, organisation=O, location=L, schedule=S,
             deadline="2042-06-18", salary=sal(80700, 91300, "CAD", "year"),
             requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
             competencies={l: names(COMP[l]) for l in ("en", "fr")})
