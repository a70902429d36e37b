from common import *

REF = "JR-38117"; KEY = REF.lower()
T = "Acoustic Test Engineer, Hearing Instruments"
O = "Sonova AG"
LOC = "Stäfa"
SCH = "80–100%"
ESS = ["Master's degree in acoustics, electrical engineering, physics or a comparable field",
       "At least three years of experience in acoustic or audio measurement, ideally on small transducers",
       "Hands-on experience with measurement systems such as Audio Precision, Brüel & Kjær or Klippel",
       "Scripting skills in Python or MATLAB to automate test sequences",
       "Fluent English; German is an advantage but not required"]
DES = ["Knowledge of IEC 60118 and ANSI S3.22 standards for hearing aids",
       "Experience with test equipment qualification in a regulated (medical device) environment"]
COMP = [("Curiosity", "you dig into the root cause of a failed measurement"),
        ("Ownership", "you drive your test campaigns from plan to report"),
        ("Collaboration", "you work easily with hardware, firmware and audiology colleagues")]
DUT = ["Define and run acoustic verification tests for receivers, microphones and complete hearing instruments",
       "Develop and maintain automated test benches in our anechoic and reverberation rooms",
       "Analyse measurement data, write test reports and present results to the product teams",
       "Support suppliers and production sites in transferring test methods",
       "Contribute to the design-verification documentation required for medical device approval"]
SALTXT = "CHF 96,800 – 121,400 per year (for 100%), plus bonus"
DL = "26 May 2038"

html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T} | Careers at Sonova</title>
<style>.meta{{display:flex;gap:28px;flex-wrap:wrap}} .meta .lbl{{font-size:10px;text-transform:uppercase;color:#777}}</style></head><body>
<header>Sonova · Hear the world <span>| English ▾ | Deutsch | Français</span> <a href="#">Search jobs</a> <a href="#">Sign in</a></header>
<p><a href="#">‹ Back to job search</a></p>
<h1>{T}</h1>
<div class="meta">
<div><div class="lbl">Job Requisition ID</div><div>{REF}</div></div>
<div><div class="lbl">Company</div><div>{O}</div></div>
<div><div class="lbl">Location</div><div>{LOC}</div></div>
<div><div class="lbl">Workload</div><div>{SCH}</div></div>
<div><div class="lbl">Job type</div><div>Permanent</div></div>
<div><div class="lbl">Posted on</div><div>Posted 3 Days Ago</div></div>
</div>
<p><button>Apply</button></p>
<h2>Your new role</h2>
<p>In the R&amp;D Acoustics team at our headquarters, you make sure that every hearing instrument sounds the way our audiologists designed it to sound. As <strong>{T}</strong>, you will:</p>
{ul(DUT)}
<h2>Your profile</h2>
{ul(ESS)}
<h2>Nice to have</h2>
{ul(DES)}
<h2>How you work</h2>
{ul([f'<strong>{n}</strong> – {d}' for n, d in COMP])}
<h2>What we offer</h2>
<p>Annual salary range: {SALTXT}. Flexible working hours, up to two home-office days a week, a CHF 1,500 yearly learning budget and discounts on Sonova products.</p>
<p>Please apply online by {DL}. First interviews are planned for the week of 8 June 2038. We do not accept dossiers from recruitment agencies for this role.</p>
<aside><h3>Similar jobs</h3><ul><li>Firmware Engineer Audio DSP – Stäfa – 100%</li><li>Test Technician Electroacoustics – Murten – 100%</li></ul></aside>
<footer>© Sonova AG · 8712 Stäfa · Privacy · Cookie settings</footer>
</body></html>"""
w(KEY + "-sonova.html", html, KEY)

md = f"""[jobs.ch](https://www.jobs.ch/en/) · Find jobs · Companies · Salary · Career advice

[‹ Back to results](https://www.jobs.ch/en/vacancies/?term=acoustic) · Job 4 of 19

# {T}

**Sonova AG** · ★ 4.1 (212 reviews)

Publication date:5 May 2038Workload:80 – 100%Contract type:Unlimited employmentPlace of work:Stäfa

**Salary estimate from jobs.ch:** CHF 105 000 - 131 000 / year

[Apply now](https://www.jobs.ch/en/apply/) · [Save](#)

---

Sonova · Stäfa · R&D Acoustics · {SCH} · Ref. {REF}

## Your new role

In the R&D Acoustics team at our headquarters, you make sure that every hearing instrument sounds the way our audiologists designed it to sound. As **{T}**, you will:

""" + "\\\n".join(DUT) + """

## Your profile

""" + "\\\n".join(ESS) + """

## Nice to have

""" + "\\\n".join(DES) + """

## How you work

""" + "\\\n".join(f"*{n}* – {d}" for n, d in COMP) + f"""

## What we offer

Annual salary range: {SALTXT}. Flexible working hours, up to two home-office days a week, a CHF 1,500 yearly learning budget and discounts on Sonova products.

Please apply online by {DL}. First interviews are planned for the week of 8 June 2038.

**Place of work**\\
Seeblickweg 9\\
8712 Stäfa

Job ID: 7c3e91a2-55d0-4b8e-9f16-2a4d0e6b1f93

### Similar jobs

- Audio Systems Engineer – Zürich – 100% – Salary estimate CHF 110 000 - 136 000
- Test Engineer Medical Devices – Rapperswil – 80 – 100%
"""
w(KEY + "-jobsch.md", md, KEY)

expected(KEY, REF, ["en"], {"en": T}, {"en": O}, {"en": LOC}, {"en": SCH}, "2038-05-26",
         sal(96800, 121400, "CHF", "year"), None, None, {"en": {"essential": ESS, "desirable": DES}},
         {"en": comp(*COMP)})
