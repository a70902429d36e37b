from common import *

KEY = "39-investigation-iiim-431205-r-geneva-r"
REF = "39-Investigation-IIIM-431205-R-Geneva (R)"
TITLE = "Investigator (Digital Evidence)"
ORG = "International, Impartial and Independent Mechanism"
LOC = "GENEVA"
GRADE = "P-3"
EDU = ("An advanced university degree (Master's degree or equivalent) in law, criminology, computer forensics, "
       "information science or a related field is required. A first-level university degree in combination with "
       "two additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
ESS = [EDU,
       "A minimum of five years of progressively responsible experience in criminal investigations, of which at least two years in the collection or analysis of digital evidence, is required.",
       "Experience in handling open-source, telecommunications or device-extraction data for use in judicial proceedings is required.",
       "For this position, fluency in English is required."]
DES = ["Experience with an international or hybrid criminal court, tribunal or accountability mechanism is desirable.",
       "Knowledge of Arabic is desirable."]
COMP = [("Professionalism", "Knows the rules of evidence and the standards of proof that apply to international crimes; verifies the integrity of every item handled; remains calm and objective when dealing with sensitive material."),
        ("Teamwork", "Works with analysts, lawyers and information managers to reach case goals; places team agenda before personal agenda; shares credit and supports group decisions."),
        ("Technological Awareness", "Keeps abreast of forensic tools and data standards; understands the limits of automated review; seeks to apply technology to appropriate tasks.")]
DUTIES = ["Plans and conducts lines of inquiry based on digital material received from States, organizations and individuals;",
          "Reviews, authenticates and documents digital items, and maintains an unbroken chain of custody;",
          "Prepares investigation reports, witness-contact notes and evidence summaries for case files;",
          "Liaises with the Information and Evidence Management Section on collection requests and data transfers;",
          "Performs other related duties as required."]
SETTING = ("This position is located in the Investigations Section of the {org} in Geneva. The Mechanism collects, "
           "consolidates, preserves and analyses evidence of the most serious crimes under international law. The "
           "Investigator reports to the Chief of Investigations.").format(org=ORG)


def html_page():
    facts = [("Job Title", "INVESTIGATOR, P3"), ("Job Code Title", "INVESTIGATOR"),
             ("Department/Office", ORG), ("Duty Station", LOC),
             ("Category and Level", "Professional and Higher Categories, " + GRADE),
             ("Job Network", "Legal"), ("Job Family", "Investigation"),
             ("Job Opening Number", REF), ("Date Posted", "May 3, 2039"), ("Deadline", "Jun 2, 2039")]
    dl = "\n".join('    <div class="row%s"><dt>%s</dt><dd>%s</dd></div>' % (" wide" if a == "Job Opening Number" else "", esc(a), esc(b)) for a, b in facts)
    comp = "\n".join("<p><b>%s:</b> %s</p>" % (esc(n), esc(d)) for n, d in COMP)
    work = "\n".join("<p>%s</p>" % esc(s) for s in ESS[1:3] + DES[:1])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)}, P3 | Careers</title>
<style>
body{{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt;margin:0;color:#222}}
.top{{background:#009edb;color:#fff;padding:6px 24px;font-size:9pt}} .top span{{float:right}}
main{{padding:10px 28px}} .crumb{{font-size:8.5pt;color:#666}}
h1{{font-size:17pt;margin:6px 0}} .lvl{{white-space:nowrap;color:#555}}
.actions{{font-size:9pt;color:#009edb;margin-bottom:10px}}
dl.card{{display:grid;grid-template-columns:1fr 1fr;gap:4px 24px;border:1px solid #ccc;padding:10px 14px}}
dl.card .row{{display:flex}} dl.card .wide{{grid-column:1 / -1}} .wide dt{{width:20%}} dt{{font-weight:bold;width:40%}} dd{{margin:0;width:60%}}
h2{{font-size:12pt;border-bottom:2px solid #009edb;margin-top:16px}}
</style></head><body>
<div class="top">United Nations Careers <span>Français | Sign in</span></div>
<main>
<div class="crumb">Home &gt; Job Search &gt; Job Opening</div>
<h1>{esc(TITLE)}<span class="lvl">, P3</span></h1>
<div class="actions">Apply &nbsp;|&nbsp; Save &nbsp;|&nbsp; Share &nbsp;|&nbsp; Print</div>
<dl class="card">
{dl}
</dl>
<h2>Org. Setting and Reporting</h2>
<p>{esc(SETTING)}</p>
<h2>Responsibilities</h2>
<p>Within delegated authority, the Investigator will be responsible for the following duties:</p>
{ul(DUTIES)}
<h2>Competencies</h2>
{comp}
<h2>Education</h2>
<p>{esc(EDU)}</p>
<h2>Work Experience</h2>
{work}
<h2>Languages</h2>
<p>English and French are the working languages of the United Nations Secretariat. {esc(ESS[3])} {esc(DES[1])}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include a substantive assessment, expected in the week of 23 June 2039, followed by a competency-based interview.</p>
<h2>Special Notice</h2>
<p>Appointment is limited to the Mechanism and is subject to the availability of funds. Staff members are subject to the authority of the Secretary-General.</p>
<h2>United Nations Considerations</h2>
<p>Core values: Integrity, Professionalism, Respect for Diversity.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.</p>
</main></body></html>
"""


def teams():
    lines = [
        "Samira Haddad  10:42",
        "hey all - sharing this one from the careers site, closes 2 June so not much time. Anyone in the DFIR channel interested? 👇",
        "",
        f"{TITLE}, P3",
        f"{ORG} · {LOC}",
        f"Job Opening Number: {REF}",
        f"Category and Level: Professional and Higher Categories, {GRADE}",
        "Date Posted: 03/05/2039",
        "Deadline: 02/06/2039",
        "",
        "Org. Setting and Reporting",
        SETTING,
        "",
        "Responsibilities",
    ] + ["- " + d for d in DUTIES] + [
        "",
        "Competencies",
    ] + [f"{n}: {d}" for n, d in COMP] + [
        "",
        "Education",
        EDU,
        "",
        "Work Experience",
        " ".join(ESS[1:3] + DES[:1]),
        "",
        "Languages",
        ESS[3] + " " + DES[1],
        "",
        "Daniel Okafor  10:47",
        "Thanks! FYI the team lunch moved to 28 May, so I can walk anyone through the application then.",
        "👍 2",
        "",
        "Samira Haddad  10:49",
        "great. reminder the written test (if shortlisted) would be around 23 June.",
    ]
    return "\n".join(lines) + "\n"


def build():
    write(KEY + "-uncareers.html", html_page(), REF)
    chromium(KEY + "-uncareers.html", REF)
    write(KEY + "-teams-chat.txt", teams(), REF)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2039-06-02", grade=GRADE,
             req={"en": (ESS, DES)}, comp={"en": COMP})
