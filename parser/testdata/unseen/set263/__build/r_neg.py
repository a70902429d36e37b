# -*- coding: utf-8 -*-
"""Six documents that are not notices: sources for WeasyPrint (html), pdfTeX (tex) and LibreOffice (docx, run
with /usr/bin/python3 r_neg.py docx)."""
import os, sys, html
B = os.path.dirname(os.path.abspath(__file__)); SRC = os.path.join(B, "src")
e = html.escape

TOIL = ("time-off-in-lieu-toil-policy-ketterwick-borough-council.en", "Ketterwick Borough Council", "Time Off in Lieu (TOIL) Policy", [
 ("p", "Reference: HR/POL/022 · Version 4 · Approved by the Staff Committee on 3 July 2039"),
 ("h", "1. Purpose and scope"),
 ("p", "This policy explains how employees who work extra hours at the request of their manager may take the time back instead of being paid overtime. It applies to every employee up to and including grade 8, whatever their position, service or work location. It does not create or advertise any post and is not a job advertisement."),
 ("h", "2. Requirements"),
 ("l", ["Extra hours must be agreed in advance by the line manager.", "TOIL is recorded in the time-recording system within five working days.", "No more than 22.5 hours of TOIL may be held at any time."]),
 ("h", "3. Taking TOIL"),
 ("p", "TOIL is taken at a time agreed with the manager and must fit the team's working schedule. Hours not taken by the end of the leave year are lost unless the Head of Service approves a carry-over. TOIL is never paid as salary, except on leaving the Council."),
 ("t", [("Service", "TOIL balance deadline"), ("Waste and street cleansing", "30 September 2039"), ("Libraries", "30 September 2039"), ("All other services", "31 October 2039")]),
 ("h", "4. Questions"),
 ("p", "Contact the HR Advice Team, Civic Offices, Market Street, Ketterwick, or hr.advice@ketterwick.example. This policy will be reviewed in July 2041."),
])

KEYS = ("key-holder-alarm-call-out-procedure-saltmarsh-lane-leisure-trust.en", "Saltmarsh Lane Leisure Trust", "Key-holder and Alarm Call-out Procedure", [
 ("p", "Reference: OPS/PROC/07 · Issued 1 August 2039 · Owner: Facilities Manager"),
 ("h", "Who this applies to"),
 ("p", "This procedure is for the staff who hold keys and alarm codes for our three leisure centres. It sets out who responds when an intruder or fire alarm goes off out of hours. It is not a vacancy and no position, grade or salary is offered here; key-holders are existing duty managers who volunteer for the rota."),
 ("h", "Locations and schedule"),
 ("t", [("Location", "Call-out schedule"), ("Saltmarsh Lane Pool", "Mon–Thu, 22:00–06:30"), ("Dunholme Sports Hall", "Fri–Sun, 22:00–07:30"), ("Riverside Fitness Studio", "Bank holidays, all day")]),
 ("h", "Requirements for key-holders"),
 ("l", ["Live within 20 minutes' drive of the centre you cover.", "Carry the call-out phone and answer within ten minutes.", "Never enter a building alone if signs of a break-in are seen."]),
 ("h", "Payment"),
 ("p", "A call-out payment of £35 per attendance is added to the next month's salary. Mileage is paid at the standard rate."),
 ("h", "Deadline for rota changes"),
 ("p", "Swap requests for the autumn rota must reach the Facilities Manager by 16 September 2039. The rota is published on the staff intranet the following week."),
])

BOARD = ("intranet-noticeboard-posting-rules-harnwood-library-service.en", "Harnwood Library Service", "Rules for the Staff Intranet Noticeboard", [
 ("p", "Reference: COMMS/RUL/03 · In force from 1 September 2039"),
 ("h", "1. What the noticeboard is for"),
 ("p", "The intranet noticeboard lets colleagues share news, lost property, lift shares, sports results and items for sale. It is not the place for job vacancies: posts, grades, salaries and closing dates are published only by Human Resources on the Vacancies page, and any such message on the noticeboard will be removed."),
 ("h", "2. Requirements for every posting"),
 ("l", ["Give a clear title and the library location it concerns.", "Sign with your name and team; anonymous posts are removed.", "Keep it short: no more than 150 words and one picture.", "Set an end date; postings expire after 30 days at the latest."]),
 ("h", "3. Schedule of moderation"),
 ("p", "The Communications Officer checks new postings on weekdays at 10:00 and 15:00. Postings made after 15:00 on Friday appear on Monday."),
 ("h", "4. Seasonal deadline"),
 ("p", "Messages for the Christmas edition of the noticeboard digest must be posted by 9 December 2039. This document does not offer any post and is not a vacancy notice."),
])

