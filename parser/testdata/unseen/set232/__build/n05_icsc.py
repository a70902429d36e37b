"""ICSC (New York), P-3, English then French web page, printed with Chromium."""
from common import write, chromium, expected, comps, nowrap

KEY = "icsc-va-2037-01"
REF = "ICSC/VA/2037/01"
T = {"en": "Policy Officer (Conditions of Service in the Field)",
     "fr": "Spécialiste des politiques (conditions d'emploi sur le terrain)"}
ORG = {"en": "International Civil Service Commission", "fr": "Commission de la fonction publique internationale"}
LOC = {"en": "New York, United States of America", "fr": "New York (États-Unis d'Amérique)"}
REQ = {
    "en": {"essential": [
        "Advanced university degree in economics, statistics, public administration, human resources management or a related field.",
        "At least five years of experience in the analysis of pay, allowances or conditions of service, including work with survey data.",
        "Excellent command of spreadsheet and statistical software.",
        "Fluency in English or French.",
    ], "desirable": [
        "Field experience in a United Nations common system organization at a hardship duty station.",
        "Working knowledge of the other working language of the Commission.",
    ]},
    "fr": {"essential": [
        "Diplôme universitaire supérieur en économie, statistique, administration publique, gestion des ressources humaines ou dans un domaine apparenté.",
        "Au moins cinq années d'expérience dans l'analyse des rémunérations, des indemnités ou des conditions d'emploi, y compris le traitement de données d'enquête.",
        "Excellente maîtrise des tableurs et des logiciels de statistique.",
        "Maîtrise de l'anglais ou du français.",
    ], "desirable": [
        "Expérience sur le terrain dans une organisation appliquant le régime commun des Nations Unies, dans un lieu d'affectation difficile.",
        "Connaissance pratique de l'autre langue de travail de la Commission.",
    ]},
}
COMPS = {
    "en": [("Professionalism", "Knows the methodologies used to set allowances and benefits; checks data carefully and explains results in plain terms."),
           ("Planning and Organizing", "Organizes surveys and data collection so that documents reach the Commission's sessions on time."),
           ("Client Orientation", "Responds to questions from organizations and staff federations promptly and with tact.")],
    "fr": [("Professionnalisme", "Connaît les méthodes de fixation des indemnités et prestations ; vérifie soigneusement les données et explique les résultats en termes simples."),
           ("Aptitude à planifier et à organiser", "Organise les enquêtes et la collecte des données de sorte que les documents parviennent à temps aux sessions de la Commission."),
           ("Souci du client", "Répond aux questions des organisations et des fédérations du personnel avec rapidité et tact.")],
}
DUTIES = {
    "en": ["Collects and analyses data on hardship, mobility and security conditions at field duty stations",
           "Prepares the hardship classification reviews and drafts the related documents for the Commission",
           "Maintains the databases of allowances and answers requests from organizations of the common system",
           "Takes part in missions to duty stations and in meetings of the Commission's working groups"],
    "fr": ["Recueille et analyse des données sur les conditions de vie, la mobilité et la sécurité dans les lieux d'affectation hors siège",
           "Prépare les examens du classement des lieux d'affectation difficiles et rédige les documents correspondants pour la Commission",
           "Tient à jour les bases de données des indemnités et répond aux demandes des organisations du régime commun",
           "Participe à des missions dans les lieux d'affectation et aux réunions des groupes de travail de la Commission"],
}


