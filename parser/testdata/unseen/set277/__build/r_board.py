# -*- coding: utf-8 -*-
"""Job-board copies and an e-mail forward (written straight into the set)."""
import os
from data import N

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def nlb_board():
    d = N["nlb-hr-40-18"]; r = d["requirements"]["en"]
    names = " · ".join(c["name"] for c in d["competencies"]["en"])
    return f"""Skip to main content
ScotMarineJobs
Find jobs   Employers   Career advice   Sign in
Home > Jobs > Engineering > Argyll & Bute
{d['title']['en']}
{d['organisation']['en']}
Posted 19 days ago · 214 views
Apply now   Save job
Job details
Reference
{d['reference']}
Employer
{d['organisation']['en']}
Location
{d['location']['en']}
Salary
£36,480 - £41,920 per year ({d['grade']})
Hours
{d['schedule']['en']}
Contract
Permanent
Closing date
07/11/2040 12:00
About the role
The Board looks after the lights, buoys and beacons that guide shipping around Scotland and the Isle of Man. From the Oban base you will service solar, battery and monitoring equipment at remote stations, travelling by ship, helicopter and road, and you will help fit new lanterns and AIS units.
Essential criteria
• {r['essential'][0]}
• {r['essential'][1]}
• {r['essential'][2]}
• {r['essential'][3]}
• {r['essential'][4]}
Desirable criteria
• {r['desirable'][0]}
• {r['desirable'][1]}
• {r['desirable'][2]}
Our values: {names}
Interviews are planned for 21/11/2040 in Oban. Relocation support up to £8,000.
Apply now
Similar jobs
Marine Electrician – Clyde ferry refit yard · £34,000 - £38,500 · Closes 14/11/2040
Buoy Yard Supervisor – Stromness · £39,200 · Closes 29/11/2040
Radio Technician – coastguard contractor · £33,750 · Closes 05/12/2040
We use cookies to make this site work. Accept all   Manage settings
© 2040 ScotMarineJobs · Privacy · Terms
"""


def ibsf_board():
    d = N["ibsf-hr-2040-04"]; r = d["requirements"]["en"]
    comps = "\n".join(f"- {c['name']}: {c['description']}" for c in d["competencies"]["en"])
    return f"""AlpineSportCareers  |  Jobs  |  Organisations  |  Post a job  |  Log in
Jobs in Lausanne > Sport federations > Technical
{d['title']['en']}
{d['organisation']['en']}
Full-time	On-site	Senior
Posted 11 days ago · 96 applicants
Key facts
Reference	{d['reference']}
Employer	{d['organisation']['en']}
Location	{d['location']['en']}
Workload	{d['schedule']['en']}
Salary	CHF 98k – 110k per year
Start	01.03.2041
Apply by	21.11.2040
About the job
You will lead the certification of bobsleigh, luge and skeleton tracks that host international races: design reviews for new and rebuilt tracks, homologation visits before each season, inspection reports and the register of certified tracks. You report to the Sport Director.
What you need
{chr(10).join('- ' + x for x in r['essential'])}
Nice to have
{chr(10).join('- ' + x for x in r['desirable'])}
How you work
{comps}
Tags: winter sports · engineering · venues · Lausanne
Similar jobs
Venue Manager – Olympic winter venue operator · CHF 90k – 100k · Apply by 12.12.2040
Competition Coordinator – ice sports federation · CHF 78k – 86k · Apply by 30.11.2040
Cookies help us improve AlpineSportCareers. [Accept] [Settings]
"""