SOBR = ("plan-de-sobriete-energetique-2039-communaute-de-communes-du-val-de-brezon.fr", "Communauté de communes du Val de Brézon", "Plan de sobriété énergétique 2039-2040", [
 ("p", "Référence : DGS/NS/2039-17 · Note de service du 25 août 2039"),
 ("h", "1. Objet"),
 ("p", "La présente note fixe les mesures d'économie d'énergie applicables dans tous les bâtiments communautaires à compter du 1er octobre 2039. Elle concerne tous les agents, quels que soient leur grade, leur poste ou leur lieu de travail. Elle ne constitue pas une offre d'emploi et ne crée aucun poste."),
 ("h", "2. Exigences"),
 ("l", ["Température de 19 °C dans les bureaux et de 16 °C dans les ateliers ;", "Extinction des écrans et des imprimantes chaque soir ;", "Fermeture des portes des locaux chauffés."]),
 ("h", "3. Horaires et lieux"),
 ("t", [("Lieu", "Horaires d'ouverture au public"), ("Siège, Brézon", "8 h 30 – 17 h 00"), ("Médiathèque", "10 h 00 – 18 h 00 (fermée le lundi)"), ("Piscine intercommunale", "fermeture technique du 2 au 13 janvier 2040")]),
 ("h", "4. Télétravail"),
 ("p", "Les agents qui le souhaitent peuvent demander un jour de télétravail supplémentaire pendant l'hiver ; cette mesure n'a aucun effet sur le salaire ni sur le régime indemnitaire."),
 ("h", "5. Date limite"),
 ("p", "Les demandes sont à adresser au service des ressources humaines avant la date limite du 20 septembre 2039."),
])

DESS = ("reglement-concours-dessins-enfants-du-personnel-mutuelle-agricole-de-pierrefeuille.fr", "Mutuelle agricole de Pierrefeuille", "Règlement du concours de dessins des enfants du personnel", [
 ("p", "Référence : CSE/CULT/2039-05 · Comité social et économique"),
 ("h", "Article 1 – Organisation"),
 ("p", "Le comité social et économique organise un concours de dessins sur le thème « La ferme de demain », ouvert aux enfants de 4 à 14 ans des salariés, quel que soit le poste ou l'agence de leur parent. Ce règlement ne constitue pas une offre d'emploi et aucun poste n'est à pourvoir."),
 ("h", "Article 2 – Conditions de participation"),
 ("l", ["un seul dessin par enfant, au format A4 ou A3 ;", "le nom, l'âge de l'enfant et le lieu de travail du parent au dos ;", "aucune technique imposée (crayons, peinture, collage)."]),
 ("h", "Article 3 – Calendrier"),
 ("t", [("Étape", "Date"), ("Date limite de dépôt", "30 septembre 2039"), ("Réunion du jury", "7 octobre 2039"), ("Remise des prix au siège", "18 octobre 2039, 16 h")]),
 ("h", "Article 4 – Prix"),
 ("p", "Trois prix par catégorie d'âge : un bon d'achat de 60 €, de 40 € et de 25 €. Les prix sont offerts par le comité et ne sont pas versés avec le salaire."),
 ("h", "Article 5 – Exposition"),
 ("p", "Les dessins seront exposés dans le hall du siège aux horaires d'ouverture habituels, puis rendus aux familles."),
])

MAL = ("procedure-declaration-arret-maladie-centre-hospitalier-de-saint-oradour.fr", "Centre hospitalier de Saint-Oradour", "Procédure de déclaration d'un arrêt maladie", [
 ("p", "Référence : DRH/PROC/2039-03 · Mise à jour du 4 juillet 2039"),
 ("h", "1. Champ d'application"),
 ("p", "Cette procédure s'applique à tous les agents titulaires et contractuels, quels que soient leur grade, leur poste et leur service. Elle rappelle les démarches en cas d'arrêt de travail pour maladie. Elle ne constitue pas un avis de vacance."),
 ("h", "2. Exigences et délais"),
 ("l", ["prévenir le cadre de service avant la prise de poste ;", "transmettre l'avis d'arrêt de travail dans un délai de 48 heures ;", "respecter les heures de sortie autorisées indiquées par le médecin."]),
 ("h", "3. Rémunération"),
 ("p", "Le traitement ou le salaire est maintenu selon les règles statutaires. Un jour de carence s'applique, sauf exceptions prévues par les textes."),
 ("t", [("Situation", "Interlocuteur"), ("Arrêt initial", "Bureau de la gestion du temps, bâtiment A"), ("Prolongation", "Même interlocuteur, même délai"), ("Reprise après 30 jours", "Service de santé au travail")]),
 ("h", "4. Date limite de mise à jour"),
 ("p", "Chaque agent vérifie ses coordonnées dans le logiciel de gestion des horaires avant la date limite du 29 septembre 2039."),
])

