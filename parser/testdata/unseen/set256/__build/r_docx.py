# Word documents (python-docx; run with Debian's /usr/bin/python3), converted by LibreOffice
import os
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from data import N, HERE

SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def field(par, instr):
    r = par.add_run()
    for spec in (("w:fldChar", "begin"), None, ("w:fldChar", "end")):
        if spec is None:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
            r._r.append(it)
        else:
            fc = OxmlElement(spec[0]); fc.set(qn("w:fldCharType"), spec[1]); r._r.append(fc)


def base(doc, size=10, font="Liberation Sans"):
    st = doc.styles["Normal"]
    st.font.name = font; st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)


def para(doc, text, bold=False, italic=False, size=None, color=None, style=None, align=None, space_before=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    if space_before is not None: p.paragraph_format.space_before = Pt(space_before)
    return p


def bullets(doc, items, style="List Bullet"):
    for i in items:
        doc.add_paragraph(i, style=style)


# ---------------------------------------------------------------- 2 Sark, Word template with header table
def sark():
    n = N["cp-hr-39-007"]; R = n["requirements"]["en"]; C = n["competencies"]["en"]
    doc = Document(); base(doc)
    sec = doc.sections[0]; sec.page_height = Mm(297); sec.page_width = Mm(210)
    sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(15); sec.bottom_margin = Mm(18)
    fp = sec.footer.paragraphs[0]
    fp.add_run(f"{n['reference']}  |  Chief Pleas of Sark – Vacancy Notice  |  Page "); field(fp, "PAGE")
    fp.add_run(" of "); field(fp, "NUMPAGES")
    for r in fp.runs: r.font.size = Pt(8)
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    a, b = t.rows[0].cells
    shade(a, "7B1E3A"); shade(b, "F2E6EA")
    a.paragraphs[0].add_run("CHIEF PLEAS OF SARK").bold = True
    a.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255); a.paragraphs[0].runs[0].font.size = Pt(13)
    p = a.add_paragraph(); rr = p.add_run("Policy & Finance Committee – Human Resources"); rr.font.color.rgb = RGBColor(255, 255, 255); rr.font.size = Pt(9)
    b.paragraphs[0].add_run("VACANCY NOTICE").bold = True
    b.add_paragraph("Form HR/VN/3 (rev. 2038)").runs[0].font.size = Pt(8)
    para(doc, "")
    para(doc, n["title"]["en"], bold=True, size=15, color="7B1E3A")
    facts = [("Reference", n["reference"]), ("Employer", n["organisation"]["en"]),
             ("Committee", "Harbours and Sea Fisheries Committee"),
             ("Place of work", n["location"]["en"]), ("Hours", n["schedule"]["en"]),
             ("Terms", "Permanent, subject to a six-month probationary period"),
             ("Salary", "£41,250 – £45,900 per annum, plus a housing allowance of £4,800"),
             ("Date advertised", "6 January 2039"),
             ("Closing date", "Thursday 3 February 2039 at 12 noon")]
    ft = doc.add_table(rows=0, cols=2); ft.style = "Table Grid"
    for k, v in facts:
        c1, c2 = ft.add_row().cells
        c1.paragraphs[0].add_run(k).bold = True; shade(c1, "E8E8E8"); c1.width = Mm(50); c2.width = Mm(120)
        c2.paragraphs[0].add_run(v)
    doc.add_heading("1. Background", level=2)
    para(doc, "Sark has no cars and depends on its two harbours for every passenger, parcel and litre of fuel. "
              "The Harbourmaster is responsible to the Harbours and Sea Fisheries Committee for their safe and efficient "
              "operation all year round, and for the island's moorings and sea fisheries licences.")
    doc.add_heading("2. Main responsibilities", level=2)
    for d in ["Control all vessel movements in Maseline and Creux harbours and their approaches.",
              "Supervise the harbour staff, the crane and the fuel berth.",
              "Keep the harbour safety management system and the emergency plans up to date.",
              "Collect harbour dues and mooring fees and report monthly to the Treasurer.",
              "Act as the island's first responder for oil spills and marine incidents."]:
        doc.add_paragraph(d, style="List Number")
    doc.add_heading("3. Person specification", level=2)
    para(doc, "Essential", bold=True, italic=True); bullets(doc, R["essential"])
    para(doc, "Desirable", bold=True, italic=True); bullets(doc, R["desirable"])
    doc.add_heading("4. Competencies", level=2)
    for c in C:
        p = doc.add_paragraph(style="List Bullet"); p.add_run(c["name"] + ":").bold = True; p.add_run(" " + c["description"])
    doc.add_heading("5. How to apply", level=2)
    para(doc, "Application forms are available from the Greffe, La Chasse Marette, Sark, or from hr@sark.example. "
              "Completed forms must reach the Greffe by the closing date. Interviews are expected in the week of 21 February 2039. "
              "Tied accommodation may be offered; the successful candidate will be asked to begin on 1 April 2039.")
    out = os.path.join(SRC, "cp-hr-39-007-sark.docx"); doc.save(out); return out


