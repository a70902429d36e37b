# -*- coding: utf-8 -*-
"""WeasyPrint notices: ICMM (EN | FR side by side), Observatoire de Paris (cover page),
Universcience (poster with a sidebar)."""
import html
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import N, ROOT  # noqa: E402

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
os.makedirs(SRC, exist_ok=True)
e = html.escape


def lis(items, tag="ul"):
    return f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in items) + f"</{tag}>"


def comps(cs, sep=": "):
    return "<ul class='comp'>" + "".join(
        f"<li><b>{e(c['name'])}{sep}</b>{e(c['description'])}</li>" if c["description"] else f"<li>{e(c['name'])}</li>"
        for c in cs) + "</ul>"


def weasy(html_text, stem):
    src = os.path.join(SRC, stem + ".html")
    open(src, "w", encoding="utf-8").write(html_text)
    pdf = os.path.join(ROOT, stem + ".weasyprint.pdf")
    subprocess.run(["weasyprint", src, pdf], check=True, capture_output=True)
    return pdf


# ---------------------------------------------------------------- ICMM
def icmm():
    j = N["icmm"]["json"]
    t, o, l, s = j["title"], j["organisation"], j["location"], j["schedule"]
    ren, rfr = j["requirements"]["en"], j["requirements"]["fr"]
    cen, cfr = j["competencies"]["en"], j["competencies"]["fr"]
    ref = j["reference"]
    rows = [
        ("<div class='band'>VACANCY NOTICE</div>", "<div class='band'>AVIS DE VACANCE</div>"),
        (f"<h1>{e(t['en'])}</h1><p class='ref'>Vacancy notice No. {ref}</p>",
         f"<h1>{e(t['fr'])}</h1><p class='ref'>Avis de vacance n° {ref}</p>"),
        (f"""<table class='facts'>
<tr><th>Organisation</th><td>{e(o['en'])}</td></tr>
<tr><th>Unit</th><td>Secretariat General – Congresses and Education</td></tr>
<tr><th>Duty station</th><td>{e(l['en'])}</td></tr>
<tr><th>Working time</th><td>{e(s['en'])}</td></tr>
<tr><th>Contract</th><td>Fixed-term, three years, renewable</td></tr>
<tr><th>Salary</th><td>EUR 4,850 gross per month, paid 13.92 times a year</td></tr>
<tr><th>Date of issue</th><td>1 December 2034</td></tr>
<tr><th>Closing date</th><td>12 January 2035</td></tr>
</table>""",
         f"""<table class='facts'>
<tr><th>Organisation</th><td>{e(o['fr'])}</td></tr>
<tr><th>Unité</th><td>Secrétariat général – Congrès et enseignement</td></tr>
<tr><th>Lieu d'affectation</th><td>{e(l['fr'])}</td></tr>
<tr><th>Temps de travail</th><td>{e(s['fr'])}</td></tr>
<tr><th>Contrat</th><td>Durée déterminée, trois ans, renouvelable</td></tr>
<tr><th>Rémunération</th><td>4 850 EUR bruts par mois, versés 13,92 fois par an</td></tr>
<tr><th>Date de publication</th><td>1er décembre 2034</td></tr>
<tr><th>Date de clôture</th><td>12 janvier 2035</td></tr>
</table>"""),
        ("""<h2>The Committee</h2><p>The Committee is an intergovernmental organisation founded in 1921 that brings
together the medical services of the armed forces of more than one hundred member states. Its small Secretariat
General organises world and regional congresses, advanced courses for young medical officers and courses on the law
of armed conflict, and publishes an international review.</p>""",
         """<h2>Le Comité</h2><p>Le Comité est une organisation intergouvernementale fondée en 1921 qui réunit les
services de santé des forces armées de plus de cent États membres. Son petit Secrétariat général organise les congrès
mondiaux et régionaux, des cours de perfectionnement pour jeunes officiers du service de santé et des cours de droit
des conflits armés, et publie une revue internationale.</p>"""),
        ("""<h2>Duties</h2><ol>
<li>Prepare the biennial World Congress and two regional congresses a year with the host nations.</li>
<li>Run the calendar of courses: call for participants, selection, travel and certificates.</li>
<li>Manage the programme budget and produce the financial reports to the Executive Board.</li>
<li>Keep the contact lists of national delegates and the alumni network up to date.</li>
<li>Draft the activity report and news items for the website and the review.</li></ol>""",
         """<h2>Attributions</h2><ol>
<li>Préparer le Congrès mondial biennal et deux congrès régionaux par an avec les nations hôtes.</li>
<li>Gérer le calendrier des cours : appel à participants, sélection, voyages et certificats.</li>
<li>Gérer le budget du programme et établir les rapports financiers destinés au Conseil exécutif.</li>
<li>Tenir à jour les listes des délégués nationaux et le réseau des anciens participants.</li>
<li>Rédiger le rapport d'activité et les actualités du site et de la revue.</li></ol>"""),
        ("<h2>Essential requirements</h2>" + lis(ren["essential"]),
         "<h2>Exigences</h2>" + lis(rfr["essential"])),
        ("<h2>Desirable</h2>" + lis(ren["desirable"]), "<h2>Atouts</h2>" + lis(rfr["desirable"])),
        ("<h2>Competencies</h2>" + comps(cen), "<h2>Compétences</h2>" + comps(cfr, " : ")),
        ("""<h2>Conditions</h2><p>The post is open to nationals of member states. The Committee offers medical insurance,
a pension scheme and 30 days of annual leave. Interviews are planned for the week of 9 February 2035 and the
selected candidate should take up duty on 1 April 2035.</p>""",
         """<h2>Conditions</h2><p>Le poste est ouvert aux ressortissants des États membres. Le Comité offre une assurance
maladie, un régime de pension et 30 jours de congé annuel. Les entretiens sont prévus la semaine du 9 février 2035 et
la personne retenue devrait prendre ses fonctions le 1er avril 2035.</p>"""),
        ("""<h2>How to apply</h2><p>Send a CV and a letter of motivation in English or French, quoting the reference, to
recruitment@icmm-secretariat.example before the closing date. Only short-listed candidates will be contacted.</p>""",
         """<h2>Candidature</h2><p>Adresser un CV et une lettre de motivation en anglais ou en français, en rappelant la
référence, à recruitment@icmm-secretariat.example avant la date de clôture. Seules les personnes présélectionnées
seront contactées.</p>"""),
    ]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    doc = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 22mm 14mm 18mm 14mm;
  @top-center {{ content: "International Committee of Military Medicine · Comité international de médecine militaire"; font: 8pt sans-serif; color: #7a1f2b; }}
  @bottom-center {{ content: "{ref} · " counter(page) "/" counter(pages); font: 8pt sans-serif; color: #555; }} }}
body {{ font: 9.5pt/1.35 "DejaVu Sans", sans-serif; }}
table.main {{ width: 100%; border-collapse: collapse; table-layout: fixed; }}
table.main > tbody > tr > td {{ width: 50%; vertical-align: top; padding: 3px 9px; border-left: 1px solid #ccc; }}
table.main > tbody > tr {{ break-inside: avoid; }}
.band {{ background: #7a1f2b; color: white; font-weight: bold; padding: 4px 8px; letter-spacing: 2px; }}
h1 {{ font-size: 13pt; color: #7a1f2b; margin: 4px 0; }} h2 {{ font-size: 10.5pt; color: #7a1f2b; margin: 6px 0 2px; }}
.ref {{ font-size: 8.5pt; color: #444; margin: 0; }}
table.facts {{ width: 100%; background: #f3ecec; font-size: 8.5pt; border-collapse: collapse; }}
table.facts th {{ text-align: left; width: 38%; padding: 2px 4px; vertical-align: top; }}
table.facts td {{ padding: 2px 4px; }}
ul, ol {{ margin: 2px 0 2px 16px; padding: 0; }}
</style></head><body><table class="main"><tbody>{body}</tbody></table></body></html>"""
    return weasy(doc, N["icmm"]["key"] + "-icmm")


# ---------------------------------------------------------------- Observatoire de Paris
def obspm():
    j = N["obspm"]["json"]
    t, o, l, s = j["title"], j["organisation"], j["location"], j["schedule"]
    r, c = j["requirements"], j["competencies"]
    ref = j["reference"]

    def facts(lang):
        if lang == "fr":
            rows = [("Référence", ref), ("Établissement", o["fr"]), ("Département", "SYRTE – Systèmes de référence temps-espace"),
                    ("Lieu de travail", l["fr"]), ("Quotité de travail", s["fr"]),
                    ("Type de contrat", "CDD de 24 mois, renouvelable"),
                    ("Rémunération", "entre 2 900 € et 3 350 € bruts mensuels selon expérience"),
                    ("Prise de fonction", "1er avril 2035"), ("Date limite de candidature", "22 janvier 2035")]
        else:
            rows = [("Reference", ref), ("Institution", o["en"]), ("Department", "SYRTE – Time and space reference systems"),
                    ("Place of work", l["en"]), ("Working time", s["en"]),
                    ("Contract", "Fixed-term, 24 months, renewable"),
                    ("Salary", "between €2,900 and €3,350 gross per month depending on experience"),
                    ("Start date", "1 April 2035"), ("Application deadline", "22 January 2035")]
        return "<table class='facts'>" + "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in rows) + "</table>"

    fr = f"""<section class="half"><h1>{e(t['fr'])}</h1>{facts('fr')}
<h2>Contexte</h2><p>Le département produit et diffuse les références nationales de temps et de fréquence. Ses horloges
contribuent au temps atomique international et au temps légal français ; ses équipes développent aussi des horloges
optiques et des liaisons par fibre vers les laboratoires européens.</p>
<h2>Missions</h2><ul class="dash"><li>assurer le fonctionnement quotidien des horloges et des systèmes de comparaison ;</li>
<li>surveiller les mesures, diagnostiquer les écarts et rédiger les comptes rendus ;</li>
<li>faire évoluer les logiciels d'acquisition et d'archivage ;</li>
<li>participer aux astreintes techniques, environ une semaine sur six.</li></ul>
<h2>Profil recherché</h2>{lis(r['fr']['essential'])}
<h2>Compétences appréciées</h2>{lis(r['fr']['desirable'])}
<h2>Qualités attendues</h2>{comps(c['fr'], ' : ')}
<h2>Candidater</h2><p>Envoyer CV et lettre de motivation à recrutement-syrte@obspm-emplois.example en rappelant la référence.
Les auditions auront lieu à partir du 9 février 2035.</p></section>"""
    en = f"""<section class="half"><h1>{e(t['en'])}</h1>{facts('en')}
<h2>Context</h2><p>The department produces and disseminates the national time and frequency references. Its clocks
contribute to International Atomic Time and to French legal time; its teams also develop optical clocks and fibre links
to European laboratories.</p>
<h2>Duties</h2><ul class="dash"><li>run the clocks and comparison systems day to day;</li>
<li>monitor the measurements, diagnose deviations and write the reports;</li>
<li>develop the acquisition and archiving software;</li>
<li>take part in technical on-call duty, about one week in six.</li></ul>
<h2>Required profile</h2>{lis(r['en']['essential'])}
<h2>Assets</h2>{lis(r['en']['desirable'])}
<h2>Personal qualities</h2>{comps(c['en'])}
<h2>How to apply</h2><p>Send a CV and cover letter to recrutement-syrte@obspm-emplois.example quoting the reference.
Interviews will take place from 9 February 2035.</p></section>"""
    doc = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 18mm 20mm 18mm;
  @top-left {{ content: "Observatoire de Paris – PSL"; font: 8pt serif; color: #1b3a5c; }}
  @top-right {{ content: "{ref}"; font: 8pt serif; color: #1b3a5c; }}
  @bottom-right {{ content: "page " counter(page) " / " counter(pages); font: 8pt serif; }} }}
@page :first {{ margin: 0; @top-left {{ content: none; }} @top-right {{ content: none; }} @bottom-right {{ content: none; }} }}
body {{ font: 10pt/1.4 "DejaVu Serif", serif; }}
.cover {{ height: 297mm; background: #1b3a5c; color: white; padding: 60mm 25mm 0 25mm; box-sizing: border-box; page-break-after: always; }}
.cover .mark {{ font-size: 11pt; letter-spacing: 5px; }}
.cover .kind {{ margin-top: 40mm; font-size: 10pt; letter-spacing: 3px; color: #f2c14e; }}
.cover h1 {{ color: white; font-size: 20pt; margin: 6mm 0 2mm; }}
.cover h2 {{ color: #c9d6e6; font-size: 14pt; font-weight: normal; margin: 0 0 12mm; }}
.cover p {{ font-size: 10pt; margin: 1mm 0; }}
.half {{ page-break-after: always; }}
h1 {{ font-size: 15pt; color: #1b3a5c; }} h2 {{ font-size: 11pt; color: #1b3a5c; border-bottom: 1px solid #f2c14e; margin: 10px 0 3px; }}
table.facts {{ border-collapse: collapse; width: 100%; font-size: 9pt; }}
table.facts th {{ text-align: left; width: 35%; padding: 3px; background: #e8eef5; border: 1px solid #c9d6e6; }}
table.facts td {{ padding: 3px; border: 1px solid #c9d6e6; }}
ul.dash {{ list-style: none; padding-left: 10px; }} ul.dash li::before {{ content: "– "; }}
</style></head><body>
<div class="cover"><div class="mark">OBSERVATOIRE DE PARIS · PSL</div>
<div class="kind">OFFRE D'EMPLOI · JOB OFFER</div>
<h1>{e(t['fr'])}</h1><h2>{e(t['en'])}</h2>
<p>Référence / Reference : {ref}</p><p>Publiée le 12 décembre 2034 / Published 12 December 2034</p>
<p>Site de Paris · 61 avenue de l'Observatoire</p></div>
{fr}{en}</body></html>"""
    return weasy(doc, N["obspm"]["key"] + "-obspm")


# ---------------------------------------------------------------- Universcience
def usc():
    j = N["usc"]["json"]
    r = j["requirements"]["fr"]
    ref = j["reference"]
    doc = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0; }}
body {{ margin: 0; font: 10pt/1.4 "DejaVu Sans", sans-serif; }}
.top {{ background: #16161d; color: #ffd23f; padding: 12mm 14mm 8mm; }}
.top .kick {{ letter-spacing: 4px; font-size: 9pt; color: white; }}
.top h1 {{ font-size: 22pt; margin: 3mm 0 0; color: #ffd23f; }}
aside {{ float: right; width: 62mm; background: #2b2d6e; color: white; padding: 6mm 5mm; margin: 0 0 4mm 5mm; min-height: 200mm; }}
aside h3 {{ color: #ffd23f; font-size: 10pt; letter-spacing: 3px; margin: 0 0 4mm; }}
aside dt {{ font-size: 7.5pt; text-transform: uppercase; letter-spacing: 1px; color: #b9bbf0; margin-top: 3mm; }}
aside dd {{ margin: 0; font-size: 9pt; }}
main {{ padding: 6mm 0 0 14mm; }}
h2 {{ font-size: 11pt; background: #ffd23f; display: inline-block; padding: 1px 6px; margin: 5mm 0 1mm; }}
ul {{ padding-left: 5mm; }} li::marker {{ content: "✦ "; color: #2b2d6e; }}
.foot {{ clear: both; background: #16161d; color: #ccc; font-size: 8pt; padding: 4mm 14mm; }}
</style></head><body>
<div class="top"><div class="kick">UNIVERSCIENCE RECRUTE · CITÉ DES SCIENCES ET DE L'INDUSTRIE · PALAIS DE LA DÉCOUVERTE</div>
<h1>{e(j['title']['fr'])}</h1></div>
<aside><h3>EN BREF</h3><dl>
<dt>Référence</dt><dd>{ref}</dd>
<dt>Employeur</dt><dd>{e(j['organisation']['fr'])}</dd>
<dt>Lieu</dt><dd>{e(j['location']['fr'])}</dd>
<dt>Contrat</dt><dd>CDI de droit public</dd>
<dt>Temps de travail</dt><dd>{e(j['schedule']['fr'])}</dd>
<dt>Rémunération</dt><dd>2 480 € bruts mensuels, plus prime de fin d'année</dd>
<dt>Prise de poste</dt><dd>mars 2035</dd>
<dt>Publication</dt><dd>15/12/2034</dd>
<dt>Candidatures jusqu'au</dt><dd>10/01/2035</dd></dl></aside>
<main>
<h2>Le contexte</h2><p>Établissement public né du rapprochement de la Cité des sciences et de l'industrie et du Palais de la
découverte, Universcience accueille chaque année des millions de visiteurs. Le planétarium, rénové en 2033, propose
des séances en direct où le médiateur pilote le ciel numérique et dialogue avec la salle.</p>
<h2>Vos missions</h2><ul>
<li>animer des séances en direct au planétarium pour les familles et les scolaires</li>
<li>concevoir de nouvelles séances avec l'équipe de production et les astronomes partenaires</li>
<li>adapter les contenus aux actualités scientifiques (éclipses, missions spatiales)</li>
<li>participer aux soirées d'observation et aux événements nationaux</li></ul>
<h2>Votre profil</h2><ul>{''.join(f'<li>{e(i)}</li>' for i in r['essential'])}</ul>
<h2>Ce qui fera la différence</h2><ul>{''.join(f'<li>{e(i)}</li>' for i in r['desirable'])}</ul>
<h2>Postuler</h2><p>CV et lettre de motivation sur le site carrières de l'établissement, rubrique « Nos offres », en
rappelant la référence. Les entretiens se tiendront fin janvier et début février 2035.</p>
</main>
<div class="foot">Universcience · 30 avenue Corentin-Cariou · 75019 Paris · Tous nos postes sont ouverts aux personnes en
situation de handicap.</div></body></html>"""
    return weasy(doc, N["usc"]["key"] + "-universcience")


if __name__ == "__main__":
    for f in (icmm, obspm, usc):
        print(f())
