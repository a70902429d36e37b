from common import *
REF = "34-HQ-DOH-07"
KEY = "34-hq-doh-07"
E = blank(["en"])
E["reference"] = REF
E["title"]["en"] = "Chief, Field Health Programme"
E["organisation"]["en"] = "United Nations Relief and Works Agency for Palestine Refugees in the Near East"
E["location"]["en"] = "Jordan-Amman"
E["schedule"]["en"] = "Full-time"
E["deadline"] = "2034-03-20"
E["salary"] = sal(amount=121447, cur="USD", period="year")
E["grade"] = "P5"
E["requirements"]["en"] = {
 "essential": [
  "A medical degree from an accredited university and a postgraduate degree in public health or health management.",
  "Ten years of progressively responsible experience in managing primary health care services, of which at least five years at the international level.",
  "Proven ability to manage large budgets and multidisciplinary teams in a humanitarian or refugee setting.",
  "Excellent command of written and spoken English."],
 "desirable": [
  "Experience with electronic health records in primary care.",
  "Working knowledge of Arabic."]}
E["competencies"]["en"] = [
 {"name": "Leadership", "description": "sets a clear direction for field health teams and holds managers to agreed standards of care."},
 {"name": "Accountability", "description": "owns the results of the programme and reports on them honestly to the Director."},
 {"name": "Stakeholder management", "description": "keeps host authorities, donors and refugee committees informed and engaged."},
 {"name": "Judgement", "description": "weighs risks quickly and takes sound decisions under pressure."}]
R = E["requirements"]["en"]; C = E["competencies"]["en"]
FACTS = [("Grade", "P5"), ("Primary Location", "Jordan-Amman"), ("Organization", "Department of Health - Headquarters Amman"),
         ("Schedule", "Full-time"), ("Job Posting", "Feb 13, 2034, 12:00:00 AM"), ("Unposting Date", "Mar 20, 2034, 11:59:00 PM")]
BACK = ("The United Nations Relief and Works Agency for Palestine Refugees in the Near East provides education, health, relief "
        "and social services to some six million registered refugees in Jordan, Lebanon, Syria, the West Bank and Gaza. Its "
        "health programme runs more than 140 primary health care centres.")
DUTIES = [
 "Provides technical leadership to the five field health programmes and ensures that services follow the Agency's family health team model.",
 "Prepares the programme's strategic plan, budget and annual operational plans together with the field chiefs.",
 "Monitors service quality, drug supply and health information, and commissions reviews where indicators deteriorate.",
 "Coordinates with the World Health Organization, ministries of health and donors on policy and funding.",
 "Supervises the headquarters health team and evaluates the performance of field health chiefs."]

def taleo():
    f = "\n".join(f"<tr><th>{a}</th><td>{esc(b)}</td></tr>" for a, b in FACTS)
    li = lambda xs: "\n".join(f"<li>{esc(x)}</li>" for x in xs)
    comp = "\n".join(f"<li><b>{esc(x['name'])}:</b> {esc(x['description'])}</li>" for x in C)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Job Description - Chief, Field Health Programme (34-HQ-DOH-07)</title>
<style>body{{font-family:Tahoma,Arial,sans-serif;font-size:12px}} .tb{{background:#e8eef4;padding:4px}} th{{text-align:left;padding-right:12px;color:#335}}</style></head><body>
<div class="tb">Job Search &nbsp; My Jobpage &nbsp; | &nbsp; Apply Online &nbsp; Add to My Job Cart &nbsp; Send to a Friend &nbsp; Print &nbsp; | &nbsp; Sign Out</div>
<h2>Job Description</h2>
<h3>Chief, Field Health Programme-(34-HQ-DOH-07)</h3>
<table>{f}</table>
<p><b>Background</b></p><p>{esc(BACK)}</p>
<p><b>Functional Responsibilities</b></p><ul>{li(DUTIES)}</ul>
<p><b>Qualifications</b></p><ul>{li(R['essential'])}</ul>
<p><b>Desired qualifications</b></p><ul>{li(R['desirable'])}</ul>
<p><b>Competencies</b></p><ul>{comp}</ul>
<p><b>Conditions of Service</b></p>
<p>The appointment is for two years. UNRWA offers a net annual salary of USD 121,447 at step one, to which a post adjustment (currently 41.8%) is added, as well as the allowances of the United Nations common system. Amman is a family duty station.</p>
<p><b>Additional Information</b></p>
<p>Candidates may be invited to a written test in the week of 6 April 2034. UNRWA is a smoke-free workplace and does not charge fees at any stage of recruitment.</p>
<p style="font-size:10px">Job Posting: Feb 13, 2034 &nbsp; Powered by Taleo</p>
</body></html>
"""

def browser():
    L = ["UNRWA Careers", "", "Job Search\tMy Jobpage\t", "Sign Out", "", "Apply Online", "Add to My Job Cart", "Send to a Friend", "",
         "Job Description", "", "Chief, Field Health Programme-(34-HQ-DOH-07)", ""]
    for a, b in FACTS:
        L.append(f"{a}\t: {b}")
    L += ["", "Background", BACK, "", "Functional Responsibilities"]
    L += ["  " + d for d in DUTIES]
    L += ["", "Qualifications"] + ["  " + x for x in R["essential"]]
    L += ["", "Desired qualifications"] + ["  " + x for x in R["desirable"]]
    L += ["", "Competencies"] + [f"  {x['name']}: {x['description']}" for x in C]
    L += ["", "Conditions of Service",
          "The appointment is for two years. UNRWA offers a net annual salary of USD 121,447 at step one, to which a post",
          "adjustment (currently 41.8%) is added, as well as the allowances of the United Nations common system.", "",
          "Candidates may be invited to a written test in the week of 6 April 2034.", "",
          "Apply Online   Add to My Job Cart   Send to a Friend", "", "Copyright © 2034, Oracle. All rights reserved."]
    return "\n".join(L) + "\n"

def build():
    write_expected(KEY, E)
    write(KEY + "-unrwa-taleo.html", taleo(), KEY, "html")
    write(KEY + "-unrwa-browser.txt", browser(), KEY, "txt")
