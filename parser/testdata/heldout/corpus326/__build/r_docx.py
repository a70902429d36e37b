# python-docx sources (run with /usr/bin/python3): Bougainville, Eryri, IRSG, La Comète
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import N
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)

def field(par, instr):
    r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    par.add_run("1")
    r4 = par.add_run(); f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r4._r.append(f3)

def base(doc, font="Liberation Sans", size=10):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)

def para(doc, text="", bold=False, italic=False, size=None, color=None, align=None, after=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p

def labelled(doc, label, text, sep=": "):
    p = doc.add_paragraph(); r = p.add_run(label + sep); r.bold = True; p.add_run(text); return p

def bullets(doc, items, style="List Bullet"):
    for x in items: doc.add_paragraph(x, style=style)

def facts_table(doc, rows, fill, widths=(Mm(45), Mm(120))):
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in rows:
        c = t.add_row().cells; c[0].text = ""; r = c[0].paragraphs[0].add_run(a); r.bold = True; shade(c[0], fill)
        c[1].text = b; c[0].width, c[1].width = widths
    return t

def bougainville():
    d = N["abg-dpimr-44-118"]; r = d["requirements"]["en"]; cs = d["competencies"]["en"]
    doc = Document(); base(doc)
    sec = doc.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20); sec.top_margin = Mm(42); sec.header_distance = Mm(8)
    hd = sec.header; ht = hd.add_table(rows=1, cols=2, width=Mm(170)); ht.style = "Table Grid"
    a, b = ht.rows[0].cells; shade(a, "1E5631"); shade(b, "F2C14E")
    a.text = ""; p = a.paragraphs[0]; rr = p.add_run("AUTONOMOUS BOUGAINVILLE GOVERNMENT"); rr.bold = True; rr.font.color.rgb = RGBColor(255, 255, 255)
    p2 = a.add_paragraph(); r2 = p2.add_run("Bougainville Public Service – Division of Human Resource Management\nPO Box 322, Buka, ARoB"); r2.font.size = Pt(8); r2.font.color.rgb = RGBColor(255, 255, 255)
    b.text = ""; p = b.paragraphs[0]; rr = p.add_run("POSITION VACANCY"); rr.bold = True; rr.font.size = Pt(13)
    b.add_paragraph("Advertisement No. 27 of 2044").runs[0].font.size = Pt(8)
    b.add_paragraph("Form BPS/HR/2 (rev. 2042)").runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.text = f"{d['reference']} | Bougainville Public Service – Position Vacancy | Page "
    field(fp, "PAGE"); fp.add_run(" of "); field(fp, "NUMPAGES")
    for r_ in fp.runs: r_.font.size = Pt(8)
    para(doc, "Applications are invited from suitably qualified Bougainvilleans and other citizens of Papua New Guinea for the following position.", italic=True)
    p = doc.add_paragraph(); x = p.add_run("Position: "); x.bold = True; x2 = p.add_run(d["title"]["en"]); x2.bold = True
    facts_table(doc, [("Reference", d["reference"]), ("Employer", d["organisation"]["en"]),
        ("Department", "Department of Primary Industries and Marine Resources – Fisheries Division"),
        ("Classification", d["grade"]), ("Salary range", "K58,400 – K64,900 per annum (PGK), with annual increments of K1,300"),
        ("Location", d["location"]["en"]), ("Hours of work", d["schedule"]["en"]),
        ("Date advertised", "14 November 2044"), ("Closing date", "Monday, 5 December 2044 at 4:06 p.m.")], "E3EFD9")
    doc.add_heading("1. Purpose of the position", level=2)
    para(doc, "The position leads the licensing and monitoring of inshore and reef fisheries in the northern region and supervises three district fisheries officers.")
    doc.add_heading("2. Key result areas", level=2)
    for x in ["Process licence applications for beche-de-mer, trochus and live reef fish and keep the licence register.",
              "Plan and lead monitoring patrols with district officers and community wardens.",
              "Advise communities on the design of locally managed marine areas.",
              "Prepare quarterly reports for the Chief Fisheries Officer."]:
        doc.add_paragraph(x, style="List Number")
    doc.add_heading("3. Qualifications and experience", level=2)
    p = para(doc, "Essential", bold=True, italic=True); bullets(doc, r["essential"])
    p = para(doc, "Desirable", bold=True, italic=True); bullets(doc, r["desirable"])
    doc.add_heading("4. Competencies", level=2)
    for c in cs:
        p = doc.add_paragraph(style="List Bullet"); x = p.add_run(c["name"] + ":"); x.bold = True; p.add_run(" " + c["description"])
    doc.add_heading("5. Applications", level=2)
    para(doc, "Send a letter of application quoting the reference, a CV, copies of certificates and the names of three referees to the Director, Human Resource Management, PO Box 322, Buka. Serving officers must route applications through their Head of Department. Field officers receive a K45 outstation allowance per night in addition to salary. Shortlisted applicants will be interviewed in the week of 23 January 2045.")
    doc.save(os.path.join(OUT, "abg.docx"))

