"""Other copies: job boards (text, HTML, Markdown) and an e-mail forward. Writes ../NAME."""
import html
import os
from data import N, ROOT

h = html.escape


def solent():
    d = N["nfnpa-hr-43-05"]
    R = d["requirements"]["en"]
    L = []
    L += ["Skip to main content", "SolentGreenJobs", "Home | Search jobs | Employers | Career advice | Sign in",
          "Home > Jobs > Conservation > Hampshire", "",
          d["title"]["en"], d["organisation"]["en"], "Featured · Posted 3 weeks ago · 214 views",
          "Apply now    Save job", "",
          "Job details",
          "Reference", d["reference"],
          "Employer", d["organisation"]["en"],
          "Location", d["location"]["en"],
          "Salary", "£31,450 - £34,890 per year (Band 5)",
          "Hours", d["schedule"]["en"],
          "Contract", "Fixed term (3 years)",
          "Closing date", "09/03/2043 12:00",
          "Interview date", "24/03/2043", "",
          "About the role",
          "The Authority is looking for a Commoning Liaison Officer to be its everyday link with the commoners "
          "who graze ponies and cattle on the open Forest. You will help commoners reach grants and back-up "
          "grazing land, work with the Verderers and the Agisters, and advise planners on applications that "
          "affect holdings.", "",
          "Essential criteria"] + ["– " + x for x in R["essential"]] + [
          "", "Desirable criteria"] + ["– " + x for x in R["desirable"]] + [
          "", "Our values: " + " / ".join(c["name"] for c in d["competencies"]["en"]), "",
          "Mileage at 55p per mile. Full candidate pack with the person specification available to download.", "",
          "Similar jobs",
          "Heathland Ranger – Dorset Heaths Partnership – £27,900 - £30,100 – closes 16/03/2043",
          "Farm Adviser – Wessex Rivers Trust – £30,000 - £33,500 – closes 02/04/2043", "",
          "We use cookies to improve your experience. Accept all | Manage cookies",
          "© 2043 SolentGreenJobs · Privacy · Terms"]
    return "\n".join(L) + "\n"


