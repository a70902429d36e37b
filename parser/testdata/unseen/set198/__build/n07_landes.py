from common import *
KEY = "dl-drh-2034-118"; REF = "DL-DRH-2034-118"
T = "Chargé·e de mission forêt et défense des forêts contre l'incendie (F/H)"
ORG = "Département des Landes"; LOC = "Mont-de-Marsan"
SCH = "Temps complet (37 h 30 hebdomadaires avec RTT)"
GR = "Ingénieur territorial"
ESS = ["Formation supérieure (bac +5) en sciences forestières, en environnement ou en aménagement du territoire ;",
 "Connaissance du massif forestier des Landes de Gascogne et des acteurs de la filière bois ;",
 "Maîtrise de la conduite de projets partenariaux et du montage de dossiers de financement ;",
 "Pratique des outils de cartographie (QGIS) ;",
 "Permis B indispensable."]
DES = ["Une expérience au sein d'un service départemental d'incendie et de secours ou d'une DFCI ;",
 "La connaissance des procédures de la commande publique."]
Q = ["Aisance relationnelle", "Capacité de synthèse", "Sens de l'intérêt général", "Disponibilité"]
MIS = ["piloter le plan départemental de protection des forêts contre l'incendie en lien avec l'État et le SDIS ;",
 "suivre les aides du Département aux associations syndicales autorisées de DFCI ;",
 "animer le comité forêt et préparer les rapports à l'assemblée départementale ;",
 "représenter le Département auprès des acteurs de la filière forêt-bois."]
ul = lambda xs: "<ul>" + "".join(f"<li>{e(x)}</li>" for x in xs) + "</ul>"
page = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{e(T)}</title>
<style>@page{{size:A4;margin:18mm}} body{{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt}} h1{{font-size:15pt;color:#0b5a3c}}
h2{{font-size:11pt;color:#0b5a3c;border-bottom:1px solid #0b5a3c}} dl.facts dt{{font-weight:bold;margin-top:3px}} dl.facts dd{{margin-left:0}}
.bandeau{{background:#0b5a3c;color:#fff;padding:4px}}</style></head><body>
<div class="bandeau">landes.fr · Le Département · Vos services · Recrutement</div>
<p>Accueil &gt; Le Département recrute &gt; Offres d'emploi</p>
<h1>{e(T)}</h1>
<p>Direction de l'agriculture et de la forêt – Service forêt et espaces naturels</p>
<dl class="facts">
<dt>Référence :</dt><dd>{REF}</dd>
<dt>Employeur :</dt><dd>{ORG}</dd>
<dt>Cadre d'emplois :</dt><dd>Ingénieurs territoriaux (catégorie A)</dd>
<dt>Grade(s) :</dt><dd>{GR}</dd>
<dt>Type de recrutement :</dt><dd>Fonctionnaire ou, à défaut, contractuel (CDD de 3 ans)</dd>
<dt>Temps de travail :</dt><dd>{e(SCH)}</dd>
<dt>Lieu de travail :</dt><dd>{LOC}</dd>
<dt>Rémunération :</dt><dd>Statutaire + régime indemnitaire (RIFSEEP) + prime de fin d'année</dd>
<dt>Poste à pourvoir le :</dt><dd>01/06/2034</dd>
<dt>Date limite de candidature :</dt><dd>19/04/2034</dd>
</dl>
<h2>Contexte</h2>
<p>Premier département forestier de France métropolitaine, les Landes consacrent chaque année un budget important à la prévention des incendies et à l'entretien des pistes et des points d'eau du massif.</p>
<h2>Missions</h2>{ul(MIS)}
<h2>Profil</h2>{ul(ESS)}
<p><strong>Seraient appréciés :</strong></p>{ul(DES)}
<h2>Savoir-être</h2>{ul(Q)}
<h2>Candidature</h2>
<p>Lettre de motivation et CV, et pour les fonctionnaires le dernier arrêté de situation administrative, à déposer sur le site avant le 19/04/2034. Le jury se réunira le 05/05/2034.</p>
</body></html>
"""
out(KEY + "-landes.html", page)
subprocess.run(["weasyprint", os.path.join(ROOT, KEY + "-landes.html"), os.path.join(ROOT, KEY + "-landes.weasyprint.pdf")], check=True, capture_output=True)
dump(KEY + "-landes.weasyprint.pdf")
board = f"""emploi-territorial.fr
Accueil  Offres  Candidats  Collectivités  Concours

Chargé / chargée de mission forêt
Offre n° O040340300987614
Publiée le 24/03/2034

{T}

Synthèse de l'offre
Employeur
DEPARTEMENT DES LANDES
23 rue Victor Hugo
40025 Mont-de-Marsan cedex
Département de 400 000 habitants environ
Référence
O040340300987614
Date de dépôt de l'offre
24/03/2034
Type d'emploi
Emploi permanent - vacance d'emploi
Date prévue du recrutement
01/06/2034
Durée de la mission
Ouvert aux contractuels
Oui (article L332-8 2° du CGFP)
Nombre de postes
1
Temps de travail
{SCH}
Lieu de travail
{LOC}
Détails de l'offre
Grade(s) recherché(s)
{GR}
Famille de métier
Environnement > Forêts
Métier(s)
Chargé ou chargée d'études environnement

Descriptif de l'emploi
Premier département forestier de France métropolitaine, les Landes consacrent chaque année un budget important à la prévention des incendies.
Missions / conditions d'exercice
- {(chr(10) + '- ').join(MIS)}
Profils recherchés
- {(chr(10) + '- ').join(ESS)}
Seraient appréciés :
- {(chr(10) + '- ').join(DES)}
Savoir-être : {', '.join(Q)}

Contact et informations complémentaires
Référence interne : {REF}. Rémunération statutaire + RIFSEEP. Employeur : {ORG}.
Date limite de candidature : 19/04/2034

Offres similaires
Technicien / technicienne forestier - Commune de Sabres - Date limite : 30/04/2034
Chargé / chargée d'études biodiversité - Région Nouvelle-Aquitaine - Bordeaux - Publiée le 18/03/2034
"""
out(KEY + "-emploiterritorial.txt", board)
expected(KEY, dict(reference=REF, post_number=None, languages=["fr"], title=bi(None, T), organisation=bi(None, ORG),
  location=bi(None, LOC), schedule=bi(None, SCH), deadline="2034-04-19", salary=None, grade=GR, clearance=None,
  requirements={"en": None, "fr": {"essential": ESS, "desirable": DES}}, competencies={"en": None, "fr": comps(Q)}))
