# HTML sources for the WeasyPrint PDFs (CNL form with boxes, CMA landscape in columns); kept in __build/src.
import os
from html import escape as e
from data import N, HERE

SRC = os.path.join(HERE, "src")


def cnl():
    n = N["cnl"]

    def box(label, val, wide=False):
        return f"<div class='box{' wide' if wide else ''}'><small>{e(label)}</small><div>{val}</div></div>"

    def li(items):
        return "<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>"

    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fiche de poste</title><style>
@page {{ size: A4; margin: 14mm 13mm 16mm;
  @bottom-left {{ content: "Centre national du livre – Fiche de poste – Modèle SG-RH-02"; font-size: 7.5pt; color: #666; }}
  @bottom-right {{ content: "page " counter(page) " / " counter(pages); font-size: 7.5pt; color: #666; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; color: #222; }}
.head {{ display: flex; border: 1.5px solid #7a1f2b; }} .head > div {{ padding: 3mm; }}
.head .l {{ flex: 2; border-right: 1.5px solid #7a1f2b; }} .head .l b {{ font-size: 15pt; color: #7a1f2b; letter-spacing: 2px; }}
.head .r {{ flex: 1; font-size: 8.5pt; }}
h1 {{ font-size: 12.5pt; margin: 4mm 0 2mm; }}
.bar {{ background: #7a1f2b; color: #fff; font-weight: bold; padding: 1.5mm 3mm; margin-top: 4mm; font-size: 9pt; }}
.row {{ display: flex; }} .box {{ flex: 1; border: 1px solid #999; border-top: none; padding: 1.5mm 2.5mm; }}
.row .box + .box {{ border-left: none; }} .box.wide {{ flex: 2; }}
.box small {{ display: block; font-size: 6.8pt; text-transform: uppercase; color: #7a1f2b; letter-spacing: .5px; }}
ul {{ list-style: square; margin: 1mm 0 0 4mm; padding: 0; }}
.visa {{ height: 14mm; }}
</style></head><body>
<div class="head"><div class="l"><b>FICHE DE POSTE</b><br>Centre national du livre · Secrétariat général · Ressources humaines</div>
<div class="r">N° d'offre : {e(n['ref'])}<br>Émise le 08/12/2041<br>Mise à jour : –</div></div>
<h1>{e(n['title']['fr'])}</h1>
<div class="bar">1. IDENTIFICATION DU POSTE</div>
<div class="row">{box('Employeur', e(n['org']['fr']))}{box('Direction', "Direction du livre et de la lecture – pôle aides à l'édition")}</div>
<div class="row">{box("Lieu d'affectation", e(n['loc']['fr']))}{box('Catégorie', 'A – titulaire ou contractuel·le')}</div>
<div class="row">{box('Mode de recrutement', '☒ Détachement ☒ Contrat de trois ans ☐ Mutation')}{box('Quotité', '☒ ' + e(n['sched']['fr']) + ' ☐ Temps partiel (80 %)')}</div>
<div class="bar">2. MISSIONS ET ACTIVITÉS</div>
<div class="row">{box('Activités principales', li(["Instruire les demandes d'aide à la publication et à la traduction déposées par les éditeurs ;", "Préparer les commissions spécialisées et en rédiger les relevés ;", "Suivre le versement des aides et le contrôle des justificatifs ;", "Participer aux rencontres professionnelles organisées par le Centre."]), True)}</div>
<div class="bar">3. PROFIL RECHERCHÉ</div>
<div class="row">{box('Compétences requises', li(n['ess']['fr']), True)}</div>
<div class="row">{box('Compétences appréciées', li(n['des']['fr']), True)}</div>
<div class="row">{box('Savoir-être', '<ul>' + ''.join(f'<li>{e(a)} : {e(b)}</li>' for a, b in n['comp']['fr']) + '</ul>', True)}</div>
<div class="bar">4. CONDITIONS</div>
<div class="row">{box('Rémunération', "Contractuel·le : de 2 650 € à 3 100 € bruts mensuels selon l'expérience ; titulaire : selon la grille du corps, avec régime indemnitaire", True)}</div>
<div class="row">{box('Date limite de candidature', '21/01/2042')}{box('Jury', '04/02/2042')}{box('Prise de poste', '02/03/2042')}</div>
<div class="bar">5. CANDIDATURE</div>
<div class="row">{box('Modalités', "Lettre de motivation et CV à adresser à recrutement@cnl.example en indiquant le n° d'offre. Les agents publics joignent leur dernier arrêté de situation.", True)}</div>
<div class="row">{box('Visa du service', '<div class="visa"></div>')}{box('Visa des ressources humaines', '<div class="visa"></div>')}</div>
</body></html>"""


def cma():
    n = N["cma"]
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi</title><style>
@page {{ size: A4 landscape; margin: 11mm 12mm 13mm;
  @bottom-center {{ content: "Chambre de métiers et de l'artisanat de la Haute-Saône · Vesoul · recrutement@cma70.example"; font-size: 7.5pt; color: #555; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #202020; }}
.k {{ color: #b23a12; letter-spacing: 3px; font-size: 8pt; font-weight: bold; }}
h1 {{ font-size: 15pt; margin: 1mm 0 2mm; border-bottom: 2px solid #b23a12; padding-bottom: 1mm; }}
.cols {{ column-count: 3; column-gap: 8mm; column-rule: 1px solid #d9b9a8; }}
h2 {{ font-size: 9.5pt; color: #b23a12; text-transform: uppercase; margin: 2.5mm 0 1mm; break-after: avoid; }}
p {{ margin: 1mm 0; }} ul {{ margin: 1mm 0 1mm 4mm; padding: 0; }} li {{ margin: .5mm 0; }}
.f b {{ color: #555; }}
</style></head><body>
<div class="k">LA CMA RECRUTE</div>
<h1>{e(n['title']['fr'])}</h1>
<div class="cols">
<p class="f"><b>Référence :</b> {e(n['ref'])}</p>
<p class="f"><b>Employeur :</b> {e(n['org']['fr'])}</p>
<p class="f"><b>Lieu :</b> {e(n['loc']['fr'])}</p>
<p class="f"><b>Contrat :</b> CDI de droit public, période d'essai de trois mois</p>
<p class="f"><b>Horaires :</b> {e(n['sched']['fr'])}</p>
<p class="f"><b>Rémunération :</b> 28 000 à 32 500 € bruts annuels selon profil</p>
<p class="f"><b>Publication :</b> 05/12/2041</p>
<p class="f"><b>Date limite :</b> 31/01/2042</p>
<h2>L'établissement</h2>
<p>Établissement public au service des 5 000 entreprises artisanales du département, la Chambre accompagne la création, le développement et la transmission des entreprises, et forme les apprentis de son campus de Vesoul.</p>
<h2>Vos missions</h2>
<ul style='list-style: none; margin-left: 0'><li>– réaliser des diagnostics économiques et financiers des entreprises ;</li><li>– accompagner les projets d'investissement et les demandes de financement ;</li><li>– animer des ateliers collectifs sur la gestion et le numérique ;</li><li>– assurer les permanences de Lure et de Gray.</li></ul>
<h2>Votre profil</h2>
<ul>{''.join(f'<li>{e(i)}</li>' for i in n['ess']['fr'])}</ul>
<h2>Les plus</h2>
<ul>{''.join(f'<li>{e(i)}</li>' for i in n['des']['fr'])}</ul>
<h2>Vos qualités</h2>
<ul>{''.join(f'<li><b>{e(a)} :</b> {e(b)}</li>' for a, b in n['comp']['fr'])}</ul>
<h2>Candidature</h2>
<p>CV et lettre de motivation à adresser avant la date limite à recrutement@cma70.example en rappelant la référence. Les entretiens auront lieu le 12 février 2042 à Vesoul.</p>
</div></body></html>"""


def build():
    os.makedirs(SRC, exist_ok=True)
    out = {}
    for stem, fn in (("cnl-sg-2042-004-cnl", cnl), ("cma70-2042-rh-06-cma", cma)):
        p = os.path.join(SRC, stem + ".html")
        with open(p, "w", encoding="utf-8") as f:
            f.write(fn())
        out[stem] = p
    return out


if __name__ == "__main__":
    build()
