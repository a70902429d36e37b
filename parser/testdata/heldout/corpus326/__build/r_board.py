# Copies: board pages, e-mail forward, chat paste, Markdown and HTML board copies
import os
from data import N, ROOT
W = lambda name, s: open(os.path.join(ROOT, name), "w", encoding="utf-8").write(s)

def eryri():
    d = N["enpa-44-017"]; r = d["requirements"]["en"]; cs = d["competencies"]["en"]
    W("enpa-44-017-northwalesgreenjobs.txt", f"""Skip to main content
Home | Find a job | Employers | Career advice | Sign in
Home > Jobs > Conservation > Gwynedd

{d['title']['en']}

Eryri National Park Authority
Posted 16 days ago · 211 views

Job details

Reference

{d['reference']}

Employer

{d['organisation']['en']}

Location

{d['location']['en']}

Salary

£33,940 - £36,120 per year ({d['grade']})

Hours

{d['schedule']['en']}

Contract type

Permanent

Closing date

06/12/2044 12:00

About the job
Plan and supervise repairs on the busiest mountain paths of the National Park and lead the path team and volunteer days.

Essential criteria
""" + "".join(f"• {x}\n" for x in r["essential"]) + """
Desirable criteria
""" + "".join(f"• {x}\n" for x in r["desirable"]) + """
Behaviours
""" + "".join(f"• {c['name']}: {c['description']}\n" for c in cs) + """
Apply on the employer's website

Similar jobs
Ranger (Seasonal) – Bala – £24,310 per year – closes 28/11/2044
Footpath Warden – Betws-y-Coed – £26,050 per year – closes 13/12/2044

We use cookies to improve your experience. Accept all | Manage
""")

def irsg():
    d = N["irsg-vn-2044-03"]; r = d["requirements"]["en"]; cs = d["competencies"]["en"]
    q = lambda s: "".join("> " + l + "\n" if l else ">\n" for l in s.split("\n"))
    orig = f"""Vacancy notice: {d['reference']}
Post: {d['title']['en']}
Organization: {d['organisation']['en']}
Duty station: {d['location']['en']}
Level: {d['grade']} (step 1 to 4, depending on experience)
Monthly salary: SGD 8,200 - 9,400 (net of staff assessment)
Hours of work: {d['schedule']['en']}
Date of issue: 7 November 2044
Closing date: 12 December 2044, 17:00 Singapore time (SGT)

Duties: maintain the Group's databases, prepare the quarterly Rubber Statistical Bulletin,
update supply and demand balances and forecasts, draft papers and answer enquiries.

Qualifications and experience
Essential:
""" + "".join(f"  - {x}\n" for x in r["essential"]) + "Desirable:\n" + "".join(f"  - {x}\n" for x in r["desirable"]) + "\nCompetencies:\n" + "".join(f"  - {c['name']}: {c['description']}\n" for c in cs) + """
Written test in the week of 9 January 2045. Take up duty on 3 April 2045.
Apply to recruitment@rubberstudy.example quoting the vacancy notice number."""
    W("irsg-vn-2044-03-email.txt", f"""From: Thanaporn W. <twatana@rubber-assoc.example>
Sent: Tuesday, 15 November 2044 09:12
To: Members list <members@rubber-assoc.example>
Subject: FW: IRSG vacancy {d['reference']} - {d['title']['en']}
Attachments: IRSG_VN_2044_03.pdf

Dear members,

Please find below a vacancy at the IRSG Secretariat that may interest your economists. The full notice is attached.

Best regards,
Thanaporn

-----Original Message-----
From: IRSG Secretariat <secretariat@rubberstudy.example>
Sent: Monday, 7 November 2044 16:40
To: Heads of delegation
Subject: IRSG vacancy {d['reference']} - {d['title']['en']}

""" + q(orig))

def lacrosse():
    d = N["wl-hr-2044-11"]; r = d["requirements"]["en"]; cs = d["competencies"]["en"]
    W("wl-hr-2044-11-laxcareers.txt", f"""LaxCareers
JobsClubsCoachingCollegeEventsPost a job
{d['title']['en']}
World Lacrosse
Full-timeHybridDevelopment
Posted 9 days ago · 388 views · 41 applicants
Apply now
Reference{d['reference']}Employer{d['organisation']['en']}Location{d['location']['en']}Hours{d['schedule']['en']}Salary$74k – $86k per year (USD)Start1 Mar 2045Closing date15 Dec 2044
About the role
Lead World Lacrosse's support to member federations: needs assessments, development plans, small grants and regional workshops.
Requirements:
""" + "".join(f"* {x}\n" for x in r["essential"]) + "Nice to have:\n" + "".join(f"* {x}\n" for x in r["desirable"]) + "How we work:\n" + "".join(f"* {c['name']}: {c['description']}\n" for c in cs) + """Perks
Relocation support · Wellness allowance · Flexible hours
Tags: sport development, governance, international
Similar jobs
Events CoordinatorUSA Field Hockey$52k – $58kCloses 2 Dec 2044
Coach Educator (Part-time)Lacrosse Canada$31/hourCloses 19 Dec 2044
We use cookies. OK
""")

