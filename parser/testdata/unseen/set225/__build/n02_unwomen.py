"""UN Women Rwanda: country-office vacancy announcement (HTML -> LibreOffice PDF) and an inter-agency e-mail forward."""
from common import w, src, libreoffice, expected, esc

REF = "UNW/RWA/VA/2036/011"
KEY = "unw-rwa-va-2036-011"
TITLE = "Programme Analyst (Gender-Responsive Budgeting)"
ORG = "United Nations Entity for Gender Equality and the Empowerment of Women"
LOC = "Kigali, Rwanda"
GRADE = "NO-B"
REQ = [  # (text, essential?)
    ("Master's degree or equivalent in economics, public finance, gender studies, development studies or a related "
     "field is required.", True),
    ("A first-level university degree in combination with two additional years of qualifying experience may be "
     "accepted in lieu of the advanced university degree.", True),
    ("At least two years of progressively responsible experience in public finance management, budget analysis or "
     "gender mainstreaming is required.", True),
    ("Experience in working with ministries of finance or planning on budget call circulars or gender budget "
     "statements is required.", True),
    ("Experience with a UN agency or a development partner in Rwanda is an asset.", False),
    ("Fluency in English and Kinyarwanda is required.", True),
    ("Working knowledge of French is desirable.", False),
]
EDU, EXP, LANG = REQ[0:2], REQ[2:5], REQ[5:7]
CORE = ["Awareness and Sensitivity Regarding Gender Issues", "Accountability", "Creative Problem Solving",
        "Effective Communication", "Inclusive Collaboration", "Stakeholder Engagement", "Leading by Example"]
FUNC = ["Public finance analysis", "Gender budget tagging and tracking", "Policy brief writing",
        "Facilitation of training for government officials"]
DUTIES = [
    "Provide technical support to the Ministry of Finance and Economic Planning on the preparation of the national "
    "Gender Budget Statement and its annexes;",
    "Review sector budget submissions and draft short analytical notes on the allocation of resources to gender "
    "equality commitments;",
    "Support district authorities in applying gender budget tagging in their annual action plans;",
    "Maintain the country office's database on public spending for gender equality and prepare quarterly updates;",
    "Organize training sessions and peer exchanges for budget officers and members of parliament;",
    "Contribute to donor reports, knowledge products and resource mobilization proposals.",
]
BACKGROUND = ("UN Women supports Member States in setting global standards for gender equality and works with "
              "governments and civil society to design the laws, policies, programmes and services needed to apply "
              "them. In Rwanda, the country office's programme on gender-responsive planning and budgeting helps "
              "national and local institutions turn gender commitments into budget lines that can be tracked.")


def html():
    def lst(items):
        return "<ul>\n" + "\n".join(f"<li>{esc(t)}</li>" for t, _ in items) + "\n</ul>"
    duties = "<ol>\n" + "\n".join(f"<li>{esc(d)}</li>" for d in DUTIES) + "\n</ol>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{REF}</title>
