# ONEM (Office national de l'Emploi, Belgium): French-only "avis de recrutement" in a Word
# template: letterhead (logo text + address block), a bordered header table, numbered sections.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.8)
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)

# letterhead: a borderless two-cell table in the header
hdr = sec.header
ht = hdr.add_table(rows=1, cols=2, width=Cm(16.6))
l, r = ht.rows[0].cells
l.paragraphs[0].add_run("onem").bold = True
l.paragraphs[0].runs[0].font.size = Pt(22)
l.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("0067A5")
p = l.add_paragraph("Office national de l'Emploi")
p.runs[0].font.size = Pt(9)
for line in ("Administration centrale – Service Sélection et Recrutement",
             "Boulevard de l'Empereur 7, 1000 Bruxelles",
             "selection@onem.be – www.onem.be"):
    q = r.add_paragraph(line) if r.paragraphs[0].text else r.paragraphs[0]
    if not q.text:
        q.add_run(line)
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    q.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "ONEM – Avis de recrutement ONEM/SEL/2031/018 – Ce document est également disponible en néerlandais."
fp.runs[0].font.size = Pt(7.5)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

def P(text="", bold=False, size=None, align=None, after=4, italic=False):
    p = doc.add_paragraph()
    if text:
        rr = p.add_run(text)
        rr.bold, rr.italic = bold, italic
        if size:
            rr.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p

def H(text):
    p = P(text, bold=True, size=11.5, after=3)
    p.paragraph_format.space_before = Pt(8)
    p.runs[0].font.color.rgb = RGBColor.from_string("0067A5")
    return p

def B(items, marker="–"):
    for it in items:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.5)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(marker + "\t" + it)

P("AVIS DE RECRUTEMENT", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
P("Recrutement contractuel – Niveau A", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=10, italic=True)

rows = [("Intitulé de la fonction", "Attaché juriste – contentieux des allocations (m/f/x)"),
        ("Numéro de sélection", "ONEM/SEL/2031/018"),
        ("Employeur", "Office national de l'Emploi (ONEM)"),
        ("Service", "Direction Réglementation et Contentieux"),
        ("Lieu de travail", "Bruxelles"),
        ("Niveau / classe", "A1"),
        ("Type de contrat", "Contrat à durée indéterminée"),
        ("Régime de travail", "Temps plein (38 heures par semaine)"),
        ("Rémunération", "Traitement annuel brut de départ : 52 184,67 € (indexé), échelle A11"),
        ("Date de publication", "31/03/2031"),
        ("Date limite d'inscription", "28/04/2031")]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for lab, val in rows:
    c = t.add_row().cells
    c[0].width, c[1].width = Cm(5.2), Cm(11.4)
    c[0].paragraphs[0].add_run(lab).bold = True
    c[1].paragraphs[0].add_run(val)
    tcPr = c[0]._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), "DCEBF6")
    tcPr.append(shd)
P(after=4)

H("1. L'ONEM")
P("L'Office national de l'Emploi est l'institution publique de sécurité sociale qui assure le paiement des "
  "allocations de chômage, d'interruption de carrière et de crédit-temps. Ses quelque 3 800 collaborateurs "
  "travaillent dans une administration centrale à Bruxelles et dans trente bureaux du chômage répartis dans "
  "tout le pays. L'ONEM applique une réglementation détaillée, souvent modifiée, et veille à ce que chaque "
  "citoyen reçoive une décision motivée et juridiquement solide.")
H("2. Description de la fonction")
P("Au sein de la cellule Contentieux, vous défendez les décisions de l'Office devant les juridictions du "
  "travail et vous conseillez les bureaux du chômage sur les dossiers délicats. Concrètement :")
B(["vous rédigez les conclusions de l'ONEM dans les recours introduits par les assurés sociaux ;",
   "vous représentez l'Office aux audiences des tribunaux et des cours du travail, principalement à Bruxelles et en Wallonie ;",
   "vous analysez la jurisprudence et proposez des adaptations des instructions internes ;",
   "vous répondez aux questions juridiques des bureaux du chômage et animez des séances d'information à leur intention ;",
   "vous participez aux groupes de travail chargés de préparer les projets d'arrêtés royaux."])
H("3. Profil")
P("Conditions d'accès", bold=True, after=2)
B(["Être titulaire d'un diplôme de master en droit délivré par une université belge ou d'un diplôme équivalent reconnu ;",
   "Disposer d'au moins deux ans d'expérience en droit social, en droit administratif ou en contentieux ;",
   "Maîtriser le français à un niveau permettant la rédaction d'actes de procédure ;",
   "Être capable de défendre oralement une position juridique devant un juge."], marker="•")
P("Atouts", bold=True, after=2)
B(["Une connaissance de la réglementation du chômage ou de la sécurité sociale ;",
   "Une bonne connaissance passive du néerlandais ;",
   "Une expérience du barreau."], marker="•")
P("Compétences comportementales", bold=True, after=2)
B(["Analyser l'information", "Résoudre des problèmes", "Communiquer", "Atteindre les objectifs"], marker="•")
H("4. Offre")
P("Vous êtes engagé(e) dans un contrat à durée indéterminée, avec un traitement annuel brut de départ de "
  "52 184,67 € à l'indice actuel, qui peut être augmenté selon l'expérience valorisable. Vous bénéficiez en "
  "outre d'une prime de fin d'année, d'un pécule de vacances, d'un horaire flexible, de la possibilité de "
  "télétravailler jusqu'à trois jours par semaine, d'une assurance hospitalisation avantageuse et de la gratuité "
  "des transports en commun entre le domicile et le lieu de travail. Vous disposez de 26 jours de congé par an "
  "et d'un large catalogue de formations.")
H("5. Procédure de sélection")
P("La sélection comprend une présélection sur la base du curriculum vitae et de la lettre de motivation, une "
  "épreuve écrite portant sur un cas pratique (prévue le 20 mai 2031) et un entretien avec le jury. Les "
  "candidats retenus seront versés dans une réserve de recrutement valable deux ans.")
H("6. Comment postuler ?")
P("Envoyez votre curriculum vitae, une lettre de motivation et une copie de votre diplôme à selection@onem.be "
  "en mentionnant le numéro de sélection ONEM/SEL/2031/018, au plus tard le 28 avril 2031. Les candidatures "
  "incomplètes ou parvenues après cette date ne seront pas prises en considération. Pour toute question sur le "
  "contenu de la fonction, vous pouvez contacter Mme Hélène Vauquelin, conseillère juridique, au 02 515 41 11.")
P("L'ONEM mène une politique de diversité et encourage chacun et chacune à poser sa candidature. Si vous avez "
  "besoin d'un aménagement raisonnable pendant la procédure, signalez-le dans votre candidature.", italic=True)
doc.save(sys.argv[1])
