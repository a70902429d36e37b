# HTML sources printed by WeasyPrint (make.sh): Wallis et Futuna form, TCD cover page, ITTO three pages.
import os, html
from data import N

SRC = os.path.join(os.path.dirname(__file__), "src")
os.makedirs(SRC, exist_ok=True)
e = html.escape


def ul(items, cls=""):
    return f"<ul class='{cls}'>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>"


def comps(items, sep=":"):
    return "<ul class='comp'>" + "".join(
        f"<li><b>{e(c['name'])}{sep}</b> {e(c['description'])}</li>" for c in items) + "</ul>"


# ------------------------------------------------------------- Wallis et Futuna
def wallis():
    d = N["aswf-srh-2034-031"]; R = d["requirements"]["fr"]
    css = """
@page { size: A4; margin: 14mm 14mm 16mm 14mm;
  @bottom-center { content: "ASWF – Formulaire RH-07 – Fiche de poste à pourvoir – page " counter(page) "/" counter(pages); font: 7pt 'DejaVu Sans'; color:#555 } }
body { font: 9pt 'DejaVu Sans', sans-serif; color:#111 }
.head { display:flex; border:1.5px solid #000 }
.head div { padding:6px 8px } .head .l { width:55%; border-right:1.5px solid #000 }
.head .r { width:45%; text-align:right }
h1 { font-size:14pt; margin:8px 0 2px; text-align:center; letter-spacing:1px }
.sub { text-align:center; font-size:8pt; margin-bottom:6px }
.sec { background:#1d3557; color:#fff; font-weight:bold; padding:3px 6px; margin-top:8px; font-size:9pt }
table.box { width:100%; border-collapse:collapse; }
table.box td { border:1px solid #000; padding:3px 5px; vertical-align:top; width:50% }
.lab { display:block; font-size:6.5pt; text-transform:uppercase; color:#333; letter-spacing:.3px }
.val { display:block; font-size:9.5pt }
.frame { border:1px solid #000; border-top:none; padding:4px 8px }
.frame ul { margin:2px 0 2px 14px; padding:0 } .frame li { margin-bottom:2px }
tr, li { break-inside: avoid }
"""
    def cell(lab, val):
        return f"<td><span class='lab'>{e(lab)}</span><span class='val'>{val}</span></td>"
    b = f"""<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{e(d['title']['fr'])}</title>
<style>{css}</style></head><body>
<div class="head"><div class="l"><b>RÉPUBLIQUE FRANÇAISE</b><br>Administration supérieure<br>des îles Wallis et Futuna<br>
<small>Service des ressources humaines – BP 16 – 98600 Mata-Utu</small></div>
<div class="r">Formulaire RH-07<br>Fiche de poste à pourvoir<br><small>Date de publication : 05/05/2034</small></div></div>
<h1>AVIS DE VACANCE DE POSTE</h1>
<div class="sub">Poste ouvert aux fonctionnaires et aux contractuels – à retourner complété au service des ressources humaines</div>
<div class="sec">A. IDENTIFICATION DU POSTE</div>
<table class="box">
<tr>{cell("Intitulé du poste", e(d['title']['fr']))}{cell("Numéro de l'avis", "ASWF-SRH-2034-031")}</tr>
<tr>{cell("Employeur", e(d['organisation']['fr']))}{cell("Service", "Service des ressources humaines (SRH)")}</tr>
<tr>{cell("Lieu d'affectation", e(d['location']['fr']))}{cell("Catégorie", "B – filière administrative")}</tr>
<tr>{cell("Nature de l'emploi", "☒ Permanent &nbsp; ☐ Temporaire")}{cell("Quotité de travail", "☒ Temps complet &nbsp; ☐ Temps partiel")}</tr>
<tr>{cell("Rémunération", "Rémunération brute mensuelle indicative : 412&nbsp;000&nbsp;XPF (F CFP), selon l'échelon")}{cell("Poste à pourvoir le", "01/09/2034")}</tr>
</table>
<div class="sec">B. MISSIONS DU POSTE</div>
<div class="frame"><p>Au sein d'un service de neuf agents, le ou la gestionnaire suit la carrière et la paie d'un portefeuille
d'environ deux cents agents de l'État et du Territoire affectés à Wallis et à Futuna.</p>
<ol><li>Préparer les actes de gestion : recrutements, avancements, positions, cessations de fonctions ;</li>
<li>Saisir et contrôler les éléments variables de paie chaque mois ;</li>
<li>Tenir les dossiers individuels et répondre aux agents ;</li>
<li>Participer à l'organisation des commissions administratives et des concours locaux.</li></ol></div>
<div class="sec">C. PROFIL RECHERCHÉ</div>
<div class="frame"><b>Compétences et connaissances requises</b>{ul(R['essential'])}
<b>Seraient appréciés</b>{ul(R['desirable'])}
<b>Qualités personnelles</b>{ul([c['name'] for c in d['competencies']['fr']])}</div>
<div class="sec">D. CONDITIONS PARTICULIÈRES</div>
<div class="frame"><table class="box"><tr>{cell("Horaires", "7 h 00 – 15 h 00 du lundi au jeudi, 7 h 00 – 12 h 00 le vendredi")}{cell("Déplacements", "Missions ponctuelles à Futuna (Sigave, Alo)")}</tr>
<tr>{cell("Logement", "Non fourni ; indemnité d'éloignement selon la réglementation")}{cell("Contact", "Chef du SRH – tél. 72 00 00")}</tr></table></div>
<div class="sec">E. CANDIDATURE</div>
<div class="frame"><table class="box"><tr>{cell("Pièces à fournir", "Lettre de motivation, curriculum vitae, dernier arrêté de situation administrative")}{cell("Date limite de candidature", "05/06/2034")}</tr>
<tr>{cell("Adresse", "rh@wallis-futuna.example ou dépôt au secrétariat, Mata-Utu")}{cell("Entretiens", "Semaine du 22/06/2034")}</tr></table>
<p>☐ Je déclare avoir pris connaissance des conditions du poste. &nbsp; Signature du candidat : ______________________</p></div>
</body></html>"""
    open(os.path.join(SRC, "aswf-srh-2034-031-wallisfutuna.html"), "w", encoding="utf-8").write(b)


