"""Notice 2: UNICEF Kazakhstan (fund/programme), Astana, NO-2."""
from common import *

REF = "586413"
KEY = "586413"
TITLE = "Education Officer (Inclusive Education)"
ORG = "United Nations Children's Fund"
LOC = "Astana, Kazakhstan"
GRADE = "NO-2"
SAL = "KZT 15,930,600"
ESS = [
    "A university degree in education, social sciences, special needs education, psychology or a related field.",
    "A minimum of two years of professional experience in education programming, inclusive education or disability inclusion.",
    "Experience working with national or local education authorities on policy or teacher development.",
    "Fluency in Kazakh and Russian, and a good working knowledge of English.",
]
DES = [
    "Experience in a UN agency or an international development organization.",
    "Familiarity with education management information systems and disaggregated data on children with disabilities.",
]
COMPS = [
    "Demonstrates Self Awareness and Ethical Awareness (1)",
    "Works Collaboratively with others (1)",
    "Builds and Maintains Partnerships (1)",
    "Innovates and Embraces Change (1)",
    "Thinks and Acts Strategically (1)",
    "Drives to achieve impactful results (1)",
    "Manages ambiguity and complexity (1)",
]
DUTIES = [
    "Support the Ministry of Enlightenment and regional education departments in the roll-out of the national inclusive education standard in pre-primary and primary schools.",
    "Contribute to the design, monitoring and reporting of the inclusive education component of the country programme, including results frameworks and donor reports.",
    "Organize training for teachers, psychologists and school directors on individual learning plans and reasonable accommodation.",
    "Work with organizations of persons with disabilities and parents' associations to make sure that their views inform the programme.",
    "Track supplies, cash transfers and field visits, and follow up on programmatic and financial recommendations.",
]
INTRO = ("The United Nations Children's Fund (UNICEF) works in some of the world's toughest places to reach the world's most disadvantaged children. "
         "In Kazakhstan, UNICEF works with the Government and partners so that every child learns, including the "
         "children with disabilities who are still too often educated apart from their peers.")
PURPOSE = ("Under the supervision of the Education Specialist, the Education Officer supports the development, "
           "implementation and monitoring of the inclusive education programme, with a focus on the Akmola and "
           "Turkistan regions.")
VALUES = ("UNICEF's values of Care, Respect, Integrity, Trust, Accountability, and Sustainability (CRITAS) "
          "underpin everything we do and how we do it.")
SALNOTE = (f"The annual net salary for this position is {SAL}, together with the entitlements of a national "
           "officer at this level (medical insurance, pension fund participation and annual leave).")
TEST = "Shortlisted candidates will be invited to a written test, tentatively on 21 July 2043, and to an interview."


def build():
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE}, NO-2, Astana, Kazakhstan #{REF} | UNICEF Careers</title></head>
<body>
<header><nav><a href="#">UNICEF</a> | <a href="#">Careers home</a> | <a href="#">Search jobs</a> | <a href="#">Talent community</a> | <a href="#">Login</a></nav></header>
<div class="cookie">We use cookies to improve your experience on our site. <button>Accept</button> <button>Settings</button></div>
<main>
<div id="job-details">
<h2>{TITLE}, NO-2, Astana, Kazakhstan #{REF}</h2>
<p><b>Apply now</b> &nbsp; <a href="#">Job no: {REF}</a></p>
<p>
Job no: <span>{REF}</span><br>
Contract type: Fixed Term Appointment<br>
Duty Station: Astana<br>
Level: {GRADE}<br>
Location: {LOC}<br>
Categories: Education
</p>
<p>{INTRO}</p>
<p>Across 190 countries and territories, we work for every child, everywhere, every day, to build a better world for everyone.</p>
<p><b>For every child, an inclusive classroom.</b></p>
<p><strong>How can you make a difference?</strong></p>
<p>{PURPOSE}</p>
<p>Summary of key functions/accountabilities:</p>
{ul(DUTIES)}
<p><strong>To qualify as an advocate for every child you will have…</strong></p>
{ul(ESS)}
<p><strong>The following are considered assets:</strong></p>
{ul(DES)}
<p><strong>For every Child, you demonstrate…</strong></p>
<p>{VALUES}</p>
<p>The UNICEF competencies required for this post are…</p>
{ul(COMPS)}
<p>Familiarize yourself with our competency framework and its different levels.</p>
<p><strong>Remuneration</strong></p>
<p>{SALNOTE}</p>
<p><strong>Remarks:</strong></p>
<p>{TEST} This is a national post, open to nationals of Kazakhstan only. UNICEF does not charge a processing fee at any stage of its recruitment, selection and hiring processes.</p>
<p>Advertised: 16 Jun 2043 West Asia Standard Time<br>
Deadline: 06 Jul 2043 West Asia Standard Time</p>
</div>
<aside>
<h3>Similar jobs</h3>
<ul>
<li>Education Specialist (Early Learning), P-3, Tashkent #585920 &middot; Deadline: 30 Jun 2043</li>
<li>Social Policy Officer, NO-1, Bishkek #586077 &middot; Deadline: 11 Jul 2043</li>
</ul>
</aside>
</main>
<footer>&copy; UNICEF. All rights reserved. | Privacy policy | Terms of use | Powered by PageUp</footer>
</body></html>
"""
    write(KEY + "-unicef.html", html, KEY)

    wa = f"""[17/06/2043, 08:41] Aigerim S.: Good morning all 🌞 sharing a new UNICEF vacancy, national post in Astana
[17/06/2043, 08:41] Aigerim S.: *{TITLE}*, {GRADE}
Job no: {REF}
Duty Station: Astana
Location: {LOC}
Contract: Fixed Term Appointment
Deadline: 06 Jul 2043 (Astana time)
[17/06/2043, 08:42] Aigerim S.: {INTRO}

{PURPOSE}

Key functions:
• {DUTIES[0]}
• {DUTIES[1]}
• {DUTIES[2]}
• {DUTIES[3]}
• {DUTIES[4]}
[17/06/2043, 08:43] Aigerim S.: To qualify as an advocate for every child you will have…
- {ESS[0]}
- {ESS[1]}
- {ESS[2]}
- {ESS[3]}

The following are considered assets:
- {DES[0]}
- {DES[1]}
[17/06/2043, 08:43] Aigerim S.: {VALUES}
The UNICEF competencies required for this post are…
{chr(10).join(COMPS)}
[17/06/2043, 08:44] Aigerim S.: {SALNOTE}
{TEST}
[17/06/2043, 08:44] Aigerim S.: <Media omitted>
[17/06/2043, 09:02] Daniyar K.: Is it open to people from Almaty or only Astana residents?
[17/06/2043, 09:05] Aigerim S.: Any national of Kazakhstan can apply, but the post is in Astana 👍
[17/06/2043, 09:06] Daniyar K.: Thanks! Forwarding to my sister
[17/06/2043, 09:30] Gulnara T.: Do we know when the Tashkent one closes? 30 June I think
[17/06/2043, 09:31] Aigerim S.: yes 30 June, different post
[17/06/2043, 10:15] Marat Zh.: 🙏🙏
[18/06/2043, 12:20] Aigerim S.: Reminder: info session for job seekers at the youth centre on 25 June, not related to this vacancy
"""
    write(KEY + "-whatsapp.txt", wa, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, None, "2043-07-06",
             (15930600, None, None, "KZT", "year"), GRADE, (ESS, DES), [(c, "") for c in COMPS])
