"""Ottawa International Airport Authority / Administration de l'aéroport international d'Ottawa:
bilingual careers page (EN then FR) as HTML and as a browser copy."""
from common import *

KEY = "oiaa-2035-004"
REF = "OIAA-2035-004"
T_EN, T_FR = "Airfield Electrical Technician", "Technicien(ne) en électricité d'aérodrome"
ORG_EN, ORG_FR = "Ottawa International Airport Authority", "Administration de l'aéroport international d'Ottawa"
LOC_EN, LOC_FR = "Ottawa, ON", "Ottawa (Ontario)"
S_EN, S_FR = "Full-time – 12-hour rotating shifts", "Temps plein – quarts rotatifs de 12 heures"
CLR = "Transportation Security Clearance (TSC)"
ESS_EN = [
    "Valid Ontario Certificate of Qualification as a Construction and Maintenance Electrician (309A).",
    "Minimum of three (3) years of experience maintaining high-voltage or series-circuit lighting systems.",
    "Ability to read electrical drawings, single-line diagrams and control logic.",
    "Valid Class G driver's licence and ability to obtain an Airside Vehicle Operator's Permit.",
    "Ability to obtain and maintain a Transportation Security Clearance.",
]
DES_EN = [
    "Experience with airfield lighting control and monitoring systems.",
    "Working knowledge of French.",
    "Training in working at heights and confined-space entry.",
]
ESS_FR = [
    "Certificat de qualification de l'Ontario valide d'électricien(ne) en construction et en entretien (309A).",
    "Au moins trois (3) années d'expérience de l'entretien de systèmes d'éclairage à haute tension ou à circuits série.",
    "Capacité à lire des plans électriques, des schémas unifilaires et des logiques de commande.",
    "Permis de conduire de catégorie G valide et capacité à obtenir un permis de conduite côté piste.",
    "Capacité à obtenir et à conserver une habilitation de sécurité en matière de transport.",
]
DES_FR = [
    "Expérience des systèmes de commande et de surveillance du balisage lumineux.",
    "Connaissance pratique de l'anglais et du français.",
    "Formation au travail en hauteur et à l'entrée en espace clos.",
]

expected(KEY, reference=REF, languages=["en", "fr"], title={"en": T_EN, "fr": T_FR},
         organisation={"en": ORG_EN, "fr": ORG_FR}, location={"en": LOC_EN, "fr": LOC_FR},
         schedule={"en": S_EN, "fr": S_FR}, deadline="2035-02-26",
         salary=sal(mn=43.57, mx=49.88, cur="CAD", period="hour"), grade=None, clearance=CLR,
         requirements={"en": req(ESS_EN, DES_EN), "fr": req(ESS_FR, DES_FR)},
         competencies={"en": [], "fr": []})

F_EN = [
    ("Maintenance", ["Inspect, test and repair runway, taxiway and approach lighting, signs and constant current regulators.",
                     "Carry out preventive maintenance on airfield vaults, standby generators and transfer switches."]),
    ("Operations support", ["Respond to lighting outages and alarms, including during winter storms, and restore service quickly.",
                            "Coordinate work on active surfaces with Airside Operations and the control tower."]),
    ("Records and safety", ["Keep maintenance records current in the computerized maintenance management system.",
                            "Apply lock-out procedures and the Authority's safety management system at all times."]),
]
F_FR = [
    ("Entretien", ["Inspecter, tester et réparer le balisage des pistes, des voies de circulation et d'approche, les panneaux et les régulateurs à courant constant.",
                   "Effectuer l'entretien préventif des postes électriques de l'aérodrome, des groupes électrogènes et des inverseurs de source."]),
    ("Soutien aux opérations", ["Intervenir lors des pannes et des alarmes de balisage, y compris pendant les tempêtes hivernales, et rétablir rapidement le service.",
                                "Coordonner les travaux sur les aires actives avec les Opérations côté piste et la tour de contrôle."]),
    ("Registres et sécurité", ["Tenir à jour les registres d'entretien dans le système informatisé de gestion de la maintenance.",
                               "Appliquer en tout temps les procédures de cadenassage et le système de gestion de la sécurité de l'Administration."]),
]

def funcs(fs):
    return "".join(f"<h4>{esc(h)}</h4><ul>{''.join(f'<li>{esc(i)}</li>' for i in items)}</ul>" for h, items in fs)

def ul(lst):
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in lst) + "</ul>"

