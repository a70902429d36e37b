from common import *
KEY = "8427"
E = blank(["en"])
E["reference"] = "8427"
E["title"]["en"] = "Director, Division of Circular Economy and Resource Efficiency"
E["organisation"]["en"] = "United Nations Industrial Development Organization (UNIDO)"
E["location"]["en"] = "Vienna"
E["schedule"]["en"] = "Staff-Full-time"
E["deadline"] = "2034-03-09"
E["salary"] = sal(amount=183604, cur="USD", period="year")
E["grade"] = "D1"
E["requirements"]["en"] = {
 "essential": [
  "Education: Advanced university degree in engineering, environmental science, economics or a related field is required. A doctoral degree would be an asset.",
  "Technical and Functional Experience: A minimum of fifteen years of progressively responsible professional experience in industrial development, resource efficiency or environmental management, including at least seven years at the international level and five years leading multidisciplinary teams, is required. Experience in mobilizing funds from multilateral climate and environment funds is desirable. Experience in developing countries or economies in transition would be an asset.",
  "Languages: Fluency in written and spoken English is required. Fluency and/or working knowledge of another official UN language, in particular French or Spanish, is desirable."],
 "desirable": []}
E["competencies"]["en"] = [
 {"name": "WE FOCUS ON PEOPLE", "description": "We coach and support our colleagues, give credit generously and build teams in which every member can grow."},
 {"name": "WE FOCUS ON RESULTS", "description": "We set clear targets, follow them through and account openly for what we deliver to Member States."},
 {"name": "WE COMMUNICATE AND EMPATHIZE", "description": "We speak plainly, listen with care and adapt our message to partners from every region and culture."},
 {"name": "WE THINK OUT OF THE BOX", "description": "We question habits, test new approaches on a small scale and scale up what works."}]
VALUES = [("WE LIVE AND ACT WITH INTEGRITY", "we keep our word and act in the interest of the Organization."),
          ("WE SHOW PROFESSIONALISM", "we bring expertise and care to every task."),
          ("WE VALUE AND RESPECT DIVERSITY", "we welcome different views and backgrounds.")]
CONTEXT = ("The United Nations Industrial Development Organization (UNIDO) is the specialized agency of the United Nations "
           "that helps its Member States build industries that are productive, inclusive and kind to the environment. "
           "The Division of Circular Economy and Resource Efficiency sits in the Directorate of Environment and Energy "
           "and runs a portfolio of some 140 projects on cleaner production, industrial waste, chemicals and the reuse of "
           "materials. The Director reports to the Managing Director of the Directorate and leads a team of about 60 "
           "staff in Vienna and in regional hubs.")
FUNCS = [
 "Sets the strategic direction of the Division in line with the medium-term programme framework and translates it into an annual workplan and budget.",
 "Leads, supervises and evaluates the Division's professional and general service staff, and promotes gender balance and geographical diversity within the team.",
 "Mobilizes resources from donors, multilateral funds and the private sector and oversees a portfolio of technical cooperation projects worth about USD 95 million.",
 "Represents UNIDO in intergovernmental meetings, conventions secretariats and inter-agency mechanisms on circular economy and chemicals.",
 "Ensures that the Division's projects are designed, monitored and evaluated according to UNIDO's quality and safeguards policies.",
 "Prepares reports and policy papers for the Policymaking Organs and the Executive Board."]
HEAD = [("Requisition ID", "8427"), ("Grade", "D1"), ("Country", "Austria"), ("Duty Station", "Vienna"),
        ("Category", "Professional and Higher"), ("Type of Job Posting", "Internal and External"),
        ("Employment Type", "Staff-Full-time"), ("Appointment Type", "Fixed Term - 100 series"),
        ("Indicative Minimum Net Annual Salary", "183,604 USD"),
        ("Application Deadline", "09-Mar-2034, 11:59 PM (Vienna, Austria time)")]
R = E["requirements"]["en"]["essential"]
C = E["competencies"]["en"]

