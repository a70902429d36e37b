from common import *
REF = "34-Programme Management-UNDRR-293718-R-Geneva (X)"
KEY = "34-programme-management-undrr-293718-r-geneva-x"
E = blank(["en"])
E["reference"] = REF
E["title"]["en"] = "PROGRAMME MANAGEMENT OFFICER (RISK ANALYTICS)"
E["organisation"]["en"] = "United Nations Office for Disaster Risk Reduction"
E["location"]["en"] = "GENEVA"
E["deadline"] = "2034-03-16"
E["grade"] = "P3"
E["requirements"]["en"] = {
 "essential": [
  "An advanced university degree (Master's degree or equivalent) in statistics, data science, geography, economics, disaster risk management or a related field is required. A first-level university degree in combination with two additional years of qualifying experience may be accepted in lieu of the advanced university degree.",
  "A minimum of five years of progressively responsible experience in programme management, data analysis or risk assessment is required.",
  "For this position, fluency in English is required."],
 "desirable": [
  "Experience in compiling or validating national disaster loss databases is desirable.",
  "Experience of working with national disaster management agencies or statistical offices in developing countries is desirable.",
  "Knowledge of French or Spanish is desirable."]}
E["competencies"]["en"] = [
 {"name": "Professionalism", "description": "Knows the methods used to measure hazard exposure, vulnerability and disaster losses, and applies them with rigour. Takes ownership of deliverables, meets agreed deadlines and keeps quality high when the workload peaks."},
 {"name": "Planning and Organizing", "description": "Turns the Office's reporting calendar into realistic workplans, sequences tasks among partners and adjusts priorities when country data arrive late."},
 {"name": "Communication", "description": "Explains statistical findings in plain language to ministers, donors and journalists, adapts the message to the audience and listens before answering."}]

def page():
    r = E["requirements"]["en"]; c = E["competencies"]["en"]
    comp = "\n".join(f"<p><strong>{esc(x['name'])}:</strong> {esc(x['description'])}</p>" for x in c)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Programme Management Officer (Risk Analytics), P3 | United Nations Careers</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;color:#222;margin:0}}
header{{background:#009edb;color:#fff;padding:8px 24px}} header a{{color:#fff;margin-right:14px;text-decoration:none}}
.cookie{{background:#f3f3f3;font-size:9pt;padding:6px 24px}}
main{{padding:6px 24px}} .crumbs{{font-size:9pt;color:#666}}
.facts{{border:1px solid #ccc;padding:8px 12px;margin:10px 0}} .row{{display:flex;margin:3px 0}}
.lab{{width:170px;font-weight:bold;color:#444}} h1{{font-size:16pt}} h2{{font-size:12pt;border-bottom:1px solid #009edb;margin-top:16px}}
.nw{{white-space:nowrap}} footer{{font-size:8.5pt;color:#666;padding:10px 24px;border-top:1px solid #ddd}}
.actions span{{border:1px solid #009edb;padding:2px 8px;margin-right:6px;font-size:9pt}}
</style></head><body>
<div class="cookie">This site uses cookies to offer you a better browsing experience. <b>Accept all</b> · <b>Reject</b> · Cookie settings</div>
<header><a href="#">United Nations Careers</a><a href="#">Search jobs</a><a href="#">Job network</a><a href="#">FAQ</a><a href="#">Français</a><a href="#">Sign in</a></header>
<main>
<div class="crumbs">Home › Search jobs › Job opening 293718</div>
<h1>PROGRAMME MANAGEMENT OFFICER (RISK ANALYTICS), <span class="nw">P3</span></h1>
<div class="actions"><span>Apply</span><span>Save</span><span>Share</span><span>Print</span></div>
<div class="facts">
<div class="row"><div class="lab">Posting Title</div><div>PROGRAMME MANAGEMENT OFFICER (RISK ANALYTICS), P3</div></div>
<div class="row"><div class="lab">Job Code Title</div><div>PROGRAMME MANAGEMENT OFFICER</div></div>
<div class="row"><div class="lab">Department/Office</div><div>United Nations Office for Disaster Risk Reduction</div></div>
<div class="row"><div class="lab">Duty Station</div><div>GENEVA</div></div>
<div class="row"><div class="lab">Posting Period</div><div>15 February 2034 - 16 March 2034</div></div>
<div class="row"><div class="lab">Job Opening Number</div><div class="nw">{esc(REF)}</div></div>
<div class="row"><div class="lab">Staffing Exercise</div><div>N/A</div></div>
</div>
<p><em>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</em></p>
<h2>Org. Setting and Reporting</h2>
<p>The United Nations Office for Disaster Risk Reduction (UNDRR) supports Member States in implementing, monitoring and reviewing the Sendai Framework for Disaster Risk Reduction. This position sits in the Risk Knowledge Branch in Geneva, which runs the global monitoring of disaster losses and publishes the biennial assessment of risk. The Programme Management Officer reports to the Chief of the Risk Analytics Unit.</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Programme Management Officer will be responsible for the following duties:</p>
<ul>
<li>Coordinates the annual validation of loss and damage data reported by some ninety countries, and follows up on gaps with national focal points.</li>
<li>Designs and maintains the unit's analytical pipelines, including the indicators used in the Sendai Framework monitor.</li>
<li>Drafts chapters, country profiles and briefing notes for the global assessment and for the regional platforms.</li>
<li>Organizes technical workshops and online clinics for statistical offices, and prepares their training material.</li>
<li>Manages two extrabudgetary projects: workplans, budgets, donor reports and the supervision of consultants.</li>
<li>Represents the unit in inter-agency working groups on risk data and open standards.</li>
<li>Performs other related duties as required.</li>
</ul>
<h2>Competencies</h2>
{comp}
<h2>Education</h2>
<p>{esc(r['essential'][0])}</p>
<h2>Job - Specific Qualification</h2>
<p>Not available.</p>
<h2>Work Experience</h2>
<p>{esc(r['essential'][1])}</p>
<p>{esc(r['desirable'][0])}</p>
<p>{esc(r['desirable'][1])}</p>
<h2>Languages</h2>
<p>English and French are the working languages of the United Nations Secretariat. {esc(r['essential'][2])} {esc(r['desirable'][2])}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include a substantive assessment, scheduled for the week of 6 April 2034, which will be followed by a competency-based interview.</p>
<h2>Special Notice</h2>
<p>The appointment is for an initial period of one year and may be extended subject to funding. Staff members of the Secretariat are subject to the authority of the Secretary-General and may be assigned to any activity or office of the Organization. Candidates who do not reach the assessment stage will not be contacted individually.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS. THE UNITED NATIONS DOES NOT CONCERN ITSELF WITH INFORMATION ON APPLICANTS' BANK ACCOUNTS.</p>
<h2>Similar jobs</h2>
<ul><li>Statistician, P4 · BANGKOK · Deadline 2 April 2034</li><li>Information Management Officer, P3 · NAIROBI · Deadline 27 March 2034</li></ul>
</main>
<footer>Copyright United Nations · Fraud alert · Privacy notice · Terms of use</footer>
</body></html>
"""

def build():
    write_expected(KEY, E)
    name = KEY + "-uncareers.html"
    write(name, page(), KEY, "html")
    chromium(name, KEY)
