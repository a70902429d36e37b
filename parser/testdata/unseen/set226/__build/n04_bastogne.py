from common import *
KEY = "bast-rh-2036-14"; REF = "BAST/RH/2036/14"
T = "Agent technique (H/F/X) – Service des travaux"; O = "Ville de Bastogne"; LOC = "Bastogne"
SCH = "Temps plein – 38 heures par semaine"
ESS = ["être titulaire d'un diplôme de bachelier à orientation technique (construction, travaux publics ou géomètre) ou d'un diplôme équivalent ;",
       "justifier d'une expérience utile d'au moins deux ans dans le suivi de chantiers ;",
       "être titulaire du permis de conduire B ;",
       "maîtriser les outils bureautiques courants (traitement de texte, tableur, messagerie)."]
DES = ["la connaissance du logiciel AutoCAD ;", "une expérience dans une administration publique ;", "le permis de conduire C."]
CMP = [("Organisation", "vous planifiez le travail des équipes et tenez les délais annoncés aux riverains"),
       ("Sens du service public", "vous répondez aux citoyens avec courtoisie et impartialité"),
       ("Leadership de proximité", "vous encadrez les ouvriers avec fermeté et bienveillance")]
DUT = ["préparer et suivre les chantiers de voirie et d'égouttage réalisés en régie ;",
       "établir les métrés, les bons de commande et les états d'avancement ;",
       "coordonner les équipes d'ouvriers avec le brigadier-chef ;",
       "contrôler les entreprises adjudicataires et participer aux réceptions provisoires ;",
       "traiter les demandes des citoyens relatives à l'entretien du domaine public."]
GEN = ["être belge ou citoyen de l'Union européenne ;", "jouir des droits civils et politiques ;",
       "être d'une conduite répondant aux exigences de la fonction (extrait de casier judiciaire de moins de trois mois)."]
expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2036-08-18",
         sal(35716.42, 50118.09, "EUR", "year"), grade="D7",
         req={"fr": {"essential": ESS, "desirable": DES}}, comps={"fr": comp(CMP)})
