from common import *

REF = "SRC/HR/2041/031"
TITLE = "Excise Tax Officer (Alcohol and Tobacco Products)"
ORG = "Seychelles Revenue Commission"
LOC = "Revenue House, Victoria, Mahé, with inspections on Praslin and La Digue"
SCHED = "Monday to Thursday, 08.00 to 16.00 hrs; Friday, 08.00 to 15.00 hrs"
ESS = [
    "A Diploma in Accounting, Business Studies or Customs Administration from a recognised institution.",
    "At least two years' experience in tax administration, customs or audit.",
    "Good working knowledge of excise legislation and of bonded warehouse procedures.",
    "Proficiency in English; knowledge of Creole and French is required for field work.",
    "A clean driving licence.",
]
DES = ["A degree in Accounting or Finance.", "Experience with ASYCUDA or a similar customs system."]
DUT = [
    "Examine monthly excise returns of importers, distillers and breweries and raise assessments.",
    "Inspect bonded warehouses and production premises and check stock records against declarations.",
    "Verify the application of excise stamps on tobacco and alcohol products at points of sale.",
    "Prepare reports on non-compliance and assist in investigations and objections.",
    "Explain obligations to taxpayers during outreach sessions.",
]

k = expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2041-05-30",
             {"min": 17480, "max": 21960, "currency": "SCR"}, None, {"en": {"essential": ESS, "desirable": DES}},
             {"en": []})

md = f"""% Vacancy: {TITLE}
% Seychelles Revenue Commission – Human Resources
% 22 April 2041

[Home](/) | [Taxpayers](/tax) | [Customs](/customs) | [Publications](/pub) | **[Careers](/careers)** | [Contact](/contact)

# Vacancy

The {ORG} invites applications from suitably qualified Seychellois for the following post in its Excise Unit.

Reference
:   {REF}

Post
:   {TITLE}

Employer
:   {ORG}

Place of work
:   {LOC}

Hours of work
:   {SCHED}

Salary
:   SCR 17,480 – SCR 21,960 per month, plus a field allowance

Closing date
:   Thursday 30 May 2041 at 16.00 hrs

## Main duties

{chr(10).join("- " + x for x in DUT)}

## Qualifications and experience

{chr(10).join(f"{i+1}. {x}" for i, x in enumerate(ESS))}

## An advantage

{chr(10).join("- " + x for x in DES)}

## Application

Applications, with a detailed CV, copies of certificates and the names of two referees, should reach the Human
Resources Section, Revenue House, Victoria (fictitious address) or careers@src.example not later than the closing date.
Late applications will not be considered. Shortlisted candidates will sit a written test on 13 June 2041.

*This page is a fictitious rendering for a test set.*
"""
write("src-hr-2041-031-src.md", md, k)

src = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Classifieds</title>
<style>
@page {{ size: A4; margin: 14mm; @bottom-center {{ content: "THE VICTORIA SENTINEL · Friday 26 April 2041 · Page 14"; font-size: 8pt }} }}
body {{ font-family: 'Liberation Serif', serif; font-size: 10pt }}
.mast {{ border-bottom: 3px double #000; font-size: 9pt; margin-bottom: 8pt }}
.ad {{ border: 2px solid #000; padding: 8pt 12pt; margin-bottom: 10pt }}
.ad h1 {{ text-align: center; font-size: 16pt; margin: 2pt }}
.ad h2 {{ text-align: center; font-size: 12pt; margin: 2pt }}
.small {{ border: 1px solid #000; padding: 6pt; font-size: 9pt; margin-bottom: 8pt }}
dl.k dt {{ font-weight: bold; float: left; width: 30%; clear: left }} dl.k dd {{ margin-left: 32%; margin-bottom: 2pt }}
</style></head><body>
<div class="mast">CLASSIFIEDS · NOTICES · VACANCIES · TENDERS</div>
<div class="ad">
<p style="text-align:center"><b>SEYCHELLES REVENUE COMMISSION</b></p>
<h1>VACANCY</h1>
<h2>{TITLE.upper()}</h2>
<dl class="k">
<dt>Reference</dt><dd>{REF}</dd>
<dt>Post</dt><dd>{TITLE}</dd>
<dt>Employer</dt><dd>{ORG}</dd>
<dt>Place of work</dt><dd>{LOC}</dd>
<dt>Hours of work</dt><dd>{SCHED}</dd>
<dt>Salary</dt><dd>SCR 17,480 – SCR 21,960 per month, plus a field allowance</dd>
</dl>
<p><b>Duties:</b> {" ".join(DUT)}</p>
<p><b>Requirements:</b></p>
{ul(ESS, "ol")}
<p><b>An advantage:</b></p>
{ul(DES)}
<p>Applications with a CV, certificates and two referees to the Human Resources Section, Revenue House, Victoria, or
careers@src.example. <b>Closing date: 30 May 2041 at 16.00 hrs.</b> Written test on 13 June 2041.</p>
</div>
<div class="small"><b>FOR SALE</b> – 2.1-hectare plot at Anse Boileau with sea view, SCR 4,950,000 or nearest offer. Serious
buyers only. Call (fictitious number).</div>
<div class="small"><b>PUBLIC NOTICE</b> – The annual general meeting of the Baie Lazare fishermen's cooperative will be held on
Saturday 11 May 2041 at 10.00 hrs at the community centre.</div>
</body></html>
"""
write_src("src-sentinel.html", src)
weasy("src-sentinel.html", "src-hr-2041-031-sentinel.weasyprint.pdf", k)
