"""Centre hospitalier Émile-Roux (Le Puy-en-Velay): hospital job page printed with WeasyPrint, and a health-jobs board copy."""
from common import *

KEY = "cher-drh-2035-014"
REF = "CHER-DRH-2035-014"
T = "Responsable sécurité incendie et sûreté (H/F)"
ORG = "Centre hospitalier Émile-Roux"
LOC = "Le Puy-en-Velay (43)"
SCHED = "Temps plein (100 %)"
GRADE = "Technicien supérieur hospitalier de 1re classe"
ESS = [
    "Diplôme SSIAP 3 (chef de service de sécurité incendie) à jour de recyclage",
    "BTS ou DUT dans le domaine de la sécurité, du bâtiment ou de la maintenance, ou expérience équivalente",
    "Expérience d'au moins trois ans dans un établissement recevant du public de type U ou J",
    "Maîtrise de la réglementation incendie applicable aux établissements de santé",
    "Habilitation électrique B0-H0V en cours de validité",
]
DES = [
    "Connaissance des systèmes de contrôle d'accès et de vidéoprotection",
    "Formation à la gestion de crise hospitalière (plan blanc)",
    "Expérience de la fonction publique hospitalière",
]
QUAL = ["Sang-froid", "Sens de l'organisation", "Pédagogie", "Discrétion", "Esprit d'équipe"]

expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG},
         location={"fr": LOC}, schedule={"fr": SCHED}, deadline="2035-02-23",
         salary=sal(mn=2714, mx=3968, cur="EUR", period="month"), grade=GRADE,
         requirements={"fr": req(ESS, DES)},
         competencies={"fr": [{"name": q, "description": ""} for q in QUAL]})

MISS = [
    "Encadrer l'équipe de sécurité incendie et de sûreté (11 agents SSIAP) et organiser les plannings en 12 heures.",
    "Tenir à jour le registre de sécurité et préparer les visites de la commission de sécurité.",
    "Piloter les exercices d'évacuation et la formation du personnel soignant aux gestes de première intervention.",
    "Suivre les contrats de maintenance du système de sécurité incendie, du désenfumage et du contrôle d'accès.",
    "Contribuer au plan de sécurisation de l'établissement et au volet sûreté du plan blanc.",
    "Participer à l'astreinte technique de direction selon un roulement.",
]

def n(s):
    return nowrap(esc(s))

