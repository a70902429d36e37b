# -*- coding: utf-8 -*-
"""Word notices (python-docx, then LibreOffice to PDF): IRMCT, Guernsey, Cnam."""
import os, sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from data import N, HERE

SRC = os.path.join(HERE, "src")


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit"); trPr.append(e)


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)


def para(cell_or_doc, text="", bold=False, size=None, color=None, italic=False, align=None, space_after=3):
    p = cell_or_doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def labelled(cell, label, value, size=9.5):
    p = cell.add_paragraph(); p.paragraph_format.space_after = Pt(1)
    r = p.add_run(label); r.bold = True; r.font.size = Pt(size)
    r = p.add_run(" " + value); r.font.size = Pt(size)
    return p


def base_doc(font="Liberation Sans", size=10):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(2.2); s.bottom_margin = Cm(2)
    return d


def first_cell_par(cell, text, **kw):
    p = cell.paragraphs[0]
    r = p.add_run(text); r.bold = kw.get("bold", False)
    if kw.get("size"): r.font.size = Pt(kw["size"])
    if kw.get("color"): r.font.color.rgb = RGBColor.from_string(kw["color"])
    return p


# ---------------------------------------------------------------- IRMCT
def irmct():
    n = N["irmct"]; E = n["requirements"]["en"]; F = n["requirements"]["fr"]
    d = base_doc(size=9.5)
    sec = d.sections[0]
    ht = sec.header.add_table(1, 2, Cm(17))
    first_cell_par(ht.cell(0, 0), "United Nations\nInternational Residual Mechanism\nfor Criminal Tribunals", bold=True, size=8.5, color="1F4E79")
    first_cell_par(ht.cell(0, 1), "Nations Unies\nMécanisme international appelé à exercer\nles fonctions résiduelles des Tribunaux pénaux", bold=True, size=8.5, color="1F4E79")
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(n["reference"] + "  ·  Arusha branch / Division d'Arusha  ·  page "); r.font.size = Pt(8)
    field(fp, "PAGE")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(en, fr, fill=None):
        cells = t.add_row().cells
        cant_split(t.rows[-1])
        for c, fn in ((cells[0], en), (cells[1], fr)):
            fn(c)
            if fill: shade(c, fill)

    def head(txt, size=12, color="FFFFFF"):
        return lambda c: first_cell_par(c, txt, bold=True, size=size, color=color)

    row(head("VACANCY ANNOUNCEMENT"), head("AVIS DE VACANCE DE POSTE"), "1F4E79")
    row(head(n["title"]["en"], 13, "1F4E79"), head(n["title"]["fr"], 13, "1F4E79"))

    def facts_en(c):
        first_cell_par(c, "Key facts", bold=True)
        for l, v in [("Vacancy announcement No.:", n["reference"]),
                     ("Organization:", n["organisation"]["en"]),
                     ("Office:", "Registry – Mechanism Archives and Records Section (MARS)"),
                     ("Duty station:", n["location"]["en"]),
                     ("Grade:", n["grade"]),
                     ("Working time:", n["schedule"]["en"]),
                     ("Type of appointment:", "Fixed-term, one year, renewable subject to mandate"),
                     ("Annual net base salary:", "USD 61,230, plus post adjustment and allowances"),
                     ("Posting date:", "6 July 2035"),
                     ("Deadline for applications:", "4 August 2035 (midnight, New York time)")]:
            labelled(c, l, v, 9)

    def facts_fr(c):
        first_cell_par(c, "Renseignements essentiels", bold=True)
        for l, v in [("Avis de vacance n° :", n["reference"]),
                     ("Organisation :", n["organisation"]["fr"]),
                     ("Bureau :", "Greffe – Section des archives et des dossiers du Mécanisme"),
                     ("Lieu d'affectation :", n["location"]["fr"]),
                     ("Classe :", n["grade"]),
                     ("Temps de travail :", n["schedule"]["fr"]),
                     ("Type d'engagement :", "durée déterminée, un an, renouvelable selon le mandat"),
                     ("Traitement de base annuel net :", "61 230 dollars des États-Unis, plus indemnité de poste et prestations"),
                     ("Date de publication :", "6 juillet 2035"),
                     ("Date limite de dépôt des candidatures :", "4 août 2035 (minuit, heure de New York)")]:
            labelled(c, l, v, 9)
    row(facts_en, facts_fr, "EAF1F8")

    def txt(h, ps):
        def f(c):
            first_cell_par(c, h, bold=True, color="1F4E79")
            for p in ps:
                para(c, p, size=9)
        return f
    row(txt("Organizational setting", [
        "The Mechanism carries out the residual functions of the former international criminal tribunals for Rwanda and for the former Yugoslavia. Its Archives and Records Section holds the judicial, prosecution and administrative records of both tribunals and of the Mechanism itself, in Arusha and in The Hague.",
        "The post is located in the Arusha branch. The incumbent reports to the Archivist (P-4) and works closely with the Judicial Records Unit."]),
        txt("Cadre organisationnel", [
        "Le Mécanisme exerce les fonctions résiduelles des anciens tribunaux pénaux internationaux pour le Rwanda et pour l'ex-Yougoslavie. Sa Section des archives et des dossiers conserve les dossiers judiciaires, les dossiers du Bureau du Procureur et les dossiers administratifs des deux tribunaux et du Mécanisme lui-même, à Arusha et à La Haye.",
        "Le poste est basé à la division d'Arusha. Le ou la titulaire relève de l'Archiviste (P-4) et travaille en étroite collaboration avec le Groupe des dossiers judiciaires."]))

    def duties(h, items):
        def f(c):
            first_cell_par(c, h, bold=True, color="1F4E79")
            for i, it in enumerate(items, 1):
                para(c, f"{i}. {it}", size=9, space_after=1)
        return f
    row(duties("Responsibilities", [
        "Appraises and arranges incoming transfers of records from the organs of the Mechanism.",
        "Describes records in the archival catalogue according to international standards.",
        "Ingests born-digital records into the digital preservation system and verifies their integrity.",
        "Answers requests for access from judges, parties, researchers and national authorities.",
        "Trains focal points in the offices on retention schedules and file plans."]),
        duties("Responsabilités", [
        "Évalue et organise les versements de dossiers provenant des organes du Mécanisme.",
        "Décrit les dossiers dans le catalogue d'archives conformément aux normes internationales.",
        "Intègre les documents nativement numériques dans le système de préservation et en vérifie l'intégrité.",
        "Répond aux demandes d'accès des juges, des parties, des chercheurs et des autorités nationales.",
        "Forme les correspondants des bureaux aux calendriers de conservation et aux plans de classement."]))

    def bullets(h, lead, items):
        def f(c):
            first_cell_par(c, h, bold=True, color="1F4E79")
            if lead: para(c, lead, size=9, italic=True, space_after=1)
            for it in items:
                para(c, "•  " + it, size=9, space_after=1)
        return f
    row(bullets("Essential qualifications", None, E["essential"]),
        bullets("Qualifications essentielles", None, F["essential"]))
    row(bullets("Desirable qualifications", None, E["desirable"]),
        bullets("Qualifications souhaitables", None, F["desirable"]))

    def comps(h, items, sep):
        def f(c):
            first_cell_par(c, h, bold=True, color="1F4E79")
            for it in items:
                p = c.add_paragraph(); p.paragraph_format.space_after = Pt(1)
                r = p.add_run(it["name"] + sep); r.bold = True; r.font.size = Pt(9)
                r = p.add_run(" " + it["description"]); r.font.size = Pt(9)
        return f
    row(comps("Competencies", n["competencies"]["en"], ":"), comps("Compétences", n["competencies"]["fr"], " :"))
    row(txt("How to apply", [
        "Applications must be submitted through the United Nations careers portal, quoting the vacancy announcement number, before the deadline shown above. Only short-listed candidates will be contacted. A written assessment is planned for the week of 1 September 2035."]),
        txt("Candidature", [
        "Les candidatures doivent être déposées sur le portail des carrières des Nations Unies, en rappelant le numéro de l'avis de vacance, avant la date limite indiquée ci-dessus. Seuls les candidats présélectionnés seront contactés. Une épreuve écrite est prévue la semaine du 1er septembre 2035."]))
    return d


