# Non-notices: 3 EN, 3 FR, one per tool and language (LibreOffice via .docx, WeasyPrint, pdfTeX).
import os
from data import HERE
from r_tex import t

SRC = os.path.join(HERE, "src")

NEG = {
    "legionella-water-hygiene-monitoring-log-wenlow-vale-borough-council.en": "docx",
    "fire-door-inspection-register-stanbridge-community-hospital.en": "html",
    "cctv-system-code-of-practice-kestlemoor-district-council.en": "tex",
    "proces-verbal-de-recolement-des-collections-musee-des-arts-et-metiers-de-vaudrenne.fr": "docx",
    "bordereau-de-versement-aux-archives-communaute-de-communes-du-val-de-sarthoise.fr": "html",
    "plan-de-gestion-differenciee-des-espaces-verts-commune-de-ravelay.fr": "tex",
}


def docx_legionella():
    from r_docx import base, para, heading, facts_table
    d = base()
    para(d, "WENLOW VALE BOROUGH COUNCIL – FACILITIES MANAGEMENT", bold=True, size=9, color="1F4E79")
    para(d, "Legionella and water hygiene monitoring log – Civic Centre", bold=True, size=15)
    facts_table(d, [("Reference", "FM/WH/LOG/03"), ("Location", "Civic Centre, Market Street, Wenlow"),
                    ("Responsible person", "Facilities Manager (position named in the written scheme)"),
                    ("Period", "January to June 2042")])
    heading(d, "Purpose")
    para(d, "This log records the routine checks required by the Council's written scheme for the control of legionella bacteria. It is not a job advertisement and does not offer any post; the checks are carried out by existing staff and the Council's contractor, whatever their position or grade.")
    heading(d, "Requirements")
    for i in ["Flush little-used outlets weekly for at least two minutes.",
              "Record hot water at the calorifier outlet (60 °C or above) and at sentinel taps after one minute (50 °C or above).",
              "Record cold water at sentinel taps after two minutes (below 20 °C).",
              "Report any reading out of range to the Facilities Manager the same day."]:
        d.add_paragraph(i, style="List Bullet")
    heading(d, "Monthly schedule")
    tb = d.add_table(rows=1, cols=4); tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Outlet", "Location", "Target", "Checked by"]):
        c.text = h
    for row in [("Tap K1", "Staff kitchen, ground floor", "Cold < 20 °C", "Caretaker"),
                ("Shower S2", "Changing room, level 1", "Hot ≥ 50 °C", "Contractor"),
                ("Tap W4", "Payroll and salary office, level 2", "Cold < 20 °C", "Caretaker")]:
        cs = tb.add_row().cells
        for c, v in zip(cs, row):
            c.text = v
    heading(d, "Deadline for the annual review")
    para(d, "The risk assessment must be reviewed by 30 June 2042, or earlier if the building or its use changes. Completed log sheets are kept for five years at the Facilities office.")
    return d


def docx_recolement():
    from r_docx import base, para, heading, facts_table
    d = base()
    para(d, "MUSÉE DES ARTS ET MÉTIERS DE VAUDRENNE", bold=True, size=9, color="6B2A1A")
    para(d, "Procès-verbal de récolement des collections – campagne 2041", bold=True, size=15)
    facts_table(d, [("Référence", "MAM/REC/2041-02"), ("Lieu", "Réserves du musée, 4 rue des Tanneurs, Vaudrenne"),
                    ("Période", "du 15 septembre au 12 décembre 2041"), ("Rédacteur", "Le conservateur du musée")], fill="EFE3DA")
    heading(d, "Objet", color="6B2A1A")
    para(d, "Le présent procès-verbal rend compte du récolement décennal des collections d'outils et de machines. Il ne constitue pas une offre d'emploi et ne crée aucun poste : les opérations ont été conduites par l'équipe du musée, quels que soient le grade ou le poste de chacun, avec le concours de deux bénévoles.")
    heading(d, "Résultats", color="6B2A1A")
    tb = d.add_table(rows=1, cols=3); tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Ensemble", "Objets récolés", "Objets non localisés"]):
        c.text = h
    for row in [("Outils du travail du bois", "1 214", "6"), ("Machines textiles", "87", "0"), ("Instruments de mesure", "342", "3")]:
        cs = tb.add_row().cells
        for c, v in zip(cs, row):
            c.text = v
    heading(d, "Exigences et suites à donner", color="6B2A1A")
    for i in ["Rechercher les neuf objets non localisés avant le dépôt d'une plainte éventuelle ;",
              "Mettre à jour l'inventaire et les horaires d'accès aux réserves ;",
              "Transmettre le présent procès-verbal au conseil municipal."]:
        d.add_paragraph(i, style="List Bullet")
    heading(d, "Calendrier", color="6B2A1A")
    para(d, "Date limite de transmission du procès-verbal aux services de l'État : 30 janvier 2042. Les frais de la campagne, hors salaires des agents, s'élèvent à 1 850 €.")
    return d


