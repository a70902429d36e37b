# -*- coding: utf-8 -*-
"""python-docx sources (run with Debian's /usr/bin/python3): Niue header-table template, Pitcairn criteria table,
IMSO three pages with running heads and footers. LibreOffice converts them to PDF."""
import os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from data import N
B = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(B, "src")

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
    tcPr.append(s)

def field(par, code):
    r = par.add_run(); f = OxmlElement("w:fldSimple"); f.set(qn("w:instr"), code)
    rr = OxmlElement("w:r"); tt = OxmlElement("w:t"); tt.text = "1"; rr.append(tt); f.append(rr)
    par._p.append(f)

def base(doc, font="Calibri", size=10.5):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    s = doc.sections[0]; s.page_width, s.page_height = Mm(210), Mm(297)
    s.left_margin = s.right_margin = Mm(22); s.top_margin = Mm(20); s.bottom_margin = Mm(20)
    return s

def run(par, text, bold=False, italic=False, color=None, size=None):
    r = par.add_run(text); r.bold = bold; r.italic = italic
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if size: r.font.size = Pt(size)
    return r

def head(doc, text, color):
    p = doc.add_paragraph(); run(p, text, bold=True, color=color, size=12)
    p.paragraph_format.space_before = Pt(8); p.paragraph_format.space_after = Pt(3)
    return p

def bullets(doc, items, style="List Bullet"):
    for x in items:
        doc.add_paragraph(x, style=style)

def comps(doc, cs, style="List Bullet"):
    for c in cs:
        p = doc.add_paragraph(style=style)
        if c["description"]:
            run(p, c["name"] + ":", bold=True); run(p, " " + c["description"])
        else:
            run(p, c["name"])

def facts_table(doc, rows, fill):
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in rows:
        c = t.add_row().cells; c[0].text = ""; run(c[0].paragraphs[0], a, bold=True); shade(c[0], fill)
        c[1].text = b; c[0].width = Mm(50); c[1].width = Mm(116)
    return t

# ------------------------------------------------------------------ Niue
def niue():
    d = N["npsc-vac-2039-21"]; R = d["requirements"]["en"]; C = d["competencies"]["en"]
    doc = Document(); s = base(doc)
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    a, b = t.rows[0].cells
    a.text = ""; run(a.paragraphs[0], "GOVERNMENT OF NIUE", bold=True, color="FFFFFF", size=15)
    p = a.add_paragraph(); run(p, "Niue Public Service Commission – Komisina Fekafekau Gahua", color="FFFFFF", size=9)
    shade(a, "1F5C3A")
    b.text = ""; run(b.paragraphs[0], "VACANCY NOTICE", bold=True, size=14, color="1F5C3A")
    p = b.add_paragraph(); run(p, "Form NPSC/R/2 (rev. 2037)", size=8)
    shade(b, "F4E3A1")
    doc.add_paragraph()
    f = s.footer.paragraphs[0]; run(f, d["reference"] + " | Niue Public Service Commission – Vacancy Notice | Page ", size=8)
    field(f, "PAGE"); run(f, " of ", size=8); field(f, "NUMPAGES")
    p = doc.add_paragraph(); run(p, "The Niue Public Service Commission invites applications from suitably qualified persons for the following position.", italic=True)
    facts_table(doc, [("Position", d["title"]["en"]), ("Reference", d["reference"]),
                      ("Employer", d["organisation"]["en"]), ("Department", d["location"]["en"]),
                      ("Grade", d["grade"]), ("Salary", "NZ$48,500 – NZ$56,200 per annum (NZD)"),
                      ("Hours of work", d["schedule"]["en"]), ("Tenure", "Permanent, subject to twelve months' probation"),
                      ("Date advertised", "12 August 2039"), ("Closing date", "Friday 2 September 2039, 3.00 pm")], "E3EFE6")
    head(doc, "1. Purpose of the position", "1F5C3A")
    doc.add_paragraph("The Senior Fisheries Officer leads the monitoring and management of Niue's coastal and offshore "
                      "fisheries, supervises the fisheries technicians and advises the Director on the conservation "
                      "of reef species and on the licensing of fishing vessels.")
    head(doc, "2. Key responsibilities", "1F5C3A")
    bullets(doc, ["Plan and run creel surveys, reef fish counts and fish aggregating device checks.",
                  "Maintain the national catch database and produce quarterly reports.",
                  "Prepare Niue's fisheries returns to regional agencies on time.",
                  "Supervise three technicians and organise their training.",
                  "Work with village councils on closed areas and seasonal bans."], "List Number")
    head(doc, "3. Person specification", "1F5C3A")
    p = doc.add_paragraph(); run(p, "Essential", bold=True, italic=True)
    bullets(doc, R["essential"])
    p = doc.add_paragraph(); run(p, "Desirable", bold=True, italic=True)
    bullets(doc, R["desirable"])
    head(doc, "4. Competencies", "1F5C3A")
    comps(doc, C)
    head(doc, "5. How to apply", "1F5C3A")
    doc.add_paragraph("Send a completed application form, a CV, copies of qualifications and the names of two referees "
                      "to the Secretary, Niue Public Service Commission, Fale Fono Building, Alofi, or to "
                      "npsc-vacancies@gov-niue.example, by 3.00 pm on Friday 2 September 2039. Shortlisted applicants "
                      "will be interviewed in the week of 19 September 2039.")
    doc.save(os.path.join(SRC, "npsc-vac-2039-21-niue.docx"))

