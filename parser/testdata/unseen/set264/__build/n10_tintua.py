from common import *
KEY = "att-se-rh-2039-09"
REF = "ATT/SE/RH/2039-09"
T = "Coordonnateur(trice) régional(e) du programme d'alphabétisation"
O = "Association Tin Tua"
L = "Fada N'Gourma (Burkina Faso)"
S = "Temps plein"
ESS = [
 "Diplôme universitaire (Bac + 4 minimum) en sciences de l'éducation, en sociologie ou en développement local",
 "Au moins cinq ans d'expérience dans la gestion de programmes d'éducation non formelle",
 "Bonne maîtrise du gulmancéma parlé et écrit",
 "Aptitude à rédiger des rapports en français à l'intention des partenaires techniques et financiers",
 "Permis de conduire moto et voiture",
]
DES = [
 "Connaissance des approches d'alphabétisation fonctionnelle et des centres Banma Nuara",
 "Expérience de travail dans la région de l'Est",
]
C = [
 ("Sens de l'écoute", "dialoguer avec les communautés, les animateurs et les autorités coutumières"),
 ("Capacité d'organisation", "planifier les sessions de formation dans plus de 200 centres"),
 ("Résistance à la pression", "tenir les délais des rapports et des missions de terrain"),
]
SALT = "566 500 FCFA brut mensuel"

def build():
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Recrutement – {T} – {O}</title>
<style>.chip{{display:inline-block;margin-right:6px}} .cookie{{position:fixed;bottom:0}}</style></head><body>
<div class="cookie">Ce site utilise des cookies. <button>OK</button></div>
<header><strong>{O.upper()}</strong> – « Que la lumière soit » · ONG de développement à la base depuis 1989
<ul><li>L'association</li><li>Nos programmes</li><li>Publications</li><li>Recrutements</li><li>Faire un don</li></ul></header>
<p>Accueil / Recrutements / {REF}</p>
<main>
<h1>{T}</h1>
<p><span class="chip">Publié le 29/09/2039</span><span class="chip">Programme Éducation</span><span class="chip">CDD</span></p>
<p>L'{O}, organisation non gouvernementale burkinabè œuvrant pour l'éducation, la santé et l'économie rurale dans la région de l'Est, recherche un(e) {T} pour son Secrétariat exécutif.</p>
<div class="resume">
<p><b>Référence :</b> {REF}<br>
<b>Employeur :</b> {O}<br>
<b>Lieu de travail :</b> {L}<br>
<b>Contrat :</b> CDD d'un an renouvelable<br>
<b>Temps de travail :</b> {S}<br>
<b>Salaire :</b> {SALT}, plus indemnités de terrain<br>
<b>Date limite :</b> vendredi 28 octobre 2039 à 17 h 00</p>
</div>
<h2>Responsabilités</h2>
<ul><li>coordonner les activités des centres d'alphabétisation des provinces du Gourma, de la Gnagna et de la Tapoa ;</li><li>superviser les animateurs et organiser leur formation continue ;</li><li>suivre les indicateurs du programme et produire les rapports trimestriels ;</li><li>entretenir les relations avec les services déconcentrés de l'éducation.</li></ul>
<h2>Qualifications requises</h2>
<ul>{li(ESS)}</ul>
<h2>Atouts</h2>
<ul>{li(DES)}</ul>
<h2>Qualités recherchées</h2>
<ul>{chr(10).join(f'<li><b>{n}</b> : {d}</li>' for n, d in C)}</ul>
<h2>Pour postuler</h2>
<p>Adressez une lettre de motivation, un CV, les copies des diplômes et trois références au Secrétaire exécutif, par courriel à recrutement@tintua.example ou au siège de Fada N'Gourma, au plus tard le 28 octobre 2039 à 17 h 00. Un test écrit aura lieu le 10 novembre 2039. Les candidatures féminines sont encouragées.</p>
</main>
<aside><h3>Actualités</h3><ul><li>Journée internationale de l'alphabétisation : bilan de la campagne – 8 septembre 2039</li><li>Appel d'offres pour l'impression de manuels – clôture 14 octobre 2039</li></ul></aside>
<footer>{O} · BP 167 Fada N'Gourma · Burkina Faso</footer>
</body></html>
"""
    w(KEY + "-tintua.html", html, KEY, "html")
    board = f"""FasoEmploi.bf — L'emploi au Burkina
Accueil > Offres > ONG / Associations > Est

{T.upper()}
{O}Fada N'Gourma, EstCDDBac + 4Expérience : 5 ans+Publiée le 30/09/2039
👁 2 317 vues   |   Expire le 28/10/2039

Titre du poste : {T}
Référence : {REF}Employeur : {O}Lieu de travail : {L}Temps de travail : {S}Salaire : {SALT}Date limite : 28 octobre 2039

DESCRIPTIONCoordonner les centres d'alphabétisation du Gourma, de la Gnagna et de la Tapoa, superviser les animateurs, suivre les indicateurs et produire les rapports trimestriels.
QUALIFICATIONS REQUISES
{bullets(ESS, '» ')}
ATOUTS
{bullets(DES, '» ')}
QUALITÉS RECHERCHÉES
{chr(10).join('» ' + n + ' : ' + d for n, d in C)}
COMMENT POSTULERLettre, CV, diplômes et trois références à recrutement@tintua.example. Test écrit le 10 novembre 2039.

Mots-clés : ONG, éducation, alphabétisation, Fada N'Gourma

Offres similaires
Animateur(trice) endogène – ONG – Diapaga – expire le 15/10/2039
Chargé(e) de suivi-évaluation – Projet agricole – Ouagadougou – expire le 31/10/2039
"""
    w(KEY + "-fasoemploi.txt", board, KEY, "txt")
    expected(KEY, reference=REF, languages=["fr"], title={"en": None, "fr": T},
             organisation={"en": None, "fr": O}, location={"en": None, "fr": L},
             schedule={"en": None, "fr": S}, deadline="2039-10-28",
             salary=sal(566500, cur="XOF", period="month"),
             requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}},
             competencies={"en": None, "fr": comp(C)})
