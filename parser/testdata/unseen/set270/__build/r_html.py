# HTML sources: Chromium (FIM, INPI, UIPM; written beside their PDFs) and WeasyPrint (ICSG, FAI; under src/).
import html, os
from data import D
B = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.join(B, "..")
SRC = os.path.join(B, "src")
e = html.escape

def ul(items, cls=""):
    return "<ul%s>%s</ul>" % (f' class="{cls}"' if cls else "", "".join(f"<li>{e(i)}</li>" for i in items))

def comps_html(lst, sep=":"):
    out = []
    for c in lst:
        if c["description"]:
            out.append(f"<li><b>{e(c['name'])}{' ' if sep == ' :' else ''}:</b> {e(c['description'])}</li>")
        else:
            out.append(f"<li>{e(c['name'])}</li>")
    return "<ul>" + "".join(out) + "</ul>"

def fim():
    d = D["fim-hr-2040-03"]; R = d["requirements"]; C = d["competencies"]
    rows = [
     ("""<div class="band">VACANCY NOTICE</div><p class="no"><i>Vacancy notice No.</i> FIM-HR-2040-03</p>""",
      """<div class="band">AVIS DE VACANCE DE POSTE</div><p class="no"><i>Avis de vacance n°</i> FIM-HR-2040-03</p>"""),
     (f"""<h2>{e(d['title']['en'])}</h2>
<table class="facts">
<tr><th>Organisation:</th><td>{e(d['organisation']['en'])}</td></tr>
<tr><th>Department:</th><td>Sport Department – Circuit Racing</td></tr>
<tr><th>Duty station:</th><td>{e(d['location']['en'])}</td></tr>
<tr><th>Contract:</th><td>Permanent, after a six-month trial period</td></tr>
<tr><th>Working time:</th><td>{e(d['schedule']['en'])}</td></tr>
<tr><th>Salary:</th><td>CHF 88,000 – 99,000 gross per year, paid in 13 instalments</td></tr>
<tr><th>Published:</th><td>5 March 2040</td></tr>
<tr><th>Entry on duty:</th><td>1 June 2040</td></tr>
<tr><th>Closing date:</th><td>2 April 2040</td></tr>
</table>""",
      f"""<h2>{e(d['title']['fr'])}</h2>
<table class="facts">
<tr><th>Organisation :</th><td>{e(d['organisation']['fr'])}</td></tr>
<tr><th>Département :</th><td>Département Sport – Courses sur circuit</td></tr>
<tr><th>Lieu d'affectation :</th><td>{e(d['location']['fr'])}</td></tr>
<tr><th>Contrat :</th><td>Durée indéterminée, après une période d'essai de six mois</td></tr>
<tr><th>Temps de travail :</th><td>{e(d['schedule']['fr'])}</td></tr>
<tr><th>Salaire :</th><td>CHF 88 000 – 99 000 brut par an, versés en 13 mensualités</td></tr>
<tr><th>Publication :</th><td>5 mars 2040</td></tr>
<tr><th>Entrée en fonction :</th><td>1er juin 2040</td></tr>
<tr><th>Date limite :</th><td>2 avril 2040</td></tr>
</table>"""),
     ("""<h3>The FIM</h3><p>Founded in 1904, the FIM is the world governing body of motorcycle sport. From its headquarters on the shore of Lake Geneva, a team of about fifty staff supports member federations on six continents and supervises world championships in circuit racing, motocross, trial, enduro and track racing.</p>""",
      """<h3>La FIM</h3><p>Fondée en 1904, la FIM est l'instance dirigeante mondiale du sport motocycliste. Depuis son siège au bord du Léman, une équipe d'une cinquantaine de personnes accompagne les fédérations membres sur six continents et supervise les championnats du monde de courses sur circuit, de motocross, de trial, d'enduro et de courses sur piste.</p>"""),
     ("""<h3>Main duties</h3><ol>
<li>Prepare and update the technical rules of the circuit racing championships with the Technical Commission.</li>
<li>Process homologation files for machines, tyres and safety equipment.</li>
<li>Coordinate the technical stewards at about ten events a year and check their reports.</li>
<li>Follow up on protests and appeals of a technical nature.</li>
<li>Contribute to research projects on rider safety and on sustainable fuels.</li></ol>""",
      """<h3>Tâches principales</h3><ol>
<li>Préparer et mettre à jour les règlements techniques des championnats de courses sur circuit avec la Commission technique.</li>
<li>Instruire les dossiers d'homologation des machines, des pneumatiques et des équipements de sécurité.</li>
<li>Coordonner les commissaires techniques sur une dizaine de manifestations par an et vérifier leurs rapports.</li>
<li>Assurer le suivi des réclamations et des appels de nature technique.</li>
<li>Contribuer aux projets de recherche sur la sécurité des pilotes et sur les carburants durables.</li></ol>"""),
     (f"<h3>Requirements</h3>{ul(R['en']['essential'])}<h3>Assets</h3>{ul(R['en']['desirable'])}",
      f"<h3>Exigences</h3>{ul(R['fr']['essential'])}<h3>Atouts</h3>{ul(R['fr']['desirable'])}"),
     (f"<h3>Competencies</h3>{comps_html(C['en'])}", f"<h3>Compétences</h3>{comps_html(C['fr'], ' :')}"),
     ("""<h3>How to apply</h3><p>Send a letter of motivation, a CV and two references to recruitment@fim-hr.example, quoting the vacancy number, by 2 April 2040. Interviews are planned for the week of 16 April 2040. Only shortlisted candidates will be contacted.</p>""",
      """<h3>Candidature</h3><p>Envoyez une lettre de motivation, un CV et deux références à recruitment@fim-hr.example en rappelant le numéro de l'avis, au plus tard le 2 avril 2040. Les entretiens sont prévus la semaine du 16 avril 2040. Seules les personnes présélectionnées seront contactées.</p>"""),
    ]
    body = "".join(f'<tr><td class="en">{a}</td><td class="fr">{b}</td></tr>' for a, b in rows)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>FIM-HR-2040-03</title>
