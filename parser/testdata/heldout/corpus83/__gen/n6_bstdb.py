from lib import *
KEY = "163"; REF = "163"
TITLE = "Senior Officer, Environmental and Social Sustainability"
ORG = "Black Sea Trade and Development Bank"; LOC = "Thessaloniki, Greece"
ESS = [
 "University degree (Master's level) in environmental science, environmental engineering, natural resource management or a related field.",
 "At least seven years of professional experience in environmental and social risk management, of which at least four in a financial institution, a multilateral development bank or an environmental consultancy.",
 "Hands-on knowledge of international standards such as the IFC Performance Standards, the EBRD Performance Requirements and the Equator Principles.",
 "Experience in carrying out due diligence and monitoring site visits for industrial, energy or infrastructure projects.",
 "Excellent written and spoken English.",
]
DES = [
 "Knowledge of one or more languages of the Bank's member states.",
 "Experience with climate risk assessment or greenhouse gas accounting methodologies.",
 "Professional certification in environmental auditing or occupational health and safety.",
]
EXP(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {}, "2027-01-22", None, None,
    {"en": ESS, "fr": None}, {"en": DES, "fr": None}, {"en": [], "fr": None})
txt = """Skip to main content
BSTDB Black Sea Trade & Development Bank
About Us   Operations   Investor Relations   Media Center   Career   Contact
Home / Career / Current Vacancies / %(t)s
%(t)s
Ref.No: %(ref)s Division/Department: Environmental and Social Sustainability Unit (ESU)/Office of the Vice President Operations Position Type: Professional Job Posted: 11-Dec-2026
Closing Date: 22-Jan-2027, 17:30 (Greece Time)
Post Location: %(loc)s Appointment Type: Three-year fixed-term appointment (internal candidates holding open-ended appointments will retain their status if they apply)

Position Purpose

The Senior Officer, Environmental and Social Sustainability, makes sure that the projects financed by the Bank are screened, assessed and monitored in line with the Bank's Environmental and Social Policy. Working under the Head of the ESU, the Senior Officer advises banking teams from the early stages of a transaction until its repayment and contributes to the Bank's reporting on sustainability and climate.

Key Functions and Responsibilities

  • Screen and categorise new operations according to their environmental and social risk, and agree the scope of due diligence with the banking teams.
  • Review environmental and social impact assessments, audits and action plans prepared by clients or consultants, and draft the relevant sections of the Board documents.
  • Negotiate environmental and social covenants and action plans with clients, and follow their implementation through annual reports and site visits.
  • Contribute to the calculation of the climate finance share of the Bank's operations and to the annual sustainability report.
  • Keep the Unit's procedures and checklists up to date and train colleagues of the operations departments.
  • Maintain contacts with the environmental and social teams of other international financial institutions that co-finance projects with the Bank.

Qualifications and Experience

%(ess)s

Desirable Qualifications

%(des)s

What we offer

BSTDB offers an internationally competitive compensation and benefits package, including a pension plan, medical insurance and, for eligible staff, relocation and education allowances. Salaries are set according to the Bank's grading structure and are not published in vacancy notices.

How to apply

Interested candidates must apply through the Bank's online application system by the closing date indicated above. Applications sent by e-mail will not be considered. Only short-listed candidates will be contacted; interviews are expected to take place in February 2027 in Thessaloniki or by videoconference.

BSTDB is an equal opportunity employer. All positions are based at the BSTDB Headquarters in Thessaloniki.

Apply Now

Share   Print

Black Sea Trade and Development Bank · 1 Komninon str., 54624 Thessaloniki, Greece
Terms of Use   Privacy Policy   Sitemap   © 2026 BSTDB
""" % dict(t=TITLE, ref=REF, loc=LOC, ess="\n".join("  • " + e for e in ESS), des="\n".join("  • " + d for d in DES))
W("163-bstdb.txt", txt)
