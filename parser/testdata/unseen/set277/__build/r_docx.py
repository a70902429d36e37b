# -*- coding: utf-8 -*-
"""Word sources (python-docx; run with Debian's /usr/bin/python3) for the three LibreOffice notices."""
import os
from docx import Document
from docx.shared import Pt, RGBColor, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from data import N

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexfill)
    tcPr.append(s)


def field(par, instr):
    r = par.add_run()
    a = OxmlElement("w:fldChar"); a.set(qn("w:fldCharType"), "begin"); r._r.append(a)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "separate"); r3._r.append(b)
    par.add_run("1")
    r4 = par.add_run()
    c = OxmlElement("w:fldChar"); c.set(qn("w:fldCharType"), "end"); r4._r.append(c)


def base(font="Liberation Sans", size=10):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(18); sec.bottom_margin = Mm(18)
    return doc


def fix_widths(t, ws):
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in t.rows:
        for c, w in zip(row.cells, ws):
            c.width = w


def label_table(doc, rows, fill="DCE6F0", widths=(Mm(50), Mm(120))):
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in rows:
        c = t.add_row().cells
        c[0].text = ""; r = c[0].paragraphs[0].add_run(a); r.bold = True; shade(c[0], fill)
        c[1].text = b
    fix_widths(t, widths)
    return t


def heading(doc, text, color=RGBColor(0x0B, 0x3D, 0x2E), size=12):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(size); r.font.color.rgb = color
    p.paragraph_format.space_before = Pt(10); p.paragraph_format.space_after = Pt(3)
    return p


def bullets(doc, items, style="List Bullet"):
    for x in items:
        doc.add_paragraph(x, style=style)


# --------------------------------------------------------- Solomon Islands: Word template with a header table
def solomon():
    d = N["sips-vac-40-047"]; r = d["requirements"]["en"]
    doc = base()
    green = RGBColor(0x00, 0x5A, 0x32)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.add_run(f"{d['reference']}  |  Solomon Islands Public Service – Vacancy Advertisement  |  Page ")
    field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    for r_ in fp.runs: r_.font.size = Pt(8)
    ht = doc.add_table(rows=1, cols=2); ht.style = "Table Grid"
    a, b = ht.rows[0].cells
    a.text = ""; p = a.paragraphs[0]; x = p.add_run("SOLOMON ISLANDS GOVERNMENT"); x.bold = True; x.font.size = Pt(13); x.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    p2 = a.add_paragraph(); y = p2.add_run("Ministry of Public Service – Recruitment and Selection Division"); y.font.size = Pt(8.5); y.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(a, "005A32")
    b.text = ""; p = b.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run("VACANCY ADVERTISEMENT"); x.bold = True; x.font.size = Pt(12)
    p2 = b.add_paragraph(); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER; y = p2.add_run("Form MPS/RS/3 (rev. 2038)"); y.font.size = Pt(8)
    shade(b, "F2C300")
    fix_widths(ht, [Mm(110), Mm(60)])
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(8)
    x = p.add_run("Applications are invited from suitably qualified Solomon Islanders for the following position in the Public Service."); x.italic = True
    p = doc.add_paragraph(); x = p.add_run("Position: "); x.bold = True; x = p.add_run(d["title"]["en"]); x.bold = True; x.font.size = Pt(13); x.font.color.rgb = green
    label_table(doc, [
        ("Vacancy reference", d["reference"]),
        ("Employer", d["organisation"]["en"]),
        ("Duty station", d["location"]["en"]),
        ("Salary level", d["grade"]),
        ("Salary", "SBD 98,460 – SBD 112,230 per annum"),
        ("Hours of work", d["schedule"]["en"]),
        ("Date advertised", "8 October 2040"),
        ("Closing date", "Monday 5 November 2040, 4.00 pm"),
    ], fill="E2EFD9")
    heading(doc, "1. Purpose of the position", green)
    doc.add_paragraph("The Senior Fixed Asset Register Officer keeps a complete and reliable register of the "
                      "buildings, vehicles, plant and equipment held by the Ministry, so that roads, wharves and "
                      "bridges can be maintained and insured on the basis of accurate information.")
    heading(doc, "2. Key responsibilities", green)
    bullets(doc, ["Maintain the fixed asset register and record every acquisition, transfer and disposal.",
                  "Organise annual stock takes in Honiara and in the provincial works depots.",
                  "Prepare depreciation schedules for the Ministry's annual accounts.",
                  "Supervise two Asset Officers and train provincial storekeepers.",
                  "Advise the Accounting Officer on boards of survey and write-offs."], "List Number")
    heading(doc, "3. Qualifications and experience", green)
    p = doc.add_paragraph(); x = p.add_run("Essential"); x.bold = True; x.italic = True
    bullets(doc, r["essential"])
    p = doc.add_paragraph(); x = p.add_run("Desirable"); x.bold = True; x.italic = True
    bullets(doc, r["desirable"])
    heading(doc, "4. Competencies", green)
    for c in d["competencies"]["en"]:
        p = doc.add_paragraph(style="List Bullet"); x = p.add_run(c["name"] + ":"); x.bold = True; p.add_run(" " + c["description"])
    heading(doc, "5. How to apply", green)
    doc.add_paragraph("Submit a completed Public Service application form, a cover letter, a CV, certified copies of "
                      "certificates and the names of two referees to the Permanent Secretary, Ministry of Public "
                      "Service, P.O. Box G29, Honiara, or by e-mail to recruitment@mps.gov.example, quoting the "
                      "vacancy reference. Officers appointed from outside Honiara receive a housing allowance of "
                      "SBD 1,200 per fortnight for the first six months. Late applications will not be considered.")
    path = os.path.join(SRC, "sips-vac-40-047-solomons.docx"); doc.save(path); return path


