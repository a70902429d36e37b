# Fekola S.A. (Mali) - bilingual careers page EN then FR (html, printed with WeasyPrint)
from common import *
REF = "FKL-HR-2035-067"
K = key_of(REF)
T = {"en": "Senior Metallurgist – Carbon-in-Leach Circuit", "fr": "Métallurgiste principal – circuit de lixiviation CIL"}
ORG = {"en": "Fekola S.A.", "fr": "Fekola S.A."}
LOC = {"en": "Fekola Mine, Kéniéba Circle, Kayes Region, Mali", "fr": "Mine de Fekola, cercle de Kéniéba, région de Kayes, Mali"}
SCH = {"en": "Rotation of 4 weeks on site and 2 weeks off, 12-hour day shifts", "fr": "Rotation de 4 semaines sur site et 2 semaines de repos, postes de jour de 12 heures"}
GRADE = "M3"
SALT = {"en": "XOF 2,400,000 – 2,900,000 gross per month, plus site allowance and annual bonus",
        "fr": "2 400 000 à 2 900 000 FCFA (XOF) brut par mois, plus prime de site et bonus annuel"}
DL = {"en": "13 July 2035", "fr": "13 juillet 2035"}
REQ = {
 "en": {"essential": [
   "Bachelor's degree in Metallurgical, Chemical or Mineral Processing Engineering.",
   "At least seven (7) years' experience in a gold processing plant, of which three in a supervisory role.",
   "Sound knowledge of CIL, elution and carbon regeneration circuits.",
   "Working knowledge of cyanide management under the International Cyanide Management Code.",
   "Good command of English and French."],
  "desirable": [
   "Experience with plant optimisation software (e.g. metallurgical accounting systems).",
   "Exposure to a plant expansion or commissioning project."]},
 "fr": {"essential": [
   "Licence ou diplôme d'ingénieur en métallurgie, en génie chimique ou en traitement des minerais.",
   "Au moins sept (7) ans d'expérience dans une usine de traitement de l'or, dont trois en supervision.",
   "Bonne connaissance des circuits CIL, d'élution et de régénération du charbon.",
   "Connaissance pratique de la gestion du cyanure selon le Code international de gestion du cyanure.",
   "Bonne maîtrise de l'anglais et du français."],
  "desirable": [
   "Expérience des logiciels d'optimisation d'usine (par exemple les systèmes de bilan métallurgique).",
   "Participation à un projet d'extension ou de mise en service d'usine."]},
}
COMP = {
 "en": [("Safety first", "stops any task that puts people or the environment at risk."),
        ("Coaching", "builds the skills of Malian metallurgists and plant operators."),
        ("Data-driven thinking", "bases every process change on sampling and test results.")],
 "fr": [("La sécurité d'abord", "arrête toute tâche qui met en danger les personnes ou l'environnement."),
        ("Accompagnement", "développe les compétences des métallurgistes et opérateurs maliens."),
        ("Décisions fondées sur les données", "appuie chaque changement de procédé sur l'échantillonnage et les essais.")],
}
DUT = {
 "en": ["Lead daily metallurgical reporting and reconciliation of the CIL circuit.",
        "Plan and interpret leach, adsorption and elution test work.",
        "Supervise the metallurgy technicians and the plant laboratory interface.",
        "Propose and follow up projects that improve gold recovery and reagent consumption."],
 "fr": ["Piloter le reporting métallurgique quotidien et le bilan du circuit CIL.",
        "Planifier et interpréter les essais de lixiviation, d'adsorption et d'élution.",
        "Encadrer les techniciens de métallurgie et l'interface avec le laboratoire de l'usine.",
        "Proposer et suivre les projets d'amélioration de la récupération de l'or et de la consommation de réactifs."],
}
L = {"en": dict(h="English", jt="Job title", co="Company", dep="Department", depv="Process Plant – Metallurgy",
                loc="Location", lvl="Job level", ros="Roster", pay="Remuneration", cl="Closing date",
                about="About the role", duties="Key responsibilities", req="Minimum requirements",
                des="Advantageous", comp="Behavioural competencies",
                apply=f"Apply online with your CV and a cover letter quoting {REF}. Shortlisted candidates will be invited to a technical interview in the week of 23 July 2035. Only Malian nationals and holders of a valid work permit will be considered, in line with the Mining Code.",
                intro="Fekola S.A. operates one of the largest open-pit gold mines in West Africa, near the Falémé river. We are looking for a senior metallurgist to lead the day-to-day performance of the CIL circuit."),
     "fr": dict(h="Français", jt="Intitulé du poste", co="Société", dep="Département", depv="Usine de traitement – Métallurgie",
                loc="Lieu", lvl="Niveau", ros="Régime de travail", pay="Rémunération", cl="Date de clôture",
                about="Le poste", duties="Principales responsabilités", req="Exigences minimales",
                des="Atouts", comp="Compétences comportementales",
                apply=f"Postulez en ligne avec votre CV et une lettre de motivation en citant la référence {REF}. Les candidats présélectionnés seront convoqués à un entretien technique la semaine du 23 juillet 2035. Conformément au Code minier, seuls les ressortissants maliens et les titulaires d'un permis de travail valide seront retenus.",
                intro="Fekola S.A. exploite l'une des plus grandes mines d'or à ciel ouvert d'Afrique de l'Ouest, près de la Falémé. Nous recherchons un métallurgiste principal pour piloter au quotidien la performance du circuit CIL.")}
