from common import *
import html as H
KEY = "edc-2042-05"
E = dict(
    reference="EDC-2042-05", post_number=None, languages=["en", "fr"],
    title={"en": "Program Coordinator, Settlement and Language Training",
           "fr": "Coordonnateur(trice) de programme, établissement et formation linguistique"},
    organisation={"en": "Éducacentre College", "fr": "Collège Éducacentre"},
    location={"en": "Vancouver, British Columbia", "fr": "Vancouver (Colombie-Britannique)"},
    schedule={"en": "Full-time, 35 hours per week (Monday to Friday, occasional evenings)",
              "fr": "Temps plein, 35 heures par semaine (du lundi au vendredi, quelques soirées)"},
    deadline="2042-02-24", salary=sal(mn=62150, mx=69850, cur="CAD", period="year"),
    grade=None, clearance=None,
    requirements={
        "en": {"essential": [
            "Bachelor's degree in education, social work, adult education or a related field.",
            "Three years of experience coordinating programs for newcomers or adult learners.",
            "Fluency in French and English, written and oral.",
            "Experience supervising staff or instructors."],
            "desirable": [
            "Knowledge of federal settlement program reporting requirements.",
            "A third language spoken by newcomer communities in British Columbia."]},
        "fr": {"essential": [
            "Baccalauréat en éducation, en travail social, en andragogie ou dans un domaine connexe.",
            "Trois années d'expérience dans la coordination de programmes destinés aux nouveaux arrivants ou aux adultes apprenants.",
            "Maîtrise du français et de l'anglais, à l'écrit et à l'oral.",
            "Expérience de la supervision de personnel ou de formateurs."],
            "desirable": [
            "Connaissance des exigences de reddition de comptes des programmes fédéraux d'établissement.",
            "Une troisième langue parlée par les communautés immigrantes de la Colombie-Britannique."]}},
    competencies={
        "en": comp([("Intercultural awareness", ""), ("Planning", ""), ("Problem solving", ""), ("Teamwork", "")]),
        "fr": comp([("Ouverture interculturelle", ""), ("Planification", ""), ("Résolution de problèmes", ""), ("Travail d'équipe", "")])})
R = E["requirements"]; C = E["competencies"]
e = H.escape

def sec(lang, T):
    r = R[lang]; c = C[lang]
    return f"""<section lang="{lang}" id="{lang}">
<h2>{e(E['title'][lang])}</h2>
<table class="facts">
<tr><td>{T[0]}</td><td>{e(E['reference'])}</td></tr>
<tr><td>{T[1]}</td><td>{e(E['organisation'][lang])}</td></tr>
<tr><td>{T[2]}</td><td>{e(E['location'][lang])}</td></tr>
<tr><td>{T[3]}</td><td>{T[4]}</td></tr>
<tr><td>{T[5]}</td><td>{e(E['schedule'][lang])}</td></tr>
<tr><td>{T[6]}</td><td>{T[7]}</td></tr>
<tr><td>{T[8]}</td><td>{T[9]}</td></tr>
</table>
<p>{T[10]}</p>
<h3>{T[11]}</h3>
<ul>{''.join('<li>'+e(x)+'</li>' for x in r['essential'])}</ul>
<h3>{T[12]}</h3>
<ul>{''.join('<li>'+e(x)+'</li>' for x in r['desirable'])}</ul>
<h3>{T[13]}</h3>
<ul>{''.join('<li>'+e(x['name'])+'</li>' for x in c)}</ul>
<p>{T[14]}</p>
</section>"""

EN = ["Posting number", "Employer", "Location", "Employment type", "Regular, full-time",
      "Hours", "Salary", "$62,150 – $69,850 per year, plus benefits", "Apply by", "February 24, 2042 (11:59 p.m. Pacific)",
      "Éducacentre College is British Columbia's French-language college. Reporting to the Director of Community Programs, the Program Coordinator plans and oversees settlement services and French and English language classes for adult newcomers at our Vancouver campus and online, supervises a team of six instructors and settlement workers, and prepares reports to funders.",
      "Qualifications", "Assets", "Competencies",
      "Please send your cover letter and résumé through our careers portal. Interviews are planned for the week of March 9, 2042. We thank all applicants; only those selected for an interview will be contacted."]
