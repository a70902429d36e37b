# Non-notices (3 EN, 3 FR): each rendered by one tool, from block lists
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import HERE, e
OUT = os.path.join(HERE, "neg_src"); os.makedirs(OUT, exist_ok=True)

NEG = {}
NEG["calibration-certificate-weighbridge-wb2-quarnley-aggregates-quarry.en"] = ("libreoffice", [
 ("h", "CERTIFICATE OF CALIBRATION"),
 ("p", "Reference: CAL/WB/2044/0417 · Location: Quarnley Aggregates, Coldstone Quarry weighbridge office, Netherby Lane"),
 ("p", "Issued by the calibration laboratory of Corvane Weighing Services Ltd, laboratory number 0993. This certificate records the calibration of one road weighbridge. It is not a job advertisement: it offers no post or position, invites no applications and has no closing date."),
 ("t", [["Item", "Details"], ["Instrument", "Pit-mounted road weighbridge WB2, 18 m deck, eight load cells"], ["Maximum capacity", "60 000 kg, scale interval 20 kg"], ["Accuracy class", "Class III (grade of non-automatic weighing instrument)"], ["Date of calibration", "14 April 2044"], ["Recommended recalibration", "before 14 April 2045"]]),
 ("h", "Requirements of the procedure"),
 ("p", "Test weights of 20 000 kg were placed in six positions along the deck, at the entry, the centre and the exit, on both sides. The error in each position was within the maximum permissible error of ±40 kg. The instrument must be kept clean and level; the operator on shift must report any fault before the next working day."),
 ("h", "Results"),
 ("t", [["Position", "Load applied (kg)", "Indication (kg)", "Error (kg)"], ["Entry, left", "20 000", "20 020", "+20"], ["Centre", "20 000", "20 000", "0"], ["Exit, right", "20 000", "19 980", "−20"]]),
 ("p", "The quarry's site manager, whose post includes responsibility for trade weighing, has received a copy. Weighing hours are 06:30 to 17:00 on weekdays. The calibration fee of £1,180 is an operating cost and has nothing to do with any salary. Any appeal against the results must reach the laboratory by the deadline of 31 May 2044."),
 ("p", "Signed for the laboratory by the approved signatory, senior calibration engineer (grade C)."),
])
NEG["loler-thorough-examination-report-mobile-crane-mc07-port-of-salthaven.en"] = ("weasyprint", [
 ("h", "Report of Thorough Examination of Lifting Equipment"),
 ("p", "Reference: LTE-2044-1182 · Location: Port of Salthaven, North Quay, berth 4"),
 ("p", "Made under the Lifting Operations and Lifting Equipment Regulations. This report is a statutory safety record. It is not a vacancy notice and does not offer any post, salary or contract."),
 ("t", [["Field", "Entry"], ["Equipment", "Mobile crane MC07, telescopic boom, safe working load 45 t"], ["Owner", "Salthaven Port Services"], ["Date of examination", "22 April 2044"], ["Type", "Six-monthly thorough examination"], ["Next examination due", "21 October 2044"]]),
 ("h", "Defects found"),
 ("p", "1. Wear on the hoist rope at the second layer on the drum: not yet dangerous, to be rectified by the deadline of 20 May 2044."),
 ("p", "2. Outrigger pad, rear left, cracked: dangerous, crane to be used only with the pad replaced (done on 23 April 2044)."),
 ("h", "Requirements"),
 ("p", "The crane supervisor and the appointed person for lifting operations must see this report before the next lift plan is approved. Operators of every grade must check the rated capacity indicator at the start of each working schedule. The position of the crane on the quay must respect the marked exclusion zones."),
 ("p", "Examined by a competent person of Kestrel Engineering Inspection, whose fee is invoiced separately. No change to staffing, hours or pay follows from this report."),
])
NEG["premises-licence-summary-the-old-ropewalk-cafe-bar-marlingford-district-council.en"] = ("pdflatex", [
 ("h", "Premises Licence Summary"),
 ("p", "Licensing Act 2003 -- Part A of the licence. Reference: PL/2044/0316. Location: The Old Ropewalk Café Bar, 7 Ropewalk Lane, Marlingford."),
 ("p", "Marlingford District Council grants this licence to the premises licence holder named below. This summary must be displayed at the premises. It is not a job advertisement and offers no post or position."),
 ("t", [["Licensable activity", "Schedule (hours)"], ["Sale of alcohol on the premises", "Monday to Saturday 10:00 to 23:00; Sunday 12:00 to 22:30"], ["Recorded music", "Every day 10:00 to 23:00"], ["Late night refreshment", "Friday and Saturday 23:00 to 23:30"]]),
 ("h", "Designated premises supervisor"),
 ("p", "Ms R. Fenwick, personal licence MDC/PER/1877. The holder of this position is responsible for the day-to-day sale of alcohol; any change must be notified to the Council."),
 ("h", "Requirements and conditions"),
 ("p", "1. CCTV covering every entrance must be kept in working order and recordings held for 31 days. 2. A refusals register must be kept and shown on request. 3. Staff selling alcohol, whatever their grade or salary, must complete training within one month of starting work."),
 ("p", "The annual fee of £295 is due on 18 May 2044; if it is not paid by that deadline the licence will be suspended. Date of grant: 18 May 2039. Signed for the licensing authority."),
])
NEG["compte-rendu-du-conseil-d-ecole-du-2e-trimestre-ecole-primaire-du-grand-pre-verzac.fr"] = ("libreoffice", [
 ("h", "Compte rendu du conseil d'école du 2e trimestre"),
 ("p", "Référence : CE-2044-02 · Lieu : école primaire du Grand-Pré, salle polyvalente, Verzac"),
 ("p", "Séance du jeudi 24 mars 2044, de 18 h à 20 h. Ce compte rendu n'est pas une offre d'emploi : il ne crée aucun poste et n'appelle aucune candidature."),
 ("t", [["Présents", "Qualité"], ["Mme Delorme", "directrice, présidente"], ["Six enseignants", "équipe pédagogique"], ["Sept représentants", "parents élus"], ["M. Bastide", "adjoint au maire chargé des écoles"]]),
 ("h", "1. Effectifs et carte scolaire"),
 ("p", "L'école comptera 142 élèves à la rentrée. L'inspection confirme le maintien des six postes d'enseignants ; aucun poste supplémentaire n'est ouvert. Les inscriptions des nouveaux élèves sont reçues en mairie, date limite le 13 mai 2044."),
 ("h", "2. Horaires et périscolaire"),
 ("p", "Les horaires restent inchangés : 8 h 30 – 11 h 45 et 13 h 30 – 16 h 15. La mairie rappelle que les agents de la cantine, quel que soit leur grade, sont des agents communaux ; le conseil n'a pas à se prononcer sur leur salaire ni sur leur rémunération."),
 ("h", "3. Sécurité"),
 ("p", "Exigences du plan particulier de mise en sûreté : un exercice d'évacuation a eu lieu le 7 mars ; un second est prévu en juin."),
 ("h", "4. Projets"),
 ("p", "Classe de découverte à Lacanau du 9 au 11 mai 2044 (participation des familles : 85 € par enfant). Kermesse le 24 juin."),
 ("p", "La présidente lève la séance à 20 h 05. Secrétaire de séance : un représentant des parents."),
])
NEG["convention-de-balisage-et-d-entretien-des-sentiers-de-randonnee-communaute-de-communes-du-val-d-ossaire.fr"] = ("weasyprint", [
 ("h", "Convention de balisage et d'entretien des sentiers de randonnée"),
 ("p", "Référence : CONV-RANDO-2044-07 · Lieu : 14 itinéraires inscrits au plan départemental, territoire du Val d'Ossaire"),
 ("p", "Entre la communauté de communes du Val d'Ossaire et le comité départemental de la randonnée pédestre. La présente convention ne constitue pas une offre d'emploi et ne crée aucun poste."),
 ("h", "Article 1 – Objet"),
 ("p", "Le comité assure le balisage (marques jaunes, poteaux directionnels) et le petit entretien de 186 km de sentiers, grâce à ses baliseurs bénévoles."),
 ("h", "Article 2 – Exigences techniques"),
 ("p", "Le balisage respecte la charte officielle ; chaque poteau est implanté à une position relevée au GPS. Aucun travail n'est réalisé pendant les horaires de chasse signalés ni en période de nidification sur les sites sensibles."),
 ("t", [["Secteur", "Kilomètres", "Date limite de la tournée"], ["Plateau nord", "64", "31 mai 2044"], ["Vallée", "72", "30 juin 2044"], ["Gorges", "50", "15 septembre 2044"]]),
 ("h", "Article 3 – Dispositions financières"),
 ("p", "La communauté verse une participation forfaitaire de 4 650 € par an pour le matériel et les déplacements. Cette somme n'est ni un salaire ni une rémunération des bénévoles, quel que soit leur grade au sein du comité."),
 ("h", "Article 4 – Durée"),
 ("p", "Convention conclue pour trois ans à compter de sa signature, renouvelable une fois par avenant."),
])
NEG["calendrier-de-fauchage-raisonne-des-accotements-2044-departement-de-la-haute-varenne.fr"] = ("pdflatex", [
 ("h", "Calendrier de fauchage raisonné des accotements -- campagne 2044"),
 ("p", "Référence : DR/EXP/2044-11 · Lieu : réseau routier départemental, centres d'exploitation de Lunac, Brès et Saint-Ornel"),
 ("p", "Document d'organisation des services routiers. Il ne constitue pas une offre d'emploi et ne crée aucun poste."),
 ("t", [["Passage", "Période", "Largeur fauchée"], ["Passe de sécurité", "du 2 mai au 10 juin 2044", "1 passe (1,20 m)"], ["Passe complète", "du 1er septembre au 15 octobre 2044", "accotement, fossé et talus"], ["Carrefours et virages", "à la demande", "dégagement de visibilité"]]),
 ("h", "Exigences"),
 ("p", "Hauteur de coupe d'au moins 10 cm ; pas de fauchage des bandes fleuries identifiées ; nettoyage des panneaux et balises à chaque passage. Chaque équipe communique la position de son chantier au poste de commandement du centre."),
 ("h", "Horaires"),
 ("p", "Les chantiers se déroulent de 7 h à 14 h 30 du lundi au vendredi pendant les périodes de chaleur. Les agents d'exploitation, quel que soit leur grade, conservent leur salaire et leur régime indemnitaire habituels ; aucune heure supplémentaire n'est prévue."),
 ("p", "Les communes peuvent signaler un secteur à traiter en priorité jusqu'à la date limite du 25 avril 2044."),
])

