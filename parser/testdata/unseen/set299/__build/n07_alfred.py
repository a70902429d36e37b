"""Township of Alfred and Plantagenet / Canton d'Alfred et Plantagenet (bilingual municipality, Ontario)
- English then French. Renderings: municipal 'Employment Opportunities' page (HTML, run-in bold labels in
one paragraph with <br>), printed by Chromium (+ dump)."""
from common import *

REF = "TAP-2042-14"
T = {"en": "Water and Wastewater Systems Operator",
     "fr": "Opérateur(trice) des réseaux d'eau potable et d'eaux usées"}
O = {"en": "Township of Alfred and Plantagenet", "fr": "Canton d'Alfred et Plantagenet"}
L = {"en": "Plantagenet, Ontario", "fr": "Plantagenet (Ontario)"}
S = {"en": "Full-time, 40 hours per week, with on-call rotation",
     "fr": "Temps plein, 40 heures par semaine, avec garde par rotation"}
SAL = {"en": "$31.46 to $36.94 per hour, plus benefits", "fr": "de 31,46 $ à 36,94 $ l'heure, plus avantages sociaux"}
DL = {"en": "Wednesday, September 17, 2042, 4:00 p.m.", "fr": "le mercredi 17 septembre 2042, 16 h"}
LBL = {"en": ["Competition No.", "Employer", "Department", "Location", "Status", "Hours", "Wage", "Closing date"],
       "fr": ["Concours no", "Employeur", "Service", "Lieu", "Statut", "Horaire", "Salaire", "Date limite"]}
DEP = {"en": "Public Works – Environmental Services", "fr": "Travaux publics – Services environnementaux"}
STAT = {"en": "Permanent", "fr": "Permanent"}
DUT = {
    "en": ["Operate and monitor the Plantagenet water treatment plant and the Alfred and Wendover lagoons.",
           "Collect water samples, perform field tests and keep regulatory logbooks.",
           "Maintain pumps, valves, hydrants and the STEP effluent collection system.",
           "Respond to alarms, water main breaks and service calls, including after hours.",
           "Assist with capital projects and contractors working on municipal infrastructure."],
    "fr": ["Exploiter et surveiller l'usine de traitement d'eau de Plantagenet et les étangs d'Alfred et de Wendover.",
           "Prélever des échantillons d'eau, effectuer des analyses sur le terrain et tenir les registres réglementaires.",
           "Entretenir les pompes, vannes, bornes d'incendie et le réseau de collecte des effluents STEP.",
           "Répondre aux alarmes, aux bris d'aqueduc et aux appels de service, y compris en dehors des heures normales.",
           "Collaborer aux projets d'immobilisations et avec les entrepreneurs travaillant sur les infrastructures municipales."],
}
ESS = {
    "en": ["Ontario Secondary School Diploma or equivalent;",
           "Class II Water Treatment and Class I Water Distribution certificates, or the ability to obtain them within 18 months;",
           "Two years of experience in a water or wastewater facility;",
           "Valid Class G driver's licence with a clean abstract;",
           "Ability to communicate in English and French, spoken and written."],
    "fr": ["Diplôme d'études secondaires de l'Ontario ou l'équivalent;",
           "Certificats de classe II en traitement de l'eau et de classe I en distribution de l'eau, ou capacité de les obtenir dans les 18 mois;",
           "Deux ans d'expérience dans une installation d'eau potable ou d'eaux usées;",
           "Permis de conduire de classe G valide et dossier de conduite satisfaisant;",
           "Capacité de communiquer en français et en anglais, à l'oral et à l'écrit."],
}
DES = {
    "en": ["Class DZ driver's licence;", "Wastewater Collection certificate."],
    "fr": ["Permis de conduire de classe DZ;", "Certificat en collecte des eaux usées."],
}
APPLY = {
    "en": "Qualified candidates are invited to submit a résumé and cover letter, quoting the competition number, to "
          "the Human Resources Coordinator, 205 Old Highway 17, Plantagenet, or by e-mail to rh@alfred-plantagenet.example. "
          "Interviews are expected during the week of September 29, 2042. Personal information is collected under the "
          "Municipal Freedom of Information and Protection of Privacy Act and will be used only for this competition. "
          "Accommodation is available on request during the selection process.",
    "fr": "Les personnes qualifiées sont invitées à soumettre un curriculum vitae et une lettre de présentation, en "
          "indiquant le numéro du concours, à la coordonnatrice des ressources humaines, 205, vieille route 17, "
          "Plantagenet, ou par courriel à rh@alfred-plantagenet.example. Les entrevues devraient avoir lieu la semaine "
          "du 29 septembre 2042. Les renseignements personnels sont recueillis en vertu de la Loi sur l'accès à "
          "l'information municipale et la protection de la vie privée et ne serviront qu'à ce concours. Des mesures "
          "d'adaptation sont offertes sur demande.",
}
HEAD = {"en": ["Responsibilities", "Qualifications", "Assets", "To apply"],
        "fr": ["Responsabilités", "Qualifications", "Atouts", "Pour postuler"]}
