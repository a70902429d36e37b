#!/usr/bin/env python3
"""Writes the nine English non-notices of corpus321."""
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def w(name, text):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(text)


# 1 ------------------------------------------------------------------ caravan rally
w("caravan-club-summer-rally-joining-instructions-2044-brackenthwaite-caravan-and-motorhome-club.en.txt", """BRACKENTHWAITE CARAVAN AND MOTORHOME CLUB
Summer Rally 2044 - Joining Instructions
------------------------------------------------------------

Rally reference ........ BCMC-R7-2044
Title of rally ......... "Lakes and Lanterns" Summer Rally
Location ............... Low Garth Farm, Brackenthwaite (field 3, gate on the
                         left after the cattle grid)
Dates .................. Friday 25 to Monday 28 July 2044
Rally fee .............. £14.00 per unit per night (electric hook-up £4.00 extra)
Deadline for bookings .. Friday 11 July 2044

Dear Members,

Thank you for booking the Summer Rally. Please read these instructions before
you set off, and keep them in the van.

ARRIVAL
Arrive between 2 pm and 7 pm on Friday. The Rally Marshal will meet you at the
gate and show you your pitch. Please do not set up until you have been
pitched; units are placed 6 metres apart.

REQUIREMENTS FOR ALL UNITS
 1. A valid membership card shown on arrival.
 2. A fire extinguisher and a fire blanket in every unit.
 3. Your own toilet and a waste-water container; there are no facilities
    on the field apart from fresh water.
 4. Dogs on a lead at all times and exercised off the field.
 5. Quiet on the field from 10.30 pm.

PROGRAMME
 Friday   8 pm   welcome drinks in the marquee
 Saturday 11 am  guided walk to the tarn (about 5 miles)
          7 pm   lantern-making and pot-luck supper
 Sunday   10 am  boot sale of camping gear
          3 pm   quiz and raffle (tickets £1.00)

WHO IS WHO ON THE FIELD
The Rally Marshal, the Assistant Marshal and the Treasurer are club
members who take these jobs in turn. They are not staff and are not paid a
salary: please help them by parking where asked and settling your fee on
arrival. The club has no vacancies and is not recruiting for any post; if
you would like to run a rally yourself next year, speak to the committee at
the AGM.

Leave the field as you found it. Safe travelling!

Rally Secretary - rallies@example.org - 01632 960 418
""")

# 2 ------------------------------------------------------------------ GCSE results day letter
w("gcse-results-day-arrangements-letter-2044-cranmoor-fold-academy.en.md", """**Cranmoor Fold Academy**
*Ambition · Kindness · Effort*

*Our ref: CFA/EXAMS/RD-2044*

# GCSE Results Day 2044 – arrangements for Year 11

Dear Year 11 students and parents/carers,

As the summer term ends, I am writing to explain how results will be given out.

- **Title of the event:** GCSE Results Day
- **Location:** Main Hall, Cranmoor Fold Academy, Moor Lane entrance
- **Date:** Thursday 21 August 2044, 8.30 am to 12 noon
- **Deadline for returning the proxy collection form:** Friday 18 July 2044

## Collecting your results

Results envelopes will be handed out in the Main Hall by the Exams Officer and the Head of Year. Students who cannot attend may send someone else with a signed **proxy collection form** (below), or ask for results by e-mail.

## Requirements for collecting results

1. Bring your student ID card or another photo ID.
2. A proxy must bring the signed form and their own photo ID.
3. E-mail results are sent only to the student's school address.
4. Requests for reviews of marking must reach the Exams Office by Thursday 25 September 2044; the fee is £42.00 per paper, refunded if the grade changes.

## Sixth form enrolment

Enrolment takes place in the Library on the same morning. The minimum entry requirement is five grades at 4 or above, including English and maths.

## A note about "grades"

Some students have asked whether a grade 9 brings a prize or a paid position. It does not: the Academy is not recruiting students to any post and there is no salary or bursary attached to results. Information about part-time work and apprenticeships is available from the careers adviser, who is in post until the end of August.

We wish every student the very best.

Mrs J. Okonedo
Head of Year 11

---

**Proxy collection form** – return by 18 July 2044

| Student name | Tutor group | Name of proxy | Signature |
|---|---|---|---|
| | | | |
""")

