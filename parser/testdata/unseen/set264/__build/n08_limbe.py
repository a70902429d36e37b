from common import *
KEY = "licc-sg-hr-2039-12"
REF = "LICC/SG/HR/2039/12"
T = "Town Planning and Building Control Officer"
O = "Limbe City Council"
L = "Limbe, South West Region, Cameroon"
S = "Full-time"
ESS = [
 "Be a Cameroonian citizen aged between 25 and 40 years on 31 December 2039.",
 "Hold a Bachelor's degree (Licence) in urban planning, civil engineering, architecture or geography.",
 "Have at least three (3) years of experience in the issuance or control of building permits.",
 "Be proficient in AutoCAD and a GIS package (QGIS or ArcGIS).",
 "Be fluent in English and have a working knowledge of French.",
]
DES = [
 "A Master's degree in urban and regional planning.",
 "Experience in a council or a Regional Delegation of Housing and Urban Development.",
]
C = ["integrity", "tact", "good interpersonal skills", "availability for field work"]
SALT = "FCFA 386,400 gross per month"

def build():
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Public Notice – Recruitment of a {T}</title></head>
<body>
<div class="topbar">Republic of Cameroon · Peace – Work – Fatherland | <a href="#">Français</a></div>
<header><h3>{O.upper()}</h3><p>City Hall, Mile 1, Limbe · "Limbe, City of Friendship"</p>
<nav><ul><li>Home</li><li>The City Mayor</li><li>Services</li><li>Tenders</li><li>Public Notices</li><li>Contact</li></ul></nav></header>
<p class="flash">Reminder: the City Council session on the 2040 budget will hold on 28 October 2039 at the Council Hall.</p>
<p>Home » Public Notices » Recruitment</p>
<main>
<p><b>PUBLIC NOTICE</b></p>
<h1>Recruitment of one (01) {T}</h1>
<p>The City Mayor of the {O} hereby announces the recruitment, on the basis of a file study followed by an interview, of one (01) {T} for the Department of Urban Development and Building Control.</p>
<table border="1" cellpadding="4">
<tr><td><b>Reference</b></td><td>{REF}</td></tr>
<tr><td><b>Employer</b></td><td>{O}</td></tr>
<tr><td><b>Duty station</b></td><td>{L}</td></tr>
<tr><td><b>Category</b></td><td>B2</td></tr>
<tr><td><b>Contract</b></td><td>Council employee on an open-ended contract (Labour Code)</td></tr>
<tr><td><b>Working hours</b></td><td>{S}</td></tr>
<tr><td><b>Salary</b></td><td>{SALT}, plus statutory allowances</td></tr>
<tr><td><b>Closing date</b></td><td>Friday, 21 October 2039 at 3:30 p.m.</td></tr>
</table>
<h2>1. Main duties</h2>
<ul><li>Examine building permit applications and prepare technical opinions;</li><li>Inspect construction sites and report on irregular developments;</li><li>Maintain the municipal land-use map and the permit register;</li><li>Take part in the preparation of the City's urban development plan.</li></ul>
<h2>2. Conditions and qualifications</h2>
<p>Candidates must:</p>
<ol>{li(ESS)}</ol>
<h2>3. Additional assets</h2>
<ol>{li(DES)}</ol>
<h2>4. Personal qualities</h2>
<p>The post requires {C[0]}, {C[1]}, {C[2]} and {C[3]}.</p>
<h2>5. Application file</h2>
<p>A handwritten application addressed to the City Mayor, a detailed CV, certified copies of diplomas, a birth certificate and a recent criminal record extract should be deposited at the Mail Service of the {O} not later than 21 October 2039 at 3:30 p.m. Shortlisted candidates will be invited for an interview on 8 November 2039.</p>
<p>Limbe, 20 September 2039<br>The City Mayor</p>
</main>
<aside><h4>Latest tenders</h4><ul><li>Rehabilitation of Down Beach market sheds – closing 13 October 2039</li><li>Supply of street lighting poles – closing 3 November 2039</li></ul></aside>
<footer>© 2039 {O}. All rights reserved.</footer>
</body></html>
"""
    w(KEY + "-limbe.html", html, KEY, "html")
    paper = f"""THE FAKO TRIBUNE                                  Monday, September 26, 2039 · No. 1187 · Page 11
======================================================================================
CLASSIFIEDS · ANNOUNCEMENTS · TENDERS
======================================================================================

                         REPUBLIC OF CAMEROON
                     Peace – Work – Fatherland
                        {O.upper()}

                           PUBLIC NOTICE
                  Recruitment of one (01) {T}

Reference: {REF}
Employer: {O}
Duty station: {L}
Category: B2
Working hours: {S}
Salary: {SALT}
Closing date: 21 October 2039 at 3:30 p.m.

The City Mayor of the {O} announces the recruitment, by file study and interview, of one (01) {T}.

CONDITIONS AND QUALIFICATIONS. Candidates must:
{chr(10).join(f'{i}) {x}' for i, x in enumerate(ESS, 1))}

ADDITIONAL ASSETS:
{chr(10).join(f'{i}) {x}' for i, x in enumerate(DES, 1))}

PERSONAL QUALITIES: {', '.join(C)}.

Files (handwritten application, CV, certified diplomas, birth certificate, criminal record extract) at the Council Mail Service. Interviews: 8 November 2039.
                                                   The City Mayor
--------------------------------------------------------------------------------------
LOST DOCUMENT: A national identity card in the name of Ekane Peter Mola was lost on 18 September 2039 around Half Mile. Finder please call 6 00 00 00 00.
--------------------------------------------------------------------------------------
TENDER NOTICE No. 07/2039 – Tiko Council: construction of a slaughter slab. Bids close on 12 October 2039.
--------------------------------------------------------------------------------------
"""
    w(KEY + "-fakotribune.txt", paper, KEY, "txt")
    expected(KEY, reference=REF, languages=["en"], title={"en": T, "fr": None},
             organisation={"en": O, "fr": None}, location={"en": L, "fr": None},
             schedule={"en": S, "fr": None}, deadline="2039-10-21",
             salary=sal(386400, cur="XAF", period="month"), grade="B2",
             requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
             competencies={"en": comp([(c, "") for c in C]), "fr": None})
