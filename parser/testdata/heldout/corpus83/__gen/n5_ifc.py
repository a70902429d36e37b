from lib import *
KEY = "req41872"; REF = "req41872"
TITLE = "Investment Officer, Agribusiness"
ORG = "IFC"; LOC = "Dakar,Senegal"
ESS = [
 "Master's degree in finance, economics, business administration or a related field, or a CFA or equivalent qualification.",
 "Minimum of 5 years of relevant experience in corporate finance, credit, private equity or investment banking, including direct client origination.",
 "Strong financial modelling and valuation skills and a solid understanding of credit risk.",
 "Track record of structuring and closing transactions in emerging markets, ideally in agriculture or food processing.",
 "Fluency in French and English, with the ability to draft investment documents in English.",
 "Willingness to travel frequently within West and Central Africa.",
]
COMP = [
 ("Deliver Results for Clients", "Achieves results for clients by anticipating their needs and proposing solutions that go beyond the immediate request."),
 ("Collaborate Within Teams and Across Boundaries", "Builds networks across IFC and the World Bank Group and shares credit for joint results."),
 ("Lead and Innovate", "Develops innovative solutions and encourages others to do the same."),
 ("Create, Apply and Share Knowledge", "Applies knowledge across the Group to strengthen solutions for internal and external clients."),
 ("Make Smart Decisions", "Recommends and takes decisions based on analysis of risks and benefits, and stands behind them."),
]
EXP(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {}, "2026-12-18", None, "GF",
    {"en": ESS, "fr": None}, {"en": [], "fr": None}, {"en": COMP, "fr": None})
DUT = [
 "Originate, appraise and structure debt and equity investments in agribusiness and food companies in Senegal, Côte d'Ivoire, Guinea and Mali;",
 "Build financial models, conduct due diligence and prepare investment review and board documents;",
 "Negotiate term sheets and legal agreements with clients, co-lenders and IFC's legal department;",
 "Monitor a portfolio of existing investments, identify early signs of stress and propose remedial actions;",
 "Work with IFC's advisory teams and the World Bank to design programmes that address constraints in food value chains;",
 "Mentor junior analysts and contribute to the knowledge products of the agribusiness team.",
]
BG = ("IFC — a member of the World Bank Group — is the largest global development institution focused on the private sector in emerging markets. "
      "It works in more than 100 countries, using its capital, expertise and influence to create markets and opportunities in developing countries.")
UNIT = ("The Manufacturing, Agribusiness and Services department invests in companies across the food and agriculture value chain. "
        "The Investment Officer will join the Dakar-based team covering West and Central Africa and report to the Regional Industry Manager.")
WBG = ("The World Bank Group offers comprehensive benefits, including a retirement plan, medical, life and disability insurance, and paid leave, including parental leave, as well as reasonable accommodations for individuals with disabilities. "
       "We are proud to be an equal opportunity and inclusive employer with a dedicated and committed workforce.")
HDR = [("Job #", REF), ("Organization", ORG), ("Sector", "Investment"), ("Grade", "GF"), ("Term Duration", "3 years 0 months"),
       ("Recruitment Type", "Local Recruitment"), ("Location", LOC), ("Required Language(s)", "English, French"),
       ("Preferred Language(s)", ""), ("Closing Date", "12/18/2026 (MM/DD/YYYY) at 11:59pm UTC")]
txt = """World Bank Group
Careers   Search jobs   Sign in
Investment Officer, Agribusiness
Apply
%(hdr)s

Description

%(bg)s

%(unit)s

Roles & Responsibilities

%(dut)s

Selection Criteria

%(ess)s

WBG Culture Attributes:
1. Sense of Urgency: Anticipating and quickly reacting to the needs of internal and external stakeholders.
2. Thoughtful Risk-Taking: Taking informed and thoughtful risks and making courageous decisions.
3. Empowerment and Accountability: Acting on a shared responsibility and being accountable for results.

Core Competencies

%(comp)s

%(wbg)s

Apply   Share   Save job
Similar jobs
Investment Analyst, Financial Institutions Group – Abidjan,Cote d'Ivoire – Closing 12/10/2026
Senior Investment Officer, Infrastructure – Nairobi,Kenya – Closing 01/07/2027
""" % dict(hdr="\n".join("%s: %s" % kv for kv in HDR), bg=BG, unit=UNIT, dut="\n".join("• " + d for d in DUT), ess="\n".join("• " + e for e in ESS),
          comp="\n".join("%s - %s" % c for c in COMP), wbg=WBG)
W(KEY + "-ifc.txt", txt)
board = """DevelopmentAid
Jobs   Tenders   Grants   Organizations   Experts   Sign up
Home > Jobs > Investment Officer, Agribusiness
Investment Officer, Agribusiness
International Finance Corporation (IFC)
Location:Senegal, Dakar  Posted:03 Dec 2026  Deadline:18 Dec 2026  Job type:Staff position  Sectors:Agriculture, Banking & Finance  Languages:English, French
Apply (Members only)   Save   Share
Description
Job #: %(ref)sOrganization: IFCSector: InvestmentGrade: GFTerm Duration: 3 years 0 monthsRecruitment Type: Local RecruitmentLocation: Dakar,SenegalRequired Language(s): English, FrenchPreferred Language(s): Closing Date: 12/18/2026 (MM/DD/YYYY) at 11:59pm UTC
Description %(bg)s %(unit)s
Roles & Responsibilities %(dut)s
Selection Criteria %(ess)s
Core Competencies %(comp)s
%(wbg)s
Similar jobs
Senior Agribusiness Specialist – AfDB – Abidjan – Deadline: 15 Dec 2026
Value Chain Finance Consultant – FAO – Rome – Deadline: 04 Jan 2027
Join DevelopmentAid to see the full list of 12 000+ open jobs
© 2026 DevelopmentAid. All rights reserved.
""" % dict(ref=REF, bg=BG, unit=UNIT, dut=" ".join(DUT), ess=" ".join(ESS), comp=" ".join("%s - %s" % c for c in COMP), wbg=WBG)
W(KEY + "-developmentaid.txt", board)
