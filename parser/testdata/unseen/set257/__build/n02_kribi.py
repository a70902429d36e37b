import os, shutil
from common import *
REF = "PAK/DG/DRH/2039/052"; KEY = "pak-dg-drh-2039-052"
NB = "\u2011"
T = {"fr": "Ingénieur(e) fiabilité des équipements de manutention", "en": "Cargo Handling Equipment Reliability Engineer"}
O = {"fr": "Port Autonome de Kribi", "en": "Kribi Autonomous Port"}
L = {"fr": "Kribi (Région du Sud, Cameroun)", "en": "Kribi (South Region, Cameroon)"}
S = {"fr": "Temps plein, avec astreintes techniques", "en": "Full-time, with technical standby duty"}
ESS_FR = ["Diplôme d'ingénieur en génie électromécanique, en génie mécanique ou en maintenance industrielle (Bac + 5)",
 "Au moins quatre (4) ans d'expérience dans la maintenance d'engins de levage ou de manutention portuaire",
 "Maîtrise des méthodes d'analyse de fiabilité (AMDEC, arbre des causes, indicateurs MTBF et MTTR)",
 "Pratique d'une GMAO et des automates programmables industriels",
 "Bonne maîtrise du français et de l'anglais"]
DES_FR = ["Une expérience dans un terminal à conteneurs en eau profonde", "Une habilitation électrique haute tension"]
ESS_EN = ["Engineering degree in electromechanical engineering, mechanical engineering or industrial maintenance (five years of higher education)",
 "At least four (4) years of experience in the maintenance of lifting or port handling equipment",
 "Command of reliability analysis methods (FMECA, root cause analysis, MTBF and MTTR indicators)",
 "Hands" + "-on practice of a CMMS and of industrial programmable logic controllers",
 "Good command of French and English"]
DES_EN = ["Experience in a deep" + "-water container terminal", "A high" + "-voltage electrical authorisation"]
C_FR = [("Rigueur", "vous documentez chaque intervention et chaque défaillance."),
        ("Sens de la sécurité", "vous appliquez et faites appliquer les consignes sur les quais."),
        ("Esprit d'équipe", "vous travaillez avec les équipes d'exploitation de jour comme de nuit.")]
C_EN = [("Rigour", "you document every intervention and every failure."),
        ("Safety mindset", "you apply and enforce the rules on the quays."),
        ("Team spirit", "you work with operations crews by day and by night.")]
expected(KEY, reference=REF, languages=["fr", "en"], title=T, organisation=O, location=L, schedule=S,
         deadline="2039-03-07", salary=None, grade=None,
         req={"fr": (ESS_FR, DES_FR), "en": (ESS_EN, DES_EN)}, comp={"fr": C_FR, "en": C_EN})

def nb(s):  # non-breaking hyphens for the printed page
    return s.replace("-", NB)
def ul(xs):
    return "<ul>\n" + "\n".join("<li>%s</li>" % nb(x) for x in xs) + "\n</ul>"
def comps(cs):
    return "<ul class='c'>\n" + "\n".join("<li><strong>%s</strong> : %s</li>" % (n, d) for n, d in cs) + "\n</ul>"
def compsen(cs):
    return "<ul class='c'>\n" + "\n".join("<li><strong>%s</strong>: %s</li>" % (n, d) for n, d in cs) + "\n</ul>"

html = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offre d'emploi – Port Autonome de Kribi</title>
<style>
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:0;color:#1b2a3a}
.top{background:#003b6f;color:#fff;padding:6px 30px;font-size:9pt}
nav{padding:8px 30px;border-bottom:2px solid #f2a900;font-size:9.5pt}
.cookie{background:#eef;padding:6px 30px;font-size:8.5pt}
main{padding:10px 30px}
table.f{border-collapse:collapse;width:100%;margin:8px 0}
table.f th{text-align:left;width:32%;background:#e8eef5;padding:4px 6px;border:1px solid #c5d1de}
table.f td{padding:4px 6px;border:1px solid #c5d1de}
.nw{white-space:nowrap}
.en{break-before:page}
footer{font-size:8.5pt;border-top:1px solid #ccc;margin:20px 30px;padding-top:6px}
@media print{.cookie,nav{display:none}}
</style></head><body>
<div class="top">Port Autonome de Kribi · Kribi Autonomous Port &nbsp;|&nbsp; +237 600 00 00 00 &nbsp;|&nbsp; FR · <a href="#en">EN</a></div>
<nav>Accueil · Le port · Services aux navires · Investir · Carrières · Médias · Contact</nav>
<div class="cookie">Ce site utilise des témoins de connexion pour mesurer l'audience. <a href="#">Accepter</a> · <a href="#">Refuser</a></div>
<main>
<p style="font-size:9pt">Accueil › Carrières › Offres en cours</p>
<p style="color:#f2a900;font-weight:bold;margin:0">APPEL À CANDIDATURES EXTERNE</p>
<h1>""" + nb(T["fr"]) + """</h1>
<p>Publié le 3 février 2039 · Direction technique et de la maintenance</p>
<table class="f">
<tr><th>Référence</th><td><span class="nw">""" + REF + """</span></td></tr>
<tr><th>Employeur</th><td>""" + O["fr"] + """</td></tr>
<tr><th>Direction</th><td>Direction technique et de la maintenance</td></tr>
<tr><th>Lieu de travail</th><td><span class="nw">""" + L["fr"] + """</span></td></tr>
<tr><th>Type de contrat</th><td>CDI, après une période d'essai de six mois</td></tr>
<tr><th>Régime de travail</th><td>""" + S["fr"] + """</td></tr>
<tr><th>Rémunération</th><td>Attractive, selon la grille salariale de l'entreprise</td></tr>
<tr><th>Date limite de candidature</th><td>Lundi 7 mars 2039 à 15 h 30</td></tr>
</table>
<h2>Contexte</h2>
<p>Le Port Autonome de Kribi exploite le complexe industrialo""" + NB + """portuaire en eau profonde de Kribi. Pour accompagner la hausse des trafics de conteneurs et de vracs, il renforce son équipe chargée de la disponibilité des portiques, des grues mobiles et des cavaliers.</p>
<h2>Missions</h2>
<ul>
<li>Analyser les historiques de pannes et proposer des plans de maintenance préventive ;</li>
<li>Piloter les indicateurs de disponibilité des équipements et en rendre compte chaque semaine ;</li>
<li>Encadrer les techniciens lors des arrêts programmés et des interventions d'urgence ;</li>
<li>Rédiger les cahiers des charges des pièces de rechange et suivre les fournisseurs.</li>
</ul>
<h2>Profil recherché</h2>
""" + ul(ESS_FR) + """
<h2>Atouts</h2>
""" + ul(DES_FR) + """
<h2>Qualités attendues</h2>
""" + comps(C_FR) + """
<h2>Comment postuler</h2>
<p>Envoyez une lettre de motivation et un CV, en indiquant la référence, à recrutement@pak-kribi.example au plus tard le lundi 7 mars 2039. Les entretiens se tiendront à Kribi du 21 au 25 mars 2039. Le Port Autonome de Kribi ne demande aucun frais de dossier.</p>

<section class="en" id="en">
<p style="color:#f2a900;font-weight:bold;margin:0">EXTERNAL CALL FOR APPLICATIONS</p>
<h1>""" + nb(T["en"]) + """</h1>
<p>Posted on 3 February 2039 · Technical and Maintenance Department</p>
<table class="f">
<tr><th>Reference</th><td><span class="nw">""" + REF + """</span></td></tr>
<tr><th>Employer</th><td>""" + O["en"] + """</td></tr>
<tr><th>Department</th><td>Technical and Maintenance Department</td></tr>
<tr><th>Place of work</th><td><span class="nw">""" + L["en"] + """</span></td></tr>
<tr><th>Contract</th><td>Permanent, after a six-month probation</td></tr>
<tr><th>Working arrangements</th><td>""" + S["en"] + """</td></tr>
<tr><th>Pay</th><td>Attractive, according to the company salary scale</td></tr>
<tr><th>Closing date</th><td>Monday, 7 March 2039, 3:30 p.m.</td></tr>
</table>
<h2>Background</h2>
<p>Kribi Autonomous Port operates the deep""" + NB + """water port complex of Kribi. As container and bulk traffic grows, it is strengthening the team in charge of the availability of its cranes and straddle carriers.</p>
<h2>Duties</h2>
<ul>
<li>Analyse failure histories and propose preventive maintenance plans;</li>
<li>Track equipment availability indicators and report on them weekly;</li>
<li>Supervise technicians during planned shutdowns and emergency repairs;</li>
<li>Draft specifications for spare parts and follow up suppliers.</li>
</ul>
<h2>Requirements</h2>
""" + ul(ESS_EN) + """
<h2>Assets</h2>
""" + ul(DES_EN) + """
<h2>What we look for</h2>
""" + compsen(C_EN) + """
<h2>How to apply</h2>
<p>Send a cover letter and CV quoting the reference to recrutement@pak-kribi.example by Monday, 7 March 2039. Interviews will be held in Kribi from 21 to 25 March 2039. Kribi Autonomous Port never charges application fees.</p>
</section>
</main>
<footer>Autres offres : Chef(fe) de quai (clôture 14 mars 2039) · Agent(e) de sûreté portuaire (clôture 1er avril 2039)<br>© 2039 Port Autonome de Kribi – BP 00, Kribi</footer>
</body></html>
"""
name = KEY + "-pak"
w(name + ".html", html, KEY)
chromium(os.path.join(ROOT, name + ".html"), os.path.join(ROOT, name + ".chromium.pdf"))
ROWS.append((name + ".chromium.pdf", KEY, "pdf"))
pdftotext(os.path.join(ROOT, name + ".chromium.pdf"), os.path.join(ROOT, name + ".chromium.pdftotext.txt"))
ROWS.append((name + ".chromium.pdftotext.txt", KEY, "txt"))

li = """LinkedIn
Accueil  Réseau  Emplois  Messagerie  Notifications

Port Autonome de Kribi
Transport maritime · 501-1 000 employés
Ingénieur(e) fiabilité des équipements de manutention
Kribi, Sud, Cameroun · il y a 2 semaines · 87 candidatures
Sur site   Temps plein   Confirmé
Postuler   Enregistrer

À propos de l'offre
APPEL À CANDIDATURES EXTERNE
Référence : PAK/DG/DRH/2039/052
Employeur : Port Autonome de Kribi
Lieu de travail : Kribi (Région du Sud, Cameroun)
Régime de travail : Temps plein, avec astreintes techniques
Date limite : 07/03/2039

Missions
Analyser les historiques de pannes, piloter les indicateurs de disponibilité, encadrer les techniciens lors des arrêts programmés.

Profil recherché
""" + bullets(ESS_FR, "• ") + """

Atouts
""" + bullets(DES_FR, "• ") + """

Qualités attendues
""" + "\n".join("• %s : %s" % c for c in C_FR) + """

Postuler avant le 07/03/2039 : recrutement@pak-kribi.example

— English version —
Cargo Handling Equipment Reliability Engineer
Employer: Kribi Autonomous Port
Place of work: Kribi (South Region, Cameroon)
Working arrangements: Full-time, with technical standby duty

Requirements
""" + bullets(ESS_EN, "• ") + """

Assets
""" + bullets(DES_EN, "• ") + """

What we look for
""" + "\n".join("• %s: %s" % c for c in C_EN) + """

…afficher moins

Rencontrez l'équipe de recrutement
Direction des ressources humaines · Port Autonome de Kribi

Offres similaires
Chef(fe) de quai · Kribi · clôture le 14/03/2039
Mécanicien(ne) d'engins portuaires · Douala · il y a 5 jours
"""
w(KEY + "-linkedin.txt", li, KEY)
