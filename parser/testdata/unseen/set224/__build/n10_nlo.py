from common import *
REF = "NLO-JOR-LE-2036-01"
T = "Assistant (Protocol and Outreach Events)"
ORG = "NATO Liaison Office Jordan (NLO Jordan)"
LOC = "Amman, Jordan"
SCH = "Full-time"
ESS = [
 "Bachelor's degree in public relations, hospitality management, international relations or a related field",
 "At least three years of experience in protocol, event organisation or the office of an embassy or international organisation",
 "Excellent Arabic and English, spoken and written (English at least SLP 3333)",
 "Jordanian nationality or a valid Jordanian residence and work permit",
 "Eligibility for a NATO CONFIDENTIAL security clearance",
]
DES = [
 "Experience of working with military delegations",
 "Knowledge of French",
 "Experience in managing social-media accounts for an institution",
]
DUT = [
 "Organises visits, meetings and outreach events of the Office, including invitations, venues, catering and interpretation",
 "Keeps the Office's protocol lists and contact files up to date",
 "Coordinates with the Jordanian Ministry of Foreign Affairs and the Jordan Armed Forces on visit programmes",
 "Drafts short event reports and social-media posts in Arabic and English",
 "Supports the administrative officer with procurement files for events",
]
INTRO = ("The NATO Liaison Office Jordan supports political dialogue and practical cooperation between NATO and the Hashemite Kingdom of Jordan, "
         "including the defence capacity building programme. The Office is a small team of international and locally employed staff.")
APPLY = ("Send a CV and a cover letter in English to vacancies@nlo-jordan.example, quoting the reference number in the subject line. "
         "Shortlisted candidates will be invited to a written test and an interview in Amman in July 2036.")

def build():
    expected(REF, None, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2036-06-30",
             sal(1465, cur="JOD"), "LE-6", "NATO CONFIDENTIAL", {"en": {"essential": ESS, "desirable": DES}}, {"en": []})
    facts = [("Reference number", REF), ("Organization", ORG), ("Location", LOC), ("Grade", "LE-6 (locally employed staff)"),
             ("Type of employment", SCH), ("Monthly salary", "JOD 1,465 gross"), ("Security clearance", "NATO CONFIDENTIAL"),
             ("Closing date", "30 June 2036, 15:00 (Amman time)")]
    page = f"""Skip to content
AR | EN
NATO Liaison Office Jordan
Home
About the Office
NATO and Jordan
Events
Vacancies
Contact
Home › Vacancies › {T}
Published: 18.05.2036
Vacancy: {T}
{chr(10).join(k + chr(10) + v for k, v in facts)}
About the Office
{INTRO}
Main tasks
{chr(10).join(DUT)}
Required
{chr(10).join(ESS)}
Desirable
{chr(10).join(DES)}
How to apply
{APPLY}
Share: Facebook X LinkedIn E-mail
Latest news
12.05.2036 Jordanian officers complete NATO crisis-management course
04.05.2036 Outreach seminar with university students in Irbid
Vacancy: Driver (closed 20.04.2036)
© 2036 NATO Liaison Office Jordan · Privacy
"""
    write(f"{REF}-nlo.txt", page, REF)
    chat = f"""Telegram · Amman Expats & Internationals · 2,814 members

Lina H., [19.05.36 10:02]
Anyone looking for protocol / events work? NATO office is hiring a local assistant, pasting the whole post 👇

Lina H., [19.05.36 10:03]
*{T}*
{chr(10).join(f"{k}: {v}" for k, v in facts)}

About the Office: {INTRO}

Main tasks:
{chr(10).join('▪️ ' + d for d in DUT)}

Required:
{chr(10).join('▪️ ' + d for d in ESS)}

Desirable:
{chr(10).join('▪️ ' + d for d in DES)}

How to apply: {APPLY}

Omar K., [19.05.36 10:15]
[In reply to Lina H.]
1,465 is that before tax? My cousin said they used to offer 1,350

Lina H., [19.05.36 10:17]
It says gross. Closing 30 June

Dana, [19.05.36 10:31]
Do they accept French instead of Arabic? 😅

Lina H., [19.05.36 10:33]
Arabic is required, French is only a plus
"""
    write(f"{REF}-chat.txt", chat, REF)
