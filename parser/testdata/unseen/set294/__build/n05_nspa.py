from common import *
KEY = "507646"
TITLE = "Contracting Officer (Land Combat Munitions) - Ammunition Support Partnership"
ORG = "NATO Support and Procurement Agency (NSPA)"
LOC = "Luxembourg-Capellen"
SCH = "Full-time"
ACC = [
 "Lead competitive procurements of land combat munitions from the request for quotation to the award of contract;",
 "Negotiate prices, delivery terms and warranty conditions with suppliers of member nations;",
 "Draft contracts and amendments in line with the NSPA procurement regulations;",
 "Advise customer nations and the Ammunition Support Partnership Committee on contracting options;",
 "Monitor supplier performance and settle contractual disputes.",
]
ESS = [
 "A university degree in law, business administration, economics or engineering",
 "At least five years of experience in public or defence procurement, of which two years in the negotiation of supply contracts",
 "Knowledge of international commercial law and of the main contract types",
 "Good knowledge of export control rules for military goods",
 "NATO SLP in English of 3333",
]
DES = [
 "Professional procurement certification",
 "Experience in the ammunition or explosives industry",
 "NATO SLP in French of 2222",
]
COMP = [("Negotiation", "Reaches agreements that protect the Agency's interests and keep suppliers engaged."),
        ("Integrity", "Acts fairly and transparently in every procurement."),
        ("Planning and Organising", "Keeps several procurements on schedule at the same time."),
        ("Customer Orientation", "Understands what customer nations need and delivers it.")]
SUMMARY = ("The NATO Support and Procurement Agency is NATO's lead organisation for multinational acquisition and support. "
           "The Ammunition Support Partnership lets participating nations buy, store and dispose of munitions together. "
           "Its Procurement Section places contracts for land, air and naval munitions on behalf of the nations.")
ROLE = "Under the direction of the Section Chief, the Contracting Officer is responsible for the full cycle of procurement for land combat munitions."
CONTRACT = ("Serving NSPA staff will be offered a contract in accordance with the NATO Civilian Personnel Regulations. Newly recruited staff will be offered a definite duration contract of three years, which may be followed by an indefinite duration contract. "
            "The closing date for applications is 15 April 2042. Interviews will be held in Capellen in May 2042.")

def render(mark='', compmark=''):
    return f"""1. SUMMARY

{SUMMARY}

{ROLE}

2. MAIN ACCOUNTABILITIES

The incumbent will:
{bullets(ACC, mark)}

3. QUALIFICATIONS

ESSENTIAL
{bullets(ESS, mark)}

DESIRABLE
{bullets(DES, mark)}

4. COMPETENCIES

{comps_lines(COMP, mark=compmark)}

5. CONTRACT

{CONTRACT}

6. ADDITIONAL INFORMATION

Applications must be submitted using the NATO Talent Acquisition Platform. NATO will not accept any applications sent by e-mail. Please note that the competition for this post may also be used to establish a reserve list.
"""

def build():
    expected(KEY, langs=["en"], title=L(TITLE), org=L(ORG), loc=L(LOC), sched=L(SCH),
             deadline="2042-04-15", salary=sal(7402.85), grade="G14", clearance="NS",
             req={"en": {"essential": ESS, "desirable": DES}, "fr": None}, comps={"en": comp(COMP), "fr": None})
    portal = f"""Skip to main content
Home
Job Search
My Jobpage
Français
Sign Out

Job Search > Job Description

Job Description - {TITLE} ({KEY})

Job Description

{TITLE}-{KEY}

Primary Location

Luxembourg-Capellen

NATO Body

NATO Support and Procurement Agency (NSPA)

Schedule

Full-time

Application Deadline

15-Apr-2042, 11:59:00 PM

Salary (Pay Basis)

: 7,402.85Euro (EUR) Monthly

Grade

NATO Grade G14

Clearance Level

NS

Description

:

OPEN TO NATIONALS OF NATO MEMBER STATES ONLY

{render()}
Job Posting

: 18-Mar-2042, 9:30:00 AM

Apply Online
Send to Friend
Save to My Jobs

Similar Jobs
Procurement Assistant (Fuel Services) - Luxembourg-Capellen - deadline 22-Apr-2042
Logistics Officer (Stock Management) - Italy-Taranto - deadline 29-Apr-2042

Privacy Policy | Accessibility | © NATO
"""
    write(f"{KEY}-natocareers.txt", portal, KEY)

    teams = f"""Ammunition Support Partnership - national reps  >  General

Katrin Vogt  Tuesday 10:42
Heads-up for anyone with good contracting people at home: NSPA has opened the contracting officer post for land munitions. Pasting the whole thing because the portal link keeps timing out for some of you.

{TITLE}
Job Number: {KEY}
NATO Body: {ORG}
Primary Location: {LOC}
Schedule: {SCH}
Grade: NATO Grade G14
Clearance Level: NS
Salary (Pay Basis): 7,402.85 Euro (EUR) Monthly
Application Deadline: 15-Apr-2042, 11:59:00 PM

{render('• ', '• ')}
(edited)
👍 4   ❤️ 1

    Tomasz Nowak  Tuesday 10:57
    Thanks! Is this G14 the same grade as the one that closed in February?

    Katrin Vogt  Tuesday 11:03
    No, that one was G12 and for air munitions. This one closes on the 15th, midnight Luxembourg time.

    Ana Ribeiro  Tuesday 11:20
    Forwarded to our procurement directorate. They will want a candidate list by 8 April at the latest, so please plan for that internally.

Reply
"""
    write(f"{KEY}-teams.txt", teams, KEY)
