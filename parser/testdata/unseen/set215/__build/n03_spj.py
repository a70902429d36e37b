from common import *

KEY = "spj-2035-07"
REF = "SPJ-2035-07"
T = {"fr": "Directeur(trice) des travaux publics", "en": "Director of Public Works"}
O = {"fr": "Village de Saint-Pierre-Jolys", "en": "Village of St. Pierre-Jolys"}
L = {"fr": "Saint-Pierre-Jolys (Manitoba)", "en": "St. Pierre-Jolys, Manitoba"}
S = {"fr": "Temps plein, du lundi au vendredi", "en": "Full-time, Monday to Friday"}
SAL = {"fr": "de 76 840 $ à 89 315 $ par année, selon l'expérience", "en": "$76,840 to $89,315 per year, depending on experience"}
DL = {"fr": "vendredi 7 septembre 2035, 16 h 30", "en": "Friday, September 7, 2035, 4:30 p.m."}
ESS = {"fr": [
    "Diplôme collégial en génie civil, en technologie de l'environnement ou dans un domaine connexe",
    "Au moins cinq années d'expérience dans l'exploitation d'infrastructures municipales, dont deux à titre de superviseur",
    "Certificat d'opérateur de classe II en traitement et distribution de l'eau (Manitoba), ou capacité de l'obtenir dans les 18 mois",
    "Permis de conduire de classe 5 valide et bon dossier de conduite",
    "Bilinguisme français-anglais, à l'oral et à l'écrit",
], "en": [
    "College diploma in civil engineering, environmental technology or a related field",
    "At least five years of experience operating municipal infrastructure, including two as a supervisor",
    "Manitoba Class II water treatment and distribution operator certificate, or the ability to obtain it within 18 months",
    "Valid Class 5 driver's licence and a good driving record",
    "French-English bilingualism, spoken and written",
]}
DES = {"fr": [
    "Expérience de la gestion de projets d'immobilisations financés par des programmes provinciaux ou fédéraux",
    "Connaissance des systèmes d'information géographique (SIG)",
    "Certificat en santé et sécurité au travail",
], "en": [
    "Experience managing capital projects funded by provincial or federal programs",
    "Knowledge of geographic information systems (GIS)",
    "Occupational health and safety certificate",
]}
E = dict(reference=REF, post_number=None, languages=["fr", "en"], title=T, organisation=O, location=L,
         schedule=S, deadline="2035-09-07", salary=salary(None, 76840, 89315, "CAD", "year"),
         grade=None, clearance=None,
         requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("fr", "en")},
         competencies={"fr": [], "en": []})

TX = {
"fr": dict(
 kicker="OFFRE D'EMPLOI",
 intro=f"Situé à 45 minutes au sud de Winnipeg, le {O['fr']} est une communauté bilingue et dynamique d'environ 1 300 habitants, fière de son patrimoine francophone, de sa Cabane à sucre et de ses nombreux organismes communautaires. Le Conseil est à la recherche d'une personne d'expérience pour diriger son service des travaux publics.",
 labels=["Concours n°", "Employeur", "Lieu de travail", "Statut", "Horaire", "Salaire", "Date limite"],
 statut="Poste permanent, non syndiqué",
 h_duties="Responsabilités", duties=[
   "Planifier, diriger et évaluer les activités des travaux publics : voirie, déneigement, parcs, eau potable et eaux usées",
   "Superviser une équipe de quatre employés permanents et du personnel saisonnier",
   "Assurer la conformité des installations d'eau potable et de la lagune aux normes provinciales",
   "Préparer le budget de fonctionnement et le plan d'immobilisations du service",
   "Gérer les appels d'offres et surveiller les entrepreneurs lors des travaux",
   "Conseiller le Conseil et la direction générale sur les priorités d'infrastructure"],
 h_ess="Exigences", h_des="Atouts",
 h_offer="Ce que nous offrons",
 offer="Un régime de retraite (MEBP), une assurance collective, trois semaines de vacances dès la première année, un véhicule de service et un milieu de travail où l'on parle français au quotidien. Entrée en fonction prévue le 1er octobre 2035.",
 h_apply="Pour postuler",
 apply=f"Veuillez faire parvenir votre curriculum vitæ et une lettre de présentation, en indiquant le numéro de concours {REF}, à la directrice générale, au bureau municipal (506, rue Sabourin) ou par courriel à emplois@spj-village.example, au plus tard le {DL['fr']}. Les entrevues auront lieu la semaine du 17 septembre 2035. Nous remercions toutes les personnes qui postuleront ; seules les personnes retenues seront contactées."),
"en": dict(
 kicker="JOB POSTING",
 intro=f"Located 45 minutes south of Winnipeg, the {O['en']} is a vibrant bilingual community of about 1,300 residents, proud of its francophone heritage, its Sugar Shack and its many community organizations. Council is looking for an experienced person to lead its Public Works department.",
 labels=["Competition No.", "Employer", "Work location", "Status", "Hours", "Salary", "Deadline"],
 statut="Permanent position, non-union",
 h_duties="Responsibilities", duties=[
   "Plan, direct and evaluate public works activities: roads, snow clearing, parks, drinking water and wastewater",
   "Supervise a team of four permanent employees and seasonal staff",
   "Ensure that the water facilities and the lagoon comply with provincial standards",
   "Prepare the department's operating budget and capital plan",
   "Manage tenders and oversee contractors during construction",
   "Advise Council and the Chief Administrative Officer on infrastructure priorities"],
 h_ess="Requirements", h_des="Assets",
 h_offer="What we offer",
 offer="A pension plan (MEBP), group insurance, three weeks of vacation from the first year, a service vehicle and a workplace where French is spoken every day. Expected start date: October 1, 2035.",
 h_apply="How to apply",
 apply=f"Please send your résumé and a cover letter, quoting competition number {REF}, to the Chief Administrative Officer at the municipal office (506 Sabourin Street) or by e-mail to emplois@spj-village.example no later than {DL['en']}. Interviews will be held the week of September 17, 2035. We thank all applicants; only those selected will be contacted."),
}


