# Romande Energie (Morges): French-only notice with a table of criteria
# (Critère | Indispensable | Souhaité, a cross in one of the two columns), python-docx -> LibreOffice.
import sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2)
sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.6)
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
GREEN = "00804A"

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)

def P(text="", bold=False, size=None, after=4, color=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p

def H(text):
    p = P(text.upper(), bold=True, size=10.5, color=GREEN, after=3)
    p.paragraph_format.space_before = Pt(9)

def B(items):
    for it in items:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.4)
        p.paragraph_format.space_after = Pt(2)
        p.add_run("›\t" + it)

hp = sec.header.paragraphs[0]
hp.add_run("romande energie").bold = True
hp.runs[0].font.color.rgb = RGBColor.from_string(GREEN)
hp.runs[0].font.size = Pt(16)
hp.add_run("\t\tOffre d'emploi – réf. RE-31-0284").font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Romande Energie SA · Rue de Lausanne 53 · 1110 Morges · romande-energie.ch/carrieres"
fp.runs[0].font.size = Pt(7.5)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

P("Nous recherchons", size=10, after=0, color="666666")
P("Ingénieur·e réseau haute tension", bold=True, size=17, after=2)
P("Taux d'activité : 80-100 %  |  Lieu de travail : Morges  |  Entrée en fonction : 1er juillet 2031 ou à convenir",
  size=9.5, after=2)
P("Référence : RE-31-0284  |  Délai de postulation : 18 avril 2031", size=9.5, after=10)

H("Votre environnement")
P("Premier fournisseur d'électricité de Suisse romande, Romande Energie distribue le courant à plus de "
  "300 communes vaudoises et valaisannes et investit massivement dans la production renouvelable. Au sein de "
  "l'unité Réseaux, le service Ingénierie haute tension planifie le renouvellement des lignes et des postes "
  "de transformation 125 kV et 65 kV qui alimentent le canton. Pour accompagner la hausse de la production "
  "solaire et l'électrification des usages, nous renforçons l'équipe d'une personne capable de mener des "
  "projets de bout en bout, de l'étude de variantes à la mise en service.")
H("Vos missions")
B(["Conduire les études de réseau (flux de charge, courts-circuits, sélectivité) pour les projets haute tension ;",
   "Établir les cahiers des charges techniques et suivre les appels d'offres des équipements primaires ;",
   "Piloter les projets de postes de transformation en coordination avec les exploitants et les entreprises ;",
   "Représenter l'entreprise auprès de l'Inspection fédérale des installations à courant fort (ESTI) ;",
   "Contribuer à la stratégie de renouvellement du réseau à l'horizon 2040."])
H("Votre profil")
P("Les critères ci-dessous serviront à l'examen des dossiers. Merci de montrer dans votre lettre comment vous "
  "répondez à chacun d'eux.", after=4)

crit = [("Diplôme d'ingénieur·e EPF ou HES en génie électrique ou titre jugé équivalent", True),
        ("Au moins cinq ans d'expérience dans la conception ou l'exploitation de réseaux haute tension", True),
        ("Maîtrise d'un logiciel de calcul de réseau (NEPLAN, PowerFactory ou équivalent)", True),
        ("Expérience de la conduite de projets avec des partenaires externes", True),
        ("Excellente maîtrise du français et bonnes connaissances de l'allemand", True),
        ("Connaissance de la protection numérique des réseaux et de la norme CEI 61850", False),
        ("Expérience des procédures d'approbation des plans auprès de l'ESTI", False),
        ("Permis de conduire de catégorie B", False)]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
hd = t.rows[0].cells
for c, txt in zip(hd, ("Critère", "Indispensable", "Souhaité")):
    c.paragraphs[0].add_run(txt).bold = True
    shade(c, "D9EFE3")
for txt, ess in crit:
    c = t.add_row().cells
    c[0].paragraphs[0].add_run(txt)
    c[1 if ess else 2].paragraphs[0].add_run("X")
    for k in (1, 2):
        c[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for row in t.rows:
    row.cells[0].width, row.cells[1].width, row.cells[2].width = Cm(11.4), Cm(2.8), Cm(2.8)

H("Savoir-être")
B(["Sens des responsabilités et de la sécurité",
   "Aisance relationnelle",
   "Capacité à gérer plusieurs projets en parallèle"])
H("Nos avantages")
P("Nous offrons un poste stable dans une entreprise engagée dans la transition énergétique, un horaire variable, "
  "la possibilité de télétravailler deux jours par semaine, six semaines de vacances, une caisse de pension aux "
  "prestations supérieures à la moyenne, un abonnement général CFF à prix réduit et un accès à de nombreuses "
  "formations continues. La rémunération tient compte de votre formation et de votre expérience.")
H("Intéressé·e ?")
P("Postulez en ligne sur notre site carrières jusqu'au 18 avril 2031 en joignant votre CV, une lettre de "
  "motivation, vos diplômes et vos certificats de travail. Les entretiens auront lieu à Morges la semaine du "
  "5 mai 2031. Pour tout renseignement, M. Julien Tardivel, responsable du service Ingénierie haute tension, "
  "se tient à votre disposition au 021 802 91 11. Les dossiers envoyés par des agences de placement ne seront "
  "pas pris en considération.")
doc.save(sys.argv[1])
