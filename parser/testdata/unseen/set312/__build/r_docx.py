# -*- coding: utf-8 -*-
"""python-docx sources (run with Debian's /usr/bin/python3): Bahamas (Word template with a
header table), Lake District (criteria table), IJSG (three pages with running heads)."""
import os
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from data import N, HERE

SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color)
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


def fixed(table, widths_cm):
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def para(doc, text="", bold=False, italic=False, size=None, align=None, color=None, style=None, space_after=4):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def labelled(doc, label, value):
    p = doc.add_paragraph(); r = p.add_run(label); r.bold = True; p.add_run(" " + value)
    p.paragraph_format.space_after = Pt(3)
    return p


def base(doc, font="Liberation Sans", size=10):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(1.8)
    return sec


# ---------------------------------------------------------------- Bahamas
def bahamas():
    n = N["bhs"]
    doc = Document(); sec = base(doc, size=10)
    hdr = sec.header
    t = hdr.add_table(rows=1, cols=2, width=Cm(16.6)); t.style = "Table Grid"
    a, b = t.rows[0].cells
    shade(a, "00778B"); shade(b, "FFC72C")
    pa = a.paragraphs[0]; r = pa.add_run("THE COMMONWEALTH OF THE BAHAMAS"); r.bold = True
    r.font.color.rgb = RGBColor(255, 255, 255); r.font.size = Pt(11)
    for line in ("Department of Public Service", "Poinciana Building, Nassau, N.P."):
        rr = a.add_paragraph().add_run(line); rr.font.color.rgb = RGBColor(255, 255, 255); rr.font.size = Pt(8.5)
    pb = b.paragraphs[0]; r = pb.add_run("VACANCY NOTICE"); r.bold = True; r.font.size = Pt(13)
    pb.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = b.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = q.add_run("Form DPS/RA/4 (revised 2041)"); rr.font.size = Pt(8); rr.italic = True
    fp = sec.footer.paragraphs[0]
    fp.add_run(f"{n['ref']}  |  Department of Public Service – Vacancy Notice  |  Page ")
    field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    for r in fp.runs: r.font.size = Pt(8)

    para(doc, "Applications are invited from suitably qualified Bahamian citizens for appointment to the "
              "following post in the Public Service.", italic=True)
    p = doc.add_paragraph(); r = p.add_run("Post: "); r.bold = True; r.font.size = Pt(12)
    r = p.add_run(n["title"]["en"]); r.bold = True; r.font.size = Pt(12)
    rows = [("Vacancy No.", n["ref"]), ("Employer", n["org"]["en"]),
            ("Ministry", "Ministry of Agriculture, Marine Resources and Family Island Affairs"),
            ("Duty station", n["loc"]["en"]), ("Salary scale", n["grade"]),
            ("Salary", "B$31,650 – B$36,600 per annum (BSD), by annual increments of B$450"),
            ("Hours of work", n["sched"]["en"]),
            ("Terms", "Probation of twelve (12) months, then pensionable"),
            ("Date of notice", "14 September 2043"),
            ("Closing date", "Tuesday, 6 October 2043 at 4:00 p.m.")]
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = ""; rr = c[0].paragraphs[0].add_run(k); rr.bold = True; shade(c[0], "E3F1F3")
        c[1].text = v
    fixed(t, [4.2, 12.4])
    para(doc)
    doc.add_heading("1. Job summary", level=2)
    para(doc, "The Fisheries Inspector II enforces the fisheries laws at landing sites, on fishing vessels and at "
              "processing plants, and collects catch and effort data for stock assessments of spiny lobster, "
              "conch and Nassau grouper.")
    doc.add_heading("2. Duties and responsibilities", level=2)
    for d in ("Inspect vessels, catches and fishing gear for compliance with licences and closed seasons.",
              "Board foreign and domestic vessels with the Royal Bahamas Defence Force when required.",
              "Record landings and biological samples and enter them in the national database.",
              "Prepare inspection and incident reports and give evidence in court.",
              "Take part in public education on sustainable fishing in the Family Islands."):
        para(doc, d, style="List Number", space_after=1)
    doc.add_heading("3. Qualifications and experience", level=2)
    p = para(doc, "Essential", bold=True, italic=True, space_after=1)
    for i in n["req"]["en"]["essential"]:
        para(doc, i, style="List Bullet", space_after=1)
    para(doc, "Desirable", bold=True, italic=True, space_after=1)
    for i in n["req"]["en"]["desirable"]:
        para(doc, i, style="List Bullet", space_after=1)
    doc.add_heading("4. Core competencies", level=2)
    for c in n["comp"]["en"]:
        p = doc.add_paragraph(style="List Bullet"); r = p.add_run(c["name"] + ":"); r.bold = True
        p.add_run(" " + c["description"]); p.paragraph_format.space_after = Pt(1)
    doc.add_heading("5. How to apply", level=2)
    para(doc, "Complete the Government Employment Application Form and send it, with certified copies of "
              "certificates, two references and a police certificate of character, to the Director of Public "
              "Service, quoting the vacancy number. A uniform allowance of B$1,100 per annum and a sea-duty "
              "allowance of B$35 per day are payable in addition to salary. Only shortlisted applicants will be "
              "contacted; interviews are expected in the week of 26 October 2043.")
    doc.save(os.path.join(SRC, n["key"] + "-bahamas.docx"))


