"""Ministère de l'Eau et de l'Assainissement (Chad), project unit recruitment: ATS-like page + Facebook group repost."""
from common import *

KEY = "mea-sg-ucp-phps-2041-044"
REF = "MEA/SG/UCP-PHPS/2041/044"
TITLE = "Spécialiste en hydraulique pastorale"
ORG = "Ministère de l'Eau et de l'Assainissement"
LOC = "Abéché (province du Ouaddaï), avec missions fréquentes dans le Batha et le Wadi Fira"
SCHED = "Temps plein, 40 heures par semaine"
ESS = [
    "Diplôme d'ingénieur (Bac + 5) en hydraulique, en génie rural ou en hydrogéologie.",
    "Au moins huit ans d'expérience professionnelle, dont cinq dans la réalisation d'ouvrages hydrauliques pastoraux.",
    "Expérience de la supervision de travaux de forages, de puits cimentés ou de mares surcreusées.",
    "Connaissance des règles de gestion concertée des couloirs de transhumance.",
    "Maîtrise du français et de l'arabe tchadien.",
]
DES = [
    "Expérience d'un projet financé par un bailleur multilatéral.",
    "Pratique d'un logiciel de SIG (QGIS ou équivalent).",
]
COMP = ["Leadership", "Capacité de négociation", "Rigueur", "Aptitude au travail en zone difficile"]
TACHES = [
    "Programmer et superviser la réalisation de 60 puits pastoraux et de 25 mares le long des axes de transhumance",
    "Contrôler la qualité des études d'implantation et des dossiers d'appel d'offres",
    "Appuyer la mise en place des comités de gestion des ouvrages avec les autorités traditionnelles",
    "Veiller au respect des mesures de sauvegarde environnementale et sociale sur les chantiers",
    "Renseigner les indicateurs du cadre de résultats et préparer les rapports trimestriels",
]

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{TITLE} – Recrutement</title>
<style>
body{{font-family:Arial,sans-serif;margin:0;font-size:14px}} .bar{{background:#002664;color:#fff;padding:8px 20px}}
.meta div{{margin-bottom:8px}} .meta .l{{color:#666;font-size:12px}} .meta .v{{font-weight:bold}}
.cols{{display:flex;gap:30px;padding:20px}} .meta{{flex:1;border-right:1px solid #ddd}} .desc{{flex:3}}
</style></head><body>
<div class="bar">République du Tchad – Portail des recrutements des projets publics · <a style="color:#fff" href="#">Postuler</a></div>
<div class="cols">
<div class="meta">
<div><div class="l">Réf.</div><div class="v">{REF}</div></div>
<div><div class="l">Type d'offre</div><div class="v">Poste projet</div></div>
<div><div class="l">Type de contrat</div><div class="v">CDD de 24 mois renouvelable</div></div>
<div><div class="l">Employeur</div><div class="v">{ORG}</div></div>
<div><div class="l">Projet</div><div class="v">Projet d'Hydraulique Pastorale au Sahel (PHPS) – Unité de coordination</div></div>
<div><div class="l">Lieu d'affectation</div><div class="v">{LOC}</div></div>
<div><div class="l">Régime</div><div class="v">{SCHED}</div></div>
<div><div class="l">Rémunération</div><div class="v">1 740 000 FCFA nets par mois</div></div>
<div><div class="l">Date limite de candidature</div><div class="v">30/12/2041 17:00</div></div>
<div><div class="l">Mis en ligne le</div><div class="v">02/12/2041</div></div>
</div>
<div class="desc">
<p>AFRIQUE CENTRALE · TCHAD · ABÉCHÉ</p>
<h1>Recrutement d'un(e) {TITLE}</h1>
<h2>Contexte</h2>
<p>Le Gouvernement de la République du Tchad a obtenu un financement pour le Projet d'Hydraulique Pastorale au Sahel, placé sous la tutelle du Ministère de l'Eau et de l'Assainissement. Le projet vise à sécuriser l'accès à l'eau des éleveurs transhumants et à réduire les conflits autour des points d'abreuvement dans l'est du pays. L'Unité de coordination lance le recrutement d'un(e) spécialiste pour son antenne d'Abéché.</p>
<h2>Description du poste</h2>
<p>Intitulé du poste : {TITLE}<br>Sous l'autorité du Coordonnateur national, le ou la spécialiste aura les tâches suivantes :</p>
<ul>{''.join(f'<li>{t}.</li>' for t in TACHES)}</ul>
<h2>Profil recherché</h2>
<ul>{''.join(f'<li>{x}</li>' for x in ESS)}</ul>
<p>Atouts :</p>
<ul>{''.join(f'<li>{x}</li>' for x in DES)}</ul>
<h2>Compétences comportementales</h2>
<ul>{''.join(f'<li>{c}</li>' for c in COMP)}</ul>
<h2>Dossier et dépôt</h2>
<p>Lettre de motivation, CV détaillé, copies des diplômes et attestations de travail, trois références. Dépôt en ligne ou sous pli fermé au secrétariat de l'Unité de coordination, quartier Klemat, N'Djamena (adresse fictive), au plus tard le 30 décembre 2041 à 17 h 00. Les candidat(e)s présélectionné(e)s seront entendu(e)s en janvier 2042. La procédure suit les règles de passation du bailleur ; les candidatures féminines sont encouragées.</p>
<p><a href="#">Postuler</a> · <a href="#">Retour aux offres</a></p>
</div></div>
<footer style="padding:10px 20px;color:#777">Autres offres : Comptable du projet (clôture 19/12/2041) · Chauffeur (clôture 12/12/2041)</footer>
</body></html>
"""
write(KEY + "-portail.html", html, KEY)

fb = f"""Emplois & Opportunités Tchad 🇹🇩
Groupe public · 86 k membres

Mahamat Abakar (fictif) ▸ Emplois & Opportunités Tchad
4 déc. · 🌍

🚨 AVIS DE RECRUTEMENT 🚨
📌 Réf. : {REF}
🏛️ Employeur : {ORG} (Projet d'Hydraulique Pastorale au Sahel – PHPS)
👷 Poste : {TITLE}
📍 Lieu d'affectation : {LOC}
🕗 Régime : {SCHED}
💰 Rémunération : 1 740 000 FCFA nets par mois
📝 Contrat : CDD de 24 mois renouvelable
⏳ Date limite : 30 décembre 2041 à 17h

🔧 Tâches :
{chr(10).join("• " + t for t in TACHES)}

🎓 Profil recherché :
{chr(10).join("✔ " + x for x in ESS)}

➕ Atouts :
{chr(10).join("▫ " + x for x in DES)}

🤝 Compétences comportementales : {", ".join(COMP)}.

📂 Dossier : lettre, CV, diplômes, attestations, 3 références, en ligne ou à l'UCP (Klemat, N'Djamena).
Partagez autour de vous 🙏 #Tchad #Abéché #Emploi #Hydraulique
… Voir moins

👍😮 312   45 commentaires   97 partages

Achta Hissein
C'est pour les ingénieurs seulement ? Les techniciens supérieurs peuvent postuler ?
J'aime · Répondre · 3 j

Mahamat Abakar (fictif)
@Achta Hissein c'est Bac+5 demandé. Un autre avis pour techniciens sort le 15/12 normalement.
J'aime · Répondre · 3 j
"""
write(KEY + "-facebook.txt", fb, KEY)

expected(KEY, reference=REF, languages=["fr"], title=TITLE, organisation=ORG, location=LOC,
         schedule=SCHED, deadline="2041-12-30", salary=salary(1740000, cur="XAF"), grade=None,
         requirements={"fr": {"essential": ESS, "desirable": DES}},
         competencies={"fr": [(c, "") for c in COMP]})
save_rows("n10")
