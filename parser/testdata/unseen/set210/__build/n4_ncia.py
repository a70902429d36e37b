"""321468 - NCIA, Mons: the careers portal in its French interface saved as HTML (FR then EN)."""
import html as H
from common import *

REF = "321468"
T_FR = "Technicien(ne) principal(e) (centre de services informatiques de Mons)"
T_EN = "Senior Technician (Mons IT Service Centre)"
ORG_EN = "NATO Communications and Information Agency (NCIA)"
ORG_FR = "Agence OTAN d'information et de communication (NCIA)"
LOC_FR = "Belgique-Mons"
LOC_EN = "Mons, Belgium"
SCH_FR, SCH_EN = "Temps plein", "Full-time"
GRADE = "G12"
CLR = "NS"

ESS_FR = [
    "diplôme de l'enseignement supérieur de type court en informatique, en électronique ou dans une discipline apparentée, ou diplôme de fin d'études secondaires et quatre années supplémentaires d'expérience pertinente ;",
    "au moins quatre ans d'expérience dans le soutien aux utilisateurs de postes de travail et de réseaux locaux, dont deux dans un centre de services ;",
    "expérience de l'administration de Windows Server et d'Active Directory ;",
    "connaissance des processus ITIL de gestion des incidents et des demandes ;",
    "connaissance de l'anglais au niveau SLP 3333 ; connaissance du français au niveau SLP 2222."
]
DES_FR = [
    "certification ITIL Foundation ;",
    "expérience du soutien informatique dans un environnement classifié ;",
    "expérience de l'encadrement d'une petite équipe de techniciens."
]
ESS_EN = [
    "a short-cycle higher education diploma in computer science, electronics or a related discipline, or a secondary school diploma and four additional years of relevant experience;",
    "at least four years of experience in supporting users of workstations and local area networks, two of them in a service centre;",
    "experience in administering Windows Server and Active Directory;",
    "knowledge of the ITIL incident and request management processes;",
    "English at SLP 3333; French at SLP 2222."
]
DES_EN = [
    "ITIL Foundation certification;",
    "experience of IT support in a classified environment;",
    "experience in leading a small team of technicians."
]


def li(xs):
    return "".join(f"<li>{H.escape(x)}</li>" for x in xs)