def eryri():
    d = N["enpa-44-017"]; r = d["requirements"]["en"]; cs = d["competencies"]["en"]
    doc = Document(); base(doc, "Liberation Sans", 10)
    sec = doc.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297); sec.left_margin = sec.right_margin = Mm(20)
    hp = sec.header.paragraphs[0]; hp.text = "Eryri National Park Authority · Awdurdod Parc Cenedlaethol Eryri\tInformation for candidates\t" + d["reference"]
    for x in hp.runs: x.font.size = Pt(8)
    para(doc, "INFORMATION FOR CANDIDATES", bold=True, color="2E6B3F", size=9)
    para(doc, d["title"]["en"], bold=True, size=17)
    for a, b in [("Employer", d["organisation"]["en"]), ("Reference", d["reference"]), ("Grade", "Grade 6: £33,940 – £36,120 a year"),
                 ("Hours", d["schedule"]["en"]), ("Base", d["location"]["en"]), ("Contract", "Permanent"),
                 ("Closing date", "12 noon on Tuesday 6 December 2044"), ("Interviews", "Thursday 12 January 2045 at Plas Tan y Bwlch")]:
        labelled(doc, a, b)
    doc.add_heading("The job", level=2)
    para(doc, "The Upland Path Officer plans and supervises repairs on the busiest mountain paths of the National Park, including the routes to Yr Wyddfa, and leads the path team and volunteer days.")
    doc.add_heading("Main duties", level=2)
    for x in ["Survey path condition each spring and autumn and keep the path database up to date.",
              "Prepare specifications and supervise contractors and the in-house path team.",
              "Arrange helicopter lifts of stone and materials in agreement with landowners.",
              "Organise volunteer days with partner organisations."]:
        doc.add_paragraph(x, style="List Number")
    doc.add_heading("Behaviours we look for", level=2)
    for c in cs:
        p = doc.add_paragraph(); x = p.add_run(c["name"] + ": "); x.bold = True; p.add_run(c["description"])
    doc.add_heading("Pay and benefits", level=2)
    para(doc, "Local Government Pension Scheme, 27 days' annual leave rising to 32, and a car allowance of 45p per mile for fieldwork. Outdoor clothing worth £400 is provided.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Person specification", level=2)
    para(doc, "Candidates will be shortlisted against the essential criteria. The desirable criteria will help us choose between candidates.", italic=True)
    rows = [("Qualifications", r["essential"][0], "–"),
            ("Experience", r["essential"][1], r["desirable"][0]),
            ("Knowledge", r["essential"][2], r["desirable"][1]),
            ("Skills", "–", r["desirable"][2]),
            ("Welsh language", r["essential"][3], "–")]
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, x in enumerate(["", "Essential", "Desirable"]):
        c = t.rows[0].cells[i]; c.text = ""; rr = c.paragraphs[0].add_run(x); rr.bold = True; shade(c, "2E6B3F"); rr.font.color.rgb = RGBColor(255, 255, 255)
    for a, b, c_ in rows:
        cells = t.add_row().cells
        cells[0].text = ""; rr = cells[0].paragraphs[0].add_run(a); rr.bold = True; shade(cells[0], "DCEBDD")
        cells[1].text = b; cells[2].text = c_
    for row in t.rows:
        for i, w in enumerate((Mm(35), Mm(70), Mm(65))): row.cells[i].width = w
    para(doc, "")
    para(doc, "Welsh language level 3: able to hold a conversation about work matters and to write simple e-mails.", italic=True, size=8.5)
    doc.add_heading("How to apply", level=2)
    para(doc, "Complete the application form on our website and return it to personnel@eryri.example. Applications in Welsh will be treated no less favourably than applications in English.")
    doc.save(os.path.join(OUT, "eryri.docx"))

