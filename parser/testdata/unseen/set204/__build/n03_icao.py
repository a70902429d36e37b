from common import *

KEY = "2034-72-p"
REF = "2034/72/P"
POST = "ANB/AIR/0218"
TITLE = "Technical Officer (Aircraft Airworthiness)"
ORG = "International Civil Aviation Organization"
LOC = "Montréal"
COMP = [
    ("Professionalism", "applies sound engineering judgement to certification questions, keeps abreast of new aircraft technologies and meets the deadlines of the Panel and the Commission."),
    ("Planning and organizing", "breaks a multi-year amendment programme into clear steps, agrees them with experts and tracks progress against them."),
    ("Teamwork", "works with specialists of other sections and with State experts as one team and shares credit for joint results."),
]
EDU = "A first level university degree in aeronautical engineering, mechanical engineering or a related technical field."
EXP_E = [
    "A minimum of five years of experience in the certification or continuing airworthiness of transport category aircraft within a civil aviation authority or an approved organization.",
    "Experience in drafting technical regulations, guidance material or inspection procedures.",
]
EXP_D = [
    "Experience in the implementation of ICAO Standards and Recommended Practices related to airworthiness.",
    "Experience in delivering technical assistance missions or training to civil aviation authorities.",
]
LANG_E = "Fluent reading, writing and speaking abilities in English."
LANG_D = "A working knowledge of any other language of the Organization (Arabic, Chinese, French, Russian or Spanish)."
F1 = ["Prepare proposals for amendments to Annex 8 and to the airworthiness manuals, with supporting studies and impact assessments;",
      "Draft working papers and reports for the Airworthiness Panel and for the Air Navigation Commission;",
      "Review comments received from States on State letters and prepare summaries and recommendations."]
F2 = ["Analyse audit findings on airworthiness and propose targeted assistance;",
      "Develop and deliver workshops and online courses for inspectors of civil aviation authorities;",
      "Respond to technical queries from States, industry and other bureaus."]


def source():
    li = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
    comp = "".join(f"<p><b>{n}:</b> {d}</p>" for n, d in COMP)
    return f"""<html><head><meta charset="utf-8"><style>
body{{font-family:'Liberation Serif';font-size:11pt}} td{{vertical-align:top;padding:2pt 6pt}} h3{{font-size:11pt}}
</style></head><body>
<p align="center"><b>INTERNATIONAL CIVIL AVIATION ORGANIZATION</b><br/>999 Robert-Bourassa Boulevard, Montréal, Quebec, Canada H3C 5H7</p>
<p align="center"><b>VACANCY NOTICE</b></p>
<table border="1" cellspacing="0" width="100%">
<tr><td width="35%">Post Title:</td><td>{TITLE}</td></tr>
<tr><td>Vacancy Notice:</td><td>{REF}</td></tr>
<tr><td>Post Number:</td><td>{POST}</td></tr>
<tr><td>Level:</td><td>P-3</td></tr>
<tr><td>Posting Period:</td><td>4 September 2034 – 9 October 2034</td></tr>
<tr><td>Duty Station:</td><td>{LOC}</td></tr>
<tr><td>Date for entry on duty:</td><td>As soon as possible</td></tr>
</table>
<p><i>Special Notice: Female candidates are strongly encouraged to apply for {ORG} positions, especially in the Professional and higher categories. ICAO Core Values: Integrity, Professionalism, Respect for Diversity.</i></p>
<h3>THE ORGANIZATIONAL SETTING</h3>
<p>The Air Navigation Bureau (ANB) of the {ORG} (ICAO) provides technical expertise to the Air Navigation Commission, the Council and the Assembly. The Airworthiness Section develops Standards and guidance on the design, production and continuing airworthiness of aircraft. The incumbent reports to the Chief, Airworthiness Section, and works with the panels and study groups attached to the Section.</p>
<h3>MAJOR DUTIES AND RESPONSIBILITIES</h3>
<p><b>Function 1 (incl. Expected results)</b><br/>Develops airworthiness provisions, achieving results such as:</p>
<ul>{li(F1)}</ul>
<p><b>Function 2 (incl. Expected results)</b><br/>Supports States in implementing the provisions, achieving results such as:</p>
<ul>{li(F2)}</ul>
<p><b>Function 3</b><br/>Performs other related duties as assigned.</p>
<h3>COMPETENCIES</h3>
{comp}
<h3>QUALIFICATIONS AND EXPERIENCE</h3>
<p><b>Education</b></p>
<p><i>Essential</i></p>
<ul><li>{EDU}</li></ul>
<p><b>Professional experience</b></p>
<p><i>Essential</i></p>
<ul>{li(EXP_E)}</ul>
<p><i>Desirable</i></p>
<ul>{li(EXP_D)}</ul>
<p><b>Languages</b></p>
<p><i>Essential</i></p>
<ul><li>{LANG_E}</li></ul>
<p><i>Desirable</i></p>
<ul><li>{LANG_D}</li></ul>
<h3>CONDITIONS OF EMPLOYMENT</h3>
<p>It should be noted that this post is to be filled on a fixed-term basis for an initial period of three years. The annual net base salary for this post is US$ 72,416, to which a post adjustment (currently 41.2 per cent) is added. Successful candidates may be invited to a technical test in the week of 26 October 2034 and to a competency-based interview.</p>
<h3>NOTICE</h3>
<p>Applications from qualified candidates must be submitted through the ICAO recruitment system by the closing date, 9 October 2034, 23:59 Montréal time. Only candidates under serious consideration will be contacted.</p>
</body></html>
"""


