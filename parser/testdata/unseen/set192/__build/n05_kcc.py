from common import *
import subprocess, os
K = "kcc-hr-2033-0784"
REF = "KCC-HR-2033-0784"
EN = dict(
 facts=[("Reference", REF), ("Job title", "Senior Process Metallurgist – Hydrometallurgy"),
        ("Company", "Kamoto Copper Company SA (KCC)"), ("Department", "Processing – Luilu Metallurgical Plant"),
        ("Location", "Kolwezi, Lualaba Province, DRC"), ("Job grade", "D1"),
        ("Schedule", "Day shift, Monday to Friday, with call-out duty"), ("Contract", "Permanent, 6-month probation"),
        ("Salary", "USD 5,200 – 6,400 gross per month, depending on experience"), ("Closing date", "20 October 2033")],
 intro="Kamoto Copper Company SA (KCC) operates an integrated copper and cobalt mining and processing complex near Kolwezi. The Processing department is looking for an experienced metallurgist to strengthen the technical team of the Luilu plant.",
 h_resp="Key responsibilities",
 resp=["Monitor leaching, solvent extraction and electrowinning performance and recommend corrective actions;",
       "lead plant trials and optimisation projects from design to close-out report;",
       "prepare daily and monthly metallurgical accounting reports;",
       "coach junior metallurgists and process technicians;",
       "support the site's safety, health and environment standards in all process activities."],
 h_req="Requirements",
 ess=["Bachelor's degree in metallurgical or chemical engineering;",
      "at least eight (8) years of experience in a hydrometallurgical plant, including three in a supervisory role;",
      "sound knowledge of solvent extraction and electrowinning of copper and of cobalt hydroxide precipitation;",
      "proven track record in plant performance improvement projects;",
      "fluency in English and working knowledge of French."],
 h_des="Assets",
 des=["A master's degree in extractive metallurgy;",
      "experience with process simulation software;",
      "knowledge of Swahili."],
 h_comp="Behavioural competencies", sep=":",
 comp=[("Safety leadership", "stops unsafe work and coaches teams on critical controls."),
       ("Problem solving", "uses data and root-cause analysis to resolve process deviations."),
       ("Collaboration", "works across maintenance, mining and laboratory teams.")],
 apply="Apply online through the KCC careers portal before 20 October 2033. Only shortlisted candidates will be contacted. KCC never asks candidates for money at any stage of the recruitment process.")
FR = dict(
 facts=[("Référence", REF), ("Poste", "Métallurgiste Procédés Senior – Hydrométallurgie"),
        ("Société", "Kamoto Copper Company SA (KCC)"), ("Département", "Traitement – Usine métallurgique de Luilu"),
        ("Lieu", "Kolwezi, province du Lualaba, RDC"), ("Niveau", "D1"),
        ("Horaire", "Poste de jour, du lundi au vendredi, avec astreintes"), ("Contrat", "Durée indéterminée, période d'essai de 6 mois"),
        ("Salaire", "5 200 à 6 400 USD brut par mois, selon expérience"), ("Date limite", "20 octobre 2033")],
 intro="Kamoto Copper Company SA (KCC) exploite près de Kolwezi un complexe intégré d'extraction et de traitement de cuivre et de cobalt. Le département Traitement recherche un(e) métallurgiste expérimenté(e) pour renforcer l'équipe technique de l'usine de Luilu.",
 h_resp="Responsabilités principales",
 resp=["Suivre les performances de la lixiviation, de l'extraction par solvant et de l'électrolyse et recommander des actions correctives ;",
       "piloter les essais et les projets d'optimisation, de la conception au rapport de clôture ;",
       "préparer les bilans métallurgiques journaliers et mensuels ;",
       "encadrer les métallurgistes juniors et les techniciens de procédés ;",
       "veiller au respect des standards de sécurité, de santé et d'environnement dans toutes les activités de procédé."],
 h_req="Exigences",
 ess=["Licence ou diplôme d'ingénieur en génie métallurgique ou chimique ;",
      "au moins huit (8) ans d'expérience dans une usine hydrométallurgique, dont trois à un poste d'encadrement ;",
      "solide connaissance de l'extraction par solvant, de l'électrolyse du cuivre et de la précipitation de l'hydroxyde de cobalt ;",
      "expérience avérée de projets d'amélioration des performances d'usine ;",
      "maîtrise de l'anglais et connaissance pratique du français."],
 h_des="Atouts",
 des=["Un master en métallurgie extractive ;",
      "une expérience des logiciels de simulation de procédés ;",
      "la connaissance du swahili."],
 h_comp="Compétences comportementales", sep=" :",
 comp=[("Leadership en sécurité", "arrête tout travail dangereux et accompagne les équipes sur les contrôles critiques."),
       ("Résolution de problèmes", "s'appuie sur les données et l'analyse des causes pour corriger les écarts de procédé."),
       ("Collaboration", "travaille avec les équipes de maintenance, de la mine et du laboratoire.")],
 apply="Postulez en ligne sur le portail carrières de KCC avant le 20 octobre 2033. Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s. KCC ne demande jamais d'argent aux candidats, à aucune étape du recrutement.")
