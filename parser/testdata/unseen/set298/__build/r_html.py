# -*- coding: utf-8 -*-
"""HTML sources: Chromium pages (ICID, IKF), WeasyPrint pages (CNPF, IAU, CAUE), IKF board copy."""
import os, html
from data import N, ROOT, HERE

SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)
e = html.escape


def lis(items, tag="ul", cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<{tag}{c}>" + "".join(f"<li>{e(i)}</li>" for i in items) + f"</{tag}>"


def comps(items, sep=":"):
    out = []
    for c in items:
        if c["description"]:
            out.append(f"<li><b>{e(c['name'])}{sep}</b> {e(c['description'])}</li>")
        else:
            out.append(f"<li><b>{e(c['name'])}</b></li>")
    return "<ul>" + "".join(out) + "</ul>"


# ---------------------------------------------------------------- ICID (EN | FR)
def icid():
    d = N["icid-vn-2042-02"]
    R = d["requirements"]; K = d["competencies"]
    css = """
    @page { size: A4; margin: 14mm 13mm 16mm 13mm; }
    body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt; color: #1d2b36; }
    .lh { display: flex; justify-content: space-between; border-bottom: 3px solid #1f6f8b; padding-bottom: 5px; }
    .lh .n { font-weight: bold; color: #1f6f8b; font-size: 11pt; }
    .lh .a { font-size: 8pt; text-align: right; color: #55636e; }
    table.bi { width: 100%; border-collapse: collapse; margin-top: 8px; }
    table.bi > tbody > tr { page-break-inside: avoid; }
    table.bi > tbody > tr > td { width: 50%; vertical-align: top; padding: 4px 9px; }
    table.bi > tbody > tr > td:first-child { border-right: 1px solid #9fb8c4; }
    .band { background: #1f6f8b; color: #fff; font-weight: bold; padding: 5px 8px; letter-spacing: 1px; }
    .no { font-style: italic; color: #1f6f8b; }
    h2 { font-size: 12.5pt; margin: 4px 0; }
    h3 { font-size: 10pt; color: #1f6f8b; border-bottom: 1px solid #cfdde3; margin: 8px 0 3px; }
    table.f { width: 100%; border-collapse: collapse; }
    table.f th { background: #e6eff3; text-align: left; width: 38%; padding: 2px 4px; font-weight: bold; }
    table.f td { padding: 2px 4px; border-bottom: 1px solid #e6eff3; }
    ul, ol { margin: 2px 0 2px 16px; padding: 0; }
    .foot { margin-top: 10px; font-size: 8pt; color: #55636e; border-top: 1px solid #9fb8c4; padding-top: 4px; text-align: center; }
    """
    fe = [("Organisation", d["organisation"]["en"]), ("Duty station", d["location"]["en"]),
          ("Contract", "Fixed-term, three years, renewable"),
          ("Working time", d["schedule"]["en"]),
          ("Salary", "USD 46,800 – 53,400 per year, net of tax"),
          ("Published", "7 July 2042"), ("Closing date", "4 August 2042 (23:59 India Standard Time)"),
          ("Entry on duty", "1 November 2042")]
    ff = [("Organisation", d["organisation"]["fr"]), ("Lieu d'affectation", d["location"]["fr"]),
          ("Contrat", "durée déterminée de trois ans, renouvelable"),
          ("Temps de travail", d["schedule"]["fr"]),
          ("Rémunération", "46\u00a0800 – 53\u00a0400 USD par an, nets d'impôt"),
          ("Publication", "7 juillet 2042"), ("Date limite", "4 août 2042 (23 h 59, heure de l'Inde)"),
          ("Entrée en fonction", "1er novembre 2042")]
    tab = lambda rows: '<table class="f">' + "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in rows) + "</table>"
    rows = [
        ('<div class="band">VACANCY NOTICE</div>', '<div class="band">AVIS DE VACANCE DE POSTE</div>'),
        (f'<p class="no">Vacancy notice No. {d["reference"]}</p><h2>{e(d["title"]["en"])}</h2>',
         f'<p class="no">Avis de vacance n° {d["reference"]}</p><h2>{e(d["title"]["fr"])}</h2>'),
        (tab(fe), tab(ff)),
        ("<h3>The Commission</h3><p>ICID links national committees of irrigation and drainage professionals in more "
         "than seventy countries. Its Central Office supports the technical work bodies, the annual congresses and "
         "the Commission's journal.</p>",
         "<h3>La Commission</h3><p>La CIID relie des comités nationaux de professionnels de l'irrigation et du "
         "drainage dans plus de soixante-dix pays. Son Bureau central appuie les organes techniques, les congrès "
         "annuels et la revue de la Commission.</p>"),
        ("<h3>Main duties</h3><ol><li>Coordinate six technical working groups and keep their work plans up to date.</li>"
         "<li>Edit and publish guidelines, position papers and the monthly news digest.</li>"
         "<li>Organise webinars with national committees and partner organisations.</li>"
         "<li>Maintain the knowledge portal and its library of case studies.</li>"
         "<li>Prepare technical sessions of the annual congress.</li></ol>",
         "<h3>Principales fonctions</h3><ol><li>Coordonner six groupes de travail techniques et tenir à jour leurs plans de travail.</li>"
         "<li>Éditer et publier des lignes directrices, des notes de position et la lettre d'information mensuelle.</li>"
         "<li>Organiser des webinaires avec les comités nationaux et les organisations partenaires.</li>"
         "<li>Tenir le portail des connaissances et sa bibliothèque d'études de cas.</li>"
         "<li>Préparer les séances techniques du congrès annuel.</li></ol>"),
        ("<h3>Requirements</h3>" + lis(R["en"]["essential"]) + "<h3>Assets</h3>" + lis(R["en"]["desirable"]),
         "<h3>Exigences</h3>" + lis(R["fr"]["essential"]) + "<h3>Atouts</h3>" + lis(R["fr"]["desirable"])),
        ("<h3>Competencies</h3>" + comps(K["en"]), "<h3>Compétences</h3>" + comps(K["fr"], " :")),
        ("<h3>How to apply</h3><p>Send a CV and a cover letter in English or French to recruitment@icid-ciid.example, "
         "quoting the vacancy notice number. Interviews are planned for the week of 22 September 2042.</p>",
         "<h3>Candidature</h3><p>Adressez un CV et une lettre de motivation en anglais ou en français à "
         "recruitment@icid-ciid.example en rappelant le numéro de l'avis. Les entretiens sont prévus la semaine du "
         "22 septembre 2042.</p>"),
    ]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(d['reference'])} – {e(d['title']['en'])}</title>
