from common import *
REF = "NETMA-HR-2036-22"
T = "Contracts Officer (Spares and Repairs)"
ORG = "NATO Eurofighter and Tornado Management Agency (NETMA)"
PN = "NETMA CON SPR 0030"
ESS = [
 "A university degree in law, business administration, economics or engineering, or equivalent experience;",
 "At least six years of experience in the negotiation and administration of complex contracts, of which at least three in the aerospace or defence industry or in a public procurement body;",
 "Experience of contracts for spare parts, repairs or logistic support, including price analysis and the assessment of cost proposals;",
 "Sound knowledge of international contract law and of contract terms used in multinational programmes;",
 "English at NATO SLP 3333 or higher.",
]
DES = [
 "Knowledge of the Eurofighter programme and of its contractual framework;",
 "A professional qualification in contract or supply chain management;",
 "A working knowledge of German, Italian or Spanish.",
]
COMP = [
 ("Negotiation", "achieves fair outcomes with industrial partners while protecting the interests of the participating nations."),
 ("Analytical Thinking", "breaks complex proposals into their components and identifies risks and savings."),
 ("Communication", "writes clear contract documents and explains them to technical colleagues."),
 ("Integrity", "applies the Agency's rules consistently and handles commercially sensitive information with discretion."),
]
E = dict(reference=REF, post_number=PN, languages=["en"], title=both(T, None), organisation=both(ORG, None),
  location=both("Unterhaching (Munich), Germany", None), schedule=both("Full-time (39 hours per week)", None),
  deadline="2037-01-15", salary=sal(7452.18), grade="G14", clearance="NATO SECRET",
  requirements=both({"essential": ESS, "desirable": DES}, None),
  competencies=both([{"name": n, "description": d} for n, d in COMP], None))

def src():
    ol = lambda xs: "<ol type='a'>" + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ol>"
    comp = "".join(f"<p><b>{esc(n)}:</b> {esc(d)}</p>" for n, d in COMP)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2.2cm 2cm; @top-center {{ content: "NATO UNCLASSIFIED"; font: bold 9pt 'Liberation Sans'; }}
 @bottom-center {{ content: "NATO UNCLASSIFIED – page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; }} }}
body {{ font-family: 'Liberation Sans'; font-size: 10.5pt; hyphens: manual; }}
.lh {{ text-align: right; font-size: 9pt; }} h1 {{ font-size: 14pt; text-align: center; }} h2 {{ font-size: 11pt; margin-top: 14px; }}
table.f {{ width: 100%; border-collapse: collapse; }} table.f td {{ border: 1px solid #888; padding: 4px 6px; vertical-align: top; }}
table.f td:first-child {{ background: #e6e6e6; width: 38%; font-weight: bold; }}
</style></head><body>
<div class="lh">NATO Eurofighter and Tornado Management Agency<br>Insel Kammerstrasse 12+14, 82008 Unterhaching<br>NETMA/HR/2036/0931<br>11 December 2036</div>
<h1>VACANCY NOTICE {REF}</h1>
<table class="f">
<tr><td>Post title</td><td>{esc(T)}</td></tr>
<tr><td>Agency</td><td>{esc(ORG)}</td></tr>
<tr><td>Division</td><td>Contracts Division, Spares and Repairs Branch</td></tr>
<tr><td>Post number</td><td>{PN}</td></tr>
<tr><td>NATO Grade</td><td>G14</td></tr>
<tr><td>Duty station</td><td>Unterhaching (Munich), Germany</td></tr>
<tr><td>Working time</td><td>Full-time (39 hours per week)</td></tr>
<tr><td>Security clearance</td><td>NATO SECRET</td></tr>
<tr><td>Basic monthly salary</td><td>7,452.18 EUR (tax free), plus allowances where applicable</td></tr>
<tr><td>Closing date</td><td>Thursday, 15 January 2037, 12:00 (CET)</td></tr>
</table>
<h2>1. The Agency</h2>
<p>NETMA manages the Eurofighter and Tornado weapon system programmes on behalf of the participating nations. The Contracts Division places and administers the Agency's contracts with industry, from development and production to in-service support.</p>
<h2>2. Duties</h2>
<p>Under the direction of the Head of the Spares and Repairs Branch, the incumbent prepares, negotiates and administers contracts for spare parts and repair services; evaluates industrial proposals and prepares negotiation positions; drafts contract amendments and monitors contractual performance; and advises programme managers on the contractual implications of their requirements. The incumbent will occasionally travel to industrial sites in the participating nations.</p>
<h2>3. Essential qualifications</h2>{ol(ESS)}
<h2>4. Desirable qualifications</h2>{ol(DES)}
<h2>5. Competencies</h2>{comp}
<h2>6. Conditions and application</h2>
<p>The successful candidate will be offered an initial contract of three years. Applications, using the NETMA application form, must be received by the closing date above. Interviews are expected to take place in Unterhaching in late February 2037. Only nationals of Germany, Italy, Spain and the United Kingdom are eligible.</p>
</body></html>"""

def build():
    expected(E)
    open(os.path.join(BUILD, "NETMA-HR-2036-22-netma.html"), "w", encoding="utf-8").write(src())
    weasy("NETMA-HR-2036-22-netma.html", "NETMA-HR-2036-22-netma.weasyprint.pdf")
    add("NETMA-HR-2036-22-netma.weasyprint.pdf", REF, "pdf")
    dump("NETMA-HR-2036-22-netma.weasyprint.pdf", "NETMA-HR-2036-22-netma.weasyprint.pdftotext.txt")
    add("NETMA-HR-2036-22-netma.weasyprint.pdftotext.txt", REF, "txt")
