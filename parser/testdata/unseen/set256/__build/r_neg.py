# Non-notices: 3 EN, 3 FR; one per tool and language (LibreOffice, WeasyPrint, pdfTeX)
import os
from docx import Document
from docx.shared import Pt
from data import HERE
from r_tex import T

SRC = os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)


def docx(stem, title, blocks):
    d = Document(); d.styles["Normal"].font.name = "Liberation Sans"; d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading(title, level=1)
    for kind, x in blocks:
        if kind == "h": d.add_heading(x, level=2)
        elif kind == "p": d.add_paragraph(x)
        elif kind == "ul":
            for i in x: d.add_paragraph(i, style="List Bullet")
        elif kind == "t":
            t = d.add_table(rows=0, cols=len(x[0])); t.style = "Table Grid"
            for row in x:
                cells = t.add_row().cells
                for c, v in zip(cells, row): c.paragraphs[0].add_run(v)
    p = os.path.join(SRC, stem + ".docx"); d.save(p); return p


def html(stem, title, body, color):
    s = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title><style>
@page {{ size: A4; margin: 20mm; @bottom-right {{ content: counter(page) " / " counter(pages); font: 8pt sans-serif; }} }}
body {{ font: 10pt/1.45 "DejaVu Sans", sans-serif; }} h1 {{ color: {color}; font-size: 15pt; }} h2 {{ color: {color}; font-size: 11pt; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: .5pt solid #999; padding: 3px 5px; text-align: left; }}
th {{ background: #eee; }}</style></head><body><h1>{title}</h1>{body}</body></html>"""
    p = os.path.join(SRC, stem + ".html"); open(p, "w", encoding="utf-8").write(s); return p


def tex(stem, title, body, lang="english"):
    s = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[margin=22mm]{geometry}
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
\begin{document}
{\Large\bfseries """ + T(title) + r"""\par}\medskip
""" + body + r"""
\end{document}
"""
    p = os.path.join(SRC, stem + ".tex"); open(p, "w", encoding="utf-8").write(s); return p


def build():
    out = {}
    # EN LibreOffice
    out["annual-leave-carry-over-procedure-castlemere-foods.en"] = ("libreoffice", docx(
        "annual-leave-carry-over-procedure-castlemere-foods.en", "Annual leave carry-over procedure 2038/39",
        [("p", "Reference: HR/PROC/014 · Castlemere Foods Ltd · Issued to all staff, whatever their position, grade or location."),
         ("h", "Purpose"),
         ("p", "This procedure explains how unused annual leave from the 2038 leave year may be carried over into 2039. "
               "It does not change your salary, your contract or your working schedule, and it is not a recruitment notice: "
               "no post is offered here."),
         ("h", "Requirements"),
         ("ul", ["Up to five days may be carried over without approval.",
                 "Requests for more than five days need a manager's written approval and a reason (sickness, family leave or business need).",
                 "Part-time staff carry over a pro-rata amount based on their weekly hours."]),
         ("h", "Deadline"),
         ("p", "Requests must be entered in the HR portal by 15 February 2039. Carried-over days must be taken by 30 June 2039; "
               "days not taken by then are lost and are not paid as salary, except where the law requires it."),
         ("t", [["Site", "HR contact", "Portal closes"], ["Leeds bakery", "hr.leeds@castlemere.example", "15/02/2039"],
                ["Wakefield depot", "hr.wakefield@castlemere.example", "15/02/2039"]]),
         ("p", "Questions? Ask your line manager or the HR Service Centre (extension 4410).")]))
    # FR LibreOffice
    out["calendrier-jours-de-pont-2039-mairie-de-villebrune-sur-cher.fr"] = ("libreoffice", docx(
        "calendrier-jours-de-pont-2039-mairie-de-villebrune-sur-cher.fr", "Calendrier des jours de pont 2039",
        [("p", "Référence : DRH/NS/2039-02 — Mairie de Villebrune-sur-Cher. Note de service destinée à l'ensemble des agents, "
               "quel que soit leur grade, leur poste ou leur lieu d'affectation."),
         ("h", "Objet"),
         ("p", "Après avis du comité social territorial, l'autorité territoriale fixe les jours de fermeture des services "
               "(« ponts ») pour l'année 2039. Ces journées sont décomptées des congés annuels ou des RTT. La présente note "
               "ne constitue pas une offre d'emploi et ne modifie ni les salaires ni les horaires de travail."),
         ("t", [["Date", "Services fermés", "Décompte"], ["Vendredi 27 mai 2039", "Tous, sauf état civil", "1 jour de RTT"],
                ["Lundi 15 août 2039 (férié)", "—", "—"], ["Vendredi 11 novembre 2039 (férié)", "—", "—"],
                ["Lundi 26 décembre 2039", "Tous, sauf police municipale", "1 jour de congé"]]),
         ("h", "Exigences de service"),
         ("p", "Une permanence reste assurée à l'accueil, à la police municipale et aux services techniques (astreinte)."),
         ("h", "Date limite"),
         ("p", "Les agents qui souhaitent travailler l'un de ces jours le signalent à leur chef de service avant le "
               "28 février 2039 ; la demande est soumise à l'accord de la direction générale des services.")]))
    # EN WeasyPrint
    out["fire-warden-appointments-rota-whitmoor-housing-cooperative.en"] = ("weasyprint", html(
        "fire-warden-appointments-rota-whitmoor-housing-cooperative.en", "Fire warden appointments and rota – 2039",
        """<p><b>Reference:</b> H&amp;S/FW/2039 · <b>Whitmoor Housing Cooperative</b> · Approved by the Health and Safety Committee, 24 January 2039</p>
<p>This list names the staff appointed as fire wardens for each office location and the weekly rota for the first quarter.
Wardens are volunteers from any position or grade; the role carries no change of salary, but an honorarium of £150 a year
is paid with the March payroll. This document is not a job advertisement and no post is vacant.</p>
<h2>Schedule of cover</h2>
<table><tr><th>Location</th><th>Floor</th><th>Lead warden</th><th>Deputy</th><th>Days</th></tr>
<tr><td>Head office, Mill Lane</td><td>Ground</td><td>R. Okafor</td><td>S. Lindqvist</td><td>Mon–Wed</td></tr>
<tr><td>Head office, Mill Lane</td><td>First</td><td>J. Patel</td><td>M. Corrigan</td><td>Thu–Fri</td></tr>
<tr><td>Repairs depot, Canal Street</td><td>Yard</td><td>D. Hughes</td><td>A. Nowak</td><td>Mon–Fri</td></tr></table>
<h2>Requirements</h2>
<ul><li>Complete the half-day fire warden course before 1 March 2039.</li><li>Carry out the monthly walk-round and record it in the log book.</li>
<li>Wear the yellow tabard during drills and alarms.</li></ul>
<h2>Deadline for swaps</h2>
<p>Swaps for February must be agreed with the Facilities Officer by 11 February 2039. Training dates: 8 and 22 February 2039, Meeting Room 2.</p>""",
        "#b03a2e"))
    # FR WeasyPrint
    out["reglement-boite-a-idees-cooperative-laitiere-du-haut-bocage.fr"] = ("weasyprint", html(
        "reglement-boite-a-idees-cooperative-laitiere-du-haut-bocage.fr", "Règlement de la boîte à idées 2039",
        """<p><b>Référence :</b> QSE/IDEES/2039 — <b>Coopérative laitière du Haut-Bocage</b>, site de Saint-Hilaire et centre de collecte</p>
<h2>Article 1 – Objet</h2><p>La boîte à idées permet à chaque salarié, quel que soit son poste, sa catégorie ou son lieu de travail,
de proposer une amélioration en matière de sécurité, de qualité ou d'environnement. Elle ne constitue pas une offre d'emploi
et n'ouvre droit à aucune évolution de salaire ou de grade.</p>
<h2>Article 2 – Conditions exigées</h2><ul><li>Idée décrite sur le formulaire papier ou dans l'intranet ;</li>
<li>proposition concrète, chiffrée si possible ;</li><li>une seule idée par formulaire.</li></ul>
<h2>Article 3 – Calendrier</h2>
<table><tr><th>Étape</th><th>Date</th></tr><tr><td>Dépôt des idées (date limite)</td><td>25 février 2039</td></tr>
<tr><td>Comité d'examen</td><td>16 mars 2039</td></tr><tr><td>Remise des prix</td><td>7 avril 2039</td></tr></table>
<h2>Article 4 – Récompenses</h2><p>Les trois meilleures idées reçoivent un chèque cadeau de 300 €, 200 € et 100 €. Les idées retenues
sont mises en œuvre par le service concerné selon ses horaires et son budget.</p>""",
        "#2e7d32"))
    # EN pdfTeX
    out["career-break-scheme-ashbourne-vale-borough-council.en"] = ("pdflatex", tex(
        "career-break-scheme-ashbourne-vale-borough-council.en", "Career Break Scheme -- Guidance for Employees", r"""
\textbf{Reference:} HR/GUI/031 \quad \textbf{Ashbourne Vale Borough Council} \quad Revised January 2039

\textbf{1. What the scheme is.} A career break is unpaid leave of between three months and two years, for study, caring,
travel or volunteering. It is open to employees with two years' service, whatever their position, grade or location.
This guidance is not a vacancy notice and offers no post.

\textbf{2. Requirements.} You must have a satisfactory attendance record, no live disciplinary warning, and your manager
must confirm that the service can cover your work.

\textbf{3. Pay and pension.} No salary is paid during the break. Pension contributions stop, but you may buy back the
period through an additional contribution. Your annual leave schedule is recalculated on return.

\textbf{4. Returning.} The Council will try to place you in the same job; if that is not possible, you will be offered a
post of the same grade at a suitable location.

\textbf{5. Deadline.} Applications for breaks starting in the 2039/40 financial year must reach Human Resources by
28 February 2039. Decisions are sent within 20 working days.
"""))
    # FR pdfTeX
    out["note-forfait-jours-cadres-rivalier-ingenierie.fr"] = ("pdflatex", tex(
        "note-forfait-jours-cadres-rivalier-ingenierie.fr", "Note d'information -- convention de forfait annuel en jours", r"""
\textbf{Référence :} DRH/NI/2039-04 \quad \textbf{Société Rivalier Ingénierie} \quad Siège : Tours

\textbf{Objet.} La présente note rappelle aux cadres autonomes les règles du forfait annuel de 214 jours prévu par
l'accord d'entreprise du 3 octobre 2037. Elle s'adresse aux salariés déjà en poste ; elle ne constitue pas une offre
d'emploi et ne modifie ni le salaire, ni la classification, ni le lieu de travail.

\textbf{Décompte.} Les jours travaillés sont déclarés chaque mois dans le logiciel de temps. Il n'y a pas d'horaires
imposés, mais le repos quotidien de 11 heures et le repos hebdomadaire de 35 heures sont exigés.

\textbf{Entretien annuel.} Chaque cadre au forfait bénéficie d'un entretien portant sur sa charge de travail,
l'articulation entre vie professionnelle et vie personnelle et sa rémunération.

\textbf{Rachat de jours.} Le salarié qui renonce à des jours de repos perçoit une majoration de 10 \% du salaire
journalier. La demande, signée par le responsable, doit parvenir à la DRH avant la date limite du 21 février 2039.

\textbf{Contact.} Service paie, poste 2207, ou paie@rivalier.example.
""", "french"))
    return out


if __name__ == "__main__":
    build()
