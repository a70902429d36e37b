from common import *
KEY = "NMIOTC-CIV-2035-02"
TITLE = "Technician (Audio-Visual and Classroom Systems)"
ORG = "NATO Maritime Interdiction Operational Training Centre (NMIOTC)"
LOC = "Souda Bay, Crete, Greece"
SCH = "Full-time (40 hours per week)"
GRADE, CLR = "LC-5", "NATO SECRET"
ESS = [
    "Technical education (IEK or TEI level) in electronics, audio-visual technology or information technology.",
    "At least 3 years of experience in installing and maintaining audio-visual, projection and conference systems.",
    "Working knowledge of network configuration of AV-over-IP equipment and of Windows workstations.",
    "English: SLP 3322 or equivalent (B2).",
    "Eligibility for a NATO SECRET security clearance.",
]
DES = [
    "Experience in supporting training simulators or classroom systems in a military environment.",
    "Certification from an AV equipment manufacturer.",
    "Fluent Greek.",
]
exp = expected(KEY, languages=["en"], title={"en": TITLE}, organisation={"en": ORG}, location={"en": LOC},
               schedule={"en": SCH}, deadline="2035-11-23", salary=sal(1885), grade=GRADE, clearance=CLR,
               req={"en": {"essential": ESS, "desirable": DES}}, comps={"en": []})
DUTIES = [
    "Prepares classrooms, the auditorium and the boarding training areas for courses, including projection, sound and video recording.",
    "Maintains and repairs audio-visual equipment and keeps a log of faults and spare parts.",
    "Supports instructors during courses and exercises, including evening and weekend sessions when scheduled.",
    "Installs software updates on classroom workstations in coordination with the CIS Section.",
    "Keeps the inventory of audio-visual equipment up to date.",
]
FACTS = [("Vacancy number", KEY), ("Post title", TITLE), ("Organization", ORG), ("Grade", GRADE + " (local civilian)"),
         ("Duty location", LOC), ("Working hours", SCH), ("Security clearance", CLR),
         ("Salary", "EUR 1,885 gross per month (14 payments per year)"), ("Closing date", "23 November 2035, 14:00 (EET)")]

def tex(s):
    return (s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
             .replace("_", "\\_"))

TEX = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\input{glyphtounicode}
\pdfgentounicode=1
\usepackage[margin=2.3cm]{geometry}
\usepackage{fancyhdr}
\renewcommand{\labelenumi}{\alph{enumi}.}
\hyphenpenalty=10000
\exhyphenpenalty=10000
\pagestyle{fancy}
\fancyhf{}
\fancyhead[C]{\small NATO UNCLASSIFIED}
\fancyfoot[C]{\small NATO UNCLASSIFIED -- Page \thepage}
\renewcommand{\headrulewidth}{0pt}
\setlength{\parindent}{0pt}
\setlength{\parskip}{5pt}
\begin{document}
\begin{flushright}\small NMIOTC / J1 / 2035 / 0418\\ Souda Bay, 19 October 2035\end{flushright}
\begin{center}{\large\bfseries LOCAL CIVILIAN VACANCY ANNOUNCEMENT}\end{center}
\begin{tabular}{@{}p{4.2cm}p{11cm}@{}}
""" + "\n".join(r"\textbf{%s:} & %s\\" % (tex(a), tex(b)) for a, b in FACTS) + r"""
\end{tabular}
\section*{1. General}
NMIOTC is a NATO-accredited education and training facility that conducts courses and exercises in maritime interdiction operations for NATO, partner nations and international organisations. The Technician belongs to the Training Support Branch and keeps the Centre's classrooms, auditorium and training areas technically ready.
\section*{2. Duties}
\begin{enumerate}
""" + "\n".join(r"\item " + tex(x) for x in DUTIES) + r"""
\end{enumerate}
\section*{3. Essential qualifications}
\begin{enumerate}
""" + "\n".join(r"\item " + tex(x) for x in ESS) + r"""
\end{enumerate}
\section*{4. Desirable qualifications}
\begin{enumerate}
""" + "\n".join(r"\item " + tex(x) for x in DES) + r"""
\end{enumerate}
\section*{5. Terms of employment}
The post is filled under a local civilian contract governed by Greek labour law, for an initial period of two years with a probation period of six months. The Centre provides meals on working days and transport from Chania.
\section*{6. Application}
Applications (CV in English, copies of diplomas and a cover letter) are to be sent to the J1 Branch of NMIOTC by the closing date. Candidates invited to the practical test, scheduled for the week of 7 December 2035, will be informed by e-mail.
\end{document}
"""
open(os.path.join(BUILD, f"{KEY}-nmiotc.tex"), "w", encoding="utf-8").write(TEX)
pdf = f"{KEY}-nmiotc.pdflatex.pdf"
pdflatex(f"{KEY}-nmiotc.tex", pdf)
add_row(pdf, KEY, "pdf")
add_row(dump(pdf), KEY, "txt")

BOARD = f"""KritiErgasia.gr   Αγγελίες   Εταιρείες   Σύνδεση
Αρχική » Αγγελίες » Χανιά » Τεχνικοί

{TITLE}
NMIOTC · Σούδα, ΧανιάΠλήρης απασχόλησηΜισθός 1.885 €Λήξη 23/11/2035
Αίτηση   Αποθήκευση

{chr(10).join(f"{a}: {b}" for a, b in FACTS)}

1. General
NMIOTC is a NATO-accredited education and training facility that conducts courses and exercises in maritime interdiction operations for NATO, partner nations and international organisations. The Technician belongs to the Training Support Branch.
2. Duties
{lines(DUTIES, '▪ ')}
3. Essential qualifications
{lines(ESS, '▪ ')}
4. Desirable qualifications
{lines(DES, '▪ ')}
5. Terms of employment
Local civilian contract under Greek labour law, initial period of two years.

Κωδικός αγγελίας: KE-509331 · Προβολές: 188
Παρόμοιες αγγελίες
Τεχνικός οπτικοακουστικών · Ηράκλειο · 1.100 - 1.300 € · λήξη 30/11/2035
Τεχνικός Η/Υ · Χανιά · πριν 6 ημέρες
© 2035 KritiErgasia.gr
"""
write(f"{KEY}-jobboard.txt", BOARD, KEY)
