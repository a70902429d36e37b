from common import *

REF = "IDEP-HR-2039-04"
KEY = "idep-hr-2039-04"
T = {"en": "Training Officer (Public Investment Planning)",
     "fr": "Chargé(e) de formation (planification des investissements publics)"}
O = {"en": "African Institute for Economic Development and Planning",
     "fr": "Institut africain de développement économique et de planification"}
L = {"en": "Dakar, Senegal", "fr": "Dakar (Sénégal)"}
GRADE = "P-3"
ESS = {"en": ["Advanced university degree (Master's or equivalent) in economics, public policy, development planning or a related field.",
              "At least five years of progressively responsible experience in development planning, public investment management or training of public officials.",
              "Experience in designing online and face-to-face courses for adult learners.",
              "Fluency in English or French, with a working knowledge of the other."],
       "fr": ["Diplôme universitaire supérieur (master ou équivalent) en économie, en politiques publiques, en planification du développement ou dans un domaine apparenté.",
              "Au moins cinq années d'expérience à des responsabilités croissantes en planification du développement, en gestion des investissements publics ou en formation de fonctionnaires.",
              "Expérience de la conception de cours en ligne et en présentiel destinés à des adultes.",
              "Maîtrise de l'anglais ou du français et connaissance pratique de l'autre langue."]}
DES = {"en": ["Experience with a ministry of finance or planning in Africa.",
              "Knowledge of Portuguese or Arabic."],
       "fr": ["Expérience au sein d'un ministère des finances ou du plan en Afrique.",
              "Connaissance du portugais ou de l'arabe."]}
COMP = {"en": [("Professionalism", "Masters the methods of project appraisal and shows pride in delivering training of high quality; remains calm under pressure."),
               ("Client orientation", "Treats the ministries and participants the Institute serves as clients; identifies their needs and matches them to appropriate solutions."),
               ("Planning and organizing", "Develops clear goals for each course, sets priorities and allocates time and resources efficiently.")],
        "fr": [("Professionnalisme", "Maîtrise les méthodes d'évaluation des projets et s'attache à offrir des formations de grande qualité ; garde son calme sous la pression."),
               ("Souci du client", "Considère les ministères et les participants que sert l'Institut comme des clients ; cerne leurs besoins et y apporte des réponses adaptées."),
               ("Aptitude à planifier et à organiser", "Fixe des objectifs clairs pour chaque cours, établit les priorités et répartit le temps et les ressources de façon efficace.")]}
DUTIES = {"en": ["Design and deliver short courses on public investment planning, project appraisal and monitoring;",
                 "Coordinate the online learning platform and course evaluations;",
                 "Prepare training manuals, case studies and policy notes;",
                 "Maintain partnerships with universities and national planning schools."],
          "fr": ["Concevoir et dispenser des cours de courte durée sur la planification des investissements publics, l'évaluation et le suivi des projets ;",
                 "Coordonner la plateforme d'apprentissage en ligne et l'évaluation des cours ;",
                 "Préparer des manuels de formation, des études de cas et des notes d'orientation ;",
                 "Entretenir les partenariats avec les universités et les écoles nationales de planification."]}
INTRO = {"en": "The Institute is a subsidiary body of the United Nations Economic Commission for Africa. It trains African officials in economic management and development planning. The Training Officer works in the Training and Capacity Development Division and reports to the Chief of the Division.",
         "fr": "L'Institut est un organe subsidiaire de la Commission économique des Nations Unies pour l'Afrique. Il forme les fonctionnaires africains à la gestion économique et à la planification du développement. Le ou la titulaire travaille à la Division de la formation et du renforcement des capacités et relève du ou de la Chef(fe) de la Division."}
