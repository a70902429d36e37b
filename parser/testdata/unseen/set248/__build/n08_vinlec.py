from common import *
import textwrap
REF = "VINLEC/HR/VAC/2038-09"
K = key(REF)
T = "Metering Services Engineer"
ORG = "St Vincent Electricity Services Limited (VINLEC)"
LOC = "Customer Services Building, Paul's Avenue, Kingstown"
SCH = "Monday to Friday, 7.30 a.m. to 4.00 p.m., with standby duty on a roster"
GR = "E4"
SAL = "EC$7,150 – EC$8,940 (XCD) per month"
ESS = ["A Bachelor's degree in Electrical Engineering from a recognised institution;",
       "a minimum of four (4) years' experience in revenue metering, meter testing or distribution operations in a utility;",
       "working knowledge of current and voltage transformer metering and meter accuracy standards;",
       "a valid driver's licence."]
DES = ["experience with advanced metering infrastructure (AMI) or prepaid metering;",
       "registration with a professional engineering association."]
COMP = [("Integrity", "handles tampering cases and customer data with complete honesty."),
        ("Problem solving", "traces billing anomalies methodically back to the meter."),
        ("Communication", "explains technical findings clearly to customers and management.")]
DUT = ["Plan the replacement of electromechanical meters with smart meters across St Vincent and the Grenadines.",
       "Supervise the meter test laboratory and its calibration records.",
       "Investigate suspected tampering and irregular consumption.",
       "Prepare monthly reports on metering losses."]

md = f"""---
title: "Vacancy – {T}"
site: vinlec.example
---

[Home](https://vinlec.example/) | [Customers](https://vinlec.example/customers) | [Outages](https://vinlec.example/outages) | **Careers** | [Contact](https://vinlec.example/contact)

# VACANCY: {T.upper()}

St Vincent Electricity Services Limited invites applications from suitably qualified persons for the post below.

**Reference:** {REF}  
**Position:** {T}  
**Company:** {ORG}  
**Location:** {LOC}  
**Grade:** {GR}  
**Hours of work:** {SCH}  
**Salary:** {SAL}, plus travelling and telephone allowances  
**Closing date:** Monday, 22 June 2038 at 4.00 p.m.

## Main duties

{chr(10).join("* " + x for x in DUT)}

## Qualifications and experience

Applicants must have:

{chr(10).join(f"{i}. {x}" for i, x in enumerate(ESS, 1))}

## Added advantage

{chr(10).join(f"{i}. {x}" for i, x in enumerate(DES, 1))}

## Competencies

{chr(10).join(f"* *{n}:* {d}" for n, d in COMP)}

> Applications, with a CV and copies of certificates, should be addressed to the Human Resources Manager, VINLEC, P.O. Box 856 (fictitious), Kingstown, or sent to hr@vinlec.example. Interviews will be held in the week of 6 July 2038.

© 2038 VINLEC (sample page, fictitious content)
"""
w(K + "-vinlec.md", md, K)

def hang(mark, s, width=66):
    return textwrap.fill(s, width, initial_indent=f"  {mark} ", subsequent_indent=" " * (len(mark) + 3))
rom = ["(i)", "(ii)", "(iii)", "(iv)"]
txt = f"""THE KINGSTOWN HERALD (fictitious)           Friday, 29 May 2038      B7
==================================================================
                         CLASSIFIEDS - EMPLOYMENT
==================================================================

          ST VINCENT ELECTRICITY SERVICES LIMITED
                       VACANCY NOTICE
                    Ref: {REF}

Applications are invited for the post of {T.upper()}.

Post:          {T}
Company:       {ORG}
Location:      {LOC}
Grade:         {GR}
Hours of work: {SCH}
Salary:        {SAL}
Closing date:  22 June 2038

QUALIFICATIONS: Applicants must have:
{chr(10).join(hang(m, x) for m, x in zip(rom, ESS))}
Added advantage:
{chr(10).join(hang(m, x) for m, x in zip(rom, DES))}

COMPETENCIES:
{chr(10).join(hang("-", n + ": " + d) for n, d in COMP)}

The Company is rolling out smart meters to all customers by 2041 and
is strengthening its Metering Services Unit for this purpose.

DUTIES include the smart meter replacement programme, supervision of
the meter test laboratory, tampering investigations and monthly
reports on metering losses.

Apply to the Human Resources Manager, VINLEC, Kingstown, or
hr@vinlec.example. Interviews: week of 6 July 2038.
------------------------------------------------------------------
FOR SALE: 2031 Toyota Hilux, 4x4, one owner, EC$58,000 o.n.o.
Call 45X-XXXX (fictitious).
------------------------------------------------------------------
NOTICE: The Calliaqua Fishermen's Cooperative will hold its annual
general meeting on Saturday 13 June 2038 at 5.00 p.m.
------------------------------------------------------------------
"""
w(K + "-herald.txt", txt, K)
expected(REF, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2038-06-22",
         {"min": 7150, "max": 8940, "currency": "XCD", "period": "month"}, GR, {"en": (ESS, DES)}, {"en": COMP})
