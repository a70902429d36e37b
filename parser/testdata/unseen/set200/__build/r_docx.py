# Word (.docx, python-docx) sources of three notices; LibreOffice turns them into PDF (make.sh).
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from data import N

SRC = os.path.join(os.path.dirname(__file__), "src")
os.makedirs(SRC, exist_ok=True)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit"); trPr.append(e)


def borders(table, sz=4, color="808080"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def para(container, text="", bold=False, size=None, italic=False, color=None, align=None, space_after=4, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    for t, b in parts:
        r = p.add_run(t); r.bold = b


def cell_text(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return p


def base(doc, font="Liberation Sans", size=10):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)


# ---------------------------------------------------------------- ICES / CIEM
def ices():
    d = N["ices-sec-2034-04"]
    doc = Document(); base(doc, size=9)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(1.6); s.top_margin = Cm(2.2); s.bottom_margin = Cm(1.8)
    h = s.header
    ht = h.add_table(1, 2, Cm(17.8))
    cell_text(ht.cell(0, 0), "ICES  International Council for the Exploration of the Sea", bold=True, size=9, color="0B4F6C")
    cell_text(ht.cell(0, 1), "CIEM  Conseil International pour l'Exploration de la Mer", bold=True, size=9, color="0B4F6C")
    ht.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(h, "H. C. Andersens Boulevard 44-46 · DK-1553 Copenhagen V · Denmark", size=7, color="555555", align=WD_ALIGN_PARAGRAPH.CENTER)
    f = s.footer
    para(f, "ICES/SEC/2034/04 · Vacancy notice / Avis de vacance", size=7, color="555555", align=WD_ALIGN_PARAGRAPH.CENTER)

    E, F = d["requirements"]["en"], d["requirements"]["fr"]
    CE, CF = d["competencies"]["en"], d["competencies"]["fr"]
    t = doc.add_table(0, 2); borders(t, 2, "BBBBBB")
    t.autofit = False

    def row(en_fill, fr_fill, fill=None):
        r = t.add_row(); cant_split(r)
        for i, fn in enumerate((en_fill, fr_fill)):
            c = r.cells[i]; c.width = Cm(8.9)
            c.text = ""
            fn(c)
            if fill: shade(c, fill)
        return r

    def banner(txt):
        return lambda c: cell_text(c, txt, bold=True, size=11, color="FFFFFF")

    def heading(txt):
        return lambda c: cell_text(c, txt, bold=True, size=10, color="0B4F6C")

    def lines(pairs):
        def fn(c):
            first = True
            for lab, val in pairs:
                p = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                runs(p, [(lab + " ", True), (val, False)])
                p.paragraph_format.space_after = Pt(2)
        return fn

    def text(txt):
        return lambda c: cell_text(c, txt)

    def bullets(items, mark="•"):
        def fn(c):
            first = True
            for it in items:
                p = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                p.add_run(mark + " " + it)
                p.paragraph_format.left_indent = Cm(0.4); p.paragraph_format.first_line_indent = Cm(-0.4)
                p.paragraph_format.space_after = Pt(2)
        return fn

    def numbered(items):
        def fn(c):
            for i, it in enumerate(items):
                p = c.paragraphs[0] if i == 0 else c.add_paragraph()
                p.add_run(f"{i+1}. {it}")
                p.paragraph_format.space_after = Pt(2)
        return fn

    def comps(items, sep):
        def fn(c):
            for i, it in enumerate(items):
                p = c.paragraphs[0] if i == 0 else c.add_paragraph()
                runs(p, [("– " + it["name"] + sep, True), (" " + it["description"], False)])
                p.paragraph_format.space_after = Pt(2)
        return fn

    row(banner("VACANCY NOTICE"), banner("AVIS DE VACANCE"), "0B4F6C")
    row(lambda c: cell_text(c, d["title"]["en"], bold=True, size=12),
        lambda c: cell_text(c, d["title"]["fr"], bold=True, size=12))
    row(lines([("Reference:", "ICES/SEC/2034/04"), ("Organisation:", d["organisation"]["en"]),
               ("Department:", "Data and Information"), ("Duty station:", d["location"]["en"]),
               ("Working time:", d["schedule"]["en"]), ("Type of appointment:", "Fixed-term, four years, renewable"),
               ("Monthly gross salary:", "DKK 52,400, plus a pension contribution of 17% paid by ICES"),
               ("Date of issue:", "28 April 2034"),
               ("Closing date:", "9 June 2034, 12:00 noon Copenhagen time")]),
        lines([("Référence :", "ICES/SEC/2034/04"), ("Organisation :", d["organisation"]["fr"]),
               ("Département :", "Données et information"), ("Lieu d'affectation :", d["location"]["fr"]),
               ("Temps de travail :", d["schedule"]["fr"]), ("Type d'engagement :", "Durée déterminée, quatre ans, renouvelable"),
               ("Salaire mensuel brut :", "52 400 DKK, plus une cotisation de retraite de 17 % versée par le CIEM"),
               ("Date de publication :", "28 avril 2034"),
               ("Date de clôture :", "9 juin 2034, 12 h 00, heure de Copenhague")]), "EAF2F5")
    row(heading("The Secretariat"), heading("Le Secrétariat"))
    row(text("ICES is an intergovernmental marine science organisation whose twenty member countries border the "
             "North Atlantic. Its Secretariat of about sixty staff supports a network of several thousand "
             "scientists and publishes the data, assessments and advice they produce. The Data and Information "
             "department runs the portals through which survey, catch and environmental data are submitted, "
             "checked and shared."),
        text("Le CIEM est une organisation scientifique intergouvernementale consacrée à la mer, dont les vingt "
             "pays membres bordent l'Atlantique Nord. Son Secrétariat d'une soixantaine de personnes soutient un "
             "réseau de plusieurs milliers de scientifiques et publie les données, évaluations et avis qu'ils "
             "produisent. Le département Données et information gère les portails par lesquels les données de "
             "campagnes, de captures et d'environnement sont déposées, contrôlées et partagées."))
    row(heading("Main duties"), heading("Fonctions principales"))
    row(numbered(["Develop and maintain the processing pipelines behind the fisheries data portals.",
                  "Write validation rules with the expert groups that own each data type.",
                  "Produce data extractions and dashboards for assessment working groups.",
                  "Document data flows and keep the portal user guides up to date.",
                  "Answer questions from national data submitters."]),
        numbered(["Développer et maintenir les chaînes de traitement des portails de données halieutiques.",
                  "Rédiger les règles de validation avec les groupes d'experts responsables de chaque type de données.",
                  "Produire des extractions et des tableaux de bord pour les groupes de travail d'évaluation.",
                  "Documenter les flux de données et tenir à jour les guides d'utilisation des portails.",
                  "Répondre aux questions des fournisseurs nationaux de données."]))
    row(heading("Qualifications – essential"), heading("Qualifications – indispensables"))
    row(bullets(E["essential"]), bullets(F["essential"]))
    row(heading("Qualifications – desirable"), heading("Qualifications – souhaitées"))
    row(bullets(E["desirable"]), bullets(F["desirable"]))
    row(heading("Competencies"), heading("Compétences"))
    row(comps(CE, ":"), comps(CF, " :"))
    row(heading("Conditions"), heading("Conditions"))
    row(text("ICES offers a four-year contract, six weeks of annual leave, relocation support and an "
             "international working environment. Staff pay Danish income tax. Interviews are planned for "
             "the week of 29 June 2034; the preferred start date is 1 September 2034."),
        text("Le CIEM offre un contrat de quatre ans, six semaines de congé annuel, une aide à la réinstallation "
             "et un environnement de travail international. Le personnel est soumis à l'impôt danois sur le "
             "revenu. Les entretiens sont prévus la semaine du 29 juin 2034 ; l'entrée en fonction souhaitée "
             "est le 1er septembre 2034."))
    row(heading("How to apply"), heading("Candidature"))
    row(text("Send a CV and a cover letter in English to recruitment@ices.example, quoting the reference "
             "ICES/SEC/2034/04, before the closing date. Only shortlisted candidates will be contacted."),
        text("Envoyez un CV et une lettre de motivation en anglais à recruitment@ices.example en indiquant la "
             "référence ICES/SEC/2034/04, avant la date de clôture. Seules les personnes présélectionnées "
             "seront contactées."))
    doc.save(os.path.join(SRC, "ices-sec-2034-04-ices.docx"))


# ---------------------------------------------------------------- Government of Jersey
def jersey():
    d = N["ihe-2034-0388"]
    doc = Document(); base(doc, font="Liberation Sans", size=10)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(2.4); s.bottom_margin = Cm(2)
    h = s.header
    ht = h.add_table(1, 2, Cm(17))
    cell_text(ht.cell(0, 0), "Government of Jersey", bold=True, size=14, color="1F3864")
    p = cell_text(ht.cell(0, 1), "Job description and advert", size=8, color="666666")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    q = ht.cell(0, 1).add_paragraph(); q.add_run("People and Corporate Services").font.size = Pt(8)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    f = s.footer
    para(f, "Job ref IHE-2034-0388 · Template JD-v7 · OFFICIAL", size=7, color="666666", align=WD_ALIGN_PARAGRAPH.CENTER)

    para(doc, d["title"]["en"], bold=True, size=16, color="1F3864", space_after=8)
    t = doc.add_table(0, 2); borders(t, 4, "7F7F7F")
    rows = [("Job title", d["title"]["en"]), ("Job ref", "IHE-2034-0388"),
            ("Employer", d["organisation"]["en"]),
            ("Department", "Infrastructure and Environment – Regulation"),
            ("Reports to", "Principal Environmental Health Officer"),
            ("Location", d["location"]["en"]),
            ("Grade", "CS11"),
            ("Salary", "£56,942 – £63,180 per annum"),
            ("Hours", d["schedule"]["en"]),
            ("Contract", "Permanent"),
            ("Date posted", "22 May 2034"),
            ("Closing date", "14 June 2034 at 23:59")]
    for lab, val in rows:
        r = t.add_row(); cant_split(r)
        cell_text(r.cells[0], lab, bold=True); shade(r.cells[0], "D9E2F3"); r.cells[0].width = Cm(4.5)
        cell_text(r.cells[1], val); r.cells[1].width = Cm(12.5)
    para(doc, "", space_after=4)

    def H(txt):
        para(doc, txt, bold=True, size=12, color="1F3864", space_after=3)

    def B(items):
        for it in items:
            para(doc, it, style="List Bullet", space_after=1)

    H("Job purpose")
    para(doc, "To protect the health of islanders by leading investigations into statutory nuisance, private "
              "sector housing conditions and environmental pollution, and by taking proportionate enforcement "
              "action where informal measures have not worked.")
    H("Job statement")
    para(doc, "The Regulation directorate licenses, inspects and enforces across a wide range of public health "
              "law. You will manage a caseload of complex complaints, supervise two officers and represent the "
              "service at tribunal and in the Magistrate's Court. The role includes a share of the out-of-hours "
              "noise rota, for which an allowance is paid.")
    H("Statutory responsibilities")
    for i, t_ in enumerate(["Investigate and determine statutory nuisance complaints, including noise, odour and smoke.",
                            "Inspect rented dwellings against the minimum standards and serve improvement notices.",
                            "Assess planning consultations for their impact on public health.",
                            "Prepare prosecution files and give evidence as a professional witness."]):
        para(doc, f"{i+1}. {t_}", space_after=1)
    H("Person specification")
    para(doc, "Essential", bold=True, italic=True, space_after=1)
    B(d["requirements"]["en"]["essential"])
    para(doc, "Desirable", bold=True, italic=True, space_after=1)
    B(d["requirements"]["en"]["desirable"])
    H("Our behaviours")
    for c in d["competencies"]["en"]:
        p = para(doc, "", space_after=1); runs(p, [(c["name"] + ":", True), (" " + c["description"], False)])
    H("What we offer")
    para(doc, "A defined-benefit pension, 28 days' annual leave plus bank holidays, flexible working and funded "
              "professional development. Relocation support of up to £8,000 is available for candidates moving "
              "to the island, subject to housing and work permission rules.")
    H("How to apply")
    para(doc, "Apply online through the Government of Jersey careers site quoting job ref IHE-2034-0388. "
              "Interviews are expected in the week commencing 26 June 2034. For an informal conversation about "
              "the role, contact the Principal Environmental Health Officer at envhealth@gov.example.")
    doc.save(os.path.join(SRC, "ihe-2034-0388-govje.docx"))


# ---------------------------------------------------------------- Liege Airport
def liege():
    d = N["lgg-rh-2034-022"]
    doc = Document(); base(doc, font="Liberation Sans", size=10)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    f = s.footer
    para(f, "Liege Airport SA · Bâtiment 50 · 4460 Grâce-Hollogne · Belgique · Offre LGG-RH-2034-022",
         size=7, color="666666", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "LIEGE AIRPORT  ·  NOUS RECRUTONS", bold=True, size=9, color="C00000", space_after=2)
    para(doc, d["title"]["fr"], bold=True, size=16, space_after=4)
    p = para(doc, "", space_after=8)
    runs(p, [("Référence : ", True), ("LGG-RH-2034-022", False), ("  |  Employeur : ", True), (d["organisation"]["fr"], False),
             ("  |  Lieu : ", True), (d["location"]["fr"], False), ("  |  Contrat : ", True), ("CDI", False),
             ("  |  Régime : ", True), (d["schedule"]["fr"], False), ("  |  Date limite : ", True), ("26/06/2034", False)])
    def H(txt):
        para(doc, txt, bold=True, size=12, color="C00000", space_after=3)
    H("L'entreprise")
    para(doc, "Premier aéroport de fret du pays, Liege Airport exploite une plateforme ouverte 24 heures sur 24 où "
              "transitent chaque nuit des dizaines d'avions-cargos. La société gère les infrastructures, "
              "l'assistance en escale et les zones logistiques, et travaille avec plus de cent cinquante "
              "entreprises installées sur le site.")
    H("Votre mission")
    para(doc, "Rattaché(e) au directeur des opérations, vous organisez l'activité de la zone fret et veillez à ce "
              "que chaque vol soit traité dans les délais, en toute sûreté.")
    for it in ["Vous planifiez les équipes de manutention et les ressources au sol en fonction du programme des vols ;",
               "Vous suivez les indicateurs de ponctualité et de qualité et proposez des actions correctrices ;",
               "Vous êtes l'interlocuteur(trice) des compagnies, des agents de handling et de la douane ;",
               "Vous veillez au respect des procédures de sûreté et de sécurité sur l'aire de trafic ;",
               "Vous encadrez une équipe de six chefs de quart."]:
        para(doc, "› " + it, space_after=1)
    H("Votre profil")
    para(doc, "Les critères ci-dessous sont utilisés par le jury de sélection.", italic=True, space_after=3)
    t = doc.add_table(1, 3); borders(t, 4, "7F7F7F")
    for i, lab in enumerate(["Domaine", "Exigé", "Constitue un atout"]):
        cell_text(t.rows[0].cells[i], lab, bold=True, color="FFFFFF"); shade(t.rows[0].cells[i], "C00000")
    E, D = d["requirements"]["fr"]["essential"], d["requirements"]["fr"]["desirable"]
    rows = [("Formation", E[0], D[0]), ("Expérience", E[1], D[1]), ("Langues", E[2], D[2]),
            ("Réglementation", E[3], D[3]), ("Outils", E[4], D[4]), ("Mobilité", E[5], "—")]
    widths = (Cm(3.2), Cm(7), Cm(6.8))
    for dom, e, de in rows:
        r = t.add_row(); cant_split(r)
        cell_text(r.cells[0], dom, bold=True); shade(r.cells[0], "F2F2F2")
        cell_text(r.cells[1], e); cell_text(r.cells[2], de)
        for c, w in zip(r.cells, widths): c.width = w
    para(doc, "", space_after=2)
    H("Savoir-être")
    for c in d["competencies"]["fr"]:
        para(doc, "› " + c["name"], space_after=1)
    H("Notre offre")
    para(doc, "Un contrat à durée indéterminée, un salaire attractif complété par des primes de pause, des "
              "chèques-repas, une assurance groupe et hospitalisation, 20 jours de congé et des jours de "
              "récupération, ainsi qu'un plan de formation. Entrée en fonction souhaitée : 1er septembre 2034.")
    H("Intéressé(e) ?")
    para(doc, "Envoyez votre CV et votre lettre de motivation via notre site carrières, en mentionnant la "
              "référence LGG-RH-2034-022, au plus tard le 26/06/2034. Les premiers entretiens auront lieu à "
              "partir du 3 juillet 2034. Liege Airport encourage la diversité et examine toutes les candidatures "
              "sur la seule base des compétences.")
    doc.save(os.path.join(SRC, "lgg-rh-2034-022-liegeairport.docx"))


if __name__ == "__main__":
    ices(); jersey(); liege()
    print("docx written")
