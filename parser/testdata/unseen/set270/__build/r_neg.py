# Non-notices: 3 EN, 3 FR; one per tool and language. Run with /usr/bin/python3 (python-docx).
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from r_docx import base, para, labelled, shade
from r_tex import t
from docx import Document
from docx.shared import Pt, Cm
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")

def lo_account():
    doc = Document(); base(doc, "Liberation Sans", 10)
    para(doc, "Brackenfold Water Ltd", bold=True, size=14)
    para(doc, "IT Account Security Standard", bold=True, size=12)
    for k, v in [("Reference: ", "IT/STD/09"), ("Owner: ", "Head of Information Security"), ("Location: ", "All sites, including Harlow Moss treatment works"), ("Effective: ", "1 April 2040")]:
        p = doc.add_paragraph(); labelled(p, k, v); p.paragraph_format.space_after = Pt(0)
    doc.add_heading("1. Purpose and scope", level=2)
    para(doc, "This standard sets the rules for passwords, multi-factor authentication and shared accounts. It applies to every employee, contractor and volunteer, whatever their position, grade or location. It does not advertise or create any post and is not a job vacancy.")
    doc.add_heading("2. Requirements", level=2)
    for s in ["Passwords must contain at least 14 characters and must not be reused on other services.",
              "Multi-factor authentication is mandatory for e-mail, payroll and remote access.",
              "Shared operator accounts at treatment works may only be used on the control room schedule agreed with the site manager.",
              "Lost or stolen devices must be reported to the service desk within one hour."]:
        para(doc, s, style="List Bullet")
    doc.add_heading("3. Deadline for enrolment", level=2)
    para(doc, "All staff must enrol a second factor by 30 April 2040. Staff who have not enrolled by the deadline will lose remote access, although their salary, hours and working schedule are not affected.")
    doc.add_heading("4. Contacts", level=2)
    t2 = doc.add_table(rows=1, cols=3); t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Site", "IT contact", "Service desk hours"]): c.paragraphs[0].add_run(h).bold = True
    for r in [("Head office, Brackenfold", "J. Ashworth", "08:00–18:00"), ("Harlow Moss works", "P. Mensah", "07:00–19:00"), ("Field teams", "Service desk", "24 hours")]:
        cells = t2.add_row().cells
        for c, v in zip(cells, r): c.paragraphs[0].add_run(v)
    para(doc, "Review date: April 2041. Questions: infosec@brackenfold-water.example", size=8)
    doc.save(os.path.join(SRC, "it-account-security-standard-brackenfold-water.en.libreoffice.docx"))

def lo_ete():
    doc = Document(); base(doc, "Liberation Sans", 10)
    para(doc, "SYNDICAT DES EAUX DE LA VALLÉE DU LIZON", bold=True, size=13)
    para(doc, "Note de service – Horaires d'été des services 2040", bold=True, size=12)
    for k, v in [("Référence : ", "DG/NS/2040-06"), ("Objet : ", "horaires d'ouverture et de travail du 1er juin au 31 août 2040"), ("Destinataires : ", "l'ensemble des agents, quel que soit leur grade, leur poste ou leur lieu d'affectation")]:
        p = doc.add_paragraph(); labelled(p, k, v); p.paragraph_format.space_after = Pt(0)
    para(doc, "La présente note ne constitue pas une offre d'emploi et ne crée aucun poste. Elle précise l'organisation du travail pendant la période estivale.")
    doc.add_heading("1. Horaires applicables", level=2)
    t2 = doc.add_table(rows=1, cols=3); t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Site", "Accueil du public", "Horaires des équipes"]): c.paragraphs[0].add_run(h).bold = True
    for r in [("Siège, Saint-Lizier-la-Roche", "8 h 30 – 12 h 30", "7 h 30 – 14 h 30"), ("Usine de traitement de Montferrand", "fermé au public", "6 h 00 – 13 h 00"), ("Ateliers réseaux", "sans objet", "6 h 30 – 13 h 30")]:
        cells = t2.add_row().cells
        for c, v in zip(cells, r): c.paragraphs[0].add_run(v)
    doc.add_heading("2. Conditions exigées", level=2)
    para(doc, "Chaque service maintient au moins deux agents présents l'après-midi. Les astreintes restent organisées selon le planning habituel. Le temps de travail hebdomadaire reste de 35 heures : le salaire et le traitement ne sont pas modifiés.")
    doc.add_heading("3. Date limite", level=2)
    para(doc, "Les responsables transmettent leurs plannings d'équipe à la direction générale avant la date limite du 30 avril 2040.")
    para(doc, "Le directeur général des services", italic=True)
    doc.save(os.path.join(SRC, "note-horaires-d-ete-des-services-syndicat-des-eaux-du-lizon.fr.libreoffice.docx"))

