from common import *
REF = "357562"
T = "Technician (Aircraft Ground Support Equipment)"
ORG = "NATO Support and Procurement Agency (NSPA)"
ESS = [
 "Completed vocational training in aircraft maintenance, mechanical engineering or a related technical field.",
 "At least four years of experience in the maintenance and repair of aircraft ground support equipment such as power units, tow tractors, de-icing vehicles or hydraulic test stands.",
 "Ability to read technical drawings, wiring diagrams and maintenance manuals in English.",
 "Valid driving licence for vehicles up to 7.5 tonnes.",
 "Ability to obtain and maintain a NATO CONFIDENTIAL security clearance.",
 "English at NATO SLP 2222 or higher.",
]
DES = [
 "Experience of maintenance work on a military airfield.",
 "Knowledge of computerised maintenance management systems.",
 "Hungarian at working level.",
]
COMP = [
 ("Customer Focus", "understands the needs of the aircrew and the maintenance teams and responds to them promptly."),
 ("Technical Expertise", "keeps knowledge of equipment and safety rules up to date."),
 ("Teamwork", "works with colleagues of several nations and shares workload willingly."),
]
E = dict(reference=REF, post_number=None, languages=["en"], title=both(T, None), organisation=both(ORG, None),
  location=both("Hungary-Pápa", None), schedule=both("Full-time", None), deadline="2037-01-14",
  salary=sal(3827.46), grade="G7", clearance="NC",
  requirements=both({"essential": ESS, "desirable": DES}, None),
  competencies=both([{"name": n, "description": d} for n, d in COMP], None))

SUMMARY = """The NATO Airlift Management Programme (NAMP), hosted by NSPA, manages the acquisition, operation and support of the C-17 aircraft of the Strategic Airlift Capability based at Pápa Air Base, Hungary. The Ground Support Equipment Section keeps the equipment used to service, move and load the aircraft available and safe."""
ROLE = [
 "Performs scheduled and unscheduled maintenance on ground support equipment and records the work in the maintenance system.",
 "Diagnoses faults in diesel engines, hydraulic, pneumatic and electrical systems and carries out repairs.",
 "Carries out periodic inspections and load tests, and prepares the equipment for audits.",
 "Orders spare parts and consumables through the Section's supply clerk.",
 "Supports aircraft turnarounds on the flight line when required, including outside normal working hours.",
]

def email():
    d = lambda xs: "\n".join("- " + x for x in xs)
    return f"""From: Szilvia Kertész <s.kertesz@pannon-aero-klaszter.example>
Sent: Monday, 15 December 2036 08:42
To: members-list@pannon-aero-klaszter.example
Subject: FW: NSPA vacancy at Pápa Air Base - Technician (Aircraft Ground Support Equipment)

Dear members,

Please find below a vacancy announced by NSPA for the airlift programme at Pápa. Our cluster will hold an information morning for interested technicians on 6 January in Veszprém; registration by 2 January please.

Best regards,
Szilvia Kertész
Pannon Aerospace Cluster

-----Original Message-----
From: NSPA Recruitment <recruitment@nspa.example>
Sent: Friday, 12 December 2036 16:10
To: Partners distribution list
Subject: Vacancy 357562 - {T}

Requisition: 357562
Title: {T}
NATO Body: {ORG}
Primary Location: Hungary-Pápa
Schedule: Full-time
Grade: G7
Clearance Level: NC
Salary (Pay Basis): 3,827.46 Euro (EUR) Monthly
Application Deadline: 14-Jan-2037, 11:59:00 PM

Summary
{SUMMARY}

Role
{d(ROLE)}

Essential
{d(ESS)}

Desirable
{d(DES)}

Attributes/Competencies
{d(f"{n}: {x}" for n, x in COMP)}

Applications are accepted only through the NATO e-recruitment system. Candidates invited to interview will be contacted in February 2037.

This e-mail and any attachments are intended only for the addressee. If you have received it in error, please delete it and inform the sender.
"""

def linkedin():
    nl = "\n".join
    return f"""{T}
NATO Support and Procurement Agency (NSPA) · Pápa, Veszprém, Hungary · 5 days ago · 18 applicants
On-site · Full-time · Mid-Senior level

Apply   Save

Try Premium for HUF 0 — See how you compare to 18 applicants

About the job
Job Description - {T} (357562)
Primary Location
Hungary-Pápa
NATO Body
{ORG}
Schedule
Full-time
Application Deadline
14-Jan-2037, 11:59:00 PM
Salary (Pay Basis)
3,827.46Euro (EUR) Monthly
Grade
G7
Clearance Level
NC

Summary
{SUMMARY}

Role
{nl(ROLE)}

Essential
{nl(ESS)}

Desirable
{nl(DES)}

Attributes/Competencies
{nl(f"{n}: {x}" for n, x in COMP)}
…show less

About the company
NATO Support and Procurement Agency (NSPA)
Government Administration · 1,001-5,000 employees · 2,871 on LinkedIn

More jobs
Aircraft Mechanic (B1) · Debrecen · HUF 820K - 960K/month · 1 week ago
Ground Equipment Fitter · Győr · 3 days ago
"""

def build():
    expected(E)
    write("357562-email.txt", email(), REF)
    write("357562-linkedin.txt", linkedin(), REF)
