from common import *
KEY = "639152"
E = blank(["en"])
E["reference"] = "639152"
E["title"]["en"] = "Senior Supply Assistant (Freight Documentation), GS-6, Fixed Term, Copenhagen, Denmark"
E["organisation"]["en"] = "United Nations Children's Fund"
E["location"]["en"] = "Denmark"
E["deadline"] = "2034-03-03"
E["grade"] = "GS-6"
E["requirements"]["en"] = {
 "essential": [
  "Completion of secondary education is required, preferably supplemented by a certificate in logistics, freight forwarding or business administration.",
  "A minimum of six years of relevant work experience in shipping, freight forwarding or supply operations is required.",
  "Advanced knowledge of Microsoft Excel and practical experience with an ERP system such as SAP.",
  "Fluency in English is required."],
 "desirable": [
  "Working knowledge of Incoterms and of documentary letters of credit.",
  "Experience in an international organization or a UN agency.",
  "Knowledge of Danish or of another official UN language."]}
NAMES = ["Builds and maintains partnerships", "Demonstrates self-awareness and ethical awareness",
         "Drive to achieve results for impact", "Innovates and embraces change", "Manages ambiguity and complexity",
         "Thinks and acts strategically", "Works collaboratively with others"]
E["competencies"]["en"] = [{"name": n, "description": ""} for n in NAMES]
COMP = " ".join(f"({i}) {n}" for i, n in enumerate(NAMES, 1))
T = E["title"]["en"]
R = E["requirements"]["en"]
INTRO = ("UNICEF, the United Nations Children's Fund, works in over 190 countries and territories to save children's lives, "
         "to defend their rights and to help them fulfil their potential. Its Supply Division in Copenhagen buys and ships "
         "vaccines, nutrition products, medicines and school supplies for programmes all over the world.")
DUTIES = [
 "Checks bills of lading, air waybills, certificates of origin and packing lists against purchase orders before goods leave the supplier.",
 "Prepares and files shipping documents in the ERP system and keeps the shipment tracker up to date for country offices.",
 "Liaises daily with freight forwarders, insurers and customs brokers, and escalates delays or damage to the supervisor.",
 "Reconciles freight invoices with contract rates and prepares payment requests.",
 "Answers queries from country offices and suppliers on the status of consignments.",
 "Drafts standard correspondence and contributes to the update of desk procedures."]

def page():
    li = lambda xs: "\n".join(f"<li>{esc(x)}</li>" for x in xs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(T)} | UNICEF Careers</title>
