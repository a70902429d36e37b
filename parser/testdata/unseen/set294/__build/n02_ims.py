from common import *
import textwrap
KEY = "507452"
POST = "IMS OPD CUO 0040"
TITLE = "Staff Assistant (Operations Watch Coordination)"
ORG = "International Military Staff (IMS)"
LOC = "Brussels, Belgium"
GRADE = "B-4/G-10"
CLR = "NATO SECRET"
DUTIES = [
 "Maintain the watch roster of the Current Operations Branch and coordinate its changes with the Situation Centre.",
 "Compile the daily operations summary from reports of the Strategic Commands and distribute it to the Military Committee staff.",
 "Register incoming operational messages, track the related taskings and remind action officers of their suspense dates.",
 "Prepare briefing packs, maps and slides for the Branch Head and the Director of Operations and Planning.",
 "Keep the Branch's share point and records up to date in line with NATO information management policy.",
]
ESS = [
 "Higher secondary education or equivalent, completed by a qualification in office administration or information management;",
 "At least three years of experience in an operations centre, a watch-keeping cell or a military headquarters staff;",
 "Very good command of Microsoft Office, in particular Outlook, Word and PowerPoint;",
 "Ability to work under pressure and to keep strict confidentiality;",
 "Language proficiency: English SLP 3333 (Listening, Speaking, Reading and Writing).",
]
DES = [
 "Experience with NATO functional services for situational awareness;",
 "Previous service in a multinational headquarters;",
 "French SLP 2222.",
]
COMP = [("Reliability", "delivers accurate products on time, also outside normal working hours."),
        ("Organisation", "plans and tracks many small tasks without losing sight of priorities."),
        ("Discretion", "handles classified and sensitive information with care."),
        ("Cooperation", "works easily with military and civilian colleagues of many nations.")]

def tex_esc(s):
    rep = {'\\': r'\textbackslash{}', '&': r'\&', '%': r'\%', '$': r'\$', '#': r'\#', '_': r'\_', '{': r'\{', '}': r'\}', '~': r'\textasciitilde{}', '^': r'\^{}'}
    return ''.join(rep.get(c, c) for c in s)

def build():
    expected(KEY, post=POST, langs=["en"], title=L(TITLE), org=L(ORG), loc=L(LOC), sched=L(),
             deadline="2042-04-06", salary=sal(5218.47), grade=GRADE, clearance=CLR,
             req={"en": {"essential": ESS, "desirable": DES}, "fr": None}, comps={"en": comp(COMP), "fr": None})
    e = tex_esc
    def items(lst):
        return '\n'.join(r'\item ' + e(x) for x in lst)
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\input{glyphtounicode}
\pdfgentounicode=1
\usepackage[margin=2.3cm,headheight=28pt]{geometry}
\usepackage{fancyhdr}
\usepackage{array}
\hyphenpenalty=10000
\exhyphenpenalty=10000
\sloppy
\pagestyle{fancy}
\fancyhf{}
\fancyhead[C]{\small NATO UNCLASSIFIED}
\fancyfoot[L]{\small IMSM-0291-2042}
\fancyfoot[R]{\small Page \thepage}
\fancyfoot[C]{\small NATO UNCLASSIFIED}
\renewcommand{\headrulewidth}{0pt}
\renewcommand{\labelenumi}{\alph{enumi}.}
\setlength{\parindent}{0pt}
\setlength{\parskip}{5pt}
\begin{document}
\begin{center}
{\large\textbf{NORTH ATLANTIC TREATY ORGANIZATION}}\\
{\large\textbf{ORGANISATION DU TRAIT\'E DE L'ATLANTIQUE NORD}}\\[4pt]
INTERNATIONAL MILITARY STAFF\\
\'ETAT-MAJOR MILITAIRE INTERNATIONAL\\[2pt]
B-1110 BRUSSELS, BELGIUM
\end{center}
\hfill IMSM-0291-2042\\
\mbox{}\hfill 12 March 2042

\begin{center}
\textbf{OPEN TO NATIONALS OF NATO MEMBER STATES ONLY}\\[3pt]
{\large\textbf{STAFF VACANCY """ + KEY + r"""}}
\end{center}

\begin{tabular}{@{}>{\bfseries}p{4.2cm}p{11cm}@{}}
DIVISION: & """ + e(ORG) + r""" \\
 & Operations and Planning Division (O\&P) \\
 & Current Operations Branch (COB) \\
TITLE: & """ + e(TITLE) + r""" \\
GRADE: & """ + GRADE + r""" \\
POST NUMBER: & """ + POST + r""" \\
LOCATION: & """ + LOC + r""" \\
SECURITY CLEARANCE: & """ + CLR + r""" \\
\end{tabular}

