from common import *
import textwrap, functools
textwrap.fill = functools.partial(textwrap.fill, break_on_hyphens=False)

KEY = "nawasa-hr-vac-2040-06"
REF = "NAWASA/HR/VAC/2040-06"
TITLE = "Non-Revenue Water Engineer"
ORG = "National Water & Sewerage Authority (NAWASA)"
LOC = "The Carenage, St. George's, with field work throughout Grenada, Carriacou and Petite Martinique"
SCHED = "Monday to Friday, 8:00 a.m. to 4:00 p.m., with standby duty on a rotating basis"
SAL = "EC$6,420 – EC$7,985 per month (XCD)"
ESS = [
    "A Bachelor's degree in Civil or Environmental Engineering from a recognised institution;",
    "A minimum of four (4) years' experience in water distribution, including leak detection or district metering;",
    "Working knowledge of hydraulic modelling software such as EPANET or WaterGEMS;",
    "A valid driver's licence for Grenada.",
]
DES = [
    "Registration as a professional engineer in a CARICOM Member State;",
    "Training in the water balance methodology of the International Water Association.",
]
COMP = [
    ("Problem solving", "traces unexplained losses to their source."),
    ("Teamwork", "works alongside distribution crews, including at night."),
    ("Reporting", "presents monthly loss figures clearly to management."),
]
DUTIES = [
    "Establish and maintain district metered areas and analyse night flows",
    "Plan and supervise active leak detection campaigns",
    "Prepare the annual water balance and track non-revenue water indicators",
    "Recommend pressure management and meter replacement programmes",
]

md = f"""---
title: "Vacancy – {TITLE}"
date: 2040-02-26
---

[Home](#) | [Customer Service](#) | [Water Quality](#) | [Projects](#) | [Careers](#) | [Contact](#)

# VACANCY NOTICE

The {ORG} invites applications from suitably qualified persons to fill the following position:

**Vacancy No.:** {REF}<br>
**Position:** {TITLE}<br>
**Department:** Transmission and Distribution<br>
**Organisation:** {ORG}<br>
**Location:** {LOC}<br>
**Hours of Work:** {SCHED}<br>
**Salary:** {SAL}<br>
**Deadline:** Wednesday, March 28, 2040

## Purpose of the Job

To reduce the volume of water that is produced but never billed, through the measurement, detection and control
of physical and commercial losses across the network.

## Key Responsibilities

""" + bullets(DUTIES, "* ") + """

## Qualifications and Experience

""" + "\n".join(f"{c}) {d}" for c, d in zip("abcd", ESS)) + """

## Desirable

""" + "\n".join(f"{c}) {d}" for c, d in zip("ab", DES)) + """

## Competencies

""" + "\n".join(f"* {n}: {d}" for n, d in COMP) + f"""

## How to Apply

Applications, with a curriculum vitae, copies of certificates and two references, should be addressed to the
Human Resource Manager, NAWASA, The Carenage, St. George's, or sent to hr@nawasa.example, quoting {REF}.
Only shortlisted applicants will be contacted; interviews are expected in the week of April 16, 2040.
"""
write(KEY + "-nawasa.md", md)

def hang(label, val, w=70, ind=18):
    return textwrap.fill(val, width=w, initial_indent=(label).ljust(ind), subsequent_indent=" " * ind)

def item(mark, val, w=70, ind=9):
    return textwrap.fill(val, width=w, initial_indent=("  " + mark).ljust(ind), subsequent_indent=" " * ind)

cl = "THE SPICE ISLE TRIBUNE                Friday, March 2, 2040                 Page 27\n" + "-" * 78 + "\n"
cl += "CLASSIFIEDS\n\n" + "NATIONAL WATER & SEWERAGE AUTHORITY".center(70) + "\n" + "VACANCY".center(70) + "\n" + TITLE.upper().center(70) + "\n\n"
cl += "\n".join([hang("Ref:", REF), hang("Position:", TITLE), hang("Organisation:", ORG), hang("Location:", LOC),
                 hang("Hours of work:", SCHED), hang("Salary:", SAL), hang("Deadline:", "March 28, 2040 at 4:00 p.m.")])
cl += "\n\n" + textwrap.fill("The successful candidate will " + "; ".join(d[0].lower() + d[1:] for d in DUTIES) + ".", 70)
cl += "\n\nQUALIFICATIONS:\n" + "\n".join(item(f"({r})", d) for r, d in zip(["i", "ii", "iii", "iv"], ESS))
cl += "\n\nDESIRABLE:\n" + "\n".join(item(f"({r})", d) for r, d in zip(["i", "ii"], DES))
cl += "\n\nCOMPETENCIES:\n" + "\n".join(item("-", f"{n}: {d}") for n, d in COMP)
cl += "\n\n" + textwrap.fill("Apply to the Human Resource Manager, NAWASA, The Carenage, St. George's, or hr@nawasa.example.", 70)
cl += "\n" + "-" * 78 + "\n"
cl += textwrap.fill("FOR SALE: 2031 double-cab pickup, diesel, one owner, EC$48,500 o.n.o. Call 444-0000 (fictitious).", 70) + "\n" + "-" * 78 + "\n"
cl += textwrap.fill("NOTICE OF AGM: The Grand Anse Fishermen's Co-operative (fictitious) will hold its annual general meeting on Saturday, March 17, 2040 at 10:00 a.m.", 70) + "\n"
write(KEY + "-spiceisle.txt", cl)

expected(KEY, REF, ["en"], TITLE, ORG, LOC, SCHED, "2040-03-28",
         {"min": 6420, "max": 7985, "currency": "XCD"},
         requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": COMP})
