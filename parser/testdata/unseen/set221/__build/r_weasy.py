# -*- coding: utf-8 -*-
"""WeasyPrint HTML sources: Musée d'Orsay (form with boxes), ISTA (three pages, running heads),
Brittany Ferries (brochure with coloured bands, FR then EN)."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import N

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
os.makedirs(SRC, exist_ok=True)
e = html.escape


def lis(items, cls=""):
    return "".join(f"<li>{e(s)}</li>" for s in items)


# ---------------------------------------------------------------- Orsay: form with boxes
def orsay():
    d = N["epmo-2036-rh-027"]
    r = d["req"]["fr"]
    css = """
@page { size: A4; margin: 14mm 14mm 16mm 14mm;
  @bottom-left { content: "Fiche de poste · modèle DRH-FP-07"; font: 7.5pt 'DejaVu Sans'; color: #555; }
  @bottom-right { content: "page " counter(page) " / " counter(pages); font: 7.5pt 'DejaVu Sans'; color: #555; } }
body { font: 9.2pt/1.35 'DejaVu Sans', sans-serif; color: #111; }
.head { display: flex; border: 1.5px solid #222; }
.head div { padding: 6px 8px; }
.head .l { width: 58%; border-right: 1.5px solid #222; }
.head .r { width: 42%; background: #eee; }
.brand { font-weight: bold; font-size: 11pt; letter-spacing: 1px; }
.band { background: #3b3b3b; color: #fff; font-weight: bold; padding: 3px 8px; margin-top: 9px; font-size: 9.5pt; }
table.box { width: 100%; border-collapse: collapse; }
table.box td { border: 1px solid #444; padding: 3px 6px 5px; vertical-align: top; width: 50%; }
.lab { display: block; font-size: 6.8pt; text-transform: uppercase; color: #555; letter-spacing: .4px; margin-bottom: 1px; }
ul { margin: 2px 0 0 0; padding-left: 14px; } li { margin: 1px 0; }
.sig td { height: 42px; }
"""
    body = f"""
<div class="head"><div class="l"><div class="brand">MUSÉES D'ORSAY ET DE L'ORANGERIE</div>
<div>Direction des ressources humaines · Bureau du recrutement</div></div>
<div class="r"><b>FICHE DE POSTE</b><br>N° {e(d['reference'])}<br>Formulaire RH-07</div></div>

<div class="band">A. IDENTIFICATION DU POSTE</div>
<table class="box">
<tr><td><span class="lab">Intitulé du poste</span>{e(d['title']['fr'])}</td>
<td><span class="lab">Référence</span>{e(d['reference'])}</td></tr>
<tr><td><span class="lab">Établissement employeur</span>{e(d['organisation']['fr'])}</td>
<td><span class="lab">Direction / service</span>Direction du patrimoine bâti et de la maintenance – pôle fluides</td></tr>
<tr><td><span class="lab">Lieu d'affectation</span>{e(d['location']['fr'])}</td>
<td><span class="lab">Catégorie statutaire</span>B – technicien·ne (contractuel·le ou titulaire)</td></tr>
<tr><td><span class="lab">Nature de l'emploi</span>☒ Permanent ☐ Non permanent</td>
<td><span class="lab">Quotité</span>☒ Temps complet ☐ Temps partiel</td></tr>
<tr><td><span class="lab">Horaires</span>7 h 30 – 15 h 30 ; astreinte technique une semaine sur cinq</td>
<td><span class="lab">Rémunération</span>2 280 € bruts mensuels, plus indemnité d'astreinte</td></tr>
<tr><td><span class="lab">Date de publication</span>06/02/2036</td>
<td><span class="lab">Date limite de candidature</span>20/03/2036</td></tr>
</table>

<div class="band">B. CONTEXTE</div>
<table class="box"><tr><td colspan="2">L'établissement public réunit le musée d'Orsay, le musée de l'Orangerie et
la maison-atelier Hébert. Au musée de l'Orangerie, les Nymphéas de Claude Monet sont présentés sous une verrière qui
impose une régulation fine de la température et de l'hygrométrie. Le pôle fluides, composé de six techniciens, assure
l'exploitation des installations de chauffage, ventilation et climatisation des salles, des réserves et des bureaux.</td></tr></table>

<div class="band">C. MISSIONS</div>
<table class="box"><tr><td colspan="2"><ul>
<li>surveiller en continu les conditions climatiques des salles et des réserves et réagir aux alarmes ;</li>
<li>assurer la maintenance préventive des centrales de traitement d'air, des groupes froids et des chaufferies ;</li>
<li>réaliser les dépannages de premier niveau et encadrer les entreprises extérieures ;</li>
<li>renseigner la gestion de maintenance assistée par ordinateur ;</li>
<li>participer aux réglages lors des accrochages et des changements d'exposition.</li></ul></td></tr></table>

<div class="band">D. PROFIL</div>
<table class="box">
<tr><td colspan="2"><span class="lab">Compétences requises</span><ul>{lis(r['essential'])}</ul></td></tr>
<tr><td colspan="2"><span class="lab">Compétences appréciées</span><ul>{lis(r['desirable'])}</ul></td></tr>
<tr><td colspan="2"><span class="lab">Savoir-être</span>{' · '.join(e(c['name']) for c in d['comp']['fr'])}</td></tr>
</table>

<div class="band">E. CANDIDATURE</div>
<table class="box"><tr><td colspan="2">Lettre de motivation et CV à adresser, sous la référence du poste, à
recrutement@musees-orsay-orangerie.example. Les entretiens se tiendront à partir du 30 mars 2036 ;
prise de poste souhaitée le 1er mai 2036. Renseignements : pôle fluides, 01 40 00 00 00.</td></tr>
<tr class="sig"><td><span class="lab">Visa du chef de service</span></td><td><span class="lab">Visa de la DRH</span></td></tr></table>
"""
    out = os.path.join(SRC, "epmo-2036-rh-027-musee-orsay.html")
    open(out, "w", encoding="utf-8").write(f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>{e(d['reference'])}</title><style>{css}</style></head><body>{body}</body></html>")
    return out


# ---------------------------------------------------------------- ISTA: three pages with running heads and footers
def ista():
    d = N["ista-2036-03"]
    r = d["req"]["en"]
    css = f"""
@page {{ size: A4; margin: 26mm 22mm 24mm 22mm;
  @top-left {{ content: "International Seed Testing Association"; font: 8pt 'Liberation Sans'; color: #2e6b30; border-bottom: .5pt solid #2e6b30; }}
  @top-right {{ content: "Vacancy {d['reference']} · Job Description"; font: 8pt 'Liberation Sans'; color: #2e6b30; border-bottom: .5pt solid #2e6b30; }}
  @bottom-left {{ content: "ISTA Secretariat · Richtiarkade 18 · 8304 Wallisellen · Switzerland"; font: 7.5pt 'Liberation Sans'; color: #666; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 7.5pt 'Liberation Sans'; color: #666; }} }}
body {{ font: 10.5pt/1.5 'Liberation Serif', serif; }}
h1 {{ font: bold 17pt 'Liberation Sans'; color: #2e6b30; margin: 0 0 2mm; }}
h2 {{ font: bold 11.5pt 'Liberation Sans'; color: #2e6b30; margin: 7mm 0 2mm; }}
.kick {{ font: 9pt 'Liberation Sans'; letter-spacing: 1px; color: #555; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 4mm; }}
th, td {{ border: .6pt solid #9bb89c; padding: 3px 6px; text-align: left; vertical-align: top; font-size: 10pt; }}
th {{ background: #e8f1e8; width: 36%; }}
.brk {{ page-break-before: always; }}
ol.duties {{ list-style: lower-alpha; }}
"""
    body = f"""
<p class="kick">VACANCY NOTICE</p>
<h1>{e(d['title']['en'])}</h1>
<table>
<tr><th>Vacancy reference</th><td>{e(d['reference'])}</td></tr>
<tr><th>Organisation</th><td>{e(d['organisation']['en'])}</td></tr>
<tr><th>Unit</th><td>Accreditation Department</td></tr>
<tr><th>Place of work</th><td>{e(d['location']['en'])}</td></tr>
<tr><th>Workload</th><td>{e(d['schedule']['en'])}</td></tr>
<tr><th>Contract</th><td>Permanent, six-month probationary period</td></tr>
<tr><th>Annual gross salary (100%)</th><td>CHF 96,000 – 108,000, paid in 13 instalments</td></tr>
<tr><th>Published</th><td>5 February 2036</td></tr>
<tr><th>Application deadline</th><td>11 March 2036</td></tr>
<tr><th>Start date</th><td>1 June 2036 or by agreement</td></tr>
</table>

<h2>1. The Association</h2>
<p>Founded in 1924, ISTA develops internationally agreed rules for seed sampling and testing and accredits seed
testing laboratories in more than eighty countries. Accredited laboratories issue ISTA certificates that accompany
seed lots in international trade. The Secretariat in Wallisellen, near Zurich, employs about twenty people and
works in English.</p>

<h2>2. Purpose of the position</h2>
<p>The Accreditation Auditor plans and carries out audits of member laboratories, evaluates their technical
competence against the ISTA Accreditation Standard and prepares the reports on which the Executive Committee
bases its accreditation decisions. The position reports to the Head of Accreditation.</p>

<h2 class="brk">3. Main duties</h2>
<ol class="duties">
<li>Plan the annual audit programme with the laboratories and the technical experts.</li>
<li>Conduct on-site and remote audits of quality systems and testing methods.</li>
<li>Write audit reports and follow up corrective actions until closure.</li>
<li>Review the results of proficiency tests and flag laboratories that need support.</li>
<li>Train and coach new technical auditors from the member laboratories.</li>
<li>Contribute to the revision of accreditation documents and guidance notes.</li>
</ol>

<h2>4. Requirements</h2>
<p><b>Essential</b></p>
<ul>{lis(r['essential'])}</ul>
<p><b>Desirable</b></p>
<ul>{lis(r['desirable'])}</ul>

<h2>5. Competencies</h2>
{''.join(f"<p><b>{e(c['name'])}:</b> {e(c['description'])}</p>" for c in d['comp']['en'])}

<h2 class="brk">6. What we offer</h2>
<p>A small international team, flexible working hours with up to two days of remote work a week, 25 days of annual
leave and a pension plan above the legal minimum. Travel is organised and paid by the Secretariat; audit days abroad
are compensated with additional rest days.</p>

<h2>7. How to apply</h2>
<p>Please send your application (cover letter, CV, copies of diplomas and two references) as a single PDF file to
jobs@seedtest-secretariat.example, quoting the vacancy reference. Interviews will take place in Wallisellen in the
week of 30 March 2036; a short written case study is part of the selection.</p>
<p>ISTA is an equal opportunity employer. Only complete applications received by the deadline will be considered.</p>
"""
    out = os.path.join(SRC, "ista-2036-03-seedtest.html")
    open(out, "w", encoding="utf-8").write(f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{e(d['reference'])}</title><style>{css}</style></head><body>{body}</body></html>")
    return out


# ---------------------------------------------------------------- Brittany Ferries: brochure with coloured bands
def brittany():
    d = N["bf-nav-2036-044"]
    css = """
@page { size: A4; margin: 0; }
body { margin: 0; font: 8.8pt/1.35 'DejaVu Sans', sans-serif; color: #1d2b3a; }
.mast { background: #00366b; color: #fff; padding: 10mm 16mm 6mm; }
.mast .logo { font-weight: bold; font-size: 18pt; letter-spacing: 1px; }
.mast .tag { font-size: 9pt; color: #ffd45a; }
.title { background: #ffd45a; color: #00366b; padding: 5mm 16mm; }
.title h1 { margin: 0; font-size: 19pt; }
.title p { margin: 1mm 0 0; font-size: 9pt; }
.facts { background: #e9eef4; padding: 3mm 16mm; }
.facts div { display: inline-block; width: 49%; vertical-align: top; padding: 1.2mm 0; }
.facts span { display: block; font-size: 7pt; letter-spacing: 1.5px; text-transform: uppercase; color: #5a6b7d; }
.band { padding: 3mm 16mm; }
.band.grey { background: #f4f4f4; }
.band h2 { margin: 0 0 1.5mm; font-size: 11pt; color: #00366b; }
.band p { margin: 0; }
.band ul { margin: 0; padding-left: 0; list-style: none; }
.band li { padding-left: 6mm; position: relative; margin: 1mm 0; }
.band li:before { content: ""; position: absolute; left: 0; top: 1.6mm; width: 2.4mm; height: 2.4mm; background: #ffd45a; }
.apply { background: #00366b; color: #fff; padding: 5mm 16mm; }
.apply h2 { color: #ffd45a; margin: 0 0 2mm; font-size: 12pt; }
.strip { background: #ffd45a; color: #00366b; font-weight: bold; letter-spacing: 2px; padding: 3mm 16mm; page-break-before: always; }
.foot { background: #1d2b3a; color: #c9d3de; font-size: 7.5pt; padding: 4mm 16mm; }
"""

    def half(l):
        L = {"fr": dict(tag="La mer vous appelle", kicker="Nous recrutons · Personnel navigant hôtelier",
                        ref="Référence", comp="Société", loc="Affectation", sched="Rythme de travail",
                        contract="Contrat", pay="Salaire", pub="Publication", dl="Candidature avant le",
                        emb="Embarquement", about="Qui sommes-nous ?", role="Votre mission", bring="Votre profil",
                        nice="Un plus", offer="Ce que nous offrons", apply="Postuler",
                        contract_v="CDI de navigant", pay_v="2 900 € bruts mensuels, primes de navigation en sus",
                        pub_v="10 février 2036", dl_v="27 mars 2036", emb_v="mai 2036, après formation à terre en avril",
                        about_v="Compagnie bretonne fondée par des producteurs de légumes du Léon, Brittany Ferries relie la France, le Royaume-Uni, l'Irlande et l'Espagne avec une flotte d'une douzaine de navires. À bord, la moitié de l'équipage travaille à l'hôtellerie : réception, restaurants, bars et boutiques.",
                        role_v=["seconder le commissaire de bord dans la gestion des services hôteliers ;",
                                "encadrer les équipes de réception, de restauration et de boutique pendant la traversée ;",
                                "contrôler les caisses, les inventaires et les commandes d'avitaillement ;",
                                "accueillir les passagers et traiter les réclamations ;",
                                "participer aux exercices de sécurité et à l'assistance aux passagers en cas d'urgence."],
                        offer_v="Logement et repas à bord, un billet de traversée par an pour vos proches, une formation maritime prise en charge et des perspectives d'évolution vers le poste de commissaire de bord.",
                        apply_v="Déposez votre CV et une lettre de motivation sur recrutement.brittany-ferries.example en indiquant la référence. Les entretiens ont lieu à Roscoff ou en visioconférence à partir du 6 avril 2036."),
             "en": dict(tag="The sea is calling", kicker="We're hiring · Hotel crew at sea",
                        ref="Reference", comp="Company", loc="Base", sched="Working pattern",
                        contract="Contract", pay="Salary", pub="Published", dl="Apply by",
                        emb="Joining", about="Who we are", role="Your role", bring="What you bring",
                        nice="Nice to have", offer="What we offer", apply="How to apply",
                        contract_v="Permanent seafarer contract", pay_v="€2,900 gross per month plus sea allowances",
                        pub_v="10 February 2036", dl_v="27 March 2036", emb_v="May 2036, after shore training in April",
                        about_v="A Breton company founded by vegetable growers of the Léon coast, Brittany Ferries links France, the United Kingdom, Ireland and Spain with a fleet of about twelve ships. On board, half of the crew work in hospitality: reception, restaurants, bars and shops.",
                        role_v=["support the Purser in running the hotel services on board;",
                                "lead the reception, catering and shop teams during the crossing;",
                                "check tills, inventories and provisioning orders;",
                                "welcome passengers and handle complaints;",
                                "take part in safety drills and in passenger assistance in an emergency."],
                        offer_v="Accommodation and meals on board, a free crossing each year for your family, paid maritime training and a path to the Purser role.",
                        apply_v="Upload your CV and a cover letter at recrutement.brittany-ferries.example, quoting the reference. Interviews take place in Roscoff or by video from 6 April 2036.")}[l]
        r = d["req"][l]
        return f"""
<div class="title"><p>{e(L['kicker'])}</p><h1>{e(d['title'][l])}</h1></div>
<div class="facts">
<div><span>{L['ref']}</span>{e(d['reference'])}</div>
<div><span>{L['comp']}</span>{e(d['organisation'][l])}</div>
<div><span>{L['loc']}</span>{e(d['location'][l])}</div>
<div><span>{L['sched']}</span>{e(d['schedule'][l])}</div>
<div><span>{L['contract']}</span>{e(L['contract_v'])}</div>
<div><span>{L['pay']}</span>{e(L['pay_v'])}</div>
<div><span>{L['pub']}</span>{e(L['pub_v'])}</div>
<div><span>{L['dl']}</span>{e(L['dl_v'])}</div>
<div><span>{L['emb']}</span>{e(L['emb_v'])}</div>
</div>
<div class="band"><h2>{L['about']}</h2><p>{e(L['about_v'])}</p></div>
<div class="band grey"><h2>{L['role']}</h2><ul>{lis(L['role_v'])}</ul></div>
<div class="band"><h2>{L['bring']}</h2><ul>{lis(r['essential'])}</ul></div>
<div class="band grey"><h2>{L['nice']}</h2><ul>{lis(r['desirable'])}</ul></div>
<div class="band"><h2>{L['offer']}</h2><p>{e(L['offer_v'])}</p></div>
<div class="apply"><h2>{L['apply']}</h2><p>{e(L['apply_v'])}</p></div>
"""
    body = ("<div class='mast'><div class='logo'>BRITTANY FERRIES</div><div class='tag'>Recrutement · Recruitment — saison 2036</div></div>"
            + half("fr") + "<div class='strip'>ENGLISH VERSION</div>" + half("en")
            + "<div class='foot'>Brittany Ferries · Port du Bloscon · 29680 Roscoff · recrutement.brittany-ferries.example</div>")
    out = os.path.join(SRC, "bf-nav-2036-044-brittany-ferries.html")
    open(out, "w", encoding="utf-8").write(f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>{e(d['reference'])}</title><style>{css}</style></head><body>{body}</body></html>")
    return out


if __name__ == "__main__":
    for f in (orsay, ista, brittany):
        print(f())