# ---------------------------------------------------------------- Guernsey
def guernsey():
    n = N["guernsey"]; R = n["requirements"]["en"]
    d = base_doc(font="Liberation Sans", size=10)
    sec = d.sections[0]
    ht = sec.header.add_table(1, 2, Cm(17)); ht.style = "Table Grid"
    first_cell_par(ht.cell(0, 0), "STATES OF GUERNSEY", bold=True, size=11, color="00576B")
    first_cell_par(ht.cell(0, 1), "Job Description & Advert\nCommittee for Health & Social Care", size=8.5)
    shade(ht.cell(0, 0), "DDEEF0")
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(n["reference"] + "  |  JD template v4.2  |  Page "); r.font.size = Pt(8)
    field(fp, "PAGE"); r = fp.add_run(" of "); r.font.size = Pt(8); field(fp, "NUMPAGES")
    para(d, n["title"]["en"], bold=True, size=16, color="00576B", space_after=6)
    t = d.add_table(rows=0, cols=4); t.style = "Table Grid"
    facts = [("Job title", n["title"]["en"], "Job ref", n["reference"]),
             ("Employer", n["organisation"]["en"], "Committee", "Health & Social Care"),
             ("Service area", "Environmental Health & Pollution Regulation", "Reports to", "Principal Environmental Health Officer"),
             ("Location", n["location"]["en"], "Grade", n["grade"]),
             ("Salary", "£58,412 – £64,905 per annum", "Hours", n["schedule"]["en"]),
             ("Contract", "Permanent", "Advert date", "14 July 2035"),
             ("Closing date", "11 August 2035 (23:59)", "Interviews", "w/c 1 September 2035")]
    for a, b, c_, e in facts:
        cells = t.add_row().cells
        for i, (v, lab) in enumerate(((a, 1), (b, 0), (c_, 1), (e, 0))):
            first_cell_par(cells[i], v, bold=bool(lab), size=9)
            if lab: shade(cells[i], "DDEEF0")
    for col, w in zip(t.columns, (Cm(2.8), Cm(5.7), Cm(2.8), Cm(5.7))):
        for c in col.cells: c.width = w
    para(d, "")
    para(d, "Job purpose", bold=True, size=12, color="00576B")
    para(d, "The Senior Environmental Health Officer leads the food safety team within Environmental Health & Pollution Regulation. The post holder makes sure that food sold or produced in the Bailiwick is safe and honestly described, by planning the inspection programme, dealing with complaints and outbreaks, and taking proportionate enforcement action. The role also gives specialist advice to the Committee and to other States services on food law.")
    para(d, "Key responsibilities", bold=True, size=12, color="00576B")
    for i, it in enumerate([
        "Plan and deliver the annual programme of food hygiene and food standards interventions.",
        "Investigate food complaints, food poisoning notifications and outbreaks with the Public Health team.",
        "Supervise and coach two Environmental Health Officers and a technical officer.",
        "Prepare enforcement notices and case files, and give evidence in court when required.",
        "Advise businesses, event organisers and the public, including through talks and written guidance.",
        "Contribute to reviews of local food legislation and to the service's business plan."], 1):
        para(d, f"{i}. {it}", space_after=1)
    para(d, "")
    para(d, "Person specification", bold=True, size=12, color="00576B")
    para(d, "Candidates will be shortlisted against the criteria below.", italic=True)
    para(d, "Essential", bold=True, italic=True)
    for it in R["essential"]:
        p = d.add_paragraph(it, style="List Bullet"); p.paragraph_format.space_after = Pt(1)
    para(d, "Desirable", bold=True, italic=True)
    for it in R["desirable"]:
        p = d.add_paragraph(it, style="List Bullet"); p.paragraph_format.space_after = Pt(1)
    para(d, "")
    para(d, "Key competencies", bold=True, size=12, color="00576B")
    for it in n["competencies"]["en"]:
        p = d.add_paragraph(); p.paragraph_format.space_after = Pt(2)
        r = p.add_run(it["name"] + ":"); r.bold = True
        p.add_run(" " + it["description"])
    para(d, "About working for the States", bold=True, size=12, color="00576B")
    para(d, "Relocation assistance of up to £6,000 may be available to successful candidates moving to Guernsey, together with help with a housing licence. The States offer a contributory pension scheme, 25 days' annual leave plus bank holidays and flexible working arrangements where the service allows.")
    para(d, "How to apply", bold=True, size=12, color="00576B")
    para(d, "Apply online through the States of Guernsey recruitment system and attach a CV and a supporting statement that addresses the person specification. For an informal discussion, contact the Principal Environmental Health Officer on 01481 200000 or envhealth.recruitment@gov.gg.example. Applications close on 11 August 2035.")
    return d


