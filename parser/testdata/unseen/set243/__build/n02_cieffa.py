from common import *

REF = "AU/CIEFFA/VA/2037/07"
T = {"en": "Senior Programme Officer – Girls' Education in STEM",
     "fr": "Chargé(e) principal(e) de programme – Éducation des filles aux STIM"}
O = {"en": "African Union International Centre for Girls' and Women's Education in Africa",
     "fr": "Centre international de l'Union africaine pour l'éducation des filles et des femmes en Afrique"}
L = {"en": "Ouagadougou, Burkina Faso", "fr": "Ouagadougou, Burkina Faso"}
ACAD = {
    "en": ["A Master's degree in education, gender studies, science education or a related social science discipline with at least seven (7) years of relevant work experience, of which three (3) years at supervisory level.",
           "Proven experience in designing and monitoring girls' education programmes in at least two African countries."],
    "fr": ["Master en sciences de l'éducation, en études de genre, en didactique des sciences ou dans une discipline connexe des sciences sociales, avec au moins sept (7) ans d'expérience professionnelle pertinente, dont trois (3) ans à un poste d'encadrement.",
           "Expérience avérée de la conception et du suivi de programmes d'éducation des filles dans au moins deux pays africains."],
}
SKILLS = {
    "en": ["Ability to build partnerships with ministries of education, regional economic communities and development partners.",
           "Strong analytical, report-writing and presentation skills.",
           "Proficiency in project management and results-based monitoring tools."],
    "fr": ["Capacité à nouer des partenariats avec les ministères de l'éducation, les communautés économiques régionales et les partenaires au développement.",
           "Solides compétences d'analyse, de rédaction de rapports et de présentation.",
           "Maîtrise des outils de gestion de projet et de suivi axé sur les résultats."],
}
ADV = {
    "en": ["Experience with STEM mentoring or scholarship schemes for girls.",
           "Experience of working with an intergovernmental organisation."],
    "fr": ["Expérience de programmes de mentorat ou de bourses en STIM destinés aux filles.",
           "Expérience de travail au sein d'une organisation intergouvernementale."],
}
COMP = {
    "en": [["Strategic Insight", "Developing Others", "Change Management", "Managing Risk"],
           ["Building Relationships", "Foster Accountability Culture", "Learning Orientation", "Communicating with Impact"],
           ["Conceptual Thinking", "Job Knowledge and Information Sharing", "Drive for Results", "Fosters Innovation"]],
    "fr": [["Vision stratégique", "Développement des autres", "Gestion du changement", "Gestion des risques"],
           ["Établir des relations", "Culture de la redevabilité", "Orientation vers l'apprentissage", "Communication percutante"],
           ["Pensée conceptuelle", "Connaissance du poste et partage de l'information", "Orientation résultats", "Promotion de l'innovation"]],
}
HEAD = {
    "en": dict(info="Organization Information", rep="Reports to", rep_v="Director, AU/CIEFFA",
               dir="Directorate/Department/Organ", dir_v="Education, Science, Technology and Innovation (ESTI)",
               div="Division", div_v="AU/CIEFFA – Programmes", ndr="Number of Direct Reports", nir="Number of Indirect Reports",
               grade="Job Grade", npos="Number of Positions", ctype="Contract Type", ctype_v="Regular", loc="Location",
               vac="Vacancy No.", start="Posting Start Date", start_v="11/12/2037",
               purpose="Purpose of Job",
               purpose_t="To lead the design, delivery and monitoring of the Centre's programme on girls' participation and achievement in science, technology, engineering and mathematics (STEM) across Member States.",
               main="Main Functions", main_l=["Leads the formulation of the STEM component of the Centre's strategic plan and annual work plans.",
                                               "Coordinates the Centre's STEM clubs, mentoring networks and teacher-training activities with Member States.",
                                               "Mobilises technical and financial partners and prepares funding proposals.",
                                               "Supervises programme staff and consultants and evaluates their performance."],
               acad="Academic Requirements and Relevant Experience", skills="Required Skills", adv="Added Advantage",
               lead="Leadership Competencies", core="Core Competencies", func="Functional Competencies",
               lang="Languages", lang_t="Proficiency in one of the African Union official languages (Arabic, English, French, Portuguese, Spanish, Kiswahili) is required; fluency in another AU language is an added advantage.",
               ten="Tenure of Appointment", ten_t="The appointment will be made on a regular term contract for a period of three (3) years, of which the first twelve months shall be a probation period.",
               rem="Remuneration",
               rem_t="Indicative basic salary of US$ 41,387.00 (USD) per annum plus other related entitlements, e.g. Post adjustment (38% of basic salary), Housing allowance (US$ 14,580.00 per annum) and Education allowance (100% of tuition and other education-related expenses for every eligible dependent up to a maximum of US$ 10,000.00 per child per annum), for internationally recruited staff.",
               apply="Applications must be submitted not later than 13 January 2038, 23:59 hours (Ouagadougou time).",
               note="Only candidates who have been selected for interviews will be contacted. Interviews are planned for the week of 22 February 2038."),
    "fr": dict(info="Informations sur l'organisation", rep="Supérieur hiérarchique", rep_v="Directeur(trice) de l'UA/CIEFFA",
               dir="Direction/Département/Organe", dir_v="Éducation, science, technologie et innovation (ESTI)",
               div="Division", div_v="UA/CIEFFA – Programmes", ndr="Nombre de subordonnés directs", nir="Nombre de subordonnés indirects",
               grade="Grade", npos="Nombre de postes", ctype="Type de contrat", ctype_v="Régulier", loc="Lieu d'affectation",
               vac="Avis de vacance n°", start="Date de publication", start_v="11/12/2037",
               purpose="Objectif du poste",
               purpose_t="Diriger la conception, la mise en œuvre et le suivi du programme du Centre relatif à la participation et à la réussite des filles en sciences, technologie, ingénierie et mathématiques (STIM) dans les États membres.",
               main="Fonctions principales", main_l=["Pilote la formulation du volet STIM du plan stratégique et des plans de travail annuels du Centre.",
                                                      "Coordonne les clubs STIM, les réseaux de mentorat et les formations d'enseignants avec les États membres.",
                                                      "Mobilise les partenaires techniques et financiers et prépare les propositions de financement.",
                                                      "Supervise le personnel du programme et les consultants et évalue leur performance."],
               acad="Qualifications académiques et expérience professionnelle", skills="Compétences requises", adv="Atouts supplémentaires",
               lead="Compétences en leadership", core="Compétences fondamentales", func="Compétences fonctionnelles",
               lang="Langues", lang_t="La maîtrise de l'une des langues officielles de l'Union africaine (anglais, arabe, français, portugais, espagnol, kiswahili) est requise ; la connaissance d'une autre langue de l'UA est un atout.",
               ten="Durée de l'engagement", ten_t="L'engagement se fera sur la base d'un contrat régulier d'une durée de trois (3) ans, dont les douze premiers mois constituent une période probatoire.",
               rem="Rémunération",
               rem_t="Salaire de base indicatif de 41 387,00 $ EU (USD) par an, plus les indemnités y afférentes, notamment l'ajustement de poste (38 % du salaire de base), l'indemnité de logement (14 580,00 $ EU par an) et l'indemnité d'éducation (100 % des frais de scolarité de chaque enfant à charge, dans la limite de 10 000,00 $ EU par enfant et par an), pour le personnel recruté sur le plan international.",
               apply="Les candidatures doivent être soumises au plus tard le 13 janvier 2038 à 23 h 59 (heure de Ouagadougou).",
               note="Seuls les candidat(e)s retenu(e)s pour un entretien seront contacté(e)s. Les entretiens sont prévus la semaine du 22 février 2038."),
}


