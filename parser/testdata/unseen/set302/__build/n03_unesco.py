"""UNESCO Almaty, G-5: SuccessFactors browser copy and a printable notice (pandoc DOCX -> LibreOffice)."""
from common import *

KEY = REF = "57203"
POST = "KZ/ALM/GS 014"
TITLE = "Programme Assistant (Culture)"
ORG = "United Nations Educational, Scientific and Cultural Organization"
LOC = "Almaty"
OVERVIEW = [("Post Number", POST), ("Grade", "G-5"), ("Parent Sector", "Field Office"), ("Duty Station", LOC),
            ("Job Family", "Programme Support"), ("Type of contract", "Fixed Term"),
            ("Duration of contract", "1 year with possibility of extension subject to availability of funds and satisfactory performance"),
            ("Recruitment open to", "External candidates"),
            ("Application Deadline (Midnight Paris Time)", "08-DEC-2042")]
INTRO = ("The UNESCO Almaty Office covers Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan. Under the overall "
         "authority of the Director of the Office and the direct supervision of the Programme Specialist for "
         "Culture, the Programme Assistant supports the planning, follow-up and reporting of the culture programme, "
         "with emphasis on heritage sites along the Silk Roads and on living heritage.")
DUTIES = [
    "Follow up the implementation of culture activities, keep workplans up to date and alert the supervisor to delays.",
    "Prepare budget monitoring sheets, requests for obligations and payment documents in the corporate system.",
    "Organize expert meetings and training workshops, including travel, venues, interpretation and participant lists.",
    "Draft correspondence, meeting notes and contributions to statutory reports in English and Russian.",
    "Maintain contact lists of national commissions, heritage site managers and partner institutions.",
    "Update the Office website and social media with news on culture activities.",
]
COMP = ["Accountability (C)", "Communication (C)", "Innovation (C)", "Knowledge sharing and continuous improvement (C)",
        "Planning and organizing (C)", "Results focus (C)", "Teamwork (C)"]
REQ = [("Education", ["Completion of secondary education (high school diploma or equivalent)."]),
       ("Work Experience", ["Minimum of five (5) years of relevant work experience in programme or administrative support, of which at least two (2) years in an international organization or a diplomatic mission."]),
       ("Skills and competencies", ["Good knowledge of budget monitoring and of office software, including spreadsheets and presentation tools.",
                                    "Ability to draft clear correspondence and meeting notes under supervision."]),
       ("Languages", ["Excellent knowledge of English and Russian, and good knowledge of Kazakh."])]
DES = [("Education", ["Technical or university degree in cultural management, business administration or a related field."]),
       ("Work Experience", ["Experience in supporting projects under the 1972 World Heritage Convention or the 2003 Convention for the Safeguarding of the Intangible Cultural Heritage."]),
       ("Languages", ["Knowledge of Kyrgyz, Tajik or another language of Central Asia."])]
SAL = "KZT 11,482,600"
BENEFITS = (f"The annual net salary for this post is {SAL}. UNESCO's salaries for locally recruited staff consist of "
            "a basic salary and benefits such as 30 days of annual leave, dependency allowances where applicable and "
            "medical insurance.")
SELECTION = ("Please note that only candidates who meet the requirements will be considered. A written test is "
             "foreseen for the week of 19 January 2043, followed by interviews. UNESCO applies a zero-tolerance "
             "policy against all forms of harassment and does not charge any fee at any stage of recruitment.")


def render():
    ess = [i for _, items in REQ for i in items]
    des = [i for _, items in DES for i in items]
    expected(KEY, REF, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, "2042-12-08", post_number=POST,
             salary=sal(11482600, cur="KZT", period="year"), grade="G-5",
             req={"en": (ess, des)}, comp={"en": [(c, "") for c in COMP]})

    L = []
    L += ["Skip to main content", "", "UNESCO Careers", "Home | Search Jobs | Career Areas | Join our Talent Community | Sign In", "",
          "Search by Keyword", "Search by Location", "Search Jobs", "", TITLE, "", "Almaty, KZ", "", "Apply now »", "",
          "Date: 7 Nov 2042", "", "Location: Almaty, KZ", "", "Company: UNESCO", "",
          f"{ORG} (UNESCO)", "", "OVERVIEW", ""]
    L += [f"{a} : {b}" for a, b in OVERVIEW]
    L += ["", f"Req ID: {REF}", "",
          "FOR INTERNAL CANDIDATES: Please note that staff members with a fixed-term appointment may apply through the internal track.",
          "", "UNESCO Core Values: Commitment to the Organization, Integrity, Respect for diversity, Professionalism", "",
          "OVERVIEW OF THE FUNCTIONS OF THE POST", "", INTRO, "", "Long Description", ""]
    L += ["- " + d for d in DUTIES]
    L += ["", "COMPETENCIES (Core / Managerial)", ""] + COMP
    L += ["", "-", "For detailed information, please consult the UNESCO Competency Framework.", "", "REQUIRED QUALIFICATIONS", ""]
    for h, items in REQ:
        L += [h, ""] + ["- " + i for i in items] + [""]
    L += ["DESIRABLE QUALIFICATIONS", ""]
    for h, items in DES:
        L += [h, ""] + ["- " + i for i in items] + [""]
    L += ["BENEFITS AND ENTITLEMENTS", "", BENEFITS, "", "SELECTION AND RECRUITMENT PROCESS", "", SELECTION, "",
          "Apply now »", "", "Find similar jobs:", "",
          "Programme Specialist (Culture), Tashkent, UZ, 21 Dec 2042",
          "Administrative Assistant, Almaty, KZ, 30 Nov 2042", "",
          "UNESCO Careers · Privacy · Accessibility · Powered by SAP SuccessFactors"]
    write(KEY + "-unesco-browser.txt", "\n".join(L) + "\n", KEY)

    M = [f"**{ORG.upper()}**", "", f"{ORG} — Almaty Office", "", f"# VACANCY NOTICE — {TITLE}", "",
         "| | |", "|:---------------------------|:--------------------------------------------------------------|",
         f"| **Job ID** | {REF} |"]
    M += [f"| **{a}** | {b} |" for a, b in OVERVIEW]
    M += ["", "## Overview of the functions of the post", "", INTRO, "", "## Main duties", ""]
    M += [f"{i}. {d}" for i, d in enumerate(DUTIES, 1)]
    M += ["", "## Competencies (Core / Managerial)", ""] + [f"- {c}" for c in COMP]
    M += ["", "## Required qualifications", ""]
    for h, items in REQ:
        M += [f"*{h}*", ""] + [f"- {i}" for i in items] + [""]
    M += ["## Desirable qualifications", ""]
    for h, items in DES:
        M += [f"*{h}*", ""] + [f"- {i}" for i in items] + [""]
    M += ["## Benefits and entitlements", "", BENEFITS, "", "## Selection and recruitment process", "", SELECTION, "",
          "*Issued on 7 November 2042 — HRM/ALM/2042/31*"]
    p = src("57203-vn.md", "\n".join(M) + "\n")
    lo_docx(p, KEY + "-vn.libreoffice.pdf", KEY)
