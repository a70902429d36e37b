from common import *
REF = "AFC-RDC/RH/2044/041"
T = "Ingénieur(e) optimisation RF 4G"
ORG = "Africell RDC S.A."
LOC = "Kinshasa (Gombe), avec missions au Kongo-Central et au Kwilu"
SCH = "40 heures par semaine, astreintes réseau par rotation d'une semaine sur cinq"
ESS = ["Diplôme d'ingénieur ou master en télécommunications, électronique ou réseaux",
       "Au moins trois ans d'expérience en optimisation radio sur des réseaux 3G et 4G",
       "Pratique des outils de drive test et d'analyse de traces",
       "Bonne connaissance des équipements radio de deux constructeurs au moins",
       "Permis de conduire valide"]
DES = ["Une certification sur la 5G NR", "Des notions de programmation en Python pour l'automatisation des rapports"]
COMP = [("Esprit d'analyse", "identifier rapidement la cause d'une dégradation des indicateurs"),
        ("Travail d'équipe", "coopérer avec les équipes de transmission, d'énergie et de maintenance"),
        ("Résistance à la pression", "tenir les délais lors des lancements de sites et des incidents majeurs")]
MIS = ["Suivre au quotidien les indicateurs de performance du réseau 4G (accessibilité, coupures, débit)",
       "Planifier et analyser les campagnes de mesures sur le terrain",
       "Proposer et mettre en œuvre les réglages de paramètres, d'inclinaison et d'azimut des antennes",
       "Préparer l'intégration des nouveaux sites et vérifier leur performance après mise en service",
       "Rédiger les rapports hebdomadaires destinés à la Direction Technique"]
cards = [("Référence", REF), ("Poste", T), ("Société", ORG), ("Direction", "Direction Technique – Planification et Optimisation"),
         ("Lieu", LOC), ("Horaires", SCH), ("Contrat", "CDI"),
         ("Rémunération", "de 2 200 à 2 800 USD bruts par mois selon expérience, plus prime de performance trimestrielle"),
         ("Date limite", "lundi 11 avril 2044")]
cardhtml = "\n".join(f'  <div class="card"><div class="lbl">{a}</div><div class="val">{b}</div></div>' for a, b in cards)
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Offre {REF} – Africell RDC</title>
<style>body{{font-family:Helvetica,Arial,sans-serif;margin:0}} .promo{{background:#6c2c91;color:#fff;padding:6px 20px}}
.cards{{display:flex;flex-wrap:wrap;gap:10px}} .card{{border:1px solid #ccc;border-radius:6px;padding:8px;width:260px}}
.lbl{{font-size:11px;text-transform:uppercase;color:#888}} .val{{font-weight:600}} main{{max-width:960px;margin:auto;padding:16px}}</style></head>
<body>
<div class="promo">Forfait Internet 10 Go à 5 USD pendant 7 jours – composez *100# · Offre soumise à conditions</div>
<header><a href="#">Accueil</a> · <a href="#">Particuliers</a> · <a href="#">Entreprises</a> · <a href="#">Afrimoney</a> · <a href="#">Carrières</a></header>
<main>
<p><a href="#">Carrières</a> / <a href="#">Offres ouvertes</a> / Technique</p>
<h1>Construisons ensemble le réseau de demain</h1>
<p>Africell RDC S.A. poursuit l'extension de son réseau 4G dans l'ouest du pays et recherche un profil technique confirmé.</p>
<div class="cards">
{cardhtml}
</div>
<h2>Vos responsabilités</h2>
<ol>{''.join('<li>' + m + '</li>' for m in MIS)}</ol>
<h2>Ce que nous attendons de vous</h2>
<ul>{''.join('<li>' + x + '</li>' for x in ESS)}</ul>
<h3>Un plus</h3>
<ul>{''.join('<li>' + x + '</li>' for x in DES)}</ul>
<h2>Vos qualités</h2>
<ul>{''.join(f'<li><strong>{n}</strong> : {d}</li>' for n, d in COMP)}</ul>
<h2>Candidature</h2>
<p>Postulez en ligne avant le lundi 11 avril 2044, minuit (heure de Kinshasa), en joignant CV et lettre de motivation.
Seuls les candidat(e)s présélectionné(e)s seront contacté(e)s pour un test technique prévu entre le 20 et le 22 avril 2044.</p>
<aside><h3>Autres offres</h3><p>Superviseur(e) des ventes Afrimoney – Matadi – 04/04/2044<br>Technicien(ne) énergie sites – Kikwit – 15/04/2044</p></aside>
</main>
<footer>Africell RDC S.A. – Kinshasa/Gombe (adresse fictive) – Aucun frais n'est exigé pour postuler.</footer>
</body></html>"""
w("afc-rdc-rh-2044-041-africell.html", html, REF)

li = f"""Passer au contenu principal
LinkedIn
Accueil
Réseau
Emplois
Messagerie
Notifications

Africell RDC S.A.
{T}
Kinshasa, Kinshasa, République démocratique du Congo · il y a 1 semaine · Plus de 100 candidats
Sur site   Temps plein   Confirmé
2 200 $US/mois - 2 800 $US/mois
Postuler   Enregistrer

À propos de l'offre d'emploi
Référence : {REF}
Intitulé du poste : {T}
Entreprise : {ORG}
Lieu : {LOC}
Horaires : {SCH}
Rémunération : 2 200 à 2 800 USD bruts mensuels
Date limite de candidature : 11/04/2044

Vos responsabilités
{chr(10).join('• ' + m for m in MIS)}

Profil
{chr(10).join('• ' + x for x in ESS)}

Un plus
{chr(10).join('• ' + x for x in DES)}

Qualités
{chr(10).join(f'{n} : {d}' for n, d in COMP)}

Test technique prévu du 20 au 22 avril 2044.
…voir plus

Retrouvez qui a été recruté(e) pour ce poste
Offres d'emploi similaires
Ingénieur transmission micro-ondes · Opérateur mobile · Lubumbashi · il y a 3 jours
Chef de projet déploiement · Équipementier · Kinshasa · 3 000 $US/mois
À propos  Accessibilité  Conditions générales  Confidentialité  Publicité
LinkedIn Corporation © 2044
"""
w("afc-rdc-rh-2044-041-linkedin.txt", li, REF)
expected(REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2044-04-11",
         sal(mn=2200, mx=2800, cur="USD"), None, {"fr": (ESS, DES)}, {"fr": COMP})
save_rows("n04")
