"""LibreOffice notices, written as .docx with python-docx (src/), printed by soffice in assemble.py:
Botswana (Word template with a header table) and New Forest NPA (criteria table)."""
import os
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from data import N, NF_ROWS, HERE

SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def field(par, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def fixed(table, widths):
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))


def run(par, text, bold=False, italic=False, size=None, color=None):
    r = par.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def base(doc, font="Liberation Sans", size=10):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.6)
    sec.bottom_margin = Cm(1.6)
    return sec


def botswana():
    d = N["dws-vc-07-2043"]
    en = "en"
    doc = Document()
    sec = base(doc, size=10)
    # header table in the Word header
    hdr = sec.header
    hp = hdr.paragraphs[0]
    t = hdr.add_table(rows=1, cols=2, width=Cm(17))
    t.style = "Table Grid"
    fixed(t, [11, 6])
    a, b = t.rows[0].cells
    shade(a, "DCE9F5")
    shade(b, "1F4E79")
    p = a.paragraphs[0]
    run(p, "REPUBLIC OF BOTSWANA", bold=True, size=12, color="1F4E79")
    p = a.add_paragraph()
    run(p, "Ministry of Lands and Water Affairs – Department of Water and Sanitation", size=9)
    p = a.add_paragraph()
    run(p, "Private Bag 00291 · Government Enclave · Gaborone · Tel. +267 000 0000", size=8)
    p = b.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "VACANCY CIRCULAR", bold=True, size=12, color="FFFFFF")
    p = b.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "No. 7 of 2043", bold=True, size=10, color="FFFFFF")
    p = b.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "Form DPSM/VC/1 (rev. 2041)", size=7.5, color="DDDDDD")
    hp._p.getparent().remove(hp._p)
    hdr._element.append(hdr.add_paragraph()._p)
    ft = sec.footer.paragraphs[0]
    ft.paragraph_format.tab_stops.add_tab_stop(Cm(8.5), WD_TAB_ALIGNMENT.CENTER)
    ft.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    run(ft, d["reference"] + "\tDirectorate of Public Service Management – Vacancy Circular\tPage ", size=8)
    field(ft, "PAGE")
    run(ft, " of ", size=8)
    field(ft, "NUMPAGES")

    p = doc.add_paragraph()
    run(p, "Applications are invited from suitably qualified citizens of Botswana for the post below. "
           "Serving officers must route their applications through their Heads of Department.", italic=True)
    p = doc.add_paragraph()
    run(p, "Post: ", bold=True)
    run(p, d["title"][en].upper() + " (1 POST)", bold=True)
    facts = [
        ("Post title", d["title"][en]),
        ("Employer", d["organisation"][en]),
        ("Ministry / Department", "Ministry of Lands and Water Affairs – Department of Water and Sanitation"),
        ("Duty station", d["location"][en]),
        ("Salary scale", "C1 (P412,668 – P486,120 per annum, BWP)"),
        ("Hours of work", d["schedule"][en]),
        ("Terms", "Permanent and pensionable, after a probation of twelve months"),
        ("Leave", "30 working days per annum"),
        ("Benefits", "Housing allowance of P1,850 per month where no institutional house is provided; "
                     "optional medical aid (Government pays 50%)"),
        ("Date of circular", "13 February 2043"),
        ("Closing date", "Thursday, 5 March 2043, 16:30 hours"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in facts:
        r = t.add_row().cells
        run(r[0].paragraphs[0], k, bold=True, size=9.5)
        shade(r[0], "EAF1F8")
        run(r[1].paragraphs[0], v, size=9.5)
    fixed(t, [4.5, 12.5])

    def head(txt):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        run(p, txt, bold=True, size=10.5, color="1F4E79")

    head("1. MAIN PURPOSE OF THE JOB")
    doc.add_paragraph("To plan, supervise and report on groundwater investigations, wellfield development and "
                      "groundwater monitoring so that villages and towns receive a safe and sustainable supply.")
    head("2. KEY PERFORMANCE AREAS")
    for s in ["Leads groundwater exploration and wellfield development projects from design to handover.",
              "Supervises drilling and test-pumping contractors and approves their reports.",
              "Maintains the national groundwater monitoring network and its database.",
              "Reviews applications for borehole and abstraction permits.",
              "Prepares technical reports and briefs for the Director and the Water Resources Board."]:
        doc.add_paragraph(s, style="List Number")
    head("3. QUALIFICATIONS AND EXPERIENCE")
    p = doc.add_paragraph()
    run(p, "Minimum requirements", bold=True, italic=True)
    for s in d["requirements"][en]["essential"]:
        doc.add_paragraph(s, style="List Bullet")
    p = doc.add_paragraph()
    run(p, "Added advantage", bold=True, italic=True)
    for s in d["requirements"][en]["desirable"]:
        doc.add_paragraph(s, style="List Bullet")
    head("4. COMPETENCIES")
    for c in d["competencies"][en]:
        p = doc.add_paragraph(style="List Bullet")
        run(p, c["name"] + ":", bold=True)
        run(p, " " + c["description"])
    head("5. APPLICATIONS")
    doc.add_paragraph("Quote the number of this vacancy circular and attach certified copies of certificates, "
                      "transcripts and your national identity card. Applications should be addressed to: The Director, "
                      "Department of Water and Sanitation, Private Bag 00291, Gaborone, or sent to "
                      "vacancies@dws.example. Only shortlisted candidates will be contacted; interviews are planned "
                      "for the week of 23 March 2043.")
    out = os.path.join(SRC, "dws-vc-07-2043-botswana.docx")
    doc.save(out)
    return out


def newforest():
    d = N["nfnpa-hr-43-05"]
    en = "en"
    R = d["requirements"][en]
    doc = Document()
    sec = base(doc, font="Liberation Sans", size=10)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    run(hp, "New Forest National Park Authority\t" + d["reference"] + " · Candidate pack", size=8, color="4A6B2F")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(fp, "Lymington Town Hall · Avenue Road · Lymington · SO41 0ZZ   |   page ", size=8)
    field(fp, "PAGE")

    p = doc.add_paragraph()
    run(p, "CANDIDATE PACK", bold=True, size=9, color="4A6B2F")
    p = doc.add_paragraph()
    run(p, d["title"][en], bold=True, size=17)
    for k, v in [("Employer", d["organisation"][en]),
                 ("Reference", d["reference"]),
                 ("Base", d["location"][en]),
                 ("Hours", d["schedule"][en]),
                 ("Contract", "Fixed term for three years (funded by the Verderers' grazing partnership)"),
                 ("Salary", "Band 5 (£31,450 – £34,890 per annum)"),
                 ("Closing date", "Monday 9 March 2043, 12 noon"),
                 ("Interviews", "Tuesday 24 March 2043 at Lymington Town Hall")]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        run(p, k + ": ", bold=True)
        run(p, v)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    run(p, "Why this role matters", bold=True, size=12, color="4A6B2F")
    doc.add_paragraph("Commoning – the turning out of ponies, cattle, donkeys and pigs on the open Forest – shapes "
                      "the landscape that people come to see. You will be the Authority's day-to-day link with "
                      "commoners, helping them reach the support they are entitled to and bringing their knowledge "
                      "into our planning and conservation work.")
    p = doc.add_paragraph()
    run(p, "Main tasks", bold=True, size=12, color="4A6B2F")
    for s in ["Visit commoners and holdings, and keep a record of their needs and concerns.",
              "Help commoners apply for grants, back-up grazing land and housing schemes.",
              "Work with the Verderers, the Agisters and Forestry England on grazing matters.",
              "Advise planning officers on applications that affect commoning holdings.",
              "Run two open evenings a year and a young commoners' training day."]:
        doc.add_paragraph(s, style="List Number")
    p = doc.add_paragraph()
    run(p, "Our values", bold=True, size=12, color="4A6B2F")
    doc.add_paragraph("We want colleagues who are " + ", ".join(c["name"] for c in d["competencies"][en][:-1])
                      + " and " + d["competencies"][en][-1]["name"] + " in everything they do:")
    for c in d["competencies"][en]:
        doc.add_paragraph(c["name"], style="List Bullet")
    p = doc.add_paragraph()
    run(p, "How to apply", bold=True, size=12, color="4A6B2F")
    doc.add_paragraph("Complete the online application form, showing how you meet each criterion in the person "
                      "specification overleaf. Mileage is paid at 55p per mile; a lease car scheme is also available.")
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    run(p, "Person specification", bold=True, size=13, color="4A6B2F")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Area", "Criterion", "Essential", "Desirable", "How assessed"]):
        run(c.paragraphs[0], txt, bold=True, size=9, color="FFFFFF")
        shade(c, "4A6B2F")
    for area, idx, ed, how in NF_ROWS:
        crit = R["essential"][idx] if ed == "E" else R["desirable"][idx]
        cells = t.add_row().cells
        run(cells[0].paragraphs[0], area, bold=True, size=9)
        run(cells[1].paragraphs[0], crit, size=9)
        for c, on in ((cells[2], ed == "E"), (cells[3], ed == "D")):
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(c.paragraphs[0], "✓" if on else "", size=10)
        run(cells[4].paragraphs[0], how, size=9)
    fixed(t, [2.5, 8.1, 2.0, 2.2, 2.2])
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    run(p, "How assessed: A = application form, I = interview, P = short presentation at interview.",
        italic=True, size=8.5)
    doc.add_paragraph("Please note that the Authority cannot provide housing; relocation support of up to £2,000 "
                      "may be agreed for candidates moving from outside Hampshire.")
    out = os.path.join(SRC, "nfnpa-hr-43-05-newforest.docx")
    doc.save(out)
    return out


if __name__ == "__main__":
    print(botswana())
    print(newforest())
