from common import *

KEY = "eo-2039-047"
REF = "EO-2039-047"
T_EN = "Senior Analyst, Voter Registration Data"
T_FR = "Analyste principal(e), données d'inscription des électeurs"
O_EN = "Elections Ontario"
O_FR = "Élections Ontario"
LOC = "Toronto"
S_EN = "Monday to Friday, 36.25 hours per week"
S_FR = "du lundi au vendredi, 36,25 heures par semaine"

ESS_EN = [
    "A university degree in statistics, data science, computer science or a related field, or an equivalent combination of education and experience",
    "At least four years of experience cleansing, matching and validating large administrative datasets",
    "Advanced SQL skills and working knowledge of Python or R",
    "Demonstrated ability to document data-quality rules and explain results to non-technical audiences",
]
DES_EN = [
    "Experience with voter, population or address registers",
    "Knowledge of record-linkage methods (probabilistic matching)",
    "Ability to communicate in French",
]
ESS_FR = [
    "Diplôme universitaire en statistique, en science des données, en informatique ou dans un domaine connexe, ou combinaison équivalente d'études et d'expérience",
    "Au moins quatre ans d'expérience du nettoyage, de l'appariement et de la validation de grands ensembles de données administratives",
    "Maîtrise avancée de SQL et connaissance pratique de Python ou de R",
    "Capacité démontrée à documenter des règles de qualité des données et à expliquer des résultats à un public non spécialiste",
]
DES_FR = [
    "Expérience des registres d'électeurs, de population ou d'adresses",
    "Connaissance des méthodes de couplage d'enregistrements (appariement probabiliste)",
    "Capacité de communiquer en français",
]
C_EN = ["Impartiality", "Accuracy", "Collaboration", "Accountability"]
C_FR = ["Impartialité", "Exactitude", "Collaboration", "Responsabilité"]

DUT_EN = ["Run the monthly refresh of the Permanent Register of Electors against provincial and federal data sources",
          "Design and monitor matching rules, exception reports and audit samples",
          "Prepare briefing notes and dashboards on register coverage for the Chief Electoral Officer's office",
          "Support returning offices with data extracts before and during electoral events"]
DUT_FR = ["Effectuer la mise à jour mensuelle du Registre permanent des électeurs à partir des sources de données provinciales et fédérales",
          "Concevoir et surveiller les règles d'appariement, les rapports d'exceptions et les échantillons de vérification",
          "Préparer des notes d'information et des tableaux de bord sur la couverture du registre",
          "Appuyer les bureaux des directeurs du scrutin en fournissant des extraits de données avant et pendant les scrutins"]