html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{T_EN} | Careers | YOW</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0}} .skip{{position:absolute;left:-999px}} .alert{{background:#ffd34d;padding:8px 16px}}
header{{background:#002b49;color:#fff;padding:10px 16px}} header a{{color:#fff;margin-right:12px}} main{{max-width:860px;margin:auto}}
.details p{{margin:2px 0}}</style></head><body>
<a class="skip" href="#main">Skip to Main Content</a>
<div class="alert"><b>Parking notice: January 29 – February 9</b><br>Level 2 of the parking garage will be closed for maintenance. <a href="#">Learn more</a></div>
<header><b>YOW</b> Ottawa International Airport <a href="#">Flights</a><a href="#">Parking</a><a href="#">Business</a><a href="#">About</a><a href="#">Careers</a><a href="#fr">Français</a></header>
<main id="main">
<p>Careers › Job Opportunities › Airport Authority</p>
<h1>{T_EN}</h1>
<p>The {ORG_EN} (Authority) is accepting applications for an {T_EN} position in its Airfield Maintenance
department. The Authority operates one of Canada's busiest airports and serves as the gateway to the National
Capital Region; its airfield is open around the clock, every day of the year.</p>
<div class="details">
<p><b>Competition number:</b> {REF}</p>
<p><b>Department:</b> Airfield Maintenance</p>
<p><b>Location:</b> {LOC_EN}</p>
<p><b>Status:</b> Permanent, unionized (PSAC)</p>
<p><b>Schedule:</b> {S_EN}</p>
<p><b>Wage:</b> $43.57 to $49.88 per hour</p>
<p><b>Security clearance:</b> {CLR}</p>
<p><b>Closing date:</b> February 26, 2035</p>
</div>
<h2>ESSENTIAL FUNCTIONS</h2>
{funcs(F_EN)}
<h2>QUALIFICATIONS</h2>
{ul(ESS_EN)}
<h2>ASSETS</h2>
{ul(DES_EN)}
<h2>HOW TO APPLY</h2>
<p>Submit your resume and cover letter through our careers portal by February 26, 2035, quoting competition
number {REF}. Practical assessments will take place the week of March 12, 2035. The Authority is an equal
opportunity employer and will provide accommodation throughout the hiring process on request.</p>
<hr>
<section id="fr" lang="fr">
<h1>{T_FR}</h1>
<p>L'{ORG_FR} (l'Administration) accepte les candidatures pour un poste de {T_FR.lower()} au sein de son
service de l'entretien de l'aérodrome. L'Administration exploite l'un des aéroports les plus achalandés du Canada
et la porte d'entrée de la région de la capitale nationale ; son aérodrome est ouvert jour et nuit, toute l'année.</p>
<div class="details">
<p><b>Numéro de concours :</b> {REF}</p>
<p><b>Service :</b> Entretien de l'aérodrome</p>
<p><b>Lieu :</b> {LOC_FR}</p>
<p><b>Statut :</b> Permanent, syndiqué (AFPC)</p>
<p><b>Horaire :</b> {S_FR}</p>
<p><b>Taux horaire :</b> de 43,57 $ à 49,88 $ l'heure</p>
<p><b>Habilitation de sécurité :</b> Habilitation de sécurité en matière de transport (HSMT)</p>
<p><b>Date limite :</b> 26 février 2035</p>
</div>
<h2>FONCTIONS PRINCIPALES</h2>
{funcs(F_FR)}
<h2>QUALIFICATIONS</h2>
{ul(ESS_FR)}
<h2>ATOUTS</h2>
{ul(DES_FR)}
<h2>POUR POSTULER</h2>
<p>Soumettez votre curriculum vitae et une lettre de présentation sur notre portail des carrières au plus tard le
26 février 2035, en indiquant le numéro de concours {REF}. Les évaluations pratiques auront lieu la semaine du
12 mars 2035. L'Administration souscrit à l'égalité d'accès à l'emploi et offre des mesures d'adaptation sur demande.</p>
</section>
</main>
<footer><p>© 2035 {ORG_EN} · Accessibility · Privacy · Contact us</p></footer>
</body></html>
"""
out(KEY + "-yow.html", html, KEY)

def funcs_txt(fs):
    return "\n".join(h + "\n" + "\n".join(items) for h, items in fs)

browser = f"""Skip to Main Content
Parking notice: January 29 – February 9
Level 2 of the parking garage will be closed for maintenance. Learn more
YOW Ottawa International Airport
Flights
Parking
Business
About
Careers
Français
Careers › Job Opportunities › Airport Authority
{T_EN}
The {ORG_EN} (Authority) is accepting applications for an {T_EN} position in its Airfield Maintenance department. The Authority operates one of Canada's busiest airports and serves as the gateway to the National Capital Region; its airfield is open around the clock, every day of the year.
Competition number: {REF}
Department: Airfield Maintenance
Location: {LOC_EN}
Status: Permanent, unionized (PSAC)
Schedule: {S_EN}
Wage: $43.57 to $49.88 per hour
Security clearance: {CLR}
Closing date: February 26, 2035
ESSENTIAL FUNCTIONS
{funcs_txt(F_EN)}
QUALIFICATIONS
{chr(10).join(ESS_EN)}
ASSETS
{chr(10).join(DES_EN)}
HOW TO APPLY
Submit your resume and cover letter through our careers portal by February 26, 2035, quoting competition number {REF}. Practical assessments will take place the week of March 12, 2035. The Authority is an equal opportunity employer and will provide accommodation throughout the hiring process on request.
{T_FR}
L'{ORG_FR} (l'Administration) accepte les candidatures pour un poste de {T_FR.lower()} au sein de son service de l'entretien de l'aérodrome. L'Administration exploite l'un des aéroports les plus achalandés du Canada et la porte d'entrée de la région de la capitale nationale ; son aérodrome est ouvert jour et nuit, toute l'année.
Numéro de concours : {REF}
Service : Entretien de l'aérodrome
Lieu : {LOC_FR}
Statut : Permanent, syndiqué (AFPC)
Horaire : {S_FR}
Taux horaire : de 43,57 $ à 49,88 $ l'heure
Habilitation de sécurité : Habilitation de sécurité en matière de transport (HSMT)
Date limite : 26 février 2035
FONCTIONS PRINCIPALES
{funcs_txt(F_FR)}
QUALIFICATIONS
{chr(10).join(ESS_FR)}
ATOUTS
{chr(10).join(DES_FR)}
POUR POSTULER
Soumettez votre curriculum vitae et une lettre de présentation sur notre portail des carrières au plus tard le 26 février 2035, en indiquant le numéro de concours {REF}. Les évaluations pratiques auront lieu la semaine du 12 mars 2035. L'Administration souscrit à l'égalité d'accès à l'emploi et offre des mesures d'adaptation sur demande.
© 2035 {ORG_EN} · Accessibility · Privacy · Contact us
"""
out(KEY + "-yow-browser.txt", browser, KEY)
