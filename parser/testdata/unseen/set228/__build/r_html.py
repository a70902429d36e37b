"""HTML notices: IAU and FEI (printed by Chromium, HTML kept beside the PDF),
Isles of Scilly, World Rowing and Monnaie de Paris (WeasyPrint, sources in src/)."""
import os
import subprocess
from html import escape as e

from data import N, ROOT, HERE

SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)


def li(items, tag="ul", cls=""):
    c = f' class="{cls}"' if cls else ""
    return f"<{tag}{c}>" + "".join(f"<li>{e(i)}</li>" for i in items) + f"</{tag}>"


def comps(lst, sep=": "):
    return "<ul class=\"comp\">" + "".join(
        f"<li><b>{e(c['name'])}{e(sep.rstrip())}</b> {e(c['description'])}</li>" for c in lst) + "</ul>"


# ------------------------------------------------------------------ IAU, EN | FR side by side
def iau():
    n = N["iau"]
    t, o, l, s = n["title"], n["organisation"], n["location"], n["schedule"]

    def row(en, fr, cls=""):
        return f'<tr class="{cls}"><td class="en">{en}</td><td class="fr">{fr}</td></tr>'

    facts_en = [("Vacancy notice", n["reference"]), ("Organization", o["en"]), ("Unit", "General Secretariat"),
                ("Duty station", l["en"]), ("Working time", s["en"]),
                ("Contract", "Fixed-term, two years, renewable"),
                ("Salary", "EUR 3,650 gross per month, paid twelve times a year"),
                ("Date of issue", "4 September 2036"), ("Closing date", "9 October 2036 (23:59, Paris time)")]
    facts_fr = [("Avis de vacance", n["reference"]), ("Organisation", o["fr"]), ("Unité", "Secrétariat général"),
                ("Lieu d'affectation", l["fr"]), ("Temps de travail", s["fr"]),
                ("Contrat", "Durée déterminée de deux ans, renouvelable"),
                ("Rémunération", "3 650 EUR bruts par mois, versés douze fois par an"),
                ("Date de publication", "4 septembre 2036"),
                ("Date de clôture", "9 octobre 2036 (23 h 59, heure de Paris)")]

    def facts(rows, fr=False):
        sep = " :" if fr else ":"
        return "<table class=\"facts\">" + "".join(
            f"<tr><th>{e(a)}{sep}</th><td>{e(b)}</td></tr>" for a, b in rows) + "</table>"

    body = f"""<div class="letterhead"><span class="en">INTERNATIONAL ASTRONOMICAL UNION</span>
<span class="star">&#10022;</span><span class="fr">UNION ASTRONOMIQUE INTERNATIONALE</span></div>
<table class="bi">
{row('<div class="band">VACANCY NOTICE</div>', '<div class="band">AVIS DE VACANCE DE POSTE</div>', 'b')}
{row('<h1>' + e(t['en']) + '</h1>', '<h1>' + e(t['fr']) + '</h1>')}
{row(facts(facts_en), facts(facts_fr, True))}
{row('<h2>The Union</h2><p>Founded in 1919, the Union brings together professional astronomers from its National Members and Individual Members. Its small General Secretariat in Paris prepares the meetings of the Executive Committee, supports the Divisions and Commissions and organises the General Assembly held every three years.</p>',
     '<h2>L’Union</h2><p>Fondée en 1919, l’Union rassemble des astronomes professionnels au titre de ses Membres nationaux et de ses Membres individuels. Son petit Secrétariat général, à Paris, prépare les réunions du Comité exécutif, appuie les Divisions et les Commissions et organise l’Assemblée générale qui se tient tous les trois ans.</p>')}
{row('<h2>Main duties</h2><ol><li>Manage the diary, travel and correspondence of the General Secretary.</li><li>Prepare the papers and minutes of the Executive Committee and Officers’ meetings.</li><li>Coordinate the registration and logistics of the next General Assembly with the local organisers.</li><li>Keep the membership database and the archive of resolutions up to date.</li><li>Draft routine letters in English and French and check translations.</li></ol>',
     '<h2>Fonctions principales</h2><ol><li>Gérer l’agenda, les déplacements et la correspondance du Secrétaire général.</li><li>Préparer les documents et les procès-verbaux des réunions du Comité exécutif et du Bureau.</li><li>Coordonner les inscriptions et la logistique de la prochaine Assemblée générale avec les organisateurs locaux.</li><li>Tenir à jour la base des membres et les archives des résolutions.</li><li>Rédiger le courrier courant en anglais et en français et relire les traductions.</li></ol>')}
{row('<h2>Requirements</h2>' + li(n['essential']['en']), '<h2>Exigences</h2>' + li(n['essential']['fr']))}
{row('<h2>Assets</h2>' + li(n['desirable']['en']), '<h2>Atouts</h2>' + li(n['desirable']['fr']))}
{row('<h2>Competencies</h2>' + comps(n['competencies']['en']), '<h2>Compétences</h2>' + comps(n['competencies']['fr'], ' : '))}
{row('<h2>Conditions</h2><p>The post is governed by French labour law and the Union’s staff rules. The selected candidate is expected to start on 4 January 2037. Interviews will take place in Paris or by video in the week of 26 October 2036.</p>',
     '<h2>Conditions</h2><p>Le poste relève du droit du travail français et du règlement du personnel de l’Union. La prise de fonctions est prévue le 4 janvier 2037. Les entretiens auront lieu à Paris ou par visioconférence la semaine du 26 octobre 2036.</p>')}
{row('<h2>How to apply</h2><p>Send a CV and a cover letter in English or French, quoting ' + n['reference'] + ', to recruitment@iau-secretariat.example.</p>',
     '<h2>Candidature</h2><p>Adresser un CV et une lettre de motivation en anglais ou en français, en rappelant la référence ' + n['reference'] + ', à recruitment@iau-secretariat.example.</p>')}
</table>
<div class="foot">IAU – UAI · 98bis, boulevard Arago, 75014 Paris · {n['reference']}</div>"""
    css = """@page { size: A4; margin: 14mm 12mm 16mm 12mm; }
body { font-family: 'Liberation Serif', serif; font-size: 9.6pt; color: #111; }
.letterhead { display: flex; justify-content: space-between; border-bottom: 2px solid #1b2a52; padding-bottom: 4px;
  font: bold 9pt 'Liberation Sans', sans-serif; color: #1b2a52; }
table.bi { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.bi > tbody > tr > td { vertical-align: top; width: 50%; padding: 3px 8px; }
table.bi tr { break-inside: avoid; }
td.en { border-right: 1px solid #9aa6c4; }
.band { background: #1b2a52; color: #fff; font: bold 10pt 'Liberation Sans', sans-serif; padding: 4px 6px; letter-spacing: 1px; }
h1 { font: bold 13pt 'Liberation Sans', sans-serif; color: #1b2a52; margin: 6px 0; }
h2 { font: bold 10pt 'Liberation Sans', sans-serif; color: #1b2a52; margin: 4px 0 2px; }
table.facts { width: 100%; background: #eef1f8; border-collapse: collapse; font-size: 8.8pt; }
table.facts th { text-align: left; width: 38%; padding: 2px 4px; }
table.facts td { padding: 2px 4px; }
ul, ol { margin: 2px 0 2px 14px; padding: 0; }
.foot { margin-top: 8px; border-top: 1px solid #1b2a52; font: 8pt 'Liberation Sans', sans-serif; color: #444; }"""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(n['reference'])} – {e(t['en'])} / {e(t['fr'])}</title>
<style>{css}</style></head><body>{body}</body></html>
"""


# ------------------------------------------------------------------ FEI, brochure with bands, EN then FR
def fei():
    n = N["fei"]
    t, o, l, s = n["title"], n["organisation"], n["location"], n["schedule"]

    def grid(rows):
        return '<div class="grid">' + "".join(
            f'<div class="cell"><div class="lab">{e(a)}</div><div class="val">{e(b)}</div></div>' for a, b in rows) + "</div>"
    en_grid = [("Reference", n["reference"]), ("Organisation", o["en"]), ("Location", l["en"]),
               ("Working time", s["en"]), ("Contract", "Permanent"),
               ("Salary", "CHF 92,000 – 104,000 a year"), ("Published", "16 September 2036"),
               ("Apply by", "14 October 2036"), ("Start", "1 February 2037")]
    fr_grid = [("Référence", n["reference"]), ("Organisation", o["fr"]), ("Lieu", l["fr"]),
               ("Temps de travail", s["fr"]), ("Contrat", "Durée indéterminée"),
               ("Salaire", "92 000 à 104 000 CHF par an"), ("Publication", "16 septembre 2036"),
               ("Candidatures jusqu'au", "14 octobre 2036"), ("Entrée en fonction", "1er février 2037")]
    c_en = "".join(f"<p><b>{e(c['name'])}:</b> {e(c['description'])}</p>" for c in n["competencies"]["en"])
    c_fr = "".join(f"<p><b>{e(c['name'])} :</b> {e(c['description'])}</p>" for c in n["competencies"]["fr"])
    body = f"""<header class="mast"><div class="logo">FEI</div><div class="tag">Careers · Carrières</div></header>
