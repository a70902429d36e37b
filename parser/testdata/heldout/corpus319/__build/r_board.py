# Other copies: board text (NYM), WhatsApp forward (Sint Maarten), HTML board (IPHC), Markdown board (SMIDDEST)
import os
from common import *

def nym_board():
    d = N["nym-44-018"]
    L = ["Skip to main content", "NorthernParksJobs  |  Jobs  |  Employers  |  Volunteering  |  Sign in", "",
         "Home > Jobs > Yorkshire > Conservation & outreach", "",
         d["title"]["en"], d["organisation"]["en"], "Featured · Posted 6 days ago · 214 views", "",
         "Job details", "",
         "Reference", "", d["reference"], "",
         "Location", "", d["location"]["en"], "",
         "Salary", "", "£33,150 - £36,720 per annum (Band 6)", "",
         "Hours", "", d["schedule"]["en"], "",
         "Contract", "", "Fixed term (3 years)", "",
         "Closing date", "", "09/05/2044 10:00", "",
         "About the role", "",
         "Help keep the North York Moors one of the darkest places in England. You will advise on lighting, run stargazing events and the Dark Skies Festival, train volunteer ambassadors and measure sky brightness across the Park.", "",
         "Essential criteria", ""] + ["◦ " + x for x in d["ess"]["en"]] + ["", "Desirable criteria", ""] + \
        ["◦ " + x for x in d["des"]["en"]] + ["", "Our values: " + " / ".join(n for n, _ in d["comp"]["en"]), "",
         "Interviews: 19/05/2044 (Helmsley). Mileage paid at 45p a mile.", "",
         "Apply on employer's website", "",
         "Similar jobs", "Ranger (Seasonal) · Yorkshire Dales · £24,790 - £25,980 · Closes 12/05/2044",
         "Community Archaeologist · Durham · £31,400 - £34,300 · Closes 20/05/2044", "",
         "We use cookies to improve your experience. Accept all | Manage"]
    return "\n".join(L) + "\n"

def sxm_whatsapp():
    d = N["hrm-vac-44-019"]
    def m(t, who, s): return f"[13/04/2044, {t}] {who}: {s}"
    body = ["*VACANCY NOTICE – GOVERNMENT OF SINT MAARTEN*",
            f"*Position:* {d['title']['en']} (1 position)",
            f"Vacancy number: {d['reference']}",
            f"Employer: {d['organisation']['en']}",
            "Ministry: VROMI",
            f"Work location: {d['location']['en']}",
            "Salary scale: Scale 9",
            "Salary: XCG 4,312 – XCG 6,118 gross per month",
            f"Working hours: {d['schedule']['en']}",
            "Closing date: Friday 6 May 2044 at 12:00 noon",
            "", "*Requirements*", "_Essential_"] + ["- " + x for x in d["ess"]["en"]] + ["_Desirable_"] + \
           ["- " + x for x in d["des"]["en"]] + ["", "*Competencies*"] + [f"- {n}: {s}" for n, s in d["comp"]["en"]] + \
           ["", f"Send letter, CV, diplomas and police record to HR quoting {d['reference']}. Interviews week of 23 May 2044."]
    out = [m("08:57", "Shanice (Permits)", "Morning all 🌞 forwarding this for anyone interested, internal AND external"),
           m("08:58", "Shanice (Permits)", "\n".join(body)),
           m("09:04", "Ray B.", "Thanks! Is the deadline the 6th?"),
           m("09:05", "Shanice (Permits)", "Yes, 6 May noon. Don't leave it till the last day 🙏"),
           m("09:11", "Kezia", "👍🏽 shared with my cousin in Simpson Bay")]
    return "\n".join(out) + "\n"

