from common import *

KEY = "sbin-drh-2043-0092"
REF = "SBIN/DRH/2043/0092"
TITLE = "Ingénieur(e) d'exploitation datacenter (Tier III)"
ORG = "Société Béninoise d'Infrastructures Numériques (SBIN) – Celtiis"
LOC = "Datacenter national, Cotonou, avec déplacements ponctuels au site de secours d'Abomey-Calavi"
SCHED = "Travail posté en rotation jour/nuit, 42 heures par semaine en moyenne"
ESS = ["Diplôme d'ingénieur ou master en électrotechnique, en génie climatique ou en réseaux et télécommunications",
       "Trois ans minimum d'expérience dans l'exploitation d'un datacenter ou d'une salle technique critique",
       "Connaissance des onduleurs, groupes électrogènes, systèmes de refroidissement et de détection incendie",
       "Notions solides de réseaux IP et de câblage structuré"]
DES = ["Certification CDCP ou équivalente",
       "Expérience de la norme ISO/IEC 27001"]
COMP = [("Rigueur opérationnelle", "appliquer sans écart les procédures de changement et d'escalade"),
        ("Réactivité", "intervenir à toute heure lors d'un incident critique"),
        ("Esprit d'équipe", "travailler en bonne intelligence avec les équipes réseau, énergie et sécurité")]
MISS = ["Assurer la surveillance continue des infrastructures électriques et de climatisation depuis la salle de supervision",
        "Réaliser les rondes, les relevés et les tests mensuels des groupes électrogènes",
        "Piloter les interventions des sous-traitants de maintenance et contrôler leurs rapports",
        "Gérer les demandes d'hébergement des clients (installation de baies, brassages, accès)",
        "Mettre à jour la documentation d'exploitation et le registre des incidents",
        "Proposer des actions d'amélioration de l'efficacité énergétique (PUE)"]

expected(KEY, reference=REF, post_number=None, languages=["fr"], title={"fr": TITLE},
         organisation={"fr": ORG}, location={"fr": LOC}, schedule={"fr": SCHED}, deadline="2043-09-14",
         salary=sal(mn=650000, mx=820000, cur="XOF"), grade=None, clearance=None,
         requirements={"fr": (ESS, DES)}, competencies={"fr": COMP})

facts = [("Référence", REF), ("Poste", TITLE), ("Société", ORG), ("Direction", "Direction des Infrastructures et de l'Exploitation"),
         ("Lieu", LOC), ("Horaires", SCHED), ("Contrat", "CDI"),
         ("Salaire", "de 650 000 à 820 000 FCFA bruts par mois selon expérience"),
         ("Date limite", "14/09/2043")]
html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{TITLE} | Carrières Celtiis</title>
<style>
body{{margin:0;font-family:Helvetica,Arial,sans-serif;background:#f6f6f6}}
.promo{{background:#ffcc00;text-align:center;padding:6px;font-size:13px}}
header{{background:#fff;padding:10px 24px;border-bottom:4px solid #e30613}}
header a{{margin-right:16px;color:#333;text-decoration:none}}
.wrap{{display:flex;gap:24px;padding:20px 24px}}
.card{{background:#fff;border-radius:8px;padding:16px;box-shadow:0 1px 3px #ccc}}
aside.card{{width:300px}} aside p{{margin:0 0 10px}} aside strong{{display:block;font-size:12px;color:#e30613;text-transform:uppercase}}
main.card{{flex:1}}
footer{{text-align:center;font-size:11px;color:#666;padding:16px}}
</style></head><body>
<div class="promo">📶 Nouveau : forfait Fibre Maison 100 Mb/s à 15 000 FCFA par mois – <a href="#">Je découvre</a></div>
<header><a href="#"><b>celtiis</b></a><a href="#">Particuliers</a><a href="#">Entreprises</a><a href="#">Wholesale</a><a href="#">À propos</a><a href="#"><b>Carrières</b></a><a href="#">Assistance</a></header>
<div class="wrap">
<aside class="card">
{chr(10).join('<p><strong>%s</strong>%s</p>' % f for f in facts)}
<p><a href="#">Postuler en ligne</a></p>
</aside>
<main class="card">
<p style="font-size:12px;color:#777">Carrières › Offres d'emploi › Technique</p>
<h1>Rejoignez les équipes qui font tourner le numérique béninois</h1>
<p>Celtiis, marque commerciale de la SBIN, exploite le réseau national de fibre optique et le datacenter national. Nous recherchons un(e) ingénieur(e) pour garantir la disponibilité de nos salles techniques.</p>
<h2>Ce que vous ferez</h2>
<ul>{''.join('<li>' + m + '</li>' for m in MISS)}</ul>
<h2>Ce que nous attendons</h2>
<ul>{''.join('<li>' + x + '</li>' for x in ESS)}</ul>
<p><em>Un plus :</em></p>
<ul>{''.join('<li>' + x + '</li>' for x in DES)}</ul>
<h2>Savoir-être</h2>
<ul>{''.join('<li><strong>%s</strong> : %s</li>' % c for c in COMP)}</ul>
<h2>Processus</h2>
<p>Présélection sur dossier, test technique en ligne (semaine du 21 septembre 2043), puis entretien sur site. Candidature via le formulaire en ligne en rappelant la référence {REF}.</p>
<h3>Autres offres</h3>
<p>Chef(fe) de projet FTTH Parakou – 30/09/2043 · Analyste SOC – 25/09/2043</p>
</main></div>
<footer>© 2043 SBIN S.A. – Celtiis · Cotonou, République du Bénin · Protection des données · Cookies</footer>
</body></html>
"""
w(KEY + "-celtiis.html", html, KEY)

li = f"""Ignorer et passer au contenu principal
Accueil
Réseau
Emplois
Messagerie
Notifications

SBIN - Celtiis
{TITLE}
Cotonou, Littoral, Bénin · il y a 6 jours · Plus de 100 candidats
Sur site   Temps plein   Confirmé
650 000 FCFA/mois - 820 000 FCFA/mois
Postuler   Enregistrer

À propos de l'offre d'emploi

Celtiis recrute !

Réf. : {REF}
Intitulé du poste : {TITLE}
Société : {ORG}
Lieu de travail : {LOC}
Organisation du travail : {SCHED}
Rémunération : de 650 000 à 820 000 FCFA bruts par mois
Date limite de candidature : 14 septembre 2043

Vos missions :
{chr(10).join('• ' + m for m in MISS)}

Votre profil :
{chr(10).join('• ' + x for x in ESS)}

Un plus :
{chr(10).join('• ' + x for x in DES)}

Savoir-être :
{chr(10).join('%s : %s' % c for c in COMP)}

Test technique prévu la semaine du 21/09/2043.
…voir plus

Découvrir d'autres offres similaires
Chef(fe) de projet FTTH · SBIN - Celtiis · Parakou · il y a 2 jours
Technicien(ne) énergie sites · Moov Africa · Porto-Novo · il y a 3 semaines

Conditions générales d'utilisation  Politique de confidentialité  Politique relative aux cookies
"""
w(KEY + "-linkedin-emplois.txt", li, KEY)
save_rows("n04")
