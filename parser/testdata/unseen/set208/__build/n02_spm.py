"""Collectivité territoriale de Saint-Pierre-et-Miquelon: careers page (HTML, <dl> facts) and a social-media post paste."""
from common import *

KEY = "ctspm-drh-2035-011"
REF = "CTSPM-DRH-2035-011"
T = "Chargé(e) de mission énergie et réseaux insulaires"
ORG = "Collectivité territoriale de Saint-Pierre-et-Miquelon"
LOC = "Saint-Pierre (975)"
SCHED = "Temps complet"
ESS = [
    "Diplôme d'ingénieur ou master (bac + 5) en énergétique, génie électrique ou environnement",
    "Expérience d'au moins trois ans dans la conduite de projets énergétiques, idéalement en zone non interconnectée",
    "Connaissance du cadre réglementaire de la production d'électricité et des aides publiques à la transition énergétique",
    "Aisance rédactionnelle (notes, rapports, cahiers des charges)",
    "Permis B",
]
DES = [
    "Expérience en collectivité territoriale ou dans un territoire insulaire",
    "Notions de modélisation des réseaux électriques",
    "Pratique de l'anglais technique",
]
QUAL = ["Autonomie", "Sens du service public", "Goût du travail en mode projet", "Capacité d'adaptation au contexte insulaire"]

expected(KEY, reference=REF, languages=["fr"], title={"fr": T}, organisation={"fr": ORG},
         location={"fr": LOC}, schedule={"fr": SCHED}, deadline="2035-02-16", salary=None, grade="A",
         requirements={"fr": req(ESS, DES)},
         competencies={"fr": [{"name": q, "description": ""} for q in QUAL]})

MISS = [
    "élaborer et suivre la feuille de route énergétique de l'archipel, en lien avec la programmation pluriannuelle de l'énergie ;",
    "piloter les études sur le stockage d'énergie et l'intégration des énergies renouvelables au réseau ;",
    "instruire les dossiers d'aides aux particuliers et aux entreprises (isolation, chauffage, véhicules électriques) ;",
    "représenter la Collectivité auprès du gestionnaire de réseau, des services de l'État et des partenaires canadiens ;",
    "préparer les rapports et délibérations soumis au Conseil territorial.",
]

def h(s):
    return esc(s)