def half(l):
    h = HEAD[l]
    rows = [(h["vac"], REF), (h["rep"], h["rep_v"]), (h["dir"], h["dir_v"]), (h["div"], h["div_v"]),
            (h["ndr"], "2"), (h["nir"], "6"), (h["grade"], "P3"), (h["npos"], "1"),
            (h["ctype"], h["ctype_v"]), (h["loc"], L[l]), (h["start"], h["start_v"])]
    ul = lambda xs: "<ul>\n" + "\n".join(f"  <li>{x}</li>" for x in xs) + "\n</ul>"
    out = [f'<section lang="{l}" class="job">',
           f'<h1 class="jobtitle">{T[l]}</h1>',
           f'<p class="org">{O[l]}</p>',
           f'<h2>{h["info"]}</h2>', "<p>" + "<br>\n".join(f"{a}: {b}" if l == "en" else f"{a} : {b}" for a, b in rows) + "</p>",
           f'<h2>{h["purpose"]}</h2>', f'<p>{h["purpose_t"]}</p>',
           f'<h2>{h["main"]}</h2>', ul(h["main_l"]),
           f'<h2>{h["acad"]}</h2>', ul(ACAD[l]),
           f'<h2>{h["skills"]}</h2>', ul(SKILLS[l]),
           f'<h2>{h["adv"]}</h2>', ul(ADV[l]),
           f'<h2>{h["lead"]}</h2>', ul(COMP[l][0]),
           f'<h2>{h["core"]}</h2>', ul(COMP[l][1]),
           f'<h2>{h["func"]}</h2>', ul(COMP[l][2]),
           f'<h2>{h["lang"]}</h2>', f'<p>{h["lang_t"]}</p>',
           f'<h2>{h["ten"]}</h2>', f'<p>{h["ten_t"]}</p>',
           f'<h2>{h["rem"]}</h2>', f'<p>{h["rem_t"]}</p>',
           f'<p class="deadline"><strong>{h["apply"]}</strong></p>', f'<p>{h["note"]}</p>',
           "</section>"]
    return "\n".join(out)


