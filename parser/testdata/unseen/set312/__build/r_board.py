# -*- coding: utf-8 -*-
"""Copies: ISMF job board (glued fields), Lake District board (label line then value line),
IJSG e-mail forward, EPIDOR Markdown board, Bahamas social-media post paste."""
import os
from data import N, ROOT


def w(name, text):
    open(os.path.join(ROOT, name), "w", encoding="utf-8").write(text)


def ismf_board():
    n = N["ism"]
    r = n["req"]["en"]
    s = f"""Skip to content
SkimoJobs.example   Jobs   Employers   Federations   Post a job   Sign in
Home › Jobs › Switzerland › Event management
{n['title']['en']}
International Ski Mountaineering FederationLausanne, Switzerland
Full-timeHybridEvents & Operations
Posted 11 days ago · 1,204 views · 38 applicants
Apply nowSave
Job summary
Reference{n['ref']}Employer{n['org']['en']}Location{n['loc']['en']}Hours{n['sched']['en']}SalaryCHF 78k – 88k per yearStart1 Dec 2043Closing date19 Oct 2043
About the job
The ISMF governs ski mountaineering worldwide and runs the World Cup, the World Championships and the Olympic events. As venue coordinator you follow each World Cup stage from the first inspection to the final report.
Requirements:
{chr(10).join('* ' + i for i in r['essential'])}
Nice to have:
{chr(10).join('* ' + i for i in r['desirable'])}
How we work:
{chr(10).join('* ' + c['name'] + ': ' + c['description'] for c in n['comp']['en'])}
Perks: CHF 1,200 equipment budget · CHF 65 daily allowance abroad · 5 weeks' holiday
Tags: #skimo #events #sportjobs #lausanne
Similar jobs
Competition Manager – Biathlon FederationSalzburg, AustriaEUR 62k – 70kClosing 30 Oct 2043
Media Officer – Alpine ClubBern, SwitzerlandCHF 84k – 92kClosing 6 Nov 2043
We use cookies to improve your experience. Accept all · Settings
© 2043 SkimoJobs.example
"""
    w(n["key"] + "-skimojobs.txt", s)


def lake_board():
    n = N["ldn"]
    r = n["req"]["en"]
    s = f"""Skip to main content
FellJobs.example | Find jobs | Outdoor careers | Employers | Sign in
Home > Jobs > Cumbria > Conservation
{n['title']['en']}
{n['org']['en']}
Posted 8 days ago · 412 views
Apply now   Save job
Job details
Employer
{n['org']['en']}
Location
{n['loc']['en']}
Salary
£36,480 - £40,210 per year ({n['grade']})
Hours
{n['sched']['en']}
Contract
Permanent
Reference
{n['ref']}
Closing date
07/10/2043 09:00
Description
Help farmers, estates and communities in the Lake District plant, restore and care for woods and hedges. You will advise on grant schemes, prepare management plans and lead volunteer planting and hedge-laying days.
Essential criteria
{chr(10).join('• ' + i for i in r['essential'])}
Desirable criteria
{chr(10).join('• ' + i for i in r['desirable'])}
Our values: {' / '.join(c['name'] for c in n['comp']['en'])}
Interviews: 21-22 October 2043
Similar jobs
Ranger (Ullswater) - Fellside Trust - £27,900 - closes 12/10/2043
Catchment Officer - Eden and Kent Catchment Partnership - £31,500 - closes 19/10/2043
Cookies: we use essential cookies only. OK
"""
    w(n["key"] + "-felljobs.txt", s)


