"""383447 - NCIA, CIS Support Unit Torrejón (EN): Outlook forward of a Spanish association, Spanish board copy."""
from common import *

REF = "383447"
TITLE = "Senior Technician (SATCOM Anchor Station) - CIS Support Unit Torrejón"
ORG = "NATO Communications and Information Agency (NCIA)"
LOC = "Spain-Torrejón"
SAL = "5,186.20Euro (EUR) Monthly"
DL = "10-Aug-2037, 11:59:00 PM"
ESS = [
    "Higher secondary education and a technical diploma in telecommunications, electronics or a related field;",
    "At least five years of experience in the operation and maintenance of satellite ground terminals or microwave links;",
    "Experience with RF measurement equipment such as spectrum analysers and power meters;",
    "Experience in diagnosing faults down to module level and in coordinating repairs with suppliers;",
    "Ability to work in a 24/7 shift roster and to be on call;",
    "Possess a valid driving licence.",
]
DES = [
    "Knowledge of military satellite communications systems and their network management tools;",
    "Experience in a NATO or national military CIS unit;",
    "Working knowledge of Spanish.",
]
COMP = [
    ("Coaching", "Provides guidance and training to junior technicians."),
    ("Initiative", "Identifies problems before they affect the service and acts on them."),
    ("Organisational Commitment", "Puts the service to users before personal preferences."),
    ("Teamwork", "Shares information and works constructively with shift colleagues and other units."),
]
SUMMARY = "The CIS Support Unit (CSU) Torrejón provides communications and information services to NATO entities at Torrejón Air Base and operates a satellite anchor station for the Alliance's satellite communications network. The Senior Technician leads a shift of technicians responsible for the operation and maintenance of the anchor station equipment."
ROLE = [
    "Lead the shift in the operation, monitoring and maintenance of the satellite anchor station;",
    "Perform line-up, link budget checks and carrier monitoring for new and existing satellite links;",
    "Diagnose faults, carry out repairs and manage the spare parts stock;",
    "Keep station logs, maintenance records and configuration documentation up to date;",
    "Contribute to the installation and acceptance of new equipment delivered by projects.",
]


def notice(marker, label_sep=": "):
    out = [f"Primary Location{label_sep}{LOC}", f"NATO Body{label_sep}{ORG}", f"Schedule{label_sep}Full-time",
           f"Application Deadline{label_sep}{DL}", f"Salary (Pay Basis){label_sep}{SAL}",
           f"Grade{label_sep}NATO Grade G10", f"Clearance Level{label_sep}NS", "",
           "Summary", SUMMARY, "", "Role", "Under the direction of the Shift Supervisor, the incumbent will:"]
    out += [marker + x for x in ROLE]
    out += ["", "Qualifications and Experience", "Essential Qualifications / Experience"]
    out += [marker + x for x in ESS]
    out += ["", "Desirable Qualifications / Experience"] + [marker + x for x in DES]
    out += ["", "Attributes/Competencies"] + [f"{marker}{n}: {d}" for n, d in COMP]
    out += ["", "Work Environment",
            "The work is performed in an operational environment with equipment rooms and outdoor antenna areas. Shift work, including nights and weekends, is required. Occasional travel to other NATO sites may be required.",
            "", "Contract",
            "Serving NCIA staff members will be offered a contract in accordance with the NATO Civilian Personnel Regulations. Newly recruited staff will be offered a definite duration contract of three years."]
    return "\n".join(out)


def build():
    expected(REF, reference=REF, post_number=None, languages=["en"],
             title={"en": TITLE, "fr": None}, organisation={"en": ORG, "fr": None},
             location={"en": LOC, "fr": None}, schedule={"en": "Full-time", "fr": None},
             deadline="2037-08-10", salary=sal(5186.20), grade="G10", clearance="NS",
             requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
             competencies={"en": comps(COMP), "fr": None})

    inner = "\n".join(wrap(p, 76) if len(p) > 76 else p for p in notice("- ").split("\n"))
    mail = f"""From: Secretaría Técnica AESEDEF <secretaria@aesedef.example>
Sent: martes, 14 de julio de 2037 11:42
To: Socios AESEDEF <socios@aesedef.example>
Subject: RV: Vacante OTAN en Torrejón - Senior Technician SATCOM ({REF})

Estimados socios:

Os reenviamos la vacante que nos ha enviado la unidad de la OTAN en Torrejón. Si conocéis a algún técnico interesado, que presente su candidatura directamente en el portal de la OTAN. La asociación no gestiona candidaturas. Recordad también nuestra jornada de empleo del 22 de julio.

Un saludo,
Secretaría Técnica

-----Original Message-----
From: NCIA CSU Torrejón HR <csu.tj.hr@ncia.example>
Sent: Monday, July 13, 2037 4:05 PM
To: Secretaría Técnica AESEDEF <secretaria@aesedef.example>
Subject: NATO vacancy {REF} - {TITLE}

Dear colleagues,

Please find below a vacancy of the NATO Communications and Information Agency at Torrejón. We would be grateful if you could share it with your members.

Job Description - {TITLE} ({REF})
Requisition: {REF}

{inner}

How to apply: through the NATO careers portal only (search for {REF}). Applications sent by e-mail will not be considered.

Kind regards,
CSU Torrejón Human Resources

------------------------------------------------------------
This e-mail and any attachments are intended for the named recipient only. If you have received it in error, please delete it and notify the sender.
"""
    write(f"{REF}-email.txt", mail, REF)

    board = f"""EmpleoDefensa.example — Empleo en defensa, aeroespacio y seguridad
Inicio › Ofertas › Madrid › Telecomunicaciones
{TITLE}
NATO - NCIATorrejón de Ardoz, MadridJornada completaPublicada hace 3 días
Inscribirme en la oferta    Guardar    Compartir
Requisitos mínimos: ver descripción    Idiomas: inglés
Job Description - {TITLE} ({REF})
Primary Location
{LOC}
NATO Body
{ORG}
Schedule
Full-time
Application Deadline
{DL}
Salary (Pay Basis)
{SAL}
Grade
NATO Grade G10
Clearance Level
NS
{notice("▸ ").split(chr(10) + chr(10), 1)[1]}

Referencia de la oferta: ED-2037-448120    Inscritos: 9

Ofertas similares
Técnico de sistemas satelitales    Getafe    35.000 € - 42.000 € brutos/año    hasta el 30/07/2037
Ingeniero RF junior    Alcalá de Henares    30.000 € - 34.000 €    hasta el 28/08/2037

© 2037 EmpleoDefensa.example · Aviso legal · Política de cookies
"""
    write(f"{REF}-jobboard.txt", board, REF)