INTRO = {"en": "The Township of Alfred and Plantagenet, a bilingual rural community of some 9,900 residents in "
               "Prescott-Russell, is seeking a dependable operator to join its environmental services team.",
         "fr": "Le Canton d'Alfred et Plantagenet, collectivité rurale bilingue d'environ 9 900 habitants dans "
               "Prescott-Russell, est à la recherche d'un opérateur ou d'une opératrice fiable pour se joindre à son "
               "équipe des services environnementaux."}


def exp():
    return exp_for(REF, ["en", "fr"], T, O, L, S, "2042-09-17", sal(None, 31.46, 36.94, "CAD", "hour"),
                   req={l: (ESS[l], DES[l]) for l in ("en", "fr")}, comp={"en": [], "fr": []})


def page():
    def sec(l):
        vals = [REF, O[l], DEP[l], L[l], STAT[l], S[l], SAL[l], DL[l]]
        sepr = ":" if l == "en" else " :"
        facts = "<br>\n".join(f"<b>{esc(a)}{sepr}</b> <span class=\"v\">{nb(esc(b))}</span>" for a, b in zip(LBL[l], vals))
        li = lambda xs: "\n".join(f"    <li>{nb(esc(x))}</li>" for x in xs)
        h = HEAD[l]
        kick = "EMPLOYMENT OPPORTUNITY" if l == "en" else "OFFRE D'EMPLOI"
        return f"""<section lang="{l}" class="{l}">
  <p class="kicker">{kick}</p>
  <h2>{nb(esc(T[l]))}</h2>
  <p class="facts">
{facts}
  </p>
  <p>{nb(esc(INTRO[l]))}</p>
  <h3>{h[0]}</h3>
  <ul>
{li(DUT[l])}
  </ul>
  <h3>{h[1]}</h3>
  <ul>
{li(ESS[l])}
  </ul>
  <h3>{h[2]}</h3>
  <ul>
{li(DES[l])}
  </ul>
  <h3>{h[3]}</h3>
  <p>{nb(esc(APPLY[l]))}</p>
</section>"""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Employment Opportunities | Township of Alfred and Plantagenet</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:11pt;margin:0 auto;max-width:900px;color:#222}}
.quick{{background:#0b4f6c;color:#fff;padding:4px 10px;font-size:9pt}} .quick a{{color:#fff}}
header{{border-bottom:3px solid #7ab648;padding:8px}} nav a{{margin-right:12px}}
.kicker{{letter-spacing:2px;color:#0b4f6c;font-weight:bold}} .facts{{background:#eef4f8;padding:10px;line-height:1.6}}
.v{{white-space:normal}} section.fr{{break-before:page}} aside{{border-top:1px solid #ccc;font-size:9pt}}
@media print{{.quick,nav{{display:none}}}}
</style></head>
<body>
<div class="quick"><a href="#">Pay your taxes online</a> · <a href="#">Council agendas</a> · <a href="#">Report a problem</a> · <a href="#">Français</a></div>
<header><strong>Township of Alfred and Plantagenet / Canton d'Alfred et Plantagenet</strong><br>
205 Old Highway 17, P.O. Box 350, Plantagenet ON · 613-000-0000 (fictitious)
<nav><a href="#">Residents</a><a href="#">Council</a><a href="#">Services</a><a href="#">Recreation</a><a href="#">Business</a><a href="#">Employment</a></nav></header>
<p class="crumbs">Home › Township › Employment Opportunities</p>
<main>
{sec("en")}
{sec("fr")}
</main>
<aside>
<h4>Public notices</h4>
<p>Wendover: Principale Street resurfacing, September 2 to 26, 2042 · Fall leaf and yard waste collection begins
October 20, 2042 · Regular Council meeting: Tuesday, September 16, 2042, 7 p.m.</p>
</aside>
<footer>© 2042 Township of Alfred and Plantagenet · Accessibility · Privacy</footer>
</body></html>
"""


def build():
    key = write_expected(exp())
    name = f"{key}-alfredplantagenet.html"
    write(name, page(), key, "html")
    chromium_pdf(name, key)
