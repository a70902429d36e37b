# Non-notices: 3 EN, 3 FR; one per tool and language
from docx.shared import Pt
from r_docx import Document, base, run, shade, cellp, Mm

NEG = {
    "smoke-free-workplace-policy-brenley-moor-district-council.en": "weasyprint",
    "menopause-support-guidance-kilnsey-bridge-housing-association.en": "libreoffice",
    "electric-vehicle-charging-policy-dunmere-port-authority.en": "pdflatex",
    "charte-droit-a-la-deconnexion-cooperative-laitiere-des-hauts-vallons.fr": "weasyprint",
    "journee-de-solidarite-modalites-2038-agglomeration-du-pays-de-valmorin.fr": "libreoffice",
    "reglement-salle-de-sport-centre-hospitalier-de-montcalvet.fr": "pdflatex",
}


def smoking_html():
    return """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Smoke-free workplace policy</title>
<style>@page { size: A4; margin: 20mm; @bottom-center { content: "Policy HR/POL/31 · page " counter(page); font-size: 8pt; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; } h1 { color: #2f6b3a; font-size: 17pt; }
.box { border: 2px solid #2f6b3a; padding: 3mm; } table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 1.5mm 3mm; }</style></head><body>
<p><b>Brenley Moor District Council</b> · Human Resources policy</p>
<h1>Smoke-free and vape-free workplace policy</h1>
<p>Reference: HR/POL/31 · Version 4 · Approved by the Joint Consultative Committee on 22 June 2038</p>
<div class="box">This policy is not a job advertisement and offers no position. It applies to every employee,
agency worker and volunteer, whatever their grade, post or place of work.</div>
<h2>1. Where smoking and vaping are not allowed</h2>
<p>Inside any council building or vehicle, within ten metres of an entrance, and on the grounds of the leisure
centres and schools we manage.</p>
<h2>2. Designated locations</h2>
<table><tr><th>Location</th><th>Shelter</th><th>Available</th></tr>
<tr><td>Brenley depot</td><td>Yard shelter B</td><td>06:00 – 18:00</td></tr>
<tr><td>Town Hall</td><td>Rear car park</td><td>During opening hours</td></tr></table>
<h2>3. Requirements for staff</h2>
<ul><li>Smoking breaks are taken within normal break times and are not added to the working schedule.</li>
<li>Staff in uniform must not smoke or vape in public view.</li>
<li>Managers must explain this policy at induction.</li></ul>
<h2>4. Support to stop</h2>
<p>Up to six hours of paid time for stop-smoking appointments, with no deduction from salary. The next
workplace clinic opens for bookings until the deadline of 14 July 2038.</p>
<p>Questions: hr.policy@brenleymoor.example</p></body></html>"""


def deconnexion_html():
    return """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Charte droit à la déconnexion</title>
<style>@page { size: A4; margin: 22mm; @bottom-right { content: "Charte RH-CH-2038-02 – page " counter(page) " / " counter(pages); font-size: 8pt; } }
body { font-family: 'DejaVu Serif', serif; font-size: 10pt; } h1 { font-size: 16pt; color: #2b5d34; } h2 { font-size: 11.5pt; color: #2b5d34; }</style></head><body>
<p><b>Coopérative laitière des Hauts-Vallons</b> – Direction des ressources humaines</p>
<h1>Charte relative au droit à la déconnexion</h1>
<p>Référence : RH-CH-2038-02 · Lieu : siège et sites de collecte · Date d'effet : 1er juillet 2038</p>
<p>La présente charte ne constitue pas une offre d'emploi et ne crée aucun poste. Elle s'applique à tous les salariés,
quel que soit leur poste, leur statut, leur classification ou leur lieu de travail.</p>
<h2>Article 1 – Principe</h2>
<p>Aucun salarié n'est tenu de lire ou de répondre aux messages professionnels en dehors de ses horaires de travail,
pendant ses congés ou ses jours de repos.</p>
<h2>Article 2 – Exigences pour les managers</h2>
<ul><li>ne pas envoyer de courriels entre 20 h et 7 h, sauf urgence liée à la collecte du lait ;</li>
<li>utiliser l'envoi différé pour les messages préparés le soir ;</li>
<li>tenir compte du planning d'astreinte avant toute sollicitation.</li></ul>
<h2>Article 3 – Cas de l'astreinte</h2>
<p>Les salariés d'astreinte restent joignables selon les horaires prévus par l'accord d'entreprise ; l'indemnité
d'astreinte figure sur le bulletin de salaire et n'est pas modifiée par la charte.</p>
<h2>Article 4 – Suivi</h2>
<p>Un bilan sera présenté au CSE. Les remarques des équipes sont attendues au plus tard le 16 juillet 2038 (date limite)
à l'adresse rh@hauts-vallons.example.</p></body></html>"""