<style>{css}</style></head><body>
<div class="lh"><div class="n">International Commission on Irrigation and Drainage<br>Commission Internationale des Irrigations et du Drainage</div>
<div class="a">Central Office · Plot 9, Institutional Area<br>New Delhi 110016 · India</div></div>
<table class="bi"><tbody>{body}</tbody></table>
<div class="foot">The English and French versions of this notice are equally valid. · Les versions anglaise et française du présent avis font également foi.</div>
</body></html>"""
    return page


# ---------------------------------------------------------------- IKF poster (sidebar)
def ikf():
    d = N["ikf-hr-2042-03"]; R = d["requirements"]["en"]; K = d["competencies"]["en"]
    css = """
    @page { size: A4; margin: 0; }
    html, body { margin: 0; padding: 0; }
    body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.6pt; color: #222; width: 210mm; height: 296mm; }
    .wrap { display: grid; grid-template-columns: 64mm 1fr; grid-template-rows: auto 1fr auto; height: 296mm; }
    .hero { grid-column: 1 / 3; background: #c8102e; color: #fff; padding: 9mm 12mm 7mm; }
    .hero .k { letter-spacing: 4px; font-size: 8pt; color: #ffd9de; }
    .hero h1 { margin: 3mm 0 1mm; font-size: 21pt; }
    .side { background: #262626; color: #eee; padding: 8mm 7mm; }
    .side dt { font-size: 7pt; letter-spacing: 2px; color: #ff8c9c; margin-top: 4mm; text-transform: uppercase; }
    .side dd { margin: 1mm 0 0 0; font-weight: bold; }
    .side .note { margin-top: 7mm; font-size: 8pt; font-style: italic; color: #bbb; }
    .main { padding: 7mm 11mm 4mm 9mm; }
    .main h2 { font-size: 10.5pt; color: #c8102e; margin: 4mm 0 1mm; border-left: 3px solid #c8102e; padding-left: 2mm; }
    ul { margin: 1mm 0 1mm 5mm; padding: 0; }
    .apply { background: #fff1f3; border: 1px solid #c8102e; padding: 3mm; margin-top: 4mm; }
    .foot { grid-column: 1 / 3; background: #262626; color: #ccc; font-size: 7.5pt; padding: 3mm 12mm; }
    """
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>IKF vacancy – {e(d['title']['en'])}</title><style>{css}</style></head>
<body><div class="wrap">
<div class="hero"><div class="k">JOIN THE IKF OFFICE · VACANCY</div><h1>{e(d['title']['en'])}</h1>
<div>Help us run korfball's world and continental championships.</div></div>
<div class="side"><dl>
<dt>Reference</dt><dd>{e(d['reference'])}</dd>
<dt>Employer</dt><dd>{e(d['organisation']['en'])}</dd>
<dt>Location</dt><dd>{e(d['location']['en'])}</dd>
<dt>Hours</dt><dd>{e(d['schedule']['en'])}</dd>
<dt>Contract</dt><dd>Two years, with a view to permanent</dd>
<dt>Salary</dt><dd>€3,900 – €4,450 gross per month</dd>
<dt>Start</dt><dd>1 October 2042</dd>
<dt>Closing date</dt><dd>21 August 2042</dd>
</dl>
<p class="note">Plus a holiday allowance of 8% and a travel allowance of €0.23 per kilometre for commuting.</p></div>
<div class="main">
<h2>THE ROLE</h2>
<p>The IKF office in Zeist plans about twelve international events a year. You will own the competition calendar,
write the event handbooks and appoint referees, delegates and jury members together with the Match Officials
Committee.</p>
<h2>WHAT YOU WILL DO</h2>
<ul><li>Draft the four-year competition calendar and the bidding documents for hosts.</li>
<li>Prepare event handbooks and check venues before each tournament.</li>
<li>Coordinate the appointment and travel of match officials.</li>
<li>Keep results, rankings and officials' records in the competition system.</li></ul>
<h2>WHAT YOU NEED</h2>{lis(R['essential'])}
<h2>NICE TO HAVE</h2>{lis(R['desirable'])}
<h2>HOW YOU WORK</h2>{comps(K)}
<div class="apply"><b>How to apply.</b> Send your CV and a short motivation to jobs@ikf.example by the closing date.
First interviews will take place in Zeist on 2 and 3 September 2042.</div>
</div>
<div class="foot">International Korfball Federation · Registered office Zeist, the Netherlands · ikf.example/careers</div>
</div></body></html>"""
    return page


def ikf_board():
    """Board copy saved as HTML (invented board 'SportJobsNL')."""
    d = N["ikf-hr-2042-03"]; R = d["requirements"]["en"]; K = d["competencies"]["en"]
    k = "".join(f"<li><strong>{e(c['name'])}</strong> – {e(c['description'])}</li>" for c in K)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(d['title']['en'])} | SportJobsNL</title>
<style>body{{font-family:sans-serif;max-width:960px;margin:auto}} .facts td{{padding:2px 10px}} .chip{{background:#eee;padding:1px 6px;margin-right:4px}}</style>
<script>window.dataLayer=window.dataLayer||[];</script></head>
<body>
<nav><a href="/">SportJobsNL</a> | <a href="/jobs">Jobs</a> | <a href="/employers">Employers</a> | <a href="/login">Sign in</a></nav>
<div class="crumbs"><a href="/">Home</a> › <a href="/jobs/sport-federations">Sport federations</a> › Competitions</div>
<main>
<h1>{e(d['title']['en'])}</h1>
<p class="company">International Korfball Federation · Zeist</p>
<p><span class="chip">Full-time</span><span class="chip">Fixed-term</span><span class="chip">English-speaking</span></p>
<p class="meta">Posted 9 days ago · 412 views</p>
<table class="facts">
<tr><td>Reference</td><td>{e(d['reference'])}</td></tr>
<tr><td>Employer</td><td>{e(d['organisation']['en'])}</td></tr>
<tr><td>Place of work</td><td>{e(d['location']['en'])}</td></tr>
<tr><td>Working hours</td><td>{e(d['schedule']['en'])}</td></tr>
<tr><td>Salary</td><td>€3,900 – €4,450 per month</td></tr>
<tr><td>Apply before</td><td>21-08-2042</td></tr>
</table>
<h2>About the job</h2>
<p>Own the international competition calendar, write event handbooks and appoint match officials with the Match
Officials Committee. Around eight weekends of travel a year.</p>
<h2>Requirements</h2>
<ul>{''.join(f'<li>{e(i)}</li>' for i in R['essential'])}</ul>
<h2>Preferred</h2>
<ul>{''.join(f'<li>{e(i)}</li>' for i in R['desirable'])}</ul>
<h2>Competencies</h2>
<ul>{k}</ul>
<p><a class="btn" href="/apply/88412">Apply now</a> <a href="/save/88412">Save job</a></p>
</main>
<aside><h3>Similar jobs</h3><ul>
<li>Event Coordinator – Dutch Volleyball Federation, Nieuwegein · €3,300 – €3,900 · closes 12-08-2042</li>
<li>Tournament Officer – European Hockey body, Brussels · €4,100 – €4,600 · closes 05-09-2042</li>
</ul></aside>
<footer>© 2042 SportJobsNL · Privacy · Cookies: we use analytics cookies. <button>Accept all</button></footer>
</body></html>"""


# ---------------------------------------------------------------- CNPF form with boxes (WeasyPrint)
def cnpf():
    d = N["cnpf-na-2042-027"]; R = d["requirements"]["fr"]; K = d["competencies"]["fr"]
    css = """
    @page { size: A4; margin: 13mm 12mm 16mm 12mm;
      @bottom-left { content: "CNPF – Fiche de poste – Modèle RH-FP-11"; font-size: 7.5pt; color: #555; }
      @bottom-right { content: "page " counter(page) " / " counter(pages); font-size: 7.5pt; color: #555; } }
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #1b1b1b; }
    .head { display: table; width: 100%; border: 1.5px solid #2f5d3a; }
    .head > div { display: table-cell; padding: 5px 8px; vertical-align: middle; }
    .head .l { width: 62%; border-right: 1.5px solid #2f5d3a; }
    .head .l b { font-size: 15pt; color: #2f5d3a; }
    .bar { background: #2f5d3a; color: #fff; font-weight: bold; padding: 3px 7px; margin-top: 8px; }
    table.box { width: 100%; border-collapse: collapse; margin-top: 3px; }
    table.box td { border: 1px solid #7b9a82; padding: 3px 6px; vertical-align: top; width: 50%; }
    .lab { font-size: 6.8pt; text-transform: uppercase; color: #2f5d3a; letter-spacing: .5px; display: block; }
    ul.sq { list-style: square; margin: 2px 0 2px 14px; padding: 0; }
    .visa td { height: 38px; }
    """
    box = lambda lab, val: f'<span class="lab">{lab}</span>{val}'
    comp = "".join(f"<li><b>{e(c['name'])}</b> : {e(c['description'])}</li>" for c in K)
    b_lieu = box("Lieu d'affectation", e(d['location']['fr']))
    b_rem = box('Rémunération', 'Contractuel·le : de 2\u00a0190 à 2\u00a0580 € bruts mensuels selon expérience ; fonctionnaire : selon grille du corps. Prime de terrain de 45 € par mois.')
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {d['reference']}</title>
<style>{css}</style></head><body>
<div class="head"><div class="l"><b>FICHE DE POSTE</b><br>Établissement public national à caractère administratif</div>
<div class="r">N° d'offre : <b>{d['reference']}</b><br>Émise le 15/07/2042</div></div>
<div class="bar">1. IDENTIFICATION DU POSTE</div>
<table class="box">
<tr><td>{box('Intitulé du poste', '<b>' + e(d['title']['fr']) + '</b>')}</td><td>{box('Employeur', e(d['organisation']['fr']))}</td></tr>
<tr><td>{b_lieu}</td><td>{box('Service', 'Délégation régionale Nouvelle-Aquitaine – pôle Limousin')}</td></tr>
<tr><td>{box('Catégorie', 'Catégorie B – technicien·ne')}</td><td>{box('Supérieur hiérarchique', 'Ingénieur·e chef·fe de pôle')}</td></tr>
</table>
<div class="bar">2. CONDITIONS D'EMPLOI</div>
<table class="box">
<tr><td>{box('Nature du recrutement', '☒ Contrat de 3 ans renouvelable<br>☐ Détachement &nbsp; ☒ Mutation')}</td>
<td>{box('Quotité', '☒ ' + e(d['schedule']['fr']) + '<br>☐ Temps partiel (80 %)')}</td></tr>
<tr><td colspan="2">{b_rem}</td></tr>
</table>
<div class="bar">3. MISSIONS ET ACTIVITÉS</div>
<table class="box"><tr><td colspan="2"><ul class="sq">
<li>conseiller les propriétaires forestiers privés de la Creuse et de la Haute-Vienne ;</li>
<li>instruire les plans simples de gestion et rédiger les avis techniques ;</li>
<li>animer des réunions de vulgarisation et des journées de terrain ;</li>
<li>suivre les dispositifs d'aide au reboisement et à la desserte.</li></ul></td></tr></table>
<div class="bar">4. PROFIL RECHERCHÉ</div>
<table class="box">
<tr><td>{box('Compétences requises', '<ul class="sq">' + ''.join(f'<li>{e(i)}</li>' for i in R['essential']) + '</ul>')}</td>
<td>{box('Compétences appréciées', '<ul class="sq">' + ''.join(f'<li>{e(i)}</li>' for i in R['desirable']) + '</ul>')}</td></tr>
<tr><td colspan="2">{box('Savoir-être', '<ul class="sq">' + comp + '</ul>')}</td></tr>
</table>
<div class="bar">5. CANDIDATURE</div>
<table class="box">
<tr><td>{box('Date limite de candidature', '<b>13/08/2042</b>')}</td><td>{box('Entretiens', 'semaine du 07/09/2042')}</td></tr>
<tr><td>{box('Prise de poste', '01/11/2042')}</td><td>{box('Contact', 'CV et lettre à recrutement.na@cnpf.example')}</td></tr>
</table>
<table class="box visa"><tr><td>{box('Visa du chef de service', '')}</td><td>{box('Visa de la direction des ressources humaines', '')}</td></tr></table>
</body></html>"""


# ---------------------------------------------------------------- IAU brochure (WeasyPrint)
def iau():
    d = N["iau-hr-2042-05"]; R = d["requirements"]; K = d["competencies"]
    css = """
    @page { size: A4; margin: 0; }
    body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1e1e2a; }
    .mast { background: #3b2a6b; color: #fff; padding: 7mm 14mm 5mm; }
    .mast .o { font-weight: bold; letter-spacing: 1px; }
    .mast .c { font-size: 8pt; color: #cfc4ef; }
    .title { background: #f2a900; padding: 6mm 14mm; }
    .title .k { font-size: 7.5pt; letter-spacing: 3px; }
    .title h1 { margin: 2mm 0 0; font-size: 17pt; color: #2a1d4f; }
    .grid { background: #ece9f3; padding: 4mm 14mm; display: flex; flex-wrap: wrap; }
    .grid div { width: 33%; padding: 1.5mm 0; }
    .grid .l { font-size: 6.5pt; letter-spacing: 1.5px; color: #5a4b86; display: block; }
    .band { padding: 4mm 14mm; }
    .band.g { background: #f5f4f8; }
    h2 { font-size: 11pt; color: #3b2a6b; margin: 0 0 2mm; }
    ul { list-style: square; margin: 1mm 0 1mm 5mm; padding: 0; }
    .apply { background: #f2a900; padding: 4mm 14mm; }
    .fr { page-break-before: always; background: #3b2a6b; color: #fff; padding: 3mm 14mm; letter-spacing: 3px; font-weight: bold; }
    .foot { background: #1e1e2a; color: #bbb; font-size: 7.5pt; padding: 3mm 14mm; }
    """
    def half(l):
        t = {"en": dict(kick="CAREERS AT IAU · VACANCY", ref="REFERENCE", org="EMPLOYER", loc="LOCATION", sch="WORKING TIME",
                        sal="SALARY", salv="€3,650 – €4,100 gross per month", dl="DEADLINE", dlv="25 August 2042",
                        pub="PUBLISHED", pubv="21 July 2042", st="START", stv="1 October 2042",
                        about="About IAU", aboutp="IAU is a worldwide association of universities and higher education organisations, based at UNESCO House since 1950. Its programme on sustainable development helps members turn commitments into teaching, research and campus action.",
                        role="The role", rolep="You will run the global network of member universities working on the Sustainable Development Goals, prepare the biennial global survey and edit the cluster reports.",
                        bring="What you bring", plus="A plus", work="How you work",
                        apply="Apply", applyp="Send a CV and a letter in English or French to careers@iau-aiu.example, quoting the reference. Interviews: 15 and 16 September 2042."),
             "fr": dict(kick="CARRIÈRES À L'AIU · OFFRE", ref="RÉFÉRENCE", org="EMPLOYEUR", loc="LIEU", sch="TEMPS DE TRAVAIL",
                        sal="RÉMUNÉRATION", salv="3\u00a0650 € – 4\u00a0100 € bruts par mois", dl="DATE LIMITE", dlv="25 août 2042",
                        pub="PUBLICATION", pubv="21 juillet 2042", st="ENTRÉE EN FONCTION", stv="1er octobre 2042",
                        about="L'AIU", aboutp="L'AIU est une association mondiale d'universités et d'organisations d'enseignement supérieur, installée à la Maison de l'UNESCO depuis 1950. Son programme consacré au développement durable aide ses membres à traduire leurs engagements en enseignement, en recherche et en actions sur les campus.",
                        role="Le poste", rolep="Vous animerez le réseau mondial des universités membres engagées sur les objectifs de développement durable, préparerez l'enquête mondiale biennale et éditerez les rapports thématiques.",
                        bring="Votre profil", plus="Un plus", work="Votre façon de travailler",
                        apply="Candidature", applyp="Adressez un CV et une lettre en anglais ou en français à careers@iau-aiu.example en rappelant la référence. Entretiens : 15 et 16 septembre 2042.")}[l]
        sep = ":" if l == "en" else " :"
        return f"""
<div class="title"><div class="k">{t['kick']}</div><h1>{e(d['title'][l])}</h1></div>
<div class="grid">
<div><span class="l">{t['ref']}</span>{d['reference']}</div>
<div><span class="l">{t['org']}</span>{e(d['organisation'][l])}</div>
<div><span class="l">{t['loc']}</span>{e(d['location'][l])}</div>
<div><span class="l">{t['sch']}</span>{e(d['schedule'][l])}</div>
<div><span class="l">{t['sal']}</span>{t['salv']}</div>
<div><span class="l">{t['dl']}</span>{t['dlv']}</div>
<div><span class="l">{t['pub']}</span>{t['pubv']}</div>
<div><span class="l">{t['st']}</span>{t['stv']}</div>
</div>
<div class="band"><h2>{t['about']}</h2><p>{e(t['aboutp'])}</p><h2>{t['role']}</h2><p>{e(t['rolep'])}</p></div>
<div class="band g"><h2>{t['bring']}</h2>{lis(R[l]['essential'])}<h2>{t['plus']}</h2>{lis(R[l]['desirable'])}</div>
<div class="band"><h2>{t['work']}</h2>{comps(K[l], sep)}</div>
<div class="apply"><b>{t['apply']}</b> – {e(t['applyp'])}</div>"""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>IAU {d['reference']}</title><style>{css}</style></head><body>
<div class="mast"><div class="o">INTERNATIONAL ASSOCIATION OF UNIVERSITIES · ASSOCIATION INTERNATIONALE DES UNIVERSITÉS</div>
<div class="c">Careers · Carrières — UNESCO House, Paris</div></div>
{half('en')}
<div class="fr">VERSION FRANÇAISE</div>
{half('fr')}
<div class="foot">Share · Partager : LinkedIn · Mastodon · e-mail — iau-aiu.example</div>
</body></html>"""


# ---------------------------------------------------------------- CAUE landscape columns (WeasyPrint)
def caue():
    d = N["caue09-2042-04"]; R = d["requirements"]["fr"]; K = d["competencies"]["fr"]
    css = """
    @page { size: A4 landscape; margin: 11mm 12mm 13mm 12mm;
      @top-right { content: "CAUE de l'Ariège · Offre d'emploi"; font-size: 7.5pt; color: #7a4a1e; }
      @bottom-center { content: "CAUE 09 · 2 place du Foirail · 09000 Foix · caue09.example"; font-size: 7.5pt; color: #666; } }
    body { font-family: 'DejaVu Serif', serif; font-size: 8.7pt; color: #222; }
    .k { font-family: 'DejaVu Sans', sans-serif; letter-spacing: 3px; font-size: 7.5pt; color: #7a4a1e; }
    h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 17pt; margin: 1mm 0 2mm; border-bottom: 2px solid #7a4a1e; }
    .cols { column-count: 3; column-gap: 8mm; column-rule: 1px solid #d8c3ae; }
    h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #7a4a1e; margin: 3mm 0 1mm; }
    p { margin: 0 0 1.5mm; }
    ul { margin: 0 0 1mm 4mm; padding: 0; }
    ul.d { list-style: none; margin-left: 0; }
    """
    facts = [("Référence", d["reference"]), ("Employeur", d["organisation"]["fr"]), ("Lieu", d["location"]["fr"]),
             ("Contrat", "CDI de droit privé"), ("Horaires", d["schedule"]["fr"]),
             ("Rémunération", "32\u00a0000 à 37\u00a0000 € bruts annuels selon expérience"),
             ("Publication", "24/07/2042"), ("Date limite de candidature", "28/08/2042")]
    fl = "".join(f"<p><b>{a} :</b> {e(b)}</p>" for a, b in facts)
    q = "".join(f"<li><b>{e(c['name'])} :</b> {e(c['description'])}</li>" for c in K)
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>CAUE 09 – offre</title><style>{css}</style></head><body>
<div class="k">LE CAUE DE L'ARIÈGE RECRUTE</div>
<h1>{e(d['title']['fr'])}</h1>
<div class="cols">
{fl}
<h2>LE CAUE</h2><p>Association départementale créée par la loi sur l'architecture de 1977, le CAUE conseille
gratuitement les particuliers et les collectivités, forme les élus et sensibilise les scolaires à la qualité du cadre
de vie, des vallées du Couserans aux plaines de la Basse-Ariège.</p>
<h2>VOS MISSIONS</h2><ul class="d">
<li>– tenir les permanences de conseil aux particuliers dans les mairies et les maisons France services ;</li>
<li>– accompagner les communes dans leurs projets d'équipements publics et d'aménagement de bourgs ;</li>
<li>– participer aux actions de sensibilisation auprès des écoles et du grand public ;</li>
<li>– contribuer aux publications et expositions du CAUE.</li></ul>
<h2>VOTRE PROFIL</h2><ul>{''.join(f'<li>{e(i)}</li>' for i in R['essential'])}</ul>
<h2>LES PLUS</h2><ul>{''.join(f'<li>{e(i)}</li>' for i in R['desirable'])}</ul>
<h2>VOS QUALITÉS</h2><ul>{q}</ul>
<h2>CANDIDATER</h2><p>Lettre et CV à l'attention de la directrice, par courriel à recrutement@caue09.example.
Entretiens le 10 septembre 2042 ; prise de poste souhaitée le 2 novembre 2042. Véhicule de service et tickets
restaurant de 9 €.</p>
</div></body></html>"""


def write_all():
    out = {
        os.path.join(ROOT, "icid-vn-2042-02-icid.html"): icid(),
        os.path.join(ROOT, "ikf-hr-2042-03-ikf.html"): ikf(),
        os.path.join(ROOT, "ikf-hr-2042-03-sportjobsnl.html"): ikf_board(),
        os.path.join(SRC, "cnpf.html"): cnpf(),
        os.path.join(SRC, "iau.html"): iau(),
        os.path.join(SRC, "caue.html"): caue(),
    }
    for p, s in out.items():
        with open(p, "w", encoding="utf-8") as f:
            f.write(s)


if __name__ == "__main__":
    write_all()
