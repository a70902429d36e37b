from common import *

KEY = "34-humanitarian-affairs-ocha-313502-r-pemba-o"
REF = "34-Humanitarian Affairs-OCHA-313502-R-Pemba (O)"
TITLE = "National Humanitarian Affairs Officer"
PT = "NATIONAL HUMANITARIAN AFFAIRS OFFICER, NOB"
ORG = "Office for the Coordination of Humanitarian Affairs"
LOC = "PEMBA"
COMP = [
    ("Professionalism", "Knows the humanitarian architecture, the cluster system and the situation in Cabo Delgado; checks facts before they are reported and keeps to deadlines under pressure."),
    ("Teamwork", "Works across agencies and with local authorities, listens to partners and puts the agreed response plan before the interests of a single organization."),
    ("Client Orientation", "Treats displaced communities, partners and government counterparts as clients, keeps them informed and follows up on their concerns."),
]
EDU = "A first level university degree in social sciences, humanitarian studies, international relations or a related field is required."
EXP = "A minimum of two years of professional experience in humanitarian coordination, emergency response or community engagement at the national level is required."
EXP_D = "Experience with an inter-agency cluster or with the national disaster management institute is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG_E = "For this position, fluency in English and Portuguese is required."
LANG_D = "Knowledge of Emakhuwa or Kimwani is desirable."
DUTIES = [
    "Monitors and reports on humanitarian developments in Cabo Delgado and Niassa provinces, including displacement, access and protection concerns.",
    "Supports the provincial inter-cluster coordination group, prepares its agendas and records and follows up on action points.",
    "Organizes and takes part in multi-sector needs assessments and field missions.",
    "Maintains contact lists, 3W data and meeting calendars with the information management unit.",
    "Liaises with provincial and district authorities and with community leaders on humanitarian access.",
    "Performs other duties as required.",
]
ORGSET = "This position is located in the OCHA sub-office in Pemba, Mozambique. The incumbent reports to the Head of Sub-Office. OCHA is the part of the United Nations Secretariat that brings humanitarian actors together for a coherent response to emergencies."


def reliefweb():
    return f"""Skip to main content
ReliefWeb
Informing humanitarians worldwide 24/7 — a service provided by UN OCHA
Updates  Countries  Disasters  Organizations  Topics  Jobs  Training
Jobs > {TITLE}

{TITLE}
CountryMozambiqueOrganizationUN Office for the Coordination of Humanitarian AffairsClosing date10 Oct 2034
Posted 12 Sep 2034

Org. Setting and Reporting
{ORGSET}

Responsibilities
Within delegated authority, the National Humanitarian Affairs Officer will be responsible for the following duties:
{chr(10).join(DUTIES)}

Competencies
{chr(10).join(f"{n}: {d}" for n, d in COMP)}

Education
{EDU}

Work Experience
{EXP}
{EXP_D}

Languages
{LANG_CTX} {LANG_E} {LANG_D}

Assessment
Evaluation of qualified candidates may include a written test and a competency-based interview, expected in November 2034.

Special Notice
This position is open to nationals of Mozambique only. Posting Title: {PT}. Job Opening Number: {REF}. Department/Office: {ORG}. Duty Station: {LOC}. Category and Level: National Professional Officers, NO-B. Posting Period: 11 September 2034 - 10 October 2034.

No Fee
THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.

How to apply
Apply on the UN Careers portal using the job opening number {REF}.

Job details
Type: Job
Career category: Program/Project Management
Years of experience: 3-4 years
Theme: Coordination
Country: Mozambique
City: Pemba
Source: UN Office for the Coordination of Humanitarian Affairs

Share
Related jobs
Protection Officer – Pemba – closing 3 Oct 2034
Information Management Associate – Maputo – closing 17 Oct 2034

ReliefWeb · About · Terms · Contact
"""


def untalent():
    d = "".join(f"<li>{x}</li>" for x in DUTIES)
    c = "".join(f"<p><strong>{n}</strong>: {x}</p>" for n, x in COMP)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | UN Talent</title></head>
<body>
<header><a href="#">UN Talent</a> <a href="#">Jobs</a> <a href="#">Organizations</a> <a href="#">Blog</a> <a href="#">Newsletter</a></header>
<main>
<h1>{TITLE}</h1>
<ul class="meta">
<li>Organization: OCHA – Office for the Coordination of Humanitarian Affairs</li>
<li>Location: Pemba, Mozambique</li>
<li>Contract: National Professional Officer</li>
<li>Deadline: 10 October 2034</li>
</ul>
<p><a href="#">Apply now</a> · <a href="#">Save</a></p>
<div class="job">
<p>Posting Title: {PT}<br/>
Job Code Title: HUMANITARIAN AFFAIRS OFFICER<br/>
Department/Office: {ORG}<br/>
Duty Station: {LOC}<br/>
Category and Level: National Professional Officers, NO-B<br/>
Posting Period: 11 September 2034 - 10 October 2034<br/>
Job Opening Number: {REF}<br/>
Staffing Exercise: N/A</p>
<h3>Org. Setting and Reporting</h3><p>{ORGSET}</p>
<h3>Responsibilities</h3><ul>{d}</ul>
<h3>Competencies</h3>{c}
<h3>Education</h3><p>{EDU}</p>
<h3>Work Experience</h3><p>{EXP} {EXP_D}</p>
<h3>Languages</h3><p>{LANG_CTX} {LANG_E} {LANG_D}</p>
<h3>Assessment</h3><p>A written test and a competency-based interview are planned for November 2034.</p>
</div>
<aside><h4>More jobs in Mozambique</h4><ul><li>WASH Officer – Lichinga – deadline 18 October 2034</li></ul></aside>
</main>
<footer>UN Talent is an independent site and is not affiliated with the United Nations.</footer>
</body></html>
"""


def build():
    write(KEY + "-reliefweb.txt", reliefweb(), KEY)
    write(KEY + "-untalent.html", untalent(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2034-10-10", grade="NO-B",
             requirements={"essential": [EDU, EXP, LANG_E], "desirable": [EXP_D, LANG_D]},
             competencies=COMP)
