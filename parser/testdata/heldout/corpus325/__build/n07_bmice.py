from common import *
REF = "BMICE/DG/AV/2044/05"; KEY = "bmice-dg-av-2044-05"; PN = "BMICE-DOP-P4-03"
T = {"fr": "Chargé(e) principal(e) des garanties à l'exportation", "en": "Senior Export Guarantees Officer"}
ORG = {"fr": "Banque Maghrébine d'Investissement et de Commerce Extérieur (BMICE)", "en": "Maghreb Bank for Investment and Foreign Trade (BMICE)"}
LOC = {"fr": "Siège de la Banque, Tunis, Tunisie", "en": "Headquarters of the Bank, Tunis, Tunisia"}
SCH = {"fr": "Temps plein, du lundi au vendredi", "en": "Full time, Monday to Friday"}
GR = "P4"
ESS = {"fr": ["Être ressortissant(e) de l'un des cinq États membres de l'Union du Maghreb Arabe ;",
              "Être titulaire d'un master en finance, en économie ou en droit bancaire ;",
              "Justifier d'au moins huit ans d'expérience dans le financement du commerce extérieur ou l'assurance des crédits à l'exportation ;",
              "Maîtriser l'arabe et le français, avec une bonne connaissance de l'anglais."],
       "en": ["Be a national of one of the five member States of the Arab Maghreb Union;",
              "Hold a master's degree in finance, economics or banking law;",
              "Have at least eight years of experience in foreign trade finance or export credit insurance;",
              "Be fluent in Arabic and French, with a good knowledge of English."]}
DES = {"fr": ["Une connaissance des règles uniformes de la CCI relatives aux garanties sur demande ;",
              "Une expérience dans une institution financière multilatérale."],
       "en": ["Knowledge of the ICC Uniform Rules for Demand Guarantees;",
              "Experience in a multilateral financial institution."]}
COMP = {"fr": [("Jugement", "apprécier le risque d'une opération et le défendre devant le comité"),
               ("Négociation", "conduire les discussions avec les banques confirmatrices"),
               ("Intégrité", "respecter strictement les règles de conformité de la Banque")],
        "en": [("Judgement", "assesses the risk of a transaction and defends it before the committee"),
               ("Negotiation", "leads discussions with confirming banks"),
               ("Integrity", "strictly observes the Bank's compliance rules")]}
DUT = {"fr": ["instruire les demandes de garanties et de contre-garanties à l'exportation ;",
              "structurer les opérations avec les banques des pays membres ;",
              "suivre le portefeuille et proposer les provisions nécessaires ;",
              "représenter la Banque auprès des agences de crédit à l'exportation."],
       "en": ["appraise requests for export guarantees and counter-guarantees;",
              "structure transactions with banks of the member States;",
              "monitor the portfolio and propose the necessary provisions;",
              "represent the Bank with export credit agencies."]}
SAL = {"fr": "78 600 USD par an (traitement de base net), indemnités de logement et familiales en sus",
       "en": "USD 78,600 per year (net base salary), plus housing and family allowances"}
DL = {"fr": "vendredi 18 novembre 2044 à 17 h 00 (heure de Tunis)", "en": "Friday 18 November 2044 at 5:00 p.m. (Tunis time)"}
LB = {"fr": dict(av="Avis de vacance n°", pn="Numéro du poste", t="Intitulé du poste", o="Institution", d="Département", l="Lieu d'affectation",
                 s="Temps de travail", g="Grade", r="Rémunération", dl="Date de clôture", h1="AVIS DE VACANCE DE POSTE", h_d="1. Fonctions", h_q="2. Qualifications requises",
                 lead="Les candidat(e)s doivent :", h_a="Atouts :", h_c="3. Compétences", h_p="4. Candidature",
                 intro="Institution financière de l'Union du Maghreb Arabe, la BMICE finance les projets d'intégration et les échanges entre les pays membres. Elle ouvre le poste suivant à la candidature.",
                 apply="Les candidatures (lettre, CV et formulaire de la Banque) sont reçues sur le portail de recrutement. Les candidat(e)s présélectionné(e)s passeront une épreuve écrite le 6 décembre 2044.",
                 dept="Département des Opérations – division Commerce extérieur"),
      "en": dict(av="Vacancy notice No.", pn="Post number", t="Position title", o="Institution", d="Department", l="Duty station",
                 s="Working time", g="Grade", r="Remuneration", dl="Closing date", h1="VACANCY ANNOUNCEMENT", h_d="1. Duties", h_q="2. Required qualifications",
                 lead="Candidates must:", h_a="Assets:", h_c="3. Competencies", h_p="4. How to apply",
                 intro="A financial institution of the Arab Maghreb Union, BMICE finances integration projects and trade among the member countries. It invites applications for the following post.",
                 apply="Applications (letter, CV and the Bank's form) are received on the recruitment portal. Shortlisted candidates will sit a written test on 6 December 2044.",
                 dept="Operations Department – Foreign Trade Division")}