def guamboard():
    d = N["doa-ja-43-117"]
    R = d["requirements"]["en"]
    lis = lambda xs: "".join(f"<li>{h(x)}</li>" for x in xs)
    comps = "".join(f"<li><b>{h(c['name'])}</b>: {h(c['description'])}</li>" for c in d["competencies"]["en"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{h(d['title']['en'])} | Marianas Job Bank</title>
<style>body{{font-family:Arial,sans-serif;max-width:980px;margin:auto}} dl{{display:grid;grid-template-columns:180px 1fr}} dt{{font-weight:bold}} aside{{border-top:1px solid #ccc;margin-top:20px}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</head><body>
<nav><a href="/">Marianas Job Bank</a> | <a href="/jobs">Find jobs</a> | <a href="/employers">Employers</a> | <a href="/login">Log in</a></nav>
<p class="crumbs"><a href="/">Home</a> › <a href="/jobs?sector=government">Government</a> › Job #58213</p>
<main>
<h1>{h(d['title']['en'])}</h1>
<p class="sub">{h(d['organisation']['en'])} · Posted Feb 20, 2043 · 1,102 views</p>
<dl>
<dt>Announcement No.</dt><dd>{h(d['reference'])}</dd>
<dt>Employer</dt><dd>{h(d['organisation']['en'])}</dd>
<dt>Location</dt><dd>{h(d['location']['en'])}</dd>
<dt>Pay grade</dt><dd>Pay Grade N (Steps 1–10)</dd>
<dt>Salary</dt><dd>$48,212 - $69,890 per year</dd>
<dt>Work schedule</dt><dd>{h(d['schedule']['en'])}</dd>
<dt>Opening date</dt><dd>02/20/2043</dd>
<dt>Closing date</dt><dd>03/13/2043 5:00 PM ChST</dd>
</dl>
<h2>Job summary</h2>
<p>Professional environmental health work: inspections of food establishments, pools, schools and day-care
centres, sampling, and complaint investigations, with some lead work during outbreak investigations.</p>
<h2>Minimum qualifications</h2>
<ul>{lis(R['essential'])}</ul>
<h2>Preferred qualifications</h2>
<ul>{lis(R['desirable'])}</ul>
<h2>Competencies</h2>
<ul>{comps}</ul>
<p>Night differential and hazardous duty pay may apply. Apply with a Government of Guam employment application.</p>
<p><a class="btn" href="#">Apply on the agency website</a></p>
</main>
<aside><h3>Similar jobs</h3><ul>
<li>Sanitarian Aide – Saipan – $24,310 – closes 03/06/2043</li>
<li>Environmental Inspector – Guam Environmental Protection Agency – $44,950 - $62,400 – closes 03/27/2043</li>
</ul></aside>
<footer>Marianas Job Bank is an independent listing site. Cookies help us run this site. <a href="#">OK</a></footer>
</body></html>
"""


def ospar_mail():
    d = N["ospar-vn-2043-01"]
    R = d["requirements"]["en"]
    q = lambda s: "> " + s
    L = ["From: Inge Halvorsen <inge.halvorsen@miljo.example>",
         "Sent: Tuesday, 27 January 2043 09:14",
         "To: marine-chemistry-network@lists.example",
         "Subject: FW: OSPAR vacancy – " + d["title"]["en"], "",
         "Dear colleagues,", "",
         "Passing this on in case anyone in the network is interested or knows a good candidate. The closing date",
         "is in March; the full notice is below.", "",
         "Best wishes,", "Inge", "",
         "-----Original Message-----",
         "From: OSPAR Secretariat <secretariat@ospar.example>",
         "Sent: Monday, 19 January 2043 16:40",
         "Subject: " + d["reference"] + " – " + d["title"]["en"], "",
         q("VACANCY NOTICE"),
         q(d["title"]["en"]), q(""),
         q("Organisation: " + d["organisation"]["en"]),
         q("Vacancy notice: " + d["reference"]),
         q("Duty station: " + d["location"]["en"]),
         q("Grade: A3 (step 1 on appointment)"),
         q("Basic salary: GBP 71,400 - 78,900 per year, exempt from UK income tax"),
         q("Working hours: " + d["schedule"]["en"]),
         q("Closing date: 17 March 2043, 17:00 UK time"),
         q("Starting date: 1 September 2043"), q(""),
         q("The Deputy Secretary runs the work of the Hazardous Substances and Eutrophication Committee and its"),
         q("expert groups: meetings, papers, summary records and follow-up with the Contracting Parties."), q(""),
         q("Qualifications and experience"), q(""), q("Essential:")]
    L += [q(" - " + x) for x in R["essential"]]
    L += [q(""), q("Desirable:")] + [q(" - " + x) for x in R["desirable"]]
    L += [q(""), q("Competencies:")] + [q(" - " + c["name"] + ": " + c["description"]) for c in d["competencies"]["en"]]
    L += [q(""), q("A relocation allowance of up to GBP 4,000 is available. Interviews are planned in the week of"),
          q("20 April 2043. Send a letter and CV to vacancies@ospar.example."), ""]
    return "\n".join(L) + "\n"


def racket():
    d = N["wsf-hr-2043-02"]
    R = d["requirements"]["en"]
    L = ["RacketSportJobs", "JobsEmployersCoachingEventsSign inPost a job",
         "Coach Education Manager", "World Squash Federation (WSF)", "Full-timeHybridManagement",
         "Posted 5 days ago · 318 views · 27 applicants",
         "Reference" + d["reference"] + "Location" + d["location"]["en"] + "Hours" + d["schedule"]["en"]
         + "Salary£42k – £48k per yearStart1 Jun 2043Closing date24 Mar 2043",
         "Apply nowSave",
         "About the job",
         "World Squash is looking for a Coach Education Manager to own its coaching framework, tutor network and "
         "online classroom, working with national federations on every continent.",
         "Requirements:"] + ["* " + x for x in R["essential"]] + ["Nice to have:"] + ["* " + x for x in R["desirable"]] + [
         "How we work:"] + ["* " + c["name"] + ": " + c["description"] for c in d["competencies"]["en"]] + [
         "Tags: coaching · education · squash · international",
         "Similar jobs",
         "Performance Coach – National Badminton Centre – £36k – £40k – closes 10 Apr 2043",
         "Education Officer – Table Tennis Federation – £33k – closes 31 Mar 2043",
         "This site uses cookies. Got it"]
    return "\n".join(L) + "\n"


def ouest():
    d = N["mlpf-2043-02"]
    R = d["requirements"]["fr"]
    L = ["[Accueil](https://ouest-emploi.example/) > [Offres](https://ouest-emploi.example/offres) > [Ille-et-Vilaine](https://ouest-emploi.example/offres/35)", "",
         "# " + d["title"]["fr"], "",
         "**" + d["organisation"]["fr"] + "** · `CDI` `Temps plein` `Insertion`  ", "*Publiée il y a 4 jours*", "",
         "| Référence | Lieu | Horaires | Salaire | Date limite |",
         "|---|---|---|---|---|",
         f"| {d['reference']} | {d['location']['fr']} | {d['schedule']['fr']} | 27,5 - 31 k€ brut annuel | 31/03/2043 |", "",
         "## Le poste", "",
         "Au sein d'une équipe de dix-huit salarié·es, vous développez les relations avec les entreprises du "
         "Pays de Fougères pour ouvrir des offres, des stages et des contrats en alternance aux jeunes "
         "accompagnés.", "",
         "## Profil recherché", ""] + ["- " + x for x in R["essential"]] + ["", "## Atouts", ""] + [
         "- " + x for x in R["desirable"]] + ["", "## Savoir-être", ""] + [
         f"- **{c['name']}** : {c['description']}" for c in d["competencies"]["fr"]] + [
         "", "Entretiens prévus le 14 avril 2043.", "",
         "## Offres similaires", "",
         "- Conseiller·ère emploi – Rennes – 26 - 29 k€ – avant le 20/03/2043",
         "- Chargé·e d'accueil – Vitré – 22 k€ – avant le 07/04/2043", "",
         "---", "Ce site utilise des cookies. [Paramétrer](https://ouest-emploi.example/cookies)"]
    return "\n".join(L) + "\n"


OUT = {"nfnpa-hr-43-05-solentgreenjobs.txt": solent,
       "doa-ja-43-117-marianasjobbank.html": guamboard,
       "ospar-vn-2043-01-email.txt": ospar_mail,
       "wsf-hr-2043-02-racketsportjobs.txt": racket,
       "mlpf-2043-02-ouestemploi.md": ouest}

if __name__ == "__main__":
    for name, fn in OUT.items():
        open(os.path.join(ROOT, name), "w", encoding="utf-8").write(fn())
        print("wrote", name)
