"""UNSCOL (Beirut) internship with a monthly stipend: careers.un.org internship page and a LinkedIn post."""
from common import write, expected, comps

KEY = "37-political-affairs-unscol-343322-i-beirut-x"
REF = "37-Political Affairs-UNSCOL-343322-I-Beirut (X)"
TITLE = "Intern - Political Affairs"
ORG = "Office of the United Nations Special Coordinator for Lebanon"
LOC = "BEIRUT"
STIPEND = "USD 1,180 per month"
SETTING = ("The internship is located in the Political Affairs Section of the Office of the United Nations Special "
           "Coordinator for Lebanon (UNSCOL) in Beirut. The intern works under the supervision of a Political Affairs "
           "Officer and supports the Section's reporting to United Nations Headquarters.")
TASKS = [
    "Follow parliamentary and government developments in Lebanon and summarize them in daily notes",
    "Research background material for meetings of the Special Coordinator with political leaders and diplomats",
    "Help draft code cables, talking points and contributions to reports of the Secretary-General",
    "Keep track of public statements on the implementation of Security Council resolutions",
    "Take notes at meetings and help organize briefings for visiting delegations",
]
COMPS = [
    ("Professionalism", "Interest in the politics of the Middle East and the work of the United Nations; ability to research and summarize information from a wide range of sources; shows pride in work and attention to detail."),
    ("Communication", "Writes clearly and concisely; listens to others and asks questions to clarify; adapts language and tone to the audience."),
    ("Teamwork", "Works well with colleagues of different nationalities and backgrounds; is willing to learn from others and accepts joint responsibility for team outputs."),
]
EDU = ("At the time of application, candidates must be enrolled in a master's or doctoral programme, be in the last year "
       "of a bachelor's programme, or have completed a university degree no more than twelve months before the start "
       "of the internship, in political science, international relations, Middle East studies, law or a related field.")
EXP_DES = "Research or volunteer work on the politics of Lebanon or the wider region is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG_REQ = "For this internship, fluency in English is required."
LANG_DES = "Working knowledge of Arabic or French is desirable."
NOTICE = ("The internship is full-time, for a period of four to six months starting in April 2037. Interns receive a "
          f"stipend of {STIPEND} to contribute to their living costs; travel, visa and insurance remain the "
          "responsibility of the intern. Interviews of shortlisted candidates are expected in the first half of March 2037.")


def page():
    tasks = "".join(f"<li>{t};</li>" for t in TASKS)
    comp = "".join(f"<dt>{n}</dt><dd>{d}</dd>" for n, d in COMPS)
    comp = "".join(f"<p><b>{n}:</b> {d}</p>" for n, d in COMPS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | careers.un.org</title>
<style>body{{font-family:Roboto,Arial,sans-serif;margin:0}} .top{{background:#0b2e4f;color:#fff;padding:6px 20px}}
.top a{{color:#fff;margin-right:12px}} table.jo td{{padding:3px 10px;border-bottom:1px solid #dde}} .wrap{{padding:12px 24px}}</style></head>
<body>
<div class="top"><a href="#">United Nations Careers</a> <a href="#">Jobs</a> <a href="#">Internships</a> <a href="#">Young Professionals</a> <a href="#">Log in</a> <a href="#">FR</a></div>
<div class="wrap">
<p><a href="#">Internships</a> › <a href="#">Search</a> › Job opening</p>
<h1>{TITLE}</h1>
<p><small>Job opening number {REF}</small></p>
<table class="jo">
<tr><td>Job Title</td><td>INTERN - POLITICAL AFFAIRS</td></tr>
<tr><td>Department/Office</td><td>{ORG}</td></tr>
<tr><td>Duty Station</td><td>{LOC}</td></tr>
<tr><td>Category and Level</td><td>Internship, I</td></tr>
<tr><td>Date Posted</td><td>Jan 9, 2037</td></tr>
<tr><td>Deadline</td><td>Feb 8, 2037</td></tr>
</table>
<p><i>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</i></p>
<h2>Org. Setting and Reporting</h2><p>{SETTING}</p>
<h2>Responsibilities</h2><p>The intern will, under supervision:</p><ul>{tasks}</ul>
<h2>Competencies</h2>{comp}
<h2>Education</h2><p>{EDU}</p>
<h2>Work Experience</h2><p>{EXP_DES}</p>
<h2>Languages</h2><p>{LANG_CTX} {LANG_REQ} {LANG_DES}</p>
<h2>Special Notice</h2><p>{NOTICE}</p>
<h2>United Nations Considerations</h2><p>Interns are not staff members and may not apply for positions in the
Secretariat during the internship. Applications must include a cover note and the names of two referees.</p>
<p><button>Apply now</button></p>
</div>
<footer><p>Contact · Fraud alert · Privacy notice · Terms of use</p></footer>
</body></html>
"""


def linkedin():
    tasks = "\n".join(f"▪️ {t};" for t in TASKS)
    comp = "\n".join(f"{n}: {d}" for n, d in COMPS)
    return f"""Skip to main content    LinkedIn    Home  My Network  Jobs  Messaging  Notifications  Me

Rania Haddad • 2nd
Political Affairs Officer at United Nations | Lebanon
3d • Edited • 🌐

📣 We are looking for an intern to join our political team in Beirut this spring! Please share with students and
recent graduates who follow Lebanese politics closely. Full text of the opening below (apply only through the UN
Careers site, not by DM 🙂).

{TITLE}
{ORG}
Duty Station: {LOC}
Job Opening Number: {REF}
Deadline: Feb 8, 2037

About the internship
{SETTING}

What you will do
{tasks}

Competencies
{comp}

Education
{EDU}

Work Experience
{EXP_DES}

Languages
{LANG_CTX} {LANG_REQ} {LANG_DES}

Good to know
{NOTICE}

#UNinternships #Lebanon #PoliticalAffairs #Beirut

👍❤️ 214 · 37 comments · 58 reposts

Like   Comment   Repost   Send

Most relevant comments
Karim S. · 1st — Is the stipend also paid to interns who are nationals of Lebanon?
   Rania Haddad · Author — Yes, to every intern, whatever their nationality.
Mia T. · 3rd+ — Shared with our MA cohort! Our own application round closes 1 February.

Load more comments
"""


def build():
    write(KEY + "-uncareers.html", page(), KEY)
    write(KEY + "-linkedin-post.txt", linkedin(), KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2037-02-08", salary=(1180, None, None, "USD", "month"),
             requirements={"en": {"essential": [EDU, LANG_REQ], "desirable": [EXP_DES, LANG_DES]}},
             competencies={"en": comps(COMPS)})