# ------------------------------------------------------------------ Pitcairn criteria table
def pitcairn():
    d = N["gpi-hr-39-04"]; R = d["requirements"]["en"]; C = d["competencies"]["en"]
    doc = Document(); s = base(doc, "Liberation Sans", 10)
    hp = s.header.paragraphs[0]; run(hp, "Government of the Pitcairn Islands\tJob description and person specification\t" + d["reference"], size=8, color="555555")
    p = doc.add_paragraph(); run(p, "GOVERNMENT OF THE PITCAIRN ISLANDS", bold=True, size=14, color="003B5C")
    p = doc.add_paragraph(); run(p, d["title"]["en"], bold=True, size=13)
    p = doc.add_paragraph(); run(p, "Job description and person specification", italic=True)
    for a, b in [("Reference", d["reference"]), ("Employer", d["organisation"]["en"]), ("Location", d["location"]["en"]),
                 ("Division", "Operations – Public Works"), ("Hours", d["schedule"]["en"]),
                 ("Salary", "NZ$76,000 per annum (NZD), tax free on island"), ("Contract", "Two years, with return travel"),
                 ("Supply ship departure", "Tauranga, 14 November 2039"), ("Closing date", "5 September 2039")]:
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0); run(p, a + ": ", bold=True); run(p, b)
    head(doc, "Job purpose", "003B5C")
    doc.add_paragraph("To keep the island's roads, jetty, slipway, power station and water supply in safe working order, "
                      "and to plan the works that must be done between the visits of the supply ship.")
    head(doc, "Key tasks", "003B5C")
    bullets(doc, ["Run the preventive maintenance plan for the diesel and solar power station.",
                  "Maintain the Hill of Difficulty road, the jetty and the longboat slipway.",
                  "Order spare parts and fuel a year ahead and manage the stores.",
                  "Supervise part-time island workers and keep safety records.",
                  "Report each quarter to the Island Council and the Administrator."], "List Number")
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    head(doc, "Person specification", "003B5C")
    rows = [("Qualifications", R["essential"][0], "E", "A"), ("Experience", R["essential"][1], "E", "A / I"),
            ("Experience", R["desirable"][0], "D", "A / I"), ("Skills", R["essential"][2], "E", "I"),
            ("Skills", R["desirable"][1], "D", "I"), ("Safety", R["essential"][3], "E", "A / I"),
            ("Licences", R["desirable"][2], "D", "A"), ("Circumstances", R["essential"][4], "E", "I")]
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Attribute", "Criteria", "E / D", "Assessed by"]):
        c.text = ""; run(c.paragraphs[0], h, bold=True, color="FFFFFF"); shade(c, "003B5C")
    for r in rows:
        cs = t.add_row().cells
        for c, v in zip(cs, r): c.text = v
    for row in t.rows:
        for c, w in zip(row.cells, (Mm(30), Mm(95), Mm(15), Mm(26))): c.width = w
    p = doc.add_paragraph(); run(p, "E = essential, D = desirable. A = application form, I = interview.", italic=True, size=8)
    head(doc, "Behaviours", "003B5C")
    bullets(doc, [c["name"] for c in C])
    head(doc, "How to apply", "003B5C")
    doc.add_paragraph("Return the application form with a CV to the Pitcairn Islands Office, Auckland, at "
                      "jobs@pitcairn-gov.example by 5 September 2039. Interviews will be held by video call. The "
                      "successful candidate must pass a medical examination and a police check before travel.")
    doc.save(os.path.join(SRC, "gpi-hr-39-04-pitcairn.docx"))