def menopause(out):
    doc = Document(); base(doc, "Liberation Sans", 10.5)
    sec = doc.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297)
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    a, b = t.rows[0].cells; shade(a, "4B2E83")
    cellp(a, "KILNSEY BRIDGE HOUSING ASSOCIATION", bold=True, color="FFFFFF")
    cellp(b, "People guidance – Reference: PG/WB/07 – Version 2, June 2038")
    p = doc.add_paragraph(); run(p, "Menopause support guidance for colleagues and managers", bold=True, size=15)
    doc.add_paragraph("This guidance is not a vacancy notice and does not offer any position. It applies to every colleague, "
                      "whatever their role, grade, contract or location, including staff on our estates and in the call centre.")
    run(doc.add_paragraph(), "What support is available", bold=True)
    for x in ["A confidential conversation with your manager or a trained menopause champion.",
              "Adjustments to your working schedule, such as a later start or more frequent breaks.",
              "Desk fans, uniform made of lighter fabric and access to quiet rooms at every office location.",
              "Referral to occupational health without any requirement for a GP letter."]:
        doc.add_paragraph(x, style="List Bullet")
    run(doc.add_paragraph(), "Requirements for managers", bold=True)
    doc.add_paragraph("Managers must record agreed adjustments on the wellbeing form and review them after three months. "
                      "Sickness absence linked to menopause symptoms is recorded separately and does not count towards "
                      "attendance triggers. Full salary is paid during agreed adjustments.")
    run(doc.add_paragraph(), "Training deadline", bold=True)
    doc.add_paragraph("All line managers must complete the e-learning module by 30 July 2038. Sessions are also held at "
                      "Skipton Road, Otley, on 8 and 15 July 2038.")
    doc.add_paragraph("Contact: people@kilnseybridge.example")
    doc.save(out)


def solidarite(out):
    doc = Document(); base(doc, "Liberation Serif", 11)
    sec = doc.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297)
    p = doc.add_paragraph(); run(p, "Communauté d'agglomération du Pays de Valmorin", bold=True, size=12)
    run(doc.add_paragraph(), "Direction des ressources humaines – Note de service", italic=True)
    p = doc.add_paragraph(); run(p, "Référence : DRH/NS/2038-11", bold=True)
    p = doc.add_paragraph(); run(p, "Objet : modalités d'accomplissement de la journée de solidarité 2038", bold=True, size=13)
    doc.add_paragraph("La présente note ne constitue pas un avis de vacance et ne concerne aucun recrutement. Elle s'applique "
                      "à l'ensemble des agents, titulaires et contractuels, quels que soient leur grade, leur poste et leur lieu "
                      "d'affectation.")
    run(doc.add_paragraph(), "1. Principe", bold=True)
    doc.add_paragraph("La journée de solidarité correspond à sept heures de travail supplémentaires non rémunérées pour un "
                      "agent à temps complet, proratisées pour les agents à temps partiel. Elle n'entraîne aucune retenue sur "
                      "le traitement ou le salaire.")
    run(doc.add_paragraph(), "2. Modalités au choix de l'agent", bold=True)
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
    cellp(t.rows[0].cells[0], "Modalité", bold=True); cellp(t.rows[0].cells[1], "Conditions exigées", bold=True)
    for a, b in [("Lundi de Pentecôte travaillé", "horaires habituels du service"),
                 ("Pose d'un jour de RTT", "accord du responsable de service"),
                 ("Sept heures fractionnées", "enregistrées dans le logiciel de gestion des temps")]:
        c = t.add_row().cells; cellp(c[0], a); cellp(c[1], b)
    run(doc.add_paragraph(), "3. Date limite", bold=True)
    doc.add_paragraph("Chaque agent indique son choix à son responsable au plus tard le 12 juillet 2038. À défaut, un jour "
                      "de RTT sera déduit automatiquement au mois de septembre.")
    doc.add_paragraph("Fait à Valmorin, le 14 juin 2038. Le directeur général des services.")
    doc.save(out)


