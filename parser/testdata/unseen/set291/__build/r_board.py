# Job-board copies, an e-mail forward and a chat paste (text and Markdown), written beside the notices.
import os
from data import N, ROOT


def moorland():
    n = N["dartmoor"]
    L = ["Skip to main content", "MoorlandJobs", "Home | Search jobs | Employers | Career advice | Sign in", "",
         "Home > Jobs > Devon > Heritage & archaeology", "",
         n["title"]["en"], n["org"]["en"], "Posted 9 days ago · 212 views", "", "Apply now    Save job", "",
         "Job details", "",
         "Reference", "", n["ref"], "",
         "Employer", "", n["org"]["en"], "",
         "Location", "", n["loc"]["en"], "",
         "Salary", "", "£33,140 - £36,420 per year", "",
         "Grade", "", n["grade"], "",
         "Hours", "", n["sched"]["en"], "",
         "Contract type", "", "Permanent", "",
         "Closing date", "", "16/01/2042 12:00", "",
         "About the role", "",
         "Dartmoor's granite uplands hold one of the densest prehistoric landscapes in Europe. As our archaeology officer you will advise on planning cases, look after the historic environment record and work with the people who farm the moor.", "",
         "Essential criteria", ""] + ["• " + x for x in n["ess"]["en"]] + ["", "Desirable criteria", ""] + \
        ["• " + x for x in n["des"]["en"]] + ["", "Our values: " + ", ".join(a for a, _ in n["comp"]["en"]), "",
         "Please apply on the Authority's own form. CVs alone are not accepted. Interviews: 29/01/2042.", "",
         "Similar jobs", "",
         "Ranger (Western Moor) – Exmouth area – £27,800 - £29,900 – closes 09/01/2042",
         "Heritage Lottery Project Officer – Okehampton – £30,150 – closes 23/01/2042", "",
         "We use cookies to improve your experience. Accept all | Manage settings",
         "© 2041 MoorlandJobs Ltd · Privacy · Terms"]
    return "\n".join(L) + "\n"


def wintersport():
    n = N["fil"]
    L = ["WinterSportJobs", "Jobs  Federations  Events  Post a job  Log in", "",
         n["title"]["en"],
         n["org"]["en"] + " · " + n["loc"]["en"],
         "Full-timeOn-siteManagement",
         "Posted 6 days ago · 418 views · 23 applicants", "",
         "Reference" + n["ref"] + "Hours" + n["sched"]["en"] + "Salary€56k – €64k per yearStart1 May 2042Closing date20 Jan 2042", "",
         "About the job", "",
         "The FIL is looking for a manager to grow natural track luge: development plan, coaching courses, youth camps in new luge nations and support to event organisers.", "",
         "Requirements:"] + ["* " + x for x in n["ess"]["en"]] + ["", "Nice to have:"] + ["* " + x for x in n["des"]["en"]] + \
        ["", "How we work:"] + ["* " + a + ": " + b for a, b in n["comp"]["en"]] + \
        ["", "Tags: luge · sport development · winter sports · Bavaria", "",
         "Similar jobs", "Event Coordinator – IBU Cup – €44k – €50k – apply by 15 Jan 2042",
         "Athlete Services Officer – Innsbruck – €47k – apply by 2 Feb 2042", "",
         "This site uses cookies. OK"]
    return "\n".join(L) + "\n"


def artisanat_md():
    n = N["cma"]
    L = ["[Accueil](https://artisanatemploi.example/) > [Offres](https://artisanatemploi.example/offres) > Bourgogne-Franche-Comté", "",
         "# " + n["title"]["fr"], "",
         "**" + n["org"]["fr"] + "** · publiée il y a 5 jours", "",
         "`CDI` `Temps plein` `Conseil aux entreprises`", "",
         "**Référence** : " + n["ref"] + "  ",
         "**Lieu** : " + n["loc"]["fr"] + "  ",
         "**Horaires** : " + n["sched"]["fr"] + "  ",
         "**Salaire** : 28 - 32,5 k€ brut annuel  ",
         "**Date limite** : 31/01/2042", "",
         "## Le poste", "",
         "Vous accompagnez les artisans du département, de la création à la transmission : diagnostics, financements, ateliers collectifs et permanences à Lure et à Gray.", "",
         "## Profil recherché", ""] + ["* " + x for x in n["ess"]["fr"]] + ["", "## Atouts", ""] + \
        ["* " + x for x in n["des"]["fr"]] + ["", "## Savoir-être", ""] + \
        ["* **" + a + "** : " + b for a, b in n["comp"]["fr"]] + \
        ["", "[Postuler](https://artisanatemploi.example/postuler/cma70)", "",
         "## Offres similaires", "",
         "* Chargé·e de formation apprentissage – Besançon – 27 - 30 k€ – 24/01/2042",
         "* Assistant·e formalités des entreprises – Dole – 24 k€ – 07/02/2042", "",
         "_Ce site utilise des cookies. [Paramétrer](https://artisanatemploi.example/cookies)_"]
    return "\n".join(L) + "\n"


