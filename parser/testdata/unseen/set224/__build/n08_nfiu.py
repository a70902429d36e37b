from common import *
REF = "NFIU-LTU-LC-2036-02"
POST = "NFIU LTU J4 RE 0070"
T = "Assistant (Host Nation Real Estate and Facilities)"
ORG = "NATO Force Integration Unit Lithuania (NFIU LTU)"
LOC = "Vilnius, Lithuania"
SCH = "Full-time, 40 hours per week"
ESS = [
 "Higher education (bachelor's degree or professional bachelor's degree) in civil engineering, real estate management, public administration or a related field;",
 "At least two years of experience in the management of buildings, leases or state-owned real estate;",
 "Good knowledge of Lithuanian legislation on public procurement and state property;",
 "Fluent Lithuanian and English at SLP 3333 or higher;",
 "Lithuanian citizenship and eligibility for a NATO SECRET security clearance.",
]
DES = [
 "Experience of working with foreign or NATO military units;",
 "Knowledge of AutoCAD or of a computer-aided facility management system;",
 "A category B driving licence.",
]
DUT = [
 "keeps the register of training areas, barracks and office facilities offered by Lithuania for Allied reinforcement forces;",
 "prepares host nation support requests and follows them up with the Lithuanian Armed Forces' infrastructure service;",
 "organises site surveys for visiting planning teams and records the results;",
 "checks lease agreements and utility invoices for the unit's premises;",
 "maintains the J4 section's files and prepares weekly status reports.",
]

def build():
    expected(REF, POST, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2036-06-24",
             sal(2315), "LC-5", "NATO SECRET", {"en": {"essential": ESS, "desirable": DES}}, {"en": []})
    num = lambda xs: "\n".join(f"   {chr(97+i)}) {x}" for i, x in enumerate(xs))
    mail = f"""From: Rasa Petrauskienė <rasa.petrauskiene@veteranai-example.lt>
Date: Thu, 14 May 2036 at 09:12
Subject: Fwd: Vacancy announcement {REF} - NFIU LTU
To: <members@veteranai-example.lt>

Sveiki visi,

NFIU asked us to share this local civilian post with our members. Information day for all
open posts is on 28 May at 17:00 in our club, registration until 26 May.

Rasa

---------- Forwarded message ---------
From: NFIU LTU J1 <j1.recruitment@nfiu-ltu.example>
Date: Wed, 13 May 2036 at 15:47
Subject: Vacancy announcement {REF} - NFIU LTU
To: NFIU LTU partners <partners@nfiu-ltu.example>

NATO UNCLASSIFIED

VACANCY ANNOUNCEMENT {REF}

Organization:            {ORG}
Post title:              {T}
Post number:             {POST}
Grade:                   LC-5 (local civilian)
Duty station:            {LOC}
Working hours:           {SCH}
Security clearance:      NATO SECRET
Salary:                  EUR 2,315 gross per month
Closing date:            24 June 2036, 16:00 (EEST)

1. Background
The NATO Force Integration Unit Lithuania helps Allied forces deploy rapidly to Lithuania. Its
J4 section plans the host nation support that such forces would need, from training areas and
accommodation to fuel and transport.

2. Duties
The Assistant
{num(DUT)}

3. Essential requirements
{num(ESS)}

4. Desirable
{num(DES)}

5. How to apply
Send a CV in English (Europass format), a motivation letter and copies of diplomas to
j1.recruitment@nfiu-ltu.example, quoting {REF}. Only shortlisted candidates will be contacted;
a written test and an interview are planned in Vilnius on 7 and 8 July 2036. The contract is
concluded under the Labour Code of the Republic of Lithuania for an indefinite period with a
six-month probation.

NATO UNCLASSIFIED
"""
    write(f"{REF}-email.txt", mail, REF)
    board = f"""darbo-skelbimai.example  |  Darbo skelbimai  |  Įmonės  |  Atlyginimai  |  Prisijungti
Pradžia » IT ir inžinerija » Vilnius

{T}
{ORG}Vilnius2036-05-13
Atlyginimas: 2315 EUR/mėn. (bruto)Darbo laikas: pilnas etatasGaliojimo pabaiga: 2036-06-24

Kandidatuoti   Išsaugoti

Organization: {ORG} · Post number: {POST} · Grade: LC-5 (local civilian) · Duty station: {LOC} · Working hours: {SCH} · Security clearance: NATO SECRET · Salary: EUR 2,315 gross per month · Closing date: 24 June 2036, 16:00 (EEST)

Background
The NATO Force Integration Unit Lithuania helps Allied forces deploy rapidly to Lithuania.
Duties
{chr(10).join('• ' + d for d in DUT)}
Essential requirements
{chr(10).join('• ' + d for d in ESS)}
Desirable
{chr(10).join('• ' + d for d in DES)}
How to apply
Send a CV in English, a motivation letter and copies of diplomas to j1.recruitment@nfiu-ltu.example quoting {REF}.

Skelbimo ID: DS-8831205
Peržiūrėta: 612 kartų

Panašūs skelbimai
Nekilnojamojo turto administratorius · Vilnius · 1800–2400 EUR/mėn. · iki 2036-06-20
Pastatų priežiūros specialistas · Kaunas · iki 2036-07-01
"""
    write(f"{REF}-jobboard.txt", board, REF)
