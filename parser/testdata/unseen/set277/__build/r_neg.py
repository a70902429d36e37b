# -*- coding: utf-8 -*-
"""Six non-notices (3 EN, 3 FR): docx (LibreOffice), HTML (WeasyPrint), tex (pdfTeX).
python-docx part needs /usr/bin/python3."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

# ------------------------------------------------------------------ LibreOffice (docx)
def docx_negs():
    from docx import Document
    from docx.shared import Pt
    sys.path.insert(0, HERE)
    from r_docx import base, heading, bullets, label_table, shade
    from docx.shared import RGBColor, Mm

    doc = base()
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Dunmoor Housing Association\tInformation governance\tReference: IG/POL/14"
    p = doc.add_paragraph(); x = p.add_run("Clear Desk and Clear Screen Policy"); x.bold = True; x.font.size = Pt(16)
    label_table(doc, [("Reference", "IG/POL/14"), ("Owner", "Head of Information Governance"),
                      ("Applies to", "All staff, whatever their position, grade or work location"),
                      ("Approved", "Executive Team, 3 October 2040"), ("Next review", "October 2042")], fill="EDEDED")
    heading(doc, "1. Purpose")
    doc.add_paragraph("Tenants trust us with their rent accounts, repair histories and support plans. This policy "
                      "sets out how papers and screens are protected when a desk or device is left unattended.")
    heading(doc, "2. Requirements")
    bullets(doc, ["Lock your screen (Windows key + L) every time you leave your desk.",
                  "At the end of the day, put papers with personal data in a locked drawer or cabinet.",
                  "Collect printing straight away; uncollected print jobs are deleted after 24 hours.",
                  "Never leave salary slips, tenancy files or passwords on a desk or whiteboard."])
    heading(doc, "3. Hot desks and schedule of checks")
    doc.add_paragraph("In shared offices, desks must be cleared completely before 6 pm. The facilities team checks "
                      "each location on a monthly schedule and reports findings to managers, not to HR.")
    heading(doc, "4. Deadline for team self-assessments")
    doc.add_paragraph("Each team leader returns the short self-assessment form by 30 November 2040.")
    doc.add_paragraph("This policy is not a job advertisement and does not create or offer any post. Questions "
                      "go to information.governance@dunmoor.example.")
    doc.save(os.path.join(SRC, "neg-clear-desk.docx"))

    doc = base()
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Syndicat mixte du Haut-Vernier\tNote d'information\tRéférence : DST/NI/2040-11"
    p = doc.add_paragraph(); x = p.add_run("Travaux de remplacement des ascenseurs du siège"); x.bold = True; x.font.size = Pt(16)
    doc.add_paragraph("Référence : DST/NI/2040-11 – Direction des services techniques – 2 octobre 2040")
    heading(doc, "Objet")
    doc.add_paragraph("Les deux ascenseurs du bâtiment administratif, installés en 1998, seront remplacés à partir "
                      "du lundi 12 novembre 2040. Pendant toute la durée du chantier, un seul appareil restera en "
                      "service. Cette note s'adresse à tous les agents, quels que soient leur grade, leur poste ou "
                      "leur lieu de travail habituel.")
    heading(doc, "Calendrier")
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["Phase", "Lieu", "Dates"]):
        t.rows[0].cells[i].text = h; shade(t.rows[0].cells[i], "DDDDDD")
    for row in [("Ascenseur A (côté parking)", "Aile nord", "12/11 au 21/12/2040"),
                ("Ascenseur B (hall d'accueil)", "Aile sud", "07/01 au 15/02/2041")]:
        c = t.add_row().cells
        for i, v in enumerate(row): c[i].text = v
    heading(doc, "Conditions exigées pendant le chantier")
    bullets(doc, ["respecter le balisage et ne pas entrer dans la zone des travaux ;",
                  "réserver l'ascenseur restant aux personnes à mobilité réduite et aux livraisons ;",
                  "signaler toute difficulté d'accès au poste de travail à son responsable."])
    heading(doc, "Horaires et date limite")
    doc.add_paragraph("Les travaux bruyants auront lieu entre 7 h 30 et 9 h. Les agents qui ont besoin d'un bureau "
                      "au rez-de-chaussée pendant le chantier le demandent avant la date limite du 31 octobre 2040. "
                      "Ces travaux n'ont aucune incidence sur le salaire, les horaires de travail ou les congés.")
    doc.add_paragraph("La présente note ne constitue pas une offre d'emploi et ne crée aucun poste.")
    doc.save(os.path.join(SRC, "neg-ascenseurs.docx"))


# ------------------------------------------------------------------ WeasyPrint (HTML)
CSS = """@page { size: A4; margin: 18mm 18mm 20mm; @bottom-right { content: "Page " counter(page); font-size: 8pt; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; } h1 { font-size: 15pt; color: #234; }
h2 { font-size: 11pt; color: #234; border-bottom: 1px solid #99a; } table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #99a; padding: 3px 5px; text-align: left; } th { background: #e4e8ef; }"""

HYBRID = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hybrid meeting room etiquette</title>
<style>{CSS}</style></head><body>
<p>Pellworth Marine Laboratory · Facilities and IT · Reference: FAC/GUI/31</p>
<h1>Hybrid Meeting Room Etiquette Guide</h1>
<p>Reference: FAC/GUI/31 · Issued 1 October 2040 · Location: Harbour Building and Quay Annexe</p>
<h2>Why this guide</h2>
<p>Most of our meetings now mix people in the room with colleagues on ships, at field stations or at home.
This guide sets simple rules so that everyone can take part, whatever their position or grade.</p>
<h2>Rooms and equipment</h2>
<table><tr><th>Room</th><th>Location</th><th>Capacity</th><th>Equipment</th></tr>
<tr><td>Kittiwake</td><td>Harbour Building, 1st floor</td><td>12</td><td>Ceiling microphones, two screens</td></tr>
<tr><td>Gannet</td><td>Quay Annexe</td><td>6</td><td>Speaker bar, camera</td></tr></table>
<h2>Requirements for every meeting</h2>
<ul><li>Book the room and the video link together in the calendar.</li>
<li>Start the call five minutes early and check the sound with one remote participant.</li>
<li>Speak one at a time and name the remote colleagues when asking for views.</li>
<li>Share documents on screen rather than on paper.</li></ul>
<h2>Schedule and deadline</h2>
<p>Training sessions on the new room equipment run every Tuesday in November. Teams should send their
preferred date by the deadline of 16 November 2040. Meetings about salary reviews or personal cases must
not take place in the glass-walled Gannet room.</p>
<p>This guide is not a vacancy notice and offers no position. Contact: facilities@pellworth.example.</p>
</body></html>"""

BIODECHETS = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Consignes de tri des biodéchets</title>
<style>{CSS}</style></head><body>
<p>Centre hospitalier de Montbazan · Direction des achats et de la logistique · Référence : DAL/CS/2040-07</p>
<h1>Consignes de tri des biodéchets au restaurant du personnel</h1>
<p>Référence : DAL/CS/2040-07 · Lieu : restaurant du personnel, bâtiment C, rez-de-chaussée · Date d'effet : 5 novembre 2040</p>
<h2>Pourquoi trier</h2>
<p>Depuis la généralisation du tri à la source, les restes de repas ne doivent plus partir avec les ordures
ménagères. Ils sont collectés deux fois par semaine et compostés sur une plateforme agricole voisine.</p>
<h2>Exigences au moment du retour de plateau</h2>
<table><tr><th>Bac</th><th>Ce qui va dedans</th><th>Ce qui n'y va pas</th></tr>
<tr><td>Bac marron</td><td>Restes de repas, pain, marc de café, sachets de thé</td><td>Emballages, serviettes plastifiées</td></tr>
<tr><td>Bac jaune</td><td>Pots de yaourt, bouteilles, canettes</td><td>Restes alimentaires</td></tr>
<tr><td>Bac gris</td><td>Tout le reste</td><td>Verre</td></tr></table>
<h2>Horaires et calendrier</h2>
<p>Le restaurant est ouvert de 11 h 30 à 14 h. Une équipe de la logistique sera présente au retour des
plateaux du 5 au 16 novembre 2040 pour répondre aux questions. Les services qui souhaitent une intervention
de sensibilisation s'inscrivent avant la date limite du 23 novembre 2040.</p>
<p>Le prix du repas et sa retenue sur le bulletin de salaire restent inchangés. Ces consignes concernent tous
les agents, quels que soient leur grade ou leur poste ; elles ne constituent pas une offre d'emploi et aucun
poste n'est à pourvoir.</p>
</body></html>"""

# ------------------------------------------------------------------ pdfTeX
TEXPRE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[margin=24mm]{geometry}\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\begin{document}
"""

SOCIAL = TEXPRE + r"""{\small Coldbeck District Council \hfill Reference: HR/POL/37}\par\medskip
{\Large\bfseries Social Media Policy for Staff}\par
{\small Approved by the Employment Committee on 24 September 2040 \quad Location: all council sites}\par
\section*{1. Scope}
This policy applies to every employee and agency worker, whatever their position, grade or place of work,
when they use social media in a personal or professional capacity.
\section*{2. Requirements}
\begin{enumerate}
\item Only the Communications Team posts on the council's official accounts.
\item Do not share information about residents, planning cases or procurement before it is published.
\item Do not comment on colleagues' pay, salary grades or disciplinary matters online.
\item Make clear that personal views are your own if you mention that you work for the council.
\end{enumerate}
\section*{3. Job adverts}
Staff may share the council's published job adverts from the official careers page, but must not post
their own versions of a vacancy or promise a post to anyone.
\section*{4. Schedule and deadline}
Short online training is available on the learning platform. Managers should confirm that their teams
have completed it by the deadline of 30 November 2040.
\section*{5. Breaches}
Breaches may be dealt with under the disciplinary procedure.

\emph{This policy is not a recruitment notice and does not advertise any post.}
\end{document}
"""

PARAPHEUR = TEXPRE + r"""{\small Mairie de Saint-Quenel \hfill Référence : DGS/GU/2040-04}\par\medskip
{\Large\bfseries Guide du circuit de validation par parapheur électronique}\par
{\small Direction générale des services -- diffusion : tous services -- lieu : Hôtel de ville et services techniques}\par
\section*{Article 1 -- Objet}
À compter du 2 novembre 2040, les arrêtés, contrats, bons de commande et courriers signés par le maire ou
ses adjoints circulent uniquement dans le parapheur électronique. Le papier n'est plus accepté.
\section*{Article 2 -- Conditions exigées}
Chaque document déposé doit être au format PDF, porter une référence et indiquer le service émetteur.
Les actes relatifs au personnel (recrutement, grade, poste, salaire) suivent le même circuit mais ne sont
visibles que par le service des ressources humaines.
\section*{Article 3 -- Circuit et horaires}
\begin{tabular}{ll}
Dépôt par le service & avant 11 h \\
Visa du directeur général des services & dans la journée \\
Signature de l'élu & sous 48 heures \\
\end{tabular}
\section*{Article 4 -- Formation et date limite}
Les agents concernés s'inscrivent à une session de formation d'une heure avant la date limite du
16 novembre 2040.

\emph{Le présent guide ne constitue pas une offre d'emploi et ne crée aucun poste.}
\end{document}
"""


def write_sources():
    os.makedirs(SRC, exist_ok=True)
    for n, s in (("neg-hybrid.html", HYBRID), ("neg-biodechets.html", BIODECHETS),
                 ("neg-social.tex", SOCIAL), ("neg-parapheur.tex", PARAPHEUR)):
        with open(os.path.join(SRC, n), "w", encoding="utf-8") as f:
            f.write(s)


if __name__ == "__main__":
    write_sources()
    if "--docx" in sys.argv:
        docx_negs()
