"""Chromium sources: UITP (EN | FR side by side) and WSF (poster with a sidebar).
Writes ../NAME.html; assemble.py prints them with build-pdf.sh's command line."""
import html
import os
from data import N, ROOT

h = html.escape


def ul(items, cls=""):
    return "<ul%s>%s</ul>" % (f' class="{cls}"' if cls else "", "".join(f"<li>{h(i)}</li>" for i in items))


def comps(cs, sep=":"):
    return "<ul class='c'>" + "".join(
        f"<li><strong>{h(c['name'])}{sep}</strong> {h(c['description'])}</li>" for c in cs) + "</ul>"


def uitp():
    d = N["uitp-hr-2043-04"]
    en, fr = "en", "fr"
    R = d["requirements"]
    rows = []

    def row(a, b):
        rows.append(f"<tr><td class='en'>{a}</td><td class='fr'>{b}</td></tr>")

    row("<div class='band'>VACANCY NOTICE</div>"
        f"<p class='no'><em>Vacancy notice No.</em> {h(d['reference'])}</p>"
        f"<h1>{h(d['title'][en])}</h1>",
        "<div class='band'>AVIS DE VACANCE DE POSTE</div>"
        f"<p class='no'><em>Avis de vacance n°</em> {h(d['reference'])}</p>"
        f"<h1>{h(d['title'][fr])}</h1>")
    row("<table class='facts'>"
        f"<tr><th>Organisation</th><td>{h(d['organisation'][en])}</td></tr>"
        f"<tr><th>Duty station</th><td>{h(d['location'][en])}</td></tr>"
        "<tr><th>Department</th><td>Knowledge &amp; Innovation</td></tr>"
        "<tr><th>Contract</th><td>Fixed-term, two years, renewable</td></tr>"
        f"<tr><th>Working time</th><td>{h(d['schedule'][en])}</td></tr>"
        "<tr><th>Salary</th><td>EUR 4,200 – 4,900 gross per month, according to experience</td></tr>"
        "<tr><th>Published</th><td>2 February 2043</td></tr>"
        "<tr><th>Entry on duty</th><td>1 May 2043</td></tr>"
        "<tr><th>Closing date</th><td>2 March 2043, 23:59 (Brussels time)</td></tr>"
        "</table>",
        "<table class='facts'>"
        f"<tr><th>Organisation</th><td>{h(d['organisation'][fr])}</td></tr>"
        f"<tr><th>Lieu d'affectation</th><td>{h(d['location'][fr])}</td></tr>"
        "<tr><th>Département</th><td>Connaissance et innovation</td></tr>"
        "<tr><th>Contrat</th><td>Durée déterminée, deux ans, renouvelable</td></tr>"
        f"<tr><th>Temps de travail</th><td>{h(d['schedule'][fr])}</td></tr>"
        "<tr><th>Rémunération</th><td>4 200 à 4 900 EUR bruts par mois, selon l'expérience</td></tr>"
        "<tr><th>Publication</th><td>2 février 2043</td></tr>"
        "<tr><th>Entrée en fonction</th><td>1er mai 2043</td></tr>"
        "<tr><th>Date limite</th><td>2 mars 2043, 23 h 59 (heure de Bruxelles)</td></tr>"
        "</table>")
    row("<h2>About UITP</h2><p>Founded in 1885, the association brings together public transport "
        "authorities, operators, industry and research from close to a hundred countries. Its "
        "Knowledge &amp; Innovation department runs the committees where members compare notes on "
        "metros, trams and regional rail.</p>",
        "<h2>À propos de l'UITP</h2><p>Fondée en 1885, l'association réunit des autorités "
        "organisatrices, des exploitants, des industriels et des chercheurs de près d'une centaine de "
        "pays. Son département Connaissance et innovation anime les comités où les membres comparent "
        "leurs pratiques en matière de métros, de tramways et de trains régionaux.</p>")
    row("<h2>Duties</h2><ol>"
        "<li>Act as secretary of the Urban Rail Automation working group and prepare its two yearly meetings.</li>"
        "<li>Collect and check data from members for the world report on automated metro lines.</li>"
        "<li>Draft briefings, factsheets and web articles on driverless and grade-of-automation topics.</li>"
        "<li>Follow two European research projects and report to their steering committees.</li>"
        "<li>Help organise webinars and study tours with member networks.</li></ol>",
        "<h2>Attributions</h2><ol>"
        "<li>Assurer le secrétariat du groupe de travail Automatisation du rail urbain et préparer ses deux réunions annuelles.</li>"
        "<li>Recueillir et vérifier les données des membres pour le rapport mondial sur les lignes de métro automatiques.</li>"
        "<li>Rédiger des notes, des fiches et des articles web sur la conduite automatique et les niveaux d'automatisation.</li>"
        "<li>Suivre deux projets de recherche européens et rendre compte à leurs comités de pilotage.</li>"
        "<li>Aider à organiser des webinaires et des voyages d'étude avec les réseaux de membres.</li></ol>")
    row("<h2>Requirements</h2>" + ul(R[en]["essential"]) + "<h3>Assets</h3>" + ul(R[en]["desirable"]),
        "<h2>Exigences</h2>" + ul(R[fr]["essential"]) + "<h3>Atouts</h3>" + ul(R[fr]["desirable"]))
    row("<h2>Competencies</h2>" + comps(d["competencies"][en]),
        "<h2>Compétences</h2>" + comps(d["competencies"][fr], " :"))
    row("<h2>How to apply</h2><p>Send a CV and a one-page letter in English or French to "
        "recruitment@uitp.example, quoting the vacancy notice number, by the closing date. "
        "Interviews will take place in Brussels in the week of 23 March 2043.</p>",
        "<h2>Candidature</h2><p>Envoyez un CV et une lettre d'une page en anglais ou en français à "
        "recruitment@uitp.example, en rappelant le numéro de l'avis, avant la date limite. Les "
        "entretiens auront lieu à Bruxelles la semaine du 23 mars 2043.</p>")
    css = """
@page { size: A4; margin: 14mm 12mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.3pt; color: #222; margin: 0; }
.lh { display: flex; justify-content: space-between; border-bottom: 3px solid #b0005a; padding-bottom: 6px; margin-bottom: 8px; }
.lh .n { font-weight: bold; font-size: 11pt; color: #b0005a; }
.lh .a { font-size: 8pt; text-align: right; color: #555; }
table.main { width: 100%; border-collapse: collapse; }
table.main > tbody > tr { page-break-inside: avoid; }
td.en, td.fr { width: 50%; vertical-align: top; padding: 2px 8px; }
td.en { border-right: 1px solid #b0005a; }
.band { background: #b0005a; color: #fff; font-weight: bold; padding: 4px 6px; letter-spacing: .5px; }
h1 { font-size: 12.5pt; margin: 4px 0 6px; }
h2 { font-size: 10pt; color: #b0005a; margin: 8px 0 3px; text-transform: uppercase; }
h3 { font-size: 9.5pt; margin: 5px 0 2px; font-style: italic; }
.no { margin: 4px 0 0; }
table.facts { width: 100%; border-collapse: collapse; font-size: 8.6pt; }
table.facts th { background: #f4e1ea; text-align: left; width: 38%; padding: 2px 4px; border: 1px solid #e2bcd0; }
table.facts td { padding: 2px 4px; border: 1px solid #e2bcd0; }
ul, ol { margin: 2px 0 2px 16px; padding: 0; }
li { margin-bottom: 2px; }
.foot { margin-top: 10px; font-size: 7.8pt; color: #666; border-top: 1px solid #ccc; padding-top: 4px; text-align: center; }
"""
    doc = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{h(d['reference'])} – {h(d['title']['en'])}</title>
