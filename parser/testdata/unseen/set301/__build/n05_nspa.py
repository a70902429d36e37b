from common import *

REF = "NSPA-SOC-42-117"
TITLE = "Contract Support Assistant (Deployable Logistics)"
ORG = "NATO Support and Procurement Agency (NSPA)"
LOC = "Taranto, Italy"
SCH = "Full-time"
GRADE, CLEAR = "G8", "NATO SECRET"
DL = "Wednesday 12 November 2042, 23:59 CET"
SAL = "4,215.06 EUR per month, exempt from Italian income tax"

DUTIES = [
    "prepare and track purchase requests, orders and contract amendments for deployable camp services;",
    "check supplier invoices against orders and delivery notes and resolve discrepancies;",
    "keep the contract files complete and ready for audit;",
    "support the preparation of service level reports for customer nations;",
    "deploy to exercise and operation sites for short periods when required.",
]
ESS = [
    "Higher secondary education and a post-secondary qualification in business administration, logistics or a related field;",
    "At least three years of experience in purchasing, contract administration or logistics support;",
    "Good command of an ERP system, preferably SAP MM or SD;",
    "Good knowledge of Microsoft Excel;",
    "Language: English - SLP 3322 (Listening, Speaking, Reading, Writing).",
]
DES = [
    "Experience in an international organisation or with defence customers;",
    "Knowledge of public procurement rules;",
    "Italian - SLP 2222.",
]
COMP = [
    ("Accountability", "Takes ownership of the contract files entrusted to him/her."),
    ("Attention to detail", "Checks figures and documents thoroughly before releasing them."),
    ("Customer focus", "Understands what the supported nation needs and responds in time."),
    ("Teamwork", "Works with colleagues of the procurement, finance and operations teams."),
]


def notice(marker="- "):
    return f"""Vacancy Number: {REF}
Job Title: {TITLE}
NATO Body: {ORG}
Location: {LOC}
Schedule: {SCH}
NATO Grade: {GRADE}
Security Clearance: {CLEAR}
Closing Date: {DL}

1. ORGANISATION
The NSPA Southern Operational Centre in Taranto provides camp services, fuel and logistics support to NATO and national forces deployed on exercises and operations. Its Contracting Section places and manages the contracts that make these services possible.

2. DUTIES
Under the supervision of the Contracting Officer, the incumbent will:
{lines(DUTIES, marker)}

3. QUALIFICATIONS
Essential Qualifications
{lines(ESS, marker)}
Desirable Qualifications
{lines(DES, marker)}

4. COMPETENCIES
{lines((n + ': ' + d for n, d in COMP), marker)}

5. CONDITIONS OF EMPLOYMENT
Contract: three-year definite duration contract, with possibility of renewal.
Salary: {SAL}, plus allowances where applicable.
Applications: only via the NSPA e-recruitment tool, before {DL}."""


def build():
    expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2042-11-12",
             sal(4215.06), GRADE, CLEAR,
             req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": comps(COMP)})
    mail = f"""From: Career Service - Università del Salento <careers@unisalento-careers.example>
Sent: Monday, October 20, 2042 3:17 PM
To: laureati-economia@lists.unisalento-careers.example
Subject: FW: NSPA vacancy in Taranto - {TITLE}

Dear graduates,

please find below a vacancy at the NATO Support and Procurement Agency in Taranto that may interest those of you with a background in economics or logistics. We will hold an information session on the NATO recruitment process on 4 November in room B12. Please register by 31 October.

Kind regards,
Ufficio Placement

________________________________
From: NSPA Recruitment <recruitment@nspa-soc.example>
Sent: Friday, October 17, 2042 11:02 AM
To: Ufficio Placement <careers@unisalento-careers.example>
Subject: NSPA vacancy in Taranto - {TITLE}

Dear colleagues,

We would be grateful if you could circulate the following vacancy notice among your graduates.

{notice('  - ')}

Best regards,
NSPA Human Resources

This e-mail and any attachments are intended for the addressee only. If you received it in error, please delete it and inform the sender.
"""
    write(f"{REF}-outlook.txt", mail, REF)

    board = f"""Vai al contenuto
lavoro-puglia.example   Offerte   Aziende   Accedi   Pubblica un'offerta

Home > Offerte di lavoro > Taranto > Logistica

{TITLE}
NATO Support and Procurement Agency
Taranto (TA) · Pubblicata il 18 ott
Contratto: Tempo determinato · Giornata lavorativa: Tempo pieno
Retribuzione: 4.215,06 € mensili netti
Scadenza: 12/11/2042

Candidati   Salva offerta

Descrizione dell'offerta

{notice('• ')}

Requisiti minimi
Titolo di studio: Diploma
Esperienza: almeno 3 anni
Lingue: Inglese avanzato

Iscritti a questa offerta: 41

Offerte simili
Impiegato acquisti – Grottaglie – 1.600 € - 1.900 € – 2 giorni fa
Addetto logistica – Brindisi – 24k - 28k annui – 1 settimana fa
"""
    write(f"{REF}-lavoropuglia.txt", board, REF)
