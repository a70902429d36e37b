from common import *
REF = "LANDCOM-CIV-41-006"
POST = "LC ENG INF 0030"
TITLE = "Civil Engineer (Infrastructure Programming)"
ORG = "Allied Land Command (LANDCOM)"
LOC = "Izmir, Türkiye"
SCH = "Full-time"
GRADE = "G13"
CLR = "NATO SECRET"
SUMMARY = ("The Engineer Branch of Headquarters Allied Land Command advises the Commander on the infrastructure that "
           "land forces need to deploy, to be received and staged, and to be sustained in the Alliance's territory. "
           "The incumbent programmes and follows the NATO Security Investment Programme projects that support the "
           "Headquarters and its deployable elements, from the first statement of requirement to acceptance.")
DUTIES = [
    "Prepares statements of requirement, cost estimates and capability package inputs for infrastructure projects.",
    "Follows the design and construction of projects with the host nation and the NATO Office of Resources.",
    "Keeps the Branch's project database and the status reports for the Command Group up to date.",
    "Takes part in site surveys and exercises, within and outside Türkiye, for up to 40 days per year.",
]
ESS = [
    "A university degree in civil engineering or construction management",
    "At least five years of experience in programming or managing public or military infrastructure projects",
    "Experience in preparing cost estimates and tender documents",
    "Working knowledge of AutoCAD or a comparable design software",
    "NATO Standardized Language Profile (SLP) in English of 3333",
]
DES = [
    "Knowledge of the NATO Security Investment Programme",
    "Experience in a multinational military headquarters",
    "A professional engineering licence",
]
COMP = [
    ("Planning and Organising", "Sets realistic milestones for several projects and keeps them under review."),
    ("Communication", "Explains technical issues clearly to military staff and to non-engineers."),
    ("Integrity", "Handles contractors and host-nation partners fairly and transparently."),
    ("Teamwork", "Works willingly with colleagues of many nations and services."),
]
SAL_EN = "6,820.37 EUR (tax free)"
DL = "Friday, 8 February 2041, 23:59 (TRT)"
FACTS = [("Vacancy Number", REF), ("Post Number", POST), ("Post Title", TITLE), ("Organisation", ORG),
         ("Duty Location", LOC), ("NATO Grade", GRADE), ("Schedule", SCH), ("Security Clearance", CLR),
         ("Basic Monthly Salary", SAL_EN), ("Application Closing Date", DL)]
REMARKS = ("Shortlisted candidates will be invited to a written test and an interview at the Headquarters in Izmir "
           "in the week of 4 March 2041. The successful candidate will be offered a three-year contract. Only "
           "nationals of NATO member states may apply. Applications must be made through the NATO Talent "
           "Acquisition Platform.")

