from common import *
REF = "486257"
POST = "IMS EXCO CTM 0020"
TITLE = "Assistant (Correspondence and Tasking Management)"
ORG = "International Military Staff (IMS)"
LOC = "Brussels, Belgium"
GRADE = "B-5/G-12"
CLR = "NATO SECRET"
CONTEXT = ("The Executive Coordination Office (EXCO) supports the Director General of the International Military "
           "Staff in directing the work of the Staff and in preparing the meetings of the Military Committee. Its "
           "Tasking and Correspondence Branch registers every incoming tasking, allocates it to the lead Division, "
           "tracks the deadlines and makes sure that replies leave the IMS on time and in the agreed format.")
DUTIES = [
    "Registering incoming correspondence and taskings in the tasking management tool and proposing the lead and supporting Divisions.",
    "Monitoring suspense dates, sending reminders to action officers and reporting overdue items to the Branch Head every week.",
    "Checking outgoing documents for format, classification markings and distribution before signature.",
    "Keeping the Branch's SharePoint workspace, distribution lists and templates up to date.",
    "Training newly arrived staff officers in the use of the tasking tool.",
]
ESS = [
    "Higher secondary education and at least two years of post-secondary studies in business administration, information management or a related field.",
    "At least four years of experience in correspondence or document management in a ministry, a headquarters or an international organisation.",
    "Advanced user of Microsoft Outlook, Word, Excel and SharePoint.",
    "Experience in handling classified information.",
    "Minimum NATO Standardized Language Profile (SLP) in English of 3333 (Listening, Speaking, Reading and Writing).",
]
DES = [
    "Experience with an electronic tasking or workflow management system.",
    "Knowledge of the structure and procedures of NATO Headquarters.",
    "SLP 2222 in French.",
]
COMP = [
    ("Personal Attributes", "The incumbent must be well organised, accurate and discreet, and must keep track of many deadlines at once without losing sight of priorities."),
    ("Professional Contacts", "Daily contacts with the action officers and secretariats of all IMS Divisions and with the Private Office of the Secretary General."),
    ("Contribution to Objectives", "Timely and well-presented replies allow the Military Committee to take its decisions on schedule."),
]
SAL = "6,391.54"
DL = "Wednesday 6 February 2041 at 23:59 hours"
REMARKS = [
    "a. The basic monthly salary for this post is " + SAL + " EUR per month, tax free, to which allowances may be added according to the NATO Civilian Personnel Regulations.",
    "b. Applications must be submitted through the NATO Talent Acquisition Platform no later than " + DL + " (Brussels time).",
    "c. Shortlisted candidates will be invited to a written test and an interview at NATO Headquarters, provisionally in the first half of March 2041.",
    "d. The successful candidate will be offered a three-year definite duration contract.",
]

def build():
    expected(REF, POST, ("en",), {"en": TITLE}, {"en": ORG}, {"en": LOC}, {}, "2041-02-06",
             sal(6391.54, "EUR"), GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP})
    letters = "abcdefghij"
    def ol(items):
        return "<ol type=\"a\">" + "".join("<li>%s</li>" % esc(x) for x in items) + "</ol>"
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Staff Vacancy %s</title>
<style>
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-center { content: "NATO UNCLASSIFIED"; font: bold 9pt Liberation Sans; }
  @bottom-center { content: "NATO UNCLASSIFIED"; font: bold 9pt Liberation Sans; }
  @bottom-right { content: "IMSM-0118-2041 - " counter(page) "/" counter(pages); font: 8pt Liberation Sans; } }
