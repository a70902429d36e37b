"""Six non-notices (3 EN, 3 FR), each as a PDF: WeasyPrint, LibreOffice (python-docx;
run with Debian's /usr/bin/python3) and pdfTeX. Invented employers only."""
import os
import shutil
import subprocess

from data import ROOT, HERE

SRC = os.path.join(HERE, "src")

SHUTDOWN = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Winter shutdown 2036</title>
<style>@page{size:A4;margin:18mm} body{font-family:'Liberation Sans',sans-serif;font-size:10pt}
h1{font-size:16pt;color:#234} table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:3px 5px;text-align:left}
th{background:#e6ecf0}</style></head><body>
<h1>Brackwater Foods Ltd – Winter Shutdown 2036: Skeleton Rota</h1>
<p><b>Reference:</b> OPS/SHUT/2036-12 &nbsp; <b>Site:</b> Brackwater Road bakery, Location code BW-01 &nbsp; <b>Issued:</b> 20 October 2036</p>
<p>The bakery will close for production from 24 December 2036 to 2 January 2037. A small skeleton crew drawn from existing staff
keeps the site safe during the shutdown. This notice does not advertise any position and no recruitment is taking place;
it tells current employees who is on the rota and what they need to do.</p>
<h2>Schedule</h2>
<table><tr><th>Position on rota</th><th>Location</th><th>Dates</th><th>Shift</th></tr>
<tr><td>Engineering cover</td><td>Boiler house</td><td>27–28 December</td><td>07:00–15:00</td></tr>
<tr><td>Security and fire checks</td><td>Gatehouse</td><td>24 December – 2 January</td><td>Days and nights</td></tr>
<tr><td>Cold-store monitoring</td><td>Despatch</td><td>29–31 December</td><td>08:00–12:00</td></tr></table>
<h2>Requirements for rota staff</h2>
<ul><li>Current site induction and fire warden training.</li><li>Mobile phone switched on during the shift.</li><li>Sign in and out at the gatehouse.</li></ul>
<h2>Pay</h2>
<p>Rota shifts are paid at the overtime rate of time and a half of your basic salary, with a fixed £45 call-out payment. No change
is made to your grade or contract.</p>
<p><b>Deadline:</b> swap requests must reach your shift manager by 27 November 2036. Annual leave for the rest of the shutdown
is booked automatically.</p></body></html>
"""

INDEX = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Index égalité 2036</title>
<style>@page{size:A4;margin:18mm} body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt}
h1{font-size:15pt;color:#5a2a6e} table{border-collapse:collapse;width:100%} td,th{border:1px solid #aaa;padding:3px 5px}
th{background:#efe6f3;text-align:left}</style></head><body>
<h1>Index de l'égalité professionnelle femmes-hommes – résultats 2036</h1>
<p><b>Entreprise :</b> Garancières Logistique SAS · <b>Référence :</b> RH/IEP/2036 · <b>Lieu :</b> plateforme de Garancières-en-Beauce (28)
· <b>Effectif :</b> 412 salariés</p>
<p>Conformément au Code du travail, l'entreprise publie chaque année la note obtenue à l'index de l'égalité professionnelle.
Ce document n'est pas une offre d'emploi : il ne décrit aucun poste à pourvoir et n'appelle aucune candidature.</p>
<table><tr><th>Indicateur</th><th>Résultat</th><th>Points</th></tr>
<tr><td>Écart de rémunération (salaire de base et primes) par catégorie de postes</td><td>3,1 %</td><td>36 / 40</td></tr>
<tr><td>Écart de taux d'augmentations individuelles</td><td>1,2 point</td><td>35 / 35</td></tr>
<tr><td>Salariées augmentées au retour de congé maternité</td><td>100 %</td><td>15 / 15</td></tr>
<tr><td>Femmes parmi les dix plus hautes rémunérations</td><td>3</td><td>5 / 10</td></tr>
<tr><th>Note globale</th><th></th><th>91 / 100</th></tr></table>
<h2>Mesures de correction</h2>
<p>Les exigences légales étant atteintes, aucune mesure de rattrapage n'est requise. Le comité social et économique suivra
les écarts par catégorie (cariste, préparateur, chef d'équipe, cadre) lors de la négociation annuelle.</p>
<p><b>Date limite de publication :</b> la note est mise en ligne au plus tard le 1er mars 2037 et transmise à l'inspection du travail.
Contact : rh@garancieres-logistique.example.</p></body></html>
"""

SURVEY = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[utf8]{inputenc}\usepackage[margin=25mm]{geometry}
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
\begin{document}
{\Large\bfseries Vellacott District Council -- Staff Survey 2036: Summary of Results}\par
Reference: HR/SURV/2036 \quad Location: all Council sites \quad Response rate: 71\%\par
\section*{Purpose}
This summary reports what 388 employees told us in the annual staff survey held in September 2036. It is not a
job advertisement and does not create or offer any position.
\section*{Headline results}
\begin{tabular}{lr}
I understand the requirements of my role & 86\% \\
My salary is fair for the work I do & 48\% \\
My working schedule suits my needs & 74\% \\
I see a future for myself in this organisation & 61\% \\
\end{tabular}
\section*{What staff asked for}
\begin{itemize}
\item Clearer routes from one grade to the next, with the essential and desirable criteria for each step published.
\item More notice of rota changes at the depot and the leisure centre.
\item Better induction for colleagues moving to a new location.
\end{itemize}
\section*{Next steps}
Each service will discuss its results in team meetings. Managers must return a short action plan by the deadline
of 30 October 2036. A follow-up pulse survey will run in March 2037.
\end{document}
"""

MEDAILLE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage[utf8]{inputenc}\usepackage[margin=24mm]{geometry}
\setlength{\parindent}{0pt}\setlength{\parskip}{6pt}
\begin{document}
{\Large\bfseries Valbreuse Transports -- Campagne 2037 de la médaille d'honneur du travail}\par
Référence : DRH/MHT/2036-04 \quad Note au personnel du 2 octobre 2036\par
\section*{Objet}
La médaille d'honneur du travail récompense l'ancienneté des salariés. Cette note explique comment constituer
un dossier pour la promotion du 1er janvier 2037. Elle ne concerne aucun recrutement ni aucun poste vacant.
\section*{Conditions d'ancienneté}
\begin{itemize}
\item argent : 20 années de services, tous employeurs confondus ;
\item vermeil : 30 années ; or : 35 années ; grand or : 40 années.
\end{itemize}
\section*{Pièces exigées}
\begin{itemize}
\item le formulaire de demande, indiquant les emplois occupés et leur lieu ;
\item les certificats de travail ou bulletins de salaire de chaque employeur ;
\item une copie de la pièce d'identité.
\end{itemize}
\section*{Calendrier}
Les dossiers sont remis au service du personnel, dépôt de Valbreuse, au plus tard à la date limite du 15 novembre 2036.
L'entreprise verse une gratification de 150 € pour la médaille d'argent, quel que soit le poste ou la catégorie du
salarié. La remise des diplômes aura lieu lors de la cérémonie des vœux.
\end{document}
"""


def docx_jury():
    from docx import Document
    from docx.shared import Pt
    d = Document(); st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    p = d.add_paragraph(); r = p.add_run("Drumlinn Housing Association"); r.bold = True; r.font.size = Pt(15)
    d.add_paragraph("HR Guidance Note: Jury Service and Other Public Duties")
    d.add_paragraph("Reference: HR-GN-14 (revised October 2036)\nApplies to: all employees, whatever their position, grade or location")
    d.add_heading("What this guidance covers", level=2)
    d.add_paragraph("If you are summoned for jury service you must attend, and the Association will support you. This note "
                    "explains how your salary, working schedule and leave are handled. It is not a vacancy notice and does "
                    "not offer any post.")
    d.add_heading("Requirements", level=2)
    for i in ["Tell your line manager within five working days of receiving the summons.",
              "Send a copy of the summons to HR with your employee number.",
              "Return the court's certificate of attendance when your service ends."]:
        d.add_paragraph(i, style="List Bullet")
    d.add_heading("Pay", level=2)
    d.add_paragraph("You will continue to receive your normal salary for up to ten working days. You must claim the court's "
                    "loss-of-earnings allowance (currently up to £64.95 a day) and repay it to the Association through payroll.")
    d.add_heading("Deadline for deferral requests", level=2)
    d.add_paragraph("If your absence would leave a rota uncovered, HR can support a deferral request. Requests must reach HR "
                    "at least ten days before the deadline printed on your summons; for the winter sitting that is 3 November 2036.")
    d.add_paragraph("Contact: hr.advice@drumlinn-ha.example")
    return d


def docx_don():
    from docx import Document
    from docx.shared import Pt
    d = Document(); st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    p = d.add_paragraph(); r = p.add_run("MAIRIE DE SAINT-AURELLE\nDirection des ressources humaines"); r.bold = True
    d.add_paragraph("Note de service n° 2036-19 – Référence : DRH/NS/2036-19\nObjet : don de jours de repos à un agent parent d'un enfant gravement malade")
    d.add_paragraph("La présente note rappelle le dispositif de don de jours de repos entre agents de la collectivité. Elle "
                    "ne crée aucun poste et ne constitue pas un appel à candidatures.")
    d.add_heading("Qui peut donner ?", level=2)
    d.add_paragraph("Tout agent titulaire ou contractuel, quel que soit son grade, son poste ou son lieu d'affectation, peut "
                    "donner des jours de RTT ou de congé annuel au-delà de vingt jours pris dans l'année.")
    d.add_heading("Exigences de forme", level=2)
    for i in ["Formulaire de don signé, précisant le nombre de jours ;",
              "Accord de l'autorité territoriale ;",
              "Don anonyme et sans contrepartie."]:
        d.add_paragraph(i, style="List Bullet")
    d.add_heading("Effets sur la rémunération", level=2)
    d.add_paragraph("L'agent bénéficiaire conserve l'intégralité de son salaire pendant l'absence. Le donneur ne perçoit aucune "
                    "indemnité ; à titre indicatif, un jour de repos représente environ 95 € bruts pour un agent de catégorie C.")
    d.add_heading("Date limite", level=2)
    d.add_paragraph("Pour l'appel en cours, les formulaires sont à déposer au service du personnel, horaires d'ouverture "
                    "du lundi au vendredi, avant la date limite du 30 octobre 2036.")
    return d


def main(which=("weasy", "docx", "tex")):
    os.makedirs(SRC, exist_ok=True)
    out = []
    if "weasy" in which:
        for html, stem in [(SHUTDOWN, "winter-shutdown-skeleton-rota-brackwater-foods.en"),
                           (INDEX, "index-egalite-professionnelle-2036-garancieres-logistique.fr")]:
            h = os.path.join(SRC, stem + ".html"); open(h, "w", encoding="utf-8").write(html)
            subprocess.run(["weasyprint", h, os.path.join(ROOT, stem + ".weasyprint.pdf")], check=True, capture_output=True)
            out.append(stem)
    if "tex" in which:
        d = os.path.join(HERE, "tex_out"); os.makedirs(d, exist_ok=True)
        for tex, stem in [(SURVEY, "staff-survey-results-summary-vellacott-district-council.en"),
                          (MEDAILLE, "campagne-medaille-du-travail-valbreuse-transports.fr")]:
            p = os.path.join(SRC, stem + ".tex"); open(p, "w", encoding="utf-8").write(tex)
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", d, p],
                           check=True, capture_output=True)
            shutil.copy(os.path.join(d, stem + ".pdf"), os.path.join(ROOT, stem + ".pdflatex.pdf"))
            out.append(stem)
    if "docx" in which:
        lo = os.path.join(HERE, "lo_out"); os.makedirs(lo, exist_ok=True)
        for fn, stem in [(docx_jury, "jury-service-leave-guidance-drumlinn-housing-association.en"),
                         (docx_don, "note-don-de-jours-de-repos-mairie-de-saint-aurelle.fr")]:
            p = os.path.join(SRC, stem + ".docx"); fn().save(p)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", lo, p], check=True, capture_output=True)
            shutil.move(os.path.join(lo, stem + ".pdf"), os.path.join(ROOT, stem + ".libreoffice.pdf"))
            out.append(stem)
    print(out)


if __name__ == "__main__":
    import sys
    main(sys.argv[1:] or ("weasy", "docx", "tex"))
