from common import *

REF = "KGM-HR-2041-0087"
T = {"en": "Mine Rescue and Emergency Response Coordinator",
     "fr": "Coordinateur(trice) sauvetage minier et intervention d'urgence"}
ORG = "Kibali Goldmines SA"
L = {"en": "Kibali mine site, Doko, Haut-Uélé Province, DRC",
     "fr": "Site minier de Kibali, Doko, province du Haut-Uélé, RDC"}
S = {"en": "Rotation of 4 weeks on site and 2 weeks off, 12-hour day shifts",
     "fr": "Rotation de 4 semaines sur site et 2 semaines de repos, postes de jour de 12 heures"}
SAL = {"en": "USD 3,800 – 4,900 gross per month, plus site allowance and medical cover",
       "fr": "3 800 à 4 900 USD bruts par mois, plus prime de site et couverture médicale"}
DL = {"en": "21 May 2041, 23:59 (Kinshasa time)", "fr": "21 mai 2041, 23 h 59 (heure de Kinshasa)"}
ESS = {"en": [
    "Diploma or degree in occupational health and safety, emergency management or a related field.",
    "At least six years of experience in mine rescue, including three years in underground operations.",
    "Current mine rescue certification and a first-aid instructor qualification.",
    "Working knowledge of English and French.",
    "Valid driving licence (category B).",
], "fr": [
    "Diplôme ou licence en santé et sécurité au travail, en gestion des urgences ou dans un domaine connexe.",
    "Au moins six ans d'expérience en sauvetage minier, dont trois ans en exploitation souterraine.",
    "Certification de sauveteur minier en cours de validité et qualification de formateur en premiers secours.",
    "Connaissance pratique de l'anglais et du français.",
    "Permis de conduire valide (catégorie B).",
]}
DES = {"en": ["Experience in the maintenance of self-contained breathing apparatus.", "Knowledge of Swahili or Lingala."],
       "fr": ["Expérience de l'entretien des appareils respiratoires isolants.", "Connaissance du swahili ou du lingala."]}
COMP = {"en": [("Leadership under pressure", "keeps a team calm and focused during an incident."),
               ("Safety first", "stops any task that puts people at risk."),
               ("Coaching", "trains volunteers until they are confident and autonomous.")],
        "fr": [("Leadership sous pression", "garder une équipe calme et concentrée pendant un incident."),
               ("Sécurité avant tout", "arrêter toute tâche qui met des personnes en danger."),
               ("Transmission", "former les volontaires jusqu'à ce qu'ils soient confiants et autonomes.")]}
DUT = {"en": [
    "Lead the underground and surface mine rescue teams and keep their rosters complete on every shift.",
    "Plan and run monthly rescue drills, including smoke, confined-space and rope-access scenarios.",
    "Maintain the rescue station, breathing apparatus, refuge chambers and fire-fighting equipment.",
    "Update the site emergency response plan with the clinic, security and the local civil protection.",
    "Investigate emergency call-outs and report lessons learned to the Health and Safety Manager.",
], "fr": [
    "Diriger les équipes de sauvetage souterraines et de surface et maintenir leurs effectifs à chaque poste.",
    "Planifier et conduire les exercices mensuels, y compris des scénarios de fumée, d'espace confiné et de cordes.",
    "Entretenir la station de sauvetage, les appareils respiratoires, les chambres refuges et le matériel d'incendie.",
    "Mettre à jour le plan d'intervention d'urgence du site avec la clinique, la sécurité et la protection civile locale.",
    "Analyser les interventions d'urgence et rendre compte des enseignements au responsable Santé et Sécurité.",
]}

