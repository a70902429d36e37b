from common import *

KEY = "NCIACAD-VN-39-15"
TITLE = "Learning Management System Administrator"
ORG = "NATO Communications and Information Academy (NCI Academy)"
LOC = "Oeiras, Portugal"
SCH = "Full-time"
GRADE, CLR, POST = "G9", "NATO SECRET", "NCIACAD TRG LMS 0060"

CTX = ("The NATO Communications and Information Academy (NCI Academy) in Oeiras trains NATO and national personnel "
       "in communication and information systems and in cyber defence. Its courses are delivered in classrooms, "
       "in laboratories and, increasingly, online. The Learning Technologies Section runs the Academy's learning "
       "management system (LMS) and the tools that go with it.")
DUTIES = [
    "Administer the Academy's learning management system, including user accounts, roles and course spaces.",
    "Set up online and blended courses with the course directors and check them before each session.",
    "Produce enrolment and completion statistics for the Academy's management.",
    "Provide first-line support to students and instructors.",
    "Apply updates and patches in coordination with the Agency's service providers.",
]
ESS = [
    "A bachelor's degree in information technology, educational technology or a related field;",
    "At least three years of experience in administering a learning management system (Moodle, ILIAS or similar);",
    "Working knowledge of SCORM and of web technologies (HTML, CSS);",
    "Experience in user support and in writing user guides;",
    "English SLP 3333.",
]
DES = [
    "Experience in a military or governmental training environment;",
    "Knowledge of Portuguese;",
    "Basic scripting skills (Python or PowerShell).",
]
COMP = [
    ("Service orientation", "responds to users promptly and politely."),
    ("Problem solving", "analyses faults methodically and documents the solution."),
    ("Cooperation", "works well with instructors, technicians and students of many nations."),
]
E = exp(KEY, ["en"], {"en": TITLE}, {"en": ORG}, {"en": LOC}, {"en": SCH}, "2039-12-21", sal(4126.85, "EUR"), GRADE,
        CLR, {"en": {"essential": ESS, "desirable": DES}}, {"en": comps(COMP)}, post=POST)
FACTS = [("Vacancy Number:", KEY), ("Post Number:", POST), ("Job Title:", TITLE), ("NATO Grade:", GRADE),
         ("Organisation:", ORG), ("Location:", LOC), ("Schedule:", SCH), ("Security Clearance:", CLR),
         ("Basic Monthly Salary:", "4,126.85 EUR (tax free)"),
         ("Closing Date:", "21 December 2039, 23:59 (WET)")]
REM = ("A three-year definite duration contract will be offered. Interviews, including a practical exercise on the "
       "LMS, are planned in Oeiras in the second half of January 2040. Applications must be made through the NATO "
       "talent acquisition platform.")


def texdoc():
    rows = "\n".join(f"\\textbf{{{tex(a)}}} & {tex(b)} \\\\" for a, b in FACTS)
    it = lambda xs: "\\begin{itemize}\n" + "\n".join(f"\\item {tex(x)}" for x in xs) + "\n\\end{itemize}"
    cp = "\n\n".join(f"\\noindent\\textbf{{{tex(n)}:}} {tex(d)}" for n, d in COMP)
    return f"""\\documentclass[a4paper,11pt]{{article}}
\\usepackage[T1]{{fontenc}}
\\usepackage[utf8]{{inputenc}}
\\usepackage{{lmodern}}
\\usepackage[margin=22mm]{{geometry}}
\\usepackage{{fancyhdr}}
\\input{{glyphtounicode}}
\\pdfgentounicode=1
\\hyphenpenalty=10000
\\exhyphenpenalty=10000
\\pagestyle{{fancy}}
\\fancyhf{{}}
\\chead{{NATO UNCLASSIFIED}}
\\cfoot{{NATO UNCLASSIFIED}}
\\rfoot{{NCIACAD/HR/2039/088}}
\\begin{{document}}
\\begin{{flushright}}NATO Communications and Information Academy\\\\ Human Resources\\\\ Oeiras, 16 November 2039\\end{{flushright}}
\\begin{{center}}\\large\\textbf{{VACANCY NOTICE}}\\end{{center}}
\\noindent\\begin{{tabular}}{{@{{}}p{{52mm}}p{{105mm}}}}
{rows}
\\end{{tabular}}
\\section*{{1. Post Context}}
{tex(CTX)}
\\section*{{2. Principal Duties}}
{it(DUTIES)}
\\section*{{3. Essential Qualifications}}
{it(ESS)}
\\section*{{4. Desirable Qualifications}}
{it(DES)}
\\section*{{5. Attributes/Competencies}}
{cp}
\\section*{{6. Remarks}}
{tex(REM)}
\\end{{document}}
"""


def build():
    expected(KEY, E)
    write_build(f"{KEY}-nciacad.tex", texdoc())
    pdflatex_pdf(f"{KEY}-nciacad.tex", f"{KEY}-nciacad", KEY)
    ln = lambda xs: "\n".join(xs)
    out(f"{KEY}-jobboard.txt", f"""
empregos-pt.example   Ofertas   Empresas   Publicar oferta   Entrar
Início » Ofertas » Informática » Oeiras

{TITLE}
NATO · Oeiras · Full-time · Publicado há 4 dias
Candidatar     Guardar oferta

Detalhes da oferta
Referência: {KEY}
Local: {LOC}
Categoria: Informática / Formação
Tipo de contrato: Termo certo (3 anos)
Salário: 4.126,85 EUR / mês
Data limite: 21-12-2039

Descrição
{ln(f"{a} {b}" for a, b in FACTS)}

Post Context
{CTX}

Principal Duties
{ln(DUTIES)}

Essential Qualifications
{ln(ESS)}

Desirable Qualifications
{ln(DES)}

Attributes/Competencies
{ln(f"{n}: {d}" for n, d in COMP)}

Remarks
{REM}

Ofertas semelhantes
Administrador de Sistemas Linux – Lisboa – 2.200 € - 2.800 € – até 15-12-2039
Técnico de E-learning – Porto – 1.600 € - 1.900 € – até 30-11-2039

Sobre nós   Termos e condições   Privacidade
""", KEY)