def html_doc(blocks, lang):
    out = [f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><style>@page{{size:A4;margin:20mm}}body{{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;line-height:1.4}}h1{{font-size:15pt}}h2{{font-size:11.5pt;margin:5mm 0 1mm}}table{{border-collapse:collapse;width:100%}}td,th{{border:1px solid #888;padding:1.5mm;text-align:left}}th{{background:#eee}}</style></head><body>"]
    first = True
    for k, v in blocks:
        if k == "h": out.append(f"<h{1 if first else 2}>{e(v)}</h{1 if first else 2}>"); first = False
        elif k == "p": out.append(f"<p>{e(v)}</p>")
        else: out.append("<table>" + "".join("<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{e(c)}</{'th' if i == 0 else 'td'}>" for c in r) + "</tr>" for i, r in enumerate(v)) + "</table>")
    return "".join(out) + "</body></html>"

def tex_doc(blocks):
    def tx(s):
        for a, b in (("&", r"\&"), ("%", r"\%"), ("£", r"\pounds{}"), ("€", r"EUR"), ("−", "--")): s = s.replace(a, b)
        return s
    out = [r"\documentclass[11pt]{article}\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[a4paper,margin=22mm]{geometry}\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}\hyphenpenalty=10000\begin{document}"]
    first = True
    for k, v in blocks:
        if k == "h": out.append((r"{\Large\bfseries %s}\par" if first else r"\subsection*{%s}") % tx(v)); first = False
        elif k == "p": out.append(tx(v) + r"\par")
        else:
            n = len(v[0]); out.append(r"\begin{tabular}{|" + "p{%.0fmm}|" % (160 / n) * n + r"}\hline")
            for i, r in enumerate(v): out.append(" & ".join((r"\textbf{%s}" if i == 0 else "%s") % tx(c) for c in r) + r"\\\hline")
            out.append(r"\end{tabular}\par")
    return "\n".join(out) + r"\end{document}"

def docx_doc(blocks, path):
    from docx import Document
    from docx.shared import Pt
    doc = Document(); first = True
    for k, v in blocks:
        if k == "h": doc.add_heading(v, level=1 if first else 2); first = False
        elif k == "p": doc.add_paragraph(v)
        else:
            t = doc.add_table(rows=0, cols=len(v[0])); t.style = "Table Grid"
            for i, r in enumerate(v):
                cells = t.add_row().cells
                for j, c in enumerate(r):
                    run = cells[j].paragraphs[0].add_run(c); run.bold = (i == 0)
            doc.add_paragraph("")
    doc.save(path)

if __name__ == "__main__":
    for stem, (tool, blocks) in NEG.items():
        lang = stem.rsplit(".", 1)[1]
        base = os.path.join(OUT, f"{stem}.{tool}")
        if tool == "weasyprint":
            open(base + ".html", "w", encoding="utf-8").write(html_doc(blocks, lang))
            subprocess.run(["weasyprint", "-q", base + ".html", base + ".pdf"], check=True)
        elif tool == "pdflatex":
            open(base + ".tex", "w", encoding="utf-8").write(tex_doc(blocks))
            r = subprocess.run(["pdflatex", "-interaction=nonstopmode", os.path.basename(base) + ".tex"], cwd=OUT, capture_output=True, text=True)
            if r.returncode: print(r.stdout[-800:])
        else:
            docx_doc(blocks, base + ".docx")
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, base + ".docx"], capture_output=True)
    print("neg ok")