# ---------------------------------------------------------------- Lake District
def lakedistrict():
    n = N["ldn"]
    doc = Document(); sec = base(doc, size=10)
    hp = sec.header.paragraphs[0]
    hp.text = f"Lake District National Park Authority\tJob pack\t{n['ref']}"
    for r in hp.runs: r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    para(doc, "JOB PACK", bold=True, size=9, color="2E6B30")
    para(doc, n["title"]["en"], bold=True, size=18, color="2E6B30")
    for k, v in (("Reference:", n["ref"]), ("Employer:", n["org"]["en"]), ("Based at:", n["loc"]["en"]),
                 ("Grade:", f"{n['grade']} – £36,480 to £40,210 a year"),
                 ("Working pattern:", n["sched"]["en"]), ("Contract:", "Permanent"),
                 ("Closing date:", "7 October 2043, 9:00 a.m."),
                 ("Interviews:", "21 and 22 October 2043 at Murley Moss")):
        labelled(doc, k, v)
    doc.add_heading("About the role", level=2)
    para(doc, "Woods and hedges knit the Lake District's farmed valleys together. You will help farmers, "
              "estates and communities plant, restore and look after them, so that the landscape stores more "
              "carbon, shelters more wildlife and stays beautiful.")
    doc.add_heading("Main tasks", level=2)
    for d in ("Advise land managers on new woodland, hedgerow and tree planting schemes.",
              "Prepare and check grant applications and woodland management plans.",
              "Organise volunteer planting and hedge-laying days with the ranger teams.",
              "Survey ancient and veteran trees and keep the authority's records up to date.",
              "Comment on planning applications that affect trees and hedges."):
        para(doc, d, style="List Number", space_after=1)
    doc.add_heading("Our values", level=2)
    para(doc, "We try to be " + ", ".join(c["name"] for c in n["comp"]["en"][:-1]) + " and "
              + n["comp"]["en"][-1]["name"] + " in everything we do:")
    for c in n["comp"]["en"]:
        para(doc, c["name"], style="List Bullet", space_after=1)
    doc.add_heading("Pay and benefits", level=2)
    para(doc, "Local Government Pension Scheme, 26 days' annual leave rising to 31, and an essential car user "
              "allowance of £1,320 a year with mileage at 45p a mile.")
    doc.add_heading("How to apply", level=2)
    para(doc, "Apply online with the authority's form; CVs alone are not accepted. The person specification "
              "overleaf shows how each criterion will be assessed.")
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Person specification", level=2)
    ess = n["req"]["en"]["essential"]; des = n["req"]["en"]["desirable"]
    rows = [("Qualifications", ess[0], "E", "A"), ("Qualifications", des[0], "D", "A"),
            ("Experience", ess[1], "E", "A / I"), ("Knowledge", ess[2], "E", "I"),
            ("Skills", des[1], "D", "A / I"), ("Skills", ess[3], "E", "A / T"),
            ("Knowledge", des[2], "D", "I"), ("Other", ess[4], "E", "A")]
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Attribute", "Criteria", "E / D", "Assessed by")):
        c.text = ""; r = c.paragraphs[0].add_run(h); r.bold = True; shade(c, "D8E8D0")
    for row in rows:
        cs = t.add_row().cells
        for c, v in zip(cs, row):
            c.text = v
    fixed(t, [3.0, 9.2, 1.6, 2.8])
    para(doc, "E = essential, D = desirable. A = application form, I = interview, T = practical test.",
         italic=True, size=8)
    doc.save(os.path.join(SRC, n["key"].replace("/", "-") + "-lakedistrict.docx"))