# ------------------------------------------------------------- Trinity College Dublin (cover page)
def tcd():
    d = N["034417"]; R = d["requirements"]["en"]
    css = """
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-right { content: "Post Specification · Comp 034417"; font: 7.5pt 'DejaVu Serif'; color:#0e73b9 }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 7.5pt 'DejaVu Serif'; color:#555 } }
@page :first { margin: 0; @top-right { content: none } @bottom-center { content: none } }
body { font: 10pt 'DejaVu Serif', serif; color:#1b1b1b; line-height:1.35 }
.cover { height: 297mm; background:#0e73b9; color:#fff; padding: 40mm 22mm 0 22mm; box-sizing:border-box; page-break-after: always }
.cover .kick { font: bold 11pt 'DejaVu Sans'; letter-spacing:3px }
.cover h1 { font: bold 30pt 'DejaVu Sans'; margin: 18mm 0 6mm }
.cover .meta { font: 12pt 'DejaVu Sans'; line-height:1.8; margin-top:20mm }
.cover .foot { position:absolute; bottom: 25mm; font: 9pt 'DejaVu Sans' }
h2 { font: bold 12pt 'DejaVu Sans'; color:#0e73b9; border-bottom:1px solid #0e73b9; margin: 14px 0 5px }
table.f { border-collapse:collapse; width:100% } table.f td { padding:3px 5px; border-bottom:1px solid #ccc; vertical-align:top }
table.f td:first-child { width:34%; font-weight:bold; font-family:'DejaVu Sans'; font-size:9pt }
li { margin-bottom:3px; break-inside: avoid }
"""
    b = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post Specification – {e(d['title']['en'])}</title>
<style>{css}</style></head><body>
<section class="cover"><div class="kick">TRINITY COLLEGE DUBLIN · COLÁISTE NA TRÍONÓIDE, BAILE ÁTHA CLIATH</div>
<h1>{e(d['title']['en'])}</h1>
<div class="meta">Post Specification (Comp: 034417)<br>Library of Trinity College Dublin · Research Data Services<br>
Closing date: Friday, 16 June 2034</div>
<div class="foot">The University of Dublin · Human Resources · Trinity is an equal opportunities employer</div></section>

