from common import *

KEY = "NFIU-EST-HR-2038-02"
TITLE = "Assistant (Host Nation Infrastructure Database)"
ORG = "NATO Force Integration Unit Estonia (NFIU EST)"
LOC = "Tallinn, Estonia"
SCH = "Full-time, 40 hours per week"
GRADE, CLR = "LC-5", "NATO SECRET"
ESS = [
    "Secondary education and at least three years of experience in data administration, GIS or facility records;",
    "Very good knowledge of MS Excel and Access or a comparable database tool;",
    "Estonian at native level and English at NATO SLP 3332;",
    "Estonian citizenship and eligibility for a NATO SECRET clearance;",
    "Valid driving licence (category B).",
]
DES = [
    "Experience with QGIS or ArcGIS;",
    "Service in the Estonian Defence Forces or the Defence League;",
    "Knowledge of Russian or Finnish.",
]
INTRO = ("NFIU Estonia links the Estonian Defence Forces with the NATO Force Structure and prepares the reception of "
         "Allied forces. The Host Nation Support cell keeps records of the training areas, ports, rail heads, "
         "accommodation and fuel points that can be offered to Allied units. The cell works closely with the Estonian "
         "Defence Forces' host nation support centre, with municipalities and with commercial partners, and its "
         "records are used by planners in Szczecin, Brunssum and Mons.")
TASKS = [
    "a) keep the host nation infrastructure database up to date;",
    "b) collect information from Estonian agencies and municipalities and check it on site;",
    "c) prepare maps, fact sheets and tables for planning conferences;",
    "d) support the cell during exercises, including shift work when required;",
    "e) keep the cell's contact lists of Estonian authorities, port operators and rail companies current;",
    "f) assist visiting Allied planning teams during reconnaissance visits, including the preparation of routes and site books.",
]


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2038-03-22",
             (2472, None, None, "EUR", "month"), GRADE, CLR, {"en": (ESS, DES)}, {"en": []})
    chat = f"""[14.02.2038, 18:02] Kadri (Reservists Harju): Good evening all, NFIU is hiring again. Text below as I got it from their HR 👇
[14.02.2038, 18:03] Kadri (Reservists Harju): *VACANCY ANNOUNCEMENT*
*{TITLE}*

Reference: {KEY}
Organization: {ORG}
Location: {LOC}
Grade: {GRADE}
Working hours: {SCH}
Salary: EUR 2,472 gross per month
Security clearance: {CLR}
Deadline for applications: 22.03.2038, 16:00 (EET)

*1. About us*
{INTRO}

*2. Tasks*
{lines(TASKS)}

*3. Essential requirements*
{lines(ESS, '🔹 ')}

*4. Desirable*
{lines(DES, '🔸 ')}

*5. How to apply*
CV and motivation letter in English to hr@nfiu-est.example, subject line "{KEY}". Interviews in early April.
[14.02.2038, 18:05] Mart: 👍 last time the LC-4 one paid around 2 200
[14.02.2038, 18:07] Kadri (Reservists Harju): That was 2036, and the deadline was in January. This one closes on the 22nd.
[14.02.2038, 18:09] Liis: Forwarded to my brother, thanks!
[14.02.2038, 18:15] Mart: <Media omitted>
"""
    write(f"{KEY}-whatsapp.txt", chat, KEY)

    board = f"""tööpakkumised.example   Jobs   Companies   CV   EN | ET | RU

{TITLE}NATO Force Integration Unit EstoniaTallinnFull-timeEUR 2,472 gross per monthApply by 22.03.2038

Reference: {KEY} | Organization: {ORG} | Location: {LOC} | Grade: {GRADE} | Working hours: {SCH} | Security clearance: {CLR}

About us{INTRO}

Tasks{TASKS[0]}
{lines(TASKS[1:])}

Essential requirements{ESS[0]}
{lines(ESS[1:])}

Desirable{DES[0]}
{lines(DES[1:])}

How to applyCV and motivation letter in English to hr@nfiu-est.example.

Ad ID 1948207 · Viewed 412 times

Similar jobs
GIS specialist · Transport Administration · Tallinn · 2 100 - 2 600 € · until 15.03.2038
Data administrator · Ministry of Defence · Tallinn · until 01.04.2038
"""
    write(f"{KEY}-jobboard.txt", board, KEY)
