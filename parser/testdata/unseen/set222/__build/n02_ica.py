from common import *

KEY = "ica-2036-02"
D = dict(
    reference="ICA-2036-02", post_number=None, languages=["en", "fr"],
    title=both("Programme Officer – Training and Professional Development",
               "Chargé(e) de programme – Formation et développement professionnel"),
    organisation=both("International Council on Archives", "Conseil international des Archives"),
    location=both("Paris, France", "Paris, France"),
    schedule=both("Full-time (35 hours per week)", "Temps plein (35 heures par semaine)"),
    deadline="2036-04-02",
    salary=sal(mn=43150, mx=48350, cur="EUR", period="year"),
    grade=None, clearance=None,
)
ESS_EN = [
    "A master's degree in archival science, records management, information science or a related discipline.",
    "At least four years of experience designing or delivering training programmes for professionals, preferably in an international setting.",
    "Proven experience managing budgets, grants and external trainers.",
    "Excellent written and spoken English and French.",
    "Good command of online learning platforms (Moodle or equivalent).",
]
DES_EN = [
    "Experience with an archival association or a national archives service.",
    "Knowledge of Spanish or Arabic.",
    "Familiarity with digital preservation standards such as OAIS.",
]
ESS_FR = [
    "Master en archivistique, en gestion de l'information documentaire, en sciences de l'information ou dans une discipline voisine.",
    "Au moins quatre ans d'expérience dans la conception ou l'animation de programmes de formation pour des professionnels, de préférence dans un cadre international.",
    "Expérience avérée de la gestion de budgets, de subventions et de formateurs externes.",
    "Excellente maîtrise de l'anglais et du français, à l'écrit comme à l'oral.",
    "Bonne maîtrise des plateformes d'apprentissage en ligne (Moodle ou équivalent).",
]
DES_FR = [
    "Expérience au sein d'une association d'archivistes ou d'un service national d'archives.",
    "Connaissance de l'espagnol ou de l'arabe.",
    "Connaissance des normes de préservation numérique telles que l'OAIS.",
]
C_EN = [
    ("Planning and organising", "sets clear priorities and delivers activities on time and within budget"),
    ("Communication", "writes and speaks clearly for audiences of different cultures and professions"),
    ("Teamwork", "works constructively with volunteers, members and a small secretariat"),
]
C_FR = [
    ("Planification et organisation", "fixe des priorités claires et mène les activités dans les délais et le budget"),
    ("Communication", "s'exprime clairement à l'écrit et à l'oral devant des publics de cultures et de métiers différents"),
    ("Travail en équipe", "collabore de manière constructive avec les bénévoles, les membres et un petit secrétariat"),
]
D["requirements"] = both(req(ESS_EN, DES_EN), req(ESS_FR, DES_FR))
D["competencies"] = both(comps(C_EN), comps(C_FR))

DUT_EN = [
    "Plan and run the Council's annual training calendar, including webinars, summer schools and regional workshops.",
    "Coordinate the volunteer experts who design course content and review learning materials.",
    "Manage the training budget and prepare reports for funding partners.",
    "Maintain the online learning platform and the register of participants.",
    "Support the Programme Commission in selecting projects for the professional development fund.",
]
DUT_FR = [
    "Planifier et mettre en œuvre le calendrier annuel de formation du Conseil : webinaires, écoles d'été et ateliers régionaux.",
    "Coordonner les experts bénévoles qui conçoivent les contenus et relisent les supports pédagogiques.",
    "Gérer le budget de formation et préparer les rapports destinés aux partenaires financiers.",
    "Administrer la plateforme d'apprentissage en ligne et le registre des participants.",
    "Appuyer la Commission du programme dans la sélection des projets du fonds de développement professionnel.",
]


def facts(lang):
    if lang == "en":
        rows = [("Reference", D["reference"]), ("Organisation", D["organisation"]["en"]),
                ("Department", "Programme and Training"), ("Duty station", D["location"]["en"]),
                ("Contract", "Fixed-term, two years, renewable"), ("Working hours", D["schedule"]["en"]),
                ("Salary", "EUR 43,150 – 48,350 gross per year, depending on experience"),
                ("Start date", "1 June 2036"), ("Closing date", "Thursday 2 April 2036, 12:00 noon (Paris time)")]
    else:
        rows = [("Référence", D["reference"]), ("Organisation", D["organisation"]["fr"]),
                ("Service", "Programme et formation"), ("Lieu d'affectation", D["location"]["fr"]),
                ("Contrat", "CDD de deux ans, renouvelable"), ("Temps de travail", D["schedule"]["fr"]),
                ("Rémunération", "de 43 150 € à 48 350 € bruts par an, selon expérience"),
                ("Prise de fonctions", "1er juin 2036"), ("Date limite", "jeudi 2 avril 2036, 12 h (heure de Paris)")]
    return "<table class='facts'>" + "".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in rows) + "</table>"


def comp_html(cs):
    return "<ul>" + "".join("<li><b>%s:</b> %s</li>" % c for c in cs) + "</ul>"


