# Word documents (python-docx; run with /usr/bin/python3) for LibreOffice: Tokelau, Ceredigion, Corrèze.
import os
from docx import Document
from docx.shared import Pt, RGBColor, Mm
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from data import N

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
os.makedirs(SRC, exist_ok=True)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)


def base(doc, font="Liberation Sans", size=10):
    st = doc.styles["Normal"]
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)


def para(doc, text, bold=False, italic=False, size=None, color=None, style=None, space=4):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_after = Pt(space)
    return p


def labelled(doc, label, value, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(label); r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


# ------------------------------------------------------------------ 2 Tokelau: Word template with a header table
def tokelau():
    e = N["tps-vn-41-014"]; R = e["requirements"]["en"]; Cp = e["competencies"]["en"]
    doc = Document(); base(doc)
    sec = doc.sections[0]; sec.page_height = Mm(297); sec.page_width = Mm(210)
    sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(18); sec.bottom_margin = Mm(18)
    fp = sec.footer.paragraphs[0]
    fp.add_run(f"{e['reference']} | Tokelau Public Service – Vacancy Notice | Page ")
    field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    for r in fp.runs: r.font.size = Pt(7.5)
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].add_run("GOVERNMENT OF TOKELAU").bold = True
    c0.add_paragraph("Tokelau Public Service Commission · Ofiha o te Komehina")
    c0.add_paragraph("Apia Liaison Office, Samoa")
    shade(c0, "D9ECF2")
    r = c1.paragraphs[0].add_run("VACANCY NOTICE"); r.bold = True; r.font.size = Pt(14)
    c1.add_paragraph("Form TPSC/R/3 (rev. 2039)")
    shade(c1, "F6D58E")
    para(doc, "")
    para(doc, "Applications are invited from suitably qualified persons for the following position in the Tokelau Public Service.", italic=True)
    labelled(doc, "Post: ", e["title"]["en"])
    ft = doc.add_table(rows=0, cols=2); ft.style = "Table Grid"
    for a, b in [("Reference", e["reference"]), ("Employer", e["organisation"]["en"]),
                 ("Department", "Department of Energy"), ("Duty station", e["location"]["en"]),
                 ("Grade", e["grade"]), ("Salary", "NZ$52,400 – NZ$58,900 per annum (NZD)"),
                 ("Hours of work", e["schedule"]["en"]), ("Term", "Three-year contract, renewable"),
                 ("Date advertised", "8 May 2041"), ("Closing date", "5 June 2041, 4.00 pm (Apia time)")]:
        row = ft.add_row().cells
        row[0].paragraphs[0].add_run(a).bold = True; shade(row[0], "E7EEF1")
        row[1].paragraphs[0].add_run(b)
    doc.add_heading("1. Purpose of the position", level=2)
    para(doc, "Nukunonu draws almost all of its electricity from a solar array with battery storage. The technician keeps this "
              "system and the village distribution network in good order, plans preventive maintenance and trains local "
              "staff so that repairs do not depend on visiting contractors.")
    doc.add_heading("2. Key responsibilities", level=2)
    for x in ["Inspect panels, inverters, batteries and switchboards on a monthly schedule.",
              "Diagnose faults and restore supply as quickly as conditions on the atoll allow.",
              "Keep the spare parts register and order parts for the quarterly shipping run.",
              "Record generation and load data and report monthly to the Director of Energy.",
              "Train and supervise two assistant technicians."]:
        doc.add_paragraph(x, style="List Number")
    doc.add_heading("3. Person specification", level=2)
    p = para(doc, "Essential", bold=True, italic=True)
    for x in R["essential"]: doc.add_paragraph(x, style="List Bullet")
    p = para(doc, "Desirable", bold=True, italic=True)
    for x in R["desirable"]: doc.add_paragraph(x, style="List Bullet")
    doc.add_heading("4. Competencies", level=2)
    for c in Cp:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(c["name"] + ":").bold = True
        p.add_run(" " + c["description"])
    doc.add_heading("5. How to apply", level=2)
    para(doc, "Send a cover letter, a CV, copies of certificates and the names of two referees to the Tokelau Public Service "
              "Commission, recruitment@tokelau-psc.example. Travel to Nukunonu by the scheduled ship is paid by the employer. "
              "Late applications will not be considered.")
    doc.save(os.path.join(SRC, "tps-vn-41-014-tokelau.docx"))