html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{h(T)} – Offres d'emploi – Collectivité territoriale</title>
<style>body{{font-family:Arial,sans-serif;max-width:980px;margin:auto}} .cookie{{background:#033;color:#fff;padding:6px;font-size:12px}}
nav a{{margin-right:14px}} .wrap{{display:flex;gap:30px}} main{{flex:3}} aside{{flex:1.3;background:#eef4f6;padding:12px}}
dt{{font-weight:bold;margin-top:6px}} dd{{margin:0 0 4px 0}}</style></head><body>
<div class="cookie">Ce site utilise des cookies de mesure d'audience. <a href="#">Accepter</a> <a href="#">Refuser</a> <a href="#">Personnaliser</a></div>
<header><p><b>Collectivité territoriale</b> – Saint-Pierre &amp; Miquelon-Langlade</p>
<nav><a href="#">Accueil</a><a href="#">Vie territoriale</a><a href="#">Démarches</a><a href="#">Économie</a><a href="#">Offres d'emploi</a><a href="#">Contact</a></nav></header>
<p>Accueil &gt; Offres d'emploi &gt; {h(T)}</p>
<div class="wrap"><main>
<h1>{h(T)}</h1>
<p><i>Offre publiée le 15 janvier 2035</i> · <a href="#">Imprimer</a> · <a href="#">Partager</a></p>
<dl>
<dt>Référence</dt><dd>{REF}</dd>
<dt>Employeur</dt><dd>{ORG}</dd>
<dt>Direction</dt><dd>Direction du Développement durable et de l'Énergie</dd>
<dt>Lieu de travail</dt><dd>{LOC}</dd>
<dt>Cadre d'emplois</dt><dd>Ingénieurs territoriaux</dd>
<dt>Catégorie</dt><dd>A</dd>
<dt>Ouvert aux</dt><dd>Titulaires et contractuels</dd>
<dt>Temps de travail</dt><dd>{SCHED}</dd>
<dt>Poste à pourvoir le</dt><dd>01/05/2035</dd>
<dt>Date limite de candidature</dt><dd>16/02/2035</dd>
</dl>
<h2>Contexte</h2>
<p>L'archipel, non interconnecté aux grands réseaux continentaux, produit l'essentiel de son électricité à partir
de centrales thermiques. La Collectivité s'est fixé l'objectif de réduire de moitié cette dépendance d'ici 2040 et
renforce pour cela sa Direction du Développement durable et de l'Énergie.</p>
<h2>Vos missions</h2>
<p>Sous l'autorité de la directrice, vous serez chargé(e) de :</p>
<ul>{''.join(f'<li>{h(m)}</li>' for m in MISS)}</ul>
<h2>Profil recherché</h2>
<ul>{''.join(f'<li>{h(e)}</li>' for e in ESS)}</ul>
<h2>Serait apprécié</h2>
<ul>{''.join(f'<li>{h(e)}</li>' for e in DES)}</ul>
<h2>Qualités attendues</h2>
<ul>{''.join(f'<li>{h(e)}</li>' for e in QUAL)}</ul>
<h2>Conditions</h2>
<p>Rémunération statutaire, régime indemnitaire (RIFSEEP) et compléments applicables dans l'archipel ; prise en
charge des frais de déménagement selon la réglementation en vigueur ; 25 jours de congés annuels et RTT.</p>
<h2>Pour postuler</h2>
<p>Adressez lettre de motivation, CV et, le cas échéant, dernier arrêté de situation administrative à Monsieur le
Président du Conseil territorial, Direction des Ressources humaines, par courriel à drh@ct-spm.example, en
rappelant la référence {REF}, au plus tard le 16/02/2035. Les entretiens se tiendront en visioconférence
la semaine du 5 mars 2035.</p>
</main>
<aside><h3>Autres offres</h3>
<p><a href="#">Agent(e) d'accueil – Maison de l'archipel</a><br>Date limite : 02/02/2035</p>
<p><a href="#">Mécanicien(ne) – Service des bacs</a><br>Date limite : 09/03/2035</p>
<p><a href="#">Assistant(e) de gestion financière</a><br>Date limite : 23/02/2035</p></aside></div>
<footer><p>Hôtel du Territoire – Place de la Monnaie – 97500 Saint-Pierre · Mentions légales · Accessibilité</p></footer>
</body></html>
"""
out(KEY + "-ct975.html", html, KEY)

post = f"""
Collectivité Territoriale SPM
15 janvier, 09:42 · 🌐

📣 OFFRE D'EMPLOI 📣

La {ORG} recrute un(e) :
➡️ {T}
(catégorie A – cadre d'emplois des ingénieurs territoriaux)

📍 Lieu de travail : {LOC}
⏱️ {SCHED}
🗂️ Réf. {REF}
📅 Date limite de candidature : 16 février 2035

L'archipel produit encore l'essentiel de son électricité à partir de centrales thermiques : venez nous aider à
changer ça ! Au programme : feuille de route énergétique, études sur le stockage et les renouvelables, aides aux
particuliers et aux entreprises, relations avec le gestionnaire de réseau, les services de l'État et nos voisins
canadiens, préparation des délibérations du Conseil territorial.

✅ Profil recherché
{chr(10).join('- ' + e for e in ESS)}

➕ Serait apprécié
{chr(10).join('- ' + e for e in DES)}

🤝 Qualités attendues
{chr(10).join('- ' + e for e in QUAL)}

Rémunération statutaire + RIFSEEP + compléments applicables dans l'archipel, frais de déménagement pris en charge.
Candidature (lettre + CV) à drh@ct-spm.example avant le 16 février 2035. Entretiens en visio la semaine du
5 mars 2035. Prise de poste au 1er mai 2035.

Toutes nos offres ➡️ rubrique « Offres d'emploi » de notre site.
#SaintPierreEtMiquelon #emploi #transitionénergétique

👍❤️ 48    12 commentaires    31 partages

J'aime    Commenter    Partager

Marie-Laure B.
Partagé à mon frère qui est à Halifax 😉
1 j   J'aime   Répondre

Collectivité Territoriale SPM
@Yann Detcheverry bonjour, oui les candidatures des contractuels sont bien acceptées. Bonne journée !
1 j   J'aime   Répondre

Stéphane A.
La date du 16 c'est bien pour février ? merci
22 h   J'aime   Répondre

Collectivité Territoriale SPM
Oui, le vendredi 16 février 2035 👍
21 h   J'aime   Répondre
"""
out(KEY + "-facebook.txt", post, KEY)