def irsg():
    d = N["irsg-vn-2044-03"]; r = d["requirements"]["en"]; cs = d["competencies"]["en"]
    doc = Document(); base(doc, "Liberation Serif", 11)
    sec = doc.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297); sec.left_margin = sec.right_margin = Mm(24)
    sec.different_first_page_header_footer = True
    fh = sec.first_page_header.paragraphs[0]; fh.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = fh.add_run("INTERNATIONAL RUBBER STUDY GROUP"); x.bold = True; x.font.size = Pt(14)
    sec.first_page_header.add_paragraph("Secretariat · 21 Harbourfront Walk, #08-04 · Singapore 098585").alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp = sec.header.paragraphs[0]; hp.text = f"IRSG\tVacancy notice {d['reference']}\tPage "; field(hp, "PAGE"); hp.add_run(" of "); field(hp, "NUMPAGES")
    for x in hp.runs: x.italic = True; x.font.size = Pt(8.5)
    for ft in (sec.footer, sec.first_page_footer):
        p = ft.paragraphs[0]; p.text = "This notice is issued for recruitment purposes only. Please quote the reference in all correspondence."
        p.runs[0].font.size = Pt(8)
    para(doc, "VACANCY NOTICE", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, d["title"]["en"], bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "The Secretariat of the Group invites applications from nationals of member countries.", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    facts_table(doc, [("Vacancy notice", d["reference"]), ("Organization", d["organisation"]["en"]),
        ("Duty station", d["location"]["en"]), ("Level", "P-3 (step 1 to 4, depending on experience)"),
        ("Monthly salary", "SGD 8,200 – 9,400 (net of staff assessment)"), ("Hours of work", d["schedule"]["en"]),
        ("Type of appointment", "Fixed-term, two years, renewable"), ("Date of issue", "7 November 2044"),
        ("Closing date", "12 December 2044, 17:00 Singapore time (SGT)")], "EDE3D0")
    doc.add_heading("1. Background", level=2)
    para(doc, "The International Rubber Study Group is an intergovernmental body that brings together rubber producing and consuming countries. It publishes statistics on natural and synthetic rubber and holds an annual World Rubber Summit.")
    doc.add_heading("2. Purpose of the post", level=2)
    para(doc, "Under the supervision of the Head of Economics and Statistics, the incumbent analyses world rubber markets, prepares the statistical bulletin and contributes to outlook reports.")
    doc.add_heading("3. Duties and responsibilities", level=2)
    for x in ["a) maintain the Group's databases of production, consumption, trade and stocks;",
              "b) prepare the quarterly Rubber Statistical Bulletin and its commentary;",
              "c) update supply and demand balances and medium-term forecasts;",
              "d) draft papers for the Secretary-General and for member meetings;",
              "e) answer statistical enquiries from members and industry."]:
        para(doc, x)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("4. Competencies", level=2)
    for c in cs:
        p = doc.add_paragraph(); x = p.add_run(c["name"] + ":"); x.bold = True; p.add_run(" " + c["description"])
    doc.add_heading("5. Qualifications and experience", level=2)
    para(doc, "Essential", bold=True); bullets(doc, r["essential"])
    para(doc, "Desirable", bold=True); bullets(doc, r["desirable"])
    doc.add_heading("6. Conditions of service", level=2)
    para(doc, "The Group contributes 15% of salary to a provident fund. An annual home leave travel grant and an education grant of up to SGD 18,000 a year per child are paid to eligible staff. Staff are entitled to 30 working days of annual leave.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("7. Selection process", level=2)
    para(doc, "Shortlisted candidates will sit a written test in the week of 9 January 2045 and will be interviewed by a panel of the Group's members. The selected candidate is expected to take up duty on 3 April 2045.")
    doc.add_heading("8. How to apply", level=2)
    para(doc, "Send a cover letter, a detailed CV and the IRSG personal history form to recruitment@rubberstudy.example, quoting the vacancy notice number in the subject line. Only shortlisted candidates will be contacted.")
    doc.save(os.path.join(OUT, "irsg.docx"))

def comete():
    d = N["comete-2044-04"]; r = d["requirements"]["fr"]; cs = d["competencies"]["fr"]
    doc = Document(); base(doc, "Liberation Sans", 9)
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(14); sec.top_margin = sec.bottom_margin = Mm(14)
    cols = OxmlElement("w:cols"); cols.set(qn("w:num"), "3"); cols.set(qn("w:space"), "567"); cols.set(qn("w:sep"), "1")
    sec._sectPr.append(cols)
    hp = sec.header.paragraphs[0]; hp.text = "La Comète · scène nationale · Offre " + d["reference"]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(7.5)
    fp = sec.footer.paragraphs[0]; fp.text = "La Comète – 5 rue des Fripiers – 51000 Châlons-en-Champagne"; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; fp.runs[0].font.size = Pt(7.5)
    para(doc, "LA COMÈTE RECRUTE", bold=True, color="C0392B", size=9)
    para(doc, d["title"]["fr"], bold=True, size=15)
    nb = lambda x: x.replace("Châlons-en-Champagne", "Châlons\u2011en\u2011Champagne")
    for a, b in [("Employeur", nb(d["organisation"]["fr"])), ("Référence", d["reference"]), ("Lieu", nb(d["location"]["fr"])),
                 ("Contrat", "CDI à temps complet"), ("Horaires", d["schedule"]["fr"]),
                 ("Classification", d["grade"] + " (CCNEAC)"), ("Salaire", "2 180 € bruts mensuels sur 13 mois"),
                 ("Publication", "08/11/2044"), ("Date limite", "19/12/2044")]:
        labelled(doc, a, b, " : ")
    para(doc, "LA STRUCTURE", bold=True, color="C0392B")
    para(doc, "Scène pluridisciplinaire, La Comète présente chaque saison une soixantaine de spectacles de théâtre, de danse, de cirque et de musique, ainsi qu'un festival de cinéma. L'équipe permanente compte vingt-quatre salariés.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
    para(doc, "LES MISSIONS", bold=True, color="C0392B")
    for x in ["– concevoir et animer les parcours d'éducation artistique avec les établissements scolaires ;",
              "– développer les relations avec les associations, les comités d'entreprise et les structures sociales ;",
              "– organiser les rencontres avec les artistes et les visites du théâtre ;",
              "– participer à l'accueil du public les soirs de représentation."]:
        para(doc, x)
    para(doc, "PROFIL RECHERCHÉ", bold=True, color="C0392B"); bullets(doc, r["essential"])
    para(doc, "SERAIENT UN PLUS", bold=True, color="C0392B"); bullets(doc, r["desirable"])
    doc.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
    para(doc, "QUALITÉS", bold=True, color="C0392B")
    for c in cs:
        p = doc.add_paragraph(); x = p.add_run(c["name"] + " : "); x.bold = True; p.add_run(c["description"])
    para(doc, "AVANTAGES", bold=True, color="C0392B")
    para(doc, "Tickets-restaurant de 9 € (prise en charge à 60 %), mutuelle d'entreprise, deux places offertes par spectacle.")
    para(doc, "CANDIDATURE", bold=True, color="C0392B")
    para(doc, "Lettre et CV à adresser à la direction, par courriel à recrutement@la-comete.example, avant le 19/12/2044. Entretiens le 10/01/2045 ; prise de poste le 01/02/2045.")
    doc.save(os.path.join(OUT, "comete.docx"))

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    bougainville(); eryri(); irsg(); comete()
