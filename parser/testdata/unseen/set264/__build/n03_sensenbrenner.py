from common import *
KEY = "hsh-2039-057"
REF = "HSH-2039-057"
T_EN, T_FR = "Clinical Dietitian", "Diététiste clinique"
O = "Hôpital Sensenbrenner Hospital"
L_EN, L_FR = "Kapuskasing, Ontario", "Kapuskasing (Ontario)"
S_EN = "Part-time, 0.6 FTE (22.5 hours per week), weekdays"
S_FR = "Temps partiel, 0,6 ETP (22,5 heures par semaine), en semaine"
ESS_EN = [
 "Bachelor's degree in Foods and Nutrition from an accredited program",
 "Current registration in good standing with the College of Dietitians of Ontario",
 "Minimum two (2) years of clinical experience in an acute care or long-term care setting",
 "Bilingualism (English and French), oral and written, is required for this designated position",
]
DES_EN = [
 "Certified Diabetes Educator (CDE) designation",
 "Experience with enteral and parenteral nutrition support",
]
ESS_FR = [
 "Baccalauréat en nutrition d'un programme agréé",
 "Inscription active et en règle auprès de l'Ordre des diététistes de l'Ontario",
 "Au moins deux (2) ans d'expérience clinique en soins de courte durée ou de longue durée",
 "Bilinguisme (français et anglais), oral et écrit, exigé pour ce poste désigné",
]
DES_FR = [
 "Titre d'éducatrice ou d'éducateur agréé en diabète (EAD)",
 "Expérience du soutien nutritionnel entéral et parentéral",
]
C_EN = [
 ("Communication", "explains nutrition plans clearly to patients, families and the care team"),
 ("Clinical judgement", "sets priorities safely when caseloads change during the day"),
 ("Collaboration", "works closely with nursing, pharmacy and the long-term care unit"),
]
C_FR = [
 ("Communication", "explique clairement les plans nutritionnels aux patients, aux familles et à l'équipe de soins"),
 ("Jugement clinique", "établit les priorités de façon sécuritaire lorsque la charge de travail change"),
 ("Collaboration", "travaille en étroite collaboration avec les soins infirmiers, la pharmacie et l'unité de soins de longue durée"),
]
SAL_EN = "$41.38 – $49.63 per hour"
SAL_FR = "41,38 $ – 49,63 $ l'heure"
NB = "\u2011"

def nb(s):
    return s.replace("-", NB)

