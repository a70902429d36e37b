from common import *
REF = "UNITAR/CONS/2034/021"
KEY = "unitar-cons-2034-021"
E = blank(["en"])
E["reference"] = REF
E["title"]["en"] = "E-learning Content Developer (Climate Finance)"
E["organisation"]["en"] = "United Nations Institute for Training and Research"
E["location"]["en"] = "Home-based"
E["deadline"] = "2034-03-06"
E["salary"] = sal(mn=310, mx=430, cur="USD", period="day")
E["requirements"]["en"] = {
 "essential": [
  "Master's degree in education, instructional design, environmental economics, finance or a related field.",
  "At least five years of experience in designing online courses for adult learners, including self-paced modules.",
  "Demonstrated knowledge of climate finance instruments and of the architecture of the multilateral climate funds.",
  "Excellent drafting skills in English."],
 "desirable": [
  "Experience with Moodle and with authoring tools such as Articulate Storyline.",
  "Previous work with a United Nations entity or a multilateral development bank.",
  "Working knowledge of French or Spanish."]}
E["competencies"]["en"] = []
R = E["requirements"]["en"]
BACK = ("The United Nations Institute for Training and Research (UNITAR) is a training arm of the United Nations system. "
        "Its Division for Planet offers courses on climate change to public officials, many of them through the UN "
        "climate learning platform. With a new grant, the Division will produce a self-paced course on access to "
        "climate finance for officials of least developed countries and small island States.")
TASKS = [
 "Review the existing face-to-face material and propose a course architecture of five modules with learning objectives.",
 "Write the scripts, quizzes and case studies of each module, in close contact with the subject-matter experts.",
 "Build the modules in the learning management system and test them with a pilot group of twenty learners.",
 "Revise the course on the basis of the pilot and deliver a facilitator's guide."]
DELIV = [("Course architecture and storyboard", "2 weeks after signature", "6"),
         ("Modules 1 to 3 online", "8 weeks after signature", "18"),
         ("Modules 4 and 5, pilot report", "13 weeks after signature", "14"),
         ("Final course and facilitator's guide", "16 weeks after signature", "7")]
FACTS = [("Vacancy number", REF), ("Title", E["title"]["en"]), ("Division", "Division for Planet"),
         ("Type of contract", "Consultancy"), ("Location", "Home-based"), ("Duration", "45 working days over four months"),
         ("Date of issue", "20 February 2034"), ("Closing date", "6 March 2034")]

def tex():
    t = lambda s: s.replace("&", "\\&").replace("%", "\\%").replace("'", "'")
    facts = "\n".join(f"\\textbf{{{a}}} & {t(b)} \\\\ \\hline" for a, b in FACTS)
    tasks = "\n".join(f"\\item {t(x)}" for x in TASKS)
    dl = "\n".join(f"{t(a)} & {b} & {c} \\\\ \\hline" for a, b, c in DELIV)
    ess = "\n".join(f"\\item {t(x)}" for x in R["essential"])
    des = "\n".join(f"\\item {t(x)}" for x in R["desirable"])
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}\usepackage{array}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \tolerance=9999 \emergencystretch=3em
\pagestyle{plain}\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}\raggedright
{\large\textbf{UNITED NATIONS INSTITUTE FOR TRAINING AND RESEARCH}}\\
Palais des Nations, 1211 Geneva 10, Switzerland

\medskip
{\Large\textbf{TERMS OF REFERENCE -- INDIVIDUAL CONSULTANT}}

\begin{tabular}{|>{\raggedright}p{4.2cm}|>{\raggedright\arraybackslash}p{10.6cm}|}\hline
""" + facts + r"""
\end{tabular}

\section*{1. Background}
""" + t(BACK) + r"""

\section*{2. Tasks}
Under the supervision of the Manager of the Climate Change Programme, the consultant will:
\begin{enumerate}
""" + tasks + r"""
\end{enumerate}

\section*{3. Deliverables and payment schedule}
\begin{tabular}{|p{6.6cm}|p{4.6cm}|p{2.4cm}|}\hline
\textbf{Deliverable} & \textbf{Due} & \textbf{Days} \\ \hline
""" + dl + r"""
\end{tabular}

\section*{4. Fee}
The consultant will be paid a daily fee of USD 310 to USD 430 per working day, depending on experience, against certified deliverables. No travel is foreseen.

\section*{5. Required qualifications}
\begin{itemize}
""" + ess + r"""
\end{itemize}

\section*{6. Desirable qualifications}
\begin{itemize}
""" + des + r"""
\end{itemize}

\section*{7. How to apply}
Send a CV, a sample of an online course you produced and your daily rate through the UNITAR online portal. Shortlisted candidates will be interviewed around 20 March 2034. UNITAR does not charge a fee at any stage of the process.
\end{document}
"""

def chat():
    body = [f"*{E['title']['en']}*", f"{REF} · UNITAR · Home-based", ""]
    body += [f"{a}: {b}" for a, b in FACTS if a not in ("Title", "Vacancy number")]
    body += ["", BACK, "", "Tasks:"] + [f"- {x}" for x in TASKS]
    body += ["", "Fee: USD 310 to USD 430 per working day, depending on experience", "",
             "Required qualifications:"] + [f"- {x}" for x in R["essential"]]
    body += ["", "Desirable qualifications:"] + [f"- {x}" for x in R["desirable"]]
    L = ["[2/27/34, 18:42] Clara M.: anyone here doing e-learning? UNITAR posted this, closes next week",
         "[2/27/34, 18:43] Clara M.: " + body[0]]
    L += body[1:]
    L += ["[2/27/34, 18:51] Tomás R.: thanks! is it really home-based or do they want you in Geneva?",
          "[2/27/34, 18:53] Clara M.: home-based, no travel. deadline 6 March",
          "[2/27/34, 19:05] Aïcha D.: the rate is low for 45 days of storyline work tbh 😅",
          "[2/27/34, 19:06] Aïcha D.: <Media omitted>",
          "[2/28/34, 08:12] Tomás R.: applied, fingers crossed. interviews ~20 March apparently"]
    return "\n".join(L) + "\n"

def build():
    write_expected(KEY, E)
    pdflatex(tex(), KEY + "-tor.pdflatex.pdf", KEY)
    write(KEY + "-whatsapp.txt", chat(), KEY, "txt")