VAL = lambda l: [(LB[l]["av"], REF), (LB[l]["pn"], PN), (LB[l]["t"], T[l]), (LB[l]["o"], ORG[l]), (LB[l]["d"], LB[l]["dept"]),
                 (LB[l]["l"], LOC[l]), (LB[l]["s"], SCH[l]), (LB[l]["g"], GR), (LB[l]["r"], SAL[l]), (LB[l]["dl"], DL[l])]

def pdf_half(l, brk):
    x = LB[l]
    rows = "".join(f'<tr><td width="34%"><b>{a}</b></td><td>{b}</td></tr>' for a, b in VAL(l))
    return f"""<h1 align="center" {'style="page-break-before:always"' if brk else ''}>{x['h1']}</h1>
<p>{x['intro']}</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">{rows}</table>
<h3>{x['h_d']}</h3>{ul(DUT[l])}
<h3>{x['h_q']}</h3><p>{x['lead']}</p>{ul(ESS[l], 'ol')}
<p><i>{x['h_a']}</i></p>{ul(DES[l])}
<h3>{x['h_c']}</h3>{''.join(f"<p><b>{n}</b>{' :' if l=='fr' else ':'} {d}</p>" for n, d in COMP[l])}
<h3>{x['h_p']}</h3><p>{x['apply']}</p>"""

src("bmice-avis.html", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{REF}</title></head>
<body style="font-family:Liberation Serif;font-size:11pt">
<table width="100%" border="0"><tr><td width="50%"><b>Banque Maghrébine d'Investissement<br>et de Commerce Extérieur</b></td>
<td width="50%" align="right"><b>Maghreb Bank for Investment<br>and Foreign Trade</b><br>Tunis, 17/10/2044</td></tr></table>
<hr>
{pdf_half('fr', False)}
{pdf_half('en', True)}
</body></html>""")
soffice("bmice-avis.html", KEY + "-avis.libreoffice.pdf", REF)

def web_half(l):
    x = LB[l]
    rows = "\n".join(f"<li><span class='k'>{a}</span> {b}</li>" for a, b in VAL(l))
    return f"""<article lang="{l}" id="{l}">
<h2>{T[l]}</h2>
<ul class="facts">
{rows}
</ul>
<h3>{x['h_d'][3:]}</h3>
{ul(DUT[l])}
<h3>{x['h_q'][3:]}</h3>
<p>{x['lead']}</p>
{ul(ESS[l], 'ol')}
<h4>{x['h_a'].rstrip(' :')}</h4>
{ul(DES[l])}
<h3>{x['h_c'][3:]}</h3>
<ul class="plain">{''.join(f"<li><i>{n}</i>{' :' if l=='fr' else ':'} {d}</li>" for n, d in COMP[l])}</ul>
<p>{x['apply']}</p>
</article>"""

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>BMICE – Carrières</title>
<style>body{{font-family:Georgia,serif;margin:0}} .top{{background:#123;color:#fff;padding:6px 20px}} .k{{display:inline-block;width:210px;color:#456}}
ul.facts{{list-style:none;padding:0}} ul.plain{{list-style:none}} nav{{float:left;width:200px}} main{{margin-left:220px}}</style></head><body>
<div class="top">BMICE · <a href="#fr">Français</a> | <a href="#en">English</a> | العربية</div>
<nav><p>La Banque</p><p>Opérations</p><p>Carrières</p><p>Actualités</p><p>04/10/2044 – Signature d'une ligne de crédit à Nouakchott</p><p>12/10/2044 – Forum maghrébin de l'export, Alger</p></nav>
<main>
<p>Accueil &gt; Carrières &gt; Avis de vacance</p>
<p>{LB['fr']['intro']}</p>
{web_half('fr')}
<hr>
{web_half('en')}
</main>
<footer>Publié le 17/10/2044 · Published on 17/10/2044 · © BMICE 2044</footer>
</body></html>
"""
w(KEY + "-bmice.html", html, REF)

exp(KEY, dict(reference=REF, post_number=PN, languages=["fr", "en"], title=T, organisation=ORG, location=LOC, schedule=SCH,
              deadline="2044-11-18", salary=sal(78600, cur="USD", period="year"), grade=GR,
              requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")}, competencies=COMP))
