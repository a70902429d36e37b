# WeasyPrint sources: IPHC (cover page), IGU/UGI (brochure with coloured bands)
import os
from common import *
OUT = os.path.join(HERE, "weasy_src"); os.makedirs(OUT, exist_ok=True)

def li(xs): return "".join(f"<li>{nw(x)}</li>" for x in xs)

def iphc():
    d = N["iphc-2044-ja-03"]; T = d["title"]["en"]
    comps = "".join(f"<p><b>{e(n)}:</b> {nw(s)}</p>" for n, s in d["comp"]["en"])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(T)}</title><style>
@page {{ size: Letter; margin: 22mm 20mm 20mm;
  @top-left {{ content: "International Pacific Halibut Commission"; font: italic 8pt 'Liberation Serif'; color: #555; }}
  @top-right {{ content: "Job Announcement {d['reference']}"; font: italic 8pt 'Liberation Serif'; color: #555; }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #555; }} }}
@page cover {{ margin: 0; @top-left {{ content: none; }} @top-right {{ content: none; }} @bottom-center {{ content: none; }} }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.38; color: #1a1a1a; }}
.nw {{ white-space: nowrap; }}
.cover {{ page: cover; height: 279mm; background: #12355b; color: #fff; position: relative; page-break-after: always; }}
.cover .top {{ padding: 30mm 22mm 0; }}
.cover .org {{ font-size: 12pt; letter-spacing: .08em; color: #9fd3e6; }}
.cover .ja {{ margin-top: 35mm; font-size: 11pt; letter-spacing: .35em; color: #f2c14e; }}
.cover h1 {{ font-size: 30pt; margin: 4mm 0 8mm; line-height: 1.1; }}
.cover table {{ border-collapse: collapse; font-size: 11pt; }}
.cover td {{ padding: 1.5mm 6mm 1.5mm 0; vertical-align: top; }} .cover td:first-child {{ color: #9fd3e6; }}
.cover .eoe {{ position: absolute; bottom: 18mm; left: 22mm; right: 22mm; font-size: 8.5pt; color: #c8d6e5; border-top: 1px solid #f2c14e; padding-top: 3mm; }}
h2 {{ font-size: 11.5pt; color: #12355b; border-bottom: 1.5px solid #f2c14e; margin: 6mm 0 2mm; }}
h3 {{ font-size: 10pt; margin: 3mm 0 1mm; }}
table.facts {{ border-collapse: collapse; width: 100%; }} table.facts th {{ text-align: left; width: 34%; background: #e8eff6; padding: 1.5mm 2mm; border: 1px solid #c9d6e3; }}
table.facts td {{ padding: 1.5mm 2mm; border: 1px solid #c9d6e3; }}
ol, ul {{ margin: 1mm 0 1mm 6mm; padding: 0; }}
</style></head><body>
<div class="cover"><div class="top"><div class="org">INTERNATIONAL PACIFIC HALIBUT COMMISSION</div>
<div style="font-size:9pt;color:#c8d6e5">Established by a Convention between Canada and the United States of America</div>
<div class="ja">JOB ANNOUNCEMENT</div><h1>{e(T)}</h1>
<table><tr><td>Announcement No.</td><td>{d['reference']}</td></tr>
<tr><td>Program</td><td>Biological and Ecosystem Science Branch</td></tr>
<tr><td>Opening date</td><td>April 18, 2044</td></tr>
<tr><td>Closing date</td><td>May 16, 2044, 5:00 p.m. Pacific Time</td></tr></table></div>
<div class="eoe">The IPHC is an equal opportunity employer. As an international organization, it is not restricted by the nationality of candidates, but the successful candidate must be able to work legally in the United States.</div></div>

<h2>Position summary</h2>
<table class="facts">
<tr><th>Employer</th><td>{e(d['organisation']['en'])}</td></tr>
<tr><th>Duty station</th><td>{e(d['location']['en'])}</td></tr>
<tr><th>Grade</th><td>Level 4 (IPHC technical salary schedule)</td></tr>
<tr><th>Salary</th><td>$58,400 – $69,900 per year (USD)</td></tr>
<tr><th>Schedule</th><td>{nw(d['schedule']['en'])}</td></tr>
<tr><th>Appointment</th><td>Regular, with a six-month introductory period</td></tr>
<tr><th>Desired start</th><td>July 11, 2044</td></tr></table>

<h2>About the Commission</h2>
<p>The IPHC conducts research on Pacific halibut and recommends catch limits to its two Contracting Parties. Its
ageing laboratory reads tens of thousands of otoliths each year from the fishery and from the annual setline survey;
these ages feed directly into the stock assessment.</p>

<h2>Major duties</h2>
<ol type="a"><li>Prepare, read and archive halibut otoliths following the laboratory's standard methods.</li>
<li>Take part in the annual cross-reading exercise and in precision tests.</li>
<li>Enter, check and correct age and sample data in the Commission's database.</li>
<li>Maintain microscopes, saws and other equipment, and keep the inventory.</li>
<li>Help train seasonal staff and, when needed, sample landings at the port of Seattle.</li></ol>

<h2>Qualifications</h2>
<h3>Essential</h3><ul>{li(d['ess']['en'])}</ul>
<h3>Desirable</h3><ul>{li(d['des']['en'])}</ul>

<h2>Competencies</h2>{comps}

<h2>Benefits</h2>
<p>The Commission pays the full premium of medical and dental insurance for the employee and contributes 8% of salary
to a retirement plan. Staff earn 13 days of annual leave in the first year. Field assignments carry a per diem of
$64 a day.</p>

<h2>How to apply</h2>
<p>Send a cover letter, a résumé and the names of three references to hr@iphc.example, quoting announcement
{d['reference']} in the subject line. Applications must arrive by May 16, 2044, 5:00 p.m. Pacific Time. Interviews are
expected in the first half of June 2044.</p>
</body></html>"""

def igu():
    d = N["igu-sec-2044-01"]; T, O, L, S = d["title"], d["organisation"], d["location"], d["schedule"]
    def comps(l, sep): return "".join(f"<p><b>{e(n)}{sep}</b> {nw(s)}</p>" for n, s in d["comp"][l])
    def half(l):
        en = l == "en"
        facts = [("EMPLOYER" if en else "EMPLOYEUR", O[l]), ("LOCATION" if en else "LIEU", L[l]),
                 ("WORKING TIME" if en else "TEMPS DE TRAVAIL", S[l]),
                 ("CONTRACT" if en else "CONTRAT", "Fixed term, three years, renewable" if en else "Durée déterminée, trois ans, renouvelable"),
                 ("SALARY" if en else "RÉMUNÉRATION", "EUR 3,350 – 3,800 per month (gross, for 30 hours)" if en else "De 3 350 à 3 800 EUR bruts par mois (pour 30 heures)"),
                 ("PUBLISHED" if en else "PUBLICATION", "11 April 2044" if en else "11 avril 2044"),
                 ("START" if en else "ENTRÉE EN FONCTION", "1 September 2044" if en else "1er septembre 2044"),
                 ("CLOSING DATE" if en else "DATE LIMITE", "26 May 2044" if en else "26 mai 2044")]
        grid = "".join(f"<div class='fact'><div class='lab'>{k}</div><div>{nw(v)}</div></div>" for k, v in facts)
        return f"""
<div class="title"><div class="kick">{'VACANCY' if en else 'OFFRE D’EMPLOI'} · {d['reference']}</div><h1>{nw(T[l])}</h1></div>
<div class="grid">{grid}</div>
<div class="band w"><h2>{'The role' if en else 'Le poste'}</h2><p>{
 'The IGU brings together about forty commissions and task forces on every field of geography. The officer is their day-to-day contact at the Secretariat: keeping lists of members, helping chairs with reports and elections, and preparing the commission sessions of the International Geographical Congress.' if en else
 "L'UGI réunit une quarantaine de commissions et de groupes de travail couvrant tous les champs de la géographie. Le ou la titulaire est leur interlocuteur quotidien au secrétariat : tenue des listes de membres, appui aux présidents pour les rapports et les élections, préparation des sessions des commissions au Congrès géographique international."}</p></div>
<div class="band g"><h2>{'What you bring' if en else 'Votre profil'}</h2><ul>{li(d['ess'][l])}</ul>
<h3>{'A plus' if en else 'Un plus'}</h3><ul>{li(d['des'][l])}</ul></div>
<div class="band w"><h2>{'How you work' if en else 'Votre façon de travailler'}</h2>{comps(l, ':' if en else ' :')}</div>
<div class="band a"><h2>{'Apply' if en else 'Candidature'}</h2><p>{
 f"Send a CV and a cover letter to secretariat@igu.example by 26 May 2044, quoting {d['reference']}. Interviews will take place online on 8–9 June 2044. Relocation costs are refunded up to EUR 1,500." if en else
 f"Envoyez un CV et une lettre de motivation à secretariat@igu.example au plus tard le 26 mai 2044, en rappelant la référence {d['reference']}. Les entretiens auront lieu en ligne les 8 et 9 juin 2044. Les frais de déménagement sont remboursés jusqu'à 1 500 EUR."}</p></div>"""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(T['en'])}</title><style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 9.8pt; line-height: 1.36; color: #222; }}
.nw {{ white-space: nowrap; }}
.mast {{ background: #0d3b66; color: #fff; padding: 8mm 16mm 5mm; }} .mast b {{ font-size: 12pt; }}
.mast .sub {{ color: #faf0ca; font-size: 8.5pt; letter-spacing: .1em; margin-top: 1mm; }}
.title {{ background: #f4d35e; padding: 5mm 16mm; }} .kick {{ letter-spacing: .25em; font-size: 8pt; }}
.title h1 {{ margin: 1mm 0 0; font-size: 18pt; color: #0d3b66; }}
.grid {{ display: flex; flex-wrap: wrap; background: #e3ecf5; padding: 3mm 16mm; }}
.fact {{ width: 50%; box-sizing: border-box; padding: 1.5mm 3mm 1.5mm 0; }} .lab {{ font-size: 6.8pt; letter-spacing: .18em; color: #0d3b66; }}
.band {{ padding: 3mm 16mm; }} .band.g {{ background: #f1f1f1; }} .band.a {{ background: #f4d35e; }}
.band h2 {{ font-size: 11pt; color: #0d3b66; margin: 0 0 1.5mm; }} .band h3 {{ font-size: 10pt; margin: 2mm 0 1mm; }}
ul {{ list-style: square; margin: 0 0 0 5mm; padding: 0; }} p {{ margin: 1mm 0; }}
.fr {{ page-break-before: always; }}
.strip {{ background: #0d3b66; color: #f4d35e; letter-spacing: .3em; padding: 2mm 16mm; font-size: 9pt; }}
footer {{ background: #222; color: #bbb; font-size: 7.5pt; padding: 3mm 16mm; }}
</style></head><body>
<div class="mast"><b>INTERNATIONAL GEOGRAPHICAL UNION · UNION GÉOGRAPHIQUE INTERNATIONALE</b><div class="sub">Careers · Carrières · Internationale Geographische Union</div></div>
{half('en')}
<div class="fr"><div class="strip">VERSION FRANÇAISE</div>{half('fr')}</div>
<footer>IGU / UGI Secretariat · Bonn · igu.example · Share: e-mail · LinkedIn · Mastodon</footer>
</body></html>"""

if __name__ == "__main__":
    for n, fn in (("iphc-2044-ja-03-iphc", iphc), ("igu-sec-2044-01-igu", igu)):
        p = os.path.join(OUT, n + ".weasyprint.html")
        open(p, "w", encoding="utf-8").write(fn())
        os.system(f"weasyprint -q {p} {os.path.join(OUT, n + '.weasyprint.pdf')}")
    print("weasy ok")
