# -*- coding: utf-8 -*-
"""Job-board browser copies (invented boards ArenaJobs and MontagneEmploi)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import N

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fih():
    d = N["fih-2036-011"]; r = d["req"]["en"]
    s = f"""Skip to main content
ArenaJobs
Jobs  Employers  Sports  Salary guide  Sign in  Post a job
Home › Switzerland › Vaud › Event management › {d['title']['en']}

{d['title']['en']}
{d['organisation']['en']}{d['location']['en']}{d['schedule']['en']}Permanent
Posted 4 days ago · 2,318 views · 141 applicants
Apply now    Save    Share

Reference{d['reference']}Employer{d['organisation']['en']}Location{d['location']['en']}Activity rate{d['schedule']['en']}ContractPermanentEntry date01 Jun 2036Closing date18 Mar 2036

About the job
The International Hockey Federation is the world governing body of hockey, with more than 130 member associations. As Event Operations Manager you make sure FIH competitions are delivered to the same standard on every continent: you prepare operational requirements and hosting agreements, monitor venue readiness, accreditation, transport and accommodation, lead site visits, manage event budgets and supplier contracts and write post-event reports. You report to the Events Director.

What you need
• {r['essential'][0]}
• {r['essential'][1]}
• {r['essential'][2]}
• {r['essential'][3]}

What would set you apart
• {r['desirable'][0]}
• {r['desirable'][1]}
• {r['desirable'][2]}

What we offer: travel to events (about 70 days a year), five weeks of holiday, pension fund above the legal minimum. Interviews in Lausanne in the week of 6 April 2036.

Tags: sports events · hockey · international federation · Lausanne · English · French

Similar jobs
Competition Coordinator – Cycling · Aigle · CHF 85,000 – 95,000 · Closes 27 Mar 2036
Venue Manager (temporary) · Lausanne · CHF 8,200 a month · Closes 2 Apr 2036
Ticketing Officer · Nyon · Closes 11 Mar 2036

We use cookies to improve your experience. Accept all | Settings
© 2036 ArenaJobs · Privacy · Terms
"""
    out = os.path.join(ROOT, "fih-2036-011-arenajobs.txt")
    open(out, "w", encoding="utf-8").write(s)
    return out


def cda():
    d = N["cda-2036-0214"]; r = d["req"]["fr"]
    q = d["comp"]["fr"]
    s = f"""MontagneEmploi — l'emploi en station
Offres  Entreprises  Saisonniers  Logement  Mon espace
Accueil > Savoie > Remontées mécaniques > Maintenance

{d['title']['fr']}
{d['organisation']['fr']}{d['location']['fr']}CDIMaintenance
Publiée il y a 5 jours · 684 vues
Postuler   Sauvegarder   Partager

Référence{d['reference']}Employeur{d['organisation']['fr']}Lieu de travail{d['location']['fr']}ContratCDIHoraires{d['schedule']['fr']}Salaire2 350 € à 2 700 € bruts mensuels (13 mois)Date limite03/03/2036

Description du poste
Au sein de l'équipe de maintenance du domaine skiable (une soixantaine de remontées mécaniques, secteur Arc 1800), vous réalisez les visites et contrôles réglementaires, diagnostiquez les pannes mécaniques, électriques et hydrauliques, participez aux grandes inspections, renseignez le registre d'exploitation et la GMAO et assurez l'astreinte technique.

Profil recherché
- {r['essential'][0]}
- {r['essential'][1]}
- {r['essential'][2]}
- {r['essential'][3]}

Les plus
- {r['desirable'][0]}
- {r['desirable'][1]}
- {r['desirable'][2]}

Qualités
{q[0]['name']} : {q[0]['description']}
{q[1]['name']} : {q[1]['description']}
{q[2]['name']} : {q[2]['description']}

Avantages : forfait saison pour vous et votre famille, aide au logement, intéressement. Entretiens à partir du 16 mars 2036, prise de poste le 20 avril 2036.

Mots-clés : remontées mécaniques · maintenance · électrotechnique · Savoie

Offres similaires
Conducteur·rice de téléski (saison été) · Val Cenis · 1 850 € brut/mois · jusqu'au 15/04/2036
Électromécanicien·ne · Tignes · 2 600 € brut/mois · jusqu'au 31/03/2036
Pisteur·euse-secouriste · Peisey-Vallandry · jusqu'au 10/03/2036

Ce site utilise des cookies. Tout accepter | Personnaliser
© 2036 MontagneEmploi · Mentions légales · Contact
"""
    out = os.path.join(ROOT, "cda-2036-0214-montagneemploi.txt")
    open(out, "w", encoding="utf-8").write(s)
    return out


if __name__ == "__main__":
    for f in (fih, cda):
        print(f())