def half(l):
    x = L[l]
    ul = lambda xs: "<ul>" + "".join(f"<li>{i}</li>" for i in xs) + "</ul>"
    return f"""<section lang="{l}" class="half">
<h2>{T[l]} <span class="lang">{x['h']}</span></h2>
<p>{x['intro']}</p>
<table class="facts">
<tr><th>{x['jt']}</th><td>{T[l]}</td></tr>
<tr><th>{x['co']}</th><td>{ORG[l]}</td></tr>
<tr><th>{x['dep']}</th><td>{x['depv']}</td></tr>
<tr><th>{x['loc']}</th><td>{LOC[l]}</td></tr>
<tr><th>{x['lvl']}</th><td>{GRADE}</td></tr>
<tr><th>{x['ros']}</th><td>{SCH[l]}</td></tr>
<tr><th>{x['pay']}</th><td>{SALT[l]}</td></tr>
<tr><th>{x['cl']}</th><td>{DL[l]}</td></tr>
</table>
<h3>{x['duties']}</h3>{ul(DUT[l])}
<h3>{x['req']}</h3>{ul(REQ[l]['essential'])}
<h3>{x['des']}</h3>{ul(REQ[l]['desirable'])}
<h3>{x['comp']}</h3><ul>{''.join(f'<li><b>{n}{" :" if l == "fr" else ":"}</b> {d}</li>' for n, d in COMP[l])}</ul>
<p>{x['apply']}</p>
</section>"""
html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T['en']} | Careers | Fekola</title>
<style>
@page {{ size: A4; margin: 18mm 16mm; }}
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10pt; color: #1d1d1d; }}
.band {{ background: #c8a43b; color: #000; padding: 4px 8px; font-size: 8.5pt; }}
.brand {{ font-size: 16pt; font-weight: bold; margin: 8px 0 2px; }}
nav {{ font-size: 9pt; border-bottom: 1px solid #999; padding-bottom: 4px; }}
h1 {{ font-size: 15pt; }}
h2 {{ font-size: 13pt; border-bottom: 2px solid #c8a43b; }}
.lang {{ font-size: 8pt; background: #eee; padding: 1px 4px; }}
table.facts th {{ text-align: left; width: 34%; vertical-align: top; color: #555; font-weight: normal; }}
table.facts td {{ font-weight: bold; }}
section[lang="fr"] {{ page-break-before: always; }}
.side {{ border: 1px solid #ccc; padding: 6px; font-size: 8.5pt; margin-top: 14px; }}
footer {{ font-size: 8pt; color: #777; margin-top: 12px; }}
</style></head><body>
<div class="band">Zero harm – every shift, every day · Zéro accident – à chaque poste, chaque jour</div>
<div class="brand">FEKOLA</div>
<nav>Home · Our operations · Sustainability · Careers · Contact · FR / EN</nav>
<p style="font-size:8.5pt">Careers › Vacancies › {REF}</p>
<h1>{T['en']}</h1>
<p><i>Posted 25 June 2035 · Reference {REF} · English version first – version française ci-dessous</i></p>
{half('en')}
{half('fr')}
<div class="side"><b>Other vacancies / Autres offres</b><br>
Mine Geologist – Grade Control · closes 2 July 2035<br>
Superviseur maintenance électrique · clôture le 27 juillet 2035<br>
Community Relations Officer (Kéniéba) · closes 30 July 2035</div>
<footer>Fekola S.A. never charges a fee to apply. / Fekola S.A. ne demande jamais de frais de candidature. Website addresses and names are fictitious (*.example).</footer>
</body></html>
"""
write(f"{K}-fekola.html", html)
expected(REF, ["en", "fr"], T, ORG, LOC, SCH, "2035-07-13",
         sal(mn=2400000, mx=2900000, cur="XOF", period="month"), GRADE, REQ,
         {l: comps(COMP[l]) for l in ("en", "fr")})
