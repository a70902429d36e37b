from common import *
import subprocess, os, tempfile, shutil
REF = "UNIDIR/CONS/2033/019"
KEY = "unidir-cons-2033-019"
TITLE = "Outer Space Data Analyst"
ORG = "United Nations Institute for Disarmament Research"
LOC = "Geneva"
ESS = [
 "Master's degree in data science, physics, aerospace engineering, international security or a related field.",
 "At least five years of experience in the analysis of satellite, orbital or space situational awareness data.",
 "Proven ability to clean, document and visualise large datasets with Python or R.",
 "Excellent written English.",
]
DES = [
 "Familiarity with multilateral discussions on space security and on norms of responsible behaviour.",
 "Previous work for a research institute or a UN entity.",
]
DEL = [
 ("Inception note and data inventory", "10 working days", "15 September 2033"),
 ("Cleaned dataset of on-orbit events with documentation", "25 working days", "31 October 2033"),
 ("Three visual briefs and a methodological annex", "20 working days", "5 December 2033"),
 ("Presentation at a virtual expert meeting", "5 working days", "16 January 2034"),
]
expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {}, "2033-08-06",
         sal(485, cur="USD", period="day"), None,
         {"en": {"essential": ESS, "desirable": DES}}, {"en": []})
rows = "".join(f"<tr><td>{esc(a)}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in DEL)
li = lambda xs: "".join(f"<li>{esc(x)}</li>" for x in xs)
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Terms of Reference {REF}</title>
<style>@page{{size:A4;margin:2cm 2cm 2.2cm 2cm;@bottom-center{{content:"UNIDIR – Terms of Reference – page " counter(page);font-size:8pt}}}}
body{{font-family:"Liberation Sans",sans-serif;font-size:10pt;line-height:1.35}}
.lh{{border-bottom:2px solid #1b2a4a;padding-bottom:6px;margin-bottom:12px}} .lh b{{font-size:13pt;color:#1b2a4a}}
table.hd td{{padding:3px 8px 3px 0;vertical-align:top}} table.hd td:first-child{{font-weight:bold;width:38%}}
table.dl{{border-collapse:collapse;width:100%}} table.dl td,table.dl th{{border:1px solid #999;padding:4px;font-size:9pt}}
h2{{font-size:11pt;color:#1b2a4a;margin:14px 0 4px 0}} .nw{{white-space:nowrap}}</style></head><body>
<div class="lh"><b>UNIDIR</b><br>{ORG}<br>Palais des Nations, Geneva</div>
<h1 style="font-size:14pt">TERMS OF REFERENCE – INDIVIDUAL CONSULTANT</h1>
<table class="hd">
<tr><td>Reference</td><td><span class="nw">{REF}</span></td></tr>
<tr><td>Title of consultancy</td><td>{TITLE}</td></tr>
<tr><td>Programme</td><td>Space Security and Safety Programme</td></tr>
<tr><td>Duty station</td><td>{LOC}</td></tr>
<tr><td>Work arrangement</td><td>Home-based, with one mission to Geneva</td></tr>
<tr><td>Period</td><td>1 September 2033 to 31 January 2034 (up to 60 working days)</td></tr>
<tr><td>Type of contract</td><td>Individual contractor agreement</td></tr>
<tr><td>Date of issue</td><td>22 July 2033</td></tr>
<tr><td>Application deadline</td><td>6 August 2033, 23:59 CEST</td></tr>
</table>
<h2>1. Background</h2>
<p>The {ORG} is an autonomous institute within the United Nations that generates knowledge to support disarmament and security negotiations. Its Space Security and Safety Programme collects and analyses open information on activities in outer space to support States in their discussions.</p>
<h2>2. Objective of the assignment</h2>
<p>The consultant will build a documented dataset of notable on-orbit events since 2020, design visual briefs for diplomats and describe the limits of open data in a methodological annex.</p>
<h2>3. Deliverables and timeline</h2>
<table class="dl"><tr><th>Deliverable</th><th>Estimated effort</th><th>Due by</th></tr>{rows}</table>
<h2>4. Qualifications</h2>
<p><b>Required</b></p><ul>{li(ESS)}</ul>
<p><b>Desirable</b></p><ul>{li(DES)}</ul>
<h2>5. Fee and payment</h2>
<p>The consultant will be paid a daily fee of USD 485 per working day, upon certification of each deliverable. Travel for the mission will be arranged and paid separately under UN rules.</p>
<h2>6. How to apply</h2>
<p>Send a CV, a cover letter and a short writing sample to the programme's recruitment address (recruitment-space@unidir.example), quoting the reference. Only selected candidates will be contacted for an interview, planned for 18 August 2033.</p>
</body></html>"""
tmp = tempfile.mkdtemp()
src = os.path.join(ROOT, "__build", KEY + "-tor.source.html")
open(src, "w", encoding="utf-8").write(html)
pdf = KEY + "-tor.weasyprint.pdf"
subprocess.run(["weasyprint", src, os.path.join(ROOT, pdf)], check=True, capture_output=True)
dump(pdf, KEY)
