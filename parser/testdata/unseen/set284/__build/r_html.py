# HTML sources: Chromium (IOE, World Sailing) and WeasyPrint (ONaCVG, ICAC, MRU).
import os
from html import escape as h
from data import N, ROOT

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
os.makedirs(SRC, exist_ok=True)


def lis(items, tag="ul"):
    return f"<{tag}>" + "".join(f"<li>{h(x)}</li>" for x in items) + f"</{tag}>"


def comps(cs, sep=":"):
    out = "<ul>"
    for c in cs:
        out += f"<li><b>{h(c['name'])}{sep}</b> {h(c['description'])}</li>" if c["description"] else f"<li>{h(c['name'])}</li>"
    return out + "</ul>"


# ------------------------------------------------------------------ 1 IOE, EN | FR side by side (Chromium)
def ioe():
    e = N["ioe-hr-2041-06"]
    t, o, l, s = e["title"], e["organisation"], e["location"], e["schedule"]
    R, Cp = e["requirements"], e["competencies"]
    rows = [
        ("""<div class="band">VACANCY NOTICE</div><p class="no">Vacancy notice No. IOE-HR-2041-06</p>""",
         """<div class="band">AVIS DE VACANCE DE POSTE</div><p class="no">Avis de vacance n° IOE-HR-2041-06</p>"""),
        (f"<h1>{h(t['en'])}</h1>", f"<h1>{h(t['fr'])}</h1>"),
        (f"""<table class="facts">
<tr><th>Organisation:</th><td>{h(o['en'])}</td></tr>
<tr><th>Department:</th><td>Policy and Advocacy</td></tr>
<tr><th>Duty station:</th><td>{h(l['en'])}</td></tr>
<tr><th>Working time:</th><td>{h(s['en'])}</td></tr>
<tr><th>Contract:</th><td>Fixed-term, three years, renewable</td></tr>
<tr><th>Annual salary:</th><td>CHF 96,000 – 108,000 gross, paid in 13 instalments</td></tr>
<tr><th>Published:</th><td>6 May 2041</td></tr>
<tr><th>Entry on duty:</th><td>1 September 2041</td></tr>
<tr><th>Closing date:</th><td>3 June 2041, midnight (Geneva time)</td></tr>
</table>""",
         f"""<table class="facts">
<tr><th>Organisation :</th><td>{h(o['fr'])}</td></tr>
<tr><th>Service :</th><td>Politiques et plaidoyer</td></tr>
<tr><th>Lieu d'affectation :</th><td>{h(l['fr'])}</td></tr>
<tr><th>Temps de travail :</th><td>{h(s['fr'])}</td></tr>
<tr><th>Contrat :</th><td>Durée déterminée, trois ans, renouvelable</td></tr>
<tr><th>Salaire annuel :</th><td>96 000 à 108 000 CHF bruts, versés en 13 mensualités</td></tr>
<tr><th>Publication :</th><td>6 mai 2041</td></tr>
<tr><th>Entrée en fonction :</th><td>1er septembre 2041</td></tr>
<tr><th>Date limite :</th><td>3 juin 2041, minuit (heure de Genève)</td></tr>
</table>"""),
        ("""<h2>The Organisation</h2><p>The IOE is the largest network of the private sector in the world, bringing together
national employers' organisations from more than 150 countries. It speaks for business in the
International Labour Organization and in other United Nations and multilateral forums.</p>""",
         """<h2>L'Organisation</h2><p>L'OIE est le plus grand réseau du secteur privé au monde ; elle rassemble des
organisations nationales d'employeurs de plus de 150 pays. Elle porte la voix des entreprises à
l'Organisation internationale du Travail et dans d'autres enceintes des Nations Unies et multilatérales.</p>"""),
        ("""<h2>Main duties</h2><ol>
<li>Prepare the employers' positions on standard-setting items of the International Labour Conference.</li>
<li>Follow the work of the supervisory bodies and brief members on cases concerning their countries.</li>
<li>Support national employers' organisations in social dialogue and collective bargaining reforms.</li>
<li>Draft policy papers, speeches and articles on labour standards and business conduct.</li>
<li>Represent the IOE in technical meetings and expert groups.</li></ol>""",
         """<h2>Principales fonctions</h2><ol>
<li>Préparer les positions des employeurs sur les questions normatives de la Conférence internationale du Travail.</li>
<li>Suivre les travaux des organes de contrôle et informer les membres des cas concernant leur pays.</li>
<li>Appuyer les organisations nationales d'employeurs dans les réformes du dialogue social et de la négociation collective.</li>
<li>Rédiger des notes de position, des discours et des articles sur les normes du travail et la conduite des entreprises.</li>
<li>Représenter l'OIE dans les réunions techniques et les groupes d'experts.</li></ol>"""),
        ("<h2>Requirements</h2>" + lis(R["en"]["essential"]), "<h2>Exigences</h2>" + lis(R["fr"]["essential"])),
        ("<h2>Assets</h2>" + lis(R["en"]["desirable"]), "<h2>Atouts</h2>" + lis(R["fr"]["desirable"])),
        ("<h2>Competencies</h2>" + comps(Cp["en"]), "<h2>Compétences</h2>" + comps(Cp["fr"], " :")),
        ("""<h2>How to apply</h2><p>Send a cover letter and a CV in English or French, quoting the vacancy notice number,
to recruitment@ioe-emp.example. Interviews are planned for the week of 23 June 2041. Only shortlisted
candidates will be contacted.</p>""",
         """<h2>Candidature</h2><p>Adressez une lettre de motivation et un CV en anglais ou en français, en rappelant le numéro
de l'avis, à recruitment@ioe-emp.example. Les entretiens sont prévus la semaine du 23 juin 2041. Seules les
personnes présélectionnées seront contactées.</p>"""),
    ]
    body = "".join(f'<tr><td class="en">{a}</td><td class="fr">{b}</td></tr>\n' for a, b in rows)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>IOE – Vacancy notice IOE-HR-2041-06</title>
