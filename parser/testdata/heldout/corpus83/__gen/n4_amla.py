from lib import *
KEY = "amla-ta-2026-37"; REF = "AMLA/TA/2026/37"
TITLE = "Senior Supervisor – Crypto-Asset Service Providers"
ORG = "Anti-Money Laundering and Countering the Financing of Terrorism Authority"
LOC = "Frankfurt/Main, Germany"; SCHED = "Full time, 40 hrs per week"
ESS = [
 "At least six years of professional experience in AML/CFT supervision, compliance or audit in the financial sector, of which at least two years related to crypto-assets or payment services.",
 "In-depth knowledge of the EU AML/CFT framework and of Regulation (EU) 2023/1114 on markets in crypto-assets.",
 "Experience in assessing the risk management and internal controls of supervised entities, including on-site inspections.",
 "Excellent command of English, both written and oral.",
]
DES = [
 "Experience with blockchain analytics tools and transaction monitoring systems.",
 "Experience of working in a national competent authority or a European supervisory authority.",
 "A professional certification in anti-money laundering or fraud examination.",
]
COMP = [("Analytical thinking", "you break down complex issues and reach sound, evidence-based conclusions."),
        ("Communication", "you explain technical findings clearly to supervised entities and colleagues."),
        ("Collaboration", "you work across pillars and with national authorities to reach common results."),
        ("Resilience", "you stay effective in a fast-changing start-up environment.")]
EXP(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2027-01-19",
    SAL(mn=7821.56, mx=8149.97, cur="EUR", period="month"), "AD 7", {"en": ESS, "fr": None}, {"en": DES, "fr": None}, {"en": COMP, "fr": None})
TOP = ["(Réf. %s)" % REF, "3 years contract with possibility of extension", LOC, SCHED, "Open to individuals with EU citizenship",
       "Deadline to apply: 19/01/2027 23:59", "€ 7.821,56€ at step 1 or 8.149,97€ at step 2 / AD 7",
       "Approximate number of candidates on reserve list: 6", "Visit our website to learn more about the benefits."]
WHO = ["Money laundering and terrorist financing threaten the integrity of the Union's financial system and the safety of its citizens.",
       "The Anti-Money Laundering and Countering the Financing of Terrorism Authority (AMLA) is a new EU body set up in 2024 in Frankfurt am Main. It will directly supervise a number of high-risk cross-border financial entities, support the Financial Intelligence Units of the Member States and develop technical standards and guidelines. Its team will grow to about 430 people by the end of 2027."]
ROLE = ["lead on-site inspections and off-site reviews of crypto-asset service providers that fall under AMLA's direct or indirect supervision;",
        "assess the ML/TF risk exposure, governance and controls of supervised entities and propose supervisory measures;",
        "contribute to the joint supervisory teams with national supervisors and coordinate their input;",
        "draft regulatory products, such as guidelines and Q&As, on the AML/CFT obligations of the crypto sector;",
        "represent AMLA in international fora on virtual assets when requested."]
ELIG = ["be a national of a Member State of the European Union and enjoy full rights as a citizen;",
        "have a level of education corresponding to completed university studies of at least four years attested by a diploma, followed by at least six years of professional experience, or of at least three years followed by at least seven years of experience;",
        "have a thorough knowledge of one of the official EU languages [1] and a satisfactory knowledge of another [2];",
        "have fulfilled any obligations imposed by national law concerning military service;",
        "meet the character requirements for the duties involved [3] and be physically fit to perform them [4]."]
NOTES = ["[1] Level C1 as per the Common European Framework of Reference for Languages (CEFR).",
         "[2] Level B2 as per the CEFR.",
         "[3] An official certificate confirming the absence of any criminal record must be provided before recruitment.",
         "[4] Candidates not yet working for an EU institution will undergo a pre-employment medical examination."]
OFFER = ("The successful candidates will be offered a temporary agent contract under Article 2(f) of the Conditions of Employment of Other Servants of the European Union, in grade AD 7, for three years with possibility of extension. "
         "The monthly basic salary is shown above; salaries are subject to EU tax and are exempt from national taxation. Depending on their situation, staff may receive expatriation, household and dependent child allowances, and school fees support.")
