from common import *
REF = "2033 27 (G)"
KEY = "2033-27-g"
TITLE = "Meeting Services Assistant"
ORG = "International Maritime Organization"
LOC = "London, United Kingdom"
GRADE = "G-5"
ESS = [
 "Completion of secondary education; a post-secondary certificate in office administration, hospitality or event management.",
 "At least five years of progressively responsible experience in meeting or conference support, of which two years in an intergovernmental or diplomatic setting.",
 "Proficient use of spreadsheet and word-processing software and of an online registration or delegate management system.",
 "Fluency in written and spoken English.",
]
DES = [
 "Experience of hybrid meetings with remote interpretation.",
 "A working knowledge of French or Spanish.",
]
COMP = [
 ("Client orientation", "Treats delegations and colleagues as clients, anticipates their needs during busy sessions and keeps them informed of changes."),
 ("Planning and organizing", "Prepares checklists and timetables ahead of each meeting and reorders tasks when agendas move."),
 ("Teamwork", "Works with interpreters, technicians and documents staff towards a shared outcome and shares credit."),
 ("Accuracy", "Checks lists of participants, badges and room bookings so that errors are caught before a session opens."),
]
DUTIES = [
 "Prepare the logistics of sessions of IMO bodies and their working groups, including room allocation, seating plans and the set-up of conference equipment.",
 "Manage the online registration of delegates, produce the provisional and final lists of participants and issue badges.",
 "Coordinate with the interpretation, documents and security services before and during each session.",
 "Act as first point of contact for secretaries of committees and for delegations on practical arrangements.",
 "Keep the meeting calendar of the Headquarters building up to date and reconcile bookings with external users.",
 "Draft routine correspondence and compile statistics on meeting use for the annual report of the Division.",
 "Perform other duties as assigned.",
]
SALARY_LINE = "£41,286 net per annum, free of income tax in the United Kingdom. A language allowance may be payable on passing the UN language proficiency examination."
CONTRACT = "Fixed-term for two years (the first year is probationary), with the possibility of extension subject to satisfactory performance."
expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {}, "2033-08-11",
         sal(41286, cur="GBP", period="year"), GRADE,
         {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})

ol = lambda xs: "".join(f"<li>{esc(x)}</li>\n" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF} – {TITLE}, Conference Division | IMO</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} header{{background:#003a70;color:#fff;padding:10px}} nav a{{color:#fff;margin-right:12px}}
.side{{float:right;width:260px;background:#f2f5f8;padding:10px;margin:0 0 10px 16px}} .side dt{{font-weight:bold;margin-top:6px}} .side dd{{margin:0}}
main{{padding:12px 20px}}</style></head>
<body>
<header><strong>IMO</strong> International Maritime Organization
<nav><a href="#">About IMO</a><a href="#">Our Work</a><a href="#">Media Centre</a><a href="#">Careers</a><a href="#">Knowledge Centre</a></nav></header>
<div id="cookie">This site uses cookies to improve your experience. <button>Accept</button> <button>Decline</button></div>
<main>
<p class="crumbs">Home › About › Careers › Vacancies › General Service</p>
<h1>{REF} – {TITLE}, Conference Division</h1>
<p class="added">Added Date: Monday, 14 July 2033</p>
<aside class="side"><dl>
<dt>Vacancy announcement</dt><dd>{REF}</dd>
<dt>Post title</dt><dd>{TITLE}</dd>
<dt>Grade</dt><dd>{GRADE}</dd>
<dt>Division</dt><dd>Conference Division, Meeting Services Section</dd>
<dt>Duty station</dt><dd>{LOC}</dd>
<dt>Closing date</dt><dd>11 August 2033</dd>
</dl><p><a href="#">Apply through the e-Recruitment system</a></p></aside>
<p>The Secretary-General of the {ORG} (IMO), the United Nations specialized agency responsible for the safety and security of shipping and the prevention of pollution by ships, invites applications for the above post. This post is open to candidates residing within commuting distance of London.</p>
<h2>Contract Information</h2>
<p>{CONTRACT}</p>
<h2>Salary Information</h2>
<p>{esc(SALARY_LINE)}</p>
<h2>Purpose</h2>
<p>Under the supervision of the Head, Meeting Services Section, the incumbent ensures that meetings held at IMO Headquarters and away from Headquarters run smoothly for delegations, interpreters and Secretariat staff.</p>
<h2>Duties and Responsibilities</h2>
<ol>
{ol(DUTIES)}</ol>
<h2>Competencies</h2>
<ul>
{"".join(f"<li><strong>{esc(n)}:</strong> {esc(d)}</li>" for n, d in COMP)}
</ul>
<h2>Essential qualifications and experience</h2>
<ol>
{ol(ESS)}</ol>
<h2>Desirable qualifications and experience</h2>
<ol>
{ol(DES)}</ol>
<h2>Other information</h2>
<p>Shortlisted candidates may be asked to sit a practical test during the week of 25 August 2033. IMO does not charge any fee at any stage of the recruitment process. Staff members are expected to move within the Organization in line with its mobility policy.</p>
</main>
<footer>© IMO · 4 Albert Embankment, London · Terms and conditions · Privacy</footer>
</body></html>
"""
out(KEY + "-imo.html", html, KEY)

num = "".join(f"{i+1} {x}" for i, x in enumerate(DUTIES))
txt = f"""UN Career
Home  Vacancies  Organizations  Duty stations  Post a job
{TITLE}
International Maritime Organization (IMO)
London, United Kingdom
Added 15 Jul 2033 · Expires 11 Aug 2033
Apply now   Save

Job DetailsOrganizationInternational Maritime Organization (IMO)Duty stationLondonGrade{GRADE}Vacancy announcement{REF}Closing date11 Aug 2033
Contract Information{CONTRACT}
Salary Information{SALARY_LINE}
PurposeUnder the supervision of the Head, Meeting Services Section, the incumbent ensures that meetings held at IMO Headquarters and away from Headquarters run smoothly for delegations, interpreters and Secretariat staff.
Duties and Responsibilities{num}
Competencies{"".join(f"{n}: {d}" for n, d in COMP)}
Essential qualifications and experience{"".join(ESS)}
Desirable qualifications and experience{"".join(DES)}
Other informationShortlisted candidates may be asked to sit a practical test during the week of 25 August 2033. IMO does not charge any fee at any stage of the recruitment process.

The Secretary-General of the {ORG} (IMO) invites applications for this post; location of the post: {LOC}.

Related vacancies
Documents Assistant (French Translation), G-4 – London – Expires 20 Aug 2033
Technical Officer, Marine Environment Division, P-3 – London – Expires 2 Sep 2033

© UN Career – Jobs in the UN system and international organizations
"""
out(KEY + "-uncareer.txt", txt, KEY)
