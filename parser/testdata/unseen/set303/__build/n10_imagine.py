from common import *
KEY = "ic-2043-03"
REF = "IC-2043-03"
T_FR = "Gestionnaire, recherche et politiques publiques"
T_EN = "Manager, Research and Public Policy"
O = "Imagine Canada"
L_FR = "Toronto (Ontario)"
L_EN = "Toronto, Ontario"
S_FR = "37,5 heures par semaine"
S_EN = "37.5 hours per week"
E_FR = ["Maîtrise en politiques publiques, en sciences sociales ou dans un domaine connexe",
        "Au moins six ans d'expérience en recherche appliquée ou en analyse de politiques",
        "Expérience de la gestion de projets de recherche menés avec des partenaires",
        "Excellente maîtrise du français et de l'anglais, à l'oral et à l'écrit"]
D_FR = ["Connaissance du secteur caritatif et sans but lucratif au Canada",
        "Expérience de l'analyse de données d'enquêtes nationales"]
C_FR = [("Rigueur analytique", "vous appuyez chaque recommandation sur des données solides"),
        ("Sens politique", "vous savez présenter une position devant des élus et des fonctionnaires"),
        ("Leadership bienveillant", "vous faites grandir une petite équipe de recherche")]
E_EN = ["Master's degree in public policy, social sciences or a related field",
        "At least six years of experience in applied research or policy analysis",
        "Experience managing research projects carried out with partners",
        "Excellent command of French and English, spoken and written"]
D_EN = ["Knowledge of the charitable and non-profit sector in Canada",
        "Experience analyzing data from national surveys"]
C_EN = [("Analytical rigour", "you ground every recommendation in solid evidence"),
        ("Political acumen", "you can present a position to elected officials and public servants"),
        ("Supportive leadership", "you help a small research team grow")]
M_FR = ["diriger le programme de recherche sur la santé financière des organismes de bienfaisance",
        "rédiger des mémoires et des analyses à l'intention des gouvernements fédéral et provinciaux",
        "représenter l'organisme auprès des comités parlementaires et des partenaires",
        "superviser deux analystes et les stagiaires de recherche"]
M_EN = ["lead the research program on the financial health of charities",
        "write briefs and analyses for federal and provincial governments",
        "represent the organization before parliamentary committees and partners",
        "supervise two analysts and research interns"]

MAIL = f"""De :	Hélène Marchand-Ruiz <hmarchand@reseau-philanthropie.example>
Objet :	Tr : Offre d'emploi / Job posting – {T_FR} / {T_EN}
Date :	6 janvier 2043 à 09:14:27 UTC−5
À :	liste-membres@reseau-philanthropie.example

Bonjour à toutes et à tous,

Je relaie avec plaisir cette offre de nos collègues d'{O}. N'hésitez pas à la faire circuler. Notre prochaine rencontre des membres aura lieu le 11 février 2043.

Hélène

Début du message réexpédié :

De : Ressources humaines <rh@imaginecanada.example>
Objet : Offre d'emploi / Job posting – {REF}
Date : 5 janvier 2043 à 16:02:10 UTC−5
À : Hélène Marchand-Ruiz <hmarchand@reseau-philanthropie.example>

(English version follows)

**********************************************
OFFRE D'EMPLOI – {O.upper()}
**********************************************

Poste : {T_FR}
Référence : {REF}
Organisme : {O}
Lieu : {L_FR} – mode hybride, deux jours par semaine au bureau
Horaire : {S_FR}
Salaire : de 83 700 $ à 95 900 $ par année, plus avantages sociaux
Entrée en fonction : 6 avril 2043
Date limite : 29 janvier 2043, 17 h (HNE)

À PROPOS DU POSTE
Relevant de la vice-présidence, recherche et politiques, la ou le titulaire aura pour rôle de :
""" + "\n".join("  - " + m for m in M_FR) + """

EXIGENCES
""" + "\n".join("  - " + e for e in E_FR) + """

ATOUTS
""" + "\n".join("  - " + d for d in D_FR) + """

COMPÉTENCES RECHERCHÉES
""" + "\n".join(f"  - {n} : {d}" for n, d in C_FR) + f"""

Pour postuler, envoyez votre CV et une lettre de présentation à rh@imaginecanada.example en indiquant la référence {REF}. Les entrevues se tiendront durant la semaine du 9 février 2043.

- - - - - - - - - - - - - - - - - - - - - - -

**********************************************
JOB POSTING – {O.upper()}
**********************************************

Position: {T_EN}
Reference: {REF}
Organization: {O}
Location: {L_EN} – hybrid, two days a week in the office
Hours: {S_EN}
Salary: $83,700 to $95,900 per year, plus benefits
Start date: April 6, 2043
Deadline: January 29, 2043, 5 p.m. (EST)

ABOUT THE ROLE
Reporting to the Vice-President, Research and Policy, the incumbent will:
""" + "\n".join("  - " + m for m in M_EN) + """

REQUIREMENTS
""" + "\n".join("  - " + e for e in E_EN) + """

ASSETS
""" + "\n".join("  - " + d for d in D_EN) + """

WHAT WE ARE LOOKING FOR
""" + "\n".join(f"  - {n}: {d}" for n, d in C_EN) + f"""

To apply, send your resume and a cover letter to rh@imaginecanada.example, quoting reference {REF}. Interviews will take place during the week of February 9, 2043.

--
Vous recevez ce courriel parce que vous êtes membre de la liste du Réseau philanthropie. Se désabonner : https://reseau-philanthropie.example/desabonnement
"""