k = expected(REF, ["en", "fr"], T, {"en": ORG, "fr": ORG}, L, S, "2041-05-21",
             {"min": 3800, "max": 4900, "currency": "USD"}, "E2",
             {l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")}, COMP)

LAB = {"en": ["Job title", "Company", "Department", "Location", "Band", "Roster", "Salary", "Closing date", "Reference"],
       "fr": ["Intitulé du poste", "Société", "Département", "Lieu", "Niveau", "Rotation", "Salaire", "Date de clôture", "Référence"]}
DEP = {"en": "Health, Safety and Environment", "fr": "Santé, Sécurité et Environnement"}
INTRO = {"en": """Kibali is a large open-pit and underground gold operation in the north-east of the Democratic Republic of
the Congo, run by a workforce that is overwhelmingly Congolese. We are looking for an experienced rescue
professional to coordinate our emergency response capability across the pits, the underground mine and the
processing plant. The Coordinator reports to the Health and Safety Manager.""",
         "fr": """Kibali est une grande exploitation aurifère à ciel ouvert et souterraine du nord-est de la République
démocratique du Congo, dont le personnel est très majoritairement congolais. Nous recherchons un(e)
professionnel(le) expérimenté(e) du sauvetage pour coordonner notre capacité d'intervention d'urgence dans les
fosses, la mine souterraine et l'usine de traitement. Le ou la titulaire rend compte au responsable Santé et
Sécurité."""}
HEAD = {"en": ["About the role", "Key responsibilities", "Requirements", "Preferred", "Behavioural competencies", "How to apply"],
        "fr": ["Le poste", "Responsabilités principales", "Exigences", "Souhaité", "Compétences comportementales", "Candidature"]}
APPLY = {"en": """Apply online through this portal with a CV and a cover letter in English or French, quoting the reference.
Shortlisted candidates will be invited to a practical assessment at the site rescue station in the week of 9 June
2041. Kibali does not charge any fee at any stage of recruitment.""",
         "fr": """Postulez en ligne sur ce portail avec un CV et une lettre de motivation en anglais ou en français, en
indiquant la référence. Les candidat(e)s retenu(e)s seront invité(e)s à une évaluation pratique à la station de
sauvetage du site pendant la semaine du 9 juin 2041. Kibali ne demande aucun frais à aucune étape du recrutement."""}

def half(l):
    vals = [T[l], ORG, DEP[l], L[l], "E2", S[l], SAL[l], DL[l], REF]
    rows = "".join(f"<tr><th>{a}</th><td>{esc(b)}</td></tr>\n" for a, b in zip(LAB[l], vals))
    comp = "".join(f"<li><strong>{n}:</strong> {esc(d)}</li>\n" if l == "en" else f"<li><strong>{n} :</strong> {esc(d)}</li>\n" for n, d in COMP[l])
    return f"""<section lang="{l}" class="half">
<h2>{esc(T[l])}</h2>
<table class="facts">
{rows}</table>
<h3>{HEAD[l][0]}</h3>
<p>{INTRO[l]}</p>
<h3>{HEAD[l][1]}</h3>
{ul([esc(x) for x in DUT[l]])}
<h3>{HEAD[l][2]}</h3>
{ul([esc(x) for x in ESS[l]], "ol")}
<h3>{HEAD[l][3]}</h3>
{ul([esc(x) for x in DES[l]])}
<h3>{HEAD[l][4]}</h3>
<ul class="comp">
{comp}</ul>
<h3>{HEAD[l][5]}</h3>
<p>{APPLY[l]}</p>
</section>
"""

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T['en']} – Kibali Goldmines SA – Careers</title>
<style>
@page {{ size: A4; margin: 16mm }}
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;color:#222;margin:0}}
.ats{{background:#2b2b2b;color:#eee;padding:8px 20px;font-size:9pt}}
.jobhead{{padding:10px 20px;border-bottom:2px solid #c9a227}}
.jobhead span{{margin-right:18px;color:#555}}
.half{{padding:0 20px}}
section[lang=fr]{{break-before:page}}
table.facts{{border-collapse:collapse}} table.facts th{{text-align:left;width:34%;padding:3px 8px 3px 0;color:#555}} table.facts td{{padding:3px 0}}
.btn{{display:inline-block;background:#c9a227;color:#000;padding:6px 14px;margin:10px 20px}}
aside{{padding:0 20px;font-size:9pt;color:#555}}
</style></head><body>
<div class="ats">Careers portal · Search jobs · Job alerts · Sign in · Language: English / Français</div>
<div class="jobhead"><span>Requisition ID: 4411</span><span>Posting date: 29 Apr 2041</span><span>Site: Kibali</span></div>
<a class="btn" href="#">Apply now »</a>
{half("en")}
{half("fr")}
<aside><b>Similar jobs</b> · Underground Shift Supervisor (closing 14 May 2041) · Infirmier(ère) de site (clôture le 4 juin 2041)</aside>
</body></html>
"""
write("kgm-hr-2041-0087-kibali.html", html, k)
chromium("kgm-hr-2041-0087-kibali.html", k)

def mj(l):
    vals = [T[l], ORG, DEP[l], L[l], "E2", S[l], SAL[l], DL[l], REF]
    facts = "\n".join(f"{a}: {b}" if l == "en" else f"{a} : {b}" for a, b in zip(LAB[l], vals))
    sep = ":" if l == "en" else " :"
    return f"""{facts}

{HEAD[l][0]}
{" ".join(INTRO[l].split())}

{HEAD[l][1]}
{chr(10).join(DUT[l])}

{HEAD[l][2]}
{chr(10).join(ESS[l])}

{HEAD[l][3]}
{chr(10).join(DES[l])}

{HEAD[l][4]}
{chr(10).join(n + sep + " " + d for n, d in COMP[l])}

{HEAD[l][5]}
{" ".join(APPLY[l].split())}
"""

board = f"""MyJobMag  Jobs  Companies  CV Writing  Career Advice  Post a Job  Login

Home / Jobs / Mining

{T['en']} at {ORG}
Posted on Tue 30th Apr, 2041 · Apply before: May 21, 2041

Job TypeFull TimeQualificationBA/BSc/HNDExperience6 yearsLocationHaut-UéléJob FieldMining / Safety and Environment

Kibali Goldmines SA operates a gold mine in the north-east of the DR Congo. The notice below is published in English
and French.

--- ENGLISH ---

{mj("en")}
--- FRANÇAIS ---

{mj("fr")}
Method of Application
Use the link(s) below to apply on company website.
Apply Here

Share on: Facebook  Twitter  LinkedIn  WhatsApp

Related Jobs
HSE Officer at a logistics company (fictitious) – Lubumbashi – Deadline: May 12, 2041
Plant Metallurgist at a mining contractor (fictitious) – Kolwezi – Deadline: Jun 2, 2041 – USD 4,200 monthly
"""
write("kgm-hr-2041-0087-myjobmag.txt", board, k)