f = lambda L, lab: dict(L["facts"])[lab]
expected({"_key": K, "reference": REF, "post_number": None, "languages": ["en", "fr"],
 "title": {"en": f(EN, "Job title"), "fr": f(FR, "Poste")},
 "organisation": {"en": "Kamoto Copper Company SA (KCC)", "fr": "Kamoto Copper Company SA (KCC)"},
 "location": {"en": f(EN, "Location"), "fr": f(FR, "Lieu")},
 "schedule": {"en": f(EN, "Schedule"), "fr": f(FR, "Horaire")},
 "deadline": "2033-10-20", "salary": salary(mn=5200, mx=6400, cur="USD", period="month"), "grade": "D1", "clearance": None,
 "requirements": {"en": {"essential": EN["ess"], "desirable": EN["des"]}, "fr": {"essential": FR["ess"], "desirable": FR["des"]}},
 "competencies": {"en": comp(EN["comp"]), "fr": comp(FR["comp"])}})

def half(L, lang, head):
    facts = "\n".join(f'      <div class="fact"><div class="k">{a}</div><div class="v">{b}</div></div>' for a, b in L["facts"])
    ul = lambda xs: "\n".join(f"        <li>{x}</li>" for x in xs)
    comps = "\n".join(f"        <li><strong>{n}{L['sep']}</strong> {d}</li>" for n, d in L["comp"])
    return f"""  <section lang="{lang}" class="half">
    <h2 class="lang">{head}</h2>
    <h1>{dict(L['facts'])['Job title' if lang=='en' else 'Poste']}</h1>
    <p>{L['intro']}</p>
    <div class="facts">
{facts}
    </div>
    <h3>{L['h_resp']}</h3>
    <ul>
{ul(L['resp'])}
    </ul>
    <h3>{L['h_req']}</h3>
    <ul>
{ul(L['ess'])}
    </ul>
    <h3>{L['h_des']}</h3>
    <ul>
{ul(L['des'])}
    </ul>
    <h3>{L['h_comp']}</h3>
    <ul>
{comps}
    </ul>
    <p class="apply">{L['apply']}</p>
  </section>"""