# 3 ------------------------------------------------------------------ pony club efficiency test card
w("pony-club-efficiency-test-record-card-2044-westerfold-hunt-branch.en.html", """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Efficiency Test Record Card – Westerfold Hunt Branch</title>
<style>
body{font-family:Liberation Sans,Arial,sans-serif;margin:24px;color:#222}
.head{border:3px double #1d4d2b;padding:10px 14px;text-align:center}
.head h1{margin:4px 0;font-size:20px;color:#1d4d2b}
table{border-collapse:collapse;width:100%;margin:10px 0}
th,td{border:1px solid #777;padding:4px 6px;font-size:13px;text-align:left}
th{background:#e7efe8}
.note{background:#fff7dc;border-left:4px solid #d8a400;padding:8px 12px;font-size:13px}
</style></head><body>
<div class="head">
<p>THE WESTERFOLD HUNT BRANCH – PONY CLUB</p>
<h1>Efficiency Test Record Card 2044</h1>
<p>Keep this card with your Pony Club badge book</p>
</div>
<table>
<tr><th>Card reference</th><td>WHB-ET-2044-0317</td></tr>
<tr><th>Member</th><td>Isla Brennan (age 12)</td></tr>
<tr><th>Title of test</th><td>D+ Test (riding and horse care)</td></tr>
<tr><th>Location</th><td>Hilltop Equestrian Centre, Westerfold</td></tr>
<tr><th>Date of test</th><td>Saturday 5 July 2044</td></tr>
<tr><th>Examiner</th><td>Mrs A. Lowther, Branch Instructor</td></tr>
<tr><th>Result</th><td>Passed</td></tr>
</table>
<h2>Marks</h2>
<table>
<tr><th>Section</th><th>Standard reached</th><th>Examiner's comment</th></tr>
<tr><td>Mounting and dismounting</td><td>Good</td><td>Calm and correct</td></tr>
<tr><td>Walk, trot and canter</td><td>Satisfactory</td><td>Keep heels down in canter</td></tr>
<tr><td>Grooming kit and its use</td><td>Good</td><td>Knows every brush</td></tr>
<tr><td>Points of the horse</td><td>Very good</td><td>All twelve named</td></tr>
</table>
<h2>Requirements for the next test (C Test)</h2>
<ol>
<li>Be at least 11 years old and hold the D+ Test.</li>
<li>Attend four working rallies in the year, including one stable management rally.</li>
<li>Be able to put on a saddle and bridle without help.</li>
<li>Send the entry form and the £18.00 test fee to the District Commissioner by the deadline.</li>
</ol>
<p><b>Deadline for C Test entries (autumn session):</b> Thursday 31 July 2044</p>
<div class="note">
<p><b>Please note:</b> the Branch Instructor and the examiners give their time as volunteers.
A Pony Club test is a certificate of riding and horse-care skill. It is not a job or a
qualification for paid work, it carries no salary, and the branch is not advertising any
post for grooms or instructors. Members who want to train as coaches should ask the
District Commissioner about the coaching scheme.</p>
</div>
<p>Signed: ........................ District Commissioner &nbsp;&nbsp; Date: ..................</p>
</body></html>
""")

