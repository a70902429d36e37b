from common import *
REF = "ICIRC-LE-2041-01"
TITLE = "Course Coordination Assistant"
ORG = "NATO-ICI Regional Centre"
LOC = "Kuwait City, Kuwait"
SCH = "Full-time (Sunday to Thursday)"
GRADE = "LE-6"
CLR = "NATO CONFIDENTIAL"
SAL = "KWD 1,384 per month"
DL = "Monday, 25 February 2041, 14:00 (Kuwait time)"
BACKGROUND = ("The NATO-Istanbul Cooperation Initiative Regional Centre in Kuwait offers courses, seminars and "
              "workshops on security and defence topics to officials of the Gulf region and of NATO nations. Faculty "
              "come mainly from the NATO Defense College, the NATO School Oberammergau and Allied institutions. The "
              "Course Coordination Assistant organises the practical side of every activity held at the Centre.")
DUTIES = ["Prepares course calendars, participant lists and joining instructions in English and Arabic.",
          "Arranges visas, airport transfers, accommodation and transport for lecturers and participants.",
          "Sets up classrooms, interpretation booths and audio-visual equipment with the support staff.",
          "Collects course evaluations and compiles the statistics for the Director.",
          "Maintains the Centre's contact database and alumni mailing list."]
ESS = ["Bachelor's degree in business administration, hospitality, international relations or a related field.",
       "At least three years of experience in organising courses, conferences or events.",
       "Fluency in Arabic and English, spoken and written.",
       "Very good command of Microsoft Office and online registration tools.",
       "Ability to work occasional evenings and weekends during courses."]
DES = ["Experience with an international organisation or an embassy.",
       "Knowledge of protocol in the Gulf region.",
       "A valid Kuwaiti driving licence."]
COMP = [("Organisation", "Plans ahead and keeps many practical details under control."),
        ("Service orientation", "Makes guests and lecturers feel welcome and supported."),
        ("Cultural awareness", "Works comfortably with people of many nationalities and ranks.")]
CONDITIONS = ("The post is open to Kuwaiti nationals and to residents of Kuwait holding a valid residence permit. "
              "The successful candidate will be offered a locally employed contract of two years. Interviews are "
              "expected in the second week of March 2041.")

def build():
    expected(REF, None, ("en",), {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2041-02-25",
             sal(1384, "KWD"), GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP})
    heads = ["Reference", "Post Title", "Organization", "Duty Station", "Grade", "Work Pattern",
             "Clearance", "Monthly Salary", "Closing Date"]
    vals = [REF, TITLE, ORG, LOC, GRADE, SCH, CLR, SAL, DL]
    ul = lambda xs: "<ul>" + "".join("<li>%s</li>" % esc(x) for x in xs) + "</ul>"
    html = """<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Vacancy %s - NATO-ICI Regional Centre</title>
<style>table{border-collapse:collapse;font-size:90%%}th,td{border:1px solid #999;padding:4px}th{background:#dde6f0}</style></head>
<body>
<div id="topbar">العربية | English</div>
<header><h2>NATO-ICI Regional Centre · Kuwait</h2>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/courses">Courses 2041</a> | <a href="/vacancies">Vacancies</a> | <a href="/contact">Contact</a></nav></header>
<main>
<h1>Vacancy Announcement</h1>
<p>Issued: 20 January 2041</p>
<table><thead><tr>%s</tr></thead><tbody><tr>%s</tr></tbody></table>
<h2>Background</h2><p>%s</p>
<h2>Duties and responsibilities</h2>%s
<h2>Minimum qualifications</h2>%s
<h2>Preferred qualifications</h2>%s
<h2>Core competencies</h2><ul>%s</ul>
<h2>Conditions of employment</h2><p>%s</p>
<p><a href="/apply">Apply online</a></p>
</main>
<aside><h3>Upcoming courses</h3><ul><li>Energy Security Course &mdash; 3&ndash;7 February 2041</li><li>Maritime Security Seminar &mdash; 24&ndash;27 February 2041</li></ul></aside>
<footer>NATO-ICI Regional Centre &middot; Kuwait &middot; &copy; 2041</footer>
</body></html>""" % (REF, "".join("<th>%s</th>" % h for h in heads), "".join("<td>%s</td>" % esc(v) for v in vals),
        esc(BACKGROUND), ul(DUTIES), ul(ESS), ul(DES),
        "".join("<li><strong>%s</strong>: %s</li>" % (esc(n), esc(d)) for n, d in COMP), esc(CONDITIONS))
    write(REF + "-icirc.html", html, REF)
    B = ["gulfcareers.example", "Find Jobs   Companies   CV Builder   Salaries   Log in", "",
         "Jobs in Kuwait > Administration jobs", "",
         TITLE, "NATO-ICI Regional Centre - Kuwait City, Kuwait", "Posted on: 21 Jan 2041", "",
         "Apply Now", "", "Job Details",
         "Job Location", "Kuwait City, Kuwait",
         "Company Industry", "International Organizations; Government",
         "Company Type", "Employer (Private Sector)",
         "Job Role", "Administration",
         "Employment Type", "Full Time Employee",
         "Monthly Salary Range", "Unspecified", "",
         "Job Description", "",
         "Reference: " + REF, "Post Title: " + TITLE, "Organization: " + ORG, "Duty Station: " + LOC,
         "Grade: " + GRADE, "Work Pattern: " + SCH, "Clearance: " + CLR, "Monthly Salary: " + SAL,
         "Closing Date: " + DL, "", "Background", BACKGROUND, "", "Duties and responsibilities"]
    B += ["- " + x for x in DUTIES]
    B += ["", "Minimum qualifications"] + ["- " + x for x in ESS]
    B += ["", "Preferred qualifications"] + ["- " + x for x in DES]
    B += ["", "Core competencies"] + ["- " + n + ": " + d for n, d in COMP]
    B += ["", "Conditions of employment", CONDITIONS, "",
          "Skills", "event coordination, Arabic, English, MS Office, logistics", "",
          "Preferred Candidate", "Career Level", "Mid Career", "Residence Location", "Kuwait", "Degree", "Bachelor's degree / higher diploma", "",
          "Similar Jobs",
          "Events Coordinator - Hawalli - KWD 700 - 900 - 3 days ago",
          "Training Administrator - Kuwait City - closes 28 Feb 2041",
          "Executive Assistant (Arabic/English) - Salmiya", "",
          "© 2041 gulfcareers · Privacy Policy · Terms"]
    write(REF + "-gulfcareers.txt", "\n".join(B), REF)
