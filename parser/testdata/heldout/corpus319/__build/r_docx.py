# LibreOffice sources (python-docx, Debian /usr/bin/python3): Sint Maarten, North York Moors, CISALB, SMIDDEST
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from docx import Document
from docx.shared import Pt, Mm, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(HERE, "lo_src"); os.makedirs(OUT, exist_ok=True)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)

def borders(table, sz=6, color="444444"):
    tblPr = table._tbl.tblPr; b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}"); el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:color"), color); b.append(el)
    tblPr.append(b)

def field(par, code):
    r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code; r2._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    par.add_run("1")
    r4 = par.add_run(); f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r4._r.append(f3)

def para(doc_or_cell, text="", bold=False, italic=False, size=None, color=None, align=None, style=None, after=3):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p

def runs(p, parts):
    for t, b in parts:
        r = p.add_run(t); r.bold = b
    return p

def base(doc, font="Liberation Sans", size=10):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)

def col_widths(table, widths):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

def facts_table(doc, rows, label_fill, widths=(Mm(48), Mm(122))):
    t = doc.add_table(rows=0, cols=2); borders(t, 4, "7f7f7f")
    for k, v in rows:
        c = t.add_row().cells
        c[0].paragraphs[0].add_run(k).bold = True; shade(c[0], label_fill)
        c[1].paragraphs[0].add_run(v)
    col_widths(t, widths)
    return t

# ------------------------------------------------------------------ Sint Maarten
def sxm():
    d = N["hrm-vac-44-019"]; doc = Document(); base(doc, "Liberation Serif", 10.5)
    sec = doc.sections[0]; sec.page_width = Mm(210); sec.page_height = Mm(297)
    sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(42); sec.header_distance = Mm(10)
    hdr = sec.header; ht = hdr.add_table(rows=1, cols=2, width=Mm(170)); borders(ht, 8, "1f3864")
    a, b = ht.rows[0].cells; shade(a, "d9e2f3"); shade(b, "1f3864")
    a.paragraphs[0].add_run("GOVERNMENT OF SINT MAARTEN").bold = True
    para(a, "Ministry of General Affairs · Department of Human Resources", size=9, after=0)
    para(a, "Soualiga Road 1, Philipsburg (Government Administration Building)", size=8, after=0)
    r = b.paragraphs[0].add_run("VACANCY NOTICE"); r.bold = True; r.font.color.rgb = RGBColor(255, 255, 255); r.font.size = Pt(14)
    p = para(b, "Internal and external · Form HRM/R-02 (rev. 2042)", size=8, color="FFFFFF", after=0)
    col_widths(ht, (Mm(105), Mm(65)))
    fp = sec.footer.paragraphs[0]; fp.add_run(f"{d['reference']}\tGovernment of Sint Maarten – Vacancy Notice\tPage ")
    field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    para(doc, "The Government of Sint Maarten is looking for professionals who want to contribute actively to the development of the country. The Ministry of Public Housing, Spatial Planning, Environment and Infrastructure (VROMI) invites applications for the following position:", italic=True)
    p = para(doc); runs(p, [("Position: ", True), (d["title"]["en"] + " (1 position)", True)])
    facts_table(doc, [
        ("Vacancy number", d["reference"]),
        ("Employer", d["organisation"]["en"]),
        ("Ministry", "Ministry of Public Housing, Spatial Planning, Environment and Infrastructure (VROMI)"),
        ("Work location", d["location"]["en"]),
        ("Salary scale", "Scale 9"),
        ("Salary", "XCG 4,312 – XCG 6,118 gross per month (Caribbean guilder), depending on education and experience"),
        ("Working hours", d["schedule"]["en"]),
        ("Type of appointment", "Permanent, after a probation period of one year"),
        ("Date of publication", "Wednesday 13 April 2044"),
        ("Closing date", "Friday 6 May 2044 at 12:00 noon"),
    ], "d9e2f3")
    para(doc, "")
    def H(t): para(doc, t, bold=True, size=11.5, color="1F3864", after=2)
    H("1. Objective of the position")
    para(doc, "The Senior Building Permit Evaluator assesses complex applications for building, demolition and use permits against the applicable ordinances and the zoning plans, and prepares decisions for signature by the Minister. He/she coordinates the evaluation team in the absence of the Head of the Section.")
    H("2. Result areas")
    for t in ["Evaluates building permit applications for hotels, apartment buildings and commercial projects;",
              "Advises applicants and their architects before and during the application process;",
              "Drafts permit decisions, conditions and refusals within the legal time limits;",
              "Carries out site inspections together with the Inspection Department when needed;",
              "Contributes to the revision of the hurricane building code and its guidelines."]:
        para(doc, t, style="List Number", after=1)
    H("3. Requirements")
    p = para(doc, "Essential", bold=True, italic=True, after=1)
    for t in d["ess"]["en"]: para(doc, t, style="List Bullet", after=1)
    p = para(doc, "Desirable", bold=True, italic=True, after=1)
    for t in d["des"]["en"]: para(doc, t, style="List Bullet", after=1)
    H("4. Competencies")
    for n, s in d["comp"]["en"]:
        p = doc.add_paragraph(style="List Bullet"); runs(p, [(n + ":", True), (" " + s, False)]); p.paragraph_format.space_after = Pt(1)
    H("5. Terms of employment")
    para(doc, "Civil servants receive a vacation allowance of 8% of the annual salary, a monthly transport allowance of XCG 150 for field staff and a contribution to the health insurance premium. A medical examination is part of the appointment procedure. Interviews are expected in the week of 23 May 2044.")
    H("6. Applications")
    para(doc, "Send your application letter, CV, copies of diplomas and a recent police record to the Department of Human Resources, quoting vacancy number " + d["reference"] + ", no later than Friday 6 May 2044 at 12:00 noon (hr.vacancies@sintmaartengov.example). Incomplete applications will not be considered.")
    doc.save(os.path.join(OUT, "hrm-vac-44-019-sintmaarten.libreoffice.docx"))

