# International Grains Council: bilingual notice, EN | FR side by side, one table row per
# section pair (Word table), written with python-docx; PDF by LibreOffice (build.sh).
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(1.8)
sec.top_margin = sec.bottom_margin = Cm(1.6)
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(9.5)

def para(container, text="", bold=False, size=None, align=None, color=None, space_after=3):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p

def labelled(container, label, value):
    p = container.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(" " + value)
    p.paragraph_format.space_after = Pt(1)
    return p

def bullets(container, items, numbered=False):
    for i, it in enumerate(items, 1):
        p = container.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.5)
        p.paragraph_format.first_line_indent = Cm(-0.5)
        p.paragraph_format.space_after = Pt(1.5)
        p.add_run((f"{i}.\t" if numbered else "•\t") + it)

# letterhead
hdr = sec.header
hp = hdr.paragraphs[0]
hp.text = "INTERNATIONAL GRAINS COUNCIL  |  CONSEIL INTERNATIONAL DES CÉRÉALES"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].bold = True
hp.runs[0].font.size = Pt(11)
hp.runs[0].font.color.rgb = RGBColor.from_string("7A5C00")
hp2 = hdr.add_paragraph("1 Canada Square, Canary Wharf, London E14 5AE, United Kingdom  ·  Tel. +44 (0)20 7513 1122")
hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp2.runs[0].font.size = Pt(8)
ftr = sec.footer.paragraphs[0]
ftr.text = "IGC/VN/2031/06 – English | Français"
ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
ftr.runs[0].font.size = Pt(7.5)

EN, FR = {}, {}
EN["head"] = ("VACANCY NOTICE", "IGC/VN/2031/06", "Market Analyst (Oilseeds)")
FR["head"] = ("AVIS DE VACANCE", "IGC/VN/2031/06", "Analyste des marchés (oléagineux)")
EN["facts"] = [("Organisation:", "International Grains Council (IGC)"),
               ("Duty station:", "London, United Kingdom"),
               ("Grade:", "P-3"),
               ("Type of appointment:", "Fixed-term, three years, renewable"),
               ("Working time:", "Full-time"),
               ("Net annual salary:", "GBP 57,930 (tax-free), plus allowances"),
               ("Date of issue:", "24 March 2031"),
               ("Closing date:", "2 May 2031, 17:00 London time")]
FR["facts"] = [("Organisation :", "Conseil international des céréales (CIC)"),
               ("Lieu d'affectation :", "Londres, Royaume-Uni"),
               ("Grade :", "P-3"),
               ("Type d'engagement :", "Durée déterminée, trois ans, renouvelable"),
               ("Temps de travail :", "Temps plein"),
               ("Traitement annuel net :", "57 930 GBP (exonéré d'impôt), plus indemnités"),
               ("Date de publication :", "24 mars 2031"),
               ("Date de clôture :", "2 mai 2031, 17 h (heure de Londres)")]
EN["about"] = ("The Secretariat",
    ["The International Grains Council is the intergovernmental body that administers the Grains Trade "
     "Convention. Its Secretariat, a small team of economists, statisticians and support staff, publishes "
     "monthly market reports, daily price indices and supply and demand balances for wheat, maize, barley, "
     "rice, soyabeans and rapeseed, and services the sessions of the Council and its committees.",
     "The Market Analyst will join the Market Information Division and take the lead on vegetable oils and "
     "oilseeds, reporting to the Senior Economist responsible for the Grain Market Report."])
FR["about"] = ("Le Secrétariat",
    ["Le Conseil international des céréales est l'organe intergouvernemental chargé d'administrer la "
     "Convention sur le commerce des céréales. Son Secrétariat, une équipe restreinte d'économistes, de "
     "statisticiens et de personnel d'appui, publie des rapports mensuels sur les marchés, des indices de "
     "prix quotidiens et des bilans de l'offre et de la demande pour le blé, le maïs, l'orge, le riz, le soja "
     "et le colza, et assure le service des sessions du Conseil et de ses comités.",
     "L'analyste des marchés rejoindra la Division de l'information sur les marchés et sera chargé(e) des "
     "huiles végétales et des oléagineux, sous l'autorité de l'économiste principal responsable du Rapport "
     "sur le marché des céréales."])
EN["duties"] = ("Main duties", [
    "Maintain the Secretariat's supply and demand balances for soyabeans, rapeseed, sunflowerseed and their products;",
    "Draft the oilseeds sections of the monthly Grain Market Report and of the annual Grain Market Outlook;",
    "Follow trade policy measures, freight costs and biofuel mandates that affect oilseed markets;",
    "Prepare briefing notes and presentations for the Market Conditions Committee;",
    "Answer enquiries from member governments, the press and subscribers to the IGC's data services."])
FR["duties"] = ("Fonctions principales", [
    "Tenir à jour les bilans de l'offre et de la demande du Secrétariat pour le soja, le colza, le tournesol et leurs produits ;",
    "Rédiger les sections consacrées aux oléagineux du Rapport mensuel sur le marché des céréales et des Perspectives annuelles ;",
    "Suivre les mesures de politique commerciale, les coûts du fret et les obligations d'incorporation de biocarburants qui influent sur les marchés des oléagineux ;",
    "Préparer des notes d'information et des présentations pour le Comité des conditions du marché ;",
    "Répondre aux demandes des gouvernements membres, de la presse et des abonnés aux services de données du CIC."])
