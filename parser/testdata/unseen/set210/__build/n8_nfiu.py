"""321815 - NATO Force Integration Unit Poland, Bydgoszcz (EN): a Teams chat paste and a Polish board copy."""
from common import *

REF = "321815"
TITLE = "Assistant (Convoy Permits and Interpreting)"
ORG = "NATO Force Integration Unit Poland (NFIU POL)"
LOC = "Bydgoszcz, Poland"
SCH = "Full-time, 40 hours per week"
GRADE = "LC-4"
CLR = "NATO SECRET"

ESS = [
    "secondary education completed with the Polish matura examination;",
    "at least three years of experience in transport, logistics or freight forwarding, or in a military logistics unit;",
    "proven experience as an interpreter between Polish and English in meetings or on site visits;",
    "English at SLP 3333 and Polish as mother tongue or equivalent;",
    "a valid category B driving licence;",
    "eligibility for a NATO SECRET security clearance.",
]
DES = [
    "knowledge of the Polish regulations on the movement of military convoys;",
    "experience with a movement tracking or warehouse management system;",
    "a second foreign language (German or Lithuanian).",
]
TASKS = [
    "supports the J4 movement staff in planning the reception and onward movement of Allied units through Polish territory;",
    "keeps contact with railway, road and port authorities and records the permits obtained;",
    "interprets during meetings, reconnaissance visits and exercises;",
    "translates letters and short documents between Polish and English;",
    "maintains the unit's contact lists and movement logs.",
]


def notice(marker, ind=""):
    return f"""NATO UNCLASSIFIED
VACANCY ANNOUNCEMENT {REF}
Post title: {TITLE}
Organization: {ORG}
Duty station: {LOC}
Grade: {GRADE} (local civilian)
Working hours: {SCH}
Salary: PLN 9,780 gross per month
Security clearance: {CLR}
Closing date: 25 April 2035, 15:00 (CEST)

Main tasks:
{bullets(TASKS, marker, ind)}
Essential requirements:
{bullets(ESS, marker, ind)}
Desirable:
{bullets(DES, marker, ind)}
Contract: local civilian contract under Polish labour law, one year with possibility of extension.
Applications (CV and motivation letter in English) to recruitment@nfiupol.example quoting {REF}.
NATO UNCLASSIFIED"""


CHAT = f"""NFIU POL – Host Nation Liaison (Teams chat)
14 members

Marta Zielińska 09:02
Morning all, HR asked us to share this with anyone who might know a good candidate 👇

Marta Zielińska 09:03
{notice("- ")}

Tomasz K. 09:10
Is this the one replacing Piotr? His contract runs to the end of June.

Marta Zielińska 09:11
Yes. Last time they paid 8,900 for the same job, so it went up a bit.

Maj. Henriksen 09:15
↪ Tomasz K.: Is this the one replacing Piotr?
Please keep names out of the chat. HR will send the interview dates (probably 12–14 May).

Tomasz K. 09:16
👍 sorry

Marta Zielińska 09:20
Shared on the garrison Facebook page as well. Deadline is the 25th, don't wait till the last day.
Seen by 11
"""

BOARD = f"""praca-bydgoszcz.example.pl
Oferty pracy  |  Pracodawcy  |  Dodaj ogłoszenie  |  Zaloguj
Strona główna › Logistyka › Bydgoszcz
{TITLE}
NATO Force Integration UnitBydgoszczOpublikowano 5 dni temu
9 780 zł brutto / mies.Pełny etatWażna do 25.04.2035
Aplikuj
Szczegóły oferty
Post title{TITLE}Organization{ORG}Duty station{LOC}Grade{GRADE} (local civilian)Working hours{SCH}SalaryPLN 9,780 gross per monthSecurity clearance{CLR}Closing date25 April 2035, 15:00 (CEST)
Main tasks:{TASKS[0]}
{bullets(TASKS[1:], "")}
Essential requirements:{ESS[0]}
{bullets(ESS[1:], "")}
Desirable:{DES[0]}
{bullets(DES[1:], "")}
Contract: local civilian contract under Polish labour law, one year with possibility of extension.
Applications (CV and motivation letter in English) to recruitment@nfiupol.example quoting {REF}.
ID ogłoszenia: PB-2035-77120
Zgłoś ogłoszenie
Podobne oferty
Spedytor międzynarodowy – Bydgoszcz – 7 000 - 8 500 zł brutto – ważna do 30.04.2035
Tłumacz języka angielskiego – Toruń – ważna do 18.04.2035
"""


def build():
    expected(REF, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, schedule={"en": SCH}, deadline="2035-04-25",
             salary=sal(9780, "PLN"), grade=GRADE, clearance=CLR,
             req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": []})
    write(f"{REF}-chat.txt", CHAT, REF)
    write(f"{REF}-jobboard.txt", BOARD, REF)
