# HTML sources for WeasyPrint (src/*.html) and Chromium (NAME.html beside the PDF).
import html, os
from data import N
B = os.path.dirname(os.path.abspath(__file__)); R = os.path.join(B, "..")
e = html.escape
def ul(items, cls=""):
    return f"<ul{cls}>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>"
def comps(lst, sep=":"):
    return "".join(f"<p><b>{e(c['name'])}{sep}</b> {e(c['description'])}</p>" for c in lst)

def fig():
    d = N["fig-sg-2037-12"]; t, o, l, s = d["title"], d["organisation"], d["location"], d["schedule"]
    re_, rf = d["requirements"]["en"], d["requirements"]["fr"]; ce, cf = d["competencies"]["en"], d["competencies"]["fr"]
    rows = [
      (f"<div class='band'>VACANCY NOTICE</div><h1>{e(t['en'])}</h1><p class='ref'>Vacancy No. {d['reference']}</p>",
       f"<div class='band'>AVIS DE VACANCE</div><h1>{e(t['fr'])}</h1><p class='ref'>Avis n° {d['reference']}</p>"),
      (f"<table class='facts'><tr><th>Organization:</th><td>{e(o['en'])}</td></tr><tr><th>Department:</th><td>Sport &amp; Education</td></tr><tr><th>Duty station:</th><td>{e(l['en'])}</td></tr><tr><th>Working time:</th><td>{e(s['en'])}</td></tr><tr><th>Contract:</th><td>Permanent, after a six-month probation</td></tr><tr><th>Salary:</th><td>CHF 98,000 – 112,000 gross per year, paid in 13 instalments</td></tr><tr><th>Published:</th><td>3 November 2037</td></tr><tr><th>Closing date:</th><td>1 December 2037 (midnight, Swiss time)</td></tr><tr><th>Start:</th><td>1 March 2038 or as agreed</td></tr></table>",
       f"<table class='facts'><tr><th>Organisation :</th><td>{e(o['fr'])}</td></tr><tr><th>Département :</th><td>Sport et éducation</td></tr><tr><th>Lieu d'affectation :</th><td>{e(l['fr'])}</td></tr><tr><th>Temps de travail :</th><td>{e(s['fr'])}</td></tr><tr><th>Contrat :</th><td>Durée indéterminée, après six mois d'essai</td></tr><tr><th>Salaire :</th><td>98 000 à 112 000 CHF bruts par an, versés en 13 mensualités</td></tr><tr><th>Publication :</th><td>3 novembre 2037</td></tr><tr><th>Date limite :</th><td>1er décembre 2037 (minuit, heure suisse)</td></tr><tr><th>Entrée en fonction :</th><td>1er mars 2038 ou à convenir</td></tr></table>"),
      ("<h2>The Federation</h2><p>Founded in 1881, the Federation governs eight gymnastics disciplines and brings together more than 160 member federations. Its headquarters team in Lausanne runs competitions, rules, education programmes and the licensing of thousands of judges around the world.</p>",
       "<h2>La Fédération</h2><p>Fondée en 1881, la Fédération régit huit disciplines de la gymnastique et réunit plus de 160 fédérations membres. Son équipe du siège, à Lausanne, organise les compétitions, les règlements, les programmes de formation et le brevet de plusieurs milliers de juges dans le monde.</p>"),
      ("<h2>Main duties</h2><ol><li>Plan the yearly calendar of judges' courses and examinations with the technical committees;</li><li>Manage the online learning platform and its course content in English and French;</li><li>Keep the register of judges' brevets up to date and issue certificates;</li><li>Prepare budgets and reports for the Secretary General;</li><li>Support intercontinental courses on site, about six weeks a year.</li></ol>",
       "<h2>Tâches principales</h2><ol><li>Planifier le calendrier annuel des cours et examens de juges avec les comités techniques ;</li><li>Gérer la plateforme d'apprentissage en ligne et ses contenus en anglais et en français ;</li><li>Tenir à jour le registre des brevets de juges et délivrer les certificats ;</li><li>Préparer budgets et rapports pour le Secrétaire général ;</li><li>Appuyer sur place les cours intercontinentaux, environ six semaines par an.</li></ol>"),
      (f"<h2>Requirements</h2>{ul(re_['essential'])}<h2>Assets</h2>{ul(re_['desirable'])}",
       f"<h2>Exigences</h2>{ul(rf['essential'])}<h2>Atouts</h2>{ul(rf['desirable'])}"),
      (f"<h2>Competencies</h2>{comps(ce)}", f"<h2>Compétences</h2>{comps(cf, ' :')}"),
      ("<h2>How to apply</h2><p>Send a CV and a cover letter in English or French, quoting the vacancy number, to jobs@fig-hq.example before the closing date. Interviews will take place in Lausanne in the week of 11 January 2038.</p>",
       "<h2>Candidature</h2><p>Envoyez un CV et une lettre de motivation en anglais ou en français, en rappelant le numéro de l'avis, à jobs@fig-hq.example avant la date limite. Les entretiens auront lieu à Lausanne la semaine du 11 janvier 2038.</p>"),
    ]
    body = "".join(f"<tr><td class='en'>{a}</td><td class='fr'>{b}</td></tr>" for a, b in rows)
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{d['reference']}</title><style>
@page {{ size: A4; margin: 16mm 14mm 18mm; @bottom-center {{ content: "{d['reference']} · page " counter(page) " / " counter(pages); font: 8pt sans-serif; color: #555; }} }}
body {{ font: 9.2pt "DejaVu Sans", sans-serif; }}
.lh {{ text-align:center; color:#1d3f8f; font-weight:bold; border-bottom:2px solid #c8102e; padding-bottom:4px; margin-bottom:8px; }}
table.cols {{ width:100%; border-collapse:collapse; table-layout:fixed; }}
table.cols > tbody > tr {{ page-break-inside: avoid; }}
td.en, td.fr {{ vertical-align:top; width:50%; padding:0 7px; }} td.en {{ border-right:1px solid #999; }}
.band {{ background:#1d3f8f; color:#fff; font-weight:bold; padding:3px 6px; letter-spacing:1px; }}
h1 {{ font-size:12pt; margin:6px 0 2px; }} h2 {{ font-size:10pt; color:#c8102e; margin:8px 0 3px; }}
table.facts {{ width:100%; background:#eef1f8; font-size:8.4pt; }} table.facts th {{ text-align:left; width:38%; vertical-align:top; }}
ol, ul {{ margin:2px 0; padding-left:16px; }} p {{ margin:3px 0; }}
</style></head><body>
<div class="lh">INTERNATIONAL GYMNASTICS FEDERATION · FÉDÉRATION INTERNATIONALE DE GYMNASTIQUE<br><span style="font-weight:normal;font-size:8pt">Avenue de la Gare 12A · 1003 Lausanne · Switzerland / Suisse</span></div>
<table class="cols"><tbody>{body}</tbody></table></body></html>"""
    open(os.path.join(B, "src", "fig-sg-2037-12-fig.weasyprint.html"), "w").write(doc)

def haropa():
    d = N["hp-drh-2037-0163"]; r = d["requirements"]["fr"]; c = d["competencies"]["fr"]
    def box(lab, val, wide=False):
        return f"<div class='box{' wide' if wide else ''}'><div class='lab'>{lab}</div><div class='val'>{val}</div></div>"
    li = lambda xs: "<ul>" + "".join(f"<li>{e(x)}</li>" for x in xs) + "</ul>"
    doc = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {d['reference']}</title><style>
@page {{ size: A4; margin: 12mm; }}
body {{ font: 9pt Arial, "Liberation Sans", sans-serif; margin:0; }}
.head {{ display:flex; border:1.5px solid #003a70; }} .head div {{ padding:6px; }}
.head .l {{ width:45%; background:#003a70; color:#fff; font-weight:bold; font-size:12pt; }}
.head .r {{ width:55%; text-align:right; }}
.sec {{ background:#00a3ad; color:#fff; font-weight:bold; padding:3px 6px; margin-top:7px; }}
.grid {{ display:flex; flex-wrap:wrap; }}
.box {{ width:50%; box-sizing:border-box; border:1px solid #777; padding:3px 5px; min-height:32px; }}
.box.wide {{ width:100%; }}
.lab {{ font-size:6.8pt; text-transform:uppercase; color:#555; letter-spacing:.5px; }}
.val {{ font-size:9pt; }} ul {{ margin:2px 0; padding-left:14px; }}
.foot {{ margin-top:8px; font-size:7pt; color:#555; border-top:1px solid #aaa; }}
</style></head><body>
<div class="head"><div class="l">HAROPA PORT<br><span style="font-size:8pt;font-weight:normal">Le Havre · Rouen · Paris</span></div>
<div class="r"><b>FICHE DE POSTE</b><br>Direction des ressources humaines<br>Formulaire FP-RH-11 · version 4</div></div>
<div class="sec">1. IDENTIFICATION DU POSTE</div>
<div class="grid">
{box("Intitulé du poste", e(d['title']['fr']))}{box("N° de l'offre", d['reference'])}
{box("Employeur", "HAROPA PORT")}{box("Direction / service", "Direction territoriale du Havre – Service des accès nautiques, subdivision ponts et écluses")}
{box("Lieu de travail", e(d['location']['fr']))}{box("Catégorie", "Maîtrise – convention collective nationale unifiée Ports &amp; Manutention")}
{box("Régime de travail", "☐ Horaires de bureau &nbsp; ☒ Travail posté en 3x8 (cycle continu)")}{box("Nature du contrat", "☒ CDI &nbsp; ☐ CDD &nbsp; ☐ Alternance")}
</div>
<div class="sec">2. MISSIONS</div>
<div class="grid">{box("Finalité du poste", "Assurer, depuis le poste de commande et sur le terrain, les manœuvres des ponts mobiles et des écluses du secteur, en lien avec la capitainerie, pour garantir le passage des navires, des bateaux et des véhicules en toute sécurité.", True)}
{box("Activités principales", li(["Conduire les éclusages et les manœuvres de ponts selon les consignes de régulation", "Surveiller les installations, relever les anomalies et alerter la maintenance", "Renseigner la main courante et les registres de passage", "Participer aux exercices de sécurité et aux rondes de nuit"]), True)}</div>
<div class="sec">3. PROFIL RECHERCHÉ</div>
<div class="grid">{box("Compétences requises", li(r['essential']), True)}
{box("Compétences appréciées", li(r['desirable']), True)}
{box("Savoir-être", li([x['name'] for x in c]), True)}</div>
<div class="sec">4. CONDITIONS</div>
<div class="grid">{box("Rémunération", "2 350 € à 2 700 € bruts mensuels selon expérience, plus primes de poste et 13e mois")}{box("Avantages", "Restaurant d'entreprise, mutuelle, comité social et économique")}
{box("Date de publication", "09/11/2037")}{box("Date limite de candidature", "07/12/2037")}
{box("Entretiens", "semaine du 04/01/2038")}{box("Prise de poste", "01/03/2038")}</div>
<div class="sec">5. CANDIDATURE</div>
<div class="grid">{box("Modalités", "CV et lettre de motivation à adresser à recrutement@haropa-port.example en indiquant le numéro de l'offre. Une visite des installations pourra être proposée aux candidat·es retenu·es.", True)}
{box("Visa du responsable hiérarchique", "&nbsp;")}{box("Visa de la DRH", "&nbsp;")}</div>
<div class="foot">HAROPA PORT · Terre-plein de la Barre · 76600 Le Havre — Formulaire FP-RH-11 · page 1 / 1</div>
</body></html>"""
    open(os.path.join(R, "hp-drh-2037-0163-haropa.html"), "w").write(doc)

def iihf():
    d = N["iihf-hr-2037-09"]; r = d["requirements"]["en"]; c = d["competencies"]["en"]
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{d['reference']}</title><style>
@page {{ size: A4; margin: 26mm 20mm 22mm;
  @top-left {{ content: "International Ice Hockey Federation"; font: bold 8pt sans-serif; color:#0b3d91; }}
  @top-right {{ content: "Job Description · {d['reference']}"; font: 8pt sans-serif; color:#555; }}
  @bottom-left {{ content: "Brandschenkestrasse 50 · 8027 Zurich · Switzerland"; font: 7.5pt sans-serif; color:#555; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 7.5pt sans-serif; }} }}
body {{ font: 10.5pt "DejaVu Serif", serif; line-height:1.35; }}
h1 {{ font: bold 16pt sans-serif; color:#0b3d91; margin:0 0 4px; }} h2 {{ font: bold 11pt sans-serif; color:#0b3d91; border-bottom:1px solid #0b3d91; margin:14px 0 5px; }}
table {{ border-collapse:collapse; width:100%; }} th, td {{ border:1px solid #bbb; padding:4px 6px; text-align:left; vertical-align:top; }} th {{ background:#e8eef9; width:34%; }}
.br {{ page-break-before: always; }}
</style></head><body>
<h1>{e(d['title']['en'])}</h1><p>Job description and vacancy notice</p>
<h2>1. Post details</h2>
<table><tr><th>Reference</th><td>{d['reference']}</td></tr><tr><th>Organisation</th><td>{e(d['organisation']['en'])}</td></tr>
<tr><th>Department</th><td>Events &amp; Competitions</td></tr><tr><th>Reports to</th><td>Director of Events</td></tr>
<tr><th>Place of work</th><td>{e(d['location']['en'])}</td></tr><tr><th>Workload</th><td>{e(d['schedule']['en'])}</td></tr>
<tr><th>Contract</th><td>Permanent</td></tr><tr><th>Annual gross salary</th><td>CHF 118,000 – 132,000, paid in 13 instalments</td></tr>
<tr><th>Date of issue</th><td>6 November 2037</td></tr><tr><th>Application deadline</th><td>10 December 2037</td></tr><tr><th>Start date</th><td>1 April 2038</td></tr></table>
<h2>2. About the Federation</h2><p>The Federation governs ice hockey and inline hockey worldwide and organises more than 25 championships every season, from the top division for men and women to the under-18 tournaments. About 60 people work at the Zurich office, which moved to its current building in 2019 and welcomes staff of over fifteen nationalities.</p>
<h2>3. Purpose of the post</h2><p>The Event Operations Manager turns the hosting agreements into working events. The post holder leads the operational planning of four to six championships a year, from venue inspections to the final debrief, and is the daily contact of local organising committees on operations.</p>
<div class="br"></div>
<h2>4. Main responsibilities</h2><ol type="a"><li>Draw up the operations plan, timeline and budget of each assigned event.</li><li>Inspect venues, hotels and training rinks and agree the requirements with the hosts.</li><li>Coordinate transport, accommodation and accreditation for teams and officials.</li><li>Manage suppliers, tenders and contracts within the approved budget.</li><li>Lead the on-site operations team during the championships.</li><li>Write post-event reports and maintain the operations manual.</li></ol>
<h2>5. Competencies</h2>{''.join(f"<p><b>{e(x['name'])}:</b> {e(x['description'])}</p>" for x in c)}
<div class="br"></div>
<h2>6. Candidate profile</h2><p><b>Essential</b></p>{ul(r['essential'])}<p><b>Desirable</b></p>{ul(r['desirable'])}
<h2>7. What we offer</h2><p>A small, international team, a modern office near Zurich's main station, five weeks of holiday, a generous pension fund and a half-fare travelcard. Travel days are compensated.</p>
<h2>8. How to apply</h2><p>Please upload your CV and a motivation letter in English through the careers portal, quoting {d['reference']}. Short-listed candidates will be invited to a first interview in the week of 11 January 2038.</p>
</body></html>"""
    open(os.path.join(B, "src", "iihf-hr-2037-09-iihf.weasyprint.html"), "w").write(doc)

def ibu():
    d = N["ibu-2037-17"]; r = d["requirements"]["en"]
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(d['title']['en'])} – IBU</title><style>
@page {{ size: A4; margin: 0; }}
body {{ margin:0; font: 9.6pt "Liberation Sans", Arial, sans-serif; }}
.banner {{ background:#0a2540; color:#fff; padding:18px 22px; }} .kick {{ letter-spacing:4px; font-size:8pt; color:#8fd3ff; }}
.banner h1 {{ margin:6px 0 0; font-size:20pt; }}
.wrap {{ padding:14px 22px; }}
aside {{ float:right; width:31%; background:#e3f1fb; border-top:4px solid #e4002b; padding:8px 10px; margin:0 0 8px 12px; }}
dt {{ font-size:7pt; letter-spacing:2px; text-transform:uppercase; color:#0a2540; margin-top:6px; }} dd {{ margin:0; font-weight:bold; }}
h2 {{ font-size:11pt; border-left:4px solid #e4002b; padding-left:6px; margin:10px 0 4px; }}
ul {{ margin:2px 0; padding-left:16px; }} p {{ margin:3px 0; }}
.apply {{ clear:both; border:2px solid #e4002b; padding:6px 8px; margin-top:10px; }}
footer {{ background:#0a2540; color:#fff; font-size:7.5pt; padding:6px 22px; margin-top:12px; }}
</style></head><body>
<div class="banner"><div class="kick">WE ARE HIRING · IBU HEADQUARTERS</div><h1>{e(d['title']['en'])}</h1></div>
<div class="wrap">
<aside><dl><dt>Reference</dt><dd>{d['reference']}</dd><dt>Employer</dt><dd>{e(d['organisation']['en'])}</dd><dt>Department</dt><dd>Sport &amp; Event</dd>
<dt>Location</dt><dd>{e(d['location']['en'])}</dd><dt>Working time</dt><dd>{e(d['schedule']['en'])}</dd><dt>Contract</dt><dd>Permanent</dd>
<dt>Salary</dt><dd>EUR 58,800 gross per year (14 payments)</dd><dt>Start</dt><dd>1 March 2038</dd><dt>Closing date</dt><dd>14 December 2037</dd></dl></aside>
<h2>About us</h2><p>The IBU is the world governing body of biathlon, with 59 national federations. From our office just outside Salzburg we run the World Cup, the World Championships and the junior and youth circuits, and we look after the data that fans, media and athletes see on every screen.</p>
<h2>Your role</h2><ul><li>Coordinate the timing and data service provider at all World Cup and Championship venues</li><li>Check start lists, results and shooting data before publication</li><li>Keep the athlete, ranking and results databases consistent</li><li>Work with the IT team on data feeds to broadcasters and apps</li><li>Travel to about twelve events a season, mainly from November to March</li></ul>
<h2>You bring</h2>{ul(r['essential'])}
<h2>A plus</h2>{ul(r['desirable'])}
<h2>Pay</h2><p>Under Austrian law we state the minimum salary for this post: EUR 58,800 gross per year, paid in 14 instalments. We are willing to pay more depending on qualifications and experience.</p>
<div class="apply"><b>How to apply.</b> Send your CV and a short cover letter in English to careers@ibu-hq.example by 14 December 2037. Online interviews are planned for the first half of January 2038.</div>
</div>
<footer>International Biathlon Union · Peregrinstrasse 14 · 5081 Anif, Austria · biathlonworld.example</footer>
</body></html>"""
    open(os.path.join(R, "ibu-2037-17-ibu.html"), "w").write(doc)

def cnl():
    d = N["cnl-37-4471"]; rq = d["requirements"]; cp = d["competencies"]
    def half(l):
        L = dict(en=dict(kick="Careers", band="Join our team", pub="Published", pubv="November 12, 2037", org="Organization", loc="Location",
                 sch="Work schedule", sal="Salary", salv="CAD $74,300 – $89,100 per year", cl="Security", ct="Term", ctv="Regular, full-time",
                 dl="Apply by", dlv="December 15, 2037", st="Start", stv="February 2038",
                 role="The role", roles=["Perform radiological surveys, smear tests and air sampling in operating facilities", "Issue and control radiation work permits and dosimetry", "Support crews during decommissioning work and respond to alarms", "Record results and report any unusual occurrences"],
                 req="What you bring", des="Nice to have", comp="How we work", apply="Apply",
                 applyv="Apply online through the CNL careers portal, quoting the competition number. Interviews will be held at Chalk River in January 2038. CNL is committed to employment equity.",
                 cl_label="Security clearance"),
                 fr=dict(kick="Carrières", band="Joignez-vous à notre équipe", pub="Publication", pubv="12 novembre 2037", org="Organisation", loc="Lieu",
                 sch="Horaire de travail", sal="Salaire", salv="74 300 $ à 89 100 $ CA par année", cl="Sécurité", ct="Statut", ctv="Régulier, temps plein",
                 dl="Postulez d'ici le", dlv="15 décembre 2037", st="Entrée en fonction", stv="février 2038",
                 role="Le poste", roles=["Effectuer des relevés radiologiques, des frottis et des prélèvements d'air dans les installations en exploitation", "Délivrer et contrôler les permis de travail sous rayonnement et la dosimétrie", "Appuyer les équipes pendant les travaux de déclassement et intervenir lors des alarmes", "Consigner les résultats et signaler tout événement inhabituel"],
                 req="Votre profil", des="Un atout", comp="Notre façon de travailler", apply="Postuler",
                 applyv="Postulez en ligne sur le portail carrières des LNC en indiquant le numéro du concours. Les entrevues auront lieu à Chalk River en janvier 2038. Les LNC souscrivent à l'équité en matière d'emploi.",
                 cl_label="Habilitation de sécurité"))[l]
        clv = d["clearance"] if l == "en" else "Habilitation de sécurité pour l'accès au site (HSAS)"
        sep = ":" if l == "en" else " :"
        return f"""<div class="band gold"><span class="k">{L['kick']}</span> {L['band']}</div>
<div class="band white"><h1>{e(d['title'][l])}</h1><p>{'Competition' if l=='en' else 'Concours'} {d['reference']}</p></div>
<div class="grid"><div><span>{L['org']}</span>{e(d['organisation'][l])}</div><div><span>{L['loc']}</span>{e(d['location'][l])}</div><div><span>{L['sch']}</span>{e(d['schedule'][l])}</div>
<div><span>{L['sal']}</span>{L['salv']}</div><div><span>{L['ct']}</span>{L['ctv']}</div><div><span>{L['cl_label']}</span>{e(clv)}</div>
<div><span>{L['pub']}</span>{L['pubv']}</div><div><span>{L['dl']}</span>{L['dlv']}</div><div><span>{L['st']}</span>{L['stv']}</div></div>
<div class="band white"><h2>{L['role']}</h2>{ul(L['roles'], " class='sq'")}</div>
<div class="band grey"><h2>{L['req']}</h2>{ul(rq[l]['essential'], " class='sq'")}<h2>{L['des']}</h2>{ul(rq[l]['desirable'], " class='sq'")}</div>
<div class="band white"><h2>{L['comp']}</h2>{''.join(f"<p><b>{e(x['name'])}{sep}</b> {e(x['description'])}</p>" for x in cp[l])}</div>
<div class="band gold"><h2>{L['apply']}</h2><p>{L['applyv']}</p></div>"""
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{d['reference']}</title><style>
@page {{ size: letter; margin: 0; }}
body {{ margin:0; font: 9.8pt "DejaVu Sans", sans-serif; }}
.mast {{ background:#00263e; color:#fff; padding:12px 24px; font-size:15pt; font-weight:bold; }} .mast small {{ font-size:8pt; font-weight:normal; display:block; }}
.band {{ padding:8px 24px; }} .gold {{ background:#f2a900; font-weight:bold; }} .grey {{ background:#ececec; }} .white {{ background:#fff; }}
.k {{ letter-spacing:3px; text-transform:uppercase; font-size:8pt; }}
h1 {{ font-size:15pt; margin:0; color:#00263e; }} h2 {{ font-size:10.5pt; margin:4px 0; color:#00263e; }}
.grid {{ display:grid; grid-template-columns: 1fr 1fr 1fr; background:#dfe6ec; padding:6px 24px; gap:4px 14px; }}
.grid span {{ display:block; font-size:6.8pt; text-transform:uppercase; letter-spacing:1px; color:#444; }}
ul.sq {{ list-style: square; margin:2px 0; padding-left:16px; }} p {{ margin:3px 0; }}
.strip {{ background:#00263e; color:#f2a900; padding:5px 24px; font-weight:bold; letter-spacing:2px; page-break-before:always; }}
footer {{ background:#00263e; color:#fff; font-size:7.5pt; padding:6px 24px; }}
</style></head><body>
<div class="mast">CNL · LNC<small>Canadian Nuclear Laboratories · Laboratoires Nucléaires Canadiens</small></div>
{half('en')}
<div class="strip">VERSION FRANÇAISE</div>
{half('fr')}
<footer>286 Plant Road, Chalk River (Ontario) K0J 1J0 · cnl-careers.example · Share / Partager</footer>
</body></html>"""
    open(os.path.join(B, "src", "cnl-37-4471-cnl.weasyprint.html"), "w").write(doc)

if __name__ == "__main__":
    fig(); haropa(); iihf(); ibu(); cnl()
