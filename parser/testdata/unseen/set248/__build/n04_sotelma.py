from common import *
REF = "SOTELMA/DRH/REC/2038-052"
K = key(REF)
T = "Analyste revenue assurance et lutte contre la fraude"
ORG = "Société des Télécommunications du Mali (SOTELMA-Malitel)"
LOC = "Bamako, Direction financière, ACI 2000"
SCH = "40 heures par semaine, du lundi au vendredi"
GR = "Cadre, catégorie C3"
SAL = "950 000 FCFA (XOF) brut mensuel, hors primes de sujétion"
ESS = ["Diplôme Bac + 5 en télécommunications, informatique, audit ou statistique",
       "Au moins quatre ans d'expérience en revenue assurance, en facturation ou en contrôle des interconnexions chez un opérateur",
       "Maîtrise du langage SQL et des outils de rapprochement de données",
       "Connaissance des principaux schémas de fraude (SIM box, bypass, fraude à la recharge)",
       "Bonne capacité rédactionnelle en français"]
DES = ["Certification en revenue assurance ou en audit des systèmes d'information",
       "Connaissance des plateformes de paiement mobile"]
COMP = [("Esprit d'analyse", "vous reliez un écart de chiffre d'affaires à sa cause technique."),
        ("Discrétion", "vous traitez des données clients et financières sensibles."),
        ("Travail en équipe", "vous coopérez avec les équipes réseau, informatique et commerciale.")]
MIS = ["Rapprocher les volumes d'appels, de données et de recharges entre réseau et facturation",
       "Détecter et documenter les cas de fraude, dont les SIM box",
       "Contrôler les factures d'interconnexion nationales et internationales",
       "Proposer et suivre les actions de récupération de revenus"]

def li(xs): return "".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Recrutement – {T}</title></head><body>
<div class="promo">📶 Nouveau : forfaits Malitel Internet illimité week-end ! <a href="#">J'en profite</a></div>
<header><a href="#">SOTELMA-Malitel</a> <nav><a href="#">Particuliers</a> <a href="#">Entreprises</a> <a href="#">Le Groupe</a> <a href="#">Recrutement</a> <a href="#">Actualités</a></nav></header>
<main>
<h1>Avis de recrutement : un(e) analyste revenue assurance</h1>
<p><em>Publié le 11 mai 2038 – Ressources humaines</em></p>
<p>Pour renforcer le contrôle de ses revenus, la SOTELMA-Malitel recrute :</p>
<div class="fiche">
<div><span class="lab">Référence :</span> <span>{REF}</span></div>
<div><span class="lab">Poste :</span> <span>{T}</span></div>
<div><span class="lab">Société :</span> <span>{ORG}</span></div>
<div><span class="lab">Lieu d'affectation :</span> <span>{LOC}</span></div>
<div><span class="lab">Classification :</span> <span>{GR}</span></div>
<div><span class="lab">Horaires :</span> <span>{SCH}</span></div>
<div><span class="lab">Salaire :</span> <span>{SAL}</span></div>
<div><span class="lab">Date limite :</span> <span>mercredi 3 juin 2038 à 17 h 00 (heure de Bamako)</span></div>
</div>
<h2>Missions</h2><ol>{li(MIS)}</ol>
<h2>Profil recherché</h2><p>Le ou la candidat(e) doit réunir les conditions suivantes :</p><ul>{li(ESS)}</ul>
<h2>Atouts</h2><ul>{li(DES)}</ul>
<h2>Aptitudes</h2><ul>{"".join(f"<li><strong>{n}</strong> : {d}</li>" for n, d in COMP)}</ul>
<h2>Candidature</h2>
<p>Envoyez CV, lettre de motivation et copies des diplômes à recrutement@sotelma.example, objet « {REF} ». Un test écrit aura lieu le 15 juin 2038 pour les candidat(e)s présélectionné(e)s.</p>
</main>
<aside><h3>Autres actualités</h3><ul><li>Malitel étend la 4G à Tombouctou (02/05/2038)</li><li>Résultats du concours de stages d'été (clôture 30/05/2038)</li></ul></aside>
<footer>© 2038 SOTELMA-Malitel — page d'exemple, données fictives. Service client : 7272.</footer>
</body></html>
"""
w(K + "-sotelma.html", html, K)

txt = f"""[11/05/2038 18:02] Awa Traoré (fictive): Bonsoir la famille 🙏 offre reçue de la DRH de la Sotelma, faites circuler

*AVIS DE RECRUTEMENT*
*Réf :* {REF}
*Poste :* {T}
*Société :* {ORG}
*Lieu :* {LOC}
*Classification :* {GR}
*Horaires :* {SCH}
*Salaire :* {SAL}
*Date limite :* 03/06/2038 à 17h

*Missions*
{chr(10).join("🔹 " + x for x in MIS)}

*Profil*
{chr(10).join("✅ " + x for x in ESS)}

*Atouts*
{chr(10).join("➕ " + x for x in DES)}

*Aptitudes*
{chr(10).join(f"▫️ {n} : {d}" for n, d in COMP)}

Dossier à recrutement@sotelma.example avec la réf en objet. Test écrit le 15/06/2038.
[11/05/2038 18:05] Moussa K. (fictif): Merci Awa 👍 c'est pour Bamako seulement ?
[11/05/2038 18:07] Awa Traoré (fictive): Oui, à la Direction financière à Bamako
[11/05/2038 18:09] +223 7X XX XX 14: Ce message a été supprimé
[11/05/2038 18:12] Fanta D. (fictive): 🙏🏾🙏🏾 partagé dans le groupe des auditeurs
"""
w(K + "-whatsapp.txt", txt, K)
expected(REF, ["fr"], {"fr": T}, {"fr": ORG}, {"fr": LOC}, {"fr": SCH}, "2038-06-03",
         {"amount": 950000, "currency": "XOF", "period": "month"}, GR, {"fr": (ESS, DES)}, {"fr": COMP})
