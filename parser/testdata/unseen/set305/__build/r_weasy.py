"""WeasyPrint sources (src/*.html), printed by assemble.py with the weasyprint CLI:
CEN Limousin (form with boxes), OSPAR (three pages with running heads and footers),
FIG (brochure with coloured bands, EN then FR), Mission locale (landscape page in columns)."""
import html
import os
import re
from data import N, HERE



def h(t):
    """escape, and keep hyphenated words whole (pdftotext drops a hyphen that ends a line)"""
    t = html.escape(t)
    return re.sub(r"(\S+-\S+)", r'<span style="white-space:nowrap">\1</span>', t)


SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)


def ul(items, cls=""):
    return "<ul%s>%s</ul>" % (f' class="{cls}"' if cls else "", "".join(f"<li>{h(i)}</li>" for i in items))


def cen():
    d = N["cen-lim-2043-006"]
    fr = "fr"
    R = d["requirements"][fr]
    css = """
@page { size: A4; margin: 12mm 12mm 16mm;
  @bottom-left { content: "CEN Limousin – Fiche de poste – Modèle RH-07"; font-size: 7pt; color: #666; }
  @bottom-right { content: "page " counter(page) " / " counter(pages); font-size: 7pt; color: #666; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #222; }
.head { display: flex; border: 1.5px solid #5b3a7a; }
.head .l { flex: 3; padding: 6px 8px; }
.head .r { flex: 2; padding: 6px 8px; border-left: 1.5px solid #5b3a7a; background: #efe8f5; }
.head .t { font-size: 15pt; font-weight: bold; color: #5b3a7a; letter-spacing: 1px; }
.bar { background: #5b3a7a; color: #fff; font-weight: bold; padding: 3px 6px; margin: 8px 0 4px; font-size: 9pt; }
.row { display: flex; gap: 6px; margin-bottom: 5px; }
.box { flex: 1; border: 1px solid #9c86b0; padding: 4px 6px; }
.lab { font-size: 6.5pt; text-transform: uppercase; color: #5b3a7a; letter-spacing: .5px; display: block; margin-bottom: 2px; }
ul.sq { list-style: square; margin: 0 0 0 14px; padding: 0; }
.tick { margin-right: 10px; }
.visa { height: 28px; }
"""
    body = f"""
<div class="head"><div class="l"><div class="t">FICHE DE POSTE</div>
<div>Conservatoire d'espaces naturels du Limousin · association agréée · 6 ter rue des Tourbières · 87000 Limoges</div></div>
<div class="r"><span class="lab">N° d'offre</span>{h(d['reference'])}<br><span class="lab">Émise le</span>09/02/2043</div></div>

<div class="bar">1. IDENTIFICATION DU POSTE</div>
<div class="row"><div class="box"><span class="lab">Intitulé du poste</span><strong>{h(d['title'][fr])}</strong></div></div>
<div class="row"><div class="box"><span class="lab">Employeur</span>{h(d['organisation'][fr])}</div>
<div class="box"><span class="lab">Pôle</span>Pôle gestion des sites – équipe Montagne limousine</div></div>
<div class="row"><div class="box"><span class="lab">Lieu d'affectation</span>{h(d['location'][fr])}</div>
<div class="box"><span class="lab">Supérieur·e hiérarchique</span>Responsable du pôle gestion des sites</div></div>

<div class="bar">2. CONDITIONS D'EMPLOI</div>
<div class="row"><div class="box"><span class="lab">Nature du contrat</span>
<span class="tick">☒ CDD de 3 ans (projet tourbières)</span><span class="tick">☐ CDI</span><span class="tick">☐ Mise à disposition</span></div></div>
<div class="row"><div class="box"><span class="lab">Quotité de travail</span>
<span class="tick">☒ {h(d['schedule'][fr])}</span><span class="tick">☐ Temps partiel (80 %)</span></div></div>
<div class="row"><div class="box"><span class="lab">Rémunération</span>2 150 € à 2 480 € bruts mensuels selon expérience, convention collective nationale ECLAT ; indemnités kilométriques au barème fiscal ; chèques-déjeuner de 9 €.</div></div>

<div class="bar">3. MISSIONS</div>
<div class="row"><div class="box">
Préparer et suivre les chantiers de restauration de tourbières (bouchage de drains, réouverture de landes) ;
relever chaque mois les piézomètres et les sondes du réseau de suivi ;
réaliser les inventaires de végétation et les cartographies d'habitats ;
animer les conventions de gestion avec les propriétaires et les éleveurs ;
participer aux sorties grand public et aux chantiers de bénévoles.</div></div>

<div class="bar">4. PROFIL</div>
<div class="row"><div class="box"><span class="lab">Compétences requises</span>{ul(R['essential'], 'sq')}</div></div>
<div class="row"><div class="box"><span class="lab">Compétences appréciées</span>{ul(R['desirable'], 'sq')}</div></div>
<div class="row"><div class="box"><span class="lab">Savoir-être</span>{ul([c['name'] + ' : ' + c['description'] for c in d['competencies'][fr]], 'sq')}</div></div>

<div class="bar">5. CANDIDATURE</div>
<div class="row"><div class="box"><span class="lab">Date limite de candidature</span>11/03/2043</div>
<div class="box"><span class="lab">Entretiens (jury)</span>25/03/2043</div>
<div class="box"><span class="lab">Prise de poste</span>04/05/2043</div></div>
<div class="row"><div class="box">Lettre de motivation et CV à adresser à Madame la Présidente, par courriel à recrutement@cen-limousin.example, en rappelant le n° d'offre.</div></div>
<div class="row"><div class="box visa"><span class="lab">Visa direction</span></div><div class="box visa"><span class="lab">Visa présidence</span></div></div>
"""
    return f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Fiche de poste</title><style>{css}</style></head><body>{body}</body></html>"