html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Senior Process Metallurgist – Hydrometallurgy | KCC Careers</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; margin: 0; color: #222; }}
.top {{ background: #b5561b; color: #fff; padding: 8px 28px; font-size: 10pt; }}
header {{ padding: 10px 28px; border-bottom: 1px solid #ddd; }}
header nav a {{ margin-right: 16px; color: #333; text-decoration: none; }}
.crumbs {{ padding: 6px 28px; font-size: 9pt; color: #777; }}
main {{ padding: 0 28px; }}
.facts {{ display: grid; grid-template-columns: 1fr 1fr; gap: 8px 24px; border: 1px solid #e3c9b5; padding: 12px; background: #fbf6f2; }}
.fact .k {{ font-size: 9pt; text-transform: uppercase; color: #8a5a3a; }}
.fact .v {{ font-weight: bold; }}
section[lang=fr] {{ break-before: page; }}
h2.lang {{ font-size: 10pt; color: #b5561b; margin-top: 18px; }}
footer {{ margin-top: 24px; padding: 12px 28px; font-size: 9pt; color: #666; border-top: 1px solid #ddd; }}
</style>
</head>
<body>
<div class="top">Safety first – La sécurité avant tout · Zero harm, every shift</div>
<header>
  <strong>KCC Careers</strong>
  <nav><a href="/">Home</a><a href="/about">About KCC</a><a href="/jobs">Jobs</a><a href="/graduates">Graduates &amp; internships</a><a href="/community">Community</a><a href="/fr">FR</a></nav>
</header>
<div class="crumbs">Home / Jobs / Processing / {REF}</div>
<main>
  <p class="note">Posted 26 September 2033 · English version first – version française ci-dessous</p>
{half(EN, 'en', 'English version')}
{half(FR, 'fr', 'Version française')}
  <aside class="more">
    <h3>More jobs at KCC / Autres offres</h3>
    <ul>
      <li>Electrical Maintenance Planner – closes 11 October 2033</li>
      <li>Responsable Relations Communautaires – clôture le 31 octobre 2033</li>
    </ul>
  </aside>
</main>
<footer>© 2033 Kamoto Copper Company SA · Kolwezi, Lualaba · Privacy · Terms · Report a recruitment scam</footer>
</body>
</html>
"""
write(K + "-kcc.html", html)
here = os.path.dirname(os.path.abspath(__file__))
pdf = os.path.join(ROOT, K + "-kcc.chromium.pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, os.path.join(ROOT, K + "-kcc.html")], check=True, capture_output=True)
txt = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True).stdout.decode()
write(K + "-kcc.chromium.pdftotext.txt", txt)

def plain(L):
    out = [L["intro"], ""]
    out += [f"{a}: {b}" if L["sep"] == ":" else f"{a} : {b}" for a, b in L["facts"]]
    out += ["", L["h_resp"]] + L["resp"] + ["", L["h_req"]] + L["ess"] + ["", L["h_des"]] + L["des"]
    out += ["", L["h_comp"]] + [f"{n}{L['sep']} {d}" for n, d in L["comp"]]
    return "\n".join(out)

board = f"""MyJobMag
Jobs	Jobs in DRC	Companies	Career Advice	CV Writing	Post a Job	Login
Home > Jobs > Kamoto Copper Company SA Jobs
Senior Process Metallurgist – Hydrometallurgy at Kamoto Copper Company SA (KCC)
Posted on Tue 27th Sep, 2033 - myjobmag.example (DRC)
Kamoto Copper Company SA (KCC) is a copper and cobalt producer in the Lualaba province of the Democratic Republic of the Congo.
Read more about this company

Senior Process Metallurgist – Hydrometallurgy
Job Type Full Time
Qualification BA/BSc/HND
Experience 8 years
Location Lualaba
Job Field Engineering / Technical

ENGLISH VERSION
{plain(EN)}

VERSION FRANÇAISE
{plain(FR)}

Method of Application
Interested and qualified candidates should apply through the employer's careers portal. / Postulez via le portail carrières de l'employeur.
Deadline: Oct 20, 2033
Subscribe to Job Alert
Join our happy subscribers

Related jobs
Mine Planning Engineer at a mining company - Kolwezi (Deadline: Oct 14, 2033)
Chief Accountant at a logistics group - Lubumbashi (Deadline: Nov 02, 2033)
Electrical Supervisor at an engineering contractor - Kolwezi (Deadline: Oct 31, 2033)
"""
write(K + "-myjobmag.txt", board)
