"""Word notices (python-docx, Debian's /usr/bin/python3), converted by LibreOffice:
Bermuda (template with a header table), St Helena (criteria table), ASNR (form with boxes)."""
import os
import shutil
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from data import N, ROOT, HERE

SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def field(par, instr):
    r = par.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = par.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    par.add_run("1")
    r4 = par.add_run()
    en = OxmlElement("w:fldChar"); en.set(qn("w:fldCharType"), "end"); r4._r.append(en)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit"); trPr.append(c)


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return p


def base(doc, font="Liberation Sans", size=10):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    return sec


def heading(doc, text, color="1F3864", size=12):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True; r.font.size = Pt(size); r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(10); p.paragraph_format.space_after = Pt(3)
    return p


def bullets(doc, items, style="List Bullet"):
    for i in items:
        doc.add_paragraph(i, style=style)


# ------------------------------------------------------------------ Bermuda
def bermuda():
    n = N["bermuda"]
    doc = Document(); sec = base(doc, "Liberation Sans", 10)
    h = sec.header
    ht = h.add_table(1, 2, Cm(17))
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    a, b = ht.rows[0].cells
    cell_text(a, "GOVERNMENT OF BERMUDA", bold=True, size=12, color="FFFFFF"); shade(a, "12355B")
    a.add_paragraph().add_run("Ministry of Public Works").font.size = Pt(9)
    cell_text(b, "Job Advertisement & Description", bold=True, size=10); shade(b, "DCE6F0")
    b.add_paragraph().add_run("Department of Works and Engineering – Highways Section").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.add_run(f"{n['reference']} | JD form HR-7 rev. 3 | Page ").font.size = Pt(8)
    field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")

    t = doc.add_paragraph(); r = t.add_run(n["title"]["en"]); r.bold = True; r.font.size = Pt(16)
    r.font.color.rgb = RGBColor.from_string("12355B")
    rows = [("Post title", n["title"]["en"], "Job reference", n["reference"]),
            ("Employer", n["organisation"]["en"], "Ministry", "Ministry of Public Works"),
            ("Department", "Works and Engineering", "Reports to", "Principal Highways Engineer"),
            ("Location", n["location"]["en"], "Grade", n["grade"]),
            ("Salary", "BMD $94,518 – $121,065 per annum", "Hours", n["schedule"]["en"]),
            ("Employment type", "Permanent and pensionable", "Date posted", "11 September 2036"),
            ("Closing date", "Thursday, 2 October 2036 at 4:00 pm", "Interviews", "Week of 19 October 2036")]
    tb = doc.add_table(len(rows), 4); tb.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = tb.rows[i].cells[j]
            cell_text(c, v, bold=(j % 2 == 0), size=9)
            if j % 2 == 0: shade(c, "DCE6F0")
    heading(doc, "Job purpose", "12355B")
    doc.add_paragraph("The Highways Asset Engineer keeps an accurate picture of the condition of the public road network, "
                      "bridges and retaining walls, and uses it to plan maintenance that keeps roads safe through the hurricane "
                      "season and the busy summer months.")
    heading(doc, "Key responsibilities", "12355B")
    for d in ["Manage the highways asset register and the annual condition survey programme.",
              "Prepare the five-year maintenance plan and the annual works programme with cost estimates.",
              "Inspect roads, walls and drainage after storms and advise on emergency closures.",
              "Prepare specifications and tender documents, and supervise contractors on site.",
              "Respond to queries from the public, Ministers and other departments."]:
        doc.add_paragraph(d, style="List Number")
    heading(doc, "Person specification", "12355B")
    p = doc.add_paragraph(); r = p.add_run("Essential"); r.bold = True; r.italic = True
    bullets(doc, n["essential"]["en"])
    p = doc.add_paragraph(); r = p.add_run("Desirable"); r.bold = True; r.italic = True
    bullets(doc, n["desirable"]["en"])
    heading(doc, "Key competencies", "12355B")
    for c in n["competencies"]["en"]:
        p = doc.add_paragraph(); p.add_run(c["name"] + ":").bold = True; p.add_run(" " + c["description"])
    heading(doc, "Additional information", "12355B")
    doc.add_paragraph("Preference will be given to qualified Bermudians, spouses of Bermudians and permanent resident "
                      "certificate holders. The successful candidate will be required to pass a medical examination. "
                      "Applications must include a completed application form, a cover letter, a CV and copies of "
                      "qualifications, and be submitted through the Government's online recruitment system by the closing "
                      "date. Late applications will not be accepted.")
    return doc


