from common import *
REF = "486391"
TITLE = "Senior Technician (Satellite Ground Terminals) - CIS Support Unit Naples"
ORG = "NATO Communications and Information Agency (NCIA)"
LOC = "Italy-Naples"
SCH = "Full-time"
GRADE = "G11"
CLR = "NS"
SUMMARY = ("The NATO Communications and Information Agency delivers secure, coherent and interoperable "
           "communication and information systems and services to NATO and its Allies. The CIS Support Unit (CSU) "
           "Naples provides these services to Allied Joint Force Command Naples and to the other NATO entities in "
           "Lago Patria. The Senior Technician keeps the Unit's transportable and fixed satellite ground terminals "
           "ready for operations and exercises.")
ROLE = [
    "Perform preventive and corrective maintenance on satellite ground terminals and their baseband equipment;",
    "Lead a small team of technicians during terminal deployments and line-of-sight tests;",
    "Keep configuration records, spare-parts stocks and maintenance logs accurate;",
    "Coordinate outages and service restorations with the NATO satellite operations centre;",
    "Prepare technical reports and contribute to the Unit's monthly service review.",
]
ESS = [
    "Completed technical secondary education and a post-secondary qualification in telecommunications or electronics;",
    "At least five years of experience in the operation and maintenance of satellite communication terminals;",
    "Practical knowledge of RF measurement equipment, modems and antenna pointing procedures;",
    "Experience in supervising technicians in the field;",
    "Willingness to deploy for up to 30 days at a time and to work shifts when required;",
    "A valid driving licence (category B).",
]
DES = [
    "Experience with military satellite communications systems;",
    "Vendor certification on satellite modems or network equipment;",
    "Knowledge of ITIL service management.",
]
COMP = [
    ("Commitment", "Takes ownership of equipment and sees tasks through to completion."),
    ("Customer focus", "Understands what the supported headquarters needs and acts on it."),
    ("Problem solving", "Isolates faults methodically and restores service quickly."),
    ("Working with people", "Builds trust within a small deployable team."),
]
TERMS = ("Successful applicants will be offered a three-year definite duration contract. The Agency is committed "
         "to diversity and encourages applications from all qualified nationals of NATO member states. Candidates "
         "must be able to obtain a NATO SECRET security clearance before taking up duty. Please note that the "
         "remote technical interview is scheduled for the week of 25 February 2041.")

def build():
    expected(REF, None, ("en",), {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2041-02-11",
             sal(5642.18, "EUR"), GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP})
    lab = lambda k, v: '<p class="f"><span class="k">%s</span><br>%s</p>' % (esc(k), esc(v))
    ul = lambda xs: "<ul>" + "".join("<li>%s</li>" % esc(x) for x in xs) + "</ul>"
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>%s | Careers | NCIA</title>
<style>body{font-family:Arial,sans-serif;max-width:980px;margin:auto} .k{color:#666;font-size:90%%} .side{float:right;width:280px;background:#eef3f8;padding:10px}</style>
<script>window.dataLayer=window.dataLayer||[];</script>
</head><body>
<a href="#content" class="skip">Skip to content</a>
<div class="top">NATO Communications and Information Agency</div>
<nav><ul><li>About us</li><li>Business</li><li>Careers</li><li>Media centre</li><li>Contact</li></ul></nav>
<div class="crumb">Home &rsaquo; Careers &rsaquo; Current vacancies &rsaquo; %s</div>
<main id="content">
<div class="side">
<h3>Job details</h3>
%s
%s
%s
%s
%s
%s
%s
%s
<p><a href="#">Apply now</a></p>
</div>
<h1>%s</h1>
<p class="k">Job Number %s &middot; Posted 09-Jan-2041</p>
<h2>Summary</h2><p>%s</p>
<h2>Role</h2><p>Under the direction of the Service Delivery Manager, the incumbent will:</p>%s
<h2>Essential Qualifications / Experience</h2>%s
<h2>Desirable Qualifications / Experience</h2>%s
<h2>Attributes/Competencies</h2>%s
<h2>Terms and Conditions</h2><p>%s</p>
</main>
<section><h3>Similar vacancies</h3><ul>
<li>Technician (Radio Systems) - CIS Support Unit Ramstein &middot; 04-Feb-2041</li>
<li>Senior Technician (Network Operations) - CIS Support Unit Brunssum &middot; 18-Feb-2041</li></ul></section>
<footer>Follow us &middot; Privacy statement &middot; Terms of use &middot; &copy; NCIA 2041</footer>
</body></html>""" % (esc(TITLE), esc(TITLE),
       lab("Job Number", REF), lab("Primary Location", LOC), lab("NATO Body", ORG), lab("Schedule", SCH),
       lab("Application Deadline", "11-Feb-2041, 11:59:00 PM"), lab("Salary (Pay Basis)", "5,642.18 Euro (EUR) Monthly"),
       lab("Grade", "NATO Grade " + GRADE), lab("Clearance Level", CLR),
       esc(TITLE), REF, esc(SUMMARY), ul(ROLE), ul(ESS), ul(DES),
       "<ul>" + "".join("<li>%s: %s</li>" % (esc(n), esc(d)) for n, d in COMP) + "</ul>", esc(TERMS))
    write(REF + "-ncia.html", html, REF)
    B = ["lavoroora.example  |  Cerca lavoro  |  Aziende  |  Pubblica un annuncio  |  Accedi", "",
         "Offerte di lavoro > Campania > Napoli > Telecomunicazioni", "",
         TITLE, "NATO Communications and Information Agency – Lago Patria (NA)", "Pubblicato 8 giorni fa · 57 candidature", "",
         "Candidati ora    Salva offerta", "",
         "Dettagli dell'offerta",
         "Luogo di lavoro: Lago Patria, Giugliano in Campania (NA)",
         "Tipo di contratto: Tempo determinato (3 anni)",
         "Orario di lavoro: Tempo pieno",
         "Retribuzione: 5.642,18 € al mese, esente da imposte",
         "Scadenza candidature: 11/02/2041", "",
         "Descrizione dell'offerta", "",
         "Job Number: " + REF, "Primary Location: " + LOC, "NATO Body: " + ORG, "Schedule: " + SCH,
         "Application Deadline: 11-Feb-2041, 11:59:00 PM", "Salary (Pay Basis): 5,642.18 Euro (EUR) Monthly",
         "Grade: NATO Grade " + GRADE, "Clearance Level: " + CLR, "",
         "Summary", SUMMARY, "", "Role", "Under the direction of the Service Delivery Manager, the incumbent will:"]
    B += ["• " + x for x in ROLE]
    B += ["", "Essential Qualifications / Experience"] + ["• " + x for x in ESS]
    B += ["", "Desirable Qualifications / Experience"] + ["• " + x for x in DES]
    B += ["", "Attributes/Competencies"] + ["• " + n + ": " + d for n, d in COMP]
    B += ["", "Terms and Conditions", TERMS, "",
          "Codice annuncio: LO-4471902", "Segnala annuncio", "",
          "Offerte simili",
          "Tecnico satellitare – Pozzuoli – 2.100 - 2.600 € al mese – 3 giorni fa",
          "Field Engineer SATCOM – Napoli – scade il 20/02/2041",
          "Tecnico di rete – Caserta – 1.900 € al mese", "",
          "© 2041 lavoroora · Privacy · Cookie"]
    write(REF + "-lavoroora.txt", "\n".join(B), REF)