def li(items):
    return "\n".join(f"<li>{i}</li>" for i in items)

def half(lang, title, loc, sched, sal, dl, miss, ess, des, comp, labels):
    L = labels
    return f"""<section lang="{lang}" class="half">
<div class="band">{O}</div>
<p class="kicker">{L['kick']}</p>
<h1>{title}</h1>
<dl>
<dt>{L['ref']}</dt><dd>{REF}</dd>
<dt>{L['org']}</dt><dd>{O}</dd>
<dt>{L['loc']}</dt><dd>{loc}</dd>
<dt>{L['hrs']}</dt><dd>{sched}</dd>
<dt>{L['sal']}</dt><dd>{sal}</dd>
<dt>{L['dl']}</dt><dd>{dl}</dd>
</dl>
<h2>{L['role']}</h2>
<ul>{li(miss)}</ul>
<h2>{L['req']}</h2>
<ol>{li(ess)}</ol>
<h2>{L['ass']}</h2>
<ul>{li(des)}</ul>
<h2>{L['comp']}</h2>
{"".join(f'<p><b>{n}</b> — {d}</p>' for n, d in comp)}
<p class="apply">{L['apply']}</p>
</section>"""

HTML = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{REF} – {T_FR} / {T_EN}</title>
<style>
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10.5pt; margin: 0 }}
.half {{ padding: 0 36px }} .half + .half {{ page-break-before: always }}
.band {{ background: #00606e; color: #fff; font-weight: bold; padding: 10px 36px; margin: 0 -36px }}
.kicker {{ letter-spacing: 2px; color: #00606e; font-size: 9pt }}
h1 {{ font-size: 17pt }} h2 {{ font-size: 12pt; color: #00606e; border-bottom: 1px solid #00606e }}
dl {{ display: grid; grid-template-columns: 9em auto; gap: 2px 12px }} dt {{ font-weight: bold }} dd {{ margin: 0 }}
</style></head><body>
""" + half("fr", T_FR, L_FR, S_FR, "de 83 700 $ à 95 900 $ par année", "29 janvier 2043, 17 h (HNE)",
           [m[0].upper() + m[1:] for m in M_FR], E_FR, D_FR, C_FR,
           dict(kick="OFFRE D'EMPLOI", ref="Référence", org="Organisme", loc="Lieu", hrs="Horaire", sal="Salaire",
                dl="Date limite", role="Le poste", req="Exigences", ass="Atouts", comp="Compétences recherchées",
                apply="CV et lettre à rh@imaginecanada.example. Entrevues : semaine du 9 février 2043.")) + \
       half("en", T_EN, L_EN, S_EN, "$83,700 to $95,900 per year", "January 29, 2043, 5 p.m. (EST)",
           [m[0].upper() + m[1:] for m in M_EN], E_EN, D_EN, C_EN,
           dict(kick="JOB POSTING", ref="Reference", org="Organization", loc="Location", hrs="Hours", sal="Salary",
                dl="Deadline", role="The role", req="Requirements", ass="Assets", comp="What we are looking for",
                apply="Resume and cover letter to rh@imaginecanada.example. Interviews: week of February 9, 2043.")) + """
</body></html>
"""

def build():
    write(KEY + "-courriel.txt", MAIL, KEY)
    write(KEY + "-posting.html", HTML, KEY)
    chromium(KEY + "-posting.html", KEY)
    expected(KEY, REF, ["fr", "en"], {"fr": T_FR, "en": T_EN}, O, {"fr": L_FR, "en": L_EN}, {"fr": S_FR, "en": S_EN},
             "2043-01-29", (None, 83700, 95900, "CAD", "year"),
             requirements={"fr": (E_FR, D_FR), "en": (E_EN, D_EN)}, competencies={"fr": C_FR, "en": C_EN})
