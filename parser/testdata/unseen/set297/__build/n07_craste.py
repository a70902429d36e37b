from common import *

KEY = "craste-lf-av-2042-03"
REF = "CRASTE-LF/AV/2042/03"
PN = "CRL-MET-P2-01"
T = {"fr": "Chargé(e) de programme Météorologie par satellite", "en": "Satellite Meteorology Programme Officer"}
O = {"fr": "Centre Régional Africain des Sciences et Technologies de l'Espace en Langue Française (CRASTE-LF)",
     "en": "African Regional Centre for Space Science and Technology Education in French Language (CRASTE-LF)"}
L = {"fr": "Siège du Centre, Rabat (Maroc), avec missions dans les États membres",
     "en": "Centre headquarters, Rabat (Morocco), with missions to member States"}
S = {"fr": "Temps plein, 40 heures par semaine du lundi au vendredi",
     "en": "Full time, 40 hours per week, Monday to Friday"}
DUT = {"fr": [
    "Concevoir et coordonner les modules de formation en météorologie satellitaire du master du Centre.",
    "Organiser les ateliers régionaux sur l'exploitation des données des satellites géostationnaires.",
    "Assurer le suivi des partenariats avec les services météorologiques nationaux.",
    "Préparer les rapports techniques et financiers du programme.",
], "en": [
    "Design and coordinate the satellite meteorology training modules of the Centre's master's programme.",
    "Organise regional workshops on the use of geostationary satellite data.",
    "Follow up partnerships with national meteorological services.",
    "Prepare technical and financial reports of the programme.",
]}
ESS = {"fr": [
    "Être ressortissant(e) d'un État membre du Centre.",
    "Master ou doctorat en météorologie, en physique de l'atmosphère ou en télédétection appliquée.",
    "Au moins trois ans d'expérience en formation ou en exploitation de données satellitaires météorologiques.",
    "Excellente maîtrise du français et bonne connaissance de l'anglais.",
], "en": [
    "Be a national of a member State of the Centre.",
    "Master's degree or doctorate in meteorology, atmospheric physics or applied remote sensing.",
    "At least three years of experience in training or in the use of meteorological satellite data.",
    "Excellent command of French and good knowledge of English.",
]}
DES = {"fr": [
    "Expérience d'un programme financé par un partenaire international.",
    "Maîtrise de Python pour le traitement de données.",
], "en": [
    "Experience of a programme funded by an international partner.",
    "Proficiency in Python for data processing.",
]}
COMP = {"fr": [
    ("Pédagogie", "transmettre des notions complexes à des publics variés."),
    ("Planification", "tenir des calendriers de formation exigeants."),
    ("Sens du service", "répondre avec diligence aux demandes des États membres."),
], "en": [
    ("Teaching skills", "conveys complex notions to varied audiences."),
    ("Planning", "keeps demanding training calendars on track."),
    ("Service orientation", "responds promptly to member States' requests."),
]}