def half(l):
    lab = {"en": dict(banner="VACANCY ANNOUNCEMENT", va="Vacancy announcement", pt="Post title", org="Organization",
                      unit="Unit", grade="Grade", ds="Duty station", app="Type of appointment",
                      appv="Fixed-term, two years", issue="Date of issue", issuev="13 January 2037",
                      dl="Closing date", dlv="12 February 2037",
                      intro="The Commission regulates and coordinates the conditions of service of staff in the United Nations common system. The Cost-of-Living and Field Conditions Section supports its work on allowances for staff serving away from headquarters.",
                      duties="Duties and responsibilities", qual="Minimum qualifications",
                      asset="Additional qualifications that would be an asset", comp="Competencies",
                      rem="Remuneration",
                      remv="The annual net base salary at step I is USD 81,693, to which a post adjustment of 94.2 per cent currently applies.",
                      after="Interviews of short-listed candidates are planned for the week of 15 March 2037."),
           "fr": dict(banner="AVIS DE VACANCE DE POSTE", va="Avis de vacance", pt="Intitulé du poste", org="Organisation",
                      unit="Unité", grade="Classe", ds="Lieu d'affectation", app="Type d'engagement",
                      appv="Engagement de durée déterminée, deux ans", issue="Date de publication", issuev="13 janvier 2037",
                      dl="Date de clôture", dlv="12 février 2037",
                      intro="La Commission réglemente et coordonne les conditions d'emploi du personnel du régime commun des Nations Unies. La Section du coût de la vie et des conditions de vie hors siège appuie ses travaux sur les indemnités des fonctionnaires en poste hors siège.",
                      duties="Fonctions et responsabilités", qual="Qualifications minimales",
                      asset="Qualifications supplémentaires constituant un atout", comp="Compétences",
                      rem="Rémunération",
                      remv="Le traitement annuel net de base à l'échelon I est de 81 693 dollars des États-Unis, auquel s'applique actuellement une indemnité de poste de 94,2 %.",
                      after="Les entretiens avec les candidats présélectionnés sont prévus pour la semaine du 15 mars 2037.")}[l]
    unit = {"en": "Cost-of-Living and Field Conditions Section", "fr": "Section du coût de la vie et des conditions de vie hors siège"}[l]
    rows = [(lab["va"], REF), (lab["pt"], T[l]), (lab["org"], ORG[l]), (lab["unit"], unit), (lab["grade"], "P-3"),
            (lab["ds"], LOC[l]), (lab["app"], lab["appv"]), (lab["issue"], lab["issuev"]), (lab["dl"], lab["dlv"])]
    facts = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    duties = "".join(f"<li>{d}</li>" for d in DUTIES[l])
    ess = "".join(f"<li>{x}</li>" for x in REQ[l]["essential"])
    des = "".join(f"<li>{x}</li>" for x in REQ[l]["desirable"])
    comp = "".join(f"<tr><td class='n'>{n}</td><td>{d}</td></tr>" for n, d in COMPS[l])
    return f"""<section lang="{l}">
<p class="banner">{lab['banner']}</p>
<h1>{T[l]}</h1>
<table class="facts">{facts}</table>
<p>{lab['intro']}</p>
<h2>{lab['duties']}</h2><ul>{duties}</ul>
<h2>{lab['qual']}</h2><ul>{ess}</ul>
<h2>{lab['asset']}</h2><ul>{des}</ul>
<h2>{lab['comp']}</h2><table class="comp">{comp}</table>
<h2>{lab['rem']}</h2><p>{lab['remv']}</p>
<p>{lab['after']}</p>
</section>"""


def html():
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ICSC – {REF}</title>
<style>body{{font-family:"Liberation Serif",serif;font-size:10.5pt;margin:24px 36px}}
.banner{{letter-spacing:3px;font-weight:bold;color:#2b4c7e}} table.facts th{{text-align:left;width:170px;vertical-align:top}}
table.facts td,table.facts th{{border:1px solid #999;padding:3px 6px}} table.facts{{border-collapse:collapse}}
table.comp td{{vertical-align:top;padding:3px 6px}} td.n{{font-weight:bold;width:150px}}
nav a{{margin-right:12px}} hr{{margin:26px 0}}</style></head>
<body>
<nav><a href="#">ICSC</a><a href="#">About</a><a href="#">Sessions</a><a href="#">Salaries and allowances</a><a href="#">Vacancies</a><a href="#">Français</a></nav>
<p><small>Home › Vacancies › {REF}</small></p>
{half('en')}
<hr><p><b>Version française</b></p>
{half('fr')}
<p><small>Applications in English or French, with a completed personal history form, must be submitted through the
United Nations Careers portal. / Les candidatures, en anglais ou en français, doivent être soumises sur le portail
Carrières de l'ONU.</small></p>
</body></html>
"""


def build():
    write(KEY + "-icsc.html", nowrap(html()), KEY)
    chromium(KEY + "-icsc.html", KEY)
    expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=ORG, location=LOC,
             deadline="2037-02-12", salary=(81693, None, None, "USD", "year"), grade="P-3",
             requirements=REQ, competencies={l: comps(COMPS[l]) for l in ("en", "fr")})
