# Word (.docx) sources for LibreOffice: Montserrat (header table) and Ascension (criteria table). Run with /usr/bin/python3.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import N, HERE
from docx import Document
from docx.shared import Pt, RGBColor, Mm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcolor); tcPr.append(s)

def field(par, instr):
    r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)

def base():
    d = Document(); st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    s = d.sections[0]; s.page_height = Mm(297); s.page_width = Mm(210); s.left_margin = s.right_margin = Mm(20)
    return d

def montserrat():
    n = N["odg-hrmu-37-112"]; E = n["en"]; d = base(); s = d.sections[0]
    ht = s.header.add_table(1, 2, Mm(170)); ht.style = "Table Grid"
    c0, c1 = ht.rows[0].cells
    c0.text = ""; p = c0.paragraphs[0]; r = p.add_run("GOVERNMENT OF MONTSERRAT"); r.bold = True; r.font.color.rgb = RGBColor(255, 255, 255)
    c0.add_paragraph("Office of the Deputy Governor – Human Resources Management Unit").runs[0].font.color.rgb = RGBColor(255, 255, 255)
    shade(c0, "1F5C3A"); shade(c1, "E2EFE6")
    c1.text = ""; c1.paragraphs[0].add_run("VACANCY ANNOUNCEMENT").bold = True
    c1.add_paragraph("Form HRMU-VA-2 · Public Service of Montserrat")
    fp = s.footer.paragraphs[0]; fp.text = f"{n['ref']} | Vacancy announcement | Page "
    field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    d.add_paragraph().add_run(E["title"]).bold = True
    d.paragraphs[-1].runs[0].font.size = Pt(16)
    facts = [("Post", E["title"]), ("Reference", n["ref"]), ("Employer", E["org"]),
             ("Ministry", "Ministry of Communications, Works, Labour and Energy"), ("Department", "Physical Planning Unit"),
             ("Reports to", "Chief Building Officer"), ("Location", E["loc"]), ("Grade", "R 34"),
             ("Salary", "XCD 58,212 – 64,860 per annum (EC$), plus XCD 3,600 travelling allowance"),
             ("Hours", E["sched"]), ("Appointment", "Permanent and pensionable, subject to a one-year probation"),
             ("Date of advertisement", "20 April 2037"), ("Closing date", "7 May 2037 at 4:00 pm"), ("Interviews", "Week of 25 May 2037")]
    t = d.add_table(rows=0, cols=4); t.style = "Table Grid"
    for i in range(0, len(facts), 2):
        row = t.add_row().cells
        for j, (a, b) in enumerate(facts[i:i + 2]):
            row[2 * j].text = ""; row[2 * j].paragraphs[0].add_run(a).bold = True; shade(row[2 * j], "E2EFE6"); row[2 * j + 1].text = b
    d.add_heading("1. Job purpose", level=2)
    d.add_paragraph("To lead the inspection of building works across the island so that new and altered buildings are safe, accessible and resilient to hurricanes and earthquakes, and to advise the Development Control Authority on building applications.")
    d.add_heading("2. Key responsibilities", level=2)
    for x in ["Check building plans against the Building Code and write plan-review reports.",
              "Inspect foundations, structural frames, roofs and drainage at the required stages.",
              "Issue stop notices and completion certificates, and keep the inspection register.",
              "Supervise, train and allocate work to two Building Inspectors.",
              "Advise owners and contractors on safe construction and on the repair of volcanic and storm damage.",
              "Prepare monthly statistics for the Director of Physical Planning."]:
        d.add_paragraph(x, style="List Number")
    d.add_heading("3. Person specification", level=2)
    p = d.add_paragraph(); r = p.add_run("Essential"); r.bold = True; r.italic = True
    for x in E["ess"]: d.add_paragraph(x, style="List Bullet")
    p = d.add_paragraph(); r = p.add_run("Desirable"); r.bold = True; r.italic = True
    for x in E["des"]: d.add_paragraph(x, style="List Bullet")
    d.add_heading("4. Core competencies", level=2)
    for a, b in E["comp"]:
        p = d.add_paragraph(style="List Bullet"); p.add_run(a + ":").bold = True; p.add_run(" " + b)
    d.add_heading("5. How to apply", level=2)
    d.add_paragraph("Completed Government of Montserrat application forms, with a CV, copies of certificates and two references, should be sent to the Human Resources Management Unit, Brades, or by e-mail to hrmu.recruitment@gov.example. Serving officers must apply through their Permanent Secretary. Only shortlisted applicants will be contacted.")
    d.add_paragraph("Preference will be given to suitably qualified Montserratians; non-nationals will need a work permit.")
    return d

