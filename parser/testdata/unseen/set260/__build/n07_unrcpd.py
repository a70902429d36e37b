from common import *

REF = "UNRCPD/INT/2039/02"
KEY = "unrcpd-int-2039-02"
TITLE = "Intern – Disarmament Education and Outreach"
ORG = "United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific"
LOC = "Kathmandu, Nepal"
SCHED = "Full-time"
STIP = "USD 1,185 per month"
ESS = ["be enrolled in a graduate programme (Master's or PhD) or have completed a graduate degree within the past year;",
       "be studying international relations, political science, peace and conflict studies, communications or a related field;",
       "have excellent written English and be able to write for social media;",
       "be available full-time for six months from August 2039."]
DES = ["Experience in producing multimedia content or managing a website.",
       "Knowledge of Nepali, Hindi or another language of the region.",
       "Familiarity with youth engagement or education programmes."]
TASKS = ["Help organize the regional youth forum on disarmament and non-proliferation;",
         "Draft news items, social-media posts and newsletter articles;",
         "Update the Centre's database of educational resources and partner institutions;",
         "Support the preparation of briefing notes for the Director;",
         "Take notes at meetings and webinars."]
INTRO = ("The Centre assists Member States in the Asia-Pacific region in advancing peace and disarmament through "
         "dialogue, capacity-building and education. It is part of the United Nations Office for Disarmament Affairs "
         "and is based in Kathmandu. The intern will join the small outreach team and work under the guidance of the "
         "Political Affairs Officer.")


def page():
    rows = [("Vacancy number", REF), ("Office", ORG), ("Duty station", LOC), ("Contract type", "Internship"),
            ("Duration", "Six months"), ("Working time", SCHED), ("Stipend", STIP),
            ("Date of publication", "23 May 2039"), ("Application deadline", "16 June 2039")]
    t = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(TITLE)} | UNRCPD</title></head><body>
<header><b>UNRCPD</b> <nav>About · Programmes · News · Resources · Opportunities · Contact</nav></header>
<p class="crumbs">Home / Opportunities / Internships</p>
<main>
<h1>{esc(TITLE)}</h1>
<table>
{t}
</table>
<h2>About the Centre</h2>
<p>{esc(INTRO)}</p>
<h2>Tasks</h2>
{ul(TASKS)}
<h2>Eligibility and requirements</h2>
<p>To qualify, applicants must:</p>
{ul(ESS)}
<h3>Desirable</h3>
{ul(DES)}
<h2>Conditions</h2>
<p>Interns receive a monthly stipend of {STIP} to help with living costs in Kathmandu. Travel to and from Nepal, visas and medical insurance are the intern's responsibility. Interns are not staff members and have no expectation of employment. Interviews of short-listed candidates will be held online on 29 and 30 June 2039.</p>
</main>
<aside><h3>Other opportunities</h3><ul><li>Call for papers: Regional disarmament journal — deadline 31 July 2039</li><li>Youth champions for disarmament — applications close 5 June 2039</li></ul></aside>
<footer>United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific · Kathmandu</footer>
</body></html>
"""


def linkedin():
    L = ["UNRCPD",
         "1,942 followers",
         "3d • Edited • 🌐",
         "",
         "📢 We're hiring an intern! Join our outreach team in Kathmandu for six months from August.",
         "",
         f"🔹 {TITLE}",
         f"🏢 {ORG}",
         f"📍 {LOC}",
         f"⏱️ {SCHED}, six months",
         f"💵 Stipend: {STIP}",
         f"🗓️ Apply by 16 June 2039",
         f"🔖 Ref. {REF}",
         "",
         INTRO,
         "",
         "What you'll do:"] + ["▪️ " + t for t in TASKS] + [
         "",
         "To qualify, applicants must:"] + ["✅ " + e for e in ESS] + [
         "",
         "Nice to have:"] + ["➕ " + d for d in DES] + [
         "",
         "Online interviews on 29 and 30 June 2039.",
         "",
         "#disarmament #internship #youth #Nepal #UnitedNations",
         "",
         "👍❤️ 214 · 37 comments · 52 reposts",
         "",
         "Priya Shrestha • 2nd",
         "Shared with my students! Is the 12 June info session still on?",
         "Reply",
         "",
         "UNRCPD • Author",
         "Yes — 12 June at 15:00 Kathmandu time, link in our bio.",
         ]
    return "\n".join(L) + "\n"


def build():
    write(KEY + "-unrcpd.html", page(), REF)
    write(KEY + "-linkedin.txt", linkedin(), REF)
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2039-06-16",
             salary=(1185, "USD", "month"), schedule={"en": SCHED}, req={"en": (ESS, DES)}, comp={"en": []})
