# HTML notices printed by Chromium (build-pdf.sh's command line) and two job-board copies.
import os, html
from data import N

OUT = os.path.join(os.path.dirname(__file__), "..")
e = html.escape


def ul(items):
    return "<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>"


# ------------------------------------------------------------- Concern Worldwide: poster with sidebar
def concern():
    d = N["cw-caf-2034-014"]; R = d["requirements"]["en"]
    b = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(d['title']['en'])} – Concern Worldwide</title>
<style>
@page {{ size: A4; margin: 0 }}
body {{ margin:0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color:#222 }}
.wrap {{ display:flex; min-height: 297mm }}
aside {{ width: 62mm; background:#f26522; color:#fff; padding: 14mm 7mm; box-sizing:border-box }}
aside .logo {{ font-size: 20pt; font-weight: bold; letter-spacing: .5px; margin-bottom: 10mm }}
aside dl {{ margin:0 }} aside dt {{ font-size: 7.5pt; text-transform: uppercase; letter-spacing: 1px; opacity:.85; margin-top: 5mm }}
aside dd {{ margin: 1mm 0 0; font-size: 10.5pt; font-weight: bold }}
main {{ flex:1; padding: 14mm 12mm 10mm 10mm }}
.kicker {{ color:#f26522; font-weight:bold; letter-spacing: 2px; font-size: 9pt }}
h1 {{ font-size: 24pt; margin: 2mm 0 6mm; line-height:1.1 }}
h2 {{ display:inline-block; background:#222; color:#fff; font-size: 9pt; letter-spacing: 1px; padding: 2px 8px; margin: 5mm 0 2mm; text-transform: uppercase }}
ul {{ margin: 0 0 0 5mm; padding:0 }} li {{ margin-bottom: 1.5mm; break-inside: avoid }}
.apply {{ border: 2px solid #f26522; padding: 4mm; margin-top: 6mm }}
</style></head>
<body><div class="wrap">
<aside><div class="logo">Concern<br>Worldwide</div>
<dl>
<dt>Reference</dt><dd>CW-CAF-2034-014</dd>
<dt>Organisation</dt><dd>{e(d['organisation']['en'])}</dd>
<dt>Location</dt><dd>{e(d['location']['en'])}</dd>
<dt>Contract</dt><dd>Fixed term, 24 months, accompanied</dd>
<dt>Hours</dt><dd>{e(d['schedule']['en'])}</dd>
<dt>Grade</dt><dd>C1</dd>
<dt>Salary</dt><dd>€3,920 – €4,310 per month</dd>
<dt>Start date</dt><dd>August 2034</dd>
<dt>Closing date</dt><dd>22 June 2034</dd>
</dl>
<p style="margin-top:14mm;font-size:8pt">Registered charity in Ireland<br>52-55 Camden Street Lower, Dublin 2</p>
</aside>
<main>
<div class="kicker">WE ARE HIRING · CENTRAL AFRICAN REPUBLIC</div>
<h1>{e(d['title']['en'])}</h1>
<p>Concern Worldwide works with the poorest people in some of the world's most fragile places. In the Central African
Republic our teams support health centres and communities in three prefectures to prevent and treat acute malnutrition,
alongside water, sanitation and livelihoods work. Our nutrition programme reaches more than 40,000 children and
pregnant and breastfeeding women every year.</p>
<h2>The role</h2>
<p>You will lead the nutrition team of about 35 national staff, manage two grants with a combined budget of EUR 2.6 million
and represent Concern in the nutrition cluster in Bangui. You will make regular field visits to Bambari and Kaga-Bandoro.</p>
<ul><li>Plan, budget and monitor the nutrition activities of the country programme</li>
<li>Coach the team leaders and build the skills of Ministry of Health staff</li>
<li>Ensure the quality of treatment through supervision visits and data reviews</li>
<li>Write donor reports and contribute to new proposals</li></ul>
<h2>Essential</h2>{ul(R['essential'])}
<h2>Desirable</h2>{ul(R['desirable'])}
<h2>What we offer</h2>
<p>Accommodation in a shared guesthouse, medical and life insurance, rest and recuperation every eight weeks, 25 days of
annual leave, flights and a relocation allowance. The salary is paid in euro.</p>
<div class="apply"><b>How to apply:</b> send your CV and a cover letter through our jobs site, quoting CW-CAF-2034-014,
by 22 June 2034. Interviews will take place in early July. Concern has a zero-tolerance policy on sexual exploitation and
abuse; all offers are subject to reference and background checks.</div>
</main></div></body></html>
"""
    open(os.path.join(OUT, "cw-caf-2034-014-concern.html"), "w", encoding="utf-8").write(b)

    # job-board copy (invented board "AidPathway Jobs"), as a browser copy
    t = f"""Skip to content
AidPathway Jobs
Find jobs   Organisations   Career advice   Post a job (from EUR 120)   Sign in

Home › Jobs › Nutrition › {d['title']['en']}

{d['title']['en']}
Concern WorldwideBangui, Central African RepublicNutritionSenior level
Posted on 24 May 2034 · 637 views · 31 applicants
Apply now   Save   Share

Job details
ReferenceCW-CAF-2034-014OrganisationConcern WorldwideLocationBangui, Central African RepublicHoursFull-timeGradeC1Salary€3,920 – €4,310 per monthStart dateAugust 2034Closing date22 June 2034

About the job
Concern Worldwide works with the poorest people in some of the world's most fragile places. In the Central African Republic its teams support health centres and communities in three prefectures to prevent and treat acute malnutrition. The role: you will lead the nutrition team of about 35 national staff, manage two grants with a combined budget of EUR 2.6 million and represent Concern in the nutrition cluster in Bangui. Plan, budget and monitor the nutrition activities of the country programme; coach the team leaders and build the skills of Ministry of Health staff; ensure the quality of treatment; write donor reports.

Essential
""" + "".join(f"- {x}\n" for x in R['essential']) + "\nDesirable\n" + "".join(f"- {x}\n" for x in R['desirable']) + """
What we offer
Accommodation in a shared guesthouse, medical and life insurance, rest and recuperation every eight weeks, 25 days of annual leave, flights and a relocation allowance.

How to apply: through the organisation's own site, quoting CW-CAF-2034-014, by 22 June 2034.

Tags: nutrition · CMAM · humanitarian · French speaking · Africa

Similar jobs
Health Coordinator – Medair – Juba, South Sudan – USD 4,100 per month – closes 19 June 2034
Nutrition Officer – Action Against Hunger – N'Djamena, Chad – closes 30 June 2034
WASH Programme Manager – Concern Worldwide – Maradi, Niger – EUR 3,700 – 4,050 per month – closes 8 July 2034

Get new nutrition jobs by e-mail   Subscribe
© 2034 AidPathway Jobs · Terms · Privacy · We use cookies to improve your experience. Accept
"""
    open(os.path.join(OUT, "cw-caf-2034-014-aidpathway.txt"), "w", encoding="utf-8").write(t)


# ------------------------------------------------------------- Search for Common Ground: brochure with bands
def sfcg():
    d = N["sfcg-rdc-2034-027"]; R = d["requirements"]["fr"]; C = d["competencies"]["fr"]
    b = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(d['title']['fr'])}</title>
<style>
@page {{ size: A4; margin: 0 }}
body {{ margin:0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color:#1e1e1e }}
.band {{ padding: 6mm 16mm; break-inside: avoid }}
.mast {{ background:#00594f; color:#fff; padding-top: 12mm }}
.mast .brand {{ font-weight:bold; font-size: 13pt; letter-spacing: 1px }}
.mast h1 {{ font-size: 21pt; margin: 5mm 0 2mm }}
.facts {{ background:#e3f1ee; display:grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm 8mm }}
.facts div span {{ display:block; font-size: 7.5pt; text-transform: uppercase; color:#00594f; letter-spacing: .8px }}
.facts div b {{ font-size: 10pt }}
.grey {{ background:#f3f3f3 }}
.yellow {{ background:#f4c542 }}
h2 {{ font-size: 12pt; color:#00594f; margin: 0 0 2mm; text-transform: uppercase; letter-spacing: 1px }}
ul {{ margin: 0 0 0 5mm; padding: 0 }} li {{ margin-bottom: 1.2mm; break-inside: avoid }}
.foot {{ background:#00594f; color:#fff; font-size: 8pt }}
</style></head><body>
<div class="band mast"><div class="brand">SEARCH FOR COMMON GROUND · RDC</div>
<div>Offre d'emploi · Programme Grands Lacs</div>
<h1>{e(d['title']['fr'])}</h1></div>
<div class="band facts">
<div><span>Référence</span><b>SFCG-RDC-2034-027</b></div>
<div><span>Organisation</span><b>{e(d['organisation']['fr'])}</b></div>
<div><span>Lieu d'affectation</span><b>{e(d['location']['fr'])}</b></div>
<div><span>Type de contrat</span><b>CDD de 18 mois, renouvelable</b></div>
<div><span>Temps de travail</span><b>{e(d['schedule']['fr'])}</b></div>
<div><span>Salaire</span><b>2 150 USD brut mensuel</b></div>
<div><span>Publication</span><b>15 mai 2034</b></div>
<div><span>Date limite de soumission</span><b>12 juin 2034</b></div>
<div><span>Prise de fonction</span><b>Juillet 2034</b></div>
</div>
<div class="band"><h2>Qui sommes-nous ?</h2>
<p>Search for Common Ground est une organisation internationale à but non lucratif qui aide les sociétés à gérer leurs
conflits sans violence. Présente dans la région des Grands Lacs depuis plus de vingt ans, elle associe le dialogue
communautaire, les médias et le travail avec les autorités locales. Au Sud-Kivu, nos équipes accompagnent des comités de
jeunes dans six territoires.</p></div>
<div class="band grey"><h2>Le projet</h2>
<p>Le projet « Voix des jeunes pour la paix », financé pour trois ans, renforce la participation des jeunes femmes et
hommes aux décisions locales et la confiance entre communautés voisines. Il combine des espaces de dialogue, des
émissions de radio produites par les jeunes et des initiatives communes dans les villages.</p></div>
<div class="band"><h2>Vos responsabilités</h2>
<ul><li>Piloter la mise en œuvre du projet selon le plan de travail et le budget ;</li>
<li>Encadrer une équipe de cinq animateurs et deux partenaires locaux ;</li>
<li>Organiser les dialogues communautaires et le suivi des initiatives des jeunes ;</li>
<li>Préparer les rapports narratifs et contribuer aux rapports financiers ;</li>
<li>Représenter l'organisation auprès des autorités provinciales et des autres ONG.</li></ul></div>
<div class="band grey"><h2>Profil requis</h2>{ul(R['essential'])}
<h2 style="margin-top:4mm">Atouts</h2>{ul(R['desirable'])}</div>
<div class="band"><h2>Compétences clés</h2>
<ul>{''.join(f"<li><b>{e(c['name'])} :</b> {e(c['description'])}</li>" for c in C)}</ul></div>
<div class="band yellow"><h2>Postuler</h2>
<p>Envoyez votre CV et une lettre de motivation à recrutement.rdc@sfcg.example avec la référence SFCG-RDC-2034-027 en
objet, au plus tard le 12 juin 2034. Seuls les candidats présélectionnés seront contactés. Les candidatures féminines sont
vivement encouragées. Aucun frais n'est demandé à aucune étape du recrutement.</p></div>
<div class="band foot">Search for Common Ground · Avenue Patrice Lumumba, Bukavu · www.sfcg.example · Partager : Facebook · LinkedIn · WhatsApp</div>
</body></html>
"""
    open(os.path.join(OUT, "sfcg-rdc-2034-027-sfcg.html"), "w", encoding="utf-8").write(b)


# ------------------------------------------------------------- Barco: board copy (the PDF is LaTeX)
def barco_board():
    d = N["r-2034-4471"]; R = d["requirements"]["en"]
    t = f"""Jobs in Tech Flanders — Kortrijk
Menu  Jobs  Companies  Salaries  Events  Log in  Post a vacancy

{d['title']['en']}
Barco NVKortrijk, BelgiumEngineeringFull-timeMedior
Published 2 weeks ago · Apply before 30 June 2034

Job ID R-2034-4471  |  Company Barco NV  |  Location Kortrijk, Belgium  |  Employment Full-time  |  Contract Permanent

Barco designs visualisation and collaboration technology for healthcare, entertainment and enterprise. The Healthcare division in Kortrijk builds the diagnostic displays radiologists and surgeons use every day. As Embedded Software Engineer you join a scrum team of eight that writes the firmware for the next generation of medical displays: board bring-up, the display pipeline, calibration and the secure update chain.

What you bring:
""" + "".join(f"• {x}\n" for x in R['essential']) + "\nNice to have:\n" + "".join(f"• {x}\n" for x in R['desirable']) + """
What Barco offers: a permanent contract, a competitive salary with meal vouchers, a company car or mobility budget, hospitalisation insurance, 32 days off, hybrid working (two days at home) and a training budget.

Apply via the Barco careers site with your CV in English. Questions? Talent acquisition, careers@barco.example.

More jobs like this
Firmware Engineer – Televic – Izegem – apply before 12 July 2034
Software Architect Imaging – Agfa – Mortsel – apply before 3 July 2034
Embedded Linux Developer – Barco NV – Kortrijk – closed

Jobs in Tech Flanders · Cookie settings · Privacy policy · © 2034
"""
    open(os.path.join(OUT, "r-2034-4471-techflanders.txt"), "w", encoding="utf-8").write(t)


if __name__ == "__main__":
    concern(); sfcg(); barco_board(); print("html written")