def html_firedoor():
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in [
        ("FD-01", "Main entrance lobby", "FD30S", "Pass"),
        ("FD-07", "Ward 2 corridor", "FD60S", "Intumescent strip damaged – repair by 16 January 2042"),
        ("FD-12", "Payroll, salary and HR records store", "FD30S", "Pass"),
        ("FD-15", "Kitchen, ground floor", "FD30S", "Closer slow – adjusted")])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fire door inspection register</title><style>
@page {{ size: A4; margin: 18mm; }} body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 15pt; color: #8b1a1a; }} h2 {{ font-size: 11pt; color: #8b1a1a; margin-top: 5mm; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: 1px solid #999; padding: 1.5mm; text-align: left; }}
th {{ background: #f3dede; }}</style></head><body>
<p><b>STANBRIDGE COMMUNITY HOSPITAL · ESTATES DEPARTMENT</b></p>
<h1>Fire door inspection register – quarter 4, 2041</h1>
<p><b>Reference:</b> EST/FD/2041-Q4 &nbsp; <b>Location:</b> all hospital buildings, Stanbridge &nbsp; <b>Inspector:</b> competent person appointed by the Estates Manager</p>
<h2>About this register</h2>
<p>This register records the quarterly inspection of the hospital's fire doors under the fire safety policy. It is not a vacancy notice and offers no position: it applies to every department, whatever the post or grade of the staff who work there.</p>
<h2>Requirements for every door</h2>
<ul><li>Gaps of 2–4 mm at the sides and head; no more than 8 mm under the door.</li><li>Intumescent strips and smoke seals complete and undamaged.</li><li>Self-closer brings the door fully shut from any angle.</li><li>Signage in place and no wedges or hooks.</li></ul>
<h2>Inspection schedule and results</h2>
<table><tr><th>Door</th><th>Location</th><th>Rating</th><th>Result</th></tr>{rows}</table>
<h2>Deadline</h2>
<p>All remedial work must be completed and signed off by 31 January 2042. Staff who find a door wedged open should report it to the Estates helpdesk on extension 4410.</p>
</body></html>"""


def html_bordereau():
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in [
        ("1", "Délibérations du conseil communautaire", "2019-2024", "Conservation définitive"),
        ("2", "Dossiers de recrutement non retenus (offres d'emploi, candidatures)", "2030-2035", "Élimination après visa"),
        ("3", "Bulletins de salaire – doubles", "2026-2030", "Élimination après visa"),
        ("4", "Dossiers de carrière des agents partis (grade, poste, avancement)", "1985-2040", "Conservation définitive")])
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Bordereau de versement</title><style>
@page {{ size: A4; margin: 18mm; }} body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }}
h1 {{ font-size: 15pt; color: #2b4a6f; }} h2 {{ font-size: 11pt; color: #2b4a6f; margin-top: 5mm; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: 1px solid #999; padding: 1.5mm; text-align: left; }}
th {{ background: #e2e9f2; }}</style></head><body>
<p><b>COMMUNAUTÉ DE COMMUNES DU VAL DE SARTHOISE · SERVICE ARCHIVES</b></p>
<h1>Bordereau de versement aux archives départementales</h1>
<p><b>Référence :</b> ARCH/VERS/2041-07 &nbsp; <b>Lieu :</b> siège communautaire, 2 place de la Halle &nbsp; <b>Service versant :</b> direction des ressources humaines et des finances</p>
<h2>Objet</h2>
<p>Le présent bordereau accompagne le versement de 14 mètres linéaires d'archives. Il ne constitue pas une offre d'emploi et aucun poste n'est à pourvoir ; il concerne des dossiers clos, quel que soit le grade ou le poste des agents qu'ils mentionnent.</p>
<h2>Articles versés</h2>
<table><tr><th>N°</th><th>Intitulé</th><th>Dates extrêmes</th><th>Sort final</th></tr>{rows}</table>
<h2>Exigences de conditionnement</h2>
<ul><li>Boîtes neutres, cotées et remplies sans excès ;</li><li>Retrait des trombones, agrafes et pochettes plastiques ;</li><li>Un exemplaire du bordereau dans la première boîte.</li></ul>
<h2>Horaires et date limite</h2>
<p>Enlèvement par les archives départementales le mardi, de 9 h à 12 h. Date limite de retour du bordereau visé : 28 février 2042.</p>
</body></html>"""


def tex_cctv():
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[margin=22mm]{geometry}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\small\bfseries KESTLEMOOR DISTRICT COUNCIL\par}
{\Large\bfseries CCTV system code of practice\par}
\medskip
\textbf{Reference:} CS/CCTV/COP/05 \quad \textbf{Location:} Council depot, town centre car parks and the Civic Offices \quad \textbf{Review date:} 2042

\section*{1. Scope}
This code of practice governs the Council's closed-circuit television system. It is not a job advertisement and offers no post; it applies to every officer who operates or views the system, whatever their position or grade.
\section*{2. Requirements for operators}
\begin{enumerate}\renewcommand{\labelenumi}{\alph{enumi})}
\item Operators must hold the Council's CCTV authorisation and complete refresher training every two years.
\item Cameras must not be pointed into private homes or gardens.
\item Recordings are kept for 31 days unless required as evidence.
\item Requests from the police are logged with their reference.
\end{enumerate}
\section*{3. Monitoring schedule}
The control room is staffed from 07:00 to 23:00 on weekdays and from 09:00 to 01:00 at weekends. Staff are not paid any additional salary or allowance for working in the control room beyond their normal rota.
\section*{4. Requests for footage}
Members of the public may ask for footage of themselves by writing to the Information Governance Officer. Requests must reach the Council within 30 days of the recording.
\section*{5. Consultation}
Comments on this revised code may be sent until the deadline of 20 February 2042 to cctv@kestlemoor.example.
\end{document}
"""


def tex_gestion():
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}\usepackage[margin=22mm]{geometry}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\small\bfseries COMMUNE DE RAVELAY -- SERVICE DES ESPACES VERTS\par}
{\Large\bfseries Plan de gestion différenciée des espaces verts 2042--2046\par}
\medskip
\textbf{Référence :} ST/EV/PGD-2042 \quad \textbf{Lieu :} ensemble du territoire communal

\section*{Article 1 -- Objet}
Le présent plan fixe, pour chaque espace vert, un niveau d'entretien adapté à son usage. Il ne constitue pas une offre d'emploi et ne crée aucun poste : il s'applique aux agents du service, quels que soient leur grade et leur poste, ainsi qu'aux entreprises titulaires des marchés.
\section*{Article 2 -- Classes d'entretien}
\begin{enumerate}
\item Classe 1, espaces horticoles : tonte toutes les deux semaines, fleurissement saisonnier ;
\item Classe 2, espaces de détente : tonte mensuelle, prairies fleuries en bordure ;
\item Classe 3, espaces naturels : fauche tardive après le 15 juillet.
\end{enumerate}
\section*{Article 3 -- Exigences}
Aucun produit phytosanitaire n'est utilisé. Le paillage et le désherbage manuel sont la règle dans les massifs.
\section*{Article 4 -- Horaires des interventions}
Les tontes en zone habitée ont lieu du lundi au vendredi, de 8 h à 12 h et de 13 h 30 à 17 h. Le plan n'a aucune incidence sur le salaire ni sur le temps de travail des agents.
\section*{Article 5 -- Calendrier}
Les habitants peuvent formuler leurs observations jusqu'à la date limite du 27 février 2042, en mairie ou à espaces-verts@ravelay.example.
\end{document}
"""


def build():
    os.makedirs(SRC, exist_ok=True)
    out = {}
    makers = {"legionella": docx_legionella, "recolement": docx_recolement, "fire-door": html_firedoor,
              "bordereau": html_bordereau, "cctv": tex_cctv, "gestion": tex_gestion}
    for stem, kind in NEG.items():
        fn = next(f for k, f in makers.items() if k in stem)
        ext = {"docx": ".docx", "html": ".html", "tex": ".tex"}[kind]
        p = os.path.join(SRC, stem + ext)
        obj = fn()
        if kind == "docx":
            obj.save(p)
        else:
            with open(p, "w", encoding="utf-8") as f:
                f.write(obj)
        out[stem] = (kind, p)
    return out
