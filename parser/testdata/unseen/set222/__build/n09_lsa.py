from common import *

KEY = "lsa-2036-04"
D = dict(
    reference="LSA-2036-04", post_number=None, languages=["en"],
    title=both("Policy Officer – Space Resources and Regulation", None),
    organisation=both("Luxembourg Space Agency", None),
    location=both("Luxembourg City, Luxembourg", None),
    schedule=both("Full-time (40 hours per week)", None),
    deadline="2036-04-27",
    salary=None,
    grade="A1", clearance="EU SECRET",
)
ESS = [
    "Master's degree (bac+5) in law, international relations, engineering or economics;",
    "At least three years of professional experience in space policy, regulation or international negotiations;",
    "Knowledge of the international legal framework for outer space activities;",
    "Excellent drafting skills in English;",
    "Good knowledge of at least two of the three administrative languages of Luxembourg (Luxembourgish, French, German);",
    "EU citizenship and eligibility for an EU SECRET security clearance.",
]
DES = [
    "Experience in a national space agency, ESA or a European institution;",
    "Knowledge of licensing procedures for space activities;",
    "A technical background in satellite operations or in-situ resource utilisation.",
]
COMP = [
    ("Strategic thinking", "links day-to-day files to the national space strategy and anticipates trends"),
    ("Stakeholder management", "builds trust with companies, ministries and international partners"),
    ("Drafting and synthesis", "turns complex legal and technical material into short, accurate notes"),
]
D["requirements"] = both(req(ESS, DES), None)
D["competencies"] = both(comps(COMP), None)

DUT = [
    "Follow the development of national and international rules on space resources and prepare the Agency's positions.",
    "Represent the Agency in working groups of the United Nations, ESA and the European Union.",
    "Support companies applying for a mission authorisation and coordinate with the ministries concerned.",
    "Draft briefing notes, speeches and answers to parliamentary questions for the Minister.",
    "Contribute to the organisation of the Agency's annual space resources conference.",
]
FACTS = [("Reference", D["reference"]), ("Employer", D["organisation"]["en"]),
         ("Department", "Policy and International Affairs"), ("Location", D["location"]["en"]),
         ("Status", "State employee (employé de l'État), permanent contract after probation"),
         ("Pay group", D["grade"] + " – university degree (bac+5)"),
         ("Working time", D["schedule"]["en"]), ("Security clearance", D["clearance"]),
         ("Publication date", "23 March 2036"), ("Application deadline", "27 April 2036")]


def html():
    fx = "".join("<div class='row'><span class='k'>%s</span><span class='v'>%s</span></div>" % r for r in FACTS)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{D['title']['en']} – Luxembourg Space Agency</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;color:#1b1b3a}} .row{{display:flex;border-bottom:1px solid #ddd}} .k{{width:12em;font-weight:bold}} .gov{{background:#000;color:#fff;font-size:80%}}</style></head>
<body>
<div class="gov">The Government of the Grand Duchy of Luxembourg · <a href="#">FR</a> · <a href="#">EN</a></div>
<header><a href="#">LSA</a> <nav><a href="#">About us</a> <a href="#">Funding</a> <a href="#">Space resources</a> <a href="#">Education</a> <a href="#">News</a> <a href="#">Jobs</a></nav></header>
<div id="cookie">This website uses cookies to measure traffic. <button>Accept</button><button>Decline</button></div>
<p class="crumbs">Home &gt; About us &gt; Jobs &gt; {D['reference']}</p>
<main>
<h1>{D['title']['en']}</h1>
<section class="keyfacts">{fx}</section>
<h2>Who we are</h2>
<p>The {D['organisation']['en']} promotes the development of the space sector in Luxembourg by supporting companies, managing national research programmes, developing skills and representing the country in international space bodies. Our team is small, international and works in English on a daily basis.</p>
<h2>Your mission</h2>
<p>Within the Policy and International Affairs department, you will:</p>
<ul>{li(DUT)}</ul>
<h2>Your profile</h2>
<ul>{li(ESS)}</ul>
<h2>Nice to have</h2>
<ul>{li(DES)}</ul>
<h2>Competencies</h2>
<ul>{"".join("<li><em>%s</em> – %s</li>" % c for c in COMP)}</ul>
<h2>What we offer</h2>
<p>A permanent position in the State's employee career, pay group {D['grade']}, with remuneration according to the State pay scales (meal allowance, family allowances), flexible working hours and up to two days of remote work per week.</p>
<h2>How to apply</h2>
<p>Apply online on the State recruitment portal, quoting {D['reference']}, by 27 April 2036. Shortlisted candidates will be invited to an interview and a written test in the second half of May 2036. The selected candidate must be able to obtain an {D['clearance']} clearance before taking up duty.</p>
</main>
<footer><p>Related: Space resources conference 2036 – registration opens 2 June 2036</p><p>Legal notice · Accessibility · Contact</p></footer>
</body></html>
"""


def teams():
    return "\n".join([
        "#hiring-referrals", "", "Marc Weber  09:14",
        "Hi all 👋 the LSA has opened a policy role, posting it here in case someone in your network fits. Full text below (copied from their jobs page):",
        "",
        D["title"]["en"],
        *("%s: %s" % r for r in FACTS),
        "",
        "Who we are",
        "The " + D["organisation"]["en"] + " promotes the development of the space sector in Luxembourg by supporting companies, managing national research programmes, developing skills and representing the country in international space bodies.",
        "",
        "Your mission",
        *["• " + d for d in DUT],
        "",
        "Your profile",
        *["• " + e for e in ESS],
        "",
        "Nice to have",
        *["• " + e for e in DES],
        "",
        "Competencies",
        *["• %s – %s" % c for c in COMP],
        "",
        "Apply online on the State recruitment portal, quoting " + D["reference"] + ", by 27 April 2036. Interviews and written test in the second half of May 2036.",
        "",
        "👍 4  🚀 2",
        "",
        "Sofia Almeida  09:31",
        "Thanks! Forwarded to a former colleague from ESTEC. Do you know if they accept applications in English only?",
        "",
        "Marc Weber  09:33",
        "Yes, English is fine for the application 👍",
        "",
        "Jean-Paul Reding  11:02",
        "Reminder: our own referral bonus window closes 30 April.",
        ""])


def build():
    write(KEY + "-lsa.html", html())
    row(KEY + "-lsa.html", KEY, "html")
    write(KEY + "-teams.txt", teams())
    row(KEY + "-teams.txt", KEY, "txt")
    expected(KEY, D)
