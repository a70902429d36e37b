from common import *

KEY = "mcm-hr-2042-0163"
REF = "MCM-HR-2042-0163"
T = {"en": "Concentrator Shift Supervisor", "fr": "Superviseur(e) de poste – concentrateur"}
O = {"en": "Mauritanian Copper Mines SA (MCM)", "fr": "Mauritanian Copper Mines SA (MCM)"}
L = {"en": "Guelb Moghrein mine, Akjoujt, Inchiri region, Mauritania",
     "fr": "Mine de Guelb Moghrein, Akjoujt, wilaya de l'Inchiri, Mauritanie"}
S = {"en": "Rotation of 14 days on site and 14 days off, 12-hour day and night shifts",
     "fr": "Rotation de 14 jours sur site et 14 jours de repos, postes de 12 heures de jour et de nuit"}
DUT = {"en": [
    "Lead the crushing, grinding and flotation crew during the shift",
    "Keep throughput, recovery and concentrate grade within targets",
    "Coordinate with maintenance on breakdowns and planned stoppages",
    "Run pre-shift safety meetings and enforce lock-out procedures",
], "fr": [
    "Diriger l'équipe de concassage, de broyage et de flottation pendant le poste",
    "Maintenir le débit, la récupération et la teneur du concentré dans les objectifs",
    "Coordonner avec la maintenance les pannes et les arrêts programmés",
    "Animer les réunions de sécurité de début de poste et faire appliquer les consignations",
]}
ESS = {"en": [
    "Diploma or degree in mineral processing, metallurgy or chemical engineering",
    "Minimum five years in a copper or gold concentrator, including two as a supervisor",
    "Sound knowledge of flotation circuits and process control systems",
    "Fluency in French; working English",
], "fr": [
    "Diplôme ou licence en traitement des minerais, en métallurgie ou en génie chimique",
    "Au moins cinq ans dans un concentrateur de cuivre ou d'or, dont deux comme superviseur",
    "Bonne connaissance des circuits de flottation et des systèmes de contrôle des procédés",
    "Maîtrise du français ; anglais de travail",
]}
DES = {"en": ["Knowledge of Hassaniya Arabic", "Experience with magnetite recovery circuits"],
       "fr": ["Connaissance de l'arabe hassaniya", "Expérience des circuits de récupération de la magnétite"]}
COMP = {"en": [("Safety leadership", "stops unsafe work and coaches the crew"),
               ("Decision making", "acts quickly on process upsets"),
               ("Fairness", "treats every crew member with respect")],
        "fr": [("Leadership sécurité", "arrête tout travail dangereux et accompagne l'équipe"),
               ("Prise de décision", "réagit vite aux perturbations du procédé"),
               ("Équité", "traite chaque membre de l'équipe avec respect")]}
GRADE = "S4"

