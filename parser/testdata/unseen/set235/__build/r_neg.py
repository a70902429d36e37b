# Non-notices: blocks rendered as HTML (WeasyPrint), docx (LibreOffice; run with /usr/bin/python3) or TeX (pdfTeX)
import os, sys, html as H
HERE = os.path.dirname(os.path.abspath(__file__))
NEG = {}
NEG["eyesight-test-voucher-scheme-calderbrook-building-society.en"] = ("docx", [
 ("h1", "Eyesight tests for display screen users – how the voucher scheme works"),
 ("p", "Calderbrook Building Society · People Services · Reference: PS/DSE/2037-02 · Issued 6 April 2037"),
 ("p", "This note explains how colleagues who use a screen for work can get a free eyesight test and, where needed, a contribution to glasses. It applies to everyone, whatever their position, grade or location, including branch colleagues and those working from home."),
 ("h2", "Who can use the scheme"),
 ("ul", ["You use a computer screen for an hour or more at a time on most working days.", "You have completed the online workstation assessment in the last twelve months.", "You have not used a voucher in the last two years, unless your optician advises an earlier test."]),
 ("h2", "Requirements for claiming"),
 ("ul", ["Book the test with any optician on the partner list and show the voucher code.", "Ask the optician to complete the Society's DSE form if glasses are needed for screen work only.", "Send the form and receipt to People Services within 30 days."]),
 ("h2", "What the Society pays"),
 ("p", "The test is paid in full. For glasses needed only for screen work, the Society pays up to £65. The amount is not added to your salary and is not taxable. Glasses for general use remain your own cost."),
 ("h2", "Deadline for this year's vouchers"),
 ("p", "Vouchers for the 2037 round must be requested by 30 June 2037 through the HR portal. Location managers will remind their teams during the April schedule of one-to-ones."),
 ("p", "This note is for information. It does not advertise any post and creates no vacancy."),
])
NEG["season-ticket-loan-scheme-guide-harlow-vale-nhs-trust.en"] = ("html", [
 ("h1", "Season Ticket Loan Scheme – Staff Guide 2037/38"),
 ("p", "Harlow Vale NHS Trust · Workforce Directorate · Reference: WF/STL/2037"),
 ("p", "The Trust offers an interest-free loan to help staff buy an annual rail, bus or car-park season ticket. The loan is repaid from net salary over ten months. Staff in any position or pay band, at any hospital location, may apply once they have completed their probation."),
 ("h2", "Loan limits"),
 ("table", [("Band", "Maximum loan"), ("Bands 1–4", "£2,400"), ("Bands 5–7", "£3,600"), ("Band 8 and above", "£4,800")]),
 ("h2", "Requirements"),
 ("ul", ["A permanent or fixed-term contract running for at least twelve more months", "A quotation from the transport operator showing the ticket price", "Agreement to the repayment schedule signed by you and your line manager"]),
 ("h2", "Schedule of repayments"),
 ("p", "Repayments start in the month after the loan is paid and are taken in ten equal instalments. If you leave the Trust, the balance is deducted from your final salary."),
 ("h2", "Deadline"),
 ("p", "Applications for tickets starting in June must reach Payroll by 15 May 2037. Later applications move to the next monthly run."),
 ("p", "This guide describes a staff benefit. It is not a job advertisement and does not offer any employment."),
])
NEG["lone-working-procedure-fenmarsh-water.en"] = ("tex", [
 ("h1", "Lone Working Procedure"),
 ("p", "Fenmarsh Water Ltd · Health, Safety and Wellbeing · Reference: HSW/PR/021 · Version 4, April 2037"),
 ("h2", "1. Scope"),
 ("p", "This procedure applies to every employee who works alone at any location, whatever their role or grade: treatment works operators, meter readers, network technicians and office staff working outside normal hours. It sets out the requirements that managers and lone workers must meet."),
 ("h2", "2. Requirements"),
 ("ul", ["A lone-working risk assessment for each task and site, reviewed every year.", "A check-in schedule agreed before the shift, with calls at least every two hours.", "A charged lone-worker device carried at all times.", "No entry into confined spaces when working alone."]),
 ("h2", "3. Escalation"),
 ("p", "If a check-in is missed by 15 minutes, the control room calls the worker; after 30 minutes it sends the nearest colleague and informs the duty manager."),
 ("h2", "4. Pay and allowances"),
 ("p", "Standby and call-out allowances are paid as set out in the pay agreement; this procedure does not change anyone's salary, hours or position."),
 ("h2", "5. Review"),
 ("p", "Managers must confirm that their teams have read this version by the deadline of 29 May 2037. It is an internal safety rule and not a recruitment notice."),
])
NEG["note-cheques-vacances-2037-mairie-de-roquefalaise.fr"] = ("docx", [
 ("h1", "Note d'information – Chèques-Vacances 2037"),
 ("p", "Mairie de Roquefalaise · Direction des ressources humaines · Référence : DRH/AS/2037-07"),
 ("p", "La commune reconduit en 2037 la participation aux Chèques-Vacances pour les agents titulaires et contractuels, quel que soit leur grade, leur poste ou leur lieu d'affectation, dès six mois d'ancienneté."),
 ("h2", "Principe"),
 ("p", "L'agent épargne chaque mois une somme prélevée sur son salaire pendant quatre à douze mois ; la commune ajoute une bonification de 20 % à 30 % selon le revenu fiscal de référence du foyer, dans la limite de 300 € par agent."),
 ("h2", "Pièces exigées"),
 ("ul", ["le formulaire d'adhésion signé ;", "le dernier avis d'imposition ;", "un relevé d'identité bancaire."]),
 ("h2", "Calendrier"),
 ("p", "Les dossiers sont à remettre au service du personnel, aux horaires d'ouverture habituels, au plus tard le 22 mai 2037 (date limite). Les premiers prélèvements auront lieu sur la paie de juin."),
 ("p", "Cette note ne constitue pas une offre d'emploi et ne concerne aucun poste à pourvoir."),
])
NEG["accord-prime-de-partage-de-la-valeur-2037-transports-ferrandier.fr"] = ("html", [
 ("h1", "Accord relatif à la prime de partage de la valeur 2037"),
 ("p", "Transports Ferrandier SAS · Siège : Lieu-dit la Garenne, 42160 Andrézieux · Référence : DRH/ACC/2037-03"),
 ("h2", "Article 1 – Bénéficiaires"),
 ("p", "La prime bénéficie à tous les salariés présents à la date de versement, quel que soit leur poste, leur catégorie ou leur lieu de travail (agences de Saint-Étienne, Roanne et Montbrison)."),
 ("h2", "Article 2 – Montant"),
 ("table", [("Salaire annuel brut", "Montant de la prime"), ("jusqu'à 30 000 €", "900 €"), ("de 30 001 € à 45 000 €", "700 €"), ("au-delà de 45 000 €", "500 €")]),
 ("p", "Le montant est réduit au prorata du temps de travail et de la durée de présence sur les douze derniers mois."),
 ("h2", "Article 3 – Conditions exigées"),
 ("ul", ["être titulaire d'un contrat de travail à la date de versement ;", "ne pas avoir choisi de placer la prime sur le plan d'épargne salariale avant la date limite."]),
 ("h2", "Article 4 – Calendrier"),
 ("p", "Les salariés qui souhaitent placer la prime sur le PEE doivent le signaler avant le 19 mai 2037. La prime sera versée avec la paie de juin 2037."),
 ("p", "Le présent accord est conclu pour un an. Il ne crée aucun emploi et ne vaut pas offre d'emploi."),
])
NEG["mise-a-jour-document-unique-evaluation-risques-clinique-des-tilleuls.fr"] = ("tex", [
 ("h1", "Mise à jour du document unique d'évaluation des risques professionnels"),
 ("p", "Clinique des Tilleuls · Service prévention · Référence : PREV/DUERP/2037 · avril 2037"),
 ("h2", "1. Objet"),
 ("p", "Le document unique recense, pour chaque poste de travail et chaque lieu (blocs, services d'hospitalisation, cuisine, blanchisserie), les risques identifiés et les mesures de prévention. La mise à jour annuelle est une exigence légale."),
 ("h2", "2. Principaux risques retenus"),
 ("ul", ["manutention des patients : lève-personnes dans toutes les chambres ;", "travail de nuit : visites médicales renforcées ;", "produits chimiques : nouvelles fiches de poste pour l'entretien ;", "agressions : formation à la désescalade pour l'accueil des urgences."]),
 ("h2", "3. Consultation"),
 ("p", "Chaque responsable de service transmet ses observations au service prévention avant la date limite du 27 mai 2037. Le document est ensuite présenté au CSE."),
 ("h2", "4. Consultation par les salariés"),
 ("p", "Le document est consultable au service prévention aux horaires d'ouverture et sur l'intranet. Il ne modifie ni les salaires, ni les grades, ni les postes et ne constitue pas un appel à candidatures."),
])

