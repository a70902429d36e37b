from common import *

REF = "2588"
KEY = "2588"
TITLE = "Programme Assistant"
ORG = "International Telecommunication Union"
LOC = "Brasília"
GRADE = "G6"
POSTNO = "RA04/G6/217"
SALARY = "BRL 147,300"
INTRO = ("The International Telecommunication Union (ITU) is the leading United Nations agency for information and communication technologies, with the mission "
         "to connect the world. It allocates radio spectrum, develops technical standards and supports its Member States "
         "in extending affordable connectivity.")
UNIT = ("The Regional Office for the Americas, based in Brasília, represents the Telecommunication Development Bureau (BDT) "
        "in the region. It delivers regional initiatives, assists administrations with projects and capacity building, and "
        "organizes regional events. The Programme Assistant works under the supervision of the Programme Officer responsible "
        "for digital inclusion projects.")
DUTIES = [
    "Provides administrative and logistical support to regional projects, including budget monitoring in the enterprise resource planning system.",
    "Prepares contracts, purchase requests and travel arrangements for experts and participants, in line with ITU rules.",
    "Organizes regional workshops and virtual meetings, prepares invitations, lists of participants and summary records.",
    "Drafts routine correspondence in English, Spanish and Portuguese and maintains the office's project files.",
    "Compiles data for progress reports and updates the regional projects dashboard.",
    "Performs other related duties as assigned.",
]
EDU = "Completed secondary education, supplemented by a diploma in business administration, project management or a related field."
EXPR = "At least six years of progressively responsible experience in administrative or programme support, including two years at the international level."
LANGS = "Knowledge of one of the six official languages of the Union at advanced level and of a second official language at intermediate level; knowledge of Portuguese at advanced level."
DESR = "Experience in the organization of intergovernmental meetings would be an advantage."
ESS = [EDU, EXPR, LANGS]
DES = [DESR]
CORE = ["Applying Expertise", "Effective Communication", "Learning and Knowledge Sharing", "Organizational Commitment", "Results-Focused"]
FUNC = ["Client and Service Orientation", "Planning and Organizing", "Teamwork and Collaboration"]
COMPS = [(n, "") for n in CORE + FUNC]

def facts():
    return [("Vacancy notice no:", REF), ("Sector:", "BDT"), ("Department:", "RO-AMS"), ("Country of contract:", "Brazil"),
            ("Duty station:", LOC), ("Position number:", POSTNO), ("Grade:", GRADE), ("Type of contract:", "Fixed-term"),
            ("Duration of contract:", "2 years with possibility of renewal"), ("Recruitment open to:", "Local candidates"),
            ("Application deadline (Midnight Brasília Time):", "12 May 2042")]

def build():
    frows = "\n".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % f for f in facts())
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>ITU Vacancy notice {REF}</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt}} h1{{font-size:13pt}} h3{{font-size:10.5pt;text-transform:uppercase;margin-bottom:2px}}
table td{{padding:1px 8px 1px 0;vertical-align:top}}</style></head><body>
<p style="text-align:center"><b>INTERNATIONAL TELECOMMUNICATION UNION</b></p>
<p>{INTRO}</p>
<h1>{TITLE}</h1>
<table>{frows}</table>
<h3>Organizational unit</h3><p>{UNIT}</p>
<h3>Duties and responsibilities</h3>{ul(DUTIES)}
<h3>Competencies</h3>
<p><b>Core competencies:</b> {"; ".join(CORE)}.</p>
<p><b>Functional competencies:</b> {"; ".join(FUNC)}.</p>
<h3>Qualifications required</h3>
<p><b>Education:</b> {EDU}</p>
<p><b>Experience:</b> {EXPR}</p>
<p><b>Languages:</b> {LANGS}</p>
<h3>Desirable</h3><p>{DESR}</p>
<h3>Remuneration</h3>
<p>Annual net salary: {SALARY} (local General Service salary scale for Brasília), plus allowances where applicable. Other benefits include 30 days of annual leave and medical insurance.</p>
<h3>Additional information</h3>
<p>Candidates may be required to take a written test, expected in the week of 26 May 2042, and interviews. ITU applies a zero tolerance policy against all forms of harassment. Vacancy notices are published in English; this notice was issued on 11 April 2042.</p>
<p style="font-size:8pt">ITU does not charge a fee at any stage of the recruitment process.</p>
</body></html>"""
    sp = os.path.join(SRC, KEY + "-itu.html")
    open(sp, "w", encoding="utf-8").write(html)
    soffice(sp, KEY + "-itu.libreoffice.pdf", KEY, "writer_web_pdf_Export")

    # browser copy of the ATS job page: some values land before their labels, as the page's floats copy
    fx = facts()
    fl = [f"{REF} Vacancy notice no:", "Sector: BDT", "Department: RO-AMS", "Country of contract: Brazil", f"Duty station: {LOC}",
          "", f"{POSTNO} Position number:", f"Grade: {GRADE}", "Type of contract: Fixed-term",
          "Duration of contract: 2 years with possibility of renewal", "Recruitment open to: Local candidates",
          "Application deadline (Midnight Brasília Time): 12 May 2042"]
    txt = f"""Skip to main content
ITU Careers
Search Jobs   Join Talent Network   Sign in
English   Español   Français

Brasília, BR
{TITLE}
Apply now »
Date: 11 Apr 2042
Location: Brasília, BR

INTERNATIONAL TELECOMMUNICATION UNION

{INTRO}

{TITLE}

""" + "\n".join(fl) + f"""

ORGANIZATIONAL UNIT

{UNIT}

DUTIES AND RESPONSIBILITIES

""" + "\n".join(DUTIES) + f"""

COMPETENCIES

Core competencies: {"; ".join(CORE)}.
Functional competencies: {"; ".join(FUNC)}.

QUALIFICATIONS REQUIRED

Education: {EDU}

Experience: {EXPR}

Languages: {LANGS}

DESIRABLE

{DESR}

REMUNERATION

Annual net salary: {SALARY} (local General Service salary scale for Brasília), plus allowances where applicable.

ADDITIONAL INFORMATION

Candidates may be required to take a written test, expected in the week of 26 May 2042, and interviews.

Apply now »

Find similar jobs:
Project Officer, Geneva, CH – 3 Jun 2042
Administrative Assistant, Bangkok, TH – 20 May 2042

Powered by SAP SuccessFactors
"""
    w(KEY + "-itujobs-browser.txt", txt, KEY)
    expected(KEY, reference=REF, post_number=POSTNO, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2042-05-12", grade=GRADE, salary=sal(147300, "BRL", "year"),
             requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": COMPS})
