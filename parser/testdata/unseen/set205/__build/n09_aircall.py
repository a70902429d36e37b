from common import *

KEY = "aircall-staff-software-engineer-voice-infrastructure"
TITLE = "Staff Software Engineer – Voice Infrastructure"
ORG = "Aircall"
LOC = "Paris"
ESS = [
    "8+ years building and running backend systems in production, ideally real-time or communication services",
    "Deep knowledge of SIP, RTP and WebRTC, and of how calls travel between carriers and cloud infrastructure",
    "Strong experience with Go, Elixir or another language suited to concurrent systems",
    "Hands-on experience operating services on AWS with Kubernetes and infrastructure as code",
    "A track record of leading technical designs across several teams",
]
DES = [
    "Experience with media servers such as FreeSWITCH, Asterisk or Janus",
    "Contributions to open-source telecom projects",
    "Knowledge of telecom regulation in Europe or North America",
]
DUTIES = [
    "Own the architecture of the services that route and record millions of calls a day",
    "Lead the migration of our media layer to a multi-region setup with lower latency",
    "Define reliability targets and drive the incident reviews of the Voice squads",
    "Mentor senior engineers and review designs across the Voice tribe",
    "Work with carriers and our telecom operations team on number porting and call quality",
]
expected(KEY, {
    "reference": "", "post_number": None, "languages": ["en"],
    "title": lang2(TITLE, None), "organisation": lang2(ORG, None), "location": lang2(LOC, None),
    "schedule": lang2(None, None), "deadline": "2034-11-19",
    "salary": {"amount": None, "min": 74000, "max": 88000, "currency": "EUR", "period": "year"},
    "grade": None, "clearance": None,
    "requirements": {"en": {"essential": ESS, "desirable": DES}, "fr": None},
    "competencies": {"en": [], "fr": None},
})
ABOUT = ("Aircall is a cloud phone system used by sales and support teams in more than a hundred countries. Our Voice tribe builds the "
         "platform that connects every call: signalling, media, routing and recording.")
PAY = "The base salary for this role is €74K–€88K gross per year, depending on experience, plus stock options."
DEADLINE = "Applications close on 19 November 2034."
PROCESS = "Our process: a call with a recruiter, a technical interview, a system design session and a meeting with the VP Engineering. We aim to make decisions before 15 December 2034."
li = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
lever = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Aircall - {TITLE}</title>
<style>body{{font-family:-apple-system,Helvetica,Arial,sans-serif;color:#515357;max-width:760px;margin:auto}}
.posting-categories div{{display:inline-block;margin-right:10px;text-transform:uppercase;font-size:11px;letter-spacing:1px}}
h2{{color:#333;font-size:16px}} .btn{{background:#00b388;color:#fff;padding:8px 14px;display:inline-block}}</style></head>
<body>
<div class="main-header"><a href="#"><img alt="Aircall logo"></a></div>
<div class="posting-headline">
<h1>{TITLE}</h1>
<div class="posting-categories">
<div class="location">{LOC}</div>
<div class="department">Engineering – Voice /</div>
<div class="commitment">Full-time /</div>
<div class="workplaceTypes">Hybrid</div>
</div>
</div>
<a class="btn" href="#">Apply for this job</a>
<div class="section"><p>{ABOUT}</p>
<p>As a Staff Software Engineer in the Voice Infrastructure squad, you will set the technical direction of the systems that carry our customers' calls, working from our Paris office near Opéra with teammates in Madrid, Berlin and New York.</p></div>
<div class="section"><h2>What you'll do</h2><ul>{li(DUTIES)}</ul></div>
<div class="section"><h2>What we're looking for</h2><ul>{li(ESS)}</ul></div>
<div class="section"><h2>Nice to have</h2><ul>{li(DES)}</ul></div>
<div class="section"><h2>Compensation &amp; benefits</h2><p>{PAY}</p>
<ul><li>Hybrid work: three days a week in the office</li><li>Alan health insurance and Swile meal vouchers</li><li>Learning budget of €1,500 per year</li></ul></div>
<div class="section"><h2>How to apply</h2><p>{DEADLINE} {PROCESS}</p></div>
<a class="btn" href="#">Apply for this job</a>
<div class="main-footer"><a href="#">Aircall Home Page</a> · Jobs powered by Lever</div>
</body></html>
"""
out(KEY + "-lever.html", lever)

wttj = f"""Welcome to the Jungle
Trouver un job   Trouver une entreprise   Média   Employeurs
FR | EN
Se connecter

Aircall
Logiciels, SaaS / Cloud Services, Télécommunications
Voir l'entreprise

{TITLE}
CDI
{LOC}
Télétravail fréquent
Salaire : 74K à 88K €
Début : 04 janvier 2035
Expérience : > 7 ans
Éducation : Bac +5 / Master
Postuler
Sauvegarder

Le poste

Descriptif du poste
{ABOUT}
What you'll do
{chr(10).join(DUTIES)}

Profil recherché
What we're looking for
{chr(10).join(ESS)}
Nice to have
{chr(10).join(DES)}
{PAY}
{DEADLINE}

Déroulement des entretiens
{PROCESS}

Envie d'en savoir plus ?
Ces offres pourraient aussi vous intéresser
Senior Site Reliability Engineer - Aircall - CDI - Paris - Salaire : 62K à 75K €
Staff Engineer, Payments - Qonto - CDI - Paris - Télétravail fréquent
Recevez nos meilleures offres par e-mail
"""
out(KEY + "-wttj.txt", wttj)
