from common import *
K = "418540"
TITLE = "Technician (Radio and Satellite Terminals) - CIS Support Unit Uedem"
ORG = "NATO Communications and Information Agency (NCIA)"
SUM = """The NATO Communications and Information Agency (NCIA) delivers secure communication and information services to NATO Headquarters, the Command Structure and deployed forces. The CIS Support Unit (CSU) Uedem supports the Combined Air Operations Centre and the NATO units located in the Lower Rhine area.

The Technician installs, operates and repairs the radio and satellite ground terminals of the CSU and keeps them ready for the air operations of the Combined Air Operations Centre."""
ROLE = [
 "Carry out preventive and corrective maintenance of HF, UHF and satellite terminals;",
 "Install and test new equipment and record all changes in the configuration database;",
 "Diagnose faults down to module level and manage repairs with suppliers;",
 "Take part in the on-call duty roster outside working hours;",
 "Prepare short technical reports and keep the spare parts inventory up to date.",
]
ESS = [
 "A higher secondary education certificate and a technical qualification in electronics, telecommunications or a related field;",
 "At least three years of experience in the maintenance of radio or satellite communication equipment;",
 "Experience with test equipment such as spectrum analysers and power meters;",
 "A valid driving licence for passenger cars;",
 "English at NATO SLP 3222 (Listening, Speaking, Reading, Writing) or higher.",
]
DES = [
 "Experience in a military or NATO CIS unit;",
 "Knowledge of crypto equipment handling procedures;",
 "Working knowledge of German.",
]
COMP = [("Technical excellence", "keeps up to date with the equipment and procedures of the Unit;"),
        ("Reliability", "completes tasks to the agreed standard and reports problems early;"),
        ("Working with others", "shares knowledge with colleagues and supports the on-call team.")]

def build():
    expected(K, None, ("en",), {"en": TITLE}, {"en": ORG}, {"en": "Germany-Uedem"}, {"en": "Full-time"}, "2038-10-11",
             sal(6103.57), "G11", "NS", {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})
    portal = f"""Skip to main content
NATO Careers
Careers Home  Job Search  My Jobs  My Profile
Job Search > Job Description

Job Description - {TITLE} ({K})
Apply Online
Job Description
{TITLE}-{K}

Primary Location

Germany-Uedem

NATO Body

{ORG}

Schedule

Full-time

Application Deadline

11-Oct-2038, 11:59:00 PM

Salary (Pay Basis)

: 6,103.57Euro (EUR) Monthly

Grade

NATO Grade G11

Clearance Level

NS

Description

:

Summary

{SUM}

Role

{lines(ROLE)}

Essential Qualifications / Experience

{lines(ESS)}

Desirable Qualifications / Experience

{lines(DES)}

Attributes/Competencies

{comps(COMP)}

Contract

Initial contract of three years. Serving NCIA staff will be offered a contract in accordance with the NATO Civilian Personnel Regulations.

Application deadline: 11 October 2038. Interviews are planned for the week of 8 November 2038.

Job Posting
: 13-Sep-2038, 9:00:00 AM

Similar jobs
Technician (Network Operations) - CIS Support Unit Ramstein   Germany-Ramstein   04-Oct-2038
Senior Technician (Crypto) - CIS Support Unit Uedem   Germany-Uedem   02-Nov-2038

Powered by Oracle Taleo | Privacy Policy | Cookie Settings
"""
    write(f"{K}-natocareers.txt", portal, K)
    board = f"""JobRhein.example   Jobs   Unternehmen   Gehalt   Anmelden
Jobs › Kalkar/Uedem › IT & Telekommunikation

{TITLE}
NATO - NCIAUedemVollzeitvor 2 Tagen
Jetzt bewerben   Merken

Primary Location
Germany-Uedem
NATO Body
{ORG}
Schedule
Full-time
Application Deadline
11-Oct-2038, 11:59:00 PM
Salary (Pay Basis)
: 6,103.57Euro (EUR) Monthly
Grade
NATO Grade G11
Clearance Level
NS

Stellenbeschreibung
Summary
{SUM}
Role
{lines(ROLE)}
Essential Qualifications / Experience
{lines(ESS)}
Desirable Qualifications / Experience
{lines(DES)}
Attributes/Competencies
{comps(COMP)}
…weniger anzeigen

Referenznummer: {K} · Job-ID JR-5521987

Ähnliche Jobs
Funktechniker (m/w/d) – Kalkar – 3.400 € - 3.900 € / Monat – bis 20.10.2038
Servicetechniker Satellitenkommunikation – Goch – 48.000 € - 55.000 € / Jahr – bis 31.10.2038
"""
    write(f"{K}-jobboard.txt", board, K)
