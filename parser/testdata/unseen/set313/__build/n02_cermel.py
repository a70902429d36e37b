from common import *

KEY = "cermel-hr-2043-027"; REF = "CERMEL-HR-2043-027"
TITLE = "Clinical Trial Pharmacist"
ORG = "Centre de Recherches Médicales de Lambaréné"
LOC = "Lambaréné, Moyen-Ogooué Province, Gabon"
SCHED = "Full-time (40 hours per week), with on-call duty on trial dosing days"
SAL = "XAF 1,638,500 gross per month"
ESS = ["Doctor of Pharmacy (PharmD) or equivalent degree, registered or eligible for registration with the Gabonese pharmacy council.",
       "At least three years of hospital or clinical research pharmacy experience.",
       "Working knowledge of ICH-GCP and of the handling of investigational medicinal products.",
       "Fluency in French and a good working level of English."]
DES = ["Experience with temperature-controlled vaccine storage and cold chain monitoring.",
       "Training in aseptic preparation."]
COMP = [("Accuracy", "you check every dispensing record twice and document deviations at once."),
        ("Reliability", "you keep the pharmacy running on dosing days, including weekends when a trial requires it."),
        ("Team spirit", "you work closely with investigators, study nurses and the data management team.")]
DUTIES = ["Receive, store and account for investigational products and comparators according to each protocol.",
          "Prepare and dispense study medication on prescription by the investigators, including blinded preparations.",
          "Maintain temperature logs and manage excursions with sponsors and monitors.",
          "Keep the pharmacy files ready for monitoring visits, audits and inspections.",
          "Train study nurses on product handling and contribute to standard operating procedures."]