\section*{1. Post Context.}
The Operations and Planning Division provides the Military Committee with advice on current operations, missions and activities, and on the military aspects of crisis response. The Current Operations Branch follows NATO operations around the clock and keeps the Chairman of the Military Committee and the national Military Representatives informed. The Staff Assistant supports the Branch's watch coordination and its daily reporting.

\section*{2. Principal Duties.}
The incumbent's duties are:
\begin{enumerate}
""" + items(DUTIES) + r"""
\end{enumerate}

\section*{3. Essential Qualifications.}
\begin{enumerate}
""" + items(ESS) + r"""
\end{enumerate}

\section*{4. Desirable Qualifications.}
\begin{enumerate}
""" + items(DES) + r"""
\end{enumerate}

\section*{5. Attributes/Competencies.}
\begin{enumerate}
""" + '\n'.join(r'\item ' + e(n) + ': ' + e(d) for n, d in COMP) + r"""
\end{enumerate}

\section*{6. Remarks.}
\begin{enumerate}
\item The post is subject to a definite duration contract of three years. The basic monthly salary is 5,218.47 EUR per month, tax free, to which allowances may be added according to the NATO Civilian Personnel Regulations.
\item The incumbent may be required to work shifts, including at weekends, during crises and exercises.
\item Applications, using the NATO application form only, must reach IMS Civilian Human Resources no later than Sunday 6 April 2042 at 23:59 hours (Brussels time). Written tests are planned for the week of 28 April 2042.
\item Applications received after the closing date or not using the application form will not be considered.
\end{enumerate}
\end{document}
"""
    os.makedirs(os.path.join(ROOT, '__build', 'tex'), exist_ok=True)
    open(os.path.join(ROOT, '__build', 'tex', f'{KEY}-ims.tex'), 'w', encoding='utf-8').write(tex)

    def wrap(s, ind):
        return textwrap.fill(s, 76, initial_indent=ind, subsequent_indent=' ' * len(ind), break_on_hyphens=False, break_long_words=False)
    def lett(lst):
        return '\n'.join(wrap(x, f"  {chr(97+i)}. ") for i, x in enumerate(lst))
    mail = f"""Subject: Fwd: IMS staff vacancy {KEY} - {TITLE} - closing 6 April
Date: Fri, 14 Mar 2042 09:12:40 +0100
From: Personnel Cell, Military Representation <personnel.cell@milrep.example>
To: civilian.applicants@mod.example

Colleagues,

Please find below a new IMS vacancy for a Staff Assistant in the Current
Operations Branch. Interested staff should let the Personnel Cell know by
28 March so that we can register national support. The notice is copied
in full below; the PDF is on the shared drive.

Best regards,
Personnel Cell

-------- Forwarded Message --------
Subject: STAFF VACANCY {KEY}
Date: Wed, 12 Mar 2042 16:05:11 +0100
From: IMS Civilian Human Resources <ims.chr@hq.example>
To: Military Representations distribution list

NATO UNCLASSIFIED                                       IMSM-0291-2042

OPEN TO NATIONALS OF NATO MEMBER STATES ONLY
STAFF VACANCY {KEY}

DIVISION:            {ORG}
                     Operations and Planning Division (O&P)
                     Current Operations Branch (COB)
TITLE:               {TITLE}
GRADE:               {GRADE}
POST NUMBER:         {POST}
LOCATION:            {LOC}
SECURITY CLEARANCE:  {CLR}

1. Post Context.
{textwrap.fill("The Operations and Planning Division provides the Military Committee with advice on current operations, missions and activities, and on the military aspects of crisis response. The Current Operations Branch follows NATO operations around the clock and keeps the Chairman of the Military Committee and the national Military Representatives informed. The Staff Assistant supports the Branch's watch coordination and its daily reporting.", 76, break_on_hyphens=False)}

2. Principal Duties.
The incumbent's duties are:
{lett(DUTIES)}

3. Essential Qualifications.
{lett(ESS)}

4. Desirable Qualifications.
{lett(DES)}

5. Attributes/Competencies.
{lett([n + ': ' + d for n, d in COMP])}

6. Remarks.
{lett(["The post is subject to a definite duration contract of three years. The basic monthly salary is 5,218.47 EUR per month, tax free, to which allowances may be added according to the NATO Civilian Personnel Regulations.", "The incumbent may be required to work shifts, including at weekends, during crises and exercises.", "Applications, using the NATO application form only, must reach IMS Civilian Human Resources no later than Sunday 6 April 2042 at 23:59 hours (Brussels time). Written tests are planned for the week of 28 April 2042.", "Applications received after the closing date or not using the application form will not be considered."])}

NATO UNCLASSIFIED
"""
    write(f"{KEY}-thunderbird.txt", mail, KEY)
    register(f"{KEY}-ims.pdflatex.pdf", KEY, 'pdf')
    register(f"{KEY}-ims.pdflatex.pdftotext.txt", KEY, 'txt')