def ijsg_email():
    n = N["ijs"]
    r = n["req"]["en"]
    q = lambda x: "\n".join("> " + l if l else ">" for l in x.split("\n"))
    orig = f"""Dear colleagues,

The International Jute Study Group invites applications for the following post.

Vacancy announcement: {n['ref']}
Organization: {n['org']['en']}
Position: {n['title']['en']}
Grade: {n['grade']}
Duty station: {n['loc']['en']}
Working hours: {n['sched']['en']}
Annual salary: USD 46,800 – 53,400 (net)
Deadline for applications: 15 October 2043, 17:00 Dhaka time

Qualifications – essential:
{chr(10).join('  - ' + i for i in r['essential'])}
Qualifications – desirable:
{chr(10).join('  - ' + i for i in r['desirable'])}

Competencies:
{chr(10).join('  - ' + c['name'] + ': ' + c['description'] for c in n['comp']['en'])}

The full announcement (3 pages) is attached. Please circulate it to qualified nationals of your country.

Secretariat, International Jute Study Group"""
    s = f"""From: Trade Policy Desk <tradepolicy@ministry-textiles.example>
Sent: Tuesday, 8 September 2043 10:14
To: Fibre Industry Associations <fibre-assoc@lists.example>
Subject: FW: Vacancy announcement {n['ref']} – {n['title']['en']}
Attachments: {n['ref'].replace('/', '_')}.pdf

Dear all,

For information and wide circulation among your members. Note the early deadline.

Regards,
Trade Policy Desk

-----Original Message-----
From: IJSG Secretariat <hr@ijsg.example>
Sent: Monday, 7 September 2043 16:02
To: Focal points
Subject: Vacancy announcement {n['ref']} – {n['title']['en']}

{q(orig)}
"""
    w(n["key"] + "-email.txt", s)


def epidor_md():
    n = N["epi"]
    r = n["req"]["fr"]
    s = f"""[Accueil](https://emploirivieres.example/) › [Offres](https://emploirivieres.example/offres) › [Nouvelle-Aquitaine](https://emploirivieres.example/offres/nouvelle-aquitaine)

# {n['title']['fr']}

**{n['org']['fr']}** · `CDD 3 ans` `Rivières` `Terrain`

*Publiée il y a 12 jours · 318 vues*

| Référence | Lieu | Horaires | Salaire | Candidature avant le |
|---|---|---|---|---|
| {n['ref']} | {n['loc']['fr']} | {n['sched']['fr']} | 26 - 30,5 k€ brut annuel | 27/10/2043 |

## Le poste

EPIDOR, établissement public du bassin de la Dordogne, recherche un·e technicien·ne pour suivre les rivières et zones humides du bassin et accompagner les syndicats de rivière.

## Profil recherché

{chr(10).join('- ' + i for i in r['essential'])}

## Atouts

{chr(10).join('- ' + i for i in r['desirable'])}

## Savoir-être

{chr(10).join('- **' + c['name'] + '** : ' + c['description'] for c in n['comp']['fr'])}

[Postuler sur le site de l'employeur](https://epidor.example/recrutement)

---

### Offres similaires

- Garde-rivière – Syndicat de la Vézère – 24 - 27 k€ – avant le 31/10/2043
- Chargé·e de mission migrateurs – association Poissons migrateurs du Sud-Ouest – 30 - 34 k€ – avant le 14/11/2043

*Ce site utilise des cookies de mesure d'audience. [Paramétrer](https://emploirivieres.example/cookies)*
"""
    w(n["key"] + "-emploirivieres.md", s)


def bahamas_post():
    n = N["bhs"]
    r = n["req"]["en"]
    s = f"""Ministry of Agriculture and Marine Resources – The Bahamas
14 September 2043 at 11:30 · 🌐

📢 VACANCY – {n['title']['en'].upper()} 📢

The Department of Public Service invites applications for the post of {n['title']['en']}.

🔹 Vacancy No.: {n['ref']}
🔹 Employer: {n['org']['en']}
🔹 Duty station: {n['loc']['en']}
🔹 Salary scale: {n['grade']} – B$31,650 to B$36,600 per annum (BSD)
🔹 Hours: {n['sched']['en']}
🔹 Closing date: 6 October 2043, 4:00 p.m.

✅ ESSENTIAL
{chr(10).join('✔️ ' + i for i in r['essential'])}

➕ DESIRABLE
{chr(10).join('▫️ ' + i for i in r['desirable'])}

💡 WHAT WE LOOK FOR
{chr(10).join('👉 ' + c['name'] + ': ' + c['description'] for c in n['comp']['en'])}

Application forms are available at any Department of Public Service office or online. #BahamasJobs #MarineResources #PublicService

👍 214   💬 37 comments   ↗️ 96 shares
Like · Comment · Share
Most relevant
Shantell R. · Is this open to persons in Grand Bahama too? · 2w
Ministry of Agriculture and Marine Resources – The Bahamas · Yes, all Bahamian citizens may apply. · 2w
Write a comment…
"""
    w(n["key"] + "-facebook.txt", s)


if __name__ == "__main__":
    ismf_board(); lake_board(); ijsg_email(); epidor_md(); bahamas_post()
