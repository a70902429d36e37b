# .docx sources for LibreOffice (run with Debian's /usr/bin/python3, which has python-docx).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import D
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), color); tcPr.append(s)

def field(par, instr):
    r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)

def base(doc, font="Liberation Sans", size=10):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)

def para(doc_or_cell, text="", bold=False, italic=False, size=None, color=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    return p

def labelled(p, label, value):
    r = p.add_run(label); r.bold = True; p.add_run(value)

def nauru():
    d = D["csd-hr-40-011"]; R = d["requirements"]["en"]; C = d["competencies"]["en"]
    doc = Document(); base(doc, "Liberation Sans", 10)
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6)
    ft = sec.footer.paragraphs[0]; ft.add_run("CSD/HR/40/011 | Nauru Public Service – Vacancy Notice | Page ")
    field(ft, "PAGE"); ft.add_run(" of "); field(ft, "NUMPAGES")
    for r in ft.runs: r.font.size = Pt(8)
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    a, b = t.rows[0].cells
    a.paragraphs[0].add_run("REPUBLIC OF NAURU").bold = True
    a.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("002B7F"); a.paragraphs[0].runs[0].font.size = Pt(14)
    para(a, "Chief Secretary's Department – Human Resources Division", size=9)
    shade(b, "FFC61E"); b.paragraphs[0].add_run("VACANCY NOTICE").bold = True
    para(b, "Form HRD/VN/2 (rev. 2039)", size=8)
    para(doc, "")
    para(doc, "Post: " + d["title"]["en"], bold=True, size=13)
    facts = [("Reference", d["reference"]), ("Employer", d["organisation"]["en"]),
             ("Department", "Environment Division"), ("Place of work", d["location"]["en"]),
             ("Grade", d["grade"]), ("Salary", "AUD 41,600 – 47,320 per annum"),
             ("Hours", d["schedule"]["en"]), ("Type of appointment", "Contract of three years, renewable"),
             ("Date advertised", "7 March 2040"), ("Closing date", "Wednesday 4 April 2040, 4.00 pm")]
    ft2 = doc.add_table(rows=0, cols=2); ft2.style = "Table Grid"
    for k, v in facts:
        c = ft2.add_row().cells; c[0].paragraphs[0].add_run(k).bold = True; shade(c[0], "DCE6F2"); c[1].paragraphs[0].add_run(v)
        c[0].width = Cm(5); c[1].width = Cm(12)
    doc.add_heading("1. Purpose of the post", level=2)
    para(doc, "The Senior Water Quality Officer leads the monitoring of drinking water, groundwater and coastal waters across the island's fourteen districts, so that the community can rely on safe water supplies and timely advice when contamination is found.")
    doc.add_heading("2. Key responsibilities", level=2)
    for s in ["Plan and carry out the national water sampling programme for tanks, wells and the desalination plant.",
              "Run routine microbiological and chemical tests in the government laboratory and keep accurate records.",
              "Report results to the Secretary and issue public advice when water is unsafe.",
              "Train and supervise two Water Quality Officers and seasonal field assistants.",
              "Work with the Department of Health on outbreaks linked to water."]:
        para(doc, s, style="List Number")
    doc.add_heading("3. Qualifications and experience", level=2)
    p = para(doc, "Essential", bold=True, italic=True)
    for s in R["essential"]: para(doc, s, style="List Bullet")
    para(doc, "Desirable", bold=True, italic=True)
    for s in R["desirable"]: para(doc, s, style="List Bullet")
    doc.add_heading("4. Competencies", level=2)
    for c in C:
        p = doc.add_paragraph(style="List Bullet"); labelled(p, c["name"] + ":", " " + c["description"])
    doc.add_heading("5. How to apply", level=2)
    para(doc, "Applications, with a cover letter, a CV, copies of certificates and the names of two referees, must reach the Human Resources Division, Government Offices, Yaren, or hr-vacancies@nauru-csd.example by Wednesday 4 April 2040, 4.00 pm. A housing allowance of AUD 3,000 per year is payable to officers recruited from overseas. Late applications will not be accepted.")
    doc.save(os.path.join(SRC, "csd-hr-40-011-nauru.libreoffice.docx"))

