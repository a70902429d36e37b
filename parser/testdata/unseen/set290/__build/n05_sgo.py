"""Sabodala Gold Operations (Senegal), EN then FR: ATS page (HTML + Chromium PDF) + LinkedIn repost."""
from common import *

KEY = "sgo-hr-2041-0214"
REF = "SGO-HR-2041-0214"
ORG = "Sabodala Gold Operations SA"
T = {"en": "Artisanal Mining Liaison Officer", "fr": "Chargé(e) de liaison avec l'orpaillage"}
LOC = {"en": "Sabodala mine site, Kédougou region, Senegal, with daily travel to surrounding villages",
       "fr": "Site minier de Sabodala, région de Kédougou, Sénégal, avec déplacements quotidiens dans les villages environnants"}
SCHED = {"en": "Monday to Friday, 7:00 a.m. to 4:00 p.m., with occasional weekend duty",
         "fr": "Du lundi au vendredi, de 7 h à 16 h, avec interventions ponctuelles le week-end"}
GRADE = "C1"
SAL = {"en": "XOF 1,150,000 – 1,480,000 gross per month, plus site allowance and medical cover",
       "fr": "1 150 000 à 1 480 000 FCFA bruts par mois, plus prime de site et couverture médicale"}
DL = {"en": "16 December 2041, 23:59 (GMT)", "fr": "16 décembre 2041, 23 h 59 (GMT)"}
ESS = {"en": [
    "Senegalese nationality.",
    "Bachelor's degree in sociology, rural development, geology or a related field.",
    "At least four years of community relations experience in mining or other extractive areas.",
    "Fluency in Malinke or Pulaar, and working French.",
    "Valid driving licence and ability to drive on unpaved tracks.",
], "fr": [
    "Nationalité sénégalaise.",
    "Licence en sociologie, en développement rural, en géologie ou dans un domaine connexe.",
    "Au moins quatre ans d'expérience en relations communautaires dans le secteur minier ou extractif.",
    "Maîtrise du malinké ou du pular, et du français de travail.",
    "Permis de conduire valide et aptitude à conduire sur pistes.",
]}
DES = {"en": [
    "Knowledge of the Mining Code of Senegal and of the gold-panning corridors.",
    "Working knowledge of English.",
], "fr": [
    "Connaissance du Code minier du Sénégal et des couloirs d'orpaillage.",
    "Connaissance pratique de l'anglais.",
]}
COMP = {"en": [
    ("Trust building", "earns the confidence of gold panners, village chiefs and local authorities."),
    ("Conflict sensitivity", "anticipates tensions around the lease boundary and defuses them early."),
    ("Safety first", "never compromises on site safety rules, on or off the lease."),
], "fr": [
    ("Création de la confiance", "gagne la confiance des orpailleurs, des chefs de village et des autorités locales."),
    ("Sensibilité aux conflits", "anticipe les tensions aux limites du permis et les désamorce tôt."),
    ("Priorité à la sécurité", "ne transige jamais sur les règles de sécurité, sur le permis comme en dehors."),
]}
DUT = {"en": [
    "Maintain a weekly dialogue with the gold-panning (dioura) committees of the villages bordering the lease.",
    "Map and monitor artisanal workings near the pits and report encroachments to Security and Mine Planning.",
    "Support the formalisation of panners in the corridors allocated by the State, with the Regional Mines Service.",
    "Run awareness sessions on mercury-free processing, child labour and pit-collapse risks.",
    "Log community grievances related to artisanal mining and follow them up to closure.",
], "fr": [
    "Entretenir un dialogue hebdomadaire avec les comités de dioura des villages riverains du permis.",
    "Cartographier et suivre les sites d'orpaillage proches des fosses et signaler les empiètements à la Sûreté et à la Planification minière.",
    "Appuyer la formalisation des orpailleurs dans les couloirs attribués par l'État, avec le Service régional des mines.",
    "Animer des séances de sensibilisation sur le traitement sans mercure, le travail des enfants et les risques d'effondrement.",
    "Enregistrer les plaintes communautaires liées à l'orpaillage et en assurer le suivi jusqu'à leur clôture.",
]}
L = {"en": dict(t="Job title", org="Company", dept="Department", loc="Location", band="Band", sch="Working hours",
                sal="Salary", dl="Closing date", ref="Reference", ctype="Contract", ctv="Permanent (CDI)",
                deptv="Sustainability & External Affairs – Community Relations",
                duties="Key responsibilities", req="Requirements", adv="Preferred", comp="Competencies",
                how="How to apply",
                howt="Apply online before the closing date with a CV and a one-page cover letter. Shortlisted candidates will sit a written exercise in Kédougou on 6 January 2042. Women are strongly encouraged to apply.",
                intro="Sabodala Gold Operations runs open-pit and underground gold mining in eastern Senegal. The Community Relations team is looking for a field-based officer to manage relations with artisanal miners living around the lease."),
     "fr": dict(t="Intitulé du poste", org="Société", dept="Département", loc="Lieu", band="Niveau", sch="Horaires",
                sal="Salaire", dl="Date de clôture", ref="Référence", ctype="Contrat", ctv="CDI",
                deptv="Développement durable et affaires extérieures – Relations communautaires",
                duties="Responsabilités principales", req="Exigences", adv="Atouts", comp="Compétences",
                how="Candidature",
                howt="Postulez en ligne avant la date de clôture avec un CV et une lettre de motivation d'une page. Les candidat(e)s présélectionné(e)s passeront un exercice écrit à Kédougou le 6 janvier 2042. Les candidatures féminines sont vivement encouragées.",
                intro="Sabodala Gold Operations exploite des mines d'or à ciel ouvert et souterraines dans l'est du Sénégal. L'équipe Relations communautaires recherche un(e) agent(e) de terrain chargé(e) des relations avec les orpailleurs installés autour du permis.")}

