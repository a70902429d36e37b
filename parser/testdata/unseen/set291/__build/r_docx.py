# .docx sources for the LibreOffice PDFs (Belize header table, Dartmoor criteria table, ILZSG three pages).
# Run with Debian's /usr/bin/python3 (python-docx).
import os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from data import N, HERE

SRC = os.path.join(HERE, "src")


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
    tcPr.append(s)


def field(par, code):
    r = par.add_run()
    for kind, txt in (("begin", None), (None, code), ("separate", None), (None, None), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); r._r.append(fc)
        elif txt:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; r._r.append(it)
        else:
            t = OxmlElement("w:t"); t.text = "1"; r._r.append(t)


def base(font="Liberation Sans", size=10):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(18); sec.bottom_margin = Mm(18)
    return d


def para(d, text="", bold=False, italic=False, size=None, color=None, align=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    return p


def labelled(d, label, value):
    p = d.add_paragraph(); r = p.add_run(label); r.bold = True; p.add_run(" " + value); return p


def heading(d, text, color="1F4E79", size=11.5):
    p = para(d, text, bold=True, size=size, color=color)
    p.paragraph_format.space_before = Pt(8); p.paragraph_format.keep_with_next = True
    return p


def bullets(d, items, style="List Bullet"):
    for i in items:
        d.add_paragraph(i, style=style)


def facts_table(d, rows, fill="DCE6F0"):
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in rows:
        c = t.add_row().cells
        c[0].text = ""; r = c[0].paragraphs[0].add_run(a); r.bold = True; shade(c[0], fill)
        c[1].text = b
        c[0].width = Mm(50); c[1].width = Mm(120)
    return t


def belize():
    n = N["belize"]; d = base()
    hdr = d.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Mm(170)); t.style = "Table Grid"
    a, b = t.rows[0].cells
    a.text = ""; r = a.paragraphs[0].add_run("GOVERNMENT OF BELIZE"); r.bold = True; r.font.size = Pt(13); r.font.color.rgb = RGBColor.from_string("0B3C7D")
    a.add_paragraph("Ministry of the Public Service, Governance Improvement and Elections")
    a.add_paragraph("Sir Edney Cain Building, Belmopan")
    shade(b, "C8102E")
    b.text = ""; r = b.paragraphs[0].add_run("VACANCY NOTICE"); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor.from_string("FFFFFF")
    rr = b.add_paragraph().add_run("Form MPS/RC/2 (rev. 2040)"); rr.font.color.rgb = RGBColor.from_string("FFFFFF"); rr.font.size = Pt(8)
    fp = d.sections[0].footer.paragraphs[0]
    fp.add_run(n["ref"] + " | Government of Belize – Vacancy Notice | Page "); field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    for r in fp.runs: r.font.size = Pt(8)
    para(d, "Applications are invited from suitably qualified Belizeans for appointment to the following post in the Public Service.", italic=True)
    labelled(d, "Post:", n["title"]["en"])
    facts_table(d, [("Reference", n["ref"]), ("Employer", n["org"]["en"]), ("Ministry", "Ministry of Sustainable Development and Climate Change"),
                    ("Duty station", n["loc"]["en"]), ("Salary scale", n["grade"]), ("Salary", "BZD 38,520 – 46,740 per annum"),
                    ("Hours of work", n["sched"]["en"]), ("Date advertised", "11 December 2041"),
                    ("Closing date", "14 January 2042, 3:00 p.m.")])
    heading(d, "1. Purpose of the post")
    para(d, "The Hydrological Officer II operates and maintains the national network of river gauging stations, checks and archives the data it produces and contributes to flood forecasts for the main river basins.")
    heading(d, "2. Main responsibilities")
    for i in ["Carry out discharge measurements and level surveys at gauging stations across the country.",
              "Maintain water-level recorders, telemetry units and staff gauges.",
              "Quality-check hydrometric data and update rating curves.",
              "Prepare monthly river bulletins and contribute to flood warnings.",
              "Supervise and train Hydrological Assistants in the field."]:
        d.add_paragraph(i, style="List Number")
    heading(d, "3. Qualifications and experience")
    p = para(d, "Essential", bold=True, italic=True)
    bullets(d, n["ess"]["en"])
    p = para(d, "Desirable", bold=True, italic=True)
    bullets(d, n["des"]["en"])
    heading(d, "4. Competencies")
    for a, b in n["comp"]["en"]:
        p = d.add_paragraph(style="List Bullet"); r = p.add_run(a + ":"); r.bold = True; p.add_run(" " + b)
    heading(d, "5. How to apply")
    para(d, "Complete the Public Service application form and send it with certified copies of certificates, a police record and two references to the Chief Executive Officer, Ministry of the Public Service, Belmopan, or to recruitment@mps.gov.bz.example, by the closing date. Officers in the field receive a duty allowance of BZD 1,800 per annum. Only shortlisted applicants will be contacted.")
    return d


