from common import *
KEY = "3186"; REF = "3186"
T = "Senior Technologist, Flood Forecasting & Warning"
ORG = "Toronto and Region Conservation Authority"
LOC = "Vaughan Head Office"
SCHED = "35 hrs/week"
ESS = ["Diploma in water resources engineering technology, environmental technology or a related field, or a university degree in physical geography, hydrology or civil engineering",
       "Minimum of four years of experience operating hydrometric or meteorological monitoring networks",
       "Working knowledge of hydrologic and hydraulic models (e.g. HEC-HMS, HEC-RAS)",
       "Experience with time-series data management software and quality control of real-time data",
       "Valid Ontario Class G driver's licence and a clean driving record",
       "Ability to be part of the flood duty officer rotation, including evenings, weekends and holidays"]
DES = ["Certified Engineering Technologist (C.E.T.) designation",
       "Experience with Python or R for data analysis and automation",
       "Familiarity with the Provincial Flood Forecasting and Warning program and its messaging"]
expected(KEY, reference=REF, languages=["en"], title={"en": T}, organisation={"en": ORG}, location={"en": LOC},
         schedule={"en": SCHED}, deadline="2033-09-19", salary=sal(None, 41.63, 48.52, "CAD", "hour"),
         requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": []})
DET = [("Number of Vacancies", "1"), ("Current Rate of Pay", "Min = $41.63/hr, Max = $48.52/hr"), ("Employment type", "Full-Time Permanent"),
       ("Duration of employment", "N/A"), ("Hours of work", SCHED), ("Work location", LOC), ("Division", "Development and Engineering Services"),
       ("Business unit", "Flood Risk Management"), ("Travel", "25%"), ("Hybrid Work", "Yes, two days per week after onboarding"), ("Existing Vacancy", "No, new position")]
ABOUT = f"With more than sixty-five years behind it, {ORG} (TRCA) is one of the conservation authorities of Ontario. It works with its member municipalities to reduce the risk of flooding and erosion and to restore the rivers, valleys and shorelines of the Toronto region."
APPLY = "To apply to this posting, click on the \u201cApply\u201d icon. Please upload your resume and cover letter as a single PDF or Word file prior to 11:59 pm on September 19, 2033."
CONTRIB = "The Senior Technologist keeps TRCA's real-time flood monitoring network running and turns its data into the forecasts and flood messages that municipalities and the public rely on. Reporting to the Manager, Flood Forecasting & Warning, the incumbent leads the field technologists and is a member of the flood duty officer team."
RESP = ["Plans and oversees the maintenance of about 90 stream gauges, rain gauges and snow stations",
        "Reviews real-time data, flags anomalies and corrects records before they are published",
        "Runs forecast models during storm events and drafts watershed conditions statements and flood messages",
        "Coordinates annual gauge calibration and discharge measurements with field staff",
        "Prepares monthly network reports and contributes to capital budget requests",
        "Other duties as assigned"]
h = [f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(T)} - Candidate Portal</title></head><body>
<header><img alt="TRCA Careers" src="banner.png"> <nav><a href="#">Search Jobs</a> | <a href="#">Sign In</a> | <a href="#">English (Canada)</a></nav></header>
<main>
<h1>{esc(T)}</h1>
<p class="sub">Head Office, Vaughan, Ontario, Canada <span class="req">Req #{REF}</span><br>Monday, August 29, 2033</p>
<p><a class="btn" href="#">Apply</a> <a href="#">Share</a></p>
<h3>Position Details:</h3>"""]
h += [f"<p><strong>{esc(k)}:</strong> {esc(v)}</p>" for k, v in DET]
h += [f"<p>&nbsp;</p><h3>About TRCA:</h3><p>{esc(ABOUT)}</p><p>{esc(APPLY)}</p>",
      f"<h3>How you will contribute as part of the TRCA team:</h3><p>{esc(CONTRIB)}</p>",
      "<h3>Major Responsibilities:</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in RESP) + "</ul>",
      "<h3>Qualifications:</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in ESS) + "</ul>",
      "<h3>Assets:</h3><ul>" + "".join(f"<li>{esc(x)}</li>" for x in DES) + "</ul>",
      "<p>TRCA is an equal opportunity employer committed to inclusive, barrier-free recruitment. Accommodation is available on request at every stage of the process. Interviews are planned for the week of October 3, 2033.</p>",
      "<p>Hiring at TRCA is contingent on a satisfactory criminal record check.</p>",
      "</main><aside><h4>Similar jobs</h4><ul><li>Field Technician, Erosion Monitoring (Seasonal) – Req #3179 – Min = $26.10/hr</li><li>Coordinator, Floodplain Mapping – Req #3190</li></ul></aside>",
      "<footer>Powered by Dayforce · Privacy · Accessibility</footer></body></html>"]
write(KEY + "-trca.html", "\n".join(h))

ind = ["indeed", "Find jobs\tCompany reviews\tFind salaries", "What", "flood technologist", "Where", "Toronto, ON", "Find jobs", "",
       T, ORG + "4.1 out of 5 stars", "Vaughan, ON", "$41.63–$48.52 an hourFull-timePermanent", "Apply now", "",
       "Profile insights", "Here's how the job qualifications align with your profile.", "Skills", "HEC-RASHydrologyPythonData analysis", "Licenses", "Driver's License", "",
       "Job details", "Pay", "$41.63–$48.52 an hour", "Job type", "Full-time", "Permanent", "Shift and schedule", "Monday to Friday", "On call", "",
       "Location", "Vaughan, ON", "", "Full job description", f"Head Office, Vaughan, Ontario, Canada Req #{REF}",
       "Position Details:" + "".join(f"{k}: {v}" for k, v in DET), "",
       "About TRCA:", ABOUT, APPLY, "", "How you will contribute as part of the TRCA team:", CONTRIB, "", "Major Responsibilities:"]
ind += [f"• {x}" for x in RESP] + ["", "Qualifications:"] + [f"• {x}" for x in ESS] + ["", "Assets:"] + [f"• {x}" for x in DES]
ind += ["", "TRCA is an equal opportunity employer committed to inclusive, barrier-free recruitment. Accommodation is available on request at every stage of the process. Interviews are planned for the week of October 3, 2033.", "",
        "Job Types: Full-time, Permanent", "Pay: $41.63-$48.52 per hour", "Expected hours: 35 per week", "Benefits:", "Dental care", "Defined benefit pension", "Work Location: Hybrid remote in Vaughan, ON", "",
        "Posted 3 days ago", "Report job", "", "People also viewed", "Water Resources Technologist", "Credit Valley Conservation", "Mississauga, ON", "$36.90–$44.10 an hour", "Apply by September 30, 2033",
        "Hydrometric Technician", "Lake Simcoe Region Conservation Authority", "Newmarket, ON", "Full-time", "", "© 2033 Indeed", ""]
write(KEY + "-indeed.txt", "\n".join(ind))
