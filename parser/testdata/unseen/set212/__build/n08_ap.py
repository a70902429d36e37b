from common import *

KEY = "73418"
REF = "73418"
T = "Supply Planner – Movement Components (f/m/d)"
ORG = "Audemars Piguet"
LOC = "Le Brassus, Vallée de Joux"
SCH = "100%"
ESS = [
    "Federal VET diploma (CFC) in logistics or commerce completed by a higher diploma in supply chain management (HES, ASFC or equivalent)",
    "At least 4 years of experience in production or materials planning, ideally in watchmaking or another precision industry",
    "Solid command of SAP (PP/MM modules) and advanced Excel skills",
    "Fluent French and good English, spoken and written",
]
DES = [
    "Knowledge of APS planning tools",
    "Experience with suppliers of watch components (plates, bridges, wheels)",
    "Lean or APICS CPIM certification",
]
DUTIES = [
    "Translate the movement assembly plan into component requirements for our internal workshops and external suppliers",
    "Monitor stock levels, coverage and open orders, and anticipate shortages",
    "Run the weekly S&OP meeting for movement components with production, purchasing and quality",
    "Maintain planning parameters in SAP and propose improvements to our planning processes",
]

HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T} | Careers | {ORG}</title>
<style>
body {{ font-family: Helvetica, Arial, sans-serif; margin:0; color:#111 }}
.consent {{ position:relative; background:#111; color:#eee; padding:8px 20px; font-size:0.8em }}
header {{ padding:16px 32px; border-bottom:1px solid #ddd; letter-spacing:2px }}
.job {{ max-width:760px; margin:24px auto }}
.meta {{ list-style:none; padding:0; display:flex; flex-wrap:wrap; gap:8px 24px; font-size:0.9em; color:#444 }}
.meta li span {{ font-weight:bold; display:block; text-transform:uppercase; font-size:0.75em; letter-spacing:1px }}
h1 {{ font-weight:300; font-size:2em }}
.btn {{ display:inline-block; background:#111; color:#fff; padding:8px 22px }}
</style></head>
<body>
<div class="consent">We use cookies to personalise content and analyse our traffic. <a href="#">Accept all</a> <a href="#">Settings</a></div>
<header>AUDEMARS PIGUET &nbsp; Le Brassus &nbsp;&nbsp; <small>Careers · Our teams · Life at AP · Students · <a href="#">FR</a></small></header>
<div class="job">
<p style="font-size:0.8em"><a href="#">Careers</a> / <a href="#">Job offers</a> / Operations</p>
<h1>{T}</h1>
<ul class="meta">
<li><span>Location</span>{LOC}</li>
<li><span>Job ID</span>{REF}</li>
<li><span>Department</span>Operations – Movement Production Planning</li>
<li><span>Activity rate</span>{SCH}</li>
<li><span>Contract</span>Permanent</li>
<li><span>Posted</span>27 May 2035</li>
</ul>
<p><a class="btn" href="#">Apply</a></p>
<h2>Your mission</h2>
<p>In the heart of the Vallée de Joux, our movement workshops produce the calibres of our Royal Oak and Code 11.59 collections. As Supply Planner, you make sure that every component is in the right place at the right time, so that our watchmakers can assemble without interruption. Your main responsibilities:</p>
<ul>
{"".join(f"<li>{d}</li>" for d in DUTIES)}
</ul>
<h2>Your profile</h2>
<ul>
{"".join(f"<li>{x}</li>" for x in ESS)}
</ul>
<h2>Nice to have</h2>
<ul>
{"".join(f"<li>{x}</li>" for x in DES)}
</ul>
<h2>What we offer</h2>
<p>A family-owned manufacture with long-term vision, a staff restaurant, a shuttle from Le Sentier and Le Pont, generous pension fund contributions and a wide training offer.</p>
<p>Please apply online by 22 June 2035. First interviews will take place in the week of 30 June 2035.</p>
<p style="font-size:0.85em;color:#666">Only applications submitted through our career site will be considered. Agencies: we do not accept unsolicited CVs.</p>
<h3>You may also be interested in</h3>
<p>Production Planner – Cases and Bracelets · Le Brassus · posted 20 May 2035<br>
Logistics Coordinator (temporary, 12 months) · Le Locle · posted 14 May 2035</p>
</div>
<footer style="border-top:1px solid #ddd;padding:12px 32px;font-size:0.8em">© {ORG} 2035 · Legal notice · Privacy policy</footer>
</body></html>
"""

JU = f"""jobup.ch
Rechercher un emploi   Entreprises   Salaires   Conseils   Connexion   DE | FR | EN

< Retour aux résultats   Offre 5 sur 112

{T}
{ORG} Holding SA
il y a 5 jours

Date de publication :27 mai 2035Taux d'activité :100%Type de contrat :Durée indéterminéeLieu de travail :Le Brassus
Postuler   Enregistrer

Salaire estimé par jobup.ch
CHF 92 000 - 114 000 / an
Cette estimation se base sur des offres similaires. Elle n'est pas communiquée par l'entreprise.

Location: {LOC} · Job ID: {REF} · Department: Operations – Movement Production Planning · Activity rate: {SCH} · Contract: Permanent

Your mission
In the heart of the Vallée de Joux, our movement workshops produce the calibres of our Royal Oak and Code 11.59 collections. As Supply Planner, you make sure that every component is in the right place at the right time, so that our watchmakers can assemble without interruption. Your main responsibilities: {"; ".join(DUTIES)}.

Your profile
{chr(10).join(ESS)}

Nice to have
{chr(10).join(DES)}

What we offer
A family-owned manufacture with long-term vision, a staff restaurant, a shuttle from Le Sentier and Le Pont, generous pension fund contributions and a wide training offer.
Please apply online by 22 June 2035. First interviews will take place in the week of 30 June 2035.

Lieu de travail
Chemin des Ateliers 4, 1348 Le Brassus

Identifiant de l'annonce : 3f0c9a71-6b2e-4d85-a0f4-91d7c2e58b16

Offres similaires
Planificateur de production (h/f/d) – Le Sentier – il y a 2 jours – Salaire estimé CHF 85 000 - 104 000 / an
Approvisionneur·euse – Sainte-Croix – il y a 1 semaine
"""

def build(pdf=True):
    write(KEY + "-audemarspiguet.html", HTML, KEY)
    write(KEY + "-jobup.txt", JU, KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": T, "fr": None},
             organisation={"en": ORG, "fr": None}, location={"en": LOC, "fr": None},
             schedule={"en": SCH, "fr": None}, deadline="2035-06-22", salary=None,
             requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
             competencies={"en": [], "fr": None})
