"""UNIFIL, Naqoura, EN: mission vacancy page (HTML, table rows) and a Lebanese civil-society portal copy (txt)."""
from common import *

KEY = "unifil-nva-2035-031"
REF = "UNIFIL/NVA/2035/031"
TITLE = "Community Liaison Assistant"
ORG = "United Nations Interim Force in Lebanon"
LOC = "Naqoura"
GRADE = "G-4"

EDU = "High school diploma or equivalent is required."
W1 = ("A minimum of five years of experience in community relations, administrative support or interpretation is "
      "required.")
W2 = "Experience in working with municipalities or civil society groups in South Lebanon is desirable."
L1 = "For this position, fluency in Arabic and English (both oral and written) is required."
L2 = "Knowledge of French is desirable."
ESS = [EDU, W1, L1]
DES = [W2, L2]
COMP = [
    ("Communication", "Speaks and writes clearly and effectively; listens to others and interprets messages "
     "correctly; shares information openly."),
    ("Teamwork", "Works collaboratively with colleagues of the civil affairs and military components; places team "
     "agenda before personal agenda."),
    ("Client Orientation", "Considers all those to whom services are provided to be clients and keeps them informed "
     "of progress or setbacks."),
]
SETTING = ("The United Nations Interim Force in Lebanon supports the implementation of Security Council resolution "
           "1701 (2006). This position is located in the Civil Affairs Section, Sector West, with regular travel "
           "to municipalities in the area of operations. The incumbent reports to the Civil Affairs Officer.")
DUTIES = [
    "Maintains regular contact with municipal officials, community leaders and local associations and reports on "
    "community concerns;",
    "Interprets during meetings between Force personnel and local interlocutors and translates correspondence between "
    "Arabic and English;",
    "Keeps the database of community contacts and of quick-impact projects up to date;",
    "Drafts weekly summaries of community relations for the Section;",
    "Performs other related duties as required.",
]


def build():
    facts = [("Vacancy Announcement Number", REF), ("Post Title", TITLE), ("Grade", GRADE), ("Section",
             "Civil Affairs Section"), ("Duty Station", LOC), ("Type of Appointment", "Fixed-term, one year"),
             ("Date of Issuance", "20 November 2035"), ("Closing Date", "21 December 2035")]
    rows = "\n".join("<tr><td class='l'>%s</td><td>%s</td></tr>" % (E(a), E(b)) for a, b in facts)
    comp = "\n".join("<li><u>%s</u>: %s</li>" % (E(n), E(d)) for n, d in COMP)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancies | UNIFIL</title></head>
<body>
<header><img alt="UNIFIL logo" src="#"> <b>{E(ORG)}</b>
<nav>Home | About | Leadership | Mandate | Media | Vacancies | Contact | عربي</nav></header>
<main>
<h1>National Vacancy Announcement</h1>
<p><b>OPEN TO LEBANESE NATIONALS ONLY</b></p>
<table border="1" cellpadding="4">
{rows}
</table>
<h2>Organizational setting and reporting relationships</h2>
<p>{E(SETTING)}</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Community Liaison Assistant will be responsible for the following duties:</p>
{ul(DUTIES)}
<h2>Competencies</h2>
<ul>{comp}</ul>
<h2>Education</h2>
<p>{E(EDU)}</p>
<h2>Work experience</h2>
<p>{E(W1)} {E(W2)}</p>
<h2>Languages</h2>
<p>English and French are the working languages of the United Nations Secretariat. {E(L1)} {E(L2)}</p>
<h2>Assessment</h2>
<p>Short-listed candidates will sit a written test and an Arabic-English interpretation exercise in Naqoura in the week of 12 January 2036.</p>
<h2>Salary</h2>
<p>The net annual salary at the entry step of this grade is USD 28,907, payable in local currency at the UN operational rate of exchange.</p>
<h2>How to apply</h2>
<p>Send a completed UN Personal History Profile (P11) to unifil-nva@un.example, quoting the Vacancy Announcement Number in the subject line, by the closing date. Applications received after 21 December 2035 will not be considered.</p>
<p>Previous announcements: UNIFIL/NVA/2035/027 Driver (G-2) – closed 14 November 2035.</p>
</main>
<footer>© United Nations 2035 · UNIFIL Headquarters, Naqoura, South Lebanon</footer>
</body></html>
"""
    write(KEY + "-unifil.html", page, KEY)

    txt = f"""Daleel Madani – Civil Society Network
Directory   Jobs   Calls for Proposals   Resources   Log in   العربية

Jobs › {TITLE}

{TITLE}
{ORG.upper()} – UNIFIL

Location
South Lebanon, Naqoura

Type of Appointment
Full-time, fixed-term (one year)

Deadline for Application
21 December 2035

Vacancy Announcement Number
{REF}

Grade
{GRADE}

Duty Station
{LOC}

Organization
{ORG}

Organizational setting and reporting relationships
{SETTING}

Responsibilities
Within delegated authority, the Community Liaison Assistant will be responsible for the following duties:
{chr(10).join("- " + d for d in DUTIES)}

Competencies
{chr(10).join(f"{n}: {d}" for n, d in COMP)}

Education
{EDU}

Work experience
{W1}
{W2}

Languages
English and French are the working languages of the United Nations Secretariat. {L1} {L2}

Salary
The net annual salary at the entry step of this grade is USD 28,907.

How to apply
Send a completed P11 to unifil-nva@un.example by the closing date. Written test: week of 12 January 2036.

Share: Facebook | X | LinkedIn | WhatsApp
Posted on 21 Nov 2035 · 1,384 views

Related jobs
Field Assistant – NGO, Tyre – deadline 05 Dec 2035
Interpreter (consultancy) – INGO, Marjayoun – deadline 30 Dec 2035

Daleel Madani is not responsible for the content of job postings.
"""
    write(KEY + "-daleel.txt", txt, KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, deadline="2035-12-21", salary=sal(28907, "USD", "year"), grade=GRADE,
             req={"en": (ESS, DES)}, comp={"en": COMP})
