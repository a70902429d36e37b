# -*- coding: utf-8 -*-
"""HTML sources: 3 for Chromium (written beside their PDFs in the set) and 2 for WeasyPrint (in __build/src)."""
import html, os
from data import N

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SRC = os.path.join(HERE, "src")
E = html.escape


def li(items, cls=""):
    return "".join(f"<li{cls}>{E(x)}</li>" for x in items)


def comps_html(cs, sep=":"):
    out = []
    for c in cs:
        if c["description"]:
            out.append(f"<li><b>{E(c['name'])}{sep}</b> {E(c['description'])}</li>")
        else:
            out.append(f"<li>{E(c['name'])}</li>")
    return "".join(out)


# ---------------------------------------------------------------- FISU, EN | FR side by side
def fisu():
    d = N["fisu-hr-2040-11"]
    t, o, l, s = d["title"], d["organisation"], d["location"], d["schedule"]
    re_, rf = d["requirements"]["en"], d["requirements"]["fr"]
    ce, cf = d["competencies"]["en"], d["competencies"]["fr"]
    rows = [
        ("<div class='band'>VACANCY NOTICE</div><p class='no'><i>Vacancy notice No.</i> <b>%s</b></p>" % d["reference"],
         "<div class='band'>AVIS DE VACANCE DE POSTE</div><p class='no'><i>Avis de vacance n°</i> <b>%s</b></p>" % d["reference"]),
        (f"<h1>{E(t['en'])}</h1>", f"<h1>{E(t['fr'])}</h1>"),
        (f"""<table class='facts'>
<tr><th>Organisation</th><td>{E(o['en'])}</td></tr>
<tr><th>Department</th><td>Education and Development</td></tr>
<tr><th>Duty station</th><td>{E(l['en'])}</td></tr>
<tr><th>Type of contract</th><td>Permanent</td></tr>
<tr><th>Activity rate</th><td>{E(s['en'])}</td></tr>
<tr><th>Gross annual salary</th><td>CHF 92,000 – 104,000 gross per year, paid in 13 instalments</td></tr>
<tr><th>Published</th><td>2 October 2040</td></tr>
<tr><th>Entry on duty</th><td>1 February 2041</td></tr>
<tr><th>Closing date</th><td>1 November 2040, 23:59 CET</td></tr>
</table>""",
         f"""<table class='facts'>
<tr><th>Organisation</th><td>{E(o['fr'])}</td></tr>
<tr><th>Département</th><td>Éducation et développement</td></tr>
<tr><th>Lieu d'affectation</th><td>{E(l['fr'])}</td></tr>
<tr><th>Type de contrat</th><td>Contrat à durée indéterminée</td></tr>
<tr><th>Taux d'activité</th><td>{E(s['fr'])}</td></tr>
<tr><th>Salaire annuel brut</th><td>92 000 à 104 000 CHF bruts par an, versés en 13 mensualités</td></tr>
<tr><th>Publication</th><td>2 octobre 2040</td></tr>
<tr><th>Entrée en fonction</th><td>1er février 2041</td></tr>
<tr><th>Date de clôture</th><td>1er novembre 2040, 23 h 59 (HEC)</td></tr>
</table>"""),
        ("""<h2>About FISU</h2><p>FISU governs university sport worldwide and uses sport as a
school of life for students. Its Education and Development department runs forums, leadership courses and
the volunteer academy that accompany the World University Games.</p>""",
         """<h2>À propos de la FISU</h2><p>La FISU régit le sport universitaire dans le monde et fait du sport
une école de vie pour les étudiants. Son département Éducation et développement organise les forums, les
cours de leadership et l'académie des bénévoles qui accompagnent les Jeux mondiaux universitaires.</p>"""),
        ("""<h2>Main duties</h2><ol>
<li>Plan and deliver the annual calendar of education programmes and student forums.</li>
<li>Coordinate speakers, partner universities and host organising committees.</li>
<li>Prepare budgets and follow up on expenses with the finance team.</li>
<li>Evaluate each programme and write short reports for the Executive Committee.</li>
<li>Maintain the online learning platform together with the digital team.</li></ol>""",
         """<h2>Tâches principales</h2><ol>
<li>Planifier et mettre en œuvre le calendrier annuel des programmes éducatifs et des forums étudiants.</li>
<li>Coordonner les intervenants, les universités partenaires et les comités d'organisation hôtes.</li>
<li>Préparer les budgets et suivre les dépenses avec l'équipe des finances.</li>
<li>Évaluer chaque programme et rédiger de brefs rapports pour le Comité exécutif.</li>
<li>Tenir à jour la plateforme d'apprentissage en ligne avec l'équipe numérique.</li></ol>"""),
        (f"<h2>Requirements</h2><ul>{li(re_['essential'])}</ul><h3>Assets</h3><ul>{li(re_['desirable'])}</ul>",
         f"<h2>Exigences</h2><ul>{li(rf['essential'])}</ul><h3>Atouts</h3><ul>{li(rf['desirable'])}</ul>"),
        (f"<h2>Competencies</h2><ul class='c'>{comps_html(ce)}</ul>",
         f"<h2>Compétences</h2><ul class='c'>{comps_html(cf, ' :')}</ul>"),
        ("""<h2>How to apply</h2><p>Send a CV and a one-page motivation letter in English or French through the
FISU careers portal (careers.fisu.example), quoting the vacancy notice number. Interviews are planned for the
week of 19 November 2040. Only shortlisted candidates will be contacted.</p>""",
         """<h2>Candidature</h2><p>Envoyez un CV et une lettre de motivation d'une page, en anglais ou en français,
par le portail carrières de la FISU (careers.fisu.example), en indiquant le numéro de l'avis de vacance. Les
entretiens sont prévus la semaine du 19 novembre 2040. Seules les personnes présélectionnées seront
contactées.</p>"""),
    ]
    body = "".join(f"<tr><td class='en'>{a}</td><td class='fr'>{b}</td></tr>" for a, b in rows)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(d['reference'])} – {E(t['en'])} / {E(t['fr'])}</title>
