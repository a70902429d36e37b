"""Airports of Mauritius Co. Ltd (AML), English: the company's notice as a Markdown page
(pipe table with empty header, roman sections, (i)-(iv) items), that page set by pandoc and
WeasyPrint (+ dump), and a weekly's classified (wrapped, aligned labels, incremental scale)."""
import os
import subprocess
from common import write, expected, key_of, wrap, hang, weasy, BUILD, ROOT

REF = "AML/HR/REC/2038/61"
TITLE = "Airfield Ground Lighting Engineer"
ORG = "Airports of Mauritius Co. Ltd (AML)"
LOC = "Sir Seewoosagur Ramgoolam International Airport, Plaine Magnien"
SCHED = "Shift work, including nights, weekends and public holidays"
SCALE = "Rs 52,400 x 1,650 – 65,600 x 2,100 – 82,400 (MUR) monthly"
ESS = [
    "a Degree in Electrical and Electronic Engineering or Electrical Power Engineering;",
    "registration as a Professional Engineer with the Council of Registered Professional Engineers of Mauritius;",
    "at least four years of post-qualification experience in the maintenance of airfield lighting or high-voltage series circuits;",
    "a valid driving licence (Car).",
]
DES = [
    "knowledge of ICAO Annex 14 requirements for aerodrome lighting;",
    "experience of constant current regulators and individual lamp monitoring systems.",
]
DUT = [
    "plan and supervise the preventive maintenance of runway, taxiway and apron lighting;",
    "carry out fault finding on series circuits and constant current regulators;",
    "keep records of lighting serviceability for the Aerodrome Operations Manual;",
    "supervise contractors during night works on the airside.",
]
key = key_of(REF)
R = ["i", "ii", "iii", "iv"]

md = f"""<!-- saved from aml.example/careers on 17 December 2038 -->
[Home](/) | [Passengers](/passengers) | [Business](/business) | [Media](/media) | **[Careers](/careers)**

# Vacancy Notice – {TITLE}

*Published on 17 December 2038*

Airports of Mauritius Co. Ltd invites applications from suitably qualified candidates for the post of
{TITLE}.

| | |
|---|---|
| **Reference** | {REF} |
| **Post** | {TITLE} |
| **Organisation** | {ORG} |
| **Department** | Engineering – Electrical Services |
| **Place of work** | {LOC} |
| **Hours of work** | {SCHED} |
| **Salary scale** | {SCALE} |
| **Closing date** | Friday 14 January 2039 at 15.00 hrs |

## I. QUALIFICATIONS AND EXPERIENCE

Candidates should possess:

""" + "\n".join(f"({r}) {e}  " for r, e in zip(R, ESS)) + """

## II. ADDED ADVANTAGE

The following will be considered an advantage:

""" + "\n".join(f"({r}) {d}  " for r, d in zip(R, DES)) + """

## III. AGE LIMIT

Candidates should not have reached the age of 50 by the closing date. Serving employees of AML are not
subject to the age limit.

## IV. DUTIES

The Airfield Ground Lighting Engineer will be required to:

""" + "\n".join(f"{c}. {d}" for c, d in zip("abcd", DUT)) + """

## V. MODE OF APPLICATION

Applications should be made on the prescribed form, available at the Human Resources counter (Terminal
Building, Level 2) and on the website, and sent with copies of certificates to the Head of Human Resources
so as to reach AML **not later than 15.00 hrs on Friday 14 January 2039**. Shortlisted candidates will be
called for an interview in February 2039.

> AML is an equal opportunity employer. Canvassing in any form will lead to disqualification.
"""
write(f"{key}-aml.md", md)

# the same page set for print: pandoc -> HTML -> WeasyPrint
src_html = os.path.join(BUILD, "aml-notice.html")
css = os.path.join(BUILD, "aml-notice.css")
with open(css, "w") as f:
    f.write("@page { size: A4; margin: 18mm }\nbody { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt }\n"
            "table { border-collapse: collapse; width: 100% } td { border: 0.5pt solid #555; padding: 3px 6px }\n"
            "thead { display: none }\n")
subprocess.run(["pandoc", "-s", "-f", "markdown", "-t", "html", "--metadata", "title=AML Vacancy Notice",
                "-c", css, "-o", src_html, os.path.join(ROOT, f"{key}-aml.md")], check=True)
weasy(src_html, f"{key}-aml.weasyprint.pdf")

W = 70
L = [
    "THE GRAND PORT WEEKLY (fictitious) · Weekly · 18-24 December 2038 · Page 31",
    "SITUATIONS VACANT",
    "-" * W,
    "AIRPORTS OF MAURITIUS CO. LTD".center(W).rstrip(),
    "VACANCY".center(W).rstrip(),
    "",
    wrap("Applications are invited from suitably qualified candidates for the following post:", W),
    "",
    hang("Post:           ", TITLE, W),
    hang("Reference:      ", REF, W),
    hang("Organisation:   ", ORG, W),
    hang("Place of work:  ", LOC, W),
    hang("Hours of work:  ", SCHED, W),
    hang("Salary scale:   ", SCALE, W),
    "",
    "QUALIFICATIONS AND EXPERIENCE",
    "Candidates should possess:",
]
L += [hang(f"({r}) ", e, W, 2) for r, e in zip(R, ESS)]
L += ["", "ADDED ADVANTAGE"]
L += [hang(f"({r}) ", d, W, 2) for r, d in zip(R, DES)]
L += ["", wrap("AGE LIMIT: below 50 at the closing date. DUTIES: maintenance and fault finding of airfield "
               "lighting, records for the Aerodrome Operations Manual, supervision of night works.", W),
      "",
      wrap("Prescribed forms are available at the HR counter, Terminal Building, Level 2. Closing date: "
           "14 January 2039 at 15.00 hrs.", W),
      "-" * W,
      wrap("TO LET: two-bedroom flat, Mahébourg waterfront, Rs 28,000 monthly (MUR). Tel 5 555 0198 "
           "(fictitious).", W),
      "-" * W,
      wrap("PUBLIC NOTICE: the Plaine Magnien Village Council will hold a public consultation on the new "
           "market fair on 8 January 2039.", W),
      "-" * W, ""]
write(f"{key}-grandportweekly.txt", "\n".join(L))

expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2039-01-14",
         (None, 52400, 82400, "MUR", "month"), None, {"en": (ESS, DES)}, {"en": []})
