# HTML sources: Chromium (FIE, ICF) and WeasyPrint (Getlink, CTO, IALA)
from html import escape as e
from data import N


def li(items, tag="ul", cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<{tag}{c}>" + "".join(f"<li>{e(x)}</li>" for x in items) + f"</{tag}>"


def comps(lst, sep=":"):
    return "<ul>" + "".join(f"<li><b>{e(n)}{sep}</b> {e(d)}</li>" for n, d in lst) + "</ul>"


# ---------------------------------------------------------------- FIE (EN | FR side by side, Chromium)
def fie():
    d = N["fie-rh-2038-06"]
    r, c = d["req"], d["comp"]
    rows = [
        ("<h2 class='band'>VACANCY NOTICE</h2>"
         f"<h1>{e(d['title']['en'])}</h1><p class='no'>Vacancy notice No. {d['reference']}</p>",
         "<h2 class='band'>AVIS DE VACANCE DE POSTE</h2>"
         f"<h1>{e(d['title']['fr'])}</h1><p class='no'>Avis de vacance n° {d['reference']}</p>"),
        ("<table class='facts'>"
         f"<tr><th>Organisation:</th><td>{e(d['organisation']['en'])}</td></tr>"
         "<tr><th>Department:</th><td>Sport Department</td></tr>"
         f"<tr><th>Duty station:</th><td>{e(d['location']['en'])}</td></tr>"
         "<tr><th>Contract:</th><td>Permanent, three-month trial period</td></tr>"
         f"<tr><th>Working time:</th><td>{e(d['schedule']['en'])}</td></tr>"
         "<tr><th>Annual salary:</th><td>CHF 92,000 – 104,000 gross, paid in 13 instalments</td></tr>"
         "<tr><th>Published:</th><td>3 June 2038</td></tr>"
         "<tr><th>Start:</th><td>1 October 2038 or as agreed</td></tr>"
         "<tr><th>Closing date:</th><td>1 July 2038</td></tr></table>",
         "<table class='facts'>"
         f"<tr><th>Organisation :</th><td>{e(d['organisation']['fr'])}</td></tr>"
         "<tr><th>Service :</th><td>Département Sport</td></tr>"
         f"<tr><th>Lieu d'affectation :</th><td>{e(d['location']['fr'])}</td></tr>"
         "<tr><th>Contrat :</th><td>Durée indéterminée, période d'essai de trois mois</td></tr>"
         f"<tr><th>Temps de travail :</th><td>{e(d['schedule']['fr'])}</td></tr>"
         "<tr><th>Salaire annuel :</th><td>92 000 – 104 000 CHF bruts, versés en 13 mensualités</td></tr>"
         "<tr><th>Publication :</th><td>3 juin 2038</td></tr>"
         "<tr><th>Entrée en fonction :</th><td>1er octobre 2038 ou à convenir</td></tr>"
         "<tr><th>Date limite :</th><td>1er juillet 2038</td></tr></table>"),
        ("<h3>About the FIE</h3><p>The FIE governs fencing worldwide, with more than 150 member federations. "
         "Its headquarters team of about twenty people prepares the calendar of World Cups, Grand Prix and "
         "championships and supports referees, organisers and athletes.</p>",
         "<h3>À propos de la FIE</h3><p>La FIE régit l'escrime dans le monde entier et compte plus de 150 fédérations "
         "membres. Son équipe d'une vingtaine de personnes au siège prépare le calendrier des Coupes du monde, des "
         "Grands Prix et des championnats et accompagne arbitres, organisateurs et athlètes.</p>"),
        ("<h3>Duties</h3><ol><li>Prepare and follow up the international competition calendar with the organising "
         "federations.</li><li>Check that venues, pistes and scoring equipment meet the FIE rules before each event.</li>"
         "<li>Appoint referees and supervisors in line with the decisions of the Refereeing Commission.</li>"
         "<li>Handle entries, results and rankings with the IT team.</li><li>Serve as secretary of the Competitions "
         "Commission and draft its minutes.</li></ol>",
         "<h3>Attributions</h3><ol><li>Préparer et suivre le calendrier des compétitions internationales avec les "
         "fédérations organisatrices.</li><li>Vérifier avant chaque épreuve que les salles, les pistes et le matériel "
         "de comptage sont conformes aux règles de la FIE.</li><li>Désigner les arbitres et les superviseurs selon les "
         "décisions de la Commission d'arbitrage.</li><li>Gérer les inscriptions, les résultats et les classements "
         "avec l'équipe informatique.</li><li>Assurer le secrétariat de la Commission des compétitions et en rédiger "
         "les procès-verbaux.</li></ol>"),
        ("<h3>Requirements</h3>" + li(r["en"]["essential"]) + "<h3>Assets</h3>" + li(r["en"]["desirable"]),
         "<h3>Exigences</h3>" + li(r["fr"]["essential"]) + "<h3>Atouts</h3>" + li(r["fr"]["desirable"])),
        ("<h3>Competencies</h3>" + comps(c["en"]), "<h3>Compétences</h3>" + comps(c["fr"], " :")),
        ("<h3>How to apply</h3><p>Send a letter of motivation and a CV, quoting the vacancy number, to "
         "recruitment@fie-hq.example by 1 July 2038. Interviews are planned in Lausanne in the week of "
         "19 July 2038.</p>",
         "<h3>Candidature</h3><p>Adressez une lettre de motivation et un CV, en rappelant le numéro de l'avis, à "
         "recruitment@fie-hq.example au plus tard le 1er juillet 2038. Les entretiens auront lieu à Lausanne la "
         "semaine du 19 juillet 2038.</p>"),
    ]
    body = "".join(f"<tr><td class='en'>{a}</td><td class='fr'>{b}</td></tr>" for a, b in rows)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{d['reference']}</title>
<style>
@page {{ size: A4; margin: 14mm 13mm 16mm 13mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.4pt; color: #1b1b1b; }}
.letterhead {{ display: flex; justify-content: space-between; border-bottom: 3px solid #8a0f1e; padding-bottom: 4px; margin-bottom: 8px; }}
.letterhead div {{ font-weight: bold; color: #8a0f1e; font-size: 10.5pt; }}
table.main {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table.main > tbody > tr {{ page-break-inside: avoid; break-inside: avoid; }}
table.main > tbody > tr > td {{ vertical-align: top; padding: 3px 7px; width: 50%; }}
td.en {{ border-right: 1px solid #bbb; }}
.band {{ background: #8a0f1e; color: #fff; font-size: 10pt; padding: 3px 6px; letter-spacing: 1px; margin: 0 0 4px 0; }}
h1 {{ font-size: 13pt; margin: 4px 0; }} h3 {{ font-size: 10pt; color: #8a0f1e; margin: 6px 0 3px 0; }}
.no {{ font-size: 8.5pt; color: #555; margin: 0; }}
table.facts {{ width: 100%; border-collapse: collapse; background: #f2ecec; }}
table.facts th {{ text-align: left; font-weight: bold; padding: 2px 4px; width: 40%; vertical-align: top; }}
table.facts td {{ padding: 2px 4px; }}
ol, ul {{ margin: 2px 0 2px 16px; padding: 0; }} li {{ margin-bottom: 2px; }}
.foot {{ margin-top: 10px; border-top: 1px solid #8a0f1e; font-size: 7.5pt; color: #666; text-align: center; padding-top: 3px; }}
</style></head><body>
<div class="letterhead"><div>INTERNATIONAL FENCING FEDERATION</div><div>FÉDÉRATION INTERNATIONALE D'ESCRIME</div></div>
<table class="main"><tbody>{body}</tbody></table>
<div class="foot">Maison du Sport International · Avenue de Rhodanie · 1007 Lausanne · {d['reference']}</div>
</body></html>"""


# ---------------------------------------------------------------- ICF (poster with a sidebar, Chromium)
def icf():
    d = N["icf-2038-11"]
    r = d["req"]["en"]
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(d['title']['en'])} – ICF</title>
<style>
@page {{ size: A4; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt; color: #142033; width: 210mm; }}
.banner {{ background: #e2550f; color: #fff; padding: 12mm 14mm 8mm 14mm; }}
.kicker {{ letter-spacing: 4px; font-size: 8.5pt; text-transform: uppercase; }}
.banner h1 {{ font-size: 22pt; margin: 4px 0 2px 0; }}
.banner p {{ margin: 0; font-size: 10pt; }}
.wrap {{ padding: 7mm 14mm 0 14mm; }}
aside {{ float: right; width: 62mm; margin: 0 0 5mm 7mm; background: #eaf2f7; border-top: 5px solid #0b4f8a; padding: 4mm; }}
aside dt {{ text-transform: uppercase; letter-spacing: 2px; font-size: 7pt; color: #0b4f8a; margin-top: 3mm; font-weight: bold; }}
aside dd {{ margin: 1mm 0 0 0; font-size: 9.5pt; }}
h2 {{ font-size: 11pt; border-left: 4px solid #e2550f; padding-left: 6px; margin: 4mm 0 2mm 0; }}
ul {{ margin: 0 0 0 5mm; padding: 0; }} li {{ margin-bottom: 1.2mm; }}
.apply {{ clear: both; border: 2px solid #0b4f8a; margin: 6mm 14mm 0 14mm; padding: 3mm 4mm; }}
footer {{ background: #142033; color: #cfd8e3; font-size: 7.5pt; padding: 3mm 14mm; margin-top: 6mm; }}
</style></head><body>
<div class="banner"><div class="kicker">Join the paddling family</div>
<h1>{e(d['title']['en'])}</h1><p>Lausanne headquarters · Sport and Events Department</p></div>
<div class="wrap">
<aside><dl>
<dt>Reference</dt><dd>{d['reference']}</dd>
<dt>Employer</dt><dd>{e(d['organisation']['en'])}</dd>
<dt>Location</dt><dd>{e(d['location']['en'])}</dd>
<dt>Activity rate</dt><dd>{e(d['schedule']['en'])}</dd>
<dt>Contract</dt><dd>Open-ended</dd>
<dt>Salary</dt><dd>CHF 84,000 – 94,000 per year (for 100%)</dd>
<dt>Start date</dt><dd>1 September 2038</dd>
<dt>Closing date</dt><dd>20 July 2038</dd>
</dl></aside>
<h2>The role</h2>
<p>You will coordinate the operational side of our World Cups and World Championships in canoe sprint, slalom,
marathon and paracanoe. Working with local organising committees, you will make sure that athletes and team
officials find clear information, fair procedures and reliable services at every event, from entries and
accreditation to transport, training slots and medal ceremonies.</p>
<h2>What you will do</h2>
<ul><li>Plan the event services timeline with each organising committee and check its delivery on site.</li>
<li>Run the athlete and team-leader information meetings before competitions.</li>
<li>Manage entries and accreditation with the IT and results providers.</li>
<li>Collect feedback from athletes after each event and propose improvements.</li></ul>
<h2>What you need</h2>{li(r['essential'])}
<h2>What would set you apart</h2>{li(r['desirable'])}
<h2>What we offer</h2>
<p>A small, international team in the Olympic Capital, five weeks of holiday, a pension fund above the legal
minimum and a CHF 500 yearly allowance for sport or language courses.</p>
</div>
<div class="apply"><b>How to apply.</b> Upload your CV and a short cover letter on our careers page before
20 July 2038, quoting {d['reference']}. First interviews will take place by video in the week of 2 August.</div>
<footer>International Canoe Federation · Avenue de Rhodanie 54 · 1007 Lausanne · careers@canoe-icf.example</footer>
</body></html>"""


# ---------------------------------------------------------------- Getlink (form with boxes, WeasyPrint)
def getlink():
    d = N["get-rh-2038-0412"]
    r = d["req"]["fr"]
    names = " ".join(f"<li>{e(n)}</li>" for n, _ in d["comp"]["fr"])
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {d['reference']}</title>
<style>
@page {{ size: A4; margin: 12mm 12mm 16mm 12mm;
  @bottom-left {{ content: "Getlink · Direction des ressources humaines · Formulaire RH-FP-07"; font-size: 7pt; color: #666; }}
  @bottom-right {{ content: "page " counter(page) " / " counter(pages); font-size: 7pt; color: #666; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #111; }}
.head {{ display: flex; border: 2px solid #003b71; }}
.head div {{ padding: 3mm; }}
.head .l {{ width: 55%; background: #003b71; color: #fff; font-weight: bold; font-size: 12pt; }}
.head .r {{ width: 45%; font-size: 8pt; }}
.band {{ background: #e4002b; color: #fff; font-weight: bold; padding: 1.3mm 2mm; margin-top: 3mm; font-size: 9pt; }}
.row {{ display: flex; }}
.box {{ border: 1px solid #003b71; margin: 1.2mm 0.6mm 0 0; padding: 1.3mm 2mm; flex: 1; }}
.lab {{ display: block; font-size: 6.3pt; text-transform: uppercase; color: #003b71; letter-spacing: .5px; margin-bottom: .6mm; }}
ul {{ margin: 0; padding-left: 4mm; list-style: square; }}
.sign {{ height: 14mm; }}
</style></head><body>
<div class="head"><div class="l">FICHE DE POSTE<br><span style="font-size:9pt;font-weight:normal">Offre d'emploi interne et externe</span></div>
<div class="r">N° de l'offre : <b>{d['reference']}</b><br>Émise le : 10/06/2038<br>Direction : Maintenance des infrastructures</div></div>

<div class="band">1. IDENTIFICATION DU POSTE</div>
<div class="row"><div class="box"><span class="lab">Intitulé du poste</span>{e(d['title']['fr'])}</div>
<div class="box"><span class="lab">Employeur</span>{e(d['organisation']['fr'])}</div></div>
<div class="row"><div class="box"><span class="lab">Site d'affectation</span>{e(d['location']['fr'])}</div>
<div class="box"><span class="lab">Service</span>Énergie et caténaire – tunnel sous la Manche</div></div>
<div class="row"><div class="box"><span class="lab">Type de contrat</span>☒ CDI ☐ CDD ☐ Alternance</div>
<div class="box"><span class="lab">Organisation du travail</span>☐ Horaires de journée ☒ {e(d['schedule']['fr'])}</div></div>
<div class="row"><div class="box"><span class="lab">Rémunération</span>2 480 € à 2 860 € bruts mensuels selon expérience, primes de poste en sus</div>
<div class="box"><span class="lab">Statut</span>Technicien – agent de maîtrise</div></div>

<div class="band">2. MISSIONS</div>
<div class="box"><span class="lab">Activités principales</span><ul>
<li>Réaliser les visites préventives des installations caténaires et des sous-stations du tunnel.</li>
<li>Intervenir en dépannage de nuit lors des fenêtres de maintenance.</li>
<li>Consigner et déconsigner les installations selon les procédures de sécurité.</li>
<li>Renseigner la GMAO et proposer des améliorations.</li></ul></div>

<div class="band">3. PROFIL RECHERCHÉ</div>
<div class="box"><span class="lab">Compétences requises</span>{li(r['essential'])}</div>
<div class="box"><span class="lab">Compétences appréciées</span>{li(r['desirable'])}</div>
<div class="box"><span class="lab">Savoir-être</span><ul>{names}</ul></div>

<div class="band">4. CALENDRIER</div>
<div class="row"><div class="box"><span class="lab">Date limite de candidature</span>08/07/2038</div>
<div class="box"><span class="lab">Entretiens</span>à partir du 20/07/2038</div>
<div class="box"><span class="lab">Prise de poste</span>01/09/2038</div></div>

<div class="band">5. CANDIDATURE</div>
<div class="box">CV et lettre de motivation à adresser via l'espace carrières en rappelant le numéro de l'offre {d['reference']}.</div>
<div class="row"><div class="box sign"><span class="lab">Visa du responsable hiérarchique</span></div>
<div class="box sign"><span class="lab">Visa RH</span></div></div>
</body></html>"""


# ---------------------------------------------------------------- CTO (three pages, running heads, WeasyPrint)
def cto():
    d = N["cto-hr-2038-04"]
    r = d["req"]["en"]
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{d['reference']}</title>
<style>
@page {{ size: A4; margin: 24mm 20mm 22mm 20mm;
  @top-left {{ content: "Commonwealth Telecommunications Organisation"; font-size: 7.5pt; color: #555; border-bottom: .5pt solid #999; }}
  @top-right {{ content: "Vacancy {d['reference']}"; font-size: 7.5pt; color: #555; border-bottom: .5pt solid #999; }}
  @bottom-left {{ content: "Confidential once completed · Candidate information"; font-size: 7.5pt; color: #555; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt; color: #555; }} }}
body {{ font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.35; }}
h1 {{ font-family: 'Liberation Sans', sans-serif; font-size: 17pt; color: #5b2a86; margin: 0 0 2mm 0; }}
h2 {{ font-family: 'Liberation Sans', sans-serif; font-size: 12pt; color: #5b2a86; margin: 6mm 0 2mm 0; }}
h3 {{ font-size: 11pt; margin: 3mm 0 1mm 0; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: .6pt solid #999; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }}
th {{ background: #eee8f3; width: 32%; }}
.brk {{ page-break-before: always; }}
</style></head><body>
<h1>{e(d['title']['en'])}</h1>
<p>Vacancy announcement {d['reference']} · issued 14 June 2038</p>
<table>
<tr><th>Organisation</th><td>{e(d['organisation']['en'])}</td></tr>
<tr><th>Directorate</th><td>Programmes and Partnerships</td></tr>
<tr><th>Duty station</th><td>{e(d['location']['en'])}</td></tr>
<tr><th>Type of appointment</th><td>Fixed term, three years, renewable</td></tr>
<tr><th>Hours</th><td>{e(d['schedule']['en'])}</td></tr>
<tr><th>Salary</th><td>£58,000 – £66,000 per annum, plus 10% employer pension contribution</td></tr>
<tr><th>Closing date</th><td>13 July 2038, 17:00 UK time</td></tr>
</table>
<h2>1. About the CTO</h2>
<p>The Commonwealth Telecommunications Organisation is an intergovernmental body that helps its member
countries use information and communication technologies for development. It works with ministries,
regulators, operators and civil society on policy, capacity building and the delivery of projects funded by
partners.</p>
<h2>2. Purpose of the post</h2>
<p>The Programme Manager leads the CTO's work on bringing affordable connectivity to rural and remote
communities, from policy advice on universal service to the design and monitoring of pilot projects with
member countries and partners.</p>
<h2>3. Key responsibilities</h2>
<ol type="a"><li>Design and manage a portfolio of rural connectivity projects in Africa, the Caribbean and the Pacific.</li>
<li>Advise member governments on universal access strategies and funding models.</li>
<li>Prepare funding proposals and report to donors on progress and results.</li>
<li>Organise regional workshops and the annual connectivity forum.</li>
<li>Supervise two programme officers and external consultants.</li>
<li>Represent the CTO at international meetings when requested.</li></ol>
<h2 class="brk">4. Competencies</h2>
<ul>{''.join(f'<li><b>{e(n)}:</b> {e(x)}</li>' for n, x in d['comp']['en'])}</ul>
<h2>5. Person specification</h2>
<h3>Essential</h3>{li(r['essential'])}
<h3>Desirable</h3>{li(r['desirable'])}
<h2>6. Terms and conditions</h2>
<p>The appointment is for three years with a probation period of six months. Annual leave is 27 days plus public
holidays. The CTO offers a hybrid working policy, with at least three days a week in the London office.
Candidates must have the right to work in the United Kingdom or be eligible for sponsorship.</p>
<h2 class="brk">7. How to apply</h2>
<p>Send a CV of no more than three pages and a supporting statement addressing the person specification to
vacancies@cto-hq.example, quoting {d['reference']} in the subject line. Applications must reach us by
13 July 2038. Shortlisted candidates will be invited to interview in London in the week beginning 26 July 2038.</p>
<h2>8. Equal opportunities</h2>
<p>The CTO welcomes applications from nationals of all Commonwealth countries and is committed to gender
balance in its secretariat. Reasonable adjustments are available at every stage of the selection process.</p>
</body></html>"""


# ---------------------------------------------------------------- IALA (brochure with coloured bands, WeasyPrint)
def iala():
    d = N["iala-vn-2038-02"]
    r, c = d["req"], d["comp"]
    def half(l):
        en = l == "en"
        L = (lambda a, b: a if en else b)
        facts = [
            (L("Reference", "Référence"), d["reference"]),
            (L("Organisation", "Organisation"), d["organisation"][l]),
            (L("Duty station", "Lieu d'affectation"), d["location"][l]),
            (L("Working time", "Temps de travail"), d["schedule"][l]),
            (L("Salary", "Rémunération"), L("EUR 6,150 gross per month, paid 13 times a year",
                                             "6 150 EUR bruts par mois, versés 13 fois par an")),
            (L("Published", "Publication"), L("8 June 2038", "8 juin 2038")),
            (L("Start", "Entrée en fonction"), L("1 October 2038", "1er octobre 2038")),
            (L("Contract", "Contrat"), L("Three years, renewable", "Trois ans, renouvelable")),
            (L("Closing date", "Date limite"), L("22 July 2038", "22 juillet 2038")),
        ]
        grid = "".join(f"<div class='cell'><span class='lab'>{e(a)}</span>{e(b)}</div>" for a, b in facts)
        return f"""
<div class="band title"><h1>{e(d['title'][l])}</h1></div>
<div class="grid">{grid}</div>
<div class="band white"><h2>{L('The organisation', "L'organisation")}</h2><p>{L(
"IALA brings together the national authorities that provide lighthouses, buoys, radio aids and vessel traffic services, with industry and scientific members. Its secretariat prepares standards, recommendations and guidelines and runs a world-wide training academy.",
"L'AISM réunit les autorités nationales chargées des phares, des bouées, des aides radioélectriques et des services de trafic maritime, ainsi que des membres industriels et scientifiques. Son secrétariat prépare des normes, recommandations et lignes directrices et anime une académie de formation mondiale.")}</p></div>
<div class="band grey"><h2>{L('Main duties', 'Principales missions')}</h2><ul>{L(
"<li>Coordinate the work of the technical committees and the preparation of their reports.</li><li>Keep the catalogue of IALA standards and guidelines up to date.</li><li>Plan and support capacity-building missions with the Academy.</li><li>Represent IALA at meetings of the IMO and of sister organisations.</li>",
"<li>Coordonner les travaux des comités techniques et la préparation de leurs rapports.</li><li>Tenir à jour le catalogue des normes et lignes directrices de l'AISM.</li><li>Planifier et appuyer les missions de renforcement des capacités avec l'Académie.</li><li>Représenter l'AISM aux réunions de l'OMI et des organisations sœurs.</li>")}</ul></div>
<div class="band white"><h2>{L('What you bring', 'Votre profil')}</h2>{li(r[l]['essential'], cls='sq')}
<h3>{L('An advantage', 'Un plus')}</h3>{li(r[l]['desirable'], cls='sq')}</div>
<div class="band grey"><h2>{L('Competencies', 'Compétences')}</h2><ul class="sq">{''.join(f'<li><b>{e(n)}{":" if en else " :"}</b> {e(x)}</li>' for n, x in c[l])}</ul></div>
<div class="band apply"><h2>{L('Apply', 'Candidature')}</h2><p>{L(
"Send your CV and a motivation letter to jobs@iala-aism.example before 22 July 2038, quoting the reference. Interviews will be held in Saint-Germain-en-Laye in September.",
"Envoyez votre CV et une lettre de motivation à jobs@iala-aism.example avant le 22 juillet 2038, en rappelant la référence. Les entretiens auront lieu à Saint-Germain-en-Laye en septembre.")}</p></div>"""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{d['reference']}</title>
<style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; color: #102030; }}
.mast {{ background: #0a2a5c; color: #fff; padding: 7mm 12mm; }}
.mast b {{ font-size: 15pt; letter-spacing: 2px; }} .mast span {{ float: right; font-size: 9pt; padding-top: 2mm; }}
.band {{ padding: 3mm 12mm; }}
.title {{ background: #f1b300; }} .title h1 {{ margin: 0; font-size: 15pt; }}
.white {{ background: #fff; }} .grey {{ background: #edf0f4; }}
.apply {{ background: #00857c; color: #fff; }}
.grid {{ display: flex; flex-wrap: wrap; background: #dfe6ee; padding: 2mm 12mm; }}
.cell {{ width: 33%; padding: 1.5mm 0; }}
.lab {{ display: block; font-size: 6.5pt; letter-spacing: 1.5px; text-transform: uppercase; color: #0a2a5c; }}
h2 {{ font-size: 11pt; margin: 0 0 1.5mm 0; }} h3 {{ font-size: 10pt; margin: 2mm 0 1mm 0; }}
p {{ margin: 0; }} ul {{ margin: 0 0 0 5mm; padding: 0; }} ul.sq {{ list-style: square; }}
.fr {{ page-break-before: always; }}
.strip {{ background: #0a2a5c; color: #fff; padding: 2mm 12mm; letter-spacing: 3px; font-weight: bold; }}
footer {{ background: #102030; color: #c9d3de; font-size: 7.5pt; padding: 3mm 12mm; }}
</style></head><body>
<div class="mast"><b>IALA · AISM</b><span>Careers · Carrières</span></div>
{half('en')}
<div class="fr"><div class="strip">VERSION FRANÇAISE</div>{half('fr')}</div>
<footer>10 rue des Gaudines · 78100 Saint-Germain-en-Laye · France</footer>
</body></html>"""
