from common import *
KEY = "usth-hr-2038-14"
REF = "USTH/HR/2038-14"
EN = dict(
 title="Lecturer in Catchment Hydrology and Flood Risk",
 organisation="University of Science and Technology of Hanoi",
 location="Hanoi, Vietnam",
 schedule="Full-time (40 hours per week)",
 essential=[
  "PhD in hydrology, water resources engineering, environmental sciences or a closely related discipline.",
  "At least two years of postdoctoral or teaching experience at university level.",
  "A record of peer-reviewed publications in international journals.",
  "Ability to teach undergraduate and master's courses in English.",
 ],
 desirable=[
  "Experience with hydrological modelling of river basins in Southeast Asia.",
  "A working knowledge of French or Vietnamese.",
  "Experience in writing research grant proposals.",
 ],
 competencies=[])
FR = dict(
 title="Enseignant(e)-chercheur(se) en hydrologie des bassins versants et risques d'inondation",
 organisation="Université des sciences et des technologies de Hanoï",
 location="Hanoï (Viêt Nam)",
 schedule="Temps plein (40 heures par semaine)",
 essential=[
  "Doctorat en hydrologie, en ingénierie des ressources en eau, en sciences de l'environnement ou dans une discipline voisine.",
  "Au moins deux ans d'expérience postdoctorale ou d'enseignement au niveau universitaire.",
  "Des publications dans des revues internationales à comité de lecture.",
  "Capacité à enseigner en anglais en licence et en master.",
 ],
 desirable=[
  "Expérience de la modélisation hydrologique de bassins versants d'Asie du Sud-Est.",
  "Une connaissance pratique du français ou du vietnamien.",
  "Expérience de la rédaction de projets de recherche.",
 ],
 competencies=[])
