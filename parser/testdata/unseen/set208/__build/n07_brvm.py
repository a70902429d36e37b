"""Bourse Régionale des Valeurs Mobilières (Abidjan): careers page (HTML, facts table) and a finance job-board copy with glued fields."""
from common import *

KEY = "brvm-drh-2035-02"
REF = "BRVM/DRH/2035/02"
T = "Chargé(e) du suivi des émetteurs et de l'information financière"
ORG = "Bourse Régionale des Valeurs Mobilières"
LOC = "Abidjan, Côte d'Ivoire"
SCHED = "Temps plein"
ESS = [
    "Diplôme de niveau Bac + 5 en finance, comptabilité, audit ou droit des affaires.",
    "Au moins quatre (4) années d'expérience en audit, en analyse financière ou dans une fonction de conformité sur les marchés financiers.",
    "Bonne connaissance des normes SYSCOHADA et IFRS ainsi que des règles du marché financier régional de l'UMOA.",
    "Excellente capacité rédactionnelle en français.",
    "Être ressortissant(e) de l'un des huit (8) États membres de l'UEMOA.",
]
DES = [
    "Certification CFA (niveau 2 au moins) ou diplôme d'expertise comptable.",
    "Expérience dans une société de gestion et d'intermédiation ou une autorité de marché.",
    "Maîtrise de l'anglais financier.",
]
COMP = [
    ("Intégrité", "fait preuve d'une honnêteté irréprochable et respecte la confidentialité des informations privilégiées."),
    ("Rigueur", "vérifie chaque publication avant sa diffusion au marché."),
    ("Réactivité", "traite en temps réel les informations susceptibles d'influencer les cours."),
    ("Sens relationnel", "entretient des échanges constructifs avec les émetteurs et leurs conseils."),
]

expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG},
         location={"fr": LOC}, schedule={"fr": SCHED}, deadline="2035-02-20", salary=None, grade=None,
         requirements={"fr": req(ESS, DES)},
         competencies={"fr": [{"name": n, "description": d} for n, d in COMP]})

MISS = [
    "Contrôler le respect, par les sociétés cotées, de leurs obligations d'information périodique et permanente.",
    "Analyser les états financiers annuels et semestriels publiés et préparer les notes de synthèse.",
    "Instruire les demandes d'admission à la cote et les opérations financières (augmentations de capital, emprunts obligataires).",
    "Préparer les avis et communiqués destinés au marché et alimenter la base de données des émetteurs.",
    "Participer aux actions de formation et de promotion du marché auprès des entreprises de la sous-région.",
]

