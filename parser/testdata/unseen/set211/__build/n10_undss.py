from common import write, expected, esc

KEY = "undss-nga-nva-2035-03"
REF = "UNDSS/NGA/NVA/2035/03"
TITLE = "Associate Security Analyst"
ORG = "United Nations Department of Safety and Security"
LOC = "Maiduguri"
GRADE = "NO-B"

FACTS = [
    ("Vacancy Announcement No.", REF),
    ("Post Title", TITLE),
    ("Grade", GRADE),
    ("Section/Unit", "Security Information and Operations Centre"),
    ("Duty Station", LOC),
    ("Type of Appointment", "Fixed-term, one year (renewable)"),
    ("Date of Issuance", "23 April 2035"),
    ("Closing Date", "30 May 2035"),
]
BG = (f"The {ORG} (UNDSS) is responsible for providing leadership, operational support and oversight of the "
      "security management system of the United Nations. This post is located in the Security Information and "
      "Operations Centre of UNDSS in Maiduguri, Borno State, and reports to the Chief Security Analyst.")
DUTIES = [
    "Collect and verify information on security incidents affecting the United Nations and its partners in the north-east;",
    "Maintain the incident database and produce daily and weekly security reports and maps;",
    "Contribute to security risk assessments for road movements and field missions;",
    "Brief newly arrived personnel on the security situation and on movement procedures;",
    "Maintain contact with local authorities, community leaders and the security focal points of humanitarian organizations.",
]
COMPS = [
    ("Professionalism", "Shows pride in work, is conscientious and efficient in meeting commitments and observing deadlines."),
    ("Communication", "Speaks and writes clearly, tailors the message to the audience and keeps others informed."),
    ("Planning and Organizing", "Identifies priority activities, allocates time and resources and adjusts plans as required."),
]
EDU = "A first-level university degree in security studies, political science, international relations, social sciences or a related field is required."
EXP_REQ = "A minimum of two years of relevant experience in security information analysis, research or reporting is required."
EXP_DES = "Experience with a United Nations agency or an international humanitarian organization in north-east Nigeria is desirable."
LANG_REQ = "Fluency in English is required."
LANG_DES = "Knowledge of Hausa or Kanuri is desirable."
ESS = [EDU, EXP_REQ, LANG_REQ]
DES = [EXP_DES, LANG_DES]
NOTE = "THIS VACANCY IS OPEN TO NIGERIAN NATIONALS ONLY. Short-listed candidates will be invited to a written test and a competency-based interview in June 2035."


def email():
    L = ["From: UN Nigeria Staff Broadcast <broadcast.nigeria@un.example>",
         "Sent: Wednesday, April 23, 2035 3:05 PM",
         "To: All UN Personnel – Nigeria",
         "Subject: [BROADCAST] National Vacancy Announcement – " + TITLE + " (" + GRADE + ") – Maiduguri", "",
         "Dear colleagues,", "",
         "Please find below a national vacancy announcement issued by UNDSS. Kindly share it with qualified candidates.",
         "Note that the office will be closed on 1 May 2035 (Workers' Day).", "",
         "-" * 70, "NATIONAL VACANCY ANNOUNCEMENT", "-" * 70]
    L += [f"{l + ':':<28}{v}" for l, v in FACTS]
    L += ["", NOTE, "", "BACKGROUND", BG, "", "DUTIES AND RESPONSIBILITIES"] + ["- " + d for d in DUTIES]
    L += ["", "COMPETENCIES"] + [f"{n}: {d}" for n, d in COMPS]
    L += ["", "EDUCATION", EDU, "", "WORK EXPERIENCE", EXP_REQ + " " + EXP_DES, "",
          "LANGUAGES", "English is the working language of the United Nations in Nigeria. " + LANG_REQ + " " + LANG_DES, "",
          "HOW TO APPLY",
          "Send a completed Personal History Form (P.11) and a cover letter to undss-nigeria-recruitment@un.example,",
          "quoting the vacancy announcement number in the subject line. Late applications will not be considered.", "",
          "-" * 70, "UN Nigeria Communications Group | Please do not reply to this broadcast", ""]
    return "\n".join(L)


def board_html():
    dl = "".join(f"<div class='row'><span class='k'>{esc(l)}</span><span class='v'>{esc(v)}</span></div>" for l, v in FACTS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} at UNDSS – NaijaNGOJobs</title>
<style>
body {{ font-family: Arial, sans-serif; margin: 0; }}
.top {{ background: #0b7a3e; color: #fff; padding: 8px 14px; }}
.wrap {{ display: flex; }} .main {{ flex: 3; padding: 12px; }} .side {{ flex: 1; padding: 12px; background: #f3f3f3; }}
.k {{ font-weight: bold; }}
</style></head><body>
<div class="top">NaijaNGOJobs · Jobs · NGOs · UN Jobs · Post a Job · Login</div>
<div class="wrap"><div class="main">
<p>Home » UN Jobs » Borno</p>
<h1>{esc(TITLE)} ({GRADE}) at the United Nations Department of Safety and Security (UNDSS)</h1>
<p>Posted on Thursday, April 24, 2035 · 2,311 views · Borno</p>
<p>{esc(BG)}</p>
<p><b>Job Details</b></p>
{dl}
<p><b>{esc(NOTE)}</b></p>
<h2>Duties and Responsibilities</h2>
<ul>{''.join(f'<li>{esc(d)}</li>' for d in DUTIES)}</ul>
<h2>Competencies</h2>
{''.join(f'<p><b>{esc(n)}:</b> {esc(d)}</p>' for n, d in COMPS)}
<h2>Education</h2><p>{esc(EDU)}</p>
<h2>Work Experience</h2><p>{esc(EXP_REQ)} {esc(EXP_DES)}</p>
<h2>Languages</h2><p>English is the working language of the United Nations in Nigeria. {esc(LANG_REQ)} {esc(LANG_DES)}</p>
<h2>How to Apply</h2>
<p>Interested and qualified candidates should send a P.11 form and a cover letter to undss-nigeria-recruitment@un.example, quoting the vacancy number.</p>
<p><b>Application Deadline:</b> 30th May, 2035.</p>
<p>Share: WhatsApp · Facebook · X · LinkedIn · Email</p>
</div>
<div class="side"><h3>Related Jobs</h3>
<p>Protection Officer – UNHCR – Yola – Deadline: 12th May, 2035</p>
<p>Field Security Assistant – WFP – Damaturu – Deadline: 19th May, 2035</p>
<p>Join our Telegram channel for daily job alerts.</p></div></div>
<p style="font-size:9pt;padding:8px">© 2035 NaijaNGOJobs · About · Privacy · Disclaimer: we are not the employer.</p>
</body></html>
"""


def build():
    write(KEY + "-broadcast.txt", email(), KEY)
    write(KEY + "-naijangojobs.html", board_html(), KEY)
    expected(KEY, {
        "reference": REF, "post_number": None, "languages": ["en"],
        "title": {"en": TITLE}, "organisation": {"en": ORG}, "location": {"en": LOC},
        "schedule": {}, "deadline": "2035-05-30", "salary": None, "grade": GRADE, "clearance": None,
        "requirements": {"en": {"essential": ESS, "desirable": DES}},
        "competencies": {"en": [{"name": n, "description": d} for n, d in COMPS]},
    })
