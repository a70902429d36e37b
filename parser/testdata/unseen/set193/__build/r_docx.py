# Word sources (python-docx, Debian python3-docx 0.8.11) converted by LibreOffice:
# IEC (Word template with a header table), Collectivité de Corse (form with boxes),
# IHES (cover page, FR then EN).
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from data import N


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cant_split(table):
    for row in table.rows:
        trPr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:cantSplit")
        trPr.append(el)


def base(doc, font="Liberation Sans", size=10):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)


def para(doc_or_cell, text="", bold=False, size=None, color=None, italic=False, align=None, space_after=4):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def bullets(doc, items, style="List Bullet"):
    for i in items:
        p = doc.add_paragraph(i, style=style)
        p.paragraph_format.space_after = Pt(2)


def page_field(paragraph, instr):
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


# ------------------------------------------------------------------ IEC
def iec(path):
    x = N["iec-co-vn-2033-12"]["exp"]
    doc = Document()
    base(doc, "Liberation Sans", 10)
    sec = doc.sections[0]
    # letterhead as a borderless two-cell table in the page header
    h = sec.header
    ht = h.add_table(rows=1, cols=2, width=Cm(17))
    c0, c1 = ht.rows[0].cells
    c0.paragraphs[0].add_run("IEC").bold = True
    c0.paragraphs[0].runs[0].font.size = Pt(20)
    c0.paragraphs[0].runs[0].font.color.rgb = RGBColor(0x00, 0x5A, 0x9C)
    para(c0, "International Electrotechnical Commission", size=8)
    c1.paragraphs[0].add_run("Central Office").bold = True
    para(c1, "3 rue de Varembé-Nord · CH-1211 Geneva 20", size=8)
    para(c1, "hr@iec.example", size=8)
    for c in (c1,):
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.add_run("Vacancy Notice IEC/CO/VN/2033/12 | Page ")
    page_field(fp, "PAGE")
    fp.add_run(" of ")
    page_field(fp, "NUMPAGES")
    fp.runs[0].font.size = Pt(8)

    para(doc, "VACANCY NOTICE", bold=True, size=16, color="005A9C", space_after=6)
    rows = [
        ("Vacancy Notice No.", "IEC/CO/VN/2033/12"),
        ("Position title", x["title"]["en"]),
        ("Organization", x["organisation"]["en"]),
        ("Department", "Conformity Assessment Board Secretariat"),
        ("Duty station", x["location"]["en"]),
        ("Grade", "G8"),
        ("Type of contract", "Fixed-term, 3 years (renewable)"),
        ("Working time", x["schedule"]["en"]),
        ("Annual gross salary", "CHF 118,600 – 142,300, depending on experience"),
        ("Date of issue", "6 October 2033"),
        ("Closing date", "3 November 2033, 23:59 CET"),
        ("Expected start", "February 2034"),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (k, v) in enumerate(rows):
        a, b = t.rows[i].cells
        a.width, b.width = Cm(5.2), Cm(11.8)
        a.paragraphs[0].add_run(k).bold = True
        shade(a, "DCE6F1")
        b.paragraphs[0].add_run(v)
    cant_split(t)
    para(doc, "")
    para(doc, "1. About the IEC", bold=True, size=12, color="005A9C")
    para(doc, "The IEC brings together the national committees of some 170 countries to prepare International "
              "Standards for electrical, electronic and related technologies, and runs four global conformity "
              "assessment systems. Its Central Office in Geneva employs around 110 staff of 30 nationalities.")
    para(doc, "2. Purpose of the position", bold=True, size=12, color="005A9C")
    para(doc, "Under the supervision of the Secretary of the Conformity Assessment Board, the Technical Officer "
              "supports the management committees of the conformity assessment schemes, monitors the application "
              "of their rules and helps to develop new services for industry and regulators.")
    para(doc, "3. Main duties", bold=True, size=12, color="005A9C")
    bullets(doc, [
        "Act as secretary of two scheme management committees and their working groups.",
        "Draft and maintain operational documents, rules of procedure and decision sheets.",
        "Organize peer assessments of certification bodies and testing laboratories.",
        "Analyse scheme data and prepare reports for the Conformity Assessment Board.",
        "Respond to enquiries from members, manufacturers and authorities.",
    ], "List Number")
    para(doc, "4. Qualifications and experience", bold=True, size=12, color="005A9C")
    para(doc, "Essential", italic=True, bold=True)
    bullets(doc, x["requirements"]["en"]["essential"])
    para(doc, "Desirable", italic=True, bold=True)
    bullets(doc, x["requirements"]["en"]["desirable"])
    para(doc, "5. Competencies", bold=True, size=12, color="005A9C")
    for c in x["competencies"]["en"]:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(c["name"] + ":").bold = True
        p.add_run(" " + c["description"])
        p.paragraph_format.space_after = Pt(2)
    para(doc, "6. Conditions of employment", bold=True, size=12, color="005A9C")
    para(doc, "The IEC offers a competitive salary in Swiss francs, a pension fund, accident and loss-of-earnings "
              "insurance, 25 working days of annual leave and flexible working hours. The position is subject to "
              "a probation period of six months.")
    para(doc, "7. How to apply", bold=True, size=12, color="005A9C")
    para(doc, "Send a cover letter and a CV in English, quoting IEC/CO/VN/2033/12, to hr@iec.example by "
              "3 November 2033. Only candidates selected for an interview will be contacted; interviews are "
              "scheduled for the week of 24 November 2033.")
    doc.save(path)


# ------------------------------------------------------------------ Collectivité de Corse
def corse(path):
    x = N["cdc-drh-2033-0562"]["exp"]
    doc = Document()
    base(doc, "Liberation Sans", 9.5)
    sec = doc.sections[0]
    sec.top_margin = Cm(1.5)
    head = doc.add_table(rows=1, cols=2)
    head.style = "Table Grid"
    a, b = head.rows[0].cells
    a.paragraphs[0].add_run("COLLECTIVITÉ DE CORSE").bold = True
    para(a, "Cullettività di Corsica", italic=True, size=8)
    para(a, "Direction des ressources humaines", size=8)
    b.paragraphs[0].add_run("FICHE DE POSTE").bold = True
    b.paragraphs[0].runs[0].font.size = Pt(14)
    para(b, "Référence de l'offre : CdC-DRH-2033-0562", size=9)
    para(b, "Date de publication : 10/10/2033", size=9)
    shade(b, "F2E3C9")

    def box(num, title, rows=None, paras=None, items=None):
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        c.paragraphs[0].add_run(f"{num}. {title}").bold = True
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "7A1F2B")
        cant_split(t)
        if rows:
            t2 = doc.add_table(rows=len(rows), cols=2)
            t2.style = "Table Grid"
            for i, (k, v) in enumerate(rows):
                k_, v_ = t2.rows[i].cells
                k_.width, v_.width = Cm(5.5), Cm(11.5)
                k_.paragraphs[0].add_run(k).bold = True
                shade(k_, "F4F1EC")
                v_.paragraphs[0].add_run(v)
            cant_split(t2)
        if paras or items:
            t3 = doc.add_table(rows=1, cols=1)
            t3.style = "Table Grid"
            c3 = t3.rows[0].cells[0]
            first = True
            for p_ in (paras or []):
                if first:
                    c3.paragraphs[0].add_run(p_)
                    first = False
                else:
                    para(c3, p_)
            for it in (items or []):
                if isinstance(it, tuple):
                    para(c3, it[0], bold=True)
                    for j in it[1]:
                        para(c3, "– " + j, space_after=1)
                else:
                    para(c3, "– " + it, space_after=1)
        para(doc, "", space_after=2)

    para(doc, "")
    box(1, "IDENTIFICATION DU POSTE", rows=[
        ("Intitulé du poste", x["title"]["fr"]),
        ("Employeur", x["organisation"]["fr"]),
        ("Direction / service", "Direction des routes – Territoire Centre Corse"),
        ("Lieu de travail", x["location"]["fr"]),
        ("Cadre d'emplois", "Agents de maîtrise territoriaux"),
        ("Catégorie", "C"),
    ])
    box(2, "CONDITIONS D'EMPLOI", rows=[
        ("Temps de travail", "☒ Temps complet ☐ Temps non complet"),
        ("Statut", "☒ Titulaire ☒ Contractuel (article L. 332-14)"),
        ("Rémunération", "Statutaire + régime indemnitaire (RIFSEEP) + prime d'astreinte"),
        ("Date limite de candidature", "07/11/2033"),
        ("Prise de poste souhaitée", "01/01/2034"),
    ])
    box(3, "MISSIONS", paras=[
        "Au sein du centre d'exploitation, vous organisez et contrôlez le travail d'une équipe chargée de "
        "l'entretien et de l'exploitation d'environ 180 km de routes territoriales, dont des sections de montagne."],
        items=["Planifier les interventions d'entretien courant et de fauchage ;",
               "Assurer la sécurité des chantiers et des usagers ;",
               "Coordonner la viabilité hivernale et les interventions d'urgence ;",
               "Tenir les comptes rendus d'activité et le suivi des stocks."])
    box(4, "PROFIL", items=[
        ("Compétences requises :", x["requirements"]["fr"]["essential"]),
        ("Seraient appréciés :", x["requirements"]["fr"]["desirable"]),
    ])
    box(5, "QUALITÉS", items=[("Savoir-être :", [c["name"] for c in x["competencies"]["fr"]])])
    box(6, "CANDIDATURE", paras=[
        "Lettre de motivation, CV et dernier arrêté de situation administrative (pour les titulaires) à adresser "
        "avant le 07/11/2033 à Monsieur le Président du Conseil exécutif de Corse, Direction des ressources "
        "humaines, ou par courriel à recrutement@isula.example, en rappelant la référence CdC-DRH-2033-0562.",
        "Jury de recrutement prévu la semaine du 1er décembre 2033 à Ajaccio."])
    doc.save(path)


