# -*- coding: utf-8 -*-
"""Text copies: Loch Lomond board copy, HELCOM e-mail forward, CAUE Markdown board copy."""
import os
from data import N, ROOT


def lochlomond_board():
    d = N["lltnp-42-031"]; R = d["requirements"]["en"]; K = d["competencies"]["en"]
    L = ["Skip to main content", "", "ScotGreenJobs   Find jobs   Employers   Career advice   Sign in", "",
         "Home > Jobs > Countryside and conservation > Central Scotland", "",
         d["title"]["en"], "", "Loch Lomond & The Trossachs National Park Authority", "",
         "Featured · Posted 6 days ago · 1,204 views", "", "Save   Share   Report", "",
         "Job details", "",
         "Reference", "", d["reference"], "",
         "Employer", "", d["organisation"]["en"], "",
         "Location", "", d["location"]["en"], "",
         "Salary", "", "£35,120 - £39,480 per year (Grade 6)", "",
         "Working pattern", "", d["schedule"]["en"], "",
         "Contract type", "", "Permanent", "",
         "Closing date", "", "11/08/2042 12:00", "",
         "About the role", "",
         "Lead a team of seasonal rangers who welcome visitors, patrol lochshores and campsites and help people",
         "enjoy the National Park responsibly. You will plan rotas, coordinate with partners and landowners and",
         "coach up to eight seasonal rangers and volunteers.", "",
         "Essential criteria", ""] + [f"• {i}" for i in R["essential"]] + ["", "Desirable criteria", ""] + \
        [f"• {i}" for i in R["desirable"]] + ["", "Our values: " + " · ".join(c["name"] for c in K), "",
         "Car user allowance of £1,260 a year. Interviews are planned for 28/08/2042.", "",
         "Apply on employer's website", "", "Similar jobs", "",
         "Seasonal Ranger – Forestry and Land Scotland, Aberfoyle – £24,300 – closes 04/08/2042",
         "Access Officer – Stirling Council, Stirling – £33,860 - £37,020 – closes 22/08/2042", "",
         "We use cookies to improve your experience. Accept | Manage", ""]
    return "\n".join(L)


def helcom_email():
    d = N["helcom-va-2042-2"]; R = d["requirements"]["en"]; K = d["competencies"]["en"]
    L = ["From: Kaisa Lindqvist <kaisa.lindqvist@syke-partner.example>",
         "Sent: Tuesday, 8 July 2042 09:14",
         "To: baltic-data-network@lists.example",
         "Subject: FW: HELCOM vacancy – " + d["title"]["en"] + " (" + d["reference"] + ")", "",
         "Dear all,", "",
         "Forwarding the announcement below, which may interest colleagues in your data centres. Please share.", "",
         "Best regards,", "Kaisa", "",
         "-----Original Message-----",
         "From: HELCOM Secretariat <vacancy@helcom.example>",
         "Sent: Monday, 30 June 2042 15:02",
         "Subject: Vacancy announcement " + d["reference"], "",
         "> VACANCY ANNOUNCEMENT", ">",
         "> " + d["title"]["en"], ">",
         "> Vacancy announcement: " + d["reference"],
         "> Organization: " + d["organisation"]["en"],
         "> Duty station: " + d["location"]["en"],
         "> Type of appointment: Fixed-term, four years, renewable",
         "> Working time: " + d["schedule"]["en"],
         "> Monthly salary: EUR 5,320 – 6,040 (net, exempt from Finnish income tax)",
         "> Deadline for applications: 18 August 2042, 16:00 EEST",
         "> Expected start: 1 January 2043", ">",
         "> The Data Officer runs the regional databases of national monitoring data on eutrophication,",
         "> hazardous substances and biodiversity, and the data products of the holistic assessments.", ">",
         "> Competencies:"] + [f">  - {c['name']}: {c['description']}" for c in K] + \
        [">", "> Essential:"] + [f">  - {i}" for i in R["essential"]] + \
        [">", "> Desirable:"] + [f">  - {i}" for i in R["desirable"]] + \
        [">", "> Applications with a cover letter and CV in English to vacancy@helcom.example, quoting the",
         "> reference. Written test on 2 September 2042; interviews in the week of 15 September 2042.", ""]
    return "\n".join(L)


def caue_md():
    d = N["caue09-2042-04"]; R = d["requirements"]["fr"]; K = d["competencies"]["fr"]
    L = ["[Accueil](https://pyrenees-emploi.example/) › [Offres](https://pyrenees-emploi.example/offres) › "
         "[Architecture](https://pyrenees-emploi.example/offres/architecture)", "",
         "# " + d["title"]["fr"], "",
         "**CAUE de l'Ariège** · Foix · `CDI` `Temps plein` `Bac + 5`", "",
         "_Publiée il y a 5 jours · 87 candidatures_", "",
         "| Référence | Employeur | Lieu | Horaires | Salaire | Date limite |",
         "|---|---|---|---|---|---|",
         f"| {d['reference']} | {d['organisation']['fr']} | {d['location']['fr']} | {d['schedule']['fr']} | "
         "32 - 37 k€ brut annuel | 28/08/2042 |", "",
         "## Le poste", "",
         "Permanences de conseil aux particuliers, accompagnement des communes, actions de sensibilisation "
         "auprès des écoles et du grand public.", "",
         "## Profil recherché", ""] + [f"- {i}" for i in R["essential"]] + ["", "## Atouts", ""] + \
        [f"- {i}" for i in R["desirable"]] + ["", "## Savoir-être", ""] + \
        [f"- **{c['name']}** : {c['description']}" for c in K] + \
        ["", "[Postuler](https://pyrenees-emploi.example/postuler/55120)", "",
         "### Offres similaires", "",
         "- Urbaniste (F/H) – Communauté d'agglomération, Pamiers – 30 - 34 k€ – 15/09/2042",
         "- Paysagiste conseil (F/H) – CAUE voisin, Tarbes – 29 - 33 k€ – 05/09/2042", "",
         "_Ce site utilise des cookies. [Paramétrer](https://pyrenees-emploi.example/cookies)_", ""]
    return "\n".join(L)


if __name__ == "__main__":
    for name, s in [("lltnp-42-031-scotgreenjobs.txt", lochlomond_board()),
                    ("helcom-va-2042-2-email.txt", helcom_email()),
                    ("caue09-2042-04-pyreneesemploi.md", caue_md())]:
        open(os.path.join(ROOT, name), "w", encoding="utf-8").write(s)
