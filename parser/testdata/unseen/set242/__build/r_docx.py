# Word sources (python-docx; run with Debian's /usr/bin/python3) for the LibreOffice PDFs.
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from data import N
B = os.path.dirname(os.path.abspath(__file__))

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill); tcPr.append(s)

def field(par, instr):
    r = par.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)

def cellp(cell, text, bold=False, size=None, color=None):
    p = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    return p

def base(doc, size=10):
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(size)

def anguilla():
    d = N["dpa-vac-37-041"]; r = d["requirements"]["en"]; c = d["competencies"]["en"]
    doc = Document(); base(doc); sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6)
    ht = sec.header.add_table(1, 2, Cm(17)); ht.style = "Table Grid"
    a, b = ht.rows[0].cells; shade(a, "1F4E79")
    cellp(a, "GOVERNMENT OF ANGUILLA", True, 11, "FFFFFF"); cellp(a, "Department of Public Administration", False, 8.5, "FFFFFF")
    shade(b, "DDEBF7"); cellp(b, "VACANCY NOTICE AND JOB DESCRIPTION", True, 9.5); cellp(b, "Form PA/REC/2 (rev. 2035)", False, 8)
    fp = sec.footer.paragraphs[0]; fp.add_run(f"{d['reference']} | Public Service Vacancy | Page ").font.size = Pt(8)
    field(fp, "PAGE"); fp.add_run(" of ").font.size = Pt(8); field(fp, "NUMPAGES")
    h = doc.add_paragraph(); rr = h.add_run(d["title"]["en"].upper()); rr.bold = True; rr.font.size = Pt(15)
    doc.add_paragraph("The Government of Anguilla invites applications from suitably qualified persons for the post below.")
    rows = [("Post title", d["title"]["en"]), ("Vacancy reference", d["reference"]), ("Employer", d["organisation"]["en"]),
            ("Ministry", "Ministry of Economic Development, Investment, Commerce, Information Technology and Natural Resources"),
            ("Department", "Department of Fisheries and Marine Resources"), ("Reports to", "Director of Fisheries"),
            ("Location", d["location"]["en"]), ("Grade", d["grade"]),
            ("Salary", "EC$68,412 – EC$79,860 (XCD) per annum, in six points"), ("Hours", d["schedule"]["en"]),
            ("Type of appointment", "Permanent and pensionable, subject to a one-year probation"),
            ("Date of advertisement", "5 November 2037"), ("Closing date", "Thursday, 3 December 2037 at 4:00 p.m.")]
    t = doc.add_table(len(rows), 2); t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        shade(t.rows[i].cells[0], "D9D9D9"); cellp(t.rows[i].cells[0], k, True); cellp(t.rows[i].cells[1], v)
    def head(s):
        p = doc.add_paragraph(); x = p.add_run(s); x.bold = True; x.font.size = Pt(11.5); x.font.color.rgb = RGBColor.from_string("1F4E79")
    head("1. Job purpose")
    doc.add_paragraph("To lead the monitoring and management of Anguilla's fisheries and marine resources, and to advise the Director on policy, licensing and enforcement so that fish stocks, reefs and seagrass beds are used sustainably.")
    head("2. Key responsibilities")
    for s in ["Plan and supervise catch and effort data collection at the main landing sites.",
              "Prepare annual stock status reports for lobster, conch and reef fish.",
              "Supervise the fisheries officers and marine park wardens.",
              "Process fishing licences and vessel registrations.",
              "Represent the Department at regional technical meetings.",
              "Perform any other related duties assigned by the Director."]:
        doc.add_paragraph(s, style="List Number")
    head("3. Qualifications and experience")
    p = doc.add_paragraph(); x = p.add_run("Essential"); x.bold = True; x.italic = True
    for s in r["essential"]: doc.add_paragraph(s, style="List Bullet")
    p = doc.add_paragraph(); x = p.add_run("Desirable"); x.bold = True; x.italic = True
    for s in r["desirable"]: doc.add_paragraph(s, style="List Bullet")
    head("4. Core competencies")
    for x in c:
        p = doc.add_paragraph(style="List Bullet"); p.add_run(x["name"] + ":").bold = True; p.add_run(" " + x["description"])
    head("5. How to apply")
    doc.add_paragraph("Applications, on the Government application form, with a cover letter, CV, copies of certificates and two references, should be sent to the Permanent Secretary, Public Administration, James Ronald Webster Building, The Valley, or e-mailed to recruitment@gov-ai.example. Public officers must apply through their Head of Department. Only short-listed applicants will be contacted; interviews are expected in January 2038.")
    doc.save(os.path.join(B, "src", "dpa-vac-37-041-gov-ai.libreoffice.docx"))

