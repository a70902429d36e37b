# -*- coding: utf-8 -*-
"""Chromium notices (HTML kept beside the PDF, as build-pdf.sh expects): IPEV (form with boxes),
Arctic Council Secretariat (brochure with coloured bands)."""
import html
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import N, ROOT  # noqa: E402

e = html.escape


def chromium(doc, stem):
    src = os.path.join(ROOT, stem + ".html")
    open(src, "w", encoding="utf-8").write(doc)
    pdf = os.path.join(ROOT, stem + ".chromium.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", src], check=True, capture_output=True)
    return pdf


# ---------------------------------------------------------------- IPEV
def ipev():
    j = N["ipev"]["json"]
    r = j["requirements"]["fr"]
    c = j["competencies"]["fr"]

    def box(label, value, wide=False):
        return f"<div class='box{' wide' if wide else ''}'><div class='lab'>{e(label)}</div><div class='val'>{value}</div></div>"

    doc = f"""<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{e(j['reference'])}</title><style>
@page {{ size: A4; margin: 14mm 12mm; }}
body {{ font: 9.5pt/1.35 "Liberation Sans", Arial, sans-serif; color: #111; }}
.head {{ display: flex; border: 2px solid #0d3b66; }}
.head .l {{ flex: 1.3; padding: 6px 8px; background: #0d3b66; color: white; }}
.head .r {{ flex: 1; padding: 6px 8px; font-size: 8.5pt; }}
.head h1 {{ font-size: 13pt; margin: 0; letter-spacing: 1px; }}
.sec {{ margin-top: 8px; border: 1.5px solid #0d3b66; }}
.sec > h2 {{ margin: 0; background: #0d3b66; color: white; font-size: 9.5pt; padding: 3px 8px; letter-spacing: 1px; }}
.grid {{ display: flex; flex-wrap: wrap; }}
.box {{ width: 50%; box-sizing: border-box; border: 0.5px solid #9bb0c8; padding: 4px 6px; }}
.box.wide {{ width: 100%; }}
.lab {{ font-size: 7pt; text-transform: uppercase; color: #0d3b66; letter-spacing: .5px; }}
.val {{ font-size: 9.5pt; margin-top: 1px; }}
ul {{ margin: 2px 0 2px 14px; padding: 0; }}
.sign {{ margin-top: 10px; font-size: 8.5pt; border-top: 1px dashed #999; padding-top: 4px; }}
</style></head><body>
<div class="head"><div class="l"><h1>FICHE DE POSTE</h1>Institut polaire français<br>Service des ressources humaines – Plouzané</div>
<div class="r">Formulaire RH-12 · Campagne d'hivernage 2035-2036<br>Référence : <b>{e(j['reference'])}</b><br>Mise en ligne : 11/12/2034</div></div>

<div class="sec"><h2>A · IDENTIFICATION DU POSTE</h2><div class="grid">
{box('Intitulé du poste', e(j['title']['fr']), True)}
{box('Organisme employeur', e(j['organisation']['fr']))}
{box('Lieu de la mission', e(j['location']['fr']))}
{box('Responsable hiérarchique', "Chef de station, puis responsable technique de l'Institut")}
{box('Durée', '13 mois, dont 12 mois sur la station')}
</div></div>

<div class="sec"><h2>B · CONDITIONS D'EMPLOI</h2><div class="grid">
{box('Nature du contrat', '☒ CDD de mission &nbsp; ☐ Volontariat (VSC) &nbsp; ☐ Détachement')}
{box('Quotité', '☒ Temps plein &nbsp; ☐ Temps partiel')}
{box('Rémunération brute mensuelle', "2 750 € bruts mensuels, majorés d'une indemnité d'hivernage")}
{box('Date limite de candidature', '19/01/2035')}
{box('Départ de France', 'octobre 2035 (préparation à partir du 1er septembre 2035)')}
{box('Entretiens', 'semaine du 9 février 2035, à Plouzané ou en visioconférence')}
</div></div>

<div class="sec"><h2>C · MISSIONS</h2><div class="grid"><div class="box wide"><div class="val">
La station Dumont d'Urville fonctionne toute l'année grâce à une centrale électrique de trois groupes. Au sein d'une
équipe d'hivernage d'environ vingt-cinq personnes, l'électrotechnicien·ne :
<ul><li>assure la conduite et la maintenance de la centrale et du réseau de distribution ;</li>
<li>tient le cahier de quart et le suivi des consommations de carburant ;</li>
<li>intervient sur les installations électriques des bâtiments et des laboratoires ;</li>
<li>participe aux tâches collectives de la station (service, déneigement, ravitaillement).</li></ul></div></div></div></div>

<div class="sec"><h2>D · PROFIL</h2><div class="grid">
<div class="box wide"><div class="lab">Compétences exigées</div><div class="val"><ul>{''.join(f'<li>{e(i)}</li>' for i in r['essential'])}</ul></div></div>
<div class="box wide"><div class="lab">Compétences souhaitées</div><div class="val"><ul>{''.join(f'<li>{e(i)}</li>' for i in r['desirable'])}</ul></div></div>
<div class="box wide"><div class="lab">Qualités requises</div><div class="val"><ul>{''.join(f'<li>{e(x["name"])}</li>' for x in c)}</ul></div></div>
</div></div>

<div class="sec"><h2>E · CANDIDATURE</h2><div class="grid"><div class="box wide"><div class="val">
CV et lettre de motivation à déposer sur le portail de recrutement de l'Institut, en rappelant la référence
{e(j['reference'])}. Les candidats retenus passeront une visite médicale d'aptitude et un entretien psychologique.
</div></div></div></div>
<div class="sign">Visa du responsable RH : ____________________ &nbsp;&nbsp; Date : ___ / ___ / ______ &nbsp;&nbsp; Page 1/1</div>
</body></html>"""
    return chromium(doc, N["ipev"]["key"] + "-institutpolaire")


