# -*- coding: utf-8 -*-
"""HTML notices: WeasyPrint (Saint-Barthélemy form, Isle of Man three pages, Falklands poster)
and Chromium (Eurostar brochure, Transdev landscape columns)."""
import os
from html import escape as h
from data import N, HERE, ROOT

SRC = os.path.join(HERE, "src")


def li(items, tag="ul", cls=""):
    return f"<{tag}{(' class=%s' % cls) if cls else ''}>" + "".join(f"<li>{h(i)}</li>" for i in items) + f"</{tag}>"


# ------------------------------------------------------------ Saint-Barthélemy: form with boxes
def stbarth():
    n = N["stbarth"]; R = n["requirements"]["fr"]
    css = """
@page { size: A4; margin: 14mm 13mm 16mm 13mm;
  @bottom-right { content: "Formulaire RH-02 · page " counter(page) "/" counter(pages); font: 8pt 'DejaVu Sans'; color:#555 }
  @bottom-left { content: "Collectivité de Saint-Barthélemy – Direction des ressources humaines"; font: 8pt 'DejaVu Sans'; color:#555 } }
body { font: 9.5pt 'DejaVu Sans', sans-serif; color:#111 }
table { width:100%; border-collapse: collapse; margin-bottom: 3mm }
td { border: 0.8pt solid #333; padding: 1.6mm 2mm; vertical-align: top }
.lab { display:block; font-size: 6.8pt; text-transform: uppercase; letter-spacing: .4pt; color:#444; margin-bottom: .8mm }
.band td { background:#0b5e7a; color:#fff; font-weight:bold; font-size:9.5pt; border-color:#0b5e7a }
.head td { border-width: 1.4pt }
.big { font-size: 13pt; font-weight: bold; color:#0b5e7a }
ul { margin: 0; padding-left: 4mm } li { margin: .4mm 0 }
.box { font-family: 'DejaVu Sans'; }
.sig td { height: 16mm }
"""
    b = []
    b.append(f"""<table class="head"><tr><td style="width:55%"><b>COLLECTIVITÉ DE SAINT-BARTHÉLEMY</b><br>Hôtel de la Collectivité<br>97133 Saint-Barthélemy<br>Direction des ressources humaines</td>
<td><span class="big">AVIS DE RECRUTEMENT</span><br><span class="lab">Numéro de l'offre</span>{h(n['reference'])}<br><span class="lab">Date de publication</span>17/07/2035</td></tr></table>""")
    b.append(f"""<table><tr class="band"><td colspan="2">A. IDENTIFICATION DU POSTE</td></tr>
<tr><td colspan="2"><span class="lab">Intitulé du poste</span><b>{h(n['title']['fr'])}</b></td></tr>
<tr><td style="width:50%"><span class="lab">Employeur</span>{h(n['organisation']['fr'])}</td><td><span class="lab">Service</span>Pôle environnement – Agence territoriale de l'environnement</td></tr>
<tr><td><span class="lab">Lieu de travail</span>{h(n['location']['fr'])}</td><td><span class="lab">Supérieur hiérarchique</span>Responsable de la brigade nature</td></tr>
<tr><td><span class="lab">Catégorie / cadre d'emplois</span>Catégorie C – adjoint technique territorial</td><td><span class="lab">Nature du poste</span>☒ Permanent &nbsp; ☐ Non permanent</td></tr></table>""")
    b.append(f"""<table><tr class="band"><td colspan="2">B. CONDITIONS D'EMPLOI</td></tr>
<tr><td style="width:50%"><span class="lab">Temps de travail</span>☒ Temps complet &nbsp; ☐ Temps non complet</td><td><span class="lab">Horaires</span>Cycle de 4 jours / 2 jours, week-ends par roulement</td></tr>
<tr><td><span class="lab">Rémunération</span>2&nbsp;310&nbsp;€ bruts mensuels</td><td><span class="lab">Avantages</span>Prime de vie chère, tenue fournie, véhicule de service</td></tr>
<tr><td><span class="lab">Date limite de candidature</span>14/08/2035</td><td><span class="lab">Poste à pourvoir le</span>01/10/2035</td></tr></table>""")
    b.append(f"""<table><tr class="band"><td>C. MISSIONS</td></tr><tr><td>
<p>Au sein de la brigade nature, l'agent veille au respect de la réglementation sur le littoral, les sentiers et les îlets, informe le public et participe au suivi scientifique des milieux. Il ou elle travaille en binôme et peut être appelé(e) à intervenir en mer.</p>
{li(["patrouiller à pied, en véhicule et en bateau sur les sites protégés ;", "informer les usagers et les plaisanciers sur les règles de mouillage et de pêche ;", "constater les infractions et rédiger les rapports ;", "participer aux comptages de tortues marines, d'oiseaux et d'herbiers ;", "entretenir le balisage et le matériel de la brigade."])}
</td></tr></table>""")
    b.append(f"""<table><tr class="band"><td colspan="2">D. PROFIL</td></tr>
<tr><td style="width:50%"><span class="lab">Compétences requises</span>{li(R['essential'])}</td>
<td><span class="lab">Atouts</span>{li(R['desirable'])}</td></tr>
<tr><td colspan="2"><span class="lab">Qualités attendues</span>{li([c['name'] for c in n['competencies']['fr']])}</td></tr></table>""")
    b.append(f"""<table><tr class="band"><td>E. CANDIDATURE</td></tr><tr><td>
<p>Lettre de motivation, curriculum vitae et copie des diplômes et permis à adresser à Monsieur le Président de la Collectivité, Direction des ressources humaines, ou par courriel à recrutement@comstbarth.example, en rappelant le numéro de l'offre. Les entretiens se tiendront la semaine du 07/09/2035.</p>
</td></tr></table>
<table class="sig"><tr><td style="width:50%"><span class="lab">Visa du directeur des ressources humaines</span></td><td><span class="lab">Visa de la direction générale des services</span></td></tr></table>""")
    return f"<!doctype html><html lang=fr><head><meta charset=utf-8><title>{h(n['reference'])}</title><style>{css}</style></head><body>{''.join(b)}</body></html>"


