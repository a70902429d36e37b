# Job-board copies and an e-mail forward (text / Markdown), written straight into the set folder.
import os
from data import N, ROOT


def w(name, s):
    open(os.path.join(ROOT, name), "w", encoding="utf-8").write(s)


def ceredigion_board():
    e = N["cyn-41-233"]; R = e["requirements"]["en"]; Cp = e["competencies"]["en"]
    s = f"""Skip to main content
CardiganBayJobs  Home  Jobs  Employers  Advice  Sign in
Home > Jobs > Environment > {e['title']['en']}

{e['title']['en']}
{e['organisation']['en']}
Posted: 17/05 | Ref: {e['reference']}

Job summary
Location: {e['location']['en']}
Salary: £35,745 - £38,626 a year ({e['grade']})
Hours: {e['schedule']['en']}
Contract: Permanent
Closing: 07/06/2041

About the job
Help keep more than 2,000 km of footpaths, bridleways and the coast path open for walkers and riders. You will inspect
routes, sort out obstructions with landowners, run volunteer days and keep the definitive map right.

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

Behaviours: {', '.join(c['name'] for c in Cp)}

Apply on the employer's website >

Similar jobs
Ranger (Seasonal) - Pembrokeshire - £24,100 - £25,300 - closes 30/05/2041
Rights of Way Assistant - Powys - £28,770 - closes 14/06/2041

We use cookies to improve your experience. Accept all | Settings
"""
    w("cyn-41-233-cardiganbayjobs.txt", s)


def ws_board():
    e = N["ws-hr-2041-11"]; R = e["requirements"]["en"]; Cp = e["competencies"]["en"]
    s = f"""BlueWaterCareers
Jobs   Companies   Salaries   Post a job   Log in

{e['title']['en']}
{e['organisation']['en']} · {e['location']['en']}
Full-timeHybridSenior
Posted 4 days ago · 312 views · 27 applicants
Easy apply   Save

ReferenceWS-HR-2041-11Hours{e['schedule']['en']}Salary£52k – £58k per yearClosing date20 Jun 2041

About the role
World Sailing trains and appoints the race officers, judges, umpires and measurers who run sailing events from club regattas to the Olympic Games. You will lead the programme that develops them, renew its courses and support national federations.

Requirements:
* {R['essential'][0]}
* {R['essential'][1]}
* {R['essential'][2]}
* {R['essential'][3]}

Nice to have:
* {R['desirable'][0]}
* {R['desirable'][1]}

Our values: {' · '.join(c['name'] for c in Cp)}

Tags: sailing, sport governance, training, volunteers

Similar jobs
Events Coordinator · Royal Yachting body · Southampton · £31k – £35k · closes 12 Jun 2041
Head of Umpiring · Match racing tour · Remote · £48k · closes 2 Jul 2041

This site uses cookies. OK
"""
    w("ws-hr-2041-11-bluewatercareers.txt", s)


def correze_board():
    e = N["ca19-rh-2041-08"]; R = e["requirements"]["fr"]; Cp = e["competencies"]["fr"]
    s = f"""[Accueil](https://limousinemploi.example/) > [Offres](https://limousinemploi.example/offres) > Agriculture

# {e['title']['fr']}

**{e['organisation']['fr']}** · Tulle · `CDI` `Temps plein` `Agriculture`

*Publiée il y a 3 jours*

| Référence | Lieu | Horaires | Salaire | Date limite |
|---|---|---|---|---|
| {e['reference']} | {e['location']['fr']} | {e['schedule']['fr']} | 30 - 34 k€ brut annuel | 27/06/2041 |

## Le poste

Vous accompagnez les producteurs corréziens qui vendent en circuits courts et ceux qui passent en bio, et vous les mettez en relation avec la restauration collective.

## Profil recherché

""" + "".join(f"- {x}\n" for x in R["essential"]) + """
## Atouts

""" + "".join(f"- {x}\n" for x in R["desirable"]) + """
## Savoir-être

""" + "".join(f"- **{c['name']}** : {c['description']}\n" for c in Cp) + """
[Postuler](https://limousinemploi.example/postuler)

### Offres similaires

- Technicien·ne élevage ovin · Ussel · 26 - 29 k€ · date limite 15/06/2041
- Animateur·rice foncier · Brive · 2 100 € brut mensuel · date limite 04/07/2041

*Ce site utilise des cookies.* [Accepter](#) [Refuser](#)
"""
    w("ca19-rh-2041-08-limousinemploi.md", s)


def icac_mail():
    e = N["icac-va-2041-03"]; R = e["requirements"]["en"]; Cp = e["competencies"]["en"]
    s = f"""From: Marisol Quintero <m.quintero@agristat-network.example>
Sent: Tuesday, May 13, 2041 9:42 AM
To: stats-alumni@lists.example
Subject: FW: ICAC vacancy - {e['title']['en']} ({e['reference']})

Hi all, passing this on from our friends at the ICAC - a good opening for anyone who likes balance sheets.
Note the deadline. Marisol

-----Original Message-----
From: ICAC Recruitment <recruitment@icac.example>
Sent: Monday, May 12, 2041 4:15 PM
Subject: Vacancy announcement {e['reference']}

Dear colleagues,

Please circulate the following vacancy announcement in your networks.

VACANCY ANNOUNCEMENT {e['reference']}
Title: {e['title']['en']}
Organization: {e['organisation']['en']}
Duty station: {e['location']['en']}
Grade: {e['grade']}
Salary: USD 78,500 - 89,200 per year, net of tax
Hours: {e['schedule']['en']}
Date of issue: 10 May 2041
Deadline for applications: 14 June 2041, 17:00 Eastern Time

Duties (summary): collect and validate supply and use data from member governments; maintain the
time series for about 80 countries; prepare monthly balance sheets; automate data checks; answer
requests from members and the press.

Competencies:
""" + "".join(f"  > {c['name']}: {c['description']}\n" for c in Cp) + """
Qualifications and experience
Essential:
""" + "".join(f"  > {x}\n" for x in R["essential"]) + """Desirable:
""" + "".join(f"  > {x}\n" for x in R["desirable"]) + """
A relocation grant of up to USD 6,000 applies to candidates recruited from outside the Washington area.
Apply to recruitment@icac.example with the reference in the subject line. The full announcement is
attached (3 pages).

Kind regards,
ICAC Secretariat - Human Resources
"""
    w("icac-va-2041-03-email.txt", s)


if __name__ == "__main__":
    ceredigion_board(); ws_board(); correze_board(); icac_mail()
