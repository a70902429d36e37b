# WeasyPrint sources: EPTB Saône et Doubs (form with boxes), IUFRO (brochure with coloured bands)
import os, html
from data import N, ROOT
h = html.escape
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")

def li(items):
    return "".join(f"<li>{h(x)}</li>" for x in items)

def eptb():
    d = N["eptb-sd-2044-19"]; r = d["requirements"]["fr"]; cs = d["competencies"]["fr"]
    return f"""<!DOCTYPE html><html lang=fr><head><meta charset=utf-8><style>
@page {{ size:A4; margin:15mm 14mm 18mm 14mm;
 @bottom-left {{ content:"EPTB Saône et Doubs – Formulaire FP-2 – Fiche de poste"; font:7.5pt 'Liberation Sans' }}
 @bottom-right {{ content:"Feuillet " counter(page) " sur " counter(pages); font:7.5pt 'Liberation Sans' }} }}
body {{ font-family:'Liberation Sans', sans-serif; font-size:9pt; color:#111 }}
table.form {{ width:100%; border-collapse:collapse; margin-bottom:3mm }}
table.form td {{ border:1px solid #333; padding:1.6mm 2mm; vertical-align:top }}
td.lab {{ background:#dfe8ee; width:34%; font-weight:bold; font-size:8.2pt }}
td.num {{ width:7mm; text-align:center; background:#1f4e6b; color:#fff; font-weight:bold }}
.title {{ border:2px solid #1f4e6b; padding:3mm; text-align:center; margin-bottom:3mm }}
.title .k {{ letter-spacing:3px; font-size:8pt; color:#1f4e6b }} .title .t {{ font-size:14pt; font-weight:bold }}
.sec {{ background:#1f4e6b; color:#fff; font-weight:bold; padding:1.2mm 2mm; font-size:8.6pt; letter-spacing:1px; margin-top:2mm }}
ul {{ margin:0 0 0 4mm; padding:0; list-style:square }}
.nw {{ white-space:nowrap }}
</style></head><body>
<div class=title><div class=k>FICHE DE POSTE – OFFRE D'EMPLOI</div><div class=t>{h(d['title']['fr'])}</div>
<div>Offre n° {d['reference']} · Version du 04/11/2044</div></div>
<div class=sec>A. IDENTIFICATION</div>
<table class=form>
<tr><td class=num>1</td><td class=lab>Employeur</td><td>{h(d['organisation']['fr'])}</td></tr>
<tr><td class=num>2</td><td class=lab>Service</td><td>Pôle rivières et milieux aquatiques</td></tr>
<tr><td class=num>3</td><td class=lab>Lieu d'affectation</td><td>{h(d['location']['fr'])}</td></tr>
<tr><td class=num>4</td><td class=lab>Cadre d'emplois</td><td>Techniciens territoriaux (catégorie B) – recrutement statutaire ou contractuel</td></tr>
<tr><td class=num>5</td><td class=lab>Nature du poste</td><td>☒ Emploi permanent &nbsp; ☐ Emploi non permanent &nbsp; ☐ Apprentissage</td></tr>
<tr><td class=num>6</td><td class=lab>Temps de travail</td><td>☒ {h(d['schedule']['fr'])}<br>☐ Temps non complet</td></tr>
<tr><td class=num>7</td><td class=lab>Rémunération</td><td>Traitement indiciaire et RIFSEEP : de 2 150 à 2 520 € bruts mensuels ; CNAS et participation à la mutuelle (20 € par mois)</td></tr>
</table>
<div class=sec>B. MISSIONS</div>
<table class=form><tr><td class=num>8</td><td class=lab>Missions principales</td><td><ul>
<li>programmer et suivre les travaux de restauration de la ripisylve et des berges ;</li>
<li>conduire les diagnostics de terrain et les relevés hydromorphologiques ;</li>
<li>préparer les dossiers réglementaires et les déclarations d'intérêt général ;</li>
<li>assurer le lien avec les communes, les exploitants agricoles et les fédérations de pêche.</li></ul></td></tr></table>
<div class=sec>C. PROFIL</div>
<table class=form>
<tr><td class=num>9</td><td class=lab>Compétences et diplômes exigés</td><td><ul>{li(r['essential'])}</ul></td></tr>
<tr><td class=num>10</td><td class=lab>Compétences appréciées</td><td><ul>{li(r['desirable'])}</ul></td></tr>
<tr><td class=num>11</td><td class=lab>Qualités attendues</td><td>{''.join(f"<p style='margin:0 0 1mm'><b>{h(c['name'])}</b> : {h(c['description'])}</p>" for c in cs)}</td></tr>
<tr><td class=num>12</td><td class=lab>Permis de conduire</td><td>☒ Permis B &nbsp; ☐ Permis bateau &nbsp; ☐ Sans objet</td></tr>
</table>
<div class=sec>D. CALENDRIER ET CANDIDATURE</div>
<table class=form>
<tr><td class=num>13</td><td class=lab>Date de publication</td><td>04/11/2044</td></tr>
<tr><td class=num>14</td><td class=lab>Date limite de candidature</td><td>07/12/2044</td></tr>
<tr><td class=num>15</td><td class=lab>Jury de recrutement</td><td>Semaine du 04/01/2045</td></tr>
<tr><td class=num>16</td><td class=lab>Prise de poste souhaitée</td><td>01/03/2045</td></tr>
<tr><td class=num>17</td><td class=lab>Candidature</td><td>Lettre de motivation et CV à adresser à Monsieur le Président, par courriel à recrutement@eptb-saone-doubs.example</td></tr>
</table>
<div class=sec>E. VISAS (réservé au service)</div>
<table class=form><tr><td class=lab>Directeur·rice</td><td style="height:12mm"></td><td class=lab>Ressources humaines</td><td></td></tr></table>
</body></html>"""