body { font: 10.5pt/1.35 "Liberation Sans", sans-serif; hyphens: manual; }
.lh { display: flex; justify-content: space-between; font-size: 9pt; border-bottom: 1px solid #000; padding-bottom: 4pt; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 8pt; }
table.f { border-collapse: collapse; width: 100%%; margin-bottom: 10pt; }
table.f td { border: 1px solid #555; padding: 3pt 6pt; vertical-align: top; }
table.f td.l { width: 34%%; font-weight: bold; }
h2 { font-size: 11pt; margin: 12pt 0 4pt; }
ol { margin-top: 2pt; } li { margin-bottom: 3pt; }
</style></head><body>
<div class="lh"><div>NORTH ATLANTIC TREATY ORGANIZATION<br>INTERNATIONAL MILITARY STAFF</div><div style="text-align:right">ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD<br>ÉTAT-MAJOR MILITAIRE INTERNATIONAL</div></div>
<p>IMSM-0118-2041<br>9 January 2041</p>
<p style="text-align:center"><b>OPEN TO NATIONALS OF NATO MEMBER STATES ONLY</b></p>
<h1>STAFF VACANCY %s</h1>
<table class="f">
<tr><td class="l">DIVISION:</td><td>%s<br>Executive Coordination Office (EXCO)<br>Tasking and Correspondence Branch</td></tr>
<tr><td class="l">TITLE:</td><td>%s</td></tr>
<tr><td class="l">GRADE:</td><td>%s</td></tr>
<tr><td class="l">POST NUMBER:</td><td>%s</td></tr>
<tr><td class="l">SECURITY CLEARANCE:</td><td>%s</td></tr>
<tr><td class="l">LOCATION:</td><td>%s</td></tr>
</table>
<h2>1. Post Context.</h2><p>%s</p>
<h2>2. Principal Duties.</h2><p>The incumbent's duties are:</p>%s
<h2>3. Essential Qualifications.</h2>%s
<h2>4. Desirable Qualifications.</h2>%s
<h2>5. Attributes/Competencies.</h2>%s
<h2>6. Remarks.</h2>%s
<p style="margin-top:18pt">NATO UNCLASSIFIED</p>
</body></html>""" % (REF, REF, esc(ORG), esc(TITLE), GRADE, POST, CLR, LOC, esc(CONTEXT), ol(DUTIES), ol(ESS), ol(DES),
        "<ol type=\"a\">" + "".join("<li><b>%s:</b> %s</li>" % (esc(n), esc(d)) for n, d in COMP) + "</ol>",
        "".join("<p>%s</p>" % esc(r) for r in REMARKS))
    src = os.path.join(ROOT, "__build", REF + "-ims.html")
    open(src, "w", encoding="utf-8").write(html)
    pdf = REF + "-ims.weasyprint.pdf"
    run(["weasyprint", src, os.path.join(ROOT, pdf)])
    row(pdf, REF, "pdf")
    row(pdftotext(pdf), REF, "txt")
    # Outlook forward from a national military representation
    T = ["From: Sousa, Marta (PRT MILREP) <marta.sousa@milrep-prt.example>",
         "Sent: Friday, January 11, 2041 10:47 AM",
         "To: PRT Civilian Vacancies Distribution",
         "Cc: Almeida, Rui LTC (PRT MILREP)",
         "Subject: FW: IMS Staff Vacancy 486257 - Assistant (Correspondence and Tasking Management)",
         "Attachments: 486257_vacancy.pdf (212 KB)", "",
         "Dear all,", "",
         wrap("Please find below an IMS civilian vacancy which may interest colleagues leaving the Armed Forces this "
              "year. Candidates apply directly on the NATO platform; we only need a short e-mail from you if you "
              "apply, by 4 February, so that we can inform the national authorities. The next briefing on NATO "
              "civilian careers at the Representation is on 28 January 2041 at 14:00 in room B-312."), "",
         "Best regards,", "Marta Sousa", "Administrative Assistant | Military Representation of Portugal to NATO", "",
         "-----Original Message-----",
         "From: IMS EXCO Civilian Human Resources <ims.chr@ims.example>",
         "Sent: Wednesday, January 9, 2041 4:15 PM",
         "To: NMR Distribution List",
         "Subject: IMS Staff Vacancy 486257 - Assistant (Correspondence and Tasking Management)", "",
         "NATO UNCLASSIFIED", "",
         "IMSM-0118-2041", "",
         "OPEN TO NATIONALS OF NATO MEMBER STATES ONLY", "",
         "STAFF VACANCY " + REF, "",
         "DIVISION:            " + ORG,
         "                     Executive Coordination Office (EXCO)",
         "                     Tasking and Correspondence Branch",
         "TITLE:               " + TITLE,
         "GRADE:               " + GRADE,
         "POST NUMBER:         " + POST,
         "SECURITY CLEARANCE:  " + CLR,
         "LOCATION:            " + LOC, "",
         "1. Post Context.", wrap(CONTEXT), "",
         "2. Principal Duties. The incumbent's duties are:"]
    for i, x in enumerate(DUTIES):
        T.append(wrap(letters[i] + ". " + x, indent="   "))
    T += ["", "3. Essential Qualifications."]
    for i, x in enumerate(ESS):
        T.append(wrap(letters[i] + ". " + x, indent="   "))
    T += ["", "4. Desirable Qualifications."]
    for i, x in enumerate(DES):
        T.append(wrap(letters[i] + ". " + x, indent="   "))
    T += ["", "5. Attributes/Competencies."]
    for i, (n, d) in enumerate(COMP):
        T.append(wrap(letters[i] + ". " + n + ": " + d, indent="   "))
    T += ["", "6. Remarks."]
    for r in REMARKS:
        T.append(wrap(r, indent="   "))
    T += ["", "NATO UNCLASSIFIED", "",
          "This e-mail and any attachment are intended for the addressees only."]
    write(REF + "-outlook.txt", "\n".join(T), REF)
