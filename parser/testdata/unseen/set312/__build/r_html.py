# -*- coding: utf-8 -*-
"""Chromium sources: IAF (EN | FR side by side) and ISMF (poster with a right sidebar)."""
import os
from html import escape as e
from data import N, ROOT


def lst(items, tag="ul"):
    return f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in items) + f"</{tag}>"


def comps(cs):
    return "<ul class='c'>" + "".join(
        f"<li><b>{e(c['name'])}:</b> {e(c['description'])}</li>" for c in cs) + "</ul>"


def comps_fr(cs):
    return "<ul class='c'>" + "".join(
        f"<li><b>{e(c['name'])} :</b> {e(c['description'])}</li>" for c in cs) + "</ul>"


def iaf():
    n = N["iaf"]
    en_facts = [
        ("Vacancy notice No.", n["ref"]),
        ("Organisation", n["org"]["en"]),
        ("Position", n["title"]["en"]),
        ("Duty station", n["loc"]["en"]),
        ("Type of contract", "Fixed-term, two years, renewable"),
        ("Working time", n["sched"]["en"]),
        ("Published", "4 September 2043"),
        ("Entry on duty", "5 January 2044"),
        ("Closing date", "2 October 2043, 18:00 Paris time"),
    ]
    fr_facts = [
        ("Avis de vacance n°", n["ref"]),
        ("Organisation", n["org"]["fr"]),
        ("Poste", n["title"]["fr"]),
        ("Lieu d'affectation", n["loc"]["fr"]),
        ("Type de contrat", "Durée déterminée, deux ans, renouvelable"),
        ("Temps de travail", n["sched"]["fr"]),
        ("Publication", "4 septembre 2043"),
        ("Entrée en fonction", "5 janvier 2044"),
        ("Date limite", "2 octobre 2043, 18 h (heure de Paris)"),
    ]

    def facts(rows):
        return "<table class='f'>" + "".join(
            f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in rows) + "</table>"

    rows = [
        ("<div class='band'>VACANCY NOTICE</div>" + facts(en_facts),
         "<div class='band'>AVIS DE VACANCE DE POSTE</div>" + facts(fr_facts)),
        ("<h3>The Federation</h3><p>The IAF brings together more than four hundred space agencies, companies, "
         "universities and societies from some seventy countries. Its small Secretariat in Paris prepares the "
         "annual International Astronautical Congress and the Federation's global conferences.</p>",
         "<h3>La Fédération</h3><p>L'IAF réunit plus de quatre cents agences spatiales, entreprises, universités "
         "et sociétés savantes d'environ soixante-dix pays. Son petit secrétariat parisien prépare le Congrès "
         "astronautique international annuel et les conférences mondiales de la Fédération.</p>"),
        ("<h3>Main duties</h3><ol><li>Build the technical programme of the Congress with the programme committees, "
         "from the call for abstracts to the final timetable.</li><li>Coordinate some 180 technical sessions and "
         "their chairs, rapporteurs and rooms.</li><li>Maintain the abstract database and answer authors' "
         "questions.</li><li>Prepare the printed and online programme and the session reports.</li>"
         "<li>Support the global conferences held between congresses.</li></ol>",
         "<h3>Principales fonctions</h3><ol><li>Construire le programme technique du Congrès avec les comités de "
         "programme, de l'appel à résumés au calendrier définitif.</li><li>Coordonner quelque 180 sessions "
         "techniques, leurs présidents, rapporteurs et salles.</li><li>Tenir à jour la base des résumés et répondre "
         "aux auteurs.</li><li>Préparer le programme imprimé et en ligne et les comptes rendus de session.</li>"
         "<li>Appuyer les conférences mondiales organisées entre deux congrès.</li></ol>"),
        ("<h3>Requirements</h3>" + lst(n["req"]["en"]["essential"]) +
         "<h3 class='i'>Assets</h3>" + lst(n["req"]["en"]["desirable"]),
         "<h3>Exigences</h3>" + lst(n["req"]["fr"]["essential"]) +
         "<h3 class='i'>Atouts</h3>" + lst(n["req"]["fr"]["desirable"])),
        ("<h3>Competencies</h3>" + comps(n["comp"]["en"]),
         "<h3>Compétences</h3>" + comps_fr(n["comp"]["fr"])),
        ("<h3>Remuneration</h3><p>Monthly salary of EUR 4,200 – 4,800 gross, according to experience, paid twelve "
         "times a year, with a luncheon voucher of EUR 11 per working day and 50% of public transport costs.</p>"
         "<h3>How to apply</h3><p>Send a CV and a cover letter, quoting the vacancy notice number, to "
         "recruitment@iaf-secretariat.example by the closing date. Shortlisted candidates will be interviewed "
         "in Paris or by video in the week of 26 October 2043.</p>",
         "<h3>Rémunération</h3><p>Salaire mensuel de 4 200 à 4 800 EUR bruts selon l'expérience, versé douze fois "
         "par an, avec un titre-restaurant de 11 EUR par jour travaillé et la prise en charge de 50 % des "
         "transports publics.</p><h3>Candidature</h3><p>Adresser un CV et une lettre de motivation, en rappelant "
         "le numéro de l'avis, à recruitment@iaf-secretariat.example avant la date limite. Les candidat·e·s "
         "retenu·e·s seront reçu·e·s à Paris ou par visioconférence la semaine du 26 octobre 2043.</p>"),
    ]
    body = "".join(f"<tr><td class='en'>{a}</td><td class='fr'>{b}</td></tr>" for a, b in rows)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(n['ref'])} – {e(n['title']['en'])} / {e(n['title']['fr'])}</title>