<style>{css}</style></head><body>
<div class="lh"><div><div class="n">UITP – International Association of Public Transport</div>
<div class="n">UITP – Union internationale des transports publics</div></div>
<div class="a">Rue des Tramways 17 · 1080 Brussels / Bruxelles<br>www.uitp.example · recruitment@uitp.example</div></div>
<table class="main"><tbody>
{''.join(rows)}
</tbody></table>
<div class="foot">The English and French versions of this notice are equally valid. · Les versions anglaise et française du présent avis font également foi.</div>
</body></html>
"""
    return doc


def wsf():
    d = N["wsf-hr-2043-02"]
    R = d["requirements"]["en"]
    css = """
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.4pt; color: #1c1c1c; }
.page { display: grid; grid-template-columns: 62mm 1fr; width: 210mm; height: 296mm; }
.side { background: #0f3d3e; color: #e7f3ef; padding: 14mm 7mm 10mm 8mm; }
.side .logo { font-weight: bold; font-size: 13pt; letter-spacing: 1px; margin-bottom: 10mm; color: #fff; }
.side dl { margin: 0; }
.side dt { font-size: 7pt; letter-spacing: 2px; text-transform: uppercase; color: #8fd6c1; margin-top: 4mm; }
.side dd { margin: 1mm 0 0; font-size: 9pt; }
.side .note { margin-top: 8mm; font-style: italic; font-size: 8pt; color: #cde6df; }
.main { padding: 0 0 0 0; display: flex; flex-direction: column; }
.hero { background: #13a07f; color: #fff; padding: 12mm 12mm 8mm; }
.hero .kick { letter-spacing: 4px; font-size: 8pt; text-transform: uppercase; }
.hero h1 { font-size: 22pt; margin: 3mm 0 2mm; }
.hero p { margin: 0; font-size: 10pt; }
.body { padding: 6mm 12mm; flex: 1; }
h2 { font-size: 10pt; text-transform: uppercase; color: #0f3d3e; border-bottom: 2px solid #13a07f; padding-bottom: 1mm; margin: 4mm 0 2mm; }
ul { margin: 0 0 0 5mm; padding: 0; }
li { margin-bottom: 1mm; }
.apply { background: #e3f5ef; padding: 3mm 4mm; margin-top: 4mm; }
.foot { background: #0f3d3e; color: #cde6df; font-size: 7.5pt; padding: 3mm 12mm; }
"""
    doc = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{h(d['title']['en'])} – World Squash</title>
<style>{css}</style></head><body><div class="page">
<aside class="side">
<div class="logo">WORLD SQUASH</div>
<dl>
<dt>Reference</dt><dd>{h(d['reference'])}</dd>
<dt>Employer</dt><dd>{h(d['organisation']['en'])}</dd>
<dt>Location</dt><dd>{h(d['location']['en'])}</dd>
<dt>Hours</dt><dd>{h(d['schedule']['en'])}</dd>
<dt>Contract</dt><dd>Permanent, six-month probation</dd>
<dt>Salary</dt><dd>£42,000 – £48,000 per year</dd>
<dt>Start</dt><dd>1 June 2043</dd>
<dt>Closing date</dt><dd>24 March 2043, 17:00 GMT</dd>
</dl>
<p class="note">Employer pension contribution of 7%, plus a £250 home-working allowance once a year.</p>
</aside>
<div class="main">
<header class="hero"><div class="kick">Join the team · World Squash</div>
<h1>{h(d['title']['en'])}</h1>
<p>Shape how squash coaches are trained on every continent.</p></header>
<div class="body">
<h2>The role</h2>
<p>Our coaching programme trains tutors who then run courses in their own national federations.
You will own that programme: the course framework from Level 1 to Level 3, the tutor network and
the online classroom that supports it. You report to the Development Director and work with the
Rules, Officiating and Para-Squash commissions.</p>
<h2>What you will do</h2>
<ul>
<li>Review and update the coaching framework with the Coaching Commission.</li>
<li>Recruit, train and support regional tutors.</li>
<li>Plan the yearly course calendar with member federations.</li>
<li>Keep course records and certificates up to date.</li>
</ul>
<h2>What you need</h2>
{ul(R['essential'])}
<h2>Nice to have</h2>
{ul(R['desirable'])}
<h2>How you work</h2>
{comps(d['competencies']['en'])}
<div class="apply"><strong>How to apply.</strong> Send your CV and a short cover letter to jobs@worldsquash.example
with the reference in the subject line. First interviews are online on 7–8 April 2043.</div>
</div>
<footer class="foot">World Squash Federation · registered in England · worldsquash.example · We welcome applications from every background.</footer>
</div></div></body></html>
"""
    return doc


if __name__ == "__main__":
    for name, fn in (("uitp-hr-2043-04-uitp.html", uitp), ("wsf-hr-2043-02-worldsquash.html", wsf)):
        open(os.path.join(ROOT, name), "w", encoding="utf-8").write(fn())
        print("wrote", name)
