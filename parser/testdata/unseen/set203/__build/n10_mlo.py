from common import *
import html as H

REF = "MLO-BG-LEC-2034-01"
TITLE = "Language Assistant (Serbian/English)"
ORG = "NATO Military Liaison Office Belgrade (MLO Belgrade)"
REQ = [
    "University degree in English language and literature, translation or interpreting",
    "At least four years of experience as a translator or interpreter between Serbian and English, preferably in the defence or security field",
    "Excellent knowledge of Serbian and English, written and spoken",
    "Serbian citizenship and eligibility for a NATO CONFIDENTIAL security clearance",
    "Valid driving licence (category B)",
]
DES = [
    "Experience of consecutive interpreting at official meetings",
    "Knowledge of military terminology in both languages",
    "Use of computer-assisted translation tools",
]
E = expected(REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": "Belgrade, Serbia"}, {"en": "Full-time"},
             "2034-09-28", sal(186400, currency="RSD"), "LC-4", "NATO CONFIDENTIAL",
             {"en": {"essential": REQ, "desirable": DES}}, {"en": []})
FACTS = [("Vacancy number", REF), ("Post", TITLE), ("Organization", ORG), ("Duty station", "Belgrade, Serbia"),
         ("Grade", "LC-4 (locally employed civilian)"), ("Type of employment", "Full-time"),
         ("Salary", "RSD 186,400 gross per month"), ("Security clearance", "NATO CONFIDENTIAL"),
         ("Deadline for applications", "28 September 2034, 15:00 (Belgrade time)")]
INTRO = ("The NATO Military Liaison Office in Belgrade is the link between NATO and the Serbian defence "
         "authorities. It supports Serbia's cooperation with NATO under the Partnership for Peace programme "
         "and the implementation of the transit arrangements. The Office is looking for a Language Assistant.")
DUTIES = [
    "Translate correspondence, reports and agreements between Serbian and English",
    "Interpret at meetings, visits and events of the Office",
    "Monitor the Serbian media and prepare daily press summaries",
    "Maintain the Office's terminology database",
    "Accompany visiting delegations when required",
]


OFFER = "The Office offers a contract under Serbian labour law for an initial period of two years, a thirteenth monthly payment, paid annual leave of 25 working days and private health insurance. The working language of the Office is English. The successful candidate will work mainly in the Office premises in the Ministry of Defence building and will occasionally travel within Serbia with the Office staff."


def page():
    ul = lambda xs: "<ul>" + "".join(f"<li>{H.escape(x)}</li>" for x in xs) + "</ul>"
    rows = "".join(f"<tr><th>{H.escape(k)}</th><td>{H.escape(v)}</td></tr>" for k, v in FACTS)
    return f"""<!DOCTYPE html>
<!-- saved from url=(0070)https://jfcnaples.example/mlo/newsroom/vacancies/2034/language-assistant -->
<html lang="en"><head><meta charset="utf-8"><title>{H.escape(TITLE)} - MLO Belgrade</title>
<style>body{{font-family:Arial,sans-serif;font-size:10pt}} th{{text-align:left;padding-right:14px}}</style></head><body>
<header><p>MLO Belgrade</p><p>Search our content</p>
<nav><ul><li><a href="#">Home</a></li><li><a href="#">About MLO Belgrade</a></li><li><a href="#">Newsroom</a></li><li><a href="#">Vacancies</a></li><li><a href="#">Contact</a></li></ul></nav></header>
<p>MLO Belgrade / Newsroom / Vacancies / 2034 / {H.escape(TITLE)}</p>
<main>
<p>Aug 21 2034</p>
<h1>Vacancy: {H.escape(TITLE)}</h1>
<p>{H.escape(INTRO)}</p>
<table>{rows}</table>
<h2>Duties</h2>{ul(DUTIES)}
<h2>Required qualifications</h2>{ul(REQ)}
<h2>Desirable</h2>{ul(DES)}
<h2>What we offer</h2>
<p>{H.escape(OFFER)}</p>
<h2>How to apply</h2>
<p>Send a CV and a cover letter in English to mlo.recruitment@mlo-belgrade.example, quoting the vacancy number. Only shortlisted candidates will be contacted; the translation test will take place in Belgrade in mid-October 2034.</p>
</main>
<aside><h3>Newsroom</h3><ul><li>MLO Belgrade hosts Defence Reform Group meeting – Jul 3 2034</li><li>Vacancy: Driver/Clerk – closed 30 June 2034</li></ul></aside>
<footer><p>NATO Military Liaison Office Belgrade · Birčaninova 5 · Terms of use</p></footer>
</body></html>
"""


def copy():
    L = ["MLO Belgrade", "Search our content", "Home", "About MLO Belgrade", "Newsroom", "Vacancies", "Contact",
         "MLO Belgrade  /  Newsroom  /  Vacancies  /  2034  /  " + TITLE, "", "Aug 21 2034", "",
         "Vacancy: " + TITLE, "", INTRO, ""]
    for k, v in FACTS:
        L += [k, v]
    L += ["", "Duties"] + DUTIES + ["", "Required qualifications"] + REQ + ["", "Desirable"] + DES
    L += ["", "What we offer", OFFER, "", "How to apply",
          "Send a CV and a cover letter in English to mlo.recruitment@mlo-belgrade.example, quoting the vacancy number. Only shortlisted candidates will be contacted; the translation test will take place in Belgrade in mid-October 2034.",
          "", "Newsroom", "MLO Belgrade hosts Defence Reform Group meeting – Jul 3 2034",
          "Vacancy: Driver/Clerk – closed 30 June 2034", "",
          "NATO Military Liaison Office Belgrade · Birčaninova 5 · Terms of use"]
    return "\n".join(L) + "\n"


def render():
    return {f"{REF}-mlo.html": page(), f"{REF}-mlo.txt": copy()}
