# -*- coding: utf-8 -*-
"""WeasyPrint sources: AudéLor (form with boxes), CIE (brochure with coloured bands, EN then FR),
EPIDOR (landscape page in columns)."""
import os
from html import escape as e
from data import N, HERE

SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)


def li(items):
    return "".join(f"<li>{e(i)}</li>" for i in items)


# ---------------------------------------------------------------- AudéLor
def audelor():
    n = N["aud"]
    r = n["req"]["fr"]

    def box(label, value, cls=""):
        return f"<td class='box {cls}'><div class='l'>{e(label)}</div><div class='v'>{value}</div></td>"

    ACT = box("Activités principales", "<ul><li>actualiser les observatoires des déplacements et du stationnement ;</li><li>exploiter les comptages, les enquêtes et les données de billetterie du réseau de bus et du bateau-bus ;</li><li>produire notes, cartes et tableaux de bord pour Lorient Agglomération et les communes ;</li><li>contribuer aux études de plans de mobilité et de schémas cyclables ;</li><li>animer le club technique des partenaires de l'observatoire.</li></ul>")
    REM = box("Rémunération", "De 2 450 à 2 900 € bruts mensuels selon expérience (convention collective des agences d'urbanisme), 13<sup>e</sup> mois")
    SE = "<ul>" + "".join(f"<li><b>{e(c['name'])} :</b> {e(c['description'])}</li>" for c in n["comp"]["fr"]) + "</ul>"
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste {e(n['ref'])}</title>
<style>
@page {{ size: A4; margin: 12mm 12mm 16mm;
  @bottom-left {{ content: "AudéLor – Fiche de poste – Formulaire RH-07"; font-size: 7pt; color: #666; }}
  @bottom-right {{ content: "page " counter(page) " / " counter(pages); font-size: 7pt; color: #666; }} }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #1d2b36; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid #e2007a; padding-bottom: 3mm; }}
.top .t {{ font-size: 17pt; font-weight: bold; color: #00627a; }}
.top .s {{ font-size: 8pt; color: #555; }}
.id {{ border: 1.5px solid #00627a; padding: 2mm 3mm; font-size: 8.5pt; }}
table.g {{ width: 100%; border-collapse: separate; border-spacing: 2mm; margin-top: 1mm; }}
td.box {{ border: 1px solid #8aa7b3; vertical-align: top; padding: 1.5mm 2mm; }}
td.wide {{ }}
.l {{ font-size: 6.5pt; text-transform: uppercase; letter-spacing: .08em; color: #00627a; font-weight: bold; margin-bottom: 1mm; }}
.sec {{ background: #e2007a; color: #fff; font-weight: bold; padding: 1.2mm 3mm; margin-top: 3mm; letter-spacing: .05em; }}
ul {{ margin: 0 0 0 4mm; padding: 0; list-style-type: '▸ '; }}
.tick {{ font-size: 8.5pt; }}
.visa td {{ height: 14mm; }}
</style></head><body>
<div class="top"><div><div class="s">AudéLor · agence d'urbanisme et de développement · pays de Lorient</div>
<div class="t">FICHE DE POSTE</div></div>
<div class="id">Offre n° <b>{e(n['ref'])}</b><br>Diffusée le 11/09/2043</div></div>

<div class="sec">A · LE POSTE</div>
<table class="g"><tr>{box('Intitulé du poste', e(n['title']['fr']), 'wide')}{box('Employeur', e(n['org']['fr']))}</tr>
<tr>{box("Lieu de travail", e(n['loc']['fr']))}{box('Pôle', 'Observatoires et prospective (équipe de 6 personnes)')}</tr>
<tr>{box('Nature du recrutement', "<span class='tick'>☒ CDI de droit privé &nbsp; ☐ CDD &nbsp; ☐ Alternance</span>")}
{box('Temps de travail', "<span class='tick'>☒ " + e(n['sched']['fr']) + "<br>☐ Temps partiel possible (90 %)</span>")}</tr></table>

<div class="sec">B · MISSIONS</div>
<table class="g"><tr>{ACT}</tr></table>

<div class="sec">C · PROFIL</div>
<table class="g"><tr>{box('Savoirs et savoir-faire exigés', '<ul>' + li(r['essential']) + '</ul>')}</tr>
<tr>{box('Seraient un plus', '<ul>' + li(r['desirable']) + '</ul>')}</tr>
<tr>{box('Savoir-être', SE)}</tr></table>

<div class="sec">D · CONDITIONS</div>
<table class="g"><tr>{REM}
{box('Avantages', 'Titres-restaurant de 9 €, forfait mobilités durables de 300 € par an, mutuelle prise en charge à 60 %')}</tr>
<tr>{box('Date limite de candidature', '09/10/2043')}{box('Jury de recrutement', 'Semaine du 02/11/2043')}</tr>
<tr>{box('Prise de poste souhaitée', '04/01/2044')}{box('Contact', 'Responsable du pôle : recrutement@audelor.example · 02 97 00 00 00')}</tr></table>

<div class="sec">E · VISAS</div>
<table class="g visa"><tr>{box('Direction', '')}{box('Ressources humaines', '')}{box('Date', '')}</tr></table>
</body></html>
"""
    open(os.path.join(SRC, n["key"] + "-audelor.html"), "w", encoding="utf-8").write(html)


# ---------------------------------------------------------------- CIE
def cie():
    n = N["cie"]

    def half(l):
        T = {
            "en": dict(kick="VACANCY", lab=["REFERENCE", "EMPLOYER", "LOCATION", "HOURS", "SALARY", "CONTRACT",
                                            "PUBLISHED", "START", "CLOSING DATE"],
                       vals=["EUR 4,150 – 4,650 per month (gross, paid 14 times a year)", "Fixed-term, three years, renewable",
                             "10 September 2043", "1 February 2044", "22 October 2043"],
                       about=("About the CIE", "The CIE is the international authority on light, lighting, colour, "
                              "vision and imaging. Its Central Bureau in Vienna publishes the International "
                              "Standards and Technical Reports prepared by some 200 committees of volunteer "
                              "experts."),
                       role=("The role", ["Edit draft standards and reports for language, structure and "
                                          "consistency.", "Prepare final texts for publication and for joint "
                                          "publication with ISO and IEC.", "Keep the International Lighting "
                                          "Vocabulary database up to date.", "Advise committee chairs on "
                                          "drafting rules and deadlines."]),
                       ess="What you bring", des="A plus", how="How you work",
                       apply=("Apply", "Send your CV and a letter in English or French to "
                              "jobs@cie-bureau.example by the closing date. Interviews are planned in Vienna on "
                              "12 and 13 November 2043. A relocation allowance of EUR 2,500 is available.")),
            "fr": dict(kick="OFFRE D'EMPLOI", lab=["RÉFÉRENCE", "EMPLOYEUR", "LIEU", "HORAIRES", "RÉMUNÉRATION",
                                                    "CONTRAT", "PUBLICATION", "ENTRÉE EN FONCTION", "DATE LIMITE"],
                       vals=["4 150 à 4 650 EUR bruts par mois (versés 14 fois par an)", "Durée déterminée, trois ans, renouvelable",
                             "10 septembre 2043", "1er février 2044", "22 octobre 2043"],
                       about=("La CIE", "La CIE est l'autorité internationale en matière de lumière, d'éclairage, "
                              "de couleur, de vision et d'imagerie. Son Bureau central, à Vienne, publie les normes "
                              "internationales et rapports techniques préparés par quelque 200 comités d'experts "
                              "bénévoles."),
                       role=("Le poste", ["Réviser les projets de normes et de rapports (langue, structure, "
                                          "cohérence).", "Préparer les textes définitifs pour publication, y "
                                          "compris en copublication avec l'ISO et la CEI.", "Tenir à jour la base "
                                          "du Vocabulaire international de l'éclairage.", "Conseiller les "
                                          "présidents de comité sur les règles de rédaction et les échéances."]),
                       ess="Votre profil", des="Un plus", how="Votre façon de travailler",
                       apply=("Candidature", "Adressez votre CV et une lettre en anglais ou en français à "
                              "jobs@cie-bureau.example avant la date limite. Les entretiens sont prévus à Vienne "
                              "les 12 et 13 novembre 2043. Une indemnité d'installation de 2 500 EUR est prévue.")),
        }[l]
        vals = [n["ref"], n["org"][l], n["loc"][l], n["sched"][l]] + T["vals"]
        grid = "".join(f"<div class='cell'><div class='lab'>{e(a)}</div><div>{e(b)}</div></div>"
                       for a, b in zip(T["lab"], vals))
        sep = " :" if l == "fr" else ":"
        comps = "".join(f"<li><b>{e(c['name'])}{sep}</b> {e(c['description'])}</li>" for c in n["comp"][l])
        return f"""
<div class="title"><div class="kick">{T['kick']} · {e(n['ref'])}</div><h1>{e(n['title'][l])}</h1></div>
<div class="facts">{grid}</div>
<div class="band w"><h2>{T['about'][0]}</h2><p>{T['about'][1]}</p></div>
<div class="band g"><h2>{T['role'][0]}</h2><ul>{li(T['role'][1])}</ul></div>
<div class="band w"><h2>{T['ess']}</h2><ul>{li(n['req'][l]['essential'])}</ul><h3>{T['des']}</h3><ul>{li(n['req'][l]['desirable'])}</ul></div>
<div class="band g"><h2>{T['how']}</h2><ul>{comps}</ul></div>
<div class="band a"><h2>{T['apply'][0]}</h2><p>{T['apply'][1]}</p></div>"""

    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CIE {e(n['ref'])}</title>
<style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font-family: 'Liberation Sans', sans-serif; font-size: 9.3pt; color: #222; }}
.mast {{ background: #1a1a5e; color: #fff; padding: 6mm 14mm; }}
.mast .o {{ font-weight: bold; letter-spacing: .06em; }}
.mast .c {{ font-size: 8pt; color: #f4c542; }}
.title {{ background: #f4c542; padding: 5mm 14mm; }}
.kick {{ letter-spacing: .25em; font-size: 7.5pt; }}
h1 {{ margin: 1.5mm 0 0; font-size: 17pt; color: #1a1a5e; }}
.facts {{ background: #e4e6f4; padding: 3mm 14mm; display: flex; flex-wrap: wrap; }}
.cell {{ width: 50%; padding: 1mm 0; }}
.lab {{ font-size: 6.5pt; letter-spacing: .15em; color: #1a1a5e; font-weight: bold; }}
.band {{ padding: 3mm 14mm; }}
.band.g {{ background: #f1f1f1; }}
.band.a {{ background: #f4c542; }}
h2 {{ font-size: 10.5pt; color: #1a1a5e; margin: 0 0 1.5mm; }}
h3 {{ font-size: 9.5pt; margin: 2mm 0 1mm; }}
ul {{ margin: 0 0 0 5mm; padding: 0; list-style: square; }}
.strip {{ page-break-before: always; background: #1a1a5e; color: #f4c542; letter-spacing: .3em; padding: 3mm 14mm; font-weight: bold; }}
.foot {{ background: #10103a; color: #bbb; font-size: 7.5pt; padding: 3mm 14mm; }}
</style></head><body>
<div class="mast"><div class="o">INTERNATIONAL COMMISSION ON ILLUMINATION · COMMISSION INTERNATIONALE DE L'ÉCLAIRAGE</div>
<div class="c">Careers · Carrières · Internationale Beleuchtungskommission</div></div>
{half('en')}
<div class="strip">VERSION FRANÇAISE</div>
{half('fr')}
<div class="foot">CIE Central Bureau · Vienna · Share: LinkedIn · E-mail · Print</div>
</body></html>
"""
    open(os.path.join(SRC, n["key"] + "-cie.html"), "w", encoding="utf-8").write(html)


# ---------------------------------------------------------------- EPIDOR
def epidor():
    n = N["epi"]
    r = n["req"]["fr"]
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>EPIDOR {e(n['ref'])}</title>
<style>
@page {{ size: A4 landscape; margin: 12mm 12mm 14mm;
  @top-right {{ content: "EPIDOR · Offre {e(n['ref'])}"; font-size: 7pt; color: #777; }}
  @bottom-center {{ content: "EPIDOR · Le Bourg, Castelnaud-la-Chapelle · recrutement@epidor.example"; font-size: 7pt; color: #777; }} }}
body {{ font-family: 'Liberation Serif', serif; font-size: 9.2pt; column-count: 3; column-gap: 8mm; column-rule: 1px solid #9cb8a0; }}
.k {{ letter-spacing: .25em; font-size: 7.5pt; color: #1f6f8b; font-family: 'Liberation Sans', sans-serif; }}
h1 {{ font-size: 15pt; color: #1f6f8b; border-bottom: 2px solid #1f6f8b; margin: 2mm 0 3mm; padding-bottom: 2mm; }}
h2 {{ font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; color: #1f6f8b; text-transform: uppercase; margin: 3mm 0 1mm; letter-spacing: .06em; }}
p {{ margin: 0 0 1.5mm; }}
ul {{ margin: 0 0 0 4mm; padding: 0; }}
ul.m {{ list-style: none; margin-left: 0; }}
</style></head><body>
<div class="k">L'ÉTABLISSEMENT RECRUTE</div>
<h1>{e(n['title']['fr'])}</h1>
<p><b>Référence :</b> {e(n['ref'])}</p>
<p><b>Employeur :</b> {e(n['org']['fr'])}</p>
<p><b>Lieu :</b> {e(n['loc']['fr'])}</p>
<p><b>Contrat :</b> CDD de trois ans (emploi non permanent, article L. 332-24)</p>
<p><b>Horaires :</b> {e(n['sched']['fr'])}</p>
<p><b>Rémunération :</b> de 26 000 à 30 500 € bruts annuels selon expérience</p>
<p><b>Publication :</b> 18/09/2043</p>
<p><b>Date limite :</b> 27/10/2043</p>
<h2>L'établissement</h2>
<p>Établissement public territorial de bassin, EPIDOR réunit les départements et régions du bassin de la Dordogne pour une gestion concertée de l'eau, des rivières et des poissons migrateurs, de la source à l'estuaire.</p>
<h2>Vos missions</h2>
<ul class="m"><li>– suivre l'état des cours d'eau et des zones humides prioritaires ;</li>
<li>– accompagner les syndicats de rivière dans leurs programmes de travaux ;</li>
<li>– réaliser les inventaires de zones humides et les saisir dans la base de données ;</li>
<li>– préparer les dossiers de financement auprès de l'agence de l'eau ;</li>
<li>– participer à l'animation du réseau des techniciens du bassin.</li></ul>
<h2>Votre profil</h2><ul>{li(r['essential'])}</ul>
<h2>Les plus</h2><ul>{li(r['desirable'])}</ul>
<h2>Vos qualités</h2>
{''.join(f"<p><b>{e(c['name'])} :</b> {e(c['description'])}</p>" for c in n['comp']['fr'])}
<h2>Conditions</h2>
<p>Véhicule de service, tenue de terrain fournie, participation de 15 € par mois à la mutuelle et chèques-déjeuner de 8 €. Entretiens prévus le 9 novembre 2043 ; prise de poste au 1er janvier 2044.</p>
<h2>Candidater</h2>
<p>Lettre de motivation et CV à adresser à Monsieur le Président d'EPIDOR, par courriel à recrutement@epidor.example, au plus tard le 27/10/2043.</p>
</body></html>
"""
    open(os.path.join(SRC, n["key"] + "-epidor.html"), "w", encoding="utf-8").write(html)


if __name__ == "__main__":
    audelor(); cie(); epidor()
