# HTML sources: Chromium (UIA, World Archery) beside the PDFs; WeasyPrint sources under __build/src/
import os, html as H
from data import N, ROOT, HERE
e = H.escape

def li(items, tag="ul"):
    return f"<{tag}>" + "".join(f"<li>{e(x)}</li>" for x in items) + f"</{tag}>"

def comps(c, sep=": "):
    return "".join(f"<p><b>{e(a)}{sep}</b>{e(b)}</p>" for a, b in c)

# ---------- 1 UIA: EN | FR side by side ----------
def uia():
    n = N["uia-sg-2037-03"]; E, F = n["en"], n["fr"]
    rows = [
      ("<div class=band>VACANCY NOTICE</div>", "<div class=band>AVIS DE VACANCE DE POSTE</div>"),
      (f"<h1>{e(E['title'])}</h1><p class=ref>Vacancy notice No. {n['ref']}</p>",
       f"<h1>{e(F['title'])}</h1><p class=ref>Avis de vacance n° {n['ref']}</p>"),
      (f"""<table class=facts><tr><td>Organization:</td><td>{e(E['org'])}</td></tr>
<tr><td>Duty station:</td><td>{e(E['loc'])}</td></tr>
<tr><td>Contract:</td><td>Fixed-term, three years, renewable</td></tr>
<tr><td>Working time:</td><td>{e(E['sched'])}</td></tr>
<tr><td>Gross salary:</td><td>EUR 4,850 per month, paid 13 times a year</td></tr>
<tr><td>Date of issue:</td><td>7 April 2037</td></tr>
<tr><td>Closing date:</td><td>5 May 2037 (midnight, Paris time)</td></tr></table>""",
       f"""<table class=facts><tr><td>Organisation :</td><td>{e(F['org'])}</td></tr>
<tr><td>Lieu d'affectation :</td><td>{e(F['loc'])}</td></tr>
<tr><td>Contrat :</td><td>Durée déterminée, trois ans, renouvelable</td></tr>
<tr><td>Temps de travail :</td><td>{e(F['sched'])}</td></tr>
<tr><td>Salaire brut :</td><td>4 850 euros par mois, versés 13 fois par an</td></tr>
<tr><td>Date de publication :</td><td>7 avril 2037</td></tr>
<tr><td>Date limite :</td><td>5 mai 2037 (minuit, heure de Paris)</td></tr></table>"""),
      ("<h2>The Union</h2><p>Founded in 1948, the Union brings together the national associations of architects of more than one hundred countries. Its General Secretariat in Paris, a team of eleven people, supports the Council, the work programmes, the member sections and the triennial World Congress of Architects.</p>",
       "<h2>L'Union</h2><p>Fondée en 1948, l'Union réunit les associations nationales d'architectes de plus de cent pays. Son Secrétariat général à Paris, une équipe de onze personnes, appuie le Conseil, les programmes de travail, les sections membres et le Congrès mondial des architectes, qui a lieu tous les trois ans.</p>"),
      ("<h2>Main duties</h2><ol><li>Keep the register of member sections up to date and follow up annual dues.</li><li>Prepare Council meetings and regional forums with the host sections.</li><li>Coordinate the calendar of congress preparatory events and the call for speakers.</li><li>Answer enquiries from sections, schools and partners in English and French.</li><li>Draft the monthly newsletter to members.</li></ol>",
       "<h2>Principales fonctions</h2><ol><li>Tenir à jour le registre des sections membres et suivre les cotisations annuelles.</li><li>Préparer les réunions du Conseil et les forums régionaux avec les sections hôtes.</li><li>Coordonner le calendrier des événements préparatoires du congrès et l'appel à intervenants.</li><li>Répondre en anglais et en français aux demandes des sections, des écoles et des partenaires.</li><li>Rédiger la lettre mensuelle aux membres.</li></ol>"),
      (f"<h2>Requirements</h2>{li(E['ess'])}", f"<h2>Exigences</h2>{li(F['ess'])}"),
      (f"<h2>Assets</h2>{li(E['des'])}", f"<h2>Atouts</h2>{li(F['des'])}"),
      (f"<h2>Competencies</h2>{comps(E['comp'])}", f"<h2>Compétences</h2>{comps(F['comp'], ' : ')}"),
      ("<h2>How to apply</h2><p>Send a CV and a one-page letter in English or French to recruitment@uia.example, quoting the vacancy number. Interviews are planned for the week of 25 May 2037; the post starts on 1 September 2037.</p>",
       "<h2>Candidature</h2><p>Adressez un CV et une lettre d'une page en anglais ou en français à recruitment@uia.example en rappelant le numéro de l'avis. Les entretiens sont prévus la semaine du 25 mai 2037 ; la prise de fonction est fixée au 1er septembre 2037.</p>"),
    ]
    body = "".join(f"<tr><td lang=en>{a}</td><td lang=fr>{b}</td></tr>" for a, b in rows)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>UIA {n['ref']}</title><style>
