from common import *

REF = "IBE/VN/2038/05"
KEY = "ibe-vn-2038-05"
T = {"en": "Programme Specialist (Curriculum and Assessment)",
     "fr": "Spécialiste de programme (curriculum et évaluation)"}
O = {"en": "UNESCO International Bureau of Education",
     "fr": "Bureau international d'éducation de l'UNESCO"}
L = {"en": "Geneva, Switzerland", "fr": "Genève (Suisse)"}
GRADE = "P-3"
ESS = {
    "en": [
        "Advanced university degree (Master's or equivalent) in education, curriculum studies, educational measurement or a related field.",
        "A minimum of four years of relevant professional experience in curriculum development or learning assessment, of which at least two years at the international level.",
        "Experience in designing and delivering capacity development programmes for ministries of education.",
        "Excellent knowledge of English or French and a good working knowledge of the other language.",
    ],
    "fr": [
        "Diplôme universitaire supérieur (master ou équivalent) en sciences de l'éducation, en études curriculaires, en mesure de l'éducation ou dans un domaine connexe.",
        "Au moins quatre années d'expérience professionnelle pertinente dans l'élaboration de curriculums ou l'évaluation des apprentissages, dont au moins deux au niveau international.",
        "Expérience de la conception et de la conduite de programmes de renforcement des capacités destinés aux ministères de l'éducation.",
        "Excellente connaissance de l'anglais ou du français et bonne connaissance pratique de l'autre langue.",
    ],
}
DES = {
    "en": [
        "PhD in a field related to curriculum or assessment.",
        "Experience with large-scale learning assessments in low- and middle-income countries.",
        "Knowledge of Spanish or Arabic.",
    ],
    "fr": [
        "Doctorat dans un domaine lié au curriculum ou à l'évaluation.",
        "Expérience des évaluations des apprentissages à grande échelle dans des pays à revenu faible ou intermédiaire.",
        "Connaissance de l'espagnol ou de l'arabe.",
    ],
}
COMP = {
    "en": ["Accountability", "Communication", "Innovation", "Knowledge sharing and continuous improvement",
           "Planning and organizing", "Results focus", "Teamwork"],
    "fr": ["Responsabilité", "Communication", "Innovation", "Partage des connaissances et volonté de s'améliorer en permanence",
           "Planification et organisation", "Orientation vers les résultats", "Travail d'équipe"],
}
TASKS = {
    "en": ["Coordinate technical assistance to Member States on curriculum reform and alignment with assessment.",
           "Develop and update training modules of the Bureau's diploma programme in curriculum design.",
           "Contribute to research and publications on curriculum and assessment practices.",
           "Mobilize partners and extrabudgetary resources for country projects."],
    "fr": ["Coordonner l'assistance technique aux États membres en matière de réforme curriculaire et d'alignement avec l'évaluation.",
           "Élaborer et mettre à jour les modules de formation du programme de diplôme du Bureau en conception de curriculum.",
           "Contribuer aux recherches et publications sur les pratiques curriculaires et d'évaluation.",
           "Mobiliser des partenaires et des ressources extrabudgétaires pour les projets de pays."],
}
LAB = {
    "en": dict(banner="VACANCY NOTICE", vn="Vacancy notice", title="Post title", org="Organization", grade="Grade",
               ds="Duty station", issue="Date of issue", dl="Deadline for applications", issue_v="11 October 2038",
               dl_v="22 November 2038 (midnight, Paris time)", ctx="Context", tasks="Main responsibilities",
               comp="Competencies (core)", req="Required qualifications", des="Desirable qualifications",
               ben="Benefits and entitlements",
               ben_t="The annual net salary at this grade starts at USD 69,347, to which a post adjustment for Geneva is added. Interviews are expected in mid-December 2038.",
               ctx_t="The Bureau is UNESCO's global centre of excellence in curriculum and related matters. It supports Member States in strengthening curricula, teaching and assessment."),
    "fr": dict(banner="AVIS DE VACANCE DE POSTE", vn="Avis de vacance", title="Intitulé du poste", org="Organisation",
               grade="Classe", ds="Lieu d'affectation", issue="Date de parution", dl="Date limite de dépôt des candidatures",
               issue_v="11 octobre 2038", dl_v="22 novembre 2038 (minuit, heure de Paris)", ctx="Contexte",
               tasks="Principales responsabilités", comp="Compétences (fondamentales)", req="Qualifications requises",
               des="Qualifications souhaitables", ben="Prestations et avantages",
               ben_t="Le traitement annuel net de cette classe débute à 69 347 dollars des États-Unis, auquel s'ajoute une indemnité de poste pour Genève. Les entretiens devraient avoir lieu à la mi-décembre 2038.",
               ctx_t="Le Bureau est le centre mondial d'excellence de l'UNESCO pour les curriculums et les questions connexes. Il aide les États membres à renforcer les curriculums, l'enseignement et l'évaluation."),
}


