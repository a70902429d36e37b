from common import *

REF = "315406"
TITLE = "Senior Technician (Deployable Satellite Ground Terminals)"
ORG = "NATO Communications and Information Agency (NCIA)"
ESS = [
    "Completed higher secondary education and a post-secondary technical qualification in electronics, telecommunications or a related field;",
    "At least five years of experience in the installation, operation and maintenance of satellite ground terminals in X-band, Ku-band or Ka-band;",
    "Practical experience with spectrum analysers, RF test equipment and antenna alignment procedures;",
    "Willingness to deploy on operations and exercises for periods of up to six months;",
    "English at SLP 3333 (Listening, Speaking, Reading, Writing).",
]
DES = [
    "Vendor certification on military satellite modems or terminal control software;",
    "Experience in a deployable communications unit of a NATO nation;",
    "A valid driving licence for vehicles over 3.5 tonnes.",
]
COMP = [
    {"name": "Initiative", "description": "Identifies faults before users notice them and acts on them."},
    {"name": "Resilience", "description": "Keeps working to standard in austere deployed conditions."},
    {"name": "Teamwork", "description": "Passes on knowledge to junior technicians and military operators."},
    {"name": "Customer focus", "description": "Keeps the supported headquarters informed of the status of the link."},
]
E = expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": "Belgium-Mons"}, {"en": "Full-time"},
             "2034-09-14", sal(5318.74), "G10", "NS",
             {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})

SUMMARY = ("The NCIA Deployable Communications and Information Systems Service Line provides satellite, "
           "radio and network services to deployed NATO headquarters and forces. Its Mons-based Satellite Terminals "
           "Section keeps a pool of transportable ground terminals ready for short-notice deployment. The Senior "
           "Technician leads a team of three technicians that prepares, tests and deploys these terminals.")
ROLE = [
    "Prepare transportable terminals for deployment, including load plans and pre-deployment tests.",
    "Install, align and commission terminals on deployed sites and hand them over to military operators.",
    "Carry out preventive and corrective maintenance and keep the maintenance records up to date.",
    "Coordinate with the satellite operators for access requests and line-up procedures.",
    "Train military operators on the terminals.",
]


def md():
    L = ["---", f'title: "{TITLE} | NATO Careers"', "source: https://careers.nato.example/ncia/job/315406",
         "clipped: 2034-08-08", "---", "", "[Skip to main content](#main)", "",
         f"# {TITLE}", "", f"**Job Description - {TITLE} ({REF})**", "",
         "**Primary Location**\\", "Belgium-Mons", "",
         "**NATO Body**\\", ORG, "",
         "**Schedule**\\", "Full-time", "",
         "**Application Deadline**\\", "14-Sep-2034, 11:59:00 PM", "",
         "**Salary (Pay Basis)**\\", ": 5,318.74Euro (EUR) Monthly", "",
         "**Grade**\\", "NATO Grade G10", "",
         "**Clearance Level**\\", "NS", "",
         "## Summary", "", SUMMARY, "",
         "## Role", ""]
    L += ["- " + x for x in ROLE]
    L += ["", "## Qualifications", "", "### Essential", ""]
    L += [f"{i}. {x}" for i, x in enumerate(ESS, 1)]
    L += ["", "### Desirable qualifications / experience", ""]
    L += [f"{i}. {x}" for i, x in enumerate(DES, 1)]
    L += ["", "## Attributes/Competencies", ""]
    L += [f"- **{c['name']}**: {c['description']}" for c in COMP]
    L += ["", "## Employment conditions", "",
          "Appointment on a three-year definite duration contract. The post is deployable; deployment allowances "
          "are paid in addition to the basic salary of 5,318.74 EUR per month. A practical test is planned at "
          "the Mons site in the second half of October 2034.", "",
          "**Job Posting**: 07-Aug-2034, 10:00:00 AM", "",
          "[Apply Online](https://careers.nato.example/ncia/apply/315406)", ""]
    return "\n".join(L)


def board():
    L = [f"{TITLE}", "NATO", "• Mons • CDD • Temps-plein • Il y a 6 jours",
         "Postuler   Sauvegarder", "", f"Job Description - {TITLE} ({REF}){TITLE}-{REF}", "",
         "Primary LocationBelgium-MonsNATO Body" + ORG + "ScheduleFull-timeApplication Deadline14-Sep-2034, 11:59:00 PMSalary (Pay Basis): 5,318.74Euro (EUR) MonthlyGradeNATO Grade G10Clearance LevelNS",
         "", "Summary" + SUMMARY, "Role"]
    L += ROLE
    L += ["Qualifications", "Essential" + ESS[0]] + ESS[1:]
    L += ["Desirable qualifications / experience" + DES[0]] + DES[1:]
    L += ["Attributes/Competencies" + comp_lines(COMP)[0]] + comp_lines(COMP)[1:]
    L += ["Employment conditionsAppointment on a three-year definite duration contract. Deployment allowances are paid in addition to the basic salary of 5,318.74 EUR per month.",
          "", "Référence de l'annonce : OC-7781-0452", "",
          "Offres similaires",
          "Technicien réseau H/F · Mons · 2 900 € - 3 400 € par mois · Il y a 3 jours",
          "Satellite Engineer · Braine-l'Alleud · Il y a 12 jours", "",
          "OffresCarrièreBelgique.example · Conditions d'utilisation · Cookies"]
    return "\n".join(L) + "\n"


def render():
    return {f"{REF}-natocareers.md": md(), f"{REF}-jobboard.txt": board()}
