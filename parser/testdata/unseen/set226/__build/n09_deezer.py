from common import *
KEY = "deezer-data-platform-engineer-listening-signals"
T = "Data Platform Engineer – Listening Signals"; O = "Deezer"; LOC = "Paris"
ESS = ["4+ years of experience building batch and streaming data pipelines in production",
       "Strong Python and SQL, and hands-on experience with Spark or Flink",
       "Experience with Kafka and a cloud data warehouse such as BigQuery",
       "Good communication skills in English"]
DES = ["Experience with recommendation or search systems", "Contributions to open-source data tooling"]
DUT = ["Design and run the pipelines that turn billions of daily listening events into clean, documented signals",
       "Own the quality, freshness and cost of the datasets used by the recommendation and editorial teams",
       "Build self-service tooling so that data scientists can ship features without waiting on us",
       "Take part in the on-call rotation for the data platform (about one week in six)"]
expected(KEY, "", ["en"], {"en": T}, {"en": O}, {"en": LOC}, {"en": None}, "2036-08-30",
         sal(67000, 82500, "EUR", "year"), req={"en": {"essential": ESS, "desirable": DES}}, comps={"en": []})
li = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
ABOUT = ("Deezer is a music streaming service available in more than 180 countries. Our Data Platform team "
         "collects and shapes the listening data behind Flow, our personalised endless mix, and every playlist we recommend.")
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Job Application for {T} at {O}</title>
<style>body{{font-family:Helvetica,sans-serif;max-width:760px;margin:auto}} .location{{color:#777}} .company-name{{color:#a2238e}}</style></head><body>
<div id="header"><img alt="Deezer logo" src="logo.png"><h1 class="app-title">{T}</h1><span class="company-name">at {O}</span>
<div class="location">{LOC}</div></div>
<div id="content">
<p>{ABOUT}</p>
<p><strong>What you'll do</strong></p><ul>{li(DUT)}</ul>
<p><strong>What you'll need</strong></p><ul>{li(ESS)}</ul>
<p><strong>Bonus points</strong></p><ul>{li(DES)}</ul>
<p><strong>Compensation &amp; perks</strong></p>
<p>Salary range: €67,000 – €82,500 gross per year, depending on experience, plus profit-sharing. Full-time, permanent contract (CDI), hybrid with two remote days a week, a Deezer Family subscription and a yearly €1,000 learning budget.</p>
<p><strong>Hiring process</strong></p>
<p>A 30-minute call with Talent Acquisition, a take-home exercise, a technical interview and a meeting with the team. Applications close on 30 August 2036. We aim to make a decision by 25 September 2036.</p>
<p>Deezer is committed to building a diverse team and welcomes applications from everyone.</p>
</div>
<div id="application"><h2>Apply for this Job</h2><p>* Required</p><p>First Name *</p><p>Last Name *</p><p>Email *</p><p>Resume/CV *</p><p>LinkedIn Profile</p><p><button>Submit Application</button></p></div>
<p>Powered by greenhouse · Read our Privacy Policy</p></body></html>
"""
w(KEY + "-greenhouse.html", html, KEY)
ind = f"""indeed
Trouver un emploi\tSalaires\tAvis sur les entreprises\tConnexion\tEntreprises / Publier une annonce

Quoi ?\tData engineer
Où ?\tParis (75)
Lancer la recherche

{T}
{O}
4,1 sur 5 étoiles
{LOC} (75)
67 000 € - 82 500 € par an - CDI, Temps plein
Postuler sur le site de l'entreprise

Détails de l'emploi
Voici comment les détails de l'emploi correspondent à votre profil.
Salaire
67 000 € - 82 500 € par an
Type de poste
CDI
Temps plein

Lieu
{LOC} (75)

Avantages
Extrait de la description complète du poste
Participation
Télétravail hybride
Budget formation

Description du poste
{ABOUT}

What you'll do
{bullets(DUT, "• ")}

What you'll need
{bullets(ESS, "• ")}

Bonus points
{bullets(DES, "• ")}

Compensation & perks
Salary range: €67,000 – €82,500 gross per year, depending on experience, plus profit-sharing. Full-time, permanent contract (CDI), hybrid with two remote days a week.

Hiring process
Applications close on 30 August 2036.

Type d'emploi : CDI
Rémunération : 67 000,00€ à 82 500,00€ par an
Lieu du poste : Télétravail hybride à 75009 Paris

Informations sur le recrutement
Activité sur cette offre
Publiée il y a 6 jours

Signaler l'offre

Les candidats ont aussi consulté :
Data Engineer Senior - Fintech - Paris - 60 000 € - 72 000 € par an
Analytics Engineer - Média - Paris 2e - Il y a 2 jours

© 2036 Indeed\tAccessibilité chez Indeed\tConfidentialité\tCookies\tConditions
"""
w(KEY + "-indeed.txt", ind, KEY)
slack = f"""#data-jobs-paris
Camille R.  10:42
hey all — my team is hiring 🎧 feel free to share

{T}
{O} · {LOC} · CDI · hybrid
€67,000 – €82,500 gross per year + profit-sharing

What you'll need
• {ESS[0]}
• {ESS[1]}
• {ESS[2]}
• {ESS[3]}
Bonus points
• {DES[0]}
• {DES[1]}

Applications close on 30 August 2036 → link in thread 👇
(edited)
3 replies  Last reply today at 11:05

Yanis B.  10:51
is it remote-friendly? asking for a friend in Lyon 😅
Camille R.  10:53
two remote days a week, Paris office the rest
:raised_hands: 4  :eyes: 2

Message #data-jobs-paris
"""
w(KEY + "-slack.txt", slack, KEY)
