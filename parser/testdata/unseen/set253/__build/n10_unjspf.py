from common import *

REF = "38-Finance-UNJSPF-415930-D-New York (X)"
KEY = "38-finance-unjspf-415930-d-new-york-x"
TITLE = "Chief, Client Services and Entitlements"
ORG = "United Nations Joint Staff Pension Fund"
LOC = "NEW YORK"
GRADE = "D-1"
EDU = ("An advanced university degree (Master's degree or equivalent) in business administration, finance, public "
       "administration, law or a related field is required. A first-level university degree in combination with two "
       "additional years of qualifying experience may be accepted in lieu of the advanced university degree.")
EXP1 = ("A minimum of fifteen years of progressively responsible experience in pension administration, social "
        "security, employee benefits or financial services, including at least five years at a senior management "
        "level, is required.")
EXP2 = "Experience in leading a large client-facing operation across several locations is required."
EXP3 = "Experience in the administration of a defined benefit pension plan is desirable."
EXP4 = "Experience in managing the implementation of a digital case-management or self-service platform is desirable."
LANG1 = "For the position advertised, fluency in English is required."
LANG2 = "Knowledge of French is desirable."
COMP = [
    ("Accountability", "Takes ownership of all responsibilities and honours commitments; delivers outputs within prescribed time, cost and quality standards."),
    ("Client Orientation", "Considers all those to whom services are provided to be clients and seeks to see things from their point of view."),
    ("Leadership", "Serves as a role model that other people want to follow; empowers others to translate vision into results."),
    ("Managing Performance", "Delegates the appropriate responsibility, accountability and decision-making authority; monitors progress against milestones."),
]
DUTIES = [
    "Directs the Client Services and Entitlements Service in New York and Geneva and its regional client support points.",
    "Ensures the timely and accurate processing of benefits, separations and survivor claims.",
    "Sets service standards, monitors key performance indicators and reports to senior management and the Pension Board.",
    "Leads the continuous improvement of processes and the roll-out of digital self-service tools for participants and retirees.",
    "Manages the human and financial resources of the Service.",
]


def lbw_html():
    comp = "".join("<p><b>%s:</b> %s</p>\n" % c for c in COMP)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Job Opening {REF}</title>
<style>body{{font-family:'Liberation Sans';font-size:10pt}} .lbl{{font-weight:bold}} h2{{font-size:11pt;background:#e8eef5;padding:2px 4px}} td{{padding:1px 6px;vertical-align:top;font-size:10pt}}</style></head>
<body>
<p>United Nations Careers · Job Opening · Print view</p>
<h1 style="font-size:14pt">{TITLE}, D1</h1>
<table>
<tr><td class="lbl">Posting Title:</td><td>CHIEF, CLIENT SERVICES AND ENTITLEMENTS, D1</td></tr>
<tr><td class="lbl">Job Code Title:</td><td>CHIEF OF SERVICE, PENSION ADMINISTRATION</td></tr>
<tr><td class="lbl">Department/Office:</td><td>{ORG}</td></tr>
<tr><td class="lbl">Duty Station:</td><td>{LOC}</td></tr>
<tr><td class="lbl">Category and Level:</td><td>Director and Higher Categories, {GRADE}</td></tr>
<tr><td class="lbl">Posting Period:</td><td>27 October 2038 - 26 November 2038</td></tr>
<tr><td class="lbl">Job Opening Number:</td><td>{REF}</td></tr>
<tr><td class="lbl">Staffing Exercise</td><td>N/A</td></tr>
</table>
<p>United Nations Core Values: Integrity, Professionalism, Respect for Diversity</p>
<h2>Org. Setting and Reporting</h2>
<p>The {ORG} was established by the General Assembly to provide retirement, death, disability and related benefits to staff of the United Nations and of the other member organizations. This position is located in the Pension Administration in New York. The {TITLE} reports to the Chief of Pension Administration.</p>
<h2>Responsibilities</h2>
{ul(DUTIES)}
<h2>Competencies</h2>
{comp}<h2>Education</h2>
<p>{EDU}</p>
<h2>Work Experience</h2>
<p>{EXP1}</p>
<p>{EXP2}</p>
<p>{EXP3}</p>
<p>{EXP4}</p>
<h2>Languages</h2>
<p>English and French are the working languages of the United Nations Secretariat. {LANG1} {LANG2}</p>
<h2>Assessment</h2>
<p>Evaluation of qualified candidates may include a substantive assessment and a competency-based interview, expected in January 2039.</p>
<h2>Special Notice</h2>
<p>Staff members of the Fund are subject to the authority of the Secretary-General. The Fund participates in the United Nations common system of salaries, allowances and benefits.</p>
<h2>No Fee</h2>
<p>THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.</p>
</body></html>
"""


def bulletin():
    comp = "\n".join("- **%s:** %s" % c for c in COMP)
    return f"""**PERMANENT MISSION OF THE REPUBLIC OF VALDORIA TO THE UNITED NATIONS**
*Senior international vacancies — Bulletin No. 41/2038 — 29 October 2038*

> Nationals interested in the positions below are invited to inform the Mission's focal point by
> **12 November 2038** so that the Mission can support their candidature. This internal date is not
> the deadline set by the employing organization.

---

## 1. {TITLE}, D-1

| Field | Details |
|---|---|
| Job Opening Number | {REF} |
| Department/Office | {ORG} |
| Duty Station | {LOC} |
| Category and Level | Director and Higher Categories, {GRADE} |
| Posting Period | 27 October 2038 - 26 November 2038 |

**Responsibilities (summary)**

{chr(10).join("* " + d for d in DUTIES)}

**Competencies**

{comp}

**Education** — {EDU}

**Work experience** — {EXP1} {EXP2} {EXP3} {EXP4}

**Languages** — {LANG1} {LANG2}

---

## 2. Other senior vacancies (listed only)

* Director, Evaluation Office, D-2, Rome — deadline 3 December 2038
* Chief, Budget and Finance Section, P-5, Vienna — deadline 18 November 2038

*Mission focal point: Second Secretary (Human Resources), hr.focal@valdoria-mission.example*
"""


def build():
    h = KEY + "-lbw.html"
    write(h, lbw_html(), KEY)
    pdf_libreoffice(KEY + "-lbw-print", lbw_html(), KEY)
    write(KEY + "-mission-bulletin.md", bulletin(), KEY)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2038-11-26", grade=GRADE,
             req={"en": ([EDU, EXP1, EXP2, LANG1], [EXP3, EXP4, LANG2])}, comp={"en": COMP})
