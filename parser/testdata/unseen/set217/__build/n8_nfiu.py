from common import *
KEY = "NFIU-EST-LC-2035-03"
TITLE = "Clerk (Registry and Classified Mail)"
ORG = "NATO Force Integration Unit Estonia (NFIU EST)"
LOC = "Tallinn, Estonia"
SCH = "Full-time (40 hours/week)"
GRADE, CLR = "LC-3", "NATO SECRET"
ESS = [
    "secondary education;",
    "at least 2 years of experience in a registry, archive, mail room or secretariat;",
    "good command of English (at least B2 level or SLP 3232) and fluent Estonian;",
    "computer literacy (MS Office, Outlook);",
    "Estonian citizenship and eligibility for a NATO SECRET security clearance;",
    "driving licence category B.",
]
DES = [
    "experience in handling classified information in the Estonian Defence Forces or another state agency;",
    "knowledge of Russian;",
    "experience with an electronic document management system.",
]
exp = expected(KEY, languages=["en"], title={"en": TITLE}, organisation={"en": ORG}, location={"en": LOC},
               schedule={"en": SCH}, deadline="2035-11-20", salary=sal(2185), grade=GRADE, clearance=CLR,
               req={"en": {"essential": ESS, "desirable": DES}}, comps={"en": []})
DUTIES = [
    "registers incoming and outgoing correspondence and classified documents;",
    "prepares classified mail for courier and checks receipts;",
    "maintains the registry's logbooks and carries out periodic inventories;",
    "destroys documents according to the security regulations and keeps destruction certificates;",
    "assists the Security Officer with access badges and visitor lists.",
]

def notice(m):
    return f"""NATO UNCLASSIFIED
VACANCY ANNOUNCEMENT {KEY}
Organization: {ORG}
Post: {TITLE}
Grade: {GRADE} (local civilian)
Duty station: {LOC}
Working time: {SCH}
Security clearance: {CLR}
Salary: EUR 2,185 gross per month
Closing date: 20 November 2035, 16:00 (EET)

NFIU EST supports the reception of Allied forces in Estonia and their training with the Estonian Defence Forces. The Clerk works in the Registry of the Support Branch.

Main tasks - the Clerk:
{lines(DUTIES, m)}

Essential:
{lines(ESS, m)}

Desirable:
{lines(DES, m)}

We offer: a local civilian contract under Estonian labour law, 28 days of annual leave, training in NATO security procedures.

To apply, send a CV and a cover letter in English to the NFIU EST J1 Branch. Only shortlisted candidates will be contacted; interviews are planned in the first week of December.
NATO UNCLASSIFIED"""

CHAT = f"""Tallinn Expats & Locals – Jobs 💼
2,418 members

Marje K., [17.10.2035 09:12]
[Forwarded from NFIU EST Public Affairs]
{notice("– ")}

Marje K., [17.10.2035 09:13]
Posting for a friend's unit, they want someone who speaks Estonian, so locals only I'm afraid 🙂

Tom Harding, [17.10.2035 09:40]
Is 2,185 before tax? Last year a similar job at the Ministry paid 1,950 net

Marje K., [17.10.2035 09:44]
Yes gross. Deadline is the 20th, don't leave it to the last day, interviews are early December

Kadri, [17.10.2035 10:05]
👍 shared it with my sister
"""
write(f"{KEY}-chat.txt", CHAT, KEY)

BOARD = f"""TööLeidja.ee   Tööpakkumised   Tööandjad   CV   Logi sisse   EST | ENG | RUS
Avaleht › Tööpakkumised › Tallinn › Administratsioon

{TITLE}
NATO Force Integration Unit EstoniaTallinn, HarjumaaTäistööaegPalk 2185 € brutoKandideeri kuni 20.11.2035
Kandideeri   Salvesta   Jaga

{ORG} | {LOC} | {SCH} | Grade: {GRADE} (local civilian) | Security clearance: {CLR} | Salary: EUR 2,185 gross per month | Closing date: 20 November 2035, 16:00 (EET) | Ref. {KEY}

Job descriptionNFIU EST supports the reception of Allied forces in Estonia and their training with the Estonian Defence Forces. The Clerk works in the Registry of the Support Branch.
Main tasks{DUTIES[0]}
{lines(DUTIES[1:])}
Essential{ESS[0]}
{lines(ESS[1:])}
Desirable{DES[0]}
{lines(DES[1:])}
We offera local civilian contract under Estonian labour law, 28 days of annual leave, training in NATO security procedures.

Kuulutuse ID: TL-2035-66107 · Vaatamisi: 312

Sarnased pakkumised
Dokumendihaldur · Tallinn · 1 800 – 2 100 € · tähtaeg 25.11.2035
Arhivaar (riigiasutus) · Tartu · lisatud 14.10.2035

© 2035 TööLeidja.ee · Privaatsus · Küpsised
"""
write(f"{KEY}-jobboard.txt", BOARD, KEY)
