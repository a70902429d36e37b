from common import *
REF = "WTO/INT/2034/07"
KEY = "wto-int-2034-07"
E = blank(["en"])
E["reference"] = REF
E["title"]["en"] = "Intern, Agriculture and Commodities Division"
E["organisation"]["en"] = "World Trade Organization"
E["location"]["en"] = "Geneva, Switzerland"
E["schedule"]["en"] = "Full-time"
E["deadline"] = "2034-03-12"
E["salary"] = sal(amount=2880, cur="CHF", period="month")
E["requirements"]["en"] = {
 "essential": [
  "A master's degree in economics, agricultural economics or international trade, completed or in its final year.",
  "Good knowledge of the WTO Agreement on Agriculture and of agricultural support measures.",
  "Ability to handle large datasets in Excel and in a statistical package such as Stata or R.",
  "Excellent written English."],
 "desirable": [
  "Working knowledge of French or Spanish.",
  "Previous research on food security or commodity markets."]}
E["competencies"]["en"] = [{"name": n, "description": ""} for n in ["Analytical thinking", "Communication", "Teamwork", "Initiative"]]
R = E["requirements"]["en"]
FACTS = [("Vacancy number", REF), ("Division", "Agriculture and Commodities Division"), ("Type", "Internship"),
         ("Duration", "Six months, starting 1 June 2034"), ("Working time", "Full-time"),
         ("Location", "Geneva, Switzerland"), ("Monthly stipend", "CHF 2,880"), ("Deadline for applications", "12 March 2034")]
INTRO = ("The World Trade Organization is the only global international organization dealing with the rules of trade "
         "between nations. Its Secretariat offers a limited number of internships to postgraduate students who wish to "
         "gain practical experience and a deeper understanding of the multilateral trading system.")
TASKS = ["Update the tables on domestic support notified by members and check them against the schedules.",
         "Prepare background notes for meetings of the Committee on Agriculture.",
         "Assist in the organization of a regional workshop on export restrictions.",
         "Help draft the Division's contribution to the annual trade monitoring report."]

def md():
    facts = "\n".join(f"| **{a}** | {b} |" for a, b in FACTS)
    return f"""[Skip to main content](#main) · [WTO home](https://www.wto.example/) · [Français](#) · [Español](#)

Home > About WTO > Careers > Internships > {E['title']['en']}

# {E['title']['en']}

| | |
|---|---|
{facts}

[Apply online](#) · [Internship FAQ](#)

## About the WTO

{INTRO}

## What you will do

Under the supervision of a Counsellor in the Agriculture and Commodities Division, the intern will:

""" + "\n".join(f"* {x}" for x in TASKS) + """

## Essential qualifications

""" + "\n".join(f"* {x}" for x in R["essential"]) + """

## Desirable

""" + "\n".join(f"* {x}" for x in R["desirable"]) + """

## Competencies

""" + "\n".join(f"* {c['name']}" for c in E["competencies"]["en"]) + """

## Eligibility

Candidates must be nationals of a WTO member and must not have held a WTO internship before. Interns are responsible for their own health insurance and for arranging a Swiss residence permit, with help from the Secretariat.

## Stipend

Interns receive a monthly stipend of CHF 2,880 to cover living expenses in Geneva. The WTO does not pay travel to and from Geneva.

*Selected candidates will be contacted by 10 April 2034. Only applications submitted through the online system are considered.*

---
© World Trade Organization · Contact us · Privacy · Site map
"""

def email():
    L = ["From: Career Services <careers@graduate-institute.example>",
         "Sent: Monday, 20 February 2034 09:15",
         "To: MA-Economics-2034 <ma-eco-2034@lists.graduate-institute.example>",
         "Subject: [Careers Weekly] Internships at the WTO, a UN-system fair and CV clinic dates", "",
         "Dear students,", "",
         "Three items this week:", "",
         "1. CV clinic: 27 February and 6 March, 12:30-14:00, room S8. Book through the portal.",
         "2. International Geneva careers fair: 15 March 2034, Maison de la paix (no registration needed).",
         "3. The WTO has opened an internship that fits the agricultural trade track. The text as published:", "",
         "----------------------------------------------------------------------", ""]
    L += [E["title"]["en"], "World Trade Organization", ""]
    L += [f"{a}: {b}" for a, b in FACTS]
    L += ["", INTRO, "", "What you will do"] + [f"  * {x}" for x in TASKS]
    L += ["", "Essential qualifications"] + [f"  * {x}" for x in R["essential"]]
    L += ["", "Desirable"] + [f"  * {x}" for x in R["desirable"]]
    L += ["", "Competencies"] + [f"  * {c['name']}" for c in E["competencies"]["en"]]
    L += ["", "Eligibility: nationals of WTO members who have not held a WTO internship before.",
          "Stipend: CHF 2,880 per month; no travel paid.", "",
          "----------------------------------------------------------------------", "",
          "If you apply, please let us know: we keep a record of placements for the accreditation report.", "",
          "Best wishes,", "Career Services", "",
          "You receive this message because you are enrolled in a master's programme. Unsubscribe: reply STOP."]
    return "\n".join(L) + "\n"

def build():
    write_expected(KEY, E)
    write(KEY + "-wto.md", md(), KEY, "md")
    write(KEY + "-careers-newsletter.txt", email(), KEY, "txt")
