from common import *
import shutil
REF = "RH/2038/31"; KEY = "rh-2038-31"
T = "Conseiller en environnement (H/F/X)"; O = "Ville de Fleurus"; LOC = "Fleurus"
SCH = "temps plein (38 heures par semaine)"
SAL = "de 43 127,36 € à 60 889,14 € brut annuel indexé"
ESS = ["être titulaire d'un master en sciences de l'environnement, en bioingénierie, en géographie ou d'un diplôme équivalent ;",
  "justifier d'une expérience d'au moins deux ans dans la gestion de projets environnementaux ;",
  "maîtriser la réglementation wallonne relative au permis d'environnement ;",
  "être titulaire du permis de conduire B."]
DES = ["une expérience au sein d'un pouvoir local ;", "la connaissance d'un logiciel de cartographie (QGIS) ;", "une formation d'éco-conseiller."]
COMP = [("Rigueur", "vous suivez chaque dossier jusqu'à sa clôture et respectez les délais légaux"),
  ("Sens de la communication", "vous expliquez une décision technique à un citoyen comme à un bureau d'études"),
  ("Esprit d'initiative", "vous proposez des actions concrètes pour le plan climat communal")]
MISS = ["instruire les demandes de permis d'environnement de classe 2 et 3 ;", "coordonner le plan d'actions en faveur de l'énergie durable et du climat ;",
  "conseiller le Collège communal en matière de gestion des déchets, de biodiversité et d'eau ;", "animer les actions de sensibilisation auprès des écoles et des associations."]
def body(tag_h):
    return f"""<{tag_h}>1. Description de la fonction</{tag_h}>
<p>Sous l'autorité du Directeur général, au sein du service Cadre de vie, vous serez chargé de :</p>
{ul(MISS)}
<{tag_h}>2. Conditions d'accès</{tag_h}>
<p>Les conditions générales d'admissibilité (nationalité, jouissance des droits civils et politiques, conduite irréprochable, aptitude physique) s'appliquent. En outre, il faut :</p>
{ul(ESS)}
<{tag_h}>3. Atouts</{tag_h}>
{ul(DES)}
<{tag_h}>4. Compétences comportementales</{tag_h}>
<dl>""" + "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in COMP) + f"""</dl>
<{tag_h}>5. Nous offrons</{tag_h}>
<p>Un contrat à durée indéterminée, des chèques-repas d'une valeur faciale de 8 €, une assurance hospitalisation et la possibilité de valoriser jusqu'à six années d'ancienneté du secteur privé. Les épreuves écrites se dérouleront le 21 décembre 2038 ; l'entretien oral est prévu en janvier 2039.</p>
<{tag_h}>6. Candidature</{tag_h}>
<p>Les candidatures (lettre de motivation, CV, copie du diplôme et extrait de casier judiciaire modèle 1) sont à adresser au Collège communal, Chaussée de Charleroi 45, 6220 Fleurus, ou par courriel à emploi@fleurus.example, pour le 10 décembre 2038 au plus tard.</p>"""

def build():
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} – {O}</title>
<style>body{{font-family:"Liberation Sans",sans-serif;margin:0 2em}} nav a{{margin-right:1em}} .infos td,.infos th{{border:1px solid #ccc;padding:4px 8px;text-align:left}}</style></head><body>
<nav><a href="#">Accueil</a><a href="#">Ma commune</a><a href="#">Vie pratique</a><a href="#">Offres d'emploi</a><a href="#">Contact</a></nav>
<p class="crumbs">Accueil › Ma commune › Emploi › {T}</p>
<article>
<h1>{T}</h1>
<p class="date">Publié le 20 novembre 2038 – Mis à jour le 24 novembre 2038</p>
<p>La {O} procède au recrutement d'un {T.replace(' (H/F/X)','')} contractuel, et à la constitution d'une réserve de recrutement valable deux ans.</p>
<table class="infos">
<tr><th>Référence</th><td>{REF}</td></tr>
<tr><th>Employeur</th><td>{O}</td></tr>
<tr><th>Service</th><td>Cadre de vie – Environnement</td></tr>
<tr><th>Lieu de travail</th><td>{LOC}</td></tr>
<tr><th>Contrat</th><td>CDI</td></tr>
<tr><th>Régime</th><td>{SCH}</td></tr>
<tr><th>Échelle barémique</th><td>A1</td></tr>
<tr><th>Rémunération</th><td>{SAL}</td></tr>
<tr><th>Date limite</th><td>10 décembre 2038</td></tr>
</table>
{body("h2")}
</article>
<aside><h3>Autres offres</h3><ul><li>Ouvrier qualifié jardinier (H/F/X) – date limite : 03/12/2038</li><li>Agent d'accueil (H/F/X) – date limite : 17/12/2038</li></ul></aside>
<footer>Administration communale de Fleurus · Chaussée de Charleroi 45 · 6220 Fleurus · Cookies</footer>
</body></html>
"""
    w(f"{KEY}-fleurus.html", html, KEY)
    appel = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Appel à candidatures</title>
<style>body{{font-family:"Liberation Serif",serif;font-size:11pt}} table{{border-collapse:collapse}} td{{border:1px solid #000;padding:3px 6px;vertical-align:top}}</style></head><body>
<p align="right">Province de Hainaut<br>Arrondissement de Charleroi<br>{O}</p>
<p>N/Réf. : {REF}</p>
<h1 align="center">APPEL À CANDIDATURES</h1>
<p align="center"><b>{T}</b></p>
<p>Le Collège communal de la {O}, en séance du 18 novembre 2038, a décidé de lancer un appel à candidatures pour le poste suivant.</p>
<table width="100%">
<tr><td width="30%">Fonction</td><td>{T}</td><td width="22%">Lieu de travail</td><td>{LOC}</td></tr>
<tr><td>Régime</td><td>{SCH}</td><td>Échelle</td><td>A1</td></tr>
<tr><td>Rémunération</td><td colspan="3">{SAL}</td></tr>
<tr><td>Date limite</td><td colspan="3">10 décembre 2038</td></tr>
</table>
{body("h3")}
<p>&nbsp;</p>
<table width="100%"><tr><td style="border:0">Par le Collège,<br>Le Directeur général,<br>P. Vanderlinden</td><td style="border:0" align="right">Le Bourgmestre,<br>C. Delmotte</td></tr></table>
</body></html>
"""
    p = src(f"{KEY}-appel.html", appel)
    outdir = os.path.join(ROOT, "__build", "lo")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, p], check=True, capture_output=True)
    shutil.copy(os.path.join(outdir, f"{KEY}-appel.pdf"), os.path.join(ROOT, f"{KEY}-appel.libreoffice.pdf"))
    dump(f"{KEY}-appel.libreoffice.pdf", KEY)
    exp(KEY, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2038-12-10",
        sal(43127.36, 60889.14, "EUR", "year"), "A1", None, {"fr": {"essential": ESS, "desirable": DES}}, {"fr": pairs(*COMP)}, REF)