@page {{ size: A4; margin: 14mm 12mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color:#222; }}
.head {{ display:flex; justify-content:space-between; border-bottom:2px solid #b0312c; padding-bottom:4px; margin-bottom:8px; }}
.head b {{ color:#b0312c; font-size:13pt; }}
table.main {{ width:100%; border-collapse:collapse; table-layout:fixed; }}
table.main > tbody > tr {{ page-break-inside: avoid; }}
table.main > tbody > tr > td {{ vertical-align:top; padding:3px 8px; width:50%; }}
table.main > tbody > tr > td + td {{ border-left:1px solid #ccc; }}
.band {{ background:#b0312c; color:#fff; font-weight:bold; padding:4px 6px; letter-spacing:1px; }}
h1 {{ font-size:13pt; margin:6px 0 2px; }} h2 {{ font-size:10.5pt; color:#b0312c; margin:8px 0 3px; }}
.ref {{ color:#555; margin:0; }}
table.facts {{ width:100%; background:#f3ecea; border-collapse:collapse; }}
table.facts td {{ padding:2px 4px; vertical-align:top; }} table.facts td:first-child {{ font-weight:bold; width:38%; }}
ul, ol {{ margin:2px 0 2px 16px; padding:0; }} p {{ margin:3px 0; }}
.foot {{ margin-top:10px; border-top:1px solid #ccc; font-size:8pt; color:#666; text-align:center; }}
</style></head><body>
<div class=head><div><b>UIA</b> International Union of Architects</div><div>Union internationale des architectes</div></div>
<table class=main><tbody>{body}</tbody></table>
<div class=foot>UIA General Secretariat · Secrétariat général de l'UIA — 33 avenue du Maine, 75015 Paris — www.uia.example</div>
</body></html>"""

# ---------- 8 World Archery: poster with sidebar ----------
def wa():
    n = N["wa-2037-hr-04"]; E = n["en"]
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>World Archery – {e(E['title'])}</title><style>
@page {{ size: A4; margin: 0; }}
body {{ margin:0; font-family:'Liberation Sans', Arial, sans-serif; font-size:9.6pt; color:#1c1c1c; }}
.banner {{ background:#0b2d5b; color:#fff; padding:16mm 14mm 8mm; }}
.kicker {{ letter-spacing:3px; font-size:8.5pt; color:#f2c200; }}
.banner h1 {{ margin:4px 0 0; font-size:22pt; }}
.wrap {{ padding:8mm 14mm; }}
aside {{ float:right; width:62mm; background:#e7eef8; border-top:4px solid #f2c200; padding:4mm; margin:0 0 4mm 6mm; }}
aside dt {{ font-size:7.5pt; letter-spacing:2px; color:#0b2d5b; margin-top:5px; }}
aside dd {{ margin:0; font-weight:bold; }}
h2 {{ border-left:4px solid #f2c200; padding-left:6px; font-size:11pt; color:#0b2d5b; margin:10px 0 4px; }}
ul {{ margin:2px 0 2px 16px; padding:0; }} p {{ margin:3px 0; }}
.apply {{ clear:both; background:#0b2d5b; color:#fff; padding:5mm 14mm; }}
</style></head><body>
<div class=banner><div class=kicker>WORLD ARCHERY · WE ARE HIRING</div><h1>{e(E['title'])}</h1></div>
<div class=wrap>
<aside><dl>
<dt>REFERENCE</dt><dd>{n['ref']}</dd>
<dt>EMPLOYER</dt><dd>{e(E['org'])}</dd>
<dt>LOCATION</dt><dd>{e(E['loc'])}</dd>
<dt>ACTIVITY RATE</dt><dd>{e(E['sched'])}</dd>
<dt>CONTRACT</dt><dd>Permanent</dd>
<dt>SALARY</dt><dd>CHF 78,000 – 88,000 gross per year</dd>
<dt>ENTRY DATE</dt><dd>1 September 2037</dd>
<dt>PUBLISHED</dt><dd>20 April 2037</dd>
<dt>CLOSING DATE</dt><dd>22 May 2037</dd>
</dl></aside>
<h2>About us</h2>
<p>The federation governs archery worldwide, from the Olympic and Paralympic programmes to the world championships and the world cup circuit. Its office in the Maison du Sport International in Lausanne employs some thirty people.</p>
<h2>Your mission</h2>
<p>Reporting to the Sport Director, you will lead the operational delivery of the federation's own events and supervise local organising committees.</p>
<ul><li>Plan venues, field of play, logistics and transport for each event.</li>
<li>Write and follow the operations manual with organising committees.</li>
<li>Manage event budgets and negotiate with suppliers.</li>
<li>Lead a team of two coordinators and seasonal volunteers.</li>
<li>Travel to events about ten weeks a year.</li></ul>
<h2>What you need</h2>{li(E['ess'])}
<h2>What would set you apart</h2>{li(E['des'])}
<h2>What we offer</h2>
<p>A small international team, thirteen salaries, five weeks of holidays and a sports allowance of CHF 600 a year.</p>
</div>
<div class=apply><b>How to apply.</b> Send your CV and cover letter in English to jobs@worldarchery.example before the closing date. Interviews will take place in Lausanne in June 2037.</div>
</body></html>"""

# ---------- 4 Collège de France: form with boxes (WeasyPrint) ----------
def cdf():
    n = N["cdf-drh-2037-044"]; F = n["fr"]
    def box(lbl, val): return f"<td><div class=lbl>{lbl}</div><div class=val>{val}</div></td>"
    return f"""<!DOCTYPE html><html lang=fr><head><meta charset="utf-8"><style>
@page {{ size:A4; margin:12mm 12mm 16mm; @bottom-left {{ content:"Fiche de poste · modèle DRH-FP-03"; font-size:7.5pt; color:#666; }} @bottom-right {{ content:"page " counter(page) " / " counter(pages); font-size:7.5pt; color:#666; }} }}
body {{ font-family:'DejaVu Sans', sans-serif; font-size:8.8pt; }}
table {{ width:100%; border-collapse:collapse; }} td {{ border:1px solid #333; padding:3px 5px; vertical-align:top; width:50%; }}
.lbl {{ font-size:6.8pt; color:#444; }} .val {{ font-weight:bold; }}
.band {{ background:#26466d; color:#fff; font-weight:bold; padding:3px 6px; margin-top:8px; }}
.head td {{ border:2px solid #26466d; }}
ul {{ margin:2px 0 2px 14px; padding:0; }} li {{ list-style:square; }}
p {{ margin:2px 0; }}
</style></head><body>
<table class=head><tr><td><b style="font-size:12pt">COLLÈGE DE FRANCE</b><br>Direction des ressources humaines</td><td style="text-align:right"><b style="font-size:13pt">FICHE DE POSTE</b><br>N° d'offre : {n['ref']}</td></tr></table>
<div class=band>A. IDENTIFICATION DU POSTE</div>
<table><tr>{box("INTITULÉ DU POSTE", e(F['title']))}{box("ÉTABLISSEMENT EMPLOYEUR", e(F['org']))}</tr>
<tr>{box("LIEU D'AFFECTATION", e(F['loc']))}{box("SERVICE", "Service des laboratoires – pôle collections et logistique")}</tr>
<tr>{box("CATÉGORIE / CORPS", "B – technicien de recherche et de formation (BAP A)")}{box("QUOTITÉ", "☒ Temps complet ☐ Temps partiel")}</tr>
<tr>{box("NATURE DU RECRUTEMENT", "☒ Fonctionnaire (mutation, détachement) ☒ Contractuel (CDD de 2 ans) ")}{box("RÉMUNÉRATION", "De 2 350 € à 2 700 € bruts mensuels selon expérience")}</tr></table>
<div class=band>B. CONTEXTE</div>
<table><tr><td colspan=2 style="width:100%">Le Collège de France accueille une quarantaine d'équipes de recherche sur son site principal. Le service des laboratoires gère les espaces communs, les produits chimiques et les collections de référence (échantillons, lames, spécimens) utilisés par plusieurs chaires de biologie et de chimie.</td></tr></table>
<div class=band>C. MISSIONS ET ACTIVITÉS</div>
<table><tr><td colspan=2 style="width:100%"><div class=lbl>ACTIVITÉS PRINCIPALES</div><ul>
<li>Réceptionner, enregistrer et ranger les produits et les échantillons</li>
<li>Tenir l'inventaire des collections et la base de données associée</li>
<li>Organiser l'élimination des déchets chimiques avec le prestataire</li>
<li>Préparer les prêts d'échantillons aux équipes partenaires</li>
<li>Participer aux visites de sécurité des laboratoires</li></ul></td></tr></table>
<div class=band>D. PROFIL RECHERCHÉ</div>
<table><tr><td colspan=2 style="width:100%"><div class=lbl>COMPÉTENCES REQUISES</div>{li(F['ess'])}</td></tr>
<tr><td colspan=2 style="width:100%"><div class=lbl>COMPÉTENCES APPRÉCIÉES</div>{li(F['des'])}</td></tr>
<tr><td colspan=2 style="width:100%"><div class=lbl>SAVOIR-ÊTRE</div>{li([a for a, b in F['comp']])}</td></tr></table>
<div class=band>E. CANDIDATURE</div>
<table><tr>{box("DATE DE PUBLICATION", "14/04/2037")}{box("DATE LIMITE DE CANDIDATURE", "13/05/2037")}</tr>
<tr>{box("ENTRETIENS", "À partir du 1er juin 2037")}{box("PRISE DE FONCTION", "1er septembre 2037")}</tr>
<tr><td colspan=2 style="width:100%">CV et lettre de motivation à adresser à recrutement.drh@college.example en indiquant le numéro de l'offre.</td></tr>
<tr>{box("VISA DU CHEF DE SERVICE", "&nbsp;")}{box("VISA DE LA DRH", "&nbsp;")}</tr></table>
</body></html>"""

# ---------- 5 Orkney: cover page (WeasyPrint) ----------
def oic():
    n = N["oic-ed-37-0263"]; E = n["en"]
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size:A4; margin:18mm 16mm; @top-left {{ content:"Orkney Islands Council · Candidate Information Pack"; font-size:7.5pt; color:#555; }} @top-right {{ content:"{n['ref']}"; font-size:7.5pt; color:#555; }} @bottom-center {{ content:"Page " counter(page) " of " counter(pages); font-size:7.5pt; color:#555; }} }}
@page :first {{ margin:0; background:#1d4e5f; @top-left {{ content:none; }} @top-right {{ content:none; }} @bottom-center {{ content:none; }} }}
body {{ font-family:'DejaVu Sans', sans-serif; font-size:9.3pt; color:#222; }}
.cover {{ height:297mm; color:#fff; padding:60mm 20mm 0; box-sizing:border-box; page-break-after:always; }}
.cover .org {{ font-size:11pt; letter-spacing:4px; }} .cover h1 {{ font-size:26pt; margin:20mm 0 6mm; }}
.cover p {{ font-size:12pt; margin:3mm 0; }}
table {{ width:100%; border-collapse:collapse; }} td {{ border:1px solid #9bb; padding:3px 6px; vertical-align:top; }} td:first-child {{ width:32%; background:#e8f0f2; font-weight:bold; }}
h2 {{ color:#1d4e5f; font-size:12pt; border-bottom:1px solid #1d4e5f; margin:12px 0 4px; }} h3 {{ font-size:10pt; margin:6px 0 2px; }}
ul, ol {{ margin:2px 0 2px 16px; padding:0; }} p {{ margin:3px 0; }}
.p3 {{ page-break-before:always; }}
</style></head><body>
<div class=cover><div class=org>ORKNEY ISLANDS COUNCIL</div><p>Candidate Information Pack</p><h1>{e(E['title'])}</h1>
<p>Reference {n['ref']}</p><p>Closing date: Thursday 14 May 2037, 12 noon</p><p style="font-size:9pt;margin-top:30mm">Published 20 April 2037 · Marine Services, Development and Infrastructure</p></div>
<h2>The post at a glance</h2>
<table><tr><td>Post</td><td>{e(E['title'])}</td></tr>
<tr><td>Reference</td><td>{n['ref']}</td></tr>
<tr><td>Employer</td><td>{e(E['org'])}</td></tr>
<tr><td>Service</td><td>Marine Services</td></tr>
<tr><td>Location</td><td>{e(E['loc'])}</td></tr>
<tr><td>Grade</td><td>J</td></tr>
<tr><td>Salary</td><td>£38,114 – £42,305 per annum</td></tr>
<tr><td>Hours</td><td>{e(E['sched'])}</td></tr>
<tr><td>Contract</td><td>Permanent</td></tr>
<tr><td>Closing date</td><td>14 May 2037 (12 noon)</td></tr>
<tr><td>Interviews</td><td>Week commencing 1 June 2037</td></tr></table>
<h2>About Orkney</h2>
<p>Some seventy islands lie off the north coast of Scotland, twenty of them inhabited. The Council is the harbour authority for twenty-nine piers and harbours, and its marine team looks after pilotage, towage and the safety of shipping in Scapa Flow, one of the largest natural harbours in Europe.</p>
<h2>About the role</h2>
<p>You will supervise the harbour operations team on shift, making sure that vessel movements, berthing and cargo transfers run safely and on time.</p>
<h3>Main duties</h3>
<ol><li>Allocate berths and plan daily vessel movements with the pilots.</li>
<li>Supervise mooring crews and launch operations.</li>
<li>Keep the harbour log, incident reports and permit records.</li>
<li>Lead emergency and pollution exercises with partner agencies.</li>
<li>Train and coach new harbour operatives.</li></ol>
<div class=p3></div>
<h2>Person specification</h2>
<h3>Essential</h3>{li(E['ess'])}
<h3>Desirable</h3>{li(E['des'])}
<h2>Our values</h2>{comps(E['comp'])}
<h2>What we offer</h2>
<p>Membership of the Local Government Pension Scheme, 27 days' annual leave rising with service, and help with relocation costs of up to £8,000 for candidates moving to Orkney.</p>
<h2>How to apply</h2>
<p>Apply online through the Council's recruitment portal, quoting the reference. For an informal chat about the role, call the Harbour Master's office on 01856 000 000.</p>
</body></html>"""

# ---------- 9 ISSA: brochure with coloured bands (WeasyPrint) ----------
def issa():
    n = N["issa-vn-2037-06"]; E, F = n["en"], n["fr"]
    def half(L, lab, about, duties):
        return f"""<div class=title><div class=small>{lab['join']}</div><h1>{e(L['title'])}</h1></div>
<div class=grid><div><span>{lab['ref']}</span>{n['ref']}</div><div><span>{lab['org']}</span>{e(L['org'])}</div><div><span>{lab['loc']}</span>{e(L['loc'])}</div>
<div><span>{lab['grade']}</span>P3</div><div><span>{lab['time']}</span>{e(L['sched'])}</div><div><span>{lab['contract']}</span>{lab['fixed']}</div>
<div><span>{lab['salary']}</span>{lab['salv']}</div><div><span>{lab['pub']}</span>{lab['pubv']}</div><div><span>{lab['dl']}</span>{lab['dlv']}</div></div>
<div class="band w"><h2>{lab['about']}</h2><p>{about}</p></div>
<div class="band g"><h2>{lab['duties']}</h2>{li(duties)}</div>
<div class="band w"><h2>{lab['ess']}</h2>{li(L['ess'])}</div>
<div class="band g"><h2>{lab['des']}</h2>{li(L['des'])}</div>
<div class="band w"><h2>{lab['comp']}</h2>{comps(L['comp'], lab['sep'])}</div>
<div class="band apply"><h2>{lab['apply']}</h2><p>{lab['applyv']}</p></div>"""
    en = half(E, dict(join="Join our team", ref="Vacancy", org="Organization", loc="Duty station", grade="Grade", time="Working time", contract="Contract", fixed="Fixed-term, two years",
        salary="Salary", salv="USD 81,720 net per year, plus post adjustment", pub="Published", pubv="21 April 2037", dl="Deadline", dlv="26 May 2037",
        about="About the Association", ess="What you need", des="Nice to have", duties="The role", comp="Competencies", sep=": ", apply="Apply",
        applyv="Apply through the ILO e-recruitment portal, quoting the vacancy number. Written tests are planned for mid-June 2037."),
        "Founded in 1927, the Association brings together more than 300 social security institutions in some 160 countries. Its secretariat, hosted by the International Labour Office in Geneva, produces professional guidelines, training and good-practice collections for its members.",
        ["Coordinate the review of two sets of ISSA Guidelines with expert groups.", "Draft guidance texts, case studies and self-assessment tools.", "Support member institutions that apply for recognition of good practice.", "Contribute to regional forums and webinars."])
    fr = half(F, dict(join="Rejoignez-nous", ref="Avis", org="Organisation", loc="Lieu d'affectation", grade="Grade", time="Temps de travail", contract="Contrat", fixed="Durée déterminée, deux ans",
        salary="Traitement", salv="81 720 dollars des États-Unis nets par an, plus ajustement de poste", pub="Publication", pubv="21 avril 2037", dl="Date limite", dlv="26 mai 2037",
        about="L'Association", ess="Votre profil", des="Un plus", duties="Le poste", comp="Compétences", sep=" : ", apply="Candidature",
        applyv="Postulez sur le portail de recrutement en ligne du BIT en rappelant le numéro de l'avis. Des tests écrits sont prévus mi-juin 2037."),
        "Fondée en 1927, l'Association réunit plus de 300 institutions de sécurité sociale dans quelque 160 pays. Son secrétariat, hébergé par le Bureau international du Travail à Genève, élabore des lignes directrices professionnelles, des formations et des recueils de bonnes pratiques pour ses membres.",
        ["Coordonner la révision de deux séries de lignes directrices de l'AISS avec des groupes d'experts.", "Rédiger des textes d'orientation, des études de cas et des outils d'auto-évaluation.", "Accompagner les institutions membres qui sollicitent la reconnaissance de bonnes pratiques.", "Contribuer aux forums régionaux et aux webinaires."])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size:A4; margin:0; }}
body {{ margin:0; font-family:'DejaVu Sans', sans-serif; font-size:9pt; color:#1e1e1e; }}
.mast {{ background:#00385f; color:#fff; padding:7mm 14mm; }} .mast b {{ font-size:18pt; }}
.title {{ background:#2aa6a0; color:#fff; padding:5mm 14mm; }} .title h1 {{ margin:2px 0 0; font-size:16pt; }} .small {{ font-size:9pt; }}
.grid {{ display:flex; flex-wrap:wrap; background:#e6e9ec; padding:3mm 14mm; }} .grid div {{ width:33%; padding:2px 0; }}
.grid span {{ display:block; font-size:7pt; color:#00385f; letter-spacing:1px; }}
.band {{ padding:3mm 14mm; }} .g {{ background:#f1f3f5; }} .w {{ background:#fff; }} .apply {{ background:#2aa6a0; color:#fff; }}
h2 {{ font-size:11pt; margin:0 0 3px; color:#00385f; }} .apply h2 {{ color:#fff; }}
ul {{ margin:0 0 0 14px; padding:0; }} li {{ list-style:square; }} p {{ margin:2px 0; }}
.strip {{ background:#00385f; color:#fff; padding:3mm 14mm; page-break-before:always; letter-spacing:2px; }}
.foot {{ background:#1e1e1e; color:#ccc; padding:4mm 14mm; font-size:7.5pt; }}
</style></head><body>
<div class=mast><b>ISSA · AISS</b> &nbsp; Careers · Carrières</div>
{en}
<div class=strip>VERSION FRANÇAISE</div>
{fr}
<div class=foot>ISSA / AISS · 4 route des Morillons, 1211 Geneva 22, Switzerland · Share: LinkedIn · X · E-mail</div>
</body></html>"""

# ---------- 10 Chantiers de l'Atlantique: landscape in three columns (WeasyPrint) ----------
def cda():
    n = N["cda-sn-2037-0381"]; F = n["fr"]
    return f"""<!DOCTYPE html><html lang=fr><head><meta charset="utf-8"><style>
@page {{ size:A4 landscape; margin:10mm 12mm; }}
body {{ font-family:'DejaVu Sans', sans-serif; font-size:8.4pt; color:#14213d; }}
.mast {{ border-bottom:3px solid #e4572e; padding-bottom:3px; margin-bottom:5px; display:flex; justify-content:space-between; }}
.mast b {{ font-size:14pt; }}
.cols {{ column-count:3; column-gap:8mm; column-rule:1px solid #e4572e; }}
.blk {{ break-inside:avoid; margin-bottom:5px; }}
h1 {{ font-size:14pt; margin:0 0 4px; }} h2 {{ font-size:9.5pt; color:#e4572e; margin:5px 0 2px; letter-spacing:1px; }}
.facts {{ border-left:3px solid #e4572e; background:#f4f5f7; padding:3px 6px; }} .facts p {{ margin:1px 0; }}
ul {{ margin:1px 0 1px 12px; padding:0; }} p {{ margin:2px 0; }}
.foot {{ font-size:7.5pt; color:#555; }}
</style></head><body>
<div class=mast><b>CHANTIERS DE L'ATLANTIQUE</b><span>Bâtisseurs de navires · Offre d'emploi</span></div>
<div class=cols>
<div class=blk><h1>{e(F['title'])}</h1>
<div class=facts><p>Référence : {n['ref']}</p><p>Employeur : {e(F['org'])}</p><p>Lieu : {e(F['loc'])}</p><p>Contrat : CDI</p>
<p>Horaires : {e(F['sched'])}</p><p>Rémunération : 38 - 44 k€ brut annuel selon profil</p><p>Habilitation requise : niveau Secret (procédure conduite après l'embauche)</p>
<p>Publication : 27/04/2037</p><p>Date limite : 28/05/2037</p></div></div>
<div class=blk><h2>LE CONTEXTE</h2><p>Sur le site de Penhoët, nos équipes construisent des paquebots, des navires militaires et des sous-stations pour l'éolien en mer. Le service méthodes tuyauterie prépare le travail de plus de deux cents monteurs à bord et en atelier.</p></div>
<div class=blk><h2>VOS MISSIONS</h2><ul><li>Découper les ensembles de tuyauterie en lots de montage</li><li>Rédiger les gammes et les dossiers de fabrication</li><li>Vérifier la disponibilité des pièces avant lancement</li><li>Traiter les non-conformités avec le bureau d'études</li><li>Suivre l'avancement à bord avec les chefs d'équipe</li></ul></div>
<div class=blk><h2>VOTRE PROFIL</h2><ul>{''.join(f'<li>{e(x)}</li>' for x in F['ess'])}</ul></div>
<div class=blk><h2>LES PLUS</h2><ul>{''.join(f'<li>{e(x)}</li>' for x in F['des'])}</ul></div>
<div class=blk><h2>SAVOIR-ÊTRE</h2>{comps(F['comp'], ' : ')}</div>
<div class=blk><h2>CE QUE NOUS OFFRONS</h2><p>Intéressement et participation, restaurant d'entreprise, prime d'équipe de 1 200 € par an, accompagnement au logement pour les nouveaux arrivants.</p></div>
<div class=blk><h2>POSTULER</h2><p>Candidature en ligne sur notre site carrières, rubrique « Nos offres », avec le numéro de référence. Entretiens à partir du 8 juin 2037.</p>
<p class=foot>Chantiers de l'Atlantique · avenue Bourdelle, 44600 Saint-Nazaire · Nous recrutons tous les talents, sans distinction.</p></div>
</div></body></html>"""

OUT = {
    "uia-sg-2037-03-uia.html": (uia, "root"),
    "wa-2037-hr-04-worldarchery.html": (wa, "root"),
    "cdf-drh-2037-044-collegedefrance.html": (cdf, "src"),
    "oic-ed-37-0263-orkney.html": (oic, "src"),
    "issa-vn-2037-06-issa.html": (issa, "src"),
    "cda-sn-2037-0381-chantiers.html": (cda, "src"),
}
if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "src"), exist_ok=True)
    for fn, (f, where) in OUT.items():
        p = os.path.join(ROOT if where == "root" else os.path.join(HERE, "src"), fn)
        open(p, "w", encoding="utf-8").write(f())
    print("html written")