LAB = {"en": {"vn": "Vacancy notice", "title": "Post title", "org": "Organization", "grade": "Grade", "ds": "Duty station",
              "issue": "Date of issue", "issue_v": "20 May 2039", "dl": "Deadline for applications", "dl_v": "21 June 2039",
              "ctx": "Context", "dut": "Duties and responsibilities", "comp": "Competencies", "q": "Qualifications",
              "req": "Required", "des": "Desirable", "rem": "Remuneration",
              "rem_t": "The annual net base salary is USD 67,552, plus a post adjustment (currently 48.9 per cent) that is not pensionable.",
              "banner": "VACANCY NOTICE"},
       "fr": {"vn": "Avis de vacance", "title": "Intitulé du poste", "org": "Organisation", "grade": "Classe", "ds": "Lieu d'affectation",
              "issue": "Date de publication", "issue_v": "20 mai 2039", "dl": "Date limite de dépôt des candidatures", "dl_v": "21 juin 2039",
              "ctx": "Contexte", "dut": "Fonctions et responsabilités", "comp": "Compétences", "q": "Qualifications",
              "req": "Exigées", "des": "Souhaitées", "rem": "Rémunération",
              "rem_t": "Le traitement annuel net de base est de 67 552 dollars des États-Unis, auquel s'ajoute une indemnité de poste (actuellement 48,9 %) non soumise à retenue pour pension.",
              "banner": "AVIS DE VACANCE DE POSTE"}}


def half(l):
    b = LAB[l]
    rows = [(b["vn"], REF), (b["title"], T[l]), (b["org"], O[l]), (b["grade"], GRADE), (b["ds"], L[l]),
            (b["issue"], b["issue_v"]), (b["dl"], b["dl_v"])]
    t = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(c)) for a, c in rows)
    comp = "\n".join('<p class="cn"><b>%s</b></p>\n<p class="cd">%s</p>' % (esc(n), esc(d)) for n, d in COMP[l])
    return f"""<section lang="{l}">
<p class="banner">{b["banner"]}</p>
<h1>{esc(T[l])}</h1>
<table>
{t}
</table>
<h2>{b["ctx"]}</h2>
<p>{esc(INTRO[l])}</p>
<h2>{b["dut"]}</h2>
{ul(DUTIES[l])}
<h2>{b["comp"]}</h2>
{comp}
<h2>{b["q"]}</h2>
<p><i>{b["req"]}</i></p>
{ul(ESS[l])}
<p><i>{b["des"]}</i></p>
{ul(DES[l])}
<h2>{b["rem"]}</h2>
<p>{esc(b["rem_t"])}</p>
</section>"""


def page():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{REF} – IDEP</title>
<style>body{{font-family:"Liberation Sans",sans-serif;font-size:10pt;margin:18px 30px}}
.banner{{letter-spacing:3px;font-weight:bold;color:#00689d;border-bottom:2px solid #00689d}}
table{{border-collapse:collapse;width:100%}} th,td{{border:1px solid #aaa;padding:3px 6px;text-align:left;vertical-align:top}}
th{{width:34%;background:#eef5fa}} h1{{font-size:15pt}} h2{{font-size:11pt;color:#00689d}} .cn{{margin:6px 0 0}} .cd{{margin:0 0 6px 14px}}
.fr{{page-break-before:always}}</style></head><body>
<nav>IDEP · About · Training · Research · Careers · <a href="#">English</a> | <a href="#">Français</a></nav>
<p><small>Careers › Vacancies — the French version follows the English text / la version française suit le texte anglais.</small></p>
{half("en")}
<hr>
<div class="fr"><p><b>Version française</b></p>
{half("fr")}
</div>
<footer><small>IDEP, Rue 18 x Rue de Thiong, Dakar · Next newsletter: 1 July 2039</small></footer>
</body></html>
"""


def build():
    write(KEY + "-idep.html", page(), REF)
    chromium(KEY + "-idep.html", REF)
    expected(KEY, REF, ["en", "fr"], T, O, L, "2039-06-21", salary=(67552, "USD", "year"), grade=GRADE,
             req={l: (ESS[l], DES[l]) for l in ("en", "fr")}, comp=COMP)