def ospar():
    d = N["ospar-vn-2043-01"]
    en = "en"
    R = d["requirements"][en]
    css = """
@page { size: A4; margin: 22mm 20mm 20mm;
  @top-left { content: "OSPAR Commission"; font-family: 'DejaVu Serif', serif; font-size: 8pt; font-style: italic; color: #555; }
  @top-right { content: "Vacancy notice OSPAR/VN/2043/01"; font-family: 'DejaVu Serif', serif; font-size: 8pt; font-style: italic; color: #555; }
  @bottom-left { content: "OSPAR Secretariat · 4 Harbour Walk · London EC9 9ZZ"; font-size: 7.5pt; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt; color: #555; } }
body { font-family: 'DejaVu Serif', serif; font-size: 10pt; line-height: 1.35; color: #111; }
.c { text-align: center; }
h1 { font-size: 15pt; margin: 4px 0; color: #0b3c5d; }
h2 { font-size: 11pt; color: #0b3c5d; margin: 14px 0 4px; }
table.f { width: 100%; border-collapse: collapse; margin: 8px 0; font-size: 9.5pt; }
table.f th { text-align: left; background: #dde8f0; border: 1px solid #8aa9bf; padding: 3px 5px; width: 34%; }
table.f td { border: 1px solid #8aa9bf; padding: 3px 5px; }
.brk { page-break-before: always; }
ul { margin: 2px 0 2px 18px; padding: 0; }
"""
    comps = "".join(f"<p><strong>{h(c['name'])}:</strong> {h(c['description'])}</p>" for c in d["competencies"][en])
    body = f"""
<div class="c"><p style="letter-spacing:2px;font-size:9pt">OSPAR COMMISSION FOR THE PROTECTION OF THE MARINE ENVIRONMENT OF THE NORTH-EAST ATLANTIC</p>
<p><strong>VACANCY NOTICE</strong></p>
<h1>{h(d['title'][en])}</h1>
<p><em>The Commission invites applications from nationals of its Contracting Parties.</em></p></div>
<table class="f">
<tr><th>Organisation</th><td>{h(d['organisation'][en])}</td></tr>
<tr><th>Vacancy notice</th><td>{h(d['reference'])}</td></tr>
<tr><th>Duty station</th><td>{h(d['location'][en])}</td></tr>
<tr><th>Grade</th><td>A3 (step 1 on appointment)</td></tr>
<tr><th>Basic salary</th><td>GBP 71,400 – 78,900 per year, exempt from UK income tax</td></tr>
<tr><th>Working hours</th><td>{h(d['schedule'][en])}</td></tr>
<tr><th>Appointment</th><td>Six years, not renewable</td></tr>
<tr><th>Date of issue</th><td>19 January 2043</td></tr>
<tr><th>Closing date</th><td>17 March 2043, 17:00 UK time</td></tr>
<tr><th>Starting date</th><td>1 September 2043</td></tr>
</table>
<h2>1. The Commission</h2>
<p>Sixteen Contracting Parties cooperate through the Commission to protect the marine environment of the
North-East Atlantic. A small international Secretariat in London supports a yearly cycle of committee meetings,
the Commission's assessments and its regional action plans.</p>
<h2>2. The post</h2>
<p>The Deputy Secretary is responsible for the work of the Hazardous Substances and Eutrophication Committee and
its expert groups. The post holder prepares meetings, drafts their summary records and follows up decisions with the
Contracting Parties and observers.</p>
<h2>3. Main duties</h2>
<p>a. Plan and service the yearly meeting of the committee and four expert groups.<br>
b. Draft agendas, papers and summary records to agreed deadlines.<br>
c. Coordinate the thematic assessments of contaminants and nutrient inputs.<br>
d. Maintain contacts with the European Commission, regional seas conventions and observers.<br>
e. Supervise one assistant and, when needed, short-term consultants.<br>
f. Represent the Secretariat at external meetings.</p>
<h2 class="brk">4. Competencies</h2>
{comps}
<h2>5. Qualifications and experience</h2>
<p><strong>Essential</strong></p>
{ul(R['essential'])}
<p><strong>Desirable</strong></p>
{ul(R['desirable'])}
<h2>6. Conditions of service</h2>
<p>Staff are employed under the Secretariat's staff regulations. In addition to the basic salary, a household
allowance may be paid, and the Commission contributes 8.3% of salary to a pension scheme. A relocation allowance of
up to GBP 4,000 is available to candidates recruited from outside the United Kingdom. Annual leave is 30 working days.</p>
<h2>7. Selection procedure</h2>
<p>A panel made up of members of the Heads of Delegation and the Executive Secretary will shortlist candidates.
Interviews are planned in London in the week of 20 April 2043; shortlisted candidates may be asked to sit a written
exercise beforehand.</p>
<h2 class="brk">8. How to apply</h2>
<p>Applications, in English, should consist of a letter of motivation of no more than two pages, a curriculum vitae
and the names of two referees. They must reach the Secretariat at vacancies@ospar.example by the closing date above.
Late applications will not be considered.</p>
<p>The Commission is an equal opportunities employer and encourages applications from all qualified candidates.
Candidates are asked to state in their letter whether they hold the nationality of a Contracting Party.</p>
<p>Further information on the work of the committee is available from the Executive Secretary. Contact details are
given on the Commission's website.</p>
"""
    return f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(d['reference'])}</title><style>{css}</style></head><body>{body}</body></html>"