def ilzsg_email():
    n = N["ilzsg"]
    L = ["From: Secretariat ILZSG <secretariat@ilzsg.example>",
         "Sent: Wednesday, 3 December 2041 10:14",
         "To: Statistics contacts list",
         "Subject: FW: Vacancy announcement " + n["ref"] + " – " + n["title"]["en"], "",
         "Dear colleagues,", "",
         "Please share the vacancy below with anyone in your network who may be interested. The full announcement (3 pages) is on our website.", "",
         "Kind regards,", "Secretariat", "",
         "-----Original Message-----",
         "From: Human Resources <hr@ilzsg.example>",
         "Sent: Tuesday, 2 December 2041 16:40",
         "Subject: Vacancy announcement " + n["ref"], "",
         "Title: " + n["title"]["en"],
         "Organization: " + n["org"]["en"],
         "Duty station: " + n["loc"]["en"],
         "Grade: " + n["grade"],
         "Working hours: " + n["sched"]["en"],
         "Salary: EUR 61,200 – 70,800 per year (net)",
         "Deadline for applications: 27 January 2042, 17:00 Lisbon time", "",
         "The Statistician maintains the database of mine and smelter projects and prepares the annual projects report.", "",
         "Essential:"] + ["  > " + x for x in n["ess"]["en"]] + ["", "Desirable:"] + ["  > " + x for x in n["des"]["en"]] + \
        ["", "Competencies:"] + ["  > " + a + ": " + b for a, b in n["comp"]["en"]] + \
        ["", "Applications to vacancies@ilzsg.example with the reference in the subject line. Written test in the week of 16 February 2042."]
    return "\n".join(L) + "\n"


def belize_chat():
    n = N["belize"]
    L = ["[12/12/2041, 08:47] Marisol (Hydro Unit): Morning all, the Ministry just put out the vacancy we were talking about 👇",
         "[12/12/2041, 08:48] Marisol (Hydro Unit): *VACANCY NOTICE – " + n["ref"] + "*",
         "Post: " + n["title"]["en"],
         "Employer: " + n["org"]["en"],
         "Duty station: " + n["loc"]["en"],
         "Salary scale: " + n["grade"] + " – BZD 38,520 – 46,740 per annum",
         "Hours of work: " + n["sched"]["en"],
         "Closing date: 14 January 2042, 3:00 p.m.",
         "Essential:"] + ["- " + x for x in n["ess"]["en"]] + ["Desirable:"] + ["- " + x for x in n["des"]["en"]] + \
        ["Competencies:"] + ["- " + a + ": " + b for a, b in n["comp"]["en"]] + \
        ["Forms go to the CEO, Ministry of the Public Service, Belmopan.",
         "[12/12/2041, 08:52] Darnell: Thanks! Is the flood stand-by paid extra?",
         "[12/12/2041, 08:55] Marisol (Hydro Unit): Field duty allowance BZD 1,800 a year I think, check the PDF",
         "[12/12/2041, 09:03] Darnell: 👍"]
    return "\n".join(L) + "\n"


FILES = {
    "dnp-hr-42-07-moorlandjobs.txt": moorland,
    "fil-hr-2042-03-wintersportjobs.txt": wintersport,
    "cma70-2042-rh-06-artisanatemploi.md": artisanat_md,
    "ilzsg-sec-42-02-email.txt": ilzsg_email,
    "mps-vac-42-019-whatsapp.txt": belize_chat,
}


def build():
    for name, fn in FILES.items():
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as f:
            f.write(fn())
    return list(FILES)


if __name__ == "__main__":
    build()
