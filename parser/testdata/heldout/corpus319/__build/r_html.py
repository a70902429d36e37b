# Chromium sources: IUSSP (EN | FR side by side) and IFF (poster with a sidebar)
import os
from common import *

def iussp():
    d = N["iussp-vn-2044-02"]
    T, O, L, S = d["title"], d["organisation"], d["location"], d["schedule"]
    def li(xs): return "".join(f"<li>{nw(x)}</li>" for x in xs)
    def comps(l): return "".join(f"<p class='c'><b>{e(n)}:</b> {nw(s)}</p>" if l == "en" else f"<p class='c'><b>{e(n)} :</b> {nw(s)}</p>" for n, s in d["comp"][l])
    rows = []
    def row(a, b): rows.append(f"<tr><td class='en'>{a}</td><td class='fr'>{b}</td></tr>")
    row("<div class='band'>VACANCY NOTICE</div><p class='no'><i>Vacancy notice No.</i> " + d["reference"] + "</p>",
        "<div class='band'>AVIS DE VACANCE DE POSTE</div><p class='no'><i>Avis de vacance n°</i> " + d["reference"] + "</p>")
    row(f"<h1>{nw(T['en'])}</h1>", f"<h1>{nw(T['fr'])}</h1>")
    row(f"""<table class='f'><tr><th>Organisation</th><td>{e(O['en'])}</td></tr>
<tr><th>Unit</th><td>Training and Early Career Programme</td></tr>
<tr><th>Duty station</th><td>{nw(L['en'])}</td></tr>
<tr><th>Type of contract</th><td>Fixed-term, two years, renewable (French law)</td></tr>
<tr><th>Working time</th><td>{nw(S['en'])}</td></tr>
<tr><th>Salary</th><td>EUR 3,900 to 4,500 gross per month, depending on experience</td></tr>
<tr><th>Published</th><td>2 April 2044</td></tr>
<tr><th>Entry on duty</th><td>1 September 2044</td></tr>
<tr><th>Closing date</th><td>4 May 2044, 23:59 Paris time</td></tr></table>""",
        f"""<table class='f'><tr><th>Organisation</th><td>{e(O['fr'])}</td></tr>
<tr><th>Unité</th><td>Programme formation et début de carrière</td></tr>
<tr><th>Lieu d'affectation</th><td>{nw(L['fr'])}</td></tr>
<tr><th>Contrat</th><td>CDD de deux ans, renouvelable (droit français)</td></tr>
<tr><th>Temps de travail</th><td>{e(S['fr'])}</td></tr>
<tr><th>Rémunération</th><td>De 3 900 à 4 500 EUR bruts par mois selon l'expérience</td></tr>
<tr><th>Publication</th><td>2 avril 2044</td></tr>
<tr><th>Entrée en fonction</th><td>1er septembre 2044</td></tr>
<tr><th>Date limite</th><td>4 mai 2044, 23 h 59 (heure de Paris)</td></tr></table>""")
    row("""<h2>THE UNION</h2><p>The IUSSP is a worldwide association of population scientists. Its small Secretariat
organises scientific panels, an International Population Conference every four years and a programme of training
for researchers at the start of their careers, mostly in Africa, Asia and Latin America.</p>""",
        """<h2>L'UNION</h2><p>L'UIESP est une association mondiale de spécialistes de la population. Son petit
secrétariat anime des groupes scientifiques, un Congrès international de la population tous les quatre ans et un
programme de formation pour les chercheurs en début de carrière, surtout en Afrique, en Asie et en Amérique latine.</p>""")
    row("""<h2>DUTIES</h2><ol><li>Plan and run six to eight training workshops a year with partner universities.</li>
<li>Manage calls for applications, selection panels and travel grants for participants.</li>
<li>Maintain the online training platform and its teaching materials.</li>
<li>Follow the budget of the programme and prepare reports to funders.</li>
<li>Support the organisation of side meetings at the International Population Conference.</li></ol>""",
        """<h2>FONCTIONS</h2><ol><li>Préparer et conduire de six à huit ateliers de formation par an avec des universités partenaires.</li>
<li>Gérer les appels à candidatures, les jurys de sélection et les bourses de voyage des participants.</li>
<li>Tenir à jour la plateforme de formation en ligne et ses supports pédagogiques.</li>
<li>Suivre le budget du programme et rédiger les rapports aux bailleurs.</li>
<li>Contribuer à l'organisation des réunions parallèles du Congrès international de la population.</li></ol>""")
    row(f"<h2>REQUIREMENTS</h2><ul>{li(d['ess']['en'])}</ul><h3><i>Assets</i></h3><ul>{li(d['des']['en'])}</ul>",
        f"<h2>EXIGENCES</h2><ul>{li(d['ess']['fr'])}</ul><h3><i>Atouts</i></h3><ul>{li(d['des']['fr'])}</ul>")
    row(f"<h2>COMPETENCIES</h2>{comps('en')}", f"<h2>COMPÉTENCES</h2>{comps('fr')}")
    row("""<h2>CONDITIONS</h2><p>Staff are employed under French law with 30 days of annual leave, a EUR 12 meal
voucher for each day worked and half of a public transport pass. Interviews are planned for the week of 23 May 2044.</p>""",
        """<h2>CONDITIONS</h2><p>Le personnel est employé selon le droit français, avec 30 jours de congés annuels, un
titre-restaurant de 12 EUR par jour travaillé et la moitié de l'abonnement de transport. Les entretiens auront lieu
la semaine du 23 mai 2044.</p>""")
    row(f"""<h2>HOW TO APPLY</h2><p>Send a CV and a one-page letter in English or French to recruit@iussp.example,
quoting <b>{d['reference']}</b> in the subject line, by 4 May 2044.</p>""",
        f"""<h2>CANDIDATURE</h2><p>Adresser un CV et une lettre d'une page, en français ou en anglais, à
recruit@iussp.example en indiquant <b>{d['reference']}</b> en objet, au plus tard le 4 mai 2044.</p>""")
    h = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{d['reference']} – {e(T['en'])} / {e(T['fr'])}</title>
