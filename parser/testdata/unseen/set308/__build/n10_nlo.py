from common import write, expected, sal

KEY = "NLOCA-LE-2043-02"
TITLE = "Programme Assistant (Public Diplomacy)"
ORG = "NATO Liaison Office in Central Asia (NLO CA)"
LOC = "Tashkent, Uzbekistan"
SCHED = "Full-time (Monday to Friday, 40 hours per week)"
GRADE = "LE-5"
CLEAR = "NATO CONFIDENTIAL"
ABOUT = ("The NATO Liaison Office in Central Asia supports the Alliance's partnership with the countries of the "
         "region, promotes practical cooperation and explains NATO's policies to governments, universities "
         "and the wider public. The Programme Assistant supports the Liaison Officer in planning and running "
         "public diplomacy activities in Uzbekistan and the neighbouring countries.")
DUTIES = [
    "Organise seminars, lectures, visits and model NATO events with universities and think tanks",
    "Draft invitations, programmes, event reports and social media posts in English, Russian and Uzbek",
    "Maintain the Office's contact lists and the calendar of activities",
    "Handle logistics for visiting NATO officials, including hotel, transport and interpretation",
    "Monitor local media and prepare short weekly summaries",
]
ESS = [
    "University degree in international relations, journalism, communication or a related field.",
    "At least two years of experience in event management, public relations or programme support.",
    "Fluent English, Russian and Uzbek, written and spoken.",
    "Good computer skills, including social media and basic graphic design tools.",
    "Uzbek citizenship or permanent residence in Uzbekistan.",
]
DES = [
    "Experience with an international organisation or an embassy.",
    "Knowledge of Kazakh, Kyrgyz or Tajik.",
    "Photography or video editing skills.",
]
COMP = [
    ("Organisation", "plans carefully and keeps events on time and within budget."),
    ("Communication", "writes clear, lively texts for different audiences."),
    ("Discretion", "handles sensitive information and contacts with tact."),
]
SAL_TEXT = "USD 1,455 gross per month"
DL_TEXT = "Friday, 26 June 2043, 18:00 (Tashkent time)"


def build():
    expected(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCHED}, "2043-06-26",
             sal(1455, "USD"), GRADE, CLEAR, {"en": {"essential": ESS, "desirable": DES}}, {"en": COMP})

    def li(xs):
        return "\n".join(f"<li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vacancy {KEY} – NATO Liaison Office in Central Asia</title>
<style>body{{font-family:Georgia,serif;max-width:860px;margin:auto}} dl{{display:grid;grid-template-columns:210px 1fr}} dt{{font-weight:bold}}</style>
</head><body>
<div class="lang">Oʻzbekcha | Русский | <b>English</b></div>
<header><p><strong>NATO Liaison Office in Central Asia</strong></p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About the Office</a></li><li><a href="/events">Events</a></li><li><a href="/vacancies">Vacancies</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main>
<p class="crumbs">Home » Vacancies » {KEY}</p>
<h1>Vacancy announcement: {TITLE}</h1>
<dl>
<dt>Announcement No.</dt><dd>{KEY}</dd>
<dt>Position</dt><dd>{TITLE}</dd>
<dt>Organization</dt><dd>{ORG}</dd>
<dt>Duty station</dt><dd>{LOC}</dd>
<dt>Work hours</dt><dd>{SCHED}</dd>
<dt>Grade</dt><dd>{GRADE}</dd>
<dt>Salary</dt><dd>{SAL_TEXT}</dd>
<dt>Security clearance</dt><dd>{CLEAR}</dd>
<dt>Opening date</dt><dd>22 May 2043</dd>
<dt>Closing date</dt><dd>{DL_TEXT}</dd>
</dl>
<h2>Background</h2>
<p>{ABOUT}</p>
<h2>Duties and responsibilities</h2>
<ol>
{li(DUTIES)}
</ol>
<h2>Minimum qualifications</h2>
<ul>
{li(ESS)}
</ul>
<h2>Preferred qualifications</h2>
<ul>
{li(DES)}
</ul>
<h2>Competencies</h2>
<ul>
{"".join(f"<li><strong>{n}:</strong> {d}</li>" for n, d in COMP)}
</ul>
<h2>How to apply</h2>
<p>Send a CV and a cover letter in English to nlo.ca.vacancies@nato.example with the announcement number in
the subject line. Only shortlisted applicants will be contacted for a written test on 3 July 2043.</p>
<p><em>NATO does not charge any fee at any stage of the recruitment process.</em></p>
</main>
<aside><h3>Upcoming</h3><p>Summer school on regional security, Samarkand, 15–19 June 2043</p></aside>
<footer>NATO Liaison Office in Central Asia · Tashkent · © NATO 2043</footer>
</body></html>
"""
    write(f"{KEY}-nlo.html", html, KEY)

    board = f"""hh.uz   Вакансии   Резюме   Работодателям   Войти
Главная / Вакансии / Ташкент / Маркетинг, реклама, PR

{TITLE}
от 1 455 $ до вычета налогов
Требуемый опыт работы: 1–3 года
Полная занятость, полный день
NATO Liaison Office in Central Asia
Ташкент, Мирабадский район
Вакансия опубликована 23 мая 2043 в Ташкенте

Откликнуться

Announcement No.: {KEY}
Position: {TITLE}
Organization: {ORG}
Duty station: {LOC}
Work hours: {SCHED}
Grade: {GRADE}
Salary: {SAL_TEXT}
Security clearance: {CLEAR}
Opening date: 22 May 2043
Closing date: {DL_TEXT}

Background
{ABOUT}

Duties and responsibilities:
{chr(10).join(f"{i + 1}) {x}" for i, x in enumerate(DUTIES))}

Minimum qualifications:
{chr(10).join("• " + x for x in ESS)}

Preferred qualifications:
{chr(10).join("• " + x for x in DES)}

Competencies:
{chr(10).join(f"• {n}: {d}" for n, d in COMP)}

Ключевые навыки
Организация мероприятий   PR   SMM   Английский язык

Похожие вакансии
Координатор проектов – Ташкент – от 900 $ – до 30.06.2043
Специалист по связям с общественностью – Ташкент – 12 000 000 – 15 000 000 сум
"""
    write(f"{KEY}-hhuz.txt", board, KEY)