def iphc_board():
    d = N["iphc-2044-ja-03"]
    ess = "".join(f"<li>{e(x)}</li>" for x in d["ess"]["en"]); des = "".join(f"<li>{e(x)}</li>" for x in d["des"]["en"])
    comps = "".join(f"<li><strong>{e(n)}</strong>: {e(s)}</li>" for n, s in d["comp"]["en"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(d['title']['en'])} | MarineTechJobs</title>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script></head>
<body><header><nav><a href="/">MarineTechJobs</a> | <a href="/jobs">Jobs</a> | <a href="/employers">Employers</a> | <a href="/alerts">Job alerts</a></nav></header>
<main><p><a href="/">Home</a> › <a href="/jobs/washington">Washington</a> › Laboratory</p>
<h1>{e(d['title']['en'])}</h1><p>{e(d['organisation']['en'])} — posted 3 weeks ago</p>
<table class="facts">
<tr><th>Announcement</th><td>{d['reference']}</td></tr>
<tr><th>Location</th><td>{e(d['location']['en'])}</td></tr>
<tr><th>Pay</th><td>$58,400 - $69,900 a year (USD), Level 4</td></tr>
<tr><th>Job type</th><td>{e(d['schedule']['en'])}</td></tr>
<tr><th>Opens</th><td>04/18/2044</td></tr>
<tr><th>Closes</th><td>05/16/2044 5:00 PM PT</td></tr></table>
<h2>Summary</h2><p>Join the ageing laboratory of a bilateral fisheries commission. You will prepare and read halibut otoliths, check age data and help train seasonal staff.</p>
<h2>Required qualifications</h2><ul>{ess}</ul>
<h2>Preferred qualifications</h2><ul>{des}</ul>
<h2>Competencies</h2><ul>{comps}</ul>
<p><a class="btn" href="#">Apply on employer site</a></p></main>
<aside><h3>Similar jobs</h3><ul><li>Fisheries Observer – Kodiak, AK – $24.10/hour – closes 05/02/2044</li>
<li>Lab Assistant, Shellfish – Olympia, WA – $47,300 a year – closes 05/27/2044</li></ul></aside>
<footer><p>© 2044 MarineTechJobs · Privacy · Terms · We use cookies.</p></footer></body></html>
"""

def smiddest_md():
    d = N["smiddest-2044-02"]
    L = ["[Accueil](/) › [Offres](/offres) › [Gironde](/offres/gironde) › Environnement", "",
         f"# {d['title']['fr']}", "",
         f"**{d['organisation']['fr']}**  ", "`CDD 3 ans` `Temps complet` `Natura 2000`", "",
         "*Publiée il y a 9 jours*", "",
         f"- **Référence** : {d['reference']}",
         f"- **Lieu** : {d['location']['fr']}",
         "- **Salaire** : 27 - 31,5 k€ brut annuel",
         f"- **Horaires** : {d['schedule']['fr']}",
         "- **Date limite** : 30/05/2044", "",
         "## Le poste", "",
         "Animation de deux sites Natura 2000 (estuaire et marais de la rive droite) : comités de pilotage, contrats avec les éleveurs, avis sur les projets, sorties nature.", "",
         "## Profil recherché", ""] + ["- " + x for x in d["ess"]["fr"]] + ["", "## Atouts", ""] + \
        ["- " + x for x in d["des"]["fr"]] + ["", "## Savoir-être", ""] + [f"- **{n}** : {s}" for n, s in d["comp"]["fr"]] + \
        ["", "Entretiens le 13/06/2044, prise de poste le 01/09/2044.", "", "---", "", "### Offres similaires", "",
         "- Technicien·ne rivières – Libourne – 24 - 27 k€ – 15/05/2044",
         "- Garde du littoral – Lacanau – 23 - 25 k€ – 02/06/2044", "",
         "*Ce site utilise des cookies. [Paramétrer](/cookies)*"]
    return "\n".join(L) + "\n"

if __name__ == "__main__":
    for name, fn in (("nym-44-018-northernparksjobs.txt", nym_board), ("hrm-vac-44-019-whatsapp.txt", sxm_whatsapp),
                     ("iphc-2044-ja-03-marinetechjobs.html", iphc_board), ("smiddest-2044-02-emploiestuaire.md", smiddest_md)):
        open(os.path.join(ROOT, name), "w", encoding="utf-8").write(fn())
    print("board ok")