<h2>Post details</h2>
<table class="f">
<tr><td>Post Title:</td><td>{e(d['title']['en'])}</td></tr>
<tr><td>Post Status:</td><td>Specific purpose contract, 36 months</td></tr>
<tr><td>Department/Faculty:</td><td>The Library of Trinity College Dublin – Research Data Services</td></tr>
<tr><td>Employer:</td><td>{e(d['organisation']['en'])}</td></tr>
<tr><td>Location:</td><td>{e(d['location']['en'])}</td></tr>
<tr><td>Reports to:</td><td>Head of Research Data Services</td></tr>
<tr><td>Salary:</td><td>€51,940 – €62,315 per annum, appointment will be made on the scale in line with current Government Pay Policy</td></tr>
<tr><td>Hours of Work:</td><td>{e(d['schedule']['en'])}</td></tr>
<tr><td>Closing Date:</td><td>12 noon (Irish time) on Friday, 16 June 2034</td></tr>
</table>

<h2>Post Summary</h2>
<p>The Library is building a research data service for the whole University. The Research Data Steward will help
researchers plan, document, store and share their data, and will look after the University's data repository. The post
is funded for three years by a national open research programme and is one of three new stewardship posts.</p>
<h2>Standard Duties and Responsibilities of the Post</h2>
<ol><li>Advise researchers on data management plans at the grant application stage.</li>
<li>Review deposits to the data repository and curate their metadata.</li>
<li>Design and deliver workshops on research data management for staff and postgraduates.</li>
<li>Contribute to University policy on research data and to national working groups.</li>
<li>Collect and report figures on the use of the service.</li></ol>

<h2>Person Specification</h2>
<p><b>Essential criteria</b></p>{ul(R['essential'])}
<p><b>Desirable criteria</b></p>{ul(R['desirable'])}
<h2>Skills &amp; Competencies</h2>{comps(d['competencies']['en'])}

<h2>Further Information for Candidates</h2>
<p>Candidates should submit a cover letter together with a full curriculum vitae, giving the names and contact details of
three referees, through the University's online recruitment system. Shortlisting will take place shortly after the closing
date, and interviews are expected to be held on 6 July 2034. Candidates are advised that the University will not accept
applications received after the closing date. Informal enquiries may be directed to the Head of Research Data Services,
rds@tcd.example. Trinity College Dublin is committed to equality of opportunity and to a diverse workforce; reasonable
accommodation is available on request at any stage of the process.</p>
</body></html>"""
    open(os.path.join(SRC, "034417-tcd.html"), "w", encoding="utf-8").write(b)


# ------------------------------------------------------------- ITTO (three pages, running heads)
def itto():
    d = N["itto-va-2034-05"]; R = d["requirements"]["en"]
    css = """
