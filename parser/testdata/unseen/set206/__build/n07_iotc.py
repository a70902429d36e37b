from common import *
KEY = "iotc-va-2034-04"
REF = "IOTC/VA/2034/04"
T = {"en": "Fishery Officer (Data Coordinator)", "fr": "Chargé(e) des pêches (coordination des données)"}
O = {"en": "Indian Ocean Tuna Commission (IOTC)", "fr": "Commission des thons de l'océan Indien (CTOI)"}
L = {"en": "Victoria, Mahé, Seychelles", "fr": "Victoria, Mahé, Seychelles"}
S = {"en": "Full-time, 40 hours per week", "fr": "Temps plein, 40 heures par semaine"}
ESS = {"en": [
 "Advanced university degree in fisheries science, statistics, marine biology or a related field.",
 "Five years of relevant experience in the collection, processing and validation of fisheries statistics.",
 "Working knowledge of English or French and limited knowledge of the other.",
 "Demonstrated experience with relational databases (SQL) and a statistical language such as R.",
], "fr": [
 "Diplôme universitaire supérieur en halieutique, en statistique, en biologie marine ou dans un domaine apparenté.",
 "Cinq années d'expérience pertinente dans la collecte, le traitement et la validation des statistiques des pêches.",
 "Connaissance pratique de l'anglais ou du français et connaissance limitée de l'autre langue.",
 "Expérience avérée des bases de données relationnelles (SQL) et d'un langage statistique tel que R.",
]}
DES = {"en": [
 "Experience with tuna fisheries of the Indian Ocean or another regional fisheries body.",
 "Experience in training national data officers.",
], "fr": [
 "Expérience des pêcheries thonières de l'océan Indien ou d'un autre organisme régional des pêches.",
 "Expérience de la formation d'agents nationaux chargés des données.",
]}
COMP = {"en": [
 ("Results focus", "delivers validated datasets on time for each working party."),
 ("Teamwork", "shares work with the science and compliance sections."),
 ("Communication", "explains data requirements clearly to national correspondents."),
], "fr": [
 ("Orientation vers les résultats", "livre à temps des jeux de données validés pour chaque groupe de travail."),
 ("Travail en équipe", "partage le travail avec les sections science et application."),
 ("Communication", "explique clairement les exigences en matière de données aux correspondants nationaux."),
]}
E = {"reference": REF, "post_number": None, "languages": ["en", "fr"],
     "title": T, "organisation": O, "location": L, "schedule": S,
     "deadline": "2034-12-20",
     "salary": sal(amount=75246, cur="USD", period="year"), "grade": "P-3", "clearance": None,
     "requirements": {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
     "competencies": {l: [{"name": n, "description": d} for n, d in COMP[l]] for l in ("en", "fr")}}
expected(KEY, E)

LAB = {"en": ["Vacancy announcement", "Position title", "Organization", "Section", "Duty station", "Grade",
              "Type of appointment", "Working time", "Annual net base salary", "Closing date"],
       "fr": ["Avis de vacance", "Titre du poste", "Organisation", "Section", "Lieu d'affectation", "Classe",
              "Type de nomination", "Temps de travail", "Traitement de base annuel net", "Date de clôture"]}
VAL = {"en": [REF, T["en"], O["en"], "Data Section", L["en"], "P-3", "Fixed-term, two years, renewable", S["en"],
              "USD 75,246, plus post adjustment and allowances as applicable", "20 December 2034"],
       "fr": [REF, T["fr"], O["fr"], "Section des données", L["fr"], "P-3", "Durée déterminée, deux ans, renouvelable", S["fr"],
              "75 246 USD, plus indemnité de poste et prestations applicables", "20 décembre 2034"]}
TXT = {"en": {
 "intro": "The IOTC is an intergovernmental body established under Article XIV of the FAO Constitution. Its Secretariat supports the Commission and its subsidiary bodies in the conservation and management of tuna and tuna-like species in the Indian Ocean. Staff of the Secretariat are appointed under the rules applicable to FAO personnel.",
 "h_duties": "Key functions",
 "duties": ["Coordinates the receipt and validation of catch, effort and size data submitted by members.",
            "Maintains the Secretariat's databases and prepares datasets for the working parties.",
            "Supports national data officers through missions and workshops.",
            "Drafts data summaries for the Scientific Committee."],
 "h_req": "Minimum requirements", "h_des": "Desirable", "h_comp": "Competencies",
 "apply": "Applications must be submitted through the online recruitment portal by 20 December 2034, 23:59 (Seychelles time). Only short-listed candidates will be contacted; interviews are planned for the week of 22 January 2035.",
}, "fr": {
 "intro": "La CTOI est un organe intergouvernemental créé en vertu de l'article XIV de l'Acte constitutif de la FAO. Son Secrétariat appuie la Commission et ses organes subsidiaires dans la conservation et la gestion des thons et espèces apparentées de l'océan Indien. Le personnel du Secrétariat est nommé selon les règles applicables au personnel de la FAO.",
 "h_duties": "Fonctions principales",
 "duties": ["Coordonne la réception et la validation des données de captures, d'effort et de tailles soumises par les membres.",
            "Gère les bases de données du Secrétariat et prépare les jeux de données pour les groupes de travail.",
            "Appuie les agents nationaux chargés des données au moyen de missions et d'ateliers.",
            "Rédige les synthèses de données destinées au Comité scientifique."],
 "h_req": "Qualifications minimales", "h_des": "Atouts", "h_comp": "Compétences",
 "apply": "Les candidatures doivent être soumises sur le portail de recrutement en ligne au plus tard le 20 décembre 2034 à 23 h 59 (heure des Seychelles). Seuls les candidats présélectionnés seront contactés ; les entretiens sont prévus la semaine du 22 janvier 2035.",
}}

def half(l):
    t = TXT[l]
    dl = "\n".join(f"    <dt>{a}</dt><dd>{b}</dd>" for a, b in zip(LAB[l], VAL[l]))
    return f"""<section lang="{l}" class="{'fr' if l == 'fr' else 'en'}">
  <h1>{'VACANCY ANNOUNCEMENT' if l == 'en' else 'AVIS DE VACANCE DE POSTE'}</h1>
  <h2>{T[l]}</h2>
  <dl class="facts">
{dl}
  </dl>
  <p>{t['intro']}</p>
  <h3>{t['h_duties']}</h3>
  <ul>
{chr(10).join('    <li>' + d + '</li>' for d in t['duties'])}
  </ul>
  <h3>{t['h_req']}</h3>
  <ol type="a">
{chr(10).join('    <li>' + x + '</li>' for x in ESS[l])}
  </ol>
  <h3>{t['h_des']}</h3>
  <ul>
{chr(10).join('    <li>' + x + '</li>' for x in DES[l])}
  </ul>
  <h3>{t['h_comp']}</h3>
  <ul class="comp">
{chr(10).join(f'    <li><strong>{n}:</strong> {d}</li>' if l == 'en' else f'    <li><strong>{n} :</strong> {d}</li>' for n, d in COMP[l])}
  </ul>
  <p>{t['apply']}</p>
</section>"""

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF} – {T['en']}</title>
<style>
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10.5pt; margin: 18px 28px; }}
.brand {{ border-bottom: 2px solid #005a8c; padding-bottom: 6px; }}
dl.facts {{ display: grid; grid-template-columns: 34% 66%; border: 1px solid #9bb; }}
dl.facts dt {{ font-weight: bold; padding: 3px 6px; background: #eef5f8; }}
dl.facts dd {{ margin: 0; padding: 3px 6px; }}
section.fr {{ break-before: page; }}
.foot {{ font-size: 8.5pt; color: #555; margin-top: 14px; }}
</style></head>
<body>
<div class="brand"><strong>IOTC · CTOI</strong> — Indian Ocean Tuna Commission / Commission des thons de l'océan Indien<br>
<small>Home · The Commission · Science · Compliance · Data · Meetings · Documents · Vacancies · English | Français</small></div>
<p><small>Posted 24 November 2034 · English version first – version française ci-après</small></p>
{half('en')}
{half('fr')}
<p class="foot">IOTC Secretariat, Victoria, Mahé, Seychelles · The IOTC does not charge any fee at any stage of the recruitment process / La CTOI ne perçoit aucun frais à quelque étape que ce soit du recrutement.</p>
</body></html>
"""
write(KEY + "-iotc.html", html)
