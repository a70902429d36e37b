from common import *
import html as H
KEY = "NLO-NY-LH-2035-01"
TITLE = "Administrative Officer (Budget and Travel)"
ORG = "NATO Liaison Office to the United Nations (NLO UN)"
LOC = "New York, NY, United States"
SCH = "Full-time"
GRADE, CLR = "LH-7", "NATO CONFIDENTIAL"
ESS = [
    "Bachelor's degree in business administration, accounting, public administration or a related field",
    "At least four years of experience in budget execution, accounting or administrative services, preferably in a diplomatic mission or an international organization",
    "Experience in arranging official travel, including visas, tickets, per diem and travel claims",
    "Advanced Excel skills and experience with an ERP or accounting system",
    "Excellent written and spoken English",
    "Eligibility to work in the United States and for a NATO CONFIDENTIAL security clearance",
]
DES = [
    "Knowledge of NATO financial regulations or of UN administrative procedures",
    "Working knowledge of French",
    "Experience in organizing visits of senior officials",
]
COMPS = [
    ("Accountability", "Takes ownership of the office budget and reports on it accurately and on time."),
    ("Planning and Organizing", "Prepares travel and visits well in advance and foresees alternatives."),
    ("Client Orientation", "Serves the Head of Office and visiting staff politely and efficiently."),
]
exp = expected(KEY, languages=["en"], title={"en": TITLE}, organisation={"en": ORG}, location={"en": LOC},
               schedule={"en": SCH}, deadline="2035-11-28", salary=sal(6415, "USD"), grade=GRADE, clearance=CLR,
               req={"en": {"essential": ESS, "desirable": DES}}, comps={"en": comp(COMPS)})
e = H.escape
FACTS = [("Vacancy number", KEY), ("Organization", ORG), ("Location", LOC), ("Grade", GRADE + " (locally hired staff)"),
         ("Type of employment", SCH), ("Contract", "Two years, renewable"), ("Salary", "USD 6,415 gross per month"),
         ("Security clearance", CLR), ("Deadline for applications", "28 November 2035, 17:00 (EST)")]
ABOUT = ("The NATO Liaison Office to the United Nations maintains NATO's day-to-day contacts with the UN Secretariat, "
         "its departments and agencies, and with the permanent missions of Allies and partners in New York. The small "
         "office of eight staff is looking for an Administrative Officer to run its budget, travel and administrative services.")
DUTIES = ["Prepares and executes the office budget, records commitments and payments, and reports monthly to the NATO HQ Financial Controller.",
          "Arranges official travel for staff and visitors, including visas, tickets, hotel reservations and travel claims.",
          "Manages contracts with local suppliers (lease, cleaning, IT support) and checks invoices.",
          "Keeps personnel and leave records of locally hired staff.",
          "Supports the organization of visits and events at the UN."]
PAGE = f"""<!DOCTYPE html>
<!-- saved from url=(0068)https://www.nato.example/liaison/un-new-york/vacancies/nlo-ny-lh-2035-01 -->
<html lang="en"><head><meta charset="utf-8"><title>Vacancy: {e(TITLE)} – NATO Liaison Office to the UN</title></head><body>
<header><a href="#content">Skip to content</a>
<nav><ul><li>Home</li><li>About the Office</li><li>NATO and the UN</li><li>News</li><li>Vacancies</li><li>Contact</li></ul></nav></header>
<main id="content">
<p class="crumbs">Home / Vacancies / {e(TITLE)}</p>
<h1>Vacancy: {e(TITLE)}</h1>
<p class="date">Posted 22 October 2035</p>
<dl>
{''.join(f'<dt>{e(a)}</dt><dd>{e(b)}</dd>' for a, b in FACTS)}
</dl>
<h2>About the office</h2>
<p>{e(ABOUT)}</p>
<h2>Main responsibilities</h2>
<ul>{''.join(f'<li>{e(x)}</li>' for x in DUTIES)}</ul>
<h2>Required</h2>
<ul>{''.join(f'<li>{e(x)}</li>' for x in ESS)}</ul>
<h2>Desirable</h2>
<ul>{''.join(f'<li>{e(x)}</li>' for x in DES)}</ul>
<h2>Competencies</h2>
<ul>{''.join(f'<li><strong>{e(n)}:</strong> {e(d)}</li>' for n, d in COMPS)}</ul>
<h2>What we offer</h2>
<p>A two-year renewable contract under the office's local employment conditions, health insurance, 25 working days of annual leave, and the US federal holidays plus two NATO holidays.</p>
<h2>How to apply</h2>
<p>Send your résumé and a one-page cover letter, quoting the vacancy number, to the office's administration mailbox. Interviews will be held in New York in mid-December.</p>
</main>
<aside><h3>Latest news</h3><ul><li>12 October 2035 – NATO and UN staff hold annual talks on crisis management</li><li>Intern (Spring 2036) – applications closed on 1 October 2035</li></ul></aside>
<footer>NATO Liaison Office to the United Nations · Privacy · Terms of use</footer>
</body></html>
"""
write(f"{KEY}-nlo.html", PAGE, KEY)

BOARD = f"""GlobalPolicyJobs NYC
Find jobs   Company reviews   Salaries   Post a job   Sign in

{TITLE}
NATO Liaison Office to the United Nations
New York, NY 10017
$6,415 a month - Full-time
Apply on company site

Job details
Pay
$6,415 a month
Job type
Full-time
Location
New York, NY 10017

Full job description
{chr(10).join(f"{a}: {b}" for a, b in FACTS)}
About the office
{ABOUT}
Main responsibilities
{lines(DUTIES)}
Required
{lines(ESS)}
Desirable
{lines(DES)}
Competencies
{chr(10).join(f"{n}: {d}" for n, d in COMPS)}
What we offer
A two-year renewable contract, health insurance, 25 working days of annual leave.

Posted 6 days ago · Report job

People also viewed
Finance Assistant, Permanent Mission – New York, NY – $58,000 - $66,000 a year – closes December 5, 2035
Travel Coordinator, International NGO – New York, NY – posted 3 days ago
© 2035 GlobalPolicyJobs
"""
write(f"{KEY}-jobboard.txt", BOARD, KEY)