@page { size: A4; margin: 26mm 22mm 24mm 22mm;
  @top-left { content: "International Tropical Timber Organization"; font: 8pt 'DejaVu Sans'; color:#2e5e2e; border-bottom: .5pt solid #2e5e2e; vertical-align: bottom; padding-bottom: 3pt }
  @top-right { content: "Vacancy Announcement ITTO/VA/2034/05"; font: 8pt 'DejaVu Sans'; color:#2e5e2e; border-bottom: .5pt solid #2e5e2e; vertical-align: bottom; padding-bottom: 3pt }
  @bottom-left { content: "International Organizations Center, 5th Floor, Pacifico-Yokohama, Japan"; font: 7pt 'DejaVu Sans'; color:#555 }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7pt 'DejaVu Sans'; color:#555 } }
body { font: 10pt 'DejaVu Serif', serif; line-height:1.4 }
h1 { font: bold 15pt 'DejaVu Sans'; color:#2e5e2e; margin:0 0 4mm }
h2 { font: bold 11pt 'DejaVu Sans'; color:#2e5e2e; margin: 6mm 0 2mm }
table.f { border-collapse:collapse; width:100%; font-size:9.5pt } table.f td { border:.5pt solid #999; padding:3px 6px; vertical-align:top }
table.f td:first-child { background:#eef4ee; width:32%; font-family:'DejaVu Sans'; font-weight:bold }
li { margin-bottom:2.5mm; break-inside: avoid }
.brk { break-before: page }
"""
    b = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ITTO Vacancy Announcement</title>
<style>{css}</style></head><body>
<p style="font:bold 9pt 'DejaVu Sans';letter-spacing:2px;color:#2e5e2e">VACANCY ANNOUNCEMENT</p>
<h1>{e(d['title']['en'])}</h1>
<table class="f">
<tr><td>Vacancy Announcement No.</td><td>ITTO/VA/2034/05</td></tr>
<tr><td>Organization</td><td>{e(d['organisation']['en'])}</td></tr>
<tr><td>Division</td><td>Division of Trade and Industry</td></tr>
<tr><td>Duty station</td><td>{e(d['location']['en'])}</td></tr>
<tr><td>Grade</td><td>P-3</td></tr>
<tr><td>Type of appointment</td><td>Fixed-term, two years, with possibility of extension</td></tr>
<tr><td>Working hours</td><td>{e(d['schedule']['en'])}</td></tr>
<tr><td>Annual net base salary</td><td>USD 72,940, plus post adjustment, which varies monthly</td></tr>
<tr><td>Date of issue</td><td>8 May 2034</td></tr>
<tr><td>Closing date</td><td>20 June 2034 (midnight, Japan Standard Time)</td></tr>
</table>
<h2>1. Background</h2>
<p>ITTO is an intergovernmental organization that promotes the sustainable management and conservation of tropical
forests and the expansion and diversification of international trade in tropical timber from legally and sustainably
harvested sources. Its members, producer and consumer countries, meet each year in the International Tropical Timber
Council. The Secretariat in Yokohama implements the Council's biennial work programme and a portfolio of field projects
funded by voluntary contributions.</p>
<p>The Division of Trade and Industry runs the Organization's work on legal and sustainable supply chains, market
transparency and the timber trade statistics that members report each year. A new programme on traceability and forest
law enforcement, covering eight producer countries in Africa, Asia and Latin America, begins in 2035; the incumbent will
be its day-to-day manager.</p>
<h2>2. Duties and responsibilities</h2>
<p>Under the supervision of the Director of Trade and Industry, the Programme Officer will:</p>
<ol type="a"><li>Manage the programme's projects in member countries, from appraisal of proposals to final evaluation;</li>
<li>Prepare work plans, budgets and progress reports for donors and for the Council;</li>
<li>Organize technical workshops and missions with government agencies, industry associations and civil society;</li>
<li>Follow developments in timber legality regulations in major consumer markets and brief the Secretariat;</li>
<li>Supervise consultants and review their deliverables;</li>
<li>Draft sections of Council documents, policy briefs and the Organization's market information reports;</li>
<li>Perform other related duties as assigned.</li></ol>
<h2>3. Qualifications</h2>
<p><b>Required qualifications</b></p><ol>{''.join(f'<li>{e(x)}</li>' for x in R['essential'])}</ol>
<p><b>Desirable qualifications</b></p><ol>{''.join(f'<li>{e(x)}</li>' for x in R['desirable'])}</ol>
<h2>4. Core competencies</h2>{comps(d['competencies']['en'])}
<h2>5. Conditions of employment</h2>
<p>The appointment is made under the Staff Regulations and Rules of the Organization. The salary is exempt from national
income tax. In addition to the salary, ITTO offers a post adjustment, dependency allowances, an education grant, home
leave, 30 working days of annual leave and membership in a pension fund. Relocation expenses are covered for
internationally recruited staff. The expected date of entry on duty is 1 October 2034.</p>
<h2>6. How to apply</h2>
<p>Applications must be submitted by e-mail to vacancies@itto.example with the subject line "ITTO/VA/2034/05" and must
include a cover letter, a completed personal history form and the names of three professional referees. Applications
received after the closing date will not be considered. Shortlisted candidates will be invited to a written test on
7 July 2034 and to an interview by video conference.</p>
<p>ITTO is committed to gender balance in its Secretariat and encourages applications from qualified women and from
nationals of producer member countries. Only candidates under serious consideration will be contacted. The Organization
does not charge any fee at any stage of the recruitment process.</p>
<h2>7. Enquiries</h2>
<p>Questions about the post may be addressed to the Human Resources Unit at the address above. Information about the
Organization, its member countries and its current work programme is available on the ITTO website.</p>
</body></html>"""
    open(os.path.join(SRC, "itto-va-2034-05-itto.html"), "w", encoding="utf-8").write(b)


if __name__ == "__main__":
    wallis(); tcd(); itto(); print("weasy html written")