def build():
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2043-11-10",
             salary=sal(1638500, cur="XAF", period="month"),
             req={"en": {"essential": ESS, "desirable": DES}}, comp={"en": comps(COMP)})
    li = lambda xs: "\n".join(f"      <li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{TITLE} – Careers – CERMEL</title>
<style>
body {{ font-family: Arial, sans-serif; margin: 0; color: #222; }}
.top {{ background: #0b5d3b; color: #fff; padding: 6px 24px; font-size: 13px; }}
header {{ padding: 12px 24px; border-bottom: 1px solid #ddd; }}
nav a {{ margin-right: 14px; color: #0b5d3b; }}
.wrap {{ display: flex; gap: 32px; padding: 16px 24px; }}
main {{ flex: 3; }} aside {{ flex: 1; background: #f3f6f4; padding: 12px; font-size: 14px; }}
dl.facts {{ display: grid; grid-template-columns: 190px 1fr; gap: 6px 12px; }}
dl.facts dt {{ font-weight: bold; }}
dl.facts dd {{ margin: 0; }}
</style>
</head>
<body>
<div class="top">Centre de Recherches Médicales de Lambaréné · Since 1992 · <a href="#">FR</a> | <b>EN</b></div>
<header>
  <strong>CERMEL</strong>
  <nav><a href="#">About us</a><a href="#">Research groups</a><a href="#">Training</a><a href="#">Clinical trials</a><a href="#">Careers</a><a href="#">News</a><a href="#">Contact</a></nav>
</header>
<div class="wrap">
<main>
  <p class="crumbs"><a href="#">Home</a> › <a href="#">Careers</a> › Open positions › {TITLE}</p>
  <p class="kicker">Vacancy · Clinical Operations · posted 20 October 2043</p>
  <h1>{TITLE}</h1>
  <dl class="facts">
    <dt>Job reference</dt><dd>{REF}</dd>
    <dt>Employer</dt><dd>{ORG} (CERMEL)</dd>
    <dt>Department</dt><dd>Clinical Operations – Pharmacy Unit</dd>
    <dt>Duty station</dt><dd>{LOC}</dd>
    <dt>Contract</dt><dd>Fixed-term, two years, renewable</dd>
    <dt>Working hours</dt><dd>{SCHED}</dd>
    <dt>Salary</dt><dd>{SAL}, plus housing allowance</dd>
    <dt>Closing date</dt><dd>10 November 2043, 23:59 (West Africa Time)</dd>
  </dl>
  <h2>About the centre</h2>
  <p>CERMEL is an independent research institution on the bank of the Ogooué river. Its teams run clinical trials on
  malaria, tuberculosis and neglected tropical diseases together with partner universities in Africa and Europe. The
  pharmacy unit supports every trial that uses an investigational product on site.</p>
  <h2>Main duties</h2>
  <ul>
{li(DUTIES)}
  </ul>
  <h2>Requirements</h2>
  <ul>
{li(ESS)}
  </ul>
  <h2>Nice to have</h2>
  <ul>
{li(DES)}
  </ul>
  <h2>Personal qualities</h2>
  <ul>
{chr(10).join(f"      <li><strong>{n}</strong> – {d}</li>" for n, d in COMP)}
  </ul>
  <h2>How to apply</h2>
  <p>Send a cover letter, a CV and copies of your diploma and registration to careers@cermel.example, quoting
  {REF} in the subject line. Shortlisted candidates will be interviewed in Lambaréné or by video call during the week
  of 23 November 2043. The expected start date is 1 February 2044. Applications from women are encouraged.</p>
</main>
<aside>
  <h3>Other openings</h3>
  <p>Laboratory Technician, Parasitology<br>closes 3 November 2043</p>
  <p>Data Manager (bilingual)<br>closes 17 November 2043</p>
  <h3>Upcoming</h3>
  <p>Open day for Master's students – 28 October 2043</p>
  <h3>Contact</h3>
  <p>Human Resources<br>BP 242, Lambaréné (fictitious)<br>+241 00 00 00 00 (fictitious)</p>
</aside>
</div>
<footer style="padding: 12px 24px; font-size: 12px; border-top: 1px solid #ddd">© 2043 CERMEL · Privacy · Accessibility · Follow us</footer>
</body>
</html>
"""
    w(KEY + "-cermel.html", html, KEY)

    star = lambda xs: "\n".join("  *  " + x for x in xs)
    mail = f"""
De : Secrétariat APHAC <secretariat@aphac.example>
Envoyé : mercredi 21 octobre 2043 09:47
À : membres@aphac.example
Objet : TR: Offre d'emploi – {TITLE} (CERMEL, Lambaréné)

Chers membres,

Le CERMEL nous prie de diffuser l'offre ci-dessous auprès des pharmaciens hospitaliers de l'Association. L'annonce
est rédigée en anglais ; les candidatures en français sont acceptées. Rappel : notre assemblée générale se tiendra le
jeudi 3 décembre 2043 à Libreville.

Bien confraternellement,
Le Secrétariat

________________________________
From: CERMEL Human Resources <careers@cermel.example>
Sent: Tuesday, 20 October 2043 16:12
To: secretariat@aphac.example
Subject: Vacancy {REF} – {TITLE}

VACANCY ANNOUNCEMENT

Position: {TITLE}
Reference: {REF}
Employer: {ORG} (CERMEL)
Department: Clinical Operations – Pharmacy Unit
Duty station: {LOC}
Contract: Fixed-term, two years, renewable
Working hours: {SCHED}
Salary: {SAL}, plus housing allowance
Closing date: 10 November 2043, 23:59 (West Africa Time)

The pharmacy unit of CERMEL supports every clinical trial that uses an investigational product on our campus.
We are looking for a pharmacist who enjoys precise work in a research setting.

Main duties
{star(DUTIES)}

Requirements
{star(ESS)}

Nice to have
{star(DES)}

Personal qualities
{chr(10).join("  *  " + n + " – " + d for n, d in COMP)}

To apply, send a cover letter, CV and copies of your diploma and registration to careers@cermel.example with the
reference in the subject line. Interviews: week of 23 November 2043.

________________________________
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement aux membres de l'APHAC.
Pour vous désabonner de la liste, écrivez à secretariat@aphac.example.
"""
    w(KEY + "-outlook.txt", mail, KEY)
