# Non-notices: 3 EN, 3 FR; one per tool and language. Run with /usr/bin/python3 (python-docx).
import os, sys, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from r_docx import Document, base, para, labelled, bullets, facts_table, Pt, Mm
B = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(B); SRC = os.path.join(B, "src")
NAMES = {
 "lo_en": "water-abstraction-licence-variation-haverbrook-mill-farm.en.libreoffice",
 "lo_fr": "convention-de-pret-d-oeuvres-musee-municipal-de-quillon.fr.libreoffice",
 "wp_en": "technical-rider-penwarden-theatre-company-winter-tour.en.weasyprint",
 "wp_fr": "plan-de-viabilite-hivernale-2044-2045-commune-de-malvezin-les-bois.fr.weasyprint",
 "tx_en": "building-regulations-completion-certificate-stallingford-district-council.en.pdflatex",
 "tx_fr": "plan-de-gestion-piscicole-etang-de-la-brulerie.fr.pdflatex",
}

def lo_en():
    doc = Document(); base(doc)
    para(doc, "Environment Regulator – Water Resources", bold=True, size=9)
    para(doc, "Notice of variation of a licence to abstract water", bold=True, size=15)
    facts_table(doc, [("Licence reference", "WR/07/2044/0318"), ("Licence holder", "Haverbrook Mill Farm Partnership"),
        ("Location", "Borehole at Haverbrook Mill, grid ref. SK 412 608"), ("Date of variation", "18 November 2044"),
        ("Expiry", "31 March 2056")], "E8EEF4")
    para(doc, "This notice varies the licence to abstract groundwater for spray irrigation. It is not an offer of employment and creates no post, salary or position; the word \"post\" below refers to the gauge post of the monitoring station.", italic=True)
    para(doc, "Schedule 1 – Quantities", bold=True)
    bullets(doc, ["Maximum 220 cubic metres per day and 18,000 cubic metres per year.", "Abstraction only between 1 April and 30 September."])
    para(doc, "Schedule 2 – Requirements", bold=True)
    bullets(doc, ["Keep a meter reading record each week and submit annual returns by the deadline of 28 April each year.",
        "Stop abstraction when the level at gauge post HM-2 falls below 41.20 m AOD.",
        "Allow our officers access during normal working hours, whatever their grade."])
    para(doc, "Charges: the annual charge of £1,486 is calculated on the licensed quantity and is payable within 30 days of the invoice. You may appeal against this variation within 28 days to the planning inspectorate. Requests for a review must reach us by 16 December 2044.")
    para(doc, "Signed on behalf of the Regulator, Permitting Team Leader")
    doc.save(os.path.join(SRC, "neg_lo_en.docx"))

def lo_fr():
    doc = Document(); base(doc)
    para(doc, "VILLE DE QUILLON – MUSÉE MUNICIPAL", bold=True, size=9)
    para(doc, "Convention de prêt d'œuvres pour exposition temporaire", bold=True, size=15)
    facts_table(doc, [("Référence", "MQ/PRET/2044-12"), ("Prêteur", "Musée municipal de Quillon"),
        ("Emprunteur", "Centre d'art de la Vallée de l'Aure"), ("Lieu d'exposition", "Salle des Tanneurs, Aure-sur-Lys"),
        ("Durée du prêt", "du 15 janvier au 30 avril 2045")], "F1E9DA")
    para(doc, "La présente convention ne constitue pas une offre d'emploi et ne crée aucun poste : elle fixe les conditions du prêt de six œuvres des collections.", italic=True)
    para(doc, "Article 1 – Exigences de conservation", bold=True)
    bullets(doc, ["Température comprise entre 18 et 21 °C et hygrométrie de 50 % (± 5 %).", "Éclairement limité à 50 lux pour les œuvres sur papier.",
                  "Surveillance humaine pendant les horaires d'ouverture et alarme hors horaires."])
    para(doc, "Article 2 – Transport et convoiement", bold=True)
    para(doc, "Le transport est assuré par un transporteur spécialisé. Un agent du musée, quel que soit son grade, accompagne les œuvres ; ses frais sont pris en charge par l'emprunteur, sans incidence sur son salaire ni sa rémunération.")
    para(doc, "Article 3 – Assurance", bold=True)
    para(doc, "Les œuvres sont assurées « clou à clou » pour une valeur totale de 186 500 €. Le certificat d'assurance doit parvenir au prêteur au plus tard le 20 décembre 2044 (date limite).")
    para(doc, "Fait à Quillon, le 21 novembre 2044, en deux exemplaires.")
    doc.save(os.path.join(SRC, "neg_lo_fr.docx"))

