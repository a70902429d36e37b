from common import *
KEY = "NLONY-VN-2040-03"
T = "Accounts and Office Assistant"
ORG = "NATO Liaison Office to the United Nations (NLO UN)"
LOC = "New York, United States"
SCH = "Full-time, 40 hours per week"
ABOUT = """The NATO Liaison Office to the United Nations supports the dialogue between NATO and the UN Secretariat, agencies and missions in New York. The small Office of seven staff depends on the Accounts and Office Assistant for its budget, contracts, travel and day-to-day administration."""
RESP = ["Records commitments and payments in the Office's accounting system and reconciles the bank accounts monthly",
 "Prepares travel orders, hotel bookings and travel claims for staff and visitors",
 "Manages office supplies, service contracts and the inventory of equipment",
 "Supports the organisation of seminars and visits of NATO officials",
 "Maintains personnel files of locally hired staff"]
ESS = ["Associate degree or higher in accounting, finance or business administration",
 "At least three years of experience in bookkeeping and office administration",
 "Proficiency in QuickBooks or a comparable accounting package and in Microsoft Excel",
 "Fluent English, written and spoken",
 "Authorisation to work in the United States"]
DES = ["Experience with an international organisation, mission or embassy",
 "Working knowledge of French",
 "Notary public commission"]
COMP = [("Accuracy", "keeps precise and complete financial records"),
 ("Client orientation", "helps visiting officials with courtesy and patience"),
 ("Discretion", "treats budget and personnel matters confidentially"),
 ("Self-reliance", "works with little supervision in a small office")]
OFFER = """Annual gross salary of USD 69,180, paid in twelve monthly instalments, with health insurance and 25 days of annual leave. The post is graded LH-6 on the Office's local hire scale. The successful candidate must obtain a NATO CONFIDENTIAL security clearance.
Please send a CV and a one-page cover letter to vacancies@nlo-un.example no later than 27 July 2040, 17:00 (EDT), quoting the reference in the subject line. Interviews will be held at the Office in August 2040."""

def build():
    expected(KEY, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2040-07-27",
             sal(69180, "USD", "year"), "LH-6", "NATO CONFIDENTIAL", {"en": (ESS, DES)}, {"en": COMP})
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy {KEY} | NATO Liaison Office to the UN</title></head>
<body>
<header><a href="#main">Skip to main content</a> <span>NATO Liaison Office to the United Nations · New York</span>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/events">Events</a> | <a href="/vacancies">Vacancies</a> | <a href="/contact">Contact</a></nav></header>
<main id="main">
<p><a href="/">Home</a> / <a href="/vacancies">Vacancies</a> / {KEY}</p>
<h1>Vacancy: {T}</h1>
<p><em>Posted on 21 June 2040</em></p>
<p><strong>Reference:</strong> {KEY}<br>
<strong>Organization:</strong> {ORG}<br>
<strong>Location:</strong> {LOC}<br>
<strong>Type of employment:</strong> {SCH}<br>
<strong>Grade:</strong> LH-6<br>
<strong>Security clearance:</strong> NATO CONFIDENTIAL<br>
<strong>Salary:</strong> USD 69,180 per year (gross)<br>
<strong>Deadline:</strong> 27 July 2040, 17:00 (EDT)</p>
<h3>About the Office</h3>
<p>{ABOUT}</p>
<h3>Responsibilities</h3>
{html_ul(RESP)}
<h3>Required qualifications</h3>
{html_ul(ESS)}
<h3>Desirable</h3>
{html_ul(DES)}
<h3>Competencies</h3>
{html_ul([f"<strong>{n}:</strong> {d}" for n, d in COMP])}
<h3>What we offer and how to apply</h3>
{"".join(f"<p>{p}</p>" for p in OFFER.split(chr(10)))}
</main>
<aside><h3>Recent events</h3><ul><li>Briefing for UN Member States on NATO's partnerships (18 June 2040)</li><li>Vacancy NLONY-VN-2040-01 (Driver) – closed 30 June 2040</li></ul></aside>
<footer>NATO Liaison Office to the United Nations · Share: X · LinkedIn · Email</footer>
</body></html>"""
    write(f"{KEY}-nlo.html", html, KEY)
    slack = f"""#jobs-ny-intl-orgs  |  ⭐  |  👥 1,284  |  Topic: Openings at missions, IOs and NGOs in NYC. One post per job, please.

Dana Whitfield  10:14 AM
Sharing for a friend at the NATO office near the UN 🇺🇳 small team, good people. Full text below, apply via the email in the post (not to me!)

*Vacancy: {T}*
*Reference:* {KEY}
*Organization:* {ORG}
*Location:* {LOC}
*Type of employment:* {SCH}
*Grade:* LH-6
*Security clearance:* NATO CONFIDENTIAL
*Salary:* USD 69,180 per year (gross)
*Deadline:* 27 July 2040, 17:00 (EDT)

*About the Office*
{ABOUT}

*Responsibilities*
{items(RESP, '• ')}

*Required qualifications*
{items(ESS, '• ')}

*Desirable*
{items(DES, '• ')}

*Competencies*
{comps(COMP, ': ', '• ')}

*What we offer and how to apply*
{OFFER}
👍 12  🙌 3  👀 2
    6 replies  Last reply today at 2:02 PM

Marco Ruiz  10:31 AM
is the salary negotiable? 69k is a bit low for midtown
Dana Whitfield  10:40 AM
no idea tbh, it's their local scale. benefits are decent I hear
Priya N.  11:05 AM
Do they sponsor visas? "authorisation to work" sounds like no
Dana Whitfield  11:09 AM
Correct, you need a green card or similar
Marco Ruiz  1:58 PM
thx. btw the mixer at the Norwegian mission is on July 12, sign up closes July 9
Priya N.  2:02 PM
🙏"""
    write(f"{KEY}-slack.txt", slack, KEY)