def build():
    def half(lang):
        en = lang == "en"
        lab = (lambda a, b: a if en else b)
        ess, des, cc = (ESS_EN, DES_EN, C_EN) if en else (ESS_FR, DES_FR, C_FR)
        sep = ": " if en else " : "
        comps = "\n".join(f"<li><strong>{nb(n)}</strong>{sep}{nb(d)}</li>" for n, d in cc)
        return f"""<section class="posting" lang="{lang}" {'' if en else 'style="break-before:page"'}>
<p class="kicker">{lab('INTERNAL / EXTERNAL JOB POSTING', 'AFFICHAGE DE POSTE INTERNE / EXTERNE')}</p>
<h1>{T_EN if en else T_FR}</h1>
<div class="meta">
<div><span class="k">{lab('Posting No.', 'No d’affichage')}</span> <span class="v" style="white-space:nowrap">{nb(REF)}</span></div>
<div><span class="k">{lab('Employer', 'Employeur')}</span> <span class="v">{O}</span></div>
<div><span class="k">{lab('Department', 'Service')}</span> <span class="v">{lab('Nutrition and Food Services', 'Services de nutrition et d’alimentation')}</span></div>
<div><span class="k">{lab('Location', 'Lieu')}</span> <span class="v" style="white-space:nowrap">{L_EN if en else L_FR}</span></div>
<div><span class="k">{lab('Status', 'Statut')}</span> <span class="v">{lab('Permanent', 'Permanent')}</span></div>
<div><span class="k">{lab('Schedule', 'Horaire')}</span> <span class="v">{nb(S_EN if en else S_FR)}</span></div>
<div><span class="k">{lab('Wage', 'Salaire')}</span> <span class="v">{SAL_EN if en else SAL_FR}</span></div>
<div><span class="k">{lab('Posted', 'Date d’affichage')}</span> <span class="v">{lab('September 16, 2039', '16 septembre 2039')}</span></div>
<div><span class="k">{lab('Closing date', 'Date limite')}</span> <span class="v">{lab('October 7, 2039 at 4:00 p.m.', '7 octobre 2039 à 16 h')}</span></div>
</div>
<h2>{lab('About the role', 'Le poste')}</h2>
<p>{lab('Reporting to the Manager of Nutrition and Food Services, the Clinical Dietitian assesses the nutritional needs of inpatients, outpatients and long-term care residents, develops care plans, teaches therapeutic diets and takes part in interdisciplinary rounds. The position is shared between the acute care floor and the outpatient diabetes clinic.',
 'Relevant de la gestionnaire des Services de nutrition et d’alimentation, la ou le diététiste clinique évalue les besoins nutritionnels des patients hospitalisés, des patients externes et des résidents en soins de longue durée, élabore les plans de soins, enseigne les diètes thérapeutiques et participe aux tournées interdisciplinaires. Le poste est partagé entre l’étage des soins actifs et la clinique externe de diabète.')}</p>
<h2>{lab('Qualifications', 'Qualifications requises')}</h2>
<ul>{li([nb(x) for x in ess])}</ul>
<h2>{lab('Assets', 'Atouts')}</h2>
<ul>{li([nb(x) for x in des])}</ul>
<h2>{lab('What we look for', 'Ce que nous recherchons')}</h2>
<ul>{comps}</ul>
<p>{lab('Interviews are expected to take place during the week of October 17, 2039. A satisfactory vulnerable sector check will be required before the start date.',
 'Les entrevues devraient avoir lieu pendant la semaine du 17 octobre 2039. Une vérification des antécédents en vue d’un travail auprès de personnes vulnérables sera exigée avant l’entrée en fonction.')}</p>
<p>{lab('Please apply online or send your résumé to careers@sensenbrenner.example, quoting the posting number. We thank all applicants; only those selected for an interview will be contacted.',
 'Veuillez postuler en ligne ou envoyer votre curriculum vitæ à careers@sensenbrenner.example en indiquant le numéro d’affichage. Nous remercions toutes les personnes candidates; seules celles retenues pour une entrevue seront contactées.')}</p>
</section>"""
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T_EN} | {O}</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:11pt;margin:0 2em}}
.meta div{{margin:2px 0}} .meta .k{{display:inline-block;width:11em;font-weight:bold}}
.cookie,.menu{{font-size:9pt;color:#555}} @media print{{.cookie{{display:none}}}}
.kicker{{color:#0a5c8a;font-weight:bold;letter-spacing:1px}}
</style></head><body>
<div class="cookie">This site uses cookies to improve your experience. <a href="#">Accept</a> · <a href="#">Learn more</a></div>
<header><p><strong>{O}</strong> · 101 Progress Crescent, Kapuskasing · <a href="#fr">Français</a></p>
<p class="menu">Patients &amp; Visitors | Programs &amp; Services | Careers | Foundation | Contact</p></header>
<p class="menu">Home › Careers › Current Opportunities › {T_EN}</p>
{half('en')}
<a id="fr"></a>
{half('fr')}
<footer class="menu"><p>Other opportunities: Housekeeping Aide (casual) – closes September 30, 2039 · Préposé(e) à l’entretien (occasionnel) – date limite 30 septembre 2039</p>
<p>Together for a healthy community · Ensemble pour une communauté en santé</p></footer>
</body></html>
"""
    w(KEY + "-sensenbrenner.html", html, KEY, "html")
    pdf = KEY + "-sensenbrenner.chromium.pdf"
    chromium(KEY + "-sensenbrenner.html", pdf)
    dump(pdf, KEY, "chromium")
    expected(KEY, reference=REF, languages=["en", "fr"], title={"en": T_EN, "fr": T_FR},
             organisation={"en": O, "fr": O}, location={"en": L_EN, "fr": L_FR},
             schedule={"en": S_EN, "fr": S_FR}, deadline="2039-10-07",
             salary=sal(mn=41.38, mx=49.63, cur="CAD", period="hour"),
             requirements={"en": {"essential": ESS_EN, "desirable": DES_EN},
                           "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             competencies={"en": comp(C_EN), "fr": comp(C_FR)})
