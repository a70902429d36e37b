# Fondation AVSI (Cote d'Ivoire) - NGO site page (html) + Educarriere board copy
from common import *
REF = "AVSI-CI/RH/2035/22"
K = key_of(REF)
TITLE = "Responsable protection de l'enfance"
ORG = "Fondation AVSI"
LOC = "Man, avec déplacements fréquents dans les régions du Tonkpi et du Cavally"
SCHED = "Temps plein (40 heures par semaine), disponibilité pour les missions de terrain"
SALTXT = "850 000 FCFA brut mensuel, assurance maladie prise en charge à 80 %"
ESS = [
 "Master en travail social, psychologie, droit ou sciences sociales",
 "Quatre (4) ans d'expérience au moins dans des projets de protection de l'enfance, dont deux en gestion d'équipe",
 "Bonne connaissance du système ivoirien de protection de l'enfant et des standards minimums en la matière",
 "Maîtrise de la gestion de cas et des outils de référencement",
 "Permis de conduire B valide",
]
DES = [
 "Connaissance du yacouba (dan) ou du guéré",
 "Expérience avec un bailleur institutionnel européen",
]
COMP = [
 ("Écoute", "crée un climat de confiance avec les enfants et les familles."),
 ("Rigueur", "respecte la confidentialité des dossiers et les délais de rapportage."),
 ("Leadership", "motive une équipe de travailleurs sociaux dispersée sur plusieurs sites."),
]
MISSIONS = [
 "Coordonner les activités de gestion de cas dans les sous-préfectures d'intervention",
 "Encadrer et former six travailleurs sociaux et les comités communautaires",
 "Assurer le lien avec les centres sociaux et les services de l'État",
 "Préparer les rapports narratifs trimestriels destinés au bailleur",
]
li = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Offres d'emploi – AVSI Côte d'Ivoire</title>
<style>
body {{ font-family: Georgia, serif; margin: 0; }}
.don {{ background: #e30613; color: #fff; padding: 5px 20px; font-family: sans-serif; font-size: 9pt; }}
header, main, footer {{ padding: 8px 20px; }}
.run {{ background: #f3f0e8; padding: 10px; border-left: 4px solid #e30613; }}
.run p {{ margin: 3px 0; }}
</style></head><body>
<div class="don">Faire un don · Newsletter · AVSI dans le monde</div>
<header><b>AVSI</b> Côte d'Ivoire
<nav>Qui sommes-nous | Nos projets | Publications | Nous rejoindre | Contact</nav></header>
<main>
<p><small>Accueil / Nous rejoindre / Offres d'emploi</small></p>
<h1>{TITLE} – Man</h1>
<p><em>Mis en ligne le 22 juin 2035 – Projet « Grandir en sécurité » (nom fictif)</em></p>
<p>Présente en Côte d'Ivoire depuis plus de vingt ans, la Fondation AVSI soutient l'éducation, la protection et
les moyens de subsistance des familles vulnérables de l'Ouest du pays.</p>
<div class="run">
<p><strong>Référence :</strong> {REF}</p>
<p><strong>Titre du poste :</strong> {TITLE}</p>
<p><strong>Organisation :</strong> {ORG}</p>
<p><strong>Rattachement :</strong> Chef de projet, bureau de Man</p>
<p><strong>Lieu d'affectation :</strong> {LOC}</p>
<p><strong>Type de contrat :</strong> CDD de 12 mois renouvelable</p>
<p><strong>Temps de travail :</strong> {SCHED}</p>
<p><strong>Salaire :</strong> {SALTXT}</p>
<p><strong>Prise de fonction :</strong> 1er septembre 2035</p>
<p><strong>Date limite de candidature :</strong> 09/07/2035</p>
</div>
<h2>Responsabilités</h2><ul>{li(MISSIONS)}</ul>
<h2>Profil recherché</h2><ul>{li(ESS)}</ul>
<h2>Serait un atout</h2><ul>{li(DES)}</ul>
<h2>Qualités personnelles</h2><ul>{''.join(f'<li><strong>{n} :</strong> {d}</li>' for n, d in COMP)}</ul>
<h2>Candidature</h2>
<p>CV, lettre de motivation et trois références à envoyer à recrutement.ci@avsi.example, objet « {REF} ».
Les entretiens auront lieu à Man du 20 au 24 juillet 2035. Les candidatures féminines sont vivement encouragées.
AVSI applique une politique de tolérance zéro envers toute forme d'abus sur les enfants.</p>
<aside><h3>Autres offres</h3><p>Assistant(e) suivi-évaluation – Guiglo – date limite 02/07/2035<br>Chauffeur – Man – date limite 15/07/2035</p></aside>
</main>
<footer>AVSI Côte d'Ivoire – Cocody, Abidjan (adresse fictive) · Mentions légales · Cookies</footer>
</body></html>
"""
write(f"{K}-avsi.html", html)
edu = f"""Accueil Offres d'emploi Offres de stage Appels d'offres Conseils CV Espace recruteur Connexion Inscription
EDUCARRIERE
OFFRES D'EMPLOI > ONG / ASSOCIATIONS
{TITLE.upper()}
Code : 63 518Date d'édition : 23/06/2035Date limite : 09/07/2035
Niveau : Bac+5Expérience : 4 ansMétier : Social / HumanitaireLieu : Man
Partager sur Facebook Partager sur LinkedIn Signaler l'offre
FONDATION AVSI
Description de l'offre
Présente en Côte d'Ivoire depuis plus de vingt ans, la Fondation AVSI soutient l'éducation, la protection et les moyens de subsistance des familles vulnérables de l'Ouest du pays.
Référence : {REF}Titre du poste : {TITLE}Organisation : {ORG}Lieu d'affectation : {LOC}Type de contrat : CDD de 12 mois renouvelableTemps de travail : {SCHED}Salaire : {SALTXT}Prise de fonction : 1er septembre 2035
Responsabilités : {' - '.join(MISSIONS)}
Profil du poste
{chr(10).join(ESS)}
Serait un atout : {' ; '.join(DES)}
Qualités personnelles : {' '.join(f'{n} : {d}' for n, d in COMP)}
Dossiers de candidature
CV, lettre de motivation et trois références à recrutement.ci@avsi.example, objet « {REF} ». Entretiens à Man du 20 au 24 juillet 2035.
OFFRES SIMILAIRES
CHARGÉ DE PROTECTION COMMUNAUTAIRE Date limite : 18/07/2035 Lieu : Bouaké Salaire : 500 000 FCFA
COORDONNATEUR ÉDUCATION Date limite : 30/07/2035 Lieu : Abidjan
© Educarriere 2035 - Tous droits réservés
"""
write(f"{K}-educarriere.txt", edu)
expected(REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {"fr": SCHED}, "2035-07-09",
         sal(amount=850000, cur="XOF", period="month"), None,
         {"fr": {"essential": ESS, "desirable": DES}}, {"fr": comps(COMP)})
