from common import *

KEY = "unv-va-2038-05"
REF = "UNV/VA/2038/05"
T = {"en": "Regional Portfolio Manager", "fr": "Gestionnaire régional(e) de portefeuille"}
O = {"en": "United Nations Volunteers programme", "fr": "Programme des Volontaires des Nations Unies"}
L = {"en": "Dakar, Senegal", "fr": "Dakar (Sénégal)"}
GRADE = "P-4"
ESS = {
    "en": ["Advanced university degree in development studies, public administration, social sciences or a related field.",
           "At least seven years of progressively responsible experience in programme or portfolio management, including in West or Central Africa.",
           "Fluency in English and French."],
    "fr": ["Diplôme universitaire supérieur en études du développement, administration publique, sciences sociales ou dans un domaine apparenté.",
           "Au moins sept années d'expérience à des niveaux de responsabilité croissants dans la gestion de programmes ou de portefeuilles, dont une partie en Afrique de l'Ouest ou du Centre.",
           "Maîtrise de l'anglais et du français."],
}
DES = {
    "en": ["Experience in the management of volunteers or of youth engagement programmes.",
           "Knowledge of Portuguese or Wolof."],
    "fr": ["Expérience de la gestion de volontaires ou de programmes d'engagement des jeunes.",
           "Connaissance du portugais ou du wolof."],
}
COMP = {
    "en": [("Building partnerships", "Finds common ground with host agencies and governments and keeps them informed."),
           ("Results orientation", "Sets targets for the portfolio and reports honestly on progress."),
           ("Inclusion", "Makes sure that volunteers with disabilities and from all regions can take part.")],
    "fr": [("Création de partenariats", "Trouve un terrain d'entente avec les entités d'accueil et les gouvernements et les tient informés."),
           ("Orientation vers les résultats", "Fixe des objectifs au portefeuille et rend compte honnêtement des progrès."),
           ("Inclusion", "Veille à ce que les volontaires handicapés et de toutes les régions puissent participer.")],
}
DUTIES = {
    "en": ["Oversee the deployment of some 1,900 UN Volunteers hosted by partner entities in 23 countries.",
           "Agree annual targets with field units and monitor them through the regional dashboard.",
           "Negotiate new full-funding arrangements with host entities and donors.",
           "Manage the regional office's budget and a team of eleven staff."],
    "fr": ["Superviser le déploiement d'environ 1 900 Volontaires des Nations Unies accueillis par des entités partenaires dans 23 pays.",
           "Convenir d'objectifs annuels avec les unités de terrain et en assurer le suivi au moyen du tableau de bord régional.",
           "Négocier de nouveaux accords de financement intégral avec les entités d'accueil et les donateurs.",
           "Gérer le budget du bureau régional et une équipe de onze personnes."],
}
LAB = {
    "en": dict(banner="VACANCY ANNOUNCEMENT", va="Vacancy announcement", title="Post title", org="Organization",
               grade="Grade", ds="Duty station", issue="Date of issue", dl="Deadline for applications",
               dlv="22 April 2038", issuev="25 March 2038", ctx="Context", duties="Main duties",
               q="Qualifications", req="Required", des="Desirable", comp="Competencies", pay="Remuneration",
               payv="Net base salary of USD 88,506 per year, plus post adjustment (at present 39.8 per cent) and the other benefits of the United Nations common system.",
               ctxv="The {o} works with United Nations entities and national partners to place qualified volunteers where they are most needed. Its Regional Office for West and Central Africa in Dakar supports field units in 23 countries.",
               apply="Apply through the online portal. Interviews are planned for the second half of May 2038."),
    "fr": dict(banner="AVIS DE VACANCE DE POSTE", va="Avis de vacance", title="Intitulé du poste", org="Organisation",
               grade="Classe", ds="Lieu d'affectation", issue="Date de publication", dl="Date limite de dépôt des candidatures",
               dlv="22 avril 2038", issuev="25 mars 2038", ctx="Contexte", duties="Principales fonctions",
               q="Qualifications", req="Exigées", des="Souhaitables", comp="Compétences", pay="Rémunération",
               payv="Traitement net de base de 88 506 dollars des États-Unis par an, auquel s'ajoutent l'indemnité de poste (actuellement 39,8 %) et les autres prestations du régime commun des Nations Unies.",
               ctxv="Le {o} collabore avec les entités des Nations Unies et les partenaires nationaux pour affecter des volontaires qualifiés là où les besoins sont les plus grands. Son Bureau régional pour l'Afrique de l'Ouest et du Centre, à Dakar, appuie les unités de terrain de 23 pays.",
               apply="Postulez au moyen du portail en ligne. Les entretiens sont prévus dans la seconde quinzaine de mai 2038."),
}


