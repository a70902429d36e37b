from common import *
REF = "345236"
POST = "IMS LRD RFS 0090"
T = "Assistant (Common Funding Resources)"
ORG = "International Military Staff"
LOC = "Brussels, Belgium"
GRADE = "B-4/G-10"
ESS = [
 "Secondary education and completed advanced vocational training in accounting, business administration or finance, or a bachelor's degree in one of these fields.",
 "At least three years of experience in budget or financial administration, preferably in a military headquarters or a public administration.",
 "Advanced user of spreadsheet software, including pivot tables and lookup functions.",
 "Experience of working with an enterprise resource planning system for commitments and payments.",
 "Minimum NATO Standardized Language Profile (SLP) in English of 3333 (Listening, Speaking, Reading and Writing).",
]
DES = [
 "Knowledge of NATO common funding principles and of the Military Budget Committee's procedures.",
 "Experience in preparing briefing slides and tables for senior officers.",
 "SLP 2222 in French.",
]
COMP = [("Personal Attributes", "The incumbent must be discreet and precise, able to keep track of many small transactions without losing sight of the overall budget position."),
        ("Professional Contacts", "Regular contacts with budget and finance staff of the International Staff, the NATO Office of Resources and the Strategic Commands."),
        ("Contribution To Objectives", "The accuracy of the records kept by the incumbent directly supports the Division's advice to the Military Committee on common-funded resources.")]

def sections(a):
    """a(letter, text) renders one lettered item"""
    L = "abcdefghij"
    out = []
    out.append(("1. Post Context.", ["The Logistics and Resources Division (LRD) of the International Military Staff advises the Military Committee on logistics, medical support, armaments and the military common-funded budgets. Its Resources Branch prepares the Military Committee's advice on the Military Budget, the NATO Security Investment Programme and military manpower."]))
    out.append(("2. Principal Duties.", [a(L[i], t) for i, t in enumerate([
        "Records commitments and expenditure of the Branch's budget lines and reconciles them monthly with the accounts of the Financial Controller.",
        "Prepares tables and graphs for the Military Committee's annual advice on common-funded resources.",
        "Maintains the Branch's registry of budget documents and tracks their staffing deadlines.",
        "Supports the preparation of Resource Policy and Planning Board meetings, including attendance lists and records.",
        "Deputises for the Branch Senior Assistant during absences."])]))
    out.append(("3. Essential Qualifications.", [a(L[i], t) for i, t in enumerate(ESS)]))
    out.append(("4. Desirable Qualifications.", [a(L[i], t) for i, t in enumerate(DES)]))
    out.append(("5. Attributes/Competencies.", [a(L[i], f"{n}: {d}") for i, (n, d) in enumerate(COMP)]))
    out.append(("6. Remarks.", [a(L[i], t) for i, t in enumerate([
        "Only nationals of NATO member nations may apply. The successful candidate will be offered a definite duration contract of three years, which may be renewed.",
        "The basic salary for this post is 5,038.72 EUR per month, tax free, plus allowances according to the NATO Civilian Personnel Regulations.",
        "The successful candidate must hold or be able to obtain a NATO SECRET security clearance before taking up the post.",
        "Applications must reach the IMS Civilian Personnel Office no later than Friday 5 June 2036 at 23:59 hours. A written test and interviews are planned for the first half of July 2036."])]))
    return out

def build():
    expected(REF, POST, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {}, "2036-06-05",
             sal(5038.72), GRADE, "NATO SECRET", {"en": {"essential": ESS, "desirable": DES}},
             {"en": comps(COMP)})
    # Word-style notice -> LibreOffice PDF
    secs = sections(lambda l, t: f"<p class='it'>{l}. {esc(t)}</p>")
    body = "\n".join(f"<p class='h'><b>{esc(h)}</b></p>\n" + "\n".join(items if h != '1. Post Context.' else [f'<p>{esc(x)}</p>' for x in items]) for h, items in secs)
    src = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Staff Vacancy {REF}</title>