def build():
    col_en = f"""<div class="col" lang="en">
<p class="kicker">Job posting</p>
<h1>{T_EN}</h1>
<table class="facts">
<tr><th>Job ID</th><td>{REF}</td></tr>
<tr><th>Branch</th><td>Register and Geography Services</td></tr>
<tr><th>Employer</th><td>{O_EN}</td></tr>
<tr><th>Location</th><td>{LOC} (hybrid – 2 days a week in office)</td></tr>
<tr><th>Term</th><td>Permanent, full-time</td></tr>
<tr><th>Work schedule</th><td>{S_EN}</td></tr>
<tr><th>Salary range</th><td>$84,310 – $104,920 per year</td></tr>
<tr><th>Closing date</th><td>July 10, 2039, 11:59 p.m. ET</td></tr>
</table>
<h2>About us</h2>
<p>{O_EN} is the non-partisan agency responsible for administering provincial elections, by-elections and referenda.
Between events our teams keep the voters list current so that every eligible elector can vote with confidence.</p>
<h2>What you will do</h2>
{ul(DUT_EN)}
<h2>What you bring</h2>
{ul(ESS_EN)}
<h2>Assets</h2>
{ul(DES_EN)}
<h2>Key competencies</h2>
<p>{", ".join(C_EN)}</p>
<h2>How to apply</h2>
<p>Submit a cover letter and résumé in a single PDF file through our careers portal, quoting Job ID {REF}. Interviews are
expected to take place the week of July 27, 2039. As a non-partisan agency, {O_EN} requires successful candidates to
sign a political neutrality declaration.</p>
<p>We are committed to an inclusive, barrier-free workplace. Accommodation is available on request at every stage of the
process.</p>
</div>"""
    col_fr = f"""<div class="col" lang="fr">
<p class="kicker">Offre d'emploi</p>
<h1>{T_FR}</h1>
<table class="facts">
<tr><th>N° de l'offre</th><td>{REF}</td></tr>
<tr><th>Direction</th><td>Services du registre et de la géographie</td></tr>
<tr><th>Employeur</th><td>{O_FR}</td></tr>
<tr><th>Lieu</th><td>{LOC} (mode hybride – 2 jours par semaine au bureau)</td></tr>
<tr><th>Durée</th><td>Permanent, temps plein</td></tr>
<tr><th>Horaire de travail</th><td>{S_FR}</td></tr>
<tr><th>Échelle salariale</th><td>84 310 $ – 104 920 $ par année</td></tr>
<tr><th>Date de clôture</th><td>10 juillet 2039, 23 h 59 (HE)</td></tr>
</table>
<h2>À propos de nous</h2>
<p>{O_FR} est l'organisme non partisan chargé d'administrer les élections générales, les élections partielles et les
référendums provinciaux. Entre deux scrutins, nos équipes tiennent la liste électorale à jour afin que chaque électeur
admissible puisse voter en toute confiance.</p>
<h2>Vos fonctions</h2>
{ul(DUT_FR)}
<h2>Ce que vous apportez</h2>
{ul(ESS_FR)}
<h2>Atouts</h2>
{ul(DES_FR)}
<h2>Compétences clés</h2>
<p>{", ".join(C_FR)}</p>
<h2>Comment postuler</h2>
<p>Veuillez soumettre une lettre de présentation et un curriculum vitæ en un seul fichier PDF par notre portail des
carrières en indiquant le numéro {REF}. Les entrevues devraient avoir lieu la semaine du 27 juillet 2039. À titre
d'organisme non partisan, {O_FR} demande aux personnes retenues de signer une déclaration de neutralité politique.</p>
<p>Nous nous engageons à offrir un milieu de travail inclusif et exempt d'obstacles. Des mesures d'adaptation sont offertes
sur demande à chaque étape du processus.</p>
</div>"""
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Careers | Carrières – {O_EN}</title>
<style>
body {{ font-family: Arial, sans-serif; margin: 0; color: #1a1a1a; }}
header {{ background: #00263e; color: #fff; padding: 10px 24px; }}
nav a {{ color: #fff; margin-right: 14px; }}
.grid {{ display: grid; grid-template-columns: 1fr 1fr; gap: 28px; padding: 16px 24px; }}
.facts th {{ text-align: left; padding-right: 12px; vertical-align: top; }}
.kicker {{ text-transform: uppercase; color: #c8102e; font-size: 10pt; letter-spacing: 1px; }}
aside {{ margin: 0 24px; padding: 10px; background: #f1f1f1; }}
footer {{ font-size: 9pt; padding: 12px 24px; border-top: 1px solid #ccc; }}
</style></head>
<body>
<a href="#main" class="skip">Skip to main content / Passer au contenu principal</a>
<header>
<p><strong>{O_EN} | {O_FR}</strong></p>
<nav><a href="#">Voters</a><a href="#">Candidates and Parties</a><a href="#">Results</a><a href="#">Careers</a><a href="#">Français</a></nav>
</header>
<p style="padding:0 24px;font-size:9pt">Home &gt; About us &gt; Careers &gt; Current opportunities</p>
<main id="main" class="grid">
{col_en}
{col_fr}
</main>
<aside>
<h3>Election workers / Travailleurs électoraux</h3>
<p>Looking for a paid role on election day? Poll official positions open closer to each event; sign up to be notified.
Registration for the returning-office pool closes August 31, 2039.</p>
</aside>
<footer>
<p>Accessibility | Privacy | Terms of use | Contact us — Accessibilité | Confidentialité | Conditions d'utilisation</p>
<p>© King's Printer for Ontario, 2039</p>
</footer>
</body></html>
"""
    write(KEY + "-careers.html", html, KEY)

    # WeasyPrint bilingual PDF: letterhead, two facts tables of bilingual labels, EN body, then FR body on page 2
    def facts_rows():
        rows = [("Job ID / N° de l'offre", REF),
                ("Position / Poste", f"{T_EN}<br>{T_FR}"),
                ("Employer / Employeur", f"{O_EN} / {O_FR}"),
                ("Location / Lieu", LOC),
                ("Term / Durée", "Permanent, full-time / Permanent, temps plein"),
                ("Closing date / Date de clôture", "July 10, 2039 / 10 juillet 2039")]
        return "\n".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows)

    src = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 2cm 2cm 2.2cm 2cm;
  @bottom-center {{ content: "{REF} – page " counter(page) " / " counter(pages); font-size: 8pt; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }}
.lh {{ border-bottom: 2px solid #00263e; font-weight: bold; font-size: 12pt; padding-bottom: 4px; }}
table {{ border-collapse: collapse; width: 100%; margin: 8px 0; }}
th, td {{ border: 1px solid #777; padding: 4px 6px; text-align: left; vertical-align: top; }}
th {{ width: 36%; background: #eef2f5; }}
h2 {{ font-size: 11pt; color: #00263e; margin: 10px 0 3px; }}
.fr {{ break-before: page; }}
</style></head><body>
<p class="lh">{O_EN} &nbsp;|&nbsp; {O_FR}</p>
<p>JOB POSTING / OFFRE D'EMPLOI</p>
<table>
{facts_rows()}
</table>
<div class="en">
<h1 style="font-size:13pt">{T_EN}</h1>
<p><b>Work schedule:</b> {S_EN}<br><b>Salary range:</b> $84,310 – $104,920 per year</p>
<h2>What you will do</h2>
{ul(DUT_EN)}
<h2>What you bring</h2>
{ul(ESS_EN)}
<h2>Assets</h2>
{ul(DES_EN)}
<h2>Key competencies</h2>
<p>{", ".join(C_EN)}</p>
<p>Apply through the careers portal by the closing date. Interviews: week of July 27, 2039.</p>
</div>
<div class="fr">
<h1 style="font-size:13pt">{T_FR}</h1>
<p><b>Horaire de travail :</b> {S_FR}<br><b>Échelle salariale :</b> 84 310 $ – 104 920 $ par année</p>
<h2>Vos fonctions</h2>
{ul(DUT_FR)}
<h2>Ce que vous apportez</h2>
{ul(ESS_FR)}
<h2>Atouts</h2>
{ul(DES_FR)}
<h2>Compétences clés</h2>
<p>{", ".join(C_FR)}</p>
<p>Postulez par le portail des carrières d'ici la date de clôture. Entrevues : semaine du 27 juillet 2039.</p>
</div>
</body></html>
"""
    save_src(KEY + "-posting.html", src)
    weasyprint(KEY + "-posting.html", KEY + "-posting.weasyprint.pdf", KEY)

    expected(KEY, REF, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": O_EN, "fr": O_FR}, LOC,
             {"en": S_EN, "fr": S_FR}, "2039-07-10", salary(84310, 104920, "CAD", "year"),
             requirements={"en": {"essential": ESS_EN, "desirable": DES_EN},
                           "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             competencies={"en": names(*C_EN), "fr": names(*C_FR)})


if __name__ == "__main__":
    build()
