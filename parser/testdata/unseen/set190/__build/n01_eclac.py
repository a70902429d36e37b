from common import *
REF = "33-Economic Affairs-ECLAC-278406-R-Santiago (R)"
KEY = "eclac-278406"
TITLE = "ECONOMIC AFFAIRS OFFICER (INDUSTRIAL POLICY)"
ORG = "Economic Commission for Latin America and the Caribbean"
LOC = "SANTIAGO"
GRADE = "P-4"
ESS = [
 "An advanced university degree (Master's degree or equivalent) in economics, industrial engineering, public policy or a related field is required. A first level university degree in combination with two additional years of qualifying experience may be accepted in lieu of the advanced university degree.",
 "A minimum of seven years of progressively responsible experience in economic research, industrial or innovation policy analysis, or the design of productive development programmes is required.",
 "For this position, fluency in English and Spanish is required.",
]
DES = [
 "Experience in preparing policy studies on Latin America and the Caribbean is desirable.",
 "Experience with input and output tables or firm level microdata is desirable.",
 "Knowledge of Portuguese is desirable.",
]
COMP = [
 ("Professionalism", "Has a sound command of industrial economics and of the policy instruments used to raise productivity; applies quantitative methods with rigour; shows pride in work and in achievements; remains calm under pressure."),
 ("Planning and Organizing", "Sets clear goals consistent with the agreed strategy of the Division; allocates time and resources to each piece of work; adjusts priorities when the work programme changes."),
 ("Communication", "Speaks and writes clearly; adapts tone and format to ministers, technical staff or the general public; shares information openly and checks that it has been understood."),
]
expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {}, "2033-08-04", None, GRADE,
         {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})

comp_html = "".join(f"<p><b>{esc(n)}:</b> {esc(d)}</p>\n" for n, d in COMP)
html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(TITLE)}, P4 | United Nations Careers</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;color:#222;margin:0}}
.top{{background:#0b4f8a;color:#fff;padding:6px 18px;font-size:9pt}}
.top a{{color:#fff;margin-right:14px;text-decoration:none}}
.crumb{{font-size:8.5pt;color:#666;padding:6px 18px}}
main{{padding:0 18px 18px 18px}}
h1{{font-size:17pt;margin:8px 0 4px 0;color:#0b4f8a}}
.tools span{{display:inline-block;border:1px solid #0b4f8a;padding:2px 9px;margin-right:6px;font-size:8.5pt;color:#0b4f8a}}
table.facts{{border-collapse:collapse;margin:12px 0;width:100%}}
table.facts th{{text-align:left;width:32%;background:#eef3f8;border:1px solid #cdd8e3;padding:4px 6px;font-weight:bold;vertical-align:top}}
table.facts td{{border:1px solid #cdd8e3;padding:4px 6px}}
h2{{font-size:12pt;color:#0b4f8a;border-bottom:1px solid #cdd8e3;margin:16px 0 6px 0}}
.nw{{white-space:nowrap}}
footer{{font-size:8pt;color:#666;border-top:1px solid #ccc;margin-top:20px;padding-top:6px}}
.similar li{{font-size:9pt}}
</style></head>
<body>
<div class="top"><a href="#">United Nations Careers</a><a href="#">Search Jobs</a><a href="#">Job Networks</a><a href="#">Français</a><a href="#">Sign in</a></div>
<div class="crumb">Home › Search Jobs › Job Opening</div>
<main>
<h1>Economic Affairs Officer (Industrial Policy), P4</h1>
<div class="tools"><span>Apply</span><span>Save</span><span>Share</span><span>Print</span></div>
<table class="facts">
<tr><th>Posting Title</th><td>{esc(TITLE)}, P4</td></tr>
<tr><th>Job Code Title</th><td>ECONOMIC AFFAIRS OFFICER</td></tr>
<tr><th>Department/Office</th><td>{esc(ORG)}</td></tr>
<tr><th>Duty Station</th><td>{LOC}</td></tr>
<tr><th>Posting Period</th><td>06 July 2033 - 04 August 2033</td></tr>
<tr><th>Job Opening Number</th><td><span class="nw">{esc(REF)}</span></td></tr>
<tr><th>Category and Level</th><td>Professional and Higher Categories, <span class="nw">{GRADE}</span></td></tr>
<tr><th>Staffing Exercise</th><td>N/A</td></tr>
</table>
<p><i>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</i></p>

<h2>Org. Setting and Reporting</h2>
<p>The post is located in the Division of Production, Productivity and Management of the Economic Commission for Latin America and the Caribbean (ECLAC), at its headquarters in Santiago. The incumbent reports to the Chief of the Unit on Industrial and Technological Development.</p>
<p>The Division follows the structural change of the region's economies and advises governments on programmes that raise productivity in small firms, in regional value chains and in the energy transition.</p>

<h2>Responsibilities</h2>
<p>Within delegated authority, the Economic Affairs Officer will:</p>
<ul>
<li>Lead studies on industrial and innovation policy in selected countries of the region and draft the corresponding chapters of the Division's flagship report;</li>
<li>Design and maintain a database of public programmes supporting productive development, with comparable indicators of budget, coverage and results;</li>
<li>Provide technical cooperation to ministries of economy and industry, including missions to assess policy instruments and to prepare recommendations;</li>
<li>Organize expert group meetings and regional seminars, prepare their substantive documents and write their reports;</li>
<li>Review the work of junior staff and consultants, and supervise the quality of the statistical series used by the Unit;</li>
<li>Represent the Division in inter-agency working groups and contribute to resource mobilization proposals;</li>
<li>Perform other related duties as required.</li>
</ul>

<h2>Competencies</h2>
{comp_html}
<h2>Education</h2>
<p>{esc(ESS[0])}</p>

<h2>Job - Specific Qualification</h2>
<p>Not available.</p>

<h2>Work Experience</h2>
<p>{esc(ESS[1])}</p>
<p>{esc(DES[0])}</p>
<p>{esc(DES[1])}</p>

<h2>Languages</h2>
<p>English and French are the working languages of the United Nations Secretariat; Spanish is a working language of ECLAC. {esc(ESS[2])} {esc(DES[2])}</p>

<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include a written assessment planned for the week of 18 September 2033, followed by a competency-based interview.</p>

<h2>Special Notice</h2>
<p>This position is funded for an initial period of one year. Extension is subject to the availability of funds and to satisfactory performance. Staff members of the Secretariat are subject to the authority of the Secretary-General and may be assigned to any activity or office of the Organization.</p>

<h2>United Nations Considerations</h2>
<p>Candidates will be assessed on the basis of the evaluation criteria of this job opening and of the applicable rules. Applicants are urged to follow the instructions of the recruitment platform carefully and to complete their profile before the end of the posting period; incomplete applications are not considered.</p>

<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING). THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.</p>

<h2>Similar jobs</h2>
<ul class="similar">
<li>Statistician, P3 · MEXICO CITY · Deadline: 12 August 2033</li>
<li>Economic Affairs Officer, P2 · PORT OF SPAIN · Deadline: 29 August 2033</li>
</ul>
</main>
<footer>© United Nations · Terms of use · Privacy notice · Fraud alert</footer>
</body></html>
"""
out(KEY + "-uncareers.html", html, KEY)
pdf = chromium(KEY + "-uncareers.html")
dump(pdf, KEY)
