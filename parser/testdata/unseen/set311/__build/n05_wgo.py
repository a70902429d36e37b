from common import *

KEY = "wgo-hr-2043-0311"
REF = "WGO-HR-2043-0311"
T = {"en": "Gold Room Supervisor", "fr": "Superviseur(e) de la salle d'or"}
ORG = "Wahgnion Gold Operations SA"
LOC = {"en": "Wahgnion mine site, near Banfora, Cascades region, Burkina Faso",
       "fr": "Site minier de Wahgnion, près de Banfora, région des Cascades, Burkina Faso"}
SCH = {"en": "Five days on, two days off; 10-hour day shifts and night standby",
       "fr": "Cinq jours de travail, deux jours de repos ; postes de jour de 10 heures et astreinte de nuit"}
GRADE = "G5"
ESS = {"en": ["Diploma or degree in extractive metallurgy, chemistry or chemical engineering.",
              "At least five years in a CIL (carbon in leach) plant, including two years in elution, electrowinning or smelting.",
              "Proven knowledge of precious metal security procedures and chain of custody records.",
              "Good command of French and working English."],
       "fr": ["Diplôme ou licence en métallurgie extractive, en chimie ou en génie chimique.",
              "Au moins cinq ans dans une usine CIL (charbon en lixiviation), dont deux ans à l'élution, à l'électrolyse ou à la fonderie.",
              "Bonne connaissance des procédures de sûreté des métaux précieux et de la chaîne de traçabilité.",
              "Bonne maîtrise du français et anglais de travail."]}
DES = {"en": ["Experience of induction furnace operation and bullion assay sampling.",
              "Basic knowledge of Dioula or Mooré."],
       "fr": ["Expérience de la conduite d'un four à induction et de l'échantillonnage des lingots.",
              "Notions de dioula ou de mooré."]}
COMP = {"en": [("Integrity", "handles gold and records with complete honesty"),
               ("Attention to detail", "reconciles every weighing and every sample"),
               ("Calm under pressure", "keeps control during pours and security alerts")],
        "fr": [("Intégrité", "manipule l'or et les registres en toute honnêteté"),
               ("Souci du détail", "rapproche chaque pesée et chaque échantillon"),
               ("Maîtrise de soi", "garde le contrôle pendant les coulées et les alertes de sûreté")]}
DUT = {"en": ["Supervise the elution, electrowinning and smelting crews on each shift",
              "Run the gold pour and prepare bullion for dispatch with the security team",
              "Keep the gold room registers, seals and camera logs complete and reconciled",
              "Enforce the two-person rule and all access controls of the gold room",
              "Train operators and report every deviation to the Process Superintendent"],
       "fr": ["Encadrer les équipes d'élution, d'électrolyse et de fonderie à chaque poste",
              "Conduire les coulées et préparer les lingots pour l'expédition avec l'équipe de sûreté",
              "Tenir à jour et rapprocher les registres, les scellés et les journaux vidéo de la salle d'or",
              "Faire respecter la règle des deux personnes et tous les contrôles d'accès",
              "Former les opérateurs et signaler tout écart au surintendant du traitement"]}
SAL = {"en": "XOF 1,400,000 – 1,750,000 gross per month, plus site allowance",
       "fr": "1 400 000 à 1 750 000 FCFA bruts par mois, plus indemnité de site"}
CLOSE = {"en": "18 September 2043, 17:00 GMT", "fr": "18 septembre 2043, 17 h 00 GMT"}

expected(KEY, reference=REF, post_number=None, languages=["en", "fr"], title=T,
         organisation={"en": ORG, "fr": ORG}, location=LOC, schedule=SCH, deadline="2043-09-18",
         salary=sal(mn=1400000, mx=1750000, cur="XOF"), grade=GRADE, clearance=None,
         requirements={l: (ESS[l], DES[l]) for l in ("en", "fr")}, competencies=COMP)