def to_html(doc):
    stem, org, title, blocks = doc
    out = []
    for k, v in blocks:
        if k == "p": out.append(f"<p>{e(v)}</p>")
        elif k == "h": out.append(f"<h2>{e(v)}</h2>")
        elif k == "l": out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in v) + "</ul>")
        elif k == "t": out.append("<table>" + "".join(f"<tr><{'th' if i==0 else 'td'}>{e(a)}</{'th' if i==0 else 'td'}><{'th' if i==0 else 'td'}>{e(b)}</{'th' if i==0 else 'td'}></tr>" for i, (a, b) in enumerate(v)) + "</table>")
    lang = stem.rsplit(".", 1)[1]
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{e(title)}</title><style>
@page {{ size: A4; margin: 20mm; @bottom-center {{ content: "{e(org)} · " counter(page); font-size: 8pt; color: #777; }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }} .org {{ color: #2d6a4f; font-weight: bold; letter-spacing: .1em; }}
h1 {{ font-size: 16pt; margin: 2mm 0 4mm; }} h2 {{ font-size: 11pt; color: #2d6a4f; margin: 5mm 0 1mm; }}
table {{ border-collapse: collapse; margin: 2mm 0; }} th, td {{ border: 1px solid #999; padding: 1mm 3mm; text-align: left; }}
th {{ background: #e4efe9; }}</style></head><body><div class=org>{e(org.upper())}</div><h1>{e(title)}</h1>{''.join(out)}</body></html>"""

def tx(s):
    for a, b in [("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_"), ("–", "--"), ("°", r"\textdegree{}"),
                 ("«", r"\guillemotleft{}"), ("»", r"\guillemotright{}"), ("£", r"\pounds{}")]:
        s = s.replace(a, b)
    return s

def to_tex(doc):
    stem, org, title, blocks = doc
    out = []
    for k, v in blocks:
        if k == "p": out.append(tx(v) + "\n")
        elif k == "h": out.append(r"\subsection*{" + tx(v) + "}")
        elif k == "l": out.append(r"\begin{itemize}" + "".join(r"\item " + tx(x) for x in v) + r"\end{itemize}")
        elif k == "t": out.append(r"\begin{tabular}{|l|l|}\hline " + r" \\ \hline ".join(
            (r"\textbf{%s} & \textbf{%s}" % (tx(a), tx(b))) if i == 0 else "%s & %s" % (tx(a), tx(b)) for i, (a, b) in enumerate(v)) + r" \\ \hline\end{tabular}" + "\n")
    return (r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{textcomp}\usepackage[margin=25mm]{geometry}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy \setlength{\parindent}{0pt}\setlength{\parskip}{5pt}\pagestyle{plain}
\begin{document}
{\large\bfseries """ + tx(org) + r"""\par}\vspace{2mm}{\LARGE """ + tx(title) + r"""\par}\vspace{4mm}
""" + "\n".join(out) + "\n\\end{document}\n")

def to_docx(doc):
    from docx import Document
    from docx.shared import Pt
    stem, org, title, blocks = doc
    d = Document(); d.styles["Normal"].font.name = "Liberation Sans"; d.styles["Normal"].font.size = Pt(10.5)
    p = d.add_paragraph(); r = p.add_run(org); r.bold = True
    d.add_heading(title, level=1)
    for k, v in blocks:
        if k == "p": d.add_paragraph(v)
        elif k == "h": d.add_heading(v, level=2)
        elif k == "l":
            for x in v: d.add_paragraph(x, style="List Bullet")
        elif k == "t":
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for i, (a, b) in enumerate(v):
                c = t.add_row().cells; c[0].text = a; c[1].text = b
                if i == 0:
                    for cc in c: cc.paragraphs[0].runs[0].bold = True
    d.save(os.path.join(SRC, stem + ".docx"))

WEASY = [KEYS, SOBR]; TEX = [BOARD, DESS]; LO = [TOIL, MAL]

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "docx":
        for x in LO: to_docx(x)
    else:
        for x in WEASY: open(os.path.join(SRC, x[0] + ".html"), "w", encoding="utf-8").write(to_html(x))
        for x in TEX: open(os.path.join(SRC, x[0] + ".tex"), "w", encoding="utf-8").write(to_tex(x))
    print("neg sources written")
