# Job evaluation questionnaire (EN), Word form -> LibreOffice
import sys
from docx import Document
from docx.shared import Pt, Cm
doc = Document()
s = doc.sections[0]; s.left_margin = s.right_margin = Cm(2)
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10)
s.header.paragraphs[0].text = "Thornleigh District Council – Human Resources – Job Evaluation Scheme (JES 2029)"
s.footer.paragraphs[0].text = "JEQ form v4 · CONFIDENTIAL when completed · Not a job advertisement"
doc.add_heading("Job Evaluation Questionnaire (JEQ)", level=1)
doc.add_paragraph("Complete this questionnaire when a post is created, or when the duties of an existing post have changed "
                  "significantly. The job holder and the line manager complete it together. The evaluation panel uses "
                  "it to score the post against the thirteen factors of the scheme and to confirm its grade. Describe "
                  "the job as it is done now, not the person doing it and not the job as you would like it to be.")
t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [("Job title", "Senior Licensing Officer"), ("Post reference", "TDC/ENV/0418"),
             ("Service", "Environmental Health and Licensing"), ("Location", "Civic Offices, Thornleigh"),
             ("Current grade", "Grade 7 (£33,366 – £36,124 per annum)"), ("Hours", "37 hours per week"),
             ("Number of post holders", "2"), ("Reason for evaluation", "Change of duties after the 2030 restructure"),
             ("Deadline for return to HR", "16 May 2031")]:
    c = t.add_row().cells; c[0].text = a; c[1].text = b
    c[0].paragraphs[0].runs[0].bold = True
doc.add_heading("Section 1 – Purpose of the job", level=2)
doc.add_paragraph("In no more than three sentences, say why the job exists and what would not happen if it were left vacant.")
doc.add_paragraph("Answer: ____________________________________________________________")
doc.add_heading("Section 2 – Knowledge and qualifications", level=2)
doc.add_paragraph("Tick the level of knowledge the job requires, whether or not the present post holder has it:")
for i in ["Basic numeracy and literacy", "Knowledge of procedures gained through on-the-job training",
          "Vocational qualification at level 3 or equivalent experience",
          "Degree or professional qualification at level 6 or equivalent experience",
          "Postgraduate or advanced professional expertise"]:
    doc.add_paragraph("☐  " + i)
doc.add_heading("Section 3 – Responsibilities", level=2)
for i in ["Supervision of other employees (give numbers and grades)",
          "Financial resources: budgets held, income collected, orders placed",
          "Physical resources: equipment, vehicles, buildings",
          "Information: records kept, data protection, confidentiality",
          "Services to the public: who, how often, and with what consequences"]:
    doc.add_paragraph(i, style="List Number")
doc.add_heading("Section 4 – Demands of the job", level=2)
doc.add_paragraph("Describe the mental, physical and emotional demands of the job, including work outside normal hours, "
                  "lone working, exposure to aggressive behaviour and the working environment. Give examples and say how "
                  "often each occurs (daily, weekly, monthly).")
doc.add_heading("Section 5 – Signatures", level=2)
doc.add_paragraph("Job holder: ____________________   Date: __________")
doc.add_paragraph("Line manager: __________________   Date: __________")
doc.add_paragraph("Return the completed questionnaire, with an up-to-date job description and structure chart, to "
                  "jes@thornleigh.gov.uk by the deadline above. The outcome of the evaluation will be confirmed in writing "
                  "within eight weeks. Where the grade rises, the change applies from the date this form was received; "
                  "where it falls, pay protection applies for two years under the Council's policy. Evaluating a post "
                  "does not create a vacancy, and no recruitment will take place as a result of this questionnaire.")
doc.save(sys.argv[1])
