from common import *
REF = "RBQ-2037-0207"; KEY = REF.lower()
T = "Inspectrice ou inspecteur en électricité du bâtiment"
O = "Régie du bâtiment du Québec"
LOC = "Longueuil (Montérégie)"
SCH = "35 heures par semaine, du lundi au vendredi"
PAY = "De 54 118 $ à 79 262 $ par année"
ESS = ["Être titulaire d'un diplôme d'études collégiales en technologie du génie électrique, en électronique industrielle ou dans une autre discipline jugée pertinente;",
       "Posséder au moins trois années d'expérience en installation ou en inspection d'installations électriques;",
       "Être titulaire d'un permis de conduire valide de classe 5;",
       "Être disponible pour se déplacer sur l'ensemble du territoire de la Montérégie."]
DES = ["Détenir un certificat de qualification de compagnon électricien;",
       "Connaître le Code de construction du Québec, chapitre V – Électricité."]
QUAL = ["Rigueur", "Sens de l'observation", "Diplomatie", "Autonomie"]
ATTR = ["inspecter les installations électriques des bâtiments neufs ou rénovés et vérifier leur conformité au Code;",
        "rédiger les rapports d'inspection et les avis de correction destinés aux entrepreneurs;",
        "répondre aux plaintes du public et participer aux enquêtes à la suite d'incendies d'origine électrique;",
        "accompagner les entrepreneurs dans la compréhension des exigences réglementaires."]
HTML = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{T} | Carrières | RBQ</title>
<style>body{{font-family:Arial,sans-serif;max-width:900px;margin:auto}} .pied{{font-size:12px;color:#555}} dl.fiche{{display:grid;grid-template-columns:14em 1fr;border:1px solid #bcd}} dl.fiche dt{{font-weight:bold;background:#eef3f8;padding:4px}} dl.fiche dd{{margin:0;padding:4px}} .alerte{{background:#fff4d6;padding:6px}}</style></head>
<body>
<header><p><strong>Régie du bâtiment du Québec</strong> · <a href="#">English</a> · <a href="#">Registre des détenteurs de licence</a></p>
<nav>Accueil | Citoyens | Entrepreneurs | Propriétaires | Salle de presse | Carrières</nav>
<p class="alerte">Avis : nos bureaux seront fermés le vendredi 26 mars 2037 pour le congé de Pâques.</p></header>
<p>Vous êtes ici : Accueil › Carrières › Emplois disponibles</p>
<main>
<h1>{T}</h1>
<p><em>Publié le 16 février 2037</em></p>
<dl class="fiche">
<dt>Numéro de l'appel de candidatures</dt><dd>{REF}</dd>
<dt>Organisme</dt><dd>{O}</dd>
<dt>Direction</dt><dd>Direction régionale de la Montérégie – Inspection</dd>
<dt>Classe d'emploi</dt><dd>Inspecteur en construction (255)</dd>
<dt>Statut</dt><dd>Régulier, temps complet</dd>
<dt>Lieu de travail</dt><dd>{LOC}</dd>
<dt>Horaire</dt><dd>{SCH}</dd>
<dt>Traitement</dt><dd>{PAY}</dd>
<dt>Période d'inscription</dt><dd>Du 16 février 2037 au 8 mars 2037 à 23 h 59</dd>
</dl>
<h2>Votre rôle</h2>
<p>Au sein de l'équipe régionale, vous veillez à la sécurité du public en contrôlant la qualité des travaux d'électricité réalisés dans les bâtiments. Plus précisément, vous aurez à :</p>
{ul(ATTR, 'ol')}
<h2>Exigences</h2>
{ul(ESS)}
<h2>Atouts</h2>
{ul(DES)}
<h2>Profil recherché</h2>
<p>{', '.join(QUAL)}.</p>
<h2>Ce que nous offrons</h2>
<p>Un régime de retraite à prestations déterminées, 20 jours de vacances après un an, un horaire variable et une allocation de 450 $ pour l'achat de chaussures et de vêtements de sécurité.</p>
<h2>Pour postuler</h2>
<p>Soumettez votre candidature en ligne avant la fin de la période d'inscription. Les personnes retenues seront convoquées à un examen écrit la semaine du 22 mars 2037, puis à une entrevue.</p>
<aside><h3>Autres emplois</h3><ul><li>Agente ou agent de bureau – Québec – jusqu'au 1er mars 2037</li><li>Ingénieure ou ingénieur en mécanique du bâtiment – Montréal – jusqu'au 15 mars 2037</li></ul></aside>
</main>
<footer class="pied">© Gouvernement du Québec, 2037 · Accessibilité · Politique de confidentialité · 1 800 361-0761</footer>
</body></html>
"""
JOB = f"""Jobillico
Trouver un emploi   Entreprises   Conseils carrière   Connexion   EN

Quoi?\tOù?\tRechercher

< Retour aux résultats

{T}
{O}
{LOC}
Temps plein · Permanent · Jour
Publiée il y a 3 jours · Expire le 8 mars 2037
Salaire : 54 118 $ à 79 262 $ / année

Postuler maintenant    Sauvegarder

Description de l'entreprise
La {O} veille à la qualité des travaux de construction et à la sécurité des personnes dans les bâtiments et les installations.

Description du poste
Numéro de l'appel de candidatures : {REF}
Classe d'emploi : Inspecteur en construction (255)
Lieu de travail : {LOC}
Horaire : {SCH}
Traitement : {PAY}
Période d'inscription : du 16 février 2037 au 8 mars 2037 à 23 h 59

Votre rôle
{' '.join(a[0].upper() + a[1:] for a in ATTR)}

Exigences
{chr(10).join(ESS)}

Atouts
{chr(10).join(DES)}

Profil recherché
{', '.join(QUAL)}.

Ce que nous offrons
Régime de retraite, 20 jours de vacances, horaire variable, allocation de 450 $ pour l'équipement de sécurité.

Exigences du poste
Niveau d'études : Collégial
Années d'expérience : 3-5 années
Langues écrites : Fr : Avancé
Langues parlées : Fr : Avancé

Offres similaires
Inspecteur en bâtiment – Ville de Brossard – 68 400 $ à 84 100 $ / année – Expire le 20 mars 2037
Technicien en électricité – Saint-Hyacinthe – 28,50 $ / heure

© Jobillico 2037 · Conditions d'utilisation · Confidentialité
"""
def build():
    write(f"{KEY}-rbq.html", HTML, KEY)
    write(f"{KEY}-jobillico.txt", JOB, KEY)
    expected(KEY, REF, ["fr"], {"fr": T}, {"fr": O}, {"fr": LOC}, {"fr": SCH}, "2037-03-08", sal(54118, 79262, cur="CAD"), None, None,
             {"fr": (ESS, DES)}, {"fr": [(q, "") for q in QUAL]})