L = {"en": dict(h="Job details", ref="Reference", pos="Job title", loc="Location", close="Closing date",
                co="Company", dep="Department", sch="Roster", gr="Grade", sal="Salary",
                intro="Wahgnion Gold Operations runs an open pit gold mine and a CIL processing plant in the Cascades region. We are looking for a supervisor to lead our gold room.",
                dut="Key responsibilities", req="What you bring", des="Nice to have", comp="How you work",
                dept="Processing – Gold Room", apply="Apply online before the closing date. Shortlisted candidates will sit a practical assessment at the mine on 1 October 2043.",
                sim="Similar jobs: Senior Metallurgist (closes 25 September 2043) · Plant Electrician (closes 2 October 2043)"),
     "fr": dict(h="Détails de l'offre", ref="Référence", pos="Intitulé du poste", loc="Lieu", close="Date de clôture",
                co="Société", dep="Département", sch="Rotation", gr="Grade", sal="Salaire",
                intro="Wahgnion Gold Operations exploite une mine d'or à ciel ouvert et une usine de traitement CIL dans la région des Cascades. Nous recherchons un(e) superviseur(e) pour diriger notre salle d'or.",
                dut="Responsabilités principales", req="Votre profil", des="Atouts", comp="Votre façon de travailler",
                dept="Traitement – Salle d'or", apply="Postulez en ligne avant la date de clôture. Les candidat(e)s retenu(e)s passeront une évaluation pratique à la mine le 1er octobre 2043.",
                sim="Offres similaires : Métallurgiste principal(e) (clôture le 25 septembre 2043) · Électricien(ne) d'usine (clôture le 2 octobre 2043)")}

def half(l):
    x = L[l]
    sep = ": " if l == "en" else " : "
    return f"""<section lang="{l}"{' class="newpage"' if l == 'fr' else ''}>
<h2>{T[l]}</h2>
<p>{x['intro']}</p>
<h3>{x['h']}</h3>
<table class="facts"><tr><th>{x['ref']}</th><th>{x['pos']}</th><th>{x['loc']}</th><th>{x['close']}</th></tr>
<tr><td>{REF}</td><td>{T[l]}</td><td>{LOC[l]}</td><td>{CLOSE[l]}</td></tr></table>
<table class="facts"><tr><th>{x['co']}</th><th>{x['dep']}</th><th>{x['sch']}</th><th>{x['gr']}</th><th>{x['sal']}</th></tr>
<tr><td>{ORG}</td><td>{x['dept']}</td><td>{SCH[l]}</td><td>{GRADE}</td><td>{SAL[l]}</td></tr></table>
<h3>{x['dut']}</h3>
<ul>{''.join('<li>' + d + '</li>' for d in DUT[l])}</ul>
<h3>{x['req']}</h3>
<ol>{''.join('<li>' + d + '</li>' for d in ESS[l])}</ol>
<h3>{x['des']}</h3>
<ol>{''.join('<li>' + d + '</li>' for d in DES[l])}</ol>
<h3>{x['comp']}</h3>
{''.join('<p><b>%s</b>%s%s</p>' % (n, sep, ds) for n, ds in COMP[l])}
<p>{x['apply']}</p>
<p class="sim">{x['sim']}</p>
</section>"""

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T['en']} – Wahgnion Gold Operations careers</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:24px;color:#1d1d1d}}
.bar{{display:flex;justify-content:space-between;border-bottom:2px solid #b8860b;padding-bottom:6px}}
table.facts{{border-collapse:collapse;width:100%;margin:6px 0 10px}}
table.facts th{{background:#f4ecd8;text-align:left;font-size:9pt;padding:4px;border:1px solid #d9c89e}}
table.facts td{{vertical-align:top;padding:4px;border:1px solid #d9c89e}}
.newpage{{break-before:page}}
.sim{{font-size:9pt;color:#555}}
@media print{{table.facts,table.facts tr,table.facts th,table.facts td{{display:block;border:none}} table.facts th{{background:none;padding:1px 0}} table.facts td{{padding:1px 0 4px}}}}
</style></head><body>
<div class="bar"><span><b>WAHGNION GOLD OPERATIONS</b> · Careers portal</span><span>EN | FR · Sign in</span></div>
<p style="font-size:9pt;color:#555">Job requisition 58812 · Posted 24 August 2043 · <a href="#">Apply now</a></p>
{half('en')}
{half('fr')}
<p style="font-size:8.5pt;color:#777;border-top:1px solid #ccc">Wahgnion Gold Operations SA never asks candidates for money. / Wahgnion Gold Operations SA ne demande jamais d'argent aux candidats.</p>
</body></html>
"""
name = KEY + "-wgo.html"
w(name, html, KEY)
pdf_chromium(name, KEY)
save_rows("n05")