<style>
@page {{ size: A4; margin: 14mm 13mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt; color: #1b1b2f; }}
.head {{ display: flex; justify-content: space-between; border-bottom: 3px solid #5b2a86; padding-bottom: 6px; }}
.head .n {{ font-weight: bold; color: #5b2a86; font-size: 12pt; }}
.head .a {{ font-size: 8pt; text-align: right; color: #555; }}
table.main {{ width: 100%; border-collapse: collapse; margin-top: 8px; }}
table.main > tbody > tr {{ page-break-inside: avoid; }}
td.en, td.fr {{ width: 50%; vertical-align: top; padding: 4px 8px; }}
td.en {{ border-right: 2px solid #5b2a86; }}
.band {{ background: #5b2a86; color: #fff; font-weight: bold; letter-spacing: .12em; padding: 5px 8px; margin-bottom: 5px; }}
table.f {{ width: 100%; border-collapse: collapse; }}
table.f th {{ text-align: left; background: #efe8f6; width: 38%; padding: 2px 4px; font-weight: normal; font-style: italic; }}
table.f td {{ padding: 2px 4px; border-bottom: 1px solid #ddd; }}
h3 {{ font-size: 10pt; color: #5b2a86; margin: 6px 0 3px; text-transform: uppercase; }}
h3.i {{ text-transform: none; font-style: italic; }}
ul, ol {{ margin: 0 0 0 16px; padding: 0; }}
.foot {{ margin-top: 10px; font-size: 8pt; color: #555; border-top: 1px solid #bbb; padding-top: 4px; }}
</style></head><body>
<div class="head"><div><div class="n">International Astronautical Federation</div>
<div class="n">Fédération internationale d'astronautique</div></div>
<div class="a">27 rue de l'Observatoire-Neuf · 75014 Paris · France<br>www.iaf-secretariat.example</div></div>
<table class="main"><tbody>
{body}
</tbody></table>
<div class="foot">The English and French versions of this notice are equally valid. · Les versions anglaise et française du présent avis font également foi.</div>
</body></html>
"""
    open(os.path.join(ROOT, n["key"] + "-iaf.html"), "w", encoding="utf-8").write(html)


def ismf():
    n = N["ism"]
    side = [("REFERENCE", n["ref"]), ("EMPLOYER", n["org"]["en"]), ("LOCATION", n["loc"]["en"]),
            ("CONTRACT", "Permanent, after a six-month trial period"), ("HOURS", n["sched"]["en"]),
            ("SALARY", "CHF 78,000 – 88,000 per year (gross, 13 monthly payments)"),
            ("START", "1 December 2043"), ("CLOSING DATE", "19 October 2043")]
    dl = "".join(f"<dt>{e(a)}</dt><dd>{e(b)}</dd>" for a, b in side)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(n['title']['en'])} – ISMF</title>
<style>
@page {{ size: A4; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.4pt; color: #222; width: 210mm; height: 296mm; }}
.grid {{ display: grid; grid-template-columns: 1fr 64mm; height: 296mm; }}
.hero {{ grid-column: 1 / 3; background: #0e5e8a; color: #fff; padding: 10mm 12mm 7mm; }}
.hero .k {{ letter-spacing: .3em; font-size: 8pt; color: #ffd45c; }}
.hero h1 {{ margin: 3mm 0 1mm; font-size: 22pt; }}
.main {{ padding: 6mm 10mm 4mm 12mm; }}
.side {{ background: #eef4f8; border-left: 4px solid #ffd45c; padding: 7mm 6mm; }}
.side dt {{ font-size: 7pt; letter-spacing: .18em; color: #0e5e8a; font-weight: bold; margin-top: 3mm; }}
.side dd {{ margin: 0; }}
.side .note {{ font-style: italic; font-size: 8pt; margin-top: 5mm; }}
h2 {{ font-size: 10pt; color: #0e5e8a; border-bottom: 2px solid #ffd45c; padding-bottom: 1mm; margin: 4mm 0 2mm; }}
ul {{ margin: 0 0 0 5mm; padding: 0; }}
.apply {{ background: #fff6d8; padding: 3mm 4mm; margin-top: 4mm; }}
.foot {{ grid-column: 1 / 3; background: #0a3550; color: #cfe3ef; font-size: 7.5pt; padding: 3mm 12mm; align-self: end; }}
</style></head><body><div class="grid">
<div class="hero"><div class="k">WE ARE HIRING · LAUSANNE</div><h1>{e(n['title']['en'])}</h1>
<div>International Ski Mountaineering Federation · Olympic sport since Milano Cortina 2026</div></div>
<div class="main">
<h2>Your mission</h2>
<p>You are the link between the ISMF office and the organising committees of some twelve World Cup stages each winter. From the first site visit to the last prize-giving, you make sure that every venue meets our rules on courses, timing, safety and athlete services.</p>
<ul><li>Run the venue inspection calendar and write the inspection reports.</li>
<li>Follow each stage's budget, accommodation and transport plan.</li>
<li>Brief technical delegates and race juries before each event.</li>
<li>Collect feedback from teams and update the event manual every spring.</li></ul>
<h2>What you need</h2>
<ul>{''.join(f'<li>{e(i)}</li>' for i in n['req']['en']['essential'])}</ul>
<h2>Nice to have</h2>
<ul>{''.join(f'<li>{e(i)}</li>' for i in n['req']['en']['desirable'])}</ul>
<h2>How you work</h2>
<ul>{''.join(f"<li><b>{e(c['name'])}:</b> {e(c['description'])}</li>" for c in n['comp']['en'])}</ul>
<div class="apply"><b>How to apply.</b> Upload your CV and a one-page letter on jobs.ismf.example before the closing date. Interviews take place in Lausanne on 3 and 4 November 2043.</div>
</div>
<aside class="side"><dl>{dl}</dl>
<p class="note">Plus CHF 1,200 a year towards mountain equipment and a daily allowance of CHF 65 on event days abroad.</p></aside>
<div class="foot">ISMF · Maison du Sport International, Lausanne · hr@ismf.example · Equal opportunities employer</div>
</div></body></html>
"""
    open(os.path.join(ROOT, n["key"] + "-ismf.html"), "w", encoding="utf-8").write(html)


if __name__ == "__main__":
    iaf()
    ismf()