def vals(l):
    return [REF, O[l], L[l], TX[l]["statut"], S[l], SAL[l], DL[l]]


def tex_esc(s):
    return s.replace("\\", "\\textbackslash{}").replace("$", "\\$").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("_", "\\_")


def tex_half(l):
    t = TX[l]
    rows = "\n".join(f"\\textbf{{{tex_esc(a)}}} & {tex_esc(b)} \\\\" for a, b in zip(t["labels"], vals(l)))
    it = lambda xs: "\\begin{itemize}\n" + "\n".join("\\item " + tex_esc(x) for x in xs) + "\n\\end{itemize}"
    return f"""\\begin{{center}}
{{\\small {tex_esc(O['fr'])} \\textbullet{{}} {tex_esc(O['en'])} \\textbullet{{}} 506, rue Sabourin, C.P. 320}}\\\\[8pt]
{{\\LARGE\\bfseries {t['kicker']}}}\\\\[4pt]
{{\\Large {tex_esc(T[l])}}}
\\end{{center}}
{tex_esc(t['intro'])}

\\medskip
\\begin{{tabular}}{{@{{}}p{{4.2cm}}p{{11cm}}@{{}}}}
{rows}
\\end{{tabular}}

\\section*{{{t['h_duties']}}}
{it(t['duties'])}
\\section*{{{t['h_ess']}}}
{it(ESS[l])}
\\section*{{{t['h_des']}}}
{it(DES[l])}
\\section*{{{t['h_offer']}}}
{tex_esc(t['offer'])}
\\section*{{{t['h_apply']}}}
{tex_esc(t['apply'])}
"""


def tex():
    return f"""\\documentclass[11pt]{{article}}
\\usepackage[utf8]{{inputenc}}
\\usepackage[T1]{{fontenc}}
\\usepackage{{lmodern}}
\\usepackage[margin=2cm]{{geometry}}
\\hyphenpenalty=10000 \\exhyphenpenalty=10000
\\raggedright
\\pagestyle{{empty}}
\\setlength{{\\parindent}}{{0pt}}
\\begin{{document}}
{tex_half('fr')}
\\newpage
{tex_half('en')}
\\end{{document}}
"""


def facebook():
    def half(l):
        t = TX[l]
        facts = "\n".join(f"▪️ {a} : {b}" if l == "fr" else f"▪️ {a}: {b}" for a, b in zip(t["labels"], vals(l)))
        d = "\n".join("🔹 " + x for x in t["duties"])
        e = "\n".join("✔️ " + x for x in ESS[l])
        a = "\n".join("➕ " + x for x in DES[l])
        return f"""📢 {t['kicker']} – {T[l]}

{t['intro']}

{facts}

{t['h_duties'].upper()}
{d}

{t['h_ess'].upper()}
{e}

{t['h_des'].upper()}
{a}

{t['h_offer'].upper()}
{t['offer']}

{t['h_apply'].upper()}
{t['apply']}"""
    return f"""Facebook
Rechercher sur Facebook
Accueil  Vidéo  Marketplace  Groupes

{O['fr']}
23 août, 10:12 · 🌐

{half('fr')}

🇬🇧 English follows / ⬇️

{half('en')}

#SaintPierreJolys #emploi #jobs #Manitoba

👍❤️ 47    12 commentaires    31 partages
J'aime   Commenter   Partager

Plus pertinents ▾
Rachelle Gauthier
Partagé dans le groupe Emplois Seine-Rat / Jobs in the Seine-Rat region 👍
2 sem  J'aime  Répondre
Denis Fillion
Est-ce qu'il y a une séance d'information ? / Is there an info session?
2 sem  J'aime  Répondre
    {O['fr']}
    Oui ! Portes ouvertes au garage municipal le jeudi 30 août 2035 de 17 h à 19 h. / Yes! Open house at the municipal garage on Thursday, August 30, 2035, 5–7 p.m.
    2 sem  J'aime  Répondre
Voir plus de commentaires
"""


def build():
    expected(KEY, E)
    src = build_src(KEY + "-spj.tex", tex())
    pdflatex(src, KEY + "-spj.pdflatex.pdf", KEY)
    write(KEY + "-facebook.txt", facebook(), KEY)
