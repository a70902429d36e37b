# -*- coding: utf-8 -*-
"""Word (.docx, python-docx) sources of the three LibreOffice notices. Run with Debian's /usr/bin/python3."""
import os, sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import N

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
os.makedirs(SRC, exist_ok=True)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trPr.append(e)


def borders(table, color="808080", sz="4"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), sz)
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


def field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)


def para(container, text="", bold=False, size=None, color=None, italic=False, align=None, space_after=4, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
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


def labelled(container, label, value, size=None):
    p = container.add_paragraph()
    r = p.add_run(label); r.bold = True
    r2 = p.add_run(value)
    if size:
        r.font.size = Pt(size); r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def cell_first(cell, text, bold=False, size=None, color=None):
    p = cell.paragraphs[0]
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return p


def base(doc, font="Liberation Sans", size=10):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(1.8)
    return sec


# ---------------------------------------------------------------- ICOM: EN | FR side by side
def icom():
    d = N["icom-sec-2036-04"]
    doc = Document(); sec = base(doc, size=9)
    ht = sec.header.add_table(1, 2, Cm(17.4))
    cell_first(ht.cell(0, 0), "INTERNATIONAL COUNCIL OF MUSEUMS", bold=True, size=9, color="5B2C6F")
    ht.cell(0, 0).add_paragraph("Maison de l'UNESCO · 1, rue Miollis · 75015 Paris").runs[0].font.size = Pt(7)
    p = cell_first(ht.cell(0, 1), "CONSEIL INTERNATIONAL DES MUSÉES", bold=True, size=9, color="5B2C6F")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    q = ht.cell(0, 1).add_paragraph("Secrétariat · Ressources humaines"); q.runs[0].font.size = Pt(7)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.add_run(d["reference"] + " · page ")
    field(fp, "PAGE")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_table(rows=0, cols=2)
    borders(t, "B7A6C4")
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row():
        r = t.add_row(); cant_split(r); return r.cells

    c = row()
    for i, s in enumerate(["VACANCY NOTICE", "AVIS DE VACANCE"]):
        shade(c[i], "5B2C6F"); cell_first(c[i], s, bold=True, size=12, color="FFFFFF")
    c = row()
    cell_first(c[0], "Vacancy notice No. " + d["reference"], size=8)
    para(c[0], d["title"]["en"], bold=True, size=13)
    cell_first(c[1], "Avis de vacance n° " + d["reference"], size=8)
    para(c[1], d["title"]["fr"], bold=True, size=13)
    c = row()
    for i in (0, 1):
        shade(c[i], "F1ECF5")
    facts_en = [("Organisation: ", d["organisation"]["en"]), ("Department: ", "Membership and Networks"),
                ("Duty station: ", d["location"]["en"]), ("Working time: ", d["schedule"]["en"]),
                ("Contract: ", "fixed-term, two years, renewable (French private-law contract)"),
                ("Salary: ", "EUR 42,000 – 47,500 gross per year, according to experience"),
                ("Date of issue: ", "2 February 2036"), ("Closing date: ", "9 March 2036, 23:59 Paris time")]
    facts_fr = [("Organisation : ", d["organisation"]["fr"]), ("Service : ", "Adhésions et réseaux"),
                ("Lieu d'affectation : ", d["location"]["fr"]), ("Temps de travail : ", d["schedule"]["fr"]),
                ("Contrat : ", "durée déterminée de deux ans, renouvelable (droit privé français)"),
                ("Rémunération : ", "42 000 à 47 500 euros bruts par an selon l'expérience"),
                ("Date de publication : ", "2 février 2036"), ("Date de clôture : ", "9 mars 2036, 23 h 59, heure de Paris")]
    cell_first(c[0], "Key facts", bold=True)
    for a, b in facts_en:
        labelled(c[0], a, b)
    cell_first(c[1], "En bref", bold=True)
    for a, b in facts_fr:
        labelled(c[1], a, b)

    c = row()
    cell_first(c[0], "About ICOM", bold=True, color="5B2C6F")
    para(c[0], "Founded in 1946, ICOM is the global network of museums and museum professionals. Its "
         "Secretariat in Paris supports some fifty thousand members, more than a hundred National Committees "
         "and about thirty International Committees, and organises a General Conference every three years.")
    cell_first(c[1], "À propos de l'ICOM", bold=True, color="5B2C6F")
    para(c[1], "Fondé en 1946, l'ICOM est le réseau mondial des musées et des professionnels de musée. Son "
         "secrétariat, à Paris, accompagne quelque cinquante mille membres, plus d'une centaine de comités "
         "nationaux et une trentaine de comités internationaux, et organise une Conférence générale tous les trois ans.")

    duties_en = ["Answer enquiries from individual and institutional members by e-mail, telephone and chat.",
                 "Process new memberships and renewals in the CRM database and check payments.",
                 "Issue membership cards and prepare the annual renewal campaign with the National Committees.",
                 "Produce monthly statistics on membership and service requests.",
                 "Keep the members' help pages on the website up to date in English and French."]
    duties_fr = ["Répondre aux demandes des membres individuels et institutionnels par courriel, téléphone et messagerie.",
                 "Traiter les adhésions et les renouvellements dans la base CRM et vérifier les paiements.",
                 "Émettre les cartes de membre et préparer la campagne annuelle de renouvellement avec les comités nationaux.",
                 "Produire des statistiques mensuelles sur les adhésions et les demandes de service.",
                 "Tenir à jour, en anglais et en français, les pages d'aide aux membres du site web."]
    c = row()
    cell_first(c[0], "Duties and responsibilities", bold=True, color="5B2C6F")
    for i, s in enumerate(duties_en, 1):
        para(c[0], f"{i}. {s}", space_after=2)
    cell_first(c[1], "Fonctions et responsabilités", bold=True, color="5B2C6F")
    for i, s in enumerate(duties_fr, 1):
        para(c[1], f"{i}. {s}", space_after=2)

    c = row()
    cell_first(c[0], "Essential requirements", bold=True, color="5B2C6F")
    for s in d["req"]["en"]["essential"]:
        para(c[0], "• " + s, space_after=2)
    cell_first(c[1], "Exigences", bold=True, color="5B2C6F")
    for s in d["req"]["fr"]["essential"]:
        para(c[1], "• " + s, space_after=2)
    c = row()
    cell_first(c[0], "Desirable", bold=True, color="5B2C6F")
    for s in d["req"]["en"]["desirable"]:
        para(c[0], "• " + s, space_after=2)
    cell_first(c[1], "Atouts", bold=True, color="5B2C6F")
    for s in d["req"]["fr"]["desirable"]:
        para(c[1], "• " + s, space_after=2)
    c = row()
    cell_first(c[0], "Competencies", bold=True, color="5B2C6F")
    for it in d["comp"]["en"]:
        p = c[0].add_paragraph(); r = p.add_run(it["name"] + ": "); r.bold = True; p.add_run(it["description"])
    cell_first(c[1], "Compétences", bold=True, color="5B2C6F")
    for it in d["comp"]["fr"]:
        p = c[1].add_paragraph(); r = p.add_run(it["name"] + " : "); r.bold = True; p.add_run(it["description"])
    c = row()
    cell_first(c[0], "How to apply", bold=True, color="5B2C6F")
    para(c[0], "Send a CV and a cover letter in English or French, quoting the reference, to "
         "recruitment@icom-secretariat.example. Interviews are planned for the week of 6 April 2036 and the "
         "post is to be filled from 1 June 2036. Only shortlisted candidates will be contacted.")
    cell_first(c[1], "Candidature", bold=True, color="5B2C6F")
    para(c[1], "Adressez un CV et une lettre de motivation en anglais ou en français, en rappelant la référence, "
         "à recruitment@icom-secretariat.example. Les entretiens sont prévus la semaine du 6 avril 2036 et le "
         "poste est à pourvoir à partir du 1er juin 2036. Seules les personnes présélectionnées seront contactées.")
    for r in t.rows:
        r.cells[0].width = Cm(8.7); r.cells[1].width = Cm(8.7)
    out = os.path.join(SRC, "icom-sec-2036-04-icom.docx"); doc.save(out); return out


# ---------------------------------------------------------------- Gibraltar: Word template with a header table
def gibraltar():
    d = N["hmgog-pd-2036-031"]
    doc = Document(); sec = base(doc, font="Liberation Serif", size=10.5)
    ht = sec.header.add_table(1, 2, Cm(17.4))
    borders(ht, "1F3A5F", "8")
    cell_first(ht.cell(0, 0), "HM GOVERNMENT OF GIBRALTAR", bold=True, size=12, color="1F3A5F")
    ht.cell(0, 0).add_paragraph("Human Resources Department").runs[0].font.size = Pt(8)
    shade(ht.cell(0, 1), "DCE6F0")
    p = cell_first(ht.cell(0, 1), "VACANCY NOTICE AND JOB SPECIFICATION", bold=True, size=9)
    q = ht.cell(0, 1).add_paragraph("Template HR/VN/3 (rev. 2034)"); q.runs[0].font.size = Pt(7)
    fp = sec.footer.paragraphs[0]
    fp.add_run(d["reference"] + "   |   Official Notice   |   Page ")
    field(fp, "PAGE")
    fp.add_run(" of ")
    field(fp, "NUMPAGES")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    para(doc, "VACANCY", bold=True, size=15, color="1F3A5F", space_after=2)
    para(doc, d["title"]["en"], bold=True, size=13, space_after=8)
    rows = [("Post", d["title"]["en"]), ("Reference", d["reference"]), ("Employer", d["organisation"]["en"]),
            ("Department", "Civil Status and Registration Office"), ("Location", d["location"]["en"]),
            ("Grade", "Executive Officer (EO)"),
            ("Salary scale", "£31,862; £32,740; £33,625; £34,517; £35,903 per annum"),
            ("Hours", d["schedule"]["en"]), ("Type of appointment", "Permanent and pensionable"),
            ("Date of advert", "16 February 2036"), ("Closing date", "13/03/2036 (12 noon)"),
            ("Selection", "written exercise on 25 March 2036; interviews in April 2036")]
    t = doc.add_table(rows=0, cols=2); borders(t)
    for a, b in rows:
        r = t.add_row().cells
        shade(r[0], "DCE6F0"); cell_first(r[0], a, bold=True); cell_first(r[1], b)
        r[0].width = Cm(4.5); r[1].width = Cm(12.9)
    para(doc, "")
    para(doc, "1. Purpose of the post", bold=True, size=11.5, color="1F3A5F")
    para(doc, "HM Government of Gibraltar invites applications for the post of Executive Officer in the Civil "
         "Status and Registration Office. The post holder supervises the registration counter, where births, "
         "deaths, marriages and civil partnerships are recorded, and looks after the issue of certificates, "
         "passports and identity cards for residents of Gibraltar.")
    para(doc, "2. Main duties", bold=True, size=11.5, color="1F3A5F")
    for i, s in enumerate(["Supervise two Administrative Officers and an Administrative Assistant at the public counter.",
                           "Check registration entries and certificates before they are signed by the Registrar.",
                           "Deal with complex enquiries, including late registrations and corrections to records.",
                           "Maintain the registers and their digital index in line with the retention schedule.",
                           "Prepare monthly returns and statistics for the Statistics Office.",
                           "Deputise for the Senior Executive Officer when required."]):
        para(doc, "abcdefgh"[i] + ") " + s, space_after=2)
    para(doc, "3. Qualifications and experience", bold=True, size=11.5, color="1F3A5F")
    p = para(doc, "Applicants must possess:", italic=True)
    for i, s in enumerate(d["req"]["en"]["essential"]):
        para(doc, "abcdefgh"[i] + ") " + s, space_after=2)
    para(doc, "It would be an advantage to have:", italic=True)
    for i, s in enumerate(d["req"]["en"]["desirable"]):
        para(doc, "abcdefgh"[i] + ") " + s, space_after=2)
    para(doc, "4. Core competencies", bold=True, size=11.5, color="1F3A5F")
    for it in d["comp"]["en"]:
        p = doc.add_paragraph(style="List Bullet"); r = p.add_run(it["name"] + ": "); r.bold = True
        p.add_run(it["description"])
    para(doc, "5. Terms", bold=True, size=11.5, color="1F3A5F")
    para(doc, "Appointment will be made on the first point of the salary scale, progressing by annual "
         "increments. A Government-approved uniform allowance of £350 a year applies to counter staff. "
         "Successful candidates will serve a probationary period of twelve months.")
    para(doc, "6. How to apply", bold=True, size=11.5, color="1F3A5F")
    para(doc, "Application forms are available from the Human Resources Department, Irish Town, and from "
         "the official notices page. Completed forms, quoting the reference, must reach the Department by "
         "12 noon on the closing date. Late applications will not be considered.")
    out = os.path.join(SRC, "hmgog-pd-2036-031-gov-gi.docx"); doc.save(out); return out


# ---------------------------------------------------------------- Comédie-Française: criteria table
def comedie():
    d = N["cf-drh-2036-012"]
    doc = Document(); sec = base(doc, font="Liberation Serif", size=10.5)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("COMÉDIE-FRANÇAISE\tDirection des ressources humaines"); r.font.size = Pt(8)
    r.font.color.rgb = RGBColor.from_string("8B0000")
    fp = sec.footer.paragraphs[0]
    fp.add_run("Offre " + d["reference"] + " – page ")
    field(fp, "PAGE")
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    para(doc, "OFFRE D'EMPLOI", bold=True, size=9, color="8B0000", space_after=2)
    para(doc, d["title"]["fr"], bold=True, size=16, space_after=2)
    para(doc, "Offre n° " + d["reference"], size=9, space_after=8)
    facts = [("Employeur : ", d["organisation"]["fr"]), ("Direction : ", "Direction technique – service lumière"),
             ("Lieu de travail : ", d["location"]["fr"]), ("Contrat : ", "CDI de droit privé"),
             ("Temps de travail : ", d["schedule"]["fr"]),
             ("Rémunération : ", "2 650 € à 3 100 € bruts mensuels selon expérience, sur 13 mois"),
             ("Publication : ", "12/02/2036"), ("Date limite de candidature : ", "16/03/2036"),
             ("Prise de poste : ", "4 mai 2036")]
    for a, b in facts:
        labelled(doc, a, b)
    para(doc, "")
    para(doc, "La maison", bold=True, size=12, color="8B0000")
    para(doc, "Seul théâtre d'État doté d'une troupe permanente, la Comédie-Française joue en alternance sur "
         "trois scènes parisiennes : la Salle Richelieu, le Théâtre du Vieux-Colombier et le Studio-Théâtre. "
         "Chaque jour, le plateau de la Salle Richelieu change de décor deux à trois fois, ce qui demande aux "
         "équipes techniques une organisation précise et une grande réactivité.")
    para(doc, "Missions", bold=True, size=12, color="8B0000")
    for s in ["préparer et monter les implantations lumière des spectacles du répertoire et des créations ;",
              "encoder et restituer les conduites lumière en répétition et en représentation ;",
              "assurer la maintenance courante des projecteurs, gradateurs et consoles ;",
              "participer aux changements de plateau quotidiens liés à l'alternance ;",
              "tenir à jour la documentation technique de chaque production."]:
        para(doc, "– " + s, space_after=2)
    para(doc, "Profil recherché", bold=True, size=12, color="8B0000")
    para(doc, "Les critères ci-dessous serviront à l'examen des candidatures.", italic=True)
    t = doc.add_table(rows=1, cols=4); borders(t, "8B0000")
    hdr = ["N°", "Critère", "Indispensable", "Apprécié"]
    for i, h in enumerate(hdr):
        shade(t.rows[0].cells[i], "F2DCDC"); cell_first(t.rows[0].cells[i], h, bold=True)
    for n, (txt, rating) in enumerate(d["criteria"], 1):
        r = t.add_row(); cant_split(r); c = r.cells
        cell_first(c[0], str(n)); cell_first(c[1], txt)
        cell_first(c[2], "✔" if rating == "I" else "")
        cell_first(c[3], "✔" if rating == "A" else "")
    for r in t.rows:
        r.cells[0].width = Cm(1.0); r.cells[1].width = Cm(11.4); r.cells[2].width = Cm(2.6); r.cells[3].width = Cm(2.4)
    para(doc, "")
    para(doc, "Savoir-être", bold=True, size=12, color="8B0000")
    for it in d["comp"]["fr"]:
        para(doc, "› " + it["name"], space_after=2)
    para(doc, "Conditions", bold=True, size=12, color="8B0000")
    para(doc, "Le service lumière travaille en deux équipes. Un planning est communiqué trois semaines à "
         "l'avance ; les heures de nuit et de jours fériés sont majorées selon l'accord d'entreprise. "
         "Restaurant du personnel et prise en charge de 75 % du titre de transport.")
    para(doc, "Candidater", bold=True, size=12, color="8B0000")
    para(doc, "Adressez CV et lettre de motivation, avec la référence de l'offre, à "
         "recrutement@comedie-francaise.example avant la date limite. Les entretiens auront lieu la semaine "
         "du 30 mars 2036, avec une mise en situation au pupitre.")
    out = os.path.join(SRC, "cf-drh-2036-012-comedie-francaise.docx"); doc.save(out); return out


if __name__ == "__main__":
    for f in (icom, gibraltar, comedie):
        print(f())
