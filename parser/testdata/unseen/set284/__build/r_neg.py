# Non-notices: 3 EN, 3 FR; one per tool and language (LibreOffice, WeasyPrint, pdfTeX).
import os
from docx import Document
from docx.shared import Pt
from r_tex import PRE

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
os.makedirs(SRC, exist_ok=True)

NEG = {
    "en_lo": "records-retention-schedule-hollinbrook-district-council.en",
    "en_wp": "business-continuity-plan-summary-fernhallow-housing-association.en",
    "en_tex": "freedom-of-information-publication-scheme-carrack-sound-harbour-board.en",
    "fr_lo": "rapport-d-orientations-budgetaires-2042-communaute-de-communes-du-haut-sornin.fr",
    "fr_wp": "charte-d-impression-et-quotas-centre-hospitalier-de-montferrier-sur-ance.fr",
    "fr_tex": "convention-de-mise-a-disposition-de-locaux-mairie-de-saint-jory-des-bois.fr",
}


def docx_doc(stem, title, blocks, table=None):
    d = Document()
    d.styles["Normal"].font.name = "Liberation Sans"; d.styles["Normal"].font.size = Pt(10)
    d.add_heading(title, level=1)
    for kind, txt in blocks:
        if kind == "h":
            d.add_heading(txt, level=2)
        elif kind == "b":
            d.add_paragraph(txt, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=0, cols=len(table[0])); t.style = "Table Grid"
            for r in table:
                cs = t.add_row().cells
                for i, v in enumerate(r): cs[i].text = v
        else:
            d.add_paragraph(txt)
    d.save(os.path.join(SRC, stem + ".docx"))


def en_lo():
    docx_doc(NEG["en_lo"], "Hollinbrook District Council – Records Retention Schedule (HR and Finance)", [
        ("p", "Reference: IG/RRS/04 · Version 3.1 · Owner: Information Governance Officer · Location of master copy: Council intranet"),
        ("p", "This schedule sets how long the Council keeps personnel and finance records and what happens to them at the end of "
              "that period. It applies to every service, whatever the position, grade or work location of the member of staff "
              "who holds the record. It is not a job vacancy and does not advertise any post."),
        ("h", "Requirements"),
        ("b", "Records must be kept for the period in the table below, then destroyed securely or transferred to the archive."),
        ("b", "Salary and pension records are kept for the periods set by HM Revenue & Customs and the pension scheme."),
        ("b", "Recruitment files of unsuccessful applicants are destroyed six months after the closing date of the post."),
        ("h", "Schedule"),
        ("t", ""),
        ("p", "Deadline for the annual review of each service's records: 30 June 2041. Questions go to the Information "
              "Governance Officer, Council Offices, Market Street, Hollinbrook."),
    ], table=[["Record", "Retention period", "Action"],
              ["Personnel file (leavers)", "6 years after leaving", "Destroy"],
              ["Payroll and salary records", "6 years after end of tax year", "Destroy"],
              ["Job descriptions and grading decisions", "Permanent", "Archive"],
              ["Unsuccessful application forms", "6 months", "Destroy"]])


def fr_lo():
    docx_doc(NEG["fr_lo"], "Communauté de communes du Haut-Sornin – Rapport d'orientations budgétaires 2042 (extrait)", [
        ("p", "Référence : FIN/ROB/2042 · Présenté au conseil communautaire du 12 juin 2041 · Lieu : salle du conseil, Sornay"),
        ("p", "Ce rapport prépare le débat d'orientations budgétaires. Il ne constitue pas une offre d'emploi et ne crée aucun "
              "poste : les créations d'emplois font l'objet de délibérations distinctes."),
        ("h", "Structure des effectifs et dépenses de personnel"),
        ("p", "Au 1er janvier 2041, la communauté emploie 86 agents (71 titulaires, 15 contractuels). La masse salariale, "
              "traitements et salaires, primes et charges compris, atteint 3,9 millions d'euros. L'évolution tient compte du "
              "glissement vieillesse technicité, des avancements de grade et de la revalorisation du point."),
        ("t", ""),
        ("h", "Exigences et calendrier"),
        ("b", "Les services transmettent leurs propositions au plus tard à la date limite du 27 juin 2041."),
        ("b", "Les horaires d'ouverture des équipements ne sont pas modifiés en 2042."),
        ("p", "Le budget primitif sera voté en décembre 2041."),
    ], table=[["Poste de dépense", "2040", "2041", "2042 (prévision)"],
              ["Rémunérations", "2 610 000 €", "2 690 000 €", "2 760 000 €"],
              ["Charges sociales", "1 080 000 €", "1 120 000 €", "1 150 000 €"],
              ["Formation", "38 000 €", "41 000 €", "44 000 €"]])


CSS = """@page { size: A4; margin: 18mm; } body { font-family: "DejaVu Sans", sans-serif; font-size: 9.6pt; }
h1 { font-size: 14pt; color: #2b4a6f; } h2 { font-size: 11pt; color: #2b4a6f; margin-top: 10px; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999; padding: 3px 5px; text-align: left; }"""