# ------------------------------------------------------------ Isle of Man: three pages, running heads
def iom():
    n = N["iom"]; R = n["requirements"]["en"]
    css = """
@page { size: A4; margin: 24mm 20mm 22mm 20mm;
  @top-left { content: "Isle of Man Government · Department of Infrastructure"; font: 8pt 'DejaVu Sans'; color:#6b0f1a; border-bottom: .6pt solid #6b0f1a; vertical-align: bottom; padding-bottom: 1mm }
  @top-right { content: "Job Description and Person Specification · DOI/35/0719"; font: 8pt 'DejaVu Sans'; color:#6b0f1a; border-bottom: .6pt solid #6b0f1a; vertical-align: bottom; padding-bottom: 1mm }
  @bottom-left { content: "Ports Division, Sea Terminal, Douglas IM1 2RF"; font: 7.5pt 'DejaVu Sans'; color:#555 }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt 'DejaVu Sans'; color:#555 } }
body { font: 10.5pt/1.5 'DejaVu Serif', serif }
ol { list-style-type: lower-alpha }
h1 { font: bold 18pt 'DejaVu Sans'; color:#6b0f1a; margin: 0 0 2mm }
h2 { font: bold 11.5pt 'DejaVu Sans'; color:#6b0f1a; margin: 6mm 0 2mm; border-bottom: .5pt solid #ccc }
table.facts { border-collapse: collapse; width: 100%; font-size: 9.5pt }
table.facts th { text-align: left; width: 34%; background: #f3e9ea; padding: 1.5mm 2mm; border: .5pt solid #bbb }
table.facts td { padding: 1.5mm 2mm; border: .5pt solid #bbb }
.pb { page-break-before: always }
ol, ul { margin-top: 1mm } li { margin: 1mm 0 }
"""
    facts = [("Vacancy Ref", n["reference"]), ("Job Title", n["title"]["en"]), ("Employer", n["organisation"]["en"]),
             ("Department", "Department of Infrastructure – Ports Division"), ("Location", n["location"]["en"]),
             ("Grade", "HPTO (Higher Professional and Technology Officer)"),
             ("Salary", "£52,118 – £57,664 per annum"), ("Hours", n["schedule"]["en"]),
             ("Contract", "Permanent"), ("Responsible to", "Harbour Master and Head of Marine Operations"),
             ("Date of advert", "18 July 2035"), ("Closing Date", "12 noon on Wednesday 8 August 2035")]
    body = f"""<h1>{h(n['title']['en'])}</h1>
<p><i>Isle of Man Public Service — Job Description and Person Specification</i></p>
<table class="facts">{''.join(f'<tr><th>{h(a)}</th><td>{h(b)}</td></tr>' for a, b in facts)}</table>
<h2>1. Job purpose</h2>
<p>The Harbour Engineer is responsible for the safe condition of the Island's harbours: Douglas, Peel, Ramsey and Port St Mary, their breakwaters, quays, linkspans and navigation aids. The post holder plans inspections and maintenance, manages contractors and advises the Harbour Master on the engineering risks that affect shipping and the public.</p>
<p>The Ports Division operates the Island's lifeline sea link, so works must be planned around sailings, tides and the weather. The post holder will join a small technical team and will be expected to take part in a call-out rota with other engineering staff.</p>
<h2>2. Main duties and responsibilities</h2>
<ol type="a">
<li>Carry out and record regular condition surveys of harbour structures, and commission specialist underwater inspections when needed.</li>
<li>Prepare the annual maintenance programme and the capital bids that support it.</li>
<li>Design, specify and tender small and medium works, and supervise contractors on site.</li>
<li>Keep the asset register, drawings and inspection records up to date.</li>
<li>Respond to storm damage, vessel strikes and other incidents, day or night, as part of the rota.</li>
<li>Make sure that works comply with health and safety law, marine licences and environmental conditions.</li>
<li>Represent the Department at meetings with harbour users, the ferry operator and other Government departments.</li>
</ol>
<h2>3. Person specification</h2>
<p>Shortlisting will be based on the criteria below. Please show in your supporting statement how you meet each one.</p>
<p><b>Essential criteria</b></p>
{li(R['essential'])}
<p><b>Desirable criteria</b></p>
{li(R['desirable'])}
<h2>4. Behaviours</h2>
<p>The Isle of Man Public Service behaviours framework applies to this post at level 3.</p>
<ul>{''.join(f'<li><b>{h(c["name"])}:</b> {h(c["description"])}</li>' for c in n['competencies']['en'])}</ul>
<h2>5. Work permit and residence</h2>
<p>Applicants who are not Isle of Man workers under the Control of Employment legislation will need a work permit, which the Department will apply for on behalf of the successful candidate. A relocation package of up to £5,000 is available.</p>
<h2>6. Terms and conditions</h2>
<p>The post is offered on the terms and conditions of the Civil Service for professional and technology grades. New entrants normally start at the first point of the scale. The Public Service pension scheme applies, and annual leave begins at 25 days plus public holidays, including Tynwald Day.</p>
<p>The successful candidate will need to pass pre-employment checks, including a medical assessment and a basic disclosure.</p>
<h2>7. How to apply</h2>
<p>Apply online through the Isle of Man Government vacancies website, quoting reference DOI/35/0719, with a CV and a supporting statement of no more than two pages. The closing date is 12 noon on Wednesday 8 August 2035; late applications cannot be accepted. Interviews are expected to take place in the week beginning 1 September 2035.</p>
<p>For an informal conversation about the role, please contact the Harbour Master's office on (01624) 600000.</p>
<p>The Isle of Man Government is an equal opportunities employer.</p>
"""
    return f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{h(n['reference'])}</title><style>{css}</style></head><body>{body}</body></html>"