EN["ess"] = ("Essential qualifications", [
    "An advanced university degree in agricultural economics, economics or a related discipline;",
    "At least five years of experience in commodity market analysis, preferably on oilseeds or vegetable oils;",
    "Sound command of statistical methods and of spreadsheet and database tools;",
    "Excellent written English and the ability to explain market developments to a non-specialist audience."])
FR["ess"] = ("Qualifications essentielles", [
    "Diplôme universitaire supérieur en économie agricole, en économie ou dans une discipline connexe ;",
    "Au moins cinq ans d'expérience dans l'analyse des marchés de produits de base, de préférence des oléagineux ou des huiles végétales ;",
    "Bonne maîtrise des méthodes statistiques ainsi que des tableurs et des bases de données ;",
    "Excellente expression écrite en anglais et capacité à expliquer l'évolution des marchés à un public non spécialiste."])
EN["des"] = ("Desirable qualifications", [
    "Working knowledge of French, Russian or Spanish;",
    "Experience in an international organisation or a national statistical office;",
    "Familiarity with R or Python for data processing."])
FR["des"] = ("Qualifications souhaitables", [
    "Connaissance pratique du français, du russe ou de l'espagnol ;",
    "Expérience au sein d'une organisation internationale ou d'un institut national de statistique ;",
    "Pratique de R ou de Python pour le traitement des données."])
EN["comp"] = ("Competencies", [
    ("Analytical judgement:", "draws sound conclusions from incomplete or conflicting data."),
    ("Communication:", "writes concisely and adapts the message to the audience."),
    ("Teamwork:", "shares information readily and meets joint deadlines.")])
FR["comp"] = ("Compétences", [
    ("Jugement analytique :", "tire des conclusions solides de données incomplètes ou contradictoires."),
    ("Communication :", "rédige de manière concise et adapte le message au public."),
    ("Travail en équipe :", "partage volontiers l'information et respecte les échéances communes.")])
EN["cond"] = ("Conditions of employment", [
    "The salary is paid in pounds sterling and is exempt from United Kingdom income tax. Staff members recruited "
    "from outside the United Kingdom may receive an installation grant and removal expenses. The Secretariat offers "
    "30 working days of annual leave, a contributory pension scheme and medical insurance.",
    "The IGC is an equal opportunity employer and welcomes applications from nationals of all its member countries."])
FR["cond"] = ("Conditions d'emploi", [
    "Le traitement est versé en livres sterling et n'est pas soumis à l'impôt sur le revenu du Royaume-Uni. Les "
    "agents recrutés hors du Royaume-Uni peuvent bénéficier d'une prime d'installation et du remboursement des frais "
    "de déménagement. Le Secrétariat offre 30 jours ouvrables de congé annuel, un régime de pension contributif et une "
    "assurance maladie.",
    "Le CIC pratique l'égalité des chances et accueille les candidatures des ressortissants de tous ses pays membres."])
EN["apply"] = ("How to apply", [
    "Send a cover letter, a curriculum vitae and the IGC personal history form, quoting IGC/VN/2031/06, to "
    "recruitment@igc.int before the closing date. Interviews are planned for the week of 19 May 2031. Only "
    "shortlisted candidates will be contacted."])
FR["apply"] = ("Comment postuler", [
    "Adresser une lettre de motivation, un curriculum vitae et le formulaire de notice personnelle du CIC, en "
    "indiquant la référence IGC/VN/2031/06, à recruitment@igc.int avant la date de clôture. Les entretiens sont "
    "prévus la semaine du 19 mai 2031. Seuls les candidats présélectionnés seront contactés."])

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)

t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
t.autofit = False

def row():
    r = t.add_row()
    trPr = r._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit"); cs.set(qn("w:val"), "true"); trPr.append(cs)
    for c in r.cells:
        c.width = Cm(8.7)
        c.paragraphs[0].paragraph_format.space_after = Pt(0)
    return r.cells

c = row()
for cell, d in ((c[0], EN), (c[1], FR)):
    shade(cell, "F3E9C6")
    k, ref, title = d["head"]
    cell.paragraphs[0].add_run(k + " " + ref).bold = True
    para(cell, title, bold=True, size=12, space_after=2)
c = row()
for cell, d in ((c[0], EN), (c[1], FR)):
    for lab, val in d["facts"]:
        labelled(cell, lab, val)
for key in ("about", "duties", "ess", "des", "comp", "cond", "apply"):
    c = row()
    for cell, d in ((c[0], EN), (c[1], FR)):
        head, body = d[key]
        cell.paragraphs[0].add_run(head).bold = True
        if key in ("duties", "ess", "des"):
            bullets(cell, body, numbered=(key == "duties"))
        elif key == "comp":
            for n, desc in body:
                p = cell.add_paragraph()
                p.paragraph_format.left_indent = Cm(0.5)
                p.paragraph_format.first_line_indent = Cm(-0.5)
                p.paragraph_format.space_after = Pt(1.5)
                p.add_run("–\t")
                p.add_run(n).bold = True
                p.add_run(" " + desc)
        else:
            for b in body:
                para(cell, b, space_after=2)

doc.save(sys.argv[1])
