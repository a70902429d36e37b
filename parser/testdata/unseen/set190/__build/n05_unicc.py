from common import *
REF = "UNICC/VA/2033/041"
KEY = "unicc-va-2033-041"
TITLE = "Service Continuity Engineer"
ORG = "United Nations International Computing Centre"
LOC = "Valencia, Spain"
GRADE = "P-3"
ESS = [
 "Advanced university degree (Master's or equivalent) in computer science, information systems, engineering or a related discipline; a first-level degree with two additional years of relevant experience may be accepted in lieu of the advanced degree.",
 "A minimum of five years of experience in the operation of data centres or cloud platforms, including disaster recovery planning and testing.",
 "Hands-on experience with backup and replication tools and with at least one public cloud provider.",
 "Fluency in English.",
]
DES = [
 "Certification in business continuity management (for example ISO 22301 lead implementer).",
 "Experience in a UN system organization or another international organization.",
 "Working knowledge of Spanish or French.",
]
COMP = [
 ("Client focus", "Understands what partner organizations need from a shared service and shapes solutions around those needs."),
 ("Technical expertise", "Keeps abreast of recovery technologies and applies them to reduce outage time for clients."),
 ("Accountability", "Owns commitments, meets service levels and reports openly on incidents."),
]
SAL = "UNICC offers an annual net salary of USD 74,920 at this level, plus a post adjustment, which varies monthly, and the entitlements of the UN common system."
DUT = [
 "Maintain the disaster recovery plans of hosting and cloud services delivered to partner organizations.",
 "Plan and run recovery exercises, record their results and follow up on corrective actions.",
 "Analyse major incidents and contribute to problem management and post-incident reviews.",
 "Work with service owners to define recovery objectives and to document dependencies between services.",
 "Prepare service continuity reports for clients and for the UNICC Management Committee.",
]
expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {}, "2033-08-19",
         sal(74920, cur="USD", period="year"), GRADE,
         {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})
nl = "\n"
md = f"""[Skip to content](#main)

[UNICC](https://www.unicc.example/) · [Services](#) · [Partners](#) · [Careers](#) · [News](#) · [Contact](#)

Careers › Vacancies › {REF}

# {TITLE}

- **Vacancy Number:** {REF}
- **Grade:** {GRADE}
- **Duty Station:** {LOC}
- **Contract Type:** Fixed-term appointment
- **Section:** Hosting and Cloud Operations
- **Date of Issue:** 21 July 2033
- **Deadline for Applications:** 19 August 2033

## About UNICC

The {ORG} (UNICC) provides digital solutions and information technology services to organizations of the United Nations system. It operates from Geneva, Valencia, New York, Rome, Brindisi and Nairobi.

## Duties and Responsibilities

{nl.join("* " + d for d in DUT)}

## Qualifications

### Required

{nl.join("* " + d for d in ESS)}

### Desired

{nl.join("* " + d for d in DES)}

## Competencies

{nl.join(f"* **{n}:** {d}" for n, d in COMP)}

## Remuneration

{SAL}

## How to apply

Apply through the UNICC careers portal before the deadline. Technical assessments are planned for early September 2033; only shortlisted candidates will be contacted. UNICC does not charge a fee at any stage of the recruitment process.

[Apply](#) · [Share](#) · [Print](#)

---
© UNICC · Privacy · Terms of use
"""
out(KEY + "-unicc.md", md, KEY)
sp = " "
txt = f"""UNjobs
Home  Organizations  Duty Stations  Closing Soon  Sign in

{TITLE} - Valencia
UNICC - United Nations International Computing Centre
Valencia, Spain
Closing date: Friday, 19 August 2033

{TITLE}
Vacancy Number: {REF}  Grade: {GRADE}  Duty Station: {LOC}  Contract Type: Fixed-term appointment  Section: Hosting and Cloud Operations  Date of Issue: 21 July 2033  Deadline for Applications: 19 August 2033
About UNICC The {ORG} (UNICC) provides digital solutions and information technology services to organizations of the United Nations system.
Duties and Responsibilities {sp.join(DUT)}
Qualifications Required {sp.join(ESS)} Desired {sp.join(DES)}
Competencies {sp.join(f"{n}: {d}" for n, d in COMP)}
Remuneration {SAL}
How to apply Apply through the UNICC careers portal before the deadline.

Share: Facebook Twitter LinkedIn E-mail
Added: 22 July 2033 · Source: UNICC

Similar jobs
  Cloud Engineer, P-2 - Geneva - UNICC - Closing date: 26 August 2033
  Database Administrator, G-6 - Valencia - UNICC - Closing date: 1 September 2033
  Information Security Officer, P-4 - New York - UNICC - Closing date: 4 September 2033

UNjobs is not affiliated with the United Nations. Terms · Privacy
"""
out(KEY + "-unjobs.txt", txt, KEY)
