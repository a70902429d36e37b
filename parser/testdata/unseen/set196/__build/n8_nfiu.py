"""304829 - NATO Force Integration Unit Slovakia (EN): a group chat copied as text with the vacancy pasted."""
from common import write, expected, sal, bi

REF = "304829"
TITLE = "Movement Support Assistant (Reception and Onward Movement)"
ORG = "NATO Force Integration Unit Slovakia (NFIU SVK)"
ESS = [
    "Completed secondary education;",
    "At least 3 years of experience in transport, freight forwarding or military movement control;",
    "Good knowledge of the road and rail network of Slovakia and of border crossing procedures;",
    "Valid driving licence category B;",
    "Slovak: native or fluent; English: SLP 3232 or higher;",
    "Eligibility for a NATO SECRET security clearance.",
]
DES = [
    "Experience with dangerous goods transport rules (ADR/RID);",
    "Knowledge of Hungarian or Polish.",
]
E = dict(reference=REF, post_number=None, languages=["en"], title=bi(TITLE), organisation=bi(ORG),
         location=bi("Bratislava, Slovakia"), schedule=bi("Full-time, 37.5 hours per week"),
         deadline="2034-02-24", salary=sal(2165), grade="LC-4", clearance="NATO SECRET",
         requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
         competencies={"en": [], "fr": None})


def chat():
    ess = "\n".join("- " + i for i in ESS)
    des = "\n".join("- " + i for i in DES)
    return f"""Reservists SVK - West 🇸🇰
47 members

Tomáš Kollár 08:12
Morning all. Anyone still looking for a civilian job? NFIU just put this out, pasting below 👇

Tomáš Kollár 08:13
NATO UNCLASSIFIED
VACANCY ANNOUNCEMENT – LOCAL CIVILIAN POST
Vacancy reference: {REF}
Post title: {TITLE}
Organization: {ORG}
Section: J4 Logistics / Movement Support Cell
Duty station: Bratislava, Slovakia
Grade: LC-4 (local civilian)
Working hours: Full-time, 37.5 hours per week
Security clearance: NATO SECRET
Salary: EUR 2,165 gross per month
Closing date: 24 February 2034, 16:00 (CET)

Main tasks:
- plan and track the road and rail movements of Allied units arriving in Slovakia;
- coordinate with the Slovak Armed Forces, the railways and the police on convoy escorts and border crossings;
- prepare movement requests, diplomatic clearance requests and daily movement reports;
- support exercises hosted in Slovakia.

Essential requirements:
{ess}

Desirable:
{des}

How to apply: application form + CV in English to nfiu.svk.recruitment@mil.example, subject "{REF}". Interviews will be held in Bratislava in March 2034.
NATO UNCLASSIFIED

Zuzana Hrnčiarová 08:20
Thanks! Is it open to people who are still in the active reserve?
👍 2

Tomáš Kollár 08:22
↪ Zuzana Hrnčiarová: Is it open to people who are still in the active reserve?
Yes as far as I know, you just declare it in the form

Marek Baláž 08:31
2,165 is not bad for LC-4. The driver post last year was 1,650 and closed 15 March, nobody from here got it 😅

Zuzana Hrnčiarová 08:33
haha. ok I'll try, will send by the 20th to be safe

Peter Novotný 09:05
Shared with my brother in Trnava 🙏
❤️ 1

Seen by 31
"""


def build():
    expected(E)
    write(f"{REF}-chat.txt", chat(), REF)