def build():
    req = {l: {"essential": ACAD[l] + SKILLS[l], "desirable": ADV[l]} for l in ("en", "fr")}
    comp = {l: [(n, "") for grp in COMP[l] for n in grp] for l in ("en", "fr")}
    k = expected(REF, ["en", "fr"], T, O, L, {}, "2038-01-13", sal("USD", "year", amount=41387), "P3", None, req, comp)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{T['en']} | AU Careers</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;color:#222;margin:0 auto;max-width:820px}}
.topbar{{background:#0b5e3b;color:#fff;padding:6px 12px;font-size:9pt}}
.notice{{border:2px solid #c0392b;padding:8px;margin:10px 0;font-size:9pt}}
h1{{font-size:16pt;color:#0b5e3b}} h2{{font-size:11pt;border-bottom:1px solid #999;margin-top:14px}}
.org{{font-style:italic}} .fr{{page-break-before:always}}
nav.crumbs{{font-size:9pt;color:#666}} footer{{font-size:8pt;color:#666;border-top:1px solid #ccc;margin-top:20px}}
@media print{{.topbar nav,.cookie{{display:none}}}}
</style></head>
<body>
<div class="topbar">African Union Careers · <nav style="display:inline">Home | Search Jobs | My Profile | <a href="#fr">Français</a></nav></div>
<p class="cookie">This site uses cookies to remember your preferences. <button>Accept</button></p>
<nav class="crumbs">Careers › Specialised Institutions › AU/CIEFFA</nav>
<div class="notice"><strong>ATTENTION!</strong> Candidates must complete their profile using the African Union CV template. Applications without the template will not be considered.</div>
<p>AU Values: Respect for Diversity and Team Work · Think Africa Above All · Transparency and Accountability · Integrity and Impartiality · Efficiency and Professionalism · Information and Knowledge Sharing</p>
{half('en')}
<div class="fr" id="fr"><p><em>Version française</em></p>
{half('fr')}
</div>
<footer>African Union Commission · Roosevelt Street, Addis Ababa · Other vacancies: Finance Assistant (AU/CIEFFA) – closing 3 February 2038 · Translator (ACALAN) – closing 28 January 2038<br>© 2037 African Union</footer>
</body></html>
"""
    write(k + "-aucareers.html", html, k)
    chromium_pdf(k + "-aucareers.html", k)
