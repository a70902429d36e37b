from common import *
REF = "KG-2037-0418"; KEY = REF.lower()
T = "Senior Embedded Security Engineer"
O = "Kudelski Group"; LOC = "Cheseaux-sur-Lausanne"; SCH = "80-100%"
ESS = ["MSc in computer engineering, electrical engineering or computer science",
       "6+ years of C development on embedded Linux or RTOS targets",
       "Hands-on experience with secure boot, TrustZone or hardware security modules",
       "Fluent English; French is an advantage"]
DES = ["Knowledge of side-channel and fault-injection countermeasures", "Experience with Common Criteria or FIPS 140-3 evaluations"]
SOFT = ["Curiosity", "Ownership", "Clear communication"]
DUT = ["Design and review security features of set-top box and IoT firmware",
       "Lead threat modelling workshops with product teams",
       "Support customers' certification audits"]
HTML = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T} | Careers | Kudelski Group</title>
<style>.chips span{{display:inline-block;margin-right:18px}} .chips small{{display:block;text-transform:uppercase;font-size:10px;color:#777}}</style></head><body>
<div id="consent">We use cookies to improve your experience. <button>Accept all</button> <button>Settings</button></div>
<header>KUDELSKI GROUP · Solutions · Investors · Careers · <a>EN</a> | <a>FR</a></header>
<p>Careers / Open positions / Engineering</p>
<h1>{T}</h1>
<div class="chips">
<span><small>Reference</small>{REF}</span><span><small>Company</small>{O}</span><span><small>Location</small>{LOC}</span>
<span><small>Department</small>Security Engineering</span><span><small>Workload</small>{SCH}</span><span><small>Contract</small>Permanent</span><span><small>Published</small>27 February 2037</span>
</div>
<p>Our engineers protect digital content and connected devices for operators in more than 30 countries. Join the embedded security team at our headquarters.</p>
<h2>Your mission</h2>{ul(DUT)}
<h2>Your profile</h2>{ul(ESS)}
<h2>Nice to have</h2>{ul(DES)}
<h2>Soft skills</h2>{ul(SOFT)}
<h2>What we offer</h2><p>Flexible hours, hybrid work, a CHF 2,000 yearly training budget and an on-site restaurant.</p>
<p>Please apply by 24 March 2037. First interviews will take place in the week of 6 April 2037.</p>
<aside><h3>Other positions</h3><ul><li>Cloud Security Architect – Cheseaux-sur-Lausanne – published 12 February 2037</li><li>Technical Writer – Zug – published 20 February 2037</li></ul></aside>
<footer>© Kudelski SA · Privacy · Legal</footer></body></html>"""
JOBUP = f"""jobup.ch
Emplois   Entreprises   Salaires   Conseils carrière   Connexion   FR | DE | EN

Quoi\tOù\tRechercher

Emploi 3 sur 22

{T}
{O}
Date de publication :27 février 2037Taux d'activité :{SCH}Type de contrat :Durée indéterminée (CDI)Lieu de travail :{LOC}
Salaire estimé par jobup.ch : CHF 124 000 - 151 000 / an
Postuler   Sauvegarder

Reference: {REF} · Company: {O} · Workload: {SCH} · Department: Security Engineering

Our engineers protect digital content and connected devices for operators in more than 30 countries.

Your mission
{chr(10).join(DUT)}

Your profile
{chr(10).join(ESS)}

Nice to have
{chr(10).join(DES)}

Soft skills
{chr(10).join(SOFT)}

What we offer
Flexible hours, hybrid work, a CHF 2,000 yearly training budget.
Please apply by 24 March 2037.

Lieu de travail
Route de Genève 22, {LOC}

Offres similaires
Firmware Engineer – Lausanne – Salaire estimé CHF 98 000 - 120 000 / an
Security Consultant – Genève – publiée il y a 5 jours

ID de l'annonce : 7f3c2a91-5be0-4e7d-9c41-2a8d03b6e517
"""
def build():
    write(f"{KEY}-kudelski.html", HTML, KEY)
    write(f"{KEY}-jobup.txt", JOBUP, KEY)
    expected(KEY, REF, ["en"], {"en": T}, {"en": O}, {"en": LOC}, {"en": SCH}, "2037-03-24", None, None, None,
             {"en": (ESS, DES)}, {"en": [(s, "") for s in SOFT]})