<style>
@page {{ size: A4; margin: 14mm 13mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.2pt; color: #1d1d1b; line-height: 1.32; }}
.nw {{ white-space: nowrap; }}
.lh {{ display: flex; justify-content: space-between; border-bottom: 3px solid #0b6e4f; padding-bottom: 5px; }}
.lh b {{ font-size: 11pt; color: #0b6e4f; }} .lh small {{ color: #555; }}
table.main {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table.main > tbody > tr {{ page-break-inside: avoid; }}
td.en, td.fr {{ vertical-align: top; padding: 2px 9px; width: 50%; }}
td.en {{ border-right: 2px solid #0b6e4f; }}
.band {{ background: #0b6e4f; color: #fff; font-weight: bold; letter-spacing: .12em; padding: 4px 7px; margin-top: 8px; }}
.no {{ margin: 3px 0; }} h1 {{ font-size: 13pt; color: #0b6e4f; margin: 4px 0; }}
h2 {{ font-size: 9.5pt; color: #0b6e4f; border-bottom: 1px solid #9cc; margin: 8px 0 3px; }}
h3 {{ font-size: 9.2pt; margin: 4px 0 2px; font-weight: normal; }}
table.f {{ border-collapse: collapse; width: 100%; }}
table.f th {{ text-align: left; background: #e3f1ec; font-style: italic; font-weight: normal; width: 36%; padding: 2px 4px; border: 1px solid #fff; vertical-align: top; }}
table.f td {{ padding: 2px 4px; border: 1px solid #e3f1ec; }}
ol, ul {{ margin: 2px 0 2px 16px; padding: 0; }} p {{ margin: 3px 0; }}
.foot {{ margin-top: 10px; border-top: 1px solid #999; font-size: 8pt; color: #555; text-align: center; }}
</style></head><body>
<div class="lh"><div><b>International Union for the Scientific Study of Population</b><br><b>Union internationale pour l'étude scientifique de la population</b></div>
<div><small>8 allée des Démographes, Bâtiment Nord<br>93300 Aubervilliers, France · www.iussp.example</small></div></div>
<table class="main"><tbody>
{chr(10).join(rows)}
</tbody></table>
<div class="foot">The English and French versions of this notice are equally valid. · Les versions anglaise et française du présent avis font également foi.</div>
</body></html>
"""
    return h

def iff():
    d = N["iff-off-2044-03"]
    T = d["title"]["en"]
    def li(xs): return "".join(f"<li>{nw(x)}</li>" for x in xs)
    comps = "".join(f"<p><b>{e(n)}:</b> {nw(s)}</p>" for n, s in d["comp"]["en"])
    h = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(T)} – IFF</title>
<style>
@page {{ size: A4; margin: 0; }}
html, body {{ margin: 0; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.4pt; color: #222; width: 210mm; }}
.nw {{ white-space: nowrap; }}
.grid {{ display: grid; grid-template-columns: 64mm 1fr; min-height: 297mm; }}
.hero {{ grid-column: 1 / span 2; background: #e4032e; color: #fff; padding: 12mm 14mm 8mm; }}
.kick {{ letter-spacing: .3em; font-size: 8pt; color: #ffe; }}
.hero h1 {{ font-size: 22pt; margin: 4px 0 2px; }}
.hero p {{ margin: 0; font-size: 11pt; }}
aside {{ background: #1b1f3b; color: #fff; padding: 8mm 7mm; }}
aside .logo {{ font-weight: bold; font-size: 14pt; letter-spacing: .06em; margin-bottom: 6mm; }}
aside dt {{ font-size: 7pt; letter-spacing: .18em; color: #ff8a9b; margin-top: 4mm; }}
aside dd {{ margin: 1mm 0 0; font-size: 9.6pt; }}
aside .note {{ font-style: italic; font-size: 8.2pt; color: #ccd; margin-top: 8mm; }}
main {{ padding: 8mm 12mm 6mm 9mm; }}
main h2 {{ font-size: 10.5pt; color: #1b1f3b; border-bottom: 2px solid #e4032e; padding-bottom: 1px; margin: 5mm 0 2mm; text-transform: uppercase; }}
main ul {{ margin: 0 0 0 5mm; padding: 0; }} main p {{ margin: 1.5mm 0; }}
.apply {{ background: #fde8ec; padding: 3mm 4mm; margin-top: 5mm; }}
footer {{ grid-column: 1 / span 2; background: #1b1f3b; color: #aab; font-size: 7.5pt; padding: 3mm 14mm; }}
</style></head><body><div class="grid">
<div class="hero"><div class="kick">ONE WORLD · ONE BALL · JOIN THE TEAM</div><h1>{e(T)}</h1>
<p>International Floorball Federation · Helsinki office</p></div>
<aside><div class="logo">IFF FLOORBALL</div><dl>
<dt>REFERENCE</dt><dd>{d['reference']}</dd>
<dt>EMPLOYER</dt><dd>{e(d['organisation']['en'])}</dd>
<dt>LOCATION</dt><dd>{e(d['location']['en'])}</dd>
<dt>HOURS</dt><dd><span class="nw">{e(d['schedule']['en'])}</span></dd>
<dt>CONTRACT</dt><dd>Permanent, six months' probation</dd>
<dt>SALARY</dt><dd>EUR 3,700 – 4,200 per month (gross)</dd>
<dt>START</dt><dd>1 August 2044</dd>
<dt>CLOSING DATE</dt><dd>24 May 2044</dd></dl>
<p class="note">Staff travel to about six events a year; travel is booked by the office and a daily allowance of EUR 51 is paid abroad. A sports benefit of EUR 400 a year is offered.</p></aside>
<main>
<h2>About us</h2><p>The IFF governs floorball in more than seventy member associations and runs the World Floorball
Championships for men, women and juniors. Our office team is small, so everyone works across competitions, referees
and development.</p>
<h2>What you will do</h2><ul><li>Prepare the competition calendar, draws and match officials' appointments.</li>
<li>Run the referee education programme and its online tests.</li><li>Be the first contact for organisers of IFF events.</li>
<li>Keep the game rules and interpretations documents up to date after each rules committee meeting.</li></ul>
<h2>What you need</h2><ul>{li(d['ess']['en'])}</ul>
<h2>Nice to have</h2><ul>{li(d['des']['en'])}</ul>
<h2>How you work</h2>{comps}
<div class="apply"><b>How to apply.</b> Send your CV and a short motivation letter to jobs@floorball.example with the
reference {d['reference']} by 24 May 2044. First interviews will be held online on 1–2 June 2044.</div>
</main>
<footer>International Floorball Federation · Urheilijantie 5 A, 00920 Helsinki, Finland · floorball.example · Photos: IFF</footer>
</div></body></html>
"""
    return h

if __name__ == "__main__":
    for name, fn in (("iussp-vn-2044-02-iussp.html", iussp), ("iff-off-2044-03-floorball.html", iff)):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
            f.write(fn())
    print("html ok")