def iow():
    d = D["iow-ce-40-052"]; R = d["requirements"]["en"]; C = d["competencies"]["en"]
    doc = Document(); base(doc, "Liberation Sans", 10)
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]; hp.add_run("Isle of Wight Council\tJob profile\tIOW/CE/40/052")
    for r in hp.runs: r.font.size = Pt(8)
    para(doc, "ISLE OF WIGHT COUNCIL", bold=True, size=15, color="005A70")
    para(doc, "Job profile and person specification", size=11)
    para(doc, d["title"]["en"], bold=True, size=14)
    facts = [("Reference: ", d["reference"]), ("Employer: ", d["organisation"]["en"]),
             ("Directorate: ", "Regeneration – Coastal Management"), ("Location: ", d["location"]["en"]),
             ("Grade: ", d["grade"]), ("Salary: ", "£39,114 – £43,421 per annum"),
             ("Hours: ", d["schedule"]["en"]), ("Contract: ", "Permanent"),
             ("Closing date: ", "Friday 6 April 2040, 23:59"), ("Interviews: ", "19 April 2040")]
    for k, v in facts:
        p = doc.add_paragraph(); labelled(p, k, v); p.paragraph_format.space_after = Pt(0)
    doc.add_heading("Job purpose", level=2)
    para(doc, "To plan, design and supervise coastal defence and cliff stabilisation work along the Island's 57 miles of coastline, and to keep the shoreline management plan up to date with partners and local communities.")
    doc.add_heading("Key tasks", level=2)
    for s in ["Inspect sea walls, groynes and slopes after storms and record their condition.",
              "Prepare designs, cost estimates and funding bids for coastal schemes.",
              "Supervise contractors and consultants on site and sign off completed work.",
              "Monitor ground movement at Ventnor and other unstable coastal slopes.",
              "Advise planning officers on coastal erosion and flood risk."]:
        para(doc, s, style="List Number")
    doc.add_heading("Our values", level=2)
    para(doc, "We expect every member of staff to show our values:")
    for c in C: para(doc, c["name"], style="List Bullet")
    doc.add_heading("How to apply", level=2)
    para(doc, "Apply online with the reference above by Friday 6 April 2040. A lease car contribution of £1,239 a year is available for essential car users. For an informal discussion, contact the Coastal Manager on coastal-jobs@iow-council.example.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Person specification", level=2)
    rows = [("Qualifications", R["essential"][0], "E", "A"), ("Qualifications", R["desirable"][0], "D", "A"),
            ("Experience", R["essential"][1], "E", "A / I"), ("Experience", R["desirable"][1], "D", "I"),
            ("Knowledge", R["essential"][2], "E", "I"), ("Knowledge", R["desirable"][2], "D", "A"),
            ("Skills", R["essential"][3], "E", "I / T"), ("Other", R["essential"][4], "E", "A")]
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Attribute", "Criteria", "E / D", "Assessed by"]):
        c.paragraphs[0].add_run(h).bold = True; shade(c, "005A70"); c.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row): c.paragraphs[0].add_run(v)
    for row in t.rows:
        for c, w in zip(row.cells, [Cm(3.2), Cm(9.5), Cm(1.6), Cm(2.6)]): c.width = w
    para(doc, "E = essential, D = desirable. A = application form, I = interview, T = test.", italic=True, size=8)
    doc.save(os.path.join(SRC, "iow-ce-40-052-iowcouncil.libreoffice.docx"))

def psf():
    d = D["psf-2040-019"]; R = d["requirements"]["fr"]; C = d["competencies"]["fr"]
    doc = Document(); base(doc, "Liberation Sans", 9)
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5); sec.top_margin = sec.bottom_margin = Cm(1.3)
    cols = OxmlElement("w:cols"); cols.set(qn("w:num"), "3"); cols.set(qn("w:space"), "567"); cols.set(qn("w:sep"), "1")
    sec._sectPr.append(cols)
    hp = sec.header.paragraphs[0]; r = hp.add_run("PORT SUD DE FRANCE · Sète – Frontignan · Offre d'emploi PSF-2040-019")
    r.font.size = Pt(8); r.font.color.rgb = RGBColor.from_string("00629B")
    para(doc, d["title"]["fr"], bold=True, size=14, color="00629B")
    facts = [("Référence : ", d["reference"]), ("Employeur : ", d["organisation"]["fr"] + " (établissement public régional)"),
             ("Lieu : ", d["location"]["fr"]), ("Contrat : ", "CDI de droit privé"),
             ("Horaires : ", d["schedule"]["fr"]),
             ("Rémunération : ", "32 000 € à 37 000 € bruts annuels, plus primes de quart"),
             ("Publication : ", "26/03/2040"), ("Date limite : ", "23/04/2040")]
    for k, v in facts:
        p = doc.add_paragraph(); labelled(p, k, v); p.paragraph_format.space_after = Pt(1)
    para(doc, "LE PORT", bold=True, color="00629B")
    para(doc, "Premier port de Méditerranée pour le trafic de bétail vivant et escale de croisière, le port de Sète-Frontignan accueille aussi des navires rouliers, des vracs agricoles et une flotte de pêche. Ses équipes assurent l'exploitation et l'entretien des quais, des engins et des terminaux.")
    para(doc, "VOS MISSIONS", bold=True, color="00629B")
    for s in ["– assurer la maintenance préventive et corrective des grues, portiques et chariots ;",
              "– diagnostiquer les pannes hydrauliques, électriques et mécaniques ;",
              "– tenir à jour la GMAO et les carnets d'entretien ;",
              "– participer aux astreintes et aux essais réglementaires des engins ;",
              "– veiller au respect des règles de sécurité sur les zones de travail."]:
        p = para(doc, s); p.paragraph_format.space_after = Pt(0)
    para(doc, "VOTRE PROFIL", bold=True, color="00629B")
    for s in R["essential"]: para(doc, s, style="List Bullet")
    para(doc, "LES PLUS", bold=True, color="00629B")
    for s in R["desirable"]: para(doc, s, style="List Bullet")
    para(doc, "VOS QUALITÉS", bold=True, color="00629B")
    for c in C:
        p = doc.add_paragraph(); labelled(p, c["name"] + " : ", c["description"])
    para(doc, "CANDIDATER", bold=True, color="00629B")
    para(doc, "Adressez CV et lettre de motivation à recrutement@psf-sete.example avant le 23/04/2040 en précisant la référence. Les entretiens se tiendront le 9 mai 2040 à la capitainerie.")
    doc.save(os.path.join(SRC, "psf-2040-019-portsete.libreoffice.docx"))

if __name__ == "__main__":
    os.makedirs(SRC, exist_ok=True); nauru(); iow(); psf(); print("docx written")