CSS = """@page { size: A4; margin: 20mm; } body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.4; }
h1 { font-size: 15pt; color: #234; } h2 { font-size: 11pt; color: #234; margin-top: 12px; }
table { border-collapse: collapse; width: 100%; } td, th { border: .6pt solid #888; padding: 3px 5px; text-align: left; }"""

def wp_dress():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>{CSS}</style></head><body>
<h1>Kestrel Point Leisure Trust – Dress Code Guidance</h1>
<p><b>Reference:</b> HR/GUI/22 &nbsp; <b>Applies to:</b> all centres &nbsp; <b>Issued:</b> March 2040</p>
<p>This guidance explains what staff should wear at work. It applies to every employee and casual worker, whatever their position, grade or location. It is not a job advertisement and offers no position.</p>
<h2>1. Requirements by role</h2>
<table><tr><th>Role group</th><th>Location</th><th>Requirements</th></tr>
<tr><td>Lifeguards</td><td>Pools at Kestrel Point and Brayfield</td><td>Trust red polo shirt, shorts, whistle; no jewellery on poolside</td></tr>
<tr><td>Fitness instructors</td><td>Gyms and studios</td><td>Trust black T-shirt, tracksuit trousers, clean trainers</td></tr>
<tr><td>Reception and café</td><td>All centres</td><td>Trust fleece or shirt, name badge, closed shoes</td></tr></table>
<h2>2. Uniform allowance and salary</h2>
<p>New starters receive two sets of uniform free of charge. Replacement items are issued every twelve months; no deduction is made from salary. Staff on a part-time schedule receive the same number of items.</p>
<h2>3. Religious dress and adjustments</h2>
<p>Managers will agree reasonable adjustments for religious dress, disability or pregnancy. Safety rules on poolside still apply.</p>
<h2>4. Deadline for size orders</h2>
<p>Summer uniform sizes must be sent to the duty manager by 27 April 2040.</p>
<p>Contact: people@kestrelpoint-trust.example</p></body></html>"""

def wp_laicite():
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>{CSS}</style></head><body>
<h1>Mairie de Saint-Aurèle-sur-Loue – Charte de la laïcité et de la neutralité des agents</h1>
<p><b>Référence :</b> DRH/CH/2040-01 &nbsp; <b>Lieu :</b> Hôtel de ville, 2 place de la Halle &nbsp; <b>Adoptée par délibération du</b> 12 mars 2040</p>
<p>La présente charte rappelle les obligations de neutralité des agents publics. Elle s'applique à tous les agents, titulaires ou contractuels, quels que soient leur grade, leur poste ou leur lieu de travail. Elle ne constitue pas une offre d'emploi et ne concerne aucun poste à pourvoir.</p>
<h2>Article 1 – Principes</h2>
<p>Dans l'exercice de ses fonctions, l'agent traite également toutes les personnes et respecte leur liberté de conscience.</p>
<h2>Article 2 – Exigences de neutralité</h2>
<p>Les agents s'abstiennent de manifester leurs convictions religieuses ou politiques pendant leurs horaires de service, y compris lors des permanences du samedi et des astreintes.</p>
<h2>Article 3 – Référent laïcité</h2>
<p>Un référent laïcité est désigné parmi les cadres. Cette mission s'exerce sans contrepartie de salaire ni changement de grade.</p>
<h2>Article 4 – Formation</h2>
<table><tr><th>Session</th><th>Lieu</th><th>Public</th></tr>
<tr><td>Mardi 17 avril 2040</td><td>Salle du conseil</td><td>Encadrants</td></tr>
<tr><td>Jeudi 26 avril 2040</td><td>Médiathèque</td><td>Agents d'accueil</td></tr></table>
<p>Les inscriptions sont reçues par le service des ressources humaines jusqu'à la date limite du 10 avril 2040.</p>
<p>Le maire</p></body></html>"""