<section class="title"><div class="kick">Join our team</div><h1>{e(t['en'])}</h1></section>
{grid(en_grid)}
<section class="band w"><h2>About us</h2><p>The FEI is the world governing body for equestrian sport, recognised by the International Olympic Committee. From its headquarters in Lausanne it writes the rules for seven disciplines and looks after the health and welfare of the horses that compete under them.</p></section>
<section class="band g"><h2>The role</h2>{li(["Run the veterinary programmes for international events, from approval of officials to post-event reports.", "Keep the equine health and biosecurity rules up to date with the Veterinary Committee.", "Answer questions from National Federations, officials and organisers within agreed times.", "Analyse injury and treatment data and prepare summaries for the annual welfare report."], cls="sq")}</section>
<section class="band w"><h2>What you'll bring</h2>{li(n['essential']['en'], cls="sq")}</section>
<section class="band g"><h2>Nice to have</h2>{li(n['desirable']['en'], cls="sq")}</section>
<section class="band w"><h2>How we work</h2>{c_en}</section>
<section class="apply"><h2>Apply</h2><p>Send your CV and a short letter through our careers portal by 14 October 2036, quoting {n['reference']}. First interviews are planned for early November.</p></section>
<div class="strip">VERSION FRANÇAISE</div>
<section class="title"><div class="kick">Rejoignez-nous</div><h1>{e(t['fr'])}</h1></section>
{grid(fr_grid)}
<section class="band w"><h2>Qui sommes-nous</h2><p>La FEI est l’instance mondiale des sports équestres, reconnue par le Comité international olympique. Depuis son siège de Lausanne, elle fixe les règles de sept disciplines et veille à la santé et au bien-être des chevaux qui y concourent.</p></section>
<section class="band g"><h2>Le poste</h2>{li(["Piloter les programmes vétérinaires des événements internationaux, de l’agrément des officiels aux rapports d’après-course.", "Tenir à jour, avec la Commission vétérinaire, les règles de santé équine et de biosécurité.", "Répondre aux fédérations nationales, aux officiels et aux organisateurs dans les délais convenus.", "Analyser les données de blessures et de traitements et préparer des synthèses pour le rapport annuel sur le bien-être."], cls="sq")}</section>
<section class="band w"><h2>Votre profil</h2>{li(n['essential']['fr'], cls="sq")}</section>
<section class="band g"><h2>Un plus</h2>{li(n['desirable']['fr'], cls="sq")}</section>
<section class="band w"><h2>Notre façon de travailler</h2>{c_fr}</section>
<section class="apply"><h2>Postuler</h2><p>Envoyez votre CV et une courte lettre via notre portail carrières avant le 14 octobre 2036, en indiquant la référence {n['reference']}. Les premiers entretiens sont prévus début novembre.</p></section>
<footer class="foot">Fédération Equestre Internationale · HM King Hussein I Building · Chemin de la Joliette 8 · 1006 Lausanne · Share: LinkedIn · X · E-mail</footer>"""
    css = """@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #222; }
