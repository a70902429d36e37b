"""304467 - NCIA, Braine-l'Alleud (EN): careers portal page saved as HTML (<dl>), Chromium PDF and dump."""
from common import write, expected, sal, bi, chromium, dump, ROWS

REF = "304467"
TITLE = "Senior Technician (Data Centre Power and Cooling Systems)"
ORG = "NATO Communications and Information Agency (NCIA)"
LOC = "Belgium-Braine-l'Alleud"
ESS = [
    "A higher secondary education qualification in electrical or mechanical engineering, complemented by at least 5 years of experience in the operation and maintenance of data centre infrastructure",
    "Practical experience with uninterruptible power supplies, standby generators and precision cooling units",
    "Experience in planning preventive maintenance and supervising contractors on site",
    "Knowledge of electrical safety regulations and of lock-out/tag-out procedures",
    "Willingness to take part in an on-call rota outside normal working hours",
]
DES = [
    "Experience with building management or data centre infrastructure management software",
    "A recognised qualification in data centre operations",
    "Knowledge of Belgian electrical installation regulations (RGIE/AREI)",
]
E = dict(reference=REF, post_number=None, languages=["en"], title=bi(TITLE), organisation=bi(ORG),
         location=bi(LOC), schedule=bi("Full-time"), deadline="2034-02-13",
         salary=sal(6142.77), grade="G13", clearance="NS",
         requirements={"en": {"essential": ESS, "desirable": DES}, "fr": None},
         competencies={"en": [], "fr": None})


def html():
    ess = "\n".join(f"      <li>{i}</li>" for i in ESS)
    des = "\n".join(f"      <li>{i}</li>" for i in DES)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0071)https://careers.example/ncia/job/{REF}/senior-technician-data-centre -->
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | NCIA Careers</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; margin: 24px 40px; color: #1b1b1b; }}
.cookie {{ background: #eef2f6; padding: 8px 12px; font-size: 9pt; margin-bottom: 12px; }}
nav a {{ margin-right: 14px; color: #003a70; text-decoration: none; }}
.meta {{ color: #444; margin: 6px 0 14px; }}
dl.fields {{ display: grid; grid-template-columns: 190px 1fr; gap: 4px 12px; border: 1px solid #cfd8e0; padding: 10px; }}
dl.fields dt {{ font-weight: bold; }}
dl.fields dd {{ margin: 0; }}
h1 {{ font-size: 18pt; color: #003a70; }}
h2 {{ font-size: 12.5pt; color: #003a70; margin-top: 18px; }}
aside {{ border-top: 1px solid #ccc; margin-top: 24px; font-size: 9.5pt; }}
</style></head>
<body>
<div class="cookie">We use cookies to make this site work and to measure its use. <button>Accept all</button> <button>Reject non-essential</button> <button>Settings</button></div>
<nav><a href="#">NCIA Careers</a><a href="#">Jobs</a><a href="#">Life at NCIA</a><a href="#">How to apply</a><a href="#">FAQ</a></nav>
<p><small>This job posting isn't available in all website languages</small></p>
<h1>{TITLE}</h1>
<p class="meta">📁 Infrastructure Services &nbsp; 📍 {LOC} &nbsp; 📅 {REF} Requisition #</p>
<p><a href="#">Apply</a> · <a href="#">Refer a friend</a></p>
<dl class="fields">
  <dt>Primary Location</dt><dd>{LOC}</dd>
  <dt>NATO Body</dt><dd>{ORG}</dd>
  <dt>Schedule</dt><dd>Full-time</dd>
  <dt>Application Deadline</dt><dd>13-Feb-2034, 11:59:00 PM</dd>
  <dt>Salary (Pay Basis)</dt><dd>6,142.77Euro (EUR) Monthly</dd>
  <dt>Grade</dt><dd>NATO Grade G13</dd>
  <dt>Clearance Level</dt><dd>NS</dd>
</dl>
<h2>Summary</h2>
<p>The NATO Communications and Information Agency delivers secure communications and information technology to the Alliance. Its data centre at Braine-l'Alleud hosts services used by NATO Headquarters and by the Command Structure, and must run without interruption.</p>
<p>The Senior Technician belongs to the Facilities Engineering team of the Infrastructure Services Centre. He/she keeps the power and cooling systems of the data halls available, plans their maintenance and leads the response when an alarm is raised.</p>
<h2>Role</h2>
<ul>
  <li>Operate and monitor the uninterruptible power supplies, generators, switchboards and cooling plant of the data centre.</li>
  <li>Plan preventive maintenance windows together with the service owners and supervise the contractors who carry them out.</li>
  <li>Lead the first response to power or temperature alarms and write the incident reports.</li>
  <li>Keep the asset register, spare parts stock and single-line diagrams up to date.</li>
  <li>Contribute to capacity planning when new racks or services are installed.</li>
</ul>
<h2>Qualifications</h2>
<h3>Essential qualifications / experience</h3>
<ul>
{ess}
</ul>
<h3>Desirable qualifications / experience</h3>
<ul>
{des}
</ul>
<h2>Attributes / competencies</h2>
<p><b>Personal Attributes:</b> The incumbent stays calm when systems fail and explains technical risks plainly to non-specialists. <b>Professional Contacts:</b> Daily contact with contractors, service owners and the security office. <b>Contribution to Objectives:</b> The availability of every service hosted at the site depends on this post.</p>
<h2>Employment conditions</h2>
<p>Serving NCIA staff will be offered a contract in accordance with the NATO Civilian Personnel Regulations. Newly recruited staff will be offered a definite duration contract of three years, normally followed by an indefinite duration contract. Appointment is subject to the granting of a NATO SECRET security clearance.</p>
<p>Applications are to be submitted through the NATO Talent Acquisition Platform by the deadline above. Interviews are planned for the week of 13 March 2034.</p>
<aside>
<p><b>Similar jobs</b></p>
<p>Technician (Electrical Installations) - Belgium-Mons - closing 27-Feb-2034</p>
<p>Engineer (Facilities) - Netherlands-The Hague - closing 6-Mar-2034</p>
<p>© NATO Communications and Information Agency · Privacy · Accessibility</p>
</aside>
</body></html>
"""


def build():
    expected(E)
    write(f"{REF}-natocareers.html", html(), REF)
    chromium(f"{REF}-natocareers.html", f"{REF}-natocareers.chromium.pdf")
    ROWS.append((f"{REF}-natocareers.chromium.pdf", REF, "pdf"))
    dump(f"{REF}-natocareers.chromium.pdf", f"{REF}-natocareers.chromium.pdftotext.txt")
    ROWS.append((f"{REF}-natocareers.chromium.pdftotext.txt", REF, "txt"))
