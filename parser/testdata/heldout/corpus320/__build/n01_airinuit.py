from common import *
KEY, REF = "ain-rh-2044-031", "AIN-RH-2044-031"
T_EN = "Crew Scheduling Coordinator – Dash 8 Fleet"
T_FR = "Coordonnateur(trice) de l'affectation des équipages – flotte Dash 8"
ORG = "Air Inuit Ltd."
ORG_FR = "Air Inuit ltée"
LOC_EN = "Montréal (Côte-Vertu head office), Quebec"
LOC_FR = "Montréal (siège social du boulevard Côte-Vertu), Québec"
SCH_EN = "Full-time, 37.5 hours per week, rotating day and evening shifts including weekends"
SCH_FR = "Temps plein, 37,5 heures par semaine, quarts de jour et de soir en rotation, fins de semaine comprises"
ESS_EN = ["College diploma (DEC) in aviation management, logistics or a related field, or an equivalent combination of education and experience.",
          "Minimum of two years of experience in crew scheduling, flight dispatch or airline operations control.",
          "Working knowledge of the Canadian Aviation Regulations on flight and duty time limitations.",
          "Ability to communicate fluently in English and French, orally and in writing."]
DES_EN = ["Experience with a crew management system such as AIMS or Sabre.",
          "Knowledge of Inuktitut.",
          "Familiarity with northern or remote operations."]
ESS_FR = ["Diplôme d'études collégiales (DEC) en gestion aéronautique, en logistique ou dans un domaine connexe, ou une combinaison équivalente de formation et d'expérience.",
          "Au moins deux années d'expérience en affectation des équipages, en régulation des vols ou au contrôle des opérations d'une compagnie aérienne.",
          "Connaissance pratique du Règlement de l'aviation canadien relatif aux limites de temps de vol et de service.",
          "Capacité à communiquer aisément en français et en anglais, à l'oral comme à l'écrit."]
DES_FR = ["Expérience d'un système de gestion des équipages tel qu'AIMS ou Sabre.",
          "Connaissance de l'inuktitut.",
          "Connaissance des opérations nordiques ou en région éloignée."]
COMP_EN = [("Composure under pressure", "you keep a clear head when weather closes three airstrips at once."),
           ("Attention to detail", "a single missed rest period can ground an aircraft."),
           ("Team spirit", "you work hand in hand with pilots, flight attendants and maintenance planners.")]
COMP_FR = [("Calme sous pression", "vous gardez la tête froide quand la météo ferme trois pistes à la fois."),
           ("Souci du détail", "une seule période de repos oubliée peut clouer un appareil au sol."),
           ("Esprit d'équipe", "vous travaillez main dans la main avec les pilotes, les agents de bord et les planificateurs de l'entretien.")]

expected(KEY, REF, ["en", "fr"], {"en": T_EN, "fr": T_FR}, {"en": ORG, "fr": ORG_FR},
         {"en": LOC_EN, "fr": LOC_FR}, {"en": SCH_EN, "fr": SCH_FR}, "2044-06-01",
         salary={"min": 58640, "max": 71290, "currency": "CAD", "period": "year"},
         requirements={"en": {"essential": ESS_EN, "desirable": DES_EN}, "fr": {"essential": ESS_FR, "desirable": DES_FR}},
         competencies={"en": COMP_EN, "fr": COMP_FR})

def li(items):
    return "\n".join(f"        <li>{x}</li>" for x in items)