# ------------------------------------------------------------------ St Helena
def sthelena():
    n = N["sthelena"]
    doc = Document(); sec = base(doc, "Liberation Serif", 10.5)
    hp = sec.header.paragraphs[0]
    hp.add_run("ST HELENA GOVERNMENT\tJob Profile and Person Specification").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(f"{n['reference']} · page ").font.size = Pt(8); field(fp, "PAGE")

    p = doc.add_paragraph(); r = p.add_run("ST HELENA GOVERNMENT"); r.bold = True; r.font.size = Pt(14)
    p.add_run("\nEnvironment, Natural Resources and Planning Portfolio").font.size = Pt(10)
    p = doc.add_paragraph(); r = p.add_run("JOB PROFILE"); r.bold = True; r.font.size = Pt(12)
    facts = [("Job title:", n["title"]["en"]), ("Reference:", n["reference"]),
             ("Employer:", n["organisation"]["en"]), ("Section:", "Marine Management – Biosecurity"),
             ("Location:", n["location"]["en"]), ("Grade:", n["grade"]),
             ("Salary:", "£22,410 to £25,020 per annum"), ("Hours:", n["schedule"]["en"]),
             ("Contract:", "Permanent, subject to a six-month probation period"),
             ("Advertised:", "15 September 2036"),
             ("Closing date:", "6 October 2036, 12 noon (St Helena time)"),
             ("Interviews:", "19 and 20 October 2036")]
    tb = doc.add_table(len(facts), 2)
    for i, (a, b) in enumerate(facts):
        cell_text(tb.rows[i].cells[0], a, bold=True); cell_text(tb.rows[i].cells[1], b)
        tb.rows[i].cells[0].width = Cm(4); tb.rows[i].cells[1].width = Cm(13)
    heading(doc, "Job purpose", "000000", 11.5)
    doc.add_paragraph("To protect St Helena's marine environment and fisheries from harmful species by inspecting vessels, "
                      "cargo and equipment arriving at Rupert's Wharf and Jamestown, and by raising awareness of "
                      "biosecurity among port users.")
    heading(doc, "Key tasks", "000000", 11.5)
    for d in ["Inspect the hulls, ballast records and equipment of visiting yachts and ships.",
              "Inspect imported containers and packaging for marine pests and report findings.",
              "Issue and follow up biosecurity notices in line with the Ordinance and procedures.",
              "Keep inspection records and monthly statistics in the biosecurity database.",
              "Deliver short briefings to fishers, boat owners and port staff."]:
        doc.add_paragraph(d, style="List Number")
    heading(doc, "Person specification", "000000", 11.5)
    doc.add_paragraph("E = essential, D = desirable. Assessed by: A = application form, I = interview, T = practical test.")
    tb = doc.add_table(len(n["criteria"]) + 1, 4); tb.style = "Table Grid"
    for j, hd in enumerate(["Area", "Criteria", "E / D", "Assessed by"]):
        c = tb.rows[0].cells[j]; cell_text(c, hd, bold=True, size=9.5); shade(c, "D9D9D9")
    for i, (area, text, ed, how) in enumerate(n["criteria"], 1):
        row = tb.rows[i]; cant_split(row)
        cell_text(row.cells[0], area, size=9.5); cell_text(row.cells[1], text, size=9.5)
        cell_text(row.cells[2], ed, bold=True, size=9.5); cell_text(row.cells[3], how, size=9.5)
    for row in tb.rows:
        for j, w in enumerate([Cm(3.4), Cm(9.6), Cm(1.6), Cm(2.4)]):
            row.cells[j].width = w
    heading(doc, "Personal attributes", "000000", 11.5)
    for c in n["competencies"]["en"]:
        doc.add_paragraph(c["name"], style="List Bullet")
    heading(doc, "How to apply", "000000", 11.5)
    doc.add_paragraph("Application forms are available from the Human Resources Directorate, The Castle, Jamestown, and "
                      "online. Completed forms should be returned by the closing date. Overseas applicants may be offered "
                      "a relocation package of up to £4,500; the post is offered on local terms and conditions.")
    return doc