# ---------------------------------------------------------------- 3 Tristan, criteria table
def tristan():
    n = N["tdc-hr-39-02"]; R = n["requirements"]["en"]; C = n["competencies"]["en"]
    doc = Document(); base(doc, 10, "Liberation Serif")
    sec = doc.sections[0]; sec.page_height = Mm(297); sec.page_width = Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    hp = sec.header.paragraphs[0]; hp.text = f"Tristan da Cunha Government\tJob Description\t{n['reference']}"
    para(doc, "TRISTAN DA CUNHA GOVERNMENT", bold=True, size=14, color="1F4E79")
    para(doc, "Administrator's Office – Human Resources", italic=True)
    para(doc, n["title"]["en"], bold=True, size=16, space_before=6)
    facts = [("Reference:", n["reference"]), ("Employer:", n["organisation"]["en"]),
             ("Department:", "Agriculture and Natural Resources"), ("Location:", n["location"]["en"]),
             ("Hours:", n["schedule"]["en"]), ("Grade:", n["grade"]),
             ("Salary:", "£29,860 – £33,410 per annum, tax free on island"),
             ("Contract:", "Two years, with return passage from Cape Town"),
             ("Closing date:", "7 February 2039"), ("Ship departure:", "The successful candidate is expected to sail in August 2039")]
    ft = doc.add_table(rows=0, cols=2)
    for k, v in facts:
        c1, c2 = ft.add_row().cells; c1.paragraphs[0].add_run(k).bold = True; c2.paragraphs[0].add_run(v)
        c1.width = Mm(40); c2.width = Mm(130)
    doc.add_heading("Job purpose", level=2)
    para(doc, "To manage the island's livestock, pastures and natural resources so that the community of about 240 people keeps a "
              "secure local food supply, while protecting the island's unique wildlife from introduced pests and diseases.")
    doc.add_heading("Key tasks", level=2)
    for d in ["Run the livestock census, stock-limit scheme and animal health programme.",
              "Advise farmers on pasture rotation, fencing and fodder storage.",
              "Supervise the department's four local staff and the potato patches' seed store.",
              "Enforce biosecurity checks on cargo arriving by ship.",
              "Prepare the annual report and budget for the Island Council."]:
        doc.add_paragraph(d, style="List Number")
    doc.add_page_break()
    doc.add_heading("Person specification", level=2)
    rows = [("Qualifications", R["essential"][0], "E", "A"),
            ("Qualifications", R["desirable"][0], "D", "A / I"),
            ("Experience", R["essential"][1], "E", "A / I"),
            ("Experience", R["desirable"][1], "D", "A"),
            ("Skills", R["essential"][2], "E", "I"),
            ("Skills", R["desirable"][2], "D", "I"),
            ("Physical", R["essential"][3], "E", "M"),
            ("Circumstances", R["essential"][4], "E", "I")]
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Attribute", "Criteria", "E / D", "Assessed by"]):
        c.paragraphs[0].add_run(h).bold = True; shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row): c.paragraphs[0].add_run(v)
    t.autofit = False
    for g, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (30, 95, 15, 30)): g.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        for c, w in zip(row.cells, (30, 95, 15, 30)): c.width = Mm(w)
    para(doc, "E = essential, D = desirable; A = application form, I = interview, M = pre-employment medical.", italic=True, size=8.5)
    doc.add_heading("Personal qualities", level=2)
    bullets(doc, [c["name"] for c in C])
    doc.add_heading("How to apply", level=2)
    para(doc, "Send a completed application form and a covering letter to the Administrator's Office, Edinburgh of the Seven Seas, "
              "or by e-mail to hr@tristan.example, by the closing date. Interviews will be held by video link in early March 2039. "
              "Accommodation, a freight allowance and a medical examination in Cape Town are provided.")
    out = os.path.join(SRC, "tdc-hr-39-02-tristan.docx"); doc.save(out); return out