expected(KEY, {
    "reference": REF, "post_number": None, "languages": ["en", "fr"],
    "title": T, "organisation": O, "location": L, "schedule": S,
    "deadline": "2042-07-29", "salary": salary(mn=118000, mx=142000, cur="MRU"), "grade": GRADE, "clearance": None,
    "requirements": {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
    "competencies": {l: [{"name": n, "description": d} for n, d in COMP[l]] for l in ("en", "fr")},
})

LAB = {"en": dict(t="Job title", o="Company", d="Department", l="Location", s="Roster", g="Grade",
                  sal="Salary", c="Closing date", r="Reference", duties="What you will do",
                  req="What you need", nice="Nice to have", comp="How you work"),
       "fr": dict(t="Intitulé du poste", o="Société", d="Département", l="Lieu", s="Rotation", g="Grade",
                  sal="Salaire", c="Date de clôture", r="Référence", duties="Vos missions",
                  req="Profil requis", nice="Atouts", comp="Votre façon de travailler")}
VAL = {"en": dict(d="Processing Plant", sal="MRU 118,000 – 142,000 gross per month, plus site bonus",
                  c="29 July 2042, 23:59 (Nouakchott time)"),
       "fr": dict(d="Usine de traitement", sal="118 000 à 142 000 MRU bruts par mois, plus prime de site",
                  c="29 juillet 2042, 23 h 59 (heure de Nouakchott)")}

def half(l):
    a, v = LAB[l], VAL[l]
    return f"""<section lang="{l}"><h2>{T[l]}</h2>
<dl>
<dt>{a['t']}</dt><dd>{T[l]}</dd>
<dt>{a['o']}</dt><dd>{O[l]}</dd>
<dt>{a['d']}</dt><dd>{v['d']}</dd>
<dt>{a['l']}</dt><dd>{L[l]}</dd>
<dt>{a['s']}</dt><dd>{S[l]}</dd>
<dt>{a['g']}</dt><dd>{GRADE}</dd>
<dt>{a['sal']}</dt><dd>{v['sal']}</dd>
<dt>{a['c']}</dt><dd>{v['c']}</dd>
<dt>{a['r']}</dt><dd>{REF}</dd>
</dl>
<h3>{a['duties']}</h3><ul>{li(DUT[l])}</ul>
<h3>{a['req']}</h3><ul>{li(ESS[l])}</ul>
<h3>{a['nice']}</h3><ul>{li(DES[l])}</ul>
<h3>{a['comp']}</h3><ul>{li(f"<b>{n}</b>{' :' if l == 'fr' else ':'} {d}" for n, d in COMP[l])}</ul>
</section>"""

html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>MCM Careers – {T['en']}</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .bar{{background:#b45309;color:#fff;padding:8px 20px}} main{{max-width:900px;margin:auto;padding:10px 20px}}
dl{{display:grid;grid-template-columns:30% 70%}} dt{{font-weight:bold}}</style></head><body>
<div class="bar">MCM Careers · Job search · My applications · Sign in · EN | FR</div>
<main>
<p>Job ID 77120 · Posted 27 June 2042 · <a href="#">Apply now</a></p>
{half("en")}
<hr>
{half("fr")}
<p>Applications through the careers portal only. / Candidatures uniquement via le portail carrières. Assessment centre in Akjoujt from 18 August 2042.</p>
<aside><h4>Similar jobs / Offres similaires</h4><ul><li>Mine Geologist – Akjoujt – closes 15 July 2042</li><li>Electrical Planner – Nouakchott – closes 6 August 2042</li></ul></aside>
</main><footer style="font-size:11px;padding:10px 20px">© 2042 MCM – fictitious page</footer></body></html>"""
write(KEY + "-mcm.html", html)
row(KEY + "-mcm.html", KEY, "html")

mj = f"""
MyJobMag-style board (fictitious copy)   Jobs   Companies   CV Writing   Post a Job   Login
Home » Jobs in Mauritania » Mining

Concentrator Shift Supervisor / Superviseur(e) de poste – concentrateur at Mauritanian Copper Mines SA (MCM)
Posted on Fri 27th Jun, 2042 · Apply before: Jul 29, 2042
Job TypeFull TimeQualificationBA/BSc/HNDExperience5 yearsLocationInchiriJob FieldMining / Engineering

--- ENGLISH ---
Job title: {T['en']}
Company: {O['en']}
Location: {L['en']}
Roster: {S['en']}
Grade: {GRADE}
Salary: MRU 118,000 – 142,000 gross per month
Closing date: 29 July 2042
Reference: {REF}

What you will do
""" + "\n".join(DUT["en"]) + """

What you need
""" + "\n".join(ESS["en"]) + """

Nice to have
""" + "\n".join(DES["en"]) + """

How you work
""" + "\n".join(f"{n}: {d}" for n, d in COMP["en"]) + f"""

--- FRANÇAIS ---
Intitulé du poste : {T['fr']}
Société : {O['fr']}
Lieu : {L['fr']}
Rotation : {S['fr']}
Grade : {GRADE}
Salaire : 118 000 à 142 000 MRU bruts par mois
Date de clôture : 29 juillet 2042
Référence : {REF}

Vos missions
""" + "\n".join(DUT["fr"]) + """

Profil requis
""" + "\n".join(ESS["fr"]) + """

Atouts
""" + "\n".join(DES["fr"]) + """

Votre façon de travailler
""" + "\n".join(f"{n} : {d}" for n, d in COMP["fr"]) + """

Method of Application
Apply through the MCM careers portal before the closing date.

Related Jobs
Process Engineer at a gold mine – Zouérat – MRU 95,000 monthly – Jul 20, 2042
Plant Metallurgist – Nouakchott – Aug 8, 2042
"""
write(KEY + "-myjobmag.txt", mj)
row(KEY + "-myjobmag.txt", KEY, "txt")
