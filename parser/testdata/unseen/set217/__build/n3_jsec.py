from common import *
import html as H
KEY = "336391"
TITLE = "Assistant (Rail and Inland Waterway Movements)"
ORG = "Joint Support and Enabling Command (JSEC)"
LOC = "Germany-Ulm"
SCH = "Full-time"
GRADE, CLR = "G10", "NS"
POST = "OJC J4MR 0120"
PRO = [
    "At least 3 years of experience in the planning or booking of rail or inland waterway transport, in a military movement control organisation, a railway undertaking or a freight forwarder.",
    "Working knowledge of the rules for the transport of dangerous goods by rail (RID) or by inland waterway (ADN).",
    "Experience in maintaining movement requests and consignment data in a database or a transport management system.",
]
EDU = [
    "Higher secondary education, or a vocational qualification in logistics or freight forwarding.",
]
LANG = [
    "English: SLP 3332 (Listening, Speaking, Reading and Writing).",
]
ESS = PRO + EDU + LANG
DES = [
    "Knowledge of military mobility arrangements and of the NATO movement and transportation doctrine.",
    "Experience with the Logistics Functional Area Services (LOGFAS), in particular EVE and ADAMS.",
    "German: SLP 2222.",
]
COMPS = [
    ("Personal Attributes", "The incumbent must be reliable under time pressure, careful with figures and able to keep several movement requests in hand at once."),
    ("Professional Contacts", "The incumbent deals daily with national movement coordination centres, railway and barge operators and host nation authorities."),
    ("Contribution to Objectives", "The incumbent's work allows forces and materiel to cross the Joint Support Area on time and within the agreed routes."),
]
exp = expected(KEY, post_number=POST, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
               location={"en": LOC}, schedule={"en": SCH}, deadline="2035-11-07", salary=sal(4793.18), grade=GRADE,
               clearance=CLR, req={"en": {"essential": ESS, "desirable": DES}}, comps={"en": comp(COMPS)})
L = "abcdefghij"
CONTEXT = [
    "Headquarters JSEC is an operational-level joint headquarters that coordinates the enablement of forces moving into, through and out of the Joint Support Area, and the sustainment flow that follows them.",
    "The J4 Movement and Transportation Branch plans and de-conflicts strategic and operational movements by road, rail and inland waterway, together with national movement coordination centres and host nations.",
    "The incumbent processes rail and inland waterway movement requests, checks them against capacity and route restrictions, and keeps the Branch's movement picture up to date.",
]
DUTIES = [
    "Receives, checks and records rail and inland waterway movement requests from sending nations.",
    "Coordinates train paths, loading windows and barge slots with host nation authorities and operators.",
    "Identifies conflicts between requested movements and proposes alternative dates or routes to the staff officer.",
    "Updates the movement picture in LOGFAS and produces daily movement summaries for the Joint Logistic Support Group.",
    "Keeps files on dangerous goods declarations and special transport permits.",
    "Supports exercises and operations in the Movement Coordination Cell, including shift work when required.",
]
SPECIAL = ("The work is normally performed in a Normal NATO office environment. The incumbent may be required to "
           "work in shifts during exercises and to undertake TDY assignments of up to 30 days, within and outside NATO "
           "boundaries.")

def ul(items):
    return "<ul>" + "".join(f"<li>{H.escape(x)}</li>" for x in items) + "</ul>"