html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Carrières – {esc(T)}</title>
<style>body{{font-family:Verdana,sans-serif;font-size:13px;margin:0}} .tick{{background:#0b2e59;color:#fff;padding:4px 10px;font-size:11px}}
header{{padding:10px;border-bottom:3px solid #c8a200}} nav a{{margin-right:12px;color:#0b2e59}} main{{max-width:900px;margin:auto}}
table.infos th{{text-align:left;background:#f2f2f2;padding:4px 8px}} table.infos td{{padding:4px 8px}}
.cookie{{position:fixed;bottom:0;background:#333;color:#eee;width:100%;padding:6px}}</style></head><body>
<div class="tick">BRVM Composite 312,45 (+0,38 %) · BRVM 30 158,12 (+0,21 %) · Capitalisation actions : 14 205 milliards FCFA · Séance du 22/01/2035</div>
<header><b>BRVM</b> – Bourse Régionale des Valeurs Mobilières
<nav><a href="#">La BRVM</a><a href="#">Marchés</a><a href="#">Émetteurs</a><a href="#">Publications</a><a href="#">Carrières</a><a href="#">Contact</a></nav></header>
<main>
<p>Accueil / Carrières / Offres en cours</p>
<h1>{esc(T)}</h1>
<p><a href="#">Postuler en ligne</a> | <a href="#">Télécharger l'offre (PDF)</a></p>
<table class="infos">
<tr><th>Référence</th><td>{REF}</td></tr>
<tr><th>Employeur</th><td>{ORG}</td></tr>
<tr><th>Direction</th><td>Direction des Opérations de Marché – Département Émetteurs</td></tr>
<tr><th>Lieu</th><td>{LOC}</td></tr>
<tr><th>Contrat</th><td>CDI</td></tr>
<tr><th>Temps de travail</th><td>{SCHED}</td></tr>
<tr><th>Rémunération</th><td>Attractive, selon profil</td></tr>
<tr><th>Date de publication</th><td>22 janvier 2035</td></tr>
<tr><th>Date limite</th><td>20 février 2035 à 18 h 00 GMT</td></tr>
</table>
<h2>Qui sommes-nous ?</h2>
<p>Institution financière spécialisée commune aux huit pays de l'Union économique et monétaire ouest-africaine,
la {ORG} organise le marché boursier régional depuis son siège d'Abidjan et s'appuie sur une antenne
nationale de bourse dans chaque État membre. Elle accompagne aujourd'hui près d'une centaine de sociétés cotées.</p>
<h2>Vos missions</h2>
<ul>{''.join(f'<li>{esc(m)}</li>' for m in MISS)}</ul>
<h2>Profil recherché</h2>
<ul>{''.join(f'<li>{esc(e)}</li>' for e in ESS)}</ul>
<h2>Atouts</h2>
<ul>{''.join(f'<li>{esc(e)}</li>' for e in DES)}</ul>
<h2>Compétences comportementales</h2>
<ul>{''.join(f'<li><strong>{esc(n)}</strong> : {esc(d)}</li>' for n, d in COMP)}</ul>
<h2>Comment postuler ?</h2>
<p>Déposez votre dossier (CV, lettre de motivation, copies des diplômes) sur notre plateforme en ligne avant le
20 février 2035 à 18 h 00 GMT, en rappelant la référence {REF}. Les candidat(e)s présélectionné(e)s
passeront des tests écrits le 7 mars 2035. La BRVM ne demande aucun frais pour le traitement des candidatures.</p>
<h3>Autres offres</h3>
<ul><li><a href="#">Ingénieur(e) sécurité des systèmes d'information</a> – clôture le 27/02/2035</li>
<li><a href="#">Assistant(e) de direction bilingue</a> – clôture le 13/02/2035</li></ul>
</main>
<footer><p>Immeuble BRVM, Abidjan – Plateau · © 2035 BRVM · Mentions légales</p></footer>
<div class="cookie">Nous utilisons des cookies pour améliorer votre navigation. <button>OK</button></div>
</body></html>
"""
out(KEY + "-brvm.html", html, KEY)

board = f"""
Emplois Finance Afrique
Rechercher une offre   Recruteurs   Publier une offre   Se connecter

{T}
{ORG} · {LOC} · CDI
Publiée il y a 6 jours · 389 candidatures · Réf. annonce EFA-502291

Candidature simplifiée   Enregistrer

Référence employeur{REF}Entreprise{ORG}Lieu{LOC}Type de contratCDITemps de travail{SCHED}SecteurMarchés financiersNiveau d'expérienceConfirméDate limite20/02/2035

À propos de l'offre
Qui sommes-nous ?Institution financière spécialisée commune aux huit pays de l'UEMOA, la {ORG} organise le marché boursier régional depuis Abidjan.
Vos missionsContrôle des obligations d'information des sociétés cotées ; analyse des états financiers publiés ; instruction des admissions à la cote et des opérations financières ; préparation des avis au marché ; formation et promotion du marché.
Profil recherché
{chr(10).join(ESS)}
Atouts
{chr(10).join(DES)}
Compétences comportementales
{chr(10).join(f'{n} : {d}' for n, d in COMP)}
Tests écrits le 7 mars 2035 pour les candidats présélectionnés.

Compétences
Analyse financièreSYSCOHADAIFRSConformitéMarchés de capitaux

Les candidats ont aussi consulté
Analyste crédit senior · Banque régionale · Dakar · clôture 15/02/2035
Auditeur(trice) interne · Groupe bancaire · Lomé · clôture 28/02/2035
"""
out(KEY + "-emploisfinance.txt", board, KEY)
