# -*- coding: utf-8 -*-
"""Job-board copies (browser select-all pastes) on invented boards: FIVB on PlayMaker Jobs, Isle of Man on ManxWork."""
import os
from data import N, ROOT


def fivb():
    n = N["fivb"]; R = n["requirements"]["en"]
    L = ["PlayMaker Jobs", "Jobs  Employers  Salary guide  Post a job  Sign in", "",
         "Home › Sport administration › Switzerland › Lausanne", "",
         n["title"]["en"],
         "Fédération Internationale de Volleyball (FIVB)Lausanne, SwitzerlandFull-time (100%)Permanent",
         "Posted 3 days ago · 412 views · 57 applicants", "",
         "Apply now    Save    Share", "",
         "Job details",
         f"Reference{n['reference']}Employer{n['organisation']['en']}Location{n['location']['en']}Workload{n['schedule']['en']}SalaryCHF 98,000 – 112,000 / yearClosing date22 Aug 2035",
         "", "About the job",
         "The FIVB is the international governing body of volleyball, beach volleyball and snow volleyball, with more than two hundred national federations and headquarters in Lausanne. In the Competitions and Technology department you will make sure that every match of the Beach Pro Tour produces complete, accurate and timely data: configure the results system before each event and train local scorers, supervise live data on site or remotely, publish official results and rankings, maintain the historical database of players and matches, and work with the broadcast partner on graphics and data feeds.",
         "", "Requirements", "Essential:"]
    L += ["* " + i for i in R["essential"]]
    L += ["Desirable:"] + ["* " + i for i in R["desirable"]]
    L += ["", "Competencies"] + [f"* {c['name']}: {c['description']}" for c in n["competencies"]["en"]]
    L += ["", "Start date: 1 November 2035. Interviews in Lausanne or by video during the week of 8 September 2035.",
          "How to apply: CV and cover letter in English, quoting FIVB-HR-2035-09, to careers@fivb.example.", "",
          "Tags: sports data  results systems  beach volleyball  SQL", "",
          "Similar jobs",
          "Event Operations Coordinator – International Cycling Union, Aigle · CHF 85k – 95k · closes 15 Sep 2035",
          "Digital Content Editor – European Handball Federation, Vienna · EUR 52k · closes 30 Aug 2035",
          "Data Analyst, Anti-Doping – International Testing Agency, Lausanne · closes 5 Sep 2035", "",
          "We use cookies to improve your experience. Accept all  Manage preferences", "",
          "© 2035 PlayMaker Jobs · Terms · Privacy · Contact"]
    return "\n".join(L) + "\n"


def iom():
    n = N["iom"]; R = n["requirements"]["en"]
    L = ["ManxWork", "Search jobs | Public sector | Finance | Hospitality | Advice | Log in", "",
         "< Back to results (38)", "",
         n["title"]["en"], "", "Isle of Man Government", "Douglas", "£52,118 - £57,664", "Closing: 08/08/2035", "",
         "Summary", "", f"Job reference: {n['reference']}", f"Employer: {n['organisation']['en']}",
         "Department: Department of Infrastructure – Ports Division", f"Location: {n['location']['en']}",
         "Grade: HPTO", f"Hours: {n['schedule']['en']}", "Contract: Permanent", "Salary: £52,118 – £57,664 per annum",
         "Posted: 18/07/2035", "Closing date: 08/08/2035 12:00", "",
         "Description", "",
         "The Harbour Engineer is responsible for the safe condition of the Island's harbours, their breakwaters, quays, linkspans and navigation aids. You will plan inspections and maintenance, manage contractors and advise the Harbour Master on engineering risks. Works have to be planned around sailings, tides and weather, and the post holder takes part in a call-out rota.",
         "", "Essential criteria", ""]
    L += ["- " + i for i in R["essential"]]
    L += ["", "Desirable criteria", ""] + ["- " + i for i in R["desirable"]]
    L += ["", "Behaviours", ""] + [f"- {c['name']}: {c['description']}" for c in n["competencies"]["en"]]
    L += ["", "A work permit will be needed by applicants who are not Isle of Man workers; a relocation package of up to £5,000 is available.",
          "", "Apply on the employer's website", "", "Jobs you may also like", "",
          "Assistant Harbour Master – Ports Division – £44,210 - £48,905 – closing 29/08/2035",
          "Civil Engineering Technician – Highways – £36,102 - £40,377 – closing 21/08/2035", "",
          "ManxWork uses cookies. OK", ""]
    return "\n".join(L)


if __name__ == "__main__":
    open(os.path.join(ROOT, "fivb-hr-2035-09-playmakerjobs.txt"), "w", encoding="utf-8").write(fivb())
    open(os.path.join(ROOT, "doi-35-0719-manxwork.txt"), "w", encoding="utf-8").write(iom())
