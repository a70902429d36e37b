from common import write, expected, sal

KEY = "527706"
TITLE = "Technician (Radio Communications) - CIS Support Unit Poggio Renatico"
ORG = "NATO Communications and Information Agency (NCIA)"
LOC = "Italy-Poggio Renatico"
SCHED = "Full-time"
GRADE = "G8"
CLEAR = "NS"
SUMMARY = ("The NATO Communications and Information Agency delivers secure, coherent and interoperable "
           "communications and information services to NATO. The CIS Support Unit (CSU) Poggio Renatico provides "
           "these services to the Deployable Air Command and Control Centre and to the other NATO users at the site.")
ROLE = [
    "Install, configure and maintain HF, UHF and VHF ground-to-air radio equipment and its antenna systems;",
    "Carry out preventive and corrective maintenance and record all work in the service management tool;",
    "Take part in the deployment of radio equipment for exercises, including transport and set-up in the field;",
    "Keep the inventory of radio spare parts and test equipment accurate;",
    "Provide first-line support to users and escalate incidents to the Service Desk when required;",
    "Perform any other duties related to the post as directed.",
]
ESS = [
    "Secondary education and a completed technical training in electronics, radio communications or telecommunications;",
    "At least two years of experience in the maintenance of military or aviation radio systems;",
    "Ability to read technical drawings and to use spectrum analysers and RF test sets;",
    "Valid category B driving licence;",
    "Willingness to deploy for up to 30 days per year and to work in shifts when required;",
    "Proficiency in English at SLP 2222.",
]
DES = [
    "Experience with ground-to-air radio systems used in NATO air command and control;",
    "Knowledge of IP-based voice communication systems;",
    "Working knowledge of Italian.",
]
COMP = [
    ("Customer Focus", "Responds to the needs of users quickly and courteously;"),
    ("Teamwork", "Shares knowledge and supports colleagues during busy periods;"),
    ("Problem Solving", "Isolates faults methodically and records the solution for others;"),
    ("Safety Awareness", "Follows electrical and working-at-height safety rules without exception."),
]
TERMS = ("The successful candidate will be offered a three-year definite duration contract. Candidates must be "
         "able to obtain a NATO SECRET security clearance. The basic monthly salary is 4,071.64 Euro (EUR), "
         "tax free, plus allowances based on personal circumstances.")


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2043-06-10",
             sal(4071.64), GRADE, CLEAR, {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})

    def wa(items, mark="- "):
        return "\n".join(mark + x for x in items)
    chat = f"""[13/05/43, 08:41:07] Davide Ferri: Buongiorno a tutti 👋 NCIA has opened a technician post here at the CSU, deadline 10 June. Copying the whole text from the portal for whoever knows someone
[13/05/43, 08:41:52] Davide Ferri: *{TITLE}*

Job Number: {KEY}
Primary Location: {LOC}
NATO Body: {ORG}
Schedule: {SCHED}
Salary (Pay Basis): 4,071.64Euro (EUR) Monthly
Grade: NATO Grade {GRADE}
Clearance Level: {CLEAR}
Application Deadline: 10-Jun-2043, 11:59:00 PM

*SUMMARY*
{SUMMARY}

*ROLE*
{wa(ROLE)}

*ESSENTIAL QUALIFICATIONS / EXPERIENCE*
{wa(ESS)}

*DESIRABLE QUALIFICATIONS / EXPERIENCE*
{wa(DES)}

*ATTRIBUTES / COMPETENCIES*
{wa([f"{n}: {d}" for n, d in COMP])}

*TERMS AND CONDITIONS*
{TERMS}
[13/05/43, 08:44:15] Chiara M.: Thanks! My cousin did radio maintenance at Ghedi, I'll forward
[13/05/43, 08:45:02] Chiara M.: Is Italian really only desirable?
[13/05/43, 08:47:39] Davide Ferri: Yes, English is what counts. Tell him the written test is usually two weeks after the closing date
[13/05/43, 09:02:11] Luca B.: 👍
[13/05/43, 09:03:40] Luca B.: Reminder: the CSU family barbecue is Saturday 6 June, sign up with me by 1 June
[13/05/43, 09:05:18] Chiara M.: <Media omitted>
"""
    write(f"{KEY}-whatsapp.txt", chat, KEY)

    board = f"""Vai al contenuto
InfoJobs   Offerte di lavoro   Aziende   Carriera   Accedi
Lavoro > Emilia-Romagna > Ferrara > Poggio Renatico

{TITLE}
NATO Communications and Information Agency
Poggio Renatico (FE)
Pubblicata il 13 mag
Contratto: Tempo determinato (3 anni)
Orario: Tempo pieno
Retribuzione: 4.071,64 € lordi/mese
Esperienza minima: Almeno 2 anni
Iscritti all'offerta: 14

Descrizione dell'offerta (in inglese)

Job Number: {KEY}
Primary Location: {LOC}
NATO Body: {ORG}
Schedule: {SCHED}
Grade: NATO Grade {GRADE}
Clearance Level: {CLEAR}
Application Deadline: 10-Jun-2043, 11:59:00 PM

SUMMARY
{SUMMARY}

ROLE
{wa(ROLE, "• ")}

ESSENTIAL QUALIFICATIONS / EXPERIENCE
{wa(ESS, "• ")}

DESIRABLE QUALIFICATIONS / EXPERIENCE
{wa(DES, "• ")}

ATTRIBUTES / COMPETENCIES
{wa([f"{n}: {d}" for n, d in COMP], "• ")}

TERMS AND CONDITIONS
{TERMS}

Requisiti
Studi minimi: Diploma - Perito elettronico e telecomunicazioni
Esperienza minima: Almeno 2 anni
Lingue: Inglese - Livello intermedio

Scadenza: 10/06/2043
Candidati ora

Offerte simili
Tecnico radar (m/f) – Ferrara – 28.000 - 34.000 € lordi/anno
Manutentore apparati radio – Bologna – 2.100 € / mese
Tecnico telecomunicazioni – Cento (FE) – scade il 12/06/2043
"""
    write(f"{KEY}-infojobs.txt", board, KEY)
