"""UNICEF Innocenti (Florence), P-3, jobs.unicef.org page (HTML) and its browser copy."""
from common import write, expected, comps

KEY = "581274"
REF = "581274"
TITLE = "Research Specialist (Child Poverty Measurement)"
ORG = "United Nations Children's Fund"
LOC = "Florence"
INTRO = (f"UNICEF, the {ORG}, works in more than 190 countries and territories to reach the most disadvantaged "
         "children. UNICEF Innocenti – Global Office of Research and Foresight, in Florence, produces the evidence "
         "on which the organization's policy advice to governments is built.")
PURPOSE = ("The Research Specialist leads studies on the measurement of multidimensional child poverty and supports "
           "country offices that estimate child poverty from household surveys.")
DUTIES = [
    "Design and carry out comparative studies on child poverty and deprivation using household survey data.",
    "Provide technical support to country offices and national statistical offices on poverty measurement.",
    "Write research papers, briefs and blog posts for academic and non-specialist audiences.",
    "Manage research partnerships with universities and oversee the work of consultants and research assistants.",
    "Present findings at conferences and in inter-agency working groups.",
]
ESS = [
    "An advanced university degree (Master's or higher) in economics, statistics, demography, social policy or a related field.",
    "A minimum of five years of professional experience in quantitative research on poverty, inequality or social protection.",
    "A record of published research in peer-reviewed journals or recognized working paper series.",
    "Advanced skills in Stata, R or a similar statistical package.",
    "Fluency in English.",
]
DES = [
    "A doctoral degree in a relevant discipline.",
    "Experience in a developing country or with a United Nations agency.",
    "Knowledge of another official UN language.",
]
CORE = ["Builds and maintains partnerships", "Demonstrates self-awareness and ethical awareness",
        "Drive to achieve results for impact", "Innovates and embraces change", "Manages ambiguity and complexity",
        "Thinks and acts strategically", "Works collaboratively with others"]


def page():
    duties = "".join(f"<li>{d}</li>" for d in DUTIES)
    ess = "".join(f"<li>{x}</li>" for x in ESS)
    des = "".join(f"<li>{x}</li>" for x in DES)
    core = "".join(f"<li>{c}</li>" for c in CORE)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE}, P-3, Florence, Italy | UNICEF Careers</title></head>
<body>
<div id="cookie">This site uses cookies. <a href="#">Accept all</a> <a href="#">Reject non-essential</a></div>
<header><a href="#">UNICEF Careers</a> <a href="#">Search jobs</a> <a href="#">Join our talent pool</a> <a href="#">Français</a> <a href="#">Español</a></header>
<div id="job-details">
<h2>{TITLE}, P-3, Florence, Italy (Fixed Term)</h2>
<p><a href="#" class="apply">Apply now</a> <strong>Job no:</strong> <span>{REF}</span><br>
<strong>Contract type:</strong> Fixed Term Appointment<br>
<strong>Duty Station:</strong> {LOC}<br>
<strong>Level:</strong> P-3<br>
<strong>Location:</strong> Italy<br>
<strong>Categories:</strong> Research, Social and Economic Policy</p>
<p>{INTRO}</p>
<p><strong>For every child, a fair start</strong></p>
<p><strong>How can you make a difference?</strong></p>
<p>{PURPOSE} Key tasks include:</p>
<ul>{duties}</ul>
<p><strong>To qualify for this role, you will have…</strong></p>
<ul>{ess}</ul>
<p><strong>The following are considered assets:</strong></p>
<ul>{des}</ul>
<p>For every child, you demonstrate UNICEF's core values of Care, Respect, Integrity, Trust, Accountability and
Sustainability (CRITAS).</p>
<p>UNICEF's core competencies are:</p>
<ul>{core}</ul>
<p>UNICEF does not hire candidates who are married to children (persons under 18). UNICEF has a zero-tolerance policy
on conduct incompatible with its aims and objectives. Short-listed candidates may be invited to a written test in the
week of 8 March 2037.</p>
<p><strong>Remarks:</strong> Only short-listed candidates will be contacted. Appointment is subject to the availability
of funds.</p>
<p><strong>Advertised:</strong> <span class="date">22 Jan 2037</span> W. Europe Standard Time<br>
<strong>Deadline:</strong> <span class="date">19 Feb 2037</span> W. Europe Standard Time</p>
</div>
<footer><a href="#">Back to search results</a> · <a href="#">Share</a> · © UNICEF 2037</footer>
</body></html>
"""


def browser():
    duties = "\n".join(DUTIES)
    ess = "\n".join(ESS)
    des = "\n".join(DES)
    core = "\n".join(CORE)
    return f"""This site uses cookies. Accept all  Reject non-essential
UNICEF Careers   Search jobs   Join our talent pool   Français   Español

{TITLE}, P-3, Florence, Italy (Fixed Term)
Apply now Job no: {REF}
Contract type: Fixed Term Appointment
Duty Station: {LOC}
Level: P-3
Location: Italy
Categories: Research, Social and Economic Policy

{INTRO}

For every child, a fair start

How can you make a difference?

{PURPOSE} Key tasks include:

{duties}

To qualify for this role, you will have…

{ess}

The following are considered assets:

{des}

For every child, you demonstrate UNICEF's core values of Care, Respect, Integrity, Trust, Accountability and Sustainability (CRITAS).

UNICEF's core competencies are:

{core}

UNICEF does not hire candidates who are married to children (persons under 18). UNICEF has a zero-tolerance policy on conduct incompatible with its aims and objectives. Short-listed candidates may be invited to a written test in the week of 8 March 2037.

Remarks: Only short-listed candidates will be contacted. Appointment is subject to the availability of funds.

Advertised: 22 Jan 2037 W. Europe Standard Time
Deadline: 19 Feb 2037 W. Europe Standard Time
Back to search results · Share · © UNICEF 2037
"""


def build():
    write(KEY + "-unicef.html", page(), KEY)
    write(KEY + "-unicef-browser.txt", browser(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2037-02-19", grade="P-3",
             requirements={"en": {"essential": ESS, "desirable": DES}},
             competencies={"en": comps([(c, "") for c in CORE])})
