# -*- coding: utf-8 -*-
"""HTML sources: Chromium pages (IDF, ITTF) at the set's top level; WeasyPrint pages (EFS, IRU, Pont du Gard) in src/."""
import os, html
from data import N
B = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.join(B, "..")
SRC = os.path.join(B, "src")
e = html.escape

def lis(items):
    return "".join(f"<li>{e(x)}</li>" for x in items)

def comps(cs, sep=":"):
    out = []
    for c in cs:
        if c["description"]:
            out.append(f"<li><b>{e(c['name'])}{' ' if sep==' :' else ''}:</b> {e(c['description'])}</li>")
        else:
            out.append(f"<li>{e(c['name'])}</li>")
    return "".join(out)

# ---------------------------------------------------------------- 1. IDF side by side (Chromium)
def idf():
    d = N["idf-vn-2039-07"]; R = d["requirements"]; C = d["competencies"]
    rows = [
      ("<div class=band>VACANCY NOTICE</div>", "<div class=band>AVIS DE VACANCE</div>"),
      (f"<p class=vn>Vacancy notice No. {e(d['reference'])}</p><h1>{e(d['title']['en'])}</h1>",
       f"<p class=vn>Avis de vacance n° {e(d['reference'])}</p><h1>{e(d['title']['fr'])}</h1>"),
      (f"""<table class=facts>
<tr><th>Organisation:</th><td>{e(d['organisation']['en'])}</td></tr>
<tr><th>Duty station:</th><td>{e(d['location']['en'])}</td></tr>
<tr><th>Contract:</th><td>Fixed term, three years, renewable</td></tr>
<tr><th>Working time:</th><td>{e(d['schedule']['en'])}</td></tr>
<tr><th>Salary:</th><td>EUR 5,200 – 5,900 gross per month, depending on experience</td></tr>
<tr><th>Published:</th><td>4 August 2039</td></tr>
<tr><th>Closing date:</th><td>1 September 2039, 23:59 Brussels time</td></tr>
<tr><th>Expected start:</th><td>1 November 2039</td></tr></table>""",
       f"""<table class=facts>
<tr><th>Organisation :</th><td>{e(d['organisation']['fr'])}</td></tr>
<tr><th>Lieu d'affectation :</th><td>{e(d['location']['fr'])}</td></tr>
<tr><th>Contrat :</th><td>Durée déterminée de trois ans, renouvelable</td></tr>
<tr><th>Temps de travail :</th><td>{e(d['schedule']['fr'])}</td></tr>
<tr><th>Salaire :</th><td>5 200 à 5 900 EUR bruts par mois selon l'expérience</td></tr>
<tr><th>Publication :</th><td>4 août 2039</td></tr>
<tr><th>Date limite :</th><td>1er septembre 2039, 23 h 59 (heure de Bruxelles)</td></tr>
<tr><th>Entrée en fonction :</th><td>1er novembre 2039</td></tr></table>"""),
      ("""<h2>About us</h2><p>Since 1903 the Federation has brought together national dairy committees to agree on
science-based guidance for the whole dairy chain. Its small secretariat coordinates some forty standing committees
and publishes methods of analysis jointly with international standards bodies.</p>""",
       """<h2>Qui sommes-nous ?</h2><p>Depuis 1903, la Fédération réunit les comités laitiers nationaux pour dégager
des orientations scientifiques utiles à toute la filière. Son petit secrétariat coordonne une quarantaine de comités
permanents et publie des méthodes d'analyse avec les organismes internationaux de normalisation.</p>"""),
      ("""<h2>Main duties</h2><ol>
<li>Run the work programme on methods of analysis and sampling, from the first proposal to publication.</li>
<li>Prepare agendas, working drafts and reports for the joint expert groups.</li>
<li>Organise interlaboratory trials with member laboratories and track their results.</li>
<li>Represent the Federation in meetings of partner standards bodies.</li>
<li>Keep the online catalogue of methods and their revision dates up to date.</li></ol>""",
       """<h2>Principales tâches</h2><ol>
<li>Conduire le programme de travail sur les méthodes d'analyse et d'échantillonnage, de la proposition à la publication.</li>
<li>Préparer les ordres du jour, les projets de travail et les rapports des groupes d'experts conjoints.</li>
<li>Organiser les essais interlaboratoires avec les laboratoires membres et en suivre les résultats.</li>
<li>Représenter la Fédération aux réunions des organismes de normalisation partenaires.</li>
<li>Tenir à jour le catalogue en ligne des méthodes et de leurs dates de révision.</li></ol>"""),
      (f"<h2>Requirements</h2><ul>{lis(R['en']['essential'])}</ul><h2>Assets</h2><ul>{lis(R['en']['desirable'])}</ul>",
       f"<h2>Exigences</h2><ul>{lis(R['fr']['essential'])}</ul><h2>Atouts</h2><ul>{lis(R['fr']['desirable'])}</ul>"),
      ("<h2>Competencies</h2><ul class=c>" + "".join(f"<li><b>{e(c['name'])}:</b> {e(c['description'])}</li>" for c in C['en']) + "</ul>",
       "<h2>Compétences</h2><ul class=c>" + "".join(f"<li><b>{e(c['name'])} :</b> {e(c['description'])}</li>" for c in C['fr']) + "</ul>"),
      ("""<h2>How to apply</h2><p>Send a CV and a cover letter in English, quoting the vacancy notice number, to
recruitment@dairy-federation.example. Only shortlisted candidates will be contacted; interviews are planned for
the week of 19 September 2039.</p>""",
       """<h2>Candidature</h2><p>Adressez un CV et une lettre de motivation en anglais, en rappelant le numéro de
l'avis de vacance, à recruitment@dairy-federation.example. Seules les personnes présélectionnées seront contactées ;
les entretiens sont prévus la semaine du 19 septembre 2039.</p>"""),
    ]
    body = "".join(f"<tr><td class=en>{a}</td><td class=fr>{b}</td></tr>" for a, b in rows)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(d['reference'])} – {e(d['title']['en'])}</title>