<style>body{{font-family:"Liberation Sans";font-size:10pt}} td{{border:1px solid #000;padding:3px}}
h1,h2{{font-family:"Liberation Sans"}} h1{{font-size:13pt;text-align:center}} h2{{font-size:11pt}}</style></head>
<body>
<p align="center"><b>UN WOMEN</b><br>{esc(ORG)}<br>Rwanda Country Office &ndash; KG 7 Avenue, Kigali</p>
<h1>VACANCY ANNOUNCEMENT</h1>
<table width="100%" cellspacing="0" cellpadding="3" border="1">
<tr><td width="35%"><b>Vacancy Announcement No.:</b></td><td>{REF}</td></tr>
<tr><td><b>Post Title:</b></td><td>{esc(TITLE)}</td></tr>
<tr><td><b>Post Level:</b></td><td>{GRADE}</td></tr>
<tr><td><b>Duty Station:</b></td><td>{LOC}</td></tr>
<tr><td><b>Type of Appointment:</b></td><td>Fixed Term Appointment (FTA)</td></tr>
<tr><td><b>Duration:</b></td><td>One year, renewable</td></tr>
<tr><td><b>Open to:</b></td><td>Rwandan nationals only</td></tr>
<tr><td><b>Date of Issue:</b></td><td>16 June 2036</td></tr>
<tr><td><b>Closing Date:</b></td><td>06 July 2036 (midnight, Kigali time)</td></tr>
</table>
<h2>Background</h2>
<p>{esc(BACKGROUND)}</p>
<p>Reporting to the Programme Specialist for Governance, the Programme Analyst supports the design and delivery of
the gender-responsive budgeting portfolio.</p>
<h2>Duties and Responsibilities</h2>
{duties}
<h2>Key Performance Indicators</h2>
<p>Timely and accurate technical inputs; quality of analytical notes; number of institutions applying gender budget
tagging.</p>
<h2>Competencies</h2>
<p><b>Core Values:</b></p>
<ul><li>Respect for Diversity</li><li>Integrity</li><li>Professionalism</li></ul>
<p><b>Core Competencies:</b></p>
<ul>
{chr(10).join(f"<li>{esc(c)}</li>" for c in CORE)}
</ul>
<p><b>Functional Competencies:</b></p>
<ul>
{chr(10).join(f"<li>{esc(c)}</li>" for c in FUNC)}
</ul>
<h2>Required Skills and Experience</h2>
<p><b>Education and Certification:</b></p>
{lst(EDU)}
<p><b>Experience:</b></p>
{lst(EXP)}
<p><b>Languages:</b></p>
{lst(LANG)}
<h2>Remuneration</h2>
<p>The annual net salary for this post starts at RWF 38,614,000, plus benefits in line with the conditions of service
of the United Nations for National Professional Officers.</p>
<h2>How to apply</h2>
<p>Submit a completed P.11 form or a CV with a cover letter through the UN Women careers portal. Only short-listed
candidates will be contacted; a written test is planned for 21 July 2036.</p>
<p><i>UN Women has a zero-tolerance policy on conduct that is incompatible with the aims and objectives of the United
Nations. All selected candidates will undergo rigorous reference and background checks.</i></p>
</body></html>
"""


def email():
    L = ["From: Uwase, Diane <diane.uwase@unwomen.example>",
         "Sent: Tuesday, 17 June 2036 09:41",
         "To: OMT-Rwanda-HR-Focal-Points <omt-hr-rw@un.example>",
         "Subject: FW: Vacancy Announcement " + REF + " - " + TITLE,
         "",
         "Dear colleagues,",
         "",
         "Please circulate the vacancy below within your networks. Kindly note that the OMT HR meeting has moved",
         "to Thursday 26 June 2036.",
         "",
         "Best regards,",
         "Diane",
         "",
         "-----Original Message-----",
         "From: UN Women Rwanda HR",
         "Sent: Monday, 16 June 2036 17:05",
         "Subject: Vacancy Announcement " + REF,
         "",
         "UN WOMEN - " + ORG.upper(),
         "VACANCY ANNOUNCEMENT",
         "",
         "Vacancy Announcement No.:  " + REF,
         "Post Title:                " + TITLE,
         "Post Level:                " + GRADE,
         "Duty Station:              " + LOC,
         "Type of Appointment:       Fixed Term Appointment (FTA)",
         "Duration:                  One year, renewable",
         "Open to:                   Rwandan nationals only",
         "Closing Date:              06 July 2036 (midnight, Kigali time)",
         "",
         "Organization: " + ORG + " (UN Women)",
         "",
         "BACKGROUND",
         BACKGROUND,
         "",
         "DUTIES AND RESPONSIBILITIES"]
    L += [f"{i}. {d}" for i, d in enumerate(DUTIES, 1)]
    L += ["", "COMPETENCIES", "Core Values: Respect for Diversity; Integrity; Professionalism", "",
          "Core Competencies:"]
    L += ["  * " + c for c in CORE]
    L += ["", "Functional Competencies:"]
    L += ["  * " + c for c in FUNC]
    L += ["", "REQUIRED SKILLS AND EXPERIENCE", "Education and Certification:"]
    L += ["  * " + t for t, _ in EDU]
    L += ["Experience:"] + ["  * " + t for t, _ in EXP]
    L += ["Languages:"] + ["  * " + t for t, _ in LANG]
    L += ["", "REMUNERATION",
          "The annual net salary for this post starts at RWF 38,614,000, plus benefits in line with the",
          "conditions of service of the United Nations for National Professional Officers.",
          "",
          "Written test (short-listed candidates only): 21 July 2036.",
          "",
          "________________________________",
          "This e-mail and any attachments are intended for the addressee only.", ""]
    return "\n".join(L)


def build():
    p = src(KEY + "-va.source.html", html())
    libreoffice(p, KEY + "-va.libreoffice.pdf", KEY)
    w(KEY + "-email.txt", email(), KEY)
    ess = [t for t, e in REQ if e]
    des = [t for t, e in REQ if not e]
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, deadline="2036-07-06", grade=GRADE,
             salary=(38614000, None, None, "RWF", "year"),
             requirements={"en": (ess, des)}, competencies={"en": [(c, "") for c in CORE + FUNC]})
