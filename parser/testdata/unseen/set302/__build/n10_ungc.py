"""UN Global Compact Office (New York), G-6 temporary job opening: printable page via LibreOffice and a Discord channel copy."""
from common import *

KEY = "42-programme-management-ungc-564477-j-new-york-x"
REF = "42-Programme Management-UNGC-564477-J-New York (X)"
TITLE = "Senior Programme Assistant (Local Networks)"
ORG = "United Nations Global Compact Office"
LOC = "NEW YORK"
GRADE = "G-6"
ORGSET = ("This temporary position is located in the Local Networks team of the United Nations Global Compact "
          "Office in New York. The incumbent reports to the Local Networks Manager and supports the team that "
          "accompanies some seventy country networks of companies committed to responsible business.")
DUTIES = ["Keeps the records of country networks up to date, including governance documents, contacts and annual reports;",
          "Prepares quarterly dashboards on network activities and membership;",
          "Organizes online meetings of network representatives, including agendas, registrations and follow-up notes;",
          "Processes contribution agreements and tracks payments with the finance team;",
          "Drafts routine correspondence and answers enquiries from network focal points;",
          "Performs other related duties as required."]
COMP = [("Professionalism", "Knowledge of programme support procedures and of the tools used to track partners and payments; shows pride in work and in achievements; is conscientious and efficient in meeting commitments."),
        ("Client Orientation", "Considers all those to whom services are provided to be clients; keeps clients informed of progress or setbacks; meets timelines for delivery."),
        ("Planning and Organizing", "Identifies priority activities and adjusts them as required; allocates appropriate time and resources for completing work; monitors and adjusts plans.")]
EDU = "High school diploma or equivalent is required."
EXP1 = "A minimum of seven years of experience in programme support, administration or a related area is required."
EXP2 = "Experience in supporting a network of country-level partners or chapters is desirable."
EXP3 = "Experience with customer relationship management software is desirable."
LANG_CTX = "English and French are the working languages of the United Nations Secretariat."
LANG1 = "For this position, fluency in English is required."
LANG2 = "Knowledge of Spanish or French is desirable."
ASSESS = "Qualified candidates may be invited to a competency-based interview in the week of 11 January 2043."
SPECIAL = ("This temporary job opening is for a period of six months, to cover the parental leave of the incumbent. "
           "The appointment may be extended until 30 September 2043 subject to the return date of the incumbent.")


def render():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2042-12-27", grade=GRADE,
             req={"en": ([EDU, EXP1, LANG1], [EXP2, EXP3, LANG2])}, comp={"en": COMP})
    rows = [("Posting Title", TITLE.upper() + ", G6 (TEMPORARY)"), ("Job Code Title", "SENIOR PROGRAMME ASSISTANT"),
            ("Department/Office", ORG), ("Duty Station", LOC), ("Posting Period", "14 December 2042 - 27 December 2042"),
            ("Job Opening Number", REF), ("Category and Level", "General Service and related, " + GRADE)]
    tr = "".join(f"<tr><td width='30%'><b>{esc(a)}</b></td><td>{esc(b)}</td></tr>" for a, b in rows)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Temporary Job Opening {esc(REF)}</title></head>
<body style="font-family:'Liberation Sans';font-size:10pt">
<p align="center"><b>UNITED NATIONS</b><br>TEMPORARY JOB OPENING</p>
<h1 style="font-size:14pt">{esc(TITLE)}, G6 (Temporary)</h1>
<table border="0" cellpadding="3" width="100%">{tr}</table>
<p><i>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</i></p>
<h3>Org. Setting and Reporting</h3><p>{esc(ORGSET)}</p>
<h3>Responsibilities</h3>
<ul>{''.join('<li>' + esc(d) + '</li>' for d in DUTIES)}</ul>
<h3>Competencies</h3>
{''.join(f'<p><b>{esc(n)}:</b> {esc(d)}</p>' for n, d in COMP)}
<h3>Education</h3><p>{esc(EDU)}</p>
<h3>Work Experience</h3><p>{esc(EXP1)}</p><p>{esc(EXP2)} {esc(EXP3)}</p>
<h3>Languages</h3><p>{esc(LANG_CTX)} {esc(LANG1)} {esc(LANG2)}</p>
<h3>Assessment</h3><p>{esc(ASSESS)}</p>
<h3>Special Notice</h3><p>{esc(SPECIAL)} Staff members of the United Nations Secretariat may apply; a temporary assignment does not change the parent department.</p>
<h3>No Fee</h3><p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.</p>
<p style="font-size:8pt">Printed from the UN Careers portal on 15 December 2042.</p>
</body></html>
"""
    p = src("ungc-tjo.html", page)
    lo_html(p, KEY + "-tjo.libreoffice.pdf", KEY)

    disc = f"""# 🧭│job-leads
UN-adjacent careers · Topic: post leads here, discuss in #job-chat. No referrals for money.

JobBot — Today at 9:02 AM
📌 New temporary job opening
**{TITLE}, G6 (Temporary)**
Job Opening Number
{REF}
Department/Office
{ORG}
Duty Station
{LOC}
Category and Level
General Service and related, {GRADE}
Posting Period
14 December 2042 - 27 December 2042
🔗 careers portal link (embed)

ritu_k — Today at 9:15 AM
copying the important bits since the link needs login for some people

Org setting: {ORGSET}

Responsibilities
{chr(10).join('- ' + d for d in DUTIES)}

Competencies
{chr(10).join(f'**{n}:** {d}' for n, d in COMP)}

Education: {EDU}
Work experience: {EXP1} {EXP2} {EXP3}
Languages: {LANG_CTX} {LANG1} {LANG2}
Special notice: {SPECIAL}
👍 14  🙏 3

marco.sv — Today at 9:40 AM
only 2 weeks posting period, typical for TJOs 😅 and the interview week is 11 Jan

ritu_k — Today at 9:41 AM
yep. also the Local Networks Manager post closed on 30 Nov, in case anyone was waiting for that one

JobBot — Today at 12:00 PM
⏰ Reminder: 3 leads in this channel close this week (18, 20 and 27 December 2042).
"""
    write(KEY + "-discord.txt", disc, KEY)