html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{esc(T)}</title>
<style>
@page {{ size: A4; margin: 1.5cm 1.7cm; @bottom-center {{ content: "Imprimé depuis l'espace Carrières – page " counter(page); font-size: 8pt; color: #666; }} }}
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10pt; }}
.top {{ background: #005a7d; color: white; padding: 6px 10px; font-size: 9pt; }}
.brand {{ font-size: 15pt; font-weight: bold; color: #005a7d; margin: 8px 0 2px; }}
.crumbs {{ font-size: 8.5pt; color: #555; }}
h1 {{ font-size: 15pt; color: #222; margin: 12px 0 6px; }}
table.fiche {{ border-collapse: collapse; width: 100%; margin: 8px 0 12px; }}
table.fiche th {{ text-align: left; width: 34%; background: #e8f1f5; padding: 4px 6px; border: 1px solid #c9dbe3; font-weight: bold; }}
table.fiche td {{ padding: 4px 6px; border: 1px solid #c9dbe3; }}
h2 {{ font-size: 11.5pt; color: #005a7d; border-bottom: 1px solid #005a7d; margin: 14px 0 6px; }}
</style></head><body>
<div class="top">Urgences : composez le 15 · Standard 04 71 00 00 00 · Prendre rendez-vous · Espace Carrières</div>
<div class="brand">{n(ORG)}</div>
<div class="crumbs">Accueil › Nous rejoindre › Offres d'emploi › Services techniques et logistiques</div>
<h1>{n(T)}</h1>
<table class="fiche">
<tr><th>Référence</th><td>{n(REF)}</td></tr>
<tr><th>Établissement</th><td>{n(ORG)}</td></tr>
<tr><th>Direction</th><td>Direction des services techniques, des travaux et de la sécurité</td></tr>
<tr><th>Lieu de travail</th><td>{n(LOC)}</td></tr>
<tr><th>Catégorie</th><td>B</td></tr>
<tr><th>Grade</th><td>{n(GRADE)}</td></tr>
<tr><th>Type de contrat</th><td>Titulaire ou contractuel (CDD de 3 ans en vue d'une mise en stage)</td></tr>
<tr><th>Temps de travail</th><td>{n(SCHED)}</td></tr>
<tr><th>Rémunération</th><td>de 2 714 € à 3 968 € bruts mensuels selon ancienneté, hors primes et NBI</td></tr>
<tr><th>Poste à pourvoir</th><td>1er avril 2035</td></tr>
<tr><th>Date limite de candidature</th><td>23/02/2035</td></tr>
</table>
<h2>L'établissement</h2>
<p>Établissement support du groupement hospitalier de territoire de la Haute-Loire, le {n(ORG)} compte plus de 900
lits et places répartis sur plusieurs sites, dont un service d'urgences, une maternité de niveau 2 et un EHPAD.
Plus de 2 000 professionnels y travaillent au service de la population du département.</p>
<h2>Missions principales</h2>
<ul>{''.join(f'<li>{n(m)}</li>' for m in MISS)}</ul>
<h2>Qualifications requises</h2>
<ul>{''.join(f'<li>{n(e)}</li>' for e in ESS)}</ul>
<h2>Seraient appréciés</h2>
<ul>{''.join(f'<li>{n(e)}</li>' for e in DES)}</ul>
<h2>Savoir-être</h2>
<ul>{''.join(f'<li>{n(e)}</li>' for e in QUAL)}</ul>
<h2>Avantages</h2>
<p>Crèche hospitalière, restaurant du personnel, CGOS, plan de formation, parking gratuit, 25 jours de congés
annuels et 15 jours de RTT.</p>
<h2>Candidature</h2>
<p>Lettre de motivation et CV à adresser à la Direction des ressources humaines, de préférence par courriel
(recrutement@ch-emile-roux.example), en précisant la référence {n(REF)}, avant le 23/02/2035. Les
entretiens de sélection se dérouleront le 8 mars 2035. Renseignements : M. l'ingénieur en chef des services
techniques, poste 4412.</p>
<p style="font-size:8.5pt;color:#666">Offre publiée le 19/01/2035 – mise à jour le 22/01/2035</p>
</body></html>
"""
hp = os.path.join(BUILD, KEY + "-emileroux.html")
with open(hp, "w", encoding="utf-8") as f:
    f.write(html)
weasy(hp, KEY + "-emileroux.weasyprint.pdf", KEY)

board = f"""
Emploi Hôpital Public – le site des offres des établissements publics de santé
Offres   Établissements   Métiers   Alertes e-mail   Mon espace

Auvergne-Rhône-Alpes > Haute-Loire > Services techniques

{T}

Établissement
{ORG}

Lieu de travail
{LOC}

Référence de l'établissement
{REF}

Grade
{GRADE}

Catégorie
B

Temps de travail
{SCHED}

Rémunération
de 2 714 € à 3 968 € bruts mensuels selon ancienneté, hors primes

Date de mise en ligne
19/01/2035

Date limite de candidature
23/02/2035

Description
Établissement support du GHT de la Haute-Loire, plus de 900 lits et places, urgences, maternité de niveau 2.
Missions : encadrement de l'équipe SSIAP (11 agents), registre de sécurité et commission de sécurité,
exercices d'évacuation et formation du personnel, suivi des contrats SSI/désenfumage/contrôle d'accès, volet
sûreté du plan blanc, astreinte technique.

Qualifications requises
{chr(10).join(ESS)}

Seraient appréciés
{chr(10).join(DES)}

Savoir-être
{chr(10).join(QUAL)}

Candidature : recrutement@ch-emile-roux.example (référence à rappeler). Entretiens le 8 mars 2035.

[ Postuler ]   [ Envoyer à un ami ]   [ Signaler l'annonce ]

Vous consultez aussi
Technicien supérieur hospitalier – biomédical · CH de Brioude · limite 02/03/2035
Agent de sécurité incendie SSIAP 1 · CH d'Yssingeaux · limite 16/02/2035
"""
out(KEY + "-emploihopital.txt", board, KEY)