def page():
    head = "<br>\n".join(f"{a}: {esc(b)} " for a, b in HEAD)
    funcs = "\n".join(f"<li>{esc(x)}</li>" for x in FUNCS)
    vals = "<br>\n".join(f"{a}: {esc(b)}" for a, b in VALUES)
    comps = "<br>\n".join(f"{esc(x['name'])}: {esc(x['description'])}" for x in C)
    reqs = "\n".join(f"<p>{esc(x)}</p>" for x in R)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Director, Division of Circular Economy and Resource Efficiency Job Details | UNIDO</title>
<style>body{{font-family:Arial,sans-serif;font-size:13px;margin:0}} .bar{{background:#0a5c9e;color:#fff;padding:8px 18px}}
.jd{{padding:8px 18px;max-width:900px}} .btn{{background:#0a5c9e;color:#fff;padding:4px 10px}}</style></head><body>
<div class="bar">UNIDO Careers &nbsp;|&nbsp; Search Jobs &nbsp;|&nbsp; Join our Talent Community &nbsp;|&nbsp; Sign In / My Profile &nbsp;|&nbsp; Language: English</div>
<div class="jd">
<p><a href="#">&laquo; Back</a> &nbsp; <span class="btn">Apply now &raquo;</span> &nbsp; Date: 6 Feb 2034</p>
<p><span>Title:  Director, Division of Circular Economy and Resource Efficiency</span></p>
<p>{head}</p>
<p><b>Vacancy Announcement</b><br>Female candidates from all Member States are particularly encouraged to apply.</p>
<p><b>ORGANIZATIONAL CONTEXT</b></p>
<p>{esc(CONTEXT)}</p>
<p><b>FUNCTIONAL RESPONSIBILITIES</b></p>
<p>Under the overall guidance of the Managing Director, the incumbent:</p>
<ul>{funcs}</ul>
<p><b>CORE VALUES AND COMPETENCIES</b></p>
<p>Core values:<br>{vals}</p>
<p>Key competencies:<br>{comps}</p>
<p><b>MINIMUM ORGANIZATIONAL REQUIREMENTS</b></p>
{reqs}
<p><b>REMUNERATION</b></p>
<p>The indicative net annual salary shown above is at the first step of the grade, without dependants. A post adjustment, which changes monthly, is added on top of it; in March 2034 it amounted to 49.6 per cent.</p>
<p>Interviews are planned for the second half of April 2034. Applications received after the deadline will not be considered. UNIDO does not charge any fee at any stage of the recruitment process.</p>
<p style="font-size:11px">Nearest Major Market: Vienna &nbsp; Job Segment: Environmental Science, Engineering, Manager</p>
</div></body></html>
"""

def va_md():
    rows = "\n".join(f"| **{a}** | {b} |" for a, b in HEAD)
    funcs = "\n".join(f"{i}. {x}" for i, x in enumerate(FUNCS, 1))
    vals = "\n".join(f"- **{a}:** {b}" for a, b in VALUES)
    comps = "\n".join(f"- **{x['name']}:** {x['description']}" for x in C)
    reqs = "\n\n".join(R)
    return f"""UNITED NATIONS INDUSTRIAL DEVELOPMENT ORGANIZATION

**VACANCY ANNOUNCEMENT**

**Title:** Director, Division of Circular Economy and Resource Efficiency

| | |
|---|---|
{rows}

*Female candidates from all Member States are particularly encouraged to apply.*

# ORGANIZATIONAL CONTEXT

{CONTEXT}

# FUNCTIONAL RESPONSIBILITIES

{funcs}

# CORE VALUES AND COMPETENCIES

Core values:

{vals}

Key competencies:

{comps}

# MINIMUM ORGANIZATIONAL REQUIREMENTS

{reqs}

# REMUNERATION

The indicative net annual salary is at the first step of the grade, without dependants; a post adjustment (49.6 per cent in March 2034) is added. Interviews are planned for the second half of April 2034.

*UNIDO does not charge any fee at any stage of the recruitment process. This document is for information; applications are accepted only through the UNIDO Career Portal.*
"""

def build():
    write_expected(KEY, E)
    write(KEY + "-unido.html", page(), KEY, "html")
    libreoffice(va_md(), "md", KEY + "-unido-va.libreoffice.pdf", KEY)