def comps(c):
    return "\n".join(f"        <li><strong>{n}</strong> – {d}</li>" for n, d in c)

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{T_EN} | Careers | Air Inuit</title>
<style>
body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1d2a36}}
.top{{background:#0b3d63;color:#fff;padding:6px 24px;font-size:13px}}
nav a{{margin-right:14px;color:#0b3d63}}
.job{{display:grid;grid-template-columns:220px 1fr;gap:4px 16px;background:#f1f5f8;padding:12px}}
.job dt{{font-weight:bold}} .job dd{{margin:0}}
main{{max-width:880px;margin:auto;padding:0 20px}}
aside{{border-top:1px solid #ccc;margin-top:30px;font-size:13px}}
</style></head>
<body>
<div class="top">Book a flight · Cargo · Charters · Flight status &nbsp;|&nbsp; <a href="#fr" style="color:#fff">Français</a> &nbsp;|&nbsp; ᐃᓄᒃᑎᑐᑦ</div>
<header><p><b>AIR INUIT</b> — Nunavik's airline since 1978</p>
<nav><a href="/en/flights">Flights</a><a href="/en/cargo">Cargo</a><a href="/en/about">About us</a><a href="/en/careers">Careers</a><a href="/en/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Home › Careers › Current openings › {REF}</p>
<section id="en" lang="en">
<p class="kicker">JOB OPENING · Posted May 9, 2044</p>
<h1>{T_EN}</h1>
<dl class="job">
  <dt>Job number</dt><dd>{REF}</dd>
  <dt>Company</dt><dd>{ORG}</dd>
  <dt>Department</dt><dd>Flight Operations – Crew Planning and Scheduling</dd>
  <dt>Location</dt><dd>{LOC_EN}</dd>
  <dt>Status</dt><dd>Permanent</dd>
  <dt>Schedule</dt><dd>{SCH_EN}</dd>
  <dt>Salary range</dt><dd>$58,640 – $71,290 per year, plus a northern travel benefit</dd>
  <dt>Apply by</dt><dd>June 1, 2044 (11:59 p.m. Eastern Time)</dd>
</dl>
<h2>About Air Inuit</h2>
<p>Owned by the Inuit of Nunavik, Air Inuit links the fourteen coastal communities of Nunavik with each other and with the south. Our Dash 8, Twin Otter and Boeing 737 crews carry passengers, medical evacuations, food and building materials in all seasons, often from gravel runways.</p>
<h2>Your role</h2>
<p>Reporting to the Manager, Crew Planning, you build and maintain the daily assignments of Dash 8 pilots and flight attendants so that every flight leaves with a legal, rested and qualified crew.</p>
<ul>
  <li>Publish the monthly crew schedules and adjust them day by day as flights are added, cancelled or delayed;</li>
  <li>Track flight and duty times, rest periods and training expiries;</li>
  <li>Arrange positioning flights, hotel rooms and northern staff-house beds for crews away from base;</li>
  <li>Be the first contact for crews calling in sick or stranded by weather;</li>
  <li>Prepare payroll data on flight hours and per diems.</li>
</ul>
<h2>Requirements</h2>
<ul>
{li(ESS_EN)}
</ul>
<h2>Assets</h2>
<ul>
{li(DES_EN)}
</ul>
<h2>What we look for</h2>
<ul>
{comps(COMP_EN)}
</ul>
<p>Interviews will be held during the week of June 13, 2044. The selected candidate is expected to start on July 4, 2044. Inuit beneficiaries of the James Bay and Northern Quebec Agreement will be given preference in accordance with our hiring policy. Only candidates selected for an interview will be contacted.</p>
</section>
<hr>
<section id="fr" lang="fr">
<p class="kicker">OFFRE D'EMPLOI · Publiée le 9 mai 2044</p>
<h1>{T_FR}</h1>
<dl class="job">
  <dt>Numéro de l'offre</dt><dd>{REF}</dd>
  <dt>Entreprise</dt><dd>{ORG_FR}</dd>
  <dt>Service</dt><dd>Opérations aériennes – Planification et affectation des équipages</dd>
  <dt>Lieu de travail</dt><dd>{LOC_FR}</dd>
  <dt>Statut</dt><dd>Permanent</dd>
  <dt>Horaire</dt><dd>{SCH_FR}</dd>
  <dt>Échelle salariale</dt><dd>De 58 640 $ à 71 290 $ par année, plus un avantage de déplacement nordique</dd>
  <dt>Date limite</dt><dd>1er juin 2044 (23 h 59, heure de l'Est)</dd>
</dl>
<h2>À propos d'Air Inuit</h2>
<p>Propriété des Inuit du Nunavik, Air Inuit relie entre elles les quatorze communautés côtières du Nunavik et les relie au sud. Nos équipages de Dash 8, de Twin Otter et de Boeing 737 transportent passagers, évacuations médicales, vivres et matériaux en toute saison, souvent depuis des pistes en gravier.</p>
<h2>Votre rôle</h2>
<p>Sous l'autorité du gestionnaire, Planification des équipages, vous établissez et tenez à jour les affectations quotidiennes des pilotes et des agents de bord de Dash 8, afin que chaque vol parte avec un équipage conforme, reposé et qualifié.</p>
<ul>
  <li>Publier les horaires mensuels des équipages et les ajuster au jour le jour selon les vols ajoutés, annulés ou retardés;</li>
  <li>Suivre les temps de vol et de service, les périodes de repos et l'échéance des formations;</li>
  <li>Organiser les vols de mise en place, les chambres d'hôtel et les lits des maisons du personnel dans le Nord;</li>
  <li>Être la première personne jointe par les équipages malades ou retenus par la météo;</li>
  <li>Préparer les données de paie sur les heures de vol et les indemnités journalières.</li>
</ul>
<h2>Exigences</h2>
<ul>
{li(ESS_FR)}
</ul>
<h2>Atouts</h2>
<ul>
{li(DES_FR)}
</ul>
<h2>Ce que nous recherchons</h2>
<ul>
{comps(COMP_FR)}
</ul>
<p>Les entrevues auront lieu pendant la semaine du 13 juin 2044. L'entrée en fonction est prévue le 4 juillet 2044. Conformément à notre politique d'embauche, la préférence sera accordée aux bénéficiaires inuit de la Convention de la Baie-James et du Nord québécois. Seules les personnes retenues pour une entrevue seront contactées.</p>
</section>
<aside><h3>Other openings</h3>
<ul><li>Aircraft Maintenance Engineer (M1) – Kuujjuaq · apply by June 20, 2044</li>
<li>Agent(e) de fret – Puvirnituq · date limite : 15 juin 2044</li></ul></aside>
</main>
<footer><p>© 2044 Air Inuit · Privacy · Accessibility · We use cookies to improve your experience. <button>Accept</button></p></footer>
</body></html>
"""
write(f"{KEY}-airinuit.html", html, KEY)

def bl(items, m="• "):
    return "\n".join(m + x for x in items)

board = f"""AviaJobs Canada — Jobs  Companies  Salaries  Post a job  Sign in
← Back to search results (37)

{T_EN}
Air Inuit Ltd.Montréal, QCFull-timePermanent$58,640 - $71,290 a yearPosted 12 days agoEasy apply
4.1 ★ 86 company reviews

Job details
Pay$58,640 - $71,290 a yearJob typeFull-time · PermanentShift and scheduleDay shift · Evening shift · Weekend availability

Full job description
Job number: {REF}
Company: {ORG}
Location: {LOC_EN}
Schedule: {SCH_EN}
Salary: $58,640 – $71,290 per year, plus a northern travel benefit
Closing date: June 1, 2044

Air Inuit, owned by the Inuit of Nunavik, connects the region's fourteen coastal communities with one another and with Montréal. The Crew Scheduling Coordinator builds the daily assignments of Dash 8 pilots and flight attendants.

RESPONSIBILITIES
• Publish monthly crew schedules and adjust them as flights change;
• Track flight and duty times, rest periods and training expiries;
• Arrange positioning flights and accommodation for crews away from base;
• Take calls from crews who are sick or stranded by weather;
• Prepare flight-hour and per diem data for payroll.

REQUIREMENTS
{bl(ESS_EN)}

ASSETS
{bl(DES_EN)}

WHAT WE LOOK FOR
{chr(10).join(f"• {n} – {d}" for n, d in COMP_EN)}

Interviews: week of June 13, 2044. Start date: July 4, 2044.

-------------------- FRANÇAIS --------------------

{T_FR}
Numéro de l'offre : {REF}
Entreprise : {ORG_FR}
Lieu de travail : {LOC_FR}
Horaire : {SCH_FR}
Échelle salariale : de 58 640 $ à 71 290 $ par année, plus un avantage de déplacement nordique
Date limite : 1er juin 2044

EXIGENCES
{bl(ESS_FR)}

ATOUTS
{bl(DES_FR)}

CE QUE NOUS RECHERCHONS
{chr(10).join(f"• {n} – {d}" for n, d in COMP_FR)}

Entrevues : semaine du 13 juin 2044. Entrée en fonction : 4 juillet 2044.

Report this job

People also viewed
Flight Dispatcher — Exploits Valley Air · Gander, NL · $27.50 an hour · 3 days ago
Crew Planner — Nordik Charters · Dorval, QC · $61,000 - $68,000 a year · 1 week ago
Agent(e) de réservation — Transport Boréal · Sept-Îles, QC · 22,80 $ de l'heure · 5 days ago
"""
write(f"{KEY}-aviajobs.txt", board, KEY)
