"""CIMMYT (Texcoco) on an Oracle Taleo career section: job description page and WeasyPrint printable view."""
from common import *

KEY = REF = "2204188"
TITLE = "Seed Systems Data Analyst"
ORG = "International Maize and Wheat Improvement Center"
LOC = "Mexico-México-Texcoco"
ABOUT = ("The International Maize and Wheat Improvement Center (CIMMYT) is a non-profit international research "
         "organization and a member of CGIAR. Its scientists work with national partners to develop improved maize "
         "and wheat varieties and to bring them to farmers through public and private seed companies.")
PURPOSE = ("The Seed Systems Data Analyst will join the seed systems team at the El Batán campus in Texcoco and will "
           "manage the data that track how new varieties move from breeding programmes to registration, early "
           "generation seed and farmers' fields in Latin America and Africa.")
RESP = [
    "Design and maintain databases on variety releases, seed production and seed sales reported by partner companies.",
    "Clean, merge and analyse survey data on varietal adoption and turnover.",
    "Build dashboards and short briefs for breeders, seed-sector specialists and donors.",
    "Train partner staff in data collection protocols and quality checks.",
    "Contribute to journal articles and technical reports as co-author.",
]
REQ = ["Master's degree in agricultural economics, statistics, data science or a related field.",
       "At least three years of experience managing and analysing agricultural or market data.",
       "Advanced skills in R or Python and in relational databases (SQL).",
       "Fluency in Spanish and English, spoken and written."]
DES = ["Experience with seed-sector or variety-adoption studies.",
       "Knowledge of data visualization tools such as Power BI or Shiny.",
       "Experience working with private seed companies in Mexico or Central America."]
PAY = ("CIMMYT offers a monthly gross salary in the range of MXN 58,400 – 69,900, depending on experience, with "
       "major medical and life insurance, a savings fund and 20 working days of annual leave.")
FACTS = [("Primary Location", LOC), ("Organization", "Sustainable Agrifood Systems Program"), ("Schedule", "Full-time"),
         ("Job Type", "Nationally Recruited Staff"), ("Job Posting", "Nov 12, 2042, 9:00:00 AM"),
         ("Unposting Date", "Dec 10, 2042, 11:59:00 PM")]


def body_html():
    return f"""<p>{esc(ABOUT)}</p>
<p><b>Purpose of the position</b></p><p>{esc(PURPOSE)}</p>
<p><b>Key responsibilities</b></p><ul>{''.join('<li>' + esc(r) + '</li>' for r in RESP)}</ul>
<p><b>Required qualifications</b></p><ul>{''.join('<li>' + esc(r) + '</li>' for r in REQ)}</ul>
<p><b>Desirable qualifications</b></p><ul>{''.join('<li>' + esc(r) + '</li>' for r in DES)}</ul>
<p><b>What we offer</b></p><p>{esc(PAY)}</p>
<p><b>How to apply</b></p><p>Submit your application online with a cover letter and CV. Interviews of shortlisted candidates are planned for the second half of January 2043. CIMMYT is an equal opportunity employer.</p>"""


def render():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2042-12-10",
             schedule={"en": "Full-time"}, salary=sal(lo=58400, hi=69900, cur="MXN", period="month"),
             req={"en": (REQ, DES)}, comp={"en": []})
    facts = "".join(f"<tr><td class='l'>{esc(a)}:</td><td>{esc(b)}</td></tr>" for a, b in FACTS)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Job Description - {esc(TITLE)} ({REF})</title>
<style>body{{font-family:Verdana,sans-serif;font-size:11px}} .bar{{background:#00693e;color:#fff;padding:6px}}
.tabs a{{margin-right:10px}} td.l{{font-weight:bold;padding-right:8px}} .sec{{border:1px solid #bbb;padding:8px;margin:8px 0}}</style></head>
<body>
<div class="bar">CIMMYT Careers | <a href="#">English</a> <a href="#">Español</a></div>
<div class="tabs"><a href="#">Job Search</a><a href="#">My Jobpage</a><a href="#">Sign Out</a></div>
<p><a href="#">Return to Job Search</a> | <a href="#">Previous</a> | <a href="#">Next</a></p>
<h1>Job Description - {esc(TITLE)} ({REF})</h1>
<p><button>Apply Online</button> <button>Add to My Job Cart</button> <button>Send to a Friend</button> <button>Print</button></p>
<div class="sec"><h2>Job Description</h2>
<h3>{esc(TITLE)} - {REF}</h3>
{body_html()}
</div>
<div class="sec"><table>{facts}</table></div>
<p><button>Apply Online</button> <button>Add to My Job Cart</button></p>
<p style="font-size:9px">Powered by Oracle Taleo · Privacy Agreement · Copyright © 2042 Oracle and/or its affiliates. All rights reserved.</p>
</body></html>
"""
    write(KEY + "-taleo.html", page, KEY)

    flines = "".join(f"<div><span class='l'>{esc(a)}</span><br>{esc(b)}</div>" for a, b in FACTS)
    pr = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: Letter; margin: 18mm; @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size:8pt }} }}
body{{font-family:"DejaVu Sans",sans-serif;font-size:9.5pt}} .l{{font-weight:bold;font-size:8pt;color:#444}}
.facts{{display:grid;grid-template-columns:1fr 1fr 1fr;gap:6px;border-top:2px solid #00693e;border-bottom:2px solid #00693e;padding:6px 0;margin:8px 0}}
h1{{font-size:14pt;color:#00693e}}</style></head><body>
<p style="font-size:8pt">Print Preview · CIMMYT Career Section · Printed on Nov 14, 2042</p>
<h1>{esc(TITLE)} - {REF}</h1>
<div class="facts">{flines}</div>
<h2 style="font-size:11pt">Description</h2>
{body_html()}
</body></html>"""
    p = src("2204188-print.html", pr)
    weasy(p, KEY + "-taleo-print.weasyprint.pdf", KEY)