<style>
@page {{ size: A4; margin: 14mm 13mm 16mm 13mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.3pt; color: #1d1d1b; margin: 0; }}
.head {{ display: flex; justify-content: space-between; border-bottom: 3px solid #c8102e; padding-bottom: 4px; margin-bottom: 8px; }}
.head .l {{ font-weight: bold; font-size: 12pt; }} .head .r {{ text-align: right; font-weight: bold; font-size: 12pt; }}
.head small {{ display: block; font-weight: normal; font-size: 8pt; color: #555; }}
table.main {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table.main > tbody > tr {{ page-break-inside: avoid; }}
td.en, td.fr {{ vertical-align: top; padding: 3px 8px; width: 50%; }}
td.en {{ border-right: 1px solid #bbb; }}
.band {{ background: #c8102e; color: #fff; font-weight: bold; padding: 4px 6px; letter-spacing: 1px; }}
p.no {{ margin: 4px 0; }}
h2 {{ font-size: 12pt; margin: 6px 0; }} h3 {{ font-size: 10pt; color: #c8102e; margin: 8px 0 3px; }}
table.facts {{ width: 100%; border-collapse: collapse; }}
table.facts th {{ text-align: left; background: #eee; width: 40%; padding: 2px 4px; font-weight: bold; vertical-align: top; }}
table.facts td {{ padding: 2px 4px; border-bottom: 1px solid #eee; }}
ul, ol {{ margin: 2px 0; padding-left: 16px; }} li {{ margin-bottom: 2px; }}
.foot {{ margin-top: 10px; border-top: 1px solid #c8102e; font-size: 7.5pt; color: #555; text-align: center; padding-top: 3px; }}
</style></head><body>
<div class="head"><div class="l">International Motorcycling Federation<small>11 Route de Suisse, 1295 Mies, Switzerland</small></div>
<div class="r">Fédération Internationale de Motocyclisme<small>11 Route de Suisse, 1295 Mies, Suisse</small></div></div>
<table class="main"><tbody>{body}</tbody></table>
<div class="foot">FIM · Route de Suisse · Mies · recruitment@fim-hr.example · FIM-HR-2040-03</div>
</body></html>"""

def inpi():
    d = D["inpi-drh-2040-031"]; R = d["requirements"]["fr"]; C = d["competencies"]["fr"]
    sq = lambda items: "<ul class='sq'>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>"
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste INPI-DRH-2040-031</title>
<style>
@page {{ size: A4; margin: 10mm 11mm 12mm 11mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.9pt; color: #222; margin: 0; }}
table.head {{ width: 100%; border-collapse: collapse; margin-bottom: 6px; }}
table.head td {{ border: 1.5px solid #004c97; padding: 6px; vertical-align: top; }}
.t1 {{ font-size: 15pt; font-weight: bold; color: #004c97; letter-spacing: 2px; }}
.sm {{ font-size: 7pt; text-transform: uppercase; color: #004c97; letter-spacing: .5px; display: block; font-weight: bold; }}
.bandh {{ background: #004c97; color: #fff; font-weight: bold; padding: 3px 6px; margin-top: 7px; font-size: 9.5pt; }}
table.box {{ width: 100%; border-collapse: collapse; }}
table.box td {{ border: 1px solid #7a93b8; padding: 4px 5px; vertical-align: top; width: 50%; }}
ul.sq {{ list-style: square; margin: 2px 0; padding-left: 15px; }}
.cb {{ font-family: 'DejaVu Sans', sans-serif; }}
.foot {{ margin-top: 8px; font-size: 7pt; color: #666; display: flex; justify-content: space-between; border-top: 1px solid #aaa; padding-top: 2px; }}
</style></head><body>
<table class="head"><tr>
<td style="width:62%"><div class="t1">FICHE DE POSTE</div>Institut national de la propriété industrielle<br>Direction des ressources humaines – Modèle DRH-FP-2040</td>
<td><span class="sm">N° d'offre</span>INPI-DRH-2040-031<br><span class="sm">Émise le</span>05/03/2040</td></tr></table>

<div class="bandh">1. IDENTIFICATION DU POSTE</div>
<table class="box">
<tr><td colspan="2"><span class="sm">Intitulé du poste</span>{e(d['title']['fr'])}</td></tr>
<tr><td><span class="sm">Employeur</span>{e(d['organisation']['fr'])}</td><td><span class="sm">Direction / service</span>Direction des brevets – Département mécanique, transports et génie civil</td></tr>
<tr><td><span class="sm">Lieu d'affectation</span>{e(d['location']['fr'])}</td><td><span class="sm">Catégorie</span>A – cadre (fonctionnaire par détachement ou contractuel)</td></tr>
<tr><td><span class="sm">Rattachement hiérarchique</span>Chef·fe du département mécanique</td><td><span class="sm">Encadrement</span>Non</td></tr>
</table>

<div class="bandh">2. CONDITIONS D'EMPLOI</div>
<table class="box">
<tr><td><span class="sm">Temps de travail</span><span class="cb">☒</span> {e(d['schedule']['fr'])}<br><span class="cb">☐</span> Temps partiel (80 %)</td>
<td><span class="sm">Nature du recrutement</span><span class="cb">☒</span> Contrat de 3 ans renouvelable<br><span class="cb">☒</span> Détachement<br><span class="cb">☐</span> Stage</td></tr>
<tr><td><span class="sm">Rémunération</span>2 950 € à 3 550 € bruts mensuels selon expérience, plus prime annuelle d'intéressement</td>
<td><span class="sm">Télétravail</span>Jusqu'à deux jours par semaine après la formation initiale de six mois</td></tr>
</table>

<div class="bandh">3. MISSIONS</div>
<table class="box"><tr><td colspan="2">Au sein d'une équipe de quinze ingénieur·es, vous examinez les demandes de brevet déposées dans le domaine de la mécanique et des transports :
<ul class="sq"><li>recherche d'antériorités dans les bases de brevets et de littérature technique ;</li>
<li>rédaction des rapports de recherche et des opinions sur la brevetabilité ;</li>
<li>dialogue écrit avec les déposants et leurs conseils ;</li>
<li>participation aux actions de sensibilisation des PME et des laboratoires en région.</li></ul>
Une formation de six mois, en binôme avec un·e examinateur·rice confirmé·e, est assurée à la prise de poste.</td></tr></table>

<div class="bandh">4. PROFIL RECHERCHÉ</div>
<table class="box">
<tr><td colspan="2"><span class="sm">Compétences requises</span>{sq(R['essential'])}</td></tr>
<tr><td colspan="2"><span class="sm">Compétences appréciées</span>{sq(R['desirable'])}</td></tr>
<tr><td colspan="2"><span class="sm">Savoir-être</span>{sq([c['name'] for c in C])}</td></tr>
</table>

<div class="bandh">5. CANDIDATURE</div>
<table class="box">
<tr><td><span class="sm">Date limite de candidature</span>09/04/2040</td><td><span class="sm">Entretiens</span>à partir du 23/04/2040</td></tr>
<tr><td><span class="sm">Prise de poste souhaitée</span>01/06/2040</td><td><span class="sm">Contact</span>CV et lettre à recrutement@inpi-drh.example, en rappelant le n° d'offre</td></tr>
<tr><td><span class="sm">Visa du service</span>&nbsp;<br>&nbsp;</td><td><span class="sm">Visa DRH</span>&nbsp;<br>&nbsp;</td></tr>
</table>
<div class="foot"><span>INPI – Fiche de poste – Modèle DRH-FP-2040</span><span>page 1 / 1</span></div>
</body></html>"""

def uipm():
    d = D["uipm-2040-05"]; R = d["requirements"]["en"]
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>UIPM – {e(d['title']['en'])}</title>
<style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.4pt; color: #1b1b1b; }}
.banner {{ background: #7a0019; color: #fff; padding: 14mm 12mm 8mm; }}
.kick {{ letter-spacing: 4px; font-size: 8.5pt; text-transform: uppercase; color: #f6c9d2; }}
.banner h1 {{ margin: 4px 0 0; font-size: 22pt; }}
.wrap {{ padding: 7mm 12mm 0; }}
aside {{ float: right; width: 62mm; margin: 0 0 6mm 7mm; background: #f3ecd9; border-top: 4px solid #d4a017; padding: 5mm; }}
aside dt {{ font-size: 7pt; letter-spacing: 2px; text-transform: uppercase; color: #7a0019; margin-top: 6px; font-weight: bold; }}
aside dd {{ margin: 1px 0 0; }}
h2 {{ font-size: 11pt; border-left: 4px solid #d4a017; padding-left: 6px; color: #7a0019; margin: 10px 0 4px; }}
ul {{ margin: 2px 0; padding-left: 16px; }}
.apply {{ clear: both; background: #7a0019; color: #fff; padding: 4mm 5mm; margin: 6mm 0 0; }}
.foot {{ background: #d4a017; color: #3a2a00; padding: 4mm 12mm; margin-top: 6mm; font-size: 8pt; }}
</style></head><body>
<div class="banner"><div class="kick">UIPM · Careers · Join the pentathlon family</div><h1>{e(d['title']['en'])}</h1></div>
<div class="wrap">
<aside><dl>
<dt>Reference</dt><dd>{e(d['reference'])}</dd>
<dt>Employer</dt><dd>{e(d['organisation']['en'])}</dd>
<dt>Location</dt><dd>{e(d['location']['en'])}</dd>
<dt>Contract</dt><dd>Permanent (Monegasque law)</dd>
<dt>Workload</dt><dd>{e(d['schedule']['en'])}</dd>
<dt>Salary</dt><dd>EUR 54,000 – 61,000 gross per year</dd>
<dt>Start</dt><dd>1 June 2040</dd>
<dt>Closing date</dt><dd>18 April 2040</dd>
</dl></aside>
<h2>About us</h2>
<p>The UIPM governs modern pentathlon worldwide, from the Olympic Games to youth and masters events, and works with more than one hundred national federations. Our small secretariat in Monaco runs a busy calendar of World Cups, championships and development camps.</p>
<h2>The role</h2>
<p>You will plan and deliver the technical side of our competitions with local organisers. You will draft event manuals, follow venue inspections, coordinate officials and technical delegates, and make sure that timing, scoring and accreditation are ready before athletes arrive. On site, you will be the first point of contact for organisers and team leaders, and after each event you will prepare the final report for the Executive Board.</p>
<h2>What you need</h2>{ul(R['essential'])}
<h2>What would set you apart</h2>{ul(R['desirable'])}
<h2>What we offer</h2>
<p>A multicultural team, a modern office near the port, a monthly transport allowance of EUR 120 and the chance to work at the heart of an Olympic sport.</p>
<div class="apply"><b>How to apply.</b> Send your CV and a one-page cover letter in English to careers@uipm-hr.example by 18 April 2040, quoting {e(d['reference'])}. Interviews will take place in Monaco in early May.</div>
</div>
<div class="foot">Union Internationale de Pentathlon Moderne · Stade Louis II – Entrée C · Monaco · uipm-hr.example</div>
</body></html>"""

def icsg():
    d = D["icsg-va-2040-02"]; R = d["requirements"]["en"]; C = d["competencies"]["en"]
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>ICSG/VA/2040/02</title>
<style>
@page {{ size: A4; margin: 24mm 20mm 22mm 20mm;
  @top-left {{ content: "International Copper Study Group"; font: 8pt 'Liberation Serif', serif; color: #8a4b1d; border-bottom: .6pt solid #8a4b1d; }}
  @top-right {{ content: "Vacancy announcement ICSG/VA/2040/02"; font: 8pt 'Liberation Serif', serif; color: #8a4b1d; border-bottom: .6pt solid #8a4b1d; }}
  @bottom-left {{ content: "Rua Almirante Barroso 38, Lisbon"; font: 7.5pt 'Liberation Serif', serif; color: #666; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 7.5pt 'Liberation Serif', serif; color: #666; }} }}
body {{ font-family: 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.35; }}
h1 {{ font-size: 16pt; color: #8a4b1d; margin: 0 0 4px; }}
.sub {{ font-size: 11pt; margin-bottom: 10px; }}
table.f {{ width: 100%; border-collapse: collapse; margin: 8px 0; }}
table.f th, table.f td {{ border: .6pt solid #999; padding: 3px 6px; text-align: left; vertical-align: top; }}
table.f th {{ width: 32%; background: #f4ebe3; }}
h2 {{ font-size: 11.5pt; color: #8a4b1d; margin: 14px 0 5px; }}
h3 {{ font-size: 10.5pt; font-style: italic; margin: 8px 0 3px; }}
ol.a {{ list-style: lower-alpha; }}
.brk {{ page-break-before: always; }}
</style></head><body>
<h1>Vacancy announcement</h1>
<div class="sub">{e(d['title']['en'])}</div>
<table class="f">
<tr><th>Reference</th><td>{e(d['reference'])}</td></tr>
<tr><th>Organization</th><td>{e(d['organisation']['en'])}</td></tr>
<tr><th>Post title</th><td>{e(d['title']['en'])}</td></tr>
<tr><th>Grade</th><td>{e(d['grade'])}</td></tr>
<tr><th>Duty station</th><td>{e(d['location']['en'])}</td></tr>
<tr><th>Hours</th><td>{e(d['schedule']['en'])}</td></tr>
<tr><th>Salary</th><td>EUR 61,500 – 69,800 per annum (net of internal tax)</td></tr>
<tr><th>Type of appointment</th><td>Fixed term, three years, renewable</td></tr>
<tr><th>Date of issue</th><td>9 March 2040</td></tr>
<tr><th>Closing date</th><td>13 April 2040 (18:00 Lisbon time)</td></tr>
</table>
<h2>1. The Organization</h2>
<p>The Study Group is an intergovernmental body whose members account for most of the world's copper production, trade and use. It publishes monthly and annual statistics on mine output, smelting, refining and consumption, and it provides a neutral forum where governments and industry discuss market conditions. The secretariat has a staff of about twenty and is based in Lisbon.</p>
<h2>2. Purpose of the post</h2>
<p>Under the supervision of the Chief Economist, the incumbent analyses the refined copper market, maintains the Group's forecasts of supply and demand and prepares the papers discussed at the spring and autumn meetings of member governments.</p>
<h2>3. Main responsibilities</h2>
<ol class="a">
<li>Collect, validate and analyse statistics on refinery output, stocks and apparent use.</li>
<li>Maintain the forecasting model and update the market balance each quarter.</li>
<li>Draft the refined copper chapter of the monthly bulletin and of the annual yearbook.</li>
<li>Prepare background papers and presentations for member delegations.</li>
<li>Answer information requests from governments, industry and researchers.</li>
<li>Represent the secretariat at industry conferences when requested.</li>
</ol>
<h2 class="brk">4. Competencies</h2>
<ul>{''.join(f"<li><b>{e(c['name'])}:</b> {e(c['description'])}</li>" for c in C)}</ul>
<h2>5. Qualifications and experience</h2>
<h3>Essential</h3>{ul(R['essential'])}
<h3>Desirable</h3>{ul(R['desirable'])}
<h2>6. Languages</h2>
<p>English is the working language of the secretariat. Knowledge of a second language used by member countries is an asset.</p>
<h2 class="brk">7. Conditions of employment</h2>
<p>The successful candidate will be offered a fixed-term appointment of three years, renewable, with a probation period of six months. The salary is exempt from national income tax in Portugal. A relocation grant of up to EUR 5,000 and a pension scheme are provided. The annual leave entitlement is 30 working days.</p>
<h2>8. How to apply</h2>
<p>Applications, consisting of a letter of motivation, a CV and the names of three referees, must reach the secretariat by e-mail at vacancies@icsg-hr.example no later than 13 April 2040 (18:00 Lisbon time). Please quote the reference ICSG/VA/2040/02 in the subject line. Interviews of shortlisted candidates are expected to take place on 7 May 2040, in Lisbon or by video link.</p>
<p>The Study Group is an equal opportunities employer and welcomes applications from nationals of all member countries.</p>
</body></html>"""

def fai():
    d = D["fai-hr-2040-02"]; R = d["requirements"]; C = d["competencies"]
    def comps(lst, fr=False):
        return "<ul class='sq'>" + "".join(f"<li><b>{e(c['name'])}{' :' if fr else ':'}</b> {e(c['description'])}</li>" for c in lst) + "</ul>"
    def sq(items):
        return "<ul class='sq'>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>FAI-HR-2040-02</title>
<style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.4pt; color: #1c2430; }}
.mast {{ background: #0b2545; color: #fff; padding: 9mm 14mm 5mm; }}
.mast .l {{ font-size: 16pt; font-weight: bold; letter-spacing: 3px; }} .mast .r {{ font-size: 8.5pt; color: #9fc3e8; }}
.title {{ background: #e8a33d; color: #0b2545; padding: 5mm 14mm; }}
.title h1 {{ margin: 0; font-size: 17pt; }} .title p {{ margin: 2px 0 0; }}
.grid {{ background: #dde3ea; padding: 4mm 14mm; display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 6mm; row-gap: 3mm; }}
.grid div span {{ display: block; font-size: 6.8pt; letter-spacing: 1.5px; text-transform: uppercase; color: #3b5878; font-weight: bold; }}
.band {{ padding: 3mm 14mm; }} .band.g {{ background: #f1f3f6; }}
.band h2 {{ margin: 0 0 2mm; font-size: 11pt; color: #0b2545; text-transform: uppercase; letter-spacing: 1px; }}
ul.sq {{ list-style: square; margin: 0; padding-left: 15px; }}
.apply {{ background: #e8a33d; color: #0b2545; padding: 4mm 14mm; }}
.strip {{ background: #0b2545; color: #fff; padding: 3mm 14mm; letter-spacing: 3px; font-weight: bold; page-break-before: always; }}
.foot {{ background: #14181f; color: #bbb; padding: 4mm 14mm; font-size: 7.5pt; }}
</style></head><body>
<div class="mast"><div class="l">FAI · WORLD AIR SPORTS</div><div class="r">Careers · Carrières</div></div>
<div class="title"><h1>{e(d['title']['en'])}</h1><p>Vacancy {e(d['reference'])}</p></div>
<div class="grid">
<div><span>Organisation</span>{e(d['organisation']['en'])}</div>
<div><span>Duty station</span>{e(d['location']['en'])}</div>
<div><span>Working hours</span>{e(d['schedule']['en'])}</div>
<div><span>Salary</span>CHF 79,000 – 88,000 gross per year</div>
<div><span>Published</span>12 March 2040</div>
<div><span>Start</span>1 July 2040</div>
<div><span>Contract</span>Permanent</div>
<div><span>Reference</span>{e(d['reference'])}</div>
<div><span>Deadline</span>20 April 2040</div>
</div>
<div class="band"><h2>Who we are</h2><p>The FAI is the world governing body for air sports and the keeper of aeronautical and astronautical world records. Ballooning, gliding, parachuting, aeromodelling, hang gliding and many other disciplines are organised under its rules by more than one hundred member countries.</p></div>
<div class="band g"><h2>Your role</h2><p>You will check and certify world record claims and the badges earned by pilots, keep the records database up to date, advise national airsport controls on the evidence they must supply, and support the commissions that write the Sporting Code. You will also prepare the annual record statistics and answer questions from the public and the media.</p></div>
<div class="band"><h2>What you bring</h2>{sq(R['en']['essential'])}</div>
<div class="band g"><h2>A plus</h2>{sq(R['en']['desirable'])}</div>
<div class="band"><h2>Competencies</h2>{comps(C['en'])}</div>
<div class="apply"><b>Apply</b> – Send your CV and cover letter to jobs@fai-hr.example by 20 April 2040, quoting {e(d['reference'])}.</div>
<div class="strip">VERSION FRANÇAISE</div>
<div class="title"><h1>{e(d['title']['fr'])}</h1><p>Avis de vacance {e(d['reference'])}</p></div>
<div class="grid">
<div><span>Organisation</span>{e(d['organisation']['fr'])}</div>
<div><span>Lieu d'affectation</span>{e(d['location']['fr'])}</div>
<div><span>Temps de travail</span>{e(d['schedule']['fr'])}</div>
<div><span>Salaire</span>CHF 79 000 – 88 000 brut par an</div>
<div><span>Publication</span>12 mars 2040</div>
<div><span>Entrée en fonction</span>1er juillet 2040</div>
<div><span>Contrat</span>Durée indéterminée</div>
<div><span>Référence</span>{e(d['reference'])}</div>
<div><span>Date limite</span>20 avril 2040</div>
</div>
<div class="band"><h2>Qui sommes-nous</h2><p>La FAI est l'instance dirigeante mondiale des sports aériens et la gardienne des records du monde aéronautiques et astronautiques. Le vol en ballon, le vol à voile, le parachutisme, l'aéromodélisme, le vol libre et bien d'autres disciplines sont organisés selon ses règles par plus de cent pays membres.</p></div>
<div class="band g"><h2>Votre rôle</h2><p>Vous vérifiez et homologuez les demandes de records du monde et les insignes obtenus par les pilotes, tenez à jour la base des records, conseillez les organismes nationaux sur les preuves à fournir et appuyez les commissions qui rédigent le Code sportif. Vous préparez aussi les statistiques annuelles des records et répondez aux questions du public et des médias.</p></div>
<div class="band"><h2>Votre profil</h2>{sq(R['fr']['essential'])}</div>
<div class="band g"><h2>Un plus</h2>{sq(R['fr']['desirable'])}</div>
<div class="band"><h2>Compétences</h2>{comps(C['fr'], True)}</div>
<div class="apply"><b>Candidature</b> – Envoyez votre CV et votre lettre de motivation à jobs@fai-hr.example au plus tard le 20 avril 2040, en rappelant la référence {e(d['reference'])}.</div>
<div class="foot">FAI – Fédération Aéronautique Internationale · Maison du Sport International · Lausanne · Share: LinkedIn · X · Facebook</div>
</body></html>"""

if __name__ == "__main__":
    os.makedirs(SRC, exist_ok=True)
    for name, fn, where in [("fim-hr-2040-03-fim.html", fim, TOP), ("inpi-drh-2040-031-inpi.html", inpi, TOP),
                            ("uipm-2040-05-uipm.html", uipm, TOP), ("icsg-va-2040-02-icsg.html", icsg, SRC),
                            ("fai-hr-2040-02-fai.html", fai, SRC)]:
        open(os.path.join(where, name), "w", encoding="utf-8").write(fn())
    print("html written")
