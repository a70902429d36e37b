from common import *
KEY = "wealthsimple-senior-data-engineer-tax"
T = "Senior Data Engineer, Tax Products"
ORG = "Wealthsimple"
LOC = "Toronto, Ontario, Canada"
ESS = ["5+ years of experience building production data pipelines in Python or Scala",
       "Strong SQL skills and experience with a cloud data warehouse such as Snowflake or BigQuery",
       "Experience with orchestration tools like Airflow or Dagster and with dbt",
       "A track record of owning data quality for datasets that feed customer-facing or regulatory outputs",
       "Clear written communication and comfort working with product managers and tax specialists"]
DES = ["Knowledge of Canadian tax slips (T4, T5, T5008) or of CRA filing formats",
       "Experience with event streaming (Kafka, Kinesis)",
       "Exposure to privacy engineering or data retention policies in a regulated company"]
expected(KEY, reference="", languages=["en"], title={"en": T}, organisation={"en": ORG}, location={"en": LOC},
         schedule={}, deadline="2033-09-14", salary=sal(None, 147500, 172000, "CAD", "year"),
         requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": []})
ABOUT = "Wealthsimple is on a mission to help everyone achieve financial freedom by reimagining what it means to manage money. Our tax team helps more than a million Canadians file their returns every spring, and the data behind those returns has to be right the first time."
ROLE = "As a Senior Data Engineer on Tax Products, you'll own the pipelines that turn trading, banking and crypto activity into the tax slips and statements our clients download each year. You'll work with a squad of eight engineers, a product manager and our in-house tax specialists."
DO = ["Design and maintain the pipelines that generate annual tax slips and realized gain reports",
      "Build automated reconciliation checks between our ledgers and the slips we issue",
      "Partner with the tax team to turn changes in CRA rules into data models before each filing season",
      "Mentor other engineers and raise the bar for testing and observability across the data platform"]
PAY = "The base salary range for this role is $147,500–$172,000 CAD per year, plus equity and benefits. Actual pay depends on skills and experience."
DL = "We're accepting applications for this role until September 14, 2033."
gh = ["<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Job Application for " + esc(T) + " at Wealthsimple</title></head><body>",
      "<div id=\"header\"><a class=\"logo\">Wealthsimple</a></div><div id=\"main\"><div id=\"app_body\">",
      f"<h1 class=\"app-title\">{esc(T)}</h1><div class=\"company-name\">at {ORG}</div><div class=\"location\">{esc(LOC)}</div>",
      "<a class=\"button\" href=\"#app\">Apply for this job</a><div id=\"content\">",
      f"<p>{esc(ABOUT)}</p>", "<p><strong>About the role</strong></p>", f"<p>{esc(ROLE)}</p>",
      "<p><strong>What you'll do</strong></p><ul>" + "".join(f"<li>{esc(x)}</li>" for x in DO) + "</ul>",
      "<p><strong>What you'll bring</strong></p><ul>" + "".join(f"<li>{esc(x)}</li>" for x in ESS) + "</ul>",
      "<p><strong>Bonus points</strong></p><ul>" + "".join(f"<li>{esc(x)}</li>" for x in DES) + "</ul>",
      "<p><strong>Compensation</strong></p>", f"<p>{esc(PAY)}</p>",
      "<p>This role is hybrid: we expect you in our Toronto office on Tuesdays and Wednesdays.</p>",
      f"<p>{esc(DL)} Interviews will begin the week of September 19, 2033.</p>",
      "<p>Wealthsimple is an equal opportunity employer. If you need an accommodation during the hiring process, let our recruiting team know.</p>",
      "</div><div id=\"application\"><h2 id=\"app\">Apply for this Job</h2><p>* Required</p><label>First Name *</label><label>Last Name *</label><label>Email *</label><label>Resume/CV *</label><label>LinkedIn Profile</label><label>What's your salary expectation? *</label><button>Submit Application</button></div>",
      "</div></div><div id=\"footer\">Powered by Greenhouse · Read our Privacy Policy</div></body></html>"]
write(KEY + "-greenhouse.html", "\n".join(gh))
li = ["Skip to main content", "LinkedIn", "Home\tMy Network\tJobs\tMessaging\tNotifications\tMe\tFor Business", "",
      ORG, T, LOC + " · 2 weeks ago · 87 applicants", "Promoted by hirer · Responses managed off LinkedIn", "",
      "$147.5K/yr - $172K/yrHybridFull-time", "", "Skills: Python, SQL, +8 more", "", "Apply", "Save", "",
      "Meet the hiring team", "Priya N.", "Senior Technical Recruiter at Wealthsimple", "Message", "",
      "About the job", ABOUT, "", "About the role", ROLE, "", "What you'll do"] + DO + ["", "What you'll bring"] + ESS + ["", "Bonus points"] + DES + [
      "", "Compensation", PAY, "", "This role is hybrid: we expect you in our Toronto office on Tuesdays and Wednesdays.", "",
      DL + " Interviews will begin the week of September 19, 2033.", "", "… show less", "",
      "About the company", ORG, "Financial Services", "1,001-5,000 employees · 2,412 on LinkedIn", "Follow", "",
      "More jobs", "Staff Software Engineer, Trading", "Wealthsimple · Toronto, Ontario, Canada (Hybrid)", "1 week ago",
      "Data Engineer II", "Questrade · Toronto, ON (On-site)", "$95K/yr - $120K/yr", ""]
write(KEY + "-linkedin.txt", "\n".join(li))
