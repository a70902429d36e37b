"""Non-notices (run with /usr/bin/python3, which has python-docx): two .docx for LibreOffice,
two HTML for WeasyPrint, two .tex for pdfTeX, all in src/neg/."""
import os
from docx import Document
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "src", "neg")
os.makedirs(OUT, exist_ok=True)

STEMS = {
    "food": "food-hygiene-inspection-report-the-millrace-tearoom-harnleigh-district-council.en",
    "radon": "radon-workplace-measurement-report-brackmoor-county-records-office.en",
    "street": "street-naming-and-numbering-decision-notice-kingfisher-reach-ellerwick-borough-council.en",
    "plage": "arrete-municipal-police-des-plages-et-de-la-baignade-2043-commune-de-saint-petrel-sur-mer.fr",
    "amiante": "rapport-de-reperage-amiante-avant-travaux-college-de-kerbriand-lanvezec.fr",
    "bruit": "arrete-relatif-aux-bruits-de-voisinage-commune-de-montauzet.fr",
}


def docx_doc(title, intro, blocks, table, outro, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(10.5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(14)
    for line in intro:
        doc.add_paragraph(line)
    for head, items, style in blocks:
        p = doc.add_paragraph()
        p.add_run(head).bold = True
        for it in items:
            doc.add_paragraph(it, style=style) if style else doc.add_paragraph(it)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.paragraphs[0].add_run(v).bold = (i == 0)
    for line in outro:
        doc.add_paragraph(line)
    doc.save(path)


def food():
    docx_doc(
        "Harnleigh District Council – Food Hygiene Inspection Report",
        ["Reference: FH/INS/43/0412 · Location: The Millrace Tearoom, 4 Mill Lane, Harnleigh",
         "Food business operator: Millrace Tearoom Ltd · Date of inspection: 10 February 2043 · Inspecting officer: "
         "Environmental Health Officer (post held by the district's senior food officer)",
         "Food hygiene rating awarded: 3 – Generally satisfactory. This report records an inspection under the Food "
         "Safety Act. It is not a job advertisement and does not offer any post, position or salary."],
        [("Summary of findings", [
            "Hygienic food handling: good practice seen; hand-wash basin in the kitchen partly blocked.",
            "Structure and cleaning: flooring behind the cooker damaged; extraction canopy greasy.",
            "Confidence in management: cleaning schedule in place but not signed for three weeks."], None),
         ("Requirements (legal requirements you must meet)", [
            "Keep the kitchen hand-wash basin clear and supplied with soap and paper towels at all times.",
            "Repair the floor covering behind the cooker so that it can be cleaned effectively.",
            "Clean and degrease the extraction canopy and filters.",
            "Make sure every food handler, whatever their grade or position, has hygiene training suited to the work."],
          "List Number"),
         ("Schedule of works and deadlines", [], None)],
        [["Item", "Work required", "Deadline"],
         ["1", "Hand-wash basin cleared and restocked", "Immediately"],
         ["2", "Floor covering repaired", "27 March 2043"],
         ["3", "Canopy and filters cleaned", "27 February 2043"],
         ["4", "Training records available for inspection", "27 March 2043"]],
        ["Opening hours noted at inspection: 09:00 to 17:00, Tuesday to Sunday; four staff on duty.",
         "You may ask for a re-rating visit once the works are done. A fee of £220 applies to re-rating visits; "
         "appeals against the rating must be made within 21 days of notification.",
         "Signed: for the Head of Environmental Health, Harnleigh District Council."],
        os.path.join(OUT, STEMS["food"] + ".docx"))


def plage():
    docx_doc(
        "Commune de Saint-Pétrel-sur-Mer – Arrêté municipal n° 2043-ST-027 portant police des plages et de la baignade",
        ["Référence : ARR/2043/027 · Lieu : plages de la Grève Blanche, du Port et de Kervigen",
         "Le Maire de Saint-Pétrel-sur-Mer, vu le code général des collectivités territoriales, notamment ses articles "
         "relatifs aux pouvoirs de police du maire sur le littoral ; considérant qu'il convient d'assurer la sécurité "
         "des usagers des plages pendant la saison estivale,",
         "ARRÊTE :"],
        [("Article 1 – Zones et horaires de surveillance", [
            "La baignade est surveillée du 1er juillet au 31 août 2043, de 11 h à 19 h, dans les zones balisées devant "
            "les postes de secours de la Grève Blanche et du Port. Les postes de secours sont tenus par les sauveteurs "
            "déjà affectés par le service des sports ; le présent arrêté n'ouvre aucun poste et ne vaut pas offre d'emploi."], None),
         ("Article 2 – Exigences applicables aux usagers", [
            "Respecter les drapeaux et les consignes des sauveteurs.",
            "Tenir les chiens en laisse hors des plages, où ils sont interdits du 15 juin au 15 septembre.",
            "Ne pas utiliser d'engin à moteur dans la bande des 300 mètres, sauf dans les chenaux balisés."], "List Bullet"),
         ("Article 3 – Activités nautiques encadrées", [
            "Les écoles de voile et de kayak déposent leur demande d'autorisation en mairie ; date limite de dépôt : "
            "15 avril 2043. Le tableau ci-dessous rappelle les emplacements."], None)],
        [["Zone", "Usage", "Horaires"],
         ["Grève Blanche nord", "Baignade surveillée", "11 h – 19 h"],
         ["Grève Blanche sud", "Chenal voile et kayak", "9 h – 20 h"],
         ["Port", "Baignade surveillée", "11 h – 19 h"],
         ["Kervigen", "Baignade non surveillée", "—"]],
        ["Article 4 – Les infractions sont punies de l'amende prévue pour les contraventions de 1re classe (38 €), "
         "sans préjudice du salaire ou des indemnités des agents verbalisateurs, qui n'en dépendent pas.",
         "Article 5 – Le présent arrêté est affiché en mairie et à l'entrée de chaque plage. Fait à Saint-Pétrel-sur-Mer, "
         "le 2 mars 2043. Le Maire."],
        os.path.join(OUT, STEMS["plage"] + ".docx"))


CSS = """@page { size: A4; margin: 18mm 18mm 18mm; @bottom-center { content: counter(page); font-size: 8pt; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.6pt; line-height: 1.35; }
h1 { font-size: 14pt; color: #333; } h2 { font-size: 10.5pt; margin: 10px 0 3px; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999; padding: 3px 5px; text-align: left; }
th { background: #eee; } .meta { background: #f4f4f4; padding: 5px 8px; }"""


def radon():
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>{CSS}</style></head><body>
<h1>Workplace Radon Measurement Report</h1>
<p class="meta">Reference: RAD/WP/43/06 · Location: Brackmoor County Records Office, Castle Yard, Brackmoor ·
Report date: 3 February 2043 · Prepared for: the Facilities Manager</p>
<p>This report gives the results of three-month radon measurements in the basement search room and
strongrooms. It is a health and safety record. It is not a vacancy notice and offers no post, position or salary.</p>
<h2>Results</h2>
<table><tr><th>Detector</th><th>Position</th><th>Period</th><th>Average (Bq/m³)</th></tr>
<tr><td>D1</td><td>Search room, reception desk</td><td>Oct–Dec 2042</td><td>240</td></tr>
<tr><td>D2</td><td>Strongroom A</td><td>Oct–Dec 2042</td><td>410</td></tr>
<tr><td>D3</td><td>Strongroom B</td><td>Oct–Dec 2042</td><td>385</td></tr>
<tr><td>D4</td><td>Conservation studio (ground floor)</td><td>Oct–Dec 2042</td><td>95</td></tr></table>
<h2>Requirements</h2>
<p>Two results are above the workplace reference level of 300 Bq/m³. The employer must therefore:</p>
<ol><li>notify the regulator within the statutory period;</li>
<li>restrict time spent in the strongrooms by staff in every post and grade to the schedule below until remediation;</li>
<li>install a positive-pressure ventilation unit before the deadline of 30 April 2043;</li>
<li>repeat the measurements after the works.</li></ol>
<h2>Interim access schedule</h2>
<table><tr><th>Area</th><th>Maximum time per person</th><th>Working hours</th></tr>
<tr><td>Strongrooms A and B</td><td>2 hours per day</td><td>09:00 to 17:00 only</td></tr>
<tr><td>Search room</td><td>No limit</td><td>Public opening hours</td></tr></table>
<p>The cost of the ventilation unit (about £6,800) is met from the building maintenance budget, not from salary
or staffing lines. Questions: the county radiation protection adviser.</p>
</body></html>"""


def amiante():
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>{CSS}</style></head><body>
<h1>Rapport de repérage amiante avant travaux</h1>
<p class="meta">Référence : RAAT/2043/118 · Lieu : collège de Kerbriand, 12 allée des Goélands, Lanvézec ·
Donneur d'ordre : Département, direction des bâtiments · Date de visite : 6 et 7 février 2043</p>
<p>Le présent rapport rend compte du repérage des matériaux et produits contenant de l'amiante dans le périmètre
des travaux de rénovation de l'aile B (salles de sciences). Il ne constitue pas une offre d'emploi et ne crée aucun
poste ; il ne comporte aucune date limite de candidature.</p>
<h2>Matériaux repérés</h2>
<table><tr><th>Zone</th><th>Matériau</th><th>Résultat</th></tr>
<tr><td>B-101</td><td>Dalles de sol vinyle 30 × 30</td><td>Amiante (chrysotile)</td></tr>
<tr><td>B-104</td><td>Colle de faïence, paillasse</td><td>Amiante</td></tr>
<tr><td>B-110</td><td>Plaques de faux plafond</td><td>Absence</td></tr>
<tr><td>Couloir B</td><td>Conduit fibre-ciment</td><td>Amiante</td></tr></table>
<h2>Exigences avant travaux</h2>
<ul><li>Confier le retrait à une entreprise certifiée et transmettre son plan de retrait à l'inspection du travail ;</li>
<li>informer chaque agent du collège, quel que soit son poste ou son grade, des zones interdites ;</li>
<li>afficher les horaires d'accès au chantier : du lundi au vendredi, de 7 h 30 à 16 h 30, hors temps scolaire ;</li>
<li>réaliser une mesure d'empoussièrement avant la restitution des locaux.</li></ul>
<h2>Calendrier</h2>
<p>Transmission des observations du maître d'ouvrage : au plus tard le 20 mars 2043. Retrait prévu pendant les
vacances de printemps ; restitution des salles le 4 mai 2043. Le coût estimé du retrait (18 400 € HT) est imputé
au budget d'investissement et n'a aucune incidence sur le salaire des agents.</p>
<p>Opérateur de repérage certifié – rapport établi en deux exemplaires.</p>
</body></html>"""


TEXPRE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[margin=22mm]{geometry}
\setlength{\parindent}{0pt}
\setlength{\parskip}{5pt}
\pagestyle{plain}
\begin{document}
"""


def street():
    return TEXPRE + r"""{\Large\bfseries Ellerwick Borough Council\par}
{\large Street Naming and Numbering -- Decision Notice\par}
\medskip
\textbf{Reference:} SNN/43/09 \quad \textbf{Location:} Kingfisher Reach, land off Quarry Road, Ellerwick\par
\textbf{Applicant:} Ellerwick Homes Partnership \quad \textbf{Date of decision:} 24 February 2043

This notice records the Council's decision on the name and numbering of a new residential street. It is not a job
advertisement and offers no post, position or salary.

\section*{Decision}
The new street shall be named \emph{Kingfisher Reach}. Plots 1--24 shall be numbered as in the schedule below;
odd numbers on the north side, even numbers on the south side.

\section*{Schedule of addresses}
\begin{tabular}{lll}
\hline
Plot & Official address & Postcode sector \\ \hline
1--6 & 1--11 Kingfisher Reach (odd) & EL4 7 \\
7--12 & 2--12 Kingfisher Reach (even) & EL4 7 \\
13--24 & Flats 1--12, Heron House, Kingfisher Reach & EL4 7 \\ \hline
\end{tabular}

\section*{Requirements for nameplates}
1. Nameplates shall be made to the Council's standard design, grade 3 aluminium, black letters on white.\par
2. The developer shall fix one nameplate at each end of the street, in a position agreed with the Highways team.\par
3. No other name may be used in marketing material once this notice is issued.

\section*{Objections and deadline}
Any representations about the numbering must reach the Council by 31 March 2043. Works to fix nameplates may
only take place during normal working hours (8:00 a.m. to 6:00 p.m., Monday to Friday). The Council's fee of
\pounds 640 has been paid.

\emph{Issued by the Street Naming and Numbering Officer on behalf of the Council.}
\end{document}
"""


def bruit():
    return TEXPRE + r"""{\Large\bfseries Commune de Montauzet\par}
{\large Arrêté municipal n\textsuperscript{o} 2043-014 relatif aux bruits de voisinage\par}
\medskip
\textbf{Référence~:} ARR/BV/2043-014 \quad \textbf{Lieu~:} ensemble du territoire communal\par

Le Maire de Montauzet, vu le code de la santé publique et l'arrêté préfectoral relatif à la lutte contre les bruits
de voisinage, considérant les plaintes reçues en 2042, arrête~:

\textbf{Article 1 -- Horaires.} Les travaux de bricolage et de jardinage réalisés par des particuliers à l'aide
d'outils bruyants ne sont autorisés que les jours ouvrables de 8~h~30 à 12~h et de 14~h à 19~h 30, les samedis de
9~h à 12~h et de 15~h à 19~h, les dimanches et jours fériés de 10~h à 12~h.

\textbf{Article 2 -- Exigences applicables aux chantiers.} Les entreprises respectent les horaires de 7~h à 20~h du
lundi au samedi~; tout travail de nuit fait l'objet d'une dérogation. Les engins sont conformes aux normes en
vigueur et les compresseurs sont placés au poste le plus éloigné des habitations.

\textbf{Article 3 -- Dérogations.} Les demandes de dérogation pour les manifestations de l'été 2043 sont adressées
au secrétariat de mairie~; date limite de dépôt~: 30 avril 2043.

\textbf{Article 4 -- Établissements.} Les bars et restaurants assurent que la musique amplifiée ne soit pas audible
depuis les logements voisins après 22~h.

\textbf{Article 5 -- Sanctions.} Les infractions sont punies de l'amende prévue pour les contraventions de
3\textsuperscript{e} classe (450~\texteuro{} au plus).

Le présent arrêté ne constitue pas une offre d'emploi et ne crée aucun poste~; il ne concerne ni le grade ni le
salaire des agents chargés de le faire respecter.

Fait à Montauzet, le 9 mars 2043. Le Maire.
\end{document}
"""


if __name__ == "__main__":
    food()
    plage()
    for k, fn in (("radon", radon), ("amiante", amiante)):
        open(os.path.join(OUT, STEMS[k] + ".html"), "w", encoding="utf-8").write(fn())
    for k, fn in (("street", street), ("bruit", bruit)):
        open(os.path.join(OUT, STEMS[k] + ".tex"), "w", encoding="utf-8").write(fn())
    print("ok")