<style>
@page {{ size: A4; margin: 14mm 13mm 16mm 13mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt; color: #1d2a33; margin: 0; }}
.lh {{ display: flex; justify-content: space-between; border-bottom: 3px solid #2b6ca3; padding-bottom: 5px; }}
.lh .n {{ font-weight: bold; color: #2b6ca3; font-size: 11pt; letter-spacing: .04em; }}
.lh .a {{ font-size: 8pt; color: #555; text-align: right; }}
table.main {{ width: 100%; border-collapse: collapse; margin-top: 6px; }}
table.main > tbody > tr {{ break-inside: avoid; }}
table.main td.en, table.main td.fr {{ width: 50%; vertical-align: top; padding: 3px 9px; }}
table.main td.en {{ border-right: 1px solid #b9cde0; }}
.band {{ background: #2b6ca3; color: #fff; font-weight: bold; padding: 4px 8px; letter-spacing: .1em; }}
.vn {{ font-style: italic; margin: 4px 0 0; }}
h1 {{ font-size: 13pt; margin: 3px 0 5px; color: #123; }}
h2 {{ font-size: 10pt; color: #2b6ca3; margin: 6px 0 2px; border-bottom: 1px solid #d5e2ee; }}
table.facts {{ width: 100%; border-collapse: collapse; background: #eef4f9; }}
table.facts th {{ text-align: left; font-weight: bold; width: 38%; padding: 2px 4px; vertical-align: top; }}
table.facts td {{ padding: 2px 4px; }}
ul, ol {{ margin: 2px 0 2px 16px; padding: 0; }} li {{ margin: 1px 0; }}
.foot {{ font-size: 7.5pt; color: #666; border-top: 1px solid #ccc; margin-top: 8px; padding-top: 3px; text-align: center; }}
</style></head><body>
<div class=lh><div class=n>INTERNATIONAL DAIRY FEDERATION<br>FÉDÉRATION INTERNATIONALE DU LAIT</div>
<div class=a>Rue des Crémiers 41, 1040 Brussels / Bruxelles<br>www.dairy-federation.example</div></div>
<table class=main><tbody>{body}</tbody></table>
<div class=foot>IDF/VN/2039/07 · The English and French versions are equally authentic · Les versions anglaise et française font également foi</div>
</body></html>"""
    open(os.path.join(TOP, "idf-vn-2039-07-dairyfederation.html"), "w", encoding="utf-8").write(page)

# ---------------------------------------------------------------- 8. ITTF poster with sidebar (Chromium)
def ittf():
    d = N["ittf-hr-2039-09"]; R = d["requirements"]["en"]; C = d["competencies"]["en"]
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(d['title']['en'])} | ITTF Careers</title>
<style>
@page {{ size: A4; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #14202b; width: 210mm; height: 296mm;
  display: grid; grid-template-columns: 62mm 1fr; grid-template-rows: auto 1fr auto; }}
header {{ grid-column: 1 / 3; background: #0a2a66; color: #fff; padding: 9mm 12mm 6mm; }}
header .kick {{ letter-spacing: .35em; font-size: 8pt; color: #ffcc00; }}
header h1 {{ font-size: 20pt; margin: 3mm 0 1mm; line-height: 1.15; }}
header .sub {{ font-size: 10pt; }}
aside {{ background: #e30613; color: #fff; padding: 8mm 6mm; }}
aside dl {{ margin: 0; }}
aside dt {{ font-size: 7pt; letter-spacing: .2em; text-transform: uppercase; color: #ffd9db; margin-top: 4mm; }}
aside dd {{ margin: 1mm 0 0; font-weight: bold; font-size: 9.5pt; }}
aside .q {{ margin-top: 8mm; font-style: italic; font-size: 8.5pt; border-top: 1px solid #ff8a92; padding-top: 3mm; }}
main {{ padding: 7mm 11mm 4mm 9mm; }}
main h2 {{ font-size: 10.5pt; color: #0a2a66; margin: 4mm 0 1mm; text-transform: uppercase; letter-spacing: .08em; }}
main p {{ margin: 1mm 0; line-height: 1.35; }}
main ul {{ margin: 1mm 0 1mm 5mm; padding: 0; }} main li {{ margin: .7mm 0; }}
.apply {{ background: #fff4c2; border-left: 4px solid #ffcc00; padding: 3mm 4mm; margin-top: 4mm; }}
footer {{ grid-column: 1 / 3; background: #0a2a66; color: #c9d6ee; font-size: 7.5pt; padding: 3mm 12mm; }}
</style></head><body>
<header><div class=kick>ITTF · CAREERS · JOIN THE TEAM</div>
<h1>{e(d['title']['en'])}</h1><div class=sub>Sport Department – Para Table Tennis</div></header>
<aside><dl>
<dt>Reference</dt><dd>{e(d['reference'])}</dd>
<dt>Employer</dt><dd>{e(d['organisation']['en'])}</dd>
<dt>Location</dt><dd>{e(d['location']['en'])}</dd>
<dt>Workload</dt><dd>{e(d['schedule']['en'])}</dd>
<dt>Contract</dt><dd>Permanent</dd>
<dt>Salary</dt><dd>CHF 88,000 – 98,000 per year</dd>
<dt>Start date</dt><dd>1 January 2040</dd>
<dt>Closing date</dt><dd>19 September 2039</dd>
</dl><div class=q>Travel allowance of CHF 600 per event day on top of salary. Meals and lodging at events are covered.</div></aside>
<main>
<h2>The role</h2>
<p>Our classification team makes sure that every para athlete competes in the right sport class. As coordinator you
plan classification panels at world and continental events, keep the athlete master list accurate and prepare the
rule changes that the Para Committee discusses each year.</p>
<h2>What you will do</h2>
<ul><li>Schedule and brief international classifiers before each event.</li>
<li>Handle protests and reviews of sport class within the published deadlines.</li>
<li>Maintain the classification database and publish the master list every month.</li>
<li>Design training courses for new classifiers with the education team.</li>
<li>Support national federations that want to hold their first classification session.</li></ul>
<h2>What you need</h2><ul>{lis(R['essential'])}</ul>
<h2>Nice to have</h2><ul>{lis(R['desirable'])}</ul>
<h2>Who you are</h2><ul>{''.join(f'<li>{e(c["name"])}</li>' for c in C)}</ul>
<div class=apply><b>How to apply.</b> Upload your CV and a one-page letter on the ITTF careers portal, quoting
{e(d['reference'])}, no later than 19 September 2039. Interviews take place in Lausanne on 3 and 4 October 2039.</div>
</main>
<footer>International Table Tennis Federation · Avenue de la Balle 5, 1007 Lausanne · careers@ittf-hq.example · We welcome applications from people with disabilities.</footer>
</body></html>"""
    open(os.path.join(TOP, "ittf-hr-2039-09-ittf.html"), "w", encoding="utf-8").write(page)

# ---------------------------------------------------------------- 4. EFS form with boxes (WeasyPrint)
def efs():
    d = N["efs-bfc-2039-0318"]; R = d["requirements"]["fr"]; C = d["competencies"]["fr"]
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {e(d['reference'])}</title>
<style>
@page {{ size: A4; margin: 12mm 12mm 16mm;
  @bottom-left {{ content: "EFS Bourgogne-Franche-Comté · Direction des ressources humaines · Formulaire DRH-FP-12"; font-size: 7pt; color: #666; }}
  @bottom-right {{ content: "page " counter(page) " / " counter(pages); font-size: 7pt; color: #666; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #222; }}
.head {{ display: flex; border: 1.5px solid #b0002a; }}
.head .l {{ flex: 2; padding: 3mm; }} .head .r {{ flex: 1; padding: 3mm; border-left: 1.5px solid #b0002a; background: #fbeef1; }}
.head .t {{ font-size: 15pt; font-weight: bold; color: #b0002a; letter-spacing: .08em; }}
.sec {{ background: #b0002a; color: #fff; font-weight: bold; padding: 1.3mm 2mm; margin-top: 3mm; font-size: 8.8pt; }}
.row {{ display: flex; }}
.box {{ flex: 1; border: 1px solid #888; border-top: none; padding: 1.5mm 2mm; min-height: 9mm; }}
.box + .box {{ border-left: none; }}
.lab {{ font-size: 6.5pt; text-transform: uppercase; letter-spacing: .06em; color: #b0002a; display: block; margin-bottom: .8mm; }}
ul.sq {{ list-style: square; margin: .5mm 0 .5mm 4mm; padding: 0; }}
.visa {{ height: 14mm; }}
</style></head><body>
<div class=head><div class=l><div class=t>FICHE DE POSTE</div>{e(d['organisation']['fr'])} – Établissement régional Bourgogne-Franche-Comté</div>
<div class=r><span class=lab>N° de l'offre</span>{e(d['reference'])}<br><span class=lab>Émise le</span>08/08/2039</div></div>

<div class=sec>1. IDENTIFICATION DU POSTE</div>
<div class=row><div class=box><span class=lab>Intitulé du poste</span>{e(d['title']['fr'])}</div>
<div class=box><span class=lab>Métier de rattachement</span>Prélèvement – soins infirmiers</div></div>
<div class=row><div class=box><span class=lab>Employeur</span>{e(d['organisation']['fr'])}</div>
<div class=box><span class=lab>Lieu d'exercice</span>{e(d['location']['fr'])}</div></div>
<div class=row><div class=box><span class=lab>Rattachement hiérarchique</span>Cadre de santé responsable des collectes mobiles</div>
<div class=box><span class=lab>Véhicule</span>Véhicule de service et minibus de collecte</div></div>

<div class=sec>2. CONDITIONS D'EMPLOI</div>
<div class=row><div class=box><span class=lab>Type de contrat</span>☒ CDI &nbsp; ☐ CDD &nbsp; ☐ Intérim</div>
<div class=box><span class=lab>Temps de travail</span>☒ {e(d['schedule']['fr'])}<br>☐ Temps partiel (80 %)</div></div>
<div class=row><div class=box><span class=lab>Rémunération brute mensuelle</span>De 2 350 € à 2 780 € selon l'expérience, plus prime de collecte mobile</div>
<div class=box><span class=lab>Avantages</span>Restauration, mutuelle, 28 jours de congés et RTT</div></div>

<div class=sec>3. MISSIONS</div>
<div class=row><div class=box><ul class=sq>
<li>Accueillir les donneurs et vérifier leur identité et leur dossier.</li>
<li>Réaliser les prélèvements de sang total, de plasma et de plaquettes.</li>
<li>Surveiller les donneurs pendant et après le don et prendre en charge les malaises.</li>
<li>Assurer la traçabilité des poches et des échantillons jusqu'au départ du camion.</li>
<li>Participer au montage et au démontage des collectes mobiles.</li></ul></div></div>

<div class=sec>4. PROFIL RECHERCHÉ</div>
<div class=row><div class=box><span class=lab>Compétences requises</span><ul class=sq>{lis(R['essential'])}</ul></div></div>
<div class=row><div class=box><span class=lab>Compétences appréciées</span><ul class=sq>{lis(R['desirable'])}</ul></div></div>
<div class=row><div class=box><span class=lab>Savoir-être</span><ul class=sq>{''.join(f'<li>{e(c["name"])} : {e(c["description"])}</li>' for c in C)}</ul></div></div>

<div class=sec>5. CANDIDATURE</div>
<div class=row><div class=box><span class=lab>Date limite de candidature</span>07/09/2039</div>
<div class=box><span class=lab>Entretiens</span>Semaine du 19/09/2039</div>
<div class=box><span class=lab>Prise de poste</span>03/10/2039</div></div>
<div class=row><div class=box>CV et lettre de motivation à adresser à recrutement.bfc@efs-sante.example, en rappelant le numéro de l'offre.</div></div>
<div class=row><div class="box visa"><span class=lab>Visa du responsable</span></div><div class="box visa"><span class=lab>Visa DRH</span></div></div>
</body></html>"""
    open(os.path.join(SRC, "efs-bfc-2039-0318-efs.html"), "w", encoding="utf-8").write(page)

# ---------------------------------------------------------------- 9. IRU brochure (WeasyPrint)
def iru():
    d = N["iru-hr-2039-15"]; R = d["requirements"]; C = d["competencies"]
    def half(l):
        en = l == "en"
        L = (lambda a, b: a if en else b)
        facts = [(L("REFERENCE", "RÉFÉRENCE"), d["reference"]),
                 (L("ORGANISATION", "ORGANISATION"), d["organisation"][l]),
                 (L("DUTY STATION", "LIEU D'AFFECTATION"), d["location"][l]),
                 (L("WORKLOAD", "TAUX D'ACTIVITÉ"), d["schedule"][l]),
                 (L("SALARY", "SALAIRE"), L("CHF 118,000 – 132,000 per year", "CHF 118 000 à 132 000 par an")),
                 (L("PUBLISHED", "PUBLICATION"), L("22 August 2039", "22 août 2039")),
                 (L("CLOSING DATE", "DATE LIMITE"), L("21 September 2039", "21 septembre 2039")),
                 (L("START", "ENTRÉE EN FONCTION"), L("1 January 2040", "1er janvier 2040"))]
        grid = "".join(f"<div class=f><span>{e(a)}</span>{e(b)}</div>" for a, b in facts)
        return f"""
<div class=title><div class=k>{L('VACANCY', 'POSTE À POURVOIR')}</div><h1>{e(d['title'][l])}</h1></div>
<div class=grid>{grid}</div>
<div class=band><h2>{L('Who we are', 'Qui sommes-nous')}</h2><p>{L(
"Founded in Geneva in 1948, IRU speaks for bus, coach, taxi and truck operators around the world. Our Advocacy team turns the experience of member associations into proposals for governments and international bodies.",
"Fondée à Genève en 1948, l'IRU porte la voix des exploitants d'autobus, d'autocars, de taxis et de camions du monde entier. Notre équipe Plaidoyer transforme l'expérience des associations membres en propositions pour les gouvernements et les organismes internationaux.")}</p></div>
<div class="band g"><h2>{L('Your role', 'Votre rôle')}</h2><ul>
<li>{L('Lead IRU positions on professional driver training, licensing and road safety.', "Piloter les positions de l'IRU sur la formation des conducteurs professionnels, les permis et la sécurité routière.")}</li>
<li>{L('Prepare briefings for the Presidential Executive and the transport councils.', "Préparer les notes pour l'Exécutif présidentiel et les conseils des transports.")}</li>
<li>{L('Follow the work of UN bodies on road traffic and working conditions of drivers.', "Suivre les travaux des organes des Nations Unies sur la circulation routière et les conditions de travail des conducteurs.")}</li>
<li>{L('Coordinate a working group of about twenty member experts.', "Coordonner un groupe de travail d'une vingtaine d'experts des membres.")}</li></ul></div>
<div class=band><h2>{L('What you bring', 'Votre profil')}</h2><ul>{lis(R[l]['essential'])}</ul>
<h3>{L('A plus', 'Un plus')}</h3><ul>{lis(R[l]['desirable'])}</ul></div>
<div class="band g"><h2>{L('How you work', 'Votre façon de travailler')}</h2><ul>{''.join(f'<li><b>{e(c["name"])}{"" if en else " "}:</b> {e(c["description"])}</li>' for c in C[l])}</ul></div>
<div class=apply><b>{L('Apply', 'Candidature')}</b> – {L(
'Send your CV and motivation letter through the IRU careers page before 21 September 2039. Interviews will be held in Geneva in early October.',
"Envoyez votre CV et votre lettre de motivation par la page carrières de l'IRU avant le 21 septembre 2039. Les entretiens auront lieu à Genève début octobre.")}</div>"""
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>IRU vacancy {e(d['reference'])}</title>
<style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; color: #1c1c1c; }}
.mast {{ background: #00205b; color: #fff; padding: 7mm 14mm 5mm; }}
.mast .logo {{ font-size: 20pt; font-weight: bold; letter-spacing: .1em; }}
.mast .tag {{ font-size: 8pt; color: #9fc1ff; }}
.title {{ background: #f28c00; color: #fff; padding: 5mm 14mm; }}
.title .k {{ font-size: 7.5pt; letter-spacing: .3em; }}
.title h1 {{ margin: 1mm 0 0; font-size: 16pt; }}
.grid {{ display: flex; flex-wrap: wrap; background: #e7ecf3; padding: 3mm 14mm; }}
.grid .f {{ width: 25%; box-sizing: border-box; padding: 1.5mm 2mm 1.5mm 0; font-weight: bold; font-size: 8.4pt; }}
.grid .f span {{ display: block; font-weight: normal; font-size: 6.5pt; letter-spacing: .15em; color: #50607a; }}
.band {{ padding: 3mm 14mm; }} .band.g {{ background: #f2f2f2; }}
.band h2 {{ font-size: 10.5pt; color: #00205b; margin: 0 0 1.5mm; }}
.band h3 {{ font-size: 9pt; color: #f28c00; margin: 2mm 0 1mm; }}
.band ul {{ list-style: square; margin: 0 0 0 5mm; padding: 0; }} .band li {{ margin: .6mm 0; }}
.band p {{ margin: 0; line-height: 1.35; }}
.apply {{ background: #00a3e0; color: #fff; padding: 4mm 14mm; }}
.fv {{ break-before: page; background: #00205b; color: #fff; padding: 3mm 14mm; letter-spacing: .3em; font-size: 9pt; }}
.foot {{ background: #1a1a1a; color: #bbb; font-size: 7pt; padding: 3mm 14mm; }}
</style></head><body>
<div class=mast><div class=logo>IRU</div><div class=tag>Careers · Carrières · World road transport organisation</div></div>
{half('en')}
<div class=fv>VERSION FRANÇAISE</div>
<div lang=fr>{half('fr')}</div>
<div class=foot>IRU · La Voie-Creuse 16 · 1202 Geneva / Genève · jobs@iru-world.example · Share: LinkedIn · X · E-mail</div>
</body></html>"""
    open(os.path.join(SRC, "iru-hr-2039-15-iru.html"), "w", encoding="utf-8").write(page)

# ---------------------------------------------------------------- 10. Pont du Gard landscape columns (WeasyPrint)
def pdg():
    d = N["pdg-rh-2039-07"]; R = d["requirements"]["fr"]; C = d["competencies"]["fr"]
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre {e(d['reference'])}</title>
<style>
@page {{ size: A4 landscape; margin: 10mm 12mm 12mm;
  @bottom-center {{ content: "EPCC du Pont du Gard · 400 route du Pont du Gard · 30210 Vers-Pont-du-Gard · recrutement@pontdugard-site.example"; font-size: 7pt; color: #777; }} }}
body {{ font-family: 'DejaVu Serif', serif; font-size: 8.5pt; color: #2a2118; }}
.top {{ border-bottom: 3px solid #c8892b; padding-bottom: 2mm; margin-bottom: 3mm; }}
.top .o {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; letter-spacing: .25em; color: #c8892b; }}
.top h1 {{ font-size: 15pt; margin: 1mm 0 0; }}
.cols {{ column-count: 3; column-gap: 8mm; column-rule: 1px solid #d9c7a8; }}
h2 {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; text-transform: uppercase; color: #8a5a12; margin: 2.5mm 0 1mm; break-after: avoid; }}
p {{ margin: .8mm 0; line-height: 1.3; }}
ul {{ margin: .5mm 0; padding-left: 4mm; }} ul.t {{ list-style: none; padding-left: 0; }} li {{ margin: .5mm 0; break-inside: avoid; }}
ul.t li::before {{ content: "– "; }}
.f b {{ font-family: 'DejaVu Sans', sans-serif; font-size: 7.8pt; }}
</style></head><body>
<div class=top><div class=o>PONT DU GARD · OFFRE D'EMPLOI</div><h1>{e(d['title']['fr'])}</h1></div>
<div class=cols>
<p class=f><b>Référence :</b> {e(d['reference'])}</p>
<p class=f><b>Employeur :</b> {e(d['organisation']['fr'])}</p>
<p class=f><b>Lieu :</b> {e(d['location']['fr'])}</p>
<p class=f><b>Contrat :</b> CDD de droit public de trois ans, renouvelable</p>
<p class=f><b>Temps de travail :</b> {e(d['schedule']['fr'])}</p>
<p class=f><b>Rémunération :</b> de 2 050 € à 2 300 € bruts mensuels</p>
<p class=f><b>Publication :</b> 18/08/2039</p>
<p class=f><b>Date limite de candidature :</b> 26/09/2039</p>
<h2>Le site</h2>
<p>Inscrit au patrimoine mondial, le site accueille chaque année des centaines de milliers de visiteurs autour
de l'aqueduc romain, de son musée et de ses sentiers de garrigue. L'équipe des publics conçoit les visites, les
ateliers et les événements pour tous les âges.</p>
<h2>Vos missions</h2>
<ul class=t><li>concevoir et animer des visites guidées et des ateliers pour les scolaires et les familles ;</li>
<li>accueillir et orienter les groupes sur le site et au musée ;</li>
<li>participer à la programmation des journées nationales et des nocturnes d'été ;</li>
<li>rédiger des supports de visite et des livrets pédagogiques ;</li>
<li>évaluer la fréquentation et la satisfaction des publics.</li></ul>
<h2>Votre profil</h2>
<ul>{lis(R['essential'])}</ul>
<h2>Les plus</h2>
<ul>{lis(R['desirable'])}</ul>
<h2>Vos qualités</h2>
<ul class=t>{''.join(f'<li>{e(c["name"])} : {e(c["description"])}</li>' for c in C)}</ul>
<h2>Avantages</h2>
<p>Titres-restaurant, participation à la mutuelle, accès gratuit aux sites culturels partenaires.</p>
<h2>Candidater</h2>
<p>Lettre de motivation et CV à envoyer avant le 26/09/2039 à recrutement@pontdugard-site.example en rappelant la
référence de l'offre. Entretiens prévus le 06/10/2039.</p>
</div></body></html>"""
    open(os.path.join(SRC, "pdg-rh-2039-07-pontdugard.html"), "w", encoding="utf-8").write(page)

if __name__ == "__main__":
    os.makedirs(SRC, exist_ok=True)
    idf(); ittf(); efs(); iru(); pdg()
    print("html written")