def build():
    expected(REF, POST, ("en",), {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2041-02-08",
             sal(6820.37, "EUR"), GRADE, CLR, {"en": (ESS, DES)}, {"en": COMP})
    facts = "".join('<div class="fact"><div class="k">%s</div><div class="v">%s</div></div>\n' % (esc(k), esc(v)) for k, v in FACTS)
    ul = lambda xs: "<ul>" + "".join("<li>%s</li>" % esc(x) for x in xs) + "</ul>"
    html = """<!DOCTYPE html>
<!-- saved from url=(0071)https://lc.nato.int/careers/civilian-vacancies/landcom-civ-41-006 -->
<html lang="en"><head><meta charset="utf-8"><title>%s | Civilian Vacancies | Allied Land Command</title>
<style>
body { font: 10.5pt/1.4 "Liberation Sans", sans-serif; margin: 0; hyphens: manual; color: #1b1b1b; }
header { background: #0b2a4a; color: #fff; padding: 8px 24px; }
header nav a { color: #fff; margin-right: 14px; text-decoration: none; }
.cookie { background: #f2f2f2; font-size: 9pt; padding: 6px 24px; }
main { padding: 10px 24px; }
.crumbs { font-size: 9pt; color: #555; }
.facts { display: grid; grid-template-columns: 1fr 1fr; gap: 6px 18px; border: 1px solid #c8d3df; padding: 10px; margin: 12px 0; }
.fact .k { font-size: 8.5pt; text-transform: uppercase; color: #50657a; }
.fact .v { font-weight: bold; }
aside { border-top: 1px solid #ccc; margin-top: 16px; font-size: 9pt; }
footer { font-size: 8.5pt; color: #666; padding: 8px 24px; border-top: 1px solid #ccc; }
</style></head><body>
<div class="cookie">This site uses cookies to improve your experience. <a href="#">Accept</a> <a href="#">Settings</a></div>
<header><div><b>ALLIED LAND COMMAND</b> &middot; Izmir</div>
<nav><a href="#">Home</a><a href="#">About</a><a href="#">News</a><a href="#">Careers</a><a href="#">Contact</a></nav></header>
<main>
<p class="crumbs">Home / Careers / Civilian Vacancies / %s</p>
<h1>%s</h1>
<p class="crumbs">Published 14 January 2041</p>
<div class="facts">
%s</div>
<h2>Post Summary</h2><p>%s</p>
<h2>Principal Duties</h2><p>The incumbent:</p>%s
<h2>Essential Qualifications</h2>%s
<h2>Desirable Qualifications</h2>%s
<h2>Attributes/Competencies</h2>%s
<h2>Remarks</h2><p>%s</p>
<aside><h3>Other vacancies</h3><ul><li>Assistant (Movement Control) &ndash; closing 30 January 2041</li><li>Clerk (Registry) &ndash; closing 21 February 2041</li></ul></aside>
</main>
<footer>&copy; 2041 Allied Land Command &middot; Şirinyer, Izmir &middot; Privacy &middot; Accessibility</footer>
</body></html>
""" % (esc(TITLE), REF, esc(TITLE), facts, esc(SUMMARY), ul(DUTIES), ul(ESS), ul(DES),
       "<ul>" + "".join("<li><b>%s:</b> %s</li>" % (esc(n), esc(d)) for n, d in COMP) + "</ul>", esc(REMARKS))
    name = REF + "-landcom.html"
    write(name, html, REF)
    pdf = REF + "-landcom.chromium.pdf"
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--print-to-pdf=" + os.path.join(ROOT, pdf), os.path.join(ROOT, name)], stderr=open(os.devnull, "w"))
    row(pdf, REF, "pdf")
    row(pdftotext(pdf), REF, "txt")
    # Turkish job board copy
    B = ["isilanlari.example", "Ana Sayfa  İş İlanları  Firmalar  Maaş Hesaplama  Giriş Yap", "",
         "İş İlanları > İzmir > Mühendislik", "",
         TITLE, "Allied Land Command (NATO) · İzmir · Tam Zamanlı · 5 gün önce", "",
         "Başvur", "Kaydet", "",
         "İlan Özeti",
         "Şehir: İzmir",
         "Çalışma Şekli: Tam Zamanlı",
         "Pozisyon Seviyesi: Uzman",
         "Maaş: 6.820,37 EUR / ay",
         "Son Başvuru Tarihi: 08.02.2041", "",
         "İlan Detayı", ""]
    for k, v in FACTS:
        B.append(k + ": " + v)
    B += ["", "Post Summary", SUMMARY, "", "Principal Duties", "The incumbent:"]
    B += ["- " + x for x in DUTIES]
    B += ["", "Essential Qualifications"] + ["- " + x for x in ESS]
    B += ["", "Desirable Qualifications"] + ["- " + x for x in DES]
    B += ["", "Attributes/Competencies"] + ["- " + n + ": " + d for n, d in COMP]
    B += ["", "Remarks", REMARKS, "",
          "İlan No: 2041-0117733", "Bu ilanı şikayet et", "",
          "Benzer İlanlar",
          "İnşaat Mühendisi · Karşıyaka · 65.000 - 80.000 TL · 2 gün önce",
          "Proje Mühendisi (Altyapı) · Bornova · son başvuru 15.02.2041",
          "Şantiye Şefi · Torbalı · 3 gün önce", "",
          "© 2041 isilanlari · Gizlilik · Çerezler"]
    write(REF + "-isilanlari.txt", "\n".join(B), REF)
