from lib import *
KEY = "ar-07-2026-hc-drh"; REF = "AR N° 07/2026/HC/DRH"
TITLE = "Hydrologue principal(e) chargé(e) de la prévision des crues"
ORG = "Organisation pour la mise en valeur du fleuve Sénégal"
LOC = "Saint-Louis (Sénégal)"
ESS = [
 "Être titulaire d'un diplôme de niveau Bac + 5 au moins (master, diplôme d'ingénieur ou équivalent) en hydrologie, hydraulique, ressources en eau ou génie rural ;",
 "Justifier d'une expérience professionnelle d'au moins huit (8) ans dans le domaine de l'hydrologie opérationnelle, dont quatre (4) dans la prévision des crues ou la gestion de réseaux hydrométriques ;",
 "Maîtriser les outils de modélisation hydrologique et hydraulique ainsi que les systèmes d'information géographique ;",
 "Avoir une excellente maîtrise du français, à l'oral comme à l'écrit ;",
 "Être ressortissant(e) de l'un des États membres de l'OMVS (Guinée, Mali, Mauritanie, Sénégal).",
]
DES = [
 "Une expérience au sein d'un organisme de bassin transfrontalier ;",
 "Une connaissance pratique de l'anglais ;",
 "Une expérience de l'utilisation des données satellitaires pour le suivi des ressources en eau.",
]
COMP = [("Rigueur", "capacité à produire des analyses fiables et documentées dans des délais courts ;"),
        ("Travail en équipe", "aptitude à collaborer avec les services nationaux et les sociétés de gestion des ouvrages ;"),
        ("Sens de la communication", "capacité à présenter des informations techniques à des publics non spécialistes ;"),
        ("Intégrité", "respect des règles de l'Organisation et de la confidentialité des données.")]
EXP(KEY, REF, ["fr"], {"fr": TITLE}, {"fr": ORG}, {"fr": LOC}, {}, "2027-01-29", None, "P4",
    {"en": None, "fr": ESS}, {"en": None, "fr": DES}, {"en": None, "fr": COMP})
MISS = [
 "coordonner le fonctionnement du système de prévision et d'alerte aux crues du bassin et produire les bulletins hydrologiques ;",
 "superviser la collecte, la validation et l'archivage des données des stations hydrométriques du réseau régional ;",
 "mettre à jour et calibrer les modèles de prévision en lien avec les services hydrologiques nationaux ;",
 "contribuer à la programmation des lâchers des barrages de Manantali et de Diama en période de crue ;",
 "former et encadrer le personnel technique et les observateurs ;",
 "préparer les rapports techniques destinés aux organes de l'Organisation.",
]
DOSS = ["une lettre de motivation adressée au Haut-Commissaire ;", "un curriculum vitae détaillé et daté ;",
        "les copies certifiées conformes des diplômes et attestations de travail ;", "une copie de la pièce d'identité ;",
        "les noms et coordonnées de trois (3) personnes de référence."]
rows = [("Référence", REF), ("Intitulé du poste", TITLE), ("Structure", "Direction de l'environnement et du développement durable – Observatoire de l'environnement"),
        ("Lieu d'affectation", LOC), ("Catégorie / Grade", "Professionnel / P4"), ("Type de contrat", "Contrat à durée déterminée de trois (3) ans, renouvelable"),
        ("Date de prise de fonctions souhaitée", "1er avril 2027"), ("Date limite de dépôt des candidatures", "vendredi 29 janvier 2027 à 17 h 00 GMT")]
html = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>OMVS – %(ref)s</title>
<style>@page{size:A4;margin:2cm} body{font-family:"Liberation Sans",sans-serif;font-size:10.5pt} .entete{text-align:center;font-weight:bold} table{border-collapse:collapse;width:100%%} td,th{border:1px solid #333;padding:4px;text-align:left;vertical-align:top} th{width:35%%;background:#e8eef5} h1{text-align:center;font-size:14pt;text-decoration:underline}</style></head>
<body>
<div class="entete"><p>ORGANISATION POUR LA MISE EN VALEUR DU FLEUVE SÉNÉGAL</p><p>HAUT-COMMISSARIAT</p><p>Secrétariat général – Direction des ressources humaines</p></div>
<p style="text-align:right">Dakar, le 15 décembre 2026</p>
<h1>AVIS DE RECRUTEMENT</h1>
<p>L'%(org)s (OMVS), créée le 11 mars 1972 par la Guinée, le Mali, la Mauritanie et le Sénégal, a pour mission la gestion concertée des ressources du fleuve et la réalisation d'ouvrages communs. Dans le cadre du renforcement de son Observatoire de l'environnement, le Haut-Commissariat lance un appel à candidatures pour le recrutement d'un(e) :</p>
<p style="text-align:center"><strong>%(t)s</strong></p>
<table>%(rows)s</table>
<h2>1. Contexte</h2>
<p>Les crues du fleuve Sénégal ont causé ces dernières années des dommages importants dans la vallée. Le Haut-Commissariat a mis en place, avec l'appui de ses partenaires, un système régional de prévision qui relie les stations hydrométriques des quatre États. Le/la titulaire du poste en assurera le pilotage technique.</p>
<h2>2. Missions et responsabilités</h2>
<p>Sous l'autorité du Directeur de l'environnement et du développement durable, le/la Hydrologue principal(e) aura pour missions de :</p>
<ul>%(miss)s</ul>
<h2>3. Profil du candidat</h2>
<h3>3.1 Qualifications requises</h3>
<ul>%(ess)s</ul>
<h3>3.2 Atouts</h3>
<ul>%(des)s</ul>
<h3>3.3 Compétences comportementales</h3>
<ul>%(comp)s</ul>
<h2>4. Rémunération</h2>
<p>Le traitement et les avantages sont ceux du personnel de la catégorie professionnelle de l'OMVS, conformément au Statut du personnel en vigueur.</p>
<h2>5. Composition du dossier de candidature</h2>
<ul>%(doss)s</ul>
<h2>6. Dépôt des candidatures</h2>
<p>Les dossiers doivent parvenir au plus tard le <strong>vendredi 29 janvier 2027 à 17 heures (heure de Dakar)</strong>, sous pli fermé à la Direction des ressources humaines du Haut-Commissariat, Rocade Fann Bel-Air, Dakar, ou par courriel à recrutement@example.org en précisant en objet la référence de l'avis. Seul(e)s les candidat(e)s présélectionné(e)s seront convoqué(e)s pour un entretien. Les candidatures féminines sont encouragées.</p>
<p style="text-align:right">Le Haut-Commissaire</p>
</body></html>
""" % dict(ref=REF, org=ORG, t=TITLE, rows="".join("<tr><th>%s</th><td>%s</td></tr>" % r for r in rows), miss=lis(MISS), ess=lis(ESS),
           des=lis(DES), comp=lis("<strong>%s</strong> : %s" % c for c in COMP), doss=lis(DOSS))
W(KEY + "-omvs.html", html)