def comp_html_fr(cs):
    return "<ul>" + "".join("<li><b>%s :</b> %s</li>" % c for c in cs) + "</ul>"


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{D['title']['en']} | ICA</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; margin: 0 1.5cm; color: #222; }}
.top {{ font-size: 8.5pt; border-bottom: 1px solid #999; padding: 4px 0; }}
nav {{ font-size: 9pt; margin: 6px 0; }}
.crumbs {{ font-size: 8.5pt; color: #555; }}
h1 {{ font-size: 16pt; color: #5a2a27; margin: .4em 0; }}
h2 {{ font-size: 12pt; color: #5a2a27; border-bottom: 1px solid #ccc; }}
table.facts th {{ text-align: left; padding-right: 1em; vertical-align: top; width: 30%; }}
table.facts {{ border-collapse: collapse; margin: .5em 0; }}
table.facts td, table.facts th {{ border-bottom: 1px dotted #bbb; padding: 3px 6px 3px 0; }}
.lang {{ page-break-before: always; }}
footer {{ font-size: 8pt; color: #666; border-top: 1px solid #999; margin-top: 2em; }}
</style></head><body>
<div class="top">Cookies: we use only technical cookies on this site. <a href="#">OK</a> · <a href="#fr">Français</a></div>
<nav>Home · About ICA · Membership · Programmes · Resources · Events · Vacancies · Contact</nav>
<div class="crumbs">Home › About ICA › Vacancies › {D['reference']}</div>
<article>
<h1>{D['title']['en']}</h1>
<p><i>Published 6 March 2036</i></p>
{facts('en')}
<h2>About the Council</h2>
<p>The {D['organisation']['en']} (ICA) is a non-governmental organisation that brings together national archives, professional associations and individual archivists from some 200 countries and territories. Its small secretariat, based in the Marais district of Paris, supports members, runs professional programmes and represents the archival community in international forums. English and French are the Council's working languages.</p>
<h2>The role</h2>
<p>Reporting to the Deputy Secretary General, the Programme Officer leads the day-to-day delivery of the Council's training offer. The main duties are to:</p>
<ul>{li(DUT_EN)}</ul>
<h2>Essential requirements</h2>
<ul>{li(ESS_EN)}</ul>
<h2>Desirable</h2>
<ul>{li(DES_EN)}</ul>
<h2>Competencies</h2>
{comp_html(C_EN)}
<h2>What we offer</h2>
<p>A two-year fixed-term contract under French law, renewable, with a salary between EUR 43,150 and EUR 48,350 gross per year, depending on experience, meal vouchers, 50% of public-transport costs and up to two days of remote work per week. Occasional travel to the Council's annual conference and regional events is expected.</p>
<h2>How to apply</h2>
<p>Send a CV and a cover letter (in English or French) to recruitment@ica-archives.example, quoting {D['reference']}, by Thursday 2 April 2036, 12:00 noon (Paris time). Interviews with shortlisted candidates will take place in Paris or online during the week of 20 April 2036. Only shortlisted candidates will be contacted.</p>
</article>
<article class="lang" id="fr" lang="fr">
<p class="crumbs">Accueil › À propos › Offres d'emploi › {D['reference']}</p>
<h1>{D['title']['fr']}</h1>
<p><i>Publié le 6 mars 2036</i></p>
{facts('fr')}
<h2>Le Conseil</h2>
<p>Le {D['organisation']['fr']} (ICA) est une organisation non gouvernementale qui réunit des services nationaux d'archives, des associations professionnelles et des archivistes de quelque 200 pays et territoires. Son secrétariat, installé à Paris, accompagne les membres, mène des programmes professionnels et représente la communauté archivistique dans les enceintes internationales. L'anglais et le français sont ses langues de travail.</p>
<h2>Le poste</h2>
<p>Placé(e) sous l'autorité du Secrétaire général adjoint, le ou la chargé(e) de programme assure la mise en œuvre quotidienne de l'offre de formation du Conseil. Ses principales missions sont les suivantes :</p>
<ul>{li(DUT_FR)}</ul>
<h2>Exigences</h2>
<ul>{li(ESS_FR)}</ul>
<h2>Atouts</h2>
<ul>{li(DES_FR)}</ul>
<h2>Compétences</h2>
{comp_html_fr(C_FR)}
<h2>Ce que nous offrons</h2>
<p>Un CDD de droit français de deux ans, renouvelable, une rémunération comprise entre 43 150 € et 48 350 € bruts par an selon l'expérience, des titres-restaurant, la prise en charge de 50 % des frais de transport en commun et jusqu'à deux jours de télétravail par semaine.</p>
<h2>Candidater</h2>
<p>Envoyez un CV et une lettre de motivation (en français ou en anglais) à recruitment@ica-archives.example en indiquant la référence {D['reference']}, au plus tard le jeudi 2 avril 2036 à 12 h (heure de Paris). Les entretiens auront lieu à Paris ou en ligne au cours de la semaine du 20 avril 2036.</p>
</article>
<footer>Other vacancies: Intern – Communications (closes 15 March 2036) · Bénévole – Comité des jeunes professionnels (date limite 30 mars 2036)<br>© 2036 ICA · Paris · Legal notice · Privacy</footer>
</body></html>
"""


def build():
    write(KEY + "-ica.html", html())
    row(KEY + "-ica.html", KEY, "html")
    pdf = os.path.join(ROOT, KEY + "-ica.chromium.pdf")
    chromium(os.path.join(ROOT, KEY + "-ica.html"), pdf)
    txt = dump(pdf)
    row(os.path.basename(pdf), KEY, "pdf")
    row(os.path.basename(txt), KEY, "txt")
    expected(KEY, D)
