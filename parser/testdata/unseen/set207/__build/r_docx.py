# -*- coding: utf-8 -*-
"""python-docx + LibreOffice notices: TAAF (Word template with a header table), IWC (criteria
table), PIFS (three pages with running heads and footers). Needs Debian's python3-docx
(/usr/bin/python3)."""
import os
import subprocess
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import N, ROOT  # noqa: E402

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
os.makedirs(SRC, exist_ok=True)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def field(paragraph, instr):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    f.append(r)
    paragraph._p.append(f)


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def heading(doc, text, color="1F3864", size=12, before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(color)
    return p


def para(doc, text, size=10, italic=False, bold=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.italic = italic
    r.bold = bold
    p.paragraph_format.space_after = Pt(3)
    return p


def bullets(doc, items, style="List Bullet"):
    for i in items:
        p = doc.add_paragraph(style=style)
        p.add_run(i).font.size = Pt(10)


def convert(doc, stem):
    src = os.path.join(SRC, stem + ".docx")
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", SRC, src],
                   check=True, capture_output=True)
    pdf = os.path.join(ROOT, stem + ".libreoffice.pdf")
    os.replace(os.path.join(SRC, stem + ".pdf"), pdf)
    return pdf


def base(margins=(2.0, 2.0, 2.0, 2.0)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    s = doc.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = (Cm(m) for m in margins)
    return doc


# ---------------------------------------------------------------- TAAF
def taaf():
    j = N["taaf"]["json"]
    r = j["requirements"]["fr"]
    doc = base((3.2, 2.0, 2.0, 2.0))
    sec = doc.sections[0]
    hdr = sec.header
    ht = hdr.add_table(1, 2, Cm(17))
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    a, b = ht.rows[0].cells
    cell_text(a, "PRÉFET, ADMINISTRATEUR SUPÉRIEUR\nDES TERRES AUSTRALES ET ANTARCTIQUES FRANÇAISES", bold=True, size=8, color="1F3864")
    cell_text(b, "FICHE DE POSTE\nDirection des affaires administratives et financières – Service des ressources humaines", size=8)
    b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    shade(b, "DCE6F2")
    fp = sec.footer.paragraphs[0]
    fp.add_run(f"Réf. {j['reference']} · Modèle FDP-RH v4 · Siège des TAAF, rue Gabriel Dejean, 97410 Saint-Pierre · page ").font.size = Pt(7)
    field(fp, "PAGE")

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run(j["title"]["fr"])
    rr.bold = True
    rr.font.size = Pt(15)
    rr.font.color.rgb = RGBColor.from_string("1F3864")
    rows = [
        ("Intitulé du poste", j["title"]["fr"]),
        ("Référence de l'offre", j["reference"]),
        ("Employeur", j["organisation"]["fr"]),
        ("Lieu d'affectation", j["location"]["fr"]),
        ("Supérieur hiérarchique immédiat", "Chef de district"),
        ("Statut", "Agent contractuel de droit public – catégorie B (à titre indicatif)"),
        ("Durée de la mission", "12 mois, dont un hivernage complet"),
        ("Quotité de travail", j["schedule"]["fr"]),
        ("Rémunération", "3 400 € bruts mensuels, hors indemnités d'éloignement et de sujétion"),
        ("Date de publication", "04/12/2034"),
        ("Date limite de candidature", "08/01/2035"),
        ("Départ prévu", "octobre 2035, depuis La Réunion"),
    ]
    tb = doc.add_table(rows=len(rows), cols=2)
    tb.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        c0, c1 = tb.rows[i].cells
        c0.width, c1.width = Cm(5.5), Cm(11.5)
        cell_text(c0, k, bold=True, size=9)
        shade(c0, "DCE6F2")
        cell_text(c1, v, size=9)

    heading(doc, "Éléments de contexte")
    para(doc, "Le district de Kerguelen accueille chaque année entre 45 et 110 personnes selon la saison : scientifiques, "
              "militaires, agents de la réserve naturelle et personnels techniques. La base de Port-aux-Français dispose "
              "d'une centrale électrique, d'une unité de production d'eau, d'ateliers et d'une soixantaine de bâtiments "
              "qu'il faut entretenir dans un climat venteux et humide, loin de tout fournisseur.")
    heading(doc, "Missions principales")
    for m in ("Planifier et suivre l'entretien préventif et curatif des bâtiments et des réseaux de la base ;",
              "Encadrer les techniciens du district (plombier, électricien, mécanicien) et répartir le travail ;",
              "Gérer le stock de pièces détachées et préparer les commandes pour les rotations du navire ;",
              "Veiller au respect des règles de sécurité et des prescriptions de la réserve naturelle ;",
              "Rendre compte chaque semaine au chef de district et au service technique du siège."):
        p = doc.add_paragraph(style="List Number")
        p.add_run(m)
    heading(doc, "Profil recherché")
    p = para(doc, "Compétences requises", italic=True, bold=True)
    bullets(doc, r["essential"])
    p = para(doc, "Compétences appréciées", italic=True, bold=True)
    bullets(doc, r["desirable"])
    heading(doc, "Savoir-être")
    bullets(doc, [c["name"] for c in j["competencies"]["fr"]])
    heading(doc, "Conditions particulières")
    para(doc, "Le poste implique une visite médicale d'aptitude et un entretien avec un psychologue. Le logement et la "
              "restauration sont pris en charge sur la base. Les candidats retenus pour un entretien seront convoqués "
              "entre le 26 janvier et le 6 février 2035.")
    heading(doc, "Modalités de candidature")
    para(doc, f"Adresser CV et lettre de motivation, en indiquant la référence {j['reference']}, au service des "
              "ressources humaines : recrutement@taaf-emplois.example.")
    return convert(doc, N["taaf"]["key"] + "-taaf")


# ---------------------------------------------------------------- IWC
def iwc():
    j = N["iwc"]["json"]
    r = j["requirements"]["en"]
    doc = base()
    hp = doc.sections[0].header.paragraphs[0]
    hp.add_run("INTERNATIONAL WHALING COMMISSION · SECRETARIAT").font.size = Pt(8)
    t = doc.add_paragraph()
    rr = t.add_run("Job description and person specification")
    rr.font.size = Pt(9)
    rr.font.color.rgb = RGBColor.from_string("0B6E79")
    t2 = doc.add_paragraph()
    rr = t2.add_run(j["title"]["en"])
    rr.bold = True
    rr.font.size = Pt(16)
    rr.font.color.rgb = RGBColor.from_string("0B6E79")
    rows = [("Reference:", j["reference"]), ("Employer:", j["organisation"]["en"]),
            ("Location:", j["location"]["en"]), ("Hours:", j["schedule"]["en"]),
            ("Grade:", j["grade"]), ("Salary:", "£38,400 – £44,100 per annum, plus 10% pension contribution"),
            ("Contract:", "Permanent, subject to a six-month probation"),
            ("Closing date:", "15 January 2035, midnight UK time"),
            ("Interviews:", "week commencing 2 February 2035")]
    tb = doc.add_table(rows=len(rows), cols=2)
    for i, (k, v) in enumerate(rows):
        cell_text(tb.rows[i].cells[0], k, bold=True, size=9.5)
        cell_text(tb.rows[i].cells[1], v, size=9.5)
        tb.rows[i].cells[0].width = Cm(4)
        tb.rows[i].cells[1].width = Cm(13)
    heading(doc, "About the Secretariat", "0B6E79")
    para(doc, "The Commission's Secretariat is based in a converted house on the northern edge of Cambridge and has a "
              "staff of about twenty. It supports the Commission, its Scientific Committee and a growing programme on "
              "entanglement, ship strikes, bycatch and strandings, which depends on data sent in by member governments "
              "and by stranding networks.")
    heading(doc, "Main purpose of the job", "0B6E79")
    para(doc, "To run the Secretariat's databases on bycatch and strandings, to check and summarise the national "
              "returns, and to prepare the data papers and maps used by the Scientific Committee at its annual meeting.")
    heading(doc, "Key tasks", "0B6E79")
    for m in ("Receive, validate and load national progress reports and stranding records.",
              "Maintain the data dictionaries, access rights and backups of the databases.",
              "Prepare summary tables, maps and short papers for the Scientific Committee and its working groups.",
              "Answer data requests from researchers and check that data-use agreements are respected.",
              "Help organise two expert workshops a year, including remote participation."):
        p = doc.add_paragraph(style="List Number")
        p.add_run(m)
    heading(doc, "Person specification", "0B6E79")
    para(doc, "Candidates will be short-listed against the criteria below. A = application form, I = interview, "
              "T = practical test.", size=9, italic=True)
    crit = [("Qualifications", r["essential"][0], "Essential", "A"),
            ("Qualifications", r["desirable"][0], "Desirable", "A"),
            ("Experience", r["essential"][1], "Essential", "A, I"),
            ("Experience", r["desirable"][1], "Desirable", "A, I"),
            ("Skills", r["essential"][2], "Essential", "T"),
            ("Skills", r["desirable"][2], "Desirable", "A, T"),
            ("Skills", r["essential"][3], "Essential", "T, I"),
            ("Other", r["essential"][4], "Essential", "I")]
    tb = doc.add_table(rows=len(crit) + 1, cols=4)
    tb.style = "Table Grid"
    widths = (Cm(3), Cm(9), Cm(2.8), Cm(2.2))
    for k, h in enumerate(("Area", "Criteria", "Essential / Desirable", "Assessed by")):
        c = tb.rows[0].cells[k]
        cell_text(c, h, bold=True, size=9, color="FFFFFF")
        shade(c, "0B6E79")
        c.width = widths[k]
    for i, row in enumerate(crit, 1):
        for k, v in enumerate(row):
            c = tb.rows[i].cells[k]
            cell_text(c, v, size=9, bold=(k == 2))
            c.width = widths[k]
            if i % 2 == 0:
                shade(c, "E6F2F3")
    heading(doc, "What we offer", "0B6E79")
    para(doc, "25 days of annual leave plus public holidays, flexible working hours, a contribution to relocation "
              "costs of up to £3,000 and free parking on site. The post is open to nationals of member governments.")
    heading(doc, "How to apply", "0B6E79")
    para(doc, "Complete the application form and send it, with a covering letter that addresses the person "
              "specification, to vacancies@iwc-secretariat.example by the closing date. CVs sent without the form "
              "will not be considered.")
    return convert(doc, N["iwc"]["key"] + "-iwc")


# ---------------------------------------------------------------- PIFS
def pifs():
    j = N["pifs"]["json"]
    r = j["requirements"]["en"]
    doc = base((2.5, 2.2, 2.2, 2.2))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    rr = hp.add_run("PACIFIC ISLANDS FORUM SECRETARIAT\tApplicant Information Package – PIFS-2035-009")
    rr.font.size = Pt(8)
    rr.font.color.rgb = RGBColor.from_string("00587A")
    fp = sec.footer.paragraphs[0]
    fp.add_run("Private Mail Bag, Ratu Sukuna Road, Suva, Fiji · recruitment@forumsec-jobs.example\tPage ").font.size = Pt(8)
    field(fp, "PAGE")
    fp.add_run(" of ").font.size = Pt(8)
    field(fp, "NUMPAGES")

    t = doc.add_paragraph()
    rr = t.add_run("APPLICANT INFORMATION PACKAGE")
    rr.bold = True
    rr.font.size = Pt(11)
    rr.font.color.rgb = RGBColor.from_string("00587A")
    t = doc.add_paragraph()
    rr = t.add_run(j["title"]["en"])
    rr.bold = True
    rr.font.size = Pt(18)
    para(doc, "Issued 8 December 2034")
    heading(doc, "1. About the Pacific Islands Forum Secretariat", "00587A")
    para(doc, "Founded in 1971, the Pacific Islands Forum brings together eighteen member countries and territories. Its "
              "Secretariat in Suva carries out the decisions of Forum Leaders and supports members on political, "
              "economic and trade matters, guided by the Framework for Pacific Regionalism and the 2050 Strategy for "
              "the Blue Pacific Continent.")
    para(doc, "The Secretariat aims to be an employer of choice in the region. It recruits on merit, seeks gender "
              "balance and wants its workforce to reflect the diversity of its membership.")
    heading(doc, "2. About the position", "00587A")
    para(doc, "The Regional Trade Policy Adviser sits in the Economic Governance Programme and reports to the Director, "
              "Trade and Investment. The Adviser leads the Secretariat's support to members on regional trade "
              "agreements, on WTO matters and on the trade elements of the 2050 Strategy, and supervises two Trade "
              "Policy Officers.")
    heading(doc, "3. Position accountabilities", "00587A")
    for m in ("Provide technical and policy advice to members on regional and multilateral trade negotiations.",
              "Prepare papers for the Forum Trade Ministers Meeting and the Forum Economic Ministers Meeting.",
              "Coordinate the monitoring of regional trade agreements and report on their implementation.",
              "Build partnerships with CROP agencies, development partners and the private sector.",
              "Manage the trade programme's workplan and budget, and supervise and mentor the officers.",
              "Represent the Secretariat at regional and international meetings when delegated."):
        p = doc.add_paragraph(style="List Number")
        p.add_run(m)
    para(doc, "Position complexities: the Adviser must balance the interests of members at very different levels of "
              "development, work to tight timelines set by ministerial meetings and manage expectations of partners.")
    # page 2
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "4. Qualifications and experience required for the role", "00587A", before=0)
    para(doc, "Essential:", bold=True)
    bullets(doc, r["essential"])
    para(doc, "Desirable:", bold=True)
    bullets(doc, r["desirable"])
    heading(doc, "5. Capabilities", "00587A")
    para(doc, "The Secretariat assesses every candidate against its capability framework:")
    for c in j["competencies"]["en"]:
        p = doc.add_paragraph(style="List Bullet")
        a = p.add_run(c["name"] + ": ")
        a.bold = True
        p.add_run(c["description"])
    heading(doc, "6. Functional relationships", "00587A")
    para(doc, "External: trade officials of member governments, CROP agencies, the WTO Secretariat, development "
              "partners, regional private-sector organisations. Internal: the Economic Governance Programme, the "
              "Political and Legal teams, the Office of the Secretary General.")
    heading(doc, "7. Level of delegation", "00587A")
    para(doc, "The Adviser approves expenditure within the trade workplan up to FJD 20,000 and signs routine "
              "correspondence with member officials.")
    # page 3
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "8. Summary of conditions, benefits and entitlements", "00587A", before=0)
    cond = [("Contract term", "Three years, renewable once subject to performance and funding."),
            ("Working hours", j["schedule"]["en"]),
            ("Salary", "Band 11: FJD 98,450 – 123,060 per annum, paid fortnightly."),
            ("Grade", j["grade"]),
            ("Duty station", j["location"]["en"]),
            ("Cost of living difference allowance", "Paid in accordance with the Secretariat's staff regulations."),
            ("Housing", "A housing allowance of up to 80% of approved rent for internationally recruited staff."),
            ("Education", "An education allowance for up to three dependent children."),
            ("Annual leave", "25 working days a year.")]
    tb = doc.add_table(rows=len(cond), cols=2)
    tb.style = "Table Grid"
    for i, (k, v) in enumerate(cond):
        cell_text(tb.rows[i].cells[0], k, bold=True, size=9)
        cell_text(tb.rows[i].cells[1], v, size=9)
        shade(tb.rows[i].cells[0], "E0EEF3")
    heading(doc, "9. Administrative information", "00587A")
    para(doc, "Application closing date: 26 January 2035, 5.00 pm Fiji time.", bold=True)
    para(doc, f"Applications must quote {j['reference']} and include a cover letter, a CV, copies of qualifications "
              "and the names of three referees. Short-listed candidates will be interviewed in late February 2035; "
              "the expected start date is 1 May 2035.")
    para(doc, "The Secretariat is a smoke-free workplace and does not charge any fee at any stage of recruitment.")
    return convert(doc, N["pifs"]["key"] + "-forumsec")


if __name__ == "__main__":
    for f in (taaf, iwc, pifs):
        print(f())