DESC_HTML = f"""
<p><b>1. Post Context</b></p>
{''.join(f'<p>{H.escape(p)}</p>' for p in CONTEXT)}
<p><b>Post Number:</b> {POST}</p>
<p><b>Reporting Line:</b> This post reports to OJC J4MR 0010, Branch Head Movement and Transportation, OF-4.</p>
<p><b>2. Principal Duties</b></p>
<p>The incumbent's duties are:</p>
{ul(DUTIES)}
<p><b>3. Special Requirements and Additional Duties</b></p>
<p>{SPECIAL}</p>
<p><b>4. Essential Qualifications</b></p>
<p>a. Professional/Experience:</p>
{ul(PRO)}
<p>b. Education/Training:</p>
{ul(EDU)}
<p>c. Language:</p>
{ul(LANG)}
<p><b>5. Desirable Qualifications</b></p>
{ul(DES)}
<p><b>6. Attributes/Competencies</b></p>
<ul>{''.join(f'<li>{n}: {H.escape(d)}</li>' for n, d in COMPS)}</ul>
<p><b>7. Remarks</b></p>
<p>Only nationals of NATO member states may apply. The successful candidate will be offered a three-year definite duration contract. Applicants who are not successful in this competition may be offered an appointment to another post of a similar nature, at the same or a lower grade.</p>
"""
HTMLDOC = f"""<!DOCTYPE html>
<!-- saved from url=(0089)https://nato.taleo.net/careersection/2/jobdetail.ftl?job={KEY}&tz=GMT%2B01%3A00&lang=en -->
<html lang="en"><head><meta charset="utf-8"><title>Job Description - {H.escape(TITLE)} ({KEY})</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; margin: 1.5em; }}
#cookiebar {{ background: #eee; padding: 6px; font-size: 8pt; }}
.nav a {{ margin-right: 1.5em; }}
.fld .lbl {{ font-weight: bold; margin-top: 6px; }}
h1 {{ font-size: 14pt; }}
</style></head><body>
<div id="cookiebar">This site uses cookies to remember your preferences. <a href="#">Accept</a> <a href="#">Decline</a></div>
<a href="#main" class="skip">Skip to main content</a>
<div class="nav"><a href="#">Job Search</a><a href="#">My Jobpage</a><a href="#">My Account Settings</a><a href="#">Sign In</a></div>
<div class="crumbs">Job Search &gt; Job Description</div>
<div id="main">
<h1>Job Description - {H.escape(TITLE)} ({KEY})</h1>
<div class="actions"><a href="#">Apply Online</a> | <a href="#">Add to My Job Cart</a></div>
<h2>{H.escape(TITLE)}-{KEY}</h2>
<div class="fld"><div class="lbl">Primary Location</div><div class="val">{LOC}</div></div>
<div class="fld"><div class="lbl">NATO Body</div><div class="val">{ORG}</div></div>
<div class="fld"><div class="lbl">Schedule</div><div class="val">{SCH}</div></div>
<div class="fld"><div class="lbl">Application Deadline</div><div class="val">07-Nov-2035, 11:59:00 PM</div></div>
<div class="fld"><div class="lbl">Salary (Pay Basis)</div><div class="val">: 4,793.18Euro (EUR) Monthly</div></div>
<div class="fld"><div class="lbl">Grade</div><div class="val">NATO Grade {GRADE}</div></div>
<div class="fld"><div class="lbl">Clearance Level</div><div class="val">{CLR}</div></div>
<div class="fld"><div class="lbl">Description</div><div class="val">:</div></div>
{DESC_HTML}
<div class="fld"><div class="lbl">Job Posting</div><div class="val">: 10-Oct-2035, 8:00:00 AM</div></div>
<div class="actions"><a href="#">Apply Online</a> | <a href="#">Add to My Job Cart</a></div>
</div>
<div class="footer">Privacy Policy | Accessibility | Powered by Oracle</div>
</body></html>
"""
name = f"{KEY}-natocareers.html"
write(name, HTMLDOC, KEY)
pdf = chromium(name)
add_row(pdf, KEY, "pdf")
add_row(dump(pdf), KEY, "txt")

def bullets(items):
    return "\n".join("• " + x for x in items)

BOARD = f"""DonauJobs.de
Jobs finden   Unternehmen   Gehaltsvergleich   Anmelden
Startseite / Jobs / Ulm / Logistik

{TITLE}
Joint Support and Enabling Command (JSEC)Ulm, Baden-WürttembergVollzeitvor 4 Tagen veröffentlicht
Jetzt bewerben   Merken   Teilen

Auf einen Blick
Primary Location{LOC}NATO Body{ORG}Schedule{SCH}Application Deadline07-Nov-2035, 11:59:00 PMSalary (Pay Basis)4,793.18Euro (EUR) MonthlyGradeNATO Grade {GRADE}Clearance Level{CLR}

Stellenbeschreibung
Job Description - {TITLE} ({KEY})1. Post Context
{chr(10).join(CONTEXT)}
Post Number: {POST}
Reporting Line: This post reports to OJC J4MR 0010, Branch Head Movement and Transportation, OF-4.
2. Principal Duties
The incumbent's duties are:
{bullets(DUTIES)}
3. Special Requirements and Additional Duties
{SPECIAL}
4. Essential Qualifications
a. Professional/Experience:
{bullets(PRO)}
b. Education/Training:
{bullets(EDU)}
c. Language:
{bullets(LANG)}
5. Desirable Qualifications
{bullets(DES)}
6. Attributes/Competencies
{chr(10).join(f"• {n}: {d}" for n, d in COMPS)}
7. Remarks
Only nationals of NATO member states may apply. The successful candidate will be offered a three-year definite duration contract.

Stellen-ID: DJ-88120457 · Quelle: Arbeitgeber-Website

Ähnliche Jobs
Disponent Schienengüterverkehr (m/w/d) · Neu-Ulm · 3.400 € – 4.100 € pro Monat · Bewerbungsfrist 30.11.2035
Sachbearbeiter Zoll und Exportkontrolle (m/w/d) · Ulm · vor 2 Tagen

Impressum · Datenschutz · AGB · Cookie-Einstellungen
"""
write(f"{KEY}-jobboard.txt", BOARD, KEY)