<style>
@page {{ size: A4; margin: 14mm 13mm 16mm 13mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.4pt; color: #1d2733; }}
.head {{ display: flex; justify-content: space-between; border-bottom: 3px solid #0a5c8a; padding-bottom: 5px; margin-bottom: 8px; }}
.head .n {{ font-weight: bold; font-size: 11pt; color: #0a5c8a; }}
.head .a {{ font-size: 8pt; text-align: right; color: #555; }}
table.grid {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table.grid > tbody > tr {{ break-inside: avoid; }}
table.grid td.en, table.grid td.fr {{ vertical-align: top; padding: 2px 7px; width: 50%; }}
td.en {{ border-right: 1px solid #9fb7c7; }}
.band {{ background: #0a5c8a; color: #fff; font-weight: bold; padding: 4px 6px; letter-spacing: 1px; }}
.no {{ font-style: italic; margin: 3px 0; }}
h1 {{ font-size: 12.5pt; margin: 4px 0; color: #0a5c8a; }}
h2 {{ font-size: 10pt; margin: 6px 0 2px; color: #0a5c8a; border-bottom: 1px solid #cfdde6; }}
table.facts {{ width: 100%; border-collapse: collapse; font-size: 8.8pt; }}
table.facts th {{ text-align: left; background: #e6eff5; width: 38%; padding: 2px 4px; vertical-align: top; }}
table.facts td {{ padding: 2px 4px; border-bottom: 1px solid #e6eff5; }}
ul, ol {{ margin: 2px 0 2px 16px; padding: 0; }}
li {{ margin-bottom: 2px; }}
.foot {{ margin-top: 10px; font-size: 7.8pt; color: #666; border-top: 1px solid #ccc; padding-top: 4px; }}
</style></head><body>
<div class="head"><div class="n">International Organisation of Employers<br>Organisation internationale des employeurs</div>
<div class="a">Avenue Louis-Casaï 71, 1216 Cointrin – Geneva<br>www.ioe-emp.example</div></div>
<table class="grid"><tbody>
{body}</tbody></table>
<div class="foot">Both language versions are equally valid. / Les deux versions linguistiques font également foi.</div>
</body></html>
"""
    open(os.path.join(ROOT, "ioe-hr-2041-06-ioe.html"), "w", encoding="utf-8").write(html)


# ------------------------------------------------------------------ 8 World Sailing, poster with sidebar (Chromium)
def ws():
    e = N["ws-hr-2041-11"]
    R, Cp = e["requirements"]["en"], e["competencies"]["en"]
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>World Sailing – {h(e['title']['en'])}</title>
<style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 9.6pt; color: #102030; }}
.banner {{ background: #003a70; color: #fff; padding: 16mm 14mm 9mm; }}
.kicker {{ letter-spacing: 4px; font-size: 8.5pt; color: #7fd3ff; text-transform: uppercase; }}
.banner h1 {{ font-size: 23pt; margin: 5px 0 2px; }}
.banner .sub {{ font-size: 10.5pt; }}
.wrap {{ display: grid; grid-template-columns: 62mm 1fr; }}
aside {{ background: #e4f2fb; border-right: 4px solid #00a3e0; padding: 8mm 6mm; min-height: 220mm; }}
aside dt {{ font-size: 7.4pt; letter-spacing: 2px; color: #00609c; text-transform: uppercase; margin-top: 9px; font-weight: bold; }}
aside dd {{ margin: 2px 0 0; font-size: 9.4pt; }}
aside .note {{ margin-top: 14px; font-size: 8pt; font-style: italic; color: #355; }}
main {{ padding: 8mm 12mm 8mm 9mm; }}
main h2 {{ font-size: 11pt; color: #003a70; margin: 10px 0 3px; text-transform: uppercase; letter-spacing: 1px; }}
main ul {{ margin: 2px 0 2px 15px; padding: 0; }}
main li {{ margin-bottom: 2px; }}
.apply {{ background: #fff3c4; border-left: 5px solid #f2b700; padding: 6px 9px; margin-top: 12px; }}
footer {{ background: #003a70; color: #cfe6f7; font-size: 7.8pt; padding: 4mm 14mm; }}
</style></head><body>
<div class="banner"><div class="kicker">Join the team · World Sailing</div>
<h1>{h(e['title']['en'])}</h1><div class="sub">Training and Development Department</div></div>
<div class="wrap">
<aside><dl>
<dt>Reference</dt><dd>{h(e['reference'])}</dd>
<dt>Employer</dt><dd>{h(e['organisation']['en'])}</dd>
<dt>Location</dt><dd>{h(e['location']['en'])}</dd>
<dt>Hours</dt><dd>{h(e['schedule']['en'])}</dd>
<dt>Contract</dt><dd>Permanent</dd>
<dt>Salary</dt><dd>£52,000 – £58,000 per year, plus pension</dd>
<dt>Start</dt><dd>September 2041</dd>
<dt>Closing date</dt><dd>20 June 2041, 12:00 BST</dd>
</dl>
<p class="note">Staff who travel to events receive a daily allowance of £45 on top of salary.</p></aside>
<main>
<h2>The role</h2>
<p>World Sailing trains and appoints the race officers, judges, umpires, measurers and classifiers who run
sailing competitions from club level to the Olympic Games. You will lead the programme that develops these
volunteers, renew its courses and seminars, and support the national federations that run them in their own
countries.</p>
<h2>What you will do</h2>
<ul><li>Plan and update the curriculum of the race official courses and seminars.</li>
<li>Build a pool of trainers and support them before and after each course.</li>
<li>Monitor the performance reviews of officials at major events.</li>
<li>Manage the budget of the programme and report to the Race Officials Committee.</li></ul>
<h2>What you need</h2>{lis(R['essential'])}
<h2>What would help</h2>{lis(R['desirable'])}
<h2>What we value</h2>{lis([c['name'] for c in Cp])}
<div class="apply"><b>How to apply.</b> Send your CV and a one-page letter to careers@sailing.example by the closing
date. First interviews will be held online on 1 and 2 July 2041.</div>
</main></div>
<footer>World Sailing · London · www.sailing.example · World Sailing is an equal opportunities employer.</footer>
</body></html>
"""
    open(os.path.join(ROOT, "ws-hr-2041-11-worldsailing.html"), "w", encoding="utf-8").write(html)


# ------------------------------------------------------------------ 4 ONaCVG, form with boxes (WeasyPrint)
def onacvg():
    e = N["onacvg-drh-2041-112"]
    R, Cp = e["requirements"]["fr"], e["competencies"]["fr"]

    def sq(items):
        return "<ul class='sq'>" + "".join(f"<li>{h(x)}</li>" for x in items) + "</ul>"
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {h(e['reference'])}</title>
<style>
@page {{ size: A4; margin: 12mm 12mm 16mm;
  @bottom-left {{ content: "ONaCVG – Direction des ressources humaines – Modèle FP-DRH-07"; font-size: 7pt; color: #555; }}
  @bottom-right {{ content: "page " counter(page) " / " counter(pages); font-size: 7pt; color: #555; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 8.6pt; color: #111; }}
.top {{ display: grid; grid-template-columns: 1.6fr 1fr; border: 1.5px solid #1b2f5b; }}
.top div {{ padding: 6px 8px; }}
.top .r {{ border-left: 1.5px solid #1b2f5b; font-size: 8.2pt; }}
.t1 {{ font-size: 15pt; font-weight: bold; color: #1b2f5b; letter-spacing: 2px; }}
.bandf {{ background: #1b2f5b; color: #fff; font-weight: bold; padding: 3px 7px; margin-top: 8px; font-size: 9pt; }}
.row {{ display: grid; grid-template-columns: 1fr 1fr; }}
.box {{ border: 1px solid #7d8aa8; margin: 3px 2px 0 0; padding: 3px 6px; }}
.lab {{ font-size: 6.4pt; text-transform: uppercase; color: #46557a; letter-spacing: .5px; display: block; }}
.wide {{ border: 1px solid #7d8aa8; margin: 3px 0 0; padding: 3px 6px; }}
ul.sq {{ list-style: square; margin: 2px 0 2px 14px; padding: 0; }}
.chk {{ margin: 1px 0; }}
</style></head><body>
<div class="top"><div><div class="t1">FICHE DE POSTE</div>Office national des combattants et des victimes de guerre<br>Direction des ressources humaines</div>
<div class="r"><span class="lab">N° d'offre</span>{h(e['reference'])}<br><span class="lab">Émise le</span>13/05/2041</div></div>

<div class="bandf">1. IDENTIFICATION DU POSTE</div>
<div class="wide"><span class="lab">Intitulé du poste</span>{h(e['title']['fr'])}</div>
<div class="row"><div class="box"><span class="lab">Employeur</span>{h(e['organisation']['fr'])}</div>
<div class="box"><span class="lab">Lieu d'affectation</span>{h(e['location']['fr'])}</div></div>
<div class="row"><div class="box"><span class="lab">Catégorie</span>B – secrétaire administratif·ve ou contractuel·le</div>
<div class="box"><span class="lab">Rattachement</span>Directrice du service départemental</div></div>

<div class="bandf">2. CONDITIONS D'EMPLOI</div>
<div class="row"><div class="box"><span class="lab">Nature du recrutement</span>
<div class="chk">☒ Fonctionnaire (détachement ou PNA)</div><div class="chk">☒ Contractuel·le – CDD de 3 ans</div><div class="chk">☐ Apprentissage</div></div>
<div class="box"><span class="lab">Quotité de travail</span>
<div class="chk">☒ {h(e['schedule']['fr'])}</div><div class="chk">☐ Temps partiel (80 %)</div></div></div>
<div class="wide"><span class="lab">Rémunération</span>Pour les contractuel·les : 2 240 à 2 610 € bruts mensuels selon l'expérience ; fonctionnaires : traitement indiciaire et régime indemnitaire du grade.</div>

<div class="bandf">3. MISSIONS</div>
<div class="wide"><span class="lab">Missions principales</span>
<ul class="sq"><li>accueillir et informer les ressortissants (anciens combattants, veuves, pupilles de la Nation, victimes d'actes de terrorisme) ;</li>
<li>instruire les demandes d'aide financière et les présenter à la commission d'action sociale ;</li>
<li>instruire les demandes de carte du combattant et de titre de reconnaissance de la Nation ;</li>
<li>assurer le lien avec les associations, les maisons de retraite et les services sociaux du département.</li></ul></div>

<div class="bandf">4. PROFIL RECHERCHÉ</div>
<div class="wide"><span class="lab">Compétences requises</span>{sq(R['essential'])}</div>
<div class="wide"><span class="lab">Compétences appréciées</span>{sq(R['desirable'])}</div>
<div class="wide"><span class="lab">Savoir-être</span><ul class="sq">{''.join(f"<li>{h(c['name'])} : {h(c['description'])}</li>" for c in Cp)}</ul></div>

<div class="bandf">5. CANDIDATURE</div>
<div class="row"><div class="box"><span class="lab">Date limite de candidature</span>10/06/2041</div>
<div class="box"><span class="lab">Entretiens</span>semaine du 23/06/2041</div></div>
<div class="row"><div class="box"><span class="lab">Prise de poste</span>01/09/2041</div>
<div class="box"><span class="lab">Contact</span>drh-recrutement@onacvg.example – CV et lettre de motivation</div></div>
<div class="row"><div class="box"><span class="lab">Visa de la DRH</span>&nbsp;</div><div class="box"><span class="lab">Visa du service</span>&nbsp;</div></div>
</body></html>
"""
    open(os.path.join(SRC, "onacvg-drh-2041-112-onacvg.html"), "w", encoding="utf-8").write(html)


# ------------------------------------------------------------------ 6 ICAC, three pages with running heads (WeasyPrint)
def icac():
    e = N["icac-va-2041-03"]
    R, Cp = e["requirements"]["en"], e["competencies"]["en"]
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ICAC vacancy {h(e['reference'])}</title>
<style>
@page {{ size: Letter; margin: 24mm 20mm 22mm;
  @top-left {{ content: "International Cotton Advisory Committee"; font-size: 8pt; color: #444; border-bottom: .6pt solid #888; }}
  @top-right {{ content: "Vacancy announcement {e['reference']}"; font-size: 8pt; color: #444; border-bottom: .6pt solid #888; }}
  @bottom-left {{ content: "1629 K Street NW, Suite 702, Washington, D.C. 20006"; font-size: 7.5pt; color: #555; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt; color: #555; }} }}
body {{ font-family: "DejaVu Serif", serif; font-size: 10.4pt; line-height: 1.38; }}
.tb {{ text-align: center; margin-bottom: 12px; }}
.tb .k {{ font-size: 9pt; letter-spacing: 3px; }}
.tb h1 {{ font-size: 15pt; margin: 6px 0; }}
table.f {{ border-collapse: collapse; width: 100%; margin: 8px 0 12px; }}
table.f th, table.f td {{ border: .6pt solid #666; padding: 3px 6px; text-align: left; vertical-align: top; }}
table.f th {{ width: 36%; background: #f0efe8; }}
h2 {{ font-size: 11.5pt; margin: 14px 0 4px; }}
.brk {{ break-before: page; }}
ol.a {{ list-style: lower-alpha; }}
h3 {{ font-size: 10.4pt; font-style: italic; font-weight: normal; margin: 6px 0 2px; }}
</style></head><body>
<div class="tb"><div class="k">VACANCY ANNOUNCEMENT</div><h1>{h(e['title']['en'])}</h1>
<div>Statistics and Market Analysis Section</div></div>
<table class="f">
<tr><th>Vacancy announcement</th><td>{h(e['reference'])}</td></tr>
<tr><th>Organization</th><td>{h(e['organisation']['en'])}</td></tr>
<tr><th>Duty station</th><td>{h(e['location']['en'])}</td></tr>
<tr><th>Grade</th><td>{h(e['grade'])}</td></tr>
<tr><th>Salary</th><td>USD 78,500 – 89,200 per year, net of tax</td></tr>
<tr><th>Hours</th><td>{h(e['schedule']['en'])}</td></tr>
<tr><th>Type of appointment</th><td>Fixed-term, two years, with possibility of extension</td></tr>
<tr><th>Date of issue</th><td>10 May 2041</td></tr>
<tr><th>Deadline for applications</th><td>14 June 2041, 17:00 Eastern Time</td></tr>
</table>
<h2>1. The Committee</h2>
<p>The ICAC is an association of cotton producing, consuming and trading governments, created in 1939. Its
Secretariat in Washington publishes statistics on world cotton production, consumption, trade and stocks, and
a monthly review read by governments, traders and mills in every continent.</p>
<h2>2. Duties and responsibilities</h2>
<p>Under the supervision of the Head of Statistics, the incumbent will:</p>
<ol class="a"><li>collect and validate the cotton supply and use data sent by member governments;</li>
<li>maintain the time series of area, yield, production, mill use, trade and stocks for about 80 countries;</li>
<li>prepare the monthly balance sheets and projections with the economists of the Section;</li>
<li>automate data checks and the production of tables and charts;</li>
<li>answer requests from members, researchers and the press;</li>
<li>contribute to the annual Plenary Meeting and to technical workshops.</li></ol>
<h2>3. Reporting lines</h2>
<p>The post reports to the Head of Statistics and works closely with the Economist and the Communications Officer.
There are no supervisory duties at this level.</p>
<h2 class="brk">4. Competencies</h2>
<ul>{''.join(f"<li><b>{h(c['name'])}:</b> {h(c['description'])}</li>" for c in Cp)}</ul>
<h2>5. Qualifications and experience</h2>
<h3>Essential</h3><ul>{''.join(f"<li>{h(x)}</li>" for x in R['essential'])}</ul>
<h3>Desirable</h3><ul>{''.join(f"<li>{h(x)}</li>" for x in R['desirable'])}</ul>
<h2>6. Conditions of service</h2>
<p>The Committee offers 30 working days of annual leave, health insurance and a contribution of 12% of salary to a
retirement plan. A relocation grant of up to USD 6,000 is paid to candidates recruited from outside the
Washington area. Staff are expected to be in the office at least three days a week.</p>
<h2 class="brk">7. Selection process</h2>
<p>Shortlisted candidates will take a written statistical test in the week of 30 June 2041. Interviews will follow in
the second half of July. References will be checked for the successful candidate only.</p>
<h2>8. How to apply</h2>
<p>Applications in English, with a CV, a cover letter and the names of three referees, should be sent to
recruitment@icac.example with the vacancy reference in the subject line. The ICAC values diversity among its staff
and welcomes applications from nationals of all member countries.</p>
</body></html>
"""
    open(os.path.join(SRC, "icac-va-2041-03-icac.html"), "w", encoding="utf-8").write(html)


# ------------------------------------------------------------------ 9 MRU, brochure with coloured bands (WeasyPrint)
def mru():
    e = N["mru-hr-2041-04"]
    t, o, l, s = e["title"], e["organisation"], e["location"], e["schedule"]
    R, Cp = e["requirements"], e["competencies"]

    def sqb(items):
        return "<ul class='sq'>" + "".join(f"<li>{h(x)}</li>" for x in items) + "</ul>"

    def cmp(cs, sep):
        return "<ul class='sq'>" + "".join(f"<li><b>{h(c['name'])}{sep}</b> {h(c['description'])}</li>" for c in cs) + "</ul>"
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>MRU – {h(t['en'])}</title>
<style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #1a1a1a; }}
.mast {{ background: #00563f; color: #fff; padding: 9mm 14mm 5mm; }}
.mast .l {{ font-size: 15pt; font-weight: bold; letter-spacing: 2px; }}
.mast .r {{ font-size: 8pt; color: #cde8dc; }}
.tband {{ background: #f4a100; padding: 5mm 14mm; }}
.tband .k {{ font-size: 7.5pt; letter-spacing: 3px; }}
.tband h1 {{ margin: 3px 0 0; font-size: 16pt; }}
.grid {{ background: #e6ece9; display: grid; grid-template-columns: repeat(3, 1fr); padding: 4mm 14mm; gap: 3mm 6mm; }}
.grid .lab {{ font-size: 6.5pt; letter-spacing: 1.5px; color: #00563f; display: block; font-weight: bold; }}
.sec {{ padding: 3mm 14mm; }}
.sec.g {{ background: #f3f5f4; }}
.sec h2 {{ font-size: 10.5pt; color: #00563f; margin: 0 0 2px; }}
.sec h3 {{ font-size: 9pt; margin: 4px 0 1px; }}
ul.sq {{ list-style: square; margin: 1px 0 1px 15px; padding: 0; }}
.apply {{ background: #f4a100; padding: 4mm 14mm; }}
.fr {{ break-before: page; }}
.strip {{ background: #00563f; color: #fff; padding: 3mm 14mm; letter-spacing: 3px; font-weight: bold; }}
.foot {{ background: #222; color: #bbb; font-size: 7.5pt; padding: 3mm 14mm; }}
</style></head><body>
<div class="mast"><div class="l">MANO RIVER UNION · UNION DU FLEUVE MANO</div><div class="r">Careers · Carrières — Côte d'Ivoire · Guinea · Liberia · Sierra Leone</div></div>
<div class="tband"><div class="k">VACANCY · {h(e['reference'])}</div><h1>{h(t['en'])}</h1></div>
<div class="grid">
<div><span class="lab">ORGANISATION</span>{h(o['en'])}</div>
<div><span class="lab">DUTY STATION</span>{h(l['en'])}</div>
<div><span class="lab">WORKING TIME</span>{h(s['en'])}</div>
<div><span class="lab">GRADE</span>{h(e['grade'])}</div>
<div><span class="lab">SALARY</span>USD 3,950 – 4,600 per month, net</div>
<div><span class="lab">CONTRACT</span>Two years, renewable</div>
<div><span class="lab">PUBLISHED</span>16 May 2041</div>
<div><span class="lab">START</span>1 September 2041</div>
<div><span class="lab">CLOSING DATE</span>24 June 2041</div>
</div>
<div class="sec"><h2>About the Union</h2><p>The Mano River Union brings together Côte d'Ivoire, Guinea, Liberia and Sierra Leone to
strengthen peace, security and economic integration along their shared borders. Its Secretariat in Freetown runs regional
programmes on trade, infrastructure and cross-border security.</p></div>
<div class="sec g"><h2>Your mission</h2><p>You will manage the Union's cross-border trade programme: mapping the main border
markets, working with customs and traders' associations to cut delays, and reporting to the Council of Ministers on
progress.</p></div>
<div class="sec"><h2>What you bring</h2>{sqb(R['en']['essential'])}<h3>A plus</h3>{sqb(R['en']['desirable'])}</div>
<div class="sec g"><h2>How you work</h2>{cmp(Cp['en'], ':')}</div>
<div class="apply"><b>Apply</b> — send your CV and a cover letter to vacancies@mru.example by 24 June 2041. Interviews
are planned in Freetown in the week of 14 July 2041. Women are strongly encouraged to apply.</div>

<div class="fr"><div class="strip">VERSION FRANÇAISE</div>
<div class="tband"><div class="k">AVIS DE VACANCE · {h(e['reference'])}</div><h1>{h(t['fr'])}</h1></div>
<div class="grid">
<div><span class="lab">ORGANISATION</span>{h(o['fr'])}</div>
<div><span class="lab">LIEU D'AFFECTATION</span>{h(l['fr'])}</div>
<div><span class="lab">TEMPS DE TRAVAIL</span>{h(s['fr'])}</div>
<div><span class="lab">GRADE</span>{h(e['grade'])}</div>
<div><span class="lab">SALAIRE</span>3 950 à 4 600 USD par mois, net</div>
<div><span class="lab">CONTRAT</span>Deux ans, renouvelable</div>
<div><span class="lab">PUBLICATION</span>16 mai 2041</div>
<div><span class="lab">ENTRÉE EN FONCTION</span>1er septembre 2041</div>
<div><span class="lab">DATE LIMITE</span>24 juin 2041</div>
</div>
<div class="sec"><h2>L'Union</h2><p>L'Union du fleuve Mano réunit la Côte d'Ivoire, la Guinée, le Libéria et la Sierra Leone pour
consolider la paix, la sécurité et l'intégration économique le long de leurs frontières communes. Son Secrétariat, à Freetown,
conduit des programmes régionaux sur le commerce, les infrastructures et la sécurité transfrontalière.</p></div>
<div class="sec g"><h2>Votre mission</h2><p>Vous piloterez le programme de commerce transfrontalier de l'Union : cartographie
des principaux marchés frontaliers, travail avec les douanes et les associations de commerçants pour réduire les délais,
rapports au Conseil des ministres.</p></div>
<div class="sec"><h2>Votre profil</h2>{sqb(R['fr']['essential'])}<h3>Un plus</h3>{sqb(R['fr']['desirable'])}</div>
<div class="sec g"><h2>Votre façon de travailler</h2>{cmp(Cp['fr'], ' :')}</div>
<div class="apply"><b>Candidature</b> — envoyez votre CV et une lettre de motivation à vacancies@mru.example au plus tard
le 24 juin 2041. Les entretiens auront lieu à Freetown la semaine du 14 juillet 2041. Les candidatures féminines sont
vivement encouragées.</div></div>
<div class="foot">Mano River Union Secretariat · Freetown · Share: LinkedIn · X · E-mail</div>
</body></html>
"""
    open(os.path.join(SRC, "mru-hr-2041-04-mru.html"), "w", encoding="utf-8").write(html)


if __name__ == "__main__":
    ioe(); ws(); onacvg(); icac(); mru()
