# Job-board copies (browser copies of invented boards)
import os
from data import N, ROOT
def orkney():
    n = N["oic-ed-37-0263"]; E = n["en"]
    return f"""Skip to main content
NorthIslesJobs  Home  Find jobs  Employers  Advice  Sign in
Home > Jobs > Marine > {E['title']}

{E['title']}
{E['org']}
{E['loc']}
£38,114 – £42,305 per annum (Grade J)
Closing: 14/05/2037

Apply now    Save job

Job summary
Reference: {n['ref']}
Employer: {E['org']}
Location: {E['loc']}
Salary: £38,114 – £42,305 per annum
Hours: {E['sched']}
Contract: Permanent
Posted: 20/04
Closing date: 14/05/2037

The Council's marine team runs the harbours and pilotage of Scapa Flow. As supervisor you will lead the harbour operations team on shift, allocate berths, supervise mooring crews, keep the harbour log and lead emergency exercises.

What you'll need
- {chr(10).join('- ' + x for x in E['ess'])[2:]}

Nice to have
- {chr(10).join('- ' + x for x in E['des'])[2:]}

Our values
{chr(10).join(a + ': ' + b for a, b in E['comp'])}

Relocation help of up to £8,000 is available. Interviews: week commencing 1 June 2037.

Similar jobs
Marine Engineer – Kirkwall – £41,020 – £45,530 – Closing 29/05/2037
Ferry Deckhand – Stromness – £24,310 – Closing 08/05/2037

We use cookies to improve your experience. Accept all | Manage settings
"""
def wa():
    n = N["wa-2037-hr-04"]; E = n["en"]
    return f"""Menu  Jobs  Federations  Post a job  Log in
SportsCapitalJobs > Lausanne > Events

{E['title']}
{E['org']}{E['loc']}{E['sched']}Permanent
Posted 4 days ago · 512 views · 37 applicants
Apply

Reference{n['ref']}Employer{E['org']}Location{E['loc']}Salary CHF 78k – 88k per yearEntry date01 Sep 2037Closing date22 May 2037

About the job
The federation governs archery worldwide and runs its own world championships and world cup circuit from its Lausanne office. Reporting to the Sport Director, you will plan venues, logistics and transport, follow the operations manual with organising committees, manage event budgets and suppliers, and lead two coordinators and seasonal volunteers. About ten weeks of travel a year.

Requirements:
{chr(10).join('* ' + x for x in E['ess'])}
Nice to have:
{chr(10).join('* ' + x for x in E['des'])}

Tags: events, operations, Olympic sport, Lausanne

Similar jobs
Competition Coordinator · Lausanne · CHF 70k – 80k · closes 15 May 2037
Head of Broadcast · Nyon · CHF 110k – 125k · closes 2 Jun 2037

This site uses cookies. OK
"""
def cda():
    n = N["cda-sn-2037-0381"]; F = n["fr"]
    return f"""Accueil > Offres > Industrie navale > Loire-Atlantique
EstuaireEmploi

{F['title']}
{F['org']}{F['loc']}CDI{F['sched']}
Publiée il y a 3 jours · 214 vues

Référence{n['ref']}Salaire38 000 – 44 000 € bruts annuelsHabilitationSecretDate limite28/05/2037

Le poste
Sur le site de Penhoët, le service méthodes tuyauterie prépare le travail des monteurs à bord et en atelier : découpage en lots de montage, gammes et dossiers de fabrication, contrôle de la disponibilité des pièces, traitement des non-conformités et suivi de l'avancement à bord.

Profil recherché
{chr(10).join('• ' + x for x in F['ess'])}

Les plus
{chr(10).join('• ' + x for x in F['des'])}

Savoir-être
{chr(10).join(a + ' : ' + b for a, b in F['comp'])}

Mots-clés : tuyauterie, méthodes, construction navale, CAO

Offres similaires
Soudeur·se TIG (F/H) – Saint-Nazaire – 2 300 € bruts mensuels – date limite 12/06/2037
Dessinateur·rice coque (F/H) – Nantes – 34 - 38 k€ – date limite 05/06/2037

Nous utilisons des cookies pour mesurer l'audience. Tout accepter | Paramétrer
"""
if __name__ == "__main__":
    for fn, f in (("oic-ed-37-0263-northislesjobs.txt", orkney), ("wa-2037-hr-04-sportscapitaljobs.txt", wa), ("cda-sn-2037-0381-estuaireemploi.txt", cda)):
        open(os.path.join(ROOT, fn), "w", encoding="utf-8").write(f())
    print("boards written")