# ---------------------------------------------------------------- Cnam
def cnam():
    n = N["cnam"]; R = n["requirements"]["fr"]
    d = base_doc(font="Liberation Serif", size=10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("le cnam  ·  Direction des ressources humaines  ·  Offre d'emploi"); r.font.size = Pt(8); r.font.color.rgb = RGBColor.from_string("C1002A")
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Cnam – 292, rue Saint-Martin, 75141 Paris Cedex 03  ·  "); r.font.size = Pt(8); field(fp, "PAGE")
    para(d, "OFFRE D'EMPLOI", bold=True, size=10, color="C1002A")
    para(d, n["title"]["fr"], bold=True, size=15, space_after=8)
    box = d.add_table(rows=1, cols=1); box.style = "Table Grid"; c = box.cell(0, 0); shade(c, "F4F4F4")
    first_cell_par(c, "L'offre en bref", bold=True, color="C1002A")
    for l, v in [("Référence de l'offre :", n["reference"]),
                 ("Établissement :", n["organisation"]["fr"]),
                 ("Direction :", "Direction nationale des usages du numérique (DNUM)"),
                 ("Lieu de travail :", n["location"]["fr"]),
                 ("Catégorie et corps :", "A – ingénieur d'études (BAP F)"),
                 ("Nature du contrat :", "CDD de 12 mois, renouvelable"),
                 ("Quotité :", n["schedule"]["fr"]),
                 ("Rémunération :", "entre 2 480 € et 2 950 € bruts mensuels selon expérience"),
                 ("Date de publication :", "10/07/2035"),
                 ("Date limite de candidature :", "25/08/2035"),
                 ("Prise de fonctions :", "1er octobre 2035")]:
        labelled(c, l, v, 10)
    para(d, "")
    para(d, "Le Cnam et la DNUM", bold=True, size=12, color="C1002A")
    para(d, "Établissement public d'enseignement supérieur, le Cnam forme chaque année des dizaines de milliers d'adultes en activité, à Paris, dans ses centres régionaux et à distance. La Direction nationale des usages du numérique accompagne les équipes pédagogiques dans la conception de formations hybrides et entièrement à distance ; elle compte une vingtaine d'agents.")
    para(d, "Missions", bold=True, size=12, color="C1002A")
    for it in ["concevoir, avec les enseignants, des parcours de formation à distance et hybrides ;",
               "scénariser les activités et produire des ressources interactives ;",
               "paramétrer les espaces de cours sur la plateforme d'apprentissage ;",
               "évaluer la qualité des dispositifs et proposer des améliorations ;",
               "animer des ateliers de prise en main pour les enseignants."]:
        para(d, "– " + it, space_after=1)
    para(d, "")
    para(d, "Profil recherché – grille des critères", bold=True, size=12, color="C1002A")
    para(d, "Chaque critère est coté « Indispensable » ou « Souhaité » ; la commission de sélection examinera les dossiers au regard de cette grille.", italic=True)
    rows = [("1", R["essential"][0], "Indispensable"),
            ("2", R["essential"][1], "Indispensable"),
            ("3", R["desirable"][0], "Souhaité"),
            ("4", R["essential"][2], "Indispensable"),
            ("5", R["desirable"][1], "Souhaité"),
            ("6", R["essential"][3], "Indispensable"),
            ("7", R["desirable"][2], "Souhaité")]
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(("N°", "Critère", "Niveau")):
        first_cell_par(t.cell(0, i), h, bold=True, color="FFFFFF"); shade(t.cell(0, i), "C1002A")
    for a, b, c_ in rows:
        cells = t.add_row().cells
        first_cell_par(cells[0], a); first_cell_par(cells[1], b); first_cell_par(cells[2], c_, bold=(c_ == "Indispensable"))
    for col, w in zip(t.columns, (Cm(1.2), Cm(12.3), Cm(3.5))):
        for c in col.cells: c.width = w
    para(d, "")
    para(d, "Savoir-être", bold=True, size=12, color="C1002A")
    for it in n["competencies"]["fr"]:
        para(d, "› " + it["name"], space_after=1)
    para(d, "")
    para(d, "Candidature", bold=True, size=12, color="C1002A")
    para(d, "Adressez un CV et une lettre de motivation, en rappelant la référence CNAM-DRH-2035-118, à recrutement.dnum@cnam.example au plus tard le 25/08/2035. Les entretiens auront lieu à partir du 8 septembre 2035. Le poste est ouvert aux agents titulaires par voie de détachement.")
    return d


def main():
    os.makedirs(SRC, exist_ok=True)
    for name, fn, stem in (("irmct", irmct, "irmct-aru-35-017-irmct"),
                           ("guernsey", guernsey, "sog-hsc-35-0412-gov-gg"),
                           ("cnam", cnam, "cnam-drh-2035-118-cnam")):
        fn().save(os.path.join(SRC, stem + ".libreoffice.docx"))


if __name__ == "__main__":
    main()
