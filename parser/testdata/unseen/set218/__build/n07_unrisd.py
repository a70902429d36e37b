"""UNRISD internship, Geneva, EN: unrisd.org call clipped to Markdown and a Telegram channel export."""
from common import *

KEY = "unrisd-int-2035-05"
REF = "UNRISD/INT/2035/05"
TITLE = "Research Intern (Care Economy and Social Protection)"
ORG = "United Nations Research Institute for Social Development"
LOC = "Geneva, Switzerland"
SCHED = "Full-time"

ESS = [
    "Be enrolled in, or have completed within the past year, a master's or doctoral programme in sociology, "
    "economics, gender studies, social policy or a related field.",
    "Have strong skills in desk research and literature review.",
    "Be fluent in English and able to write clearly for a non-specialist readership.",
]
DES = [
    "Have working knowledge of French or Spanish.",
    "Have used qualitative data analysis software.",
]
COMP = [("Communication", ""), ("Teamwork", ""), ("Planning and organizing", "")]
ABOUT = ("The United Nations Research Institute for Social Development (UNRISD) is an autonomous research institute "
         "within the UN system that undertakes multidisciplinary research and policy analysis on the social "
         "dimensions of contemporary development issues.")
TASKS = [
    "Review recent literature on care policies and social protection financing in middle-income countries.",
    "Compile a database of national care policy measures adopted since 2025.",
    "Draft short research briefs and blog posts with the project team.",
    "Support the organization of a hybrid expert workshop in Geneva.",
]


def build():
    md = f"""[![UNRISD](/logo.svg)](https://unrisd.example/) [About](#) | [Research](#) | [Publications](#) | [Events](#) | [Opportunities](#) | [FR](#) [ES](#)

Home > Opportunities > Internships

# {TITLE}

| | |
|---|---|
| **Reference** | {REF} |
| **Programme area** | Gender Justice and Development |
| **Type** | Internship |
| **Location** | {LOC} |
| **Working hours** | {SCHED} |
| **Duration** | Four to six months, starting 2 March 2036 |
| **Stipend** | CHF 1,570 per month |
| **Posted** | 12 November 2035 |
| **Deadline** | 3 December 2035 |

## About UNRISD

{ABOUT} The internship is attached to the project on care economies and social protection.

## What you will do

{chr(10).join(f"{i}. {t}" for i, t in enumerate(TASKS, 1))}

## Who can apply

You should:

{chr(10).join("- " + x for x in ESS)}

## It would be an advantage if you

{chr(10).join("- " + x for x in DES)}

## Competencies

{", ".join(n for n, _ in COMP)}.

## Stipend and conditions

Interns receive a stipend of CHF 1,570 per month. Travel to Geneva, visa and insurance are the intern's responsibility. The internship does not lead to employment with UNRISD or the United Nations.

## How to apply

Send a CV, a cover letter and a writing sample of no more than five pages through the form below. Interviews are expected on 15 and 16 January 2036.

[Apply now](#)

---

*Share:* [LinkedIn](#) · [Bluesky](#) · [E-mail](#)

© UNRISD 2035 · Palais des Nations, 1211 Geneva 10, Switzerland · [Privacy](#)
"""
    write(KEY + "-unrisd.md", md, KEY)

    msgs = [
        ("12.11.2035 18:02", "Geneva Policy Jobs",
         f"📢 INTERNSHIP | {TITLE}\n🏛 {ORG} (UNRISD)\n📍 Location: {LOC}\n⏱ {SCHED}, 4–6 months from 2 March 2036\n"
         f"💰 Stipend: CHF 1,570 per month\n🆔 Ref: {REF}\n⏳ Deadline: 3 December 2035"),
        ("12.11.2035 18:02", "Geneva Policy Jobs",
         f"ℹ️ About: {ABOUT}\n\n🔧 Tasks:\n" + "\n".join("▫️ " + t for t in TASKS)),
        ("12.11.2035 18:03", "Geneva Policy Jobs",
         "✅ Who can apply:\n" + "\n".join("▫️ " + x for x in ESS) +
         "\n\n➕ It would be an advantage if you:\n" + "\n".join("▫️ " + x for x in DES) +
         "\n\n🧩 Competencies: " + ", ".join(n for n, _ in COMP) +
         "\n\n🗓 Interviews expected on 15 and 16 January 2036.\n🔗 Apply via the UNRISD website."),
        ("13.11.2035 09:40", "Geneva Policy Jobs",
         "Reminder: our Thursday CV clinic is moved to 27 November. Not an UNRISD event."),
    ]
    out = ["Telegram Desktop export", "Channel: Geneva Policy Jobs (14 203 subscribers)", ""]
    for ts, who, text in msgs:
        out.append(f"{who}, [{ts}]")
        out.append(text)
        out.append("👍 41  ❤️ 7  🔁 12")
        out.append("")
    write(KEY + "-telegram.txt", "\n".join(out), KEY)
    expected(KEY, reference=REF, languages=["en"], title={"en": TITLE}, organisation={"en": ORG},
             location={"en": LOC}, schedule={"en": SCHED}, deadline="2035-12-03",
             salary=sal(1570, "CHF", "month"), req={"en": (ESS, DES)}, comp={"en": COMP})
