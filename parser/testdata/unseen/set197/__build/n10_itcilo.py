from common import *
REF = "ITCILO/VN/2034/05"
KEY = "itcilo-vn-2034-05"
E = blank(["en"])
E["reference"] = REF
E["title"]["en"] = "Junior Programme Officer, Digital Learning Innovation"
E["organisation"]["en"] = "International Training Centre of the International Labour Organization"
E["location"]["en"] = "Turin, Italy"
E["deadline"] = "2034-03-31"
E["salary"] = sal(amount=61382, cur="USD", period="year")
E["grade"] = "P2"
ITEMS = [
 ("e", "Advanced university degree in educational technology, instructional design, computer science or a related field."),
 ("e", "At least two years of professional experience in the design and delivery of online or blended learning at the international level."),
 ("e", "Hands-on experience with learning management systems and learning analytics."),
 ("d", "Experience with generative AI tools for content production would be an advantage."),
 ("e", "Excellent command of English."),
 ("d", "Working knowledge of French, Italian or Spanish would be an advantage.")]
E["requirements"]["en"] = {"essential": [x for k, x in ITEMS if k == "e"], "desirable": [x for k, x in ITEMS if k == "d"]}
NAMES = ["Integrity and transparency", "Sensitivity to diversity", "Orientation to learning", "Communication",
         "Orientation to change", "Takes responsibility for performance", "Quality of work", "Collaboration"]
E["competencies"]["en"] = [{"name": n, "description": ""} for n in NAMES]
FACTS = [("Vacancy notice no.", REF), ("Title", E["title"]["en"]), ("Grade", "P2"), ("Unit", "Learning Innovation Programme"),
         ("Duty station", "Turin, Italy"), ("Contract", "Fixed-term, 24 months"), ("Publication date", "28 February 2034"),
         ("Closing date", "31 March 2034 (midnight, Turin time)")]
INTRO = ("The International Training Centre of the International Labour Organization in Turin designs and delivers training "
         "for governments, employers' and workers' organizations and development partners. Its Learning Innovation "
         "Programme tests new technologies and methods and spreads them across the Centre's 500 courses a year.")
DUTIES = ["Design online and blended learning activities together with the Centre's technical programmes.",
          "Produce interactive content, videos and assessments and publish them on the Centre's learning platform.",
          "Analyse learner data and prepare quarterly dashboards for programme managers.",
          "Coordinate the pilot of an AI-assisted tutoring service and document its results.",
          "Contribute to proposals and reports for donors."]

def html_page():
    f = "\n".join(f"<dt>{a}</dt><dd>{esc(b)}</dd>" for a, b in FACTS)
    li = lambda xs: "\n".join(f"<li>{esc(x)}</li>" for x in xs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(E['title']['en'])} | ITCILO</title>
<style>body{{font-family:Georgia,serif;margin:0;font-size:15px}} nav{{background:#e03c31;color:#fff;padding:8px 20px}} nav a{{color:#fff;margin-right:12px}}
main{{display:flex;gap:28px;padding:16px 20px}} article{{flex:3}} aside{{flex:1;background:#f6f6f6;padding:10px;font-size:13px}}
dt{{font-weight:bold;margin-top:6px}} dd{{margin:0}}</style></head><body>
<nav><a href="#">ITCILO</a><a href="#">Courses</a><a href="#">Services</a><a href="#">About</a><a href="#">Jobs</a><a href="#">Newsroom</a><a href="#">FR</a><a href="#">ES</a></nav>
<p style="padding:0 20px;font-size:12px">Home / About / Jobs / Vacancies</p>
<main><article>
<h1>{esc(E['title']['en'])}</h1>
<p>{esc(INTRO)}</p>
<h2>Main duties</h2><ol>{li(DUTIES)}</ol>
<h2>Required qualifications</h2><ul>{li([x for k, x in ITEMS])}</ul>
<h2>Core competencies</h2><p>Candidates will be assessed against the ILO core competencies:</p><ul>{li(NAMES)}</ul>
<h2>Conditions of employment</h2>
<p>The annual net base salary at the P2 level, step 1, is USD 61,382, to which a post adjustment for Turin (currently 33.5%) is added. Staff of the Centre participate in the United Nations Joint Staff Pension Fund.</p>
<p>A written test is planned for 22 April 2034. The Centre does not charge any fee at any stage of the recruitment process.</p>
</article>
<aside><h3>Vacancy details</h3><dl>{f}</dl><p><b>Apply</b> through the ITCILO e-recruitment platform.</p>
<h3>Other vacancies</h3><p>Finance Assistant, G5 — closes 17 March 2034<br>Programme Officer, Social Protection, P3 — closes 4 April 2034</p></aside>
</main>
<footer style="padding:10px 20px;font-size:12px;border-top:1px solid #ccc">Viale Maestri del Lavoro, 10 · 10127 Turin · Italy · Privacy · Cookie settings</footer>
</body></html>
"""

def telegram():
    L = ["Jobs in International Organizations 🌍", "12 480 subscribers", "", "28 February", "",
         "📢 NEW | ITCILO (Turin) | P2", "", E["title"]["en"], ""]
    L += [f"▪️ {a}: {b}" for a, b in FACTS]
    L += ["", INTRO, "", "🛠 Main duties:"] + [f"{i}. {x}" for i, x in enumerate(DUTIES, 1)]
    L += ["", "✅ Required qualifications:"] + [f"• {x}" for k, x in ITEMS]
    L += ["", "🧭 Core competencies: " + ", ".join(NAMES), "",
          "💶 Annual net base salary: USD 61,382 + post adjustment", "", "🔗 Apply: itcilo.example/jobs", "",
          "#ITCILO #Italy #P2 #elearning", "👁 3.1K  edited 14:07", "", "1 March", "",
          "⚠️ Reminder: the WFP Logistics Officer post above closes on 5 March 2034. 👁 2.4K 09:30"]
    return "\n".join(L) + "\n"

def build():
    write_expected(KEY, E)
    write(KEY + "-itcilo.html", html_page(), KEY, "html")
    write(KEY + "-telegram.txt", telegram(), KEY, "txt")
