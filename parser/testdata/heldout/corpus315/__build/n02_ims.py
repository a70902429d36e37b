from common import *

REF = "548406"
POST = "IMS OFC BFS 0040"
T = "Budget Execution and Payments Assistant"
ORG = "International Military Staff (IMS)"
LOC = "NATO Headquarters, Brussels, Belgium"
SCH = "Full-time (37.5 hours per week)"
GRADE, CLR = "B-4/G-10", "NATO SECRET"
ESS = [
    "Higher secondary education and a completed vocational qualification in accounting, finance or business administration.",
    "At least three years of experience in budget execution, commitment control or accounts payable in a public or international organisation.",
    "Working knowledge of an ERP finance module, preferably SAP, and advanced spreadsheet skills.",
    "Ability to reconcile large volumes of transactions accurately and to meet fixed closing dates.",
    "English at NATO Standardized Language Profile (SLP) 3232.",
]
DES = [
    "Knowledge of the NATO Financial Regulations and of common-funded budget procedures.",
    "Experience of preparing year-end statements for external audit.",
    "French at SLP 2211.",
]
COMP = [
    ("Personal Attributes", "The incumbent must be precise, reliable and discreet, and must keep to procedures when deadlines are close."),
    ("Professional Contacts", "The incumbent deals daily with budget holders in the IMS divisions, the International Staff Financial Controller and contractors' accounts departments."),
    ("Contribution to Objectives", "Timely and correct commitments and payments allow the IMS to execute its military budget within the approved ceilings."),
]
CONTEXT = "The Office of the Financial Controller prepares, executes and accounts for the budget of the International Military Staff. The Budget and Finance Section records commitments, processes payments and produces the monthly and year-end financial reports for the Director General IMS and the Budget Committee."
DUTIES = [
    "Records commitments and obligations in the financial system and checks them against available credits.",
    "Verifies invoices, travel claims and supporting documents before payment and flags discrepancies.",
    "Reconciles bank and suspense accounts each month and follows up open items with the divisions.",
    "Prepares budget execution tables and draft notes for the Financial Controller.",
    "Supports the year-end closure and answers queries from the International Board of Auditors for NATO.",
]
REMARKS_SAL = "5,118.26 EUR per month, tax free"
REMARKS_DL = "Friday 9 January 2044 at 23:59 hours (Brussels time)"


def build():
    md = f"""::: {{custom-style="Title"}}
:::

**NATO UNCLASSIFIED**

**INTERNATIONAL MILITARY STAFF**\\
**ÉTAT-MAJOR MILITAIRE INTERNATIONAL**\\
**B-1110 BRUSSELS - BELGIUM**

IMSM-0977-2043 (OFC) \\hfill 1 December 2043

**STAFF VACANCY {REF}**

| | |
|---|---|
| **POST NUMBER:** | {POST} |
| **POST TITLE:** | {T} |
| **ORGANISATION:** | {ORG} |
| **OFFICE:** | Office of the Financial Controller, Budget and Finance Section |
| **LOCATION:** | {LOC} |
| **WORKING HOURS:** | {SCH} |
| **NATO GRADE:** | {GRADE} |
| **SECURITY CLEARANCE:** | {CLR} |

**1. Post Context.** {CONTEXT}

**2. Principal Duties.** The incumbent:

{chr(10).join(f"{chr(97+i)}. {d}" for i, d in enumerate(DUTIES))}

**3. Essential Qualifications.**

{chr(10).join(f"{chr(97+i)}. {d}" for i, d in enumerate(ESS))}

**4. Desirable Qualifications.**

{chr(10).join(f"{chr(97+i)}. {d}" for i, d in enumerate(DES))}

**5. Attributes/Competencies.**

{chr(10).join(f"{chr(97+i)}. {n}: {d}" for i, (n, d) in enumerate(COMP))}

**6. Remarks.** The basic salary for this grade is {REMARKS_SAL}, plus allowances where applicable. The initial contract is for three years. Applications, using the NATO application form, must reach the IMS Human Resources Branch by {REMARKS_DL}. Tests are planned in the week of 2 February 2044.

**NATO UNCLASSIFIED**
"""
    md = md.replace('::: {custom-style="Title"}\n:::\n\n', "").replace(" \\hfill ", " — ")
    open(f"{BUILD}/{REF}-ims.md", "w", encoding="utf-8").write(md)
    libreoffice(f"{REF}-ims.md", f"{REF}-ims.libreoffice.pdf", REF)

    mail = f"""-------- Forwarded Message --------
Subject: \tFW: IMS staff vacancy {REF} - {T} - closing 9 January
Date: \tThu, 4 Dec 2043 11:27:52 +0100
From: \tDefence Staff Office, National Military Representation <nmr.personnel@mod.example>
To: \tReserve Finance Officers' Network <rfon-members@lists.example>

Colleagues,

Please find below a vacancy at the IMS that may interest finance staff leaving the forces this winter. Nationally, the nomination form must come to us by 19 December so that we can endorse it; after that, the candidate applies directly to the IMS.

Regards,
WO1 T. Harrow
Personnel Cell

-------- Original Message --------
Subject: \tIMS STAFF VACANCY {REF}
Date: \tMon, 1 Dec 2043 16:05:10 +0100
From: \tIMS HR Branch <ims.hr@hq.example>

NATO UNCLASSIFIED

INTERNATIONAL MILITARY STAFF
IMSM-0977-2043 (OFC)

STAFF VACANCY {REF}

POST NUMBER:         {POST}
POST TITLE:          {T}
ORGANISATION:        {ORG}
OFFICE:              Office of the Financial Controller, Budget and Finance Section
LOCATION:            {LOC}
WORKING HOURS:       {SCH}
NATO GRADE:          {GRADE}
SECURITY CLEARANCE:  {CLR}

1. POST CONTEXT. {CONTEXT}

2. PRINCIPAL DUTIES. The incumbent:
{chr(10).join(f"   ({chr(97+i)}) {d}" for i, d in enumerate(DUTIES))}

3. ESSENTIAL QUALIFICATIONS.
{chr(10).join(f"   ({chr(97+i)}) {d}" for i, d in enumerate(ESS))}

4. DESIRABLE QUALIFICATIONS.
{chr(10).join(f"   ({chr(97+i)}) {d}" for i, d in enumerate(DES))}

5. ATTRIBUTES/COMPETENCIES.
{chr(10).join(f"   ({chr(97+i)}) {n}: {d}" for i, (n, d) in enumerate(COMP))}

6. REMARKS. The basic salary for this grade is {REMARKS_SAL}, plus allowances where applicable. The initial contract is for three years. Applications, using the NATO application form, must reach the IMS Human Resources Branch by {REMARKS_DL}. Tests are planned in the week of 2 February 2044.

NATO UNCLASSIFIED

--
RFON mailing list - to unsubscribe reply with "leave" in the subject.
"""
    write(f"{REF}-forward.txt", mail, REF)
    expected(REF, POST, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2044-01-09",
             sal(5118.26), GRADE, CLR, {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)})