def to_html(blocks):
    out = []
    for k, v in blocks:
        if k in ("h1", "h2", "p"): out.append(f"<{k}>{H.escape(v)}</{k}>")
        elif k == "ul": out.append("<ul>" + "".join(f"<li>{H.escape(x)}</li>" for x in v) + "</ul>")
        elif k == "table": out.append("<table>" + "".join("<tr>" + "".join(f"<td>{H.escape(c)}</td>" for c in r) + "</tr>" for r in v) + "</table>")
    css = "@page{size:A4;margin:20mm}body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}h1{font-size:15pt;color:#234}h2{font-size:11pt;color:#234;margin:10px 0 3px}table{border-collapse:collapse}td{border:1px solid #888;padding:3px 8px}"
    return f"<!DOCTYPE html><html><head><meta charset=utf-8><style>{css}</style></head><body>{''.join(out)}</body></html>"

def tx(s):
    for a, b in (("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")): s = s.replace(a, b)
    return s
def to_tex(blocks):
    out = [r"\documentclass[11pt,a4paper]{article}\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[margin=25mm]{geometry}\usepackage{textcomp}\hyphenpenalty=10000\sloppy\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}\begin{document}"]
    for k, v in blocks:
        if k == "h1": out.append(r"{\Large\bfseries " + tx(v) + r"\par}")
        elif k == "h2": out.append(r"\subsection*{" + tx(v) + "}")
        elif k == "p": out.append(tx(v) + "\n")
        elif k == "ul": out.append(r"\begin{itemize}" + "".join(r"\item " + tx(x) for x in v) + r"\end{itemize}")
    out.append(r"\end{document}")
    return "\n".join(out)

def to_docx(blocks, path):
    from docx import Document
    d = Document()
    for k, v in blocks:
        if k == "h1": d.add_heading(v, level=1)
        elif k == "h2": d.add_heading(v, level=2)
        elif k == "p": d.add_paragraph(v)
        elif k == "ul":
            for x in v: d.add_paragraph(x, style="List Bullet")
        elif k == "table":
            t = d.add_table(rows=0, cols=len(v[0])); t.style = "Table Grid"
            for r in v:
                cs = t.add_row().cells
                for i, c in enumerate(r): cs[i].text = c
    d.save(path)

if __name__ == "__main__":
    src = os.path.join(HERE, "src"); os.makedirs(src, exist_ok=True)
    mode = sys.argv[1] if len(sys.argv) > 1 else "text"
    for stem, (kind, blocks) in NEG.items():
        if mode == "docx" and kind == "docx": to_docx(blocks, os.path.join(src, stem + ".docx"))
        if mode == "text" and kind == "html": open(os.path.join(src, stem + ".html"), "w").write(to_html(blocks))
        if mode == "text" and kind == "tex": open(os.path.join(src, stem + ".tex"), "w").write(to_tex(blocks))
    print("neg", mode)