FR = ["Numéro d'affichage", "Employeur", "Lieu", "Type d'emploi", "Régulier, temps plein",
      "Horaire", "Salaire", "De 62 150 $ à 69 850 $ par année, plus avantages sociaux", "Date limite", "24 février 2042 (23 h 59, heure du Pacifique)",
      "Le Collège Éducacentre est le collège de langue française de la Colombie-Britannique. Relevant de la direction des programmes communautaires, la personne titulaire planifie et supervise les services d'établissement et les cours de français et d'anglais offerts aux adultes nouveaux arrivants, sur le campus de Vancouver et en ligne, encadre une équipe de six formateurs et intervenants, et prépare les rapports aux bailleurs de fonds.",
      "Qualifications", "Atouts", "Compétences",
      "Veuillez soumettre votre lettre de présentation et votre CV par notre portail carrières. Les entrevues sont prévues la semaine du 9 mars 2042. Seules les personnes retenues pour une entrevue seront contactées."]

HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Careers | Éducacentre College</title>
<style>body{{font-family:Georgia,serif;margin:0 auto;max-width:860px}} .util{{font-size:12px;text-align:right}} table.facts td:first-child{{font-weight:bold;width:30%}}
.banner{{background:#fdf1d6;padding:6px}} footer{{font-size:12px;color:#555;border-top:1px solid #ccc}}</style></head>
<body>
<div class="util"><a href="#">Student portal</a> · <a href="#">Moodle</a> · <a href="#fr">Français</a></div>
<header><h1 style="font-size:20px">Éducacentre College / Collège Éducacentre</h1>
<nav><a href="#">Programs</a> | <a href="#">Newcomers</a> | <a href="#">Employment services</a> | <a href="#">About</a> | <a href="#">Careers</a></nav></header>
<p class="banner">Winter term registration closes January 31, 2042.</p>
<p><a href="#">Home</a> / <a href="#">About</a> / Careers</p>
<p><em>Job posting — Posted January 24, 2042</em></p>
{sec('en', EN)}
<hr>
{sec('fr', FR)}
<footer><p>Éducacentre College acknowledges that it operates on the unceded traditional territories of the xʷməθkʷəy̓əm, Sḵwx̱wú7mesh and səl̓ilwətaɬ Nations.</p><p>© 2042 Éducacentre College · Privacy</p></footer>
</body></html>
"""

BOARD = """BC Community Jobs
Find jobs   Post a job   Employers   Resources   Sign in

Program Coordinator, Settlement and Language Training
Éducacentre College
Vancouver, BC
$62,150 - $69,850 a year  ·  Full-time  ·  Permanent
Posted 3 days ago  ·  Apply by February 24, 2042
Apply on company site

Job details
Pay
$62,150 - $69,850 a year
Job type
Full-time
Location
Vancouver, British Columbia

Full job description
Posting number: EDC-2042-05
Hours: Full-time, 35 hours per week (Monday to Friday, occasional evenings)

Éducacentre College is British Columbia's French-language college. The Program Coordinator plans and oversees settlement services and language classes for adult newcomers, supervises six instructors and settlement workers, and prepares funder reports.

Qualifications
""" + "\n".join(R["en"]["essential"]) + """

Assets
""" + "\n".join(R["en"]["desirable"]) + """

Competencies
""" + "\n".join(c["name"] for c in C["en"]) + """

— Version française —
Coordonnateur(trice) de programme, établissement et formation linguistique
Collège Éducacentre — Vancouver (Colombie-Britannique)
Horaire : Temps plein, 35 heures par semaine (du lundi au vendredi, quelques soirées)
Salaire : de 62 150 $ à 69 850 $ par année
Date limite : 24 février 2042

Qualifications
""" + "\n".join(R["fr"]["essential"]) + """

Atouts
""" + "\n".join(R["fr"]["desirable"]) + """

Compétences
""" + "\n".join(c["name"] for c in C["fr"]) + """

Report job

People also viewed
Settlement Worker - Surrey - $27.50 an hour - 5 days ago
ESL Instructor (LINC) - Burnaby - apply by February 14, 2042
Francophone Community Liaison - Victoria - 1 week ago
"""

def build():
    exp(KEY, E)
    W(KEY + "-educacentre.html", HTML, KEY)
    W(KEY + "-bccommunityjobs.txt", BOARD, KEY)
