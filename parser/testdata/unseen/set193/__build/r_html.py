# HTML sources: ACI (Chromium, EN | FR side by side), Swisscontact (Chromium, brochure),
# ESO (WeasyPrint, criteria table), SOS MEDITERRANEE (WeasyPrint, poster with sidebar),
# Lindt (WeasyPrint, landscape page in columns).
import html
from data import N

e = html.escape


def ul(items, cls=""):
    return "<ul%s>\n%s\n</ul>" % (f' class="{cls}"' if cls else "",
                                  "\n".join(f"<li>{e(i)}</li>" for i in items))


def comp_ul(items, sep=": "):
    return "<ul>\n%s\n</ul>" % "\n".join(
        f"<li><strong>{e(c['name'])}</strong>{e(sep)}{e(c['description'])}</li>" for c in items)


# ------------------------------------------------------------------ ACI
def aci():
    x = N["aci-hr-2033-041"]["exp"]
    t, o, l, s, r = x["title"], x["organisation"], x["location"], x["schedule"], x["requirements"]
    rows = [
        ("<h2>JOB POSTING</h2>", "<h2>AFFICHAGE DE POSTE</h2>"),
        (f"<h1>{e(t['en'])}</h1>", f"<h1>{e(t['fr'])}</h1>"),
        (f"""<table class="facts">
<tr><th>Posting number</th><td>ACI-HR-2033-041</td></tr>
<tr><th>Organization</th><td>{e(o['en'])}</td></tr>
<tr><th>Department</th><td>Economics and Policy</td></tr>
<tr><th>Reports to</th><td>Director, Economics</td></tr>
<tr><th>Location</th><td>{e(l['en'])}</td></tr>
<tr><th>Status</th><td>Permanent</td></tr>
<tr><th>Hours</th><td>{e(s['en'])}</td></tr>
<tr><th>Salary range</th><td>CAD 84,500 – 99,000 per year</td></tr>
<tr><th>Posted</th><td>October 17, 2033</td></tr>
<tr><th>Apply by</th><td>November 14, 2033</td></tr>
</table>""",
         f"""<table class="facts">
<tr><th>Numéro d'affichage</th><td>ACI-HR-2033-041</td></tr>
<tr><th>Organisation</th><td>{e(o['fr'])}</td></tr>
<tr><th>Service</th><td>Économie et politiques</td></tr>
<tr><th>Relève de</th><td>Directeur, Économie</td></tr>
<tr><th>Lieu</th><td>{e(l['fr'])}</td></tr>
<tr><th>Statut</th><td>Permanent</td></tr>
<tr><th>Horaire</th><td>{e(s['fr'])}</td></tr>
<tr><th>Échelle salariale</th><td>84 500 $ à 99 000 $ par année</td></tr>
<tr><th>Date d'affichage</th><td>17 octobre 2033</td></tr>
<tr><th>Date limite</th><td>14 novembre 2033</td></tr>
</table>"""),
        ("""<h3>About ACI</h3><p>ACI World represents the airports of the world before governments and
international bodies. From its Montreal headquarters, a team of some ninety people supports member
airports with policy, statistics, training and benchmarking programmes.</p>""",
         """<h3>À propos d'ACI</h3><p>ACI World représente les aéroports du monde auprès des gouvernements et
des organismes internationaux. Depuis son siège de Montréal, une équipe d'environ quatre-vingt-dix
personnes appuie les aéroports membres par des politiques, des statistiques, des formations et des
programmes d'étalonnage.</p>"""),
        ("""<h3>The role</h3><p>The Senior Analyst prepares ACI's positions on airport charges, economic
oversight and pre-funding of infrastructure. The incumbent will:</p>
<ol><li>Maintain the global database of airport charges and publish its yearly analysis.</li>
<li>Draft guidance for members facing tariff consultations or regulatory reviews.</li>
<li>Represent ACI in working groups of the international aviation community.</li>
<li>Answer data requests from members, regions and partners within agreed timelines.</li></ol>""",
         """<h3>Le rôle</h3><p>L'analyste principal(e) prépare les positions d'ACI sur les redevances
aéroportuaires, la surveillance économique et le préfinancement des infrastructures. La personne
titulaire devra :</p>
<ol><li>Tenir à jour la base mondiale des redevances et en publier l'analyse annuelle.</li>
<li>Rédiger des orientations pour les membres engagés dans des consultations tarifaires.</li>
<li>Représenter ACI dans les groupes de travail de la communauté aéronautique internationale.</li>
<li>Répondre aux demandes de données des membres, des régions et des partenaires dans les délais convenus.</li></ol>"""),
        ("<h3>Requirements</h3>" + ul(r["en"]["essential"]),
         "<h3>Exigences</h3>" + ul(r["fr"]["essential"])),
        ("<h3>Assets</h3>" + ul(r["en"]["desirable"]),
         "<h3>Atouts</h3>" + ul(r["fr"]["desirable"])),
        ("""<h3>What we offer</h3><p>A permanent position in an international team, a hybrid work
arrangement of three days on site, a defined-benefit pension plan, group insurance and four weeks
of vacation from the first year.</p>""",
         """<h3>Ce que nous offrons</h3><p>Un poste permanent au sein d'une équipe internationale, un mode
de travail hybride de trois jours sur place, un régime de retraite à prestations déterminées, des
assurances collectives et quatre semaines de vacances dès la première année.</p>"""),
        ("""<h3>How to apply</h3><p>Send your CV and a cover letter, quoting ACI-HR-2033-041, to
careers@aci-world.example by November 14, 2033. Interviews are planned for the week of
December 1, 2033. Only shortlisted candidates will be contacted.</p>""",
         """<h3>Pour postuler</h3><p>Faites parvenir votre CV et une lettre de présentation, en indiquant
ACI-HR-2033-041, à careers@aci-world.example au plus tard le 14 novembre 2033. Les entrevues
sont prévues la semaine du 1er décembre 2033. Seules les personnes retenues seront contactées.</p>"""),
    ]
    body = "\n".join(f'<tr><td class="en">{a}</td><td class="fr">{b}</td></tr>' for a, b in rows)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>ACI-HR-2033-041 – {e(t['en'])} / {e(t['fr'])}</title>