CSS = "<style>@page{size:A4;margin:18mm} body{font-family:'Liberation Sans';font-size:10pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #777;padding:3px 5px;text-align:left} h1{font-size:15pt} h2{font-size:11pt;margin-bottom:2px}</style>"

def wp_en():
    return f"""<html><head><meta charset=utf-8>{CSS}</head><body>
<p><b>PENWARDEN THEATRE COMPANY</b> · Winter tour 2044–45 · <i>The Lamplighter's Daughter</i></p>
<h1>Technical rider</h1>
<p>Reference: PTC/TR/2044-W · Version 3 · Issued 2 November 2044</p>
<p><i>This rider sets out what the company needs from each venue. It is a contract schedule, not a job advertisement: it offers no post, salary or position.</i></p>
<h2>Schedule of the day</h2>
<table><tr><th>Time</th><th>Activity</th><th>Venue crew required</th></tr>
<tr><td>09:00</td><td>Get-in and rig</td><td>2 technicians, 1 flyman</td></tr>
<tr><td>13:00</td><td>Focus and plot</td><td>1 lighting technician</td></tr>
<tr><td>16:00</td><td>Sound check</td><td>1 sound technician</td></tr>
<tr><td>22:30</td><td>Get-out</td><td>4 crew</td></tr></table>
<h2>Requirements</h2>
<ul><li>Stage at least 8 m wide and 7 m deep, black masking on both sides.</li>
<li>Control position at the rear of the stalls with a clear view of the stage.</li>
<li>A dressing room for five performers, with showers.</li></ul>
<h2>Fee and deadlines</h2>
<p>The fee of £2,400 per performance, or a box-office split of 70/30, is agreed in the main contract. Venues must return the signed rider and their technical drawings by the deadline of 9 December 2044.</p>
<p>Contact: Company Stage Manager, production@penwarden.example</p></body></html>"""

def wp_fr():
    return f"""<html><head><meta charset=utf-8>{CSS}</head><body>
<p><b>COMMUNE DE MALVÉZIN-LES-BOIS</b> · Services techniques</p>
<h1>Plan de viabilité hivernale 2044-2045</h1>
<p>Référence : ST/PVH/2044 · Lieu : territoire communal (34 km de voies) · Approuvé par le conseil municipal le 14 novembre 2044</p>
<p><i>Ce document organise le déneigement et le salage des voies communales. Il ne constitue pas une offre d'emploi et ne crée aucun poste.</i></p>
<h2>Niveaux de service</h2>
<table><tr><th>Niveau</th><th>Voies concernées</th><th>Horaires d'intervention</th></tr>
<tr><td>N1</td><td>Route de la gare, accès à l'école et à la maison de santé</td><td>de 4 h 30 à 21 h</td></tr>
<tr><td>N2</td><td>Voies de desserte des hameaux</td><td>de 6 h à 19 h</td></tr>
<tr><td>N3</td><td>Chemins ruraux</td><td>après traitement des niveaux 1 et 2</td></tr></table>
<h2>Moyens et astreintes</h2>
<p>Deux agents techniques, quel que soit leur grade, assurent une astreinte hebdomadaire du 1er décembre au 15 mars. L'indemnité d'astreinte est versée selon les textes en vigueur et ne modifie pas le salaire de base. Le poste de commandement est installé aux ateliers municipaux.</p>
<h2>Exigences pour les riverains</h2>
<ul><li>Dégager le trottoir devant chaque habitation ;</li><li>ne pas stationner sur les aires de retournement du chasse-neige.</li></ul>
<p>Les observations sur ce plan peuvent être déposées en mairie jusqu'à la date limite du 16 décembre 2044. Stock de sel : 90 tonnes, soit une dépense de 8 100 €.</p></body></html>"""

TEXPRE = r"""\documentclass[11pt]{article}\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[a4paper,margin=22mm]{geometry}\pagestyle{empty}\begin{document}"""

