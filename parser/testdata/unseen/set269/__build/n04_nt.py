from common import *

KEY = "nt-drh-rec-2040-031"
REF = "NT/DRH/REC/2040-031"
TITLE = "Chef(fe) du service Facturation interconnexion et itinérance"
ORG = "Niger Telecom SA"
LOC = "Niamey (siège, quartier Plateau)"
SCHED = "Temps plein ; astreintes lors des clôtures mensuelles"
SAL = "De 1 150 000 à 1 400 000 FCFA brut par mois selon expérience"
ESS = [
    "Diplôme d'ingénieur en télécommunications ou Master en finance, contrôle de gestion ou informatique",
    "Cinq ans d'expérience dont deux en facturation opérateurs (interconnexion ou roaming)",
    "Bonne connaissance des fichiers d'échange TAP et RAP utilisés pour l'itinérance",
    "Maîtrise d'Excel avancé et du langage SQL",
]
DES = [
    "Expérience d'un outil de rapprochement interopérateurs",
    "Pratique de l'anglais technique",
]
COMP = [
    ("Rigueur", "vérifie chaque écart avant la validation des factures"),
    ("Sens de la négociation", "règle les litiges avec les opérateurs partenaires"),
    ("Leadership", "anime une équipe de quatre analystes"),
]
DUTIES = [
    "Produire et contrôler chaque mois les factures d'interconnexion nationales et internationales",
    "Rapprocher les volumes de trafic avec ceux des opérateurs partenaires et traiter les écarts",
    "Suivre les échanges de fichiers d'itinérance et le règlement des soldes avec les partenaires",
    "Proposer des contrôles pour limiter les pertes de revenus",
]

wa = f"""[12/02/40 08:14] Moussa (admin): Bonjour à tous 🙏 Nouvelle offre transmise par un membre. Merci de partager !
[12/02/40 08:15] Moussa (admin): 📢 *NIGER TELECOM RECRUTE* 📢

*Référence :* {REF}
*Poste :* {TITLE}
*Société :* {ORG}
*Lieu :* {LOC}
*Horaires :* {SCHED}
*Salaire :* {SAL}
*Date limite :* 16/03/2040 à 17h

*🎯 Missions*
""" + "\n".join("🔸 " + d for d in DUTIES) + """

*🎓 Profil exigé*
""" + "\n".join("✅ " + d for d in ESS) + """

*➕ Atouts*
""" + "\n".join("▫️ " + d for d in DES) + """

*💡 Qualités*
""" + "\n".join(f"▪️ {n} : {d}" for n, d in COMP) + """

📩 CV + lettre à recrutement@nigertelecom.example (objet : la référence)
⚠️ Le recrutement est GRATUIT. Ne payez personne !
[12/02/40 08:31] Aïcha: Merci Moussa 👍 c'est pour les ingénieurs seulement ?
[12/02/40 08:33] Moussa (admin): Ingénieur OU master en finance/contrôle de gestion, lis bien le profil 😉
[12/02/40 09:02] +227 90 00 00 00: Ce message a été supprimé
[12/02/40 09:40] Ibrahim: Il y a aussi le test de la fonction publique le 24/02, quelqu'un a le lien ?
[12/02/40 09:41] Moussa (admin): Pas ici svp, restons sur les offres 🙏
"""
write(KEY + "-whatsapp.txt", wa)

html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{TITLE} – Carrières Niger Telecom</title>
<style>body{{font-family:Verdana,sans-serif;font-size:14px;margin:0}} header.brand{{background:#f39200;padding:10px 24px;color:#fff}}
.promo{{background:#222;color:#ffd;padding:4px 24px}} .facts{{border:1px solid #ccc;padding:8px;background:#fafafa}}
main{{max-width:800px;margin:auto}}</style></head><body>
<div class="promo">Nouveau : le forfait Jeunes à 500 FCFA la semaine ! <a href="#">En savoir plus</a></div>
<header class="brand"><b>Niger Telecom</b> · Particuliers · Entreprises · Mobile Money · Carrières · <a href="#" style="color:#fff">Se connecter</a></header>
<main>
<p>Carrières &gt; Offres d'emploi &gt; Direction Financière</p>
<h1>Avis de recrutement : un(e) chef(fe) de service pour la facturation opérateurs</h1>
<p class="facts">Référence : {REF} | Poste : {TITLE} | Société : {ORG} | Lieu : {LOC} | Horaires : {SCHED} | Rémunération : {SAL} | Date limite : 16 mars 2040</p>
<section><h2>Contexte</h2>
<p>Avec la croissance du trafic international et l'arrivée de nouveaux partenaires d'itinérance, Niger Telecom renforce
la Direction Financière. Le service Facturation interconnexion et itinérance produit les factures entre opérateurs et
garantit que chaque minute, chaque SMS et chaque mégaoctet échangé est bien facturé et payé.</p></section>
<section><h2>Vos missions</h2><ol>{''.join('<li>'+d+'</li>' for d in DUTIES)}</ol></section>
<section><h2>Profil exigé</h2><ul>{''.join('<li>'+d+'</li>' for d in ESS)}</ul>
<h3>Atouts</h3><ul>{''.join('<li>'+d+'</li>' for d in DES)}</ul></section>
<section><h2>Qualités recherchées</h2><ul>{''.join('<li><b>'+n+'</b> : '+d+'</li>' for n, d in COMP)}</ul></section>
<section><h2>Candidature</h2>
<p>Envoyez un CV et une lettre de motivation à recrutement@nigertelecom.example au plus tard le 16/03/2040 à 17 h.
Un test technique sera organisé pour les candidats présélectionnés le jeudi 29 mars 2040. Niger Telecom ne demande
aucun paiement lors du recrutement.</p></section>
<aside><h3>Actualités</h3><p>22 février 2040 – Extension du réseau 4G à Agadez et Tahoua.</p></aside>
</main>
<footer>© 2040 Niger Telecom – page de démonstration, données fictives</footer>
</body></html>
"""
write(KEY + "-nigertelecom.html", html)

expected(KEY, REF, ["fr"], TITLE, ORG, LOC, SCHED, "2040-03-16",
         {"min": 1150000, "max": 1400000, "currency": "XOF"},
         requirements={"fr": {"essential": ESS, "desirable": DES}}, competencies={"fr": COMP})