# ---------------------------------------------------------------- Arctic Council Secretariat
def acs():
    j = N["acs"]["json"]
    r = j["requirements"]["en"]
    c = j["competencies"]["en"]
    doc = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{e(j['title']['en'])} – Arctic Council Secretariat</title><style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font: 10pt/1.45 "Liberation Sans", Arial, sans-serif; color: #1b1b1b; }}
.band {{ padding: 7mm 16mm; }}
.mast {{ background: #0a2f51; color: #fff; }}
.mast .org {{ letter-spacing: 3px; font-size: 9pt; color: #8fd3f4; }}
.mast h1 {{ font-size: 24pt; margin: 2mm 0 1mm; }}
.mast .sub {{ font-size: 10pt; }}
.ice {{ background: #dff1fa; }}
.facts {{ display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm 6mm; }}
.facts .k {{ font-size: 7.5pt; text-transform: uppercase; letter-spacing: 1px; color: #0a6b8f; }}
.facts .v {{ font-size: 9.5pt; }}
.white {{ background: #fff; }} .grey {{ background: #f1f3f5; }}
h2 {{ font-size: 12pt; color: #0a2f51; margin: 0 0 2mm; text-transform: uppercase; letter-spacing: 1px; }}
ul {{ margin: 0; padding-left: 5mm; }} li {{ margin: 1mm 0; }}
.apply {{ background: #f6a623; color: #1b1b1b; }}
.foot {{ background: #0a2f51; color: #cfe3ef; font-size: 8pt; }}
</style></head><body>
<div class="band mast"><div class="org">ARCTIC COUNCIL SECRETARIAT · VACANCY</div>
<h1>{e(j['title']['en'])}</h1><div class="sub">Join the small international team behind the leading forum for Arctic cooperation</div></div>
<div class="band ice"><div class="facts">
<div><div class="k">Reference</div><div class="v">{e(j['reference'])}</div></div>
<div><div class="k">Employer</div><div class="v">{e(j['organisation']['en'])}</div></div>
<div><div class="k">Location</div><div class="v">{e(j['location']['en'])}</div></div>
<div><div class="k">Working hours</div><div class="v">{e(j['schedule']['en'])}</div></div>
<div><div class="k">Contract</div><div class="v">Fixed-term, 4 years</div></div>
<div><div class="k">Annual salary</div><div class="v">NOK 720,000 – 810,000</div></div>
<div><div class="k">Published</div><div class="v">5 December 2034</div></div>
<div><div class="k">Apply by</div><div class="v">17 January 2035</div></div>
<div><div class="k">Start</div><div class="v">April 2035</div></div>
</div></div>
<div class="band white"><h2>About us</h2><p>The Arctic Council is the intergovernmental forum of the eight Arctic
States and six Indigenous Permanent Participants. Its Secretariat, hosted at the Fram Centre, supports the rotating
chairmanship, the Senior Arctic Officials and the six Working Groups, and tells the story of the Council's work to the
world.</p></div>
<div class="band grey"><h2>The role</h2><ul>
<li>Plan and run the Council's communications, including the website, newsletters and social media</li>
<li>Write and edit news stories, speeches and background material for ministerial and senior officials' meetings</li>
<li>Work with the communications staff of the Working Groups and the Permanent Participants</li>
<li>Handle media requests and organise press events during meetings</li></ul></div>
<div class="band white"><h2>What you bring</h2><ul>{''.join(f'<li>{e(i)}</li>' for i in r['essential'])}</ul></div>
<div class="band grey"><h2>Nice to have</h2><ul>{''.join(f'<li>{e(i)}</li>' for i in r['desirable'])}</ul></div>
<div class="band white"><h2>How we work</h2><ul>{''.join(f'<li><b>{e(x["name"])}:</b> {e(x["description"])}</li>' for x in c)}</ul></div>
<div class="band grey"><h2>We offer</h2><p>A salary in line with the Norwegian state scale, membership of the
Norwegian Public Service Pension Fund, generous leave, relocation support of up to NOK 60,000 and the chance to live in
one of the liveliest cities north of the Arctic Circle. Interviews are expected in the first half of February 2035.</p></div>
<div class="band apply"><h2>Apply</h2><p>Send a cover letter and CV, quoting {e(j['reference'])}, to
jobs@arctic-council-secretariat.example by 17 January 2035.</p></div>
<div class="band foot">Arctic Council Secretariat · Fram Centre · Hjalmar Johansens gate 14 · 9007 Tromsø · Norway</div>
</body></html>"""
    return chromium(doc, N["acs"]["key"] + "-arcticcouncil")


if __name__ == "__main__":
    for f in (ipev, acs):
        print(f())