# ---------------------------------------------------------------- 10 GPMM, landscape in three columns
def gpmm():
    n = N["gpmm-2039-0112"]; R = n["requirements"]["fr"]; C = n["competencies"]["fr"]
    doc = Document(); base(doc, 10)
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Mm(297); sec.page_height = Mm(210)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"): setattr(sec, m, Mm(11))
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sec._sectPr.append(cols)
    cols.set(qn("w:num"), "3"); cols.set(qn("w:space"), "500"); cols.set(qn("w:sep"), "1")
    hp = sec.header.paragraphs[0]; r = hp.add_run("GRAND PORT MARITIME DE MARSEILLE  ·  Offre d'emploi  ·  Direction des ressources humaines")
    r.bold = True; r.font.color.rgb = RGBColor(0x00, 0x5B, 0x96); r.font.size = Pt(9)
    para(doc, n["title"]["fr"], bold=True, size=13, color="005B96")
    for k, v in [("Référence", n["reference"]), ("Employeur", n["organisation"]["fr"]),
                 ("Direction", "Direction des équipements et de la maintenance"),
                 ("Lieu", n["location"]["fr"]), ("Contrat", "CDI, statut agent de maîtrise"),
                 ("Horaires", n["schedule"]["fr"]),
                 ("Rémunération", "34 000 € à 39 500 € bruts annuels selon expérience, plus primes de poste"),
                 ("Publication", "20/01/2039"), ("Date limite", "24/02/2039")]:
        p = doc.add_paragraph(); p.add_run(k + " : ").bold = True; p.add_run(v)
    para(doc, "LE PORT", bold=True, color="005B96", space_before=6)
    para(doc, "Premier port de France, le Grand Port Maritime de Marseille exploite des bassins Est à Marseille et des bassins Ouest "
              "à Fos-sur-Mer. Ses équipes entretiennent les écluses, les ponts mobiles et les ouvrages qui ouvrent les darses de Fos aux navires et aux barges fluviales.")
    para(doc, "VOS MISSIONS", bold=True, color="005B96", space_before=6)
    for d in ["Réaliser la maintenance préventive et corrective des portes d'écluse et des ponts levants ou tournants ;",
              "Diagnostiquer les pannes électriques, hydrauliques et mécaniques ;",
              "Renseigner la GMAO et rédiger les rapports d'intervention ;",
              "Participer aux arrêts programmés et aux essais de manœuvre ;",
              "Veiller au respect des règles de sécurité par les entreprises extérieures."]:
        para(doc, "– " + d)
    para(doc, "VOTRE PROFIL", bold=True, color="005B96", space_before=6)
    bullets(doc, R["essential"])
    para(doc, "SERAIENT UN PLUS", bold=True, color="005B96", space_before=6)
    bullets(doc, R["desirable"])
    para(doc, "VOS QUALITÉS", bold=True, color="005B96", space_before=6)
    for c in C:
        p = doc.add_paragraph(); p.add_run(c["name"] + " :").bold = True; p.add_run(" " + c["description"])
    para(doc, "CANDIDATER", bold=True, color="005B96", space_before=6)
    para(doc, "CV et lettre de motivation sur le portail carrières, référence GPMM-2039-0112, avant le 24/02/2039. "
              "Les entretiens techniques se tiendront à Fos-sur-Mer à partir du 9 mars 2039. Poste ouvert aux personnes en situation de handicap.")
    out = os.path.join(SRC, "gpmm-2039-0112-marseille-port.docx"); doc.save(out); return out


if __name__ == "__main__":
    sark(); tristan(); gpmm()
