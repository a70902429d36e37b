"""NAFO Secretariat (Dartmouth, NS), P-3, English then French: bilingual page (HTML) and its WeasyPrint PDF."""
from common import *

KEY = "nafo-vn-42-03"
REF = "NAFO/VN/42-03"
EN = dict(
    title="Fisheries Data and Compliance Officer",
    org="Northwest Atlantic Fisheries Organization",
    loc="Dartmouth, Nova Scotia, Canada",
    intro=("The Northwest Atlantic Fisheries Organization is an intergovernmental fisheries science and management "
           "body whose Contracting Parties manage groundfish, shrimp and other stocks outside national waters in the "
           "Northwest Atlantic. Its Secretariat is based in Dartmouth, Nova Scotia."),
    duties=["Maintain the catch, effort and observer databases and check incoming reports for completeness.",
            "Prepare compliance summaries and annual reports for the Standing Committee on International Control.",
            "Process vessel authorizations, port inspection reports and notifications of apparent infringements.",
            "Respond to data requests from the Scientific Council within agreed confidentiality rules.",
            "Assist in organizing the annual meeting in September."],
    comp=[("Attention to detail", "Checks data and documents thoroughly and spots inconsistencies before they become problems."),
          ("Integrity", "Handles confidential catch and inspection data with discretion and impartiality."),
          ("Collaboration", "Works constructively with Contracting Party officials, scientists and Secretariat colleagues.")],
    req=["University degree in fisheries science, marine biology, statistics, information management or a related field.",
         "At least five years of experience in fisheries data management, monitoring, control or surveillance.",
         "Good command of database and reporting tools.",
         "Excellent knowledge of English; working knowledge of French."],
    des=["Experience with vessel monitoring system or electronic logbook data.",
         "Experience in a regional fisheries management organization."],
)
FR = dict(
    title="Agent(e) des données halieutiques et de la conformité",
    org="Organisation des pêches de l'Atlantique Nord-Ouest",
    loc="Dartmouth (Nouvelle-Écosse), Canada",
    intro=("L'Organisation des pêches de l'Atlantique Nord-Ouest est un organisme intergouvernemental de science et de "
           "gestion des pêches dont les Parties contractantes gèrent les stocks de poissons de fond, de crevettes et "
           "d'autres espèces au-delà des eaux nationales dans l'Atlantique Nord-Ouest. Son Secrétariat est établi à "
           "Dartmouth (Nouvelle-Écosse)."),
    duties=["Tenir à jour les bases de données sur les captures, l'effort de pêche et les observateurs et vérifier l'exhaustivité des rapports reçus.",
            "Préparer les synthèses de conformité et les rapports annuels destinés au Comité permanent du contrôle international.",
            "Traiter les autorisations de navires, les rapports d'inspection au port et les notifications d'infractions apparentes.",
            "Répondre aux demandes de données du Conseil scientifique dans le respect des règles de confidentialité.",
            "Aider à l'organisation de la réunion annuelle de septembre."],
    comp=[("Souci du détail", "Vérifie les données et les documents avec rigueur et repère les incohérences avant qu'elles ne posent problème."),
          ("Intégrité", "Traite les données confidentielles de capture et d'inspection avec discrétion et impartialité."),
          ("Collaboration", "Travaille de manière constructive avec les représentants des Parties contractantes, les scientifiques et les collègues du Secrétariat.")],
    req=["Diplôme universitaire en sciences halieutiques, biologie marine, statistique, gestion de l'information ou domaine connexe.",
         "Au moins cinq années d'expérience dans la gestion des données halieutiques, le suivi, le contrôle ou la surveillance des pêches.",
         "Bonne maîtrise des outils de bases de données et de production de rapports.",
         "Excellente connaissance de l'anglais ; connaissance pratique du français."],
    des=["Expérience des données de systèmes de surveillance des navires ou de journaux de bord électroniques.",
         "Expérience au sein d'une organisation régionale de gestion des pêches."],
)