def tex_gifts():
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[margin=2.4cm]{geometry}\usepackage{parskip}
\hyphenpenalty=10000 \sloppy \pagestyle{plain}
\begin{document}
{\Large\bfseries Marlow Reach Port Company\par}\medskip
{\large Gifts and Hospitality Register -- Guidance for Staff\par}\medskip
\textbf{Reference:} GOV/GUI/05 \quad \textbf{Location:} Harbour Office, Marlow Reach \quad \textbf{Version:} March 2040

This guidance applies to all employees, whatever their position or grade, and to board members. It is not a recruitment notice and offers no post.

\section*{1. What must be declared}
Any gift or hospitality offered by a shipping line, agent, supplier or contractor with a value above \pounds 25 must be entered in the register, whether it is accepted or refused.

\section*{2. Requirements}
\begin{itemize}
\item Never accept cash, vouchers or anything linked to a current tender.
\item Declare offers within five working days using the online form.
\item Managers review entries for their team on a quarterly schedule.
\end{itemize}

\section*{3. Salary and disciplinary matters}
Gifts must not be treated as part of salary. Failure to declare may lead to disciplinary action under the Code of Conduct.

\section*{4. Deadline for the annual return}
All directors and managers must confirm their annual return by 30 April 2040.

Questions: governance@marlowreach-port.example
\end{document}
"""

def tex_vehicules():
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[margin=2.4cm]{geometry}\usepackage{parskip}
\hyphenpenalty=10000 \sloppy \pagestyle{plain}
\begin{document}
{\Large\bfseries Transports Brévanne\par}\medskip
{\large Charte d'utilisation des véhicules de service\par}\medskip
\textbf{Référence :} DAF/CH/2040-03 \quad \textbf{Siège :} zone d'activités des Grèves, Brévanne \quad \textbf{Mise à jour :} mars 2040

La présente charte s'applique à tous les salariés, quel que soit leur poste ou leur lieu de travail, qui utilisent un véhicule de la société. Elle ne constitue pas une offre d'emploi et ne crée aucun poste.

\section*{1. Conditions exigées}
\begin{itemize}
\item Être titulaire d'un permis de conduire en cours de validité et le présenter chaque année.
\item Réserver le véhicule dans l'outil de planning au moins la veille.
\item Remplir le carnet de bord à chaque trajet (kilométrage, horaires, destination).
\end{itemize}

\section*{2. Usage personnel}
L'usage personnel est interdit, sauf accord écrit du directeur. L'avantage en nature éventuel figure alors sur le bulletin de salaire.

\section*{3. Amendes et sinistres}
Les amendes sont à la charge du conducteur. Tout sinistre est déclaré sous 48 heures au service administratif.

\section*{4. Date limite}
Chaque salarié concerné renvoie la charte signée avant la date limite du 27 avril 2040.

Contact : flotte@transports-brevanne.example
\end{document}
"""

NEG = [("it-account-security-standard-brackenfold-water.en.libreoffice", "lo", lo_account),
       ("note-horaires-d-ete-des-services-syndicat-des-eaux-du-lizon.fr.libreoffice", "lo", lo_ete),
       ("dress-code-guidance-kestrel-point-leisure-trust.en.weasyprint", "wp", wp_dress),
       ("charte-laicite-neutralite-agents-mairie-de-saint-aurele-sur-loue.fr.weasyprint", "wp", wp_laicite),
       ("gifts-and-hospitality-register-guidance-marlow-reach-port-company.en.pdflatex", "tex", tex_gifts),
       ("charte-usage-vehicules-de-service-transports-brevanne.fr.pdflatex", "tex", tex_vehicules)]

if __name__ == "__main__":
    os.makedirs(SRC, exist_ok=True)
    for stem, kind, fn in NEG:
        if kind == "lo": fn()
        elif kind == "wp": open(os.path.join(SRC, stem + ".html"), "w", encoding="utf-8").write(fn())
        else: open(os.path.join(SRC, stem + ".tex"), "w", encoding="utf-8").write(fn())
    print("negatives written")
