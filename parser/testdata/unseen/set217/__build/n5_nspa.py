from common import *
KEY = "336512"
TITLE = "Laboratory Assistant (Petroleum Sampling)"
ORG = "NATO Support and Procurement Agency (NSPA)"
LOC = "Italy-Taranto"
SCH = "Full-time"
GRADE, CLR = "G8", "NC"
ESS = [
    "Higher secondary education in chemistry, industrial chemistry or a related technical field;",
    "At least 2 years of experience in a fuel, petrochemical or environmental laboratory, including sampling in the field;",
    "Practical knowledge of the sampling and testing of aviation and ground fuels according to ASTM or ISO methods;",
    "Ability to work safely with flammable products and to follow written safety procedures;",
    "Valid driving licence (category B);",
    "English: Competent (SLP 3322).",
]
DES = [
    "Knowledge of NATO fuel standards (STANAG 3149 and AFLP-3747);",
    "Experience with a laboratory information management system;",
    "Italian: Good working knowledge.",
]
COMPS = [
    ("Accuracy", "Records samples, results and chain of custody without omissions."),
    ("Safety Awareness", "Stops work when a safety rule cannot be respected and reports the situation."),
    ("Teamwork", "Supports the laboratory technicians and shares workload during peak periods."),
    ("Customer Focus", "Explains results and delays clearly to depot and customer staff."),
]
exp = expected(KEY, languages=["en"], title={"en": TITLE}, organisation={"en": ORG}, location={"en": LOC},
               schedule={"en": SCH}, deadline="2035-11-12", salary=sal(3954.71), grade=GRADE, clearance=CLR,
               req={"en": {"essential": ESS, "desirable": DES}}, comps={"en": comp(COMPS)})

def body(m="- "):
    return f"""SUMMARY

The NSPA Southern Operational Centre in Taranto provides fuel, logistics and maintenance support to NATO and national customers in the Mediterranean area. Its Fuel Quality Laboratory tests the fuels received, stored and issued by the depots it supports.

The Laboratory Assistant collects samples at depots, ships and airfields, prepares them for analysis, performs routine tests and keeps the laboratory's records.

MAIN DUTIES

{lines(["Collect fuel samples at depots, jetties and airfields in the Taranto and Brindisi areas, following the sampling plan;", "Prepare and label samples and record them in the laboratory information system;", "Perform routine tests such as density, appearance, water content and flash point;", "Keep sampling equipment, containers and the laboratory vehicle clean and ready for use;", "Manage the stock of reagents and consumables and report shortages;", "Perform any other related duties as assigned."], m)}

QUALIFICATIONS AND EXPERIENCE

Essential

{lines(ESS, m)}

Desirable

{lines(DES, m)}

Attributes/Competencies

{chr(10).join(f"{m}{n}: {d}" for n, d in COMPS)}

CONDITIONS OF EMPLOYMENT

The successful candidate will be offered a three-year definite duration contract. The work involves field work in all weather conditions and occasional work outside normal working hours.
"""

FIELDS_LINES = f"""Requisition: {KEY}
Title: {TITLE}
Primary Location: {LOC}
NATO Body: {ORG}
Schedule: {SCH}
Application Deadline: 12-Nov-2035, 11:59:00 PM
Salary (Pay Basis): 3,954.71 Euro (EUR) Monthly
Grade: NATO Grade {GRADE}
Clearance Level: {CLR}"""

MAIL = f"""From: Sportello Lavoro Estero - Camera di Commercio Taranto <lavoroestero@cciaa-taranto.example>
Sent: Wednesday, October 17, 2035 11:42 AM
To: Rossella De Pace <r.depace@mail.example>
Subject: FW: NSPA SOC Taranto - vacancy {KEY} - {TITLE}

Gentile Rossella,

come anticipato al telefono, le inoltriamo l'avviso ricevuto dall'Agenzia NATO. Se desidera un aiuto per il CV in inglese, il nostro sportello riceve su appuntamento entro il 31 ottobre.

Cordiali saluti,
Sportello Lavoro Estero

-----Original Message-----
From: NSPA SOC Human Resources <soc.hr@nspa.example>
Sent: Tuesday, October 16, 2035 9:05 AM
To: Local partners distribution list
Subject: NSPA SOC Taranto - vacancy {KEY} - {TITLE}

Dear partners,

Please find below a vacancy at the NSPA Southern Operational Centre. We would be grateful if you could circulate it. Applications are accepted only through the NATO e-recruitment system.

{FIELDS_LINES}

{body()}
Regards,
NSPA SOC Human Resources
Taranto, Italy

This e-mail and any attachments are intended for the addressee only.
"""
write(f"{KEY}-email.txt", MAIL, KEY)

BOARD = f"""LavoroPuglia.net  Cerca lavoro   Aziende   Pubblica annuncio gratuito   Accedi
Home > Offerte di lavoro > Taranto > Laboratorio

{TITLE}

Pubblicato il 16-10-2035 - NSPA in Taranto (TA)
Candidati   Salva annuncio   Segnala

Requisition
{KEY}
Primary Location
{LOC}
NATO Body
{ORG}
Schedule
{SCH}
Application Deadline
12-Nov-2035, 11:59:00 PM
Salary (Pay Basis)
3,954.71Euro (EUR) Monthly
Grade
NATO Grade {GRADE}
Clearance Level
{CLR}

{body("• ")}
Codice annuncio: LP-7719384

Annunci simili
Tecnico di laboratorio chimico - Taranto (TA) - 1.600 - 1.900 € mensili - scade il 30-11-2035
Addetto campionamento ambientale - Brindisi (BR) - pubblicato il 09-10-2035

LavoroPuglia.net - Privacy - Cookie policy - Termini d'uso
"""
write(f"{KEY}-jobboard.txt", BOARD, KEY)