def half(d, fr):
    lab = (["Avis de vacance", "Titre du poste", "Organisation", "Lieu d'affectation", "Classe", "Type d'engagement",
            "Date de publication", "Date limite de candidature"] if fr else
           ["Vacancy notice", "Position title", "Organization", "Duty station", "Grade", "Appointment",
            "Date of issue", "Deadline for applications"])
    val = [REF, d["title"], d["org"], d["loc"], "P-3",
           "Durée déterminée de trois ans" if fr else "Fixed-term, three years",
           "21 novembre 2042" if fr else "21 November 2042",
           "22 décembre 2042, 16 h, heure de l'Atlantique" if fr else "22 December 2042, 4:00 p.m. Atlantic Time"]
    tr = "".join(f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in zip(lab, val))
    h = (["Fonctions principales", "Compétences", "Qualifications exigées", "Qualifications souhaitées", "Rémunération",
          "Candidatures"] if fr else ["Main duties", "Competencies", "Required qualifications", "Desirable qualifications",
                                      "Remuneration", "Applications"])
    sep = " : " if fr else ": "
    pay = ("Le traitement annuel se situe entre 96 350 $ et 118 900 $ CA selon l'expérience, assorti d'une indemnité de réinstallation pour les candidat(e)s recruté(e)s hors de la Nouvelle-Écosse."
           if fr else "The annual salary range is CAD $96,350 – $118,900, depending on experience, with a relocation grant for candidates recruited from outside Nova Scotia.")
    app = ("Les entrevues auront lieu à la mi-janvier 2043. Le Secrétariat remercie toutes les personnes candidates ; seules les personnes retenues seront contactées."
           if fr else "Interviews will be held in mid-January 2043. The Secretariat thanks all applicants; only those selected for an interview will be contacted.")
    return f"""<div class="banner">{'A V I S &nbsp; D E &nbsp; V A C A N C E' if fr else 'V A C A N C Y &nbsp; N O T I C E'}</div>
<h1>{esc(d['title'])}</h1>
<table>{tr}</table>
<p>{esc(d['intro'])}</p>
<h2>{h[0]}</h2><ul>{''.join('<li>' + esc(x) + '</li>' for x in d['duties'])}</ul>
<h2>{h[1]}</h2>{''.join(f'<p><b>{esc(n)}</b>{sep}{esc(x)}</p>' for n, x in d['comp'])}
<h2>{h[2]}</h2><ul>{''.join('<li>' + esc(x) + '</li>' for x in d['req'])}</ul>
<h2>{h[3]}</h2><ul>{''.join('<li>' + esc(x) + '</li>' for x in d['des'])}</ul>
<h2>{h[4]}</h2><p>{esc(pay)}</p>
<h2>{h[5]}</h2><p>{esc(app)}</p>"""


def render():
    expected(KEY, REF, ["en", "fr"], {"en": EN["title"], "fr": FR["title"]}, {"en": EN["org"], "fr": FR["org"]},
             {"en": EN["loc"], "fr": FR["loc"]}, "2042-12-22", grade="P-3",
             salary=sal(lo=96350, hi=118900, cur="CAD", period="year"),
             req={"en": (EN["req"], EN["des"]), "fr": (FR["req"], FR["des"])},
             comp={"en": EN["comp"], "fr": FR["comp"]})
    css = """body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10pt;margin:20px 36px}
nav{font-size:9pt;border-bottom:1px solid #036;padding-bottom:4px}
.banner{background:#036;color:#fff;padding:4px 8px;font-size:9pt;margin-top:14px}
table{border-collapse:collapse;width:100%} th,td{border:1px solid #889;padding:3px 6px;text-align:left;vertical-align:top} th{width:34%;background:#e8eef5}
h1{font-size:15pt;color:#036} h2{font-size:11pt;color:#036;margin-bottom:2px}
.fr{break-before:page} footer{font-size:8pt;color:#555;border-top:1px solid #999;margin-top:16px}
@page{size:Letter;margin:16mm;@bottom-center{content:"NAFO/VN/42-03 · " counter(page) "/" counter(pages);font-size:8pt}}"""
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF} — {esc(EN['title'])}</title><style>{css}</style></head>
<body>
<nav>NAFO · 2 Morris Drive, Dartmouth · <a href="#en">English</a> | <a href="#fr">Français</a> · Meetings · Publications · Careers</nav>
<p><i>This notice is published in English and French. / Le présent avis est publié en anglais et en français.</i></p>
<section id="en">{half(EN, False)}</section>
<hr>
<section id="fr" class="fr"><p><b>Version française</b></p>{half(FR, True)}</section>
<footer>Northwest Atlantic Fisheries Organization / Organisation des pêches de l'Atlantique Nord-Ouest · Next annual meeting: 13–17 September 2043</footer>
</body></html>
"""
    write(KEY + "-nafo.html", page, KEY)
    p = src("nafo.html", page)
    weasy(p, KEY + "-nafo.weasyprint.pdf", KEY)