# ------------------------------------------------------------ Falklands: poster with a sidebar
def falklands():
    n = N["falklands"]; R = n["requirements"]["en"]
    css = """
@page { size: A4; margin: 0 }
body { margin: 0; font: 8.9pt/1.33 'DejaVu Sans', sans-serif; color:#1b2a33 }
.banner { background:#003a63; color:#fff; padding: 7mm 12mm 5mm }
.banner .k { font-size: 9pt; letter-spacing: 2pt; text-transform: uppercase; color:#9fd3f5 }
.banner h1 { margin: 2mm 0 0; font-size: 26pt }
.wrap { display: flex }
aside { width: 56mm; background:#e3f0f7; padding: 6mm 5mm }
aside dt { font-size: 7pt; letter-spacing: 1.2pt; text-transform: uppercase; color:#003a63; font-weight: bold; margin-top: 3mm }
aside dd { margin: .5mm 0 0; font-size: 9.5pt }
main { flex: 1; padding: 7mm 11mm 7mm 9mm }
main h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 1pt; color:#003a63; border-left: 3mm solid #f2a900; padding-left: 2mm; margin: 5mm 0 2mm }
main ul { padding-left: 5mm; margin: 0 } main li { margin: .8mm 0 }
.apply { background:#f2a900; color:#1b2a33; padding: 4mm 5mm; margin-top: 5mm; font-weight: bold }
.foot { background:#003a63; color:#cfe6f5; font-size: 8pt; padding: 3mm 12mm }
"""
    side = [("Reference", n["reference"]), ("Employer", n["organisation"]["en"]), ("Directorate", "Natural Resources – Department of Agriculture"),
            ("Location", n["location"]["en"]), ("Grade", n["grade"]), ("Salary", "£49,860 – £56,214 per annum"),
            ("Hours", n["schedule"]["en"]), ("Contract", "Three years, with passages and accommodation"),
            ("Start", "January 2036"), ("Closing date", "18 August 2035")]
    body = f"""<div class="banner"><div class="k">Falkland Islands Government · We are recruiting</div><h1>{h(n['title']['en'])}</h1></div>
<div class="wrap"><aside><dl>{''.join(f'<dt>{h(a)}</dt><dd>{h(b)}</dd>' for a, b in side)}</dl></aside>
<main>
<h2>The role</h2>
<p>The Veterinary Officer is the Islands' senior government vet and leads a small veterinary service covering livestock, companion animals and wildlife. You will protect the Islands' high animal-health status, which underpins exports of meat and wool, and you will advise the Director on animal welfare and biosecurity.</p>
<p>Your week may include a clinic in Stanley, a flight to a camp settlement to test a flock, and a meeting with the fisheries team about a stranded seal. You will also supervise a veterinary nurse and a laboratory technician.</p>
<h2>What you will do</h2>
<ul><li>Run the disease surveillance programme and report to trading partners</li><li>Sign export health certificates for meat, wool and live animals</li><li>Provide clinical services in Stanley and in camp</li><li>Enforce animal health and welfare legislation</li><li>Respond to animal-disease and biosecurity incidents</li></ul>
<h2>Essential</h2>
{li(R['essential'])}
<h2>Desirable</h2>
{li(R['desirable'])}
<h2>What we offer</h2>
<p>Return passages for you and your family, furnished accommodation at a subsidised rent, a gratuity of 20% of salary at the end of the contract and a low-tax environment. Stanley has a hospital, schools and a lively community.</p>
<div class="apply">How to apply: send your CV and the application form to recruitment@fig.example, quoting FIG/35/063, by 18 August 2035. Interviews by video call in early September.</div>
</main></div>
<div class="foot">Falkland Islands Government · Human Resources · Secretariat, Stanley FIQQ 1ZZ</div>"""
    return f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{h(n['reference'])}</title><style>{css}</style></head><body>{body}</body></html>"