# 4 ------------------------------------------------------------------ homestay handbook
w("homestay-host-family-handbook-summer-2044-pellerby-bay-english-school.en.html", """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Host Family Handbook – Summer 2044 – Pellerby Bay English School</title>
<style>
body{font-family:Liberation Serif,Georgia,serif;margin:0;color:#202020}
header{background:#0f4c81;color:#fff;padding:14px 22px}
nav{background:#e8eef5;padding:6px 22px;font-size:13px}
main{padding:18px 22px;max-width:820px}
dl{display:grid;grid-template-columns:16em 1fr;gap:4px 12px}
dt{font-weight:bold}
dd{margin:0}
footer{border-top:1px solid #aaa;font-size:12px;padding:10px 22px;color:#555}
</style></head><body>
<header><h1>Pellerby Bay English School</h1><p>Host family area</p></header>
<nav>Home · Courses · Accommodation · <b>Hosts</b> · Agents · Contact</nav>
<main>
<h2>Host Family Handbook – Summer 2044</h2>
<dl>
<dt>Handbook reference</dt><dd>PBES-HOST-2044-S</dd>
<dt>Title of programme</dt><dd>Junior Summer Homestay (ages 13 to 17)</dd>
<dt>Location</dt><dd>Pellerby Bay and villages within 30 minutes by bus</dd>
<dt>Dates</dt><dd>Three intakes: 6 July, 20 July and 3 August 2044</dd>
<dt>Deadline to confirm rooms for the August intake</dt><dd>Tuesday 15 July 2044</dd>
</dl>
<h3>What the school pays hosts</h3>
<p>Hosts receive a homestay allowance of £210.00 per student per week for a single room with half board, paid on the Friday after each student leaves. This is a contribution to household costs and not a salary or wage: hosting is not employment with the school, and hosts are not members of staff.</p>
<h3>Requirements for host families</h3>
<ol>
<li>A clean, warm single room with a bed, wardrobe, desk and window.</li>
<li>Breakfast and an evening meal every day, and a packed lunch on excursion days.</li>
<li>An enhanced DBS check for every adult in the home (the school pays the £38.00 fee).</li>
<li>English spoken at home during the stay.</li>
<li>A home visit by the Accommodation Officer before the first student arrives.</li>
</ol>
<h3>Your contacts</h3>
<p>The Accommodation Officer and the Welfare Lead are in post all summer and answer the emergency phone in turn. The school's summer teachers and activity leaders were appointed in the spring; we have no vacancies for the season and this handbook is not a job advertisement.</p>
<h3>Safeguarding</h3>
<p>Students may not stay out after 10 pm without written permission from their parents and the school. Report any concern the same day.</p>
</main>
<footer>Pellerby Bay English School · Accredited language centre (invented) · hosts@example.org</footer>
</body></html>
""")

# 5 ------------------------------------------------------------------ mayor's garden party invitation
w("mayors-garden-party-invitation-and-guest-notes-2044-borough-of-tarnbury.en.txt", """                      THE WORSHIPFUL THE MAYOR OF TARNBURY
                              Councillor Ruth Adeyemi

                    requests the pleasure of the company of

                         Mr and Mrs D. Whitlock

                   at a Garden Party in the grounds of the
                        Mansion House, Tarnbury Park
                     on Saturday 26 July 2044, 3 pm to 5.30 pm

                 RSVP by Friday 11 July 2044 using the reply card


GUEST NOTES
===========

Invitation reference:   TBC/MAYOR/GP-2044/0219
Title of the event:     The Mayor's Garden Party 2044
Location:               Mansion House, Tarnbury Park (enter by the Lodge Gate)
Dress:                  Lounge suits, day dresses; uniform or national dress welcome
Deadline for replies:   Friday 11 July 2044

Requirements for guests
  a) Bring this invitation and photo identification; admission is by
     invitation only and cards are not transferable.
  b) Tell us about access needs or dietary requirements when you reply.
  c) Parking is in the Park car park (free on the day); there is no parking
     at the Mansion House.

About the afternoon
Tea, sandwiches and cakes are served on the lawn; the Tarnbury Silver Band
will play. The afternoon thanks volunteers, carers and community groups
nominated by councillors. The Mayor's Charity collection will be taken; last
year it raised £3,912.40.

Please note
The Mayor's office sends these invitations to thank people for unpaid
service. An invitation is not an award, a title or an appointment, and it
does not come with any post or salary. The Mayor's Secretary and the
Civic Officer are council employees in post; the council advertises its own
vacancies on its jobs pages, not through civic events.

Enquiries: Mayor's Office, Town Hall, Tarnbury - 01632 960 771
""")