def email():
    bl = lambda xs: "\n".join(f"   - {x}" for x in xs)
    return f"""From: Personnel Licensing and Training Directorate <hr-training@caa-tirania.example>
Sent: Monday, 8 September 2034 10:12
To: All engineering staff <engineering@caa-tirania.example>
Subject: FW: ICAO vacancy notice {REF} - {TITLE}

Dear colleagues,

Please find below a vacancy notice received from ICAO through our Permanent Representative. Colleagues who are
interested should inform the Directorate before 25 September 2034 so that we can prepare a letter of support. The
application itself is made online on the ICAO site.

Kind regards,
Training Office

-----Original Message-----
From: ICAO Human Resources <recruitment@icao.example>
Sent: Thursday, 4 September 2034 16:40
Subject: Vacancy notice {REF}

INTERNATIONAL CIVIL AVIATION ORGANIZATION
VACANCY NOTICE

Post Title:              {TITLE}
Vacancy Notice:          {REF}
Post Number:             {POST}
Level:                   P-3
Posting Period:          4 September 2034 – 9 October 2034
Duty Station:            {LOC}
Date for entry on duty:  As soon as possible

THE ORGANIZATIONAL SETTING
The Air Navigation Bureau (ANB) of the {ORG} (ICAO) provides technical expertise to the Air Navigation
Commission, the Council and the Assembly. The Airworthiness Section develops Standards and guidance on the design,
production and continuing airworthiness of aircraft. The incumbent reports to the Chief, Airworthiness Section.

MAJOR DUTIES AND RESPONSIBILITIES
Function 1 (incl. Expected results)
Develops airworthiness provisions, achieving results such as:
{bl(F1)}
Function 2 (incl. Expected results)
Supports States in implementing the provisions, achieving results such as:
{bl(F2)}

COMPETENCIES
{chr(10).join(f"{n}: {d}" for n, d in COMP)}

QUALIFICATIONS AND EXPERIENCE
Education
  Essential
   - {EDU}
Professional experience
  Essential
{bl(EXP_E)}
  Desirable
{bl(EXP_D)}
Languages
  Essential
   - {LANG_E}
  Desirable
   - {LANG_D}

CONDITIONS OF EMPLOYMENT
Fixed-term appointment for an initial period of three years. The annual net base salary for this post is
US$ 72,416, to which a post adjustment (currently 41.2 per cent) is added.

Closing date: 9 October 2034, 23:59 Montréal time.

This e-mail and any attachments are intended for the addressee only.
"""


def build():
    p = src(KEY + "-icao-vn.html", source())
    libreoffice(p, KEY + "-icao-vn.libreoffice.pdf", KEY)
    write(KEY + "-caa-email.txt", email(), KEY)
    expected(KEY, reference=REF, post_number=POST, languages=["en"], title=TITLE, organisation=ORG,
             location=LOC, deadline="2034-10-09", grade="P-3",
             salary={"amount": 72416, "currency": "USD", "period": "year"},
             requirements={"essential": [EDU] + EXP_E + [LANG_E], "desirable": EXP_D + [LANG_D]},
             competencies=COMP)
