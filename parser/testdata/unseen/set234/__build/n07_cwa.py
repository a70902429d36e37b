from common import *
import textwrap

N = dict(
    ref="CWA/HR/VAC/07/2037", langs=["en"],
    title={"en": "Superintendent, Potable Water Production"},
    org={"en": "Central Water Authority"},
    loc={"en": "La Marie Treatment Works, Vacoas"},
    sched={"en": "Shift work, including nights, Sundays and public holidays"},
    deadline="2037-04-28",
    salary={"amount": None, "min": 46850, "max": 63950, "currency": "MUR", "period": "month"},
    grade=None,
    ess={"en": [
        "hold a Degree in Chemical Engineering, Civil Engineering or Environmental Science from a recognised institution;",
        "have at least four years' post-qualification experience in the operation of a water treatment plant;",
        "have a sound knowledge of coagulation, filtration and disinfection processes;",
        "be able to interpret laboratory results against national drinking water standards;",
        "be a citizen of the Republic of Mauritius.",
    ]},
    des={"en": [
        "Experience with SCADA-controlled plants.",
        "A valid driving licence (Category B).",
    ]},
    comp={"en": []},
)
DUT = ["to supervise the daily production of treated water and the work of Plant Operators on shift;",
       "to adjust chemical dosing in the light of raw water quality and laboratory results;",
       "to ensure that plant equipment is maintained and that breakdowns are reported without delay;",
       "to keep production records and submit monthly reports to the Manager, Operations;",
       "to perform such other cognate duties as may be assigned."]
SAL = "Rs 46,850 x 1,250 – 51,850 x 1,525 – 63,950 (MUR) monthly"
key = expected(N)
T = N["title"]["en"]

# 1. Newspaper classified page (fixed width 68)
W = 68
w = lambda s, ind="", sub=None: textwrap.fill(s, W, initial_indent=ind, subsequent_indent=sub if sub is not None else " " * len(ind))
p = ["THE MORNING TRIBUNE — Friday 3 April 2037 — Classifieds 27", "-" * W, "",
     "CENTRAL WATER AUTHORITY".center(W), "St Paul Road, Phoenix".center(W), "",
     "VACANCY NOTICE".center(W), f"Ref: {N['ref']}".center(W), "",
     w("Applications are invited from suitably qualified candidates for the post of "
       f"{T} at the Central Water Authority."), "",
     f"Post           : {T}",
     f"Organisation   : {N['org']['en']}",
     "Section        : Operations Department, Water Production Unit",
     f"Place of work  : {N['loc']['en']}",
     w(f"Hours of work  : {N['sched']['en']}", sub=" " * 17),
     w(f"Salary         : {SAL}", sub=" " * 17),
     "Closing date   : Tuesday 28 April 2037 at 15.00 hrs", "",
     "1. QUALIFICATIONS", "", "Candidates should:"]
for i, x in zip(["(i)", "(ii)", "(iii)", "(iv)", "(v)"], N["ess"]["en"]):
    p.append(w(x, ind=f"  {i:<6}", sub=" " * 8))
p += ["", "2. ADDED ADVANTAGE", ""] + [w(x, ind="  - ") for x in N["des"]["en"]]
p += ["", "3. DUTIES", "", "To be responsible to the Manager, Operations for the following:"]
for i, x in enumerate(DUT, 1):
    p.append(w(x, ind=f"  {i}. "))
p += ["", "4. MODE OF APPLICATION", "",
      w("Applications should be made on the prescribed form obtainable from the Human Resources Section "
        "or downloadable from the Authority's website, and should reach the General Manager not later than "
        "Tuesday 28 April 2037 at 15.00 hrs. Late applications will not be considered. Candidates should "
        "produce originals of their certificates at the interview, which is scheduled to start on 11 May 2037."),
      "", "General Manager (name withheld)".rjust(W), "Date: 2 April 2037".rjust(W), "", "-" * W,
      "FOR SALE".center(W),
      w("Toyota pickup 2031, 86,000 km, one owner, Rs 1,150,000 negotiable. Call 5 7XX XX 12 after 18.00."),
      "-" * W, "NOTICE OF WATER SUPPLY INTERRUPTION".center(W),
      w("Owing to pipe replacement works, supply will be interrupted at Rose-Hill (Plaisance) on Wednesday "
        "15 April 2037 from 09.00 to 16.00 hrs."), "-" * W, ""]
write(f"{key}-tribune.txt", "\n".join(p), N["ref"], "txt")

# 2. Authority's page saved as Markdown
md = ["<!-- saved from the Authority's Vacancies page -->",
      "[Home](https://cwa.example/) | [About CWA](https://cwa.example/about) | [Services](https://cwa.example/services) | "
      "[Procurement](https://cwa.example/procurement) | **Vacancies** | [Contact](https://cwa.example/contact)", "",
      "HOTLINE: 170 (fictitious)", "",
      f"# Notice of Vacancy — {T}", "",
      "*Published on 2 April 2037 · Human Resources Section*", "",
      "| | |", "|---|---|",
      f"| **Reference** | {N['ref']} |",
      f"| **Post** | {T} |",
      f"| **Organisation** | {N['org']['en']} |",
      "| **Section** | Operations Department, Water Production Unit |",
      f"| **Place of work** | {N['loc']['en']} |",
      f"| **Hours of work** | {N['sched']['en']} |",
      f"| **Salary** | {SAL} |",
      "| **Closing date** | 28/04/2037 at 15.00 hrs |", "",
      "## Qualifications", "", "Candidates should:", ""]
md += [f"{i}. {x}" for i, x in enumerate(N["ess"]["en"], 1)]
md += ["", "## Added advantage", ""] + [f"- {x}" for x in N["des"]["en"]]
md += ["", "## Duties", ""] + [f"* {x[0].upper() + x[1:]}" for x in DUT]
md += ["", "## Mode of application", "",
       "Applications on the prescribed form must reach the General Manager, Central Water Authority, "
       "St Paul Road, Phoenix, not later than **28 April 2037 at 15.00 hrs**. Interviews are expected to "
       "start on 11 May 2037.", "",
       "> Canvassing in any form will lead to disqualification.", "",
       "[Download Application Form (PDF)](https://cwa.example/forms/vac07.pdf) · "
       "[Archive of vacancies](https://cwa.example/vacancies/archive)", "",
       "---", "© 2037 Central Water Authority · Customer Charter · Charte du Client", ""]
write(f"{key}-cwa.md", "\n".join(md), N["ref"], "md")