def dartmoor():
    n = N["dartmoor"]; d = base(size=10)
    hp = d.sections[0].header.paragraphs[0]
    hp.add_run("Dartmoor National Park Authority\tJob description and person specification\t" + n["ref"]).font.size = Pt(8)
    para(d, "DARTMOOR NATIONAL PARK AUTHORITY", bold=True, size=9, color="4B6B2F")
    para(d, n["title"]["en"], bold=True, size=16)
    for a, b in [("Reference:", n["ref"]), ("Employer:", n["org"]["en"]), ("Base:", n["loc"]["en"]),
                 ("Grade:", n["grade"] + " (£33,140 – £36,420 a year)"), ("Hours:", n["sched"]["en"]),
                 ("Contract:", "Permanent"), ("Closing date:", "12 noon, Thursday 16 January 2042"),
                 ("Interviews:", "Wednesday 29 January 2042 at Parke")]:
        labelled(d, a, b)
    heading(d, "Job purpose", color="4B6B2F")
    para(d, "To protect and record the archaeology and historic landscapes of the National Park, to advise the planning service and land managers, and to help people understand and enjoy the moor's long human history.")
    heading(d, "Key tasks", color="4B6B2F")
    for i in ["Respond to planning consultations that affect heritage assets.",
              "Maintain and improve the historic environment record.",
              "Plan and oversee condition surveys of scheduled monuments.",
              "Advise farmers and commoners on agri-environment schemes.",
              "Lead guided walks, talks and volunteer projects."]:
        d.add_paragraph(i, style="List Number")
    heading(d, "Our values", color="4B6B2F")
    for a, _ in n["comp"]["en"]:
        d.add_paragraph(a, style="List Bullet")
    heading(d, "How to apply", color="4B6B2F")
    para(d, "Apply with the Authority's application form; CVs alone are not accepted. Business mileage is paid at 45p a mile and an essential car user allowance of £963 a year applies to this post.")
    p = d.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    heading(d, "Person specification", color="4B6B2F")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    t.autofit = False
    tblPr = t._tbl.tblPr; lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    widths = [Mm(30), Mm(95), Mm(15), Mm(30)]
    for c, h, w in zip(t.rows[0].cells, ["Attribute", "Criteria", "E / D", "Assessed by"], widths):
        c.text = ""; r = c.paragraphs[0].add_run(h); r.bold = True; shade(c, "DDE8CF"); c.width = w
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in n["rows"]:
        cells = t.add_row().cells
        for c, v, w in zip(cells, row, widths):
            c.text = v; c.width = w
    para(d, "E = essential, D = desirable. A = application form, I = interview, T = practical test.", italic=True, size=8.5)
    return d


