# Chromium sources: PIANC (EN | FR side by side) and World Lacrosse (poster with a sidebar)
import os, html
from data import N, ROOT
h = html.escape

def li(items):
    return "".join(f"<li>{h(x)}</li>" for x in items)

def comps(cs, sep=":"):
    return "".join(f"<p class=c><b>{h(c['name'])}{sep}</b> {h(c['description'])}</p>" for c in cs)

def pianc():
    d = N["pianc-vn-2044-06"]
    t, o, l, s = d["title"], d["organisation"], d["location"], d["schedule"]
    re, rf = d["requirements"]["en"], d["requirements"]["fr"]
    ce, cf = d["competencies"]["en"], d["competencies"]["fr"]
    rows = [
      (f"""<div class=band>VACANCY NOTICE</div><p class=refl>Notice No. {d['reference']}</p><h1>{h(t['en'])}</h1>""",
       f"""<div class=band>AVIS DE VACANCE</div><p class=refl>Avis n° {d['reference']}</p><h1>{h(t['fr'])}</h1>"""),
      (f"""<table class=f>
<tr><th>Organisation</th><td>{h(o['en'])}</td></tr>
<tr><th>Unit</th><td>Technical Commissions Department</td></tr>
<tr><th>Place of work</th><td>{h(l['en'])}</td></tr>
<tr><th>Contract</th><td>Three-year contract under Belgian law, renewable</td></tr>
<tr><th>Working time</th><td>{h(s['en'])}</td></tr>
<tr><th>Salary</th><td>EUR 4,300 – 4,950 gross per month, according to experience</td></tr>
<tr><th>Issued</th><td>31 October 2044</td></tr>
<tr><th>Expected start</th><td>1 March 2045</td></tr>
<tr><th>Deadline</th><td>2 December 2044, 12:00 noon (Brussels time)</td></tr></table>""",
       f"""<table class=f>
<tr><th>Organisation</th><td>{h(o['fr'])}</td></tr>
<tr><th>Unité</th><td>Département des commissions techniques</td></tr>
<tr><th>Lieu de travail</th><td>{h(l['fr'])}</td></tr>
<tr><th>Contrat</th><td>Contrat de trois ans de droit belge, renouvelable</td></tr>
<tr><th>Temps de travail</th><td>{h(s['fr'])}</td></tr>
<tr><th>Rémunération</th><td>4 300 à 4 950 EUR bruts par mois, selon l'expérience</td></tr>
<tr><th>Diffusion</th><td>31 octobre 2044</td></tr>
<tr><th>Entrée en fonction</th><td>1er mars 2045</td></tr>
<tr><th>Date limite</th><td>2 décembre 2044, 12 h (heure de Bruxelles)</td></tr></table>"""),
      ("""<h2>1. The Association</h2><p>PIANC brings together port authorities, waterway administrations, engineers and
researchers from some sixty countries. Its four technical commissions (maritime ports, inland navigation, environment and
recreational navigation) publish guidance prepared by working groups of volunteer experts.</p>""",
       """<h2>1. L'Association</h2><p>L'AIPCN réunit des autorités portuaires, des gestionnaires de voies navigables, des
ingénieurs et des chercheurs d'une soixantaine de pays. Ses quatre commissions techniques (ports maritimes, navigation
intérieure, environnement et navigation de plaisance) publient des guides préparés par des groupes de travail d'experts
bénévoles.</p>"""),
      ("""<h2>2. Main duties</h2><ol><li>Follow the progress of about twenty working groups against their terms of reference;</li>
<li>prepare the meetings of the commissions and draft their minutes;</li><li>check draft reports before peer review and
steer them to publication;</li><li>keep the database of experts and national sections up to date;</li><li>support the
organisation of the annual general assembly.</li></ol>""",
       """<h2>2. Fonctions principales</h2><ol><li>Suivre l'avancement d'une vingtaine de groupes de travail au regard de leur
mandat ;</li><li>préparer les réunions des commissions et en rédiger les procès-verbaux ;</li><li>vérifier les projets de
rapports avant l'examen par les pairs et les conduire jusqu'à la publication ;</li><li>tenir à jour la base des experts et
des sections nationales ;</li><li>appuyer l'organisation de l'assemblée générale annuelle.</li></ol>"""),
      (f"""<h2>3. Requirements</h2><ul>{li(re['essential'])}</ul><p class=it>Assets</p><ul>{li(re['desirable'])}</ul>""",
       f"""<h2>3. Exigences</h2><ul>{li(rf['essential'])}</ul><p class=it>Atouts</p><ul>{li(rf['desirable'])}</ul>"""),
      (f"""<h2>4. Competencies</h2>{comps(ce)}""", f"""<h2>4. Compétences</h2>{comps(cf, ' :')}"""),
      ("""<h2>5. How to apply</h2><p>Send a CV and a letter of motivation, quoting the notice number, to
recruitment@pianc.example. Interviews will take place in the week of 16 January 2045. A lunch allowance of EUR 8 per
working day is paid in addition to the salary.</p>""",
       """<h2>5. Candidature</h2><p>Envoyez un CV et une lettre de motivation, en rappelant le numéro de l'avis, à
recruitment@pianc.example. Les entretiens auront lieu la semaine du 16 janvier 2045. Des chèques-repas de 8 EUR par jour
de travail s'ajoutent à la rémunération.</p>"""),
    ]
    body = "".join(f"<tr><td class=en>{a}</td><td class=fr>{b}</td></tr>" for a, b in rows)
    return f"""<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{d['reference']} – {h(t['en'])}</title>
<style>
@page {{ size: A4; margin: 14mm 13mm 16mm 13mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.4pt; color:#1b2733; margin:0 }}
.head {{ display:flex; justify-content:space-between; border-bottom: 3px solid #0b6e8a; padding-bottom:6px; margin-bottom:8px }}
.head .n {{ font-weight:bold; color:#0b6e8a; font-size:10.5pt }} .head .a {{ font-size:8pt; color:#555; text-align:right }}
table.main {{ width:100%; border-collapse:collapse; table-layout:fixed }}
table.main td {{ vertical-align:top; padding:3px 8px }} td.en {{ border-right:2px solid #0b6e8a }}
tr {{ page-break-inside: avoid }}
.band {{ background:#0b6e8a; color:#fff; font-weight:bold; letter-spacing:2px; padding:4px 6px; font-size:9pt }}
.refl {{ font-style:italic; margin:4px 0 }} h1 {{ font-size:13pt; margin:2px 0 6px }}
h2 {{ font-size:10pt; color:#0b6e8a; text-transform:uppercase; margin:6px 0 3px }}
table.f {{ width:100%; border-collapse:collapse }} table.f th {{ text-align:left; font-style:italic; font-weight:normal;
 background:#e3f0f4; width:38%; padding:2px 4px; border-bottom:1px solid #fff }} table.f td {{ padding:2px 4px; border-bottom:1px solid #e3f0f4 }}
ol, ul {{ margin:2px 0 2px 16px; padding:0 }} .it {{ font-style:italic; margin:4px 0 1px }} p.c {{ margin:2px 0 }}
.foot {{ margin-top:10px; font-size:8pt; color:#555; border-top:1px solid #aaa; padding-top:4px; text-align:center }}
</style></head><body>
<div class=head><div class=n>PIANC – The World Association for Waterborne Transport Infrastructure<br>AIPCN – Association mondiale pour des infrastructures de transport maritimes et fluviales</div>
<div class=a>Rue de la Batellerie 14, 1000 Bruxelles<br>www.pianc.example</div></div>
<table class=main>{body}</table>
<div class=foot>Both language versions are equally authoritative. · Les deux versions linguistiques font également foi.</div>
</body></html>"""