# 6 ------------------------------------------------------------------ swimming gala programme
w("swimming-gala-programme-and-heat-sheet-2044-ashmere-otters-swimming-club.en.html", """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Summer Gala 2044 – Programme – Ashmere Otters SC</title>
<style>
body{font-family:Liberation Sans,Arial,sans-serif;margin:20px;color:#111}
.banner{background:linear-gradient(90deg,#006d8f,#38b6d8);color:#fff;padding:12px 16px}
.banner h1{margin:0;font-size:22px}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid #99b;padding:3px 6px;font-size:12.5px}
th{background:#dff1f7;text-align:left}
.box{border:1px solid #006d8f;padding:8px 12px;margin-top:10px}
</style></head><body>
<div class="banner"><h1>Ashmere Otters Swimming Club – Summer Open Gala 2044</h1>
<p>Programme and heat sheet · £2.50</p></div>
<ul>
<li><b>Gala reference:</b> AOSC-GALA-0744</li>
<li><b>Title:</b> Summer Open Gala (Level 3 licensed meet)</li>
<li><b>Location:</b> Ashmere Leisure Centre, 25 m pool, 6 lanes</li>
<li><b>Date:</b> Sunday 13 July 2044; warm-up 8.00 am, start 9.00 am</li>
<li><b>Deadline for withdrawals and fee refunds:</b> Sunday 6 July 2044</li>
</ul>
<h2>Session 1</h2>
<table>
<tr><th>Event</th><th>Heat</th><th>Lane</th><th>Swimmer</th><th>Club</th><th>Entry time</th></tr>
<tr><td>101 Girls 10/11 50 m freestyle</td><td>1</td><td>3</td><td>Poppy Hale</td><td>Ashmere Otters</td><td>0:38.92</td></tr>
<tr><td>101 Girls 10/11 50 m freestyle</td><td>1</td><td>4</td><td>Amira Shah</td><td>Kelby Dolphins</td><td>0:37.15</td></tr>
<tr><td>102 Boys 12/13 100 m backstroke</td><td>1</td><td>2</td><td>Tom Rees</td><td>Ashmere Otters</td><td>1:19.40</td></tr>
<tr><td>102 Boys 12/13 100 m backstroke</td><td>1</td><td>5</td><td>Leo Marsh</td><td>Fenwold Barracudas</td><td>1:17.86</td></tr>
</table>
<h2>Requirements for swimmers and clubs</h2>
<ol>
<li>Swimmers must be registered members of Swim England (category 2 or above).</li>
<li>Entry fee £6.00 per event; no entries are taken on the day.</li>
<li>Each club must supply one technical official per session.</li>
<li>Only swimmers and team managers on poolside; spectators in the balcony.</li>
</ol>
<div class="box">
<p><b>Officials and helpers.</b> The Referee, Starter, Judges and Timekeepers are qualified volunteers.
They are not paid a salary, and titles such as "Chief Timekeeper" are roles for the day, not posts.
The club employs its Head Coach, who is in post, and is not recruiting; this programme is not a job
advertisement. Medals and the £50 club trophy voucher are prizes, not payments.</p>
</div>
<p>Results will be posted on the club website by Tuesday 15 July 2044.</p>
</body></html>
""")

# 7 ------------------------------------------------------------------ summer reading challenge
w("summer-reading-challenge-sign-up-sheet-and-medal-evening-2044-dunstow-library.en.md", """Dunstow Library – Summer Reading Challenge 2044
===============================================

![Reading Challenge logo](challenge-2044.png)

**Sign-up reference:** DUN-SRC-2044\\
**Title of this year's challenge:** *The Great Map Quest*\\
**Location:** Dunstow Library, Market Square (children's floor)\\
**Challenge runs:** Saturday 12 July to Saturday 6 September 2044\\
**Deadline to sign up and collect your map:** Thursday 31 July 2044

Read any six library books over the summer, collect a sticker for each one and finish your map. It's free!

Requirements to finish the challenge
------------------------------------

1. Be aged 4 to 11 and have a Dunstow library card (we can make one on the day).
2. Read six books – picture books, comics, audiobooks and e-books all count.
3. Tell a library helper about each book to get your sticker.
4. Bring your finished map to the library by 6 September 2044.

Medal evening
-------------

Every child who finishes gets a medal and a certificate at our medal evening on Friday 19 September 2044 at 5.30 pm, presented by the Town Mayor.

About our "Reading Rangers"
---------------------------

Teenagers aged 12 to 16 can help as *Reading Rangers*. It is volunteering for the summer – a good thing to put on a school record – but it is **not a job**: Rangers are not paid a salary or expenses, and the library is not recruiting staff through this sheet. Library posts are advertised on the county council's website.

| Name | Age | Library card no. | Signed up on |
|---|---|---|---|
| | | | |

*Library Manager: Mr P. Achebe (in post since 2039) · Opening hours: Tue–Sat 9.30 am – 5 pm*
""")

