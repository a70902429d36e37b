from common import *
K = "MLO-BG-LE-2038-02"
TITLE = "Administrative Assistant (Transit and Movements)"
ORG = "NATO Military Liaison Office Belgrade (MLO Belgrade)"
LOC = "Belgrade, Serbia"
INTRO = "The NATO Military Liaison Office Belgrade is the link between NATO and the Serbian military authorities, in particular for the practical implementation of the transit arrangements for NATO goods and personnel. The Office employs a small number of locally employed civilians. The Administrative Assistant works in the Movements Cell under the supervision of the Chief of Staff and is the first point of contact for Serbian authorities on transit files. The working language of the Office is English; correspondence with the host nation is in Serbian."
DUT = ["Prepare and track transit requests for NATO convoys and flights crossing Serbia", "Liaise with the Serbian Ministry of Defence, customs and police on movement matters", "Translate letters and documents between Serbian and English", "Keep the transit register and monthly statistics", "Support visits of NATO delegations"]
ESS = ["University degree, preferably in law, transport or international relations", "At least two years of office experience with an international or governmental employer", "Excellent Serbian and English (SLP 3333)", "Good computer skills (MS Office)", "Serbian citizenship"]
DES = ["Experience in customs, freight or movements", "Knowledge of French or German"]
COMP = [("Discretion", "handles sensitive correspondence with care."), ("Reliability", "keeps deadlines of transit requests."), ("Courtesy", "represents the Office well towards host nation officials.")]

def build():
    expected(K, None, ("en",), {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": "Full-time"}, "2038-10-25",
             sal(168400, "RSD"), "LE-4", "NATO RESTRICTED", {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})
    md = f"""[Skip to content](#content)

**NATO MLO Belgrade** · SR | EN

- [Home](/)
- [About MLO](/about)
- [News](/news)
- [Vacancies](/vacancies)

Home / Vacancies / {K}

# Vacancy: {TITLE}

_Posted on 24.09.2038_

- **Vacancy reference:** {K}
- **Organization:** {ORG}
- **Duty location:** {LOC}
- **Grade:** LE-4
- **Type of employment:** Full-time
- **Monthly salary:** RSD 168,400 gross
- **Security clearance:** NATO RESTRICTED
- **Deadline:** 25 October 2038, 15:00 (Belgrade time)

{INTRO}

### Main tasks

{lines(DUT, '* ')}

### Required

{lines(ESS, '* ')}

### Desirable

{lines(DES, '* ')}

### Competencies

{comps(COMP, marker='* **').replace(': ', ':** ', )}

### What we offer

A one-year local contract, renewable, with private health insurance and 25 days of leave.

Send your CV and cover letter in English to vacancies@mlo-belgrade.example. Only shortlisted candidates will be contacted. The selection includes a translation test and an interview in November 2038; the selected candidate must pass a security screening before starting work.

Share: [Facebook](#) · [X](#) · [LinkedIn](#)

---

**Latest news**
- 18.09.2038 — Defence Reform Group meets in Belgrade
- 03.09.2038 — Vacancy LE-2038-01 (Driver) closed on 31 August 2038
"""
    write(f"{K}-mlo.md", md, K)
    v = f"""Viber — grupa "Posao međunarodne org. BG"

[24.09.38, 12:14] Jelena P.: Evo, NATO kancelarija traži asistenta, rok 25. oktobar 👇
[24.09.38, 12:15] Jelena P.: Vacancy: {TITLE}
Vacancy reference: {K}
Organization: {ORG}
Duty location: {LOC}
Grade: LE-4
Type of employment: Full-time
Monthly salary: RSD 168,400 gross
Security clearance: NATO RESTRICTED
Deadline: 25 October 2038, 15:00 (Belgrade time)

{INTRO}

Main tasks
{lines(DUT, '▪️ ')}

Required
{lines(ESS, '▪️ ')}

Desirable
{lines(DES, '▪️ ')}

Competencies
{comps(COMP, marker='▪️ ')}

What we offer: one-year local contract, renewable.
[24.09.38, 12:31] Marko S.: Koliko je to neto? Oko 120 hiljada?
[24.09.38, 12:33] Jelena P.: Ne znam tačno, piše bruto
[24.09.38, 12:40] Ana Đ.: Hvala! Prosleđujem sestri 🙏
[24.09.38, 13:02] Marko S.: Prošle godine su za vozača tražili rok 31. avgust
"""
    write(f"{K}-viber.txt", v, K)
