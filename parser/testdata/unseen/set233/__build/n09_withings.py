from common import *
KEY = "withings-clinical-data-manager-connected-health"
T = "Clinical Data Manager – Connected Health"
O = "Withings"; LOC = "Issy-les-Moulineaux"
ESS = ["At least 4 years of clinical data management experience in a CRO, a pharma company or a medical device manufacturer",
       "Working knowledge of CDISC standards (CDASH, SDTM) and of ICH-GCP",
       "Experience building eCRFs in an EDC system",
       "Fluent English; French is a plus"]
DES = ["Experience with data coming from wearables or home medical devices", "Basic SQL or Python scripting"]
DUT = ["Write data management plans and eCRF specifications for our clinical studies",
       "Review incoming device and patient-reported data and raise queries",
       "Prepare database locks together with biostatisticians"]
WTTJ = f"""Welcome to the Jungle
Find a job   Find a company   Media   Employers   EN | FR   Log in

{O}
Health tech · 400 employees

{T}
Permanent contract
{LOC}
Salary: €61K to €73K
Occasional remote
Starting date: May 3, 2037
Experience: > 4 years
Education: Master's Degree

Apply

The job
Job description
Withings designs connected scales, watches and sleep sensors used in hospitals and homes. Our clinical team runs studies that support medical certification of our devices.

What you will do
{chr(10).join(DUT)}

Preferred experience
{chr(10).join(ESS)}

Bonus
{chr(10).join(DES)}

Compensation
Salary: €61,000 – €73,000 gross per year, plus profit-sharing.

Recruitment process
Call with Talent Acquisition, case study (week of April 6, 2037), meeting with the team.
Applications close on 26 March 2037.

Other jobs at {O}
Embedded Software Engineer – Issy-les-Moulineaux – €55K to €68K
Regulatory Affairs Specialist – Issy-les-Moulineaux
"""
LI = f"""LinkedIn   Home   My Network   Jobs   Messaging   Notifications   Me

{O}
{T}
{LOC}, Île-de-France, France · 1 week ago · 64 applicants
€61K/yr - €73K/yr · Hybrid · Full-time
Apply   Save

Meet the hiring team
Camille R. · Talent Acquisition Partner

About the job
Withings designs connected scales, watches and sleep sensors used in hospitals and homes.

What you will do:
{chr(10).join('• ' + d for d in DUT)}

What we are looking for:
{chr(10).join('• ' + e for e in ESS)}

Bonus:
{chr(10).join('• ' + d for d in DES)}

Salary: €61,000 – €73,000 gross per year, plus profit-sharing.
Applications close on 26 March 2037.
… see less

About the company
{O} · Medical Equipment Manufacturing · 201-500 employees

More jobs
Firmware Engineer · Withings · Issy-les-Moulineaux · 2 weeks ago
"""
def build():
    write(f"{KEY}-wttj.txt", WTTJ, KEY)
    write(f"{KEY}-linkedin.txt", LI, KEY)
    expected(KEY, "", ["en"], {"en": T}, {"en": O}, {"en": LOC}, {}, "2037-03-26", sal(61000, 73000), None, None,
             {"en": (ESS, DES)}, {"en": []})
