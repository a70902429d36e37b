from lib import *
KEY = "rea-2026-ca-fgiv-031"; REF = "REA/2026/CA/FGIV/031"
TITLE = "Project Adviser – Widening Participation and Spreading Excellence"
ORG = "European Research Executive Agency"
LOC = "Brussels, Belgium"
ESS = [
 "Very good knowledge of the EU research and innovation framework programmes, in particular Horizon Europe.",
 "Proven experience in the scientific or financial monitoring of collaborative projects.",
 "Very good analytical and drafting skills in English.",
 "Ability to work in a team and to cope with peaks of workload under tight deadlines.",
]
DES = [
 "Experience in the evaluation of proposals submitted under EU or national funding schemes.",
 "Knowledge of the research and innovation systems of the countries eligible for widening actions.",
 "Experience with the EU Funding & Tenders Portal and the corporate IT tools used for grant management.",
]
EXP(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": "Full-time"}, "2027-01-27",
    SAL(amount=4762.18, cur="EUR", period="month"), "FG IV", {"en": ESS, "fr": None}, {"en": DES, "fr": None}, {"en": [], "fr": None})
TASKS = [
 "monitor the scientific progress of a portfolio of Teaming, Twinning and ERA Chairs projects, including the assessment of periodic reports and deliverables;",
 "manage amendments to grant agreements and ensure that the legal and financial rules are applied;",
 "organise and follow up on review meetings with beneficiaries and independent experts;",
 "contribute to the evaluation of proposals, including the briefing of experts and the drafting of evaluation summary reports;",
 "provide feedback to the Commission's policy services on the results of the projects;",
 "contribute to communication and dissemination activities of the unit.",
]
WHO = ("The European Research Executive Agency (REA) manages a large share of the EU funding for research and innovation on behalf of the European Commission. "
       "It is located in Brussels and employs close to 900 staff from across the Union. Unit C.3 \"Widening Participation\" implements the actions that help research organisations in less research-intensive countries to raise their level of excellence.")
ELIG = ("To be eligible, candidates must, by the deadline for applications, have passed the EPSO CAST Permanent test for function group IV or be registered in the CAST Permanent database for FG IV; "
        "have a level of education corresponding to completed university studies of at least three years attested by a diploma; be a national of a Member State of the EU and enjoy full rights as a citizen; "
        "and have a thorough knowledge of one official EU language and a satisfactory knowledge of a second one to the extent necessary for the performance of the duties.")
CONTRACT = ("The successful candidate will be offered a contract as a contract agent under Article 3a of the Conditions of Employment of Other Servants, for an initial period of two years, renewable. "
            "Remuneration is exempt from national tax; EU tax and social contributions are deducted. Depending on individual circumstances, allowances may be added to the basic salary.")
APPLY = ("Applications must be submitted through the online application form, in English, before the deadline. Candidates are advised not to wait until the last days. "
         "Pre-selected candidates will be invited to a written test and an interview in Brussels or by videoconference, planned for March 2027.")
HEAD = [("Job title", TITLE), ("Reference", REF),
        ("REA Unit", "Unit C.3 – Widening Participation"), ("Type of contract", "Contract Agent (Article 3a CEOS)"),
        ("Function group", "FG IV"), ("Place of employment", LOC), ("Working time", "Full-time"),
        ("Duration of contract", "2 years, renewable"), ("Basic monthly salary", "EUR 4 762.18 (grade 13, step 1) plus allowances where applicable"),
        ("Approximate number of candidates on the reserve list", "8"), ("Deadline for applications", "27 January 2027 at 12:00 (midday) Brussels time")]
md = """[Skip to main content](#main)

An official website of the European Union | [How do you know?](#)

**European Research Executive Agency**

[Home](#) > [Working at REA](#) > [Vacancies](#)

# %(t)s

*Call for expression of interest in view of establishing a reserve list*

| | |
|---|---|
%(rows)s

## 1. Who we are

%(who)s

## 2. What we offer – the job

As a Project Adviser in the Widening Participation unit, you will, under the supervision of the Head of Sector:

%(tasks)s

## 3. Eligibility criteria

%(elig)s

## 4. Selection criteria

### Essential

%(ess)s

### Advantageous

%(des)s

## 5. Conditions of employment

%(contract)s

## 6. How to apply

%(apply)s

Data protection: personal data are processed in accordance with Regulation (EU) 2018/1725.

---

[Share this page](#) · [Print](#) · Last update: 15 December 2026
""" % dict(t=TITLE, rows="\n".join("| **%s** | %s |" % kv for kv in HEAD), who=WHO, tasks=bullets(TASKS), elig=ELIG,
           ess=bullets(ESS), des=bullets(DES), contract=CONTRACT, apply=APPLY)
W(KEY + "-rea.md", md)
glued = "".join(k + v for k, v in HEAD)
txt = """Jobs in Brussels – EU institutions, agencies, NGOs and consultancies
Home Jobs Employers Post a job Sign in
EU agencies › Research & Innovation
%(t)s
European Research Executive Agency (REA)
Brussels
Contract agent
Posted 16 Dec 2026 | Apply by 27 Jan 2027
Save job    Apply on employer's site
Job details
%(glued)s
Job description
%(who)s
As a Project Adviser in the Widening Participation unit, you will, under the supervision of the Head of Sector:
%(tasks)s
Eligibility criteria
%(elig)s
Selection criteria
Essential
%(ess)s
Advantageous
%(des)s
Conditions of employment
%(contract)s
How to apply
%(apply)s
Apply on employer's site
Report this job
Similar jobs
Programme Officer – Digital Europe, HaDEA, Brussels – Apply by 12 Jan 2027
Financial Officer (FG III), EACEA, Brussels – Apply by 20 Jan 2027
Policy Assistant, European Economic and Social Committee, Brussels – Apply by 3 Feb 2027
Get new jobs like this by e-mail  Subscribe
About us · Advertise · Terms · Privacy · © 2026 Jobs in Brussels
""" % dict(t=TITLE, glued=glued, who=WHO, tasks="\n".join("• " + t for t in TASKS), elig=ELIG,
           ess="\n".join("• " + t for t in ESS), des="\n".join("• " + t for t in DES), contract=CONTRACT, apply=APPLY)
W(KEY + "-jobsinbrussels.txt", txt)
