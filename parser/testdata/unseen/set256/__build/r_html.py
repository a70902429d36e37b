# HTML sources: WeasyPrint (src/*.weasyprint.html) and Chromium (../NAME.html)
import os
from html import escape as E
from data import N, ROOT, HERE

SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)


def ul(items, cls=""):
    return f"<ul{(' class=' + chr(34) + cls + chr(34)) if cls else ''}>" + "".join(f"<li>{E(i)}</li>" for i in items) + "</ul>"


def ol(items):
    return "<ol>" + "".join(f"<li>{E(i)}</li>" for i in items) + "</ol>"


def comps_b(cs, sep=":"):
    return "<ul>" + "".join(f"<li><b>{E(c['name'])}{sep}</b> {E(c['description'])}</li>" for c in cs) + "</ul>"


def write(path, s):
    with open(path, "w", encoding="utf-8") as f:
        f.write(s)


# ---------------------------------------------------------------- 1 ISU side by side
def isu():
    n = N["isu-hr-2039-03"]
    r = lambda k, l: n["requirements"][l][k]
    c = lambda l: n["competencies"][l]
    rows = [
        ("<div class='band'>VACANCY NOTICE</div>", "<div class='band'>AVIS DE VACANCE</div>"),
        (f"<h1>{E(n['title']['en'])}</h1><p class='no'>Vacancy notice No. {n['reference']}</p>",
         f"<h1>{E(n['title']['fr'])}</h1><p class='no'>Avis de vacance n° {n['reference']}</p>"),
        (f"""<table class='facts'>
<tr><th>Organisation:</th><td>{E(n['organisation']['en'])}</td></tr>
<tr><th>Department:</th><td>Sport Department – Data &amp; Results Unit</td></tr>
<tr><th>Duty station:</th><td>{E(n['location']['en'])}</td></tr>
<tr><th>Working time:</th><td>{E(n['schedule']['en'])}</td></tr>
<tr><th>Contract:</th><td>Open-ended, after a six-month probation</td></tr>
<tr><th>Salary:</th><td>CHF 92,000 – 104,000 gross per year, paid in 13 instalments</td></tr>
<tr><th>Published:</th><td>5 January 2039</td></tr>
<tr><th>Entry on duty:</th><td>1 May 2039</td></tr>
<tr><th>Closing date:</th><td>1 February 2039</td></tr></table>""",
         f"""<table class='facts'>
<tr><th>Organisation :</th><td>{E(n['organisation']['fr'])}</td></tr>
<tr><th>Département :</th><td>Département du sport – Unité données et résultats</td></tr>
<tr><th>Lieu d'affectation :</th><td>{E(n['location']['fr'])}</td></tr>
<tr><th>Temps de travail :</th><td>{E(n['schedule']['fr'])}</td></tr>
<tr><th>Contrat :</th><td>Durée indéterminée, après six mois de période d'essai</td></tr>
<tr><th>Salaire :</th><td>CHF 92 000 – 104 000 bruts par an, versés en 13 mensualités</td></tr>
<tr><th>Publication :</th><td>5 janvier 2039</td></tr>
<tr><th>Entrée en fonction :</th><td>1er mai 2039</td></tr>
<tr><th>Date de clôture :</th><td>1er février 2039</td></tr></table>"""),
        ("<h2>The ISU</h2><p>Founded in 1892, the ISU governs figure skating, speed skating, short track and synchronized skating worldwide. Its office in Lausanne serves member federations on every continent and runs a calendar of championships, Grand Prix events and World Cups.</p>",
         "<h2>L'ISU</h2><p>Fondée en 1892, l'ISU régit le patinage artistique, le patinage de vitesse, le short-track et le patinage synchronisé dans le monde entier. Son bureau de Lausanne sert les fédérations membres de tous les continents et organise un calendrier de championnats, de Grands Prix et de Coupes du monde.</p>"),
        ("<h2>Main duties</h2>" + ol([
            "Maintain the results and biographies database and its links to the timing and scoring providers.",
            "Check and publish official results, protocols and world standings after each event.",
            "Produce statistics and reports for the technical committees and the Council.",
            "Train and support data operators at championships, on site or remotely.",
            "Contribute to tenders and service agreements with data partners."]),
         "<h2>Tâches principales</h2>" + ol([
            "Tenir à jour la base de données des résultats et des biographies ainsi que ses liens avec les prestataires de chronométrage et de notation.",
            "Contrôler et publier les résultats officiels, les procès-verbaux et les classements mondiaux après chaque épreuve.",
            "Produire des statistiques et des rapports pour les comités techniques et le Conseil.",
            "Former et assister les opérateurs de données lors des championnats, sur place ou à distance.",
            "Contribuer aux appels d'offres et aux contrats de service avec les partenaires de données."])),
        ("<h2>Requirements</h2>" + ul(r("essential", "en")) + "<h2>Assets</h2>" + ul(r("desirable", "en")),
         "<h2>Exigences</h2>" + ul(r("essential", "fr")) + "<h2>Atouts</h2>" + ul(r("desirable", "fr"))),
        ("<h2>Competencies</h2>" + comps_b(c("en")), "<h2>Compétences</h2>" + comps_b(c("fr"), " :")),
        ("<h2>How to apply</h2><p>Send a CV and a one-page motivation letter in English or French, quoting the vacancy number, to recruitment@isu.example by the closing date. Only short-listed candidates will be contacted; interviews are planned for the week of 21 February 2039.</p>",
         "<h2>Candidature</h2><p>Envoyez un CV et une lettre de motivation d'une page, en anglais ou en français, en rappelant le numéro de l'avis, à recruitment@isu.example avant la date de clôture. Seules les personnes présélectionnées seront contactées ; les entretiens sont prévus la semaine du 21 février 2039.</p>"),
    ]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    s = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>ISU vacancy {n['reference']}</title>