# ------------------------------------------------------------------ IHES
def ihes(path):
    x = N["ihes-2033-adm-04"]["exp"]
    doc = Document()
    base(doc, "Liberation Serif", 10.5)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.add_run("IHES · Avis de recrutement / Vacancy notice · IHES-2033-ADM-04").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Institut des Hautes Études Scientifiques · Le Bois-Marie · 91440 Bures-sur-Yvette · page ")
    page_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)
    # cover
    for _ in range(6):
        para(doc, "")
    para(doc, "IHES", bold=True, size=40, color="1F3864", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Institut des Hautes Études Scientifiques", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "AVIS DE RECRUTEMENT · VACANCY NOTICE", bold=True, size=13, color="8B1A1A", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, x["title"]["fr"], bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, x["title"]["en"], italic=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "Référence / Reference : IHES-2033-ADM-04", size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Publié le / Published on : 20 octobre 2033 · 20 October 2033", size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    def half(lang):
        fr = lang == "fr"
        L = (lambda a, b: a if fr else b)
        para(doc, x["title"][lang], bold=True, size=15, color="1F3864")
        rows = [
            (L("Référence", "Reference"), "IHES-2033-ADM-04"),
            (L("Établissement", "Institution"), x["organisation"][lang]),
            (L("Service", "Department"), L("Direction administrative – pôle accueil", "Administration – welcome unit")),
            (L("Lieu de travail", "Place of work"), x["location"][lang]),
            (L("Contrat", "Contract"), L("CDI de droit privé (fondation reconnue d'utilité publique)", "Permanent private-law contract (foundation of public utility)")),
            (L("Temps de travail", "Working time"), x["schedule"][lang]),
            (L("Rémunération", "Salary"), L("42 000 à 48 000 € bruts annuels selon expérience", "EUR 42,000 to 48,000 gross per year, depending on experience")),
            (L("Prise de fonctions", "Start"), L("février 2034", "February 2034")),
            (L("Date limite de candidature", "Closing date"), L("24 novembre 2033", "24 November 2033")),
        ]
        t = doc.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(rows):
            a, b = t.rows[i].cells
            a.width, b.width = Cm(5.0), Cm(12.0)
            a.paragraphs[0].add_run(k).bold = True
            shade(a, "E7ECF4")
            b.paragraphs[0].add_run(v)
        cant_split(t)
        para(doc, "")
        para(doc, L("L'Institut", "The Institute"), bold=True, size=12, color="1F3864")
        para(doc, L(
            "Fondé en 1958, l'IHES accueille chaque année plus de deux cents chercheurs invités en mathématiques et "
            "en physique théorique, qui séjournent de quelques jours à plusieurs mois sur son domaine boisé.",
            "Founded in 1958, IHES welcomes more than two hundred visiting researchers in mathematics and theoretical "
            "physics each year, for stays of a few days to several months on its wooded estate."))
        para(doc, L("Missions", "Duties"), bold=True, size=12, color="1F3864")
        bullets(doc, L([
            "Organiser l'arrivée des chercheurs invités : visas, logement, bureau et accès informatique.",
            "Encadrer une équipe de trois personnes et la résidence des visiteurs.",
            "Préparer les conventions d'accueil et les remboursements de frais.",
            "Suivre les statistiques de séjours et le budget du service."], [
            "Organise the arrival of visiting researchers: visas, housing, office and computer access.",
            "Lead a team of three people and the visitors' residence.",
            "Prepare hosting agreements and expense reimbursements.",
            "Keep statistics of stays and the unit's budget."]))
        para(doc, L("Profil requis", "Required profile"), bold=True, size=12, color="1F3864")
        bullets(doc, x["requirements"][lang]["essential"])
        para(doc, L("Compétences appréciées", "Assets"), bold=True, size=12, color="1F3864")
        bullets(doc, x["requirements"][lang]["desirable"])
        para(doc, L("Qualités attendues", "Personal qualities"), bold=True, size=12, color="1F3864")
        sep = " : " if fr else ": "
        for c in x["competencies"][lang]:
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(c["name"]).bold = True
            p.add_run(sep + c["description"])
            p.paragraph_format.space_after = Pt(2)
        para(doc, L("Candidature", "How to apply"), bold=True, size=12, color="1F3864")
        para(doc, L(
            "Adressez CV et lettre de motivation à recrutement@ihes.example avant le 24 novembre 2033, en indiquant "
            "la référence IHES-2033-ADM-04. Les entretiens se tiendront à Bures-sur-Yvette à partir du 8 décembre 2033.",
            "Send your CV and cover letter to recrutement@ihes.example by 24 November 2033, quoting reference "
            "IHES-2033-ADM-04. Interviews will be held in Bures-sur-Yvette from 8 December 2033."))

    half("fr")
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    half("en")
    doc.save(path)