# ------------------------------------------------------------ Eurostar: brochure with coloured bands (Chromium)
def eurostar():
    n = N["eurostar"]; E = n["requirements"]["en"]; F = n["requirements"]["fr"]
    css = """
@page { size: A4; margin: 0 }
body { margin: 0; font: 9.4pt/1.38 'Liberation Sans', Arial, sans-serif; color: #1c1c2b }
.mast { background:#ffd400; padding: 7mm 14mm; font-weight: bold; font-size: 18pt; color:#1c1c2b; letter-spacing: 1pt }
.mast small { display:block; font-size: 9pt; letter-spacing: 0; font-weight: normal }
.title { background:#1c1c2b; color:#fff; padding: 5mm 14mm }
.title .tag { color:#ffd400; font-size: 9pt; letter-spacing: 2pt; text-transform: uppercase }
.title h1 { margin: 2mm 0 0; font-size: 22pt }
.facts { background:#f0f0f5; padding: 5mm 14mm; display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 8mm }
.facts div span { display:block; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 1pt; color:#6a6a85 }
.band { padding: 3.2mm 14mm } .band.alt { background:#f8f8fb }
.band h2 { font-size: 12pt; margin: 0 0 2mm; color:#1c1c2b }
.band h2:before { content: ""; display:inline-block; width: 4mm; height: 4mm; background:#ffd400; margin-right: 2mm }
.apply { background:#ffd400; padding: 5mm 14mm }
.fr { background:#1c1c2b; color:#ffd400; padding: 3mm 14mm; font-weight: bold; letter-spacing: 2pt; page-break-before: always }
.foot { background:#1c1c2b; color:#bbb; font-size: 8pt; padding: 3mm 14mm }
ul { margin: 0; padding-left: 5mm } li { margin: .6mm 0 }
"""
    def facts(rows):
        return '<div class="facts">' + "".join(f"<div><span>{h(a)}</span>{h(b)}</div>" for a, b in rows) + "</div>"
    en = f"""<div class="mast">EUROSTAR<small>Careers · On board</small></div>
<div class="title"><div class="tag">We're hiring</div><h1>{h(n['title']['en'])}</h1></div>
{facts([("Job ID", n['reference']), ("Company", n['organisation']['en']), ("Base", n['location']['en']),
        ("Working pattern", n['schedule']['en']), ("Salary", "£38,600 a year plus travel allowances"), ("Contract", "Permanent"),
        ("Published", "9 July 2035"), ("Apply by", "6 August 2035"), ("Training starts", "October 2035")])}
<div class="band"><h2>Your journey with us</h2><p>As Train Manager you are in charge of the passenger service on our high-speed trains between London, Paris, Brussels, Lille and Amsterdam. You make announcements in two languages, check that the train is safe to depart, look after passengers who need help and take the lead when something goes wrong.</p><p>You will complete a paid training programme of about ten weeks, including safety-critical modules and route knowledge, before your first solo trip.</p></div>
<div class="band alt"><h2>What you'll do</h2><ul><li>Lead the on-board team and brief them before each trip</li><li>Carry out safety checks and work with the driver on departure</li><li>Keep passengers informed during delays, in English and French</li><li>Write incident reports and follow up passenger feedback</li></ul></div>
<div class="band"><h2>What you'll bring</h2>{li(E['essential'])}</div>
<div class="band alt"><h2>Nice to have</h2>{li(E['desirable'])}</div>
<div class="apply"><b>Ready to board?</b> Apply on our careers site with job ID REQ-35-2291 by 6 August 2035. Assessment days are held at St Pancras in September.</div>
"""
    fr = f"""<div class="fr">VERSION FRANÇAISE</div>
<div class="title"><div class="tag">Nous recrutons</div><h1>{h(n['title']['fr'])}</h1></div>
{facts([("Référence", n['reference']), ("Société", n['organisation']['fr']), ("Base", n['location']['fr']),
        ("Rythme de travail", n['schedule']['fr']), ("Salaire", "38 600 £ par an, plus indemnités de déplacement"), ("Contrat", "CDI"),
        ("Publication", "9 juillet 2035"), ("Candidature avant le", "6 août 2035"), ("Début de la formation", "octobre 2035")])}
<div class="band"><h2>Votre voyage avec nous</h2><p>En tant que chef de bord, vous êtes responsable du service aux passagers sur nos trains à grande vitesse entre Londres, Paris, Bruxelles, Lille et Amsterdam. Vous faites les annonces dans les deux langues, vérifiez que le train peut partir en sécurité, aidez les voyageurs qui en ont besoin et prenez les choses en main en cas d'incident.</p><p>Vous suivrez une formation rémunérée d'environ dix semaines, comprenant des modules de sécurité et la connaissance des lignes, avant votre premier voyage en autonomie.</p></div>
<div class="band alt"><h2>Vos missions</h2><ul><li>Diriger l'équipe de bord et la briefer avant chaque voyage</li><li>Effectuer les contrôles de sécurité et travailler avec le conducteur au départ</li><li>Informer les voyageurs en cas de retard, en anglais et en français</li><li>Rédiger les rapports d'incident et assurer le suivi des remarques des clients</li></ul></div>
<div class="band"><h2>Votre profil</h2>{li(F['essential'])}</div>
<div class="band alt"><h2>Un plus</h2>{li(F['desirable'])}</div>
<div class="apply"><b>Prêt à embarquer ?</b> Postulez sur notre site carrières avec la référence REQ-35-2291 avant le 6 août 2035. Les journées d'évaluation ont lieu à St Pancras en septembre.</div>
<div class="foot">Eurostar International Limited · Times House, Bravingtons Walk, London N1 9AW · Partager : LinkedIn · Facebook · X</div>"""
    return f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{h(n['title']['en'])} – Eurostar</title><style>{css}</style></head><body>{en}{fr}</body></html>"