def half(l):
    a = LAB[l]
    comp = "\n".join(f"<tr><td><b>{esc(n)}</b></td><td>{esc(d)}</td></tr>" for n, d in COMP[l])
    return f"""<section lang="{l}">
<p class="banner">{a['banner']}</p>
<h1>{esc(T[l])}</h1>
<table class="facts">
<tr><th>{a['va']}</th><td>{REF}</td></tr>
<tr><th>{a['title']}</th><td>{esc(T[l])}</td></tr>
<tr><th>{a['org']}</th><td>{esc(O[l])}</td></tr>
<tr><th>{a['grade']}</th><td>{GRADE}</td></tr>
<tr><th>{a['ds']}</th><td>{esc(L[l])}</td></tr>
<tr><th>{a['issue']}</th><td>{a['issuev']}</td></tr>
<tr><th>{a['dl']}</th><td>{a['dlv']}</td></tr>
</table>
<h2>{a['ctx']}</h2>
<p>{esc(a['ctxv'].format(o=O[l]))}</p>
<h2>{a['duties']}</h2>
{ul(DUTIES[l])}
<h2>{a['q']}</h2>
<h3>{a['req']}</h3>
{ul(ESS[l])}
<h3>{a['des']}</h3>
{ul(DES[l])}
<h2>{a['comp']}</h2>
<table class="comp">
{comp}
</table>
<h2>{a['pay']}</h2>
<p>{esc(a['payv'])}</p>
<p>{esc(a['apply'])}</p>
</section>"""


def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF} – {T['en']} / {T['fr']}</title>
<style>
@page {{ size: A4; margin: 18mm; @bottom-right {{ content: "{REF} – " counter(page); font-size: 8pt }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt }}
nav {{ background: #0080c6; color: #fff; padding: 5px 10px }}
.banner {{ letter-spacing: 3px; font-weight: bold; color: #0080c6; border-bottom: 2px solid #0080c6 }}
h1 {{ font-size: 14pt }} h2 {{ font-size: 11pt; margin-bottom: 2px }} h3 {{ font-size: 10pt; font-style: italic; margin: 4px 0 }}
table {{ border-collapse: collapse; width: 100% }} th, td {{ border: 1px solid #999; padding: 3px 6px; text-align: left; vertical-align: top }}
th {{ width: 35%; background: #eef5fb }} table.comp td:first-child {{ width: 30% }}
hr {{ page-break-after: always; border: 0 }}
</style></head><body>
<nav>UNV · Volunteer · Partner · Careers · News · English | Français</nav>
{half('en')}
<hr>
<p><b>Version française</b></p>
{half('fr')}
<footer><small>United Nations Volunteers (UNV) programme · Regional Office for West and Central Africa · Dakar</small></footer>
</body></html>
"""
    write(KEY + "-unv.html", html, KEY)
    src(KEY + "-unv-print.html", html)
    weasyprint(KEY + "-unv-print.html", KEY + "-unv.weasyprint.pdf", KEY)

    expected(KEY, REF, ["en", "fr"], T, O, L, "2038-04-22", grade=GRADE,
             salary=(88506, None, None, "USD", "year"),
             requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
             competencies=COMP)