SEL = ("An internal selection committee will assess the applications against the selection criteria. The best-qualified candidates will be invited to a written test and an interview, "
       "which are expected to take place in February 2027. The reserve list will be valid until 31 December 2028 and may be extended.")
def html():
    return """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%(t)s - AMLA careers</title></head><body>
<div id="cookies">We use cookies to measure the audience of this site. <a href="#">Accept</a> <a href="#">Refuse</a> <a href="#">Customise</a></div>
<header><img alt="AMLA" src="logo.svg"> <span>Careers at AMLA</span> <nav><a href="#">Job offers</a> <a href="#">Spontaneous contact</a> <a href="#">My account</a> <a href="#">EN</a></nav></header>
<main>
<p><a href="#">&lt; Back to the job offers</a></p>
<h1>%(t)s</h1>
<div class="offer-summary">%(top)s</div>
<p><a class="btn" href="#">Apply</a></p>
<h2>WHO WE ARE</h2>%(who)s
<p>Are you interested to contribute to our mission? Then see below what it takes to accomplish the role.</p>
<h2>YOUR ROLE</h2><p>As a Senior Supervisor in the Crypto-Asset Supervision team, you will:</p><ul>%(role)s</ul>
<h2>ELIGIBILITY CRITERIA</h2><p>To be admitted to the selection process you must meet the following eligibility criteria on the closing date for application and on the date of filling the vacant post:</p><ul>%(elig)s</ul>
<h2>SELECTION CRITERIA</h2>
<h3>Essential</h3><ul>%(ess)s</ul>
<h3>Advantageous</h3><ul>%(des)s</ul>
<h3>Behavioural competencies</h3><ul>%(comp)s</ul>
<h2>WHAT WE OFFER</h2><p>%(offer)s</p>
<h2>SELECTION PROCEDURE</h2><p>%(sel)s</p>
<div class="notes">%(notes)s</div>
<p><a class="btn" href="#">Apply</a> <a href="#">Send to a friend</a> <a href="#">Print</a></p>
</main>
<footer>AMLA &middot; Messeturm, Friedrich-Ebert-Anlage 49, 60308 Frankfurt am Main &middot; <a href="#">Legal notice</a> &middot; <a href="#">Data protection</a> &middot; Powered by Gestmax</footer>
</body></html>
""" % dict(t=TITLE, top="\n".join("<p>%s</p>" % x for x in TOP), who="".join("<p>%s</p>" % x for x in WHO), role=lis(ROLE), elig=lis(ELIG),
          ess=lis(ESS), des=lis(DES), comp=lis("<strong>%s</strong>: %s" % c for c in COMP), offer=OFFER, sel=SEL, notes="".join("<p>%s</p>" % n for n in NOTES))
W(KEY + "-amla.html", html())
txt = """Skip to content
We use cookies to measure the audience of this site. Accept Refuse Customise
Careers at AMLA
Job offers   Spontaneous contact   My account   EN
< Back to the job offers
%(t)s

%(top)s
Apply
WHO WE ARE

%(who)s

Are you interested to contribute to our mission? Then see below what it takes to accomplish the role.

YOUR ROLE

As a Senior Supervisor in the Crypto-Asset Supervision team, you will:

%(role)s

ELIGIBILITY CRITERIA

To be admitted to the selection process you must meet the following eligibility criteria on the closing date for application and on the date of filling the vacant post:

%(elig)s

SELECTION CRITERIA
Essential

%(ess)s
Advantageous

%(des)s
Behavioural competencies

%(comp)s

WHAT WE OFFER

%(offer)s

SELECTION PROCEDURE

%(sel)s

%(notes)s
Apply   Send to a friend   Print
AMLA · Messeturm, Friedrich-Ebert-Anlage 49, 60308 Frankfurt am Main · Legal notice · Data protection · Powered by Gestmax
""" % dict(t=TITLE, top="\n".join(TOP), who="\n\n".join(WHO), role="\n".join("    " + x for x in ROLE), elig="\n".join("    " + x for x in ELIG),
          ess="\n".join("    " + x for x in ESS), des="\n".join("    " + x for x in DES), comp="\n".join("    %s: %s" % c for c in COMP),
          offer=OFFER, sel=SEL, notes="\n".join(NOTES))
W(KEY + "-amla.txt", txt)