def ilzsg():
    n = N["ilzsg"]; d = base(font="Liberation Serif", size=11)
    hp = d.sections[0].header.paragraphs[0]
    hp.add_run("International Lead and Zinc Study Group\t\tVacancy announcement " + n["ref"]).font.size = Pt(8.5)
    fp = d.sections[0].footer.paragraphs[0]
    fp.add_run("Common Secretariat · Rua Almirante Barroso · Lisbon · vacancies@ilzsg.example\t\tPage ")
    field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    for r in fp.runs: r.font.size = Pt(8.5)
    para(d, "INTERNATIONAL LEAD AND ZINC STUDY GROUP", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Vacancy announcement " + n["ref"], align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, n["title"]["en"], bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
    facts_table(d, [("Organization", n["org"]["en"]), ("Duty station", n["loc"]["en"]), ("Grade", n["grade"]),
                    ("Type of appointment", "Fixed-term, three years, with the possibility of extension"),
                    ("Working hours", n["sched"]["en"]), ("Salary", "EUR 61,200 – 70,800 per year, net of national income tax"),
                    ("Date of issue", "2 December 2041"), ("Deadline for applications", "27 January 2042, 17:00 Lisbon time")], fill="E7E1D2")
    heading(d, "1. The Study Group", color="5A4A1E")
    para(d, "The Study Group is an intergovernmental organization whose members account for most of the world's production and use of lead and zinc. Its Secretariat, shared with two sister study groups, publishes monthly statistics, market forecasts and a register of new mine and smelter projects. Meetings of the member governments take place every spring and autumn, and the Secretariat prepares the documents for them.")
    heading(d, "2. The post", color="5A4A1E")
    para(d, "The Statistician reports to the Director of Economics and Statistics and is responsible for the mine and smelter projects database, which tracks new capacity from early exploration to full production.")
    heading(d, "3. Duties and responsibilities", color="5A4A1E")
    for i in ["a. maintain and extend the database of mine and smelter projects;",
              "b. collect company and government data and check it against other sources;",
              "c. prepare the annual projects report and the capacity tables of the forecasts;",
              "d. answer data requests from member governments and industry advisers;",
              "e. present results to the Statistical and Forecasting Committee;",
              "f. perform other duties as required."]:
        para(d, i)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(d, "4. Competencies", color="5A4A1E")
    for a, b in n["comp"]["en"]:
        p = d.add_paragraph(style="List Bullet"); r = p.add_run(a + ":"); r.bold = True; p.add_run(" " + b)
    heading(d, "5. Qualifications and experience", color="5A4A1E")
    para(d, "Essential", bold=True)
    bullets(d, n["ess"]["en"])
    para(d, "Desirable", bold=True)
    bullets(d, n["des"]["en"])
    heading(d, "6. Conditions of service", color="5A4A1E")
    para(d, "The salary is exempt from Portuguese income tax under the headquarters agreement. The Study Group pays a contribution of 15% of salary to the staff provident fund, and a relocation grant of up to EUR 5,000 is paid to staff recruited from outside Portugal. Annual leave is 30 working days.")
    para(d, "Staff members are expected to travel to the meetings of the Study Group, usually twice a year, and occasionally to industry conferences.")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(d, "7. How to apply", color="5A4A1E")
    para(d, "Send a CV, a cover letter and the names of two referees to vacancies@ilzsg.example, quoting the vacancy announcement reference in the subject line. Shortlisted candidates will take a written test in the week of 16 February 2042 and will then be invited to an interview.")
    heading(d, "8. Equal opportunities", color="5A4A1E")
    para(d, "The Study Group welcomes applications from nationals of all member countries and from women and men equally. Only candidates selected for the written test will be contacted.")
    return d


def build():
    os.makedirs(SRC, exist_ok=True)
    out = {}
    for stem, fn in (("mps-vac-42-019-belize", belize), ("dnp-hr-42-07-dartmoor", dartmoor), ("ilzsg-sec-42-02-ilzsg", ilzsg)):
        p = os.path.join(SRC, stem + ".docx")
        fn().save(p)
        out[stem] = p
    return out


if __name__ == "__main__":
    build()