def half(l):
    x = L[l]
    rows = [(x["t"], T[l]), (x["org"], ORG), (x["dept"], x["deptv"]), (x["loc"], LOC[l]), (x["band"], GRADE),
            (x["ctype"], x["ctv"]), (x["sch"], SCHED[l]), (x["sal"], SAL[l]), (x["dl"], DL[l]), (x["ref"], REF)]
    tr = "\n".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows)
    return f"""<section lang="{l}" class="half">
<h2>{T[l]}</h2>
<p>{x['intro']}</p>
<table class="facts">
{tr}
</table>
<h3>{x['duties']}</h3>
<ul>
{chr(10).join(f'<li>{d}</li>' for d in DUT[l])}
</ul>
<h3>{x['req']}</h3>
<ol>
{chr(10).join(f'<li>{d}</li>' for d in ESS[l])}
</ol>
<h3>{x['adv']}</h3>
<ul>
{chr(10).join(f'<li>{d}</li>' for d in DES[l])}
</ul>
<h3>{x['comp']}</h3>
<ul>
{chr(10).join(f'<li><strong>{n}:</strong> {d}</li>' if l == 'en' else f'<li><strong>{n} :</strong> {d}</li>' for n, d in COMP[l])}
</ul>
<h3>{x['how']}</h3>
<p>{x['howt']}</p>
</section>"""

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{T['en']} / {T['fr']} – Careers</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt;margin:24px;color:#1d1d1d}}
.portal{{background:#2f2a1f;color:#f3d27a;padding:6px 10px;font-size:10pt}}
table.facts{{border-collapse:collapse;width:100%}} table.facts th{{text-align:left;width:30%;background:#f6efd9;padding:4px 6px;border:1px solid #ccc}}
table.facts td{{padding:4px 6px;border:1px solid #ccc}}
section[lang=fr]{{break-before:page}}
.apply{{display:inline-block;background:#c7921c;color:#fff;padding:6px 14px}}
</style></head><body>
<div class="portal">Careers portal · Job search · My applications · Sign in · EN | FR</div>
<p><small>Job Req ID: 77315 · Posted 18 Nov 2041 · Senegal</small></p>
<p><a class="apply" href="#">Apply now »</a></p>
{half('en')}
{half('fr')}
<hr>
<p><small>Similar jobs: Environmental Technician (closes 5 Dec 2041) · Resettlement Data Clerk (closes 19 Dec 2041) · Chargé(e) de la santé communautaire (clôture 2 janvier 2042)</small></p>
</body></html>
"""
write(KEY + "-sgo.html", html, KEY)
chromium(KEY + "-sgo.html", KEY)

def li_half(l):
    x = L[l]
    sep = ":" if l == "en" else " :"
    out = [f"{x['t']}{sep} {T[l]}", f"{x['org']}{sep} {ORG}", f"{x['loc']}{sep} {LOC[l]}",
           f"{x['band']}{sep} {GRADE}", f"{x['sch']}{sep} {SCHED[l]}", f"{x['sal']}{sep} {SAL[l]}",
           f"{x['dl']}{sep} {DL[l]}", f"{x['ref']}{sep} {REF}", "",
           ("What you'll do:" if l == "en" else "Ce que vous ferez :")]
    out += ["🔸 " + d for d in DUT[l]]
    out += ["", ("What we need:" if l == "en" else "Ce qu'il vous faut :")]
    out += ["✅ " + d for d in ESS[l]]
    out += ["", ("Nice to have:" if l == "en" else "Un plus :")]
    out += ["➕ " + d for d in DES[l]]
    out += ["", ("How you work:" if l == "en" else "Votre façon de travailler :")]
    out += [f"💡 {n}{sep} {d}" for n, d in COMP[l]]
    return "\n".join(out)

linkedin = f"""Aïssatou Diallo (fictive) • 2e
Talent Acquisition Lead – West Africa mining
3 j • Modifié • 🌐

📢 We're hiring in Kédougou! / Nous recrutons à Kédougou !

🇬🇧 ENGLISH

{li_half('en')}

🇫🇷 FRANÇAIS

{li_half('fr')}

👉 Apply / Postuler : lien dans le premier commentaire.
#Senegal #Kédougou #Mining #CommunityRelations #Recrutement #Orpaillage
…voir moins

👍❤️ 214 · 37 commentaires · 58 republications

Moussa Cissé (fictif) • 1re
Partagé avec mon réseau de Saraya 🙏
J'aime · Répondre · 2 j

Aïssatou Diallo (fictive) • Auteur
Merci Moussa ! Clôture le 16/12/2041.
J'aime · Répondre · 2 j
"""
write(KEY + "-linkedin.txt", linkedin, KEY)

expected(KEY, reference=REF, languages=["en", "fr"], title=T, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2041-12-16", salary=salary(mn=1150000, mx=1480000, cur="XOF"),
         grade=GRADE, requirements={l: {"essential": ESS[l], "desirable": DES[l]} for l in ("en", "fr")},
         competencies=COMP)
save_rows("n05")
