# Job-board copies (browser copy-paste of invented boards)
import os
from data import N, ROOT


def w(name, s):
    open(os.path.join(ROOT, name), "w", encoding="utf-8").write(s)


def tristan():
    n = N["tdc-hr-39-02"]; R = n["requirements"]["en"]; C = n["competencies"]["en"]
    s = f"""Skip to main content
AtlanticPostings
Home  Jobs  Employers  Islands guide  Sign in
Jobs › Overseas Territories › Tristan da Cunha

{n['title']['en']}
{n['organisation']['en']}
{n['location']['en']}

Job summary
Reference: {n['reference']}
Salary: £29,860 - £33,410 a year ({n['grade']})
Hours: {n['schedule']['en']}
Contract: Fixed term, 2 years
Posted: 10/01
Closing: 07/02/2039

About the job
The Tristan da Cunha Government is recruiting an officer to run the island's livestock, pasture and natural resources work, advise island farmers, supervise four local staff and enforce biosecurity on incoming cargo. Passage by ship from Cape Town, housing and a freight allowance are provided.

What you'll need
- {R['essential'][0]}
- {R['essential'][1]}
- {R['essential'][2]}
- {R['essential'][3]}
- {R['essential'][4]}

Nice to have
- {R['desirable'][0]}
- {R['desirable'][1]}
- {R['desirable'][2]}

Qualities: {", ".join(c['name'] for c in C)}

Apply via the employer's website. Quote {n['reference']}.

Similar jobs
Fisheries Scientist – Stanley, Falklands – £38,900 – closes 28/02/2039
Island Doctor – St Helena – £72,000 – closes 15/03/2039
Warden, Bird Island – South Georgia – £27,500 – closes 04/02/2039

We use cookies to improve your experience. Accept all | Manage
© 2039 AtlanticPostings
"""
    w("tdc-hr-39-02-atlanticpostings.txt", s)


def wt():
    n = N["wt-2039-05"]; R = n["requirements"]["en"]
    s = f"""EnduranceCareers
Find jobs   Post a job   Federations   Log in
Full-timeOn-siteSenior
{n['title']['en']}
{n['organisation']['en']} · Posted 5 days ago · 412 views · 38 applicants
Reference{n['reference']}Location{n['location']['en']}Workload{n['schedule']['en']}SalaryCHF 96k – 108k per yearClosing date18 Feb 2039
About the role
World Triathlon is looking for an Events Operations Manager to lead the delivery of its flagship series and championships with local organising committees: site visits, technical standards, budgets, safety plans and a team of three coordinators.
Requirements:
* {R['essential'][0]}
* {R['essential'][1]}
* {R['essential'][2]}
* {R['essential'][3]}
Nice to have:
* {R['desirable'][0]}
* {R['desirable'][1]}
* {R['desirable'][2]}
Tags: events  triathlon  operations  Lausanne  sport governance
Apply now
Similar jobs
Competition Manager – European Rowing – Lausanne – CHF 85k – closes 2 Mar 2039
Head of Events – Aquatics league – Geneva – CHF 110k – closes 25 Feb 2039
This site uses cookies. OK
"""
    w("wt-2039-05-endurancecareers.txt", s)


def gpmm():
    n = N["gpmm-2039-0112"]; R = n["requirements"]["fr"]
    s = f"""QuaisEmploi – l'emploi portuaire et logistique
Accueil > Offres > Maintenance > Bouches-du-Rhône
CDITemps pleinAgent de maîtrise
{n['title']['fr']}
{n['organisation']['fr']}
Publiée il y a 4 jours · 97 candidatures
Référence{n['reference']}Lieu{n['location']['fr']}Horaires{n['schedule']['fr']}Salaire34 - 39,5 k€ brut annuelDate limite24/02/2039
Le poste
Au sein de la direction des équipements, vous assurez la maintenance préventive et corrective des écluses et des ponts mobiles des bassins Ouest, renseignez la GMAO et participez aux arrêts programmés.
Profil recherché
• {R['essential'][0]}
• {R['essential'][1]}
• {R['essential'][2]}
• {R['essential'][3]}
Atouts
• {R['desirable'][0]}
• {R['desirable'][1]}
• {R['desirable'][2]}
Savoir-être
{chr(10).join(c['name'] + ' : ' + c['description'] for c in N['gpmm-2039-0112']['competencies']['fr'])}
Mots-clés : maintenance, levage, électrotechnique, portuaire
Postuler
Offres similaires
Électromécanicien·ne – Port de Sète – 30 - 34 k€ – 10/03/2039
Chef·fe d'équipe écluses – Le Havre – 38 k€ – 28/02/2039
Nous utilisons des cookies. Tout accepter | Paramétrer
"""
    w("gpmm-2039-0112-quaisemploi.txt", s)


if __name__ == "__main__":
    tristan(); wt(); gpmm()