def html_doc(stem, lang, body):
    open(os.path.join(SRC, stem + ".html"), "w", encoding="utf-8").write(
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{body}</body></html>')


def en_wp():
    html_doc(NEG["en_wp"], "en", """<h1>Fernhallow Housing Association – Business Continuity Plan: Summary for Staff</h1>
<p><b>Reference:</b> BCP/SUM/2041 · <b>Location:</b> Head office, 14 Quarry Lane, Fernhallow · <b>Review date:</b> May 2041</p>
<p>This summary tells staff what to do if an office, the IT systems or a key supplier becomes unavailable. It is not a
vacancy notice and offers no position; it applies to every post and grade.</p>
<h2>Requirements for all staff</h2>
<ul><li>Keep your contact details up to date in the HR system.</li>
<li>Know your alternative work location and how to log in from home.</li>
<li>Follow the instructions of the incident manager on duty.</li></ul>
<h2>Critical activities and recovery schedule</h2>
<table><tr><th>Activity</th><th>Maximum interruption</th><th>Fallback</th></tr>
<tr><td>Emergency repairs line</td><td>4 hours</td><td>Calls diverted to out-of-hours contractor</td></tr>
<tr><td>Rent collection</td><td>3 days</td><td>Manual receipts at Fernhallow library</td></tr>
<tr><td>Payroll and salary payments</td><td>2 days</td><td>Payroll bureau runs last month's file</td></tr></table>
<h2>Exercises</h2>
<p>Each team leader must complete the desk-top exercise before the deadline of 20 June 2041 and return the
checklist to the Governance Manager. Staff pay, hours and contracts are not affected by this plan.</p>""")


def fr_wp():
    html_doc(NEG["fr_wp"], "fr", """<h1>Centre hospitalier de Montferrier-sur-Ance – Charte d'impression et quotas</h1>
<p><b>Référence :</b> DSI/CH/2041-02 · <b>Lieu :</b> tous les sites de l'établissement · <b>Entrée en vigueur :</b> 1er juillet 2041</p>
<p>Cette charte fixe les règles d'usage des imprimantes et des copieurs. Elle concerne tous les agents, quel que soit
leur grade, leur poste ou leur service. Elle ne constitue pas une offre d'emploi et ne crée aucun poste.</p>
<h2>Exigences</h2>
<ul><li>Impression recto verso et en noir et blanc par défaut.</li>
<li>Récupération des documents par badge sur le copieur de l'étage.</li>
<li>Aucune impression de documents personnels, y compris les bulletins de salaire, hors du poste de travail sécurisé.</li></ul>
<h2>Quotas mensuels</h2>
<table><tr><th>Profil</th><th>Quota</th><th>Horaires de maintenance</th></tr>
<tr><td>Services de soins</td><td>600 pages</td><td>mardi 7 h – 8 h</td></tr>
<tr><td>Services administratifs</td><td>900 pages</td><td>jeudi 7 h – 8 h</td></tr>
<tr><td>Direction et secrétariats médicaux</td><td>1 500 pages</td><td>jeudi 7 h – 8 h</td></tr></table>
<h2>Demandes de dérogation</h2>
<p>Les demandes de quota supplémentaire sont adressées à la DSI avant la date limite du 15 juin 2041 pour le
second semestre.</p>""")


def en_tex():
    src = PRE + r"""\begin{document}
\section*{Carrack Sound Harbour Board -- Freedom of Information Publication Scheme}
\textbf{Reference:} GOV/FOI/02 \quad \textbf{Location:} Harbour Office, Quay Street, Carrack \quad \textbf{Adopted:} 2 May 2041

This scheme lists the information the Board publishes routinely and how to obtain it. It is not a job
advertisement and offers no post; it covers information held about every position and grade.

\subsection*{Classes of information}
\begin{itemize}
\item Who we are: Board members, senior staff and the organisation chart.
\item What we spend: accounts, contracts over \pounds 5,000 and senior salary bands.
\item Our policies: harbour byelaws, pilotage directions, recruitment and pay policy.
\item Our decisions: minutes of Board meetings and the schedule of dues.
\end{itemize}

\subsection*{Requirements for requests}
Requests for information not listed must be made in writing and name the information wanted. We answer
within 20 working days. Personal data, such as an individual's salary or performance records, is not released.

\subsection*{Charges and schedule}
Most documents are free on the website. Printed copies cost 10p a page. The schedule of dues for 2042 will be
published after the consultation deadline of 26 June 2041.
\end{document}
"""
    open(os.path.join(SRC, NEG["en_tex"] + ".tex"), "w", encoding="utf-8").write(src)


def fr_tex():
    src = PRE + r"""\begin{document}
\section*{Mairie de Saint-Jory-des-Bois -- Convention de mise à disposition de locaux}
\textbf{Référence :} ADM/CONV/2041-09 \quad \textbf{Lieu :} salle des Tilleuls, 3 place de l'Église

Entre la commune de Saint-Jory-des-Bois, représentée par son maire, et l'association « Les Ateliers du Bourg »,
représentée par sa présidente. La présente convention ne constitue pas une offre d'emploi : aucun poste n'est
créé et aucun agent communal n'est mis à disposition.

\subsection*{Article 1 -- Objet}
La commune met à disposition de l'association la salle des Tilleuls pour ses activités de couture et de
poterie.

\subsection*{Article 2 -- Horaires}
Le mardi et le jeudi de 14 h à 18 h, hors vacances scolaires, et un samedi par mois.

\subsection*{Article 3 -- Conditions exigées}
\begin{itemize}
\item attestation d'assurance responsabilité civile à jour ;
\item remise des clés au secrétariat de mairie après chaque séance ;
\item respect de la capacité maximale de 30 personnes.
\end{itemize}

\subsection*{Article 4 -- Contrepartie}
La mise à disposition est consentie à titre gratuit ; les frais de chauffage sont forfaitisés à 240 € par an.
Les bénévoles ne perçoivent aucun salaire de la commune.

\subsection*{Article 5 -- Durée}
Un an à compter du 1er septembre 2041. La demande de renouvellement est à déposer avant la date limite
du 30 juin 2042.
\end{document}
"""
    open(os.path.join(SRC, NEG["fr_tex"] + ".tex"), "w", encoding="utf-8").write(src)


if __name__ == "__main__":
    en_lo(); fr_lo(); en_wp(); fr_wp(); en_tex(); fr_tex()
