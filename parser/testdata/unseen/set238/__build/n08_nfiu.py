"""NFIU-HUN-LC-2037-05 - NFIU Hungary, Székesfehérvár (EN): association newsletter e-mail, Hungarian board copy."""
from common import *

REF = "NFIU-HUN-LC-2037-05"
TITLE = "Driver / Movements Clerk"
ORG = "NATO Force Integration Unit Hungary (NFIU HUN)"
LOC = "Székesfehérvár, Hungary"
SCHED = "Full-time (40 hours per week)"
ESS = [
    "completed secondary education;",
    "a valid driving licence category B for at least five years and category C or D;",
    "at least two years of experience as a professional driver, preferably with passenger transport;",
    "basic computer skills (e-mail, spreadsheets);",
    "English at NATO SLP 2222 or equivalent;",
    "Hungarian citizenship and eligibility for a NATO SECRET security clearance.",
]
DES = [
    "experience in a military unit or an international organisation;",
    "experience of movement documentation such as travel orders or customs forms;",
    "first aid certificate.",
]
DUTIES = [
    "drives the Unit's vehicles for official transport of personnel, visitors and documents within Hungary and to neighbouring countries;",
    "carries out daily checks and basic maintenance of the vehicles and keeps vehicle logbooks;",
    "prepares movement requests, fuel records and travel documentation;",
    "meets and assists visiting delegations at airports and railway stations;",
    "supports the J4 section with deliveries and storage of materiel.",
]


def notice(indent=""):
    out = [f"Vacancy number:   {REF}", f"Post title:       {TITLE}", f"Organization:     {ORG}",
           f"Duty station:     {LOC}", "Grade:            LC-3", f"Working hours:    {SCHED}",
           "Salary:           HUF 614,000 gross per month", "Clearance:        NATO SECRET",
           "Closing date:     19 August 2037, 15:00 (CEST)", "",
           "1. Background",
           "NFIU HUN facilitates the rapid deployment of Allied forces to Hungary and supports exercises and training with the Hungarian Defence Forces. The Unit has about 40 personnel from several Allied nations.",
           "", "2. Duties", "The Driver / Movements Clerk:"]
    out += [f"{indent}{chr(97 + i)}) {x}" for i, x in enumerate(DUTIES)]
    out += ["", "3. Essential requirements"] + [f"{indent}{chr(97 + i)}) {x}" for i, x in enumerate(ESS)]
    out += ["", "4. Desirable"] + [f"{indent}{chr(97 + i)}) {x}" for i, x in enumerate(DES)]
    out += ["", "5. Conditions",
            "Local civilian contract under Hungarian labour law, initially for two years. Working hours may include early mornings, evenings and occasional weekends, compensated in accordance with the Unit's policy.",
            "", "6. Application",
            "Send a CV and a motivation letter in English to nfiu.hun.j1@nfiu.example with the vacancy number in the subject line. Only shortlisted candidates will be contacted; driving tests are planned for early September 2037."]
    return out


def build():
    expected(REF, reference=REF, post_number=None, languages=["en"],
             title={"en": TITLE, "fr": None}, organisation={"en": ORG, "fr": None},
             location={"en": LOC, "fr": None}, schedule={"en": SCHED, "fr": None},
             deadline="2037-08-19", salary=sal(614000, cur="HUF"), grade="LC-3", clearance="NATO SECRET",
             requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
             competencies={"en": [], "fr": None})

    body = []
    for l in notice("    "):
        if l.startswith("    ") and len(l) > 78:
            body.append(wrap(l.strip(), 78, "    ", "       "))
        elif len(l) > 78 and ":   " not in l:
            body.append(wrap(l, 78))
        else:
            body.append(l)
    mail = f"""From: Tartalékos Szövetség Hírlevél <hirlevel@tartalekos.example>
Date: Thu, 16 Jul 2037 08:00:12 +0200
Subject: Newsletter 2037/14 – events, courses, job opportunities
To: members@tartalekos.example

==============================================================
RESERVISTS' ASSOCIATION FEJÉR COUNTY – NEWSLETTER 2037/14
==============================================================

IN THIS ISSUE
  1. Summer shooting competition – 1 August, Pákozd
  2. First aid refresher course – registration until 24 July
  3. Job opportunity at NFIU HUN (text below)

--------------------------------------------------------------
1. SUMMER SHOOTING COMPETITION
Teams of three, entry fee HUF 6,000 per team. Register by
27 July with the secretary.

2. FIRST AID REFRESHER COURSE
Saturday 8 August, 09:00–15:00. Requirements: none. Free for
members.

3. JOB OPPORTUNITY AT NFIU HUN
The NATO unit in Székesfehérvár asked us to circulate the
following announcement. Please apply directly to the unit.

{chr(10).join(body)}

--------------------------------------------------------------
You receive this newsletter as a member of the association.
Unsubscribe: reply with "LEIRATKOZÁS".
"""
    write(f"{REF}-newsletter.txt", mail, REF)

    n = notice()
    board = f"""MunkaFehér.example – Állások Fejér megyében
Főoldal › Állások › Szállítás, logisztika › Székesfehérvár
Bejelentkezés   Önéletrajz feltöltése   Cégeknek
{TITLE}
NATO Force Integration Unit HungarySzékesfehérvárTeljes munkaidőHUF 614,000 gross per monthJelentkezési határidő: 2037.08.19.
Jelentkezem   Mentés   Megosztás
{" | ".join(x.replace("   ", "").replace("  ", " ").strip() for x in n[:9])}
{n[10]}{n[11]}
{n[13]}{chr(10).join(x.split(") ", 1)[1] for x in n[15:20])}
{n[21]}{chr(10).join(x.split(") ", 1)[1] for x in n[22:28])}
{n[29]}{chr(10).join(x.split(") ", 1)[1] for x in n[30:33])}
{n[34]}{n[35]}
{n[37]}{n[38]}

Hirdetés azonosító: MF-37-220417   Megtekintések: 903

Hasonló állások
Tehergépkocsi-vezető (C+E) – Székesfehérvár – bruttó 560 000 - 680 000 Ft/hó – határidő: 2037.07.31.
Raktári adminisztrátor – Várpalota – bruttó 480 000 Ft – határidő: 2037.08.25.

© 2037 MunkaFehér.example · Adatvédelem · Süti beállítások
"""
    write(f"{REF}-jobboard.txt", board, REF)