# --------------------------------------------------------- Northern Lighthouse Board: criteria table
def nlb():
    d = N["nlb-hr-40-18"]; r = d["requirements"]["en"]
    doc = base("Liberation Serif", 10.5)
    navy = RGBColor(0x00, 0x2B, 0x55)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = f"Northern Lighthouse Board\tRecruitment pack\t{d['reference']}"
    for r_ in hp.runs: r_.font.size = Pt(8)
    p = doc.add_paragraph(); x = p.add_run(d["title"]["en"]); x.bold = True; x.font.size = Pt(16); x.font.color.rgb = navy
    doc.add_paragraph("In Salutem Omnium – for the safety of all")
    facts = [("Reference", d["reference"]), ("Organisation", d["organisation"]["en"]),
             ("Location", d["location"]["en"]), ("Grade", d["grade"]),
             ("Salary", "£36,480 – £41,920 per annum"), ("Hours", d["schedule"]["en"]),
             ("Contract", "Permanent"), ("Closing date", "Wednesday 7 November 2040 at 12 noon"),
             ("Interviews", "Wednesday 21 November 2040, Oban")]
    for a, b in facts:
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        x = p.add_run(a + ": "); x.bold = True; p.add_run(b)
    heading(doc, "Job purpose", navy)
    doc.add_paragraph("The Board keeps more than two hundred lighthouses, buoys and beacons working around the coast "
                      "of Scotland and the Isle of Man. As an Aids to Navigation Technician you will maintain the "
                      "electrical, solar and monitoring equipment that keeps each light reliable, working from the "
                      "Oban base and travelling by ship, helicopter and road to remote stations.")
    heading(doc, "Key tasks", navy)
    bullets(doc, ["Carry out planned maintenance on lights, batteries and solar arrays.",
                  "Diagnose and repair faults reported by the monitoring centre.",
                  "Install new LED lanterns and AIS units during modernisation projects.",
                  "Complete work records and update the asset database after each visit.",
                  "Support buoy tender crews during buoy changes when required."], "List Number")
    heading(doc, "Our values", navy)
    for c in d["competencies"]["en"]:
        doc.add_paragraph(c["name"], style="List Bullet")
    heading(doc, "How to apply", navy)
    doc.add_paragraph("Complete the online application form at nlb.example/careers and answer each criterion in the "
                      "person specification. We can reimburse relocation costs up to £8,000 for the successful "
                      "candidate. Please contact the HR team on 0131 000 0000 with any questions.")
    # criteria table on page 2
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "Person specification", navy, 13)
    rows = [("Qualifications", r["essential"][0], "E", "A"),
            ("Experience", r["desirable"][0], "D", "A / I"),
            ("Knowledge", r["desirable"][1], "D", "A / I"),
            ("Experience", r["essential"][1], "E", "A / I / T"),
            ("Circumstances", r["essential"][2], "E", "A / I"),
            ("Certificates", r["desirable"][2], "D", "A"),
            ("Skills", r["essential"][3], "E", "I / T"),
            ("Circumstances", r["essential"][4], "E", "A")]
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Attribute", "Criteria", "E / D", "Assessed by"]):
        c = t.rows[0].cells[i]; c.text = ""; x = c.paragraphs[0].add_run(h); x.bold = True; shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    fix_widths(t, [Mm(30), Mm(104), Mm(14), Mm(22)])
    doc.add_paragraph("E = essential, D = desirable. A = application form, I = interview, T = practical test.")
    path = os.path.join(SRC, "nlb-hr-40-18-nlb.docx"); doc.save(path); return path