def lacrosse():
    d = N["wl-hr-2044-11"]
    r = d["requirements"]["en"]
    cs = d["competencies"]["en"]
    return f"""<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>World Lacrosse is hiring – {h(d['title']['en'])}</title>
<style>
@page {{ size: A4; margin: 0 }}
body {{ margin:0; font-family:'Liberation Sans', Arial, sans-serif; font-size:9.3pt; color:#222 }}
.page {{ display:grid; grid-template-columns: 64mm 1fr; min-height: 297mm }}
aside {{ background:#3b1f5c; color:#f1ecf7; padding:14mm 7mm 10mm 9mm }}
aside .logo {{ font-size:15pt; font-weight:bold; letter-spacing:3px; color:#f5c400; margin-bottom:10mm }}
aside dt {{ font-size:7.2pt; letter-spacing:2px; text-transform:uppercase; color:#f5c400; margin-top:4mm }}
aside dd {{ margin:1mm 0 0 0; font-size:9.3pt }}
aside .note {{ margin-top:8mm; font-style:italic; font-size:8.2pt; border-top:1px solid #f5c400; padding-top:3mm }}
main {{ padding:14mm 12mm 10mm 11mm }}
.kick {{ letter-spacing:4px; font-size:8pt; color:#7a4fb0; font-weight:bold }}
h1 {{ font-size:22pt; margin:2mm 0 4mm; color:#3b1f5c; line-height:1.1 }}
h2 {{ font-size:10pt; text-transform:uppercase; letter-spacing:1px; color:#3b1f5c; border-bottom:2px solid #f5c400; padding-bottom:1mm; margin:5mm 0 2mm }}
ul {{ margin:0 0 0 5mm; padding:0 }} li {{ margin:0.6mm 0 }}
.box {{ background:#f3eefa; padding:3mm 4mm; margin-top:5mm }}
footer {{ grid-column: 1 / 3; background:#1c1029; color:#ccc; font-size:7.5pt; padding:3mm 9mm }}
</style></head><body><div class=page>
<aside><div class=logo>WORLD<br>LACROSSE</div>
<dl>
<dt>Reference</dt><dd>{d['reference']}</dd>
<dt>Employer</dt><dd>{h(d['organisation']['en'])}</dd>
<dt>Location</dt><dd>{h(d['location']['en'])}</dd>
<dt>Hours</dt><dd>{h(d['schedule']['en'])}</dd>
<dt>Contract</dt><dd>Permanent, after a six-month probation</dd>
<dt>Salary</dt><dd>USD 74,000 – 86,000 per year</dd>
<dt>Start</dt><dd>1 March 2045</dd>
<dt>Closing date</dt><dd>15 December 2044</dd>
</dl>
<p class=note>Relocation support of up to USD 5,000 is available, and staff receive a USD 600 yearly wellness allowance.</p>
</aside>
<main><div class=kick>JOIN THE GLOBAL LACROSSE FAMILY</div>
<h1>{h(d['title']['en'])}</h1>
<p>World Lacrosse governs the sport in more than eighty member federations, from long-established nations to
countries that played their first international match last season. Our development team helps these federations
build coaching pathways, competitions and sound governance.</p>
<h2>The role</h2>
<p>You will lead our programme of support to member federations: assess their needs, agree development plans with
them, manage small grants and run regional workshops. You will report to the Director of Development and work with
the competitions and education teams.</p>
<h2>What you need</h2><ul>{li(r['essential'])}</ul>
<h2>Nice to have</h2><ul>{li(r['desirable'])}</ul>
<h2>How you work</h2>{''.join(f"<p><b>{h(c['name'])}:</b> {h(c['description'])}</p>" for c in cs)}
<div class=box><b>How to apply.</b> Send your CV and a one-page cover letter to careers@worldlacrosse.example before the
closing date. Shortlisted candidates will be interviewed online on 11–12 January 2045.</div>
</main>
<footer>World Lacrosse · Colorado Springs · worldlacrosse.example · We are an equal opportunity employer.</footer>
</div></body></html>"""

if __name__ == "__main__":
    for name, fn in (("pianc-vn-2044-06-pianc", pianc), ("wl-hr-2044-11-worldlacrosse", lacrosse)):
        open(os.path.join(ROOT, name + ".html"), "w", encoding="utf-8").write(fn())
