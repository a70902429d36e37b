from common import *

REF = "37-Administration-UNISFA-345190-D-Abyei (M)"
KEY = "37-administration-unisfa-345190-d-abyei-m"
TITLE = "Chief of Mission Support"
ORG = "United Nations Interim Security Force for Abyei"
LOC = "ABYEI"
LEVEL = "Director and Higher Categories, D-1"
GRADE = "D-1"
SETTING = ("This position is located in the United Nations Interim Security Force for Abyei (UNISFA). The Chief of Mission "
           "Support reports to the Head of Mission and Force Commander and has a technical reporting line to the "
           "Department of Operational Support. The incumbent leads the Mission Support Division, with about 420 civilian "
           "personnel across Abyei town, Gok Machar and Kadugli.")
DUTIES = ["Directs the planning and delivery of all logistical, administrative and technical support to the mission's military, police and civilian components;",
          "Exercises delegated authority for finance, human resources, procurement and property management and ensures compliance with the regulations and rules;",
          "Prepares the mission budget and the performance reports and presents them to the Fifth Committee and the Advisory Committee;",
          "Leads the mission's environmental, occupational safety and business continuity plans;",
          "Represents the mission with the host governments on status-of-forces matters and customs clearance;",
          "Manages the senior managers of the Division and promotes a respectful and inclusive workplace."]
COMPS = [("Accountability", "Takes ownership of all responsibilities and honours commitments; delivers outputs within prescribed time, cost and quality standards; operates in compliance with organizational regulations and rules."),
         ("Managing Performance", "Delegates the appropriate responsibility, accountability and decision-making authority; monitors progress against milestones; discusses performance with staff regularly."),
         ("Judgement/Decision-making", "Identifies the key issues in a complex situation; gathers relevant information before making a decision; proposes a course of action based on all available information.")]
EDU = ("Advanced university degree (Master's degree or equivalent) in business or public administration, finance, "
       "engineering, logistics or a related field. A first-level university degree in combination with two additional "
       "years of qualifying experience may be accepted in lieu of the advanced university degree.")
W_R = ("A minimum of fifteen years of progressively responsible experience in administration, logistics, finance or "
       "a related area, of which at least five years at the senior management level, is required.")
W_R2 = "Experience in a field operation of the United Nations common system or a comparable international organization is required."
W_D = "Experience in managing the support of a uniformed component is desirable."
L_R = "For this position, fluency in English is required."
L_D = "Knowledge of Arabic is desirable."
L_CTX = "English and French are the working languages of the United Nations Secretariat."


def build():
    duties = "".join("<li>%s</li>" % esc(d) for d in DUTIES)
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Job Opening {REF}</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt}} td{{padding:2px 6px;vertical-align:top}}
td.l{{font-weight:bold;width:30%}} h3{{font-size:11pt;background:#dde6f0;padding:2px 4px}}</style></head><body>
<p style="font-size:8pt;color:#666">inspira · Job Opening · Printed 26 August 2037</p>
<h2>Job Opening</h2>
<h1 style="font-size:14pt">Chief of Mission Support, D1</h1>
<table>
<tr><td class="l">Posting Title:</td><td>CHIEF OF MISSION SUPPORT, D1</td></tr>
<tr><td class="l">Job Code Title:</td><td>CHIEF OF MISSION SUPPORT</td></tr>
<tr><td class="l">Department/ Office:</td><td>{ORG}</td></tr>
<tr><td class="l">Duty Station:</td><td>{LOC}</td></tr>
<tr><td class="l">Category and Level:</td><td>{LEVEL}</td></tr>
<tr><td class="l">Posting Period:</td><td>27 July 2037 - 25 September 2037</td></tr>
<tr><td class="l">Job Opening Number:</td><td>{esc(REF)}</td></tr>
<tr><td class="l">Staffing Exercise</td><td>N/A</td></tr>
</table>
<p><i>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</i></p>
<h3>Org. Setting and Reporting</h3><p>{esc(SETTING)}</p>
<h3>Responsibilities</h3><p>Within delegated authority, the Chief of Mission Support will be responsible for the following duties:</p><ul>{duties}</ul>
<h3>Competencies</h3>{comps_html(COMPS)}
<h3>Education</h3><p>{esc(EDU)}</p>
<h3>Job - Specific Qualification</h3><p>Not available.</p>
<h3>Work Experience</h3><p>{esc(W_R)}</p><p>{esc(W_R2)}</p><p>{esc(W_D)}</p>
<h3>Languages</h3><p>{L_CTX} {esc(L_R)} {esc(L_D)}</p>
<h3>Assessment</h3><p>Evaluation of qualified candidates may include a written assessment and a competency-based interview, planned for October 2037.</p>
<h3>Special Notice</h3><p>Abyei is a non-family duty station classified E on the hardship scale. Appointment to this post is subject to the Security Council's renewal of the mandate, currently until 15 November 2037.</p>
<h3>United Nations Considerations</h3><p>Candidates will be assessed on the basis of the information submitted in the application; reference checks will verify it.</p>
<h3>No Fee</h3><p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS (APPLICATION, INTERVIEW MEETING, PROCESSING, OR TRAINING).</p>
</body></html>
"""
    src("unisfa-print.html", page)
    libreoffice("unisfa-print.html", KEY + "-print.libreoffice.pdf", KEY)
    t = f"""careers.un.org
Chief of Mission Support, D1
12-15 minutes

Job Title: CHIEF OF MISSION SUPPORT, D1

Department/Office: {ORG}

Duty Station: {LOC}

Category and Level: {LEVEL}

Job Opening Number: {REF}

Date Posted: Jul 27, 2037

Deadline: Sep 25, 2037

United Nations Core Values: Integrity, Professionalism, Respect for Diversity

Org. Setting and Reporting

{SETTING}

Responsibilities

Within delegated authority, the Chief of Mission Support will be responsible for the following duties:

""" + "\n\n".join(DUTIES) + "\n\nCompetencies\n\n" + "\n\n".join("%s: %s" % c for c in COMPS) + f"""

Education

{EDU}

Job - Specific Qualification

Not available.

Work Experience

{W_R} {W_R2} {W_D}

Languages

{L_CTX} {L_R} {L_D}

Assessment

Evaluation of qualified candidates may include a written assessment and a competency-based interview, planned for October 2037.

Special Notice

Abyei is a non-family duty station classified E on the hardship scale. Appointment to this post is subject to the Security Council's renewal of the mandate, currently until 15 November 2037.
"""
    write(KEY + "-reader-view.txt", t, KEY)
    expected(KEY, REF, ["en"], TITLE, ORG, LOC, None, "2037-09-25", None, GRADE,
             {"essential": [EDU, W_R, W_R2, L_R], "desirable": [W_D, L_D]}, comps_list(COMPS))