<style>
@page {{ size: A4; margin: 16mm 13mm 18mm; @bottom-center {{ content: "{n['reference']} · page " counter(page) " / " counter(pages); font: 8pt sans-serif; color: #555; }} }}
body {{ font: 9pt/1.35 "DejaVu Sans", sans-serif; color: #111; }}
.lh {{ display: flex; justify-content: space-between; border-bottom: 2px solid #00539b; padding-bottom: 4px; margin-bottom: 6px; }}
.lh b {{ color: #00539b; font-size: 11pt; }}
table.sbs {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table.sbs > tr, table.sbs tr {{ page-break-inside: avoid; }}
table.sbs > tbody > tr > td {{ vertical-align: top; width: 50%; padding: 2px 6px; }}
.band {{ background: #00539b; color: #fff; font-weight: bold; letter-spacing: 1px; padding: 4px 6px; }}
h1 {{ font-size: 12pt; color: #00539b; margin: 4px 0 0; }} h2 {{ font-size: 10pt; color: #00539b; margin: 6px 0 2px; }}
.no {{ margin: 0; font-style: italic; }}
table.facts {{ width: 100%; background: #e8f0f8; border-collapse: collapse; }}
table.facts th {{ text-align: left; font-weight: bold; width: 42%; vertical-align: top; padding: 1px 3px; }}
table.facts td {{ padding: 1px 3px; }}
ul, ol {{ margin: 2px 0; padding-left: 16px; }}
</style></head><body>
<div class="lh"><span><b>International Skating Union</b><br>Union Internationale de Patinage</span><span>Avenue Juste-Olivier 17<br>1006 Lausanne, Switzerland</span></div>
<table class="sbs"><tbody>{body}</tbody></table>
</body></html>"""
    write(os.path.join(SRC, "isu-hr-2039-03-isu.weasyprint.html"), s)


# ---------------------------------------------------------------- 4 IGN form with boxes (Chromium)
def ign():
    n = N["ign-drh-2039-027"]
    R = n["requirements"]["fr"]
    C = n["competencies"]["fr"]
    box = lambda lab, val, cls="": f"<div class='box {cls}'><div class='lab'>{lab}</div><div class='val'>{val}</div></div>"
    s = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {n['reference']}</title>
<style>
@page {{ size: A4; margin: 11mm 11mm 12mm; }}
body {{ font: 8.6pt/1.3 "Liberation Sans", Arial, sans-serif; color: #1b1b1b; margin: 0; }}
.head {{ display: flex; border: 1.5px solid #2d6a4f; }}
.head div {{ padding: 6px 8px; }} .head .l {{ width: 58%; border-right: 1.5px solid #2d6a4f; }}
.head .l b {{ font-size: 12pt; color: #2d6a4f; }} .head .r {{ text-align: right; }}
.sec {{ background: #2d6a4f; color: #fff; font-weight: bold; padding: 3px 6px; margin: 7px 0 3px; font-size: 9pt; }}
.grid {{ display: flex; flex-wrap: wrap; gap: 4px; }}
.box {{ border: 1px solid #777; padding: 3px 5px; width: calc(50% - 14px); }}
.box.wide {{ width: calc(100% - 12px); }}
.lab {{ font-size: 6.8pt; text-transform: uppercase; letter-spacing: .4px; color: #2d6a4f; font-weight: bold; }}
ul {{ margin: 1px 0; padding-left: 14px; list-style: square; }}
.foot {{ margin-top: 8px; border-top: 1px solid #999; font-size: 7pt; color: #555; display: flex; justify-content: space-between; }}
</style></head><body>
<div class="head"><div class="l"><b>FICHE DE POSTE</b><br>Institut national de l'information géographique et forestière<br>Direction des ressources humaines</div>
<div class="r">Modèle DRH-FP-2039<br>N° d'offre : <b>{n['reference']}</b><br>Publication : 12/01/2039</div></div>

<div class="sec">1. IDENTIFICATION DU POSTE</div>
<div class="grid">
{box("Intitulé du poste", E(n['title']['fr']))}
{box("Employeur", E(n['organisation']['fr']))}
{box("Direction / service", "Direction des opérations et des territoires – pôle levés et référentiels")}
{box("Lieu d'affectation", E(n['location']['fr']))}
{box("Catégorie", "B – technicien·ne supérieur·e")}
{box("Déplacements", "Fréquents, en Île-de-France et en région (2 à 4 nuitées par mois)")}
</div>

<div class="sec">2. CONDITIONS D'EMPLOI</div>
<div class="grid">
{box("Temps de travail", "☒ " + E(n['schedule']['fr']) + "<br>☐ Temps partiel (80 %)")}
{box("Recrutement", "☒ Fonctionnaire (détachement, mutation)<br>☒ Contractuel·le – CDD de 3 ans renouvelable")}
{box("Rémunération", "Selon expérience : 2 420 € à 2 860 € bruts mensuels, plus primes de terrain")}
{box("Prise de poste", "Dès que possible, au plus tard le 1er avril 2039")}
</div>

<div class="sec">3. MISSIONS</div>
<div class="grid">
{box("Activités principales", ul([
    "Réaliser des levés topographiques et des canevas GNSS pour les référentiels nationaux",
    "Contrôler la qualité des mesures et produire les plans et fichiers de livraison",
    "Préparer les chantiers : autorisations d'accès, matériel, plannings d'équipe",
    "Entretenir et vérifier le parc d'instruments",
    "Rédiger les comptes rendus de mission et renseigner la base des points géodésiques"]), "wide")}
</div>

<div class="sec">4. PROFIL RECHERCHÉ</div>
<div class="grid">
{box("Compétences requises", ul(R['essential']), "wide")}
{box("Compétences appréciées", ul(R['desirable']), "wide")}
{box("Savoir-être", ul([c['name'] for c in C]), "wide")}
</div>

<div class="sec">5. CANDIDATURE</div>
<div class="grid">
{box("Date limite de candidature", "09/02/2039 à minuit")}
{box("Entretiens", "Semaine du 23/02/2039")}
{box("Dossier", "CV et lettre de motivation, en rappelant la référence, à recrutement@ign.example", "wide")}
{box("Visa du chef de service", "&nbsp;")}
{box("Visa de la DRH", "&nbsp;")}
</div>
<div class="foot"><span>IGN – Fiche de poste – document interne diffusé à l'externe</span><span>page 1 / 1</span></div>
</body></html>"""
    write(os.path.join(ROOT, "ign-drh-2039-027-ign.html"), s)


# ---------------------------------------------------------------- 6 ISO three pages (WeasyPrint)
def iso():
    n = N["iso-vn-2039-01"]
    R = n["requirements"]["en"]
    C = n["competencies"]["en"]
    s = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vacancy {n['reference']}</title>
<style>
@page {{ size: A4; margin: 24mm 20mm 22mm;
  @top-left {{ content: "International Sugar Organization"; font: 8pt serif; color: #7a4b00; border-bottom: .5pt solid #7a4b00; }}
  @top-right {{ content: "Vacancy announcement {n['reference']}"; font: 8pt serif; color: #7a4b00; border-bottom: .5pt solid #7a4b00; }}
  @bottom-left {{ content: "1 Canada Square, Canary Wharf, London E14 5AA"; font: 7.5pt serif; color: #555; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 7.5pt serif; color: #555; }} }}
body {{ font: 10.5pt/1.45 "DejaVu Serif", serif; }}
h1 {{ font-size: 15pt; margin: 0 0 4px; color: #7a4b00; }} h2 {{ font-size: 11.5pt; color: #7a4b00; margin: 12px 0 4px; }}
h3 {{ font-size: 10.5pt; margin: 6px 0 2px; }}
table.f {{ border-collapse: collapse; width: 100%; }} table.f th, table.f td {{ border: .5pt solid #aaa; padding: 3px 6px; text-align: left; vertical-align: top; }}
table.f th {{ background: #f4ead7; width: 32%; }}
.brk {{ page-break-before: always; }}
ol.al {{ list-style-type: lower-alpha; }}
</style></head><body>
<p style="font-variant: small-caps; letter-spacing: 1px;">Vacancy announcement</p>
<h1>{E(n['title']['en'])}</h1>
<table class="f">
<tr><th>Vacancy announcement No.</th><td>{n['reference']}</td></tr>
<tr><th>Organization</th><td>{E(n['organisation']['en'])}</td></tr>
<tr><th>Division</th><td>Market Evaluation, Consumption and Statistics Division (MECAS)</td></tr>
<tr><th>Duty station</th><td>{E(n['location']['en'])}</td></tr>
<tr><th>Grade</th><td>{n['grade']}</td></tr>
<tr><th>Hours</th><td>{E(n['schedule']['en'])}</td></tr>
<tr><th>Type of appointment</th><td>Fixed-term, three years, renewable</td></tr>
<tr><th>Annual salary</th><td>GBP 71,200 – 79,800 (net of staff assessment), plus a 7% housing contribution</td></tr>
<tr><th>Date of issue</th><td>10 January 2039</td></tr>
<tr><th>Deadline for applications</th><td>14 February 2039 (17:00 London time)</td></tr>
</table>
<h2>1. Background</h2>
<p>The International Sugar Organization is an intergovernmental body set up under the International Sugar Agreement. Its members account for most of the world's sugar production, consumption and trade. The Secretariat, based in London, publishes market analysis, organises the annual sugar and ethanol seminar and supports the Council and its committees.</p>
<h2>2. Purpose of the post</h2>
<p>Under the supervision of the Head of MECAS, the Senior Economist leads the Secretariat's short- and medium-term market analysis and is the principal author of the Quarterly Market Outlook.</p>
<h2>3. Duties and responsibilities</h2>
<ol class="al">
<li>Lead the preparation of world sugar balances, price analyses and the Quarterly Market Outlook.</li>
<li>Design and maintain forecasting models for production, consumption and trade flows.</li>
<li>Prepare background papers for the Council, the Market Consultative Board and the seminar.</li>
<li>Supervise two economists and one statistical assistant; review their work.</li>
<li>Respond to requests from member governments, the media and partner organisations.</li>
<li>Perform other related duties as required by the Executive Director.</li>
</ol>
<h2 class="brk">4. Competencies</h2>
<ul>{"".join(f"<li><b>{E(c['name'])}:</b> {E(c['description'])}</li>" for c in C)}</ul>
<h2>5. Qualifications and experience</h2>
<h3>Essential</h3>{ul(R['essential'])}
<h3>Desirable</h3>{ul(R['desirable'])}
<h2 class="brk">6. Conditions of service</h2>
<p>The appointment carries the privileges granted to the Organization's staff under the Headquarters Agreement. Staff members receive 30 working days of annual leave, a pension scheme with an employer contribution of 15%, and a home-leave journey every two years for non-UK nationals. Removal costs of up to GBP 6,000 may be reimbursed.</p>
<h2>7. How to apply</h2>
<p>Candidates should complete the ISO application form and send it with a cover letter to vacancies@isosugar.example, quoting the vacancy announcement number. Applications received after the deadline will not be considered. Interviews are expected to take place in London in the week of 14 March 2039.</p>
<h2>8. Equal opportunity</h2>
<p>The ISO is an equal-opportunity employer and encourages applications from nationals of all member countries. Smoking is prohibited on all premises.</p>
</body></html>"""
    write(os.path.join(SRC, "iso-vn-2039-01-isosugar.weasyprint.html"), s)


# ---------------------------------------------------------------- 8 World Triathlon poster (Chromium)
def wt():
    n = N["wt-2039-05"]
    R = n["requirements"]["en"]
    s = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{E(n['title']['en'])} – World Triathlon</title>
<style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font: 9.4pt/1.4 "Liberation Sans", Arial, sans-serif; color: #15213a; }}
.banner {{ background: #0b1f4b; color: #fff; padding: 16px 22px 14px; }}
.kick {{ letter-spacing: 4px; font-size: 8pt; color: #42c6e8; text-transform: uppercase; }}
.banner h1 {{ margin: 6px 0 0; font-size: 21pt; }}
.wrap {{ padding: 14px 22px; }}
aside {{ float: right; width: 33%; margin: 0 0 10px 14px; background: #eaf7fb; border-top: 5px solid #e6007e; padding: 8px 10px; }}
aside dt {{ text-transform: uppercase; letter-spacing: 1.5px; font-size: 7pt; color: #e6007e; font-weight: bold; margin-top: 6px; }}
aside dd {{ margin: 0; }}
h2 {{ font-size: 11pt; border-left: 4px solid #e6007e; padding-left: 7px; margin: 12px 0 4px; }}
ul {{ padding-left: 16px; margin: 3px 0; }}
.apply {{ clear: both; background: #0b1f4b; color: #fff; padding: 9px 12px; margin-top: 12px; }}
.foot {{ position: absolute; bottom: 0; left: 0; right: 0; background: #42c6e8; color: #0b1f4b; font-size: 7.5pt; padding: 5px 22px; }}
</style></head><body>
<div class="banner"><div class="kick">World Triathlon · Careers · Lausanne</div><h1>{E(n['title']['en'])}</h1></div>
<div class="wrap">
<aside><dl>
<dt>Reference</dt><dd>{n['reference']}</dd>
<dt>Employer</dt><dd>{E(n['organisation']['en'])}</dd>
<dt>Department</dt><dd>Events &amp; Sport</dd>
<dt>Location</dt><dd>{E(n['location']['en'])}</dd>
<dt>Workload</dt><dd>{E(n['schedule']['en'])}</dd>
<dt>Contract</dt><dd>Permanent</dd>
<dt>Salary</dt><dd>CHF 96,000 – 108,000 per year</dd>
<dt>Start date</dt><dd>As soon as possible, by 1 April 2039</dd>
<dt>Closing date</dt><dd>18 February 2039</dd>
</dl></aside>
<h2>About us</h2>
<p>World Triathlon is the international federation for triathlon, para triathlon and related multisport disciplines. From its office in Lausanne it runs the Championship Series, the World Cup circuit and the multisport championships, working with more than 170 national federations.</p>
<h2>The role</h2>
<p>You will lead the operational delivery of our flagship events with local organising committees, from the first site visit to the final debrief. You will set technical standards for courses, transition areas and athlete services, chair the operational planning meetings, and keep each event within its budget and its safety plan. You will manage a team of three coordinators and a network of technical delegates.</p>
<h2>What you need</h2>{ul(R['essential'])}
<h2>What would set you apart</h2>{ul(R['desirable'])}
<h2>What we offer</h2>
<p>An international team, flexible office hours, a CHF 800 yearly sport allowance, and the chance to work at the heart of the Olympic capital.</p>
<div class="apply"><b>How to apply.</b> Send your CV and a short cover letter, in English, to jobs@triathlon.example with the reference in the subject line before the closing date. Interviews will take place in early March 2039.</div>
</div>
<div class="foot">World Triathlon · Maison du Sport International · Avenue de Rhodanie · Lausanne · triathlon.example/careers</div>
</body></html>"""
    write(os.path.join(ROOT, "wt-2039-05-worldtriathlon.html"), s)


# ---------------------------------------------------------------- 9 UCLG brochure, EN then FR (WeasyPrint)
def uclg():
    n = N["uclg-ws-2039-04"]
    def half(l):
        R = n["requirements"][l]; C = n["competencies"][l]
        if l == "en":
            lab = dict(pub="PUBLISHED", ref="REFERENCE", org="ORGANISATION", loc="DUTY STATION", sch="WORKING TIME",
                       con="CONTRACT", sal="SALARY", start="START", dl="CLOSING DATE")
            val = dict(pub="17 January 2039", con="Two years, renewable", sal="EUR 43,500 – 49,000 gross per year",
                       start="2 May 2039", dl="22 February 2039")
            t = dict(who="Who we are", role="The role", do="What you will do", need="What you bring",
                     plus="A plus", comp="How you work", app="Apply")
            who = "United Cities and Local Governments is the world organisation of local and regional governments and their associations. Its World Secretariat in Barcelona supports members in more than 140 countries and carries their voice to the United Nations system."
            role = "The Policy Officer will lead the Secretariat's work on local finance: the Local Finance Forum, the learning exchanges between city treasurers and the policy dialogue with development banks."
            dos = ["Coordinate the Local Finance Forum and its working groups.", "Draft policy briefs and position papers for the governing bodies.",
                   "Build partnerships with development banks, funds and academic networks.", "Organise peer-learning visits and online seminars for members."]
            app = "Send your CV and a cover letter in English or French to recruitment@uclg.example, quoting UCLG-WS-2039-04, no later than 22 February 2039. Interviews will be held in Barcelona or online in March 2039."
        else:
            lab = dict(pub="PUBLICATION", ref="RÉFÉRENCE", org="ORGANISATION", loc="LIEU D'AFFECTATION", sch="TEMPS DE TRAVAIL",
                       con="CONTRAT", sal="SALAIRE", start="ENTRÉE EN FONCTION", dl="DATE DE CLÔTURE")
            val = dict(pub="17 janvier 2039", con="Deux ans, renouvelable", sal="43 500 – 49 000 € bruts par an",
                       start="2 mai 2039", dl="22 février 2039")
            t = dict(who="Qui sommes-nous", role="Le poste", do="Vos missions", need="Votre profil",
                     plus="Un plus", comp="Votre manière de travailler", app="Candidature")
            who = "Cités et Gouvernements Locaux Unis est l'organisation mondiale des collectivités locales et régionales et de leurs associations. Son Secrétariat mondial, à Barcelone, accompagne des membres dans plus de 140 pays et porte leur voix auprès du système des Nations unies."
            role = "Le ou la chargé·e de mission pilotera les travaux du Secrétariat sur les finances locales : le Forum des finances locales, les échanges entre trésoriers de villes et le dialogue avec les banques de développement."
            dos = ["Coordonner le Forum des finances locales et ses groupes de travail.", "Rédiger des notes d'orientation et des documents de position pour les instances.",
                   "Nouer des partenariats avec les banques de développement, les fonds et les réseaux universitaires.", "Organiser des visites d'apprentissage entre pairs et des séminaires en ligne."]
            app = "Envoyez votre CV et une lettre de motivation en anglais ou en français à recruitment@uclg.example, en rappelant la référence UCLG-WS-2039-04, au plus tard le 22 février 2039. Les entretiens auront lieu à Barcelone ou en ligne en mars 2039."
        cells = [(lab['ref'], n['reference']), (lab['org'], E(n['organisation'][l])), (lab['loc'], E(n['location'][l])),
                 (lab['sch'], E(n['schedule'][l])), (lab['con'], val['con']), (lab['sal'], val['sal']),
                 (lab['pub'], val['pub']), (lab['start'], val['start']), (lab['dl'], val['dl'])]
        grid = "".join(f"<div class='c'><div class='k'>{k}</div><div>{v}</div></div>" for k, v in cells)
        comps = "".join(f"<li><b>{E(c['name'])}{' :' if l == 'fr' else ':'}</b> {E(c['description'])}</li>" for c in C)
        return f"""<div class='title'><h1>{E(n['title'][l])}</h1></div>
<div class='grid'>{grid}</div>
<div class='b w'><h2>{t['who']}</h2><p>{who}</p></div>
<div class='b g'><h2>{t['role']}</h2><p>{role}</p><h2>{t['do']}</h2>{ul(dos)}</div>
<div class='b w'><h2>{t['need']}</h2>{ul(R['essential'])}<h2>{t['plus']}</h2>{ul(R['desirable'])}</div>
<div class='b g'><h2>{t['comp']}</h2><ul>{comps}</ul></div>
<div class='b a'><h2>{t['app']}</h2><p>{app}</p></div>"""
    s = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>UCLG {n['reference']}</title>
<style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font: 9.6pt/1.4 "DejaVu Sans", sans-serif; color: #222; }}
.mast {{ background: #1d3557; color: #fff; padding: 12px 20px; display: flex; justify-content: space-between; }}
.mast b {{ font-size: 13pt; letter-spacing: 1px; }}
.title {{ background: #e76f51; color: #fff; padding: 10px 20px; }} .title h1 {{ margin: 0; font-size: 15pt; }}
.grid {{ display: flex; flex-wrap: wrap; background: #f1f1f1; padding: 6px 14px; }}
.grid .c {{ width: 31%; margin: 3px 1%; }} .k {{ font-size: 6.8pt; letter-spacing: 1.2px; color: #1d3557; font-weight: bold; }}
.b {{ padding: 6px 20px; page-break-inside: avoid; }} .b.g {{ background: #f1f1f1; }} .b.a {{ background: #e76f51; color: #fff; }}
h2 {{ font-size: 10.5pt; color: #1d3557; margin: 4px 0 2px; }} .b.a h2 {{ color: #fff; }}
ul {{ list-style: square; margin: 2px 0; padding-left: 16px; }}
.fr {{ page-break-before: always; background: #1d3557; color: #fff; padding: 6px 20px; letter-spacing: 3px; font-weight: bold; }}
.foot {{ background: #222; color: #ddd; font-size: 7.5pt; padding: 6px 20px; margin-top: 8px; }}
</style></head><body>
<div class="mast"><b>UCLG · CGLU</b><span>Careers · Carrières · Empleo</span></div>
{half('en')}
<div class="fr">VERSION FRANÇAISE</div>
{half('fr')}
<div class="foot">UCLG World Secretariat · Carrer Avinyó 15 · 08002 Barcelona · uclg.example · Share: LinkedIn · X · E-mail</div>
</body></html>"""
    write(os.path.join(SRC, "uclg-ws-2039-04-uclg.weasyprint.html"), s)


if __name__ == "__main__":
    isu(); ign(); iso(); wt(); uclg()