def fig():
    d = N["fig-off-2043-02"]
    R = d["requirements"]

    def comps(l, sep):
        return "<ul class='c'>" + "".join(
            f"<li><strong>{h(c['name'])}{sep}</strong> {h(c['description'])}</li>" for c in d["competencies"][l]) + "</ul>"

    css = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1d2a33; }
.mast { background: #173f5f; color: #fff; padding: 8mm 14mm 5mm; }
.mast .o { font-weight: bold; font-size: 10.5pt; letter-spacing: .5px; }
.mast .s { font-size: 8pt; color: #bcd3e6; }
.title { background: #20a39e; color: #fff; padding: 6mm 14mm; }
.title .k { letter-spacing: 3px; font-size: 7.5pt; }
.title h1 { margin: 2mm 0 0; font-size: 17pt; }
.grid { background: #e4f3f2; padding: 4mm 14mm; display: flex; flex-wrap: wrap; }
.grid div { width: 50%; margin-bottom: 2.5mm; }
.grid .l { font-size: 6.5pt; letter-spacing: 1.5px; color: #17706c; display: block; }
.band { padding: 4mm 14mm; }
.band.g { background: #f1f3f5; }
.band h2 { font-size: 10.5pt; color: #173f5f; margin: 0 0 2mm; }
.band h3 { font-size: 9.5pt; color: #20a39e; margin: 2mm 0 1mm; }
ul { list-style: square; margin: 0 0 0 5mm; padding: 0; }
.apply { background: #20a39e; color: #fff; padding: 4mm 14mm; }
.strip { background: #173f5f; color: #fff; letter-spacing: 4px; font-weight: bold; padding: 3mm 14mm; page-break-before: always; }
.foot { background: #0d2436; color: #9fb6c8; font-size: 7pt; padding: 3mm 14mm; }
"""

    def half(l):
        fr = l == "fr"
        L = (lambda e, f: f if fr else e)
        return f"""
<div class="title"><div class="k">{L('WE ARE HIRING', 'NOUS RECRUTONS')}</div><h1>{h(d['title'][l])}</h1></div>
<div class="grid">
<div><span class="l">{L('REFERENCE', 'RÉFÉRENCE')}</span>{h(d['reference'])}</div>
<div><span class="l">{L('EMPLOYER', 'EMPLOYEUR')}</span>{h(d['organisation'][l])}</div>
<div><span class="l">{L('LOCATION', 'LIEU')}</span>{h(d['location'][l])}</div>
<div><span class="l">{L('HOURS', 'HORAIRES')}</span>{h(d['schedule'][l])}</div>
<div><span class="l">{L('SALARY', 'SALAIRE')}</span>{L('DKK 38,500 – 43,000 a month', '38 500 à 43 000 DKK par mois')}</div>
<div><span class="l">{L('PUBLISHED', 'PUBLICATION')}</span>{L('2 March 2043', '2 mars 2043')}</div>
<div><span class="l">{L('START', 'ENTRÉE EN FONCTION')}</span>{L('1 June 2043', '1er juin 2043')}</div>
<div><span class="l">{L('CLOSING DATE', 'DATE LIMITE')}</span>{L('26 March 2043', '26 mars 2043')}</div>
</div>
<div class="band"><h2>{L('About the Federation', 'La Fédération')}</h2>
<p>{L('The Federation brings together national associations of surveyors, affiliates, academic members and corporate members from more than a hundred countries. Ten technical commissions organise its working weeks and publications.',
      "La Fédération réunit les associations nationales de géomètres, des membres affiliés, universitaires et entreprises de plus de cent pays. Dix commissions techniques organisent ses semaines de travail et ses publications.")}</p></div>
<div class="band g"><h2>{L('Your role', 'Votre rôle')}</h2>
<p>{L('You manage the membership database and yearly fees, prepare the voting lists for the General Assembly, support the commission chairs with their work plans and keep the member pages of the website up to date.',
      "Vous gérez la base des membres et les cotisations annuelles, préparez les listes de vote de l'Assemblée générale, appuyez les président·es de commission dans leurs plans de travail et tenez à jour les pages membres du site.")}</p></div>
<div class="band"><h2>{L('What you bring', 'Votre profil')}</h2>{ul(R[l]['essential'])}
<h3>{L('A plus', 'Un plus')}</h3>{ul(R[l]['desirable'])}</div>
<div class="band g"><h2>{L('How you work', 'Votre façon de travailler')}</h2>{comps(l, ' :' if fr else ':')}</div>
<div class="apply"><strong>{L('Apply', 'Candidature')}</strong> – {L('Send your CV and letter to office@fig.example before the closing date. Interviews take place in Copenhagen on 14–15 April 2043.',
  "Envoyez CV et lettre à office@fig.example avant la date limite. Les entretiens auront lieu à Copenhague les 14 et 15 avril 2043.")}</div>
"""
    body = f"""
<div class="mast"><div class="o">INTERNATIONAL FEDERATION OF SURVEYORS · FÉDÉRATION INTERNATIONALE DES GÉOMÈTRES</div>
<div class="s">Careers · Carrières — Kalvebod Brygge 99 · Copenhagen</div></div>
{half('en')}
<div class="strip">VERSION FRANÇAISE</div>
{half('fr')}
<div class="foot">FIG · fig.example · Share: LinkedIn · X · E-mail</div>
"""
    return f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(d['reference'])}</title><style>{css}</style></head><body>{body}</body></html>"


def mlpf():
    d = N["mlpf-2043-02"]
    fr = "fr"
    R = d["requirements"][fr]
    css = """
@page { size: A4 landscape; margin: 12mm 12mm 14mm;
  @top-right { content: "Offre MLPF-2043-02"; font-size: 7pt; color: #888; }
  @bottom-center { content: "Mission locale du Pays de Fougères · 9 rue des Tanneurs · 35300 Fougères · recrutement@ml-fougeres.example"; font-size: 7pt; color: #777; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.4pt; color: #222; }
.cols { column-count: 3; column-gap: 8mm; column-rule: 1px solid #d9c3a5; }
.k { color: #c0392b; letter-spacing: 3px; font-size: 8pt; font-weight: bold; }
h1 { font-size: 14pt; margin: 2mm 0 2mm; border-bottom: 2px solid #c0392b; padding-bottom: 2mm; }
h2 { font-size: 9pt; color: #c0392b; text-transform: uppercase; margin: 3mm 0 1mm; }
p { margin: 0 0 1.6mm; }
ul { margin: 0 0 0 4mm; padding: 0; }
.m { margin: 0 0 1mm; }
"""
    miss = ["– prospecter les entreprises du bassin de Fougères et recueillir leurs offres ;",
            "– préparer les jeunes aux entretiens et organiser des rencontres avec les employeurs ;",
            "– suivre les contrats en alternance et les périodes d'immersion ;",
            "– animer les petits-déjeuners entreprises et le forum annuel de l'emploi ;",
            "– tenir à jour les données de suivi dans le système d'information national."]
    body = f"""<div class="cols">
<div class="k">LA MISSION LOCALE RECRUTE</div>
<h1>{h(d['title'][fr])}</h1>
<p><strong>Employeur :</strong> {h(d['organisation'][fr])}</p>
<p><strong>Référence :</strong> {h(d['reference'])}</p>
<p><strong>Lieu :</strong> {h(d['location'][fr])}</p>
<p><strong>Contrat :</strong> CDI de droit privé, période d'essai de deux mois</p>
<p><strong>Horaires :</strong> {h(d['schedule'][fr])}</p>
<p><strong>Rémunération :</strong> 27 500 à 31 000 € bruts annuels selon la convention collective des missions locales</p>
<p><strong>Publication :</strong> 03/03/2043</p>
<p><strong>Date limite :</strong> 31/03/2043</p>
<h2>La structure</h2>
<p>Association présidée par un élu du territoire, la Mission locale accompagne chaque année près de mille jeunes
de 16 à 25 ans vers l'emploi et la formation, avec une équipe de dix-huit salarié·es.</p>
<h2>Vos missions</h2>
{''.join(f'<p class="m">{h(m)}</p>' for m in miss)}
<h2>Votre profil</h2>
{ul(R['essential'])}
<h2>Les plus</h2>
{ul(R['desirable'])}
<h2>Vos qualités</h2>
{''.join(f"<p class='m'><strong>{h(c['name'])} :</strong> {h(c['description'])}</p>" for c in d['competencies'][fr])}
<h2>Avantages</h2>
<p>Titres-restaurant de 8,50 €, mutuelle prise en charge à 60 %, téléphone et ordinateur portables.</p>
<h2>Candidater</h2>
<p>Adressez lettre et CV au directeur avant le 31/03/2043. Entretiens le 14 avril 2043 ; prise de poste
souhaitée le 4 mai 2043.</p>
</div>"""
    return f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>{html.escape(d['reference'])}</title><style>{css}</style></head><body>{body}</body></html>"


OUT = {"cen-lim-2043-006-cenlimousin": cen, "ospar-vn-2043-01-ospar": ospar,
       "fig-off-2043-02-fig": fig, "mlpf-2043-02-missionlocale": mlpf}

if __name__ == "__main__":
    for name, fn in OUT.items():
        open(os.path.join(SRC, name + ".html"), "w", encoding="utf-8").write(fn())
        print("wrote", name)
