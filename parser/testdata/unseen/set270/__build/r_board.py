# Job-board copies (plain-text browser copies of invented boards).
import os
from data import D
TOP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

def wightworks():
    d = D["iow-ce-40-052"]; R = d["requirements"]["en"]; C = d["competencies"]["en"]
    return "\n".join([
"Skip to main content", "WightWorks", "Home  Jobs  Employers  Advice  Sign in", "",
"Home > Jobs > Engineering > " + d["title"]["en"], "",
d["title"]["en"], d["organisation"]["en"], "", "Posted: 12/03  |  Ref: " + d["reference"], "",
"Job summary",
"Location: " + d["location"]["en"],
"Salary: £39,114 - £43,421 per annum (" + d["grade"] + ")",
"Hours: " + d["schedule"]["en"],
"Contract: Permanent",
"Closing: 06/04/2040", "",
"About the role",
"Join our coastal team and help protect homes, roads and businesses along the Island's coastline. You will design and supervise sea defence and cliff stabilisation schemes, inspect assets after storms and keep our shoreline management plan current with partners and communities.", "",
"What you'll need",
*["- " + s for s in R["essential"]], "",
"Nice to have",
*["- " + s for s in R["desirable"]], "",
"Values: " + ", ".join(c["name"] for c in C), "",
"Interviews are expected on 19 April 2040. A lease car contribution is available for essential car users.", "",
"Apply now    Save job    Share", "",
"Similar jobs",
"Highways Inspector - Isle of Wight Council - £31,200 - £34,900 - Closing 30/03/2040",
"Flood Risk Officer - Southern Water Partners - £36,000 - Closing 20/04/2040",
"Harbour Engineer - Cowes Harbour Trust - £44,500 - Closing 27/04/2040", "",
"We use cookies to improve your experience. Accept all | Manage settings",
"© 2040 WightWorks. Terms | Privacy | Contact", ""])

def riviera():
    d = D["uipm-2040-05"]; R = d["requirements"]["en"]
    return "\n".join([
"RivieraSportJobs", "Find jobs   Post a job   Sign in", "",
d["title"]["en"],
d["organisation"]["en"],
"Full-timeOn-siteMid-level",
"Posted 6 days ago · 412 views · 37 applicants", "",
"Reference" + d["reference"] + "Location" + d["location"]["en"] + "Workload" + d["schedule"]["en"] + "Salary€54k – €61k per yearClosing date18 Apr 2040", "",
"About the job",
"The UIPM governs modern pentathlon worldwide and runs a busy calendar of World Cups and championships from its secretariat in Monaco. As Competitions and Events Coordinator you will plan the technical side of our events with local organisers, draft event manuals, follow venue inspections, coordinate officials and technical delegates, and make sure timing, scoring and accreditation are ready before athletes arrive. Start date 1 June 2040.", "",
"Requirements:",
*["* " + s for s in R["essential"]], "",
"Nice to have:",
*["* " + s for s in R["desirable"]], "",
"Tags: sport events, Olympic sport, Monaco, English, French", "",
"Easy apply", "",
"Similar jobs",
"Event Operations Manager · Monaco Yacht Club Events · €62k – €70k · Closing 2 May 2040",
"Sport Programme Officer · Nice Côte d'Azur Sport · €41k · Closing 25 Apr 2040",
"Accreditation Assistant · Grand Prix Services SAM · €36k · Closing 11 Apr 2040", "",
"This site uses cookies. OK", ""])

def littoral():
    d = D["psf-2040-019"]; R = d["requirements"]["fr"]; C = d["competencies"]["fr"]
    return "\n".join([
"LittoralEmploi", "Accueil > Offres > Maintenance industrielle > Hérault", "",
d["title"]["fr"],
d["organisation"]["fr"] + " · Sète",
"CDITemps pleinConfirmé",
"Publiée il y a 5 jours", "",
"Référence" + d["reference"] + "Lieu" + d["location"]["fr"] + "Horaires" + d["schedule"]["fr"] + "Salaire32 - 37 k€ brut annuelDate limite23/04/2040", "",
"Le poste",
"Au sein du service outillage du port de Sète-Frontignan, vous assurez la maintenance préventive et corrective des grues, portiques et chariots, diagnostiquez les pannes hydrauliques, électriques et mécaniques, tenez à jour la GMAO et participez aux astreintes et aux essais réglementaires des engins.", "",
"Profil recherché",
*["• " + s for s in R["essential"]], "",
"Atouts",
*["• " + s for s in R["desirable"]], "",
"Savoir-être",
*[c["name"] + " : " + c["description"] for c in C], "",
"Mots-clés : maintenance, levage, hydraulique, port, Occitanie", "",
"Postuler", "",
"Offres similaires",
"Électromécanicien·ne (F/H) – Grand Port de Port-la-Nouvelle – 30 - 34 k€ – 30/04/2040",
"Conducteur·rice de grue mobile (F/H) – Manutention Sétoise – 2 400 € brut mensuel – 16/04/2040",
"Technicien·ne GMAO (F/H) – Aéroport de Montpellier – 35 k€ – 07/05/2040", "",
"Ce site utilise des cookies. Accepter | Paramétrer", ""])

if __name__ == "__main__":
    for name, fn in [("iow-ce-40-052-wightworks.txt", wightworks), ("uipm-2040-05-rivierasportjobs.txt", riviera),
                     ("psf-2040-019-littoralemploi.txt", littoral)]:
        open(os.path.join(TOP, name), "w", encoding="utf-8").write(fn())
    print("boards written")