<style>body{{font-family:Arial,sans-serif;font-size:14px;margin:0;color:#222}} .top{{background:#1cabe2;color:#fff;padding:10px 20px}}
.filters{{font-size:12px;color:#555;padding:4px 20px}} .job{{padding:10px 20px;max-width:820px}} .meta b{{display:inline-block;width:120px}}
.apply{{background:#374ea2;color:#fff;padding:6px 14px;display:inline-block}} .similar{{font-size:12px;border-top:1px solid #ccc;margin-top:20px}}</style></head>
<body>
<div class="top">unicef | for every child &nbsp;&nbsp; Careers · Search jobs · Job alerts · Log in</div>
<div class="filters">Keyword: supply · Location: Denmark · Work type: Fixed Term Appointment · <a href="#">Clear all</a> · <a href="#">&laquo; Back to results</a></div>
<div class="job" id="job-content">
<h2 id="job-title">{esc(T)}</h2>
<p><span class="apply">Apply now</span> &nbsp; <b>Job no:</b> <span>639152</span></p>
<p class="meta"><b>Contract type:</b> Fixed Term Appointment<br>
<b>Duty Station:</b> Copenhagen<br>
<b>Level:</b> GS-6<br>
<b>Location:</b> Denmark<br>
<b>Categories:</b> Supply and Logistics</p>
<p>{esc(INTRO)}</p>
<p><strong>For every child, a fair chance</strong></p>
<p>Every shipment that reaches a health centre on time is a child who gets the vaccine or the treatment that was planned for them. The Freight Documentation team makes sure that nothing stops at a border for want of a paper.</p>
<p><strong>How can you make a difference?</strong></p>
<p>Under the supervision of the Supply Officer (Shipping), you will:</p>
<ul>
{li(DUTIES)}
</ul>
<p><strong>To qualify as an advocate for every child you will have…</strong></p>
<ul>
{li(R['essential'])}
</ul>
<p><strong>Desirables:</strong></p>
<ul>
{li(R['desirable'])}
</ul>
<p>For every Child, you demonstrate…</p>
<p>UNICEF's values of Care, Respect, Integrity, Trust, Accountability and Sustainability (CRITAS) underpin everything we do and how we do it.</p>
<p>UNICEF competencies required for this post are… {esc(COMP)}</p>
<p>During the recruitment process, we test candidates following the competency-based interview approach. Shortlisted candidates may be invited to a written test during the week of 16 March 2034.</p>
<p><strong>Remarks:</strong></p>
<p>This is a locally recruited post. Only candidates who hold a valid Danish residence and work permit, or who are eligible for one, will be considered. UNICEF does not charge a processing fee at any stage of its recruitment.</p>
<p>Advertised: 08 Feb 2034 Romance Standard Time<br>Deadline: 03 Mar 2034 Romance Standard Time</p>
<div class="similar"><b>Similar jobs</b><br>Supply Assistant (Quality Assurance), GS-5, Temporary Appointment, Copenhagen, Denmark · Deadline: 10 Mar 2034<br>
Procurement Associate, GS-7, Fixed Term, Copenhagen, Denmark · Deadline: 21 Mar 2034</div>
</div>
<p style="font-size:11px;padding:0 20px">© UNICEF · Privacy · Legal · Contact us</p>
</body></html>
"""

def linkedin():
    L = []
    L += ["Skip to main content", "LinkedIn", "Jobs   People   Learning", "Join now   Sign in", "",
          T, "UNICEF", "Copenhagen, Capital Region, Denmark  ·  Reposted 2 weeks ago  ·  Over 100 applicants", "",
          "On-site", "Mid-Senior level", "", "Apply", "Save", "",
          "Meet the hiring team", "Talent Acquisition · UNICEF Supply Division", "", "About the job", "",
          "Job no: 639152", "Contract type: Fixed Term Appointment", "Duty Station: Copenhagen", "Level: GS-6",
          "Location: Denmark", "Categories: Supply and Logistics", "", INTRO, "",
          "How can you make a difference?", ""]
    L += ["- " + d for d in DUTIES]
    L += ["", "To qualify as an advocate for every child you will have…", ""]
    L += ["- " + x for x in R["essential"]]
    L += ["", "Desirables:", ""]
    L += ["- " + x for x in R["desirable"]]
    L += ["", "For every Child, you demonstrate…", "",
          "UNICEF's values of Care, Respect, Integrity, Trust, Accountability and Sustainability (CRITAS).", "",
          "UNICEF competencies required for this post are… " + COMP, "",
          "This is a locally recruited post; a valid Danish residence and work permit is needed.", "",
          "Deadline: 03 Mar 2034 Romance Standard Time", "", "Show less", "",
          "Seniority level", "Mid-Senior level", "Industries", "Non-profit Organizations", "",
          "Referrals increase your chances of interviewing at UNICEF by 2x", "See who you know", "",
          "Similar jobs", "Logistics Coordinator · Maersk · Copenhagen · 1 week ago",
          "Customs Declarant · DSV · Hedehusene · 3 days ago", "",
          "© 2034 LinkedIn   About   Accessibility   User Agreement   Privacy Policy   Cookie Policy"]
    return "\n".join(L) + "\n"

def build():
    write_expected(KEY, E)
    write(KEY + "-unicef-pageup.html", page(), KEY, "html")
    write(KEY + "-linkedin.txt", linkedin(), KEY, "txt")