# ------------------------------------------------------------ Transdev: landscape page in columns (Chromium)
def transdev():
    n = N["transdev"]; R = n["requirements"]["fr"]
    css = """
@page { size: A4 landscape; margin: 9mm 10mm }
body { margin: 0; font: 8.9pt/1.35 'Liberation Sans', Arial, sans-serif; color:#222 }
header { display:flex; justify-content: space-between; align-items: baseline; border-bottom: 2.5pt solid #e2001a; padding-bottom: 2mm; margin-bottom: 3mm }
header .logo { font-weight: bold; font-size: 17pt; color:#e2001a; letter-spacing: .5pt }
header .sub { font-size: 8.5pt; color:#555 }
.cols { column-count: 3; column-gap: 8mm; column-rule: .6pt solid #ccc }
.blk { break-inside: avoid; margin-bottom: 3mm }
h1 { font-size: 15pt; color:#1d1d1b; margin: 0 0 2mm }
h2 { font-size: 9.5pt; text-transform: uppercase; color:#e2001a; margin: 0 0 1.2mm; letter-spacing: .6pt }
.facts { background:#f4f4f4; padding: 2.5mm 3mm; border-left: 2pt solid #e2001a }
.facts p { margin: .7mm 0 }
ul { margin: 0; padding-left: 4mm } li { margin: .5mm 0 }
.foot { font-size: 7.5pt; color:#666; border-top: .5pt solid #ccc; padding-top: 1.5mm }
"""
    facts = [("Référence :", n["reference"]), ("Société :", n["organisation"]["fr"]), ("Lieu de travail :", n["location"]["fr"]),
             ("Contrat :", "CDI"), ("Horaires :", n["schedule"]["fr"]),
             ("Salaire :", "de 28 000 € à 32 500 € bruts annuels sur 13 mois, selon expérience"),
             ("Date de publication :", "21/07/2035"), ("Date limite de candidature :", "27/08/2035")]
    body = f"""<header><span class="logo">transdev</span><span class="sub">Le réseau de Reims recrute · Offre d'emploi</span></header>
<div class="cols">
<div class="blk"><h1>{h(n['title']['fr'])}</h1>
<div class="facts">{''.join(f'<p><b>{h(a)}</b> {h(b)}</p>' for a, b in facts)}</div></div>
<div class="blk"><h2>Qui sommes-nous ?</h2><p>Transdev Reims exploite pour le compte de la communauté urbaine le réseau de tramway et de bus de l'agglomération : deux lignes de tramway, une vingtaine de lignes de bus et un service de transport à la demande. Au dépôt de Bezannes, 60 techniciens assurent la maintenance préventive et corrective des rames et des installations fixes.</p></div>
<div class="blk"><h2>Vos missions</h2><ul><li>réaliser les visites préventives des rames selon les gammes ;</li><li>diagnostiquer et réparer les pannes électriques, pneumatiques et mécaniques ;</li><li>intervenir en ligne sur les rames immobilisées ;</li><li>renseigner les bons de travail et l'historique des interventions ;</li><li>participer aux essais après réparation.</li></ul></div>
<div class="blk"><h2>Votre profil</h2>{li(R['essential'])}</div>
<div class="blk"><h2>Les plus</h2>{li(R['desirable'])}</div>
<div class="blk"><h2>Vos qualités</h2><ul>{''.join(f'<li><b>{h(c["name"])} :</b> {h(c["description"])}</li>' for c in n['competencies']['fr'])}</ul></div>
<div class="blk"><h2>Ce que nous offrons</h2><p>Une prime de nuit et de dimanche, un treizième mois, une mutuelle prise en charge à 60 %, un comité social et économique actif et la gratuité du réseau pour vous et votre famille. Une formation d'intégration de six semaines est prévue à l'embauche.</p></div>
<div class="blk"><h2>Comment postuler ?</h2><p>Envoyez votre CV et quelques lignes de motivation avant le 27/08/2035 à recrutement.reims@transdev.example, en précisant la référence {h(n['reference'])}. Des tests techniques auront lieu au dépôt à partir du 8 septembre.</p></div>
<div class="blk foot">Transdev Reims · Dépôt tramway, rue de la Rainette, 51430 Bezannes · Suivez-nous sur LinkedIn · Toutes nos offres sur le site carrières du groupe</div>
</div>"""
    return f"<!doctype html><html lang=fr><head><meta charset=utf-8><title>{h(n['title']['fr'])}</title><style>{css}</style></head><body>{body}</body></html>"


def main():
    os.makedirs(SRC, exist_ok=True)
    for fn, stem in ((stbarth, "ctsb-rh-2035-027-comstbarth.weasyprint"), (iom, "doi-35-0719-gov-im.weasyprint"),
                     (falklands, "fig-35-063-falklands.weasyprint")):
        open(os.path.join(SRC, stem + ".html"), "w", encoding="utf-8").write(fn())
    for fn, stem in ((eurostar, "req-35-2291-eurostar"), (transdev, "tdv-rei-2035-0388-transdev")):
        open(os.path.join(ROOT, stem + ".html"), "w", encoding="utf-8").write(fn())


if __name__ == "__main__":
    main()
