"""561388 - International Military Staff, Office of the Public Affairs and Strategic
Communications Advisor (PASCA). EN only. Word notice (pandoc .docx -> LibreOffice PDF) + dump;
Signal group chat paste."""
import os
from common import *

KEY = "561388"
POST = "IMS PAS MMC 0020"
T = {"en": "Staff Assistant (Media Monitoring and Content)"}
ORG = {"en": "International Military Staff (IMS)"}
LOC = {"en": "NATO Headquarters, Brussels, Belgium"}
SCH = {"en": None}
DL = "2044-08-05"
SAL = sal(4588.19)
GRADE, CLR = "B-4/G-11", "NATO SECRET"
DIV = "Office of the Public Affairs and Strategic Communications Advisor (PASCA)"

CONTEXT = ("The Public Affairs and Strategic Communications Advisor (PASCA) advises the Chairman of the Military Committee and the "
           "Director General of the International Military Staff on public affairs and on the military aspects of NATO strategic "
           "communications. The office monitors the media, prepares the Chairman's public appearances and runs the IMS web and "
           "social media channels. The incumbent produces the daily media summaries of the office and prepares content for the "
           "IMS channels, under the direction of the Public Affairs Officer.")
DUTIES = [
    "Monitor international and specialised defence media every morning and compile the daily media summary for the Military Committee.",
    "Draft short news items, captions and posts on the activities of the Chairman and of the Military Committee.",
    "Maintain the photo and video archive of the office and apply the rules on image rights and classification.",
    "Prepare media packs and background notes for visits and conferences.",
    "Keep the media contact list and the distribution lists up to date.",
    "Act as the office's point of contact for the NATO HQ media operations centre during Military Committee sessions.",
]
ESS = [
    "Higher secondary education and at least four years of experience in journalism, public relations or media monitoring.",
    "Very good knowledge of English, written and spoken (SLP 3333).",
    "Proven drafting skills and the ability to summarise complex information quickly.",
    "Experience of content management systems and of the main social media platforms.",
    "Basic knowledge of photo and video editing software.",
]
DES = [
    "A university degree in journalism, communication or international relations.",
    "Knowledge of French (SLP 2222).",
    "Experience in a military or governmental public affairs office.",
    "Familiarity with NATO's structure and its military authorities.",
]
COMP = [
    ("Accuracy", "checks facts and sources before anything leaves the office."),
    ("Discretion", "handles classified and sensitive information with care."),
    ("Resilience", "keeps to deadlines during early starts and busy sessions."),
    ("Teamwork", "shares information and supports colleagues across the IMS."),
]
REMARKS = [
    "The successful candidate will be offered a three-year definite duration contract, which may be renewed.",
    "The basic salary is 4,588.19 EUR per month, tax free, to which allowances may be added according to the NATO Civilian Personnel Regulations.",
    "Applications must reach the IMS Civilian Human Resources Office no later than Friday 5 August 2044 at 23:59 hours (Brussels time). Late applications will not be considered.",
    "A written test and interviews are planned for the week of 12 September 2044.",
]

MD = f"""::: {{custom-style="Classification"}}
NATO UNCLASSIFIED
:::

**NORTH ATLANTIC TREATY ORGANIZATION**\\
**ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD**\\
**INTERNATIONAL MILITARY STAFF**\\
**ÉTAT-MAJOR MILITAIRE INTERNATIONAL**\\
B-1110 BRUSSELS, BELGIUM

IMSM-0611-2044 (PASCA)  18 July 2044

# STAFF VACANCY {KEY}

|  |  |
|---|---|
| ORGANISATION: | {ORG['en']} |
| DIVISION: | {DIV} |
| POST TITLE: | {T['en']} |
| POST NUMBER: | {POST} |
| NATO GRADE: | {GRADE} |
| SECURITY CLEARANCE: | {CLR} |
| LOCATION: | {LOC['en']} |

**1. Post Context.** {CONTEXT}

**2. Principal Duties.** The incumbent's duties are to:

{chr(10).join(f'{chr(97+i)}. {d}' for i, d in enumerate(DUTIES))}

**3. Essential Qualifications.**

{chr(10).join(f'{chr(97+i)}. {d}' for i, d in enumerate(ESS))}

**4. Desirable Qualifications.**

{chr(10).join(f'{chr(97+i)}. {d}' for i, d in enumerate(DES))}

**5. Attributes/Competencies.**

{chr(10).join(f'{chr(97+i)}. {n}: {d}' for i, (n, d) in enumerate(COMP))}

**6. Remarks.**

{chr(10).join(f'{chr(97+i)}. {d}' for i, d in enumerate(REMARKS))}

::: {{custom-style="Classification"}}
NATO UNCLASSIFIED
:::
"""


def signal():
    L = lambda items: "\n".join(f"{chr(97+i)}) {d}" for i, d in enumerate(items))
    return f"""Signal  ·  PA & StratCom alumni BXL  ·  34 members

Tue, 19 Jul

Marta K.  08:52
Morning all ☕ IMS just published something that looks made for one of you. Pasting the whole thing because the portal link only works on the NATO network 👇

Marta K.  08:53
STAFF VACANCY {KEY}
ORGANISATION: {ORG['en']}
DIVISION: {DIV}
POST TITLE: {T['en']}
POST NUMBER: {POST}
NATO GRADE: {GRADE}
SECURITY CLEARANCE: {CLR}
LOCATION: {LOC['en']}

1. Post Context. {CONTEXT}

2. Principal Duties. The incumbent's duties are to:
{L(DUTIES)}

3. Essential Qualifications.
{L(ESS)}

4. Desirable Qualifications.
{L(DES)}

5. Attributes/Competencies.
{chr(10).join(f'{chr(97+i)}) {n}: {d}' for i, (n, d) in enumerate(COMP))}

6. Remarks.
{L(REMARKS)}

Marta K.  08:53
(edited) sorry for the wall of text 🙈

Jonas D.  09:20
Thanks! The 4 Aug is our mess dinner, anybody going? 😄
👍 3

Aylin S.  09:41
Sending it to my cousin, she did the monitoring desk at the MoD for five years. Do you know if the test is in person?

Marta K.  09:44
In person, week of 12 Sept per the notice. Deadline is the 5th, not the 15th, I misread it first

Aylin S.  09:45
🙏

Jonas D.  10:02
Also reminder: the alumni drinks moved to Thursday 28 July, Place Lux, 18:30
❤️ 5
"""


def build():
    md = os.path.join(BUILD, f"{KEY}-ims.md")
    with open(md, "w", encoding="utf-8") as f:
        f.write(MD)
    libreoffice(md, f"{KEY}-ims.libreoffice.pdf")
    dump(f"{KEY}-ims.libreoffice.pdf", KEY)
    write(f"{KEY}-signal.txt", signal(), KEY)
    expected(KEY, ["en"], T, ORG, LOC, SCH, DL, SAL, GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP},
             post_number=POST)