def shetland():
    d = N["sic-ptd-37-0288"]; r = d["requirements"]["en"]; c = d["competencies"]["en"]
    doc = Document(); base(doc, 10); sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]; hp.add_run("Shetland Islands Council\tPorts and Harbours\tJob Profile").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.add_run(f"Ref. {d['reference']} – Page ").font.size = Pt(8); field(fp, "PAGE")
    p = doc.add_paragraph(); x = p.add_run("JOB PROFILE AND PERSON SPECIFICATION"); x.bold = True; x.font.size = Pt(14)
    p = doc.add_paragraph(); x = p.add_run(d["title"]["en"]); x.bold = True; x.font.size = Pt(13)
    facts = [("Reference:", d["reference"]), ("Employer:", d["organisation"]["en"]), ("Directorate:", "Infrastructure Services – Ports and Harbours"),
             ("Location:", d["location"]["en"]), ("Grade:", d["grade"]), ("Salary:", "£33,120 – £36,480 per annum, plus shift allowance and distant islands allowance"),
             ("Hours:", d["schedule"]["en"]), ("Contract:", "Permanent"), ("Closing date:", "4 December 2037, 12 noon"),
             ("Interviews:", "week beginning 11 January 2038")]
    t = doc.add_table(len(facts), 2)
    for i, (k, v) in enumerate(facts):
        cellp(t.rows[i].cells[0], k, True); cellp(t.rows[i].cells[1], v)
    def head(s):
        p = doc.add_paragraph(); x = p.add_run(s); x.bold = True; x.font.size = Pt(11.5); x.font.color.rgb = RGBColor.from_string("005A8C")
    head("Job purpose")
    doc.add_paragraph("To support the safe and efficient operation of the Council's harbour at Sullom Voe by maintaining jetties, moorings, navigation aids and pilot boat equipment, and by assisting with the berthing of tankers and service vessels.")
    head("Main tasks")
    for s in ["Carry out planned and reactive maintenance on jetty plant, fenders and mooring equipment.",
              "Inspect and maintain lights, buoys and beacons in the harbour area.",
              "Assist mooring gangs and pilot boat crews during vessel movements.",
              "Keep maintenance logs and report defects in the asset system.",
              "Take part in oil spill response exercises."]:
        doc.add_paragraph(s, style="List Number")
    head("Person specification")
    rows = [("Qualifications", r["essential"][0], "Essential", "A"),
            ("Qualifications", r["desirable"][0], "Desirable", "A"),
            ("Experience", r["essential"][1], "Essential", "A / I"),
            ("Experience", r["desirable"][1], "Desirable", "A / I"),
            ("Skills", r["essential"][2], "Essential", "I / T"),
            ("Knowledge", r["desirable"][2], "Desirable", "I"),
            ("Other", r["essential"][3], "Essential", "A"),
            ("Other", r["essential"][4], "Essential", "I")]
    t = doc.add_table(len(rows) + 1, 4); t.style = "Table Grid"
    for j, hname in enumerate(["Attribute", "Requirement", "Essential / Desirable", "How assessed"]):
        shade(t.rows[0].cells[j], "005A8C"); cellp(t.rows[0].cells[j], hname, True, 9, "FFFFFF")
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row): cellp(t.rows[i].cells[j], v, False, 9)
    doc.add_paragraph("A = application form, I = interview, T = practical test.").runs[0].font.size = Pt(8)
    head("Our values")
    doc.add_paragraph("All employees are expected to show the Council's values in their daily work:")
    for x in c: doc.add_paragraph(x["name"], style="List Bullet")
    head("How to apply")
    doc.add_paragraph("Apply online with the Council's application form. A relocation package of up to £8,000 may be available to successful applicants moving to Shetland. For an informal discussion about the post, contact the Harbour Operations Manager on 01806 000000.")
    doc.save(os.path.join(B, "src", "sic-ptd-37-0288-shetland.libreoffice.docx"))