# ------------------------------------------------------------------ North York Moors
def nym():
    d = N["nym-44-018"]; doc = Document(); base(doc, "Liberation Sans", 10)
    sec = doc.sections[0]; sec.page_width = Mm(210); sec.page_height = Mm(297)
    sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(25)
    hp = sec.header.paragraphs[0]; hp.add_run("North York Moors National Park Authority\t\tRecruitment pack · " + d["reference"]).italic = True
    fp = sec.footer.paragraphs[0]; fp.add_run("National Park Office, Helmsley, York · Page "); field(fp, "PAGE")
    para(doc, "RECRUITMENT PACK", bold=True, size=9, color="6A8D3A", after=0)
    para(doc, d["title"]["en"], bold=True, size=20, color="2E4A1E", after=6)
    for k, v in [("Reference", d["reference"]), ("Employer", d["organisation"]["en"]),
                 ("Based at", d["location"]["en"]), ("Hours", d["schedule"]["en"]),
                 ("Contract", "Fixed term for three years (externally funded)"),
                 ("Grade", "Band 6 – £33,150 to £36,720 a year"),
                 ("Closing date", "Monday 9 May 2044 at 10:00 a.m."),
                 ("Interviews", "Thursday 19 May 2044 at Helmsley, with an evening sky walk")]:
        p = para(doc, after=1); runs(p, [(k + ": ", True), (v, False)])
    para(doc, "")
    def H(t): para(doc, t, bold=True, size=12.5, color="2E4A1E", after=2)
    H("About the project")
    para(doc, "The North York Moors is one of the darkest places in England. Our three-year project works with communities, farms and businesses to reduce light spill, to help people enjoy the night sky and to protect nocturnal wildlife such as bats, moths and nightjars. The project is funded by a heritage grant and by partner councils.")
    H("Main tasks")
    for t in ["Give free lighting advice to householders, parish councils and tourism businesses.",
              "Comment on the lighting aspects of planning applications with the planning team.",
              "Organise the annual Dark Skies Festival and regular stargazing evenings.",
              "Recruit and train volunteer night sky ambassadors.",
              "Monitor sky brightness at fixed points and report to funders."]:
        para(doc, t, style="List Number", after=1)
    H("Our values")
    para(doc, "Everything we do is guided by three values: being curious, inclusive and responsible. In your application, please give an example of each:")
    for n, _ in d["comp"]["en"]: para(doc, n, style="List Bullet", after=1)
    H("Pay and benefits")
    para(doc, "You will join the Local Government Pension Scheme and receive 26 days of annual leave rising to 31 days, plus bank holidays. Night work is paid at time and a third, and we refund business mileage at 45p a mile. An essential car user allowance of £963 a year applies to this post.")
    p = para(doc); p.add_run().add_break(WD_BREAK.PAGE)
    H("Person specification")
    para(doc, "Each criterion is marked E (essential) or D (desirable), with the way it will be assessed.", italic=True)
    t = doc.add_table(rows=1, cols=4); borders(t, 6, "2E4A1E")
    for i, h in enumerate(["Attribute", "Criteria", "E / D", "Assessed by"]):
        c = t.rows[0].cells[i]; r = c.paragraphs[0].add_run(h); r.bold = True; r.font.color.rgb = RGBColor(255, 255, 255); shade(c, "2E4A1E")
    for attr, idx, ed, how in d["criteria"]:
        text = d["ess"]["en"][idx] if ed == "E" else d["des"]["en"][int(idx[1:])]
        c = t.add_row().cells
        c[0].paragraphs[0].add_run(attr).bold = True; c[1].paragraphs[0].add_run(text)
        c[2].paragraphs[0].add_run(ed); c[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        c[3].paragraphs[0].add_run(how)
    col_widths(t, (Mm(30), Mm(90), Mm(15), Mm(35)))
    para(doc, "")
    para(doc, "E = essential, D = desirable. Candidates who meet all the essential criteria and declare a disability are guaranteed an interview.", size=8.5, italic=True)
    H("How to apply")
    para(doc, "Apply online through the Authority's jobs page using the application form. CVs on their own are not accepted. The closing date is 9 May 2044 at 10:00 a.m.")
    doc.save(os.path.join(OUT, "nym-44-018-northyorkmoors.libreoffice.docx"))

# ------------------------------------------------------------------ CISALB (form with boxes)
def cisalb():
    d = N["cisalb-2044-04"]; doc = Document(); base(doc, "Liberation Sans", 9.5)
    sec = doc.sections[0]; sec.page_width = Mm(210); sec.page_height = Mm(297)
    sec.left_margin = sec.right_margin = Mm(16); sec.top_margin = Mm(16); sec.bottom_margin = Mm(16)
    fp = sec.footer.paragraphs[0]; fp.add_run("CISALB – Fiche de poste – Formulaire RH-03\tpage "); field(fp, "PAGE"); fp.add_run(" / "); field(fp, "NUMPAGES")
    para(doc, "FICHE DE POSTE – OFFRE D'EMPLOI", bold=True, size=15, color="00587A", align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    def box_table(cells, widths):
        t = doc.add_table(rows=1, cols=len(cells)); borders(t, 8, "00587A")
        for i, (lab, val) in enumerate(cells):
            c = t.rows[0].cells[i]; r = c.paragraphs[0].add_run(lab.upper()); r.font.size = Pt(7); r.bold = True; r.font.color.rgb = RGBColor(0x00, 0x58, 0x7A)
            if isinstance(val, list):
                for v in val: para(c, v, after=0)
            else:
                para(c, val, after=0)
        col_widths(t, widths); para(doc, "", after=2); return t
    def bar(t):
        t2 = doc.add_table(rows=1, cols=1); c = t2.rows[0].cells[0]; shade(c, "00587A")
        r = c.paragraphs[0].add_run(t); r.bold = True; r.font.color.rgb = RGBColor(255, 255, 255)
        para(doc, "", after=1)
    box_table([("N° de l'offre", d["reference"]), ("Diffusée le", "04/04/2044"), ("Service", "Pôle lac et qualité des eaux")], (Mm(60), Mm(50), Mm(68)))
    bar("1 · IDENTIFICATION DU POSTE")
    box_table([("Intitulé du poste", d["title"]["fr"])], (Mm(178),))
    box_table([("Employeur", d["organisation"]["fr"]), ("Cadre d'emplois", "Techniciens territoriaux (catégorie B), par voie statutaire ou contractuelle")], (Mm(95), Mm(83)))
    box_table([("Lieu de travail", d["location"]["fr"]), ("Supérieur hiérarchique", "Responsable du pôle lac et qualité des eaux")], (Mm(95), Mm(83)))
    box_table([("Nature du contrat", ["☒ Emploi permanent (titulaire ou contractuel)", "☐ CDD de projet", "☐ Apprentissage"]),
               ("Temps de travail", ["☒ " + d["schedule"]["fr"], "☐ Temps partiel (80 %)"])], (Mm(89), Mm(89)))
    bar("2 · MISSIONS")
    box_table([("Missions principales", ["▸ réaliser les campagnes mensuelles de prélèvements sur le lac et ses affluents ;",
                                        "▸ assurer les mesures de terrain (sonde multiparamètres, disque de Secchi) ;",
                                        "▸ saisir, contrôler et valider les données dans la base du suivi ;",
                                        "▸ entretenir le bateau, les sondes et le matériel de prélèvement ;",
                                        "▸ participer à l'information du public sur la qualité des eaux de baignade."])], (Mm(178),))
    bar("3 · PROFIL")
    box_table([("Connaissances et diplômes exigés", ["▸ " + x for x in d["ess"]["fr"]])], (Mm(178),))
    box_table([("Seraient appréciés", ["▸ " + x for x in d["des"]["fr"]])], (Mm(178),))
    box_table([("Qualités attendues", ["▸ " + n + " : " + s for n, s in d["comp"]["fr"]])], (Mm(178),))
    bar("4 · CONDITIONS")
    box_table([("Rémunération", "De 2 150 € à 2 600 € bruts mensuels selon expérience, régime indemnitaire compris"),
               ("Avantages", "Participation employeur à la mutuelle de 25 € par mois, CNAS, forfait mobilités durables de 200 € par an")], (Mm(89), Mm(89)))
    box_table([("Date limite de candidature", "12/05/2044"), ("Jury de recrutement", "24/05/2044"), ("Prise de poste souhaitée", "01/07/2044")], (Mm(60), Mm(55), Mm(63)))
    bar("5 · CANDIDATURE")
    para(doc, "Lettre de motivation et CV à adresser à M. le Président du CISALB, par courriel à recrutement@cisalb.example, en rappelant la référence " + d["reference"] + ", avant le 12/05/2044.", after=2)
    box_table([("Visa du responsable de pôle", " \n "), ("Visa de la direction", " \n ")], (Mm(89), Mm(89)))
    doc.save(os.path.join(OUT, "cisalb-2044-04-cisalb.libreoffice.docx"))

# ------------------------------------------------------------------ SMIDDEST (landscape in columns)
def smiddest():
    d = N["smiddest-2044-02"]; doc = Document(); base(doc, "Liberation Serif", 10.5)
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width = Mm(297); sec.page_height = Mm(210)
    sec.left_margin = sec.right_margin = Mm(14); sec.top_margin = Mm(16); sec.bottom_margin = Mm(14)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; hp.add_run("SMIDDEST – offre n° " + d["reference"]).italic = True
    sec.footer.paragraphs[0].add_run("SMIDDEST · 12 quai de l'Estuaire · 33390 Blaye · smiddest.example").font.size = Pt(8)
    cols = OxmlElement("w:cols"); cols.set(qn("w:num"), "3"); cols.set(qn("w:space"), "500"); cols.set(qn("w:sep"), "1")
    sec._sectPr.append(cols)
    para(doc, "L'ESTUAIRE RECRUTE", bold=True, size=8, color="7A4B00", after=0)
    para(doc, d["title"]["fr"], bold=True, size=15, after=4)
    def F(k, v):
        p = para(doc, after=2); runs(p, [(k + " : ", True), (v, False)])
    F("Employeur", d["organisation"]["fr"])
    F("Référence", d["reference"])
    F("Lieu", d["location"]["fr"])
    F("Contrat", "CDD de trois ans (contrat de projet), renouvelable")
    F("Horaires", d["schedule"]["fr"])
    F("Rémunération", "de 27 000 à 31 500 € bruts annuels selon expérience")
    F("Publication", "11/04/2044")
    F("Date limite", "30/05/2044")
    def H(t): para(doc, t.upper(), bold=True, size=10, color="7A4B00", after=2)
    H("Le SMIDDEST")
    para(doc, "Le syndicat mixte réunit les départements et les intercommunalités riverains de l'estuaire. Il porte le schéma d'aménagement et de gestion des eaux, le plan de prévention des inondations et l'animation de deux sites Natura 2000 : les marais de la rive droite et l'estuaire lui-même.")
    para(doc, "Site de 12 000 hectares entre Blaye et la pointe de Grave, l'estuaire accueille l'esturgeon européen, l'angélique des estuaires et de nombreux oiseaux migrateurs. Les marais sont pâturés par des éleveurs dont le maintien est au cœur du document d'objectifs. L'équipe compte huit agents : une directrice, deux chargés de mission eau, une chargée de mission inondations, un technicien rivières, une assistante de gestion, une chargée de communication et le poste à pourvoir.")
    p = para(doc, after=0); p.add_run().add_break(WD_BREAK.COLUMN)
    H("Vos missions")
    for t in ["– animer le document d'objectifs des deux sites et réunir leurs comités de pilotage ;",
              "– accompagner les éleveurs et les propriétaires dans les contrats et les mesures agroenvironnementales ;",
              "– donner un avis sur les évaluations d'incidences des projets ;",
              "– organiser des sorties nature et des animations scolaires ;",
              "– suivre le budget et les demandes de subventions."]:
        para(doc, t, after=1)
    H("Votre profil")
    for t in d["ess"]["fr"]: para(doc, t, style="List Bullet", after=1)
    H("Les plus")
    for t in d["des"]["fr"]: para(doc, t, style="List Bullet", after=1)
    p = para(doc, after=0); p.add_run().add_break(WD_BREAK.COLUMN)
    H("Vos qualités")
    for n, s in d["comp"]["fr"]:
        p = para(doc, after=2); runs(p, [(n + " : ", True), (s, False)])
    H("Avantages")
    para(doc, "Titres-restaurant de 9 € (prise en charge à 60 %), participation à la prévoyance, télétravail possible un jour par semaine. Entretiens prévus le 13 juin 2044 ; prise de poste au 1er septembre 2044.")
    H("Candidater")
    para(doc, "CV et lettre de motivation à adresser à Mme la Présidente du SMIDDEST, à recrutement@smiddest.example, avant le 30/05/2044 (référence " + d["reference"] + ").")
    doc.save(os.path.join(OUT, "smiddest-2044-02-smiddest.libreoffice.docx"))

if __name__ == "__main__":
    sxm(); nym(); cisalb(); smiddest(); print("docx ok")
