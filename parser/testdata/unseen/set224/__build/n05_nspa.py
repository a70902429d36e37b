from common import *
REF = "345573"
T = "Technicien(ne) principal(e) (maintenance des groupes électrogènes)"
ORG = "Agence OTAN de soutien et d'acquisition (NSPA)"
LOC = "Italie-Tarente"
SCH = "Temps plein"
ESS = [
 "Diplôme de l'enseignement secondaire supérieur et formation technique reconnue en électromécanique, en électrotechnique ou en mécanique des moteurs",
 "Au moins cinq ans d'expérience dans la maintenance de groupes électrogènes diesel de moyenne puissance",
 "Expérience du diagnostic de pannes sur des tableaux de commande et des systèmes de synchronisation",
 "Habilitation électrique en cours de validité ou aptitude à l'obtenir",
 "Connaissance de l'anglais au niveau SLP 2222 au minimum",
]
DES = [
 "Expérience d'un système informatisé de gestion de la maintenance",
 "Connaissance de l'italien",
 "Permis de conduire pour chariots élévateurs",
]
COMP = [("Rigueur", "applique les procédures de sécurité et documente chaque intervention"),
        ("Esprit d'équipe", "partage son savoir-faire avec les techniciens moins expérimentés"),
        ("Sens du service", "organise son travail pour respecter les délais de livraison aux clients")]
DUT = [
 "Effectuer l'entretien préventif et correctif des groupes électrogènes de 20 à 500 kVA stockés et révisés au Centre",
 "Réaliser les essais en charge et rédiger les procès-verbaux d'essai",
 "Tenir à jour les dossiers de maintenance dans le système de gestion de l'Agence",
 "Proposer les commandes de pièces de rechange et contrôler les pièces reçues",
 "Encadrer au quotidien deux techniciens et, le cas échéant, des sous-traitants",
]
INTRO = ("L'Agence OTAN de soutien et d'acquisition (NSPA) fournit aux pays de l'Alliance et aux autorités de l'OTAN des services logistiques et d'acquisition. "
         "Son Centre opérationnel Sud, situé à Tarente, assure le stockage, la révision et l'expédition de matériels de soutien aux opérations, notamment des groupes électrogènes, des abris et des équipements de campement.")
COND = ("Le/La candidat(e) retenu(e) se verra proposer un contrat de durée déterminée de trois ans. Le poste nécessite une habilitation de sécurité NATO CONFIDENTIAL. "
        "Les candidatures doivent être déposées sur la plateforme de recrutement de l'OTAN au plus tard le 15 juin 2036 à 23 h 59. Un essai pratique est prévu à Tarente au cours de la semaine du 6 juillet 2036.")

def build():
    expected(REF, None, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2036-06-15",
             sal(4318.26), "G8", "NC", {"fr": {"essential": ESS, "desirable": DES}}, {"fr": comps(COMP)})
    li = lambda xs: "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ul>"
    html = f"""<!DOCTYPE html>
<!-- saved from url=(0081)https://nato.taleo.example/careersection/2/jobdetail.ftl?job={REF}&amp;lang=fr -->
<html lang="fr"><head><meta charset="utf-8"><title>Description de l'emploi - {esc(T)} ({REF})</title>
<style>
body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:24px}}
#cookies{{background:#eee;padding:6px;font-size:9pt}}
table.f th{{text-align:left;padding:2px 12px 2px 0;vertical-align:top}}
nav a{{margin-right:14px}}
h1{{font-size:15pt}} h2{{font-size:12pt;margin-top:14px}}
</style></head><body>
<div id="cookies">Ce site utilise des cookies pour améliorer votre expérience. <a href="#">Accepter</a> <a href="#">Refuser</a> <a href="#">Paramètres</a></div>
<a href="#main">Passer au contenu principal</a>
<nav><a href="#">Recherche d'emploi</a><a href="#">Ma page d'emploi</a><a href="#">Connexion</a></nav>
<main id="main">
<h1>Description de l'emploi - {esc(T)} ({REF})</h1>
<p><b>{esc(T)}-{REF}</b></p>
<table class="f">
<tr><th>Emplacement principal</th><td>{LOC}</td></tr>
<tr><th>Organisme OTAN</th><td>NATO Support and Procurement Agency (NSPA)</td></tr>
<tr><th>Horaire</th><td>{SCH}</td></tr>
<tr><th>Date limite de candidature</th><td>15-juin-2036, 23:59:00</td></tr>
<tr><th>Salaire (base de rémunération)</th><td>: 4 318,26Euro (EUR) Mensuelle</td></tr>
<tr><th>Grade</th><td>Grade OTAN G8</td></tr>
<tr><th>Niveau d'habilitation</th><td>NC</td></tr>
</table>
<h2>Description</h2>
<p><b>AVIS DE VACANCE</b></p>
<p>Intitulé : {esc(T)}<br>Organisme : {esc(ORG)}<br>Lieu d'affectation : Tarente (Italie), Centre opérationnel Sud<br>Date de clôture : 15 juin 2036</p>
<h2>1. CONTEXTE</h2>
<p>{esc(INTRO)}</p>
<h2>2. PRINCIPALES ATTRIBUTIONS</h2>
{li(DUT)}
<h2>3. QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES</h2>
{li(ESS)}
<h2>4. QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES</h2>
{li(DES)}
<h2>5. COMPÉTENCES</h2>
{li([f"{n} : {d}" for n, d in COMP])}
<h2>6. CONDITIONS D'EMPLOI</h2>
<p>{esc(COND)}</p>
<p><b>Publication de l'offre</b> : 15-mai-2036, 09:00:00</p>
<p><a href="#">Postuler en ligne</a> <a href="#">Ajouter à mon panier</a></p>
</main>
<aside><h2>Emplois similaires</h2><ul><li>Magasinier(ère) (matériel de campement) – Italie-Tarente – clôture 29-juin-2036</li><li>Assistant(e) logistique – Luxembourg-Capellen – clôture 2-juil.-2036</li></ul></aside>
<footer>Propulsé par Taleo · Politique de confidentialité</footer>
</body></html>"""
    write(f"{REF}-natocarrieres.html", html, REF)
    pdf = f"{REF}-natocarrieres.chromium.pdf"
    chromium(f"{REF}-natocarrieres.html", pdf); add_row(pdf, REF, "pdf")
    pdftotext(pdf, f"{REF}-natocarrieres.chromium.pdftotext.txt"); add_row(f"{REF}-natocarrieres.chromium.pdftotext.txt", REF, "txt")
