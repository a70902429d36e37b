from common import *
KEY = "COEDAT-CIV-2040-04"
T = "Assistant (Courses and Alumni Network)"
ORG = "Centre of Excellence Defence Against Terrorism (COE-DAT)"
LOC = "Ankara, Türkiye"
SCH = "Full-time (Monday to Friday)"
INTRO = """The Centre of Excellence Defence Against Terrorism (COE-DAT) is a NATO-accredited multinational centre that provides education, training and analysis on counter-terrorism to NATO, its partners and other nations. The Centre runs about twenty courses and workshops a year in Ankara and abroad and keeps in touch with more than five thousand former participants.

The Assistant supports the Education and Training Department in the administration of courses and in the management of the Centre's alumni network."""
DUTIES = ["Prepares joining instructions, certificates and course evaluation forms.",
 "Registers participants and keeps the course database up to date.",
 "Coordinates transport, accommodation and visits with the host nation support office.",
 "Sends the alumni newsletter and updates the alumni pages of the Centre's web portal.",
 "Assists course directors during residential and mobile courses."]
ESS = ["Bachelor's degree in business administration, international relations or a related field.",
 "At least two years of experience in course, conference or event administration.",
 "Very good written and spoken English (STANAG 6001 SLP 3333 or equivalent).",
 "Good knowledge of Microsoft Office and of web content management tools.",
 "Citizenship of the Republic of Türkiye."]
DES = ["Experience in an international military or academic institution.",
 "Knowledge of a third language.",
 "Basic graphic design skills."]
COMP = [("Organisation", "plans ahead and anticipates the needs of course participants."),
 ("Communication", "writes clear messages to participants of many nationalities."),
 ("Flexibility", "accepts short-notice changes to course programmes."),
 ("Discretion", "handles participants' personal data with care.")]
COND = """This is a local civilian post under a contract with the Turkish Ministry of National Defence. The gross monthly salary is TRY 94,750, paid in Turkish lira, with meal and transport allowances. Working hours are 08:30 to 17:30 on working days.
Applications (CV and cover letter in English) must reach the Centre by 17 July 2040, 17:00 (local time). Interviews and an English test will take place at the Centre in the first week of August 2040."""

def build():
    expected(KEY, ["en"], {"en": T}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2040-07-17",
             sal(94750, "TRY"), None, "NATO SECRET", {"en": (ESS, DES)}, {"en": COMP})
    def tex_items(lst):
        return "\\begin{itemize}\n" + "\n".join(f"  \\item {x}" for x in lst) + "\n\\end{itemize}"
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\usepackage{fancyhdr}
\input{glyphtounicode}
\pdfgentounicode=1
\hyphenpenalty=10000
\exhyphenpenalty=10000
\pagestyle{fancy}\fancyhf{}
\fancyhead[C]{\small NATO UNCLASSIFIED}
\fancyfoot[C]{\small NATO UNCLASSIFIED}
\fancyfoot[R]{\small COE-DAT/HR/2040/027}
\renewcommand{\headrulewidth}{0pt}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
\begin{flushright}\small
CENTRE OF EXCELLENCE DEFENCE AGAINST TERRORISM\\
Devlet Mahallesi, Ankara, Türkiye\\
14 June 2040
\end{flushright}
\begin{center}{\large\bfseries VACANCY NOTICE}\end{center}
\begin{tabular}{@{}p{4.2cm}p{11cm}@{}}
\textbf{Vacancy reference:} & KEY \\
\textbf{Post title:} & TITLE \\
\textbf{Organisation:} & ORG \\
\textbf{Duty station:} & LOC \\
\textbf{Working hours:} & SCH \\
\textbf{Security clearance:} & NATO SECRET \\
\textbf{Closing date:} & 17 July 2040, 17:00 (local time) \\
\end{tabular}

\section*{1. The Centre}
INTRO
\section*{2. Duties}
DUTIES
\section*{3. Essential Requirements}
ESS
\section*{4. Desirable Requirements}
DES
\section*{5. Competencies}
COMP
\section*{6. Conditions and Application}
COND
\end{document}
"""
    rep = {"KEY": KEY, "TITLE": T, "ORG": ORG, "LOC": LOC, "SCH": SCH,
           "INTRO": INTRO.replace("\n\n", "\n\n"), "DUTIES": tex_items(DUTIES), "ESS": tex_items(ESS),
           "DES": tex_items(DES),
           "COMP": "\n\n".join(f"\\textbf{{{n}:}} {d}" for n, d in COMP),
           "COND": COND.replace("\n", "\n\n")}
    for k in ["INTRO", "DUTIES", "ESS", "DES", "COMP", "COND", "TITLE", "ORG", "LOC", "SCH", "KEY"]:
        tex = tex.replace(k, rep[k].replace("\\", "\\\\") if False else rep[k])
    tex = tex.replace("&KEY", "&" + KEY)
    src = os.path.join(BUILD, f"{KEY}-coedat.tex")
    open(src, "w", encoding="utf-8").write(tex)
    pdflatex(src, f"{KEY}-coedat.pdflatex.pdf")
    dump(f"{KEY}-coedat.pdflatex.pdf", KEY)
    board = f"""kariyer-ilan.example   İş İlanları   Firmalar   Maaşlar   Giriş Yap   Üye Ol
Ana Sayfa / İş İlanları / Ankara / Eğitim

{T}
Centre of Excellence Defence Against Terrorism (COE-DAT)Ankara (Çankaya)Güncellendi: 3 gün önce
Tam Zamanlı · Ofiste · Uzman Yardımcısı · İngilizce
Başvur      Kaydet

İlan Detayları
Çalışma Şekli: Tam Zamanlı
Pozisyon Seviyesi: Uzman Yardımcısı
Departman: Eğitim
Son başvuru tarihi: 17.07.2040
Maaş: 94.750 TL brüt / ay

Vacancy reference: {KEY}
Post title: {T}
Organisation: {ORG}
Duty station: {LOC}
Working hours: {SCH}
Security clearance: NATO SECRET
Closing date: 17 July 2040, 17:00 (local time)

1. The Centre
{INTRO}

2. Duties
{items(DUTIES, '► ')}

3. Essential Requirements
{items(ESS, '► ')}

4. Desirable Requirements
{items(DES, '► ')}

5. Competencies
{comps(COMP, ': ', '► ')}

6. Conditions and Application
{COND}

Bu ilana 212 kişi başvurdu · İlan No: 4127730
Benzer İlanlar
Eğitim Koordinatörü – Ankara – Son başvuru: 10.07.2040
Etkinlik Asistanı (İngilizce) – Ankara – 70.000 – 85.000 TL
İdari Asistan – Çankaya – Son başvuru: 31.07.2040

KVKK Aydınlatma Metni · Çerez Politikası"""
    write(f"{KEY}-kariyer.txt", board, KEY)