# 8 ------------------------------------------------------------------ street trading consent
w("street-trading-consent-ice-cream-van-2044-norbridge-district-council.en.txt", """NORBRIDGE DISTRICT COUNCIL
Licensing Team, Council Offices, Station Road, Norbridge

LOCAL GOVERNMENT (MISCELLANEOUS PROVISIONS) ACT 1982, SCHEDULE 4
STREET TRADING CONSENT (MOBILE) - ICE CREAM VAN

Consent reference:      NDC/STC/2044/0088
Consent holder:         Mr G. Romano, trading as "Romano's Real Ices"
Vehicle:                Ice cream van, registration NB44 ICE (as supplied)
Title of consent:       Mobile street trading consent - ice cream and soft drinks
Location (streets):     Consent streets listed in Schedule A, Norbridge town
                        and the villages of Upper Alder and Wexby
Valid:                  1 April 2044 to 31 March 2045
Fee paid:               £612.00 (annual consent)
Deadline to renew:      Monday 28 July 2044 for the winter variation
                        (reduced hours, fee £150.00)

CONDITIONS AND REQUIREMENTS
 1. Trade no longer than 10 minutes in any one street, and not within
    100 metres of a school entrance between 8 am and 5 pm on school days.
 2. Chimes only between 12 noon and 7 pm, for no more than 12 seconds.
 3. Display this consent in the serving window.
 4. Hold public liability insurance of at least £5,000,000.
 5. Anyone serving from the van must hold a Level 2 food hygiene certificate.

EMPLOYEES OF THE CONSENT HOLDER
The consent holder may employ assistants. The council does not employ them,
set their wages or pay any salary, and this consent is not an offer of work:
questions about jobs on the van should go to the holder, not to the council.

Signed for the Licensing Manager (in post), 2 April 2044

Schedule A - consent streets: Alder Road, Brook Lane, Church View, Dene
Close, Orchard Way, The Green (Upper Alder), Wexby Lane.
""")

# 9 ------------------------------------------------------------------ home swap agreement
w("home-swap-agreement-summer-2044-kelsall-rise-hartsgrove-and-plouvarzel.en.md", """# Home Swap Agreement – Summer 2044

*Between two families who met on a home-exchange website. No money changes hands.*

| | Family A | Family B |
|---|---|---|
| **Names** | Sam and Priya Whitford, two children | Yann and Maëlle Le Gall, one child |
| **Home (location)** | 14 Kelsall Rise, Hartsgrove | 3 hameau de Kerrun, Plouvarzel (Brittany) |
| **Car included** | Yes (insured named driver) | No |

**Swap reference:** WH-LG-2044-08\\
**Title of the swap:** "Cotswolds for Brittany"\\
**Dates:** Saturday 2 August to Saturday 16 August 2044\\
**Deadline to cancel without penalty:** Friday 18 July 2044

## Requirements we both agree to

1. Leave the home clean, with fresh bed linen and towels.
2. Water the plants and feed the cat (Family A) / the hens (Family B).
3. No smoking indoors; no more guests than listed above.
4. Pay for anything broken, up to a £500 limit, and tell the owner at once.
5. Leave a set of keys with the neighbour named in the welcome notes.

## Money

There is no rent, fee, deposit or salary on either side. Looking after the pets and the garden is a favour between households, not work: neither family employs the other, and this agreement is not a job, a house-sitting post or a tenancy.

## Signed

Sam Whitford, 20 June 2044 · Maëlle Le Gall, 22 June 2044
""")
print("EN negatives written")
