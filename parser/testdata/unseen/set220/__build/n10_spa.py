from common import *
import textwrap

KEY = "spa-hrd-06-2036"
REF = "SPA/HRD/06/2036"
TITLE = "Berthing Supervisor"
ORG = "Seychelles Ports Authority"
LOC = "Port Victoria, Mahé"
SCHED = "Shift work on a 24-hour roster, including weekends and public holidays"
GRADE = "SPA Grade 11"
SALTXT = "SCR 34,600 per month (basic), plus shift and sea-going allowances"
DUT = [
    "Allocate berths and anchorages and keep the vessel movement log.",
    "Coordinate pilotage, towage and mooring gangs for arriving and departing vessels.",
    "Inspect harbour limits and report hazards to navigation.",
    "Act for the Harbour Master on shift when required.",
]
REQ = [
    "A Diploma in Nautical Science or a Certificate of Competency as Chief Mate (unlimited) or equivalent.",
    "At least five (5) years' sea-going or port operations experience.",
    "A valid GMDSS General Operator's Certificate.",
    "Good command of English and Creole; working knowledge of French.",
]
DES = [
    "Experience of vessel traffic services or port state control.",
    "Knowledge of the ISPS Code.",
]
expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2036-02-20",
         sal(amount=34600, cur="SCR"), GRADE, {"en": {"essential": REQ, "desirable": DES}}, {"en": []})

rows = [("POST", TITLE), ("REFERENCE", REF), ("EMPLOYER", ORG), ("SECTION", "Harbour Master's Office, Marine Services"),
        ("PLACE OF WORK", LOC), ("GRADE", GRADE), ("SALARY", SALTXT), ("HOURS OF WORK", SCHED),
        ("CLOSING DATE", "Wednesday 20 February 2036 at 4.00 p.m.")]
trs = "".join(f"<tr><td><b>{e(a)}</b></td><td>:</td><td>{e(b)}</td></tr>\n" for a, b in rows)
roman = ["i", "ii", "iii", "iv", "v"]
page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vacancy – {TITLE} – SPA</title>
<style>body{{font-family:Arial;font-size:10pt}} td{{vertical-align:top;padding:3px}}</style></head><body>
<div>Home | About SPA | Port Services | Tariffs | Notices to Port Users | <b>Vacancies</b> | Contact</div>
<h1>NOTICE OF VACANCY</h1>
<p>The Seychelles Ports Authority invites applications from suitably qualified Seychellois citizens for
the post below.</p>
<table>
{trs}</table>
<h3>DUTIES</h3>
<ol>{''.join(f'<li>{e(d)}</li>' for d in DUT)}</ol>
<h3>QUALIFICATIONS AND EXPERIENCE</h3>
<table>{''.join(f'<tr><td>({roman[i]})</td><td>{e(r)}</td></tr>' for i, r in enumerate(REQ))}</table>
<h3>ADDED ADVANTAGE</h3>
<ul>{''.join(f'<li>{e(d)}</li>' for d in DES)}</ul>
<h3>NOTE</h3>
<p>(a) Applications on the prescribed SPA form, with copies of certificates and a recent police
clearance, should reach the Human Resources Section, Mahé Quay, by Wednesday 20 February 2036 at
4.00 p.m.<br>(b) Only shortlisted candidates will be contacted for interviews in the week of 9 March 2036.<br>
(c) Download the Application Form · Download the List of Duties</p>
<p><small>Other notices: Tender SPA/T/2036/02 – dredging of the fishing port, closing 5 March 2036.</small></p>
<footer>© 2036 Seychelles Ports Authority – fictitious reproduction for testing.</footer>
</body></html>"""
w(f"{KEY}-spa.html", page)

W = 66
def f(l, v):
    return textwrap.fill(v, W, initial_indent=f"{l:<16}", subsequent_indent=" " * 16)
def it(n, t):
    return textwrap.fill(t, W, initial_indent=f"({n}) ".ljust(6), subsequent_indent=" " * 6)
out = ["THE ISLAND COURIER (fictitious) – Tuesday 29 January 2036 – CLASSIFIEDS – p. 14", "=" * W, "",
       "SEYCHELLES PORTS AUTHORITY".center(W), "VACANCY".center(W), "",
       f("Post:", TITLE), f("Ref:", REF), f("Employer:", ORG), f("Place of work:", LOC), f("Grade:", GRADE),
       f("Salary:", SALTXT), f("Hours of work:", SCHED), "",
       "Duties include:", *[textwrap.fill(d, W, initial_indent="  * ", subsequent_indent="    ") for d in DUT], "",
       "Qualifications and experience:", *[it(roman[i], r) for i, r in enumerate(REQ)], "",
       "Added advantage:", *[textwrap.fill(d, W, initial_indent="  - ", subsequent_indent="    ") for d in DES], "",
       textwrap.fill("Application forms are available at the Human Resources Section, Mahé Quay, and must be "
                     "returned on or before Wednesday 20th February 2036 at 4.00 p.m. "
                     "(closing date: 20 February 2036).", W), "",
       "-" * W,
       "FOR SALE: 22 ft fibreglass boat with 2 x 60 HP engines, SCR 210,000 o.n.o. Tel. 2 500 000 (fictitious).",
       "-" * W,
       "NOTICE: The Anse Royale district office will be closed on Friday 8 February 2036 for staff training.",
       ]
w(f"{KEY}-courier.txt", "\n".join(out) + "\n")
print("n10 ok")
