# Recruitment agency fee schedule (FR), Word -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
doc = Document()
s = doc.sections[0]; s.left_margin = s.right_margin = Cm(2.2)
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10)
s.header.paragraphs[0].text = "ALDEBERT CONSEIL – Recrutement de cadres et d'experts – Lyon · Grenoble · Annecy"
s.footer.paragraphs[0].text = "SAS au capital de 40 000 € – RCS Lyon 851 204 337 – Barème applicable aux missions signées à compter du 1er janvier 2031"
doc.add_heading("Barème d'honoraires 2031", level=1)
p = doc.add_paragraph()
for a, b in [("Référence du barème : ", "AC-TARIF-2031-01"), ("Lieu d'intervention : ", "Auvergne-Rhône-Alpes et Suisse romande"),
             ("Date limite de validité de l'offre : ", "31 décembre 2031")]:
    p.add_run(a).bold = True; p.add_run(b + "\n")
doc.add_paragraph("Le présent barème s'applique aux missions de recrutement par approche directe et par annonce que "
                  "nous confient les entreprises et les organismes publics. Les honoraires sont calculés sur la "
                  "rémunération brute annuelle du candidat recruté, part variable cible comprise, et sont facturés en "
                  "trois échéances.")
doc.add_heading("1. Honoraires selon la rémunération du poste", level=2)
t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Rémunération brute annuelle du poste", "Approche directe", "Annonce et présélection")):
    c.text = h; c.paragraphs[0].runs[0].bold = True
for r in [("Jusqu'à 45 000 €", "18 %", "12 %"), ("De 45 001 € à 70 000 €", "20 %", "14 %"),
          ("De 70 001 € à 100 000 €", "22 %", "15 %"), ("Au-delà de 100 000 €", "25 %", "sur devis")]:
    c = t.add_row().cells
    for k, v in enumerate(r): c[k].text = v
doc.add_paragraph("Montant minimal d'honoraires par mission : 7 500 € HT.")
doc.add_heading("2. Modalités de facturation", level=2)
for i in ["30 % à la signature de la proposition de mission ;", "30 % à la remise de la liste des candidats présentés ;",
          "40 % à la signature du contrat de travail par le candidat retenu."]:
    doc.add_paragraph(i, style="List Bullet")
doc.add_heading("3. Garantie", level=2)
doc.add_paragraph("Si le candidat recruté quitte son poste pendant la période d'essai, ou dans les six mois suivant son "
                  "entrée en fonction, nous reprenons la recherche sans honoraires supplémentaires, une seule fois.")
doc.add_heading("4. Prestations complémentaires", level=2)
for i in ["Évaluation de personnalité et tests d'aptitude : 650 € HT par candidat ;",
          "Rédaction et diffusion d'une annonce sur trois sites d'emploi : 1 200 € HT ;",
          "Accompagnement à l'intégration (trois entretiens de suivi) : 900 € HT."]:
    doc.add_paragraph(i, style="List Bullet")
doc.add_paragraph("Tous les montants s'entendent hors taxes, TVA au taux de 20 % en sus. Ce document n'est pas une offre "
                  "d'emploi : Aldebert Conseil ne recrute pas pour son propre compte par ce barème. Contact : "
                  "Claire Pontbriand, associée, 04 78 62 19 40.")
doc.save(sys.argv[1])
