"""Notice 3: FAO Representation in Eritrea (specialised agency), Asmara, G-5; Word VA -> LibreOffice, Facebook post."""
from common import *

REF = "FAO/ERI/VA/2043/06"
KEY = "fao-eri-va-2043-06"
TITLE = "Procurement Assistant"
ORG = "Food and Agriculture Organization of the United Nations"
LOC = "Asmara, Eritrea"
GRADE = "G-5"
SALLINE = "ERN 338,400 per annum (net of staff assessment), with the applicable allowances."
ESS = [
    "Completion of secondary school education; a diploma in procurement, supply chain management, business administration or accounting is an advantage.",
    "At least five years of relevant experience in procurement, purchasing or contract administration.",
    "Working knowledge of English (level C) and of Tigrinya.",
    "Proficiency in spreadsheets and enterprise resource planning software.",
]
DES = [
    "Experience with procurement for agricultural inputs, veterinary supplies or field equipment.",
    "Knowledge of UN procurement rules or of the procedures of another international organization.",
    "Knowledge of Arabic.",
]
COMPS = ["Results Focus", "Teamwork", "Communication", "Building Effective Relationships",
         "Knowledge Sharing and Continuous Improvement"]
DUTIES = [
    "Receives purchase requests, checks specifications with requesting units and prepares solicitation documents for goods and services;",
    "Conducts market surveys and keeps the local vendor roster up to date, including the registration of new suppliers;",
    "Organizes bid openings and prepares comparative tables and recommendations for the Local Procurement Committee;",
    "Drafts purchase orders and letters of agreement in the corporate system and follows up on deliveries, inspections and receiving reports;",
    "Maintains procurement files and prepares monthly status reports on open orders;",
    "Performs other related duties as required.",
]


def build():
    md = f"""**FOOD AND AGRICULTURE ORGANIZATION OF THE UNITED NATIONS**

**FAO REPRESENTATION IN ERITREA**

**VACANCY ANNOUNCEMENT**

|                                   |                                                          |
|-----------------------------------|----------------------------------------------------------|
| Vacancy Announcement No.          | {REF}                                       |
| Post Title                        | {TITLE}                                    |
| Grade                             | {GRADE}                                                      |
| Organization                      | {ORG}   |
| Duty Station                      | {LOC}                                          |
| Type of Appointment               | Fixed-term, one year (renewable)                         |
| Open to                           | Nationals of Eritrea only                                |
| Date of Issue                     | 17 June 2043                                             |
| Closing Date                      | 8 July 2043                                              |

**ORGANIZATIONAL SETTING**

The {ORG} (FAO) Representation in Eritrea supports the Government in food security, livestock and
natural resource programmes. The Procurement Assistant works in the Operations Unit under the supervision of
the Operations Officer and in close contact with the programme teams.

**MAIN DUTIES AND RESPONSIBILITIES**

1. {DUTIES[0]}
2. {DUTIES[1]}
3. {DUTIES[2]}
4. {DUTIES[3]}
5. {DUTIES[4]}
6. {DUTIES[5]}

**MINIMUM REQUIREMENTS**

- {ESS[0]}
- {ESS[1]}
- {ESS[2]}
- {ESS[3]}

**DESIRABLE QUALIFICATIONS**

- {DES[0]}
- {DES[1]}
- {DES[2]}

**FAO CORE COMPETENCIES**

{COMPS[0]}; {COMPS[1]}; {COMPS[2]}; {COMPS[3]}; {COMPS[4]}.

**REMUNERATION**

Salary: {SALLINE}

**HOW TO APPLY**

Applications, consisting of a cover letter and a completed personal history form, should reach the FAO
Representation, P.O. Box 1855, Asmara, or the mailbox fao-er-recruitment@example.org by 8 July 2043.
Candidates who pass the screening will be invited to a written test on 22 July 2043. Only shortlisted
candidates will be contacted.

*FAO does not charge any fee at any stage of the recruitment process. FAO is a non-smoking environment.*
"""
    mdp = src(KEY + "-va.md", md)
    docx = pandoc_docx(mdp)
    libreoffice(docx, KEY + "-va.libreoffice.pdf", KEY, "writer_pdf_Export")

    fb = f"""FAO in Eritrea
17 June · 🌐

📢 VACANCY ANNOUNCEMENT – {REF}

The {ORG} (FAO) Representation in Eritrea is looking for a {TITLE} ({GRADE}) to join its Operations Unit in Asmara.

📍 Duty station: {LOC}
🗂 Type of appointment: Fixed-term, one year (renewable)
👤 Open to: Nationals of Eritrea only
⏰ Closing date: 8 July 2043

What you will do:
▪️ {DUTIES[0]}
▪️ {DUTIES[1]}
▪️ {DUTIES[2]}
▪️ {DUTIES[3]}
▪️ {DUTIES[4]}

Minimum requirements:
✅ {ESS[0]}
✅ {ESS[1]}
✅ {ESS[2]}
✅ {ESS[3]}

Desirable qualifications:
➕ {DES[0]}
➕ {DES[1]}
➕ {DES[2]}

FAO core competencies: {", ".join(COMPS)}.

💰 Salary: {SALLINE}

Full vacancy announcement and personal history form in the comments 👇 Written test for shortlisted candidates on 22 July 2043. FAO does not charge any fee at any stage of the recruitment process.

#FAOEritrea #Vacancy #Asmara #Jobs

👍❤️ 214 · 37 comments · 96 shares

Like   Comment   Share

Most relevant ▾
Senait G.
Is a diploma in accounting enough or do I need procurement?
2d  Like  Reply
  FAO in Eritrea
  Please read the minimum requirements carefully. Good luck!
  2d  Like  Reply
Yonas T.
Can we submit by hand at the office?
1d  Like  Reply
Write a comment…
"""
    write(KEY + "-facebook.txt", fb, KEY)

    expected(KEY, REF, ["en"], TITLE, ORG, LOC, None, "2043-07-08",
             (338400, None, None, "ERN", "year"), GRADE, (ESS, DES), [(c, "") for c in COMPS])