# --------------------------------------------------------- NEAFC: three pages with running heads and footers
def neafc():
    d = N["neafc-va-2040-01"]; r = d["requirements"]["en"]
    doc = base("Liberation Serif", 11)
    blue = RGBColor(0x1F, 0x3A, 0x5F)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"North-East Atlantic Fisheries Commission\t\tVacancy announcement {d['reference']}"
    fp = sec.footer.paragraphs[0]
    fp.add_run("NEAFC Secretariat · London · info@neafc.example\t\tPage "); field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    for pr in (hp, fp):
        for r_ in pr.runs: r_.font.size = Pt(8)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run("VACANCY ANNOUNCEMENT"); x.bold = True; x.font.size = Pt(15); x.font.color.rgb = blue
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run(d["title"]["en"]); x.bold = True; x.font.size = Pt(13)
    label_table(doc, [("Vacancy announcement", d["reference"]), ("Organization", d["organisation"]["en"]),
                      ("Duty station", d["location"]["en"]), ("Grade", d["grade"]),
                      ("Salary", "GBP 52,300 – 58,900 per annum, exempt from UK income tax"),
                      ("Hours", d["schedule"]["en"]), ("Contract", "Three years, renewable"),
                      ("Date of issue", "11 October 2040"),
                      ("Deadline for applications", "15 November 2040, 17:00 GMT")], fill="DDE5EF")
    heading(doc, "1. The Commission", blue)
    doc.add_paragraph("NEAFC is the regional fisheries management organisation for the North-East Atlantic. Its "
                      "Contracting Parties adopt conservation measures for deep-sea and pelagic stocks in the high "
                      "seas of the Convention Area and run a joint scheme of control and enforcement. A small "
                      "Secretariat in London supports the Commission, its committees and its information systems.")
    heading(doc, "2. The position", blue)
    doc.add_paragraph("The Fisheries Data Systems Officer is responsible for the day-to-day operation of the systems "
                      "that receive vessel position reports, catch reports and inspection reports from the "
                      "Contracting Parties. The post reports to the Head of Monitoring, Control and Surveillance.")
    heading(doc, "3. Main duties", blue)
    for i, s in enumerate(["Monitor the flow of reports and resolve transmission errors with national centres.",
                           "Maintain the reference tables and user accounts of the information system.",
                           "Produce statistics and quality reports for the Permanent Committee on Control and Enforcement.",
                           "Test new releases of the system with the external software contractor.",
                           "Keep technical documentation and procedures up to date.",
                           "Contribute to the preparation of the Annual Meeting held each November."]):
        doc.add_paragraph(f"{'abcdef'[i]}.  {s}")
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "4. Qualifications and experience", blue)
    p = doc.add_paragraph(); x = p.add_run("Essential"); x.bold = True
    bullets(doc, r["essential"])
    p = doc.add_paragraph(); x = p.add_run("Desirable"); x.bold = True
    bullets(doc, r["desirable"])
    heading(doc, "5. Competencies", blue)
    for c in d["competencies"]["en"]:
        p = doc.add_paragraph(); x = p.add_run(c["name"] + ":"); x.bold = True; p.add_run(" " + c["description"])
    heading(doc, "6. Conditions of service", blue)
    doc.add_paragraph("The Commission contributes 14% of salary to a pension plan. Staff recruited from outside "
                      "the United Kingdom receive a removal allowance of up to GBP 4,000 and a home leave journey "
                      "every two years. Annual leave is 30 working days.")
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "7. How to apply", blue)
    doc.add_paragraph("Candidates must be nationals of a Contracting Party. Send a CV, a letter of motivation and "
                      "the names of three referees to vacancies@neafc.example, quoting the vacancy announcement "
                      "number in the subject line. Interviews will be held in London on 6 December 2040.")
    heading(doc, "8. Equal opportunities", blue)
    doc.add_paragraph("NEAFC welcomes applications from all qualified candidates and selects staff on merit. "
                      "Applications received after the deadline will not be considered, and only shortlisted "
                      "candidates will be contacted. The Commission does not charge any fee at any stage of the "
                      "recruitment process and does not ask for bank details.")
    path = os.path.join(SRC, "neafc-va-2040-01-neafc.docx"); doc.save(path); return path


if __name__ == "__main__":
    os.makedirs(SRC, exist_ok=True)
    for f in (solomon, nlb, neafc):
        print(f())