# ------------------------------------------------------------------ 3 Ceredigion: criteria table
def ceredigion():
    e = N["cyn-41-233"]; R = e["requirements"]["en"]; Cp = e["competencies"]["en"]
    doc = Document(); base(doc, "Liberation Sans", 10)
    sec = doc.sections[0]; sec.page_height = Mm(297); sec.page_width = Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    hp = sec.header.paragraphs[0]
    hp.text = f"Ceredigion County Council\tJob description and person specification\t{e['reference']}"
    for r in hp.runs: r.font.size = Pt(8)
    para(doc, "Ceredigion County Council · Cyngor Sir Ceredigion", bold=True, size=13, color="1F5E3B")
    para(doc, e["title"]["en"], bold=True, size=16)
    para(doc, "Economy and Regeneration – Countryside and Coast Service", italic=True)
    for a, b in [("Job reference: ", e["reference"]), ("Employer: ", e["organisation"]["en"]),
                 ("Base: ", e["location"]["en"]), ("Grade: ", e["grade"]),
                 ("Salary: ", "£35,745 – £38,626 per annum"), ("Hours: ", e["schedule"]["en"]),
                 ("Contract: ", "Permanent"), ("Closing date: ", "7 June 2041 at 12 noon"),
                 ("Interviews: ", "week commencing 23 June 2041")]:
        labelled(doc, a, b)
    doc.add_heading("Job purpose", level=2)
    para(doc, "To keep Ceredigion's public rights of way, access land and coastal path open, safe and well signed, working with "
              "landowners, community councils and volunteers, and to deal with reports of obstructions from the public.")
    doc.add_heading("Key tasks", level=2)
    for x in ["Inspect paths and bridges and plan programmes of repairs.",
              "Deal with reports of obstructions and negotiate solutions with landowners.",
              "Process diversion and closure orders with the legal team.",
              "Organise volunteer work parties and supervise contractors.",
              "Keep the rights of way records and the definitive map up to date."]:
        doc.add_paragraph(x, style="List Number")
    doc.add_heading("Our behaviours", level=2)
    for c in Cp: doc.add_paragraph(c["name"], style="List Bullet")
    doc.add_heading("How to apply", level=2)
    para(doc, "Apply online through the Council's careers site. CVs are not accepted. Applications may be made in Welsh or "
              "English and will be treated equally. A car allowance of £1,150 a year is paid to essential car users.")
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Person specification", level=2)
    rows = [("Qualifications", R["essential"][0], "E", "A"),
            ("Experience", R["essential"][1], "E", "A / I"),
            ("Experience", R["desirable"][0], "D", "A / I"),
            ("Knowledge", R["essential"][2], "E", "I"),
            ("Knowledge", R["desirable"][1], "D", "I"),
            ("Skills", R["desirable"][2], "D", "A / T"),
            ("Language", R["essential"][3], "E", "A / I"),
            ("Other", R["essential"][4], "E", "A")]
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, hd in enumerate(["Attribute", "Criteria", "E / D", "Assessed by"]):
        t.rows[0].cells[i].paragraphs[0].add_run(hd).bold = True; shade(t.rows[0].cells[i], "D5E8DC")
    for r_ in rows:
        cs = t.add_row().cells
        for i, v in enumerate(r_): cs[i].paragraphs[0].add_run(v)
    for row in t.rows:
        for i, w in enumerate([Mm(28), Mm(100), Mm(14), Mm(26)]): row.cells[i].width = w
    para(doc, "")
    para(doc, "E = essential, D = desirable. A = application form, I = interview, T = test.", italic=True, size=8)
    doc.save(os.path.join(SRC, "cyn-41-233-ceredigion.docx"))


# ------------------------------------------------------------------ 10 Corrèze: landscape page in columns
def correze():
    e = N["ca19-rh-2041-08"]; R = e["requirements"]["fr"]; Cp = e["competencies"]["fr"]
    doc = Document(); base(doc, "Liberation Sans", 8.6)
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Mm(297); sec.page_height = Mm(210)
    sec.left_margin = sec.right_margin = Mm(12); sec.top_margin = Mm(14); sec.bottom_margin = Mm(12)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("CHAMBRE D'AGRICULTURE DE LA CORRÈZE · OFFRE D'EMPLOI"); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x2E, 0x7D, 0x32)
    green = "2E7D32"
    para(doc, "OFFRE D'EMPLOI · CDI", bold=True, size=8, color="777777", space=0)
    para(doc, e["title"]["fr"], bold=True, size=15, color=green)
    from docx.enum.section import WD_SECTION
    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = OxmlElement("w:cols"); cols.set(qn("w:num"), "3"); cols.set(qn("w:space"), "420"); cols.set(qn("w:sep"), "1")
    sec2._sectPr.append(cols)
    for a, b in [("Référence : ", e["reference"]), ("Employeur : ", e["organisation"]["fr"]),
                 ("Lieu : ", e["location"]["fr"]), ("Contrat : ", "CDI"),
                 ("Horaires : ", e["schedule"]["fr"]),
                 ("Salaire : ", "30 000 à 34 000 € bruts annuels selon expérience, treizième mois compris"),
                 ("Publication : ", "20/05/2041"), ("Date limite : ", "27/06/2041")]:
        labelled(doc, a, b)
    def head(x):
        para(doc, x, bold=True, color=green, space=2)
    head("LA CHAMBRE")
    para(doc, "Établissement public au service des agriculteurs et des territoires, la Chambre d'agriculture de la Corrèze "
              "accompagne plus de 4 000 exploitations : élevage bovin et ovin, pommes du Limousin, petits fruits et maraîchage.")
    head("VOS MISSIONS")
    for x in ["accompagner les producteurs qui vendent en circuits courts (magasins de producteurs, marchés, drive fermier) ;",
              "conseiller les exploitations en conversion à l'agriculture biologique ;",
              "mettre en relation producteurs et restauration collective ;",
              "animer des formations et des groupes d'échanges ;",
              "contribuer au projet alimentaire territorial du département."]:
        para(doc, "– " + x, space=1)
    doc.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
    head("VOTRE PROFIL")
    for x in R["essential"]: doc.add_paragraph(x, style="List Bullet")
    head("LES PLUS")
    for x in R["desirable"]: doc.add_paragraph(x, style="List Bullet")
    head("VOS QUALITÉS")
    for c in Cp:
        p = doc.add_paragraph(); p.add_run(c["name"] + " :").bold = True; p.add_run(" " + c["description"])
        p.paragraph_format.space_after = Pt(1)
    head("CANDIDATURE")
    para(doc, "Lettre et CV à recrutement@correze-agri.example avant la date limite. Entretiens prévus le 8 juillet 2041. "
              "Véhicule de service et tickets-restaurant.")
    doc.save(os.path.join(SRC, "ca19-rh-2041-08-correze.docx"))


if __name__ == "__main__":
    tokelau(); ceredigion(); correze()