<style>
@page {{ size: Letter; margin: 14mm 12mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.6pt; color: #1d2430; }}
.top {{ display: flex; justify-content: space-between; border-bottom: 3px solid #0b5394; padding-bottom: 4px; }}
.top b {{ color: #0b5394; font-size: 13pt; }}
table.sbs {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table.sbs > tbody > tr > td {{ vertical-align: top; padding: 3px 8px; width: 50%; }}
table.sbs > tbody > tr {{ break-inside: avoid; }}
td.en {{ border-right: 1px solid #9fb3c8; }}
h1 {{ font-size: 14pt; color: #0b5394; margin: 4px 0; }}
h2 {{ font-size: 9pt; letter-spacing: 2px; color: #666; margin: 6px 0 0; }}
h3 {{ font-size: 10.5pt; color: #0b5394; margin: 6px 0 2px; }}
table.facts {{ border-collapse: collapse; width: 100%; }}
table.facts th {{ text-align: left; background: #e8eef5; width: 38%; padding: 2px 4px; font-weight: bold; }}
table.facts td {{ padding: 2px 4px; border-bottom: 1px solid #dde4ec; }}
ul, ol {{ margin: 2px 0; padding-left: 16px; }}
.foot {{ margin-top: 8px; font-size: 8pt; color: #666; border-top: 1px solid #9fb3c8; padding-top: 3px; }}
</style></head>
<body>
<div class="top"><b>Airports Council International</b><span>Careers · Carrières</span><b>Conseil international des aéroports</b></div>
<table class="sbs"><tbody>
{body}
</tbody></table>
<div class="foot">ACI World · 800 Rue du Square-Victoria, Montréal (Québec) · ACI is an equal opportunity employer /
ACI souscrit au principe de l'égalité d'accès à l'emploi.</div>
</body></html>
"""


# ------------------------------------------------------------------ Swisscontact
def swisscontact():
    x = N["sc-bf-2033-118"]["exp"]
    t, l, s, r = x["title"], x["location"], x["schedule"], x["requirements"]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>SC-BF-2033-118 · {e(t['en'])}</title>
<style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #222; }}
.band {{ padding: 10px 28px; }}
.mast {{ background: #00305e; color: #fff; }}
.mast .logo {{ font-size: 20pt; font-weight: bold; letter-spacing: 1px; }}
.mast .claim {{ font-size: 9pt; opacity: .85; }}
.title {{ background: #e3007d; color: #fff; }}
.title h1 {{ margin: 2px 0; font-size: 17pt; }}
.facts {{ background: #f1f4f8; display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6px 18px; }}
.facts div span {{ display: block; font-size: 7.5pt; text-transform: uppercase; color: #00305e; font-weight: bold; }}
.white {{ background: #fff; }}
.grey {{ background: #eceff3; }}
.navy {{ background: #00305e; color: #fff; }}
h2 {{ font-size: 11.5pt; color: #e3007d; margin: 4px 0; text-transform: uppercase; }}
.navy h2 {{ color: #fff; }}
ul {{ margin: 3px 0; padding-left: 18px; }}
.strip {{ background: #e3007d; color: #fff; font-weight: bold; letter-spacing: 3px; text-align: center; padding: 6px; break-before: page; }}
section {{ break-inside: avoid; }}
</style></head>
<body>
<div class="band mast"><div class="logo">swisscontact</div><div class="claim">Promoting private sector development · Burkina Faso office</div></div>
<div class="band title"><div>WE ARE HIRING</div><h1>{e(t['en'])}</h1></div>
<div class="band facts">
<div><span>Reference</span>SC-BF-2033-118</div>
<div><span>Employer</span>{e(x['organisation']['en'])}</div>
<div><span>Duty station</span>{e(l['en'])}</div>
<div><span>Contract</span>Fixed-term, 2 years, renewable</div>
<div><span>Working time</span>{e(s['en'])}</div>
<div><span>Gross monthly salary</span>XOF 1,850,000</div>
<div><span>Start date</span>1 February 2034</div>
<div><span>Published</span>27 October 2033</div>
<div><span>Closing date</span>21 November 2033</div>
</div>
<section class="band white"><h2>Who we are</h2><p>Swisscontact is an independent foundation that promotes
inclusive economic development in some thirty countries. In Burkina Faso it runs vocational-training and
market-systems projects with a team of about sixty people and an annual budget of roughly CHF 6 million.</p></section>
<section class="band grey"><h2>Your tasks</h2><ul>
<li>Lead the finance, human-resources and logistics team of the country office.</li>
<li>Prepare budgets, forecasts and financial reports for head office and donors.</li>
<li>Ensure compliance with Swisscontact procedures, donor rules and national legislation.</li>
<li>Coordinate audits and follow up on their recommendations.</li>
<li>Supervise procurement, fleet and security-related expenditure.</li></ul></section>
<section class="band white"><h2>Your profile</h2>{ul(r['en']['essential'])}
<h2>A plus</h2>{ul(r['en']['desirable'])}</section>
<section class="band grey"><h2>We offer</h2><p>A two-year contract with a possible extension, health insurance
for you and your family, thirty days of annual leave and regular training at regional level.</p></section>
<section class="band navy"><h2>Apply</h2><p>Send your application (CV and motivation letter in French or English,
reference SC-BF-2033-118) to jobs.bf@swisscontact.example before 21 November 2033, 17:00 (GMT). Only
shortlisted candidates will be contacted; interviews are planned in early December 2033.</p></section>

<div class="strip">VERSION FRANÇAISE</div>
<div class="band title"><div>NOUS RECRUTONS</div><h1>{e(t['fr'])}</h1></div>
<div class="band facts">
<div><span>Référence</span>SC-BF-2033-118</div>
<div><span>Employeur</span>{e(x['organisation']['fr'])}</div>
<div><span>Lieu d'affectation</span>{e(l['fr'])}</div>
<div><span>Contrat</span>CDD de 2 ans, renouvelable</div>
<div><span>Temps de travail</span>{e(s['fr'])}</div>
<div><span>Salaire brut mensuel</span>1 850 000 FCFA</div>
<div><span>Prise de poste</span>1er février 2034</div>
<div><span>Publié le</span>27 octobre 2033</div>
<div><span>Date de clôture</span>21 novembre 2033</div>
</div>
<section class="band white"><h2>Qui sommes-nous ?</h2><p>Swisscontact est une fondation indépendante qui
promeut un développement économique inclusif dans une trentaine de pays. Au Burkina Faso, elle mène des
projets de formation professionnelle et de développement des systèmes de marché avec une équipe d'une
soixantaine de personnes et un budget annuel d'environ 6 millions CHF.</p></section>
<section class="band grey"><h2>Vos tâches</h2><ul>
<li>Diriger l'équipe finances, ressources humaines et logistique du bureau pays.</li>
<li>Préparer les budgets, les prévisions et les rapports financiers destinés au siège et aux bailleurs.</li>
<li>Veiller au respect des procédures de Swisscontact, des règles des bailleurs et de la législation nationale.</li>
<li>Coordonner les audits et assurer le suivi de leurs recommandations.</li>
<li>Superviser les achats, la flotte de véhicules et les dépenses liées à la sécurité.</li></ul></section>
<section class="band white"><h2>Votre profil</h2>{ul(r['fr']['essential'])}
<h2>Un plus</h2>{ul(r['fr']['desirable'])}</section>
<section class="band grey"><h2>Nous offrons</h2><p>Un contrat de deux ans pouvant être prolongé, une assurance
maladie pour vous et votre famille, trente jours de congé par an et des formations régulières au niveau régional.</p></section>
<section class="band navy"><h2>Postuler</h2><p>Envoyez votre dossier (CV et lettre de motivation en français ou en
anglais, référence SC-BF-2033-118) à jobs.bf@swisscontact.example avant le 21 novembre 2033 à 17 h (GMT).
Seules les personnes présélectionnées seront contactées ; les entretiens sont prévus début décembre 2033.</p></section>
<div class="band mast" style="font-size:8pt">Swisscontact · Swiss Foundation for Technical Cooperation · Ouagadougou, secteur 15 · www.swisscontact.example</div>
</body></html>
"""


# ------------------------------------------------------------------ ESO
def eso():
    x = N["2033_0187"]["exp"]
    r = x["requirements"]["en"]
    crit = [
        (r["essential"][0], "Essential"), (r["essential"][1], "Essential"),
        (r["desirable"][0], "Desirable"), (r["essential"][2], "Essential"),
        (r["desirable"][1], "Desirable"), (r["essential"][3], "Essential"),
        (r["essential"][4], "Essential"), (r["desirable"][2], "Desirable"),
    ]
    rows = "\n".join(f"<tr><td class='n'>{i}</td><td>{e(c)}</td><td class='k'>{k}</td></tr>"
                     for i, (c, k) in enumerate(crit, 1))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ESO Advert. No. 2033_0187</title>
<style>
@page {{ size: A4; margin: 18mm 17mm 18mm 17mm;
  @bottom-left {{ content: "ESO · Karl-Schwarzschild-Straße 2 · 85748 Garching bei München"; font-size: 7.5pt; color: #777; }}
  @bottom-right {{ content: "Advert. No. 2033_0187 · " counter(page) "/" counter(pages); font-size: 7.5pt; color: #777; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.4pt; color: #1b1b1b; line-height: 1.35; }}
.head {{ border-bottom: 2px solid #0a3d6b; padding-bottom: 4px; }}
.head .eso {{ font-size: 22pt; font-weight: bold; color: #0a3d6b; }}
h1 {{ font-size: 15pt; color: #0a3d6b; margin: 8px 0 2px; }}
h2 {{ font-size: 10.5pt; color: #0a3d6b; border-bottom: 1px solid #c7d3df; margin: 10px 0 3px; }}
table.kv td {{ padding: 1px 10px 1px 0; vertical-align: top; }}
table.kv td:first-child {{ font-weight: bold; width: 42mm; }}
table.crit {{ border-collapse: collapse; width: 100%; }}
table.crit th, table.crit td {{ border: 1px solid #8aa0b6; padding: 3px 5px; vertical-align: top; }}
table.crit th {{ background: #0a3d6b; color: #fff; text-align: left; }}
table.crit td.n {{ width: 7mm; text-align: center; }}
table.crit td.k {{ width: 25%; font-weight: bold; }}
table.crit tr {{ break-inside: avoid; }}
</style></head><body>
<div class="head"><span class="eso">ESO</span> &nbsp; European Southern Observatory · Recruitment</div>
<p>{e(x['organisation']['en'])} is the foremost intergovernmental astronomy organisation in Europe. It builds and
operates ground-based telescopes at three sites in northern Chile, and its Headquarters are in Garching. For the
Instrumentation Division of its Directorate of Engineering, ESO is advertising the position of</p>
<h1>{e(x['title']['en'])}</h1>
<table class="kv">
<tr><td>Advert. No.</td><td>2033_0187</td></tr>
<tr><td>Duty station</td><td>{e(x['location']['en'])}</td></tr>
<tr><td>Contract</td><td>International Staff Member, fixed term of 3 years with possible extension</td></tr>
<tr><td>Working time</td><td>{e(x['schedule']['en'])}</td></tr>
<tr><td>Grade</td><td>7</td></tr>
<tr><td>Monthly basic salary</td><td>EUR 7,480 – 9,120 (net of internal tax)</td></tr>
<tr><td>Starting date</td><td>As soon as possible, ideally 1 March 2034</td></tr>
<tr><td>Deadline</td><td>20/11/2033</td></tr>
</table>
<h2>The role</h2>
<p>The cryogenic team designs, integrates and maintains the cooling systems of the instruments that will be
mounted on the Extremely Large Telescope. You will take technical ownership of several cryostats from the design
review to their commissioning in Chile, working with consortia in the member states.</p>
<h2>Main tasks</h2>
<ul>
<li>Specify, review and verify cryostat and cooling designs delivered by instrument consortia.</li>
<li>Run thermal analyses and define acceptance tests in Europe and at the observatory.</li>
<li>Support the integration teams during cool-down campaigns and troubleshoot failures.</li>
<li>Maintain the documentation of interfaces between instruments and the telescope cooling plant.</li>
<li>Travel to Chile for missions of two to four weeks, up to three times a year.</li>
</ul>
<h2>Selection criteria</h2>
<table class="crit">
<tr><th>#</th><th>Criterion</th><th>Essential / Desirable</th></tr>
{rows}
</table>
<h2>What we offer</h2>
<p>ESO offers a tax-free salary, an expatriation allowance where applicable, comprehensive social benefits and
support for relocation. The selected candidate will be recruited on an initial contract of three years.
Interviews are expected to take place in January 2034.</p>
<h2>How to apply</h2>
<p>Please apply through the ESO recruitment portal with a CV and a motivation letter quoting the advert number
2033_0187. Applications received after the deadline (20/11/2033) cannot be considered. ESO is an equal-opportunity
employer and welcomes applications from nationals of its member states.</p>
</body></html>
"""


# ------------------------------------------------------------------ SOS MEDITERRANEE
def sosmed():
    x = N["sos-mediterranee-coordinateur-logistique-navire"]["exp"]
    r = x["requirements"]["fr"]
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>SOS MEDITERRANEE recrute</title>
<style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 9.6pt; color: #1a1a1a; }}
.banner {{ background: #e30613; color: #fff; padding: 16px 24px; }}
.banner .brand {{ font-size: 20pt; font-weight: bold; letter-spacing: 1px; }}
.banner .kicker {{ font-size: 11pt; margin-top: 4px; }}
.banner h1 {{ font-size: 19pt; margin: 8px 0 0; }}
.wrap {{ padding: 12px 24px; }}
aside {{ float: right; width: 60mm; margin: 0 0 8px 12px; background: #0c2340; color: #fff; padding: 10px 12px; }}
aside h2 {{ color: #ff5a60; margin-top: 0; }}
aside dt {{ font-size: 7.5pt; text-transform: uppercase; letter-spacing: 1px; color: #9fc3ff; margin-top: 6px; }}
aside dd {{ margin: 0; font-weight: bold; }}
h2 {{ font-size: 11pt; color: #e30613; text-transform: uppercase; margin: 10px 0 3px; }}
ul {{ padding-left: 16px; margin: 3px 0; }}
li {{ margin-bottom: 2px; }}
.foot {{ clear: both; border-top: 3px solid #e30613; margin: 10px 24px 0; padding-top: 4px; font-size: 7.5pt; color: #555; }}
</style></head><body>
<div class="banner"><div class="brand">SOS MEDITERRANEE</div>
<div class="kicker">Sauvetage en mer · Offre d'emploi</div>
<h1>{e(x['title']['fr'])}</h1></div>
<div class="wrap">
<aside>
<h2>En bref</h2>
<dl>
<dt>Association</dt><dd>{e(x['organisation']['fr'])}</dd>
<dt>Lieu</dt><dd>{e(x['location']['fr'])}</dd>
<dt>Contrat</dt><dd>CDD de 12 mois</dd>
<dt>Temps de travail</dt><dd>{e(x['schedule']['fr'])}</dd>
<dt>Rémunération</dt><dd>2 650 € bruts mensuels, plus indemnités d'embarquement</dd>
<dt>Prise de poste</dt><dd>5 janvier 2034</dd>
<dt>Candidatures jusqu'au</dt><dd>27/11/2033</dd>
</dl>
</aside>
<h2>Qui sommes-nous ?</h2>
<p>Association civile européenne de sauvetage en mer, SOS MEDITERRANEE affrète un navire pour porter assistance
aux personnes en détresse en Méditerranée centrale. L'équipe à terre, basée à Marseille, prépare les rotations,
assure l'approvisionnement et veille à la sécurité des équipes embarquées.</p>
<h2>Le poste</h2>
<p>Sous la responsabilité du ou de la responsable des opérations, vous organisez la logistique du navire entre
deux rotations et à bord. Vos missions :</p>
<ul>
<li>préparer les commandes de vivres, d'eau, de kits d'urgence et de matériel médical ;</li>
<li>tenir l'inventaire du bord et les registres de traçabilité ;</li>
<li>coordonner les escales avec les agents maritimes et les fournisseurs ;</li>
<li>encadrer deux logisticien·nes lors des rotations de cinq semaines ;</li>
<li>rendre compte chaque semaine à l'équipe de Marseille.</li>
</ul>
<h2>Profil recherché</h2>
{ul(r['essential'])}
<h2>Atouts</h2>
{ul(r['desirable'])}
<h2>Conditions</h2>
<p>Rotations de cinq semaines en mer suivies de périodes de récupération à terre ; prise en charge des trajets,
de l'hébergement et des repas pendant les rotations ; mutuelle d'entreprise et titres-restaurant à terre.</p>
<h2>Pour postuler</h2>
<p>Envoyez CV et lettre de motivation avant le 27/11/2033 à recrutement@sosmed.example en précisant en objet
« Coordination logistique ». Les entretiens auront lieu à Marseille la semaine du 8 décembre 2033.</p>
</div>
<div class="foot">SOS MEDITERRANEE France · association loi 1901 · siège : Marseille · Ensemble, sauvons des vies en mer.</div>
</body></html>
"""


# ------------------------------------------------------------------ Lindt
def lindt():
    x = N["lsf-olo-2033-046"]["exp"]
    r = x["requirements"]["fr"]
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Lindt & Sprüngli SAS – offre LSF-OLO-2033-046</title>
<style>
@page {{ size: A4 landscape; margin: 10mm 12mm; }}
body {{ font-family: "Liberation Serif", serif; font-size: 9.6pt; color: #2b1a10; }}
.mast {{ background: #2b1a10; color: #f3e3c3; padding: 6px 12px; display: flex; justify-content: space-between; align-items: baseline; }}
.mast b {{ font-size: 18pt; letter-spacing: 2px; }}
h1 {{ font-size: 15pt; color: #8a5a2b; margin: 6px 0 2px; }}
.cols {{ column-count: 3; column-gap: 9mm; column-rule: 1px solid #c9a77c; }}
h2 {{ font-size: 10.5pt; color: #8a5a2b; text-transform: uppercase; margin: 6px 0 2px; break-after: avoid; }}
.facts {{ border: 1px solid #c9a77c; background: #faf3e6; padding: 5px 7px; break-inside: avoid; }}
.facts p {{ margin: 2px 0; }}
.facts span {{ font-weight: bold; }}
ul {{ margin: 2px 0; padding-left: 14px; }}
.block {{ break-inside: avoid; }}
.foot {{ font-size: 7.5pt; color: #7a6a5a; border-top: 1px solid #c9a77c; margin-top: 6px; padding-top: 2px; }}
</style></head><body>
<div class="mast"><b>LINDT</b><span>Maîtres Chocolatiers Suisses depuis 1845 · Site d'Oloron-Sainte-Marie</span></div>
<h1>{e(x['title']['fr'])}</h1>
<div class="cols">
<div class="facts">
<p><span>Référence :</span> LSF-OLO-2033-046</p>
<p><span>Société :</span> {e(x['organisation']['fr'])}</p>
<p><span>Lieu de travail :</span> {e(x['location']['fr'])}</p>
<p><span>Contrat :</span> CDI</p>
<p><span>Horaires :</span> {e(x['schedule']['fr'])}</p>
<p><span>Salaire :</span> de 29 500 € à 33 000 € bruts annuels selon expérience, sur 13 mois</p>
<p><span>Date de publication :</span> 13/10/2033</p>
<p><span>Date limite de candidature :</span> 05/11/2033</p>
</div>
<div class="block"><h2>Notre site</h2>
<p>Depuis plus d'un siècle, le site d'Oloron fabrique des tablettes et des chocolats de fête pour la France et
l'export. Près de 700 collaborateurs permanents y travaillent, renforcés chaque automne par des équipes saisonnières.</p></div>
<div class="block"><h2>Vos missions</h2>
<ul>
<li>Démarrer, régler et surveiller la ligne de moulage de tablettes.</li>
<li>Réaliser les changements de format et les nettoyages selon les standards.</li>
<li>Contrôler la qualité des produits et renseigner les enregistrements.</li>
<li>Intervenir en premier niveau sur les arrêts et alerter la maintenance.</li>
<li>Participer aux démarches d'amélioration continue de l'atelier.</li>
</ul></div>
<div class="block"><h2>Votre profil</h2>
{ul(r['essential'])}</div>
<div class="block"><h2>Les plus</h2>
{ul(r['desirable'])}</div>
<div class="block"><h2>Savoir-être</h2>
{comp_ul(x['competencies']['fr'], ' : ')}</div>
<div class="block"><h2>Nous vous offrons</h2>
<p>Une formation au poste de six semaines, un intéressement et une participation, un comité social et économique
actif, une mutuelle prise en charge à 60 % et… le plaisir de travailler le chocolat.</p></div>
<div class="block"><h2>Postuler</h2>
<p>Déposez votre candidature sur notre site carrières avant le 05/11/2033, référence LSF-OLO-2033-046. Les
entretiens et tests pratiques se dérouleront sur le site à partir du 17 novembre 2033.</p></div>
<div class="foot">Lindt & Sprüngli SAS · site de production · 64400 Oloron-Sainte-Marie · recrutement-oloron@lindt.example</div>
</div>
</body></html>
"""