# ---------------------------------------------------------------- IJSG
def ijsg():
    n = N["ijs"]
    doc = Document(); sec = base(doc, font="Liberation Serif", size=11)
    hp = sec.header.paragraphs[0]
    hp.text = f"International Jute Study Group\t\tVacancy announcement {n['ref']}"
    for r in hp.runs: r.italic = True; r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.add_run("IJSG Secretariat · Plot 14, Road 7 (fictional) · Dhaka · hr@ijsg.example\t\tPage ")
    field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    for r in fp.runs: r.font.size = Pt(8)
    para(doc, "INTERNATIONAL JUTE STUDY GROUP", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "VACANCY ANNOUNCEMENT", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, n["title"]["en"], bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "The Secretariat invites applications from nationals of the Member countries.", italic=True,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    rows = [("Vacancy announcement", n["ref"]), ("Organization", n["org"]["en"]),
            ("Position", n["title"]["en"]), ("Grade", n["grade"]), ("Duty station", n["loc"]["en"]),
            ("Working hours", n["sched"]["en"]), ("Type of appointment", "Fixed-term, three years"),
            ("Annual salary", "USD 46,800 – 53,400 (net of national income tax)"),
            ("Date of issue", "1 September 2043"),
            ("Deadline for applications", "15 October 2043, 17:00 Dhaka time (BST)")]
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells; c[0].text = k; shade(c[0], "EFE6D2"); c[1].text = v
    fixed(t, [5.0, 11.6])
    doc.add_heading("1. The Organization", level=2)
    para(doc, "The International Jute Study Group is an intergovernmental body that promotes the production, "
              "trade and diversified use of jute, kenaf and allied fibres. Its Member countries include the main "
              "producing countries of South Asia and importing countries in Europe. The Secretariat is small; "
              "every officer contributes to meetings of the Council and its committees.")
    doc.add_heading("2. Purpose of the post", level=2)
    para(doc, "Under the Secretary-General, the officer monitors world trade in jute goods and supports projects "
              "that develop new jute products, from geotextiles to shopping bags.")
    doc.add_heading("3. Duties", level=2)
    for i, d in enumerate(("Compile quarterly statistics on jute production, prices and trade.",
                           "Draft the annual Jute Market Review and briefing notes for the Council.",
                           "Follow diversification projects funded through the Group and report on progress.",
                           "Organise buyer–seller meetings and the Group's stand at textile fairs.",
                           "Keep the Group's trade database and website tables current.",
                           "Perform other duties as assigned by the Secretary-General.")):
        para(doc, f"{'abcdef'[i]}. {d}", space_after=2)
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("4. Competencies", level=2)
    for c in n["comp"]["en"]:
        p = doc.add_paragraph(); r = p.add_run(c["name"] + ":"); r.bold = True; p.add_run(" " + c["description"])
    doc.add_heading("5. Qualifications and experience", level=2)
    para(doc, "Essential", bold=True, space_after=1)
    for i in n["req"]["en"]["essential"]:
        para(doc, i, style="List Bullet", space_after=1)
    para(doc, "Desirable", bold=True, space_after=1)
    for i in n["req"]["en"]["desirable"]:
        para(doc, i, style="List Bullet", space_after=1)
    doc.add_heading("6. Conditions of service", level=2)
    para(doc, "The salary is paid in twelve monthly instalments. The Group contributes 12% of salary to a "
              "provident fund, pays an education grant of up to USD 9,000 per child a year for international "
              "staff and grants 30 working days of annual leave. A home-leave journey is paid every two years.")
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("7. Selection", level=2)
    para(doc, "Shortlisted candidates will sit a written exercise in the week of 2 November 2043 and be "
              "interviewed by a panel of Member country representatives. The successful candidate is expected to "
              "take up duty on 1 February 2044.")
    doc.add_heading("8. How to apply", level=2)
    para(doc, "Send a letter of motivation, a curriculum vitae and the names of three referees to "
              "hr@ijsg.example before the deadline, with the vacancy reference in the subject line. Applications "
              "received after the deadline will not be considered. The IJSG does not charge any fee at any stage "
              "of recruitment.")
    doc.save(os.path.join(SRC, n["key"] + "-ijsg.docx"))


if __name__ == "__main__":
    bahamas(); lakedistrict(); ijsg()