<style>body{{font-family:'Liberation Serif';font-size:11pt}} p.c{{text-align:center}} td{{border:1px solid #000;padding:3pt;vertical-align:top;font-size:10.5pt}} p.it{{margin-left:18pt}}</style></head><body>
<p class="c"><b>NATO UNCLASSIFIED</b></p>
<p class="c">NORTH ATLANTIC TREATY ORGANIZATION<br>INTERNATIONAL MILITARY STAFF<br>ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD<br>ÉTAT-MAJOR MILITAIRE INTERNATIONAL</p>
<p>IMSM-0388-2036<br>11 May 2036</p>
<p class="c"><b>OPEN TO NATIONALS OF NATO MEMBER NATIONS ONLY</b></p>
<p class="c"><b>STAFF VACANCY {REF}</b></p>
<table cellspacing="0" width="100%">
<tr><td width="35%"><b>DIVISION:</b></td><td>{ORG} (IMS)<br>Logistics and Resources Division<br>Resources Branch</td></tr>
<tr><td><b>TITLE:</b></td><td>{T}</td></tr>
<tr><td><b>GRADE:</b></td><td>{GRADE}</td></tr>
<tr><td><b>POST NUMBER:</b></td><td>{POST}</td></tr>
<tr><td><b>LOCATION:</b></td><td>{LOC}</td></tr>
<tr><td><b>SECURITY CLEARANCE:</b></td><td>NATO SECRET</td></tr>
</table>
{body}
<p class="c"><b>NATO UNCLASSIFIED</b></p>
</body></html>"""
    sp = path(f"__build/{REF}-ims.html")
    open(sp, "w", encoding="utf-8").write(src)
    pdf = f"{REF}-ims.libreoffice.pdf"
    soffice(sp, pdf); add_row(pdf, REF, "pdf")
    pdftotext(pdf, f"{REF}-ims.libreoffice.pdftotext.txt"); add_row(f"{REF}-ims.libreoffice.pdftotext.txt", REF, "txt")
    pdftotext(pdf, f"{REF}-ims.libreoffice.layout.txt", layout=True); add_row(f"{REF}-ims.libreoffice.layout.txt", REF, "txt")
    # e-mail forward (national delegation) with column-aligned labels and hard-wrapped items
    import textwrap
    def a(l, t):
        w = textwrap.wrap(t, 92, break_on_hyphens=False)
        return f"  {l}. " + ("\n     ".join(w))
    secs2 = sections(a)
    body2 = "\n\n".join(h + "\n" + ("\n".join(textwrap.fill(x, 96, break_on_hyphens=False) for x in items) if h == '1. Post Context.' else "\n".join(items)) for h, items in secs2)
    mail = f"""From: Sec. Personnel Cell <personnel.cell@nmr-example.example>
Sent: Tuesday, 12 May 2036 10:14
To: NMR-ALL-STAFF
Subject: FW: IMS staff vacancy {REF} - {T}
Attachments: SV_{REF}.pdf

Dear colleagues,

Please find below the IMS vacancy for a B-grade assistant in LRD. Family members of our staff
who are nationals of a NATO nation may apply directly. Our cell can help with the nomination
letter if you let us know by 26 May. Please do not reply to all.

Best regards,
Personnel Cell

-----Original Message-----
From: IMS Civilian Personnel Office <ims.cpo@hq.example>
Sent: Monday, 11 May 2036 16:02
To: Military Representations (distribution list)
Subject: IMS staff vacancy {REF}

NATO UNCLASSIFIED

STAFF VACANCY {REF}                                    IMSM-0388-2036

DIVISION:             {ORG} (IMS)
                      Logistics and Resources Division
                      Resources Branch
TITLE:                {T}
GRADE:                {GRADE}
POST NUMBER:          {POST}
LOCATION:             {LOC}
SECURITY CLEARANCE:   NATO SECRET

{body2}

NATO UNCLASSIFIED

This e-mail and any attachment are intended for the addressee only. If you received it in error,
please delete it and inform the sender.
"""
    write(f"{REF}-email.txt", mail, REF)