def anfr_board():
    d = N["anfr-2040-drh-0217"]; r = d["requirements"]["fr"]
    comps = "\n".join(f"- **{c['name']}** : {c['description']}" for c in d["competencies"]["fr"])
    return f"""[Accueil](https://ondesemploi.example/) › [Offres](https://ondesemploi.example/offres) › [Télécoms et réseaux](https://ondesemploi.example/offres/telecoms)

# {d['title']['fr']}

**{d['organisation']['fr']}** · Rambouillet · Publiée il y a 4 jours

`Fonction publique` `Technicien` `Terrain`

| Référence | Lieu | Horaires | Salaire | Date limite |
|---|---|---|---|---|
| {d['reference']} | {d['location']['fr']} | {d['schedule']['fr']} | 30 - 36 k€ brut annuel | 28/11/2040 |

## Le poste

Au centre de contrôle international de Rambouillet, vous surveillez les bandes de fréquences, mesurez et
localisez les émissions perturbatrices, y compris celles qui viennent de satellites, et rédigez les
rapports de mesure. Vous participez aussi à l'entretien des antennes et à des campagnes de mesure en région.

## Profil recherché

{chr(10).join('- ' + x for x in r['essential'])}

## Atouts

{chr(10).join('- ' + x for x in r['desirable'])}

## Savoir-être

{comps}

Entretiens prévus le 10/12/2040.

[Postuler sur le site de l'employeur](https://ondesemploi.example/postuler/{d['reference']})

### Offres similaires

- Technicien·ne radio – opérateur de réseaux · Vélizy · 32 - 38 k€ · 05/12/2040
- Agent·e de maintenance antennes · Chartres · 27 - 31 k€ · 19/12/2040

*Ce site utilise des cookies.* [Accepter](https://ondesemploi.example/cookies) · [Paramétrer](https://ondesemploi.example/cookies/reglages)
"""


def solomon_mail():
    d = N["sips-vac-40-047"]; r = d["requirements"]["en"]
    comps = "\n".join(f"* {c['name']}: {c['description']}" for c in d["competencies"]["en"])
    return f"""From: Lydia Hou <l.hou@mid.gov.example>
Sent: Tuesday, 9 October 2040 08:14
To: Works Division – all staff
Subject: FW: Vacancy – {d['title']['en']} ({d['reference']})

Dear colleagues,

Please see the advertisement below, which MPS published yesterday. Officers who wish to apply must go
through their supervisor. Closing date is Monday 5 November 2040, 4.00 pm, no extensions.

Regards,
Lydia
HR Officer, Ministry of Infrastructure Development

-----Original Message-----
From: MPS Recruitment <recruitment@mps.gov.example>
Sent: Monday, 8 October 2040 16:40
Subject: Vacancy – {d['title']['en']} ({d['reference']})

VACANCY ADVERTISEMENT
Position: {d['title']['en']}
Vacancy reference: {d['reference']}
Employer: {d['organisation']['en']}
Duty station: {d['location']['en']}
Salary level: {d['grade']}
Salary: SBD 98,460 - SBD 112,230 per annum
Hours of work: {d['schedule']['en']}
Closing date: Monday 5 November 2040, 4.00 pm

Purpose: keep a complete and reliable register of the Ministry's buildings, vehicles, plant and
equipment.

Essential:
{chr(10).join('* ' + x for x in r['essential'])}

Desirable:
{chr(10).join('* ' + x for x in r['desirable'])}

Competencies:
{comps}

Apply with the PS application form, cover letter, CV, certified certificates and two referees to the
Permanent Secretary, Ministry of Public Service. Housing allowance SBD 1,200 per fortnight for officers
posted from outside Honiara (first six months).

This e-mail and any attachments are intended for the addressee only.
"""


def write_all():
    out = {"nlb-hr-40-18-scotmarinejobs.txt": nlb_board(),
           "ibsf-hr-2040-04-alpinesportcareers.txt": ibsf_board(),
           "anfr-2040-drh-0217-ondesemploi.md": anfr_board(),
           "sips-vac-40-047-email-forward.txt": solomon_mail()}
    for n, s in out.items():
        with open(os.path.join(SET, n), "w", encoding="utf-8") as f:
            f.write(s)
    return out


if __name__ == "__main__":
    write_all()