def adp():
    d = N["adp-2037-0519"]; r = d["requirements"]["fr"]; c = d["competencies"]["fr"]
    doc = Document(); base(doc, 9); sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"): setattr(sec, m, Cm(1.3))
    cols = OxmlElement("w:cols"); cols.set(qn("w:num"), "3"); cols.set(qn("w:space"), "567"); cols.set(qn("w:sep"), "1")
    sec._sectPr.append(cols)
    hp = sec.header.paragraphs[0]; x = hp.add_run("GROUPE ADP  ·  Paris Aéroport  ·  Offre d'emploi"); x.bold = True; x.font.color.rgb = RGBColor.from_string("D2232A")
    def head(s):
        p = doc.add_paragraph(); x = p.add_run(s.upper()); x.bold = True; x.font.size = Pt(9.5); x.font.color.rgb = RGBColor.from_string("1D3557")
    p = doc.add_paragraph(); x = p.add_run(d["title"]["fr"]); x.bold = True; x.font.size = Pt(14)
    for k, v in [("Référence", d["reference"]), ("Employeur", d["organisation"]["fr"]), ("Direction", "Direction de l'ingénierie et de la maintenance – pôle aides visuelles"),
                 ("Lieu", d["location"]["fr"]), ("Contrat", "CDI"), ("Horaires", d["schedule"]["fr"]),
                 ("Rémunération", "28 500 € à 32 000 € bruts annuels, plus primes de sujétion"), ("Publication", "16/11/2037"), ("Date limite", "17/12/2037")]:
        p = doc.add_paragraph(); p.add_run(k + " : ").bold = True; p.add_run(v)
    head("Le contexte")
    doc.add_paragraph("Sur les quatre pistes de l'aéroport, des milliers de feux encastrés et de panneaux guident les avions de jour comme de nuit. L'équipe balisage, une trentaine de personnes, assure leur disponibilité 24 heures sur 24 sous le contrôle de la tour.")
    head("Vos missions")
    for s in ["réaliser la maintenance préventive des feux, régulateurs et câbles ;", "dépanner les installations en cas d'alarme, y compris la nuit ;",
              "tenir à jour les fiches d'intervention dans la GMAO ;", "participer aux essais photométriques des pistes."]:
        doc.add_paragraph("– " + s)
    head("Votre profil")
    for s in r["essential"]: doc.add_paragraph(s, style="List Bullet")
    head("Les plus")
    for s in r["desirable"]: doc.add_paragraph(s, style="List Bullet")
    head("Savoir-être")
    for x in c:
        p = doc.add_paragraph(); p.add_run(x["name"] + " :").bold = True; p.add_run(" " + x["description"])
    head("Pourquoi nous rejoindre")
    doc.add_paragraph("Intéressement, restaurant d'entreprise, accès gratuit aux parkings du personnel et accompagnement vers les habilitations. Prise de poste en mars 2038 après une formation de six semaines.")
    head("Postuler")
    doc.add_paragraph("Envoyez votre CV sur le site carrières du groupe en indiquant la référence. Les entretiens auront lieu à partir du 05/01/2038. Le badge aéroportuaire exige une enquête administrative préalable.")
    p = doc.add_paragraph(); x = p.add_run("Groupe ADP · 1 rue de France · 93290 Tremblay-en-France"); x.font.size = Pt(7.5)
    doc.save(os.path.join(B, "src", "adp-2037-0519-groupeadp.libreoffice.docx"))

if __name__ == "__main__":
    anguilla(); shetland(); adp()