# ------------------------------------------------------------------ ASNR
def asnr():
    n = N["asnr"]
    doc = Document(); sec = base(doc, "DejaVu Sans", 9)
    sec.left_margin = sec.right_margin = Cm(1.6)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Formulaire FP-DRH-04 · page ").font.size = Pt(7); field(fp, "PAGE")
    fp.add_run(" / "); field(fp, "NUMPAGES")

    head = doc.add_table(1, 2); head.style = "Table Grid"
    a, b = head.rows[0].cells
    cell_text(a, "ASNR", bold=True, size=16, color="7A1F2B")
    a.add_paragraph().add_run("Autorité de sûreté nucléaire\net de radioprotection").font.size = Pt(8)
    cell_text(b, "FICHE DE POSTE", bold=True, size=13); shade(b, "F2E6E8")
    b.add_paragraph().add_run(f"N° de l'offre : {n['reference']}").font.size = Pt(9)

    def band(txt):
        t = doc.add_table(1, 1); c = t.rows[0].cells[0]
        cell_text(c, txt, bold=True, size=9.5, color="FFFFFF"); shade(c, "7A1F2B")

    def boxes(pairs):
        t = doc.add_table((len(pairs) + 1) // 2, 2); t.style = "Table Grid"
        for k, (lab, val) in enumerate(pairs):
            c = t.rows[k // 2].cells[k % 2]
            cell_text(c, lab.upper(), size=6.5, color="7A1F2B")
            c.add_paragraph().add_run(val).font.size = Pt(9)
            cant_split(t.rows[k // 2])

    def wide(lab, items, bullet=True):
        t = doc.add_table(1, 1); t.style = "Table Grid"; c = t.rows[0].cells[0]
        cell_text(c, lab.upper(), size=6.5, color="7A1F2B")
        for it in items:
            c.add_paragraph().add_run(("▪ " if bullet else "") + it).font.size = Pt(9)

    doc.add_paragraph()
    band("A. IDENTIFICATION DU POSTE")
    boxes([("Intitulé du poste", n["title"]["fr"]), ("Employeur", n["organisation"]["fr"]),
           ("Direction / service", "Division de Lyon – pôle nucléaire de proximité"),
           ("Lieu d'affectation", n["location"]["fr"]),
           ("Catégorie", "A (ingénieur de l'industrie et des mines ou contractuel)"),
           ("Rémunération", "Entre 3 100 € et 3 800 € bruts mensuels selon l'expérience")])
    t = doc.add_table(2, 1); t.style = "Table Grid"
    c = t.rows[0].cells[0]; cell_text(c, "QUOTITÉ DE TRAVAIL", size=6.5, color="7A1F2B")
    c.add_paragraph().add_run("☒ Temps complet   ☐ Temps partiel").font.size = Pt(9)
    c = t.rows[1].cells[0]; cell_text(c, "STATUT", size=6.5, color="7A1F2B")
    c.add_paragraph().add_run("☒ Titulaire (détachement)   ☒ Contractuel (CDD de 3 ans)   ☐ Apprentissage").font.size = Pt(9)
    doc.add_paragraph()
    band("B. MISSIONS")
    wide("Activités principales", [
        "Préparer et conduire des inspections dans les services de radiothérapie, de médecine nucléaire et d'imagerie ;",
        "Rédiger les lettres de suite et suivre la mise en œuvre des demandes ;",
        "Instruire les déclarations d'événements significatifs et les demandes d'autorisation ;",
        "Participer aux exercices de crise et à l'information du public."])
    doc.add_paragraph()
    band("C. PROFIL RECHERCHÉ")
    wide("Compétences requises", n["essential"]["fr"])
    wide("Atouts", n["desirable"]["fr"])
    wide("Qualités attendues", [c["name"] for c in n["competencies"]["fr"]])
    doc.add_paragraph()
    band("D. CALENDRIER")
    boxes([("Date de publication", "15/09/2036"), ("Date limite de candidature", "13/10/2036"),
           ("Entretiens", "semaine du 02/11/2036"), ("Prise de poste souhaitée", "01/01/2037")])
    doc.add_paragraph()
    band("E. CANDIDATURE")
    wide("Modalités", ["Lettre de motivation et CV à adresser, sous la référence indiquée en tête, à "
                       "recrutement@asnr-lyon.example. Les agents publics joignent leur dernier arrêté de situation."],
         bullet=False)
    t = doc.add_table(1, 2); t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Visa du chef de division :\n\n", size=8)
    cell_text(t.rows[0].cells[1], "Visa de la DRH :\n\n", size=8)
    return doc


def convert(docx_path, pdf_name):
    outdir = os.path.join(HERE, "lo_out")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, capture_output=True)
    src = os.path.join(outdir, os.path.basename(docx_path)[:-5] + ".pdf")
    shutil.move(src, os.path.join(ROOT, pdf_name))


def main():
    for fn, stem in [(bermuda, "mpw-hwy-36-117-gov-bm"), (sthelena, "shg-enrp-2036-061-sainthelena"),
                     (asnr, "asnr-drh-2036-0347-asnr")]:
        d = fn(); p = os.path.join(SRC, stem + ".docx"); d.save(p)
        convert(p, stem + ".libreoffice.pdf")
        print(stem)


if __name__ == "__main__":
    main()