def comete():
    d = N["comete-2044-04"]; r = d["requirements"]["fr"]; cs = d["competencies"]["fr"]
    W("comete-2044-04-cultureemplois.md", f"""[Accueil](https://cultureemplois.example/) > [Offres](https://cultureemplois.example/offres) > [Spectacle vivant](https://cultureemplois.example/offres/spectacle)

# {d['title']['fr']}

**{d['organisation']['fr']}** `CDI` `Temps complet` `Grand Est`

*Publiée il y a 6 jours*

| Référence | Lieu | Salaire | Classification | Date limite |
|---|---|---|---|---|
| {d['reference']} | {d['location']['fr']} | 2 180 € brut mensuel | {d['grade']} | 19/12/2044 |

**Horaires :** {d['schedule']['fr']}

## Missions

Concevoir les parcours d'éducation artistique, développer les relations avec les associations et les comités d'entreprise, organiser les rencontres avec les artistes, accueillir le public les soirs de représentation.

## Profil recherché

""" + "".join(f"- {x}\n" for x in r["essential"]) + "\n## Atouts\n\n" + "".join(f"- {x}\n" for x in r["desirable"]) + "\n## Savoir-être\n\n" + "".join(f"- **{c['name']}** : {c['description']}\n" for c in cs) + """
[Postuler](https://cultureemplois.example/postuler/comete-2044-04)

---

### Offres similaires

- Attaché·e à l'accueil et à la billetterie – Reims – 1 950 € brut mensuel – 05/12/2044
- Chargé·e de communication – Troyes – 2 300 € brut mensuel – 09/01/2045

*Ce site utilise des cookies. [Accepter](#) · [Paramétrer](#)*
""")

def drbc():
    d = N["drbc-ja-44-05"]; r = d["requirements"]["en"]; cs = d["competencies"]["en"]
    W("drbc-ja-44-05-midatlanticpublicjobs.html", f"""<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{d['title']['en']} | MidAtlantic Public Jobs</title>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script></head><body>
<nav>Home | Search jobs | Agencies | Salary guide | Sign in</nav>
<p><a href="/">Jobs</a> › <a href="/nj">New Jersey</a> › Engineering</p>
<h1>{d['title']['en']}</h1>
<dl>
<dt>Agency</dt><dd>{d['organisation']['en']}</dd>
<dt>Announcement</dt><dd>{d['reference']}</dd>
<dt>Location</dt><dd>{d['location']['en']}</dd>
<dt>Grade</dt><dd>{d['grade']}</dd>
<dt>Salary</dt><dd>$82,300.00 - $97,600.00 Annually</dd>
<dt>Schedule</dt><dd>{d['schedule']['en']}</dd>
<dt>Opening date</dt><dd>11/07/2044</dd>
<dt>Closing date</dt><dd>12/09/2044 5:00 PM Eastern</dd>
</dl>
<h2>Duties</h2><p>Run the basin's water supply and reservoir operations models, prepare water availability assessments, review withdrawal applications and present results to advisory committees.</p>
<h2>Minimum qualifications</h2><ul>{''.join(f'<li>{x}</li>' for x in r['essential'])}</ul>
<h2>Preferred qualifications</h2><ul>{''.join(f'<li>{x}</li>' for x in r['desirable'])}</ul>
<h2>Competencies</h2>{''.join(f"<p><b>{c['name']}</b>: {c['description']}</p>" for c in cs)}
<aside><h3>Similar jobs</h3><ul><li>Hydrologist II – Trenton, NJ – $71,500 - $84,000 – closes 11/30/2044</li>
<li>Environmental Engineer – Harrisburg, PA – $78,900 - $95,200 – closes 12/21/2044</li></ul></aside>
<footer>© 2044 MidAtlantic Public Jobs · This site uses cookies.</footer>
</body></html>""")

def bougainville():
    d = N["abg-dpimr-44-118"]; r = d["requirements"]["en"]; cs = d["competencies"]["en"]
    W("abg-dpimr-44-118-whatsapp.txt", f"""[16/11/44, 7:02:11 PM] Lynette K.: Forwarding for anyone in fisheries 👇
[16/11/44, 7:02:45 PM] Lynette K.: *POSITION VACANCY* – Bougainville Public Service
Position: {d['title']['en']}
Reference: {d['reference']}
Employer: {d['organisation']['en']}
Department: Department of Primary Industries and Marine Resources
Classification: {d['grade']}
Salary: K58,400 – K64,900 per annum (PGK)
Location: {d['location']['en']}
Hours of work: {d['schedule']['en']}
Closing date: Monday 5 December 2044, 4:06 pm

Essential:
""" + "".join(f"- {x}\n" for x in r["essential"]) + "Desirable:\n" + "".join(f"- {x}\n" for x in r["desirable"]) + "Competencies:\n" + "".join(f"- {c['name']}: {c['description']}\n" for c in cs) + """
Send application, CV, certificates and 3 referees to the Director HRM, PO Box 322, Buka.
[16/11/44, 7:05:30 PM] Pius T.: Thanks sis 🙏 is this open to Arawa staff too?
[16/11/44, 7:06:02 PM] Lynette K.: Yes, serving officers go through their head of department
[16/11/44, 7:10:47 PM] Mary-Rose: Shared to the Buin group 👍
""")

if __name__ == "__main__":
    eryri(); irsg(); lacrosse(); comete(); drbc(); bougainville()