expected(KEY, {
    "reference": REF, "post_number": PN, "languages": ["fr", "en"],
    "title": T, "organisation": O, "location": L, "schedule": S,
    "deadline": "2042-07-25", "salary": salary(amount=4150, cur="USD"), "grade": "P2", "clearance": None,
    "requirements": {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
    "competencies": {l: [{"name": n, "description": d} for n, d in COMP[l]] for l in ("en", "fr")},
})

LAB = {"fr": dict(av="Avis de vacance n°", pn="Numéro du poste", t="Intitulé du poste", o="Organisation",
                  u="Unité", l="Lieu d'affectation", s="Temps de travail", g="Grade", sal="Rémunération",
                  d="Date limite de candidature", h1="Avis de vacance de poste", duties="Fonctions",
                  q="Qualifications requises", dq="Qualifications souhaitées", c="Compétences",
                  app="Candidature"),
       "en": dict(av="Vacancy notice No.", pn="Post number", t="Position title", o="Organization",
                  u="Unit", l="Duty station", s="Working time", g="Grade", sal="Remuneration",
                  d="Closing date for applications", h1="Vacancy announcement", duties="Duties",
                  q="Required qualifications", dq="Desirable qualifications", c="Competencies",
                  app="How to apply")}
VAL = {"fr": dict(u="Département Météorologie par satellite et climat",
                  sal="4 150 USD nets par mois, plus indemnité de logement",
                  d="25 juillet 2042 à 17 h 00 (heure de Rabat)",
                  intro="Le CRASTE-LF, centre affilié aux Nations Unies, forme les cadres des pays africains francophones aux sciences et techniques spatiales.",
                  app="Les candidatures (lettre, CV, copies des diplômes) sont envoyées à vacances@craste-lf.example. Les candidats présélectionnés passeront un entretien en ligne le 12 août 2042."),
       "en": dict(u="Satellite Meteorology and Climate Department",
                  sal="USD 4,150 net per month, plus housing allowance",
                  d="25 July 2042 at 17:00 (Rabat time)",
                  intro="CRASTE-LF, a centre affiliated to the United Nations, trains professionals of French-speaking African countries in space science and technology.",
                  app="Applications (letter, CV, copies of degrees) are sent to vacances@craste-lf.example. Shortlisted candidates will be interviewed online on 12 August 2042.")}

def half(l):
    a, v = LAB[l], VAL[l]
    style = ' style="break-before:page"' if l == "en" else ""
    return f"""<section lang="{l}"{style}>
<h2>{a['h1']}</h2>
<p>{v['intro']}</p>
<table class="facts">
<tr><th>{a['av']}</th><td>{REF}</td></tr>
<tr><th>{a['pn']}</th><td>{PN}</td></tr>
<tr><th>{a['t']}</th><td>{T[l]}</td></tr>
<tr><th>{a['o']}</th><td>{O[l]}</td></tr>
<tr><th>{a['u']}</th><td>{v['u']}</td></tr>
<tr><th>{a['l']}</th><td>{L[l]}</td></tr>
<tr><th>{a['s']}</th><td>{S[l]}</td></tr>
<tr><th>{a['g']}</th><td>P2</td></tr>
<tr><th>{a['sal']}</th><td>{v['sal']}</td></tr>
<tr><th>{a['d']}</th><td>{v['d']}</td></tr>
</table>
<h3>{a['duties']}</h3>
<ul class="plain">{li(DUT[l])}</ul>
<h3>{a['q']}</h3>
<ol>{li(ESS[l])}</ol>
<h3>{a['dq']}</h3>
<ul>{li(DES[l])}</ul>
<h3>{a['c']}</h3>
{"".join(f"<p><b>{n}{' :' if l == 'fr' else ':'}</b> {d}</p>" for n, d in COMP[l])}
<h3>{a['app']}</h3>
<p>{v['app']}</p>
</section>"""

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>CRASTE-LF – {REF}</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt;margin:24px}} .brand{{border-bottom:3px solid #003f7f;padding-bottom:6px}}
table.facts{{border-collapse:collapse;width:100%}} table.facts th{{text-align:left;width:36%;background:#eef3f9}} table.facts td,table.facts th{{border:1px solid #b8c6d8;padding:4px}}
ul.plain{{list-style:none;padding-left:0}} nav{{font-size:10pt;color:#555}}</style></head>
<body>
<div class="brand"><strong>CRASTE-LF</strong> · Centre affilié à l'ONU / UN-affiliated Centre · Rabat</div>
<nav>Accueil | Formations | Recherche | États membres | Avis de vacance | Contact · Français | English</nav>
{half("fr")}
{half("en")}
<footer><p style="font-size:9pt">Publié le 20 juin 2042 / Posted on 20 June 2042 – page fictive / fictitious page</p></footer>
</body></html>"""
write(KEY + "-craste.html", html)
row(KEY + "-craste.html", KEY, "html")
chromium(KEY + "-craste.html", KEY + "-craste.chromium.pdf")
row(KEY + "-craste.chromium.pdf", KEY, "pdf")
row(dump(KEY + "-craste.chromium.pdf"), KEY, "txt")
