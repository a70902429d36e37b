# -*- coding: utf-8 -*-
"""python-docx sources (run with Debian's /usr/bin/python3): Eswatini, Loch Lomond, HELCOM."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from data import N, HERE

SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
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


def base(doc, font="Liberation Sans", size=10):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(1.8); s.bottom_margin = Cm(1.8)


def para(doc, text="", bold=False, italic=False, size=None, color=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    return p


def labelled(p, label, text, sep=": "):
    r = p.add_run(label + sep.rstrip(" ") if sep.strip() else label); r.bold = True
    p.add_run((" " if sep.endswith(" ") else "") + text)


def grid(t):
    t.style = "Table Grid"


# ------------------------------------------------------------ Eswatini
def eswatini():
    d = N["csc-vac-42-019"]; R = d["requirements"]["en"]; K = d["competencies"]["en"]
    doc = Document(); base(doc, size=10)
    sec = doc.sections[0]
    ft = sec.footer.paragraphs[0]
    ft.add_run(f"{d['reference']} | Civil Service Commission – Vacancy Circular | Page ")
    field(ft, "PAGE"); ft.add_run(" of "); field(ft, "NUMPAGES")
    for r in ft.runs: r.font.size = Pt(8)
    t = doc.add_table(rows=1, cols=2); grid(t)
    a, b = t.rows[0].cells
    a.width, b.width = Cm(11), Cm(6)
    pa = a.paragraphs[0]; r = pa.add_run("GOVERNMENT OF THE KINGDOM OF ESWATINI"); r.bold = True; r.font.size = Pt(12)
    r.font.color.rgb = RGBColor.from_string("1F3F8F")
    a.add_paragraph("Civil Service Commission · Umkhandlu Wetisebenti Sahulumende").runs[0].font.size = Pt(8.5)
    a.add_paragraph("Circular No. 14 of 2042 · P.O. Box 170, Mbabane").runs[0].font.size = Pt(8.5)
    shade(b, "FFD200")
    pb = b.paragraphs[0]; r = pb.add_run("VACANCY CIRCULAR"); r.bold = True; r.font.size = Pt(13)
    b.add_paragraph("Form CSC/R/2 (rev. 2040)").runs[0].font.size = Pt(8)
    para(doc)
    para(doc, "Applications are invited from suitably qualified Emaswati to fill the following vacant position in the "
              "Ministry of Natural Resources and Energy.", italic=True)
    p = para(doc); labelled(p, "Position", d["title"]["en"])
    facts = [("Reference", d["reference"]), ("Employer", d["organisation"]["en"]),
             ("Ministry", "Ministry of Natural Resources and Energy"), ("Duty station", d["location"]["en"]),
             ("Grade", d["grade"]), ("Salary", "E 418,236 – E 497,604 per annum (SZL)"),
             ("Terms", "Permanent and pensionable, after two years' probation"),
             ("Hours of work", d["schedule"]["en"]),
             ("Date of circular", "18 July 2042"), ("Closing date", "8 August 2042 at 4.00 p.m.")]
    ft2 = doc.add_table(rows=0, cols=2); grid(ft2)
    for k, v in facts:
        c1, c2 = ft2.add_row().cells
        c1.width, c2.width = Cm(5), Cm(12)
        shade(c1, "E8ECF6"); c1.paragraphs[0].add_run(k).bold = True
        c2.paragraphs[0].add_run(v)
    doc.add_heading("1. Job purpose", level=2)
    para(doc, "To lead the national groundwater assessment programme and advise the Director of Water Affairs on the "
              "safe yield of aquifers used for rural water supply.")
    doc.add_heading("2. Duties and responsibilities", level=2)
    for x in ["Plans and supervises borehole siting, drilling supervision and pumping tests.",
              "Maintains the national groundwater database and monitoring network.",
              "Reviews water-use permit applications for abstraction from boreholes.",
              "Prepares quarterly reports and the annual groundwater bulletin.",
              "Trains and supervises hydrogeological technicians."]:
        para(doc, x, style="List Number")
    doc.add_heading("3. Qualifications, skills and experience", level=2)
    p = para(doc); r = p.add_run("The candidate must have all of the following:"); r.bold = True; r.italic = True
    for x in R["essential"]: para(doc, x, style="List Bullet")
    p = para(doc); r = p.add_run("The following will be an added advantage:"); r.bold = True; r.italic = True
    for x in R["desirable"]: para(doc, x, style="List Bullet")
    doc.add_heading("4. Competencies", level=2)
    for c in K:
        p = doc.add_paragraph(style="List Bullet"); p.add_run(c["name"] + ":").bold = True; p.add_run(" " + c["description"])
    doc.add_heading("5. How to apply", level=2)
    para(doc, "Complete Form B (serving officers also Form C) and attach a CV, certified copies of certificates and of "
              "the national identity document. Hand-deliver or post applications to the Executive Secretary, Civil "
              "Service Commission, Mbabane. Only shortlisted candidates will be contacted; interviews are expected "
              "in the week of 31 August 2042. A housing allowance of E 2,150 per month applies to officers posted "
              "outside Mbabane.")
    doc.save(os.path.join(SRC, "eswatini.docx"))


# ------------------------------------------------------------ Loch Lomond (criteria table on page 2)
def lochlomond():
    d = N["lltnp-42-031"]; R = d["requirements"]["en"]; K = d["competencies"]["en"]
    doc = Document(); base(doc, font="Liberation Sans", size=10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Loch Lomond & The Trossachs National Park\tJob pack\t" + d["reference"]
    for r in hp.runs: r.font.size = Pt(8); r.font.color.rgb = RGBColor.from_string("2E6B4F")
    para(doc, "JOB PACK", bold=True, size=9, color="2E6B4F")
    para(doc, d["title"]["en"], bold=True, size=18, color="1F4436")
    for k, v in [("Reference", d["reference"]), ("Employer", d["organisation"]["en"]),
                 ("Location", d["location"]["en"]),
                 ("Salary", "£35,120 – £39,480 per annum (Grade 6)"), ("Grade", d["grade"]),
                 ("Hours", d["schedule"]["en"]), ("Contract", "Permanent"),
                 ("Closing date", "Monday 11 August 2042 at 12 noon"),
                 ("Interviews", "Thursday 28 August 2042, Balloch")]:
        p = para(doc); labelled(p, k, v)
    doc.add_heading("Job purpose", level=2)
    para(doc, "To lead a team of seasonal rangers who welcome visitors, look after the lochshores and campsites and "
              "help people enjoy the National Park responsibly, especially on busy summer weekends.")
    doc.add_heading("Key tasks", level=2)
    for x in ["Plan weekly ranger patrols and staff rotas across the east Loch Lomond and Trossachs lochs area.",
              "Lead on visitor management at busy sites, working with partners and landowners.",
              "Supervise, coach and support up to eight seasonal rangers and volunteers.",
              "Record incidents and visitor data and contribute to the end-of-season report.",
              "Deliver guided walks and school visits when patrol demands allow."]:
        para(doc, x, style="List Number")
    doc.add_heading("Our values", level=2)
    para(doc, "We expect everyone at the National Park Authority to show our values: " +
         ", ".join(c["name"] for c in K[:-1]) + " and " + K[-1]["name"] + ".")
    for c in K:
        para(doc, c["name"], style="List Bullet")
    doc.add_heading("How to apply", level=2)
    para(doc, "Apply online with the application form; CVs alone are not accepted. An essential car user allowance "
              "of £1,260 a year is paid in addition to salary.")
    para(doc).add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Person specification", level=2)
    rows = [
        ("Qualifications", R["essential"][0], "E", "A"),
        ("Experience", R["essential"][1], "E", "A / I"),
        ("Experience", R["desirable"][0], "D", "A"),
        ("Knowledge", R["essential"][2], "E", "I"),
        ("Skills", R["desirable"][1], "D", "A"),
        ("Other", R["essential"][3], "E", "A"),
        ("Skills", R["desirable"][2], "D", "A / I"),
        ("Other", R["essential"][4], "E", "A / I"),
    ]
    t = doc.add_table(rows=1, cols=4); grid(t)
    widths = [Cm(3.2), Cm(9.8), Cm(1.6), Cm(2.4)]
    # fixed layout
    t.autofit = False
    tblPr = t._tbl.tblPr; lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for i, h in enumerate(["Attribute", "Criteria", "E / D", "Assessed by"]):
        c = t.rows[0].cells[i]; c.width = widths[i]; shade(c, "2E6B4F")
        r = c.paragraphs[0].add_run(h); r.bold = True; r.font.color.rgb = RGBColor.from_string("FFFFFF")
    for row in rows:
        cs = t.add_row().cells
        for i, v in enumerate(row):
            cs[i].width = widths[i]; cs[i].paragraphs[0].add_run(v)
    para(doc, "E = essential, D = desirable. A = application form, I = interview.", italic=True, size=8)
    doc.save(os.path.join(SRC, "lochlomond.docx"))


# ------------------------------------------------------------ HELCOM (three pages, running heads/feet)
def helcom():
    d = N["helcom-va-2042-2"]; R = d["requirements"]["en"]; K = d["competencies"]["en"]
    doc = Document(); base(doc, font="Liberation Serif", size=11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Helsinki Commission – HELCOM\t\tVacancy announcement " + d["reference"]
    for r in hp.runs: r.font.size = Pt(8.5); r.italic = True
    fp = sec.footer.paragraphs[0]
    fp.add_run("HELCOM Secretariat · Katajanokanlaituri 6 B · FI-00160 Helsinki\t\tPage ")
    field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    for r in fp.runs: r.font.size = Pt(8.5)
    para(doc, "VACANCY ANNOUNCEMENT", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, d["title"]["en"], bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Applications are invited for the post of " + d["title"]["en"] + " at the Secretariat of the Helsinki "
              "Commission.", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    t = doc.add_table(rows=0, cols=2); grid(t)
    for k, v in [("Vacancy announcement", d["reference"]), ("Organization", d["organisation"]["en"]),
                 ("Duty station", d["location"]["en"]), ("Type of appointment", "Fixed-term, four years, renewable"),
                 ("Working time", d["schedule"]["en"]),
                 ("Monthly salary", "EUR 5,320 – 6,040 (net, exempt from Finnish income tax)"),
                 ("Date of issue", "30 June 2042"), ("Deadline for applications", "18 August 2042, 16:00 EEST"),
                 ("Expected start", "1 January 2043")]:
        a, b = t.add_row().cells
        a.width, b.width = Cm(5.5), Cm(11.5)
        a.paragraphs[0].add_run(k).bold = True; b.paragraphs[0].add_run(v)
    doc.add_heading("1. The Commission", level=2)
    para(doc, "HELCOM is the governing body of the Convention on the Protection of the Marine Environment of the "
              "Baltic Sea Area. Its Secretariat in Helsinki services the Commission, its working groups and its "
              "expert networks, and maintains the regional monitoring databases and map services. The working "
              "language of the Secretariat is English.")
    doc.add_heading("2. The post", level=2)
    para(doc, "The Marine Monitoring Data Officer is responsible for the regional databases that receive national "
              "monitoring data on eutrophication, hazardous substances and biodiversity, and for the data products "
              "used in the holistic assessments of the state of the Baltic Sea.")
    doc.add_heading("3. Main duties", level=2)
    for i, x in enumerate(["manage the annual reporting cycle of monitoring data from the Contracting Parties;",
                           "run quality checks and follow up with national data reporters;",
                           "maintain and document database structures, code lists and metadata;",
                           "prepare indicator datasets and maps for assessment products;",
                           "support the Monitoring and Assessment Working Group with data analyses;",
                           "represent the Secretariat in data-related meetings of partner organisations."]):
        para(doc, f"{'abcdef'[i]}. {x}")
    para(doc).add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("4. Competencies", level=2)
    for c in K:
        p = para(doc); p.add_run(c["name"] + ":").bold = True; p.add_run(" " + c["description"])
    doc.add_heading("5. Qualifications and experience", level=2)
    p = para(doc); p.add_run("Essential").bold = True
    for x in R["essential"]: para(doc, x, style="List Bullet")
    p = para(doc); p.add_run("Desirable").bold = True
    for x in R["desirable"]: para(doc, x, style="List Bullet")
    doc.add_heading("6. Conditions of service", level=2)
    para(doc, "The salary is non-incremental. Staff members from outside Finland receive an expatriation allowance of "
              "15% of salary and a one-off installation grant of EUR 3,000. The Commission contributes to a pension "
              "scheme and to health insurance. Annual leave is 30 working days.")
    para(doc).add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("7. Eligibility", level=2)
    para(doc, "The post is open to nationals of the Contracting Parties to the Helsinki Convention and of the Member "
              "States of the European Union.")
    doc.add_heading("8. How to apply", level=2)
    para(doc, "Send a cover letter and a CV in English, with the names of two referees, to vacancy@helcom.example, "
              "quoting the reference in the subject line. Shortlisted candidates will be invited to a written test "
              "on 2 September 2042 and to interviews in Helsinki in the week of 15 September 2042. Incomplete or late "
              "applications will not be considered.")
    doc.save(os.path.join(SRC, "helcom.docx"))


if __name__ == "__main__":
    eswatini(); lochlomond(); helcom()