def page():
    return f"""<!DOCTYPE html>
<!-- saved from url=(0093)https://nato.taleo.example/careersection/2/jobdetail.ftl?job={REF}&amp;lang=fr_FR -->
<html lang="fr"><head><meta charset="utf-8">
<title>Description de l'emploi - {H.escape(T_FR)} ({REF})</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; margin: 1.5em; }}
#cookie {{ background: #eee; padding: .5em; font-size: 9pt; }}
nav ul {{ list-style: none; padding: 0; }} nav li {{ display: inline; margin-right: 1em; }}
table.fields th {{ text-align: left; padding-right: 2em; vertical-align: top; }}
h1 {{ font-size: 15pt; }} h2 {{ font-size: 12pt; }}
</style></head><body>
<div id="cookie">Ce site utilise des cookies pour améliorer votre expérience. <button>Accepter</button> <button>Refuser</button> <button>Paramètres</button></div>
<a href="#main">Passer au contenu principal</a>
<nav><ul><li>Accueil carrières</li><li>Recherche d'emploi</li><li>Mon dossier</li><li>Déconnexion</li></ul></nav>
<main id="main">
<h1>Description de l'emploi - {H.escape(T_FR)} ({REF})</h1>
<p>Description de l'emploi</p>
<p><b>{H.escape(T_FR)}-{REF}</b></p>
<table class="fields">
<tr><th>Emplacement principal</th><td>{LOC_FR}</td></tr>
<tr><th>Organisme OTAN</th><td>{ORG_EN}</td></tr>
<tr><th>Horaire</th><td>{SCH_FR}</td></tr>
<tr><th>Date limite de candidature</th><td>13-avr.-2035, 23:59:00</td></tr>
<tr><th>Salaire (Base de paie)</th><td>: 5 873,16Euro (EUR) Mensuelle</td></tr>
<tr><th>Grade</th><td>Grade OTAN G12</td></tr>
<tr><th>Niveau d'habilitation</th><td>{CLR}</td></tr>
</table>
<h2>Description</h2>
<p>:</p>
<p><b>AVIS DE VACANCE</b></p>
<p>Intitulé : {H.escape(T_FR)}<br>
Organisme : {H.escape(ORG_FR)}<br>
Date de clôture : 13 avril 2035</p>
<p><b>1. CONTEXTE DU POSTE</b></p>
<p>L'Agence OTAN d'information et de communication fournit les services informatiques et de communication de l'Alliance. Le centre de services informatiques de Mons assure le soutien de premier et de deuxième niveau aux utilisateurs du SHAPE et des organismes installés sur le site. Le/La titulaire coordonne les interventions d'une équipe de techniciens et traite les incidents les plus complexes.</p>
<p><b>2. PRINCIPALES FONCTIONS</b></p>
<ul><li>Prend en charge les incidents et demandes transmis par le premier niveau et en assure le suivi jusqu'à leur clôture.</li>
<li>Installe, configure et met à jour les postes de travail et les périphériques des réseaux non classifiés et classifiés.</li>
<li>Tient à jour l'inventaire du matériel et les fiches de la base de connaissances.</li>
<li>Répartit le travail quotidien de l'équipe et forme les nouveaux techniciens.</li></ul>
<p><b>3. QUALIFICATIONS ET EXPÉRIENCE ESSENTIELLES</b></p>
<ul>{li(ESS_FR)}</ul>
<p><b>4. QUALIFICATIONS ET EXPÉRIENCE SOUHAITABLES</b></p>
<ul>{li(DES_FR)}</ul>
<p><b>5. REMARQUES</b></p>
<p>Le poste exige une habilitation de sécurité NATO SECRET. Un contrat de durée déterminée de trois ans sera proposé. Les entretiens auront lieu en mai 2035.</p>
<p>*****</p>
<p><b>VACANCY NOTICE</b></p>
<p>Title: {H.escape(T_EN)}<br>
Organisation: {ORG_EN}<br>
Location: {LOC_EN}<br>
Schedule: {SCH_EN}<br>
Closing date: 13 April 2035</p>
<p><b>1. POST CONTEXT</b></p>
<p>The NATO Communications and Information Agency delivers the Alliance's IT and communication services. The Mons IT Service Centre provides first and second level support to the users of SHAPE and of the other bodies on the site. The incumbent coordinates the work of a team of technicians and handles the most complex incidents.</p>
<p><b>2. ESSENTIAL QUALIFICATIONS AND EXPERIENCE</b></p>
<ul>{li(ESS_EN)}</ul>
<p><b>3. DESIRABLE QUALIFICATIONS AND EXPERIENCE</b></p>
<ul>{li(DES_EN)}</ul>
<p><b>4. REMARKS</b></p>
<p>The post requires a NATO SECRET security clearance. A three-year definite duration contract will be offered.</p>
<p>Publication de l'offre : 02-mars-2035, 09:15:00</p>
<p><button>Postuler en ligne</button> <button>Ajouter à mon panier d'emplois</button></p>
<h2>Emplois similaires</h2>
<ul><li>Technicien(ne) (réseaux) - Belgique-Mons - Date limite 27-mars-2035</li></ul>
</main>
<footer>Propulsé par Taleo</footer>
</body></html>
"""


def build():
    expected(REF, reference=REF, languages=["fr", "en"],
             title={"en": T_EN, "fr": T_FR}, organisation={"en": ORG_EN, "fr": ORG_FR},
             location={"en": LOC_EN, "fr": LOC_FR}, schedule={"en": SCH_EN, "fr": SCH_FR},
             deadline="2035-04-13", salary=sal(5873.16), grade=GRADE, clearance=CLR,
             req={"en": {"essential": ESS_EN, "desirable": DES_EN},
                  "fr": {"essential": ESS_FR, "desirable": DES_FR}},
             comp={"en": [], "fr": []})
    write(f"{REF}-natocarrieres.html", page(), REF)
    return [("chromium", f"{REF}-natocarrieres.html", f"{REF}-natocarrieres.chromium.pdf", True)]
