# Word documents (python-docx, Debian /usr/bin/python3) for LibreOffice: Saint Lucia, CnES, Syctom, 2 non-notices
import sys
from docx import Document
from docx.shared import Pt, RGBColor, Mm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from data import N


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
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "end"); r3._r.append(b)


def run(par, text, bold=False, italic=False, size=None, color=None):
    r = par.add_run(text)
    r.bold, r.italic = bold, italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return r


def base(doc, font="Liberation Sans", size=10):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)


def cellp(cell, text, bold=False, color=None, size=None):
    p = cell.paragraphs[0]
    run(p, text, bold=bold, color=color, size=size)
    return p


# ---------------------------------------------------------------- Government of Saint Lucia: Word template with header table
def stlucia(out):
    d = N["dps-vac-38-027"]
    doc = Document(); base(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    ht = doc.add_table(rows=1, cols=2)
    ht.style = "Table Grid"
    a, b = ht.rows[0].cells
    shade(a, "1F5C3A"); shade(b, "F3D36B")
    cellp(a, "GOVERNMENT OF SAINT LUCIA", bold=True, color="FFFFFF", size=13)
    run(a.add_paragraph(), "Department of Public Service – Human Resource Management Division", color="FFFFFF", size=8.5)
    cellp(b, "VACANCY NOTICE", bold=True, size=13)
    run(b.add_paragraph(), "Form DPS/HRM/4 – Public Service Commission", size=8.5)
    fp = sec.footer.paragraphs[0]
    run(fp, f"{d['reference']} | Vacancy notice | Page ", size=8); field(fp, "PAGE"); run(fp, " of ", size=8); field(fp, "NUMPAGES")
    doc.add_paragraph()
    p = doc.add_paragraph(); run(p, "VACANCY: Post of " + d["title"]["en"], bold=True, size=14)
    doc.add_paragraph("Applications are invited from suitably qualified citizens of Saint Lucia for appointment to "
                      "the post below in the Ministry of Finance, Economic Development and Youth Economy.")
    facts = [("Vacancy reference", d["reference"]), ("Job title", d["title"]["en"]),
             ("Employer", d["organisation"]["en"]), ("Ministry", "Ministry of Finance, Economic Development and Youth Economy"),
             ("Place of work", d["location"]["en"]), ("Grade", d["grade"]),
             ("Salary", "EC$52,416 – EC$64,320 per annum (XCD)"), ("Hours of work", d["schedule"]["en"]),
             ("Type of appointment", "Permanent and pensionable, after a one-year probation"),
             ("Date of advertisement", "Monday, 7 June 2038"), ("Closing date", "Friday, 2 July 2038")]
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in facts:
        c1, c2 = t.add_row().cells
        shade(c1, "DCE9E0"); cellp(c1, k, bold=True); cellp(c2, v)
    doc.add_paragraph()
    run(doc.add_paragraph(), "1. RELATIONSHIPS AND RESPONSIBILITIES", bold=True, color="1F5C3A")
    for x in ["Works under the general direction of the Deputy Comptroller of Inland Revenue (Audit).",
              "Supervises Revenue Auditors I and audit clerks assigned to a case.",
              "Reports on audit findings to the Audit Manager."]:
        doc.add_paragraph(x, style="List Bullet")
    run(doc.add_paragraph(), "2. DUTIES AND TASKS", bold=True, color="1F5C3A")
    for x in ["Plans and carries out field and desk audits of businesses registered for income tax and VAT.",
              "Examines books of account, invoices and contracts to establish the correct tax liability.",
              "Prepares audit reports and assessments and explains them to taxpayers.",
              "Assists in objections and appeals before the Tax Appeal Board.",
              "Performs any other related duties assigned by the Comptroller."]:
        doc.add_paragraph(x, style="List Number")
    run(doc.add_paragraph(), "3. QUALIFICATIONS AND EXPERIENCE", bold=True, color="1F5C3A")
    run(doc.add_paragraph(), "Essential", bold=True, italic=True)
    for x in d["req"]["en"]["essential"]:
        doc.add_paragraph(x, style="List Bullet")
    run(doc.add_paragraph(), "Desirable", bold=True, italic=True)
    for x in d["req"]["en"]["desirable"]:
        doc.add_paragraph(x, style="List Bullet")
    run(doc.add_paragraph(), "4. COMPETENCIES", bold=True, color="1F5C3A")
    for n, x in d["comp"]["en"]:
        p = doc.add_paragraph(style="List Bullet"); run(p, n + ":", bold=True); run(p, " " + x)
    run(doc.add_paragraph(), "5. HOW TO APPLY", bold=True, color="1F5C3A")
    doc.add_paragraph("Applications, with a CV, certified copies of certificates and two references, should be "
                      "addressed to the Permanent Secretary, Department of Public Service, Greaham Louisy "
                      "Administrative Building, Waterfront, Castries, or e-mailed to vacancies@dps-slu.example, to "
                      "arrive no later than 4:00 p.m. on Friday, 2 July 2038. Only shortlisted applicants will be contacted.")
    doc.save(out)


# ---------------------------------------------------------------- Comhairle nan Eilean Siar: criteria table
def cnes(out):
    d = N["cnes-ts-38-114"]
    doc = Document(); base(doc, "Liberation Serif", 10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    hp = sec.header.paragraphs[0]
    run(hp, "Comhairle nan Eilean Siar\tJob Profile and Person Specification\t" + d["reference"], size=8)
    p = doc.add_paragraph(); run(p, d["title"]["en"], bold=True, size=16, color="00567A")
    p = doc.add_paragraph(); run(p, "Technical Services – Building Standards", italic=True)
    t = doc.add_table(rows=0, cols=2)
    for k, v in [("Employer:", d["organisation"]["en"]), ("Post reference:", d["reference"]),
                 ("Location:", d["location"]["en"]), ("Grade:", d["grade"]),
                 ("Salary:", "£41,208 – £44,871 per annum"), ("Hours:", d["schedule"]["en"]),
                 ("Contract:", "Permanent"), ("Closing date:", "Tuesday 6 July 2038 at 12 noon")]:
        a, b = t.add_row().cells
        cellp(a, k, bold=True); cellp(b, v)
    run(doc.add_paragraph(), "Job purpose", bold=True, size=12, color="00567A")
    doc.add_paragraph("To assess building warrant applications and completion certificates across the Outer Hebrides, "
                      "to inspect building work on site and to give clear advice to owners, agents and builders so that "
                      "new and altered buildings are safe, accessible and energy efficient.")
    run(doc.add_paragraph(), "Main tasks", bold=True, size=12, color="00567A")
    for x in ["Check plans and specifications against the building regulations and issue reports.",
              "Carry out site inspections at key stages of construction, including on the southern isles.",
              "Deal with dangerous and defective building cases, including out of hours when on the rota.",
              "Keep accurate case records in the Comhairle's building standards system."]:
        doc.add_paragraph(x, style="List Number")
    doc.add_page_break()
    run(doc.add_paragraph(), "Person specification", bold=True, size=12, color="00567A")
    rows = [("Qualifications", d["req"]["en"]["essential"][0], "E", "A"),
            ("Qualifications", d["req"]["en"]["desirable"][0], "D", "A"),
            ("Experience", d["req"]["en"]["essential"][1], "E", "A / I"),
            ("Skills", d["req"]["en"]["desirable"][1], "D", "I"),
            ("Other", d["req"]["en"]["essential"][2], "E", "A"),
            ("Knowledge", d["req"]["en"]["essential"][3], "E", "I / T"),
            ("Knowledge", d["req"]["en"]["desirable"][2], "D", "I"),
            ("Skills", d["req"]["en"]["essential"][4], "E", "I")]
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Attribute", "Criteria", "Essential / Desirable", "How assessed"]):
        shade(c, "00567A"); cellp(c, h, bold=True, color="FFFFFF")
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cellp(c, v)
    t.autofit = False
    widths = [Mm(30), Mm(90), Mm(28), Mm(26)]
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 635)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    p = doc.add_paragraph(); run(p, "E = Essential, D = Desirable. A = application form, I = interview, T = test.", size=8.5, italic=True)
    run(doc.add_paragraph(), "Our behaviours", bold=True, size=12, color="00567A")
    for n, _ in d["comp"]["en"]:
        doc.add_paragraph(n, style="List Bullet")
    run(doc.add_paragraph(), "How to apply", bold=True, size=12, color="00567A")
    doc.add_paragraph("Apply online with the Comhairle's application form by 12 noon on Tuesday 6 July 2038. Interviews "
                      "are expected to take place in Stornoway on 21 July 2038. A relocation package of up to £8,000 is "
                      "available to a successful candidate moving to the islands.")
    doc.save(out)


# ---------------------------------------------------------------- Syctom: landscape page in three columns
def syctom(out):
    d = N["syc-2038-045"]
    doc = Document(); base(doc, "Liberation Sans", 8.6)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(12)
    sec.top_margin = sec.bottom_margin = Mm(11)
    cols = OxmlElement("w:cols"); cols.set(qn("w:num"), "3"); cols.set(qn("w:space"), "454"); cols.set(qn("w:sep"), "1")
    sec._sectPr.append(cols)
    hp = sec.header.paragraphs[0]
    run(hp, "SYCTOM · l'agence métropolitaine des déchets ménagers — Offre d'emploi " + d["reference"], size=8, color="2E8540", bold=True)

    def head(x):
        p = doc.add_paragraph(); run(p, x.upper(), bold=True, color="2E8540", size=9.5)
        p.paragraph_format.space_before = Pt(6)

    p = doc.add_paragraph(); run(p, d["title"]["fr"], bold=True, size=14)
    for k, v in [("Référence", d["reference"]), ("Employeur", d["organisation"]["fr"]),
                 ("Lieu", d["location"]["fr"]), ("Cadre d'emplois", "Ingénieurs territoriaux (catégorie A) ou contractuel"),
                 ("Temps de travail", d["schedule"]["fr"]),
                 ("Rémunération", "3 400 € à 3 900 € bruts mensuels selon profil, régime indemnitaire compris"),
                 ("Publication", "15/06/2038"), ("Date limite de candidature", "27/07/2038")]:
        p = doc.add_paragraph(); run(p, k + " : ", bold=True); run(p, v)
        p.paragraph_format.space_after = Pt(1)
    head("L'agence")
    doc.add_paragraph("Établissement public qui traite et valorise les déchets ménagers de près de six millions "
                      "d'habitants, le Syctom exploite, avec ses prestataires, des centres de tri, des unités de "
                      "valorisation énergétique et des plateformes de transfert.")
    head("Vos missions")
    for x in ["– Piloter l'exploitation du centre de tri confiée à un prestataire et contrôler le respect du marché ;",
              "– Suivre les indicateurs de performance, de qualité des balles et de sécurité ;",
              "– Préparer les comités d'exploitation et les rapports annuels ;",
              "– Coordonner les travaux d'amélioration avec la direction technique ;",
              "– Participer à l'astreinte de direction (une semaine sur six)."]:
        doc.add_paragraph(x)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
    head("Votre profil")
    for x in d["req"]["fr"]["essential"]:
        doc.add_paragraph(x, style="List Bullet")
    head("Les plus")
    for x in d["req"]["fr"]["desirable"]:
        doc.add_paragraph(x, style="List Bullet")
    head("Savoir-être")
    for n, x in d["comp"]["fr"]:
        p = doc.add_paragraph(); run(p, n + " : ", bold=True); run(p, x)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.COLUMN)
    head("Avantages")
    doc.add_paragraph("Titres-restaurant, prise en charge à 75 % du pass Navigo, comité social, télétravail possible "
                      "deux jours par semaine hors astreinte.")
    head("Candidater")
    doc.add_paragraph("Lettre de motivation et CV à adresser avant le 27/07/2038 via la plateforme de recrutement, en "
                      "rappelant la référence " + d["reference"] + ". Jury prévu début septembre 2038.")
    doc.save(out)


if __name__ == "__main__":
    fn, out = sys.argv[1], sys.argv[2]
    import r_neg
    f = globals().get(fn) or getattr(r_neg, fn)
    f(out)
