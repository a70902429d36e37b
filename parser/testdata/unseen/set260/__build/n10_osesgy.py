from common import *

REF = "39-Political Affairs-OSESGY-433871-D-Amman (X)"
KEY = "39-political-affairs-osesgy-433871-d-amman-x"
TITLE = "Chief of Staff"
ORG = "Office of the Special Envoy of the Secretary-General for Yemen"
LOC = "AMMAN"
GRADE = "D-1"
EDU = ("An advanced university degree (Master's degree or equivalent) in political science, international relations, "
       "law, public administration or a related field is required. A first-level university degree in combination "
       "with two additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
ESS = [EDU,
       "A minimum of fifteen years of progressively responsible experience in political affairs, peace processes or conflict resolution, including at least five years at the senior management level, is required.",
       "Experience in managing the office of a senior official or in directing a multidisciplinary team in a field setting is required.",
       "For this position, fluency in English is required."]
DES = ["Experience in mediation support or the negotiation of ceasefire arrangements is desirable.",
       "Experience in the Middle East region is desirable.",
       "Knowledge of Arabic is desirable."]
COMP = [("Leadership", "Serves as a role model; empowers others to translate vision into results; anticipates conflicts and pursues mutually agreeable solutions."),
        ("Vision", "Identifies strategic issues, opportunities and risks; conveys a compelling direction for the Office and generates enthusiasm for it."),
        ("Judgement/Decision-making", "Identifies the key issues in a complex situation and gets to the heart of the problem quickly; proposes a course of action based on all available information."),
        ("Managing Performance", "Delegates appropriately, monitors progress against milestones and gives regular feedback to staff.")]
SETTING = ("This position is located in the Office of the Special Envoy of the Secretary-General for Yemen, in Amman. "
           "The Office supports the Special Envoy's good offices towards an inclusive political settlement. The Chief "
           "of Staff reports to the Special Envoy and oversees the Office's political, mediation support and "
           "administrative units in Amman, Aden and Sana'a.")
DUTIES = ["Directs the day-to-day management of the Office and ensures coherence between its political, security and administrative work;",
          "Advises the Special Envoy on strategy, priorities and the sequencing of the mediation process;",
          "Oversees the preparation of reports to the Security Council and of briefings for Member States;",
          "Leads planning, budget and human resources decisions and represents the Office in senior coordination fora;",
          "Performs other related duties as required."]
FACTS = [("Posting Title", "CHIEF OF STAFF, D1"), ("Job Code Title", "SENIOR POLITICAL AFFAIRS OFFICER"),
         ("Department/Office", ORG), ("Duty Station", LOC), ("Category and Level", "Director and Higher Categories, " + GRADE),
         ("Posting Period", "25 May 2039 - 24 June 2039"), ("Job Opening Number", REF), ("Staffing Exercise", "N/A")]


def src_html():
    f = "\n".join("<p class=l>%s</p>\n<p class=v>%s</p>" % (esc(a), esc(b)) for a, b in FACTS)
    comp = "\n".join("<p><b>%s:</b> %s</p>" % (esc(n), esc(d)) for n, d in COMP)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Job Opening {esc(REF)}</title>
<style>body{{font-family:"Liberation Sans",sans-serif;font-size:10pt}} .l{{font-weight:bold;margin:6px 0 0}} .v{{margin:0 0 0 16px}}
h2{{font-size:11pt;background:#ddd;padding:2px 4px}}</style></head><body>
<p><small>Job Opening - Print</small></p>
<h1>{esc(TITLE)}, D1</h1>
{f}
<p>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</p>
<h2>Org. Setting and Reporting</h2>
<p>{esc(SETTING)}</p>
<h2>Responsibilities</h2>
{ul(DUTIES)}
<h2>Competencies</h2>
{comp}
<h2>Education</h2>
<p>{esc(EDU)}</p>
<h2>Work Experience</h2>
<p>{esc(ESS[1])}</p>
<p>{esc(ESS[2])}</p>
<p>{esc(DES[0])}</p>
<p>{esc(DES[1])}</p>
<h2>Languages</h2>
<p>English and French are the working languages of the United Nations Secretariat. {esc(ESS[3])} {esc(DES[2])}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include a competency-based interview and a case study, expected in late July 2039.</p>
<h2>Special Notice</h2>
<p>This position is funded for an initial period of one year. Extension is subject to the renewal of the Office's mandate by the Security Council.</p>
<p>NO FEE: THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.</p>
</body></html>
"""


def md():
    comp = "\n".join("- **%s:** %s" % (n, d) for n, d in COMP)
    duties = "\n".join("- " + d for d in DUTIES)
    return f"""**THE MEDIATION PRACTITIONERS' NETWORK — SENIOR OPPORTUNITIES DIGEST**

*Issue 41 · 27 May 2039 · compiled by the network secretariat*

> Members' roundtable on ceasefire monitoring: 9 June 2039 (online). Nominations for the steering group close 3 June 2039.

## 1. {TITLE}, D-1 — {ORG}

| Field | Details |
|---|---|
| Job Opening Number | {REF} |
| Department/Office | {ORG} |
| Duty Station | {LOC} |
| Category and Level | Director and Higher Categories, {GRADE} |
| Posting Period | 25 May 2039 - 24 June 2039 |

**Setting —** {SETTING}

**Responsibilities —**

{duties}

**Competencies —**

{comp}

**Education —** {EDU}

**Work experience —** {ESS[1]} {ESS[2]} {DES[0]} {DES[1]}

**Languages —** {ESS[3]} {DES[2]}

## 2. Also open

- Senior Mediation Adviser (standby team), home-based roster — closes 12 June 2039
- Head of Office, regional political mission, P-5 — closes 30 June 2039

*You receive this digest as a member of the network. To unsubscribe, reply "stop".*
"""


def build():
    src("osesgy-print.html", src_html())
    libreoffice("osesgy-print.html", KEY + "-print.libreoffice.pdf", REF)
    write(KEY + "-digest.md", md(), REF)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2039-06-24", grade=GRADE,
             req={"en": (ESS, DES)}, comp={"en": COMP})