# ------------------------------------------------------------------ IMSO three pages
def imso():
    d = N["imso-va-2039-02"]; R = d["requirements"]["en"]; C = d["competencies"]["en"]
    doc = Document(); s = base(doc, "Liberation Serif", 11)
    s.top_margin = Mm(28); s.bottom_margin = Mm(24)
    hp = s.header.paragraphs[0]; run(hp, "International Mobile Satellite Organization\tVacancy Announcement " + d["reference"], size=8.5, color="1B3A6B")
    fp = s.footer.paragraphs[0]; run(fp, "99 City Road, London EC1Y 1AX (office address for correspondence)\tPage ", size=8); field(fp, "PAGE"); run(fp, " of ", size=8); field(fp, "NUMPAGES")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, "VACANCY ANNOUNCEMENT", bold=True, size=15, color="1B3A6B")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, d["title"]["en"], bold=True, size=13)
    facts_table(doc, [("Vacancy announcement", d["reference"]), ("Organization", d["organisation"]["en"]),
                      ("Grade", d["grade"]), ("Duty station", d["location"]["en"]),
                      ("Hours", d["schedule"]["en"]), ("Salary", "GBP 68,400 – 76,900 per annum, net of staff assessment"),
                      ("Type of appointment", "Fixed term, three years"), ("Date of issue", "16 August 2039"),
                      ("Deadline for applications", "13 September 2039")], "DCE4F2")
    head(doc, "1. The Organization", "1B3A6B")
    doc.add_paragraph("IMSO is the intergovernmental body that oversees satellite communication services used for "
                      "distress and safety at sea. Its Secretariat in London is small: the Director General is supported "
                      "by a handful of professional staff who assess providers, advise the Parties and coordinate "
                      "the long-range tracking of ships.")
    head(doc, "2. Duties and responsibilities", "1B3A6B")
    doc.add_paragraph("Under the supervision of the Deputy Director, the incumbent will:")
    for i, x in enumerate(["Carry out the annual assessment of each recognised service provider and draft the reports;",
                           "Review technical documents submitted by providers seeking recognition;",
                           "Follow the work of the maritime and telecommunication bodies on safety communications;",
                           "Prepare papers for the Advisory Committee and the Assembly of Parties;",
                           "Answer technical questions from Parties and maritime administrations;",
                           "Keep the Secretariat's records of service performance and outages."]):
        doc.add_paragraph(f"{'abcdef'[i]}. {x}")
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    head(doc, "3. Qualifications and experience", "1B3A6B")
    p = doc.add_paragraph(); run(p, "Essential", bold=True)
    bullets(doc, R["essential"])
    p = doc.add_paragraph(); run(p, "Desirable", bold=True)
    bullets(doc, R["desirable"])
    head(doc, "4. Competencies", "1B3A6B")
    comps(doc, C)
    head(doc, "5. Conditions of service", "1B3A6B")
    doc.add_paragraph("The post carries the salary shown above, paid in twelve monthly instalments. IMSO staff "
                      "receive a pension contribution of 15.8% of salary, 30 working days of annual leave and, where "
                      "eligible, an education grant. Relocation costs up to GBP 7,500 are refunded on appointment.")
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    head(doc, "6. Selection process", "1B3A6B")
    doc.add_paragraph("Candidates who meet the essential requirements may be invited to a written test in late "
                      "September 2039 and to an interview in London during the week of 10 October 2039. Applications "
                      "from nationals of Parties that are under-represented in the Secretariat are encouraged.")
    head(doc, "7. How to apply", "1B3A6B")
    doc.add_paragraph("Applications, consisting of the IMSO personal history form, a covering letter and a CV, must be "
                      "sent to recruitment@imso-secretariat.example and received by 13 September 2039 at 17:00 London "
                      "time. Please quote the vacancy announcement reference in the subject line.")
    head(doc, "8. Equal opportunities", "1B3A6B")
    doc.add_paragraph("IMSO is committed to equal opportunities and to a workplace free from harassment. "
                      "Smoking is not permitted in the Secretariat premises.")
    doc.save(os.path.join(SRC, "imso-va-2039-02-imso.docx"))

if __name__ == "__main__":
    niue(); pitcairn(); imso(); print("docx written")