def ascension():
    n = N["aig-hr-2037-019"]; E = n["en"]; d = base(); s = d.sections[0]
    s.header.paragraphs[0].text = "ASCENSION ISLAND GOVERNMENT\tJob Description and Person Specification"
    fp = s.footer.paragraphs[0]; fp.text = f"{n['ref']} – page "; field(fp, "PAGE")
    d.add_paragraph().add_run(E["title"]).bold = True; d.paragraphs[-1].runs[0].font.size = Pt(16)
    facts = [("Reference:", n["ref"]), ("Employer:", E["org"]), ("Directorate:", "Operations – Power and Water"),
             ("Responsible to:", "Power and Water Manager"), ("Location:", E["loc"]), ("Grade:", "AIG 5"),
             ("Salary:", "£27,540 – £30,120 per annum, plus food allowance of £1,850 per annum"),
             ("Hours:", E["sched"]), ("Contract:", "Two years, single status, with rent-free accommodation"),
             ("Advertised:", "17 April 2037"), ("Closing date:", "11 May 2037, 12 noon (GMT)")]
    t = d.add_table(rows=0, cols=2)
    for a, b in facts:
        c = t.add_row().cells; c[0].text = ""; c[0].paragraphs[0].add_run(a).bold = True; c[1].text = b
    d.add_heading("Job purpose", level=2)
    d.add_paragraph("To operate and maintain the island's diesel power station and desalination plant so that Georgetown, Two Boats and the airhead have a safe and continuous supply of electricity and drinking water.")
    d.add_heading("Key tasks", level=2)
    for x in ["Carry out daily checks, readings and routine servicing of generators and pumps.",
              "Operate the reverse-osmosis units and test water quality.",
              "Find and repair faults on plant, control panels and distribution equipment.",
              "Keep stock of spares and order parts from the UK and South Africa.",
              "Take part in the out-of-hours standby rota."]:
        d.add_paragraph(x, style="List Number")
    d.add_page_break()
    d.add_heading("Person specification", level=2)
    rows = [("Qualifications", E["ess"][0], "E", "A"), ("Experience", E["ess"][1], "E", "A / I"),
            ("Experience", E["des"][0], "D", "A / I"), ("Skills", E["ess"][2], "E", "I / T"),
            ("Qualifications", E["des"][1], "D", "A"), ("Skills", E["ess"][3], "E", "A / T"),
            ("Other", E["ess"][4], "E", "I"), ("Other", E["des"][2], "D", "A / I")]
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Area", "Criteria", "E / D", "Assessed by"]):
        c.text = ""; c.paragraphs[0].add_run(h).bold = True; shade(c, "D9E2F3")
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r): c[i].text = v
    t.autofit = False
    for col, w in zip(t.columns, (28, 102, 14, 26)): col.width = Mm(w)
    for row in t.rows:
        for c, w in zip(row.cells, (28, 102, 14, 26)): c.width = Mm(w)
    d.add_paragraph("E = essential, D = desirable. A = application form, I = interview, T = practical test.")
    d.add_heading("Personal attributes", level=2)
    for a, b in E["comp"]: d.add_paragraph(a, style="List Bullet")
    d.add_heading("How to apply", level=2)
    d.add_paragraph("Download the AIG application form, complete it and e-mail it with a covering letter to aig.recruitment@ascension.example. Flights on appointment and at the end of contract, rent-free accommodation and a gratuity at the end of the contract are provided. Interviews will be held by video call in the week of 25 May 2037.")
    return d

if __name__ == "__main__":
    d = os.path.join(HERE, "src"); os.makedirs(d, exist_ok=True)
    montserrat().save(os.path.join(d, "odg-hrmu-37-112-gov-ms.docx"))
    ascension().save(os.path.join(d, "aig-hr-2037-019-ascension.docx"))
    print("docx written")