.mast { background: #00315c; color: #fff; padding: 14px 28px; display: flex; justify-content: space-between; align-items: center; }
.logo { font: bold 26pt 'Liberation Serif', serif; letter-spacing: 3px; }
.tag { font-size: 9pt; text-transform: uppercase; letter-spacing: 2px; }
.title { background: #c8a24a; color: #00315c; padding: 10px 28px; }
.kick { text-transform: uppercase; letter-spacing: 2px; font-size: 8.5pt; }
h1 { margin: 4px 0 0; font-size: 18pt; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6px 16px; background: #e9eef4; padding: 10px 28px; }
.lab { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 1px; color: #00315c; font-weight: bold; }
.val { font-size: 9.5pt; }
.band { padding: 8px 28px; break-inside: avoid; }
.band.g { background: #f1f1f1; }
h2 { color: #00315c; font-size: 12pt; margin: 2px 0 4px; }
ul.sq { list-style: square; margin: 0 0 0 16px; padding: 0; }
ul.sq li::marker { color: #c8a24a; }
.apply { background: #c8a24a; color: #00315c; padding: 8px 28px; break-inside: avoid; }
.strip { background: #00315c; color: #fff; padding: 6px 28px; letter-spacing: 3px; font-weight: bold; break-before: page; }
.foot { background: #00315c; color: #fff; font-size: 8pt; padding: 10px 28px; }"""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(t['en'])} | FEI Careers</title>
<style>{css}</style></head><body>{body}</body></html>
"""


# ------------------------------------------------------------------ Isles of Scilly, cover page
def scilly():
    n = N["scilly"]
    facts = [("Post", n["title"]["en"]), ("Reference", n["reference"]), ("Employer", n["organisation"]["en"]),
             ("Service", "Infrastructure and Planning – Waste Services"), ("Location", n["location"]["en"]),
             ("Grade", "G"), ("Salary", "£32,076 – £34,314 per annum"), ("Hours", n["schedule"]["en"]),
             ("Contract", "Permanent"), ("Closing date", "16 October 2036 (midnight)"),
             ("Interviews", "29 October 2036, on St Mary's (travel paid)")]
    ftab = "<table class=\"facts\">" + "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in facts) + "</table>"
    beh = "".join(f"<p><b>{e(c['name'])}:</b> {e(c['description'])}</p>" for c in n["competencies"]["en"])
    body = f"""<section class="cover">
<div class="kicker">COUNCIL OF THE ISLES OF SCILLY</div>
<div class="pack">Candidate Information Pack</div>
<div class="ctitle">{e(n['title']['en'])}</div>
<div class="cref">Reference {n['reference']}</div>
<div class="cclose">Closing date: Thursday 16 October 2036</div>
<div class="cnote">Published 22 September 2036 · Town Hall, The Parade, St Mary's TR21 0LW</div>
</section>
<section class="body">
<h2>The post at a glance</h2>
{ftab}
<h2>About the islands</h2>
<p>Five inhabited islands, some 2,200 residents and a busy visitor season make Scilly an unusual place to run public services. The Council is a small unitary authority that also looks after the airport, the fire and rescue service and the islands’ waste, all of which depend on boats, weather and careful planning.</p>
<h2>About the role</h2>
<p>You will lead the crew at the Moorwell site and on the collection rounds, keep materials moving off the islands by freight and make sure the site meets its permit conditions every day of the year.</p>
<h2>Main duties</h2>
<ol><li>Plan daily collections on St Mary’s and the off-island transfers with the boatmen.</li>
<li>Supervise a team of eight operatives, including rotas, training and absence.</li>
<li>Keep duty-of-care, permit and tonnage records accurate and ready for inspection.</li>
<li>Arrange the maintenance of vehicles, the baler and the shredder with the fleet workshop.</li>
<li>Deal with residents’ and businesses’ enquiries and complaints in a fair and timely way.</li></ol>
<h2>Person specification</h2>
<h3>Essential</h3>
{li(n['essential']['en'])}
<h3>Desirable</h3>
{li(n['desirable']['en'])}
<h2>Our behaviours</h2>
{beh}
<h2>What we offer</h2>
<p>Local Government Pension Scheme membership, 26 days’ annual leave rising with service, and a relocation package of up to £6,500 for a move to the islands.</p>
<h2>How to apply</h2>
<p>Complete the online application form, quoting {n['reference']}, by midnight on 16 October 2036. For an informal chat, contact the Waste Services Manager at waste.recruitment@scilly-council.example.</p>
</section>"""
    css = """@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "Council of the Isles of Scilly"; font: 8pt 'Liberation Sans', sans-serif; color: #0b5563; }
  @top-right { content: "Candidate Information Pack · CIOS/ENV/2036/088"; font: 8pt 'Liberation Sans', sans-serif; color: #0b5563; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans', sans-serif; } }
@page :first { margin: 0; @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #1d1d1d; }
.cover { height: 297mm; background: #0b5563; color: #fff; padding: 70mm 22mm 0; box-sizing: border-box; break-after: page; }
.kicker { letter-spacing: 4px; font-size: 10pt; }
.pack { margin-top: 18mm; font-size: 14pt; color: #f4d35e; }
.ctitle { font-size: 28pt; font-weight: bold; margin-top: 6mm; }
.cref { margin-top: 10mm; font-size: 12pt; }
.cclose { margin-top: 3mm; font-size: 12pt; font-weight: bold; }
.cnote { margin-top: 40mm; font-size: 9pt; }
h2 { color: #0b5563; font-size: 13pt; border-bottom: 1px solid #0b5563; margin: 14px 0 6px; }
h3 { font-size: 10.5pt; margin: 8px 0 2px; }
table.facts { border-collapse: collapse; width: 100%; }
table.facts th, table.facts td { border: 1px solid #9bbcc2; padding: 3px 6px; text-align: left; vertical-align: top; }
table.facts th { background: #e3eff1; width: 28%; }"""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(n['title']['en'])}</title>
<style>{css}</style></head><body>{body}</body></html>
"""


# ------------------------------------------------------------------ World Rowing, poster with sidebar
def rowing():
    n = N["rowing"]
    side = [("Reference", n["reference"]), ("Employer", n["organisation"]["en"]), ("Location", n["location"]["en"]),
            ("Working time", n["schedule"]["en"]), ("Contract", "Permanent"),
            ("Salary", "CHF 86,000 – 97,000 per year (gross, paid in 13 instalments)"),
            ("Start", "1 January 2037"), ("Interviews", "20–22 October 2036"), ("Closing date", "7 October 2036")]
    dl = "<dl>" + "".join(f"<dt>{e(a)}</dt><dd>{e(b)}</dd>" for a, b in side) + "</dl>"
    body = f"""<div class="banner"><div class="kick">WORLD ROWING · WE ARE HIRING</div><h1>{e(n['title']['en'])}</h1></div>
<aside>{dl}</aside>
<main>
<h2>About us</h2>
<p>World Rowing governs the sport of rowing across the globe, from the Olympic and Paralympic regattas to coastal and indoor events. Our team in Lausanne works with member federations, organising committees and athletes to deliver fair, safe and well-run competitions.</p>
<h2>The role</h2>
<ul><li>Prepare the entries, accreditation and race schedules for World Rowing Cups and Championships.</li>
<li>Act as the day-to-day contact of organising committees on competition services.</li>
<li>Coordinate umpire travel and technical officials’ briefings with the Sport Department.</li>
<li>Write the post-event reports and keep the manuals for organisers current.</li></ul>
<h2>You bring</h2>
{li(n['essential']['en'])}
<h2>A plus</h2>
{li(n['desirable']['en'])}
<div class="apply"><b>How to apply.</b> Send your CV and a one-page letter in English, quoting {n['reference']}, to jobs@worldrowing-hq.example by 7 October 2036. We reply to every applicant.</div>
</main>
<div class="foot">World Rowing · Maison du Sport International · Avenue de Rhodanie 54 · 1007 Lausanne</div>"""
    css = """@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #17202a; }
.banner { background: #0a3d62; color: #fff; padding: 16mm 14mm 8mm; }
.kick { letter-spacing: 4px; font-size: 9pt; color: #7fd3ff; }
h1 { font-size: 24pt; margin: 4mm 0 0; }
aside { float: right; width: 62mm; background: #dff2fb; margin: 8mm 10mm 0 6mm; padding: 5mm; }
dt { text-transform: uppercase; letter-spacing: 2px; font-size: 7.5pt; color: #0a3d62; font-weight: bold; margin-top: 3mm; }
dd { margin: 0; font-size: 9.5pt; }
main { margin: 8mm 14mm 0 14mm; }
h2 { font-size: 12pt; color: #0a3d62; border-left: 4px solid #ff7f11; padding-left: 3mm; margin: 5mm 0 2mm; }
ul { margin: 0 0 0 5mm; padding: 0; }
.apply { background: #fff0e0; border: 1px solid #ff7f11; padding: 4mm; margin-top: 6mm; }
.foot { clear: both; margin-top: 10mm; background: #0a3d62; color: #fff; font-size: 8pt; padding: 4mm 14mm; }"""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(n['title']['en'])}</title>
<style>{css}</style></head><body>{body}</body></html>
"""


# ------------------------------------------------------------------ Monnaie de Paris, landscape in columns
def monnaie():
    n = N["monnaie"]
    facts = [("Référence", n["reference"]), ("Employeur", n["organisation"]["fr"]), ("Lieu", n["location"]["fr"]),
             ("Contrat", "CDI"), ("Horaires", n["schedule"]["fr"]),
             ("Rémunération", "27 500 € à 31 000 € bruts annuels, selon expérience"),
             ("Publication", "29/09/2036"), ("Date limite", "27/10/2036")]
    fb = "<div class=\"facts\">" + "".join(f"<p><b>{e(a)} :</b> {e(b)}</p>" for a, b in facts) + "</div>"
    se = "".join(f"<p><b>{e(c['name'])} :</b> {e(c['description'])}</p>" for c in n["competencies"]["fr"])
    body = f"""<header><span class="mark">MONNAIE DE PARIS</span><span class="since">Offre d’emploi · Établissement de Pessac</span></header>
<div class="cols">
<div class="blk"><h1>{e(n['title']['fr'])}</h1>{fb}</div>
<div class="blk"><h2>Le contexte</h2><p>Sur son site industriel de Pessac, la Monnaie de Paris frappe les euros courants de la France et des monnaies pour de nombreux pays. L’atelier de frappe fonctionne en équipes et recherche un ou une conductrice de presses pour renforcer l’équipe de l’après-midi.</p></div>
<div class="blk"><h2>Vos missions</h2><ul><li>Régler et conduire les presses à partir des ordres de fabrication ;</li><li>Contrôler visuellement et par prélèvement la qualité des pièces frappées ;</li><li>Changer les coins et assurer la maintenance de premier niveau ;</li><li>Renseigner les documents de traçabilité et de comptage des lots ;</li><li>Signaler toute anomalie au chef d’équipe.</li></ul></div>
<div class="blk"><h2>Votre profil</h2>{li(n['essential']['fr'])}</div>
<div class="blk"><h2>Les plus</h2>{li(n['desirable']['fr'])}</div>
<div class="blk"><h2>Savoir-être</h2>{se}</div>
<div class="blk"><h2>Nous offrons</h2><p>Treizième mois, prime d’équipe, intéressement, restaurant d’entreprise et comité social et économique. Des tests techniques auront lieu à partir du 16/11/2036.</p></div>
<div class="blk"><h2>Candidater</h2><p>CV et lettre à recrutement.pessac@monnaie-recrutement.example avant le 27/10/2036, en rappelant la référence {n['reference']}.</p></div>
<div class="blk foot">Monnaie de Paris – Établissement monétaire de Pessac · avenue du Général-Leclerc · 33600 Pessac</div>
</div>"""
    css = """@page { size: A4 landscape; margin: 10mm 12mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #222; }
header { border-bottom: 3px solid #b08d3c; padding-bottom: 3mm; margin-bottom: 4mm; display: flex; justify-content: space-between; }
.mark { font: bold 16pt 'Liberation Serif', serif; letter-spacing: 3px; color: #1e2b3c; }
.since { font-size: 8pt; color: #6b5a2a; align-self: flex-end; }
.cols { column-count: 3; column-gap: 8mm; column-rule: 1px solid #d8cba6; }
.blk { break-inside: avoid; margin-bottom: 3mm; }
h1 { font-size: 13pt; color: #1e2b3c; margin: 0 0 2mm; }
h2 { font-size: 9.5pt; text-transform: uppercase; color: #b08d3c; margin: 0 0 1mm; }
.facts { background: #f6f1e4; border-left: 3px solid #b08d3c; padding: 2mm 3mm; }
.facts p { margin: 0.6mm 0; }
ul { margin: 0 0 0 4mm; padding: 0; }
p { margin: 1mm 0; }
.foot { font-size: 7.5pt; color: #555; border-top: 1px solid #b08d3c; padding-top: 2mm; }"""
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{e(n['title']['fr'])}</title>
<style>{css}</style></head><body>{body}</body></html>
"""


def chromium(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", html_path], check=True, capture_output=True)


def weasy(html_path, pdf_path):
    subprocess.run(["weasyprint", html_path, pdf_path], check=True, capture_output=True)


def main():
    out = {}
    for name, fn, stem in [("iau", iau, "iau-gs-2036-04-iau"), ("fei", fei, "fei-hr-2036-11-fei")]:
        h = os.path.join(ROOT, stem + ".html")
        open(h, "w", encoding="utf-8").write(fn())
        chromium(h, os.path.join(ROOT, stem + ".chromium.pdf"))
        out[name] = stem + ".chromium.pdf"
    for name, fn, stem in [("scilly", scilly, "cios-env-2036-088-scilly"),
                           ("rowing", rowing, "wr-hr-2036-07-worldrowing"),
                           ("monnaie", monnaie, "mdp-pes-2036-029-monnaiedeparis")]:
        h = os.path.join(SRC, stem + ".html")
        open(h, "w", encoding="utf-8").write(fn())
        weasy(h, os.path.join(ROOT, stem + ".weasyprint.pdf"))
        out[name] = stem + ".weasyprint.pdf"
    print(out)


if __name__ == "__main__":
    main()
