from common import *

REF = "UNEP/AEWA/IC/2042/05"
KEY = "unep-aewa-ic-2042-05"
TITLE = "Consultant – Flyway Site Network Assessment Guidance"
ORG = "Secretariat of the Agreement on the Conservation of African-Eurasian Migratory Waterbirds"
LOC = "Home-based"
FEE = "USD 415"
BACKG = ("The Agreement on the Conservation of African-Eurasian Migratory Waterbirds (AEWA) is an intergovernmental treaty "
         "administered by the United Nations Environment Programme, with its Secretariat in Bonn, Germany. Parties have asked "
         "the Secretariat to prepare practical guidance on assessing the adequacy of national networks of sites important for "
         "migratory waterbirds.")
TASKS = [
    "Review national reports and existing site inventories of at least twenty Parties and summarise gaps in coverage.",
    "Draft an outline of the guidance for comment by the Technical Committee working group.",
    "Prepare the full draft guidance with worked examples from three flyways.",
    "Revise the draft following comments and prepare a four-page summary for decision-makers.",
]
ESS = [
    "Advanced university degree in ecology, conservation biology, natural resource management or a related field.",
    "At least eight years of experience in waterbird conservation, site management or wetland policy.",
    "Proven experience in drafting technical guidance for governments or intergovernmental bodies.",
    "Excellent drafting skills in English.",
]
DES = [
    "Knowledge of the AEWA Action Plan and of the Critical Site Network tool.",
    "Working knowledge of French.",
]

def tex_escape(s):
    return s.replace("&", "\\&").replace("%", "\\%").replace("_", "\\_").replace("#", "\\#")

def build():
    items = lambda L: "\n".join("\\item " + tex_escape(x) for x in L)
    tex = r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[margin=2.2cm]{geometry}
\usepackage{array}\hyphenpenalty=10000\exhyphenpenalty=10000\pagestyle{plain}
\begin{document}\raggedright
\noindent\textbf{UNEP/AEWA Secretariat}\hfill Bonn, 10 April 2042\par\medskip
\begin{center}{\Large\textbf{TERMS OF REFERENCE}}\\[2pt]Individual consultancy\end{center}
\noindent\begin{tabular}{|p{4.2cm}|p{11cm}|}\hline
Reference & """ + REF + r""" \\\hline
Title of assignment & """ + TITLE + r""" \\\hline
Hiring office & """ + ORG + r""" (UNEP/AEWA) \\\hline
Duty station & """ + LOC + r""", with one mission to Bonn in October 2042 \\\hline
Duration & 55 working days between June and November 2042 \\\hline
Remuneration & Daily fee of """ + FEE + r""" per working day \\\hline
Date of issue & 10 April 2042 \\\hline
Deadline for applications & 21 May 2042 \\\hline
\end{tabular}
\section*{1. Background}
""" + tex_escape(BACKG) + r"""
\section*{2. Objective}
The consultant will prepare guidance that national focal points can use to assess whether their site networks meet the obligations of the Agreement.
\section*{3. Tasks}
\begin{enumerate}
""" + items(TASKS) + r"""
\end{enumerate}
\section*{4. Deliverables and payment schedule}
\begin{tabular}{|p{8cm}|p{3cm}|p{2.5cm}|}\hline
Deliverable & Due & Payment \\\hline
Gap summary and outline & 15 July 2042 & 30\% \\\hline
Full draft guidance & 30 September 2042 & 40\% \\\hline
Final guidance and summary & 20 November 2042 & 30\% \\\hline
\end{tabular}
\section*{5. Qualifications}
\textbf{Required}
\begin{itemize}
""" + items(ESS) + r"""
\end{itemize}
\textbf{Desirable}
\begin{itemize}
""" + items(DES) + r"""
\end{itemize}
\section*{6. How to apply}
Send a CV, a cover letter and a sample of guidance written by you, quoting the reference, to the Secretariat's recruitment address. Interviews will be held remotely in the week of 2 June 2042. Payment is made against satisfactory deliverables; no other fee or allowance is paid except the travel costs of the Bonn mission.
\end{document}
"""
    latex(tex, KEY + "-tor.pdflatex.pdf", KEY)
    dig = f"""From: waterbird-network-l-request@lists.example
To: waterbird-network-l@lists.example
Subject: Waterbird-Network-L Digest, Vol 212, Issue 9
Date: Tue, 22 Apr 2042 06:00:04 +0200

Send Waterbird-Network-L mailing list submissions to
	waterbird-network-l@lists.example

Today's Topics:

   1. Consultancy: flyway site network guidance (AEWA) (Secretariat)
   2. Re: Spring count dates for the Wadden Sea (H. Janssen)
   3. Ringing workshop photos (K. Mensah)

----------------------------------------------------------------------

Message: 1
Date: Mon, 21 Apr 2042 15:42:10 +0200
From: "AEWA Secretariat" <aewa.secretariat@unep.example>
Subject: [Waterbird-Network-L] Consultancy: flyway site network guidance (AEWA)

Dear colleagues,

Please circulate the consultancy below among qualified experts.

  Reference:        {REF}
  Title:            {TITLE}
  Hiring office:    {ORG}
  Duty station:     {LOC} (one mission to Bonn)
  Duration:         55 working days, June to November 2042
  Fee:              {FEE} per working day
  Closing date:     21 May 2042

{BACKG}

Tasks:
""" + "\n".join("  %d) %s" % (i + 1, t) for i, t in enumerate(TASKS)) + """

Required:
""" + "\n".join("  o " + e for e in ESS) + """

Desirable:
""" + "\n".join("  o " + e for e in DES) + """

Deliverables are due on 15 July, 30 September and 20 November 2042.
Interviews: week of 2 June 2042.

Best regards,
AEWA Secretariat

------------------------------

Message: 2
Date: Mon, 21 Apr 2042 18:03:55 +0200
From: H. Janssen
Subject: Re: Spring count dates for the Wadden Sea

The coordinated count is on 10 May; please send your sector forms by 31 May.

------------------------------

End of Waterbird-Network-L Digest, Vol 212, Issue 9
****************************************************
"""
    w(KEY + "-listserv-digest.txt", dig, KEY)
    expected(KEY, reference=REF, languages=["en"], title=TITLE, organisation=ORG, location=LOC,
             deadline="2042-05-21", salary=sal(415, "USD", "day"),
             requirements={"en": {"essential": ESS, "desirable": DES}}, competencies={"en": []})