li = lambda xs: "".join(f"<li>{x}</li>" for x in xs)
html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} — Site de Bastogne</title>
<style>body{{font-family:Verdana,sans-serif;font-size:12px;margin:0 20px}} #portal-top{{border-bottom:2px solid #7a1f2b}}
#portal-column-one{{float:left;width:180px;font-size:11px}} #content{{margin-left:200px}} .documentActions{{font-size:10px;color:#777}}</style></head><body>
<div id="portal-top"><p>Site de Bastogne</p><p>Outils personnels</p><p><a href="#">Se connecter</a></p>
<form>Rechercher <input type="text"> <input type="submit" value="Rechercher"></form></div>
<div id="portal-column-one"><h4>Navigation</h4><ul><li>Ma commune</li><li>Services communaux</li><li>Emploi</li><li>Vivre à Bastogne</li><li>Tourisme</li></ul></div>
<div id="content">
<p id="portal-breadcrumbs">Vous êtes ici : <a href="#">Accueil</a> / <a href="#">Ma commune</a> / <a href="#">Emploi</a> / {T}</p>
<p>Menu de navigation</p><p class="documentActions">Actions sur le document · Imprimer · Envoyer</p>
<h1 class="documentFirstHeading">{T}</h1>
<p class="documentDescription">Appel public aux candidatures – contrat à durée indéterminée avec constitution d'une réserve de recrutement valable deux ans.</p>
<p class="discreet">Publié le 21/07/2036 — Dernière modification 23/07/2036</p>
<p><strong>Référence :</strong> {REF}<br>
<strong>Pouvoir organisateur :</strong> {O}<br>
<strong>Service :</strong> Service des travaux (Direction technique)<br>
<strong>Lieu de travail :</strong> {LOC}<br>
<strong>Régime de travail :</strong> {SCH}<br>
<strong>Échelle barémique :</strong> D7<br>
<strong>Rémunération :</strong> traitement annuel brut indexé de 35 716,42 € (minimum) à 50 118,09 € (maximum), valorisation possible de l'ancienneté utile<br>
<strong>Date limite de candidature :</strong> 18/08/2036</p>
<h2>Description de la fonction</h2><p>Sous l'autorité du conducteur des travaux, l'agent technique :</p><ul>{li(DUT)}</ul>
<h2>Conditions générales d'admissibilité</h2><ul>{li(GEN)}</ul>
<h2>Conditions d'accès</h2><ul>{li(ESS)}</ul>
<h2>Atouts</h2><ul>{li(DES)}</ul>
<h2>Compétences comportementales</h2><ul>{''.join(f'<li><strong>{n}</strong> : {d}</li>' for n, d in CMP)}</ul>
<h2>Nous offrons</h2><ul><li>un contrat à durée indéterminée après une période d'essai ;</li><li>des chèques-repas d'une valeur faciale de 8 € ;</li><li>une assurance hospitalisation et le remboursement des frais de transport en commun.</li></ul>
<h2>Procédure</h2><p>Les candidats retenus sur dossier seront convoqués à une épreuve écrite le 2 septembre 2036, puis à un entretien oral. Le dossier complet (lettre de motivation, curriculum vitæ, copie du diplôme, extrait de casier judiciaire) est adressé au Collège communal, rue du Vivier 50, 6600 Bastogne, ou par courriel, pour le 18/08/2036 au plus tard.</p>
<p>Renseignements : service du personnel, 061 00 00 00.</p>
<h3>Autres offres</h3><ul><li>Ouvrier qualifié D2 – menuiserie — date limite 11/08/2036</li><li>Employé d'administration D4 – état civil — date limite 25/08/2036</li></ul>
</div>
<div id="portal-footer">Administration communale de Bastogne · Ouvert du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 16 h 30</div>
</body></html>
"""
w(KEY + "-bastogne.html", html, KEY)
src = os.path.join(B, "bastogne-appel.html")
lo = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Appel public</title>
<style>body{{font-family:'Liberation Serif',serif;font-size:11pt}} td{{border:1px solid #000;padding:4px;vertical-align:top}} table{{border-collapse:collapse;width:100%}}</style></head><body>
<p align="right">VILLE DE BASTOGNE<br>Province de Luxembourg<br>Collège communal</p>
<p>Bastogne, le 21 juillet 2036</p>
<p>N/Réf. : {REF}</p>
<h2 align="center">APPEL PUBLIC AUX CANDIDATURES</h2>
<p align="center"><b>{T}</b></p>
<p>Le Collège communal procède à l'engagement, sous contrat à durée indéterminée, d'un agent technique et à la constitution d'une réserve de recrutement.</p>
<table>
<tr><td>Pouvoir organisateur</td><td>{O}</td></tr>
<tr><td>Lieu de travail</td><td>{LOC}</td></tr>
<tr><td>Régime de travail</td><td>{SCH}</td></tr>
<tr><td>Échelle barémique</td><td>D7</td></tr>
<tr><td>Rémunération</td><td>Traitement annuel brut indexé : de 35 716,42 € à 50 118,09 €</td></tr>
<tr><td>Date limite</td><td>18 août 2036</td></tr>
</table>
<h3>1. Missions</h3><ul>{li(DUT)}</ul>
<h3>2. Conditions générales d'admissibilité</h3><ul>{li(GEN)}</ul>
<h3>3. Conditions d'accès</h3><ul>{li(ESS)}</ul>
<h3>4. Atouts</h3><ul>{li(DES)}</ul>
<h3>5. Compétences comportementales</h3><ul>{''.join(f'<li><b>{n}</b> : {d}</li>' for n, d in CMP)}</ul>
<h3>6. Procédure</h3><p>Épreuve écrite le 2 septembre 2036 et entretien oral. Les candidatures sont adressées au Collège communal, rue du Vivier 50, 6600 Bastogne, au plus tard le 18 août 2036 (cachet de la poste ou date du courriel faisant foi).</p>
<p>Par le Collège,</p>
<table style="border:none"><tr><td style="border:none">Le Directeur général,<br><br>(s) P. Herman</td><td style="border:none" align="right">Le Bourgmestre,<br><br>(s) M. Collard</td></tr></table>
</body></html>
"""
open(src, "w", encoding="utf-8").write(lo)
soffice(src, KEY + "-appel.libreoffice.pdf")
dump(KEY + "-appel.libreoffice.pdf", KEY)