def tx_en():
    return TEXPRE + r"""
\begin{center}{\large\bfseries STALLINGFORD DISTRICT COUNCIL}\\Building Control Service\\[4mm]
{\LARGE\bfseries Completion Certificate}\\[2mm] Building Regulations 2010, regulation 17\end{center}
\noindent Reference: BC/FP/44/1187 \hfill Location: 12 Orchard Rise, Stallingford\\
Date of certificate: 25 November 2044

\medskip\noindent This certificate is evidence, but not conclusive evidence, that the requirements of the Building Regulations have been met. It is not a job advertisement and offers no post, position or salary.

\section*{Description of work}
Single-storey rear extension with a new kitchen, replacement of the first-floor windows and a new post-and-beam porch.

\section*{Requirements inspected}
\begin{enumerate}
\item Part A (structure): steel beam and padstones, engineer's calculations ref. 4471.
\item Part B (fire safety): smoke alarms on each floor, grade D1 system.
\item Part L (conservation of fuel and power): U-values of walls and roof.
\item Part P (electrical safety): installation certificate received on 18 November 2044.
\end{enumerate}
\section*{Schedule of inspections}
Foundations 3 June 2044; drainage 11 June 2044; pre-plaster 2 September 2044; completion 21 November 2044.

\section*{Fees}
The inspection fee of \pounds 612 has been paid. Any appeal against a condition must reach the Council before the deadline of 23 December 2044.

\bigskip\noindent Signed: Principal Building Control Surveyor, for the Council.
\end{document}"""

def tx_fr():
    return TEXPRE + r"""
\begin{center}{\large\bfseries ASSOCIATION DE PÊCHE ET DE PROTECTION DU MILIEU AQUATIQUE}\\de la Brûlerie\\[4mm]
{\LARGE\bfseries Plan de gestion piscicole}\\[2mm]Étang de la Brûlerie -- période 2045-2049\end{center}
\noindent Référence : APPMA-BR/PG/2044 \hfill Lieu : étang de la Brûlerie (12,4 ha)\\
Adopté par l'assemblée générale le 26 novembre 2044

\medskip\noindent Ce plan fixe les règles d'alevinage et de pêche. Il ne constitue pas une offre d'emploi et ne crée aucun poste.

\section*{1. Objectifs}
Maintenir une population équilibrée de brochets, de sandres et de cyprinidés, et réduire la prolifération de la perche soleil.

\section*{2. Exigences de gestion}
\begin{enumerate}
\item Alevinage annuel limité à 150~kg de gardons et 300 brochetons.
\item Taille minimale de capture du brochet portée à 60~cm.
\item Postes de pêche numérotés de 1 à 24, le poste 7 étant réservé aux personnes à mobilité réduite.
\end{enumerate}
\section*{3. Horaires et calendrier}
Pêche autorisée d'une demi-heure avant le lever du soleil à une demi-heure après son coucher. Vidange de l'étang prévue en novembre 2047.

\section*{4. Financement}
Coût prévisionnel : 14~800~€ sur cinq ans, sans incidence sur le salaire du garde-pêche, quel que soit son grade. Les demandes de subvention doivent être déposées avant la date limite du 15 décembre 2044.
\end{document}"""

def build():
    os.makedirs(SRC, exist_ok=True); lo = os.path.join(B, "lo_out"); tx = os.path.join(B, "tex_out")
    lo_en(); lo_fr()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", lo, os.path.join(SRC, "neg_lo_en.docx"), os.path.join(SRC, "neg_lo_fr.docx")], capture_output=True)
    for k in ("en", "fr"):
        os.replace(os.path.join(lo, f"neg_lo_{k}.pdf"), os.path.join(ROOT, NAMES["lo_" + k] + ".pdf"))
    for k, fn in (("en", wp_en), ("fr", wp_fr)):
        p = os.path.join(SRC, f"neg_wp_{k}.html"); open(p, "w", encoding="utf-8").write(fn())
        subprocess.run(["weasyprint", p, os.path.join(ROOT, NAMES["wp_" + k] + ".pdf")], capture_output=True)
    for k, fn in (("en", tx_en), ("fr", tx_fr)):
        p = os.path.join(SRC, f"neg_tx_{k}.tex"); open(p, "w", encoding="utf-8").write(fn())
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "-output-directory", tx, p], capture_output=True)
        os.replace(os.path.join(tx, f"neg_tx_{k}.pdf"), os.path.join(ROOT, NAMES["tx_" + k] + ".pdf"))

if __name__ == "__main__":
    build()