def tex_esc(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("'", "'")


def tex():
    parts = []
    for l in ("en", "fr"):
        a = LAB[l]
        items = lambda xs: "\\begin{itemize}\n" + "".join("\\item %s\n" % tex_esc(x) for x in xs) + "\\end{itemize}\n"
        enum = lambda xs: "\\begin{enumerate}\n" + "".join("\\item %s\n" % tex_esc(x) for x in xs) + "\\end{enumerate}\n"
        parts.append(f"""\\begin{{center}}{{\\large\\bfseries {a['banner']}}}\\\\[2pt]{tex_esc(O[l])}\\end{{center}}
\\noindent\\begin{{tabular}}{{|p{{5cm}}|p{{10cm}}|}}\\hline
{a['vn']} & {REF}\\\\\\hline
{a['title']} & {tex_esc(T[l])}\\\\\\hline
{a['org']} & {tex_esc(O[l])}\\\\\\hline
{a['grade']} & {GRADE}\\\\\\hline
{a['ds']} & {tex_esc(L[l])}\\\\\\hline
{a['issue']} & {a['issue_v']}\\\\\\hline
{a['dl']} & {a['dl_v']}\\\\\\hline
\\end{{tabular}}

\\section*{{{a['ctx']}}}
{tex_esc(a['ctx_t'])}
\\section*{{{a['tasks']}}}
{enum(TASKS[l])}\\section*{{{a['comp']}}}
{items(COMP[l])}\\section*{{{a['req']}}}
{items(ESS[l])}\\section*{{{a['des']}}}
{items(DES[l])}\\section*{{{a['ben']}}}
{tex_esc(a['ben_t'])}
""")
    return ("""\\documentclass[10pt,a4paper]{article}
\\usepackage[T1]{fontenc}\\usepackage[utf8]{inputenc}\\usepackage{lmodern}
\\usepackage[margin=2cm]{geometry}
\\hyphenpenalty=10000 \\exhyphenpenalty=10000
\\pagestyle{plain}
\\begin{document}\\raggedright
\\noindent{\\bfseries UNESCO -- International Bureau of Education / Bureau international d'éducation}\\hfill 15, route des Morillons, Genève\\par\\medskip
""" + parts[0] + "\\newpage\n" + parts[1] + "\\end{document}\n")


def html():
    out = []
    for l in ("en", "fr"):
        a = LAB[l]
        out.append(f"""<section lang="{l}">
<p class="banner">{a['banner']}</p>
<h1>{T[l]}</h1>
<table border="1">
<tr><th>{a['vn']}</th><td>{REF}</td></tr>
<tr><th>{a['org']}</th><td>{O[l]}</td></tr>
<tr><th>{a['grade']}</th><td>{GRADE}</td></tr>
<tr><th>{a['ds']}</th><td>{L[l]}</td></tr>
<tr><th>{a['issue']}</th><td>{a['issue_v']}</td></tr>
<tr><th>{a['dl']}</th><td>{a['dl_v']}</td></tr>
</table>
<h2>{a['ctx']}</h2><p>{a['ctx_t']}</p>
<h2>{a['tasks']}</h2>{ul(TASKS[l], "ol")}
<h2>{a['comp']}</h2><p>{" – ".join(COMP[l])}</p>
<h2>{a['req']}</h2>{ul(ESS[l])}
<h2>{a['des']}</h2>{ul(DES[l])}
<h2>{a['ben']}</h2><p>{a['ben_t']}</p>
</section>""")
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REF} – {T['en']}</title></head><body>
<header><a href="/">IBE-UNESCO</a> <nav><a href="/en/about">About</a> <a href="/en/what-we-do">What we do</a> <a href="/en/jobs">Jobs</a> <a href="/fr/emplois">FR</a></nav></header>
<p><i>Home › Jobs › {REF}. La version française suit la version anglaise.</i></p>
{out[0]}
<hr><p><b>Version française</b></p>
{out[1]}
<footer>IBE-UNESCO · 15, route des Morillons · Geneva · Newsletter: next issue 5 November 2038</footer>
</body></html>
"""


def build():
    pdf_latex(KEY + "-vn", tex(), KEY)
    write(KEY + "-ibe.html", html(), KEY)
    expected(KEY, REF, ["en", "fr"], T, O, L, "2038-11-22", grade=GRADE,
             salary=(69347, None, None, "USD", "year"),
             req={l: (ESS[l], DES[l]) for l in ("en", "fr")},
             comp={l: [(c, "") for c in COMP[l]] for l in ("en", "fr")})
