from common import *
REF = "NFIU-SVK-LC-2041-01"
TITLE = "Assistant (Movement Planning and Host Nation Liaison)"
ORG = "NATO Force Integration Unit Slovakia (NFIU SVK)"
LOC = "Bratislava, Slovakia"
SCH = "Full-time (37.5 hours per week)"
GRADE = "LC-4"
CLR = "NATO SECRET"
FACTS = [("Vacancy reference", REF), ("Position", TITLE), ("Organization", ORG), ("Location", LOC),
         ("Grade", GRADE), ("Working hours", SCH), ("Security clearance", CLR),
         ("Monthly salary", "EUR 2,537 gross"), ("Closing date", "22 February 2041, 15:00 (CET)")]
ABOUT = ("NFIU Slovakia facilitates the rapid deployment of Allied forces to the region and supports collective "
         "defence planning and exercises. Its J4 cell plans how arriving units are received, staged and moved "
         "onward, working with the Slovak Armed Forces, the railways and civil authorities.")
TASKS = ["Prepare movement tables, convoy requests and border-crossing documents",
         "Keep the cell's database of reception areas, railheads and host-nation contacts current",
         "Support the planning and conduct of deployment exercises",
         "Translate working documents and interpret at meetings with Slovak authorities"]
ESS = ["Secondary education completed with a school-leaving examination (maturita)",
       "At least three years of experience in military or civilian transport, logistics or freight forwarding",
       "Fluent Slovak and English (SLP 3333 or equivalent)",
       "Good command of Microsoft Office",
       "Slovak citizenship and eligibility for a NATO SECRET clearance",
       "Driving licence category B"]
DES = ["Previous service in the Slovak Armed Forces or in a NATO unit",
       "Knowledge of dangerous goods regulations (ADR/RID)",
       "A second NATO language"]
COMP = [("Reliability", "delivers accurate documents on time, also under pressure"),
        ("Communication", "passes information clearly between Allied staff and Slovak partners"),
        ("Flexibility", "copes with changes of plan and occasional work outside normal hours")]
APPLY = ("Send a CV in English and Slovak and a motivation letter to the NFIU SVK civilian HR office. Shortlisted "
         "candidates will be invited to a language test and an interview in Bratislava in the first week of March "
         "2041. Local civilian staff are employed under Slovak labour law.")

def build():
    expected(REF, None, ("en",), {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2041-02-22",
             sal(2537, "EUR"), GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP})
    L = ["Skip to content", "SK | EN", "NFIU SVK", "Home", "About us", "News", "Exercises", "Careers", "Contact", "",
         "Home / Careers / Vacancies", "",
         "VACANCY NOTICE – LOCAL CIVILIAN POSITION", "Posted: 21.01.2041", ""]
    L += [k + "\t" + v for k, v in FACTS]
    L += ["", "1. About the unit", ABOUT, "", "2. Main tasks"] + ["– " + x for x in TASKS]
    L += ["", "3. Essential requirements"] + ["– " + x for x in ESS]
    L += ["", "4. Desirable"] + ["– " + x for x in DES]
    L += ["", "5. Competencies"] + ["– " + n + ": " + d for n, d in COMP]
    L += ["", "6. How to apply", APPLY, "",
          "Latest news", "NFIU SVK hosts rail-loading workshop in Zvolen – 15.01.2041",
          "Vacancy closed: Clerk (Registry), closing date 10.01.2041", "",
          "© 2041 NATO Force Integration Unit Slovakia | Privacy | Accessibility"]
    write(REF + "-nfiu.txt", "\n".join(L), REF)
    T = ["Logistika & doprava – práca / jobs", "1 274 members", "",
         "Peter Baláž, [22.01.41 08:14]",
         "Good morning all, NFIU in Bratislava is hiring a local civilian for their J4 movements cell. Full text below 👇", "",
         "Peter Baláž, [22.01.41 08:15]", "VACANCY NOTICE – LOCAL CIVILIAN POSITION"]
    T += ["%s: %s" % (k, v) for k, v in FACTS]
    T += ["", "**About the unit**", ABOUT, "", "**Main tasks**"] + ["• " + x for x in TASKS]
    T += ["", "**Essential requirements**"] + ["• " + x for x in ESS]
    T += ["", "**Desirable**"] + ["• " + x for x in DES]
    T += ["", "**Competencies**"] + ["• " + n + ": " + d for n, d in COMP]
    T += ["", "**How to apply**", APPLY, "",
          "Zuzana K., [22.01.41 08:41]", "[In reply to Peter Baláž]", "Is that 2537 net or gross? 🤔", "",
          "Peter Baláž, [22.01.41 08:43]", "[In reply to Zuzana K.]", "Gross. Roughly 1 900 in hand I'd guess", "",
          "Martin Š., [22.01.41 09:02]", "Shared it with my brother, thanks. Deadline is before the spring exercise season 🙂"]
    write(REF + "-telegram.txt", "\n".join(T), REF)