def iufro():
    d = N["iufro-hq-2044-02"]; t, o, l, s = d["title"], d["organisation"], d["location"], d["schedule"]
    re, rf = d["requirements"]["en"], d["requirements"]["fr"]; ce, cf = d["competencies"]["en"], d["competencies"]["fr"]
    def grid(lbls, vals):
        return "<div class=grid>" + "".join(f"<div><span>{a}</span>{h(b)}</div>" for a, b in zip(lbls, vals)) + "</div>"
    en = grid(["REFERENCE", "EMPLOYER", "DUTY STATION", "WORKING HOURS", "CONTRACT", "SALARY", "PUBLISHED", "START", "CLOSING DATE"],
              [d['reference'], o['en'], l['en'], s['en'], "Fixed term, three years, renewable",
               "EUR 3,900 – 4,400 gross per month, paid 14 times a year", "4 November 2044", "1 March 2045", "16 December 2044"])
    fr = grid(["RÉFÉRENCE", "EMPLOYEUR", "LIEU D'AFFECTATION", "TEMPS DE TRAVAIL", "CONTRAT", "RÉMUNÉRATION", "PUBLICATION", "ENTRÉE EN FONCTION", "DATE LIMITE"],
              [d['reference'], o['fr'], l['fr'], s['fr'], "Durée déterminée de trois ans, renouvelable",
               "3 900 à 4 400 EUR bruts par mois, versés 14 fois par an", "4 novembre 2044", "1er mars 2045", "16 décembre 2044"])
    return f"""<!DOCTYPE html><html><head><meta charset=utf-8><style>
@page {{ size:A4; margin:0 }}
body {{ margin:0; font-family:'Liberation Sans', sans-serif; font-size:9.2pt; color:#1d2b1f }}
.mast {{ background:#21452b; color:#fff; padding:8mm 14mm 5mm }} .mast b {{ font-size:13pt }} .mast .s {{ color:#c8d96f; font-size:8pt; letter-spacing:2px; margin-top:2mm }}
.tb {{ background:#c8d96f; padding:5mm 14mm }} .tb .k {{ letter-spacing:3px; font-size:8pt }} .tb h1 {{ margin:1mm 0 0; font-size:17pt }}
.grid {{ background:#eef3dc; padding:4mm 14mm; display:grid; grid-template-columns:1fr 1fr; gap:2mm 8mm }}
.grid span {{ display:block; font-size:6.8pt; letter-spacing:1.5px; color:#4e6b2f }}
.band {{ padding:4mm 14mm }} .band.g {{ background:#f1f1ec }}
h2 {{ font-size:10.5pt; color:#21452b; margin:0 0 2mm }} ul {{ list-style:square; margin:0 0 0 5mm; padding:0 }}
.apply {{ background:#8aa63a; color:#fff; padding:4mm 14mm }}
.strip {{ background:#21452b; color:#c8d96f; letter-spacing:4px; font-weight:bold; padding:3mm 14mm; page-break-before:always }}
.foot {{ background:#132818; color:#aab; font-size:7.5pt; padding:3mm 14mm }}
</style></head><body>
<div class=mast><b>INTERNATIONAL UNION OF FOREST RESEARCH ORGANIZATIONS</b><br>Union internationale des instituts de recherches forestières<div class=s>INTERCONNECTING FORESTS, SCIENCE AND PEOPLE · CAREERS</div></div>
<div class=tb><div class=k>VACANCY · {d['reference']}</div><h1>{h(t['en'])}</h1></div>
{en}
<div class=band><h2>About the post</h2><p>IUFRO links some fifteen thousand scientists in more than six hundred member organizations. The
Scientific Networks Officer supports the officeholders of research units and task forces, keeps the membership records
and helps prepare the world congress and divisional conferences.</p></div>
<div class="band g"><h2>What you bring</h2><ul>{li(re['essential'])}</ul><h2 style="margin-top:3mm">A plus</h2><ul>{li(re['desirable'])}</ul></div>
<div class=band><h2>How you work</h2>{''.join(f"<p><b>{h(c['name'])}:</b> {h(c['description'])}</p>" for c in ce)}</div>
<div class=apply><b>Apply</b> by sending a CV and a cover letter to jobs@iufro.example. Interviews: 20–21 January 2045. A public transport
ticket worth EUR 365 a year is offered.</div>
<div class=strip>VERSION FRANÇAISE</div>
<div class=tb><div class=k>OFFRE D'EMPLOI · {d['reference']}</div><h1>{h(t['fr'])}</h1></div>
{fr}
<div class=band><h2>Le poste</h2><p>L'IUFRO relie quelque quinze mille scientifiques au sein de plus de six cents organisations membres. La
personne recrutée appuie les responsables des unités de recherche et des groupes de travail, tient le fichier des membres
et participe à la préparation du congrès mondial et des conférences de division.</p></div>
<div class="band g"><h2>Votre profil</h2><ul>{li(rf['essential'])}</ul><h2 style="margin-top:3mm">Un plus</h2><ul>{li(rf['desirable'])}</ul></div>
<div class=band><h2>Votre façon de travailler</h2>{''.join(f"<p><b>{h(c['name'])} :</b> {h(c['description'])}</p>" for c in cf)}</div>
<div class=apply><b>Candidature</b> : envoyez un CV et une lettre de motivation à jobs@iufro.example. Entretiens : 20 et 21 janvier 2045.
Un abonnement aux transports publics d'une valeur de 365 EUR par an est offert.</div>
<div class=foot>IUFRO Headquarters · Vienna · iufro.example · Share: LinkedIn · X · E-mail</div>
</body></html>"""

if __name__ == "__main__":
    os.makedirs(SRC, exist_ok=True)
    for name, fn in (("eptb-sd-2044-19-eptb", eptb), ("iufro-hq-2044-02-iufro", iufro)):
        open(os.path.join(SRC, name + ".weasy.html"), "w", encoding="utf-8").write(fn())