D = dict(reference=REF, languages=["en", "fr"], deadline="2038-08-05", salary=sal(43750000, cur="VND", per="month"), en=EN, fr=FR)

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{EN['title']} – USTH Recruitment</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color:#222; margin: 0 28px; }}
.top {{ background:#0b3d6b; color:#fff; padding:4px 10px; font-size:9pt; }}
.top a {{ color:#fff; margin-right:10px; }}
nav ul {{ list-style:none; padding:0; }} nav li {{ display:inline; margin-right:14px; font-weight:bold; }}
.crumbs {{ font-size:9pt; color:#666; }}
.meta {{ font-size:9pt; color:#555; }}
.summary {{ border:1px solid #0b3d6b; padding:8px 14px; display:grid; grid-template-columns: 1fr 1fr; column-gap:20px; }}
.summary p {{ margin:4px 0; }}
.nw {{ white-space:nowrap; }}
h1 {{ color:#0b3d6b; font-size:17pt; }} h2 {{ color:#0b3d6b; font-size:12pt; border-bottom:1px solid #ccc; }}
.fr {{ page-break-before: always; }}
footer {{ font-size:8.5pt; color:#666; border-top:1px solid #ccc; margin-top:20px; }}
@media print {{ .cookie {{ display:none; }} }}
</style></head><body>
<div class="top"><a href="#">EN</a> <a href="#fr">FR</a> <a href="#">VI</a> | Hotline: +84 24 0000 0000 | usth.example</div>
<div class="cookie">We use cookies to improve your experience. <button>Accept</button></div>
<header><strong>USTH</strong> – University of Science and Technology of Hanoi · Université des sciences et des technologies de Hanoï</header>
<nav><ul><li>About</li><li>Education</li><li>Research</li><li>International</li><li>Recruitment</li><li>News</li></ul></nav>
<div class="crumbs">Home › Recruitment › Academic positions</div>
<main>
<article>
<h1>{EN['title']}</h1>
<p class="meta">Posted: 20/06/2038 · Category: Academic staff · Department of Water – Environment – Oceanography</p>
<div class="summary">
<p><strong>Reference</strong><br><span class="nw">{REF}</span></p>
<p><strong>Employer</strong><br>{EN['organisation']}</p>
<p><strong>Place of work</strong><br>{EN['location']}</p>
<p><strong>Contract</strong><br>Two-year contract, renewable</p>
<p><strong>Working hours</strong><br>{EN['schedule']}</p>
<p><strong>Starting date</strong><br>1 October 2038</p>
<p><strong>Salary</strong><br>VND 43,750,000 gross per month</p>
<p><strong>Application deadline</strong><br>5 August 2038</p>
</div>
<h2>About USTH</h2>
<p>Founded under an intergovernmental agreement between Vietnam and France, the university teaches its bachelor, master and doctoral programmes in English and works closely with a consortium of French universities and research bodies. Its Department of Water – Environment – Oceanography runs a bachelor's programme, a joint master's degree and a research laboratory on river basins and coastal zones.</p>
<h2>Main duties</h2>
<ul>
<li>Teach about 220 hours a year in hydrology, hydraulics and water resources management at bachelor's and master's level.</li>
<li>Supervise internships and master's theses, including co-supervision with French partner laboratories.</li>
<li>Develop research on flood and drought risk in the Red River basin and apply for national and international funding.</li>
<li>Take part in the department's curriculum committee and in student recruitment events.</li>
</ul>
<h2>Required qualifications</h2>
<ul>
{li(EN['essential'])}
</ul>
<h2>Preferred qualifications</h2>
<ul>
{li(EN['desirable'])}
</ul>
<h2>What we offer</h2>
<p>A gross monthly salary of VND 43,750,000, a research start-up budget, health insurance and support with work permit procedures for international staff. A teaching demonstration will be held during the week of 24 August 2038 for shortlisted candidates.</p>
<h2>How to apply</h2>
<p>Send a cover letter, a CV with a list of publications, a teaching statement and two reference letters to recruitment@usth.example, quoting {REF}, no later than 5 August 2038 (23:59, Hanoi time).</p>
</article>

<article class="fr" id="fr" lang="fr">
<h1>{FR['title']}</h1>
<p class="meta">Publié le 20/06/2038 · Catégorie : personnel enseignant · Département Eau – Environnement – Océanographie</p>
<div class="summary">
<p><strong>Référence</strong><br><span class="nw">{REF}</span></p>
<p><strong>Employeur</strong><br>{FR['organisation']}</p>
<p><strong>Lieu de travail</strong><br>{FR['location']}</p>
<p><strong>Contrat</strong><br>Contrat de deux ans, renouvelable</p>
<p><strong>Temps de travail</strong><br>{FR['schedule']}</p>
<p><strong>Prise de fonctions</strong><br>1er octobre 2038</p>
<p><strong>Rémunération</strong><br>43 750 000 VND bruts par mois</p>
<p><strong>Date limite de candidature</strong><br>5 août 2038</p>
</div>
<h2>À propos de l'USTH</h2>
<p>Créée par un accord intergouvernemental entre le Viêt Nam et la France, l'université dispense ses formations de licence, de master et de doctorat en anglais et travaille en lien étroit avec un consortium d'universités et d'organismes de recherche français. Son département Eau – Environnement – Océanographie porte une licence, un master conjoint et un laboratoire consacré aux bassins versants et aux zones côtières.</p>
<h2>Missions principales</h2>
<ul>
<li>Assurer environ 220 heures d'enseignement par an en hydrologie, en hydraulique et en gestion des ressources en eau.</li>
<li>Encadrer des stages et des mémoires de master, y compris en co-encadrement avec des laboratoires partenaires français.</li>
<li>Développer des recherches sur les risques d'inondation et de sécheresse dans le bassin du fleuve Rouge.</li>
<li>Participer au comité pédagogique du département et aux actions de recrutement des étudiants.</li>
</ul>
<h2>Qualifications requises</h2>
<ul>
{li(FR['essential'])}
</ul>
<h2>Qualifications souhaitées</h2>
<ul>
{li(FR['desirable'])}
</ul>
<h2>Ce que nous offrons</h2>
<p>Un salaire brut mensuel de 43 750 000 VND, un budget de démarrage de recherche, une assurance maladie et un accompagnement pour le permis de travail. Une leçon d'essai aura lieu la semaine du 24 août 2038 pour les candidat(e)s retenu(e)s.</p>
<h2>Candidature</h2>
<p>Envoyer une lettre de motivation, un CV avec la liste des publications, un projet pédagogique et deux lettres de recommandation à recruitment@usth.example, en rappelant la référence {REF}, au plus tard le 5 août 2038 (23 h 59, heure de Hanoï).</p>
</article>
</main>
<footer>
<p>Other openings: Research Engineer, Space and Applications – deadline 12/08/2038 · Assistant Lecturer, ICT – deadline 29/08/2038</p>
<p>© 2038 USTH · 18 Hoang Quoc Viet, Cau Giay, Hanoi · Privacy policy</p>
</footer>
</body></html>
"""
w(KEY + "-usth.html", html, KEY)
chromium(KEY + "-usth.html", KEY + "-usth.chromium.pdf", KEY)
expected(KEY, D)