<style>
@page {{ size: A4; margin: 14mm 13mm 16mm 13mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.2pt; color: #1b2430; }}
.lh {{ display: flex; justify-content: space-between; border-bottom: 3px solid #0b4ea2; padding-bottom: 4px; }}
.lh .n {{ font-weight: bold; font-size: 11pt; color: #0b4ea2; }}
.lh .a {{ font-size: 7.5pt; text-align: right; color: #555; }}
table.sbs {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table.sbs > tbody > tr {{ page-break-inside: avoid; }}
table.sbs td.en, table.sbs td.fr {{ vertical-align: top; padding: 2px 8px; width: 50%; }}
table.sbs td.en {{ border-right: 1px solid #9bb3d6; }}
.band {{ background: #0b4ea2; color: #fff; font-weight: bold; letter-spacing: 1px; padding: 4px 6px; margin-top: 8px; }}
.no {{ margin: 4px 0; }}
h1 {{ font-size: 12.5pt; color: #0b4ea2; margin: 4px 0; }}
h2 {{ font-size: 10pt; color: #0b4ea2; border-bottom: 1px solid #9bb3d6; margin: 8px 0 3px; }}
h3 {{ font-size: 9.2pt; margin: 4px 0 2px; font-style: italic; }}
table.facts {{ width: 100%; border-collapse: collapse; }}
table.facts th {{ background: #e6eef8; text-align: left; width: 38%; padding: 2px 4px; font-weight: bold; }}
table.facts td {{ padding: 2px 4px; border-bottom: 1px solid #e6eef8; }}
ul, ol {{ margin: 2px 0 2px 16px; padding: 0; }}
.foot {{ margin-top: 10px; border-top: 1px solid #0b4ea2; font-size: 7.5pt; color: #555; text-align: center; }}
</style></head><body>
<div class="lh"><div class="n">FISU · International University Sports Federation<br>Fédération Internationale du Sport Universitaire</div>
<div class="a">Synathlon, Quartier UNIL-Centre<br>1015 Lausanne · Switzerland / Suisse</div></div>
<table class="sbs"><tbody>{body}</tbody></table>
<div class="foot">Both language versions are equally valid. · Les deux versions linguistiques font également foi. · FISU is an equal opportunity employer / La FISU pratique l'égalité des chances.</div>
</body></html>
"""


# ---------------------------------------------------------------- IBSF poster with a right sidebar
def ibsf():
    d = N["ibsf-hr-2040-04"]
    r = d["requirements"]["en"]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(d['title']['en'])} – IBSF</title>
<style>
@page {{ size: A4; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.4pt; color: #14212b; width: 210mm; height: 296mm; }}
.hero {{ background: #0a2c4a; color: #fff; padding: 12mm 14mm 8mm; }}
.kick {{ letter-spacing: 4px; font-size: 8pt; color: #8fd3ff; }}
.hero h1 {{ margin: 3mm 0 1mm; font-size: 22pt; }}
.hero .org {{ font-size: 10pt; color: #cfe9ff; }}
.wrap {{ display: flex; }}
.main {{ flex: 1; padding: 6mm 8mm 0 14mm; }}
.side {{ width: 60mm; background: #e3f2fb; border-left: 4px solid #1d8fd6; padding: 6mm 6mm; min-height: 220mm; }}
.side dt {{ font-size: 6.8pt; letter-spacing: 2px; color: #1d6fa6; text-transform: uppercase; margin-top: 3.5mm; }}
.side dd {{ margin: 0.5mm 0 0; font-weight: bold; }}
.side .note {{ font-size: 7.6pt; font-style: italic; margin-top: 6mm; color: #345; }}
h2 {{ font-size: 10.5pt; text-transform: uppercase; letter-spacing: 1px; color: #0a2c4a; border-left: 4px solid #1d8fd6; padding-left: 2mm; margin: 5mm 0 2mm; }}
ul {{ margin: 0 0 0 5mm; padding: 0; }} li {{ margin-bottom: 1mm; }}
.apply {{ background: #0a2c4a; color: #fff; padding: 3mm 4mm; margin-top: 5mm; }}
.foot {{ position: absolute; bottom: 0; left: 0; right: 0; background: #1d8fd6; color: #fff; font-size: 7.5pt; padding: 2.5mm 14mm; }}
</style></head><body>
<div class="hero"><div class="kick">WE ARE HIRING · LAUSANNE</div>
<h1>{E(d['title']['en'])}</h1>
<div class="org">Bobsleigh · Skeleton · Para Sport</div></div>
<div class="wrap">
<div class="main">
<h2>The role</h2>
<p>Every sliding track that hosts an international race must first be certified. You will lead this work:
you plan inspections, review design files for new or rebuilt tracks, check ice profiles and safety
installations before each season, and keep the register of certified tracks up to date. You report to the
Sport Director and chair the technical working group on track safety.</p>
<h2>What you will do</h2>
<ul><li>Review the design and construction plans of new tracks and major renovations.</li>
<li>Lead homologation visits and write the certification reports.</li>
<li>Advise organisers on curve profiles, protective walls and finish areas.</li>
<li>Keep the track database and its technical standards current.</li></ul>
<h2>What you need</h2>
<ul>{li(r['essential'])}</ul>
<h2>Nice to have</h2>
<ul>{li(r['desirable'])}</ul>
<h2>How you work</h2>
<ul>{comps_html(d['competencies']['en'])}</ul>
<div class="apply"><b>How to apply.</b> Send your CV and cover letter by the closing date to jobs@ibsf.example,
subject line {E(d['reference'])}. First interviews take place on 3 December 2040.</div>
</div>
<aside class="side"><dl>
<dt>Reference</dt><dd>{E(d['reference'])}</dd>
<dt>Employer</dt><dd>{E(d['organisation']['en'])}</dd>
<dt>Location</dt><dd>{E(d['location']['en'])}</dd>
<dt>Workload</dt><dd>{E(d['schedule']['en'])}</dd>
<dt>Contract</dt><dd>Permanent, three-month trial period</dd>
<dt>Salary</dt><dd>CHF 98,000 – 110,000 per year</dd>
<dt>Start</dt><dd>1 March 2041</dd>
<dt>Closing date</dt><dd>21 November 2040</dd>
</dl>
<p class="note">A flat allowance of CHF 1,500 for moving costs is paid to staff joining from abroad.</p>
</aside></div>
<div class="foot">IBSF · Maison du Sport International · Avenue de Rhodanie 54 · 1007 Lausanne · www.ibsf.example</div>
</body></html>
"""


# ---------------------------------------------------------------- FIS brochure with coloured bands
def fis():
    d = N["fis-hr-40-06"]
    t, o, l, s = d["title"], d["organisation"], d["location"], d["schedule"]
    re_, rf = d["requirements"]["en"], d["requirements"]["fr"]

    def grid(lbls, vals):
        cells = "".join(f"<div><span>{a}</span>{E(b)}</div>" for a, b in zip(lbls, vals))
        return f"<div class='grid'>{cells}</div>"
    ge = grid(["REFERENCE", "EMPLOYER", "LOCATION", "WORKLOAD", "SALARY", "PUBLISHED", "START", "DEADLINE"],
              [d["reference"], o["en"], l["en"], s["en"], "CHF 105,000 – 118,000 per year", "29 October 2040",
               "1 April 2041", "26 November 2040"])
    gf = grid(["RÉFÉRENCE", "EMPLOYEUR", "LIEU", "TAUX D'ACTIVITÉ", "SALAIRE", "PUBLICATION", "ENTRÉE EN FONCTION", "DÉLAI"],
              [d["reference"], o["fr"], l["fr"], s["fr"], "105 000 à 118 000 CHF par an", "29 octobre 2040",
               "1er avril 2041", "26 novembre 2040"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FIS Careers – {E(t['en'])}</title>
<style>
@page {{ size: A4; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #1c1c1c; }}
.mast {{ background: #0d1b3d; color: #fff; padding: 7mm 14mm; display: flex; justify-content: space-between; }}
.mast b {{ font-size: 15pt; letter-spacing: 2px; }}
.title {{ background: #c8102e; color: #fff; padding: 6mm 14mm; }}
.title .k {{ font-size: 7.5pt; letter-spacing: 3px; }}
.title h1 {{ margin: 2mm 0 0; font-size: 17pt; }}
.grid {{ background: #dde3ec; display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm 5mm; padding: 4mm 14mm; }}
.grid span {{ display: block; font-size: 6.5pt; letter-spacing: 1.5px; color: #53627c; }}
.band {{ padding: 4mm 14mm; }} .band.g {{ background: #f1f3f6; }}
h2 {{ font-size: 11pt; color: #0d1b3d; margin: 0 0 2mm; }}
h3 {{ font-size: 9.5pt; margin: 3mm 0 1mm; color: #c8102e; }}
ul {{ list-style: square; margin: 0 0 0 5mm; padding: 0; }}
.apply {{ background: #c8102e; color: #fff; padding: 4mm 14mm; }}
.strip {{ background: #0d1b3d; color: #fff; letter-spacing: 4px; font-size: 8pt; padding: 2mm 14mm; page-break-before: always; }}
.foot {{ background: #222; color: #bbb; font-size: 7.5pt; padding: 3mm 14mm; }}
</style></head><body>
<div class="mast"><b>FIS</b><span>Careers · Carrières · Karriere</span></div>
<div class="title"><div class="k">JOIN THE WHITE CIRCUS</div><h1>{E(t['en'])}</h1></div>
{ge}
<div class="band"><h2>About the job</h2><p>The Alpine World Cup visits more than thirty venues each winter. As
World Cup Operations Manager you are the link between the FIS race directors and the local organising
committees: you check venue plans, follow the calendar of inspections, coordinate accommodation and transport
for officials and make sure that television and timing partners have what they need on race day.</p></div>
<div class="band g"><h2>What you bring</h2><ul>{li(re_['essential'])}</ul>
<h3>A plus</h3><ul>{li(re_['desirable'])}</ul></div>
<div class="band"><h2>How you work</h2><ul>{comps_html(d['competencies']['en'])}</ul></div>
<div class="apply"><b>Apply</b> — send your application in English through jobs.fis.example by the deadline,
quoting {E(d['reference'])}.</div>
<div class="strip">VERSION FRANÇAISE</div>
<div class="title"><div class="k">REJOIGNEZ LE CIRQUE BLANC</div><h1>{E(t['fr'])}</h1></div>
{gf}
<div class="band"><h2>Le poste</h2><p>La Coupe du monde de ski alpin fait étape dans plus de trente stations
chaque hiver. Vous faites le lien entre les directeurs de course de la FIS et les comités d'organisation
locaux : vous vérifiez les plans des sites, suivez le calendrier des inspections, coordonnez l'hébergement et
le transport des officiels et veillez à ce que les partenaires de télévision et de chronométrage disposent de
tout le nécessaire le jour de la course.</p></div>
<div class="band g"><h2>Votre profil</h2><ul>{li(rf['essential'])}</ul>
<h3>Un plus</h3><ul>{li(rf['desirable'])}</ul></div>
<div class="band"><h2>Votre façon de travailler</h2><ul>{comps_html(d['competencies']['fr'], ' :')}</ul></div>
<div class="apply"><b>Candidature</b> — envoyez votre dossier par jobs.fis.example avant le délai, en
indiquant la référence {E(d['reference'])}.</div>
<div class="foot">FIS · Blochstrasse 2 · 3653 Oberhofen am Thunersee · Share / Partager : LinkedIn · X · Facebook</div>
</body></html>
"""


# ---------------------------------------------------------------- INAO form with boxes (WeasyPrint)
def inao():
    d = N["inao-2040-rh-063"]
    r = d["requirements"]["fr"]
    sq = lambda xs: "".join(f"<li>{E(x)}</li>" for x in xs)
    comps = "".join(f"<li>{E(c['name'])} : {E(c['description'])}</li>" for c in d["competencies"]["fr"])
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {E(d['reference'])}</title>
<style>
@page {{ size: A4; margin: 11mm 11mm 14mm; @bottom-left {{ content: "INAO · Direction des ressources humaines · Formulaire RH-FP-04"; font-size: 7pt; color: #666; }}
        @bottom-right {{ content: "page " counter(page) " / " counter(pages); font-size: 7pt; color: #666; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.4pt; color: #1d1d1d; }}
.head {{ display: flex; border: 1.5px solid #5b2a4a; }}
.head .l {{ flex: 1; padding: 3mm; }} .head .r {{ width: 62mm; border-left: 1.5px solid #5b2a4a; padding: 3mm; }}
.head .l b {{ font-size: 14pt; color: #5b2a4a; letter-spacing: 2px; }}
.bar {{ background: #5b2a4a; color: #fff; font-weight: bold; padding: 1.3mm 2mm; margin-top: 3mm; font-size: 8.6pt; }}
.row {{ display: flex; }}
.box {{ flex: 1; border: 1px solid #8c6a80; border-top: none; padding: 1.5mm 2mm; }}
.row .box + .box {{ border-left: none; }}
.lab {{ display: block; font-size: 6.4pt; text-transform: uppercase; color: #5b2a4a; letter-spacing: .6px; margin-bottom: .6mm; }}
ul {{ list-style: square; margin: .5mm 0 0 4mm; padding: 0; }}
</style></head><body>
<div class="head"><div class="l"><b>FICHE DE POSTE</b><br>Institut national de l'origine et de la qualité<br>Modèle RH-FP-04</div>
<div class="r"><span class="lab">N° de l'offre</span><b>{E(d['reference'])}</b><br><span class="lab">Émise le</span>12/10/2040</div></div>
<div class="bar">1. IDENTIFICATION DU POSTE</div>
<div class="row"><div class="box"><span class="lab">Intitulé du poste</span><b>{E(d['title']['fr'])}</b></div>
<div class="box"><span class="lab">Employeur</span>{E(d['organisation']['fr'])}</div></div>
<div class="row"><div class="box"><span class="lab">Lieu d'affectation</span>{E(d['location']['fr'])}</div>
<div class="box"><span class="lab">Service</span>Délégation territoriale Bourgogne – Jura, pôle viticole</div></div>
<div class="row"><div class="box"><span class="lab">Catégorie</span>B – technicien·ne</div>
<div class="box"><span class="lab">Rémunération</span>2 480 € à 2 920 € bruts mensuels selon expérience</div></div>
<div class="bar">2. CONDITIONS D'EMPLOI</div>
<div class="row"><div class="box"><span class="lab">Nature du recrutement</span>☒ Contrat de 3 ans renouvelable &nbsp; ☐ Détachement &nbsp; ☐ Mutation</div>
<div class="box"><span class="lab">Quotité de travail</span>☒ {E(d['schedule']['fr'])}<br>☐ Temps partiel (80 %)</div></div>
<div class="bar">3. MISSIONS</div>
<div class="row"><div class="box"><span class="lab">Activités principales</span><ul>
<li>Instruire les demandes de modification des cahiers des charges des appellations viticoles ;</li>
<li>préparer les dossiers soumis aux commissions d'enquête et au comité national ;</li>
<li>suivre les contrôles réalisés par les organismes d'inspection et analyser leurs rapports ;</li>
<li>participer aux délimitations parcellaires et aux visites de terrain ;</li>
<li>répondre aux questions des opérateurs et des organismes de défense et de gestion.</li></ul></div></div>
<div class="bar">4. PROFIL</div>
<div class="row"><div class="box"><span class="lab">Compétences requises</span><ul>{sq(r['essential'])}</ul></div>
<div class="box"><span class="lab">Compétences appréciées</span><ul>{sq(r['desirable'])}</ul></div></div>
<div class="row"><div class="box"><span class="lab">Savoir-être</span><ul>{comps}</ul></div></div>
<div class="bar">5. CANDIDATURE</div>
<div class="row"><div class="box"><span class="lab">Date limite de candidature</span><b>09/11/2040</b></div>
<div class="box"><span class="lab">Jury de sélection</span>22/11/2040</div>
<div class="box"><span class="lab">Prise de poste</span>01/02/2041</div></div>
<div class="row"><div class="box"><span class="lab">Modalités</span>CV et lettre de motivation à recrutement@inao.example, en rappelant le numéro de l'offre.</div></div>
<div class="row"><div class="box"><span class="lab">Visa du chef de service</span>&nbsp;<br>&nbsp;</div>
<div class="box"><span class="lab">Visa de la DRH</span>&nbsp;<br>&nbsp;</div></div>
</body></html>
"""


# ---------------------------------------------------------------- ANFR landscape page in columns (WeasyPrint)
def anfr():
    d = N["anfr-2040-drh-0217"]
    r = d["requirements"]["fr"]
    comps = "".join(f"<p class='q'>– {E(c['name'])} : {E(c['description'])}</p>" for c in d["competencies"]["fr"])
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{E(d['title']['fr'])}</title>
<style>
@page {{ size: A4 landscape; margin: 11mm 12mm 13mm; @bottom-center {{ content: "ANFR · 78 avenue du Général-de-Gaulle · 94704 Maisons-Alfort cedex · anfr.example/carrieres"; font-size: 7pt; color: #777; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.8pt; color: #222; }}
.k {{ color: #00847f; letter-spacing: 3px; font-size: 7.5pt; }}
h1 {{ font-size: 15pt; margin: 1mm 0 2mm; color: #123c69; border-bottom: 2px solid #00847f; padding-bottom: 1.5mm; }}
.cols {{ column-count: 3; column-gap: 8mm; column-rule: 1px solid #bcd; }}
h2 {{ font-size: 8.8pt; text-transform: uppercase; color: #00847f; margin: 2.5mm 0 1mm; }}
p {{ margin: 0 0 1.2mm; }} .f b {{ color: #123c69; }}
ul {{ margin: 0 0 1mm 4mm; padding: 0; }}
</style></head><body>
<div class="k">AGENCE NATIONALE DES FRÉQUENCES · RECRUTEMENT</div>
<h1>{E(d['title']['fr'])}</h1>
<div class="cols">
<p class="f"><b>Référence :</b> {E(d['reference'])}</p>
<p class="f"><b>Employeur :</b> {E(d['organisation']['fr'])}</p>
<p class="f"><b>Direction :</b> Direction du contrôle du spectre</p>
<p class="f"><b>Lieu :</b> {E(d['location']['fr'])}</p>
<p class="f"><b>Contrat :</b> fonctionnaire de catégorie B ou contractuel·le (CDD de 3 ans)</p>
<p class="f"><b>Horaires :</b> {E(d['schedule']['fr'])}</p>
<p class="f"><b>Rémunération :</b> 30 000 € à 36 000 € bruts annuels pour les contractuel·les, selon expérience ; fonctionnaires selon leur grille</p>
<p class="f"><b>Publication :</b> 30/10/2040</p>
<p class="f"><b>Date limite :</b> 28/11/2040</p>
<h2>L'Agence</h2>
<p>L'ANFR planifie, gère et contrôle l'utilisation des fréquences radioélectriques en France. Le centre de
contrôle international de Rambouillet surveille en continu les émissions venant de l'espace et des stations
lointaines et traite les brouillages signalés par les opérateurs de satellites.</p>
<h2>Vos missions</h2>
<p>– assurer la veille des bandes de fréquences depuis les stations fixes du centre ;</p>
<p>– mesurer et localiser les émissions perturbatrices, y compris d'origine satellitaire ;</p>
<p>– rédiger les rapports de mesure et alimenter la base des brouillages ;</p>
<p>– maintenir les antennes et les récepteurs en lien avec le service technique ;</p>
<p>– participer ponctuellement à des campagnes de mesure en région.</p>
<h2>Votre profil</h2>
<ul>{li(r['essential'])}</ul>
<h2>Les plus</h2>
<ul>{li(r['desirable'])}</ul>
<h2>Vos qualités</h2>
{comps}
<h2>Pour postuler</h2>
<p>Adressez CV et lettre de motivation à recrutement@anfr.example en rappelant la référence. Les entretiens se
dérouleront à Rambouillet le 10/12/2040. Prime d'astreinte en sus selon le barème de l'Agence.</p>
</div></body></html>
"""


def write_all():
    os.makedirs(SRC, exist_ok=True)
    out = {
        os.path.join(SET, "fisu-hr-2040-11-fisu.html"): fisu(),
        os.path.join(SET, "ibsf-hr-2040-04-ibsf.html"): ibsf(),
        os.path.join(SET, "fis-hr-40-06-fis.html"): fis(),
        os.path.join(SRC, "inao-2040-rh-063-inao.html"): inao(),
        os.path.join(SRC, "anfr-2040-drh-0217-anfr.html"): anfr(),
    }
    for p, s in out.items():
        with open(p, "w", encoding="utf-8") as f:
            f.write(s)
    return out


if __name__ == "__main__":
    write_all()