def ev_tex():
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{textcomp}
\usepackage[margin=25mm]{geometry}\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\large\bfseries Dunmere Port Authority}\hfill Policy ref.\ EST/POL/14\par
\rule{\linewidth}{0.6pt}
{\Large\bfseries Electric vehicle charging policy for staff}\par
Owner: Estates and Facilities \quad Review date: 31 July 2038
\section*{1. Purpose}
This policy sets the rules for charging private electric vehicles at port locations. It is not a recruitment notice and does not advertise any position; it applies to every employee, whatever their grade or department.
\section*{2. Locations}
Twelve charging bays are available at the West Quay car park and six at the Harbour House office. Bays at the ferry terminal are reserved for the Authority's own fleet.
\section*{3. Requirements}
\begin{itemize}
\item Register your vehicle with Estates before using a bay.
\item Move your vehicle within 30 minutes of the end of the charge.
\item Report any fault to the facilities helpdesk on extension 4410.
\end{itemize}
\section*{4. Charges and salary deductions}
Electricity is charged at £0.28 per kWh. Charges are collected monthly by deduction from salary, shown as a separate line on the payslip. The schedule of charges is reviewed every April.
\section*{5. Deadline for registration}
Staff who already charge at work must register by 16 July 2038. Unregistered vehicles may be asked to leave the bay.
\end{document}
"""


def gym_tex():
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}\usepackage[T1]{fontenc}\usepackage{lmodern}\usepackage{textcomp}

\usepackage[margin=25mm]{geometry}\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\large\bfseries Centre hospitalier de Montcalvet}\hfill Référence : DRH/QVT/2038-04\par
\rule{\linewidth}{0.6pt}
{\Large\bfseries Règlement intérieur de la salle de sport du personnel}\par
Lieu : bâtiment C, niveau -1 \quad Entrée en vigueur : 5 juillet 2038
\section*{Article 1 -- Objet}
Le présent règlement fixe les conditions d'accès à la salle de sport réservée au personnel. Il ne constitue pas une offre d'emploi et ne concerne aucun poste à pourvoir ; il s'applique à tous les agents, quels que soient leur grade, leur service ou leur statut.
\section*{Article 2 -- Horaires}
La salle est ouverte de 6 h 30 à 21 h 30, sept jours sur sept. Les agents en horaires de nuit peuvent y accéder de 7 h à 9 h.
\section*{Article 3 -- Conditions exigées}
\begin{itemize}
\item signer la charte d'utilisation et présenter un certificat médical de moins d'un an ;
\item utiliser une serviette et nettoyer le matériel après usage ;
\item ne pas dépasser une heure d'utilisation aux heures d'affluence.
\end{itemize}
\section*{Article 4 -- Participation}
L'abonnement annuel de 36 € est prélevé sur le salaire en une seule fois au mois d'octobre.
\section*{Article 5 -- Inscriptions}
Les inscriptions pour la saison 2038-2039 sont ouvertes jusqu'au 23 juillet 2038 (date limite) auprès du service Qualité de vie au travail.
\end{document}
"""
