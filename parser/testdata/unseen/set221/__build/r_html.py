# -*- coding: utf-8 -*-
"""Chromium HTML pages (kept in the set beside their PDFs): FIH (poster with a sidebar) and
Compagnie des Alpes (landscape page in three columns)."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import N

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
e = html.escape


def lis(xs):
    return "".join(f"<li>{e(x)}</li>" for x in xs)


def fih():
    d = N["fih-2036-011"]
    r = d["req"]["en"]
    css = """
@page { size: A4; margin: 0; }
body { margin: 0; font: 9.2pt/1.38 'Liberation Sans', Arial, sans-serif; color: #1a1a1a; }
.banner { background: #003e7e; color: #fff; padding: 9mm 14mm 7mm; }
.banner .k { letter-spacing: 4px; font-size: 8.5pt; color: #9fd3ff; }
.banner h1 { margin: 2mm 0 0; font-size: 25pt; }
.wrap { padding: 6mm 14mm 2mm; }
aside { float: right; width: 58mm; margin: 0 0 6mm 8mm; background: #e6f1fb; padding: 5mm; border-top: 4px solid #00a651; }
aside dt { font-size: 7pt; letter-spacing: 2px; text-transform: uppercase; color: #35618f; margin-top: 3mm; }
aside dt:first-child { margin-top: 0; }
aside dd { margin: 0.5mm 0 0; font-weight: bold; }
h2 { font-size: 12pt; color: #003e7e; border-left: 4px solid #00a651; padding-left: 3mm; margin: 4mm 0 1.5mm; }
ul { margin: 0; padding-left: 5mm; } li { margin: 1mm 0; }
.apply { clear: both; background: #00a651; color: #fff; padding: 5mm 14mm; margin-top: 4mm; }
.apply h2 { color: #fff; border-left-color: #fff; margin-top: 0; }
.foot { font-size: 7.5pt; color: #555; padding: 3mm 14mm; }
"""
    body = f"""
<div class="banner"><div class="k">FIH · INTERNATIONAL HOCKEY FEDERATION · CAREERS</div>
<h1>{e(d['title']['en'])}</h1></div>
<div class="wrap">
<aside><dl>
<dt>Reference</dt><dd>{e(d['reference'])}</dd>
<dt>Organisation</dt><dd>{e(d['organisation']['en'])}</dd>
<dt>Department</dt><dd>Events</dd>
<dt>Location</dt><dd>{e(d['location']['en'])}</dd>
<dt>Activity rate</dt><dd>{e(d['schedule']['en'])}</dd>
<dt>Contract</dt><dd>Permanent</dd>
<dt>Entry date</dt><dd>1 June 2036</dd>
<dt>Published</dt><dd>13 February 2036</dd>
<dt>Closing date</dt><dd>18 March 2036</dd>
</dl></aside>
<h2>Who we are</h2>
<p>The International Hockey Federation is the world governing body of hockey, with more than 130 member
associations and five continental federations. From its headquarters in Lausanne, the FIH organises the Hockey
World Cups, the FIH Pro League and the Olympic hockey tournaments together with the host organisers.</p>
<h2>Your mission</h2>
<p>As Event Operations Manager, you make sure that FIH competitions are delivered to the same standard on every
continent. You report to the Events Director and work with local organising committees from the bidding
phase until the final match.</p>
<ul>
<li>Prepare the operational requirements and hosting agreements of FIH events</li>
<li>Monitor venue readiness, accreditation, transport and accommodation plans</li>
<li>Lead site visits and coordinate FIH staff and officials on site</li>
<li>Manage event budgets and supplier contracts</li>
<li>Write post-event reports and update the event manuals</li>
</ul>
<h2>What you need</h2>
<ul>{lis(r['essential'])}</ul>
<h2>What would set you apart</h2>
<ul>{lis(r['desirable'])}</ul>
<h2>What we offer</h2>
<p>A dynamic international team in the Olympic Capital, travel to events around the world (about 70 days a
year), five weeks of holiday and a pension fund above the legal minimum.</p>
</div>
<div class="apply"><h2>How to apply</h2>
Send your CV and cover letter in English through careers.fih-hq.example by the closing date. Interviews will be
held in Lausanne in the week of 6 April 2036.</div>
<div class="foot">FIH · Rue du Valentin · Lausanne · Switzerland</div>
"""
    out = os.path.join(ROOT, "fih-2036-011-fih.html")
    open(out, "w", encoding="utf-8").write(f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{e(d['title']['en'])} – FIH</title><style>{css}</style></head><body>{body}</body></html>\n")
    return out


def cda():
    d = N["cda-2036-0214"]
    r = d["req"]["fr"]
    css = """
@page { size: A4 landscape; margin: 9mm 10mm; }
body { margin: 0; font: 8.6pt/1.38 'Liberation Sans', Arial, sans-serif; color: #16233a; }
.mast { border-bottom: 3px solid #0072bc; padding-bottom: 2mm; margin-bottom: 3mm; display: flex; justify-content: space-between; align-items: baseline; }
.mast b { font-size: 14pt; color: #0072bc; letter-spacing: 1px; }
.mast span { font-size: 8pt; color: #555; }
.cols { column-count: 3; column-gap: 7mm; column-rule: 1px solid #b8cde0; }
.blk { break-inside: avoid; margin-bottom: 3mm; }
h1 { font-size: 14pt; margin: 0 0 2mm; color: #0b2d5b; }
h2 { font-size: 9.5pt; color: #0072bc; text-transform: uppercase; letter-spacing: 1px; margin: 0 0 1mm; }
.facts { border-left: 3px solid #0072bc; background: #eef5fb; padding: 2mm 3mm; }
.facts p { margin: 0.6mm 0; }
ul { margin: 0; padding-left: 4mm; } li { margin: 0.6mm 0; }
p { margin: 0 0 1mm; }
.foot { font-size: 7.5pt; color: #444; border-top: 1px solid #b8cde0; padding-top: 2mm; }
"""
    body = f"""
<div class="mast"><b>COMPAGNIE DES ALPES</b><span>Domaines skiables · Offre d'emploi {e(d['reference'])}</span></div>
<div class="cols">
<div class="blk"><h1>{e(d['title']['fr'])}</h1>
<div class="facts">
<p><b>Référence :</b> {e(d['reference'])}</p>
<p><b>Employeur :</b> {e(d['organisation']['fr'])}</p>
<p><b>Site :</b> domaine skiable de Paradiski – secteur Arc 1800</p>
<p><b>Lieu de travail :</b> {e(d['location']['fr'])}</p>
<p><b>Contrat :</b> CDI</p>
<p><b>Horaires :</b> {e(d['schedule']['fr'])}</p>
<p><b>Salaire :</b> 2 350 € à 2 700 € bruts mensuels sur 13 mois</p>
<p><b>Publication :</b> 28/01/2036</p>
<p><b>Date limite :</b> 03/03/2036</p>
</div></div>
<div class="blk"><h2>Le domaine</h2>
<p>Avec plus de 200 km de pistes reliés par un téléphérique, le domaine compte une soixantaine de remontées
mécaniques. L'équipe de maintenance, composée de quarante techniciens, assure leur entretien toute l'année :
grandes inspections au printemps et à l'automne, interventions de dépannage pendant l'hiver.</p></div>
<div class="blk"><h2>Vos missions</h2><ul>
<li>réaliser les visites et contrôles réglementaires des télésièges et télécabines ;</li>
<li>diagnostiquer les pannes mécaniques, électriques et hydrauliques ;</li>
<li>participer aux grandes inspections et aux révisions des véhicules ;</li>
<li>renseigner le registre d'exploitation et la GMAO ;</li>
<li>assurer l'astreinte technique selon le planning de l'équipe.</li></ul></div>
<div class="blk"><h2>Votre profil</h2><ul>{lis(r['essential'])}</ul></div>
<div class="blk"><h2>Les plus</h2><ul>{lis(r['desirable'])}</ul></div>
<div class="blk"><h2>Vos qualités</h2>
{''.join(f"<p><b>{e(c['name'])} :</b> {e(c['description'])}</p>" for c in d['comp']['fr'])}</div>
<div class="blk"><h2>Ce que nous offrons</h2>
<p>Forfait saison pour vous et votre famille, aide au logement en station, intéressement et participation,
formation continue aux habilitations et aux nouvelles installations.</p></div>
<div class="blk"><h2>Calendrier</h2>
<p>Entretiens à Bourg-Saint-Maurice à partir du 16 mars 2036. Prise de poste le 20 avril 2036, au début
de la grande inspection de printemps.</p></div>
<div class="blk"><h2>Postuler</h2>
<p>CV et lettre de motivation sur emplois.compagniedesalpes.example, en rappelant la référence.</p></div>
<div class="blk foot">Compagnie des Alpes · Direction des ressources humaines des domaines skiables ·
Cet emploi est ouvert à toutes et à tous.</div>
</div>
"""
    out = os.path.join(ROOT, "cda-2036-0214-compagniedesalpes.html")
    open(out, "w", encoding="utf-8").write(f"<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{e(d['title']['fr'])}</title><style>{css}</style></head><body>{body}</body></html>\n")
    return out


if __name__ == "__main__":
    for f in (fih, cda):
        print(f())
