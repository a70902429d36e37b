from common import *
import textwrap
REF = "LUCELEC/HR/VAC/2043-05"; KEY = "lucelec-hr-vac-2043-05"
T = "Vegetation Management Coordinator"
ORG = "St. Lucia Electricity Services Limited (LUCELEC)"
LOC = "Cul de Sac, St. Lucia, with field work island-wide"
SCH = "Monday to Friday, 7:30 a.m. to 4:00 p.m.; storm response as required"
ESS = ["A Bachelor's degree in Forestry, Arboriculture, Environmental Science or a related field;",
       "At least five years' experience in utility vegetation management or urban forestry;",
       "Knowledge of safe work practices near energised lines;",
       "Competence in GIS mapping and work order systems;",
       "A valid St. Lucia driver's licence."]
DES = ["ISA Certified Arborist or Utility Specialist credential;",
       "Experience in managing tree trimming contractors."]
COMP = [("Safety focus", "never compromises on clearance distances or permits."),
        ("Stakeholder relations", "negotiates access with landowners and communities."),
        ("Planning", "builds trimming cycles that reduce outages.")]
DUT = ["Plan and schedule the trimming cycle for the transmission and distribution network",
       "Supervise contracted trimming crews and audit the quality of their work",
       "Respond to customer requests about trees near power lines",
       "Maintain vegetation records in the GIS and report monthly on outage causes",
       "Coordinate with the Forestry Department on protected areas"]

expected(KEY, reference=REF, languages=["en"], title=T, organisation=ORG, location=LOC, schedule=SCH,
         deadline="2043-02-19", salary=sal(None, 6150, 7300, "XCD"), grade="M2",
         requirements={"en": {"essential": ESS, "desirable": DES}},
         competencies={"en": [{"name": n, "description": d} for n, d in COMP]})

html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Careers | LUCELEC</title>
<style>body{{font-family:Arial;margin:0}} .alert{{background:#c00;color:#fff;padding:6px 18px;font-size:13px}}
nav{{background:#003a70;padding:10px 18px}} nav a{{color:#fff;margin-right:16px}}
.main{{display:grid;grid-template-columns:2fr 1fr;gap:24px;padding:18px}}
table.k td{{padding:4px 8px;border-bottom:1px solid #ddd;vertical-align:top}}
.side{{background:#f1f5f9;padding:12px}}</style></head><body>
<div class="alert">Planned interruption: Babonneau feeder, Sunday February 8, 2043, 8:00 a.m. to 2:00 p.m. (fictitious)</div>
<nav><a href="#">Home</a><a href="#">Customer Care</a><a href="#">Outages</a><a href="#">Energy Tips</a><a href="#"><b>Careers</b></a><a href="#">Contact</a></nav>
<div class="main"><div>
<p><small>Home » Careers » Current Vacancies</small></p>
<h1>INTERNAL / EXTERNAL VACANCY</h1>
<table class="k">
<tr><td>Vacancy No.</td><td><b>{REF}</b></td></tr>
<tr><td>Position</td><td><b>{T}</b></td></tr>
<tr><td>Employer</td><td>{ORG}</td></tr>
<tr><td>Department</td><td>Transmission &amp; Distribution</td></tr>
<tr><td>Location</td><td>{LOC}</td></tr>
<tr><td>Hours of Work</td><td>{SCH}</td></tr>
<tr><td>Job Grade</td><td>M2</td></tr>
<tr><td>Salary</td><td>EC$6,150 – EC$7,300 per month (XCD), plus vehicle allowance</td></tr>
<tr><td>Closing Date</td><td>Thursday, February 19, 2043 at 4:30 p.m.</td></tr>
</table>
<h2>Job Purpose</h2>
<p>The Coordinator keeps the company's lines clear of vegetation so that customers enjoy a safe and reliable supply.</p>
<h2>Key Duties</h2>
<ul>{''.join('<li>' + d + '.</li>' for d in DUT)}</ul>
<h2>Qualifications and Experience</h2>
<p>The successful candidate should have:</p>
<ul>{''.join('<li>' + d + '</li>' for d in ESS)}</ul>
<p>The following would be an advantage:</p>
<ul>{''.join('<li>' + d + '</li>' for d in DES)}</ul>
<h2>Competencies</h2>
<p>{'<br>'.join(f'<strong>{n}:</strong> {d}' for n, d in COMP)}</p>
<h2>How to Apply</h2>
<p>Submit a cover letter and résumé through the careers portal quoting the vacancy number. Interviews are
expected during the week of March 2, 2043. Only shortlisted applicants will be contacted.</p>
</div>
<div class="side"><h3>Other vacancies</h3><p>Meter Reader – closes February 6, 2043</p><p>Control Room Engineer – closes February 27, 2043</p>
<h3>Energy tip</h3><p>Switch off water heaters at peak hours and save up to EC$45 a month.</p></div></div>
<footer style="padding:12px 18px;font-size:11px;background:#eee">© 2043 LUCELEC · fictitious page for a test set · Privacy Policy</footer>
</body></html>
"""
w(KEY + "-lucelec.html", html, KEY)

wr = lambda s, ind="": "\n".join(textwrap.wrap(s, 60, initial_indent=ind, subsequent_indent=" " * len(ind),
                                                  break_on_hyphens=False))
paper = f"""
THE CASTRIES HERALD (fictitious)          Saturday, January 24, 2043          CLASSIFIEDS  B7
------------------------------------------------------------------------------------------

                              V A C A N C Y

                     {T.upper()}

Vacancy No.:   {REF}
Position:      {T}
Employer:      {ORG}
Location:      {LOC}
Hours of Work: {SCH}
Job Grade:     M2
Salary:        EC$6,150 – EC$7,300 per month (XCD)

{wr("The Coordinator will " + "; ".join(d[0].lower() + d[1:] for d in DUT) + ".")}

Qualifications – the successful candidate should have:
{chr(10).join(wr(x, "   • ") for x in ESS)}
An advantage:
{chr(10).join(wr(x, "   • ") for x in DES)}

Competencies
{chr(10).join(wr(n + ": " + d, "   ") for n, d in COMP)}

{wr("Applications quoting the vacancy number must reach the Human Resources Department no later than 4:30 p.m. on Thursday 19 February 2043.")}
------------------------------------------------------------------------------------------
FOR SALE: 2036 Toyota Hilux, one owner, EC$41,000 o.n.o. Call 758-000-0000 (fictitious).
------------------------------------------------------------------------------------------
NOTICE: The Gros Islet Fishermen's Cooperative holds its AGM on Friday, February 13, 2043 at 5 p.m.
------------------------------------------------------------------------------------------
"""
w(KEY + "-herald.txt", paper, KEY)
save_rows("08")
